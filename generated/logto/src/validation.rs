//! The constraints of the API description, checked: every model type
//! implements `Validate`, which reports each constraint a value
//! breaks with the JSON pointer of the part that breaks it.

use oapi_axum_runtime::{At, Email, Maybe, Uri, Validate, Violations};
use oapi_axum_runtime::support::{ReadErrors, Reads, check, read};
use serde_json::Value;
use std::collections::BTreeMap;
use super::models::*;

impl Validate for AddOrganizationUsersBody {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        check::min_items(self.user_ids.len(), 1, &at.key("userIds"), violations);
        for (item, at) in at.key("userIds").items(&self.user_ids) {
            check::min_length(item, 1, &at, violations);
        }
    }
}

impl Validate for AddOrganizationUsersResponse {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        for (item, at) in at.key("userIds").items(&self.user_ids) {
            check::min_length(item, 1, &at, violations);
        }
    }
}

impl Validate for AssignOrganizationRolesToUserBody {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        for (item, at) in at
            .key("organizationRoleIds")
            .items(&self.organization_role_ids)
        {
            check::min_length(item, 1, &at, violations);
        }
        for (item, at) in at
            .key("organizationRoleNames")
            .items(&self.organization_role_names)
        {
            check::min_length(item, 1, &at, violations);
        }
    }
}

impl Validate for AssignOrganizationRolesToUserResponse {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        for (item, at) in at
            .key("organizationRoleIds")
            .items(&self.organization_role_ids)
        {
            check::min_length(item, 1, &at, violations);
        }
    }
}

impl Validate for AssignOrganizationRolesToUsersBody {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        check::min_items(self.user_ids.len(), 1, &at.key("userIds"), violations);
        for (item, at) in at.key("userIds").items(&self.user_ids) {
            check::min_length(item, 1, &at, violations);
        }
        check::min_items(
            self.organization_role_ids.len(),
            1,
            &at.key("organizationRoleIds"),
            violations,
        );
        for (item, at) in at
            .key("organizationRoleIds")
            .items(&self.organization_role_ids)
        {
            check::min_length(item, 1, &at, violations);
        }
    }
}

impl Validate for CreateOrganizationBody {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        check::max_length(&self.tenant_id, 21, &at.key("tenantId"), violations);
        check::min_length(&self.name, 1, &at.key("name"), violations);
        check::max_length(&self.name, 128, &at.key("name"), violations);
        check::max_length(&self.description, 256, &at.key("description"), violations);
    }
}

impl Validate for CreateOrganizationInvitationBody {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        check::max_length(&self.inviter_id, 128, &at.key("inviterId"), violations);
        check::min_length(
            &self.organization_id,
            1,
            &at.key("organizationId"),
            violations,
        );
        check::max_length(
            &self.organization_id,
            21,
            &at.key("organizationId"),
            violations,
        );
        self.message_payload.validate_at(&at.key("messagePayload"), violations);
    }
}

impl Validate for CreateOrganizationInvitationBodyMessagePayload {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        match self {
            Self::SendMessagePayload(_) => {}
            Self::Boolean(value) => check::enumeration(value, &["false"], at, violations),
        }
    }
}

impl Validate for CreateOrganizationRoleBody {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        check::max_length(&self.tenant_id, 21, &at.key("tenantId"), violations);
        check::min_length(&self.name, 1, &at.key("name"), violations);
        check::max_length(&self.name, 128, &at.key("name"), violations);
        check::max_length(&self.description, 256, &at.key("description"), violations);
    }
}

impl Validate for CreateOrganizationRoleScopeBody {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        check::min_items(
            self.organization_scope_ids.len(),
            1,
            &at.key("organizationScopeIds"),
            violations,
        );
        for (item, at) in at
            .key("organizationScopeIds")
            .items(&self.organization_scope_ids)
        {
            check::min_length(item, 1, &at, violations);
        }
    }
}

