//! IR stage: a resolved, named, target-language-agnostic description of an
//! API: its types with their constraints, its operations, and its security.
//!
//! Every `$ref` is resolved to a [`TypeId`], every inline schema that needs a
//! name has one, and every item remembers the JSON pointer it came from so
//! later stages can report problems precisely. Nothing here knows about Rust
//! syntax; the emit stage decides how each item is spelled.

mod build;
mod names;
mod operations;
mod refusals;
mod resolve;
mod security;
mod types;

pub use build::{build, build_reporting, build_with};
pub use refusals::{REFUSAL_STATUSES, RefusalCode, RefusalShape, Refusals};

/// How a schema that states no `type` is read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Untyped {
    /// As the type its keywords describe: `properties`, `required` or
    /// `additionalProperties` make an object, `items` an array. This is
    /// what the authors of real documents mean, and gives plain structs.
    #[default]
    Implied,
    /// As JSON Schema says: any value, the keywords applying only to values
    /// of their JSON type, so `{"properties": ...}` also admits `12`. Such
    /// a schema becomes a union of the object (or array) and any other value.
    AnyValue,
}

/// Choices in how a document is lowered.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// How schemas without `type` are read.
    pub untyped: Untyped,
    /// The names the user chose for operations and schemas.
    pub config: Config,
    /// Refuse the whole document for a fault confined to some operations
    /// (`--strict`), rather than skip those with a warning each.
    pub strict: bool,
}

/// What a user chooses without editing the document (a configuration
/// file's `[operations]`, `[schemas]`, `[body_limits]` and
/// `[streamed_bodies]`): names of operations and schemas, which come before
/// the document's own `x-rust-name`, and how operations read their bodies.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Config {
    /// Where they were read from, to name it in errors.
    pub file: Option<std::path::PathBuf>,
    /// By `operationId` (or `GET /path` for an operation without one): the
    /// name of the method and module that serve it.
    pub operations: std::collections::BTreeMap<String, String>,
    /// By component schema name: the name of its type.
    pub schemas: std::collections::BTreeMap<String, String>,
    /// By `operationId` (or `GET /path`): the most bytes its request body
    /// may have, whatever the router's limit.
    pub body_limits: std::collections::BTreeMap<String, usize>,
    /// The `operationId`s (or `GET /path`s) whose request bodies of octets
    /// are read as they arrive.
    pub streamed_bodies: std::collections::BTreeSet<String>,
}
pub use names::Name;

use serde_json::Value;

/// A whole API.
#[derive(Debug, Clone, PartialEq)]
pub struct Api {
    /// `info.title`.
    pub title: String,
    /// `info.version`.
    pub version: String,
    /// `info.description`.
    pub description: Option<String>,
    /// Every named type, indexed by [`TypeId`].
    pub types: Vec<TypeDef>,
    /// Every operation, in document order.
    pub operations: Vec<Operation>,
    /// The security schemes in `components.securitySchemes`, in order.
    pub security_schemes: Vec<SecurityScheme>,
    /// The document's own `security`: what an operation that states none
    /// requires (its alternatives; empty when the document states none).
    pub security: Vec<SecurityRequirement>,
    /// The shapes its refusals are written in, where its operations do
    /// not say.
    pub refusals: Refusals,
    /// Problems of the document that generation worked around.
    pub warnings: Vec<Warning>,
}

pub use crate::error::Warning;

impl Api {
    /// The type with this id.
    pub fn get(&self, id: TypeId) -> &TypeDef {
        &self.types[id.0]
    }

    /// Every type the crate has (not those [`TypeKind::LeftOut`]) with its
    /// id, in the order of [`Api::types`].
    pub fn type_defs(&self) -> impl Iterator<Item = (TypeId, &TypeDef)> {
        self.types.iter().enumerate().map(|(index, def)| (TypeId(index), def)).filter(|(_, def)| def.kind != TypeKind::LeftOut)
    }
}

/// Names a [`TypeDef`] of an [`Api`]; only the IR makes them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeId(usize);

impl TypeId {
    /// Its position in [`Api::types`], for tables kept per type.
    pub fn index(self) -> usize {
        self.0
    }
}

