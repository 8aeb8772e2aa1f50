//! `cargo install --path generator`, then the installed CLI run from a
//! directory outside the checkout: the crate it writes builds there. It
//! compiles the generator and a crate, so it is one of the long gates (the
//! README's test command), not the generator's everyday tests.

use std::path::{Path, PathBuf};
use std::process::Command;

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
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
