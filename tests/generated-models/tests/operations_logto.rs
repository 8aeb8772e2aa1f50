//! Every operation of the generated Logto organizations server
//! (`logto_orgs::server`), served by a test implementation of its `Api`
//! trait ([`Fake`]) and driven in-process through `router` with
//! `tower::ServiceExt::oneshot`. The file proves that:
//!
//! - each of the 35 operations is routed to its own method, which receives
//!   the path, query and body parameters as they were sent (defaults filled
//!   in) and the principal `authenticate` proved; and that the success
//!   response the method returns is written with the declared status, the
//!   declared `Content-Type` (none for an empty response), the declared
//!   `Total-Number` header, and a body that reads back as the declared model,
//!   meets its constraints and carries what the request asked for;
//! - every operation (the description's top-level `ManagementApi` bearer
//!   requirement covers them all) refuses a request without credentials or
//!   with a token `authenticate` does not accept, with 401 and a
//!   `WWW-Authenticate` challenge or 403, before its method runs;
//! - a path or query parameter, or a body, that does not read is refused
//!   with 400 and one that breaks a constraint with 422, as
//!   `application/problem+json` naming every pointer, before the method
//!   runs; an unknown path is 404 and a wrong method 405 with `Allow`.

mod common;

use common::{Answer, send};
use std::collections::{BTreeMap, BTreeSet};
use std::convert::Infallible;
use std::fmt::Debug;
use std::sync::{Arc, Mutex};

use logto_orgs::models;
use logto_orgs::server::{self as api, Api, Credentials, router};
use oapi_axum_runtime::axum::body::Body;
use oapi_axum_runtime::axum::http::{Request, StatusCode, header};
use oapi_axum_runtime::{AuthError, Incoming, Maybe, Validate};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

/// The API description the server was generated from.
const DESCRIPTION: &str = include_str!("../../../specs/logto.yaml");
/// How many operations the generated server has (`api::OPERATIONS`, one
/// method of the `Api` trait each) and the description declares.
const OPERATION_COUNT: usize = 35;

/// The bearer token [`Fake::authenticate`] accepts.
const TOKEN: &str = "token";
/// A bearer token [`Fake::authenticate`] knows but does not allow: 403.
const FORBIDDEN_TOKEN: &str = "forbidden";

/// How many entries each of the fake's collections holds: the
/// `Total-Number` of every paginated list.
const TOTAL_NUMBER: i64 = 57;
const TENANT_ID: &str = "tenant-1";
const CREATED_AT: f64 = 1_700_000_000_000.0;
const PROBLEM_JSON: &str = "application/problem+json";

// ---------------------------------------------------------------------------
// The implementation under the router
// ---------------------------------------------------------------------------

/// One call of a method of [`Fake`]: which, for whom, and what it received
/// (its request's parameters and body, as JSON).
#[derive(Debug, Clone, PartialEq)]
struct Call {
    operation: &'static str,
    principal: String,
    received: Value,
}

/// A test implementation of every operation: each method records its call
/// and answers the operation's success response, built from the request.
#[derive(Debug, Clone, Default)]
struct Fake {
    calls: Arc<Mutex<Vec<Call>>>,
}

impl Fake {
    fn record(&self, operation: &'static str, principal: String, received: Value) {
        self.calls.lock().expect("no test panicked while holding the call log").push(Call { operation, principal, received });
    }

    /// The calls since the last time, oldest first.
    fn take_calls(&self) -> Vec<Call> {
        std::mem::take(&mut *self.calls.lock().expect("no test panicked while holding the call log"))
    }
}

/// `value` as JSON, to record what a method received.
fn to_json<T: Serialize>(value: &T) -> Value {
    serde_json::to_value(value).expect("the generated models serialize to JSON")
}

/// The 1-based positions of the entries on `page` (of `page_size` entries)
/// of a collection of [`TOTAL_NUMBER`] entries.
fn page_window(page: i64, page_size: i64) -> std::ops::RangeInclusive<i64> {
    let first = (page - 1).saturating_mul(page_size).saturating_add(1);
    let last = page.saturating_mul(page_size).min(TOTAL_NUMBER);
    first..=last
}

fn organization(id: &str) -> models::Organization {
    models::Organization {
        tenant_id: TENANT_ID.to_owned(),
        id: id.to_owned(),
        name: "Acme".to_owned(),
        description: None,
        custom_data: BTreeMap::new(),
        is_mfa_required: false,
        branding: models::Branding::default(),
        created_at: CREATED_AT,
    }
}

fn role(id: &str) -> models::OrganizationRole {
    models::OrganizationRole {
        tenant_id: TENANT_ID.to_owned(),
        id: id.to_owned(),
        name: "member".to_owned(),
        description: None,
        type_: models::OrganizationRoleType::User,
    }
}

fn scope(id: &str) -> models::OrganizationScope {
    models::OrganizationScope { tenant_id: TENANT_ID.to_owned(), id: id.to_owned(), name: "read:docs".to_owned(), description: None }
}

fn invitation(id: &str) -> models::OrganizationInvitation {
    models::OrganizationInvitation {
        tenant_id: TENANT_ID.to_owned(),
        id: id.to_owned(),
        inviter_id: None,
        invitee: "ann@example.com".to_owned(),
        accepted_user_id: None,
        organization_id: "org-1".to_owned(),
        status: models::OrganizationInvitationStatus::Pending,
        created_at: CREATED_AT,
        updated_at: CREATED_AT,
        expires_at: CREATED_AT + 86_400_000.0,
        organization_roles: Vec::new(),
    }
}

fn user(id: String, username: Option<String>) -> models::UserWithOrganizationRoles {
    models::UserWithOrganizationRoles {
        id,
        username,
        primary_email: None,
        primary_phone: None,
        name: None,
        avatar: None,
        custom_data: BTreeMap::new(),
        identities: BTreeMap::new(),
        last_sign_in_at: None,
        created_at: CREATED_AT,
        updated_at: CREATED_AT,
        profile: models::UserProfile::default(),
        application_id: None,
        is_suspended: false,
        cimd_client_id: Maybe::Absent,
        organization_roles: Vec::new(),
    }
}

impl Api for Fake {
    type Principal = String;
    type Error = Infallible;

    async fn authenticate(&self, credentials: Credentials, _: &Incoming<'_>) -> Result<String, AuthError> {
        match credentials.management_api.as_deref() {
            Some(TOKEN) => Ok(TOKEN.to_owned()),
            Some(FORBIDDEN_TOKEN) => Err(AuthError::Forbidden),
            _ => Err(AuthError::Unauthorized),
        }
    }

    async fn list_organizations(
        &self,
        principal: String,
        request: api::list_organizations::Request,
    ) -> Result<api::list_organizations::Response, Infallible> {
        let query = request.query.into_inner();
        self.record("list_organizations", principal, json!({ "query": to_json(&query) }));
        let q = query.q.unwrap_or_default();
        let featured_users =
            query.show_featured.map(|_| vec![models::FeaturedUser { id: "user-1".to_owned(), avatar: None, name: Some("Ann".to_owned()) }]);
        let organizations = page_window(query.page, query.page_size)
            .map(|n| models::OrganizationWithFeatured {
                tenant_id: TENANT_ID.to_owned(),
                id: format!("org-{n}"),
                name: format!("{q} {n}"),
                description: None,
                custom_data: BTreeMap::new(),
                is_mfa_required: false,
                branding: models::Branding::default(),
                created_at: CREATED_AT,
                users_count: featured_users.as_ref().map(|users| users.len() as f64),
                featured_users: featured_users.clone(),
            })
            .collect();
        Ok(api::list_organizations::Response::Ok(organizations, api::list_organizations::OkHeaders { total_number: Some(TOTAL_NUMBER) }))
    }

