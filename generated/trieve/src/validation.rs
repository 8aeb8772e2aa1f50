//! The constraints of the API description, checked: every model type
//! implements `Validate`, which reports each constraint a value
//! breaks with the JSON pointer of the part that breaks it.

use oapi_axum_runtime::{At, Maybe, Validate, Violations};
use oapi_axum_runtime::support::{ReadErrors, Reads, check, read};
use serde_json::Value;
use uuid::Uuid;
use super::models::*;

impl Validate for ApiKeyRequestParams {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        self.filters.validate_at(&at.key("filters"), violations);
        self.highlight_options.validate_at(&at.key("highlight_options"), violations);
        check::minimum(&self.page_size, 0.0, false, &at.key("page_size"), violations);
        self.typo_options.validate_at(&at.key("typo_options"), violations);
    }
}

impl Validate for ChunkFilter {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        self.must.validate_at(&at.key("must"), violations);
        self.must_not.validate_at(&at.key("must_not"), violations);
        self.should.validate_at(&at.key("should"), violations);
    }
}

impl Validate for ConditionType {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        let json = check::json(self);
        check::branches(
            |violations| match self {
                Self::FieldCondition(value) => value.validate_at(at, violations),
                Self::HasChunkIdCondition(_) => {}
            },
            &[
                check::holds::<FieldCondition>(&json),
                check::reads_as::<HasChunkIdCondition>(&json),
            ],
            true,
            at,
            violations,
        );
    }
}

impl Validate for CreateApiKeyReqPayload {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        self.default_params.validate_at(&at.key("default_params"), violations);
    }
}

impl Validate for ExtendedOrganizationUsageCount {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        check::minimum(
            &self.bytes_ingested,
            0.0,
            false,
            &at.key("bytes_ingested"),
            violations,
        );
        check::minimum(
            &self.current_months_message_count,
            0.0,
            false,
            &at.key("current_months_message_count"),
            violations,
        );
        check::minimum(
            &self.events_ingested,
            0.0,
            false,
            &at.key("events_ingested"),
            violations,
        );
        check::minimum(
            &self.message_count,
            0.0,
            false,
            &at.key("message_count"),
            violations,
        );
        check::minimum(
            &self.message_tokens,
            0.0,
            false,
            &at.key("message_tokens"),
            violations,
        );
        check::minimum(
            &self.ocr_pages_ingested,
            0.0,
            false,
            &at.key("ocr_pages_ingested"),
            violations,
        );
        check::minimum(
            &self.search_count,
            0.0,
            false,
            &at.key("search_count"),
            violations,
        );
        check::minimum(
            &self.search_tokens,
            0.0,
            false,
            &at.key("search_tokens"),
            violations,
        );
        check::minimum(
            &self.tokens_ingested,
            0.0,
            false,
            &at.key("tokens_ingested"),
            violations,
        );
        check::minimum(
            &self.website_pages_scraped,
            0.0,
            false,
            &at.key("website_pages_scraped"),
            violations,
        );
    }
}

impl Validate for FieldCondition {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        self.geo_bounding_box.validate_at(&at.key("geo_bounding_box"), violations);
        self.geo_polygon.validate_at(&at.key("geo_polygon"), violations);
        self.geo_radius.validate_at(&at.key("geo_radius"), violations);
        self.match_all.validate_at(&at.key("match_all"), violations);
        self.match_any.validate_at(&at.key("match_any"), violations);
        self.range.validate_at(&at.key("range"), violations);
    }
}

impl Validate for GeoInfo {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        self.lat.validate_at(&at.key("lat"), violations);
        self.lon.validate_at(&at.key("lon"), violations);
    }
}

impl Validate for GeoTypes {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        let json = check::json(self);
        check::branches(
            |_| {},
            &[check::reads_as::<i64>(&json), check::reads_as::<f64>(&json)],
            true,
            at,
            violations,
        );
    }
}

impl Validate for HighlightOptions {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        check::minimum(
            &self.highlight_max_length,
            0.0,
            false,
            &at.key("highlight_max_length"),
            violations,
        );
        check::minimum(
            &self.highlight_max_num,
            0.0,
            false,
            &at.key("highlight_max_num"),
            violations,
        );
        check::minimum(
            &self.highlight_window,
            0.0,
            false,
            &at.key("highlight_window"),
            violations,
        );
    }
}

impl Validate for LocationBoundingBox {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        self.bottom_right.validate_at(&at.key("bottom_right"), violations);
        self.top_left.validate_at(&at.key("top_left"), violations);
    }
}

