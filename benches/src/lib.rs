//! Helpers shared by the bench binaries of issue 8 (`benches/benches/`):
//! the documents generation is measured on, the synthesized 10 MB
//! document, a counting allocator for peak memory per stage, and the
//! process's peak resident set. Results and how to run them: `BENCHMARKS.md`.

use std::alloc::{GlobalAlloc, Layout};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicIsize, Ordering};
use std::time::Duration;

use serde_json::{Map, Value};

/// The workspace root (`benches/..`).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// `../shared` beside the workspace, where the corpus and the vendors'
/// specs are.
pub fn shared() -> PathBuf {
    root().join("../shared")
}

/// A document generation is measured on.
#[derive(Debug, Clone)]
pub struct Document {
    /// A short name for tables.
    pub name: String,
    /// The file.
    pub path: PathBuf,
}

/// The four specs, the vendors' LangSmith and Trieve specs, and the
/// largest document of `../shared/corpus/`.
pub fn documents() -> std::io::Result<Vec<Document>> {
    let mut out = Vec::new();
    for api in ["langsmith", "logto", "trieve", "zenml"] {
        out.push(Document { name: format!("specs/{api}"), path: root().join(format!("specs/{api}.yaml")) });
    }
    let upstream = shared().join("upstream");
    out.push(Document {
        name: "upstream LangSmith".to_owned(),
        path: upstream.join("langsmith/src/langsmith/langsmith-platform-openapi.json"),
    });
    out.push(Document { name: "upstream Trieve".to_owned(), path: upstream.join("trieve/clients/ts-sdk/openapi.json") });
    let largest = largest_corpus_document()?;
    let name = largest.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    out.push(Document { name: format!("corpus {name}"), path: largest });
    // The largest real document there is here: a scale test no synthesized
    // one matches.
    out.push(Document { name: "Microsoft Graph beta".to_owned(), path: shared().join("corpus-wide/microsoft.com_graph-beta.json") });
    Ok(out)
}

/// The largest OpenAPI document (JSON or YAML) of `../shared/corpus/`.
pub fn largest_corpus_document() -> std::io::Result<PathBuf> {
    let mut best: Option<(u64, PathBuf)> = None;
    for entry in std::fs::read_dir(shared().join("corpus"))? {
        let entry = entry?;
        let path = entry.path();
        let is_spec = path.extension().is_some_and(|e| e == "json" || e == "yaml" || e == "yml");
        let size = entry.metadata()?.len();
        if is_spec && best.as_ref().is_none_or(|(s, _)| size > *s) {
            best = Some((size, path));
        }
    }
    best.map(|(_, path)| path).ok_or_else(|| std::io::Error::other("no document in ../shared/corpus"))
}

/// Reads a document as the generator's loader does: JSON as JSON, anything
/// else as YAML (into a JSON value; keys YAML reads as numbers become
/// strings).
pub fn read_as_json(path: &Path) -> Result<Value, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    if path.extension().is_some_and(|e| e == "json") {
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
    } else {
        let yaml: serde_yaml::Value = serde_yaml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        Ok(yaml_to_json(yaml))
    }
}

fn yaml_to_json(value: serde_yaml::Value) -> Value {
    use serde_yaml::Value as Y;
    match value {
        Y::Null => Value::Null,
        Y::Bool(b) => Value::Bool(b),
        Y::Number(n) => {
            if let Some(i) = n.as_i64() {
                Value::from(i)
            } else if let Some(u) = n.as_u64() {
                Value::from(u)
            } else {
                n.as_f64().and_then(serde_json::Number::from_f64).map_or(Value::Null, Value::Number)
            }
        }
        Y::String(s) => Value::String(s),
        Y::Sequence(items) => Value::Array(items.into_iter().map(yaml_to_json).collect()),
        Y::Mapping(map) => Value::Object(
            map.into_iter()
                .map(|(k, v)| {
                    let key = match k {
                        Y::String(s) => s,
                        other => serde_yaml::to_string(&other).unwrap_or_default().trim_end().to_owned(),
                    };
                    (key, yaml_to_json(v))
                })
                .collect(),
        ),
        Y::Tagged(tagged) => yaml_to_json(tagged.value),
    }
}

