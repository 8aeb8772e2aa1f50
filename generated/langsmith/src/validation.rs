//! The constraints of the API description, checked: every model type
//! implements `Validate`, which reports each constraint a value
//! breaks with the JSON pointer of the part that breaks it.

use oapi_axum_runtime::{At, Email, Maybe, Validate, Violations};
use oapi_axum_runtime::support::{Pattern, ReadErrors, Reads, check, read};
use serde_json::Value;
use uuid::Uuid;
use super::models::*;

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
        check::minimum(&self.limit, 1.0, false, &at.key("limit"), violations);
        check::maximum(&self.limit, 500.0, false, &at.key("limit"), violations);
        check::minimum(&self.offset, 0.0, false, &at.key("offset"), violations);
    }
}

impl Validate for GetCurrentPendingOrgMembersQuery {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        check::minimum(&self.limit, 1.0, false, &at.key("limit"), violations);
        check::maximum(&self.limit, 500.0, false, &at.key("limit"), violations);
        check::minimum(&self.offset, 0.0, false, &at.key("offset"), violations);
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
        check::min_length(&self.display_name, 1, &at.key("display_name"), violations);
        check::pattern(
            &self.display_name,
            &ORGANIZATION_CREATE_DISPLAY_NAME_PATTERN,
            &at.key("display_name"),
            violations,
        );
        check::min_length(
            &self.scim_group_name_separator,
            1,
            &at.key("scim_group_name_separator"),
            violations,
        );
        check::max_length(
            &self.scim_group_name_separator,
            1,
            &at.key("scim_group_name_separator"),
            violations,
        );
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
    CustomerVisiblePlanInfo, HttpValidationError, Identity, IdentityCreate,
    IdentityIdPath, IdentityPatch, ListOrganizationsQuery, ListWorkspacesQuery,
    MemberIdentity, MemberSortField, OrgIdentityPatch, OrgMemberIdentity,
    OrgPendingIdentity, Organization, OrganizationConfig, OrganizationInfo,
    OrganizationMembers, OrganizationPgSchemaSlim,
    OrganizationUpdateEngineLcuSpendLimitMonthly, PaymentPlanTier, PendingIdentity,
    PendingIdentityCreate, PermissionResponse, ProviderUserSlim, ProvisioningMethod,
    Role, RoleIdPath, StripePaymentMethodInfo, TenantForUser, TenantMembers,
    UpdateRoleRequest, ValidationError, ValidationErrorLocItem, WorkspaceIdPath
);

impl ReadErrors for AddMembersToCurrentOrgBatchBody {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        <Vec<PendingIdentityCreate> as ReadErrors>::read_errors(value, at, violations);
    }
    fn reads() -> Reads {
        <Vec<PendingIdentityCreate> as ReadErrors>::reads()
    }
}

impl ReadErrors for AddMembersToCurrentWorkspaceBatchBody {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        <Vec<PendingIdentityCreate> as ReadErrors>::read_errors(value, at, violations);
    }
    fn reads() -> Reads {
        <Vec<PendingIdentityCreate> as ReadErrors>::reads()
    }
}

impl ReadErrors for CreateRoleRequest {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        let Some(mut object) = read::object(value, at, violations) else { return };
        object.required::<String>("display_name");
        object.required::<String>("description");
        object.required::<Vec<String>>("permissions");
    }
    fn reads() -> Reads {
        Reads::Members(
            &[
                ("description", Reads::whole),
                ("display_name", Reads::whole),
                ("permissions", Reads::whole),
            ],
        )
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
    fn reads() -> Reads {
        Reads::Members(
            &[
                ("ls_user_id", Reads::whole),
                ("org_identity_id", Reads::whole),
                ("read_only", Reads::whole),
                ("role_id", Reads::whole),
                ("user_id", Reads::whole),
            ],
        )
    }
}

impl ReadErrors for IdentityPatch {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        let Some(mut object) = read::object(value, at, violations) else { return };
        object.optional::<Maybe<bool>>("read_only");
        object.required::<Uuid>("role_id");
    }
    fn reads() -> Reads {
        Reads::Members(&[("read_only", Reads::whole), ("role_id", Reads::whole)])
    }
}

