//! Unions with a `discriminator`: the property names the variant, so the
//! value is read once, the variant chosen by that property, and a wrong or
//! missing value reported as such (not as "matched no variant").
//!
//! Generated unions use these in their `Deserialize` and `Serialize` impls.

use serde::de::{DeserializeOwned, Error as _};
use serde::ser::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

/// Reads an object and the string value of its `property`, `None` where
/// the object does not have it.
pub fn discriminated<'de, D: Deserializer<'de>>(deserializer: D, property: &'static str) -> Result<(Option<String>, Value), D::Error> {
    let value = Value::deserialize(deserializer)?;
    let Value::Object(map) = &value else { return Err(D::Error::invalid_type(unexpected(&value), &"an object")) };
    match map.get(property) {
        Some(Value::String(tag)) => Ok((Some(tag.clone()), value)),
        Some(other) => Err(D::Error::invalid_type(unexpected(other), &"a string naming the variant")),
        None => Ok((None, value)),
    }
}

/// Reads one variant of a union of `T`s from the union's value.
pub type ReadVariant<T> = fn(Value) -> Result<T, serde_json::Error>;

/// Reads an object that does not name its variant by `property` as the
/// union's rules say without it: the one variant that reads it (`oneOf`,
/// `exclusive`), or the first (`anyOf`). The discriminator only says
/// where to look; a variant that does not require the property may be
/// sent without it.
pub fn untagged<T, E: serde::de::Error>(value: Value, property: &str, exclusive: bool, variants: &[ReadVariant<T>]) -> Result<T, E> {
    let mut read = variants.iter().filter_map(|variant| variant(value.clone()).ok());
    match (read.next(), exclusive) {
        (None, _) => Err(E::custom(format_args!("matches none of the variants (it has no `{property}` to name one)"))),
        (Some(one), false) => Ok(one),
        (Some(one), true) => match read.next() {
            None => Ok(one),
            Some(_) => Err(E::custom(format_args!(
                "matches more than one of the variants, where it must match exactly one (it has no `{property}` to name one)"
            ))),
        },
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
            match tag.as_deref() {
                Some("cat") => variant(value).map(Self::Cat),
                Some("dog") => variant_without(value, "kind").map(Self::Dog),
                Some(other) => Err(D::Error::unknown_variant(other, &["cat", "dog"])),
                None => untagged(value, "kind", true, &[|value| variant(value).map(Self::Cat), |value| variant(value).map(Self::Dog)]),
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

    /// Without the property, the one variant that reads the value is it.
    #[test]
    fn without_the_property_the_one_variant_that_reads() {
        let dog: Pet = serde_json::from_str(r#"{"good":true}"#).unwrap();
        assert_eq!(dog, Pet::Dog(Dog { good: true }));
        // `Cat` requires `kind`: `{"lives":9}` reads as neither.
        assert!(serde_json::from_str::<Pet>(r#"{"lives":9}"#).is_err());
        // Both read it: a `oneOf` refuses it, an `anyOf` takes the first.
        #[derive(Debug, PartialEq, Deserialize)]
        struct Any {
            #[serde(default)]
            n: u8,
        }
        let both: Result<Any, serde_json::Error> =
            untagged(serde_json::json!({"n": 1}), "kind", true, &[|v| Any::deserialize(v), |v| Any::deserialize(v)]);
        assert!(both.unwrap_err().to_string().contains("more than one"));
        let first: Result<Any, serde_json::Error> =
            untagged(serde_json::json!({"n": 1}), "kind", false, &[|v| Any::deserialize(v), |v| Any::deserialize(v)]);
        assert_eq!(first.unwrap(), Any { n: 1 });
    }

    #[test]
    fn says_what_is_wrong() {
        let unknown = serde_json::from_str::<Pet>(r#"{"kind":"cow"}"#).unwrap_err().to_string();
        assert!(unknown.contains("unknown variant `cow`, expected `cat` or `dog`"), "{unknown}");
        let missing = serde_json::from_str::<Pet>(r#"{"lives":9}"#).unwrap_err().to_string();
        assert!(missing.contains("matches none of the variants (it has no `kind` to name one)"), "{missing}");
        let inner = serde_json::from_str::<Pet>(r#"{"kind":"cat","lives":"nine"}"#).unwrap_err().to_string();
        assert!(inner.contains("invalid type"), "{inner}");
    }
}
