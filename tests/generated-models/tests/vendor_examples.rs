//! The generated models read the examples the vendors publish (the seed
//! pages in `../shared/seeds/`), write them back unchanged, and keep the
//! distinctions the documents make: absent vs null, defaults, enums.

use oapi_axum_runtime::Maybe;
use serde_json::{Value, json};

/// Deserializes `value` as a `T` and serializes it back.
fn round_trip<T: serde::de::DeserializeOwned + serde::Serialize>(value: &Value) -> (T, Value) {
    let parsed: T = serde_json::from_value(value.clone()).expect("the example deserializes");
    let back = serde_json::to_value(&parsed).expect("serializes");
    (parsed, back)
}

/// Seed 000: LangSmith's `POST /api/v1/orgs` response example.
#[test]
fn langsmith_organization_response_example() {
    use langsmith_orgs::models::OrganizationPgSchemaSlim;
    let example = json!({
      "id": "3c90c3cc-0d44-4b50-8888-8dd25736052a",
      "display_name": "<string>",
      "is_personal": true,
      "disabled": true,
      "created_at": "2023-11-07T05:31:56Z",
      "created_by_user_id": "3c90c3cc-0d44-4b50-8888-8dd25736052a",
      "created_by_ls_user_id": "3c90c3cc-0d44-4b50-8888-8dd25736052a",
      "modified_at": "2023-11-07T05:31:56Z",
      "sso_login_slug": "<string>",
      "sso_only": false,
      "jit_provisioning_enabled": true,
      "invites_enabled": true,
      "public_sharing_disabled": false,
      "pat_creation_disabled": false,
      "workspace_admin_can_invite_to_org": false,
      "default_sso_provision": false,
      "max_api_key_expiry_days": 123,
      "security_contact": "<string>",
      "max_pat_expiry_days": 123,
      "max_service_key_expiry_days": 123,
      "scim_group_name_separator": ":",
      "llm_auth_proxy_enabled": true,
      "llm_auth_proxy_jwt_audience": "<string>",
      "ip_allowlist": ["<string>"],
      "restrict_browser_secrets": true,
      "llm_auth_proxy_allowed_urls": ["<string>"],
      "engine_enabled": true
    });
    let (org, back) = round_trip::<OrganizationPgSchemaSlim>(&example);
    assert_eq!(org.id, uuid::uuid!("3c90c3cc-0d44-4b50-8888-8dd25736052a"));
    assert_eq!(org.max_api_key_expiry_days, Maybe::Value(123));
    assert_eq!(org.created_at, Maybe::Value("2023-11-07T05:31:56Z".parse().unwrap()));
    assert_eq!(back, example);
}

/// Seed 000: the response schema's defaults apply when a property is absent.
#[test]
fn langsmith_defaults_fill_absent_properties() {
    use langsmith_orgs::models::OrganizationPgSchemaSlim;
    let minimal = json!({
        "id": "3c90c3cc-0d44-4b50-8888-8dd25736052a",
        "display_name": "Acme",
        "is_personal": false,
        "disabled": false
    });
    let org: OrganizationPgSchemaSlim = serde_json::from_value(minimal).unwrap();
    assert!(org.jit_provisioning_enabled, "default: true");
    assert!(org.invites_enabled, "default: true");
    assert!(!org.sso_only, "default: false");
    assert_eq!(org.scim_group_name_separator, ":", "default: ':'");
    assert_eq!(org.tier, Maybe::Absent);
}

/// Seed 000: the enum of plan tiers is closed.
#[test]
fn langsmith_tier_enum_is_closed() {
    use langsmith_orgs::models::PaymentPlanTier;
    let tier: PaymentPlanTier = serde_json::from_value(json!("developer_01_2026")).unwrap();
    assert_eq!(tier, PaymentPlanTier::Developer012026);
    assert_eq!(tier.as_str(), "developer_01_2026");
    assert!(serde_json::from_value::<PaymentPlanTier>(json!("gold")).is_err());
}

