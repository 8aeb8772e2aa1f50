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

/// What an implementation of Trieve API provides: one method per operation.
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
    /// `POST /api/invitation`: Send Invitation
    ///
    /// Invitations act as a way to invite users to join an organization. After a user is invited, they will automatically be added to the organization with the role specified in the invitation once they set their. Auth'ed user or api key must have an admin or owner role for the specified dataset's organization.
    fn post_invitation(
        &self,
        principal: Self::Principal,
        request: PostInvitationRequest,
    ) -> impl Future<Output = Result<PostInvitationResponse, Self::Error>> + Send;
    /// `DELETE /api/invitation/{invitation_id}`: Delete Invitation
    ///
    /// Delete an invitation by id. Auth'ed user or api key must have an admin or owner role for the specified dataset's organization.
    fn delete_invitation(
        &self,
        principal: Self::Principal,
        request: DeleteInvitationRequest,
    ) -> impl Future<Output = Result<DeleteInvitationResponse, Self::Error>> + Send;
    /// `GET /api/invitations/{organization_id}`: Get Invitations
    ///
    /// Get all invitations for the organization. Auth'ed user or api key must have an admin or owner role for the specified dataset's organization.
    fn get_invitations(
        &self,
        principal: Self::Principal,
        request: GetInvitationsRequest,
    ) -> impl Future<Output = Result<GetInvitationsResponse, Self::Error>> + Send;
    /// `PUT /api/organization`: Update Organization
    ///
    /// Update an organization. Only the owner of the organization can update it.
    fn update_organization(
        &self,
        principal: Self::Principal,
        request: UpdateOrganizationRequest,
    ) -> impl Future<Output = Result<UpdateOrganizationResponse, Self::Error>> + Send;
    /// `POST /api/organization`: Create Organization
    ///
    /// Create a new organization. The auth'ed user who creates the organization will be the default owner of the organization.
    fn create_organization(
        &self,
        principal: Self::Principal,
        request: CreateOrganizationRequest,
    ) -> impl Future<Output = Result<CreateOrganizationResponse, Self::Error>> + Send;
    /// `GET /api/organization/api_key`: Get Organization Api Keys
    ///
    /// Get the api keys which belong to the organization. The actual api key values are not returned, only the ids, names, and creation dates.
    fn get_organization_api_keys(
        &self,
        principal: Self::Principal,
        request: GetOrganizationApiKeysRequest,
    ) -> impl Future<
        Output = Result<GetOrganizationApiKeysResponse, Self::Error>,
    > + Send;
    /// `POST /api/organization/api_key`: Create Organization Api Key
    ///
    /// Create a new api key for the organization. Successful response will contain the newly created api key.
    fn create_organization_api_key(
        &self,
        principal: Self::Principal,
        request: CreateOrganizationApiKeyRequest,
    ) -> impl Future<
        Output = Result<CreateOrganizationApiKeyResponse, Self::Error>,
    > + Send;
    /// `DELETE /api/organization/api_key/{api_key_id}`: Delete Organization Api Key
    ///
    /// Delete an api key for the auth'ed organization.
    fn delete_organization_api_key(
        &self,
        principal: Self::Principal,
        request: DeleteOrganizationApiKeyRequest,
    ) -> impl Future<
        Output = Result<DeleteOrganizationApiKeyResponse, Self::Error>,
    > + Send;
    /// `POST /api/organization/update_dataset_configs`: Update All Dataset Configurations
    ///
    /// Update the configurations for all datasets in an organization. Only the specified keys in the configuration object will be changed per dataset such that you can preserve dataset unique values. Auth'ed user or api key must have an owner role for the specified organization.
    fn update_all_org_dataset_configs(
        &self,
        principal: Self::Principal,
        request: UpdateAllOrgDatasetConfigsRequest,
    ) -> impl Future<
        Output = Result<UpdateAllOrgDatasetConfigsResponse, Self::Error>,
    > + Send;
    /// `POST /api/organization/usage/{organization_id}`: Get Organization Usage
    ///
    /// Fetch the current usage specification of an organization by its id. Auth'ed user or api key must have an admin or owner role for the specified dataset's organization.
    fn get_organization_usage(
        &self,
        principal: Self::Principal,
        request: GetOrganizationUsageRequest,
    ) -> impl Future<Output = Result<GetOrganizationUsageResponse, Self::Error>> + Send;
    /// `GET /api/organization/users/{organization_id}`: Get Organization Users
    ///
    /// Fetch the users of an organization by its id. Auth'ed user or api key must have an admin or owner role for the specified dataset's organization.
    fn get_organization_users(
        &self,
        principal: Self::Principal,
        request: GetOrganizationUsersRequest,
    ) -> impl Future<Output = Result<GetOrganizationUsersResponse, Self::Error>> + Send;
    /// `GET /api/organization/{organization_id}`: Get Organization
    ///
    /// Fetch the details of an organization by its id. Auth'ed user or api key must have an admin or owner role for the specified dataset's organization.
    fn get_organization(
        &self,
        principal: Self::Principal,
        request: GetOrganizationRequest,
    ) -> impl Future<Output = Result<GetOrganizationResponse, Self::Error>> + Send;
    /// `DELETE /api/organization/{organization_id}`: Delete Organization
    ///
    /// Delete an organization by its id. The auth'ed user must be an owner of the organization to delete it.
    fn delete_organization(
        &self,
        principal: Self::Principal,
        request: DeleteOrganizationRequest,
    ) -> impl Future<Output = Result<DeleteOrganizationResponse, Self::Error>> + Send;
    /// `PUT /api/user`: Update User Org Role
    ///
    /// Update a user's information for the org specified via header. If the user_id is not provided, the auth'ed user will be updated. If the user_id is provided, the role of the auth'ed user or api key must be an admin (1) or owner (2) of the organization.
    fn update_user(
        &self,
        principal: Self::Principal,
        request: UpdateUserRequest,
    ) -> impl Future<Output = Result<UpdateUserResponse, Self::Error>> + Send;
}

