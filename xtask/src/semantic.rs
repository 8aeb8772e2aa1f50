//! The semantic gate (issue 26): a generated server must accept every
//! request its document allows and refuse every request it forbids.
//!
//! For each document, the crate is generated (with the runtime by path) and
//! a small binary serves its `server::Unimplemented`, whose `authenticate`
//! accepts any credentials and whose every method answers 501. schemathesis
//! then runs exactly three checks against it, from the document alone:
//!
//! - `positive_data_acceptance`: a request the document allows must reach
//!   the method, which answers 501 (nothing else is expected);
//! - `negative_data_rejection`: a request the document forbids must be
//!   refused with a 4xx;
//! - `response_schema_conformance`: a refusal must meet the schema the
//!   document declares for its status.
//!
//! Phases `examples,coverage,fuzzing`, a fixed seed, a fixed number of
//! examples per operation, `--continue-on-failure`, no state kept between
//! runs, and credentials for every security scheme the document declares
//! (`[auth.openapi.<scheme>]`), so that no request is refused for want of
//! them.
//!
//! Every crate is generated into one scratch workspace beside a server
//! crate of its own, and all are built by one `cargo build` in one target
//! directory, so dependencies are built once; then the documents run two
//! at a time, the largest first. Each failing case is read from
//! schemathesis's event log with the places it fails at ([`Failure`]), and
//! each place is judged by the verdict table
//! (`xtask/tests/semantic-verdicts.tsv`, [`Verdicts`], [`judge`]): what is
//! not the server's fault is accepted with its reason, a known defect is
//! named, and anything else fails.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{BufRead, BufReader, Read as _};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Instant;

use oapi_axum::ir::SecuritySchemeKind;
use oapi_axum::{CrateOptions, RuntimeDependency};

/// The schemathesis release the gate is measured with (the reference
/// server's schemathesis test pins the same one, in the same place).
pub const SCHEMATHESIS: &str = "4.32.5";
/// The two checks of requests, and the one of refusals: a response with a
/// status the document declares a schema for must meet it (all the
/// responses of `Unimplemented` but its 501s are refusals).
pub const CHECKS: &str = "positive_data_acceptance,negative_data_rejection,response_schema_conformance";
/// The phases: the document's examples, boundary coverage, fuzzing (no
/// stateful sequences: `Unimplemented` creates nothing to follow).
pub const PHASES: &str = "examples,coverage,fuzzing";
/// The seed of every run.
pub const SEED: &str = "1";
/// Examples per operation for the fuzzing phase (the coverage phase makes
/// as many as the schemas' boundaries call for).
pub const MAX_EXAMPLES: u32 = 10;

/// The sample of `../shared/corpus-wide/` the test runs: 26 documents
/// spread from 1 to 53 operations (the number after each), OpenAPI 3.0 and
/// 3.1 and Swagger 2.0 converted, with every kind of security scheme (API
/// keys in headers and queries, bearer, basic, OAuth 2) and every kind of
/// body (JSON, forms, multipart, octets, text) among them. Larger documents
/// are left to `cargo xtask semantic DOC`, for time: what the coverage
/// phase sends grows with the schemas (configcat.com's 63 operations take
/// 9,000 cases and 100 s, ix-api.net's 78 as long, Microsoft Graph's
/// 22,361 would take hours).
pub const WIDE_SAMPLE: &[&str] = &[
    "go-upc.com",                       // 1
    "urlbox.io",                        // 1
    "omdbapi.com",                      // 1
    "exude-api.herokuapp.com",          // 2
    "adyen.com_BinLookupService",       // 2
    "tsapi.net",                        // 3
    "ibanapi.com",                      // 3
    "twilio.com_twilio_monitor_v1",     // 4
    "exoapi.dev",                       // 4
    "languagetool.org",                 // 5
    "nexmo.com_numbers",                // 5
    "carbone.io",                       // 6
    "pdfbroker.io",                     // 7
    "api2pdf.com",                      // 9
    "rentcast.io",                      // 10
    "letmc.com_diary",                  // 13
    "1password.local_connect",          // 15
    "codat.io_sync-for-commerce",       // 17
    "elevenlabs.io",                    // 19
    "circleci.com",                     // 22
    "digitallocker.gov.in_authpartner", // 22
    "climatekuul.com",                  // 26
    "github.com",                       // 29
    "youneedabudget.com",               // 31
    "dev.to",                           // 40
    "svix.com",                         // 53
];

/// A document the gate serves.
#[derive(Debug, Clone)]
pub struct Document {
    /// A short name, unique in a run: also its crates' directories.
    pub name: String,
    /// Where it is.
    pub path: PathBuf,
}

/// The documents of `../shared/corpus/` the test leaves out, for time:
/// Stripe's (468 operations, 4 MB) and OpenAI's (288 operations, 3 MB),
/// each of which would take most of the budget alone.
pub const CORPUS_LEFT_OUT: &[&str] = &["stripe-spec3-2023-09", "openai-openapi"];

/// The documents the test command runs: [`WIDE_SAMPLE`], this project's
/// four specs, every document of `../shared/corpus/` but
/// [`CORPUS_LEFT_OUT`] (the vendors' upstream specs are not in it), and the
/// minimal documents of `../shared/repros/behaviour/`, one construct each
/// of what issue 26 found.
pub fn sample(root: &Path, shared: &Path) -> std::io::Result<Vec<Document>> {
    let mut out = Vec::new();
    for name in WIDE_SAMPLE {
        out.push(Document { name: (*name).to_owned(), path: shared.join("corpus-wide").join(format!("{name}.json")) });
    }
    for (name, path) in crate::corpus::documents(root, shared)? {
        if !name.starts_with("upstream-") && !CORPUS_LEFT_OUT.contains(&name.as_str()) {
            let name = if name.starts_with("spec-") { name } else { format!("corpus-{name}") };
            out.push(Document { name, path });
        }
    }
    let mut repros: Vec<PathBuf> =
        std::fs::read_dir(shared.join("repros/behaviour"))?.map(|entry| entry.map(|e| e.path())).collect::<Result<_, _>>()?;
    repros.retain(|path| path.extension().is_some_and(|e| e == "yaml"));
    repros.sort();
    for path in repros {
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
        out.push(Document { name: format!("repro-{stem}"), path: path.clone() });
    }
    Ok(out)
}

/// The documents named on the command line, each by its file stem (made
/// unique with a number).
pub fn named(paths: &[PathBuf]) -> Vec<Document> {
    let mut out: Vec<Document> = Vec::new();
    for path in paths {
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("document");
        let mut name = stem.to_owned();
        let mut n = 1;
        while out.iter().any(|d| d.name == name) {
            n += 1;
            name = format!("{stem}-{n}");
        }
        // schemathesis runs in a directory of its own.
        let path = std::path::absolute(path).unwrap_or_else(|_| path.clone());
        out.push(Document { name, path });
    }
    out
}

/// A directory and package name for `name`: letters, digits and `-`.
fn slug(name: &str) -> String {
    let name: String = name.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' }).collect();
    name.trim_matches('-').to_owned()
}

/// The credentials schemathesis sends for one security scheme.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Credential {
    /// An API key, wherever the scheme says.
    ApiKey,
    /// `Authorization: Bearer` (`http` bearer, `oauth2`, `openIdConnect`).
    Bearer,
    /// `Authorization: Basic`.
    Basic,
}

