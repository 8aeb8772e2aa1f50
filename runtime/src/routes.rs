//! The one request pipeline every generated router runs, driven by the
//! [`Operation`] descriptions of its crate: authenticate, read and check
//! every part of the request, then call the implementation's method with a
//! plain request struct; refuse anything else through the implementation's
//! `reject`.
//!
//! A generated crate adds each operation to a [`Routes`], with the closure
//! that calls its method; [`Routes::router`] makes the axum router.
//!
//! Also here: what the pipeline reaches of an implementation ([`Service`],
//! and [`Answer`], what its methods return), who a request comes from
//! (`principal`, which asks the implementation's `authenticate`), the body
//! limit of a router ([`DEFAULT_BODY_LIMIT`]), and [`document`], a router
//! serving the API description. The routes of path templates are
//! `path_template.rs`'s.

use std::collections::BTreeMap;
use std::future::Future;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::Request;
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodFilter, MethodRouter, Route};

use crate::auth::{AuthError, Presented, unauthorized};
use crate::operation::{Location, Operation, SchemeKind};
use crate::path_template::Template;
use crate::problem::Rejection;
use crate::request::{Incoming, Input, Reading, cookie_values};
use crate::response::with_type;
use crate::support::params::Sent;

/// The body size limit a generated router applies unless told otherwise.
pub const DEFAULT_BODY_LIMIT: usize = 2 * 1024 * 1024;

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
    /// The implementation's `reject`: `operation` is the one the request
    /// was for, `None` when no operation takes its path and method.
    fn reject(&self, rejection: Rejection, operation: Option<&'static Operation>) -> Response;
}

