//! Reading JSON request bodies into generated types, with the JSON pointer
//! of whatever does not fit.
//!
//! [`Reads`] is what of a body a type reads, which is all a parse for a
//! refusal builds. [`ReadError`], why a text does not read, is defined in
//! `violations.rs`, below both this module and the refusals that word it.

use std::fmt;

use serde::de::DeserializeOwned;
use serde_json::{Number, Value};

pub use crate::violations::ReadError;

/// A member of an object a type reads: its name, and what of its value
/// the member's type reads.
pub type Member = (&'static str, fn() -> Reads);

/// What of a JSON value a type reads. A body is parsed into a JSON value
/// only on the way to a refusal or past float syntax, and a struct that
/// ignores unknown properties has no use for the 200,000 a hostile body may
/// send: the parse reads them (the text is still checked) and builds
/// none of them.
#[derive(Debug, Clone, Copy)]
pub enum Reads {
    /// All of it.
    Whole,
    /// Of an object, only these members (each read as its own type reads);
    /// the others are neither checked nor deserialized.
    Members(&'static [Member]),
    /// Of an object, these members (as [`Reads::Members`]) and every
    /// other, each read as the second says (`additionalProperties`).
    Open(&'static [Member], fn() -> Reads),
    /// Of an object, these members (as [`Reads::Members`]), and only the
    /// names of the others, which it does not allow
    /// (`additionalProperties: false`).
    Closed(&'static [Member]),
    /// Of an array, each item as the type reads.
    Items(fn() -> Reads),
    /// What any of these reads (an untagged union's variants, one of which
    /// is kept): of an object, the members any of them reads; of an array,
    /// the items as the one that takes arrays reads them.
    Variants(&'static [fn() -> Reads]),
    /// All of it, and it is neither an object nor an array (a string, a
    /// number, a boolean): in a union, it reads none of an object.
    Scalar,
    /// All of it, and it checks none of it: any JSON value reads (a
    /// `serde_json::Value`, a map of them). A parse for a refusal builds
    /// only its kind (`{}` for an object); the value is built when it is
    /// read into the type.
    Any,
}

impl Reads {
    /// [`Reads::Whole`], for a member whose type reads all of it.
    pub fn whole() -> Self {
        Self::Whole
    }
}

/// Reads `bytes` as a `T`.
///
/// JSON Schema counts numbers by value, so `1.0` is an integer: numbers
/// with no fractional part are read as integers first, which lets an
/// integer field take `1.0` while a float field still takes `1`.
pub fn from_slice<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ReadError> {
    let scan = scan(bytes)?;
    // A text without a fraction or an exponent has no float to read as an
    // integer: it is read straight into `T`, with no JSON value between.
    // What does not read that way is read again through one, for the rule
    // above and for the pointer of what is wrong.
    if !scan.floats
        && let Ok(value) = serde_json::from_slice(bytes)
    {
        return Ok(value);
    }
    from_value(serde_json::from_slice(bytes).map_err(|e| ReadError::Syntax { message: e.to_string() })?)
}

/// Reads `bytes` straight into a `T`, with no JSON value between, when
/// that is how [`from_slice`] would read them (no float syntax) and they
/// read; `None` otherwise, for the caller to parse them once and say why.
pub fn straight<T: DeserializeOwned>(bytes: &[u8]) -> Option<T> {
    if scan(bytes).ok()?.floats {
        return None;
    }
    serde_json::from_slice(bytes).ok()
}

/// Reads `bytes` as a `T` as [`from_slice`] does, saying only whether it
/// reads: without the pointer of what does not, which costs a second
/// reading (a union's branch tried against a value, say).
pub fn reads_as<T: DeserializeOwned>(bytes: &[u8]) -> Option<T> {
    if !scan(bytes).ok()?.floats {
        return serde_json::from_slice(bytes).ok();
    }
    let mut value: Value = serde_json::from_slice(bytes).ok()?;
    integral_floats_as_integers(&mut value);
    T::deserialize(value).ok()
}

/// Parses `bytes` as one JSON value, within the limits every body is read
/// under: nesting at most 128 deep (serde_json's own limit), and at most one
/// array or object per 16 bytes (4,096 in any text). A parsed array or
/// object costs ten to a hundred times the bytes that spell it (`[[[...]]]`
/// of 2 MiB is 300 MiB of values), so a text of nothing but containers is
/// refused before it is parsed.
pub fn parse(bytes: &[u8]) -> Result<Value, ReadError> {
    scan(bytes)?;
    serde_json::from_slice(bytes).map_err(|e| ReadError::Syntax { message: e.to_string() })
}

/// Checks that `bytes` are one JSON text, within the limits [`parse`]
/// keeps, without building its value.
pub fn check_syntax(bytes: &[u8]) -> Result<(), ReadError> {
    scan(bytes)?;
    serde_json::from_slice::<serde::de::IgnoredAny>(bytes).map(drop).map_err(|e| ReadError::Syntax { message: e.to_string() })
}

/// The items of an array [`parse_capped`] keeps.
pub const CAPPED_ITEMS: usize = 1000;

/// What [`parse_capped`] dropped.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Dropped {
    /// Some items were dropped.
    pub items: bool,
    /// An array was among (or inside) them.
    pub arrays: bool,
    /// A value its type reads without checking ([`Reads::Any`]) was built
    /// as its kind only: the value is needed whole to be read.
    pub unchecked: bool,
}

/// Parses `bytes` as [`parse`] does, but builds only what a type `reads`
/// checks, for a refusal to be made from: the members of an object it does
/// not read are read (so the whole text is checked) and not built, what it
/// reads without checking is built as its kind only (see [`Reads`]), and
/// only the first [`CAPPED_ITEMS`] items of each array are kept (the rest
/// are read and dropped); says what it dropped. A refusal that finds all
/// the violations it keeps in the items kept need not build a million
/// more; and where no array was dropped, no struct can be read from an
/// array among the dropped items (see `Checks::json`).
pub fn parse_capped(bytes: &[u8], reads: Reads) -> Result<(Value, Dropped), ReadError> {
    parse_as(bytes, reads, CAPPED_ITEMS, true)
}

/// Parses `bytes` as [`parse`] does, building all that a type `reads`
/// (see [`Reads`]), every item of every array.
pub fn parse_read(bytes: &[u8], reads: Reads) -> Result<Value, ReadError> {
    parse_as(bytes, reads, usize::MAX, false).map(|(value, _)| value)
}

fn parse_as(bytes: &[u8], reads: Reads, cap: usize, only_checked: bool) -> Result<(Value, Dropped), ReadError> {
    use serde::de::DeserializeSeed;
    scan(bytes)?;
    let dropped = std::cell::Cell::new(Dropped::default());
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let value = Capped { dropped: &dropped, reads, cap, only_checked, unchecked: false }
        .deserialize(&mut deserializer)
        .and_then(|value| deserializer.end().map(|()| value))
        .map_err(|e| ReadError::Syntax { message: e.to_string() })?;
    Ok((value, dropped.get()))
}

/// A JSON value with what its type reads, its arrays cut to `cap` items,
/// and with what it does not check built as its kind when `only_checked`
/// (see [`parse_capped`]).
#[derive(Clone, Copy)]
struct Capped<'a> {
    dropped: &'a std::cell::Cell<Dropped>,
    reads: Reads,
    cap: usize,
    only_checked: bool,
    /// A value read without being checked, built as its kind: a scalar as
    /// itself, an array as `[]` and an object as `{}` (noted as dropped
    /// when they were not empty), each read to its end.
    unchecked: bool,
}

impl Capped<'_> {
    /// The same, for a part read as `reads`.
    fn part(self, reads: Reads) -> Self {
        Self { reads, ..self }
    }
}

/// A dropped item, read to its end, noting whether it is or holds an array.
#[derive(Clone, Copy)]
struct Skipped<'a> {
    dropped: &'a std::cell::Cell<Dropped>,
}

impl<'de> serde::de::DeserializeSeed<'de> for Skipped<'_> {
    type Value = ();

    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> serde::de::Visitor<'de> for Skipped<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }

    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }

    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }

    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }

    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }

    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        self.dropped.set(Dropped { arrays: true, ..self.dropped.get() });
        while seq.next_element::<serde::de::IgnoredAny>()?.is_some() {}
        Ok(())
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while map.next_key::<serde::de::IgnoredAny>()?.is_some() {
            map.next_value_seed(self)?;
        }
        Ok(())
    }
}

