//! Reading the parameters of one location (path, query, headers, cookies)
//! as one value: each name with the texts sent for it, read by serde into
//! the generated parameter type, so that required, optional, defaults and
//! enums behave as they do for bodies.

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::de::{self, DeserializeOwned, Deserializer, IntoDeserializer, MapAccess, SeqAccess, Visitor};

/// How an array parameter is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArrayStyle {
    /// `explode: true` (the query default): `?id=1&id=2`.
    Repeated,
    /// `explode: false`, or a path or header parameter: `1,2`.
    Comma,
    /// `spaceDelimited`: `1 2`.
    Space,
    /// `pipeDelimited`: `1|2`.
    Pipe,
}

/// Every value sent for every name of one location, borrowed from the
/// request: only a name or value with an escape (`%41`, a `+`) is decoded
/// into text of its own.
#[derive(Debug, Default, Clone)]
pub struct Sent<'a> {
    /// Each name and value, in the order sent.
    pairs: Vec<(Cow<'a, str>, Cow<'a, str>)>,
    /// Names sent with values that are not text at all (a path segment
    /// that is not UTF-8 once percent-decoded), and why.
    unreadable: Vec<(String, String)>,
    /// The `deepObject` parameters: a name `base[a][b]` is split into the
    /// path base, a, b only where `base` is one of these. Any other name is
    /// the name it is, brackets and all (`page[size]`).
    deep_objects: Vec<&'static str>,
}

impl<'a> Sent<'a> {
    /// Adds a value for `name`.
    pub fn push(&mut self, name: impl Into<Cow<'a, str>>, value: impl Into<Cow<'a, str>>) {
        self.pairs.push((name.into(), value.into()));
    }

    /// Records that `name` was sent, but not as text.
    pub fn unreadable(&mut self, name: impl Into<String>, why: impl Into<String>) {
        self.unreadable.push((name.into(), why.into()));
    }

    /// The same values, with `names` the `deepObject` parameters.
    #[must_use]
    pub fn with_deep_objects(mut self, names: impl IntoIterator<Item = &'static str>) -> Self {
        self.deep_objects.extend(names);
        self
    }

    /// The `deepObject` parameter `name` is a property of, if any.
    fn deep_path<'n>(&self, name: &'n str) -> Option<Vec<&'n str>> {
        let (base, rest) = name.split_once('[')?;
        if !rest.ends_with(']') || !self.deep_objects.contains(&base) {
            return None;
        }
        Some(std::iter::once(base).chain(rest.trim_end_matches(']').split("][")).collect())
    }

    /// The first value sent for `name`.
    pub fn first(&self, name: &str) -> Option<&str> {
        self.pairs.iter().find(|(n, _)| n == name).map(|(_, v)| &**v)
    }

    /// The pairs of a query string, percent-decoded (`+` is a space).
    pub fn query(raw: Option<&'a str>) -> Self {
        let mut sent = Self::default();
        for pair in raw.unwrap_or_default().split('&').filter(|p| !p.is_empty()) {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            sent.push(decode(name, true), decode(value, true));
        }
        sent
    }

    /// The cookies of `Cookie` headers.
    pub fn cookies(headers: impl IntoIterator<Item = &'a str>) -> Self {
        let mut sent = Self::default();
        for header in headers {
            for pair in header.split(';') {
                if let Some((name, value)) = pair.trim().split_once('=') {
                    sent.push(name.trim(), value.trim().trim_matches('"'));
                }
            }
        }
        sent
    }

    /// Reads the values as a `T` (see [`Sent::read`]); when they do not
    /// read, every parameter that does not is reported (pointer and serde's
    /// message), not only the first: each one found is set aside and the
    /// rest read again. A missing required parameter ends the search, as
    /// serde reports those only after every value sent has read.
    pub fn read_all<T: DeserializeOwned>(&self, styles: &[(&str, ArrayStyle)]) -> Result<T, Vec<(String, String)>> {
        // What reads is read once, without copying the values; only a
        // refusal is worth the copy the search below sets values aside in.
        if self.unreadable.is_empty()
            && let Ok(value) = T::deserialize(SentDeserializer { sent: self, styles })
        {
            return Ok(value);
        }
        let mut rest = self.clone();
        let mut errors: Vec<(String, String)> =
            self.unreadable.iter().map(|(name, why)| (format!("/{}", name.replace('~', "~0").replace('/', "~1")), why.clone())).collect();
        loop {
            let (pointer, message) = match rest.read::<T>(styles) {
                Ok(value) if errors.is_empty() => return Ok(value),
                Ok(_) => return Err(errors),
                Err(error) => error,
            };
            let name = pointer.split('/').nth(1).map(|n| n.replace("~1", "/").replace("~0", "~"));
            let before = rest.pairs.len();
            if let Some(name) = &name {
                rest.pairs.retain(|(n, _)| n != name);
            }
            let set_aside = rest.pairs.len() < before;
            let missing_again = message
                .strip_prefix("missing field `")
                .and_then(|m| m.split('`').next())
                .is_some_and(|field| errors.iter().any(|(p, _)| p.split('/').nth(1) == Some(field)));
            if !missing_again {
                errors.push((pointer, message));
            }
            if !set_aside {
                return Err(errors);
            }
        }
    }

    /// Reads the values as a `T`, arrays split as `styles` say (by name;
    /// `Repeated` when not listed).
    pub fn read<T: DeserializeOwned>(&self, styles: &[(&str, ArrayStyle)]) -> Result<T, (String, String)> {
        let deserializer = SentDeserializer { sent: self, styles };
        serde_path_to_error::deserialize(deserializer).map_err(|e| {
            let mut pointer = String::new();
            for segment in e.path().iter() {
                if let serde_path_to_error::Segment::Map { key } = segment {
                    pointer.push('/');
                    pointer.push_str(&key.replace('~', "~0").replace('/', "~1"));
                }
            }
            (pointer, e.into_inner().to_string())
        })
    }
}

