//! The constraints of the API description, checked: every model type
//! implements `Validate`, which reports each constraint a value
//! breaks with the JSON pointer of the part that breaks it.

use oapi_axum_runtime::{At, Maybe, Violations};
use oapi_axum_runtime::support::{ReadErrors, Reads, read};
use serde_json::Value;
use uuid::Uuid;
use super::models::{
    GetOrganizationEndpointOrganizationsOrganizationIdOrNameGetPath,
    GetOrganizationEndpointOrganizationsOrganizationIdOrNameGetQuery,
    HttpValidationError, ListOrganizationsEndpointQuery, OrganizationCreate,
    OrganizationIdPath, OrganizationRead, OrganizationUpdate, UserRead, ValidationError,
    ValidationErrorLocItem,
};

oapi_axum_runtime::nothing_to_check!(
    GetOrganizationEndpointOrganizationsOrganizationIdOrNameGetPath,
    GetOrganizationEndpointOrganizationsOrganizationIdOrNameGetQuery,
    HttpValidationError, ListOrganizationsEndpointQuery, OrganizationCreate,
    OrganizationIdPath, OrganizationRead, OrganizationUpdate, UserRead, ValidationError,
    ValidationErrorLocItem
);

impl ReadErrors for OrganizationCreate {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        let Some(mut object) = read::object(value, at, violations) else { return };
        object.optional::<Uuid>("id");
        object.required::<String>("name");
        object.optional::<Maybe<String>>("description");
        object.optional::<Maybe<String>>("logo_url");
        object.optional::<Maybe<Uuid>>("owner_id");
    }
    fn reads() -> Reads {
        Reads::Members(
            &[
                ("description", Reads::whole),
                ("id", Reads::whole),
                ("logo_url", Reads::whole),
                ("name", Reads::whole),
                ("owner_id", Reads::whole),
            ],
        )
    }
}

impl ReadErrors for OrganizationUpdate {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        let Some(mut object) = read::object(value, at, violations) else { return };
        object.optional::<Maybe<String>>("name");
        object.optional::<Maybe<String>>("description");
        object.optional::<Maybe<String>>("logo_url");
        object.optional::<Maybe<Uuid>>("owner_id");
    }
    fn reads() -> Reads {
        Reads::Members(
            &[
                ("description", Reads::whole),
                ("logo_url", Reads::whole),
                ("name", Reads::whole),
                ("owner_id", Reads::whole),
            ],
        )
    }
}
