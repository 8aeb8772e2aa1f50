//! The JSON Schema Test Suite (`../shared/json-schema-test-suite/`) run
//! through generated types and validation: draft 4 as OpenAPI 3.0's schema
//! dialect, 2020-12 as OpenAPI 3.1's.
//!
//! Each test group's schema becomes the `value` property of a component
//! `G<n>` of one OpenAPI document per draft; each case's data is read as
//! `{"value": data}` by the runtime's JSON reader and validated. A group the
//! generator refuses (an unsupported keyword, a remote `$ref`) is skipped
//! with the generator's own message; groups of format files for formats
//! the generator does not check are skipped by format.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use oapi_axum::{CrateOptions, RuntimeDependency};
use serde_json::{Value, json};

/// The formats the generator checks (as types or as validation).
pub const CHECKED_FORMATS: &[&str] = &["email", "uuid", "uri", "date-time", "date", "ipv4", "ipv6", "hostname"];

/// The suite is JSON Schema's: a schema without `type` admits every value
/// (see [`oapi_axum::ir::Untyped`]).
/// The suite is JSON Schema's: a schema without `type` admits any value.
fn json_schema() -> oapi_axum::ir::Options {
    oapi_axum::ir::Options { untyped: oapi_axum::ir::Untyped::AnyValue, ..oapi_axum::ir::Options::default() }
}

/// One group of the suite: a schema and the cases run against it.
#[derive(Debug, Clone)]
pub struct Group {
    /// `draft4` or `draft2020-12`.
    pub draft: String,
    /// The file, relative to the draft's directory (`optional/format/email.json`).
    pub file: String,
    /// Its position in the file.
    pub index: usize,
    pub description: String,
    pub schema: Value,
    pub cases: Vec<Case>,
    /// Why it was not run, when it was not.
    pub skipped: Option<String>,
}

/// One case of a group.
#[derive(Debug, Clone)]
pub struct Case {
    pub description: String,
    pub data: Value,
    /// What the suite says.
    pub valid: bool,
    /// What reading plus validation said, and why, once run.
    pub verdict: Option<(bool, String)>,
}

/// Reads every group of both drafts.
pub fn load(suite: &Path) -> std::io::Result<Vec<Group>> {
    let mut groups = Vec::new();
    for draft in ["draft4", "draft2020-12"] {
        let dir = suite.join("tests").join(draft);
        let mut files = Vec::new();
        collect(&dir, &dir, &mut files)?;
        files.sort();
        for file in files {
            let text = std::fs::read_to_string(dir.join(&file))?;
            let parsed: Value = serde_json::from_str(&text).map_err(std::io::Error::other)?;
            for (index, group) in parsed.as_array().into_iter().flatten().enumerate() {
                let cases = group["tests"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|case| Case {
                        description: case["description"].as_str().unwrap_or_default().to_owned(),
                        data: case["data"].clone(),
                        valid: case["valid"].as_bool().unwrap_or(false),
                        verdict: None,
                    })
                    .collect();
                groups.push(Group {
                    draft: draft.to_owned(),
                    file: file.clone(),
                    index,
                    description: group["description"].as_str().unwrap_or_default().to_owned(),
                    schema: group["schema"].clone(),
                    cases,
                    skipped: None,
                });
            }
        }
    }
    Ok(groups)
}

fn collect(base: &Path, dir: &Path, out: &mut Vec<String>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect(base, &path, out)?;
        } else if path.extension().is_some_and(|e| e == "json") {
            let relative = path.strip_prefix(base).map_err(std::io::Error::other)?;
            out.push(relative.to_string_lossy().replace('\\', "/"));
        }
    }
    Ok(())
}

