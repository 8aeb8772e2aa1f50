//! The server: the [`Api`] trait an implementation provides, a module
//! per operation with its request and response types and its
//! description, and [`routes`], which reads, authenticates and checks
//! every request before a method sees it.
#![allow(
    clippy::large_enum_variant,
    reason = "a request body is read once and a response written once: a body in a `Box` would only cost the implementor a `Box::new` or a deref"
)]

use oapi_axum_runtime::{
    Answer, AuthError, Incoming, Location, NotImplemented, Operation, RefusalShape,
    RefusalShapes, Rejection, Routes, SchemeKind, SecurityScheme, not_implemented,
    response, route,
};
use oapi_axum_runtime::axum::Router;
use oapi_axum_runtime::axum::response::{IntoResponse, Response};
use oapi_axum_runtime::support::{Presented, Service};

/// What an implementation of Trieve API provides: one method per operation.
pub trait Api: Send + Sync + 'static {
    /// Who a request comes from, as [`Api::authenticate`] proves it.
    type Principal: Send + 'static;
    /// Errors the API description does not describe; `?` in a method
    /// turns them into the response they make.
    type Error: IntoResponse + Send;
    /// Proves who presented `credentials`, for a request whose
    /// credentials meet one of its operation's security requirements.
    /// `request` has the operation (its id, path and scopes, for
    /// authorization by operation) and the request's parts (a tenant
    /// header, say). An error refuses the request: 401 or 403.
    fn authenticate(
        &self,
        credentials: Credentials,
        request: &Incoming<'_>,
    ) -> impl Answer<Self::Principal, AuthError>;
    /// How a request refused before its method runs is answered (`operation` is
    /// the one it was for; `None` when no operation takes its path and method):
    /// in the shapes the API description declares ([`REFUSALS`]), with every
    /// violation and its pointer where the shape has room:
    ///
    /// - 400, 401, 403, 404: `{"message": ...}`, with `violations` beside it;
    /// - any other: problem details (`application/problem+json`).
    ///
    /// An operation that declares another shape has it in its `OPERATION`.
    fn reject(
        &self,
        rejection: Rejection,
        operation: Option<&'static Operation>,
    ) -> Response {
        response::refusal(&rejection, operation, &REFUSALS)
    }
    /// `POST /api/invitation`: Send Invitation
    ///
    /// Invitations act as a way to invite users to join an organization. After a user is invited, they will automatically be added to the organization with the role specified in the invitation once they set their. Auth'ed user or api key must have an admin or owner role for the specified dataset's organization.
    fn post_invitation(
        &self,
        principal: Self::Principal,
        request: post_invitation::Request,
    ) -> impl Answer<post_invitation::Response, Self::Error>;
    /// `DELETE /api/invitation/{invitation_id}`: Delete Invitation
    ///
    /// Delete an invitation by id. Auth'ed user or api key must have an admin or owner role for the specified dataset's organization.
    fn delete_invitation(
        &self,
        principal: Self::Principal,
        request: delete_invitation::Request,
    ) -> impl Answer<delete_invitation::Response, Self::Error>;
    /// `GET /api/invitations/{organization_id}`: Get Invitations
    ///
    /// Get all invitations for the organization. Auth'ed user or api key must have an admin or owner role for the specified dataset's organization.
    fn get_invitations(
        &self,
        principal: Self::Principal,
        request: get_invitations::Request,
    ) -> impl Answer<get_invitations::Response, Self::Error>;
    /// `PUT /api/organization`: Update Organization
    ///
    /// Update an organization. Only the owner of the organization can update it.
    fn update_organization(
        &self,
        principal: Self::Principal,
        request: update_organization::Request,
    ) -> impl Answer<update_organization::Response, Self::Error>;
    /// `POST /api/organization`: Create Organization
    ///
    /// Create a new organization. The auth'ed user who creates the organization will be the default owner of the organization.
    fn create_organization(
        &self,
        principal: Self::Principal,
        request: create_organization::Request,
    ) -> impl Answer<create_organization::Response, Self::Error>;
    /// `GET /api/organization/api_key`: Get Organization Api Keys
    ///
    /// Get the api keys which belong to the organization. The actual api key values are not returned, only the ids, names, and creation dates.
    fn get_organization_api_keys(
        &self,
        principal: Self::Principal,
        request: get_organization_api_keys::Request,
    ) -> impl Answer<get_organization_api_keys::Response, Self::Error>;
    /// `POST /api/organization/api_key`: Create Organization Api Key
    ///
    /// Create a new api key for the organization. Successful response will contain the newly created api key.
    fn create_organization_api_key(
        &self,
        principal: Self::Principal,
        request: create_organization_api_key::Request,
    ) -> impl Answer<create_organization_api_key::Response, Self::Error>;
    /// `DELETE /api/organization/api_key/{api_key_id}`: Delete Organization Api Key
    ///
    /// Delete an api key for the auth'ed organization.
    fn delete_organization_api_key(
        &self,
        principal: Self::Principal,
        request: delete_organization_api_key::Request,
    ) -> impl Answer<delete_organization_api_key::Response, Self::Error>;
    /// `POST /api/organization/update_dataset_configs`: Update All Dataset Configurations
    ///
    /// Update the configurations for all datasets in an organization. Only the specified keys in the configuration object will be changed per dataset such that you can preserve dataset unique values. Auth'ed user or api key must have an owner role for the specified organization.
    fn update_all_org_dataset_configs(
        &self,
        principal: Self::Principal,
        request: update_all_org_dataset_configs::Request,
    ) -> impl Answer<update_all_org_dataset_configs::Response, Self::Error>;
    /// `POST /api/organization/usage/{organization_id}`: Get Organization Usage
    ///
    /// Fetch the current usage specification of an organization by its id. Auth'ed user or api key must have an admin or owner role for the specified dataset's organization.
    fn get_organization_usage(
        &self,
        principal: Self::Principal,
        request: get_organization_usage::Request,
    ) -> impl Answer<get_organization_usage::Response, Self::Error>;
    /// `GET /api/organization/users/{organization_id}`: Get Organization Users
    ///
    /// Fetch the users of an organization by its id. Auth'ed user or api key must have an admin or owner role for the specified dataset's organization.
    fn get_organization_users(
        &self,
        principal: Self::Principal,
        request: get_organization_users::Request,
    ) -> impl Answer<get_organization_users::Response, Self::Error>;
    /// `GET /api/organization/{organization_id}`: Get Organization
    ///
    /// Fetch the details of an organization by its id. Auth'ed user or api key must have an admin or owner role for the specified dataset's organization.
    fn get_organization(
        &self,
        principal: Self::Principal,
        request: get_organization::Request,
    ) -> impl Answer<get_organization::Response, Self::Error>;
    /// `DELETE /api/organization/{organization_id}`: Delete Organization
    ///
    /// Delete an organization by its id. The auth'ed user must be an owner of the organization to delete it.
    fn delete_organization(
        &self,
        principal: Self::Principal,
        request: delete_organization::Request,
    ) -> impl Answer<delete_organization::Response, Self::Error>;
    /// `PUT /api/user`: Update User Org Role
    ///
    /// Update a user's information for the org specified via header. If the user_id is not provided, the auth'ed user will be updated. If the user_id is provided, the role of the auth'ed user or api key must be an admin (1) or owner (2) of the organization.
    fn update_user(
        &self,
        principal: Self::Principal,
        request: update_user::Request,
    ) -> impl Answer<update_user::Response, Self::Error>;
}

