//! The server: the [`Api`] trait an implementation provides, a module
//! per operation with its request and response types and its
//! description, and [`routes`], which reads, authenticates and checks
//! every request before a method sees it.
#![allow(
    clippy::large_enum_variant,
    reason = "a request body is read once and a response written once: a body in a `Box` would only cost the implementor a `Box::new` or a deref"
)]

use oapi_axum_runtime::{
    Answer, AuthError, Incoming, NotImplemented, Operation, Rejection, Requirement,
    Routes, SchemeKind, SecurityScheme, not_implemented, response, route,
};
use oapi_axum_runtime::axum::Router;
use oapi_axum_runtime::axum::response::{IntoResponse, Response};
use oapi_axum_runtime::support::{Presented, Service};

/// What an implementation of Logto API references provides: one method per operation.
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
    /// RFC 9457 `application/problem+json`, with every violation and its pointer.
    fn reject(
        &self,
        rejection: Rejection,
        _operation: Option<&'static Operation>,
    ) -> Response {
        response::problem_response(&rejection)
    }
    /// `GET /api/organizations`: Get organizations
    ///
    /// Get organizations that match the given query with pagination.
    fn list_organizations(
        &self,
        principal: Self::Principal,
        request: list_organizations::Request,
    ) -> impl Answer<list_organizations::Response, Self::Error>;
    /// `POST /api/organizations`: Create an organization
    ///
    /// Create a new organization with the given data.
    fn create_organization(
        &self,
        principal: Self::Principal,
        request: create_organization::Request,
    ) -> impl Answer<create_organization::Response, Self::Error>;
    /// `GET /api/organizations/{id}`: Get organization
    ///
    /// Get organization details by ID.
    fn get_organization(
        &self,
        principal: Self::Principal,
        request: get_organization::Request,
    ) -> impl Answer<get_organization::Response, Self::Error>;
    /// `DELETE /api/organizations/{id}`: Delete organization
    ///
    /// Delete organization by ID.
    fn delete_organization(
        &self,
        principal: Self::Principal,
        request: delete_organization::Request,
    ) -> impl Answer<delete_organization::Response, Self::Error>;
    /// `PATCH /api/organizations/{id}`: Update organization
    ///
    /// Update organization details by ID with the given data.
    fn update_organization(
        &self,
        principal: Self::Principal,
        request: update_organization::Request,
    ) -> impl Answer<update_organization::Response, Self::Error>;
    /// `GET /api/organizations/{id}/users`: Get organization user members
    ///
    /// Get users that are members of the specified organization for the given query with pagination.
    fn list_organization_users(
        &self,
        principal: Self::Principal,
        request: list_organization_users::Request,
    ) -> impl Answer<list_organization_users::Response, Self::Error>;
    /// `PUT /api/organizations/{id}/users`: Replace organization user members
    ///
    /// Replace all user members for the specified organization with the given users. This effectively removing all existing user memberships in the organization and adding the new users as members.
    fn replace_organization_users(
        &self,
        principal: Self::Principal,
        request: replace_organization_users::Request,
    ) -> impl Answer<replace_organization_users::Response, Self::Error>;
    /// `POST /api/organizations/{id}/users`: Add user members to organization
    ///
    /// Add users as members to the specified organization with the given user IDs.
    fn add_organization_users(
        &self,
        principal: Self::Principal,
        request: add_organization_users::Request,
    ) -> impl Answer<add_organization_users::Response, Self::Error>;
    /// `DELETE /api/organizations/{id}/users/{userId}`: Remove user member from organization
    ///
    /// Remove a user's membership from the specified organization.
    fn delete_organization_user(
        &self,
        principal: Self::Principal,
        request: delete_organization_user::Request,
    ) -> impl Answer<delete_organization_user::Response, Self::Error>;
    /// `POST /api/organizations/{id}/users/roles`: Assign roles to organization user members
    ///
    /// Assign roles to user members of the specified organization.
    fn assign_organization_roles_to_users(
        &self,
        principal: Self::Principal,
        request: assign_organization_roles_to_users::Request,
    ) -> impl Answer<assign_organization_roles_to_users::Response, Self::Error>;
    /// `GET /api/organizations/{id}/users/{userId}/roles`: Get roles for a user in an organization
    ///
    /// Get roles assigned to a user in the specified organization with pagination.
    fn list_organization_user_roles(
        &self,
        principal: Self::Principal,
        request: list_organization_user_roles::Request,
    ) -> impl Answer<list_organization_user_roles::Response, Self::Error>;
    /// `PUT /api/organizations/{id}/users/{userId}/roles`: Update roles for a user in an organization
    ///
    /// Update roles assigned to a user in the specified organization with the provided data.
    fn replace_organization_user_roles(
        &self,
        principal: Self::Principal,
        request: replace_organization_user_roles::Request,
    ) -> impl Answer<replace_organization_user_roles::Response, Self::Error>;
    /// `POST /api/organizations/{id}/users/{userId}/roles`: Assign roles to a user in an organization
    ///
    /// Assign roles to a user in the specified organization with the provided data.
    fn assign_organization_roles_to_user(
        &self,
        principal: Self::Principal,
        request: assign_organization_roles_to_user::Request,
    ) -> impl Answer<assign_organization_roles_to_user::Response, Self::Error>;
    /// `DELETE /api/organizations/{id}/users/{userId}/roles/{organizationRoleId}`: Remove a role from a user in an organization
    ///
    /// Remove a role assignment from a user in the specified organization.
    fn delete_organization_user_role(
        &self,
        principal: Self::Principal,
        request: delete_organization_user_role::Request,
    ) -> impl Answer<delete_organization_user_role::Response, Self::Error>;
    /// `GET /api/organizations/{id}/users/{userId}/scopes`: Get scopes for a user in an organization tailored by the organization roles
    ///
    /// Get scopes assigned to a user in the specified organization tailored by the organization roles. The scopes are derived from the organization roles assigned to the user.
    fn list_organization_user_scopes(
        &self,
        principal: Self::Principal,
        request: list_organization_user_scopes::Request,
    ) -> impl Answer<list_organization_user_scopes::Response, Self::Error>;
    /// `GET /api/organization-roles`: Get organization roles
    ///
    /// Get organization roles with pagination.
    fn list_organization_roles(
        &self,
        principal: Self::Principal,
        request: list_organization_roles::Request,
    ) -> impl Answer<list_organization_roles::Response, Self::Error>;
    /// `POST /api/organization-roles`: Create an organization role
    ///
    /// Create a new organization role with the given data.
    fn create_organization_role(
        &self,
        principal: Self::Principal,
        request: create_organization_role::Request,
    ) -> impl Answer<create_organization_role::Response, Self::Error>;
    /// `GET /api/organization-roles/{id}`: Get organization role
    ///
    /// Get organization role details by ID.
    fn get_organization_role(
        &self,
        principal: Self::Principal,
        request: get_organization_role::Request,
    ) -> impl Answer<get_organization_role::Response, Self::Error>;
    /// `DELETE /api/organization-roles/{id}`: Delete organization role
    ///
    /// Delete organization role by ID.
    fn delete_organization_role(
        &self,
        principal: Self::Principal,
        request: delete_organization_role::Request,
    ) -> impl Answer<delete_organization_role::Response, Self::Error>;
    /// `PATCH /api/organization-roles/{id}`: Update organization role
    ///
    /// Update organization role details by ID with the given data.
    fn update_organization_role(
        &self,
        principal: Self::Principal,
        request: update_organization_role::Request,
    ) -> impl Answer<update_organization_role::Response, Self::Error>;
    /// `GET /api/organization-roles/{id}/scopes`: Get organization role scopes
    ///
    /// Get organization scopes that are assigned to the specified organization role with optional pagination.
    fn list_organization_role_scopes(
        &self,
        principal: Self::Principal,
        request: list_organization_role_scopes::Request,
    ) -> impl Answer<list_organization_role_scopes::Response, Self::Error>;
    /// `PUT /api/organization-roles/{id}/scopes`: Replace organization scopes for organization role
    ///
    /// Replace all organization scopes that are assigned to the specified organization role with the given organization scopes. This effectively removes all existing organization scope assignments and replaces them with the new ones.
    fn replace_organization_role_scopes(
        &self,
        principal: Self::Principal,
        request: replace_organization_role_scopes::Request,
    ) -> impl Answer<replace_organization_role_scopes::Response, Self::Error>;
    /// `POST /api/organization-roles/{id}/scopes`: Assign organization scopes to organization role
    ///
    /// Assign organization scopes to the specified organization role
    fn create_organization_role_scope(
        &self,
        principal: Self::Principal,
        request: create_organization_role_scope::Request,
    ) -> impl Answer<create_organization_role_scope::Response, Self::Error>;
    /// `DELETE /api/organization-roles/{id}/scopes/{organizationScopeId}`: Remove organization scope
    ///
    /// Remove a organization scope assignment from the specified organization role.
    fn delete_organization_role_scope(
        &self,
        principal: Self::Principal,
        request: delete_organization_role_scope::Request,
    ) -> impl Answer<delete_organization_role_scope::Response, Self::Error>;
    /// `GET /api/organization-scopes`: Get organization scopes
    ///
    /// Get organization scopes that match with optional pagination.
    fn list_organization_scopes(
        &self,
        principal: Self::Principal,
        request: list_organization_scopes::Request,
    ) -> impl Answer<list_organization_scopes::Response, Self::Error>;
    /// `POST /api/organization-scopes`: Create an organization scope
    ///
    /// Create a new organization scope with the given data.
    fn create_organization_scope(
        &self,
        principal: Self::Principal,
        request: create_organization_scope::Request,
    ) -> impl Answer<create_organization_scope::Response, Self::Error>;
    /// `GET /api/organization-scopes/{id}`: Get organization scope
    ///
    /// Get organization scope details by ID.
    fn get_organization_scope(
        &self,
        principal: Self::Principal,
        request: get_organization_scope::Request,
    ) -> impl Answer<get_organization_scope::Response, Self::Error>;
    /// `DELETE /api/organization-scopes/{id}`: Delete organization scope
    ///
    /// Delete organization scope by ID.
    fn delete_organization_scope(
        &self,
        principal: Self::Principal,
        request: delete_organization_scope::Request,
    ) -> impl Answer<delete_organization_scope::Response, Self::Error>;
    /// `PATCH /api/organization-scopes/{id}`: Update organization scope
    ///
    /// Update organization scope details by ID with the given data.
    fn update_organization_scope(
        &self,
        principal: Self::Principal,
        request: update_organization_scope::Request,
    ) -> impl Answer<update_organization_scope::Response, Self::Error>;
    /// `GET /api/organization-invitations`: Get organization invitations
    ///
    /// Get organization invitations.
    fn list_organization_invitations(
        &self,
        principal: Self::Principal,
        request: list_organization_invitations::Request,
    ) -> impl Answer<list_organization_invitations::Response, Self::Error>;
    /// `POST /api/organization-invitations`: Create organization invitation
    ///
    /// Create an organization invitation and optionally send it via email. The tenant should have an email connector configured if you want to send the invitation via email at this point.
    fn create_organization_invitation(
        &self,
        principal: Self::Principal,
        request: create_organization_invitation::Request,
    ) -> impl Answer<create_organization_invitation::Response, Self::Error>;
    /// `GET /api/organization-invitations/{id}`: Get organization invitation
    ///
    /// Get an organization invitation by ID.
    fn get_organization_invitation(
        &self,
        principal: Self::Principal,
        request: get_organization_invitation::Request,
    ) -> impl Answer<get_organization_invitation::Response, Self::Error>;
    /// `DELETE /api/organization-invitations/{id}`: Delete organization invitation
    ///
    /// Delete an organization invitation by ID.
    fn delete_organization_invitation(
        &self,
        principal: Self::Principal,
        request: delete_organization_invitation::Request,
    ) -> impl Answer<delete_organization_invitation::Response, Self::Error>;
    /// `PUT /api/organization-invitations/{id}/status`: Update organization invitation status
    ///
    /// Update the status of an organization invitation by ID.
    fn replace_organization_invitation_status(
        &self,
        principal: Self::Principal,
        request: replace_organization_invitation_status::Request,
    ) -> impl Answer<replace_organization_invitation_status::Response, Self::Error>;
    /// `POST /api/organization-invitations/{id}/message`: Resend invitation message
    ///
    /// Resend the invitation message to the invitee.
    fn create_organization_invitation_message(
        &self,
        principal: Self::Principal,
        request: create_organization_invitation_message::Request,
    ) -> impl Answer<create_organization_invitation_message::Response, Self::Error>;
}

