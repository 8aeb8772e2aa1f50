//! The one request pipeline every generated router runs, driven by the
//! [`Operation`] descriptions of its crate: authenticate, read and check
//! every part of the request, then call the implementation's method with a
//! plain request struct; refuse anything else through the implementation's
//! `reject`.
//!
//! A generated crate adds each operation to a [`Routes`], with the closure
//! that calls its method; [`Routes::router`] makes the axum router.

use std::collections::BTreeMap;
use std::future::Future;
use std::sync::Arc;

use axum::body::{Body, Bytes};
use axum::extract::Request;
use axum::http::request::Parts;
use axum::http::{Extensions, HeaderMap, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodFilter, MethodRouter, Route};
use serde::de::DeserializeOwned;

use crate::operation::{Location, Operation, SchemeKind, accepts};
use crate::problem::Rejection;
use crate::server::{AuthError, Checks, DEFAULT_BODY_LIMIT, Presented};
use crate::support::params::{ArrayStyle, Sent};
use crate::support::read::ReadErrors;
use crate::validation::{Valid, Validate};

/// What a method sees of its request beyond the parts the operation
/// declares: the operation, every header (declared or not), and what tower
/// layers put in the extensions (request ids, spans, a user); with the
/// `serve` feature, the peer's address when the router is served with
/// `into_make_service_with_connect_info::<std::net::SocketAddr>()` (`Context::peer`).
#[derive(Debug)]
pub struct Context {
    /// The operation the request is for.
    pub operation: &'static Operation,
    /// Every header of the request.
    pub headers: HeaderMap,
    /// The request's extensions.
    pub extensions: Extensions,
}

impl Context {
    /// The address of the peer, where the server records it: a router
    /// served with `into_make_service_with_connect_info::<std::net::SocketAddr>()`.
    #[cfg(feature = "serve")]
    pub fn peer(&self) -> Option<std::net::SocketAddr> {
        self.extensions.get::<axum::extract::ConnectInfo<std::net::SocketAddr>>().map(|info| info.0)
    }
}

/// A request being authenticated: what `authenticate` may look at beside
/// the credentials, for authorization by operation (its id, method, path
/// and scopes) or by tenant (a header, a path parameter).
#[derive(Debug, Clone, Copy)]
pub struct Incoming<'a> {
    /// The operation it is for.
    pub operation: &'static Operation,
    /// Its method, URI, headers and extensions.
    pub parts: &'a Parts,
    path: &'a Sent<'static>,
}

impl Incoming<'_> {
    /// The path parameter `name` (as the API description names it),
    /// percent-decoded as the router decodes it for the method; not yet
    /// checked against its schema.
    pub fn path_parameter(&self, name: &str) -> Option<&str> {
        self.path.first(name)
    }

    /// The OAuth2 scopes the operation's requirements name, each once.
    pub fn scopes(&self) -> Vec<&'static str> {
        let mut scopes: Vec<&'static str> = Vec::new();
        for requirement in self.operation.security.iter().flat_map(|alternative| alternative.iter()) {
            for scope in requirement.scopes {
                if !scopes.contains(scope) {
                    scopes.push(scope);
                }
            }
        }
        scopes
    }

    /// The value of the header `name`, if it is text.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.parts.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

/// What a method of a generated `Api` trait returns: a future, `Send` (the
/// server may move it between threads), of the operation's response or the
/// implementation's error. An `async fn` is one.
pub trait Answer<R, E>: Future<Output = Result<R, E>> + Send {}

impl<R, E, F: Future<Output = Result<R, E>> + Send> Answer<R, E> for F {}

/// An implementation, as the pipeline reaches it: each generated crate
/// implements this for its own `Api` trait.
#[doc(hidden)]
pub trait Service: Send + Sync + 'static {
    /// Who a request comes from.
    type Principal: Send + 'static;
    /// The credentials a request presents, one field per scheme.
    type Credentials: Send;
    /// The credentials in what the request presents.
    fn credentials(presented: &Presented<'_>) -> Self::Credentials;
    /// The implementation's `authenticate`.
    fn authenticate(&self, credentials: Self::Credentials, incoming: &Incoming<'_>) -> impl Answer<Self::Principal, AuthError>;
    /// The implementation's `reject`.
    fn reject(&self, rejection: Rejection) -> Response;
}

/// A request struct of one operation: how it is read from a [`Reading`].
/// Each part is read even when another did not, so that every problem is
/// reported; a part that does not read is `None`, its problems recorded.
#[doc(hidden)]
pub trait Input: Sized + Send + 'static {
    /// Reads every part of the request the operation declares.
    fn read(reading: &mut Reading) -> impl Future<Output = Option<Self>> + Send;
}

