//! Emit stage: the IR becomes the files of a Rust crate. Rust code is built
//! as token streams with `quote`, parsed by `syn` and printed by
//! `prettyplease`, one item at a time; the fixed parts come from
//! `templates/crate`.

mod dependencies;
mod docs;
mod examples;
mod idents;
mod imports;
mod models;
mod read_errors;
mod server;
mod template;
mod validation;

pub use dependencies::Dependency;
pub use examples::round_trip_test;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use proc_macro2::TokenStream;

use crate::error::Error;
use crate::ir::Api;

/// The name of the trait method that serves `op`.
pub fn method_name(op: &crate::ir::Operation) -> String {
    models::value_ident(&op.name).to_string()
}

/// How the generated crate names and finds things.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CrateOptions {
    /// The package name (`langsmith-orgs`).
    pub crate_name: String,
    /// The package version.
    pub crate_version: String,
    /// How the document is named in the crate's docs (`specs/langsmith.yaml`).
    pub spec: String,
    /// How to depend on `oapi-axum-runtime`.
    pub runtime: RuntimeDependency,
    /// How a user regenerates the crate, said in its files.
    pub regenerate: String,
    /// The crate is its own workspace (builds wherever it is put), rather
    /// than a member of an enclosing one.
    pub standalone: bool,
}

/// Where generated crates get `oapi-axum-runtime` from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RuntimeDependency {
    /// A path, relative to the generated crate.
    Path(String),
    /// A version from the registry.
    Version(String),
}

/// One file of a generated crate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    /// Relative to the crate root.
    pub path: PathBuf,
    /// The whole contents.
    pub contents: String,
}

/// The files of a generated crate, and the crates it depends on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CrateFiles {
    /// Every file, the manifest first.
    pub files: Vec<GeneratedFile>,
    /// The crates the code depends on (development dependencies left out),
    /// as its manifest lists them.
    pub dependencies: Vec<Dependency>,
}

/// Every file of the crate for `api`.
pub fn crate_files(api: &Api, options: &CrateOptions, file: &Path) -> Result<CrateFiles, Error> {
    // The three modules are made and printed at once, each on a thread of
    // its own (token streams cannot cross threads; the text can).
    let (models, server, validation) = std::thread::scope(|scope| {
        let models = scope.spawn(|| models::module(api, file));
        let server = scope.spawn(|| server::module(api, file));
        let validation = validation::module(api, file);
        let join = |handle: std::thread::ScopedJoinHandle<'_, Result<(String, BTreeSet<Dependency>), Error>>| {
            // A panic is a defect, whichever thread it was on: it goes on.
            handle.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))
        };
        (join(models), join(server), validation)
    });
    let (models, mut dependencies) = models?;
    let (server, server_dependencies) = server?;
    let (validation, validation_reads_json) = validation?;
    dependencies.extend(server_dependencies);
    if validation_reads_json {
        dependencies.insert(Dependency::SerdeJson);
    }
    // The validation module's checks live in the runtime.
    dependencies.insert(Dependency::Runtime);
    let dependency_lines: Vec<String> = dependencies.iter().map(|d| d.manifest_line(&options.runtime, &[])).collect();
    // The serving example of the crate's documentation.
    let dev_dependency_lines =
        [Dependency::Runtime.manifest_line(&options.runtime, &["serve"]), Dependency::Tokio.manifest_line(&options.runtime, &[])];

    let description_lines = api.description.as_deref().map(docs::lines).unwrap_or_default();
    let description = if description_lines.is_empty() { String::new() } else { format!("{}//!\n", docs::inner_text(&description_lines)) };
    let operations: String = api
        .operations
        .iter()
        .map(|op| {
            let id = if op.id.raw().contains(' ') { String::new() } else { format!("`{}`", op.id) };
            format!(
                "| {} | `{}` | `{}` | {id} | {} |\n",
                op.method.as_str(),
                op.path,
                method_name(op),
                op.summary.as_deref().unwrap_or("").replace('|', "\\|").replace('\n', " ")
            )
        })
        .collect();
    let crate_ident = options.crate_name.replace('-', "_");
    let type_count = api.type_defs().count().to_string();
    let crate_description = format!("Server-side types for {} {}", api.title, api.version).replace('"', "'");
    let fields = [
        ("title", api.title.as_str()),
        ("version", api.version.as_str()),
        ("spec", options.spec.as_str()),
        ("regenerate", options.regenerate.as_str()),
        ("crate_name", options.crate_name.as_str()),
        ("crate_version", options.crate_version.as_str()),
        ("crate_ident", crate_ident.as_str()),
        ("crate_description", crate_description.as_str()),
        ("dependencies", &dependency_lines.join("\n")),
        ("dev_dependencies", &dev_dependency_lines.join("\n")),
        ("description", description.as_str()),
        ("operations", operations.as_str()),
        ("type_count", type_count.as_str()),
        ("workspace", if options.standalone { "\n# Its own workspace: it builds wherever it is put.\n[workspace]\n" } else { "" }),
    ];
    let files = vec![
        GeneratedFile { path: "Cargo.toml".into(), contents: template::fill(template::CARGO_TOML, &fields) },
        GeneratedFile { path: "README.md".into(), contents: template::fill(template::README, &fields) },
        GeneratedFile { path: "src/lib.rs".into(), contents: template::fill(template::LIB_RS, &fields) },
        GeneratedFile { path: "src/models.rs".into(), contents: models },
        GeneratedFile { path: "src/validation.rs".into(), contents: validation },
        GeneratedFile { path: "src/server.rs".into(), contents: server },
    ];
    Ok(CrateFiles { files, dependencies: dependencies.into_iter().collect() })
}

