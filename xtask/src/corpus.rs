//! The corpus check: the generator run over real-world documents
//! (`../shared/corpus/` and the vendors' own specs in `../shared/upstream/`),
//! every crate it makes checked by clippy together, in one scratch
//! workspace with one target directory.

use std::path::{Path, PathBuf};

use oapi_axum::{CrateOptions, RuntimeDependency};

/// What became of one document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Generated, and the crate passed `cargo clippy -- -D warnings`.
    Compiled,
    /// Generated, but the crate did not pass clippy.
    DidNotCompile,
    /// The generator refused it with this error.
    Refused(String),
    /// The generator panicked (a bug, whatever the document).
    Panicked(String),
}

/// One document and its outcome.
#[derive(Debug, Clone)]
pub struct Entry {
    /// A short name, also the crate's directory.
    pub name: String,
    /// The document.
    pub spec: PathBuf,
    /// What happened.
    pub outcome: Outcome,
    /// Warnings the generator reported.
    pub warnings: Vec<oapi_axum::ir::Warning>,
    /// Each example of the document (where it is) and what became of it
    /// when read into its type and written back: `ok`, or what went wrong.
    pub examples: Vec<(String, String)>,
    /// Each request of the fixture's `.requests` file and what became of
    /// it: `ok`, or the status and body it got instead.
    pub requests: Vec<(String, String)>,
}

/// The documents: this project's four specs, every file of `corpus/` but
/// its notes, and the vendors' LangSmith and Trieve specs.
pub fn documents(root: &Path, shared: &Path) -> std::io::Result<Vec<(String, PathBuf)>> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(root.join("specs"))? {
        let path = entry?.path();
        if let (true, Some(stem)) = (path.extension().is_some_and(|e| e == "yaml"), path.file_stem().and_then(|s| s.to_str())) {
            out.push((format!("spec-{stem}"), path.clone()));
        }
    }
    for entry in std::fs::read_dir(shared.join("corpus"))? {
        let path = entry?.path();
        let is_spec = path.extension().is_some_and(|e| e == "json" || e == "yaml" || e == "yml");
        if let (true, Some(stem)) = (is_spec, path.file_stem().and_then(|s| s.to_str())) {
            // Package names take letters, digits, `-` and `_`.
            let name = stem.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' { c } else { '-' }).collect();
            out.push((name, path.clone()));
        }
    }
    out.push(("upstream-langsmith".to_owned(), shared.join("upstream/langsmith/src/langsmith/langsmith-platform-openapi.json")));
    out.push(("upstream-trieve".to_owned(), shared.join("upstream/trieve/clients/ts-sdk/openapi.json")));
    out.sort();
    Ok(out)
}

/// The corpus check: every document of [`documents`].
pub fn run(root: &Path, shared: &Path, work: &Path, target: &Path) -> std::io::Result<Vec<Entry>> {
    check(root, documents(root, shared)?, work, target)
}

/// The fixture specs of `generator/tests/fixtures/`, one per construct (the
/// generator's `tests/fixtures.rs` finds them the same way).
pub fn fixtures(root: &Path) -> std::io::Result<Vec<(String, PathBuf)>> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(root.join("generator/tests/fixtures"))? {
        let path = entry?.path();
        if let Some(stem) = path.file_stem().and_then(|s| s.to_str()).filter(|_| path.extension().is_some_and(|e| e == "yaml")) {
            out.push((stem.to_owned(), path.clone()));
        } else if let Some(name) = path.file_name().and_then(|s| s.to_str()).filter(|_| path.join("api.yaml").is_file()) {
            // A fixture with files of its own (`oapi-axum.toml`) is a
            // directory holding `api.yaml`.
            out.push((name.to_owned(), path.join("api.yaml")));
        }
    }
    out.sort();
    Ok(out)
}

