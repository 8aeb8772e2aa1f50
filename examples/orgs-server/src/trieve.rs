//! Trieve's organizations (`specs/trieve.yaml`): users belong to
//! organizations with a role (0 user, 1 admin, 2 owner); the header
//! `TR-Organization` says which organization a request acts on, and the
//! caller's role there decides what it may do. Organizations have unique
//! names, API keys (stored hashed, each with a role, acting in their
//! organization only), invitations, members, usage counters and a
//! configuration applied to all their datasets.
//!
//! Refusals: `authenticate` decides who may call what, before anything of
//! the request is read: a caller who is not a member of the organization
//! named by `TR-Organization` (or whose key belongs to another) gets 401, a
//! member whose role is below what the operation's scope requires
//! (`readonly`, `admin`, `owner`; an owner to delete the organization) 403,
//! and so does one whose path names another organization than the header
//! (`get_organization` answers 404 for it, as declared). What the API
//! description declares (400, 403, and 404 for `get_organization`) is used
//! for everything else. Every refusal, the generated router's own included
//! (see [`Api::reject`]), is Trieve's `ErrorResponseBody`
//! (`{"message": ...}`), as its document declares.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use oapi_axum_runtime::axum::response::Response;
use oapi_axum_runtime::{AuthError, Incoming, Location, Maybe, Operation, Rejection, response};
use rusqlite::{OptionalExtension, Row, Transaction, params};
use serde_json::Value;
use trieve_orgs::models::{
    ApiKeyRespBody, CreateApiKeyResponse, ErrorResponseBody, ExtendedOrganizationUsageCount, Invitation, Organization,
    OrganizationWithSubAndPlan, SlimUser, UserOrganization,
};
// Every operation's module (`get_organization::Request`, ...), `Api`, `Credentials`.
use trieve_orgs::server::*;
use uuid::Uuid;

use crate::error::Failure;
use crate::store::{self, Store, exists};

/// The API's name for its keys.
pub const API: &str = "trieve";

