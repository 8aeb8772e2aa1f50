//! Trieve's organizations over HTTP, with `curl`: the create request of
//! the vendor's documentation, then every operation (organizations, API
//! keys, invitations, members and their roles, usage, dataset
//! configurations); membership and roles; what the database holds; a
//! second user who sees nothing of the first's organization; a delete
//! that takes everything of the organization with it; and a restart that
//! keeps the rest.

mod common;

use std::path::Path;
use std::process::Command;

use common::{Reply, Server, curl, database};
use rusqlite::{Connection, ToSql};
use serde_json::{Value, json};

/// The database, opened beside the running server.
fn open(db: &Path) -> Connection {
    Connection::open(db).expect("the database opens")
}

fn count(db: &Path, sql: &str, params: &[&dyn ToSql]) -> i64 {
    open(db).query_row(sql, params, |row| row.get(0)).unwrap_or_else(|e| panic!("{sql}: {e}"))
}

fn text(db: &Path, sql: &str, params: &[&dyn ToSql]) -> Option<String> {
    open(db).query_row(sql, params, |row| row.get(0)).unwrap_or_else(|e| panic!("{sql}: {e}"))
}

/// `orgs-server --db DB key trieve ARGS...`: the key, or the message.
fn key_command(db: &Path, args: &[&str]) -> Result<String, String> {
    let output = Command::new(env!("CARGO_BIN_EXE_orgs-server"))
        .arg("--db")
        .arg(db)
        .args(["key", "trieve"])
        .args(args)
        .output()
        .expect("the key command runs");
    if output.status.success() {
        Ok(String::from_utf8_lossy(&output.stdout).trim().to_owned())
    } else {
        Err(String::from_utf8_lossy(&output.stderr).trim().to_owned())
    }
}

/// A request as `key` in the organization `org` (none: no `TR-Organization`).
fn call(method: &str, url: &str, key: &str, org: Option<&str>, body: Option<Value>) -> Reply {
    let mut headers = vec![("Authorization", key)];
    if let Some(org) = org {
        headers.push(("TR-Organization", org));
    }
    let body = body.map(|b| b.to_string());
    curl(method, url, &headers, body.as_deref())
}

fn id(reply: &Reply) -> String {
    reply.body["id"].as_str().unwrap_or_else(|| panic!("an id in {}", reply.body)).to_owned()
}

