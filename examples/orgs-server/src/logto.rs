//! Not yet implemented: served by the generated `Unimplemented` (501 once
//! a request passes every check).

use std::sync::Arc;

use oapi_axum_runtime::axum::Router;
use rusqlite::Transaction;

use crate::store::{self, Store};

/// The API's name for its keys.
pub const API: &str = "logto";

/// Its tables.
pub const SCHEMA: &str = "";

/// Its routes, served from `store`.
pub fn routes(_store: Arc<Store>) -> Router {
    logto_orgs::server::routes(logto_orgs::server::Unimplemented, oapi_axum_runtime::server::DEFAULT_BODY_LIMIT)
}

/// What a first start creates, and the keys to use it.
pub fn bootstrap(_tx: &Transaction<'_>) -> store::Result<Vec<(String, String)>> {
    Ok(Vec::new())
}

/// `orgs-server key logto ...`: a new key, as the arguments say.
pub fn create_key(_tx: &Transaction<'_>, _args: &[String]) -> store::Result<Result<String, String>> {
    Ok(Err("keys of this API are not implemented yet".to_owned()))
}
