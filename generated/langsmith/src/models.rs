//! The types of the API description's schemas.

use chrono::{DateTime, Utc};
use oapi_axum_runtime::{Email, Maybe};
use oapi_axum_runtime::support::not_null;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AccessScope {
    Organization,
    Workspace,
}

impl AccessScope {
    /// The value as it is on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Organization => "organization",
            Self::Workspace => "workspace",
        }
    }
}

impl std::fmt::Display for AccessScope {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct AddMembersToCurrentOrgBatchBody(pub Vec<PendingIdentityCreate>);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct AddMembersToCurrentWorkspaceBatchBody(pub Vec<PendingIdentityCreate>);

/// Tenant schema.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AppSchemasTenant {
    pub id: Uuid,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub organization_id: Maybe<Uuid>,
    pub created_at: DateTime<Utc>,
    pub display_name: String,
    pub is_personal: bool,
    pub is_deleted: bool,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub tenant_handle: Maybe<String>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub data_plane_url: Maybe<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AuthProvider {
    Email,
    #[serde(rename = "supabase:non-sso")]
    SupabaseNonSso,
    #[serde(rename = "supabase:sso")]
    SupabaseSso,
    Oidc,
    CustomOidc,
}

impl AuthProvider {
    /// The value as it is on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Email => "email",
            Self::SupabaseNonSso => "supabase:non-sso",
            Self::SupabaseSso => "supabase:sso",
            Self::Oidc => "oidc",
            Self::CustomOidc => "custom-oidc",
        }
    }
}

impl std::fmt::Display for AuthProvider {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CreateRoleRequest {
    pub display_name: String,
    pub description: String,
    pub permissions: Vec<String>,
}

/// Customer visible plan information.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CustomerVisiblePlanInfo {
    pub tier: PaymentPlanTier,
    pub started_on: DateTime<Utc>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub ends_on: Maybe<DateTime<Utc>>,
}

/// The query parameters of `get_current_active_org_members` and `get_current_active_workspace_members`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GetCurrentActiveOrgMembersQuery {
    #[serde(default = "default_get_current_active_org_members_query_limit")]
    pub limit: i64,
    #[serde(default)]
    pub offset: i64,
    #[serde(default)]
    pub emails: Vec<String>,
    /// Search query for email or name
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub q: Maybe<String>,
    /// Sort in descending order
    #[serde(default = "default_get_current_active_org_members_query_sort_by_desc")]
    pub sort_by_desc: bool,
    #[serde(default)]
    pub ls_user_ids: Vec<Uuid>,
    /// **Deprecated** in the API description.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub user_ids: Option<Vec<Uuid>>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub is_disabled: Maybe<bool>,
    /// Field to sort by
    #[serde(default = "default_get_current_active_org_members_query_sort_by")]
    pub sort_by: MemberSortField,
}

