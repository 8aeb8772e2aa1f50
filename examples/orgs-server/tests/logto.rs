//! Logto's organization endpoints over HTTP, with `curl`: the seed page's
//! example request (refused: its `"string"` URLs are not URLs) and the same
//! with real URLs; every operation (status, `Total-Number`, bodies read as
//! the spec's models and meeting their constraints); the data in the
//! database; tenants that see nothing of each other; an organization whose
//! deletion takes its memberships, role assignments and invitations; and a
//! restart that keeps it all.

mod common;

use std::process::Command;

use common::{Server, curl, database};
use logto_orgs::models;
use oapi_axum_runtime::Validate;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

/// The request body of the seed page's `curl` example, as given there.
const SEED_BODY: &str = r#"{"tenantId":"string","name":"string","description":"string","customData":{},"isMfaRequired":true,"branding":{"logoUrl":"string","darkLogoUrl":"string","favicon":"string","darkFavicon":"string"},"createdAt":42.0}"#;

/// What `curl` got: status, headers and body (JSON, or `Null`).
struct Answer {
    status: u16,
    headers: Vec<(String, String)>,
    body: Value,
}

impl Answer {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }

    fn total(&self) -> Option<i64> {
        self.header("Total-Number").and_then(|v| v.parse().ok())
    }

    /// The ids of a list body, in order.
    fn ids(&self) -> Vec<String> {
        self.body.as_array().unwrap_or_else(|| panic!("a list: {}", self.body)).iter().map(|v| text(&v["id"])).collect()
    }

    /// The names of a list body, in order.
    fn names(&self) -> Vec<String> {
        self.body.as_array().unwrap_or_else(|| panic!("a list: {}", self.body)).iter().map(|v| text(&v["name"])).collect()
    }
}

fn text(value: &Value) -> String {
    value.as_str().unwrap_or_else(|| panic!("a string: {value}")).to_owned()
}

/// Reads `curl --dump-header - --write-out '\n%{http_code}'` output.
fn answer(output: &std::process::Output) -> Answer {
    assert!(output.status.success(), "curl failed: {}", String::from_utf8_lossy(&output.stderr));
    let all = String::from_utf8_lossy(&output.stdout).into_owned();
    let (rest, status) = all.rsplit_once('\n').expect("the status after the body");
    let (head, body) = rest.split_once("\r\n\r\n").unwrap_or((rest, ""));
    let headers =
        head.lines().skip(1).filter_map(|line| line.split_once(':').map(|(n, v)| (n.trim().to_owned(), v.trim().to_owned()))).collect();
    Answer { status: status.trim().parse().expect("a status"), headers, body: serde_json::from_str(body).unwrap_or(Value::Null) }
}

/// One request with `curl` and a Logto access token, headers kept.
fn call(method: &str, url: &str, token: &str, body: Option<&Value>) -> Answer {
    let mut command = Command::new("curl");
    command.args(["--silent", "--show-error", "--dump-header", "-", "--write-out", "\n%{http_code}"]);
    command.args(["--request", method, "--header", &format!("Authorization: Bearer {token}")]);
    if let Some(body) = body {
        command.args(["--header", "Content-Type: application/json", "--data", &body.to_string()]);
    }
    answer(&command.arg(url).output().expect("curl runs"))
}

/// `value` read as the spec's `T`, meeting its constraints, and writing
/// back to the same JSON (no field the spec does not have).
fn conforms<T: DeserializeOwned + Validate + serde::Serialize>(value: &Value) -> T {
    let read: T = serde_json::from_value(value.clone()).unwrap_or_else(|e| panic!("reads as {}: {e}\n{value}", std::any::type_name::<T>()));
    if let Err(violations) = read.validate() {
        panic!("{} meets the spec: {violations}\n{value}", std::any::type_name::<T>());
    }
    assert_eq!(serde_json::to_value(&read).expect("serializes"), *value, "no fields beyond the spec's");
    read
}

fn conforms_all<T: DeserializeOwned + Validate + serde::Serialize>(answer: &Answer) -> Vec<T> {
    answer.body.as_array().unwrap_or_else(|| panic!("a list: {}", answer.body)).iter().map(conforms::<T>).collect()
}

/// A Logto id: 1 to 21 characters.
fn logto_id(value: &Value) -> String {
    let id = text(value);
    assert!((1..=21).contains(&id.len()), "a Logto id: {id}");
    id
}

fn key(db: &std::path::Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_orgs-server")).arg("--db").arg(db).arg("key").args(args).output().expect("runs")
}

fn count(db: &std::path::Path, sql: &str, param: &str) -> i64 {
    let connection = rusqlite::Connection::open(db).expect("the database opens");
    connection.query_row(sql, [param], |row| row.get(0)).unwrap_or_else(|e| panic!("{sql}: {e}"))
}

fn now_ms() -> f64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).expect("after 1970").as_secs_f64() * 1000.0
}

