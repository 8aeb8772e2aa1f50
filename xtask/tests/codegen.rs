//! `generated/` is what the generator makes of `specs/`, byte for byte, every
//! time. The committed files are the record of that output, reviewed in each
//! change's diff (the fixtures' snapshots pin what `specs/` does not reach).

#[test]
fn generated_is_up_to_date() {
    let differences = xtask::check(&xtask::workspace_root()).expect("codegen runs");
    assert!(
        differences.is_empty(),
        "generated/ is stale; run `cargo xtask codegen`:\n{}",
        differences.iter().map(|d| format!("  {d}\n")).collect::<String>()
    );
}

#[test]
fn output_is_deterministic() {
    let root = xtask::workspace_root();
    let first = xtask::render(&root).expect("codegen runs");
    let second = xtask::render(&root).expect("codegen runs");
    assert_eq!(first, second);
}

#[test]
fn every_spec_has_a_crate() {
    let root = xtask::workspace_root();
    let jobs = xtask::jobs(&root).expect("specs/ is readable");
    let names: Vec<String> = jobs.iter().map(|j| j.options.crate_name.clone()).collect();
    assert_eq!(names, ["langsmith-orgs", "logto-orgs", "trieve-orgs", "zenml-orgs"]);
    for job in jobs {
        assert!(root.join(&job.out).join("Cargo.toml").is_file(), "{} has no crate", job.spec.display());
    }
}
