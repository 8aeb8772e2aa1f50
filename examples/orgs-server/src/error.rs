//! Errors the API descriptions do not describe: database failures. They
//! are logged and answered with a 500 that says nothing of the cause.

use oapi_axum_runtime::axum::http::StatusCode;
use oapi_axum_runtime::axum::response::{IntoResponse, Response};
use oapi_axum_runtime::response::{PROBLEM_JSON, json_as};

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
        let problem = serde_json::json!({"type": "about:blank", "title": "Internal Server Error", "status": 500});
        json_as(StatusCode::INTERNAL_SERVER_ERROR, PROBLEM_JSON, &problem)
    }
}
