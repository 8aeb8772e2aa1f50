//! Every operation of the Trieve API (`specs/trieve.yaml`) driven through the
//! generated router (`trieve_orgs::server::router`) with `Fake`, a test
//! implementation of every method of `trieve_orgs::server::Api`.
//!
//! What it proves:
//! - a valid request to each operation reaches its method with its path,
//!   query and `TR-Organization` header parameters and its body, read and
//!   checked, and `authenticate` is told the operation, whose scopes
//!   (`Incoming::scopes`: Trieve's roles) are those it declares; the method's
//!   answer goes out with the declared status, `application/json` and a body
//!   that reads back as the declared model (no `Content-Type` and no body for
//!   204s); the table covers exactly as many operations as
//!   `trieve_orgs::server::OPERATIONS` lists (one method of the `Api` trait
//!   each);
//! - every operation requires the `ApiKey` scheme: without a key, with a key
//!   nobody issued, or with a key of somebody without rights, the request is
//!   refused (401, 401, 403, in the `ErrorResponseBody` Trieve declares for
//!   them: `{"message": ...}`) and no method runs;
//! - bad input of each kind (path parameter, `TR-Organization` header, query
//!   parameter, unreadable body, body breaking a constraint) is refused with
//!   the declared 400's `{"message": ...}`, with `violations` beside it naming
//!   each violation's pointer, before any method runs; unknown paths are 404 and wrong methods 405 with
//!   `Allow`.
//!
//! The Trieve document declares no response headers, so there are none to
//! check. Its `ApiKey` scheme is an API key in `Authorization`, which has no
//! HTTP authentication scheme: the generated router's 401s carry no
//! `WWW-Authenticate` challenge (see `requests_without_accepted_credentials_never_reach_a_method`).

mod common;

use common::{Answer, moment, read_as, send};
use std::collections::BTreeSet;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use oapi_axum_runtime::axum::body::Body;
use oapi_axum_runtime::axum::http::{Request, StatusCode, header};
use oapi_axum_runtime::{AuthError, Incoming, Maybe};
use serde_json::{Value, json};
use trieve_orgs::models;
use trieve_orgs::server::{self as api, Api, Credentials, OPERATIONS, router};
use uuid::Uuid;

/// The one API key `Fake::authenticate` accepts.
const KEY: &str = "tr-key-of-the-test";
/// A key nobody issued: 401.
const UNKNOWN_KEY: &str = "tr-key-nobody-issued";
/// The key of somebody known but allowed nothing: 403.
const POWERLESS_KEY: &str = "tr-key-of-a-member-without-rights";

/// The organization named by the `TR-Organization` header.
const ORG: Uuid = Uuid::from_u128(0x0000_0001_0000_4000_8000_0000_0000_0001);
/// The organization named in paths: not the header's, so echoes tell them apart.
const PATH_ORG: Uuid = Uuid::from_u128(0x0000_0002_0000_4000_8000_0000_0000_0002);
const INVITATION: Uuid = Uuid::from_u128(0x0000_0003_0000_4000_8000_0000_0000_0003);
const API_KEY_ID: Uuid = Uuid::from_u128(0x0000_0004_0000_4000_8000_0000_0000_0004);
const USER: Uuid = Uuid::from_u128(0x0000_0005_0000_4000_8000_0000_0000_0005);
/// The id `Fake` gives the organization it creates.
const CREATED_ORG: Uuid = Uuid::from_u128(0x0000_0006_0000_4000_8000_0000_0000_0006);

/// A test implementation of every operation: it answers each with its main
/// success response, built from the request, and records what it saw.
#[derive(Debug, Clone, Default)]
struct Fake {
    /// How many times a method (not `authenticate`) ran.
    calls: Arc<AtomicUsize>,
    /// One line per method call: the operation and the parameters and body
    /// parts it received (the only witness for the 204 answers).
    seen: Arc<Mutex<Vec<String>>>,
    /// The scopes of the operation `authenticate` was told of, one entry per
    /// call.
    scopes: Arc<Mutex<Vec<Vec<&'static str>>>>,
}