/// Every operation, in the order of the API description.
pub static OPERATIONS: &[&Operation] = &[
    &post_invitation::OPERATION,
    &delete_invitation::OPERATION,
    &get_invitations::OPERATION,
    &update_organization::OPERATION,
    &create_organization::OPERATION,
    &get_organization_api_keys::OPERATION,
    &create_organization_api_key::OPERATION,
    &delete_organization_api_key::OPERATION,
    &update_all_org_dataset_configs::OPERATION,
    &get_organization_usage::OPERATION,
    &get_organization_users::OPERATION,
    &get_organization::OPERATION,
    &delete_organization::OPERATION,
    &update_user::OPERATION,
];

/// The shapes refusals are written in: by status, what most operations
/// declare for it; and for any other status.
pub static REFUSALS: RefusalShapes = RefusalShapes {
    statuses: &[
        (
            &[400, 401, 403, 404],
            RefusalShape::Object {
                message: "message",
                code: None,
                request_id: None,
                media_type: "application/json",
                violations: true,
            },
        ),
    ],
    otherwise: RefusalShape::PROBLEM,
};

/// The security scheme `ApiKey`.
pub static API_KEY: SecurityScheme = SecurityScheme {
    name: "ApiKey",
    kind: SchemeKind::ApiKey {
        location: Location::Header,
        name: "Authorization",
    },
};

/// The credentials a request presents, one field per security scheme of
/// the API description.
#[derive(Debug, Clone, Default)]
pub struct Credentials {
    /// `ApiKey`: the API key in the header `Authorization`.
    pub api_key: Option<String>,
}

