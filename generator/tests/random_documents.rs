//! Random OpenAPI documents through all three stages (load, IR, emit):
//! the generator never panics; a document it refuses gets an error naming
//! the file and a JSON pointer; one it accepts becomes files whose Rust
//! parses (`syn`). The documents are built from the keywords real ones use,
//! mixed at random: component schemas referring to each other (cycles
//! included), properties, `required`, `nullable`, enums, formats,
//! constraints, `allOf`/`oneOf`/`anyOf` with and without discriminators,
//! `not`, maps, arrays, and operations with parameters, bodies and
//! responses in several media types.
//!
//! `RANDOM_DOCUMENTS_TRACE=<file>` writes each document to `<file>` before
//! it is tried, for failures proptest cannot report (a stack overflow, as
//! `tests/malformed/all-of-contains-itself.yaml` once was).

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;

use oapi_axum::{CrateOptions, RuntimeDependency};
use proptest::prelude::*;
use serde_json::{Map, Value, json};

const NAMES: &[&str] = &["Org", "Member", "Role", "org_id", "Type", "self", "Über", "a-b", "A_B", "value"];

fn name() -> impl Strategy<Value = String> {
    prop::sample::select(NAMES).prop_map(str::to_owned)
}

fn scalar() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(json!({"type": "string"})),
        Just(json!({"type": "string", "format": "uuid"})),
        Just(json!({"type": "string", "format": "date-time"})),
        Just(json!({"type": "string", "format": "email"})),
        Just(json!({"type": "string", "format": "binary"})),
        Just(json!({"type": "string", "minLength": 1, "maxLength": 3, "pattern": "^[a-z]+$"})),
        Just(json!({"type": "string", "enum": ["a", "B", "a-b", "1"]})),
        Just(json!({"type": "integer", "minimum": 0, "maximum": 10, "format": "int32"})),
        Just(json!({"type": "integer", "exclusiveMinimum": true, "minimum": 0})),
        Just(json!({"type": "number", "multipleOf": 0.5})),
        Just(json!({"type": "boolean"})),
        Just(json!({"type": "string", "nullable": true})),
        Just(json!({"enum": [1, "x", null]})),
        Just(json!({})),
        Just(json!({"type": "string", "default": "x"})),
        Just(json!({"type": "integer", "default": 99, "maximum": 3})),
    ]
}

/// A schema: scalars at the leaves, references to the components `C0`..`C3`.
fn schema() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![scalar(), (0..4usize).prop_map(|i| json!({"$ref": format!("#/components/schemas/C{i}")}))];
    leaf.prop_recursive(4, 24, 4, |inner| {
        prop_oneof![
            (prop::collection::btree_map(name(), inner.clone(), 0..4), prop::collection::vec(name(), 0..3), any::<bool>()).prop_map(
                |(properties, required, closed)| {
                    let mut schema = json!({"type": "object", "properties": properties, "required": required});
                    if closed {
                        schema["additionalProperties"] = json!(false);
                    }
                    schema
                }
            ),
            inner.clone().prop_map(|items| json!({"type": "array", "items": items, "maxItems": 4, "uniqueItems": true})),
            inner.clone().prop_map(|values| json!({"type": "object", "additionalProperties": values})),
            prop::collection::vec(inner.clone(), 1..4).prop_map(|parts| json!({"allOf": parts})),
            prop::collection::vec(inner.clone(), 1..4).prop_map(|branches| json!({"oneOf": branches})),
            prop::collection::vec(inner.clone(), 1..4).prop_map(|branches| json!({"anyOf": branches, "nullable": true})),
            // `not` of what the run-time matcher knows (others are refused,
            // as documented, and would only crowd out the rest).
            prop::sample::select(vec![
                json!({"not": {"type": "string"}}),
                json!({"not": {"enum": [1, "x"]}}),
                json!({"not": {"type": "object", "required": ["a"]}}),
            ]),
            (prop::collection::vec(inner.clone(), 1..3), name())
                .prop_map(|(branches, tag)| { json!({"oneOf": branches, "discriminator": {"propertyName": tag}}) }),
        ]
    })
}

