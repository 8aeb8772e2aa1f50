//! The wide corpus: the 233 real documents of `../shared/corpus-wide/`
//! (APIs.guru), each generated in process, then every crate checked by
//! `cargo check` in one target directory (`cargo xtask corpus --wide`, and
//! the test `xtask/tests/corpus_wide.rs`).
//!
//! What generation makes of each document is one line of a table
//! ([`table`]): the test `xtask/tests/corpus_wide.rs` pins it, so that a
//! change of the generator shows as a diff of it.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::Stdio;

use oapi_axum::{CrateOptions, RuntimeDependency};

/// What became of one document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Generated {
    /// A crate was made, with these warnings.
    Crate {
        /// The warnings of `oapi-axum check`.
        warnings: Vec<oapi_axum::ir::Warning>,
    },
    /// The document was refused with this error.
    Refused(oapi_axum::Error),
    /// The generator panicked: a defect, whatever the document.
    Panicked(String),
}

/// One document and what became of it.
#[derive(Debug, Clone)]
pub struct Document {
    /// Its file name without `.json`: also its crate's directory.
    pub name: String,
    /// Where it is.
    pub path: PathBuf,
    /// What generation made of it.
    pub generated: Generated,
    /// Pointers of its error or warnings that are not in the document.
    pub dangling: Vec<String>,
}

/// The documents of `corpus-wide`, by name.
pub fn documents(shared: &Path) -> std::io::Result<Vec<(String, PathBuf)>> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(shared.join("corpus-wide"))? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "json" || e == "yaml")
            && let Some(stem) = path.file_stem().and_then(|s| s.to_str())
        {
            out.push((stem.to_owned(), path.clone()));
        }
    }
    out.sort();
    Ok(out)
}

/// Documents larger than this are generated but not compiled: Microsoft
/// Graph beta (47 MB) makes 140 MB of Rust, whose build is the performance
/// issue's, not a test's.
pub const COMPILED_UP_TO: u64 = 10 * 1024 * 1024;

/// The documents whose crates are compiled: every one that generates, but
/// those over [`COMPILED_UP_TO`].
pub fn to_compile(generated: &[Document]) -> Vec<String> {
    generated
        .iter()
        .filter(|d| matches!(d.generated, Generated::Crate { .. }))
        .filter(|d| std::fs::metadata(&d.path).is_ok_and(|m| m.len() <= COMPILED_UP_TO))
        .map(|d| d.name.clone())
        .collect()
}

/// The package name of a document's crate.
pub fn crate_name(name: &str) -> String {
    let name: String = name.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' }).collect();
    format!("wide-{}", name.trim_matches('-'))
}

/// Generates every document, on `threads` threads; with `out`, writes each
/// crate into `out/<name>`. Documents are returned in name order.
pub fn generate(documents: &[(String, PathBuf)], runtime: &Path, out: Option<&Path>, threads: usize) -> Vec<Document> {
    let next = std::sync::atomic::AtomicUsize::new(0);
    let results = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..threads.max(1) {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                    let Some((name, path)) = documents.get(i) else { break };
                    let document = one(name, path, runtime, out);
                    results.lock().unwrap_or_else(std::sync::PoisonError::into_inner).push(document);
                }
            });
        }
    });
    let mut results = results.into_inner().unwrap_or_else(std::sync::PoisonError::into_inner);
    results.sort_by(|a, b| a.name.cmp(&b.name));
    results
}

fn one(name: &str, path: &Path, runtime: &Path, out: Option<&Path>) -> Document {
    let options = CrateOptions {
        crate_name: crate_name(name),
        crate_version: "0.0.0".to_owned(),
        spec: path.display().to_string(),
        runtime: RuntimeDependency::Path(runtime.display().to_string()),
        regenerate: "run `cargo xtask corpus --wide`".to_owned(),
        standalone: false,
    };
    let result = std::panic::catch_unwind(|| {
        let document = oapi_axum::load::load_file(path)?;
        let api = oapi_axum::ir::build(&document)?;
        let files = oapi_axum::emit::crate_files(&api, &options, path)?.files;
        Ok::<_, oapi_axum::Error>((files, api.warnings))
    });
    let generated = match result {
        Err(panic) => Generated::Panicked(
            panic.downcast_ref::<String>().cloned().or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned())).unwrap_or_default(),
        ),
        Ok(Err(error)) => Generated::Refused(error),
        Ok(Ok((files, warnings))) => {
            if let Some(out) = out {
                for file in files {
                    let target = out.join(name).join(&file.path);
                    let written =
                        target.parent().map_or(Ok(()), std::fs::create_dir_all).and_then(|()| std::fs::write(&target, &file.contents));
                    if let Err(error) = written {
                        return Document {
                            name: name.to_owned(),
                            path: path.to_path_buf(),
                            generated: Generated::Panicked(format!("cannot write {}: {error}", target.display())),
                            dangling: Vec::new(),
                        };
                    }
                }
            }
            Generated::Crate { warnings }
        }
    };
    let dangling = dangling(path, &generated);
    Document { name: name.to_owned(), path: path.to_path_buf(), generated, dangling }
}

