//! The types of the API description's schemas.

use oapi_axum_runtime::{Email, Maybe, Uri};
use oapi_axum_runtime::support::{not_null, required_nullable};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AddOrganizationUsersBody {
    /// An array of user IDs to be added to the organization. Organization existed users assignment will be ignored.
    pub user_ids: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AddOrganizationUsersResponse {
    /// An array of user IDs processed from the request. This may include IDs that were already members of the organization.
    pub user_ids: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AssignOrganizationRolesToUserBody {
    /// An array of organization role IDs to assign to the user. User existed roles assignment will be ignored.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub organization_role_ids: Option<Vec<String>>,
    /// An array of organization role names to assign to the user. User existed roles assignment will be ignored.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub organization_role_names: Option<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AssignOrganizationRolesToUserResponse {
    /// An array of organization role IDs that were assigned to the user, deduplicated and resolved from any provided role names.
    pub organization_role_ids: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AssignOrganizationRolesToUsersBody {
    /// An array of user IDs to assign roles.
    pub user_ids: Vec<String>,
    /// An array of organization role IDs to assign. User existed roles assignment will be ignored.
    pub organization_role_ids: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Branding {
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub logo_url: Option<Uri>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub dark_logo_url: Option<Uri>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub favicon: Option<Uri>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub dark_favicon: Option<Uri>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreateOrganizationBody {
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub tenant_id: Option<String>,
    /// The name of the organization.
    pub name: String,
    /// The description of the organization.
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub description: Maybe<String>,
    /// arbitrary
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub custom_data: Option<BTreeMap<String, Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub is_mfa_required: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub branding: Option<Branding>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub created_at: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreateOrganizationInvitationBody {
    /// The ID of the user who is inviting the user to join the organization.
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub inviter_id: Maybe<String>,
    /// The email address of the user to invite to join the organization.
    pub invitee: Email,
    /// The ID of the organization to invite the user to join.
    pub organization_id: String,
    /// The epoch time in milliseconds when the invitation expires.
    pub expires_at: f64,
    /// The IDs of the organization roles to assign to the user when they accept the invitation.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub organization_role_ids: Option<Vec<String>>,
    /// The message payload for the "OrganizationInvitation" template to use when sending the invitation via email. If it is `false`, the invitation will not be sent via email.
    ///
    /// Default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub message_payload: Option<CreateOrganizationInvitationBodyMessagePayload>,
}

/// The message payload for the "OrganizationInvitation" template to use when sending the invitation via email. If it is `false`, the invitation will not be sent via email.
///
/// Exactly one of the variants (`oneOf`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum CreateOrganizationInvitationBodyMessagePayload {
    SendMessagePayload(Box<SendMessagePayload>),
    Boolean(bool),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreateOrganizationRoleBody {
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub tenant_id: Option<String>,
    /// The name of the organization role. It must be unique within the organization template.
    pub name: String,
    /// The description of the organization role.
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub description: Maybe<String>,
    #[serde(
        rename = "type",
        default,
        skip_serializing_if = "Option::is_none",
        with = "not_null"
    )]
    pub type_: Option<OrganizationRoleType>,
    /// An array of organization scope IDs to be assigned to the organization role.
    #[serde(default)]
    pub organization_scope_ids: Vec<String>,
    /// An array of resource scope IDs to be assigned to the organization role.
    #[serde(default)]
    pub resource_scope_ids: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreateOrganizationRoleScopeBody {
    /// An array of organization scope IDs to be assigned. Existed scope IDs assignments will be ignored.
    pub organization_scope_ids: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreateOrganizationScopeBody {
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub tenant_id: Option<String>,
    /// The name of the organization scope. It must be unique within the organization template.
    pub name: String,
    /// The description of the organization scope.
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub description: Maybe<String>,
}

/// The path parameters of `DeleteOrganizationRoleScope`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeleteOrganizationRoleScopePath {
    /// The unique identifier of the organization role.
    pub id: String,
    /// The unique identifier of the organization scope.
    pub organization_scope_id: String,
}

/// The path parameters of `DeleteOrganizationUserRole`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeleteOrganizationUserRolePath {
    /// The unique identifier of the organization.
    pub id: String,
    /// The unique identifier of the user.
    pub user_id: String,
    /// The unique identifier of the organization role.
    pub organization_role_id: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FeaturedUser {
    pub id: String,
    #[serde(deserialize_with = "required_nullable")]
    pub avatar: Option<String>,
    #[serde(deserialize_with = "required_nullable")]
    pub name: Option<String>,
}

/// The path parameters of `GetOrganizationInvitation` and 3 other operations.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GetOrganizationInvitationPath {
    /// The unique identifier of the organization invitation.
    pub id: String,
}

/// The path parameters of `GetOrganizationRole` and 5 other operations.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GetOrganizationRolePath {
    /// The unique identifier of the organization role.
    pub id: String,
}

/// The path parameters of `GetOrganizationScope`, `DeleteOrganizationScope` and `UpdateOrganizationScope`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GetOrganizationScopePath {
    /// The unique identifier of the organization scope.
    pub id: String,
}

/// The path parameters of `GetOrganization` and 6 other operations.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IdPath {
    /// The unique identifier of the organization.
    pub id: String,
}

/// The path parameters of `DeleteOrganizationUser` and 4 other operations.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct IdUserIdPath {
    /// The unique identifier of the organization.
    pub id: String,
    /// The unique identifier of the user.
    pub user_id: String,
}