/// What generation made of a document.
#[derive(Debug, Clone)]
enum Generated {
    /// A crate, with this many operations and these security schemes.
    Crate {
        /// How many operations it serves.
        operations: usize,
        /// Each security scheme by its name in the document.
        schemes: Vec<(String, Credential)>,
    },
    /// The generator refused the document (or panicked).
    Refused(String),
}

/// Generates `document`'s crate into `work/crates/<slug>` and a server for
/// it into `work/servers/<slug>`.
fn generate(document: &Document, runtime: &Path, work: &Path) -> Generated {
    let slug = slug(&document.name);
    let options = CrateOptions {
        crate_name: format!("semantic-{slug}"),
        crate_version: "0.0.0".to_owned(),
        spec: document.path.display().to_string(),
        runtime: RuntimeDependency::Path(runtime.display().to_string()),
        regenerate: "run `cargo xtask semantic`".to_owned(),
        standalone: false,
    };
    let made = std::panic::catch_unwind(|| {
        let loaded = oapi_axum::load::load_file(&document.path)?;
        let ir = oapi_axum::ir::Options { config: oapi_axum::config::read(&document.path, None)?, ..Default::default() };
        let api = oapi_axum::ir::build_with(&loaded, &ir)?;
        let files = oapi_axum::emit::crate_files(&api, &options, &document.path)?.files;
        Ok::<_, oapi_axum::Error>((files, api))
    });
    let (files, api) = match made {
        Ok(Ok(made)) => made,
        Ok(Err(error)) => return Generated::Refused(error.to_string()),
        Err(panic) => {
            let message = panic.downcast_ref::<String>().cloned().or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()));
            return Generated::Refused(format!("the generator panicked: {}", message.unwrap_or_default()));
        }
    };
    let dir = work.join("crates").join(&slug);
    let server = work.join("servers").join(&slug);
    let written = (|| {
        // A crate that is as it was is not touched, so cargo does not
        // build it again; files no longer generated go.
        let mut files: Vec<(PathBuf, String)> = files.into_iter().map(|f| (dir.join(f.path), f.contents)).collect();
        files.push((server.join("Cargo.toml"), server_manifest(&slug, runtime)));
        files.push((server.join("src/main.rs"), SERVER_MAIN.to_owned()));
        for stale in existing_files(&dir).into_iter().chain(existing_files(&server)) {
            if !files.iter().any(|(path, _)| *path == stale) {
                std::fs::remove_file(stale)?;
            }
        }
        for (path, contents) in &files {
            if std::fs::read_to_string(path).is_ok_and(|now| now == *contents) {
                continue;
            }
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(path, contents)?;
        }
        Ok::<_, std::io::Error>(())
    })();
    if let Err(error) = written {
        return Generated::Refused(format!("cannot write its crate: {error}"));
    }
    let schemes = api
        .security_schemes
        .iter()
        .map(|scheme| {
            let credential = match scheme.kind {
                SecuritySchemeKind::ApiKey { .. } => Credential::ApiKey,
                SecuritySchemeKind::Basic => Credential::Basic,
                _ => Credential::Bearer,
            };
            (scheme.name.raw().to_owned(), credential)
        })
        .collect();
    Generated::Crate { operations: api.operations.len(), schemes }
}

/// Every file under `dir` (none if it does not exist).
fn existing_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut dirs = vec![dir.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() { dirs.push(path) } else { out.push(path) }
        }
    }
    out
}

/// The manifest of the server of the crate `semantic-<slug>`.
fn server_manifest(slug: &str, runtime: &Path) -> String {
    format!(
        r#"[package]
name = "semantic-serve-{slug}"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
api = {{ package = "semantic-{slug}", path = "../../crates/{slug}" }}
oapi-axum-runtime = {{ path = "{runtime}", features = ["serve"] }}
tokio = {{ version = "1.48", features = ["macros", "net", "rt"] }}
"#,
        runtime = runtime.display()
    )
}

/// The server: `Unimplemented` on the address of its first argument (by
/// default a port of the system's choosing), which it prints first.
const SERVER_MAIN: &str = r#"//! Serves the generated `Unimplemented` on the address of its argument (a
//! free loopback port without one), which it prints on its first line:
//! every request the document allows is answered 501, every request it
//! forbids is refused before any method runs.

use oapi_axum_runtime::axum;

#[tokio::main(flavor = "current_thread")]
async fn main() -> std::io::Result<()> {
    let address = std::env::args().nth(1).unwrap_or_else(|| "127.0.0.1:0".to_owned());
    let listener = tokio::net::TcpListener::bind(address).await?;
    let router = api::server::router(api::server::Unimplemented);
    println!("{}", listener.local_addr()?);
    axum::serve(listener, router).await
}
"#;

/// How the build of one document's server went.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Built {
    /// The server binary.
    Server(PathBuf),
    /// Its crate or its server does not compile: the first error.
    Fails(String),
}

/// Builds the server of every document in `slugs` (generated into `work`
/// by [`generate`]) in one `cargo build`, with `target` as the target
/// directory; returns each one's binary or first error, by slug.
fn build(root: &Path, work: &Path, slugs: &[String], target: &Path) -> std::io::Result<BTreeMap<String, Built>> {
    let members: Vec<String> = slugs.iter().flat_map(|s| [format!("    \"crates/{s}\","), format!("    \"servers/{s}\",")]).collect();
    // Without debug information: the servers are run, never debugged, and
    // it is most of what the linker writes.
    std::fs::write(
        work.join("Cargo.toml"),
        format!("[workspace]\nresolver = \"3\"\nmembers = [\n{}\n]\n\n[profile.dev]\ndebug = false\n", members.join("\n")),
    )?;
    std::fs::copy(root.join("Cargo.lock"), work.join("Cargo.lock"))?;
    let mut child = crate::nested_cargo("build", work, target)
        .args(["--workspace", "--bins", "--keep-going", "--message-format", "json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    let stderr = child.stderr.take().ok_or_else(|| std::io::Error::other("no standard error from cargo"))?;
    let stderr = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = BufReader::new(stderr).read_to_string(&mut text);
        text
    });
    let stdout = child.stdout.take().ok_or_else(|| std::io::Error::other("no output from cargo"))?;
    let mut built: BTreeMap<String, Built> = BTreeMap::new();
    for line in BufReader::new(stdout).lines() {
        let Ok(message) = serde_json::from_str::<serde_json::Value>(&line?) else { continue };
        // `path+file:///.../<dir>#<package>@0.0.0`
        let Some(package) = message.get("package_id").and_then(|id| id.as_str()).and_then(|id| id.rsplit('#').next()) else {
            continue;
        };
        let package = package.split('@').next().unwrap_or_default();
        let Some(slug) = package.strip_prefix("semantic-serve-").or_else(|| package.strip_prefix("semantic-")) else { continue };
        match message.get("reason").and_then(|r| r.as_str()) {
            Some("compiler-message") if message.pointer("/message/level").and_then(|l| l.as_str()) == Some("error") => {
                let text = message.pointer("/message/rendered").and_then(|r| r.as_str()).unwrap_or_default();
                let first = text.lines().take(2).collect::<Vec<_>>().join(" ");
                built.entry(slug.to_owned()).or_insert(Built::Fails(first));
            }
            Some("compiler-artifact") => {
                if let Some(executable) = message.get("executable").and_then(|e| e.as_str()) {
                    built.insert(slug.to_owned(), Built::Server(PathBuf::from(executable)));
                }
            }
            _ => {}
        }
    }
    let status = child.wait()?;
    let stderr = stderr.join().unwrap_or_default();
    let tail: Vec<&str> = stderr.lines().rev().take(12).collect::<Vec<_>>().into_iter().rev().collect();
    for slug in slugs {
        built
            .entry(slug.clone())
            .or_insert_with(|| Built::Fails(format!("cargo stopped before it ({status}); it said:\n{}", tail.join("\n"))));
    }
    Ok(built)
}

