//! The checks generated `Validate` impls call, one per keyword.
//!
//! With them, what `not` and `format` check by: [`matches()`] (a value against
//! a schema given as JSON) and the dates of RFC 3339.

use std::cmp::Ordering;

use serde_json::Value;

use crate::validation::{Pattern, Validate};
use crate::violations::{At, Violations};

/// A number a bound can be compared with, exactly for integers.
pub trait Number: Copy {
    /// The value as a float (for `multipleOf` of a fraction and messages).
    fn as_f64(self) -> f64;
    /// The value as an integer, when it is one.
    fn as_i128(self) -> Option<i128>;
}

macro_rules! integer {
    ($($t:ty),*) => {$(
        impl Number for $t {
            fn as_f64(self) -> f64 {
                self as f64
            }
            fn as_i128(self) -> Option<i128> {
                Some(i128::from(self))
            }
        }
    )*};
}
integer!(i8, i16, i32, i64, u8, u16, u32, u64);

impl Number for f64 {
    fn as_f64(self) -> f64 {
        self
    }
    fn as_i128(self) -> Option<i128> {
        None
    }
}

impl Number for f32 {
    fn as_f64(self) -> f64 {
        f64::from(self)
    }
    fn as_i128(self) -> Option<i128> {
        None
    }
}

/// What a check reads: a value, or an optional one (`Option`, `Maybe`)
/// that is checked when it is there, so that an optional property
/// is checked in one call (`check::max_length(&self.name, ..)`).
pub trait Checked<T: ?Sized> {
    /// The value, when there is one.
    fn present(&self) -> Option<&T>;
}

macro_rules! checked {
    ($target:ty: $($t:ty),*) => {$(
        impl Checked<$target> for $t {
            fn present(&self) -> Option<&$target> {
                Some(self)
            }
        }
        impl Checked<$target> for Option<$t> {
            fn present(&self) -> Option<&$target> {
                self.as_ref().map(|v| -> &$target { v })
            }
        }
        impl Checked<$target> for crate::Maybe<$t> {
            fn present(&self) -> Option<&$target> {
                self.as_ref().value().map(|v| -> &$target { v })
            }
        }
    )*};
}
checked!(str: String);
checked!(i8: i8);
checked!(i16: i16);
checked!(i32: i32);
checked!(i64: i64);
checked!(u8: u8);
checked!(u16: u16);
checked!(u32: u32);
checked!(u64: u64);
checked!(f32: f32);
checked!(f64: f64);

impl Checked<str> for str {
    fn present(&self) -> Option<&str> {
        Some(self)
    }
}

impl Checked<str> for std::borrow::Cow<'_, str> {
    fn present(&self) -> Option<&str> {
        Some(self)
    }
}

pub use crate::violations::List;

/// `value` compared with `bound`, exactly when both are integers.
fn compare<N: Number>(value: N, bound: f64) -> Ordering {
    match value.as_i128() {
        Some(int) if bound.fract() == 0.0 && bound.abs() < 1e38 => int.cmp(&(bound as i128)),
        _ => value.as_f64().partial_cmp(&bound).unwrap_or(Ordering::Equal),
    }
}

fn show(bound: f64) -> String {
    if bound.fract() == 0.0 && bound.abs() < 1e15 { format!("{bound:.0}") } else { bound.to_string() }
}

/// `minimum` (or `exclusiveMinimum`).
pub fn minimum<N: Number>(value: &(impl Checked<N> + ?Sized), bound: f64, exclusive: bool, at: &At<'_>, violations: &mut Violations) {
    let Some(&value) = value.present() else { return };
    match (compare(value, bound), exclusive) {
        (Ordering::Less, false) => violations.push(at, "minimum", format!("must be at least {}", show(bound))),
        (Ordering::Less | Ordering::Equal, true) => {
            violations.push(at, "exclusiveMinimum", format!("must be greater than {}", show(bound)));
        }
        _ => {}
    }
}

