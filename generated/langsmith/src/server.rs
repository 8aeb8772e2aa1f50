//! The server: the [`Api`] trait an implementation provides, each
//! operation's request and response types, and [`router`], which
//! reads, authenticates and validates every request before a method
//! sees it.

use std::future::Future;
use std::sync::Arc;
use serde_json::Value;
use crate::models;
use oapi_axum_runtime::axum::extract::{Request, State};
use oapi_axum_runtime::axum::response::{IntoResponse, Response};
use oapi_axum_runtime::axum::{Router, routing};
use oapi_axum_runtime::params::{ArrayStyle, Sent};
use oapi_axum_runtime::problem::Rejection;
use oapi_axum_runtime::server::{self, AuthError, Checks, Presented, Served};
use oapi_axum_runtime::Valid;

/// What an implementation of LangSmith provides: one method per operation.
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
    /// How a request refused before its method runs is answered: as the
    /// API description declares (FastAPI's `HTTPValidationError` for
    /// requests that do not read or validate, problem+json otherwise).
    fn reject(&self, rejection: Rejection) -> Response {
        server::fastapi_response(&rejection)
    }
    /// `GET /api/v1/workspaces`: List Workspaces
    ///
    /// Get all workspaces visible to this auth in the current org. Does not create a new workspace/org.
    fn list_workspaces_api_v1_workspaces_get(
        &self,
        principal: Self::Principal,
        request: ListWorkspacesApiV1WorkspacesGetRequest,
    ) -> impl Future<
        Output = Result<ListWorkspacesApiV1WorkspacesGetResponse, Self::Error>,
    > + Send;
    /// `POST /api/v1/workspaces`: Create Workspace
    ///
    /// Create a new workspace.
    fn create_workspace_api_v1_workspaces_post(
        &self,
        principal: Self::Principal,
        request: CreateWorkspaceApiV1WorkspacesPostRequest,
    ) -> impl Future<
        Output = Result<CreateWorkspaceApiV1WorkspacesPostResponse, Self::Error>,
    > + Send;
    /// `DELETE /api/v1/workspaces/{workspace_id}`: Delete Workspace
    fn delete_workspace_api_v1_workspaces_workspace_id_delete(
        &self,
        principal: Self::Principal,
        request: DeleteWorkspaceApiV1WorkspacesWorkspaceIdDeleteRequest,
    ) -> impl Future<
        Output = Result<
            DeleteWorkspaceApiV1WorkspacesWorkspaceIdDeleteResponse,
            Self::Error,
        >,
    > + Send;
    /// `PATCH /api/v1/workspaces/{workspace_id}`: Patch Workspace
    ///
    /// Update a workspace.
    fn patch_workspace_api_v1_workspaces_workspace_id_patch(
        &self,
        principal: Self::Principal,
        request: PatchWorkspaceApiV1WorkspacesWorkspaceIdPatchRequest,
    ) -> impl Future<
        Output = Result<
            PatchWorkspaceApiV1WorkspacesWorkspaceIdPatchResponse,
            Self::Error,
        >,
    > + Send;
    /// `GET /api/v1/orgs`: List Organizations
    ///
    /// Get all orgs visible to this auth
    fn list_organizations_api_v1_orgs_get(
        &self,
        principal: Self::Principal,
        request: ListOrganizationsApiV1OrgsGetRequest,
    ) -> impl Future<
        Output = Result<ListOrganizationsApiV1OrgsGetResponse, Self::Error>,
    > + Send;
    /// `POST /api/v1/orgs`: Create Organization
    fn create_organization_api_v1_orgs_post(
        &self,
        principal: Self::Principal,
        request: CreateOrganizationApiV1OrgsPostRequest,
    ) -> impl Future<
        Output = Result<CreateOrganizationApiV1OrgsPostResponse, Self::Error>,
    > + Send;
    /// `GET /api/v1/orgs/current`: Get Organization Info
    fn get_organization_info_api_v1_orgs_current_get(
        &self,
        principal: Self::Principal,
        request: GetOrganizationInfoApiV1OrgsCurrentGetRequest,
    ) -> impl Future<
        Output = Result<GetOrganizationInfoApiV1OrgsCurrentGetResponse, Self::Error>,
    > + Send;
    /// `GET /api/v1/orgs/current/info`: Get Current Organization Info
    fn get_current_organization_info_api_v1_orgs_current_info_get(
        &self,
        principal: Self::Principal,
        request: GetCurrentOrganizationInfoApiV1OrgsCurrentInfoGetRequest,
    ) -> impl Future<
        Output = Result<
            GetCurrentOrganizationInfoApiV1OrgsCurrentInfoGetResponse,
            Self::Error,
        >,
    > + Send;
    /// `PATCH /api/v1/orgs/current/info`: Update Current Organization Info
    fn update_current_organization_info_api_v1_orgs_current_info_patch(
        &self,
        principal: Self::Principal,
        request: UpdateCurrentOrganizationInfoApiV1OrgsCurrentInfoPatchRequest,
    ) -> impl Future<
        Output = Result<
            UpdateCurrentOrganizationInfoApiV1OrgsCurrentInfoPatchResponse,
            Self::Error,
        >,
    > + Send;
    /// `GET /api/v1/orgs/current/roles`: List Organization Roles
    fn list_organization_roles_api_v1_orgs_current_roles_get(
        &self,
        principal: Self::Principal,
        request: ListOrganizationRolesApiV1OrgsCurrentRolesGetRequest,
    ) -> impl Future<
        Output = Result<
            ListOrganizationRolesApiV1OrgsCurrentRolesGetResponse,
            Self::Error,
        >,
    > + Send;
    /// `POST /api/v1/orgs/current/roles`: Create Organization Roles
    fn create_organization_roles_api_v1_orgs_current_roles_post(
        &self,
        principal: Self::Principal,
        request: CreateOrganizationRolesApiV1OrgsCurrentRolesPostRequest,
    ) -> impl Future<
        Output = Result<
            CreateOrganizationRolesApiV1OrgsCurrentRolesPostResponse,
            Self::Error,
        >,
    > + Send;
    /// `DELETE /api/v1/orgs/current/roles/{role_id}`: Delete Organization Roles
    fn delete_organization_roles_api_v1_orgs_current_roles_role_id_delete(
        &self,
        principal: Self::Principal,
        request: DeleteOrganizationRolesApiV1OrgsCurrentRolesRoleIdDeleteRequest,
    ) -> impl Future<
        Output = Result<
            DeleteOrganizationRolesApiV1OrgsCurrentRolesRoleIdDeleteResponse,
            Self::Error,
        >,
    > + Send;
    /// `PATCH /api/v1/orgs/current/roles/{role_id}`: Update Organization Roles
    fn update_organization_roles_api_v1_orgs_current_roles_role_id_patch(
        &self,
        principal: Self::Principal,
        request: UpdateOrganizationRolesApiV1OrgsCurrentRolesRoleIdPatchRequest,
    ) -> impl Future<
        Output = Result<
            UpdateOrganizationRolesApiV1OrgsCurrentRolesRoleIdPatchResponse,
            Self::Error,
        >,
    > + Send;
    /// `GET /api/v1/orgs/permissions`: List Permissions
    fn list_permissions_api_v1_orgs_permissions_get(
        &self,
        principal: Self::Principal,
        request: ListPermissionsApiV1OrgsPermissionsGetRequest,
    ) -> impl Future<
        Output = Result<ListPermissionsApiV1OrgsPermissionsGetResponse, Self::Error>,
    > + Send;
    /// `GET /api/v1/orgs/current/members`: Get Current Org Members
    fn get_current_org_members_api_v1_orgs_current_members_get(
        &self,
        principal: Self::Principal,
        request: GetCurrentOrgMembersApiV1OrgsCurrentMembersGetRequest,
    ) -> impl Future<
        Output = Result<
            GetCurrentOrgMembersApiV1OrgsCurrentMembersGetResponse,
            Self::Error,
        >,
    > + Send;
    /// `POST /api/v1/orgs/current/members`: Add Member To Current Org
    fn add_member_to_current_org_api_v1_orgs_current_members_post(
        &self,
        principal: Self::Principal,
        request: AddMemberToCurrentOrgApiV1OrgsCurrentMembersPostRequest,
    ) -> impl Future<
        Output = Result<
            AddMemberToCurrentOrgApiV1OrgsCurrentMembersPostResponse,
            Self::Error,
        >,
    > + Send;
    /// `GET /api/v1/orgs/current/members/active`: Get Current Active Org Members
    fn get_current_active_org_members_api_v1_orgs_current_members_active_get(
        &self,
        principal: Self::Principal,
        request: GetCurrentActiveOrgMembersApiV1OrgsCurrentMembersActiveGetRequest,
    ) -> impl Future<
        Output = Result<
            GetCurrentActiveOrgMembersApiV1OrgsCurrentMembersActiveGetResponse,
            Self::Error,
        >,
    > + Send;
    /// `GET /api/v1/orgs/current/members/pending`: Get Current Pending Org Members
    fn get_current_pending_org_members_api_v1_orgs_current_members_pending_get(
        &self,
        principal: Self::Principal,
        request: GetCurrentPendingOrgMembersApiV1OrgsCurrentMembersPendingGetRequest,
    ) -> impl Future<
        Output = Result<
            GetCurrentPendingOrgMembersApiV1OrgsCurrentMembersPendingGetResponse,
            Self::Error,
        >,
    > + Send;
    /// `POST /api/v1/orgs/current/members/batch`: Add Members To Current Org Batch
    ///
    /// Batch invite up to 500 users to the current org.
    fn add_members_to_current_org_batch_api_v1_orgs_current_members_batch_post(
        &self,
        principal: Self::Principal,
        request: AddMembersToCurrentOrgBatchApiV1OrgsCurrentMembersBatchPostRequest,
    ) -> impl Future<
        Output = Result<
            AddMembersToCurrentOrgBatchApiV1OrgsCurrentMembersBatchPostResponse,
            Self::Error,
        >,
    > + Send;
    /// `DELETE /api/v1/orgs/current/members/{identity_id}`: Remove Member From Current Org
    ///
    /// Remove a user from the current organization.
    fn remove_member_from_current_org_api_v1_orgs_current_members_identity_id_delete(
        &self,
        principal: Self::Principal,
        request: RemoveMemberFromCurrentOrgApiV1OrgsCurrentMembersIdentityIdDeleteRequest,
    ) -> impl Future<
        Output = Result<
            RemoveMemberFromCurrentOrgApiV1OrgsCurrentMembersIdentityIdDeleteResponse,
            Self::Error,
        >,
    > + Send;
    /// `PATCH /api/v1/orgs/current/members/{identity_id}`: Update Current Org Member
    ///
    /// This is used for updating a user's role (all auth modes) or full_name/password (basic auth)
    fn update_current_org_member_api_v1_orgs_current_members_identity_id_patch(
        &self,
        principal: Self::Principal,
        request: UpdateCurrentOrgMemberApiV1OrgsCurrentMembersIdentityIdPatchRequest,
    ) -> impl Future<
        Output = Result<
            UpdateCurrentOrgMemberApiV1OrgsCurrentMembersIdentityIdPatchResponse,
            Self::Error,
        >,
    > + Send;
    /// `GET /api/v1/workspaces/current/members`: Get Current Workspace Members
    fn get_current_workspace_members_api_v1_workspaces_current_members_get(
        &self,
        principal: Self::Principal,
        request: GetCurrentWorkspaceMembersApiV1WorkspacesCurrentMembersGetRequest,
    ) -> impl Future<
        Output = Result<
            GetCurrentWorkspaceMembersApiV1WorkspacesCurrentMembersGetResponse,
            Self::Error,
        >,
    > + Send;
    /// `POST /api/v1/workspaces/current/members`: Add Member To Current Workspace
    ///
    /// Add an existing organization member to the current workspace.
    fn add_member_to_current_workspace_api_v1_workspaces_current_members_post(
        &self,
        principal: Self::Principal,
        request: AddMemberToCurrentWorkspaceApiV1WorkspacesCurrentMembersPostRequest,
    ) -> impl Future<
        Output = Result<
            AddMemberToCurrentWorkspaceApiV1WorkspacesCurrentMembersPostResponse,
            Self::Error,
        >,
    > + Send;
    /// `GET /api/v1/workspaces/current/members/active`: Get Current Active Workspace Members
    fn get_current_active_workspace_members_api_v1_workspaces_current_members_active_get(
        &self,
        principal: Self::Principal,
        request: GetCurrentActiveWorkspaceMembersApiV1WorkspacesCurrentMembersActiveGetRequest,
    ) -> impl Future<
        Output = Result<
            GetCurrentActiveWorkspaceMembersApiV1WorkspacesCurrentMembersActiveGetResponse,
            Self::Error,
        >,
    > + Send;
    /// `GET /api/v1/workspaces/current/members/pending`: Get Current Pending Workspace Members
    fn get_current_pending_workspace_members_api_v1_workspaces_current_members_pending_get(
        &self,
        principal: Self::Principal,
        request: GetCurrentPendingWorkspaceMembersApiV1WorkspacesCurrentMembersPendingGetRequest,
    ) -> impl Future<
        Output = Result<
            GetCurrentPendingWorkspaceMembersApiV1WorkspacesCurrentMembersPendingGetResponse,
            Self::Error,
        >,
    > + Send;
    /// `POST /api/v1/workspaces/current/members/batch`: Add Members To Current Workspace Batch
    ///
    /// Batch invite up to 500 users to the current workspace and organization.
    fn add_members_to_current_workspace_batch_api_v1_workspaces_current_members_batch_post(
        &self,
        principal: Self::Principal,
        request: AddMembersToCurrentWorkspaceBatchApiV1WorkspacesCurrentMembersBatchPostRequest,
    ) -> impl Future<
        Output = Result<
            AddMembersToCurrentWorkspaceBatchApiV1WorkspacesCurrentMembersBatchPostResponse,
            Self::Error,
        >,
    > + Send;
    /// `DELETE /api/v1/workspaces/current/members/{identity_id}`: Delete Current Workspace Member
    fn delete_current_workspace_member_api_v1_workspaces_current_members_identity_id_delete(
        &self,
        principal: Self::Principal,
        request: DeleteCurrentWorkspaceMemberApiV1WorkspacesCurrentMembersIdentityIdDeleteRequest,
    ) -> impl Future<
        Output = Result<
            DeleteCurrentWorkspaceMemberApiV1WorkspacesCurrentMembersIdentityIdDeleteResponse,
            Self::Error,
        >,
    > + Send;
    /// `PATCH /api/v1/workspaces/current/members/{identity_id}`: Patch Current Workspace Member
    fn patch_current_workspace_member_api_v1_workspaces_current_members_identity_id_patch(
        &self,
        principal: Self::Principal,
        request: PatchCurrentWorkspaceMemberApiV1WorkspacesCurrentMembersIdentityIdPatchRequest,
    ) -> impl Future<
        Output = Result<
            PatchCurrentWorkspaceMemberApiV1WorkspacesCurrentMembersIdentityIdPatchResponse,
            Self::Error,
        >,
    > + Send;
}

