//! One small document per construct the generator maps (`fixtures/`): the
//! models, validation and server it emits, and what `check` says of it,
//! pinned by the reviewed snapshots beside each document. Each fixture is
//! generated here in process, with the crate options the xtask's fixture
//! check uses (so the text is the same as the crates it builds); that check
//! (`xtask/tests/fixtures.rs`) compiles every fixture's crate with clippy
//! and round-trips its examples.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use oapi_axum::{CrateOptions, GeneratedFile, RuntimeDependency};

/// The workspace root.
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("the generator is in the workspace").to_path_buf()
}

/// The fixtures, by name: `<name>.yaml`, or a folder `<name>/` holding
/// `api.yaml` (and `oapi-axum.toml`), in name order.
fn fixtures(root: &Path) -> Vec<(String, PathBuf)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(root.join("generator/tests/fixtures")).expect("the fixtures are readable") {
        let path = entry.expect("the fixtures are readable").path();
        if let Some(stem) = path.file_stem().and_then(|s| s.to_str()).filter(|_| path.extension().is_some_and(|e| e == "yaml")) {
            out.push((stem.to_owned(), path.clone()));
        } else if let Some(name) = path.file_name().and_then(|s| s.to_str()).filter(|_| path.join("api.yaml").is_file()) {
            out.push((name.to_owned(), path.join("api.yaml")));
        }
    }
    out.sort();
    out
}

/// The crate's files for the fixture `name` at `spec`, and what `check`
/// says of it: its summary, and each warning.
fn generate(root: &Path, name: &str, spec: &Path) -> Result<(Vec<GeneratedFile>, String, String), oapi_axum::Error> {
    // As `xtask::corpus::check` generates it.
    let runtime = root.join("runtime").canonicalize().expect("the runtime is in the workspace");
    let options = CrateOptions {
        crate_name: format!("corpus-{name}"),
        crate_version: "0.0.0".to_owned(),
        spec: spec.display().to_string(),
        runtime: RuntimeDependency::Path(runtime.display().to_string()),
        regenerate: "run `cargo test -p xtask --test corpus`".to_owned(),
        standalone: false,
    };
    let document = oapi_axum::load::load_file(spec)?;
    let ir = oapi_axum::ir::Options { config: oapi_axum::config::read(spec, None)?, ..Default::default() };
    let api = oapi_axum::ir::build_with(&document, &ir)?;
    let files = oapi_axum::emit::crate_files(&api, &options, spec)?.files;
    let summary = oapi_axum::summary(&api, Path::new(name));
    let mut check = summary.clone();
    for warning in &api.warnings {
        writeln!(check, "warning: {warning}").expect("a string takes text");
    }
    Ok((files, summary, check))
}

/// Every fixture against its snapshots, beside its document:
/// `<name>.models.snap` beside `<name>.yaml` (`api.models.snap` in a
/// fixture's own folder). All are checked, and the fixtures that differ
/// are named at the end.
#[test]
fn every_fixture_matches_its_snapshots() {
    let root = root();
    let fixtures = fixtures(&root);
    assert!(fixtures.len() >= 10, "fixtures went missing: {fixtures:?}");
    let mut failed = Vec::new();
    for (name, spec) in &fixtures {
        let (files, summary, check) = generate(&root, name, spec).unwrap_or_else(|e| panic!("{name} does not generate: {e}"));
        let file = |path: &str| {
            let path = Path::new("src").join(path);
            files.iter().find(|f| f.path == path).map(|f| f.contents.as_str()).unwrap_or_else(|| panic!("{name}: no {}", path.display()))
        };
        let mut settings = insta::Settings::clone_current();
        settings.set_prepend_module_to_snapshot(false);
        settings.set_omit_expression(true);
        settings.set_snapshot_path(spec.parent().expect("a fixture is in a folder"));
        let stem = spec.file_stem().and_then(|s| s.to_str()).expect("a fixture's name is text");
        let matched = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            settings.bind(|| {
                insta::assert_snapshot!(format!("{stem}.models"), file("models.rs"));
                insta::assert_snapshot!(format!("{stem}.validation"), file("validation.rs"));
                insta::assert_snapshot!(format!("{stem}.check"), check);
                // A fixture with operations: the summary lists them.
                if summary.lines().count() > 1 {
                    insta::assert_snapshot!(format!("{stem}.server"), file("server.rs"));
                }
            });
        }));
        if matched.is_err() {
            failed.push(name.as_str());
        }
    }
    assert!(failed.is_empty(), "fixtures that differ from their snapshots: {failed:?}");
}
