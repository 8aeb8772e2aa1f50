//! The server: the [`Api`] trait an implementation provides, each
//! operation's request and response types, and [`router`], which
//! reads, authenticates and validates every request before a method
//! sees it.

use std::future::Future;
use std::sync::Arc;
use crate::models;
use oapi_axum_runtime::axum::extract::{Request, State};
use oapi_axum_runtime::axum::response::{IntoResponse, Response};
use oapi_axum_runtime::axum::{Router, routing};
use oapi_axum_runtime::params::Sent;
use oapi_axum_runtime::problem::Rejection;
use oapi_axum_runtime::server::{self, AuthError, Checks, Presented, Served};
use oapi_axum_runtime::Valid;

/// What an implementation of Logto API references provides: one method per operation.
pub trait Api: Send + Sync + 'static {
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
    /// How a request refused before its method runs is answered: RFC 9457
    /// `application/problem+json`, with every violation and its pointer.
    fn reject(&self, rejection: Rejection) -> Response {
        server::problem_response(&rejection)
    }
    /// `GET /api/organizations`: Get organizations
    ///
    /// Get organizations that match the given query with pagination.
    fn list_organizations(
        &self,
        principal: Self::Principal,
        request: ListOrganizationsRequest,
    ) -> impl Future<Output = Result<ListOrganizationsResponse, Self::Error>> + Send;
    /// `POST /api/organizations`: Create an organization
    ///
    /// Create a new organization with the given data.
    fn create_organization(
        &self,
        principal: Self::Principal,
        request: CreateOrganizationRequest,
    ) -> impl Future<Output = Result<CreateOrganizationResponse, Self::Error>> + Send;
    /// `GET /api/organizations/{id}`: Get organization
    ///
    /// Get organization details by ID.
    fn get_organization(
        &self,
        principal: Self::Principal,
        request: GetOrganizationRequest,
    ) -> impl Future<Output = Result<GetOrganizationResponse, Self::Error>> + Send;
    /// `DELETE /api/organizations/{id}`: Delete organization
    ///
    /// Delete organization by ID.
    fn delete_organization(
        &self,
        principal: Self::Principal,
        request: DeleteOrganizationRequest,
    ) -> impl Future<Output = Result<DeleteOrganizationResponse, Self::Error>> + Send;
    /// `PATCH /api/organizations/{id}`: Update organization
    ///
    /// Update organization details by ID with the given data.
    fn update_organization(
        &self,
        principal: Self::Principal,
        request: UpdateOrganizationRequest,
    ) -> impl Future<Output = Result<UpdateOrganizationResponse, Self::Error>> + Send;
    /// `GET /api/organizations/{id}/users`: Get organization user members
    ///
    /// Get users that are members of the specified organization for the given query with pagination.
    fn list_organization_users(
        &self,
        principal: Self::Principal,
        request: ListOrganizationUsersRequest,
    ) -> impl Future<Output = Result<ListOrganizationUsersResponse, Self::Error>> + Send;
    /// `PUT /api/organizations/{id}/users`: Replace organization user members
    ///
    /// Replace all user members for the specified organization with the given users. This effectively removing all existing user memberships in the organization and adding the new users as members.
    fn replace_organization_users(
        &self,
        principal: Self::Principal,
        request: ReplaceOrganizationUsersRequest,
    ) -> impl Future<
        Output = Result<ReplaceOrganizationUsersResponse, Self::Error>,
    > + Send;
    /// `POST /api/organizations/{id}/users`: Add user members to organization
    ///
    /// Add users as members to the specified organization with the given user IDs.
    fn add_organization_users(
        &self,
        principal: Self::Principal,
        request: AddOrganizationUsersRequest,
    ) -> impl Future<Output = Result<AddOrganizationUsersResponse, Self::Error>> + Send;
    /// `DELETE /api/organizations/{id}/users/{userId}`: Remove user member from organization
    ///
    /// Remove a user's membership from the specified organization.
    fn delete_organization_user(
        &self,
        principal: Self::Principal,
        request: DeleteOrganizationUserRequest,
    ) -> impl Future<
        Output = Result<DeleteOrganizationUserResponse, Self::Error>,
    > + Send;
    /// `POST /api/organizations/{id}/users/roles`: Assign roles to organization user members
    ///
    /// Assign roles to user members of the specified organization.
    fn assign_organization_roles_to_users(
        &self,
        principal: Self::Principal,
        request: AssignOrganizationRolesToUsersRequest,
    ) -> impl Future<
        Output = Result<AssignOrganizationRolesToUsersResponse, Self::Error>,
    > + Send;
    /// `GET /api/organizations/{id}/users/{userId}/roles`: Get roles for a user in an organization
    ///
    /// Get roles assigned to a user in the specified organization with pagination.
    fn list_organization_user_roles(
        &self,
        principal: Self::Principal,
        request: ListOrganizationUserRolesRequest,
    ) -> impl Future<
        Output = Result<ListOrganizationUserRolesResponse, Self::Error>,
    > + Send;
    /// `PUT /api/organizations/{id}/users/{userId}/roles`: Update roles for a user in an organization
    ///
    /// Update roles assigned to a user in the specified organization with the provided data.
    fn replace_organization_user_roles(
        &self,
        principal: Self::Principal,
        request: ReplaceOrganizationUserRolesRequest,
    ) -> impl Future<
        Output = Result<ReplaceOrganizationUserRolesResponse, Self::Error>,
    > + Send;
    /// `POST /api/organizations/{id}/users/{userId}/roles`: Assign roles to a user in an organization
    ///
    /// Assign roles to a user in the specified organization with the provided data.
    fn assign_organization_roles_to_user(
        &self,
        principal: Self::Principal,
        request: AssignOrganizationRolesToUserRequest,
    ) -> impl Future<
        Output = Result<AssignOrganizationRolesToUserResponse, Self::Error>,
    > + Send;
    /// `DELETE /api/organizations/{id}/users/{userId}/roles/{organizationRoleId}`: Remove a role from a user in an organization
    ///
    /// Remove a role assignment from a user in the specified organization.
    fn delete_organization_user_role(
        &self,
        principal: Self::Principal,
        request: DeleteOrganizationUserRoleRequest,
    ) -> impl Future<
        Output = Result<DeleteOrganizationUserRoleResponse, Self::Error>,
    > + Send;
    /// `GET /api/organizations/{id}/users/{userId}/scopes`: Get scopes for a user in an organization tailored by the organization roles
    ///
    /// Get scopes assigned to a user in the specified organization tailored by the organization roles. The scopes are derived from the organization roles assigned to the user.
    fn list_organization_user_scopes(
        &self,
        principal: Self::Principal,
        request: ListOrganizationUserScopesRequest,
    ) -> impl Future<
        Output = Result<ListOrganizationUserScopesResponse, Self::Error>,
    > + Send;
    /// `GET /api/organization-roles`: Get organization roles
    ///
    /// Get organization roles with pagination.
    fn list_organization_roles(
        &self,
        principal: Self::Principal,
        request: ListOrganizationRolesRequest,
    ) -> impl Future<Output = Result<ListOrganizationRolesResponse, Self::Error>> + Send;
    /// `POST /api/organization-roles`: Create an organization role
    ///
    /// Create a new organization role with the given data.
    fn create_organization_role(
        &self,
        principal: Self::Principal,
        request: CreateOrganizationRoleRequest,
    ) -> impl Future<
        Output = Result<CreateOrganizationRoleResponse, Self::Error>,
    > + Send;
    /// `GET /api/organization-roles/{id}`: Get organization role
    ///
    /// Get organization role details by ID.
    fn get_organization_role(
        &self,
        principal: Self::Principal,
        request: GetOrganizationRoleRequest,
    ) -> impl Future<Output = Result<GetOrganizationRoleResponse, Self::Error>> + Send;
    /// `DELETE /api/organization-roles/{id}`: Delete organization role
    ///
    /// Delete organization role by ID.
    fn delete_organization_role(
        &self,
        principal: Self::Principal,
        request: DeleteOrganizationRoleRequest,
    ) -> impl Future<
        Output = Result<DeleteOrganizationRoleResponse, Self::Error>,
    > + Send;
    /// `PATCH /api/organization-roles/{id}`: Update organization role
    ///
    /// Update organization role details by ID with the given data.
    fn update_organization_role(
        &self,
        principal: Self::Principal,
        request: UpdateOrganizationRoleRequest,
    ) -> impl Future<
        Output = Result<UpdateOrganizationRoleResponse, Self::Error>,
    > + Send;
    /// `GET /api/organization-roles/{id}/scopes`: Get organization role scopes
    ///
    /// Get organization scopes that are assigned to the specified organization role with optional pagination.
    fn list_organization_role_scopes(
        &self,
        principal: Self::Principal,
        request: ListOrganizationRoleScopesRequest,
    ) -> impl Future<
        Output = Result<ListOrganizationRoleScopesResponse, Self::Error>,
    > + Send;
    /// `PUT /api/organization-roles/{id}/scopes`: Replace organization scopes for organization role
    ///
    /// Replace all organization scopes that are assigned to the specified organization role with the given organization scopes. This effectively removes all existing organization scope assignments and replaces them with the new ones.
    fn replace_organization_role_scopes(
        &self,
        principal: Self::Principal,
        request: ReplaceOrganizationRoleScopesRequest,
    ) -> impl Future<
        Output = Result<ReplaceOrganizationRoleScopesResponse, Self::Error>,
    > + Send;
    /// `POST /api/organization-roles/{id}/scopes`: Assign organization scopes to organization role
    ///
    /// Assign organization scopes to the specified organization role
    fn create_organization_role_scope(
        &self,
        principal: Self::Principal,
        request: CreateOrganizationRoleScopeRequest,
    ) -> impl Future<
        Output = Result<CreateOrganizationRoleScopeResponse, Self::Error>,
    > + Send;
    /// `DELETE /api/organization-roles/{id}/scopes/{organizationScopeId}`: Remove organization scope
    ///
    /// Remove a organization scope assignment from the specified organization role.
    fn delete_organization_role_scope(
        &self,
        principal: Self::Principal,
        request: DeleteOrganizationRoleScopeRequest,
    ) -> impl Future<
        Output = Result<DeleteOrganizationRoleScopeResponse, Self::Error>,
    > + Send;
    /// `GET /api/organization-scopes`: Get organization scopes
    ///
    /// Get organization scopes that match with optional pagination.
    fn list_organization_scopes(
        &self,
        principal: Self::Principal,
        request: ListOrganizationScopesRequest,
    ) -> impl Future<
        Output = Result<ListOrganizationScopesResponse, Self::Error>,
    > + Send;
    /// `POST /api/organization-scopes`: Create an organization scope
    ///
    /// Create a new organization scope with the given data.
    fn create_organization_scope(
        &self,
        principal: Self::Principal,
        request: CreateOrganizationScopeRequest,
    ) -> impl Future<
        Output = Result<CreateOrganizationScopeResponse, Self::Error>,
    > + Send;
    /// `GET /api/organization-scopes/{id}`: Get organization scope
    ///
    /// Get organization scope details by ID.
    fn get_organization_scope(
        &self,
        principal: Self::Principal,
        request: GetOrganizationScopeRequest,
    ) -> impl Future<Output = Result<GetOrganizationScopeResponse, Self::Error>> + Send;
    /// `DELETE /api/organization-scopes/{id}`: Delete organization scope
    ///
    /// Delete organization scope by ID.
    fn delete_organization_scope(
        &self,
        principal: Self::Principal,
        request: DeleteOrganizationScopeRequest,
    ) -> impl Future<
        Output = Result<DeleteOrganizationScopeResponse, Self::Error>,
    > + Send;
    /// `PATCH /api/organization-scopes/{id}`: Update organization scope
    ///
    /// Update organization scope details by ID with the given data.
    fn update_organization_scope(
        &self,
        principal: Self::Principal,
        request: UpdateOrganizationScopeRequest,
    ) -> impl Future<
        Output = Result<UpdateOrganizationScopeResponse, Self::Error>,
    > + Send;
    /// `GET /api/organization-invitations`: Get organization invitations
    ///
    /// Get organization invitations.
    fn list_organization_invitations(
        &self,
        principal: Self::Principal,
        request: ListOrganizationInvitationsRequest,
    ) -> impl Future<
        Output = Result<ListOrganizationInvitationsResponse, Self::Error>,
    > + Send;
    /// `POST /api/organization-invitations`: Create organization invitation
    ///
    /// Create an organization invitation and optionally send it via email. The tenant should have an email connector configured if you want to send the invitation via email at this point.
    fn create_organization_invitation(
        &self,
        principal: Self::Principal,
        request: CreateOrganizationInvitationRequest,
    ) -> impl Future<
        Output = Result<CreateOrganizationInvitationResponse, Self::Error>,
    > + Send;
    /// `GET /api/organization-invitations/{id}`: Get organization invitation
    ///
    /// Get an organization invitation by ID.
    fn get_organization_invitation(
        &self,
        principal: Self::Principal,
        request: GetOrganizationInvitationRequest,
    ) -> impl Future<
        Output = Result<GetOrganizationInvitationResponse, Self::Error>,
    > + Send;
    /// `DELETE /api/organization-invitations/{id}`: Delete organization invitation
    ///
    /// Delete an organization invitation by ID.
    fn delete_organization_invitation(
        &self,
        principal: Self::Principal,
        request: DeleteOrganizationInvitationRequest,
    ) -> impl Future<
        Output = Result<DeleteOrganizationInvitationResponse, Self::Error>,
    > + Send;
    /// `PUT /api/organization-invitations/{id}/status`: Update organization invitation status
    ///
    /// Update the status of an organization invitation by ID.
    fn replace_organization_invitation_status(
        &self,
        principal: Self::Principal,
        request: ReplaceOrganizationInvitationStatusRequest,
    ) -> impl Future<
        Output = Result<ReplaceOrganizationInvitationStatusResponse, Self::Error>,
    > + Send;
    /// `POST /api/organization-invitations/{id}/message`: Resend invitation message
    ///
    /// Resend the invitation message to the invitee.
    fn create_organization_invitation_message(
        &self,
        principal: Self::Principal,
        request: CreateOrganizationInvitationMessageRequest,
    ) -> impl Future<
        Output = Result<CreateOrganizationInvitationMessageResponse, Self::Error>,
    > + Send;
}