/// The query parameters of `ListOrganizationInvitations`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ListOrganizationInvitationsQuery {
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub organization_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub inviter_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub invitee: Option<String>,
}

/// The query parameters of `ListOrganizationRoles` and `ListOrganizationScopes`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ListOrganizationRolesQuery {
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub q: Option<String>,
    /// Page number (starts from 1).
    #[serde(default = "default_list_organization_roles_query_page")]
    pub page: i64,
    /// Entries per page.
    #[serde(default = "default_list_organization_roles_query_page_size")]
    pub page_size: i64,
}

/// The query parameters of `ListOrganizationUserRoles` and `ListOrganizationRoleScopes`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ListOrganizationUserRolesQuery {
    /// Page number (starts from 1).
    #[serde(default = "default_list_organization_user_roles_query_page")]
    pub page: i64,
    /// Entries per page.
    #[serde(default = "default_list_organization_user_roles_query_page_size")]
    pub page_size: i64,
}

/// The query parameters of `ListOrganizationUsers`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ListOrganizationUsersQuery {
    /// The query to filter users. It will match multiple fields of users, including ID, name, username, email, and phone number.
    ///
    /// If not provided, all users will be returned.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub q: Option<String>,
    /// The organization role ID used to filter organization members.
    ///
    /// If not provided, all organization members will be returned.
    #[serde(
        rename = "organizationRoleId",
        default,
        skip_serializing_if = "Option::is_none",
        with = "not_null"
    )]
    pub organization_role_id: Option<String>,
    /// Page number (starts from 1).
    #[serde(default = "default_list_organization_users_query_page")]
    pub page: i64,
    /// Entries per page.
    #[serde(default = "default_list_organization_users_query_page_size")]
    pub page_size: i64,
}