/// Every operation served by `api`: set the body limit and layers on
/// some operations, then make the axum router with `.router()` (or
/// `.routes()`, to merge it with other routers).
pub fn routes<A: Api>(api: A) -> Routes<impl Service> {
    let mut routes = Routes::new(Served(api));
    route!(routes, authenticated(post_invitation));
    route!(routes, authenticated(delete_invitation));
    route!(routes, authenticated(get_invitations));
    route!(routes, authenticated(update_organization));
    route!(routes, authenticated(create_organization));
    route!(routes, authenticated(get_organization_api_keys));
    route!(routes, authenticated(create_organization_api_key));
    route!(routes, authenticated(delete_organization_api_key));
    route!(routes, authenticated(update_all_org_dataset_configs));
    route!(routes, authenticated(get_organization_usage));
    route!(routes, authenticated(get_organization_users));
    route!(routes, authenticated(get_organization));
    route!(routes, authenticated(delete_organization));
    route!(routes, authenticated(update_user));
    routes
}

/// Serves every operation with `api`: `routes(api).router()`. Bodies
/// over 2 MiB are 413, paths the API does not have 404, methods a
/// path does not take 405 (with `Allow`), each answered by
/// [`Api::reject`].
pub fn router<A: Api>(api: A) -> Router {
    routes(api).router()
}

/// An implementation, as the router reaches it.
struct Served<A>(A);

impl<A: Api> Service for Served<A> {
    type Principal = A::Principal;
    type Credentials = Credentials;
    fn credentials(presented: &Presented<'_>) -> Credentials {
        Credentials {
            api_key: presented.header("Authorization"),
        }
    }
    fn authenticate(
        &self,
        credentials: Credentials,
        incoming: &Incoming<'_>,
    ) -> impl Answer<A::Principal, AuthError> {
        self.0.authenticate(credentials, incoming)
    }
    fn reject(
        &self,
        rejection: Rejection,
        operation: Option<&'static Operation>,
    ) -> Response {
        self.0.reject(rejection, operation)
    }
}

/// An implementation that answers every operation with 501 Not
/// Implemented (accepting any credentials the operation requires): to
/// build the router in tests, or to serve while methods are written.
#[derive(Debug, Clone, Copy, Default)]
pub struct Unimplemented;

impl Api for Unimplemented {
    type Principal = Credentials;
    type Error = NotImplemented;
    async fn authenticate(
        &self,
        credentials: Credentials,
        _: &Incoming<'_>,
    ) -> Result<Credentials, AuthError> {
        Ok(credentials)
    }
    not_implemented!(authenticated(post_invitation));
    not_implemented!(authenticated(delete_invitation));
    not_implemented!(authenticated(get_invitations));
    not_implemented!(authenticated(update_organization));
    not_implemented!(authenticated(create_organization));
    not_implemented!(authenticated(get_organization_api_keys));
    not_implemented!(authenticated(create_organization_api_key));
    not_implemented!(authenticated(delete_organization_api_key));
    not_implemented!(authenticated(update_all_org_dataset_configs));
    not_implemented!(authenticated(get_organization_usage));
    not_implemented!(authenticated(get_organization_users));
    not_implemented!(authenticated(get_organization));
    not_implemented!(authenticated(delete_organization));
    not_implemented!(authenticated(update_user));
}

/// `POST /api/invitation`: Send Invitation.
pub mod post_invitation {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `POST /api/invitation`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "post_invitation",
        method: Method::POST,
        path: "/api/invitation",
        tags: &["Invitation"],
        security: &[&[Requirement::scoped(&super::API_KEY, &["admin"])]],
        parameters: &[Parameter::header("TR-Organization")],
        body: Some(RequestBody::required(&["application/json"])),
        refusals: Refusals::only(StatusCode::BAD_REQUEST),
        ..Operation::NEW
    };
    /// What [`Api::post_invitation`](super::Api::post_invitation) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The header parameters.
        pub headers: Valid<models::TrOrganizationHeaders>,
        /// JSON request payload to send an invitation
        pub body: Valid<models::InvitationData>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { headers, body = json });
    /// What [`Api::post_invitation`](super::Api::post_invitation) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 204: Ok response. Indicates that invitation email was sent correctly.
        NoContent,
        /// 400: Invalid email or some other error
        BadRequest(models::ErrorResponseBody),
        /// 401: Not authenticated: no API key, or one Trieve does not know. (Added: not in the vendor's document.)
        Unauthorized(models::ErrorResponseBody),
        /// 403: The key's user lacks the role for this in the organization named. (Added: not in the vendor's document.)
        Forbidden(models::ErrorResponseBody),
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::NoContent => StatusCode::NO_CONTENT.into_response(),
                Self::BadRequest(body) => response::json(StatusCode::BAD_REQUEST, &body),
                Self::Unauthorized(body) => {
                    response::json(StatusCode::UNAUTHORIZED, &body)
                }
                Self::Forbidden(body) => response::json(StatusCode::FORBIDDEN, &body),
            }
        }
    }
}

