//! Logto's organizations (`specs/logto.yaml`): a machine-to-machine access
//! token belongs to one tenant, and a tenant sees only its own
//! organizations, organization roles and scopes (its "organization
//! template"), invitations and users; another tenant's ids are not found.
//!
//! Ids are made by the server, as Logto makes them (21 characters of
//! `[0-9a-z]`). Role and scope names are unique in a tenant. The spec has
//! no way to create users, so a user comes into being the first time an
//! operation names them as a user (added as a member, inviting, accepting
//! an invitation), if their id can be a Logto user id (1 to 12
//! characters); operations that need a member (roles, scopes) refuse
//! anyone else. No email is sent: the invitation messages Logto would send
//! are kept in `logto_organization_invitation_messages`.

use std::collections::BTreeMap;
use std::sync::Arc;

use logto_orgs::models::{
    self, Branding, CreateOrganizationInvitationBodyMessagePayload as MessagePayload, FeaturedUser, Organization, OrganizationInvitation,
    OrganizationInvitationStatus as Status, OrganizationRole, OrganizationRoleEntity, OrganizationRoleType, OrganizationRoleWithScopes,
    OrganizationScope, OrganizationScopeEntity, OrganizationWithFeatured, ReplaceOrganizationInvitationStatusBodyStatus as NewStatus,
    UserWithOrganizationRoles,
};
// Every operation's module (`list_organizations::Request`, ...), `Api`, `Credentials`.
use logto_orgs::server::*;
use oapi_axum_runtime::{AuthError, Incoming, Maybe};
use rusqlite::{OptionalExtension, Row, Transaction, params};

use crate::error::Failure;
use crate::store::{self, Store, exists};

/// The API's name for its keys.
pub const API: &str = "logto";