impl Validate for CreateOrganizationScopeBody {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        check::max_length(&self.tenant_id, 21, &at.key("tenantId"), violations);
        check::min_length(&self.name, 1, &at.key("name"), violations);
        check::max_length(&self.name, 128, &at.key("name"), violations);
        check::max_length(&self.description, 256, &at.key("description"), violations);
    }
}

impl Validate for DeleteOrganizationRoleScopePath {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        check::min_length(&self.id, 1, &at.key("id"), violations);
        check::min_length(
            &self.organization_scope_id,
            1,
            &at.key("organizationScopeId"),
            violations,
        );
    }
}

impl Validate for DeleteOrganizationUserRolePath {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        check::min_length(&self.id, 1, &at.key("id"), violations);
        check::min_length(&self.user_id, 1, &at.key("userId"), violations);
        check::min_length(
            &self.organization_role_id,
            1,
            &at.key("organizationRoleId"),
            violations,
        );
    }
}

impl Validate for FeaturedUser {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        check::min_length(&self.id, 1, &at.key("id"), violations);
        check::max_length(&self.id, 12, &at.key("id"), violations);
        check::max_length(&self.avatar, 2048, &at.key("avatar"), violations);
        check::max_length(&self.name, 128, &at.key("name"), violations);
    }
}

impl Validate for GetOrganizationInvitationPath {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        check::min_length(&self.id, 1, &at.key("id"), violations);
    }
}

impl Validate for GetOrganizationRolePath {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        check::min_length(&self.id, 1, &at.key("id"), violations);
    }
}

impl Validate for GetOrganizationScopePath {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        check::min_length(&self.id, 1, &at.key("id"), violations);
    }
}

impl Validate for IdPath {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        check::min_length(&self.id, 1, &at.key("id"), violations);
    }
}

impl Validate for IdUserIdPath {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        check::min_length(&self.id, 1, &at.key("id"), violations);
        check::min_length(&self.user_id, 1, &at.key("userId"), violations);
    }
}

impl Validate for ListOrganizationRolesQuery {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        check::minimum(&self.page, 1.0, false, &at.key("page"), violations);
        check::minimum(&self.page_size, 1.0, false, &at.key("page_size"), violations);
    }
}

impl Validate for ListOrganizationUserRolesQuery {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        check::minimum(&self.page, 1.0, false, &at.key("page"), violations);
        check::minimum(&self.page_size, 1.0, false, &at.key("page_size"), violations);
    }
}

impl Validate for ListOrganizationUsersQuery {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        check::minimum(&self.page, 1.0, false, &at.key("page"), violations);
        check::minimum(&self.page_size, 1.0, false, &at.key("page_size"), violations);
    }
}

impl Validate for ListOrganizationsQuery {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        check::minimum(&self.page, 1.0, false, &at.key("page"), violations);
        check::minimum(&self.page_size, 1.0, false, &at.key("page_size"), violations);
    }
}

impl Validate for Organization {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        check::max_length(&self.tenant_id, 21, &at.key("tenantId"), violations);
        check::min_length(&self.id, 1, &at.key("id"), violations);
        check::max_length(&self.id, 21, &at.key("id"), violations);
        check::min_length(&self.name, 1, &at.key("name"), violations);
        check::max_length(&self.name, 128, &at.key("name"), violations);
        check::max_length(&self.description, 256, &at.key("description"), violations);
    }
}

impl Validate for OrganizationInvitation {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        check::max_length(&self.tenant_id, 21, &at.key("tenantId"), violations);
        check::min_length(&self.id, 1, &at.key("id"), violations);
        check::max_length(&self.id, 21, &at.key("id"), violations);
        check::max_length(&self.inviter_id, 128, &at.key("inviterId"), violations);
        check::min_length(&self.invitee, 1, &at.key("invitee"), violations);
        check::max_length(&self.invitee, 256, &at.key("invitee"), violations);
        check::max_length(
            &self.accepted_user_id,
            128,
            &at.key("acceptedUserId"),
            violations,
        );
        check::min_length(
            &self.organization_id,
            1,
            &at.key("organizationId"),
            violations,
        );
        check::max_length(
            &self.organization_id,
            21,
            &at.key("organizationId"),
            violations,
        );
    }
}

