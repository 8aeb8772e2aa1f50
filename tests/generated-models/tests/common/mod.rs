//! What the tests of the generated routers share: sending a request in
//! process and reading the answer, reading a body as a type, and a fixed
//! moment for timestamps.
#![allow(dead_code, reason = "each test binary uses the helpers it needs, not all of them")]

use chrono::{DateTime, Utc};
use oapi_axum_runtime::axum::Router;
use oapi_axum_runtime::axum::body::{Body, Bytes, to_bytes};
use oapi_axum_runtime::axum::http::{HeaderMap, Request, StatusCode, header};
use serde::de::DeserializeOwned;
use serde_json::Value;
use tower::ServiceExt;

/// What the router answered.
pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub content_type: Option<String>,
    pub allow: Option<String>,
    pub challenge: Option<String>,
    /// The body as sent.
    pub raw: Bytes,
    /// The body as JSON; `Null` when it is empty or not JSON (a body whose
    /// media type says JSON must be JSON).
    pub body: Value,
}

impl Answer {
    /// The header `name`, if it is there once or more (the first).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).map(|value| value.to_str().expect("the header is text"))
    }

    /// Every value of the header `name`.
    pub fn headers(&self, name: &str) -> Vec<&str> {
        self.headers.get_all(name).iter().map(|value| value.to_str().expect("the header is text")).collect()
    }

    /// The body, which must be JSON.
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.raw)
            .unwrap_or_else(|error| panic!("the body is JSON ({error}): {}", String::from_utf8_lossy(&self.raw)))
    }

    /// The body, for messages.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.raw).into_owned()
    }
}

/// Sends `request` to `router` and reads the whole answer.
pub async fn send(router: &Router, request: Request<Body>) -> Answer {
    let response = router.clone().oneshot(request).await.expect("the router answers every request");
    let (parts, body) = response.into_parts();
    let raw = to_bytes(body, usize::MAX).await.expect("the body is read whole");
    let header = |name| parts.headers.get(name).and_then(|v| v.to_str().ok()).map(str::to_owned);
    let (content_type, allow, challenge) = (header(header::CONTENT_TYPE), header(header::ALLOW), header(header::WWW_AUTHENTICATE));
    let body = match serde_json::from_slice(&raw) {
        Ok(body) => body,
        Err(error) if content_type.as_deref().is_some_and(|t| t.contains("json")) && !raw.is_empty() => {
            panic!("a body sent as {content_type:?} is not JSON ({error}): {}", String::from_utf8_lossy(&raw))
        }
        Err(_) => Value::Null,
    };
    Answer { status: parts.status, headers: parts.headers, content_type, allow, challenge, raw, body }
}

/// `body` read as a `T`, which it must be.
pub fn read_as<T: DeserializeOwned>(body: &Value) -> T {
    serde_json::from_value(body.clone()).unwrap_or_else(|e| panic!("the body reads as {}: {e}: {body}", std::any::type_name::<T>()))
}

/// A fixed moment, for timestamps the tests compare.
pub fn moment() -> DateTime<Utc> {
    DateTime::from_timestamp(1_700_000_000, 0).expect("1 700 000 000 s after the epoch is a representable time")
}
