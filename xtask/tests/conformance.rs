//! The JSON Schema Test Suite, draft 4 and 2020-12, through generated types
//! and validation (see `xtask::conformance`). Every case of every group the
//! generator accepts must pass, but for the deviations listed, with their
//! reasons, in `conformance-deviations.tsv`; the groups it refuses are
//! reported by the keyword it names.

#[test]
fn json_schema_test_suite() {
    let root = xtask::workspace_root();
    let suite = root.join("../shared/json-schema-test-suite");
    assert!(suite.join("tests").is_dir(), "../shared/json-schema-test-suite is missing beside the checkout");
    let groups = xtask::conformance::run(&root, &suite, &root.join("target/conformance-work"), &root.join("target/corpus-target"))
        .expect("the suite runs");
    println!("{}", xtask::conformance::report(&groups));
    let known: std::collections::BTreeSet<(String, String)> = include_str!("conformance-deviations.tsv")
        .lines()
        .filter(|line| !line.starts_with('#') && !line.is_empty())
        .filter_map(|line| {
            let mut columns = line.split('\t');
            Some((columns.next()?.to_owned(), columns.next()?.to_owned()))
        })
        .collect();
    let failing: std::collections::BTreeSet<(String, String)> =
        xtask::conformance::failing(&groups).into_iter().map(|(group, case, _)| (group, case)).collect();
    let unexpected: Vec<String> = xtask::conformance::failing(&groups)
        .into_iter()
        .filter(|(group, case, _)| !known.contains(&(group.clone(), case.clone())))
        .map(|(group, case, detail)| format!("{group}: {case}: {detail}"))
        .collect();
    assert!(unexpected.is_empty(), "{} failing case(s):\n{}", unexpected.len(), unexpected.join("\n"));
    let fixed: Vec<&(String, String)> = known.difference(&failing).collect();
    assert!(fixed.is_empty(), "listed as deviations but pass now (remove them): {fixed:#?}");
    let run = groups.iter().filter(|g| g.skipped.is_none()).count();
    assert!(run >= 150, "only {run} groups ran");
}