/// One request being read: its parts, its body, and what was found wrong.
#[doc(hidden)]
pub struct Reading {
    operation: &'static Operation,
    parts: Parts,
    /// The path parameters, read before authentication (which may use them).
    path: Sent<'static>,
    body: Option<Body>,
    body_limit: usize,
    checks: Checks,
    /// A refusal that ends the request whatever else is wrong (413, 415).
    fatal: Option<Rejection>,
}

impl Reading {
    fn new(operation: &'static Operation, parts: Parts, path: Sent<'static>, body: Body, body_limit: usize) -> Self {
        Self {
            operation,
            parts,
            path,
            body: Some(body),
            body_limit,
            checks: Checks::answering(operation.refusals.malformed, operation.refusals.invalid),
            fatal: None,
        }
    }

    /// How the array parameters of `location` are sent.
    fn styles(&self, location: Location) -> Vec<(&'static str, ArrayStyle)> {
        self.operation.parameters.iter().filter(|p| p.location == location).filter_map(|p| p.array.map(|style| (p.name, style))).collect()
    }

    /// The path parameters, read and checked.
    pub async fn path<T: DeserializeOwned + Validate>(&mut self) -> Option<Valid<T>> {
        let styles = self.styles(Location::Path);
        self.checks.parameters::<T>(&self.path, &styles, Location::Path.root())
    }

    /// The query parameters, read and checked.
    pub async fn query<T: DeserializeOwned + Validate>(&mut self) -> Option<Valid<T>> {
        let styles = self.styles(Location::Query);
        let sent = Sent::query(self.parts.uri.query());
        self.checks.parameters::<T>(&sent, &styles, Location::Query.root())
    }

    /// The header parameters, read and checked.
    pub async fn headers<T: DeserializeOwned + Validate>(&mut self) -> Option<Valid<T>> {
        let mut sent = Sent::default();
        for name in self.operation.parameter_names(Location::Header) {
            for value in self.parts.headers.get_all(name) {
                if let Ok(value) = value.to_str() {
                    sent.push(name, value);
                }
            }
        }
        self.checks.parameters::<T>(&sent, &self.styles(Location::Header), Location::Header.root())
    }

    /// The cookie parameters, read and checked.
    pub async fn cookies<T: DeserializeOwned + Validate>(&mut self) -> Option<Valid<T>> {
        let styles = self.styles(Location::Cookie);
        let sent = cookie_values(&self.parts.headers);
        self.checks.parameters::<T>(&sent, &styles, Location::Cookie.root())
    }

    /// The body, read whole (413 past the limit).
    async fn bytes_within_limit(&mut self) -> Option<Bytes> {
        let body = self.body.take()?;
        match axum::body::to_bytes(body, self.body_limit).await {
            Ok(bytes) => Some(bytes),
            Err(_) => {
                self.fatal.get_or_insert(Rejection::TooLarge { limit: self.body_limit });
                None
            }
        }
    }

    /// The body's octets: `Some(None)` when none is sent and none is
    /// required; `None` when a required one is missing, or it is too large.
    async fn sent_body(&mut self) -> Option<Option<Bytes>> {
        let bytes = self.bytes_within_limit().await?;
        if !bytes.is_empty() {
            return Some(Some(bytes));
        }
        if self.operation.body.as_ref().is_some_and(|body| body.required) {
            self.checks.missing("/body");
            return None;
        }
        Some(None)
    }

    /// 415, naming what the operation takes.
    fn unsupported(&mut self, expected: &[&str]) {
        let expected = expected.iter().map(|t| (*t).to_owned()).collect();
        self.fatal.get_or_insert(Rejection::UnsupportedMediaType { expected });
    }

    fn content_type(&self) -> &str {
        self.parts.headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or_default()
    }

    /// A JSON body, read and checked; `None` when it does not read, or is
    /// not sent where not required (see [`Reading::json_if_sent`]).
    pub async fn json<T: ReadErrors + Validate>(&mut self) -> Option<Valid<T>> {
        self.json_if_sent::<T>().await.flatten()
    }

    /// An optional JSON body: `Some(None)` when none is sent.
    pub async fn json_if_sent<T: ReadErrors + Validate>(&mut self) -> Option<Option<Valid<T>>> {
        let value = self.json_unchecked_if_sent::<T>().await?;
        Some(match value {
            None => None,
            Some(value) => Some(self.checks.validated(value, "/body")?),
        })
    }

    /// A JSON body of a type that states no constraints.
    pub async fn json_unchecked<T: ReadErrors>(&mut self) -> Option<T> {
        self.json_unchecked_if_sent::<T>().await.flatten()
    }

