//! ZenML's organizations (`specs/zenml.yaml`): an organization has one
//! owner, a user has at most one organization, names are unique, and an
//! organization is found by its id or its name.
//!
//! Who may do what depends on the organization, found in the methods: a
//! user sees only the organization they own (another is not found, 404),
//! and only its owner changes or deletes it (403); an administrator
//! (`is_superuser`) sees and changes every one, and creates them for others.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use oapi_axum_runtime::{AuthError, Incoming, Maybe};
use rusqlite::{OptionalExtension, Row, Transaction, params};
use uuid::Uuid;
use zenml_orgs::models::{HttpValidationError, OrganizationRead, UserRead, ValidationError, ValidationErrorLocItem};
use zenml_orgs::server::{
    Api, Credentials, create_organization_endpoint as create, delete_organization_endpoint as delete,
    get_organization_endpoint_organizations_organization_id_or_name_get as get, list_organizations_endpoint as list,
    update_organization_endpoint as update,
};

use crate::error::Failure;
use crate::store::{self, Store, exists};

/// The API's name for its keys.
pub const API: &str = "zenml";

pub const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS zenml_users (
    id TEXT PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    name TEXT,
    is_superuser INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS zenml_organizations (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    description TEXT,
    logo_url TEXT,
    owner_id TEXT NOT NULL REFERENCES zenml_users (id),
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
";

/// The ZenML API on the store.
#[derive(Debug, Clone)]
pub struct Zenml {
    pub store: Arc<Store>,
}

/// Creates the user `username` (a superuser if `superuser`) with a key;
/// returns the key.
pub fn create_user(tx: &Transaction<'_>, username: &str, superuser: bool) -> store::Result<String> {
    let id = Uuid::new_v4();
    tx.execute(
        "INSERT INTO zenml_users (id, username, name, is_superuser) VALUES (?1, ?2, ?2, ?3)",
        params![id.to_string(), username, superuser],
    )?;
    store::issue_key(tx, API, &id.to_string())
}

/// `orgs-server key zenml <USERNAME>`: a new user and their key.
pub fn create_key(tx: &Transaction<'_>, args: &[String]) -> store::Result<Result<String, String>> {
    match args {
        [username] => create_user(tx, username, false).map(Ok),
        _ => Ok(Err("usage: key zenml <USERNAME>".to_owned())),
    }
}

/// What a first start creates: an administrator and their key.
pub fn bootstrap(tx: &Transaction<'_>) -> store::Result<Vec<(String, String)>> {
    Ok(vec![("ZenML bearer token of user `admin`".to_owned(), create_user(tx, "admin", true)?)])
}

fn user(row: &Row<'_>, offset: usize) -> rusqlite::Result<UserRead> {
    let id: String = row.get(offset)?;
    Ok(UserRead {
        password: Maybe::Absent,
        password_expired: Maybe::Absent,
        name: row.get::<_, Option<String>>(offset + 2)?.into(),
        avatar_url: Maybe::Absent,
        company: Maybe::Absent,
        job_title: Maybe::Absent,
        metadata: None,
        id: id.parse().unwrap_or_default(),
        username: Maybe::Value(row.get(offset + 1)?),
        email: Maybe::Absent,
        oauth_provider: Maybe::Absent,
        oauth_id: Maybe::Absent,
        is_active: true,
        is_superuser: row.get(offset + 3)?,
        is_service_account: false,
        organization_id: Maybe::Absent,
        is_onboarded: false,
    })
}

const SELECT: &str = "SELECT o.id, o.name, o.description, o.logo_url, o.created, o.updated,
    u.id, u.username, u.name, u.is_superuser
    FROM zenml_organizations o JOIN zenml_users u ON u.id = o.owner_id";

fn organization(row: &Row<'_>) -> rusqlite::Result<OrganizationRead> {
    let time = |i: usize| -> rusqlite::Result<DateTime<Utc>> {
        let text: String = row.get(i)?;
        Ok(DateTime::parse_from_rfc3339(&text).map(|t| t.to_utc()).unwrap_or_default())
    };
    let id: String = row.get(0)?;
    Ok(OrganizationRead {
        name: row.get(1)?,
        description: row.get::<_, Option<String>>(2)?.into(),
        logo_url: row.get::<_, Option<String>>(3)?.into(),
        id: id.parse().unwrap_or_default(),
        created: time(4)?,
        updated: time(5)?,
        owner: user(row, 6)?,
        has_active_subscription: Maybe::Absent,
        trial_expiry: Maybe::Absent,
    })
}

fn find(tx: &Transaction<'_>, id_or_name: &str) -> rusqlite::Result<Option<OrganizationRead>> {
    tx.query_row(&format!("{SELECT} WHERE o.id = ?1 OR o.name = ?1"), params![id_or_name], organization).optional()
}

/// A body's `owner_id` that names no user: 422 at the field, in FastAPI's
/// shape (a 404 would say the organization is not there).
fn no_such_owner() -> HttpValidationError {
    let loc = ["body", "owner_id"].map(|part| ValidationErrorLocItem::String(part.to_owned())).to_vec();
    let msg = "No user has this id.".to_owned();
    HttpValidationError { detail: Some(vec![ValidationError { loc, msg, type_: "not_found".to_owned() }]) }
}

/// Whether `user` may see and change `organization`: its owner, or an
/// administrator.
fn owns(user: &UserRead, organization: &OrganizationRead) -> bool {
    organization.owner.id == user.id || user.is_superuser
}

impl Api for Zenml {
    type Principal = UserRead;
    type Error = Failure;

    async fn authenticate(&self, credentials: Credentials, _: &Incoming<'_>) -> Result<UserRead, AuthError> {
        let token = credentials.o_auth2_password_bearer.ok_or(AuthError::Unauthorized)?;
        let subject = self.store.key_subject(API, &token).map_err(|_| AuthError::Failed)?;
        let subject = subject.ok_or(AuthError::Unauthorized)?;
        self.store
            .transaction(|tx| {
                tx.query_row("SELECT id, username, name, is_superuser FROM zenml_users WHERE id = ?1", params![subject], |row| user(row, 0))
            })
            .map_err(|error| match error {
                rusqlite::Error::QueryReturnedNoRows => AuthError::Unauthorized,
                _ => AuthError::Failed,
            })
    }

    async fn list_organizations_endpoint(&self, user: UserRead, request: list::Request) -> Result<list::Response, Failure> {
        let query = request.query.into_inner();
        // A user sees the organization they own; an administrator all.
        let viewer = (!user.is_superuser).then(|| user.id.to_string());
        let page = self.store.run(|tx| {
            let mut statement = tx.prepare(&format!(
                "{SELECT} WHERE (?1 IS NULL OR o.name = ?1) AND (?2 IS NULL OR o.owner_id = ?2)
                 AND (?3 IS NULL OR u.username = ?3) AND (?6 IS NULL OR o.owner_id = ?6)
                 ORDER BY o.created, o.id LIMIT ?4 OFFSET ?5"
            ))?;
            let rows = statement.query_map(
                params![
                    query.name.as_ref().value(),
                    query.owner_id.as_ref().value().map(Uuid::to_string),
                    query.owner_username.as_ref().value(),
                    query.limit.max(0),
                    query.offset.max(0),
                    viewer,
                ],
                organization,
            )?;
            rows.collect::<rusqlite::Result<Vec<_>>>()
        })?;
        Ok(list::Response::Ok(page))
    }

    async fn create_organization_endpoint(&self, user: UserRead, request: create::Request) -> Result<create::Response, Failure> {
        use create::Response;
        let new = request.body.into_inner();
        let owner = new.owner_id.as_ref().value().copied().unwrap_or(user.id);
        if owner != user.id && !user.is_superuser {
            // Only an administrator creates organizations for others.
            return Ok(Response::Forbidden);
        }
        let id = new.id.unwrap_or_else(Uuid::new_v4);
        self.store.run(|tx| {
            let owned = exists(tx, "SELECT 1 FROM zenml_organizations WHERE owner_id = ?1", params![owner.to_string()])?;
            let taken = exists(tx, "SELECT 1 FROM zenml_organizations WHERE name = ?1 OR id = ?2", params![new.name, id.to_string()])?;
            if owned || taken {
                // A user has one organization, and names and ids are unique.
                return Ok(Response::Conflict);
            }
            if !exists(tx, "SELECT 1 FROM zenml_users WHERE id = ?1", params![owner.to_string()])? {
                return Ok(Response::UnprocessableEntity(no_such_owner()));
            }
            let (description, logo_url) = (new.description.as_ref().value(), new.logo_url.as_ref().value());
            tx.execute(
                "INSERT INTO zenml_organizations (id, name, description, logo_url, owner_id, created, updated)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
                params![id.to_string(), new.name, description, logo_url, owner.to_string(), store::now()],
            )?;
            find(tx, &id.to_string())?.map(Response::Ok).ok_or(rusqlite::Error::QueryReturnedNoRows)
        })
    }

    async fn get_organization_endpoint_organizations_organization_id_or_name_get(
        &self,
        user: UserRead,
        request: get::Request,
    ) -> Result<get::Response, Failure> {
        use get::Response;
        let key = request.path.into_inner().organization_id;
        Ok(match self.store.run(|tx| find(tx, &key))? {
            // Another user's organization is not there for this one.
            Some(found) if owns(&user, &found) => Response::Ok(found),
            _ => Response::NotFound,
        })
    }

    async fn delete_organization_endpoint(&self, user: UserRead, request: delete::Request) -> Result<delete::Response, Failure> {
        use delete::Response;
        let id = request.path.into_inner().organization_id.to_string();
        self.store.run(|tx| {
            let Some(found) = find(tx, &id)? else { return Ok(Response::NotFound) };
            if !owns(&user, &found) {
                return Ok(Response::Forbidden);
            }
            tx.execute("DELETE FROM zenml_organizations WHERE id = ?1", params![id])?;
            Ok(Response::NoContent)
        })
    }

    async fn update_organization_endpoint(&self, user: UserRead, request: update::Request) -> Result<update::Response, Failure> {
        use update::Response;
        let id = request.path.into_inner().organization_id.to_string();
        let patch = request.body.into_inner();
        self.store.run(|tx| {
            let Some(found) = find(tx, &id)? else { return Ok(Response::NotFound) };
            if !owns(&user, &found) {
                return Ok(Response::Forbidden);
            }
            // The document lets `name` and `owner_id` be null, but an
            // organization always has both: null leaves them as they are.
            if let Some(owner) = patch.owner_id.as_ref().value()
                && !exists(tx, "SELECT 1 FROM zenml_users WHERE id = ?1", params![owner.to_string()])?
            {
                return Ok(Response::UnprocessableEntity(no_such_owner()));
            }
            if let Some(name) = patch.name.as_ref().value()
                && exists(tx, "SELECT 1 FROM zenml_organizations WHERE name = ?1 AND id <> ?2", params![name, id])?
            {
                return Ok(Response::Conflict);
            }
            // Absent leaves a field alone, null clears it, a value sets it.
            let text = |field: &Maybe<String>, current: &Maybe<String>| match field {
                Maybe::Absent => current.as_ref().value().cloned(),
                Maybe::Null => None,
                Maybe::Value(value) => Some(value.clone()),
            };
            let name = patch.name.as_ref().value().cloned().unwrap_or(found.name.clone());
            let owner = patch.owner_id.as_ref().value().copied().unwrap_or(found.owner.id);
            tx.execute(
                "UPDATE zenml_organizations SET name = ?2, description = ?3, logo_url = ?4, owner_id = ?5, updated = ?6
                 WHERE id = ?1",
                params![
                    id,
                    name,
                    text(&patch.description, &found.description),
                    text(&patch.logo_url, &found.logo_url),
                    owner.to_string(),
                    store::now()
                ],
            )?;
            Ok(find(tx, &id)?.map_or(Response::NotFound, Response::Ok))
        })
    }
}
