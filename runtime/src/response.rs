//! Responses: JSON of a status, empty ones, bodies of a media type, and the
//! two shapes a refusal is written in (what a `reject` of one's own can
//! build on).
//!
//! Also [`NotImplemented`], the error whose response is 501, and
//! `set_header`, with which generated responses write their headers (hidden:
//! generated code reaches it through `support`).

use axum::body::{Body, Bytes};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

pub use crate::events::{json_events, text_events};
use crate::problem::Rejection;
pub use crate::problem::{PROBLEM_JSON, Problem, RefusalCode, RefusalShape, RefusalShapes};

/// The error of an operation not implemented yet: 501, as problem+json.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct NotImplemented;

impl IntoResponse for NotImplemented {
    fn into_response(self) -> Response {
        let body = br#"{"type":"about:blank","title":"Not Implemented","status":501}"#;
        with_type(StatusCode::NOT_IMPLEMENTED, PROBLEM_JSON, Bytes::from_static(body))
    }
}

/// A JSON response.
pub fn json<T: Serialize>(status: StatusCode, value: &T) -> Response {
    json_as(status, "application/json", value)
}

/// A JSON response of a JSON media type (`application/problem+json`, ...).
pub fn json_as<T: Serialize>(status: StatusCode, media_type: &'static str, value: &T) -> Response {
    // Written into a buffer most bodies fit (a page of ten objects), not
    // grown from `to_vec`'s 128 bytes.
    let mut bytes = Vec::with_capacity(JSON_BODY_CAPACITY);
    match serde_json::to_writer(&mut bytes, value) {
        Ok(()) => with_type(status, media_type, bytes),
        Err(_) => internal_error(),
    }
}

/// The buffer a JSON body is first written into.
const JSON_BODY_CAPACITY: usize = 2048;

/// Sets the header `name` to `value` (a string as it is; a number or
/// boolean as written in JSON; an array as its items joined by commas, the
/// `simple` style). A value that is not a valid header value is left out.
///
/// A name in lower case (as generated code writes them) is used as it is,
/// without being copied; the value's text becomes the header value without
/// a copy either.
#[doc(hidden)]
pub fn set_header<T: Serialize>(response: &mut Response, name: &'static str, value: &T) {
    let Some(text) = crate::support::header_text::text(value) else { return };
    let name = if is_lowercase_header_name(name) {
        axum::http::HeaderName::from_static(name)
    } else {
        let Ok(name) = axum::http::HeaderName::try_from(name) else { return };
        name
    };
    if let Ok(value) = HeaderValue::from_maybe_shared(Bytes::from(text)) {
        response.headers_mut().insert(name, value);
    }
}

/// Whether `name` is a header name `HeaderName::from_static` takes: a
/// token (RFC 9110) in lower case.
fn is_lowercase_header_name(name: &str) -> bool {
    !name.is_empty()
        && name.bytes().all(|b| {
            matches!(b, b'a'..=b'z' | b'0'..=b'9' | b'!' | b'#' | b'$' | b'%' | b'&' | b'\'' | b'*' | b'+' | b'-' | b'.' | b'^' | b'_' | b'`' | b'|' | b'~')
        })
}

/// A response with a body of the given media type.
pub fn with_type(status: StatusCode, media_type: &'static str, body: impl Into<Body>) -> Response {
    let mut response = (status, body.into()).into_response();
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(media_type));
    response
}

/// A body whose media type the implementation chooses: for a response the
/// API description declares with a range (`image/*`, `*/*`) or several
/// media types.
#[derive(Debug)]
pub struct Payload {
    /// Its media type (`image/png`); one that is not a valid header value is
    /// sent as `application/octet-stream`.
    pub media_type: String,
    /// Its octets, whole (`Bytes` into it) or streamed
    /// (`Body::from_stream`).
    pub body: Body,
}

/// A response of a [`Payload`].
pub fn payload(status: StatusCode, payload: Payload) -> Response {
    let media_type = HeaderValue::from_str(&payload.media_type).unwrap_or(HeaderValue::from_static("application/octet-stream"));
    let mut response = (status, payload.body).into_response();
    response.headers_mut().insert(header::CONTENT_TYPE, media_type);
    response
}