/// The query parameters of `get_current_pending_org_members` and `get_current_pending_workspace_members`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GetCurrentPendingOrgMembersQuery {
    #[serde(default = "default_get_current_pending_org_members_query_limit")]
    pub limit: i64,
    #[serde(default)]
    pub offset: i64,
    #[serde(default)]
    pub emails: Vec<String>,
    /// Search query for email or name
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub q: Maybe<String>,
    /// Sort in descending order
    #[serde(default = "default_get_current_pending_org_members_query_sort_by_desc")]
    pub sort_by_desc: bool,
    /// Field to sort by
    #[serde(default = "default_get_current_pending_org_members_query_sort_by")]
    pub sort_by: MemberSortField,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct HttpValidationError {
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub detail: Option<Vec<ValidationError>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Identity {
    pub id: Uuid,
    pub organization_id: Uuid,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub tenant_id: Maybe<Uuid>,
    pub created_at: DateTime<Utc>,
    pub user_id: Uuid,
    pub ls_user_id: Uuid,
    /// **Deprecated** in the API description.
    pub read_only: bool,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub role_id: Maybe<Uuid>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub role_name: Maybe<String>,
    #[serde(default = "default_identity_access_scope")]
    pub access_scope: AccessScope,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct IdentityCreate {
    /// **Deprecated** in the API description.
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub user_id: Maybe<Uuid>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub org_identity_id: Maybe<Uuid>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub ls_user_id: Maybe<Uuid>,
    /// **Deprecated** in the API description.
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub read_only: Maybe<bool>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub role_id: Maybe<Uuid>,
}

/// The path parameters of `remove_member_from_current_org` and 3 other operations.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IdentityIdPath {
    pub identity_id: Uuid,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IdentityPatch {
    /// **Deprecated** in the API description.
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub read_only: Maybe<bool>,
    pub role_id: Uuid,
}

/// The query parameters of `list_organizations`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ListOrganizationsQuery {
    #[serde(default)]
    pub skip_create: bool,
    #[serde(default)]
    pub include_tier: bool,
}

/// The query parameters of `list_workspaces`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ListWorkspacesQuery {
    #[serde(default)]
    pub include_deleted: bool,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub data_plane_id: Maybe<Uuid>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MemberIdentity {
    pub id: Uuid,
    pub organization_id: Uuid,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub tenant_id: Maybe<Uuid>,
    pub created_at: DateTime<Utc>,
    pub user_id: Uuid,
    pub ls_user_id: Uuid,
    /// **Deprecated** in the API description.
    pub read_only: bool,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub role_id: Maybe<Uuid>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub role_name: Maybe<String>,
    #[serde(default = "default_member_identity_access_scope")]
    pub access_scope: AccessScope,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub email: Maybe<String>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub full_name: Maybe<String>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub avatar_url: Maybe<String>,
    #[serde(default)]
    pub linked_login_methods: Vec<ProviderUserSlim>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub display_name: Maybe<String>,
    #[serde(default)]
    pub is_disabled: bool,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub org_role_id: Maybe<Uuid>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub org_role_name: Maybe<String>,
}

/// Sort fields for members list endpoints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MemberSortField {
    Name,
    Email,
    Role,
    CreatedAt,
}

impl MemberSortField {
    /// The value as it is on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Name => "name",
            Self::Email => "email",
            Self::Role => "role",
            Self::CreatedAt => "created_at",
        }
    }
}

