//! Emit stage: the IR becomes the files of a Rust crate. Rust code is built
//! as token streams with `quote`, parsed by `syn` and printed by
//! `prettyplease` (plain data items and impls of plain statements are laid
//! out straight from their tokens, the same way, and modules item by item:
//! see `plain_items`, `plain_impls` and `plain_modules`); the fixed parts come from
//! `templates/crate`.

mod docs;
mod examples;
mod idents;
mod imports;
mod models;
mod plain_impls;
mod plain_items;
mod plain_modules;
mod read_errors;
mod server;
mod template;
mod validation;

pub use examples::round_trip_test;

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

/// Every file of the crate for `api`.
pub fn crate_files(api: &Api, options: &CrateOptions, file: &Path) -> Result<Vec<GeneratedFile>, Error> {
    // The three modules are made and printed at once, each on a thread of
    // its own (token streams cannot cross threads; the text can).
    let (models, server, validation) = std::thread::scope(|scope| {
        let models = scope.spawn(|| models::module(api, file));
        let server = scope.spawn(|| server::module(api, file));
        let validation = validation::module(api, file);
        let join = |handle: std::thread::ScopedJoinHandle<'_, Result<(String, std::collections::BTreeSet<&'static str>), Error>>| {
            // A panic is a defect, whichever thread it was on: it goes on.
            handle.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))
        };
        (join(models), join(server), validation)
    });
    let (models, mut crates) = models?;
    let (server, server_crates) = server?;
    let (validation, validation_reads_json) = validation?;
    crates.extend(server_crates);
    if validation_reads_json {
        crates.insert("serde_json");
    }
    // The validation module's checks live in the runtime.
    crates.insert("oapi_axum_runtime");
    let dependencies: Vec<String> = crates
        .iter()
        .map(|krate| match *krate {
            "serde" => r#"serde = { version = "1.0.228", features = ["derive"] }"#.to_owned(),
            "serde_json" => r#"serde_json = "1.0.145""#.to_owned(),
            "uuid" => r#"uuid = { version = "1.18", features = ["serde"] }"#.to_owned(),
            "chrono" => r#"chrono = { version = "0.4.42", default-features = false, features = ["serde", "std"] }"#.to_owned(),
            "oapi_axum_runtime" => match &options.runtime {
                RuntimeDependency::Path(path) => format!(r#"oapi-axum-runtime = {{ path = "{path}" }}"#),
                RuntimeDependency::Version(version) => format!(r#"oapi-axum-runtime = "{version}""#),
            },
            other => format!(r#"{other} = "*""#),
        })
        .collect();

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
    let runtime = match &options.runtime {
        RuntimeDependency::Path(path) => format!(r#"oapi-axum-runtime = {{ path = "{path}""#),
        RuntimeDependency::Version(version) => {
            format!(r#"oapi-axum-runtime = {{ version = "{version}""#)
        }
    };
    let crate_ident = options.crate_name.replace('-', "_");
    let type_count = api.types.len().to_string();
    let crate_description = format!("Server-side types for {} {}", api.title, api.version).replace('"', "'");
    let fields = [
        ("title", api.title.as_str()),
        ("version", api.version.as_str()),
        ("spec", options.spec.as_str()),
        ("regenerate", options.regenerate.as_str()),
        ("crate_name", options.crate_name.as_str()),
        ("crate_version", options.crate_version.as_str()),
        ("crate_ident", crate_ident.as_str()),
        ("runtime", runtime.as_str()),
        ("crate_description", crate_description.as_str()),
        ("dependencies", &dependencies.join("\n")),
        ("description", description.as_str()),
        ("operations", operations.as_str()),
        ("type_count", type_count.as_str()),
        ("workspace", if options.standalone { "\n# Its own workspace: it builds wherever it is put.\n[workspace]\n" } else { "" }),
    ];
    Ok(vec![
        GeneratedFile { path: "Cargo.toml".into(), contents: template::fill(template::CARGO_TOML, &fields) },
        GeneratedFile { path: "README.md".into(), contents: template::fill(template::README, &fields) },
        GeneratedFile { path: "src/lib.rs".into(), contents: template::fill(template::LIB_RS, &fields) },
        GeneratedFile { path: "src/models.rs".into(), contents: models },
        GeneratedFile { path: "src/validation.rs".into(), contents: validation },
        GeneratedFile { path: "src/server.rs".into(), contents: server },
    ])
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

    /// Prints `tokens`: one item or several (an enum and its impls).
    pub(super) fn item(&mut self, tokens: TokenStream) -> Result<(), Error> {
        let quick = quick_layout(&tokens).or_else(|| {
            // Several items (the `Api` trait, its router and statics): each
            // printed apart, by a quick layout where one takes it.
            let trees: Vec<proc_macro2::TokenTree> = tokens.clone().into_iter().collect();
            let items = plain_modules::split_items(&trees)?;
            (items.len() > 1).then_some(())?;
            let mut text = String::new();
            for item in items {
                let item: TokenStream = item.iter().cloned().collect();
                match quick_layout(&item) {
                    Some(quick) => {
                        text.push('\n');
                        text.push_str(&quick);
                    }
                    None => text.push_str(&self.printed(item).ok()?),
                }
            }
            text.strip_prefix('\n').map(str::to_owned)
        });
        let text = match quick {
            Some(text) => {
                // Every debug build (every test) holds the quick layout to
                // `prettyplease`'s.
                #[cfg(debug_assertions)]
                {
                    let printed = self.printed(tokens)?;
                    assert_eq!(printed.strip_prefix('\n'), Some(text.as_str()), "the quick layout differs from prettyplease's");
                }
                format!("\n{text}")
            }
            None => self.printed(tokens)?,
        };
        self.push(&text);
        Ok(())
    }

    /// Puts `text`, items written as `prettyplease` prints them, as they
    /// are; where a line is past `prettyplease`'s margin (which it may
    /// break), they are parsed and printed.
    pub(super) fn text(&mut self, text: String) -> Result<(), Error> {
        let parse = |text: &str| {
            syn::parse_str::<TokenStream>(text)
                .map_err(|e| Error::new(self.file, "", format!("internal error: the generated code does not parse: {e}")))
        };
        let text = if text.lines().all(|line| line.len() <= plain_items::MARGIN) {
            #[cfg(debug_assertions)]
            {
                let printed = self.printed(parse(&text)?)?;
                assert_eq!(printed.strip_prefix('\n'), Some(text.as_str()), "text differs from prettyplease's");
            }
            format!("\n{text}")
        } else {
            self.printed(parse(&text)?)?
        };
        self.push(&text);
        Ok(())
    }

    fn push(&mut self, text: &str) {
        if self.chunks.is_empty() {
            self.chunks.push(String::new());
        }
        if let Some(out) = self.chunks.last_mut() {
            out.push_str(text);
        }
    }

    /// The text of the items of `tokens`, parsed by `syn` and printed by
    /// `prettyplease`, each after a blank line.
    fn printed(&self, tokens: TokenStream) -> Result<String, Error> {
        let parsed: syn::File = syn::parse2(tokens)
            .map_err(|e| Error::new(self.file, "", format!("internal error: the generated code does not parse: {e}")))?;
        let mut out = String::new();
        for item in parsed.items {
            out.push('\n');
            match statements(&item) {
                Some(text) => out.push_str(&text),
                None => {
                    let file = syn::File { shebang: None, frontmatter: None, attrs: Vec::new(), items: vec![item] };
                    out.push_str(&lay_out_statement_macros(&prettyplease::unparse(&file)));
                }
            }
        }
        Ok(out)
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
        let mut parsed: syn::File =
            syn::parse2(head).map_err(|e| Error::new(self.file, "", format!("internal error: the generated code does not parse: {e}")))?;
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

/// The text `prettyplease` prints for one item at a file's top level, if a
/// quick layout takes it.
fn quick_layout(item: &TokenStream) -> Option<String> {
    quick_item(item, plain_items::MARGIN).or_else(|| plain_modules::print(item))
}

/// The text `prettyplease` prints for one item with lines filled to
/// `margin` (less than a file's inside a module), if a quick layout other
/// than a module's takes it.
fn quick_item(item: &TokenStream, margin: usize) -> Option<String> {
    plain_items::print(item, margin).or_else(|| plain_impls::print(item, margin)).or_else(|| plain_modules::value_item(item, margin))
}

/// The text of an item with the body of each macro of statements inside it
/// (`api_routes! { Served(api); anonymous health; }`, as `prettyplease`
/// flows it) laid out one statement a line.
fn lay_out_statement_macros(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("_routes! {\n") {
        let open = start + "_routes! {\n".len();
        let Some(close) = rest[open..].find('}') else { break };
        let indent: String = rest[..start].rsplit('\n').next().unwrap_or("").chars().take_while(|c| *c == ' ').collect();
        out.push_str(&rest[..open]);
        let body = rest[open..open + close].split_whitespace().collect::<Vec<_>>().join(" ");
        for statement in body.split_inclusive(';').map(str::trim).filter(|s| !s.is_empty()) {
            out.push_str(&format!("{indent}    {statement}\n"));
        }
        out.push_str(&indent);
        rest = &rest[open + close..];
    }
    out.push_str(rest);
    // `read_request!(Request { body: json })`, not `body : json`, on the
    // macro's line or, where it is broken, the line after.
    if out.contains("read_request!(") {
        let mut after_macro = false;
        out = out
            .lines()
            .map(|line| {
                let fix = after_macro || line.contains("read_request!(");
                after_macro = line.ends_with("read_request!(");
                if fix { line.replace(" : ", ": ") } else { line.to_owned() }
            })
            .collect::<Vec<_>>()
            .join("\n")
            + if out.ends_with('\n') { "\n" } else { "" };
    }
    out
}

/// A macro item whose body is statements (`name! { a b; c d; }`), printed
/// one statement a line: `prettyplease` flows a macro's tokens as prose.
fn statements(item: &syn::Item) -> Option<String> {
    let syn::Item::Macro(item) = item else { return None };
    if !matches!(item.mac.delimiter, syn::MacroDelimiter::Brace(_)) || !item.attrs.is_empty() {
        return None;
    }
    let mut lines = vec![String::new()];
    for tree in item.mac.tokens.clone() {
        match &tree {
            proc_macro2::TokenTree::Punct(p) if p.as_char() == ';' => {
                lines.last_mut()?.push(';');
                lines.push(String::new());
            }
            other => {
                let line = lines.last_mut()?;
                if !line.is_empty() {
                    line.push(' ');
                }
                line.push_str(&other.to_string());
            }
        }
    }
    if lines.len() < 2 {
        return None;
    }
    let path = item.mac.path.segments.iter().map(|s| s.ident.to_string()).collect::<Vec<_>>().join("::");
    let body: String = lines.iter().filter(|l| !l.is_empty()).map(|l| format!("    {l}\n")).collect();
    Some(format!("{path}! {{\n{body}}}\n"))
}