impl Validate for LocationPolygon {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        self.exterior.validate_at(&at.key("exterior"), violations);
        self.interior.validate_at(&at.key("interior"), violations);
    }
}

impl Validate for LocationRadius {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        self.center.validate_at(&at.key("center"), violations);
    }
}

impl Validate for MatchCondition {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        let json = check::json(self);
        check::branches(
            |_| {},
            &[
                check::reads_as::<String>(&json),
                check::reads_as::<i64>(&json),
                check::reads_as::<f64>(&json),
            ],
            true,
            at,
            violations,
        );
    }
}

impl Validate for Range {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        self.gt.validate_at(&at.key("gt"), violations);
        self.gte.validate_at(&at.key("gte"), violations);
        self.lt.validate_at(&at.key("lt"), violations);
        self.lte.validate_at(&at.key("lte"), violations);
    }
}

impl Validate for RangeCondition {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        let json = check::json(self);
        check::branches(
            |_| {},
            &[check::reads_as::<f64>(&json), check::reads_as::<i64>(&json)],
            true,
            at,
            violations,
        );
    }
}

impl Validate for TypoOptions {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        self.one_typo_word_range.validate_at(&at.key("one_typo_word_range"), violations);
        self.two_typo_word_range.validate_at(&at.key("two_typo_word_range"), violations);
    }
}

impl Validate for TypoRange {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        check::minimum(&self.max, 0.0, false, &at.key("max"), violations);
        check::minimum(&self.min, 0.0, false, &at.key("min"), violations);
    }
}

oapi_axum_runtime::nothing_to_check!(
    ApiKeyRespBody, CreateApiKeyResponse, CreateOrganizationReqPayload, DateRange,
    DeleteInvitationPath, DeleteOrganizationApiKeyPath, ErrorResponseBody,
    GetInvitationsPath, GetOrganizationApiKeysHeaders, GetOrganizationApiKeysQuery,
    GetOrganizationUsagePath, GetOrganizationUsageReqPayload, GetOrganizationUsersPath,
    HasChunkIdCondition, HighlightStrategy, Invitation, InvitationData, Organization,
    OrganizationIdPath, OrganizationWithSubAndPlan, SearchMethod, SlimUser, StripePlan,
    StripeSubscription, StripeUsageBasedPlan, StripeUsageBasedSubscription,
    TrOrganizationHeaders, TrievePlan, TrievePlanFlat, TrievePlanFlatType,
    TrievePlanUsageBased, TrievePlanUsageBasedType, TrieveSubscription,
    TrieveSubscriptionFlat, TrieveSubscriptionUsageBased,
    UpdateAllOrgDatasetConfigsReqPayload, UpdateOrganizationReqPayload,
    UpdateUserReqPayload, UserOrganization
);

impl ReadErrors for ApiKeyRequestParams {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        let Some(mut object) = read::object(value, at, violations) else { return };
        object.optional::<Maybe<ChunkFilter>>("filters");
        object.optional::<Maybe<HighlightOptions>>("highlight_options");
        object.optional::<Maybe<String>>("no_result_message");
        object.optional::<Maybe<i64>>("page_size");
        object.optional::<Maybe<bool>>("remove_stop_words");
        object.optional::<Maybe<f32>>("score_threshold");
        object.optional::<Maybe<SearchMethod>>("search_type");
        object.optional::<Maybe<bool>>("slim_chunks");
        object.optional::<Maybe<TypoOptions>>("typo_options");
        object.optional::<Maybe<bool>>("use_quote_negated_terms");
    }
    fn reads() -> Reads {
        Reads::Members(
            &[
                ("filters", <Maybe<ChunkFilter> as ReadErrors>::reads),
                ("highlight_options", <Maybe<HighlightOptions> as ReadErrors>::reads),
                ("no_result_message", Reads::whole),
                ("page_size", Reads::whole),
                ("remove_stop_words", Reads::whole),
                ("score_threshold", Reads::whole),
                ("search_type", Reads::whole),
                ("slim_chunks", Reads::whole),
                ("typo_options", <Maybe<TypoOptions> as ReadErrors>::reads),
                ("use_quote_negated_terms", Reads::whole),
            ],
        )
    }
}

