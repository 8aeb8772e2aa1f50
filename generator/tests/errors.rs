//! Each broken document gives one clear error naming the file, the JSON
//! pointer and what is wrong; none panics.

use std::path::{Path, PathBuf};

use oapi_axum::{CrateOptions, RuntimeDependency};

fn options() -> CrateOptions {
    CrateOptions {
        crate_name: "broken".into(),
        crate_version: "0.1.0".into(),
        spec: "broken.yaml".into(),
        runtime: RuntimeDependency::Version("0.1.0".into()),
        regenerate: "regenerate".into(),
        standalone: true,
    }
}

/// Generation with `--strict`: a fault confined to some operations refuses
/// the document, as these tests want to see.
fn strictly(path: &Path) -> Result<Vec<oapi_axum::GeneratedFile>, oapi_axum::Error> {
    let config = oapi_axum::config::read(path, None)?;
    let ir = oapi_axum::ir::Options { config, strict: true, ..oapi_axum::ir::Options::default() };
    oapi_axum::generate_with(path, &ir, &options())
}

fn error_for(file: &str) -> oapi_axum::Error {
    let path: PathBuf = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/malformed").join(file);
    match strictly(&path) {
        Ok(_) => panic!("{file} was accepted"),
        Err(error) => {
            assert_eq!(error.file, path, "the error names the file");
            let shown = error.to_string();
            assert!(shown.starts_with(&path.display().to_string()), "{shown}");
            error
        }
    }
}

#[track_caller]
fn expect(file: &str, pointer: &str, message: &str) {
    let error = error_for(file);
    assert_eq!(error.pointer, pointer, "pointer of: {error}");
    assert!(error.message.contains(message), "message of: {error}\nexpected it to contain: {message}");
}

#[test]
fn bad_yaml_names_the_line() {
    let error = error_for("bad-yaml.yaml");
    assert!(error.message.starts_with("not valid YAML"), "{error}");
    assert_eq!(error.location.map(|(line, _)| line), Some(6), "{error}");
}

#[test]
fn dangling_ref() {
    expect("dangling-ref.yaml", "/components/schemas/Org/properties/owner/$ref", "`#/components/schemas/User` points at nothing");
}

#[test]
fn ref_cycle() {
    expect("ref-cycle.yaml", "/paths/~1orgs/get/parameters/0", "reference cycle");
}

#[test]
fn duplicate_operation_id() {
    expect(
        "duplicate-operation-id.yaml",
        "/paths/~1organizations/get/operationId",
        "operationId `listOrgs` is also the operationId of /paths/~1orgs/get; operationIds must be unique",
    );
}

/// Oxford Dictionaries' document has two such templates.
#[test]
fn templates_that_differ_only_in_names() {
    expect(
        "same-route.yaml",
        "/paths/~1wordlist~1{source_lang}~1{filters_advanced}/get",
        "is the same route as the operation at /paths/~1wordlist~1{source_lang}~1{filters_basic}/get",
    );
}

#[test]
fn unknown_type() {
    expect("unknown-type.yaml", "/components/schemas/Org/properties/size/type", "unknown type `decimal`");
}

#[test]
fn a_keyword_of_the_wrong_type_is_named() {
    expect("wrong-keyword-value.yaml", "/components/schemas/Item/properties/itemType/type", "`type` is not a type");
}

/// Every error of every broken document points at a value that is in that
/// document (the file the error names), and so does every warning of the
/// fixtures and of the documents here that generate with warnings.
#[test]
fn every_pointer_resolves_in_its_document() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/malformed");
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).expect("the malformed documents") {
        let path = entry.expect("an entry").path();
        if path.extension().is_none_or(|e| e != "yaml") {
            continue;
        }
        // Without `--strict`, what is confined to operations is skipped,
        // each with a warning whose pointer resolves.
        if let Ok(document) = oapi_axum::load::load_file(&path)
            && let Ok(api) = oapi_axum::ir::build(&document)
        {
            let value = oapi_axum::load::read_value(&path).expect("reads");
            for warning in api.warnings.iter().filter(|w| w.file.is_none()) {
                assert!(value.pointer(&warning.pointer).is_some(), "{}: {warning:?} points at nothing", path.display());
            }
        }
        let Err(error) = strictly(&path) else {
            if error_free(&path) {
                continue;
            }
            panic!("{} was accepted", path.display());
        };
        if error.pointer.is_empty() {
            continue;
        }
        let document = oapi_axum::load::read_value(&error.file).expect("the document of the error reads");
        assert!(document.pointer(&error.pointer).is_some(), "{error}: the pointer is not in {}", error.file.display());
        checked += 1;
    }
    assert!(checked >= 15, "only {checked} errors had pointers to check");
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut warnings = 0;
    for entry in std::fs::read_dir(&fixtures).expect("the fixtures") {
        let path = entry.expect("an entry").path();
        if path.extension().is_none_or(|e| e != "yaml") {
            continue;
        }
        let api = oapi_axum::ir::build(&oapi_axum::load::load_file(&path).expect("loads")).expect("builds");
        let document = oapi_axum::load::read_value(&path).expect("reads");
        for warning in &api.warnings {
            let in_file = warning.file.as_ref().map(|f| oapi_axum::load::read_value(f).expect("the warning's file reads"));
            let document = in_file.as_ref().unwrap_or(&document);
            assert!(document.pointer(&warning.pointer).is_some(), "{}: {warning:?} points at nothing", path.display());
            warnings += 1;
        }
    }
    assert!(warnings >= 10, "only {warnings} warnings were checked");
}