impl Fake {
    fn saw(&self, line: String) {
        self.calls.fetch_add(1, Ordering::SeqCst);
        self.seen.lock().unwrap_or_else(PoisonError::into_inner).push(line);
    }

    fn calls(&self) -> usize {
        self.calls.load(Ordering::SeqCst)
    }

    fn take_seen(&self) -> Vec<String> {
        std::mem::take(&mut *self.seen.lock().unwrap_or_else(PoisonError::into_inner))
    }

    fn take_scopes(&self) -> Vec<Vec<&'static str>> {
        std::mem::take(&mut *self.scopes.lock().unwrap_or_else(PoisonError::into_inner))
    }
}

fn organization(id: Uuid, name: String, partner_configuration: Value) -> models::Organization {
    models::Organization {
        created_at: moment(),
        deleted: 0,
        id,
        name,
        partner_configuration,
        registerable: Maybe::Value(true),
        updated_at: moment(),
    }
}

impl Api for Fake {
    type Principal = ();
    type Error = std::convert::Infallible;

    async fn authenticate(&self, credentials: Credentials, request: &Incoming<'_>) -> Result<(), AuthError> {
        self.scopes.lock().unwrap_or_else(PoisonError::into_inner).push(request.scopes());
        match credentials.api_key.as_deref() {
            Some(KEY) => Ok(()),
            Some(POWERLESS_KEY) => Err(AuthError::Forbidden),
            _ => Err(AuthError::Unauthorized),
        }
    }

    async fn post_invitation(&self, _: (), request: api::post_invitation::Request) -> Result<api::post_invitation::Response, Self::Error> {
        let invitation = &request.body;
        self.saw(format!(
            "post_invitation org={} email={} role={}",
            request.headers.tr_organization, invitation.email, invitation.user_role
        ));
        Ok(api::post_invitation::Response::NoContent)
    }

    async fn delete_invitation(
        &self,
        _: (),
        request: api::delete_invitation::Request,
    ) -> Result<api::delete_invitation::Response, Self::Error> {
        self.saw(format!("delete_invitation org={} invitation={}", request.headers.tr_organization, request.path.invitation_id));
        Ok(api::delete_invitation::Response::NoContent)
    }

    async fn get_invitations(&self, _: (), request: api::get_invitations::Request) -> Result<api::get_invitations::Response, Self::Error> {
        let organization_id = request.path.organization_id;
        self.saw(format!("get_invitations org={} organization={organization_id}", request.headers.tr_organization));
        Ok(api::get_invitations::Response::Ok(vec![models::Invitation {
            created_at: moment(),
            email: "invitee@example.com".to_owned(),
            id: INVITATION,
            organization_id,
            role: 1,
            scopes: Maybe::Absent,
            updated_at: moment(),
            used: false,
        }]))
    }

    async fn update_organization(
        &self,
        _: (),
        request: api::update_organization::Request,
    ) -> Result<api::update_organization::Response, Self::Error> {
        let id = request.headers.tr_organization;
        self.saw(format!("update_organization org={id}"));
        let update = request.body.into_inner();
        let name = update.name.value().unwrap_or_else(|| "Unchanged".to_owned());
        let partner_configuration = update.partner_configuration.value().unwrap_or_else(|| json!({}));
        Ok(api::update_organization::Response::Ok(organization(id, name, partner_configuration)))
    }

    async fn create_organization(
        &self,
        _: (),
        request: api::create_organization::Request,
    ) -> Result<api::create_organization::Response, Self::Error> {
        let name = request.body.into_inner().name;
        self.saw(format!("create_organization name={name}"));
        Ok(api::create_organization::Response::Ok(organization(CREATED_ORG, name, json!({}))))
    }

