//! Trieve's organizations (`specs/trieve.yaml`): users belong to
//! organizations with a role (0 user, 1 admin, 2 owner); the header
//! `TR-Organization` says which organization a request acts on, and the
//! caller's role there decides what it may do. Organizations have unique
//! names, API keys (stored hashed, each with a role, acting in their
//! organization only), invitations, members, usage counters and a
//! configuration applied to all their datasets.
//!
//! Refusals: a caller who is not a member of the organization named by
//! `TR-Organization` (or whose key belongs to another) gets 401, a member
//! whose role is too low 403; what the API description declares (400, and
//! 404 for `get_organization`) is used for everything else. Every refusal,
//! the generated router's own included (see [`Api::reject`]), is Trieve's
//! `ErrorResponseBody` (`{"message": ...}`), as its document declares.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use oapi_axum_runtime::Maybe;
use oapi_axum_runtime::axum::Router;
use oapi_axum_runtime::axum::response::{IntoResponse, Response};
use oapi_axum_runtime::problem::Rejection;
use oapi_axum_runtime::server::{self, AuthError};
use rusqlite::{OptionalExtension, Row, Transaction, params};
use serde_json::Value;
use trieve_orgs::models::{
    ApiKeyRespBody, CreateApiKeyResponse, ErrorResponseBody, ExtendedOrganizationUsageCount, Invitation, Organization,
    OrganizationWithSubAndPlan, SlimUser, UserOrganization,
};
use trieve_orgs::server::{self as api, Api, Credentials};
use uuid::Uuid;

use crate::error::Failure;
use crate::store::{self, Store};

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

/// Who calls: a user (with their memberships), or an organization API key
/// (which acts in its organization only, with its role); and the role the
/// operation requires, from the scopes of its security requirement.
#[derive(Debug, Clone)]
pub struct Caller {
    /// The user, for a user's key.
    pub user: Option<Uuid>,
    /// The organization and role of an organization API key.
    pub key: Option<(Uuid, i32)>,
    /// The least role the operation requires.
    pub needs: i32,
}

/// What a method fails with: a database failure (500), or a refusal the
/// API description does not declare (401, 403), answered as the generated
/// router answers its own.
#[derive(Debug)]
pub enum Error {
    Failure(Failure),
    Refused(Rejection),
}

impl From<rusqlite::Error> for Error {
    fn from(error: rusqlite::Error) -> Self {
        Self::Failure(Failure(error))
    }
}

impl IntoResponse for Error {
    fn into_response(self) -> Response {
        match self {
            Self::Failure(failure) => failure.into_response(),
            Self::Refused(rejection) => refusal(&rejection),
        }
    }
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
    server::json(rejection.status(), &message(&text))
}

/// The work of one request in its transaction: `Err` refuses it (before
/// anything is written).
type Outcome<T> = rusqlite::Result<Result<T, Rejection>>;

/// The value of a check, or the refusal returned from the transaction.
macro_rules! check {
    ($outcome:expr) => {
        match $outcome {
            Ok(value) => value,
            Err(refusal) => return Ok(Err(refusal)),
        }
    };
}

fn unauthorized() -> Rejection {
    Rejection::Unauthorized { challenges: Vec::new() }
}

fn message(text: &str) -> ErrorResponseBody {
    ErrorResponseBody { message: text.to_owned() }
}

/// The routes, served from `store`.
pub fn routes(store: Arc<Store>) -> Router {
    trieve_orgs::server::routes(Trieve { store }, oapi_axum_runtime::server::DEFAULT_BODY_LIMIT)
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
            let mut invited = tx.prepare(
                "SELECT id, organization_id, role, scopes FROM trieve_invitations WHERE email = ?1 AND used = 0",
            )?;
            let invitations = invited
                .query_map(params![email], |row| {
                    Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?, row.get::<_, i32>(2)?, row.get::<_, Option<String>>(3)?))
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            for (invitation, organization, role, scopes) in invitations {
                join(tx, &id, &organization, role, scopes.as_deref())?;
                tx.execute(
                    "UPDATE trieve_invitations SET used = 1, updated_at = ?2 WHERE id = ?1",
                    params![invitation, now],
                )?;
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

const ORGANIZATION: &str =
    "SELECT id, name, partner_configuration, registerable, created_at, updated_at FROM trieve_organizations";

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
    tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM trieve_organizations WHERE name = ?1 AND id IS NOT ?2)",
        params![name, except.map(Uuid::to_string)],
        |row| row.get(0),
    )
}

