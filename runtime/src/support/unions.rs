//! Unions read without a tag (`oneOf` without a discriminator) whose
//! variants could each read one value: which of them hold is judged on the
//! value as sent, before any `default` fills in what was left out. Filled
//! in, `{"issuer": "x"}` would hold for one branch only, where as sent it
//! holds for both, and a `oneOf` must refuse it.

use serde::de::Error as _;
use serde::{Deserialize, Deserializer};
use serde_json::Value;

pub use super::discriminator::{ReadVariant, variant};

/// Reads a `oneOf` union: refused when more than one branch holds for the
/// value as sent (`holding` counts them, from the value's JSON, with every
/// branch's checks), else the first variant that reads it.
pub fn one_of<'de, D: Deserializer<'de>, T>(
    deserializer: D,
    holding: fn(Option<Vec<u8>>) -> usize,
    variants: &[ReadVariant<T>],
) -> Result<T, D::Error> {
    let value = Value::deserialize(deserializer)?;
    let held = holding(serde_json::to_vec(&value).ok());
    if held > 1 {
        return Err(D::Error::custom(format_args!("matches {held} of the alternatives; it must match exactly one")));
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
            one_of(
                deserializer,
                |json| {
                    let holds = |ty: &str| {
                        json.as_deref()
                            .and_then(|j| serde_json::from_slice::<Value>(j).ok())
                            .is_some_and(|v| v.get("issuer").is_some() && v.get("type").is_none_or(|t| t == ty))
                    };
                    usize::from(holds("a")) + usize::from(holds("b"))
                },
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
}
