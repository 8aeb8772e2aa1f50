//! Generation time and peak memory per stage (issue 8, part 1), and the
//! lines emitted per operation (part 2).
//!
//! ```text
//! cargo bench -p oapi-axum-benches --bench generation [-- WORD...]
//! ```
//!
//! For each document (the four specs, the vendors' LangSmith and Trieve
//! specs, the largest corpus document, a synthesized 10 MB one and Microsoft
//! Graph beta, 47 MB, the largest real document here), in a
//! child process of its own (so that its peak resident set is its own):
//! the parse floor (`serde_json`/`serde_yaml` into a value, nothing else),
//! then load, IR and emit (with `syn` + `prettyplease`), timed over several
//! runs (median), then once more with the counting allocator on for each
//! stage's peak heap. WORDs keep only the documents whose name contains one.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use oapi_axum::{CrateOptions, RuntimeDependency};
use oapi_axum_benches::{Counting, Document, max_rss_kib, median, mib, ms};
use serde_json::{Value, json};

#[global_allocator]
static ALLOC: Counting = Counting;

/// The synthesized document is at least this large.
const SYNTHESIZED_BYTES: usize = 10_000_000;
/// Documents larger than this get no *print ≈* measurement.
const PRINT_UP_TO: usize = 12_000_000;
/// Each document is timed for about this long (at least 3 runs, at most 30).
const TIME_BUDGET: Duration = Duration::from_secs(3);

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| a != "--bench").collect();
    if let [flag, name, path] = args.as_slice()
        && flag == "--child"
    {
        match measure(name, Path::new(path)) {
            Ok(result) => println!("{result}"),
            Err(message) => {
                eprintln!("{name}: {message}");
                std::process::exit(1);
            }
        }
        return;
    }
    let filters: Vec<&String> = args.iter().filter(|a| !a.starts_with('-')).collect();
    if let Err(message) = run(&filters) {
        eprintln!("generation bench: {message}");
        std::process::exit(1);
    }
}

fn run(filters: &[&String]) -> Result<(), String> {
    let mut documents = oapi_axum_benches::documents().map_err(|e| e.to_string())?;
    documents.push(Document { name: "synthesized 10 MB".to_owned(), path: PathBuf::new() });
    documents.retain(|d| filters.is_empty() || filters.iter().any(|f| d.name.contains(f.as_str())));
    let mut results = Vec::new();
    for mut document in documents {
        if document.name.starts_with("synthesized") {
            document.path = synthesized()?;
        }
        eprintln!("measuring {} ...", document.name);
        let exe = std::env::current_exe().map_err(|e| e.to_string())?;
        let output = Command::new(exe).args(["--child", &document.name]).arg(&document.path).output().map_err(|e| e.to_string())?;
        if !output.status.success() {
            return Err(format!("{}: {}", document.name, String::from_utf8_lossy(&output.stderr)));
        }
        let value: Value = serde_json::from_slice(&output.stdout).map_err(|e| format!("{}: {e}", document.name))?;
        results.push(value);
    }
    print_tables(&results);
    Ok(())
}

/// Writes the synthesized document (see [`oapi_axum_benches::synthesize`])
/// under `target/bench-work/`, once, and says how it was made.
fn synthesized() -> Result<PathBuf, String> {
    let source = oapi_axum_benches::largest_corpus_document().map_err(|e| e.to_string())?;
    let dir = oapi_axum_benches::root().join("target/bench-work");
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let path = dir.join("synthesized-10mb.json");
    let value = oapi_axum_benches::read_as_json(&source)?;
    let (text, copies) = oapi_axum_benches::synthesize(&value, SYNTHESIZED_BYTES);
    std::fs::write(&path, &text).map_err(|e| e.to_string())?;
    eprintln!(
        "synthesized {}: {copies} renamed copies of {} as compact JSON, {} bytes",
        path.display(),
        source.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
        text.len()
    );
    Ok(path)
}

fn options() -> CrateOptions {
    CrateOptions {
        crate_name: "bench-crate".to_owned(),
        crate_version: "0.0.0".to_owned(),
        spec: "bench".to_owned(),
        runtime: RuntimeDependency::Path("../../runtime".to_owned()),
        regenerate: "bench".to_owned(),
        standalone: false,
    }
}

