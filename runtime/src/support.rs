//! What generated code calls, and nothing else should: reading and
//! checking requests, the checks of each keyword, reading bodies, the
//! request pipeline's hooks. Hidden from the documentation; its items may
//! change in any release.
#![doc(hidden)]

pub mod discriminator;
pub mod header_text;
pub mod json;
pub mod multipart;
pub mod params;
pub mod read;
pub mod unions;

pub use crate::auth::Presented;
pub use crate::nullable::{not_null, required_nullable};
pub use crate::request::{Input, Reading, SentAs};
pub use crate::response::set_header;
pub use crate::routes::Service;
pub use crate::validation::check::matches;
pub use crate::validation::{Pattern, check, compile, compile_unicode};
pub use read::{ReadErrors, Reads};

/// What the module of each operation of a generated `server` names: its
/// description, reading its request, writing its response. Imported whole
/// (`use ...::prelude::*`): an operation's own `Request`, `Response` and
/// `OPERATION` are not among these names, so nothing here is ever shadowed
/// by mistake.
pub mod prelude {
    pub use crate::body::{BodyStream, MultipartStream};
    pub use crate::events::Events;
    pub use crate::operation::{ArrayStyle, Operation, Parameter, Refusals, RequestBody, Requirement};
    pub use crate::problem::{RefusalCode, RefusalShape};
    pub use crate::read_request;
    pub use crate::request::Context;
    pub use crate::response;
    pub use crate::response::set_header;
    pub use crate::validation::Valid;
    pub use axum::body::{Body, Bytes};
    pub use axum::http::{Method, StatusCode};
    pub use axum::response::{IntoResponse, Response as HttpResponse};
}

/// `impl Input` for an operation's request struct: each part read (the
/// field named, by the reader named after it, or the one given), then the
/// struct, or `None` with every part's problems recorded.
///
/// ```text
/// read_request!(Request { path, headers, body = json });
/// ```
///
/// A body declared in media types read in different ways (JSON and
/// multipart, say) is the operation's own `Payload` enum, read by the
/// reader of the variant the request's `Content-Type` picks ([`SentAs`]);
/// `payload_if_sent` where the body is optional:
///
/// ```text
/// read_request!(Request { body = payload(Json = json, Multipart = multipart, Octets = bytes) });
/// ```
#[macro_export]
#[doc(hidden)]
macro_rules! read_request {
    ($request:ident { $($field:ident $(= $reader:ident $(($($variants:tt)*))?)?),* $(,)? }) => {
        impl $crate::support::Input for $request {
            async fn read(reading: &mut $crate::support::Reading) -> Option<Self> {
                $( let $field = $crate::read_request!(@read reading $field $($reader $(($($variants)*))?)?); )*
                let context = reading.context();
                Some(Self { $( $field: $field?, )* context })
            }
        }
    };
    (@read $reading:ident $field:ident payload($($variant:ident = $reader:ident),+)) => {
        $crate::read_request!(@payload $reading $($variant: $reader),+).flatten()
    };
    (@read $reading:ident $field:ident payload_if_sent($($variant:ident = $reader:ident),+)) => {
        $crate::read_request!(@payload $reading $($variant: $reader),+)
    };
    (@read $reading:ident $field:ident) => { $reading.$field().await };
    (@read $reading:ident $field:ident $reader:ident) => { $reading.$reader().await };
    // The variant the `Content-Type` picks, read as sent if sent.
    (@payload $reading:ident $($variant:ident: $reader:ident),+) => {
        'read: {
            let sent = $reading.sent_as(&[$($crate::support::SentAs::$variant),+]);
            $(
                if sent == $crate::support::SentAs::$variant {
                    break 'read $crate::read_request!(@if_sent $reading $reader).map(|body| body.map(Payload::$variant));
                }
            )+
            None
        }
    };
    (@if_sent $reading:ident json) => { $reading.json_if_sent().await };
    (@if_sent $reading:ident json_unchecked) => { $reading.json_unchecked_if_sent().await };
    (@if_sent $reading:ident form) => { $reading.form_if_sent().await };
    (@if_sent $reading:ident form_alternatives) => { $reading.form_alternatives_if_sent().await };
    (@if_sent $reading:ident multipart) => { $reading.multipart_if_sent().await };
    (@if_sent $reading:ident bytes) => { $reading.bytes_if_sent().await };
}

/// Adds an operation to the `Routes` held by a variable, handed to the
/// method of the `Api` trait named after it, as a generated crate's
/// `routes` does for each operation:
///
/// ```text
/// let mut routes = Routes::new(Served(api));
/// route!(routes, authenticated(list_orgs));
/// route!(routes, anonymous(health));
/// routes
/// ```
///
/// The name is the method and the module of the operation (whose
/// `OPERATION` it is); `Served` wraps the implementation of `Api`, both
/// named where the macro is used. Each operation is added by a function of
/// its own, so that rustc checks one small body an operation: in one body,
/// the futures of thousands of handlers make type checking grow with the
/// square of their number (2,000 operations: 61 s, against 18 s).
#[macro_export]
#[doc(hidden)]
macro_rules! route {
    ($routes:ident, anonymous($name:ident)) => {
        $crate::route!(@add $routes, |routes| routes.anonymous(&$name::OPERATION, |api, request| async move { api.0.$name(request).await }))
    };
    ($routes:ident, $kind:ident($name:ident)) => {
        $crate::route!(@add $routes, |routes| routes.$kind(&$name::OPERATION, |api, principal, request| async move { api.0.$name(principal, request).await }))
    };
    (@add $routes:ident, |$added:ident| $add:expr) => {{
        fn add<A: Api>($added: $crate::Routes<Served<A>>) -> $crate::Routes<Served<A>> {
            $add
        }
        $routes = add($routes);
    }};
}

/// A method of `impl Api for Unimplemented` that answers 501, as a
/// generated crate writes each:
///
/// ```text
/// impl Api for Unimplemented {
///     type Principal = Credentials;
///     type Error = NotImplemented;
///     // authenticate
///     not_implemented!(authenticated(list_orgs));
///     not_implemented!(anonymous(health));
/// }
/// ```
///
/// `optionally_authenticated` methods take the principal when one is sent.
#[macro_export]
#[doc(hidden)]
macro_rules! not_implemented {
    (authenticated($name:ident)) => {
        async fn $name(&self, _: Self::Principal, _: $name::Request) -> Result<$name::Response, $crate::NotImplemented> {
            Err($crate::NotImplemented)
        }
    };
    (optionally_authenticated($name:ident)) => {
        async fn $name(&self, _: Option<Self::Principal>, _: $name::Request) -> Result<$name::Response, $crate::NotImplemented> {
            Err($crate::NotImplemented)
        }
    };
    (anonymous($name:ident)) => {
        async fn $name(&self, _: $name::Request) -> Result<$name::Response, $crate::NotImplemented> {
            Err($crate::NotImplemented)
        }
    };
}