    async fn create_organization(
        &self,
        principal: String,
        request: api::create_organization::Request,
    ) -> Result<api::create_organization::Response, Infallible> {
        let body = request.body.into_inner();
        self.record("create_organization", principal, json!({ "body": to_json(&body) }));
        Ok(api::create_organization::Response::Created(models::Organization {
            tenant_id: body.tenant_id.unwrap_or_else(|| TENANT_ID.to_owned()),
            id: "org-new".to_owned(),
            name: body.name,
            description: body.description.value(),
            custom_data: body.custom_data.unwrap_or_default(),
            is_mfa_required: body.is_mfa_required.unwrap_or(false),
            branding: body.branding.unwrap_or_default(),
            created_at: body.created_at.unwrap_or(CREATED_AT),
        }))
    }

    async fn get_organization(
        &self,
        principal: String,
        request: api::get_organization::Request,
    ) -> Result<api::get_organization::Response, Infallible> {
        self.record("get_organization", principal, json!({ "path": to_json(&*request.path) }));
        Ok(api::get_organization::Response::Ok(organization(&request.path.id)))
    }

    async fn delete_organization(
        &self,
        principal: String,
        request: api::delete_organization::Request,
    ) -> Result<api::delete_organization::Response, Infallible> {
        self.record("delete_organization", principal, json!({ "path": to_json(&*request.path) }));
        Ok(api::delete_organization::Response::NoContent)
    }

    async fn update_organization(
        &self,
        principal: String,
        request: api::update_organization::Request,
    ) -> Result<api::update_organization::Response, Infallible> {
        let (path, body) = (request.path.into_inner(), request.body.into_inner());
        self.record("update_organization", principal, json!({ "path": to_json(&path), "body": to_json(&body) }));
        let mut organization = organization(&path.id);
        if let Some(name) = body.name {
            organization.name = name;
        }
        if let Some(description) = body.description.into_update() {
            organization.description = description;
        }
        if let Some(custom_data) = body.custom_data {
            organization.custom_data = custom_data;
        }
        if let Some(is_mfa_required) = body.is_mfa_required {
            organization.is_mfa_required = is_mfa_required;
        }
        if let Some(branding) = body.branding {
            organization.branding = branding;
        }
        Ok(api::update_organization::Response::Ok(organization))
    }

    async fn list_organization_users(
        &self,
        principal: String,
        request: api::list_organization_users::Request,
    ) -> Result<api::list_organization_users::Response, Infallible> {
        let (path, query) = (request.path.into_inner(), request.query.into_inner());
        self.record("list_organization_users", principal, json!({ "path": to_json(&path), "query": to_json(&query) }));
        let roles: Vec<models::OrganizationRoleEntity> =
            query.organization_role_id.into_iter().map(|id| models::OrganizationRoleEntity { id, name: "member".to_owned() }).collect();
        let users = page_window(query.page, query.page_size)
            .map(|n| {
                let mut user = user(format!("user-{n}"), query.q.as_ref().map(|q| format!("{q}-{n}")));
                user.custom_data.insert("organizationId".to_owned(), Value::from(path.id.clone()));
                user.organization_roles.clone_from(&roles);
                user
            })
            .collect();
        Ok(api::list_organization_users::Response::Ok(users, api::list_organization_users::OkHeaders { total_number: Some(TOTAL_NUMBER) }))
    }

    async fn replace_organization_users(
        &self,
        principal: String,
        request: api::replace_organization_users::Request,
    ) -> Result<api::replace_organization_users::Response, Infallible> {
        let received = json!({ "path": to_json(&*request.path), "body": to_json(&*request.body) });
        self.record("replace_organization_users", principal, received);
        Ok(api::replace_organization_users::Response::NoContent)
    }

    async fn add_organization_users(
        &self,
        principal: String,
        request: api::add_organization_users::Request,
    ) -> Result<api::add_organization_users::Response, Infallible> {
        let (path, body) = (request.path.into_inner(), request.body.into_inner());
        self.record("add_organization_users", principal, json!({ "path": to_json(&path), "body": to_json(&body) }));
        let added = models::AddOrganizationUsersResponse { user_ids: body.user_ids };
        Ok(api::add_organization_users::Response::Created(added))
    }

    async fn delete_organization_user(
        &self,
        principal: String,
        request: api::delete_organization_user::Request,
    ) -> Result<api::delete_organization_user::Response, Infallible> {
        self.record("delete_organization_user", principal, json!({ "path": to_json(&*request.path) }));
        Ok(api::delete_organization_user::Response::NoContent)
    }

    async fn assign_organization_roles_to_users(
        &self,
        principal: String,
        request: api::assign_organization_roles_to_users::Request,
    ) -> Result<api::assign_organization_roles_to_users::Response, Infallible> {
        let received = json!({ "path": to_json(&*request.path), "body": to_json(&*request.body) });
        self.record("assign_organization_roles_to_users", principal, received);
        Ok(api::assign_organization_roles_to_users::Response::Created)
    }

    async fn list_organization_user_roles(
        &self,
        principal: String,
        request: api::list_organization_user_roles::Request,
    ) -> Result<api::list_organization_user_roles::Response, Infallible> {
        let (path, query) = (request.path.into_inner(), request.query.into_inner());
        let received = json!({ "path": to_json(&path), "query": to_json(&query) });
        self.record("list_organization_user_roles", principal, received);
        let roles = page_window(query.page, query.page_size)
            .map(|n| models::OrganizationRole {
                description: Some(format!("held by {} in {}", path.user_id, path.id)),
                ..role(&format!("role-{n}"))
            })
            .collect();
        Ok(api::list_organization_user_roles::Response::Ok(
            roles,
            api::list_organization_user_roles::OkHeaders { total_number: Some(TOTAL_NUMBER) },
        ))
    }

    async fn replace_organization_user_roles(
        &self,
        principal: String,
        request: api::replace_organization_user_roles::Request,
    ) -> Result<api::replace_organization_user_roles::Response, Infallible> {
        let received = json!({ "path": to_json(&*request.path), "body": to_json(&*request.body) });
        self.record("replace_organization_user_roles", principal, received);
        Ok(api::replace_organization_user_roles::Response::NoContent)
    }

    async fn assign_organization_roles_to_user(
        &self,
        principal: String,
        request: api::assign_organization_roles_to_user::Request,
    ) -> Result<api::assign_organization_roles_to_user::Response, Infallible> {
        let (path, body) = (request.path.into_inner(), request.body.into_inner());
        let received = json!({ "path": to_json(&path), "body": to_json(&body) });
        self.record("assign_organization_roles_to_user", principal, received);
        // The names resolve to the ids of the roles so named.
        let organization_role_ids = body
            .organization_role_ids
            .unwrap_or_default()
            .into_iter()
            .chain(body.organization_role_names.unwrap_or_default().into_iter().map(|name| format!("role-{name}")))
            .collect();
        Ok(api::assign_organization_roles_to_user::Response::Created(models::AssignOrganizationRolesToUserResponse {
            organization_role_ids,
        }))
    }

