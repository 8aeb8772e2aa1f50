//! `oapi-axum`: generates axum server crates from OpenAPI 3.0 and 3.1
//! documents.
//!
//! Three stages, each feeding the next and none reaching back:
//!
//! 1. [`load`]: read YAML or JSON, bring 3.1 documents into the shape the
//!    `openapiv3` model takes ([`load::bundle`] other files and out-of-the-way
//!    references into the components, [`load::normalize`] 3.1), deserialize, and report any
//!    problem with the file and JSON pointer.
//! 2. [`ir`]: resolve references and lower the document to a named,
//!    target-agnostic description of its types, operations and security.
//! 3. [`emit`]: turn that description into the files of a Rust crate.

#![deny(missing_docs)]

mod builder;
pub mod config;
pub mod emit;
pub mod error;
pub mod ir;
pub mod load;

use std::path::Path;

pub use builder::{Builder, Generated};
pub use emit::{CrateFiles, CrateOptions, Dependency, GeneratedFile, RuntimeDependency};
pub use error::{Error, ErrorKind};

/// Runs all three stages on the document at `spec`, with the default
/// [`ir::Options`] and the names `oapi-axum.toml` beside it chooses.
pub fn generate(spec: &Path, options: &CrateOptions) -> Result<Vec<GeneratedFile>, Error> {
    let ir = ir::Options { config: config::read(spec, None)?, ..ir::Options::default() };
    generate_with(spec, &ir, options)
}

/// Runs all three stages on the document at `spec`.
pub fn generate_with(spec: &Path, ir: &ir::Options, options: &CrateOptions) -> Result<Vec<GeneratedFile>, Error> {
    let document = load::load_file(spec)?;
    let api = ir::build_with(&document, ir)?;
    Ok(emit::crate_files(&api, options, spec)?.files)
}

/// The shapes refusals are written in (`refusals: 422 as FastAPI's
/// ...; any other as ...`), and how many operations declare others.
fn refusals_line(api: &ir::Api) -> String {
    let mut by_shape: Vec<(&ir::RefusalShape, Vec<String>)> = Vec::new();
    for (status, shape) in &api.refusals.statuses {
        match by_shape.iter_mut().find(|(s, _)| *s == shape) {
            Some((_, statuses)) => statuses.push(status.to_string()),
            None => by_shape.push((shape, vec![status.to_string()])),
        }
    }
    let mut parts: Vec<String> =
        by_shape.into_iter().map(|(shape, statuses)| format!("{} as {}", statuses.join(", "), shape.describe())).collect();
    let rest = if parts.is_empty() { "all" } else { "any other" };
    parts.push(format!("{rest} as {}", api.refusals.otherwise.describe()));
    let own =
        api.operations.iter().filter(|op| op.refusals.iter().any(|(status, shape)| shape != api.refusal_shape_of_api(*status))).count();
    let own = match own {
        0 => String::new(),
        1 => " (1 operation declares others)".to_owned(),
        n => format!(" ({n} operations declare others)"),
    };
    format!("  refusals: {}{own}\n", parts.join("; "))
}

/// What `oapi-axum check` says of a document that generates: a line of
/// counts, then each operation with the trait method that serves it (and its
/// `operationId` where the method is not named after it). Warnings are
/// reported apart, one per [`ir::Warning`].
pub fn summary(api: &ir::Api, spec: &Path) -> String {
    let mut out = format!(
        "{}: {} {}: {} operation(s), {} type(s), {} security scheme(s), {} warning(s)\n",
        spec.display(),
        api.title,
        api.version,
        api.operations.len(),
        api.type_defs().count(),
        api.security_schemes.len(),
        api.warnings.len()
    );
    if !api.operations.is_empty() {
        out.push_str(&refusals_line(api));
    }
    let width = api.operations.iter().map(|op| op.path.len()).max().unwrap_or(0);
    for op in &api.operations {
        let method = emit::method_name(op);
        let id = if op.id.raw().contains(' ') || op.id.key() == method.trim_end_matches('_') {
            String::new()
        } else {
            format!("  (operationId `{}`)", op.id)
        };
        out.push_str(&format!("  {:<7} {:<width$}  fn {method}{id}\n", op.method.as_str(), op.path));
    }
    out
}