    async fn get_organization_api_keys(
        &self,
        _: (),
        request: api::get_organization_api_keys::Request,
    ) -> Result<api::get_organization_api_keys::Response, Self::Error> {
        let organization_id = request.headers.tr_organization;
        let cursor = request.query.cursor.clone().value().unwrap_or_default();
        let limit = request.query.limit.value().unwrap_or(10);
        self.saw(format!("get_organization_api_keys org={organization_id} cursor={cursor} limit={limit}"));
        // One key per place the page asks for, named after the cursor.
        let keys = (0..limit)
            .map(|i| models::ApiKeyRespBody {
                created_at: moment(),
                dataset_ids: Maybe::Absent,
                id: Uuid::from_u128(API_KEY_ID.as_u128() + u128::from(i.unsigned_abs())),
                name: format!("{cursor}/{i}"),
                organization_id,
                organization_ids: Maybe::Absent,
                role: 0,
                updated_at: moment(),
            })
            .collect();
        Ok(api::get_organization_api_keys::Response::Ok(keys))
    }

    async fn create_organization_api_key(
        &self,
        _: (),
        request: api::create_organization_api_key::Request,
    ) -> Result<api::create_organization_api_key::Response, Self::Error> {
        let organization_id = request.headers.tr_organization;
        let wanted = &request.body;
        let page_size = wanted.default_params.as_ref().value().and_then(|p| p.page_size.value());
        self.saw(format!(
            "create_organization_api_key org={organization_id} name={} role={} page_size={page_size:?}",
            wanted.name, wanted.role
        ));
        Ok(api::create_organization_api_key::Response::Ok(models::CreateApiKeyResponse {
            api_key: format!("tr-{}-{}-{organization_id}", wanted.name, wanted.role),
        }))
    }

    async fn delete_organization_api_key(
        &self,
        _: (),
        request: api::delete_organization_api_key::Request,
    ) -> Result<api::delete_organization_api_key::Response, Self::Error> {
        self.saw(format!("delete_organization_api_key org={} api_key={}", request.headers.tr_organization, request.path.api_key_id));
        Ok(api::delete_organization_api_key::Response::NoContent)
    }

    async fn update_all_org_dataset_configs(
        &self,
        _: (),
        request: api::update_all_org_dataset_configs::Request,
    ) -> Result<api::update_all_org_dataset_configs::Response, Self::Error> {
        self.saw(format!("update_all_org_dataset_configs org={} to={}", request.headers.tr_organization, request.body.to_configuration));
        Ok(api::update_all_org_dataset_configs::Response::NoContent)
    }

    async fn get_organization_usage(
        &self,
        _: (),
        request: api::get_organization_usage::Request,
    ) -> Result<api::get_organization_usage::Response, Self::Error> {
        let v1_usage = request.body.v1_usage.value();
        self.saw(format!(
            "get_organization_usage org={} organization={} v1_usage={v1_usage:?}",
            request.headers.tr_organization, request.path.organization_id
        ));
        Ok(api::get_organization_usage::Response::Ok(models::ExtendedOrganizationUsageCount {
            bytes_ingested: 2048,
            chunk_count: 30,
            current_months_message_count: 4,
            dataset_count: 2,
            events_ingested: 5,
            file_storage: 1024,
            message_count: 7,
            message_tokens: 700,
            ocr_pages_ingested: 0,
            search_count: 9,
            search_tokens: 90,
            tokens_ingested: 3000,
            user_count: 1,
            website_pages_scraped: 0,
        }))
    }

    async fn get_organization_users(
        &self,
        _: (),
        request: api::get_organization_users::Request,
    ) -> Result<api::get_organization_users::Response, Self::Error> {
        let organization_id = request.path.organization_id;
        self.saw(format!("get_organization_users org={} organization={organization_id}", request.headers.tr_organization));
        Ok(api::get_organization_users::Response::Ok(vec![models::SlimUser {
            created_at: moment(),
            email: "member@example.com".to_owned(),
            id: USER,
            name: Maybe::Value("Member".to_owned()),
            orgs: vec![organization(organization_id, "Members' organization".to_owned(), json!({}))],
            user_orgs: vec![models::UserOrganization {
                created_at: moment(),
                id: Uuid::from_u128(USER.as_u128() + 1),
                organization_id,
                role: 0,
                scopes: Maybe::Absent,
                updated_at: moment(),
                user_id: USER,
            }],
        }]))
    }