impl std::fmt::Display for MemberSortField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct OrgIdentityPatch {
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub password: Maybe<String>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub full_name: Maybe<String>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub role_id: Maybe<Uuid>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrgMemberIdentity {
    pub id: Uuid,
    pub organization_id: Uuid,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub tenant_id: Maybe<Uuid>,
    pub created_at: DateTime<Utc>,
    pub user_id: Uuid,
    pub ls_user_id: Uuid,
    /// **Deprecated** in the API description.
    pub read_only: bool,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub role_id: Maybe<Uuid>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub role_name: Maybe<String>,
    #[serde(default = "default_org_member_identity_access_scope")]
    pub access_scope: AccessScope,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub email: Maybe<String>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub full_name: Maybe<String>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub avatar_url: Maybe<String>,
    #[serde(default)]
    pub linked_login_methods: Vec<ProviderUserSlim>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub display_name: Maybe<String>,
    #[serde(default)]
    pub is_disabled: bool,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub org_role_id: Maybe<Uuid>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub org_role_name: Maybe<String>,
    #[serde(default)]
    pub tenant_ids: Vec<Uuid>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrgPendingIdentity {
    pub email: String,
    /// **Deprecated** in the API description.
    #[serde(default)]
    pub read_only: bool,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub role_id: Maybe<Uuid>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub workspace_ids: Maybe<Vec<Uuid>>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub workspace_role_id: Maybe<Uuid>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub password: Maybe<String>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub full_name: Maybe<String>,
    #[serde(default = "default_org_pending_identity_access_scope")]
    pub access_scope: AccessScope,
    pub id: Uuid,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub user_id: Maybe<Uuid>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub tenant_id: Maybe<Uuid>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub organization_id: Maybe<Uuid>,
    pub created_at: DateTime<Utc>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub role_name: Maybe<String>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub org_role_id: Maybe<Uuid>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub org_role_name: Maybe<String>,
    #[serde(default)]
    pub tenant_ids: Vec<Uuid>,
}

/// Information about an organization.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Organization {
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub id: Maybe<Uuid>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub display_name: Maybe<String>,
    pub config: OrganizationConfig,
    pub connected_to_stripe: bool,
    pub connected_to_metronome: bool,
    pub is_personal: bool,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub tier: Maybe<PaymentPlanTier>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub payment_method: Maybe<StripePaymentMethodInfo>,
    pub has_cancelled: bool,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub end_of_billing_period: Maybe<DateTime<Utc>>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub current_plan: Maybe<CustomerVisiblePlanInfo>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub upcoming_plan: Maybe<CustomerVisiblePlanInfo>,
    #[serde(default)]
    pub reached_max_workspaces: bool,
    #[serde(default)]
    pub permissions: Vec<String>,
    #[serde(default)]
    pub marketplace_payouts_enabled: bool,
    #[serde(default)]
    pub default_sso_provision: bool,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub security_contact: Maybe<String>,
    #[serde(default = "default_organization_scim_group_name_separator")]
    pub scim_group_name_separator: String,
}

/// Organization level configuration. May include any field that exists in tenant config and additional fields.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrganizationConfig {
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub plan_tier: Maybe<String>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub engine_default_enabled: Maybe<bool>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub engine_lcu_spend_limit_monthly: Maybe<f64>,
    #[serde(default = "default_organization_config_max_identities")]
    pub max_identities: i64,
    #[serde(default = "default_organization_config_max_workspaces")]
    pub max_workspaces: i64,
    #[serde(default)]
    pub can_use_rbac: bool,
    #[serde(default)]
    pub can_use_abac: bool,
    #[serde(default)]
    pub can_use_audit_logs: bool,
    #[serde(default = "default_organization_config_can_add_seats")]
    pub can_add_seats: bool,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub startup_plan_approval_date: Maybe<String>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub partner_plan_approval_date: Maybe<String>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub premier_plan_approval_date: Maybe<String>,
    #[serde(default)]
    pub can_disable_public_sharing: bool,
    #[serde(default)]
    pub can_use_langgraph_cloud: bool,
    #[serde(default = "default_organization_config_max_langgraph_cloud_deployments")]
    pub max_langgraph_cloud_deployments: i64,
    #[serde(default)]
    pub max_free_langgraph_cloud_deployments: i64,
    #[serde(default)]
    pub sandbox_enabled: bool,
    #[serde(default = "default_organization_config_max_sandboxes")]
    pub max_sandboxes: i64,
    #[serde(default = "default_organization_config_max_sandbox_cpu")]
    pub max_sandbox_cpu: String,
    #[serde(default = "default_organization_config_max_sandbox_memory")]
    pub max_sandbox_memory: String,
    #[serde(default)]
    pub can_use_saml_sso: bool,
    #[serde(default)]
    pub can_use_bulk_export: bool,
    #[serde(default)]
    pub show_updated_sidenav: bool,
    #[serde(default)]
    pub show_updated_resource_tags: bool,
    #[serde(default = "default_organization_config_kv_dataset_message_support")]
    pub kv_dataset_message_support: bool,
    #[serde(default)]
    pub show_playground_prompt_canvas: bool,
    #[serde(default)]
    pub allow_custom_iframes: bool,
    #[serde(default)]
    pub byoc_enabled: bool,
    #[serde(default = "default_organization_config_byoc_max_data_planes")]
    pub byoc_max_data_planes: i64,
    #[serde(default)]
    pub enable_langgraph_pricing: bool,
    #[serde(default)]
    pub enable_thread_view_playground: bool,
    #[serde(default)]
    pub enable_org_usage_charts: bool,
    #[serde(default)]
    pub use_exact_search_for_prompts: bool,
    #[serde(default)]
    pub langgraph_deploy_own_cloud_enabled: bool,
    #[serde(default)]
    pub prompt_optimization_jobs_enabled: bool,
    #[serde(default)]
    pub demo_lgp_new_graph_enabled: bool,
    #[serde(default = "default_organization_config_datadog_rum_session_sample_rate")]
    pub datadog_rum_session_sample_rate: i64,
    #[serde(default)]
    pub langgraph_remote_reconciler_enabled: bool,
    #[serde(default)]
    pub langgraph_enterprise_enabled: bool,
    #[serde(default = "default_organization_config_langsmith_alerts_poc_enabled")]
    pub langsmith_alerts_poc_enabled: bool,
    #[serde(default)]
    pub tenant_skip_topk_facets: bool,
    #[serde(default)]
    pub lgp_templates_enabled: bool,
    #[serde(default)]
    pub enable_align_evaluators: bool,
    #[serde(default)]
    pub enable_run_tree_streaming: bool,
    #[serde(default)]
    pub enable_querying_v2_endpoints: bool,
    #[serde(default)]
    pub enable_threads_improvements: bool,
    #[serde(default = "default_organization_config_max_prompt_webhooks")]
    pub max_prompt_webhooks: i64,
    /// Default: `"sync"`.
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub playground_evaluator_strategy: Maybe<String>,
    #[serde(default)]
    pub can_set_api_key_max_expiry: bool,
    #[serde(default)]
    pub can_use_llm_auth_proxy: bool,
    #[serde(default)]
    pub can_restrict_browser_secrets: bool,
    #[serde(default)]
    pub enable_monthly_usage_charts: bool,
    #[serde(default = "default_organization_config_new_rule_evaluator_creation_version")]
    pub new_rule_evaluator_creation_version: i64,
    #[serde(default)]
    pub enable_lgp_listeners_page: bool,
    #[serde(default)]
    pub clio_enabled: bool,
    #[serde(default)]
    pub enable_markdown_in_tracing: bool,
    #[serde(default)]
    pub enable_pricing_redesign: bool,
    #[serde(default)]
    pub arbitrary_cost_tracking_enabled: bool,
    #[serde(default)]
    pub langsmith_deployment_distributed_runtime_enabled: bool,
    #[serde(default = "default_organization_config_agent_builder_enabled")]
    pub agent_builder_enabled: bool,
    #[serde(default = "default_organization_config_max_agent_builder_assistants")]
    pub max_agent_builder_assistants: i64,
    #[serde(default)]
    pub enable_granular_usage_reporting: bool,
    #[serde(default)]
    pub enable_burndown_vs_commit_view: bool,
    #[serde(default = "default_organization_config_max_agent_builder_runs")]
    pub max_agent_builder_runs: i64,
    #[serde(default)]
    pub langsmith_deployment_dr_enabled_dev: bool,
    #[serde(default)]
    pub ip_allowlist_enabled: bool,
    #[serde(default)]
    pub llm_gateway_enabled: bool,
    #[serde(default)]
    pub managed_deep_agents_enabled: bool,
}