/// `maximum` (or `exclusiveMaximum`).
pub fn maximum<N: Number>(value: &(impl Checked<N> + ?Sized), bound: f64, exclusive: bool, at: &At<'_>, violations: &mut Violations) {
    let Some(&value) = value.present() else { return };
    match (compare(value, bound), exclusive) {
        (Ordering::Greater, false) => violations.push(at, "maximum", format!("must be at most {}", show(bound))),
        (Ordering::Greater | Ordering::Equal, true) => {
            violations.push(at, "exclusiveMaximum", format!("must be less than {}", show(bound)));
        }
        _ => {}
    }
}

/// `multipleOf`.
pub fn multiple_of<N: Number>(value: &(impl Checked<N> + ?Sized), factor: f64, at: &At<'_>, violations: &mut Violations) {
    let Some(&value) = value.present() else { return };
    let exact = match value.as_i128() {
        Some(int) if factor.fract() == 0.0 && factor.abs() >= 1.0 && factor.abs() < 1e38 => Some(int % (factor as i128) == 0),
        _ => None,
    };
    let ok = exact.unwrap_or_else(|| {
        let value = value.as_f64();
        let quotient = value / factor;
        if quotient.is_finite() {
            (quotient - quotient.round()).abs() <= 1e-9 * quotient.abs().max(1.0)
        } else {
            // Too large to divide: an integer is a multiple of any
            // factor that divides 1 (0.5, 0.25, 1).
            value.fract() == 0.0 && (1.0 / factor).fract() == 0.0
        }
    });
    if !ok {
        violations.push(at, "multipleOf", format!("must be a multiple of {}", show(factor)));
    }
}

/// `minLength`, counted in Unicode code points as JSON Schema counts.
pub fn min_length(value: &(impl Checked<str> + ?Sized), min: usize, at: &At<'_>, violations: &mut Violations) {
    let Some(value) = value.present() else { return };
    if value.len() < min || value.chars().count() < min {
        let unit = if min == 1 { "character" } else { "characters" };
        violations.push(at, "minLength", format!("must be at least {min} {unit} long"));
    }
}

/// `maxLength`, counted in Unicode code points.
pub fn max_length(value: &(impl Checked<str> + ?Sized), max: usize, at: &At<'_>, violations: &mut Violations) {
    let Some(value) = value.present() else { return };
    if value.len() > max && value.chars().count() > max {
        let unit = if max == 1 { "character" } else { "characters" };
        violations.push(at, "maxLength", format!("must be at most {max} {unit} long"));
    }
}

/// `minLength` of `format: binary`: counted in octets.
pub fn min_octets(len: usize, min: usize, at: &At<'_>, violations: &mut Violations) {
    if len < min {
        violations.push(at, "minLength", format!("must be at least {min} octets long"));
    }
}

/// `maxLength` of `format: binary`: counted in octets.
pub fn max_octets(len: usize, max: usize, at: &At<'_>, violations: &mut Violations) {
    if len > max {
        violations.push(at, "maxLength", format!("must be at most {max} octets long"));
    }
}

/// `pattern`: matches somewhere in the value (patterns are not anchored).
pub fn pattern(value: &(impl Checked<str> + ?Sized), pattern: &Pattern, at: &At<'_>, violations: &mut Violations) {
    let Some(value) = value.present() else { return };
    match pattern.is_match(value) {
        Ok(true) => {}
        Ok(false) => violations.push(at, "pattern", format!("must match the pattern {}", pattern.source())),
        Err(e) => violations.push(at, "pattern", format!("cannot be checked: the pattern does not compile ({e})")),
    }
}

/// `minItems`.
pub fn min_items(len: usize, min: usize, at: &At<'_>, violations: &mut Violations) {
    if len < min {
        violations.push(at, "minItems", format!("must have at least {min} item(s)"));
    }
}

/// `maxItems`.
pub fn max_items(len: usize, max: usize, at: &At<'_>, violations: &mut Violations) {
    if len > max {
        violations.push(at, "maxItems", format!("must have at most {max} item(s)"));
    }
}

/// `uniqueItems`, with the items' own equality.
pub fn unique_items<T: PartialEq>(items: &[T], at: &At<'_>, violations: &mut Violations) {
    if let Some((i, j)) = duplicate(items.len(), |i, j| items[i] == items[j]) {
        violations.push(at, "uniqueItems", format!("items {i} and {j} are equal; items must be unique"));
    }
}