/// `%41` as `A`, or `None` when the octets are not UTF-8.
pub fn decode_strict(text: &str) -> Option<String> {
    percent_encoding::percent_decode_str(text).decode_utf8().ok().map(Cow::into_owned)
}

/// `%41` as `A`; with `plus`, `+` as a space (form encoding). Text without
/// either is given back as it is, borrowed.
pub fn decode(text: &str, plus: bool) -> Cow<'_, str> {
    if plus && text.contains('+') {
        let spaced = text.replace('+', " ");
        return Cow::Owned(percent_encoding::percent_decode_str(&spaced).decode_utf8_lossy().into_owned());
    }
    percent_encoding::percent_decode_str(text).decode_utf8_lossy()
}

/// The error of reading parameters.
#[derive(Debug)]
pub struct Error(String);

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl From<&str> for Error {
    fn from(message: &str) -> Self {
        Self(message.to_owned())
    }
}

impl de::Error for Error {
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        Self(msg.to_string())
    }
}

struct SentDeserializer<'s, 'a> {
    sent: &'s Sent<'a>,
    styles: &'s [(&'s str, ArrayStyle)],
}

/// How deeply a `deepObject` name may nest (`a[b][c]` is 3): far beyond
/// any API description, and far from any stack's end.
const MAX_DEPTH: usize = 32;

/// The parameters as a tree, for `deepObject` names only: `filter[name]=x`
/// is the property `name` of the object `filter`.
enum Node<'s> {
    Leaf(Vec<&'s str>),
    Object(BTreeMap<&'s str, Node<'s>>),
}