/// The credentials a request presents, one field per security scheme of
/// the API description.
#[derive(Debug, Clone, Default)]
pub struct Credentials {
    /// `ManagementApi`: the token of `Authorization: Bearer`.
    pub management_api: Option<String>,
}

impl Credentials {
    fn presented(presented: &Presented<'_>) -> Self {
        Self {
            management_api: presented.bearer(),
        }
    }
}

/// What `list_organizations` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct ListOrganizationsRequest {
    /// The query parameters.
    pub query: Valid<models::ListOrganizationsQuery>,
}

/// What `list_organizations` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum ListOrganizationsResponse {
    /// 200: A list of organizations.
    Ok(Vec<models::OrganizationWithFeatured>, ListOrganizationsOkHeaders),
    /// 400: Bad Request
    BadRequest,
    /// 401: Unauthorized
    Unauthorized,
    /// 403: Forbidden
    Forbidden,
}

/// The headers of `ListOrganizationsResponse::Ok`.
#[derive(Debug, Clone)]
pub struct ListOrganizationsOkHeaders {
    /// `Total-Number`: The total number of entries that match the query (set by Logto's koa-pagination middleware; absent when an optionally paginated endpoint is called without `page` / `page_size`).
    pub total_number: Option<i64>,
}

impl IntoResponse for ListOrganizationsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body, headers) => {
                let mut response = server::json(200, &body);
                if let Some(value) = &headers.total_number {
                    server::set_header(&mut response, "Total-Number", value);
                }
                response
            }
            Self::BadRequest => server::empty(400),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
        }
    }
}

/// What `create_organization` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct CreateOrganizationRequest {
    /// The body.
    pub body: Valid<models::CreateOrganizationBody>,
}

/// What `create_organization` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum CreateOrganizationResponse {
    /// 201: The organization was created successfully.
    Created(Box<models::Organization>),
    /// 400: Bad Request
    BadRequest,
    /// 401: Unauthorized
    Unauthorized,
    /// 403: Forbidden
    Forbidden,
}

impl IntoResponse for CreateOrganizationResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Created(body) => server::json(201, &body),
            Self::BadRequest => server::empty(400),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
        }
    }
}

/// What `get_organization` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct GetOrganizationRequest {
    /// The path parameters.
    pub path: Valid<models::GetOrganizationPath>,
}

/// What `get_organization` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum GetOrganizationResponse {
    /// 200: Details of the organization.
    Ok(Box<models::Organization>),
    /// 400: Bad Request
    BadRequest,
    /// 401: Unauthorized
    Unauthorized,
    /// 403: Forbidden
    Forbidden,
    /// 404: Not Found
    NotFound,
}

impl IntoResponse for GetOrganizationResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => server::json(200, &body),
            Self::BadRequest => server::empty(400),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
            Self::NotFound => server::empty(404),
        }
    }
}

/// What `delete_organization` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct DeleteOrganizationRequest {
    /// The path parameters.
    pub path: Valid<models::DeleteOrganizationPath>,
}

/// What `delete_organization` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum DeleteOrganizationResponse {
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

impl IntoResponse for DeleteOrganizationResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => server::empty(204),
            Self::BadRequest => server::empty(400),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
            Self::NotFound => server::empty(404),
        }
    }
}

/// What `update_organization` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct UpdateOrganizationRequest {
    /// The path parameters.
    pub path: Valid<models::UpdateOrganizationPath>,
    /// The body.
    pub body: Valid<models::UpdateOrganizationBody>,
}

/// What `update_organization` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum UpdateOrganizationResponse {
    /// 200: The organization was updated successfully.
    Ok(Box<models::Organization>),
    /// 400: Bad Request
    BadRequest,
    /// 401: Unauthorized
    Unauthorized,
    /// 403: Forbidden
    Forbidden,
    /// 404: Not Found
    NotFound,
}

impl IntoResponse for UpdateOrganizationResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => server::json(200, &body),
            Self::BadRequest => server::empty(400),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
            Self::NotFound => server::empty(404),
        }
    }
}

/// What `list_organization_users` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct ListOrganizationUsersRequest {
    /// The path parameters.
    pub path: Valid<models::ListOrganizationUsersPath>,
    /// The query parameters.
    pub query: Valid<models::ListOrganizationUsersQuery>,
}