    async fn get_organization(
        &self,
        _: (),
        request: api::get_organization::Request,
    ) -> Result<api::get_organization::Response, Self::Error> {
        let organization_id = request.path.organization_id;
        self.saw(format!("get_organization org={} organization={organization_id}", request.headers.tr_organization));
        let plan = models::TrievePlanFlat {
            amount: 0,
            chunk_count: 1000,
            created_at: moment(),
            dataset_count: 1,
            file_storage: 512,
            id: Uuid::from_u128(organization_id.as_u128() + 1),
            message_count: 1000,
            messages_per_month: Maybe::Absent,
            name: "Free".to_owned(),
            stripe_id: "plan_free".to_owned(),
            updated_at: moment(),
            user_count: 5,
            visible: true,
            type_: models::TrievePlanFlatType::Flat,
        };
        Ok(api::get_organization::Response::Ok(models::OrganizationWithSubAndPlan {
            organization: organization(organization_id, "Fetched".to_owned(), json!({})),
            plan: Maybe::Value(models::TrievePlan::Flat(Box::new(plan))),
            subscription: Maybe::Absent,
        }))
    }

    async fn delete_organization(
        &self,
        _: (),
        request: api::delete_organization::Request,
    ) -> Result<api::delete_organization::Response, Self::Error> {
        self.saw(format!("delete_organization org={} organization={}", request.headers.tr_organization, request.path.organization_id));
        Ok(api::delete_organization::Response::NoContent)
    }

    async fn update_user(&self, _: (), request: api::update_user::Request) -> Result<api::update_user::Response, Self::Error> {
        let update = &request.body;
        self.saw(format!(
            "update_user org={} user={:?} role={:?}",
            request.headers.tr_organization,
            update.user_id.value(),
            update.role.value()
        ));
        Ok(api::update_user::Response::NoContent)
    }
}

/// A request with the key `key`, `TR-Organization: ORG` when `organization`,
/// and a JSON body when there is one.
fn request(method: &str, uri: &str, key: Option<&str>, organization: bool, body: Option<&Value>) -> Request<Body> {
    let mut builder = Request::builder().method(method).uri(uri);
    if let Some(key) = key {
        builder = builder.header(header::AUTHORIZATION, key);
    }
    if organization {
        builder = builder.header("TR-Organization", ORG.to_string());
    }
    let body = match body {
        Some(body) => {
            builder = builder.header(header::CONTENT_TYPE, "application/json");
            Body::from(body.to_string())
        }
        None => Body::empty(),
    };
    builder.body(body).expect("method, URI and headers of the test are valid")
}

/// One valid request per operation, and what it must be answered.
struct Case {
    /// The operation (the method of `Api`) the request is for.
    operation: &'static str,
    method: &'static str,
    uri: String,
    /// Whether to send `TR-Organization: ORG`.
    organization: bool,
    body: Option<Value>,
    /// The scopes (Trieve's roles) the operation declares.
    scopes: &'static [&'static str],
    status: StatusCode,
    /// The line the method records: what reached it.
    seen: String,
    /// Checks of the JSON body, which must read as the declared model;
    /// `None`: the answer has no body.
    check: Option<fn(&Value)>,
}

