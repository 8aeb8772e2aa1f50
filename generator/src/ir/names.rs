//! Names: what the document calls a thing, and the rule that keeps names
//! apart whatever casing the emit stage gives them.

use std::collections::HashSet;
use std::fmt;
use std::sync::OnceLock;

use heck::{ToSnakeCase, ToUpperCamelCase};

/// A name from the document (or made from its parts), kept as written.
///
/// Two names are the same name when they have the same words, whatever
/// their case and separators: `display_name`, `displayName` and
/// `DisplayName` are one name. [`Name::key`] gives that identity. Its
/// casings are worked out once, at first use: emit asks for them at every
/// mention of a type or field.
#[derive(Clone)]
pub struct Name {
    raw: String,
    /// Its key and its UpperCamelCase form, boxed: a name is in every
    /// field of every type, and most are never cased.
    cased: OnceLock<Box<(String, String)>>,
}

impl Name {
    /// A name as the document writes it.
    pub fn new(raw: impl Into<String>) -> Self {
        Self { raw: raw.into(), cased: OnceLock::new() }
    }

    fn cased(&self) -> &(String, String) {
        self.cased.get_or_init(|| {
            let snake = snake_case(&words(&self.raw));
            let camel = upper_camel_case(&snake);
            Box::new((snake, camel))
        })
    }

    /// The name as written.
    pub fn raw(&self) -> &str {
        &self.raw
    }

    /// The words of the name, lower case, joined by `_`: equal keys mean
    /// equal identifiers in any casing.
    pub fn key(&self) -> String {
        self.snake().to_owned()
    }

    /// [`Name::key`], borrowed.
    pub fn snake(&self) -> &str {
        &self.cased().0
    }

    /// The name in UpperCamelCase, from its words: what a type is called.
    pub fn camel(&self) -> &str {
        &self.cased().1
    }

    /// This name followed by more words.
    pub fn join(&self, more: &str) -> Self {
        let more: String = more.chars().map(|c| if c.is_alphanumeric() { c } else { ' ' }).collect();
        let more = if more.is_ascii() { upper_camel_case(&snake_case(&more)) } else { more.to_upper_camel_case() };
        Self::new(format!("{} {more}", self.camel()))
    }
}

// What a name is, is what is written: the casings are only remembered.
impl PartialEq for Name {
    fn eq(&self, other: &Self) -> bool {
        self.raw == other.raw
    }
}

impl Eq for Name {}

impl std::hash::Hash for Name {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.raw.hash(state);
    }
}

impl PartialOrd for Name {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Name {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.raw.cmp(&other.raw)
    }
}

impl fmt::Debug for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // On one line, even in `{:#?}`: names are everywhere in the IR.
        write!(f, "Name({:?})", self.raw)
    }
}

impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.raw)
    }
}

/// The name with every character that cannot be part of an identifier
/// turned into a word break, and a leading digit given a word before it.
fn words(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for c in raw.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if let Some(ascii) = latin(c) {
            out.push_str(ascii);
        } else {
            out.push(' ');
        }
    }
    if out.trim_start().starts_with(|c: char| c.is_ascii_digit()) {
        out.insert_str(0, "n ");
    }
    if out.trim().is_empty() {
        out = "empty".to_owned();
    }
    out
}

/// `heck`'s snake_case of an ASCII text (what [`words`] gives), without
/// its formatting machinery, which cased each character through
/// `char::to_lowercase` and a `Formatter`: naming was a tenth of the IR's
/// time. The words are where `heck` finds them: runs of letters and digits,
/// split before an uppercase letter that follows a lowercase one (or a digit
/// after one), and before the last capital of a run followed by a lowercase
/// letter (`HTTPServer` is `http_server`).
fn snake_case(ascii: &str) -> String {
    if !ascii.is_ascii() {
        return ascii.to_snake_case();
    }
    #[derive(Clone, Copy, PartialEq)]
    enum Mode {
        Boundary,
        Lowercase,
        Uppercase,
    }
    let mut out = String::with_capacity(ascii.len() + 4);
    let word = |text: &str, out: &mut String| {
        if !out.is_empty() {
            out.push('_');
        }
        out.extend(text.chars().map(|c| c.to_ascii_lowercase()));
    };
    for part in ascii.split(|c: char| !c.is_ascii_alphanumeric()) {
        let bytes = part.as_bytes();
        let mut start = 0;
        let mut mode = Mode::Boundary;
        for i in 0..bytes.len() {
            let c = bytes[i];
            let Some(&next) = bytes.get(i + 1) else {
                word(&part[start..], &mut out);
                break;
            };
            let next_mode = if c.is_ascii_lowercase() {
                Mode::Lowercase
            } else if c.is_ascii_uppercase() {
                Mode::Uppercase
            } else {
                mode
            };
            if next_mode == Mode::Lowercase && next.is_ascii_uppercase() {
                word(&part[start..=i], &mut out);
                start = i + 1;
                mode = Mode::Boundary;
            } else if mode == Mode::Uppercase && c.is_ascii_uppercase() && next.is_ascii_lowercase() {
                word(&part[start..i], &mut out);
                start = i;
                mode = Mode::Boundary;
            } else {
                mode = next_mode;
            }
        }
    }
    out
}