    async fn delete_organization_user_role(
        &self,
        principal: String,
        request: api::delete_organization_user_role::Request,
    ) -> Result<api::delete_organization_user_role::Response, Infallible> {
        self.record("delete_organization_user_role", principal, json!({ "path": to_json(&*request.path) }));
        Ok(api::delete_organization_user_role::Response::NoContent)
    }

    async fn list_organization_user_scopes(
        &self,
        principal: String,
        request: api::list_organization_user_scopes::Request,
    ) -> Result<api::list_organization_user_scopes::Response, Infallible> {
        let path = request.path.into_inner();
        self.record("list_organization_user_scopes", principal, json!({ "path": to_json(&path) }));
        Ok(api::list_organization_user_scopes::Response::Ok(vec![models::OrganizationScope {
            description: Some(format!("granted to {} in {}", path.user_id, path.id)),
            ..scope("scope-1")
        }]))
    }

    async fn list_organization_roles(
        &self,
        principal: String,
        request: api::list_organization_roles::Request,
    ) -> Result<api::list_organization_roles::Response, Infallible> {
        let query = request.query.into_inner();
        self.record("list_organization_roles", principal, json!({ "query": to_json(&query) }));
        let q = query.q.unwrap_or_default();
        let roles = page_window(query.page, query.page_size)
            .map(|n| models::OrganizationRoleWithScopes {
                tenant_id: TENANT_ID.to_owned(),
                id: format!("role-{n}"),
                name: format!("{q}-{n}"),
                description: None,
                type_: models::OrganizationRoleType::User,
                scopes: vec![models::OrganizationScopeEntity { id: "scope-1".to_owned(), name: "read:docs".to_owned() }],
                resource_scopes: vec![models::ResourceScopeEntity {
                    id: "resource-scope-1".to_owned(),
                    name: "read".to_owned(),
                    resource: models::ResourceScopeEntityResource { id: "resource-1".to_owned(), name: "Docs API".to_owned() },
                }],
            })
            .collect();
        Ok(api::list_organization_roles::Response::Ok(roles, api::list_organization_roles::OkHeaders { total_number: Some(TOTAL_NUMBER) }))
    }

    async fn create_organization_role(
        &self,
        principal: String,
        request: api::create_organization_role::Request,
    ) -> Result<api::create_organization_role::Response, Infallible> {
        let body = request.body.into_inner();
        self.record("create_organization_role", principal, json!({ "body": to_json(&body) }));
        Ok(api::create_organization_role::Response::Created(models::OrganizationRole {
            tenant_id: body.tenant_id.unwrap_or_else(|| TENANT_ID.to_owned()),
            id: "role-new".to_owned(),
            name: body.name,
            description: body.description.value(),
            type_: body.type_.unwrap_or(models::OrganizationRoleType::User),
        }))
    }

    async fn get_organization_role(
        &self,
        principal: String,
        request: api::get_organization_role::Request,
    ) -> Result<api::get_organization_role::Response, Infallible> {
        self.record("get_organization_role", principal, json!({ "path": to_json(&*request.path) }));
        Ok(api::get_organization_role::Response::Ok(role(&request.path.id)))
    }

    async fn delete_organization_role(
        &self,
        principal: String,
        request: api::delete_organization_role::Request,
    ) -> Result<api::delete_organization_role::Response, Infallible> {
        self.record("delete_organization_role", principal, json!({ "path": to_json(&*request.path) }));
        Ok(api::delete_organization_role::Response::NoContent)
    }

    async fn update_organization_role(
        &self,
        principal: String,
        request: api::update_organization_role::Request,
    ) -> Result<api::update_organization_role::Response, Infallible> {
        let (path, body) = (request.path.into_inner(), request.body.into_inner());
        let received = json!({ "path": to_json(&path), "body": to_json(&body) });
        self.record("update_organization_role", principal, received);
        let mut role = role(&path.id);
        if let Some(name) = body.name {
            role.name = name;
        }
        if let Some(description) = body.description.into_update() {
            role.description = description;
        }
        if let Some(type_) = body.type_ {
            role.type_ = type_;
        }
        Ok(api::update_organization_role::Response::Ok(role))
    }

    async fn list_organization_role_scopes(
        &self,
        principal: String,
        request: api::list_organization_role_scopes::Request,
    ) -> Result<api::list_organization_role_scopes::Response, Infallible> {
        let (path, query) = (request.path.into_inner(), request.query.into_inner());
        let received = json!({ "path": to_json(&path), "query": to_json(&query) });
        self.record("list_organization_role_scopes", principal, received);
        let scopes = page_window(query.page, query.page_size)
            .map(|n| models::OrganizationScope { description: Some(format!("assigned to {}", path.id)), ..scope(&format!("scope-{n}")) })
            .collect();
        Ok(api::list_organization_role_scopes::Response::Ok(
            scopes,
            api::list_organization_role_scopes::OkHeaders { total_number: Some(TOTAL_NUMBER) },
        ))
    }

    async fn replace_organization_role_scopes(
        &self,
        principal: String,
        request: api::replace_organization_role_scopes::Request,
    ) -> Result<api::replace_organization_role_scopes::Response, Infallible> {
        let received = json!({ "path": to_json(&*request.path), "body": to_json(&*request.body) });
        self.record("replace_organization_role_scopes", principal, received);
        Ok(api::replace_organization_role_scopes::Response::NoContent)
    }

    async fn create_organization_role_scope(
        &self,
        principal: String,
        request: api::create_organization_role_scope::Request,
    ) -> Result<api::create_organization_role_scope::Response, Infallible> {
        let received = json!({ "path": to_json(&*request.path), "body": to_json(&*request.body) });
        self.record("create_organization_role_scope", principal, received);
        Ok(api::create_organization_role_scope::Response::Created)
    }

    async fn delete_organization_role_scope(
        &self,
        principal: String,
        request: api::delete_organization_role_scope::Request,
    ) -> Result<api::delete_organization_role_scope::Response, Infallible> {
        self.record("delete_organization_role_scope", principal, json!({ "path": to_json(&*request.path) }));
        Ok(api::delete_organization_role_scope::Response::NoContent)
    }

    async fn list_organization_scopes(
        &self,
        principal: String,
        request: api::list_organization_scopes::Request,
    ) -> Result<api::list_organization_scopes::Response, Infallible> {
        let query = request.query.into_inner();
        self.record("list_organization_scopes", principal, json!({ "query": to_json(&query) }));
        let q = query.q.unwrap_or_default();
        let scopes = page_window(query.page, query.page_size)
            .map(|n| models::OrganizationScope { name: format!("{q}:{n}"), ..scope(&format!("scope-{n}")) })
            .collect();
        Ok(api::list_organization_scopes::Response::Ok(
            scopes,
            api::list_organization_scopes::OkHeaders { total_number: Some(TOTAL_NUMBER) },
        ))
    }

    async fn create_organization_scope(
        &self,
        principal: String,
        request: api::create_organization_scope::Request,
    ) -> Result<api::create_organization_scope::Response, Infallible> {
        let body = request.body.into_inner();
        self.record("create_organization_scope", principal, json!({ "body": to_json(&body) }));
        Ok(api::create_organization_scope::Response::Created(models::OrganizationScope {
            tenant_id: body.tenant_id.unwrap_or_else(|| TENANT_ID.to_owned()),
            id: "scope-new".to_owned(),
            name: body.name,
            description: body.description.value(),
        }))
    }