/// Create organization schema.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrganizationCreate {
    pub display_name: String,
    pub is_personal: bool,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub security_contact: Maybe<Email>,
}

/// Information about an organization.
///
/// IMPORTANT: Keep in sync with Go OrganizationInfo in smith-go/orgs/handler.go
/// while both implementations are in use (weighted routing rollout).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrganizationInfo {
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub id: Maybe<Uuid>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub display_name: Maybe<String>,
    pub config: OrganizationConfig,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub engine_enabled: Maybe<bool>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub engine_lcu_spend_limit_monthly: Maybe<String>,
    pub is_personal: bool,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub tier: Maybe<PaymentPlanTier>,
    #[serde(default)]
    pub reached_max_workspaces: bool,
    #[serde(default)]
    pub permissions: Vec<String>,
    #[serde(default)]
    pub disabled: bool,
    #[serde(default)]
    pub member_disabled: bool,
    #[serde(default)]
    pub sso_only: bool,
    #[serde(default = "default_organization_info_jit_provisioning_enabled")]
    pub jit_provisioning_enabled: bool,
    #[serde(default = "default_organization_info_invites_enabled")]
    pub invites_enabled: bool,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub sso_login_slug: Maybe<String>,
    #[serde(default)]
    pub public_sharing_disabled: bool,
    #[serde(default)]
    pub pat_creation_disabled: bool,
    #[serde(default)]
    pub workspace_admin_can_invite_to_org: bool,
    #[serde(default)]
    pub marketplace_payouts_enabled: bool,
    #[serde(default)]
    pub default_sso_provision: bool,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub max_api_key_expiry_days: Maybe<i64>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub security_contact: Maybe<String>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub max_pat_expiry_days: Maybe<i64>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub max_service_key_expiry_days: Maybe<i64>,
    #[serde(default = "default_organization_info_scim_group_name_separator")]
    pub scim_group_name_separator: String,
    #[serde(default)]
    pub can_export_usage_backfill: bool,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub llm_auth_proxy_enabled: Maybe<bool>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub llm_auth_proxy_jwt_audience: Maybe<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub ip_allowlist: Option<Vec<String>>,
    #[serde(default)]
    pub ip_allowlist_enabled: bool,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub restrict_browser_secrets: Maybe<bool>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub llm_auth_proxy_allowed_urls: Maybe<Vec<String>>,
    #[serde(default)]
    pub engine_show_trial_modal: bool,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub engine_trial_modal_seen_at: Maybe<String>,
}

