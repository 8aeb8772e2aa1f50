//! Every operation of the generated LangSmith server (`langsmith-orgs`),
//! driven in-process through `langsmith_orgs::server::router` with a test
//! implementation, [`Fake`], that implements the whole `Api` trait.
//!
//! What this file proves:
//!
//! - each of the 28 operations is routed to its own method, with its path
//!   parameters, query parameters, body and credentials (the
//!   `X-Organization-Id` / `X-Tenant-Id` values reach the method through the
//!   principal `authenticate` returns), and its typed 200 answer is written as
//!   `application/json` that reads back as the model the API description
//!   declares; the table covers exactly the operations the server has
//!   (`langsmith_orgs::server::OPERATIONS`, one method of the trait each),
//!   each request reaching its method with its own operation in its
//!   `context`;
//! - every operation requires credentials: without them, or with a wrong key
//!   (as `X-API-Key` or as a bearer token), it answers 401 with a
//!   `WWW-Authenticate: Bearer` challenge and FastAPI's `{"detail": ...}`
//!   (the shape of a status the document declares nothing for), and a scheme
//!   the operation does not take is no credential; the method never runs;
//! - requests that do not read or break a constraint (path, query, body) are
//!   refused before the method runs, as FastAPI's `HTTPValidationError`
//!   (422, `{"detail": [{"loc", "msg", "type"}]}`), with the `loc` of each
//!   problem; an unknown path is 404 and a wrong method 405 with `Allow`.
//!
//! LangSmith declares `X-Tenant-Id` and `X-Organization-Id` only as API-key
//! security schemes, not as parameters: the router passes them to
//! `authenticate` as opaque strings and cannot refuse a value that is not a
//! UUID with a 422; here the implementation refuses it (403).

mod common;

use common::{Answer, read_as, send};
use std::collections::BTreeSet;
use std::convert::Infallible;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Utc};
use langsmith_orgs::models;
use langsmith_orgs::server::*;
use oapi_axum_runtime::axum::body::Body;
use oapi_axum_runtime::axum::http::{Request, StatusCode, header};
use oapi_axum_runtime::{AuthError, Context, Email, Incoming, Maybe};
use serde::de::DeserializeOwned;
use serde_json::{Value, json};
use uuid::Uuid;

/// The one API key the fake accepts (as `X-API-Key` or as a bearer token).
const KEY: &str = "key";
const ORGANIZATION: Uuid = Uuid::from_u128(0x0a0a0a0a_0a0a_4a0a_8a0a_0a0a0a0a0a0a);
const TENANT: Uuid = Uuid::from_u128(0x7e7e7e7e_7e7e_4e7e_8e7e_7e7e7e7e7e7e);
const WORKSPACE: Uuid = Uuid::from_u128(0x33333333_3333_4333_8333_333333333333);
const ROLE: Uuid = Uuid::from_u128(0x44444444_4444_4444_8444_444444444444);
const IDENTITY: Uuid = Uuid::from_u128(0x55555555_5555_4555_8555_555555555555);
const USER: Uuid = Uuid::from_u128(0x66666666_6666_4666_8666_666666666666);
const DATA_PLANE: Uuid = Uuid::from_u128(0x77777777_7777_4777_8777_777777777777);
/// What the fake answers for ids the request does not give.
const MADE_UP: Uuid = Uuid::from_u128(0x99999999_9999_4999_8999_999999999999);
const CREATED_AT: &str = "2025-01-02T03:04:05Z";

fn created_at() -> DateTime<Utc> {
    CREATED_AT.parse().expect("CREATED_AT is an RFC 3339 date-time")
}

/// A model value from JSON the fake writes by hand.
fn model<T: DeserializeOwned>(value: Value) -> T {
    serde_json::from_value(value).expect("the fake's JSON matches the model")
}

/// Who `authenticate` proved a request comes from: the organization and
/// workspace the request names in `X-Organization-Id` / `X-Tenant-Id`.
#[derive(Debug, Clone, Copy)]
struct Caller {
    organization_id: Option<Uuid>,
    tenant_id: Option<Uuid>,
}

impl Caller {
    fn organization(self) -> Uuid {
        self.organization_id.unwrap_or(MADE_UP)
    }

    fn tenant(self) -> Uuid {
        self.tenant_id.unwrap_or(MADE_UP)
    }
}

/// The test implementation of every operation; it records the name of each
/// method that runs, and the id of the operation its request's `context`
/// names.
#[derive(Debug, Clone, Default)]
struct Fake {
    calls: Arc<Mutex<Vec<&'static str>>>,
    operations: Arc<Mutex<Vec<&'static str>>>,
}

impl Fake {
    fn called(&self, method: &'static str, context: &Context) {
        self.calls.lock().expect("the call log is not poisoned").push(method);
        self.operations.lock().expect("the operation log is not poisoned").push(context.operation.id);
    }

    fn calls(&self) -> Vec<&'static str> {
        self.calls.lock().expect("the call log is not poisoned").clone()
    }

    /// The `operationId` of each request that reached a method.
    fn operations(&self) -> Vec<&'static str> {
        self.operations.lock().expect("the operation log is not poisoned").clone()
    }
}

/// The emails of one page of a member listing, as the query asks: sorted by
/// email when `sort_by=email`, then `offset` and `limit`.
fn page(emails: &[String], offset: i64, limit: i64, sort_by: models::MemberSortField, descending: bool) -> Vec<String> {
    let mut emails = emails.to_vec();
    if sort_by == models::MemberSortField::Email {
        emails.sort();
        if descending {
            emails.reverse();
        }
    }
    let offset = usize::try_from(offset).expect("the router checked offset >= 0");
    let limit = usize::try_from(limit).expect("the router checked limit >= 1");
    emails.into_iter().skip(offset).take(limit).collect()
}

fn pending_identity(email: &str, caller: Caller) -> models::PendingIdentity {
    model(json!({
        "email": email,
        "id": MADE_UP,
        "created_at": CREATED_AT,
        "organization_id": caller.organization_id,
        "tenant_id": caller.tenant_id,
    }))
}

fn role(id: Uuid, display_name: &str, description: &str, permissions: Vec<String>, caller: Caller) -> models::Role {
    models::Role {
        id,
        name: "CUSTOM".to_owned(),
        display_name: display_name.to_owned(),
        description: description.to_owned(),
        organization_id: Maybe::Value(caller.organization()),
        permissions,
        access_scope: Maybe::Value(models::AccessScope::Organization),
    }
}

fn tenant(id: Uuid, display_name: String, caller: Caller) -> models::AppSchemasTenant {
    models::AppSchemasTenant {
        id,
        organization_id: caller.organization_id.into(),
        created_at: created_at(),
        display_name,
        is_personal: false,
        is_deleted: false,
        tenant_handle: Maybe::Absent,
        data_plane_url: Maybe::Absent,
    }
}

