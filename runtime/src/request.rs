//! One request: what its operation's method sees of it beyond its
//! declared parts ([`Context`]), what `authenticate` sees of it
//! ([`Incoming`]), and how its parts are read into an operation's request
//! struct ([`Input`], from a [`Reading`] of the request), every problem
//! collected (`Checks`) before it is refused.

use axum::body::{Body, Bytes};
use axum::http::request::Parts;
use axum::http::{Extensions, HeaderMap, StatusCode, header};
use serde::de::DeserializeOwned;

use crate::body::{BodyStream, ChunkAtATime, MultipartStream};
use crate::operation::{Location, Operation, accepts};
use crate::problem::Rejection;
use crate::support::params::{ArrayStyle, FormAlternatives, FormFields, Sent};
use crate::support::read::ReadErrors;
use crate::validation::{Valid, Validate};
use crate::violations::{At, Violation, Violations, read_error};

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
    /// Whether the client accepts `media_type` (`text/event-stream`), by
    /// the request's `Accept` (RFC 9110): a listed type or range it does
    /// not give `q=0`, the most specific range deciding. No `Accept`
    /// accepts anything. For a response declared in several media types
    /// (JSON or events): answer in one the client accepts.
    pub fn accepts(&self, media_type: &str) -> bool {
        let values: Vec<&str> = self.headers.get_all(axum::http::header::ACCEPT).iter().filter_map(|v| v.to_str().ok()).collect();
        accept_allows(&values, media_type)
    }

    /// The address of the peer, where the server records it: a router
    /// served with `into_make_service_with_connect_info::<std::net::SocketAddr>()`.
    #[cfg(feature = "serve")]
    pub fn peer(&self) -> Option<std::net::SocketAddr> {
        self.extensions.get::<axum::extract::ConnectInfo<std::net::SocketAddr>>().map(|info| info.0)
    }
}

