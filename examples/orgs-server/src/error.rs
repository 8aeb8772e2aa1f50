//! Errors the API descriptions do not describe: database failures. They
//! are logged and answered with a 500 that says nothing of the cause.

use oapi_axum_runtime::axum::response::{IntoResponse, Response};

/// A request that failed for a reason of the server's own.
#[derive(Debug)]
pub struct Failure(pub rusqlite::Error);

impl From<rusqlite::Error> for Failure {
    fn from(error: rusqlite::Error) -> Self {
        Self(error)
    }
}

impl IntoResponse for Failure {
    fn into_response(self) -> Response {
        tracing::error!(error = %self.0, "database failure");
        oapi_axum_runtime::response::internal_error()
    }
}
