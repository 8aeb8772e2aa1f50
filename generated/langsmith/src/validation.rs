//! The constraints of the API description, checked: every model type
//! implements `Validate`, which reports each constraint a value
//! breaks with the JSON pointer of the part that breaks it.

use oapi_axum_runtime::{At, Email, Maybe, Validate, Violations};
use oapi_axum_runtime::support::{Pattern, ReadErrors, check, read};
use serde_json::Value;
use uuid::Uuid;
use crate::models::*;

static WORKSPACE_CREATE_DISPLAY_NAME_PATTERN: Pattern = Pattern::new(
    "^[a-zA-Z0-9\\-_ '@()]+$",
);

static ORGANIZATION_CREATE_DISPLAY_NAME_PATTERN: Pattern = Pattern::new(
    "^[a-zA-Z0-9\\-_ ]+$",
);

impl Validate for AddMembersToCurrentOrgBatchBody {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        check::max_items(self.0.len(), 500, at, violations);
    }
}

impl Validate for AddMembersToCurrentWorkspaceBatchBody {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        check::max_items(self.0.len(), 500, at, violations);
    }
}

impl Validate for GetCurrentActiveOrgMembersQuery {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        check::minimum(self.limit, 1.0, false, &at.key("limit"), violations);
        check::maximum(self.limit, 500.0, false, &at.key("limit"), violations);
        check::minimum(self.offset, 0.0, false, &at.key("offset"), violations);
    }
}

impl Validate for GetCurrentActiveWorkspaceMembersQuery {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        check::minimum(self.limit, 1.0, false, &at.key("limit"), violations);
        check::maximum(self.limit, 500.0, false, &at.key("limit"), violations);
        check::minimum(self.offset, 0.0, false, &at.key("offset"), violations);
    }
}

impl Validate for GetCurrentPendingOrgMembersQuery {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        check::minimum(self.limit, 1.0, false, &at.key("limit"), violations);
        check::maximum(self.limit, 500.0, false, &at.key("limit"), violations);
        check::minimum(self.offset, 0.0, false, &at.key("offset"), violations);
    }
}

impl Validate for GetCurrentPendingWorkspaceMembersQuery {
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
    CustomerVisiblePlanInfo, DeleteCurrentWorkspaceMemberPath,
    DeleteOrganizationRolesPath, DeleteWorkspacePath, HttpValidationError, Identity,
    IdentityCreate, IdentityPatch, ListOrganizationsQuery, ListWorkspacesQuery,
    MemberIdentity, MemberSortField, OrgIdentityPatch, OrgMemberIdentity,
    OrgPendingIdentity, Organization, OrganizationConfig, OrganizationInfo,
    OrganizationMembers, OrganizationPgSchemaSlim,
    OrganizationUpdateEngineLcuSpendLimitMonthly, PatchCurrentWorkspaceMemberPath,
    PatchWorkspacePath, PaymentPlanTier, PendingIdentity, PendingIdentityCreate,
    PermissionResponse, ProviderUserSlim, ProvisioningMethod,
    RemoveMemberFromCurrentOrgPath, Role, StripePaymentMethodInfo, TenantForUser,
    TenantMembers, UpdateCurrentOrgMemberPath, UpdateOrganizationRolesPath,
    UpdateRoleRequest, ValidationError, ValidationErrorLocItem
);

impl ReadErrors for AddMembersToCurrentOrgBatchBody {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        <Vec<PendingIdentityCreate> as ReadErrors>::read_errors(value, at, violations);
    }
}

impl ReadErrors for AddMembersToCurrentWorkspaceBatchBody {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        <Vec<PendingIdentityCreate> as ReadErrors>::read_errors(value, at, violations);
    }
}

impl ReadErrors for CreateRoleRequest {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        let Some(mut object) = read::object(value, at, violations) else { return };
        object.required::<String>("display_name");
        object.required::<String>("description");
        object.required::<Vec<String>>("permissions");
    }
}