impl<'de> serde::de::DeserializeSeed<'de> for Capped<'_> {
    type Value = Value;

    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        if self.only_checked && matches!(self.reads, Reads::Any) {
            return deserializer.deserialize_any(Self { unchecked: true, ..self });
        }
        deserializer.deserialize_any(self)
    }
}

impl<'de> serde::de::Visitor<'de> for Capped<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Number::from_f64(v).map_or(Value::Null, Value::Number))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        if self.unchecked {
            while seq.next_element::<serde::de::IgnoredAny>()?.is_some() {
                self.dropped.set(Dropped { unchecked: true, ..self.dropped.get() });
            }
            return Ok(Value::Array(Vec::new()));
        }
        // Items of what is read as a whole or an object (a type violation
        // of its own) are read whole.
        let item = self.part(match self.reads {
            Reads::Items(item) => item(),
            Reads::Variants(variants) => items_of(variants),
            Reads::Whole | Reads::Members(_) | Reads::Open(..) | Reads::Closed(_) | Reads::Any | Reads::Scalar => Reads::Whole,
        });
        let mut items = Vec::new();
        while items.len() < self.cap {
            match seq.next_element_seed(item)? {
                Some(item) => items.push(item),
                None => return Ok(Value::Array(items)),
            }
        }
        let skipped = Skipped { dropped: self.dropped };
        while seq.next_element_seed(skipped)?.is_some() {
            self.dropped.set(Dropped { items: true, ..self.dropped.get() });
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        if self.unchecked {
            while map.next_key::<serde::de::IgnoredAny>()?.is_some() {
                map.next_value::<serde::de::IgnoredAny>()?;
                self.dropped.set(Dropped { unchecked: true, ..self.dropped.get() });
            }
            return Ok(Value::Object(serde_json::Map::new()));
        }
        let mut object = serde_json::Map::new();
        let Some(listed) = listed(self.reads) else {
            let whole = self.part(Reads::Whole);
            while let Some(key) = map.next_key::<String>()? {
                let value = map.next_value_seed(whole)?;
                object.insert(key, value);
            }
            return Ok(Value::Object(object));
        };
        let key = MemberName { listed: &listed, only_checked: self.only_checked };
        let mut named = 0usize;
        while let Some(found) = map.next_key_seed(key)? {
            match found {
                // Each a violation: past as many as the items of an array
                // a parse keeps, a refusal has all it keeps.
                Found::Named(name) => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                    if named < self.cap {
                        named += 1;
                        object.insert(name, Value::Null);
                    } else {
                        self.dropped.set(Dropped { items: true, ..self.dropped.get() });
                    }
                }
                Found::Read(name, reads) => {
                    let value = map.next_value_seed(self.part(reads))?;
                    object.insert(name, value);
                }
                Found::Unread => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
                Found::Unchecked => {
                    self.dropped.set(Dropped { unchecked: true, ..self.dropped.get() });
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Value::Object(object))
    }
}

