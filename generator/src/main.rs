//! `oapi-axum`: the command line (`oapi-axum --help`).

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Generation makes and drops millions of small token trees and strings:
/// mimalloc's thread-local free lists do that work in a fraction of the
/// time of the system allocator's (see BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use oapi_axum::ir::{Options, Untyped};
use oapi_axum::{CrateOptions, RuntimeDependency};

/// Generates an axum server crate from an OpenAPI 3.0 or 3.1 document: the
/// model types, the validation of every constraint it states, and a handler
/// trait with its router.
#[derive(Debug, Parser)]
#[command(name = "oapi-axum", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Write a crate for the document.
    Generate(Generate),
    /// Report what `generate` would make (each operation and its method),
    /// every warning and every problem; write nothing.
    Check(Document),
}

/// What both commands read.
#[derive(Debug, Args)]
struct Document {
    /// The OpenAPI document, YAML or JSON.
    spec: PathBuf,
    /// The names chosen for operations and schemas, in `[operations]` and
    /// `[schemas]` tables [default: `oapi-axum.toml` beside SPEC, if there
    /// is one].
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// What a schema without `type` is.
    #[arg(long, value_enum, value_name = "READING", default_value_t = UntypedArg::Implied)]
    untyped: UntypedArg,
    /// Refuse the document for a fault confined to some operations (a route
    /// that repeats another, a reference that points nowhere), rather than
    /// skip those operations with a warning each.
    #[arg(long)]
    strict: bool,
}

#[derive(Debug, Args)]
struct Generate {
    #[command(flatten)]
    document: Document,
    /// The directory to write the crate to.
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
    /// The package name [default: the document's title as a package name,
    /// `<title>-server`].
    #[arg(long, value_name = "NAME")]
    crate_name: Option<String>,
    /// The package version.
    #[arg(long, value_name = "VERSION", default_value = "0.1.0")]
    crate_version: String,
    /// Depend on oapi-axum-runtime at PATH (a checkout's `runtime/`), for
    /// development.
    #[arg(long, value_name = "PATH", conflicts_with = "runtime_version")]
    runtime_path: Option<String>,
    /// Depend on oapi-axum-runtime VERSION from the registry [default: the
    /// version this generator was built with].
    #[arg(long, value_name = "VERSION")]
    runtime_version: Option<String>,
    /// Leave out the crate's own `[workspace]` table, to add it to an
    /// enclosing workspace.
    #[arg(long)]
    workspace_member: bool,
}

/// How a schema without `type` is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum UntypedArg {
    /// The type its keywords describe: `properties` make an object, `items`
    /// an array.
    Implied,
    /// Any value, as JSON Schema says: its keywords apply to values of
    /// their type only.
    AnyValue,
}

impl Document {
    /// The IR's options; the configuration file is read when the command
    /// runs (see [`configure`]).
    fn options(&self) -> Options {
        let untyped = match self.untyped {
            UntypedArg::Implied => Untyped::Implied,
            UntypedArg::AnyValue => Untyped::AnyValue,
        };
        let mut ir = Options { untyped, strict: self.strict, ..Options::default() };
        ir.config.file.clone_from(&self.config);
        ir
    }
}

impl Generate {
    /// `crate_name` is empty when it is to come from the document.
    fn crate_options(&self) -> CrateOptions {
        let spec = &self.document.spec;
        let runtime = match (&self.runtime_path, &self.runtime_version) {
            (Some(path), _) => RuntimeDependency::Path(path.clone()),
            (None, Some(version)) => RuntimeDependency::Version(version.clone()),
            (None, None) => RuntimeDependency::Version(oapi_axum_runtime::VERSION.to_owned()),
        };
        CrateOptions {
            crate_name: self.crate_name.clone().unwrap_or_default(),
            crate_version: self.crate_version.clone(),
            spec: spec.display().to_string(),
            runtime,
            regenerate: format!("run `oapi-axum generate {} --out {}` again", spec.display(), self.out.display()),
            standalone: !self.workspace_member,
        }
    }
}

/// Says which stage is running, on stderr, when stderr is a terminal (a
/// large document takes seconds).
struct Progress {
    shown: bool,
}

impl Progress {
    fn new() -> Self {
        Self { shown: std::io::stderr().is_terminal() }
    }

    fn stage(&self, what: &str) {
        if self.shown {
            eprint!("\r\x1b[2K{what} ...");
        }
    }

    fn done(&self) {
        if self.shown {
            eprint!("\r\x1b[2K");
        }
    }
}

/// The package name for an API: its title as a package name (`My API!` is
/// `my-api-server`), else the file's name.
fn default_crate_name(title: &str, spec: &Path) -> String {
    let package = |text: &str| {
        let mut name = String::new();
        for c in text.chars() {
            if c.is_ascii_alphanumeric() {
                name.push(c.to_ascii_lowercase());
            } else if !name.ends_with('-') {
                name.push('-');
            }
        }
        name.trim_matches('-').to_owned()
    };
    let mut name = package(title);
    if name.is_empty() {
        name = package(spec.file_stem().and_then(|s| s.to_str()).unwrap_or_default());
    }
    if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert_str(0, "api-");
    }
    format!("{}-server", name.trim_end_matches('-'))
}