/// The credentials a request presents, one field per security scheme of
/// the API description.
#[derive(Debug, Clone, Default)]
pub struct Credentials {
    /// `ApiKey`: the API key in the header `Authorization`.
    pub api_key: Option<String>,
}

impl Credentials {
    fn presented(presented: &Presented<'_>) -> Self {
        Self {
            api_key: presented.header("Authorization"),
        }
    }
}

/// What `post_invitation` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct PostInvitationRequest {
    /// The headers parameters.
    pub headers: Valid<models::PostInvitationHeaders>,
    /// JSON request payload to send an invitation
    pub body: Valid<models::InvitationData>,
}

/// What `post_invitation` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum PostInvitationResponse {
    /// 204: Ok response. Indicates that invitation email was sent correctly.
    NoContent,
    /// 400: Invalid email or some other error
    BadRequest(models::ErrorResponseBody),
    /// 401: Not authenticated: no API key, or one Trieve does not know. (Added: not in the vendor's document.)
    Unauthorized(models::ErrorResponseBody),
    /// 403: The key's user lacks the role for this in the organization named. (Added: not in the vendor's document.)
    Forbidden(models::ErrorResponseBody),
}

impl IntoResponse for PostInvitationResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => server::empty(204),
            Self::BadRequest(body) => server::json(400, &body),
            Self::Unauthorized(body) => server::json(401, &body),
            Self::Forbidden(body) => server::json(403, &body),
        }
    }
}

/// What `delete_invitation` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct DeleteInvitationRequest {
    /// The path parameters.
    pub path: Valid<models::DeleteInvitationPath>,
    /// The headers parameters.
    pub headers: Valid<models::DeleteInvitationHeaders>,
}

/// What `delete_invitation` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum DeleteInvitationResponse {
    /// 204: Ok response. Indicates that invitation was deleted.
    NoContent,
    /// 400: Service error relating to deleting invitation
    BadRequest(models::ErrorResponseBody),
    /// 401: Not authenticated: no API key, or one Trieve does not know. (Added: not in the vendor's document.)
    Unauthorized(models::ErrorResponseBody),
    /// 403: The key's user lacks the role for this in the organization named. (Added: not in the vendor's document.)
    Forbidden(models::ErrorResponseBody),
}

impl IntoResponse for DeleteInvitationResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => server::empty(204),
            Self::BadRequest(body) => server::json(400, &body),
            Self::Unauthorized(body) => server::json(401, &body),
            Self::Forbidden(body) => server::json(403, &body),
        }
    }
}

/// What `get_invitations` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct GetInvitationsRequest {
    /// The path parameters.
    pub path: Valid<models::GetInvitationsPath>,
    /// The headers parameters.
    pub headers: Valid<models::GetInvitationsHeaders>,
}

/// What `get_invitations` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum GetInvitationsResponse {
    /// 200: Invitations for the dataset
    Ok(Vec<models::Invitation>),
    /// 400: Service error relating to getting invitations for the dataset
    BadRequest(models::ErrorResponseBody),
    /// 401: Not authenticated: no API key, or one Trieve does not know. (Added: not in the vendor's document.)
    Unauthorized(models::ErrorResponseBody),
    /// 403: The key's user lacks the role for this in the organization named. (Added: not in the vendor's document.)
    Forbidden(models::ErrorResponseBody),
}

