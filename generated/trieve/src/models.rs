//! The types of the API description's schemas.

use chrono::{DateTime, Utc};
use oapi_axum_runtime::Maybe;
use oapi_axum_runtime::support::discriminator;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;
use uuid::Uuid;

/// The default parameters which will be forcibly used when the api key is given on a request. If not provided, the api key will not have default parameters.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ApiKeyRequestParams {
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub filters: Maybe<ChunkFilter>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub highlight_options: Maybe<HighlightOptions>,
    /// Options for handling the response for the llm to return when no results are found
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub no_result_message: Maybe<String>,
    /// Page size is the number of chunks to fetch. This can be used to fetch more than 10 chunks at a time.
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub page_size: Maybe<i64>,
    /// If true, stop words will be removed. Queries that are entirely stop words will be preserved.
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub remove_stop_words: Maybe<bool>,
    /// Set score_threshold to a float to filter out chunks with a score below the threshold.
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub score_threshold: Maybe<f32>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub search_type: Maybe<SearchMethod>,
    /// Set slim_chunks to true to avoid returning the content and chunk_html of the chunks.
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub slim_chunks: Maybe<bool>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub typo_options: Maybe<TypoOptions>,
    /// If true, quoted and - prefixed words will be parsed from the queries and used as required and negated words respectively.
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub use_quote_negated_terms: Maybe<bool>,
}

/// Example:
///
/// ```json
/// {
///   "created_at": "2021-01-01 00:00:00.000",
///   "dataset_ids": [
///     "d0d0d0d0-d0d0-d0d0-d0d0-d0d0d0d0d0d0"
///   ],
///   "id": "e3e3e3e3-e3e3-e3e3-e3e3-e3e3e3e3e3e3",
///   "name": "Trieve",
///   "organization_id": "e3e3e3e3-e3e3-e3e3-e3e3-e3e3e3e3e3e3",
///   "role": 1,
///   "updated_at": "2021-01-01 00:00:00.000"
/// }
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ApiKeyRespBody {
    pub created_at: DateTime<Utc>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub dataset_ids: Maybe<Vec<String>>,
    pub id: Uuid,
    pub name: String,
    pub organization_id: Uuid,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub organization_ids: Maybe<Vec<String>>,
    pub role: i32,
    pub updated_at: DateTime<Utc>,
}

/// ChunkFilter is a JSON object which can be used to filter chunks. This is useful for when you want to filter chunks by arbitrary metadata. Unlike with tag filtering, there is a performance hit for filtering on metadata.
///
/// Example:
///
/// ```json
/// {
///   "must": [
///     {
///       "field": "tag_set",
///       "match_all": [
///         "A",
///         "B"
///       ]
///     },
///     {
///       "field": "num_value",
///       "range": {
///         "gte": 10,
///         "lte": 25
///       }
///     }
///   ]
/// }
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ChunkFilter {
    /// All of these field conditions have to match for the chunk to be included in the result set.
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub must: Maybe<Vec<ConditionType>>,
    /// None of these field conditions can match for the chunk to be included in the result set.
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub must_not: Maybe<Vec<ConditionType>>,
    /// Only one of these field conditions has to match for the chunk to be included in the result set.
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub should: Maybe<Vec<ConditionType>>,
}