/// `uniqueItems` over JSON values, with JSON Schema's equality (`1` equals `1.0`).
pub fn unique_json(items: &[Value], at: &At<'_>, violations: &mut Violations) {
    if let Some((i, j)) = duplicate(items.len(), |i, j| json_equal(&items[i], &items[j])) {
        violations.push(at, "uniqueItems", format!("items {i} and {j} are equal; items must be unique"));
    }
}

fn duplicate(len: usize, equal: impl Fn(usize, usize) -> bool) -> Option<(usize, usize)> {
    (0..len).find_map(|j| (0..j).find(|&i| equal(i, j)).map(|i| (i, j)))
}

/// `minProperties`.
pub fn min_properties(count: usize, min: usize, at: &At<'_>, violations: &mut Violations) {
    if count < min {
        violations.push(at, "minProperties", format!("must have at least {min} propert(ies)"));
    }
}

/// `maxProperties`.
pub fn max_properties(count: usize, max: usize, at: &At<'_>, violations: &mut Violations) {
    if count > max {
        violations.push(at, "maxProperties", format!("must have at most {max} propert(ies)"));
    }
}

/// `enum` of values a Rust enum cannot hold: `allowed` are JSON texts.
pub fn enumeration<T: serde::Serialize>(value: &T, allowed: &[&str], at: &At<'_>, violations: &mut Violations) {
    let Ok(value) = serde_json::to_value(value) else { return };
    let found = allowed.iter().any(|text| serde_json::from_str::<Value>(text).is_ok_and(|a| json_equal(&a, &value)));
    if !found {
        violations.push(at, "enum", format!("must be one of {}", allowed.join(", ")));
    }
}

/// The `required` lists of `anyOf`/`oneOf` branches that say nothing
/// else: at least one (`exclusive`: exactly one) set is all present.
/// `present` names each property and whether it is there.
pub fn required_sets(present: &[(&str, bool)], sets: &[&[&str]], exclusive: bool, at: &At<'_>, violations: &mut Violations) {
    let is_present = |name: &&str| present.iter().any(|(n, p)| n == name && *p);
    let complete = sets.iter().filter(|set| set.iter().all(is_present)).count();
    let shown: Vec<String> = sets.iter().map(|set| set.join(" and ")).collect();
    if exclusive && complete != 1 {
        violations.push(at, "oneOf", format!("exactly one of {} must be present", shown.join(" or ")));
    } else if complete == 0 {
        violations.push(at, "anyOf", format!("at least one of {} must be present", shown.join(" or ")));
    }
}

/// A string `format`: `email`, `uri`, `uuid`, `date-time`, `date`, `ipv4`,
/// `ipv6`, `hostname`; any other is an annotation and passes (`url`,
/// which no specification defines, among them).
pub fn format(value: &(impl Checked<str> + ?Sized), format: &str, at: &At<'_>, violations: &mut Violations) {
    let Some(value) = value.present() else { return };
    let ok = match format {
        "email" => crate::Email::parse(value).is_ok(),
        "uri" => crate::Uri::parse(value).is_ok(),
        "uuid" => is_uuid(value),
        "date-time" => dates::is_date_time(value),
        "date" => dates::is_date(value),
        "ipv4" => value.parse::<std::net::Ipv4Addr>().is_ok(),
        "ipv6" => value.parse::<std::net::Ipv6Addr>().is_ok(),
        "hostname" => crate::formats::check_hostname(value).is_ok(),
        _ => true,
    };
    if !ok {
        violations.push(at, "format", format!("must be a valid {format}"));
    }
}

/// `8-4-4-4-12` hexadecimal digits (RFC 9562), any version.
fn is_uuid(value: &str) -> bool {
    value.len() == 36
        && value.bytes().enumerate().all(|(i, b)| match i {
            8 | 13 | 18 | 23 => b == b'-',
            _ => b.is_ascii_hexdigit(),
        })
}