impl IntoResponse for GetInvitationsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => server::json(200, &body),
            Self::BadRequest(body) => server::json(400, &body),
            Self::Unauthorized(body) => server::json(401, &body),
            Self::Forbidden(body) => server::json(403, &body),
        }
    }
}

/// What `update_organization` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct UpdateOrganizationRequest {
    /// The headers parameters.
    pub headers: Valid<models::UpdateOrganizationHeaders>,
    /// The organization data that you want to update
    pub body: Valid<models::UpdateOrganizationReqPayload>,
}

/// What `update_organization` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum UpdateOrganizationResponse {
    /// 200: Updated organization object
    Ok(Box<models::Organization>),
    /// 400: Service error relating to updating the organization
    BadRequest(models::ErrorResponseBody),
    /// 401: Not authenticated: no API key, or one Trieve does not know. (Added: not in the vendor's document.)
    Unauthorized(models::ErrorResponseBody),
    /// 403: The key's user lacks the role for this in the organization named. (Added: not in the vendor's document.)
    Forbidden(models::ErrorResponseBody),
}

impl IntoResponse for UpdateOrganizationResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => server::json(200, &body),
            Self::BadRequest(body) => server::json(400, &body),
            Self::Unauthorized(body) => server::json(401, &body),
            Self::Forbidden(body) => server::json(403, &body),
        }
    }
}

/// What `create_organization` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct CreateOrganizationRequest {
    /// The organization data that you want to create
    pub body: Valid<models::CreateOrganizationReqPayload>,
}

/// What `create_organization` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum CreateOrganizationResponse {
    /// 200: Created organization object
    Ok(Box<models::Organization>),
    /// 400: Service error relating to creating the organization
    BadRequest(models::ErrorResponseBody),
    /// 401: Not authenticated: no API key, or one Trieve does not know. (Added: not in the vendor's document.)
    Unauthorized(models::ErrorResponseBody),
    /// 403: The key's user lacks the role for this in the organization named. (Added: not in the vendor's document.)
    Forbidden(models::ErrorResponseBody),
}

impl IntoResponse for CreateOrganizationResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => server::json(200, &body),
            Self::BadRequest(body) => server::json(400, &body),
            Self::Unauthorized(body) => server::json(401, &body),
            Self::Forbidden(body) => server::json(403, &body),
        }
    }
}

/// What `get_organization_api_keys` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct GetOrganizationApiKeysRequest {
    /// The query parameters.
    pub query: Valid<models::GetOrganizationApiKeysQuery>,
    /// The headers parameters.
    pub headers: Valid<models::GetOrganizationApiKeysHeaders>,
}

/// What `get_organization_api_keys` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum GetOrganizationApiKeysResponse {
    /// 200: JSON body representing the api_key for the organization
    Ok(Vec<models::ApiKeyRespBody>),
    /// 400: Service error relating to creating api_key for the organization
    BadRequest(models::ErrorResponseBody),
    /// 401: Not authenticated: no API key, or one Trieve does not know. (Added: not in the vendor's document.)
    Unauthorized(models::ErrorResponseBody),
    /// 403: The key's user lacks the role for this in the organization named. (Added: not in the vendor's document.)
    Forbidden(models::ErrorResponseBody),
}

impl IntoResponse for GetOrganizationApiKeysResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => server::json(200, &body),
            Self::BadRequest(body) => server::json(400, &body),
            Self::Unauthorized(body) => server::json(401, &body),
            Self::Forbidden(body) => server::json(403, &body),
        }
    }
}

/// What `create_organization_api_key` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct CreateOrganizationApiKeyRequest {
    /// The headers parameters.
    pub headers: Valid<models::CreateOrganizationApiKeyHeaders>,
    /// JSON request payload to create a new organization api key
    pub body: Valid<models::CreateApiKeyReqPayload>,
}

/// What `create_organization_api_key` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum CreateOrganizationApiKeyResponse {
    /// 200: JSON body representing the api_key for the organization
    Ok(models::CreateApiKeyResponse),
    /// 400: Service error relating to creating api_key for the organization
    BadRequest(models::ErrorResponseBody),
    /// 401: Not authenticated: no API key, or one Trieve does not know. (Added: not in the vendor's document.)
    Unauthorized(models::ErrorResponseBody),
    /// 403: The key's user lacks the role for this in the organization named. (Added: not in the vendor's document.)
    Forbidden(models::ErrorResponseBody),
}

