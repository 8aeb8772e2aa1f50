//! The constraints of the API description, checked: every model type
//! implements `Validate`, which reports each constraint a value
//! breaks with the JSON pointer of the part that breaks it.

use crate::models::{
    HttpValidationError, OrganizationCreate, OrganizationRead, OrganizationUpdate,
    UserRead, ValidationError, ValidationErrorLocItem,
};

oapi_axum_runtime::nothing_to_check!(
    HttpValidationError, OrganizationCreate, OrganizationRead, OrganizationUpdate,
    UserRead, ValidationError, ValidationErrorLocItem
);
