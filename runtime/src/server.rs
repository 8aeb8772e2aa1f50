//! What generated routers use, over axum: reading a request's parameters
//! and body into checked values, the credentials it presents, and writing
//! responses, refusals included.

use axum::body::{Body, Bytes};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::params::{ArrayStyle, Sent};
use crate::read::ReadErrors;
use crate::problem::{PROBLEM_JSON, Rejection, read_error};
use crate::validation::{At, Valid, Validate, Violation, Violations};

/// The body size limit a generated router applies unless told otherwise.
pub const DEFAULT_BODY_LIMIT: usize = 2 * 1024 * 1024;

/// What reading one request finds wrong, collected so that every problem
/// is reported at once: unreadable parts (400) before broken constraints
/// (422).
#[derive(Debug)]
pub struct Checks {
    malformed: Violations,
    invalid: Violations,
    statuses: (u16, u16),
}

impl Default for Checks {
    fn default() -> Self {
        Self::answering(400, 422)
    }
}

impl Checks {
    /// Checks whose refusals are answered with `malformed` (what does not
    /// read) and `invalid` (broken constraints), for an operation that
    /// declares other statuses than 400 and 422 for them: one that declares
    /// only 400 answers both with 400, as its document says.
    pub fn answering(malformed: u16, invalid: u16) -> Self {
        Self { malformed: Violations::new(), invalid: Violations::new(), statuses: (malformed, invalid) }
    }

    /// Reads the parameters of one location (`root` is `/path`, `/query`,
    /// `/header` or `/cookie`) as a `T` and validates them.
    pub fn parameters<T: DeserializeOwned + Validate>(
        &mut self,
        sent: &Sent,
        styles: &[(&str, ArrayStyle)],
        root: &'static str,
    ) -> Option<Valid<T>> {
        match sent.read_all::<T>(styles) {
            Err(errors) => {
                errors.iter().for_each(|(pointer, message)| self.malformed.add(read_error(root, pointer, message)));
                None
            }
            Ok(value) => self.validated(value, root),
        }
    }

    /// Reads a JSON body as a `T` and validates it. A body that is not
    /// JSON-typed (415) or is too large (413) ends the request at once.
    pub async fn json_body<T: ReadErrors + Validate>(
        &mut self,
        headers: &HeaderMap,
        body: Body,
        limit: usize,
        required: bool,
    ) -> Result<Option<Valid<T>>, Rejection> {
        let read = self.json_body_unchecked::<T>(headers, body, limit, required).await?;
        Ok(read.and_then(|value| self.validated(value, "/body")))
    }

    /// Reads an `application/x-www-form-urlencoded` body as a `T` (each
    /// field a parameter, arrays as `styles` say) and validates it.
    pub async fn form_body<T: DeserializeOwned + Validate>(
        &mut self,
        headers: &HeaderMap,
        body: Body,
        limit: usize,
        required: bool,
        styles: &[(&str, ArrayStyle)],
    ) -> Result<Option<Valid<T>>, Rejection> {
        let bytes = axum::body::to_bytes(body, limit).await.map_err(|_| Rejection::TooLarge { limit })?;
        if bytes.is_empty() && !required {
            return Ok(None);
        }
        if !has_media_type(headers, "application/x-www-form-urlencoded") {
            return Err(Rejection::UnsupportedMediaType { expected: vec!["application/x-www-form-urlencoded".to_owned()] });
        }
        let text = String::from_utf8_lossy(&bytes);
        match Sent::query(Some(&text)).read_all::<T>(styles) {
            Err(errors) => {
                errors.iter().for_each(|(pointer, message)| self.malformed.add(read_error("/body", pointer, message)));
                Ok(None)
            }
            Ok(value) => Ok(self.validated(value, "/body")),
        }
    }

