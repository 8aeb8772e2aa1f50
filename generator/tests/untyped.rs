//! The two readings of a schema without `type` ([`Untyped`]).

use oapi_axum::ir::{Api, Options, ShapeKind, TypeKind, Untyped, build_with};
use serde_json::json;

fn build(untyped: Untyped) -> Api {
    let document = json!({
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {"schemas": {
            "Loose": {"properties": {"name": {"type": "string"}}, "required": ["name"]},
            "List": {"items": {"type": "integer"}},
            "Typed": {"type": "object", "properties": {"name": {"type": "string"}}},
        }},
    });
    let document = oapi_axum::load::load_value(std::path::Path::new("untyped.json"), document).expect("loads");
    build_with(&document, &Options { untyped, ..Options::default() }).expect("builds")
}

fn kind<'a>(api: &'a Api, name: &str) -> &'a TypeKind {
    &api.types.iter().find(|t| t.name.raw() == name).unwrap_or_else(|| panic!("no type {name}")).kind
}

#[test]
fn implied_reads_the_type_the_keywords_describe() {
    let api = build(Untyped::Implied);
    assert!(matches!(kind(&api, "Loose"), TypeKind::Struct(_)));
    assert!(matches!(kind(&api, "List"), TypeKind::Alias(shape) if matches!(shape.kind, ShapeKind::Array(_))));
}

#[test]
fn any_value_admits_every_other_json_type() {
    let api = build(Untyped::AnyValue);
    for (name, json_type) in [("Loose", "object"), ("List", "array")] {
        let TypeKind::Union(union) = kind(&api, name) else { panic!("{name} is not a union") };
        assert!(!union.exclusive);
        let [typed, other] = union.variants.as_slice() else { panic!("{name} has {} variants", union.variants.len()) };
        assert_eq!(typed.name.raw(), json_type);
        assert_eq!(other.shape.kind, ShapeKind::Any);
        assert_eq!(other.shape.constraints.not, Some(Box::new(json!({"type": json_type}))));
    }
    // A `type` says what the value is, in either reading.
    assert!(matches!(kind(&api, "Typed"), TypeKind::Struct(_)));
}
