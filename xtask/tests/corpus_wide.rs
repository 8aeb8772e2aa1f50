//! The gate over `../shared/corpus-wide/` (233 real documents from the
//! APIs.guru directory, up to Microsoft Graph beta's 47 MB), generated in
//! process: generation never panics; every refusal names its file and a
//! JSON pointer that is in that file, and so does every warning; and what
//! becomes of each document (a crate and how many warnings, or the refusal)
//! is pinned in the snapshot `corpus_wide.snap`, so that a change of the
//! generator shows as a diff of it. `cargo xtask corpus --wide` also
//! compiles the crates.

#[test]
fn every_wide_corpus_document_generates_or_is_refused_clearly() {
    let root = xtask::workspace_root();
    let shared = root.join("../shared");
    assert!(shared.join("corpus-wide").is_dir(), "../shared/corpus-wide is missing beside the checkout");
    let documents = xtask::wide::documents(&shared).expect("the wide corpus lists");
    assert!(documents.len() >= 233, "documents went missing: {}", documents.len());
    let generated = xtask::wide::generate(&documents, &root.join("runtime"), None, 2);

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
    let crates = generated.iter().filter(|d| matches!(d.generated, xtask::wide::Generated::Crate { .. })).count();
    assert!(crates * 100 >= generated.len() * 97, "only {crates} of {} documents generate", generated.len());

    let mut settings = insta::Settings::clone_current();
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.bind(|| insta::assert_snapshot!("corpus_wide", xtask::wide::table(&generated)));
}