    /// An optional JSON body of a type that states no constraints.
    pub async fn json_unchecked_if_sent<T: ReadErrors>(&mut self) -> Option<Option<T>> {
        let Some(bytes) = self.sent_body().await? else { return Some(None) };
        if !crate::server::is_json_type(self.content_type()) {
            self.unsupported(&["application/json"]);
            return None;
        }
        self.checks.json(&bytes).map(Some)
    }

    /// An `application/x-www-form-urlencoded` body, read and checked.
    pub async fn form<T: DeserializeOwned + Validate>(&mut self) -> Option<Valid<T>> {
        self.form_if_sent::<T>().await.flatten()
    }

    /// An optional form body.
    pub async fn form_if_sent<T: DeserializeOwned + Validate>(&mut self) -> Option<Option<Valid<T>>> {
        let Some(bytes) = self.sent_body().await? else { return Some(None) };
        if !accepts(&["application/x-www-form-urlencoded"], self.content_type()) {
            self.unsupported(&["application/x-www-form-urlencoded"]);
            return None;
        }
        // Arrays of a form are sent as repeated keys, the default.
        self.checks.form::<T>(&bytes, &[]).map(Some)
    }

    /// A `multipart/form-data` body, read and checked.
    pub async fn multipart<T: DeserializeOwned + Validate>(&mut self) -> Option<Valid<T>> {
        self.multipart_if_sent::<T>().await.flatten()
    }

    /// An optional multipart body.
    pub async fn multipart_if_sent<T: DeserializeOwned + Validate>(&mut self) -> Option<Option<Valid<T>>> {
        let Some(bytes) = self.sent_body().await? else { return Some(None) };
        let Some(boundary) = crate::support::multipart::boundary(self.content_type()).map(str::to_owned) else {
            self.unsupported(&["multipart/form-data"]);
            return None;
        };
        self.checks.multipart::<T>(&bytes, &boundary).map(Some)
    }

    /// A body read as it arrives ([`BodyStream`]), up to the operation's
    /// limit: its media type must be one the operation declares (415), a
    /// required one must not be declared empty (`Content-Length: 0`), and
    /// one declared larger than the limit is refused at once (413).
    pub async fn stream(&mut self) -> Option<BodyStream> {
        let body = self.body.take()?;
        let declared_empty = self.parts.headers.get(header::CONTENT_LENGTH).is_some_and(|length| length.as_bytes() == b"0");
        if declared_empty && self.operation.body.as_ref().is_some_and(|body| body.required) {
            self.checks.missing("/body");
            return None;
        }
        let media_types = self.operation.body.as_ref().map_or(&[][..], |b| b.media_types);
        if !declared_empty && !media_types.is_empty() && !accepts(media_types, self.content_type()) {
            self.unsupported(media_types);
            return None;
        }
        // A body that says it is larger than the limit is refused before the
        // method starts on it.
        let declared = self.parts.headers.get(header::CONTENT_LENGTH).and_then(|length| length.to_str().ok()?.parse::<u64>().ok());
        if declared.is_some_and(|length| length > self.body_limit as u64) {
            self.fatal.get_or_insert(Rejection::TooLarge { limit: self.body_limit });
            return None;
        }
        Some(BodyStream { body, limit: self.body_limit, received: 0 })
    }

    /// A `multipart/form-data` body read part by part as it arrives
    /// ([`MultipartStream`]), up to the operation's limit: it must be
    /// multipart with a boundary (415), a required one must not be declared
    /// empty, and one declared larger than the limit is refused at once (413).
    pub async fn multipart_stream(&mut self) -> Option<MultipartStream> {
        let body = self.stream().await?.body;
        let Some(boundary) = crate::support::multipart::boundary(self.content_type()).map(str::to_owned) else {
            self.unsupported(&["multipart/form-data"]);
            return None;
        };
        let limit = self.body_limit;
        let constraints = multer::Constraints::new().size_limit(multer::SizeLimit::new().whole_stream(limit as u64));
        let chunks = ChunkAtATime { chunks: body.into_data_stream(), paused: false };
        Some(MultipartStream { parts: multer::Multipart::with_constraints(chunks, boundary, constraints), limit })
    }

    /// A body kept as its octets: its media type must be one the operation
    /// declares (415), and a required one must be sent.
    pub async fn bytes(&mut self) -> Option<Bytes> {
        self.bytes_if_sent().await.flatten()
    }

    /// An optional body kept as its octets: `Some(None)` when none is sent.
    pub async fn bytes_if_sent(&mut self) -> Option<Option<Bytes>> {
        let Some(bytes) = self.sent_body().await? else { return Some(None) };
        let media_types = self.operation.body.as_ref().map_or(&[][..], |b| b.media_types);
        if !media_types.is_empty() && !accepts(media_types, self.content_type()) {
            self.unsupported(media_types);
            return None;
        }
        Some(Some(bytes))
    }

