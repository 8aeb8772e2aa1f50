//! LangSmith's organization management (`specs/langsmith.yaml`): an API key
//! belongs to a user in one organization; `X-Organization-Id` must name that
//! organization and `X-Tenant-Id` one of its workspaces. Every organization
//! has the system roles (`Organization Admin`, `Organization User`, `Admin`,
//! `Editor`, `Viewer`) and may add custom workspace roles. A user is in an
//! organization through an org identity (`workspace_id` NULL) and in a
//! workspace through a workspace identity; an invitation is a pending
//! identity, org-level and per workspace, until the user accepts it.
//!
//! Every operation declares 200, 401, 403, 404, 409 and 422: a request that
//! is not allowed is 403, decided in `authenticate` by the operation's path
//! and method before anything else is read (a key of another organization,
//! a workspace the caller is not in, a change without the permission to
//! manage what it changes); one naming something that does not exist (an id,
//! a permission, an invitee) is 404; one that conflicts with what exists (a
//! name, id, member or invitation taken, a system role, the last
//! Organization Admin, invites disabled) is 409. 422, with FastAPI's body,
//! is for a request that breaks the document, and only the generated
//! router answers it (a batch over 500 invitations included: the document
//! says `maxItems: 500`).

use std::collections::HashSet;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use langsmith_orgs::models::{
    self, AccessScope, AppSchemasTenant, MemberSortField, PendingIdentityCreate, Role, ValidationErrorLocItem as Loc,
};
// Every operation's module (`list_workspaces::Request`, ...), `Api`, `Credentials`.
use langsmith_orgs::server::*;
use oapi_axum_runtime::axum::http::Method;
use oapi_axum_runtime::{AuthError, Email, Incoming, Maybe, Operation};
use rusqlite::{OptionalExtension, Row, Transaction, params};
use serde::de::DeserializeOwned;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::error::Failure;
use crate::store::{self, Store, exists};

/// The API's name for its keys.
pub const API: &str = "langsmith";