/// Human documentation carried from the document.
#[derive(Clone, Default, PartialEq)]
pub struct Docs {
    /// `title`.
    pub title: Option<String>,
    /// `description` (or `summary` where that is all there is).
    pub description: Option<String>,
    /// `example`, or every one of 3.1 `examples`; the first is shown in
    /// the docs, and all are checked against the type by the example
    /// round-trip test.
    pub examples: Vec<Value>,
    /// `deprecated: true`.
    pub deprecated: bool,
}

/// What the document says, and nothing of what it does not: most schemas
/// have no docs, and the IR's snapshots (`tests.rs`) are read by people.
impl std::fmt::Debug for Docs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Every field by name, so that a new one is not forgotten here.
        let Self { title, description, examples, deprecated } = self;
        let mut out = f.debug_struct("Docs");
        if let Some(title) = title {
            out.field("title", title);
        }
        if let Some(description) = description {
            out.field("description", description);
        }
        if !examples.is_empty() {
            out.field("examples", examples);
        }
        if *deprecated {
            out.field("deprecated", deprecated);
        }
        out.finish()
    }
}

/// A named type.
#[derive(Debug, Clone, PartialEq)]
pub struct TypeDef {
    /// Unique within the API, whatever the casing.
    pub name: Name,
    /// For a component schema whose name is taken once cased by another
    /// (`address` beside `Address`), its name as the document writes it.
    pub renamed_from: Option<String>,
    /// Where the schema is.
    pub source: String,
    /// Its documentation.
    pub docs: Docs,
    /// What it is.
    pub kind: TypeKind,
}

/// The kinds of named type.
#[derive(Debug, Clone, PartialEq)]
pub enum TypeKind {
    /// An object with known properties.
    Struct(Struct),
    /// A closed set of strings.
    Enum(Enum),
    /// One of several shapes (`oneOf`/`anyOf`).
    Union(Union),
    /// A name for another shape (a named array, string, map ...).
    Alias(Shape),
    /// A distinct type wrapping another shape: an alias that contains
    /// itself (`Tree = array of Tree`) cannot be a mere name.
    Newtype(Shape),
    /// A type with no values (`not: {}`, the `false` schema).
    Never,
    /// A component left out: it holds or uses a schema that does not read
    /// (a warning says which). Nothing refers to it; it is not written.
    LeftOut,
}

/// An object with known properties.
#[derive(Debug, Clone, PartialEq)]
pub struct Struct {
    /// Properties in document order.
    pub fields: Vec<Field>,
    /// What happens to properties not listed.
    pub additional: Additional,
    /// `minProperties` / `maxProperties`.
    pub min_properties: Option<usize>,
    /// `maxProperties`.
    pub max_properties: Option<usize>,
    /// `not`: a schema the object must not match, as written.
    pub not: Option<Value>,
    /// `anyOf`/`oneOf` whose branches only require properties (`anyOf:
    /// [{required: [a]}, {required: [b]}]`): not a union, a rule on which
    /// properties are present. Each rule of the list must hold.
    pub required_sets: Vec<RequiredSets>,
}

/// Which sets of properties must be present: at least one set, or with
/// `exclusive` exactly one.
#[derive(Debug, Clone, PartialEq)]
pub struct RequiredSets {
    /// `oneOf` (exactly one set is complete) rather than `anyOf`.
    pub exclusive: bool,
    /// Each branch's `required`, as property names.
    pub sets: Vec<Vec<String>>,
}

/// What an object does with properties it does not list.
#[derive(Debug, Clone, PartialEq)]
pub enum Additional {
    /// Accepted and ignored: the default of JSON Schema and OpenAPI.
    Ignore,
    /// `additionalProperties: false`: rejected.
    Deny,
    /// `additionalProperties: <schema>`: kept, each value of that shape.
    Map(Box<Shape>),
}

/// One property of an object.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// The property name as it is on the wire.
    pub name: Name,
    /// Where its schema is.
    pub source: String,
    /// Its shape; `shape.nullable` says whether `null` is allowed.
    pub shape: Shape,
    /// Listed in `required`.
    pub required: bool,
    /// `default`.
    pub default: Option<Value>,
    /// `readOnly`.
    pub read_only: bool,
    /// `writeOnly`.
    pub write_only: bool,
    /// Documentation from the property schema.
    pub docs: Docs,
    /// The value must be stored out of line because the field's type
    /// contains the type that holds the field.
    pub indirect: bool,
    /// Not a property: the object's properties are also read as this
    /// field's type (a `oneOf` beside `properties`).
    pub flatten: bool,
}