impl Api for Fake {
    type Principal = Caller;
    type Error = Infallible;

    async fn authenticate(&self, credentials: Credentials, _: &Incoming<'_>) -> Result<Caller, AuthError> {
        let keys: Vec<&str> = [credentials.api_key.as_deref(), credentials.bearer_auth.as_deref()].into_iter().flatten().collect();
        if keys.is_empty() || keys.iter().any(|key| *key != KEY) {
            return Err(AuthError::Unauthorized);
        }
        // The key is good; an organization or workspace that is not even an
        // id is none this key may act in.
        let id = |value: Option<String>| value.map(|v| Uuid::parse_str(&v)).transpose().map_err(|_| AuthError::Forbidden);
        Ok(Caller { organization_id: id(credentials.organization_id)?, tenant_id: id(credentials.tenant_id)? })
    }

    async fn list_workspaces(&self, caller: Caller, request: list_workspaces::Request) -> Result<list_workspaces::Response, Infallible> {
        self.called("list_workspaces", &request.context);
        let query = request.query.into_inner();
        let workspace = models::TenantForUser {
            id: WORKSPACE,
            organization_id: caller.organization_id.into(),
            created_at: created_at(),
            display_name: "Default".to_owned(),
            is_personal: false,
            is_deleted: query.include_deleted,
            tenant_handle: Maybe::Absent,
            data_plane_url: query.data_plane_id.map(|id| format!("https://{id}.example.com")),
            read_only: false,
            role_id: Maybe::Value(ROLE),
            role_name: Maybe::Value("Admin".to_owned()),
            permissions: Maybe::Value(vec!["workspaces:manage".to_owned()]),
        };
        Ok(list_workspaces::Response::Ok(vec![workspace]))
    }

    async fn create_workspace(&self, caller: Caller, request: create_workspace::Request) -> Result<create_workspace::Response, Infallible> {
        self.called("create_workspace", &request.context);
        let body = request.body.into_inner();
        let mut created = tenant(body.id.unwrap_or(MADE_UP), body.display_name, caller);
        created.tenant_handle = body.tenant_handle;
        Ok(create_workspace::Response::Ok(created))
    }

    async fn delete_workspace(&self, caller: Caller, request: delete_workspace::Request) -> Result<delete_workspace::Response, Infallible> {
        self.called("delete_workspace", &request.context);
        Ok(delete_workspace::Response::Ok(json!({
            "deleted": request.path.workspace_id,
            "tenant_id": caller.tenant_id,
        })))
    }

    async fn patch_workspace(&self, caller: Caller, request: patch_workspace::Request) -> Result<patch_workspace::Response, Infallible> {
        self.called("patch_workspace", &request.context);
        let patched = tenant(request.path.workspace_id, request.body.into_inner().display_name, caller);
        Ok(patch_workspace::Response::Ok(patched))
    }

    async fn list_organizations(
        &self,
        _: Caller,
        request: list_organizations::Request,
    ) -> Result<list_organizations::Response, Infallible> {
        self.called("list_organizations", &request.context);
        let mut organization = json!({
            "id": ORGANIZATION,
            "display_name": "Acme",
            "is_personal": false,
            "disabled": false,
        });
        if request.query.include_tier {
            organization["tier"] = json!("plus");
        }
        Ok(list_organizations::Response::Ok(vec![model(organization)]))
    }

    async fn create_organization(
        &self,
        _: Caller,
        request: create_organization::Request,
    ) -> Result<create_organization::Response, Infallible> {
        self.called("create_organization", &request.context);
        let body = request.body.into_inner();
        let created: models::OrganizationPgSchemaSlim = model(json!({
            "id": MADE_UP,
            "display_name": body.display_name,
            "is_personal": body.is_personal,
            "disabled": false,
            "security_contact": body.security_contact.map(Email::into_string),
        }));
        Ok(create_organization::Response::Ok(created))
    }

    async fn get_organization_info(
        &self,
        caller: Caller,
        request: get_organization_info::Request,
    ) -> Result<get_organization_info::Response, Infallible> {
        self.called("get_organization_info", &request.context);
        let organization: models::Organization = model(json!({
            "id": caller.organization_id,
            "display_name": "Acme",
            "config": {},
            "connected_to_stripe": false,
            "connected_to_metronome": false,
            "is_personal": false,
            "has_cancelled": false,
        }));
        Ok(get_organization_info::Response::Ok(organization))
    }

    async fn get_current_organization_info(
        &self,
        caller: Caller,
        request: get_current_organization_info::Request,
    ) -> Result<get_current_organization_info::Response, Infallible> {
        self.called("get_current_organization_info", &request.context);
        let info: models::OrganizationInfo = model(json!({
            "id": caller.organization_id,
            "display_name": "Acme",
            "config": {},
            "is_personal": false,
        }));
        Ok(get_current_organization_info::Response::Ok(info))
    }

    async fn update_current_organization_info(
        &self,
        caller: Caller,
        request: update_current_organization_info::Request,
    ) -> Result<update_current_organization_info::Response, Infallible> {
        self.called("update_current_organization_info", &request.context);
        let update = request.body.into_inner();
        let info: models::OrganizationInfo = model(json!({
            "id": caller.organization_id,
            "display_name": update.display_name.unwrap_or_else(|| "Acme".to_owned()),
            "config": {},
            "is_personal": false,
            "invites_enabled": update.invites_enabled.value().unwrap_or(true),
            "scim_group_name_separator": update.scim_group_name_separator.unwrap_or_else(|| ":".to_owned()),
        }));
        Ok(update_current_organization_info::Response::Ok(info))
    }

    async fn list_organization_roles(
        &self,
        caller: Caller,
        request: list_organization_roles::Request,
    ) -> Result<list_organization_roles::Response, Infallible> {
        self.called("list_organization_roles", &request.context);
        let admin = role(ROLE, "Admin", "Everything", vec!["organization:manage".to_owned()], caller);
        Ok(list_organization_roles::Response::Ok(vec![admin]))
    }

    async fn create_organization_roles(
        &self,
        caller: Caller,
        request: create_organization_roles::Request,
    ) -> Result<create_organization_roles::Response, Infallible> {
        self.called("create_organization_roles", &request.context);
        let body = request.body.into_inner();
        let created = role(MADE_UP, &body.display_name, &body.description, body.permissions, caller);
        Ok(create_organization_roles::Response::Ok(created))
    }

    async fn delete_organization_roles(
        &self,
        caller: Caller,
        request: delete_organization_roles::Request,
    ) -> Result<delete_organization_roles::Response, Infallible> {
        self.called("delete_organization_roles", &request.context);
        let deleted = role(request.path.role_id, "Deleted", "", Vec::new(), caller);
        Ok(delete_organization_roles::Response::Ok(deleted))
    }