impl IntoResponse for CreateOrganizationApiKeyResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => server::json(200, &body),
            Self::BadRequest(body) => server::json(400, &body),
            Self::Unauthorized(body) => server::json(401, &body),
            Self::Forbidden(body) => server::json(403, &body),
        }
    }
}

/// What `delete_organization_api_key` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct DeleteOrganizationApiKeyRequest {
    /// The path parameters.
    pub path: Valid<models::DeleteOrganizationApiKeyPath>,
    /// The headers parameters.
    pub headers: Valid<models::DeleteOrganizationApiKeyHeaders>,
}

/// What `delete_organization_api_key` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum DeleteOrganizationApiKeyResponse {
    /// 204: Confirmation that the api key was deleted
    NoContent,
    /// 400: Service error relating to creating api_key for the organization
    BadRequest(models::ErrorResponseBody),
    /// 401: Not authenticated: no API key, or one Trieve does not know. (Added: not in the vendor's document.)
    Unauthorized(models::ErrorResponseBody),
    /// 403: The key's user lacks the role for this in the organization named. (Added: not in the vendor's document.)
    Forbidden(models::ErrorResponseBody),
}

impl IntoResponse for DeleteOrganizationApiKeyResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => server::empty(204),
            Self::BadRequest(body) => server::json(400, &body),
            Self::Unauthorized(body) => server::json(401, &body),
            Self::Forbidden(body) => server::json(403, &body),
        }
    }
}

/// What `update_all_org_dataset_configs` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct UpdateAllOrgDatasetConfigsRequest {
    /// The headers parameters.
    pub headers: Valid<models::UpdateAllOrgDatasetConfigsHeaders>,
    /// The organization data that you want to create
    pub body: Valid<models::UpdateAllOrgDatasetConfigsReqPayload>,
}

/// What `update_all_org_dataset_configs` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum UpdateAllOrgDatasetConfigsResponse {
    /// 204: Confirmation that the dataset ServerConfigurations were updated successfully
    NoContent,
    /// 400: Service error relating to updating the dataset ServerConfigurations
    BadRequest(models::ErrorResponseBody),
    /// 401: Not authenticated: no API key, or one Trieve does not know. (Added: not in the vendor's document.)
    Unauthorized(models::ErrorResponseBody),
    /// 403: The key's user lacks the role for this in the organization named. (Added: not in the vendor's document.)
    Forbidden(models::ErrorResponseBody),
}

impl IntoResponse for UpdateAllOrgDatasetConfigsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => server::empty(204),
            Self::BadRequest(body) => server::json(400, &body),
            Self::Unauthorized(body) => server::json(401, &body),
            Self::Forbidden(body) => server::json(403, &body),
        }
    }
}

/// What `get_organization_usage` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct GetOrganizationUsageRequest {
    /// The path parameters.
    pub path: Valid<models::GetOrganizationUsagePath>,
    /// The headers parameters.
    pub headers: Valid<models::GetOrganizationUsageHeaders>,
    /// The organization usage timeframe that you want to fetch
    pub body: Valid<models::GetOrganizationUsageReqPayload>,
}

/// What `get_organization_usage` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum GetOrganizationUsageResponse {
    /// 200: The current usage of the specified organization
    Ok(Box<models::ExtendedOrganizationUsageCount>),
    /// 400: Service error relating to finding the organization's usage by id
    BadRequest(models::ErrorResponseBody),
    /// 401: Not authenticated: no API key, or one Trieve does not know. (Added: not in the vendor's document.)
    Unauthorized(models::ErrorResponseBody),
    /// 403: The key's user lacks the role for this in the organization named. (Added: not in the vendor's document.)
    Forbidden(models::ErrorResponseBody),
}

impl IntoResponse for GetOrganizationUsageResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => server::json(200, &body),
            Self::BadRequest(body) => server::json(400, &body),
            Self::Unauthorized(body) => server::json(401, &body),
            Self::Forbidden(body) => server::json(403, &body),
        }
    }
}

/// What `get_organization_users` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct GetOrganizationUsersRequest {
    /// The path parameters.
    pub path: Valid<models::GetOrganizationUsersPath>,
    /// The headers parameters.
    pub headers: Valid<models::GetOrganizationUsersHeaders>,
}