impl ReadErrors for ChunkFilter {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        let Some(mut object) = read::object(value, at, violations) else { return };
        object.optional::<Maybe<Vec<ConditionType>>>("must");
        object.optional::<Maybe<Vec<ConditionType>>>("must_not");
        object.optional::<Maybe<Vec<ConditionType>>>("should");
    }
    fn reads() -> Reads {
        Reads::Members(
            &[
                ("must", <Maybe<Vec<ConditionType>> as ReadErrors>::reads),
                ("must_not", <Maybe<Vec<ConditionType>> as ReadErrors>::reads),
                ("should", <Maybe<Vec<ConditionType>> as ReadErrors>::reads),
            ],
        )
    }
}

impl ReadErrors for ConditionType {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        read::any_variant(
            value,
            at,
            violations,
            &[
                <Box<FieldCondition> as ReadErrors>::read_errors,
                <HasChunkIdCondition as ReadErrors>::read_errors,
            ],
        );
    }
    fn reads() -> Reads {
        Reads::Variants(
            &[
                <Box<FieldCondition> as ReadErrors>::reads,
                <HasChunkIdCondition as ReadErrors>::reads,
            ],
        )
    }
}

impl ReadErrors for CreateApiKeyReqPayload {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        let Some(mut object) = read::object(value, at, violations) else { return };
        object.optional::<Maybe<Vec<Uuid>>>("dataset_ids");
        object.optional::<Maybe<ApiKeyRequestParams>>("default_params");
        object.optional::<Maybe<String>>("expires_at");
        object.required::<String>("name");
        object.required::<i32>("role");
        object.optional::<Maybe<Vec<String>>>("scopes");
    }
    fn reads() -> Reads {
        Reads::Members(
            &[
                ("dataset_ids", Reads::whole),
                ("default_params", <Maybe<ApiKeyRequestParams> as ReadErrors>::reads),
                ("expires_at", Reads::whole),
                ("name", Reads::whole),
                ("role", Reads::whole),
                ("scopes", Reads::whole),
            ],
        )
    }
}

impl ReadErrors for CreateOrganizationReqPayload {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        let Some(mut object) = read::object(value, at, violations) else { return };
        object.required::<String>("name");
    }
    fn reads() -> Reads {
        Reads::Members(&[("name", Reads::whole)])
    }
}

impl ReadErrors for DateRange {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        let Some(mut object) = read::object(value, at, violations) else { return };
        object.optional::<Maybe<String>>("gt");
        object.optional::<Maybe<String>>("gte");
        object.optional::<Maybe<String>>("lt");
        object.optional::<Maybe<String>>("lte");
    }
    fn reads() -> Reads {
        Reads::Members(
            &[
                ("gt", Reads::whole),
                ("gte", Reads::whole),
                ("lt", Reads::whole),
                ("lte", Reads::whole),
            ],
        )
    }
}

impl ReadErrors for FieldCondition {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        let Some(mut object) = read::object(value, at, violations) else { return };
        object.optional::<Maybe<bool>>("boolean");
        object.optional::<Maybe<DateRange>>("date_range");
        object.required::<String>("field");
        object.optional::<Maybe<LocationBoundingBox>>("geo_bounding_box");
        object.optional::<Maybe<LocationPolygon>>("geo_polygon");
        object.optional::<Maybe<LocationRadius>>("geo_radius");
        object.optional::<Maybe<Vec<MatchCondition>>>("match_all");
        object.optional::<Maybe<Vec<MatchCondition>>>("match_any");
        object.optional::<Maybe<Range>>("range");
        object.others::<Value>();
    }
    fn reads() -> Reads {
        Reads::Open(
            &[
                ("boolean", Reads::whole),
                ("date_range", <Maybe<DateRange> as ReadErrors>::reads),
                ("field", Reads::whole),
                ("geo_bounding_box", <Maybe<LocationBoundingBox> as ReadErrors>::reads),
                ("geo_polygon", <Maybe<LocationPolygon> as ReadErrors>::reads),
                ("geo_radius", <Maybe<LocationRadius> as ReadErrors>::reads),
                ("match_all", <Maybe<Vec<MatchCondition>> as ReadErrors>::reads),
                ("match_any", <Maybe<Vec<MatchCondition>> as ReadErrors>::reads),
                ("range", <Maybe<Range> as ReadErrors>::reads),
            ],
            <Value as ReadErrors>::reads,
        )
    }
}

impl ReadErrors for GeoInfo {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        let Some(mut object) = read::object(value, at, violations) else { return };
        object.required::<GeoTypes>("lat");
        object.required::<GeoTypes>("lon");
    }
    fn reads() -> Reads {
        Reads::Members(
            &[
                ("lat", <GeoTypes as ReadErrors>::reads),
                ("lon", <GeoTypes as ReadErrors>::reads),
            ],
        )
    }
}