/// What `list_organization_users` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum ListOrganizationUsersResponse {
    /// 200: A list of users that are members of the organization.
    Ok(Vec<models::UserWithOrganizationRoles>, ListOrganizationUsersOkHeaders),
    /// 400: Bad Request
    BadRequest,
    /// 401: Unauthorized
    Unauthorized,
    /// 403: Forbidden
    Forbidden,
    /// 404: Not Found
    NotFound,
}

/// The headers of `ListOrganizationUsersResponse::Ok`.
#[derive(Debug, Clone)]
pub struct ListOrganizationUsersOkHeaders {
    /// `Total-Number`: The total number of entries that match the query (set by Logto's koa-pagination middleware; absent when an optionally paginated endpoint is called without `page` / `page_size`).
    pub total_number: Option<i64>,
}

impl IntoResponse for ListOrganizationUsersResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body, headers) => {
                let mut response = server::json(200, &body);
                if let Some(value) = &headers.total_number {
                    server::set_header(&mut response, "Total-Number", value);
                }
                response
            }
            Self::BadRequest => server::empty(400),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
            Self::NotFound => server::empty(404),
        }
    }
}

/// What `replace_organization_users` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct ReplaceOrganizationUsersRequest {
    /// The path parameters.
    pub path: Valid<models::ReplaceOrganizationUsersPath>,
    /// The body.
    pub body: Valid<models::ReplaceOrganizationUsersBody>,
}

/// What `replace_organization_users` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum ReplaceOrganizationUsersResponse {
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

impl IntoResponse for ReplaceOrganizationUsersResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => server::empty(204),
            Self::BadRequest => server::empty(400),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
            Self::UnprocessableEntity => server::empty(422),
        }
    }
}

/// What `add_organization_users` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct AddOrganizationUsersRequest {
    /// The path parameters.
    pub path: Valid<models::AddOrganizationUsersPath>,
    /// The body.
    pub body: Valid<models::AddOrganizationUsersBody>,
}

/// What `add_organization_users` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum AddOrganizationUsersResponse {
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

impl IntoResponse for AddOrganizationUsersResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Created(body) => server::json(201, &body),
            Self::BadRequest => server::empty(400),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
            Self::UnprocessableEntity => server::empty(422),
        }
    }
}

/// What `delete_organization_user` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct DeleteOrganizationUserRequest {
    /// The path parameters.
    pub path: Valid<models::DeleteOrganizationUserPath>,
}

/// What `delete_organization_user` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum DeleteOrganizationUserResponse {
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

impl IntoResponse for DeleteOrganizationUserResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => server::empty(204),
            Self::BadRequest => server::empty(400),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
            Self::NotFound => server::empty(404),
            Self::UnprocessableEntity => server::empty(422),
        }
    }
}

/// What `assign_organization_roles_to_users` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct AssignOrganizationRolesToUsersRequest {
    /// The path parameters.
    pub path: Valid<models::AssignOrganizationRolesToUsersPath>,
    /// The body.
    pub body: Valid<models::AssignOrganizationRolesToUsersBody>,
}

/// What `assign_organization_roles_to_users` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum AssignOrganizationRolesToUsersResponse {
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

impl IntoResponse for AssignOrganizationRolesToUsersResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Created => server::empty(201),
            Self::BadRequest => server::empty(400),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
            Self::UnprocessableEntity => server::empty(422),
        }
    }
}

/// What `list_organization_user_roles` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct ListOrganizationUserRolesRequest {
    /// The path parameters.
    pub path: Valid<models::ListOrganizationUserRolesPath>,
    /// The query parameters.
    pub query: Valid<models::ListOrganizationUserRolesQuery>,
}

/// What `list_organization_user_roles` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum ListOrganizationUserRolesResponse {
    /// 200: A list of roles assigned to the user.
    Ok(Vec<models::OrganizationRole>, ListOrganizationUserRolesOkHeaders),
    /// 400: Bad Request
    BadRequest,
    /// 401: Unauthorized
    Unauthorized,
    /// 403: Forbidden
    Forbidden,
    /// 422: The user is not a member of the organization.
    UnprocessableEntity,
}

/// The headers of `ListOrganizationUserRolesResponse::Ok`.
#[derive(Debug, Clone)]
pub struct ListOrganizationUserRolesOkHeaders {
    /// `Total-Number`: The total number of entries that match the query (set by Logto's koa-pagination middleware; absent when an optionally paginated endpoint is called without `page` / `page_size`).
    pub total_number: Option<i64>,
}

impl IntoResponse for ListOrganizationUserRolesResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body, headers) => {
                let mut response = server::json(200, &body);
                if let Some(value) = &headers.total_number {
                    server::set_header(&mut response, "Total-Number", value);
                }
                response
            }
            Self::BadRequest => server::empty(400),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
            Self::UnprocessableEntity => server::empty(422),
        }
    }
}

/// What `replace_organization_user_roles` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct ReplaceOrganizationUserRolesRequest {
    /// The path parameters.
    pub path: Valid<models::ReplaceOrganizationUserRolesPath>,
    /// The body.
    pub body: Valid<models::ReplaceOrganizationUserRolesBody>,
}

/// What `replace_organization_user_roles` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum ReplaceOrganizationUserRolesResponse {
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

impl IntoResponse for ReplaceOrganizationUserRolesResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => server::empty(204),
            Self::BadRequest => server::empty(400),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
            Self::UnprocessableEntity => server::empty(422),
        }
    }
}

/// What `assign_organization_roles_to_user` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct AssignOrganizationRolesToUserRequest {
    /// The path parameters.
    pub path: Valid<models::AssignOrganizationRolesToUserPath>,
    /// The body.
    pub body: Valid<models::AssignOrganizationRolesToUserBody>,
}

/// What `assign_organization_roles_to_user` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum AssignOrganizationRolesToUserResponse {
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

impl IntoResponse for AssignOrganizationRolesToUserResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Created(body) => server::json(201, &body),
            Self::BadRequest => server::empty(400),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
            Self::UnprocessableEntity => server::empty(422),
        }
    }
}

/// What `delete_organization_user_role` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct DeleteOrganizationUserRoleRequest {
    /// The path parameters.
    pub path: Valid<models::DeleteOrganizationUserRolePath>,
}

/// What `delete_organization_user_role` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum DeleteOrganizationUserRoleResponse {
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

impl IntoResponse for DeleteOrganizationUserRoleResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => server::empty(204),
            Self::BadRequest => server::empty(400),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
            Self::NotFound => server::empty(404),
            Self::UnprocessableEntity => server::empty(422),
        }
    }
}

/// What `list_organization_user_scopes` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct ListOrganizationUserScopesRequest {
    /// The path parameters.
    pub path: Valid<models::ListOrganizationUserScopesPath>,
}

/// What `list_organization_user_scopes` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum ListOrganizationUserScopesResponse {
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

impl IntoResponse for ListOrganizationUserScopesResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => server::json(200, &body),
            Self::BadRequest => server::empty(400),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
            Self::UnprocessableEntity => server::empty(422),
        }
    }
}

/// What `list_organization_roles` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct ListOrganizationRolesRequest {
    /// The query parameters.
    pub query: Valid<models::ListOrganizationRolesQuery>,
}

/// What `list_organization_roles` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum ListOrganizationRolesResponse {
    /// 200: A list of organization roles.
    Ok(Vec<models::OrganizationRoleWithScopes>, ListOrganizationRolesOkHeaders),
    /// 400: Bad Request
    BadRequest,
    /// 401: Unauthorized
    Unauthorized,
    /// 403: Forbidden
    Forbidden,
}

/// The headers of `ListOrganizationRolesResponse::Ok`.
#[derive(Debug, Clone)]
pub struct ListOrganizationRolesOkHeaders {
    /// `Total-Number`: The total number of entries that match the query (set by Logto's koa-pagination middleware; absent when an optionally paginated endpoint is called without `page` / `page_size`).
    pub total_number: Option<i64>,
}

impl IntoResponse for ListOrganizationRolesResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body, headers) => {
                let mut response = server::json(200, &body);
                if let Some(value) = &headers.total_number {
                    server::set_header(&mut response, "Total-Number", value);
                }
                response
            }
            Self::BadRequest => server::empty(400),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
        }
    }
}

/// What `create_organization_role` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct CreateOrganizationRoleRequest {
    /// The body.
    pub body: Valid<models::CreateOrganizationRoleBody>,
}

/// What `create_organization_role` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum CreateOrganizationRoleResponse {
    /// 201: The organization role was created successfully.
    Created(Box<models::OrganizationRole>),
    /// 400: Bad Request
    BadRequest,
    /// 401: Unauthorized
    Unauthorized,
    /// 403: Forbidden
    Forbidden,
    /// 422: The organization role name is already in use.
    UnprocessableEntity,
}

impl IntoResponse for CreateOrganizationRoleResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Created(body) => server::json(201, &body),
            Self::BadRequest => server::empty(400),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
            Self::UnprocessableEntity => server::empty(422),
        }
    }
}

/// What `get_organization_role` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct GetOrganizationRoleRequest {
    /// The path parameters.
    pub path: Valid<models::GetOrganizationRolePath>,
}

/// What `get_organization_role` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum GetOrganizationRoleResponse {
    /// 200: Details of the organization role.
    Ok(Box<models::OrganizationRole>),
    /// 400: Bad Request
    BadRequest,
    /// 401: Unauthorized
    Unauthorized,
    /// 403: Forbidden
    Forbidden,
    /// 404: Not Found
    NotFound,
}