/// Its tables. Everything an organization has goes with it (`ON DELETE
/// CASCADE`); the digest of an organization API key, kept in the shared
/// `api_keys`, goes with its row by a trigger.
pub const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS trieve_users (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    name TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS trieve_organizations (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    partner_configuration TEXT NOT NULL,
    registerable INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS trieve_user_organizations (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES trieve_users (id) ON DELETE CASCADE,
    organization_id TEXT NOT NULL REFERENCES trieve_organizations (id) ON DELETE CASCADE,
    role INTEGER NOT NULL,
    scopes TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (user_id, organization_id)
);
CREATE TABLE IF NOT EXISTS trieve_invitations (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL,
    organization_id TEXT NOT NULL REFERENCES trieve_organizations (id) ON DELETE CASCADE,
    role INTEGER NOT NULL,
    scopes TEXT,
    used INTEGER NOT NULL,
    app_url TEXT NOT NULL,
    redirect_uri TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS trieve_api_keys (
    id TEXT PRIMARY KEY,
    organization_id TEXT NOT NULL REFERENCES trieve_organizations (id) ON DELETE CASCADE,
    user_id TEXT REFERENCES trieve_users (id) ON DELETE SET NULL,
    name TEXT NOT NULL,
    role INTEGER NOT NULL,
    dataset_ids TEXT,
    scopes TEXT,
    default_params TEXT,
    expires_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TRIGGER IF NOT EXISTS trieve_api_keys_revoke AFTER DELETE ON trieve_api_keys BEGIN
    DELETE FROM api_keys WHERE api = 'trieve' AND subject = 'key:' || OLD.id;
END;
CREATE TABLE IF NOT EXISTS trieve_organization_usage (
    organization_id TEXT PRIMARY KEY REFERENCES trieve_organizations (id) ON DELETE CASCADE,
    search_tokens INTEGER NOT NULL DEFAULT 0,
    message_tokens INTEGER NOT NULL DEFAULT 0,
    dataset_count INTEGER NOT NULL DEFAULT 0,
    file_storage INTEGER NOT NULL DEFAULT 0,
    message_count INTEGER NOT NULL DEFAULT 0,
    search_count INTEGER NOT NULL DEFAULT 0,
    chunk_count INTEGER NOT NULL DEFAULT 0,
    bytes_ingested INTEGER NOT NULL DEFAULT 0,
    tokens_ingested INTEGER NOT NULL DEFAULT 0,
    ocr_pages_ingested INTEGER NOT NULL DEFAULT 0,
    website_pages_scraped INTEGER NOT NULL DEFAULT 0,
    events_ingested INTEGER NOT NULL DEFAULT 0,
    current_months_message_count INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS trieve_dataset_configurations (
    organization_id TEXT PRIMARY KEY REFERENCES trieve_organizations (id) ON DELETE CASCADE,
    configuration TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
";

/// Roles, as Trieve numbers them.
const USER: i32 = 0;
const ADMIN: i32 = 1;
const OWNER: i32 = 2;

/// The Trieve API on the store.
#[derive(Debug, Clone)]
pub struct Trieve {
    pub store: Arc<Store>,
}

/// Who calls, as `authenticate` found them: a user (none for an
/// organization API key, which acts in its own organization only); for an
/// operation in the organization of `TR-Organization`, that organization
/// and the caller's role there, at least the one the operation requires.
/// (Without a readable `TR-Organization`, they are nil and -1, and the
/// router refuses the request, 400, before any method runs.)
#[derive(Debug, Clone)]
pub struct Caller {
    pub user: Option<Uuid>,
    pub organization: Uuid,
    pub role: i32,
}

/// A refusal as Trieve writes every error: `{"message": ...}`, JSON; the
/// message names each place the request is wrong (`/body/name: ...`).
fn refusal(rejection: &Rejection) -> Response {
    let problem = rejection.problem();
    let text = if problem.violations.is_empty() {
        problem.detail
    } else {
        problem.violations.iter().map(|v| format!("{}: {}", v.pointer, v.message)).collect::<Vec<_>>().join("; ")
    };
    response::json(rejection.status(), &message(&text))
}

fn message(text: &str) -> ErrorResponseBody {
    ErrorResponseBody { message: text.to_owned() }
}

/// Creates the user `email` (named `name`) with a key, or, if they exist,
/// a new key for them; returns the key. A new user joins the
/// organizations that invited them, with the invited role.
pub fn create_user(tx: &Transaction<'_>, email: &str, name: &str) -> store::Result<String> {
    let existing: Option<String> =
        tx.query_row("SELECT id FROM trieve_users WHERE email = ?1", params![email], |row| row.get(0)).optional()?;
    let id = match existing {
        Some(id) => id,
        None => {
            let id = Uuid::new_v4().to_string();
            let now = store::now();
            tx.execute(
                "INSERT INTO trieve_users (id, email, name, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4)",
                params![id, email, name, now],
            )?;
            let mut invited =
                tx.prepare("SELECT id, organization_id, role, scopes FROM trieve_invitations WHERE email = ?1 AND used = 0")?;
            let invitations = invited
                .query_map(params![email], |row| {
                    Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?, row.get::<_, i32>(2)?, row.get::<_, Option<String>>(3)?))
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            for (invitation, organization, role, scopes) in invitations {
                join(tx, &id, &organization, role, scopes.as_deref())?;
                tx.execute("UPDATE trieve_invitations SET used = 1, updated_at = ?2 WHERE id = ?1", params![invitation, now])?;
            }
            id
        }
    };
    store::issue_key(tx, API, &id)
}

/// Makes `user` a member of `organization` with `role` (or changes the
/// role of a member).
fn join(tx: &Transaction<'_>, user: &str, organization: &str, role: i32, scopes: Option<&str>) -> rusqlite::Result<()> {
    let now = store::now();
    tx.execute(
        "INSERT INTO trieve_user_organizations (id, user_id, organization_id, role, scopes, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)
         ON CONFLICT (user_id, organization_id) DO UPDATE SET role = excluded.role, updated_at = excluded.updated_at",
        params![Uuid::new_v4().to_string(), user, organization, role, scopes, now],
    )?;
    Ok(())
}

/// `orgs-server key trieve <EMAIL> [NAME]`: a new user and their key (or a
/// new key for the user with that email).
pub fn create_key(tx: &Transaction<'_>, args: &[String]) -> store::Result<Result<String, String>> {
    const USAGE: &str = "usage: key trieve <EMAIL> [NAME]";
    let (email, name) = match args {
        [email] => (email, email.split('@').next().unwrap_or_default()),
        [email, name] => (email, name.as_str()),
        _ => return Ok(Err(USAGE.to_owned())),
    };
    if !valid_email(email) {
        return Ok(Err(format!("`{email}` is not an email address; {USAGE}")));
    }
    if name.trim().is_empty() {
        return Ok(Err(format!("a user needs a name; {USAGE}")));
    }
    create_user(tx, email, name).map(Ok)
}

/// What a first start creates: a user `admin` and their key.
pub fn bootstrap(tx: &Transaction<'_>) -> store::Result<Vec<(String, String)>> {
    Ok(vec![("Trieve API key of user `admin`".to_owned(), create_user(tx, "admin@localhost", "admin")?)])
}

fn valid_email(email: &str) -> bool {
    match email.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty() && !domain.is_empty() && !domain.contains('@') && !email.chars().any(char::is_whitespace)
        }
        None => false,
    }
}

fn time(row: &Row<'_>, index: usize) -> rusqlite::Result<DateTime<Utc>> {
    let text: String = row.get(index)?;
    Ok(DateTime::parse_from_rfc3339(&text).map(|t| t.to_utc()).unwrap_or_default())
}

fn uuid(row: &Row<'_>, index: usize) -> rusqlite::Result<Uuid> {
    let text: String = row.get(index)?;
    Ok(text.parse().unwrap_or_default())
}

/// A JSON column (`NULL` when absent) as the model's type.
fn json<T: serde::de::DeserializeOwned>(row: &Row<'_>, index: usize) -> rusqlite::Result<Maybe<T>> {
    let text: Option<String> = row.get(index)?;
    Ok(match text {
        Some(text) => serde_json::from_str(&text).map_or(Maybe::Null, Maybe::Value),
        None => Maybe::Null,
    })
}

fn to_json<T: serde::Serialize>(value: Option<&T>) -> Option<String> {
    value.and_then(|value| serde_json::to_string(value).ok())
}

const ORGANIZATION: &str = "SELECT id, name, partner_configuration, registerable, created_at, updated_at FROM trieve_organizations";

fn organization(row: &Row<'_>) -> rusqlite::Result<Organization> {
    let partner: String = row.get(2)?;
    Ok(Organization {
        id: uuid(row, 0)?,
        name: row.get(1)?,
        partner_configuration: serde_json::from_str(&partner).unwrap_or(Value::Null),
        registerable: Maybe::Value(row.get(3)?),
        created_at: time(row, 4)?,
        updated_at: time(row, 5)?,
        // Deletes are immediate here: nothing deleted is ever shown.
        deleted: 0,
    })
}

fn find(tx: &Transaction<'_>, id: &Uuid) -> rusqlite::Result<Option<Organization>> {
    tx.query_row(&format!("{ORGANIZATION} WHERE id = ?1"), params![id.to_string()], organization).optional()
}

fn name_taken(tx: &Transaction<'_>, name: &str, except: Option<&Uuid>) -> rusqlite::Result<bool> {
    exists(tx, "SELECT 1 FROM trieve_organizations WHERE name = ?1 AND id IS NOT ?2", params![name, except.map(Uuid::to_string)])
}

fn invitation(row: &Row<'_>) -> rusqlite::Result<Invitation> {
    Ok(Invitation {
        id: uuid(row, 0)?,
        email: row.get(1)?,
        organization_id: uuid(row, 2)?,
        role: row.get(3)?,
        scopes: json(row, 4)?,
        used: row.get(5)?,
        created_at: time(row, 6)?,
        updated_at: time(row, 7)?,
    })
}

fn api_key(row: &Row<'_>) -> rusqlite::Result<ApiKeyRespBody> {
    let organization_id = uuid(row, 1)?;
    Ok(ApiKeyRespBody {
        id: uuid(row, 0)?,
        organization_id,
        organization_ids: Maybe::Value(vec![organization_id.to_string()]),
        name: row.get(2)?,
        role: row.get(3)?,
        dataset_ids: json(row, 4)?,
        created_at: time(row, 5)?,
        updated_at: time(row, 6)?,
    })
}

fn valid_role(role: i32) -> bool {
    (USER..=OWNER).contains(&role)
}

/// Who the key's `subject` is (`key:<id>` for an organization API key,
/// else a user's id), in `organization` when given; `None` for an expired
/// key, nobody, or someone not in that organization.
fn caller(tx: &Transaction<'_>, subject: &str, organization: Option<Uuid>) -> rusqlite::Result<Option<Caller>> {
    if let Some(key) = subject.strip_prefix("key:") {
        let sql = "SELECT organization_id, role, expires_at FROM trieve_api_keys WHERE id = ?1";
        let key = tx.query_row(sql, params![key], |row| Ok((uuid(row, 0)?, row.get(1)?, row.get::<_, Option<String>>(2)?)));
        let key = key.optional()?;
        let live = |expires: &Option<String>| {
            expires.as_deref().and_then(|e| DateTime::parse_from_rfc3339(e).ok()).is_none_or(|e| e.to_utc() > Utc::now())
        };
        let key = key.filter(|(own, _, expires)| live(expires) && organization.is_none_or(|o| o == *own));
        return Ok(key.map(|(organization, role, _)| Caller { user: None, organization, role }));
    }
    let user: Option<String> = tx.query_row("SELECT id FROM trieve_users WHERE id = ?1", params![subject], |row| row.get(0)).optional()?;
    let Some(user) = user.map(|id| id.parse().unwrap_or_default()) else { return Ok(None) };
    let Some(organization) = organization else { return Ok(Some(Caller { user: Some(user), organization: Uuid::nil(), role: -1 })) };
    let role = tx
        .query_row(
            "SELECT role FROM trieve_user_organizations WHERE user_id = ?1 AND organization_id = ?2",
            params![subject, organization.to_string()],
            |row| row.get(0),
        )
        .optional()?;
    Ok(role.map(|role| Caller { user: Some(user), organization, role }))
}

impl Api for Trieve {
    type Principal = Caller;
    type Error = Failure;

    fn reject(&self, rejection: Rejection, _: Option<&'static Operation>) -> Response {
        refusal(&rejection)
    }

    async fn authenticate(&self, credentials: Credentials, request: &Incoming<'_>) -> Result<Caller, AuthError> {
        let presented = credentials.api_key.ok_or(AuthError::Unauthorized)?;
        // Trieve takes the key alone; `Bearer <key>` is taken too.
        let secret = presented.strip_prefix("Bearer ").unwrap_or(&presented).trim();
        let subject = self.store.key_subject(API, secret).map_err(|_| AuthError::Failed)?.ok_or(AuthError::Unauthorized)?;
        // `TR-Organization`, for the operations that take it (all but `create_organization`).
        let operation = request.operation;
        let takes = operation.parameter_names(Location::Header).any(|name| name.eq_ignore_ascii_case("TR-Organization"));
        let header = request.header("TR-Organization").filter(|_| takes);
        let organization = header.and_then(|text| Uuid::parse_str(text).ok());
        let caller = self.store.transaction(|tx| caller(tx, &subject, organization)).map_err(|_| AuthError::Failed)?;
        let caller = caller.ok_or(AuthError::Unauthorized)?;
        // The role the operation requires, by the scope of its security
        // requirement; only an owner deletes the organization (whose
        // requirement names `admin`).
        let is = |other: &Operation| std::ptr::eq(operation, other);
        let needs = match request.scopes().as_slice() {
            _ if is(&delete_organization::OPERATION) => OWNER,
            scopes if scopes.contains(&"owner") => OWNER,
            scopes if scopes.contains(&"admin") => ADMIN,
            _ => USER,
        };
        // An organization named in the path is the header's (else
        // `get_organization` answers 404).
        let path = request.path_parameter("organization_id").and_then(|text| Uuid::parse_str(text).ok());
        let elsewhere = path.is_some_and(|path| path != caller.organization) && !is(&get_organization::OPERATION);
        if organization.is_some() && (caller.role < needs || elsewhere) {
            return Err(AuthError::Forbidden);
        }
        Ok(caller)
    }

    async fn post_invitation(&self, caller: Caller, request: post_invitation::Request) -> Result<post_invitation::Response, Failure> {
        use post_invitation::Response;
        let organization = caller.organization;
        let data = request.body.into_inner();
        let email = data.email.trim().to_lowercase();
        self.store.run(|tx| {
            if !valid_email(&email) {
                return Ok(Response::BadRequest(message("Invalid email: `email` is not an email address")));
            }
            if !valid_role(data.user_role) {
                return Ok(Response::BadRequest(message("user_role must be 0 (user), 1 (admin) or 2 (owner)")));
            }
            if data.user_role > caller.role {
                return Ok(Response::Forbidden(message("Nobody grants a role above their own")));
            }
            let user: Option<String> =
                tx.query_row("SELECT id FROM trieve_users WHERE email = ?1", params![email], |row| row.get(0)).optional()?;
            let member = "SELECT 1 FROM trieve_user_organizations WHERE user_id = ?1 AND organization_id = ?2";
            if exists(tx, member, params![user, organization.to_string()])? {
                return Ok(Response::BadRequest(message("The user is already a member of the organization")));
            }
            let pending = "SELECT 1 FROM trieve_invitations WHERE email = ?1 AND organization_id = ?2 AND used = 0";
            if exists(tx, pending, params![email, organization.to_string()])? {
                return Ok(Response::BadRequest(message("The user is already invited to the organization")));
            }
            let scopes = to_json(data.scopes.as_ref().value());
            let now = store::now();
            // A user who exists joins at once; others when they sign up.
            if let Some(user) = &user {
                join(tx, user, &organization.to_string(), data.user_role, scopes.as_deref())?;
            }
            tx.execute(
                "INSERT INTO trieve_invitations (id, email, organization_id, role, scopes, used, app_url, redirect_uri, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
                params![
                    Uuid::new_v4().to_string(),
                    email,
                    organization.to_string(),
                    data.user_role,
                    scopes,
                    user.is_some(),
                    data.app_url,
                    data.redirect_uri,
                    now
                ],
            )?;
            Ok(Response::NoContent)
        })
    }

    async fn delete_invitation(&self, caller: Caller, request: delete_invitation::Request) -> Result<delete_invitation::Response, Failure> {
        use delete_invitation::Response;
        let organization = caller.organization;
        let invitation = request.path.into_inner().invitation_id;
        self.store.run(|tx| {
            let deleted = tx.execute(
                "DELETE FROM trieve_invitations WHERE id = ?1 AND organization_id = ?2",
                params![invitation.to_string(), organization.to_string()],
            )?;
            Ok(if deleted == 0 { Response::BadRequest(message("Invitation not found")) } else { Response::NoContent })
        })
    }

    async fn get_invitations(&self, caller: Caller, _: get_invitations::Request) -> Result<get_invitations::Response, Failure> {
        let organization = caller.organization;
        self.store.run(|tx| {
            let mut statement = tx.prepare(
                "SELECT id, email, organization_id, role, scopes, used, created_at, updated_at
                 FROM trieve_invitations WHERE organization_id = ?1 ORDER BY created_at, id",
            )?;
            let invitations = statement.query_map(params![organization.to_string()], invitation)?.collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(get_invitations::Response::Ok(invitations))
        })
    }

    async fn update_organization(
        &self,
        caller: Caller,
        request: update_organization::Request,
    ) -> Result<update_organization::Response, Failure> {
        use update_organization::Response;
        let organization = caller.organization;
        let patch = request.body.into_inner();
        self.store.run(|tx| {
            let Some(found) = find(tx, &organization)? else { return Ok(Response::Unauthorized(message("Not a member"))) };
            // Absent or null: left as it is.
            let name = match patch.name.as_ref().value() {
                Some(name) if name.trim().is_empty() => {
                    return Ok(Response::BadRequest(message("An organization needs a name")));
                }
                Some(name) => name.trim().to_owned(),
                None => found.name,
            };
            if name_taken(tx, &name, Some(&organization))? {
                return Ok(Response::BadRequest(message("An organization with this name already exists")));
            }
            let partner = patch.partner_configuration.as_ref().value().unwrap_or(&found.partner_configuration);
            tx.execute(
                "UPDATE trieve_organizations SET name = ?2, partner_configuration = ?3, updated_at = ?4 WHERE id = ?1",
                params![organization.to_string(), name, partner.to_string(), store::now()],
            )?;
            Ok(match find(tx, &organization)? {
                Some(updated) => Response::Ok(updated),
                None => Response::BadRequest(message("Organization not found")),
            })
        })
    }

    async fn create_organization(
        &self,
        caller: Caller,
        request: create_organization::Request,
    ) -> Result<create_organization::Response, Failure> {
        use create_organization::Response;
        let name = request.body.into_inner().name.trim().to_owned();
        // An organization API key has no user to own what it would create.
        let Some(user) = caller.user else { return Ok(Response::Forbidden(message("An organization API key is no user"))) };
        self.store.run(|tx| {
            if name.is_empty() {
                return Ok(Response::BadRequest(message("An organization needs a name")));
            }
            if name_taken(tx, &name, None)? {
                return Ok(Response::BadRequest(message("An organization with this name already exists")));
            }
            let id = Uuid::new_v4();
            let now = store::now();
            tx.execute(
                "INSERT INTO trieve_organizations (id, name, partner_configuration, registerable, created_at, updated_at)
                 VALUES (?1, ?2, '{}', 1, ?3, ?3)",
                params![id.to_string(), name, now],
            )?;
            tx.execute("INSERT INTO trieve_organization_usage (organization_id) VALUES (?1)", params![id.to_string()])?;
            // Its creator owns it.
            join(tx, &user.to_string(), &id.to_string(), OWNER, None)?;
            Ok(match find(tx, &id)? {
                Some(created) => Response::Ok(created),
                None => Response::BadRequest(message("Organization not found")),
            })
        })
    }

    async fn get_organization_api_keys(
        &self,
        caller: Caller,
        request: get_organization_api_keys::Request,
    ) -> Result<get_organization_api_keys::Response, Failure> {
        use get_organization_api_keys::Response;
        let organization = caller.organization;
        let query = request.query.into_inner();
        let limit = query.limit.as_ref().value().copied().unwrap_or(10);
        let cursor = query.cursor.as_ref().value().cloned();
        self.store.run(|tx| {
            if limit < 1 {
                return Ok(Response::BadRequest(message("limit must be at least 1")));
            }
            // The cursor is the id of the first key of the page.
            let start = match cursor.as_deref().map(str::parse::<Uuid>) {
                None => None,
                Some(Ok(id)) => {
                    let start = tx
                        .query_row(
                            "SELECT created_at, id FROM trieve_api_keys WHERE id = ?1 AND organization_id = ?2",
                            params![id.to_string(), organization.to_string()],
                            |row| Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?)),
                        )
                        .optional()?;
                    match start {
                        Some(start) => Some(start),
                        None => return Ok(Response::BadRequest(message("No api key has the id of the cursor"))),
                    }
                }
                Some(Err(_)) => return Ok(Response::BadRequest(message("The cursor is the id of an api key"))),
            };
            let (after, after_id) = start.unzip();
            let mut statement = tx.prepare(
                "SELECT id, organization_id, name, role, dataset_ids, created_at, updated_at FROM trieve_api_keys
                 WHERE organization_id = ?1 AND (?2 IS NULL OR (created_at, id) >= (?2, ?3))
                 ORDER BY created_at, id LIMIT ?4",
            )?;
            let keys = statement
                .query_map(params![organization.to_string(), after, after_id, limit], api_key)?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(Response::Ok(keys))
        })
    }

    async fn create_organization_api_key(
        &self,
        caller: Caller,
        request: create_organization_api_key::Request,
    ) -> Result<create_organization_api_key::Response, Failure> {
        use create_organization_api_key::Response;
        let organization = caller.organization;
        let new = request.body.into_inner();
        self.store.run(|tx| {
            if new.name.trim().is_empty() {
                return Ok(Response::BadRequest(message("An api key needs a name")));
            }
            if !valid_role(new.role) {
                return Ok(Response::BadRequest(message("role must be 0 (read), 1 (admin) or 2 (owner)")));
            }
            if new.role > caller.role {
                return Ok(Response::BadRequest(message(
                    "The auth'ed user must have a role greater than or equal to the role being assigned",
                )));
            }
            let expires_at = match new.expires_at.as_ref().value() {
                None => None,
                Some(text) => match parse_time(text) {
                    Some(time) => Some(time.to_rfc3339_opts(chrono::SecondsFormat::Micros, true)),
                    None => return Ok(Response::BadRequest(message("expires_at is not a date and time"))),
                },
            };
            let id = Uuid::new_v4();
            let now = store::now();
            tx.execute(
                "INSERT INTO trieve_api_keys
                 (id, organization_id, user_id, name, role, dataset_ids, scopes, default_params, expires_at, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
                params![
                    id.to_string(),
                    organization.to_string(),
                    caller.user.map(|u| u.to_string()),
                    new.name.trim(),
                    new.role,
                    to_json(new.dataset_ids.as_ref().value()),
                    to_json(new.scopes.as_ref().value()),
                    to_json(new.default_params.as_ref().value()),
                    expires_at,
                    now
                ],
            )?;
            // Only its digest is kept.
            let secret = store::issue_key(tx, API, &format!("key:{id}"))?;
            Ok(Response::Ok(CreateApiKeyResponse { api_key: secret }))
        })
    }

    async fn delete_organization_api_key(
        &self,
        caller: Caller,
        request: delete_organization_api_key::Request,
    ) -> Result<delete_organization_api_key::Response, Failure> {
        use delete_organization_api_key::Response;
        let organization = caller.organization;
        let key = request.path.into_inner().api_key_id;
        self.store.run(|tx| {
            let key_role: Option<i32> = tx
                .query_row(
                    "SELECT role FROM trieve_api_keys WHERE id = ?1 AND organization_id = ?2",
                    params![key.to_string(), organization.to_string()],
                    |row| row.get(0),
                )
                .optional()?;
            match key_role {
                None => Ok(Response::BadRequest(message("Api key not found"))),
                Some(key_role) if key_role > caller.role => Ok(Response::Forbidden(message("Nobody revokes a key above their role"))),
                Some(_) => {
                    // The trigger removes its digest: the key stops working.
                    tx.execute("DELETE FROM trieve_api_keys WHERE id = ?1", params![key.to_string()])?;
                    Ok(Response::NoContent)
                }
            }
        })
    }

    async fn update_all_org_dataset_configs(
        &self,
        caller: Caller,
        request: update_all_org_dataset_configs::Request,
    ) -> Result<update_all_org_dataset_configs::Response, Failure> {
        use update_all_org_dataset_configs::Response;
        let organization = caller.organization;
        let update = request.body.into_inner();
        self.store.run(|tx| {
            let Value::Object(changes) = update.to_configuration else {
                return Ok(Response::BadRequest(message("to_configuration must be an object")));
            };
            let stored: Option<String> = tx
                .query_row(
                    "SELECT configuration FROM trieve_dataset_configurations WHERE organization_id = ?1",
                    params![organization.to_string()],
                    |row| row.get(0),
                )
                .optional()?;
            let mut configuration = match stored.and_then(|text| serde_json::from_str(&text).ok()) {
                Some(Value::Object(map)) => map,
                _ => serde_json::Map::new(),
            };
            // A match configuration applies the change only where every key
            // it names has the value it gives.
            let matches = match update.match_configuration.as_ref().value() {
                None | Some(Value::Null) => true,
                Some(Value::Object(wanted)) => wanted.iter().all(|(key, value)| configuration.get(key) == Some(value)),
                Some(_) => return Ok(Response::BadRequest(message("match_configuration must be an object"))),
            };
            if matches {
                // Only the keys given change.
                configuration.extend(changes);
                tx.execute(
                    "INSERT INTO trieve_dataset_configurations (organization_id, configuration, updated_at) VALUES (?1, ?2, ?3)
                     ON CONFLICT (organization_id) DO UPDATE SET configuration = excluded.configuration, updated_at = excluded.updated_at",
                    params![organization.to_string(), Value::Object(configuration).to_string(), store::now()],
                )?;
            }
            Ok(Response::NoContent)
        })
    }

    async fn get_organization_usage(
        &self,
        caller: Caller,
        _: get_organization_usage::Request,
    ) -> Result<get_organization_usage::Response, Failure> {
        use get_organization_usage::Response;
        let organization = caller.organization;
        self.store.run(|tx| {
            let usage = tx
                .query_row(
                    "SELECT search_tokens, message_tokens, dataset_count, file_storage, message_count, search_count,
                        chunk_count, bytes_ingested, tokens_ingested, ocr_pages_ingested, website_pages_scraped,
                        events_ingested, current_months_message_count,
                        (SELECT COUNT(*) FROM trieve_user_organizations m WHERE m.organization_id = u.organization_id)
                     FROM trieve_organization_usage u WHERE organization_id = ?1",
                    params![organization.to_string()],
                    |row| {
                        Ok(ExtendedOrganizationUsageCount {
                            search_tokens: row.get(0)?,
                            message_tokens: row.get(1)?,
                            dataset_count: row.get(2)?,
                            file_storage: row.get(3)?,
                            message_count: row.get(4)?,
                            search_count: row.get(5)?,
                            chunk_count: row.get(6)?,
                            bytes_ingested: row.get(7)?,
                            tokens_ingested: row.get(8)?,
                            ocr_pages_ingested: row.get(9)?,
                            website_pages_scraped: row.get(10)?,
                            events_ingested: row.get(11)?,
                            current_months_message_count: row.get(12)?,
                            user_count: row.get(13)?,
                        })
                    },
                )
                .optional()?;
            Ok(match usage {
                Some(usage) => Response::Ok(usage),
                None => Response::BadRequest(message("Organization not found")),
            })
        })
    }

    async fn get_organization_users(
        &self,
        caller: Caller,
        _: get_organization_users::Request,
    ) -> Result<get_organization_users::Response, Failure> {
        use get_organization_users::Response;
        let organization = caller.organization;
        self.store.run(|tx| {
            let Some(found) = find(tx, &organization)? else { return Ok(Response::BadRequest(message("Organization not found"))) };
            let mut statement = tx.prepare(
                "SELECT u.id, u.email, u.name, u.created_at,
                    m.id, m.user_id, m.organization_id, m.role, m.scopes, m.created_at, m.updated_at
                 FROM trieve_user_organizations m JOIN trieve_users u ON u.id = m.user_id
                 WHERE m.organization_id = ?1 ORDER BY m.created_at, u.email",
            )?;
            let users = statement
                .query_map(params![organization.to_string()], |row| {
                    // Only this organization: its members' other ones are
                    // not the caller's to see.
                    Ok(SlimUser {
                        id: uuid(row, 0)?,
                        email: row.get(1)?,
                        name: row.get::<_, Option<String>>(2)?.into(),
                        created_at: time(row, 3)?,
                        orgs: vec![found.clone()],
                        user_orgs: vec![UserOrganization {
                            id: uuid(row, 4)?,
                            user_id: uuid(row, 5)?,
                            organization_id: uuid(row, 6)?,
                            role: row.get(7)?,
                            scopes: json(row, 8)?,
                            created_at: time(row, 9)?,
                            updated_at: time(row, 10)?,
                        }],
                    })
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(Response::Ok(users))
        })
    }

    async fn get_organization(&self, caller: Caller, request: get_organization::Request) -> Result<get_organization::Response, Failure> {
        use get_organization::Response;
        // Another organization is not found: the caller's access is to the
        // one of the header.
        let found = self.store.run(|tx| find(tx, &caller.organization))?.filter(|_| request.path.organization_id == caller.organization);
        Ok(match found {
            // No billing here: no plan, no subscription.
            Some(organization) => Response::Ok(OrganizationWithSubAndPlan { organization, plan: Maybe::Null, subscription: Maybe::Null }),
            None => Response::NotFound(message("Organization not found")),
        })
    }

    async fn delete_organization(&self, caller: Caller, _: delete_organization::Request) -> Result<delete_organization::Response, Failure> {
        use delete_organization::Response;
        let organization = caller.organization;
        self.store.run(|tx| {
            // Memberships, invitations, keys (and their digests), usage and
            // configuration go with it.
            let deleted = tx.execute("DELETE FROM trieve_organizations WHERE id = ?1", params![organization.to_string()])?;
            Ok(if deleted == 0 { Response::BadRequest(message("Organization not found")) } else { Response::NoContent })
        })
    }

    async fn update_user(&self, caller: Caller, request: update_user::Request) -> Result<update_user::Response, Failure> {
        use update_user::Response;
        let organization = caller.organization;
        let update = request.body.into_inner();
        let role = caller.role;
        self.store.run(|tx| {
            let target = match (update.user_id.as_ref().value(), caller.user) {
                (Some(target), Some(user)) if *target == user => user,
                // Another user: only an admin or owner changes them.
                (Some(target), _) if role >= ADMIN => *target,
                (Some(_), _) => return Ok(Response::Forbidden(message("Only an admin or owner changes another user"))),
                (None, Some(user)) => user,
                (None, None) => return Ok(Response::BadRequest(message("An api key is not a user: give user_id"))),
            };
            let current: Option<i32> = tx
                .query_row(
                    "SELECT role FROM trieve_user_organizations WHERE user_id = ?1 AND organization_id = ?2",
                    params![target.to_string(), organization.to_string()],
                    |row| row.get(0),
                )
                .optional()?;
            // A body that names nobody of the organization: 400, as Trieve
            // answers every refusal, naming the field.
            let Some(current) = current else {
                return Ok(Response::BadRequest(message("`user_id` names no member of the organization")));
            };
            let new_role = update.role.as_ref().value().copied().unwrap_or(current);
            if !valid_role(new_role) {
                return Ok(Response::BadRequest(message("role must be 0 (user), 1 (admin) or 2 (owner)")));
            }
            // Nobody grants a role above their own, nor changes someone above them.
            if new_role > role || current > role {
                return Ok(Response::Forbidden(message("Nobody grants a role above their own, nor changes someone above them")));
            }
            if current == OWNER && new_role < OWNER {
                let owners: i64 = tx.query_row(
                    "SELECT COUNT(*) FROM trieve_user_organizations WHERE organization_id = ?1 AND role = ?2",
                    params![organization.to_string(), OWNER],
                    |row| row.get(0),
                )?;
                if owners <= 1 {
                    return Ok(Response::BadRequest(message("An organization keeps at least one owner")));
                }
            }
            let now = store::now();
            tx.execute(
                "UPDATE trieve_user_organizations SET role = ?3, updated_at = ?4 WHERE user_id = ?1 AND organization_id = ?2",
                params![target.to_string(), organization.to_string(), new_role, now],
            )?;
            // Absent leaves the scopes, null clears them, a list sets them.
            if let Some(scopes) = update.scopes.into_update() {
                tx.execute(
                    "UPDATE trieve_user_organizations SET scopes = ?3 WHERE user_id = ?1 AND organization_id = ?2",
                    params![target.to_string(), organization.to_string(), to_json(scopes.as_ref())],
                )?;
            }
            Ok(Response::NoContent)
        })
    }
}

/// A date and time as RFC 3339, or (as Trieve takes it) without a zone,
/// in UTC.
fn parse_time(text: &str) -> Option<DateTime<Utc>> {
    if let Ok(time) = DateTime::parse_from_rfc3339(text) {
        return Some(time.to_utc());
    }
    ["%Y-%m-%d %H:%M:%S%.f", "%Y-%m-%dT%H:%M:%S%.f"]
        .iter()
        .find_map(|format| chrono::NaiveDateTime::parse_from_str(text, format).ok())
        .map(|naive| naive.and_utc())
}
