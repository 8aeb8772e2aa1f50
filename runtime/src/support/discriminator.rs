//! Unions with a `discriminator`: the property names the variant, so the
//! value is read once, the variant chosen by that property, and a wrong or
//! missing value reported as such (not as "matched no variant").
//!
//! Generated unions use these in their `Deserialize` and `Serialize` impls.

use serde::de::{DeserializeOwned, Error as _};
use serde::ser::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

/// Reads an object and the string value of its `property`.
pub fn discriminated<'de, D: Deserializer<'de>>(deserializer: D, property: &'static str) -> Result<(String, Value), D::Error> {
    let value = Value::deserialize(deserializer)?;
    let Value::Object(map) = &value else { return Err(D::Error::invalid_type(unexpected(&value), &"an object")) };
    match map.get(property) {
        Some(Value::String(tag)) => Ok((tag.clone(), value)),
        Some(other) => Err(D::Error::invalid_type(unexpected(other), &"a string naming the variant")),
        None => Err(D::Error::missing_field(property)),
    }
}

/// Reads a variant whose type declares the discriminator property itself.
pub fn variant<T: DeserializeOwned, E: serde::de::Error>(value: Value) -> Result<T, E> {
    T::deserialize(value).map_err(E::custom)
}

/// Reads a variant whose type does not declare the discriminator property.
pub fn variant_without<T: DeserializeOwned, E: serde::de::Error>(mut value: Value, property: &str) -> Result<T, E> {
    if let Value::Object(map) = &mut value {
        map.remove(property);
    }
    T::deserialize(value).map_err(E::custom)
}

/// Writes a variant whose type does not declare the discriminator property,
/// adding `property: tag` to its object.
pub fn serialize_tagged<S: Serializer, T: Serialize>(serializer: S, property: &str, tag: &str, value: &T) -> Result<S::Ok, S::Error> {
    let mut value = serde_json::to_value(value).map_err(S::Error::custom)?;
    match &mut value {
        Value::Object(map) => {
            map.insert(property.to_owned(), Value::String(tag.to_owned()));
        }
        _ => {
            return Err(S::Error::custom("a variant of a discriminated union must be an object"));
        }
    }
    value.serialize(serializer)
}

fn unexpected(value: &Value) -> serde::de::Unexpected<'_> {
    use serde::de::Unexpected;
    match value {
        Value::Null => Unexpected::Unit,
        Value::Bool(b) => Unexpected::Bool(*b),
        Value::Number(n) => n.as_f64().map_or(Unexpected::Other("number"), Unexpected::Float),
        Value::String(s) => Unexpected::Str(s),
        Value::Array(_) => Unexpected::Seq,
        Value::Object(_) => Unexpected::Map,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Cat {
        kind: String,
        lives: u8,
    }

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Dog {
        good: bool,
    }

    #[derive(Debug, PartialEq)]
    enum Pet {
        Cat(Cat),
        Dog(Dog),
    }

    impl<'de> Deserialize<'de> for Pet {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let (tag, value) = discriminated(deserializer, "kind")?;
            match tag.as_str() {
                "cat" => variant(value).map(Self::Cat),
                "dog" => variant_without(value, "kind").map(Self::Dog),
                other => Err(D::Error::unknown_variant(other, &["cat", "dog"])),
            }
        }
    }

    impl Serialize for Pet {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            match self {
                Self::Cat(cat) => cat.serialize(serializer),
                Self::Dog(dog) => serialize_tagged(serializer, "kind", "dog", dog),
            }
        }
    }

    #[test]
    fn dispatches_on_the_property() {
        let cat: Pet = serde_json::from_str(r#"{"kind":"cat","lives":9}"#).unwrap();
        assert_eq!(cat, Pet::Cat(Cat { kind: "cat".into(), lives: 9 }));
        let dog: Pet = serde_json::from_str(r#"{"kind":"dog","good":true}"#).unwrap();
        assert_eq!(dog, Pet::Dog(Dog { good: true }));
        assert_eq!(serde_json::to_string(&dog).unwrap(), r#"{"good":true,"kind":"dog"}"#);
    }

    #[test]
    fn says_what_is_wrong() {
        let unknown = serde_json::from_str::<Pet>(r#"{"kind":"cow"}"#).unwrap_err().to_string();
        assert!(unknown.contains("unknown variant `cow`, expected `cat` or `dog`"), "{unknown}");
        let missing = serde_json::from_str::<Pet>(r#"{"lives":9}"#).unwrap_err().to_string();
        assert!(missing.contains("missing field `kind`"), "{missing}");
        let inner = serde_json::from_str::<Pet>(r#"{"kind":"cat","lives":"nine"}"#).unwrap_err().to_string();
        assert!(inner.contains("invalid type"), "{inner}");
    }
}
