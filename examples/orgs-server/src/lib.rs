//! A reference server: the organization APIs of LangSmith, Logto, Trieve
//! and ZenML, implemented on the traits `oapi-axum` generated from
//! `specs/`, on one SQLite database, served together (their paths do not
//! collide).
//!
//! Who may do what is decided once per request, in each API's
//! `authenticate`: it sees the operation (its description: id, method,
//! path template, scopes) and the request's headers and path, and its
//! principal carries what it resolved (LangSmith's organization and
//! workspace, Trieve's organization and role), so that the methods only
//! do the work.

pub mod error;
pub mod langsmith;
pub mod logto;
pub mod store;
pub mod trieve;
pub mod zenml;

use std::sync::Arc;

use oapi_axum_runtime::axum::Router;
use oapi_axum_runtime::{Rejection, response};
use rusqlite::Transaction;

pub use store::Store;

/// The tables of each API, created when missing.
pub const SCHEMAS: &[&str] = &[langsmith::SCHEMA, logto::SCHEMA, trieve::SCHEMA, zenml::SCHEMA];

/// Each API: its name, what a first start creates for it, and how a new
/// key is made (`orgs-server key <API> ...`).
type Bootstrap = fn(&Transaction<'_>) -> store::Result<Vec<(String, String)>>;
type CreateKey = fn(&Transaction<'_>, &[String]) -> store::Result<Result<String, String>>;
const APIS: &[(&str, Bootstrap, CreateKey)] = &[
    (langsmith::API, langsmith::bootstrap, langsmith::create_key),
    (logto::API, logto::bootstrap, logto::create_key),
    (trieve::API, trieve::bootstrap, trieve::create_key),
    (zenml::API, zenml::bootstrap, zenml::create_key),
];

/// Every API, served from `store`; other paths are 404. Each API's
/// `routes(..).routes()` leaves other paths to the router it is merged
/// into (axum merges routers with one fallback at most).
pub fn app(store: Arc<Store>) -> Router {
    let shared = || Arc::clone(&store);
    langsmith_orgs::server::routes(langsmith::Langsmith { store: shared() })
        .routes()
        .merge(logto_orgs::server::routes(logto::Logto { store: shared() }).routes())
        .merge(trieve_orgs::server::routes(trieve::Trieve { store: shared() }).routes())
        .merge(zenml_orgs::server::routes(zenml::Zenml { store: shared() }).routes())
        .fallback(|| async { response::problem_response(&Rejection::NotFound) })
}

/// On a first start, what each API needs to be used (an administrator, a
/// default organization) and a key for it; returns the keys, to be shown
/// once. APIs that already have keys are left alone.
pub fn bootstrap(store: &Store) -> store::Result<Vec<(String, String)>> {
    let mut keys = Vec::new();
    for (api, bootstrap, _) in APIS {
        if !store.has_keys(api)? {
            keys.extend(store.transaction(bootstrap)?);
        }
    }
    Ok(keys)
}

/// A new key for `api`, as `args` say; `Err` with a message for the user.
pub fn create_key(store: &Store, api: &str, args: &[String]) -> Result<String, String> {
    let Some((_, _, create)) = APIS.iter().find(|(name, _, _)| *name == api) else {
        let names: Vec<&str> = APIS.iter().map(|(name, _, _)| *name).collect();
        return Err(format!("no API `{api}`; one of {}", names.join(", ")));
    };
    // Each `create_key` checks its arguments before it writes anything.
    store.transaction(|tx| create(tx, args)).map_err(|error| error.to_string())?
}
