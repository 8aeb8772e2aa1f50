//! Rewrites a document, as a JSON value, into what the `openapiv3` model (an
//! OpenAPI 3.0 model) takes, without changing its meaning.
//!
//! For OpenAPI 3.1 (JSON Schema 2020-12) that means: `type` arrays and
//! `{type: 'null'}` branches become `nullable`, `const` becomes a one-value
//! `enum`, numeric `exclusiveMinimum`/`exclusiveMaximum` become the 3.0
//! boolean form, `examples` gives `example`, `$ref` with sibling keywords
//! becomes `allOf: [{$ref}]` plus the siblings, boolean schemas become `{}` or
//! `{not: {}}`, and the parts 3.1 made optional (`paths`, `responses`) are
//! filled in empty. For both versions, integer bounds written as floats (YAML
//! has no other way to say -9223372036854775808) become integers.
//!
//! A 3.0 document that uses a 3.1-only form is an error, not silently
//! accepted: its authors and its other tools read it as 3.0.

use std::collections::HashMap;
use std::path::Path;

use openapiv3::{ReferenceOr, Schema};
use serde_json::{Map, Value, json};

use crate::error::{Error, pointer_push};

/// The OpenAPI minor version family a document declares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    /// OpenAPI 3.0.x: JSON Schema draft 4 (extended).
    V30,
    /// OpenAPI 3.1.x: JSON Schema 2020-12.
    V31,
}

const METHODS: [&str; 8] = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

struct Normalizer<'a> {
    file: &'a Path,
    dialect: Dialect,
    /// `#/components/schemas/<name>` of the component being normalized:
    /// what `$recursiveRef: "#"` and `$dynamicRef` to its own anchor mean.
    component: std::cell::RefCell<Option<(String, Option<String>)>>,
}

/// Normalizes a whole document in place: its paths and webhooks on one
/// thread, its components on another (they are apart in the document, and
/// nothing done to one reads the other). An error in the paths is the one
/// reported when both have one, as a walk in document order would.
pub fn document(file: &Path, dialect: Dialect, doc: &mut Value) -> Result<(), Error> {
    let normalizer = || Normalizer { file, dialect, component: std::cell::RefCell::new(None) };
    let Some(root) = doc.as_object_mut() else { return Ok(()) };
    if dialect == Dialect::V31 {
        root.entry("paths").or_insert_with(|| json!({}));
    }
    // Each part is taken out of the document while a thread works on it,
    // and put back where it was.
    let mut components = root.get_mut("components").map(std::mem::take);
    let (paths, components_result) = std::thread::scope(|scope| {
        let components = components.as_mut().map(|components| scope.spawn(|| normalizer().components(components)));
        let paths = normalizer().paths(root);
        let components = components.map(|handle| handle.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)));
        (paths, components.unwrap_or(Ok(())))
    });
    if let (Some(slot), Some(components)) = (root.get_mut("components"), components) {
        *slot = components;
    }
    paths.and(components_result)
}

impl Normalizer<'_> {
    /// The document's paths and webhooks.
    fn paths(&self, root: &mut serde_json::Map<String, Value>) -> Result<(), Error> {
        if let Some(Value::Object(paths)) = root.get_mut("paths") {
            for (path, item) in paths.iter_mut() {
                self.path_item(item, &pointer_push("/paths", path))?;
            }
        }
        if let Some(Value::Object(hooks)) = root.get_mut("webhooks") {
            for (name, item) in hooks.iter_mut() {
                self.path_item(item, &pointer_push("/webhooks", name))?;
            }
        }
        Ok(())
    }

    /// The `components` object's entries, each by its section.
    fn components(&self, components: &mut Value) -> Result<(), Error> {
        let Value::Object(components) = components else { return Ok(()) };
        for (section, entries) in components.iter_mut() {
            let Value::Object(entries) = entries else { continue };
            let base = pointer_push("/components", section);
            for (name, entry) in entries.iter_mut() {
                let at = pointer_push(&base, name);
                match section.as_str() {
                    "schemas" => {
                        let anchor = entry.get("$dynamicAnchor").and_then(Value::as_str).map(str::to_owned);
                        *self.component.borrow_mut() =
                            Some((format!("#/components/schemas/{}", name.replace('~', "~0").replace('/', "~1")), anchor));
                        let result = self.schema(entry, &at);
                        *self.component.borrow_mut() = None;
                        result?;
                    }
                    "parameters" | "headers" => self.parameter(entry, &at)?,
                    "responses" => self.response(entry, &at)?,
                    "requestBodies" => self.content_holder(entry, &at)?,
                    "callbacks" => self.callback(entry, &at)?,
                    "pathItems" => self.path_item(entry, &at)?,
                    _ => {}
                }
            }
        }
        Ok(())
    }
}