/// Its tables. An identity or invitation of a workspace goes with it.
pub const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS langsmith_users (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    full_name TEXT,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS langsmith_organizations (
    id TEXT PRIMARY KEY,
    display_name TEXT NOT NULL,
    is_personal INTEGER NOT NULL,
    settings TEXT NOT NULL DEFAULT '{}',
    created_by TEXT REFERENCES langsmith_users (id),
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS langsmith_roles (
    id TEXT PRIMARY KEY,
    organization_id TEXT NOT NULL REFERENCES langsmith_organizations (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    display_name TEXT NOT NULL,
    description TEXT NOT NULL,
    access_scope TEXT NOT NULL CHECK (access_scope IN ('organization', 'workspace')),
    permissions TEXT NOT NULL,
    system INTEGER NOT NULL,
    UNIQUE (organization_id, display_name)
);
CREATE TABLE IF NOT EXISTS langsmith_workspaces (
    id TEXT PRIMARY KEY,
    organization_id TEXT NOT NULL REFERENCES langsmith_organizations (id) ON DELETE CASCADE,
    display_name TEXT NOT NULL,
    tenant_handle TEXT,
    created_at TEXT NOT NULL,
    UNIQUE (organization_id, tenant_handle)
);
CREATE TABLE IF NOT EXISTS langsmith_identities (
    id TEXT PRIMARY KEY,
    organization_id TEXT NOT NULL REFERENCES langsmith_organizations (id) ON DELETE CASCADE,
    workspace_id TEXT REFERENCES langsmith_workspaces (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES langsmith_users (id),
    role_id TEXT NOT NULL REFERENCES langsmith_roles (id),
    created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS langsmith_org_identity ON langsmith_identities (organization_id, user_id)
    WHERE workspace_id IS NULL;
CREATE UNIQUE INDEX IF NOT EXISTS langsmith_workspace_identity ON langsmith_identities (workspace_id, user_id)
    WHERE workspace_id IS NOT NULL;
CREATE TABLE IF NOT EXISTS langsmith_pending (
    id TEXT PRIMARY KEY,
    organization_id TEXT NOT NULL REFERENCES langsmith_organizations (id) ON DELETE CASCADE,
    workspace_id TEXT REFERENCES langsmith_workspaces (id) ON DELETE CASCADE,
    email TEXT NOT NULL,
    role_id TEXT NOT NULL REFERENCES langsmith_roles (id),
    full_name TEXT,
    created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS langsmith_org_pending ON langsmith_pending (organization_id, email)
    WHERE workspace_id IS NULL;
CREATE UNIQUE INDEX IF NOT EXISTS langsmith_workspace_pending ON langsmith_pending (workspace_id, email)
    WHERE workspace_id IS NOT NULL;
";

/// Permissions, by scope: (name, description).
const ORGANIZATION_PERMISSIONS: &[(&str, &str)] = &[
    ("organization:read", "View the organization, its members and roles"),
    ("organization:manage", "Manage the organization: members, roles, workspaces, settings"),
    ("organization:pats:create", "Create personal access tokens"),
];
const WORKSPACE_PERMISSIONS: &[(&str, &str)] = &[
    ("workspaces:read", "View the workspace and its members"),
    ("workspaces:manage", "Manage the workspace, its members and their roles"),
    ("projects:read", "View tracing projects"),
    ("projects:create", "Create tracing projects"),
    ("projects:update", "Update tracing projects"),
    ("projects:delete", "Delete tracing projects"),
    ("runs:read", "View runs"),
    ("runs:create", "Create runs"),
    ("runs:delete", "Delete runs"),
    ("datasets:read", "View datasets"),
    ("datasets:create", "Create datasets"),
    ("datasets:update", "Update datasets"),
    ("datasets:delete", "Delete datasets"),
    ("prompts:read", "View prompts"),
    ("prompts:create", "Create prompts"),
    ("prompts:update", "Update prompts"),
    ("prompts:delete", "Delete prompts"),
];

const ORGANIZATION_ADMIN: &str = "Organization Admin";
const ORGANIZATION_USER: &str = "Organization User";
const VIEWER: &str = "Viewer";
const ADMIN: &str = "Admin";
const MANAGE_ORGANIZATION: &str = "organization:manage";
const MANAGE_WORKSPACE: &str = "workspaces:manage";

/// The system roles: name, display name, description, scope, permissions.
fn system_roles() -> Vec<(&'static str, &'static str, &'static str, AccessScope, Vec<&'static str>)> {
    let workspace = || WORKSPACE_PERMISSIONS.iter().map(|(name, _)| *name);
    vec![
        (
            "ORGANIZATION_ADMIN",
            ORGANIZATION_ADMIN,
            "Full access to the organization",
            AccessScope::Organization,
            ORGANIZATION_PERMISSIONS.iter().map(|(name, _)| *name).collect(),
        ),
        (
            "ORGANIZATION_USER",
            ORGANIZATION_USER,
            "Member of the organization",
            AccessScope::Organization,
            vec!["organization:read", "organization:pats:create"],
        ),
        ("WORKSPACE_ADMIN", ADMIN, "Full access to the workspace", AccessScope::Workspace, workspace().collect()),
        (
            "WORKSPACE_USER",
            "Editor",
            "Read and write access to the workspace's resources",
            AccessScope::Workspace,
            workspace().filter(|name| *name != MANAGE_WORKSPACE).collect(),
        ),
        (
            "WORKSPACE_VIEWER",
            VIEWER,
            "Read access to the workspace's resources",
            AccessScope::Workspace,
            workspace().filter(|name| name.ends_with(":read")).collect(),
        ),
    ]
}

/// The LangSmith API on the store.
#[derive(Debug, Clone)]
pub struct Langsmith {
    pub store: Arc<Store>,
}

/// Who calls, as `authenticate` found them: the key's user, in the key's
/// organization, in the workspace `X-Tenant-Id` names (one of the
/// organization's that the user may act in), and allowed to do what the
/// operation does.
#[derive(Debug, Clone)]
pub struct Caller {
    pub user: String,
    pub organization: String,
    pub tenant: Option<String>,
}

impl Caller {
    /// The workspace of `X-Tenant-Id`: there for every operation on the
    /// current workspace (`authenticate` refuses them without one).
    fn workspace(&self) -> &str {
        self.tenant.as_deref().unwrap_or_default()
    }
}

fn id() -> String {
    Uuid::new_v4().to_string()
}

fn uuid(text: &str) -> Uuid {
    text.parse().unwrap_or_default()
}

fn time(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text).map(|t| t.to_utc()).unwrap_or_default()
}

/// A model from JSON the server writes itself (the big models have many
/// defaults); a mismatch is the server's failure.
fn model<T: DeserializeOwned>(value: Value) -> rusqlite::Result<T> {
    serde_json::from_value(value)
        .map_err(|error| rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(error)))
}

/// A refusal of the helpers shared by several operations, by what the
/// request names and what exists; each operation answers it with its own
/// 422 or 409 (`refused!`).
#[derive(Debug, Clone)]
enum Refused {
    /// A value of the body names something that does not exist (a role, a
    /// workspace, a permission) or nobody (an email that is no address):
    /// 422 at its place, in the document's `HTTPValidationError` shape. (A
    /// 404 would say that the resource the path names is not there.)
    Invalid(Box<models::ValidationError>),
    /// The request conflicts with what exists.
    Conflict,
}

impl Refused {
    /// Nothing has the id that the body's value at `place` holds.
    fn not_found(place: &[Place], msg: &str) -> Self {
        Self::invalid(place, msg, "not_found")
    }

    fn invalid(place: &[Place], msg: &str, kind: &str) -> Self {
        let mut loc = vec![Loc::String("body".to_owned())];
        loc.extend(place.iter().map(|part| match part {
            Place::Key(key) => Loc::String((*key).to_owned()),
            Place::Index(index) => Loc::Integer(i64::try_from(*index).unwrap_or(i64::MAX)),
        }));
        Self::Invalid(Box::new(models::ValidationError { loc, msg: msg.to_owned(), type_: kind.to_owned() }))
    }

    /// The refusal of an item of a list body: its place under `index`.
    fn in_item(self, index: usize) -> Self {
        match self {
            Self::Invalid(mut error) => {
                let at = Loc::Integer(i64::try_from(index).unwrap_or(i64::MAX));
                error.loc.insert(1, at);
                Self::Invalid(error)
            }
            other => other,
        }
    }
}

/// A step of a place in a body.
#[derive(Debug, Clone, Copy)]
enum Place {
    Key(&'static str),
    Index(usize),
}

/// The operation's answer (`$response`, a generated response enum) to a
/// [`Refused`].
macro_rules! refused {
    ($response:ident, $refused:expr) => {
        match $refused {
            Refused::Invalid(error) => $response::UnprocessableEntity(models::HttpValidationError { detail: Some(vec![*error]) }),
            Refused::Conflict => $response::Conflict,
        }
    };
}

// ---------------------------------------------------------------------------
// Organizations, users and keys.
// ---------------------------------------------------------------------------

/// The user with `email`, created if new; returns their id.
fn user_by_email(tx: &Transaction<'_>, email: &str, full_name: Option<&str>) -> rusqlite::Result<String> {
    let found: Option<String> =
        tx.query_row("SELECT id FROM langsmith_users WHERE email = ?1", params![email], |row| row.get(0)).optional()?;
    if let Some(found) = found {
        return Ok(found);
    }
    let user = id();
    tx.execute(
        "INSERT INTO langsmith_users (id, email, full_name, created_at) VALUES (?1, ?2, ?3, ?4)",
        params![user, email, full_name, store::now()],
    )?;
    Ok(user)
}

/// The organization's role `display_name` (system roles are always there).
fn role_named(tx: &Transaction<'_>, organization: &str, display_name: &str) -> rusqlite::Result<String> {
    tx.query_row(
        "SELECT id FROM langsmith_roles WHERE organization_id = ?1 AND display_name = ?2",
        params![organization, display_name],
        |row| row.get(0),
    )
}

/// A new organization with its system roles, `creator` its Organization
/// Admin; returns its id.
fn create_organization(
    tx: &Transaction<'_>,
    display_name: &str,
    is_personal: bool,
    settings: &Value,
    creator: &str,
) -> rusqlite::Result<String> {
    let organization = id();
    let now = store::now();
    tx.execute(
        "INSERT INTO langsmith_organizations (id, display_name, is_personal, settings, created_by, created_at, modified_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
        params![organization, display_name, is_personal, settings.to_string(), creator, now],
    )?;
    for (name, display, description, scope, permissions) in system_roles() {
        tx.execute(
            "INSERT INTO langsmith_roles (id, organization_id, name, display_name, description, access_scope, permissions, system)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 1)",
            params![id(), organization, name, display, description, scope.as_str(), json!(permissions).to_string()],
        )?;
    }
    add_identity(tx, &organization, None, creator, &role_named(tx, &organization, ORGANIZATION_ADMIN)?)?;
    Ok(organization)
}

fn add_identity(tx: &Transaction<'_>, organization: &str, workspace: Option<&str>, user: &str, role: &str) -> rusqlite::Result<String> {
    let identity = id();
    tx.execute(
        "INSERT INTO langsmith_identities (id, organization_id, workspace_id, user_id, role_id, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![identity, organization, workspace, user, role, store::now()],
    )?;
    Ok(identity)
}

fn issue(tx: &Transaction<'_>, organization: &str, user: &str) -> rusqlite::Result<String> {
    store::issue_key(tx, API, &format!("{organization} {user}"))
}

/// What a first start creates: the organization `Default`, its admin
/// `admin@example.com` (with a key) and a member `member@example.com`.
pub fn bootstrap(tx: &Transaction<'_>) -> store::Result<Vec<(String, String)>> {
    let admin = user_by_email(tx, "admin@example.com", Some("Administrator"))?;
    let organization = create_organization(tx, "Default", false, &json!({}), &admin)?;
    let member = user_by_email(tx, "member@example.com", Some("Member"))?;
    add_identity(tx, &organization, None, &member, &role_named(tx, &organization, ORGANIZATION_USER)?)?;
    let key = issue(tx, &organization, &admin)?;
    Ok(vec![(format!("LangSmith API key of `admin@example.com` in organization {organization}"), key)])
}

fn valid_display_name(name: &str) -> bool {
    !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ' '))
}

/// `orgs-server key langsmith <ORG NAME> <EMAIL>`: a new organization
/// (its name as `POST /api/v1/orgs` takes it) whose Organization Admin is
/// the user `EMAIL` (created if new), and their key; printed as
/// `<organization id> <key>`.
pub fn create_key(tx: &Transaction<'_>, args: &[String]) -> store::Result<Result<String, String>> {
    const USAGE: &str = "usage: key langsmith <ORG NAME> <EMAIL>";
    let [name, email] = args else { return Ok(Err(USAGE.to_owned())) };
    if !valid_display_name(name) {
        return Ok(Err(format!("{USAGE}: the name is letters, digits, spaces, `-` and `_`")));
    }
    let Ok(email) = Email::parse(email.as_str()) else { return Ok(Err(format!("{USAGE}: `{email}` is not an email address"))) };
    let user = user_by_email(tx, email.as_str(), None)?;
    let organization = create_organization(tx, name, false, &json!({}), &user)?;
    Ok(Ok(format!("{organization} {}", issue(tx, &organization, &user)?)))
}

// ---------------------------------------------------------------------------
// Reading rows into models.
// ---------------------------------------------------------------------------

struct RoleRow {
    id: String,
    name: String,
    display_name: String,
    description: String,
    organization: String,
    scope: String,
    permissions: Vec<String>,
    system: bool,
}

const ROLE_COLUMNS: &str =
    "SELECT id, name, display_name, description, organization_id, access_scope, permissions, system FROM langsmith_roles";

fn role_row(row: &Row<'_>) -> rusqlite::Result<RoleRow> {
    let permissions: String = row.get(6)?;
    Ok(RoleRow {
        id: row.get(0)?,
        name: row.get(1)?,
        display_name: row.get(2)?,
        description: row.get(3)?,
        organization: row.get(4)?,
        scope: row.get(5)?,
        permissions: serde_json::from_str(&permissions).unwrap_or_default(),
        system: row.get(7)?,
    })
}

impl RoleRow {
    fn model(&self) -> Role {
        Role {
            id: uuid(&self.id),
            name: self.name.clone(),
            display_name: self.display_name.clone(),
            description: self.description.clone(),
            organization_id: Maybe::Value(uuid(&self.organization)),
            permissions: self.permissions.clone(),
            access_scope: Maybe::Value(scope(&self.scope)),
        }
    }
}

fn scope(text: &str) -> AccessScope {
    if text == "organization" { AccessScope::Organization } else { AccessScope::Workspace }
}

fn find_role(tx: &Transaction<'_>, organization: &str, role: &str) -> rusqlite::Result<Option<RoleRow>> {
    tx.query_row(&format!("{ROLE_COLUMNS} WHERE organization_id = ?1 AND id = ?2"), params![organization, role], role_row).optional()
}

/// The role `role` of the organization (the body's `field`) if it has scope
/// `wanted`; a role of the other scope conflicts, an unknown one is not
/// found (422 at `field`).
fn role_of_scope(
    tx: &Transaction<'_>,
    organization: &str,
    role: Uuid,
    wanted: AccessScope,
    field: &'static str,
) -> rusqlite::Result<Result<RoleRow, Refused>> {
    Ok(match find_role(tx, organization, &role.to_string())? {
        Some(found) if found.scope == wanted.as_str() => Ok(found),
        Some(_) => Err(Refused::Conflict),
        None => Err(Refused::not_found(&[Place::Key(field)], "No role of the organization has this id.")),
    })
}

/// A member of the organization (`workspace` None) or of a workspace.
struct MemberRow {
    id: String,
    organization: String,
    workspace: Option<String>,
    user: String,
    email: String,
    full_name: Option<String>,
    role_id: String,
    role_name: String,
    created_at: String,
    org_role_id: Option<String>,
    org_role_name: Option<String>,
}

fn members(tx: &Transaction<'_>, organization: &str, workspace: Option<&str>) -> rusqlite::Result<Vec<MemberRow>> {
    let mut statement = tx.prepare(
        "SELECT i.id, i.organization_id, i.workspace_id, i.user_id, u.email, u.full_name, i.role_id, r.display_name,
                i.created_at, oi.role_id, orr.display_name
         FROM langsmith_identities i
         JOIN langsmith_users u ON u.id = i.user_id
         JOIN langsmith_roles r ON r.id = i.role_id
         LEFT JOIN langsmith_identities oi
             ON oi.organization_id = i.organization_id AND oi.user_id = i.user_id AND oi.workspace_id IS NULL
         LEFT JOIN langsmith_roles orr ON orr.id = oi.role_id
         WHERE i.organization_id = ?1 AND i.workspace_id IS ?2
         ORDER BY i.created_at, i.id",
    )?;
    let rows = statement.query_map(params![organization, workspace], |row| {
        Ok(MemberRow {
            id: row.get(0)?,
            organization: row.get(1)?,
            workspace: row.get(2)?,
            user: row.get(3)?,
            email: row.get(4)?,
            full_name: row.get(5)?,
            role_id: row.get(6)?,
            role_name: row.get(7)?,
            created_at: row.get(8)?,
            org_role_id: row.get(9)?,
            org_role_name: row.get(10)?,
        })
    })?;
    rows.collect()
}

fn strings(tx: &Transaction<'_>, sql: &str, args: impl rusqlite::Params) -> rusqlite::Result<Vec<String>> {
    let mut statement = tx.prepare(sql)?;
    let rows = statement.query_map(args, |row| row.get(0))?;
    rows.collect()
}

impl MemberRow {
    fn member(&self) -> models::MemberIdentity {
        models::MemberIdentity {
            id: uuid(&self.id),
            organization_id: uuid(&self.organization),
            tenant_id: self.workspace.as_deref().map(uuid).into(),
            created_at: time(&self.created_at),
            user_id: uuid(&self.user),
            ls_user_id: uuid(&self.user),
            read_only: false,
            role_id: Maybe::Value(uuid(&self.role_id)),
            role_name: Maybe::Value(self.role_name.clone()),
            access_scope: if self.workspace.is_some() { AccessScope::Workspace } else { AccessScope::Organization },
            email: Maybe::Value(self.email.clone()),
            full_name: self.full_name.clone().into(),
            avatar_url: Maybe::Absent,
            linked_login_methods: Vec::new(),
            display_name: self.full_name.clone().into(),
            is_disabled: false,
            org_role_id: self.org_role_id.as_deref().map(uuid).into(),
            org_role_name: self.org_role_name.clone().into(),
        }
    }

    fn org_member(&self, tx: &Transaction<'_>) -> rusqlite::Result<models::OrgMemberIdentity> {
        let m = self.member();
        let tenants = strings(
            tx,
            "SELECT workspace_id FROM langsmith_identities
             WHERE organization_id = ?1 AND user_id = ?2 AND workspace_id IS NOT NULL ORDER BY created_at",
            params![self.organization, self.user],
        )?;
        Ok(models::OrgMemberIdentity {
            id: m.id,
            organization_id: m.organization_id,
            tenant_id: m.tenant_id,
            created_at: m.created_at,
            user_id: m.user_id,
            ls_user_id: m.ls_user_id,
            read_only: false,
            role_id: m.role_id,
            role_name: m.role_name,
            access_scope: m.access_scope,
            email: m.email,
            full_name: m.full_name,
            avatar_url: m.avatar_url,
            linked_login_methods: Vec::new(),
            display_name: m.display_name,
            is_disabled: false,
            org_role_id: m.org_role_id,
            org_role_name: m.org_role_name,
            tenant_ids: tenants.iter().map(|t| uuid(t)).collect(),
        })
    }

    fn identity(&self) -> models::Identity {
        let m = self.member();
        models::Identity {
            id: m.id,
            organization_id: m.organization_id,
            tenant_id: m.tenant_id,
            created_at: m.created_at,
            user_id: m.user_id,
            ls_user_id: m.ls_user_id,
            read_only: false,
            role_id: m.role_id,
            role_name: m.role_name,
            access_scope: m.access_scope,
        }
    }
}

/// An invitation to the organization (`workspace` None) or a workspace.
struct PendingRow {
    id: String,
    organization: String,
    workspace: Option<String>,
    email: String,
    role_id: String,
    role_name: Option<String>,
    full_name: Option<String>,
    created_at: String,
}

fn pending(tx: &Transaction<'_>, organization: &str, workspace: Option<&str>) -> rusqlite::Result<Vec<PendingRow>> {
    let mut statement = tx.prepare(
        "SELECT p.id, p.organization_id, p.workspace_id, p.email, p.role_id, r.display_name, p.full_name, p.created_at
         FROM langsmith_pending p LEFT JOIN langsmith_roles r ON r.id = p.role_id
         WHERE p.organization_id = ?1 AND p.workspace_id IS ?2 ORDER BY p.created_at, p.id",
    )?;
    let rows = statement.query_map(params![organization, workspace], |row| {
        Ok(PendingRow {
            id: row.get(0)?,
            organization: row.get(1)?,
            workspace: row.get(2)?,
            email: row.get(3)?,
            role_id: row.get(4)?,
            role_name: row.get(5)?,
            full_name: row.get(6)?,
            created_at: row.get(7)?,
        })
    })?;
    rows.collect()
}

/// The workspace invitations of `email` in the organization: (workspace, role).
fn workspace_invitations(tx: &Transaction<'_>, organization: &str, email: &str) -> rusqlite::Result<Vec<(String, String)>> {
    let mut statement = tx.prepare(
        "SELECT workspace_id, role_id FROM langsmith_pending
         WHERE organization_id = ?1 AND email = ?2 AND workspace_id IS NOT NULL ORDER BY created_at, id",
    )?;
    let rows = statement.query_map(params![organization, email], |row| Ok((row.get(0)?, row.get(1)?)))?;
    rows.collect()
}

/// The org-level invitation of `email`: (role id, role name).
fn org_invitation(tx: &Transaction<'_>, organization: &str, email: &str) -> rusqlite::Result<Option<(String, String)>> {
    tx.query_row(
        "SELECT p.role_id, r.display_name FROM langsmith_pending p JOIN langsmith_roles r ON r.id = p.role_id
         WHERE p.organization_id = ?1 AND p.email = ?2 AND p.workspace_id IS NULL",
        params![organization, email],
        |row| Ok((row.get(0)?, row.get(1)?)),
    )
    .optional()
}

impl PendingRow {
    fn model(&self, tx: &Transaction<'_>) -> rusqlite::Result<models::PendingIdentity> {
        let invitations = workspace_invitations(tx, &self.organization, &self.email)?;
        let org_role = org_invitation(tx, &self.organization, &self.email)?;
        let (workspace_ids, workspace_role) = match &self.workspace {
            Some(workspace) => (vec![uuid(workspace)], Some(self.role_id.clone())),
            None => (invitations.iter().map(|(w, _)| uuid(w)).collect(), invitations.first().map(|(_, r)| r.clone())),
        };
        Ok(models::PendingIdentity {
            email: self.email.clone(),
            read_only: false,
            role_id: Maybe::Value(uuid(&self.role_id)),
            workspace_ids: Maybe::Value(workspace_ids),
            workspace_role_id: workspace_role.as_deref().map(uuid).into(),
            password: Maybe::Absent,
            full_name: self.full_name.clone().into(),
            access_scope: if self.workspace.is_some() { AccessScope::Workspace } else { AccessScope::Organization },
            id: uuid(&self.id),
            user_id: Maybe::Null,
            tenant_id: self.workspace.as_deref().map(uuid).into(),
            organization_id: Maybe::Value(uuid(&self.organization)),
            created_at: time(&self.created_at),
            role_name: self.role_name.clone().into(),
            org_role_id: org_role.as_ref().map(|(r, _)| uuid(r)).into(),
            org_role_name: org_role.map(|(_, name)| name).into(),
        })
    }

    fn org_model(&self, tx: &Transaction<'_>) -> rusqlite::Result<models::OrgPendingIdentity> {
        let p = self.model(tx)?;
        let tenant_ids = p.workspace_ids.clone().value().unwrap_or_default();
        Ok(models::OrgPendingIdentity {
            email: p.email,
            read_only: false,
            role_id: p.role_id,
            workspace_ids: p.workspace_ids,
            workspace_role_id: p.workspace_role_id,
            password: Maybe::Absent,
            full_name: p.full_name,
            access_scope: p.access_scope,
            id: p.id,
            user_id: p.user_id,
            tenant_id: p.tenant_id,
            organization_id: p.organization_id,
            created_at: p.created_at,
            role_name: p.role_name,
            org_role_id: p.org_role_id,
            org_role_name: p.org_role_name,
            tenant_ids,
        })
    }
}

/// The member lists' query: filters, order, page.
struct Listing {
    emails: Vec<String>,
    q: Option<String>,
    users: Vec<Uuid>,
    is_disabled: Option<bool>,
    sort_by: MemberSortField,
    descending: bool,
    limit: i64,
    offset: i64,
}

impl Listing {
    /// `items` as the query asks; `key` gives (email, name, role, created).
    fn apply<T>(&self, mut items: Vec<T>, key: impl Fn(&T) -> (String, String, String, String, Option<Uuid>)) -> Vec<T> {
        let emails: HashSet<String> = self.emails.iter().map(|e| e.to_lowercase()).collect();
        let q = self.q.as_ref().map(|q| q.to_lowercase());
        items.retain(|item| {
            let (email, name, _, _, user) = key(item);
            (emails.is_empty() || emails.contains(&email.to_lowercase()))
                && q.as_ref().is_none_or(|q| email.to_lowercase().contains(q) || name.to_lowercase().contains(q))
                && (self.users.is_empty() || user.is_some_and(|u| self.users.contains(&u)))
                // Nobody here is disabled.
                && self.is_disabled != Some(true)
        });
        items.sort_by(|a, b| {
            let (a, b) = (key(a), key(b));
            match self.sort_by {
                MemberSortField::Email => a.0.cmp(&b.0),
                MemberSortField::Name => a.1.cmp(&b.1).then(a.0.cmp(&b.0)),
                MemberSortField::Role => a.2.cmp(&b.2).then(a.0.cmp(&b.0)),
                MemberSortField::CreatedAt => a.3.cmp(&b.3).then(a.0.cmp(&b.0)),
            }
        });
        if self.descending {
            items.reverse();
        }
        let offset = usize::try_from(self.offset).unwrap_or(0);
        let limit = usize::try_from(self.limit).unwrap_or(0);
        items.into_iter().skip(offset).take(limit).collect()
    }
}

fn member_key(m: &MemberRow) -> (String, String, String, String, Option<Uuid>) {
    (m.email.clone(), m.full_name.clone().unwrap_or_default(), m.role_name.clone(), m.created_at.clone(), Some(uuid(&m.user)))
}

fn pending_key(p: &PendingRow) -> (String, String, String, String, Option<Uuid>) {
    (p.email.clone(), p.full_name.clone().unwrap_or_default(), p.role_name.clone().unwrap_or_default(), p.created_at.clone(), None)
}

// ---------------------------------------------------------------------------
// Workspaces and organizations.
// ---------------------------------------------------------------------------

struct WorkspaceRow {
    id: String,
    organization: String,
    display_name: String,
    tenant_handle: Option<String>,
    created_at: String,
}

fn find_workspace(tx: &Transaction<'_>, organization: &str, workspace: &str) -> rusqlite::Result<Option<WorkspaceRow>> {
    tx.query_row(
        "SELECT id, organization_id, display_name, tenant_handle, created_at FROM langsmith_workspaces
         WHERE organization_id = ?1 AND id = ?2",
        params![organization, workspace],
        |row| {
            Ok(WorkspaceRow {
                id: row.get(0)?,
                organization: row.get(1)?,
                display_name: row.get(2)?,
                tenant_handle: row.get(3)?,
                created_at: row.get(4)?,
            })
        },
    )
    .optional()
}

impl WorkspaceRow {
    fn model(&self, deleted: bool) -> AppSchemasTenant {
        AppSchemasTenant {
            id: uuid(&self.id),
            organization_id: Maybe::Value(uuid(&self.organization)),
            created_at: time(&self.created_at),
            display_name: self.display_name.clone(),
            is_personal: false,
            is_deleted: deleted,
            tenant_handle: self.tenant_handle.clone().into(),
            data_plane_url: Maybe::Null,
        }
    }
}

struct OrganizationRow {
    id: String,
    display_name: String,
    is_personal: bool,
    settings: serde_json::Map<String, Value>,
    created_by: Option<String>,
    created_at: String,
    modified_at: String,
}

fn find_organization(tx: &Transaction<'_>, organization: &str) -> rusqlite::Result<Option<OrganizationRow>> {
    tx.query_row(
        "SELECT id, display_name, is_personal, settings, created_by, created_at, modified_at
         FROM langsmith_organizations WHERE id = ?1",
        params![organization],
        |row| {
            let settings: String = row.get(3)?;
            Ok(OrganizationRow {
                id: row.get(0)?,
                display_name: row.get(1)?,
                is_personal: row.get(2)?,
                settings: serde_json::from_str(&settings).unwrap_or_default(),
                created_by: row.get(4)?,
                created_at: row.get(5)?,
                modified_at: row.get(6)?,
            })
        },
    )
    .optional()
}

fn config() -> Value {
    json!({"plan_tier": "enterprise", "can_use_rbac": true, "max_workspaces": 100, "max_identities": 1000})
}

impl OrganizationRow {
    /// `base` with the stored settings (nulls are unset values).
    fn with_settings(&self, mut base: Value) -> Value {
        for (key, value) in &self.settings {
            if !value.is_null() {
                base[key] = value.clone();
            }
        }
        base
    }

    fn setting_bool(&self, key: &str, default: bool) -> bool {
        self.settings.get(key).and_then(Value::as_bool).unwrap_or(default)
    }

    fn info(&self, permissions: &[String]) -> rusqlite::Result<models::OrganizationInfo> {
        model(self.with_settings(json!({
            "id": self.id,
            "display_name": self.display_name,
            "config": config(),
            "is_personal": self.is_personal,
            "tier": "enterprise",
            "permissions": permissions,
        })))
    }

    fn slim(&self, tier: bool) -> rusqlite::Result<models::OrganizationPgSchemaSlim> {
        let mut slim = self.with_settings(json!({
            "id": self.id,
            "display_name": self.display_name,
            "created_at": self.created_at,
            "created_by_user_id": self.created_by,
            "created_by_ls_user_id": self.created_by,
            "modified_at": self.modified_at,
            "is_personal": self.is_personal,
            "disabled": false,
        }));
        if tier {
            slim["tier"] = json!("enterprise");
        }
        model(slim)
    }

    fn organization(&self, permissions: &[String]) -> rusqlite::Result<models::Organization> {
        let mut organization = json!({
            "id": self.id,
            "display_name": self.display_name,
            "config": config(),
            "connected_to_stripe": false,
            "connected_to_metronome": false,
            "is_personal": self.is_personal,
            "tier": "enterprise",
            "has_cancelled": false,
            "permissions": permissions,
            "reached_max_workspaces": false,
        });
        for key in ["security_contact", "scim_group_name_separator", "default_sso_provision"] {
            if let Some(value) = self.settings.get(key).filter(|v| !v.is_null()) {
                organization[key] = value.clone();
            }
        }
        model(organization)
    }
}

/// The permissions of the caller's organization role.
fn org_permissions(tx: &Transaction<'_>, caller: &Caller) -> rusqlite::Result<Vec<String>> {
    let permissions: Option<String> = tx
        .query_row(
            "SELECT r.permissions FROM langsmith_identities i JOIN langsmith_roles r ON r.id = i.role_id
             WHERE i.organization_id = ?1 AND i.user_id = ?2 AND i.workspace_id IS NULL",
            params![caller.organization, caller.user],
            |row| row.get(0),
        )
        .optional()?;
    Ok(permissions.and_then(|p| serde_json::from_str(&p).ok()).unwrap_or_default())
}

/// The permissions of the caller's role in `workspace`, if a member.
fn workspace_permissions(tx: &Transaction<'_>, caller: &Caller, workspace: &str) -> rusqlite::Result<Vec<String>> {
    let permissions: Option<String> = tx
        .query_row(
            "SELECT r.permissions FROM langsmith_identities i JOIN langsmith_roles r ON r.id = i.role_id
             WHERE i.workspace_id = ?1 AND i.user_id = ?2",
            params![workspace, caller.user],
            |row| row.get(0),
        )
        .optional()?;
    Ok(permissions.and_then(|p| serde_json::from_str(&p).ok()).unwrap_or_default())
}

fn manages_organization(tx: &Transaction<'_>, caller: &Caller) -> rusqlite::Result<bool> {
    Ok(org_permissions(tx, caller)?.iter().any(|p| p == MANAGE_ORGANIZATION))
}

/// Organization Admins manage every workspace; others the ones where their
/// role has `workspaces:manage`.
fn manages_workspace(tx: &Transaction<'_>, caller: &Caller, workspace: &str) -> rusqlite::Result<bool> {
    Ok(manages_organization(tx, caller)? || workspace_permissions(tx, caller, workspace)?.iter().any(|p| p == MANAGE_WORKSPACE))
}

/// Whether `caller` may do what `operation` does. `X-Tenant-Id`, when sent,
/// is a workspace of the organization that the caller is a member of (or
/// manages, as an Organization Admin). Then by the operation's path and
/// method: the current workspace's operations need a workspace, and
/// changing it managing it; changing the organization (or adding a
/// workspace to it) needs managing the organization; changing a workspace
/// the path names (`named`) managing that one (one the organization does
/// not have is the method's 404).
fn allowed(tx: &Transaction<'_>, caller: &Caller, operation: &Operation, named: Option<&str>) -> rusqlite::Result<bool> {
    if let Some(tenant) = &caller.tenant {
        let member = find_workspace(tx, &caller.organization, tenant)?.is_some()
            && (manages_organization(tx, caller)? || !workspace_permissions(tx, caller, tenant)?.is_empty());
        if !member {
            return Ok(false);
        }
    }
    let write = operation.method != Method::GET;
    if operation.path.starts_with("/api/v1/workspaces/current/") {
        return Ok(match &caller.tenant {
            None => false,
            Some(tenant) => !write || manages_workspace(tx, caller, tenant)?,
        });
    }
    if let Some(named) = named
        && find_workspace(tx, &caller.organization, named)?.is_some()
    {
        return manages_workspace(tx, caller, named);
    }
    let organization = operation.path.starts_with("/api/v1/orgs/current") || operation.path == "/api/v1/workspaces";
    Ok(!(write && organization) || manages_organization(tx, caller)?)
}

/// Whether the organization would keep an Organization Admin if
/// `identity` lost that role.
fn another_admin(tx: &Transaction<'_>, organization: &str, identity: &str) -> rusqlite::Result<bool> {
    tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM langsmith_identities i JOIN langsmith_roles r ON r.id = i.role_id
         WHERE i.organization_id = ?1 AND i.workspace_id IS NULL AND r.display_name = ?2 AND r.system = 1 AND i.id <> ?3)",
        params![organization, ORGANIZATION_ADMIN, identity],
        |row| row.get(0),
    )
}

fn org_identity_of(tx: &Transaction<'_>, organization: &str, user: &str) -> rusqlite::Result<Option<String>> {
    tx.query_row(
        "SELECT id FROM langsmith_identities WHERE organization_id = ?1 AND user_id = ?2 AND workspace_id IS NULL",
        params![organization, user],
        |row| row.get(0),
    )
    .optional()
}

/// Invites `invite` to the organization (org-level pending identity with
/// the org role) and to `workspaces` (with the workspace role), after
/// checking everything; returns the invitations' ids (the org-level one
/// first, if new), or the refusal. An `email` that is no address names
/// nobody who could accept: not found. A password conflicts with how the
/// organization signs in (only basic auth takes one).
fn invite(
    tx: &Transaction<'_>,
    organization: &str,
    invite: &PendingIdentityCreate,
    default_workspace: Option<&str>,
) -> rusqlite::Result<Result<Vec<String>, Refused>> {
    let Ok(email) = Email::parse(invite.email.trim()) else {
        let msg = "This is not an email address.";
        return Ok(Err(Refused::invalid(&[Place::Key("email")], msg, "value_error.email")));
    };
    let email = email.as_str().to_lowercase();
    if invite.password.is_value() {
        return Ok(Err(Refused::Conflict));
    }
    let member: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM langsmith_identities i JOIN langsmith_users u ON u.id = i.user_id
         WHERE i.organization_id = ?1 AND u.email = ?2 AND i.workspace_id IS NULL)",
        params![organization, email],
        |row| row.get(0),
    )?;
    if member {
        // Already a member of the organization.
        return Ok(Err(Refused::Conflict));
    }
    let org_role = match invite.role_id.as_ref().value() {
        Some(role) => match role_of_scope(tx, organization, *role, AccessScope::Organization, "role_id")? {
            Ok(role) => role.id,
            Err(refused) => return Ok(Err(refused)),
        },
        None => role_named(tx, organization, ORGANIZATION_USER)?,
    };
    let workspace_role = match invite.workspace_role_id.as_ref().value() {
        Some(role) => match role_of_scope(tx, organization, *role, AccessScope::Workspace, "workspace_role_id")? {
            Ok(role) => role.id,
            Err(refused) => return Ok(Err(refused)),
        },
        None => role_named(tx, organization, VIEWER)?,
    };
    let mut workspaces: Vec<String> = default_workspace.map(str::to_owned).into_iter().collect();
    for (i, workspace) in invite.workspace_ids.as_ref().value().into_iter().flatten().enumerate() {
        let workspace = workspace.to_string();
        if find_workspace(tx, organization, &workspace)?.is_none() {
            let place = [Place::Key("workspace_ids"), Place::Index(i)];
            return Ok(Err(Refused::not_found(&place, "No workspace of the organization has this id.")));
        }
        if !workspaces.contains(&workspace) {
            workspaces.push(workspace);
        }
    }
    let invited: Vec<(Option<String>, String)> = tx
        .prepare("SELECT workspace_id, email FROM langsmith_pending WHERE organization_id = ?1 AND email = ?2")?
        .query_map(params![organization, email], |row| Ok((row.get(0)?, row.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let org_invited = invited.iter().any(|(w, _)| w.is_none());
    let already: Vec<&String> = workspaces.iter().filter(|w| invited.iter().any(|(i, _)| i.as_ref() == Some(*w))).collect();
    if (org_invited && default_workspace.is_none()) || !already.is_empty() {
        // Already invited.
        return Ok(Err(Refused::Conflict));
    }
    let now = store::now();
    let full_name = invite.full_name.as_ref().value();
    let mut ids = Vec::new();
    if !org_invited {
        let pending = id();
        tx.execute(
            "INSERT INTO langsmith_pending (id, organization_id, workspace_id, email, role_id, full_name, created_at)
             VALUES (?1, ?2, NULL, ?3, ?4, ?5, ?6)",
            params![pending, organization, email, org_role, full_name, now],
        )?;
        ids.push(pending);
    }
    for workspace in workspaces {
        let pending = id();
        tx.execute(
            "INSERT INTO langsmith_pending (id, organization_id, workspace_id, email, role_id, full_name, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![pending, organization, workspace, email, workspace_role, full_name, now],
        )?;
        ids.push(pending);
    }
    Ok(Ok(ids))
}

fn find_pending(tx: &Transaction<'_>, organization: &str, pending_id: &str) -> rusqlite::Result<Option<PendingRow>> {
    let workspace: Option<Option<String>> = tx
        .query_row(
            "SELECT workspace_id FROM langsmith_pending WHERE organization_id = ?1 AND id = ?2",
            params![organization, pending_id],
            |row| row.get(0),
        )
        .optional()?;
    let Some(workspace) = workspace else { return Ok(None) };
    Ok(pending(tx, organization, workspace.as_deref())?.into_iter().find(|p| p.id == pending_id))
}

fn find_member(tx: &Transaction<'_>, organization: &str, workspace: Option<&str>, identity: &str) -> rusqlite::Result<Option<MemberRow>> {
    Ok(members(tx, organization, workspace)?.into_iter().find(|m| m.id == identity))
}

fn listing(
    emails: Vec<String>,
    q: Maybe<String>,
    users: Vec<Uuid>,
    is_disabled: Maybe<bool>,
    sort_by: MemberSortField,
    descending: bool,
    (limit, offset): (i64, i64),
) -> Listing {
    Listing { emails, q: q.value(), users, is_disabled: is_disabled.value(), sort_by, descending, limit, offset }
}

/// The custom role's checks: a name no other role of the organization has
/// (else a conflict; a blank one too: roles are told apart by their
/// names), and known workspace permissions (else not found).
fn check_role(
    tx: &Transaction<'_>,
    organization: &str,
    display_name: &str,
    permissions: &[String],
    except: Option<&str>,
) -> rusqlite::Result<Result<(), Refused>> {
    if display_name.trim().is_empty() {
        return Ok(Err(Refused::Conflict));
    }
    if let Some(i) = permissions.iter().position(|p| !WORKSPACE_PERMISSIONS.iter().any(|(name, _)| name == p)) {
        let place = [Place::Key("permissions"), Place::Index(i)];
        return Ok(Err(Refused::not_found(&place, "No permission has this name.")));
    }
    let taken: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM langsmith_roles WHERE organization_id = ?1 AND display_name = ?2 AND id IS NOT ?3)",
        params![organization, display_name, except],
        |row| row.get(0),
    )?;
    if taken {
        return Ok(Err(Refused::Conflict));
    }
    Ok(Ok(()))
}