    /// What the method sees of the request beyond its declared parts.
    pub fn context(&mut self) -> Context {
        Context {
            operation: self.operation,
            headers: std::mem::take(&mut self.parts.headers),
            extensions: std::mem::take(&mut self.parts.extensions),
        }
    }

    /// Every problem found, as one refusal; `None` when there is none.
    fn refusal(self) -> Option<Rejection> {
        if let Some(fatal) = self.fatal {
            return Some(fatal);
        }
        self.checks.finish().err()
    }
}

/// The path parameters of a matched route, as parameters: the route names
/// them by position (`{p0}`), the operation says what the document calls
/// them.
async fn path_values(parts: &mut Parts, operation: &Operation) -> Sent<'static> {
    use axum::extract::FromRequestParts;
    let mut sent = Sent::default();
    if !operation.has_parameters(Location::Path) {
        return sent;
    }
    // The route names its parameters by position (`{p0}`), in the order of
    // the template, which is where their names are.
    let names = template_names(operation.path);
    let position = |key: &str| key.strip_prefix('p').and_then(|i| i.parse::<usize>().ok()).and_then(|i| names.get(i));
    match axum::extract::Path::<Vec<(String, String)>>::from_request_parts(parts, &()).await {
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
            let template = route(operation.path);
            for (pattern, segment) in template.split('/').zip(parts.uri.path().split('/')) {
                let Some(key) = pattern.strip_prefix('{').and_then(|p| p.strip_suffix('}')) else { continue };
                if let Some(name) = position(key) {
                    match crate::support::params::decode_strict(segment) {
                        Some(value) => sent.push(*name, value),
                        None => sent.unreadable(*name, "is not UTF-8 text once percent-decoded"),
                    }
                }
            }
        }
    }
    sent
}

/// The names of a path template's parameters, in the template's order.
fn template_names(path: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = path;
    while let Some(start) = rest.find('{') {
        let Some(end) = rest[start..].find('}') else { break };
        names.push(&rest[start + 1..start + end]);
        rest = &rest[start + end + 1..];
    }
    names
}

/// The cookies of the request, as parameters.
fn cookie_values(headers: &HeaderMap) -> Sent<'_> {
    Sent::cookies(headers.get_all(header::COOKIE).iter().filter_map(|v| v.to_str().ok()))
}

/// The axum route of a path template: path parameters named by position
/// (`/orgs/{p0}`), so that templates differing only in names are one route.
pub fn route(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut rest = path;
    let mut n = 0;
    while let Some(start) = rest.find('{') {
        let Some(end) = rest[start..].find('}') else { break };
        out.push_str(&rest[..start]);
        out.push_str(&format!("{{p{n}}}"));
        n += 1;
        rest = &rest[start + end + 1..];
    }
    out.push_str(rest);
    out
}

/// Who a request comes from: `Ok(None)` for a request the operation takes
/// without credentials; else the principal, or the refusal.
async fn principal<S: Service>(
    service: &S,
    operation: &'static Operation,
    parts: &Parts,
    path: &Sent<'static>,
) -> Result<Option<S::Principal>, Response> {
    if operation.security.is_empty() {
        return Ok(None);
    }
    let query = if operation.has_credentials(Location::Query) { Sent::query(parts.uri.query()) } else { Sent::default() };
    let cookies = if operation.has_credentials(Location::Cookie) { cookie_values(&parts.headers) } else { Sent::default() };
    let presented = Presented::new(&parts.headers, &query, &cookies);
    let met = operation.security.iter().any(|alternative| {
        !alternative.is_empty()
            && alternative.iter().all(|requirement| match requirement.scheme.kind {
                SchemeKind::ApiKey { location: Location::Query, name } => presented.query(name).is_some(),
                SchemeKind::ApiKey { location: Location::Cookie, name } => presented.cookie(name).is_some(),
                SchemeKind::ApiKey { name, .. } => presented.header(name).is_some(),
                SchemeKind::Bearer => presented.bearer().is_some(),
                SchemeKind::Basic => presented.basic().is_some(),
            })
    });
    if !met {
        return if operation.is_anonymous() { Ok(None) } else { Err(service.reject(unauthorized(operation))) };
    }
    let credentials = S::credentials(&presented);
    match service.authenticate(credentials, &Incoming { operation, parts, path }).await {
        Ok(principal) => Ok(Some(principal)),
        Err(AuthError::Unauthorized) => Err(service.reject(unauthorized(operation))),
        Err(AuthError::Forbidden) => Err(service.reject(Rejection::Forbidden)),
        Err(AuthError::Failed) => Err(service.reject(Rejection::Internal)),
    }
}

