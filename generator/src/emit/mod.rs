//! Emit stage: the IR becomes the files of a Rust crate. Rust code is built
//! as token streams with `quote`, parsed by `syn` and printed by
//! `prettyplease`; the fixed parts come from `templates/crate`.

mod docs;
mod examples;
mod idents;
mod imports;
mod models;
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
        let models = scope.spawn(|| {
            let (tokens, crates) = models::module(api);
            rust_file(tokens, file).map(|text| (text, crates))
        });
        let server = scope.spawn(|| {
            let (tokens, crates) = server::module(api);
            rust_file(tokens, file).map(|text| (text, crates))
        });
        let (tokens, reads_json) = validation::module(api);
        let validation = rust_file(tokens, file).map(|text| (text, reads_json));
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
        RuntimeDependency::Version(version) => format!(r#"oapi-axum-runtime = {{ version = "{version}""#),
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

/// Prints a token stream as a formatted Rust file: the module docs and
/// imports first, then each item, with a blank line between items as a
/// person would leave them (`prettyplease` leaves none).
fn rust_file(tokens: TokenStream, file: &Path) -> Result<String, Error> {
    if std::env::var_os("OAPI_DUMP").is_some() {
        let _ = std::fs::write("/tmp/dump.rs", tokens.to_string());
    }
    let mut parsed: syn::File =
        syn::parse2(tokens.clone()).map_err(|e| Error::new(file, "", format!("internal error: the generated code does not parse: {e}")))?;
    let attrs = std::mem::take(&mut parsed.attrs);
    let (uses, items): (Vec<syn::Item>, Vec<syn::Item>) =
        std::mem::take(&mut parsed.items).into_iter().partition(|item| matches!(item, syn::Item::Use(_)));
    let mut print = |attrs: Vec<syn::Attribute>, items: Vec<syn::Item>| {
        parsed.attrs = attrs;
        parsed.items = items;
        prettyplease::unparse(&parsed)
    };
    let mut out = print(attrs, Vec::new());
    if !uses.is_empty() {
        out.push('\n');
        out.push_str(&print(Vec::new(), uses));
    }
    for item in items {
        out.push('\n');
        match statements(&item) {
            Some(text) => out.push_str(&text),
            None => out.push_str(&lay_out_statement_macros(&print(Vec::new(), vec![item]))),
        }
    }
    Ok(out)
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
    // `read_request!(Request { body: json })`, not `body : json`.
    if out.contains("read_request!(") {
        out = out
            .lines()
            .map(|line| if line.contains("read_request!(") { line.replace(" : ", ": ") } else { line.to_owned() })
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
