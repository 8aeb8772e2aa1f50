//! The generator over real-world documents: `../shared/corpus/` and the
//! vendors' LangSmith and Trieve specs. None may panic; at least 90% must
//! give crates that pass `cargo clippy -- -D warnings`; the rest must be
//! refused with an error naming the file and the JSON pointer.

use xtask::corpus::{self, Outcome};

#[test]
fn real_world_documents_generate_clippy_clean_crates() {
    let root = xtask::workspace_root();
    let shared = root.join("../shared");
    assert!(shared.join("corpus").is_dir(), "../shared/corpus is missing beside the checkout");
    let entries = corpus::run(&root, &shared, &root.join("target/corpus-work"), &root.join("target/corpus-target"))
        .expect("the corpus check runs");
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
    for name in ["upstream-langsmith", "upstream-trieve"] {
        let entry = entries.iter().find(|e| e.name == name).expect("upstream spec present");
        assert_eq!(entry.outcome, Outcome::Compiled, "{name} must generate whole");
    }
}
