//! Generates ZenML's organizations API into `OUT_DIR/api.rs`, and the
//! streaming run of LangSmith's Managed Deep Agents API into
//! `OUT_DIR/events.rs`, which `src/lib.rs` includes. `ZENML_SPEC` names
//! another copy of ZenML's document (the test that proves a change to it
//! reaches the build uses one).

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-env-changed=ZENML_SPEC");
    let spec = match std::env::var_os("ZENML_SPEC") {
        Some(spec) => PathBuf::from(spec),
        None => PathBuf::from("../../specs/zenml.yaml"),
    };
    let out_dir = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    if let Err(error) = oapi_axum::Builder::new(spec).generate_to(&out_dir) {
        panic!("{error}");
    }
    let events = oapi_axum::Builder::new("deep-agents-stream.json").file_name("events.rs");
    if let Err(error) = events.generate_to(&out_dir) {
        panic!("{error}");
    }
}
