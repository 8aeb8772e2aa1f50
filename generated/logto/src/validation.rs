//! The constraints of the API description, checked: every model type
//! implements `Validate`, which reports each constraint a value
//! breaks with the JSON pointer of the part that breaks it.

use oapi_axum_runtime::Maybe;
use oapi_axum_runtime::validation::{check, At, Validate, Violations};
use crate::models::{
    AddOrganizationUsersBody, AddOrganizationUsersResponse,
    AssignOrganizationRolesToUserBody, AssignOrganizationRolesToUserResponse,
    AssignOrganizationRolesToUsersBody, Branding, CreateOrganizationBody,
    CreateOrganizationInvitationBody, CreateOrganizationInvitationBodyMessagePayload,
    CreateOrganizationRoleBody, CreateOrganizationRoleScopeBody,
    CreateOrganizationScopeBody, FeaturedUser, Organization, OrganizationInvitation,
    OrganizationInvitationStatus, OrganizationRole, OrganizationRoleEntity,
    OrganizationRoleType, OrganizationRoleWithScopes, OrganizationScope,
    OrganizationScopeEntity, OrganizationWithFeatured,
    ReplaceOrganizationInvitationStatusBody,
    ReplaceOrganizationInvitationStatusBodyStatus, ReplaceOrganizationRoleScopesBody,
    ReplaceOrganizationUserRolesBody, ReplaceOrganizationUsersBody, ResourceScopeEntity,
    ResourceScopeEntityResource, SendMessagePayload, UpdateOrganizationBody,
    UpdateOrganizationRoleBody, UpdateOrganizationScopeBody, UserIdentity, UserProfile,
    UserProfileAddress, UserWithOrganizationRoles,
};

impl Validate for AddOrganizationUsersBody {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        check::min_items(self.user_ids.len(), 1, &at.key("userIds"), violations);
        let items_at = &at.key("userIds");
        for (i, item) in self.user_ids.iter().enumerate() {
            let at = items_at.index(i);
            check::min_length(item, 1, &at, violations);
        }
    }
}

impl Validate for AddOrganizationUsersResponse {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        let items_at = &at.key("userIds");
        for (i, item) in self.user_ids.iter().enumerate() {
            let at = items_at.index(i);
            check::min_length(item, 1, &at, violations);
        }
    }
}

impl Validate for AssignOrganizationRolesToUserBody {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        if let Some(value) = &self.organization_role_ids {
            let items_at = &at.key("organizationRoleIds");
            for (i, item) in value.iter().enumerate() {
                let at = items_at.index(i);
                check::min_length(item, 1, &at, violations);
            }
        }
        if let Some(value) = &self.organization_role_names {
            let items_at = &at.key("organizationRoleNames");
            for (i, item) in value.iter().enumerate() {
                let at = items_at.index(i);
                check::min_length(item, 1, &at, violations);
            }
        }
    }
}

impl Validate for AssignOrganizationRolesToUserResponse {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        let items_at = &at.key("organizationRoleIds");
        for (i, item) in self.organization_role_ids.iter().enumerate() {
            let at = items_at.index(i);
            check::min_length(item, 1, &at, violations);
        }
    }
}

impl Validate for AssignOrganizationRolesToUsersBody {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        check::min_items(self.user_ids.len(), 1, &at.key("userIds"), violations);
        let items_at = &at.key("userIds");
        for (i, item) in self.user_ids.iter().enumerate() {
            let at = items_at.index(i);
            check::min_length(item, 1, &at, violations);
        }
        check::min_items(
            self.organization_role_ids.len(),
            1,
            &at.key("organizationRoleIds"),
            violations,
        );
        let items_at = &at.key("organizationRoleIds");
        for (i, item) in self.organization_role_ids.iter().enumerate() {
            let at = items_at.index(i);
            check::min_length(item, 1, &at, violations);
        }
    }
}

impl Validate for CreateOrganizationBody {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        if let Some(value) = &self.tenant_id {
            check::max_length(value, 21, &at.key("tenantId"), violations);
        }
        check::min_length(&self.name, 1, &at.key("name"), violations);
        check::max_length(&self.name, 128, &at.key("name"), violations);
        if let Maybe::Value(value) = &self.description {
            check::max_length(value, 256, &at.key("description"), violations);
        }
    }
}

impl Validate for CreateOrganizationInvitationBody {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        if let Maybe::Value(value) = &self.inviter_id {
            check::max_length(value, 128, &at.key("inviterId"), violations);
        }
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
        if let Some(value) = &self.message_payload {
            value.validate_at(&at.key("messagePayload"), violations);
        }
    }
}