impl Validate for OrganizationRole {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        check::max_length(&self.tenant_id, 21, &at.key("tenantId"), violations);
        check::min_length(&self.id, 1, &at.key("id"), violations);
        check::max_length(&self.id, 21, &at.key("id"), violations);
        check::min_length(&self.name, 1, &at.key("name"), violations);
        check::max_length(&self.name, 128, &at.key("name"), violations);
        check::max_length(&self.description, 256, &at.key("description"), violations);
    }
}

impl Validate for OrganizationRoleWithScopes {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        check::max_length(&self.tenant_id, 21, &at.key("tenantId"), violations);
        check::min_length(&self.id, 1, &at.key("id"), violations);
        check::max_length(&self.id, 21, &at.key("id"), violations);
        check::min_length(&self.name, 1, &at.key("name"), violations);
        check::max_length(&self.name, 128, &at.key("name"), violations);
        check::max_length(&self.description, 256, &at.key("description"), violations);
    }
}

impl Validate for OrganizationScope {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        check::max_length(&self.tenant_id, 21, &at.key("tenantId"), violations);
        check::min_length(&self.id, 1, &at.key("id"), violations);
        check::max_length(&self.id, 21, &at.key("id"), violations);
        check::min_length(&self.name, 1, &at.key("name"), violations);
        check::max_length(&self.name, 128, &at.key("name"), violations);
        check::max_length(&self.description, 256, &at.key("description"), violations);
    }
}

impl Validate for OrganizationWithFeatured {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        check::max_length(&self.tenant_id, 21, &at.key("tenantId"), violations);
        check::min_length(&self.id, 1, &at.key("id"), violations);
        check::max_length(&self.id, 21, &at.key("id"), violations);
        check::min_length(&self.name, 1, &at.key("name"), violations);
        check::max_length(&self.name, 128, &at.key("name"), violations);
        check::max_length(&self.description, 256, &at.key("description"), violations);
        self.featured_users.validate_at(&at.key("featuredUsers"), violations);
    }
}

impl Validate for ReplaceOrganizationInvitationStatusBody {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        check::max_length(
            &self.accepted_user_id,
            128,
            &at.key("acceptedUserId"),
            violations,
        );
    }
}

impl Validate for ReplaceOrganizationRoleScopesBody {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        for (item, at) in at
            .key("organizationScopeIds")
            .items(&self.organization_scope_ids)
        {
            check::min_length(item, 1, &at, violations);
        }
    }
}

impl Validate for ReplaceOrganizationUserRolesBody {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        for (item, at) in at
            .key("organizationRoleIds")
            .items(&self.organization_role_ids)
        {
            check::min_length(item, 1, &at, violations);
        }
        for (item, at) in at
            .key("organizationRoleNames")
            .items(&self.organization_role_names)
        {
            check::min_length(item, 1, &at, violations);
        }
    }
}

impl Validate for ReplaceOrganizationUsersBody {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        for (item, at) in at.key("userIds").items(&self.user_ids) {
            check::min_length(item, 1, &at, violations);
        }
    }
}

impl Validate for UpdateOrganizationBody {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        check::max_length(&self.tenant_id, 21, &at.key("tenantId"), violations);
        check::min_length(&self.id, 1, &at.key("id"), violations);
        check::max_length(&self.id, 21, &at.key("id"), violations);
        check::min_length(&self.name, 1, &at.key("name"), violations);
        check::max_length(&self.name, 128, &at.key("name"), violations);
        check::max_length(&self.description, 256, &at.key("description"), violations);
    }
}

