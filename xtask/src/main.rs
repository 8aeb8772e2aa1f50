//! `cargo xtask codegen` regenerates `generated/`; `cargo xtask codegen
//! --check` only compares, and fails naming every file that differs.

use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask codegen [--check] | cargo xtask corpus [--wide]
       | cargo xtask semantic [--max-examples N] [--jobs N] [--again] [DOC...]
       | cargo xtask semantic --serve DOC [ADDRESS]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let check = match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["codegen"] => false,
        ["codegen", "--check"] => true,
        ["corpus"] => return corpus(),
        ["corpus", "--wide"] => return wide(),
        ["semantic", "--serve", document] => return serve(document, xtask::semantic::SERVE_ADDRESS),
        ["semantic", "--serve", document, address] => return serve(document, address),
        ["semantic", rest @ ..] => return semantic(rest),
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

/// The semantic gate: the sample (or the documents named), each served by
/// its generated `Unimplemented`, against schemathesis's two checks; a line
/// per document, then every failure, judged by the verdict table.
fn semantic(args: &[&str]) -> ExitCode {
    let mut options = xtask::semantic::Options::default();
    let mut paths = Vec::new();
    let mut again = false;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let number = |value: Option<&&str>| value.and_then(|v| v.parse::<u32>().ok()).filter(|n| *n > 0);
        match *arg {
            "--max-examples" => match number(args.next()) {
                Some(n) => options.max_examples = n,
                None => return usage(),
            },
            "--jobs" => match number(args.next()) {
                Some(n) => options.jobs = n as usize,
                None => return usage(),
            },
            "--again" => again = true,
            flag if flag.starts_with("--") => return usage(),
            path => paths.push(std::path::PathBuf::from(path)),
        }
    }
    let root = xtask::workspace_root();
    let sample = match xtask::semantic::sample(&root, &root.join("../shared")) {
        Ok(sample) => sample,
        Err(error) if paths.is_empty() => {
            eprintln!("error: cannot list the sample: {error}");
            return ExitCode::FAILURE;
        }
        Err(_) => Vec::new(),
    };
    // The whole sample as the test runs it: then a row of the table that
    // judges nothing is stale, and fails.
    let whole = paths.is_empty() && options.max_examples == xtask::semantic::MAX_EXAMPLES;
    let documents = if paths.is_empty() {
        sample
    } else {
        // A document of the sample keeps its name there, which the table's
        // rows use.
        let same = |a: &std::path::Path, b: &std::path::Path| a.canonicalize().ok().is_some_and(|a| b.canonicalize().ok() == Some(a));
        let mut documents = xtask::semantic::named(&paths);
        for document in &mut documents {
            if let Some(known) = sample.iter().find(|known| same(&known.path, &document.path)) {
                document.name = known.name.clone();
            }
        }
        documents
    };
    let verdicts = match xtask::semantic::Verdicts::read(&root.join("xtask/tests/semantic-verdicts.tsv")) {
        Ok(verdicts) => verdicts,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::FAILURE;
        }
    };
    let work = root.join("target/semantic-work");
    if again {
        // The last run's reports, judged by the table as it is now.
        let judgement = xtask::semantic::judge(&xtask::semantic::reread(&documents, &work), &verdicts);
        print!("{}", judgement.text);
        return if judgement.problems.is_empty() && (judgement.stale.is_empty() || !whole) { ExitCode::SUCCESS } else { ExitCode::FAILURE };
    }
    let st = match xtask::semantic::schemathesis(&root.join("target/tmp/schemathesis-venv")) {
        Ok(st) => st,
        Err(error) => {
            eprintln!("error: cannot install schemathesis: {error}");
            return ExitCode::FAILURE;
        }
    };
    println!(
        "semantic gate: {} documents, schemathesis {}, seed {}, {} examples per operation",
        documents.len(),
        xtask::semantic::SCHEMATHESIS,
        xtask::semantic::SEED,
        options.max_examples
    );
    let outcomes = match xtask::semantic::run(&root, &documents, &work, &root.join("target/corpus-target"), &st, &options) {
        Ok(outcomes) => outcomes,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::FAILURE;
        }
    };
    let judgement = xtask::semantic::judge(&outcomes, &verdicts);
    print!("\n{}", judgement.text);
    println!("reports: {}", work.join("runs").display());
    if judgement.problems.is_empty() && (judgement.stale.is_empty() || !whole) { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}

/// Serves one document's `Unimplemented` on `address` until stopped: how a
/// failure of the gate is replayed with `curl`.
fn serve(document: &str, address: &str) -> ExitCode {
    let root = xtask::workspace_root();
    let documents = xtask::semantic::named(&[std::path::PathBuf::from(document)]);
    match xtask::semantic::serve(&root, &documents[0], &root.join("target/semantic-serve"), &root.join("target/corpus-target"), address) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

fn usage() -> ExitCode {
    eprintln!("{USAGE}");
    ExitCode::from(2)
}
