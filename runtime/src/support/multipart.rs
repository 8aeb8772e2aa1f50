//! `multipart/form-data` bodies (RFC 7578) read into the generated type of
//! the body's object schema: each part is the property it names; repeated
//! parts make an array; `format: binary` properties take a part's octets
//! with its file name and media type ([`Binary`]); other scalars are read
//! from the part's text as parameters are; objects (and arrays sent as one
//! `application/json` part) from the part's JSON.

use std::collections::BTreeMap;
use std::fmt;

use axum::body::Bytes;
use serde::de::{self, DeserializeOwned, Deserializer, IntoDeserializer, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use crate::support::params::{Error, Text};

/// `format: binary`: octets, with the file name and media type that a
/// multipart part gives them. JSON has no octets: there it is read from a
/// string's UTF-8 and written as a string.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Binary {
    /// The octets.
    pub bytes: Bytes,
    /// The part's `filename`, when it was sent as a file.
    pub file_name: Option<String>,
    /// The part's `Content-Type`, when it had one.
    pub content_type: Option<String>,
}

impl Binary {
    /// Octets without a file name or media type.
    pub fn new(bytes: impl Into<Bytes>) -> Self {
        Self { bytes: bytes.into(), file_name: None, content_type: None }
    }
}

/// The name by which [`Binary`] asks a deserializer for a part.
const BINARY: &str = "$oapi_axum_runtime::Binary";

impl Serialize for Binary {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&String::from_utf8_lossy(&self.bytes))
    }
}

impl<'de> Deserialize<'de> for Binary {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_newtype_struct(BINARY, BinaryVisitor)
    }
}

struct BinaryVisitor;

impl<'de> Visitor<'de> for BinaryVisitor {
    type Value = Binary;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string or a file")
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, deserializer: D) -> Result<Binary, D::Error> {
        deserializer.deserialize_any(self)
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Binary, E> {
        Ok(Binary::new(Bytes::copy_from_slice(text.as_bytes())))
    }

    fn visit_bytes<E: de::Error>(self, bytes: &[u8]) -> Result<Binary, E> {
        Ok(Binary::new(Bytes::copy_from_slice(bytes)))
    }

    /// A multipart part: its octets, file name and media type.
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Binary, A::Error> {
        let Octets(bytes) = seq.next_element()?.ok_or_else(|| de::Error::invalid_length(0, &self))?;
        let file_name = seq.next_element()?.flatten();
        let content_type = seq.next_element()?.flatten();
        Ok(Binary { bytes, file_name, content_type })
    }
}

struct Octets(Bytes);

impl<'de> Deserialize<'de> for Octets {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct OctetsVisitor;
        impl Visitor<'_> for OctetsVisitor {
            type Value = Octets;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("octets")
            }
            fn visit_bytes<E: de::Error>(self, bytes: &[u8]) -> Result<Octets, E> {
                Ok(Octets(Bytes::copy_from_slice(bytes)))
            }
        }
        deserializer.deserialize_bytes(OctetsVisitor)
    }
}

/// One part of a `multipart/form-data` body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    /// The `name` of its `Content-Disposition`.
    pub name: String,
    /// Its `filename`, if any.
    pub file_name: Option<String>,
    /// Its `Content-Type`, if any.
    pub content_type: Option<String>,
    /// Its content.
    pub bytes: Bytes,
}

/// The boundary a `multipart/form-data` media type names: 1 to 70
/// characters (RFC 2046, section 5.1.1). A longer one is none: the search
/// for the delimiter costs the body's length times the boundary's.
pub fn boundary(content_type: &str) -> Option<&str> {
    let mut params = content_type.split(';');
    if !params.next()?.trim().eq_ignore_ascii_case("multipart/form-data") {
        return None;
    }
    params.find_map(|param| {
        let (name, value) = param.split_once('=')?;
        name.trim().eq_ignore_ascii_case("boundary").then(|| value.trim().trim_matches('"')).filter(|b| (1..=70).contains(&b.len()))
    })
}