/// The credentials a request presents, one field per security scheme of
/// the API description.
#[derive(Debug, Clone, Default)]
pub struct Credentials {
    /// `API_Key`: the API key in the header `X-API-Key`.
    pub api_key: Option<String>,
    /// `Tenant_ID`: the API key in the header `X-Tenant-Id`.
    pub tenant_id: Option<String>,
    /// `Organization_ID`: the API key in the header `X-Organization-Id`.
    pub organization_id: Option<String>,
    /// `Bearer_Auth`: the token of `Authorization: Bearer`.
    pub bearer_auth: Option<String>,
}

impl Credentials {
    fn presented(presented: &Presented<'_>) -> Self {
        Self {
            api_key: presented.header("X-API-Key"),
            tenant_id: presented.header("X-Tenant-Id"),
            organization_id: presented.header("X-Organization-Id"),
            bearer_auth: presented.bearer(),
        }
    }
}

/// What `list_workspaces_api_v1_workspaces_get` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct ListWorkspacesApiV1WorkspacesGetRequest {
    /// The query parameters.
    pub query: Valid<models::ListWorkspacesApiV1WorkspacesGetQuery>,
}

/// What `list_workspaces_api_v1_workspaces_get` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum ListWorkspacesApiV1WorkspacesGetResponse {
    /// 200: Successful Response
    Ok(Vec<models::TenantForUser>),
    /// 422: Validation Error
    UnprocessableEntity(models::HttpValidationError),
    /// 401: Not authenticated: no API key, or one LangSmith does not know. (Added: not in the vendor's document.)
    Unauthorized,
    /// 403: The key's identity may not do this in the organization or workspace named. (Added: not in the vendor's document.)
    Forbidden,
    /// 404: Something the request names (in its path or body) does not exist. (Added: not in the vendor's document.)
    NotFound,
    /// 409: The request conflicts with what exists: a name or id taken, a system role, a last role. (Added: not in the vendor's document.)
    Conflict,
}

impl IntoResponse for ListWorkspacesApiV1WorkspacesGetResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => server::json(200, &body),
            Self::UnprocessableEntity(body) => server::json(422, &body),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
            Self::NotFound => server::empty(404),
            Self::Conflict => server::empty(409),
        }
    }
}

/// What `create_workspace_api_v1_workspaces_post` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct CreateWorkspaceApiV1WorkspacesPostRequest {
    /// The body.
    pub body: Valid<models::WorkspaceCreate>,
}

/// What `create_workspace_api_v1_workspaces_post` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum CreateWorkspaceApiV1WorkspacesPostResponse {
    /// 200: Successful Response
    Ok(Box<models::AppSchemasTenant>),
    /// 422: Validation Error
    UnprocessableEntity(models::HttpValidationError),
    /// 401: Not authenticated: no API key, or one LangSmith does not know. (Added: not in the vendor's document.)
    Unauthorized,
    /// 403: The key's identity may not do this in the organization or workspace named. (Added: not in the vendor's document.)
    Forbidden,
    /// 404: Something the request names (in its path or body) does not exist. (Added: not in the vendor's document.)
    NotFound,
    /// 409: The request conflicts with what exists: a name or id taken, a system role, a last role. (Added: not in the vendor's document.)
    Conflict,
}

impl IntoResponse for CreateWorkspaceApiV1WorkspacesPostResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => server::json(200, &body),
            Self::UnprocessableEntity(body) => server::json(422, &body),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
            Self::NotFound => server::empty(404),
            Self::Conflict => server::empty(409),
        }
    }
}

/// What `delete_workspace_api_v1_workspaces_workspace_id_delete` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct DeleteWorkspaceApiV1WorkspacesWorkspaceIdDeleteRequest {
    /// The path parameters.
    pub path: Valid<models::DeleteWorkspaceApiV1WorkspacesWorkspaceIdDeletePath>,
}

/// What `delete_workspace_api_v1_workspaces_workspace_id_delete` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum DeleteWorkspaceApiV1WorkspacesWorkspaceIdDeleteResponse {
    /// 200: Successful Response
    Ok(Value),
    /// 422: Validation Error
    UnprocessableEntity(models::HttpValidationError),
    /// 401: Not authenticated: no API key, or one LangSmith does not know. (Added: not in the vendor's document.)
    Unauthorized,
    /// 403: The key's identity may not do this in the organization or workspace named. (Added: not in the vendor's document.)
    Forbidden,
    /// 404: Something the request names (in its path or body) does not exist. (Added: not in the vendor's document.)
    NotFound,
    /// 409: The request conflicts with what exists: a name or id taken, a system role, a last role. (Added: not in the vendor's document.)
    Conflict,
}

impl IntoResponse for DeleteWorkspaceApiV1WorkspacesWorkspaceIdDeleteResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => server::json(200, &body),
            Self::UnprocessableEntity(body) => server::json(422, &body),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
            Self::NotFound => server::empty(404),
            Self::Conflict => server::empty(409),
        }
    }
}

/// What `patch_workspace_api_v1_workspaces_workspace_id_patch` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct PatchWorkspaceApiV1WorkspacesWorkspaceIdPatchRequest {
    /// The path parameters.
    pub path: Valid<models::PatchWorkspaceApiV1WorkspacesWorkspaceIdPatchPath>,
    /// The body.
    pub body: Valid<models::WorkspacePatch>,
}

/// What `patch_workspace_api_v1_workspaces_workspace_id_patch` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum PatchWorkspaceApiV1WorkspacesWorkspaceIdPatchResponse {
    /// 200: Successful Response
    Ok(Box<models::AppSchemasTenant>),
    /// 422: Validation Error
    UnprocessableEntity(models::HttpValidationError),
    /// 401: Not authenticated: no API key, or one LangSmith does not know. (Added: not in the vendor's document.)
    Unauthorized,
    /// 403: The key's identity may not do this in the organization or workspace named. (Added: not in the vendor's document.)
    Forbidden,
    /// 404: Something the request names (in its path or body) does not exist. (Added: not in the vendor's document.)
    NotFound,
    /// 409: The request conflicts with what exists: a name or id taken, a system role, a last role. (Added: not in the vendor's document.)
    Conflict,
}

impl IntoResponse for PatchWorkspaceApiV1WorkspacesWorkspaceIdPatchResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => server::json(200, &body),
            Self::UnprocessableEntity(body) => server::json(422, &body),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
            Self::NotFound => server::empty(404),
            Self::Conflict => server::empty(409),
        }
    }
}

/// What `list_organizations_api_v1_orgs_get` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct ListOrganizationsApiV1OrgsGetRequest {
    /// The query parameters.
    pub query: Valid<models::ListOrganizationsApiV1OrgsGetQuery>,
}

/// What `list_organizations_api_v1_orgs_get` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum ListOrganizationsApiV1OrgsGetResponse {
    /// 200: Successful Response
    Ok(Vec<models::OrganizationPgSchemaSlim>),
    /// 422: Validation Error
    UnprocessableEntity(models::HttpValidationError),
    /// 401: Not authenticated: no API key, or one LangSmith does not know. (Added: not in the vendor's document.)
    Unauthorized,
    /// 403: The key's identity may not do this in the organization or workspace named. (Added: not in the vendor's document.)
    Forbidden,
    /// 404: Something the request names (in its path or body) does not exist. (Added: not in the vendor's document.)
    NotFound,
    /// 409: The request conflicts with what exists: a name or id taken, a system role, a last role. (Added: not in the vendor's document.)
    Conflict,
}

impl IntoResponse for ListOrganizationsApiV1OrgsGetResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => server::json(200, &body),
            Self::UnprocessableEntity(body) => server::json(422, &body),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
            Self::NotFound => server::empty(404),
            Self::Conflict => server::empty(409),
        }
    }
}