impl ReadErrors for GeoTypes {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        read::any_variant(
            value,
            at,
            violations,
            &[<i64 as ReadErrors>::read_errors, <f64 as ReadErrors>::read_errors],
        );
    }
    fn reads() -> Reads {
        Reads::Variants(&[<i64 as ReadErrors>::reads, <f64 as ReadErrors>::reads])
    }
}

impl ReadErrors for GetOrganizationUsageReqPayload {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        let Some(mut object) = read::object(value, at, violations) else { return };
        object.optional::<Maybe<DateRange>>("date_range");
        object.optional::<Maybe<bool>>("v1_usage");
    }
    fn reads() -> Reads {
        Reads::Members(
            &[
                ("date_range", <Maybe<DateRange> as ReadErrors>::reads),
                ("v1_usage", Reads::whole),
            ],
        )
    }
}

impl ReadErrors for HasChunkIdCondition {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        let Some(mut object) = read::object(value, at, violations) else { return };
        object.optional::<Maybe<Vec<Uuid>>>("ids");
        object.optional::<Maybe<Vec<String>>>("tracking_ids");
        object.others::<Value>();
    }
    fn reads() -> Reads {
        Reads::Open(
            &[("ids", Reads::whole), ("tracking_ids", Reads::whole)],
            <Value as ReadErrors>::reads,
        )
    }
}

impl ReadErrors for HighlightOptions {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        let Some(mut object) = read::object(value, at, violations) else { return };
        object.optional::<Maybe<Vec<String>>>("highlight_delimiters");
        object.optional::<Maybe<i32>>("highlight_max_length");
        object.optional::<Maybe<i32>>("highlight_max_num");
        object.optional::<Maybe<bool>>("highlight_results");
        object.optional::<Maybe<HighlightStrategy>>("highlight_strategy");
        object.optional::<Maybe<f64>>("highlight_threshold");
        object.optional::<Maybe<i32>>("highlight_window");
        object.optional::<Maybe<String>>("post_tag");
        object.optional::<Maybe<String>>("pre_tag");
    }
    fn reads() -> Reads {
        Reads::Members(
            &[
                ("highlight_delimiters", Reads::whole),
                ("highlight_max_length", Reads::whole),
                ("highlight_max_num", Reads::whole),
                ("highlight_results", Reads::whole),
                ("highlight_strategy", Reads::whole),
                ("highlight_threshold", Reads::whole),
                ("highlight_window", Reads::whole),
                ("post_tag", Reads::whole),
                ("pre_tag", Reads::whole),
            ],
        )
    }
}

impl ReadErrors for InvitationData {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        let Some(mut object) = read::object(value, at, violations) else { return };
        object.required::<String>("app_url");
        object.required::<String>("email");
        object.required::<String>("redirect_uri");
        object.optional::<Maybe<Vec<String>>>("scopes");
        object.required::<i32>("user_role");
    }
    fn reads() -> Reads {
        Reads::Members(
            &[
                ("app_url", Reads::whole),
                ("email", Reads::whole),
                ("redirect_uri", Reads::whole),
                ("scopes", Reads::whole),
                ("user_role", Reads::whole),
            ],
        )
    }
}

impl ReadErrors for LocationBoundingBox {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        let Some(mut object) = read::object(value, at, violations) else { return };
        object.required::<GeoInfo>("bottom_right");
        object.required::<GeoInfo>("top_left");
    }
    fn reads() -> Reads {
        Reads::Members(
            &[
                ("bottom_right", <GeoInfo as ReadErrors>::reads),
                ("top_left", <GeoInfo as ReadErrors>::reads),
            ],
        )
    }
}

impl ReadErrors for LocationPolygon {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        let Some(mut object) = read::object(value, at, violations) else { return };
        object.required::<Vec<GeoInfo>>("exterior");
        object.optional::<Maybe<Vec<Vec<GeoInfo>>>>("interior");
    }
    fn reads() -> Reads {
        Reads::Members(
            &[
                ("exterior", <Vec<GeoInfo> as ReadErrors>::reads),
                ("interior", <Maybe<Vec<Vec<GeoInfo>>> as ReadErrors>::reads),
            ],
        )
    }
}

impl ReadErrors for LocationRadius {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        let Some(mut object) = read::object(value, at, violations) else { return };
        object.required::<GeoInfo>("center");
        object.required::<f64>("radius");
    }
    fn reads() -> Reads {
        Reads::Members(
            &[("center", <GeoInfo as ReadErrors>::reads), ("radius", Reads::whole)],
        )
    }
}

