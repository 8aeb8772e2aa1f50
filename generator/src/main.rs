//! `oapi-axum`: the command line.
//!
//! ```text
//! oapi-axum <SPEC> --out <DIR> [--crate-name NAME] [--crate-version V] [--runtime-path PATH | --runtime-version V]
//! ```

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use oapi_axum::{CrateOptions, RuntimeDependency};

const USAGE: &str = "usage: oapi-axum <SPEC> --out <DIR> [--crate-name NAME] [--crate-version VERSION] \
[--runtime-path PATH | --runtime-version VERSION]";

struct Args {
    spec: PathBuf,
    out: PathBuf,
    options: CrateOptions,
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Args, String> {
    let mut spec = None;
    let mut out = None;
    let mut crate_name = None;
    let mut crate_version = "0.1.0".to_owned();
    let mut runtime = RuntimeDependency::Version(env!("CARGO_PKG_VERSION").to_owned());
    while let Some(arg) = args.next() {
        let mut value = |flag: &str| args.next().ok_or_else(|| format!("{flag} needs a value"));
        match arg.as_str() {
            "--out" => out = Some(PathBuf::from(value("--out")?)),
            "--crate-name" => crate_name = Some(value("--crate-name")?),
            "--crate-version" => crate_version = value("--crate-version")?,
            "--runtime-path" => runtime = RuntimeDependency::Path(value("--runtime-path")?),
            "--runtime-version" => runtime = RuntimeDependency::Version(value("--runtime-version")?),
            "-h" | "--help" => return Err(String::new()),
            flag if flag.starts_with('-') => return Err(format!("unknown option {flag}")),
            _ if spec.is_none() => spec = Some(PathBuf::from(arg)),
            _ => return Err(format!("unexpected argument {arg}")),
        }
    }
    let spec = spec.ok_or("missing the SPEC argument")?;
    let out = out.ok_or("missing --out")?;
    let crate_name = crate_name.unwrap_or_else(|| default_crate_name(&spec));
    let regenerate = format!("run `oapi-axum {}` again", spec.display());
    Ok(Args {
        options: CrateOptions {
            crate_name,
            crate_version,
            spec: spec.display().to_string(),
            runtime,
            regenerate,
        },
        spec,
        out,
    })
}

fn default_crate_name(spec: &Path) -> String {
    let stem = spec.file_stem().and_then(|s| s.to_str()).unwrap_or("api");
    let name: String = stem.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' }).collect();
    format!("{}-server", name.trim_matches('-'))
}

fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(args) => args,
        Err(message) => {
            if !message.is_empty() {
                eprintln!("oapi-axum: {message}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let files = match oapi_axum::generate(&args.spec, &args.options) {
        Ok(files) => files,
        Err(error) => {
            eprintln!("oapi-axum: {error}");
            return ExitCode::FAILURE;
        }
    };
    for file in files {
        let path = args.out.join(&file.path);
        let written = path
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(&path, &file.contents));
        if let Err(error) = written {
            eprintln!("oapi-axum: cannot write {}: {error}", path.display());
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