impl IntoResponse for GetOrganizationRoleResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => server::json(200, &body),
            Self::BadRequest => server::empty(400),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
            Self::NotFound => server::empty(404),
        }
    }
}

/// What `delete_organization_role` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct DeleteOrganizationRoleRequest {
    /// The path parameters.
    pub path: Valid<models::DeleteOrganizationRolePath>,
}

/// What `delete_organization_role` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum DeleteOrganizationRoleResponse {
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

impl IntoResponse for DeleteOrganizationRoleResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => server::empty(204),
            Self::BadRequest => server::empty(400),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
            Self::NotFound => server::empty(404),
        }
    }
}

/// What `update_organization_role` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct UpdateOrganizationRoleRequest {
    /// The path parameters.
    pub path: Valid<models::UpdateOrganizationRolePath>,
    /// The body.
    pub body: Valid<models::UpdateOrganizationRoleBody>,
}

/// What `update_organization_role` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum UpdateOrganizationRoleResponse {
    /// 200: The organization role was updated successfully.
    Ok(Box<models::OrganizationRole>),
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

impl IntoResponse for UpdateOrganizationRoleResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => server::json(200, &body),
            Self::BadRequest => server::empty(400),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
            Self::NotFound => server::empty(404),
            Self::UnprocessableEntity => server::empty(422),
        }
    }
}

/// What `list_organization_role_scopes` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct ListOrganizationRoleScopesRequest {
    /// The path parameters.
    pub path: Valid<models::ListOrganizationRoleScopesPath>,
    /// The query parameters.
    pub query: Valid<models::ListOrganizationRoleScopesQuery>,
}

/// What `list_organization_role_scopes` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum ListOrganizationRoleScopesResponse {
    /// 200: A list of organization scopes.
    Ok(Vec<models::OrganizationScope>, ListOrganizationRoleScopesOkHeaders),
    /// 400: Bad Request
    BadRequest,
    /// 401: Unauthorized
    Unauthorized,
    /// 403: Forbidden
    Forbidden,
    /// 404: Not Found
    NotFound,
}

/// The headers of `ListOrganizationRoleScopesResponse::Ok`.
#[derive(Debug, Clone)]
pub struct ListOrganizationRoleScopesOkHeaders {
    /// `Total-Number`: The total number of entries that match the query (set by Logto's koa-pagination middleware; absent when an optionally paginated endpoint is called without `page` / `page_size`).
    pub total_number: Option<i64>,
}

impl IntoResponse for ListOrganizationRoleScopesResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body, headers) => {
                let mut response = server::json(200, &body);
                if let Some(value) = &headers.total_number {
                    server::set_header(&mut response, "Total-Number", value);
                }
                response
            }
            Self::BadRequest => server::empty(400),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
            Self::NotFound => server::empty(404),
        }
    }
}

/// What `replace_organization_role_scopes` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct ReplaceOrganizationRoleScopesRequest {
    /// The path parameters.
    pub path: Valid<models::ReplaceOrganizationRoleScopesPath>,
    /// The body.
    pub body: Valid<models::ReplaceOrganizationRoleScopesBody>,
}

/// What `replace_organization_role_scopes` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum ReplaceOrganizationRoleScopesResponse {
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

impl IntoResponse for ReplaceOrganizationRoleScopesResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => server::empty(204),
            Self::BadRequest => server::empty(400),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
            Self::UnprocessableEntity => server::empty(422),
        }
    }
}

/// What `create_organization_role_scope` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct CreateOrganizationRoleScopeRequest {
    /// The path parameters.
    pub path: Valid<models::CreateOrganizationRoleScopePath>,
    /// The body.
    pub body: Valid<models::CreateOrganizationRoleScopeBody>,
}

/// What `create_organization_role_scope` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum CreateOrganizationRoleScopeResponse {
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

impl IntoResponse for CreateOrganizationRoleScopeResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Created => server::empty(201),
            Self::BadRequest => server::empty(400),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
            Self::UnprocessableEntity => server::empty(422),
        }
    }
}

/// What `delete_organization_role_scope` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct DeleteOrganizationRoleScopeRequest {
    /// The path parameters.
    pub path: Valid<models::DeleteOrganizationRoleScopePath>,
}

/// What `delete_organization_role_scope` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum DeleteOrganizationRoleScopeResponse {
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

impl IntoResponse for DeleteOrganizationRoleScopeResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => server::empty(204),
            Self::BadRequest => server::empty(400),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
            Self::NotFound => server::empty(404),
        }
    }
}

/// What `list_organization_scopes` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct ListOrganizationScopesRequest {
    /// The query parameters.
    pub query: Valid<models::ListOrganizationScopesQuery>,
}

/// What `list_organization_scopes` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum ListOrganizationScopesResponse {
    /// 200: A list of organization scopes.
    Ok(Vec<models::OrganizationScope>, ListOrganizationScopesOkHeaders),
    /// 400: Bad Request
    BadRequest,
    /// 401: Unauthorized
    Unauthorized,
    /// 403: Forbidden
    Forbidden,
}

/// The headers of `ListOrganizationScopesResponse::Ok`.
#[derive(Debug, Clone)]
pub struct ListOrganizationScopesOkHeaders {
    /// `Total-Number`: The total number of entries that match the query (set by Logto's koa-pagination middleware; absent when an optionally paginated endpoint is called without `page` / `page_size`).
    pub total_number: Option<i64>,
}

impl IntoResponse for ListOrganizationScopesResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body, headers) => {
                let mut response = server::json(200, &body);
                if let Some(value) = &headers.total_number {
                    server::set_header(&mut response, "Total-Number", value);
                }
                response
            }
            Self::BadRequest => server::empty(400),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
        }
    }
}

/// What `create_organization_scope` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct CreateOrganizationScopeRequest {
    /// The body.
    pub body: Valid<models::CreateOrganizationScopeBody>,
}

/// What `create_organization_scope` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum CreateOrganizationScopeResponse {
    /// 201: The organization scope was created successfully.
    Created(Box<models::OrganizationScope>),
    /// 400: Bad Request
    BadRequest,
    /// 401: Unauthorized
    Unauthorized,
    /// 403: Forbidden
    Forbidden,
    /// 422: The organization scope name is already in use.
    UnprocessableEntity,
}

impl IntoResponse for CreateOrganizationScopeResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Created(body) => server::json(201, &body),
            Self::BadRequest => server::empty(400),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
            Self::UnprocessableEntity => server::empty(422),
        }
    }
}

/// What `get_organization_scope` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct GetOrganizationScopeRequest {
    /// The path parameters.
    pub path: Valid<models::GetOrganizationScopePath>,
}

/// What `get_organization_scope` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum GetOrganizationScopeResponse {
    /// 200: The organization scope data for the given ID.
    Ok(Box<models::OrganizationScope>),
    /// 400: Bad Request
    BadRequest,
    /// 401: Unauthorized
    Unauthorized,
    /// 403: Forbidden
    Forbidden,
    /// 404: Not Found
    NotFound,
}

impl IntoResponse for GetOrganizationScopeResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => server::json(200, &body),
            Self::BadRequest => server::empty(400),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
            Self::NotFound => server::empty(404),
        }
    }
}

/// What `delete_organization_scope` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct DeleteOrganizationScopeRequest {
    /// The path parameters.
    pub path: Valid<models::DeleteOrganizationScopePath>,
}

/// What `delete_organization_scope` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum DeleteOrganizationScopeResponse {
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

impl IntoResponse for DeleteOrganizationScopeResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => server::empty(204),
            Self::BadRequest => server::empty(400),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
            Self::NotFound => server::empty(404),
        }
    }
}

/// What `update_organization_scope` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct UpdateOrganizationScopeRequest {
    /// The path parameters.
    pub path: Valid<models::UpdateOrganizationScopePath>,
    /// The body.
    pub body: Valid<models::UpdateOrganizationScopeBody>,
}

/// What `update_organization_scope` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum UpdateOrganizationScopeResponse {
    /// 200: The organization scope was updated successfully.
    Ok(Box<models::OrganizationScope>),
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

impl IntoResponse for UpdateOrganizationScopeResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => server::json(200, &body),
            Self::BadRequest => server::empty(400),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
            Self::NotFound => server::empty(404),
            Self::UnprocessableEntity => server::empty(422),
        }
    }
}

/// What `list_organization_invitations` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct ListOrganizationInvitationsRequest {
    /// The query parameters.
    pub query: Valid<models::ListOrganizationInvitationsQuery>,
}

/// What `list_organization_invitations` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum ListOrganizationInvitationsResponse {
    /// 200: A list of organization invitations, each item also contains the organization roles to be assigned to the user when they accept the invitation.
    Ok(Vec<models::OrganizationInvitation>),
    /// 400: Bad Request
    BadRequest,
    /// 401: Unauthorized
    Unauthorized,
    /// 403: Forbidden
    Forbidden,
}

impl IntoResponse for ListOrganizationInvitationsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => server::json(200, &body),
            Self::BadRequest => server::empty(400),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
        }
    }
}

/// What `create_organization_invitation` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct CreateOrganizationInvitationRequest {
    /// The organization invitation to create.
    pub body: Valid<models::CreateOrganizationInvitationBody>,
}

/// What `create_organization_invitation` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum CreateOrganizationInvitationResponse {
    /// 201: The organization invitation was created successfully.
    Created(Box<models::OrganizationInvitation>),
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