    async fn update_organization_roles(
        &self,
        caller: Caller,
        request: update_organization_roles::Request,
    ) -> Result<update_organization_roles::Response, Infallible> {
        self.called("update_organization_roles", &request.context);
        let body = request.body.into_inner();
        let updated = role(request.path.role_id, &body.display_name, &body.description, body.permissions, caller);
        Ok(update_organization_roles::Response::Ok(updated))
    }

    async fn list_permissions(&self, _: Caller, request: list_permissions::Request) -> Result<list_permissions::Response, Infallible> {
        self.called("list_permissions", &request.context);
        let permission = models::PermissionResponse {
            name: "workspaces:manage".to_owned(),
            description: "Manage workspaces".to_owned(),
            access_scope: models::AccessScope::Organization,
        };
        Ok(list_permissions::Response::Ok(vec![permission]))
    }

    async fn get_current_org_members(
        &self,
        caller: Caller,
        request: get_current_org_members::Request,
    ) -> Result<get_current_org_members::Response, Infallible> {
        self.called("get_current_org_members", &request.context);
        let members = models::OrganizationMembers {
            organization_id: caller.organization(),
            members: vec![model(json!({
                "id": IDENTITY,
                "organization_id": caller.organization(),
                "created_at": CREATED_AT,
                "user_id": USER,
                "ls_user_id": USER,
                "read_only": false,
                "email": "ada@example.com",
            }))],
            pending: vec![model(json!({"email": "grace@example.com", "id": MADE_UP, "created_at": CREATED_AT}))],
        };
        Ok(get_current_org_members::Response::Ok(members))
    }

    async fn add_member_to_current_org(
        &self,
        caller: Caller,
        request: add_member_to_current_org::Request,
    ) -> Result<add_member_to_current_org::Response, Infallible> {
        self.called("add_member_to_current_org", &request.context);
        let body = request.body.into_inner();
        let mut invited = pending_identity(&body.email, caller);
        invited.role_id = body.role_id;
        invited.workspace_ids = body.workspace_ids;
        invited.access_scope = models::AccessScope::Organization;
        Ok(add_member_to_current_org::Response::Ok(invited))
    }

    async fn get_current_active_org_members(
        &self,
        caller: Caller,
        request: get_current_active_org_members::Request,
    ) -> Result<get_current_active_org_members::Response, Infallible> {
        self.called("get_current_active_org_members", &request.context);
        let query = request.query.into_inner();
        let members = page(&query.emails, query.offset, query.limit, query.sort_by, query.sort_by_desc)
            .into_iter()
            .map(|email| {
                model(json!({
                    "id": IDENTITY,
                    "organization_id": caller.organization(),
                    "created_at": CREATED_AT,
                    "user_id": USER,
                    "ls_user_id": query.ls_user_ids.first().copied().unwrap_or(USER),
                    "read_only": false,
                    "email": email,
                    "full_name": query.q.clone().value(),
                    "is_disabled": query.is_disabled.value().unwrap_or(false),
                    "access_scope": "organization",
                }))
            })
            .collect();
        Ok(get_current_active_org_members::Response::Ok(members))
    }

    async fn get_current_pending_org_members(
        &self,
        caller: Caller,
        request: get_current_pending_org_members::Request,
    ) -> Result<get_current_pending_org_members::Response, Infallible> {
        self.called("get_current_pending_org_members", &request.context);
        let query = request.query.into_inner();
        let pending = page(&query.emails, query.offset, query.limit, query.sort_by, query.sort_by_desc)
            .into_iter()
            .map(|email| {
                model(json!({
                    "email": email,
                    "id": MADE_UP,
                    "created_at": CREATED_AT,
                    "organization_id": caller.organization_id,
                    "access_scope": "organization",
                }))
            })
            .collect();
        Ok(get_current_pending_org_members::Response::Ok(pending))
    }

    async fn add_members_to_current_org_batch(
        &self,
        caller: Caller,
        request: add_members_to_current_org_batch::Request,
    ) -> Result<add_members_to_current_org_batch::Response, Infallible> {
        self.called("add_members_to_current_org_batch", &request.context);
        let invited = request.body.0.iter().map(|invite| pending_identity(&invite.email, caller)).collect();
        Ok(add_members_to_current_org_batch::Response::Ok(invited))
    }

    async fn remove_member_from_current_org(
        &self,
        caller: Caller,
        request: remove_member_from_current_org::Request,
    ) -> Result<remove_member_from_current_org::Response, Infallible> {
        self.called("remove_member_from_current_org", &request.context);
        Ok(remove_member_from_current_org::Response::Ok(json!({
            "removed": request.path.identity_id,
            "organization_id": caller.organization_id,
        })))
    }

    async fn update_current_org_member(
        &self,
        _: Caller,
        request: update_current_org_member::Request,
    ) -> Result<update_current_org_member::Response, Infallible> {
        self.called("update_current_org_member", &request.context);
        Ok(update_current_org_member::Response::Ok(json!({
            "identity_id": request.path.identity_id,
            "full_name": request.body.full_name,
            "role_id": request.body.role_id,
        })))
    }

    async fn get_current_workspace_members(
        &self,
        caller: Caller,
        request: get_current_workspace_members::Request,
    ) -> Result<get_current_workspace_members::Response, Infallible> {
        self.called("get_current_workspace_members", &request.context);
        let members = models::TenantMembers {
            tenant_id: caller.tenant(),
            members: vec![model(json!({
                "id": IDENTITY,
                "organization_id": ORGANIZATION,
                "tenant_id": caller.tenant(),
                "created_at": CREATED_AT,
                "user_id": USER,
                "ls_user_id": USER,
                "read_only": false,
            }))],
            pending: vec![pending_identity("grace@example.com", caller)],
        };
        Ok(get_current_workspace_members::Response::Ok(members))
    }

    async fn add_member_to_current_workspace(
        &self,
        caller: Caller,
        request: add_member_to_current_workspace::Request,
    ) -> Result<add_member_to_current_workspace::Response, Infallible> {
        self.called("add_member_to_current_workspace", &request.context);
        let body = request.body.into_inner();
        let identity = models::Identity {
            id: MADE_UP,
            organization_id: ORGANIZATION,
            tenant_id: caller.tenant_id.into(),
            created_at: created_at(),
            user_id: USER,
            ls_user_id: body.ls_user_id.value().unwrap_or(USER),
            read_only: false,
            role_id: body.role_id,
            role_name: Maybe::Absent,
            access_scope: models::AccessScope::Workspace,
        };
        Ok(add_member_to_current_workspace::Response::Ok(identity))
    }

