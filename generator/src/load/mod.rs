//! Load stage: read a document (YAML or JSON), bring OpenAPI 3.1 documents
//! into the shape the `openapiv3` model takes, and deserialize it, keeping
//! the file name and JSON pointer for every error.

use std::path::{Path, PathBuf};

use openapiv3::{OpenAPI, Parameter, PathItem, ReferenceOr, RequestBody, Response, Schema};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::error::{Error, Warning, pointer_push};
pub use normalize::{Dialect, Keywords, SchemaKeywords};

pub mod bundle;
pub mod normalize;
mod yaml;

/// A document read, normalized and deserialized into the `openapiv3` model.
#[derive(Debug, Clone)]
pub struct Document {
    /// Where it was read from; every later error names this file.
    pub file: PathBuf,
    /// Which OpenAPI version it declared.
    pub dialect: Dialect,
    /// The model. For 3.1 documents, this is the normalized form.
    pub openapi: OpenAPI,
    /// What loading left out or read in a way of its own, and why.
    pub warnings: Vec<Warning>,
    /// Where the parts bundling moved came from: what errors and warnings
    /// about them point at.
    pub relocations: bundle::Relocations,
    /// What 3.1 schemas state that the model has no field for, by the
    /// schema's pointer.
    pub keywords: normalize::Keywords,
    /// Schema keywords of the wrong JSON type (`pattern: 0`) that were left
    /// out so that the rest reads; each is also a warning. A strict build
    /// refuses the document for them.
    pub repairs: Vec<Error>,
    /// Schemas that do not read at all (a `type` that is neither a name nor
    /// a list of names), each read as `{}` and its fault kept, pointing at
    /// the keyword in this document (before [`Document::locate`]): the IR
    /// leaves out the schema and skips the operations that use it. Each is
    /// also a repair.
    pub unreadable: Vec<Error>,
}

impl Document {
    /// `error`, pointing where its part was before bundling moved it.
    pub fn locate(&self, mut error: Error) -> Error {
        error.message = self.relocations.original_references(&error.message);
        if error.file == self.file
            && let Some((file, pointer)) = self.relocations.original(&error.pointer)
        {
            if let Some(file) = file {
                error.file = file.to_path_buf();
            }
            error.pointer = pointer;
        }
        error
    }

    /// `warning`, pointing where its part was before bundling moved it.
    pub fn locate_warning(&self, mut warning: Warning) -> Warning {
        warning.message = self.relocations.original_references(&warning.message);
        if warning.file.is_none()
            && let Some((file, pointer)) = self.relocations.original(&warning.pointer)
        {
            warning.file = file.map(Path::to_path_buf);
            warning.pointer = pointer;
        }
        warning
    }
}

/// Reads and loads the document at `path`.
pub fn load_file(path: &Path) -> Result<Document, Error> {
    // The text goes once parsed: a 47 MB document need not be held beside
    // its value and its model.
    load_value(path, read_value(path)?)
}

/// Reads the file at `path` as JSON (or YAML) as it is, before anything
/// is resolved or normalized: what the JSON pointers of errors and
/// warnings point into.
pub fn read_value(path: &Path) -> Result<Value, Error> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::new(path, "", format!("cannot read the file: {e}")))?;
    parse(path, &text)
}

/// Loads a document from text; `path` names it in errors and decides nothing
/// else (YAML is a superset of JSON, but JSON is parsed as JSON for speed and
/// exact numbers).
pub fn load_str(path: &Path, text: &str) -> Result<Document, Error> {
    let value = parse(path, text)?;
    load_value(path, value)
}

