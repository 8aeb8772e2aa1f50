//! LangSmith's organization management over HTTP: the documentation's
//! sample workflow (tests/langsmith_workflow.py, with `requests`) against
//! the real binary; then, with `curl`, the refusals (keys, organization and
//! workspace headers: 401/403; ids and permissions in a body that name
//! nothing: 422 at their place; an unknown id in the path: 404; system
//! roles, duplicates, taken names: 409), custom roles, what the
//! database holds, a second organization that sees nothing of the first,
//! a workspace deletion that takes its memberships and invitations along,
//! and a restart that keeps it all.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{Server, curl, database};
use rusqlite::Connection;
use serde_json::{Value, json};

/// A virtual environment with `requests`, made once under the target
/// directory.
fn python() -> PathBuf {
    let venv = Path::new(env!("CARGO_TARGET_TMPDIR")).join("langsmith-venv");
    let python = venv.join("bin").join("python");
    let ready = Command::new(&python).args(["-c", "import requests; assert requests.__version__ == '2.32.5'"]).status();
    if ready.is_ok_and(|status| status.success()) {
        return python;
    }
    let made = Command::new("python3").args(["-m", "venv"]).arg(&venv).status().expect("python3 runs");
    assert!(made.success(), "python3 -m venv");
    let installed = Command::new(venv.join("bin").join("pip"))
        .args(["install", "--quiet", "--disable-pip-version-check", "requests==2.32.5"])
        .status()
        .expect("pip runs");
    assert!(installed.success(), "pip install requests==2.32.5");
    python
}

fn count(connection: &Connection, sql: &str, args: impl rusqlite::Params) -> i64 {
    connection.query_row(sql, args, |row| row.get(0)).unwrap_or_else(|e| panic!("{sql}: {e}"))
}