/// The members of an object that `reads` lists, and what it reads of the
/// others, one entry per object type it may be read as; `None` when all
/// of it is read.
type Listed = Vec<(&'static [Member], Others)>;

/// What a type reads of the members it does not list.
#[derive(Clone, Copy)]
enum Others {
    /// Nothing.
    Unread,
    /// Each, as this reads it.
    Read(fn() -> Reads),
    /// Only their names, each a violation.
    Named,
}

fn listed(reads: Reads) -> Option<Listed> {
    match reads {
        Reads::Members(members) => Some(vec![(members, Others::Unread)]),
        Reads::Open(members, others) => Some(vec![(members, Others::Read(others))]),
        Reads::Closed(members) => Some(vec![(members, Others::Named)]),
        Reads::Variants(variants) => {
            let mut listed = Vec::new();
            for variant in variants {
                match variant() {
                    Reads::Members(members) => listed.push((members, Others::Unread)),
                    Reads::Open(members, others) => listed.push((members, Others::Read(others))),
                    // Reads no object.
                    Reads::Items(_) | Reads::Scalar => {}
                    // A closed variant is told from the others by what it
                    // does not list: all of it is read.
                    Reads::Whole | Reads::Any | Reads::Variants(_) | Reads::Closed(_) => return None,
                }
            }
            Some(listed)
        }
        Reads::Whole | Reads::Items(_) | Reads::Any | Reads::Scalar => None,
    }
}

/// What of an array's items the variants of a union read: as the one
/// variant that takes arrays reads them; whole when more than one might.
fn items_of(variants: &[fn() -> Reads]) -> Reads {
    let mut items = None;
    for variant in variants {
        match variant() {
            Reads::Items(item) if items.is_none() => items = Some(item),
            Reads::Members(_) | Reads::Open(..) | Reads::Closed(_) | Reads::Scalar => {}
            _ => return Reads::Whole,
        }
    }
    items.map_or(Reads::Whole, |item| item())
}

/// What becomes of an object's member.
enum Found {
    /// It is built, as this reads it.
    Read(String, Reads),
    /// No type reads it.
    Unread,
    /// It is among the others, which nothing checks, and a refusal is being
    /// looked for: it is not built (and the value is then built whole).
    Unchecked,
    /// It is not allowed: only its name is built (its value is `null`).
    Named(String),
}

/// An object's key, looked up among the members the types it may be read
/// as list (sorted by name).
#[derive(Clone, Copy)]
struct MemberName<'l> {
    listed: &'l Listed,
    only_checked: bool,
}