impl IntoResponse for CreateOrganizationInvitationResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Created(body) => server::json(201, &body),
            Self::BadRequest => server::empty(400),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
            Self::UnprocessableEntity => server::empty(422),
            Self::NotImplemented => server::empty(501),
        }
    }
}

/// What `get_organization_invitation` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct GetOrganizationInvitationRequest {
    /// The path parameters.
    pub path: Valid<models::GetOrganizationInvitationPath>,
}

/// What `get_organization_invitation` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum GetOrganizationInvitationResponse {
    /// 200: The organization invitation, also contains the organization roles to be assigned to the user when they accept the invitation.
    Ok(Box<models::OrganizationInvitation>),
    /// 400: Bad Request
    BadRequest,
    /// 401: Unauthorized
    Unauthorized,
    /// 403: Forbidden
    Forbidden,
    /// 404: Not Found
    NotFound,
}

impl IntoResponse for GetOrganizationInvitationResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => server::json(200, &body),
            Self::BadRequest => server::empty(400),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
            Self::NotFound => server::empty(404),
        }
    }
}

/// What `delete_organization_invitation` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct DeleteOrganizationInvitationRequest {
    /// The path parameters.
    pub path: Valid<models::DeleteOrganizationInvitationPath>,
}

/// What `delete_organization_invitation` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum DeleteOrganizationInvitationResponse {
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

impl IntoResponse for DeleteOrganizationInvitationResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => server::empty(204),
            Self::BadRequest => server::empty(400),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
            Self::NotFound => server::empty(404),
        }
    }
}

/// What `replace_organization_invitation_status` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct ReplaceOrganizationInvitationStatusRequest {
    /// The path parameters.
    pub path: Valid<models::ReplaceOrganizationInvitationStatusPath>,
    /// The organization invitation status to update.
    pub body: Valid<models::ReplaceOrganizationInvitationStatusBody>,
}

/// What `replace_organization_invitation_status` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum ReplaceOrganizationInvitationStatusResponse {
    /// 200: The organization invitation status was updated successfully.
    Ok(Box<models::OrganizationInvitation>),
    /// 400: Bad Request
    BadRequest,
    /// 401: Unauthorized
    Unauthorized,
    /// 403: Forbidden
    Forbidden,
    /// 422: The organization invitation status could not be updated. This can happen if the current status is not "Pending" or if the status is "Accepted" and the accepted user ID is not provided.
    UnprocessableEntity,
}

impl IntoResponse for ReplaceOrganizationInvitationStatusResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => server::json(200, &body),
            Self::BadRequest => server::empty(400),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
            Self::UnprocessableEntity => server::empty(422),
        }
    }
}

/// What `create_organization_invitation_message` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct CreateOrganizationInvitationMessageRequest {
    /// The path parameters.
    pub path: Valid<models::CreateOrganizationInvitationMessagePath>,
    /// The message payload for the "OrganizationInvitation" template to use when sending the invitation via email.
    pub body: Valid<models::SendMessagePayload>,
}

/// What `create_organization_invitation_message` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum CreateOrganizationInvitationMessageResponse {
    /// 204: The invitation message was resent successfully.
    NoContent,
    /// 400: Bad Request
    BadRequest,
    /// 401: Unauthorized
    Unauthorized,
    /// 403: Forbidden
    Forbidden,
}

impl IntoResponse for CreateOrganizationInvitationMessageResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => server::empty(204),
            Self::BadRequest => server::empty(400),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
        }
    }
}

/// An implementation that answers every operation with 501 Not
/// Implemented (accepting any credentials the operation requires): to
/// build the router in tests, or to serve while methods are written.
#[derive(Debug, Clone, Copy, Default)]
pub struct Unimplemented;