/// `not`: the value must not match `schema` (JSON text).
pub fn not<T: serde::Serialize>(value: &T, schema: &str, at: &At<'_>, violations: &mut Violations) {
    let (Ok(value), Ok(schema)) = (serde_json::to_value(value), serde_json::from_str::<Value>(schema)) else { return };
    if matches(&value, &schema) {
        violations.push(at, "not", format!("must not match {schema}"));
    }
}

/// The constraints of a schema that lets any JSON value through, each
/// checked only against values of the type it applies to.
#[derive(Debug, Default)]
pub struct Rules {
    /// `minLength` of a string.
    pub min_length: Option<usize>,
    /// `maxLength` of a string.
    pub max_length: Option<usize>,
    /// `pattern` of a string.
    pub pattern: Option<&'static Pattern>,
    /// `minimum` of a number, and whether it is exclusive.
    pub minimum: Option<(f64, bool)>,
    /// `maximum` of a number, and whether it is exclusive.
    pub maximum: Option<(f64, bool)>,
    /// `multipleOf` of a number.
    pub multiple_of: Option<f64>,
    /// `minItems` of an array.
    pub min_items: Option<usize>,
    /// `maxItems` of an array.
    pub max_items: Option<usize>,
    /// `uniqueItems` of an array.
    pub unique_items: bool,
    /// `minProperties` of an object.
    pub min_properties: Option<usize>,
    /// `maxProperties` of an object.
    pub max_properties: Option<usize>,
    /// `format` of a string.
    pub format: Option<&'static str>,
    /// The JSON type the value must have (`string`, `integer`, ...).
    pub json_type: Option<&'static str>,
}

/// Checks `rules` against a JSON value of whatever type it has.
pub fn value(value: &Value, rules: &Rules, at: &At<'_>, violations: &mut Violations) {
    if let Some(json_type) = rules.json_type
        && !is_type(value, json_type)
    {
        violations.push(at, "type", format!("must be of type {json_type}"));
    }
    match value {
        Value::String(s) => {
            if let Some(min) = rules.min_length {
                min_length(s, min, at, violations);
            }
            if let Some(max) = rules.max_length {
                max_length(s, max, at, violations);
            }
            if let Some(p) = rules.pattern {
                pattern(s, p, at, violations);
            }
            if let Some(f) = rules.format {
                format(s, f, at, violations);
            }
        }
        Value::Number(n) => {
            if let Some(int) = n.as_i64() {
                number(int, rules, at, violations);
            } else if let Some(int) = n.as_u64() {
                number(int, rules, at, violations);
            } else if let Some(float) = n.as_f64() {
                number(float, rules, at, violations);
            }
        }
        Value::Array(items) => {
            if let Some(min) = rules.min_items {
                min_items(items.len(), min, at, violations);
            }
            if let Some(max) = rules.max_items {
                max_items(items.len(), max, at, violations);
            }
            if rules.unique_items {
                unique_json(items, at, violations);
            }
        }
        Value::Object(map) => {
            if let Some(min) = rules.min_properties {
                min_properties(map.len(), min, at, violations);
            }
            if let Some(max) = rules.max_properties {
                max_properties(map.len(), max, at, violations);
            }
        }
        Value::Null | Value::Bool(_) => {}
    }
}

fn number<N: Number + Checked<N>>(value: N, rules: &Rules, at: &At<'_>, violations: &mut Violations) {
    if let Some((bound, exclusive)) = rules.minimum {
        minimum(&value, bound, exclusive, at, violations);
    }
    if let Some((bound, exclusive)) = rules.maximum {
        maximum(&value, bound, exclusive, at, violations);
    }
    if let Some(factor) = rules.multiple_of {
        multiple_of(&value, factor, at, violations);
    }
}

/// Checks `rules` against the JSON form of a typed value (a union with
/// constraints beside its branches: each applies to the JSON type it is
/// for).
pub fn rules<T: serde::Serialize>(value: &T, rules: &Rules, at: &At<'_>, violations: &mut Violations) {
    if let Ok(json) = serde_json::to_value(value) {
        self::value(&json, rules, at, violations);
    }
}