/// Seed 001: the bodies the sample code sends.
#[test]
fn langsmith_sample_code_bodies() {
    use langsmith_orgs::models::{PendingIdentityCreate, WorkspaceCreate};
    let workspace: WorkspaceCreate = serde_json::from_value(json!({"display_name": "My Workspace"})).unwrap();
    assert_eq!(workspace.display_name, "My Workspace");
    let invite: PendingIdentityCreate = serde_json::from_value(json!({
        "email": "new@example.com",
        "role_id": "3c90c3cc-0d44-4b50-8888-8dd25736052a",
        "workspace_ids": ["3c90c3cc-0d44-4b50-8888-8dd25736052b"],
        "workspace_role_id": "3c90c3cc-0d44-4b50-8888-8dd25736052c"
    }))
    .unwrap();
    assert_eq!(invite.email, "new@example.com");
}

/// Seed 002: ZenML's organization list example, with the owner user.
#[test]
fn zenml_list_example() {
    use zenml_orgs::models::OrganizationRead;
    let example = json!([{
        "name": "text",
        "description": "text",
        "logo_url": "text",
        "id": "123e4567-e89b-12d3-a456-426614174000",
        "created": "2025-07-19T14:26:05.721Z",
        "updated": "2025-07-19T14:26:05.721Z",
        "owner": {
            "password_expired": true,
            "name": "text",
            "avatar_url": "text",
            "company": "text",
            "job_title": "text",
            "metadata": {},
            "id": "123e4567-e89b-12d3-a456-426614174000",
            "username": "text",
            "email": "text",
            "oauth_provider": "text",
            "oauth_id": "text",
            "is_active": true,
            "is_superuser": false,
            "is_service_account": false,
            "organization_id": "123e4567-e89b-12d3-a456-426614174000",
            "is_onboarded": false
        },
        "has_active_subscription": true,
        "trial_expiry": 1
    }]);
    let (orgs, back) = round_trip::<Vec<OrganizationRead>>(&example);
    assert_eq!(orgs[0].owner.username, Maybe::Value("text".to_owned()));
    assert_eq!(orgs[0].trial_expiry, Maybe::Value(1));
    assert_eq!(back, example);
}

/// Seed 002: a PATCH body tells "leave alone" (absent) from "clear" (null).
#[test]
fn zenml_update_keeps_absent_null_and_value_apart() {
    use zenml_orgs::models::OrganizationUpdate;
    let update: OrganizationUpdate = serde_json::from_value(json!({"description": null, "name": "renamed"})).unwrap();
    assert_eq!(update.description, Maybe::Null);
    assert_eq!(update.name, Maybe::Value("renamed".to_owned()));
    assert_eq!(update.logo_url, Maybe::Absent);
    assert_eq!(serde_json::to_value(&update).unwrap(), json!({"name": "renamed", "description": null}));
    // The struct can be built in code, with the rest left absent.
    let built = OrganizationUpdate { logo_url: Maybe::Null, ..OrganizationUpdate::default() };
    assert_eq!(serde_json::to_value(&built).unwrap(), json!({"logo_url": null}));
}