#[test]
fn langsmith_workflow_of_the_documentation_and_its_data() {
    let db = database("langsmith");
    let server = Server::start(&db);
    let (what, key) = server.keys.iter().find(|(what, _)| what.contains("LangSmith")).cloned().expect("a LangSmith key at first start");
    let organization = what.rsplit_once("in organization ").expect("the organization id in the text").1.to_owned();
    assert!(uuid::Uuid::parse_str(&organization).is_ok(), "{what}");
    let api = format!("{}/api/v1", server.base);

    // The documentation's workflow, as a user would run it.
    let output = Command::new(python())
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("langsmith_workflow.py"))
        .env("LANGCHAIN_API_KEY", &key)
        .env("LANGCHAIN_ORGANIZATION_ID", &organization)
        .env("LANGCHAIN_ENDPOINT", &server.base)
        .output()
        .expect("the workflow runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "workflow failed:\n{stdout}\n{}", String::from_utf8_lossy(&output.stderr));
    let last = stdout.lines().last().unwrap_or_default();
    assert!(last.starts_with("workflow ok: workspace "), "{stdout}");
    let workspace = last.split_whitespace().nth(3).expect("the workspace id").to_owned();

    // What the workflow did is what the database holds.
    {
        let connection = Connection::open(&db).expect("the database opens");
        let (name, org): (String, String) = connection
            .query_row("SELECT display_name, organization_id FROM langsmith_workspaces WHERE id = ?1", [&workspace], |row| {
                Ok((row.get(0)?, row.get(1)?))
            })
            .expect("the workspace");
        assert_eq!((name.as_str(), org.as_str()), ("My Workspace", organization.as_str()));
        // The invitation: to the organization as Organization User, to the
        // workspace as Editor; no member yet.
        let invited: Vec<(Option<String>, String)> = connection
            .prepare(
                "SELECT p.workspace_id, r.display_name FROM langsmith_pending p JOIN langsmith_roles r ON r.id = p.role_id
                 WHERE p.email = 'new-user@example.com' ORDER BY p.workspace_id IS NOT NULL",
            )
            .and_then(|mut s| s.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?.collect())
            .expect("the invitations");
        assert_eq!(invited, [(None, "Organization User".to_owned()), (Some(workspace.clone()), "Editor".to_owned())]);
        assert_eq!(
            count(&connection, "SELECT COUNT(*) FROM langsmith_users WHERE email = 'new-user@example.com'", []),
            0,
            "an invitation is not a user"
        );
        let roles: Vec<(Option<String>, String)> = connection
            .prepare(
                "SELECT i.workspace_id, r.display_name FROM langsmith_identities i
                 JOIN langsmith_roles r ON r.id = i.role_id JOIN langsmith_users u ON u.id = i.user_id
                 WHERE u.email = 'member@example.com' ORDER BY i.workspace_id IS NOT NULL",
            )
            .and_then(|mut s| s.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?.collect())
            .expect("the member's identities");
        assert_eq!(roles, [(None, "Organization Admin".to_owned()), (Some(workspace.clone()), "Admin".to_owned())]);
    }

    let org = [("X-API-Key", key.as_str()), ("X-Organization-Id", organization.as_str())];
    let in_workspace = [org[0], org[1], ("X-Tenant-Id", workspace.as_str())];

    // Refusals: no key, a wrong key, a missing or foreign organization.
    assert_eq!(curl("GET", &format!("{api}/orgs/current/roles"), &[], None).status, 401);
    assert_eq!(curl("GET", &format!("{api}/orgs/current/roles"), &[("X-API-Key", "nope"), org[1]], None).status, 401);
    assert_eq!(curl("GET", &format!("{api}/orgs/current/roles"), &[org[0]], None).status, 403);
    let other_org = uuid::Uuid::new_v4().to_string();
    assert_eq!(curl("GET", &format!("{api}/orgs/current/roles"), &[org[0], ("X-Organization-Id", &other_org)], None).status, 403);
    // Workspace operations need `X-Tenant-Id`, naming a workspace of the
    // organization.
    assert_eq!(curl("GET", &format!("{api}/workspaces/current/members"), &org, None).status, 403);
    let nowhere = [org[0], org[1], ("X-Tenant-Id", other_org.as_str())];
    assert_eq!(curl("GET", &format!("{api}/workspaces/current/members"), &nowhere, None).status, 403);

    // Duplicates conflict: the same email invited twice, the same user added
    // twice. What the request names must exist: a workspace, a user.
    let roles = curl("GET", &format!("{api}/orgs/current/roles"), &org, None);
    assert_eq!(roles.status, 200);
    let role = |name: &str| -> String {
        roles.body.as_array().expect("roles").iter().find(|r| r["display_name"] == name).expect(name)["id"]
            .as_str()
            .expect("an id")
            .to_owned()
    };
    let again = curl("POST", &format!("{api}/orgs/current/members"), &org, Some(r#"{"email": "New-User@example.com"}"#));
    assert_eq!(again.status, 409, "{}", again.body);
    let nowhere_invite = json!({"email": "someone@example.com", "workspace_ids": [other_org]}).to_string();
    let unknown_workspace = curl("POST", &format!("{api}/orgs/current/members"), &org, Some(&nowhere_invite));
    assert_eq!(unknown_workspace.status, 422, "{}", unknown_workspace.body);
    assert_eq!(unknown_workspace.body["detail"][0]["loc"], json!(["body", "workspace_ids", 0]));
    assert_eq!(unknown_workspace.body["detail"][0]["type"], "not_found");
    // In a batch, the place names the item; the whole batch is refused.
    let batch = json!([{"email": "first@example.com"}, {"email": "second@example.com", "role_id": uuid::Uuid::new_v4()}]);
    let refused = curl("POST", &format!("{api}/orgs/current/members/batch"), &org, Some(&batch.to_string()));
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert_eq!(refused.body["detail"][0]["loc"], json!(["body", 1, "role_id"]));
    let members = curl("GET", &format!("{api}/orgs/current/members"), &org, None);
    // Refused, nothing was written: one invitation of new-user, none of
    // someone, first or second.
    let pending: Vec<&str> = members.body["pending"].as_array().expect("pending").iter().filter_map(|p| p["email"].as_str()).collect();
    assert_eq!(pending, ["new-user@example.com"], "{}", members.body);
    let member_user = members.body["members"]
        .as_array()
        .expect("members")
        .iter()
        .find(|m| m["email"] == "member@example.com")
        .expect("the member")["user_id"]
        .clone();
    let twice =
        curl("POST", &format!("{api}/workspaces/current/members"), &in_workspace, Some(&json!({"user_id": member_user}).to_string()));
    assert_eq!(twice.status, 409, "{}", twice.body);
    let stranger = json!({"user_id": uuid::Uuid::new_v4()}).to_string();
    let not_a_member = curl("POST", &format!("{api}/workspaces/current/members"), &in_workspace, Some(&stranger));
    assert_eq!(not_a_member.status, 422, "{}", not_a_member.body);
    assert_eq!(not_a_member.body["detail"][0]["loc"], json!(["body", "user_id"]));

    // System roles cannot change; custom roles can.
    let viewer = role("Viewer");
    let patch = json!({"display_name": "Watcher", "description": "x", "permissions": ["runs:read"]}).to_string();
    assert_eq!(curl("PATCH", &format!("{api}/orgs/current/roles/{viewer}"), &org, Some(&patch)).status, 409);
    assert_eq!(curl("DELETE", &format!("{api}/orgs/current/roles/{viewer}"), &org, None).status, 409);
    let no_role = uuid::Uuid::new_v4();
    assert_eq!(curl("DELETE", &format!("{api}/orgs/current/roles/{no_role}"), &org, None).status, 404);
    let custom = curl(
        "POST",
        &format!("{api}/orgs/current/roles"),
        &org,
        Some(r#"{"display_name": "Auditor", "description": "Reads runs", "permissions": ["runs:read", "projects:read"]}"#),
    );
    assert_eq!(custom.status, 200, "{}", custom.body);
    assert_eq!((custom.body["name"].as_str(), custom.body["access_scope"].as_str()), (Some("CUSTOM"), Some("workspace")));
    let auditor = custom.body["id"].as_str().expect("an id").to_owned();
    let renamed = curl(
        "PATCH",
        &format!("{api}/orgs/current/roles/{auditor}"),
        &org,
        Some(r#"{"display_name": "Auditors", "description": "Reads", "permissions": ["runs:read"]}"#),
    );
    assert_eq!((renamed.status, renamed.body["display_name"].as_str()), (200, Some("Auditors")));
    // A permission that does not exist; a name another role has.
    let unknown = r#"{"display_name": "Bad", "description": "", "permissions": ["everything:all"]}"#;
    let refused = curl("POST", &format!("{api}/orgs/current/roles"), &org, Some(unknown));
    assert_eq!((refused.status, &refused.body["detail"][0]["loc"]), (422, &json!(["body", "permissions", 0])), "{}", refused.body);
    let taken = r#"{"display_name": "Viewer", "description": "", "permissions": ["runs:read"]}"#;
    assert_eq!(curl("POST", &format!("{api}/orgs/current/roles"), &org, Some(taken)).status, 409);
    assert_eq!(curl("DELETE", &format!("{api}/orgs/current/roles/{auditor}"), &org, None).status, 200);
    assert_eq!(curl("GET", &format!("{api}/orgs/current/roles"), &org, None).body.as_array().map(Vec::len), Some(5));

    // A second organization (its own admin and key) sees nothing of the first.
    let output = Command::new(env!("CARGO_BIN_EXE_orgs-server"))
        .arg("--db")
        .arg(&db)
        .args(["key", "langsmith", "Other Org", "other@example.com"])
        .output()
        .expect("the key command runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let printed = String::from_utf8_lossy(&output.stdout).trim().to_owned();
    let (other, other_key) = printed.split_once(' ').expect("<organization id> <key>");
    let bad = Command::new(env!("CARGO_BIN_EXE_orgs-server"))
        .arg("--db")
        .arg(&db)
        .args(["key", "langsmith", "Bad/Name", "not-an-email"])
        .output()
        .expect("the key command runs");
    assert!(!bad.status.success(), "arguments are checked");
    let theirs = [("X-API-Key", other_key), ("X-Organization-Id", other)];
    let their_members = curl("GET", &format!("{api}/orgs/current/members"), &theirs, None);
    assert_eq!(their_members.status, 200);
    let emails: Vec<&str> = their_members.body["members"].as_array().expect("members").iter().filter_map(|m| m["email"].as_str()).collect();
    assert_eq!(emails, ["other@example.com"]);
    assert_eq!(their_members.body["pending"], json!([]));
    assert_eq!(curl("GET", &format!("{api}/workspaces"), &theirs, None).body, json!([]));
    // Their key in our organization, or our workspace: refused.
    assert_eq!(curl("GET", &format!("{api}/orgs/current/members"), &[theirs[0], org[1]], None).status, 403);
    let cross = [theirs[0], theirs[1], ("X-Tenant-Id", workspace.as_str())];
    assert_eq!(curl("GET", &format!("{api}/workspaces/current/members"), &cross, None).status, 403);
    // Our workspace and roles do not exist in their organization.
    assert_eq!(curl("PATCH", &format!("{api}/workspaces/{workspace}"), &theirs, Some(r#"{"display_name": "Mine"}"#)).status, 404);
    assert_eq!(curl("DELETE", &format!("{api}/orgs/current/roles/{viewer}"), &theirs, None).status, 404);
    let bearer = format!("Bearer {other_key}");
    let their_orgs = curl("GET", &format!("{api}/orgs"), &[("Authorization", bearer.as_str()), theirs[1]], None);
    assert_eq!(their_orgs.status, 200);
    assert_eq!(their_orgs.body.as_array().map(Vec::len), Some(1));
    assert_eq!(their_orgs.body[0]["id"], other);

    // A restart keeps the data, and prints no new keys.
    server.stop();
    let server = Server::start(&db);
    assert!(server.keys.is_empty(), "keys are shown once: {:?}", server.keys);
    let api = format!("{}/api/v1", server.base);
    let members = curl("GET", &format!("{api}/workspaces/current/members"), &in_workspace, None);
    assert_eq!(members.status, 200, "{}", members.body);
    let roles_now: Vec<(Value, Value)> =
        members.body["members"].as_array().expect("members").iter().map(|m| (m["email"].clone(), m["role_name"].clone())).collect();
    assert!(roles_now.contains(&(json!("member@example.com"), json!("Admin"))), "{roles_now:?}");
    assert_eq!(members.body["pending"][0]["email"], "new-user@example.com");

    // Deleting the workspace takes its memberships and invitations along;
    // the organization's own invitation and memberships stay.
    let deleted = curl("DELETE", &format!("{api}/workspaces/{workspace}"), &in_workspace, None);
    assert_eq!(deleted.status, 200, "{}", deleted.body);
    assert_eq!(deleted.body["is_deleted"], true);
    {
        let connection = Connection::open(&db).expect("the database opens");
        let in_workspace = |table: &str| count(&connection, &format!("SELECT COUNT(*) FROM {table} WHERE workspace_id = ?1"), [&workspace]);
        assert_eq!((in_workspace("langsmith_identities"), in_workspace("langsmith_pending")), (0, 0));
        assert_eq!(count(&connection, "SELECT COUNT(*) FROM langsmith_workspaces WHERE id = ?1", [&workspace]), 0);
        assert_eq!(
            count(&connection, "SELECT COUNT(*) FROM langsmith_pending WHERE email = 'new-user@example.com'", []),
            1,
            "the organization's invitation stays"
        );
        assert_eq!(
            count(
                &connection,
                "SELECT COUNT(*) FROM langsmith_identities WHERE organization_id = ?1 AND workspace_id IS NULL",
                [&organization]
            ),
            2
        );
    }
    // The workspace is gone for the API too.
    assert_eq!(curl("GET", &format!("{api}/workspaces/current/members"), &in_workspace, None).status, 403);
    assert_eq!(curl("GET", &format!("{api}/workspaces"), &org, None).body, json!([]));
    server.stop();
}
