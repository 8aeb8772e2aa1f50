//! The semantic gate (issue 26): for each document of the sample
//! ([`xtask::semantic::sample`]: a size-spread sample of
//! `../shared/corpus-wide/`, the four specs and `../shared/corpus/`), the
//! generated `Unimplemented` is served and schemathesis runs its three checks
//! against it: every request the document allows must reach the method
//! (501), every request it forbids must be refused (4xx), and every refusal
//! must meet the schema declared for its status.
//!
//! Every failing case must be judged, place by place, by a row of
//! `semantic-verdicts.tsv` that accepts it ("schemathesis is wrong", "the
//! document contradicts itself", "a narrowing by design"); a row that says
//! "known defect, ..." names the failure but fails the test still, and so
//! does a row that judges nothing any more (the table stays true). The test prints every failure
//! with a `curl` command that replays it against `cargo xtask semantic
//! --serve DOC`.

use std::path::Path;

use xtask::semantic;

#[test]
fn generated_servers_accept_what_documents_allow_and_refuse_what_they_forbid() {
    let root = xtask::workspace_root();
    let shared = root.join("../shared");
    assert!(shared.join("corpus-wide").is_dir(), "../shared/corpus-wide is missing beside the checkout");
    let documents = semantic::sample(&root, &shared).expect("the sample lists");
    let verdicts = semantic::Verdicts::read(&root.join("xtask/tests/semantic-verdicts.tsv")).expect("the verdict table reads");
    // The reference server's schemathesis test uses the same environment.
    let st = semantic::schemathesis(&Path::new(env!("CARGO_TARGET_TMPDIR")).join("schemathesis-venv")).expect("schemathesis installs");
    let work = root.join("target/semantic-work");
    let outcomes = semantic::run(&root, &documents, &work, &root.join("target/corpus-target"), &st, &semantic::Options::default())
        .expect("the gate runs");
    let judgement = semantic::judge(&outcomes, &verdicts);
    println!("{}", judgement.text);
    assert!(
        judgement.problems.is_empty() && judgement.stale.is_empty(),
        "{} problems and {} rows of the table that judged nothing, listed above (reports in {})",
        judgement.problems.len(),
        judgement.stale.len(),
        work.join("runs").display()
    );
    assert!(judgement.documents >= 40, "documents went missing from the sample: {}", judgement.documents);
}