fn dedup(permissions: &[String]) -> Vec<String> {
    let mut seen = HashSet::new();
    permissions.iter().filter(|p| seen.insert((*p).clone())).cloned().collect()
}

impl Api for Langsmith {
    type Principal = Caller;
    type Error = Failure;

    async fn authenticate(&self, credentials: Credentials, request: &Incoming<'_>) -> Result<Caller, AuthError> {
        // The key as `X-API-Key`, or as a bearer token (some operations
        // take only `Authorization: Bearer`).
        let key = credentials.api_key.or(credentials.bearer_auth).ok_or(AuthError::Unauthorized)?;
        let subject = self.store.key_subject(API, &key).map_err(|_| AuthError::Failed)?.ok_or(AuthError::Unauthorized)?;
        let (organization, user) = subject.split_once(' ').ok_or(AuthError::Unauthorized)?;
        // `X-Organization-Id` names the key's organization, always.
        let named = credentials.organization_id.as_deref().map(str::trim).and_then(|o| Uuid::parse_str(o).ok());
        if named.map(|o| o.to_string()).as_deref() != Some(organization) {
            return Err(AuthError::Forbidden);
        }
        let tenant = match credentials.tenant_id.as_deref() {
            None => None,
            Some(text) => Some(Uuid::parse_str(text.trim()).map_err(|_| AuthError::Forbidden)?.to_string()),
        };
        let caller = Caller { user: user.to_owned(), organization: organization.to_owned(), tenant };
        let allowed = self.store.transaction(|tx| {
            // The key proves a member of the organization, or nobody.
            if org_identity_of(tx, &caller.organization, &caller.user)?.is_none() {
                return Ok(Err(AuthError::Unauthorized));
            }
            let named = request.path_parameter("workspace_id").and_then(|w| Uuid::parse_str(w).ok()).map(|w| w.to_string());
            Ok(if allowed(tx, &caller, request.operation, named.as_deref())? { Ok(()) } else { Err(AuthError::Forbidden) })
        });
        match allowed {
            Ok(Ok(())) => Ok(caller),
            Ok(Err(refusal)) => Err(refusal),
            Err(error) => {
                tracing::error!(%error, "database failure");
                Err(AuthError::Unauthorized)
            }
        }
    }

