//! `cargo xtask codegen` regenerates `generated/`; `cargo xtask codegen
//! --check` only compares, and fails naming every file that differs.

use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask codegen [--check] | cargo xtask corpus";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let check = match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["codegen"] => false,
        ["codegen", "--check"] => true,
        ["corpus"] => return corpus(),
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