/// A document of at least `min_bytes` of compact JSON: copies of `source`
/// (an OpenAPI 3.0 document), copy `i` with every component renamed
/// `C{i}_<name>` (and every `$ref` to it), every path prefixed `/c{i}`,
/// every `operationId` prefixed `c{i}_`. Security schemes and tags are
/// shared by the copies. Returns the text and the number of copies.
pub fn synthesize(source: &Value, min_bytes: usize) -> (String, usize) {
    let mut merged = source.clone();
    let mut paths = Map::new();
    let mut components = Map::new();
    if let Some(Value::Object(schemes)) = source.pointer("/components/securitySchemes") {
        components.insert("securitySchemes".to_owned(), Value::Object(schemes.clone()));
    }
    let one_copy = serde_json::to_string(source).map_or(1, |s| s.len().max(1));
    let copies = min_bytes.div_ceil(one_copy).max(1);
    for i in 1..=copies {
        let mut copy = source.clone();
        rename_refs(&mut copy, &format!("C{i}_"));
        if let Some(Value::Object(sections)) = copy.get_mut("components") {
            for (section, entries) in std::mem::take(sections) {
                if section == "securitySchemes" {
                    continue;
                }
                let target = components.entry(section).or_insert_with(|| Value::Object(Map::new()));
                if let (Value::Object(target), Value::Object(entries)) = (target, entries) {
                    target.extend(entries.into_iter().map(|(name, v)| (format!("C{i}_{name}"), v)));
                }
            }
        }
        if let Some(Value::Object(copy_paths)) = copy.get_mut("paths") {
            for (path, mut item) in std::mem::take(copy_paths) {
                if let Value::Object(item) = &mut item {
                    for (_, operation) in item.iter_mut() {
                        if let Some(Value::String(id)) = operation.get_mut("operationId") {
                            *id = format!("c{i}_{id}");
                        }
                    }
                }
                paths.insert(format!("/c{i}{path}"), item);
            }
        }
    }
    merged["paths"] = Value::Object(paths);
    merged["components"] = Value::Object(components);
    (serde_json::to_string(&merged).unwrap_or_default(), copies)
}