    async fn list_workspaces(&self, caller: Caller, request: list_workspaces::Request) -> Result<list_workspaces::Response, Failure> {
        let query = request.query.into_inner();
        self.store.run(|tx| {
            // No workspace lives on a separate data plane, and deleted
            // ones are gone.
            if query.data_plane_id.is_value() {
                return Ok(list_workspaces::Response::Ok(Vec::new()));
            }
            let admin = manages_organization(tx, &caller)?;
            let ids = strings(
                tx,
                "SELECT id FROM langsmith_workspaces WHERE organization_id = ?1 ORDER BY created_at, id",
                params![caller.organization],
            )?;
            let mut list = Vec::new();
            for workspace in ids {
                let Some(found) = find_workspace(tx, &caller.organization, &workspace)? else { continue };
                let role: Option<(String, String, String)> = tx
                    .query_row(
                        "SELECT r.id, r.display_name, r.permissions FROM langsmith_identities i
                         JOIN langsmith_roles r ON r.id = i.role_id WHERE i.workspace_id = ?1 AND i.user_id = ?2",
                        params![workspace, caller.user],
                        |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
                    )
                    .optional()?;
                // Visible: the workspaces one is a member of; all of them to
                // Organization Admins.
                if role.is_none() && !admin {
                    continue;
                }
                let tenant = found.model(false);
                list.push(models::TenantForUser {
                    id: tenant.id,
                    organization_id: tenant.organization_id,
                    created_at: tenant.created_at,
                    display_name: tenant.display_name,
                    is_personal: false,
                    is_deleted: false,
                    tenant_handle: tenant.tenant_handle,
                    data_plane_url: Maybe::Null,
                    read_only: false,
                    role_id: role.as_ref().map(|(id, _, _)| uuid(id)).into(),
                    role_name: role.as_ref().map(|(_, name, _)| name.clone()).into(),
                    permissions: role.map(|(_, _, p)| serde_json::from_str(&p).unwrap_or_default()).into(),
                });
            }
            Ok(list_workspaces::Response::Ok(list))
        })
    }

