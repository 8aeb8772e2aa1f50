//! Issue 7: `writeOnly` properties (passwords) never appear in a response.
//!
//! For each of the four documents: every type a response body can hold
//! (followed through fields, items, map values, union variants, aliases and
//! newtypes, to any depth; cycles visited once), every `writeOnly` property
//! among them, and the model the generator emits for it: the field must be
//! `#[serde(skip_serializing)]`, whatever else it is (read-only, nullable,
//! with a default). Across the four documents there is at least one such
//! property (ZenML's `UserRead.password`), so the test has something to
//! check; a small document then proves the walk finds a property hidden
//! behind every kind of indirection.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use heck::ToUpperCamelCase;
use oapi_axum::ir::{Additional, Api, Shape, ShapeKind, TypeId, TypeKind};
use oapi_axum::{CrateOptions, RuntimeDependency};
use proc_macro2::TokenTree;

/// The named types `shape` holds directly or through arrays, maps and tuples.
fn named_in(shape: &Shape, out: &mut Vec<TypeId>) {
    match &shape.kind {
        ShapeKind::Named(id) => out.push(*id),
        ShapeKind::Array(items) => named_in(items, out),
        ShapeKind::Map { keys, values } => {
            named_in(keys, out);
            named_in(values, out);
        }
        ShapeKind::Tuple(items) => items.iter().for_each(|item| named_in(item, out)),
        ShapeKind::String(_) | ShapeKind::Integer(_) | ShapeKind::Number(_) | ShapeKind::Boolean | ShapeKind::Any | ShapeKind::Null => {}
    }
}

/// Every type some response body of some operation can hold.
fn in_responses(api: &Api) -> BTreeSet<TypeId> {
    let mut pending = Vec::new();
    for op in &api.operations {
        for content in op.responses.iter().flat_map(|r| &r.content) {
            if let Some(shape) = &content.shape {
                named_in(shape, &mut pending);
            }
        }
        // Response headers are written from values too.
        for header in op.responses.iter().flat_map(|r| &r.headers) {
            named_in(&header.shape, &mut pending);
        }
    }
    let mut seen = BTreeSet::new();
    while let Some(id) = pending.pop() {
        if !seen.insert(id) {
            continue;
        }
        match &api.get(id).kind {
            TypeKind::Struct(s) => {
                s.fields.iter().for_each(|f| named_in(&f.shape, &mut pending));
                if let Additional::Map(values) = &s.additional {
                    named_in(values, &mut pending);
                }
            }
            TypeKind::Union(u) => {
                u.variants.iter().for_each(|v| named_in(&v.shape, &mut pending));
                if let Some(discriminator) = &u.discriminator {
                    pending.extend(discriminator.mapping.iter().map(|(_, id)| *id));
                }
            }
            TypeKind::Alias(shape) | TypeKind::Newtype(shape) => named_in(shape, &mut pending),
            TypeKind::Enum(_) | TypeKind::Never | TypeKind::LeftOut => {}
        }
    }
    seen
}

/// The `models.rs` the generator emits for `api`, parsed.
fn models(api: &Api, spec: &Path) -> syn::File {
    let options = CrateOptions {
        crate_name: "write-only-check".to_owned(),
        crate_version: "0.0.0".to_owned(),
        spec: spec.display().to_string(),
        runtime: RuntimeDependency::Path("../../runtime".to_owned()),
        regenerate: "(a test)".to_owned(),
        standalone: false,
    };
    let files = oapi_axum::emit::crate_files(api, &options, spec).expect("the crate is emitted").files;
    let models = files.iter().find(|f| f.path == Path::new("src/models.rs")).expect("a models.rs");
    syn::parse_file(&models.contents).expect("the models parse")
}

/// Whether a field's `#[serde(...)]` attributes say `skip_serializing` or
/// `skip` (not `skip_serializing_if`, which writes the value when it is set).
fn skips_serializing(field: &syn::Field) -> bool {
    field.attrs.iter().any(|attr| match &attr.meta {
        syn::Meta::List(list) if list.path.is_ident("serde") => list
            .tokens
            .clone()
            .into_iter()
            .any(|token| matches!(token, TokenTree::Ident(ident) if ident == "skip_serializing" || ident == "skip")),
        _ => false,
    })
}

/// One `writeOnly` property of a type a response holds.
#[derive(Debug)]
struct WriteOnly {
    owner: String,
    property: String,
    skipped: bool,
}