/// The UpperCamelCase of a snake_case text from [`snake_case`]: each word
/// capitalized, the separators dropped.
fn upper_camel_case(snake: &str) -> String {
    if !snake.is_ascii() {
        return snake.to_upper_camel_case();
    }
    let mut out = String::with_capacity(snake.len());
    for word in snake.split('_').filter(|word| !word.is_empty()) {
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            out.push(first.to_ascii_uppercase());
            out.extend(chars);
        }
    }
    out
}

/// Latin letters with diacritics, spelled in ASCII so that identifiers can
/// be typed; any other non-ASCII character is a word break.
fn latin(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => "a",
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' => "A",
        'æ' => "ae",
        'Æ' => "AE",
        'ç' | 'č' | 'ć' => "c",
        'Ç' | 'Č' | 'Ć' => "C",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' => "e",
        'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ę' => "E",
        'ì' | 'í' | 'î' | 'ï' => "i",
        'Ì' | 'Í' | 'Î' | 'Ï' => "I",
        'ñ' | 'ń' => "n",
        'Ñ' | 'Ń' => "N",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ő' => "o",
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ő' => "O",
        'ù' | 'ú' | 'û' | 'ü' | 'ű' => "u",
        'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ű' => "U",
        'ý' | 'ÿ' => "y",
        'Ý' => "Y",
        'ß' => "ss",
        'ł' => "l",
        'Ł' => "L",
        'š' | 'ś' => "s",
        'Š' | 'Ś' => "S",
        'ž' | 'ź' | 'ż' => "z",
        'Ž' | 'Ź' | 'Ż' => "Z",
        _ => return None,
    })
}

/// Names a type of the document must not take: the prelude's, which
/// generated code names in every module, and `Self`. Other names the code
/// brings in (`Email`, `Value`, `Router`) are spelled by their paths where a
/// type of the document takes them, so those stay free.
const RESERVED_TYPE_NAMES: &[&str] = &["Option", "Result", "String", "Vec", "Box", "Some", "None", "Ok", "Err", "Self"];

/// A name the user chose, and where: a file, and a pointer into it (the
/// configuration's table and key, or the document's `x-rust-name`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chosen {
    /// The name.
    pub name: String,
    /// The file it is in.
    pub file: std::path::PathBuf,
    /// Where in it.
    pub pointer: String,
}

impl Chosen {
    /// An error about the choice, where it was made.
    pub fn error(&self, message: impl Into<String>) -> crate::error::Error {
        crate::error::Error::new(&self.file, self.pointer.clone(), message)
    }
}

/// The name the user chose for a schema or operation: `renamed`, from the
/// configuration `config` (at `config_at` in it), before `extension` (the
/// document's `x-rust-name`, of the object at `at` in `file`). A name that
/// cannot be an identifier is an error.
pub fn chosen(
    renamed: Option<&String>,
    (config, config_at): (Option<&std::path::Path>, &str),
    extension: Option<&serde_json::Value>,
    at: &str,
    file: &std::path::Path,
) -> Result<Option<Chosen>, crate::error::Error> {
    let chosen = match (renamed, extension) {
        (Some(name), _) => Chosen { name: name.clone(), file: config.unwrap_or(file).to_path_buf(), pointer: config_at.to_owned() },
        (None, Some(serde_json::Value::String(name))) => {
            Chosen { name: name.clone(), file: file.to_path_buf(), pointer: crate::error::pointer_push(at, "x-rust-name") }
        }
        (None, Some(_)) => {
            let pointer = crate::error::pointer_push(at, "x-rust-name");
            return Err(crate::error::Error::new(file, pointer, "`x-rust-name` must be a string"));
        }
        (None, None) => return Ok(None),
    };
    let name = &chosen.name;
    let identifier = name.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if !identifier {
        return Err(chosen.error(format!("`{name}` is not a Rust identifier")));
    }
    Ok(Some(chosen))
}

/// Hands out names that are unique by their UpperCamelCase form.
#[derive(Debug)]
pub struct NameSet {
    taken: HashSet<String>,
    /// Names no one may take (`Self`).
    reserved: HashSet<String>,
    /// What a reserved name is followed by to make it free: `ValueModel`
    /// for a type, `SelfValue` for an enum variant.
    suffix: &'static str,
}

impl Default for NameSet {
    /// A set for variants of one enum: `Self` is reserved.
    fn default() -> Self {
        Self::reserving(&["Self"], "Value")
    }
}

impl NameSet {
    /// A set that already holds the names generated code reserves for itself.
    pub fn for_types() -> Self {
        Self::reserving(RESERVED_TYPE_NAMES, "Model")
    }