impl ReadErrors for MatchCondition {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        read::any_variant(
            value,
            at,
            violations,
            &[
                <String as ReadErrors>::read_errors,
                <i64 as ReadErrors>::read_errors,
                <f64 as ReadErrors>::read_errors,
            ],
        );
    }
    fn reads() -> Reads {
        Reads::Variants(
            &[
                <String as ReadErrors>::reads,
                <i64 as ReadErrors>::reads,
                <f64 as ReadErrors>::reads,
            ],
        )
    }
}

impl ReadErrors for Range {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        let Some(mut object) = read::object(value, at, violations) else { return };
        object.optional::<Maybe<RangeCondition>>("gt");
        object.optional::<Maybe<RangeCondition>>("gte");
        object.optional::<Maybe<RangeCondition>>("lt");
        object.optional::<Maybe<RangeCondition>>("lte");
    }
    fn reads() -> Reads {
        Reads::Members(
            &[
                ("gt", <Maybe<RangeCondition> as ReadErrors>::reads),
                ("gte", <Maybe<RangeCondition> as ReadErrors>::reads),
                ("lt", <Maybe<RangeCondition> as ReadErrors>::reads),
                ("lte", <Maybe<RangeCondition> as ReadErrors>::reads),
            ],
        )
    }
}

impl ReadErrors for RangeCondition {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        read::any_variant(
            value,
            at,
            violations,
            &[<f64 as ReadErrors>::read_errors, <i64 as ReadErrors>::read_errors],
        );
    }
    fn reads() -> Reads {
        Reads::Variants(&[<f64 as ReadErrors>::reads, <i64 as ReadErrors>::reads])
    }
}

impl ReadErrors for TypoOptions {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        let Some(mut object) = read::object(value, at, violations) else { return };
        object.optional::<Maybe<bool>>("correct_typos");
        object.optional::<Maybe<Vec<String>>>("disable_on_word");
        object.optional::<Maybe<TypoRange>>("one_typo_word_range");
        object.optional::<Maybe<bool>>("prioritize_domain_specifc_words");
        object.optional::<Maybe<TypoRange>>("two_typo_word_range");
    }
    fn reads() -> Reads {
        Reads::Members(
            &[
                ("correct_typos", Reads::whole),
                ("disable_on_word", Reads::whole),
                ("one_typo_word_range", <Maybe<TypoRange> as ReadErrors>::reads),
                ("prioritize_domain_specifc_words", Reads::whole),
                ("two_typo_word_range", <Maybe<TypoRange> as ReadErrors>::reads),
            ],
        )
    }
}

impl ReadErrors for TypoRange {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        let Some(mut object) = read::object(value, at, violations) else { return };
        object.optional::<Maybe<i32>>("max");
        object.required::<i32>("min");
    }
    fn reads() -> Reads {
        Reads::Members(&[("max", Reads::whole), ("min", Reads::whole)])
    }
}

impl ReadErrors for UpdateAllOrgDatasetConfigsReqPayload {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        let Some(mut object) = read::object(value, at, violations) else { return };
        object.optional::<Maybe<Value>>("match_configuration");
        object.required::<Value>("to_configuration");
    }
    fn reads() -> Reads {
        Reads::Members(
            &[
                ("match_configuration", <Maybe<Value> as ReadErrors>::reads),
                ("to_configuration", <Value as ReadErrors>::reads),
            ],
        )
    }
}

impl ReadErrors for UpdateOrganizationReqPayload {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        let Some(mut object) = read::object(value, at, violations) else { return };
        object.optional::<Maybe<String>>("name");
        object.optional::<Maybe<Value>>("partner_configuration");
    }
    fn reads() -> Reads {
        Reads::Members(
            &[
                ("name", Reads::whole),
                ("partner_configuration", <Maybe<Value> as ReadErrors>::reads),
            ],
        )
    }
}

impl ReadErrors for UpdateUserReqPayload {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        let Some(mut object) = read::object(value, at, violations) else { return };
        object.optional::<Maybe<i32>>("role");
        object.optional::<Maybe<Vec<String>>>("scopes");
        object.optional::<Maybe<Uuid>>("user_id");
    }
    fn reads() -> Reads {
        Reads::Members(
            &[
                ("role", Reads::whole),
                ("scopes", Reads::whole),
                ("user_id", Reads::whole),
            ],
        )
    }
}

oapi_axum_runtime::reads_whole!(HighlightStrategy, SearchMethod);