impl<'de> serde::de::DeserializeSeed<'de> for MemberName<'_> {
    type Value = Found;

    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> serde::de::Visitor<'de> for MemberName<'_> {
    type Value = Found;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a member name")
    }

    fn visit_str<E>(self, key: &str) -> Result<Self::Value, E> {
        let mut found = self.listed.iter().filter_map(|(members, _)| {
            debug_assert!(members.is_sorted_by_key(|(name, _)| *name), "members are sorted by name");
            members.binary_search_by(|(name, _)| (*name).cmp(key)).ok().map(|index| members[index].1)
        });
        if let Some(reads) = found.next() {
            // Listed by two types, it is read whole, for both.
            let reads = if found.next().is_some() { Reads::Whole } else { reads() };
            return Ok(Found::Read(key.to_owned(), reads));
        }
        let mut others = self.listed.iter().map(|(_, others)| *others).filter(|others| !matches!(others, Others::Unread));
        Ok(match (others.next(), others.next()) {
            (None, _) => Found::Unread,
            (Some(Others::Read(others)), None) => match others() {
                Reads::Any if self.only_checked => Found::Unchecked,
                reads => Found::Read(key.to_owned(), reads),
            },
            (Some(Others::Named), None) => Found::Named(key.to_owned()),
            (Some(Others::Unread), None) | (Some(_), Some(_)) => Found::Read(key.to_owned(), Reads::Whole),
        })
    }
}

/// What a look at a JSON text's bytes tells before it is parsed.
struct Scan {
    /// A number with a fraction or an exponent is in it.
    floats: bool,
}

/// Counts the arrays and objects a JSON text opens, against the limit (see
/// [`parse`]), and notes whether it has float syntax; brackets and digits
/// inside strings are text.
fn scan(bytes: &[u8]) -> Result<Scan, ReadError> {
    let (mut containers, mut floats, mut in_string, mut escaped, mut digit) = (0usize, false, false, false, false);
    for &byte in bytes {
        if in_string {
            match byte {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'[' | b'{' => containers += 1,
            b'.' => floats = true,
            b'e' | b'E' if digit => floats = true,
            _ => {}
        }
        digit = byte.is_ascii_digit();
    }
    let limit = (bytes.len() / 16).max(4096);
    if containers > limit {
        return Err(ReadError::Syntax {
            message: format!("{containers} arrays and objects in {} bytes; at most {limit} are read", bytes.len()),
        });
    }
    Ok(Scan { floats })
}

/// Reads an already parsed JSON value as a `T` (see [`from_slice`]).
pub fn from_value<T: DeserializeOwned>(mut value: Value) -> Result<T, ReadError> {
    integral_floats_as_integers(&mut value);
    serde_path_to_error::deserialize(value)
        .map_err(|e| ReadError::Shape { pointer: pointer(e.path()), message: e.into_inner().to_string() })
}

/// Where serde stopped, as a JSON pointer (`/members/3/email`).
pub(crate) fn pointer(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut pointer = String::new();
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => {
                pointer.push('/');
                pointer.push_str(&index.to_string());
            }
            Segment::Map { key } => {
                pointer.push('/');
                pointer.push_str(&key.replace('~', "~0").replace('/', "~1"));
            }
            Segment::Enum { .. } | Segment::Unknown => {}
        }
    }
    pointer
}

