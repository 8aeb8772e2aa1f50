//! The constraints of the API description, checked: every model type
//! implements `Validate`, which reports each constraint a value
//! breaks with the JSON pointer of the part that breaks it.

use oapi_axum_runtime::validation::{check, At, Pattern, Validate, Violations};
use crate::models::{
    AccessScope, AppSchemasTenant, AuthProvider, CreateRoleRequest,
    CustomerVisiblePlanInfo,
    DeleteCurrentWorkspaceMemberApiV1WorkspacesCurrentMembersIdentityIdDeletePath,
    DeleteOrganizationRolesApiV1OrgsCurrentRolesRoleIdDeletePath,
    DeleteWorkspaceApiV1WorkspacesWorkspaceIdDeletePath,
    GetCurrentActiveOrgMembersApiV1OrgsCurrentMembersActiveGetQuery,
    GetCurrentActiveWorkspaceMembersApiV1WorkspacesCurrentMembersActiveGetQuery,
    GetCurrentPendingOrgMembersApiV1OrgsCurrentMembersPendingGetQuery,
    GetCurrentPendingWorkspaceMembersApiV1WorkspacesCurrentMembersPendingGetQuery,
    HttpValidationError, Identity, IdentityCreate, IdentityPatch,
    ListOrganizationsApiV1OrgsGetQuery, ListWorkspacesApiV1WorkspacesGetQuery,
    MemberIdentity, MemberSortField, OrgIdentityPatch, OrgMemberIdentity,
    OrgPendingIdentity, Organization, OrganizationConfig, OrganizationCreate,
    OrganizationInfo, OrganizationMembers, OrganizationPgSchemaSlim, OrganizationUpdate,
    OrganizationUpdateEngineLcuSpendLimitMonthly,
    PatchCurrentWorkspaceMemberApiV1WorkspacesCurrentMembersIdentityIdPatchPath,
    PatchWorkspaceApiV1WorkspacesWorkspaceIdPatchPath, PaymentPlanTier, PendingIdentity,
    PendingIdentityCreate, PermissionResponse, ProviderUserSlim, ProvisioningMethod,
    RemoveMemberFromCurrentOrgApiV1OrgsCurrentMembersIdentityIdDeletePath, Role,
    StripePaymentMethodInfo, TenantForUser, TenantMembers,
    UpdateCurrentOrgMemberApiV1OrgsCurrentMembersIdentityIdPatchPath,
    UpdateOrganizationRolesApiV1OrgsCurrentRolesRoleIdPatchPath, UpdateRoleRequest,
    ValidationError, ValidationErrorLocItem, WorkspaceCreate, WorkspacePatch,
};

static WORKSPACE_CREATE_DISPLAY_NAME_PATTERN: Pattern = Pattern::new(
    "^[a-zA-Z0-9\\-_ '@()]+$",
);

static ORGANIZATION_CREATE_DISPLAY_NAME_PATTERN: Pattern = Pattern::new(
    "^[a-zA-Z0-9\\-_ ]+$",
);

impl Validate for GetCurrentActiveOrgMembersApiV1OrgsCurrentMembersActiveGetQuery {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        check::minimum(self.limit, 1.0, false, &at.key("limit"), violations);
        check::maximum(self.limit, 500.0, false, &at.key("limit"), violations);
        check::minimum(self.offset, 0.0, false, &at.key("offset"), violations);
    }
}

impl Validate
for GetCurrentActiveWorkspaceMembersApiV1WorkspacesCurrentMembersActiveGetQuery {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        check::minimum(self.limit, 1.0, false, &at.key("limit"), violations);
        check::maximum(self.limit, 500.0, false, &at.key("limit"), violations);
        check::minimum(self.offset, 0.0, false, &at.key("offset"), violations);
    }
}

impl Validate for GetCurrentPendingOrgMembersApiV1OrgsCurrentMembersPendingGetQuery {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        check::minimum(self.limit, 1.0, false, &at.key("limit"), violations);
        check::maximum(self.limit, 500.0, false, &at.key("limit"), violations);
        check::minimum(self.offset, 0.0, false, &at.key("offset"), violations);
    }
}