    /// Reads a `multipart/form-data` body as a `T` (each part the property
    /// it names; see [`crate::multipart`]) and validates it.
    pub async fn multipart_body<T: DeserializeOwned + Validate>(
        &mut self,
        headers: &HeaderMap,
        body: Body,
        limit: usize,
        required: bool,
    ) -> Result<Option<Valid<T>>, Rejection> {
        let bytes = axum::body::to_bytes(body, limit).await.map_err(|_| Rejection::TooLarge { limit })?;
        if bytes.is_empty() && !required {
            return Ok(None);
        }
        let content_type = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or_default();
        let Some(boundary) = crate::multipart::boundary(content_type) else {
            return Err(Rejection::UnsupportedMediaType { expected: vec!["multipart/form-data".to_owned()] });
        };
        let parts = match crate::multipart::parts(&bytes, boundary) {
            Ok(parts) => parts,
            Err(why) => {
                self.malformed.add(Violation {
                    pointer: "/body".to_owned(),
                    keyword: "type",
                    message: format!("is not a multipart/form-data body: {why}"),
                });
                return Ok(None);
            }
        };
        match crate::multipart::read::<T>(&parts) {
            Err((pointer, message)) => {
                self.malformed.add(read_error("/body", &pointer, &message));
                Ok(None)
            }
            Ok(value) => Ok(self.validated(value, "/body")),
        }
    }

    /// Reads a JSON body as a `T` that states no constraints. A body that
    /// does not read is reported at every place it does not (see
    /// [`ReadErrors`]).
    pub async fn json_body_unchecked<T: ReadErrors>(
        &mut self,
        headers: &HeaderMap,
        body: Body,
        limit: usize,
        required: bool,
    ) -> Result<Option<T>, Rejection> {
        let bytes = axum::body::to_bytes(body, limit).await.map_err(|_| Rejection::TooLarge { limit })?;
        if bytes.is_empty() {
            if required {
                self.missing("/body");
            }
            return Ok(None);
        }
        if !is_json(headers) {
            return Err(Rejection::UnsupportedMediaType { expected: vec!["application/json".to_owned()] });
        }
        // serde reads a struct from a JSON array too (its fields in order),
        // where the document means an object: `[null, null]` is not an
        // `OrganizationUpdate`. A body without `[` cannot be read that way,
        // and is read straight into its type; one with it is parsed once,
        // checked for that, and read from the parsed value.
        let read = if bytes.contains(&b'[') {
            let value = match crate::json::parse(&bytes) {
                Ok(value) => value,
                Err(error) => {
                    self.malformed.extend(Rejection::body(error).violations().into());
                    return Ok(None);
                }
            };
            let mut all = Violations::new();
            T::read_errors(&value, &At::root("/body"), &mut all);
            if !all.is_empty() {
                self.malformed.extend(all);
                return Ok(None);
            }
            crate::json::from_value::<T>(value)
        } else {
            crate::json::from_slice::<T>(&bytes)
        };
        match read {
            Ok(value) => Ok(Some(value)),
            Err(error @ crate::json::ReadError::Syntax { .. }) => {
                self.malformed.extend(Rejection::body(error).violations().into());
                Ok(None)
            }
            Err(error) => {
                // Read again, as JSON, to find every place, not only the
                // first (this is the refusal's path; a body that reads is
                // parsed once).
                let mut all = Violations::new();
                if let Ok(value) = crate::json::parse(&bytes) {
                    T::read_errors(&value, &At::root("/body"), &mut all);
                }
                if all.is_empty() {
                    self.malformed.extend(Rejection::body(error).violations().into());
                } else {
                    self.malformed.extend(all);
                }
                Ok(None)
            }
        }
    }

    /// Reads a body as bytes, whatever its type (`application/octet-stream`
    /// and media types without a schema).
    pub async fn bytes_body(body: Body, limit: usize) -> Result<Bytes, Rejection> {
        axum::body::to_bytes(body, limit).await.map_err(|_| Rejection::TooLarge { limit })
    }

    /// Records that a required part is missing.
    pub fn missing(&mut self, pointer: &str) {
        self.malformed.add(Violation { pointer: pointer.to_owned(), keyword: "required", message: "is required".to_owned() });
    }

    fn validated<T: Validate>(&mut self, value: T, root: &'static str) -> Option<Valid<T>> {
        let before = self.invalid.len();
        value.validate_at(&At::root(root), &mut self.invalid);
        (self.invalid.len() == before).then(|| Valid::checked(value))
    }

    /// `Ok` when nothing was wrong, else the refusal.
    pub fn finish(self) -> Result<(), Rejection> {
        let (malformed, invalid) = self.statuses;
        if !self.malformed.is_empty() {
            Err(Rejection::Malformed { violations: self.malformed, status: malformed })
        } else if !self.invalid.is_empty() {
            Err(Rejection::Invalid { violations: self.invalid, status: invalid })
        } else {
            Ok(())
        }
    }
}

/// Whether the request's `Content-Type` is `media_type` (parameters aside).
fn has_media_type(headers: &HeaderMap, media_type: &str) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|v| v.trim().eq_ignore_ascii_case(media_type))
}

