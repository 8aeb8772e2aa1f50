//! Bundling: after this, every `$ref` in the document has the form
//! `#/components/<section>/<name>`, the only form later stages follow.
//!
//! A reference to another file (`pet.yaml`, `common.yaml#/components/schemas/Error`,
//! `../shared/defs.json#/Pet`) brings the target into this document's
//! components, its own references followed in turn, relative to the file it
//! sits in. A reference to somewhere else inside a document
//! (`#/components/schemas/Org/$defs/Member`, `#/$defs/Id`) is hoisted the
//! same way. Path items, which 3.0 components cannot hold, are copied in
//! place. Each target is brought in once, however many references reach it,
//! so cycles through files terminate and keep their `$ref`s.
//!
//! Remote URLs are not fetched, and `$id`/`$anchor` based references are not
//! followed: both are errors naming the reference.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use crate::error::{Error, pointer_push};

/// Which kind of object a `$ref` stands in for, which decides the components
/// section its target joins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Document,
    PathItem,
    Operation,
    Parameter,
    Header,
    RequestBody,
    Response,
    MediaType,
    Schema,
    Encoding,
    Example,
    Link,
    Callback,
    SecurityScheme,
    /// Values that are data, not OpenAPI objects (`example`, `default`,
    /// extensions): a `$ref` key there is just a key.
    Data,
}

impl Kind {
    /// The components section for targets of this kind; `None` for kinds
    /// that are copied in place.
    fn section(self) -> Option<&'static str> {
        Some(match self {
            Kind::Parameter => "parameters",
            Kind::Header => "headers",
            Kind::RequestBody => "requestBodies",
            Kind::Response => "responses",
            Kind::Schema => "schemas",
            Kind::Example => "examples",
            Kind::Link => "links",
            Kind::Callback => "callbacks",
            Kind::SecurityScheme => "securitySchemes",
            _ => return None,
        })
    }

    fn of_section(section: &str) -> Kind {
        match section {
            "schemas" => Kind::Schema,
            "parameters" => Kind::Parameter,
            "headers" => Kind::Header,
            "requestBodies" => Kind::RequestBody,
            "responses" => Kind::Response,
            "examples" => Kind::Example,
            "links" => Kind::Link,
            "callbacks" => Kind::Callback,
            "securitySchemes" => Kind::SecurityScheme,
            "pathItems" => Kind::PathItem,
            _ => Kind::Data,
        }
    }

    /// What sits under `key` of a value of this kind.
    fn child(self, key: &str) -> Shape {
        use Kind::*;
        use Shape::{List, Map, One};
        if key.starts_with("x-") {
            return One(Data);
        }
        match (self, key) {
            (Document, "paths" | "webhooks") => Map(PathItem),
            (Document, "components") => Shape::Sections,
            (PathItem, "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace") => One(Operation),
            (PathItem | Operation, "parameters") => List(Parameter),
            (Operation, "requestBody") => One(RequestBody),
            (Operation, "responses") => Map(Response),
            (Operation, "callbacks") => Map(Callback),
            (Callback, _) => One(PathItem),
            (Response | Encoding, "headers") => Map(Header),
            (Response, "links") => Map(Link),
            (Parameter | Header | RequestBody | Response, "content") => Map(MediaType),
            (Parameter | Header | MediaType, "schema") => One(Schema),
            (Parameter | Header | MediaType, "examples") => Map(Example),
            (MediaType, "encoding") => Map(Encoding),
            (Schema, "example" | "examples" | "default" | "enum" | "const" | "discriminator" | "xml" | "externalDocs") => One(Data),
            (Schema, "properties" | "patternProperties" | "$defs" | "definitions" | "dependentSchemas") => Map(Schema),
            (Schema, "allOf" | "anyOf" | "oneOf" | "prefixItems" | "items") => List(Schema),
            (Schema, _) => One(Schema),
            _ => One(Data),
        }
    }
}