impl Field {
    /// An optional property with no annotations.
    pub fn new(name: Name, source: String, shape: Shape) -> Self {
        Self {
            name,
            source,
            shape,
            required: false,
            default: None,
            read_only: false,
            write_only: false,
            docs: Docs::default(),
            indirect: false,
            flatten: false,
        }
    }

    /// A field that is not a property: a union whose variants are read from
    /// the same object as the struct's properties.
    pub fn flattened(name: Name, source: String, shape: Shape) -> Self {
        Self { required: true, flatten: true, ..Self::new(name, source, shape) }
    }
}

/// A closed set of string values.
#[derive(Debug, Clone, PartialEq)]
pub struct Enum {
    /// The values, each with a name.
    pub variants: Vec<EnumVariant>,
}

/// One value of an [`Enum`].
#[derive(Debug, Clone, PartialEq)]
pub struct EnumVariant {
    /// A name for the value, unique within the enum.
    pub name: Name,
    /// The value on the wire.
    pub value: String,
}

/// One of several shapes.
#[derive(Debug, Clone, PartialEq)]
pub struct Union {
    /// `oneOf` (exactly one matches) or `anyOf` (at least one).
    pub exclusive: bool,
    /// The alternatives, in document order.
    pub variants: Vec<UnionVariant>,
    /// `discriminator`, if the document gives one.
    pub discriminator: Option<Discriminator>,
    /// `additionalProperties` of an object stated beside the branches,
    /// with no `properties` of its own: a schema every member of the object
    /// must match, as written, for the run-time matcher (JSON Schema
    /// applies it to every property the object's own `properties` do not
    /// name, which is all of them).
    pub members: Option<Box<Value>>,
}

/// One alternative of a [`Union`].
#[derive(Debug, Clone, PartialEq)]
pub struct UnionVariant {
    /// Unique within the union.
    pub name: Name,
    /// Its shape.
    pub shape: Shape,
    /// Stored out of line, as for [`Field::indirect`].
    pub indirect: bool,
    /// The discriminator value that selects this variant, when the union
    /// has a discriminator.
    pub tag: Option<String>,
}

/// `discriminator`.
#[derive(Debug, Clone, PartialEq)]
pub struct Discriminator {
    /// The property that names the alternative.
    pub property: String,
    /// Explicit `mapping` from property value to type.
    pub mapping: Vec<(String, TypeId)>,
}

/// The shape of a value: a scalar, a collection, or a named type, with the
/// constraints the document puts on it.
#[derive(Debug, Clone, PartialEq)]
pub struct Shape {
    /// What kind of value.
    pub kind: ShapeKind,
    /// `null` is allowed too.
    pub nullable: bool,
    /// The constraints stated on this occurrence.
    pub constraints: Constraints,
}

impl Shape {
    /// A shape without constraints that does not admit null.
    pub fn new(kind: ShapeKind) -> Self {
        Self { kind, nullable: false, constraints: Constraints::default() }
    }
}

/// The kinds of value.
#[derive(Debug, Clone, PartialEq)]
pub enum ShapeKind {
    /// A named type.
    Named(TypeId),
    /// A string, with its `format`.
    String(StringFormat),
    /// An integer with its `format`.
    Integer(IntegerFormat),
    /// A number.
    Number(NumberFormat),
    /// `true` or `false`.
    Boolean,
    /// An array of items of one shape.
    Array(Box<Shape>),
    /// An object used as a map; keys are strings (`propertyNames` may
    /// give them a format or an enum), values of one shape.
    Map {
        /// The shape of the keys: a string shape or a string enum.
        keys: Box<Shape>,
        /// The shape of the values.
        values: Box<Shape>,
    },
    /// An array of fixed length whose items each have their own shape
    /// (`prefixItems`).
    Tuple(Vec<Shape>),
    /// Any JSON value (`{}`).
    Any,
    /// Only `null`.
    Null,
}