/// What `get_organization_users` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum GetOrganizationUsersResponse {
    /// 200: Array of users who belong to the specified by organization
    Ok(Vec<models::SlimUser>),
    /// 400: Service error relating to finding the organization's users by id
    BadRequest(models::ErrorResponseBody),
    /// 401: Not authenticated: no API key, or one Trieve does not know. (Added: not in the vendor's document.)
    Unauthorized(models::ErrorResponseBody),
    /// 403: The key's user lacks the role for this in the organization named. (Added: not in the vendor's document.)
    Forbidden(models::ErrorResponseBody),
}

impl IntoResponse for GetOrganizationUsersResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => server::json(200, &body),
            Self::BadRequest(body) => server::json(400, &body),
            Self::Unauthorized(body) => server::json(401, &body),
            Self::Forbidden(body) => server::json(403, &body),
        }
    }
}

/// What `get_organization` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct GetOrganizationRequest {
    /// The path parameters.
    pub path: Valid<models::GetOrganizationPath>,
    /// The headers parameters.
    pub headers: Valid<models::GetOrganizationHeaders>,
}

/// What `get_organization` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum GetOrganizationResponse {
    /// 200: Organization with the id that was requested
    Ok(Box<models::OrganizationWithSubAndPlan>),
    /// 400: Service error relating to finding the organization by id
    BadRequest(models::ErrorResponseBody),
    /// 404: Organization not found
    NotFound(models::ErrorResponseBody),
    /// 401: Not authenticated: no API key, or one Trieve does not know. (Added: not in the vendor's document.)
    Unauthorized(models::ErrorResponseBody),
    /// 403: The key's user lacks the role for this in the organization named. (Added: not in the vendor's document.)
    Forbidden(models::ErrorResponseBody),
}

impl IntoResponse for GetOrganizationResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => server::json(200, &body),
            Self::BadRequest(body) => server::json(400, &body),
            Self::NotFound(body) => server::json(404, &body),
            Self::Unauthorized(body) => server::json(401, &body),
            Self::Forbidden(body) => server::json(403, &body),
        }
    }
}

/// What `delete_organization` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct DeleteOrganizationRequest {
    /// The path parameters.
    pub path: Valid<models::DeleteOrganizationPath>,
    /// The headers parameters.
    pub headers: Valid<models::DeleteOrganizationHeaders>,
}

/// What `delete_organization` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum DeleteOrganizationResponse {
    /// 204: Confirmation that the organization was deleted
    NoContent,
    /// 400: Service error relating to deleting the organization by id
    BadRequest(models::ErrorResponseBody),
    /// 401: Not authenticated: no API key, or one Trieve does not know. (Added: not in the vendor's document.)
    Unauthorized(models::ErrorResponseBody),
    /// 403: The key's user lacks the role for this in the organization named. (Added: not in the vendor's document.)
    Forbidden(models::ErrorResponseBody),
}

impl IntoResponse for DeleteOrganizationResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => server::empty(204),
            Self::BadRequest(body) => server::json(400, &body),
            Self::Unauthorized(body) => server::json(401, &body),
            Self::Forbidden(body) => server::json(403, &body),
        }
    }
}

/// What `update_user` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct UpdateUserRequest {
    /// The headers parameters.
    pub headers: Valid<models::UpdateUserHeaders>,
    /// JSON request payload to update user information for the auth'ed user
    pub body: Valid<models::UpdateUserReqPayload>,
}

/// What `update_user` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum UpdateUserResponse {
    /// 204: Confirmation that the user's role was updated
    NoContent,
    /// 400: Service error relating to updating the user
    BadRequest(models::ErrorResponseBody),
    /// 401: Not authenticated: no API key, or one Trieve does not know. (Added: not in the vendor's document.)
    Unauthorized(models::ErrorResponseBody),
    /// 403: The key's user lacks the role for this in the organization named. (Added: not in the vendor's document.)
    Forbidden(models::ErrorResponseBody),
}