/// Every operation, in the order of the API description.
pub static OPERATIONS: &[&Operation] = &[
    &list_organizations::OPERATION,
    &create_organization::OPERATION,
    &get_organization::OPERATION,
    &delete_organization::OPERATION,
    &update_organization::OPERATION,
    &list_organization_users::OPERATION,
    &replace_organization_users::OPERATION,
    &add_organization_users::OPERATION,
    &delete_organization_user::OPERATION,
    &assign_organization_roles_to_users::OPERATION,
    &list_organization_user_roles::OPERATION,
    &replace_organization_user_roles::OPERATION,
    &assign_organization_roles_to_user::OPERATION,
    &delete_organization_user_role::OPERATION,
    &list_organization_user_scopes::OPERATION,
    &list_organization_roles::OPERATION,
    &create_organization_role::OPERATION,
    &get_organization_role::OPERATION,
    &delete_organization_role::OPERATION,
    &update_organization_role::OPERATION,
    &list_organization_role_scopes::OPERATION,
    &replace_organization_role_scopes::OPERATION,
    &create_organization_role_scope::OPERATION,
    &delete_organization_role_scope::OPERATION,
    &list_organization_scopes::OPERATION,
    &create_organization_scope::OPERATION,
    &get_organization_scope::OPERATION,
    &delete_organization_scope::OPERATION,
    &update_organization_scope::OPERATION,
    &list_organization_invitations::OPERATION,
    &create_organization_invitation::OPERATION,
    &get_organization_invitation::OPERATION,
    &delete_organization_invitation::OPERATION,
    &replace_organization_invitation_status::OPERATION,
    &create_organization_invitation_message::OPERATION,
];

/// The security scheme `ManagementApi`.
pub static MANAGEMENT_API: SecurityScheme = SecurityScheme {
    name: "ManagementApi",
    kind: SchemeKind::Bearer,
};

/// The document's own `security`, which every operation that states
/// none of its own requires: any one alternative, all of its schemes.
pub static DEFAULT_SECURITY: &[&[Requirement]] = &[&[Requirement::new(&MANAGEMENT_API)]];

/// The credentials a request presents, one field per security scheme of
/// the API description.
#[derive(Debug, Clone, Default)]
pub struct Credentials {
    /// `ManagementApi`: the token of `Authorization: Bearer`.
    pub management_api: Option<String>,
}

/// Every operation served by `api`: set the body limit and layers on
/// some operations, then make the axum router with `.router()` (or
/// `.routes()`, to merge it with other routers).
pub fn routes<A: Api>(api: A) -> Routes<impl Service> {
    let mut routes = Routes::new(Served(api));
    route!(routes, authenticated(list_organizations));
    route!(routes, authenticated(create_organization));
    route!(routes, authenticated(get_organization));
    route!(routes, authenticated(delete_organization));
    route!(routes, authenticated(update_organization));
    route!(routes, authenticated(list_organization_users));
    route!(routes, authenticated(replace_organization_users));
    route!(routes, authenticated(add_organization_users));
    route!(routes, authenticated(delete_organization_user));
    route!(routes, authenticated(assign_organization_roles_to_users));
    route!(routes, authenticated(list_organization_user_roles));
    route!(routes, authenticated(replace_organization_user_roles));
    route!(routes, authenticated(assign_organization_roles_to_user));
    route!(routes, authenticated(delete_organization_user_role));
    route!(routes, authenticated(list_organization_user_scopes));
    route!(routes, authenticated(list_organization_roles));
    route!(routes, authenticated(create_organization_role));
    route!(routes, authenticated(get_organization_role));
    route!(routes, authenticated(delete_organization_role));
    route!(routes, authenticated(update_organization_role));
    route!(routes, authenticated(list_organization_role_scopes));
    route!(routes, authenticated(replace_organization_role_scopes));
    route!(routes, authenticated(create_organization_role_scope));
    route!(routes, authenticated(delete_organization_role_scope));
    route!(routes, authenticated(list_organization_scopes));
    route!(routes, authenticated(create_organization_scope));
    route!(routes, authenticated(get_organization_scope));
    route!(routes, authenticated(delete_organization_scope));
    route!(routes, authenticated(update_organization_scope));
    route!(routes, authenticated(list_organization_invitations));
    route!(routes, authenticated(create_organization_invitation));
    route!(routes, authenticated(get_organization_invitation));
    route!(routes, authenticated(delete_organization_invitation));
    route!(routes, authenticated(replace_organization_invitation_status));
    route!(routes, authenticated(create_organization_invitation_message));
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
            management_api: presented.bearer(),
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
    not_implemented!(authenticated(list_organizations));
    not_implemented!(authenticated(create_organization));
    not_implemented!(authenticated(get_organization));
    not_implemented!(authenticated(delete_organization));
    not_implemented!(authenticated(update_organization));
    not_implemented!(authenticated(list_organization_users));
    not_implemented!(authenticated(replace_organization_users));
    not_implemented!(authenticated(add_organization_users));
    not_implemented!(authenticated(delete_organization_user));
    not_implemented!(authenticated(assign_organization_roles_to_users));
    not_implemented!(authenticated(list_organization_user_roles));
    not_implemented!(authenticated(replace_organization_user_roles));
    not_implemented!(authenticated(assign_organization_roles_to_user));
    not_implemented!(authenticated(delete_organization_user_role));
    not_implemented!(authenticated(list_organization_user_scopes));
    not_implemented!(authenticated(list_organization_roles));
    not_implemented!(authenticated(create_organization_role));
    not_implemented!(authenticated(get_organization_role));
    not_implemented!(authenticated(delete_organization_role));
    not_implemented!(authenticated(update_organization_role));
    not_implemented!(authenticated(list_organization_role_scopes));
    not_implemented!(authenticated(replace_organization_role_scopes));
    not_implemented!(authenticated(create_organization_role_scope));
    not_implemented!(authenticated(delete_organization_role_scope));
    not_implemented!(authenticated(list_organization_scopes));
    not_implemented!(authenticated(create_organization_scope));
    not_implemented!(authenticated(get_organization_scope));
    not_implemented!(authenticated(delete_organization_scope));
    not_implemented!(authenticated(update_organization_scope));
    not_implemented!(authenticated(list_organization_invitations));
    not_implemented!(authenticated(create_organization_invitation));
    not_implemented!(authenticated(get_organization_invitation));
    not_implemented!(authenticated(delete_organization_invitation));
    not_implemented!(authenticated(replace_organization_invitation_status));
    not_implemented!(authenticated(create_organization_invitation_message));
}

