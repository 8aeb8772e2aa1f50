//! What a generated crate says of each operation of its API: a `static`
//! [`Operation`] per operation, and the crate's `OPERATIONS` listing them.
//! The router reads, authenticates and checks requests by these
//! descriptions; an implementation can use them too, for authorization
//! tables, metrics or layers on some operations only.

use axum::http::{Method, StatusCode};

use crate::problem::RefusalShape;

pub use crate::support::params::ArrayStyle;

/// One operation of an API description. Two are equal when they describe
/// the same operation: `request.operation == &list_orgs::OPERATION`.
#[derive(Debug, PartialEq, Eq)]
pub struct Operation {
    /// The `operationId`, or the method and path where the document gives
    /// none (`get /users/{id}`).
    pub id: &'static str,
    /// Its HTTP method.
    pub method: Method,
    /// Its path template, as the document writes it (`/orgs/{org_id}`).
    pub path: &'static str,
    /// Its `tags`.
    pub tags: &'static [&'static str],
    /// Marked `deprecated`.
    pub deprecated: bool,
    /// The alternatives of its `security`, any one of which admits a
    /// request: each lists schemes that must all be met. None: anyone may
    /// call it. An empty alternative: credentials are used when sent.
    pub security: &'static [&'static [Requirement]],
    /// Its parameters, each location's in the document's order.
    pub parameters: &'static [Parameter],
    /// Its request body, if it takes one.
    pub body: Option<RequestBody>,
    /// The statuses of the refusals it declares: for requests that do not
    /// read, and for requests that break a constraint.
    pub refusals: Refusals,
}

impl Operation {
    /// An operation with nothing but defaults, for the fields a description
    /// leaves out: `GET /`, no tags, anyone may call it, no parameters, no
    /// body, refusals with 400 and 422.
    pub const NEW: Self = Self {
        id: "",
        method: Method::GET,
        path: "/",
        tags: &[],
        deprecated: false,
        security: &[],
        parameters: &[],
        body: None,
        refusals: Refusals::DEFAULT,
    };

    /// Whether the operation takes requests without credentials.
    pub fn is_anonymous(&self) -> bool {
        self.security.is_empty() || self.security.iter().any(|alternative| alternative.is_empty())
    }

    /// The names of the parameters sent in `location`, in order.
    pub fn parameter_names(&self, location: Location) -> impl Iterator<Item = &'static str> + '_ {
        self.parameters.iter().filter(move |p| p.location == location).map(|p| p.name)
    }

    /// Whether some parameter is sent in `location`.
    pub fn has_parameters(&self, location: Location) -> bool {
        self.parameters.iter().any(|p| p.location == location)
    }

    /// Whether some security scheme of the operation is sent in `location`.
    pub fn has_credentials(&self, location: Location) -> bool {
        self.security
            .iter()
            .flat_map(|alternative| alternative.iter())
            .any(|requirement| matches!(requirement.scheme.kind, SchemeKind::ApiKey { location: at, .. } if at == location))
    }
}

/// One security scheme an alternative requires, with the scopes it asks.
#[derive(Debug, PartialEq, Eq)]
pub struct Requirement {
    /// The scheme.
    pub scheme: &'static SecurityScheme,
    /// The OAuth2 scopes required of it.
    pub scopes: &'static [&'static str],
}

impl Requirement {
    /// `scheme`, without scopes.
    pub const fn new(scheme: &'static SecurityScheme) -> Self {
        Self { scheme, scopes: &[] }
    }

    /// `scheme`, with the OAuth2 `scopes`.
    pub const fn scoped(scheme: &'static SecurityScheme, scopes: &'static [&'static str]) -> Self {
        Self { scheme, scopes }
    }
}

/// A security scheme of `components.securitySchemes`.
#[derive(Debug, PartialEq, Eq)]
pub struct SecurityScheme {
    /// Its name in the document.
    pub name: &'static str,
    /// How its credentials are sent.
    pub kind: SchemeKind,
}

/// How a scheme's credentials are sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SchemeKind {
    /// An API key in a header, query parameter or cookie of this name.
    ApiKey {
        /// Where.
        location: Location,
        /// The header, parameter or cookie name.
        name: &'static str,
    },
    /// `Authorization: Bearer <token>` (`http` bearer, OAuth2, OpenID Connect).
    Bearer,
    /// `Authorization: Basic <user:password>`.
    Basic,
}

impl SchemeKind {
    /// The `WWW-Authenticate` challenge of a 401, for schemes that have one.
    pub fn challenge(self) -> Option<&'static str> {
        match self {
            Self::Bearer => Some("Bearer"),
            Self::Basic => Some("Basic"),
            Self::ApiKey { .. } => None,
        }
    }
}

/// Where a parameter is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Location {
    /// In the path.
    Path,
    /// In the query string.
    Query,
    /// In a header.
    Header,
    /// In a cookie.
    Cookie,
}