/// Its tables. Every row belongs to a tenant; relations go away with what
/// they relate (`ON DELETE CASCADE`).
pub const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS logto_tenants (
    id TEXT PRIMARY KEY,
    created TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS logto_users (
    tenant_id TEXT NOT NULL REFERENCES logto_tenants (id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE TABLE IF NOT EXISTS logto_organizations (
    id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES logto_tenants (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    description TEXT,
    custom_data TEXT NOT NULL,
    is_mfa_required INTEGER NOT NULL,
    branding TEXT NOT NULL,
    created_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS logto_organizations_tenant ON logto_organizations (tenant_id);
CREATE TABLE IF NOT EXISTS logto_organization_roles (
    id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES logto_tenants (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    description TEXT,
    type TEXT NOT NULL CHECK (type IN ('User', 'MachineToMachine')),
    UNIQUE (tenant_id, name)
);
CREATE TABLE IF NOT EXISTS logto_organization_scopes (
    id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES logto_tenants (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    description TEXT,
    UNIQUE (tenant_id, name)
);
CREATE TABLE IF NOT EXISTS logto_organization_role_scopes (
    role_id TEXT NOT NULL REFERENCES logto_organization_roles (id) ON DELETE CASCADE,
    scope_id TEXT NOT NULL REFERENCES logto_organization_scopes (id) ON DELETE CASCADE,
    PRIMARY KEY (role_id, scope_id)
);
CREATE TABLE IF NOT EXISTS logto_organization_users (
    organization_id TEXT NOT NULL REFERENCES logto_organizations (id) ON DELETE CASCADE,
    tenant_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    PRIMARY KEY (organization_id, user_id),
    FOREIGN KEY (tenant_id, user_id) REFERENCES logto_users (tenant_id, id) ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS logto_organization_user_roles (
    organization_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    role_id TEXT NOT NULL REFERENCES logto_organization_roles (id) ON DELETE CASCADE,
    PRIMARY KEY (organization_id, user_id, role_id),
    FOREIGN KEY (organization_id, user_id) REFERENCES logto_organization_users (organization_id, user_id)
        ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS logto_organization_invitations (
    id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES logto_tenants (id) ON DELETE CASCADE,
    inviter_id TEXT,
    invitee TEXT NOT NULL,
    accepted_user_id TEXT,
    organization_id TEXT NOT NULL REFERENCES logto_organizations (id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN ('Pending', 'Accepted', 'Expired', 'Revoked')),
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL,
    expires_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS logto_organization_invitation_roles (
    invitation_id TEXT NOT NULL REFERENCES logto_organization_invitations (id) ON DELETE CASCADE,
    role_id TEXT NOT NULL REFERENCES logto_organization_roles (id) ON DELETE CASCADE,
    PRIMARY KEY (invitation_id, role_id)
);
CREATE TABLE IF NOT EXISTS logto_organization_invitation_messages (
    invitation_id TEXT NOT NULL REFERENCES logto_organization_invitations (id) ON DELETE CASCADE,
    payload TEXT NOT NULL,
    created TEXT NOT NULL
);
";

/// The Logto API on the store.
#[derive(Debug, Clone)]
pub struct Logto {
    pub store: Arc<Store>,
}

/// Who calls: the tenant their access token belongs to.
#[derive(Debug, Clone)]
pub struct Tenant(pub String);

/// Whether `name` can name a tenant: 1 to 21 characters (Logto's
/// `tenantId`) of `[a-z0-9-]`.
fn tenant_name(name: &str) -> bool {
    (1..=21).contains(&name.len()) && name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Creates the tenant `tenant` if it is new, and a new access token for it.
pub fn create_tenant(tx: &Transaction<'_>, tenant: &str) -> store::Result<String> {
    tx.execute("INSERT OR IGNORE INTO logto_tenants (id, created) VALUES (?1, ?2)", params![tenant, store::now()])?;
    store::issue_key(tx, API, tenant)
}

/// What a first start creates: the tenant `default` and its access token.
pub fn bootstrap(tx: &Transaction<'_>) -> store::Result<Vec<(String, String)>> {
    Ok(vec![("Logto access token of tenant `default`".to_owned(), create_tenant(tx, "default")?)])
}

/// `orgs-server key logto <TENANT>`: the tenant (created if new) and a new
/// access token for it.
pub fn create_key(tx: &Transaction<'_>, args: &[String]) -> store::Result<Result<String, String>> {
    match args {
        [tenant] if tenant_name(tenant) => create_tenant(tx, tenant).map(Ok),
        [tenant] => Ok(Err(format!("tenant `{tenant}`: 1 to 21 characters among a-z, 0-9 and `-`"))),
        _ => Ok(Err("usage: key logto <TENANT>   (a new tenant, or another token of an existing one)".to_owned())),
    }
}

/// A new id, as Logto makes them: 21 characters of `[0-9a-z]`.
fn new_id() -> String {
    const ALPHABET: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    // The random bytes of two UUIDs (not the version and variant bytes).
    let random = [uuid::Uuid::new_v4().into_bytes(), uuid::Uuid::new_v4().into_bytes()];
    random
        .iter()
        .flat_map(|bytes| bytes.iter().enumerate().filter(|(i, _)| *i != 6 && *i != 8).map(|(_, b)| *b))
        .take(21)
        .map(|b| char::from(ALPHABET[usize::from(b) % ALPHABET.len()]))
        .collect()
}

/// Now, as Logto's timestamps are: milliseconds since the epoch.
#[allow(clippy::cast_precision_loss, reason = "milliseconds fit in f64 for millennia")]
fn now_ms() -> f64 {
    chrono::Utc::now().timestamp_millis() as f64
}

/// Whether `id` can be a Logto user id (1 to 12 characters).
fn user_id(id: &str) -> bool {
    (1..=12).contains(&id.chars().count())
}

/// `LIMIT` and `OFFSET` of page `page` (from 1) of `size` entries.
fn window(page: i64, size: i64) -> (i64, i64) {
    (size, page.saturating_sub(1).saturating_mul(size))
}

/// A `LIKE` pattern matching text that contains `q` (escaped with `\`).
fn contains(q: Option<&String>) -> Option<String> {
    q.map(|q| format!("%{}%", q.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_")))
}

/// `ids` without repeats, in their order.
fn dedup(ids: &[String]) -> Vec<String> {
    let mut seen = Vec::with_capacity(ids.len());
    for id in ids {
        if !seen.contains(id) {
            seen.push(id.clone());
        }
    }
    seen
}

fn count(tx: &Transaction<'_>, sql: &str, params: impl rusqlite::Params) -> rusqlite::Result<i64> {
    tx.query_row(&format!("SELECT COUNT(*) FROM ({sql})"), params, |row| row.get(0))
}

fn json_text<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|_| "{}".to_owned())
}

// ---------------------------------------------------------------------------
// Rows
// ---------------------------------------------------------------------------

const ORGANIZATION: &str =
    "SELECT tenant_id, id, name, description, custom_data, is_mfa_required, branding, created_at FROM logto_organizations";

fn organization(row: &Row<'_>) -> rusqlite::Result<Organization> {
    let custom_data: String = row.get(4)?;
    let branding: String = row.get(6)?;
    Ok(Organization {
        tenant_id: row.get(0)?,
        id: row.get(1)?,
        name: row.get(2)?,
        description: row.get(3)?,
        custom_data: serde_json::from_str(&custom_data).unwrap_or_default(),
        is_mfa_required: row.get(5)?,
        branding: serde_json::from_str::<Branding>(&branding).unwrap_or_default(),
        created_at: row.get(7)?,
    })
}

fn find_organization(tx: &Transaction<'_>, tenant: &str, id: &str) -> rusqlite::Result<Option<Organization>> {
    tx.query_row(&format!("{ORGANIZATION} WHERE tenant_id = ?1 AND id = ?2"), params![tenant, id], organization).optional()
}

fn organization_exists(tx: &Transaction<'_>, tenant: &str, id: &str) -> rusqlite::Result<bool> {
    exists(tx, "SELECT 1 FROM logto_organizations WHERE tenant_id = ?1 AND id = ?2", params![tenant, id])
}

/// Whether `user` is a member of the organization `organization` of `tenant`.
fn member(tx: &Transaction<'_>, tenant: &str, organization: &str, user: &str) -> rusqlite::Result<bool> {
    exists(
        tx,
        "SELECT 1 FROM logto_organization_users WHERE tenant_id = ?1 AND organization_id = ?2 AND user_id = ?3",
        params![tenant, organization, user],
    )
}

/// The user `id` of `tenant`, created on first mention.
fn ensure_user(tx: &Transaction<'_>, tenant: &str, id: &str) -> rusqlite::Result<()> {
    let now = now_ms();
    tx.execute(
        "INSERT OR IGNORE INTO logto_users (tenant_id, id, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)",
        params![tenant, id, now],
    )?;
    Ok(())
}

/// Makes `user` a member of `organization` (if not yet).
fn add_member(tx: &Transaction<'_>, tenant: &str, organization: &str, user: &str) -> rusqlite::Result<()> {
    ensure_user(tx, tenant, user)?;
    tx.execute(
        "INSERT OR IGNORE INTO logto_organization_users (organization_id, tenant_id, user_id) VALUES (?1, ?2, ?3)",
        params![organization, tenant, user],
    )?;
    Ok(())
}

fn give_role(tx: &Transaction<'_>, organization: &str, user: &str, role: &str) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT OR IGNORE INTO logto_organization_user_roles (organization_id, user_id, role_id) VALUES (?1, ?2, ?3)",
        params![organization, user, role],
    )?;
    Ok(())
}

fn role_type(text: &str) -> OrganizationRoleType {
    if text == "MachineToMachine" { OrganizationRoleType::MachineToMachine } else { OrganizationRoleType::User }
}

const ROLE: &str = "SELECT tenant_id, id, name, description, type FROM logto_organization_roles";

fn role(row: &Row<'_>) -> rusqlite::Result<OrganizationRole> {
    Ok(OrganizationRole {
        tenant_id: row.get(0)?,
        id: row.get(1)?,
        name: row.get(2)?,
        description: row.get(3)?,
        type_: role_type(&row.get::<_, String>(4)?),
    })
}

fn find_role(tx: &Transaction<'_>, tenant: &str, id: &str) -> rusqlite::Result<Option<OrganizationRole>> {
    tx.query_row(&format!("{ROLE} WHERE tenant_id = ?1 AND id = ?2"), params![tenant, id], role).optional()
}

const SCOPE: &str = "SELECT tenant_id, id, name, description FROM logto_organization_scopes";

fn scope(row: &Row<'_>) -> rusqlite::Result<OrganizationScope> {
    Ok(OrganizationScope { tenant_id: row.get(0)?, id: row.get(1)?, name: row.get(2)?, description: row.get(3)? })
}

fn find_scope(tx: &Transaction<'_>, tenant: &str, id: &str) -> rusqlite::Result<Option<OrganizationScope>> {
    tx.query_row(&format!("{SCOPE} WHERE tenant_id = ?1 AND id = ?2"), params![tenant, id], scope).optional()
}

/// Whether every one of `ids` is a scope of `tenant`.
fn scopes_exist(tx: &Transaction<'_>, tenant: &str, ids: &[String]) -> rusqlite::Result<bool> {
    for id in ids {
        if find_scope(tx, tenant, id)?.is_none() {
            return Ok(false);
        }
    }
    Ok(true)
}

/// The ids of the roles of `tenant` that `ids` and `names` name, without
/// repeats; `None` if one is unknown or is not a role for users.
fn user_roles_named(tx: &Transaction<'_>, tenant: &str, ids: &[String], names: &[String]) -> rusqlite::Result<Option<Vec<String>>> {
    let mut found = Vec::new();
    for id in ids {
        match find_role(tx, tenant, id)? {
            Some(role) if role.type_ == OrganizationRoleType::User => found.push(role.id),
            _ => return Ok(None),
        }
    }
    for name in names {
        let role = tx.query_row(&format!("{ROLE} WHERE tenant_id = ?1 AND name = ?2"), params![tenant, name], role).optional()?;
        match role {
            Some(role) if role.type_ == OrganizationRoleType::User => found.push(role.id),
            _ => return Ok(None),
        }
    }
    Ok(Some(dedup(&found)))
}

/// The roles of `user` in `organization`, by name.
fn roles_of(tx: &Transaction<'_>, organization: &str, user: &str) -> rusqlite::Result<Vec<OrganizationRoleEntity>> {
    let mut statement = tx.prepare(
        "SELECT r.id, r.name FROM logto_organization_user_roles ur JOIN logto_organization_roles r ON r.id = ur.role_id
         WHERE ur.organization_id = ?1 AND ur.user_id = ?2 ORDER BY r.name",
    )?;
    let rows = statement.query_map(params![organization, user], |row| Ok(OrganizationRoleEntity { id: row.get(0)?, name: row.get(1)? }))?;
    rows.collect()
}

/// The scopes of the role `role`, by name.
fn scopes_of(tx: &Transaction<'_>, role: &str) -> rusqlite::Result<Vec<OrganizationScopeEntity>> {
    let mut statement = tx.prepare(
        "SELECT s.id, s.name FROM logto_organization_role_scopes rs JOIN logto_organization_scopes s ON s.id = rs.scope_id
         WHERE rs.role_id = ?1 ORDER BY s.name",
    )?;
    let rows = statement.query_map(params![role], |row| Ok(OrganizationScopeEntity { id: row.get(0)?, name: row.get(1)? }))?;
    rows.collect()
}

fn user_with_roles(
    tx: &Transaction<'_>,
    organization: &str,
    (id, created_at, updated_at): (String, f64, f64),
) -> rusqlite::Result<UserWithOrganizationRoles> {
    let organization_roles = roles_of(tx, organization, &id)?;
    Ok(UserWithOrganizationRoles {
        id,
        username: None,
        primary_email: None,
        primary_phone: None,
        name: None,
        avatar: None,
        custom_data: BTreeMap::new(),
        identities: BTreeMap::new(),
        last_sign_in_at: None,
        created_at,
        updated_at,
        profile: models::UserProfile::default(),
        application_id: None,
        is_suspended: false,
        cimd_client_id: Maybe::Absent,
        organization_roles,
    })
}

const INVITATION: &str = "SELECT tenant_id, id, inviter_id, invitee, accepted_user_id, organization_id, status,
    created_at, updated_at, expires_at FROM logto_organization_invitations";

/// An invitation as stored (its roles still to be read); a pending one
/// past its expiry is `Expired`.
fn invitation_row(row: &Row<'_>) -> rusqlite::Result<OrganizationInvitation> {
    let status = match row.get::<_, String>(6)?.as_str() {
        "Accepted" => Status::Accepted,
        "Revoked" => Status::Revoked,
        "Expired" => Status::Expired,
        _ => Status::Pending,
    };
    let expires_at: f64 = row.get(9)?;
    Ok(OrganizationInvitation {
        tenant_id: row.get(0)?,
        id: row.get(1)?,
        inviter_id: row.get(2)?,
        invitee: row.get(3)?,
        accepted_user_id: row.get(4)?,
        organization_id: row.get(5)?,
        status: if status == Status::Pending && expires_at <= now_ms() { Status::Expired } else { status },
        created_at: row.get(7)?,
        updated_at: row.get(8)?,
        expires_at,
        organization_roles: Vec::new(),
    })
}

fn with_roles(tx: &Transaction<'_>, mut invitation: OrganizationInvitation) -> rusqlite::Result<OrganizationInvitation> {
    let mut statement = tx.prepare(
        "SELECT r.id, r.name FROM logto_organization_invitation_roles ir JOIN logto_organization_roles r ON r.id = ir.role_id
         WHERE ir.invitation_id = ?1 ORDER BY r.name",
    )?;
    let rows = statement.query_map(params![invitation.id], |row| Ok(OrganizationRoleEntity { id: row.get(0)?, name: row.get(1)? }))?;
    invitation.organization_roles = rows.collect::<rusqlite::Result<_>>()?;
    Ok(invitation)
}

fn find_invitation(tx: &Transaction<'_>, tenant: &str, id: &str) -> rusqlite::Result<Option<OrganizationInvitation>> {
    let found = tx.query_row(&format!("{INVITATION} WHERE tenant_id = ?1 AND id = ?2"), params![tenant, id], invitation_row).optional()?;
    found.map(|invitation| with_roles(tx, invitation)).transpose()
}

/// Keeps the message Logto would send (no email connector here).
fn send_message(tx: &Transaction<'_>, invitation: &str, payload: &models::SendMessagePayload) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT INTO logto_organization_invitation_messages (invitation_id, payload, created) VALUES (?1, ?2, ?3)",
        params![invitation, json_text(payload), store::now()],
    )?;
    Ok(())
}

impl Api for Logto {
    type Principal = Tenant;
    type Error = Failure;

    async fn authenticate(&self, credentials: Credentials, _: &Incoming<'_>) -> Result<Tenant, AuthError> {
        let token = credentials.management_api.ok_or(AuthError::Unauthorized)?;
        let subject = self.store.key_subject(API, &token).map_err(|_| AuthError::Failed)?;
        let tenant = subject.ok_or(AuthError::Unauthorized)?;
        let known = self
            .store
            .transaction(|tx| exists(tx, "SELECT 1 FROM logto_tenants WHERE id = ?1", params![tenant]))
            .map_err(|_| AuthError::Failed)?;
        if known { Ok(Tenant(tenant)) } else { Err(AuthError::Unauthorized) }
    }

    // -- Organizations ------------------------------------------------------

    async fn list_organizations(
        &self,
        Tenant(tenant): Tenant,
        request: list_organizations::Request,
    ) -> Result<list_organizations::Response, Failure> {
        let query = request.query.into_inner();
        let q = contains(query.q.as_ref());
        let featured = query.show_featured.as_deref().is_some_and(|v| !matches!(v, "" | "false" | "0"));
        let (limit, offset) = window(query.page, query.page_size);
        let filter = "WHERE tenant_id = ?1 AND (?2 IS NULL OR id LIKE ?2 ESCAPE '\\' OR name LIKE ?2 ESCAPE '\\')";
        let (total, page) = self.store.run(|tx| {
            let total = count(tx, &format!("SELECT 1 FROM logto_organizations {filter}"), params![tenant, q])?;
            let mut statement = tx.prepare(&format!("{ORGANIZATION} {filter} ORDER BY created_at DESC, rowid DESC LIMIT ?3 OFFSET ?4"))?;
            let organizations =
                statement.query_map(params![tenant, q, limit, offset], organization)?.collect::<rusqlite::Result<Vec<_>>>()?;
            let mut page = Vec::with_capacity(organizations.len());
            for o in organizations {
                let (users_count, featured_users) = if featured {
                    let users: i64 = count(tx, "SELECT 1 FROM logto_organization_users WHERE organization_id = ?1", params![o.id])?;
                    let mut statement =
                        tx.prepare("SELECT user_id FROM logto_organization_users WHERE organization_id = ?1 ORDER BY rowid LIMIT 3")?;
                    let featured = statement
                        .query_map(params![o.id], |row| Ok(FeaturedUser { id: row.get(0)?, avatar: None, name: None }))?
                        .collect::<rusqlite::Result<Vec<_>>>()?;
                    #[allow(clippy::cast_precision_loss, reason = "a count of members")]
                    (Some(users as f64), Some(featured))
                } else {
                    (None, None)
                };
                page.push(OrganizationWithFeatured {
                    tenant_id: o.tenant_id,
                    id: o.id,
                    name: o.name,
                    description: o.description,
                    custom_data: o.custom_data,
                    is_mfa_required: o.is_mfa_required,
                    branding: o.branding,
                    created_at: o.created_at,
                    users_count,
                    featured_users,
                });
            }
            Ok((total, page))
        })?;
        Ok(list_organizations::Response::Ok(page, list_organizations::OkHeaders { total_number: Some(total) }))
    }

    async fn create_organization(
        &self,
        Tenant(tenant): Tenant,
        request: create_organization::Request,
    ) -> Result<create_organization::Response, Failure> {
        use create_organization::Response;
        // `tenantId` and `createdAt` are the server's: the token's tenant, now.
        let new = request.body.into_inner();
        let id = new_id();
        self.store.run(|tx| {
            tx.execute(
                "INSERT INTO logto_organizations
                 (id, tenant_id, name, description, custom_data, is_mfa_required, branding, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![
                    id,
                    tenant,
                    new.name,
                    new.description.as_ref().value(),
                    json_text(&new.custom_data.clone().unwrap_or_default()),
                    new.is_mfa_required.unwrap_or(false),
                    json_text(&new.branding.clone().unwrap_or_default()),
                    now_ms(),
                ],
            )?;
            find_organization(tx, &tenant, &id)?.map(Response::Created).ok_or(rusqlite::Error::QueryReturnedNoRows)
        })
    }

    async fn get_organization(
        &self,
        Tenant(tenant): Tenant,
        request: get_organization::Request,
    ) -> Result<get_organization::Response, Failure> {
        use get_organization::Response;
        let id = request.path.into_inner().id;
        Ok(self.store.run(|tx| find_organization(tx, &tenant, &id))?.map_or(Response::NotFound, Response::Ok))
    }

    async fn delete_organization(
        &self,
        Tenant(tenant): Tenant,
        request: delete_organization::Request,
    ) -> Result<delete_organization::Response, Failure> {
        use delete_organization::Response;
        let id = request.path.into_inner().id;
        // Memberships, their roles and the invitations go with it.
        let deleted =
            self.store.run(|tx| tx.execute("DELETE FROM logto_organizations WHERE tenant_id = ?1 AND id = ?2", params![tenant, id]))?;
        Ok(if deleted == 0 { Response::NotFound } else { Response::NoContent })
    }

    async fn update_organization(
        &self,
        Tenant(tenant): Tenant,
        request: update_organization::Request,
    ) -> Result<update_organization::Response, Failure> {
        use update_organization::Response;
        let id = request.path.into_inner().id;
        let patch = request.body.into_inner();
        self.store.run(|tx| {
            let Some(found) = find_organization(tx, &tenant, &id)? else { return Ok(Response::NotFound) };
            // An organization keeps its id and tenant; `createdAt` is the server's.
            if patch.id.as_ref().is_some_and(|new| *new != found.id) || patch.tenant_id.as_ref().is_some_and(|new| *new != found.tenant_id)
            {
                return Ok(Response::BadRequest);
            }
            // Absent leaves a field alone, null clears it, a value sets it.
            let description = match &patch.description {
                Maybe::Absent => found.description.clone(),
                Maybe::Null => None,
                Maybe::Value(value) => Some(value.clone()),
            };
            tx.execute(
                "UPDATE logto_organizations SET name = ?3, description = ?4, custom_data = ?5, is_mfa_required = ?6,
                 branding = ?7 WHERE tenant_id = ?1 AND id = ?2",
                params![
                    tenant,
                    id,
                    patch.name.as_ref().unwrap_or(&found.name),
                    description,
                    json_text(patch.custom_data.as_ref().unwrap_or(&found.custom_data)),
                    patch.is_mfa_required.unwrap_or(found.is_mfa_required),
                    json_text(patch.branding.as_ref().unwrap_or(&found.branding)),
                ],
            )?;
            Ok(find_organization(tx, &tenant, &id)?.map_or(Response::NotFound, Response::Ok))
        })
    }

    // -- Organization users -------------------------------------------------

    async fn list_organization_users(
        &self,
        Tenant(tenant): Tenant,
        request: list_organization_users::Request,
    ) -> Result<list_organization_users::Response, Failure> {
        use list_organization_users::Response;
        let organization = request.path.into_inner().id;
        let query = request.query.into_inner();
        let q = contains(query.q.as_ref());
        let (limit, offset) = window(query.page, query.page_size);
        // Users have only an id here: `q` matches it.
        let filter = "FROM logto_organization_users m JOIN logto_users u ON u.tenant_id = m.tenant_id AND u.id = m.user_id
            WHERE m.tenant_id = ?1 AND m.organization_id = ?2 AND (?3 IS NULL OR u.id LIKE ?3 ESCAPE '\\')
            AND (?4 IS NULL OR EXISTS (SELECT 1 FROM logto_organization_user_roles ur
                 WHERE ur.organization_id = m.organization_id AND ur.user_id = m.user_id AND ur.role_id = ?4))";
        self.store.run(|tx| {
            if !organization_exists(tx, &tenant, &organization)? {
                return Ok(Response::NotFound);
            }
            let role = query.organization_role_id.as_ref();
            let total = count(tx, &format!("SELECT 1 {filter}"), params![tenant, organization, q, role])?;
            let mut statement =
                tx.prepare(&format!("SELECT u.id, u.created_at, u.updated_at {filter} ORDER BY m.rowid LIMIT ?5 OFFSET ?6"))?;
            let users = statement
                .query_map(params![tenant, organization, q, role, limit, offset], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            let users = users.into_iter().map(|user| user_with_roles(tx, &organization, user)).collect::<rusqlite::Result<_>>()?;
            Ok(Response::Ok(users, list_organization_users::OkHeaders { total_number: Some(total) }))
        })
    }

    async fn replace_organization_users(
        &self,
        Tenant(tenant): Tenant,
        request: replace_organization_users::Request,
    ) -> Result<replace_organization_users::Response, Failure> {
        use replace_organization_users::Response;
        let organization = request.path.into_inner().id;
        let users = dedup(&request.body.into_inner().user_ids);
        self.store.run(|tx| {
            if !organization_exists(tx, &tenant, &organization)? || !users.iter().all(|u| user_id(u)) {
                return Ok(Response::UnprocessableEntity);
            }
            // Members who stay keep their roles; the others lose them.
            tx.execute(
                "DELETE FROM logto_organization_users
                 WHERE organization_id = ?1 AND user_id NOT IN (SELECT value FROM json_each(?2))",
                params![organization, json_text(&users)],
            )?;
            for user in &users {
                add_member(tx, &tenant, &organization, user)?;
            }
            Ok(Response::NoContent)
        })
    }

    async fn add_organization_users(
        &self,
        Tenant(tenant): Tenant,
        request: add_organization_users::Request,
    ) -> Result<add_organization_users::Response, Failure> {
        use add_organization_users::Response;
        let organization = request.path.into_inner().id;
        let users = dedup(&request.body.into_inner().user_ids);
        self.store.run(|tx| {
            if !organization_exists(tx, &tenant, &organization)? || !users.iter().all(|u| user_id(u)) {
                return Ok(Response::UnprocessableEntity);
            }
            for user in &users {
                add_member(tx, &tenant, &organization, user)?;
            }
            Ok(Response::Created(models::AddOrganizationUsersResponse { user_ids: users }))
        })
    }

    async fn delete_organization_user(
        &self,
        Tenant(tenant): Tenant,
        request: delete_organization_user::Request,
    ) -> Result<delete_organization_user::Response, Failure> {
        use delete_organization_user::Response;
        let path = request.path.into_inner();
        // Their roles in the organization go with the membership.
        let deleted = self.store.run(|tx| {
            tx.execute(
                "DELETE FROM logto_organization_users WHERE tenant_id = ?1 AND organization_id = ?2 AND user_id = ?3",
                params![tenant, path.id, path.user_id],
            )
        })?;
        Ok(if deleted == 0 { Response::NotFound } else { Response::NoContent })
    }

    async fn assign_organization_roles_to_users(
        &self,
        Tenant(tenant): Tenant,
        request: assign_organization_roles_to_users::Request,
    ) -> Result<assign_organization_roles_to_users::Response, Failure> {
        use assign_organization_roles_to_users::Response;
        let organization = request.path.into_inner().id;
        let body = request.body.into_inner();
        self.store.run(|tx| {
            if !organization_exists(tx, &tenant, &organization)? {
                return Ok(Response::UnprocessableEntity);
            }
            for user in &body.user_ids {
                if !member(tx, &tenant, &organization, user)? {
                    return Ok(Response::UnprocessableEntity);
                }
            }
            let Some(roles) = user_roles_named(tx, &tenant, &body.organization_role_ids, &[])? else {
                return Ok(Response::UnprocessableEntity);
            };
            for user in &body.user_ids {
                for role in &roles {
                    give_role(tx, &organization, user, role)?;
                }
            }
            Ok(Response::Created)
        })
    }

    async fn list_organization_user_roles(
        &self,
        Tenant(tenant): Tenant,
        request: list_organization_user_roles::Request,
    ) -> Result<list_organization_user_roles::Response, Failure> {
        use list_organization_user_roles::Response;
        let path = request.path.into_inner();
        let query = request.query.into_inner();
        let (limit, offset) = window(query.page, query.page_size);
        self.store.run(|tx| {
            if !member(tx, &tenant, &path.id, &path.user_id)? {
                return Ok(Response::UnprocessableEntity);
            }
            let filter = "FROM logto_organization_user_roles ur JOIN logto_organization_roles r ON r.id = ur.role_id
                WHERE ur.organization_id = ?1 AND ur.user_id = ?2";
            let total = count(tx, &format!("SELECT 1 {filter}"), params![path.id, path.user_id])?;
            let mut statement = tx
                .prepare(&format!("SELECT r.tenant_id, r.id, r.name, r.description, r.type {filter} ORDER BY r.name LIMIT ?3 OFFSET ?4"))?;
            let roles = statement.query_map(params![path.id, path.user_id, limit, offset], role)?.collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(Response::Ok(roles, list_organization_user_roles::OkHeaders { total_number: Some(total) }))
        })
    }

    async fn replace_organization_user_roles(
        &self,
        Tenant(tenant): Tenant,
        request: replace_organization_user_roles::Request,
    ) -> Result<replace_organization_user_roles::Response, Failure> {
        use replace_organization_user_roles::Response;
        let path = request.path.into_inner();
        let body = request.body.into_inner();
        self.store.run(|tx| {
            if !member(tx, &tenant, &path.id, &path.user_id)? {
                return Ok(Response::UnprocessableEntity);
            }
            let ids = body.organization_role_ids.as_deref().unwrap_or_default();
            let names = body.organization_role_names.as_deref().unwrap_or_default();
            let Some(roles) = user_roles_named(tx, &tenant, ids, names)? else { return Ok(Response::UnprocessableEntity) };
            tx.execute(
                "DELETE FROM logto_organization_user_roles WHERE organization_id = ?1 AND user_id = ?2",
                params![path.id, path.user_id],
            )?;
            for role in &roles {
                give_role(tx, &path.id, &path.user_id, role)?;
            }
            Ok(Response::NoContent)
        })
    }

    async fn assign_organization_roles_to_user(
        &self,
        Tenant(tenant): Tenant,
        request: assign_organization_roles_to_user::Request,
    ) -> Result<assign_organization_roles_to_user::Response, Failure> {
        use assign_organization_roles_to_user::Response;
        let path = request.path.into_inner();
        let body = request.body.into_inner();
        self.store.run(|tx| {
            if !member(tx, &tenant, &path.id, &path.user_id)? {
                return Ok(Response::UnprocessableEntity);
            }
            let ids = body.organization_role_ids.as_deref().unwrap_or_default();
            let names = body.organization_role_names.as_deref().unwrap_or_default();
            let Some(roles) = user_roles_named(tx, &tenant, ids, names)? else { return Ok(Response::UnprocessableEntity) };
            for role in &roles {
                give_role(tx, &path.id, &path.user_id, role)?;
            }
            Ok(Response::Created(models::AssignOrganizationRolesToUserResponse { organization_role_ids: roles }))
        })
    }

    async fn delete_organization_user_role(
        &self,
        Tenant(tenant): Tenant,
        request: delete_organization_user_role::Request,
    ) -> Result<delete_organization_user_role::Response, Failure> {
        use delete_organization_user_role::Response;
        let path = request.path.into_inner();
        self.store.run(|tx| {
            if !member(tx, &tenant, &path.id, &path.user_id)? {
                return Ok(Response::UnprocessableEntity);
            }
            let deleted = tx.execute(
                "DELETE FROM logto_organization_user_roles WHERE organization_id = ?1 AND user_id = ?2 AND role_id = ?3",
                params![path.id, path.user_id, path.organization_role_id],
            )?;
            Ok(if deleted == 0 { Response::NotFound } else { Response::NoContent })
        })
    }

    async fn list_organization_user_scopes(
        &self,
        Tenant(tenant): Tenant,
        request: list_organization_user_scopes::Request,
    ) -> Result<list_organization_user_scopes::Response, Failure> {
        use list_organization_user_scopes::Response;
        let path = request.path.into_inner();
        self.store.run(|tx| {
            if !member(tx, &tenant, &path.id, &path.user_id)? {
                return Ok(Response::UnprocessableEntity);
            }
            // What the user's roles in the organization grant, each once.
            let mut statement = tx.prepare(
                "SELECT DISTINCT s.tenant_id, s.id, s.name, s.description FROM logto_organization_user_roles ur
                 JOIN logto_organization_role_scopes rs ON rs.role_id = ur.role_id
                 JOIN logto_organization_scopes s ON s.id = rs.scope_id
                 WHERE ur.organization_id = ?1 AND ur.user_id = ?2 ORDER BY s.name",
            )?;
            let scopes = statement.query_map(params![path.id, path.user_id], scope)?.collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(Response::Ok(scopes))
        })
    }

    // -- Organization roles -------------------------------------------------

    async fn list_organization_roles(
        &self,
        Tenant(tenant): Tenant,
        request: list_organization_roles::Request,
    ) -> Result<list_organization_roles::Response, Failure> {
        let query = request.query.into_inner();
        let q = contains(query.q.as_ref());
        let (limit, offset) = window(query.page, query.page_size);
        let filter = "WHERE tenant_id = ?1 AND (?2 IS NULL OR id LIKE ?2 ESCAPE '\\' OR name LIKE ?2 ESCAPE '\\')";
        let (total, roles) = self.store.run(|tx| {
            let total = count(tx, &format!("SELECT 1 FROM logto_organization_roles {filter}"), params![tenant, q])?;
            let mut statement = tx.prepare(&format!("{ROLE} {filter} ORDER BY name LIMIT ?3 OFFSET ?4"))?;
            let roles = statement.query_map(params![tenant, q, limit, offset], role)?.collect::<rusqlite::Result<Vec<_>>>()?;
            let mut with_scopes = Vec::with_capacity(roles.len());
            for r in roles {
                let scopes = scopes_of(tx, &r.id)?;
                with_scopes.push(OrganizationRoleWithScopes {
                    tenant_id: r.tenant_id,
                    id: r.id,
                    name: r.name,
                    description: r.description,
                    type_: r.type_,
                    scopes,
                    // This server has no API resources, hence no resource scopes.
                    resource_scopes: Vec::new(),
                });
            }
            Ok((total, with_scopes))
        })?;
        Ok(list_organization_roles::Response::Ok(roles, list_organization_roles::OkHeaders { total_number: Some(total) }))
    }

    async fn create_organization_role(
        &self,
        Tenant(tenant): Tenant,
        request: create_organization_role::Request,
    ) -> Result<create_organization_role::Response, Failure> {
        use create_organization_role::Response;
        let new = request.body.into_inner();
        let id = new_id();
        self.store.run(|tx| {
            let taken = exists(tx, "SELECT 1 FROM logto_organization_roles WHERE tenant_id = ?1 AND name = ?2", params![tenant, new.name])?;
            // No resource scopes exist here: naming one names an unknown id.
            if taken || !new.resource_scope_ids.is_empty() || !scopes_exist(tx, &tenant, &new.organization_scope_ids)? {
                return Ok(Response::UnprocessableEntity);
            }
            tx.execute(
                "INSERT INTO logto_organization_roles (id, tenant_id, name, description, type) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![id, tenant, new.name, new.description.as_ref().value(), new.type_.unwrap_or(OrganizationRoleType::User).as_str()],
            )?;
            for scope in dedup(&new.organization_scope_ids) {
                tx.execute("INSERT INTO logto_organization_role_scopes (role_id, scope_id) VALUES (?1, ?2)", params![id, scope])?;
            }
            find_role(tx, &tenant, &id)?.map(Response::Created).ok_or(rusqlite::Error::QueryReturnedNoRows)
        })
    }

    async fn get_organization_role(
        &self,
        Tenant(tenant): Tenant,
        request: get_organization_role::Request,
    ) -> Result<get_organization_role::Response, Failure> {
        use get_organization_role::Response;
        let id = request.path.into_inner().id;
        Ok(self.store.run(|tx| find_role(tx, &tenant, &id))?.map_or(Response::NotFound, Response::Ok))
    }

    async fn delete_organization_role(
        &self,
        Tenant(tenant): Tenant,
        request: delete_organization_role::Request,
    ) -> Result<delete_organization_role::Response, Failure> {
        use delete_organization_role::Response;
        let id = request.path.into_inner().id;
        // Its scopes, its assignments to users and to invitations go with it.
        let deleted = self
            .store
            .run(|tx| tx.execute("DELETE FROM logto_organization_roles WHERE tenant_id = ?1 AND id = ?2", params![tenant, id]))?;
        Ok(if deleted == 0 { Response::NotFound } else { Response::NoContent })
    }

    async fn update_organization_role(
        &self,
        Tenant(tenant): Tenant,
        request: update_organization_role::Request,
    ) -> Result<update_organization_role::Response, Failure> {
        use update_organization_role::Response;
        let id = request.path.into_inner().id;
        let patch = request.body.into_inner();
        self.store.run(|tx| {
            let Some(found) = find_role(tx, &tenant, &id)? else { return Ok(Response::NotFound) };
            if patch.id.as_ref().is_some_and(|new| *new != found.id) || patch.tenant_id.as_ref().is_some_and(|new| *new != found.tenant_id)
            {
                return Ok(Response::BadRequest);
            }
            let name = patch.name.clone().unwrap_or(found.name.clone());
            let taken = exists(
                tx,
                "SELECT 1 FROM logto_organization_roles WHERE tenant_id = ?1 AND name = ?2 AND id <> ?3",
                params![tenant, name, id],
            )?;
            if taken {
                return Ok(Response::UnprocessableEntity);
            }
            let description = match &patch.description {
                Maybe::Absent => found.description.clone(),
                Maybe::Null => None,
                Maybe::Value(value) => Some(value.clone()),
            };
            tx.execute(
                "UPDATE logto_organization_roles SET name = ?3, description = ?4, type = ?5 WHERE tenant_id = ?1 AND id = ?2",
                params![tenant, id, name, description, patch.type_.unwrap_or(found.type_).as_str()],
            )?;
            Ok(find_role(tx, &tenant, &id)?.map_or(Response::NotFound, Response::Ok))
        })
    }

    async fn list_organization_role_scopes(
        &self,
        Tenant(tenant): Tenant,
        request: list_organization_role_scopes::Request,
    ) -> Result<list_organization_role_scopes::Response, Failure> {
        use list_organization_role_scopes::Response;
        let id = request.path.into_inner().id;
        let query = request.query.into_inner();
        let (limit, offset) = window(query.page, query.page_size);
        self.store.run(|tx| {
            if find_role(tx, &tenant, &id)?.is_none() {
                return Ok(Response::NotFound);
            }
            let filter = "FROM logto_organization_role_scopes rs JOIN logto_organization_scopes s ON s.id = rs.scope_id
                WHERE rs.role_id = ?1";
            let total = count(tx, &format!("SELECT 1 {filter}"), params![id])?;
            let mut statement =
                tx.prepare(&format!("SELECT s.tenant_id, s.id, s.name, s.description {filter} ORDER BY s.name LIMIT ?2 OFFSET ?3"))?;
            let scopes = statement.query_map(params![id, limit, offset], scope)?.collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(Response::Ok(scopes, list_organization_role_scopes::OkHeaders { total_number: Some(total) }))
        })
    }

    async fn replace_organization_role_scopes(
        &self,
        Tenant(tenant): Tenant,
        request: replace_organization_role_scopes::Request,
    ) -> Result<replace_organization_role_scopes::Response, Failure> {
        use replace_organization_role_scopes::Response;
        let id = request.path.into_inner().id;
        let scopes = dedup(&request.body.into_inner().organization_scope_ids);
        self.store.run(|tx| {
            // No 404 is declared: an unknown role is an invalid id (422).
            if find_role(tx, &tenant, &id)?.is_none() || !scopes_exist(tx, &tenant, &scopes)? {
                return Ok(Response::UnprocessableEntity);
            }
            tx.execute("DELETE FROM logto_organization_role_scopes WHERE role_id = ?1", params![id])?;
            for scope in &scopes {
                tx.execute("INSERT INTO logto_organization_role_scopes (role_id, scope_id) VALUES (?1, ?2)", params![id, scope])?;
            }
            Ok(Response::NoContent)
        })
    }

    async fn create_organization_role_scope(
        &self,
        Tenant(tenant): Tenant,
        request: create_organization_role_scope::Request,
    ) -> Result<create_organization_role_scope::Response, Failure> {
        use create_organization_role_scope::Response;
        let id = request.path.into_inner().id;
        let scopes = dedup(&request.body.into_inner().organization_scope_ids);
        self.store.run(|tx| {
            if find_role(tx, &tenant, &id)?.is_none() || !scopes_exist(tx, &tenant, &scopes)? {
                return Ok(Response::UnprocessableEntity);
            }
            for scope in &scopes {
                tx.execute("INSERT OR IGNORE INTO logto_organization_role_scopes (role_id, scope_id) VALUES (?1, ?2)", params![id, scope])?;
            }
            Ok(Response::Created)
        })
    }

    async fn delete_organization_role_scope(
        &self,
        Tenant(tenant): Tenant,
        request: delete_organization_role_scope::Request,
    ) -> Result<delete_organization_role_scope::Response, Failure> {
        use delete_organization_role_scope::Response;
        let path = request.path.into_inner();
        self.store.run(|tx| {
            if find_role(tx, &tenant, &path.id)?.is_none() {
                return Ok(Response::NotFound);
            }
            let deleted = tx.execute(
                "DELETE FROM logto_organization_role_scopes WHERE role_id = ?1 AND scope_id = ?2",
                params![path.id, path.organization_scope_id],
            )?;
            Ok(if deleted == 0 { Response::NotFound } else { Response::NoContent })
        })
    }

    // -- Organization scopes ------------------------------------------------

    async fn list_organization_scopes(
        &self,
        Tenant(tenant): Tenant,
        request: list_organization_scopes::Request,
    ) -> Result<list_organization_scopes::Response, Failure> {
        let query = request.query.into_inner();
        let q = contains(query.q.as_ref());
        let (limit, offset) = window(query.page, query.page_size);
        let filter = "WHERE tenant_id = ?1 AND (?2 IS NULL OR id LIKE ?2 ESCAPE '\\' OR name LIKE ?2 ESCAPE '\\')";
        let (total, scopes) = self.store.run(|tx| {
            let total = count(tx, &format!("SELECT 1 FROM logto_organization_scopes {filter}"), params![tenant, q])?;
            let mut statement = tx.prepare(&format!("{SCOPE} {filter} ORDER BY name LIMIT ?3 OFFSET ?4"))?;
            let scopes = statement.query_map(params![tenant, q, limit, offset], scope)?.collect::<rusqlite::Result<Vec<_>>>()?;
            Ok((total, scopes))
        })?;
        Ok(list_organization_scopes::Response::Ok(scopes, list_organization_scopes::OkHeaders { total_number: Some(total) }))
    }

    async fn create_organization_scope(
        &self,
        Tenant(tenant): Tenant,
        request: create_organization_scope::Request,
    ) -> Result<create_organization_scope::Response, Failure> {
        use create_organization_scope::Response;
        let new = request.body.into_inner();
        let id = new_id();
        self.store.run(|tx| {
            if exists(tx, "SELECT 1 FROM logto_organization_scopes WHERE tenant_id = ?1 AND name = ?2", params![tenant, new.name])? {
                return Ok(Response::UnprocessableEntity);
            }
            tx.execute(
                "INSERT INTO logto_organization_scopes (id, tenant_id, name, description) VALUES (?1, ?2, ?3, ?4)",
                params![id, tenant, new.name, new.description.as_ref().value()],
            )?;
            find_scope(tx, &tenant, &id)?.map(Response::Created).ok_or(rusqlite::Error::QueryReturnedNoRows)
        })
    }

    async fn get_organization_scope(
        &self,
        Tenant(tenant): Tenant,
        request: get_organization_scope::Request,
    ) -> Result<get_organization_scope::Response, Failure> {
        use get_organization_scope::Response;
        let id = request.path.into_inner().id;
        Ok(self.store.run(|tx| find_scope(tx, &tenant, &id))?.map_or(Response::NotFound, Response::Ok))
    }

    async fn delete_organization_scope(
        &self,
        Tenant(tenant): Tenant,
        request: delete_organization_scope::Request,
    ) -> Result<delete_organization_scope::Response, Failure> {
        use delete_organization_scope::Response;
        let id = request.path.into_inner().id;
        // Roles no longer grant it.
        let deleted = self
            .store
            .run(|tx| tx.execute("DELETE FROM logto_organization_scopes WHERE tenant_id = ?1 AND id = ?2", params![tenant, id]))?;
        Ok(if deleted == 0 { Response::NotFound } else { Response::NoContent })
    }

    async fn update_organization_scope(
        &self,
        Tenant(tenant): Tenant,
        request: update_organization_scope::Request,
    ) -> Result<update_organization_scope::Response, Failure> {
        use update_organization_scope::Response;
        let id = request.path.into_inner().id;
        let patch = request.body.into_inner();
        self.store.run(|tx| {
            let Some(found) = find_scope(tx, &tenant, &id)? else { return Ok(Response::NotFound) };
            if patch.id.as_ref().is_some_and(|new| *new != found.id) || patch.tenant_id.as_ref().is_some_and(|new| *new != found.tenant_id)
            {
                return Ok(Response::BadRequest);
            }
            let name = patch.name.clone().unwrap_or(found.name.clone());
            let taken = exists(
                tx,
                "SELECT 1 FROM logto_organization_scopes WHERE tenant_id = ?1 AND name = ?2 AND id <> ?3",
                params![tenant, name, id],
            )?;
            if taken {
                return Ok(Response::UnprocessableEntity);
            }
            let description = match &patch.description {
                Maybe::Absent => found.description.clone(),
                Maybe::Null => None,
                Maybe::Value(value) => Some(value.clone()),
            };
            tx.execute(
                "UPDATE logto_organization_scopes SET name = ?3, description = ?4 WHERE tenant_id = ?1 AND id = ?2",
                params![tenant, id, name, description],
            )?;
            Ok(find_scope(tx, &tenant, &id)?.map_or(Response::NotFound, Response::Ok))
        })
    }

    // -- Organization invitations -------------------------------------------

    async fn list_organization_invitations(
        &self,
        Tenant(tenant): Tenant,
        request: list_organization_invitations::Request,
    ) -> Result<list_organization_invitations::Response, Failure> {
        let query = request.query.into_inner();
        let invitations = self.store.run(|tx| {
            let mut statement = tx.prepare(&format!(
                "{INVITATION} WHERE tenant_id = ?1 AND (?2 IS NULL OR organization_id = ?2)
                 AND (?3 IS NULL OR inviter_id = ?3) AND (?4 IS NULL OR invitee = ?4) ORDER BY created_at, rowid"
            ))?;
            let rows = statement
                .query_map(params![tenant, query.organization_id, query.inviter_id, query.invitee], invitation_row)?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            rows.into_iter().map(|invitation| with_roles(tx, invitation)).collect::<rusqlite::Result<Vec<_>>>()
        })?;
        Ok(list_organization_invitations::Response::Ok(invitations))
    }

    async fn create_organization_invitation(
        &self,
        Tenant(tenant): Tenant,
        request: create_organization_invitation::Request,
    ) -> Result<create_organization_invitation::Response, Failure> {
        use create_organization_invitation::Response;
        let new = request.body.into_inner();
        let now = now_ms();
        if new.expires_at <= now {
            // Declared: "if the expiration date is in the past".
            return Ok(Response::BadRequest);
        }
        let id = new_id();
        let invitee = new.invitee.as_str().to_owned();
        self.store.run(|tx| {
            if !organization_exists(tx, &tenant, &new.organization_id)? {
                return Ok(Response::UnprocessableEntity);
            }
            let inviter = new.inviter_id.as_ref().value();
            if inviter.is_some_and(|inviter| !user_id(inviter)) {
                return Ok(Response::UnprocessableEntity);
            }
            let role_ids = new.organization_role_ids.as_deref().unwrap_or_default();
            let Some(roles) = user_roles_named(tx, &tenant, role_ids, &[])? else { return Ok(Response::UnprocessableEntity) };
            // One pending invitation per invitee and organization.
            let pending = exists(
                tx,
                "SELECT 1 FROM logto_organization_invitations WHERE tenant_id = ?1 AND organization_id = ?2
                 AND invitee = ?3 AND status = 'Pending' AND expires_at > ?4",
                params![tenant, new.organization_id, invitee, now],
            )?;
            if pending {
                return Ok(Response::UnprocessableEntity);
            }
            if let Some(inviter) = inviter {
                ensure_user(tx, &tenant, inviter)?;
            }
            tx.execute(
                "INSERT INTO logto_organization_invitations (id, tenant_id, inviter_id, invitee, accepted_user_id,
                 organization_id, status, created_at, updated_at, expires_at)
                 VALUES (?1, ?2, ?3, ?4, NULL, ?5, 'Pending', ?6, ?6, ?7)",
                params![id, tenant, inviter, invitee, new.organization_id, now, new.expires_at],
            )?;
            for role in &roles {
                tx.execute("INSERT INTO logto_organization_invitation_roles (invitation_id, role_id) VALUES (?1, ?2)", params![id, role])?;
            }
            if let Some(MessagePayload::SendMessagePayload(payload)) = &new.message_payload {
                send_message(tx, &id, payload)?;
            }
            find_invitation(tx, &tenant, &id)?.map(Response::Created).ok_or(rusqlite::Error::QueryReturnedNoRows)
        })
    }

    async fn get_organization_invitation(
        &self,
        Tenant(tenant): Tenant,
        request: get_organization_invitation::Request,
    ) -> Result<get_organization_invitation::Response, Failure> {
        use get_organization_invitation::Response;
        let id = request.path.into_inner().id;
        Ok(self.store.run(|tx| find_invitation(tx, &tenant, &id))?.map_or(Response::NotFound, Response::Ok))
    }

    async fn delete_organization_invitation(
        &self,
        Tenant(tenant): Tenant,
        request: delete_organization_invitation::Request,
    ) -> Result<delete_organization_invitation::Response, Failure> {
        use delete_organization_invitation::Response;
        let id = request.path.into_inner().id;
        let deleted = self
            .store
            .run(|tx| tx.execute("DELETE FROM logto_organization_invitations WHERE tenant_id = ?1 AND id = ?2", params![tenant, id]))?;
        Ok(if deleted == 0 { Response::NotFound } else { Response::NoContent })
    }

    async fn replace_organization_invitation_status(
        &self,
        Tenant(tenant): Tenant,
        request: replace_organization_invitation_status::Request,
    ) -> Result<replace_organization_invitation_status::Response, Failure> {
        use replace_organization_invitation_status::Response;
        let id = request.path.into_inner().id;
        let body = request.body.into_inner();
        self.store.run(|tx| {
            // No 404 is declared: an unknown invitation cannot be updated (422).
            let Some(found) = find_invitation(tx, &tenant, &id)? else { return Ok(Response::UnprocessableEntity) };
            // Only a pending invitation (not yet expired) changes status.
            if found.status != Status::Pending {
                return Ok(Response::UnprocessableEntity);
            }
            let accepted_by = match body.status {
                NewStatus::Accepted => match body.accepted_user_id.as_ref().value() {
                    Some(user) if user_id(user) => Some(user.clone()),
                    _ => return Ok(Response::UnprocessableEntity),
                },
                NewStatus::Revoked => None,
            };
            if let Some(user) = &accepted_by {
                // Accepting makes the user a member, with the invitation's roles.
                add_member(tx, &tenant, &found.organization_id, user)?;
                for role in &found.organization_roles {
                    give_role(tx, &found.organization_id, user, &role.id)?;
                }
            }
            tx.execute(
                "UPDATE logto_organization_invitations SET status = ?3, accepted_user_id = ?4, updated_at = ?5
                 WHERE tenant_id = ?1 AND id = ?2",
                params![tenant, id, body.status.as_str(), accepted_by, now_ms()],
            )?;
            find_invitation(tx, &tenant, &id)?.map(Response::Ok).ok_or(rusqlite::Error::QueryReturnedNoRows)
        })
    }

    async fn create_organization_invitation_message(
        &self,
        Tenant(tenant): Tenant,
        request: create_organization_invitation_message::Request,
    ) -> Result<create_organization_invitation_message::Response, Failure> {
        use create_organization_invitation_message::Response;
        let id = request.path.into_inner().id;
        let payload = request.body.into_inner();
        self.store.run(|tx| {
            // Neither 404 nor 422 is declared: an unknown invitation, or
            // one no longer pending, is a bad request.
            match find_invitation(tx, &tenant, &id)? {
                Some(found) if found.status == Status::Pending => {
                    send_message(tx, &id, &payload)?;
                    Ok(Response::NoContent)
                }
                _ => Ok(Response::BadRequest),
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_logto_ids() {
        let id = new_id();
        assert_eq!(id.len(), 21);
        assert!(id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()));
        assert_ne!(new_id(), id);
    }

    #[test]
    fn tenant_names_are_checked() {
        assert!(tenant_name("default"));
        assert!(tenant_name("acme-2"));
        assert!(!tenant_name(""));
        assert!(!tenant_name("Acme"));
        assert!(!tenant_name(&"a".repeat(22)));
    }

    #[test]
    fn patterns_escape_wildcards() {
        assert_eq!(contains(Some(&"a_b%".to_owned())).as_deref(), Some("%a\\_b\\%%"));
    }
}