/// `format` of a string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StringFormat {
    /// No format, or one without a dedicated representation.
    Plain(Option<String>),
    /// `uuid`.
    Uuid,
    /// `email` (RFC 5321 mailbox).
    Email,
    /// `uri` or `url`: an absolute URI (RFC 3986).
    Uri,
    /// `date-time` (RFC 3339).
    DateTime,
    /// `date` (RFC 3339 full-date).
    Date,
    /// `byte`: base64 text.
    Byte,
    /// `binary`: raw octets.
    Binary,
}

/// `format` of an integer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IntegerFormat {
    /// No format, or `int64`.
    Int64,
    /// `int32`.
    Int32,
    /// `int16`.
    Int16,
    /// `int8`.
    Int8,
    /// `uint64`.
    Uint64,
    /// `uint32`.
    Uint32,
    /// `uint16`.
    Uint16,
    /// `uint8`.
    Uint8,
}

/// `format` of a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberFormat {
    /// No format, or `double`.
    Double,
    /// `float`.
    Float,
}

/// A numeric bound.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bound {
    /// The limit.
    pub value: f64,
    /// The limit itself is not allowed.
    pub exclusive: bool,
}

/// Every constraint JSON Schema validation can state on a value.
#[derive(Clone, Default, PartialEq)]
pub struct Constraints {
    /// `minLength`, in Unicode code points.
    pub min_length: Option<usize>,
    /// `maxLength`.
    pub max_length: Option<usize>,
    /// `pattern` (ECMA-262).
    pub pattern: Option<String>,
    /// `minimum` / `exclusiveMinimum`.
    pub minimum: Option<Bound>,
    /// `maximum` / `exclusiveMaximum`.
    pub maximum: Option<Bound>,
    /// `multipleOf`.
    pub multiple_of: Option<f64>,
    /// `minItems`.
    pub min_items: Option<usize>,
    /// `maxItems`.
    pub max_items: Option<usize>,
    /// `uniqueItems`.
    pub unique_items: bool,
    /// `minProperties` of a map.
    pub min_properties: Option<usize>,
    /// `maxProperties` of a map.
    pub max_properties: Option<usize>,
    /// `enum` on a non-string value (string enums are [`Enum`] types).
    pub enumeration: Option<Vec<Value>>,
    /// A `format` the value is checked against when it is a string, on a
    /// schema that does not say it is one (typed strings carry their format
    /// in their kind).
    pub format: Option<String>,
    /// A `type` stated beside `anyOf`/`oneOf` branches: the value read by
    /// a branch must also be of this JSON type.
    pub json_type: Option<String>,
    /// `not`: a schema the value must not match, as written.
    pub not: Option<Box<Value>>,
}

/// The constraints stated, and none of the others: most shapes state
/// none, and the IR's snapshots (`tests.rs`) are read by people.
impl std::fmt::Debug for Constraints {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        fn stated<T: std::fmt::Debug>(out: &mut std::fmt::DebugStruct<'_, '_>, name: &str, value: &Option<T>) {
            if let Some(value) = value {
                out.field(name, value);
            }
        }
        // Every field by name, so that a new one is not forgotten here.
        let Self {
            min_length,
            max_length,
            pattern,
            minimum,
            maximum,
            multiple_of,
            min_items,
            max_items,
            unique_items,
            min_properties,
            max_properties,
            enumeration,
            format,
            json_type,
            not,
        } = self;
        let mut out = f.debug_struct("Constraints");
        stated(&mut out, "min_length", min_length);
        stated(&mut out, "max_length", max_length);
        stated(&mut out, "pattern", pattern);
        stated(&mut out, "minimum", minimum);
        stated(&mut out, "maximum", maximum);
        stated(&mut out, "multiple_of", multiple_of);
        stated(&mut out, "min_items", min_items);
        stated(&mut out, "max_items", max_items);
        if *unique_items {
            out.field("unique_items", unique_items);
        }
        stated(&mut out, "min_properties", min_properties);
        stated(&mut out, "max_properties", max_properties);
        stated(&mut out, "enumeration", enumeration);
        stated(&mut out, "format", format);
        stated(&mut out, "json_type", json_type);
        stated(&mut out, "not", not);
        out.finish()
    }
}

