//! The server: the [`Api`] trait an implementation provides, a module
//! per operation with its request and response types and its
//! description, and [`routes`], which reads, authenticates and checks
//! every request before a method sees it.
#![allow(
    clippy::large_enum_variant,
    reason = "a request body is read once and a response written once: a body in a `Box` would only cost the implementor a `Box::new` or a deref"
)]

use oapi_axum_runtime::{
    Answer, AuthError, Incoming, NotImplemented, Operation, RefusalShape, RefusalShapes,
    Rejection, Routes, SchemeKind, SecurityScheme, not_implemented, response, route,
};
use oapi_axum_runtime::axum::Router;
use oapi_axum_runtime::axum::response::{IntoResponse, Response};
use oapi_axum_runtime::support::{Presented, Service};

/// What an implementation of ZenML Pro API provides: one method per operation.
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
    /// - 422: FastAPI's `HTTPValidationError`;
    /// - any other: `{"detail": ...}`.
    ///
    /// An operation that declares another shape has it in its `OPERATION`.
    fn reject(
        &self,
        rejection: Rejection,
        operation: Option<&'static Operation>,
    ) -> Response {
        response::refusal(&rejection, operation, &REFUSALS)
    }
    /// `GET /organizations`: List Organizations Endpoint (`list_organizations_endpoint_organizations_get`)
    ///
    /// Endpoint to list organizations.
    ///
    /// Args:
    ///     name: Filter by organization name.
    ///     offset: Query offset.
    ///     limit: Query limit.
    ///     auth_context: The authentication context.
    ///     rbac: RBAC component.
    ///     organization_manager: Organization manager
    ///     owner_id: Id of the Organization owner
    ///     owner_username: Username of the Organization owner
    ///
    /// Returns:
    ///     List of organization models.
    fn list_organizations_endpoint(
        &self,
        principal: Self::Principal,
        request: list_organizations_endpoint::Request,
    ) -> impl Answer<list_organizations_endpoint::Response, Self::Error>;
    /// `POST /organizations`: Create Organization Endpoint (`create_organization_endpoint_organizations_post`)
    ///
    /// Endpoint to create an organization.
    ///
    /// Args:
    ///     organization: The organization to create.
    ///     user: The authenticated user.
    ///     rbac: RBAC component.
    ///     organization_manager: Organization manager
    ///
    /// Raises:
    ///     IllegalOperationError: If the user is not allowed to create an
    ///         organization for another user or to set sensitive user fields.
    ///         Also raised if the user is a service account.
    ///     OrganizationLimitExceeded: If the user already has an organization.
    ///
    /// Returns:
    ///     Model of the created organization.
    fn create_organization_endpoint(
        &self,
        principal: Self::Principal,
        request: create_organization_endpoint::Request,
    ) -> impl Answer<create_organization_endpoint::Response, Self::Error>;
    /// `GET /organizations/{organization_id}`: Get Organization Endpoint
    ///
    /// Endpoint to get an organization.
    ///
    /// Args:
    ///     organization_id_or_name: ID or name of the organization to get.
    ///     include_subscription_status: Whether to include the subscription
    ///         status of the org
    ///     auth_context: The authentication context.
    ///     rbac: RBAC component.
    ///     organization_manager: Organization manager
    ///
    /// Returns:
    ///     Model of the organization.
    fn get_organization_endpoint_organizations_organization_id_or_name_get(
        &self,
        principal: Self::Principal,
        request: get_organization_endpoint_organizations_organization_id_or_name_get::Request,
    ) -> impl Answer<
        get_organization_endpoint_organizations_organization_id_or_name_get::Response,
        Self::Error,
    >;
    /// `DELETE /organizations/{organization_id}`: Delete Organization Endpoint (`delete_organization_endpoint_organizations__organization_id__delete`)
    ///
    /// Endpoint to delete an organization.
    ///
    /// Args:
    ///     organization_id: ID of the organization to delete.
    ///     user: The authenticated user.
    ///     organization_manager: Organization manager
    ///
    /// Raises:
    ///     IllegalOperationError: If the user does not have permissions to
    ///         delete the organization.
    fn delete_organization_endpoint(
        &self,
        principal: Self::Principal,
        request: delete_organization_endpoint::Request,
    ) -> impl Answer<delete_organization_endpoint::Response, Self::Error>;
    /// `PATCH /organizations/{organization_id}`: Update Organization Endpoint (`update_organization_endpoint_organizations__organization_id__patch`)
    ///
    /// Endpoint to update an organization.
    ///
    /// Args:
    ///     organization_id: ID of the organization to update.
    ///     update: The organization update.
    ///     user: The authenticated user.
    ///     rbac: RBAC component.
    ///     organization_manager: Organization manager
    ///
    /// Returns:
    ///     Model of the updated organization.
    ///
    /// Raises:
    ///     IllegalOperationError: If the user does not have permissions to
    ///         update the organization.
    fn update_organization_endpoint(
        &self,
        principal: Self::Principal,
        request: update_organization_endpoint::Request,
    ) -> impl Answer<update_organization_endpoint::Response, Self::Error>;
}