/// Generates every document into `work/crates/<name>` and runs clippy over
/// all of them, with `target` as the target directory.
pub fn check(root: &Path, documents: Vec<(String, PathBuf)>, work: &Path, target: &Path) -> std::io::Result<Vec<Entry>> {
    let crates = work.join("crates");
    if crates.exists() {
        std::fs::remove_dir_all(&crates)?;
    }
    std::fs::create_dir_all(&crates)?;
    let runtime = root.join("runtime").canonicalize()?;
    let mut entries = Vec::new();
    for (name, spec) in documents {
        // The generator's `tests/fixtures.rs` generates the fixtures with
        // these options too, and holds the text to their snapshots.
        let options = CrateOptions {
            crate_name: format!("corpus-{name}"),
            crate_version: "0.0.0".to_owned(),
            spec: spec.display().to_string(),
            runtime: RuntimeDependency::Path(runtime.display().to_string()),
            regenerate: "run `cargo test -p xtask --test corpus`".to_owned(),
            standalone: false,
        };
        let result = std::panic::catch_unwind(|| {
            let document = oapi_axum::load::load_file(&spec)?;
            let ir = oapi_axum::ir::Options { config: oapi_axum::config::read(&spec, None)?, ..Default::default() };
            let api = oapi_axum::ir::build_with(&document, &ir)?;
            let mut files = oapi_axum::emit::crate_files(&api, &options, &spec)?.files;
            if let Some(test) = oapi_axum::emit::round_trip_test(&api, &options.crate_name, &spec)? {
                files.push(oapi_axum::GeneratedFile { path: "tests/examples.rs".into(), contents: test });
                let manifest = files.iter_mut().find(|f| f.path == Path::new("Cargo.toml")).expect("a manifest");
                manifest.contents = manifest.contents.replacen("[dev-dependencies]\n", EXAMPLE_TEST_DEPENDENCIES, 1);
            }
            let requests = spec.with_extension("requests");
            if requests.is_file() {
                let test = REQUESTS_TEST.replace("{{crate}}", &options.crate_name.replace('-', "_")).replace(
                    "{{requests}}",
                    &requests.canonicalize().map_err(|e| oapi_axum::Error::new(&requests, "", e.to_string()))?.display().to_string(),
                );
                files.push(oapi_axum::GeneratedFile { path: "tests/requests.rs".into(), contents: test });
                let manifest = files.iter_mut().find(|f| f.path == Path::new("Cargo.toml")).expect("a manifest");
                manifest.contents = manifest.contents.replacen("[dev-dependencies]\n", REQUESTS_TEST_DEPENDENCIES, 1);
            }
            Ok::<_, oapi_axum::Error>((files, api.warnings.clone()))
        });
        let (outcome, warnings) = match result {
            Err(panic) => {
                let message = panic
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                    .unwrap_or_default();
                (Outcome::Panicked(message), Vec::new())
            }
            Ok(Err(error)) => (Outcome::Refused(error.to_string()), Vec::new()),
            Ok(Ok((files, warnings))) => {
                for file in files {
                    let path = crates.join(&name).join(file.path);
                    if let Some(parent) = path.parent() {
                        std::fs::create_dir_all(parent)?;
                    }
                    std::fs::write(path, file.contents)?;
                }
                (Outcome::Compiled, warnings)
            }
        };
        entries.push(Entry { name, spec, outcome, warnings, examples: Vec::new(), requests: Vec::new() });
    }

    // One workspace, pinned to the project's lock file, checked at once.
    let members: Vec<String> =
        entries.iter().filter(|e| e.outcome == Outcome::Compiled).map(|e| format!("    \"crates/{}\",", e.name)).collect();
    std::fs::write(work.join("Cargo.toml"), format!("[workspace]\nresolver = \"3\"\nmembers = [\n{}\n]\n", members.join("\n")))?;
    std::fs::copy(root.join("Cargo.lock"), work.join("Cargo.lock"))?;
    let output =
        crate::nested_cargo("clippy", work, target).args(["--workspace", "--keep-going", "--quiet", "--", "-D", "warnings"]).output()?;
    let stderr = String::from_utf8_lossy(&output.stderr);
    for entry in &mut entries {
        let failed = format!("could not compile `corpus-{}`", entry.name);
        if entry.outcome == Outcome::Compiled && stderr.contains(&failed) {
            entry.outcome = Outcome::DidNotCompile;
        }
    }
    if !output.status.success() && entries.iter().all(|e| e.outcome != Outcome::DidNotCompile) {
        return Err(std::io::Error::other(format!("cargo clippy failed without naming a crate:\n{stderr}")));
    }
    std::fs::write(work.join("clippy.log"), stderr.as_bytes())?;
    run_examples(work, target, &mut entries)?;
    run_requests(work, target, &mut entries)?;
    Ok(entries)
}

/// What the example round-trip tests need beyond the crate's own
/// dependencies.
const EXAMPLE_TEST_DEPENDENCIES: &str = r#"[dev-dependencies]
serde = "1.0.228"
serde_json = "1.0.145"
"#;

