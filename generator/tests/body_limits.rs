//! Body limits and streamed bodies chosen in the configuration
//! (`[body_limits]` and `[streamed_bodies]` of `oapi-axum.toml`): they reach
//! the operation they name, and one for an operation that is not there, or
//! that takes no such body, is an error at its key in the configuration
//! file.

use std::path::{Path, PathBuf};

use oapi_axum::ir::{Config, Options, build_with};
use serde_json::json;

fn build(limits: &[(&str, usize)]) -> Result<oapi_axum::ir::Api, oapi_axum::Error> {
    build_streaming(limits, &[])
}

fn build_streaming(limits: &[(&str, usize)], streamed: &[&str]) -> Result<oapi_axum::ir::Api, oapi_axum::Error> {
    let document = json!({
        "openapi": "3.1.0",
        "info": {"title": "Uploads", "version": "1"},
        "paths": {"/files": {
            "post": {
                "operationId": "uploadFile",
                "requestBody": {"content": {"application/octet-stream": {}}},
                "responses": {"204": {"description": "Stored."}},
            },
            "get": {"operationId": "listFiles", "responses": {"200": {"description": "The files."}}},
            "put": {
                "operationId": "uploadForm",
                "requestBody": {"content": {"multipart/form-data": {"schema": {
                    "type": "object",
                    "properties": {"file": {"type": "string", "format": "binary"}},
                }}}},
                "responses": {"204": {"description": "Stored."}},
            },
            "patch": {
                "operationId": "renameFile",
                "requestBody": {"content": {"application/json": {"schema": {"type": "object"}}}},
                "responses": {"204": {"description": "Renamed."}},
            },
        }},
    });
    let document = oapi_axum::load::load_value(Path::new("uploads.json"), document).expect("loads");
    let config = Config {
        file: Some(PathBuf::from("oapi-axum.toml")),
        body_limits: limits.iter().map(|(id, bytes)| ((*id).to_owned(), *bytes)).collect(),
        streamed_bodies: streamed.iter().map(|id| (*id).to_owned()).collect(),
        ..Config::default()
    };
    build_with(&document, &Options { config, ..Options::default() })
}

#[test]
fn a_limit_reaches_its_operation() {
    let api = build(&[("uploadFile", 200 << 20)]).expect("builds");
    let upload = api.operations.iter().find(|op| op.id.raw() == "uploadFile").expect("the operation");
    assert_eq!(upload.body.as_ref().and_then(|body| body.limit), Some(200 << 20));
}

#[test]
fn a_limit_for_no_operation_or_no_body_is_an_error_at_its_key() {
    let error = build(&[("uploadFiles", 1024)]).expect_err("no such operation");
    assert_eq!(error.to_string(), "oapi-axum.toml: at /body_limits/uploadFiles: no operation of the document is `uploadFiles`");
    let error = build(&[("listFiles", 1024)]).expect_err("no body");
    assert!(error.to_string().starts_with("oapi-axum.toml: at /body_limits/listFiles: `listFiles` takes no request body"), "{error}");
}

#[test]
fn a_body_of_octets_or_multipart_can_be_streamed_and_no_other() {
    let api = build_streaming(&[], &["uploadFile", "uploadForm"]).expect("builds");
    for id in ["uploadFile", "uploadForm"] {
        let upload = api.operations.iter().find(|op| op.id.raw() == id).expect("the operation");
        assert!(upload.body.as_ref().is_some_and(|body| body.streamed), "{id}");
    }
    let error = build_streaming(&[], &["listFiles"]).expect_err("no body");
    let expected = "oapi-axum.toml: at /streamed_bodies/listFiles: `listFiles` takes no body of octets or multipart";
    assert!(error.to_string().starts_with(expected), "{error}");
    let error = build_streaming(&[], &["renameFile"]).expect_err("a JSON body");
    assert!(
        error.to_string().starts_with("oapi-axum.toml: at /streamed_bodies/renameFile: `renameFile` takes no body of octets"),
        "{error}"
    );
    let error = build_streaming(&[], &["nothing"]).expect_err("no such operation");
    assert_eq!(error.to_string(), "oapi-axum.toml: at /streamed_bodies/nothing: no operation of the document is `nothing`");
}
