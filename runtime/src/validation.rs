//! Validation: the constraints an API description states, checked on values
//! that have been read, with every violation reported at its JSON pointer.
//!
//! Generated crates implement [`Validate`] for their models; a [`Valid<T>`]
//! is a value that has passed it, which is what handlers receive.

pub mod check;

use std::fmt;
use std::sync::OnceLock;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::violations::{At, Violations};

/// A type whose values can break constraints of the API description.
pub trait Validate {
    /// Records every constraint the value breaks, with `at` as its place.
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations);

    /// Every constraint the value breaks, or `Ok`.
    fn validate(&self) -> Result<(), Violations> {
        let mut violations = Violations::new();
        self.validate_at(&At::root(""), &mut violations);
        violations.into_result()
    }
}

impl<T: Validate + ?Sized> Validate for Box<T> {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        (**self).validate_at(at, violations);
    }
}

impl<T: Validate> Validate for Option<T> {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        if let Some(value) = self {
            value.validate_at(at, violations);
        }
    }
}

impl<T: Validate> Validate for crate::Maybe<T> {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        if let crate::Maybe::Value(value) = self {
            value.validate_at(at, violations);
        }
    }
}

impl<T: Validate> Validate for Vec<T> {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        for (i, item) in self.iter().enumerate() {
            item.validate_at(&at.index(i), violations);
        }
    }
}

impl<K: AsRef<str>, T: Validate> Validate for std::collections::BTreeMap<K, T> {
    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
        for (key, value) in self {
            value.validate_at(&at.key(key.as_ref()), violations);
        }
    }
}

/// Implements [`Validate`] for types whose Rust type already holds every
/// constraint the API description states (enums, plain records): there is
/// nothing left to check.
#[doc(hidden)]
#[macro_export]
macro_rules! nothing_to_check {
    ($($ty:ty),* $(,)?) => {$(
        impl $crate::Validate for $ty {
            fn validate_at(&self, _: &$crate::At<'_>, _: &mut $crate::Violations) {}
        }
    )*};
}

/// A value that has passed [`Validate`]: it can only be made by checking,
/// and gives only shared access, so it stays valid.
#[derive(Debug, Clone, PartialEq)]
pub struct Valid<T>(T);

impl<T: Validate> Valid<T> {
    /// Checks `value`.
    pub fn new(value: T) -> Result<Self, Violations> {
        value.validate().map(|()| Self(value))
    }
}

impl<T> Valid<T> {
    /// A value this crate has just validated.
    pub(crate) fn checked(value: T) -> Self {
        Self(value)
    }

    /// The value, no longer known to be valid once it can change.
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T> std::ops::Deref for Valid<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> AsRef<T> for Valid<T> {
    fn as_ref(&self) -> &T {
        &self.0
    }
}

impl<T: Serialize> Serialize for Valid<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

/// Reading a `Valid<T>` reads a `T` and checks it; the violations become
/// one error message. (Servers read `T` and check it themselves, to report
/// each violation on its own.)
impl<'de, T: Deserialize<'de> + Validate> Deserialize<'de> for Valid<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Valid::new(T::deserialize(deserializer)?).map_err(serde::de::Error::custom)
    }
}

/// A `pattern`, compiled (ECMA-262 syntax, as OpenAPI says) the first time
/// it is used. The generator compiled it too, so it is known to compile;
/// if it still did not, the values it checks are reported, never a panic.
pub struct Pattern {
    source: &'static str,
    compiled: OnceLock<Result<regress::Regex, String>>,
}

impl Pattern {
    /// The pattern `source`, as written in the API description.
    pub const fn new(source: &'static str) -> Self {
        Self { source, compiled: OnceLock::new() }
    }

    /// The pattern as written.
    pub fn source(&self) -> &'static str {
        self.source
    }

    /// Whether `text` matches somewhere (patterns are not anchored);
    /// `Err` if the pattern does not compile.
    pub fn is_match(&self, text: &str) -> Result<bool, &str> {
        match self.compiled.get_or_init(|| compile(self.source)) {
            Ok(regex) => Ok(regex.find(text).is_some()),
            Err(message) => Err(message),
        }
    }
}

impl fmt::Debug for Pattern {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Pattern").field(&self.source).finish()
    }
}

/// Compiles a pattern as JSON Schema reads it, ECMA-262 with the `u` flag
/// (code points, Unicode classes); failing that, as JavaScript reads it
/// without `u`, in the web-compatibility grammar of ECMA-262 Annex B that
/// real documents use (`^[A-Z0-9\_]+$`, `a{,2}`). The error is the `u` one.
pub fn compile(source: &str) -> Result<regress::Regex, String> {
    compile_unicode(source).or_else(|strict| regress::Regex::with_flags(source, "").map_err(|_| strict))
}

/// Compiles a pattern with the `u` flag only.
pub fn compile_unicode(source: &str) -> Result<regress::Regex, String> {
    regress::Regex::with_flags(source, "u").map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::check::*;
    use super::*;

    #[test]
    fn valid_is_only_made_by_checking() {
        struct Name(String);
        impl Validate for Name {
            fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
                min_length(&self.0, 1, at, violations);
            }
        }
        assert!(Valid::new(Name(String::new())).is_err());
        assert_eq!(Valid::new(Name("a".into())).map(|n| n.into_inner().0).ok(), Some("a".to_owned()));
    }
}