/// The test of a fixture's `.requests` file (see the file), and what it
/// needs beyond the crate's own dependencies.
const REQUESTS_TEST: &str = include_str!("../templates/requests.rs");
const REQUESTS_TEST_DEPENDENCIES: &str = r#"[dev-dependencies]
tower = { version = "0.5.3", default-features = false, features = ["util"] }
"#;

/// Runs the example round-trip test of every crate that compiled, and
/// records each example's verdict in its entry.
fn run_examples(work: &Path, target: &Path, entries: &mut [Entry]) -> std::io::Result<()> {
    let packages: Vec<String> = entries
        .iter()
        .filter(|e| e.outcome == Outcome::Compiled && work.join("crates").join(&e.name).join("tests/examples.rs").is_file())
        .map(|e| format!("corpus-{}", e.name))
        .collect();
    if packages.is_empty() {
        return Ok(());
    }
    let mut command = crate::nested_cargo("test", work, target);
    command.args(["--quiet", "--no-fail-fast", "--test", "examples"]);
    for package in &packages {
        command.args(["--package", package]);
    }
    let output = command.args(["--", "--nocapture"]).output()?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    std::fs::write(work.join("examples.log"), [&output.stdout[..], &output.stderr[..]].concat())?;
    if !output.status.success() {
        return Err(std::io::Error::other(format!("the example tests did not run; see {}", work.join("examples.log").display())));
    }
    for line in stdout.lines() {
        let mut parts = line.splitn(4, '\t');
        if let (Some("example"), Some(package), Some(label), Some(verdict)) = (parts.next(), parts.next(), parts.next(), parts.next())
            && let Some(entry) = entries.iter_mut().find(|e| package.strip_prefix("corpus-") == Some(e.name.as_str()))
        {
            entry.examples.push((label.to_owned(), verdict.to_owned()));
        }
    }
    Ok(())
}

/// Runs the requests test of every crate that compiled and has one, and
/// records each request's verdict in its entry.
fn run_requests(work: &Path, target: &Path, entries: &mut [Entry]) -> std::io::Result<()> {
    let packages: Vec<String> = entries
        .iter()
        .filter(|e| e.outcome == Outcome::Compiled && work.join("crates").join(&e.name).join("tests/requests.rs").is_file())
        .map(|e| format!("corpus-{}", e.name))
        .collect();
    if packages.is_empty() {
        return Ok(());
    }
    let mut command = crate::nested_cargo("test", work, target);
    command.args(["--quiet", "--no-fail-fast", "--test", "requests"]);
    for package in &packages {
        command.args(["--package", package]);
    }
    // A failing request fails its crate's test: the verdicts are read from
    // the lines each prints, whatever cargo's status.
    let output = command.args(["--", "--nocapture"]).output()?;
    std::fs::write(work.join("requests.log"), [&output.stdout[..], &output.stderr[..]].concat())?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    for line in stdout.lines() {
        let mut parts = line.splitn(4, '\t');
        if let (Some("request"), Some(package), Some(request), Some(verdict)) = (parts.next(), parts.next(), parts.next(), parts.next())
            && let Some(entry) = entries.iter_mut().find(|e| package.strip_prefix("corpus-") == Some(e.name.as_str()))
        {
            entry.requests.push((request.to_owned(), verdict.to_owned()));
        }
    }
    for package in &packages {
        if !entries.iter().any(|e| package.strip_prefix("corpus-") == Some(e.name.as_str()) && !e.requests.is_empty()) {
            return Err(std::io::Error::other(format!(
                "{package}: the requests test did not run; see {}",
                work.join("requests.log").display()
            )));
        }
    }
    Ok(())
}

/// A table of the outcomes, for people.
pub fn report(entries: &[Entry]) -> String {
    let compiled = entries.iter().filter(|e| e.outcome == Outcome::Compiled).count();
    let mut out = format!("{compiled} of {} documents generate crates that pass clippy -D warnings\n", entries.len());
    for entry in entries {
        let outcome = match &entry.outcome {
            Outcome::Compiled => "compiles".to_owned(),
            Outcome::DidNotCompile => "generated, does not compile".to_owned(),
            Outcome::Refused(error) => format!("refused: {error}"),
            Outcome::Panicked(message) => format!("PANICKED: {message}"),
        };
        let good = entry.examples.iter().filter(|(_, verdict)| verdict == "ok").count();
        out.push_str(&format!(
            "  {:<40} {:>3} warning(s)  {:>4}/{:<4} examples round-trip  {outcome}\n",
            entry.name,
            entry.warnings.len(),
            good,
            entry.examples.len()
        ));
    }
    out
}