/// Groups whose expectation this generator departs from on purpose.
fn by_design(group: &Group) -> Option<&'static str> {
    match (group.file.as_str(), group.index) {
        // 2020-12 makes `format` an annotation unless a vocabulary says
        // otherwise; `optional/format/` then tests asserting it, as
        // OpenAPI servers do and issue 4 asks.
        ("format.json", _) => Some("format asserted: the suite's default treats `format` as an annotation only"),
        ("vocabulary.json", _) => Some("custom `$schema` vocabularies: the OpenAPI dialect always validates"),
        // Optional in the suite: integers are read as `i64`/`u64`, numbers
        // as `f64`, as serde_json reads them without arbitrary precision.
        ("optional/bignum.json", 0) | ("optional/float-overflow.json", 0) => {
            Some("integers beyond 64 bits: integers read as i64/u64 and numbers as f64")
        }
        _ => None,
    }
}

/// The group's schema as the `value` property of component `name`, its
/// references (relative to the schema's root) made relative to the document.
fn component(schema: &Value, name: &str) -> Value {
    let root = format!("#/components/schemas/{name}/properties/value");
    let mut schema = schema.clone();
    rewrite_refs(&mut schema, &root);
    json!({"type": "object", "required": ["value"], "properties": {"value": schema}})
}