    async fn create_workspace(&self, caller: Caller, request: create_workspace::Request) -> Result<create_workspace::Response, Failure> {
        use create_workspace::Response;
        let new = request.body.into_inner();
        self.store.run(|tx| {
            let workspace = new.id.map_or_else(id, |id| id.to_string());
            let handle = new.tenant_handle.as_ref().value();
            // A workspace (of any organization) has this id, or one of this organization the handle.
            let taken = "SELECT 1 FROM langsmith_workspaces WHERE id = ?1 OR (organization_id = ?2 AND tenant_handle = ?3)";
            if exists(tx, taken, params![workspace, caller.organization, handle])? {
                return Ok(Response::Conflict);
            }
            tx.execute(
                "INSERT INTO langsmith_workspaces (id, organization_id, display_name, tenant_handle, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![workspace, caller.organization, new.display_name, handle, store::now()],
            )?;
            // Its creator administers it.
            add_identity(tx, &caller.organization, Some(&workspace), &caller.user, &role_named(tx, &caller.organization, ADMIN)?)?;
            let created = find_workspace(tx, &caller.organization, &workspace)?.ok_or(rusqlite::Error::QueryReturnedNoRows)?;
            Ok(Response::Ok(created.model(false)))
        })
    }

    async fn delete_workspace(&self, caller: Caller, request: delete_workspace::Request) -> Result<delete_workspace::Response, Failure> {
        use delete_workspace::Response;
        let workspace = request.path.into_inner().workspace_id.to_string();
        self.store.run(|tx| {
            let Some(found) = find_workspace(tx, &caller.organization, &workspace)? else { return Ok(Response::NotFound) };
            // Its identities and invitations go with it (ON DELETE CASCADE).
            tx.execute("DELETE FROM langsmith_workspaces WHERE id = ?1", params![workspace])?;
            let deleted = serde_json::to_value(found.model(true)).unwrap_or(Value::Null);
            Ok(Response::Ok(deleted))
        })
    }

