//! [`Maybe`]: a value that can be absent, explicitly `null`, or present.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A property that is optional *and* nullable in the API description.
///
/// JSON tells three states apart that `Option<T>` folds into two: the
/// property is missing, it is `null`, or it has a value. The difference
/// matters for partial updates, where a missing property means "leave it
/// alone" and `null` means "clear it".
///
/// Generated structs declare such fields with `#[serde(default,
/// skip_serializing_if = "Maybe::is_absent")]`, so that deserializing a
/// missing property gives [`Maybe::Absent`] and serializing
/// [`Maybe::Absent`] writes nothing:
///
/// ```
/// use oapi_axum_runtime::Maybe;
///
/// #[derive(serde::Serialize, serde::Deserialize)]
/// struct OrganizationUpdate {
///     #[serde(default, skip_serializing_if = "Maybe::is_absent")]
///     description: Maybe<String>,
/// }
///
/// let update: OrganizationUpdate = serde_json::from_str(r#"{"description": null}"#).unwrap();
/// assert_eq!(update.description.into_update(), Some(None)); // clear it
/// let update: OrganizationUpdate = serde_json::from_str("{}").unwrap();
/// assert_eq!(update.description.into_update(), None); // leave it alone
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Maybe<T> {
    /// The property was not sent.
    #[default]
    Absent,
    /// The property was sent as `null`.
    Null,
    /// The property was sent with a value.
    Value(T),
}

impl<T> Maybe<T> {
    /// `true` when the property was not sent.
    pub const fn is_absent(&self) -> bool {
        matches!(self, Self::Absent)
    }

    /// `true` when the property was sent as `null`.
    pub const fn is_null(&self) -> bool {
        matches!(self, Self::Null)
    }

    /// `true` when the property was sent with a value.
    pub const fn is_value(&self) -> bool {
        matches!(self, Self::Value(_))
    }

    /// Borrows the value, if there is one.
    pub const fn as_ref(&self) -> Maybe<&T> {
        match self {
            Self::Absent => Maybe::Absent,
            Self::Null => Maybe::Null,
            Self::Value(value) => Maybe::Value(value),
        }
    }

    /// The value, if there is one; `None` for both absent and null.
    pub fn value(self) -> Option<T> {
        match self {
            Self::Value(value) => Some(value),
            Self::Absent | Self::Null => None,
        }
    }

    /// `None` when absent, `Some(None)` when null, `Some(Some(v))` with a value:
    /// the shape to use when applying a partial update.
    pub fn into_update(self) -> Option<Option<T>> {
        match self {
            Self::Absent => None,
            Self::Null => Some(None),
            Self::Value(value) => Some(Some(value)),
        }
    }

    /// Maps the value, keeping absent and null as they are.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Maybe<U> {
        match self {
            Self::Absent => Maybe::Absent,
            Self::Null => Maybe::Null,
            Self::Value(value) => Maybe::Value(f(value)),
        }
    }
}

impl<T> From<Option<T>> for Maybe<T> {
    /// `None` becomes [`Maybe::Null`]: a value that is known to be empty.
    fn from(value: Option<T>) -> Self {
        value.map_or(Self::Null, Self::Value)
    }
}

impl<T> From<T> for Maybe<T> {
    fn from(value: T) -> Self {
        Self::Value(value)
    }
}

impl<T: Serialize> Serialize for Maybe<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            // `skip_serializing_if = "Maybe::is_absent"` keeps this arm from
            // being reached for struct fields; on its own an absent value has
            // no JSON form closer than null.
            Self::Absent | Self::Null => serializer.serialize_none(),
            Self::Value(value) => serializer.serialize_some(value),
        }
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Maybe<T> {
    /// Only called when the property is present (a missing one takes the
    /// `#[serde(default)]`), so the result is either null or a value.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Option::<T>::deserialize(deserializer).map(Self::from)
    }
}

#[cfg(test)]
mod tests {
    use super::Maybe;
    use serde::{Deserialize, Serialize};

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Patch {
        #[serde(default, skip_serializing_if = "Maybe::is_absent")]
        description: Maybe<String>,
    }

    #[test]
    fn tells_absent_null_and_value_apart() {
        let absent: Patch = serde_json::from_str("{}").unwrap();
        let null: Patch = serde_json::from_str(r#"{"description":null}"#).unwrap();
        let value: Patch = serde_json::from_str(r#"{"description":"x"}"#).unwrap();
        assert_eq!(absent.description, Maybe::Absent);
        assert_eq!(null.description, Maybe::Null);
        assert_eq!(value.description, Maybe::Value("x".to_owned()));
    }

    #[test]
    fn round_trips_each_state() {
        for json in [r#"{}"#, r#"{"description":null}"#, r#"{"description":"x"}"#] {
            let patch: Patch = serde_json::from_str(json).unwrap();
            assert_eq!(serde_json::to_string(&patch).unwrap(), json);
        }
    }

    #[test]
    fn rejects_a_value_of_the_wrong_type() {
        assert!(serde_json::from_str::<Patch>(r#"{"description":1}"#).is_err());
    }

    #[test]
    fn into_update_gives_the_partial_update_shape() {
        assert_eq!(Maybe::<u8>::Absent.into_update(), None);
        assert_eq!(Maybe::<u8>::Null.into_update(), Some(None));
        assert_eq!(Maybe::Value(3).into_update(), Some(Some(3)));
    }
}
