//! Fast emitter tests, as dropshot's are: a small document in, one emitted
//! item out, pinned by a reviewed snapshot (`snapshots/`). Each names the
//! choice of the emitter it shows; the fixtures in `fixtures/` check whole
//! crates and compile them.

use std::path::Path;

use oapi_axum::ir::{Options, build_with};
use oapi_axum::{CrateOptions, RuntimeDependency};
use serde_json::{Value, json};

/// The document with `schemas` as its components and `paths` as its paths.
fn document(schemas: Value, paths: Value) -> Value {
    json!({
        "openapi": "3.1.0",
        "info": {"title": "Items", "version": "1"},
        "paths": paths,
        "components": {"schemas": schemas},
    })
}

/// The text of `file` (`src/models.rs`, ...) emitted for `document`.
fn emitted(document: Value, file: &str) -> String {
    let path = Path::new("items.json");
    let loaded = oapi_axum::load::load_value(path, document).expect("the document loads");
    let api = build_with(&loaded, &Options::default()).expect("the document builds");
    let options = CrateOptions {
        crate_name: "items".to_owned(),
        crate_version: "0.0.0".to_owned(),
        spec: "items.json".to_owned(),
        runtime: RuntimeDependency::Path("../runtime".to_owned()),
        regenerate: "test".to_owned(),
        standalone: true,
    };
    let files = oapi_axum::emit::crate_files(&api, &options, path).expect("the crate is emitted").files;
    let text = files.into_iter().find(|f| f.path == Path::new(file)).expect("the file is emitted").contents;
    syn::parse_file(&text).expect("the emitted file parses");
    text
}

/// The top-level items of `file` named `name` (a struct, enum or module,
/// and the impls for it), as they are printed in it, with their docs.
fn items(document: Value, file: &str, name: &str) -> String {
    let text = emitted(document, file);
    let lines: Vec<&str> = text.lines().collect();
    let heads = [
        format!("pub struct {name} "),
        format!("pub enum {name} "),
        format!("pub mod {name} "),
        format!("impl {name} "),
        format!(" for {name} {{"),
    ];
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let declares = !lines[i].starts_with(' ') && heads.iter().any(|head| format!("{} ", lines[i]).contains(head.as_str()));
        if !declares {
            i += 1;
            continue;
        }
        let mut start = i;
        while start > 0 && (lines[start - 1].starts_with("///") || lines[start - 1].starts_with("#[")) {
            start -= 1;
        }
        let end = (i..lines.len()).find(|&j| lines[j] == "}").expect("the item ends");
        out.push(lines[start..=end].join("\n"));
        i = end + 1;
    }
    assert!(!out.is_empty(), "no item {name} in {file}");
    out.join("\n\n")
}

/// Required, optional, nullable and both: `T`, `Option<T>` refusing `null`
/// (one `serde` attribute), `Option<T>` that must be sent, `Maybe<T>`.
#[test]
fn presence_and_nullability_of_fields() {
    let schemas = json!({"Pet": {
        "type": "object",
        "required": ["name", "owner"],
        "properties": {
            "name": {"type": "string", "description": "What it answers to."},
            "owner": {"type": ["string", "null"]},
            "age": {"type": "integer", "format": "int32"},
            "nickname": {"type": ["string", "null"]},
        },
    }});
    insta::assert_snapshot!(items(document(schemas, json!({})), "src/models.rs", "Pet"));
}

/// A string enum: the casing rule most values follow, a `rename` for the
/// rest, `as_str` and `Display`.
#[test]
fn string_enums() {
    let schemas = json!({"Status": {"type": "string", "enum": ["in_stock", "sold_out", "BACK-ORDER"]}});
    insta::assert_snapshot!(items(document(schemas, json!({})), "src/models.rs", "Status"));
}

/// Checks of optional text and numbers take the `Option` or `Maybe` as it
/// is; an item of a list is checked at its index.
#[test]
fn checks_of_optional_values_and_items() {
    let schemas = json!({"Pet": {
        "type": "object",
        "required": ["tags"],
        "properties": {
            "name": {"type": "string", "maxLength": 20},
            "weight": {"type": ["number", "null"], "minimum": 0},
            "tags": {"type": "array", "maxItems": 5, "items": {"type": "string", "minLength": 1}},
        },
    }});
    insta::assert_snapshot!(items(document(schemas, json!({})), "src/validation.rs", "Pet"));
}

/// An operation's module: its description, its request (path and body,
/// checked) and its response (one variant per declared status).
#[test]
fn an_operation_module() {
    let schemas = json!({"Pet": {"type": "object", "properties": {"name": {"type": "string"}}}});
    let paths = json!({"/pets/{id}": {"put": {
        "operationId": "replacePet",
        "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}],
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}},
        "responses": {
            "200": {"description": "Replaced.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}},
            "404": {"description": "No such pet."},
        },
    }}});
    insta::assert_snapshot!(items(document(schemas, paths), "src/server.rs", "replace_pet"));
}
