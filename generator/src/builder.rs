//! Generation from a build script: the modules of a generated crate, in one
//! file of `OUT_DIR` that the crate `include!`s, regenerated whenever the
//! document (or a file it references, or its configuration) changes.

use std::path::{Path, PathBuf};

use crate::emit::{CrateOptions, RuntimeDependency};
use crate::error::Error;
use crate::ir::{Options, Untyped};
use crate::{config, emit, ir, load};

/// Generates a server's modules from a build script (`build.rs`), as
/// progenitor's `build.rs` mode does.
///
/// ```no_run
/// // build.rs, with `oapi-axum` in [build-dependencies]
/// let out_dir = std::env::var_os("OUT_DIR").unwrap();
/// if let Err(error) = oapi_axum::Builder::new("openapi.yaml").generate_to(out_dir) {
///     panic!("{error}");
/// }
/// ```
///
/// and in the crate (`oapi-axum-runtime` and `serde` in its dependencies,
/// plus `serde_json`, `uuid` or `chrono` when the document needs them: the
/// file's first lines say which):
///
/// ```ignore
/// include!(concat!(env!("OUT_DIR"), "/api.rs"));
/// ```
///
/// which declares the modules `models`, `validation` and `server`, the same
/// as a generated crate's. They refer to each other relatively, so that the
/// `include!` may be at the crate's root or in a module of its own.
#[derive(Debug, Clone)]
pub struct Builder {
    spec: PathBuf,
    config: Option<PathBuf>,
    untyped: Untyped,
    strict: bool,
    file_name: String,
}

impl Builder {
    /// Generation from the document at `spec` (relative to the package's
    /// directory, where build scripts run).
    pub fn new(spec: impl Into<PathBuf>) -> Self {
        Self { spec: spec.into(), config: None, untyped: Untyped::default(), strict: false, file_name: "api.rs".to_owned() }
    }

    /// The configuration file of chosen names (default: `oapi-axum.toml`
    /// beside the document, if there is one).
    pub fn config(mut self, path: impl Into<PathBuf>) -> Self {
        self.config = Some(path.into());
        self
    }

    /// What a schema without `type` is (see [`Untyped`]).
    pub fn untyped(mut self, untyped: Untyped) -> Self {
        self.untyped = untyped;
        self
    }

    /// Refuse the document for a fault confined to some operations, rather
    /// than skip those operations with a warning each (default: skip).
    pub fn strict(mut self, strict: bool) -> Self {
        self.strict = strict;
        self
    }

    /// The name of the file written in the output directory (default:
    /// `api.rs`), for a crate that generates more than one API.
    pub fn file_name(mut self, name: impl Into<String>) -> Self {
        self.file_name = name.into();
        self
    }

    /// Writes the modules to `out_dir` and returns the file's path. Tells
    /// Cargo (`cargo:rerun-if-changed`) to run the build script again when
    /// the document, a file it references or the configuration changes, and
    /// passes on each warning (`cargo:warning`).
    pub fn generate_to(&self, out_dir: impl AsRef<Path>) -> Result<PathBuf, Error> {
        let generated = self.generate()?;
        for file in &generated.sources {
            println!("cargo:rerun-if-changed={}", file.display());
        }
        for warning in &generated.warnings {
            println!("cargo:warning={warning}");
        }
        let path = out_dir.as_ref().join(&self.file_name);
        // Written only when it changed, so that an unchanged document
        // leaves nothing to rebuild.
        if std::fs::read_to_string(&path).ok().as_deref() != Some(generated.text.as_str()) {
            std::fs::write(&path, &generated.text)
                .map_err(|e| Error::new(&self.spec, "", format!("cannot write {}: {e}", path.display())))?;
        }
        Ok(path)
    }

    /// The text of the file, the files it was made from and the warnings,
    /// without writing anything.
    pub fn generate(&self) -> Result<Generated, Error> {
        let config = config::read(&self.spec, self.config.as_deref())?;
        let mut sources = vec![self.spec.clone()];
        sources.extend(config.file.iter().filter(|file| file.is_file()).cloned());
        let options = Options { untyped: self.untyped, config, strict: self.strict };
        let document = load::load_file(&self.spec)?;
        sources.extend(document.relocations.files());
        let api = ir::build_with(&document, &options)?;
        drop(document);
        let warnings = api.warnings.iter().map(|w| w.display(&self.spec)).collect();
        let crate_options = CrateOptions {
            crate_name: "generated".to_owned(),
            crate_version: "0.0.0".to_owned(),
            spec: self.spec.display().to_string(),
            runtime: RuntimeDependency::Version(oapi_axum_runtime::VERSION.to_owned()),
            regenerate: "build the crate again: its build script regenerates it".to_owned(),
            standalone: false,
        };
        let emitted = emit::crate_files(&api, &crate_options, &self.spec)?;
        let crates: Vec<&str> = emitted.dependencies.iter().map(|d| d.package()).collect();
        let mut text = format!(
            "// Generated by oapi-axum from `{}` by the build script: the modules of a generated crate,\n\
             // to `include!`. Do not edit: change the document, and the build makes it again.\n\
             // The crate that includes it depends on: {}.\n",
            self.spec.display(),
            crates.join(", ")
        );
        for module in ["models", "validation", "server"] {
            let path = format!("src/{module}.rs");
            let Some(file) = emitted.files.iter().find(|f| f.path == Path::new(&path)) else { continue };
            text.push_str(&format!("\npub mod {module} {{\n{}}}\n", file.contents));
        }
        sources.sort();
        sources.dedup();
        Ok(Generated { text, sources, warnings })
    }
}

/// What [`Builder::generate`] makes.
#[derive(Debug, Clone)]
pub struct Generated {
    /// The modules, as one file to `include!`.
    pub text: String,
    /// The files it was made from: the document, the files it references
    /// and the configuration file.
    pub sources: Vec<PathBuf>,
    /// What the generator noticed and went on from, each with its place.
    pub warnings: Vec<String>,
}
