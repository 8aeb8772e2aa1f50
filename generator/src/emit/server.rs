//! The `server` module of a generated crate: the `Api` trait with one
//! method per operation, a module per operation (its `OPERATION`
//! description, `Request` struct and `Response` enum), and `routes`, which
//! hands every operation to the runtime's one request pipeline.

use std::collections::{BTreeSet, HashSet};

use heck::ToShoutySnakeCase;
use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{format_ident, quote};

use super::Dependency;
use super::docs;
use super::imports::Imports;
use super::models::{ModelEmitter, value_ident};
use crate::ir::{
    Api, Content, Operation, ParameterLocation, ParameterStyle, Payload, RefusalCode, RefusalShape, Refusals, SecuritySchemeKind, Shape,
    ShapeKind, Status, TypeKind,
};

/// The `server` module's text, and the crates it names.
pub fn module(api: &Api, file: &std::path::Path) -> Result<(String, BTreeSet<Dependency>), crate::error::Error> {
    let secured = !api.security_schemes.is_empty();
    let fastapi = api.refusals.statuses.iter().any(|(_, shape)| matches!(shape, RefusalShape::FastApi { .. }));
    let modules: Vec<Ident> = api.operations.iter().map(|op| value_ident(&op.name)).collect();
    let scheme_statics: Vec<Ident> = api.security_schemes.iter().map(|s| scheme_static(&s.name)).collect();
    // The file's own names: an import of one of them would clash.
    let local: HashSet<String> = ["Api", "Credentials", "Unimplemented", "Served", "OPERATIONS", "REFUSALS"]
        .iter()
        .map(|s| (*s).to_owned())
        .chain(modules.iter().map(ToString::to_string))
        .chain(scheme_statics.iter().map(ToString::to_string))
        .collect();
    // The document's `security`, named once when operations inherit it
    // (Stripe's 468 operations each would spell it out).
    let shared_security = secured
        && !api.security.is_empty()
        && !local.contains(DEFAULT_SECURITY)
        && api.operations.iter().any(|op| op.security == api.security);
    let imports = Imports::new(local);
    // Named where it is used: an API without operations or security has none.
    let answer = || imports.name("oapi_axum_runtime::Answer");

    let mut crates: BTreeSet<Dependency> = BTreeSet::new();
    let mut methods = Vec::new();
    let mut stubs = Vec::new();
    let mut routes = Vec::new();
    // Each operation's module is printed as it is made.
    let mut operation_modules = super::Printer::new(file);
    for (op, module) in api.operations.iter().zip(&modules) {
        let auth = Auth::of(op, secured);
        methods.push(method(op, module, auth, &answer()));
        stubs.push((module.clone(), auth));
        routes.push(route(module, auth, &imports));
        let (tokens, used) = operation_module(api, op, module, fastapi, shared_security);
        operation_modules.item(tokens)?;
        crates.extend(used);
    }

    let into_response = imports.name("oapi_axum_runtime::axum::response::IntoResponse");
    let http_response = imports.name("oapi_axum_runtime::axum::response::Response");
    let rejection = imports.name("oapi_axum_runtime::Rejection");
    let shaped = api.refusals != Refusals::default();
    let reject = reject_method(api, shaped, &imports);
    let refusals = shaped.then(|| refusals_static(api, &imports));
    let associated = associated_items(secured, &imports, &into_response);
    let title = format!(" What an implementation of {} provides: one method per operation.", api.title);

    let service = imports.name("oapi_axum_runtime::support::Service");
    let served = served_items(api, secured, &imports);
    let credentials = secured.then(|| credentials_struct(api));
    let schemes = schemes(api, &scheme_statics, &imports);
    let default_security = shared_security.then(|| default_security_static(api, &imports));
    let unimplemented = unimplemented(secured, &stubs, &imports);
    let operation = imports.name("oapi_axum_runtime::Operation");
    let routes_type = imports.name("oapi_axum_runtime::Routes");
    let router = imports.name("oapi_axum_runtime::axum::Router");
    // One statement an operation: rustc's time and stack grow with the
    // length of a chain of calls.
    let routes_body = if routes.is_empty() {
        quote! { #routes_type::new(Served(api)) }
    } else {
        quote! {
            let mut routes = #routes_type::new(Served(api));
            #( #routes )*
            routes
        }
    };
    let mut printer = super::Printer::new(file);
    printer.item(quote! {
        #[doc = #title]
        pub trait Api: Send + Sync + 'static {
            #associated
            #reject
            #( #methods )*
        }

        /// Every operation, in the order of the API description.
        pub static OPERATIONS: &[&#operation] = &[ #( &#modules::OPERATION ),* ];

        #refusals

        #schemes
        #default_security
        #credentials

        /// Every operation served by `api`: set the body limit and layers on
        /// some operations, then make the axum router with `.router()` (or
        /// `.routes()`, to merge it with other routers).
        pub fn routes<A: Api>(api: A) -> #routes_type<impl #service> {
            #routes_body
        }

        /// Serves every operation with `api`: `routes(api).router()`. Bodies
        /// over 2 MiB are 413, paths the API does not have 404, methods a
        /// path does not take 405 (with `Allow`), each answered by
        /// [`Api::reject`].
        pub fn router<A: Api>(api: A) -> #router {
            routes(api).router()
        }

        /// An implementation, as the router reaches it.
        struct Served<A>(A);

        impl<A: Api> #service for Served<A> {
            #served

            fn reject(&self, rejection: #rejection, operation: Option<&'static #operation>) -> #http_response {
                self.0.reject(rejection, operation)
            }
        }

        #unimplemented
    })?;
    printer.append(operation_modules);
    let uses = imports.items();
    let text = printer.finish(quote! {
        //! The server: the [`Api`] trait an implementation provides, a module
        //! per operation with its request and response types and its
        //! description, and [`routes`], which reads, authenticates and checks
        //! every request before a method sees it.
        #![allow(
            clippy::large_enum_variant,
            reason = "a request body is read once and a response written once: a body in a `Box` would only cost the implementor a `Box::new` or a deref"
        )]

        #( #uses )*
    })?;
    crates.extend(imports.crates());
    crates.insert(Dependency::Runtime);
    Ok((text, crates))
}