    async fn get_organization_scope(
        &self,
        principal: String,
        request: api::get_organization_scope::Request,
    ) -> Result<api::get_organization_scope::Response, Infallible> {
        self.record("get_organization_scope", principal, json!({ "path": to_json(&*request.path) }));
        Ok(api::get_organization_scope::Response::Ok(scope(&request.path.id)))
    }

    async fn delete_organization_scope(
        &self,
        principal: String,
        request: api::delete_organization_scope::Request,
    ) -> Result<api::delete_organization_scope::Response, Infallible> {
        self.record("delete_organization_scope", principal, json!({ "path": to_json(&*request.path) }));
        Ok(api::delete_organization_scope::Response::NoContent)
    }

    async fn update_organization_scope(
        &self,
        principal: String,
        request: api::update_organization_scope::Request,
    ) -> Result<api::update_organization_scope::Response, Infallible> {
        let (path, body) = (request.path.into_inner(), request.body.into_inner());
        let received = json!({ "path": to_json(&path), "body": to_json(&body) });
        self.record("update_organization_scope", principal, received);
        let mut scope = scope(&path.id);
        if let Some(name) = body.name {
            scope.name = name;
        }
        if let Some(description) = body.description.into_update() {
            scope.description = description;
        }
        Ok(api::update_organization_scope::Response::Ok(scope))
    }

    async fn list_organization_invitations(
        &self,
        principal: String,
        request: api::list_organization_invitations::Request,
    ) -> Result<api::list_organization_invitations::Response, Infallible> {
        let query = request.query.into_inner();
        self.record("list_organization_invitations", principal, json!({ "query": to_json(&query) }));
        // One invitation matching every filter.
        let mut found = invitation("inv-1");
        if let Some(organization_id) = query.organization_id {
            found.organization_id = organization_id;
        }
        if let Some(invitee) = query.invitee {
            found.invitee = invitee;
        }
        found.inviter_id = query.inviter_id;
        Ok(api::list_organization_invitations::Response::Ok(vec![found]))
    }

    async fn create_organization_invitation(
        &self,
        principal: String,
        request: api::create_organization_invitation::Request,
    ) -> Result<api::create_organization_invitation::Response, Infallible> {
        let body = request.body.into_inner();
        self.record("create_organization_invitation", principal, json!({ "body": to_json(&body) }));
        let organization_roles = body
            .organization_role_ids
            .unwrap_or_default()
            .into_iter()
            .map(|id| models::OrganizationRoleEntity { name: format!("name of {id}"), id })
            .collect();
        Ok(api::create_organization_invitation::Response::Created(models::OrganizationInvitation {
            inviter_id: body.inviter_id.value(),
            invitee: body.invitee.into_string(),
            organization_id: body.organization_id,
            expires_at: body.expires_at,
            organization_roles,
            ..invitation("inv-new")
        }))
    }

    async fn get_organization_invitation(
        &self,
        principal: String,
        request: api::get_organization_invitation::Request,
    ) -> Result<api::get_organization_invitation::Response, Infallible> {
        self.record("get_organization_invitation", principal, json!({ "path": to_json(&*request.path) }));
        Ok(api::get_organization_invitation::Response::Ok(invitation(&request.path.id)))
    }

    async fn delete_organization_invitation(
        &self,
        principal: String,
        request: api::delete_organization_invitation::Request,
    ) -> Result<api::delete_organization_invitation::Response, Infallible> {
        self.record("delete_organization_invitation", principal, json!({ "path": to_json(&*request.path) }));
        Ok(api::delete_organization_invitation::Response::NoContent)
    }

    async fn replace_organization_invitation_status(
        &self,
        principal: String,
        request: api::replace_organization_invitation_status::Request,
    ) -> Result<api::replace_organization_invitation_status::Response, Infallible> {
        let (path, body) = (request.path.into_inner(), request.body.into_inner());
        let received = json!({ "path": to_json(&path), "body": to_json(&body) });
        self.record("replace_organization_invitation_status", principal, received);
        // The body's status is an enum of its own, a subset of the
        // invitation's: mapped by hand.
        let status = match body.status {
            models::ReplaceOrganizationInvitationStatusBodyStatus::Accepted => models::OrganizationInvitationStatus::Accepted,
            models::ReplaceOrganizationInvitationStatusBodyStatus::Revoked => models::OrganizationInvitationStatus::Revoked,
        };
        Ok(api::replace_organization_invitation_status::Response::Ok(models::OrganizationInvitation {
            status,
            accepted_user_id: body.accepted_user_id.value(),
            ..invitation(&path.id)
        }))
    }

    async fn create_organization_invitation_message(
        &self,
        principal: String,
        request: api::create_organization_invitation_message::Request,
    ) -> Result<api::create_organization_invitation_message::Response, Infallible> {
        let received = json!({ "path": to_json(&*request.path), "body": to_json(&*request.body) });
        self.record("create_organization_invitation_message", principal, received);
        Ok(api::create_organization_invitation_message::Response::NoContent)
    }
}

// ---------------------------------------------------------------------------
// Sending requests
// ---------------------------------------------------------------------------

/// A request with `authorization` (if any) and a JSON `body` (if any).
fn request(method: &str, uri: &str, authorization: Option<&str>, body: Option<&str>) -> Request<Body> {
    let mut builder = Request::builder().method(method).uri(uri);
    if let Some(authorization) = authorization {
        builder = builder.header(header::AUTHORIZATION, authorization);
    }
    let body = match body {
        Some(body) => {
            builder = builder.header(header::CONTENT_TYPE, "application/json");
            Body::from(body.to_owned())
        }
        None => Body::empty(),
    };
    builder.body(body).expect("the test builds well-formed requests")
}

/// A request with the token [`Fake`] accepts.
fn authorized(method: &str, uri: &str, body: Option<&str>) -> Request<Body> {
    request(method, uri, Some(&format!("Bearer {TOKEN}")), body)
}

/// `body` read as the declared model `T`: it reads, meets the declared
/// constraints and writes back to the same JSON (nothing was lost).
fn decode<T: DeserializeOwned + Serialize + Validate + Debug>(body: &Value) -> T {
    let name = std::any::type_name::<T>();
    let value: T = serde_json::from_value(body.clone()).unwrap_or_else(|error| panic!("reads as {name}: {error}\n{body}"));
    if let Err(violations) = value.validate() {
        panic!("{name} meets the declared constraints: {violations}\n{value:?}");
    }
    assert_eq!(to_json(&value), *body, "{name} writes back to the JSON it was read from");
    value
}

/// The `(pointer, keyword)` of every violation of a refusal, sorted, after
/// checking the refusal's status and problem+json shape.
fn refusal(answer: &Answer, status: StatusCode) -> Vec<(String, String)> {
    assert_eq!(answer.status, status, "{}", answer.text());
    assert_eq!(answer.header("content-type"), Some(PROBLEM_JSON));
    let problem = answer.json();
    assert_eq!(problem["status"], status.as_u16(), "{problem}");
    assert_eq!(problem["type"], "about:blank", "{problem}");
    let mut found: Vec<(String, String)> = problem["violations"]
        .as_array()
        .unwrap_or_else(|| panic!("a `violations` array: {problem}"))
        .iter()
        .map(|violation| {
            let text = |key: &str| violation[key].as_str().unwrap_or_else(|| panic!("`{key}` is a string: {violation}")).to_owned();
            (text("pointer"), text("keyword"))
        })
        .collect();
    found.sort();
    found
}

fn sorted(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut expected: Vec<(String, String)> =
        expected.iter().map(|(pointer, keyword)| ((*pointer).to_owned(), (*keyword).to_owned())).collect();
    expected.sort();
    expected
}