/// The broken documents that are broken only for another test (the one
/// that reads a missing file, say) and the warning-only ones.
fn error_free(path: &Path) -> bool {
    path.file_name().is_some_and(|name| name == "missing-path-parameter.yaml")
}

#[test]
fn a_3_1_keyword_in_a_3_0_document() {
    expect("type-array-in-3.0.yaml", "/components/schemas/Org/properties/description/type", "a `type` array is OpenAPI 3.1");
}

#[test]
fn unsupported_keyword_is_named() {
    expect("not-keyword.yaml", "/components/schemas/NotASlug/not/pattern", "`pattern` inside `not` is not supported");
    expect("pattern-properties.yaml", "/components/schemas/Labels/patternProperties", "`patternProperties` is not supported");
}

/// Real documents (LangSmith's among them) leave out a path parameter the
/// template names: generation goes on, with a warning naming it.
#[test]
fn path_template_without_its_parameter_is_a_warning() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/malformed/missing-path-parameter.yaml");
    let document = oapi_axum::load::load_file(&path).expect("loads");
    let api = oapi_axum::ir::build(&document).expect("builds");
    assert_eq!(api.warnings.len(), 1, "{:?}", api.warnings);
    assert_eq!(api.warnings[0].pointer, "/paths/~1orgs~1{org_id}/get");
    assert!(api.warnings[0].message.contains("declares no path parameter `org_id`"), "{:?}", api.warnings);
    let param = &api.operations[0].parameters[0];
    assert_eq!((param.name.raw(), param.required), ("org_id", true));
}

#[test]
fn undeclared_security_scheme() {
    expect("undeclared-security.yaml", "/security/0/ApiKey", "security scheme `ApiKey` is not declared");
}

#[test]
fn a_value_of_the_wrong_shape() {
    let error = error_for("wrong-shape.yaml");
    assert!(error.pointer.starts_with("/paths/~1orgs/get/responses"), "{error}");
}

#[test]
fn swagger_2_is_refused_by_name() {
    expect("swagger-2.yaml", "/swagger", "Swagger 2.0 documents are not supported");
}

#[test]
fn a_missing_file_is_an_error_not_a_panic() {
    let error = error_for("does-not-exist.yaml");
    assert!(error.message.starts_with("cannot read the file"), "{error}");
}

#[test]
fn reference_to_a_missing_file() {
    let error = error_for("missing-file.yaml");
    assert_eq!(error.pointer, "/components/schemas/Org/properties/owner/$ref", "{error}");
    assert!(error.message.contains("users.yaml") && error.message.contains("does not exist"), "{error}");
}

#[test]
fn remote_reference() {
    expect("remote-ref.yaml", "/components/schemas/Org/properties/owner/$ref", "is a remote reference; they are not fetched");
}

#[test]
fn dangling_reference_into_defs() {
    expect(
        "dangling-defs.yaml",
        "/components/schemas/Org/properties/owner/$ref",
        "`#/components/schemas/Org/$defs/Owner` points at nothing",
    );
}

#[test]
fn pattern_that_is_not_ecma_262() {
    expect("bad-pattern.yaml", "/components/schemas/Org/properties/slug/pattern", "`^[a-z` is not an ECMA-262 regular expression");
}

#[test]
fn an_all_of_that_contains_itself() {
    expect(
        "all-of-contains-itself.yaml",
        "/components/schemas/Tags/items/allOf/1",
        "which contains this `allOf`: the merge would never end",
    );
}

/// A schema keyword of the wrong JSON type (api.video's `pattern: 0`) is
/// left out with a warning at it, and the rest generates; `--strict`
/// refuses the document there.
#[test]
fn a_keyword_of_the_wrong_type_is_left_out_unless_strict() {
    expect("keyword-of-wrong-type.yaml", "/components/schemas/Pick/properties/timecode/pattern", "expected a string");
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/malformed/keyword-of-wrong-type.yaml");
    let document = oapi_axum::load::load_file(&path).expect("loads, leaving the keyword out");
    let api = oapi_axum::ir::build(&document).expect("builds");
    let warning = api.warnings.iter().find(|w| w.pointer.ends_with("/timecode/pattern")).expect("a warning at the keyword");
    assert!(warning.message.contains("left out"), "{warning:?}");
    assert_eq!(api.operations.len(), 1);
}