    async fn patch_workspace(&self, caller: Caller, request: patch_workspace::Request) -> Result<patch_workspace::Response, Failure> {
        use patch_workspace::Response;
        let workspace = request.path.into_inner().workspace_id.to_string();
        let patch = request.body.into_inner();
        self.store.run(|tx| {
            if find_workspace(tx, &caller.organization, &workspace)?.is_none() {
                return Ok(Response::NotFound);
            }
            tx.execute("UPDATE langsmith_workspaces SET display_name = ?2 WHERE id = ?1", params![workspace, patch.display_name])?;
            let updated = find_workspace(tx, &caller.organization, &workspace)?.ok_or(rusqlite::Error::QueryReturnedNoRows)?;
            Ok(Response::Ok(updated.model(false)))
        })
    }

    async fn list_organizations(
        &self,
        caller: Caller,
        request: list_organizations::Request,
    ) -> Result<list_organizations::Response, Failure> {
        let query = request.query.into_inner();
        self.store.run(|tx| {
            // The organizations the caller's user is a member of.
            let ids = strings(
                tx,
                "SELECT o.id FROM langsmith_organizations o JOIN langsmith_identities i ON i.organization_id = o.id
                 WHERE i.user_id = ?1 AND i.workspace_id IS NULL ORDER BY o.created_at, o.id",
                params![caller.user],
            )?;
            let mut list = Vec::new();
            for organization in ids {
                if let Some(found) = find_organization(tx, &organization)? {
                    list.push(found.slim(query.include_tier)?);
                }
            }
            Ok(list_organizations::Response::Ok(list))
        })
    }

    async fn create_organization(
        &self,
        caller: Caller,
        request: create_organization::Request,
    ) -> Result<create_organization::Response, Failure> {
        let new = request.body.into_inner();
        self.store.run(|tx| {
            let settings = match &new.security_contact {
                Maybe::Value(email) => json!({"security_contact": email.as_str()}),
                _ => json!({}),
            };
            let organization = create_organization(tx, &new.display_name, new.is_personal, &settings, &caller.user)?;
            let created = find_organization(tx, &organization)?.ok_or(rusqlite::Error::QueryReturnedNoRows)?;
            Ok(create_organization::Response::Ok(created.slim(false)?))
        })
    }

    async fn get_organization_info(
        &self,
        caller: Caller,
        _: get_organization_info::Request,
    ) -> Result<get_organization_info::Response, Failure> {
        self.store.run(|tx| {
            let found = find_organization(tx, &caller.organization)?.ok_or(rusqlite::Error::QueryReturnedNoRows)?;
            let organization = found.organization(&org_permissions(tx, &caller)?)?;
            Ok(get_organization_info::Response::Ok(organization))
        })
    }

    async fn get_current_organization_info(
        &self,
        caller: Caller,
        _: get_current_organization_info::Request,
    ) -> Result<get_current_organization_info::Response, Failure> {
        self.store.run(|tx| {
            let found = find_organization(tx, &caller.organization)?.ok_or(rusqlite::Error::QueryReturnedNoRows)?;
            let info = found.info(&org_permissions(tx, &caller)?)?;
            Ok(get_current_organization_info::Response::Ok(info))
        })
    }

    async fn update_current_organization_info(
        &self,
        caller: Caller,
        request: update_current_organization_info::Request,
    ) -> Result<update_current_organization_info::Response, Failure> {
        let update = request.body.into_inner();
        self.store.run(|tx| {
            let found = find_organization(tx, &caller.organization)?.ok_or(rusqlite::Error::QueryReturnedNoRows)?;
            // Absent leaves a setting, null unsets it, a value sets it.
            let mut settings = found.settings.clone();
            if let Value::Object(sent) = serde_json::to_value(&update).unwrap_or(Value::Null) {
                for (key, value) in sent {
                    match key.as_str() {
                        // A column, and an action rather than a setting.
                        "display_name" | "unshare_all" => {}
                        "engine_lcu_spend_limit_monthly" => {
                            let value = match value {
                                Value::Number(n) => Value::String(n.to_string()),
                                other => other,
                            };
                            settings.insert(key, value);
                        }
                        _ => {
                            settings.insert(key, value);
                        }
                    }
                }
            }
            tx.execute(
                "UPDATE langsmith_organizations SET display_name = ?2, settings = ?3, modified_at = ?4 WHERE id = ?1",
                params![
                    caller.organization,
                    update.display_name.as_deref().unwrap_or(&found.display_name),
                    Value::Object(settings).to_string(),
                    store::now()
                ],
            )?;
            let updated = find_organization(tx, &caller.organization)?.ok_or(rusqlite::Error::QueryReturnedNoRows)?;
            let info = updated.info(&org_permissions(tx, &caller)?)?;
            Ok(update_current_organization_info::Response::Ok(info))
        })
    }

    async fn list_organization_roles(
        &self,
        caller: Caller,
        _: list_organization_roles::Request,
    ) -> Result<list_organization_roles::Response, Failure> {
        self.store.run(|tx| {
            let mut statement = tx.prepare(&format!("{ROLE_COLUMNS} WHERE organization_id = ?1 ORDER BY system DESC, rowid"))?;
            let roles = statement.query_map(params![caller.organization], role_row)?.collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(list_organization_roles::Response::Ok(roles.iter().map(RoleRow::model).collect()))
        })
    }

    async fn create_organization_roles(
        &self,
        caller: Caller,
        request: create_organization_roles::Request,
    ) -> Result<create_organization_roles::Response, Failure> {
        use create_organization_roles::Response;
        let new = request.body.into_inner();
        self.store.run(|tx| {
            if let Err(refused) = check_role(tx, &caller.organization, &new.display_name, &new.permissions, None)? {
                return Ok(refused!(Response, refused));
            }
            let role = id();
            tx.execute(
                "INSERT INTO langsmith_roles (id, organization_id, name, display_name, description, access_scope, permissions, system)
                 VALUES (?1, ?2, 'CUSTOM', ?3, ?4, 'workspace', ?5, 0)",
                params![role, caller.organization, new.display_name, new.description, json!(dedup(&new.permissions)).to_string()],
            )?;
            let created = find_role(tx, &caller.organization, &role)?.ok_or(rusqlite::Error::QueryReturnedNoRows)?;
            Ok(Response::Ok(created.model()))
        })
    }