impl Normalizer<'_> {
    fn path_item(&self, item: &mut Value, at: &str) -> Result<(), Error> {
        let Value::Object(item) = item else { return Ok(()) };
        self.parameters(item, at)?;
        for method in METHODS {
            let Some(Value::Object(op)) = item.get_mut(method) else { continue };
            let op_at = pointer_push(at, method);
            self.parameters(op, &op_at)?;
            if let Some(body) = op.get_mut("requestBody") {
                self.content_holder(body, &pointer_push(&op_at, "requestBody"))?;
            }
            if self.dialect == Dialect::V31 {
                op.entry("responses").or_insert_with(|| json!({}));
            }
            if let Some(Value::Object(responses)) = op.get_mut("responses") {
                let base = pointer_push(&op_at, "responses");
                for (code, response) in responses.iter_mut() {
                    self.response(response, &pointer_push(&base, code))?;
                }
            }
            if let Some(Value::Object(callbacks)) = op.get_mut("callbacks") {
                let base = pointer_push(&op_at, "callbacks");
                for (name, callback) in callbacks.iter_mut() {
                    self.callback(callback, &pointer_push(&base, name))?;
                }
            }
        }
        Ok(())
    }

    fn callback(&self, callback: &mut Value, at: &str) -> Result<(), Error> {
        let Value::Object(callback) = callback else { return Ok(()) };
        for (expression, item) in callback.iter_mut() {
            self.path_item(item, &pointer_push(at, expression))?;
        }
        Ok(())
    }

    fn parameters(&self, holder: &mut Map<String, Value>, at: &str) -> Result<(), Error> {
        let Some(Value::Array(params)) = holder.get_mut("parameters") else { return Ok(()) };
        let base = pointer_push(at, "parameters");
        for (i, param) in params.iter_mut().enumerate() {
            self.parameter(param, &pointer_push(&base, &i.to_string()))?;
        }
        Ok(())
    }

    /// A parameter or a header: a `schema` or a `content` map.
    fn parameter(&self, param: &mut Value, at: &str) -> Result<(), Error> {
        if let Some(schema) = param.get_mut("schema") {
            self.schema(schema, &pointer_push(at, "schema"))?;
        }
        self.content_holder(param, at)
    }

    fn response(&self, response: &mut Value, at: &str) -> Result<(), Error> {
        if let Some(Value::Object(headers)) = response.get_mut("headers") {
            let base = pointer_push(at, "headers");
            for (name, header) in headers.iter_mut() {
                self.parameter(header, &pointer_push(&base, name))?;
            }
        }
        self.content_holder(response, at)
    }

    /// Anything with a `content` map of media types.
    fn content_holder(&self, holder: &mut Value, at: &str) -> Result<(), Error> {
        let Some(Value::Object(content)) = holder.get_mut("content") else { return Ok(()) };
        let base = pointer_push(at, "content");
        for (media_type, media) in content.iter_mut() {
            let media_at = pointer_push(&base, media_type);
            if let Some(schema) = media.get_mut("schema") {
                self.schema(schema, &pointer_push(&media_at, "schema"))?;
            }
            if let Some(Value::Object(encodings)) = media.get_mut("encoding") {
                for (prop, encoding) in encodings.iter_mut() {
                    self.response(encoding, &pointer_push(&pointer_push(&media_at, "encoding"), prop))?;
                }
            }
        }
        Ok(())
    }

    fn schema(&self, schema: &mut Value, at: &str) -> Result<(), Error> {
        if let Value::Bool(accept) = *schema {
            self.only_31(at, "a boolean schema")?;
            *schema = if accept { json!({}) } else { json!({ "not": {} }) };
            return Ok(());
        }
        let Value::Object(map) = schema else { return Err(Error::new(self.file, at, "a schema must be an object")) };

        // Children first, so that null branches are already recognisable.
        for key in ["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"] {
            if let Some(Value::Object(children)) = map.get_mut(key) {
                let base = pointer_push(at, key);
                for (name, child) in children.iter_mut() {
                    self.schema(child, &pointer_push(&base, name))?;
                }
            }
        }
        for key in ["allOf", "anyOf", "oneOf", "prefixItems"] {
            if let Some(Value::Array(children)) = map.get_mut(key) {
                let base = pointer_push(at, key);
                for (i, child) in children.iter_mut().enumerate() {
                    self.schema(child, &pointer_push(&base, &i.to_string()))?;
                }
            }
        }
        for key in [
            "items",
            "additionalProperties",
            "not",
            "contains",
            "propertyNames",
            "if",
            "then",
            "else",
            "unevaluatedItems",
            "unevaluatedProperties",
        ] {
            match map.get_mut(key) {
                // `additionalProperties: true/false` is a 3.0 form too.
                Some(Value::Bool(_)) if key == "additionalProperties" => {}
                Some(child @ (Value::Object(_) | Value::Bool(_))) => {
                    self.schema(child, &pointer_push(at, key))?;
                }
                _ => {}
            }
        }

        self.recursive_ref(map, at)?;
        if map.contains_key("$ref") && map.len() > 1 {
            if self.dialect == Dialect::V31 {
                let reference = map.remove("$ref").unwrap_or_default();
                let mut all_of = vec![json!({ "$ref": reference })];
                if let Some(Value::Array(existing)) = map.remove("allOf") {
                    all_of.extend(existing);
                }
                map.insert("allOf".into(), Value::Array(all_of));
            } else {
                // OpenAPI 3.0: "This object cannot be extended with additional
                // properties and any properties added SHALL be ignored."
                map.retain(|key, _| key == "$ref");
            }
        }
        self.types(map, at)?;
        if let Some(value) = map.remove("const") {
            self.only_31(at, "`const`")?;
            map.entry("enum").or_insert_with(|| Value::Array(vec![value]));
        }
        if let Some(Value::Array(mut examples)) = map.remove("examples") {
            self.only_31(at, "`examples` in a schema")?;
            // The first is the `example` the model holds; the others ride
            // along in an extension, for the example round-trip checks.
            if !examples.is_empty() && !map.contains_key("example") {
                map.insert("example".into(), examples.remove(0));
            }
            if !examples.is_empty() {
                map.insert(EXTRA_EXAMPLES.into(), Value::Array(examples));
            }
        }
        self.exclusive_bound(map, at, "exclusiveMinimum", "minimum", |new, old| new >= old)?;
        self.exclusive_bound(map, at, "exclusiveMaximum", "maximum", |new, old| new <= old)?;
        // `contentEncoding` and `contentMediaType` are annotations (JSON
        // Schema 2020-12, section 8.3): a string says what it holds, and is
        // not checked for it (`format: byte` is the assertion, in 3.0).
        self.null_branches(map, at, "anyOf");
        self.null_branches(map, at, "oneOf");
        integer_bounds(map);
        integral_counts(map);
        if map.get("enum").and_then(Value::as_array).is_some_and(Vec::is_empty) {
            // No value is allowed: the `false` schema.
            map.clear();
            map.insert("not".into(), json!({}));
            return Ok(());
        }
        if let Some(Value::Array(_)) = map.get("items") {
            return Err(Error::new(
                self.file,
                pointer_push(at, "items"),
                "`items` as a list (draft 4 tuples) is not OpenAPI; OpenAPI 3.1 says it with `prefixItems`",
            ));
        }
        for key in UNSUPPORTED {
            if map.contains_key(*key) {
                return Err(Error::unsupported(self.file, pointer_push(at, key), format!("`{key}` is not supported by this generator")));
            }
        }
        // Keywords the `openapiv3` model has no field for, and would drop,
        // travel on as extensions.
        for (keyword, extension) in CARRIED {
            if let Some(value) = map.remove(*keyword) {
                self.only_31(&pointer_push(at, keyword), &format!("`{keyword}`"))?;
                map.insert((*extension).to_owned(), value);
            }
        }
        Ok(())
    }

    /// `$recursiveRef: "#"` (2019-09) and `$dynamicRef: "#anchor"`
    /// (2020-12) name the schema that set the anchor. Within a component,
    /// with no other schema around it, that is the component itself.
    fn recursive_ref(&self, map: &mut Map<String, Value>, at: &str) -> Result<(), Error> {
        let component = self.component.borrow();
        let target = match (map.get("$recursiveRef"), map.get("$dynamicRef"), component.as_ref()) {
            (Some(Value::String(r)), _, Some((own, _))) if r == "#" => own.clone(),
            (_, Some(Value::String(r)), Some((own, Some(anchor)))) if r.strip_prefix('#') == Some(anchor.as_str()) => own.clone(),
            (None, None, _) => return Ok(()),
            _ => {
                let key = if map.contains_key("$recursiveRef") { "$recursiveRef" } else { "$dynamicRef" };
                return Err(Error::unsupported(
                    self.file,
                    pointer_push(at, key),
                    format!("`{key}` is supported only to the enclosing component schema's own anchor"),
                ));
            }
        };
        map.remove("$recursiveRef");
        map.remove("$dynamicRef");
        map.insert("$ref".to_owned(), Value::String(target));
        Ok(())
    }

    /// `type: [T, 'null']` and `type: 'null'`.
    fn types(&self, map: &mut Map<String, Value>, at: &str) -> Result<(), Error> {
        let types: Vec<String> = match map.get("type") {
            Some(Value::Array(types)) => {
                self.only_31(&pointer_push(at, "type"), "a `type` array")?;
                types.iter().filter_map(|t| t.as_str().map(str::to_owned)).collect()
            }
            Some(Value::String(t)) if t == "null" => {
                self.only_31(&pointer_push(at, "type"), "`type: 'null'`")?;
                vec![t.clone()]
            }
            _ => return Ok(()),
        };
        map.remove("type");
        let nullable = types.iter().any(|t| t == "null");
        let others: Vec<&String> = types.iter().filter(|t| *t != "null").collect();
        if nullable {
            map.insert("nullable".into(), Value::Bool(true));
        }
        match others.as_slice() {
            [] => {
                // Only null: the one value `null`.
                map.insert("enum".into(), json!([null]));
            }
            [single] => {
                map.insert("type".into(), json!(single));
            }
            several => {
                // Each type keeps the keywords that apply to it.
                let branches = several
                    .iter()
                    .map(|t| {
                        let mut branch = Map::new();
                        branch.insert("type".into(), json!(t));
                        for key in keywords_for(t) {
                            if let Some(v) = map.get(*key) {
                                branch.insert((*key).into(), v.clone());
                            }
                        }
                        Value::Object(branch)
                    })
                    .collect();
                for t in several {
                    for key in keywords_for(t) {
                        map.remove(*key);
                    }
                }
                map.insert("anyOf".into(), Value::Array(branches));
            }
        }
        Ok(())
    }

    /// 3.1's numeric `exclusiveMinimum: n` becomes `minimum: n,
    /// exclusiveMinimum: true`, unless an inclusive `minimum` is stricter.
    fn exclusive_bound(
        &self,
        map: &mut Map<String, Value>,
        at: &str,
        exclusive: &str,
        inclusive: &str,
        stricter: fn(f64, f64) -> bool,
    ) -> Result<(), Error> {
        let Some(Value::Number(bound)) = map.get(exclusive).cloned() else { return Ok(()) };
        self.only_31(&pointer_push(at, exclusive), &format!("a numeric `{exclusive}`"))?;
        let new = bound.as_f64().unwrap_or(f64::NAN);
        let keep_inclusive = map.get(inclusive).and_then(Value::as_f64).is_some_and(|old| !stricter(new, old));
        if keep_inclusive {
            map.remove(exclusive);
        } else {
            map.insert(inclusive.into(), Value::Number(bound));
            map.insert(exclusive.into(), Value::Bool(true));
        }
        Ok(())
    }

    /// `anyOf: [X, {type: 'null'}]`, the FastAPI idiom: the null branch
    /// becomes `nullable: true`, and a single branch left is merged in.
    fn null_branches(&self, map: &mut Map<String, Value>, _at: &str, key: &str) {
        let Some(Value::Array(branches)) = map.get(key) else { return };
        if !branches.iter().any(is_null_schema) {
            return;
        }
        let mut rest: Vec<Value> = branches.iter().filter(|b| !is_null_schema(b)).cloned().collect();
        map.remove(key);
        map.insert("nullable".into(), Value::Bool(true));
        match rest.len() {
            0 => {
                map.insert("enum".into(), json!([null]));
            }
            1 => match rest.pop() {
                Some(Value::Object(branch)) if branch.contains_key("$ref") => {
                    let mut all_of = vec![Value::Object(branch)];
                    if let Some(Value::Array(existing)) = map.remove("allOf") {
                        all_of.extend(existing);
                    }
                    map.insert("allOf".into(), Value::Array(all_of));
                }
                Some(Value::Object(branch)) => {
                    for (k, v) in branch {
                        // The outer schema's annotations win; a nested
                        // `nullable: false` must not undo the null branch.
                        if k != "nullable" {
                            map.entry(k).or_insert(v);
                        }
                    }
                }
                _ => {}
            },
            _ => {
                map.insert(key.into(), Value::Array(rest));
            }
        }
    }

    fn only_31(&self, at: &str, what: &str) -> Result<(), Error> {
        match self.dialect {
            Dialect::V31 => Ok(()),
            Dialect::V30 => Err(Error::new(
                self.file,
                at,
                format!("{what} is OpenAPI 3.1 (JSON Schema 2020-12), but this document declares OpenAPI 3.0"),
            )),
        }
    }
}