/// `GET /api/organizations`: Get organizations.
pub mod list_organizations {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `GET /api/organizations`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "ListOrganizations",
        method: Method::GET,
        path: "/api/organizations",
        tags: &["Organizations"],
        security: super::DEFAULT_SECURITY,
        parameters: &[
            Parameter::query("q"),
            Parameter::query("showFeatured"),
            Parameter::query("page"),
            Parameter::query("page_size"),
        ],
        refusals: Refusals::only(StatusCode::BAD_REQUEST),
        ..Operation::NEW
    };
    /// What [`Api::list_organizations`](super::Api::list_organizations) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The query parameters.
        pub query: Valid<models::ListOrganizationsQuery>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { query });
    /// What [`Api::list_organizations`](super::Api::list_organizations) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 200: A list of organizations.
        Ok(Vec<models::OrganizationWithFeatured>, OkHeaders),
        /// 400: Bad Request
        BadRequest,
        /// 401: Unauthorized
        Unauthorized,
        /// 403: Forbidden
        Forbidden,
    }
    /// The headers of [`Response::Ok`].
    #[derive(Debug, Clone)]
    pub struct OkHeaders {
        /// `Total-Number`: The total number of entries that match the query (set by Logto's koa-pagination middleware; absent when an optionally paginated endpoint is called without `page` / `page_size`).
        pub total_number: Option<i64>,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Ok(body, headers) => {
                    let mut response = response::json(StatusCode::OK, &body);
                    if let Some(value) = &headers.total_number {
                        set_header(&mut response, "total-number", value);
                    }
                    response
                }
                Self::BadRequest => StatusCode::BAD_REQUEST.into_response(),
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
            }
        }
    }
}

/// `POST /api/organizations`: Create an organization.
pub mod create_organization {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `POST /api/organizations`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "CreateOrganization",
        method: Method::POST,
        path: "/api/organizations",
        tags: &["Organizations"],
        security: super::DEFAULT_SECURITY,
        body: Some(RequestBody::required(&["application/json"])),
        refusals: Refusals::only(StatusCode::BAD_REQUEST),
        ..Operation::NEW
    };
    /// What [`Api::create_organization`](super::Api::create_organization) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The body.
        pub body: Valid<models::CreateOrganizationBody>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { body = json });
    /// What [`Api::create_organization`](super::Api::create_organization) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 201: The organization was created successfully.
        Created(models::Organization),
        /// 400: Bad Request
        BadRequest,
        /// 401: Unauthorized
        Unauthorized,
        /// 403: Forbidden
        Forbidden,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Created(body) => response::json(StatusCode::CREATED, &body),
                Self::BadRequest => StatusCode::BAD_REQUEST.into_response(),
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
            }
        }
    }
}

/// `GET /api/organizations/{id}`: Get organization.
pub mod get_organization {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `GET /api/organizations/{id}`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "GetOrganization",
        method: Method::GET,
        path: "/api/organizations/{id}",
        tags: &["Organizations"],
        security: super::DEFAULT_SECURITY,
        parameters: &[Parameter::path("id")],
        refusals: Refusals::only(StatusCode::BAD_REQUEST),
        ..Operation::NEW
    };
    /// What [`Api::get_organization`](super::Api::get_organization) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The path parameters.
        pub path: Valid<models::IdPath>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { path });
    /// What [`Api::get_organization`](super::Api::get_organization) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 200: Details of the organization.
        Ok(models::Organization),
        /// 400: Bad Request
        BadRequest,
        /// 401: Unauthorized
        Unauthorized,
        /// 403: Forbidden
        Forbidden,
        /// 404: Not Found
        NotFound,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Ok(body) => response::json(StatusCode::OK, &body),
                Self::BadRequest => StatusCode::BAD_REQUEST.into_response(),
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
                Self::NotFound => StatusCode::NOT_FOUND.into_response(),
            }
        }
    }
}

/// `DELETE /api/organizations/{id}`: Delete organization.
pub mod delete_organization {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `DELETE /api/organizations/{id}`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "DeleteOrganization",
        method: Method::DELETE,
        path: "/api/organizations/{id}",
        tags: &["Organizations"],
        security: super::DEFAULT_SECURITY,
        parameters: &[Parameter::path("id")],
        refusals: Refusals::only(StatusCode::BAD_REQUEST),
        ..Operation::NEW
    };
    /// What [`Api::delete_organization`](super::Api::delete_organization) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The path parameters.
        pub path: Valid<models::IdPath>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { path });
    /// What [`Api::delete_organization`](super::Api::delete_organization) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 204: The organization was deleted successfully.
        NoContent,
        /// 400: Bad Request
        BadRequest,
        /// 401: Unauthorized
        Unauthorized,
        /// 403: Forbidden
        Forbidden,
        /// 404: Not Found
        NotFound,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::NoContent => StatusCode::NO_CONTENT.into_response(),
                Self::BadRequest => StatusCode::BAD_REQUEST.into_response(),
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
                Self::NotFound => StatusCode::NOT_FOUND.into_response(),
            }
        }
    }
}

/// `PATCH /api/organizations/{id}`: Update organization.
pub mod update_organization {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `PATCH /api/organizations/{id}`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "UpdateOrganization",
        method: Method::PATCH,
        path: "/api/organizations/{id}",
        tags: &["Organizations"],
        security: super::DEFAULT_SECURITY,
        parameters: &[Parameter::path("id")],
        body: Some(RequestBody::required(&["application/json"])),
        refusals: Refusals::only(StatusCode::BAD_REQUEST),
        ..Operation::NEW
    };
    /// What [`Api::update_organization`](super::Api::update_organization) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The path parameters.
        pub path: Valid<models::IdPath>,
        /// The body.
        pub body: Valid<models::UpdateOrganizationBody>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { path, body = json });
    /// What [`Api::update_organization`](super::Api::update_organization) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 200: The organization was updated successfully.
        Ok(models::Organization),
        /// 400: Bad Request
        BadRequest,
        /// 401: Unauthorized
        Unauthorized,
        /// 403: Forbidden
        Forbidden,
        /// 404: Not Found
        NotFound,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Ok(body) => response::json(StatusCode::OK, &body),
                Self::BadRequest => StatusCode::BAD_REQUEST.into_response(),
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
                Self::NotFound => StatusCode::NOT_FOUND.into_response(),
            }
        }
    }
}

/// `GET /api/organizations/{id}/users`: Get organization user members.
pub mod list_organization_users {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `GET /api/organizations/{id}/users`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "ListOrganizationUsers",
        method: Method::GET,
        path: "/api/organizations/{id}/users",
        tags: &["Organization users"],
        security: super::DEFAULT_SECURITY,
        parameters: &[
            Parameter::path("id"),
            Parameter::query("q"),
            Parameter::query("organizationRoleId"),
            Parameter::query("page"),
            Parameter::query("page_size"),
        ],
        refusals: Refusals::only(StatusCode::BAD_REQUEST),
        ..Operation::NEW
    };
    /// What [`Api::list_organization_users`](super::Api::list_organization_users) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The path parameters.
        pub path: Valid<models::IdPath>,
        /// The query parameters.
        pub query: Valid<models::ListOrganizationUsersQuery>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { path, query });
    /// What [`Api::list_organization_users`](super::Api::list_organization_users) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 200: A list of users that are members of the organization.
        Ok(Vec<models::UserWithOrganizationRoles>, OkHeaders),
        /// 400: Bad Request
        BadRequest,
        /// 401: Unauthorized
        Unauthorized,
        /// 403: Forbidden
        Forbidden,
        /// 404: Not Found
        NotFound,
    }
    /// The headers of [`Response::Ok`].
    #[derive(Debug, Clone)]
    pub struct OkHeaders {
        /// `Total-Number`: The total number of entries that match the query (set by Logto's koa-pagination middleware; absent when an optionally paginated endpoint is called without `page` / `page_size`).
        pub total_number: Option<i64>,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Ok(body, headers) => {
                    let mut response = response::json(StatusCode::OK, &body);
                    if let Some(value) = &headers.total_number {
                        set_header(&mut response, "total-number", value);
                    }
                    response
                }
                Self::BadRequest => StatusCode::BAD_REQUEST.into_response(),
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
                Self::NotFound => StatusCode::NOT_FOUND.into_response(),
            }
        }
    }
}