/// Every operation, in the order of the API description.
pub static OPERATIONS: &[&Operation] = &[
    &list_organizations_endpoint::OPERATION,
    &create_organization_endpoint::OPERATION,
    &get_organization_endpoint_organizations_organization_id_or_name_get::OPERATION,
    &delete_organization_endpoint::OPERATION,
    &update_organization_endpoint::OPERATION,
];

/// The shapes refusals are written in: by status, what most operations
/// declare for it; and for any other status.
pub static REFUSALS: RefusalShapes = RefusalShapes {
    statuses: &[
        (
            &[422],
            RefusalShape::FastApi {
                media_type: "application/json",
                text_indices: false,
            },
        ),
    ],
    otherwise: RefusalShape::Object {
        message: "detail",
        code: None,
        request_id: None,
        media_type: "application/json",
        violations: false,
    },
};

/// The security scheme `OAuth2PasswordBearer`.
pub static O_AUTH2_PASSWORD_BEARER: SecurityScheme = SecurityScheme {
    name: "OAuth2PasswordBearer",
    kind: SchemeKind::Bearer,
};

/// The credentials a request presents, one field per security scheme of
/// the API description.
#[derive(Debug, Clone, Default)]
pub struct Credentials {
    /// `OAuth2PasswordBearer`: the token of `Authorization: Bearer`.
    pub o_auth2_password_bearer: Option<String>,
}

/// Every operation served by `api`: set the body limit and layers on
/// some operations, then make the axum router with `.router()` (or
/// `.routes()`, to merge it with other routers).
pub fn routes<A: Api>(api: A) -> Routes<impl Service> {
    let mut routes = Routes::new(Served(api));
    route!(routes, authenticated(list_organizations_endpoint));
    route!(routes, authenticated(create_organization_endpoint));
    route!(
        routes,
        authenticated(get_organization_endpoint_organizations_organization_id_or_name_get)
    );
    route!(routes, authenticated(delete_organization_endpoint));
    route!(routes, authenticated(update_organization_endpoint));
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
            o_auth2_password_bearer: presented.bearer(),
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
    not_implemented!(authenticated(list_organizations_endpoint));
    not_implemented!(authenticated(create_organization_endpoint));
    not_implemented!(
        authenticated(get_organization_endpoint_organizations_organization_id_or_name_get)
    );
    not_implemented!(authenticated(delete_organization_endpoint));
    not_implemented!(authenticated(update_organization_endpoint));
}