/// The JSON text of a value, for [`passes`]: written once, read by
/// each branch (a text reads faster than a `serde_json::Value` is
/// built and read).
pub fn json<T: serde::Serialize>(value: &T) -> Option<Vec<u8>> {
    serde_json::to_vec(value).ok()
}

/// Whether `json` reads as a `T` that passes `checks`: whether a branch
/// of a union holds for the value.
pub fn passes<T: serde::de::DeserializeOwned>(json: &Option<Vec<u8>>, checks: impl Fn(&T, &At<'_>, &mut Violations)) -> bool {
    let Some(typed) = json.as_deref().and_then(crate::support::json::reads_as::<T>) else { return false };
    let mut violations = Violations::new();
    checks(&typed, &At::root(""), &mut violations);
    violations.is_empty()
}

/// Whether `json` reads as a `T` that breaks none of its constraints:
/// whether a branch of a union that is a type of its own holds.
pub fn holds<T: serde::de::DeserializeOwned + Validate>(json: &Option<Vec<u8>>) -> bool {
    passes(json, |value: &T, at, violations| value.validate_at(at, violations))
}

/// Whether `json` reads as a `T`: whether a branch of a union without
/// constraints holds.
pub fn reads_as<T: serde::de::DeserializeOwned>(json: &Option<Vec<u8>>) -> bool {
    passes(json, |_: &T, _, _| {})
}

/// A union read without a tag, by the first branch that fits: `anyOf`
/// holds if any branch holds, `oneOf` if exactly one does. `read`
/// checks the branch that was read, whose violations are reported when
/// no branch holds; `holds` says, per branch, whether it holds.
pub fn branches(read: impl FnOnce(&mut Violations), holds: &[bool], exclusive: bool, at: &At<'_>, violations: &mut Violations) {
    let mut own = Violations::new();
    read(&mut own);
    let holding = holds.iter().filter(|h| **h).count();
    if holding == 0 {
        if own.is_empty() {
            let keyword = if exclusive { "oneOf" } else { "anyOf" };
            violations.push(at, keyword, "matches none of the alternatives");
        } else {
            violations.extend(own);
        }
    } else if exclusive && holding > 1 {
        violations.push(at, "oneOf", format!("matches {holding} of the alternatives; it must match exactly one"));
    }
}

/// JSON Schema's equality: numbers by value, objects regardless of order.
pub fn json_equal(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => match (x.as_i64(), y.as_i64(), x.as_u64(), y.as_u64()) {
            (Some(x), Some(y), ..) => x == y,
            (_, _, Some(x), Some(y)) => x == y,
            _ => x.as_f64() == y.as_f64(),
        },
        (Value::Array(x), Value::Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(a, b)| json_equal(a, b)),
        (Value::Object(x), Value::Object(y)) => x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| json_equal(v, w))),
        _ => a == b,
    }
}

/// RFC 3339 `full-date` and `date-time`, checked exactly: real calendar
/// days, and a leap second only at 23:59:60 UTC.
mod dates {
    fn digits(text: &str, len: usize) -> Option<u32> {
        (text.len() == len && text.bytes().all(|b| b.is_ascii_digit())).then(|| text.parse().ok()).flatten()
    }

    fn days_in_month(year: u32, month: u32) -> u32 {
        match month {
            2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        }
    }

    pub fn is_date(text: &str) -> bool {
        let (Some(year), Some(month), Some(day)) = (
            text.get(0..4).and_then(|t| digits(t, 4)),
            text.get(5..7).and_then(|t| digits(t, 2)),
            text.get(8..10).and_then(|t| digits(t, 2)),
        ) else {
            return false;
        };
        text.len() == 10
            && &text[4..5] == "-"
            && &text[7..8] == "-"
            && (1..=12).contains(&month)
            && (1..=days_in_month(year, month)).contains(&day)
    }

    pub fn is_date_time(text: &str) -> bool {
        let Some((date, time)) = text.split_once(['T', 't']) else { return false };
        is_date(date) && is_time(time)
    }

