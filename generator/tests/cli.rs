//! The command line as a user meets it: help and version exit 0, options
//! belong to their command, and a CLI installed with `cargo install` writes,
//! from a directory outside the checkout, a crate that builds.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn oapi_axum(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_oapi-axum")).args(args).output().expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn help_and_version_exit_zero_and_misplaced_options_are_errors() {
    for args in [&["--help"][..], &["generate", "--help"], &["check", "--help"], &["help", "generate"]] {
        let output = oapi_axum(args);
        assert!(output.status.success(), "{args:?}: {}", text(&output.stderr));
        assert!(text(&output.stdout).contains("Usage: oapi-axum"), "{args:?}: {}", text(&output.stdout));
    }
    let output = oapi_axum(&["--version"]);
    assert!(output.status.success());
    assert_eq!(text(&output.stdout).trim(), format!("oapi-axum {}", env!("CARGO_PKG_VERSION")));

    // `--out` is generate's, not check's.
    let output = oapi_axum(&["check", "api.yaml", "--out", "crate"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("unexpected argument '--out'"), "{}", text(&output.stderr));
    let output = oapi_axum(&["generate", "api.yaml"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("--out <DIR>"), "{}", text(&output.stderr));
}

#[test]
fn flag_equals_value_works_and_problems_name_the_file() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let spec = root.join("specs/zenml.yaml");
    let out = std::env::temp_dir().join(format!("oapi-axum-cli-{}", std::process::id()));
    let output = oapi_axum(&[
        "generate",
        &spec.display().to_string(),
        &format!("--out={}", out.display()),
        "--crate-name=zenml-from-cli",
        &format!("--runtime-path={}", root.join("runtime").display()),
    ]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let manifest = std::fs::read_to_string(out.join("Cargo.toml")).unwrap();
    assert!(manifest.contains("name = \"zenml-from-cli\""), "{manifest}");
    std::fs::remove_dir_all(&out).unwrap();

    let output = oapi_axum(&["check", "no-such-file.yaml"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output.stderr).contains("no-such-file.yaml"), "{}", text(&output.stderr));
}

/// `cargo install --path generator`, then the installed binary run from a
/// temporary directory: the crate it writes builds there (against this
/// checkout's runtime, by `--runtime-path`, until the runtime is published).
#[test]
fn an_installed_cli_writes_a_crate_that_builds_outside_the_checkout() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    // The target directory the corpus tests build generated crates in: its
    // dependencies are mostly built already (as there, not incrementally).
    let target = root.join("target/corpus-target");
    let place: PathBuf = std::env::temp_dir().join(format!("oapi-axum-installed-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&place);
    std::fs::create_dir_all(&place).unwrap();

    let install = Command::new(&cargo)
        .args(["install", "--quiet", "--debug", "--locked", "--path"])
        .arg(root.join("generator"))
        .arg("--root")
        .arg(place.join("installed"))
        .env("CARGO_TARGET_DIR", &target)
        .env("CARGO_INCREMENTAL", "0")
        .env_remove("RUSTFLAGS")
        .output()
        .unwrap();
    assert!(install.status.success(), "cargo install: {}", text(&install.stderr));
    let binary = place.join("installed/bin").join(format!("oapi-axum{}", std::env::consts::EXE_SUFFIX));

    // The document beside the crate, both named relative to the directory.
    std::fs::copy(root.join("specs/zenml.yaml"), place.join("zenml.yaml")).unwrap();
    let generate = Command::new(&binary)
        .args(["generate", "zenml.yaml", "--out", "zenml"])
        .arg(format!("--runtime-path={}", root.join("runtime").display()))
        .current_dir(&place)
        .output()
        .unwrap();
    assert!(generate.status.success(), "generate: {}", text(&generate.stderr));

    // The versions this checkout has built and tested.
    std::fs::copy(root.join("Cargo.lock"), place.join("zenml/Cargo.lock")).unwrap();
    let check = Command::new(&cargo)
        .args(["check", "--quiet"])
        .current_dir(place.join("zenml"))
        .env("CARGO_TARGET_DIR", &target)
        .env("CARGO_INCREMENTAL", "0")
        .env_remove("RUSTFLAGS")
        .output()
        .unwrap();
    assert!(check.status.success(), "cargo check of the generated crate: {}", text(&check.stderr));
    std::fs::remove_dir_all(&place).unwrap();
}