impl<'s> Node<'s> {
    fn insert(map: &mut BTreeMap<&'s str, Node<'s>>, path: &[&'s str], value: &'s str) {
        let [first, rest @ ..] = path else { return };
        if rest.is_empty() || rest == [""] {
            match map.entry(first).or_insert_with(|| Node::Leaf(Vec::new())) {
                Node::Leaf(existing) => existing.push(value),
                Node::Object(_) => {}
            }
            return;
        }
        let child = map.entry(first).or_insert_with(|| Node::Object(BTreeMap::new()));
        if let Node::Object(children) = child {
            Node::insert(children, rest, value);
        }
    }
}

impl<'de> Deserializer<'de> for SentDeserializer<'_, '_> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        // By name, each name's values in the order sent: one sort of
        // borrowed pairs, no copy of what was sent.
        let mut pairs: Vec<(&str, &str)> = self.sent.pairs.iter().map(|(n, v)| (&**n, &**v)).collect();
        pairs.sort_by(|a, b| a.0.cmp(b.0));
        if !pairs.iter().any(|(name, _)| self.sent.deep_path(name).is_some()) {
            return visitor.visit_map(FlatMap { pairs: &pairs, value: None, styles: self.styles });
        }
        let mut tree = BTreeMap::new();
        for (name, value) in &pairs {
            // `a[b][c]` of a `deepObject` `a` is the path a, b, c. A name
            // nested deeper than `MAX_DEPTH` stays one name (an unknown
            // parameter): the tree, and serde's walk of it, recurse once per
            // level.
            let path = self.sent.deep_path(name).filter(|path| path.len() <= MAX_DEPTH).unwrap_or_else(|| vec![*name]);
            Node::insert(&mut tree, &path, value);
        }
        visitor.visit_map(NodeMap { entries: tree.iter(), value: None, styles: self.styles })
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf option unit
        unit_struct newtype_struct seq tuple tuple_struct map struct enum identifier ignored_any
    }
}

/// The style of the array parameter `name`.
fn style_of(styles: &[(&str, ArrayStyle)], name: &str) -> ArrayStyle {
    styles.iter().find(|(n, _)| *n == name).map_or(ArrayStyle::Repeated, |(_, s)| *s)
}

/// Parameters without `deepObject` names, sorted by name: each name with
/// the run of its values.
struct FlatMap<'p, 's> {
    pairs: &'p [(&'s str, &'s str)],
    value: Option<(&'p [(&'s str, &'s str)], ArrayStyle)>,
    styles: &'p [(&'p str, ArrayStyle)],
}

impl<'de> MapAccess<'de> for FlatMap<'_, '_> {
    type Error = Error;

    fn next_key_seed<K: de::DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, Error> {
        let Some((name, _)) = self.pairs.first() else { return Ok(None) };
        let end = self.pairs.iter().position(|(n, _)| n != name).unwrap_or(self.pairs.len());
        let (run, rest) = self.pairs.split_at(end);
        self.pairs = rest;
        self.value = Some((run, style_of(self.styles, name)));
        seed.deserialize((*name).into_deserializer()).map(Some)
    }

    fn next_value_seed<V: de::DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        let (run, style) = self.value.take().ok_or_else(|| Error("a value without a name".into()))?;
        seed.deserialize(Values { values: Texts::Pairs(run), style })
    }
}

struct NodeMap<'t, 's> {
    entries: std::collections::btree_map::Iter<'t, &'s str, Node<'s>>,
    value: Option<(&'t Node<'s>, ArrayStyle)>,
    styles: &'t [(&'t str, ArrayStyle)],
}

impl<'de> MapAccess<'de> for NodeMap<'_, '_> {
    type Error = Error;

    fn next_key_seed<K: de::DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, Error> {
        let Some((name, node)) = self.entries.next() else { return Ok(None) };
        self.value = Some((node, style_of(self.styles, name)));
        seed.deserialize((*name).into_deserializer()).map(Some)
    }

    fn next_value_seed<V: de::DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        match self.value.take().ok_or_else(|| Error("a value without a name".into()))? {
            (Node::Leaf(values), style) => seed.deserialize(Values { values: Texts::Values(values), style }),
            (Node::Object(children), _) => seed.deserialize(ObjectNode { children, styles: self.styles }),
        }
    }
}

/// A `deepObject` parameter: its properties, each read like a parameter.
struct ObjectNode<'t, 's> {
    children: &'t BTreeMap<&'s str, Node<'s>>,
    styles: &'t [(&'t str, ArrayStyle)],
}

impl<'de> Deserializer<'de> for ObjectNode<'_, '_> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_map(NodeMap { entries: self.children.iter(), value: None, styles: self.styles })
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_some(self)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf unit
        unit_struct newtype_struct seq tuple tuple_struct map struct enum identifier ignored_any
    }
}

/// The texts sent for one name: a run of sorted pairs, or a tree's leaf.
#[derive(Clone, Copy)]
enum Texts<'p, 's> {
    Pairs(&'p [(&'s str, &'s str)]),
    Values(&'p [&'s str]),
}

