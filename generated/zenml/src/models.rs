//! The types of the API description's schemas.

use chrono::{DateTime, Utc};
use oapi_axum_runtime::Maybe;
use oapi_axum_runtime::support::not_null;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;
use uuid::Uuid;

/// The path parameters of `get_organization_endpoint_organizations__organization_id_or_name__get`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GetOrganizationEndpointOrganizationsOrganizationIdOrNameGetPath {
    /// Organization Id Or Name
    ///
    /// ID or name of the organization to get.
    pub organization_id: String,
}

/// The query parameters of `get_organization_endpoint_organizations__organization_id_or_name__get`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GetOrganizationEndpointOrganizationsOrganizationIdOrNameGetQuery {
    #[serde(default)]
    pub include_subscription_status: bool,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct HttpValidationError {
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub detail: Option<Vec<ValidationError>>,
}

/// The query parameters of `list_organizations_endpoint`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ListOrganizationsEndpointQuery {
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub name: Maybe<String>,
    #[serde(default)]
    pub offset: i64,
    #[serde(default = "default_list_organizations_endpoint_query_limit")]
    pub limit: i64,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub owner_id: Maybe<Uuid>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub owner_username: Maybe<String>,
}

/// Model for creating organizations.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrganizationCreate {
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub id: Option<Uuid>,
    pub name: String,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub description: Maybe<String>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub logo_url: Maybe<String>,
    /// The UUID of the organization owner. If not set, the current user is set as the owner.
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub owner_id: Maybe<Uuid>,
}

/// The path parameters of `delete_organization_endpoint` and `update_organization_endpoint`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrganizationIdPath {
    pub organization_id: Uuid,
}

/// Model for viewing organizations.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrganizationRead {
    pub name: String,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub description: Maybe<String>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub logo_url: Maybe<String>,
    pub id: Uuid,
    pub created: DateTime<Utc>,
    pub updated: DateTime<Utc>,
    pub owner: UserRead,
    /// If the organization has an active subscription. This means the subscription is either in the trial period or the organization is billed for it.
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub has_active_subscription: Maybe<bool>,
    /// Time in seconds until the trial expires. If the organization is not in trial, this will be None.
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub trial_expiry: Maybe<i64>,
}

/// Model for updating organizations.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct OrganizationUpdate {
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub name: Maybe<String>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub description: Maybe<String>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub logo_url: Maybe<String>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub owner_id: Maybe<Uuid>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UserRead {
    /// Write-only: read from requests, never written to responses.
    #[serde(default, skip_serializing)]
    pub password: Maybe<String>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub password_expired: Maybe<bool>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub name: Maybe<String>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub avatar_url: Maybe<String>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub company: Maybe<String>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub job_title: Maybe<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub metadata: Option<BTreeMap<String, Value>>,
    pub id: Uuid,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub username: Maybe<String>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub email: Maybe<String>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub oauth_provider: Maybe<String>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub oauth_id: Maybe<String>,
    pub is_active: bool,
    #[serde(default)]
    pub is_superuser: bool,
    #[serde(default)]
    pub is_service_account: bool,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub organization_id: Maybe<Uuid>,
    #[serde(default)]
    pub is_onboarded: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ValidationError {
    /// Location
    pub loc: Vec<ValidationErrorLocItem>,
    /// Message
    pub msg: String,
    /// Error Type
    #[serde(rename = "type")]
    pub type_: String,
}

/// One or more of the variants (`anyOf`); the first that matches is kept.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum ValidationErrorLocItem {
    String(String),
    Integer(i64),
}

/// The default of `ListOrganizationsEndpointQuery.limit`.
fn default_list_organizations_endpoint_query_limit() -> i64 {
    100
}
