//! One small document per construct the generator maps
//! (`generator/tests/fixtures/`): the models and validation it emits are
//! pinned by reviewed snapshots beside each document, and every fixture's
//! crate passes clippy.

use xtask::corpus::{self, Outcome};

#[test]
fn every_fixture_compiles_and_matches_its_snapshot() {
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
    }
    let examples: usize = entries.iter().map(|e| e.examples.len()).sum();
    assert!(examples >= 5, "the fixtures' examples were not checked: {examples}");

    // Each fixture's snapshots sit beside its document: `<name>.models.snap`
    // beside `<name>.yaml` (`api.models.snap` in a fixture's own folder).
    for entry in &entries {
        let mut settings = insta::Settings::clone_current();
        settings.set_prepend_module_to_snapshot(false);
        settings.set_omit_expression(true);
        settings.set_snapshot_path(entry.spec.parent().expect("a fixture is in a folder"));
        let stem = entry.spec.file_stem().and_then(|s| s.to_str()).expect("a fixture's name is text").to_owned();
        let file = |name: &str| {
            std::fs::read_to_string(work.join("crates").join(&entry.name).join("src").join(name)).expect("the file was written")
        };
        settings.bind(|| {
            insta::assert_snapshot!(format!("{stem}.models"), file("models.rs"));
            insta::assert_snapshot!(format!("{stem}.validation"), file("validation.rs"));
            // What `check` says: the operations' method names and every warning.
            let mut check = entry.summary.clone();
            for warning in &entry.warnings {
                let file = warning.file.as_ref().map(|f| format!("{}: ", f.display())).unwrap_or_default();
                check.push_str(&format!("warning: {file}at {}: {}\n", warning.pointer, warning.message));
            }
            insta::assert_snapshot!(format!("{stem}.check"), check);
            if entry.summary.lines().count() > 1 {
                insta::assert_snapshot!(format!("{stem}.server"), file("server.rs"));
            }
        });
    }
}