/// Loads a document that is already a JSON value.
pub fn load_value(path: &Path, mut value: Value) -> Result<Document, Error> {
    let Some(root) = value.as_object() else { return Err(Error::new(path, "", "an OpenAPI document must be an object")) };
    let dialect = match root.get("openapi") {
        Some(Value::String(v)) if v.starts_with("3.0.") || v == "3.0" => Dialect::V30,
        Some(Value::String(v)) if v.starts_with("3.1.") || v == "3.1" => Dialect::V31,
        Some(Value::String(v)) => {
            return Err(Error::unsupported(path, "/openapi", format!("OpenAPI version {v:?} is not supported; only 3.0.x and 3.1.x are")));
        }
        Some(_) => {
            return Err(Error::new(path, "/openapi", "must be a string such as \"3.1.0\""));
        }
        None if root.contains_key("swagger") => {
            return Err(Error::unsupported(path, "/swagger", "Swagger 2.0 documents are not supported; convert it to OpenAPI 3 first"));
        }
        None => return Err(Error::new(path, "", "missing the `openapi` version field")),
    };
    let warnings = leave_out_outgoing(&mut value);
    let relocations = bundle::document(path, &mut value, |file| {
        let text = std::fs::read_to_string(file).map_err(|e| Error::new(file, "", format!("cannot read the file: {e}")))?;
        parse(file, &text)
    })?;
    let mut document = Document {
        file: path.to_path_buf(),
        dialect,
        openapi: OpenAPI::default(),
        warnings,
        relocations,
        keywords: Keywords::new(),
        repairs: Vec::new(),
        unreadable: Vec::new(),
    };
    normalize::document(path, dialect, &mut value).map_err(|e| document.locate(e))?;
    // Only 3.1 has keywords to carry (3.0 refuses them).
    if dialect == Dialect::V31 {
        document.keywords = normalize::take_keywords(path, &mut value).map_err(|e| document.locate(e))?;
    }
    // Read without tracking where (a path segment per key costs a fifth of
    // the load); only a document that does not read is read again to say
    // where it does not.
    loop {
        if let Some(openapi) = deserialize_in_parts(&value) {
            document.openapi = openapi;
            return Ok(document);
        }
        let (pointer, message) = match failure::<OpenAPI>(&value, "") {
            Ok(openapi) => {
                document.openapi = openapi;
                return Ok(document);
            }
            // `openapiv3` flattens its maps of paths, responses and schema
            // keywords, which hides where inside them a value was wrong;
            // deserializing the parts one by one finds the deepest one.
            Err((pointer, message)) => locate(&value).unwrap_or((pointer, message)),
        };
        let unlocated = Error::new(path, &pointer, message);
        let error = document.locate(unlocated.clone());
        // A schema keyword of the wrong JSON type is left out, with a
        // warning, rather than lose the whole document for it.
        if document.repairs.len() < MOST_REPAIRS && drop_schema_keyword(&mut value, &pointer) {
            document.warnings.push(Warning {
                file: (error.file != document.file).then(|| error.file.clone()),
                pointer: error.pointer.clone(),
                message: format!("{}: this keyword is left out (`--strict` refuses the document instead)", error.message),
            });
            document.repairs.push(error);
            continue;
        }
        // A schema whose `type` is not a type cannot be read in any safe
        // way: its uses are skipped (by the IR, which knows them).
        if document.repairs.len() < MOST_REPAIRS && blank_unreadable_schema(&mut value, &pointer) {
            let message = "`type` is not a type: it must be a type's name (`string`, `object`, ...) or, in 3.1, a list of them";
            document.unreadable.push(Error { message: message.to_owned(), ..unlocated });
            document.repairs.push(Error { message: message.to_owned(), ..error });
            continue;
        }
        return Err(error);
    }
}

/// The most schema keywords of the wrong type left out of one document
/// before it is refused: past them, it is not a slip but another format.
const MOST_REPAIRS: usize = 32;

/// Keywords of a schema whose value, of the wrong JSON type, only
/// constrains or annotates: leaving one out loses that alone.
const DROPPABLE_KEYWORDS: &[&str] = &[
    "pattern",
    "format",
    "title",
    "description",
    "minLength",
    "maxLength",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minItems",
    "maxItems",
    "uniqueItems",
    "minProperties",
    "maxProperties",
    "readOnly",
    "writeOnly",
    "deprecated",
    "nullable",
];