impl IntoResponse for UpdateUserResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => server::empty(204),
            Self::BadRequest(body) => server::json(400, &body),
            Self::Unauthorized(body) => server::json(401, &body),
            Self::Forbidden(body) => server::json(403, &body),
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
    async fn post_invitation(
        &self,
        _: Credentials,
        _: PostInvitationRequest,
    ) -> Result<PostInvitationResponse, Self::Error> {
        Err(server::NotImplemented)
    }
    async fn delete_invitation(
        &self,
        _: Credentials,
        _: DeleteInvitationRequest,
    ) -> Result<DeleteInvitationResponse, Self::Error> {
        Err(server::NotImplemented)
    }
    async fn get_invitations(
        &self,
        _: Credentials,
        _: GetInvitationsRequest,
    ) -> Result<GetInvitationsResponse, Self::Error> {
        Err(server::NotImplemented)
    }
    async fn update_organization(
        &self,
        _: Credentials,
        _: UpdateOrganizationRequest,
    ) -> Result<UpdateOrganizationResponse, Self::Error> {
        Err(server::NotImplemented)
    }
    async fn create_organization(
        &self,
        _: Credentials,
        _: CreateOrganizationRequest,
    ) -> Result<CreateOrganizationResponse, Self::Error> {
        Err(server::NotImplemented)
    }
    async fn get_organization_api_keys(
        &self,
        _: Credentials,
        _: GetOrganizationApiKeysRequest,
    ) -> Result<GetOrganizationApiKeysResponse, Self::Error> {
        Err(server::NotImplemented)
    }
    async fn create_organization_api_key(
        &self,
        _: Credentials,
        _: CreateOrganizationApiKeyRequest,
    ) -> Result<CreateOrganizationApiKeyResponse, Self::Error> {
        Err(server::NotImplemented)
    }
    async fn delete_organization_api_key(
        &self,
        _: Credentials,
        _: DeleteOrganizationApiKeyRequest,
    ) -> Result<DeleteOrganizationApiKeyResponse, Self::Error> {
        Err(server::NotImplemented)
    }
    async fn update_all_org_dataset_configs(
        &self,
        _: Credentials,
        _: UpdateAllOrgDatasetConfigsRequest,
    ) -> Result<UpdateAllOrgDatasetConfigsResponse, Self::Error> {
        Err(server::NotImplemented)
    }
    async fn get_organization_usage(
        &self,
        _: Credentials,
        _: GetOrganizationUsageRequest,
    ) -> Result<GetOrganizationUsageResponse, Self::Error> {
        Err(server::NotImplemented)
    }
    async fn get_organization_users(
        &self,
        _: Credentials,
        _: GetOrganizationUsersRequest,
    ) -> Result<GetOrganizationUsersResponse, Self::Error> {
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
    async fn update_user(
        &self,
        _: Credentials,
        _: UpdateUserRequest,
    ) -> Result<UpdateUserResponse, Self::Error> {
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
        .route("/api/invitation", routing::post(handle_post_invitation::<A>))
        .route("/api/invitation/{p0}", routing::delete(handle_delete_invitation::<A>))
        .route("/api/invitations/{p0}", routing::get(handle_get_invitations::<A>))
        .route(
            "/api/organization",
            routing::put(handle_update_organization::<A>)
                .post(handle_create_organization::<A>),
        )
        .route(
            "/api/organization/api_key",
            routing::get(handle_get_organization_api_keys::<A>)
                .post(handle_create_organization_api_key::<A>),
        )
        .route(
            "/api/organization/api_key/{p0}",
            routing::delete(handle_delete_organization_api_key::<A>),
        )
        .route(
            "/api/organization/update_dataset_configs",
            routing::post(handle_update_all_org_dataset_configs::<A>),
        )
        .route(
            "/api/organization/usage/{p0}",
            routing::post(handle_get_organization_usage::<A>),
        )
        .route(
            "/api/organization/users/{p0}",
            routing::get(handle_get_organization_users::<A>),
        )
        .route(
            "/api/organization/{p0}",
            routing::get(handle_get_organization::<A>)
                .delete(handle_delete_organization::<A>),
        )
        .route("/api/user", routing::put(handle_update_user::<A>))
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

async fn handle_post_invitation<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (parts, body) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| credentials.api_key.is_some(),
            &["admin"],
            &[],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::answering(400, 400);
    let headers = checks
        .parameters::<
            models::PostInvitationHeaders,
        >(&server::header_values(&parts.headers, &["TR-Organization"]), &[], "/header");
    let body = match checks
        .json_body::<
            models::InvitationData,
        >(&parts.headers, body, served.body_limit, true)
        .await
    {
        Ok(body) => body,
        Err(rejection) => return served.api.reject(rejection),
    };
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let (Some(headers), Some(body)) = (headers, body) else {
        return server::internal_error();
    };
    let request = PostInvitationRequest {
        headers,
        body,
    };
    served.api.post_invitation(principal, request).await.into_response()
}

async fn handle_delete_invitation<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (mut parts, _) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| credentials.api_key.is_some(),
            &["admin"],
            &[],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::answering(400, 400);
    let path = checks
        .parameters::<
            models::DeleteInvitationPath,
        >(
            &server::path_values(&mut parts, &served, &["invitation_id"]).await,
            &[],
            "/path",
        );
    let headers = checks
        .parameters::<
            models::DeleteInvitationHeaders,
        >(&server::header_values(&parts.headers, &["TR-Organization"]), &[], "/header");
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let (Some(path), Some(headers)) = (path, headers) else {
        return server::internal_error();
    };
    let request = DeleteInvitationRequest {
        path,
        headers,
    };
    served.api.delete_invitation(principal, request).await.into_response()
}