/// `Api::reject`: problem+json, or the shapes the document declares.
fn reject_method(api: &Api, shaped: bool, imports: &Imports) -> TokenStream {
    let http_response = imports.name("oapi_axum_runtime::axum::response::Response");
    let rejection = imports.name("oapi_axum_runtime::Rejection");
    let operation = imports.name("oapi_axum_runtime::Operation");
    let response_module = imports.name("oapi_axum_runtime::response");
    if shaped {
        let mut doc: Vec<String> = [
            " How a request refused before its method runs is answered (`operation` is",
            " the one it was for; `None` when no operation takes its path and method):",
            " in the shapes the API description declares ([`REFUSALS`]), with every",
            " violation and its pointer where the shape has room:",
            "",
        ]
        .map(str::to_owned)
        .to_vec();
        for (statuses, shape) in grouped(api.refusals.statuses.iter().map(|(status, shape)| (*status, shape))) {
            let statuses: Vec<String> = statuses.iter().map(ToString::to_string).collect();
            doc.push(format!(" - {}: {};", statuses.join(", "), shape.describe()));
        }
        let rest = if api.refusals.statuses.is_empty() { "every status" } else { "any other" };
        doc.push(format!(" - {rest}: {}.", api.refusals.otherwise.describe()));
        doc.push(String::new());
        doc.push(" An operation that declares another shape has it in its `OPERATION`.".to_owned());
        quote! {
            #( #[doc = #doc] )*
            fn reject(&self, rejection: #rejection, operation: Option<&'static #operation>) -> #http_response {
                #response_module::refusal(&rejection, operation, &REFUSALS)
            }
        }
    } else {
        quote! {
            /// How a request refused before its method runs is answered (`operation` is
            /// the one it was for; `None` when no operation takes its path and method):
            /// RFC 9457 `application/problem+json`, with every violation and its pointer.
            fn reject(&self, rejection: #rejection, _operation: Option<&'static #operation>) -> #http_response {
                #response_module::problem_response(&rejection)
            }
        }
    }
}

/// `REFUSALS`: the shapes the API's refusals are written in.
fn refusals_static(api: &Api, imports: &Imports) -> TokenStream {
    let shapes_type = imports.name("oapi_axum_runtime::RefusalShapes");
    let shape_type = imports.name("oapi_axum_runtime::RefusalShape");
    let code_type = || imports.name("oapi_axum_runtime::RefusalCode");
    let statuses = shapes_by_status(api.refusals.statuses.iter().map(|(status, shape)| (*status, shape)), &shape_type, &code_type);
    let otherwise = refusal_shape(&api.refusals.otherwise, &shape_type, &code_type);
    quote! {
        /// The shapes refusals are written in: by status, what most operations
        /// declare for it; and for any other status.
        pub static REFUSALS: #shapes_type = #shapes_type {
            statuses: &[ #( #statuses ),* ],
            otherwise: #otherwise,
        };
    }
}

/// Each shape of `shapes` with its statuses, in the order of their first
/// status.
fn grouped<'a>(shapes: impl IntoIterator<Item = (u16, &'a RefusalShape)>) -> Vec<(Vec<u16>, &'a RefusalShape)> {
    let mut groups: Vec<(Vec<u16>, &RefusalShape)> = Vec::new();
    for (status, shape) in shapes {
        match groups.iter_mut().find(|(_, s)| *s == shape) {
            Some((statuses, _)) => statuses.push(status),
            None => groups.push((vec![status], shape)),
        }
    }
    groups
}