// ---------------------------------------------------------------------------
// One valid request per operation
// ---------------------------------------------------------------------------

/// One valid request of an operation, and what it must lead to.
struct Case {
    operation: &'static str,
    method: &'static str,
    uri: &'static str,
    body: Option<Value>,
    /// What the method receives, as JSON (`path`, `query`, `body`).
    received: Value,
    status: StatusCode,
    /// The `Total-Number` header of the answer, if it has one.
    total_number: Option<&'static str>,
    /// Checks the JSON body; `None` when the answer has no body.
    check: Option<fn(&Value)>,
}

impl Case {
    fn new(operation: &'static str, method: &'static str, uri: &'static str) -> Self {
        Self { operation, method, uri, body: None, received: Value::Null, status: StatusCode::OK, total_number: None, check: None }
    }

    fn sending(self, body: Value) -> Self {
        Self { body: Some(body), ..self }
    }

    fn receives(self, received: Value) -> Self {
        Self { received, ..self }
    }

    /// Answers `status` with a JSON body that `check` accepts.
    fn answers(self, status: StatusCode, check: fn(&Value)) -> Self {
        Self { status, check: Some(check), ..self }
    }

    /// Answers `status` without a body.
    fn answers_empty(self, status: StatusCode) -> Self {
        Self { status, check: None, ..self }
    }

    fn with_total_number(self, total_number: &'static str) -> Self {
        Self { total_number: Some(total_number), ..self }
    }

    fn request(&self, authorization: Option<&str>) -> Request<Body> {
        let body = self.body.as_ref().map(Value::to_string);
        request(self.method, self.uri, authorization, body.as_deref())
    }

    fn label(&self) -> String {
        format!("{} {} ({})", self.method, self.uri, self.operation)
    }
}

fn ids<'a>(ids: impl IntoIterator<Item = &'a String>) -> Vec<&'a str> {
    ids.into_iter().map(String::as_str).collect()
}