/// 401, with a challenge per scheme of the operation that has one.
fn unauthorized(operation: &Operation) -> Rejection {
    let mut challenges: Vec<String> = Vec::new();
    for requirement in operation.security.iter().flat_map(|alternative| alternative.iter()) {
        if let Some(challenge) = requirement.scheme.kind.challenge()
            && !challenges.iter().any(|c| c == challenge)
        {
            challenges.push(challenge.to_owned());
        }
    }
    challenges.sort();
    Rejection::Unauthorized { challenges }
}

/// A request body read as it arrives, chunk by chunk, never held whole: for
/// uploads larger than is worth keeping in memory. The operation's body
/// limit holds for what has arrived so far.
///
/// ```ignore
/// while let Some(chunk) = request.body.chunk().await? {
///     file.write_all(&chunk).await?;
/// }
/// ```
pub struct BodyStream {
    body: Body,
    limit: usize,
    received: usize,
}

impl BodyStream {
    /// The next chunk, `None` at the end; an error once more than the limit
    /// has arrived, or when the client's connection fails.
    pub async fn chunk(&mut self) -> Result<Option<Bytes>, BodyError> {
        use axum::body::HttpBody;
        loop {
            let frame = std::future::poll_fn(|context| std::pin::Pin::new(&mut self.body).poll_frame(context)).await;
            let data = match frame {
                None => return Ok(None),
                Some(Err(error)) => return Err(BodyError::Broken(error.to_string())),
                // Trailers carry no octets.
                Some(Ok(frame)) => match frame.into_data() {
                    Ok(data) => data,
                    Err(_) => continue,
                },
            };
            self.received += data.len();
            if self.received > self.limit {
                return Err(BodyError::TooLarge { limit: self.limit });
            }
            return Ok(Some(data));
        }
    }

    /// The octets that have arrived so far.
    pub fn received(&self) -> usize {
        self.received
    }

    /// The most octets the body may have.
    pub fn limit(&self) -> usize {
        self.limit
    }
}

impl std::fmt::Debug for BodyStream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BodyStream").field("received", &self.received).field("limit", &self.limit).finish_non_exhaustive()
    }
}

/// A `multipart/form-data` body read part by part as it arrives, each
/// part's content chunk by chunk, never held whole: for uploads of files
/// larger than is worth keeping in memory. The operation's body limit
/// holds for the whole body.
///
/// The parts come in the order they are sent, as they are: the router
/// checks the body's media type and size, and the method checks its parts
/// (which are there, and what they hold), as it reads them.
///
/// ```ignore
/// while let Some(mut part) = request.body.next_part().await? {
///     match part.name() {
///         Some("file") => while let Some(chunk) = part.chunk().await? {
///             file.write_all(&chunk).await?;
///         },
///         Some("title") => title = Some(part.text().await?),
///         _ => {}
///     }
/// }
/// ```
pub struct MultipartStream {
    parts: multer::Multipart<'static>,
    limit: usize,
}

impl MultipartStream {
    /// The next part, `None` after the last; an error once more than the
    /// limit has arrived, when the body is not well-formed multipart, or
    /// when the client's connection fails. A part borrows the stream, so it
    /// is done with before the next is asked for; what is left of it unread
    /// is then skipped.
    pub async fn next_part(&mut self) -> Result<Option<Part<'_>>, BodyError> {
        match self.parts.next_field().await {
            Ok(Some(field)) => Ok(Some(Part { field, limit: self.limit, _stream: std::marker::PhantomData })),
            Ok(None) => Ok(None),
            Err(error) => Err(body_error(error, self.limit)),
        }
    }

    /// The most octets the body may have.
    pub fn limit(&self) -> usize {
        self.limit
    }
}

impl std::fmt::Debug for MultipartStream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MultipartStream").field("limit", &self.limit).finish_non_exhaustive()
    }
}

/// A part of a [`MultipartStream`]: its name, file name and media type as
/// its headers say, and its content as it arrives.
pub struct Part<'a> {
    field: multer::Field<'static>,
    limit: usize,
    /// The parser allows one part at a time: a part borrows the stream.
    _stream: std::marker::PhantomData<&'a mut MultipartStream>,
}