/// `(&[400, 401], RefusalShape::...)` items: each shape with its statuses.
fn shapes_by_status<'a>(
    shapes: impl IntoIterator<Item = (u16, &'a RefusalShape)>,
    shape_type: &TokenStream,
    code_type: &dyn Fn() -> TokenStream,
) -> Vec<TokenStream> {
    grouped(shapes)
        .into_iter()
        .map(|(statuses, shape)| {
            let statuses = statuses.into_iter().map(proc_macro2::Literal::u16_unsuffixed);
            let shape = refusal_shape(shape, shape_type, code_type);
            quote! { (&[ #( #statuses ),* ], #shape) }
        })
        .collect()
}

/// A `RefusalShape` value (`code_type` names `RefusalCode` where it is
/// needed).
fn refusal_shape(shape: &RefusalShape, shape_type: &TokenStream, code_type: &dyn Fn() -> TokenStream) -> TokenStream {
    match shape {
        RefusalShape::Problem { media_type } if media_type == "application/problem+json" => quote! { #shape_type::PROBLEM },
        RefusalShape::Problem { media_type } => quote! { #shape_type::Problem { media_type: #media_type } },
        RefusalShape::FastApi { media_type, text_indices } => {
            quote! { #shape_type::FastApi { media_type: #media_type, text_indices: #text_indices } }
        }
        RefusalShape::Object { message, code, request_id, media_type, violations } => {
            let code = match code {
                Some(RefusalCode { member, numeric }) => {
                    let code_type = code_type();
                    let variant = if *numeric {
                        quote! { Number }
                    } else {
                        quote! { Name }
                    };
                    quote! { Some(#code_type::#variant(#member)) }
                }
                None => quote! { None },
            };
            let request_id = match request_id {
                Some(member) => quote! { Some(#member) },
                None => quote! { None },
            };
            quote! {
                #shape_type::Object { message: #message, code: #code, request_id: #request_id, media_type: #media_type, violations: #violations }
            }
        }
        RefusalShape::JsonString { media_type } => quote! { #shape_type::JsonString { media_type: #media_type } },
        RefusalShape::Text { media_type } => quote! { #shape_type::Text { media_type: #media_type } },
    }
}

/// The associated items of `Api`: `Principal` and `authenticate` when the
/// document has security schemes, and `Error`.
fn associated_items(secured: bool, imports: &Imports, into_response: &TokenStream) -> TokenStream {
    let auth_error = imports.name("oapi_axum_runtime::AuthError");
    let incoming = imports.name("oapi_axum_runtime::Incoming");
    if secured {
        let answer = imports.name("oapi_axum_runtime::Answer");
        quote! {
            /// Who a request comes from, as [`Api::authenticate`] proves it.
            type Principal: Send + 'static;
            /// Errors the API description does not describe; `?` in a method
            /// turns them into the response they make.
            type Error: #into_response + Send;

            /// Proves who presented `credentials`, for a request whose
            /// credentials meet one of its operation's security requirements.
            /// `request` has the operation (its id, path and scopes, for
            /// authorization by operation) and the request's parts (a tenant
            /// header, say). An error refuses the request: 401 or 403.
            fn authenticate(
                &self,
                credentials: Credentials,
                request: &#incoming<'_>,
            ) -> impl #answer<Self::Principal, #auth_error>;
        }
    } else {
        quote! {
            /// Errors the API description does not describe; `?` in a method
            /// turns them into the response they make.
            type Error: #into_response + Send;
        }
    }
}

/// What `Served` implements of the runtime's `Service` beside `reject`:
/// where each scheme's credentials are read from, and `authenticate`.
fn served_items(api: &Api, secured: bool, imports: &Imports) -> TokenStream {
    let answer = || imports.name("oapi_axum_runtime::Answer");
    let auth_error = imports.name("oapi_axum_runtime::AuthError");
    let incoming = imports.name("oapi_axum_runtime::Incoming");
    let presented = imports.name("oapi_axum_runtime::support::Presented");
    if secured {
        let answer = answer();
        let reads = api.security_schemes.iter().map(|scheme| {
            let field = value_ident(&scheme.name);
            let read = match &scheme.kind {
                SecuritySchemeKind::ApiKey { location: ParameterLocation::Query, name } => {
                    quote! { presented.query(#name) }
                }
                SecuritySchemeKind::ApiKey { location: ParameterLocation::Cookie, name } => {
                    quote! { presented.cookie(#name) }
                }
                SecuritySchemeKind::ApiKey { name, .. } => quote! { presented.header(#name) },
                SecuritySchemeKind::Http { .. } => quote! { presented.header("Authorization") },
                SecuritySchemeKind::Basic => quote! { presented.basic() },
                _ => quote! { presented.bearer() },
            };
            quote! { #field: #read, }
        });
        quote! {
            type Principal = A::Principal;
            type Credentials = Credentials;

            fn credentials(presented: &#presented<'_>) -> Credentials {
                Credentials { #( #reads )* }
            }

            fn authenticate(
                &self,
                credentials: Credentials,
                incoming: &#incoming<'_>,
            ) -> impl #answer<A::Principal, #auth_error> {
                self.0.authenticate(credentials, incoming)
            }
        }
    } else {
        quote! {
            type Principal = ();
            type Credentials = ();

            fn credentials(_: &#presented<'_>) {}

            async fn authenticate(&self, (): (), _: &#incoming<'_>) -> Result<(), #auth_error> {
                Ok(())
            }
        }
    }
}

/// The document's own `security`, named once for the operations that
/// inherit it.
fn default_security_static(api: &Api, imports: &Imports) -> TokenStream {
    let requirement = imports.name("oapi_axum_runtime::Requirement");
    let alternatives = security_alternatives(api, &api.security, &requirement, &quote! {});
    let name = format_ident!("{DEFAULT_SECURITY}");
    quote! {
        /// The document's own `security`, which every operation that states
        /// none of its own requires: any one alternative, all of its schemes.
        pub static #name: &[&[#requirement]] = #alternatives;
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
    /// How the runtime's macros name it.
    fn kind(self) -> Ident {
        format_ident!(
            "{}",
            match self {
                Self::Anonymous => "anonymous",
                Self::Required => "authenticated",
                Self::Optional => "optionally_authenticated",
            }
        )
    }

    fn of(op: &Operation, secured: bool) -> Self {
        if !secured || op.security.is_empty() {
            Self::Anonymous
        } else if op.security.iter().any(|r| r.schemes.is_empty()) {
            Self::Optional
        } else {
            Self::Required
        }
    }
}

/// The trait method of an operation.
fn method(op: &Operation, module: &Ident, auth: Auth, answer: &TokenStream) -> TokenStream {
    let mut lines = vec![format!(" {}", headline(op))];
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
    let principal = match auth {
        Auth::Required => quote! { principal: Self::Principal, },
        Auth::Optional => quote! { principal: Option<Self::Principal>, },
        Auth::Anonymous => quote! {},
    };
    quote! {
        #doc
        fn #module(
            &self,
            #principal
            request: #module::Request,
        ) -> impl #answer<#module::Response, Self::Error>;
    }
}

/// `` `GET /orgs/{id}`: Get an organization `` (and its `operationId` where
/// the method is not named after it).
fn headline(op: &Operation) -> String {
    let mut head = format!("`{} {}`", op.method.as_str(), op.path);
    if let Some(summary) = op.summary.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        head.push_str(&format!(": {summary}"));
    }
    if !op.id.raw().contains(' ') && op.id.key() != op.name.key() {
        head.push_str(&format!(" (`{}`)", op.id));
    }
    head
}

/// `Unimplemented`, and its `impl Api`: every method 501.
fn unimplemented(secured: bool, operations: &[(Ident, Auth)], imports: &Imports) -> TokenStream {
    let not_implemented = imports.name("oapi_axum_runtime::NotImplemented");
    let principal = secured.then(|| quote! { type Principal = Credentials; });
    let authenticate = secured.then(|| {
        let auth_error = imports.name("oapi_axum_runtime::AuthError");
        let incoming = imports.name("oapi_axum_runtime::Incoming");
        quote! {
            async fn authenticate(&self, credentials: Credentials, _: &#incoming<'_>) -> Result<Credentials, #auth_error> {
                Ok(credentials)
            }
        }
    });
    let methods = operations.iter().map(|(module, auth)| {
        let kind = auth.kind();
        let not_implemented = imports.name("oapi_axum_runtime::not_implemented");
        quote! { #not_implemented!(#kind(#module)); }
    });
    quote! {
        /// An implementation that answers every operation with 501 Not
        /// Implemented (accepting any credentials the operation requires): to
        /// build the router in tests, or to serve while methods are written.
        #[derive(Debug, Clone, Copy, Default)]
        pub struct Unimplemented;

        impl Api for Unimplemented {
            #principal
            type Error = #not_implemented;
            #authenticate
            #( #methods )*
        }
    }
}

/// The statement of `routes` that adds an operation.
fn route(module: &Ident, auth: Auth, imports: &Imports) -> TokenStream {
    let kind = auth.kind();
    let route = imports.name("oapi_axum_runtime::route");
    quote! { #route!(routes, #kind(#module)); }
}

/// The static holding the document's `security`, for the operations that
/// inherit it.
const DEFAULT_SECURITY: &str = "DEFAULT_SECURITY";

/// `&[&[Requirement::new(&BEARER)], ...]`: security alternatives, each
/// scheme named through `scope` (`super::` in an operation's module).
fn security_alternatives(
    api: &Api,
    alternatives: &[crate::ir::SecurityRequirement],
    requirement: &TokenStream,
    scope: &TokenStream,
) -> TokenStream {
    let alternatives = alternatives.iter().map(|alternative| {
        let each = alternative.schemes.iter().map(|(index, scopes)| {
            let scheme = scheme_static(&api.security_schemes[*index].name);
            if scopes.is_empty() {
                quote! { #requirement::new(&#scope #scheme) }
            } else {
                quote! { #requirement::scoped(&#scope #scheme, &[ #( #scopes ),* ]) }
            }
        });
        quote! { &[ #( #each ),* ] }
    });
    quote! { &[ #( #alternatives ),* ] }
}

/// The static of a security scheme: `API_KEY` for `ApiKey`.
fn scheme_static(name: &crate::ir::Name) -> Ident {
    format_ident!("{}", name.key().to_shouty_snake_case())
}

/// The security schemes, as the operations' descriptions refer to them.
fn schemes(api: &Api, statics: &[Ident], imports: &Imports) -> TokenStream {
    if api.security_schemes.is_empty() {
        return quote! {};
    }
    let scheme = imports.name("oapi_axum_runtime::SecurityScheme");
    let kind = imports.name("oapi_axum_runtime::SchemeKind");
    let items = api.security_schemes.iter().zip(statics).map(|(s, ident)| {
        let name = s.name.raw();
        let value = match &s.kind {
            SecuritySchemeKind::ApiKey { location: at, name } => {
                let location = imports.name("oapi_axum_runtime::Location");
                let at = location_variant(*at);
                quote! { #kind::ApiKey { location: #location::#at, name: #name } }
            }
            // The header as a key: what is in it is the method's to read.
            SecuritySchemeKind::Http { .. } => {
                let location = imports.name("oapi_axum_runtime::Location");
                quote! { #kind::ApiKey { location: #location::Header, name: "Authorization" } }
            }
            SecuritySchemeKind::Basic => quote! { #kind::Basic },
            _ => quote! { #kind::Bearer },
        };
        let doc = format!(" The security scheme `{name}`.");
        quote! {
            #[doc = #doc]
            pub static #ident: #scheme = #scheme { name: #name, kind: #value };
        }
    });
    quote! { #( #items )* }
}

/// The constructor of a parameter of `location`: `Parameter::query`.
fn location_field(location: ParameterLocation) -> &'static str {
    match location {
        ParameterLocation::Path => "path",
        ParameterLocation::Query => "query",
        ParameterLocation::Header => "header",
        ParameterLocation::Cookie => "cookie",
    }
}

fn location_variant(location: ParameterLocation) -> Ident {
    format_ident!(
        "{}",
        match location {
            ParameterLocation::Path => "Path",
            ParameterLocation::Query => "Query",
            ParameterLocation::Header => "Header",
            ParameterLocation::Cookie => "Cookie",
        }
    )
}

fn credentials_struct(api: &Api) -> TokenStream {
    let fields = api.security_schemes.iter().map(|scheme| {
        let field = value_ident(&scheme.name);
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
            SecuritySchemeKind::Http { scheme: http } => (
                format!(
                    " `{}`: the whole `Authorization` header (`{http} ...`, an HTTP scheme the generator does not read: \
                     the implementation checks it).",
                    scheme.name
                ),
                quote! { Option<String> },
            ),
        };
        quote! { #[doc = #doc] pub #field: #ty, }
    });
    quote! {
        /// The credentials a request presents, one field per security scheme of
        /// the API description.
        #[derive(Debug, Clone, Default)]
        pub struct Credentials {
            #( #fields )*
        }
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

/// One way a body declared in media types read in different ways is read:
/// a variant of the operation's `Payload` enum.
struct PayloadVariant<'a> {
    /// `Json`, `Form`, `Multipart` or `Octets` (the runtime's `SentAs`).
    name: &'static str,
    /// The type read; `None` for the octets.
    shape: Option<&'a Shape>,
    /// The media types read this way.
    media_types: Vec<&'a str>,
}

/// The ways a body is read, in the document's order: one for JSON, forms
/// and multipart each (the first such media type's schema; another of the
/// same kind with another schema is kept as octets), one for every media
/// type kept as octets.
fn payload_variants(content: &[Content]) -> Vec<PayloadVariant<'_>> {
    let mut variants: Vec<PayloadVariant<'_>> = Vec::new();
    for c in content {
        let typed = match (c.payload, &c.shape) {
            (Payload::Json, Some(shape)) => Some(("Json", shape)),
            (Payload::Form, Some(shape)) => Some(("Form", shape)),
            (Payload::Multipart, Some(shape)) => Some(("Multipart", shape)),
            _ => None,
        };
        let (name, shape) = match typed {
            Some((name, shape)) => match variants.iter().find(|v| v.name == name) {
                Some(v) if v.shape != Some(shape) => ("Octets", None),
                _ => (name, Some(shape)),
            },
            None => ("Octets", None),
        };
        match variants.iter_mut().find(|v| v.name == name) {
            Some(v) => v.media_types.push(&c.media_type),
            None => variants.push(PayloadVariant { name, shape, media_types: vec![&c.media_type] }),
        }
    }
    variants
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

/// The names `oapi_axum_runtime::support::prelude` brings into each
/// operation's module.
const PRELUDE: &[&str] = &[
    "ArrayStyle",
    "Operation",
    "Parameter",
    "Refusals",
    "RequestBody",
    "Requirement",
    "response",
    "Events",
    "BodyStream",
    "MultipartStream",
    "Context",
    "set_header",
    "Valid",
    "Body",
    "Bytes",
    "Method",
    "StatusCode",
    "IntoResponse",
    "HttpResponse",
];

/// The module of one operation: its description, request and response.
fn operation_module(
    api: &Api,
    op: &Operation,
    module: &Ident,
    fastapi: bool,
    shared_security: bool,
) -> (TokenStream, BTreeSet<Dependency>) {
    let header_structs: Vec<Ident> =
        op.responses.iter().filter(|r| !r.headers.is_empty()).map(|r| format_ident!("{}Headers", variant_name(r.status))).collect();
    let local: HashSet<String> = ["Request", "Response", "Payload", "OPERATION"]
        .iter()
        .map(|s| (*s).to_owned())
        .chain(header_structs.iter().map(ToString::to_string))
        .collect();
    // The runtime's names come from its prelude for operation modules; the
    // types of models are named through `models`.
    let local: HashSet<String> = local.into_iter().chain(PRELUDE.iter().map(|name| (*name).to_owned())).collect();
    let models = ModelEmitter::through(api, quote! { models }, local);
    let description = description(api, op, fastapi, shared_security);
    let (request, read) = request(api, &models, op, module);
    let response = response(&models, op, module);
    // Relative, so that the modules work wherever they are put: at a
    // crate's root, or `include!`d into a module (see `Builder`).
    let models_import = models.names_models().then(|| quote! { use super::super::models; });
    let uses = models.imports.items();
    let doc = format!(" {}.", headline(op).trim_end_matches('.'));
    let tokens = quote! {
        #[doc = #doc]
        pub mod #module {
            use oapi_axum_runtime::support::prelude::*;
            #( #uses )*
            #models_import

            #description
            #request
            #read
            #response
        }
    };
    (tokens, models.imports.crates())
}

/// The fields of the runtime's `Operation` (an operation that sets all of
/// them takes nothing from `Operation::NEW`).
const OPERATION_FIELDS: usize = 9;

/// `pub static OPERATION: Operation = ...;`
fn description(api: &Api, op: &Operation, fastapi: bool, shared_security: bool) -> TokenStream {
    let verb = format_ident!("{}", op.method.as_str());
    let (id, path) = (op.id.raw(), op.path.as_str());
    let mut fields = vec![quote! { id: #id }, quote! { method: Method::#verb }, quote! { path: #path }];
    if !op.tags.is_empty() {
        let tags = &op.tags;
        fields.push(quote! { tags: &[ #( #tags ),* ] });
    }
    if op.deprecated {
        fields.push(quote! { deprecated: true });
    }
    if shared_security && op.security == api.security {
        let shared = format_ident!("{DEFAULT_SECURITY}");
        fields.push(quote! { security: super::#shared });
    } else if !op.security.is_empty() && !api.security_schemes.is_empty() {
        let alternatives = security_alternatives(api, &op.security, &quote! { Requirement }, &quote! { super:: });
        fields.push(quote! { security: #alternatives });
    }
    if !op.parameters.is_empty() {
        let parameters = op.parameters.iter().map(|p| {
            let name = p.name.raw();
            let at = format_ident!("{}", location_field(p.location));
            // An array, or a union that may be one (its variants are read
            // from the texts as the style says).
            let union = matches!(p.shape.kind, ShapeKind::Named(id)
                if matches!(&api.get(id).kind, TypeKind::Union(u) if u.variants.iter().any(|v| matches!(v.shape.kind, ShapeKind::Array(_)))));
            let array = (matches!(p.shape.kind, ShapeKind::Array(_)) || union).then(|| {
                let kind = match (p.style, p.explode, p.location) {
                    (ParameterStyle::SpaceDelimited, _, _) => quote! { Space },
                    (ParameterStyle::PipeDelimited, _, _) => quote! { Pipe },
                    (ParameterStyle::Form, true, ParameterLocation::Query | ParameterLocation::Cookie) => {
                        quote! { Repeated }
                    }
                    _ => quote! { Comma },
                };
                quote! { .array(ArrayStyle::#kind) }
            });
            let deep_object = (p.style == ParameterStyle::DeepObject).then(|| quote! { .deep_object() });
            quote! { Parameter::#at(#name) #array #deep_object }
        });
        fields.push(quote! { parameters: &[ #( #parameters ),* ] });
    }
    if let Some(body) = &op.body {
        let media_types = body.content.iter().map(|c| c.media_type.as_str());
        let constructor = if body.required {
            quote! { required }
        } else {
            quote! { optional }
        };
        let limit = body.limit.map(|bytes| {
            let bytes = proc_macro2::Literal::usize_unsuffixed(bytes);
            quote! { .limit(#bytes) }
        });
        fields.push(quote! { body: Some(RequestBody::#constructor(&[ #( #media_types ),* ]) #limit) });
    }
    // A request that does not read is 400 and one that breaks a constraint
    // 422, unless the operation declares only one of them (or FastAPI's
    // shape, which is always 422): then both get the one it declares.
    let declares = |code: u16| op.responses.iter().any(|r| r.status == Status::Code(code) || r.status == Status::Range((code / 100) as u8));
    let statuses = match (declares(400), declares(422)) {
        _ if fastapi => Some(quote! { Refusals::only(StatusCode::UNPROCESSABLE_ENTITY) }),
        (true, false) => Some(quote! { Refusals::only(StatusCode::BAD_REQUEST) }),
        (false, true) => Some(quote! { Refusals::only(StatusCode::UNPROCESSABLE_ENTITY) }),
        _ => None,
    };
    // The shapes it declares that differ from the API's.
    let shape_type = quote! { RefusalShape };
    let own =
        op.refusals.iter().filter(|(status, shape)| shape != api.refusal_shape_of_api(*status)).map(|(status, shape)| (*status, shape));
    let own = shapes_by_status(own, &shape_type, &|| quote! { RefusalCode });
    match (statuses, own.is_empty()) {
        (Some(statuses), true) => fields.push(quote! { refusals: #statuses }),
        (statuses, false) => {
            let statuses = statuses.unwrap_or_else(|| quote! { Refusals::DEFAULT });
            fields.push(quote! { refusals: #statuses.shaped(&[ #( #own ),* ]) });
        }
        (None, true) => {}
    }
    let doc = format!(" `{} {}`, as the router serves it.", op.method.as_str(), op.path);
    // The rest as `Operation::NEW` has them, unless nothing is left.
    let rest = (fields.len() < OPERATION_FIELDS).then(|| quote! { ..Operation::NEW });
    quote! {
        #[doc = #doc]
        pub static OPERATION: Operation = Operation { #( #fields, )* #rest };
    }
}

/// The request struct, and how it is read.
fn request(api: &Api, models: &ModelEmitter<'_>, op: &Operation, module: &Ident) -> (TokenStream, TokenStream) {
    let valid = || quote! { Valid };
    let mut fields = Vec::new();
    let mut reads = Vec::new();
    for (location, id) in &op.parameter_types {
        let (field, what) = match location {
            ParameterLocation::Path => ("path", "path parameters"),
            ParameterLocation::Query => ("query", "query parameters"),
            ParameterLocation::Header => ("headers", "header parameters"),
            ParameterLocation::Cookie => ("cookies", "cookies"),
        };
        let field = format_ident!("{}", field);
        let ty = models.model(&api.get(*id).name);
        let valid = valid();
        let doc = format!(" The {what}.");
        fields.push(quote! { #[doc = #doc] pub #field: #valid<#ty>, });
        reads.push(quote! { #field });
    }
    let mut payload = None;
    if let Some(body) = &op.body {
        let optional = !body.required;
        let multipart = body.content.iter().all(|c| matches!(c.payload, Payload::Multipart));
        let variants = payload_variants(&body.content);
        let (ty, read) = match BodyRead::of(&body.content) {
            // Declared in media types read in different ways: the variant
            // the `Content-Type` picks.
            _ if !body.streamed && variants.len() > 1 => {
                let (item, readers) = payload_enum(api, models, &variants);
                payload = Some(item);
                let reader = if optional {
                    quote! { payload_if_sent }
                } else {
                    quote! { payload }
                };
                (quote! { Payload }, quote! { #reader(#( #readers ),*) })
            }
            // Read part by part as it arrives, where the configuration asks.
            _ if body.streamed && multipart => (quote! { MultipartStream }, quote! { multipart_stream }),
            BodyRead::Json(shape) => {
                let ty = models.nullable_type(shape);
                if validatable(api, shape) {
                    let valid = valid();
                    (
                        quote! { #valid<#ty> },
                        if optional {
                            quote! { json_if_sent }
                        } else {
                            quote! { json }
                        },
                    )
                } else {
                    (
                        ty,
                        if optional {
                            quote! { json_unchecked_if_sent }
                        } else {
                            quote! { json_unchecked }
                        },
                    )
                }
            }
            BodyRead::Form(shape) => {
                let (ty, valid) = (models.nullable_type(shape), valid());
                // A union of objects: each variant tried on the fields.
                let union = matches!(shape.kind, ShapeKind::Named(id) if matches!(api.get(id).kind, TypeKind::Union(_)));
                let reader = match (union, optional) {
                    (false, false) => quote! { form },
                    (false, true) => quote! { form_if_sent },
                    (true, false) => quote! { form_alternatives },
                    (true, true) => quote! { form_alternatives_if_sent },
                };
                (quote! { #valid<#ty> }, reader)
            }
            BodyRead::Multipart(shape) => {
                let (ty, valid) = (models.nullable_type(shape), valid());
                (
                    quote! { #valid<#ty> },
                    if optional {
                        quote! { multipart_if_sent }
                    } else {
                        quote! { multipart }
                    },
                )
            }
            // Read as it arrives, where the configuration asks for it.
            BodyRead::Bytes if body.streamed => (quote! { BodyStream }, quote! { stream }),
            BodyRead::Bytes => (
                quote! { Bytes },
                if optional {
                    quote! { bytes_if_sent }
                } else {
                    quote! { bytes }
                },
            ),
        };
        let optional = optional && !body.streamed;
        let ty = if optional {
            quote! { Option<#ty> }
        } else {
            ty
        };
        let mut doc = docs::first_line(body.description.as_deref()).map_or_else(
            || match (body.streamed, optional) {
                (true, _) => " The body, read as it arrives.".to_owned(),
                (false, true) => " The body, if one is sent.".to_owned(),
                (false, false) => " The body.".to_owned(),
            },
            |d| format!(" {d}"),
        );
        // A multipart body read part by part: where its parts are described.
        if let (true, BodyRead::Multipart(shape)) = (body.streamed && multipart, BodyRead::of(&body.content)) {
            let parts = models.nullable_type(shape).to_string().replace(' ', "");
            doc.push_str(&format!(" Its parts are the properties of [`{parts}`], which the method reads and checks."));
        }
        fields.push(quote! { #[doc = #doc] pub body: #ty, });
        reads.push(quote! { body = #read });
    }
    let doc = format!(" What [`Api::{module}`](super::Api::{module}) receives: every part of the request, read and checked.");
    let request = quote! {
        #payload
        #[doc = #doc]
        #[derive(Debug)]
        pub struct Request {
            #( #fields )*
            /// The rest of the request: the operation, every header, the extensions.
            pub context: Context,
        }
    };
    let read = quote! {
        read_request!(Request { #( #reads ),* });
    };
    (request, read)
}

/// The `Payload` enum of a body declared in media types read in different
/// ways, and the reader of each variant (`Json = json`).
fn payload_enum(api: &Api, models: &ModelEmitter<'_>, variants: &[PayloadVariant<'_>]) -> (TokenStream, Vec<TokenStream>) {
    let mut items = Vec::new();
    let mut readers = Vec::new();
    for variant in variants {
        let name = format_ident!("{}", variant.name);
        let media_types = variant.media_types.iter().map(|m| format!("`{m}`")).collect::<Vec<_>>().join(", ");
        let (ty, reader, doc) = match variant.shape {
            None => (
                quote! { Bytes },
                quote! { bytes },
                format!(" Sent as {media_types}: the octets as sent (the `Content-Type` is in the request's `context`)."),
            ),
            Some(shape) => {
                let ty = models.nullable_type(shape);
                let union = matches!(shape.kind, ShapeKind::Named(id) if matches!(api.get(id).kind, TypeKind::Union(_)));
                let doc = format!(" Sent as {media_types}.");
                match variant.name {
                    "Json" if validatable(api, shape) => (quote! { Valid<#ty> }, quote! { json }, doc),
                    "Json" => (ty, quote! { json_unchecked }, doc),
                    "Form" if union => (quote! { Valid<#ty> }, quote! { form_alternatives }, doc),
                    "Form" => (quote! { Valid<#ty> }, quote! { form }, doc),
                    _ => (quote! { Valid<#ty> }, quote! { multipart }, doc),
                }
            }
        };
        items.push(quote! { #[doc = #doc] #name(#ty), });
        readers.push(quote! { #name = #reader });
    }
    let item = quote! {
        /// The body, in one of the media types it is declared in, read as the request's `Content-Type` says.
        #[derive(Debug)]
        pub enum Payload {
            #( #items )*
        }
    };
    (item, readers)
}

/// The response enum, and how it is written.
fn response(models: &ModelEmitter<'_>, op: &Operation, module: &Ident) -> TokenStream {
    let (status_code, helpers) = (quote! { StatusCode }, quote! { response });
    let mut variants = Vec::new();
    let mut arms = Vec::new();
    let mut header_structs = Vec::new();
    // Every variant's name, so that one named for a media type is unique.
    let mut taken: Vec<String> = op.responses.iter().map(|r| variant_name(r.status).to_string()).collect();
    for r in &op.responses {
        let name = variant_name(r.status);
        let summary = docs::first_line(Some(&r.description)).unwrap_or("");
        let status_doc = match r.status {
            Status::Code(code) => code.to_string(),
            Status::Range(digit) => format!("{digit}XX (the status is given)"),
            Status::Default => "Any other status (given)".to_owned(),
        };
        // Beside variants in other media types, each says its own.
        let doc = |media_type: Option<&str>| match media_type {
            Some(media_type) => format!(" {status_doc}, as `{media_type}`: {summary}"),
            None => format!(" {status_doc}: {summary}"),
        };
        let alternatives = r.alternatives();
        let primary_doc = doc(main_content(&r.content).filter(|_| !alternatives.is_empty()).map(|c| c.media_type.as_str()));
        let status = match r.status {
            Status::Code(code) => status_const(code, &status_code, &helpers),
            _ => quote! { status },
        };
        // Declared headers travel in a struct of their own, after the body.
        let headers = response_headers(models, r, &name).map(|(header_struct, ident, sets)| {
            header_structs.push(header_struct);
            (ident, sets)
        });
        // A variant: the status where the document gives a range, the body,
        // the headers; and the arm that writes it.
        let mut push = |name: &Ident, doc: &str, payload: Option<TokenStream>, write: TokenStream| {
            let mut types: Vec<TokenStream> = Vec::new();
            let mut bindings: Vec<TokenStream> = Vec::new();
            if !matches!(r.status, Status::Code(_)) {
                types.push(status_code.clone());
                bindings.push(quote! { status });
            }
            if let Some(ty) = payload {
                types.push(ty);
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
        };
        let (payload, write) = response_payload(models, &r.content, &status, &helpers);
        push(&name, &primary_doc, payload, write);
        // The same response in each other media type it is offered in
        // (events beside JSON): a variant each, named for the media type.
        for content in alternatives {
            let alternative = alternative_name(&name, &content.media_type, &taken);
            taken.push(alternative.to_string());
            let (payload, write) = response_payload(models, std::slice::from_ref(content), &status, &helpers);
            push(&alternative, &doc(Some(&content.media_type)), payload, write);
        }
    }
    let per = if op.responses.iter().any(|r| !r.alternatives().is_empty()) {
        "one variant per response the API description declares and media type it is sent in (answer in one the client accepts: `request.context.accepts(..)`)"
    } else {
        "one variant per response the API description declares"
    };
    let doc = format!(" What [`Api::{module}`](super::Api::{module}) answers: {per}.");
    quote! {
        #[doc = #doc]
        #[derive(Debug)]
        pub enum Response {
            #( #variants )*
        }

        #( #header_structs )*

        impl IntoResponse for Response {
            fn into_response(self) -> HttpResponse {
                match self {
                    #( #arms )*
                }
            }
        }
    }
}

/// A response's body: its type in the variant (none for a response
/// without content) and the expression that writes it as `#status`.
fn response_payload(
    models: &ModelEmitter<'_>,
    contents: &[Content],
    status: &TokenStream,
    helpers: &TokenStream,
) -> (Option<TokenStream>, TokenStream) {
    match main_content(contents) {
        None => (None, quote! { #status.into_response() }),
        // Server-sent events: text, or each event's data as JSON.
        Some(Content { payload: Payload::Events, shape, .. }) => match shape {
            Some(shape) if !matches!(shape.kind, ShapeKind::String(crate::ir::StringFormat::Plain(_))) || shape.nullable => {
                let ty = models.nullable_type(shape);
                (Some(quote! { Events<#ty> }), quote! { #helpers::json_events(#status, body) })
            }
            _ => (Some(quote! { Events<String> }), quote! { #helpers::text_events(#status, body) }),
        },
        Some(Content { media_type, payload: Payload::Json, shape: Some(shape), .. }) => {
            let ty = models.nullable_type(shape);
            // A schema under `*/*` or `application/*` is sent as JSON.
            let essence = Payload::essence(media_type);
            let write = if essence == "application/json" || Payload::is_json_range(&essence) {
                quote! { #helpers::json(#status, &body) }
            } else {
                quote! { #helpers::json_as(#status, #essence, &body) }
            };
            (Some(ty), write)
        }
        Some(content) => {
            // One media type is sent as it is declared; a range, or one
            // of several, is the implementation's to say.
            let octets = contents.iter().filter(|c| c.payload != Payload::Json).count();
            if content.media_type.contains('*') || octets > 1 {
                (Some(quote! { #helpers::Payload }), quote! { #helpers::payload(#status, body) })
            } else {
                let media_type = content.media_type.as_str();
                // Octets, whole (`Bytes` into it) or streamed.
                (Some(quote! { Body }), quote! { #helpers::with_type(#status, #media_type, body) })
            }
        }
    }
}

/// The struct of a response's declared headers, its name, and the
/// statements that set them on `response`; none when it declares none.
fn response_headers(models: &ModelEmitter<'_>, r: &crate::ir::Response, name: &Ident) -> Option<(TokenStream, Ident, TokenStream)> {
    (!r.headers.is_empty()).then(|| {
        let ident = format_ident!("{}Headers", name);
        let fields = r.headers.iter().map(|h| {
            let field = value_ident(&h.name);
            let ty = models.nullable_type(&h.shape);
            let ty = if h.required {
                ty
            } else {
                quote! { Option<#ty> }
            };
            let doc = format!(" `{}`{}", h.name, docs::first_line(h.description.as_deref()).map(|d| format!(": {d}")).unwrap_or_default());
            quote! { #[doc = #doc] pub #field: #ty, }
        });
        let set_header = quote! { set_header };
        let sets = r.headers.iter().map(|h| {
            let field = value_ident(&h.name);
            // Header names are one in any case; in lower case, the runtime
            // uses the name as it is.
            let wire = h.name.raw().to_ascii_lowercase();
            if h.required {
                quote! { #set_header(&mut response, #wire, &headers.#field); }
            } else {
                quote! { if let Some(value) = &headers.#field { #set_header(&mut response, #wire, value); } }
            }
        });
        let doc = format!(" The headers of [`Response::{name}`].");
        let header_struct = quote! {
            #[doc = #doc]
            #[derive(Debug, Clone)]
            pub struct #ident {
                #( #fields )*
            }
        };
        (header_struct, ident, quote! { #( #sets )* })
    })
}

/// The HTTP status codes `http` names, with their constants.
const STATUSES: &[(u16, &str)] = &[
    (100, "CONTINUE"),
    (101, "SWITCHING_PROTOCOLS"),
    (102, "PROCESSING"),
    (103, "EARLY_HINTS"),
    (200, "OK"),
    (201, "CREATED"),
    (202, "ACCEPTED"),
    (203, "NON_AUTHORITATIVE_INFORMATION"),
    (204, "NO_CONTENT"),
    (205, "RESET_CONTENT"),
    (206, "PARTIAL_CONTENT"),
    (207, "MULTI_STATUS"),
    (208, "ALREADY_REPORTED"),
    (226, "IM_USED"),
    (300, "MULTIPLE_CHOICES"),
    (301, "MOVED_PERMANENTLY"),
    (302, "FOUND"),
    (303, "SEE_OTHER"),
    (304, "NOT_MODIFIED"),
    (305, "USE_PROXY"),
    (307, "TEMPORARY_REDIRECT"),
    (308, "PERMANENT_REDIRECT"),
    (400, "BAD_REQUEST"),
    (401, "UNAUTHORIZED"),
    (402, "PAYMENT_REQUIRED"),
    (403, "FORBIDDEN"),
    (404, "NOT_FOUND"),
    (405, "METHOD_NOT_ALLOWED"),
    (406, "NOT_ACCEPTABLE"),
    (407, "PROXY_AUTHENTICATION_REQUIRED"),
    (408, "REQUEST_TIMEOUT"),
    (409, "CONFLICT"),
    (410, "GONE"),
    (411, "LENGTH_REQUIRED"),
    (412, "PRECONDITION_FAILED"),
    (413, "PAYLOAD_TOO_LARGE"),
    (414, "URI_TOO_LONG"),
    (415, "UNSUPPORTED_MEDIA_TYPE"),
    (416, "RANGE_NOT_SATISFIABLE"),
    (417, "EXPECTATION_FAILED"),
    (418, "IM_A_TEAPOT"),
    (421, "MISDIRECTED_REQUEST"),
    (422, "UNPROCESSABLE_ENTITY"),
    (423, "LOCKED"),
    (424, "FAILED_DEPENDENCY"),
    (425, "TOO_EARLY"),
    (426, "UPGRADE_REQUIRED"),
    (428, "PRECONDITION_REQUIRED"),
    (429, "TOO_MANY_REQUESTS"),
    (431, "REQUEST_HEADER_FIELDS_TOO_LARGE"),
    (451, "UNAVAILABLE_FOR_LEGAL_REASONS"),
    (500, "INTERNAL_SERVER_ERROR"),
    (501, "NOT_IMPLEMENTED"),
    (502, "BAD_GATEWAY"),
    (503, "SERVICE_UNAVAILABLE"),
    (504, "GATEWAY_TIMEOUT"),
    (505, "HTTP_VERSION_NOT_SUPPORTED"),
    (506, "VARIANT_ALSO_NEGOTIATES"),
    (507, "INSUFFICIENT_STORAGE"),
    (508, "LOOP_DETECTED"),
    (510, "NOT_EXTENDED"),
    (511, "NETWORK_AUTHENTICATION_REQUIRED"),
];

/// `StatusCode::NOT_FOUND` for 404; a code `http` does not name is made
/// from its number.
fn status_const(code: u16, status_code: &TokenStream, helpers: &TokenStream) -> TokenStream {
    match STATUSES.iter().find(|(known, _)| *known == code) {
        Some((_, name)) => {
            let name = format_ident!("{}", name);
            quote! { #status_code::#name }
        }
        None => {
            let code = Literal::u16_unsuffixed(code);
            quote! { #helpers::status(#code) }
        }
    }
}

/// A response enum variant's name for a status: the name `http` gives it
/// (`NotFound`), else `Status299`, `Status4xx`, `Default`.
/// The name of a response's variant in another media type: the status's
/// and the media type's subtype (`OkEventStream`, `OkCsv`), numbered if
/// taken.
fn alternative_name(status: &Ident, media_type: &str, taken: &[String]) -> Ident {
    let essence = Payload::essence(media_type);
    let subtype = essence.split('/').nth(1).unwrap_or(&essence);
    let base = format!("{status}{}", heck::ToUpperCamelCase::to_upper_camel_case(subtype));
    let name = (1..).map(|n| if n == 1 { base.clone() } else { format!("{base}{n}") }).find(|name| !taken.contains(name)).unwrap_or(base);
    Ident::new(&name, Span::call_site())
}

fn variant_name(status: Status) -> Ident {
    let name = match status {
        Status::Code(code) => match STATUSES.iter().find(|(known, _)| *known == code) {
            Some((_, name)) => heck::ToUpperCamelCase::to_upper_camel_case(*name),
            None => format!("Status{code}"),
        },
        Status::Range(digit) => format!("Status{digit}xx"),
        Status::Default => "Default".to_owned(),
    };
    Ident::new(&name, Span::call_site())
}

#[cfg(test)]
mod tests {
    #[test]
    fn operation_fields_are_the_runtimes() {
        // Fails to compile when the runtime's `Operation` gains or loses a
        // field: then `OPERATION_FIELDS` must follow.
        let oapi_axum_runtime::Operation {
            id: _,
            method: _,
            path: _,
            tags: _,
            deprecated: _,
            security: _,
            parameters: _,
            body: _,
            refusals: _,
        } = oapi_axum_runtime::Operation::NEW;
    }
}
