//! The code generation task: every `specs/<api>.yaml` becomes the crate
//! `generated/<api>/`, which this task owns entirely.

pub mod conformance;
pub mod corpus;
pub mod semantic;
pub mod wide;

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use oapi_axum::{CrateOptions, RuntimeDependency};

/// One document and the crate made from it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    /// `specs/<api>.yaml`, relative to the workspace root.
    pub spec: PathBuf,
    /// `generated/<api>`, relative to the workspace root.
    pub out: PathBuf,
    /// The options the crate is generated with.
    pub options: CrateOptions,
}

/// A failure of the task.
#[derive(Debug)]
pub enum TaskError {
    /// The generator rejected a document.
    Generate(oapi_axum::Error),
    /// Reading or writing a file failed.
    Io(PathBuf, std::io::Error),
}

impl fmt::Display for TaskError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Generate(e) => write!(f, "{e}"),
            Self::Io(path, e) => write!(f, "{}: {e}", path.display()),
        }
    }
}

impl std::error::Error for TaskError {}

/// The workspace root (the parent of this crate).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask lives in the workspace").to_path_buf()
}

/// `cargo <subcommand>` in `work`, a workspace of generated crates, building
/// into `target`: without the caller's `RUSTFLAGS`, and without incremental
/// compilation, whose caches would be most of the target directory (18 of
/// 22 GB for the wide corpus) and are never used again.
pub fn nested_cargo(subcommand: &str, work: &Path, target: &Path) -> std::process::Command {
    let mut command = std::process::Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()));
    command.arg(subcommand).current_dir(work).env("CARGO_TARGET_DIR", target).env("CARGO_INCREMENTAL", "0").env_remove("RUSTFLAGS");
    command
}

/// One job per `specs/*.yaml`, in name order.
pub fn jobs(root: &Path) -> Result<Vec<Job>, TaskError> {
    let specs = root.join("specs");
    let entries = std::fs::read_dir(&specs).map_err(|e| TaskError::Io(specs.clone(), e))?;
    let mut stems: Vec<String> = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| TaskError::Io(specs.clone(), e))?.path();
        if path.extension().is_some_and(|e| e == "yaml" || e == "yml" || e == "json")
            && let Some(stem) = path.file_name().and_then(|s| s.to_str())
        {
            stems.push(stem.to_owned());
        }
    }
    stems.sort();
    Ok(stems
        .into_iter()
        .map(|file| {
            let api = file.rsplit_once('.').map_or(file.as_str(), |(stem, _)| stem).to_owned();
            Job {
                spec: PathBuf::from("specs").join(&file),
                out: PathBuf::from("generated").join(&api),
                options: CrateOptions {
                    crate_name: format!("{api}-orgs"),
                    crate_version: "0.1.0".to_owned(),
                    spec: format!("specs/{file}"),
                    runtime: RuntimeDependency::Path("../../runtime".to_owned()),
                    regenerate: "run `cargo xtask codegen`".to_owned(),
                    standalone: false,
                },
            }
        })
        .collect())
}

/// Every file of `generated/`, as fresh output would have it: path relative
/// to the workspace root, and contents.
pub fn render(root: &Path) -> Result<BTreeMap<PathBuf, String>, TaskError> {
    let mut out = BTreeMap::new();
    for job in jobs(root)? {
        // Strict: a fault in our own specs refuses them, never skips a part.
        let spec = root.join(&job.spec);
        let config = oapi_axum::config::read(&spec, None).map_err(TaskError::Generate)?;
        let ir = oapi_axum::ir::Options { config, strict: true, ..oapi_axum::ir::Options::default() };
        let files = oapi_axum::generate_with(&spec, &ir, &job.options).map_err(|mut e| {
            e.file = job.spec.clone();
            TaskError::Generate(e)
        })?;
        for file in files {
            out.insert(job.out.join(file.path), file.contents);
        }
    }
    Ok(out)
}

/// Every file under `generated/` now, relative to the workspace root.
fn existing(root: &Path) -> Result<Vec<PathBuf>, TaskError> {
    let mut out = Vec::new();
    let mut dirs = vec![root.join("generated")];
    while let Some(dir) = dirs.pop() {
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => return Err(TaskError::Io(dir, e)),
        };
        for entry in entries {
            let path = entry.map_err(|e| TaskError::Io(dir.clone(), e))?.path();
            if path.is_dir() {
                dirs.push(path);
            } else if let Ok(relative) = path.strip_prefix(root) {
                out.push(relative.to_path_buf());
            }
        }
    }
    out.sort();
    Ok(out)
}

/// How a file under `generated/` differs from fresh output.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Difference {
    /// Fresh output has it; the tree does not.
    Missing(PathBuf),
    /// Both have it, with other contents.
    Changed(PathBuf),
    /// The tree has it; fresh output does not.
    Extra(PathBuf),
}

impl fmt::Display for Difference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Missing(p) => write!(f, "missing: {}", p.display()),
            Self::Changed(p) => write!(f, "differs: {}", p.display()),
            Self::Extra(p) => write!(f, "not generated: {}", p.display()),
        }
    }
}

/// Compares `generated/` with fresh output, in memory.
pub fn check(root: &Path) -> Result<Vec<Difference>, TaskError> {
    let fresh = render(root)?;
    let mut out = Vec::new();
    for (path, contents) in &fresh {
        match std::fs::read_to_string(root.join(path)) {
            Ok(current) if current == *contents => {}
            Ok(_) => out.push(Difference::Changed(path.clone())),
            Err(_) => out.push(Difference::Missing(path.clone())),
        }
    }
    for path in existing(root)? {
        if !fresh.contains_key(&path) {
            out.push(Difference::Extra(path));
        }
    }
    out.sort();
    Ok(out)
}

/// Regenerates `generated/`: writes what changed and removes what fresh
/// output no longer has. Returns the number of files written and removed.
pub fn write(root: &Path) -> Result<(usize, usize), TaskError> {
    let fresh = render(root)?;
    let mut written = 0;
    for (path, contents) in &fresh {
        let full = root.join(path);
        if std::fs::read_to_string(&full).is_ok_and(|current| current == *contents) {
            continue;
        }
        if let Some(parent) = full.parent() {
            std::fs::create_dir_all(parent).map_err(|e| TaskError::Io(parent.to_path_buf(), e))?;
        }
        std::fs::write(&full, contents).map_err(|e| TaskError::Io(full.clone(), e))?;
        written += 1;
    }
    let mut removed = 0;
    for path in existing(root)? {
        if !fresh.contains_key(&path) {
            let full = root.join(&path);
            std::fs::remove_file(&full).map_err(|e| TaskError::Io(full, e))?;
            removed += 1;
        }
    }
    Ok((written, removed))
}