    async fn get_current_active_workspace_members(
        &self,
        caller: Caller,
        request: get_current_active_workspace_members::Request,
    ) -> Result<get_current_active_workspace_members::Response, Infallible> {
        self.called("get_current_active_workspace_members", &request.context);
        let query = request.query.into_inner();
        let members = page(&query.emails, query.offset, query.limit, query.sort_by, query.sort_by_desc)
            .into_iter()
            .map(|email| {
                model(json!({
                    "id": IDENTITY,
                    "organization_id": ORGANIZATION,
                    "tenant_id": caller.tenant_id,
                    "created_at": CREATED_AT,
                    "user_id": USER,
                    "ls_user_id": query.ls_user_ids.first().copied().unwrap_or(USER),
                    "read_only": false,
                    "email": email,
                    "is_disabled": query.is_disabled.value().unwrap_or(false),
                }))
            })
            .collect();
        Ok(get_current_active_workspace_members::Response::Ok(members))
    }

    async fn get_current_pending_workspace_members(
        &self,
        caller: Caller,
        request: get_current_pending_workspace_members::Request,
    ) -> Result<get_current_pending_workspace_members::Response, Infallible> {
        self.called("get_current_pending_workspace_members", &request.context);
        let query = request.query.into_inner();
        let pending = page(&query.emails, query.offset, query.limit, query.sort_by, query.sort_by_desc)
            .iter()
            .map(|email| pending_identity(email, caller))
            .collect();
        Ok(get_current_pending_workspace_members::Response::Ok(pending))
    }

    async fn add_members_to_current_workspace_batch(
        &self,
        caller: Caller,
        request: add_members_to_current_workspace_batch::Request,
    ) -> Result<add_members_to_current_workspace_batch::Response, Infallible> {
        self.called("add_members_to_current_workspace_batch", &request.context);
        let invited = request
            .body
            .0
            .iter()
            .map(|invite| {
                let mut invited = pending_identity(&invite.email, caller);
                invited.workspace_ids = invite.workspace_ids.clone();
                invited.full_name = invite.full_name.clone();
                invited
            })
            .collect();
        Ok(add_members_to_current_workspace_batch::Response::Ok(invited))
    }

    async fn delete_current_workspace_member(
        &self,
        caller: Caller,
        request: delete_current_workspace_member::Request,
    ) -> Result<delete_current_workspace_member::Response, Infallible> {
        self.called("delete_current_workspace_member", &request.context);
        Ok(delete_current_workspace_member::Response::Ok(json!({
            "removed": request.path.identity_id,
            "tenant_id": caller.tenant_id,
        })))
    }

    async fn patch_current_workspace_member(
        &self,
        caller: Caller,
        request: patch_current_workspace_member::Request,
    ) -> Result<patch_current_workspace_member::Response, Infallible> {
        self.called("patch_current_workspace_member", &request.context);
        Ok(patch_current_workspace_member::Response::Ok(json!({
            "identity_id": request.path.identity_id,
            "role_id": request.body.role_id,
            "tenant_id": caller.tenant_id,
        })))
    }
}

// ---------------------------------------------------------------------------
// Driving the router.
// ---------------------------------------------------------------------------

/// Request headers, by name.
type Headers = Vec<(&'static str, String)>;

/// The credentials a request presents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Auth {
    /// The good key as `X-API-Key`, and the organization in `X-Organization-Id`.
    OrganizationKey,
    /// The good key as `X-API-Key`, and the workspace in `X-Tenant-Id`.
    TenantKey,
    /// The good key as a bearer token (the only scheme of some operations).
    Bearer,
    /// No credentials at all.
    NoCredentials,
    /// A wrong `X-API-Key`, with the organization and workspace headers.
    WrongApiKey,
    /// A wrong bearer token, with the organization and workspace headers.
    WrongBearer,
}

impl Auth {
    fn headers(self) -> Headers {
        let organization = ("X-Organization-Id", ORGANIZATION.to_string());
        let tenant = ("X-Tenant-Id", TENANT.to_string());
        match self {
            Self::OrganizationKey => vec![("X-API-Key", KEY.to_owned()), organization],
            Self::TenantKey => vec![("X-API-Key", KEY.to_owned()), tenant],
            Self::Bearer => vec![("Authorization", format!("Bearer {KEY}"))],
            Self::NoCredentials => Vec::new(),
            Self::WrongApiKey => vec![("X-API-Key", "not-the-key".to_owned()), organization, tenant],
            Self::WrongBearer => vec![("Authorization", "Bearer not-the-key".to_owned()), organization, tenant],
        }
    }
}

fn request(method: &str, uri: &str, headers: &[(&str, String)], body: Option<&Value>) -> Request<Body> {
    let mut builder = Request::builder().method(method).uri(uri);
    for (name, value) in headers {
        builder = builder.header(*name, value);
    }
    let body = match body {
        Some(body) => {
            builder = builder.header(header::CONTENT_TYPE, "application/json");
            Body::from(body.to_string())
        }
        None => Body::empty(),
    };
    builder.body(body).expect("a well-formed request")
}

/// One valid request per operation, and what its answer must say.
struct Case {
    /// The trait method the request must reach.
    operation: &'static str,
    method: &'static str,
    uri: String,
    auth: Auth,
    body: Option<Value>,
    /// Reads the 200 body as the declared type and checks the echoed values.
    check: fn(&Value),
}