/// Filters can be constructed using either fields on the chunk objects, ids or tracking ids of chunks, and finally ids or tracking ids of groups.
///
/// Exactly one of the variants (`oneOf`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum ConditionType {
    FieldCondition(Box<FieldCondition>),
    HasChunkIdCondition(HasChunkIdCondition),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CreateApiKeyReqPayload {
    /// The dataset ids which the api key will have access to. If not provided or empty, the api key will have access to all datasets in the dataset.
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub dataset_ids: Maybe<Vec<Uuid>>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub default_params: Maybe<ApiKeyRequestParams>,
    /// The expiration date of the api key. If not provided, the api key will not expire. This should be provided in UTC time.
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub expires_at: Maybe<String>,
    /// The name which will be assigned to the new api key.
    pub name: String,
    /// The role which will be assigned to the new api key. Either 0 (read), 1 (Admin) or 2 (Owner). The auth'ed user must have a role greater than or equal to the role being assigned.
    pub role: i32,
    /// The routes which the api key will have access to. If not provided or empty, the api key will have access to all routes. Specify the routes as a list of strings. For example, ["GET /api/dataset", "POST /api/dataset"].
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub scopes: Maybe<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CreateApiKeyResponse {
    /// The api key which was created. This is the value which should be used in the Authorization header.
    pub api_key: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CreateOrganizationReqPayload {
    /// The arbitrary name which will be used to identify the organization. This name must be unique.
    pub name: String,
}

/// DateRange is a JSON object which can be used to filter chunks by a range of dates. This leverages the time_stamp field on chunks in your dataset. You can specify this if you want values in a certain range. You must provide ISO 8601 combined date and time without timezone.
///
/// Example:
///
/// ```json
/// {
///   "gt": "2021-01-01 00:00:00.000",
///   "gte": "2021-01-01 00:00:00.000",
///   "lt": "2021-01-01 00:00:00.000",
///   "lte": "2021-01-01 00:00:00.000"
/// }
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DateRange {
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub gt: Maybe<String>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub gte: Maybe<String>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub lt: Maybe<String>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub lte: Maybe<String>,
}

/// The path parameters of `delete_invitation`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeleteInvitationPath {
    /// The id of the invitation to delete
    pub invitation_id: Uuid,
}

/// The path parameters of `delete_organization_api_key`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeleteOrganizationApiKeyPath {
    /// The id of the api key to delete
    pub api_key_id: Uuid,
}

/// Example: `{"message":"Bad Request"}`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ErrorResponseBody {
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExtendedOrganizationUsageCount {
    pub bytes_ingested: i64,
    pub chunk_count: i32,
    pub current_months_message_count: i64,
    pub dataset_count: i32,
    pub events_ingested: i64,
    pub file_storage: i64,
    pub message_count: i64,
    pub message_tokens: i64,
    pub ocr_pages_ingested: i64,
    pub search_count: i64,
    pub search_tokens: i64,
    pub tokens_ingested: i64,
    pub user_count: i32,
    pub website_pages_scraped: i64,
}

/// FieldCondition is a JSON object which can be used to filter chunks by a field. This is useful for when you want to filter chunks by arbitrary metadata. To access fields inside of the metadata that you provide with the card, prefix the field name with `metadata.`.
///
/// Example:
///
/// ```json
/// {
///   "field": "metadata.key1",
///   "match": [
///     "value1",
///     "value2"
///   ],
///   "range": {
///     "gt": 0.0,
///     "gte": 0.0,
///     "lt": 1.0,
///     "lte": 1.0
///   }
/// }
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FieldCondition {
    /// Boolean is a true false value for a field. This only works for boolean fields. You can specify this if you want values to be true or false.
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub boolean: Maybe<bool>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub date_range: Maybe<DateRange>,
    /// Field is the name of the field to filter on. Commonly used fields are `timestamp`, `link`, `tag_set`, `location`, `num_value`, `group_ids`, and `group_tracking_ids`. The field value will be used to check for an exact substring match on the metadata values for each existing chunk. This is useful for when you want to filter chunks by arbitrary metadata. To access fields inside of the metadata that you provide with the card, prefix the field name with `metadata.`.
    pub field: String,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub geo_bounding_box: Maybe<LocationBoundingBox>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub geo_polygon: Maybe<LocationPolygon>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub geo_radius: Maybe<LocationRadius>,
    /// Match all lets you pass in an array of values that will return results if all of the items match. The match value will be used to check for an exact substring match on the metadata values for each existing chunk. If both match_all and match_any are provided, the match_any condition will be used.
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub match_all: Maybe<Vec<MatchCondition>>,
    /// Match any lets you pass in an array of values that will return results if any of the items match. The match value will be used to check for an exact substring match on the metadata values for each existing chunk. If both match_all and match_any are provided, the match_any condition will be used.
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub match_any: Maybe<Vec<MatchCondition>>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub range: Maybe<Range>,
    /// Properties not listed above, kept as the API description allows.
    #[serde(flatten)]
    pub additional_properties: BTreeMap<String, Value>,
}

/// Location that you want to use as the center of the search.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GeoInfo {
    pub lat: GeoTypes,
    pub lon: GeoTypes,
}