/// Organization members schema.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrganizationMembers {
    pub organization_id: Uuid,
    pub members: Vec<OrgMemberIdentity>,
    pub pending: Vec<OrgPendingIdentity>,
}

/// Schema for an organization in postgres for list views.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrganizationPgSchemaSlim {
    pub id: Uuid,
    pub display_name: String,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub tier: Maybe<PaymentPlanTier>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub created_at: Maybe<DateTime<Utc>>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub created_by_user_id: Maybe<Uuid>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub created_by_ls_user_id: Maybe<Uuid>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub modified_at: Maybe<DateTime<Utc>>,
    pub is_personal: bool,
    pub disabled: bool,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub sso_login_slug: Maybe<String>,
    #[serde(default)]
    pub sso_only: bool,
    #[serde(default = "default_organization_pg_schema_slim_jit_provisioning_enabled")]
    pub jit_provisioning_enabled: bool,
    #[serde(default = "default_organization_pg_schema_slim_invites_enabled")]
    pub invites_enabled: bool,
    #[serde(default)]
    pub public_sharing_disabled: bool,
    #[serde(default)]
    pub pat_creation_disabled: bool,
    #[serde(default)]
    pub workspace_admin_can_invite_to_org: bool,
    #[serde(default)]
    pub default_sso_provision: bool,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub max_api_key_expiry_days: Maybe<i64>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub security_contact: Maybe<String>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub max_pat_expiry_days: Maybe<i64>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub max_service_key_expiry_days: Maybe<i64>,
    #[serde(default = "default_organization_pg_schema_slim_scim_group_name_separator")]
    pub scim_group_name_separator: String,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub llm_auth_proxy_enabled: Maybe<bool>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub llm_auth_proxy_jwt_audience: Maybe<String>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub ip_allowlist: Maybe<Vec<String>>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub restrict_browser_secrets: Maybe<bool>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub llm_auth_proxy_allowed_urls: Maybe<Vec<String>>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub engine_enabled: Maybe<bool>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub engine_lcu_spend_limit_monthly: Maybe<String>,
}

