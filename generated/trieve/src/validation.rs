//! The constraints of the API description, checked: every model type
//! implements `Validate`, which reports each constraint a value
//! breaks with the JSON pointer of the part that breaks it.

use oapi_axum_runtime::Maybe;
use oapi_axum_runtime::validation::{check, At, Validate, Violations};
use crate::models::{
    ApiKeyRequestParams, ApiKeyRespBody, ChunkFilter, ConditionType,
    CreateApiKeyReqPayload, CreateApiKeyResponse, CreateOrganizationReqPayload,
    DateRange, ErrorResponseBody, ExtendedOrganizationUsageCount, FieldCondition,
    GeoInfo, GeoTypes, GetOrganizationUsageReqPayload, HasChunkIdCondition,
    HighlightOptions, HighlightStrategy, Invitation, InvitationData, LocationBoundingBox,
    LocationPolygon, LocationRadius, MatchCondition, Organization,
    OrganizationWithSubAndPlan, Range, RangeCondition, SearchMethod, SlimUser,
    StripePlan, StripeSubscription, StripeUsageBasedPlan, StripeUsageBasedSubscription,
    TrievePlan, TrievePlanFlat, TrievePlanFlatType, TrievePlanUsageBased,
    TrievePlanUsageBasedType, TrieveSubscription, TrieveSubscriptionFlat,
    TrieveSubscriptionUsageBased, TypoOptions, TypoRange,
    UpdateAllOrgDatasetConfigsReqPayload, UpdateOrganizationReqPayload,
    UpdateUserReqPayload, UserOrganization,
};

impl Validate for ApiKeyRequestParams {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        if let Maybe::Value(value) = &self.highlight_options {
            value.validate_at(&at.key("highlight_options"), violations);
        }
        if let Maybe::Value(value) = &self.page_size {
            check::minimum(*value, 0.0, false, &at.key("page_size"), violations);
        }
        if let Maybe::Value(value) = &self.typo_options {
            value.validate_at(&at.key("typo_options"), violations);
        }
    }
}

impl Validate for CreateApiKeyReqPayload {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        if let Maybe::Value(value) = &self.default_params {
            value.validate_at(&at.key("default_params"), violations);
        }
    }
}

impl Validate for ExtendedOrganizationUsageCount {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        check::minimum(
            self.bytes_ingested,
            0.0,
            false,
            &at.key("bytes_ingested"),
            violations,
        );
        check::minimum(
            self.current_months_message_count,
            0.0,
            false,
            &at.key("current_months_message_count"),
            violations,
        );
        check::minimum(
            self.events_ingested,
            0.0,
            false,
            &at.key("events_ingested"),
            violations,
        );
        check::minimum(
            self.message_count,
            0.0,
            false,
            &at.key("message_count"),
            violations,
        );
        check::minimum(
            self.message_tokens,
            0.0,
            false,
            &at.key("message_tokens"),
            violations,
        );
        check::minimum(
            self.ocr_pages_ingested,
            0.0,
            false,
            &at.key("ocr_pages_ingested"),
            violations,
        );
        check::minimum(
            self.search_count,
            0.0,
            false,
            &at.key("search_count"),
            violations,
        );
        check::minimum(
            self.search_tokens,
            0.0,
            false,
            &at.key("search_tokens"),
            violations,
        );
        check::minimum(
            self.tokens_ingested,
            0.0,
            false,
            &at.key("tokens_ingested"),
            violations,
        );
        check::minimum(
            self.website_pages_scraped,
            0.0,
            false,
            &at.key("website_pages_scraped"),
            violations,
        );
    }
}

impl Validate for HighlightOptions {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        if let Maybe::Value(value) = &self.highlight_max_length {
            check::minimum(
                *value,
                0.0,
                false,
                &at.key("highlight_max_length"),
                violations,
            );
        }
        if let Maybe::Value(value) = &self.highlight_max_num {
            check::minimum(*value, 0.0, false, &at.key("highlight_max_num"), violations);
        }
        if let Maybe::Value(value) = &self.highlight_window {
            check::minimum(*value, 0.0, false, &at.key("highlight_window"), violations);
        }
    }
}

impl Validate for TypoOptions {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        if let Maybe::Value(value) = &self.one_typo_word_range {
            value.validate_at(&at.key("one_typo_word_range"), violations);
        }
        if let Maybe::Value(value) = &self.two_typo_word_range {
            value.validate_at(&at.key("two_typo_word_range"), violations);
        }
    }
}

impl Validate for TypoRange {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        if let Maybe::Value(value) = &self.max {
            check::minimum(*value, 0.0, false, &at.key("max"), violations);
        }
        check::minimum(self.min, 0.0, false, &at.key("min"), violations);
    }
}

oapi_axum_runtime::nothing_to_check!(
    ApiKeyRespBody, ChunkFilter, ConditionType, CreateApiKeyResponse,
    CreateOrganizationReqPayload, DateRange, ErrorResponseBody, FieldCondition, GeoInfo,
    GeoTypes, GetOrganizationUsageReqPayload, HasChunkIdCondition, HighlightStrategy,
    Invitation, InvitationData, LocationBoundingBox, LocationPolygon, LocationRadius,
    MatchCondition, Organization, OrganizationWithSubAndPlan, Range, RangeCondition,
    SearchMethod, SlimUser, StripePlan, StripeSubscription, StripeUsageBasedPlan,
    StripeUsageBasedSubscription, TrievePlan, TrievePlanFlat, TrievePlanFlatType,
    TrievePlanUsageBased, TrievePlanUsageBasedType, TrieveSubscription,
    TrieveSubscriptionFlat, TrieveSubscriptionUsageBased,
    UpdateAllOrgDatasetConfigsReqPayload, UpdateOrganizationReqPayload,
    UpdateUserReqPayload, UserOrganization
);