impl Validate
for GetCurrentPendingWorkspaceMembersApiV1WorkspacesCurrentMembersPendingGetQuery {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        check::minimum(self.limit, 1.0, false, &at.key("limit"), violations);
        check::maximum(self.limit, 500.0, false, &at.key("limit"), violations);
        check::minimum(self.offset, 0.0, false, &at.key("offset"), violations);
    }
}

impl Validate for OrganizationCreate {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        check::min_length(&self.display_name, 1, &at.key("display_name"), violations);
        check::pattern(
            &self.display_name,
            &ORGANIZATION_CREATE_DISPLAY_NAME_PATTERN,
            &at.key("display_name"),
            violations,
        );
    }
}

impl Validate for OrganizationUpdate {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        if let Some(value) = &self.display_name {
            check::min_length(value, 1, &at.key("display_name"), violations);
            check::pattern(
                value,
                &ORGANIZATION_CREATE_DISPLAY_NAME_PATTERN,
                &at.key("display_name"),
                violations,
            );
        }
        if let Some(value) = &self.scim_group_name_separator {
            check::min_length(
                value,
                1,
                &at.key("scim_group_name_separator"),
                violations,
            );
            check::max_length(
                value,
                1,
                &at.key("scim_group_name_separator"),
                violations,
            );
        }
    }
}

impl Validate for WorkspaceCreate {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        check::min_length(&self.display_name, 1, &at.key("display_name"), violations);
        check::pattern(
            &self.display_name,
            &WORKSPACE_CREATE_DISPLAY_NAME_PATTERN,
            &at.key("display_name"),
            violations,
        );
    }
}

impl Validate for WorkspacePatch {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        check::min_length(&self.display_name, 1, &at.key("display_name"), violations);
        check::pattern(
            &self.display_name,
            &WORKSPACE_CREATE_DISPLAY_NAME_PATTERN,
            &at.key("display_name"),
            violations,
        );
    }
}

oapi_axum_runtime::nothing_to_check!(
    AccessScope, AppSchemasTenant, AuthProvider, CreateRoleRequest,
    CustomerVisiblePlanInfo,
    DeleteCurrentWorkspaceMemberApiV1WorkspacesCurrentMembersIdentityIdDeletePath,
    DeleteOrganizationRolesApiV1OrgsCurrentRolesRoleIdDeletePath,
    DeleteWorkspaceApiV1WorkspacesWorkspaceIdDeletePath, HttpValidationError, Identity,
    IdentityCreate, IdentityPatch, ListOrganizationsApiV1OrgsGetQuery,
    ListWorkspacesApiV1WorkspacesGetQuery, MemberIdentity, MemberSortField,
    OrgIdentityPatch, OrgMemberIdentity, OrgPendingIdentity, Organization,
    OrganizationConfig, OrganizationInfo, OrganizationMembers, OrganizationPgSchemaSlim,
    OrganizationUpdateEngineLcuSpendLimitMonthly,
    PatchCurrentWorkspaceMemberApiV1WorkspacesCurrentMembersIdentityIdPatchPath,
    PatchWorkspaceApiV1WorkspacesWorkspaceIdPatchPath, PaymentPlanTier, PendingIdentity,
    PendingIdentityCreate, PermissionResponse, ProviderUserSlim, ProvisioningMethod,
    RemoveMemberFromCurrentOrgApiV1OrgsCurrentMembersIdentityIdDeletePath, Role,
    StripePaymentMethodInfo, TenantForUser, TenantMembers,
    UpdateCurrentOrgMemberApiV1OrgsCurrentMembersIdentityIdPatchPath,
    UpdateOrganizationRolesApiV1OrgsCurrentRolesRoleIdPatchPath, UpdateRoleRequest,
    ValidationError, ValidationErrorLocItem
);