impl Validate for CreateOrganizationInvitationBodyMessagePayload {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        match self {
            Self::SendMessagePayload(_) => {}
            Self::Boolean(value) => {
                check::enumeration(value, &["false"], at, violations);
            }
        }
    }
}

impl Validate for CreateOrganizationRoleBody {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        if let Some(value) = &self.tenant_id {
            check::max_length(value, 21, &at.key("tenantId"), violations);
        }
        check::min_length(&self.name, 1, &at.key("name"), violations);
        check::max_length(&self.name, 128, &at.key("name"), violations);
        if let Maybe::Value(value) = &self.description {
            check::max_length(value, 256, &at.key("description"), violations);
        }
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
        let items_at = &at.key("organizationScopeIds");
        for (i, item) in self.organization_scope_ids.iter().enumerate() {
            let at = items_at.index(i);
            check::min_length(item, 1, &at, violations);
        }
    }
}

impl Validate for CreateOrganizationScopeBody {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        if let Some(value) = &self.tenant_id {
            check::max_length(value, 21, &at.key("tenantId"), violations);
        }
        check::min_length(&self.name, 1, &at.key("name"), violations);
        check::max_length(&self.name, 128, &at.key("name"), violations);
        if let Maybe::Value(value) = &self.description {
            check::max_length(value, 256, &at.key("description"), violations);
        }
    }
}

impl Validate for FeaturedUser {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        check::min_length(&self.id, 1, &at.key("id"), violations);
        check::max_length(&self.id, 12, &at.key("id"), violations);
        if let Some(value) = &self.avatar {
            check::max_length(value, 2048, &at.key("avatar"), violations);
        }
        if let Some(value) = &self.name {
            check::max_length(value, 128, &at.key("name"), violations);
        }
    }
}

impl Validate for Organization {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        check::max_length(&self.tenant_id, 21, &at.key("tenantId"), violations);
        check::min_length(&self.id, 1, &at.key("id"), violations);
        check::max_length(&self.id, 21, &at.key("id"), violations);
        check::min_length(&self.name, 1, &at.key("name"), violations);
        check::max_length(&self.name, 128, &at.key("name"), violations);
        if let Some(value) = &self.description {
            check::max_length(value, 256, &at.key("description"), violations);
        }
    }
}

impl Validate for OrganizationInvitation {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        check::max_length(&self.tenant_id, 21, &at.key("tenantId"), violations);
        check::min_length(&self.id, 1, &at.key("id"), violations);
        check::max_length(&self.id, 21, &at.key("id"), violations);
        if let Some(value) = &self.inviter_id {
            check::max_length(value, 128, &at.key("inviterId"), violations);
        }
        check::min_length(&self.invitee, 1, &at.key("invitee"), violations);
        check::max_length(&self.invitee, 256, &at.key("invitee"), violations);
        if let Some(value) = &self.accepted_user_id {
            check::max_length(value, 128, &at.key("acceptedUserId"), violations);
        }
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
        if let Some(value) = &self.description {
            check::max_length(value, 256, &at.key("description"), violations);
        }
    }
}

impl Validate for OrganizationRoleWithScopes {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        check::max_length(&self.tenant_id, 21, &at.key("tenantId"), violations);
        check::min_length(&self.id, 1, &at.key("id"), violations);
        check::max_length(&self.id, 21, &at.key("id"), violations);
        check::min_length(&self.name, 1, &at.key("name"), violations);
        check::max_length(&self.name, 128, &at.key("name"), violations);
        if let Some(value) = &self.description {
            check::max_length(value, 256, &at.key("description"), violations);
        }
    }
}

impl Validate for OrganizationScope {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        check::max_length(&self.tenant_id, 21, &at.key("tenantId"), violations);
        check::min_length(&self.id, 1, &at.key("id"), violations);
        check::max_length(&self.id, 21, &at.key("id"), violations);
        check::min_length(&self.name, 1, &at.key("name"), violations);
        check::max_length(&self.name, 128, &at.key("name"), violations);
        if let Some(value) = &self.description {
            check::max_length(value, 256, &at.key("description"), violations);
        }
    }
}

impl Validate for OrganizationWithFeatured {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        check::max_length(&self.tenant_id, 21, &at.key("tenantId"), violations);
        check::min_length(&self.id, 1, &at.key("id"), violations);
        check::max_length(&self.id, 21, &at.key("id"), violations);
        check::min_length(&self.name, 1, &at.key("name"), violations);
        check::max_length(&self.name, 128, &at.key("name"), violations);
        if let Some(value) = &self.description {
            check::max_length(value, 256, &at.key("description"), violations);
        }
        if let Some(value) = &self.featured_users {
            let items_at = &at.key("featuredUsers");
            for (i, item) in value.iter().enumerate() {
                let at = items_at.index(i);
                item.validate_at(&at, violations);
            }
        }
    }
}

