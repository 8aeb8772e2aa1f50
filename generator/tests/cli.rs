//! The command line as a user meets it: help and version exit 0, and
//! options belong to their command. That an installed CLI writes a crate
//! that builds is `xtask/tests/installed_cli.rs` (it compiles, so it runs
//! with the long gates).

use std::path::Path;
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

#[test]
fn strict_refuses_what_is_otherwise_skipped_with_a_warning() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let spec = root.join("tests/fixtures/skipped-parts.yaml").display().to_string();

    let output = oapi_axum(&["check", &spec]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let said = text(&output.stderr) + &text(&output.stdout);
    assert!(said.contains("`POST /{totp}/keys/{name}` is skipped"), "{said}");
    assert!(said.contains("`GET /captions` is skipped"), "{said}");
    assert!(said.contains("the mapping of `fish` is dropped"), "{said}");

    let output = oapi_axum(&["check", "--strict", &spec]);
    assert_eq!(output.status.code(), Some(1), "{}", text(&output.stdout));
    let said = text(&output.stderr);
    assert!(said.contains("is the same route as the operation at"), "{said}");
    assert!(said.contains("/components/schemas/Pet/discriminator/mapping/bird"), "{said}");
    assert!(!said.contains("is skipped"), "{said}");
}