/// `PUT /api/organizations/{id}/users`: Replace organization user members.
pub mod replace_organization_users {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `PUT /api/organizations/{id}/users`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "ReplaceOrganizationUsers",
        method: Method::PUT,
        path: "/api/organizations/{id}/users",
        tags: &["Organization users"],
        security: super::DEFAULT_SECURITY,
        parameters: &[Parameter::path("id")],
        body: Some(RequestBody::required(&["application/json"])),
        ..Operation::NEW
    };
    /// What [`Api::replace_organization_users`](super::Api::replace_organization_users) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The path parameters.
        pub path: Valid<models::IdPath>,
        /// The body.
        pub body: Valid<models::ReplaceOrganizationUsersBody>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { path, body = json });
    /// What [`Api::replace_organization_users`](super::Api::replace_organization_users) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 204: Successfully replaced all users for the organization.
        NoContent,
        /// 400: Bad Request
        BadRequest,
        /// 401: Unauthorized
        Unauthorized,
        /// 403: Forbidden
        Forbidden,
        /// 422: At least one of the IDs provided is not valid. For example, the organization ID or user ID does not exist.
        UnprocessableEntity,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::NoContent => StatusCode::NO_CONTENT.into_response(),
                Self::BadRequest => StatusCode::BAD_REQUEST.into_response(),
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
                Self::UnprocessableEntity => {
                    StatusCode::UNPROCESSABLE_ENTITY.into_response()
                }
            }
        }
    }
}

/// `POST /api/organizations/{id}/users`: Add user members to organization.
pub mod add_organization_users {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `POST /api/organizations/{id}/users`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "AddOrganizationUsers",
        method: Method::POST,
        path: "/api/organizations/{id}/users",
        tags: &["Organization users"],
        security: super::DEFAULT_SECURITY,
        parameters: &[Parameter::path("id")],
        body: Some(RequestBody::required(&["application/json"])),
        ..Operation::NEW
    };
    /// What [`Api::add_organization_users`](super::Api::add_organization_users) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The path parameters.
        pub path: Valid<models::IdPath>,
        /// The body.
        pub body: Valid<models::AddOrganizationUsersBody>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { path, body = json });
    /// What [`Api::add_organization_users`](super::Api::add_organization_users) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 201: Users were added to the organization successfully.
        Created(models::AddOrganizationUsersResponse),
        /// 400: Bad Request
        BadRequest,
        /// 401: Unauthorized
        Unauthorized,
        /// 403: Forbidden
        Forbidden,
        /// 422: At least one of the IDs provided is not valid. For example, the organization ID or user ID does not exist.
        UnprocessableEntity,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Created(body) => response::json(StatusCode::CREATED, &body),
                Self::BadRequest => StatusCode::BAD_REQUEST.into_response(),
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
                Self::UnprocessableEntity => {
                    StatusCode::UNPROCESSABLE_ENTITY.into_response()
                }
            }
        }
    }
}

/// `DELETE /api/organizations/{id}/users/{userId}`: Remove user member from organization.
pub mod delete_organization_user {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `DELETE /api/organizations/{id}/users/{userId}`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "DeleteOrganizationUser",
        method: Method::DELETE,
        path: "/api/organizations/{id}/users/{userId}",
        tags: &["Organization users"],
        security: super::DEFAULT_SECURITY,
        parameters: &[Parameter::path("id"), Parameter::path("userId")],
        ..Operation::NEW
    };
    /// What [`Api::delete_organization_user`](super::Api::delete_organization_user) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The path parameters.
        pub path: Valid<models::IdUserIdPath>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { path });
    /// What [`Api::delete_organization_user`](super::Api::delete_organization_user) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 204: The user was removed from the organization members successfully.
        NoContent,
        /// 400: Bad Request
        BadRequest,
        /// 401: Unauthorized
        Unauthorized,
        /// 403: Forbidden
        Forbidden,
        /// 404: The user is not a member of the organization.
        NotFound,
        /// 422: Unprocessable Entity
        UnprocessableEntity,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::NoContent => StatusCode::NO_CONTENT.into_response(),
                Self::BadRequest => StatusCode::BAD_REQUEST.into_response(),
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
                Self::NotFound => StatusCode::NOT_FOUND.into_response(),
                Self::UnprocessableEntity => {
                    StatusCode::UNPROCESSABLE_ENTITY.into_response()
                }
            }
        }
    }
}

/// `POST /api/organizations/{id}/users/roles`: Assign roles to organization user members.
pub mod assign_organization_roles_to_users {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `POST /api/organizations/{id}/users/roles`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "AssignOrganizationRolesToUsers",
        method: Method::POST,
        path: "/api/organizations/{id}/users/roles",
        tags: &["Organization users"],
        security: super::DEFAULT_SECURITY,
        parameters: &[Parameter::path("id")],
        body: Some(RequestBody::required(&["application/json"])),
        ..Operation::NEW
    };
    /// What [`Api::assign_organization_roles_to_users`](super::Api::assign_organization_roles_to_users) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The path parameters.
        pub path: Valid<models::IdPath>,
        /// The body.
        pub body: Valid<models::AssignOrganizationRolesToUsersBody>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { path, body = json });
    /// What [`Api::assign_organization_roles_to_users`](super::Api::assign_organization_roles_to_users) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 201: Roles were assigned to organization users successfully.
        Created,
        /// 400: Bad Request
        BadRequest,
        /// 401: Unauthorized
        Unauthorized,
        /// 403: Forbidden
        Forbidden,
        /// 422: At least one of the IDs provided is not valid. For example, the organization ID, user ID, or organization role ID does not exist; the user is not a member of the organization; or the role type is not assignable to the user.
        UnprocessableEntity,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Created => StatusCode::CREATED.into_response(),
                Self::BadRequest => StatusCode::BAD_REQUEST.into_response(),
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
                Self::UnprocessableEntity => {
                    StatusCode::UNPROCESSABLE_ENTITY.into_response()
                }
            }
        }
    }
}

/// `GET /api/organizations/{id}/users/{userId}/roles`: Get roles for a user in an organization.
pub mod list_organization_user_roles {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `GET /api/organizations/{id}/users/{userId}/roles`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "ListOrganizationUserRoles",
        method: Method::GET,
        path: "/api/organizations/{id}/users/{userId}/roles",
        tags: &["Organization users"],
        security: super::DEFAULT_SECURITY,
        parameters: &[
            Parameter::path("id"),
            Parameter::path("userId"),
            Parameter::query("page"),
            Parameter::query("page_size"),
        ],
        ..Operation::NEW
    };
    /// What [`Api::list_organization_user_roles`](super::Api::list_organization_user_roles) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The path parameters.
        pub path: Valid<models::IdUserIdPath>,
        /// The query parameters.
        pub query: Valid<models::ListOrganizationUserRolesQuery>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { path, query });
    /// What [`Api::list_organization_user_roles`](super::Api::list_organization_user_roles) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 200: A list of roles assigned to the user.
        Ok(Vec<models::OrganizationRole>, OkHeaders),
        /// 400: Bad Request
        BadRequest,
        /// 401: Unauthorized
        Unauthorized,
        /// 403: Forbidden
        Forbidden,
        /// 422: The user is not a member of the organization.
        UnprocessableEntity,
    }
    /// The headers of [`Response::Ok`].
    #[derive(Debug, Clone)]
    pub struct OkHeaders {
        /// `Total-Number`: The total number of entries that match the query (set by Logto's koa-pagination middleware; absent when an optionally paginated endpoint is called without `page` / `page_size`).
        pub total_number: Option<i64>,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Ok(body, headers) => {
                    let mut response = response::json(StatusCode::OK, &body);
                    if let Some(value) = &headers.total_number {
                        set_header(&mut response, "total-number", value);
                    }
                    response
                }
                Self::BadRequest => StatusCode::BAD_REQUEST.into_response(),
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
                Self::UnprocessableEntity => {
                    StatusCode::UNPROCESSABLE_ENTITY.into_response()
                }
            }
        }
    }
}