/// Seed 003: Logto's create-organization request and response examples.
///
/// The page's example fills every field with the placeholder `"string"`,
/// which the `branding` URLs (`format: url`) do not accept, as Logto's own
/// zod guard (`z.string().url()`) does not. With real URLs it reads back
/// unchanged.
#[test]
fn logto_create_examples() {
    use logto_orgs::models::{CreateOrganizationBody, Organization};
    let as_published = json!({
        "tenantId": "string",
        "name": "string",
        "description": "string",
        "customData": {},
        "isMfaRequired": true,
        "branding": {"logoUrl": "string", "darkLogoUrl": "string", "favicon": "string", "darkFavicon": "string"},
        "createdAt": 42.0
    });
    let error = serde_json::from_value::<CreateOrganizationBody>(as_published.clone()).unwrap_err();
    assert!(error.to_string().contains("not a valid `uri`"), "{error}");

    let mut request = as_published;
    request["branding"] = json!({
        "logoUrl": "https://example.com/logo.png",
        "darkLogoUrl": "https://example.com/logo-dark.png",
        "favicon": "https://example.com/favicon.ico",
        "darkFavicon": "https://example.com/favicon-dark.ico"
    });
    let (body, back) = round_trip::<CreateOrganizationBody>(&request);
    assert_eq!(body.tenant_id.as_deref(), Some("string"));
    assert_eq!(body.description, Maybe::Value("string".to_owned()));
    assert_eq!(back, request);

    let mut response = request.clone();
    response["id"] = json!("string");
    let (org, back) = round_trip::<Organization>(&response);
    assert_eq!(org.name, "string");
    assert_eq!(back, response);
}

/// Seed 003: every property of the 201 response is required.
#[test]
fn logto_response_requires_its_properties() {
    use logto_orgs::models::Organization;
    let missing_branding = json!({
        "tenantId": "t", "id": "i", "name": "n", "description": null,
        "customData": {}, "isMfaRequired": false, "createdAt": 1.0
    });
    let error = serde_json::from_value::<Organization>(missing_branding).unwrap_err();
    assert!(error.to_string().contains("branding"), "{error}");
    // Required and nullable: null is accepted, absence is not.
    let missing_description = json!({
        "tenantId": "t", "id": "i", "name": "n", "customData": {}, "isMfaRequired": false,
        "branding": {}, "createdAt": 1.0
    });
    let error = serde_json::from_value::<Organization>(missing_description).unwrap_err();
    assert!(error.to_string().contains("missing field `description`"), "{error}");
}

/// Seed 002: the owner's password is write-only: read from requests, never
/// written to a response, whatever the handler puts in it.
#[test]
fn zenml_password_is_never_serialized() {
    use zenml_orgs::models::UserRead;
    let user: UserRead = serde_json::from_value(json!({
        "id": "123e4567-e89b-12d3-a456-426614174000",
        "is_active": true,
        "password": "hunter2"
    }))
    .unwrap();
    assert_eq!(user.password, Maybe::Value("hunter2".to_owned()));
    let written = serde_json::to_string(&user).unwrap();
    assert!(!written.contains("password\""), "{written}");
    assert!(!written.contains("hunter2"), "{written}");
}

/// Seed 004: Trieve's create request, and its plan union told apart.
#[test]
fn trieve_create_and_plan_union() {
    use trieve_orgs::models::{CreateOrganizationReqPayload, TrievePlan};
    let body: CreateOrganizationReqPayload = serde_json::from_value(json!({"name": "Trieve"})).unwrap();
    assert_eq!(body.name, "Trieve");

    let plan = json!({
        "amount": 1000, "chunk_count": 1000, "created_at": "2021-01-01T00:00:00Z", "dataset_count": 1,
        "file_storage": 512, "id": "e3e3e3e3-e3e3-e3e3-e3e3-e3e3e3e3e3e3", "message_count": 1000,
        "name": "Free", "stripe_id": "plan_123", "updated_at": "2021-01-01T00:00:00Z", "user_count": 5,
        "visible": true, "type": "flat"
    });
    let (parsed, back) = round_trip::<TrievePlan>(&plan);
    assert!(matches!(parsed, TrievePlan::Flat(_)), "{parsed:?}");
    assert_eq!(back, plan);

    // The discriminator picks the variant, and a wrong one is named.
    let mut wrong = plan.clone();
    wrong["type"] = json!("gold");
    let error = serde_json::from_value::<TrievePlan>(wrong).unwrap_err().to_string();
    assert!(error.contains("unknown variant `gold`, expected `flat` or `usage_based`"), "{error}");
}