/// `st`, in the virtual environment `venv`, made (from PyPI, pinned) the
/// first time.
pub fn schemathesis(venv: &Path) -> std::io::Result<PathBuf> {
    let st = venv.join("bin").join("st");
    let ready = Command::new(&st).arg("--version").output();
    if ready.is_ok_and(|output| String::from_utf8_lossy(&output.stdout).contains(SCHEMATHESIS)) {
        return Ok(st);
    }
    let made = Command::new("python3").args(["-m", "venv"]).arg(venv).status()?;
    if !made.success() {
        return Err(std::io::Error::other(format!("python3 -m venv {}: {made}", venv.display())));
    }
    let installed = Command::new(venv.join("bin").join("pip"))
        .args(["install", "--quiet", "--disable-pip-version-check", &format!("schemathesis=={SCHEMATHESIS}")])
        .status()?;
    if !installed.success() {
        return Err(std::io::Error::other(format!("pip install schemathesis=={SCHEMATHESIS}: {installed}")));
    }
    Ok(st)
}

/// How a run is made.
#[derive(Debug, Clone)]
pub struct Options {
    /// Examples per operation (`--max-examples`).
    pub max_examples: u32,
    /// Documents run at once, each by its own schemathesis and server.
    pub jobs: usize,
}

impl Default for Options {
    fn default() -> Self {
        Self { max_examples: MAX_EXAMPLES, jobs: 2 }
    }
}

/// What became of one document.
#[derive(Debug, Clone)]
pub enum Outcome {
    /// The generator refused it (or panicked): nothing to serve.
    Refused(String),
    /// It has no operation: nothing to serve.
    NoOperations,
    /// Its crate or server does not compile: the first error.
    DoesNotCompile(String),
    /// Its server did not start (the router panicked): what it said.
    DidNotStart(String),
    /// schemathesis ran against it.
    Ran(Run),
}

/// What schemathesis found in one document's server.
#[derive(Debug, Clone, Default)]
pub struct Run {
    /// Operations served.
    pub operations: usize,
    /// Test cases schemathesis generated and sent.
    pub cases: u64,
    /// Every failing case.
    pub failures: Vec<Failure>,
    /// What schemathesis could not do (an operation it could not test, a
    /// request that got no answer), and panics in the server's log.
    pub errors: Vec<String>,
    /// Wall-clock seconds of the schemathesis run.
    pub seconds: f64,
}

/// One failing case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// `METHOD /path/template`, as schemathesis labels it.
    pub operation: String,
    /// `positive_data_acceptance` or `negative_data_rejection`.
    pub check: String,
    /// Where it fails, each judged on its own: for a refused valid request,
    /// the status and each place the refusal names with its keyword
    /// (`400 /query/page[size] required`), or the status alone; for an
    /// accepted invalid one, what schemathesis says it broke (`in body -
    /// object with invalid additional property: Incorrect type`).
    pub places: Vec<String>,
    /// The request, as a `curl` command against a server that
    /// `cargo xtask semantic --serve` runs on [`SERVE_ADDRESS`].
    pub request: String,
    /// The answer: its status and (the start of) its body.
    pub answer: String,
}

/// The address `--serve` uses, and the one repro commands name.
pub const SERVE_ADDRESS: &str = "127.0.0.1:8080";

/// A running server, stopped when dropped.
struct Server {
    child: Child,
    address: String,
    log: PathBuf,
}

impl Server {
    /// Starts `binary` on a free port, its standard error into `log`.
    fn start(binary: &Path, log: &Path) -> Result<Self, String> {
        let stderr = std::fs::File::create(log).map_err(|e| format!("cannot create {}: {e}", log.display()))?;
        let mut child = Command::new(binary)
            .stdout(Stdio::piped())
            .stderr(stderr)
            .spawn()
            .map_err(|e| format!("cannot start {}: {e}", binary.display()))?;
        let mut line = String::new();
        if let Some(stdout) = child.stdout.take() {
            let _ = BufReader::new(stdout).read_line(&mut line);
        }
        let address = line.trim().to_owned();
        if address.is_empty() {
            let _ = child.kill();
            let _ = child.wait();
            let said = std::fs::read_to_string(log).unwrap_or_default();
            return Err(said.lines().filter(|l| !l.trim().is_empty()).take(3).collect::<Vec<_>>().join(" "));
        }
        Ok(Self { child, address, log: log.to_path_buf() })
    }