/// `PUT /api/organizations/{id}/users/{userId}/roles`: Update roles for a user in an organization.
pub mod replace_organization_user_roles {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `PUT /api/organizations/{id}/users/{userId}/roles`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "ReplaceOrganizationUserRoles",
        method: Method::PUT,
        path: "/api/organizations/{id}/users/{userId}/roles",
        tags: &["Organization users"],
        security: super::DEFAULT_SECURITY,
        parameters: &[Parameter::path("id"), Parameter::path("userId")],
        body: Some(RequestBody::required(&["application/json"])),
        ..Operation::NEW
    };
    /// What [`Api::replace_organization_user_roles`](super::Api::replace_organization_user_roles) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The path parameters.
        pub path: Valid<models::IdUserIdPath>,
        /// The body.
        pub body: Valid<models::ReplaceOrganizationUserRolesBody>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { path, body = json });
    /// What [`Api::replace_organization_user_roles`](super::Api::replace_organization_user_roles) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 204: Roles were updated for the user successfully.
        NoContent,
        /// 400: Bad Request
        BadRequest,
        /// 401: Unauthorized
        Unauthorized,
        /// 403: Forbidden
        Forbidden,
        /// 422: The user is not a member of the organization; or at least one of the IDs provided is not valid. For example, the organization ID or organization role ID does not exist; or at least one of the role names provided is not valid. For example, the organization role name does not exist.
        UnprocessableEntity,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::NoContent => StatusCode::NO_CONTENT.into_response(),
                Self::BadRequest => StatusCode::BAD_REQUEST.into_response(),
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
                Self::UnprocessableEntity => {
                    StatusCode::UNPROCESSABLE_ENTITY.into_response()
                }
            }
        }
    }
}

/// `POST /api/organizations/{id}/users/{userId}/roles`: Assign roles to a user in an organization.
pub mod assign_organization_roles_to_user {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `POST /api/organizations/{id}/users/{userId}/roles`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "AssignOrganizationRolesToUser",
        method: Method::POST,
        path: "/api/organizations/{id}/users/{userId}/roles",
        tags: &["Organization users"],
        security: super::DEFAULT_SECURITY,
        parameters: &[Parameter::path("id"), Parameter::path("userId")],
        body: Some(RequestBody::required(&["application/json"])),
        ..Operation::NEW
    };
    /// What [`Api::assign_organization_roles_to_user`](super::Api::assign_organization_roles_to_user) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The path parameters.
        pub path: Valid<models::IdUserIdPath>,
        /// The body.
        pub body: Valid<models::AssignOrganizationRolesToUserBody>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { path, body = json });
    /// What [`Api::assign_organization_roles_to_user`](super::Api::assign_organization_roles_to_user) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 201: Roles were assigned to the user successfully.
        Created(models::AssignOrganizationRolesToUserResponse),
        /// 400: Bad Request
        BadRequest,
        /// 401: Unauthorized
        Unauthorized,
        /// 403: Forbidden
        Forbidden,
        /// 422: The user is not a member of the organization; or at least one of the IDs provided is not valid. For example, the organization ID or organization role ID does not exist; or at least one of the role names provided is not valid. For example, the organization role name does not exist.
        UnprocessableEntity,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Created(body) => response::json(StatusCode::CREATED, &body),
                Self::BadRequest => StatusCode::BAD_REQUEST.into_response(),
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
                Self::UnprocessableEntity => {
                    StatusCode::UNPROCESSABLE_ENTITY.into_response()
                }
            }
        }
    }
}

/// `DELETE /api/organizations/{id}/users/{userId}/roles/{organizationRoleId}`: Remove a role from a user in an organization.
pub mod delete_organization_user_role {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `DELETE /api/organizations/{id}/users/{userId}/roles/{organizationRoleId}`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "DeleteOrganizationUserRole",
        method: Method::DELETE,
        path: "/api/organizations/{id}/users/{userId}/roles/{organizationRoleId}",
        tags: &["Organization users"],
        security: super::DEFAULT_SECURITY,
        parameters: &[
            Parameter::path("id"),
            Parameter::path("userId"),
            Parameter::path("organizationRoleId"),
        ],
        ..Operation::NEW
    };
    /// What [`Api::delete_organization_user_role`](super::Api::delete_organization_user_role) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The path parameters.
        pub path: Valid<models::DeleteOrganizationUserRolePath>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { path });
    /// What [`Api::delete_organization_user_role`](super::Api::delete_organization_user_role) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 204: The role was removed from the user successfully.
        NoContent,
        /// 400: Bad Request
        BadRequest,
        /// 401: Unauthorized
        Unauthorized,
        /// 403: Forbidden
        Forbidden,
        /// 404: Cannot find the record to delete.
        NotFound,
        /// 422: The user is not a member of the organization.
        UnprocessableEntity,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::NoContent => StatusCode::NO_CONTENT.into_response(),
                Self::BadRequest => StatusCode::BAD_REQUEST.into_response(),
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
                Self::NotFound => StatusCode::NOT_FOUND.into_response(),
                Self::UnprocessableEntity => {
                    StatusCode::UNPROCESSABLE_ENTITY.into_response()
                }
            }
        }
    }
}

/// `GET /api/organizations/{id}/users/{userId}/scopes`: Get scopes for a user in an organization tailored by the organization roles.
pub mod list_organization_user_scopes {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `GET /api/organizations/{id}/users/{userId}/scopes`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "ListOrganizationUserScopes",
        method: Method::GET,
        path: "/api/organizations/{id}/users/{userId}/scopes",
        tags: &["Organization users"],
        security: super::DEFAULT_SECURITY,
        parameters: &[Parameter::path("id"), Parameter::path("userId")],
        ..Operation::NEW
    };
    /// What [`Api::list_organization_user_scopes`](super::Api::list_organization_user_scopes) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The path parameters.
        pub path: Valid<models::IdUserIdPath>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { path });
    /// What [`Api::list_organization_user_scopes`](super::Api::list_organization_user_scopes) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 200: A list of scopes assigned to the user.
        Ok(Vec<models::OrganizationScope>),
        /// 400: Bad Request
        BadRequest,
        /// 401: Unauthorized
        Unauthorized,
        /// 403: Forbidden
        Forbidden,
        /// 422: The user is not a member of the organization.
        UnprocessableEntity,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Ok(body) => response::json(StatusCode::OK, &body),
                Self::BadRequest => StatusCode::BAD_REQUEST.into_response(),
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
                Self::UnprocessableEntity => {
                    StatusCode::UNPROCESSABLE_ENTITY.into_response()
                }
            }
        }
    }
}

/// `GET /api/organization-roles`: Get organization roles.
pub mod list_organization_roles {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `GET /api/organization-roles`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "ListOrganizationRoles",
        method: Method::GET,
        path: "/api/organization-roles",
        tags: &["Organization roles"],
        security: super::DEFAULT_SECURITY,
        parameters: &[
            Parameter::query("q"),
            Parameter::query("page"),
            Parameter::query("page_size"),
        ],
        refusals: Refusals::only(StatusCode::BAD_REQUEST),
        ..Operation::NEW
    };
    /// What [`Api::list_organization_roles`](super::Api::list_organization_roles) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The query parameters.
        pub query: Valid<models::ListOrganizationRolesQuery>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { query });
    /// What [`Api::list_organization_roles`](super::Api::list_organization_roles) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 200: A list of organization roles.
        Ok(Vec<models::OrganizationRoleWithScopes>, OkHeaders),
        /// 400: Bad Request
        BadRequest,
        /// 401: Unauthorized
        Unauthorized,
        /// 403: Forbidden
        Forbidden,
    }
    /// The headers of [`Response::Ok`].
    #[derive(Debug, Clone)]
    pub struct OkHeaders {
        /// `Total-Number`: The total number of entries that match the query (set by Logto's koa-pagination middleware; absent when an optionally paginated endpoint is called without `page` / `page_size`).
        pub total_number: Option<i64>,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Ok(body, headers) => {
                    let mut response = response::json(StatusCode::OK, &body);
                    if let Some(value) = &headers.total_number {
                        set_header(&mut response, "total-number", value);
                    }
                    response
                }
                Self::BadRequest => StatusCode::BAD_REQUEST.into_response(),
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
            }
        }
    }
}

/// `POST /api/organization-roles`: Create an organization role.
pub mod create_organization_role {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `POST /api/organization-roles`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "CreateOrganizationRole",
        method: Method::POST,
        path: "/api/organization-roles",
        tags: &["Organization roles"],
        security: super::DEFAULT_SECURITY,
        body: Some(RequestBody::required(&["application/json"])),
        ..Operation::NEW
    };
    /// What [`Api::create_organization_role`](super::Api::create_organization_role) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The body.
        pub body: Valid<models::CreateOrganizationRoleBody>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { body = json });
    /// What [`Api::create_organization_role`](super::Api::create_organization_role) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 201: The organization role was created successfully.
        Created(models::OrganizationRole),
        /// 400: Bad Request
        BadRequest,
        /// 401: Unauthorized
        Unauthorized,
        /// 403: Forbidden
        Forbidden,
        /// 422: The organization role name is already in use.
        UnprocessableEntity,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Created(body) => response::json(StatusCode::CREATED, &body),
                Self::BadRequest => StatusCode::BAD_REQUEST.into_response(),
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
                Self::UnprocessableEntity => {
                    StatusCode::UNPROCESSABLE_ENTITY.into_response()
                }
            }
        }
    }
}