impl Location {
    /// How pointers into this location begin: `/path`, `/query`, `/header`, `/cookie`.
    pub fn root(self) -> &'static str {
        match self {
            Self::Path => "/path",
            Self::Query => "/query",
            Self::Header => "/header",
            Self::Cookie => "/cookie",
        }
    }
}

/// One parameter.
#[derive(Debug, PartialEq, Eq)]
pub struct Parameter {
    /// Its name as sent.
    pub name: &'static str,
    /// Where it is sent.
    pub location: Location,
    /// How an array value is written, for array parameters.
    pub array: Option<ArrayStyle>,
    /// `style: deepObject`: sent as `name[property]=value` pairs.
    pub deep_object: bool,
}

impl Parameter {
    /// A path parameter.
    pub const fn path(name: &'static str) -> Self {
        Self { name, location: Location::Path, array: None, deep_object: false }
    }

    /// A query parameter.
    pub const fn query(name: &'static str) -> Self {
        Self { name, location: Location::Query, array: None, deep_object: false }
    }

    /// A header.
    pub const fn header(name: &'static str) -> Self {
        Self { name, location: Location::Header, array: None, deep_object: false }
    }

    /// A cookie.
    pub const fn cookie(name: &'static str) -> Self {
        Self { name, location: Location::Cookie, array: None, deep_object: false }
    }

    /// The same parameter, an array sent in `style`.
    pub const fn array(self, style: ArrayStyle) -> Self {
        Self { array: Some(style), ..self }
    }

    /// The same parameter, an object sent as `name[property]=value` pairs
    /// (`style: deepObject`).
    pub const fn deep_object(self) -> Self {
        Self { deep_object: true, ..self }
    }
}

/// A request body.
#[derive(Debug, PartialEq, Eq)]
pub struct RequestBody {
    /// Must be sent.
    pub required: bool,
    /// The media types it may be sent as, as the document writes them
    /// (ranges such as `image/*` included).
    pub media_types: &'static [&'static str],
    /// The most bytes it may have, when the configuration chooses a limit
    /// for this operation (`[body_limits]` in `oapi-axum.toml`); else the
    /// router's ([`Routes::body_limit`](crate::Routes::body_limit)).
    pub limit: Option<usize>,
}

impl RequestBody {
    /// A body that must be sent, as one of `media_types`.
    pub const fn required(media_types: &'static [&'static str]) -> Self {
        Self { required: true, media_types, limit: None }
    }

    /// A body that may be sent, as one of `media_types`.
    pub const fn optional(media_types: &'static [&'static str]) -> Self {
        Self { required: false, media_types, limit: None }
    }

    /// The same body, of at most `bytes` bytes whatever the router's limit.
    pub const fn limit(self, bytes: usize) -> Self {
        Self { limit: Some(bytes), ..self }
    }
}

/// The statuses refusals are answered with, and the shapes of their
/// bodies that the operation declares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Refusals {
    /// For a request that does not read (a wrong type, a missing part).
    pub malformed: StatusCode,
    /// For a request that reads but breaks a constraint.
    pub invalid: StatusCode,
    /// The shape of a refusal's body by its status, where this operation
    /// declares one other than its API's (see [`crate::RefusalShapes`]).
    pub shapes: &'static [(&'static [u16], RefusalShape)],
}

impl Refusals {
    /// 400 and 422, in the API's shapes.
    pub const DEFAULT: Self = Self { malformed: StatusCode::BAD_REQUEST, invalid: StatusCode::UNPROCESSABLE_ENTITY, shapes: &[] };

    /// Both answered with `status`: for an operation that declares only one
    /// of 400 and 422.
    pub const fn only(status: StatusCode) -> Self {
        Self { malformed: status, invalid: status, shapes: &[] }
    }

    /// The same statuses, in these shapes.
    pub const fn shaped(self, shapes: &'static [(&'static [u16], RefusalShape)]) -> Self {
        Self { shapes, ..self }
    }
}

/// Whether the media type `sent` (a `Content-Type` value) is one of the
/// media types or ranges `declared`.
pub fn accepts(declared: &[&str], sent: &str) -> bool {
    let essence = |t: &str| t.split(';').next().unwrap_or(t).trim().to_ascii_lowercase();
    let sent = essence(sent);
    let Some((kind, sub)) = sent.split_once('/') else { return false };
    declared.iter().map(|d| essence(d)).any(|declared| match declared.split_once('/') {
        Some(("*", "*")) => true,
        Some((k, "*")) => k == kind,
        Some((k, s)) => k == kind && s == sub,
        None => false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn media_ranges() {
        assert!(accepts(&["image/*"], "image/png"));
        assert!(accepts(&["*/*"], "text/plain; charset=utf-8"));
        assert!(accepts(&["application/octet-stream"], "Application/Octet-Stream"));
        assert!(!accepts(&["image/*"], "text/plain"));
        assert!(!accepts(&["image/png"], "image"));
        assert!(!accepts(&["image/png"], ""));
    }
}
