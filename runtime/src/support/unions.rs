//! Unions read without a tag whose rules are judged on the value as sent:
//! which branches of a `oneOf` hold, before any `default` fills in what
//! was left out (filled in, `{"issuer": "x"}` would hold for one branch
//! only, where as sent it holds for both, and a `oneOf` must refuse it),
//! and `additionalProperties` stated beside the branches, which every
//! member must match, including those the branch read does not keep.

use serde::de::Error as _;
use serde::{Deserialize, Deserializer};
use serde_json::Value;

pub use super::discriminator::{ReadVariant, variant};

/// How many branches of a union hold for a value, from its JSON.
pub type Holding = fn(Option<Vec<u8>>) -> usize;

/// Reads a union without a tag, judged on the value as sent: refused when
/// more than one branch holds for it (`holding`, for a `oneOf`, counts
/// them from the value's JSON with every branch's checks), or when a
/// member of the object does not match the `additionalProperties` stated
/// beside the branches (`members`, a schema for [`matches`]); else the
/// first variant that reads it.
///
/// [`matches`]: crate::support::matches
pub fn untagged<'de, D: Deserializer<'de>, T>(
    deserializer: D,
    holding: Option<Holding>,
    members: Option<&str>,
    variants: &[ReadVariant<T>],
) -> Result<T, D::Error> {
    let value = Value::deserialize(deserializer)?;
    if let (Some(schema), Value::Object(object)) = (members, &value) {
        let schema: Value = serde_json::from_str(schema).map_err(D::Error::custom)?;
        if let Some((name, _)) = object.iter().find(|(_, member)| !crate::support::matches(member, &schema)) {
            return Err(D::Error::custom(format_args!(
                "`{name}` does not match the `additionalProperties` beside the alternatives, {schema}"
            )));
        }
    }
    if let Some(holding) = holding {
        let held = holding(serde_json::to_vec(&value).ok());
        if held > 1 {
            return Err(D::Error::custom(format_args!("matches {held} of the alternatives; it must match exactly one")));
        }
    }
    variants.iter().find_map(|variant| variant(value.clone()).ok()).ok_or_else(|| D::Error::custom("matches none of the alternatives"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq, Default, Deserialize)]
    enum TypeA {
        #[default]
        #[serde(rename = "a")]
        A,
    }

    #[derive(Debug, PartialEq, Default, Deserialize)]
    enum TypeB {
        #[default]
        #[serde(rename = "b")]
        B,
    }

    /// `{issuer, type: enum [a], default a}`, no other property.
    #[derive(Debug, PartialEq, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct A {
        issuer: String,
        #[serde(default)]
        r#type: TypeA,
    }

    /// `{issuer, type: enum [b], default b}`, no other property.
    #[derive(Debug, PartialEq, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct B {
        issuer: String,
        #[serde(default)]
        r#type: TypeB,
    }

    #[derive(Debug, PartialEq)]
    enum Issuer {
        A(A),
        B(B),
    }

    impl<'de> Deserialize<'de> for Issuer {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            untagged(
                deserializer,
                Some(|json| {
                    let holds = |ty: &str| {
                        json.as_deref()
                            .and_then(|j| serde_json::from_slice::<Value>(j).ok())
                            .is_some_and(|v| v.get("issuer").is_some() && v.get("type").is_none_or(|t| t == ty))
                    };
                    usize::from(holds("a")) + usize::from(holds("b"))
                }),
                None,
                &[|v| A::deserialize(v).map(Self::A), |v| B::deserialize(v).map(Self::B)],
            )
        }
    }

    #[test]
    fn holding_is_judged_on_the_value_as_sent() {
        let a: Issuer = serde_json::from_str(r#"{"issuer":"x","type":"a"}"#).unwrap();
        assert_eq!(a, Issuer::A(A { issuer: "x".into(), r#type: TypeA::A }));
        let b: Issuer = serde_json::from_str(r#"{"issuer":"x","type":"b"}"#).unwrap();
        assert!(matches!(b, Issuer::B(_)));
        let both = serde_json::from_str::<Issuer>(r#"{"issuer":"x"}"#).unwrap_err().to_string();
        assert!(both.contains("matches 2 of the alternatives"), "{both}");
        let none = serde_json::from_str::<Issuer>(r#"{"type":"a"}"#).unwrap_err().to_string();
        assert!(none.contains("matches none"), "{none}");
    }

    /// `additionalProperties: {type: string}` beside the branches: every
    /// member, the branches' own too, must be a string.
    #[test]
    fn members_match_the_additional_properties_beside() {
        #[derive(Debug, PartialEq, Deserialize)]
        struct Named {
            a: Option<String>,
        }
        let read = |text: &str| {
            let mut deserializer = serde_json::Deserializer::from_str(text);
            untagged(&mut deserializer, None, Some(r#"{"type":"string"}"#), &[|v| Named::deserialize(v)])
        };
        assert_eq!(read(r#"{"a":"1","x":"y"}"#).unwrap(), Named { a: Some("1".into()) });
        let wrong = read(r#"{"x":{}}"#).unwrap_err().to_string();
        assert!(wrong.contains("`x` does not match"), "{wrong}");
        assert!(read(r#"{"a":"1","x":2}"#).is_err());
    }
}