/// Exactly one of the variants (`oneOf`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum GeoTypes {
    Integer(i64),
    Number(f64),
}

/// The path parameters of `get_invitations`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GetInvitationsPath {
    /// The organization id to get invitations for
    pub organization_id: Uuid,
}

/// The header parameters of `get_organization_api_keys`, `create_organization_api_key` and `delete_organization_api_key`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GetOrganizationApiKeysHeaders {
    /// The organization id to use for the request.
    #[serde(rename = "TR-Organization")]
    pub tr_organization: Uuid,
}

/// The query parameters of `get_organization_api_keys`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GetOrganizationApiKeysQuery {
    /// The cursor to start the pagination from.
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub cursor: Maybe<String>,
    /// The number of items to return per page.
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub limit: Maybe<i32>,
}

/// The path parameters of `get_organization_usage`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GetOrganizationUsagePath {
    /// The id of the organization you want to fetch the usage of.
    pub organization_id: Uuid,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GetOrganizationUsageReqPayload {
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub date_range: Maybe<DateRange>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub v1_usage: Maybe<bool>,
}

/// The path parameters of `get_organization_users`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GetOrganizationUsersPath {
    /// The id of the organization you want to fetch the users of.
    pub organization_id: Uuid,
}

/// HasChunkIDCondition is a JSON object which can be used to filter chunks by their ids or tracking ids. This is useful for when you want to filter chunks by their ids or tracking ids.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct HasChunkIdCondition {
    /// Ids of the chunks to apply a match_any condition with. Only chunks with one of these ids will be returned.
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub ids: Maybe<Vec<Uuid>>,
    /// Tracking ids of the chunks to apply a match_any condition with. Only chunks with one of these tracking ids will be returned.
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub tracking_ids: Maybe<Vec<String>>,
    /// Properties not listed above, kept as the API description allows.
    #[serde(flatten)]
    pub additional_properties: BTreeMap<String, Value>,
}

/// Highlight Options lets you specify different methods to highlight the chunks in the result set. If not specified, this defaults to the score of the chunks.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct HighlightOptions {
    /// Set highlight_delimiters to a list of strings to use as delimiters for highlighting. If not specified, this defaults to ["?", ",", ".", "!"]. These are the characters that will be used to split the chunk_html into splits for highlighting. These are the characters that will be used to split the chunk_html into splits for highlighting.
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub highlight_delimiters: Maybe<Vec<String>>,
    /// Set highlight_max_length to control the maximum number of tokens (typically whitespace separated strings, but sometimes also word stems) which can be present within a single highlight. If not specified, this defaults to 8. This is useful to shorten large splits which may have low scores due to length compared to the query. Set to something very large like 100 to highlight entire splits.
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub highlight_max_length: Maybe<i32>,
    /// Set highlight_max_num to control the maximum number of highlights per chunk. If not specified, this defaults to 3. It may be less than 3 if no snippets score above the highlight_threshold.
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub highlight_max_num: Maybe<i32>,
    /// Set highlight_results to false for a slight latency improvement (1-10ms). If not specified, this defaults to true. This will add `<mark><b>` tags to the chunk_html of the chunks to highlight matching splits and return the highlights on each scored chunk in the response.
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub highlight_results: Maybe<bool>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub highlight_strategy: Maybe<HighlightStrategy>,
    /// Set highlight_threshold to a lower or higher value to adjust the sensitivity of the highlights applied to the chunk html. If not specified, this defaults to 0.8. The range is 0.0 to 1.0.
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub highlight_threshold: Maybe<f64>,
    /// Set highlight_window to a number to control the amount of words that are returned around the matched phrases. If not specified, this defaults to 0. This is useful for when you want to show more context around the matched words. When specified, window/2 whitespace separated words are added before and after each highlight in the response's highlights array. If an extended highlight overlaps with another highlight, the overlapping words are only included once. This parameter can be overriden to respect the highlight_max_length param.
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub highlight_window: Maybe<i32>,
    /// Custom html tag which should appear after highlights. If not specified, this defaults to '</mark></b>'.
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub post_tag: Maybe<String>,
    /// Custom html tag which should appear before highlights. If not specified, this defaults to '<mark><b>'.
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub pre_tag: Maybe<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum HighlightStrategy {
    Exactmatch,
    V1,
}