    /// The panics the server's log holds (a panic in a method or the
    /// pipeline costs the connection, not the process).
    fn panics(&self) -> Vec<String> {
        let log = std::fs::read_to_string(&self.log).unwrap_or_default();
        log.lines().filter(|l| l.contains("panicked at")).map(|l| format!("the server panicked: {l}")).collect()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The schemathesis configuration of one document: the two request checks' expected
/// statuses, no state kept between runs, and credentials for each scheme.
fn configuration(schemes: &[(String, Credential)]) -> String {
    let mut out = String::from(
        "# Written by `cargo xtask semantic`: the expected statuses of the request checks,\n\
         # no state kept between runs, and credentials for every security scheme.\n\
         [checks.positive_data_acceptance]\nexpected-statuses = [\"501\"]\n\n\
         [checks.negative_data_rejection]\nexpected-statuses = [\"4xx\"]\n\n\
         [cache]\nenabled = false\n",
    );
    for (name, credential) in schemes {
        let name = serde_json::Value::String(name.clone());
        let _ = write!(out, "\n[auth.openapi.{name}]\n");
        out.push_str(match credential {
            Credential::ApiKey => "api_key = \"semantic-gate-key\"\n",
            Credential::Bearer => "bearer = \"semantic-gate-token\"\n",
            Credential::Basic => "username = \"semantic\"\npassword = \"gate\"\n",
        });
    }
    out
}

/// Runs schemathesis over `document` against `server`, its reports and
/// configuration in `dir`.
fn test(st: &Path, document: &Document, schemes: &[(String, Credential)], server: &Server, dir: &Path, options: &Options) -> Run {
    let started = Instant::now();
    let mut run = Run::default();
    let config = dir.join("schemathesis.toml");
    if let Err(error) = std::fs::write(&config, configuration(schemes)) {
        run.errors.push(format!("cannot write {}: {error}", config.display()));
        return run;
    }
    let (json, ndjson) = (dir.join("report.json"), dir.join("report.ndjson"));
    let _ = (std::fs::remove_file(&json), std::fs::remove_file(&ndjson));
    let output = Command::new(st)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .arg("--config-file")
        .arg(&config)
        .arg("--no-color")
        .arg("run")
        .arg(&document.path)
        .args(["--url", &format!("http://{}", server.address)])
        .args(["--checks", CHECKS, "--phases", PHASES, "--continue-on-failure"])
        .args(["--seed", SEED, "--max-examples", &options.max_examples.to_string(), "--workers", "1"])
        // No examples kept between runs; credentials as sent, so that the
        // repro commands carry them.
        .args(["--generation-database", "none", "--output-sanitize", "false", "--report", "json,ndjson"])
        .arg("--report-json-path")
        .arg(&json)
        .arg("--report-ndjson-path")
        .arg(&ndjson)
        .output();
    run.seconds = started.elapsed().as_secs_f64();
    let output = match output {
        Ok(output) => output,
        Err(error) => {
            run.errors.push(format!("schemathesis did not run: {error}"));
            return run;
        }
    };
    // The run's own seconds are schemathesis's; these include its start.
    let _ = std::fs::write(dir.join("schemathesis.log"), [&output.stdout[..], &output.stderr[..]].concat());
    match reports(dir) {
        Ok(mut read) => {
            read.seconds = run.seconds;
            read.errors.splice(0..0, run.errors);
            run = read;
        }
        Err(why) => {
            let said = String::from_utf8_lossy(&output.stderr);
            let said: Vec<&str> = said.lines().rev().take(5).collect();
            let said = said.into_iter().rev().collect::<Vec<_>>().join(" ");
            run.errors.push(format!("{why} (schemathesis: {}): {said}", output.status));
        }
    }
    run.errors.extend(server.panics());
    run
}

/// What schemathesis's reports in `dir` say: the cases (and the run's
/// seconds and operations) from `report.json`, the failures from
/// `report.ndjson`.
fn reports(dir: &Path) -> Result<Run, String> {
    let json = dir.join("report.json");
    let text = std::fs::read_to_string(&json).map_err(|e| format!("no report {}: {e}", json.display()))?;
    let summary: serde_json::Value = serde_json::from_str(&text).map_err(|e| format!("{}: {e}", json.display()))?;
    let number = |pointer: &str| summary.pointer(pointer).and_then(serde_json::Value::as_u64).unwrap_or_default();
    let mut run = Run {
        operations: usize::try_from(number("/operations/selected")).unwrap_or_default(),
        cases: number("/test_cases/generated"),
        seconds: summary.get("running_time").and_then(serde_json::Value::as_f64).unwrap_or_default(),
        ..Run::default()
    };
    for error in summary.get("errors").and_then(|e| e.as_array()).into_iter().flatten() {
        run.errors.push(format!("schemathesis: {}", compact(error)));
    }
    // The server's address, which repro commands replace: in the command.
    let command = summary.get("command").and_then(|c| c.as_str()).unwrap_or_default();
    let address = command.split_whitespace().skip_while(|w| *w != "--url").nth(1).unwrap_or_default();
    let address = address.strip_prefix("http://").unwrap_or(address);
    let ndjson = dir.join("report.ndjson");
    let log = std::fs::File::open(&ndjson).map_err(|e| format!("no event log {}: {e}", ndjson.display()))?;
    run.failures = failures(BufReader::new(log), address);
    Ok(run)
}

/// Keeps in `dir` what became of a document that schemathesis did not run
/// (and removes its reports), for [`reread`].
fn remember(dir: &Path, outcome: &Outcome) {
    let why = match outcome {
        Outcome::Ran(_) => {
            let _ = std::fs::remove_file(dir.join("not-run"));
            return;
        }
        Outcome::NoOperations => "no operations".to_owned(),
        Outcome::Refused(why) => format!("refused\n{why}"),
        Outcome::DoesNotCompile(why) => format!("does not compile\n{why}"),
        Outcome::DidNotStart(why) => format!("did not start\n{why}"),
    };
    let _ = std::fs::create_dir_all(dir);
    let _ = std::fs::remove_file(dir.join("report.json"));
    let _ = std::fs::write(dir.join("not-run"), why);
}

/// The outcomes of the last run over `documents` in `work`, read again
/// from its reports (to judge them by an edited table without running
/// anything): a document without a report did not run.
pub fn reread(documents: &[Document], work: &Path) -> Vec<(Document, Outcome)> {
    documents
        .iter()
        .map(|document| {
            let dir = work.join("runs").join(slug(&document.name));
            let not_run = std::fs::read_to_string(dir.join("not-run")).ok();
            let outcome = match not_run.as_deref().map(|text| text.split_once('\n').unwrap_or((text, ""))) {
                Some(("no operations", _)) => Outcome::NoOperations,
                Some(("refused", why)) => Outcome::Refused(why.to_owned()),
                Some(("does not compile", why)) => Outcome::DoesNotCompile(why.to_owned()),
                Some((_, why)) => Outcome::DidNotStart(why.to_owned()),
                None => match reports(&dir) {
                    Ok(run) => Outcome::Ran(run),
                    Err(why) => Outcome::DidNotStart(format!("not run: {why}")),
                },
            };
            (document.clone(), outcome)
        })
        .collect()
}

/// A JSON value on one line, at most 300 characters of it.
fn compact(value: &serde_json::Value) -> String {
    let text = value.to_string();
    match text.char_indices().nth(300) {
        Some((at, _)) => format!("{}...", &text[..at]),
        None => text,
    }
}

/// The failing cases in schemathesis's event log, in its order.
fn failures(log: impl BufRead, address: &str) -> Vec<Failure> {
    let mut out: Vec<Failure> = Vec::new();
    for line in log.lines().map_while(Result::ok) {
        if !line.starts_with("{\"ScenarioFinished\"") {
            continue;
        }
        let Ok(event) = serde_json::from_str::<serde_json::Value>(&line) else { continue };
        let Some(recorder) = event.pointer("/ScenarioFinished/recorder") else { continue };
        let label = recorder.get("label").and_then(|l| l.as_str()).unwrap_or_default();
        let Some(checks) = recorder.get("checks").and_then(|c| c.as_object()) else { continue };
        for (case, results) in checks {
            for result in results.as_array().into_iter().flatten() {
                if result.get("status").and_then(|s| s.as_str()) != Some("failure") {
                    continue;
                }
                let check = result.get("name").and_then(|n| n.as_str()).unwrap_or_default().to_owned();
                let interaction = recorder.pointer(&format!("/interactions/{case}"));
                let failure = result.pointer("/failure_info/failure");
                let operation = failure.and_then(|f| f.get("operation")).and_then(|o| o.as_str()).unwrap_or(label).to_owned();
                let places = places(&check, failure, interaction);
                let (request, answer) = interaction.map(|i| (curl(i, address), answer(i))).unwrap_or_default();
                out.push(Failure { operation, check, places, request, answer });
            }
        }
    }
    out
}

/// Where a case fails: what schemathesis says an accepted invalid request
/// broke, or the status and each place a refused valid request names.
fn places(check: &str, failure: Option<&serde_json::Value>, interaction: Option<&serde_json::Value>) -> Vec<String> {
    let message = failure.and_then(|f| f.get("message")).and_then(|m| m.as_str()).unwrap_or_default();
    // `Invalid component: in body - ...`, or `in body` with the list of
    // what it broke on the lines after it.
    let mut lines = message.lines().skip_while(|l| !l.starts_with("Invalid component: "));
    if let Some(component) = lines.next().and_then(|l| l.strip_prefix("Invalid component: ")) {
        let listed: Vec<&str> = lines.map_while(|l| l.trim_start().strip_prefix("- ")).collect();
        return vec![if listed.is_empty() { component.to_owned() } else { format!("{component} - {}", listed.join("; ")) }];
    }
    if check == "negative_data_rejection" {
        return vec![message.lines().last().unwrap_or_default().to_owned()];
    }
    if check == "response_schema_conformance" {
        // The status, and what of the schema the body breaks.
        let status = interaction.and_then(|i| i.pointer("/response/status_code")).and_then(serde_json::Value::as_u64).unwrap_or_default();
        // `"message" is a required property`, or `<value> ... is valid
        // under more than one ...` (the value cut), and where in the schema.
        let first = message.lines().next().unwrap_or_default();
        let broken = first.rsplit(" ... ").next().unwrap_or(first);
        let at = message
            .lines()
            .find_map(|l| l.strip_prefix("Schema at "))
            .map(|at| format!(" (at {})", at.trim_end_matches(':')))
            .unwrap_or_default();
        return vec![format!("{status} {broken}{at}")];
    }
    let Some(response) = interaction.and_then(|i| i.get("response")) else { return vec!["no answer".to_owned()] };
    let status = response.get("status_code").and_then(serde_json::Value::as_u64).unwrap_or_default();
    let body = body(response.get("content")).and_then(|b| serde_json::from_slice::<serde_json::Value>(&b).ok());
    let mut places: Vec<String> = Vec::new();
    // problem+json with `violations`, or FastAPI's `detail` list.
    for violation in body.as_ref().and_then(|b| b.get("violations")).and_then(|v| v.as_array()).into_iter().flatten() {
        let pointer = violation.get("pointer").and_then(|p| p.as_str()).unwrap_or_default();
        let keyword = violation.get("keyword").and_then(|k| k.as_str()).unwrap_or_default();
        places.push(format!("{status} {pointer} {keyword}"));
    }
    for detail in body.as_ref().and_then(|b| b.get("detail")).and_then(|d| d.as_array()).into_iter().flatten() {
        let loc: Vec<String> = detail
            .get("loc")
            .and_then(|l| l.as_array())
            .into_iter()
            .flatten()
            .map(|part| part.as_str().map_or_else(|| part.to_string(), str::to_owned))
            .collect();
        let kind = detail.get("type").and_then(|t| t.as_str()).unwrap_or_default();
        places.push(format!("{status} /{} {kind}", loc.join("/")));
    }
    places.sort();
    places.dedup();
    if places.is_empty() {
        places.push(status.to_string());
    }
    places
}

/// A place as it is shown in a group of failures: array indices as `*`,
/// so that `/body/things/0` and `/body/things/7` are one group.
fn general(place: &str) -> String {
    place
        .split(' ')
        .map(|word| {
            if !word.starts_with('/') {
                return word.to_owned();
            }
            word.split('/')
                .map(|s| if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) { "*" } else { s })
                .collect::<Vec<_>>()
                .join("/")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether `text` matches `pattern`, in which `*` stands for any run of
/// characters (none included).
pub fn glob(pattern: &str, text: &str) -> bool {
    let mut parts = pattern.split('*');
    let first = parts.next().unwrap_or_default();
    let Some(mut rest) = text.strip_prefix(first) else { return false };
    let parts: Vec<&str> = parts.collect();
    let Some((last, middle)) = parts.split_last() else { return rest.is_empty() };
    for part in middle {
        match rest.find(part) {
            Some(at) => rest = &rest[at + part.len()..],
            None => return false,
        }
    }
    rest.len() >= last.len() && rest.ends_with(last)
}

/// The octets of a recorded body (`{"$base64": ...}`).
fn body(content: Option<&serde_json::Value>) -> Option<Vec<u8>> {
    use base64::Engine as _;
    let encoded = content?.get("$base64")?.as_str()?;
    base64::engine::general_purpose::STANDARD.decode(encoded).ok()
}

/// The recorded answer: status and the start of the body.
fn answer(interaction: &serde_json::Value) -> String {
    let Some(response) = interaction.get("response") else { return "no answer".to_owned() };
    let status = response.get("status_code").and_then(serde_json::Value::as_u64).unwrap_or_default();
    let body = body(response.get("content")).map(|b| String::from_utf8_lossy(&b).into_owned()).unwrap_or_default();
    let body: String = body.chars().take(300).collect();
    format!("{status} {body}")
}

/// `text` as one shell word: `'...'`, or `$'...'` with escapes when it
/// holds control characters (a multipart body's line breaks).
fn shell_quote(text: &str) -> String {
    if !text.chars().any(char::is_control) {
        return format!("'{}'", text.replace('\'', r"'\''"));
    }
    let mut out = String::from("$'");
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let mut buffer = [0; 4];
                for byte in c.encode_utf8(&mut buffer).bytes() {
                    let _ = write!(out, "\\x{byte:02x}");
                }
            }
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

/// The recorded request as a `curl` command against [`SERVE_ADDRESS`].
fn curl(interaction: &serde_json::Value, address: &str) -> String {
    let quote = |text: &str| shell_quote(text);
    let Some(request) = interaction.get("request") else { return String::new() };
    let method = request.get("method").and_then(|m| m.as_str()).unwrap_or("GET");
    let uri = request.get("uri").and_then(|u| u.as_str()).unwrap_or_default().replacen(address, SERVE_ADDRESS, 1);
    let mut out = format!("curl -X {method}");
    for (name, values) in request.get("headers").and_then(|h| h.as_object()).into_iter().flatten() {
        if matches!(name.to_ascii_lowercase().as_str(), "user-agent" | "x-schemathesis-testcaseid" | "content-length") {
            continue;
        }
        for value in values.as_array().into_iter().flatten().filter_map(|v| v.as_str()) {
            let _ = write!(out, " -H {}", quote(&format!("{name}: {value}")));
        }
    }
    if let Some(body) = body(request.get("body")) {
        match String::from_utf8(body) {
            Ok(text) => {
                let _ = write!(out, " --data-binary {}", quote(&text));
            }
            Err(body) => {
                let _ = write!(out, " --data-binary {} (as octets)", quote(&String::from_utf8_lossy(body.as_bytes())));
            }
        }
    }
    let _ = write!(out, " {}", quote(&uri));
    out
}

/// A document whose server is built.
struct Ready {
    /// The server.
    binary: PathBuf,
    /// How many operations it serves.
    operations: usize,
    /// The credential each security scheme takes.
    schemes: Vec<(String, Credential)>,
}

/// Generates and builds every document's server in `work` (one `cargo
/// build`, `target` as the target directory): each document with what
/// became of it if it cannot be served, or its server binary and schemes.
fn prepare(root: &Path, documents: &[Document], work: &Path, target: &Path) -> std::io::Result<Vec<Result<Ready, Outcome>>> {
    let runtime = root.join("runtime").canonicalize()?;
    // What an earlier run generated stays where it is, and is rewritten
    // only where it changed, so that cargo rebuilds only that (crates of
    // documents not in this run stay too, outside the workspace).
    std::fs::create_dir_all(work)?;
    println!("generating {} documents", documents.len());
    let generated: Vec<Generated> = documents.iter().map(|document| generate(document, &runtime, work)).collect();
    let slugs: Vec<String> = documents
        .iter()
        .zip(&generated)
        .filter(|(_, g)| matches!(g, Generated::Crate { operations, .. } if *operations > 0))
        .map(|(d, _)| slug(&d.name))
        .collect();
    println!("building {} servers (one cargo build)", slugs.len());
    let started = Instant::now();
    let built = build(root, work, &slugs, target)?;
    println!("built in {:.0} s", started.elapsed().as_secs_f64());
    Ok(documents
        .iter()
        .zip(generated)
        .map(|(document, generated)| match generated {
            Generated::Refused(why) => Err(Outcome::Refused(why)),
            Generated::Crate { operations: 0, .. } => Err(Outcome::NoOperations),
            Generated::Crate { operations, schemes } => match built.get(&slug(&document.name)) {
                Some(Built::Server(binary)) => Ok(Ready { binary: binary.clone(), operations, schemes }),
                Some(Built::Fails(why)) => Err(Outcome::DoesNotCompile(why.clone())),
                None => Err(Outcome::DoesNotCompile("cargo did not say".to_owned())),
            },
        })
        .collect())
}

/// The gate over `documents`: generates and builds every server in `work`
/// (`target` as the target directory), then runs `st` against each,
/// `options.jobs` at a time, printing a line per document as it finishes.
/// Returns each document with what became of it, in the order given.
pub fn run(
    root: &Path,
    documents: &[Document],
    work: &Path,
    target: &Path,
    st: &Path,
    options: &Options,
) -> std::io::Result<Vec<(Document, Outcome)>> {
    let prepared = prepare(root, documents, work, target)?;
    // The largest documents first, so that no long run is left to the end
    // with one job idle.
    let mut order: Vec<usize> = (0..documents.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(prepared[i].as_ref().map_or(0, |ready| ready.operations)));
    let next = std::sync::atomic::AtomicUsize::new(0);
    let done = std::sync::atomic::AtomicUsize::new(0);
    let outcomes: std::sync::Mutex<Vec<Option<Outcome>>> = std::sync::Mutex::new(vec![None; documents.len()]);
    std::thread::scope(|scope| {
        for _ in 0..options.jobs.max(1) {
            scope.spawn(|| {
                while let Some(&i) = order.get(next.fetch_add(1, std::sync::atomic::Ordering::SeqCst)) {
                    let (document, prepared) = (&documents[i], &prepared[i]);
                    let outcome = match prepared {
                        Err(outcome) => outcome.clone(),
                        Ok(ready) => {
                            let dir = work.join("runs").join(slug(&document.name));
                            let _ = std::fs::create_dir_all(&dir);
                            match Server::start(&ready.binary, &dir.join("server.log")) {
                                Err(why) => Outcome::DidNotStart(why),
                                Ok(server) => {
                                    let mut run = test(st, document, &ready.schemes, &server, &dir, options);
                                    run.operations = ready.operations;
                                    Outcome::Ran(run)
                                }
                            }
                        }
                    };
                    remember(&work.join("runs").join(slug(&document.name)), &outcome);
                    let n = done.fetch_add(1, std::sync::atomic::Ordering::SeqCst) + 1;
                    println!("[{n}/{}] {}: {}", documents.len(), document.name, summary(&outcome));
                    outcomes.lock().unwrap_or_else(std::sync::PoisonError::into_inner)[i] = Some(outcome);
                }
            });
        }
    });
    let outcomes = outcomes.into_inner().unwrap_or_else(std::sync::PoisonError::into_inner);
    Ok(documents.iter().cloned().zip(outcomes.into_iter().map(|o| o.unwrap_or(Outcome::DidNotStart("not run".to_owned())))).collect())
}

/// One line on what became of a document.
pub fn summary(outcome: &Outcome) -> String {
    match outcome {
        Outcome::Refused(why) => format!("refused: {}", why.lines().next().unwrap_or_default()),
        Outcome::NoOperations => "no operations: nothing to serve".to_owned(),
        Outcome::DoesNotCompile(why) => format!("does not compile: {why}"),
        Outcome::DidNotStart(why) => format!("the server did not start: {why}"),
        Outcome::Ran(run) => {
            let mut line = format!("{} operations, {} cases, {} failing", run.operations, run.cases, run.failures.len());
            if !run.errors.is_empty() {
                let _ = write!(line, ", {} errors", run.errors.len());
            }
            let _ = write!(line, " ({:.0} s)", run.seconds);
            line
        }
    }
}

/// Why a failure is not the server's fault, or which known defect it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Judged {
    /// schemathesis judges the request wrongly (Python's `re` for
    /// ECMA-262 patterns, explode-false arrays sent as repeated keys, ...).
    SchemathesisIsWrong,
    /// The document contradicts itself (an example that matches two
    /// `oneOf` branches, ...).
    DocumentContradictsItself,
    /// A narrowing the generator makes by design and states (issue 26
    /// class 12): an integer without bounds is read as `i64`, beyond which
    /// a valid request is refused.
    Narrowing,
    /// A body in a media type the generator does not read into a type
    /// (XML) arrives as octets for the method to read, unchecked; `check`
    /// warns at its schema. A request it forbids is not refused.
    NotRead,
    /// A defect of the generator or the runtime, known and filed (`known
    /// defect, issue 26 class 4`): named in the output, but still a failure.
    KnownDefect(String),
}

impl Judged {
    /// Whether the failure is accepted: not the server's fault.
    pub fn accepted(&self) -> bool {
        !matches!(self, Self::KnownDefect(_))
    }
}

impl std::fmt::Display for Judged {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::SchemathesisIsWrong => f.write_str("schemathesis is wrong"),
            Self::DocumentContradictsItself => f.write_str("the document contradicts itself"),
            Self::Narrowing => f.write_str("a narrowing by design"),
            Self::NotRead => f.write_str("not read by design"),
            Self::KnownDefect(which) => write!(f, "known defect, {which}"),
        }
    }
}

/// One row of the verdict table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    /// The document's name in the run.
    pub document: String,
    /// `METHOD /path`, or a pattern of them ([`glob`]: `*` for any).
    pub operation: String,
    /// The check.
    pub check: String,
    /// A pattern ([`glob`]) of the places it judges ([`Failure::places`]):
    /// `400 /body/things/* type`.
    pub place: String,
    /// The verdict.
    pub verdict: Judged,
    /// Why: what was replayed, and what the document or schemathesis does.
    pub reason: String,
}