fn cases() -> Vec<Case> {
    use Auth::{Bearer, OrganizationKey, TenantKey};
    let case =
        |operation, method, uri: String, auth, body: Option<Value>, check: fn(&Value)| Case { operation, method, uri, auth, body, check };
    vec![
        case(
            "list_workspaces",
            "GET",
            format!("/api/v1/workspaces?include_deleted=true&data_plane_id={DATA_PLANE}"),
            OrganizationKey,
            None,
            |body| {
                let workspaces: Vec<models::TenantForUser> = read_as(body);
                assert_eq!(workspaces.len(), 1);
                assert!(workspaces[0].is_deleted, "include_deleted=true reached the method");
                assert_eq!(workspaces[0].organization_id, Maybe::Value(ORGANIZATION));
                assert_eq!(workspaces[0].data_plane_url, Maybe::Value(format!("https://{DATA_PLANE}.example.com")));
            },
        ),
        case(
            "create_workspace",
            "POST",
            "/api/v1/workspaces".to_owned(),
            OrganizationKey,
            Some(json!({"id": WORKSPACE, "display_name": "Research (EU)", "tenant_handle": "research-eu"})),
            |body| {
                let workspace: models::AppSchemasTenant = read_as(body);
                assert_eq!(workspace.id, WORKSPACE);
                assert_eq!(workspace.display_name, "Research (EU)");
                assert_eq!(workspace.tenant_handle, Maybe::Value("research-eu".to_owned()));
                assert_eq!(workspace.organization_id, Maybe::Value(ORGANIZATION));
            },
        ),
        case("delete_workspace", "DELETE", format!("/api/v1/workspaces/{WORKSPACE}"), TenantKey, None, |body| {
            assert_eq!(body, &json!({"deleted": WORKSPACE, "tenant_id": TENANT}))
        }),
        case(
            "patch_workspace",
            "PATCH",
            format!("/api/v1/workspaces/{WORKSPACE}"),
            TenantKey,
            Some(json!({"display_name": "Renamed"})),
            |body| {
                let workspace: models::AppSchemasTenant = read_as(body);
                assert_eq!((workspace.id, workspace.display_name.as_str()), (WORKSPACE, "Renamed"));
            },
        ),
        case("list_organizations", "GET", "/api/v1/orgs?skip_create=true&include_tier=true".to_owned(), Bearer, None, |body| {
            let organizations: Vec<models::OrganizationPgSchemaSlim> = read_as(body);
            assert_eq!(organizations.len(), 1);
            assert_eq!(organizations[0].id, ORGANIZATION);
            assert_eq!(organizations[0].tier, Maybe::Value(models::PaymentPlanTier::Plus), "include_tier=true");
        }),
        case(
            "create_organization",
            "POST",
            "/api/v1/orgs".to_owned(),
            Bearer,
            Some(json!({"display_name": "New Org", "is_personal": true, "security_contact": "sec@example.com"})),
            |body| {
                let organization: models::OrganizationPgSchemaSlim = read_as(body);
                assert_eq!(organization.display_name, "New Org");
                assert!(organization.is_personal);
                assert_eq!(organization.security_contact, Maybe::Value("sec@example.com".to_owned()));
            },
        ),
        case("get_organization_info", "GET", "/api/v1/orgs/current".to_owned(), OrganizationKey, None, |body| {
            let organization: models::Organization = read_as(body);
            assert_eq!(organization.id, Maybe::Value(ORGANIZATION), "X-Organization-Id reached the method");
            assert_eq!(organization.config.max_workspaces, 1, "the config's defaults");
        }),
        case("get_current_organization_info", "GET", "/api/v1/orgs/current/info".to_owned(), OrganizationKey, None, |body| {
            let info: models::OrganizationInfo = read_as(body);
            assert_eq!(info.id, Maybe::Value(ORGANIZATION));
        }),
        case(
            "update_current_organization_info",
            "PATCH",
            "/api/v1/orgs/current/info".to_owned(),
            OrganizationKey,
            Some(json!({"display_name": "Acme Labs", "invites_enabled": false, "scim_group_name_separator": "/"})),
            |body| {
                let info: models::OrganizationInfo = read_as(body);
                assert_eq!(info.id, Maybe::Value(ORGANIZATION));
                assert_eq!(info.display_name, Maybe::Value("Acme Labs".to_owned()));
                assert!(!info.invites_enabled);
                assert_eq!(info.scim_group_name_separator, "/");
            },
        ),
        case("list_organization_roles", "GET", "/api/v1/orgs/current/roles".to_owned(), OrganizationKey, None, |body| {
            let roles: Vec<models::Role> = read_as(body);
            assert_eq!(roles.len(), 1);
            assert_eq!(roles[0].organization_id, Maybe::Value(ORGANIZATION));
        }),
        case(
            "create_organization_roles",
            "POST",
            "/api/v1/orgs/current/roles".to_owned(),
            OrganizationKey,
            Some(json!({"display_name": "Auditor", "description": "Reads", "permissions": ["runs:read"]})),
            |body| {
                let role: models::Role = read_as(body);
                assert_eq!((role.display_name.as_str(), role.description.as_str()), ("Auditor", "Reads"));
                assert_eq!(role.permissions, ["runs:read"]);
            },
        ),
        case("delete_organization_roles", "DELETE", format!("/api/v1/orgs/current/roles/{ROLE}"), OrganizationKey, None, |body| {
            assert_eq!(read_as::<models::Role>(body).id, ROLE)
        }),
        case(
            "update_organization_roles",
            "PATCH",
            format!("/api/v1/orgs/current/roles/{ROLE}"),
            OrganizationKey,
            Some(json!({"display_name": "Viewer", "description": "Sees", "permissions": ["runs:read", "projects:read"]})),
            |body| {
                let role: models::Role = read_as(body);
                assert_eq!((role.id, role.display_name.as_str()), (ROLE, "Viewer"));
                assert_eq!(role.permissions, ["runs:read", "projects:read"]);
            },
        ),
        case("list_permissions", "GET", "/api/v1/orgs/permissions".to_owned(), Bearer, None, |body| {
            let permissions: Vec<models::PermissionResponse> = read_as(body);
            assert_eq!(permissions[0].access_scope, models::AccessScope::Organization);
        }),
        case("get_current_org_members", "GET", "/api/v1/orgs/current/members".to_owned(), OrganizationKey, None, |body| {
            let members: models::OrganizationMembers = read_as(body);
            assert_eq!(members.organization_id, ORGANIZATION);
            assert_eq!((members.members.len(), members.pending.len()), (1, 1));
        }),
        case(
            "add_member_to_current_org",
            "POST",
            "/api/v1/orgs/current/members".to_owned(),
            OrganizationKey,
            Some(json!({"email": "ada@example.com", "role_id": ROLE, "workspace_ids": [WORKSPACE]})),
            |body| {
                let invited: models::PendingIdentity = read_as(body);
                assert_eq!(invited.email, "ada@example.com");
                assert_eq!(invited.role_id, Maybe::Value(ROLE));
                assert_eq!(invited.workspace_ids, Maybe::Value(vec![WORKSPACE]));
                assert_eq!(invited.organization_id, Maybe::Value(ORGANIZATION));
            },
        ),
        case(
            "get_current_active_org_members",
            "GET",
            format!(
                "/api/v1/orgs/current/members/active?emails=ada%40example.com&emails=grace%40example.com\
                 &emails=linus%40example.com&sort_by=email&sort_by_desc=true&offset=1&limit=1\
                 &ls_user_ids={USER}&is_disabled=true&q=Grace+Hopper"
            ),
            OrganizationKey,
            None,
            |body| {
                let members: Vec<models::OrgMemberIdentity> = read_as(body);
                assert_eq!(members.len(), 1, "limit=1");
                assert_eq!(members[0].email, Maybe::Value("grace@example.com".to_owned()), "sorted, offset 1");
                assert_eq!(members[0].ls_user_id, USER);
                assert_eq!(members[0].full_name, Maybe::Value("Grace Hopper".to_owned()), "q, `+` a space");
                assert!(members[0].is_disabled);
                assert_eq!(members[0].organization_id, ORGANIZATION);
            },
        ),
        case(
            "get_current_pending_org_members",
            "GET",
            "/api/v1/orgs/current/members/pending?emails=b%40example.com&emails=a%40example.com&sort_by=email\
             &sort_by_desc=false"
                .to_owned(),
            OrganizationKey,
            None,
            |body| {
                let pending: Vec<models::OrgPendingIdentity> = read_as(body);
                let emails: Vec<&str> = pending.iter().map(|p| p.email.as_str()).collect();
                assert_eq!(emails, ["a@example.com", "b@example.com"]);
                assert_eq!(pending[0].organization_id, Maybe::Value(ORGANIZATION));
            },
        ),
        case(
            "add_members_to_current_org_batch",
            "POST",
            "/api/v1/orgs/current/members/batch".to_owned(),
            OrganizationKey,
            Some(json!([{"email": "a@example.com"}, {"email": "b@example.com", "read_only": true}])),
            |body| {
                let invited: Vec<models::PendingIdentity> = read_as(body);
                let emails: Vec<&str> = invited.iter().map(|p| p.email.as_str()).collect();
                assert_eq!(emails, ["a@example.com", "b@example.com"]);
            },
        ),
        case(
            "remove_member_from_current_org",
            "DELETE",
            format!("/api/v1/orgs/current/members/{IDENTITY}"),
            OrganizationKey,
            None,
            |body| assert_eq!(body, &json!({"removed": IDENTITY, "organization_id": ORGANIZATION})),
        ),
        case(
            "update_current_org_member",
            "PATCH",
            format!("/api/v1/orgs/current/members/{IDENTITY}"),
            OrganizationKey,
            Some(json!({"full_name": "Ada Lovelace", "role_id": ROLE})),
            |body| assert_eq!(body, &json!({"identity_id": IDENTITY, "full_name": "Ada Lovelace", "role_id": ROLE})),
        ),
        case("get_current_workspace_members", "GET", "/api/v1/workspaces/current/members".to_owned(), TenantKey, None, |body| {
            let members: models::TenantMembers = read_as(body);
            assert_eq!(members.tenant_id, TENANT, "X-Tenant-Id reached the method");
            assert_eq!(members.members[0].tenant_id, Maybe::Value(TENANT));
        }),
        case(
            "add_member_to_current_workspace",
            "POST",
            "/api/v1/workspaces/current/members".to_owned(),
            TenantKey,
            Some(json!({"ls_user_id": USER, "role_id": ROLE})),
            |body| {
                let identity: models::Identity = read_as(body);
                assert_eq!(identity.ls_user_id, USER);
                assert_eq!(identity.role_id, Maybe::Value(ROLE));
                assert_eq!(identity.tenant_id, Maybe::Value(TENANT));
            },
        ),
        case(
            "get_current_active_workspace_members",
            "GET",
            "/api/v1/workspaces/current/members/active?emails=ada%40example.com&emails=grace%40example.com&limit=1".to_owned(),
            TenantKey,
            None,
            |body| {
                let members: Vec<models::MemberIdentity> = read_as(body);
                assert_eq!(members.len(), 1, "limit=1");
                assert_eq!(members[0].email, Maybe::Value("ada@example.com".to_owned()));
                assert_eq!(members[0].tenant_id, Maybe::Value(TENANT));
            },
        ),
        case(
            "get_current_pending_workspace_members",
            "GET",
            "/api/v1/workspaces/current/members/pending?emails=ada%40example.com&offset=0".to_owned(),
            TenantKey,
            None,
            |body| {
                let pending: Vec<models::PendingIdentity> = read_as(body);
                assert_eq!(pending.len(), 1);
                assert_eq!(pending[0].email, "ada@example.com");
                assert_eq!(pending[0].tenant_id, Maybe::Value(TENANT));
            },
        ),
        case(
            "add_members_to_current_workspace_batch",
            "POST",
            "/api/v1/workspaces/current/members/batch".to_owned(),
            TenantKey,
            Some(json!([{"email": "a@example.com", "workspace_ids": [WORKSPACE], "full_name": "A"}])),
            |body| {
                let invited: Vec<models::PendingIdentity> = read_as(body);
                assert_eq!(invited.len(), 1);
                assert_eq!(invited[0].workspace_ids, Maybe::Value(vec![WORKSPACE]));
                assert_eq!(invited[0].full_name, Maybe::Value("A".to_owned()));
                assert_eq!(invited[0].tenant_id, Maybe::Value(TENANT));
            },
        ),
        case(
            "delete_current_workspace_member",
            "DELETE",
            format!("/api/v1/workspaces/current/members/{IDENTITY}"),
            TenantKey,
            None,
            |body| assert_eq!(body, &json!({"removed": IDENTITY, "tenant_id": TENANT})),
        ),
        case(
            "patch_current_workspace_member",
            "PATCH",
            format!("/api/v1/workspaces/current/members/{IDENTITY}"),
            TenantKey,
            Some(json!({"role_id": ROLE})),
            |body| assert_eq!(body, &json!({"identity_id": IDENTITY, "role_id": ROLE, "tenant_id": TENANT})),
        ),
    ]
}