/// `GET /organizations`: List Organizations Endpoint (`list_organizations_endpoint_organizations_get`).
pub mod list_organizations_endpoint {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `GET /organizations`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "list_organizations_endpoint_organizations_get",
        method: Method::GET,
        path: "/organizations",
        tags: &["organizations"],
        security: &[&[Requirement::new(&super::O_AUTH2_PASSWORD_BEARER)]],
        parameters: &[
            Parameter::query("name"),
            Parameter::query("offset"),
            Parameter::query("limit"),
            Parameter::query("owner_id"),
            Parameter::query("owner_username"),
        ],
        refusals: Refusals::only(StatusCode::UNPROCESSABLE_ENTITY),
        ..Operation::NEW
    };
    /// What [`Api::list_organizations_endpoint`](super::Api::list_organizations_endpoint) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The query parameters.
        pub query: Valid<models::ListOrganizationsEndpointQuery>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { query });
    /// What [`Api::list_organizations_endpoint`](super::Api::list_organizations_endpoint) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 200: Successful Response
        Ok(Vec<models::OrganizationRead>),
        /// 401: Not authenticated
        Unauthorized,
        /// 422: Validation Error
        UnprocessableEntity(models::HttpValidationError),
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Ok(body) => response::json(StatusCode::OK, &body),
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::UnprocessableEntity(body) => {
                    response::json(StatusCode::UNPROCESSABLE_ENTITY, &body)
                }
            }
        }
    }
}

/// `POST /organizations`: Create Organization Endpoint (`create_organization_endpoint_organizations_post`).
pub mod create_organization_endpoint {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `POST /organizations`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "create_organization_endpoint_organizations_post",
        method: Method::POST,
        path: "/organizations",
        tags: &["organizations"],
        security: &[&[Requirement::new(&super::O_AUTH2_PASSWORD_BEARER)]],
        body: Some(RequestBody::required(&["application/json"])),
        refusals: Refusals::only(StatusCode::UNPROCESSABLE_ENTITY),
        ..Operation::NEW
    };
    /// What [`Api::create_organization_endpoint`](super::Api::create_organization_endpoint) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The body.
        pub body: Valid<models::OrganizationCreate>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { body = json });
    /// What [`Api::create_organization_endpoint`](super::Api::create_organization_endpoint) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 200: Successful Response
        Ok(models::OrganizationRead),
        /// 401: Not authenticated
        Unauthorized,
        /// 403: IllegalOperationError: the user may not create an organization for another user or set sensitive user fields, or is a service account.
        Forbidden,
        /// 409: OrganizationLimitExceeded: the user already has an organization.
        Conflict,
        /// 422: Validation Error
        UnprocessableEntity(models::HttpValidationError),
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Ok(body) => response::json(StatusCode::OK, &body),
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
                Self::Conflict => StatusCode::CONFLICT.into_response(),
                Self::UnprocessableEntity(body) => {
                    response::json(StatusCode::UNPROCESSABLE_ENTITY, &body)
                }
            }
        }
    }
}

/// `GET /organizations/{organization_id}`: Get Organization Endpoint.
pub mod get_organization_endpoint_organizations_organization_id_or_name_get {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `GET /organizations/{organization_id}`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "get_organization_endpoint_organizations__organization_id_or_name__get",
        method: Method::GET,
        path: "/organizations/{organization_id}",
        tags: &["organizations"],
        security: &[&[Requirement::new(&super::O_AUTH2_PASSWORD_BEARER)]],
        parameters: &[
            Parameter::path("organization_id"),
            Parameter::query("include_subscription_status"),
        ],
        refusals: Refusals::only(StatusCode::UNPROCESSABLE_ENTITY),
        ..Operation::NEW
    };
    /// What [`Api::get_organization_endpoint_organizations_organization_id_or_name_get`](super::Api::get_organization_endpoint_organizations_organization_id_or_name_get) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The path parameters.
        pub path: Valid<
            models::GetOrganizationEndpointOrganizationsOrganizationIdOrNameGetPath,
        >,
        /// The query parameters.
        pub query: Valid<
            models::GetOrganizationEndpointOrganizationsOrganizationIdOrNameGetQuery,
        >,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { path, query });
    /// What [`Api::get_organization_endpoint_organizations_organization_id_or_name_get`](super::Api::get_organization_endpoint_organizations_organization_id_or_name_get) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 200: Successful Response
        Ok(models::OrganizationRead),
        /// 401: Not authenticated
        Unauthorized,
        /// 404: No organization with this ID or name.
        NotFound,
        /// 422: Validation Error
        UnprocessableEntity(models::HttpValidationError),
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Ok(body) => response::json(StatusCode::OK, &body),
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::NotFound => StatusCode::NOT_FOUND.into_response(),
                Self::UnprocessableEntity(body) => {
                    response::json(StatusCode::UNPROCESSABLE_ENTITY, &body)
                }
            }
        }
    }
}

