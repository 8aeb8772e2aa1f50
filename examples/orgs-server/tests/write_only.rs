//! Issue 7: `writeOnly` properties never appear in a response, through the
//! reference server: ZenML's `UserRead.password` (the only `writeOnly`
//! property of the four documents) is absent from every answer of every
//! ZenML operation, refusals included, even when a client sends passwords
//! in its requests. The API has no way to set a user's password (users are
//! made with `orgs-server key zenml <USERNAME>`), so the requests try to
//! smuggle one in where a body is read.

mod common;

use std::sync::Arc;

use oapi_axum_runtime::axum::Router;
use orgs_server::store::Store;
use serde_json::{Value, json};

const SECRET: &str = "hunter2";

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

/// Sends the request and checks its answer: no `password` key anywhere in
/// its JSON, and not the secret. Returns status and body.
async fn checked(app: &Router, token: &str, method: &str, uri: &str, body: Option<Value>) -> (u16, Value) {
    let bearer = format!("Bearer {token}");
    let (status, bytes) = common::send(app, method, uri, &[("authorization", &bearer)], body.as_ref()).await;
    let text = String::from_utf8_lossy(&bytes);
    assert!(!text.contains(SECRET), "{method} {uri}: {status} {text}");
    let value: Value = if bytes.is_empty() { Value::Null } else { serde_json::from_slice(&bytes).expect("a JSON body") };
    let mut all = Vec::new();
    keys(&value, &mut all);
    assert!(!all.iter().any(|k| k.eq_ignore_ascii_case("password")), "{method} {uri}: {status} {text}");
    (status, value)
}

#[tokio::test]
async fn no_zenml_answer_has_a_password() {
    let store = Arc::new(Store::open(None).expect("an in-memory database"));
    let keys = orgs_server::bootstrap(&store).expect("the first start");
    let admin = keys.iter().find(|(what, _)| what.contains("ZenML")).map(|(_, k)| k.clone()).expect("the ZenML key");
    let grace = orgs_server::create_key(&store, "zenml", &["grace".to_owned()]).expect("a user");
    let app = orgs_server::app(store);

    // Passwords sent with what is created and changed (unknown properties
    // are ignored, and must stay so).
    let smuggled = json!({"password": SECRET, "owner": {"password": SECRET}});
    let mut create = json!({"name": "acme", "description": "Rockets"});
    create.as_object_mut().expect("an object").extend(smuggled.as_object().expect("an object").clone());
    let (status, acme) = checked(&app, &admin, "POST", "/organizations", Some(create)).await;
    assert_eq!(status, 200, "{acme}");
    let acme_id = acme["id"].as_str().expect("an id").to_owned();
    // The owner is in the answer, without a password.
    assert_eq!(acme["owner"]["username"], "admin");
    let (status, graces) = checked(&app, &grace, "POST", "/organizations", Some(json!({"name": "grace-org", "password": SECRET}))).await;
    assert_eq!(status, 200, "{graces}");
    let grace_id = graces["id"].as_str().expect("an id").to_owned();

    // Every operation, both users, successes and refusals.
    let mut answered = Vec::new();
    for token in [&admin, &grace] {
        for (method, uri, body) in [
            ("GET", "/organizations".to_owned(), None),
            ("GET", "/organizations?owner_username=admin&limit=5".to_owned(), None),
            ("GET", format!("/organizations/{acme_id}"), None),
            ("GET", "/organizations/acme".to_owned(), None),
            ("GET", format!("/organizations/{grace_id}?include_subscription_status=true"), None),
            ("GET", "/organizations/nothing".to_owned(), None),
            ("PATCH", format!("/organizations/{acme_id}"), Some(json!({"description": "Anvils", "password": SECRET}))),
            ("PATCH", format!("/organizations/{grace_id}"), Some(json!({"name": 5, "password": SECRET}))),
            ("POST", "/organizations".to_owned(), Some(json!({"name": "second", "password": SECRET}))),
            ("POST", "/organizations".to_owned(), Some(json!({"password": SECRET}))),
            ("POST", "/organizations".to_owned(), Some(json!(SECRET))),
        ] {
            let (status, body) = checked(&app, token, method, &uri, body).await;
            answered.push((method, uri, status, body));
        }
    }
    // What was checked includes organizations with their owners: lists,
    // single ones, an update.
    let owners = answered.iter().filter(|(_, _, status, body)| *status == 200 && body.to_string().contains("\"owner\"")).count();
    assert!(owners >= 8, "{answered:?}");
    assert!(answered.iter().any(|(method, _, status, _)| *method == "PATCH" && *status == 200), "{answered:?}");
    assert!(answered.iter().any(|(_, _, status, _)| *status == 422), "a refusal is checked too: {answered:?}");
    // And the one left: deleting.
    let (status, _) = checked(&app, &grace, "DELETE", &format!("/organizations/{grace_id}"), None).await;
    assert_eq!(status, 204);
}