fn cases() -> Vec<Case> {
    vec![
        Case {
            operation: "post_invitation",
            method: "POST",
            uri: "/api/invitation".to_owned(),
            organization: true,
            body: Some(json!({
                "email": "ada@example.com",
                "app_url": "https://dashboard.example.com",
                "redirect_uri": "https://dashboard.example.com/welcome",
                "user_role": 1
            })),
            scopes: &["admin"],
            status: StatusCode::NO_CONTENT,
            seen: format!("post_invitation org={ORG} email=ada@example.com role=1"),
            check: None,
        },
        Case {
            operation: "delete_invitation",
            method: "DELETE",
            uri: format!("/api/invitation/{INVITATION}"),
            organization: true,
            body: None,
            scopes: &["admin"],
            status: StatusCode::NO_CONTENT,
            seen: format!("delete_invitation org={ORG} invitation={INVITATION}"),
            check: None,
        },
        Case {
            operation: "get_invitations",
            method: "GET",
            uri: format!("/api/invitations/{PATH_ORG}"),
            organization: true,
            body: None,
            scopes: &["readonly"],
            status: StatusCode::OK,
            seen: format!("get_invitations org={ORG} organization={PATH_ORG}"),
            check: Some(|body| {
                let invitations: Vec<models::Invitation> = read_as(body);
                assert_eq!(invitations.len(), 1, "{body}");
                assert_eq!(invitations[0].organization_id, PATH_ORG, "the path's organization");
            }),
        },
        Case {
            operation: "update_organization",
            method: "PUT",
            uri: "/api/organization".to_owned(),
            organization: true,
            body: Some(json!({"name": "Renamed", "partner_configuration": {"COMPANY_NAME": "Renamed Inc"}})),
            scopes: &["owner"],
            status: StatusCode::OK,
            seen: format!("update_organization org={ORG}"),
            check: Some(|body| {
                let organization: models::Organization = read_as(body);
                assert_eq!(organization.id, ORG, "the TR-Organization header's organization");
                assert_eq!(organization.name, "Renamed");
                assert_eq!(organization.partner_configuration, json!({"COMPANY_NAME": "Renamed Inc"}));
            }),
        },
        Case {
            operation: "create_organization",
            method: "POST",
            uri: "/api/organization".to_owned(),
            // The only operation that does not take `TR-Organization`.
            organization: false,
            body: Some(json!({"name": "Acme"})),
            scopes: &["readonly"],
            status: StatusCode::OK,
            seen: "create_organization name=Acme".to_owned(),
            check: Some(|body| {
                let organization: models::Organization = read_as(body);
                assert_eq!((organization.id, organization.name.as_str()), (CREATED_ORG, "Acme"));
            }),
        },
        Case {
            operation: "get_organization_api_keys",
            method: "GET",
            uri: "/api/organization/api_key?cursor=after-7&limit=2".to_owned(),
            organization: true,
            body: None,
            scopes: &["readonly"],
            status: StatusCode::OK,
            seen: format!("get_organization_api_keys org={ORG} cursor=after-7 limit=2"),
            check: Some(|body| {
                let keys: Vec<models::ApiKeyRespBody> = read_as(body);
                let names: Vec<&str> = keys.iter().map(|k| k.name.as_str()).collect();
                assert_eq!(names, ["after-7/0", "after-7/1"], "as many as `limit`, named after `cursor`");
                assert!(keys.iter().all(|k| k.organization_id == ORG), "{body}");
            }),
        },
        Case {
            operation: "create_organization_api_key",
            method: "POST",
            uri: "/api/organization/api_key".to_owned(),
            organization: true,
            body: Some(json!({"name": "ci", "role": 0, "default_params": {"page_size": 20}})),
            scopes: &["readonly"],
            status: StatusCode::OK,
            seen: format!("create_organization_api_key org={ORG} name=ci role=0 page_size=Some(20)"),
            check: Some(|body| {
                let created: models::CreateApiKeyResponse = read_as(body);
                assert_eq!(created.api_key, format!("tr-ci-0-{ORG}"));
            }),
        },
        Case {
            operation: "delete_organization_api_key",
            method: "DELETE",
            uri: format!("/api/organization/api_key/{API_KEY_ID}"),
            organization: true,
            body: None,
            scopes: &["readonly"],
            status: StatusCode::NO_CONTENT,
            seen: format!("delete_organization_api_key org={ORG} api_key={API_KEY_ID}"),
            check: None,
        },
        Case {
            operation: "update_all_org_dataset_configs",
            method: "POST",
            uri: "/api/organization/update_dataset_configs".to_owned(),
            organization: true,
            body: Some(json!({"to_configuration": {"LOCKED": true}})),
            scopes: &["owner"],
            status: StatusCode::NO_CONTENT,
            seen: format!("update_all_org_dataset_configs org={ORG} to={{\"LOCKED\":true}}"),
            check: None,
        },
        Case {
            operation: "get_organization_usage",
            method: "POST",
            uri: format!("/api/organization/usage/{PATH_ORG}"),
            organization: true,
            body: Some(json!({"v1_usage": true, "date_range": {"gte": "2024-01-01 00:00:00"}})),
            scopes: &["admin"],
            status: StatusCode::OK,
            seen: format!("get_organization_usage org={ORG} organization={PATH_ORG} v1_usage=Some(true)"),
            check: Some(|body| {
                let usage: models::ExtendedOrganizationUsageCount = read_as(body);
                assert_eq!((usage.dataset_count, usage.user_count), (2, 1));
            }),
        },
        Case {
            operation: "get_organization_users",
            method: "GET",
            uri: format!("/api/organization/users/{PATH_ORG}"),
            organization: true,
            body: None,
            scopes: &["admin"],
            status: StatusCode::OK,
            seen: format!("get_organization_users org={ORG} organization={PATH_ORG}"),
            check: Some(|body| {
                let users: Vec<models::SlimUser> = read_as(body);
                assert_eq!(users.len(), 1, "{body}");
                assert_eq!(users[0].orgs[0].id, PATH_ORG, "the path's organization");
                assert_eq!(users[0].user_orgs[0].organization_id, PATH_ORG);
            }),
        },
        Case {
            operation: "get_organization",
            method: "GET",
            uri: format!("/api/organization/{PATH_ORG}"),
            organization: true,
            body: None,
            scopes: &["admin"],
            status: StatusCode::OK,
            seen: format!("get_organization org={ORG} organization={PATH_ORG}"),
            check: Some(|body| {
                let found: models::OrganizationWithSubAndPlan = read_as(body);
                assert_eq!(found.organization.id, PATH_ORG, "the path's organization");
                assert!(matches!(found.plan, Maybe::Value(models::TrievePlan::Flat(_))), "{body}");
                assert_eq!(body["plan"]["type"], "flat", "the discriminator is written");
                assert!(body.get("subscription").is_none(), "absent stays absent: {body}");
            }),
        },
        Case {
            operation: "delete_organization",
            method: "DELETE",
            uri: format!("/api/organization/{PATH_ORG}"),
            organization: true,
            body: None,
            scopes: &["admin"],
            status: StatusCode::NO_CONTENT,
            seen: format!("delete_organization org={ORG} organization={PATH_ORG}"),
            check: None,
        },
        Case {
            operation: "update_user",
            method: "PUT",
            uri: "/api/user".to_owned(),
            organization: true,
            body: Some(json!({"user_id": USER, "role": 2})),
            scopes: &["readonly"],
            status: StatusCode::NO_CONTENT,
            seen: format!("update_user org={ORG} user=Some({USER}) role=Some(2)"),
            check: None,
        },
    ]
}