/// Update organization schema.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct OrganizationUpdate {
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub display_name: Option<String>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub public_sharing_disabled: Maybe<bool>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub pat_creation_disabled: Maybe<bool>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub unshare_all: Maybe<bool>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub jit_provisioning_enabled: Maybe<bool>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub workspace_admin_can_invite_to_org: Maybe<bool>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub invites_enabled: Maybe<bool>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub max_api_key_expiry_days: Maybe<i64>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub security_contact: Maybe<Email>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub max_pat_expiry_days: Maybe<i64>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub max_service_key_expiry_days: Maybe<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub scim_group_name_separator: Option<String>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub llm_auth_proxy_enabled: Maybe<bool>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub llm_auth_proxy_jwt_audience: Maybe<String>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub ip_allowlist: Maybe<Vec<String>>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub restrict_browser_secrets: Maybe<bool>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub llm_auth_proxy_allowed_urls: Maybe<Vec<String>>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub engine_enabled: Maybe<bool>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub engine_lcu_spend_limit_monthly: Maybe<
        OrganizationUpdateEngineLcuSpendLimitMonthly,
    >,
}

/// Engine Lcu Spend Limit Monthly
///
/// One or more of the variants (`anyOf`); the first that matches is kept.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum OrganizationUpdateEngineLcuSpendLimitMonthly {
    Number(f64),
    String(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PaymentPlanTier {
    NoPlan,
    Developer,
    #[serde(rename = "developer_01_2026")]
    Developer012026,
    Plus,
    #[serde(rename = "plus_01_2026")]
    Plus012026,
    Enterprise,
    DeveloperLegacy,
    PlusLegacy,
    Free,
    EnterpriseLegacy,
    Startup,
    StartupV0,
    Partner,
    Premier,
}

impl PaymentPlanTier {
    /// The value as it is on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::NoPlan => "no_plan",
            Self::Developer => "developer",
            Self::Developer012026 => "developer_01_2026",
            Self::Plus => "plus",
            Self::Plus012026 => "plus_01_2026",
            Self::Enterprise => "enterprise",
            Self::DeveloperLegacy => "developer_legacy",
            Self::PlusLegacy => "plus_legacy",
            Self::Free => "free",
            Self::EnterpriseLegacy => "enterprise_legacy",
            Self::Startup => "startup",
            Self::StartupV0 => "startup_v0",
            Self::Partner => "partner",
            Self::Premier => "premier",
        }
    }
}

