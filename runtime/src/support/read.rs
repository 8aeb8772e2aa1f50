//! Every place where a JSON value does not read as a type, where serde stops
//! at the first: a body that does not read is refused (400) with all of
//! them, as a body that reads but breaks constraints is (422).
//!
//! Generated crates implement [`ReadErrors`] for the model types a request
//! body holds: structs check each property (and report each missing one),
//! the other types read whole. This crate implements it for the standard
//! containers and the scalar types models use.

use std::collections::BTreeMap;

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

pub use crate::support::json::{Member, Reads};
use crate::violations::{At, Violations};

/// Where a JSON value does not read as `Self`.
pub trait ReadErrors: DeserializeOwned {
    /// Each place where `value` does not read as `Self`; nothing when it
    /// reads. The default reads the value whole and reports where that
    /// stops; types with parts report each part.
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        whole::<Self>(value, at, violations);
    }

    /// What of a JSON value [`read_errors`](Self::read_errors) and the
    /// type's deserializer look at, for a body's parse to build only that
    /// (see [`Reads`]). The default is all of it.
    fn reads() -> Reads {
        Reads::Whole
    }
}

/// Reads `value` whole as a `T` and reports where that stops, if it does.
pub fn whole<T: DeserializeOwned>(value: &Value, at: &At<'_>, violations: &mut Violations) {
    if let Err(crate::violations::ReadError::Shape { pointer, message }) = crate::support::json::from_value::<T>(value.clone()) {
        violations.push_read_error(at, &pointer, &message);
    }
}

/// How a variant of an untagged union is checked: its type's
/// [`ReadErrors::read_errors`].
pub type ReadVariant = fn(&Value, &At<'_>, &mut Violations);

/// An untagged union: the value reads when one of its variants does (serde
/// keeps the first that does), which each variant's own check tells
/// without building the value, as reading it whole would. When none does,
/// one violation at the union, as serde words it.
pub fn any_variant(value: &Value, at: &At<'_>, violations: &mut Violations, variants: &[ReadVariant]) {
    for read in variants {
        let mut found = Violations::new();
        read(value, at, &mut found);
        if found.is_empty() {
            return;
        }
    }
    violations.push(at, "type", "does not have the type the API description states");
}

/// The value as an object whose properties are then checked one by one,
/// or a report that it is not an object.
pub fn object<'v, 'a>(value: &'v Value, at: &'a At<'a>, violations: &'a mut Violations) -> Option<Object<'v, 'a>> {
    match value {
        Value::Object(map) => Some(Object { value, map, at, violations, listed: Vec::new() }),
        _ => {
            violations.push(at, "type", "must be an object");
            None
        }
    }
}

/// An object being checked property by property (see [`object`]).
pub struct Object<'v, 'a> {
    value: &'v Value,
    map: &'v Map<String, Value>,
    at: &'a At<'a>,
    violations: &'a mut Violations,
    listed: Vec<&'static str>,
}

impl Object<'_, '_> {
    /// The property `name`, which must be present, as a `T`.
    pub fn required<T: ReadErrors>(&mut self, name: &'static str) {
        self.listed.push(name);
        match self.map.get(name) {
            Some(value) => T::read_errors(value, &self.at.key(name), self.violations),
            None => self.violations.push(&self.at.key(name), "required", "is required"),
        }
    }

    /// The property `name`, if present, as a `T`.
    pub fn optional<T: ReadErrors>(&mut self, name: &'static str) {
        self.listed.push(name);
        if let Some(value) = self.map.get(name) {
            T::read_errors(value, &self.at.key(name), self.violations);
        }
    }

    /// The whole object as a `T` too: a union flattened into it.
    pub fn flattened<T: ReadErrors>(&mut self) {
        T::read_errors(self.value, self.at, self.violations);
    }

    /// Each property not read above: not allowed
    /// (`additionalProperties: false`).
    pub fn no_others(&mut self) {
        for key in self.map.keys().filter(|key| !self.listed.contains(&key.as_str())) {
            if self.violations.is_full() {
                self.violations.cut();
                return;
            }
            self.violations.push(&self.at.key(key), "additionalProperties", "is not a property the API description allows");
        }
    }

    /// Each property not read above as a `T` (`additionalProperties:
    /// <schema>`).
    pub fn others<T: ReadErrors>(&mut self) {
        for (key, value) in self.map.iter().filter(|(key, _)| !self.listed.contains(&key.as_str())) {
            if self.violations.is_full() {
                self.violations.cut();
                return;
            }
            T::read_errors(value, &self.at.key(key), self.violations);
        }
    }
}

/// Implements [`ReadErrors`] by reading whole, for types without parts
/// that a report could point into (enums, unions, scalars).
#[doc(hidden)]
#[macro_export]
macro_rules! reads_whole {
    ($($ty:ty),* $(,)?) => {$(
        impl $crate::support::ReadErrors for $ty {}
    )*};
}

reads_whole!(());

/// Scalars are told at a glance when they read (a map of 100,000 of them is
/// checked without a deserializer per value); only what does not is read
/// whole, for serde's words.
macro_rules! scalars_read_at_a_glance {
    ($($ty:ty: |$value:ident| $reads:expr;)*) => {$(
        impl ReadErrors for $ty {
            fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
                let $value = value;
                if !$reads {
                    whole::<Self>(value, at, violations);
                }
            }

            fn reads() -> Reads {
                Reads::Scalar
            }
        }
    )*};
}