fn check(spec: &Path, ir: &Options) -> ExitCode {
    let progress = Progress::new();
    progress.stage("loading");
    let document = oapi_axum::load::load_file(spec);
    progress.stage("checking");
    let built = document.map(|document| oapi_axum::ir::build_reporting(&document, ir));
    progress.done();
    match built {
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
        Ok(Err(errors)) => {
            for error in &errors {
                eprintln!("error: {error}");
            }
            eprintln!("{} problem(s); nothing would be generated", errors.len());
            ExitCode::FAILURE
        }
        Ok(Ok(api)) => {
            for warning in &api.warnings {
                eprintln!("warning: {}", warning.display(spec));
            }
            print!("{}", oapi_axum::summary(&api, spec));
            ExitCode::SUCCESS
        }
    }
}

fn generate(spec: &Path, out: &Path, ir: &Options, options: &CrateOptions) -> ExitCode {
    let progress = Progress::new();
    progress.stage("loading");
    let document = match oapi_axum::load::load_file(spec) {
        Ok(document) => document,
        Err(error) => {
            progress.done();
            eprintln!("error: {error}");
            return ExitCode::FAILURE;
        }
    };
    progress.stage("resolving types and operations");
    let api = match oapi_axum::ir::build_with(&document, ir) {
        Ok(api) => api,
        Err(error) => {
            progress.done();
            eprintln!("error: {error}");
            eprintln!("(`oapi-axum check {}` lists every problem)", spec.display());
            return ExitCode::FAILURE;
        }
    };
    // The IR holds all that emit needs: the document's model goes now,
    // before emit's text is made beside it.
    drop(document);
    let mut options = options.clone();
    if options.crate_name.is_empty() {
        options.crate_name = default_crate_name(&api.title, spec);
    }
    let options = &options;
    progress.stage("writing Rust");
    let files = oapi_axum::emit::crate_files(&api, options, spec).map(|emitted| emitted.files);
    progress.done();
    for warning in &api.warnings {
        eprintln!("warning: {}", warning.display(spec));
    }
    let files = match files {
        Ok(files) => files,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::FAILURE;
        }
    };
    for file in &files {
        let path = out.join(&file.path);
        let written = path.parent().map_or(Ok(()), std::fs::create_dir_all).and_then(|()| std::fs::write(&path, &file.contents));
        if let Err(error) = written {
            eprintln!("error: cannot write {}: {error}", path.display());
            return ExitCode::FAILURE;
        }
    }
    println!("wrote {} file(s) of crate `{}` to {}", files.len(), options.crate_name, out.display());
    ExitCode::SUCCESS
}

/// The config of the configuration file (`--config`, else the one beside
/// the document), into `ir`.
fn configure(spec: &Path, ir: &mut Options) -> Result<(), ExitCode> {
    match oapi_axum::config::read(spec, ir.config.file.as_deref()) {
        Ok(config) => {
            ir.config = config;
            Ok(())
        }
        Err(error) => {
            eprintln!("error: {error}");
            Err(ExitCode::FAILURE)
        }
    }
}

fn main() -> ExitCode {
    // Usage errors exit 2 and `--help`/`--version` exit 0, as clap does.
    let cli = Cli::parse();
    match cli.command {
        Command::Check(document) => {
            let mut ir = document.options();
            match configure(&document.spec, &mut ir) {
                Ok(()) => check(&document.spec, &ir),
                Err(code) => code,
            }
        }
        Command::Generate(generate_args) => {
            let mut ir = generate_args.document.options();
            let options = generate_args.crate_options();
            match configure(&generate_args.document.spec, &mut ir) {
                Ok(()) => generate(&generate_args.document.spec, &generate_args.out, &ir, &options),
                Err(code) => code,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn options_belong_to_their_command() {
        let parsed = Cli::try_parse_from(["oapi-axum", "generate", "api.yaml", "--out=crate", "--crate-name=x"]).unwrap();
        let Command::Generate(generate) = parsed.command else { panic!("not generate") };
        assert_eq!(generate.out, Path::new("crate"));
        assert_eq!(generate.crate_options().crate_name, "x");
        assert!(matches!(generate.crate_options().runtime, RuntimeDependency::Version(_)));
        let error = Cli::try_parse_from(["oapi-axum", "check", "api.yaml", "--out", "crate"]).unwrap_err();
        assert_eq!(error.kind(), clap::error::ErrorKind::UnknownArgument);
        let error =
            Cli::try_parse_from(["oapi-axum", "generate", "api.yaml", "--out", "c", "--runtime-path", "r", "--runtime-version", "1"]);
        assert_eq!(error.unwrap_err().kind(), clap::error::ErrorKind::ArgumentConflict);
        let parsed = Cli::try_parse_from(["oapi-axum", "check", "api.yaml", "--untyped=any-value"]).unwrap();
        let Command::Check(document) = parsed.command else { panic!("not check") };
        assert_eq!(document.options().untyped, Untyped::AnyValue);
    }

    #[test]
    fn crate_names_come_from_titles() {
        let spec = Path::new("apisguru/libretranslate.local.json");
        assert_eq!(default_crate_name("LibreTranslate", spec), "libretranslate-server");
        assert_eq!(default_crate_name("Swagger Petstore - OpenAPI 3.0", spec), "swagger-petstore-openapi-3-0-server");
        assert_eq!(default_crate_name("1Password Events API", spec), "api-1password-events-api-server");
        assert_eq!(default_crate_name("日本語", spec), "libretranslate-local-server");
    }
}