/// The parts of `body`, delimited by `boundary`; `Err` says what is
/// malformed.
pub fn parts(body: &Bytes, boundary: &str) -> Result<Vec<Part>, &'static str> {
    let delimiter = format!("--{boundary}");
    let delimiter = delimiter.as_bytes();
    let mut at = find(body, delimiter, 0).ok_or("no part delimiter")?;
    let mut parts = Vec::new();
    loop {
        at += delimiter.len();
        if body[at..].starts_with(b"--") {
            return Ok(parts);
        }
        at += skip_line_end(&body[at..]).ok_or("a delimiter not followed by a line end")?;
        let head_end = find(body, b"\r\n\r\n", at).ok_or("a part without the blank line after its headers")?;
        let head = std::str::from_utf8(&body[at..head_end]).map_err(|_| "part headers that are not UTF-8")?;
        let content_start = head_end + 4;
        let next = find(body, &[b"\r\n", delimiter].concat(), content_start - 2).ok_or("a part without a closing delimiter")?;
        let mut part = Part { name: String::new(), file_name: None, content_type: None, bytes: Bytes::new() };
        let mut named = false;
        for line in head.split("\r\n").filter(|l| !l.is_empty()) {
            let (header, value) = line.split_once(':').ok_or("a part header without a colon")?;
            if header.trim().eq_ignore_ascii_case("content-disposition") {
                for param in value.split(';').skip(1) {
                    if let Some((key, v)) = param.split_once('=') {
                        let v = v.trim().trim_matches('"').to_owned();
                        match key.trim().to_ascii_lowercase().as_str() {
                            "name" => {
                                part.name = v;
                                named = true;
                            }
                            "filename" => part.file_name = Some(v),
                            _ => {}
                        }
                    }
                }
            } else if header.trim().eq_ignore_ascii_case("content-type") {
                part.content_type = Some(value.trim().to_owned());
            }
        }
        if !named {
            return Err("a part without a name");
        }
        part.bytes = body.slice(content_start.min(next)..next);
        parts.push(part);
        at = next + 2;
    }
}

fn skip_line_end(rest: &[u8]) -> Option<usize> {
    // Transport padding (spaces, tabs) may precede the line end.
    let padding = rest.iter().take_while(|b| matches!(b, b' ' | b'\t')).count();
    rest[padding..].starts_with(b"\r\n").then_some(padding + 2)
}

/// Where `needle` is in `haystack` from `from` on: `memchr`'s two-way
/// search, linear in the haystack whatever the boundary.
fn find(haystack: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    memchr::memmem::find(haystack.get(from..)?, needle).map(|i| i + from)
}

/// Reads `parts` as a `T`; `Err` gives the pointer of what does not read
/// and serde's message.
pub fn read<T: DeserializeOwned>(parts: &[Part]) -> Result<T, (String, String)> {
    let mut by_name: BTreeMap<&str, Vec<&Part>> = BTreeMap::new();
    for part in parts {
        by_name.entry(part.name.as_str()).or_default().push(part);
    }
    serde_path_to_error::deserialize(Form { by_name: &by_name })
        .map_err(|e| (crate::support::json::pointer(e.path()), e.into_inner().to_string()))
}

struct Form<'a> {
    by_name: &'a BTreeMap<&'a str, Vec<&'a Part>>,
}

impl<'de> Deserializer<'de> for Form<'_> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_map(Named { entries: self.by_name.iter(), value: None })
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf option unit
        unit_struct newtype_struct seq tuple tuple_struct map struct enum identifier ignored_any
    }
}

struct Named<'a> {
    entries: std::collections::btree_map::Iter<'a, &'a str, Vec<&'a Part>>,
    value: Option<&'a [&'a Part]>,
}

impl<'de> MapAccess<'de> for Named<'_> {
    type Error = Error;

    fn next_key_seed<K: de::DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, Error> {
        let Some((name, parts)) = self.entries.next() else { return Ok(None) };
        self.value = Some(parts);
        seed.deserialize((*name).into_deserializer()).map(Some)
    }

    fn next_value_seed<V: de::DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        let parts = self.value.take().ok_or_else(|| Error::from("a value without a name"))?;
        seed.deserialize(Parts(parts))
    }
}