fn rewrite_refs(value: &mut Value, root: &str) {
    match value {
        Value::Object(map) => {
            for (key, child) in map.iter_mut() {
                match (key.as_str(), child) {
                    ("$ref", Value::String(reference)) if reference == "#" || reference.starts_with("#/") => {
                        *reference = format!("{root}{}", &reference[1..]);
                    }
                    // Enumerated and constant values are data, not schemas.
                    ("enum" | "const" | "default" | "examples", _) => {}
                    (_, child) => rewrite_refs(child, root),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|item| rewrite_refs(item, root)),
        _ => {}
    }
}

fn document(draft: &str, schemas: &serde_json::Map<String, Value>) -> Value {
    let version = if draft == "draft4" { "3.0.3" } else { "3.1.0" };
    json!({
        "openapi": version,
        "info": {"title": format!("JSON Schema Test Suite, {draft}"), "version": "1"},
        "paths": {},
        "components": {"schemas": schemas},
    })
}

/// Runs the suite: groups are tried one by one, the accepted ones of each
/// draft generated into one crate under `work`, and every case run.
pub fn run(root: &Path, suite: &Path, work: &Path, target: &Path) -> std::io::Result<Vec<Group>> {
    let mut groups = load(suite)?;
    let crates = work.join("crates");
    if crates.exists() {
        std::fs::remove_dir_all(&crates)?;
    }
    std::fs::create_dir_all(&crates)?;
    let runtime = root.join("runtime").canonicalize()?;
    let mut members = Vec::new();
    for draft in ["draft4", "draft2020-12"] {
        let mut schemas = serde_json::Map::new();
        let mut ids: Vec<usize> = Vec::new();
        for (i, group) in groups.iter_mut().enumerate().filter(|(_, g)| g.draft == draft) {
            if let Some(format) = group.file.strip_prefix("optional/format/").and_then(|f| f.strip_suffix(".json"))
                && !CHECKED_FORMATS.contains(&format)
            {
                group.skipped = Some(format!("format `{format}` is not checked (formats are annotations unless a generator checks them)"));
                continue;
            }
            if let Some(why) = by_design(group) {
                group.skipped = Some(why.to_owned());
                continue;
            }
            let name = format!("G{i}");
            let alone = document(draft, &serde_json::Map::from_iter([(name.clone(), component(&group.schema, &name))]));
            let path = PathBuf::from(format!("{draft}/{}#{}", group.file, group.index));
            let accepted = std::panic::catch_unwind(|| {
                let document = oapi_axum::load::load_value(&path, alone)?;
                oapi_axum::ir::build_with(&document, &json_schema()).map(|_| ())
            });
            match accepted {
                Ok(Ok(())) => {
                    schemas.insert(name.clone(), component(&group.schema, &name));
                    ids.push(i);
                }
                Ok(Err(error)) => group.skipped = Some(error.message),
                Err(_) => group.skipped = Some("THE GENERATOR PANICKED".to_owned()),
            }
        }
        let spec = work.join(format!("{draft}.json"));
        std::fs::write(&spec, serde_json::to_string_pretty(&document(draft, &schemas)).map_err(std::io::Error::other)?)?;
        let crate_name = format!("conformance-{}", draft.replace('.', "-"));
        let options = CrateOptions {
            crate_name: crate_name.clone(),
            crate_version: "0.0.0".to_owned(),
            spec: spec.display().to_string(),
            runtime: RuntimeDependency::Path(runtime.display().to_string()),
            regenerate: "run `cargo test -p xtask --test conformance`".to_owned(),
            standalone: false,
        };
        let files = oapi_axum::generate_with(&spec, &json_schema(), &options).map_err(|e| std::io::Error::other(e.to_string()))?;
        let dir = crates.join(draft);
        for file in files {
            let path = dir.join(&file.path);
            std::fs::create_dir_all(path.parent().expect("files sit in the crate"))?;
            std::fs::write(path, file.contents)?;
        }
        std::fs::create_dir_all(dir.join("tests"))?;
        std::fs::write(dir.join("tests/suite.rs"), harness(&crate_name, &groups, &ids))?;
        members.push(format!("    \"crates/{draft}\","));
    }
    std::fs::write(work.join("Cargo.toml"), format!("[workspace]\nresolver = \"3\"\nmembers = [\n{}\n]\n", members.join("\n")))?;
    std::fs::copy(root.join("Cargo.lock"), work.join("Cargo.lock"))?;
    let output =
        crate::nested_cargo("test", work, target).args(["--quiet", "--workspace", "--test", "suite", "--", "--nocapture"]).output()?;
    std::fs::write(work.join("suite.log"), [&output.stdout[..], &output.stderr[..]].concat())?;
    if !output.status.success() {
        return Err(std::io::Error::other(format!("the suite did not run; see {}", work.join("suite.log").display())));
    }
    // Generated code compiles without warnings, here as everywhere.
    if String::from_utf8_lossy(&output.stderr).contains("--> crates/") {
        return Err(std::io::Error::other(format!("the generated crates compile with warnings; see {}", work.join("suite.log").display())));
    }
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        let mut parts = line.splitn(5, '\t');
        if let (Some("case"), Some(group), Some(case), Some(verdict), Some(detail)) =
            (parts.next(), parts.next(), parts.next(), parts.next(), parts.next())
            && let (Ok(group), Ok(case)) = (group.parse::<usize>(), case.parse::<usize>())
            && let Some(case) = groups.get_mut(group).and_then(|g| g.cases.get_mut(case))
        {
            case.verdict = Some((verdict == "valid", detail.to_owned()));
        }
    }
    Ok(groups)
}

/// The test file that runs every case of the groups `ids`.
fn harness(crate_name: &str, groups: &[Group], ids: &[usize]) -> String {
    let krate = crate_name.replace('-', "_");
    let mut out = String::from(
        "//! Every case of the JSON Schema Test Suite groups in this crate: read as\n\
         //! a server reads a body, then validated. Prints one line per case.\n\n\
         use oapi_axum_runtime::Validate;\n\n\
         fn case<T: serde::de::DeserializeOwned + Validate>(id: &str, text: &str) {\n\
         \x20   let verdict = match oapi_axum_runtime::support::json::from_slice::<T>(text.as_bytes()) {\n\
         \x20       Err(e) => format!(\"invalid\\tread: {e}\"),\n\
         \x20       Ok(value) => match value.validate() {\n\
         \x20           Ok(()) => \"valid\\t\".to_owned(),\n\
         \x20           Err(violations) => format!(\"invalid\\t{violations}\"),\n\
         \x20       },\n\
         \x20   };\n\
         \x20   println!(\"case\\t{id}\\t{verdict}\");\n\
         }\n\n\
         #[test]\n\
         fn suite() {\n",
    );
    for &i in ids {
        for (c, case) in groups[i].cases.iter().enumerate() {
            let text = json!({ "value": case.data }).to_string();
            out.push_str(&format!("    case::<{krate}::models::G{i}>(\"{i}\\t{c}\", {text:?});\n"));
        }
    }
    out.push_str("}\n");
    out
}

/// Counts for the README: groups run and skipped, cases passed and failed,
/// and skipped groups by reason.
pub fn report(groups: &[Group]) -> String {
    let mut out = String::new();
    for draft in ["draft4", "draft2020-12"] {
        let of_draft: Vec<&Group> = groups.iter().filter(|g| g.draft == draft).collect();
        let run: Vec<&&Group> = of_draft.iter().filter(|g| g.skipped.is_none()).collect();
        let cases: Vec<&Case> = run.iter().flat_map(|g| &g.cases).collect();
        let passed = cases.iter().filter(|c| c.verdict.as_ref().is_some_and(|(v, _)| *v == c.valid)).count();
        out.push_str(&format!("{draft}: {} of {} groups run, {passed} of {} cases passed\n", run.len(), of_draft.len(), cases.len()));
        let mut skipped: BTreeMap<String, usize> = BTreeMap::new();
        for group in of_draft.iter().filter_map(|g| g.skipped.as_ref()) {
            *skipped.entry(reason(group)).or_default() += 1;
        }
        for (why, count) in skipped {
            out.push_str(&format!("  skipped {count:>3}: {why}\n"));
        }
        if std::env::var_os("CONFORMANCE_VERBOSE").is_some() {
            for group in of_draft.iter().filter(|g| g.skipped.is_some()) {
                out.push_str(&format!("    {} #{}: {}\n", group.file, group.index, group.skipped.as_deref().unwrap_or("")));
            }
        }
    }
    out
}

/// A skip message with what is particular to its group taken out, so that
/// groups refused for one reason count together.
pub fn reason(message: &str) -> String {
    if message.contains("names the file") {
        "`$ref` to another file that the suite serves remotely (refRemote)".to_owned()
    } else if message.starts_with("`http") || message.starts_with("`urn") {
        "remote `$ref` (a URL or URN)".to_owned()
    } else if message.contains("refers to an anchor") {
        "`$ref` to an `$anchor`".to_owned()
    } else {
        message.to_owned()
    }
}

/// Every case whose verdict differs from the suite's: its group
/// (`draft/file#index`), its description, and what happened.
pub fn failing(groups: &[Group]) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    for group in groups.iter().filter(|g| g.skipped.is_none()) {
        for case in &group.cases {
            let verdict = match &case.verdict {
                Some((valid, _)) if *valid == case.valid => continue,
                Some((true, _)) => "valid".to_owned(),
                Some((false, why)) => format!("invalid ({why})"),
                None => "no verdict".to_owned(),
            };
            out.push((
                format!("{}/{}#{}", group.draft, group.file, group.index),
                case.description.clone(),
                format!("expected {}, got {verdict}", if case.valid { "valid" } else { "invalid" }),
            ));
        }
    }
    out
}

/// Every case whose verdict differs from the suite's, for people.
pub fn failures(groups: &[Group]) -> Vec<String> {
    let mut out = Vec::new();
    for group in groups.iter().filter(|g| g.skipped.is_none()) {
        for case in &group.cases {
            match &case.verdict {
                Some((valid, _)) if *valid == case.valid => {}
                verdict => out.push(format!(
                    "{}/{} #{} ({}): {}: expected {}, got {}",
                    group.draft,
                    group.file,
                    group.index,
                    group.description,
                    case.description,
                    if case.valid { "valid" } else { "invalid" },
                    match verdict {
                        Some((true, _)) => "valid".to_owned(),
                        Some((false, why)) => format!("invalid ({why})"),
                        None => "no verdict".to_owned(),
                    }
                )),
            }
        }
    }
    out
}