impl HighlightStrategy {
    /// The value as it is on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Exactmatch => "exactmatch",
            Self::V1 => "v1",
        }
    }
}

impl std::fmt::Display for HighlightStrategy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Example:
///
/// ```json
/// {
///   "created_at": "2021-01-01 00:00:00.000",
///   "email": "trieve@trieve.ai",
///   "id": "e3e3e3e3-e3e3-e3e3-e3e3-e3e3e3e3e3e3",
///   "organization_id": "e3e3e3e3-e3e3-e3e3-e3e3-e3e3e3e3e3e3",
///   "role": 1,
///   "updated_at": "2021-01-01 00:00:00.000",
///   "used": false
/// }
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Invitation {
    pub created_at: DateTime<Utc>,
    pub email: String,
    pub id: Uuid,
    pub organization_id: Uuid,
    pub role: i32,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub scopes: Maybe<Vec<Option<String>>>,
    pub updated_at: DateTime<Utc>,
    pub used: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InvitationData {
    /// The url of the app that the user will be directed to in order to set their password. Usually admin.trieve.ai, but may differ for local dev or self-hosted setups.
    pub app_url: String,
    /// The email of the user to invite. Must be a valid email as they will be sent an email to register.
    pub email: String,
    /// The url that the user will be redirected to after setting their password.
    pub redirect_uri: String,
    /// The api route scopes the user will have in the organization.
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub scopes: Maybe<Vec<String>>,
    /// The role the user will have in the organization. 0 = User, 1 = Admin, 2 = Owner.
    pub user_role: i32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LocationBoundingBox {
    pub bottom_right: GeoInfo,
    pub top_left: GeoInfo,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LocationPolygon {
    pub exterior: Vec<GeoInfo>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub interior: Maybe<Vec<Vec<GeoInfo>>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LocationRadius {
    pub center: GeoInfo,
    pub radius: f64,
}

/// Exactly one of the variants (`oneOf`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum MatchCondition {
    String(String),
    Integer(i64),
    Number(f64),
}

/// Example:
///
/// ```json
/// {
///   "created_at": "2021-01-01 00:00:00.000",
///   "id": "e3e3e3e3-e3e3-e3e3-e3e3-e3e3e3e3e3e3",
///   "name": "Trieve",
///   "partner_configuration": {
///     "COMPANY_NAME": "Trieve",
///     "DEMO_DOMAIN": "demos.trieve.ai",
///     "FAVICON_URL": "https://cdn.trieve.ai/favicon.ico"
///   },
///   "registerable": true,
///   "updated_at": "2021-01-01 00:00:00.000"
/// }
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Organization {
    /// Timestamp of the creation of the dataset
    pub created_at: DateTime<Utc>,
    /// Flag to indicate if the organization has been deleted. Deletes are handled async after the flag is set so as to avoid expensive search index compaction.
    pub deleted: i32,
    /// Unique identifier of the dataset, auto-generated uuid created by Trieve
    pub id: Uuid,
    /// Name of the organization
    pub name: String,
    /// Configuration of the organization for the Trieve partner program. Contact partnerships@trieve.ai for more details.
    pub partner_configuration: Value,
    /// Flag to indicate whether or not new users may join the organization. Default is true.
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub registerable: Maybe<bool>,
    /// Timestamp of the last update of the dataset
    pub updated_at: DateTime<Utc>,
}

/// The path parameters of `get_organization` and `delete_organization`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrganizationIdPath {
    /// The id of the organization you want to fetch.
    pub organization_id: Uuid,
}

/// Example:
///
/// ```json
/// {
///   "organization": {
///     "created_at": "2021-01-01 00:00:00.000",
///     "id": "e3e3e3e3-e3e3-e3e3-e3e3-e3e3e3e3e3e3",
///     "name": "Trieve",
///     "registerable": true,
///     "updated_at": "2021-01-01 00:00:00.000"
///   },
///   "plan": {
///     "amount": 1000,
///     "chunk_count": 1000,
///     "created_at": "2021-01-01 00:00:00.000",
///     "dataset_count": 1,
///     "file_storage": 512,
///     "id": "e3e3e3e3-e3e3-e3e3-e3e3-e3e3e3e3e3e3",
///     "message_count": 1000,
///     "name": "Free",
///     "stripe_id": "plan_123",
///     "updated_at": "2021-01-01 00:00:00.000",
///     "user_count": 5
///   },
///   "subscription": {
///     "created_at": "2021-01-01 00:00:00.000",
///     "current_period_end": "2021-01-01 00:00:00.000",
///     "id": "e3e3e3e3-e3e3-e3e3-e3e3-e3e3e3e3e3e3",
///     "organization_id": "e3e3e3e3-e3e3-e3e3-e3e3-e3e3e3e3e3e3",
///     "plan_id": "e3e3e3e3-e3e3-e3e3-e3e3-e3e3e3e3e3e3",
///     "stripe_id": "sub_123",
///     "updated_at": "2021-01-01 00:00:00.000"
///   }
/// }
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrganizationWithSubAndPlan {
    pub organization: Organization,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub plan: Maybe<TrievePlan>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub subscription: Maybe<TrieveSubscription>,
}

/// Example: `{"gt":0.0,"gte":0.0,"lt":1.0,"lte":1.0}`
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Range {
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub gt: Maybe<RangeCondition>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub gte: Maybe<RangeCondition>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub lt: Maybe<RangeCondition>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub lte: Maybe<RangeCondition>,
}

/// Exactly one of the variants (`oneOf`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum RangeCondition {
    Number(f64),
    Integer(i64),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SearchMethod {
    Fulltext,
    Semantic,
    Hybrid,
    Bm25,
}

impl SearchMethod {
    /// The value as it is on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Fulltext => "fulltext",
            Self::Semantic => "semantic",
            Self::Hybrid => "hybrid",
            Self::Bm25 => "bm25",
        }
    }
}