impl Validate for UpdateOrganizationRoleBody {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        check::max_length(&self.tenant_id, 21, &at.key("tenantId"), violations);
        check::min_length(&self.id, 1, &at.key("id"), violations);
        check::max_length(&self.id, 21, &at.key("id"), violations);
        check::min_length(&self.name, 1, &at.key("name"), violations);
        check::max_length(&self.name, 128, &at.key("name"), violations);
        check::max_length(&self.description, 256, &at.key("description"), violations);
    }
}

impl Validate for UpdateOrganizationScopeBody {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        check::max_length(&self.tenant_id, 21, &at.key("tenantId"), violations);
        check::min_length(&self.id, 1, &at.key("id"), violations);
        check::max_length(&self.id, 21, &at.key("id"), violations);
        check::min_length(&self.name, 1, &at.key("name"), violations);
        check::max_length(&self.name, 128, &at.key("name"), violations);
        check::max_length(&self.description, 256, &at.key("description"), violations);
    }
}

impl Validate for UserWithOrganizationRoles {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        check::min_length(&self.id, 1, &at.key("id"), violations);
        check::max_length(&self.id, 12, &at.key("id"), violations);
        check::max_length(&self.username, 128, &at.key("username"), violations);
        check::max_length(&self.primary_email, 128, &at.key("primaryEmail"), violations);
        check::max_length(&self.primary_phone, 128, &at.key("primaryPhone"), violations);
        check::max_length(&self.name, 128, &at.key("name"), violations);
        check::max_length(&self.avatar, 2048, &at.key("avatar"), violations);
        check::max_length(
            &self.application_id,
            21,
            &at.key("applicationId"),
            violations,
        );
    }
}

oapi_axum_runtime::nothing_to_check!(
    Branding, ListOrganizationInvitationsQuery, OrganizationInvitationStatus,
    OrganizationRoleEntity, OrganizationRoleType, OrganizationScopeEntity,
    ReplaceOrganizationInvitationStatusBodyStatus, ResourceScopeEntity,
    ResourceScopeEntityResource, SendMessagePayload, UserIdentity, UserProfile,
    UserProfileAddress
);

impl ReadErrors for AddOrganizationUsersBody {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        let Some(mut object) = read::object(value, at, violations) else { return };
        object.required::<Vec<String>>("userIds");
    }
    fn reads() -> Reads {
        Reads::Members(&[("userIds", Reads::whole)])
    }
}

impl ReadErrors for AssignOrganizationRolesToUserBody {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        let Some(mut object) = read::object(value, at, violations) else { return };
        object.optional::<Vec<String>>("organizationRoleIds");
        object.optional::<Vec<String>>("organizationRoleNames");
    }
    fn reads() -> Reads {
        Reads::Members(
            &[
                ("organizationRoleIds", Reads::whole),
                ("organizationRoleNames", Reads::whole),
            ],
        )
    }
}

impl ReadErrors for AssignOrganizationRolesToUsersBody {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        let Some(mut object) = read::object(value, at, violations) else { return };
        object.required::<Vec<String>>("userIds");
        object.required::<Vec<String>>("organizationRoleIds");
    }
    fn reads() -> Reads {
        Reads::Members(
            &[("organizationRoleIds", Reads::whole), ("userIds", Reads::whole)],
        )
    }
}

impl ReadErrors for Branding {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        let Some(mut object) = read::object(value, at, violations) else { return };
        object.optional::<Uri>("logoUrl");
        object.optional::<Uri>("darkLogoUrl");
        object.optional::<Uri>("favicon");
        object.optional::<Uri>("darkFavicon");
    }
    fn reads() -> Reads {
        Reads::Members(
            &[
                ("darkFavicon", Reads::whole),
                ("darkLogoUrl", Reads::whole),
                ("favicon", Reads::whole),
                ("logoUrl", Reads::whole),
            ],
        )
    }
}