impl Validate for ReplaceOrganizationInvitationStatusBody {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        if let Maybe::Value(value) = &self.accepted_user_id {
            check::max_length(value, 128, &at.key("acceptedUserId"), violations);
        }
    }
}

impl Validate for ReplaceOrganizationRoleScopesBody {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        let items_at = &at.key("organizationScopeIds");
        for (i, item) in self.organization_scope_ids.iter().enumerate() {
            let at = items_at.index(i);
            check::min_length(item, 1, &at, violations);
        }
    }
}

impl Validate for ReplaceOrganizationUserRolesBody {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        if let Some(value) = &self.organization_role_ids {
            let items_at = &at.key("organizationRoleIds");
            for (i, item) in value.iter().enumerate() {
                let at = items_at.index(i);
                check::min_length(item, 1, &at, violations);
            }
        }
        if let Some(value) = &self.organization_role_names {
            let items_at = &at.key("organizationRoleNames");
            for (i, item) in value.iter().enumerate() {
                let at = items_at.index(i);
                check::min_length(item, 1, &at, violations);
            }
        }
    }
}

impl Validate for ReplaceOrganizationUsersBody {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        let items_at = &at.key("userIds");
        for (i, item) in self.user_ids.iter().enumerate() {
            let at = items_at.index(i);
            check::min_length(item, 1, &at, violations);
        }
    }
}

impl Validate for UpdateOrganizationBody {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        if let Some(value) = &self.tenant_id {
            check::max_length(value, 21, &at.key("tenantId"), violations);
        }
        if let Some(value) = &self.id {
            check::min_length(value, 1, &at.key("id"), violations);
            check::max_length(value, 21, &at.key("id"), violations);
        }
        if let Some(value) = &self.name {
            check::min_length(value, 1, &at.key("name"), violations);
            check::max_length(value, 128, &at.key("name"), violations);
        }
        if let Maybe::Value(value) = &self.description {
            check::max_length(value, 256, &at.key("description"), violations);
        }
    }
}

impl Validate for UpdateOrganizationRoleBody {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        if let Some(value) = &self.tenant_id {
            check::max_length(value, 21, &at.key("tenantId"), violations);
        }
        if let Some(value) = &self.id {
            check::min_length(value, 1, &at.key("id"), violations);
            check::max_length(value, 21, &at.key("id"), violations);
        }
        if let Some(value) = &self.name {
            check::min_length(value, 1, &at.key("name"), violations);
            check::max_length(value, 128, &at.key("name"), violations);
        }
        if let Maybe::Value(value) = &self.description {
            check::max_length(value, 256, &at.key("description"), violations);
        }
    }
}

impl Validate for UpdateOrganizationScopeBody {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        if let Some(value) = &self.tenant_id {
            check::max_length(value, 21, &at.key("tenantId"), violations);
        }
        if let Some(value) = &self.id {
            check::min_length(value, 1, &at.key("id"), violations);
            check::max_length(value, 21, &at.key("id"), violations);
        }
        if let Some(value) = &self.name {
            check::min_length(value, 1, &at.key("name"), violations);
            check::max_length(value, 128, &at.key("name"), violations);
        }
        if let Maybe::Value(value) = &self.description {
            check::max_length(value, 256, &at.key("description"), violations);
        }
    }
}

impl Validate for UserWithOrganizationRoles {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        check::min_length(&self.id, 1, &at.key("id"), violations);
        check::max_length(&self.id, 12, &at.key("id"), violations);
        if let Some(value) = &self.username {
            check::max_length(value, 128, &at.key("username"), violations);
        }
        if let Some(value) = &self.primary_email {
            check::max_length(value, 128, &at.key("primaryEmail"), violations);
        }
        if let Some(value) = &self.primary_phone {
            check::max_length(value, 128, &at.key("primaryPhone"), violations);
        }
        if let Some(value) = &self.name {
            check::max_length(value, 128, &at.key("name"), violations);
        }
        if let Some(value) = &self.avatar {
            check::max_length(value, 2048, &at.key("avatar"), violations);
        }
        if let Some(value) = &self.application_id {
            check::max_length(value, 21, &at.key("applicationId"), violations);
        }
    }
}

oapi_axum_runtime::nothing_to_check!(
    Branding, OrganizationInvitationStatus, OrganizationRoleEntity, OrganizationRoleType,
    OrganizationScopeEntity, ReplaceOrganizationInvitationStatusBodyStatus,
    ResourceScopeEntity, ResourceScopeEntityResource, SendMessagePayload, UserIdentity,
    UserProfile, UserProfileAddress
);