impl std::fmt::Display for SearchMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Example:
///
/// ```json
/// {
///   "email": "developers@trieve.ai",
///   "id": "e3e3e3e3-e3e3-e3e3-e3e3-e3e3e3e3e3e3",
///   "name": "Trieve",
///   "orgs": [
///     {
///       "created_at": "2021-01-01 00:00:00.000",
///       "id": "e3e3e3e3-e3e3-e3e3-e3e3-e3e3e3e3e3e3",
///       "name": "Trieve",
///       "registerable": true,
///       "updated_at": "2021-01-01 00:00:00.000"
///     }
///   ],
///   "user_orgs": [
///     {
///       "created_at": "2021-01-01 00:00:00.000",
///       "id": "e3e3e3e3-e3e3-e3e3-e3e3-e3e3e3e3e3e3",
///       "org_id": "e3e3e3e3-e3e3-e3e3-e3e3-e3e3e3e3e3e3",
///       "role": 0,
///       "updated_at": "2021-01-01 00:00:00.000",
///       "user_id": "e3e3e3e3-e3e3-e3e3-e3e3-e3e3e3e3e3e3"
///     }
///   ]
/// }
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SlimUser {
    pub created_at: DateTime<Utc>,
    pub email: String,
    pub id: Uuid,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub name: Maybe<String>,
    pub orgs: Vec<Organization>,
    pub user_orgs: Vec<UserOrganization>,
}

/// Example:
///
/// ```json
/// {
///   "amount": 1000,
///   "chunk_count": 1000,
///   "created_at": "2021-01-01 00:00:00.000",
///   "dataset_count": 1,
///   "file_storage": 512,
///   "id": "e3e3e3e3-e3e3-e3e3-e3e3-e3e3e3e3e3e3",
///   "message_count": 1000,
///   "messages_per_month": 1000,
///   "name": "Free",
///   "stripe_id": "plan_123",
///   "updated_at": "2021-01-01 00:00:00.000",
///   "user_count": 5
/// }
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StripePlan {
    pub amount: i64,
    pub chunk_count: i32,
    pub created_at: DateTime<Utc>,
    pub dataset_count: i32,
    pub file_storage: i64,
    pub id: Uuid,
    pub message_count: i32,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub messages_per_month: Maybe<i32>,
    pub name: String,
    pub stripe_id: String,
    pub updated_at: DateTime<Utc>,
    pub user_count: i32,
    pub visible: bool,
}