/// Every `writeOnly` property of every type a response of `api` holds, and
/// whether the emitted model skips it when serializing.
fn write_only_in_responses(api: &Api, spec: &Path) -> Vec<WriteOnly> {
    let models = models(api, spec);
    let mut found = Vec::new();
    for id in in_responses(api) {
        let def = api.get(id);
        let TypeKind::Struct(s) = &def.kind else { continue };
        for field in s.fields.iter().filter(|f| f.write_only) {
            let struct_name = def.name.key().to_upper_camel_case();
            let item = models.items.iter().find_map(|item| match item {
                syn::Item::Struct(item) if item.ident == struct_name => Some(item),
                _ => None,
            });
            let item = item.unwrap_or_else(|| panic!("{}: no struct {struct_name} in the models", spec.display()));
            // The property's words in snake case (a number only when
            // another property has the same words, which none of these do).
            let key = field.name.key();
            let emitted = item.fields.iter().find(|f| f.ident.as_ref().is_some_and(|i| *i == key || *i == format!("{key}_")));
            let emitted = emitted.unwrap_or_else(|| panic!("{}: {struct_name} has no field {key}", spec.display()));
            found.push(WriteOnly {
                owner: def.name.raw().to_owned(),
                property: field.name.raw().to_owned(),
                skipped: skips_serializing(emitted),
            });
        }
    }
    found
}

fn spec(file: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs").join(file)
}

#[test]
fn write_only_properties_of_the_four_documents_are_never_serialized() {
    let mut all = Vec::new();
    for file in ["langsmith.yaml", "logto.yaml", "trieve.yaml", "zenml.yaml"] {
        let path = spec(file);
        let document = oapi_axum::load::load_file(&path).unwrap_or_else(|e| panic!("{file} loads: {e}"));
        let api = oapi_axum::ir::build(&document).unwrap_or_else(|e| panic!("{file} builds: {e}"));
        assert!(!in_responses(&api).is_empty(), "{file}: some response holds a named type");
        for found in write_only_in_responses(&api, &path) {
            assert!(found.skipped, "{file}: {}.{} is writeOnly but serialized into responses", found.owner, found.property);
            all.push((file, found));
        }
    }
    // ZenML's `UserRead.password` at least (the owner in every
    // `OrganizationRead`): without one, this test would check nothing.
    assert!(
        all.iter().any(|(file, w)| *file == "zenml.yaml" && w.owner == "UserRead" && w.property == "password"),
        "no writeOnly property found in any response type: {all:?}"
    );
}

/// A `writeOnly` property reached only through an alias, an array, a union
/// variant, a map value and a recursive reference is found, and skipped;
/// one in a type only requests hold is not counted.
#[test]
fn the_walk_reaches_write_only_properties_behind_every_indirection() {
    let document = serde_json::json!({
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {"/things": {
            "get": {"responses": {"200": {"description": "ok", "content": {"application/json": {
                "schema": {"$ref": "#/components/schemas/Page"}
            }}}}},
            "post": {
                "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Login"}}}},
                "responses": {"204": {"description": "done"}}
            }
        }},
        "components": {"schemas": {
            "Page": {"type": "array", "items": {"$ref": "#/components/schemas/Entry"}},
            "Entry": {"oneOf": [{"$ref": "#/components/schemas/Folder"}, {"type": "string"}]},
            "Folder": {"type": "object", "properties": {
                "children": {"type": "array", "items": {"$ref": "#/components/schemas/Entry"}},
                "owners": {"type": "object", "additionalProperties": {"$ref": "#/components/schemas/Account"}}
            }},
            "Account": {"type": "object", "required": ["secret"], "properties": {
                "name": {"type": "string"},
                "secret": {"type": "string", "writeOnly": true},
                "pin": {"type": ["integer", "null"], "writeOnly": true, "default": 0}
            }},
            "Login": {"type": "object", "properties": {"password": {"type": "string", "writeOnly": true}}}
        }},
    });
    let path = Path::new("indirection.json");
    let document = oapi_axum::load::load_value(path, document).expect("loads");
    let api = oapi_axum::ir::build(&document).expect("builds");
    let found = write_only_in_responses(&api, path);
    let names: BTreeSet<(&str, &str)> = found.iter().map(|w| (w.owner.as_str(), w.property.as_str())).collect();
    assert_eq!(names, BTreeSet::from([("Account", "secret"), ("Account", "pin")]), "{found:?}");
    assert!(found.iter().all(|w| w.skipped), "{found:?}");
}

/// Found by the walk above, and fixed: a property both `readOnly` and
/// `writeOnly` (JSON Schema and OpenAPI 3.1 allow it; 3.0 forbids it) was
/// emitted as read-only only, `#[serde(default, skip_deserializing,
/// skip_serializing_if = "Option::is_none")]`, so a value an implementation
/// set was written into responses (`emit/models.rs` returned from its
/// `read_only` branch before it looked at `write_only`). Now `skip`.
#[test]
fn a_property_both_read_only_and_write_only_is_never_serialized() {
    let document = serde_json::json!({
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {"/me": {"get": {"responses": {"200": {"description": "ok", "content": {"application/json": {
            "schema": {"$ref": "#/components/schemas/Me"}
        }}}}}}},
        "components": {"schemas": {
            "Me": {"type": "object", "properties": {"token": {"type": "string", "readOnly": true, "writeOnly": true}}}
        }},
    });
    let path = Path::new("read-and-write-only.json");
    let document = oapi_axum::load::load_value(path, document).expect("loads");
    let api = oapi_axum::ir::build(&document).expect("builds");
    let found = write_only_in_responses(&api, path);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].skipped, "Me.token is serialized into responses: {found:?}");
}