/// Whether the request says its body is JSON (`application/json` or a
/// `+json` type).
fn is_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .map(|v| v.trim().to_ascii_lowercase())
        .is_some_and(|v| v == "application/json" || v.ends_with("+json"))
}

/// An implementation and how its router serves it.
#[derive(Debug)]
pub struct Served<A> {
    /// The implementation.
    pub api: A,
    /// The largest body read, in bytes.
    pub body_limit: usize,
}

/// The path parameters of a matched route, as parameters: the route names
/// them by position (`{p0}`), `names` says what the document calls them.
pub async fn path_values<S: Send + Sync>(
    parts: &mut axum::http::request::Parts,
    state: &S,
    names: &[&str],
) -> Sent {
    use axum::extract::FromRequestParts;
    let mut sent = Sent::default();
    let position = |key: &str| key.strip_prefix('p').and_then(|i| i.parse::<usize>().ok()).and_then(|i| names.get(i));
    match axum::extract::Path::<Vec<(String, String)>>::from_request_parts(parts, state).await {
        Ok(axum::extract::Path(values)) => {
            for (key, value) in values {
                if let Some(name) = position(&key) {
                    sent.push(*name, value);
                }
            }
        }
        Err(_) => {
            // A segment that is not UTF-8 once decoded: pair the route's
            // template with the raw path to say which parameter it is.
            let template = parts.extensions.get::<axum::extract::MatchedPath>().map(|m| m.as_str().to_owned());
            let raw = parts.uri.path();
            for (pattern, segment) in template.as_deref().unwrap_or_default().split('/').zip(raw.split('/')) {
                let Some(key) = pattern.strip_prefix('{').and_then(|p| p.strip_suffix('}')) else { continue };
                if let Some(name) = position(key) {
                    match crate::params::decode_strict(segment) {
                        Some(value) => sent.push(*name, value),
                        None => sent.unreadable(*name, "is not UTF-8 text once percent-decoded"),
                    }
                }
            }
        }
    }
    sent
}

/// The values of the headers `names` (as the API description spells them;
/// looked up regardless of case), as parameters.
pub fn header_values(headers: &HeaderMap, names: &[&str]) -> Sent {
    let mut sent = Sent::default();
    for name in names {
        // `HeaderMap` looks names up regardless of case.
        for value in headers.get_all(*name) {
            if let Ok(value) = value.to_str() {
                sent.push(*name, value);
            }
        }
    }
    sent
}

/// The cookies of the request, as parameters.
pub fn cookie_values(headers: &HeaderMap) -> Sent {
    Sent::cookies(headers.get_all(header::COOKIE).iter().filter_map(|v| v.to_str().ok()))
}

/// The credentials a request presents, one accessor per kind of scheme.
#[derive(Debug, Clone, Copy)]
pub struct Presented<'a> {
    headers: &'a HeaderMap,
    query: &'a Sent,
    cookies: &'a Sent,
}

impl<'a> Presented<'a> {
    /// The credentials in `headers`, `query` and `cookies`.
    pub fn new(headers: &'a HeaderMap, query: &'a Sent, cookies: &'a Sent) -> Self {
        Self { headers, query, cookies }
    }

    /// An API key sent in the header `name`.
    pub fn header(&self, name: &str) -> Option<String> {
        self.headers.get(name).and_then(|v| v.to_str().ok()).map(str::to_owned)
    }

    /// An API key sent as the query parameter `name`.
    pub fn query(&self, name: &str) -> Option<String> {
        self.query.first(name).map(str::to_owned)
    }

    /// An API key sent as the cookie `name`.
    pub fn cookie(&self, name: &str) -> Option<String> {
        self.cookies.first(name).map(str::to_owned)
    }

    /// The token of `Authorization: Bearer <token>`.
    pub fn bearer(&self) -> Option<String> {
        self.authorization("bearer").map(str::to_owned)
    }

    /// The user and password of `Authorization: Basic <base64>`.
    pub fn basic(&self) -> Option<(String, String)> {
        let decoded = crate::Base64::decode(self.authorization("basic")?).ok()?;
        let text = String::from_utf8(decoded.0).ok()?;
        let (user, password) = text.split_once(':')?;
        Some((user.to_owned(), password.to_owned()))
    }