/// `2.0` as `2`, where an integer can hold it.
fn integral_floats_as_integers(value: &mut Value) {
    match value {
        Value::Number(n) if n.is_f64() => {
            if let Some(f) = n.as_f64()
                && f.fract() == 0.0
                && f.abs() < 9.007_199_254_740_992e15
            {
                // Below 2^53 the float is exactly this integer.
                #[expect(clippy::cast_possible_truncation, reason = "an integral float below 2^53 fits exactly")]
                let int = f as i64;
                *n = Number::from(int);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(integral_floats_as_integers),
        Value::Object(map) => map.values_mut().for_each(integral_floats_as_integers),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    struct Org {
        #[allow(dead_code)]
        members: Vec<Member>,
    }

    #[derive(Debug, serde::Deserialize)]
    struct Member {
        #[allow(dead_code)]
        age: i64,
    }

    #[test]
    fn errors_carry_the_pointer() {
        let e = from_slice::<Org>(br#"{"members": [{"age": 1}, {"age": "x"}]}"#).unwrap_err();
        assert!(matches!(&e, ReadError::Shape { pointer, .. } if pointer == "/members/1/age"), "{e:?}");
        assert!(matches!(from_slice::<Org>(b"{"), Err(ReadError::Syntax { .. })));
    }

    #[test]
    fn capped_parses_keep_the_first_items_and_check_the_rest() {
        let long = format!("{{\"a\": [{}], \"b\": [1, 2]}}", vec!["0"; CAPPED_ITEMS + 5].join(","));
        let (value, dropped) = parse_capped(long.as_bytes(), Reads::Whole).unwrap();
        assert_eq!(dropped, Dropped { items: true, ..Dropped::default() });
        assert_eq!(value["a"].as_array().map(Vec::len), Some(CAPPED_ITEMS));
        assert_eq!(value["b"], serde_json::json!([1, 2]));
        let (value, dropped) = parse_capped(br#"{"b": [1, 2]}"#, Reads::Whole).unwrap();
        assert_eq!(dropped, Dropped::default());
        // An array among the dropped items, however deep, is noted.
        let deep = format!("[{}, {{\"a\": {{\"b\": []}}}}]", vec!["{}"; CAPPED_ITEMS].join(","));
        assert_eq!(
            parse_capped(deep.as_bytes(), Reads::Whole).map(|(_, d)| d).ok(),
            Some(Dropped { items: true, arrays: true, ..Dropped::default() })
        );
        assert_eq!(value, serde_json::json!({"b": [1, 2]}));
        // What is dropped is still read: a fault past the cap is found.
        let broken = format!("[{}, tru]", vec!["0"; CAPPED_ITEMS + 5].join(","));
        assert!(matches!(parse_capped(broken.as_bytes(), Reads::Whole), Err(ReadError::Syntax { .. })));
        assert!(matches!(parse_capped(b"[1] 2", Reads::Whole), Err(ReadError::Syntax { .. })));
    }

    #[test]
    fn a_parse_builds_only_the_members_a_type_reads() {
        fn id() -> Reads {
            Reads::Members(&[("id", || Reads::Whole)])
        }
        fn org() -> Reads {
            Reads::Members(&[("members", || Reads::Items(id)), ("name", || Reads::Whole)])
        }
        let text = br#"{"k0": 0, "na\u006de": "Acme", "members": [{"id": 1, "x": [2]}, 3], "k1": {"name": 4}}"#;
        let (value, dropped) = parse_capped(text, org()).unwrap();
        assert_eq!(value, serde_json::json!({"name": "Acme", "members": [{"id": 1}, 3]}));
        assert_eq!(dropped, Dropped::default());
        // What a type does not read is still read as JSON.
        assert!(matches!(parse_read(br#"{"k0": [1,}"#, org()), Err(ReadError::Syntax { .. })));
        // What a type reads unchecked is built as its kind for a refusal,
        // and whole to be read.
        let any = || Reads::Members(&[("data", || Reads::Any), ("list", || Reads::Items(|| Reads::Any)), ("n", || Reads::Any)]);
        let text = br#"{"data": {"a": [1]}, "list": [[2], {}, "s"], "n": 3}"#;
        let (value, dropped) = parse_capped(text, any()).unwrap();
        assert_eq!(value, serde_json::json!({"data": {}, "list": [[], {}, "s"], "n": 3}));
        assert_eq!(dropped, Dropped { unchecked: true, ..Dropped::default() });
        assert_eq!(parse_read(text, any()).unwrap(), serde_json::from_slice::<Value>(text).unwrap());
        // Members among the others are read as the type reads the others:
        // built when checked, not built for a refusal when nothing checks
        // them.
        let open = || Reads::Open(&[("code", || Reads::Scalar)], || Reads::Scalar);
        assert_eq!(parse_capped(br#"{"code": "c", "x": 1}"#, open()).unwrap().0, serde_json::json!({"code": "c", "x": 1}));
        fn payload() -> Reads {
            Reads::Open(&[("code", || Reads::Scalar)], || Reads::Any)
        }
        let union = || Reads::Variants(&[payload, || Reads::Scalar]);
        let text = br#"{"code": "c", "x": {"y": [1]}, "z": 2}"#;
        let (value, dropped) = parse_capped(text, union()).unwrap();
        assert_eq!((value, dropped.unchecked), (serde_json::json!({"code": "c"}), true));
        assert_eq!(parse_read(text, union()).unwrap(), serde_json::from_slice::<Value>(text).unwrap());
        assert_eq!(parse_capped(b"true", union()).unwrap().0, Value::Bool(true));
        // A closed type keeps the names of members it does not allow, as
        // many as an array's items.
        let closed = || Reads::Closed(&[("a", Reads::whole)]);
        let text = format!("{{\"a\": 1, {}}}", (0..CAPPED_ITEMS + 5).map(|n| format!("\"k{n}\": [{n}]")).collect::<Vec<_>>().join(","));
        let (value, dropped) = parse_capped(text.as_bytes(), closed()).unwrap();
        assert_eq!((value.as_object().map(serde_json::Map::len), dropped.items), (Some(CAPPED_ITEMS + 1), true));
        assert_eq!((value["a"].clone(), value["k0"].clone()), (Value::from(1), Value::Null));
        assert_eq!(parse_read(text.as_bytes(), closed()).unwrap().as_object().map(serde_json::Map::len), Some(CAPPED_ITEMS + 6));
        // A union builds what any of its variants reads, and the items of
        // the one that takes arrays.
        let two = || Reads::Variants(&[|| Reads::Members(&[("a", Reads::whole)]), || Reads::Members(&[("b", Reads::whole)])]);
        assert_eq!(parse_read(br#"{"a": 1, "b": 2, "c": 3}"#, two()).unwrap(), serde_json::json!({"a": 1, "b": 2}));
        let list = || Reads::Variants(&[|| Reads::Items(|| Reads::Members(&[("a", Reads::whole)])), || Reads::Scalar]);
        assert_eq!(parse_read(br#"[{"a": 1, "k": 2}]"#, list()).unwrap(), serde_json::json!([{"a": 1}]));
        // A variant that reads all of an object makes the union read all of it.
        let whole = || Reads::Variants(&[|| Reads::Members(&[("a", Reads::whole)]), || Reads::Whole]);
        assert_eq!(parse_read(br#"{"a": 1, "c": 3}"#, whole()).unwrap(), serde_json::json!({"a": 1, "c": 3}));
        // An array where an object is read, and the other way round, is kept whole.
        assert_eq!(parse_read(br#"[{"k": 1}]"#, org()).unwrap(), serde_json::json!([{"k": 1}]));
        assert_eq!(parse_read(br#"{"k": 1}"#, Reads::Items(id)).unwrap(), serde_json::json!({"k": 1}));
    }

    #[test]
    fn a_text_of_nothing_but_containers_is_refused_before_it_is_parsed() {
        // 4,096 containers are read in any text; beyond that, one per 16 bytes.
        let many = format!("[{}]", vec!["[]"; 4095].join(","));
        assert!(parse(many.as_bytes()).is_ok());
        let bomb = format!("[{}]", vec!["[]"; 100_000].join(","));
        let Err(ReadError::Syntax { message }) = parse(bomb.as_bytes()) else { panic!("refused") };
        assert!(message.contains("100001 arrays and objects"), "{message}");
        // Brackets inside strings are text, not containers.
        let text = format!("[\"{}\", \"\\\"[\"]", "[".repeat(100_000));
        assert!(parse(text.as_bytes()).is_ok());
    }

    #[test]
    fn integral_floats_are_integers() {
        assert_eq!(from_slice::<i64>(b"1.0"), Ok(1));
        assert!(from_slice::<i64>(b"1.5").is_err());
        assert_eq!(from_slice::<f64>(b"2"), Ok(2.0));
    }
}