/// The extension that carries a 3.1 schema's `examples` after the first
/// while the document is rewritten; [`take_keywords`] takes it out.
const EXTRA_EXAMPLES: &str = "x-oapi-axum-examples";

/// JSON Schema keywords whose meaning the generator cannot express; a
/// schema using one is refused rather than silently loosened.
const UNSUPPORTED: &[&str] = &[
    "patternProperties",
    "if",
    "then",
    "else",
    "dependentRequired",
    "dependentSchemas",
    "dependencies",
    "unevaluatedProperties",
    "unevaluatedItems",
    "contains",
    "minContains",
    "maxContains",
];

/// The extension that carries a 3.1 schema's `propertyNames`.
const PROPERTY_NAMES: &str = "x-oapi-axum-property-names";
/// The extension that carries a 3.1 schema's `prefixItems`.
const PREFIX_ITEMS: &str = "x-oapi-axum-prefix-items";

/// 3.1 keywords the generator supports but `openapiv3` has no field for,
/// and the extension each is carried in while the document is rewritten:
/// the value travels with its schema through every rewrite above (a
/// `{type: null}` branch dropped moves the other up), and only then is
/// taken out by [`take_keywords`], by where its schema ended up.
const CARRIED: &[(&str, &str)] = &[("propertyNames", PROPERTY_NAMES), ("prefixItems", PREFIX_ITEMS)];