/// How the values of a kind sit under a key.
#[derive(Debug, Clone, Copy)]
enum Shape {
    /// One value of the kind.
    One(Kind),
    /// A map from names to values of the kind.
    Map(Kind),
    /// A list of values of the kind (a single value is taken too: draft 4
    /// `items` is either).
    List(Kind),
    /// `components`: a map of sections, each a map of its own kind.
    Sections,
}

/// Where the parts bundling moved came from: each new place (a pointer of
/// the bundled document: `/components/schemas/Member`) with the file and
/// pointer it was copied from, so that errors and warnings about what is
/// inside point where a person can find it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Relocations(Vec<(String, Option<PathBuf>, String)>, Vec<(String, String)>);

impl Relocations {
    /// The other files the document referenced, whose parts were bundled.
    pub fn files(&self) -> impl Iterator<Item = PathBuf> + '_ {
        let mut files: Vec<PathBuf> = self.0.iter().filter_map(|(_, file, _)| file.clone()).collect();
        files.sort();
        files.dedup();
        files.into_iter()
    }

    /// `message` with each reference bundling rewrote
    /// (`#/components/schemas/Pet_common`) written as the document wrote it
    /// (`common.yaml#/Pet`).
    pub fn original_references(&self, message: &str) -> String {
        let mut message = message.to_owned();
        for (local, original) in &self.1 {
            message = message.replace(&format!("`{local}`"), &format!("`{original}`"));
        }
        message
    }

    /// The file (`None` for the document itself) and pointer `pointer` of
    /// the bundled document was copied from, if it lies in a part bundling
    /// moved.
    pub fn original(&self, pointer: &str) -> Option<(Option<&Path>, String)> {
        self.0
            .iter()
            .filter(|(moved, _, _)| pointer == moved || pointer.strip_prefix(moved.as_str()).is_some_and(|r| r.starts_with('/')))
            .max_by_key(|(moved, _, _)| moved.len())
            .map(|(moved, file, from)| (file.as_deref(), format!("{from}{}", &pointer[moved.len()..])))
    }
}

/// Brings every reference of the document read from `file` into the form
/// `#/components/<section>/<name>`; returns where what it moved came from.
pub fn document(file: &Path, doc: &mut Value, parse: impl Fn(&Path) -> Result<Value, Error>) -> Result<Relocations, Error> {
    if !needs_bundling(doc) {
        return Ok(Relocations::default());
    }
    let mut taken: HashMap<String, HashSet<String>> = HashMap::new();
    if let Some(Value::Object(components)) = doc.get("components") {
        for (section, entries) in components {
            if let Value::Object(entries) = entries {
                taken.insert(section.clone(), entries.keys().cloned().collect());
            }
        }
    }
    let root = Origin { file: file.to_path_buf(), is_root: true };
    let mut bundler = Bundler {
        root_file: normalize_path(file),
        root: doc.clone(),
        files: HashMap::new(),
        parse: &parse,
        done: HashMap::new(),
        taken,
        additions: Vec::new(),
        relocations: Vec::new(),
        references: Vec::new(),
    };
    // Only the parts that need it are rewritten: most documents have no
    // reference to bundle and leave the walk without a change.
    bundler.rewrite(doc, &root, Kind::Document, "", 0)?;
    let relocations = Relocations(std::mem::take(&mut bundler.relocations), std::mem::take(&mut bundler.references));
    if bundler.additions.is_empty() {
        return Ok(relocations);
    }
    let Some(root_object) = doc.as_object_mut() else { return Ok(relocations) };
    let components = root_object.entry("components").or_insert_with(|| Value::Object(Map::new()));
    let Value::Object(components) = components else { return Err(Error::new(file, "/components", "must be an object")) };
    for (section, name, value) in bundler.additions {
        let entries = components.entry(section).or_insert_with(|| Value::Object(Map::new()));
        if let Value::Object(entries) = entries {
            entries.insert(name, value);
        }
    }
    Ok(relocations)
}

/// The file a value came from, which its relative references are read
/// against.
#[derive(Debug, Clone)]
struct Origin {
    file: PathBuf,
    is_root: bool,
}