impl<'s> Texts<'_, 's> {
    fn len(self) -> usize {
        match self {
            Self::Pairs(pairs) => pairs.len(),
            Self::Values(values) => values.len(),
        }
    }

    fn get(self, i: usize) -> Option<&'s str> {
        match self {
            Self::Pairs(pairs) => pairs.get(i).map(|(_, v)| *v),
            Self::Values(values) => values.get(i).copied(),
        }
    }
}

/// The name under which a parameter's texts are handed to [`alternatives`].
const TEXTS: &str = "$oapi_axum::support::params::Texts";

/// A union (`oneOf`/`anyOf`) read from a parameter's texts: each variant
/// is read from the texts as the parameter's style reads them, in the
/// document's order, and the first that reads is it (`cat=15` an integer,
/// `cat=15,16` an array of them, `xray=true` a boolean). serde's untagged
/// enums cannot do this: they see one text, which is a string to every
/// variant. Generated unions that are parameters implement it.
pub trait Alternatives: Sized {
    /// The variant the texts read as, if any.
    fn read(texts: &ParameterTexts) -> Option<Self>;
}

/// The texts sent for one parameter, and how an array of them is written.
#[derive(Debug)]
pub struct ParameterTexts {
    style: ArrayStyle,
    texts: Vec<String>,
}

impl ParameterTexts {
    /// The texts read as a `T`, as the parameter's style reads them.
    pub fn read<T: DeserializeOwned>(&self) -> Option<T> {
        let texts: Vec<&str> = self.texts.iter().map(String::as_str).collect();
        T::deserialize(Values { values: Texts::Values(&texts), style: self.style }).ok()
    }
}

/// Reads a parameter whose type is a union (`#[serde(deserialize_with)]`
/// of a generated parameter struct's field): see [`Alternatives`].
pub fn alternatives<'de, D: Deserializer<'de>, U: Alternatives>(deserializer: D) -> Result<U, D::Error> {
    struct Read<U>(std::marker::PhantomData<U>);
    impl<'de, U: Alternatives> Visitor<'de> for Read<U> {
        type Value = U;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a parameter's texts")
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<U, A::Error> {
            let style = match seq.next_element::<String>()?.as_deref() {
                Some("comma") => ArrayStyle::Comma,
                Some("space") => ArrayStyle::Space,
                Some("pipe") => ArrayStyle::Pipe,
                _ => ArrayStyle::Repeated,
            };
            let mut texts = Vec::new();
            while let Some(text) = seq.next_element::<String>()? {
                texts.push(text);
            }
            U::read(&ParameterTexts { style, texts }).ok_or_else(|| de::Error::custom("matches none of the alternatives"))
        }
    }
    deserializer.deserialize_newtype_struct(TEXTS, Read(std::marker::PhantomData))
}

/// [`alternatives`], for a parameter that may be left out.
pub fn optional_alternatives<'de, D: Deserializer<'de>, U: Alternatives>(deserializer: D) -> Result<Option<U>, D::Error> {
    alternatives(deserializer).map(Some)
}

/// A union (`oneOf`/`anyOf`) of objects read from the fields of a form
/// body: each variant is read from the fields as a form of its own, in the
/// document's order, and the first that reads is it. Generated unions
/// that are form bodies implement it.
pub trait FormAlternatives: Sized {
    /// The variant the fields read as, if any.
    fn read(fields: &FormFields<'_>) -> Option<Self>;
}

/// The fields of a form body, and how its arrays are written.
#[derive(Debug)]
pub struct FormFields<'a> {
    sent: Sent<'a>,
    styles: &'a [(&'a str, ArrayStyle)],
}