impl ReadErrors for CreateOrganizationBody {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        let Some(mut object) = read::object(value, at, violations) else { return };
        object.optional::<String>("tenantId");
        object.required::<String>("name");
        object.optional::<Maybe<String>>("description");
        object.optional::<BTreeMap<String, Value>>("customData");
        object.optional::<bool>("isMfaRequired");
        object.optional::<Branding>("branding");
        object.optional::<f64>("createdAt");
    }
    fn reads() -> Reads {
        Reads::Members(
            &[
                ("branding", <Branding as ReadErrors>::reads),
                ("createdAt", Reads::whole),
                ("customData", <BTreeMap<String, Value> as ReadErrors>::reads),
                ("description", Reads::whole),
                ("isMfaRequired", Reads::whole),
                ("name", Reads::whole),
                ("tenantId", Reads::whole),
            ],
        )
    }
}

impl ReadErrors for CreateOrganizationInvitationBody {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        let Some(mut object) = read::object(value, at, violations) else { return };
        object.optional::<Maybe<String>>("inviterId");
        object.required::<Email>("invitee");
        object.required::<String>("organizationId");
        object.required::<f64>("expiresAt");
        object.optional::<Vec<String>>("organizationRoleIds");
        object
            .optional::<
                CreateOrganizationInvitationBodyMessagePayload,
            >("messagePayload");
    }
    fn reads() -> Reads {
        Reads::Members(
            &[
                ("expiresAt", Reads::whole),
                ("invitee", Reads::whole),
                ("inviterId", Reads::whole),
                (
                    "messagePayload",
                    <CreateOrganizationInvitationBodyMessagePayload as ReadErrors>::reads,
                ),
                ("organizationId", Reads::whole),
                ("organizationRoleIds", Reads::whole),
            ],
        )
    }
}

impl ReadErrors for CreateOrganizationInvitationBodyMessagePayload {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        read::any_variant(
            value,
            at,
            violations,
            &[
                <Box<SendMessagePayload> as ReadErrors>::read_errors,
                <bool as ReadErrors>::read_errors,
            ],
        );
    }
    fn reads() -> Reads {
        Reads::Variants(
            &[
                <Box<SendMessagePayload> as ReadErrors>::reads,
                <bool as ReadErrors>::reads,
            ],
        )
    }
}

impl ReadErrors for CreateOrganizationRoleBody {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        let Some(mut object) = read::object(value, at, violations) else { return };
        object.optional::<String>("tenantId");
        object.required::<String>("name");
        object.optional::<Maybe<String>>("description");
        object.optional::<OrganizationRoleType>("type");
        object.optional::<Vec<String>>("organizationScopeIds");
        object.optional::<Vec<String>>("resourceScopeIds");
    }
    fn reads() -> Reads {
        Reads::Members(
            &[
                ("description", Reads::whole),
                ("name", Reads::whole),
                ("organizationScopeIds", Reads::whole),
                ("resourceScopeIds", Reads::whole),
                ("tenantId", Reads::whole),
                ("type", Reads::whole),
            ],
        )
    }
}

impl ReadErrors for CreateOrganizationRoleScopeBody {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        let Some(mut object) = read::object(value, at, violations) else { return };
        object.required::<Vec<String>>("organizationScopeIds");
    }
    fn reads() -> Reads {
        Reads::Members(&[("organizationScopeIds", Reads::whole)])
    }
}

impl ReadErrors for CreateOrganizationScopeBody {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        let Some(mut object) = read::object(value, at, violations) else { return };
        object.optional::<String>("tenantId");
        object.required::<String>("name");
        object.optional::<Maybe<String>>("description");
    }
    fn reads() -> Reads {
        Reads::Members(
            &[
                ("description", Reads::whole),
                ("name", Reads::whole),
                ("tenantId", Reads::whole),
            ],
        )
    }
}

impl ReadErrors for ReplaceOrganizationInvitationStatusBody {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        let Some(mut object) = read::object(value, at, violations) else { return };
        object.optional::<Maybe<String>>("acceptedUserId");
        object.required::<ReplaceOrganizationInvitationStatusBodyStatus>("status");
    }
    fn reads() -> Reads {
        Reads::Members(&[("acceptedUserId", Reads::whole), ("status", Reads::whole)])
    }
}

