//! The parameters an operation reads from one location are one type; two
//! operations whose parameters there are the same (names, schemas, docs)
//! share it, and its doc comment names every operation that reads it. A
//! shared type is named after its parameters (up to three path parameters,
//! one elsewhere) when that name is free, else after its first reader.

use oapi_axum::ir::{Api, ParameterLocation, build};
use serde_json::json;

fn api() -> Api {
    let id = json!({"name": "id", "in": "path", "required": true, "schema": {"type": "string", "maxLength": 40}});
    let expand = json!({"name": "expand", "in": "query", "description": "Fields to expand.", "schema": {"type": "array", "items": {"type": "string"}}});
    let ok = json!({"200": {"description": "done"}});
    let page = json!({"name": "page", "in": "query", "schema": {"type": "integer"}});
    let size = json!({"name": "size", "in": "query", "schema": {"type": "integer"}});
    let long_id = json!({"name": "id", "in": "path", "required": true, "schema": {"type": "string", "maxLength": 41}});
    let document = json!({
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/items/{id}": {
                "get": {"operationId": "getItem", "parameters": [id, expand], "responses": ok},
                "delete": {"operationId": "deleteItem", "parameters": [id], "responses": ok},
            },
            "/boxes/{id}": {
                "get": {"operationId": "getBox", "parameters": [id, expand], "responses": ok},
                // The same name, another constraint: a type of its own.
                "delete": {"operationId": "deleteBox", "parameters": [long_id], "responses": ok},
            },
            "/cards/{id}": {
                // Shared with `deleteBox`, but `IdPath` is taken.
                "delete": {"operationId": "deleteCard", "parameters": [long_id], "responses": ok},
            },
            "/pages": {
                "get": {"operationId": "getPages", "parameters": [page, size], "responses": ok},
                "post": {"operationId": "postPages", "parameters": [page, size], "responses": ok},
            },
            "/lists": {
                // The same parameter name in another location.
                "get": {"operationId": "getLists", "parameters": [{"name": "id", "in": "query", "schema": {"type": "string", "maxLength": 40}}], "responses": ok},
            },
        },
    });
    let document = oapi_axum::load::load_value(std::path::Path::new("parameters.json"), document).expect("loads");
    build(&document).expect("builds")
}

/// The type `op` reads from `location`: its name and doc comment.
fn of(api: &Api, op: &str, location: ParameterLocation) -> (String, String) {
    let op = api.operations.iter().find(|o| o.id.raw() == op).unwrap_or_else(|| panic!("no operation {op}"));
    let (_, id) = op.parameter_types.iter().find(|(at, _)| *at == location).expect("the location has a type");
    let def = api.get(*id);
    (def.name.camel().to_owned(), def.docs.description.clone().unwrap_or_default())
}

#[test]
fn operations_with_the_same_parameters_at_a_location_share_one_type() {
    let api = api();
    let (path, docs) = of(&api, "deleteItem", ParameterLocation::Path);
    assert_eq!(path, "IdPath");
    assert_eq!(of(&api, "getItem", ParameterLocation::Path).0, path);
    assert_eq!(of(&api, "getBox", ParameterLocation::Path).0, path);
    assert_eq!(docs, "The path parameters of `getItem`, `deleteItem` and `getBox`.");

    let (query, docs) = of(&api, "getBox", ParameterLocation::Query);
    assert_eq!(query, "ExpandQuery");
    assert_eq!(docs, "The query parameters of `getItem` and `getBox`.");
}

#[test]
fn another_constraint_or_location_is_another_type() {
    let api = api();
    let (path, docs) = of(&api, "deleteBox", ParameterLocation::Path);
    assert_eq!(path, "DeleteBoxPath");
    assert_eq!(docs, "The path parameters of `deleteBox` and `deleteCard`.");
    assert_eq!(of(&api, "deleteCard", ParameterLocation::Path).0, path);
    assert_eq!(of(&api, "getLists", ParameterLocation::Query).0, "GetListsQuery");
}

#[test]
fn a_shared_query_of_several_parameters_keeps_its_first_readers_name() {
    let api = api();
    assert_eq!(of(&api, "postPages", ParameterLocation::Query).0, "GetPagesQuery");
}