impl Verdict {
    /// Whether this row judges `place`, a place where `failure` of
    /// `document` fails.
    pub fn judges(&self, document: &str, failure: &Failure, place: &str) -> bool {
        self.document == document && self.check == failure.check && glob(&self.operation, &failure.operation) && glob(&self.place, place)
    }
}

/// The verdict table (`xtask/tests/semantic-verdicts.tsv`): tab-separated
/// `document, operation, check, place, verdict, reason`, after a header
/// line; blank lines and lines starting with `#` are notes. A verdict is
/// `schemathesis is wrong`, `the document contradicts itself`, `a narrowing
/// by design`, `not read by design`, or `known defect, <which>` (reported, and still failing).
#[derive(Debug, Clone, Default)]
pub struct Verdicts(pub Vec<Verdict>);

impl Verdicts {
    /// Reads the table at `path`; a row that does not read is an error
    /// naming its line.
    pub fn read(path: &Path) -> Result<Self, String> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        Self::parse(&text).map_err(|e| format!("{}:{e}", path.display()))
    }

    /// Reads a table from its text.
    pub fn parse(text: &str) -> Result<Self, String> {
        let mut rows = Vec::new();
        for (n, line) in text.lines().enumerate().skip(1) {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let fields: Vec<&str> = line.split('\t').collect();
            let [document, operation, check, place, verdict, reason] = fields[..] else {
                return Err(format!("{}: {} fields; a row has 6, separated by tabs", n + 1, fields.len()));
            };
            let verdict = match verdict {
                "schemathesis is wrong" => Judged::SchemathesisIsWrong,
                "the document contradicts itself" => Judged::DocumentContradictsItself,
                "a narrowing by design" => Judged::Narrowing,
                "not read by design" => Judged::NotRead,
                other => match other.strip_prefix("known defect, ") {
                    Some(which) => Judged::KnownDefect(which.to_owned()),
                    None => return Err(format!("{}: unknown verdict {other:?}", n + 1)),
                },
            };
            if reason.trim().is_empty() {
                return Err(format!("{}: a verdict needs its reason", n + 1));
            }
            rows.push(Verdict {
                document: document.to_owned(),
                operation: operation.to_owned(),
                check: check.to_owned(),
                place: place.to_owned(),
                verdict,
                reason: reason.to_owned(),
            });
        }
        Ok(Self(rows))
    }
}