fn operation() -> impl Strategy<Value = Value> {
    let media = prop::sample::select(&["application/json", "application/x-www-form-urlencoded", "multipart/form-data", "text/plain"][..]);
    let location = prop::sample::select(&["query", "header", "cookie"][..]);
    (
        prop::collection::vec((name(), location, scalar(), any::<bool>()), 0..3),
        prop::option::of((media, schema(), any::<bool>())),
        prop::collection::btree_map(prop::sample::select(&["200", "201", "204", "4XX", "default"][..]), schema(), 1..3),
        any::<bool>(),
    )
        .prop_map(|(parameters, body, responses, open)| {
            let parameters: Vec<Value> = parameters
                .into_iter()
                .map(|(name, location, schema, required)| json!({"name": name, "in": location, "required": required, "schema": schema}))
                .chain(std::iter::once(json!({"name": "id", "in": "path", "required": true, "schema": {"type": "string"}})))
                .collect();
            let responses: Map<String, Value> = responses
                .into_iter()
                .map(|(status, schema)| {
                    (status.to_owned(), json!({"description": "d", "content": {"application/json": {"schema": schema}}}))
                })
                .collect();
            let mut operation = json!({"parameters": parameters, "responses": responses});
            if let Some((media, schema, required)) = body {
                operation["requestBody"] = json!({"required": required, "content": {media: {"schema": schema}}});
            }
            if open {
                operation["security"] = json!([]);
            }
            operation
        })
}

fn document() -> impl Strategy<Value = Value> {
    (prop::collection::vec(schema(), 4), prop::collection::vec(operation(), 1..4), any::<bool>()).prop_map(|(schemas, operations, v31)| {
        let components: Map<String, Value> = schemas.into_iter().enumerate().map(|(i, schema)| (format!("C{i}"), schema)).collect();
        let mut paths = Map::new();
        for (i, operation) in operations.into_iter().enumerate() {
            let method = ["get", "post", "put", "patch", "delete"][i % 5];
            paths.insert(format!("/things{i}/{{id}}"), json!({ method: operation }));
        }
        json!({
            "openapi": if v31 { "3.1.0" } else { "3.0.3" },
            "info": {"title": "Random", "version": "1"},
            "security": [{"key": []}],
            "paths": paths,
            "components": {
                "schemas": components,
                "securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "X-Key"}},
            },
        })
    })
}

fn options() -> CrateOptions {
    CrateOptions {
        crate_name: "random".into(),
        crate_version: "0.1.0".into(),
        spec: "random.json".into(),
        runtime: RuntimeDependency::Version("0.1.0".into()),
        regenerate: "regenerate".into(),
        standalone: true,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_document_is_generated_or_refused_with_a_pointer(document in document()) {
        let path = Path::new("random.json");
        let text = document.to_string();
        // A stack overflow aborts before proptest can report: with this set,
        // the document being tried is always on disk.
        if let Some(trace) = std::env::var_os("RANDOM_DOCUMENTS_TRACE") {
            std::fs::write(trace, &text).ok();
        }
        let outcome = catch_unwind(AssertUnwindSafe(|| {
            let loaded = oapi_axum::load::load_value(path, document)?;
            let api = oapi_axum::ir::build(&loaded)?;
            oapi_axum::emit::crate_files(&api, &options(), path).map(|emitted| emitted.files)
        }));
        match outcome {
            Err(_) => prop_assert!(false, "the generator panicked on {text}"),
            Ok(Err(error)) => {
                prop_assert_eq!(&error.file, path, "{}", text);
                prop_assert!(error.to_string().starts_with("random.json"), "{} for {}", error, text);
                prop_assert!(!error.message.is_empty());
            }
            Ok(Ok(files)) => {
                for file in files.iter().filter(|f| f.path.extension().is_some_and(|e| e == "rs")) {
                    let parsed = syn::parse_file(&file.contents);
                    prop_assert!(parsed.is_ok(), "{} does not parse: {:?}\n{}", file.path.display(), parsed.err(), text);
                }
            }
        }
    }
}

/// The documents are not all refused: enough reach the emitter for the
/// property above to say something about it.
#[test]
fn most_random_documents_reach_the_emitter() {
    use proptest::strategy::ValueTree;
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let path = Path::new("random.json");
    let (mut accepted, total) = (0, 200);
    for _ in 0..total {
        let document = document().new_tree(&mut runner).expect("a document").current();
        let built = oapi_axum::load::load_value(path, document).and_then(|loaded| oapi_axum::ir::build(&loaded));
        accepted += usize::from(built.is_ok());
    }
    println!("{accepted} of {total} random documents accepted");
    assert!(accepted * 2 >= total, "only {accepted} of {total} random documents were accepted");
}