/// The path parameters of a matched route, as parameters: the route names
/// each segment with parameters in it by position (`{p0}`), the template
/// says what the document calls them and, in a segment of several pieces
/// (`{id}.json`), what each is.
async fn path_values(parts: &mut Parts, operation: &Operation) -> Sent<'static> {
    use axum::extract::FromRequestParts;
    let mut sent = Sent::default();
    if !operation.has_parameters(Location::Path) {
        return sent;
    }
    let template = Template::new(operation.path);
    let path = parts.uri.path().to_owned();
    let mut push = |values: Vec<(&'static str, Option<String>)>| {
        for (name, value) in values {
            match value {
                Some(value) => sent.push(name, value),
                None => sent.unreadable(name, "is not UTF-8 text once percent-decoded"),
            }
        }
    };
    match axum::extract::Path::<Vec<(String, String)>>::from_request_parts(parts, &()).await {
        Ok(axum::extract::Path(values)) => {
            for (key, value) in values {
                if let Some(n) = key.strip_prefix('p').and_then(|n| n.parse::<usize>().ok()) {
                    push(template.values(n, Some(&value), &path));
                }
            }
        }
        // A segment that is not UTF-8 once decoded: each is read from the
        // path as sent, to say which parameter it is.
        Err(_) => {
            for n in 0..template.route().matches("{p").count() {
                push(template.values(n, None, &path));
            }
        }
    }
    sent
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
        return if operation.is_anonymous() { Ok(None) } else { Err(service.reject(unauthorized(operation), Some(operation))) };
    }
    let credentials = S::credentials(&presented);
    match service.authenticate(credentials, &Incoming { operation, parts, path }).await {
        Ok(principal) => Ok(Some(principal)),
        Err(AuthError::Unauthorized) => Err(service.reject(unauthorized(operation), Some(operation))),
        Err(AuthError::Forbidden) => Err(service.reject(Rejection::Forbidden, Some(operation))),
        Err(AuthError::Failed) => Err(service.reject(Rejection::Internal, Some(operation))),
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
        (_, Some(refusal)) => service.reject(refusal, Some(operation)),
        // A part that did not read records why; this is a request no check
        // named, refused as not reading rather than answered.
        (None, None) => service.reject(Rejection::malformed(Vec::new()), Some(operation)),
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
                    None => service.reject(unauthorized(operation), Some(operation)),
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
        // By route, then by template with its parameters' names left out:
        // templates that are one route only by the router's rules
        // (`/{id}.json` and `/{id}`) are told apart by their text.
        let mut by_route: BTreeMap<String, Vec<(Template<'static>, MethodRouter)>> = BTreeMap::new();
        for (operation, handler) in self.operations {
            // The limit code chooses for the operation (the last that
            // says), else the configuration's, else the router's.
            let limit = self.limits.iter().rev().find_map(|limit| limit(operation));
            let limit = limit.or(operation.body.as_ref().and_then(|body| body.limit)).unwrap_or(self.body_limit);
            let mut method = handler(service.clone(), limit);
            for layering in &self.layers {
                method = layering(operation, method);
            }
            let template = Template::new(operation.path);
            let templates = by_route.entry(template.route()).or_default();
            match templates.iter().position(|(other, _)| other.unnamed() == template.unnamed()) {
                Some(i) => {
                    let (template, before) = templates.remove(i);
                    templates.insert(i, (template, before.merge(method)));
                }
                None => templates.push((template, method)),
            }
        }
        // Routes are only ever `{p0}`-style (`route`): a literal segment
        // that axum 0.7 would have read as a parameter (`/:id`, as some
        // documents write) is literal text here too.
        let mut router = axum::Router::new().without_v07_checks();
        for (path, mut templates) in by_route {
            let refusing = |method: MethodRouter| {
                let rejecting = service.clone();
                method.fallback(move || async move { rejecting.reject(Rejection::MethodNotAllowed, None) })
            };
            if let [(template, _)] = templates.as_slice()
                && template.is_plain()
            {
                let (_, method) = templates.remove(0);
                router = router.route(&path, refusing(method));
                continue;
            }
            // The router cannot tell these templates apart: the request's
            // path is matched against each, the most specific first (the
            // sort keeps the document's order among equals).
            templates.sort_by_key(|(template, _)| std::cmp::Reverse(template.specificity()));
            let templates: Arc<[(Template<'static>, MethodRouter)]> =
                templates.into_iter().map(|(template, method)| (template, refusing(method))).collect();
            let rejecting = service.clone();
            router = router.route(
                &path,
                axum::routing::any(move |request: Request| {
                    let (templates, rejecting) = (templates.clone(), rejecting.clone());
                    async move {
                        let found = templates.iter().find(|(template, _)| template.matches(request.uri().path(), request.uri().query()));
                        match found {
                            Some((_, method)) => {
                                let mut method = method.clone();
                                std::future::poll_fn(|cx| tower_service::Service::<Request>::poll_ready(&mut method, cx)).await.ok();
                                match tower_service::Service::call(&mut method, request).await {
                                    Ok(response) => response,
                                    Err(never) => match never {},
                                }
                            }
                            None => rejecting.reject(Rejection::NotFound, None),
                        }
                    }
                }),
            );
        }
        router
    }

    /// The router: every operation, and 404 for other paths, answered by
    /// the implementation's `reject` like every refusal.
    pub fn router(self) -> axum::Router {
        let service = self.service.clone();
        self.routes().fallback(move || async move { service.reject(Rejection::NotFound, None) })
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

/// A router serving the API description `document` at `path`, to merge
/// with the generated router: `router(api).merge(document("/openapi.yaml",
/// include_str!("../openapi.yaml")))`. JSON when the text starts with `{`,
/// YAML otherwise.
pub fn document(path: &str, document: &'static str) -> axum::Router {
    let media_type = if document.trim_start().starts_with('{') { "application/json" } else { "application/yaml" };
    axum::Router::new().route(
        path,
        axum::routing::get(move || async move { with_type(StatusCode::OK, media_type, Bytes::from_static(document.as_bytes())) }),
    )
}