#[test]
#[allow(clippy::too_many_lines, reason = "one scenario, step by step")]
fn logto_organizations_over_http() {
    let db = database("logto");
    let server = Server::start(&db);
    let token = server.key("Logto access token of tenant `default`");
    let base = format!("{}/api", server.base);
    let t = token.as_str();
    let orgs = format!("{base}/organizations");

    // No token, or one nobody issued: 401, with a challenge.
    assert_eq!(curl("GET", &orgs, &[], None).status, 401);
    let refused = call("GET", &orgs, "nobody", None);
    assert_eq!(refused.status, 401);
    assert!(refused.header("WWW-Authenticate").is_some_and(|c| c.starts_with("Bearer")));

    // -- The seed page's example, exactly as given ---------------------------
    let seed = format!(
        "curl \\\n --request POST '{orgs}' \\\n --header \"Authorization: Bearer $ACCESS_TOKEN\" \\\n --header \"Content-Type: application/json\" \\\n --data '{SEED_BODY}'"
    );
    let output = Command::new("sh")
        .arg("-c")
        .arg(format!("{seed} --silent --show-error --dump-header - --write-out '\\n%{{http_code}}'"))
        .env("ACCESS_TOKEN", t)
        .output()
        .expect("sh runs");
    let refused = answer(&output);
    // `"string"` is no URL (`format: url`): the generated router refuses the
    // body as not reading (400), naming each branding field.
    assert_eq!(refused.status, 400, "{}", refused.body);
    assert_eq!(refused.header("Content-Type"), Some("application/problem+json"));
    assert_eq!(refused.body["status"], 400);
    let mut violations: Vec<(String, String)> =
        refused.body["violations"].as_array().expect("violations").iter().map(|v| (text(&v["pointer"]), text(&v["keyword"]))).collect();
    violations.sort();
    let expected: Vec<(String, String)> =
        ["darkFavicon", "darkLogoUrl", "favicon", "logoUrl"].iter().map(|f| (format!("/body/branding/{f}"), "format".to_owned())).collect();
    assert_eq!(violations, expected);
    assert_eq!(count(&db, "SELECT COUNT(*) FROM logto_organizations WHERE tenant_id = ?1", "default"), 0, "nothing written");

    // The same with real URLs: 201 and the spec's `Organization`.
    let with_urls = SEED_BODY
        .replace(r#""logoUrl":"string""#, r#""logoUrl":"https://acme.example/logo.png""#)
        .replace(r#""darkLogoUrl":"string""#, r#""darkLogoUrl":"https://acme.example/dark.png""#)
        .replace(r#""favicon":"string""#, r#""favicon":"https://acme.example/favicon.ico""#)
        .replace(r#""darkFavicon":"string""#, r#""darkFavicon":"https://acme.example/dark.ico""#);
    let output = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "curl --request POST '{orgs}' --header \"Authorization: Bearer $ACCESS_TOKEN\" --header \"Content-Type: application/json\" --data '{with_urls}' --silent --show-error --dump-header - --write-out '\\n%{{http_code}}'"
        ))
        .env("ACCESS_TOKEN", t)
        .output()
        .expect("sh runs");
    let created = answer(&output);
    assert_eq!(created.status, 201, "{}", created.body);
    assert_eq!(created.header("Content-Type"), Some("application/json"));
    let organization: models::Organization = conforms(&created.body);
    let seeded = logto_id(&created.body["id"]);
    assert_eq!(call("GET", &format!("{orgs}/{seeded}"), t, None).body, created.body, "stored as answered");
    // The tenant is the token's, not the body's; the time is the server's.
    assert_eq!(organization.tenant_id, "default");
    assert_eq!((organization.name.as_str(), organization.description.as_deref()), ("string", Some("string")));
    assert!(organization.is_mfa_required);
    assert!(organization.custom_data.is_empty());
    assert_eq!(created.body["branding"]["logoUrl"], "https://acme.example/logo.png");
    assert_eq!(created.body["branding"]["darkFavicon"], "https://acme.example/dark.ico");
    assert!((organization.created_at - now_ms()).abs() < 60_000.0, "createdAt is now: {}", organization.created_at);

    // -- Organizations --------------------------------------------------------
    let mut ids = Vec::new();
    for name in ["acme", "beta", "gamma"] {
        let reply = call("POST", &orgs, t, Some(&json!({"name": name, "customData": {"plan": name}})));
        assert_eq!(reply.status, 201, "{}", reply.body);
        conforms::<models::Organization>(&reply.body);
        assert_eq!(reply.body["description"], Value::Null);
        assert_eq!(reply.body["isMfaRequired"], false);
        ids.push(logto_id(&reply.body["id"]));
    }
    let (acme, beta, gamma) = (ids[0].clone(), ids[1].clone(), ids[2].clone());
    assert_ne!(acme, beta);

    // Newest first, paged, with the total.
    let page = call("GET", &format!("{orgs}?page=1&page_size=2"), t, None);
    assert_eq!((page.status, page.total()), (200, Some(4)));
    conforms_all::<models::OrganizationWithFeatured>(&page);
    assert_eq!(page.names(), ["gamma", "beta"]);
    assert!(page.body[0].get("usersCount").is_none(), "no featured users unless asked");
    let page = call("GET", &format!("{orgs}?page=2&page_size=2"), t, None);
    assert_eq!((page.total(), page.names()), (Some(4), vec!["acme".to_owned(), "string".to_owned()]));
    let page = call("GET", &format!("{orgs}?page=3&page_size=2"), t, None);
    assert_eq!((page.total(), page.ids().len()), (Some(4), 0));
    // Case-insensitive; four letters, so that a random id is all but sure
    // not to contain them too.
    let found = call("GET", &format!("{orgs}?q=AMMA"), t, None);
    assert_eq!((found.total(), found.names()), (Some(1), vec!["gamma".to_owned()]));
    let found = call("GET", &format!("{orgs}?q={}", &beta[..10]), t, None);
    assert_eq!(found.ids(), [beta.as_str()], "a partial id matches");
    assert_eq!(call("GET", &format!("{orgs}?page=0"), t, None).status, 400, "the 400 the operation declares (it declares no 422)");

    let got = call("GET", &format!("{orgs}/{acme}"), t, None);
    assert_eq!((got.status, got.body["name"].as_str()), (200, Some("acme")));
    assert_eq!(got.body["customData"], json!({"plan": "acme"}));
    assert_eq!(call("GET", &format!("{orgs}/nothing"), t, None).status, 404);

    // Absent leaves, null clears, a value sets.
    let patched = call("PATCH", &format!("{orgs}/{acme}"), t, Some(&json!({"description": "Rockets", "isMfaRequired": true})));
    assert_eq!(patched.status, 200, "{}", patched.body);
    conforms::<models::Organization>(&patched.body);
    assert_eq!((patched.body["name"].as_str(), patched.body["description"].as_str()), (Some("acme"), Some("Rockets")));
    let patched = call(
        "PATCH",
        &format!("{orgs}/{acme}"),
        t,
        Some(&json!({"name": "Acme Inc", "branding": {"logoUrl": "https://acme.example/l.svg"}})),
    );
    assert_eq!(patched.body["description"], "Rockets");
    assert_eq!(patched.body["isMfaRequired"], true);
    assert_eq!(patched.body["branding"], json!({"logoUrl": "https://acme.example/l.svg"}));
    let cleared = call("PATCH", &format!("{orgs}/{acme}"), t, Some(&json!({"description": null})));
    assert_eq!((cleared.body["description"].clone(), cleared.body["name"].as_str()), (Value::Null, Some("Acme Inc")));
    assert_eq!(call("PATCH", &format!("{orgs}/{acme}"), t, Some(&json!({"id": "another"}))).status, 400);
    assert_eq!(call("PATCH", &format!("{orgs}/{acme}"), t, Some(&json!({"branding": {"logoUrl": "x"}}))).status, 400);
    assert_eq!(call("PATCH", &format!("{orgs}/nothing"), t, Some(&json!({"name": "x"}))).status, 404);

    // -- Organization scopes -------------------------------------------------
    let scopes_url = format!("{base}/organization-scopes");
    let mut scope = std::collections::BTreeMap::new();
    for name in ["read:data", "write:data", "delete:data", "invite:member"] {
        let reply = call("POST", &scopes_url, t, Some(&json!({"name": name, "description": format!("May {name}")})));
        assert_eq!(reply.status, 201, "{}", reply.body);
        conforms::<models::OrganizationScope>(&reply.body);
        assert_eq!(reply.body["tenantId"], "default");
        scope.insert(name, logto_id(&reply.body["id"]));
    }
    // Names are unique in a tenant: the declared 422.
    assert_eq!(call("POST", &scopes_url, t, Some(&json!({"name": "read:data"}))).status, 422);
    let listed = call("GET", &format!("{scopes_url}?page=1&page_size=3"), t, None);
    assert_eq!((listed.status, listed.total()), (200, Some(4)));
    conforms_all::<models::OrganizationScope>(&listed);
    assert_eq!(listed.names(), ["delete:data", "invite:member", "read:data"]);
    let listed = call("GET", &format!("{scopes_url}?q=data"), t, None);
    assert_eq!(listed.total(), Some(3));
    let got = call("GET", &format!("{scopes_url}/{}", scope["read:data"]), t, None);
    assert_eq!((got.status, got.body["description"].as_str()), (200, Some("May read:data")));
    let patched = call("PATCH", &format!("{scopes_url}/{}", scope["read:data"]), t, Some(&json!({"description": null})));
    assert_eq!((patched.status, patched.body["description"].clone(), patched.body["name"].as_str()), (200, Value::Null, Some("read:data")));
    assert_eq!(call("PATCH", &format!("{scopes_url}/{}", scope["read:data"]), t, Some(&json!({"name": "write:data"}))).status, 422);
    let renamed = call("PATCH", &format!("{scopes_url}/{}", scope["invite:member"]), t, Some(&json!({"name": "invite:user"})));
    assert_eq!((renamed.status, renamed.body["name"].as_str()), (200, Some("invite:user")));
    assert_eq!(call("GET", &format!("{scopes_url}/nothing"), t, None).status, 404);

    // -- Organization roles --------------------------------------------------
    let roles_url = format!("{base}/organization-roles");
    let reply =
        call("POST", &roles_url, t, Some(&json!({"name": "member", "description": "Reads", "organizationScopeIds": [scope["read:data"]]})));
    assert_eq!(reply.status, 201, "{}", reply.body);
    let role: models::OrganizationRole = conforms(&reply.body);
    assert_eq!((role.tenant_id.as_str(), role.type_), ("default", models::OrganizationRoleType::User));
    let member_role = logto_id(&reply.body["id"]);
    let reply =
        call("POST", &roles_url, t, Some(&json!({"name": "admin", "organizationScopeIds": [scope["read:data"], scope["write:data"]]})));
    assert_eq!(reply.status, 201, "{}", reply.body);
    let admin_role = logto_id(&reply.body["id"]);
    let reply = call("POST", &roles_url, t, Some(&json!({"name": "robot", "type": "MachineToMachine"})));
    assert_eq!((reply.status, reply.body["type"].as_str()), (201, Some("MachineToMachine")));
    let robot_role = logto_id(&reply.body["id"]);
    // A taken name, an unknown scope or any resource scope (none exist): 422.
    assert_eq!(call("POST", &roles_url, t, Some(&json!({"name": "admin"}))).status, 422);
    assert_eq!(call("POST", &roles_url, t, Some(&json!({"name": "x", "organizationScopeIds": ["nope"]}))).status, 422);
    assert_eq!(call("POST", &roles_url, t, Some(&json!({"name": "x", "resourceScopeIds": ["nope"]}))).status, 422);

    let listed = call("GET", &format!("{roles_url}?page_size=2"), t, None);
    assert_eq!((listed.status, listed.total()), (200, Some(3)));
    conforms_all::<models::OrganizationRoleWithScopes>(&listed);
    assert_eq!(listed.names(), ["admin", "member"]);
    let admin_scopes: Vec<&str> = listed.body[0]["scopes"].as_array().expect("scopes").iter().filter_map(|s| s["name"].as_str()).collect();
    assert_eq!(admin_scopes, ["read:data", "write:data"]);
    assert_eq!(listed.body[0]["resourceScopes"], json!([]));
    assert_eq!(call("GET", &format!("{roles_url}?q=rob"), t, None).names(), ["robot"]);
    let got = call("GET", &format!("{roles_url}/{member_role}"), t, None);
    assert_eq!((got.status, got.body["description"].as_str()), (200, Some("Reads")));
    conforms::<models::OrganizationRole>(&got.body);
    let patched = call("PATCH", &format!("{roles_url}/{member_role}"), t, Some(&json!({"description": "Reads and writes"})));
    assert_eq!((patched.status, patched.body["name"].as_str()), (200, Some("member")));
    assert_eq!(call("PATCH", &format!("{roles_url}/{member_role}"), t, Some(&json!({"name": "admin"}))).status, 422);
    assert_eq!(call("PATCH", &format!("{roles_url}/nothing"), t, Some(&json!({"name": "z"}))).status, 404);

    // Role scopes: list, assign, replace, remove.
    let member_scopes = format!("{roles_url}/{member_role}/scopes");
    let listed = call("GET", &member_scopes, t, None);
    assert_eq!((listed.status, listed.total(), listed.names()), (200, Some(1), vec!["read:data".to_owned()]));
    conforms_all::<models::OrganizationScope>(&listed);
    let assigned = call("POST", &member_scopes, t, Some(&json!({"organizationScopeIds": [scope["write:data"], scope["read:data"]]})));
    assert_eq!(assigned.status, 201);
    assert_eq!(call("GET", &member_scopes, t, None).names(), ["read:data", "write:data"]);
    assert_eq!(call("POST", &member_scopes, t, Some(&json!({"organizationScopeIds": ["nope"]}))).status, 422);
    assert_eq!(
        call("POST", &format!("{roles_url}/nothing/scopes"), t, Some(&json!({"organizationScopeIds": [scope["read:data"]]}))).status,
        422
    );
    let admin_scopes_url = format!("{roles_url}/{admin_role}/scopes");
    let replaced = call("PUT", &admin_scopes_url, t, Some(&json!({"organizationScopeIds": [scope["delete:data"], scope["write:data"]]})));
    assert_eq!(replaced.status, 204);
    let listed = call("GET", &format!("{admin_scopes_url}?page=2&page_size=1"), t, None);
    assert_eq!((listed.total(), listed.names()), (Some(2), vec!["write:data".to_owned()]));
    assert_eq!(call("PUT", &admin_scopes_url, t, Some(&json!({"organizationScopeIds": ["nope"]}))).status, 422);
    assert_eq!(call("GET", &admin_scopes_url, t, None).total(), Some(2), "a refused replace changes nothing");
    assert_eq!(call("DELETE", &format!("{member_scopes}/{}", scope["write:data"]), t, None).status, 204);
    assert_eq!(call("DELETE", &format!("{member_scopes}/{}", scope["write:data"]), t, None).status, 404);
    assert_eq!(call("GET", &format!("{roles_url}/nothing/scopes"), t, None).status, 404);

    // -- Organization users --------------------------------------------------
    let acme_users = format!("{orgs}/{acme}/users");
    let added = call("POST", &acme_users, t, Some(&json!({"userIds": ["alice", "bob", "alice"]})));
    assert_eq!((added.status, added.body.clone()), (201, json!({"userIds": ["alice", "bob"]})));
    // Not a Logto user id (12 characters at most), or no such organization: 422.
    assert_eq!(call("POST", &acme_users, t, Some(&json!({"userIds": ["a-much-too-long-id"]}))).status, 422);
    assert_eq!(call("POST", &format!("{orgs}/nothing/users"), t, Some(&json!({"userIds": ["alice"]}))).status, 422);
    let replaced = call("PUT", &acme_users, t, Some(&json!({"userIds": ["alice", "carol"]})));
    assert_eq!(replaced.status, 204);
    let listed = call("GET", &acme_users, t, None);
    assert_eq!((listed.status, listed.total(), listed.ids()), (200, Some(2), vec!["alice".to_owned(), "carol".to_owned()]));
    conforms_all::<models::UserWithOrganizationRoles>(&listed);
    assert_eq!(call("DELETE", &format!("{acme_users}/carol"), t, None).status, 204);
    assert_eq!(call("DELETE", &format!("{acme_users}/carol"), t, None).status, 404);
    assert_eq!(call("POST", &acme_users, t, Some(&json!({"userIds": ["bob", "carol"]}))).status, 201);
    assert_eq!(call("GET", &format!("{orgs}/nothing/users"), t, None).status, 404);

    // Roles of several members at once.
    let roles_to_users = format!("{acme_users}/roles");
    let assigned = call("POST", &roles_to_users, t, Some(&json!({"userIds": ["alice", "bob"], "organizationRoleIds": [member_role]})));
    assert_eq!(assigned.status, 201);
    // Not a member, an unknown role, a role for machines: 422.
    assert_eq!(call("POST", &roles_to_users, t, Some(&json!({"userIds": ["zoe"], "organizationRoleIds": [member_role]}))).status, 422);
    assert_eq!(call("POST", &roles_to_users, t, Some(&json!({"userIds": ["alice"], "organizationRoleIds": ["nope"]}))).status, 422);
    assert_eq!(call("POST", &roles_to_users, t, Some(&json!({"userIds": ["alice"], "organizationRoleIds": [robot_role]}))).status, 422);

    // One member's roles: list, assign (by id or name), replace, remove.
    let alice_roles = format!("{acme_users}/alice/roles");
    let listed = call("GET", &alice_roles, t, None);
    assert_eq!((listed.status, listed.total(), listed.names()), (200, Some(1), vec!["member".to_owned()]));
    conforms_all::<models::OrganizationRole>(&listed);
    let assigned = call("POST", &alice_roles, t, Some(&json!({"organizationRoleNames": ["admin"], "organizationRoleIds": [member_role]})));
    assert_eq!((assigned.status, assigned.body.clone()), (201, json!({"organizationRoleIds": [member_role, admin_role]})));
    let listed = call("GET", &format!("{alice_roles}?page=1&page_size=1"), t, None);
    assert_eq!((listed.total(), listed.names()), (Some(2), vec!["admin".to_owned()]));
    assert_eq!(call("POST", &alice_roles, t, Some(&json!({"organizationRoleNames": ["nope"]}))).status, 422);
    assert_eq!(call("GET", &format!("{acme_users}/zoe/roles"), t, None).status, 422);

    // Members, filtered by role, with their roles.
    let listed = call("GET", &format!("{acme_users}?organizationRoleId={admin_role}"), t, None);
    assert_eq!((listed.total(), listed.ids()), (Some(1), vec!["alice".to_owned()]));
    let roles: Vec<&str> =
        listed.body[0]["organizationRoles"].as_array().expect("roles").iter().filter_map(|r| r["name"].as_str()).collect();
    assert_eq!(roles, ["admin", "member"]);
    let listed = call("GET", &format!("{acme_users}?q=O&page_size=1"), t, None);
    assert_eq!((listed.total(), listed.ids()), (Some(2), vec!["bob".to_owned()]));

    // The scopes a member has come from their roles.
    let alice_scopes = call("GET", &format!("{acme_users}/alice/scopes"), t, None);
    assert_eq!(alice_scopes.status, 200);
    conforms_all::<models::OrganizationScope>(&alice_scopes);
    assert_eq!(alice_scopes.names(), ["delete:data", "read:data", "write:data"]);
    assert_eq!(call("GET", &format!("{acme_users}/bob/scopes"), t, None).names(), ["read:data"]);
    assert_eq!(call("GET", &format!("{acme_users}/carol/scopes"), t, None).names(), Vec::<String>::new());
    assert_eq!(call("GET", &format!("{acme_users}/zoe/scopes"), t, None).status, 422);

    let replaced = call("PUT", &alice_roles, t, Some(&json!({"organizationRoleIds": [admin_role]})));
    assert_eq!(replaced.status, 204);
    assert_eq!(call("GET", &alice_roles, t, None).names(), ["admin"]);
    assert_eq!(call("PUT", &alice_roles, t, Some(&json!({"organizationRoleIds": [robot_role]}))).status, 422);
    assert_eq!(call("GET", &alice_roles, t, None).names(), ["admin"], "a refused replace changes nothing");
    assert_eq!(call("DELETE", &format!("{alice_roles}/{admin_role}"), t, None).status, 204);
    assert_eq!(call("DELETE", &format!("{alice_roles}/{admin_role}"), t, None).status, 404);
    assert_eq!(call("DELETE", &format!("{acme_users}/zoe/roles/{admin_role}"), t, None).status, 422);
    assert_eq!(call("GET", &format!("{acme_users}/alice/scopes"), t, None).names(), Vec::<String>::new());
    assert_eq!(call("POST", &alice_roles, t, Some(&json!({"organizationRoleNames": ["member"]}))).status, 201);

    // -- Organization invitations --------------------------------------------
    let invitations = format!("{base}/organization-invitations");
    let in_a_week = now_ms() + 7.0 * 86_400_000.0;
    let invited = call(
        "POST",
        &invitations,
        t,
        Some(&json!({
            "inviterId": "alice",
            "invitee": "dave@example.com",
            "organizationId": acme,
            "expiresAt": in_a_week,
            "organizationRoleIds": [admin_role],
            "messagePayload": {"link": "https://acme.example/join", "locale": "en"}
        })),
    );
    assert_eq!(invited.status, 201, "{}", invited.body);
    let invitation: models::OrganizationInvitation = conforms(&invited.body);
    assert_eq!(invitation.status, models::OrganizationInvitationStatus::Pending);
    assert_eq!((invitation.organization_id.as_str(), invitation.inviter_id.as_deref()), (acme.as_str(), Some("alice")));
    assert_eq!(invited.body["organizationRoles"], json!([{"id": admin_role, "name": "admin"}]));
    assert_eq!(invited.body["acceptedUserId"], Value::Null);
    let dave = logto_id(&invited.body["id"]);
    // The message Logto would send is kept (there is no email connector).
    assert_eq!(count(&db, "SELECT COUNT(*) FROM logto_organization_invitation_messages WHERE invitation_id = ?1", &dave), 1);

    // One pending invitation per invitee; not in the past; a real organization.
    let again = json!({"invitee": "dave@example.com", "organizationId": acme, "expiresAt": in_a_week});
    assert_eq!(call("POST", &invitations, t, Some(&again)).status, 422);
    let past = json!({"invitee": "erin@example.com", "organizationId": acme, "expiresAt": now_ms() - 1000.0});
    assert_eq!(call("POST", &invitations, t, Some(&past)).status, 400);
    let nowhere = json!({"invitee": "erin@example.com", "organizationId": "nothing", "expiresAt": in_a_week});
    assert_eq!(call("POST", &invitations, t, Some(&nowhere)).status, 422);
    let machine =
        json!({"invitee": "erin@example.com", "organizationId": acme, "expiresAt": in_a_week, "organizationRoleIds": [robot_role]});
    assert_eq!(call("POST", &invitations, t, Some(&machine)).status, 422);
    let not_an_email = json!({"invitee": "erin", "organizationId": acme, "expiresAt": in_a_week});
    assert_eq!(call("POST", &invitations, t, Some(&not_an_email)).status, 400);

    let erin = call(
        "POST",
        &invitations,
        t,
        Some(&json!({"invitee": "erin@example.com", "organizationId": beta, "expiresAt": in_a_week, "messagePayload": false})),
    );
    assert_eq!(erin.status, 201, "{}", erin.body);
    let erin = logto_id(&erin.body["id"]);
    assert_eq!(count(&db, "SELECT COUNT(*) FROM logto_organization_invitation_messages WHERE invitation_id = ?1", &erin), 0);
    let soon =
        call("POST", &invitations, t, Some(&json!({"invitee": "fay@example.com", "organizationId": beta, "expiresAt": now_ms() + 1500.0})));
    assert_eq!(soon.status, 201, "{}", soon.body);
    let soon = logto_id(&soon.body["id"]);

    let listed = call("GET", &invitations, t, None);
    assert_eq!((listed.status, listed.ids()), (200, vec![dave.clone(), erin.clone(), soon.clone()]));
    conforms_all::<models::OrganizationInvitation>(&listed);
    assert_eq!(call("GET", &format!("{invitations}?organizationId={beta}"), t, None).ids(), [erin.clone(), soon.clone()]);
    assert_eq!(call("GET", &format!("{invitations}?inviterId=alice"), t, None).ids(), [dave.as_str()]);
    assert_eq!(call("GET", &format!("{invitations}?invitee=erin@example.com"), t, None).ids(), [erin.as_str()]);
    let got = call("GET", &format!("{invitations}/{dave}"), t, None);
    assert_eq!((got.status, got.body["invitee"].as_str()), (200, Some("dave@example.com")));
    assert_eq!(call("GET", &format!("{invitations}/nothing"), t, None).status, 404);

    // Resending: only a pending invitation.
    let resent = call("POST", &format!("{invitations}/{dave}/message"), t, Some(&json!({"code": "123456"})));
    assert_eq!(resent.status, 204);
    assert_eq!(count(&db, "SELECT COUNT(*) FROM logto_organization_invitation_messages WHERE invitation_id = ?1", &dave), 2);
    assert_eq!(call("POST", &format!("{invitations}/nothing/message"), t, Some(&json!({}))).status, 400);

    // Accepting needs the user; it makes them a member with the invitation's roles.
    let status = |id: &str| format!("{invitations}/{id}/status");
    assert_eq!(call("PUT", &status(&dave), t, Some(&json!({"status": "Accepted"}))).status, 422);
    assert_eq!(call("PUT", &status(&dave), t, Some(&json!({"status": "Accepted", "acceptedUserId": null}))).status, 422);
    assert_eq!(call("PUT", &status(&dave), t, Some(&json!({"status": "Pending"}))).status, 400, "not a status one sets");
    let accepted = call("PUT", &status(&dave), t, Some(&json!({"status": "Accepted", "acceptedUserId": "dave"})));
    assert_eq!(accepted.status, 200, "{}", accepted.body);
    conforms::<models::OrganizationInvitation>(&accepted.body);
    assert_eq!((accepted.body["status"].as_str(), accepted.body["acceptedUserId"].as_str()), (Some("Accepted"), Some("dave")));
    assert_eq!(call("GET", &format!("{acme_users}/dave/roles"), t, None).names(), ["admin"]);
    // Once accepted, no other status and no message.
    assert_eq!(call("PUT", &status(&dave), t, Some(&json!({"status": "Revoked"}))).status, 422);
    assert_eq!(call("POST", &format!("{invitations}/{dave}/message"), t, Some(&json!({}))).status, 400);
    let revoked = call("PUT", &status(&erin), t, Some(&json!({"status": "Revoked"})));
    assert_eq!((revoked.status, revoked.body["status"].as_str()), (200, Some("Revoked")));
    assert_eq!(call("PUT", &status(&erin), t, Some(&json!({"status": "Accepted", "acceptedUserId": "erin"}))).status, 422);
    assert_eq!(call("PUT", &status("nothing"), t, Some(&json!({"status": "Revoked"}))).status, 422);
    // Past its expiry, a pending invitation is expired, and stays so.
    std::thread::sleep(std::time::Duration::from_millis(1600));
    let expired = call("GET", &format!("{invitations}/{soon}"), t, None);
    assert_eq!(expired.body["status"], "Expired");
    assert_eq!(call("PUT", &status(&soon), t, Some(&json!({"status": "Accepted", "acceptedUserId": "fay"}))).status, 422);
    assert_eq!(call("DELETE", &format!("{invitations}/{soon}"), t, None).status, 204);
    assert_eq!(call("DELETE", &format!("{invitations}/{soon}"), t, None).status, 404);

    // -- What the API said is what the database holds -------------------------
    {
        let connection = rusqlite::Connection::open(&db).expect("the database opens");
        let members: Vec<String> = connection
            .prepare("SELECT user_id FROM logto_organization_users WHERE organization_id = ?1 ORDER BY user_id")
            .and_then(|mut s| s.query_map([&acme], |row| row.get(0))?.collect())
            .expect("members");
        assert_eq!(members, ["alice", "bob", "carol", "dave"]);
        let assignments: Vec<(String, String)> = connection
            .prepare(
                "SELECT ur.user_id, r.name FROM logto_organization_user_roles ur JOIN logto_organization_roles r ON r.id = ur.role_id
                 WHERE ur.organization_id = ?1 ORDER BY 1, 2",
            )
            .and_then(|mut s| s.query_map([&acme], |row| Ok((row.get(0)?, row.get(1)?)))?.collect())
            .expect("assignments");
        let pairs = |list: &[(&str, &str)]| list.iter().map(|(a, b)| ((*a).to_owned(), (*b).to_owned())).collect::<Vec<_>>();
        assert_eq!(assignments, pairs(&[("alice", "member"), ("bob", "member"), ("dave", "admin")]));
        let (description, tenant): (Option<String>, String) = connection
            .query_row("SELECT description, tenant_id FROM logto_organizations WHERE id = ?1", [&acme], |row| {
                Ok((row.get(0)?, row.get(1)?))
            })
            .expect("acme");
        assert_eq!((description, tenant.as_str()), (None, "default"));
        let status: String = connection
            .query_row("SELECT status FROM logto_organization_invitations WHERE id = ?1", [&erin], |row| row.get(0))
            .expect("erin's invitation");
        assert_eq!(status, "Revoked");
    }
    assert_eq!(count(&db, "SELECT COUNT(*) FROM logto_organization_role_scopes WHERE role_id = ?1", &admin_role), 2);

    // Deleting a scope and a role takes their assignments.
    assert_eq!(call("DELETE", &format!("{scopes_url}/{}", scope["delete:data"]), t, None).status, 204);
    assert_eq!(call("GET", &admin_scopes_url, t, None).names(), ["write:data"]);
    assert_eq!(call("DELETE", &format!("{scopes_url}/{}", scope["delete:data"]), t, None).status, 404);
    assert_eq!(call("DELETE", &format!("{roles_url}/{robot_role}"), t, None).status, 204);
    assert_eq!(call("GET", &format!("{roles_url}/{robot_role}"), t, None).status, 404);
    assert_eq!(call("DELETE", &format!("{roles_url}/{robot_role}"), t, None).status, 404);

    // -- Another tenant sees nothing of this one -------------------------------
    let output = key(&db, &["logto", "other"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let other = String::from_utf8_lossy(&output.stdout).trim().to_owned();
    let o = other.as_str();
    let listed = call("GET", &orgs, o, None);
    assert_eq!((listed.status, listed.total(), listed.ids().len()), (200, Some(0), 0));
    for url in [
        format!("{orgs}/{acme}"),
        format!("{roles_url}/{member_role}"),
        format!("{scopes_url}/{}", scope["read:data"]),
        format!("{invitations}/{dave}"),
        acme_users.clone(),
        format!("{roles_url}/{member_role}/scopes"),
    ] {
        assert_eq!(call("GET", &url, o, None).status, 404, "{url}");
    }
    assert_eq!(call("GET", &format!("{acme_users}/alice/roles"), o, None).status, 422);
    assert_eq!(call("GET", &format!("{acme_users}/alice/scopes"), o, None).status, 422);
    assert_eq!(call("PATCH", &format!("{orgs}/{acme}"), o, Some(&json!({"name": "mine"}))).status, 404);
    assert_eq!(call("DELETE", &format!("{orgs}/{acme}"), o, None).status, 404);
    assert_eq!(call("DELETE", &format!("{acme_users}/alice"), o, None).status, 404);
    assert_eq!(call("POST", &acme_users, o, Some(&json!({"userIds": ["mallory"]}))).status, 422);
    assert_eq!(call("DELETE", &format!("{roles_url}/{member_role}"), o, None).status, 404);
    assert_eq!(call("DELETE", &format!("{invitations}/{dave}"), o, None).status, 404);
    for url in [&roles_url, &scopes_url] {
        assert_eq!(call("GET", url, o, None).total(), Some(0), "{url}");
    }
    assert_eq!(call("GET", &invitations, o, None).body, json!([]));
    // Its own template may reuse the names of another tenant's.
    let own = call("POST", &roles_url, o, Some(&json!({"name": "member"})));
    assert_eq!((own.status, own.body["tenantId"].as_str()), (201, Some("other")));
    let own = call("POST", &roles_url, o, Some(&json!({"name": "x", "organizationScopeIds": [scope["read:data"]]})));
    assert_eq!(own.status, 422, "another tenant's scope is unknown here");
    let own_org = call("POST", &orgs, o, Some(&json!({"name": "acme"})));
    assert_eq!(own_org.status, 201);
    assert_eq!(call("GET", &orgs, t, None).total(), Some(4), "the first tenant does not see it");
    // The key command checks its arguments before writing.
    assert!(!key(&db, &["logto", "Not A Tenant"]).status.success());
    assert!(!key(&db, &["logto"]).status.success());
    assert_eq!(count(&db, "SELECT COUNT(*) FROM logto_tenants WHERE id <> ?1", "default"), 1);

    // -- Deleting an organization takes its memberships, roles, invitations ---
    let reply = call("POST", &format!("{orgs}/{gamma}/users"), t, Some(&json!({"userIds": ["alice", "gus"]})));
    assert_eq!(reply.status, 201);
    assert_eq!(
        call("POST", &format!("{orgs}/{gamma}/users/gus/roles"), t, Some(&json!({"organizationRoleIds": [admin_role]}))).status,
        201
    );
    let gamma_invite =
        json!({"invitee": "hal@example.com", "organizationId": gamma, "expiresAt": in_a_week, "messagePayload": {"link": "x"}});
    assert_eq!(call("POST", &invitations, t, Some(&gamma_invite)).status, 201);
    assert_eq!(count(&db, "SELECT COUNT(*) FROM logto_organization_users WHERE organization_id = ?1", &gamma), 2);
    assert_eq!(call("DELETE", &format!("{orgs}/{gamma}"), t, None).status, 204);
    assert_eq!(call("DELETE", &format!("{orgs}/{gamma}"), t, None).status, 404);
    assert_eq!(call("GET", &format!("{orgs}/{gamma}"), t, None).status, 404);
    for table in ["logto_organization_users", "logto_organization_user_roles", "logto_organization_invitations"] {
        let sql = format!("SELECT COUNT(*) FROM {table} WHERE organization_id = ?1");
        assert_eq!(count(&db, &sql, &gamma), 0, "{table}");
    }
    assert_eq!(count(&db, "SELECT COUNT(*) FROM logto_organization_invitation_messages WHERE ?1 = ''", ""), 2, "gamma's message went");
    assert_eq!(count(&db, "SELECT COUNT(*) FROM logto_users WHERE tenant_id = 'default' AND id = ?1", "gus"), 1, "users stay");
    assert_eq!(call("GET", &format!("{acme_users}/alice/roles"), t, None).names(), ["member"], "other organizations keep theirs");

    // -- A restart keeps the data and the tokens, and prints no new ones ------
    server.stop();
    let server = Server::start(&db);
    assert!(server.keys.is_empty(), "tokens are shown once: {:?}", server.keys);
    let base = format!("{}/api", server.base);
    let orgs = format!("{base}/organizations");
    let after = call("GET", &format!("{orgs}/{acme}"), t, None);
    assert_eq!((after.status, after.body["name"].as_str()), (200, Some("Acme Inc")));
    assert_eq!(after.body["branding"], json!({"logoUrl": "https://acme.example/l.svg"}));
    assert_eq!(call("GET", &orgs, t, None).total(), Some(3));
    let members = call("GET", &format!("{orgs}/{acme}/users"), t, None);
    assert_eq!(
        (members.total(), members.ids()),
        (Some(4), vec!["alice".to_owned(), "bob".to_owned(), "carol".to_owned(), "dave".to_owned()])
    );
    assert_eq!(call("GET", &format!("{orgs}/{acme}/users/dave/scopes"), t, None).names(), ["write:data"]);
    assert_eq!(call("GET", &format!("{base}/organization-invitations/{dave}"), t, None).body["status"], "Accepted");
    assert_eq!(call("GET", &format!("{base}/organization-roles"), t, None).total(), Some(2));
    assert_eq!(call("GET", &orgs, o, None).names(), ["acme"]);
    server.stop();
}