    async fn delete_organization_roles(
        &self,
        caller: Caller,
        request: delete_organization_roles::Request,
    ) -> Result<delete_organization_roles::Response, Failure> {
        use delete_organization_roles::Response;
        let role = request.path.into_inner().role_id.to_string();
        self.store.run(|tx| {
            let Some(found) = find_role(tx, &caller.organization, &role)? else { return Ok(Response::NotFound) };
            // System roles cannot be deleted, nor a role in use.
            if found.system {
                return Ok(Response::Conflict);
            }
            let used: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM langsmith_identities WHERE role_id = ?1)
                     OR EXISTS (SELECT 1 FROM langsmith_pending WHERE role_id = ?1)",
                params![role],
                |row| row.get(0),
            )?;
            if used {
                return Ok(Response::Conflict);
            }
            tx.execute("DELETE FROM langsmith_roles WHERE id = ?1", params![role])?;
            Ok(Response::Ok(found.model()))
        })
    }

    async fn update_organization_roles(
        &self,
        caller: Caller,
        request: update_organization_roles::Request,
    ) -> Result<update_organization_roles::Response, Failure> {
        use update_organization_roles::Response;
        let role = request.path.into_inner().role_id.to_string();
        let update = request.body.into_inner();
        self.store.run(|tx| {
            let Some(found) = find_role(tx, &caller.organization, &role)? else { return Ok(Response::NotFound) };
            // System roles cannot be changed.
            if found.system {
                return Ok(Response::Conflict);
            }
            if let Err(refused) = check_role(tx, &caller.organization, &update.display_name, &update.permissions, Some(&role))? {
                return Ok(refused!(Response, refused));
            }
            tx.execute(
                "UPDATE langsmith_roles SET display_name = ?2, description = ?3, permissions = ?4 WHERE id = ?1",
                params![role, update.display_name, update.description, json!(dedup(&update.permissions)).to_string()],
            )?;
            let updated = find_role(tx, &caller.organization, &role)?.ok_or(rusqlite::Error::QueryReturnedNoRows)?;
            Ok(Response::Ok(updated.model()))
        })
    }

    async fn list_permissions(&self, _: Caller, _: list_permissions::Request) -> Result<list_permissions::Response, Failure> {
        let scoped = |list: &[(&str, &str)], scope: AccessScope| -> Vec<models::PermissionResponse> {
            list.iter()
                .map(|(name, description)| models::PermissionResponse {
                    name: (*name).to_owned(),
                    description: (*description).to_owned(),
                    access_scope: scope,
                })
                .collect()
        };
        let mut all = scoped(ORGANIZATION_PERMISSIONS, AccessScope::Organization);
        all.extend(scoped(WORKSPACE_PERMISSIONS, AccessScope::Workspace));
        Ok(list_permissions::Response::Ok(all))
    }

    async fn get_current_org_members(
        &self,
        caller: Caller,
        _: get_current_org_members::Request,
    ) -> Result<get_current_org_members::Response, Failure> {
        self.store.run(|tx| {
            let list = members(tx, &caller.organization, None)?.iter().map(|m| m.org_member(tx)).collect::<rusqlite::Result<Vec<_>>>()?;
            let invited = pending(tx, &caller.organization, None)?.iter().map(|p| p.org_model(tx)).collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(get_current_org_members::Response::Ok(models::OrganizationMembers {
                organization_id: uuid(&caller.organization),
                members: list,
                pending: invited,
            }))
        })
    }

    async fn add_member_to_current_org(
        &self,
        caller: Caller,
        request: add_member_to_current_org::Request,
    ) -> Result<add_member_to_current_org::Response, Failure> {
        use add_member_to_current_org::Response;
        let new = request.body.into_inner();
        self.store.run(|tx| {
            if !invites_enabled(tx, &caller.organization)? {
                return Ok(Response::Conflict);
            }
            let ids = match invite(tx, &caller.organization, &new, None)? {
                Ok(ids) => ids,
                Err(refused) => return Ok(refused!(Response, refused)),
            };
            let first = ids.first().ok_or(rusqlite::Error::QueryReturnedNoRows)?;
            let created = find_pending(tx, &caller.organization, first)?.ok_or(rusqlite::Error::QueryReturnedNoRows)?;
            Ok(Response::Ok(created.model(tx)?))
        })
    }

    async fn get_current_active_org_members(
        &self,
        caller: Caller,
        request: get_current_active_org_members::Request,
    ) -> Result<get_current_active_org_members::Response, Failure> {
        let q = request.query.into_inner();
        let users = [q.ls_user_ids, q.user_ids.unwrap_or_default()].concat();
        let listing = listing(q.emails, q.q, users, q.is_disabled, q.sort_by, q.sort_by_desc, (q.limit, q.offset));
        self.store.run(|tx| {
            let page = listing.apply(members(tx, &caller.organization, None)?, member_key);
            let list = page.iter().map(|m| m.org_member(tx)).collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(get_current_active_org_members::Response::Ok(list))
        })
    }

    async fn get_current_pending_org_members(
        &self,
        caller: Caller,
        request: get_current_pending_org_members::Request,
    ) -> Result<get_current_pending_org_members::Response, Failure> {
        let q = request.query.into_inner();
        let listing = listing(q.emails, q.q, Vec::new(), Maybe::Absent, q.sort_by, q.sort_by_desc, (q.limit, q.offset));
        self.store.run(|tx| {
            let page = listing.apply(pending(tx, &caller.organization, None)?, pending_key);
            let list = page.iter().map(|p| p.org_model(tx)).collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(get_current_pending_org_members::Response::Ok(list))
        })
    }

    async fn add_members_to_current_org_batch(
        &self,
        caller: Caller,
        request: add_members_to_current_org_batch::Request,
    ) -> Result<add_members_to_current_org_batch::Response, Failure> {
        use add_members_to_current_org_batch::Response;
        // At most 500: the router checks the document's `maxItems`.
        let invites = request.body.into_inner().0;
        self.store.run(|tx| match batch(tx, &caller.organization, &invites, None)? {
            Ok(created) => Ok(Response::Ok(created)),
            Err(refused) => Ok(refused!(Response, refused)),
        })
    }

    async fn remove_member_from_current_org(
        &self,
        caller: Caller,
        request: remove_member_from_current_org::Request,
    ) -> Result<remove_member_from_current_org::Response, Failure> {
        use remove_member_from_current_org::Response;
        let identity = request.path.into_inner().identity_id.to_string();
        self.store.run(|tx| {
            if let Some(member) = find_member(tx, &caller.organization, None, &identity)? {
                // The organization keeps at least one Organization Admin.
                if !another_admin(tx, &caller.organization, &identity)? {
                    return Ok(Response::Conflict);
                }
                // Out of the organization, out of its workspaces too.
                tx.execute(
                    "DELETE FROM langsmith_identities WHERE organization_id = ?1 AND user_id = ?2",
                    params![caller.organization, member.user],
                )?;
                return Ok(Response::Ok(json!({"id": identity, "email": member.email, "removed": true})));
            }
            if let Some(invited) = find_pending(tx, &caller.organization, &identity)?
                && invited.workspace.is_none()
            {
                // An invitation withdrawn, with its workspace invitations.
                tx.execute(
                    "DELETE FROM langsmith_pending WHERE organization_id = ?1 AND email = ?2",
                    params![caller.organization, invited.email],
                )?;
                return Ok(Response::Ok(json!({"id": identity, "email": invited.email, "removed": true})));
            }
            Ok(Response::NotFound)
        })
    }

    async fn update_current_org_member(
        &self,
        caller: Caller,
        request: update_current_org_member::Request,
    ) -> Result<update_current_org_member::Response, Failure> {
        use update_current_org_member::Response;
        let identity = request.path.into_inner().identity_id.to_string();
        let patch = request.body.into_inner();
        self.store.run(|tx| {
            let Some(member) = find_member(tx, &caller.organization, None, &identity)? else { return Ok(Response::NotFound) };
            // Passwords are for basic auth only; a member keeps a role; the
            // organization keeps at least one Organization Admin.
            if patch.password.is_value() || patch.role_id.is_null() {
                return Ok(Response::Conflict);
            }
            if let Some(role) = patch.role_id.as_ref().value() {
                let role = match role_of_scope(tx, &caller.organization, *role, AccessScope::Organization, "role_id")? {
                    Ok(role) => role,
                    Err(refused) => return Ok(refused!(Response, refused)),
                };
                if role.display_name != ORGANIZATION_ADMIN && !another_admin(tx, &caller.organization, &identity)? {
                    return Ok(Response::Conflict);
                }
                tx.execute("UPDATE langsmith_identities SET role_id = ?2 WHERE id = ?1", params![identity, role.id])?;
            }
            match patch.full_name {
                Maybe::Absent => {}
                full_name => {
                    tx.execute("UPDATE langsmith_users SET full_name = ?2 WHERE id = ?1", params![member.user, full_name.value()])?;
                }
            }
            let updated = find_member(tx, &caller.organization, None, &identity)?.ok_or(rusqlite::Error::QueryReturnedNoRows)?;
            let body = serde_json::to_value(updated.org_member(tx)?).unwrap_or(Value::Null);
            Ok(Response::Ok(body))
        })
    }

    async fn get_current_workspace_members(
        &self,
        caller: Caller,
        _: get_current_workspace_members::Request,
    ) -> Result<get_current_workspace_members::Response, Failure> {
        let workspace = caller.workspace().to_owned();
        self.store.run(|tx| {
            let list = members(tx, &caller.organization, Some(&workspace))?.iter().map(MemberRow::member).collect();
            let invited =
                pending(tx, &caller.organization, Some(&workspace))?.iter().map(|p| p.model(tx)).collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(get_current_workspace_members::Response::Ok(models::TenantMembers {
                tenant_id: uuid(&workspace),
                members: list,
                pending: invited,
            }))
        })
    }

    async fn add_member_to_current_workspace(
        &self,
        caller: Caller,
        request: add_member_to_current_workspace::Request,
    ) -> Result<add_member_to_current_workspace::Response, Failure> {
        use add_member_to_current_workspace::Response;
        let workspace = caller.workspace().to_owned();
        let new = request.body.into_inner();
        self.store.run(|tx| {
            // Who: an org identity, or a user (`ls_user_id`, or the
            // deprecated `user_id`), who must be a member of the organization.
            let org_members = members(tx, &caller.organization, None)?;
            let user = match (new.ls_user_id.as_ref().value(), new.user_id.as_ref().value()) {
                (Some(user), _) => Some((user, "ls_user_id")),
                (None, user) => user.map(|user| (user, "user_id")),
            };
            let (member, field) = match (new.org_identity_id.as_ref().value(), user) {
                (Some(identity), _) => (org_members.iter().find(|m| m.id == identity.to_string()), "org_identity_id"),
                (None, Some((user, field))) => (org_members.iter().find(|m| m.user == user.to_string()), field),
                // Nobody named: the body names nobody who can join.
                (None, None) => (None, "org_identity_id"),
            };
            let Some(member) = member else {
                let refused = Refused::not_found(&[Place::Key(field)], "No member of the organization has this id.");
                return Ok(refused!(Response, refused));
            };
            // Without a role, the least one: Viewer.
            let role = match new.role_id.as_ref().value() {
                Some(role) => match role_of_scope(tx, &caller.organization, *role, AccessScope::Workspace, "role_id")? {
                    Ok(role) => role.id,
                    Err(refused) => return Ok(refused!(Response, refused)),
                },
                None => role_named(tx, &caller.organization, VIEWER)?,
            };
            // Already a member of the workspace.
            if members(tx, &caller.organization, Some(&workspace))?.iter().any(|m| m.user == member.user) {
                return Ok(Response::Conflict);
            }
            let identity = add_identity(tx, &caller.organization, Some(&workspace), &member.user, &role)?;
            let added = find_member(tx, &caller.organization, Some(&workspace), &identity)?.ok_or(rusqlite::Error::QueryReturnedNoRows)?;
            Ok(Response::Ok(added.identity()))
        })
    }

    async fn get_current_active_workspace_members(
        &self,
        caller: Caller,
        request: get_current_active_workspace_members::Request,
    ) -> Result<get_current_active_workspace_members::Response, Failure> {
        let workspace = caller.workspace().to_owned();
        let q = request.query.into_inner();
        let users = [q.ls_user_ids, q.user_ids.unwrap_or_default()].concat();
        let listing = listing(q.emails, q.q, users, q.is_disabled, q.sort_by, q.sort_by_desc, (q.limit, q.offset));
        self.store.run(|tx| {
            let page = listing.apply(members(tx, &caller.organization, Some(&workspace))?, member_key);
            let list = page.iter().map(MemberRow::member).collect();
            Ok(get_current_active_workspace_members::Response::Ok(list))
        })
    }

    async fn get_current_pending_workspace_members(
        &self,
        caller: Caller,
        request: get_current_pending_workspace_members::Request,
    ) -> Result<get_current_pending_workspace_members::Response, Failure> {
        let workspace = caller.workspace().to_owned();
        let q = request.query.into_inner();
        let listing = listing(q.emails, q.q, Vec::new(), Maybe::Absent, q.sort_by, q.sort_by_desc, (q.limit, q.offset));
        self.store.run(|tx| {
            let page = listing.apply(pending(tx, &caller.organization, Some(&workspace))?, pending_key);
            let list = page.iter().map(|p| p.model(tx)).collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(get_current_pending_workspace_members::Response::Ok(list))
        })
    }

    async fn add_members_to_current_workspace_batch(
        &self,
        caller: Caller,
        request: add_members_to_current_workspace_batch::Request,
    ) -> Result<add_members_to_current_workspace_batch::Response, Failure> {
        use add_members_to_current_workspace_batch::Response;
        let workspace = caller.workspace().to_owned();
        // At most 500: the router checks the document's `maxItems`.
        let invites = request.body.into_inner().0;
        self.store.run(|tx| match batch(tx, &caller.organization, &invites, Some(&workspace))? {
            Ok(created) => Ok(Response::Ok(created)),
            Err(refused) => Ok(refused!(Response, refused)),
        })
    }

    async fn delete_current_workspace_member(
        &self,
        caller: Caller,
        request: delete_current_workspace_member::Request,
    ) -> Result<delete_current_workspace_member::Response, Failure> {
        use delete_current_workspace_member::Response;
        let workspace = caller.workspace().to_owned();
        let identity = request.path.into_inner().identity_id.to_string();
        self.store.run(|tx| {
            if let Some(member) = find_member(tx, &caller.organization, Some(&workspace), &identity)? {
                tx.execute("DELETE FROM langsmith_identities WHERE id = ?1", params![identity])?;
                return Ok(Response::Ok(json!({"id": identity, "email": member.email, "removed": true})));
            }
            if let Some(invited) = find_pending(tx, &caller.organization, &identity)?
                && invited.workspace.as_deref() == Some(workspace.as_str())
            {
                tx.execute("DELETE FROM langsmith_pending WHERE id = ?1", params![identity])?;
                return Ok(Response::Ok(json!({"id": identity, "email": invited.email, "removed": true})));
            }
            Ok(Response::NotFound)
        })
    }

    async fn patch_current_workspace_member(
        &self,
        caller: Caller,
        request: patch_current_workspace_member::Request,
    ) -> Result<patch_current_workspace_member::Response, Failure> {
        use patch_current_workspace_member::Response;
        let workspace = caller.workspace().to_owned();
        let identity = request.path.into_inner().identity_id.to_string();
        let patch = request.body.into_inner();
        self.store.run(|tx| {
            let role = match role_of_scope(tx, &caller.organization, patch.role_id, AccessScope::Workspace, "role_id")? {
                Ok(role) => role,
                Err(refused) => return Ok(refused!(Response, refused)),
            };
            if find_member(tx, &caller.organization, Some(&workspace), &identity)?.is_some() {
                tx.execute("UPDATE langsmith_identities SET role_id = ?2 WHERE id = ?1", params![identity, role.id])?;
                let updated =
                    find_member(tx, &caller.organization, Some(&workspace), &identity)?.ok_or(rusqlite::Error::QueryReturnedNoRows)?;
                return Ok(Response::Ok(serde_json::to_value(updated.member()).unwrap_or(Value::Null)));
            }
            // An invitation's role can change too.
            if let Some(invited) = find_pending(tx, &caller.organization, &identity)?
                && invited.workspace.as_deref() == Some(workspace.as_str())
            {
                tx.execute("UPDATE langsmith_pending SET role_id = ?2 WHERE id = ?1", params![identity, role.id])?;
                let updated = find_pending(tx, &caller.organization, &identity)?.ok_or(rusqlite::Error::QueryReturnedNoRows)?;
                return Ok(Response::Ok(serde_json::to_value(updated.model(tx)?).unwrap_or(Value::Null)));
            }
            Ok(Response::NotFound)
        })
    }
}