impl Part<'_> {
    /// The `name` of its `Content-Disposition`: the property it is.
    pub fn name(&self) -> Option<&str> {
        self.field.name()
    }

    /// The `filename` of its `Content-Disposition`, for a file.
    pub fn file_name(&self) -> Option<&str> {
        self.field.file_name()
    }

    /// Its `Content-Type`, as sent.
    pub fn content_type(&self) -> Option<&str> {
        self.field.headers().get(header::CONTENT_TYPE).and_then(|value| value.to_str().ok())
    }

    /// Its headers, as sent.
    pub fn headers(&self) -> &axum::http::HeaderMap {
        self.field.headers()
    }

    /// The next chunk of its content, `None` at its end.
    pub async fn chunk(&mut self) -> Result<Option<Bytes>, BodyError> {
        self.field.chunk().await.map_err(|error| body_error(error, self.limit))
    }

    /// Its whole content, for a part known to be small (a text field):
    /// held in memory, within the body's limit.
    pub async fn bytes(self) -> Result<Bytes, BodyError> {
        let limit = self.limit;
        self.field.bytes().await.map_err(|error| body_error(error, limit))
    }

    /// Its whole content as UTF-8 text; 400 when it is not.
    pub async fn text(self) -> Result<String, BodyError> {
        let name = self.name().unwrap_or_default().to_owned();
        let bytes = self.bytes().await?;
        String::from_utf8(bytes.to_vec()).map_err(|_| BodyError::Malformed(format!("the part `{name}` is not UTF-8 text")))
    }
}

impl std::fmt::Debug for Part<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Part").field("name", &self.name()).field("file_name", &self.file_name()).finish_non_exhaustive()
    }
}

/// A body's chunks handed over one per poll: the multipart parser takes
/// chunks for as long as they are ready, and a body whose chunks are all
/// ready (one made in memory, or a fast client's on a single-threaded
/// runtime) would otherwise be gathered whole in its buffer before it
/// hands on any of it. Between two chunks the stream says it is pending,
/// and wakes at once.
struct ChunkAtATime<S> {
    chunks: S,
    paused: bool,
}

impl<S: futures_core::Stream + Unpin> futures_core::Stream for ChunkAtATime<S> {
    type Item = S::Item;

    fn poll_next(mut self: std::pin::Pin<&mut Self>, context: &mut std::task::Context<'_>) -> std::task::Poll<Option<S::Item>> {
        if self.paused {
            self.paused = false;
            context.waker().wake_by_ref();
            return std::task::Poll::Pending;
        }
        let next = std::pin::Pin::new(&mut self.chunks).poll_next(context);
        self.paused = matches!(next, std::task::Poll::Ready(Some(_)));
        next
    }
}

fn body_error(error: multer::Error, limit: usize) -> BodyError {
    match error {
        multer::Error::StreamSizeExceeded { .. } | multer::Error::FieldSizeExceeded { .. } => BodyError::TooLarge { limit },
        multer::Error::StreamReadFailed(error) => BodyError::Broken(error.to_string()),
        other => BodyError::Malformed(other.to_string()),
    }
}

/// Why a [`BodyStream`] or [`MultipartStream`] stopped before its end. As a
/// response: 413 for a body over the limit, 400 for one that broke off or
/// is not well-formed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BodyError {
    /// More than `limit` octets were sent.
    TooLarge {
        /// The operation's body limit.
        limit: usize,
    },
    /// The body could not be read to its end (the connection failed).
    Broken(String),
    /// The body is not what its media type says (multipart that does not
    /// parse, a text part that is not UTF-8).
    Malformed(String),
}

impl std::fmt::Display for BodyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::TooLarge { limit } => write!(f, "the body is larger than {limit} bytes"),
            Self::Broken(error) => write!(f, "the body could not be read: {error}"),
            Self::Malformed(error) => write!(f, "the body is malformed: {error}"),
        }
    }
}

impl std::error::Error for BodyError {}

impl IntoResponse for BodyError {
    fn into_response(self) -> Response {
        match self {
            Self::TooLarge { limit } => crate::response::problem_response(&Rejection::TooLarge { limit }),
            Self::Broken(_) => crate::response::problem_response(&Rejection::malformed(Vec::new())),
            Self::Malformed(message) => {
                let violation = crate::Violation { pointer: "/body".to_owned(), keyword: "multipart", message };
                crate::response::problem_response(&Rejection::malformed(vec![violation]))
            }
        }
    }
}