/// A response without a body.
pub fn empty(status: StatusCode) -> Response {
    status.into_response()
}

/// The status of a code the generator wrote that `http` has no name for
/// (`299`); the generator writes only codes from 100 to 999, which this
/// never refuses.
pub fn status(code: u16) -> StatusCode {
    StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

/// 500, as problem+json, saying nothing of the cause.
pub fn internal_error() -> Response {
    let body = br#"{"type":"about:blank","title":"Internal Server Error","status":500}"#;
    with_type(StatusCode::INTERNAL_SERVER_ERROR, PROBLEM_JSON, Bytes::from_static(body))
}

/// A refusal as RFC 9457 `application/problem+json`.
pub fn problem_response(rejection: &Rejection) -> Response {
    let mut response = match serde_json::to_vec(&rejection.problem()) {
        Ok(body) => with_type(rejection.status(), PROBLEM_JSON, body),
        Err(_) => internal_error(),
    };
    challenge(rejection, &mut response);
    response
}

/// A refusal of a request of `operation` (`None`: no operation takes it),
/// in the shape its API description declares for its status.
pub fn refusal(rejection: &Rejection, operation: Option<&crate::Operation>, shapes: &RefusalShapes) -> Response {
    let status = rejection.status();
    let (media_type, body) = shapes.of(status, operation).body(rejection);
    let mut response = with_type(status, media_type, body);
    challenge(rejection, &mut response);
    response
}

/// A refusal as FastAPI answers: 422 with `{"detail": [{loc, msg, type}]}`
/// for requests that do not read or validate, problem+json otherwise.
pub fn fastapi_response(rejection: &Rejection) -> Response {
    match rejection {
        Rejection::Malformed { .. } | Rejection::Invalid { .. } => json(StatusCode::UNPROCESSABLE_ENTITY, &rejection.fastapi_detail()),
        // As Starlette answers them.
        Rejection::NotFound => json(StatusCode::NOT_FOUND, &serde_json::json!({"detail": "Not Found"})),
        Rejection::MethodNotAllowed => json(StatusCode::METHOD_NOT_ALLOWED, &serde_json::json!({"detail": "Method Not Allowed"})),
        other => problem_response(other),
    }
}

fn challenge(rejection: &Rejection, response: &mut Response) {
    if let Rejection::Unauthorized { challenges } = rejection {
        for scheme in challenges {
            if let Ok(value) = HeaderValue::from_str(scheme) {
                response.headers_mut().append(header::WWW_AUTHENTICATE, value);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_are_set_by_any_name_and_only_with_valid_values() {
        let mut response = StatusCode::OK.into_response();
        set_header(&mut response, "total-number", &42_i64);
        set_header(&mut response, "X-Rate-Limit", &["a", "b"]);
        set_header(&mut response, "bad name", &1);
        set_header(&mut response, "x-broken", &"two\nlines");
        let headers = response.headers();
        assert_eq!(headers["total-number"], "42");
        assert_eq!(headers["x-rate-limit"], "a,b");
        assert_eq!(headers.len(), 2, "{headers:?}");
        assert!(is_lowercase_header_name("total-number") && !is_lowercase_header_name("Total-Number") && !is_lowercase_header_name(""));
    }

    /// A response of octets is sent as the body gives them, chunk by chunk:
    /// the first is there while the stream has not ended.
    #[test]
    fn octets_are_streamed() {
        use axum::body::HttpBody;
        use futures_util::StreamExt;
        let chunks =
            futures_util::stream::iter([Ok::<_, std::io::Error>(Bytes::from_static(b"first"))]).chain(futures_util::stream::pending());
        let mut body = with_type(StatusCode::OK, "application/octet-stream", Body::from_stream(chunks)).into_body();
        let mut context = std::task::Context::from_waker(std::task::Waker::noop());
        let first = std::pin::Pin::new(&mut body).poll_frame(&mut context);
        let std::task::Poll::Ready(Some(Ok(frame))) = first else { panic!("the first chunk is not there: {first:?}") };
        assert_eq!(frame.into_data().ok().as_deref(), Some(&b"first"[..]));
        assert!(std::pin::Pin::new(&mut body).poll_frame(&mut context).is_pending(), "the rest waits for the stream");
    }
}