/// What a run comes to, judged by the table.
#[derive(Debug, Clone, Default)]
pub struct Judgement {
    /// Documents run.
    pub documents: usize,
    /// Operations served.
    pub operations: usize,
    /// Cases sent.
    pub cases: u64,
    /// Failing cases, all told.
    pub failing: usize,
    /// Failing cases the table accepts, by verdict.
    pub accepted: BTreeMap<String, usize>,
    /// Failing cases of known defects, by defect.
    pub defects: BTreeMap<String, usize>,
    /// Failing cases no row judges.
    pub unjudged: usize,
    /// What fails the gate: failures no accepting verdict judges (grouped,
    /// each group with its first request and answer), documents that could
    /// not be served, and errors.
    pub problems: Vec<String>,
    /// Rows of the table for documents run that judged nothing: stale once
    /// a fix lands or the document changes (the test fails on them; a run
    /// with other options may simply not have sent those cases).
    pub stale: Vec<String>,
    /// All of it, for a person to read.
    pub text: String,
}

/// Failing cases that share a verdict, as shown: those of one operation
/// and check, or for a known defect those of one document and check (in
/// how many operations); how many cases, where (each place once), and the
/// first one's request and answer.
struct Group<'a> {
    label: String,
    operations: Vec<&'a str>,
    places: Vec<String>,
    first: &'a Failure,
    cases: usize,
}