impl std::fmt::Display for PaymentPlanTier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PendingIdentity {
    pub email: String,
    /// **Deprecated** in the API description.
    #[serde(default)]
    pub read_only: bool,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub role_id: Maybe<Uuid>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub workspace_ids: Maybe<Vec<Uuid>>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub workspace_role_id: Maybe<Uuid>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub password: Maybe<String>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub full_name: Maybe<String>,
    #[serde(default = "default_pending_identity_access_scope")]
    pub access_scope: AccessScope,
    pub id: Uuid,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub user_id: Maybe<Uuid>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub tenant_id: Maybe<Uuid>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub organization_id: Maybe<Uuid>,
    pub created_at: DateTime<Utc>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub role_name: Maybe<String>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub org_role_id: Maybe<Uuid>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub org_role_name: Maybe<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PendingIdentityCreate {
    pub email: String,
    /// **Deprecated** in the API description.
    #[serde(default)]
    pub read_only: bool,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub role_id: Maybe<Uuid>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub workspace_ids: Maybe<Vec<Uuid>>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub workspace_role_id: Maybe<Uuid>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub password: Maybe<String>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub full_name: Maybe<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PermissionResponse {
    pub name: String,
    pub description: String,
    pub access_scope: AccessScope,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProviderUserSlim {
    pub id: Uuid,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub provider: Maybe<AuthProvider>,
    pub ls_user_id: Uuid,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub saml_provider_id: Maybe<Uuid>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub provider_user_id: Maybe<Uuid>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub email: Maybe<String>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub full_name: Maybe<String>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub first_name: Maybe<String>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub last_name: Maybe<String>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub username: Maybe<String>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub is_disabled: Maybe<bool>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub provisioning_method: Maybe<ProvisioningMethod>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub email_confirmed_at: Maybe<DateTime<Utc>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ProvisioningMethod {
    Scim,
    #[serde(rename = "saml:jit")]
    SamlJit,
    Bootstrap,
}

impl ProvisioningMethod {
    /// The value as it is on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Scim => "scim",
            Self::SamlJit => "saml:jit",
            Self::Bootstrap => "bootstrap",
        }
    }
}

impl std::fmt::Display for ProvisioningMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Role {
    pub id: Uuid,
    pub name: String,
    pub display_name: String,
    pub description: String,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub organization_id: Maybe<Uuid>,
    pub permissions: Vec<String>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub access_scope: Maybe<AccessScope>,
}

/// The path parameters of `delete_organization_roles` and `update_organization_roles`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RoleIdPath {
    pub role_id: Uuid,
}

/// Stripe customer billing info.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct StripePaymentMethodInfo {
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub brand: Maybe<String>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub last4: Maybe<String>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub exp_month: Maybe<i64>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub exp_year: Maybe<i64>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub email: Maybe<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TenantForUser {
    pub id: Uuid,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub organization_id: Maybe<Uuid>,
    pub created_at: DateTime<Utc>,
    pub display_name: String,
    pub is_personal: bool,
    pub is_deleted: bool,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub tenant_handle: Maybe<String>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub data_plane_url: Maybe<String>,
    /// **Deprecated** in the API description.
    #[serde(default)]
    pub read_only: bool,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub role_id: Maybe<Uuid>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub role_name: Maybe<String>,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub permissions: Maybe<Vec<String>>,
}

/// Tenant members schema.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TenantMembers {
    pub tenant_id: Uuid,
    pub members: Vec<MemberIdentity>,
    pub pending: Vec<PendingIdentity>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UpdateRoleRequest {
    pub display_name: String,
    pub description: String,
    pub permissions: Vec<String>,
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

/// Creation model for the workspace.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WorkspaceCreate {
    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
    pub id: Option<Uuid>,
    pub display_name: String,
    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
    pub tenant_handle: Maybe<String>,
}

/// The path parameters of `delete_workspace` and `patch_workspace`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WorkspaceIdPath {
    pub workspace_id: Uuid,
}

/// Patch model for the workspace.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WorkspacePatch {
    pub display_name: String,
}

/// The default of `GetCurrentActiveOrgMembersQuery.limit`.
fn default_get_current_active_org_members_query_limit() -> i64 {
    50
}

/// The default of `GetCurrentActiveOrgMembersQuery.sort_by_desc`.
fn default_get_current_active_org_members_query_sort_by_desc() -> bool {
    true
}

/// The default of `GetCurrentActiveOrgMembersQuery.sort_by`.
fn default_get_current_active_org_members_query_sort_by() -> MemberSortField {
    MemberSortField::CreatedAt
}

/// The default of `GetCurrentPendingOrgMembersQuery.limit`.
fn default_get_current_pending_org_members_query_limit() -> i64 {
    50
}

/// The default of `GetCurrentPendingOrgMembersQuery.sort_by_desc`.
fn default_get_current_pending_org_members_query_sort_by_desc() -> bool {
    true
}

/// The default of `GetCurrentPendingOrgMembersQuery.sort_by`.
fn default_get_current_pending_org_members_query_sort_by() -> MemberSortField {
    MemberSortField::CreatedAt
}

/// The default of `Identity.access_scope`.
fn default_identity_access_scope() -> AccessScope {
    AccessScope::Workspace
}

/// The default of `MemberIdentity.access_scope`.
fn default_member_identity_access_scope() -> AccessScope {
    AccessScope::Workspace
}