impl<'a> FormFields<'a> {
    /// The fields of the form `text`.
    pub(crate) fn new(text: &'a str, styles: &'a [(&'a str, ArrayStyle)]) -> Self {
        Self { sent: Sent::query(Some(text)), styles }
    }

    /// The fields read as a `T`.
    pub fn read<T: DeserializeOwned>(&self) -> Option<T> {
        self.sent.read::<T>(self.styles).ok()
    }
}

/// The texts sent for one name, and how an array of them is written.
struct Values<'p, 's> {
    values: Texts<'p, 's>,
    style: ArrayStyle,
}

impl<'s> Values<'_, 's> {
    fn single(&self) -> Result<Text<'s>, Error> {
        match (self.values.len(), self.values.get(0)) {
            (1, Some(one)) => Ok(Text(one)),
            (0, _) => Err(Error("no value".into())),
            _ => Err(Error("sent more than once".into())),
        }
    }
}

macro_rules! single {
    ($($method:ident)*) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
            self.single()?.$method(visitor)
        }
    )*};
}

impl<'de> Deserializer<'de> for Values<'_, '_> {
    type Error = Error;

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let split = |separator: char| self.values.get(0).map(|one| one.split(separator));
        match (self.style, self.values.len()) {
            (ArrayStyle::Comma, 1) => visitor.visit_seq(Items(split(',').into_iter().flatten())),
            (ArrayStyle::Space, 1) => visitor.visit_seq(Items(split(' ').into_iter().flatten())),
            (ArrayStyle::Pipe, 1) => visitor.visit_seq(Items(split('|').into_iter().flatten())),
            _ => visitor.visit_seq(Items((0..self.values.len()).filter_map(|i| self.values.get(i)))),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_some(self)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(self, name: &'static str, visitor: V) -> Result<V::Value, Error> {
        if name == TEXTS {
            // For `alternatives`: the style, then every text as sent.
            let style = match self.style {
                ArrayStyle::Repeated => "repeated",
                ArrayStyle::Comma => "comma",
                ArrayStyle::Space => "space",
                ArrayStyle::Pipe => "pipe",
            };
            let texts = std::iter::once(style).chain((0..self.values.len()).filter_map(|i| self.values.get(i)));
            return visitor.visit_seq(Items(texts));
        }
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.single()?.deserialize_enum(name, variants, visitor)
    }

    /// A name sent once is its text; sent more than once, the list of its
    /// texts (an undeclared field, kept whatever it is).
    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if self.values.len() > 1 {
            return visitor.visit_seq(Items((0..self.values.len()).filter_map(|i| self.values.get(i))));
        }
        self.single()?.deserialize_any(visitor)
    }

    /// A name no field takes, however often it is sent.
    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_unit()
    }

    single! {
        deserialize_bool deserialize_i8 deserialize_i16 deserialize_i32 deserialize_i64
        deserialize_i128 deserialize_u8 deserialize_u16 deserialize_u32 deserialize_u64 deserialize_u128
        deserialize_f32 deserialize_f64 deserialize_char deserialize_str deserialize_string deserialize_bytes
        deserialize_byte_buf deserialize_unit deserialize_identifier deserialize_map
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(self, name: &'static str, visitor: V) -> Result<V::Value, Error> {
        self.single()?.deserialize_unit_struct(name, visitor)
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, _: usize, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(self, _: &'static str, _: usize, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.single()?.deserialize_struct(name, fields, visitor)
    }
}

/// The items of an array parameter.
struct Items<I>(I);

impl<'de, 's, I: Iterator<Item = &'s str>> SeqAccess<'de> for Items<I> {
    type Error = Error;

    fn next_element_seed<T: de::DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, Error> {
        self.0.next().map(|item| seed.deserialize(Text(item))).transpose()
    }
}

/// One text, read as whatever the type wants: numbers and booleans are
/// parsed, everything else (strings, UUIDs, dates, enums) is given the text.
pub(crate) struct Text<'a>(pub(crate) &'a str);

macro_rules! parsed {
    ($($method:ident $visit:ident $t:ty),*) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
            match self.0.parse::<$t>() {
                Ok(value) => visitor.$visit(value),
                Err(_) => Err(de::Error::invalid_type(de::Unexpected::Str(""), &visitor)),
            }
        }
    )*};
}