/// How many operations the generated server has, each a method of the
/// `Api` trait: the length of its `OPERATIONS`.
fn operations_of_the_server() -> usize {
    OPERATIONS.len()
}

/// How many operations the API description has.
fn operations_of_the_document() -> usize {
    const SPEC: &str = include_str!("../../../specs/trieve.yaml");
    SPEC.lines().filter(|line| line.trim_start().starts_with("operationId:")).count()
}

#[tokio::test]
async fn every_operation_answers_its_success_response_built_from_the_request() {
    let fake = Fake::default();
    let app = router(fake.clone());
    let cases = cases();
    let mut covered = BTreeSet::new();
    for case in &cases {
        let what = format!("{} {} ({})", case.method, case.uri, case.operation);
        let answer = send(&app, request(case.method, &case.uri, Some(KEY), case.organization, case.body.as_ref())).await;
        assert_eq!(answer.status, case.status, "{what}: {}", answer.body);
        assert_eq!(fake.take_seen(), std::slice::from_ref(&case.seen), "{what}: what reached the method");
        assert_eq!(fake.take_scopes(), [case.scopes], "{what}: the scopes `authenticate` is asked for");
        match case.check {
            Some(check) => {
                assert_eq!(answer.content_type.as_deref(), Some("application/json"), "{what}");
                check(&answer.body);
            }
            None => {
                assert_eq!(answer.content_type, None, "{what}: an empty answer has no media type");
                assert!(answer.raw.is_empty(), "{what}: no body");
            }
        }
        let operation = case.seen.split(' ').next().expect("a line starts with its operation");
        assert_eq!(operation, case.operation, "{what}: the request reached its own method");
        assert!(covered.insert(case.operation), "{what}: one case per operation");
    }
    assert_eq!(fake.calls(), cases.len(), "each request ran exactly one method");
    assert_eq!(covered.len(), operations_of_the_server(), "every method of the `Api` trait is driven");
    assert_eq!(operations_of_the_server(), operations_of_the_document(), "one method per operation");
    assert_eq!(covered.len(), 14);
}

