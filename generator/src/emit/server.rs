//! The `server` module of a generated crate: the `Api` trait with one
//! method per operation, each operation's request struct and response
//! enum, and `router`, which reads, authenticates and validates requests
//! before any method runs.

use std::collections::{BTreeMap, BTreeSet};

use heck::ToUpperCamelCase;
use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{format_ident, quote};

use super::docs;
use super::idents::Used;
use super::models::ModelEmitter;
use crate::error::Error;
use crate::ir::{
    Api, Content, Operation, ParameterLocation, Payload, ParameterStyle, SecuritySchemeKind, Shape, ShapeKind, Status,
    TypeKind,
};

/// The `server` module.
pub fn module(api: &Api, file: &std::path::Path) -> Result<(TokenStream, BTreeSet<&'static str>), Error> {
    // The server's own names: an import of one of them would clash.
    let local = api
        .operations
        .iter()
        .flat_map(|op| {
            let names = OperationNames::new(op);
            [names.request.to_string(), names.response.to_string()]
        })
        .chain(["Api", "Credentials", "Unimplemented"].map(str::to_owned))
        .collect();
    let models = ModelEmitter::through(api, quote! { models }, local);
    let secured = !api.security_schemes.is_empty();
    let fastapi = declares_fastapi_errors(api);

    let mut methods = Vec::new();
    let mut stubs = Vec::new();
    let mut items = Vec::new();
    let mut handlers = Vec::new();
    let mut routes: BTreeMap<String, Vec<(Ident, Ident)>> = BTreeMap::new();
    let mut seen_routes: BTreeSet<(String, &'static str)> = BTreeSet::new();
    for op in &api.operations {
        let names = OperationNames::new(op);
        let (route, path_names) = route(&op.path);
        if !seen_routes.insert((route.clone(), op.method.as_str())) {
            return Err(Error::new(
                file,
                &op.source,
                format!("`{} {}` has the same route as another operation (path templates differ only in names)", op.method.as_str(), op.path),
            ));
        }
        let auth = Auth::of(op);
        items.push(request_struct(api, &models, op, &names)?);
        items.push(response_enum(&models, op, &names));
        methods.push(method(op, &names, auth, secured));
        stubs.push(stub(&names, auth, secured));
        handlers.push(handler(api, &models, op, &names, auth, &path_names)?);
        routes.entry(route).or_default().push((format_ident!("{}", op.method.as_str().to_lowercase()), names.handler.clone()));
    }

    let credentials = secured.then(|| credentials_struct(api));
    let associated = if secured {
        quote! {
            /// Who a request comes from, as [`Api::authenticate`] proves it.
            type Principal: Send;
            /// Errors the API description does not describe; `?` in a method
            /// turns them into the response they make.
            type Error: IntoResponse + Send;

            /// Proves who presented `credentials` (for an operation whose
            /// requirements they meet). `scopes` are the OAuth2 scopes the
            /// operation requires. An error refuses the request: 401 or 403.
            fn authenticate(
                &self,
                credentials: Credentials,
                scopes: &'static [&'static str],
            ) -> impl Future<Output = Result<Self::Principal, AuthError>> + Send;
        }
    } else {
        quote! {
            /// Errors the API description does not describe; `?` in a method
            /// turns them into the response they make.
            type Error: IntoResponse + Send;
        }
    };
    let reject_default = if fastapi {
        quote! {
            /// How a request refused before its method runs is answered: as the
            /// API description declares (FastAPI's `HTTPValidationError` for
            /// requests that do not read or validate, problem+json otherwise).
            fn reject(&self, rejection: Rejection) -> Response {
                server::fastapi_response(&rejection)
            }
        }
    } else {
        quote! {
            /// How a request refused before its method runs is answered: RFC 9457
            /// `application/problem+json`, with every violation and its pointer.
            fn reject(&self, rejection: Rejection) -> Response {
                server::problem_response(&rejection)
            }
        }
    };
    let title = format!(" What an implementation of {} provides: one method per operation.", api.title);
    let route_calls = routes.iter().map(|(path, methods)| {
        let chain = methods.iter().enumerate().map(|(i, (method, handler))| {
            if i == 0 {
                quote! { routing::#method(#handler::<A>) }
            } else {
                quote! { .#method(#handler::<A>) }
            }
        });
        quote! { .route(#path, #( #chain )*) }
    });

    // One place that turns presented credentials into a principal, for
    // the operations that require them and for those that take them when sent.
    let required = api.operations.iter().any(|op| Auth::of(op) == Auth::Required);
    let optional = api.operations.iter().any(|op| Auth::of(op) == Auth::Optional);
    let required_helper = (secured && required).then(|| quote! {
        /// The principal of a request whose credentials meet one of the
        /// operation's security `alternatives`; else the refusal.
        async fn authenticated<A: Api>(
            api: &A,
            presented: &Presented<'_>,
            alternatives: fn(&Credentials) -> bool,
            scopes: &'static [&'static str],
            challenges: &[&str],
        ) -> Result<A::Principal, Response> {
            let credentials = Credentials::presented(presented);
            let unauthorized = || Rejection::Unauthorized { challenges: challenges.iter().map(|c| (*c).to_owned()).collect() };
            if !alternatives(&credentials) {
                return Err(api.reject(unauthorized()));
            }
            match api.authenticate(credentials, scopes).await {
                Ok(principal) => Ok(principal),
                Err(AuthError::Unauthorized) => Err(api.reject(unauthorized())),
                Err(AuthError::Forbidden) => Err(api.reject(Rejection::Forbidden)),
            }
        }
    });
    let optional_helper = (secured && optional).then(|| quote! {
        /// For an operation that also takes anonymous requests: the principal
        /// when credentials meeting one of its `alternatives` were sent.
        async fn maybe_authenticated<A: Api>(
            api: &A,
            presented: &Presented<'_>,
            alternatives: fn(&Credentials) -> bool,
            scopes: &'static [&'static str],
            challenges: &[&str],
        ) -> Result<Option<A::Principal>, Response> {
            let credentials = Credentials::presented(presented);
            if !alternatives(&credentials) {
                return Ok(None);
            }
            let unauthorized = || Rejection::Unauthorized { challenges: challenges.iter().map(|c| (*c).to_owned()).collect() };
            match api.authenticate(credentials, scopes).await {
                Ok(principal) => Ok(Some(principal)),
                Err(AuthError::Unauthorized) => Err(api.reject(unauthorized())),
                Err(AuthError::Forbidden) => Err(api.reject(Rejection::Forbidden)),
            }
        }
    });
    let authentication = quote! { #required_helper #optional_helper };
    let stub_associated = if secured {
        quote! {
            type Principal = Credentials;
            type Error = server::NotImplemented;

            async fn authenticate(
                &self,
                credentials: Credentials,
                _: &'static [&'static str],
            ) -> Result<Credentials, AuthError> {
                Ok(credentials)
            }
        }
    } else {
        quote! { type Error = server::NotImplemented; }
    };
    let used = Used::of(&quote! { #( #items )* #( #handlers )* #( #methods )* #credentials #authentication });
    let future = used.contains("Future").then(|| quote! { use std::future::Future; });
    let models_import = used.as_path("models").then(|| quote! { use crate::models; });
    // `State` is always used: the 404 and 405 fallbacks take it.
    let extract = if handlers.is_empty() {
        quote! { use oapi_axum_runtime::axum::extract::State; }
    } else {
        quote! { use oapi_axum_runtime::axum::extract::{Request, State}; }
    };
    let routing = if routes.is_empty() { quote! { Router } } else { quote! { Router, routing } };
    let future = if future.is_none() && secured { Some(quote! { use std::future::Future; }) } else { future };
    let params: Vec<Ident> =
        ["ArrayStyle", "Sent"].iter().filter(|name| used.contains(name)).map(|name| format_ident!("{}", name)).collect();
    let params = (!params.is_empty()).then(|| quote! { use oapi_axum_runtime::params::{ #( #params ),* }; });
    let mut server_items = vec![quote! { self }];
    for name in ["AuthError", "Checks", "Presented"] {
        if used.contains(name) || (name == "AuthError" && secured) {
            let name = format_ident!("{}", name);
            server_items.push(quote! { #name });
        }
    }
    server_items.push(quote! { Served });
    let valid = used.contains("Valid").then(|| quote! { use oapi_axum_runtime::Valid; });
    let crates = models.imports.crates();
    let others = models.imports.items();
    let tokens = quote! {
        //! The server: the [`Api`] trait an implementation provides, each
        //! operation's request and response types, and [`router`], which
        //! reads, authenticates and validates every request before a method
        //! sees it.

        #future
        use std::sync::Arc;

        #( #others )*
        #models_import

        #extract
        use oapi_axum_runtime::axum::response::{IntoResponse, Response};
        use oapi_axum_runtime::axum::{ #routing };
        #params
        use oapi_axum_runtime::problem::Rejection;
        use oapi_axum_runtime::server::{ #( #server_items ),* };
        #valid

        #[doc = #title]
        pub trait Api: Send + Sync + 'static {
            #associated
            #reject_default
            #( #methods )*
        }

        #credentials

        #( #items )*

        /// An implementation that answers every operation with 501 Not
        /// Implemented (accepting any credentials the operation requires): to
        /// build the router in tests, or to serve while methods are written.
        #[derive(Debug, Clone, Copy, Default)]
        pub struct Unimplemented;

        impl Api for Unimplemented {
            #stub_associated
            #( #stubs )*
        }

        /// Serves every operation of the API with `api`, reading bodies of up to
        /// [`server::DEFAULT_BODY_LIMIT`] bytes.
        pub fn router<A: Api>(api: A) -> Router {
            router_with_body_limit(api, server::DEFAULT_BODY_LIMIT)
        }

        /// Serves every operation of the API with `api`, reading bodies of up to
        /// `body_limit` bytes (larger ones are refused with 413). Paths the API
        /// does not have are 404, methods a path does not take 405 (with
        /// `Allow`), both answered by [`Api::reject`].
        pub fn router_with_body_limit<A: Api>(api: A, body_limit: usize) -> Router {
            operations()
                .fallback(|State(served): State<Arc<Served<A>>>| async move { served.api.reject(Rejection::NotFound) })
                .with_state(Arc::new(Served { api, body_limit }))
        }

        /// The routes of every operation, as [`router_with_body_limit`] serves
        /// them, but without its answer for other paths: to merge with other
        /// routers (several APIs in one server), which then say what other
        /// paths answer. axum merges routers with one fallback at most.
        pub fn routes<A: Api>(api: A, body_limit: usize) -> Router {
            operations().with_state(Arc::new(Served { api, body_limit }))
        }

        fn operations<A: Api>() -> Router<Arc<Served<A>>> {
            Router::new()
                #( #route_calls )*
                .method_not_allowed_fallback(|State(served): State<Arc<Served<A>>>| async move {
                    served.api.reject(Rejection::MethodNotAllowed)
                })
        }

        #authentication
        #( #handlers )*
    };
    Ok((tokens, crates))
}

/// The identifiers made from an operation's name.
struct OperationNames {
    method: Ident,
    handler: Ident,
    request: Ident,
    response: Ident,
}

impl OperationNames {
    fn new(op: &Operation) -> Self {
        let snake = op.name.key();
        let camel = snake.to_upper_camel_case();
        Self {
            method: super::models::value_ident(&op.name),
            handler: format_ident!("handle_{}", snake),
            request: format_ident!("{}Request", camel),
            response: format_ident!("{}Response", camel),
        }
    }
}

/// How an operation is authenticated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Auth {
    /// `security: []`, or no security anywhere.
    Anonymous,
    /// An alternative is `{}`: credentials are used when sent.
    Optional,
    /// Credentials are required.
    Required,
}

impl Auth {
    fn of(op: &Operation) -> Self {
        if op.security.is_empty() {
            Self::Anonymous
        } else if op.security.iter().any(|r| r.schemes.is_empty()) {
            Self::Optional
        } else {
            Self::Required
        }
    }
}

/// The axum route of a path template: path parameters named by position
/// (`{p0}`), so that templates differing only in names are one route; and
/// the document's names, in that order.
fn route(path: &str) -> (String, Vec<String>) {
    let mut out = String::new();
    let mut names = Vec::new();
    let mut rest = path;
    while let Some(start) = rest.find('{') {
        let Some(end) = rest[start..].find('}') else { break };
        out.push_str(&rest[..start]);
        out.push_str(&format!("{{p{}}}", names.len()));
        names.push(rest[start + 1..start + end].to_owned());
        rest = &rest[start + end + 1..];
    }
    out.push_str(rest);
    (out, names)
}

fn location_field(location: ParameterLocation) -> (&'static str, &'static str) {
    match location {
        ParameterLocation::Path => ("path", "/path"),
        ParameterLocation::Query => ("query", "/query"),
        ParameterLocation::Header => ("headers", "/header"),
        ParameterLocation::Cookie => ("cookies", "/cookie"),
    }
}

/// The JSON content of a body or response, else a form, else a multipart
/// body, else the first.
pub(super) fn main_content(content: &[Content]) -> Option<&Content> {
    [Payload::Json, Payload::Form, Payload::Multipart]
        .iter()
        .find_map(|payload| content.iter().find(|c| c.payload == *payload))
        .or_else(|| content.first())
}

/// How a request body is read.
enum BodyRead<'a> {
    /// JSON, as the shape; checked when the shape's type can be.
    Json(&'a Shape),
    /// `application/x-www-form-urlencoded`, as the (checked) struct of the shape.
    Form(&'a Shape),
    /// `multipart/form-data`, as the (checked) struct of the shape.
    Multipart(&'a Shape),
    /// As bytes.
    Bytes,
}

impl<'a> BodyRead<'a> {
    fn of(content: &'a [Content]) -> Self {
        match main_content(content) {
            Some(Content { payload: Payload::Json, shape: Some(shape), .. }) => Self::Json(shape),
            Some(Content { payload: Payload::Form, shape: Some(shape), .. }) => Self::Form(shape),
            Some(Content { payload: Payload::Multipart, shape: Some(shape), .. }) => Self::Multipart(shape),
            _ => Self::Bytes,
        }
    }
}

/// Whether a value of the shape's Rust type implements `Validate`.
fn validatable(api: &Api, shape: &Shape) -> bool {
    if shape.nullable {
        return false;
    }
    match &shape.kind {
        ShapeKind::Named(id) => match &api.get(*id).kind {
            TypeKind::Alias(inner) => validatable(api, inner),
            _ => true,
        },
        ShapeKind::Array(items) => shape.constraints == Default::default() && validatable(api, items),
        _ => false,
    }
}

fn request_struct(api: &Api, models: &ModelEmitter<'_>, op: &Operation, names: &OperationNames) -> Result<TokenStream, Error> {
    let request = &names.request;
    let mut fields = Vec::new();
    for (location, id) in &op.parameter_types {
        let (field, _) = location_field(*location);
        let field = format_ident!("{}", field);
        let ty = models.model(&api.get(*id).name);
        let doc = format!(" The {} parameters.", location_field(*location).0);
        fields.push(quote! { #[doc = #doc] pub #field: Valid<#ty>, });
    }
    if let Some(body) = &op.body {
        let ty = body_type(api, models, body.content.as_slice());
        let ty = if body.required { ty } else { quote! { Option<#ty> } };
        let doc = first_line(body.description.as_deref()).map_or_else(|| " The body.".to_owned(), |d| format!(" {d}"));
        fields.push(quote! { #[doc = #doc] pub body: #ty, });
    }
    let doc = format!(" What `{}` receives: every part of the request, read and checked.", names.method);
    Ok(quote! {
        #[doc = #doc]
        #[derive(Debug)]
        pub struct #request {
            #( #fields )*
        }
    })
}

/// The type a request body is read as.
fn body_type(api: &Api, models: &ModelEmitter<'_>, content: &[Content]) -> TokenStream {
    match BodyRead::of(content) {
        BodyRead::Json(shape) => {
            let ty = models.nullable_type(shape);
            if validatable(api, shape) { quote! { Valid<#ty> } } else { ty }
        }
        BodyRead::Form(shape) | BodyRead::Multipart(shape) => {
            let ty = models.nullable_type(shape);
            quote! { Valid<#ty> }
        }
        BodyRead::Bytes => quote! { oapi_axum_runtime::axum::body::Bytes },
    }
}

/// A response enum variant's name for a status.
fn variant_name(status: Status) -> Ident {
    let name = match status {
        Status::Code(code) => match code {
            200 => "Ok".to_owned(),
            201 => "Created".to_owned(),
            202 => "Accepted".to_owned(),
            204 => "NoContent".to_owned(),
            301 => "MovedPermanently".to_owned(),
            302 => "Found".to_owned(),
            304 => "NotModified".to_owned(),
            400 => "BadRequest".to_owned(),
            401 => "Unauthorized".to_owned(),
            403 => "Forbidden".to_owned(),
            404 => "NotFound".to_owned(),
            405 => "MethodNotAllowed".to_owned(),
            409 => "Conflict".to_owned(),
            410 => "Gone".to_owned(),
            413 => "PayloadTooLarge".to_owned(),
            415 => "UnsupportedMediaType".to_owned(),
            422 => "UnprocessableEntity".to_owned(),
            429 => "TooManyRequests".to_owned(),
            500 => "InternalServerError".to_owned(),
            501 => "NotImplemented".to_owned(),
            502 => "BadGateway".to_owned(),
            503 => "ServiceUnavailable".to_owned(),
            other => format!("Status{other}"),
        },
        Status::Range(digit) => format!("Status{digit}xx"),
        Status::Default => "Default".to_owned(),
    };
    Ident::new(&name, Span::call_site())
}

fn response_enum(models: &ModelEmitter<'_>, op: &Operation, names: &OperationNames) -> TokenStream {
    let response = &names.response;
    let mut variants = Vec::new();
    let mut arms = Vec::new();
    let mut header_structs = Vec::new();
    for r in &op.responses {
        let name = variant_name(r.status);
        let summary = first_line(Some(&r.description)).unwrap_or("");
        let doc = match r.status {
            Status::Code(code) => format!(" {code}: {summary}"),
            Status::Range(digit) => format!(" {digit}XX (the status is given): {summary}"),
            Status::Default => format!(" Any other status (given): {summary}"),
        };
        let status_param = !matches!(r.status, Status::Code(_));
        let status = match r.status {
            Status::Code(code) => {
                let code = Literal::u16_unsuffixed(code);
                quote! { #code }
            }
            _ => quote! { status },
        };
        let body = main_content(&r.content);
        let (payload, write) = match body {
            None => (None, quote! { server::empty(#status) }),
            Some(Content { media_type, payload: Payload::Json, shape: Some(shape), .. }) => {
                let ty = models.nullable_type(shape);
                // A large body is boxed, so that every response is not as
                // large as the largest.
                let ty = if models.is_large(shape) { quote! { Box<#ty> } } else { ty };
                // A schema under `*/*` or `application/*` is sent as JSON.
                let essence = Payload::essence(media_type);
                let write = if essence == "application/json" || Payload::is_json_range(&essence) {
                    quote! { server::json(#status, &body) }
                } else {
                    quote! { server::json_as(#status, #essence, &body) }
                };
                (Some(ty), write)
            }
            Some(content) => {
                let media_type = content.media_type.clone();
                (Some(quote! { oapi_axum_runtime::axum::body::Bytes }), quote! { server::with_type(#status, #media_type, body) })
            }
        };
        // Declared headers travel in a struct of their own, after the body.
        let headers = (!r.headers.is_empty()).then(|| {
            let ident = format_ident!("{}{}Headers", response.to_string().trim_end_matches("Response"), name);
            let fields = r.headers.iter().map(|h| {
                let field = super::models::value_ident(&h.name);
                let ty = models.nullable_type(&h.shape);
                let ty = if h.required { ty } else { quote! { Option<#ty> } };
                let doc = format!(" `{}`{}", h.name, first_line(h.description.as_deref()).map(|d| format!(": {d}")).unwrap_or_default());
                quote! { #[doc = #doc] pub #field: #ty, }
            });
            let sets = r.headers.iter().map(|h| {
                let field = super::models::value_ident(&h.name);
                let wire = h.name.raw();
                if h.required {
                    quote! { server::set_header(&mut response, #wire, &headers.#field); }
                } else {
                    quote! { if let Some(value) = &headers.#field { server::set_header(&mut response, #wire, value); } }
                }
            });
            let doc = format!(" The headers of `{}::{}`.", response, name);
            header_structs.push(quote! {
                #[doc = #doc]
                #[derive(Debug, Clone)]
                pub struct #ident {
                    #( #fields )*
                }
            });
            (ident, quote! { #( #sets )* })
        });
        let mut types: Vec<TokenStream> = Vec::new();
        let mut bindings: Vec<TokenStream> = Vec::new();
        if status_param {
            types.push(quote! { u16 });
            bindings.push(quote! { status });
        }
        if let Some(ty) = &payload {
            types.push(ty.clone());
            bindings.push(quote! { body });
        }
        let write = match &headers {
            Some((ident, sets)) => {
                types.push(quote! { #ident });
                bindings.push(quote! { headers });
                quote! {{
                    let mut response = #write;
                    #sets
                    response
                }}
            }
            None => write,
        };
        let (variant, pattern) = if types.is_empty() {
            (quote! { #name }, quote! { Self::#name })
        } else {
            (quote! { #name( #( #types ),* ) }, quote! { Self::#name( #( #bindings ),* ) })
        };
        variants.push(quote! { #[doc = #doc] #variant, });
        arms.push(quote! { #pattern => #write, });
    }
    let doc = format!(" What `{}` answers: one variant per response the API description declares.", names.method);
    if variants.is_empty() {
        return quote! {
            #[doc = #doc]
            #[derive(Debug)]
            pub enum #response {}

            impl IntoResponse for #response {
                fn into_response(self) -> Response {
                    match self {}
                }
            }
        };
    }
    quote! {
        #[doc = #doc]
        #[derive(Debug)]
        pub enum #response {
            #( #variants )*
        }

        #( #header_structs )*

        impl IntoResponse for #response {
            fn into_response(self) -> Response {
                match self {
                    #( #arms )*
                }
            }
        }
    }
}

fn method(op: &Operation, names: &OperationNames, auth: Auth, secured: bool) -> TokenStream {
    let (method, request, response) = (&names.method, &names.request, &names.response);
    let mut lines = Vec::new();
    let head = match op.summary.as_deref() {
        Some(summary) => format!("`{} {}`: {}", op.method.as_str(), op.path, summary.trim()),
        None => format!("`{} {}`.", op.method.as_str(), op.path),
    };
    lines.push(format!(" {head}"));
    if let Some(description) = op.description.as_deref() {
        let description = docs::lines(description);
        if !description.is_empty() {
            lines.push(String::new());
            lines.extend(description);
        }
    }
    if op.deprecated {
        lines.push(String::new());
        lines.push(" Deprecated by the API description.".to_owned());
    }
    let doc = docs::outer(&lines);
    let principal = match (auth, secured) {
        (Auth::Required, true) => quote! { principal: Self::Principal, },
        (Auth::Optional, true) => quote! { principal: Option<Self::Principal>, },
        _ => quote! {},
    };
    quote! {
        #doc
        fn #method(
            &self,
            #principal
            request: #request,
        ) -> impl Future<Output = Result<#response, Self::Error>> + Send;
    }
}

/// The 501 method of `Unimplemented`.
fn stub(names: &OperationNames, auth: Auth, secured: bool) -> TokenStream {
    let (method, request, response) = (&names.method, &names.request, &names.response);
    let principal = match (auth, secured) {
        (Auth::Required, true) => quote! { _: Credentials, },
        (Auth::Optional, true) => quote! { _: Option<Credentials>, },
        _ => quote! {},
    };
    quote! {
        async fn #method(&self, #principal _: #request) -> Result<#response, Self::Error> {
            Err(server::NotImplemented)
        }
    }
}

/// The field of [`Credentials`] for a scheme, and how it is found.
fn scheme_field(api: &Api, index: usize) -> Ident {
    super::models::value_ident(&api.security_schemes[index].name)
}

fn credentials_struct(api: &Api) -> TokenStream {
    let fields = api.security_schemes.iter().enumerate().map(|(i, scheme)| {
        let field = scheme_field(api, i);
        let (doc, ty) = match &scheme.kind {
            SecuritySchemeKind::ApiKey { location, name } => {
                let place = match location {
                    ParameterLocation::Header => "header",
                    ParameterLocation::Query => "query parameter",
                    ParameterLocation::Cookie => "cookie",
                    ParameterLocation::Path => "path parameter",
                };
                (format!(" `{}`: the API key in the {place} `{name}`.", scheme.name), quote! { Option<String> })
            }
            SecuritySchemeKind::Bearer { .. } | SecuritySchemeKind::OAuth2 { .. } | SecuritySchemeKind::OpenIdConnect { .. } => {
                (format!(" `{}`: the token of `Authorization: Bearer`.", scheme.name), quote! { Option<String> })
            }
            SecuritySchemeKind::Basic => {
                (format!(" `{}`: the user and password of `Authorization: Basic`.", scheme.name), quote! { Option<(String, String)> })
            }
        };
        quote! { #[doc = #doc] pub #field: #ty, }
    });
    let reads = api.security_schemes.iter().enumerate().map(|(i, scheme)| {
        let field = scheme_field(api, i);
        let read = match &scheme.kind {
            SecuritySchemeKind::ApiKey { location: ParameterLocation::Query, name } => quote! { presented.query(#name) },
            SecuritySchemeKind::ApiKey { location: ParameterLocation::Cookie, name } => quote! { presented.cookie(#name) },
            SecuritySchemeKind::ApiKey { name, .. } => quote! { presented.header(#name) },
            SecuritySchemeKind::Basic => quote! { presented.basic() },
            _ => quote! { presented.bearer() },
        };
        quote! { #field: #read, }
    });
    quote! {
        /// The credentials a request presents, one field per security scheme of
        /// the API description.
        #[derive(Debug, Clone, Default)]
        pub struct Credentials {
            #( #fields )*
        }

        impl Credentials {
            fn presented(presented: &Presented<'_>) -> Self {
                Self { #( #reads )* }
            }
        }
    }
}

fn handler(
    api: &Api,
    models: &ModelEmitter<'_>,
    op: &Operation,
    names: &OperationNames,
    auth: Auth,
    path_names: &[String],
) -> Result<TokenStream, Error> {
    let (handler, method, request) = (&names.handler, &names.method, &names.request);
    let secured = !api.security_schemes.is_empty();
    let mut steps = Vec::new();
    let mut fields = Vec::new();
    let needs_query = op.parameter_types.iter().any(|(l, _)| *l == ParameterLocation::Query)
        || (secured && auth != Auth::Anonymous);
    let needs_cookies = op.parameter_types.iter().any(|(l, _)| *l == ParameterLocation::Cookie)
        || (secured && auth != Auth::Anonymous);
    if needs_query {
        steps.push(quote! { let query = Sent::query(parts.uri.query()); });
    }
    if needs_cookies {
        steps.push(quote! { let cookies = server::cookie_values(&parts.headers); });
    }

    // Security first: an unauthenticated request learns nothing more.
    let principal_arg = if secured && auth != Auth::Anonymous {
        let alternatives: Vec<TokenStream> = op
            .security
            .iter()
            .filter(|r| !r.schemes.is_empty())
            .map(|r| {
                let all: Vec<TokenStream> = r
                    .schemes
                    .iter()
                    .map(|(i, _)| {
                        let field = scheme_field(api, *i);
                        quote! { credentials.#field.is_some() }
                    })
                    .collect();
                all
            })
            .map(|all| if all.len() == 1 { all[0].clone() } else { quote! { ( #( #all )&&* ) } })
            .collect();
        let scopes: BTreeSet<&String> = op.security.iter().flat_map(|r| r.schemes.iter().flat_map(|(_, s)| s)).collect();
        let scopes = scopes.into_iter();
        let challenges: BTreeSet<&str> = op
            .security
            .iter()
            .flat_map(|r| &r.schemes)
            .filter_map(|(i, _)| match api.security_schemes[*i].kind {
                SecuritySchemeKind::Basic => Some("Basic"),
                SecuritySchemeKind::Bearer { .. } | SecuritySchemeKind::OAuth2 { .. } | SecuritySchemeKind::OpenIdConnect { .. } => Some("Bearer"),
                SecuritySchemeKind::ApiKey { .. } => None,
            })
            .collect();
        let challenges = challenges.into_iter();
        let helper = if auth == Auth::Required { quote! { authenticated } } else { quote! { maybe_authenticated } };
        steps.push(quote! {
            let principal = match #helper(
                &served.api,
                &Presented::new(&parts.headers, &query, &cookies),
                |credentials| #( #alternatives )||*,
                &[ #( #scopes ),* ],
                &[ #( #challenges ),* ],
            )
            .await
            {
                Ok(principal) => principal,
                Err(refusal) => return refusal,
            };
        });
        quote! { principal, }
    } else {
        quote! {}
    };

    // Bytes bodies are only read; parameters and typed bodies are checked.
    let typed_body = op.body.as_ref().is_some_and(|b| !matches!(BodyRead::of(&b.content), BodyRead::Bytes));
    let checked = !op.parameter_types.is_empty() || typed_body;
    if checked {
        // A request that does not read is 400 and one that breaks a
        // constraint 422, unless the operation declares only one of them:
        // then both are answered with the one it declares.
        let declares = |code| op.responses.iter().any(|r| r.status == Status::Code(code));
        let checks = match (declares(400), declares(422)) {
            (true, false) => quote! { Checks::answering(400, 400) },
            (false, true) => quote! { Checks::answering(422, 422) },
            _ => quote! { Checks::default() },
        };
        steps.push(quote! { let mut checks = #checks; });
    }
    let mut unwrap = Vec::new();
    for (location, id) in &op.parameter_types {
        let (field, root) = location_field(*location);
        let field = format_ident!("{}", field);
        let ty = models.model(&api.get(*id).name);
        let styles: Vec<TokenStream> = op
            .parameters
            .iter()
            .filter(|p| p.location == *location && matches!(p.shape.kind, ShapeKind::Array(_)))
            .map(|p| {
                let name = p.name.raw();
                let style = match (p.style, p.explode, location) {
                    (ParameterStyle::SpaceDelimited, _, _) => quote! { ArrayStyle::Space },
                    (ParameterStyle::PipeDelimited, _, _) => quote! { ArrayStyle::Pipe },
                    (ParameterStyle::Form, true, ParameterLocation::Query | ParameterLocation::Cookie) => {
                        quote! { ArrayStyle::Repeated }
                    }
                    _ => quote! { ArrayStyle::Comma },
                };
                quote! { (#name, #style) }
            })
            .collect();
        let sent = match location {
            ParameterLocation::Path => {
                let names = path_names.iter();
                quote! { &server::path_values(&mut parts, &served, &[ #( #names ),* ]).await }
            }
            ParameterLocation::Query => quote! { &query },
            ParameterLocation::Header => {
                let names = op.parameters.iter().filter(|p| p.location == ParameterLocation::Header).map(|p| p.name.raw());
                quote! { &server::header_values(&parts.headers, &[ #( #names ),* ]) }
            }
            ParameterLocation::Cookie => quote! { &cookies },
        };
        steps.push(quote! {
            let #field = checks.parameters::<#ty>(#sent, &[ #( #styles ),* ], #root);
        });
        unwrap.push(field.clone());
        fields.push(field);
    }
    if let Some(body) = &op.body {
        let required = body.required;
        let read = match BodyRead::of(&body.content) {
            BodyRead::Json(shape) => {
                let ty = models.nullable_type(shape);
                if validatable(api, shape) {
                    quote! { checks.json_body::<#ty>(&parts.headers, body, served.body_limit, #required).await }
                } else {
                    quote! { checks.json_body_unchecked::<#ty>(&parts.headers, body, served.body_limit, #required).await }
                }
            }
            BodyRead::Form(shape) => {
                let ty = models.nullable_type(shape);
                let styles = form_styles(api, shape);
                quote! { checks.form_body::<#ty>(&parts.headers, body, served.body_limit, #required, &[ #( #styles ),* ]).await }
            }
            BodyRead::Multipart(shape) => {
                let ty = models.nullable_type(shape);
                quote! { checks.multipart_body::<#ty>(&parts.headers, body, served.body_limit, #required).await }
            }
            BodyRead::Bytes => quote! { Checks::bytes_body(body, served.body_limit).await.map(Some) },
        };
        steps.push(quote! {
            let body = match #read {
                Ok(body) => body,
                Err(rejection) => return served.api.reject(rejection),
            };
        });
        if required {
            unwrap.push(format_ident!("body"));
        }
        fields.push(format_ident!("body"));
    }
    if checked {
        steps.push(quote! {
            if let Err(rejection) = checks.finish() {
                return served.api.reject(rejection);
            }
        });
    }
    if !unwrap.is_empty() {
        // Every part read and checked: each is there.
        let somes: Vec<TokenStream> = unwrap.iter().map(|f| quote! { Some(#f) }).collect();
        let (pattern, value) = match (somes.as_slice(), unwrap.as_slice()) {
            ([one], [value]) => (one.clone(), quote! { #value }),
            _ => (quote! { ( #( #somes ),* ) }, quote! { ( #( #unwrap ),* ) }),
        };
        steps.push(quote! {
            let #pattern = #value else {
                return server::internal_error();
            };
        });
    }
    let uses_parts = needs_query || needs_cookies || !op.parameter_types.is_empty() || typed_body;
    let mut_parts = op.parameter_types.iter().any(|(l, _)| *l == ParameterLocation::Path).then(|| quote! { mut });
    let (request_arg, split) = match (uses_parts, op.body.is_some()) {
        (true, true) => (quote! { request }, quote! { let (#mut_parts parts, body) = request.into_parts(); }),
        (true, false) => (quote! { request }, quote! { let (#mut_parts parts, _) = request.into_parts(); }),
        (false, true) => (quote! { request }, quote! { let body = request.into_body(); }),
        (false, false) => (quote! { _request }, quote! {}),
    };
    let served_ty = quote! { State<Arc<Served<A>>> };
    Ok(quote! {
        async fn #handler<A: Api>(State(served): #served_ty, #request_arg: Request) -> Response {
            #split
            #( #steps )*
            let request = #request { #( #fields ),* };
            // The declared response, or the implementation's error as the
            // response it makes.
            served.api.#method(#principal_arg request).await.into_response()
        }
    })
}

/// How the array fields of a form body are sent: repeated keys, as forms do.
fn form_styles(api: &Api, shape: &Shape) -> Vec<TokenStream> {
    let ShapeKind::Named(id) = shape.kind else { return Vec::new() };
    let TypeKind::Struct(s) = &api.get(id).kind else { return Vec::new() };
    s.fields
        .iter()
        .filter(|f| matches!(f.shape.kind, ShapeKind::Array(_)))
        .map(|f| {
            let name = f.name.raw();
            quote! { (#name, ArrayStyle::Repeated) }
        })
        .collect()
}

/// The first line of a text that has words, trimmed.
fn first_line(text: Option<&str>) -> Option<&str> {
    text?.lines().map(str::trim).find(|line| !line.is_empty())
}

/// Whether the document declares FastAPI's validation error for its
/// requests (a 422 response of a schema named `HTTPValidationError`).
fn declares_fastapi_errors(api: &Api) -> bool {
    api.operations.iter().flat_map(|op| &op.responses).any(|r| {
        r.status == Status::Code(422)
            && r.content.iter().filter_map(|c| c.shape.as_ref()).any(|s| {
                matches!(s.kind, ShapeKind::Named(id) if api.get(id).name.key() == "http_validation_error")
            })
    })
}