/// `DELETE /api/invitation/{invitation_id}`: Delete Invitation.
pub mod delete_invitation {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `DELETE /api/invitation/{invitation_id}`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "delete_invitation",
        method: Method::DELETE,
        path: "/api/invitation/{invitation_id}",
        tags: &["Invitation"],
        security: &[&[Requirement::scoped(&super::API_KEY, &["admin"])]],
        parameters: &[
            Parameter::header("TR-Organization"),
            Parameter::path("invitation_id"),
        ],
        refusals: Refusals::only(StatusCode::BAD_REQUEST),
        ..Operation::NEW
    };
    /// What [`Api::delete_invitation`](super::Api::delete_invitation) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The path parameters.
        pub path: Valid<models::DeleteInvitationPath>,
        /// The header parameters.
        pub headers: Valid<models::TrOrganizationHeaders>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { path, headers });
    /// What [`Api::delete_invitation`](super::Api::delete_invitation) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 204: Ok response. Indicates that invitation was deleted.
        NoContent,
        /// 400: Service error relating to deleting invitation
        BadRequest(models::ErrorResponseBody),
        /// 401: Not authenticated: no API key, or one Trieve does not know. (Added: not in the vendor's document.)
        Unauthorized(models::ErrorResponseBody),
        /// 403: The key's user lacks the role for this in the organization named. (Added: not in the vendor's document.)
        Forbidden(models::ErrorResponseBody),
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::NoContent => StatusCode::NO_CONTENT.into_response(),
                Self::BadRequest(body) => response::json(StatusCode::BAD_REQUEST, &body),
                Self::Unauthorized(body) => {
                    response::json(StatusCode::UNAUTHORIZED, &body)
                }
                Self::Forbidden(body) => response::json(StatusCode::FORBIDDEN, &body),
            }
        }
    }
}

/// `GET /api/invitations/{organization_id}`: Get Invitations.
pub mod get_invitations {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `GET /api/invitations/{organization_id}`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "get_invitations",
        method: Method::GET,
        path: "/api/invitations/{organization_id}",
        tags: &["Invitation"],
        security: &[&[Requirement::scoped(&super::API_KEY, &["readonly"])]],
        parameters: &[
            Parameter::header("TR-Organization"),
            Parameter::path("organization_id"),
        ],
        refusals: Refusals::only(StatusCode::BAD_REQUEST),
        ..Operation::NEW
    };
    /// What [`Api::get_invitations`](super::Api::get_invitations) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The path parameters.
        pub path: Valid<models::GetInvitationsPath>,
        /// The header parameters.
        pub headers: Valid<models::TrOrganizationHeaders>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { path, headers });
    /// What [`Api::get_invitations`](super::Api::get_invitations) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 200: Invitations for the dataset
        Ok(Vec<models::Invitation>),
        /// 400: Service error relating to getting invitations for the dataset
        BadRequest(models::ErrorResponseBody),
        /// 401: Not authenticated: no API key, or one Trieve does not know. (Added: not in the vendor's document.)
        Unauthorized(models::ErrorResponseBody),
        /// 403: The key's user lacks the role for this in the organization named. (Added: not in the vendor's document.)
        Forbidden(models::ErrorResponseBody),
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Ok(body) => response::json(StatusCode::OK, &body),
                Self::BadRequest(body) => response::json(StatusCode::BAD_REQUEST, &body),
                Self::Unauthorized(body) => {
                    response::json(StatusCode::UNAUTHORIZED, &body)
                }
                Self::Forbidden(body) => response::json(StatusCode::FORBIDDEN, &body),
            }
        }
    }
}

/// `PUT /api/organization`: Update Organization.
pub mod update_organization {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `PUT /api/organization`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "update_organization",
        method: Method::PUT,
        path: "/api/organization",
        tags: &["Organization"],
        security: &[&[Requirement::scoped(&super::API_KEY, &["owner"])]],
        parameters: &[Parameter::header("TR-Organization")],
        body: Some(RequestBody::required(&["application/json"])),
        refusals: Refusals::only(StatusCode::BAD_REQUEST),
        ..Operation::NEW
    };
    /// What [`Api::update_organization`](super::Api::update_organization) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The header parameters.
        pub headers: Valid<models::TrOrganizationHeaders>,
        /// The organization data that you want to update
        pub body: Valid<models::UpdateOrganizationReqPayload>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { headers, body = json });
    /// What [`Api::update_organization`](super::Api::update_organization) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 200: Updated organization object
        Ok(models::Organization),
        /// 400: Service error relating to updating the organization
        BadRequest(models::ErrorResponseBody),
        /// 401: Not authenticated: no API key, or one Trieve does not know. (Added: not in the vendor's document.)
        Unauthorized(models::ErrorResponseBody),
        /// 403: The key's user lacks the role for this in the organization named. (Added: not in the vendor's document.)
        Forbidden(models::ErrorResponseBody),
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Ok(body) => response::json(StatusCode::OK, &body),
                Self::BadRequest(body) => response::json(StatusCode::BAD_REQUEST, &body),
                Self::Unauthorized(body) => {
                    response::json(StatusCode::UNAUTHORIZED, &body)
                }
                Self::Forbidden(body) => response::json(StatusCode::FORBIDDEN, &body),
            }
        }
    }
}