/// Removes the keyword at `pointer` if it is one of [`DROPPABLE_KEYWORDS`]
/// of a schema (below `schemas`, `schema`, `properties`, `items`, ...).
fn drop_schema_keyword(value: &mut Value, pointer: &str) -> bool {
    let Some((parent, key)) = pointer.rsplit_once('/') else { return false };
    let key = key.replace("~1", "/").replace("~0", "~");
    if !in_schema(parent) || !DROPPABLE_KEYWORDS.contains(&key.as_str()) {
        return false;
    }
    value.pointer_mut(parent).and_then(Value::as_object_mut).and_then(|object| object.remove(&key)).is_some()
}

/// Replaces the schema holding the `type` at `pointer` with `{}` if that
/// `type` is neither a string nor an array (`type: {name: string}`).
fn blank_unreadable_schema(value: &mut Value, pointer: &str) -> bool {
    let Some((parent, "type")) = pointer.rsplit_once('/') else { return false };
    if !in_schema(parent) || matches!(value.pointer(pointer), None | Some(Value::String(_) | Value::Array(_))) {
        return false;
    }
    match value.pointer_mut(parent) {
        Some(schema @ Value::Object(_)) => {
            *schema = Value::Object(serde_json::Map::new());
            true
        }
        _ => false,
    }
}

/// Whether the object at `pointer` is a schema (below `schemas`, `schema`,
/// `properties`, `items`, ...).
fn in_schema(pointer: &str) -> bool {
    ["/schemas/", "/schema", "/properties/", "/items", "/allOf/", "/anyOf/", "/oneOf/", "/additionalProperties"]
        .iter()
        .any(|place| pointer.contains(place))
}

/// The model of `value`, its components read on a thread of their own
/// beside the rest; `None` if it does not read (the caller reads it again
/// to say where).
fn deserialize_in_parts(value: &Value) -> Option<OpenAPI> {
    let Value::Object(root) = value else { return None };
    let components = root.get("components");
    // The rest, small but for the paths, with the paths read apart.
    let mut rest: serde_json::Map<String, Value> =
        root.iter().filter(|(key, _)| *key != "components" && *key != "paths").map(|(k, v)| (k.clone(), v.clone())).collect();
    rest.insert("paths".to_owned(), Value::Object(serde_json::Map::new()));
    let read_rest = || {
        let mut openapi = OpenAPI::deserialize(&Value::Object(rest)).ok()?;
        openapi.paths = openapiv3::Paths::deserialize(root.get("paths")?).ok()?;
        Some(openapi)
    };
    let (openapi, components) = std::thread::scope(|scope| {
        let components = components.map(|c| scope.spawn(move || Option::<openapiv3::Components>::deserialize(c).ok()));
        let openapi = read_rest();
        let components = match components {
            Some(handle) => handle.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            None => Some(None),
        };
        (openapi, components)
    });
    let mut openapi = openapi?;
    openapi.components = components?;
    Some(openapi)
}

/// Takes out what describes requests the API makes rather than answers:
/// operations' `callbacks`, `components.callbacks` and 3.1 `webhooks`. A
/// generated server does not send them, so they are left out (however they
/// are written, `$ref`s included), each operation's and the webhooks with a
/// warning.
fn leave_out_outgoing(document: &mut Value) -> Vec<Warning> {
    const METHODS: &[&str] = &["get", "put", "post", "delete", "options", "head", "patch", "trace"];
    let mut warnings = Vec::new();
    if let Some(Value::Object(paths)) = document.get_mut("paths") {
        for (path, item) in paths.iter_mut() {
            let Value::Object(item) = item else { continue };
            for (method, operation) in item.iter_mut().filter(|(key, _)| METHODS.contains(&key.as_str())) {
                let Some(callbacks) = operation.as_object_mut().and_then(|op| op.remove("callbacks")) else { continue };
                let names: Vec<String> = callbacks.as_object().map(|c| c.keys().cloned().collect()).unwrap_or_default();
                warnings.push(Warning {
                    file: None,
                    pointer: pointer_push(&pointer_push(&pointer_push("/paths", path), method), "callbacks"),
                    message: format!(
                        "callbacks ({}) are requests the API makes, not ones it answers: the generated server leaves them out",
                        names.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ")
                    ),
                });
            }
        }
    }
    if let Some(Value::Object(components)) = document.get_mut("components") {
        components.remove("callbacks");
    }
    if let Value::Object(root) = document
        && let Some(webhooks) = root.remove("webhooks")
        && webhooks.as_object().is_some_and(|w| !w.is_empty())
    {
        warnings.push(Warning {
            file: None,
            pointer: "/webhooks".to_owned(),
            message: "webhooks are requests the API makes, not ones it answers: the generated server leaves them out".to_owned(),
        });
    }
    warnings
}