impl Group<'_> {
    /// The places shown of a group, at most this many (then how many more).
    const PLACES: usize = 4;

    fn show(&self, with_request: bool) -> String {
        let mut places = self.places.iter().take(Self::PLACES).map(|p| printable(p)).collect::<Vec<_>>().join("; ");
        if self.places.len() > Self::PLACES {
            let _ = write!(places, "; and {} more places", self.places.len() - Self::PLACES);
        }
        let operations = match self.operations.len() {
            1 => String::new(),
            n => format!(", {n} operations"),
        };
        let mut out = format!("{} ({} cases{operations}) at {places}", self.label, self.cases);
        if with_request {
            let request: String = self.first.request.chars().take(1000).collect();
            let cut = if request.len() < self.first.request.len() { " ... (cut; the whole is in the run's report.ndjson)" } else { "" };
            let answer: String = printable(&self.first.answer).chars().take(300).collect();
            let _ = write!(out, "\n      {request}{cut}\n      -> {answer}");
        }
        out
    }
}

/// `text` with its control characters escaped, to keep to one line.
fn printable(text: &str) -> String {
    text.chars().map(|c| if c.is_control() { c.escape_default().to_string() } else { c.to_string() }).collect()
}

/// Adds `failure` of `document` to its group in `groups`: by operation,
/// but a known defect's by document (its operations are listed once).
fn group<'a>(groups: &mut Vec<Group<'a>>, verdict: &str, defect: bool, document: &str, failure: &'a Failure) {
    let label = if defect {
        format!("[{verdict}] {document}\t{}", failure.check)
    } else {
        format!("[{verdict}] {document}\t{}\t{}", failure.operation, failure.check)
    };
    let index = match groups.iter().position(|g| g.label == label) {
        Some(index) => index,
        None => {
            groups.push(Group { label, operations: Vec::new(), places: Vec::new(), first: failure, cases: 0 });
            groups.len() - 1
        }
    };
    let group = &mut groups[index];
    group.cases += 1;
    if !group.operations.contains(&failure.operation.as_str()) {
        group.operations.push(&failure.operation);
    }
    for place in &failure.places {
        let place = general(place);
        if !group.places.contains(&place) {
            group.places.push(place);
        }
    }
}

/// Judges `outcomes` by `verdicts`: each place a case fails at is judged
/// by the first row that matches it; a case is accepted when every place
/// of it is judged by a row that accepts.
pub fn judge(outcomes: &[(Document, Outcome)], verdicts: &Verdicts) -> Judgement {
    let mut out = Judgement { documents: outcomes.len(), ..Judgement::default() };
    let mut used = vec![false; verdicts.0.len()];
    let mut accepted: Vec<Group<'_>> = Vec::new();
    let mut failing: Vec<Group<'_>> = Vec::new();
    for (document, outcome) in outcomes {
        let run = match outcome {
            Outcome::Ran(run) => run,
            Outcome::NoOperations => continue,
            other => {
                out.problems.push(format!("{}: {}", document.name, summary(other)));
                continue;
            }
        };
        out.operations += run.operations;
        out.cases += run.cases;
        out.failing += run.failures.len();
        for error in &run.errors {
            out.problems.push(format!("{}: {error}", document.name));
        }
        for failure in &run.failures {
            let rows: Vec<Option<usize>> =
                failure.places.iter().map(|place| verdicts.0.iter().position(|row| row.judges(&document.name, failure, place))).collect();
            for i in rows.iter().flatten() {
                used[*i] = true;
            }
            let accepts = rows.iter().all(|row| row.is_some_and(|i| verdicts.0[i].verdict.accepted()));
            let defect = rows.iter().flatten().map(|i| &verdicts.0[*i].verdict).find(|v| !v.accepted());
            if accepts {
                let first = rows.first().copied().flatten().map(|i| verdicts.0[i].verdict.to_string()).unwrap_or_default();
                *out.accepted.entry(first.clone()).or_default() += 1;
                group(&mut accepted, &first, false, &document.name, failure);
            } else if rows.iter().all(Option::is_some)
                && let Some(defect) = defect
            {
                *out.defects.entry(defect.to_string()).or_default() += 1;
                group(&mut failing, &defect.to_string(), true, &document.name, failure);
            } else {
                out.unjudged += 1;
                group(&mut failing, "not judged", false, &document.name, failure);
            }
        }
    }
    out.problems.extend(failing.iter().map(|group| group.show(true)));
    let run: Vec<&str> = outcomes.iter().map(|(d, _)| d.name.as_str()).collect();
    for (row, used) in verdicts.0.iter().zip(used) {
        if !used && run.contains(&row.document.as_str()) {
            out.stale.push(format!("{}\t{}\t{}\t{}", row.document, row.operation, row.check, row.place));
        }
    }
    let by = |counts: &BTreeMap<String, usize>| counts.iter().map(|(v, n)| format!("\n    {n} {v}")).collect::<String>();
    let _ = writeln!(
        out.text,
        "{} documents, {} operations, {} cases, {} failing:\n  {} judged not the server's fault:{}\n  {} known defects:{}\n  {} not judged\n{} problems, {} rows that judged nothing",
        out.documents,
        out.operations,
        out.cases,
        out.failing,
        out.accepted.values().sum::<usize>(),
        by(&out.accepted),
        out.defects.values().sum::<usize>(),
        by(&out.defects),
        out.unjudged,
        out.problems.len(),
        out.stale.len()
    );
    if !accepted.is_empty() {
        let lines: Vec<String> = accepted.iter().map(|g| format!("  {}", g.show(false))).collect();
        let _ = writeln!(out.text, "judged by the table:\n{}", lines.join("\n"));
    }
    if !out.problems.is_empty() {
        let lines: Vec<String> = out.problems.iter().map(|p| format!("  {p}")).collect();
        let _ = writeln!(out.text, "problems:\n{}", lines.join("\n"));
    }
    if !out.stale.is_empty() {
        let lines: Vec<String> = out.stale.iter().map(|p| format!("  {p}")).collect();
        let _ =
            writeln!(out.text, "rows of the table that judged nothing (remove them if the gate's own run says so):\n{}", lines.join("\n"));
    }
    out
}