/// One valid request for each operation of the API, in the order of the
/// `Api` trait.
fn valid_requests() -> Vec<Case> {
    vec![
        // Organizations
        Case::new("list_organizations", "GET", "/api/organizations?q=acme&showFeatured=yes&page=2&page_size=3")
            .receives(json!({"query": {"q": "acme", "showFeatured": "yes", "page": 2, "page_size": 3}}))
            .with_total_number("57")
            .answers(StatusCode::OK, |body| {
                let organizations: Vec<models::OrganizationWithFeatured> = decode(body);
                assert_eq!(ids(organizations.iter().map(|o| &o.id)), ["org-4", "org-5", "org-6"]);
                assert_eq!(organizations[0].name, "acme 4");
                assert!(organizations.iter().all(|o| o.featured_users.as_ref().is_some_and(|users| users.len() == 1)));
            }),
        Case::new("create_organization", "POST", "/api/organizations")
            .sending(json!({"name": "Acme", "description": "Rockets", "customData": {"tier": "gold"}, "isMfaRequired": true}))
            .receives(json!({"body": {"name": "Acme", "description": "Rockets", "customData": {"tier": "gold"}, "isMfaRequired": true}}))
            .answers(StatusCode::CREATED, |body| {
                let organization: models::Organization = decode(body);
                assert_eq!(organization.name, "Acme");
                assert_eq!(organization.description.as_deref(), Some("Rockets"));
                assert_eq!(organization.custom_data["tier"], "gold");
                assert!(organization.is_mfa_required);
            }),
        Case::new("get_organization", "GET", "/api/organizations/org-1")
            .receives(json!({"path": {"id": "org-1"}}))
            .answers(StatusCode::OK, |body| assert_eq!(decode::<models::Organization>(body).id, "org-1")),
        Case::new("delete_organization", "DELETE", "/api/organizations/org-1")
            .receives(json!({"path": {"id": "org-1"}}))
            .answers_empty(StatusCode::NO_CONTENT),
        Case::new("update_organization", "PATCH", "/api/organizations/org-1")
            .sending(json!({"name": "Renamed", "description": null}))
            .receives(json!({"path": {"id": "org-1"}, "body": {"name": "Renamed", "description": null}}))
            .answers(StatusCode::OK, |body| {
                let organization: models::Organization = decode(body);
                assert_eq!((organization.id.as_str(), organization.name.as_str()), ("org-1", "Renamed"));
                assert_eq!(organization.description, None, "`null` clears the description");
            }),
        // Organization users
        Case::new("list_organization_users", "GET", "/api/organizations/org-1/users?q=ann&organizationRoleId=role-1&page_size=2")
            .receives(json!({
                "path": {"id": "org-1"},
                "query": {"q": "ann", "organizationRoleId": "role-1", "page": 1, "page_size": 2}
            }))
            .with_total_number("57")
            .answers(StatusCode::OK, |body| {
                let users: Vec<models::UserWithOrganizationRoles> = decode(body);
                assert_eq!(ids(users.iter().map(|u| &u.id)), ["user-1", "user-2"]);
                assert_eq!(users[1].username.as_deref(), Some("ann-2"));
                assert_eq!(users[0].custom_data["organizationId"], "org-1");
                assert_eq!(ids(users[0].organization_roles.iter().map(|r| &r.id)), ["role-1"]);
            }),
        Case::new("replace_organization_users", "PUT", "/api/organizations/org-1/users")
            .sending(json!({"userIds": ["user-1", "user-2"]}))
            .receives(json!({"path": {"id": "org-1"}, "body": {"userIds": ["user-1", "user-2"]}}))
            .answers_empty(StatusCode::NO_CONTENT),
        Case::new("add_organization_users", "POST", "/api/organizations/org-1/users")
            .sending(json!({"userIds": ["user-1", "user-2"]}))
            .receives(json!({"path": {"id": "org-1"}, "body": {"userIds": ["user-1", "user-2"]}}))
            .answers(StatusCode::CREATED, |body| {
                let added: models::AddOrganizationUsersResponse = decode(body);
                assert_eq!(added.user_ids, ["user-1", "user-2"]);
            }),
        Case::new("delete_organization_user", "DELETE", "/api/organizations/org-1/users/user-1")
            .receives(json!({"path": {"id": "org-1", "userId": "user-1"}}))
            .answers_empty(StatusCode::NO_CONTENT),
        Case::new("assign_organization_roles_to_users", "POST", "/api/organizations/org-1/users/roles")
            .sending(json!({"userIds": ["user-1"], "organizationRoleIds": ["role-1"]}))
            .receives(json!({"path": {"id": "org-1"}, "body": {"userIds": ["user-1"], "organizationRoleIds": ["role-1"]}}))
            .answers_empty(StatusCode::CREATED),
        Case::new("list_organization_user_roles", "GET", "/api/organizations/org-1/users/user-1/roles?page=10&page_size=6")
            .receives(json!({"path": {"id": "org-1", "userId": "user-1"}, "query": {"page": 10, "page_size": 6}}))
            .with_total_number("57")
            .answers(StatusCode::OK, |body| {
                let roles: Vec<models::OrganizationRole> = decode(body);
                // The last page: entries 55 to 57 of 57.
                assert_eq!(ids(roles.iter().map(|r| &r.id)), ["role-55", "role-56", "role-57"]);
                assert_eq!(roles[0].description.as_deref(), Some("held by user-1 in org-1"));
            }),
        Case::new("replace_organization_user_roles", "PUT", "/api/organizations/org-1/users/user-1/roles")
            .sending(json!({"organizationRoleNames": ["admin"]}))
            .receives(json!({"path": {"id": "org-1", "userId": "user-1"}, "body": {"organizationRoleNames": ["admin"]}}))
            .answers_empty(StatusCode::NO_CONTENT),
        Case::new("assign_organization_roles_to_user", "POST", "/api/organizations/org-1/users/user-1/roles")
            .sending(json!({"organizationRoleIds": ["role-1"], "organizationRoleNames": ["admin"]}))
            .receives(json!({
                "path": {"id": "org-1", "userId": "user-1"},
                "body": {"organizationRoleIds": ["role-1"], "organizationRoleNames": ["admin"]}
            }))
            .answers(StatusCode::CREATED, |body| {
                let assigned: models::AssignOrganizationRolesToUserResponse = decode(body);
                assert_eq!(assigned.organization_role_ids, ["role-1", "role-admin"]);
            }),
        Case::new("delete_organization_user_role", "DELETE", "/api/organizations/org-1/users/user-1/roles/role-1")
            .receives(json!({"path": {"id": "org-1", "userId": "user-1", "organizationRoleId": "role-1"}}))
            .answers_empty(StatusCode::NO_CONTENT),
        Case::new("list_organization_user_scopes", "GET", "/api/organizations/org-1/users/user-1/scopes")
            .receives(json!({"path": {"id": "org-1", "userId": "user-1"}}))
            .answers(StatusCode::OK, |body| {
                let scopes: Vec<models::OrganizationScope> = decode(body);
                assert_eq!(scopes.len(), 1);
                assert_eq!(scopes[0].description.as_deref(), Some("granted to user-1 in org-1"));
            }),
        // Organization roles
        Case::new("list_organization_roles", "GET", "/api/organization-roles?q=admin")
            .receives(json!({"query": {"q": "admin", "page": 1, "page_size": 20}}))
            .with_total_number("57")
            .answers(StatusCode::OK, |body| {
                let roles: Vec<models::OrganizationRoleWithScopes> = decode(body);
                assert_eq!(roles.len(), 20, "the default page size");
                assert_eq!(roles[19].name, "admin-20");
            }),
        Case::new("create_organization_role", "POST", "/api/organization-roles")
            .sending(json!({"name": "robot", "type": "MachineToMachine", "organizationScopeIds": ["scope-1"]}))
            .receives(json!({
                "body": {"name": "robot", "type": "MachineToMachine", "organizationScopeIds": ["scope-1"], "resourceScopeIds": []}
            }))
            .answers(StatusCode::CREATED, |body| {
                let role: models::OrganizationRole = decode(body);
                assert_eq!(role.name, "robot");
                assert_eq!(role.type_, models::OrganizationRoleType::MachineToMachine);
            }),
        Case::new("get_organization_role", "GET", "/api/organization-roles/role-1")
            .receives(json!({"path": {"id": "role-1"}}))
            .answers(StatusCode::OK, |body| assert_eq!(decode::<models::OrganizationRole>(body).id, "role-1")),
        Case::new("delete_organization_role", "DELETE", "/api/organization-roles/role-1")
            .receives(json!({"path": {"id": "role-1"}}))
            .answers_empty(StatusCode::NO_CONTENT),
        Case::new("update_organization_role", "PATCH", "/api/organization-roles/role-1")
            .sending(json!({"name": "owner", "description": "Owns it"}))
            .receives(json!({"path": {"id": "role-1"}, "body": {"name": "owner", "description": "Owns it"}}))
            .answers(StatusCode::OK, |body| {
                let role: models::OrganizationRole = decode(body);
                assert_eq!((role.id.as_str(), role.name.as_str()), ("role-1", "owner"));
                assert_eq!(role.description.as_deref(), Some("Owns it"));
            }),
        Case::new("list_organization_role_scopes", "GET", "/api/organization-roles/role-1/scopes?page=1&page_size=1")
            .receives(json!({"path": {"id": "role-1"}, "query": {"page": 1, "page_size": 1}}))
            .with_total_number("57")
            .answers(StatusCode::OK, |body| {
                let scopes: Vec<models::OrganizationScope> = decode(body);
                assert_eq!(ids(scopes.iter().map(|s| &s.id)), ["scope-1"]);
                assert_eq!(scopes[0].description.as_deref(), Some("assigned to role-1"));
            }),
        Case::new("replace_organization_role_scopes", "PUT", "/api/organization-roles/role-1/scopes")
            .sending(json!({"organizationScopeIds": []}))
            .receives(json!({"path": {"id": "role-1"}, "body": {"organizationScopeIds": []}}))
            .answers_empty(StatusCode::NO_CONTENT),
        Case::new("create_organization_role_scope", "POST", "/api/organization-roles/role-1/scopes")
            .sending(json!({"organizationScopeIds": ["scope-1", "scope-2"]}))
            .receives(json!({"path": {"id": "role-1"}, "body": {"organizationScopeIds": ["scope-1", "scope-2"]}}))
            .answers_empty(StatusCode::CREATED),
        Case::new("delete_organization_role_scope", "DELETE", "/api/organization-roles/role-1/scopes/scope-1")
            .receives(json!({"path": {"id": "role-1", "organizationScopeId": "scope-1"}}))
            .answers_empty(StatusCode::NO_CONTENT),
        // Organization scopes
        Case::new("list_organization_scopes", "GET", "/api/organization-scopes?q=read&page=3&page_size=5")
            .receives(json!({"query": {"q": "read", "page": 3, "page_size": 5}}))
            .with_total_number("57")
            .answers(StatusCode::OK, |body| {
                let scopes: Vec<models::OrganizationScope> = decode(body);
                assert_eq!(ids(scopes.iter().map(|s| &s.id)), ["scope-11", "scope-12", "scope-13", "scope-14", "scope-15"]);
                assert_eq!(scopes[0].name, "read:11");
            }),
        Case::new("create_organization_scope", "POST", "/api/organization-scopes")
            .sending(json!({"name": "write:docs", "description": "Write the docs"}))
            .receives(json!({"body": {"name": "write:docs", "description": "Write the docs"}}))
            .answers(StatusCode::CREATED, |body| {
                let scope: models::OrganizationScope = decode(body);
                assert_eq!(scope.name, "write:docs");
                assert_eq!(scope.description.as_deref(), Some("Write the docs"));
            }),
        Case::new("get_organization_scope", "GET", "/api/organization-scopes/scope-1")
            .receives(json!({"path": {"id": "scope-1"}}))
            .answers(StatusCode::OK, |body| assert_eq!(decode::<models::OrganizationScope>(body).id, "scope-1")),
        Case::new("delete_organization_scope", "DELETE", "/api/organization-scopes/scope-1")
            .receives(json!({"path": {"id": "scope-1"}}))
            .answers_empty(StatusCode::NO_CONTENT),
        Case::new("update_organization_scope", "PATCH", "/api/organization-scopes/scope-1")
            .sending(json!({"name": "read:all"}))
            .receives(json!({"path": {"id": "scope-1"}, "body": {"name": "read:all"}}))
            .answers(StatusCode::OK, |body| {
                let scope: models::OrganizationScope = decode(body);
                assert_eq!((scope.id.as_str(), scope.name.as_str()), ("scope-1", "read:all"));
            }),
        // Organization invitations
        Case::new(
            "list_organization_invitations",
            "GET",
            "/api/organization-invitations?organizationId=org-2&inviterId=user-1&invitee=bob%40example.com",
        )
        .receives(json!({"query": {"organizationId": "org-2", "inviterId": "user-1", "invitee": "bob@example.com"}}))
        .answers(StatusCode::OK, |body| {
            let invitations: Vec<models::OrganizationInvitation> = decode(body);
            assert_eq!(invitations.len(), 1);
            assert_eq!(invitations[0].organization_id, "org-2");
            assert_eq!(invitations[0].inviter_id.as_deref(), Some("user-1"));
            assert_eq!(invitations[0].invitee, "bob@example.com");
        }),
        Case::new("create_organization_invitation", "POST", "/api/organization-invitations")
            .sending(json!({
                "invitee": "bob@example.com",
                "organizationId": "org-2",
                "expiresAt": 1.8e12,
                "organizationRoleIds": ["role-1"],
                "messagePayload": false
            }))
            .receives(json!({"body": {
                "invitee": "bob@example.com",
                "organizationId": "org-2",
                "expiresAt": 1.8e12,
                "organizationRoleIds": ["role-1"],
                "messagePayload": false
            }}))
            .answers(StatusCode::CREATED, |body| {
                let invitation: models::OrganizationInvitation = decode(body);
                assert_eq!(invitation.invitee, "bob@example.com");
                assert_eq!(invitation.organization_id, "org-2");
                assert!((invitation.expires_at - 1.8e12).abs() < 1.0);
                assert_eq!(ids(invitation.organization_roles.iter().map(|r| &r.id)), ["role-1"]);
                assert_eq!(invitation.status, models::OrganizationInvitationStatus::Pending);
            }),
        Case::new("get_organization_invitation", "GET", "/api/organization-invitations/inv-1")
            .receives(json!({"path": {"id": "inv-1"}}))
            .answers(StatusCode::OK, |body| assert_eq!(decode::<models::OrganizationInvitation>(body).id, "inv-1")),
        Case::new("delete_organization_invitation", "DELETE", "/api/organization-invitations/inv-1")
            .receives(json!({"path": {"id": "inv-1"}}))
            .answers_empty(StatusCode::NO_CONTENT),
        Case::new("replace_organization_invitation_status", "PUT", "/api/organization-invitations/inv-1/status")
            .sending(json!({"status": "Accepted", "acceptedUserId": "user-2"}))
            .receives(json!({"path": {"id": "inv-1"}, "body": {"status": "Accepted", "acceptedUserId": "user-2"}}))
            .answers(StatusCode::OK, |body| {
                let invitation: models::OrganizationInvitation = decode(body);
                assert_eq!(invitation.id, "inv-1");
                assert_eq!(invitation.status, models::OrganizationInvitationStatus::Accepted);
                assert_eq!(invitation.accepted_user_id.as_deref(), Some("user-2"));
            }),
        // `SendMessagePayload` says `additionalProperties: true`: a property
        // it does not list reaches the method too.
        Case::new("create_organization_invitation_message", "POST", "/api/organization-invitations/inv-1/message")
            .sending(json!({"link": "https://example.com/join", "locale": "fr", "brand": "acme"}))
            .receives(json!({"path": {"id": "inv-1"}, "body": {"link": "https://example.com/join", "locale": "fr", "brand": "acme"}}))
            .answers_empty(StatusCode::NO_CONTENT),
    ]
}

