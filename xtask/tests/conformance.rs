//! The JSON Schema Test Suite, draft 4 and 2020-12, through generated types
//! and validation (see `xtask::conformance`). Every case of every group the
//! generator accepts must pass; the groups it refuses are reported by the
//! keyword it names.

#[test]
fn json_schema_test_suite() {
    let root = xtask::workspace_root();
    let suite = root.join("../shared/json-schema-test-suite");
    assert!(suite.join("tests").is_dir(), "../shared/json-schema-test-suite is missing beside the checkout");
    let groups = xtask::conformance::run(
        &root,
        &suite,
        &root.join("target/conformance-work"),
        &root.join("target/corpus-target"),
    )
    .expect("the suite runs");
    println!("{}", xtask::conformance::report(&groups));
    let failures = xtask::conformance::failures(&groups);
    assert!(failures.is_empty(), "{} failing case(s):\n{}", failures.len(), failures.join("\n"));
    let run = groups.iter().filter(|g| g.skipped.is_none()).count();
    assert!(run >= 150, "only {run} groups ran");
}