impl ReadErrors for IdentityCreate {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        let Some(mut object) = read::object(value, at, violations) else { return };
        object.optional::<Maybe<Uuid>>("user_id");
        object.optional::<Maybe<Uuid>>("org_identity_id");
        object.optional::<Maybe<Uuid>>("ls_user_id");
        object.optional::<Maybe<bool>>("read_only");
        object.optional::<Maybe<Uuid>>("role_id");
    }
}

impl ReadErrors for IdentityPatch {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        let Some(mut object) = read::object(value, at, violations) else { return };
        object.optional::<Maybe<bool>>("read_only");
        object.required::<Uuid>("role_id");
    }
}

impl ReadErrors for OrgIdentityPatch {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        let Some(mut object) = read::object(value, at, violations) else { return };
        object.optional::<Maybe<String>>("password");
        object.optional::<Maybe<String>>("full_name");
        object.optional::<Maybe<Uuid>>("role_id");
    }
}

impl ReadErrors for OrganizationCreate {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        let Some(mut object) = read::object(value, at, violations) else { return };
        object.required::<String>("display_name");
        object.required::<bool>("is_personal");
        object.optional::<Maybe<Email>>("security_contact");
    }
}

impl ReadErrors for OrganizationUpdate {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        let Some(mut object) = read::object(value, at, violations) else { return };
        object.optional::<String>("display_name");
        object.optional::<Maybe<bool>>("public_sharing_disabled");
        object.optional::<Maybe<bool>>("pat_creation_disabled");
        object.optional::<Maybe<bool>>("unshare_all");
        object.optional::<Maybe<bool>>("jit_provisioning_enabled");
        object.optional::<Maybe<bool>>("workspace_admin_can_invite_to_org");
        object.optional::<Maybe<bool>>("invites_enabled");
        object.optional::<Maybe<i64>>("max_api_key_expiry_days");
        object.optional::<Maybe<Email>>("security_contact");
        object.optional::<Maybe<i64>>("max_pat_expiry_days");
        object.optional::<Maybe<i64>>("max_service_key_expiry_days");
        object.optional::<String>("scim_group_name_separator");
        object.optional::<Maybe<bool>>("llm_auth_proxy_enabled");
        object.optional::<Maybe<String>>("llm_auth_proxy_jwt_audience");
        object.optional::<Maybe<Vec<String>>>("ip_allowlist");
        object.optional::<Maybe<bool>>("restrict_browser_secrets");
        object.optional::<Maybe<Vec<String>>>("llm_auth_proxy_allowed_urls");
        object.optional::<Maybe<bool>>("engine_enabled");
        object
            .optional::<
                Maybe<OrganizationUpdateEngineLcuSpendLimitMonthly>,
            >("engine_lcu_spend_limit_monthly");
    }
}

impl ReadErrors for PendingIdentityCreate {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        let Some(mut object) = read::object(value, at, violations) else { return };
        object.required::<String>("email");
        object.optional::<bool>("read_only");
        object.optional::<Maybe<Uuid>>("role_id");
        object.optional::<Maybe<Vec<Uuid>>>("workspace_ids");
        object.optional::<Maybe<Uuid>>("workspace_role_id");
        object.optional::<Maybe<String>>("password");
        object.optional::<Maybe<String>>("full_name");
    }
}

impl ReadErrors for UpdateRoleRequest {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        let Some(mut object) = read::object(value, at, violations) else { return };
        object.required::<String>("display_name");
        object.required::<String>("description");
        object.required::<Vec<String>>("permissions");
    }
}

impl ReadErrors for WorkspaceCreate {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        let Some(mut object) = read::object(value, at, violations) else { return };
        object.optional::<Uuid>("id");
        object.required::<String>("display_name");
        object.optional::<Maybe<String>>("tenant_handle");
    }
}

impl ReadErrors for WorkspacePatch {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        let Some(mut object) = read::object(value, at, violations) else { return };
        object.required::<String>("display_name");
    }
}

oapi_axum_runtime::reads_whole!(OrganizationUpdateEngineLcuSpendLimitMonthly);
