//! A change to the document reaches the build: the build script tells
//! Cargo to run again when the document changes (`cargo:rerun-if-changed`),
//! so the next build serves what the changed document says. The crate is
//! built here from a copy of ZenML's document (`ZENML_SPEC`), run, the copy
//! edited, and the crate built and run again.

use std::path::Path;
use std::process::Command;

fn operations(root: &Path, spec: &Path) -> String {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let output = Command::new(cargo)
        .args(["run", "--quiet", "--locked", "-p", "zenml-build-rs", "--bin", "operations"])
        .current_dir(root)
        .env("ZENML_SPEC", spec)
        // A target directory other than the one `cargo test` holds.
        .env("CARGO_TARGET_DIR", root.join("target/corpus-target"))
        .env_remove("RUSTFLAGS")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "the example does not build or run: {stderr}");
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn a_changed_document_is_generated_again() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap();
    let place = std::env::temp_dir().join(format!("zenml-build-rs-{}", std::process::id()));
    std::fs::create_dir_all(&place).unwrap();
    let spec = place.join("zenml.yaml");
    let original = std::fs::read_to_string(root.join("specs/zenml.yaml")).unwrap();
    std::fs::write(&spec, &original).unwrap();

    let before = operations(&root, &spec);
    assert!(before.contains("POST /organizations create_organization_endpoint_organizations_post [organizations]"), "{before}");

    // The operations tagged otherwise: the implementation still fits, and
    // only a new generation says the new tag.
    let edited = original.replace("- organizations  # inferred", "- tenancy");
    assert_ne!(edited, original, "the document's tags were not found");
    std::fs::write(&spec, edited).unwrap();
    let after = operations(&root, &spec);
    assert!(
        after.contains("POST /organizations create_organization_endpoint_organizations_post [tenancy]"),
        "the change did not reach the build:\n{after}"
    );
    assert!(!after.contains("[organizations]"), "{after}");
    std::fs::remove_dir_all(&place).unwrap();
}