/// What `create_organization_api_v1_orgs_post` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct CreateOrganizationApiV1OrgsPostRequest {
    /// The body.
    pub body: Valid<models::OrganizationCreate>,
}

/// What `create_organization_api_v1_orgs_post` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum CreateOrganizationApiV1OrgsPostResponse {
    /// 200: Successful Response
    Ok(Box<models::OrganizationPgSchemaSlim>),
    /// 422: Validation Error
    UnprocessableEntity(models::HttpValidationError),
    /// 401: Not authenticated: no API key, or one LangSmith does not know. (Added: not in the vendor's document.)
    Unauthorized,
    /// 403: The key's identity may not do this in the organization or workspace named. (Added: not in the vendor's document.)
    Forbidden,
    /// 404: Something the request names (in its path or body) does not exist. (Added: not in the vendor's document.)
    NotFound,
    /// 409: The request conflicts with what exists: a name or id taken, a system role, a last role. (Added: not in the vendor's document.)
    Conflict,
}

impl IntoResponse for CreateOrganizationApiV1OrgsPostResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => server::json(200, &body),
            Self::UnprocessableEntity(body) => server::json(422, &body),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
            Self::NotFound => server::empty(404),
            Self::Conflict => server::empty(409),
        }
    }
}

/// What `get_organization_info_api_v1_orgs_current_get` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct GetOrganizationInfoApiV1OrgsCurrentGetRequest {}

/// What `get_organization_info_api_v1_orgs_current_get` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum GetOrganizationInfoApiV1OrgsCurrentGetResponse {
    /// 200: Successful Response
    Ok(Box<models::Organization>),
    /// 401: Not authenticated: no API key, or one LangSmith does not know. (Added: not in the vendor's document.)
    Unauthorized,
    /// 403: The key's identity may not do this in the organization or workspace named. (Added: not in the vendor's document.)
    Forbidden,
    /// 404: Something the request names (in its path or body) does not exist. (Added: not in the vendor's document.)
    NotFound,
    /// 409: The request conflicts with what exists: a name or id taken, a system role, a last role. (Added: not in the vendor's document.)
    Conflict,
}

impl IntoResponse for GetOrganizationInfoApiV1OrgsCurrentGetResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => server::json(200, &body),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
            Self::NotFound => server::empty(404),
            Self::Conflict => server::empty(409),
        }
    }
}

/// What `get_current_organization_info_api_v1_orgs_current_info_get` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct GetCurrentOrganizationInfoApiV1OrgsCurrentInfoGetRequest {}

/// What `get_current_organization_info_api_v1_orgs_current_info_get` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum GetCurrentOrganizationInfoApiV1OrgsCurrentInfoGetResponse {
    /// 200: Successful Response
    Ok(Box<models::OrganizationInfo>),
    /// 401: Not authenticated: no API key, or one LangSmith does not know. (Added: not in the vendor's document.)
    Unauthorized,
    /// 403: The key's identity may not do this in the organization or workspace named. (Added: not in the vendor's document.)
    Forbidden,
    /// 404: Something the request names (in its path or body) does not exist. (Added: not in the vendor's document.)
    NotFound,
    /// 409: The request conflicts with what exists: a name or id taken, a system role, a last role. (Added: not in the vendor's document.)
    Conflict,
}

impl IntoResponse for GetCurrentOrganizationInfoApiV1OrgsCurrentInfoGetResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => server::json(200, &body),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
            Self::NotFound => server::empty(404),
            Self::Conflict => server::empty(409),
        }
    }
}

/// What `update_current_organization_info_api_v1_orgs_current_info_patch` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct UpdateCurrentOrganizationInfoApiV1OrgsCurrentInfoPatchRequest {
    /// The body.
    pub body: Valid<models::OrganizationUpdate>,
}

/// What `update_current_organization_info_api_v1_orgs_current_info_patch` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum UpdateCurrentOrganizationInfoApiV1OrgsCurrentInfoPatchResponse {
    /// 200: Successful Response
    Ok(Box<models::OrganizationInfo>),
    /// 422: Validation Error
    UnprocessableEntity(models::HttpValidationError),
    /// 401: Not authenticated: no API key, or one LangSmith does not know. (Added: not in the vendor's document.)
    Unauthorized,
    /// 403: The key's identity may not do this in the organization or workspace named. (Added: not in the vendor's document.)
    Forbidden,
    /// 404: Something the request names (in its path or body) does not exist. (Added: not in the vendor's document.)
    NotFound,
    /// 409: The request conflicts with what exists: a name or id taken, a system role, a last role. (Added: not in the vendor's document.)
    Conflict,
}

impl IntoResponse for UpdateCurrentOrganizationInfoApiV1OrgsCurrentInfoPatchResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => server::json(200, &body),
            Self::UnprocessableEntity(body) => server::json(422, &body),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
            Self::NotFound => server::empty(404),
            Self::Conflict => server::empty(409),
        }
    }
}

/// What `list_organization_roles_api_v1_orgs_current_roles_get` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct ListOrganizationRolesApiV1OrgsCurrentRolesGetRequest {}

/// What `list_organization_roles_api_v1_orgs_current_roles_get` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum ListOrganizationRolesApiV1OrgsCurrentRolesGetResponse {
    /// 200: Successful Response
    Ok(Vec<models::Role>),
    /// 401: Not authenticated: no API key, or one LangSmith does not know. (Added: not in the vendor's document.)
    Unauthorized,
    /// 403: The key's identity may not do this in the organization or workspace named. (Added: not in the vendor's document.)
    Forbidden,
    /// 404: Something the request names (in its path or body) does not exist. (Added: not in the vendor's document.)
    NotFound,
    /// 409: The request conflicts with what exists: a name or id taken, a system role, a last role. (Added: not in the vendor's document.)
    Conflict,
}

impl IntoResponse for ListOrganizationRolesApiV1OrgsCurrentRolesGetResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => server::json(200, &body),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
            Self::NotFound => server::empty(404),
            Self::Conflict => server::empty(409),
        }
    }
}

/// What `create_organization_roles_api_v1_orgs_current_roles_post` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct CreateOrganizationRolesApiV1OrgsCurrentRolesPostRequest {
    /// The body.
    pub body: Valid<models::CreateRoleRequest>,
}

/// What `create_organization_roles_api_v1_orgs_current_roles_post` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum CreateOrganizationRolesApiV1OrgsCurrentRolesPostResponse {
    /// 200: Successful Response
    Ok(Box<models::Role>),
    /// 422: Validation Error
    UnprocessableEntity(models::HttpValidationError),
    /// 401: Not authenticated: no API key, or one LangSmith does not know. (Added: not in the vendor's document.)
    Unauthorized,
    /// 403: The key's identity may not do this in the organization or workspace named. (Added: not in the vendor's document.)
    Forbidden,
    /// 404: Something the request names (in its path or body) does not exist. (Added: not in the vendor's document.)
    NotFound,
    /// 409: The request conflicts with what exists: a name or id taken, a system role, a last role. (Added: not in the vendor's document.)
    Conflict,
}

impl IntoResponse for CreateOrganizationRolesApiV1OrgsCurrentRolesPostResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => server::json(200, &body),
            Self::UnprocessableEntity(body) => server::json(422, &body),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
            Self::NotFound => server::empty(404),
            Self::Conflict => server::empty(409),
        }
    }
}

/// What `delete_organization_roles_api_v1_orgs_current_roles_role_id_delete` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct DeleteOrganizationRolesApiV1OrgsCurrentRolesRoleIdDeleteRequest {
    /// The path parameters.
    pub path: Valid<
        models::DeleteOrganizationRolesApiV1OrgsCurrentRolesRoleIdDeletePath,
    >,
}

/// What `delete_organization_roles_api_v1_orgs_current_roles_role_id_delete` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum DeleteOrganizationRolesApiV1OrgsCurrentRolesRoleIdDeleteResponse {
    /// 200: Successful Response
    Ok(Box<models::Role>),
    /// 422: Validation Error
    UnprocessableEntity(models::HttpValidationError),
    /// 401: Not authenticated: no API key, or one LangSmith does not know. (Added: not in the vendor's document.)
    Unauthorized,
    /// 403: The key's identity may not do this in the organization or workspace named. (Added: not in the vendor's document.)
    Forbidden,
    /// 404: Something the request names (in its path or body) does not exist. (Added: not in the vendor's document.)
    NotFound,
    /// 409: The request conflicts with what exists: a name or id taken, a system role, a last role. (Added: not in the vendor's document.)
    Conflict,
}

impl IntoResponse for DeleteOrganizationRolesApiV1OrgsCurrentRolesRoleIdDeleteResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => server::json(200, &body),
            Self::UnprocessableEntity(body) => server::json(422, &body),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
            Self::NotFound => server::empty(404),
            Self::Conflict => server::empty(409),
        }
    }
}

/// What `update_organization_roles_api_v1_orgs_current_roles_role_id_patch` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct UpdateOrganizationRolesApiV1OrgsCurrentRolesRoleIdPatchRequest {
    /// The path parameters.
    pub path: Valid<models::UpdateOrganizationRolesApiV1OrgsCurrentRolesRoleIdPatchPath>,
    /// The body.
    pub body: Valid<models::UpdateRoleRequest>,
}

/// What `update_organization_roles_api_v1_orgs_current_roles_role_id_patch` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum UpdateOrganizationRolesApiV1OrgsCurrentRolesRoleIdPatchResponse {
    /// 200: Successful Response
    Ok(Box<models::Role>),
    /// 422: Validation Error
    UnprocessableEntity(models::HttpValidationError),
    /// 401: Not authenticated: no API key, or one LangSmith does not know. (Added: not in the vendor's document.)
    Unauthorized,
    /// 403: The key's identity may not do this in the organization or workspace named. (Added: not in the vendor's document.)
    Forbidden,
    /// 404: Something the request names (in its path or body) does not exist. (Added: not in the vendor's document.)
    NotFound,
    /// 409: The request conflicts with what exists: a name or id taken, a system role, a last role. (Added: not in the vendor's document.)
    Conflict,
}

impl IntoResponse for UpdateOrganizationRolesApiV1OrgsCurrentRolesRoleIdPatchResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => server::json(200, &body),
            Self::UnprocessableEntity(body) => server::json(422, &body),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
            Self::NotFound => server::empty(404),
            Self::Conflict => server::empty(409),
        }
    }
}

/// What `list_permissions_api_v1_orgs_permissions_get` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct ListPermissionsApiV1OrgsPermissionsGetRequest {}

/// What `list_permissions_api_v1_orgs_permissions_get` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum ListPermissionsApiV1OrgsPermissionsGetResponse {
    /// 200: Successful Response
    Ok(Vec<models::PermissionResponse>),
    /// 401: Not authenticated: no API key, or one LangSmith does not know. (Added: not in the vendor's document.)
    Unauthorized,
    /// 403: The key's identity may not do this in the organization or workspace named. (Added: not in the vendor's document.)
    Forbidden,
    /// 404: Something the request names (in its path or body) does not exist. (Added: not in the vendor's document.)
    NotFound,
    /// 409: The request conflicts with what exists: a name or id taken, a system role, a last role. (Added: not in the vendor's document.)
    Conflict,
}