/// Every `$ref` to `#/components/<section>/<name>` (and every
/// discriminator mapping) made to point at `<prefix><name>`.
fn rename_refs(value: &mut Value, prefix: &str) {
    match value {
        Value::Object(map) => {
            for (key, child) in map.iter_mut() {
                match (key.as_str(), &mut *child) {
                    ("$ref", Value::String(reference)) => *reference = renamed(reference, prefix),
                    ("mapping", Value::Object(mapping)) => {
                        for target in mapping.values_mut() {
                            if let Value::String(target) = target {
                                *target = if target.starts_with('#') { renamed(target, prefix) } else { format!("{prefix}{target}") };
                            }
                        }
                    }
                    _ => rename_refs(child, prefix),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|item| rename_refs(item, prefix)),
        _ => {}
    }
}

fn renamed(reference: &str, prefix: &str) -> String {
    let Some(rest) = reference.strip_prefix("#/components/") else { return reference.to_owned() };
    match rest.split_once('/') {
        Some((section, name)) => format!("#/components/{section}/{prefix}{name}"),
        None => reference.to_owned(),
    }
}

/// A global allocator that counts the bytes live and their peak while
/// [`Counting::enable`]d (and costs one relaxed load per call otherwise).
/// It allocates with mimalloc, as the `oapi-axum` command line does, so
/// that the generation bench measures what a user runs.
/// A bench binary installs it with
/// `#[global_allocator] static ALLOC: Counting = Counting;`.
#[derive(Debug)]
pub struct Counting;

static COUNTING: AtomicBool = AtomicBool::new(false);
static CURRENT: AtomicIsize = AtomicIsize::new(0);
static PEAK: AtomicIsize = AtomicIsize::new(0);

impl Counting {
    /// Starts counting from zero.
    pub fn enable() {
        CURRENT.store(0, Ordering::SeqCst);
        PEAK.store(0, Ordering::SeqCst);
        COUNTING.store(true, Ordering::SeqCst);
    }

    /// Stops counting.
    pub fn disable() {
        COUNTING.store(false, Ordering::SeqCst);
    }

    /// Bytes allocated and not freed since [`Counting::enable`] (frees of
    /// older blocks count against it).
    pub fn current() -> isize {
        CURRENT.load(Ordering::SeqCst)
    }

    /// Sets the peak to the current value: what [`Counting::peak`] reports
    /// next is the highest point from now on.
    pub fn reset_peak() {
        PEAK.store(CURRENT.load(Ordering::SeqCst), Ordering::SeqCst);
    }

    /// The highest [`Counting::current`] since the last reset.
    pub fn peak() -> isize {
        PEAK.load(Ordering::SeqCst)
    }

    fn grow(by: usize) {
        if COUNTING.load(Ordering::Relaxed) {
            let by = isize::try_from(by).unwrap_or(isize::MAX);
            let now = CURRENT.fetch_add(by, Ordering::Relaxed) + by;
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
    }

    fn shrink(by: usize) {
        if COUNTING.load(Ordering::Relaxed) {
            CURRENT.fetch_sub(isize::try_from(by).unwrap_or(isize::MAX), Ordering::Relaxed);
        }
    }
}

/// What [`Counting`] allocates with.
static INNER: mimalloc::MiMalloc = mimalloc::MiMalloc;

// SAFETY: every call is passed on to `INNER` unchanged; the counters are
// only updated around it.
#[expect(unsafe_code, reason = "a global allocator is an unsafe trait; this one only counts around mimalloc")]
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's guarantees for `layout` are `INNER`'s.
        let ptr = unsafe { INNER.alloc(layout) };
        if !ptr.is_null() {
            Self::grow(layout.size());
        }
        ptr
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as for `alloc`.
        let ptr = unsafe { INNER.alloc_zeroed(layout) };
        if !ptr.is_null() {
            Self::grow(layout.size());
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` was allocated by `INNER` (through this allocator) with `layout`.
        unsafe { INNER.dealloc(ptr, layout) };
        Self::shrink(layout.size());
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: as for `dealloc`; `new_size` is the caller's to guarantee.
        let new = unsafe { INNER.realloc(ptr, layout, new_size) };
        if !new.is_null() {
            Self::shrink(layout.size());
            Self::grow(new_size);
        }
        new
    }
}

/// The process's peak resident set (`VmHWM`), in KiB, where `/proc` has it.
pub fn max_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// The median of `samples` (the lower middle one of an even count).
pub fn median(samples: &[Duration]) -> Duration {
    let mut sorted = samples.to_vec();
    sorted.sort();
    sorted.get(sorted.len().saturating_sub(1) / 2).copied().unwrap_or_default()
}

/// `d` in milliseconds, for tables.
pub fn ms(d: Duration) -> String {
    let ms = d.as_secs_f64() * 1000.0;
    if ms >= 100.0 {
        format!("{ms:.0}")
    } else if ms >= 10.0 {
        format!("{ms:.1}")
    } else {
        format!("{ms:.2}")
    }
}

/// `bytes` in MiB (or KiB when small), for tables.
pub fn mib(bytes: isize) -> String {
    let b = bytes as f64;
    if b.abs() >= 1024.0 * 1024.0 { format!("{:.1} MiB", b / 1024.0 / 1024.0) } else { format!("{:.0} KiB", b / 1024.0) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies_are_renamed_throughout() {
        let source = serde_json::json!({
            "openapi": "3.0.3",
            "paths": {"/pets": {"get": {"operationId": "listPets", "responses": {"200": {
                "description": "ok",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}
            }}}}},
            "components": {
                "schemas": {
                    "Pet": {"oneOf": [{"$ref": "#/components/schemas/Cat"}], "discriminator": {
                        "propertyName": "kind", "mapping": {"cat": "#/components/schemas/Cat", "dog": "Dog"}
                    }},
                    "Cat": {"type": "object"}
                },
                "securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "X-Key"}}
            }
        });
        let (text, copies) = synthesize(&source, 1000);
        let doc: Value = serde_json::from_str(&text).unwrap_or_default();
        assert!(copies >= 2 && text.len() >= 1000, "{copies} copies, {} bytes", text.len());
        assert_eq!(doc.pointer("/paths/~1c2~1pets/get/operationId"), Some(&Value::from("c2_listPets")));
        let pet = doc.pointer("/components/schemas/C2_Pet").cloned().unwrap_or_default();
        assert_eq!(pet.pointer("/oneOf/0/$ref"), Some(&Value::from("#/components/schemas/C2_Cat")));
        assert_eq!(pet.pointer("/discriminator/mapping/cat"), Some(&Value::from("#/components/schemas/C2_Cat")));
        assert_eq!(pet.pointer("/discriminator/mapping/dog"), Some(&Value::from("C2_Dog")));
        assert!(doc.pointer("/components/securitySchemes/key").is_some());
        assert!(doc.pointer("/components/schemas/Pet").is_none());
    }
}
