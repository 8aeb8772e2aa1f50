//! Issue 7: `writeOnly` properties never appear in a response. ZenML's
//! `UserRead.password` (the only one of the four documents) is read from
//! requests and held, but every way a response is written leaves it out:
//! serde, the generated response enums of every ZenML operation that
//! answers with a `UserRead` inside (`OrganizationRead.owner`).

use oapi_axum_runtime::Maybe;
use oapi_axum_runtime::axum::body::to_bytes;
use oapi_axum_runtime::axum::response::IntoResponse;
use serde_json::{Value, json};
use zenml_orgs::models::{OrganizationRead, UserRead};
use zenml_orgs::server as api;

const SECRET: &str = "hunter2";

/// An organization whose owner has a password, read as a request would be.
fn organization() -> OrganizationRead {
    let mut organization: OrganizationRead = serde_json::from_value(json!({
        "name": "acme",
        "id": "123e4567-e89b-12d3-a456-426614174000",
        "created": "2025-07-19T14:26:05.721Z",
        "updated": "2025-07-19T14:26:05.721Z",
        "owner": {
            "id": "223e4567-e89b-12d3-a456-426614174000",
            "username": "grace",
            "is_active": true,
            "password": SECRET,
        },
    }))
    .expect("an OrganizationRead reads");
    // A write-only property is read (a client may send it) ...
    assert_eq!(organization.owner.password, Maybe::Value(SECRET.to_owned()));
    // ... and an implementation may well hold one.
    organization.owner.password = Maybe::Value(SECRET.to_owned());
    organization
}

/// Every key of `value`, at any depth.
fn keys(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, value) in map {
                out.push(key.clone());
                keys(value, out);
            }
        }
        Value::Array(items) => items.iter().for_each(|item| keys(item, out)),
        _ => {}
    }
}

fn assert_no_password(what: &str, text: &str) {
    assert!(!text.contains("password\""), "{what} has a password key: {text}");
    assert!(!text.contains(SECRET), "{what} has the password: {text}");
    let value: Value = serde_json::from_str(text).unwrap_or_else(|e| panic!("{what} is JSON: {e}"));
    let mut all = Vec::new();
    keys(&value, &mut all);
    assert!(all.iter().any(|k| k == "owner" || k == "username"), "{what} is what was meant: {text}");
    assert!(!all.iter().any(|k| k == "password"), "{what}: {all:?}");
}

#[test]
fn serde_never_writes_the_password() {
    let organization = organization();
    assert_no_password("an OrganizationRead", &serde_json::to_string(&organization).expect("it writes"));
    assert_no_password("a pretty OrganizationRead", &serde_json::to_string_pretty(&organization).expect("it writes"));
    assert_no_password("a UserRead", &serde_json::to_string::<UserRead>(&organization.owner).expect("it writes"));
    assert_no_password("a list", &serde_json::to_string(&vec![organization.clone(), organization.clone()]).expect("it writes"));
    let value = serde_json::to_value(&organization).expect("it becomes a value");
    assert_no_password("a JSON value", &value.to_string());
    // `password_expired`, which is not write-only, is written.
    let mut expired = organization;
    expired.owner.password_expired = Maybe::Value(true);
    let text = serde_json::to_string(&expired).expect("it writes");
    assert!(text.contains("\"password_expired\":true"), "{text}");
}

async fn body_of(response: impl IntoResponse) -> String {
    let response = response.into_response();
    let bytes = to_bytes(response.into_body(), usize::MAX).await.expect("a body");
    String::from_utf8(bytes.to_vec()).expect("UTF-8")
}

#[tokio::test]
async fn no_response_of_the_zenml_api_writes_the_password() {
    let organization = organization();
    assert_no_password("GET /organizations", &body_of(api::list_organizations_endpoint::Response::Ok(vec![organization.clone()])).await);
    assert_no_password("POST /organizations", &body_of(api::create_organization_endpoint::Response::Ok(organization.clone())).await);
    let found = api::get_organization_endpoint_organizations_organization_id_or_name_get::Response::Ok(organization.clone());
    assert_no_password("GET /organizations/{id}", &body_of(found).await);
    assert_no_password("PATCH /organizations/{id}", &body_of(api::update_organization_endpoint::Response::Ok(organization)).await);
}