/// The caller's role in `organization`, if they are in it.
fn role_in(tx: &Transaction<'_>, caller: &Caller, organization: &Uuid) -> rusqlite::Result<Option<i32>> {
    if let Some((key_organization, role)) = caller.key {
        return Ok((key_organization == *organization).then_some(role));
    }
    let Some(user) = caller.user else { return Ok(None) };
    tx.query_row(
        "SELECT role FROM trieve_user_organizations WHERE user_id = ?1 AND organization_id = ?2",
        params![user.to_string(), organization.to_string()],
        |row| row.get(0),
    )
    .optional()
}

/// The caller's role in the organization of `TR-Organization`: 401 if they
/// are not in it, 403 if their role is below what the operation needs.
fn access(tx: &Transaction<'_>, caller: &Caller, organization: &Uuid) -> Outcome<i32> {
    Ok(match role_in(tx, caller, organization)? {
        None => Err(unauthorized()),
        Some(role) if role < caller.needs => Err(Rejection::Forbidden),
        Some(role) => Ok(role),
    })
}

/// For operations that name an organization in their path as well: it must
/// be the one of `TR-Organization`.
fn same(header: &Uuid, path: &Uuid) -> Result<(), Rejection> {
    if header == path { Ok(()) } else { Err(Rejection::Forbidden) }
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

impl Trieve {
    /// Runs `work` in one transaction; its refusal or a database failure is
    /// the method's error.
    fn run<T>(&self, work: impl FnOnce(&Transaction<'_>) -> Outcome<T>) -> Result<T, Error> {
        match self.store.transaction(work) {
            Ok(Ok(value)) => Ok(value),
            Ok(Err(refusal)) => Err(Error::Refused(refusal)),
            Err(error) => Err(Error::Failure(Failure(error))),
        }
    }
}

impl Api for Trieve {
    type Principal = Caller;
    type Error = Error;

    fn reject(&self, rejection: Rejection) -> Response {
        refusal(&rejection)
    }

    async fn authenticate(&self, credentials: Credentials, scopes: &'static [&'static str]) -> Result<Caller, AuthError> {
        let presented = credentials.api_key.ok_or(AuthError::Unauthorized)?;
        // Trieve takes the key alone; `Bearer <key>` is taken too.
        let secret = presented.strip_prefix("Bearer ").unwrap_or(&presented).trim();
        let subject = self.store.key_subject(API, secret).map_err(|_| AuthError::Unauthorized)?;
        let subject = subject.ok_or(AuthError::Unauthorized)?;
        let needs = if scopes.contains(&"owner") {
            OWNER
        } else if scopes.contains(&"admin") {
            ADMIN
        } else {
            USER
        };
        let found = self.store.transaction(|tx| {
            if let Some(key) = subject.strip_prefix("key:") {
                let key = tx
                    .query_row(
                        "SELECT organization_id, role, expires_at FROM trieve_api_keys WHERE id = ?1",
                        params![key],
                        |row| Ok((uuid(row, 0)?, row.get::<_, i32>(1)?, row.get::<_, Option<String>>(2)?)),
                    )
                    .optional()?;
                Ok(key.and_then(|(organization, role, expires)| {
                    let expired = expires
                        .and_then(|e| DateTime::parse_from_rfc3339(&e).ok())
                        .is_some_and(|e| e.to_utc() <= Utc::now());
                    (!expired).then_some(Caller { user: None, key: Some((organization, role)), needs })
                }))
            } else {
                let user: Option<String> = tx
                    .query_row("SELECT id FROM trieve_users WHERE id = ?1", params![subject], |row| row.get(0))
                    .optional()?;
                Ok(user.map(|id| Caller { user: Some(id.parse().unwrap_or_default()), key: None, needs }))
            }
        });
        found.map_err(|_| AuthError::Unauthorized)?.ok_or(AuthError::Unauthorized)
    }

    async fn post_invitation(&self, caller: Caller, request: api::PostInvitationRequest) -> Result<api::PostInvitationResponse, Error> {
        use api::PostInvitationResponse as Response;
        let organization = request.headers.into_inner().tr_organization;
        let data = request.body.into_inner();
        let email = data.email.trim().to_lowercase();
        self.run(|tx| {
            let role = check!(access(tx, &caller, &organization)?);
            if !valid_email(&email) {
                return Ok(Ok(Response::BadRequest(message("Invalid email"))));
            }
            if !valid_role(data.user_role) {
                return Ok(Ok(Response::BadRequest(message("user_role must be 0 (user), 1 (admin) or 2 (owner)"))));
            }
            if data.user_role > role {
                // Nobody grants a role above their own.
                return Ok(Err(Rejection::Forbidden));
            }
            let user: Option<String> =
                tx.query_row("SELECT id FROM trieve_users WHERE email = ?1", params![email], |row| row.get(0)).optional()?;
            let member: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM trieve_user_organizations WHERE user_id = ?1 AND organization_id = ?2)",
                params![user, organization.to_string()],
                |row| row.get(0),
            )?;
            if member {
                return Ok(Ok(Response::BadRequest(message("The user is already a member of the organization"))));
            }
            let pending: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM trieve_invitations WHERE email = ?1 AND organization_id = ?2 AND used = 0)",
                params![email, organization.to_string()],
                |row| row.get(0),
            )?;
            if pending {
                return Ok(Ok(Response::BadRequest(message("The user is already invited to the organization"))));
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
            Ok(Ok(Response::NoContent))
        })
    }

    async fn delete_invitation(&self, caller: Caller, request: api::DeleteInvitationRequest) -> Result<api::DeleteInvitationResponse, Error> {
        use api::DeleteInvitationResponse as Response;
        let organization = request.headers.into_inner().tr_organization;
        let invitation = request.path.into_inner().invitation_id;
        self.run(|tx| {
            check!(access(tx, &caller, &organization)?);
            let deleted = tx.execute(
                "DELETE FROM trieve_invitations WHERE id = ?1 AND organization_id = ?2",
                params![invitation.to_string(), organization.to_string()],
            )?;
            Ok(Ok(if deleted == 0 { Response::BadRequest(message("Invitation not found")) } else { Response::NoContent }))
        })
    }

    async fn get_invitations(&self, caller: Caller, request: api::GetInvitationsRequest) -> Result<api::GetInvitationsResponse, Error> {
        let organization = request.headers.into_inner().tr_organization;
        let path = request.path.into_inner().organization_id;
        self.run(|tx| {
            check!(access(tx, &caller, &organization)?);
            check!(same(&organization, &path));
            let mut statement = tx.prepare(
                "SELECT id, email, organization_id, role, scopes, used, created_at, updated_at
                 FROM trieve_invitations WHERE organization_id = ?1 ORDER BY created_at, id",
            )?;
            let invitations = statement.query_map(params![organization.to_string()], invitation)?.collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(Ok(api::GetInvitationsResponse::Ok(invitations)))
        })
    }

    async fn update_organization(
        &self,
        caller: Caller,
        request: api::UpdateOrganizationRequest,
    ) -> Result<api::UpdateOrganizationResponse, Error> {
        use api::UpdateOrganizationResponse as Response;
        let organization = request.headers.into_inner().tr_organization;
        let patch = request.body.into_inner();
        self.run(|tx| {
            check!(access(tx, &caller, &organization)?);
            let Some(found) = find(tx, &organization)? else { return Ok(Err(unauthorized())) };
            // Absent or null: left as it is.
            let name = match patch.name.as_ref().value() {
                Some(name) if name.trim().is_empty() => {
                    return Ok(Ok(Response::BadRequest(message("An organization needs a name"))));
                }
                Some(name) => name.trim().to_owned(),
                None => found.name,
            };
            if name_taken(tx, &name, Some(&organization))? {
                return Ok(Ok(Response::BadRequest(message("An organization with this name already exists"))));
            }
            let partner = patch.partner_configuration.as_ref().value().unwrap_or(&found.partner_configuration);
            tx.execute(
                "UPDATE trieve_organizations SET name = ?2, partner_configuration = ?3, updated_at = ?4 WHERE id = ?1",
                params![organization.to_string(), name, partner.to_string(), store::now()],
            )?;
            Ok(Ok(match find(tx, &organization)? {
                Some(updated) => Response::Ok(Box::new(updated)),
                None => Response::BadRequest(message("Organization not found")),
            }))
        })
    }

    async fn create_organization(
        &self,
        caller: Caller,
        request: api::CreateOrganizationRequest,
    ) -> Result<api::CreateOrganizationResponse, Error> {
        use api::CreateOrganizationResponse as Response;
        let name = request.body.into_inner().name.trim().to_owned();
        // An organization API key has no user to own what it would create.
        let Some(user) = caller.user else { return Err(Error::Refused(Rejection::Forbidden)) };
        self.run(|tx| {
            if name.is_empty() {
                return Ok(Ok(Response::BadRequest(message("An organization needs a name"))));
            }
            if name_taken(tx, &name, None)? {
                return Ok(Ok(Response::BadRequest(message("An organization with this name already exists"))));
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
            Ok(Ok(match find(tx, &id)? {
                Some(created) => Response::Ok(Box::new(created)),
                None => Response::BadRequest(message("Organization not found")),
            }))
        })
    }

    async fn get_organization_api_keys(
        &self,
        caller: Caller,
        request: api::GetOrganizationApiKeysRequest,
    ) -> Result<api::GetOrganizationApiKeysResponse, Error> {
        use api::GetOrganizationApiKeysResponse as Response;
        let organization = request.headers.into_inner().tr_organization;
        let query = request.query.into_inner();
        let limit = query.limit.as_ref().value().copied().unwrap_or(10);
        let cursor = query.cursor.as_ref().value().cloned();
        self.run(|tx| {
            check!(access(tx, &caller, &organization)?);
            if limit < 1 {
                return Ok(Ok(Response::BadRequest(message("limit must be at least 1"))));
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
                        None => return Ok(Ok(Response::BadRequest(message("No api key has the id of the cursor")))),
                    }
                }
                Some(Err(_)) => return Ok(Ok(Response::BadRequest(message("The cursor is the id of an api key")))),
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
            Ok(Ok(Response::Ok(keys)))
        })
    }

    async fn create_organization_api_key(
        &self,
        caller: Caller,
        request: api::CreateOrganizationApiKeyRequest,
    ) -> Result<api::CreateOrganizationApiKeyResponse, Error> {
        use api::CreateOrganizationApiKeyResponse as Response;
        let organization = request.headers.into_inner().tr_organization;
        let new = request.body.into_inner();
        self.run(|tx| {
            let role = check!(access(tx, &caller, &organization)?);
            if new.name.trim().is_empty() {
                return Ok(Ok(Response::BadRequest(message("An api key needs a name"))));
            }
            if !valid_role(new.role) {
                return Ok(Ok(Response::BadRequest(message("role must be 0 (read), 1 (admin) or 2 (owner)"))));
            }
            if new.role > role {
                return Ok(Ok(Response::BadRequest(message(
                    "The auth'ed user must have a role greater than or equal to the role being assigned",
                ))));
            }
            let expires_at = match new.expires_at.as_ref().value() {
                None => None,
                Some(text) => match parse_time(text) {
                    Some(time) => Some(time.to_rfc3339_opts(chrono::SecondsFormat::Micros, true)),
                    None => return Ok(Ok(Response::BadRequest(message("expires_at is not a date and time")))),
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
            Ok(Ok(Response::Ok(CreateApiKeyResponse { api_key: secret })))
        })
    }

    async fn delete_organization_api_key(
        &self,
        caller: Caller,
        request: api::DeleteOrganizationApiKeyRequest,
    ) -> Result<api::DeleteOrganizationApiKeyResponse, Error> {
        use api::DeleteOrganizationApiKeyResponse as Response;
        let organization = request.headers.into_inner().tr_organization;
        let key = request.path.into_inner().api_key_id;
        self.run(|tx| {
            let role = check!(access(tx, &caller, &organization)?);
            let key_role: Option<i32> = tx
                .query_row(
                    "SELECT role FROM trieve_api_keys WHERE id = ?1 AND organization_id = ?2",
                    params![key.to_string(), organization.to_string()],
                    |row| row.get(0),
                )
                .optional()?;
            match key_role {
                None => Ok(Ok(Response::BadRequest(message("Api key not found")))),
                // Nobody revokes a key with a role above their own.
                Some(key_role) if key_role > role => Ok(Err(Rejection::Forbidden)),
                Some(_) => {
                    // The trigger removes its digest: the key stops working.
                    tx.execute("DELETE FROM trieve_api_keys WHERE id = ?1", params![key.to_string()])?;
                    Ok(Ok(Response::NoContent))
                }
            }
        })
    }

    async fn update_all_org_dataset_configs(
        &self,
        caller: Caller,
        request: api::UpdateAllOrgDatasetConfigsRequest,
    ) -> Result<api::UpdateAllOrgDatasetConfigsResponse, Error> {
        use api::UpdateAllOrgDatasetConfigsResponse as Response;
        let organization = request.headers.into_inner().tr_organization;
        let update = request.body.into_inner();
        self.run(|tx| {
            check!(access(tx, &caller, &organization)?);
            let Value::Object(changes) = update.to_configuration else {
                return Ok(Ok(Response::BadRequest(message("to_configuration must be an object"))));
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
                Some(_) => return Ok(Ok(Response::BadRequest(message("match_configuration must be an object")))),
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
            Ok(Ok(Response::NoContent))
        })
    }

    async fn get_organization_usage(
        &self,
        caller: Caller,
        request: api::GetOrganizationUsageRequest,
    ) -> Result<api::GetOrganizationUsageResponse, Error> {
        use api::GetOrganizationUsageResponse as Response;
        let organization = request.headers.into_inner().tr_organization;
        let path = request.path.into_inner().organization_id;
        self.run(|tx| {
            check!(access(tx, &caller, &organization)?);
            check!(same(&organization, &path));
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
            Ok(Ok(match usage {
                Some(usage) => Response::Ok(Box::new(usage)),
                None => Response::BadRequest(message("Organization not found")),
            }))
        })
    }

    async fn get_organization_users(
        &self,
        caller: Caller,
        request: api::GetOrganizationUsersRequest,
    ) -> Result<api::GetOrganizationUsersResponse, Error> {
        use api::GetOrganizationUsersResponse as Response;
        let organization = request.headers.into_inner().tr_organization;
        let path = request.path.into_inner().organization_id;
        self.run(|tx| {
            check!(access(tx, &caller, &organization)?);
            check!(same(&organization, &path));
            let Some(found) = find(tx, &organization)? else {
                return Ok(Ok(Response::BadRequest(message("Organization not found"))));
            };
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
            Ok(Ok(Response::Ok(users)))
        })
    }

    async fn get_organization(&self, caller: Caller, request: api::GetOrganizationRequest) -> Result<api::GetOrganizationResponse, Error> {
        use api::GetOrganizationResponse as Response;
        let organization = request.headers.into_inner().tr_organization;
        let path = request.path.into_inner().organization_id;
        self.run(|tx| {
            check!(access(tx, &caller, &organization)?);
            // Another organization is not found: the caller's access is to
            // the one of the header.
            if path != organization {
                return Ok(Ok(Response::NotFound(message("Organization not found"))));
            }
            Ok(Ok(match find(tx, &organization)? {
                Some(found) => Response::Ok(Box::new(OrganizationWithSubAndPlan {
                    organization: found,
                    // No billing here: no plan, no subscription.
                    plan: Maybe::Null,
                    subscription: Maybe::Null,
                })),
                None => Response::NotFound(message("Organization not found")),
            }))
        })
    }

    async fn delete_organization(
        &self,
        caller: Caller,
        request: api::DeleteOrganizationRequest,
    ) -> Result<api::DeleteOrganizationResponse, Error> {
        use api::DeleteOrganizationResponse as Response;
        let organization = request.headers.into_inner().tr_organization;
        let path = request.path.into_inner().organization_id;
        self.run(|tx| {
            let role = check!(access(tx, &caller, &organization)?);
            check!(same(&organization, &path));
            // The description: only an owner deletes (the security
            // requirement names `admin`).
            if role < OWNER {
                return Ok(Err(Rejection::Forbidden));
            }
            // Memberships, invitations, keys (and their digests), usage and
            // configuration go with it.
            let deleted = tx.execute("DELETE FROM trieve_organizations WHERE id = ?1", params![organization.to_string()])?;
            Ok(Ok(if deleted == 0 { Response::BadRequest(message("Organization not found")) } else { Response::NoContent }))
        })
    }

    async fn update_user(&self, caller: Caller, request: api::UpdateUserRequest) -> Result<api::UpdateUserResponse, Error> {
        use api::UpdateUserResponse as Response;
        let organization = request.headers.into_inner().tr_organization;
        let update = request.body.into_inner();
        self.run(|tx| {
            let role = check!(access(tx, &caller, &organization)?);
            let target = match (update.user_id.as_ref().value(), caller.user) {
                (Some(target), Some(user)) if *target == user => user,
                // Another user: only an admin or owner changes them.
                (Some(target), _) if role >= ADMIN => *target,
                (Some(_), _) => return Ok(Err(Rejection::Forbidden)),
                (None, Some(user)) => user,
                (None, None) => return Ok(Ok(Response::BadRequest(message("An api key is not a user: give user_id")))),
            };
            let current: Option<i32> = tx
                .query_row(
                    "SELECT role FROM trieve_user_organizations WHERE user_id = ?1 AND organization_id = ?2",
                    params![target.to_string(), organization.to_string()],
                    |row| row.get(0),
                )
                .optional()?;
            let Some(current) = current else {
                return Ok(Ok(Response::BadRequest(message("The user is not a member of the organization"))));
            };
            let new_role = update.role.as_ref().value().copied().unwrap_or(current);
            if !valid_role(new_role) {
                return Ok(Ok(Response::BadRequest(message("role must be 0 (user), 1 (admin) or 2 (owner)"))));
            }
            // Nobody grants a role above their own, nor changes someone above them.
            if new_role > role || current > role {
                return Ok(Err(Rejection::Forbidden));
            }
            if current == OWNER && new_role < OWNER {
                let owners: i64 = tx.query_row(
                    "SELECT COUNT(*) FROM trieve_user_organizations WHERE organization_id = ?1 AND role = ?2",
                    params![organization.to_string(), OWNER],
                    |row| row.get(0),
                )?;
                if owners <= 1 {
                    return Ok(Ok(Response::BadRequest(message("An organization keeps at least one owner"))));
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
            Ok(Ok(Response::NoContent))
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