/// `POST /api/organization`: Create Organization.
pub mod create_organization {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `POST /api/organization`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "create_organization",
        method: Method::POST,
        path: "/api/organization",
        tags: &["Organization"],
        security: &[&[Requirement::scoped(&super::API_KEY, &["readonly"])]],
        body: Some(RequestBody::required(&["application/json"])),
        refusals: Refusals::only(StatusCode::BAD_REQUEST),
        ..Operation::NEW
    };
    /// What [`Api::create_organization`](super::Api::create_organization) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The organization data that you want to create
        pub body: Valid<models::CreateOrganizationReqPayload>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { body = json });
    /// What [`Api::create_organization`](super::Api::create_organization) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 200: Created organization object
        Ok(models::Organization),
        /// 400: Service error relating to creating the organization
        BadRequest(models::ErrorResponseBody),
        /// 401: Not authenticated: no API key, or one Trieve does not know. (Added: not in the vendor's document.)
        Unauthorized(models::ErrorResponseBody),
        /// 403: The key's user lacks the role for this in the organization named. (Added: not in the vendor's document.)
        Forbidden(models::ErrorResponseBody),
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Ok(body) => response::json(StatusCode::OK, &body),
                Self::BadRequest(body) => response::json(StatusCode::BAD_REQUEST, &body),
                Self::Unauthorized(body) => {
                    response::json(StatusCode::UNAUTHORIZED, &body)
                }
                Self::Forbidden(body) => response::json(StatusCode::FORBIDDEN, &body),
            }
        }
    }
}

/// `GET /api/organization/api_key`: Get Organization Api Keys.
pub mod get_organization_api_keys {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `GET /api/organization/api_key`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "get_organization_api_keys",
        method: Method::GET,
        path: "/api/organization/api_key",
        tags: &["Organization"],
        security: &[&[Requirement::scoped(&super::API_KEY, &["readonly"])]],
        parameters: &[
            Parameter::header("TR-Organization"),
            Parameter::query("cursor"),
            Parameter::query("limit"),
        ],
        refusals: Refusals::only(StatusCode::BAD_REQUEST),
        ..Operation::NEW
    };
    /// What [`Api::get_organization_api_keys`](super::Api::get_organization_api_keys) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The query parameters.
        pub query: Valid<models::GetOrganizationApiKeysQuery>,
        /// The header parameters.
        pub headers: Valid<models::GetOrganizationApiKeysHeaders>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { query, headers });
    /// What [`Api::get_organization_api_keys`](super::Api::get_organization_api_keys) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 200: JSON body representing the api_key for the organization
        Ok(Vec<models::ApiKeyRespBody>),
        /// 400: Service error relating to creating api_key for the organization
        BadRequest(models::ErrorResponseBody),
        /// 401: Not authenticated: no API key, or one Trieve does not know. (Added: not in the vendor's document.)
        Unauthorized(models::ErrorResponseBody),
        /// 403: The key's user lacks the role for this in the organization named. (Added: not in the vendor's document.)
        Forbidden(models::ErrorResponseBody),
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Ok(body) => response::json(StatusCode::OK, &body),
                Self::BadRequest(body) => response::json(StatusCode::BAD_REQUEST, &body),
                Self::Unauthorized(body) => {
                    response::json(StatusCode::UNAUTHORIZED, &body)
                }
                Self::Forbidden(body) => response::json(StatusCode::FORBIDDEN, &body),
            }
        }
    }
}

