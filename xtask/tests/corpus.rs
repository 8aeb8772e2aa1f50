//! The generator over real-world documents: `../shared/corpus/` and the
//! vendors' LangSmith and Trieve specs. None may panic; at least 90% must
//! give crates that pass `cargo clippy -- -D warnings`; the rest must be
//! refused with an error naming the file and the JSON pointer. Every
//! example of every document must read into its generated type and write
//! back, but for the vendors' examples listed in `invalid-examples.tsv`,
//! which break their own schemas.

use xtask::corpus::{self, Outcome};

#[test]
fn real_world_documents_generate_clippy_clean_crates() {
    let root = xtask::workspace_root();
    let shared = root.join("../shared");
    assert!(shared.join("corpus").is_dir(), "../shared/corpus is missing beside the checkout");
    let entries =
        corpus::run(&root, &shared, &root.join("target/corpus-work"), &root.join("target/corpus-target")).expect("the corpus check runs");
    println!("{}", corpus::report(&entries));

    let panicked: Vec<_> = entries.iter().filter(|e| matches!(e.outcome, Outcome::Panicked(_))).collect();
    assert!(panicked.is_empty(), "the generator panicked on: {panicked:#?}");
    for entry in &entries {
        if let Outcome::Refused(message) = &entry.outcome {
            assert!(message.contains(": at /"), "{}: the error names no JSON pointer: {message}", entry.name);
        }
    }
    let compiled = entries.iter().filter(|e| e.outcome == Outcome::Compiled).count();
    assert!(entries.len() >= 21, "the corpus lost documents: {}", entries.len());
    assert!(
        compiled * 10 >= entries.len() * 9,
        "only {compiled} of {} documents compile; see target/corpus-work/clippy.log",
        entries.len()
    );
    let known: Vec<(&str, &str)> = include_str!("invalid-examples.tsv")
        .lines()
        .filter(|line| !line.starts_with('#') && !line.is_empty())
        .filter_map(|line| {
            let mut columns = line.split('\t');
            Some((columns.next()?, columns.next()?))
        })
        .collect();
    let mut unexpected = Vec::new();
    let mut now_valid = Vec::new();
    for entry in &entries {
        for (label, verdict) in &entry.examples {
            let listed = known.contains(&(entry.name.as_str(), label.as_str()));
            match (verdict == "ok", listed) {
                (false, false) => unexpected.push(format!("{}: {label}: {verdict}", entry.name)),
                (true, true) => now_valid.push(format!("{}: {label}", entry.name)),
                _ => {}
            }
        }
    }
    assert!(unexpected.is_empty(), "examples that do not round-trip:\n{}", unexpected.join("\n"));
    assert!(now_valid.is_empty(), "listed as invalid but round-trip now:\n{}", now_valid.join("\n"));
    let checked: usize = entries.iter().map(|e| e.examples.len()).sum();
    assert!(checked >= 500, "examples went missing: {checked} checked");

    for name in ["upstream-langsmith", "upstream-trieve"] {
        let entry = entries.iter().find(|e| e.name == name).expect("upstream spec present");
        assert_eq!(entry.outcome, Outcome::Compiled, "{name} must generate whole");
    }
}