/// Prints a module's items as they are made, each parsed by `syn` and
/// printed by `prettyplease` at once and then dropped: a module of any size
/// holds the text, never all its token streams or syntax trees at once.
/// Items are separated by a blank line, as a person would leave them.
pub(super) struct Printer<'f> {
    file: &'f Path,
    /// The printed items, in order: one string per printer put together
    /// (see [`Printer::append`]), joined only once, by [`Printer::finish`]:
    /// Microsoft Graph's `server.rs` is 77 MB.
    chunks: Vec<String>,
}

impl<'f> Printer<'f> {
    pub(super) fn new(file: &'f Path) -> Self {
        Self { file, chunks: vec![String::new()] }
    }

    /// Prints `tokens`: one item or several (an enum and its impls), each
    /// after a blank line.
    pub(super) fn item(&mut self, tokens: TokenStream) -> Result<(), Error> {
        let parsed = self.parse(tokens)?;
        if self.chunks.is_empty() {
            self.chunks.push(String::new());
        }
        if let Some(out) = self.chunks.last_mut() {
            for item in parsed.items {
                out.push('\n');
                out.push_str(&prettyplease::unparse(&syn::File { shebang: None, frontmatter: None, attrs: Vec::new(), items: vec![item] }));
            }
        }
        Ok(())
    }

    fn parse(&self, tokens: TokenStream) -> Result<syn::File, Error> {
        syn::parse2(tokens).map_err(|e| Error::internal(self.file, format!("the generated code does not parse: {e}")))
    }

    /// Puts the items `then` printed after those of this printer.
    pub(super) fn append(&mut self, then: Printer<'_>) {
        self.chunks.extend(then.chunks);
        self.chunks.push(String::new());
    }

    /// Puts the items `first` printed before those of this printer.
    pub(super) fn prepend(&mut self, first: Printer<'_>) {
        self.chunks.splice(0..0, first.chunks);
    }

    /// The file: `head` (the module's inner docs and attributes, and its
    /// `use` items, known once every item is made), then the items.
    pub(super) fn finish(self, head: TokenStream) -> Result<String, Error> {
        let mut parsed = self.parse(head)?;
        let uses = std::mem::take(&mut parsed.items);
        let mut head = prettyplease::unparse(&parsed);
        if !uses.is_empty() {
            head.push('\n');
            head.push_str(&prettyplease::unparse(&syn::File { shebang: None, frontmatter: None, attrs: Vec::new(), items: uses }));
        }
        let mut out = String::with_capacity(head.len() + self.chunks.iter().map(String::len).sum::<usize>());
        out.push_str(&head);
        for chunk in self.chunks {
            out.push_str(&chunk);
        }
        Ok(out)
    }
}
