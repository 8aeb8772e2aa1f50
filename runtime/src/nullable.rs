//! Required properties that may be `null`.

use serde::{Deserialize, Deserializer};

/// Deserializes a property that is **required** but may be `null`.
///
/// Serde fills a missing `Option<T>` field with `None`, which would let a
/// request leave out a property the API requires. Generated structs mark
/// such fields `#[serde(deserialize_with = "oapi_axum_runtime::required_nullable")]`,
/// which makes a missing property an error while `null` stays `None`.
pub fn required_nullable<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(deserializer)
}

/// A property that is **optional** but may not be `null`.
///
/// Serde reads `null` into an `Option<T>` as `None`, which would let a
/// request send `null` where the API allows only a value or nothing.
/// Generated structs mark such fields `#[serde(default, skip_serializing_if
/// = "Option::is_none", with = "not_null")]`: a missing property is `None`,
/// `null` is an error.
pub mod not_null {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    /// Reads a value, never `null`.
    pub fn deserialize<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
    where
        D: Deserializer<'de>,
        T: Deserialize<'de>,
    {
        T::deserialize(deserializer).map(Some)
    }

    /// Writes the value as `Option` does (`skip_serializing_if` leaves
    /// `None` out).
    pub fn serialize<S, T>(value: &Option<T>, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: Serializer,
        T: Serialize,
    {
        value.serialize(serializer)
    }
}

#[cfg(test)]
mod tests {
    use serde::{Deserialize, Serialize};

    #[derive(Debug, Deserialize, Serialize, PartialEq)]
    struct Patch {
        #[serde(default, skip_serializing_if = "Option::is_none", with = "super::not_null")]
        name: Option<String>,
    }

    #[test]
    fn missing_is_none_and_null_is_an_error() {
        assert_eq!(serde_json::from_str::<Patch>("{}").unwrap().name, None);
        assert_eq!(serde_json::from_str::<Patch>(r#"{"name":"n"}"#).unwrap().name.as_deref(), Some("n"));
        let error = serde_json::from_str::<Patch>(r#"{"name":null}"#).unwrap_err();
        assert!(error.to_string().contains("invalid type: null"), "{error}");
        let written = Patch { name: Some("n".to_owned()) };
        assert_eq!(serde_json::to_string(&written).unwrap(), r#"{"name":"n"}"#);
        assert_eq!(serde_json::to_string(&Patch { name: None }).unwrap(), "{}");
    }

    #[derive(Debug, Deserialize, PartialEq)]
    struct Org {
        #[serde(deserialize_with = "super::required_nullable")]
        description: Option<String>,
    }

    #[test]
    fn null_is_none_and_missing_is_an_error() {
        assert_eq!(serde_json::from_str::<Org>(r#"{"description":null}"#).unwrap().description, None);
        assert_eq!(serde_json::from_str::<Org>(r#"{"description":"d"}"#).unwrap().description.as_deref(), Some("d"));
        let error = serde_json::from_str::<Org>("{}").unwrap_err();
        assert!(error.to_string().contains("missing field `description`"), "{error}");
    }
}