scalars_read_at_a_glance! {
    String: |value| value.is_string();
    bool: |value| value.is_boolean();
    i64: |value| value.is_i64();
    u64: |value| value.is_u64();
    i32: |value| value.as_i64().is_some_and(|n| i32::try_from(n).is_ok());
    u32: |value| value.as_u64().is_some_and(|n| u32::try_from(n).is_ok());
    i16: |value| value.as_i64().is_some_and(|n| i16::try_from(n).is_ok());
    u16: |value| value.as_u64().is_some_and(|n| u16::try_from(n).is_ok());
    i8: |value| value.as_i64().is_some_and(|n| i8::try_from(n).is_ok());
    u8: |value| value.as_u64().is_some_and(|n| u8::try_from(n).is_ok());
    f64: |value| value.is_number();
    f32: |value| value.is_number();
}

/// Any JSON value reads as one.
impl ReadErrors for Value {
    fn read_errors(_: &Value, _: &At<'_>, _: &mut Violations) {}

    fn reads() -> Reads {
        Reads::Any
    }
}
/// Formatted strings: read whole, and never an object or array.
macro_rules! formats_read_whole {
    ($($ty:ty),* $(,)?) => {$(
        impl ReadErrors for $ty {
            fn reads() -> Reads {
                Reads::Scalar
            }
        }
    )*};
}

formats_read_whole!(uuid::Uuid, chrono::DateTime<chrono::Utc>, chrono::NaiveDate, crate::Email, crate::Uri, crate::Base64, crate::Binary);

macro_rules! tuples_read_whole {
    ($(($($t:ident),+)),* $(,)?) => {$(
        impl<$($t: DeserializeOwned),+> ReadErrors for ($($t,)+) {}
    )*};
}

tuples_read_whole!((A), (A, B), (A, B, C), (A, B, C, D), (A, B, C, D, E), (A, B, C, D, E, F));

impl<T: ReadErrors> ReadErrors for Option<T> {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        if !value.is_null() {
            T::read_errors(value, at, violations);
        }
    }

    fn reads() -> Reads {
        T::reads()
    }
}

impl<T: ReadErrors> ReadErrors for crate::Maybe<T> {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        Option::<T>::read_errors(value, at, violations);
    }

    fn reads() -> Reads {
        T::reads()
    }
}

impl<T: ReadErrors> ReadErrors for Box<T> {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        T::read_errors(value, at, violations);
    }

    fn reads() -> Reads {
        T::reads()
    }
}

impl<T: ReadErrors> ReadErrors for Vec<T> {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        match value {
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    // Once a hundred are kept, a million more cost nothing.
                    if violations.is_full() {
                        violations.cut();
                        return;
                    }
                    T::read_errors(item, &at.index(i), violations);
                }
            }
            _ => violations.push(at, "type", "must be an array"),
        }
    }

    fn reads() -> Reads {
        Reads::Items(T::reads)
    }
}

impl<K: DeserializeOwned + Ord + 'static, V: ReadErrors> ReadErrors for BTreeMap<K, V> {
    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
        let Value::Object(map) = value else {
            violations.push(at, "type", "must be an object");
            return;
        };
        let any_key = any_key::<K>();
        for (key, value) in map {
            if violations.is_full() {
                violations.cut();
                return;
            }
            let at = at.key(key);
            if !any_key && let Err(error) = K::deserialize(serde::de::value::StrDeserializer::<serde_json::Error>::new(key)) {
                violations.push_read_error(&at, "", &error.to_string());
            }
            V::read_errors(value, &at, violations);
        }
    }

    fn reads() -> Reads {
        match V::reads() {
            Reads::Any if any_key::<K>() => Reads::Any,
            _ => Reads::Whole,
        }
    }
}