impl ReadErrors for ReplaceOrganizationRoleScopesBody {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        let Some(mut object) = read::object(value, at, violations) else { return };
        object.required::<Vec<String>>("organizationScopeIds");
    }
    fn reads() -> Reads {
        Reads::Members(&[("organizationScopeIds", Reads::whole)])
    }
}

impl ReadErrors for ReplaceOrganizationUserRolesBody {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        let Some(mut object) = read::object(value, at, violations) else { return };
        object.optional::<Vec<String>>("organizationRoleIds");
        object.optional::<Vec<String>>("organizationRoleNames");
    }
    fn reads() -> Reads {
        Reads::Members(
            &[
                ("organizationRoleIds", Reads::whole),
                ("organizationRoleNames", Reads::whole),
            ],
        )
    }
}

impl ReadErrors for ReplaceOrganizationUsersBody {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        let Some(mut object) = read::object(value, at, violations) else { return };
        object.required::<Vec<String>>("userIds");
    }
    fn reads() -> Reads {
        Reads::Members(&[("userIds", Reads::whole)])
    }
}

impl ReadErrors for SendMessagePayload {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        let Some(mut object) = read::object(value, at, violations) else { return };
        object.optional::<String>("code");
        object.optional::<String>("link");
        object.optional::<String>("locale");
        object.optional::<String>("uiLocales");
        object.others::<Value>();
    }
    fn reads() -> Reads {
        Reads::Open(
            &[
                ("code", Reads::whole),
                ("link", Reads::whole),
                ("locale", Reads::whole),
                ("uiLocales", Reads::whole),
            ],
            <Value as ReadErrors>::reads,
        )
    }
}

impl ReadErrors for UpdateOrganizationBody {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        let Some(mut object) = read::object(value, at, violations) else { return };
        object.optional::<String>("tenantId");
        object.optional::<String>("id");
        object.optional::<String>("name");
        object.optional::<Maybe<String>>("description");
        object.optional::<BTreeMap<String, Value>>("customData");
        object.optional::<bool>("isMfaRequired");
        object.optional::<Branding>("branding");
        object.optional::<f64>("createdAt");
    }
    fn reads() -> Reads {
        Reads::Members(
            &[
                ("branding", <Branding as ReadErrors>::reads),
                ("createdAt", Reads::whole),
                ("customData", <BTreeMap<String, Value> as ReadErrors>::reads),
                ("description", Reads::whole),
                ("id", Reads::whole),
                ("isMfaRequired", Reads::whole),
                ("name", Reads::whole),
                ("tenantId", Reads::whole),
            ],
        )
    }
}

impl ReadErrors for UpdateOrganizationRoleBody {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        let Some(mut object) = read::object(value, at, violations) else { return };
        object.optional::<String>("tenantId");
        object.optional::<String>("id");
        object.optional::<String>("name");
        object.optional::<Maybe<String>>("description");
        object.optional::<OrganizationRoleType>("type");
    }
    fn reads() -> Reads {
        Reads::Members(
            &[
                ("description", Reads::whole),
                ("id", Reads::whole),
                ("name", Reads::whole),
                ("tenantId", Reads::whole),
                ("type", Reads::whole),
            ],
        )
    }
}

impl ReadErrors for UpdateOrganizationScopeBody {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        let Some(mut object) = read::object(value, at, violations) else { return };
        object.optional::<String>("tenantId");
        object.optional::<String>("id");
        object.optional::<String>("name");
        object.optional::<Maybe<String>>("description");
    }
    fn reads() -> Reads {
        Reads::Members(
            &[
                ("description", Reads::whole),
                ("id", Reads::whole),
                ("name", Reads::whole),
                ("tenantId", Reads::whole),
            ],
        )
    }
}

oapi_axum_runtime::reads_whole!(
    OrganizationRoleType, ReplaceOrganizationInvitationStatusBodyStatus
);