/// The pointers of an error or of warnings that name nothing in their
/// file (the document's, unless they name another).
fn dangling(path: &Path, generated: &Generated) -> Vec<String> {
    let places: Vec<(&Path, &str)> = match generated {
        Generated::Crate { warnings } => warnings.iter().map(|w| (w.file.as_deref().unwrap_or(path), w.pointer.as_str())).collect(),
        Generated::Refused(error) => vec![(error.file.as_path(), error.pointer.as_str())],
        Generated::Panicked(_) => return Vec::new(),
    };
    let mut read: BTreeMap<&Path, Option<serde_json::Value>> = BTreeMap::new();
    let mut out = Vec::new();
    for (file, pointer) in places {
        let document = read.entry(file).or_insert_with(|| oapi_axum::load::read_value(file).ok());
        match document {
            Some(document) if document.pointer(pointer).is_some() => {}
            Some(_) => out.push(format!("{}: {pointer}", file.display())),
            None => out.push(format!("{}: {pointer} (the file does not read)", file.display())),
        }
    }
    out
}

/// The table the test pins: one line per document, what generation made
/// of it and how many warnings (or why it was refused).
pub fn table(documents: &[Document]) -> String {
    let mut out = String::from("document\tgenerated\twarnings\n");
    for document in documents {
        let (outcome, warnings) = match &document.generated {
            Generated::Crate { warnings } => ("crate".to_owned(), warnings.len().to_string()),
            Generated::Refused(error) => {
                (format!("refused at {}: {}", error.pointer, error.message.lines().next().unwrap_or_default()), "-".to_owned())
            }
            Generated::Panicked(message) => (format!("PANICKED: {message}"), "-".to_owned()),
        };
        out.push_str(&format!("{}\t{outcome}\t{warnings}\n", document.name));
    }
    out
}

/// How one crate fared under `cargo check`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Checked {
    /// It compiles.
    Compiles,
    /// It does not: the first error.
    Fails(String),
}

/// `cargo check`s every crate under `crates` at once (one workspace, the
/// project's lock file, `target` as the target directory), printing a line
/// for each crate that fails as cargo finishes it, and one for every fifty
/// that compile; returns each crate's verdict by name. A crate cargo never
/// got to (it stopped: a full disk, a registry out of reach) fails with the
/// end of what cargo wrote to its standard error.
pub fn check(root: &Path, crates: &Path, names: &[String], target: &Path) -> std::io::Result<BTreeMap<String, Checked>> {
    let work = crates.parent().unwrap_or(crates);
    let members: Vec<String> =
        names.iter().map(|n| format!("    \"{}/{n}\",", crates.file_name().and_then(|f| f.to_str()).unwrap_or("crates"))).collect();
    std::fs::write(work.join("Cargo.toml"), format!("[workspace]\nresolver = \"3\"\nmembers = [\n{}\n]\n", members.join("\n")))?;
    std::fs::copy(root.join("Cargo.lock"), work.join("Cargo.lock"))?;
    let mut child = crate::nested_cargo("check", work, target)
        .args(["--workspace", "--keep-going", "--message-format", "json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    // Cargo's progress and its own errors, read aside so that neither pipe
    // fills while the other is read; only the end is kept.
    let stderr = child.stderr.take().ok_or_else(|| std::io::Error::other("no standard error from cargo"))?;
    let stderr = std::thread::spawn(move || {
        let mut tail: std::collections::VecDeque<String> = std::collections::VecDeque::new();
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if tail.len() == 12 {
                tail.pop_front();
            }
            tail.push_back(line);
        }
        tail.into_iter().collect::<Vec<_>>().join("\n")
    });
    let by_package: BTreeMap<String, &String> = names.iter().map(|n| (crate_name(n), n)).collect();
    let mut verdicts: BTreeMap<String, Checked> = BTreeMap::new();
    let stdout = child.stdout.take().ok_or_else(|| std::io::Error::other("no output from cargo"))?;
    let package_of = |message: &serde_json::Value| -> Option<String> {
        // `path+file:///.../crates/<dir>#<package>@0.0.0`
        let id = message.get("package_id")?.as_str()?;
        let package = id.rsplit('#').next()?.split('@').next()?;
        by_package.get(package).map(|n| (*n).clone())
    };
    for line in BufReader::new(stdout).lines() {
        let Ok(message) = serde_json::from_str::<serde_json::Value>(&line?) else { continue };
        let Some(name) = package_of(&message) else { continue };
        match message.get("reason").and_then(|r| r.as_str()) {
            Some("compiler-message")
                if message.pointer("/message/level").and_then(|l| l.as_str()) == Some("error") && !verdicts.contains_key(&name) =>
            {
                let text = message.pointer("/message/rendered").and_then(|r| r.as_str()).unwrap_or_default();
                let first = text.lines().take(2).collect::<Vec<_>>().join(" ");
                println!("[{}/{}] {name}: does not compile: {first}", verdicts.len() + 1, names.len());
                verdicts.insert(name, Checked::Fails(first));
            }
            Some("compiler-artifact") if !verdicts.contains_key(&name) => {
                verdicts.insert(name, Checked::Compiles);
                if verdicts.len().is_multiple_of(50) {
                    println!("[{}/{}] checked", verdicts.len(), names.len());
                }
            }
            _ => {}
        }
    }
    let status = child.wait()?;
    let stderr = stderr.join().unwrap_or_default();
    for name in names {
        verdicts.entry(name.clone()).or_insert_with(|| Checked::Fails(format!("cargo stopped before it ({status}); it said:\n{stderr}")));
    }
    Ok(verdicts)
}
