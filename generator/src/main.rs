//! `oapi-axum`: the command line.
//!
//! ```text
//! oapi-axum generate <SPEC> --out <DIR> [--crate-name NAME] [--crate-version V]
//!                    [--runtime-path PATH | --runtime-version V] [--workspace-member]
//!                    [--untyped implied|any-value]
//! oapi-axum check <SPEC> [--untyped implied|any-value]
//! ```

use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Generation makes and drops millions of small token trees and strings:
/// mimalloc's thread-local free lists do that work in a fraction of the
/// time of the system allocator's (see BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use oapi_axum::ir::{Options, Untyped};
use oapi_axum::{CrateOptions, RuntimeDependency};

const USAGE: &str = "\
usage: oapi-axum generate <SPEC> --out <DIR> [options]   write a crate for the document
       oapi-axum check <SPEC>                            report what generate would do, and every problem

options of generate:
  --crate-name NAME         package name (default: from the document's title, `<title>-server`)
  --crate-version VERSION   package version (default: 0.1.0)
  --runtime-path PATH       depend on oapi-axum-runtime at PATH (default: this checkout's runtime/)
  --runtime-version VER     depend on oapi-axum-runtime VER from the registry instead
  --workspace-member        leave out the crate's own [workspace] table, to add it to an enclosing workspace

options of both:
  --config FILE             the names chosen for operations and schemas (default: oapi-axum.toml
                            beside SPEC, if there is one): [operations] and [schemas] tables
  --untyped implied         a schema without `type` is the type its keywords describe (default):
                            `properties` make an object, `items` an array
  --untyped any-value       ... is any value, as JSON Schema says: its keywords apply to values of
                            their type only (a union of the object or array and any other value)";

enum Command {
    /// `options.crate_name` is empty when it is to come from the document.
    Generate {
        spec: PathBuf,
        out: PathBuf,
        ir: Options,
        options: CrateOptions,
    },
    Check {
        spec: PathBuf,
        ir: Options,
    },
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Command, String> {
    let command = args.next().ok_or("missing a command")?;
    let mut spec = None;
    let mut out = None;
    let mut crate_name = None;
    let mut crate_version = "0.1.0".to_owned();
    let mut runtime = None;
    let mut standalone = true;
    let mut ir = Options::default();
    let mut config: Option<PathBuf> = None;
    while let Some(arg) = args.next() {
        let mut value = |flag: &str| args.next().ok_or_else(|| format!("{flag} needs a value"));
        match arg.as_str() {
            "--out" => out = Some(PathBuf::from(value("--out")?)),
            "--crate-name" => crate_name = Some(value("--crate-name")?),
            "--crate-version" => crate_version = value("--crate-version")?,
            "--runtime-path" => runtime = Some(RuntimeDependency::Path(value("--runtime-path")?)),
            "--runtime-version" => runtime = Some(RuntimeDependency::Version(value("--runtime-version")?)),
            "--workspace-member" => standalone = false,
            "--config" => config = Some(PathBuf::from(value("--config")?)),
            "--untyped" => {
                ir.untyped = match value("--untyped")?.as_str() {
                    "implied" => Untyped::Implied,
                    "any-value" => Untyped::AnyValue,
                    other => {
                        return Err(format!("--untyped takes `implied` or `any-value`, not `{other}`"));
                    }
                }
            }
            "-h" | "--help" => return Err(String::new()),
            flag if flag.starts_with('-') => return Err(format!("unknown option {flag}")),
            _ if spec.is_none() => spec = Some(PathBuf::from(arg)),
            _ => return Err(format!("unexpected argument {arg}")),
        }
    }
    let spec = spec.ok_or("missing the SPEC argument")?;
    // Read when the command runs (see `main`); kept here by its path.
    ir.renames.file = config;
    match command.as_str() {
        "check" => Ok(Command::Check { spec, ir }),
        "generate" => {
            let out = out.ok_or("missing --out")?;
            let runtime = match runtime {
                Some(runtime) => runtime,
                None => RuntimeDependency::Path(default_runtime_path()?),
            };
            let options = CrateOptions {
                crate_name: crate_name.unwrap_or_default(),
                crate_version,
                spec: spec.display().to_string(),
                runtime,
                regenerate: format!("run `oapi-axum generate {} --out {}` again", spec.display(), out.display()),
                standalone,
            };
            Ok(Command::Generate { spec, out, ir, options })
        }
        "-h" | "--help" => Err(String::new()),
        other => Err(format!("unknown command {other}")),
    }
}

/// This checkout's runtime crate, until the runtime is published.
fn default_runtime_path() -> Result<String, String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../runtime");
    let path = path
        .canonicalize()
        .map_err(|e| format!("cannot find the runtime crate at {} ({e}); pass --runtime-path or --runtime-version", path.display()))?;
    Ok(path.display().to_string())
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
    let document = match oapi_axum::load::load_file(spec) {
        Ok(document) => document,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::FAILURE;
        }
    };
    match oapi_axum::ir::build_reporting(&document, ir) {
        Err(errors) => {
            for error in &errors {
                eprintln!("error: {error}");
            }
            eprintln!("{} problem(s); nothing would be generated", errors.len());
            ExitCode::FAILURE
        }
        Ok(api) => {
            for warning in &api.warnings {
                eprintln!("warning: {}", warning.display(spec));
            }
            print!("{}", oapi_axum::summary(&api, spec));
            ExitCode::SUCCESS
        }
    }
}

fn generate(spec: &Path, out: &Path, ir: &Options, options: &CrateOptions) -> ExitCode {
    let document = match oapi_axum::load::load_file(spec) {
        Ok(document) => document,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::FAILURE;
        }
    };
    let api = match oapi_axum::ir::build_with(&document, ir) {
        Ok(api) => api,
        Err(error) => {
            eprintln!("error: {error}");
            eprintln!("(`oapi-axum check {}` lists every problem)", spec.display());
            return ExitCode::FAILURE;
        }
    };
    // The IR holds all that emit needs: the document's model goes now,
    // before emit's text is made beside it.
    drop(document);
    for warning in &api.warnings {
        eprintln!("warning: {}", warning.display(spec));
    }
    let mut options = options.clone();
    if options.crate_name.is_empty() {
        options.crate_name = default_crate_name(&api.title, spec);
    }
    let options = &options;
    let files = match oapi_axum::emit::crate_files(&api, options, spec) {
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

/// The renames of the configuration file (`--config`, else the one beside
/// the document), into `ir`.
fn configure(spec: &Path, ir: &mut Options) -> Result<(), ExitCode> {
    match oapi_axum::config::renames(spec, ir.renames.file.as_deref()) {
        Ok(renames) => {
            ir.renames = renames;
            Ok(())
        }
        Err(error) => {
            eprintln!("error: {error}");
            Err(ExitCode::FAILURE)
        }
    }
}

fn main() -> ExitCode {
    let command = match parse_args(std::env::args().skip(1)) {
        Ok(command) => command,
        Err(message) => {
            if !message.is_empty() {
                eprintln!("oapi-axum: {message}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match command {
        Command::Check { spec, mut ir } => match configure(&spec, &mut ir) {
            Ok(()) => check(&spec, &ir),
            Err(code) => code,
        },
        Command::Generate { spec, out, mut ir, options } => match configure(&spec, &mut ir) {
            Ok(()) => generate(&spec, &out, &ir, &options),
            Err(code) => code,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crate_names_come_from_titles() {
        let spec = Path::new("apisguru/libretranslate.local.json");
        assert_eq!(default_crate_name("LibreTranslate", spec), "libretranslate-server");
        assert_eq!(default_crate_name("Swagger Petstore - OpenAPI 3.0", spec), "swagger-petstore-openapi-3-0-server");
        assert_eq!(default_crate_name("1Password Events API", spec), "api-1password-events-api-server");
        assert_eq!(default_crate_name("日本語", spec), "libretranslate-local-server");
    }
}