/// The operations of the generated server (each a method of the `Api`
/// trait), by `operationId`.
fn server_operations() -> BTreeSet<&'static str> {
    OPERATIONS.iter().map(|operation| operation.id).collect()
}

#[tokio::test]
async fn every_operation_answers_its_typed_200_with_the_values_sent() {
    let fake = Fake::default();
    let app = router(fake.clone());
    let cases = cases();
    for (index, case) in cases.iter().enumerate() {
        let answer = send(&app, request(case.method, &case.uri, &case.auth.headers(), case.body.as_ref())).await;
        let what = format!("{} {} ({})", case.method, case.uri, case.operation);
        assert_eq!(answer.status, StatusCode::OK, "{what}: {}", answer.body);
        assert_eq!(answer.content_type.as_deref(), Some("application/json"), "{what}");
        let calls = fake.calls();
        assert_eq!(calls.len(), index + 1, "{what}: one method ran");
        assert_eq!(calls.last().copied(), Some(case.operation), "{what}: reached its own method");
        // FastAPI's `operationId` is the method's name, then `_api_v1_` and
        // the rest of the path and the HTTP method.
        let operation = fake.operations().last().copied().expect("the method recorded its operation");
        assert!(
            operation.strip_prefix(case.operation).is_some_and(|rest| rest.starts_with("_api_v1_")),
            "{what}: the method was handed its own operation, not {operation}"
        );
        (case.check)(&answer.body);
    }

    // Exactly the server's operations, each once: the table misses none.
    let covered: BTreeSet<&str> = cases.iter().map(|case| case.operation).collect();
    assert_eq!(covered.len(), cases.len(), "no operation is in the table twice");
    let reached: BTreeSet<&str> = fake.operations().into_iter().collect();
    let operations = server_operations();
    assert_eq!(reached, operations);
    assert_eq!(covered.len(), operations.len());
    assert_eq!(operations.len(), 28);
    let in_spec = include_str!("../../../specs/langsmith.yaml").matches("operationId:").count();
    assert_eq!(cases.len(), in_spec, "one case per operation of the API description");
}