/// `GET /api/organization-roles/{id}`: Get organization role.
pub mod get_organization_role {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `GET /api/organization-roles/{id}`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "GetOrganizationRole",
        method: Method::GET,
        path: "/api/organization-roles/{id}",
        tags: &["Organization roles"],
        security: super::DEFAULT_SECURITY,
        parameters: &[Parameter::path("id")],
        refusals: Refusals::only(StatusCode::BAD_REQUEST),
        ..Operation::NEW
    };
    /// What [`Api::get_organization_role`](super::Api::get_organization_role) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The path parameters.
        pub path: Valid<models::GetOrganizationRolePath>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { path });
    /// What [`Api::get_organization_role`](super::Api::get_organization_role) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 200: Details of the organization role.
        Ok(models::OrganizationRole),
        /// 400: Bad Request
        BadRequest,
        /// 401: Unauthorized
        Unauthorized,
        /// 403: Forbidden
        Forbidden,
        /// 404: Not Found
        NotFound,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Ok(body) => response::json(StatusCode::OK, &body),
                Self::BadRequest => StatusCode::BAD_REQUEST.into_response(),
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
                Self::NotFound => StatusCode::NOT_FOUND.into_response(),
            }
        }
    }
}

/// `DELETE /api/organization-roles/{id}`: Delete organization role.
pub mod delete_organization_role {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `DELETE /api/organization-roles/{id}`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "DeleteOrganizationRole",
        method: Method::DELETE,
        path: "/api/organization-roles/{id}",
        tags: &["Organization roles"],
        security: super::DEFAULT_SECURITY,
        parameters: &[Parameter::path("id")],
        refusals: Refusals::only(StatusCode::BAD_REQUEST),
        ..Operation::NEW
    };
    /// What [`Api::delete_organization_role`](super::Api::delete_organization_role) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The path parameters.
        pub path: Valid<models::GetOrganizationRolePath>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { path });
    /// What [`Api::delete_organization_role`](super::Api::delete_organization_role) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 204: The organization role was deleted successfully.
        NoContent,
        /// 400: Bad Request
        BadRequest,
        /// 401: Unauthorized
        Unauthorized,
        /// 403: Forbidden
        Forbidden,
        /// 404: Not Found
        NotFound,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::NoContent => StatusCode::NO_CONTENT.into_response(),
                Self::BadRequest => StatusCode::BAD_REQUEST.into_response(),
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
                Self::NotFound => StatusCode::NOT_FOUND.into_response(),
            }
        }
    }
}

/// `PATCH /api/organization-roles/{id}`: Update organization role.
pub mod update_organization_role {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `PATCH /api/organization-roles/{id}`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "UpdateOrganizationRole",
        method: Method::PATCH,
        path: "/api/organization-roles/{id}",
        tags: &["Organization roles"],
        security: super::DEFAULT_SECURITY,
        parameters: &[Parameter::path("id")],
        body: Some(RequestBody::required(&["application/json"])),
        ..Operation::NEW
    };
    /// What [`Api::update_organization_role`](super::Api::update_organization_role) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The path parameters.
        pub path: Valid<models::GetOrganizationRolePath>,
        /// The body.
        pub body: Valid<models::UpdateOrganizationRoleBody>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { path, body = json });
    /// What [`Api::update_organization_role`](super::Api::update_organization_role) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 200: The organization role was updated successfully.
        Ok(models::OrganizationRole),
        /// 400: Bad Request
        BadRequest,
        /// 401: Unauthorized
        Unauthorized,
        /// 403: Forbidden
        Forbidden,
        /// 404: Not Found
        NotFound,
        /// 422: The organization role name is already in use.
        UnprocessableEntity,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Ok(body) => response::json(StatusCode::OK, &body),
                Self::BadRequest => StatusCode::BAD_REQUEST.into_response(),
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
                Self::NotFound => StatusCode::NOT_FOUND.into_response(),
                Self::UnprocessableEntity => {
                    StatusCode::UNPROCESSABLE_ENTITY.into_response()
                }
            }
        }
    }
}

/// `GET /api/organization-roles/{id}/scopes`: Get organization role scopes.
pub mod list_organization_role_scopes {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `GET /api/organization-roles/{id}/scopes`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "ListOrganizationRoleScopes",
        method: Method::GET,
        path: "/api/organization-roles/{id}/scopes",
        tags: &["Organization roles"],
        security: super::DEFAULT_SECURITY,
        parameters: &[
            Parameter::path("id"),
            Parameter::query("page"),
            Parameter::query("page_size"),
        ],
        refusals: Refusals::only(StatusCode::BAD_REQUEST),
        ..Operation::NEW
    };
    /// What [`Api::list_organization_role_scopes`](super::Api::list_organization_role_scopes) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The path parameters.
        pub path: Valid<models::GetOrganizationRolePath>,
        /// The query parameters.
        pub query: Valid<models::ListOrganizationUserRolesQuery>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { path, query });
    /// What [`Api::list_organization_role_scopes`](super::Api::list_organization_role_scopes) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 200: A list of organization scopes.
        Ok(Vec<models::OrganizationScope>, OkHeaders),
        /// 400: Bad Request
        BadRequest,
        /// 401: Unauthorized
        Unauthorized,
        /// 403: Forbidden
        Forbidden,
        /// 404: Not Found
        NotFound,
    }
    /// The headers of [`Response::Ok`].
    #[derive(Debug, Clone)]
    pub struct OkHeaders {
        /// `Total-Number`: The total number of entries that match the query (set by Logto's koa-pagination middleware; absent when an optionally paginated endpoint is called without `page` / `page_size`).
        pub total_number: Option<i64>,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Ok(body, headers) => {
                    let mut response = response::json(StatusCode::OK, &body);
                    if let Some(value) = &headers.total_number {
                        set_header(&mut response, "total-number", value);
                    }
                    response
                }
                Self::BadRequest => StatusCode::BAD_REQUEST.into_response(),
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
                Self::NotFound => StatusCode::NOT_FOUND.into_response(),
            }
        }
    }
}

/// `PUT /api/organization-roles/{id}/scopes`: Replace organization scopes for organization role.
pub mod replace_organization_role_scopes {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `PUT /api/organization-roles/{id}/scopes`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "ReplaceOrganizationRoleScopes",
        method: Method::PUT,
        path: "/api/organization-roles/{id}/scopes",
        tags: &["Organization roles"],
        security: super::DEFAULT_SECURITY,
        parameters: &[Parameter::path("id")],
        body: Some(RequestBody::required(&["application/json"])),
        ..Operation::NEW
    };
    /// What [`Api::replace_organization_role_scopes`](super::Api::replace_organization_role_scopes) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The path parameters.
        pub path: Valid<models::GetOrganizationRolePath>,
        /// The body.
        pub body: Valid<models::ReplaceOrganizationRoleScopesBody>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { path, body = json });
    /// What [`Api::replace_organization_role_scopes`](super::Api::replace_organization_role_scopes) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 204: Organization scopes were replaced successfully.
        NoContent,
        /// 400: Bad Request
        BadRequest,
        /// 401: Unauthorized
        Unauthorized,
        /// 403: Forbidden
        Forbidden,
        /// 422: At least one of the IDs provided is invalid. For example, the organization scope ID does not exist.
        UnprocessableEntity,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::NoContent => StatusCode::NO_CONTENT.into_response(),
                Self::BadRequest => StatusCode::BAD_REQUEST.into_response(),
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
                Self::UnprocessableEntity => {
                    StatusCode::UNPROCESSABLE_ENTITY.into_response()
                }
            }
        }
    }
}

/// `POST /api/organization-roles/{id}/scopes`: Assign organization scopes to organization role.
pub mod create_organization_role_scope {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `POST /api/organization-roles/{id}/scopes`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "CreateOrganizationRoleScope",
        method: Method::POST,
        path: "/api/organization-roles/{id}/scopes",
        tags: &["Organization roles"],
        security: super::DEFAULT_SECURITY,
        parameters: &[Parameter::path("id")],
        body: Some(RequestBody::required(&["application/json"])),
        ..Operation::NEW
    };
    /// What [`Api::create_organization_role_scope`](super::Api::create_organization_role_scope) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The path parameters.
        pub path: Valid<models::GetOrganizationRolePath>,
        /// The body.
        pub body: Valid<models::CreateOrganizationRoleScopeBody>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { path, body = json });
    /// What [`Api::create_organization_role_scope`](super::Api::create_organization_role_scope) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 201: Organization scopes were assigned successfully.
        Created,
        /// 400: Bad Request
        BadRequest,
        /// 401: Unauthorized
        Unauthorized,
        /// 403: Forbidden
        Forbidden,
        /// 422: At least one of the IDs provided is invalid. For example, the organization scope ID does not exist;
        UnprocessableEntity,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Created => StatusCode::CREATED.into_response(),
                Self::BadRequest => StatusCode::BAD_REQUEST.into_response(),
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
                Self::UnprocessableEntity => {
                    StatusCode::UNPROCESSABLE_ENTITY.into_response()
                }
            }
        }
    }
}