/// `POST /api/organization/api_key`: Create Organization Api Key.
pub mod create_organization_api_key {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `POST /api/organization/api_key`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "create_organization_api_key",
        method: Method::POST,
        path: "/api/organization/api_key",
        tags: &["Organization"],
        security: &[&[Requirement::scoped(&super::API_KEY, &["readonly"])]],
        parameters: &[Parameter::header("TR-Organization")],
        body: Some(RequestBody::required(&["application/json"])),
        refusals: Refusals::only(StatusCode::BAD_REQUEST),
        ..Operation::NEW
    };
    /// What [`Api::create_organization_api_key`](super::Api::create_organization_api_key) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The header parameters.
        pub headers: Valid<models::GetOrganizationApiKeysHeaders>,
        /// JSON request payload to create a new organization api key
        pub body: Valid<models::CreateApiKeyReqPayload>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { headers, body = json });
    /// What [`Api::create_organization_api_key`](super::Api::create_organization_api_key) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 200: JSON body representing the api_key for the organization
        Ok(models::CreateApiKeyResponse),
        /// 400: Service error relating to creating api_key for the organization
        BadRequest(models::ErrorResponseBody),
        /// 401: Not authenticated: no API key, or one Trieve does not know. (Added: not in the vendor's document.)
        Unauthorized(models::ErrorResponseBody),
        /// 403: The key's user lacks the role for this in the organization named. (Added: not in the vendor's document.)
        Forbidden(models::ErrorResponseBody),
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Ok(body) => response::json(StatusCode::OK, &body),
                Self::BadRequest(body) => response::json(StatusCode::BAD_REQUEST, &body),
                Self::Unauthorized(body) => {
                    response::json(StatusCode::UNAUTHORIZED, &body)
                }
                Self::Forbidden(body) => response::json(StatusCode::FORBIDDEN, &body),
            }
        }
    }
}

/// `DELETE /api/organization/api_key/{api_key_id}`: Delete Organization Api Key.
pub mod delete_organization_api_key {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `DELETE /api/organization/api_key/{api_key_id}`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "delete_organization_api_key",
        method: Method::DELETE,
        path: "/api/organization/api_key/{api_key_id}",
        tags: &["Organization"],
        security: &[&[Requirement::scoped(&super::API_KEY, &["readonly"])]],
        parameters: &[
            Parameter::path("api_key_id"),
            Parameter::header("TR-Organization"),
        ],
        refusals: Refusals::only(StatusCode::BAD_REQUEST),
        ..Operation::NEW
    };
    /// What [`Api::delete_organization_api_key`](super::Api::delete_organization_api_key) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The path parameters.
        pub path: Valid<models::DeleteOrganizationApiKeyPath>,
        /// The header parameters.
        pub headers: Valid<models::GetOrganizationApiKeysHeaders>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { path, headers });
    /// What [`Api::delete_organization_api_key`](super::Api::delete_organization_api_key) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 204: Confirmation that the api key was deleted
        NoContent,
        /// 400: Service error relating to creating api_key for the organization
        BadRequest(models::ErrorResponseBody),
        /// 401: Not authenticated: no API key, or one Trieve does not know. (Added: not in the vendor's document.)
        Unauthorized(models::ErrorResponseBody),
        /// 403: The key's user lacks the role for this in the organization named. (Added: not in the vendor's document.)
        Forbidden(models::ErrorResponseBody),
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::NoContent => StatusCode::NO_CONTENT.into_response(),
                Self::BadRequest(body) => response::json(StatusCode::BAD_REQUEST, &body),
                Self::Unauthorized(body) => {
                    response::json(StatusCode::UNAUTHORIZED, &body)
                }
                Self::Forbidden(body) => response::json(StatusCode::FORBIDDEN, &body),
            }
        }
    }
}

/// `POST /api/organization/update_dataset_configs`: Update All Dataset Configurations.
pub mod update_all_org_dataset_configs {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `POST /api/organization/update_dataset_configs`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "update_all_org_dataset_configs",
        method: Method::POST,
        path: "/api/organization/update_dataset_configs",
        tags: &["Organization"],
        security: &[&[Requirement::scoped(&super::API_KEY, &["owner"])]],
        parameters: &[Parameter::header("TR-Organization")],
        body: Some(RequestBody::required(&["application/json"])),
        refusals: Refusals::only(StatusCode::BAD_REQUEST),
        ..Operation::NEW
    };
    /// What [`Api::update_all_org_dataset_configs`](super::Api::update_all_org_dataset_configs) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The header parameters.
        pub headers: Valid<models::TrOrganizationHeaders>,
        /// The organization data that you want to create
        pub body: Valid<models::UpdateAllOrgDatasetConfigsReqPayload>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { headers, body = json });
    /// What [`Api::update_all_org_dataset_configs`](super::Api::update_all_org_dataset_configs) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 204: Confirmation that the dataset ServerConfigurations were updated successfully
        NoContent,
        /// 400: Service error relating to updating the dataset ServerConfigurations
        BadRequest(models::ErrorResponseBody),
        /// 401: Not authenticated: no API key, or one Trieve does not know. (Added: not in the vendor's document.)
        Unauthorized(models::ErrorResponseBody),
        /// 403: The key's user lacks the role for this in the organization named. (Added: not in the vendor's document.)
        Forbidden(models::ErrorResponseBody),
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::NoContent => StatusCode::NO_CONTENT.into_response(),
                Self::BadRequest(body) => response::json(StatusCode::BAD_REQUEST, &body),
                Self::Unauthorized(body) => {
                    response::json(StatusCode::UNAUTHORIZED, &body)
                }
                Self::Forbidden(body) => response::json(StatusCode::FORBIDDEN, &body),
            }
        }
    }
}