/// The parts sent under one name.
struct Parts<'a>(&'a [&'a Part]);

impl<'a> Parts<'a> {
    fn single(&self) -> Result<&'a Part, Error> {
        match self.0 {
            [one] => Ok(one),
            [] => Err(Error::from("no part")),
            _ => Err(Error::from("sent more than once")),
        }
    }

    fn text(&self) -> Result<Text<'a>, Error> {
        std::str::from_utf8(&self.single()?.bytes).map(Text).map_err(|_| Error::from("a part that is not UTF-8 text"))
    }

    /// The single part's content as JSON.
    fn json(&self) -> Result<serde_json::Value, Error> {
        crate::support::json::parse(&self.single()?.bytes).map_err(|e| Error::from(format!("a part that is not JSON: {e}").as_str()))
    }

    fn is_json(&self) -> bool {
        matches!(self.0, [one] if one.content_type.as_deref().is_some_and(|t| {
            let essence = t.split(';').next().unwrap_or(t).trim();
            essence == "application/json" || essence.ends_with("+json")
        }))
    }
}

macro_rules! as_text {
    ($($method:ident)*) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
            self.text()?.$method(visitor)
        }
    )*};
}

macro_rules! as_json {
    ($($method:ident)*) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
            self.json()?.$method(visitor).map_err(|e| Error::from(e.to_string().as_str()))
        }
    )*};
}

impl<'de> Deserializer<'de> for Parts<'_> {
    type Error = Error;

    fn deserialize_newtype_struct<V: Visitor<'de>>(self, name: &'static str, visitor: V) -> Result<V::Value, Error> {
        if name == BINARY {
            let part = self.single()?;
            visitor.visit_seq(BinaryPart { part, next: 0 })
        } else {
            visitor.visit_newtype_struct(self)
        }
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if self.is_json() {
            return self.json()?.deserialize_seq(visitor).map_err(|e| Error::from(e.to_string().as_str()));
        }
        visitor.visit_seq(Each { parts: self.0.iter() })
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_some(self)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.text()?.deserialize_enum(name, variants, visitor)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.json()?.deserialize_struct(name, fields, visitor).map_err(|e| Error::from(e.to_string().as_str()))
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(self, name: &'static str, visitor: V) -> Result<V::Value, Error> {
        self.text()?.deserialize_unit_struct(name, visitor)
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, _: usize, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(self, _: &'static str, _: usize, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }

    /// A part sent once is its content; parts sent under one name more
    /// than once, the list of theirs (an undeclared field, kept whatever
    /// it is).
    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if self.0.len() > 1 {
            return visitor.visit_seq(Each { parts: self.0.iter() });
        }
        if self.is_json() {
            return self.json()?.deserialize_any(visitor).map_err(|e| Error::from(e.to_string().as_str()));
        }
        self.text()?.deserialize_any(visitor)
    }

    /// Parts no field takes, however many and whatever they hold.
    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_unit()
    }

    as_text! {
        deserialize_bool deserialize_i8 deserialize_i16 deserialize_i32 deserialize_i64 deserialize_i128
        deserialize_u8 deserialize_u16 deserialize_u32 deserialize_u64 deserialize_u128 deserialize_f32
        deserialize_f64 deserialize_char deserialize_str deserialize_string deserialize_unit
        deserialize_identifier
    }

    as_json! { deserialize_map }

    fn deserialize_bytes<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_bytes(&self.single()?.bytes)
    }

    fn deserialize_byte_buf<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_bytes(visitor)
    }
}

/// Repeated parts: an array, one part per item.
struct Each<'a> {
    parts: std::slice::Iter<'a, &'a Part>,
}

impl<'de> SeqAccess<'de> for Each<'_> {
    type Error = Error;

    fn next_element_seed<T: de::DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, Error> {
        self.parts.next().map(|part| seed.deserialize(Parts(std::slice::from_ref(part)))).transpose()
    }
}

/// A part given to [`Binary`]: its octets, file name and media type.
struct BinaryPart<'a> {
    part: &'a Part,
    next: usize,
}

impl<'de> SeqAccess<'de> for BinaryPart<'_> {
    type Error = Error;

    fn next_element_seed<T: de::DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, Error> {
        self.next += 1;
        match self.next {
            1 => seed.deserialize(serde::de::value::BytesDeserializer::new(&self.part.bytes)).map(Some),
            2 => seed.deserialize(OptionalText(self.part.file_name.as_deref())).map(Some),
            3 => seed.deserialize(OptionalText(self.part.content_type.as_deref())).map(Some),
            _ => Ok(None),
        }
    }
}

/// A text that may be missing (a part's file name or media type).
struct OptionalText<'a>(Option<&'a str>);