impl IntoResponse for ListPermissionsApiV1OrgsPermissionsGetResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => server::json(200, &body),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
            Self::NotFound => server::empty(404),
            Self::Conflict => server::empty(409),
        }
    }
}

/// What `get_current_org_members_api_v1_orgs_current_members_get` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct GetCurrentOrgMembersApiV1OrgsCurrentMembersGetRequest {}

/// What `get_current_org_members_api_v1_orgs_current_members_get` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum GetCurrentOrgMembersApiV1OrgsCurrentMembersGetResponse {
    /// 200: Successful Response
    Ok(models::OrganizationMembers),
    /// 401: Not authenticated: no API key, or one LangSmith does not know. (Added: not in the vendor's document.)
    Unauthorized,
    /// 403: The key's identity may not do this in the organization or workspace named. (Added: not in the vendor's document.)
    Forbidden,
    /// 404: Something the request names (in its path or body) does not exist. (Added: not in the vendor's document.)
    NotFound,
    /// 409: The request conflicts with what exists: a name or id taken, a system role, a last role. (Added: not in the vendor's document.)
    Conflict,
}

impl IntoResponse for GetCurrentOrgMembersApiV1OrgsCurrentMembersGetResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => server::json(200, &body),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
            Self::NotFound => server::empty(404),
            Self::Conflict => server::empty(409),
        }
    }
}

/// What `add_member_to_current_org_api_v1_orgs_current_members_post` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct AddMemberToCurrentOrgApiV1OrgsCurrentMembersPostRequest {
    /// The body.
    pub body: Valid<models::PendingIdentityCreate>,
}

/// What `add_member_to_current_org_api_v1_orgs_current_members_post` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum AddMemberToCurrentOrgApiV1OrgsCurrentMembersPostResponse {
    /// 200: Successful Response
    Ok(Box<models::PendingIdentity>),
    /// 422: Validation Error
    UnprocessableEntity(models::HttpValidationError),
    /// 401: Not authenticated: no API key, or one LangSmith does not know. (Added: not in the vendor's document.)
    Unauthorized,
    /// 403: The key's identity may not do this in the organization or workspace named. (Added: not in the vendor's document.)
    Forbidden,
    /// 404: Something the request names (in its path or body) does not exist. (Added: not in the vendor's document.)
    NotFound,
    /// 409: The request conflicts with what exists: a name or id taken, a system role, a last role. (Added: not in the vendor's document.)
    Conflict,
}

impl IntoResponse for AddMemberToCurrentOrgApiV1OrgsCurrentMembersPostResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => server::json(200, &body),
            Self::UnprocessableEntity(body) => server::json(422, &body),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
            Self::NotFound => server::empty(404),
            Self::Conflict => server::empty(409),
        }
    }
}

/// What `get_current_active_org_members_api_v1_orgs_current_members_active_get` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct GetCurrentActiveOrgMembersApiV1OrgsCurrentMembersActiveGetRequest {
    /// The query parameters.
    pub query: Valid<
        models::GetCurrentActiveOrgMembersApiV1OrgsCurrentMembersActiveGetQuery,
    >,
}

/// What `get_current_active_org_members_api_v1_orgs_current_members_active_get` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum GetCurrentActiveOrgMembersApiV1OrgsCurrentMembersActiveGetResponse {
    /// 200: Successful Response
    Ok(Vec<models::OrgMemberIdentity>),
    /// 422: Validation Error
    UnprocessableEntity(models::HttpValidationError),
    /// 401: Not authenticated: no API key, or one LangSmith does not know. (Added: not in the vendor's document.)
    Unauthorized,
    /// 403: The key's identity may not do this in the organization or workspace named. (Added: not in the vendor's document.)
    Forbidden,
    /// 404: Something the request names (in its path or body) does not exist. (Added: not in the vendor's document.)
    NotFound,
    /// 409: The request conflicts with what exists: a name or id taken, a system role, a last role. (Added: not in the vendor's document.)
    Conflict,
}

impl IntoResponse
for GetCurrentActiveOrgMembersApiV1OrgsCurrentMembersActiveGetResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => server::json(200, &body),
            Self::UnprocessableEntity(body) => server::json(422, &body),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
            Self::NotFound => server::empty(404),
            Self::Conflict => server::empty(409),
        }
    }
}

/// What `get_current_pending_org_members_api_v1_orgs_current_members_pending_get` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct GetCurrentPendingOrgMembersApiV1OrgsCurrentMembersPendingGetRequest {
    /// The query parameters.
    pub query: Valid<
        models::GetCurrentPendingOrgMembersApiV1OrgsCurrentMembersPendingGetQuery,
    >,
}

/// What `get_current_pending_org_members_api_v1_orgs_current_members_pending_get` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum GetCurrentPendingOrgMembersApiV1OrgsCurrentMembersPendingGetResponse {
    /// 200: Successful Response
    Ok(Vec<models::OrgPendingIdentity>),
    /// 422: Validation Error
    UnprocessableEntity(models::HttpValidationError),
    /// 401: Not authenticated: no API key, or one LangSmith does not know. (Added: not in the vendor's document.)
    Unauthorized,
    /// 403: The key's identity may not do this in the organization or workspace named. (Added: not in the vendor's document.)
    Forbidden,
    /// 404: Something the request names (in its path or body) does not exist. (Added: not in the vendor's document.)
    NotFound,
    /// 409: The request conflicts with what exists: a name or id taken, a system role, a last role. (Added: not in the vendor's document.)
    Conflict,
}

impl IntoResponse
for GetCurrentPendingOrgMembersApiV1OrgsCurrentMembersPendingGetResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => server::json(200, &body),
            Self::UnprocessableEntity(body) => server::json(422, &body),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
            Self::NotFound => server::empty(404),
            Self::Conflict => server::empty(409),
        }
    }
}

/// What `add_members_to_current_org_batch_api_v1_orgs_current_members_batch_post` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct AddMembersToCurrentOrgBatchApiV1OrgsCurrentMembersBatchPostRequest {
    /// The body.
    pub body: Valid<
        models::AddMembersToCurrentOrgBatchApiV1OrgsCurrentMembersBatchPostBody,
    >,
}

/// What `add_members_to_current_org_batch_api_v1_orgs_current_members_batch_post` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum AddMembersToCurrentOrgBatchApiV1OrgsCurrentMembersBatchPostResponse {
    /// 200: Successful Response
    Ok(Vec<models::PendingIdentity>),
    /// 422: Validation Error
    UnprocessableEntity(models::HttpValidationError),
    /// 401: Not authenticated: no API key, or one LangSmith does not know. (Added: not in the vendor's document.)
    Unauthorized,
    /// 403: The key's identity may not do this in the organization or workspace named. (Added: not in the vendor's document.)
    Forbidden,
    /// 404: Something the request names (in its path or body) does not exist. (Added: not in the vendor's document.)
    NotFound,
    /// 409: The request conflicts with what exists: a name or id taken, a system role, a last role. (Added: not in the vendor's document.)
    Conflict,
}

impl IntoResponse
for AddMembersToCurrentOrgBatchApiV1OrgsCurrentMembersBatchPostResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => server::json(200, &body),
            Self::UnprocessableEntity(body) => server::json(422, &body),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
            Self::NotFound => server::empty(404),
            Self::Conflict => server::empty(409),
        }
    }
}

/// What `remove_member_from_current_org_api_v1_orgs_current_members_identity_id_delete` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct RemoveMemberFromCurrentOrgApiV1OrgsCurrentMembersIdentityIdDeleteRequest {
    /// The path parameters.
    pub path: Valid<
        models::RemoveMemberFromCurrentOrgApiV1OrgsCurrentMembersIdentityIdDeletePath,
    >,
}

/// What `remove_member_from_current_org_api_v1_orgs_current_members_identity_id_delete` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum RemoveMemberFromCurrentOrgApiV1OrgsCurrentMembersIdentityIdDeleteResponse {
    /// 200: Successful Response
    Ok(Value),
    /// 422: Validation Error
    UnprocessableEntity(models::HttpValidationError),
    /// 401: Not authenticated: no API key, or one LangSmith does not know. (Added: not in the vendor's document.)
    Unauthorized,
    /// 403: The key's identity may not do this in the organization or workspace named. (Added: not in the vendor's document.)
    Forbidden,
    /// 404: Something the request names (in its path or body) does not exist. (Added: not in the vendor's document.)
    NotFound,
    /// 409: The request conflicts with what exists: a name or id taken, a system role, a last role. (Added: not in the vendor's document.)
    Conflict,
}

impl IntoResponse
for RemoveMemberFromCurrentOrgApiV1OrgsCurrentMembersIdentityIdDeleteResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => server::json(200, &body),
            Self::UnprocessableEntity(body) => server::json(422, &body),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
            Self::NotFound => server::empty(404),
            Self::Conflict => server::empty(409),
        }
    }
}

/// What `update_current_org_member_api_v1_orgs_current_members_identity_id_patch` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct UpdateCurrentOrgMemberApiV1OrgsCurrentMembersIdentityIdPatchRequest {
    /// The path parameters.
    pub path: Valid<
        models::UpdateCurrentOrgMemberApiV1OrgsCurrentMembersIdentityIdPatchPath,
    >,
    /// The body.
    pub body: Valid<models::OrgIdentityPatch>,
}

/// What `update_current_org_member_api_v1_orgs_current_members_identity_id_patch` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum UpdateCurrentOrgMemberApiV1OrgsCurrentMembersIdentityIdPatchResponse {
    /// 200: Successful Response
    Ok(Value),
    /// 422: Validation Error
    UnprocessableEntity(models::HttpValidationError),
    /// 401: Not authenticated: no API key, or one LangSmith does not know. (Added: not in the vendor's document.)
    Unauthorized,
    /// 403: The key's identity may not do this in the organization or workspace named. (Added: not in the vendor's document.)
    Forbidden,
    /// 404: Something the request names (in its path or body) does not exist. (Added: not in the vendor's document.)
    NotFound,
    /// 409: The request conflicts with what exists: a name or id taken, a system role, a last role. (Added: not in the vendor's document.)
    Conflict,
}

impl IntoResponse
for UpdateCurrentOrgMemberApiV1OrgsCurrentMembersIdentityIdPatchResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => server::json(200, &body),
            Self::UnprocessableEntity(body) => server::json(422, &body),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
            Self::NotFound => server::empty(404),
            Self::Conflict => server::empty(409),
        }
    }
}

/// What `get_current_workspace_members_api_v1_workspaces_current_members_get` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct GetCurrentWorkspaceMembersApiV1WorkspacesCurrentMembersGetRequest {}

/// What `get_current_workspace_members_api_v1_workspaces_current_members_get` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum GetCurrentWorkspaceMembersApiV1WorkspacesCurrentMembersGetResponse {
    /// 200: Successful Response
    Ok(models::TenantMembers),
    /// 401: Not authenticated: no API key, or one LangSmith does not know. (Added: not in the vendor's document.)
    Unauthorized,
    /// 403: The key's identity may not do this in the organization or workspace named. (Added: not in the vendor's document.)
    Forbidden,
    /// 404: Something the request names (in its path or body) does not exist. (Added: not in the vendor's document.)
    NotFound,
    /// 409: The request conflicts with what exists: a name or id taken, a system role, a last role. (Added: not in the vendor's document.)
    Conflict,
}