/// The query parameters of `ListOrganizations`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ListOrganizationsQuery {
    /// The query to filter organizations. It can be a partial ID or name.
    ///
    /// If not provided, all organizations will be returned.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub q: Option<String>,
    /// Whether to show featured users in the organization. Featured users are randomly selected from the organization members.
    ///
    /// If not provided, `featuredUsers` will not be included in the response.
    #[serde(
        rename = "showFeatured",
        default,
        skip_serializing_if = "Option::is_none",
        with = "not_null"
    )]
    pub show_featured: Option<String>,
    /// Page number (starts from 1).
    #[serde(default = "default_list_organizations_query_page")]
    pub page: i64,
    /// Entries per page.
    #[serde(default = "default_list_organizations_query_page_size")]
    pub page_size: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Organization {
    pub tenant_id: String,
    pub id: String,
    pub name: String,
    #[serde(deserialize_with = "required_nullable")]
    pub description: Option<String>,
    /// arbitrary
    pub custom_data: BTreeMap<String, Value>,
    pub is_mfa_required: bool,
    pub branding: Branding,
    pub created_at: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OrganizationInvitation {
    pub tenant_id: String,
    pub id: String,
    #[serde(deserialize_with = "required_nullable")]
    pub inviter_id: Option<String>,
    pub invitee: String,
    #[serde(deserialize_with = "required_nullable")]
    pub accepted_user_id: Option<String>,
    pub organization_id: String,
    pub status: OrganizationInvitationStatus,
    pub created_at: f64,
    pub updated_at: f64,
    pub expires_at: f64,
    pub organization_roles: Vec<OrganizationRoleEntity>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum OrganizationInvitationStatus {
    Pending,
    Accepted,
    Expired,
    Revoked,
}

impl OrganizationInvitationStatus {
    /// The value as it is on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "Pending",
            Self::Accepted => "Accepted",
            Self::Expired => "Expired",
            Self::Revoked => "Revoked",
        }
    }
}

impl std::fmt::Display for OrganizationInvitationStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OrganizationRole {
    pub tenant_id: String,
    pub id: String,
    pub name: String,
    #[serde(deserialize_with = "required_nullable")]
    pub description: Option<String>,
    #[serde(rename = "type")]
    pub type_: OrganizationRoleType,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrganizationRoleEntity {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum OrganizationRoleType {
    User,
    MachineToMachine,
}

impl OrganizationRoleType {
    /// The value as it is on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::User => "User",
            Self::MachineToMachine => "MachineToMachine",
        }
    }
}