/// `DELETE /organizations/{organization_id}`: Delete Organization Endpoint (`delete_organization_endpoint_organizations__organization_id__delete`).
pub mod delete_organization_endpoint {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `DELETE /organizations/{organization_id}`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "delete_organization_endpoint_organizations__organization_id__delete",
        method: Method::DELETE,
        path: "/organizations/{organization_id}",
        tags: &["organizations"],
        security: &[&[Requirement::new(&super::O_AUTH2_PASSWORD_BEARER)]],
        parameters: &[Parameter::path("organization_id")],
        refusals: Refusals::only(StatusCode::UNPROCESSABLE_ENTITY),
        ..Operation::NEW
    };
    /// What [`Api::delete_organization_endpoint`](super::Api::delete_organization_endpoint) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The path parameters.
        pub path: Valid<models::OrganizationIdPath>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { path });
    /// What [`Api::delete_organization_endpoint`](super::Api::delete_organization_endpoint) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 204: Successful Response
        NoContent,
        /// 401: Not authenticated
        Unauthorized,
        /// 403: IllegalOperationError: the user does not have permissions to delete the organization.
        Forbidden,
        /// 404: No organization with this ID.
        NotFound,
        /// 422: Validation Error
        UnprocessableEntity(models::HttpValidationError),
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::NoContent => StatusCode::NO_CONTENT.into_response(),
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
                Self::NotFound => StatusCode::NOT_FOUND.into_response(),
                Self::UnprocessableEntity(body) => {
                    response::json(StatusCode::UNPROCESSABLE_ENTITY, &body)
                }
            }
        }
    }
}

/// `PATCH /organizations/{organization_id}`: Update Organization Endpoint (`update_organization_endpoint_organizations__organization_id__patch`).
pub mod update_organization_endpoint {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `PATCH /organizations/{organization_id}`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "update_organization_endpoint_organizations__organization_id__patch",
        method: Method::PATCH,
        path: "/organizations/{organization_id}",
        tags: &["organizations"],
        security: &[&[Requirement::new(&super::O_AUTH2_PASSWORD_BEARER)]],
        parameters: &[Parameter::path("organization_id")],
        body: Some(RequestBody::required(&["application/json"])),
        refusals: Refusals::only(StatusCode::UNPROCESSABLE_ENTITY),
        ..Operation::NEW
    };
    /// What [`Api::update_organization_endpoint`](super::Api::update_organization_endpoint) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The path parameters.
        pub path: Valid<models::OrganizationIdPath>,
        /// The body.
        pub body: Valid<models::OrganizationUpdate>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { path, body = json });
    /// What [`Api::update_organization_endpoint`](super::Api::update_organization_endpoint) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 200: Successful Response
        Ok(models::OrganizationRead),
        /// 401: Not authenticated
        Unauthorized,
        /// 403: IllegalOperationError: the user does not have permissions to update the organization.
        Forbidden,
        /// 404: No organization with this ID.
        NotFound,
        /// 409: EntityExistsError: another organization has this name.
        Conflict,
        /// 422: Validation Error
        UnprocessableEntity(models::HttpValidationError),
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Ok(body) => response::json(StatusCode::OK, &body),
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
                Self::NotFound => StatusCode::NOT_FOUND.into_response(),
                Self::Conflict => StatusCode::CONFLICT.into_response(),
                Self::UnprocessableEntity(body) => {
                    response::json(StatusCode::UNPROCESSABLE_ENTITY, &body)
                }
            }
        }
    }
}