// ---------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------

/// Every operation: a valid request reaches its own method with what was
/// sent, and the method's success response is written as declared.
#[tokio::test]
async fn every_operation_reaches_its_method_and_answers_as_declared() {
    // The `Api` trait has one method per operation, each taking the principal
    // (no operation is anonymous), and the router serves each one.
    assert_eq!(api::OPERATIONS.len(), OPERATION_COUNT);
    assert!(api::OPERATIONS.iter().all(|operation| !operation.is_anonymous()), "every method takes the principal");
    assert_eq!(api::routes(Fake::default()).operations().count(), OPERATION_COUNT, "one route per operation");

    let cases = valid_requests();
    assert_eq!(cases.len(), OPERATION_COUNT, "one valid request per operation");
    let fake = Fake::default();
    let router = router(fake.clone());
    let mut reached = BTreeSet::new();
    for case in &cases {
        let label = case.label();
        let answer = send(&router, case.request(Some(&format!("Bearer {TOKEN}")))).await;
        assert_eq!(answer.status, case.status, "{label}: {}", answer.text());

        let calls = fake.take_calls();
        let expected = Call { operation: case.operation, principal: TOKEN.to_owned(), received: case.received.clone() };
        assert_eq!(calls, [expected], "{label}: the method called, once, and what it received");
        reached.insert(case.operation);

        assert_eq!(answer.header("total-number"), case.total_number, "{label}: Total-Number");
        match case.check {
            Some(check) => {
                assert_eq!(answer.header("content-type"), Some("application/json"), "{label}");
                check(&answer.json());
            }
            None => {
                assert_eq!(answer.header("content-type"), None, "{label}: an empty response has no type");
                assert!(answer.raw.is_empty(), "{label}: {}", answer.text());
            }
        }
    }
    assert_eq!(reached.len(), OPERATION_COUNT, "every operation's method was reached: {reached:?}");
}

/// Every operation requires the `ManagementApi` bearer token: refused
/// without it (401 and a `Bearer` challenge), with a token `authenticate`
/// refuses (401) or does not allow (403), and its method never runs.
#[tokio::test]
async fn every_operation_refuses_requests_without_accepted_credentials() {
    // The only security requirement is the top-level one: every operation
    // inherits it.
    assert_eq!(DESCRIPTION.matches("security:").count(), 1);
    assert_eq!(DESCRIPTION.matches("\nsecurity:\n- ManagementApi: []\n").count(), 1);

    let fake = Fake::default();
    let router = router(fake.clone());
    for case in valid_requests() {
        let label = case.label();
        for authorization in [None, Some("Bearer wrong"), Some("Basic dG9rZW46"), Some("token"), Some("Bearer ")] {
            let answer = send(&router, case.request(authorization)).await;
            assert_eq!(refusal(&answer, StatusCode::UNAUTHORIZED), sorted(&[("/header/authorization", "security")]));
            assert_eq!(answer.headers("www-authenticate"), ["Bearer"], "{label} with {authorization:?}");
        }
        let answer = send(&router, case.request(Some(&format!("Bearer {FORBIDDEN_TOKEN}")))).await;
        assert_eq!(refusal(&answer, StatusCode::FORBIDDEN), [], "{label}");
        assert_eq!(answer.header("www-authenticate"), None, "{label}: a 403 has no challenge");
    }
    assert_eq!(fake.take_calls(), [], "no method ran");
}