/// `POST /api/organization/usage/{organization_id}`: Get Organization Usage.
pub mod get_organization_usage {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `POST /api/organization/usage/{organization_id}`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "get_organization_usage",
        method: Method::POST,
        path: "/api/organization/usage/{organization_id}",
        tags: &["Organization"],
        security: &[&[Requirement::scoped(&super::API_KEY, &["admin"])]],
        parameters: &[
            Parameter::header("TR-Organization"),
            Parameter::path("organization_id"),
        ],
        body: Some(RequestBody::required(&["application/json"])),
        refusals: Refusals::only(StatusCode::BAD_REQUEST),
        ..Operation::NEW
    };
    /// What [`Api::get_organization_usage`](super::Api::get_organization_usage) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The path parameters.
        pub path: Valid<models::GetOrganizationUsagePath>,
        /// The header parameters.
        pub headers: Valid<models::TrOrganizationHeaders>,
        /// The organization usage timeframe that you want to fetch
        pub body: Valid<models::GetOrganizationUsageReqPayload>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { path, headers, body = json });
    /// What [`Api::get_organization_usage`](super::Api::get_organization_usage) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 200: The current usage of the specified organization
        Ok(models::ExtendedOrganizationUsageCount),
        /// 400: Service error relating to finding the organization's usage by id
        BadRequest(models::ErrorResponseBody),
        /// 401: Not authenticated: no API key, or one Trieve does not know. (Added: not in the vendor's document.)
        Unauthorized(models::ErrorResponseBody),
        /// 403: The key's user lacks the role for this in the organization named. (Added: not in the vendor's document.)
        Forbidden(models::ErrorResponseBody),
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Ok(body) => response::json(StatusCode::OK, &body),
                Self::BadRequest(body) => response::json(StatusCode::BAD_REQUEST, &body),
                Self::Unauthorized(body) => {
                    response::json(StatusCode::UNAUTHORIZED, &body)
                }
                Self::Forbidden(body) => response::json(StatusCode::FORBIDDEN, &body),
            }
        }
    }
}

/// `GET /api/organization/users/{organization_id}`: Get Organization Users.
pub mod get_organization_users {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `GET /api/organization/users/{organization_id}`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "get_organization_users",
        method: Method::GET,
        path: "/api/organization/users/{organization_id}",
        tags: &["Organization"],
        security: &[&[Requirement::scoped(&super::API_KEY, &["admin"])]],
        parameters: &[
            Parameter::header("TR-Organization"),
            Parameter::path("organization_id"),
        ],
        refusals: Refusals::only(StatusCode::BAD_REQUEST),
        ..Operation::NEW
    };
    /// What [`Api::get_organization_users`](super::Api::get_organization_users) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The path parameters.
        pub path: Valid<models::GetOrganizationUsersPath>,
        /// The header parameters.
        pub headers: Valid<models::TrOrganizationHeaders>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { path, headers });
    /// What [`Api::get_organization_users`](super::Api::get_organization_users) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 200: Array of users who belong to the specified by organization
        Ok(Vec<models::SlimUser>),
        /// 400: Service error relating to finding the organization's users by id
        BadRequest(models::ErrorResponseBody),
        /// 401: Not authenticated: no API key, or one Trieve does not know. (Added: not in the vendor's document.)
        Unauthorized(models::ErrorResponseBody),
        /// 403: The key's user lacks the role for this in the organization named. (Added: not in the vendor's document.)
        Forbidden(models::ErrorResponseBody),
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Ok(body) => response::json(StatusCode::OK, &body),
                Self::BadRequest(body) => response::json(StatusCode::BAD_REQUEST, &body),
                Self::Unauthorized(body) => {
                    response::json(StatusCode::UNAUTHORIZED, &body)
                }
                Self::Forbidden(body) => response::json(StatusCode::FORBIDDEN, &body),
            }
        }
    }
}