/// The default of `OrgMemberIdentity.access_scope`.
fn default_org_member_identity_access_scope() -> AccessScope {
    AccessScope::Workspace
}

/// The default of `OrgPendingIdentity.access_scope`.
fn default_org_pending_identity_access_scope() -> AccessScope {
    AccessScope::Workspace
}

/// The default of `Organization.scim_group_name_separator`.
fn default_organization_scim_group_name_separator() -> String {
    ":".to_owned()
}

/// The default of `OrganizationConfig.max_identities`.
fn default_organization_config_max_identities() -> i64 {
    5
}

/// The default of `OrganizationConfig.max_workspaces`.
fn default_organization_config_max_workspaces() -> i64 {
    1
}

/// The default of `OrganizationConfig.can_add_seats`.
fn default_organization_config_can_add_seats() -> bool {
    true
}

/// The default of `OrganizationConfig.max_langgraph_cloud_deployments`.
fn default_organization_config_max_langgraph_cloud_deployments() -> i64 {
    3
}

/// The default of `OrganizationConfig.max_sandboxes`.
fn default_organization_config_max_sandboxes() -> i64 {
    10
}

/// The default of `OrganizationConfig.max_sandbox_cpu`.
fn default_organization_config_max_sandbox_cpu() -> String {
    "200".to_owned()
}

/// The default of `OrganizationConfig.max_sandbox_memory`.
fn default_organization_config_max_sandbox_memory() -> String {
    "400Gi".to_owned()
}

/// The default of `OrganizationConfig.kv_dataset_message_support`.
fn default_organization_config_kv_dataset_message_support() -> bool {
    true
}

/// The default of `OrganizationConfig.byoc_max_data_planes`.
fn default_organization_config_byoc_max_data_planes() -> i64 {
    5
}

/// The default of `OrganizationConfig.datadog_rum_session_sample_rate`.
fn default_organization_config_datadog_rum_session_sample_rate() -> i64 {
    20
}

/// The default of `OrganizationConfig.langsmith_alerts_poc_enabled`.
fn default_organization_config_langsmith_alerts_poc_enabled() -> bool {
    true
}

/// The default of `OrganizationConfig.max_prompt_webhooks`.
fn default_organization_config_max_prompt_webhooks() -> i64 {
    1
}

/// The default of `OrganizationConfig.new_rule_evaluator_creation_version`.
fn default_organization_config_new_rule_evaluator_creation_version() -> i64 {
    3
}

/// The default of `OrganizationConfig.agent_builder_enabled`.
fn default_organization_config_agent_builder_enabled() -> bool {
    true
}

/// The default of `OrganizationConfig.max_agent_builder_assistants`.
fn default_organization_config_max_agent_builder_assistants() -> i64 {
    1000
}

/// The default of `OrganizationConfig.max_agent_builder_runs`.
fn default_organization_config_max_agent_builder_runs() -> i64 {
    -1
}

/// The default of `OrganizationInfo.jit_provisioning_enabled`.
fn default_organization_info_jit_provisioning_enabled() -> bool {
    true
}

/// The default of `OrganizationInfo.invites_enabled`.
fn default_organization_info_invites_enabled() -> bool {
    true
}

/// The default of `OrganizationInfo.scim_group_name_separator`.
fn default_organization_info_scim_group_name_separator() -> String {
    ":".to_owned()
}

/// The default of `OrganizationPgSchemaSlim.jit_provisioning_enabled`.
fn default_organization_pg_schema_slim_jit_provisioning_enabled() -> bool {
    true
}

/// The default of `OrganizationPgSchemaSlim.invites_enabled`.
fn default_organization_pg_schema_slim_invites_enabled() -> bool {
    true
}

/// The default of `OrganizationPgSchemaSlim.scim_group_name_separator`.
fn default_organization_pg_schema_slim_scim_group_name_separator() -> String {
    ":".to_owned()
}

/// The default of `PendingIdentity.access_scope`.
fn default_pending_identity_access_scope() -> AccessScope {
    AccessScope::Workspace
}