    /// A set for operations, whose names are also modules and methods of
    /// one trait: the crates and modules generated code names, and the
    /// trait's own methods, are reserved.
    pub fn for_operations() -> Self {
        Self::reserving(
            &[
                "std",
                "core",
                "alloc",
                "crate",
                "self",
                "super",
                "models",
                "validation",
                "server",
                "serde",
                "serde_json",
                "uuid",
                "chrono",
                "oapi_axum_runtime",
                "authenticate",
                "reject",
            ],
            "operation",
        )
    }

    fn reserving(names: &[&str], suffix: &'static str) -> Self {
        let reserved: HashSet<String> = names.iter().map(|name| cased(&Name::new(*name))).collect();
        Self { taken: reserved.clone(), reserved, suffix }
    }

    /// Claims `name` exactly; `Err` if taken.
    ///
    /// Names are compared in their UpperCamelCase form, which is coarser
    /// than [`Name::key`] (`GMT0` and `GMT+0` are `gmt0` and `gmt_0`, but both
    /// `Gmt0`): what is unique here is unique as a type or variant name.
    pub fn claim(&mut self, name: &Name) -> Result<(), ()> {
        if self.taken.insert(cased(name)) { Ok(()) } else { Err(()) }
    }

    /// Whether `name` is one no one may take.
    pub fn is_reserved(&self, name: &Name) -> bool {
        self.reserved.contains(&cased(name))
    }

    /// Whether `name` is taken.
    pub fn is_taken(&self, name: &Name) -> bool {
        self.taken.contains(&cased(name))
    }

    /// Claims `name`, or, when it is taken, a free name made from it: a
    /// reserved name gets the set's suffix (`ValueModel`, `SelfValue`), a
    /// name the document already used a number (`Address2`, `Address3`, ...).
    pub fn claim_free(&mut self, name: Name) -> Name {
        if self.claim(&name).is_ok() {
            return name;
        }
        if self.reserved.contains(&cased(&name)) {
            let suffixed = name.join(self.suffix);
            if self.claim(&suffixed).is_ok() {
                return suffixed;
            }
        }
        (2..).map(|n| name.join(&n.to_string())).find(|candidate| self.claim(candidate).is_ok()).unwrap_or(name)
    }
}

/// A name's UpperCamelCase form: what it is compared by.
fn cased(name: &Name) -> String {
    name.camel().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every text of up to five characters drawn from lower and upper case
    /// letters, digits and separators is cased as `heck` cases it.
    #[test]
    fn casing_is_hecks() {
        const ALPHABET: &[u8] = b"aZb1C_ -";
        let mut texts = vec![String::new()];
        for _ in 0..5 {
            let longer: Vec<String> = texts.iter().flat_map(|text| ALPHABET.iter().map(move |c| format!("{text}{}", *c as char))).collect();
            texts.extend(longer);
        }
        texts.extend(
            ["HTTPServer", "getHTTPResponseCode", "v2Beta3", "IPv6Address", "ABCdef", "a1B2c3", "__x__y__", "Übergröße"].map(String::from),
        );
        for text in &texts {
            assert_eq!(snake_case(text), text.to_snake_case(), "snake_case of {text:?}");
            let snake = text.to_snake_case();
            assert_eq!(upper_camel_case(&snake), snake.to_upper_camel_case(), "UpperCamelCase of {snake:?}");
            assert_eq!(upper_camel_case(&snake), text.to_upper_camel_case(), "UpperCamelCase of {text:?}");
        }
    }

    #[test]
    fn keys_ignore_case_and_separators() {
        assert_eq!(Name::new("displayName").key(), Name::new("display_name").key());
        assert_eq!(Name::new("DisplayName").key(), "display_name");
        assert_eq!(Name::new("app__schemas__Tenant").key(), "app_schemas_tenant");
        assert_eq!(Name::new("2fa").key(), "n_2fa");
        assert_eq!(Name::new("$").key(), "empty");
        assert_eq!(Name::new("größe").key(), "grosse");
        assert_eq!(Name::new("Ωmega").key(), "mega");
        assert_eq!(Name::new("日本").key(), "empty");
    }

    #[test]
    fn free_names_get_suffixes() {
        let mut set = NameSet::for_types();
        assert_eq!(set.claim_free(Name::new("Result")).key(), "result_model");
        assert_eq!(set.claim_free(Name::new("Value")).key(), "value");
        assert_eq!(set.claim_free(Name::new("org")).key(), "org");
        assert_eq!(set.claim_free(Name::new("Org")).key(), "org_2");
        assert_eq!(set.claim_free(Name::new("ORG")).key(), "org_3");
        let mut zones = NameSet::default();
        assert_eq!(zones.claim_free(Name::new("GMT0")).key(), "gmt0");
        assert_eq!(zones.claim_free(Name::new("GMT+0")).key(), "gmt0_2");
        let mut variants = NameSet::default();
        assert_eq!(variants.claim_free(Name::new("Object")).key(), "object");
        assert_eq!(variants.claim_free(Name::new("Object")).key(), "object_2");
        assert_eq!(variants.claim_free(Name::new("self")).key(), "self_value");
    }
}