#[tokio::test]
async fn requests_without_accepted_credentials_never_reach_a_method() {
    let fake = Fake::default();
    let app = router(fake.clone());
    let cases = cases();
    // Every Trieve operation requires the `ApiKey` scheme.
    assert_eq!(cases.len(), operations_of_the_server());
    for case in &cases {
        let what = format!("{} {} ({})", case.method, case.uri, case.operation);
        let send_with = |key| send(&app, request(case.method, &case.uri, key, case.organization, case.body.as_ref()));

        let answer = send_with(None).await;
        assert_eq!(answer.status, StatusCode::UNAUTHORIZED, "{what}: no key");
        assert_eq!(answer.content_type.as_deref(), Some("application/json"), "{what}");
        assert_eq!(answer.body["message"], "/header/authorization: no credentials the API accepts for this operation", "{what}");
        assert_eq!(answer.body["violations"][0]["pointer"], "/header/authorization", "{what}");
        // An API key in `Authorization` is no HTTP authentication scheme: the
        // router sends no challenge (RFC 9110 wants one with every 401).
        assert_eq!(answer.challenge, None, "{what}");
        assert!(fake.take_scopes().is_empty(), "{what}: without a key, `authenticate` is not asked");

        let answer = send_with(Some(UNKNOWN_KEY)).await;
        assert_eq!(answer.status, StatusCode::UNAUTHORIZED, "{what}: a key nobody issued");
        assert_eq!(answer.content_type.as_deref(), Some("application/json"), "{what}");

        let answer = send_with(Some(POWERLESS_KEY)).await;
        assert_eq!(answer.status, StatusCode::FORBIDDEN, "{what}: a key allowed nothing");
        assert_eq!(answer.content_type.as_deref(), Some("application/json"), "{what}");
        assert_eq!(answer.body, json!({"message": "Not allowed"}), "{what}");
        assert_eq!(fake.take_scopes(), [case.scopes, case.scopes], "{what}: `authenticate` refused both keys");
    }
    assert_eq!(fake.calls(), 0, "no refused request reached a method");
    assert!(fake.take_seen().is_empty());
}

/// The `(pointer, keyword)` of each violation of a refusal in Trieve's
/// `ErrorResponseBody` (`violations` beside its `message`), after checking
/// its media type and message.
fn violations(answer: &Answer) -> Vec<(String, String)> {
    assert_eq!(answer.content_type.as_deref(), Some("application/json"), "{}", answer.body);
    assert!(answer.body["message"].is_string(), "{}", answer.body);
    answer.body["violations"]
        .as_array()
        .unwrap_or_else(|| panic!("a refusal lists its violations: {}", answer.body))
        .iter()
        .map(|v| {
            let text = |member: &str| v[member].as_str().unwrap_or_else(|| panic!("a violation has a {member}: {v}"));
            (text("pointer").to_owned(), text("keyword").to_owned())
        })
        .collect()
}

fn found(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs.iter().map(|(pointer, keyword)| ((*pointer).to_owned(), (*keyword).to_owned())).collect()
}

#[tokio::test]
async fn a_path_parameter_that_is_not_a_uuid_is_refused() {
    let fake = Fake::default();
    let app = router(fake.clone());
    let answer = send(&app, request("DELETE", "/api/invitation/not-a-uuid", Some(KEY), true, None)).await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{}", answer.body);
    assert_eq!(violations(&answer), found(&[("/path/invitation_id", "format")]));
    assert_eq!(fake.calls(), 0);
}