/// The parse floor: the document read into a value by `serde_json` or
/// `serde_yaml`, nothing else.
fn parse_floor(path: &Path, text: &str) -> Result<(), String> {
    if path.extension().is_some_and(|e| e.eq_ignore_ascii_case("json")) {
        let value: Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
        drop(std::hint::black_box(value));
    } else {
        let value: serde_yaml::Value = serde_yaml::from_str(text).map_err(|e| e.to_string())?;
        drop(std::hint::black_box(value));
    }
    Ok(())
}

/// Runs `f`, returning its result and how long it took.
fn timed<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let start = Instant::now();
    let out = f();
    (out, start.elapsed())
}

/// Runs `f` with the peak reset first: its result, the peak heap above what
/// was live before it, and what it left live.
fn peaked<T>(f: impl FnOnce() -> T) -> (T, isize, isize) {
    let base = Counting::current();
    Counting::reset_peak();
    let out = f();
    (out, Counting::peak() - base, Counting::current() - base)
}

/// Everything measured of one document, as one JSON line.
fn measure(name: &str, path: &Path) -> Result<Value, String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let e = |e: oapi_axum::Error| e.to_string();
    let options = options();

    // Timing: every stage, several runs, medians.
    let (mut floor, mut load, mut ir, mut emit, mut print) = (vec![], vec![], vec![], vec![], vec![]);
    let started = Instant::now();
    let mut api_summary = (0, 0, 0);
    let mut lines = serde_json::Map::new();
    while floor.len() < 3 || (floor.len() < 30 && started.elapsed() < TIME_BUDGET) {
        let (result, t) = timed(|| parse_floor(path, &text));
        result?;
        floor.push(t);
        let (document, t) = timed(|| oapi_axum::load::load_str(path, &text));
        let document = document.map_err(e)?;
        load.push(t);
        let (api, t) = timed(|| oapi_axum::ir::build(&document));
        let api = api.map_err(e)?;
        ir.push(t);
        let (files, t) = timed(|| oapi_axum::emit::crate_files(&api, &options, path));
        let files = files.map_err(e)?.files;
        emit.push(t);
        // How much of emit is parsing and printing: the emitted Rust parsed
        // by `syn` and printed by `prettyplease` again (not for the largest
        // documents, whose whole files would be held as syntax trees, many
        // times what emit itself holds).
        let ((), t) = timed(|| {
            if text.len() > PRINT_UP_TO {
                return;
            }
            for file in files.iter().filter(|f| f.path.extension().is_some_and(|x| x == "rs")) {
                if let Ok(parsed) = syn::parse_file(&file.contents) {
                    std::hint::black_box(prettyplease::unparse(&parsed));
                }
            }
        });
        print.push(t);
        if lines.is_empty() {
            api_summary = (api.operations.len(), api.types.len(), api.warnings.len());
            for file in files.iter().filter(|f| f.path.extension().is_some_and(|x| x == "rs")) {
                lines.insert(file.path.display().to_string(), json!(file.contents.lines().count()));
            }
        }
    }

    // Memory: once more, counting.
    Counting::enable();
    let ((), floor_peak, _) = peaked(|| parse_floor(path, &text).unwrap_or(()));
    let (document, load_peak, load_kept) = peaked(|| oapi_axum::load::load_str(path, &text));
    let document = document.map_err(e)?;
    let (api, ir_peak, ir_kept) = peaked(|| oapi_axum::ir::build(&document));
    let api = api.map_err(e)?;
    let (files, emit_peak, _) = peaked(|| oapi_axum::emit::crate_files(&api, &options, path));
    Counting::disable();
    let files = files.map_err(e)?.files;
    let pipeline_peak = load_peak.max(load_kept + ir_peak).max(load_kept + ir_kept + emit_peak);
    drop((files, api, document));

    let us = |samples: &[Duration]| u64::try_from(median(samples).as_micros()).unwrap_or(u64::MAX);
    Ok(json!({
        "name": name,
        "bytes": text.len(),
        "operations": api_summary.0,
        "types": api_summary.1,
        "warnings": api_summary.2,
        "runs": floor.len(),
        "floor_us": us(&floor),
        "load_us": us(&load),
        "ir_us": us(&ir),
        "emit_us": us(&emit),
        "print_us": (text.len() <= PRINT_UP_TO).then(|| us(&print)),
        "floor_peak": floor_peak,
        "load_peak": load_peak,
        "ir_peak": ir_peak,
        "emit_peak": emit_peak,
        "pipeline_peak": pipeline_peak,
        "max_rss_kib": max_rss_kib(),
        "lines": lines,
    }))
}