/// Whether `Accept` values (each a list) accept `media_type`: the most
/// specific item that matches it (a type, then `type/*`, then `*/*`)
/// decides, by its `q` not being 0; nothing listed accepts anything.
fn accept_allows(values: &[&str], media_type: &str) -> bool {
    let essence = |t: &str| t.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    let wanted = essence(media_type);
    let kind = wanted.split('/').next().unwrap_or_default().to_owned();
    let items = values.iter().flat_map(|v| v.split(',')).map(str::trim).filter(|item| !item.is_empty());
    // (specificity, accepted) of the best match.
    let mut best: Option<(u8, bool)> = None;
    let mut listed = false;
    for item in items {
        listed = true;
        let range = essence(item);
        let specificity = match range.split_once('/') {
            Some(("*", "*")) => 1,
            Some((k, "*")) if k == kind => 2,
            _ if range == wanted => 3,
            _ => continue,
        };
        let q = item.split(';').skip(1).filter_map(|p| p.trim().strip_prefix("q=").or_else(|| p.trim().strip_prefix("Q="))).next();
        let accepted = q.and_then(|q| q.trim().parse::<f32>().ok()).is_none_or(|q| q > 0.0);
        if best.is_none_or(|(s, _)| specificity > s) {
            best = Some((specificity, accepted));
        }
    }
    match best {
        Some((_, accepted)) => accepted,
        None => !listed,
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
    pub(crate) path: &'a Sent<'static>,
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
    pub(crate) fn new(operation: &'static Operation, parts: Parts, path: Sent<'static>, body: Body, body_limit: usize) -> Self {
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
        let deep = self.operation.parameters.iter().filter(|p| p.location == Location::Query && p.deep_object).map(|p| p.name);
        let sent = Sent::query(self.parts.uri.query()).with_deep_objects(deep);
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
    /// An empty body is no body where none is required (a client that has
    /// none to send sends no octets, whatever `Content-Type` it names). An
    /// empty required body is sent, empty, when its `Content-Type` is one
    /// where no octets are a value (`""` is a `text/plain` string, an empty
    /// form has no fields); without a `Content-Type`, or as JSON or
    /// multipart, where no octets are no value, it is missing (as FastAPI,
    /// say, answers).
    async fn sent_body(&mut self) -> Option<Option<Bytes>> {
        let bytes = self.bytes_within_limit().await?;
        let required = self.operation.body.as_ref().is_some_and(|body| body.required);
        if !bytes.is_empty() || (required && self.empty_is_a_value()) {
            return Some(Some(bytes));
        }
        if required {
            self.checks.missing("/body");
            return None;
        }
        Some(None)
    }

    /// Whether an empty body of the request's `Content-Type` is a value.
    fn empty_is_a_value(&self) -> bool {
        let content_type = self.content_type();
        self.parts.headers.contains_key(header::CONTENT_TYPE)
            && !is_json_type(content_type)
            && !content_type.trim_start().to_ascii_lowercase().starts_with("multipart/")
    }

    /// 415, naming what the operation takes (every media type its body is
    /// declared in, else `expected`).
    fn unsupported(&mut self, expected: &[&str]) {
        let declared = self.operation.body.as_ref().map_or(&[][..], |body| body.media_types);
        let expected = if declared.is_empty() { expected } else { declared };
        let expected = expected.iter().map(|t| (*t).to_owned()).collect();
        self.fatal.get_or_insert(Rejection::UnsupportedMediaType { expected });
    }

    /// Which of the ways a body is read (`declared`, those of the
    /// operation's `Payload` variants) the request's `Content-Type` picks:
    /// its own where declared, else the octets where declared (every
    /// declared media type not read into a type), else the first, whose
    /// reader refuses what it cannot read.
    pub fn sent_as(&self, declared: &[SentAs]) -> SentAs {
        let content_type = self.content_type();
        let sent = if is_json_type(content_type) {
            SentAs::Json
        } else if accepts(&["application/x-www-form-urlencoded"], content_type) {
            SentAs::Form
        } else if accepts(&["multipart/form-data"], content_type) {
            SentAs::Multipart
        } else {
            SentAs::Octets
        };
        if declared.contains(&sent) {
            sent
        } else if declared.contains(&SentAs::Octets) {
            SentAs::Octets
        } else {
            declared.first().copied().unwrap_or(SentAs::Octets)
        }
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
        if !is_json_type(self.content_type()) {
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

    /// An `application/x-www-form-urlencoded` body whose type is a union of
    /// objects, read as the first variant its fields read as, and checked.
    pub async fn form_alternatives<T: FormAlternatives + Validate>(&mut self) -> Option<Valid<T>> {
        self.form_alternatives_if_sent::<T>().await.flatten()
    }

    /// An optional form body whose type is a union of objects.
    pub async fn form_alternatives_if_sent<T: FormAlternatives + Validate>(&mut self) -> Option<Option<Valid<T>>> {
        let Some(bytes) = self.sent_body().await? else { return Some(None) };
        if !accepts(&["application/x-www-form-urlencoded"], self.content_type()) {
            self.unsupported(&["application/x-www-form-urlencoded"]);
            return None;
        }
        self.checks.form_alternatives::<T>(&bytes, &[]).map(Some)
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
    /// required one must not be declared empty (`Content-Length: 0`) unless
    /// empty is a value of its `Content-Type` (see `sent_body`), and
    /// one declared larger than the limit is refused at once (413).
    pub async fn stream(&mut self) -> Option<BodyStream> {
        let body = self.body.take()?;
        let declared_empty = self.parts.headers.get(header::CONTENT_LENGTH).is_some_and(|length| length.as_bytes() == b"0");
        if declared_empty && !self.empty_is_a_value() && self.operation.body.as_ref().is_some_and(|body| body.required) {
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
    pub(crate) fn refusal(self) -> Option<Rejection> {
        if let Some(fatal) = self.fatal {
            return Some(fatal);
        }
        self.checks.finish().err()
    }
}

/// The cookies of the request, as parameters.
pub(crate) fn cookie_values(headers: &HeaderMap) -> Sent<'_> {
    Sent::cookies(headers.get_all(header::COOKIE).iter().filter_map(|v| v.to_str().ok()))
}

/// What reading one request finds wrong, collected so that every problem
/// is reported at once: unreadable parts (400) before broken constraints
/// (422).
#[derive(Debug)]
pub(crate) struct Checks {
    malformed: Violations,
    invalid: Violations,
    statuses: (StatusCode, StatusCode),
}

/// The size above which a JSON body is checked before it is read (see
/// `Checks::json`): below it, what a refused body builds is bounded anyway,
/// and the common body is read once.
const CHECKED_FIRST_ABOVE: usize = 64 * 1024;

impl Checks {
    /// Checks whose refusals are answered with `malformed` (what does not
    /// read) and `invalid` (broken constraints).
    pub(crate) fn answering(malformed: StatusCode, invalid: StatusCode) -> Self {
        Self { malformed: Violations::new(), invalid: Violations::new(), statuses: (malformed, invalid) }
    }

    /// Reads the parameters of one location (`root` is `/path`, `/query`,
    /// `/header` or `/cookie`) as a `T` and validates them.
    pub(crate) fn parameters<T: DeserializeOwned + Validate>(
        &mut self,
        sent: &Sent<'_>,
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

    /// Reads an `application/x-www-form-urlencoded` body as a `T` (each
    /// field a parameter, arrays as `styles` say) and validates it.
    pub(crate) fn form<T: DeserializeOwned + Validate>(&mut self, bytes: &Bytes, styles: &[(&str, ArrayStyle)]) -> Option<Valid<T>> {
        let text = String::from_utf8_lossy(bytes);
        match Sent::query(Some(&text)).read_all::<T>(styles) {
            Err(errors) => {
                errors.iter().for_each(|(pointer, message)| self.malformed.add(read_error("/body", pointer, message)));
                None
            }
            Ok(value) => self.validated(value, "/body"),
        }
    }

    /// Reads an `application/x-www-form-urlencoded` body as the first
    /// variant of the union `T` its fields read as, and validates it.
    pub(crate) fn form_alternatives<T: FormAlternatives + Validate>(
        &mut self,
        bytes: &Bytes,
        styles: &[(&str, ArrayStyle)],
    ) -> Option<Valid<T>> {
        let text = String::from_utf8_lossy(bytes);
        match T::read(&FormFields::new(&text, styles)) {
            Some(value) => self.validated(value, "/body"),
            None => {
                self.malformed.add(Violation {
                    pointer: "/body".to_owned(),
                    keyword: "anyOf",
                    message: "matches none of the alternatives".to_owned(),
                });
                None
            }
        }
    }

    /// Reads a `multipart/form-data` body as a `T` (each part the property
    /// it names; see [`crate::support::multipart`]) and validates it.
    pub(crate) fn multipart<T: DeserializeOwned + Validate>(&mut self, bytes: &Bytes, boundary: &str) -> Option<Valid<T>> {
        let parts = match crate::support::multipart::parts(bytes, boundary) {
            Ok(parts) => parts,
            Err(why) => {
                self.malformed.add(Violation {
                    pointer: "/body".to_owned(),
                    keyword: "type",
                    message: format!("is not a multipart/form-data body: {why}"),
                });
                return None;
            }
        };
        match crate::support::multipart::read::<T>(&parts) {
            Err((pointer, message)) => {
                self.malformed.add(read_error("/body", &pointer, &message));
                None
            }
            Ok(value) => self.validated(value, "/body"),
        }
    }

    /// Reads a JSON body as a `T`. A body that does not read is reported at
    /// every place it does not (see [`ReadErrors`]).
    pub(crate) fn json<T: ReadErrors>(&mut self, bytes: &Bytes) -> Option<T> {
        // serde reads a struct from a JSON array too (its fields in order),
        // where the document means an object: `[null, null]` is not an
        // `OrganizationUpdate`. A body without `[` cannot be read that way,
        // and is read straight into its type when it has no float syntax
        // (see `json::from_slice`). A large body is checked first, from what
        // its type checks (below): a refusal then costs a reading of the
        // text, not the building of all it would store (a map of 100,000
        // members that the type stores unchecked, say, built to find the
        // required `name` missing).
        if bytes.len() <= CHECKED_FIRST_ABOVE
            && !bytes.contains(&b'[')
            && let Some(value) = crate::support::json::straight::<T>(bytes)
        {
            return Some(value);
        }
        // An array where the type is not one is refused as it is, whatever
        // it holds: what its items are costs nothing to ask of an empty
        // one, and a million of them are not built into a tree to be told
        // the same (the text is still checked to be JSON).
        if let Some(wrong_type) = Self::wrong_root_type::<T>(bytes) {
            match crate::support::json::check_syntax(bytes) {
                Ok(()) => self.malformed.extend(wrong_type),
                Err(error) => self.malformed.extend(Rejection::body(error).violations().into()),
            }
            return None;
        }
        // Otherwise, and on the refusal's path, the body is parsed into a
        // JSON value of what the type reads: checked for arrays where
        // objects are meant and for every place that does not read, then
        // read from that value. First with long arrays cut short and what
        // the type does not check built as its kind only: a refusal that
        // finds all the violations it keeps among the items kept, or finds
        // some where no item was dropped, is made from those.
        let value = match crate::support::json::parse_capped(bytes, T::reads()) {
            Ok((value, dropped)) if !dropped.items && !dropped.unchecked => value,
            Ok((capped, dropped)) => {
                let mut first = Violations::new();
                T::read_errors(&capped, &At::root("/body"), &mut first);
                if first.is_full() || (!dropped.items && !first.is_empty()) {
                    if first.is_full() {
                        first.cut();
                    }
                    self.malformed.extend(first);
                    return None;
                }
                drop(capped);
                // The items kept read; no array was dropped, so none of
                // the others can be an array read as a struct: the body is
                // read straight (100,000 valid items are not built twice).
                if first.is_empty()
                    && !dropped.arrays
                    && let Some(value) = crate::support::json::straight::<T>(bytes)
                {
                    return Some(value);
                }
                match crate::support::json::parse_read(bytes, T::reads()) {
                    Ok(value) => value,
                    Err(error) => {
                        self.malformed.extend(Rejection::body(error).violations().into());
                        return None;
                    }
                }
            }
            Err(error) => {
                self.malformed.extend(Rejection::body(error).violations().into());
                return None;
            }
        };
        let mut all = Violations::new();
        T::read_errors(&value, &At::root("/body"), &mut all);
        if !all.is_empty() {
            self.malformed.extend(all);
            return None;
        }
        match crate::support::json::from_value::<T>(value) {
            Ok(value) => Some(value),
            Err(error) => {
                self.malformed.extend(Rejection::body(error).violations().into());
                None
            }
        }
    }

    /// For a text that is a JSON array (by its first octet), the refusal
    /// of an array as a `T` when `T` takes no array at all: only type
    /// violations at the body itself, as an empty array gets them.
    fn wrong_root_type<T: ReadErrors>(bytes: &[u8]) -> Option<Violations> {
        if bytes.iter().find(|b| !b.is_ascii_whitespace()) != Some(&b'[') {
            return None;
        }
        let mut probe = Violations::new();
        T::read_errors(&serde_json::Value::Array(Vec::new()), &At::root("/body"), &mut probe);
        let at_root = !probe.is_empty() && probe.iter().all(|v| v.pointer == "/body" && v.keyword == "type");
        at_root.then_some(probe)
    }

    /// Records that a required part is missing.
    pub(crate) fn missing(&mut self, pointer: &str) {
        self.malformed.add(Violation { pointer: pointer.to_owned(), keyword: "required", message: "is required".to_owned() });
    }

    /// `value`, checked; `None` (its violations recorded) when it breaks a
    /// constraint.
    pub(crate) fn validated<T: Validate>(&mut self, value: T, root: &'static str) -> Option<Valid<T>> {
        let before = self.invalid.len();
        value.validate_at(&At::root(root), &mut self.invalid);
        (self.invalid.len() == before).then(|| Valid::checked(value))
    }

    /// `Ok` when nothing was wrong, else the refusal.
    pub(crate) fn finish(self) -> Result<(), Rejection> {
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

/// Whether a media type (a `Content-Type` value) is JSON:
/// `application/json` or a `+json` type.
pub(crate) fn is_json_type(media_type: &str) -> bool {
    let essence = media_type.split(';').next().unwrap_or(media_type).trim().to_ascii_lowercase();
    // `text/json` is JSON too, as ASP.NET's documents declare it.
    essence == "application/json" || essence == "text/json" || essence.ends_with("+json")
}

/// How a body declared in media types read in different ways is read, by
/// the kind of its `Content-Type`: each is a variant of the operation's
/// `Payload` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SentAs {
    /// A JSON media type (`application/json`, `text/json`, `*+json`).
    Json,
    /// `application/x-www-form-urlencoded`.
    Form,
    /// `multipart/form-data`.
    Multipart,
    /// Any other declared media type, kept as octets.
    Octets,
}

#[cfg(test)]
mod tests {

    #[test]
    fn accept_with_ranges_and_weights() {
        let sse = "text/event-stream";
        assert!(accept_allows(&[], sse), "no Accept accepts anything");
        assert!(accept_allows(&["text/event-stream"], sse));
        assert!(accept_allows(&["application/json, text/event-stream;q=0.5"], sse));
        assert!(!accept_allows(&["application/json"], sse));
        assert!(accept_allows(&["text/*"], "text/event-stream; charset=utf-8"));
        assert!(accept_allows(&["*/*;q=0.1"], sse));
        // The most specific item decides.
        assert!(!accept_allows(&["*/*", "text/event-stream;q=0"], sse));
        assert!(accept_allows(&["text/*;q=0", "text/event-stream"], sse));
        assert!(!accept_allows(&["text/*;q=0", "application/json"], sse));
        assert!(accept_allows(&["TEXT/Event-Stream"], sse));
    }

    use std::collections::BTreeMap;

    use serde_json::{Value, json};

    use super::*;
    use crate::support::read::{self, Reads};

    /// A body type as a generated crate writes it: a map it reads without
    /// checking, a struct it reads member by member.
    #[derive(Debug, PartialEq, serde::Deserialize)]
    struct Org {
        name: String,
        #[serde(default, rename = "customData")]
        custom_data: BTreeMap<String, Value>,
        branding: Option<Branding>,
    }

    #[derive(Debug, PartialEq, serde::Deserialize)]
    struct Branding {
        #[serde(rename = "logoUrl")]
        logo_url: String,
    }

    impl ReadErrors for Org {
        fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
            let Some(mut object) = read::object(value, at, violations) else { return };
            object.required::<String>("name");
            object.optional::<BTreeMap<String, Value>>("customData");
            object.optional::<Option<Branding>>("branding");
        }

        fn reads() -> Reads {
            Reads::Members(&[
                ("branding", <Option<Branding> as ReadErrors>::reads),
                ("customData", <BTreeMap<String, Value> as ReadErrors>::reads),
                ("name", Reads::whole),
            ])
        }
    }

    impl ReadErrors for Branding {
        fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
            let Some(mut object) = read::object(value, at, violations) else { return };
            object.required::<String>("logoUrl");
        }

        fn reads() -> Reads {
            Reads::Members(&[("logoUrl", Reads::whole)])
        }
    }

    /// `additionalProperties: false`.
    #[derive(Debug, PartialEq, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Closed {
        name: String,
    }

    impl ReadErrors for Closed {
        fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
            let Some(mut object) = read::object(value, at, violations) else { return };
            object.required::<String>("name");
            object.no_others();
        }

        fn reads() -> Reads {
            Reads::Closed(&[("name", Reads::whole)])
        }
    }

    /// Each member a closed type does not allow is one violation, up to
    /// what a refusal keeps, however many are sent.
    #[test]
    fn members_a_type_does_not_allow_are_named() {
        let read = |text: String| {
            let mut checks = Checks::answering(StatusCode::BAD_REQUEST, StatusCode::UNPROCESSABLE_ENTITY);
            let read = checks.json::<Closed>(&Bytes::from(text));
            (read, checks.malformed)
        };
        let (closed, violations) = read(r#"{"name": "a"}"#.to_owned());
        assert_eq!((closed, violations.is_empty()), (Some(Closed { name: "a".into() }), true));
        let (_, violations) = read(r#"{"name": "a", "x": [1], "y": {}}"#.to_owned());
        let found: Vec<(&str, &str)> = violations.iter().map(|v| (v.pointer.as_str(), v.keyword)).collect();
        assert_eq!(found, [("/body/x", "additionalProperties"), ("/body/y", "additionalProperties")]);
        let many: serde_json::Map<String, Value> = (0..50_000).map(|n| (format!("k{n}"), json!([n]))).collect();
        let (_, violations) = read(json!(many).to_string());
        assert_eq!((violations.len(), violations.is_cut()), (Violations::KEPT, true));
        assert_eq!(violations.iter().next().map(|v| v.pointer.as_str()), Some("/body/name"));
    }

    fn json(text: &str) -> Result<Org, Vec<(String, &'static str)>> {
        let mut checks = Checks::answering(StatusCode::BAD_REQUEST, StatusCode::UNPROCESSABLE_ENTITY);
        checks
            .json::<Org>(&Bytes::from(text.to_owned()))
            .ok_or_else(|| checks.malformed.iter().map(|v| (v.pointer.clone(), v.keyword)).collect())
    }

    /// Whichever way a body is read (straight, through a value built for
    /// checks only and then whole, or refused from that), it reads the same.
    #[test]
    fn bodies_read_alike_on_every_path() {
        let custom = json!({"x": [1.5, {"y": []}], "n": 2});
        let org = json(&json!({"name": "a", "customData": custom, "unknown": [1], "branding": {"logoUrl": "l", "k": 1}}).to_string());
        let expected = Org {
            name: "a".into(),
            custom_data: serde_json::from_value(custom).unwrap(),
            branding: Some(Branding { logo_url: "l".into() }),
        };
        assert_eq!(org, Ok(expected));
        assert_eq!(json(r#"{"name": "a", "customData": {"k": 1}}"#).map(|org| org.custom_data.len()), Ok(1));

        // Refused from the value built for checks: what the map holds is
        // not built, and needs no checking.
        let refused = json(r#"{"customData": {"x": [1]}, "branding": {"logoUrl": 3}}"#);
        assert_eq!(refused, Err(vec![("/body/name".into(), "required"), ("/body/branding/logoUrl".into(), "type")]));
        // A map's kind is kept: an array where it is meant is refused.
        assert_eq!(json(r#"{"name": "a", "customData": [1]}"#), Err(vec![("/body/customData".into(), "type")]));
        // A large body is checked first, and read the same.
        let many: serde_json::Map<String, Value> = (0..20_000).map(|n| (format!("k{n}"), Value::from(n))).collect();
        assert!(json!({"customData": many}).to_string().len() > CHECKED_FIRST_ABOVE);
        assert_eq!(json(&json!({"customData": many}).to_string()), Err(vec![("/body/name".into(), "required")]));
        let org = json(&json!({"name": "a", "customData": many}).to_string()).unwrap();
        assert_eq!(org.custom_data.len(), 20_000);
        assert_eq!(org.custom_data["k19999"], 19_999);
        // And what is not built is still read as JSON.
        assert!(json(r#"{"name": "a", "customData": {"x": [1,]}}"#).is_err());
    }
}