impl<'de> Deserializer<'de> for OptionalText<'_> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Some(text) => visitor.visit_some(Text(text)),
            None => visitor.visit_none(),
        }
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf option unit
        unit_struct newtype_struct seq tuple tuple_struct map struct enum identifier ignored_any
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Deserialize, PartialEq)]
    struct Upload {
        file: Binary,
        purpose: Purpose,
        #[serde(default)]
        tags: Vec<String>,
        count: Option<u32>,
        meta: Option<Meta>,
    }

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(rename_all = "snake_case")]
    enum Purpose {
        FineTune,
        Assistants,
    }

    #[derive(Debug, Deserialize, PartialEq)]
    struct Meta {
        owner: String,
    }

    /// A part to send: name, file name, media type, content.
    type Sent<'a> = (&'a str, Option<&'a str>, Option<&'a str>, &'a [u8]);

    fn body(parts: &[Sent<'_>]) -> Bytes {
        let mut out = b"preamble\r\n".to_vec();
        for (name, file, media, content) in parts {
            out.extend_from_slice(b"--XyZ\r\n");
            let file = file.map(|f| format!("; filename=\"{f}\"")).unwrap_or_default();
            out.extend_from_slice(format!("Content-Disposition: form-data; name=\"{name}\"{file}\r\n").as_bytes());
            if let Some(media) = media {
                out.extend_from_slice(format!("Content-Type: {media}\r\n").as_bytes());
            }
            out.extend_from_slice(b"\r\n");
            out.extend_from_slice(content);
            out.extend_from_slice(b"\r\n");
        }
        out.extend_from_slice(b"--XyZ--\r\n");
        Bytes::from(out)
    }

    #[test]
    fn reads_typed_parts() {
        assert_eq!(boundary("multipart/form-data; boundary=\"XyZ\""), Some("XyZ"));
        assert_eq!(boundary("application/json"), None);
        assert_eq!(boundary(&format!("multipart/form-data; boundary={}", "b".repeat(70))).map(str::len), Some(70));
        assert_eq!(boundary(&format!("multipart/form-data; boundary={}", "b".repeat(71))), None);
        let sent = body(&[
            ("file", Some("a.bin"), Some("application/octet-stream"), b"\x00\xff\r\n--Xy"),
            ("purpose", None, None, b"fine_tune"),
            ("tags", None, None, b"a"),
            ("tags", None, None, b"b"),
            ("count", None, None, b"3"),
            ("meta", None, Some("application/json"), br#"{"owner": "ada"}"#),
        ]);
        let parts = parts(&sent, "XyZ").unwrap();
        assert_eq!(parts.len(), 6);
        let upload: Upload = read(&parts).unwrap();
        assert_eq!(
            upload,
            Upload {
                file: Binary {
                    bytes: Bytes::from_static(b"\x00\xff\r\n--Xy"),
                    file_name: Some("a.bin".into()),
                    content_type: Some("application/octet-stream".into()),
                },
                purpose: Purpose::FineTune,
                tags: vec!["a".into(), "b".into()],
                count: Some(3),
                meta: Some(Meta { owner: "ada".into() }),
            }
        );
    }

    #[test]
    fn errors_name_the_part() {
        let sent = body(&[("file", None, None, b"x"), ("purpose", None, None, b"other"), ("count", None, None, b"x")]);
        let (pointer, _) = read::<Upload>(&parts(&sent, "XyZ").unwrap()).unwrap_err();
        assert_eq!(pointer, "/count");
        let sent = body(&[("purpose", None, None, b"assistants")]);
        let (_, message) = read::<Upload>(&parts(&sent, "XyZ").unwrap()).unwrap_err();
        assert!(message.contains("missing field `file`"), "{message}");
        assert!(parts(&Bytes::from_static(b"--XyZ\r\nno blank line"), "XyZ").is_err());
        assert!(parts(&Bytes::from_static(b"--XyZ\r\nX: y\r\n\r\nunterminated"), "XyZ").is_err());
    }

    #[test]
    fn binary_reads_json_strings() {
        let binary: Binary = serde_json::from_str(r#""text""#).unwrap();
        assert_eq!(binary, Binary::new(Bytes::from_static(b"text")));
        assert_eq!(serde_json::to_string(&binary).unwrap(), r#""text""#);
        let binary: Binary = crate::support::json::from_value(serde_json::json!("v")).unwrap();
        assert_eq!(binary.bytes, Bytes::from_static(b"v"));
    }
}