fn print_tables(results: &[Value]) {
    let n = |v: &Value, key: &str| v[key].as_u64().unwrap_or(0);
    let d = |v: &Value, key: &str| Duration::from_micros(n(v, key));
    let b = |v: &Value, key: &str| isize::try_from(v[key].as_i64().unwrap_or(0)).unwrap_or(0);
    let size = |bytes: u64| {
        let b = bytes as f64;
        if b >= 1e6 { format!("{:.2} MB", b / 1e6) } else { format!("{:.0} kB", b / 1e3) }
    };

    println!("\n### Generation time (ms, median of the runs)\n");
    println!(
        "| Document | Size | Ops | Types | Runs | Parse floor | Load | IR | Emit (print ≈) | Total | Total / floor | Target (issue 16) |"
    );
    println!("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
    for v in results {
        let total = d(v, "load_us") + d(v, "ir_us") + d(v, "emit_us");
        let ratio = total.as_secs_f64() / d(v, "floor_us").as_secs_f64().max(1e-9);
        let name = v["name"].as_str().unwrap_or("");
        let verdict = |met: bool| if met { "met" } else { "not met" };
        let target = if name.contains("stripe") {
            format!("≤ 3x floor: {}; ≤ 1 s: {}", verdict(ratio <= 3.0), verdict(total <= Duration::from_secs(1)))
        } else if name.contains("Graph") {
            format!("≤ 10 s: {}", verdict(total <= Duration::from_secs(10)))
        } else {
            format!("≤ 3x floor: {}", verdict(ratio <= 3.0))
        };
        let print = v["print_us"].as_u64().map_or_else(|| "—".to_owned(), |us| ms(Duration::from_micros(us)));
        println!(
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} ({}) | {} | {ratio:.1}x | {target} |",
            v["name"].as_str().unwrap_or(""),
            size(n(v, "bytes")),
            n(v, "operations"),
            n(v, "types"),
            n(v, "runs"),
            ms(d(v, "floor_us")),
            ms(d(v, "load_us")),
            ms(d(v, "ir_us")),
            ms(d(v, "emit_us")),
            print,
            ms(total),
        );
    }

    println!("\n### Peak heap per stage (above what was live before it) and process peak RSS\n");
    // The process's peak here is not the command line's: the bench holds
    // the text and the document through emit, for its per-stage figures
    // (BENCHMARKS.md gives the command line's own, with `/usr/bin/time`).
    println!("| Document | Parse floor | Load | IR | Emit | Whole pipeline | Max RSS (bench process) |");
    println!("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    for v in results {
        let rss = v["max_rss_kib"].as_i64().map_or_else(|| "n/a".to_owned(), |k| mib(isize::try_from(k * 1024).unwrap_or(0)));
        println!(
            "| {} | {} | {} | {} | {} | {} | {rss} |",
            v["name"].as_str().unwrap_or(""),
            mib(b(v, "floor_peak")),
            mib(b(v, "load_peak")),
            mib(b(v, "ir_peak")),
            mib(b(v, "emit_peak")),
            mib(b(v, "pipeline_peak")),
        );
    }

    println!("\n### Lines emitted\n");
    println!("| Document | Ops | Types | models.rs | validation.rs | server.rs | All .rs | Lines / op |");
    println!("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for v in results {
        let file = |f: &str| v["lines"][f].as_u64().unwrap_or(0);
        let all: u64 = v["lines"].as_object().map_or(0, |m| m.values().filter_map(Value::as_u64).sum());
        let ops = n(v, "operations");
        let per_op = all.checked_div(ops).map_or_else(|| "n/a".to_owned(), |n| n.to_string());
        println!(
            "| {} | {ops} | {} | {} | {} | {} | {all} | {per_op} |",
            v["name"].as_str().unwrap_or(""),
            n(v, "types"),
            file("src/models.rs"),
            file("src/validation.rs"),
            file("src/server.rs"),
        );
    }
}