struct Bundler<'p> {
    root_file: PathBuf,
    /// The root document as read, for references into it from other places.
    root: Value,
    /// Other files, read once each.
    files: HashMap<PathBuf, Value>,
    parse: &'p dyn Fn(&Path) -> Result<Value, Error>,
    /// Target (file, fragment) to the local reference it became.
    done: HashMap<(PathBuf, String), String>,
    /// Names in use per components section.
    taken: HashMap<String, HashSet<String>>,
    /// Components to add: section, name, value.
    additions: Vec<(String, String, Value)>,
    /// Where each moved part came from (see [`Relocations`]).
    relocations: Vec<(String, Option<PathBuf>, String)>,
    /// Each reference rewritten, and how the document wrote it.
    references: Vec<(String, String)>,
}

impl Bundler<'_> {
    /// Rewrites every reference inside `value`, a value of kind `kind` read
    /// from `origin` at pointer `at`.
    fn rewrite(&mut self, value: &mut Value, origin: &Origin, kind: Kind, at: &str, depth: usize) -> Result<(), Error> {
        if kind == Kind::Data {
            return Ok(());
        }
        if depth > 256 {
            return Err(Error::new(&origin.file, at, "nested too deeply (over 256 levels) to follow"));
        }
        match value {
            Value::Object(map) => {
                if let Some(Value::String(reference)) = map.get("$ref") {
                    let reference = reference.clone();
                    let ref_at = pointer_push(at, "$ref");
                    if let Some(replacement) = self.follow(&reference, origin, kind, &ref_at, depth)? {
                        match replacement {
                            Followed::Reference(local) => {
                                map.insert("$ref".to_owned(), Value::String(local));
                            }
                            Followed::Inline(inline) => {
                                map.remove("$ref");
                                for (k, v) in inline {
                                    map.entry(k).or_insert(v);
                                }
                            }
                        }
                    }
                }
                if kind == Kind::Schema {
                    self.rewrite_mapping(map, origin, at, depth)?;
                }
                for (key, child) in map.iter_mut() {
                    if key == "$ref" {
                        continue;
                    }
                    let child_at = pointer_push(at, key);
                    match kind.child(key) {
                        Shape::One(child_kind) => self.rewrite(child, origin, child_kind, &child_at, depth + 1)?,
                        Shape::Map(entry_kind) => {
                            if let Value::Object(entries) = child {
                                for (name, entry) in entries.iter_mut() {
                                    self.rewrite(entry, origin, entry_kind, &pointer_push(&child_at, name), depth + 1)?;
                                }
                            }
                        }
                        Shape::List(entry_kind) => match child {
                            Value::Array(entries) => {
                                for (i, entry) in entries.iter_mut().enumerate() {
                                    self.rewrite(entry, origin, entry_kind, &pointer_push(&child_at, &i.to_string()), depth + 1)?;
                                }
                            }
                            single => self.rewrite(single, origin, entry_kind, &child_at, depth + 1)?,
                        },
                        Shape::Sections => {
                            if let Value::Object(sections) = child {
                                for (section, entries) in sections.iter_mut() {
                                    let Value::Object(entries) = entries else { continue };
                                    let section_at = pointer_push(&child_at, section);
                                    let entry_kind = Kind::of_section(section);
                                    for (name, entry) in entries.iter_mut() {
                                        self.rewrite(entry, origin, entry_kind, &pointer_push(&section_at, name), depth + 1)?;
                                    }
                                }
                            }
                        }
                    }
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }

    /// Discriminator mappings name schemas by reference too.
    fn rewrite_mapping(&mut self, schema: &mut Map<String, Value>, origin: &Origin, at: &str, depth: usize) -> Result<(), Error> {
        let Some(Value::Object(mapping)) = schema.get_mut("discriminator").and_then(|d| d.get_mut("mapping")) else { return Ok(()) };
        let at = pointer_push(&pointer_push(at, "discriminator"), "mapping");
        for (tag, target) in mapping.iter_mut() {
            let Value::String(reference) = target else { continue };
            // A bare name (`Dog`) names a schema of this document.
            if !reference.contains('#') && !reference.contains('/') && !reference.contains('.') {
                continue;
            }
            let reference = reference.clone();
            // One that leads nowhere (left over from bundling) stays as it
            // is: the mapping's reader says what becomes of it.
            if let Ok(Some(Followed::Reference(local))) = self.follow(&reference, origin, Kind::Schema, &pointer_push(&at, tag), depth) {
                *target = Value::String(local);
            }
        }
        Ok(())
    }

    /// Where `reference`, found in `origin` at `at` standing for a `kind`,
    /// leads in the bundled document; `None` when it can stay as it is.
    fn follow(&mut self, reference: &str, origin: &Origin, kind: Kind, at: &str, depth: usize) -> Result<Option<Followed>, Error> {
        let (file_part, fragment) = reference.split_once('#').unwrap_or((reference, ""));
        // A fragment is URI-encoded: `#/$defs/percent%25field`.
        let encoded = fragment;
        let decoded = percent_decode(fragment);
        let fragment = decoded.as_str();
        if file_part.contains("://") || file_part.starts_with("//") {
            return Err(Error::unsupported(
                &origin.file,
                at,
                format!("`{reference}` is a remote reference; they are not fetched: download the file and refer to it by a relative path"),
            ));
        }
        if !fragment.is_empty() && !fragment.starts_with('/') {
            return Err(Error::unsupported(
                &origin.file,
                at,
                format!("`{reference}` refers to an anchor; only JSON pointer references (`#/...`) are followed"),
            ));
        }
        let target_file = if file_part.is_empty() {
            origin.file.clone()
        } else {
            let relative = percent_decode(file_part);
            normalize_path(&origin.file.parent().unwrap_or(Path::new("")).join(relative))
        };
        // The root as it was named, or its normalized path, is the root.
        let in_root = normalize_path(&target_file) == self.root_file;
        // 3.0 components have no path items: those are copied in place.
        let local_form = component_entry(fragment).is_some_and(|(section, _)| section != "pathItems");
        if in_root && local_form {
            // Already the form later stages follow; whether it points at
            // something is theirs to say, with the pointer they know.
            return Ok(if origin.is_root && fragment == encoded { None } else { Some(Followed::Reference(format!("#{fragment}"))) });
        }
        let key = (target_file.clone(), fragment.to_owned());
        if let Some(local) = self.done.get(&key) {
            return Ok(Some(Followed::Reference(local.clone())));
        }
        let target = self.target(&target_file, fragment, reference, origin, at)?;
        let target_origin = Origin { file: target_file.clone(), is_root: in_root };
        let target_kind = match component_entry(fragment) {
            Some((section, _)) if Kind::of_section(section) != Kind::Data => Kind::of_section(section),
            _ => kind,
        };
        let Some(section) = target_kind.section() else {
            // Copied in place, with its own references followed from where it is.
            let mut copy = target;
            self.rewrite(&mut copy, &target_origin, target_kind, fragment, depth + 1)?;
            if origin.is_root {
                let file = (!in_root).then(|| target_file.clone());
                self.relocations.push((at.to_owned(), file, fragment.to_owned()));
            }
            return Ok(Some(match copy {
                Value::Object(map) => Followed::Inline(map),
                _ => {
                    return Err(Error::new(&origin.file, at, format!("`{reference}` does not point at an object")));
                }
            }));
        };
        let name = self.name_for(section, &target_file, fragment);
        let local = format!("#/components/{section}/{}", name.replace('~', "~0").replace('/', "~1"));
        self.done.insert(key, local.clone());
        let file = (!in_root).then(|| target_file.clone());
        self.relocations.push((local[1..].to_owned(), file, fragment.to_owned()));
        self.references.push((local.clone(), reference.to_owned()));
        let mut copy = target;
        self.rewrite(&mut copy, &target_origin, target_kind, fragment, depth + 1)?;
        self.additions.push((section.to_owned(), name, copy));
        Ok(Some(Followed::Reference(local)))
    }

    /// The value at `fragment` of `file`.
    fn target(&mut self, file: &Path, fragment: &str, reference: &str, origin: &Origin, at: &str) -> Result<Value, Error> {
        let document = if normalize_path(file) == self.root_file {
            &self.root
        } else {
            if !self.files.contains_key(file) {
                if !file.is_file() {
                    return Err(Error::new(
                        &origin.file,
                        at,
                        format!("`{reference}` names the file {}, which does not exist", file.display()),
                    ));
                }
                let value = (self.parse)(file)?;
                self.files.insert(file.to_path_buf(), value);
            }
            &self.files[file]
        };
        document.pointer(fragment).cloned().ok_or_else(|| Error::new(&origin.file, at, format!("`{reference}` points at nothing")))
    }

    /// A name for the target in `section`, unique there: the entry's own
    /// name when it has one, else the file's stem.
    fn name_for(&mut self, section: &str, file: &Path, fragment: &str) -> String {
        let tokens: Vec<String> = fragment.split('/').skip(1).map(|t| t.replace("~1", "/").replace("~0", "~")).collect();
        let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or("External").to_owned();
        let base = match tokens.as_slice() {
            [] => stem.clone(),
            [.., container, name] if is_container(container) => name.clone(),
            [.., last] if last.parse::<usize>().is_err() && !is_container(last) => {
                let owner = tokens.iter().rev().skip(1).find(|t| !is_container(t) && t.parse::<usize>().is_err());
                owner.map_or_else(|| last.clone(), |owner| format!("{owner}_{last}"))
            }
            _ => tokens.iter().filter(|t| !is_container(t)).cloned().collect::<Vec<_>>().join("_"),
        };
        let taken = self.taken.entry(section.to_owned()).or_default();
        let mut name = base.clone();
        if taken.contains(&name) {
            name = format!("{base}_{stem}");
        }
        let mut n = 2;
        while taken.contains(&name) {
            name = format!("{base}_{n}");
            n += 1;
        }
        taken.insert(name.clone());
        name
    }
}

enum Followed {
    /// Replace the `$ref` with this local one.
    Reference(String),
    /// Replace the `$ref` with these fields.
    Inline(Map<String, Value>),
}

/// Whether any reference has another form than `#/components/<section>/<name>`
/// (a quick look, so documents without such references are not copied).
fn needs_bundling(value: &Value) -> bool {
    match value {
        Value::Object(map) => map.iter().any(|(key, child)| match (key.as_str(), child) {
            ("$ref", Value::String(reference)) => {
                reference.contains('%') || reference.strip_prefix('#').and_then(component_entry).is_none()
            }
            // As `rewrite_mapping` reads them: a reference that is not to a
            // component of this document (`#/components/schemas/a.b` is one).
            ("mapping", Value::Object(mapping)) => mapping.values().any(|target| {
                target.as_str().is_some_and(|t| {
                    let is_reference = t.contains('#') || t.contains('/') || t.contains('.');
                    is_reference && (t.contains('%') || t.strip_prefix('#').and_then(component_entry).is_none())
                })
            }),
            _ => needs_bundling(child),
        }),
        Value::Array(items) => items.iter().any(needs_bundling),
        _ => false,
    }
}

/// `(section, name)` when `fragment` is `/components/<section>/<name>`.
fn component_entry(fragment: &str) -> Option<(&str, &str)> {
    let rest = fragment.strip_prefix("/components/")?;
    let (section, name) = rest.split_once('/')?;
    (!name.contains('/')).then_some((section, name))
}

fn is_container(token: &str) -> bool {
    matches!(
        token,
        "components"
            | "schemas"
            | "parameters"
            | "responses"
            | "requestBodies"
            | "headers"
            | "examples"
            | "links"
            | "callbacks"
            | "securitySchemes"
            | "$defs"
            | "definitions"
            | "properties"
            | "items"
            | "allOf"
            | "anyOf"
            | "oneOf"
            | "additionalProperties"
            | "content"
            | "schema"
            | "paths"
    )
}

/// `a/./b/../c` as `a/c`, without touching the file system.
fn normalize_path(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            other => out.push(other),
        }
    }
    out
}

/// References are URIs: `my%20file.yaml` names `my file.yaml`.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && let Some(byte) = text.get(i + 1..i + 3).and_then(|hex| u8::from_str_radix(hex, 16).ok())
        {
            out.push(byte);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}