/// Whether every key reads as a `K`: a `String` takes any.
fn any_key<K: 'static>() -> bool {
    std::any::TypeId::of::<K>() == std::any::TypeId::of::<String>()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[serde(untagged)]
    #[expect(dead_code, reason = "only read")]
    enum Payload {
        Message(Box<Member>),
        Flag(bool),
        Count(u8),
    }

    impl ReadErrors for Payload {
        fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
            any_variant(value, at, violations, &[<Box<Member> as ReadErrors>::read_errors, bool::read_errors, u8::read_errors]);
        }
    }

    /// An untagged union reads by its variants' checks exactly when serde
    /// reads it.
    #[test]
    fn a_union_reads_when_a_variant_does() {
        use serde_json::json;
        for value in [
            json!({"name": "a"}),
            json!({"name": "a", "age": 3}),
            json!({"name": "a", "age": 3.0}),
            json!(true),
            json!(7),
            json!(7.0),
            json!({"age": 3}),
            json!({"name": 1}),
            json!(300),
            json!(-1),
            json!("x"),
            json!(null),
            json!([]),
        ] {
            let mut violations = Violations::new();
            Payload::read_errors(&value, &At::root("/body"), &mut violations);
            let serde = crate::support::json::from_value::<Payload>(value.clone());
            assert_eq!(violations.is_empty(), serde.is_ok(), "{value}: {violations:?} against {serde:?}");
            if let Some(violation) = violations.iter().next() {
                assert_eq!((violation.pointer.as_str(), violation.keyword), ("/body", "type"));
            }
        }
    }

    #[test]
    fn map_keys_are_read_as_their_type() {
        let map = serde_json::json!({"nope": 1, "67e55044-10b1-426f-9247-bb680e5fe0c8": "x"});
        let mut violations = Violations::new();
        BTreeMap::<uuid::Uuid, i64>::read_errors(&map, &At::root("/body"), &mut violations);
        let found: Vec<(&str, &str)> = violations.iter().map(|v| (v.pointer.as_str(), v.keyword)).collect();
        // The bad key (a UUID's format), and the bad value under the good one.
        assert_eq!(found, [("/body/nope", "format"), ("/body/67e55044-10b1-426f-9247-bb680e5fe0c8", "type")]);
        // Any key and any value: nothing to check past its kind.
        assert!(matches!(BTreeMap::<String, Value>::reads(), Reads::Any));
        assert!(matches!(BTreeMap::<uuid::Uuid, Value>::reads(), Reads::Whole));
        assert!(matches!(BTreeMap::<String, i64>::reads(), Reads::Whole));
    }

    #[test]
    fn a_walk_stops_once_full() {
        let items = Value::Array(vec![Value::String("x".into()); 100_000]);
        let mut violations = Violations::new();
        Vec::<i64>::read_errors(&items, &At::root("/body"), &mut violations);
        assert_eq!((violations.len(), violations.is_cut()), (Violations::KEPT, true));
        let rejection = crate::Rejection::Malformed { violations, status: axum::http::StatusCode::BAD_REQUEST };
        let problem = rejection.problem();
        assert!(problem.detail.starts_with("more than 100 problems"), "{}", problem.detail);
    }

    #[derive(Debug, serde::Deserialize)]
    #[expect(dead_code, reason = "only read")]
    struct Member {
        name: String,
        age: Option<i64>,
    }

    impl ReadErrors for Member {
        fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
            let Some(mut object) = object(value, at, violations) else { return };
            object.required::<String>("name");
            object.optional::<Option<i64>>("age");
            object.no_others();
        }
    }

    fn report<T: ReadErrors>(json: Value) -> Vec<(String, &'static str)> {
        let mut violations = Violations::new();
        T::read_errors(&json, &At::root("/body"), &mut violations);
        violations.iter().map(|v| (v.pointer.clone(), v.keyword)).collect()
    }

    #[test]
    fn reports_every_place() {
        let json = serde_json::json!([
            {"name": "a", "age": 1.0},
            {"age": "x"},
            {"name": 3, "age": null, "extra": 1},
            7,
        ]);
        assert_eq!(
            report::<Vec<Member>>(json),
            [
                ("/body/1/name".to_owned(), "required"),
                ("/body/1/age".to_owned(), "type"),
                ("/body/2/name".to_owned(), "type"),
                ("/body/2/extra".to_owned(), "additionalProperties"),
                ("/body/3".to_owned(), "type"),
            ]
        );
        assert!(report::<BTreeMap<String, Member>>(serde_json::json!({"k": {"name": "n"}})).is_empty());
        assert_eq!(report::<BTreeMap<uuid::Uuid, i64>>(serde_json::json!({"x": 1})), [("/body/x".to_owned(), "format")]);
    }
}