impl<'de, 'a> Deserializer<'de> for Text<'a> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_str(self.0)
    }

    parsed! {
        deserialize_bool visit_bool bool,
        deserialize_i8 visit_i8 i8, deserialize_i16 visit_i16 i16, deserialize_i32 visit_i32 i32,
        deserialize_i64 visit_i64 i64, deserialize_u8 visit_u8 u8, deserialize_u16 visit_u16 u16,
        deserialize_u32 visit_u32 u32, deserialize_u64 visit_u64 u64, deserialize_f32 visit_f32 f32,
        deserialize_f64 visit_f64 f64
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_some(self)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(self, _: &'static str, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_enum<V: Visitor<'de>>(self, _: &'static str, _: &'static [&'static str], visitor: V) -> Result<V::Value, Error> {
        visitor.visit_enum(self.0.into_deserializer())
    }

    serde::forward_to_deserialize_any! {
        i128 u128 char str string bytes byte_buf unit unit_struct seq tuple tuple_struct map struct identifier
        ignored_any
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize, PartialEq)]
    struct Query {
        limit: Option<i64>,
        #[serde(default)]
        tags: Vec<String>,
        ids: Option<Vec<u32>>,
        sort: Sort,
    }

    #[derive(Debug, serde::Deserialize, PartialEq)]
    #[serde(rename_all = "snake_case")]
    enum Sort {
        Name,
        CreatedAt,
    }

    #[test]
    fn reads_scalars_arrays_and_enums() {
        let sent = Sent::query(Some("limit=10&tags=a&tags=b%20c&ids=1,2&sort=created_at"));
        let query: Query = sent.read(&[("ids", ArrayStyle::Comma)]).unwrap();
        assert_eq!(query, Query { limit: Some(10), tags: vec!["a".into(), "b c".into()], ids: Some(vec![1, 2]), sort: Sort::CreatedAt });
    }

    #[test]
    fn errors_name_the_parameter() {
        let (pointer, _) = Sent::query(Some("limit=ten&sort=name")).read::<Query>(&[]).unwrap_err();
        assert_eq!(pointer, "/limit");
        let (pointer, message) = Sent::query(Some("limit=1")).read::<Query>(&[]).unwrap_err();
        assert!(message.contains("missing field `sort`"), "{pointer} {message}");
    }

    #[test]
    fn every_parameter_that_does_not_read_is_reported() {
        let errors = Sent::query(Some("limit=ten&sort=size&ids=1,x")).read_all::<Query>(&[("ids", ArrayStyle::Comma)]);
        let pointers: Vec<String> = errors.unwrap_err().into_iter().map(|(pointer, _)| pointer).collect();
        assert_eq!(pointers, ["/ids", "/limit", "/sort"]);
        // A bad required value is not reported again as missing.
        let errors = Sent::query(Some("sort=size")).read_all::<Query>(&[]).unwrap_err();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(Sent::query(Some("sort=name")).read_all::<Query>(&[]).is_ok());
    }

    #[test]
    fn deep_objects() {
        #[derive(Debug, serde::Deserialize, PartialEq)]
        struct Filter {
            name: String,
            age: Option<u8>,
        }
        #[derive(Debug, serde::Deserialize, PartialEq)]
        struct Q {
            filter: Option<Filter>,
            limit: u8,
        }
        let query = |text: &'static str| Sent::query(Some(text)).with_deep_objects(["filter"]);
        let q: Q = query("filter%5Bname%5D=ada&filter[age]=36&limit=5").read(&[]).unwrap();
        assert_eq!(q, Q { filter: Some(Filter { name: "ada".into(), age: Some(36) }), limit: 5 });
        let (pointer, _) = query("filter[age]=old&limit=5").read::<Q>(&[]).unwrap_err();
        assert_eq!(pointer, "/filter/age");
        // Nested deeper than `MAX_DEPTH`, a name is one unknown name: no
        // recursion per level (20,000 levels overflowed the stack).
        let deep = format!("filter{}=1&limit=5", "[a]".repeat(20_000));
        let q: Q = Sent::query(Some(&deep)).with_deep_objects(["filter"]).read(&[]).unwrap();
        assert_eq!(q, Q { filter: None, limit: 5 });
        let nested = format!("filter[name]=ada&filter{}=1&limit=5", "[a]".repeat(MAX_DEPTH - 1));
        assert_eq!(
            Sent::query(Some(&nested)).with_deep_objects(["filter"]).read::<Q>(&[]).unwrap().filter.map(|f| f.name),
            Some("ada".to_owned())
        );
    }

    /// A name no field takes may be sent any number of times; kept as
    /// additional properties, it is its list of texts.
    #[test]
    fn undeclared_names_sent_more_than_once() {
        #[derive(Debug, serde::Deserialize, PartialEq)]
        struct Login {
            username: String,
        }
        let login: Login = Sent::query(Some("username=a&foo=1&foo=2")).read(&[]).unwrap();
        assert_eq!(login, Login { username: "a".into() });
        #[derive(Debug, serde::Deserialize, PartialEq)]
        struct Open {
            username: String,
            #[serde(flatten)]
            rest: BTreeMap<String, serde_json::Value>,
        }
        let open: Open = Sent::query(Some("username=a&foo=1&foo=2&bar=3")).read(&[]).unwrap();
        assert_eq!(open.rest["foo"], serde_json::json!(["1", "2"]));
        assert_eq!(open.rest["bar"], serde_json::json!("3"));
        // A declared single value sent twice is still refused.
        assert!(Sent::query(Some("username=a&username=b")).read::<Login>(&[]).is_err());
    }

    /// A parameter whose type is a union: each variant read from the texts
    /// as the style reads them.
    #[test]
    fn unions_of_types() {
        #[derive(Debug, PartialEq)]
        enum Cat {
            Integer(i64),
            Array(Vec<i64>),
        }
        impl Alternatives for Cat {
            fn read(texts: &ParameterTexts) -> Option<Self> {
                texts.read().map(Self::Integer).or_else(|| texts.read().map(Self::Array))
            }
        }
        #[derive(Debug, PartialEq)]
        enum Xray {
            Boolean(bool),
            Integer(i64),
        }
        impl Alternatives for Xray {
            fn read(texts: &ParameterTexts) -> Option<Self> {
                texts.read().map(Self::Boolean).or_else(|| texts.read().map(Self::Integer))
            }
        }
        #[derive(Debug, serde::Deserialize, PartialEq)]
        struct Q {
            #[serde(default, deserialize_with = "optional_alternatives")]
            cat: Option<Cat>,
            #[serde(default, deserialize_with = "optional_alternatives")]
            xray: Option<Xray>,
        }
        let styles = [("cat", ArrayStyle::Comma)];
        let read = |text: &'static str| Sent::query(Some(text)).read::<Q>(&styles);
        assert_eq!(read("cat=15").unwrap().cat, Some(Cat::Integer(15)));
        assert_eq!(read("cat=15,16").unwrap().cat, Some(Cat::Array(vec![15, 16])));
        assert_eq!(read("xray=true").unwrap().xray, Some(Xray::Boolean(true)));
        assert_eq!(read("xray=0").unwrap().xray, Some(Xray::Integer(0)));
        assert_eq!(read("").unwrap(), Q { cat: None, xray: None });
        let (pointer, message) = read("cat=x").unwrap_err();
        assert_eq!((pointer.as_str(), message.as_str()), ("/cat", "matches none of the alternatives"));
    }

    /// A bracketed name of a parameter that is not a `deepObject` is that
    /// name: `page[size]` is the parameter `page[size]`.
    #[test]
    fn bracketed_names_that_are_not_deep_objects() {
        #[derive(Debug, serde::Deserialize, PartialEq)]
        struct Q {
            #[serde(rename = "page[size]")]
            size: u8,
            #[serde(rename = "since[gte]")]
            since: Option<String>,
        }
        let q: Q = Sent::query(Some("page%5Bsize%5D=5&since[gte]=today")).read(&[]).unwrap();
        assert_eq!(q, Q { size: 5, since: Some("today".into()) });
        let (pointer, _) = Sent::query(Some("page[size]=big")).read::<Q>(&[]).unwrap_err();
        assert_eq!(pointer, "/page[size]");
    }

    #[test]
    fn cookies() {
        let cookies = Sent::cookies(["session=abc; theme=\"dark\""]);
        #[derive(serde::Deserialize)]
        struct C {
            session: String,
            theme: String,
        }
        let c: C = cookies.read(&[]).unwrap();
        assert_eq!((c.session.as_str(), c.theme.as_str()), ("abc", "dark"));
    }
}