impl Constraints {
    /// Adds the constraints of `other` (both must hold), keeping the
    /// stricter of two bounds.
    pub fn merge(&mut self, other: Self) {
        fn max<T: PartialOrd>(a: Option<T>, b: Option<T>) -> Option<T> {
            match (a, b) {
                (Some(a), Some(b)) => Some(if b > a { b } else { a }),
                (a, b) => a.or(b),
            }
        }
        fn min<T: PartialOrd>(a: Option<T>, b: Option<T>) -> Option<T> {
            match (a, b) {
                (Some(a), Some(b)) => Some(if b < a { b } else { a }),
                (a, b) => a.or(b),
            }
        }
        let lower = |a: Option<Bound>, b: Option<Bound>| match (a, b) {
            (Some(a), Some(b)) if b.value > a.value || (b.value == a.value && b.exclusive) => Some(b),
            (a, b) => a.or(b),
        };
        let upper = |a: Option<Bound>, b: Option<Bound>| match (a, b) {
            (Some(a), Some(b)) if b.value < a.value || (b.value == a.value && b.exclusive) => Some(b),
            (a, b) => a.or(b),
        };
        self.min_length = max(self.min_length, other.min_length);
        self.max_length = min(self.max_length, other.max_length);
        // Both patterns must match somewhere: one pattern of two lookaheads.
        self.pattern = match (self.pattern.take(), other.pattern) {
            (Some(a), Some(b)) if a != b => Some(format!("^(?=[\\s\\S]*?(?:{a}))(?=[\\s\\S]*?(?:{b}))")),
            (a, b) => a.or(b),
        };
        self.minimum = lower(self.minimum, other.minimum);
        self.maximum = upper(self.maximum, other.maximum);
        // A multiple of both: the larger when it is a multiple of the
        // smaller, else (integers) their least common multiple.
        self.multiple_of = match (self.multiple_of, other.multiple_of) {
            (Some(a), Some(b)) => {
                let (small, large) = if a < b { (a, b) } else { (b, a) };
                if (large / small).fract() == 0.0 {
                    Some(large)
                } else {
                    // Decimal factors are scaled to integers first (0.5 and
                    // 0.3 give 1.5).
                    let gcd = |mut x: f64, mut y: f64| {
                        while y != 0.0 {
                            (x, y) = (y, x % y);
                        }
                        x
                    };
                    let scale = (0..10)
                        .map(|k| 10f64.powi(k))
                        .find(|s| ((a * s).round() - a * s).abs() < 1e-9 && ((b * s).round() - b * s).abs() < 1e-9)
                        .unwrap_or(1.0);
                    let (x, y) = ((a * scale).round(), (b * scale).round());
                    Some(x / gcd(x, y) * y / scale)
                }
            }
            (a, b) => a.or(b),
        };
        self.min_items = max(self.min_items, other.min_items);
        self.max_items = min(self.max_items, other.max_items);
        self.unique_items |= other.unique_items;
        self.min_properties = max(self.min_properties, other.min_properties);
        self.max_properties = min(self.max_properties, other.max_properties);
        // Values both allow.
        self.enumeration = match (self.enumeration.take(), other.enumeration) {
            (Some(a), Some(b)) => Some(a.into_iter().filter(|v| b.contains(v)).collect()),
            (a, b) => a.or(b),
        };
        // Not this and not that: not either.
        self.not = match (self.not.take(), other.not) {
            (Some(a), Some(b)) => Some(Box::new(serde_json::json!({ "anyOf": [a, b] }))),
            (a, b) => a.or(b),
        };
        self.format = self.format.take().or(other.format);
        self.json_type = self.json_type.take().or(other.json_type);
    }
}

/// HTTP methods OpenAPI describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Method {
    /// GET
    Get,
    /// PUT
    Put,
    /// POST
    Post,
    /// DELETE
    Delete,
    /// OPTIONS
    Options,
    /// HEAD
    Head,
    /// PATCH
    Patch,
    /// TRACE
    Trace,
}

impl Method {
    /// The method as written in HTTP.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Get => "GET",
            Self::Put => "PUT",
            Self::Post => "POST",
            Self::Delete => "DELETE",
            Self::Options => "OPTIONS",
            Self::Head => "HEAD",
            Self::Patch => "PATCH",
            Self::Trace => "TRACE",
        }
    }
}