/// Reads a request of `operation` and hands it, with its principal, to
/// `call`; or answers the refusal.
async fn serve<S, I, O, F, Fut>(service: Arc<S>, operation: &'static Operation, body_limit: usize, request: Request, call: F) -> Response
where
    S: Service,
    I: Input,
    O: IntoResponse,
    F: FnOnce(Arc<S>, Option<S::Principal>, I) -> Fut,
    Fut: Future<Output = O>,
{
    let (mut parts, body) = request.into_parts();
    let path = path_values(&mut parts, operation).await;
    // Security first: an unauthenticated request learns nothing more.
    let principal = match principal(&*service, operation, &parts, &path).await {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut reading = Reading::new(operation, parts, path, body, body_limit);
    let input = I::read(&mut reading).await;
    match (input, reading.refusal()) {
        (Some(input), None) => call(service, principal, input).await.into_response(),
        (_, Some(refusal)) => service.reject(refusal),
        // A part that did not read records why; this is a request no check
        // named, refused as not reading rather than answered.
        (None, None) => service.reject(Rejection::malformed(Vec::new())),
    }
}

/// The answer to a request of `operation`, in a `tracing` span named
/// `operation` with the operation's id, method and route template, and the
/// response's status once it is made (OpenTelemetry's field names): what a
/// subscriber shows per operation with no code from the implementor.
#[cfg(feature = "tracing")]
fn traced(operation: &'static Operation, answer: impl Future<Output = Response>) -> impl Future<Output = Response> {
    use tracing::Instrument;
    let span = tracing::info_span!(
        "operation",
        operation.id = operation.id,
        http.request.method = %operation.method,
        http.route = operation.path,
        http.response.status_code = tracing::field::Empty,
    );
    let recorded = span.clone();
    async move {
        let response = answer.await;
        recorded.record("http.response.status_code", response.status().as_u16());
        response
    }
    .instrument(span)
}

/// Without the `tracing` feature, the answer as it is.
#[cfg(not(feature = "tracing"))]
fn traced(_: &'static Operation, answer: impl Future<Output = Response>) -> impl Future<Output = Response> {
    answer
}

type Handler<S> = Box<dyn FnOnce(Arc<S>, usize) -> MethodRouter + Send>;
type Layering = Box<dyn Fn(&'static Operation, MethodRouter) -> MethodRouter + Send>;
type Limiting = Box<dyn Fn(&'static Operation) -> Option<usize> + Send>;

/// Every operation of an API served by one implementation: what a
/// generated crate's `routes` gives. Choose the body limit and layers, then
/// make the axum router with [`Routes::router`] (which answers unknown
/// paths with 404) or [`Routes::routes`] (which leaves them to a router it
/// is merged into).
pub struct Routes<S> {
    service: Arc<S>,
    body_limit: usize,
    operations: Vec<(&'static Operation, Handler<S>)>,
    layers: Vec<Layering>,
    limits: Vec<Limiting>,
}

impl<S: Service> Routes<S> {
    /// No operation yet, bodies of up to [`DEFAULT_BODY_LIMIT`] bytes.
    #[doc(hidden)]
    pub fn new(service: S) -> Self {
        Self { service: Arc::new(service), body_limit: DEFAULT_BODY_LIMIT, operations: Vec::new(), layers: Vec::new(), limits: Vec::new() }
    }

    fn add<I, O, F, Fut>(mut self, operation: &'static Operation, call: F) -> Self
    where
        I: Input,
        O: IntoResponse + 'static,
        F: Fn(Arc<S>, Option<S::Principal>, I) -> Fut + Clone + Send + Sync + 'static,
        Fut: Future<Output = O> + Send + 'static,
    {
        let handler: Handler<S> = Box::new(move |service: Arc<S>, body_limit: usize| {
            let handler = move |request: Request| {
                let (service, call) = (service.clone(), call.clone());
                traced(operation, serve(service, operation, body_limit, request, call))
            };
            // Every method OpenAPI describes is one axum routes by; another
            // (a description written by hand) is served for any method.
            match MethodFilter::try_from(operation.method.clone()) {
                Ok(filter) => axum::routing::on(filter, handler),
                Err(_) => axum::routing::any(handler),
            }
        });
        self.operations.push((operation, handler));
        self
    }

    /// Adds an operation anyone may call.
    #[doc(hidden)]
    pub fn anonymous<I, O, F, Fut>(self, operation: &'static Operation, call: F) -> Self
    where
        I: Input,
        O: IntoResponse + 'static,
        F: Fn(Arc<S>, I) -> Fut + Clone + Send + Sync + 'static,
        Fut: Future<Output = O> + Send + 'static,
    {
        self.add(operation, move |service, _, input| call(service, input))
    }

    /// Adds an operation that requires credentials.
    #[doc(hidden)]
    pub fn authenticated<I, O, F, Fut>(self, operation: &'static Operation, call: F) -> Self
    where
        I: Input,
        O: IntoResponse + 'static,
        F: Fn(Arc<S>, S::Principal, I) -> Fut + Clone + Send + Sync + 'static,
        Fut: Future<Output = O> + Send + 'static,
    {
        self.add(operation, move |service, principal: Option<S::Principal>, input| {
            let call = call.clone();
            async move {
                match principal {
                    Some(principal) => call(service, principal, input).await.into_response(),
                    // The operation takes no request without credentials,
                    // so `principal` refused it before: never reached.
                    None => service.reject(unauthorized(operation)),
                }
            }
        })
    }

    /// Adds an operation that uses credentials when they are sent.
    #[doc(hidden)]
    pub fn optionally_authenticated<I, O, F, Fut>(self, operation: &'static Operation, call: F) -> Self
    where
        I: Input,
        O: IntoResponse + 'static,
        F: Fn(Arc<S>, Option<S::Principal>, I) -> Fut + Clone + Send + Sync + 'static,
        Fut: Future<Output = O> + Send + 'static,
    {
        self.add(operation, call)
    }

    /// Reads bodies of up to `limit` bytes; larger ones are refused with 413.
    /// An operation's own limit, from the configuration or
    /// [`Routes::body_limit_for`], comes first.
    pub fn body_limit(mut self, limit: usize) -> Self {
        self.body_limit = limit;
        self
    }

    /// The body limit of some operations: `limit` gives it for an operation
    /// (by its id, say), or `None` to leave it to the configuration's
    /// (`[body_limits]` in `oapi-axum.toml`) or the router's. An upload
    /// operation can take 200 MiB where every other takes 2:
    /// `.body_limit_for(|operation| (operation.id == "uploadFile").then_some(200 << 20))`.
    pub fn body_limit_for(mut self, limit: impl Fn(&'static Operation) -> Option<usize> + Send + 'static) -> Self {
        self.limits.push(Box::new(limit));
        self
    }

    /// Puts a tower layer on the operations `layer` gives one for: a
    /// timeout on slow operations, a rate limit on writes, a check of the
    /// principal's role by operation id.
    pub fn layer<L>(mut self, layer: impl Fn(&'static Operation) -> Option<L> + Send + 'static) -> Self
    where
        L: tower_layer::Layer<Route> + Clone + Send + Sync + 'static,
        L::Service: tower_service::Service<Request> + Clone + Send + Sync + 'static,
        <L::Service as tower_service::Service<Request>>::Response: IntoResponse + 'static,
        <L::Service as tower_service::Service<Request>>::Error: Into<std::convert::Infallible> + 'static,
        <L::Service as tower_service::Service<Request>>::Future: Send + 'static,
    {
        self.layers.push(Box::new(move |operation, router| match layer(operation) {
            Some(layer) => router.layer(layer),
            None => router,
        }));
        self
    }

    /// The operations, in the order they were added.
    pub fn operations(&self) -> impl Iterator<Item = &'static Operation> + '_ {
        self.operations.iter().map(|(operation, _)| *operation)
    }

    /// The routes of every operation, without an answer for other paths: to
    /// merge with other routers (several APIs in one server), which say
    /// what other paths answer (axum merges routers with one fallback at
    /// most). Wrong methods on these paths are 405, with `Allow`.
    pub fn routes(self) -> axum::Router {
        let service = self.service;
        let mut by_route: BTreeMap<String, MethodRouter> = BTreeMap::new();
        for (operation, handler) in self.operations {
            // The limit code chooses for the operation (the last that
            // says), else the configuration's, else the router's.
            let limit = self.limits.iter().rev().find_map(|limit| limit(operation));
            let limit = limit.or(operation.body.as_ref().and_then(|body| body.limit)).unwrap_or(self.body_limit);
            let mut method = handler(service.clone(), limit);
            for layering in &self.layers {
                method = layering(operation, method);
            }
            let merged = match by_route.remove(&route(operation.path)) {
                Some(before) => before.merge(method),
                None => method,
            };
            by_route.insert(route(operation.path), merged);
        }
        let mut router = axum::Router::new();
        for (path, method) in by_route {
            let rejecting = service.clone();
            router = router.route(&path, method.fallback(move || async move { rejecting.reject(Rejection::MethodNotAllowed) }));
        }
        router
    }

    /// The router: every operation, and 404 for other paths, answered by
    /// the implementation's `reject` like every refusal.
    pub fn router(self) -> axum::Router {
        let service = self.service.clone();
        self.routes().fallback(move || async move { service.reject(Rejection::NotFound) })
    }
}

impl<S> std::fmt::Debug for Routes<S> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Routes")
            .field("operations", &self.operations.iter().map(|(operation, _)| operation.id).collect::<Vec<_>>())
            .field("body_limit", &self.body_limit)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::route;

    #[test]
    fn routes_name_parameters_by_position() {
        assert_eq!(route("/orgs/{org_id}/members/{id}"), "/orgs/{p0}/members/{p1}");
        assert_eq!(route("/orgs"), "/orgs");
    }
}