/// `DELETE /api/organization-roles/{id}/scopes/{organizationScopeId}`: Remove organization scope.
pub mod delete_organization_role_scope {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `DELETE /api/organization-roles/{id}/scopes/{organizationScopeId}`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "DeleteOrganizationRoleScope",
        method: Method::DELETE,
        path: "/api/organization-roles/{id}/scopes/{organizationScopeId}",
        tags: &["Organization roles"],
        security: super::DEFAULT_SECURITY,
        parameters: &[Parameter::path("id"), Parameter::path("organizationScopeId")],
        refusals: Refusals::only(StatusCode::BAD_REQUEST),
        ..Operation::NEW
    };
    /// What [`Api::delete_organization_role_scope`](super::Api::delete_organization_role_scope) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The path parameters.
        pub path: Valid<models::DeleteOrganizationRoleScopePath>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { path });
    /// What [`Api::delete_organization_role_scope`](super::Api::delete_organization_role_scope) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 204: Organization scope assignment was removed successfully.
        NoContent,
        /// 400: Bad Request
        BadRequest,
        /// 401: Unauthorized
        Unauthorized,
        /// 403: Forbidden
        Forbidden,
        /// 404: Not Found
        NotFound,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::NoContent => StatusCode::NO_CONTENT.into_response(),
                Self::BadRequest => StatusCode::BAD_REQUEST.into_response(),
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
                Self::NotFound => StatusCode::NOT_FOUND.into_response(),
            }
        }
    }
}

/// `GET /api/organization-scopes`: Get organization scopes.
pub mod list_organization_scopes {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `GET /api/organization-scopes`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "ListOrganizationScopes",
        method: Method::GET,
        path: "/api/organization-scopes",
        tags: &["Organization scopes"],
        security: super::DEFAULT_SECURITY,
        parameters: &[
            Parameter::query("q"),
            Parameter::query("page"),
            Parameter::query("page_size"),
        ],
        refusals: Refusals::only(StatusCode::BAD_REQUEST),
        ..Operation::NEW
    };
    /// What [`Api::list_organization_scopes`](super::Api::list_organization_scopes) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The query parameters.
        pub query: Valid<models::ListOrganizationRolesQuery>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { query });
    /// What [`Api::list_organization_scopes`](super::Api::list_organization_scopes) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 200: A list of organization scopes.
        Ok(Vec<models::OrganizationScope>, OkHeaders),
        /// 400: Bad Request
        BadRequest,
        /// 401: Unauthorized
        Unauthorized,
        /// 403: Forbidden
        Forbidden,
    }
    /// The headers of [`Response::Ok`].
    #[derive(Debug, Clone)]
    pub struct OkHeaders {
        /// `Total-Number`: The total number of entries that match the query (set by Logto's koa-pagination middleware; absent when an optionally paginated endpoint is called without `page` / `page_size`).
        pub total_number: Option<i64>,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Ok(body, headers) => {
                    let mut response = response::json(StatusCode::OK, &body);
                    if let Some(value) = &headers.total_number {
                        set_header(&mut response, "total-number", value);
                    }
                    response
                }
                Self::BadRequest => StatusCode::BAD_REQUEST.into_response(),
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
            }
        }
    }
}

/// `POST /api/organization-scopes`: Create an organization scope.
pub mod create_organization_scope {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `POST /api/organization-scopes`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "CreateOrganizationScope",
        method: Method::POST,
        path: "/api/organization-scopes",
        tags: &["Organization scopes"],
        security: super::DEFAULT_SECURITY,
        body: Some(RequestBody::required(&["application/json"])),
        ..Operation::NEW
    };
    /// What [`Api::create_organization_scope`](super::Api::create_organization_scope) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The body.
        pub body: Valid<models::CreateOrganizationScopeBody>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { body = json });
    /// What [`Api::create_organization_scope`](super::Api::create_organization_scope) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 201: The organization scope was created successfully.
        Created(models::OrganizationScope),
        /// 400: Bad Request
        BadRequest,
        /// 401: Unauthorized
        Unauthorized,
        /// 403: Forbidden
        Forbidden,
        /// 422: The organization scope name is already in use.
        UnprocessableEntity,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Created(body) => response::json(StatusCode::CREATED, &body),
                Self::BadRequest => StatusCode::BAD_REQUEST.into_response(),
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
                Self::UnprocessableEntity => {
                    StatusCode::UNPROCESSABLE_ENTITY.into_response()
                }
            }
        }
    }
}

/// `GET /api/organization-scopes/{id}`: Get organization scope.
pub mod get_organization_scope {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `GET /api/organization-scopes/{id}`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "GetOrganizationScope",
        method: Method::GET,
        path: "/api/organization-scopes/{id}",
        tags: &["Organization scopes"],
        security: super::DEFAULT_SECURITY,
        parameters: &[Parameter::path("id")],
        refusals: Refusals::only(StatusCode::BAD_REQUEST),
        ..Operation::NEW
    };
    /// What [`Api::get_organization_scope`](super::Api::get_organization_scope) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The path parameters.
        pub path: Valid<models::GetOrganizationScopePath>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { path });
    /// What [`Api::get_organization_scope`](super::Api::get_organization_scope) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 200: The organization scope data for the given ID.
        Ok(models::OrganizationScope),
        /// 400: Bad Request
        BadRequest,
        /// 401: Unauthorized
        Unauthorized,
        /// 403: Forbidden
        Forbidden,
        /// 404: Not Found
        NotFound,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Ok(body) => response::json(StatusCode::OK, &body),
                Self::BadRequest => StatusCode::BAD_REQUEST.into_response(),
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
                Self::NotFound => StatusCode::NOT_FOUND.into_response(),
            }
        }
    }
}

/// `DELETE /api/organization-scopes/{id}`: Delete organization scope.
pub mod delete_organization_scope {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `DELETE /api/organization-scopes/{id}`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "DeleteOrganizationScope",
        method: Method::DELETE,
        path: "/api/organization-scopes/{id}",
        tags: &["Organization scopes"],
        security: super::DEFAULT_SECURITY,
        parameters: &[Parameter::path("id")],
        refusals: Refusals::only(StatusCode::BAD_REQUEST),
        ..Operation::NEW
    };
    /// What [`Api::delete_organization_scope`](super::Api::delete_organization_scope) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The path parameters.
        pub path: Valid<models::GetOrganizationScopePath>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { path });
    /// What [`Api::delete_organization_scope`](super::Api::delete_organization_scope) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 204: The organization scope was deleted successfully.
        NoContent,
        /// 400: Bad Request
        BadRequest,
        /// 401: Unauthorized
        Unauthorized,
        /// 403: Forbidden
        Forbidden,
        /// 404: Not Found
        NotFound,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::NoContent => StatusCode::NO_CONTENT.into_response(),
                Self::BadRequest => StatusCode::BAD_REQUEST.into_response(),
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
                Self::NotFound => StatusCode::NOT_FOUND.into_response(),
            }
        }
    }
}

/// `PATCH /api/organization-scopes/{id}`: Update organization scope.
pub mod update_organization_scope {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `PATCH /api/organization-scopes/{id}`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "UpdateOrganizationScope",
        method: Method::PATCH,
        path: "/api/organization-scopes/{id}",
        tags: &["Organization scopes"],
        security: super::DEFAULT_SECURITY,
        parameters: &[Parameter::path("id")],
        body: Some(RequestBody::required(&["application/json"])),
        ..Operation::NEW
    };
    /// What [`Api::update_organization_scope`](super::Api::update_organization_scope) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The path parameters.
        pub path: Valid<models::GetOrganizationScopePath>,
        /// The body.
        pub body: Valid<models::UpdateOrganizationScopeBody>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { path, body = json });
    /// What [`Api::update_organization_scope`](super::Api::update_organization_scope) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 200: The organization scope was updated successfully.
        Ok(models::OrganizationScope),
        /// 400: Bad Request
        BadRequest,
        /// 401: Unauthorized
        Unauthorized,
        /// 403: Forbidden
        Forbidden,
        /// 404: Not Found
        NotFound,
        /// 422: The organization scope name is already in use.
        UnprocessableEntity,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Ok(body) => response::json(StatusCode::OK, &body),
                Self::BadRequest => StatusCode::BAD_REQUEST.into_response(),
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
                Self::NotFound => StatusCode::NOT_FOUND.into_response(),
                Self::UnprocessableEntity => {
                    StatusCode::UNPROCESSABLE_ENTITY.into_response()
                }
            }
        }
    }
}