impl ReadErrors for OrgIdentityPatch {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        let Some(mut object) = read::object(value, at, violations) else { return };
        object.optional::<Maybe<String>>("password");
        object.optional::<Maybe<String>>("full_name");
        object.optional::<Maybe<Uuid>>("role_id");
    }
    fn reads() -> Reads {
        Reads::Members(
            &[
                ("full_name", Reads::whole),
                ("password", Reads::whole),
                ("role_id", Reads::whole),
            ],
        )
    }
}

impl ReadErrors for OrganizationCreate {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        let Some(mut object) = read::object(value, at, violations) else { return };
        object.required::<String>("display_name");
        object.required::<bool>("is_personal");
        object.optional::<Maybe<Email>>("security_contact");
    }
    fn reads() -> Reads {
        Reads::Members(
            &[
                ("display_name", Reads::whole),
                ("is_personal", Reads::whole),
                ("security_contact", Reads::whole),
            ],
        )
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
    fn reads() -> Reads {
        Reads::Members(
            &[
                ("display_name", Reads::whole),
                ("engine_enabled", Reads::whole),
                (
                    "engine_lcu_spend_limit_monthly",
                    <Maybe<
                        OrganizationUpdateEngineLcuSpendLimitMonthly,
                    > as ReadErrors>::reads,
                ),
                ("invites_enabled", Reads::whole),
                ("ip_allowlist", Reads::whole),
                ("jit_provisioning_enabled", Reads::whole),
                ("llm_auth_proxy_allowed_urls", Reads::whole),
                ("llm_auth_proxy_enabled", Reads::whole),
                ("llm_auth_proxy_jwt_audience", Reads::whole),
                ("max_api_key_expiry_days", Reads::whole),
                ("max_pat_expiry_days", Reads::whole),
                ("max_service_key_expiry_days", Reads::whole),
                ("pat_creation_disabled", Reads::whole),
                ("public_sharing_disabled", Reads::whole),
                ("restrict_browser_secrets", Reads::whole),
                ("scim_group_name_separator", Reads::whole),
                ("security_contact", Reads::whole),
                ("unshare_all", Reads::whole),
                ("workspace_admin_can_invite_to_org", Reads::whole),
            ],
        )
    }
}

impl ReadErrors for OrganizationUpdateEngineLcuSpendLimitMonthly {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        read::any_variant(
            value,
            at,
            violations,
            &[<f64 as ReadErrors>::read_errors, <String as ReadErrors>::read_errors],
        );
    }
    fn reads() -> Reads {
        Reads::Variants(&[<f64 as ReadErrors>::reads, <String as ReadErrors>::reads])
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
    fn reads() -> Reads {
        Reads::Members(
            &[
                ("email", Reads::whole),
                ("full_name", Reads::whole),
                ("password", Reads::whole),
                ("read_only", Reads::whole),
                ("role_id", Reads::whole),
                ("workspace_ids", Reads::whole),
                ("workspace_role_id", Reads::whole),
            ],
        )
    }
}

impl ReadErrors for UpdateRoleRequest {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        let Some(mut object) = read::object(value, at, violations) else { return };
        object.required::<String>("display_name");
        object.required::<String>("description");
        object.required::<Vec<String>>("permissions");
    }
    fn reads() -> Reads {
        Reads::Members(
            &[
                ("description", Reads::whole),
                ("display_name", Reads::whole),
                ("permissions", Reads::whole),
            ],
        )
    }
}

impl ReadErrors for WorkspaceCreate {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        let Some(mut object) = read::object(value, at, violations) else { return };
        object.optional::<Uuid>("id");
        object.required::<String>("display_name");
        object.optional::<Maybe<String>>("tenant_handle");
    }
    fn reads() -> Reads {
        Reads::Members(
            &[
                ("display_name", Reads::whole),
                ("id", Reads::whole),
                ("tenant_handle", Reads::whole),
            ],
        )
    }
}

impl ReadErrors for WorkspacePatch {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        let Some(mut object) = read::object(value, at, violations) else { return };
        object.required::<String>("display_name");
    }
    fn reads() -> Reads {
        Reads::Members(&[("display_name", Reads::whole)])
    }
}
