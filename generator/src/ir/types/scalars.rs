//! Scalars: strings and their formats, integers, numbers, and `enum`s of them.

use super::*;

pub(super) fn is_scalar(kind: &ShapeKind) -> bool {
    matches!(kind, ShapeKind::String(_) | ShapeKind::Integer(_) | ShapeKind::Number(_) | ShapeKind::Boolean)
}

pub(super) fn same_kind(a: &ShapeKind, b: &ShapeKind) -> bool {
    std::mem::discriminant(a) == std::mem::discriminant(b)
}

pub(super) fn format_of(a: &AnySchema) -> VariantOrUnknownOrEmpty<OaStringFormat> {
    match a.format.as_deref() {
        None => VariantOrUnknownOrEmpty::Empty,
        Some("date") => VariantOrUnknownOrEmpty::Item(OaStringFormat::Date),
        Some("date-time") => VariantOrUnknownOrEmpty::Item(OaStringFormat::DateTime),
        Some("byte") => VariantOrUnknownOrEmpty::Item(OaStringFormat::Byte),
        Some("binary") => VariantOrUnknownOrEmpty::Item(OaStringFormat::Binary),
        Some("password") => VariantOrUnknownOrEmpty::Item(OaStringFormat::Password),
        Some(other) => VariantOrUnknownOrEmpty::Unknown(other.to_owned()),
    }
}

pub(super) fn string_format(format: &VariantOrUnknownOrEmpty<OaStringFormat>) -> StringFormat {
    match format {
        VariantOrUnknownOrEmpty::Item(OaStringFormat::DateTime) => StringFormat::DateTime,
        VariantOrUnknownOrEmpty::Item(OaStringFormat::Date) => StringFormat::Date,
        VariantOrUnknownOrEmpty::Item(OaStringFormat::Byte) => StringFormat::Byte,
        VariantOrUnknownOrEmpty::Item(OaStringFormat::Binary) => StringFormat::Binary,
        VariantOrUnknownOrEmpty::Item(OaStringFormat::Password) => StringFormat::Plain(Some("password".into())),
        VariantOrUnknownOrEmpty::Unknown(f) if f == "uuid" => StringFormat::Uuid,
        VariantOrUnknownOrEmpty::Unknown(f) if f == "email" => StringFormat::Email,
        VariantOrUnknownOrEmpty::Unknown(f) if f == "uri" => StringFormat::Uri,
        VariantOrUnknownOrEmpty::Unknown(f) => StringFormat::Plain(Some(f.clone())),
        VariantOrUnknownOrEmpty::Empty => StringFormat::Plain(None),
    }
}

pub(super) fn integer_format(format: &str) -> IntegerFormat {
    match format {
        "int32" => IntegerFormat::Int32,
        "int16" => IntegerFormat::Int16,
        "int8" => IntegerFormat::Int8,
        "uint64" => IntegerFormat::Uint64,
        "uint32" => IntegerFormat::Uint32,
        "uint16" => IntegerFormat::Uint16,
        "uint8" => IntegerFormat::Uint8,
        _ => IntegerFormat::Int64,
    }
}

/// `enum` on a scalar: the values, and whether `null` is one of them.
pub(super) fn scalar_enum(values: impl Iterator<Item = Option<Value>>) -> (Option<Vec<Value>>, bool) {
    let mut nullable = false;
    let values: Vec<Value> = values
        .filter_map(|v| {
            nullable |= v.is_none();
            v
        })
        .collect();
    ((!values.is_empty()).then_some(values), nullable)
}

/// A string enum with a name for each value.
pub(super) fn string_enum(values: &[&str]) -> Enum {
    let mut names = NameSet::default();
    let mut variants: Vec<EnumVariant> = Vec::with_capacity(values.len());
    for value in values {
        if variants.iter().any(|v| v.value == *value) {
            continue;
        }
        let name = names.claim_free(Name::new(*value));
        variants.push(EnumVariant { name, value: (*value).to_owned() });
    }
    Enum { variants }
}

/// The formats validation checks on strings (typed or not).
pub(super) const CHECKED_FORMATS: &[&str] = &["email", "uuid", "uri", "date-time", "date", "ipv4", "ipv6", "hostname"];

/// The formats the specifications define: JSON Schema 2020-12's (section
/// 7.3), OpenAPI's, and the OpenAPI Format Registry's. Any other is an
/// annotation the document's authors made up (`url`, `hex-color`): never
/// checked, and named by a warning.
pub(super) const DEFINED_FORMATS: &[&str] = &[
    // JSON Schema 2020-12
    "date-time",
    "date",
    "time",
    "duration",
    "email",
    "idn-email",
    "hostname",
    "idn-hostname",
    "ipv4",
    "ipv6",
    "uri",
    "uri-reference",
    "iri",
    "iri-reference",
    "uuid",
    "uri-template",
    "json-pointer",
    "relative-json-pointer",
    "regex",
    // OpenAPI 3.x
    "int32",
    "int64",
    "float",
    "double",
    "byte",
    "binary",
    "password",
    // The OpenAPI Format Registry
    "base64url",
    "char",
    "commonmark",
    "decimal",
    "decimal128",
    "double-int",
    "html",
    "http-date",
    "int8",
    "int16",
    "media-range",
    "sf-binary",
    "sf-boolean",
    "sf-decimal",
    "sf-integer",
    "sf-string",
    "sf-token",
    "uint8",
    "uint16",
    "uint32",
    "uint64",
    "unixtime",
];