impl IntoResponse
for GetCurrentWorkspaceMembersApiV1WorkspacesCurrentMembersGetResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => server::json(200, &body),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
            Self::NotFound => server::empty(404),
            Self::Conflict => server::empty(409),
        }
    }
}

/// What `add_member_to_current_workspace_api_v1_workspaces_current_members_post` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct AddMemberToCurrentWorkspaceApiV1WorkspacesCurrentMembersPostRequest {
    /// The body.
    pub body: Valid<models::IdentityCreate>,
}

/// What `add_member_to_current_workspace_api_v1_workspaces_current_members_post` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum AddMemberToCurrentWorkspaceApiV1WorkspacesCurrentMembersPostResponse {
    /// 200: Successful Response
    Ok(Box<models::Identity>),
    /// 422: Validation Error
    UnprocessableEntity(models::HttpValidationError),
    /// 401: Not authenticated: no API key, or one LangSmith does not know. (Added: not in the vendor's document.)
    Unauthorized,
    /// 403: The key's identity may not do this in the organization or workspace named. (Added: not in the vendor's document.)
    Forbidden,
    /// 404: Something the request names (in its path or body) does not exist. (Added: not in the vendor's document.)
    NotFound,
    /// 409: The request conflicts with what exists: a name or id taken, a system role, a last role. (Added: not in the vendor's document.)
    Conflict,
}

impl IntoResponse
for AddMemberToCurrentWorkspaceApiV1WorkspacesCurrentMembersPostResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => server::json(200, &body),
            Self::UnprocessableEntity(body) => server::json(422, &body),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
            Self::NotFound => server::empty(404),
            Self::Conflict => server::empty(409),
        }
    }
}

/// What `get_current_active_workspace_members_api_v1_workspaces_current_members_active_get` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct GetCurrentActiveWorkspaceMembersApiV1WorkspacesCurrentMembersActiveGetRequest {
    /// The query parameters.
    pub query: Valid<
        models::GetCurrentActiveWorkspaceMembersApiV1WorkspacesCurrentMembersActiveGetQuery,
    >,
}

/// What `get_current_active_workspace_members_api_v1_workspaces_current_members_active_get` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum GetCurrentActiveWorkspaceMembersApiV1WorkspacesCurrentMembersActiveGetResponse {
    /// 200: Successful Response
    Ok(Vec<models::MemberIdentity>),
    /// 422: Validation Error
    UnprocessableEntity(models::HttpValidationError),
    /// 401: Not authenticated: no API key, or one LangSmith does not know. (Added: not in the vendor's document.)
    Unauthorized,
    /// 403: The key's identity may not do this in the organization or workspace named. (Added: not in the vendor's document.)
    Forbidden,
    /// 404: Something the request names (in its path or body) does not exist. (Added: not in the vendor's document.)
    NotFound,
    /// 409: The request conflicts with what exists: a name or id taken, a system role, a last role. (Added: not in the vendor's document.)
    Conflict,
}

impl IntoResponse
for GetCurrentActiveWorkspaceMembersApiV1WorkspacesCurrentMembersActiveGetResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => server::json(200, &body),
            Self::UnprocessableEntity(body) => server::json(422, &body),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
            Self::NotFound => server::empty(404),
            Self::Conflict => server::empty(409),
        }
    }
}

/// What `get_current_pending_workspace_members_api_v1_workspaces_current_members_pending_get` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct GetCurrentPendingWorkspaceMembersApiV1WorkspacesCurrentMembersPendingGetRequest {
    /// The query parameters.
    pub query: Valid<
        models::GetCurrentPendingWorkspaceMembersApiV1WorkspacesCurrentMembersPendingGetQuery,
    >,
}

/// What `get_current_pending_workspace_members_api_v1_workspaces_current_members_pending_get` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum GetCurrentPendingWorkspaceMembersApiV1WorkspacesCurrentMembersPendingGetResponse {
    /// 200: Successful Response
    Ok(Vec<models::PendingIdentity>),
    /// 422: Validation Error
    UnprocessableEntity(models::HttpValidationError),
    /// 401: Not authenticated: no API key, or one LangSmith does not know. (Added: not in the vendor's document.)
    Unauthorized,
    /// 403: The key's identity may not do this in the organization or workspace named. (Added: not in the vendor's document.)
    Forbidden,
    /// 404: Something the request names (in its path or body) does not exist. (Added: not in the vendor's document.)
    NotFound,
    /// 409: The request conflicts with what exists: a name or id taken, a system role, a last role. (Added: not in the vendor's document.)
    Conflict,
}

impl IntoResponse
for GetCurrentPendingWorkspaceMembersApiV1WorkspacesCurrentMembersPendingGetResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => server::json(200, &body),
            Self::UnprocessableEntity(body) => server::json(422, &body),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
            Self::NotFound => server::empty(404),
            Self::Conflict => server::empty(409),
        }
    }
}

/// What `add_members_to_current_workspace_batch_api_v1_workspaces_current_members_batch_post` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct AddMembersToCurrentWorkspaceBatchApiV1WorkspacesCurrentMembersBatchPostRequest {
    /// The body.
    pub body: Valid<
        models::AddMembersToCurrentWorkspaceBatchApiV1WorkspacesCurrentMembersBatchPostBody,
    >,
}

/// What `add_members_to_current_workspace_batch_api_v1_workspaces_current_members_batch_post` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum AddMembersToCurrentWorkspaceBatchApiV1WorkspacesCurrentMembersBatchPostResponse {
    /// 200: Successful Response
    Ok(Vec<models::PendingIdentity>),
    /// 422: Validation Error
    UnprocessableEntity(models::HttpValidationError),
    /// 401: Not authenticated: no API key, or one LangSmith does not know. (Added: not in the vendor's document.)
    Unauthorized,
    /// 403: The key's identity may not do this in the organization or workspace named. (Added: not in the vendor's document.)
    Forbidden,
    /// 404: Something the request names (in its path or body) does not exist. (Added: not in the vendor's document.)
    NotFound,
    /// 409: The request conflicts with what exists: a name or id taken, a system role, a last role. (Added: not in the vendor's document.)
    Conflict,
}

impl IntoResponse
for AddMembersToCurrentWorkspaceBatchApiV1WorkspacesCurrentMembersBatchPostResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => server::json(200, &body),
            Self::UnprocessableEntity(body) => server::json(422, &body),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
            Self::NotFound => server::empty(404),
            Self::Conflict => server::empty(409),
        }
    }
}

/// What `delete_current_workspace_member_api_v1_workspaces_current_members_identity_id_delete` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct DeleteCurrentWorkspaceMemberApiV1WorkspacesCurrentMembersIdentityIdDeleteRequest {
    /// The path parameters.
    pub path: Valid<
        models::DeleteCurrentWorkspaceMemberApiV1WorkspacesCurrentMembersIdentityIdDeletePath,
    >,
}

/// What `delete_current_workspace_member_api_v1_workspaces_current_members_identity_id_delete` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum DeleteCurrentWorkspaceMemberApiV1WorkspacesCurrentMembersIdentityIdDeleteResponse {
    /// 200: Successful Response
    Ok(Value),
    /// 422: Validation Error
    UnprocessableEntity(models::HttpValidationError),
    /// 401: Not authenticated: no API key, or one LangSmith does not know. (Added: not in the vendor's document.)
    Unauthorized,
    /// 403: The key's identity may not do this in the organization or workspace named. (Added: not in the vendor's document.)
    Forbidden,
    /// 404: Something the request names (in its path or body) does not exist. (Added: not in the vendor's document.)
    NotFound,
    /// 409: The request conflicts with what exists: a name or id taken, a system role, a last role. (Added: not in the vendor's document.)
    Conflict,
}

impl IntoResponse
for DeleteCurrentWorkspaceMemberApiV1WorkspacesCurrentMembersIdentityIdDeleteResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => server::json(200, &body),
            Self::UnprocessableEntity(body) => server::json(422, &body),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
            Self::NotFound => server::empty(404),
            Self::Conflict => server::empty(409),
        }
    }
}

/// What `patch_current_workspace_member_api_v1_workspaces_current_members_identity_id_patch` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct PatchCurrentWorkspaceMemberApiV1WorkspacesCurrentMembersIdentityIdPatchRequest {
    /// The path parameters.
    pub path: Valid<
        models::PatchCurrentWorkspaceMemberApiV1WorkspacesCurrentMembersIdentityIdPatchPath,
    >,
    /// The body.
    pub body: Valid<models::IdentityPatch>,
}

/// What `patch_current_workspace_member_api_v1_workspaces_current_members_identity_id_patch` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum PatchCurrentWorkspaceMemberApiV1WorkspacesCurrentMembersIdentityIdPatchResponse {
    /// 200: Successful Response
    Ok(Value),
    /// 422: Validation Error
    UnprocessableEntity(models::HttpValidationError),
    /// 401: Not authenticated: no API key, or one LangSmith does not know. (Added: not in the vendor's document.)
    Unauthorized,
    /// 403: The key's identity may not do this in the organization or workspace named. (Added: not in the vendor's document.)
    Forbidden,
    /// 404: Something the request names (in its path or body) does not exist. (Added: not in the vendor's document.)
    NotFound,
    /// 409: The request conflicts with what exists: a name or id taken, a system role, a last role. (Added: not in the vendor's document.)
    Conflict,
}

