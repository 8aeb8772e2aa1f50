//! One small document per construct the generator maps
//! (`generator/tests/fixtures/`): every fixture's crate passes clippy and
//! round-trips its examples, and a fixture with a `.requests` file beside
//! it answers each of those requests as the file says (served by
//! `Unimplemented`: 501 for what the document allows, 4xx for what it
//! forbids). What the generator emits for each is pinned by
//! the reviewed snapshots beside its document, which the generator's own
//! `tests/fixtures.rs` checks in seconds.

use xtask::corpus::{self, Outcome};

#[test]
fn every_fixture_compiles_and_round_trips_its_examples() {
    let root = xtask::workspace_root();
    let fixtures = corpus::fixtures(&root).expect("fixtures are readable");
    assert!(fixtures.len() >= 10, "fixtures went missing: {fixtures:?}");
    let work = root.join("target/fixtures-work");
    let entries = corpus::check(&root, fixtures, &work, &root.join("target/corpus-target")).expect("the fixture check runs");
    println!("{}", corpus::report(&entries));
    for entry in &entries {
        assert_eq!(entry.outcome, Outcome::Compiled, "{}: see target/fixtures-work/clippy.log", entry.name);
        for (label, verdict) in &entry.examples {
            assert_eq!(verdict, "ok", "{}: the example at {label} does not round-trip", entry.name);
        }
        let wrong: Vec<String> = entry
            .requests
            .iter()
            .filter(|(_, verdict)| verdict != "ok")
            .map(|(request, verdict)| format!("{request}: {verdict}"))
            .collect();
        assert!(wrong.is_empty(), "{}: requests answered otherwise than the document says:\n{}", entry.name, wrong.join("\n"));
    }
    let examples: usize = entries.iter().map(|e| e.examples.len()).sum();
    assert!(examples >= 5, "the fixtures' examples were not checked: {examples}");
}