impl Api for Unimplemented {
    type Principal = Credentials;
    type Error = server::NotImplemented;
    async fn authenticate(
        &self,
        credentials: Credentials,
        _: &'static [&'static str],
    ) -> Result<Credentials, AuthError> {
        Ok(credentials)
    }
    async fn list_organizations(
        &self,
        _: Credentials,
        _: ListOrganizationsRequest,
    ) -> Result<ListOrganizationsResponse, Self::Error> {
        Err(server::NotImplemented)
    }
    async fn create_organization(
        &self,
        _: Credentials,
        _: CreateOrganizationRequest,
    ) -> Result<CreateOrganizationResponse, Self::Error> {
        Err(server::NotImplemented)
    }
    async fn get_organization(
        &self,
        _: Credentials,
        _: GetOrganizationRequest,
    ) -> Result<GetOrganizationResponse, Self::Error> {
        Err(server::NotImplemented)
    }
    async fn delete_organization(
        &self,
        _: Credentials,
        _: DeleteOrganizationRequest,
    ) -> Result<DeleteOrganizationResponse, Self::Error> {
        Err(server::NotImplemented)
    }
    async fn update_organization(
        &self,
        _: Credentials,
        _: UpdateOrganizationRequest,
    ) -> Result<UpdateOrganizationResponse, Self::Error> {
        Err(server::NotImplemented)
    }
    async fn list_organization_users(
        &self,
        _: Credentials,
        _: ListOrganizationUsersRequest,
    ) -> Result<ListOrganizationUsersResponse, Self::Error> {
        Err(server::NotImplemented)
    }
    async fn replace_organization_users(
        &self,
        _: Credentials,
        _: ReplaceOrganizationUsersRequest,
    ) -> Result<ReplaceOrganizationUsersResponse, Self::Error> {
        Err(server::NotImplemented)
    }
    async fn add_organization_users(
        &self,
        _: Credentials,
        _: AddOrganizationUsersRequest,
    ) -> Result<AddOrganizationUsersResponse, Self::Error> {
        Err(server::NotImplemented)
    }
    async fn delete_organization_user(
        &self,
        _: Credentials,
        _: DeleteOrganizationUserRequest,
    ) -> Result<DeleteOrganizationUserResponse, Self::Error> {
        Err(server::NotImplemented)
    }
    async fn assign_organization_roles_to_users(
        &self,
        _: Credentials,
        _: AssignOrganizationRolesToUsersRequest,
    ) -> Result<AssignOrganizationRolesToUsersResponse, Self::Error> {
        Err(server::NotImplemented)
    }
    async fn list_organization_user_roles(
        &self,
        _: Credentials,
        _: ListOrganizationUserRolesRequest,
    ) -> Result<ListOrganizationUserRolesResponse, Self::Error> {
        Err(server::NotImplemented)
    }
    async fn replace_organization_user_roles(
        &self,
        _: Credentials,
        _: ReplaceOrganizationUserRolesRequest,
    ) -> Result<ReplaceOrganizationUserRolesResponse, Self::Error> {
        Err(server::NotImplemented)
    }
    async fn assign_organization_roles_to_user(
        &self,
        _: Credentials,
        _: AssignOrganizationRolesToUserRequest,
    ) -> Result<AssignOrganizationRolesToUserResponse, Self::Error> {
        Err(server::NotImplemented)
    }
    async fn delete_organization_user_role(
        &self,
        _: Credentials,
        _: DeleteOrganizationUserRoleRequest,
    ) -> Result<DeleteOrganizationUserRoleResponse, Self::Error> {
        Err(server::NotImplemented)
    }
    async fn list_organization_user_scopes(
        &self,
        _: Credentials,
        _: ListOrganizationUserScopesRequest,
    ) -> Result<ListOrganizationUserScopesResponse, Self::Error> {
        Err(server::NotImplemented)
    }
    async fn list_organization_roles(
        &self,
        _: Credentials,
        _: ListOrganizationRolesRequest,
    ) -> Result<ListOrganizationRolesResponse, Self::Error> {
        Err(server::NotImplemented)
    }
    async fn create_organization_role(
        &self,
        _: Credentials,
        _: CreateOrganizationRoleRequest,
    ) -> Result<CreateOrganizationRoleResponse, Self::Error> {
        Err(server::NotImplemented)
    }
    async fn get_organization_role(
        &self,
        _: Credentials,
        _: GetOrganizationRoleRequest,
    ) -> Result<GetOrganizationRoleResponse, Self::Error> {
        Err(server::NotImplemented)
    }
    async fn delete_organization_role(
        &self,
        _: Credentials,
        _: DeleteOrganizationRoleRequest,
    ) -> Result<DeleteOrganizationRoleResponse, Self::Error> {
        Err(server::NotImplemented)
    }
    async fn update_organization_role(
        &self,
        _: Credentials,
        _: UpdateOrganizationRoleRequest,
    ) -> Result<UpdateOrganizationRoleResponse, Self::Error> {
        Err(server::NotImplemented)
    }
    async fn list_organization_role_scopes(
        &self,
        _: Credentials,
        _: ListOrganizationRoleScopesRequest,
    ) -> Result<ListOrganizationRoleScopesResponse, Self::Error> {
        Err(server::NotImplemented)
    }
    async fn replace_organization_role_scopes(
        &self,
        _: Credentials,
        _: ReplaceOrganizationRoleScopesRequest,
    ) -> Result<ReplaceOrganizationRoleScopesResponse, Self::Error> {
        Err(server::NotImplemented)
    }
    async fn create_organization_role_scope(
        &self,
        _: Credentials,
        _: CreateOrganizationRoleScopeRequest,
    ) -> Result<CreateOrganizationRoleScopeResponse, Self::Error> {
        Err(server::NotImplemented)
    }
    async fn delete_organization_role_scope(
        &self,
        _: Credentials,
        _: DeleteOrganizationRoleScopeRequest,
    ) -> Result<DeleteOrganizationRoleScopeResponse, Self::Error> {
        Err(server::NotImplemented)
    }
    async fn list_organization_scopes(
        &self,
        _: Credentials,
        _: ListOrganizationScopesRequest,
    ) -> Result<ListOrganizationScopesResponse, Self::Error> {
        Err(server::NotImplemented)
    }
    async fn create_organization_scope(
        &self,
        _: Credentials,
        _: CreateOrganizationScopeRequest,
    ) -> Result<CreateOrganizationScopeResponse, Self::Error> {
        Err(server::NotImplemented)
    }
    async fn get_organization_scope(
        &self,
        _: Credentials,
        _: GetOrganizationScopeRequest,
    ) -> Result<GetOrganizationScopeResponse, Self::Error> {
        Err(server::NotImplemented)
    }
    async fn delete_organization_scope(
        &self,
        _: Credentials,
        _: DeleteOrganizationScopeRequest,
    ) -> Result<DeleteOrganizationScopeResponse, Self::Error> {
        Err(server::NotImplemented)
    }
    async fn update_organization_scope(
        &self,
        _: Credentials,
        _: UpdateOrganizationScopeRequest,
    ) -> Result<UpdateOrganizationScopeResponse, Self::Error> {
        Err(server::NotImplemented)
    }
    async fn list_organization_invitations(
        &self,
        _: Credentials,
        _: ListOrganizationInvitationsRequest,
    ) -> Result<ListOrganizationInvitationsResponse, Self::Error> {
        Err(server::NotImplemented)
    }
    async fn create_organization_invitation(
        &self,
        _: Credentials,
        _: CreateOrganizationInvitationRequest,
    ) -> Result<CreateOrganizationInvitationResponse, Self::Error> {
        Err(server::NotImplemented)
    }
    async fn get_organization_invitation(
        &self,
        _: Credentials,
        _: GetOrganizationInvitationRequest,
    ) -> Result<GetOrganizationInvitationResponse, Self::Error> {
        Err(server::NotImplemented)
    }
    async fn delete_organization_invitation(
        &self,
        _: Credentials,
        _: DeleteOrganizationInvitationRequest,
    ) -> Result<DeleteOrganizationInvitationResponse, Self::Error> {
        Err(server::NotImplemented)
    }
    async fn replace_organization_invitation_status(
        &self,
        _: Credentials,
        _: ReplaceOrganizationInvitationStatusRequest,
    ) -> Result<ReplaceOrganizationInvitationStatusResponse, Self::Error> {
        Err(server::NotImplemented)
    }
    async fn create_organization_invitation_message(
        &self,
        _: Credentials,
        _: CreateOrganizationInvitationMessageRequest,
    ) -> Result<CreateOrganizationInvitationMessageResponse, Self::Error> {
        Err(server::NotImplemented)
    }
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
        .fallback(|State(served): State<Arc<Served<A>>>| async move {
            served.api.reject(Rejection::NotFound)
        })
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
        .route(
            "/api/organization-invitations",
            routing::get(handle_list_organization_invitations::<A>)
                .post(handle_create_organization_invitation::<A>),
        )
        .route(
            "/api/organization-invitations/{p0}",
            routing::get(handle_get_organization_invitation::<A>)
                .delete(handle_delete_organization_invitation::<A>),
        )
        .route(
            "/api/organization-invitations/{p0}/message",
            routing::post(handle_create_organization_invitation_message::<A>),
        )
        .route(
            "/api/organization-invitations/{p0}/status",
            routing::put(handle_replace_organization_invitation_status::<A>),
        )
        .route(
            "/api/organization-roles",
            routing::get(handle_list_organization_roles::<A>)
                .post(handle_create_organization_role::<A>),
        )
        .route(
            "/api/organization-roles/{p0}",
            routing::get(handle_get_organization_role::<A>)
                .delete(handle_delete_organization_role::<A>)
                .patch(handle_update_organization_role::<A>),
        )
        .route(
            "/api/organization-roles/{p0}/scopes",
            routing::get(handle_list_organization_role_scopes::<A>)
                .put(handle_replace_organization_role_scopes::<A>)
                .post(handle_create_organization_role_scope::<A>),
        )
        .route(
            "/api/organization-roles/{p0}/scopes/{p1}",
            routing::delete(handle_delete_organization_role_scope::<A>),
        )
        .route(
            "/api/organization-scopes",
            routing::get(handle_list_organization_scopes::<A>)
                .post(handle_create_organization_scope::<A>),
        )
        .route(
            "/api/organization-scopes/{p0}",
            routing::get(handle_get_organization_scope::<A>)
                .delete(handle_delete_organization_scope::<A>)
                .patch(handle_update_organization_scope::<A>),
        )
        .route(
            "/api/organizations",
            routing::get(handle_list_organizations::<A>)
                .post(handle_create_organization::<A>),
        )
        .route(
            "/api/organizations/{p0}",
            routing::get(handle_get_organization::<A>)
                .delete(handle_delete_organization::<A>)
                .patch(handle_update_organization::<A>),
        )
        .route(
            "/api/organizations/{p0}/users",
            routing::get(handle_list_organization_users::<A>)
                .put(handle_replace_organization_users::<A>)
                .post(handle_add_organization_users::<A>),
        )
        .route(
            "/api/organizations/{p0}/users/roles",
            routing::post(handle_assign_organization_roles_to_users::<A>),
        )
        .route(
            "/api/organizations/{p0}/users/{p1}",
            routing::delete(handle_delete_organization_user::<A>),
        )
        .route(
            "/api/organizations/{p0}/users/{p1}/roles",
            routing::get(handle_list_organization_user_roles::<A>)
                .put(handle_replace_organization_user_roles::<A>)
                .post(handle_assign_organization_roles_to_user::<A>),
        )
        .route(
            "/api/organizations/{p0}/users/{p1}/roles/{p2}",
            routing::delete(handle_delete_organization_user_role::<A>),
        )
        .route(
            "/api/organizations/{p0}/users/{p1}/scopes",
            routing::get(handle_list_organization_user_scopes::<A>),
        )
        .method_not_allowed_fallback(|State(served): State<Arc<Served<A>>>| async move {
            served.api.reject(Rejection::MethodNotAllowed)
        })
}

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
    let unauthorized = || Rejection::Unauthorized {
        challenges: challenges.iter().map(|c| (*c).to_owned()).collect(),
    };
    if !alternatives(&credentials) {
        return Err(api.reject(unauthorized()));
    }
    match api.authenticate(credentials, scopes).await {
        Ok(principal) => Ok(principal),
        Err(AuthError::Unauthorized) => Err(api.reject(unauthorized())),
        Err(AuthError::Forbidden) => Err(api.reject(Rejection::Forbidden)),
    }
}

async fn handle_list_organizations<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (parts, _) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| credentials.management_api.is_some(),
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::answering(400, 400);
    let query = checks
        .parameters::<models::ListOrganizationsQuery>(&query, &[], "/query");
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let Some(query) = query else {
        return server::internal_error();
    };
    let request = ListOrganizationsRequest { query };
    served.api.list_organizations(principal, request).await.into_response()
}

async fn handle_create_organization<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (parts, body) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| credentials.management_api.is_some(),
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::answering(400, 400);
    let body = match checks
        .json_body::<
            models::CreateOrganizationBody,
        >(&parts.headers, body, served.body_limit, true)
        .await
    {
        Ok(body) => body,
        Err(rejection) => return served.api.reject(rejection),
    };
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let Some(body) = body else {
        return server::internal_error();
    };
    let request = CreateOrganizationRequest { body };
    served.api.create_organization(principal, request).await.into_response()
}

async fn handle_get_organization<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (mut parts, _) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| credentials.management_api.is_some(),
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::answering(400, 400);
    let path = checks
        .parameters::<
            models::GetOrganizationPath,
        >(&server::path_values(&mut parts, &served, &["id"]).await, &[], "/path");
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let Some(path) = path else {
        return server::internal_error();
    };
    let request = GetOrganizationRequest { path };
    served.api.get_organization(principal, request).await.into_response()
}

async fn handle_delete_organization<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (mut parts, _) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| credentials.management_api.is_some(),
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::answering(400, 400);
    let path = checks
        .parameters::<
            models::DeleteOrganizationPath,
        >(&server::path_values(&mut parts, &served, &["id"]).await, &[], "/path");
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let Some(path) = path else {
        return server::internal_error();
    };
    let request = DeleteOrganizationRequest { path };
    served.api.delete_organization(principal, request).await.into_response()
}

async fn handle_update_organization<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (mut parts, body) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| credentials.management_api.is_some(),
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::answering(400, 400);
    let path = checks
        .parameters::<
            models::UpdateOrganizationPath,
        >(&server::path_values(&mut parts, &served, &["id"]).await, &[], "/path");
    let body = match checks
        .json_body::<
            models::UpdateOrganizationBody,
        >(&parts.headers, body, served.body_limit, true)
        .await
    {
        Ok(body) => body,
        Err(rejection) => return served.api.reject(rejection),
    };
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let (Some(path), Some(body)) = (path, body) else {
        return server::internal_error();
    };
    let request = UpdateOrganizationRequest {
        path,
        body,
    };
    served.api.update_organization(principal, request).await.into_response()
}