    fn authorization(&self, scheme: &str) -> Option<&'a str> {
        let value = self.headers.get(header::AUTHORIZATION)?.to_str().ok()?;
        let (given, rest) = value.split_once(' ')?;
        given.eq_ignore_ascii_case(scheme).then(|| rest.trim()).filter(|rest| !rest.is_empty())
    }
}

/// What an implementation's `authenticate` answers when it does not accept
/// the credentials.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthError {
    /// They prove nobody: 401.
    Unauthorized,
    /// They prove somebody not allowed to do this: 403.
    Forbidden,
}

/// A router serving the API description `document` at `path`, to merge
/// with the generated router: `router(api).merge(document("/openapi.yaml",
/// include_str!("../openapi.yaml")))`. JSON when the text starts with `{`,
/// YAML otherwise.
pub fn document(path: &str, document: &'static str) -> axum::Router {
    let media_type = if document.trim_start().starts_with('{') { "application/json" } else { "application/yaml" };
    axum::Router::new().route(
        path,
        axum::routing::get(move || async move { with_type(200, media_type, Bytes::from_static(document.as_bytes())) }),
    )
}

/// The error of an operation not implemented yet: 501, as problem+json.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct NotImplemented;

impl IntoResponse for NotImplemented {
    fn into_response(self) -> Response {
        let body = br#"{"type":"about:blank","title":"Not Implemented","status":501}"#;
        with_type(501, PROBLEM_JSON, Bytes::from_static(body))
    }
}

/// A JSON response.
pub fn json<T: Serialize>(status: u16, value: &T) -> Response {
    json_as(status, "application/json", value)
}

/// A JSON response of a JSON media type (`application/problem+json`, ...).
pub fn json_as<T: Serialize>(status: u16, media_type: &'static str, value: &T) -> Response {
    match serde_json::to_vec(value) {
        Ok(bytes) => with_type(status, media_type, bytes.into()),
        Err(_) => internal_error(),
    }
}

/// Sets the header `name` to `value` (a string as it is; a number or
/// boolean as written in JSON; an array as its items joined by commas, the
/// `simple` style). A value that is not a valid header value is left out.
pub fn set_header<T: Serialize>(response: &mut Response, name: &str, value: &T) {
    fn text(value: &serde_json::Value) -> String {
        match value {
            serde_json::Value::String(s) => s.clone(),
            serde_json::Value::Array(items) => items.iter().map(text).collect::<Vec<_>>().join(","),
            other => other.to_string(),
        }
    }
    let Ok(value) = serde_json::to_value(value) else { return };
    if let (Ok(name), Ok(value)) =
        (axum::http::HeaderName::try_from(name), HeaderValue::from_str(&text(&value)))
    {
        response.headers_mut().insert(name, value);
    }
}

/// A response with a body of the given media type.
pub fn with_type(status: u16, media_type: &'static str, body: Bytes) -> Response {
    let mut response = (status_code(status), body).into_response();
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(media_type));
    response
}

/// A response without a body.
pub fn empty(status: u16) -> Response {
    status_code(status).into_response()
}

/// A status from a number the generator wrote (or an implementation chose
/// for a range or `default`); an impossible one becomes 500.
pub fn status_code(status: u16) -> StatusCode {
    StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

/// 500, as problem+json, saying nothing of the cause.
pub fn internal_error() -> Response {
    let body = br#"{"type":"about:blank","title":"Internal Server Error","status":500}"#;
    with_type(500, PROBLEM_JSON, Bytes::from_static(body))
}

/// A refusal as RFC 9457 `application/problem+json`.
pub fn problem_response(rejection: &Rejection) -> Response {
    let mut response = match serde_json::to_vec(&rejection.problem()) {
        Ok(body) => with_type(rejection.status(), PROBLEM_JSON, body.into()),
        Err(_) => internal_error(),
    };
    challenge(rejection, &mut response);
    response
}

/// A refusal as FastAPI answers: 422 with `{"detail": [{loc, msg, type}]}`
/// for requests that do not read or validate, problem+json otherwise.
pub fn fastapi_response(rejection: &Rejection) -> Response {
    match rejection {
        Rejection::Malformed { .. } | Rejection::Invalid { .. } => json(422, &rejection.fastapi_detail()),
        // As Starlette answers them.
        Rejection::NotFound => json(404, &serde_json::json!({"detail": "Not Found"})),
        Rejection::MethodNotAllowed => json(405, &serde_json::json!({"detail": "Method Not Allowed"})),
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