#[test]
fn trieve_organizations_over_http_survive_a_restart() {
    let db = database("trieve");
    let server = Server::start(&db);
    let admin = server.key("Trieve API key of user `admin`");
    let base = format!("{}/api", server.base);
    let organization_url = format!("{base}/organization");

    // Refused without a key, or with one nobody issued.
    assert_eq!(curl("POST", &organization_url, &[], Some(r#"{"name": "Trieve"}"#)).status, 401);
    assert_eq!(curl("POST", &organization_url, &[("Authorization", "tr-nobody")], Some(r#"{"name": "Trieve"}"#)).status, 401);

    // The request of the documentation page: `POST /api/organization`, the
    // key in `Authorization`, a `CreateOrganizationReqPayload` body (its
    // one property, `name`; the value is the name of the page's example).
    let created = curl("POST", &organization_url, &[("Authorization", &admin)], Some(r#"{"name": "Trieve"}"#));
    assert_eq!(created.status, 200, "{}", created.body);
    // The declared response: an `Organization`, every required property.
    let organization: trieve_orgs::models::Organization =
        serde_json::from_value(created.body.clone()).expect("the body is an Organization");
    for required in ["id", "name", "created_at", "updated_at", "deleted", "partner_configuration"] {
        assert!(created.body.get(required).is_some(), "{required} in {}", created.body);
    }
    assert_eq!(organization.name, "Trieve");
    assert_eq!(organization.deleted, 0);
    assert_eq!(created.body["registerable"], true);
    assert_eq!(created.body["partner_configuration"], json!({}));
    let trieve = organization.id.to_string();
    // Stored, and its creator owns it.
    assert_eq!(text(&db, "SELECT name FROM trieve_organizations WHERE id = ?1", &[&trieve]).as_deref(), Some("Trieve"));
    assert_eq!(
        count(
            &db,
            "SELECT m.role FROM trieve_user_organizations m JOIN trieve_users u ON u.id = m.user_id
             WHERE u.email = 'admin@localhost' AND m.organization_id = ?1",
            &[&trieve]
        ),
        2
    );

    // Names are unique (the declared error: 400 with a message); a name is needed.
    let taken = call("POST", &organization_url, &admin, None, Some(json!({"name": "Trieve"})));
    assert_eq!(taken.status, 400);
    assert!(taken.body["message"].as_str().is_some_and(|m| m.contains("already exists")), "{}", taken.body);
    assert_eq!(call("POST", &organization_url, &admin, None, Some(json!({"name": "  "}))).status, 400);
    // The body is checked: `name` is required.
    assert_eq!(call("POST", &organization_url, &admin, None, Some(json!({}))).status, 400);
    let acme_reply = call("POST", &organization_url, &admin, None, Some(json!({"name": "Acme"})));
    assert_eq!(acme_reply.status, 200);
    let acme = id(&acme_reply);

    // Get: the organization of the header; no plan, no subscription.
    let org_url = |org: &str| format!("{organization_url}/{org}");
    let got = call("GET", &org_url(&trieve), &admin, Some(&trieve), None);
    assert_eq!(got.status, 200, "{}", got.body);
    serde_json::from_value::<trieve_orgs::models::OrganizationWithSubAndPlan>(got.body.clone()).expect("the declared body");
    assert_eq!(got.body["organization"]["name"], "Trieve");
    assert_eq!(got.body["plan"], Value::Null);
    // Another organization than the header's is not found; no header is refused.
    assert_eq!(call("GET", &org_url(&acme), &admin, Some(&trieve), None).status, 404);
    assert_eq!(call("GET", &org_url(&trieve), &admin, None, None).status, 400);
    assert_eq!(call("GET", &org_url("not-a-uuid"), &admin, Some(&trieve), None).status, 400);

    // Update (owner): name and partner configuration; names stay unique.
    let updated = call(
        "PUT",
        &organization_url,
        &admin,
        Some(&trieve),
        Some(json!({"name": "Trieve Labs", "partner_configuration": {"COMPANY_NAME": "Trieve"}})),
    );
    assert_eq!(updated.status, 200, "{}", updated.body);
    assert_eq!((updated.body["name"].as_str(), updated.body["id"].as_str()), (Some("Trieve Labs"), Some(trieve.as_str())));
    assert_eq!(updated.body["partner_configuration"]["COMPANY_NAME"], "Trieve");
    let kept = call("PUT", &organization_url, &admin, Some(&trieve), Some(json!({})));
    assert_eq!((kept.status, kept.body["name"].as_str()), (200, Some("Trieve Labs")));
    assert_eq!(kept.body["partner_configuration"]["COMPANY_NAME"], "Trieve", "absent leaves it");
    assert_eq!(call("PUT", &organization_url, &admin, Some(&trieve), Some(json!({"name": "Acme"}))).status, 400);
    assert_eq!(text(&db, "SELECT name FROM trieve_organizations WHERE id = ?1", &[&trieve]).as_deref(), Some("Trieve Labs"));
    assert_eq!(
        text(&db, "SELECT partner_configuration FROM trieve_organizations WHERE id = ?1", &[&trieve]).as_deref(),
        Some(r#"{"COMPANY_NAME":"Trieve"}"#)
    );

    // Organization API keys: made with a role up to the caller's, stored
    // hashed, and they work for later requests, in their organization only.
    let keys_url = format!("{organization_url}/api_key");
    let made = call("POST", &keys_url, &admin, Some(&trieve), Some(json!({"name": "ci", "role": 1, "dataset_ids": []})));
    assert_eq!(made.status, 200, "{}", made.body);
    let ci_key = made.body["api_key"].as_str().expect("the key").to_owned();
    let made = call("POST", &keys_url, &admin, Some(&trieve), Some(json!({"name": "reader", "role": 0})));
    let read_key = made.body["api_key"].as_str().expect("the key").to_owned();
    assert_eq!(count(&db, "SELECT COUNT(*) FROM trieve_api_keys WHERE organization_id = ?1", &[&trieve]), 2);
    assert_eq!(count(&db, "SELECT COUNT(*) FROM api_keys WHERE digest = ?1 OR digest = ?2", &[&ci_key, &read_key]), 0, "hashed");
    assert_eq!(count(&db, "SELECT COUNT(*) FROM api_keys WHERE api = 'trieve' AND subject LIKE 'key:%'", &[]), 2);
    assert_eq!(call("GET", &org_url(&trieve), &ci_key, Some(&trieve), None).status, 200);
    assert_eq!(call("GET", &org_url(&acme), &ci_key, Some(&acme), None).status, 401, "another organization");
    assert_eq!(call("GET", &org_url(&trieve), &read_key, Some(&trieve), None).status, 403, "get needs an admin");
    assert_eq!(call("POST", &organization_url, &ci_key, None, Some(json!({"name": "Keyed"}))).status, 403, "a key is no user");
    // A role above the caller's is not given; roles are 0 to 2.
    assert_eq!(call("POST", &keys_url, &ci_key, Some(&trieve), Some(json!({"name": "up", "role": 2}))).status, 400);
    assert_eq!(call("POST", &keys_url, &admin, Some(&trieve), Some(json!({"name": "bad", "role": 7}))).status, 400);
    let expired =
        call("POST", &keys_url, &admin, Some(&trieve), Some(json!({"name": "old", "role": 1, "expires_at": "2001-01-01 00:00:00.000"})));
    let expired_key = expired.body["api_key"].as_str().expect("the key").to_owned();
    assert_eq!(call("GET", &keys_url, &expired_key, Some(&trieve), None).status, 401, "expired");
    // Listed without secrets, in pages.
    let listed = call("GET", &keys_url, &read_key, Some(&trieve), None);
    assert_eq!(listed.status, 200, "{}", listed.body);
    let keys = listed.body.as_array().expect("a list");
    let names: Vec<&str> = keys.iter().filter_map(|k| k["name"].as_str()).collect();
    assert_eq!(names, ["ci", "reader", "old"]);
    assert!(keys.iter().all(|k| k.get("api_key").is_none() && k["organization_id"] == trieve.as_str()));
    assert_eq!(keys[0]["role"], 1);
    serde_json::from_value::<Vec<trieve_orgs::models::ApiKeyRespBody>>(listed.body.clone()).expect("the declared body");
    let reader_id = keys[1]["id"].as_str().expect("an id").to_owned();
    let old_id = keys[2]["id"].as_str().expect("an id").to_owned();
    let page = call("GET", &format!("{keys_url}?limit=1&cursor={reader_id}"), &admin, Some(&trieve), None);
    assert_eq!(page.body.as_array().map(|k| k.iter().filter_map(|k| k["name"].as_str()).collect::<Vec<_>>()), Some(vec!["reader"]));
    assert_eq!(call("GET", &format!("{keys_url}?limit=0"), &admin, Some(&trieve), None).status, 400);
    // Deleted: the key stops working, its digest is gone; a reader does
    // not revoke an admin's key; another organization's key is not found.
    let ci_id = keys[0]["id"].as_str().expect("an id").to_owned();
    assert_eq!(call("DELETE", &format!("{keys_url}/{ci_id}"), &read_key, Some(&trieve), None).status, 403);
    assert_eq!(call("DELETE", &format!("{keys_url}/{old_id}"), &admin, Some(&trieve), None).status, 204);
    assert_eq!(call("DELETE", &format!("{keys_url}/{reader_id}"), &read_key, Some(&trieve), None).status, 204);
    assert_eq!(call("GET", &keys_url, &read_key, Some(&trieve), None).status, 401, "revoked");
    assert_eq!(call("DELETE", &format!("{keys_url}/{reader_id}"), &admin, Some(&trieve), None).status, 400);
    assert_eq!(count(&db, "SELECT COUNT(*) FROM trieve_api_keys WHERE id IN (?1, ?2)", &[&reader_id, &old_id]), 0);
    assert_eq!(count(&db, "SELECT COUNT(*) FROM api_keys WHERE subject IN ('key:' || ?1, 'key:' || ?2)", &[&reader_id, &old_id]), 0);

    // A second user, made with the key command, sees nothing of it.
    assert!(key_command(&db, &["not-an-email"]).is_err());
    assert!(key_command(&db, &[]).is_err());
    assert_eq!(count(&db, "SELECT COUNT(*) FROM trieve_users", &[]), 1, "refused arguments write nothing");
    let grace = key_command(&db, &["grace@example.com", "Grace"]).expect("a key for grace");
    let users_url = |org: &str| format!("{organization_url}/users/{org}");
    let usage_url = |org: &str| format!("{organization_url}/usage/{org}");
    let invitations_url = |org: &str| format!("{base}/invitations/{org}");
    let refused = [
        call("GET", &org_url(&trieve), &grace, Some(&trieve), None),
        call("GET", &users_url(&trieve), &grace, Some(&trieve), None),
        call("POST", &usage_url(&trieve), &grace, Some(&trieve), Some(json!({}))),
        call("GET", &invitations_url(&trieve), &grace, Some(&trieve), None),
        call("GET", &keys_url, &grace, Some(&trieve), None),
        call("POST", &keys_url, &grace, Some(&trieve), Some(json!({"name": "mine", "role": 0}))),
        call("PUT", &organization_url, &grace, Some(&trieve), Some(json!({"name": "Mine"}))),
        call("DELETE", &org_url(&trieve), &grace, Some(&trieve), None),
        call("PUT", &format!("{base}/user"), &grace, Some(&trieve), Some(json!({"role": 2}))),
    ];
    for reply in &refused {
        assert_eq!(reply.status, 401, "{}", reply.body);
        assert!(!reply.body.to_string().contains("Trieve Labs"));
    }
    let graces_reply = call("POST", &organization_url, &grace, None, Some(json!({"name": "Grace Org"})));
    assert_eq!(graces_reply.status, 200);
    let grace_org = id(&graces_reply);
    // Her own organization in the header does not open another one.
    assert_eq!(call("GET", &org_url(&trieve), &grace, Some(&grace_org), None).status, 404);
    assert_eq!(call("GET", &users_url(&trieve), &grace, Some(&grace_org), None).status, 403);
    assert_eq!(call("DELETE", &org_url(&trieve), &grace, Some(&grace_org), None).status, 403);
    assert_eq!(call("GET", &invitations_url(&trieve), &grace, Some(&grace_org), None).status, 403);
    assert_eq!(count(&db, "SELECT COUNT(*) FROM trieve_organizations", &[]), 3);

    // Invitations (admin): a user who exists joins at once with the role;
    // others when they sign up.
    let invitation_url = format!("{base}/invitation");
    let invite = |email: &str, role: i32| json!({"email": email, "user_role": role, "app_url": "https://dashboard.trieve.ai", "redirect_uri": "https://dashboard.trieve.ai"});
    let sent = call("POST", &invitation_url, &admin, Some(&trieve), Some(invite("grace@example.com", 0)));
    assert_eq!(sent.status, 204, "{}", sent.body);
    assert_eq!(
        count(
            &db,
            "SELECT m.role FROM trieve_user_organizations m JOIN trieve_users u ON u.id = m.user_id
             WHERE u.email = 'grace@example.com' AND m.organization_id = ?1",
            &[&trieve]
        ),
        0
    );
    assert_eq!(call("POST", &invitation_url, &admin, Some(&trieve), Some(invite("grace@example.com", 0))).status, 400, "a member");
    assert_eq!(call("POST", &invitation_url, &admin, Some(&trieve), Some(invite("new@example.com", 1))).status, 204);
    assert_eq!(call("POST", &invitation_url, &admin, Some(&trieve), Some(invite("new@example.com", 1))).status, 400, "invited");
    assert_eq!(call("POST", &invitation_url, &admin, Some(&trieve), Some(invite("nobody", 0))).status, 400, "no email");
    assert_eq!(call("POST", &invitation_url, &grace, Some(&trieve), Some(invite("eve@example.com", 0))).status, 403, "a user");
    assert_eq!(count(&db, "SELECT COUNT(*) FROM trieve_invitations WHERE organization_id = ?1", &[&trieve]), 2);
    // Listed (readonly: a member with role user may).
    let invitations = call("GET", &invitations_url(&trieve), &grace, Some(&trieve), None);
    assert_eq!(invitations.status, 200, "{}", invitations.body);
    serde_json::from_value::<Vec<trieve_orgs::models::Invitation>>(invitations.body.clone()).expect("the declared body");
    let list = invitations.body.as_array().expect("a list");
    assert_eq!(list.len(), 2);
    assert_eq!(
        (list[0]["email"].as_str(), list[0]["used"].as_bool(), list[0]["role"].as_i64()),
        (Some("grace@example.com"), Some(true), Some(0))
    );
    assert_eq!(
        (list[1]["email"].as_str(), list[1]["used"].as_bool(), list[1]["role"].as_i64()),
        (Some("new@example.com"), Some(false), Some(1))
    );
    let grace_invitation = list[0]["id"].as_str().expect("an id").to_owned();
    // Signing up takes the invitation.
    let newcomer = key_command(&db, &["new@example.com"]).expect("a key for the newcomer");
    let invitations = call("GET", &invitations_url(&trieve), &admin, Some(&trieve), None);
    assert_eq!(invitations.body[1]["used"], true);
    assert_eq!(call("GET", &org_url(&trieve), &newcomer, Some(&trieve), None).status, 200, "an admin now");
    // Deleted (admin), in the header's organization only.
    assert_eq!(call("DELETE", &format!("{invitation_url}/{grace_invitation}"), &grace, Some(&trieve), None).status, 403);
    assert_eq!(call("DELETE", &format!("{invitation_url}/{grace_invitation}"), &grace, Some(&grace_org), None).status, 400);
    assert_eq!(call("DELETE", &format!("{invitation_url}/{grace_invitation}"), &admin, Some(&trieve), None).status, 204);
    assert_eq!(call("DELETE", &format!("{invitation_url}/{grace_invitation}"), &admin, Some(&trieve), None).status, 400);
    assert_eq!(count(&db, "SELECT COUNT(*) FROM trieve_invitations WHERE id = ?1", &[&grace_invitation]), 0);

    // Members (admin), with their role in this organization only.
    let users = call("GET", &users_url(&trieve), &admin, Some(&trieve), None);
    assert_eq!(users.status, 200, "{}", users.body);
    serde_json::from_value::<Vec<trieve_orgs::models::SlimUser>>(users.body.clone()).expect("the declared body");
    let members: Vec<(&str, i64)> = users
        .body
        .as_array()
        .expect("a list")
        .iter()
        .map(|u| (u["email"].as_str().unwrap_or_default(), u["user_orgs"][0]["role"].as_i64().unwrap_or(-1)))
        .collect();
    assert_eq!(members, [("admin@localhost", 2), ("grace@example.com", 0), ("new@example.com", 1)]);
    assert!(!users.body.to_string().contains("Grace Org"), "her other organization is hers");
    assert_eq!(call("GET", &users_url(&trieve), &grace, Some(&trieve), None).status, 403);

    // Roles (PUT /api/user): nobody raises themselves; an admin or owner
    // changes others up to their own role; an organization keeps an owner.
    let user_url = format!("{base}/user");
    let grace_id = text(&db, "SELECT id FROM trieve_users WHERE email = 'grace@example.com'", &[]).expect("grace");
    let admin_id = text(&db, "SELECT id FROM trieve_users WHERE email = 'admin@localhost'", &[]).expect("admin");
    let role_of = |user: &str| {
        count(&db, "SELECT role FROM trieve_user_organizations WHERE user_id = ?1 AND organization_id = ?2", &[&user, &trieve])
    };
    assert_eq!(call("PUT", &user_url, &grace, Some(&trieve), Some(json!({"role": 1}))).status, 403);
    assert_eq!(call("PUT", &user_url, &grace, Some(&trieve), Some(json!({"user_id": admin_id, "role": 0}))).status, 403);
    assert_eq!(call("PUT", &user_url, &newcomer, Some(&trieve), Some(json!({"user_id": admin_id, "role": 0}))).status, 403);
    assert_eq!(call("PUT", &user_url, &newcomer, Some(&trieve), Some(json!({"user_id": grace_id, "role": 2}))).status, 403);
    assert_eq!(call("PUT", &user_url, &admin, Some(&trieve), Some(json!({"user_id": grace_id, "role": 1}))).status, 204);
    assert_eq!(role_of(&grace_id), 1);
    assert_eq!(call("PUT", &user_url, &grace, Some(&trieve), Some(json!({"scopes": ["GET /api/organization"]}))).status, 204);
    assert_eq!(
        text(&db, "SELECT scopes FROM trieve_user_organizations WHERE user_id = ?1 AND organization_id = ?2", &[&grace_id, &trieve])
            .as_deref(),
        Some(r#"["GET /api/organization"]"#)
    );
    assert_eq!(call("PUT", &user_url, &admin, Some(&trieve), Some(json!({"role": 1}))).status, 400, "the last owner");
    assert_eq!(call("PUT", &user_url, &admin, Some(&trieve), Some(json!({"user_id": admin_id, "role": 5}))).status, 400);
    assert_eq!(role_of(&admin_id), 2);
    let outsider = key_command(&db, &["outsider@example.com"]).expect("a key");
    let outsider_id = text(&db, "SELECT id FROM trieve_users WHERE email = 'outsider@example.com'", &[]).expect("them");
    // A body naming someone outside the organization: Trieve's 400, naming the field.
    let outside = call("PUT", &user_url, &admin, Some(&trieve), Some(json!({"user_id": outsider_id, "role": 0})));
    assert_eq!((outside.status, outside.body["message"].as_str()), (400, Some("`user_id` names no member of the organization")));
    assert_eq!(call("GET", &org_url(&trieve), &outsider, Some(&trieve), None).status, 401);

    // Usage (admin): what is stored; members counted.
    let usage = call("POST", &usage_url(&trieve), &admin, Some(&trieve), Some(json!({})));
    assert_eq!(usage.status, 200, "{}", usage.body);
    serde_json::from_value::<trieve_orgs::models::ExtendedOrganizationUsageCount>(usage.body.clone()).expect("the declared body");
    assert_eq!((usage.body["user_count"].as_i64(), usage.body["chunk_count"].as_i64()), (Some(3), Some(0)));
    open(&db)
        .execute("UPDATE trieve_organization_usage SET chunk_count = 42, search_tokens = 7 WHERE organization_id = ?1", [&trieve])
        .expect("counters");
    let usage = call("POST", &usage_url(&trieve), &grace, Some(&trieve), Some(json!({"v1_usage": true})));
    assert_eq!((usage.body["chunk_count"].as_i64(), usage.body["search_tokens"].as_i64()), (Some(42), Some(7)));
    assert_eq!(call("POST", &usage_url(&grace_org), &admin, Some(&trieve), Some(json!({}))).status, 403);

    // Dataset configurations (owner): only the keys given change.
    let configs_url = format!("{organization_url}/update_dataset_configs");
    let configuration = || {
        text(&db, "SELECT configuration FROM trieve_dataset_configurations WHERE organization_id = ?1", &[&trieve])
            .map(|c| serde_json::from_str::<Value>(&c).expect("JSON"))
    };
    let set = json!({"to_configuration": {"LLM_DEFAULT_MODEL": "gpt-4o", "TEMPERATURE": 0.5}});
    assert_eq!(call("POST", &configs_url, &grace, Some(&trieve), Some(set.clone())).status, 403, "an admin");
    assert_eq!(call("POST", &configs_url, &admin, Some(&trieve), Some(set)).status, 204);
    assert_eq!(call("POST", &configs_url, &admin, Some(&trieve), Some(json!({"to_configuration": {"TEMPERATURE": 0.2}}))).status, 204);
    assert_eq!(configuration(), Some(json!({"LLM_DEFAULT_MODEL": "gpt-4o", "TEMPERATURE": 0.2})));
    let unmatched = json!({"match_configuration": {"LLM_DEFAULT_MODEL": "other"}, "to_configuration": {"TEMPERATURE": 0.9}});
    assert_eq!(call("POST", &configs_url, &admin, Some(&trieve), Some(unmatched)).status, 204);
    assert_eq!(configuration(), Some(json!({"LLM_DEFAULT_MODEL": "gpt-4o", "TEMPERATURE": 0.2})), "no match, no change");
    assert_eq!(call("POST", &configs_url, &admin, Some(&trieve), Some(json!({"to_configuration": 3}))).status, 400);

    // Deleting an organization (owner) takes its members, invitations,
    // keys, usage and configuration with it.
    let acme_key_reply = call("POST", &keys_url, &admin, Some(&acme), Some(json!({"name": "acme-ci", "role": 2})));
    let acme_key = acme_key_reply.body["api_key"].as_str().expect("a key").to_owned();
    assert_eq!(call("POST", &invitation_url, &admin, Some(&acme), Some(invite("grace@example.com", 0))).status, 204);
    assert_eq!(call("POST", &invitation_url, &admin, Some(&acme), Some(invite("later@example.com", 1))).status, 204);
    assert_eq!(call("POST", &configs_url, &acme_key, Some(&acme), Some(json!({"to_configuration": {"A": 1}}))).status, 204);
    let of_acme = |table: &str| count(&db, &format!("SELECT COUNT(*) FROM {table} WHERE organization_id = ?1"), &[&acme]);
    let tables = [
        "trieve_user_organizations",
        "trieve_invitations",
        "trieve_api_keys",
        "trieve_organization_usage",
        "trieve_dataset_configurations",
    ];
    assert_eq!(tables.map(of_acme), [2, 2, 1, 1, 1]);
    assert_eq!(call("DELETE", &org_url(&acme), &grace, Some(&acme), None).status, 403, "grace is a user there");
    assert_eq!(call("DELETE", &org_url(&acme), &newcomer, Some(&trieve), None).status, 403, "not the header's");
    assert_eq!(call("DELETE", &org_url(&acme), &admin, Some(&acme), None).status, 204);
    assert_eq!(tables.map(of_acme), [0, 0, 0, 0, 0]);
    assert_eq!(count(&db, "SELECT COUNT(*) FROM trieve_organizations WHERE id = ?1", &[&acme]), 0);
    assert_eq!(count(&db, "SELECT COUNT(*) FROM api_keys WHERE api = 'trieve' AND subject LIKE 'key:%'", &[]), 1, "only ci's");
    assert_eq!(call("GET", &keys_url, &acme_key, Some(&acme), None).status, 401, "its key is gone");
    assert_eq!(call("GET", &org_url(&acme), &admin, Some(&acme), None).status, 401, "nobody is in it");
    assert_eq!(count(&db, "SELECT COUNT(*) FROM trieve_users", &[]), 4, "users stay");

    // A restart keeps the data and the keys, and prints no new keys.
    server.stop();
    let server = Server::start(&db);
    assert!(server.keys.is_empty(), "keys are shown once: {:?}", server.keys);
    let base = format!("{}/api", server.base);
    let organization_url = format!("{base}/organization");
    let after = call("GET", &format!("{organization_url}/{trieve}"), &admin, Some(&trieve), None);
    assert_eq!((after.status, after.body["organization"]["name"].as_str()), (200, Some("Trieve Labs")));
    let keys = call("GET", &format!("{organization_url}/api_key"), &admin, Some(&trieve), None);
    assert_eq!(keys.body.as_array().map(|k| k.iter().filter_map(|k| k["name"].as_str()).collect::<Vec<_>>()), Some(vec!["ci"]));
    let users = call("GET", &format!("{organization_url}/users/{trieve}"), &grace, Some(&trieve), None);
    assert_eq!((users.status, users.body.as_array().map(Vec::len)), (200, Some(3)));
    let invitations = call("GET", &format!("{base}/invitations/{trieve}"), &admin, Some(&trieve), None);
    assert_eq!(invitations.body.as_array().map(Vec::len), Some(1));
    assert_eq!(call("GET", &format!("{organization_url}/{grace_org}"), &grace, Some(&grace_org), None).status, 200);
    server.stop();
}