async fn handle_list_organization_users<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (mut parts, _) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| credentials.management_api.is_some(),
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::answering(400, 400);
    let path = checks
        .parameters::<
            models::ListOrganizationUsersPath,
        >(&server::path_values(&mut parts, &served, &["id"]).await, &[], "/path");
    let query = checks
        .parameters::<models::ListOrganizationUsersQuery>(&query, &[], "/query");
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let (Some(path), Some(query)) = (path, query) else {
        return server::internal_error();
    };
    let request = ListOrganizationUsersRequest {
        path,
        query,
    };
    served.api.list_organization_users(principal, request).await.into_response()
}

async fn handle_replace_organization_users<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (mut parts, body) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| credentials.management_api.is_some(),
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::default();
    let path = checks
        .parameters::<
            models::ReplaceOrganizationUsersPath,
        >(&server::path_values(&mut parts, &served, &["id"]).await, &[], "/path");
    let body = match checks
        .json_body::<
            models::ReplaceOrganizationUsersBody,
        >(&parts.headers, body, served.body_limit, true)
        .await
    {
        Ok(body) => body,
        Err(rejection) => return served.api.reject(rejection),
    };
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let (Some(path), Some(body)) = (path, body) else {
        return server::internal_error();
    };
    let request = ReplaceOrganizationUsersRequest {
        path,
        body,
    };
    served.api.replace_organization_users(principal, request).await.into_response()
}

async fn handle_add_organization_users<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (mut parts, body) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| credentials.management_api.is_some(),
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::default();
    let path = checks
        .parameters::<
            models::AddOrganizationUsersPath,
        >(&server::path_values(&mut parts, &served, &["id"]).await, &[], "/path");
    let body = match checks
        .json_body::<
            models::AddOrganizationUsersBody,
        >(&parts.headers, body, served.body_limit, true)
        .await
    {
        Ok(body) => body,
        Err(rejection) => return served.api.reject(rejection),
    };
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let (Some(path), Some(body)) = (path, body) else {
        return server::internal_error();
    };
    let request = AddOrganizationUsersRequest {
        path,
        body,
    };
    served.api.add_organization_users(principal, request).await.into_response()
}

async fn handle_delete_organization_user<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (mut parts, _) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| credentials.management_api.is_some(),
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::default();
    let path = checks
        .parameters::<
            models::DeleteOrganizationUserPath,
        >(
            &server::path_values(&mut parts, &served, &["id", "userId"]).await,
            &[],
            "/path",
        );
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let Some(path) = path else {
        return server::internal_error();
    };
    let request = DeleteOrganizationUserRequest {
        path,
    };
    served.api.delete_organization_user(principal, request).await.into_response()
}

async fn handle_assign_organization_roles_to_users<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (mut parts, body) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| credentials.management_api.is_some(),
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::default();
    let path = checks
        .parameters::<
            models::AssignOrganizationRolesToUsersPath,
        >(&server::path_values(&mut parts, &served, &["id"]).await, &[], "/path");
    let body = match checks
        .json_body::<
            models::AssignOrganizationRolesToUsersBody,
        >(&parts.headers, body, served.body_limit, true)
        .await
    {
        Ok(body) => body,
        Err(rejection) => return served.api.reject(rejection),
    };
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let (Some(path), Some(body)) = (path, body) else {
        return server::internal_error();
    };
    let request = AssignOrganizationRolesToUsersRequest {
        path,
        body,
    };
    served
        .api
        .assign_organization_roles_to_users(principal, request)
        .await
        .into_response()
}

async fn handle_list_organization_user_roles<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (mut parts, _) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| credentials.management_api.is_some(),
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::default();
    let path = checks
        .parameters::<
            models::ListOrganizationUserRolesPath,
        >(
            &server::path_values(&mut parts, &served, &["id", "userId"]).await,
            &[],
            "/path",
        );
    let query = checks
        .parameters::<models::ListOrganizationUserRolesQuery>(&query, &[], "/query");
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let (Some(path), Some(query)) = (path, query) else {
        return server::internal_error();
    };
    let request = ListOrganizationUserRolesRequest {
        path,
        query,
    };
    served.api.list_organization_user_roles(principal, request).await.into_response()
}

async fn handle_replace_organization_user_roles<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (mut parts, body) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| credentials.management_api.is_some(),
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::default();
    let path = checks
        .parameters::<
            models::ReplaceOrganizationUserRolesPath,
        >(
            &server::path_values(&mut parts, &served, &["id", "userId"]).await,
            &[],
            "/path",
        );
    let body = match checks
        .json_body::<
            models::ReplaceOrganizationUserRolesBody,
        >(&parts.headers, body, served.body_limit, true)
        .await
    {
        Ok(body) => body,
        Err(rejection) => return served.api.reject(rejection),
    };
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let (Some(path), Some(body)) = (path, body) else {
        return server::internal_error();
    };
    let request = ReplaceOrganizationUserRolesRequest {
        path,
        body,
    };
    served.api.replace_organization_user_roles(principal, request).await.into_response()
}

async fn handle_assign_organization_roles_to_user<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (mut parts, body) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| credentials.management_api.is_some(),
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::default();
    let path = checks
        .parameters::<
            models::AssignOrganizationRolesToUserPath,
        >(
            &server::path_values(&mut parts, &served, &["id", "userId"]).await,
            &[],
            "/path",
        );
    let body = match checks
        .json_body::<
            models::AssignOrganizationRolesToUserBody,
        >(&parts.headers, body, served.body_limit, true)
        .await
    {
        Ok(body) => body,
        Err(rejection) => return served.api.reject(rejection),
    };
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let (Some(path), Some(body)) = (path, body) else {
        return server::internal_error();
    };
    let request = AssignOrganizationRolesToUserRequest {
        path,
        body,
    };
    served
        .api
        .assign_organization_roles_to_user(principal, request)
        .await
        .into_response()
}

async fn handle_delete_organization_user_role<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (mut parts, _) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| credentials.management_api.is_some(),
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::default();
    let path = checks
        .parameters::<
            models::DeleteOrganizationUserRolePath,
        >(
            &server::path_values(
                    &mut parts,
                    &served,
                    &["id", "userId", "organizationRoleId"],
                )
                .await,
            &[],
            "/path",
        );
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let Some(path) = path else {
        return server::internal_error();
    };
    let request = DeleteOrganizationUserRoleRequest {
        path,
    };
    served.api.delete_organization_user_role(principal, request).await.into_response()
}

async fn handle_list_organization_user_scopes<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (mut parts, _) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| credentials.management_api.is_some(),
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::default();
    let path = checks
        .parameters::<
            models::ListOrganizationUserScopesPath,
        >(
            &server::path_values(&mut parts, &served, &["id", "userId"]).await,
            &[],
            "/path",
        );
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let Some(path) = path else {
        return server::internal_error();
    };
    let request = ListOrganizationUserScopesRequest {
        path,
    };
    served.api.list_organization_user_scopes(principal, request).await.into_response()
}

async fn handle_list_organization_roles<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (parts, _) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| credentials.management_api.is_some(),
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::answering(400, 400);
    let query = checks
        .parameters::<models::ListOrganizationRolesQuery>(&query, &[], "/query");
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let Some(query) = query else {
        return server::internal_error();
    };
    let request = ListOrganizationRolesRequest {
        query,
    };
    served.api.list_organization_roles(principal, request).await.into_response()
}

async fn handle_create_organization_role<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (parts, body) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| credentials.management_api.is_some(),
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::default();
    let body = match checks
        .json_body::<
            models::CreateOrganizationRoleBody,
        >(&parts.headers, body, served.body_limit, true)
        .await
    {
        Ok(body) => body,
        Err(rejection) => return served.api.reject(rejection),
    };
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let Some(body) = body else {
        return server::internal_error();
    };
    let request = CreateOrganizationRoleRequest {
        body,
    };
    served.api.create_organization_role(principal, request).await.into_response()
}

async fn handle_get_organization_role<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (mut parts, _) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| credentials.management_api.is_some(),
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::answering(400, 400);
    let path = checks
        .parameters::<
            models::GetOrganizationRolePath,
        >(&server::path_values(&mut parts, &served, &["id"]).await, &[], "/path");
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let Some(path) = path else {
        return server::internal_error();
    };
    let request = GetOrganizationRoleRequest { path };
    served.api.get_organization_role(principal, request).await.into_response()
}

async fn handle_delete_organization_role<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (mut parts, _) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| credentials.management_api.is_some(),
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::answering(400, 400);
    let path = checks
        .parameters::<
            models::DeleteOrganizationRolePath,
        >(&server::path_values(&mut parts, &served, &["id"]).await, &[], "/path");
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let Some(path) = path else {
        return server::internal_error();
    };
    let request = DeleteOrganizationRoleRequest {
        path,
    };
    served.api.delete_organization_role(principal, request).await.into_response()
}

async fn handle_update_organization_role<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (mut parts, body) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| credentials.management_api.is_some(),
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::default();
    let path = checks
        .parameters::<
            models::UpdateOrganizationRolePath,
        >(&server::path_values(&mut parts, &served, &["id"]).await, &[], "/path");
    let body = match checks
        .json_body::<
            models::UpdateOrganizationRoleBody,
        >(&parts.headers, body, served.body_limit, true)
        .await
    {
        Ok(body) => body,
        Err(rejection) => return served.api.reject(rejection),
    };
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let (Some(path), Some(body)) = (path, body) else {
        return server::internal_error();
    };
    let request = UpdateOrganizationRoleRequest {
        path,
        body,
    };
    served.api.update_organization_role(principal, request).await.into_response()
}