/// `GET /api/organization-invitations`: Get organization invitations.
pub mod list_organization_invitations {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `GET /api/organization-invitations`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "ListOrganizationInvitations",
        method: Method::GET,
        path: "/api/organization-invitations",
        tags: &["Organization invitations"],
        security: super::DEFAULT_SECURITY,
        parameters: &[
            Parameter::query("organizationId"),
            Parameter::query("inviterId"),
            Parameter::query("invitee"),
        ],
        refusals: Refusals::only(StatusCode::BAD_REQUEST),
        ..Operation::NEW
    };
    /// What [`Api::list_organization_invitations`](super::Api::list_organization_invitations) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The query parameters.
        pub query: Valid<models::ListOrganizationInvitationsQuery>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { query });
    /// What [`Api::list_organization_invitations`](super::Api::list_organization_invitations) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 200: A list of organization invitations, each item also contains the organization roles to be assigned to the user when they accept the invitation.
        Ok(Vec<models::OrganizationInvitation>),
        /// 400: Bad Request
        BadRequest,
        /// 401: Unauthorized
        Unauthorized,
        /// 403: Forbidden
        Forbidden,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Ok(body) => response::json(StatusCode::OK, &body),
                Self::BadRequest => StatusCode::BAD_REQUEST.into_response(),
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
            }
        }
    }
}

/// `POST /api/organization-invitations`: Create organization invitation.
pub mod create_organization_invitation {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `POST /api/organization-invitations`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "CreateOrganizationInvitation",
        method: Method::POST,
        path: "/api/organization-invitations",
        tags: &["Organization invitations"],
        security: super::DEFAULT_SECURITY,
        body: Some(RequestBody::required(&["application/json"])),
        ..Operation::NEW
    };
    /// What [`Api::create_organization_invitation`](super::Api::create_organization_invitation) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The organization invitation to create.
        pub body: Valid<models::CreateOrganizationInvitationBody>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { body = json });
    /// What [`Api::create_organization_invitation`](super::Api::create_organization_invitation) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 201: The organization invitation was created successfully.
        Created(models::OrganizationInvitation),
        /// 400: The organization invitation could not be created. This can happen if the input is invalid or if the expiration date is in the past.
        BadRequest,
        /// 401: Unauthorized
        Unauthorized,
        /// 403: Forbidden
        Forbidden,
        /// 422: Unprocessable Entity
        UnprocessableEntity,
        /// 501: No email connector is configured for the tenant.
        NotImplemented,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Created(body) => response::json(StatusCode::CREATED, &body),
                Self::BadRequest => StatusCode::BAD_REQUEST.into_response(),
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
                Self::UnprocessableEntity => {
                    StatusCode::UNPROCESSABLE_ENTITY.into_response()
                }
                Self::NotImplemented => StatusCode::NOT_IMPLEMENTED.into_response(),
            }
        }
    }
}

/// `GET /api/organization-invitations/{id}`: Get organization invitation.
pub mod get_organization_invitation {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `GET /api/organization-invitations/{id}`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "GetOrganizationInvitation",
        method: Method::GET,
        path: "/api/organization-invitations/{id}",
        tags: &["Organization invitations"],
        security: super::DEFAULT_SECURITY,
        parameters: &[Parameter::path("id")],
        refusals: Refusals::only(StatusCode::BAD_REQUEST),
        ..Operation::NEW
    };
    /// What [`Api::get_organization_invitation`](super::Api::get_organization_invitation) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The path parameters.
        pub path: Valid<models::GetOrganizationInvitationPath>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { path });
    /// What [`Api::get_organization_invitation`](super::Api::get_organization_invitation) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 200: The organization invitation, also contains the organization roles to be assigned to the user when they accept the invitation.
        Ok(models::OrganizationInvitation),
        /// 400: Bad Request
        BadRequest,
        /// 401: Unauthorized
        Unauthorized,
        /// 403: Forbidden
        Forbidden,
        /// 404: Not Found
        NotFound,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Ok(body) => response::json(StatusCode::OK, &body),
                Self::BadRequest => StatusCode::BAD_REQUEST.into_response(),
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
                Self::NotFound => StatusCode::NOT_FOUND.into_response(),
            }
        }
    }
}

/// `DELETE /api/organization-invitations/{id}`: Delete organization invitation.
pub mod delete_organization_invitation {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `DELETE /api/organization-invitations/{id}`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "DeleteOrganizationInvitation",
        method: Method::DELETE,
        path: "/api/organization-invitations/{id}",
        tags: &["Organization invitations"],
        security: super::DEFAULT_SECURITY,
        parameters: &[Parameter::path("id")],
        refusals: Refusals::only(StatusCode::BAD_REQUEST),
        ..Operation::NEW
    };
    /// What [`Api::delete_organization_invitation`](super::Api::delete_organization_invitation) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The path parameters.
        pub path: Valid<models::GetOrganizationInvitationPath>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { path });
    /// What [`Api::delete_organization_invitation`](super::Api::delete_organization_invitation) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 204: The organization invitation was deleted successfully.
        NoContent,
        /// 400: Bad Request
        BadRequest,
        /// 401: Unauthorized
        Unauthorized,
        /// 403: Forbidden
        Forbidden,
        /// 404: Not Found
        NotFound,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::NoContent => StatusCode::NO_CONTENT.into_response(),
                Self::BadRequest => StatusCode::BAD_REQUEST.into_response(),
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
                Self::NotFound => StatusCode::NOT_FOUND.into_response(),
            }
        }
    }
}

/// `PUT /api/organization-invitations/{id}/status`: Update organization invitation status.
pub mod replace_organization_invitation_status {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `PUT /api/organization-invitations/{id}/status`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "ReplaceOrganizationInvitationStatus",
        method: Method::PUT,
        path: "/api/organization-invitations/{id}/status",
        tags: &["Organization invitations"],
        security: super::DEFAULT_SECURITY,
        parameters: &[Parameter::path("id")],
        body: Some(RequestBody::required(&["application/json"])),
        ..Operation::NEW
    };
    /// What [`Api::replace_organization_invitation_status`](super::Api::replace_organization_invitation_status) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The path parameters.
        pub path: Valid<models::GetOrganizationInvitationPath>,
        /// The organization invitation status to update.
        pub body: Valid<models::ReplaceOrganizationInvitationStatusBody>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { path, body = json });
    /// What [`Api::replace_organization_invitation_status`](super::Api::replace_organization_invitation_status) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 200: The organization invitation status was updated successfully.
        Ok(models::OrganizationInvitation),
        /// 400: Bad Request
        BadRequest,
        /// 401: Unauthorized
        Unauthorized,
        /// 403: Forbidden
        Forbidden,
        /// 422: The organization invitation status could not be updated. This can happen if the current status is not "Pending" or if the status is "Accepted" and the accepted user ID is not provided.
        UnprocessableEntity,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Ok(body) => response::json(StatusCode::OK, &body),
                Self::BadRequest => StatusCode::BAD_REQUEST.into_response(),
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
                Self::UnprocessableEntity => {
                    StatusCode::UNPROCESSABLE_ENTITY.into_response()
                }
            }
        }
    }
}

/// `POST /api/organization-invitations/{id}/message`: Resend invitation message.
pub mod create_organization_invitation_message {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `POST /api/organization-invitations/{id}/message`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "CreateOrganizationInvitationMessage",
        method: Method::POST,
        path: "/api/organization-invitations/{id}/message",
        tags: &["Organization invitations"],
        security: super::DEFAULT_SECURITY,
        parameters: &[Parameter::path("id")],
        body: Some(RequestBody::required(&["application/json"])),
        refusals: Refusals::only(StatusCode::BAD_REQUEST),
        ..Operation::NEW
    };
    /// What [`Api::create_organization_invitation_message`](super::Api::create_organization_invitation_message) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The path parameters.
        pub path: Valid<models::GetOrganizationInvitationPath>,
        /// The message payload for the "OrganizationInvitation" template to use when sending the invitation via email.
        pub body: Valid<models::SendMessagePayload>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { path, body = json });
    /// What [`Api::create_organization_invitation_message`](super::Api::create_organization_invitation_message) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 204: The invitation message was resent successfully.
        NoContent,
        /// 400: Bad Request
        BadRequest,
        /// 401: Unauthorized
        Unauthorized,
        /// 403: Forbidden
        Forbidden,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::NoContent => StatusCode::NO_CONTENT.into_response(),
                Self::BadRequest => StatusCode::BAD_REQUEST.into_response(),
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
            }
        }
    }
}