/// Example:
///
/// ```json
/// {
///   "created_at": "2021-01-01 00:00:00.000",
///   "current_period_end": "2021-01-01 00:00:00.000",
///   "id": "e3e3e3e3-e3e3-e3e3-e3e3-e3e3e3e3e3e3",
///   "organization_id": "e3e3e3e3-e3e3-e3e3-e3e3-e3e3e3e3e3e3",
///   "plan_id": "e3e3e3e3-e3e3-e3e3-e3e3-e3e3e3e3e3e3",
///   "stripe_id": "sub_123",
///   "updated_at": "2021-01-01 00:00:00.000"
/// }
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StripeSubscription {
    pub created_at: DateTime<Utc>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub current_period_end: Maybe<DateTime<Utc>>,
    pub id: Uuid,
    pub organization_id: Uuid,
    pub plan_id: Uuid,
    pub stripe_id: String,
    pub updated_at: DateTime<Utc>,
}

/// Example:
///
/// ```json
/// {
///   "created_at": "2021-01-01 00:00:00.000",
///   "current_period_end": "2021-01-01 00:00:00.000",
///   "id": "e3e3e3e3-e3e3-e3e3-e3e3-e3e3e3e3e3e3",
///   "organization_id": "e3e3e3e3-e3e3-e3e3-e3e3-e3e3e3e3e3e3",
///   "plan_id": "e3e3e3e3-e3e3-e3e3-e3e3-e3e3e3e3e3e3",
///   "stripe_id": "sub_123",
///   "updated_at": "2021-01-01 00:00:00.000"
/// }
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StripeUsageBasedPlan {
    pub analytics_events_price_id: String,
    pub bytes_ingested_price_id: String,
    pub chunks_stored_price_id: String,
    pub created_at: DateTime<Utc>,
    pub datasets_price_id: String,
    pub files_storage_price_id: String,
    pub id: Uuid,
    pub ingest_tokens_price_id: String,
    pub message_tokens_price_id: String,
    pub name: String,
    pub ocr_pages_price_id: String,
    pub pages_crawls_price_id: String,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub platform_price_amount: Maybe<i32>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub platform_price_id: Maybe<String>,
    pub search_tokens_price_id: String,
    pub users_price_id: String,
    pub visible: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StripeUsageBasedSubscription {
    pub created_at: DateTime<Utc>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub current_period_end: Maybe<DateTime<Utc>>,
    pub id: Uuid,
    pub last_cycle_chunks_stored_mb: i64,
    pub last_cycle_dataset_count: i64,
    pub last_cycle_files_storage_mb: i64,
    pub last_cycle_timestamp: DateTime<Utc>,
    pub last_cycle_users_count: i32,
    pub last_recorded_meter: DateTime<Utc>,
    pub organization_id: Uuid,
    pub stripe_subscription_id: String,
    pub usage_based_plan_id: Uuid,
}

/// The header parameters of `post_invitation` and 9 other operations.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrOrganizationHeaders {
    /// The organization id to use for the request
    #[serde(rename = "TR-Organization")]
    pub tr_organization: Uuid,
}

/// Exactly one of the variants (`oneOf`). The property `type` names the variant.
#[derive(Debug, Clone, PartialEq)]
pub enum TrievePlan {
    Flat(Box<TrievePlanFlat>),
    UsageBased(Box<TrievePlanUsageBased>),
}