impl std::fmt::Display for OrganizationRoleType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OrganizationRoleWithScopes {
    pub tenant_id: String,
    pub id: String,
    pub name: String,
    #[serde(deserialize_with = "required_nullable")]
    pub description: Option<String>,
    #[serde(rename = "type")]
    pub type_: OrganizationRoleType,
    pub scopes: Vec<OrganizationScopeEntity>,
    pub resource_scopes: Vec<ResourceScopeEntity>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OrganizationScope {
    pub tenant_id: String,
    pub id: String,
    pub name: String,
    #[serde(deserialize_with = "required_nullable")]
    pub description: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrganizationScopeEntity {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OrganizationWithFeatured {
    pub tenant_id: String,
    pub id: String,
    pub name: String,
    #[serde(deserialize_with = "required_nullable")]
    pub description: Option<String>,
    /// arbitrary
    pub custom_data: BTreeMap<String, Value>,
    pub is_mfa_required: bool,
    pub branding: Branding,
    pub created_at: f64,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub users_count: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub featured_users: Option<Vec<FeaturedUser>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReplaceOrganizationInvitationStatusBody {
    /// The ID of the user who accepted the organization invitation. Required if the status is "Accepted".
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub accepted_user_id: Maybe<String>,
    /// The status of the organization invitation.
    pub status: ReplaceOrganizationInvitationStatusBodyStatus,
}

/// The status of the organization invitation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ReplaceOrganizationInvitationStatusBodyStatus {
    Accepted,
    Revoked,
}

impl ReplaceOrganizationInvitationStatusBodyStatus {
    /// The value as it is on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Accepted => "Accepted",
            Self::Revoked => "Revoked",
        }
    }
}

impl std::fmt::Display for ReplaceOrganizationInvitationStatusBodyStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReplaceOrganizationRoleScopesBody {
    /// An array of organization scope IDs to replace existing scopes.
    pub organization_scope_ids: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReplaceOrganizationUserRolesBody {
    /// An array of organization role IDs to update for the user.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub organization_role_ids: Option<Vec<String>>,
    /// An array of organization role names to update for the user.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub organization_role_names: Option<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReplaceOrganizationUsersBody {
    /// An array of user IDs to replace existing users.
    pub user_ids: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResourceScopeEntity {
    pub id: String,
    pub name: String,
    pub resource: ResourceScopeEntityResource,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResourceScopeEntityResource {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SendMessagePayload {
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub link: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub locale: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub ui_locales: Option<String>,
    /// Properties not listed above, kept as the API description allows.
    #[serde(flatten)]
    pub additional_properties: BTreeMap<String, Value>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UpdateOrganizationBody {
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub tenant_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub id: Option<String>,
    /// The updated name of the organization.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub name: Option<String>,
    /// The updated description of the organization.
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub description: Maybe<String>,
    /// arbitrary
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub custom_data: Option<BTreeMap<String, Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub is_mfa_required: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub branding: Option<Branding>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub created_at: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UpdateOrganizationRoleBody {
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub tenant_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub id: Option<String>,
    /// The updated name of the organization role. It must be unique within the organization template.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub name: Option<String>,
    /// The updated description of the organization role.
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub description: Maybe<String>,
    #[serde(
        rename = "type",
        default,
        skip_serializing_if = "Option::is_none",
        with = "not_null"
    )]
    pub type_: Option<OrganizationRoleType>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UpdateOrganizationScopeBody {
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub tenant_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub id: Option<String>,
    /// The updated name of the organization scope. It must be unique within the organization template.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub name: Option<String>,
    /// The updated description of the organization scope.
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub description: Maybe<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UserIdentity {
    pub user_id: String,
    /// arbitrary
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub details: Option<BTreeMap<String, Value>>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UserProfile {
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub family_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub given_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub middle_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub nickname: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub preferred_username: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub profile: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub website: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub gender: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub birthdate: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub zoneinfo: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub locale: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub address: Option<UserProfileAddress>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UserProfileAddress {
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub formatted: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub street_address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub locality: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub region: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub postal_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub country: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UserWithOrganizationRoles {
    pub id: String,
    #[serde(deserialize_with = "required_nullable")]
    pub username: Option<String>,
    #[serde(deserialize_with = "required_nullable")]
    pub primary_email: Option<String>,
    #[serde(deserialize_with = "required_nullable")]
    pub primary_phone: Option<String>,
    #[serde(deserialize_with = "required_nullable")]
    pub name: Option<String>,
    #[serde(deserialize_with = "required_nullable")]
    pub avatar: Option<String>,
    /// arbitrary
    pub custom_data: BTreeMap<String, Value>,
    pub identities: BTreeMap<String, UserIdentity>,
    #[serde(deserialize_with = "required_nullable")]
    pub last_sign_in_at: Option<f64>,
    pub created_at: f64,
    pub updated_at: f64,
    pub profile: UserProfile,
    #[serde(deserialize_with = "required_nullable")]
    pub application_id: Option<String>,
    pub is_suspended: bool,
    /// The identifier of the CIMD (client ID metadata document) client from the user's first consent. `null` unless the user's first consent was granted to a CIMD client. Mutually exclusive with `applicationId`.
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub cimd_client_id: Maybe<String>,
    pub organization_roles: Vec<OrganizationRoleEntity>,
}

/// The default of `ListOrganizationRolesQuery.page`.
fn default_list_organization_roles_query_page() -> i64 {
    1
}

/// The default of `ListOrganizationRolesQuery.page_size`.
fn default_list_organization_roles_query_page_size() -> i64 {
    20
}

/// The default of `ListOrganizationUserRolesQuery.page`.
fn default_list_organization_user_roles_query_page() -> i64 {
    1
}

/// The default of `ListOrganizationUserRolesQuery.page_size`.
fn default_list_organization_user_roles_query_page_size() -> i64 {
    20
}

/// The default of `ListOrganizationUsersQuery.page`.
fn default_list_organization_users_query_page() -> i64 {
    1
}

/// The default of `ListOrganizationUsersQuery.page_size`.
fn default_list_organization_users_query_page_size() -> i64 {
    20
}

/// The default of `ListOrganizationsQuery.page`.
fn default_list_organizations_query_page() -> i64 {
    1
}

/// The default of `ListOrganizationsQuery.page_size`.
fn default_list_organizations_query_page_size() -> i64 {
    20
}