    /// `HH:MM:SS[.frac](Z|±HH:MM)`.
    fn is_time(text: &str) -> bool {
        let (Some(hour), Some(minute), Some(second)) = (
            text.get(0..2).and_then(|t| digits(t, 2)),
            text.get(3..5).and_then(|t| digits(t, 2)),
            text.get(6..8).and_then(|t| digits(t, 2)),
        ) else {
            return false;
        };
        if &text[2..3] != ":" || &text[5..6] != ":" || hour > 23 || minute > 59 || second > 60 {
            return false;
        }
        let mut rest = &text[8..];
        if let Some(fraction) = rest.strip_prefix('.') {
            let end = fraction.find(|c: char| !c.is_ascii_digit()).unwrap_or(fraction.len());
            if end == 0 {
                return false;
            }
            rest = &fraction[end..];
        }
        let offset_minutes: i64 = match rest {
            "Z" | "z" => 0,
            _ => {
                let sign = match rest.get(0..1) {
                    Some("+") => 1,
                    Some("-") => -1,
                    _ => return false,
                };
                let (Some(h), Some(m)) = (rest.get(1..3).and_then(|t| digits(t, 2)), rest.get(4..6).and_then(|t| digits(t, 2))) else {
                    return false;
                };
                if rest.len() != 6 || &rest[3..4] != ":" || h > 23 || m > 59 {
                    return false;
                }
                sign * i64::from(h * 60 + m)
            }
        };
        // A leap second is the last second of a UTC day.
        second < 60 || (i64::from(hour * 60 + minute) - offset_minutes).rem_euclid(24 * 60) == 23 * 60 + 59
    }
}

/// Whether `value` matches `schema`, for the keywords `not` uses in real
/// documents: `type`, `enum`, `const`, `required`, `properties`,
/// `allOf`/`anyOf`/`oneOf`/`not` and the boolean schemas. A keyword it does
/// not know constrains nothing, as JSON Schema reads unknown keywords.
pub fn matches(value: &Value, schema: &Value) -> bool {
    let Value::Object(schema) = schema else { return schema.as_bool().unwrap_or(true) };
    let all = |key: &str, rule: &dyn Fn(&Value) -> bool| match schema.get(key) {
        Some(Value::Array(items)) => items.iter().all(rule),
        _ => true,
    };
    let type_ok = match schema.get("type") {
        Some(Value::String(t)) => is_type(value, t),
        Some(Value::Array(types)) => types.iter().filter_map(Value::as_str).any(|t| is_type(value, t)),
        _ => true,
    };
    let enum_ok = match schema.get("enum") {
        Some(Value::Array(allowed)) => allowed.iter().any(|a| json_equal(a, value)),
        _ => true,
    };
    let const_ok = schema.get("const").is_none_or(|c| json_equal(c, value));
    let required_ok = match (schema.get("required"), value) {
        (Some(Value::Array(names)), Value::Object(map)) => names.iter().filter_map(Value::as_str).all(|name| map.contains_key(name)),
        _ => true,
    };
    let properties_ok = match (schema.get("properties"), value) {
        (Some(Value::Object(properties)), Value::Object(map)) => {
            properties.iter().all(|(name, sub)| map.get(name).is_none_or(|v| matches(v, sub)))
        }
        _ => true,
    };
    let any_of_ok = match schema.get("anyOf") {
        Some(Value::Array(branches)) => branches.iter().any(|b| matches(value, b)),
        _ => true,
    };
    let one_of_ok = match schema.get("oneOf") {
        Some(Value::Array(branches)) => branches.iter().filter(|b| matches(value, b)).count() == 1,
        _ => true,
    };
    let not_ok = schema.get("not").is_none_or(|n| !matches(value, n));
    let items_ok = match (schema.get("items"), value) {
        (Some(items @ (Value::Object(_) | Value::Bool(_))), Value::Array(list)) => list.iter().all(|v| matches(v, items)),
        _ => true,
    };
    let additional_ok = match (schema.get("additionalProperties"), value) {
        (Some(extra @ (Value::Object(_) | Value::Bool(_))), Value::Object(map)) => {
            let declared = schema.get("properties").and_then(Value::as_object);
            map.iter().filter(|(k, _)| declared.is_none_or(|d| !d.contains_key(*k))).all(|(_, v)| matches(v, extra))
        }
        _ => true,
    };
    let mut violations = Violations::new();
    self::value(value, &rules_of(schema), &At::root(""), &mut violations);
    violations.is_empty()
        && items_ok
        && additional_ok
        && type_ok
        && enum_ok
        && const_ok
        && required_ok
        && properties_ok
        && all("allOf", &|b| matches(value, b))
        && any_of_ok
        && one_of_ok
        && not_ok
}