/// What a 3.1 schema states that the `openapiv3` model has no field for.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SchemaKeywords {
    /// `examples` after the first (the first is the model's `example`).
    pub examples: Vec<Value>,
    /// `propertyNames`.
    pub property_names: Option<ReferenceOr<Schema>>,
    /// `prefixItems`.
    pub prefix_items: Option<Vec<ReferenceOr<Schema>>>,
}

/// Every schema's [`SchemaKeywords`], by the schema's JSON pointer in the
/// normalized document (which the model mirrors, and by which the IR walks
/// it), for the schemas that have any.
pub type Keywords = HashMap<String, SchemaKeywords>;

/// One step of a JSON pointer, as the walk meets it.
#[derive(Clone, Copy)]
enum Step<'v> {
    Key(&'v str),
    Index(usize),
}

/// Takes every carried keyword out of the normalized document (so that the
/// model never holds them) into a table by its schema's pointer. The steps
/// through a carried `propertyNames` or `prefixItems` are spelled as the
/// keyword, which is how the IR and the document name them; a schema inside
/// one that carries keywords of its own is taken first.
pub fn take_keywords(file: &Path, doc: &mut Value) -> Result<Keywords, Error> {
    // Found in a walk that only reads, innermost first: pointers are only
    // written for the few schemas that carry something.
    fn found<'v>(value: &'v Value, steps: &mut Vec<Step<'v>>, out: &mut Vec<(String, String)>) {
        match value {
            Value::Object(map) => {
                for (key, child) in map {
                    if key != EXTRA_EXAMPLES {
                        steps.push(Step::Key(key));
                        found(child, steps, out);
                        steps.pop();
                    }
                }
                if map.contains_key(EXTRA_EXAMPLES) || CARRIED.iter().any(|(_, extension)| map.contains_key(*extension)) {
                    out.push((pointer(steps, false), pointer(steps, true)));
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    steps.push(Step::Index(i));
                    found(child, steps, out);
                    steps.pop();
                }
            }
            _ => {}
        }
    }
    fn pointer(steps: &[Step<'_>], as_written: bool) -> String {
        steps.iter().fold(String::new(), |at, step| match step {
            Step::Key(key) => {
                let key = CARRIED.iter().find(|(_, extension)| extension == key && as_written).map_or(*key, |(keyword, _)| *keyword);
                pointer_push(&at, key)
            }
            Step::Index(i) => pointer_push(&at, &i.to_string()),
        })
    }
    let mut places = Vec::new();
    found(doc, &mut Vec::new(), &mut places);
    let mut keywords = Keywords::with_capacity(places.len());
    for (place, at) in places {
        let Some(Value::Object(map)) = doc.pointer_mut(&place) else { continue };
        let mut taken = SchemaKeywords::default();
        if let Some(Value::Array(examples)) = map.remove(EXTRA_EXAMPLES) {
            taken.examples = examples;
        }
        if let Some(names) = map.remove(PROPERTY_NAMES) {
            let names_at = pointer_push(&at, "propertyNames");
            taken.property_names =
                Some(serde_json::from_value(names).map_err(|e| Error::new(file, names_at, format!("not a schema: {e}")))?);
        }
        if let Some(prefix) = map.remove(PREFIX_ITEMS) {
            let prefix_at = pointer_push(&at, "prefixItems");
            taken.prefix_items =
                Some(serde_json::from_value(prefix).map_err(|e| Error::new(file, prefix_at, format!("not a list of schemas: {e}")))?);
        }
        keywords.insert(at, taken);
    }
    Ok(keywords)
}