#[tokio::test]
async fn every_operation_refuses_missing_or_wrong_credentials_before_its_method() {
    let fake = Fake::default();
    let app = router(fake.clone());
    let cases = cases();
    for case in &cases {
        for auth in [Auth::NoCredentials, Auth::WrongApiKey, Auth::WrongBearer] {
            let answer = send(&app, request(case.method, &case.uri, &auth.headers(), case.body.as_ref())).await;
            let what = format!("{} {} with {auth:?}", case.method, case.uri);
            assert_eq!(answer.status, StatusCode::UNAUTHORIZED, "{what}: {}", answer.body);
            assert_eq!(answer.challenge.as_deref(), Some("Bearer"), "{what}");
            // As FastAPI answers it: `{"detail": ...}`.
            assert_eq!(answer.content_type.as_deref(), Some("application/json"), "{what}");
            assert!(answer.body["detail"].is_string(), "{what}: {}", answer.body);
        }
    }
    // Every operation requires security (none is public in LangSmith's
    // description), so every one was refused.
    assert_eq!(cases.len(), server_operations().len());
    assert_eq!(fake.calls(), Vec::<&str>::new(), "no method ran");
}

#[tokio::test]
async fn a_scheme_the_operation_does_not_take_is_no_credential() {
    // `GET /api/v1/orgs` takes only `Authorization: Bearer`: a good API key
    // in `X-API-Key` is not enough.
    let fake = Fake::default();
    let headers = Auth::OrganizationKey.headers();
    let answer = send(&router(fake.clone()), request("GET", "/api/v1/orgs", &headers, None)).await;
    assert_eq!(answer.status, StatusCode::UNAUTHORIZED);
    assert_eq!(answer.challenge.as_deref(), Some("Bearer"));
    assert!(fake.calls().is_empty());
}

/// One problem of a FastAPI refusal: its `loc` and its `type`.
type Located = (Value, String);

/// The FastAPI refusal: 422 `application/json` that reads as the declared
/// `HTTPValidationError`; each entry's `loc` and `type`, checking that every
/// entry has exactly `loc`, `msg` and `type`.
fn fastapi_detail(answer: &Answer) -> Vec<Located> {
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", answer.body);
    assert_eq!(answer.content_type.as_deref(), Some("application/json"));
    let declared: models::HttpValidationError = read_as(&answer.body);
    let entries = declared.detail.expect("`detail` is present");
    assert!(!entries.is_empty(), "at least one problem: {}", answer.body);
    for entry in answer.body["detail"].as_array().expect("`detail` is an array") {
        let keys: BTreeSet<&str> = entry.as_object().expect("each entry is an object").keys().map(String::as_str).collect();
        assert_eq!(keys, BTreeSet::from(["loc", "msg", "type"]), "{entry}");
    }
    for entry in &entries {
        assert!(!entry.msg.is_empty(), "{}", answer.body);
    }
    entries.into_iter().map(|entry| (serde_json::to_value(&entry.loc).expect("a location serializes"), entry.type_)).collect()
}

fn problem(loc: Value, kind: &str) -> Located {
    (loc, kind.to_owned())
}

#[tokio::test]
async fn a_path_parameter_that_is_not_a_uuid_is_422_at_its_location() {
    let fake = Fake::default();
    let app = router(fake.clone());
    let org = Auth::OrganizationKey.headers();
    let tenant = Auth::TenantKey.headers();
    let sent = [
        ("DELETE", "/api/v1/workspaces/not-a-uuid", &tenant, None, "workspace_id"),
        ("PATCH", "/api/v1/workspaces/42", &tenant, Some(json!({"display_name": "Fine"})), "workspace_id"),
        ("DELETE", "/api/v1/orgs/current/roles/role-1", &org, None, "role_id"),
        ("DELETE", "/api/v1/orgs/current/members/x", &org, None, "identity_id"),
        ("PATCH", "/api/v1/workspaces/current/members/x", &tenant, Some(json!({"role_id": ROLE})), "identity_id"),
    ];
    for (method, uri, headers, body, name) in sent {
        let answer = send(&app, request(method, uri, headers, body.as_ref())).await;
        assert_eq!(fastapi_detail(&answer), [problem(json!(["path", name]), "value_error")], "{method} {uri}");
        assert!(!answer.body.to_string().contains("not-a-uuid"), "the value is never repeated: {}", answer.body);
    }
    assert!(fake.calls().is_empty(), "no method ran");
}

#[tokio::test]
async fn query_parameters_that_do_not_read_or_are_out_of_range_are_422_at_their_location() {
    let fake = Fake::default();
    let app = router(fake.clone());
    let org = Auth::OrganizationKey.headers();
    let tenant = Auth::TenantKey.headers();
    let active = "/api/v1/orgs/current/members/active";
    let sent: [(String, &Headers, Vec<Located>); 7] = [
        (format!("{active}?limit=x"), &org, vec![problem(json!(["query", "limit"]), "type_error")]),
        (format!("{active}?limit=0"), &org, vec![problem(json!(["query", "limit"]), "greater_than_equal")]),
        (
            format!("{active}?limit=501&offset=-1"),
            &org,
            vec![problem(json!(["query", "limit"]), "less_than_equal"), problem(json!(["query", "offset"]), "greater_than_equal")],
        ),
        (format!("{active}?sort_by=age"), &org, vec![problem(json!(["query", "sort_by"]), "enum")]),
        (format!("{active}?ls_user_ids=nope"), &org, vec![problem(json!(["query", "ls_user_ids"]), "value_error")]),
        (
            "/api/v1/workspaces/current/members/pending?limit=1000".to_owned(),
            &tenant,
            vec![problem(json!(["query", "limit"]), "less_than_equal")],
        ),
        ("/api/v1/workspaces?include_deleted=perhaps".to_owned(), &org, vec![problem(json!(["query", "include_deleted"]), "type_error")]),
    ];
    for (uri, headers, expected) in sent {
        let answer = send(&app, request("GET", &uri, headers, None)).await;
        assert_eq!(fastapi_detail(&answer), expected, "GET {uri}: {}", answer.body);
    }
    assert!(fake.calls().is_empty(), "no method ran");
}