/// One operation: a method on a path.
#[derive(Debug, Clone, PartialEq)]
pub struct Operation {
    /// `operationId`, or one made from the method and path (`get /users`).
    pub id: Name,
    /// What its Rust names are made from: `id`, unless another operation's
    /// is the same once cased, when the later one in document order gets a
    /// number (`get_users_2`).
    pub name: Name,
    /// Where it is.
    pub source: String,
    /// The method.
    pub method: Method,
    /// The path template, as written (`/orgs/{id}`).
    pub path: String,
    /// `summary`.
    pub summary: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `tags`.
    pub tags: Vec<String>,
    /// `deprecated`.
    pub deprecated: bool,
    /// Path-level and operation-level parameters, merged.
    pub parameters: Vec<Parameter>,
    /// Per location that has parameters, the object type holding them (its
    /// properties named as sent; header names in lower case, as HTTP
    /// compares them), read and validated as one.
    pub parameter_types: Vec<(ParameterLocation, TypeId)>,
    /// `requestBody`.
    pub body: Option<RequestBody>,
    /// `responses`, in document order.
    pub responses: Vec<Response>,
    /// The security requirements that apply: the operation's own, else the
    /// document's. Empty means anonymous access.
    pub security: Vec<SecurityRequirement>,
    /// The shape of its refusals by status, for each status it declares a
    /// response for (by code, range or `default`) with content.
    pub refusals: Vec<(u16, RefusalShape)>,
}

/// Where a parameter is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ParameterLocation {
    /// In the path template.
    Path,
    /// In the query string.
    Query,
    /// In a header.
    Header,
    /// In a cookie.
    Cookie,
}

/// `style` of a parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParameterStyle {
    /// `simple` (path and header default).
    Simple,
    /// `form` (query and cookie default).
    Form,
    /// `label`.
    Label,
    /// `matrix`.
    Matrix,
    /// `spaceDelimited`.
    SpaceDelimited,
    /// `pipeDelimited`.
    PipeDelimited,
    /// `deepObject`.
    DeepObject,
}

/// One parameter of an operation.
#[derive(Debug, Clone, PartialEq)]
pub struct Parameter {
    /// The name on the wire.
    pub name: Name,
    /// Where it is.
    pub source: String,
    /// Where it is sent.
    pub location: ParameterLocation,
    /// Must be sent.
    pub required: bool,
    /// Its shape.
    pub shape: Shape,
    /// `style`.
    pub style: ParameterStyle,
    /// `explode`.
    pub explode: bool,
    /// `default` of its schema.
    pub default: Option<Value>,
    /// Its documentation.
    pub docs: Docs,
}

/// `requestBody`.
#[derive(Debug, Clone, PartialEq)]
pub struct RequestBody {
    /// Must be sent.
    pub required: bool,
    /// The most bytes it may have, as the configuration chooses.
    pub limit: Option<usize>,
    /// Read as it arrives rather than whole, as the configuration asks (a
    /// body of octets only).
    pub streamed: bool,
    /// `description`.
    pub description: Option<String>,
    /// One entry per media type.
    pub content: Vec<Content>,
}

/// A media type and the shape of its payload.
#[derive(Debug, Clone, PartialEq)]
pub struct Content {
    /// `application/json`, ...
    pub media_type: String,
    /// Where it is.
    pub source: String,
    /// How the payload travels, which the media type and shape decide.
    pub payload: Payload,
    /// The payload's shape; `None` when the document gives no schema.
    pub shape: Option<Shape>,
    /// The media type's `example` and `examples` values, each with the
    /// pointer to it (`externalValue`s are not read).
    pub examples: Vec<(String, Value)>,
}

/// How a payload travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Payload {
    /// JSON of the shape: `application/json`, `+json` types, and a schema
    /// under `*/*` or `application/*` (sent as `application/json`).
    Json,
    /// `application/x-www-form-urlencoded` of an object.
    Form,
    /// `multipart/form-data` of an object.
    Multipart,
    /// Octets as they are: other media types, payloads without a schema,
    /// binary strings, and forms of schemas that are not objects.
    Bytes,
    /// A response of server-sent events (`text/event-stream`), each event's
    /// data of the shape: text for a string or no schema, JSON otherwise.
    Events,
}