impl Serialize for TrievePlan {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Flat(value) => value.serialize(serializer),
            Self::UsageBased(value) => value.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for TrievePlan {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let (tag, value) = discriminator::discriminated(deserializer, "type")?;
        match tag.as_deref() {
            Some("flat") => discriminator::variant(value).map(Self::Flat),
            Some("usage_based") => discriminator::variant(value).map(Self::UsageBased),
            Some(other) => {
                Err(serde::de::Error::unknown_variant(other, &["flat", "usage_based"]))
            }
            None => Err(serde::de::Error::missing_field("type")),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrievePlanFlat {
    pub amount: i64,
    pub chunk_count: i32,
    pub created_at: DateTime<Utc>,
    pub dataset_count: i32,
    pub file_storage: i64,
    pub id: Uuid,
    pub message_count: i32,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub messages_per_month: Maybe<i32>,
    pub name: String,
    pub stripe_id: String,
    pub updated_at: DateTime<Utc>,
    pub user_count: i32,
    pub visible: bool,
    #[serde(rename = "type")]
    pub type_: TrievePlanFlatType,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TrievePlanFlatType {
    Flat,
}

impl TrievePlanFlatType {
    /// The value as it is on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Flat => "flat",
        }
    }
}

impl std::fmt::Display for TrievePlanFlatType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrievePlanUsageBased {
    pub analytics_events_price_id: String,
    pub bytes_ingested_price_id: String,
    pub chunks_stored_price_id: String,
    pub created_at: DateTime<Utc>,
    pub datasets_price_id: String,
    pub files_storage_price_id: String,
    pub id: Uuid,
    pub ingest_tokens_price_id: String,
    pub message_tokens_price_id: String,
    pub name: String,
    pub ocr_pages_price_id: String,
    pub pages_crawls_price_id: String,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub platform_price_amount: Maybe<i32>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub platform_price_id: Maybe<String>,
    pub search_tokens_price_id: String,
    pub users_price_id: String,
    pub visible: bool,
    #[serde(rename = "type")]
    pub type_: TrievePlanUsageBasedType,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TrievePlanUsageBasedType {
    UsageBased,
}

impl TrievePlanUsageBasedType {
    /// The value as it is on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::UsageBased => "usage_based",
        }
    }
}

impl std::fmt::Display for TrievePlanUsageBasedType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Exactly one of the variants (`oneOf`). The property `type` names the variant.
#[derive(Debug, Clone, PartialEq)]
pub enum TrieveSubscription {
    Flat(Box<TrieveSubscriptionFlat>),
    UsageBased(Box<TrieveSubscriptionUsageBased>),
}

impl Serialize for TrieveSubscription {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Flat(value) => value.serialize(serializer),
            Self::UsageBased(value) => value.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for TrieveSubscription {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let (tag, value) = discriminator::discriminated(deserializer, "type")?;
        match tag.as_deref() {
            Some("flat") => discriminator::variant(value).map(Self::Flat),
            Some("usage_based") => discriminator::variant(value).map(Self::UsageBased),
            Some(other) => {
                Err(serde::de::Error::unknown_variant(other, &["flat", "usage_based"]))
            }
            None => Err(serde::de::Error::missing_field("type")),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrieveSubscriptionFlat {
    pub created_at: DateTime<Utc>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub current_period_end: Maybe<DateTime<Utc>>,
    pub id: Uuid,
    pub organization_id: Uuid,
    pub plan_id: Uuid,
    pub stripe_id: String,
    pub updated_at: DateTime<Utc>,
    #[serde(rename = "type")]
    pub type_: TrievePlanFlatType,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrieveSubscriptionUsageBased {
    pub created_at: DateTime<Utc>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub current_period_end: Maybe<DateTime<Utc>>,
    pub id: Uuid,
    pub last_cycle_chunks_stored_mb: i64,
    pub last_cycle_dataset_count: i64,
    pub last_cycle_files_storage_mb: i64,
    pub last_cycle_timestamp: DateTime<Utc>,
    pub last_cycle_users_count: i32,
    pub last_recorded_meter: DateTime<Utc>,
    pub organization_id: Uuid,
    pub stripe_subscription_id: String,
    pub usage_based_plan_id: Uuid,
    #[serde(rename = "type")]
    pub type_: TrievePlanUsageBasedType,
}

/// Typo Options lets you specify different methods to correct typos in the query. If not specified, typos will not be corrected.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct TypoOptions {
    /// Set correct_typos to true to correct typos in the query. If not specified, this defaults to false.
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub correct_typos: Maybe<bool>,
    /// Words that should not be corrected. If not specified, this defaults to an empty list.
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub disable_on_word: Maybe<Vec<String>>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub one_typo_word_range: Maybe<TypoRange>,
    /// Auto-require non-english words present in the dataset to exist in each results chunk_html text. If not specified, this defaults to true.
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub prioritize_domain_specifc_words: Maybe<bool>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub two_typo_word_range: Maybe<TypoRange>,
}

/// The TypoRange struct is used to specify the range of which the query will be corrected if it has a typo.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TypoRange {
    /// The maximum number of characters that the query will be corrected if it has a typo. If not specified, this defaults to 8.
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub max: Maybe<i32>,
    /// The minimum number of characters that the query will be corrected if it has a typo. If not specified, this defaults to 5.
    pub min: i32,
}

/// Example:
///
/// ```json
/// {
///   "organization_id": "00000000-0000-0000-0000-000000000000",
///   "server_configuration": {
///     "AIMON_RERANKER_TASK_DEFINITION": "Your task is to grade the relevance of context document(s) against the specified user query.",
///     "BM25_AVG_LEN": 256.0,
///     "BM25_B": 0.75,
///     "BM25_ENABLED": true,
///     "BM25_K": 0.75,
///     "EMBEDDING_BASE_URL": "https://api.openai.com/v1",
///     "EMBEDDING_MODEL_NAME": "text-embedding-3-small",
///     "EMBEDDING_QUERY_PREFIX": "",
///     "EMBEDDING_SIZE": 1536,
///     "FREQUENCY_PENALTY": 0.0,
///     "FULLTEXT_ENABLED": true,
///     "INDEXED_ONLY": false,
///     "LLM_BASE_URL": "https://api.openai.com/v1",
///     "LLM_DEFAULT_MODEL": "gpt-3.5-turbo-1106",
///     "LOCKED": false,
///     "MAX_LIMIT": 10000,
///     "MESSAGE_TO_QUERY_PROMPT": "Write a 1-2 sentence semantic search query along the lines of a hypothetical response to: \n\n",
///     "N_RETRIEVALS_TO_INCLUDE": 8,
///     "PRESENCE_PENALTY": 0.0,
///     "QDRANT_ONLY": false,
///     "RAG_PROMPT": "Use the following retrieved documents to respond briefly and accurately:",
///     "SEMANTIC_ENABLED": true,
///     "STOP_TOKENS": [
///       "\n\n",
///       "\n"
///     ],
///     "SYSTEM_PROMPT": "You are a helpful assistant",
///     "TEMPERATURE": 0.5,
///     "USE_MESSAGE_TO_QUERY_PROMPT": false
///   }
/// }
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UpdateAllOrgDatasetConfigsReqPayload {
    /// The configuration to provide a filter on what datasets to update.
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub match_configuration: Maybe<Value>,
    /// The new configuration for all datasets in the organization. Only the specified keys in the configuration object will be changed per dataset such that you can preserve dataset unique values.
    pub to_configuration: Value,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct UpdateOrganizationReqPayload {
    /// The new name of the organization. If not provided, the name will not be updated.
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub name: Maybe<String>,
    /// New details for the partnership configuration. If not provided, the partnership configuration will not be updated.
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub partner_configuration: Maybe<Value>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct UpdateUserReqPayload {
    /// Either 0 (user), 1 (admin), or 2 (owner). If not provided, the current role will be used. The auth'ed user must have a role greater than or equal to the role being assigned.
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub role: Maybe<i32>,
    /// The scopes the user will have in the organization.
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub scopes: Maybe<Vec<String>>,
    /// The id of the user to update, if not provided, the auth'ed user will be updated. If provided, the role of the auth'ed user or api key must be an admin (1) or owner (2) of the organization.
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub user_id: Maybe<Uuid>,
}

/// Example:
///
/// ```json
/// {
///   "created_at": "2021-01-01 00:00:00.000",
///   "id": "e3e3e3e3-e3e3-e3e3-e3e3-e3e3e3e3e3e3",
///   "organization_id": "e3e3e3e3-e3e3-e3e3-e3e3-e3e3e3e3e3e3",
///   "role": 2,
///   "updated_at": "2021-01-01 00:00:00.000",
///   "user_id": "e3e3e3e3-e3e3-e3e3-e3e3-e3e3e3e3e3e3"
/// }
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UserOrganization {
    pub created_at: DateTime<Utc>,
    pub id: Uuid,
    pub organization_id: Uuid,
    pub role: i32,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub scopes: Maybe<Vec<Option<String>>>,
    pub updated_at: DateTime<Utc>,
    pub user_id: Uuid,
}