/// Deserializes `value` as a `T`; on failure, the pointer (below `at`) and
/// message of the error.
fn failure<T: DeserializeOwned>(value: &Value, at: &str) -> Result<T, (String, String)> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let pointer = e.path().iter().fold(at.to_owned(), |acc, segment| {
            use serde_path_to_error::Segment;
            match segment {
                Segment::Seq { index } => pointer_push(&acc, &index.to_string()),
                Segment::Map { key } => pointer_push(&acc, key),
                Segment::Enum { variant } => pointer_push(&acc, variant),
                Segment::Unknown => acc,
            }
        });
        (pointer, e.into_inner().to_string())
    })
}

/// The first failure of deserializing `value` as a `T`, refined by `deeper`.
fn part<T: DeserializeOwned>(
    value: &Value,
    at: &str,
    deeper: impl FnOnce(&Value, &str) -> Option<(String, String)>,
) -> Option<(String, String)> {
    let error = failure::<T>(value, at).err()?;
    Some(deeper(value, at).unwrap_or(error))
}

fn children<'v>(value: &'v Value, key: &str) -> Vec<(String, &'v Value)> {
    value.get(key).map(entries).unwrap_or_default()
}

fn entries(value: &Value) -> Vec<(String, &Value)> {
    match value {
        Value::Object(map) => map.iter().map(|(k, v)| (k.clone(), v)).collect(),
        Value::Array(items) => items.iter().enumerate().map(|(i, v)| (i.to_string(), v)).collect(),
        _ => Vec::new(),
    }
}

/// The deepest part of the document that does not deserialize.
fn locate(doc: &Value) -> Option<(String, String)> {
    for (path, item) in children(doc, "paths") {
        let at = pointer_push("/paths", &path);
        if let Some(found) = part::<ReferenceOr<PathItem>>(item, &at, path_item) {
            return Some(found);
        }
    }
    for (section, section_entries) in children(doc, "components") {
        let base = pointer_push("/components", &section);
        for (name, entry) in entries(section_entries) {
            let at = pointer_push(&base, &name);
            let found = match section.as_str() {
                "schemas" => part::<ReferenceOr<Schema>>(entry, &at, schema),
                "responses" => part::<ReferenceOr<Response>>(entry, &at, content_holder),
                "parameters" => part::<ReferenceOr<Parameter>>(entry, &at, content_holder),
                "requestBodies" => part::<ReferenceOr<RequestBody>>(entry, &at, content_holder),
                _ => None,
            };
            if found.is_some() {
                return found;
            }
        }
    }
    None
}

fn path_item(item: &Value, at: &str) -> Option<(String, String)> {
    for method in ["get", "put", "post", "delete", "options", "head", "patch", "trace"] {
        let Some(op) = item.get(method) else { continue };
        let op_at = pointer_push(at, method);
        for (code, response) in children(op, "responses") {
            let found = part::<ReferenceOr<Response>>(response, &pointer_push(&pointer_push(&op_at, "responses"), &code), content_holder);
            if found.is_some() {
                return found;
            }
        }
        for (i, param) in children(op, "parameters") {
            let found = part::<ReferenceOr<Parameter>>(param, &pointer_push(&pointer_push(&op_at, "parameters"), &i), content_holder);
            if found.is_some() {
                return found;
            }
        }
        if let Some(body) = op.get("requestBody") {
            let found = part::<ReferenceOr<RequestBody>>(body, &pointer_push(&op_at, "requestBody"), content_holder);
            if found.is_some() {
                return found;
            }
        }
    }
    None
}