/// `GET /api/organization/{organization_id}`: Get Organization.
pub mod get_organization {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `GET /api/organization/{organization_id}`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "get_organization",
        method: Method::GET,
        path: "/api/organization/{organization_id}",
        tags: &["Organization"],
        security: &[&[Requirement::scoped(&super::API_KEY, &["admin"])]],
        parameters: &[
            Parameter::header("TR-Organization"),
            Parameter::path("organization_id"),
        ],
        refusals: Refusals::only(StatusCode::BAD_REQUEST),
        ..Operation::NEW
    };
    /// What [`Api::get_organization`](super::Api::get_organization) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The path parameters.
        pub path: Valid<models::OrganizationIdPath>,
        /// The header parameters.
        pub headers: Valid<models::TrOrganizationHeaders>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { path, headers });
    /// What [`Api::get_organization`](super::Api::get_organization) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 200: Organization with the id that was requested
        Ok(models::OrganizationWithSubAndPlan),
        /// 400: Service error relating to finding the organization by id
        BadRequest(models::ErrorResponseBody),
        /// 404: Organization not found
        NotFound(models::ErrorResponseBody),
        /// 401: Not authenticated: no API key, or one Trieve does not know. (Added: not in the vendor's document.)
        Unauthorized(models::ErrorResponseBody),
        /// 403: The key's user lacks the role for this in the organization named. (Added: not in the vendor's document.)
        Forbidden(models::ErrorResponseBody),
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Ok(body) => response::json(StatusCode::OK, &body),
                Self::BadRequest(body) => response::json(StatusCode::BAD_REQUEST, &body),
                Self::NotFound(body) => response::json(StatusCode::NOT_FOUND, &body),
                Self::Unauthorized(body) => {
                    response::json(StatusCode::UNAUTHORIZED, &body)
                }
                Self::Forbidden(body) => response::json(StatusCode::FORBIDDEN, &body),
            }
        }
    }
}

/// `DELETE /api/organization/{organization_id}`: Delete Organization.
pub mod delete_organization {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `DELETE /api/organization/{organization_id}`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "delete_organization",
        method: Method::DELETE,
        path: "/api/organization/{organization_id}",
        tags: &["Organization"],
        security: &[&[Requirement::scoped(&super::API_KEY, &["admin"])]],
        parameters: &[
            Parameter::header("TR-Organization"),
            Parameter::path("organization_id"),
        ],
        refusals: Refusals::only(StatusCode::BAD_REQUEST),
        ..Operation::NEW
    };
    /// What [`Api::delete_organization`](super::Api::delete_organization) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The path parameters.
        pub path: Valid<models::OrganizationIdPath>,
        /// The header parameters.
        pub headers: Valid<models::TrOrganizationHeaders>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { path, headers });
    /// What [`Api::delete_organization`](super::Api::delete_organization) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 204: Confirmation that the organization was deleted
        NoContent,
        /// 400: Service error relating to deleting the organization by id
        BadRequest(models::ErrorResponseBody),
        /// 401: Not authenticated: no API key, or one Trieve does not know. (Added: not in the vendor's document.)
        Unauthorized(models::ErrorResponseBody),
        /// 403: The key's user lacks the role for this in the organization named. (Added: not in the vendor's document.)
        Forbidden(models::ErrorResponseBody),
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::NoContent => StatusCode::NO_CONTENT.into_response(),
                Self::BadRequest(body) => response::json(StatusCode::BAD_REQUEST, &body),
                Self::Unauthorized(body) => {
                    response::json(StatusCode::UNAUTHORIZED, &body)
                }
                Self::Forbidden(body) => response::json(StatusCode::FORBIDDEN, &body),
            }
        }
    }
}

/// `PUT /api/user`: Update User Org Role.
pub mod update_user {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `PUT /api/user`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "update_user",
        method: Method::PUT,
        path: "/api/user",
        tags: &["User"],
        security: &[&[Requirement::scoped(&super::API_KEY, &["readonly"])]],
        parameters: &[Parameter::header("TR-Organization")],
        body: Some(RequestBody::required(&["application/json"])),
        refusals: Refusals::only(StatusCode::BAD_REQUEST),
        ..Operation::NEW
    };
    /// What [`Api::update_user`](super::Api::update_user) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The header parameters.
        pub headers: Valid<models::TrOrganizationHeaders>,
        /// JSON request payload to update user information for the auth'ed user
        pub body: Valid<models::UpdateUserReqPayload>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { headers, body = json });
    /// What [`Api::update_user`](super::Api::update_user) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 204: Confirmation that the user's role was updated
        NoContent,
        /// 400: Service error relating to updating the user
        BadRequest(models::ErrorResponseBody),
        /// 401: Not authenticated: no API key, or one Trieve does not know. (Added: not in the vendor's document.)
        Unauthorized(models::ErrorResponseBody),
        /// 403: The key's user lacks the role for this in the organization named. (Added: not in the vendor's document.)
        Forbidden(models::ErrorResponseBody),
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::NoContent => StatusCode::NO_CONTENT.into_response(),
                Self::BadRequest(body) => response::json(StatusCode::BAD_REQUEST, &body),
                Self::Unauthorized(body) => {
                    response::json(StatusCode::UNAUTHORIZED, &body)
                }
                Self::Forbidden(body) => response::json(StatusCode::FORBIDDEN, &body),
            }
        }
    }
}
