//! The gate over `../shared/corpus-wide/` (233 real documents from the
//! APIs.guru directory, up to Microsoft Graph beta's 47 MB), generated in
//! process: generation never panics; every refusal names its file and a
//! JSON pointer that is in that file, and so does every warning; and what
//! becomes of each document (a crate and how many warnings, or the refusal)
//! is pinned in the snapshot `corpus_wide.snap`, so that a change of the
//! generator shows as a diff of it. Then every crate (but Graph beta's, see
//! [`xtask::wide::COMPILED_UP_TO`]) is checked by `cargo check` in one
//! target directory, and every one must compile.

#[test]
fn every_wide_corpus_document_generates_or_is_refused_clearly() {
    let root = xtask::workspace_root();
    let shared = root.join("../shared");
    assert!(shared.join("corpus-wide").is_dir(), "../shared/corpus-wide is missing beside the checkout");
    let documents = xtask::wide::documents(&shared).expect("the wide corpus lists");
    assert!(documents.len() >= 233, "documents went missing: {}", documents.len());
    let crates = root.join("target/corpus-wide-work/crates");
    let _ = std::fs::remove_dir_all(&crates);
    let generated = xtask::wide::generate(&documents, &root.join("runtime"), Some(&crates), 2);

    let mut defects = Vec::new();
    for document in &generated {
        match &document.generated {
            xtask::wide::Generated::Panicked(message) => defects.push(format!("{}: panicked: {message}", document.name)),
            xtask::wide::Generated::Refused(error) => {
                if error.file != document.path && !error.file.starts_with(document.path.parent().unwrap_or(&document.path)) {
                    defects.push(format!("{}: the refusal names another file: {error}", document.name));
                }
                if error.message.contains("internal error") {
                    defects.push(format!("{}: an internal error is a defect of the generator: {error}", document.name));
                }
            }
            xtask::wide::Generated::Crate { .. } => {}
        }
        for pointer in &document.dangling {
            defects.push(format!("{}: a pointer that is not in the document: {pointer}", document.name));
        }
    }
    assert!(defects.is_empty(), "{}", defects.join("\n"));
    let made = generated.iter().filter(|d| matches!(d.generated, xtask::wide::Generated::Crate { .. })).count();
    assert!(made * 100 >= generated.len() * 97, "only {made} of {} documents generate", generated.len());

    let mut settings = insta::Settings::clone_current();
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.bind(|| insta::assert_snapshot!("corpus_wide", xtask::wide::table(&generated)));

    let compile = xtask::wide::to_compile(&generated);
    let verdicts = xtask::wide::check(&root, &crates, &compile, &root.join("target/corpus-target")).expect("cargo check runs");
    let failures: Vec<String> = verdicts
        .iter()
        .filter_map(|(name, verdict)| match verdict {
            xtask::wide::Checked::Fails(why) => Some(format!("{name}: {why}")),
            xtask::wide::Checked::Compiles => None,
        })
        .collect();
    // The first few are enough to read; a cargo that stopped early would
    // repeat its last words for every crate it did not reach.
    let shown: Vec<&str> = failures.iter().take(5).map(String::as_str).collect();
    assert!(failures.is_empty(), "{} of {} crates do not compile, among them:\n{}", failures.len(), compile.len(), shown.join("\n"));
    assert!(compile.len() * 100 >= generated.len() * 97, "only {} of {} documents compile", compile.len(), generated.len());
}