async fn handle_get_invitations<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (mut parts, _) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| credentials.api_key.is_some(),
            &["readonly"],
            &[],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::answering(400, 400);
    let path = checks
        .parameters::<
            models::GetInvitationsPath,
        >(
            &server::path_values(&mut parts, &served, &["organization_id"]).await,
            &[],
            "/path",
        );
    let headers = checks
        .parameters::<
            models::GetInvitationsHeaders,
        >(&server::header_values(&parts.headers, &["TR-Organization"]), &[], "/header");
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let (Some(path), Some(headers)) = (path, headers) else {
        return server::internal_error();
    };
    let request = GetInvitationsRequest {
        path,
        headers,
    };
    served.api.get_invitations(principal, request).await.into_response()
}

async fn handle_update_organization<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (parts, body) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| credentials.api_key.is_some(),
            &["owner"],
            &[],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::answering(400, 400);
    let headers = checks
        .parameters::<
            models::UpdateOrganizationHeaders,
        >(&server::header_values(&parts.headers, &["TR-Organization"]), &[], "/header");
    let body = match checks
        .json_body::<
            models::UpdateOrganizationReqPayload,
        >(&parts.headers, body, served.body_limit, true)
        .await
    {
        Ok(body) => body,
        Err(rejection) => return served.api.reject(rejection),
    };
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let (Some(headers), Some(body)) = (headers, body) else {
        return server::internal_error();
    };
    let request = UpdateOrganizationRequest {
        headers,
        body,
    };
    served.api.update_organization(principal, request).await.into_response()
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
            |credentials| credentials.api_key.is_some(),
            &["readonly"],
            &[],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::answering(400, 400);
    let body = match checks
        .json_body::<
            models::CreateOrganizationReqPayload,
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

async fn handle_get_organization_api_keys<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (parts, _) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| credentials.api_key.is_some(),
            &["readonly"],
            &[],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::answering(400, 400);
    let query = checks
        .parameters::<models::GetOrganizationApiKeysQuery>(&query, &[], "/query");
    let headers = checks
        .parameters::<
            models::GetOrganizationApiKeysHeaders,
        >(&server::header_values(&parts.headers, &["TR-Organization"]), &[], "/header");
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let (Some(query), Some(headers)) = (query, headers) else {
        return server::internal_error();
    };
    let request = GetOrganizationApiKeysRequest {
        query,
        headers,
    };
    served.api.get_organization_api_keys(principal, request).await.into_response()
}

async fn handle_create_organization_api_key<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (parts, body) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| credentials.api_key.is_some(),
            &["readonly"],
            &[],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::answering(400, 400);
    let headers = checks
        .parameters::<
            models::CreateOrganizationApiKeyHeaders,
        >(&server::header_values(&parts.headers, &["TR-Organization"]), &[], "/header");
    let body = match checks
        .json_body::<
            models::CreateApiKeyReqPayload,
        >(&parts.headers, body, served.body_limit, true)
        .await
    {
        Ok(body) => body,
        Err(rejection) => return served.api.reject(rejection),
    };
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let (Some(headers), Some(body)) = (headers, body) else {
        return server::internal_error();
    };
    let request = CreateOrganizationApiKeyRequest {
        headers,
        body,
    };
    served.api.create_organization_api_key(principal, request).await.into_response()
}

async fn handle_delete_organization_api_key<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (mut parts, _) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| credentials.api_key.is_some(),
            &["readonly"],
            &[],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::answering(400, 400);
    let path = checks
        .parameters::<
            models::DeleteOrganizationApiKeyPath,
        >(
            &server::path_values(&mut parts, &served, &["api_key_id"]).await,
            &[],
            "/path",
        );
    let headers = checks
        .parameters::<
            models::DeleteOrganizationApiKeyHeaders,
        >(&server::header_values(&parts.headers, &["TR-Organization"]), &[], "/header");
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let (Some(path), Some(headers)) = (path, headers) else {
        return server::internal_error();
    };
    let request = DeleteOrganizationApiKeyRequest {
        path,
        headers,
    };
    served.api.delete_organization_api_key(principal, request).await.into_response()
}