#[tokio::test]
async fn a_tenant_or_organization_id_that_is_not_a_uuid_is_refused_before_the_method() {
    // LangSmith declares `X-Tenant-Id` and `X-Organization-Id` only as API-key
    // security schemes, not as header parameters: the router cannot check
    // them as UUIDs (no 422 at ["header", "x-tenant-id"] exists); they reach
    // `authenticate` as they were sent, and the fake refuses them (403).
    let fake = Fake::default();
    let app = router(fake.clone());
    let bad_tenant = [("X-API-Key", KEY.to_owned()), ("X-Tenant-Id", "not-a-uuid".to_owned())];
    let answer = send(&app, request("GET", "/api/v1/workspaces/current/members", &bad_tenant, None)).await;
    assert_eq!(answer.status, StatusCode::FORBIDDEN, "{}", answer.body);
    assert_eq!(answer.content_type.as_deref(), Some("application/json"));
    assert_eq!(answer.body, json!({"detail": "Not allowed"}));

    let bad_organization = [("Authorization", format!("Bearer {KEY}")), ("X-Organization-Id", "acme".to_owned())];
    let answer = send(&app, request("GET", "/api/v1/orgs/current/info", &bad_organization, None)).await;
    assert_eq!(answer.status, StatusCode::FORBIDDEN, "{}", answer.body);
    assert!(fake.calls().is_empty(), "no method ran");

    // `X-Tenant-Id` alone is one of the operation's alternatives, so the
    // router lets it through to `authenticate`; without a key the fake
    // refuses it with a challenge.
    let tenant_only = [("X-Tenant-Id", TENANT.to_string())];
    let answer = send(&app, request("GET", "/api/v1/workspaces/current/members", &tenant_only, None)).await;
    assert_eq!(answer.status, StatusCode::UNAUTHORIZED);
    assert_eq!(answer.challenge.as_deref(), Some("Bearer"));
    assert!(fake.calls().is_empty(), "no method ran");
}

#[tokio::test]
async fn bodies_that_do_not_read_are_422_at_each_place() {
    let fake = Fake::default();
    let app = router(fake.clone());
    let org = Auth::OrganizationKey.headers();
    let raw = |uri: &str, body: &'static str| {
        let mut builder = Request::builder().method("POST").uri(uri).header(header::CONTENT_TYPE, "application/json");
        for (name, value) in &org {
            builder = builder.header(*name, value);
        }
        builder.body(Body::from(body)).expect("a well-formed request")
    };

    let answer = send(&app, raw("/api/v1/workspaces", "{\"display_name\": ")).await;
    assert_eq!(fastapi_detail(&answer), [problem(json!(["body"]), "type_error")]);

    let answer = send(&app, raw("/api/v1/workspaces", "")).await;
    assert_eq!(fastapi_detail(&answer), [problem(json!(["body"]), "missing")]);

    let answer = send(&app, raw("/api/v1/workspaces", r#"{"display_name": 5, "id": "nope"}"#)).await;
    assert_eq!(
        fastapi_detail(&answer),
        [problem(json!(["body", "id"]), "value_error"), problem(json!(["body", "display_name"]), "type_error")]
    );

    let answer = send(&app, raw("/api/v1/orgs/current/roles", r#"{"display_name": "Auditor"}"#)).await;
    assert_eq!(
        fastapi_detail(&answer),
        [problem(json!(["body", "description"]), "missing"), problem(json!(["body", "permissions"]), "missing")]
    );

    // Array items are located by their index, as a number.
    let answer = send(&app, raw("/api/v1/orgs/current/members/batch", r#"[{"email": "a@example.com"}, {"email": 1}]"#)).await;
    assert_eq!(fastapi_detail(&answer), [problem(json!(["body", 1, "email"]), "type_error")]);

    let answer = send(&app, raw("/api/v1/orgs/current/members/batch", r#"{"email": "a@example.com"}"#)).await;
    assert_eq!(fastapi_detail(&answer), [problem(json!(["body"]), "type_error")]);
    assert!(fake.calls().is_empty(), "no method ran");
}

#[tokio::test]
async fn bodies_breaking_a_constraint_are_422_at_each_place() {
    let fake = Fake::default();
    let app = router(fake.clone());
    let org = Auth::OrganizationKey.headers();
    let tenant = Auth::TenantKey.headers();
    let bearer = Auth::Bearer.headers();

    let body = json!({"display_name": "bad/name"});
    let answer = send(&app, request("POST", "/api/v1/workspaces", &org, Some(&body))).await;
    assert_eq!(fastapi_detail(&answer), [problem(json!(["body", "display_name"]), "string_pattern_mismatch")]);
    assert_eq!(answer.body["detail"][0]["msg"], "must match the pattern ^[a-zA-Z0-9\\-_ '@()]+$");

    let answer =
        send(&app, request("PATCH", &format!("/api/v1/workspaces/{WORKSPACE}"), &tenant, Some(&json!({"display_name": ""})))).await;
    assert_eq!(
        fastapi_detail(&answer),
        [problem(json!(["body", "display_name"]), "string_too_short"), problem(json!(["body", "display_name"]), "string_pattern_mismatch"),]
    );

    let body = json!({"display_name": "Acme!", "scim_group_name_separator": "::"});
    let answer = send(&app, request("PATCH", "/api/v1/orgs/current/info", &org, Some(&body))).await;
    assert_eq!(
        fastapi_detail(&answer),
        [
            problem(json!(["body", "display_name"]), "string_pattern_mismatch"),
            problem(json!(["body", "scim_group_name_separator"]), "string_too_long"),
        ]
    );

    let body = json!({"display_name": "Acme", "is_personal": false, "security_contact": "not an email"});
    let answer = send(&app, request("POST", "/api/v1/orgs", &bearer, Some(&body))).await;
    assert_eq!(fastapi_detail(&answer), [problem(json!(["body", "security_contact"]), "value_error")]);
    assert!(!answer.body.to_string().contains("not an email"), "the value is never repeated: {}", answer.body);
    assert!(fake.calls().is_empty(), "no method ran");
}

#[tokio::test]
async fn unknown_paths_are_404_and_wrong_methods_405_with_allow() {
    let fake = Fake::default();
    let app = router(fake.clone());
    let org = Auth::OrganizationKey.headers();

    let answer = send(&app, request("GET", "/api/v1/nothing", &org, None)).await;
    assert_eq!(answer.status, StatusCode::NOT_FOUND);
    let answer = send(&app, request("GET", &format!("/api/v1/orgs/current/roles/{ROLE}/extra"), &org, None)).await;
    assert_eq!(answer.status, StatusCode::NOT_FOUND);

    let answer = send(&app, request("PUT", "/api/v1/workspaces", &org, None)).await;
    assert_eq!(answer.status, StatusCode::METHOD_NOT_ALLOWED);
    let allow = answer.allow.expect("405 says what is allowed");
    assert!(allow.contains("GET") && allow.contains("POST") && !allow.contains("PUT"), "{allow}");

    let answer = send(&app, request("GET", &format!("/api/v1/orgs/current/roles/{ROLE}"), &org, None)).await;
    assert_eq!(answer.status, StatusCode::METHOD_NOT_ALLOWED);
    let allow = answer.allow.expect("405 says what is allowed");
    assert!(allow.contains("DELETE") && allow.contains("PATCH") && !allow.contains("GET"), "{allow}");
    assert!(fake.calls().is_empty(), "no method ran");
}