impl IntoResponse
for PatchCurrentWorkspaceMemberApiV1WorkspacesCurrentMembersIdentityIdPatchResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => server::json(200, &body),
            Self::UnprocessableEntity(body) => server::json(422, &body),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
            Self::NotFound => server::empty(404),
            Self::Conflict => server::empty(409),
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
    async fn list_workspaces_api_v1_workspaces_get(
        &self,
        _: Credentials,
        _: ListWorkspacesApiV1WorkspacesGetRequest,
    ) -> Result<ListWorkspacesApiV1WorkspacesGetResponse, Self::Error> {
        Err(server::NotImplemented)
    }
    async fn create_workspace_api_v1_workspaces_post(
        &self,
        _: Credentials,
        _: CreateWorkspaceApiV1WorkspacesPostRequest,
    ) -> Result<CreateWorkspaceApiV1WorkspacesPostResponse, Self::Error> {
        Err(server::NotImplemented)
    }
    async fn delete_workspace_api_v1_workspaces_workspace_id_delete(
        &self,
        _: Credentials,
        _: DeleteWorkspaceApiV1WorkspacesWorkspaceIdDeleteRequest,
    ) -> Result<DeleteWorkspaceApiV1WorkspacesWorkspaceIdDeleteResponse, Self::Error> {
        Err(server::NotImplemented)
    }
    async fn patch_workspace_api_v1_workspaces_workspace_id_patch(
        &self,
        _: Credentials,
        _: PatchWorkspaceApiV1WorkspacesWorkspaceIdPatchRequest,
    ) -> Result<PatchWorkspaceApiV1WorkspacesWorkspaceIdPatchResponse, Self::Error> {
        Err(server::NotImplemented)
    }
    async fn list_organizations_api_v1_orgs_get(
        &self,
        _: Credentials,
        _: ListOrganizationsApiV1OrgsGetRequest,
    ) -> Result<ListOrganizationsApiV1OrgsGetResponse, Self::Error> {
        Err(server::NotImplemented)
    }
    async fn create_organization_api_v1_orgs_post(
        &self,
        _: Credentials,
        _: CreateOrganizationApiV1OrgsPostRequest,
    ) -> Result<CreateOrganizationApiV1OrgsPostResponse, Self::Error> {
        Err(server::NotImplemented)
    }
    async fn get_organization_info_api_v1_orgs_current_get(
        &self,
        _: Credentials,
        _: GetOrganizationInfoApiV1OrgsCurrentGetRequest,
    ) -> Result<GetOrganizationInfoApiV1OrgsCurrentGetResponse, Self::Error> {
        Err(server::NotImplemented)
    }
    async fn get_current_organization_info_api_v1_orgs_current_info_get(
        &self,
        _: Credentials,
        _: GetCurrentOrganizationInfoApiV1OrgsCurrentInfoGetRequest,
    ) -> Result<GetCurrentOrganizationInfoApiV1OrgsCurrentInfoGetResponse, Self::Error> {
        Err(server::NotImplemented)
    }
    async fn update_current_organization_info_api_v1_orgs_current_info_patch(
        &self,
        _: Credentials,
        _: UpdateCurrentOrganizationInfoApiV1OrgsCurrentInfoPatchRequest,
    ) -> Result<
        UpdateCurrentOrganizationInfoApiV1OrgsCurrentInfoPatchResponse,
        Self::Error,
    > {
        Err(server::NotImplemented)
    }
    async fn list_organization_roles_api_v1_orgs_current_roles_get(
        &self,
        _: Credentials,
        _: ListOrganizationRolesApiV1OrgsCurrentRolesGetRequest,
    ) -> Result<ListOrganizationRolesApiV1OrgsCurrentRolesGetResponse, Self::Error> {
        Err(server::NotImplemented)
    }
    async fn create_organization_roles_api_v1_orgs_current_roles_post(
        &self,
        _: Credentials,
        _: CreateOrganizationRolesApiV1OrgsCurrentRolesPostRequest,
    ) -> Result<CreateOrganizationRolesApiV1OrgsCurrentRolesPostResponse, Self::Error> {
        Err(server::NotImplemented)
    }
    async fn delete_organization_roles_api_v1_orgs_current_roles_role_id_delete(
        &self,
        _: Credentials,
        _: DeleteOrganizationRolesApiV1OrgsCurrentRolesRoleIdDeleteRequest,
    ) -> Result<
        DeleteOrganizationRolesApiV1OrgsCurrentRolesRoleIdDeleteResponse,
        Self::Error,
    > {
        Err(server::NotImplemented)
    }
    async fn update_organization_roles_api_v1_orgs_current_roles_role_id_patch(
        &self,
        _: Credentials,
        _: UpdateOrganizationRolesApiV1OrgsCurrentRolesRoleIdPatchRequest,
    ) -> Result<
        UpdateOrganizationRolesApiV1OrgsCurrentRolesRoleIdPatchResponse,
        Self::Error,
    > {
        Err(server::NotImplemented)
    }
    async fn list_permissions_api_v1_orgs_permissions_get(
        &self,
        _: Credentials,
        _: ListPermissionsApiV1OrgsPermissionsGetRequest,
    ) -> Result<ListPermissionsApiV1OrgsPermissionsGetResponse, Self::Error> {
        Err(server::NotImplemented)
    }
    async fn get_current_org_members_api_v1_orgs_current_members_get(
        &self,
        _: Credentials,
        _: GetCurrentOrgMembersApiV1OrgsCurrentMembersGetRequest,
    ) -> Result<GetCurrentOrgMembersApiV1OrgsCurrentMembersGetResponse, Self::Error> {
        Err(server::NotImplemented)
    }
    async fn add_member_to_current_org_api_v1_orgs_current_members_post(
        &self,
        _: Credentials,
        _: AddMemberToCurrentOrgApiV1OrgsCurrentMembersPostRequest,
    ) -> Result<AddMemberToCurrentOrgApiV1OrgsCurrentMembersPostResponse, Self::Error> {
        Err(server::NotImplemented)
    }
    async fn get_current_active_org_members_api_v1_orgs_current_members_active_get(
        &self,
        _: Credentials,
        _: GetCurrentActiveOrgMembersApiV1OrgsCurrentMembersActiveGetRequest,
    ) -> Result<
        GetCurrentActiveOrgMembersApiV1OrgsCurrentMembersActiveGetResponse,
        Self::Error,
    > {
        Err(server::NotImplemented)
    }
    async fn get_current_pending_org_members_api_v1_orgs_current_members_pending_get(
        &self,
        _: Credentials,
        _: GetCurrentPendingOrgMembersApiV1OrgsCurrentMembersPendingGetRequest,
    ) -> Result<
        GetCurrentPendingOrgMembersApiV1OrgsCurrentMembersPendingGetResponse,
        Self::Error,
    > {
        Err(server::NotImplemented)
    }
    async fn add_members_to_current_org_batch_api_v1_orgs_current_members_batch_post(
        &self,
        _: Credentials,
        _: AddMembersToCurrentOrgBatchApiV1OrgsCurrentMembersBatchPostRequest,
    ) -> Result<
        AddMembersToCurrentOrgBatchApiV1OrgsCurrentMembersBatchPostResponse,
        Self::Error,
    > {
        Err(server::NotImplemented)
    }
    async fn remove_member_from_current_org_api_v1_orgs_current_members_identity_id_delete(
        &self,
        _: Credentials,
        _: RemoveMemberFromCurrentOrgApiV1OrgsCurrentMembersIdentityIdDeleteRequest,
    ) -> Result<
        RemoveMemberFromCurrentOrgApiV1OrgsCurrentMembersIdentityIdDeleteResponse,
        Self::Error,
    > {
        Err(server::NotImplemented)
    }
    async fn update_current_org_member_api_v1_orgs_current_members_identity_id_patch(
        &self,
        _: Credentials,
        _: UpdateCurrentOrgMemberApiV1OrgsCurrentMembersIdentityIdPatchRequest,
    ) -> Result<
        UpdateCurrentOrgMemberApiV1OrgsCurrentMembersIdentityIdPatchResponse,
        Self::Error,
    > {
        Err(server::NotImplemented)
    }
    async fn get_current_workspace_members_api_v1_workspaces_current_members_get(
        &self,
        _: Credentials,
        _: GetCurrentWorkspaceMembersApiV1WorkspacesCurrentMembersGetRequest,
    ) -> Result<
        GetCurrentWorkspaceMembersApiV1WorkspacesCurrentMembersGetResponse,
        Self::Error,
    > {
        Err(server::NotImplemented)
    }
    async fn add_member_to_current_workspace_api_v1_workspaces_current_members_post(
        &self,
        _: Credentials,
        _: AddMemberToCurrentWorkspaceApiV1WorkspacesCurrentMembersPostRequest,
    ) -> Result<
        AddMemberToCurrentWorkspaceApiV1WorkspacesCurrentMembersPostResponse,
        Self::Error,
    > {
        Err(server::NotImplemented)
    }
    async fn get_current_active_workspace_members_api_v1_workspaces_current_members_active_get(
        &self,
        _: Credentials,
        _: GetCurrentActiveWorkspaceMembersApiV1WorkspacesCurrentMembersActiveGetRequest,
    ) -> Result<
        GetCurrentActiveWorkspaceMembersApiV1WorkspacesCurrentMembersActiveGetResponse,
        Self::Error,
    > {
        Err(server::NotImplemented)
    }
    async fn get_current_pending_workspace_members_api_v1_workspaces_current_members_pending_get(
        &self,
        _: Credentials,
        _: GetCurrentPendingWorkspaceMembersApiV1WorkspacesCurrentMembersPendingGetRequest,
    ) -> Result<
        GetCurrentPendingWorkspaceMembersApiV1WorkspacesCurrentMembersPendingGetResponse,
        Self::Error,
    > {
        Err(server::NotImplemented)
    }
    async fn add_members_to_current_workspace_batch_api_v1_workspaces_current_members_batch_post(
        &self,
        _: Credentials,
        _: AddMembersToCurrentWorkspaceBatchApiV1WorkspacesCurrentMembersBatchPostRequest,
    ) -> Result<
        AddMembersToCurrentWorkspaceBatchApiV1WorkspacesCurrentMembersBatchPostResponse,
        Self::Error,
    > {
        Err(server::NotImplemented)
    }
    async fn delete_current_workspace_member_api_v1_workspaces_current_members_identity_id_delete(
        &self,
        _: Credentials,
        _: DeleteCurrentWorkspaceMemberApiV1WorkspacesCurrentMembersIdentityIdDeleteRequest,
    ) -> Result<
        DeleteCurrentWorkspaceMemberApiV1WorkspacesCurrentMembersIdentityIdDeleteResponse,
        Self::Error,
    > {
        Err(server::NotImplemented)
    }
    async fn patch_current_workspace_member_api_v1_workspaces_current_members_identity_id_patch(
        &self,
        _: Credentials,
        _: PatchCurrentWorkspaceMemberApiV1WorkspacesCurrentMembersIdentityIdPatchRequest,
    ) -> Result<
        PatchCurrentWorkspaceMemberApiV1WorkspacesCurrentMembersIdentityIdPatchResponse,
        Self::Error,
    > {
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
            "/api/v1/orgs",
            routing::get(handle_list_organizations_api_v1_orgs_get::<A>)
                .post(handle_create_organization_api_v1_orgs_post::<A>),
        )
        .route(
            "/api/v1/orgs/current",
            routing::get(handle_get_organization_info_api_v1_orgs_current_get::<A>),
        )
        .route(
            "/api/v1/orgs/current/info",
            routing::get(
                    handle_get_current_organization_info_api_v1_orgs_current_info_get::<
                        A,
                    >,
                )
                .patch(
                    handle_update_current_organization_info_api_v1_orgs_current_info_patch::<
                        A,
                    >,
                ),
        )
        .route(
            "/api/v1/orgs/current/members",
            routing::get(
                    handle_get_current_org_members_api_v1_orgs_current_members_get::<A>,
                )
                .post(
                    handle_add_member_to_current_org_api_v1_orgs_current_members_post::<
                        A,
                    >,
                ),
        )
        .route(
            "/api/v1/orgs/current/members/active",
            routing::get(
                handle_get_current_active_org_members_api_v1_orgs_current_members_active_get::<
                    A,
                >,
            ),
        )
        .route(
            "/api/v1/orgs/current/members/batch",
            routing::post(
                handle_add_members_to_current_org_batch_api_v1_orgs_current_members_batch_post::<
                    A,
                >,
            ),
        )
        .route(
            "/api/v1/orgs/current/members/pending",
            routing::get(
                handle_get_current_pending_org_members_api_v1_orgs_current_members_pending_get::<
                    A,
                >,
            ),
        )
        .route(
            "/api/v1/orgs/current/members/{p0}",
            routing::delete(
                    handle_remove_member_from_current_org_api_v1_orgs_current_members_identity_id_delete::<
                        A,
                    >,
                )
                .patch(
                    handle_update_current_org_member_api_v1_orgs_current_members_identity_id_patch::<
                        A,
                    >,
                ),
        )
        .route(
            "/api/v1/orgs/current/roles",
            routing::get(
                    handle_list_organization_roles_api_v1_orgs_current_roles_get::<A>,
                )
                .post(
                    handle_create_organization_roles_api_v1_orgs_current_roles_post::<A>,
                ),
        )
        .route(
            "/api/v1/orgs/current/roles/{p0}",
            routing::delete(
                    handle_delete_organization_roles_api_v1_orgs_current_roles_role_id_delete::<
                        A,
                    >,
                )
                .patch(
                    handle_update_organization_roles_api_v1_orgs_current_roles_role_id_patch::<
                        A,
                    >,
                ),
        )
        .route(
            "/api/v1/orgs/permissions",
            routing::get(handle_list_permissions_api_v1_orgs_permissions_get::<A>),
        )
        .route(
            "/api/v1/workspaces",
            routing::get(handle_list_workspaces_api_v1_workspaces_get::<A>)
                .post(handle_create_workspace_api_v1_workspaces_post::<A>),
        )
        .route(
            "/api/v1/workspaces/current/members",
            routing::get(
                    handle_get_current_workspace_members_api_v1_workspaces_current_members_get::<
                        A,
                    >,
                )
                .post(
                    handle_add_member_to_current_workspace_api_v1_workspaces_current_members_post::<
                        A,
                    >,
                ),
        )
        .route(
            "/api/v1/workspaces/current/members/active",
            routing::get(
                handle_get_current_active_workspace_members_api_v1_workspaces_current_members_active_get::<
                    A,
                >,
            ),
        )
        .route(
            "/api/v1/workspaces/current/members/batch",
            routing::post(
                handle_add_members_to_current_workspace_batch_api_v1_workspaces_current_members_batch_post::<
                    A,
                >,
            ),
        )
        .route(
            "/api/v1/workspaces/current/members/pending",
            routing::get(
                handle_get_current_pending_workspace_members_api_v1_workspaces_current_members_pending_get::<
                    A,
                >,
            ),
        )
        .route(
            "/api/v1/workspaces/current/members/{p0}",
            routing::delete(
                    handle_delete_current_workspace_member_api_v1_workspaces_current_members_identity_id_delete::<
                        A,
                    >,
                )
                .patch(
                    handle_patch_current_workspace_member_api_v1_workspaces_current_members_identity_id_patch::<
                        A,
                    >,
                ),
        )
        .route(
            "/api/v1/workspaces/{p0}",
            routing::delete(
                    handle_delete_workspace_api_v1_workspaces_workspace_id_delete::<A>,
                )
                .patch(handle_patch_workspace_api_v1_workspaces_workspace_id_patch::<A>),
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

async fn handle_list_workspaces_api_v1_workspaces_get<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (parts, _) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| {
                credentials.api_key.is_some() || credentials.organization_id.is_some()
                    || credentials.bearer_auth.is_some()
            },
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::answering(422, 422);
    let query = checks
        .parameters::<
            models::ListWorkspacesApiV1WorkspacesGetQuery,
        >(&query, &[], "/query");
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let Some(query) = query else {
        return server::internal_error();
    };
    let request = ListWorkspacesApiV1WorkspacesGetRequest {
        query,
    };
    served
        .api
        .list_workspaces_api_v1_workspaces_get(principal, request)
        .await
        .into_response()
}

