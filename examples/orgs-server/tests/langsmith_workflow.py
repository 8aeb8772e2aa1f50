"""The sample code of LangSmith's "Manage your organization using the API"
page, with its `<replace_me>` filled in and its elided `session.post(...)` /
`session.patch(...)` calls completed as the page's text says, plus an
assertion on each answer. Run by tests/langsmith.rs against orgs-server.
"""

import os

import requests


def check(res, what):
    assert res.status_code == 200, f"{what}: {res.status_code} {res.text}"
    return res.json()


def main():
    api_key = os.environ["LANGCHAIN_API_KEY"]
    # LANGCHAIN_ORGANIZATION_ID is not a standard environment variable in the SDK, just used for this example
    organization_id = os.environ["LANGCHAIN_ORGANIZATION_ID"]
    base_url = os.environ.get("LANGCHAIN_ENDPOINT") or "https://api.smith.langchain.com"
    headers = {
        "Content-Type": "application/json",
        "X-API-Key": api_key,
        "X-Organization-Id": organization_id,
    }

    session = requests.Session()
    session.headers.update(headers)
    workspaces_path = f"{base_url}/api/v1/workspaces"
    orgs_path = f"{base_url}/api/v1/orgs/current"

    # Create a workspace
    workspace_res = session.post(workspaces_path, json={"display_name": "My Workspace"})
    workspace = check(workspace_res, "create a workspace")
    workspace_id = workspace["id"]
    assert workspace["display_name"] == "My Workspace", workspace
    assert workspace["organization_id"] == organization_id, workspace
    assert workspace["is_deleted"] is False, workspace

    workspace_headers = {
        "X-Tenant-Id": workspace_id,
    }

    # Grab roles - this includes both organization and workspace roles
    roles_res = session.get(f"{orgs_path}/roles")
    roles = check(roles_res, "list roles")
    # system org roles are 'Organization Admin', 'Organization User'
    # system workspace roles are 'Admin', 'Editor', 'Viewer'
    org_roles_by_name = {role["display_name"]: role for role in roles if role["access_scope"] == "organization"}
    ws_roles_by_name = {role["display_name"]: role for role in roles if role["access_scope"] == "workspace"}
    assert set(org_roles_by_name) == {"Organization Admin", "Organization User"}, org_roles_by_name
    assert set(ws_roles_by_name) == {"Admin", "Editor", "Viewer"}, ws_roles_by_name
    assert all(role["permissions"] for role in roles), roles
    assert "workspaces:manage" in ws_roles_by_name["Admin"]["permissions"]
    assert "workspaces:manage" not in ws_roles_by_name["Viewer"]["permissions"]

    # Invite a user to the org and the new workspace, as an Editor.
    # workspace_role_id is only allowed if RBAC is enabled (an enterprise feature).
    new_user_email = "new-user@example.com"
    new_user_res = session.post(
        f"{orgs_path}/members",
        json={
            "email": new_user_email,
            "role_id": org_roles_by_name["Organization User"]["id"],
            "workspace_ids": [workspace_id],
            "workspace_role_id": ws_roles_by_name["Editor"]["id"],
        },
    )
    new_user = check(new_user_res, "invite a user")
    assert new_user["email"] == new_user_email, new_user
    assert new_user["role_id"] == org_roles_by_name["Organization User"]["id"], new_user
    assert new_user["workspace_ids"] == [workspace_id], new_user
    assert new_user["workspace_role_id"] == ws_roles_by_name["Editor"]["id"], new_user
    assert new_user["organization_id"] == organization_id, new_user

    # Add a user that already exists in the org to the new workspace, as a Viewer.
    # workspace_role_id is only allowed if RBAC is enabled (an enterprise feature).
    existing_user_email = "member@example.com"
    org_members_res = session.get(f"{orgs_path}/members")
    org_members = check(org_members_res, "list org members")
    assert new_user_email in [pending["email"] for pending in org_members["pending"]], org_members
    assert new_user_email not in [member["email"] for member in org_members["members"]], org_members
    existing_org_member = next(
        (member for member in org_members["members"] if member["email"] == existing_user_email), None
    )
    assert existing_org_member is not None, org_members
    assert existing_org_member["role_name"] == "Organization User", existing_org_member
    existing_user_res = session.post(
        f"{workspaces_path}/current/members",
        json={
            "user_id": existing_org_member["user_id"],
            "workspace_ids": [workspace_id],
            "workspace_role_id": ws_roles_by_name["Viewer"]["id"],
        },
        headers=workspace_headers,
    )
    existing_user = check(existing_user_res, "add an org member to the workspace")
    assert existing_user["user_id"] == existing_org_member["user_id"], existing_user
    assert existing_user["tenant_id"] == workspace_id, existing_user
    assert existing_user["role_name"] == "Viewer", existing_user

    # List all members of the workspace
    members_res = session.get(f"{workspaces_path}/current/members", headers=workspace_headers)
    members = check(members_res, "list workspace members")
    assert members["tenant_id"] == workspace_id, members
    assert [pending["email"] for pending in members["pending"]] == [new_user_email], members
    assert members["pending"][0]["role_name"] == "Editor", members
    workspace_member = next(
        (member for member in members["members"] if member["email"] == existing_user_email), None
    )
    assert workspace_member is not None, members
    assert workspace_member["id"] == existing_user["id"], (workspace_member, existing_user)
    assert workspace_member["role_id"] == ws_roles_by_name["Viewer"]["id"], workspace_member

    # Update the user's workspace role to Admin (enterprise-only)
    existing_user_id = workspace_member["id"]
    update_res = session.patch(
        f"{workspaces_path}/current/members/{existing_user_id}",
        json={"role_id": ws_roles_by_name["Admin"]["id"]},
        headers=workspace_headers,
    )
    updated = check(update_res, "make the workspace member an Admin")
    assert updated["role_name"] == "Admin", updated

    # Update the user's organization role to Organization Admin
    update_res = session.patch(
        f"{orgs_path}/members/{existing_org_member['id']}",
        json={"role_id": org_roles_by_name["Organization Admin"]["id"]},
    )
    updated = check(update_res, "make the org member an Organization Admin")
    assert updated["role_name"] == "Organization Admin", updated
    assert workspace_id in updated["tenant_ids"], updated

    # What the lists say now.
    members = check(session.get(f"{workspaces_path}/current/members", headers=workspace_headers), "list again")
    roles_now = {member["email"]: member["role_name"] for member in members["members"]}
    assert roles_now[existing_user_email] == "Admin", roles_now
    org_members = check(session.get(f"{orgs_path}/members"), "list org members again")
    org_roles_now = {member["email"]: member["role_name"] for member in org_members["members"]}
    assert org_roles_now[existing_user_email] == "Organization Admin", org_roles_now

    print(f"workflow ok: workspace {workspace_id} member {existing_user_id} invited {new_user['id']}")


if __name__ == "__main__":
    main()