/// Path parameters are read and checked: an empty `id` breaks `minLength`
/// (422), wherever it sits and together with the body's violations; a
/// segment that does not decode as UTF-8 does not read (400).
#[tokio::test]
async fn bad_path_parameters_are_refused() {
    let fake = Fake::default();
    let router = router(fake.clone());

    // Listing an organization's users declares 400 and no 422: a broken
    // constraint is answered with the status the operation declares.
    let answer = send(&router, authorized("GET", "/api/organizations//users", None)).await;
    assert_eq!(refusal(&answer, StatusCode::BAD_REQUEST), sorted(&[("/path/id", "minLength")]));

    let answer = send(&router, authorized("DELETE", "/api/organizations/org-1/users//roles/role-1", None)).await;
    assert_eq!(refusal(&answer, StatusCode::UNPROCESSABLE_ENTITY), sorted(&[("/path/userId", "minLength")]));

    let answer = send(&router, authorized("PUT", "/api/organizations//users", Some(r#"{"userIds": [""]}"#))).await;
    assert_eq!(refusal(&answer, StatusCode::UNPROCESSABLE_ENTITY), sorted(&[("/path/id", "minLength"), ("/body/userIds/0", "minLength")]));

    let answer = send(&router, authorized("GET", "/api/organization-scopes/%FF", None)).await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{}", answer.text());
    assert_eq!(answer.json()["violations"][0]["pointer"], "/path/id");
    assert_eq!(answer.json()["violations"][0]["keyword"], "type", "sent, but not as text: not `required`");

    assert_eq!(fake.take_calls(), [], "no method ran");
}

/// Query parameters are read and checked: one that is not an integer does
/// not read (400), one below `minimum: 1` breaks it (422 where the
/// operation declares 422, else the 400 it declares).
#[tokio::test]
async fn bad_query_parameters_are_refused() {
    let fake = Fake::default();
    let router = router(fake.clone());

    let answer = send(&router, authorized("GET", "/api/organization-roles?page=x&page_size=2.5", None)).await;
    assert_eq!(refusal(&answer, StatusCode::BAD_REQUEST), sorted(&[("/query/page", "type"), ("/query/page_size", "type")]));

    let answer = send(&router, authorized("GET", "/api/organization-scopes?page=0&page_size=0", None)).await;
    assert_eq!(refusal(&answer, StatusCode::BAD_REQUEST), sorted(&[("/query/page", "minimum"), ("/query/page_size", "minimum")]));

    let answer = send(&router, authorized("GET", "/api/organizations/org-1/users/user-1/roles?page_size=-1", None)).await;
    assert_eq!(refusal(&answer, StatusCode::UNPROCESSABLE_ENTITY), sorted(&[("/query/page_size", "minimum")]));

    assert_eq!(fake.take_calls(), [], "no method ran");
}

/// A body that does not read as the declared model is 400, naming every
/// place that does not read.
#[tokio::test]
async fn unreadable_bodies_are_400_at_every_pointer() {
    let fake = Fake::default();
    let router = router(fake.clone());

    let answer = send(&router, authorized("POST", "/api/organization-scopes", Some(r#"{"name": 12, "description": 3}"#))).await;
    assert_eq!(refusal(&answer, StatusCode::BAD_REQUEST), sorted(&[("/body/name", "type"), ("/body/description", "type")]));

    let body = r#"{"invitee": "not an email", "organizationId": "org-1", "expiresAt": "tomorrow"}"#;
    let answer = send(&router, authorized("POST", "/api/organization-invitations", Some(body))).await;
    assert_eq!(refusal(&answer, StatusCode::BAD_REQUEST), sorted(&[("/body/invitee", "format"), ("/body/expiresAt", "type")]));

    let answer = send(&router, authorized("PUT", "/api/organization-invitations/inv-1/status", Some(r#"{"status": "Pending"}"#))).await;
    assert_eq!(refusal(&answer, StatusCode::BAD_REQUEST), sorted(&[("/body/status", "enum")]));

    let answer = send(&router, authorized("POST", "/api/organization-roles/role-1/scopes", Some("{}"))).await;
    assert_eq!(refusal(&answer, StatusCode::BAD_REQUEST), sorted(&[("/body/organizationScopeIds", "required")]));

    let answer = send(&router, authorized("POST", "/api/organization-roles", Some("{"))).await;
    assert_eq!(refusal(&answer, StatusCode::BAD_REQUEST), sorted(&[("/body", "type")]));

    let answer = send(&router, authorized("PATCH", "/api/organizations/org-1", None)).await;
    assert_eq!(refusal(&answer, StatusCode::BAD_REQUEST), sorted(&[("/body", "required")]));

    assert_eq!(fake.take_calls(), [], "no method ran");
}

/// A body that reads but breaks the declared constraints is 422, naming
/// every constraint broken.
#[tokio::test]
async fn bodies_breaking_constraints_are_422_at_every_pointer() {
    let fake = Fake::default();
    let router = router(fake.clone());

    let body = json!({"userIds": [], "organizationRoleIds": ["role-1", ""]}).to_string();
    let answer = send(&router, authorized("POST", "/api/organizations/org-1/users/roles", Some(&body))).await;
    assert_eq!(
        refusal(&answer, StatusCode::UNPROCESSABLE_ENTITY),
        sorted(&[("/body/userIds", "minItems"), ("/body/organizationRoleIds/1", "minLength")])
    );

    let body = json!({
        "inviterId": "i".repeat(129),
        "invitee": "bob@example.com",
        "organizationId": "o".repeat(22),
        "expiresAt": 1.8e12,
        "messagePayload": true
    })
    .to_string();
    let answer = send(&router, authorized("POST", "/api/organization-invitations", Some(&body))).await;
    assert_eq!(
        refusal(&answer, StatusCode::UNPROCESSABLE_ENTITY),
        sorted(&[("/body/inviterId", "maxLength"), ("/body/organizationId", "maxLength"), ("/body/messagePayload", "enum")])
    );

    let body = json!({"tenantId": "t".repeat(22), "id": "", "name": "n".repeat(129), "description": "d".repeat(257)});
    let answer = send(&router, authorized("PATCH", "/api/organization-roles/role-1", Some(&body.to_string()))).await;
    assert_eq!(
        refusal(&answer, StatusCode::UNPROCESSABLE_ENTITY),
        sorted(&[
            ("/body/tenantId", "maxLength"),
            ("/body/id", "minLength"),
            ("/body/name", "maxLength"),
            ("/body/description", "maxLength"),
        ])
    );

    assert_eq!(fake.take_calls(), [], "no method ran");
}

/// A path no operation has is 404; a method the path does not take is 405
/// with `Allow` listing the ones it does.
#[tokio::test]
async fn unknown_paths_are_404_and_wrong_methods_405_with_allow() {
    let fake = Fake::default();
    let router = router(fake.clone());

    for uri in ["/api/organization", "/api/organizations/org-1/members", "/api/organization-roles/role-1/scopes/scope-1/more"] {
        let answer = send(&router, authorized("GET", uri, None)).await;
        assert_eq!(answer.status, StatusCode::NOT_FOUND, "{uri}");
    }

    let wrong_methods: [(&str, &str, &[&str]); 5] = [
        ("PATCH", "/api/organizations/org-1/users", &["GET", "HEAD", "POST", "PUT"]),
        ("DELETE", "/api/organization-invitations", &["GET", "HEAD", "POST"]),
        ("GET", "/api/organizations/org-1/users/user-1", &["DELETE"]),
        ("PUT", "/api/organization-invitations/inv-1/message", &["POST"]),
        ("POST", "/api/organization-scopes/scope-1", &["DELETE", "GET", "HEAD", "PATCH"]),
    ];
    for (method, uri, allowed) in wrong_methods {
        let answer = send(&router, authorized(method, uri, None)).await;
        assert_eq!(answer.status, StatusCode::METHOD_NOT_ALLOWED, "{method} {uri}");
        let allow = answer.header("allow").unwrap_or_else(|| panic!("{method} {uri}: an Allow header"));
        let allow: BTreeSet<&str> = allow.split(',').map(str::trim).collect();
        assert_eq!(allow, allowed.iter().copied().collect(), "{method} {uri}");
    }

    assert_eq!(fake.take_calls(), [], "no method ran");
}