/// A schema that only admits `null`, after normalization.
fn is_null_schema(schema: &Value) -> bool {
    let Some(map) = schema.as_object() else { return false };
    map.get("enum") == Some(&json!([null])) && map.keys().all(|k| matches!(k.as_str(), "enum" | "nullable" | "title" | "description"))
}

fn keywords_for(t: &str) -> &'static [&'static str] {
    match t {
        "string" => &["minLength", "maxLength", "pattern", "format", "contentEncoding", "contentMediaType"],
        "number" | "integer" => &["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "format"],
        "array" => &["items", "prefixItems", "minItems", "maxItems", "uniqueItems", "contains"],
        "object" => {
            &["properties", "required", "additionalProperties", "patternProperties", "minProperties", "maxProperties", "propertyNames"]
        }
        _ => &[],
    }
}

/// Integer bounds written as floats (`1e3`, or a YAML number too large for
/// i64) become integers, saturating at the ends of i64.
fn integer_bounds(map: &mut Map<String, Value>) {
    if map.get("type").and_then(Value::as_str) != Some("integer") {
        return;
    }
    for key in ["minimum", "maximum", "multipleOf"] {
        let Some(Value::Number(n)) = map.get(key) else { continue };
        if n.is_i64() || n.is_u64() {
            continue;
        }
        let Some(f) = n.as_f64() else { continue };
        if f.fract() == 0.0 {
            // `as` saturates for floats outside i64, which is the intent.
            #[expect(clippy::cast_possible_truncation, reason = "integral, saturating on purpose")]
            let i = f as i64;
            map.insert(key.into(), json!(i));
        }
    }
}

/// Counts written as integral floats (`minLength: 2.0`) become integers.
fn integral_counts(map: &mut Map<String, Value>) {
    for key in ["minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties"] {
        if let Some(Value::Number(n)) = map.get(key)
            && !n.is_u64()
            && let Some(f) = n.as_f64()
            && f.fract() == 0.0
            && f >= 0.0
        {
            #[expect(clippy::cast_possible_truncation, clippy::cast_sign_loss, reason = "integral and not negative")]
            let count = f as u64;
            map.insert(key.into(), json!(count));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm31(mut v: Value) -> Value {
        let mut doc = json!({ "components": { "schemas": { "S": v.take() } } });
        document(Path::new("t.json"), Dialect::V31, &mut doc).unwrap();
        doc["components"]["schemas"]["S"].take()
    }

    #[test]
    fn type_array_with_null_becomes_nullable() {
        assert_eq!(
            norm31(json!({"type": ["string", "null"], "maxLength": 3})),
            json!({"type": "string", "nullable": true, "maxLength": 3})
        );
    }

    #[test]
    fn several_types_become_any_of_with_their_keywords() {
        assert_eq!(
            norm31(json!({"type": ["string", "integer"], "maxLength": 3, "minimum": 1})),
            json!({"anyOf": [{"type": "string", "maxLength": 3}, {"type": "integer", "minimum": 1}]})
        );
    }

    #[test]
    fn fastapi_any_of_null_becomes_nullable() {
        assert_eq!(
            norm31(json!({"anyOf": [{"type": "string", "format": "email"}, {"type": "null"}], "title": "E"})),
            json!({"title": "E", "nullable": true, "type": "string", "format": "email"})
        );
        assert_eq!(
            norm31(json!({"anyOf": [{"$ref": "#/components/schemas/T"}, {"type": "null"}]})),
            json!({"nullable": true, "allOf": [{"$ref": "#/components/schemas/T"}]})
        );
    }

    #[test]
    fn numeric_exclusive_bounds_become_boolean_form() {
        assert_eq!(
            norm31(json!({"type": "number", "exclusiveMinimum": 0.0})),
            json!({"type": "number", "minimum": 0.0, "exclusiveMinimum": true})
        );
        // An inclusive minimum that is stricter wins.
        assert_eq!(norm31(json!({"type": "integer", "exclusiveMinimum": 0, "minimum": 5})), json!({"type": "integer", "minimum": 5}));
    }

    #[test]
    fn const_examples_and_ref_siblings() {
        assert_eq!(norm31(json!({"const": "a"})), json!({"enum": ["a"]}));
        assert_eq!(
            norm31(json!({"type": "string", "examples": ["x", "y"]})),
            json!({"type": "string", "example": "x", "x-oapi-axum-examples": ["y"]})
        );
        assert_eq!(
            norm31(json!({"$ref": "#/components/schemas/T", "description": "d"})),
            json!({"description": "d", "allOf": [{"$ref": "#/components/schemas/T"}]})
        );
        assert_eq!(norm31(json!(true)), json!({}));
    }

    #[test]
    fn nested_schemas_are_normalized() {
        assert_eq!(
            norm31(json!({"type": "object", "properties": {"a": {"type": ["integer", "null"]}}})),
            json!({"type": "object", "properties": {"a": {"type": "integer", "nullable": true}}})
        );
    }

    #[test]
    fn out_of_range_integer_bounds_saturate() {
        assert_eq!(norm31(json!({"type": "integer", "minimum": -9.223372036854776e18})), json!({"type": "integer", "minimum": i64::MIN}));
    }

    #[test]
    fn recursive_refs_name_their_component() {
        let mut doc = json!({ "components": { "schemas": { "Filter": {
            "$recursiveAnchor": true, "type": "object",
            "properties": { "filters": { "type": "array", "items": { "$recursiveRef": "#" } } }
        } } } });
        document(Path::new("t.json"), Dialect::V31, &mut doc).unwrap();
        assert_eq!(
            doc["components"]["schemas"]["Filter"]["properties"]["filters"]["items"],
            json!({"$ref": "#/components/schemas/Filter"})
        );
    }

    #[test]
    fn carried_keywords_become_extensions() {
        assert_eq!(
            norm31(json!({"type": "object", "propertyNames": {"format": "uuid"}})),
            json!({"type": "object", "x-oapi-axum-property-names": {"format": "uuid"}})
        );
    }

    #[test]
    fn carried_keywords_are_taken_out_by_where_their_schema_ended_up() {
        let mut doc = json!({ "components": { "schemas": {
            // The `null` branch goes; the object moves up to the property.
            "S": {"type": "object", "properties": {"m": {"anyOf": [
                {"type": "object", "propertyNames": {"format": "uuid", "examples": ["a", "b"]}},
                {"type": "null"},
            ]}}},
            "T": {"type": "array", "prefixItems": [{"type": "string", "examples": ["x", "y", "z"]}], "minItems": 1, "maxItems": 1},
        } } });
        document(Path::new("t.json"), Dialect::V31, &mut doc).unwrap();
        let keywords = take_keywords(Path::new("t.json"), &mut doc).unwrap();
        assert!(!doc.to_string().contains("x-oapi-axum"), "{doc}");
        let names = keywords["/components/schemas/S/properties/m"].property_names.as_ref().expect("propertyNames");
        assert!(matches!(names, ReferenceOr::Item(s) if s.schema_data.example == Some(json!("a"))));
        assert_eq!(keywords["/components/schemas/S/properties/m/propertyNames"].examples, vec![json!("b")]);
        assert_eq!(keywords["/components/schemas/T"].prefix_items.as_ref().map(Vec::len), Some(1));
        assert_eq!(keywords["/components/schemas/T/prefixItems/0"].examples, vec![json!("y"), json!("z")]);
        assert_eq!(keywords.len(), 4);
    }

    #[test]
    fn a_carried_keyword_that_is_no_schema_is_an_error_at_it() {
        let mut doc = json!({ "components": { "schemas": { "S": {"type": "object", "propertyNames": 7} } } });
        document(Path::new("t.json"), Dialect::V31, &mut doc).unwrap();
        let e = take_keywords(Path::new("t.json"), &mut doc).unwrap_err();
        assert_eq!(e.pointer, "/components/schemas/S/propertyNames");
        assert!(e.message.contains("not a schema"), "{e}");
    }

    #[test]
    fn unsupported_keywords_are_errors() {
        let mut doc = json!({ "components": { "schemas": { "S": {"type": "object", "patternProperties": {"^a": {}}} } } });
        let e = document(Path::new("t.yaml"), Dialect::V31, &mut doc).unwrap_err();
        assert_eq!(e.pointer, "/components/schemas/S/patternProperties");
        assert!(e.message.contains("not supported"), "{e}");
    }

    #[test]
    fn a_3_1_form_in_a_3_0_document_is_an_error() {
        let mut doc = json!({ "components": { "schemas": { "S": {"type": ["string", "null"]} } } });
        let e = document(Path::new("t.yaml"), Dialect::V30, &mut doc).unwrap_err();
        assert_eq!(e.pointer, "/components/schemas/S/type");
        assert!(e.message.contains("3.1"), "{e}");
    }
}