fn content_holder(holder: &Value, at: &str) -> Option<(String, String)> {
    if let Some(schema_value) = holder.get("schema") {
        let found = part::<ReferenceOr<Schema>>(schema_value, &pointer_push(at, "schema"), schema);
        if found.is_some() {
            return found;
        }
    }
    for (media_type, media) in children(holder, "content") {
        if let Some(schema_value) = media.get("schema") {
            let media_at = pointer_push(&pointer_push(at, "content"), &media_type);
            let found = part::<ReferenceOr<Schema>>(schema_value, &pointer_push(&media_at, "schema"), schema);
            if found.is_some() {
                return found;
            }
        }
    }
    None
}

fn schema(value: &Value, at: &str) -> Option<(String, String)> {
    for key in ["properties", "allOf", "anyOf", "oneOf"] {
        for (name, child) in children(value, key) {
            let found = part::<ReferenceOr<Schema>>(child, &pointer_push(&pointer_push(at, key), &name), schema);
            if found.is_some() {
                return found;
            }
        }
    }
    for key in ["items", "additionalProperties", "not"] {
        if let Some(child @ Value::Object(_)) = value.get(key) {
            let found = part::<ReferenceOr<Schema>>(child, &pointer_push(at, key), schema);
            if found.is_some() {
                return found;
            }
        }
    }
    keyword(value, at)
}

/// The keyword of a schema whose value is wrong (`pattern: 0`, `type: {..}`):
/// the first that does not read alone, or beside the schema's `type`.
fn keyword(value: &Value, at: &str) -> Option<(String, String)> {
    let Value::Object(schema) = value else { return None };
    let typ = schema.get("type");
    for (key, keyword_value) in schema {
        let mut alone = serde_json::Map::new();
        if let Some(typ) = typ.filter(|_| key != "type") {
            alone.insert("type".to_owned(), typ.clone());
        }
        alone.insert(key.clone(), keyword_value.clone());
        if let Err((_, message)) = failure::<Schema>(&Value::Object(alone), at) {
            return Some((pointer_push(at, key), message));
        }
    }
    None
}

fn parse(path: &Path, text: &str) -> Result<Value, Error> {
    let is_json = path.extension().is_some_and(|ext| ext.eq_ignore_ascii_case("json"));
    if is_json {
        serde_json::from_str(text).map_err(|e| {
            let mut err = Error::new(path, "", format!("not valid JSON: {e}"));
            err.location = Some((e.line(), e.column()));
            err
        })
    } else {
        yaml::parse(text).map_err(|e| {
            let mut err = Error::new(path, "", format!("not valid YAML: {e}"));
            err.location = e.location().map(|l| (l.line(), l.column()));
            err
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str) -> Result<Document, Error> {
        load_str(Path::new("t.yaml"), text)
    }

    #[test]
    fn yaml_beyond_64_bits_and_numeric_keys() {
        let doc = load(
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        200: {description: ok}\ncomponents:\n  schemas:\n    S: {type: integer, minimum: -9223372036854776000}\n",
        )
        .unwrap();
        assert!(doc.openapi.paths.paths.contains_key("/a"));
        let schema = doc.openapi.components.unwrap().schemas["S"].as_item().unwrap().clone();
        let openapiv3::SchemaKind::Type(openapiv3::Type::Integer(i)) = schema.schema_kind else { panic!("{schema:?}") };
        assert_eq!(i.minimum, Some(i64::MIN));
    }

    #[test]
    fn rejects_swagger_2() {
        let e = load("swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}").unwrap_err();
        assert_eq!(e.pointer, "/swagger");
        assert!(e.message.contains("Swagger 2.0"), "{e}");
    }

    #[test]
    fn yaml_syntax_errors_carry_the_line() {
        let e = load("openapi: 3.0.3\ninfo: [\n").unwrap_err();
        assert!(e.location.is_some(), "{e}");
        assert!(e.message.starts_with("not valid YAML"), "{e}");
    }

    #[test]
    fn model_errors_carry_a_json_pointer() {
        let e = load(
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        '200': {description: 5, content: 7}\n",
        )
        .unwrap_err();
        // `openapiv3` buffers a response's fields, so the response is as
        // deep as the pointer goes.
        assert_eq!(e.pointer, "/paths/~1a/get/responses/200", "{e}");
        assert!(e.message.contains("expected a string"), "{e}");
    }
}
