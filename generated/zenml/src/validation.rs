//! The constraints of the API description, checked: every model type
//! implements `Validate`, which reports each constraint a value
//! breaks with the JSON pointer of the part that breaks it.

use crate::models::{
    DeleteOrganizationEndpointOrganizationsOrganizationIdDeletePath,
    GetOrganizationEndpointOrganizationsOrganizationIdOrNameGetPath,
    GetOrganizationEndpointOrganizationsOrganizationIdOrNameGetQuery,
    HttpValidationError, ListOrganizationsEndpointOrganizationsGetQuery,
    OrganizationCreate, OrganizationRead, OrganizationUpdate,
    UpdateOrganizationEndpointOrganizationsOrganizationIdPatchPath, UserRead,
    ValidationError, ValidationErrorLocItem,
};

oapi_axum_runtime::nothing_to_check!(
    DeleteOrganizationEndpointOrganizationsOrganizationIdDeletePath,
    GetOrganizationEndpointOrganizationsOrganizationIdOrNameGetPath,
    GetOrganizationEndpointOrganizationsOrganizationIdOrNameGetQuery,
    HttpValidationError, ListOrganizationsEndpointOrganizationsGetQuery,
    OrganizationCreate, OrganizationRead, OrganizationUpdate,
    UpdateOrganizationEndpointOrganizationsOrganizationIdPatchPath, UserRead,
    ValidationError, ValidationErrorLocItem
);