async fn handle_update_all_org_dataset_configs<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (parts, body) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| credentials.api_key.is_some(),
            &["owner"],
            &[],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::answering(400, 400);
    let headers = checks
        .parameters::<
            models::UpdateAllOrgDatasetConfigsHeaders,
        >(&server::header_values(&parts.headers, &["TR-Organization"]), &[], "/header");
    let body = match checks
        .json_body::<
            models::UpdateAllOrgDatasetConfigsReqPayload,
        >(&parts.headers, body, served.body_limit, true)
        .await
    {
        Ok(body) => body,
        Err(rejection) => return served.api.reject(rejection),
    };
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let (Some(headers), Some(body)) = (headers, body) else {
        return server::internal_error();
    };
    let request = UpdateAllOrgDatasetConfigsRequest {
        headers,
        body,
    };
    served.api.update_all_org_dataset_configs(principal, request).await.into_response()
}

async fn handle_get_organization_usage<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (mut parts, body) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| credentials.api_key.is_some(),
            &["admin"],
            &[],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::answering(400, 400);
    let path = checks
        .parameters::<
            models::GetOrganizationUsagePath,
        >(
            &server::path_values(&mut parts, &served, &["organization_id"]).await,
            &[],
            "/path",
        );
    let headers = checks
        .parameters::<
            models::GetOrganizationUsageHeaders,
        >(&server::header_values(&parts.headers, &["TR-Organization"]), &[], "/header");
    let body = match checks
        .json_body::<
            models::GetOrganizationUsageReqPayload,
        >(&parts.headers, body, served.body_limit, true)
        .await
    {
        Ok(body) => body,
        Err(rejection) => return served.api.reject(rejection),
    };
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let (Some(path), Some(headers), Some(body)) = (path, headers, body) else {
        return server::internal_error();
    };
    let request = GetOrganizationUsageRequest {
        path,
        headers,
        body,
    };
    served.api.get_organization_usage(principal, request).await.into_response()
}

async fn handle_get_organization_users<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (mut parts, _) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| credentials.api_key.is_some(),
            &["admin"],
            &[],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::answering(400, 400);
    let path = checks
        .parameters::<
            models::GetOrganizationUsersPath,
        >(
            &server::path_values(&mut parts, &served, &["organization_id"]).await,
            &[],
            "/path",
        );
    let headers = checks
        .parameters::<
            models::GetOrganizationUsersHeaders,
        >(&server::header_values(&parts.headers, &["TR-Organization"]), &[], "/header");
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let (Some(path), Some(headers)) = (path, headers) else {
        return server::internal_error();
    };
    let request = GetOrganizationUsersRequest {
        path,
        headers,
    };
    served.api.get_organization_users(principal, request).await.into_response()
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
            |credentials| credentials.api_key.is_some(),
            &["admin"],
            &[],
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
        >(
            &server::path_values(&mut parts, &served, &["organization_id"]).await,
            &[],
            "/path",
        );
    let headers = checks
        .parameters::<
            models::GetOrganizationHeaders,
        >(&server::header_values(&parts.headers, &["TR-Organization"]), &[], "/header");
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let (Some(path), Some(headers)) = (path, headers) else {
        return server::internal_error();
    };
    let request = GetOrganizationRequest {
        path,
        headers,
    };
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
            |credentials| credentials.api_key.is_some(),
            &["admin"],
            &[],
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
        >(
            &server::path_values(&mut parts, &served, &["organization_id"]).await,
            &[],
            "/path",
        );
    let headers = checks
        .parameters::<
            models::DeleteOrganizationHeaders,
        >(&server::header_values(&parts.headers, &["TR-Organization"]), &[], "/header");
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let (Some(path), Some(headers)) = (path, headers) else {
        return server::internal_error();
    };
    let request = DeleteOrganizationRequest {
        path,
        headers,
    };
    served.api.delete_organization(principal, request).await.into_response()
}

async fn handle_update_user<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (parts, body) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| credentials.api_key.is_some(),
            &["readonly"],
            &[],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::answering(400, 400);
    let headers = checks
        .parameters::<
            models::UpdateUserHeaders,
        >(&server::header_values(&parts.headers, &["TR-Organization"]), &[], "/header");
    let body = match checks
        .json_body::<
            models::UpdateUserReqPayload,
        >(&parts.headers, body, served.body_limit, true)
        .await
    {
        Ok(body) => body,
        Err(rejection) => return served.api.reject(rejection),
    };
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let (Some(headers), Some(body)) = (headers, body) else {
        return server::internal_error();
    };
    let request = UpdateUserRequest { headers, body };
    served.api.update_user(principal, request).await.into_response()
}