impl Payload {
    /// The media type `media_type` without its parameters, in lower case.
    pub fn essence(media_type: &str) -> String {
        media_type.split(';').next().unwrap_or(media_type).trim().to_ascii_lowercase()
    }

    /// Whether a payload of `media_type` (its essence) is JSON.
    pub fn is_json_type(essence: &str) -> bool {
        // `text/json` is JSON too, as ASP.NET's documents declare it.
        essence == "application/json" || essence == "text/json" || essence.ends_with("+json")
    }

    /// Whether `media_type` (its essence) is a range that a JSON schema
    /// under it makes JSON: `*/*`, `application/*`.
    pub fn is_json_range(essence: &str) -> bool {
        essence == "*/*" || essence == "application/*"
    }
}

/// The status a response is declared for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    /// One status code.
    Code(u16),
    /// `1XX` .. `5XX`: the leading digit.
    Range(u8),
    /// `default`: any status not declared otherwise.
    Default,
}

/// One declared response.
#[derive(Debug, Clone, PartialEq)]
pub struct Response {
    /// Its status.
    pub status: Status,
    /// `description`.
    pub description: String,
    /// One entry per media type.
    pub content: Vec<Content>,
    /// Declared headers.
    pub headers: Vec<ResponseHeader>,
}

impl Response {
    /// The contents it is also sent in, each by a variant of its own, beside
    /// the one its body is written in (its JSON, else events): events or
    /// octets beside JSON (OpenAI's streams, CSV), octets beside events.
    /// Not XML beside JSON (the same value; the JSON is sent), nor a range
    /// (`*/*`), nor a second content of one media type.
    pub fn alternatives(&self) -> Vec<&Content> {
        let json = self.content.iter().find(|c| c.payload == Payload::Json);
        let Some(sent) = json.or_else(|| self.content.first().filter(|c| c.payload == Payload::Events)) else { return Vec::new() };
        let mut seen = vec![Payload::essence(&sent.media_type)];
        let mut out = Vec::new();
        for content in &self.content {
            let essence = Payload::essence(&content.media_type);
            let offered = matches!(content.payload, Payload::Events | Payload::Bytes)
                && content.payload != sent.payload
                && !essence.contains('*')
                && !(essence.ends_with("/xml") || essence.ends_with("+xml"));
            if offered && !seen.contains(&essence) {
                seen.push(essence);
                out.push(content);
            }
        }
        out
    }
}

/// A header declared on a response.
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseHeader {
    /// Its name.
    pub name: Name,
    /// Must be sent.
    pub required: bool,
    /// Its shape.
    pub shape: Shape,
    /// `description`.
    pub description: Option<String>,
}

/// One alternative of `security`: all of its schemes must be satisfied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SecurityRequirement {
    /// Index into [`Api::security_schemes`] and the scopes required.
    pub schemes: Vec<(usize, Vec<String>)>,
}

/// A security scheme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SecurityScheme {
    /// Its key in `components.securitySchemes`.
    pub name: Name,
    /// What it is.
    pub kind: SecuritySchemeKind,
    /// `description`.
    pub description: Option<String>,
}

/// The kinds of security scheme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SecuritySchemeKind {
    /// `apiKey`: a secret in a header, query parameter or cookie.
    ApiKey {
        /// Where it is sent.
        location: ParameterLocation,
        /// The header, parameter or cookie name.
        name: String,
    },
    /// `http` with scheme `bearer`.
    Bearer {
        /// `bearerFormat`.
        format: Option<String>,
    },
    /// `http` with scheme `basic`.
    Basic,
    /// `http` with another scheme (an unregistered one such as Sentry's
    /// `DSN`, or `digest`): the whole `Authorization` header, unread.
    Http {
        /// The scheme, as the document names it.
        scheme: String,
    },
    /// `oauth2`: a bearer token carrying these scopes.
    OAuth2 {
        /// Every scope any flow declares, with its description.
        scopes: Vec<(String, String)>,
    },
    /// `openIdConnect`: a bearer token.
    OpenIdConnect {
        /// `openIdConnectUrl`.
        url: String,
    },
}

#[cfg(test)]
mod tests;
