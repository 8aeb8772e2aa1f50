//! `cargo xtask codegen` regenerates `generated/`; `cargo xtask codegen
//! --check` only compares, and fails naming every file that differs.

use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask codegen [--check] | cargo xtask corpus [--wide]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let check = match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["codegen"] => false,
        ["codegen", "--check"] => true,
        ["corpus"] => return corpus(),
        ["corpus", "--wide"] => return wide(),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let root = xtask::workspace_root();
    if check {
        match xtask::check(&root) {
            Ok(differences) if differences.is_empty() => {
                println!("generated/ is up to date");
                ExitCode::SUCCESS
            }
            Ok(differences) => {
                eprintln!("generated/ is stale; run `cargo xtask codegen`:");
                for difference in differences {
                    eprintln!("  {difference}");
                }
                ExitCode::FAILURE
            }
            Err(error) => {
                eprintln!("error: {error}");
                ExitCode::FAILURE
            }
        }
    } else {
        match xtask::write(&root) {
            Ok((written, removed)) => {
                println!("generated/: {written} file(s) written, {removed} removed");
                ExitCode::SUCCESS
            }
            Err(error) => {
                eprintln!("error: {error}");
                ExitCode::FAILURE
            }
        }
    }
}

/// Runs the generator over the real-world documents and prints the table.
fn corpus() -> ExitCode {
    let root = xtask::workspace_root();
    let work = root.join("target/corpus-work");
    match xtask::corpus::run(&root, &root.join("../shared"), &work, &root.join("target/corpus-target")) {
        Ok(entries) => {
            print!("{}", xtask::corpus::report(&entries));
            println!("clippy output: {}", work.join("clippy.log").display());
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

/// Generates every document of `../shared/corpus-wide/` and `cargo check`s
/// every crate in one target directory, a line per document.
fn wide() -> ExitCode {
    let root = xtask::workspace_root();
    let shared = root.join("../shared");
    let work = root.join("target/corpus-wide-work");
    let crates = work.join("crates");
    let _ = std::fs::remove_dir_all(&crates);
    let documents = match xtask::wide::documents(&shared) {
        Ok(documents) => documents,
        Err(error) => {
            eprintln!("error: cannot list {}: {error}", shared.join("corpus-wide").display());
            return ExitCode::FAILURE;
        }
    };
    let runtime = root.join("runtime");
    println!("generating {} documents", documents.len());
    let generated = xtask::wide::generate(&documents, &runtime, Some(&crates), 2);
    let compile = xtask::wide::to_compile(&generated);
    for document in &generated {
        match &document.generated {
            xtask::wide::Generated::Crate { warnings } => {
                if !compile.contains(&document.name) {
                    let size = std::fs::metadata(&document.path).map_or(0, |m| m.len());
                    println!("{}: generated ({} warnings), {} MB: not compiled", document.name, warnings.len(), size >> 20);
                }
            }
            xtask::wide::Generated::Refused(error) => {
                println!("{}: refused: {error}", document.name)
            }
            xtask::wide::Generated::Panicked(message) => {
                println!("{}: PANICKED: {message}", document.name)
            }
        }
        for pointer in &document.dangling {
            println!("{}: a pointer names nothing in the document: {pointer}", document.name);
        }
    }
    println!("checking {} crates", compile.len());
    let verdicts = match xtask::wide::check(&root, &crates, &compile, &root.join("target/corpus-target")) {
        Ok(verdicts) => verdicts,
        Err(error) => {
            eprintln!("error: cargo check did not run: {error}");
            return ExitCode::FAILURE;
        }
    };
    let compiles = verdicts.values().filter(|v| **v == xtask::wide::Checked::Compiles).count();
    let refused = generated.iter().filter(|d| matches!(d.generated, xtask::wide::Generated::Refused(_))).count();
    let panicked = generated.iter().filter(|d| matches!(d.generated, xtask::wide::Generated::Panicked(_))).count();
    println!(
        "\n{} documents: {compiles} generate crates that compile, {} do not compile, {} generated but not compiled, {refused} refused, {panicked} panicked",
        generated.len(),
        compile.len() - compiles,
        generated.len() - compile.len() - refused - panicked,
    );
    for (name, verdict) in &verdicts {
        if let xtask::wide::Checked::Fails(why) = verdict {
            println!("  does not compile: {name}: {why}");
        }
    }
    if compiles == compile.len() && panicked == 0 && generated.iter().all(|d| d.dangling.is_empty()) {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
