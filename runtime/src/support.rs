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

pub use crate::auth::Presented;
pub use crate::nullable::{not_null, required_nullable};
pub use crate::request::{Input, Reading};
pub use crate::response::set_header;
pub use crate::routes::{Service, route};
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
/// read_request!(Request { path, headers, body: json });
/// ```
#[macro_export]
#[doc(hidden)]
macro_rules! read_request {
    ($request:ident { $($field:ident $(: $reader:ident)?),* $(,)? }) => {
        impl $crate::support::Input for $request {
            async fn read(reading: &mut $crate::support::Reading) -> Option<Self> {
                $( let $field = $crate::read_request!(@read reading $field $($reader)?); )*
                let context = reading.context();
                Some(Self { $( $field: $field?, )* context })
            }
        }
    };
    (@read $reading:ident $field:ident) => { $reading.$field().await };
    (@read $reading:ident $field:ident $reader:ident) => { $reading.$reader().await };
}

/// The routes of every operation, each handed to the method of the `Api`
/// trait named after it, as a generated crate's `routes` writes them:
///
/// ```text
/// api_routes! {
///     Served(api);
///     authenticated list_orgs;
///     anonymous health;
/// }
/// ```
///
/// Each name is the method and the module of the operation (whose
/// `OPERATION` it is); `Served` wraps the implementation.
#[macro_export]
#[doc(hidden)]
macro_rules! api_routes {
    ($served:ident($api:expr); $($kind:ident $name:ident;)*) => {
        $crate::Routes::new($served($api))
            $( .$kind(&$name::OPERATION, $crate::api_routes!(@call $kind $name)) )*
    };
    (@call anonymous $name:ident) => {
        |api, request| async move { api.0.$name(request).await }
    };
    (@call authenticated $name:ident) => {
        |api, principal, request| async move { api.0.$name(principal, request).await }
    };
    (@call optionally_authenticated $name:ident) => {
        |api, principal, request| async move { api.0.$name(principal, request).await }
    };
}

/// `impl Api for Unimplemented`, every method answering 501, as a
/// generated crate writes it:
///
/// ```text
/// unimplemented_api! {
///     Api for Unimplemented with Credentials;
///     authenticated list_orgs;
///     anonymous health;
/// }
/// ```
///
/// `optionally_authenticated` methods take the principal when one is sent; `with ()` is for
/// an API without security schemes, whose methods take no principal.
#[macro_export]
#[doc(hidden)]
macro_rules! unimplemented_api {
    ($api:ident for $ty:ident with (); $($kind:ident $name:ident;)*) => {
        impl $api for $ty {
            type Error = $crate::NotImplemented;
            $( $crate::unimplemented_api!(@method $kind $name ()); )*
        }
    };
    ($api:ident for $ty:ident with $credentials:ident; $($kind:ident $name:ident;)*) => {
        impl $api for $ty {
            type Principal = $credentials;
            type Error = $crate::NotImplemented;
            async fn authenticate(
                &self,
                credentials: $credentials,
                _: &$crate::Incoming<'_>,
            ) -> Result<$credentials, $crate::AuthError> {
                Ok(credentials)
            }
            $( $crate::unimplemented_api!(@method $kind $name $credentials); )*
        }
    };
    (@method authenticated $name:ident $credentials:ty) => {
        async fn $name(&self, _: $credentials, _: $name::Request) -> Result<$name::Response, $crate::NotImplemented> {
            Err($crate::NotImplemented)
        }
    };
    (@method optionally_authenticated $name:ident $credentials:ty) => {
        async fn $name(&self, _: Option<$credentials>, _: $name::Request) -> Result<$name::Response, $crate::NotImplemented> {
            Err($crate::NotImplemented)
        }
    };
    (@method anonymous $name:ident $credentials:ty) => {
        async fn $name(&self, _: $name::Request) -> Result<$name::Response, $crate::NotImplemented> {
            Err($crate::NotImplemented)
        }
    };
}