/// Generates and builds one document's server in `work` and runs it on
/// `address` until it is stopped (Ctrl-C): for replaying a failure.
pub fn serve(root: &Path, document: &Document, work: &Path, target: &Path, address: &str) -> std::io::Result<()> {
    let prepared = prepare(root, std::slice::from_ref(document), work, target)?;
    let Ready { binary, operations, .. } = match prepared.into_iter().next() {
        Some(Ok(ready)) => ready,
        Some(Err(outcome)) => return Err(std::io::Error::other(summary(&outcome))),
        None => return Err(std::io::Error::other("nothing was prepared")),
    };
    println!("serving {} ({operations} operations) on http://{address}; Ctrl-C stops it", document.name);
    let status = Command::new(binary).arg(address).status()?;
    if status.success() { Ok(()) } else { Err(std::io::Error::other(format!("the server stopped: {status}"))) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_match_as_globs() {
        assert!(glob("*", ""));
        assert!(glob("400 /body/things/* type", "400 /body/things/7 type"));
        assert!(glob("POST *instances", "POST /v1/instances"));
        assert!(glob("in body - violates `required`*", "in body - violates `required` (was \"\")"));
        assert!(!glob("400 /body/* type", "400 /body/x required"));
        assert!(!glob("GET /a", "GET /a/b"));
        assert!(glob("a*b*c", "abbbc"));
        assert!(!glob("a*b*c", "acb"));
    }

    #[test]
    fn array_indices_are_one_place_when_shown() {
        assert_eq!(general("400 /body/disks/3/slot type"), "400 /body/disks/*/slot type");
        assert_eq!(general("in body - things: Incorrect type"), "in body - things: Incorrect type");
    }

    #[test]
    fn the_table_reads_and_says_where_it_does_not() {
        let table = "document\toperation\tcheck\tplace\tverdict\treason\n\
                     # a note\n\
                     \n\
                     doc\tGET /a\tpositive_data_acceptance\t400 /query/n type\ta narrowing by design\ti64\n\
                     doc\t*\tnegative_data_rejection\t*\tknown defect, issue 26 class 3\tdropped\n";
        let verdicts = Verdicts::parse(table).expect("it reads");
        assert_eq!(verdicts.0.len(), 2);
        assert_eq!(verdicts.0[0].verdict, Judged::Narrowing);
        assert!(verdicts.0[0].verdict.accepted());
        assert!(!verdicts.0[1].verdict.accepted());
        let bad = "header\ndoc\tGET /a\tcheck\tplace\tmaybe\twhy\n";
        assert_eq!(Verdicts::parse(bad).unwrap_err(), "2: unknown verdict \"maybe\"");
        let short = "header\ndoc\tGET /a\n";
        assert!(Verdicts::parse(short).unwrap_err().starts_with("2: 2 fields"));
    }

    #[test]
    fn a_case_is_accepted_only_when_each_place_is() {
        let failure = Failure {
            operation: "GET /a".to_owned(),
            check: "positive_data_acceptance".to_owned(),
            places: vec!["400 /query/n type".to_owned(), "400 /query/m type".to_owned()],
            request: "curl".to_owned(),
            answer: "400".to_owned(),
        };
        let document = Document { name: "doc".to_owned(), path: PathBuf::from("doc.yaml") };
        let outcomes = vec![(document, Outcome::Ran(Run { operations: 1, cases: 3, failures: vec![failure], ..Run::default() }))];
        let one = "h\ndoc\tGET /a\tpositive_data_acceptance\t400 /query/n type\ta narrowing by design\ti64\n";
        let judged = judge(&outcomes, &Verdicts::parse(one).expect("it reads"));
        assert_eq!((judged.unjudged, judged.problems.len()), (1, 1), "{}", judged.text);
        let both = format!("{one}doc\tGET /a\tpositive_data_acceptance\t400 /query/m type\tschemathesis is wrong\tuint8\n");
        let judged = judge(&outcomes, &Verdicts::parse(&both).expect("it reads"));
        assert!(judged.problems.is_empty(), "{}", judged.text);
        assert_eq!(judged.accepted.get("a narrowing by design"), Some(&1));
        let stale = format!("{both}doc\tGET /b\tpositive_data_acceptance\t*\tschemathesis is wrong\tgone\n");
        let judged = judge(&outcomes, &Verdicts::parse(&stale).expect("it reads"));
        assert!(judged.problems.is_empty(), "{}", judged.text);
        assert_eq!(judged.stale, ["doc\tGET /b\tpositive_data_acceptance\t*"]);
    }

    #[test]
    fn control_characters_are_quoted_for_the_shell() {
        assert_eq!(shell_quote("it's"), r"'it'\''s'");
        assert_eq!(shell_quote("a\r\nb\u{1}"), r"$'a\r\nb\x01'");
    }

    #[test]
    fn refused_valid_requests_are_placed_by_their_violations() {
        use base64::Engine as _;
        let body = base64::engine::general_purpose::STANDARD
            .encode(r#"{"violations":[{"pointer":"/body/b","keyword":"type"},{"pointer":"/body/a","keyword":"required"}]}"#);
        let interaction = serde_json::json!({"response": {"status_code": 400, "content": {"$base64": body}}});
        let refused = places("positive_data_acceptance", None, Some(&interaction));
        assert_eq!(refused, ["400 /body/a required", "400 /body/b type"]);
        let failure = serde_json::json!({"message": "Invalid data\nInvalid component: in body\n  - violates `type`\n  - violates `enum`"});
        assert_eq!(places("negative_data_rejection", Some(&failure), None), ["in body - violates `type`; violates `enum`"]);
    }
}