fn invites_enabled(tx: &Transaction<'_>, organization: &str) -> rusqlite::Result<bool> {
    Ok(find_organization(tx, organization)?.is_none_or(|o| o.setting_bool("invites_enabled", true)))
}

/// Invites each of `invites` (to `workspace` too, when given), all or
/// none: each is checked before anything is written, the batch's own
/// duplicates (a conflict, as with an invitation that exists) included.
/// The router has checked the batch's size (`maxItems: 500`).
fn batch(
    tx: &Transaction<'_>,
    organization: &str,
    invites: &[PendingIdentityCreate],
    workspace: Option<&str>,
) -> rusqlite::Result<Result<Vec<models::PendingIdentity>, Refused>> {
    if !invites_enabled(tx, organization)? {
        return Ok(Err(Refused::Conflict));
    }
    let mut seen = HashSet::new();
    if !invites.iter().all(|one| seen.insert(one.email.trim().to_lowercase())) {
        return Ok(Err(Refused::Conflict));
    }
    // All or none: a refusal part-way undoes the batch's earlier writes.
    tx.execute_batch("SAVEPOINT langsmith_batch")?;
    let created = batch_items(tx, organization, invites, workspace)?;
    if created.is_err() {
        tx.execute_batch("ROLLBACK TO langsmith_batch")?;
    }
    tx.execute_batch("RELEASE langsmith_batch")?;
    Ok(created)
}

fn batch_items(
    tx: &Transaction<'_>,
    organization: &str,
    invites: &[PendingIdentityCreate],
    workspace: Option<&str>,
) -> rusqlite::Result<Result<Vec<models::PendingIdentity>, Refused>> {
    let mut created = Vec::new();
    for (i, one) in invites.iter().enumerate() {
        let ids = match invite(tx, organization, one, workspace)? {
            Ok(ids) => ids,
            Err(refused) => return Ok(Err(refused.in_item(i))),
        };
        // In a workspace batch, the workspace's invitation; else the
        // organization's.
        let mut shown = None;
        for pending_id in &ids {
            if let Some(p) = find_pending(tx, organization, pending_id)?
                && p.workspace.as_deref() == workspace
            {
                shown = Some(p);
            }
        }
        let shown = shown.ok_or(rusqlite::Error::QueryReturnedNoRows)?;
        created.push(shown.model(tx)?);
    }
    Ok(Ok(created))
}