async fn handle_list_organization_role_scopes<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (mut parts, _) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| credentials.management_api.is_some(),
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::answering(400, 400);
    let path = checks
        .parameters::<
            models::ListOrganizationRoleScopesPath,
        >(&server::path_values(&mut parts, &served, &["id"]).await, &[], "/path");
    let query = checks
        .parameters::<models::ListOrganizationRoleScopesQuery>(&query, &[], "/query");
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let (Some(path), Some(query)) = (path, query) else {
        return server::internal_error();
    };
    let request = ListOrganizationRoleScopesRequest {
        path,
        query,
    };
    served.api.list_organization_role_scopes(principal, request).await.into_response()
}

async fn handle_replace_organization_role_scopes<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (mut parts, body) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| credentials.management_api.is_some(),
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::default();
    let path = checks
        .parameters::<
            models::ReplaceOrganizationRoleScopesPath,
        >(&server::path_values(&mut parts, &served, &["id"]).await, &[], "/path");
    let body = match checks
        .json_body::<
            models::ReplaceOrganizationRoleScopesBody,
        >(&parts.headers, body, served.body_limit, true)
        .await
    {
        Ok(body) => body,
        Err(rejection) => return served.api.reject(rejection),
    };
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let (Some(path), Some(body)) = (path, body) else {
        return server::internal_error();
    };
    let request = ReplaceOrganizationRoleScopesRequest {
        path,
        body,
    };
    served.api.replace_organization_role_scopes(principal, request).await.into_response()
}

async fn handle_create_organization_role_scope<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (mut parts, body) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| credentials.management_api.is_some(),
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::default();
    let path = checks
        .parameters::<
            models::CreateOrganizationRoleScopePath,
        >(&server::path_values(&mut parts, &served, &["id"]).await, &[], "/path");
    let body = match checks
        .json_body::<
            models::CreateOrganizationRoleScopeBody,
        >(&parts.headers, body, served.body_limit, true)
        .await
    {
        Ok(body) => body,
        Err(rejection) => return served.api.reject(rejection),
    };
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let (Some(path), Some(body)) = (path, body) else {
        return server::internal_error();
    };
    let request = CreateOrganizationRoleScopeRequest {
        path,
        body,
    };
    served.api.create_organization_role_scope(principal, request).await.into_response()
}

async fn handle_delete_organization_role_scope<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (mut parts, _) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| credentials.management_api.is_some(),
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::answering(400, 400);
    let path = checks
        .parameters::<
            models::DeleteOrganizationRoleScopePath,
        >(
            &server::path_values(&mut parts, &served, &["id", "organizationScopeId"])
                .await,
            &[],
            "/path",
        );
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let Some(path) = path else {
        return server::internal_error();
    };
    let request = DeleteOrganizationRoleScopeRequest {
        path,
    };
    served.api.delete_organization_role_scope(principal, request).await.into_response()
}

async fn handle_list_organization_scopes<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (parts, _) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| credentials.management_api.is_some(),
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::answering(400, 400);
    let query = checks
        .parameters::<models::ListOrganizationScopesQuery>(&query, &[], "/query");
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let Some(query) = query else {
        return server::internal_error();
    };
    let request = ListOrganizationScopesRequest {
        query,
    };
    served.api.list_organization_scopes(principal, request).await.into_response()
}

async fn handle_create_organization_scope<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (parts, body) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| credentials.management_api.is_some(),
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::default();
    let body = match checks
        .json_body::<
            models::CreateOrganizationScopeBody,
        >(&parts.headers, body, served.body_limit, true)
        .await
    {
        Ok(body) => body,
        Err(rejection) => return served.api.reject(rejection),
    };
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let Some(body) = body else {
        return server::internal_error();
    };
    let request = CreateOrganizationScopeRequest {
        body,
    };
    served.api.create_organization_scope(principal, request).await.into_response()
}

async fn handle_get_organization_scope<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (mut parts, _) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| credentials.management_api.is_some(),
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::answering(400, 400);
    let path = checks
        .parameters::<
            models::GetOrganizationScopePath,
        >(&server::path_values(&mut parts, &served, &["id"]).await, &[], "/path");
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let Some(path) = path else {
        return server::internal_error();
    };
    let request = GetOrganizationScopeRequest {
        path,
    };
    served.api.get_organization_scope(principal, request).await.into_response()
}

async fn handle_delete_organization_scope<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (mut parts, _) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| credentials.management_api.is_some(),
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::answering(400, 400);
    let path = checks
        .parameters::<
            models::DeleteOrganizationScopePath,
        >(&server::path_values(&mut parts, &served, &["id"]).await, &[], "/path");
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let Some(path) = path else {
        return server::internal_error();
    };
    let request = DeleteOrganizationScopeRequest {
        path,
    };
    served.api.delete_organization_scope(principal, request).await.into_response()
}

async fn handle_update_organization_scope<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (mut parts, body) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| credentials.management_api.is_some(),
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::default();
    let path = checks
        .parameters::<
            models::UpdateOrganizationScopePath,
        >(&server::path_values(&mut parts, &served, &["id"]).await, &[], "/path");
    let body = match checks
        .json_body::<
            models::UpdateOrganizationScopeBody,
        >(&parts.headers, body, served.body_limit, true)
        .await
    {
        Ok(body) => body,
        Err(rejection) => return served.api.reject(rejection),
    };
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let (Some(path), Some(body)) = (path, body) else {
        return server::internal_error();
    };
    let request = UpdateOrganizationScopeRequest {
        path,
        body,
    };
    served.api.update_organization_scope(principal, request).await.into_response()
}

async fn handle_list_organization_invitations<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (parts, _) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| credentials.management_api.is_some(),
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::answering(400, 400);
    let query = checks
        .parameters::<models::ListOrganizationInvitationsQuery>(&query, &[], "/query");
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let Some(query) = query else {
        return server::internal_error();
    };
    let request = ListOrganizationInvitationsRequest {
        query,
    };
    served.api.list_organization_invitations(principal, request).await.into_response()
}

async fn handle_create_organization_invitation<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (parts, body) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| credentials.management_api.is_some(),
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::default();
    let body = match checks
        .json_body::<
            models::CreateOrganizationInvitationBody,
        >(&parts.headers, body, served.body_limit, true)
        .await
    {
        Ok(body) => body,
        Err(rejection) => return served.api.reject(rejection),
    };
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let Some(body) = body else {
        return server::internal_error();
    };
    let request = CreateOrganizationInvitationRequest {
        body,
    };
    served.api.create_organization_invitation(principal, request).await.into_response()
}

async fn handle_get_organization_invitation<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (mut parts, _) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| credentials.management_api.is_some(),
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::answering(400, 400);
    let path = checks
        .parameters::<
            models::GetOrganizationInvitationPath,
        >(&server::path_values(&mut parts, &served, &["id"]).await, &[], "/path");
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let Some(path) = path else {
        return server::internal_error();
    };
    let request = GetOrganizationInvitationRequest {
        path,
    };
    served.api.get_organization_invitation(principal, request).await.into_response()
}

async fn handle_delete_organization_invitation<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (mut parts, _) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| credentials.management_api.is_some(),
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::answering(400, 400);
    let path = checks
        .parameters::<
            models::DeleteOrganizationInvitationPath,
        >(&server::path_values(&mut parts, &served, &["id"]).await, &[], "/path");
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let Some(path) = path else {
        return server::internal_error();
    };
    let request = DeleteOrganizationInvitationRequest {
        path,
    };
    served.api.delete_organization_invitation(principal, request).await.into_response()
}

async fn handle_replace_organization_invitation_status<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (mut parts, body) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| credentials.management_api.is_some(),
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::default();
    let path = checks
        .parameters::<
            models::ReplaceOrganizationInvitationStatusPath,
        >(&server::path_values(&mut parts, &served, &["id"]).await, &[], "/path");
    let body = match checks
        .json_body::<
            models::ReplaceOrganizationInvitationStatusBody,
        >(&parts.headers, body, served.body_limit, true)
        .await
    {
        Ok(body) => body,
        Err(rejection) => return served.api.reject(rejection),
    };
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let (Some(path), Some(body)) = (path, body) else {
        return server::internal_error();
    };
    let request = ReplaceOrganizationInvitationStatusRequest {
        path,
        body,
    };
    served
        .api
        .replace_organization_invitation_status(principal, request)
        .await
        .into_response()
}

async fn handle_create_organization_invitation_message<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (mut parts, body) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| credentials.management_api.is_some(),
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::answering(400, 400);
    let path = checks
        .parameters::<
            models::CreateOrganizationInvitationMessagePath,
        >(&server::path_values(&mut parts, &served, &["id"]).await, &[], "/path");
    let body = match checks
        .json_body::<
            models::SendMessagePayload,
        >(&parts.headers, body, served.body_limit, true)
        .await
    {
        Ok(body) => body,
        Err(rejection) => return served.api.reject(rejection),
    };
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let (Some(path), Some(body)) = (path, body) else {
        return server::internal_error();
    };
    let request = CreateOrganizationInvitationMessageRequest {
        path,
        body,
    };
    served
        .api
        .create_organization_invitation_message(principal, request)
        .await
        .into_response()
}