/// The value-level keywords of a schema given as JSON; `exclusiveMinimum`
/// may be the draft 4 boolean or the 2020-12 number.
fn rules_of(schema: &serde_json::Map<String, Value>) -> Rules {
    let count = |key: &str| schema.get(key).and_then(Value::as_u64).and_then(|n| usize::try_from(n).ok());
    let bound = |key: &str, exclusive_key: &str| match (schema.get(key).and_then(Value::as_f64), schema.get(exclusive_key)) {
        (_, Some(Value::Number(n))) => n.as_f64().map(|n| (n, true)),
        (Some(b), Some(Value::Bool(exclusive))) => Some((b, *exclusive)),
        (Some(b), _) => Some((b, false)),
        (None, _) => None,
    };
    Rules {
        min_length: count("minLength"),
        max_length: count("maxLength"),
        pattern: None,
        minimum: bound("minimum", "exclusiveMinimum"),
        maximum: bound("maximum", "exclusiveMaximum"),
        multiple_of: schema.get("multipleOf").and_then(Value::as_f64),
        min_items: count("minItems"),
        max_items: count("maxItems"),
        unique_items: schema.get("uniqueItems").and_then(Value::as_bool).unwrap_or(false),
        min_properties: count("minProperties"),
        max_properties: count("maxProperties"),
        format: None,
        json_type: None,
    }
}