async fn handle_create_workspace_api_v1_workspaces_post<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (parts, body) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| {
                credentials.api_key.is_some() || credentials.organization_id.is_some()
                    || credentials.bearer_auth.is_some()
            },
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::answering(422, 422);
    let body = match checks
        .json_body::<
            models::WorkspaceCreate,
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
    let request = CreateWorkspaceApiV1WorkspacesPostRequest {
        body,
    };
    served
        .api
        .create_workspace_api_v1_workspaces_post(principal, request)
        .await
        .into_response()
}

async fn handle_delete_workspace_api_v1_workspaces_workspace_id_delete<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (mut parts, _) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| {
                credentials.api_key.is_some() || credentials.tenant_id.is_some()
                    || credentials.bearer_auth.is_some()
            },
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::answering(422, 422);
    let path = checks
        .parameters::<
            models::DeleteWorkspaceApiV1WorkspacesWorkspaceIdDeletePath,
        >(
            &server::path_values(&mut parts, &served, &["workspace_id"]).await,
            &[],
            "/path",
        );
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let Some(path) = path else {
        return server::internal_error();
    };
    let request = DeleteWorkspaceApiV1WorkspacesWorkspaceIdDeleteRequest {
        path,
    };
    served
        .api
        .delete_workspace_api_v1_workspaces_workspace_id_delete(principal, request)
        .await
        .into_response()
}

async fn handle_patch_workspace_api_v1_workspaces_workspace_id_patch<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (mut parts, body) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| {
                credentials.api_key.is_some() || credentials.tenant_id.is_some()
                    || credentials.bearer_auth.is_some()
            },
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::answering(422, 422);
    let path = checks
        .parameters::<
            models::PatchWorkspaceApiV1WorkspacesWorkspaceIdPatchPath,
        >(
            &server::path_values(&mut parts, &served, &["workspace_id"]).await,
            &[],
            "/path",
        );
    let body = match checks
        .json_body::<
            models::WorkspacePatch,
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
    let request = PatchWorkspaceApiV1WorkspacesWorkspaceIdPatchRequest {
        path,
        body,
    };
    served
        .api
        .patch_workspace_api_v1_workspaces_workspace_id_patch(principal, request)
        .await
        .into_response()
}

async fn handle_list_organizations_api_v1_orgs_get<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (parts, _) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| credentials.bearer_auth.is_some(),
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::answering(422, 422);
    let query = checks
        .parameters::<models::ListOrganizationsApiV1OrgsGetQuery>(&query, &[], "/query");
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let Some(query) = query else {
        return server::internal_error();
    };
    let request = ListOrganizationsApiV1OrgsGetRequest {
        query,
    };
    served
        .api
        .list_organizations_api_v1_orgs_get(principal, request)
        .await
        .into_response()
}

async fn handle_create_organization_api_v1_orgs_post<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (parts, body) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| credentials.bearer_auth.is_some(),
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::answering(422, 422);
    let body = match checks
        .json_body::<
            models::OrganizationCreate,
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
    let request = CreateOrganizationApiV1OrgsPostRequest {
        body,
    };
    served
        .api
        .create_organization_api_v1_orgs_post(principal, request)
        .await
        .into_response()
}

async fn handle_get_organization_info_api_v1_orgs_current_get<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (parts, _) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| {
                credentials.api_key.is_some() || credentials.organization_id.is_some()
                    || credentials.bearer_auth.is_some()
            },
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let request = GetOrganizationInfoApiV1OrgsCurrentGetRequest {
    };
    served
        .api
        .get_organization_info_api_v1_orgs_current_get(principal, request)
        .await
        .into_response()
}

async fn handle_get_current_organization_info_api_v1_orgs_current_info_get<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (parts, _) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| {
                credentials.api_key.is_some() || credentials.organization_id.is_some()
                    || credentials.bearer_auth.is_some()
            },
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let request = GetCurrentOrganizationInfoApiV1OrgsCurrentInfoGetRequest {
    };
    served
        .api
        .get_current_organization_info_api_v1_orgs_current_info_get(principal, request)
        .await
        .into_response()
}

async fn handle_update_current_organization_info_api_v1_orgs_current_info_patch<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (parts, body) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| {
                credentials.api_key.is_some() || credentials.organization_id.is_some()
                    || credentials.bearer_auth.is_some()
            },
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::answering(422, 422);
    let body = match checks
        .json_body::<
            models::OrganizationUpdate,
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
    let request = UpdateCurrentOrganizationInfoApiV1OrgsCurrentInfoPatchRequest {
        body,
    };
    served
        .api
        .update_current_organization_info_api_v1_orgs_current_info_patch(
            principal,
            request,
        )
        .await
        .into_response()
}

async fn handle_list_organization_roles_api_v1_orgs_current_roles_get<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (parts, _) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| {
                credentials.api_key.is_some() || credentials.organization_id.is_some()
                    || credentials.bearer_auth.is_some()
            },
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let request = ListOrganizationRolesApiV1OrgsCurrentRolesGetRequest {
    };
    served
        .api
        .list_organization_roles_api_v1_orgs_current_roles_get(principal, request)
        .await
        .into_response()
}

async fn handle_create_organization_roles_api_v1_orgs_current_roles_post<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (parts, body) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| {
                credentials.api_key.is_some() || credentials.organization_id.is_some()
                    || credentials.bearer_auth.is_some()
            },
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::answering(422, 422);
    let body = match checks
        .json_body::<
            models::CreateRoleRequest,
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
    let request = CreateOrganizationRolesApiV1OrgsCurrentRolesPostRequest {
        body,
    };
    served
        .api
        .create_organization_roles_api_v1_orgs_current_roles_post(principal, request)
        .await
        .into_response()
}

async fn handle_delete_organization_roles_api_v1_orgs_current_roles_role_id_delete<
    A: Api,
>(State(served): State<Arc<Served<A>>>, request: Request) -> Response {
    let (mut parts, _) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| {
                credentials.api_key.is_some() || credentials.organization_id.is_some()
                    || credentials.bearer_auth.is_some()
            },
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::answering(422, 422);
    let path = checks
        .parameters::<
            models::DeleteOrganizationRolesApiV1OrgsCurrentRolesRoleIdDeletePath,
        >(&server::path_values(&mut parts, &served, &["role_id"]).await, &[], "/path");
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let Some(path) = path else {
        return server::internal_error();
    };
    let request = DeleteOrganizationRolesApiV1OrgsCurrentRolesRoleIdDeleteRequest {
        path,
    };
    served
        .api
        .delete_organization_roles_api_v1_orgs_current_roles_role_id_delete(
            principal,
            request,
        )
        .await
        .into_response()
}

async fn handle_update_organization_roles_api_v1_orgs_current_roles_role_id_patch<
    A: Api,
>(State(served): State<Arc<Served<A>>>, request: Request) -> Response {
    let (mut parts, body) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| {
                credentials.api_key.is_some() || credentials.organization_id.is_some()
                    || credentials.bearer_auth.is_some()
            },
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::answering(422, 422);
    let path = checks
        .parameters::<
            models::UpdateOrganizationRolesApiV1OrgsCurrentRolesRoleIdPatchPath,
        >(&server::path_values(&mut parts, &served, &["role_id"]).await, &[], "/path");
    let body = match checks
        .json_body::<
            models::UpdateRoleRequest,
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
    let request = UpdateOrganizationRolesApiV1OrgsCurrentRolesRoleIdPatchRequest {
        path,
        body,
    };
    served
        .api
        .update_organization_roles_api_v1_orgs_current_roles_role_id_patch(
            principal,
            request,
        )
        .await
        .into_response()
}

async fn handle_list_permissions_api_v1_orgs_permissions_get<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (parts, _) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| credentials.bearer_auth.is_some(),
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let request = ListPermissionsApiV1OrgsPermissionsGetRequest {
    };
    served
        .api
        .list_permissions_api_v1_orgs_permissions_get(principal, request)
        .await
        .into_response()
}

async fn handle_get_current_org_members_api_v1_orgs_current_members_get<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (parts, _) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| {
                credentials.api_key.is_some() || credentials.organization_id.is_some()
                    || credentials.bearer_auth.is_some()
            },
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let request = GetCurrentOrgMembersApiV1OrgsCurrentMembersGetRequest {
    };
    served
        .api
        .get_current_org_members_api_v1_orgs_current_members_get(principal, request)
        .await
        .into_response()
}

