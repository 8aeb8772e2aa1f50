//! Property tests of the generated validation, per spec: a value that meets
//! every constraint passes, and a mutation that breaks exactly one
//! constraint is reported once, with the pointer and keyword of that
//! constraint. Values are built as JSON and read the way a server reads a
//! body (`oapi_axum_runtime::support::json`), so the test covers reading
//! too.

use oapi_axum_runtime::Validate;
use proptest::prelude::*;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

/// Reads `value` as a `T` and validates it: the violations as
/// `(pointer, keyword)`.
fn violations<T: DeserializeOwned + Validate>(value: Value) -> Vec<(String, &'static str)> {
    let typed: T = oapi_axum_runtime::support::json::from_value(value).expect("the value reads as its type");
    match typed.validate() {
        Ok(()) => Vec::new(),
        Err(violations) => violations.into_iter().map(|v| (v.pointer, v.keyword)).collect(),
    }
}

fn one(pointer: &str, keyword: &'static str) -> Vec<(String, &'static str)> {
    vec![(pointer.to_owned(), keyword)]
}

/// Sets `pointer` (which must exist but for its last token) in `value`.
fn set(mut value: Value, pointer: &str, new: Value) -> Value {
    let (parent, key) = pointer.rsplit_once('/').expect("a pointer below the root");
    match value.pointer_mut(parent).expect("the parent exists") {
        Value::Object(map) => {
            map.insert(key.to_owned(), new);
        }
        Value::Array(items) => items[key.parse::<usize>().expect("an index")] = new,
        _ => panic!("{parent} holds no children"),
    }
    value
}

mod langsmith {
    use super::*;
    use langsmith_orgs::models::{OrganizationCreate, OrganizationUpdate, WorkspaceCreate};

    /// `^[a-zA-Z0-9\-_ ]+$`, the organization name pattern.
    fn org_name() -> impl Strategy<Value = String> {
        "[a-zA-Z0-9_ -]{1,40}"
    }

    /// `^[a-zA-Z0-9\-_ '@()]+$`, the workspace name pattern.
    fn workspace_name() -> impl Strategy<Value = String> {
        "[a-zA-Z0-9_ '@()-]{1,40}"
    }

    proptest! {
        #[test]
        fn organization_create(name in org_name(), personal: bool, bad in "[!#$%&*+,./:;<=>?]") {
            let valid = json!({"display_name": name, "is_personal": personal});
            prop_assert_eq!(violations::<OrganizationCreate>(valid.clone()), vec![]);
            // A character outside the pattern, the length still fine.
            let broken = set(valid, "/display_name", json!(format!("{name}{bad}")));
            prop_assert_eq!(violations::<OrganizationCreate>(broken), one("/display_name", "pattern"));
        }

        #[test]
        fn organization_update(separator in "[^\\u{0}]", extra in "[a-z]") {
            let valid = json!({"scim_group_name_separator": separator});
            prop_assert_eq!(violations::<OrganizationUpdate>(valid.clone()), vec![]);
            let broken = set(valid, "/scim_group_name_separator", json!(format!("{separator}{extra}")));
            prop_assert_eq!(violations::<OrganizationUpdate>(broken), one("/scim_group_name_separator", "maxLength"));
        }

        #[test]
        fn workspace_create(name in workspace_name()) {
            let valid = json!({"display_name": name});
            prop_assert_eq!(violations::<WorkspaceCreate>(valid.clone()), vec![]);
            let broken = set(valid, "/display_name", json!(format!("{name}!")));
            prop_assert_eq!(violations::<WorkspaceCreate>(broken), one("/display_name", "pattern"));
        }
    }
}

mod logto {
    use super::*;
    use logto_orgs::models::{AddOrganizationUsersBody, CreateOrganizationBody};

    proptest! {
        #[test]
        fn create_organization(name in "\\PC{1,128}", description in proptest::option::of("\\PC{0,256}"), tenant in "[a-z0-9]{1,21}") {
            let valid = json!({"name": name, "description": description, "tenantId": tenant});
            prop_assert_eq!(violations::<CreateOrganizationBody>(valid.clone()), vec![]);

            let empty = set(valid.clone(), "/name", json!(""));
            prop_assert_eq!(violations::<CreateOrganizationBody>(empty), one("/name", "minLength"));
            // Lengths count code points: 129 of them break `maxLength: 128`
            // however many bytes they take.
            let fits = set(valid.clone(), "/name", json!("é".repeat(128)));
            prop_assert_eq!(violations::<CreateOrganizationBody>(fits), vec![]);
            let long = set(valid.clone(), "/name", json!("é".repeat(129)));
            prop_assert_eq!(violations::<CreateOrganizationBody>(long), one("/name", "maxLength"));
            let long = set(valid.clone(), "/description", json!("x".repeat(257)));
            prop_assert_eq!(violations::<CreateOrganizationBody>(long), one("/description", "maxLength"));
            let long = set(valid, "/tenantId", json!(format!("{tenant}{}", "a".repeat(22 - tenant.chars().count()))));
            prop_assert_eq!(violations::<CreateOrganizationBody>(long), one("/tenantId", "maxLength"));
        }

        #[test]
        fn add_organization_users(ids in proptest::collection::vec("[a-z0-9]{1,12}", 1..8), at in any::<proptest::sample::Index>()) {
            let valid = json!({"userIds": ids});
            prop_assert_eq!(violations::<AddOrganizationUsersBody>(valid.clone()), vec![]);
            // One empty id, wherever it is, is reported at its index.
            let index = at.index(ids.len());
            let broken = set(valid, &format!("/userIds/{index}"), json!(""));
            prop_assert_eq!(violations::<AddOrganizationUsersBody>(broken), one(&format!("/userIds/{index}"), "minLength"));
        }
    }

    #[test]
    fn empty_list_breaks_min_items() {
        assert_eq!(violations::<AddOrganizationUsersBody>(json!({"userIds": []})), one("/userIds", "minItems"));
    }
}

mod trieve {
    use super::*;
    use trieve_orgs::models::CreateApiKeyReqPayload;

    proptest! {
        #[test]
        fn create_api_key(page_size in 0_i64..1000, window in 0_i64..100, min in 0_i64..10, negative in i64::from(i32::MIN)..0) {
            let valid = json!({
                "name": "key",
                "role": 1,
                "default_params": {
                    "page_size": page_size,
                    "highlight_options": {"highlight_window": window},
                    "typo_options": {"one_typo_word_range": {"min": min}}
                }
            });
            prop_assert_eq!(violations::<CreateApiKeyReqPayload>(valid.clone()), vec![]);
            for pointer in [
                "/default_params/page_size",
                "/default_params/highlight_options/highlight_window",
                "/default_params/typo_options/one_typo_word_range/min",
            ] {
                let broken = set(valid.clone(), pointer, json!(negative));
                prop_assert_eq!(violations::<CreateApiKeyReqPayload>(broken), one(pointer, "minimum"));
            }
        }
    }
}

mod zenml {
    use super::*;
    use zenml_orgs::models::OrganizationCreate;

    proptest! {
        /// ZenML states no constraints on its bodies: every value that
        /// reads passes.
        #[test]
        fn organization_create(name in "\\PC{0,40}", description in proptest::option::of("\\PC{0,40}")) {
            let value = json!({"name": name, "description": description});
            prop_assert_eq!(violations::<OrganizationCreate>(value), vec![]);
        }
    }
}