#[tokio::test]
async fn a_missing_or_bad_tr_organization_header_is_refused() {
    let fake = Fake::default();
    let app = router(fake.clone());
    let uri = format!("/api/organization/{PATH_ORG}");

    let answer = send(&app, request("GET", &uri, Some(KEY), false, None)).await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{}", answer.body);
    assert_eq!(violations(&answer), found(&[("/header/TR-Organization", "required")]));

    let bad = Request::builder()
        .method("GET")
        .uri(&uri)
        .header(header::AUTHORIZATION, KEY)
        .header("TR-Organization", "acme")
        .body(Body::empty())
        .expect("a valid request");
    let answer = send(&app, bad).await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{}", answer.body);
    assert_eq!(violations(&answer), found(&[("/header/TR-Organization", "format")]));
    assert_eq!(fake.calls(), 0);
}

#[tokio::test]
async fn a_query_parameter_that_is_not_an_integer_is_refused() {
    let fake = Fake::default();
    let app = router(fake.clone());
    let answer = send(&app, request("GET", "/api/organization/api_key?limit=many", Some(KEY), true, None)).await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{}", answer.body);
    assert_eq!(violations(&answer), found(&[("/query/limit", "type")]));
    assert_eq!(fake.calls(), 0);
}

#[tokio::test]
async fn an_unreadable_body_is_refused_with_every_place_it_does_not_read() {
    let fake = Fake::default();
    let app = router(fake.clone());

    let not_json = Request::builder()
        .method("POST")
        .uri("/api/organization")
        .header(header::AUTHORIZATION, KEY)
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from("{\"name\": "))
        .expect("a valid request");
    let answer = send(&app, not_json).await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{}", answer.body);
    assert_eq!(violations(&answer), found(&[("/body", "type")]));

    let body = json!({"email": 7, "app_url": "https://dashboard.example.com", "user_role": "admin"});
    let answer = send(&app, request("POST", "/api/invitation", Some(KEY), true, Some(&body))).await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{}", answer.body);
    assert_eq!(violations(&answer), found(&[("/body/email", "type"), ("/body/redirect_uri", "required"), ("/body/user_role", "type")]));
    assert_eq!(fake.calls(), 0);
}

/// Trieve declares 400 for every refusal and never 422, so a broken
/// constraint is answered with 400 too (the document's status), still with
/// every pointer.
#[tokio::test]
async fn a_body_breaking_a_constraint_is_the_declared_400_with_its_pointer() {
    let fake = Fake::default();
    let app = router(fake.clone());
    let body = json!({
        "name": "ci",
        "role": 0,
        "default_params": {"page_size": -1, "typo_options": {"one_typo_word_range": {"min": -5}}}
    });
    let answer = send(&app, request("POST", "/api/organization/api_key", Some(KEY), true, Some(&body))).await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{}", answer.body);
    assert_eq!(answer.body["message"], "2 problems; see `violations`");
    assert_eq!(
        violations(&answer),
        found(&[("/body/default_params/page_size", "minimum"), ("/body/default_params/typo_options/one_typo_word_range/min", "minimum"),])
    );
    assert_eq!(fake.calls(), 0);
}

#[tokio::test]
async fn unknown_paths_are_404_and_wrong_methods_405_with_allow() {
    let fake = Fake::default();
    let app = router(fake.clone());

    let answer = send(&app, request("GET", "/api/organisation", Some(KEY), true, None)).await;
    assert_eq!(answer.status, StatusCode::NOT_FOUND);

    let answer = send(&app, request("PATCH", "/api/organization", Some(KEY), true, None)).await;
    assert_eq!(answer.status, StatusCode::METHOD_NOT_ALLOWED);
    let allow = answer.allow.expect("a 405 says what is allowed");
    let mut allowed: Vec<&str> = allow.split(',').map(str::trim).collect();
    allowed.sort_unstable();
    assert_eq!(allowed, ["POST", "PUT"]);

    let answer = send(&app, request("PUT", &format!("/api/organization/{PATH_ORG}"), Some(KEY), true, None)).await;
    assert_eq!(answer.status, StatusCode::METHOD_NOT_ALLOWED);
    let allow = answer.allow.expect("a 405 says what is allowed");
    let mut allowed: Vec<&str> = allow.split(',').map(str::trim).collect();
    allowed.sort_unstable();
    assert_eq!(allowed, ["DELETE", "GET", "HEAD"], "axum answers HEAD wherever GET is routed");
    assert_eq!(fake.calls(), 0);
}