async fn handle_add_member_to_current_org_api_v1_orgs_current_members_post<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (parts, body) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| {
                credentials.api_key.is_some() || credentials.organization_id.is_some()
                    || credentials.bearer_auth.is_some()
            },
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::answering(422, 422);
    let body = match checks
        .json_body::<
            models::PendingIdentityCreate,
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
    let request = AddMemberToCurrentOrgApiV1OrgsCurrentMembersPostRequest {
        body,
    };
    served
        .api
        .add_member_to_current_org_api_v1_orgs_current_members_post(principal, request)
        .await
        .into_response()
}

async fn handle_get_current_active_org_members_api_v1_orgs_current_members_active_get<
    A: Api,
>(State(served): State<Arc<Served<A>>>, request: Request) -> Response {
    let (parts, _) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| {
                credentials.api_key.is_some() || credentials.organization_id.is_some()
                    || credentials.bearer_auth.is_some()
            },
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::answering(422, 422);
    let query = checks
        .parameters::<
            models::GetCurrentActiveOrgMembersApiV1OrgsCurrentMembersActiveGetQuery,
        >(
            &query,
            &[
                ("emails", ArrayStyle::Repeated),
                ("ls_user_ids", ArrayStyle::Repeated),
                ("user_ids", ArrayStyle::Repeated),
            ],
            "/query",
        );
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let Some(query) = query else {
        return server::internal_error();
    };
    let request = GetCurrentActiveOrgMembersApiV1OrgsCurrentMembersActiveGetRequest {
        query,
    };
    served
        .api
        .get_current_active_org_members_api_v1_orgs_current_members_active_get(
            principal,
            request,
        )
        .await
        .into_response()
}

async fn handle_get_current_pending_org_members_api_v1_orgs_current_members_pending_get<
    A: Api,
>(State(served): State<Arc<Served<A>>>, request: Request) -> Response {
    let (parts, _) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| {
                credentials.api_key.is_some() || credentials.organization_id.is_some()
                    || credentials.bearer_auth.is_some()
            },
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::answering(422, 422);
    let query = checks
        .parameters::<
            models::GetCurrentPendingOrgMembersApiV1OrgsCurrentMembersPendingGetQuery,
        >(&query, &[("emails", ArrayStyle::Repeated)], "/query");
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let Some(query) = query else {
        return server::internal_error();
    };
    let request = GetCurrentPendingOrgMembersApiV1OrgsCurrentMembersPendingGetRequest {
        query,
    };
    served
        .api
        .get_current_pending_org_members_api_v1_orgs_current_members_pending_get(
            principal,
            request,
        )
        .await
        .into_response()
}

async fn handle_add_members_to_current_org_batch_api_v1_orgs_current_members_batch_post<
    A: Api,
>(State(served): State<Arc<Served<A>>>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| {
                credentials.api_key.is_some() || credentials.organization_id.is_some()
                    || credentials.bearer_auth.is_some()
            },
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::answering(422, 422);
    let body = match checks
        .json_body::<
            models::AddMembersToCurrentOrgBatchApiV1OrgsCurrentMembersBatchPostBody,
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
    let request = AddMembersToCurrentOrgBatchApiV1OrgsCurrentMembersBatchPostRequest {
        body,
    };
    served
        .api
        .add_members_to_current_org_batch_api_v1_orgs_current_members_batch_post(
            principal,
            request,
        )
        .await
        .into_response()
}

async fn handle_remove_member_from_current_org_api_v1_orgs_current_members_identity_id_delete<
    A: Api,
>(State(served): State<Arc<Served<A>>>, request: Request) -> Response {
    let (mut parts, _) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| {
                credentials.api_key.is_some() || credentials.organization_id.is_some()
                    || credentials.bearer_auth.is_some()
            },
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::answering(422, 422);
    let path = checks
        .parameters::<
            models::RemoveMemberFromCurrentOrgApiV1OrgsCurrentMembersIdentityIdDeletePath,
        >(
            &server::path_values(&mut parts, &served, &["identity_id"]).await,
            &[],
            "/path",
        );
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let Some(path) = path else {
        return server::internal_error();
    };
    let request = RemoveMemberFromCurrentOrgApiV1OrgsCurrentMembersIdentityIdDeleteRequest {
        path,
    };
    served
        .api
        .remove_member_from_current_org_api_v1_orgs_current_members_identity_id_delete(
            principal,
            request,
        )
        .await
        .into_response()
}

async fn handle_update_current_org_member_api_v1_orgs_current_members_identity_id_patch<
    A: Api,
>(State(served): State<Arc<Served<A>>>, request: Request) -> Response {
    let (mut parts, body) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| {
                credentials.api_key.is_some() || credentials.organization_id.is_some()
                    || credentials.bearer_auth.is_some()
            },
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::answering(422, 422);
    let path = checks
        .parameters::<
            models::UpdateCurrentOrgMemberApiV1OrgsCurrentMembersIdentityIdPatchPath,
        >(
            &server::path_values(&mut parts, &served, &["identity_id"]).await,
            &[],
            "/path",
        );
    let body = match checks
        .json_body::<
            models::OrgIdentityPatch,
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
    let request = UpdateCurrentOrgMemberApiV1OrgsCurrentMembersIdentityIdPatchRequest {
        path,
        body,
    };
    served
        .api
        .update_current_org_member_api_v1_orgs_current_members_identity_id_patch(
            principal,
            request,
        )
        .await
        .into_response()
}

async fn handle_get_current_workspace_members_api_v1_workspaces_current_members_get<
    A: Api,
>(State(served): State<Arc<Served<A>>>, request: Request) -> Response {
    let (parts, _) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| {
                credentials.api_key.is_some() || credentials.tenant_id.is_some()
                    || credentials.bearer_auth.is_some()
            },
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let request = GetCurrentWorkspaceMembersApiV1WorkspacesCurrentMembersGetRequest {
    };
    served
        .api
        .get_current_workspace_members_api_v1_workspaces_current_members_get(
            principal,
            request,
        )
        .await
        .into_response()
}

async fn handle_add_member_to_current_workspace_api_v1_workspaces_current_members_post<
    A: Api,
>(State(served): State<Arc<Served<A>>>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| {
                credentials.api_key.is_some() || credentials.tenant_id.is_some()
                    || credentials.bearer_auth.is_some()
            },
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::answering(422, 422);
    let body = match checks
        .json_body::<
            models::IdentityCreate,
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
    let request = AddMemberToCurrentWorkspaceApiV1WorkspacesCurrentMembersPostRequest {
        body,
    };
    served
        .api
        .add_member_to_current_workspace_api_v1_workspaces_current_members_post(
            principal,
            request,
        )
        .await
        .into_response()
}

async fn handle_get_current_active_workspace_members_api_v1_workspaces_current_members_active_get<
    A: Api,
>(State(served): State<Arc<Served<A>>>, request: Request) -> Response {
    let (parts, _) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| {
                credentials.api_key.is_some() || credentials.tenant_id.is_some()
                    || credentials.bearer_auth.is_some()
            },
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::answering(422, 422);
    let query = checks
        .parameters::<
            models::GetCurrentActiveWorkspaceMembersApiV1WorkspacesCurrentMembersActiveGetQuery,
        >(
            &query,
            &[
                ("emails", ArrayStyle::Repeated),
                ("ls_user_ids", ArrayStyle::Repeated),
                ("user_ids", ArrayStyle::Repeated),
            ],
            "/query",
        );
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let Some(query) = query else {
        return server::internal_error();
    };
    let request = GetCurrentActiveWorkspaceMembersApiV1WorkspacesCurrentMembersActiveGetRequest {
        query,
    };
    served
        .api
        .get_current_active_workspace_members_api_v1_workspaces_current_members_active_get(
            principal,
            request,
        )
        .await
        .into_response()
}

async fn handle_get_current_pending_workspace_members_api_v1_workspaces_current_members_pending_get<
    A: Api,
>(State(served): State<Arc<Served<A>>>, request: Request) -> Response {
    let (parts, _) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| {
                credentials.api_key.is_some() || credentials.tenant_id.is_some()
                    || credentials.bearer_auth.is_some()
            },
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::answering(422, 422);
    let query = checks
        .parameters::<
            models::GetCurrentPendingWorkspaceMembersApiV1WorkspacesCurrentMembersPendingGetQuery,
        >(&query, &[("emails", ArrayStyle::Repeated)], "/query");
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let Some(query) = query else {
        return server::internal_error();
    };
    let request = GetCurrentPendingWorkspaceMembersApiV1WorkspacesCurrentMembersPendingGetRequest {
        query,
    };
    served
        .api
        .get_current_pending_workspace_members_api_v1_workspaces_current_members_pending_get(
            principal,
            request,
        )
        .await
        .into_response()
}

async fn handle_add_members_to_current_workspace_batch_api_v1_workspaces_current_members_batch_post<
    A: Api,
>(State(served): State<Arc<Served<A>>>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| {
                credentials.api_key.is_some() || credentials.tenant_id.is_some()
                    || credentials.bearer_auth.is_some()
                    || credentials.organization_id.is_some()
            },
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::answering(422, 422);
    let body = match checks
        .json_body::<
            models::AddMembersToCurrentWorkspaceBatchApiV1WorkspacesCurrentMembersBatchPostBody,
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
    let request = AddMembersToCurrentWorkspaceBatchApiV1WorkspacesCurrentMembersBatchPostRequest {
        body,
    };
    served
        .api
        .add_members_to_current_workspace_batch_api_v1_workspaces_current_members_batch_post(
            principal,
            request,
        )
        .await
        .into_response()
}

async fn handle_delete_current_workspace_member_api_v1_workspaces_current_members_identity_id_delete<
    A: Api,
>(State(served): State<Arc<Served<A>>>, request: Request) -> Response {
    let (mut parts, _) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| {
                credentials.api_key.is_some() || credentials.tenant_id.is_some()
                    || credentials.bearer_auth.is_some()
            },
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::answering(422, 422);
    let path = checks
        .parameters::<
            models::DeleteCurrentWorkspaceMemberApiV1WorkspacesCurrentMembersIdentityIdDeletePath,
        >(
            &server::path_values(&mut parts, &served, &["identity_id"]).await,
            &[],
            "/path",
        );
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let Some(path) = path else {
        return server::internal_error();
    };
    let request = DeleteCurrentWorkspaceMemberApiV1WorkspacesCurrentMembersIdentityIdDeleteRequest {
        path,
    };
    served
        .api
        .delete_current_workspace_member_api_v1_workspaces_current_members_identity_id_delete(
            principal,
            request,
        )
        .await
        .into_response()
}

async fn handle_patch_current_workspace_member_api_v1_workspaces_current_members_identity_id_patch<
    A: Api,
>(State(served): State<Arc<Served<A>>>, request: Request) -> Response {
    let (mut parts, body) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| {
                credentials.api_key.is_some() || credentials.tenant_id.is_some()
                    || credentials.bearer_auth.is_some()
            },
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::answering(422, 422);
    let path = checks
        .parameters::<
            models::PatchCurrentWorkspaceMemberApiV1WorkspacesCurrentMembersIdentityIdPatchPath,
        >(
            &server::path_values(&mut parts, &served, &["identity_id"]).await,
            &[],
            "/path",
        );
    let body = match checks
        .json_body::<
            models::IdentityPatch,
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
    let request = PatchCurrentWorkspaceMemberApiV1WorkspacesCurrentMembersIdentityIdPatchRequest {
        path,
        body,
    };
    served
        .api
        .patch_current_workspace_member_api_v1_workspaces_current_members_identity_id_patch(
            principal,
            request,
        )
        .await
        .into_response()
}