fn is_type(value: &Value, name: &str) -> bool {
    match name {
        "null" => value.is_null(),
        "boolean" => value.is_boolean(),
        "object" => value.is_object(),
        "array" => value.is_array(),
        "string" => value.is_string(),
        "number" => value.is_number(),
        "integer" => value.as_f64().is_some_and(|n| n.fract() == 0.0),
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn optional_values_are_checked_when_present() {
        use crate::Maybe;
        let long = Some("abcdef".to_owned());
        assert_eq!(run(|at, v| max_length(&long, 3, at, v))[0].1, "maxLength");
        assert!(run(|at, v| max_length(&None::<String>, 3, at, v)).is_empty());
        assert!(run(|at, v| min_length(&Maybe::<String>::Null, 3, at, v)).is_empty());
        assert!(run(|at, v| min_length(&Maybe::<String>::Absent, 3, at, v)).is_empty());
        assert_eq!(run(|at, v| min_length(&Maybe::Value("ab".to_owned()), 3, at, v))[0].1, "minLength");
        assert_eq!(run(|at, v| format(&Some("x".to_owned()), "uuid", at, v))[0].1, "format");
        assert_eq!(run(|at, v| minimum(&Some(2_i32), 3.0, false, at, v))[0].1, "minimum");
        assert!(run(|at, v| minimum(&None::<i32>, 3.0, false, at, v)).is_empty());
        assert_eq!(run(|at, v| maximum(&Maybe::Value(4.5_f32), 4.0, false, at, v))[0].1, "maximum");
        assert_eq!(run(|at, v| multiple_of(&Some(7_u64), 2.0, at, v))[0].1, "multipleOf");
    }

    fn run(f: impl FnOnce(&At<'_>, &mut Violations)) -> Vec<(String, &'static str)> {
        let mut violations = Violations::new();
        let root = At::root("/body");
        let members = root.key("members");
        let third = members.index(3);
        let at = third.key("e/m~ail");
        f(&at, &mut violations);
        violations.into_iter().map(|v| (v.pointer, v.keyword)).collect()
    }

    #[test]
    fn pointers_are_escaped_and_rooted() {
        assert_eq!(run(|at, v| min_length("ab", 3, at, v)), vec![("/body/members/3/e~1m~0ail".to_owned(), "minLength")]);
    }

    #[test]
    fn lengths_count_code_points() {
        // Two code points, six bytes.
        assert!(run(|at, v| max_length("日本", 2, at, v)).is_empty());
        assert_eq!(run(|at, v| min_length("日本", 3, at, v)).len(), 1);
        assert!(run(|at, v| min_length("😀😀", 2, at, v)).is_empty());
    }

    #[test]
    fn bounds_are_exact_for_integers() {
        assert!(run(|at, v| maximum(&i64::MAX, 9_223_372_036_854_775_807.0, false, at, v)).is_empty());
        assert_eq!(run(|at, v| minimum(&3_i64, 3.0, true, at, v))[0].1, "exclusiveMinimum");
        assert_eq!(run(|at, v| maximum(&3.5_f64, 3.0, false, at, v))[0].1, "maximum");
        assert!(run(|at, v| minimum(&3_u8, 2.5, false, at, v)).is_empty());
    }

    #[test]
    fn multiples_of_fractions() {
        assert!(run(|at, v| multiple_of(&0.0075, 0.0001, at, v)).is_empty());
        assert_eq!(run(|at, v| multiple_of(&0.00751, 0.0001, at, v)).len(), 1);
        assert_eq!(run(|at, v| multiple_of(&1e308, 0.123_456_789, at, v)).len(), 1);
        assert!(run(|at, v| multiple_of(&12_i64, 4.0, at, v)).is_empty());
        assert_eq!(run(|at, v| multiple_of(&13_i64, 4.0, at, v)).len(), 1);
    }

    #[test]
    fn patterns_are_ecmascript_and_unanchored() {
        static DIGITS: Pattern = Pattern::new("^\\d+$");
        static WORD: Pattern = Pattern::new("\\p{L}");
        assert!(run(|at, v| pattern("123", &DIGITS, at, v)).is_empty());
        assert_eq!(run(|at, v| pattern("12a", &DIGITS, at, v)).len(), 1);
        assert!(run(|at, v| pattern("1é2", &WORD, at, v)).is_empty());
        static BROKEN: Pattern = Pattern::new("(");
        assert_eq!(run(|at, v| pattern("x", &BROKEN, at, v)), vec![("/body/members/3/e~1m~0ail".to_owned(), "pattern")]);
    }

    #[test]
    fn uniqueness_uses_json_equality() {
        assert_eq!(run(|at, v| unique_json(&[json!(1), json!(1.0)], at, v)).len(), 1);
        assert!(run(|at, v| unique_json(&[json!({"a": 1}), json!({"a": 2})], at, v)).is_empty());
        assert_eq!(run(|at, v| unique_items(&["a", "b", "a"], at, v)).len(), 1);
    }

    #[test]
    fn required_sets_and_not() {
        let sets: &[&[&str]] = &[&["image_url"], &["file_id"]];
        assert!(run(|at, v| required_sets(&[("image_url", true), ("file_id", false)], sets, true, at, v)).is_empty());
        assert_eq!(run(|at, v| required_sets(&[("image_url", false), ("file_id", false)], sets, false, at, v))[0].1, "anyOf");
        assert_eq!(run(|at, v| required_sets(&[("image_url", true), ("file_id", true)], sets, true, at, v))[0].1, "oneOf");
        let both = json!({"image_url": "x", "file_id": "y"});
        assert_eq!(run(|at, v| not(&both, r#"{"required": ["image_url", "file_id"]}"#, at, v))[0].1, "not");
        assert!(run(|at, v| not(&json!({"file_id": "y"}), r#"{"required": ["image_url", "file_id"]}"#, at, v)).is_empty());
    }

    #[test]
    fn formats_kept_as_text() {
        assert!(run(|at, v| format("192.168.0.1", "ipv4", at, v)).is_empty());
        assert_eq!(run(|at, v| format("192.168.0.01", "ipv4", at, v)).len(), 1);
        assert!(run(|at, v| format("::1", "ipv6", at, v)).is_empty());
        assert!(run(|at, v| format("www.example.com", "hostname", at, v)).is_empty());
        assert_eq!(run(|at, v| format("-a.example.com", "hostname", at, v)).len(), 1);
    }
}
