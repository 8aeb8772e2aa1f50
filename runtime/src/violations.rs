//! Where a value is wrong, and why: each broken constraint or place that
//! does not read is a [`Violation`] at its JSON pointer (built as an
//! [`At`]), all of them collected in [`Violations`]; a JSON text that does
//! not read is a [`ReadError`], worded as a violation by [`read_error`].
//!
//! Below whatever finds or reports them: validation, reading bodies and
//! parameters, refusals.

use std::fmt;

use serde::Serialize;

/// One constraint a value breaks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Violation {
    /// Where the value is: a JSON pointer (RFC 6901) such as
    /// `/body/members/3/email` or `/query/limit`.
    pub pointer: String,
    /// The JSON Schema keyword that failed (`maxLength`, `pattern`, ...).
    pub keyword: &'static str,
    /// What is wrong, in words. It never repeats the value itself.
    pub message: String,
}

/// Every constraint a value breaks, in the order they were found: the first
/// [`Violations::KEPT`] of them, and how many more. A 2 MiB body of a
/// million bad items is a million violations; keeping each would grow the
/// process (and the answer) far beyond the body it refuses.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Violations {
    kept: Vec<Violation>,
    more: usize,
    /// A walk stopped once [`Violations::KEPT`] were kept: there may be
    /// more than `kept` and `more` count.
    cut: bool,
}

impl Violations {
    /// How many violations are kept; the rest are only counted.
    pub const KEPT: usize = 100;

    /// None yet.
    pub const fn new() -> Self {
        Self { kept: Vec::new(), more: 0, cut: false }
    }

    /// Records that the value at `at` breaks `keyword`.
    pub fn push(&mut self, at: &At<'_>, keyword: &'static str, message: impl Into<String>) {
        if self.kept.len() < Self::KEPT {
            self.kept.push(Violation { pointer: at.pointer(), keyword, message: message.into() });
        } else {
            self.more += 1;
        }
    }

    /// Records where a value did not read (serde's `pointer` below `at`,
    /// and its message), as a refusal words it.
    pub fn push_read_error(&mut self, at: &At<'_>, pointer: &str, message: &str) {
        self.add(read_error(&at.pointer(), pointer, message));
    }

    /// Records `violation`.
    pub fn add(&mut self, violation: Violation) {
        if self.kept.len() < Self::KEPT {
            self.kept.push(violation);
        } else {
            self.more += 1;
        }
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.kept.is_empty()
    }

    /// How many there are, those only counted included.
    pub fn len(&self) -> usize {
        self.kept.len() + self.more
    }

    /// How many were only counted, beyond the [`Violations::KEPT`] kept.
    pub fn omitted(&self) -> usize {
        self.more
    }

    /// Whether [`Violations::KEPT`] are kept: a walk over many parts stops
    /// here (and says so with [`Violations::cut`]), so that a body of a
    /// million bad items costs the time of a hundred.
    pub fn is_full(&self) -> bool {
        self.kept.len() >= Self::KEPT
    }

    /// Records that a walk stopped when full: what was not walked may hold
    /// more violations.
    pub fn cut(&mut self) {
        self.cut = true;
    }

    /// Whether a walk stopped when full.
    pub fn is_cut(&self) -> bool {
        self.cut
    }

    /// Each violation kept.
    pub fn iter(&self) -> std::slice::Iter<'_, Violation> {
        self.kept.iter()
    }

    /// `Ok` when there are none.
    pub fn into_result(self) -> Result<(), Self> {
        if self.kept.is_empty() { Ok(()) } else { Err(self) }
    }

    /// Adds all of `other`.
    pub fn extend(&mut self, other: Violations) {
        self.more += other.more;
        self.cut |= other.cut;
        for violation in other.kept {
            self.add(violation);
        }
    }
}

impl From<Violations> for Vec<Violation> {
    fn from(violations: Violations) -> Self {
        violations.kept
    }
}

impl From<Vec<Violation>> for Violations {
    fn from(list: Vec<Violation>) -> Self {
        let mut violations = Self::new();
        for violation in list {
            violations.add(violation);
        }
        violations
    }
}

impl IntoIterator for Violations {
    type Item = Violation;
    type IntoIter = std::vec::IntoIter<Violation>;

    fn into_iter(self) -> Self::IntoIter {
        self.kept.into_iter()
    }
}

impl fmt::Display for Violations {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, v) in self.kept.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            let pointer = if v.pointer.is_empty() { "(the value)" } else { &v.pointer };
            write!(f, "{pointer}: {} ({})", v.message, v.keyword)?;
        }
        if self.more > 0 || self.cut {
            let more = if self.cut { "at least " } else { "" };
            write!(f, "; and {more}{} more", self.more.max(1))?;
        }
        Ok(())
    }
}

impl std::error::Error for Violations {}

/// Where a value sits, built one step at a time from a root (`""`,
/// `"/body"`, `"/query"`); the pointer is only spelled out when a violation
/// is recorded.
#[derive(Debug, Clone, Copy)]
pub struct At<'a> {
    parent: Option<&'a At<'a>>,
    step: Step<'a>,
}

#[derive(Debug, Clone, Copy)]
enum Step<'a> {
    Root(&'a str),
    Key(&'a str),
    Index(usize),
}

impl<'a> At<'a> {
    /// The root, already a JSON pointer (`""` for the whole value).
    pub const fn root(pointer: &'a str) -> Self {
        Self { parent: None, step: Step::Root(pointer) }
    }

    /// The property `key` of the value here.
    pub fn key(&'a self, key: &'a str) -> At<'a> {
        At { parent: Some(self), step: Step::Key(key) }
    }

    /// The item `index` of the list here.
    pub fn index(&'a self, index: usize) -> At<'a> {
        At { parent: Some(self), step: Step::Index(index) }
    }

    /// Each item of `list` (a `Vec`, or an optional one that has none
    /// when it is absent) with its place: `for (item, at) in
    /// at.key("tags").items(&self.tags)`.
    pub fn items<'s, T: 's>(&'s self, list: &'s (impl List<T> + ?Sized)) -> impl Iterator<Item = (&'s T, At<'s>)> {
        list.items().iter().enumerate().map(move |(i, item)| (item, At { parent: Some(self), step: Step::Index(i) }))
    }

    /// The JSON pointer, its tokens escaped as RFC 6901 says.
    pub fn pointer(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }

    fn write(&self, out: &mut String) {
        if let Some(parent) = self.parent {
            parent.write(out);
        }
        match self.step {
            Step::Root(root) => out.push_str(root),
            Step::Key(key) => {
                out.push('/');
                for c in key.chars() {
                    match c {
                        '~' => out.push_str("~0"),
                        '/' => out.push_str("~1"),
                        c => out.push(c),
                    }
                }
            }
            Step::Index(index) => {
                out.push('/');
                out.push_str(&index.to_string());
            }
        }
    }
}

/// What [`At::items`] walks: a list, or an optional one (`Option`,
/// `Maybe`) that has no items when it is not there.
pub trait List<T> {
    /// The items, none when the list is not there.
    fn items(&self) -> &[T];
}

impl<T> List<T> for [T] {
    fn items(&self) -> &[T] {
        self
    }
}

impl<T> List<T> for Vec<T> {
    fn items(&self) -> &[T] {
        self
    }
}

impl<T> List<T> for Option<Vec<T>> {
    fn items(&self) -> &[T] {
        self.as_deref().unwrap_or_default()
    }
}

impl<T> List<T> for crate::Maybe<Vec<T>> {
    fn items(&self) -> &[T] {
        self.as_ref().value().map_or(&[], Vec::as_slice)
    }
}

/// Why a JSON text did not read as the type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// Not JSON at all.
    Syntax {
        /// What the parser says, with line and column.
        message: String,
    },
    /// JSON, but not of the expected shape: a wrong type, a missing
    /// required property, an unknown variant, a malformed format.
    Shape {
        /// Where, as a JSON pointer (`""` for the whole value).
        pointer: String,
        /// What the deserializer says.
        message: String,
    },
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Syntax { message } => write!(f, "not valid JSON: {message}"),
            Self::Shape { pointer, message } if pointer.is_empty() => f.write_str(message),
            Self::Shape { pointer, message } => write!(f, "{pointer}: {message}"),
        }
    }
}

impl std::error::Error for ReadError {}

/// A deserialization error of the value at `root` as a violation.
pub fn read_error(root: &str, pointer: &str, message: &str) -> Violation {
    let (pointer, keyword, message) = classify(pointer, message);
    Violation { pointer: format!("{root}{pointer}"), keyword, message }
}

/// What serde says a Rust type expects, as the JSON it reads.
fn json_words(expected: &str) -> &str {
    match expected {
        "i8" | "i16" | "i32" | "i64" | "i128" | "u8" | "u16" | "u32" | "u64" | "u128" | "isize" | "usize" => "an integer",
        "f32" | "f64" => "a number",
        other => other,
    }
}

/// The pointer, keyword and message of a deserialization error: serde says
/// what went wrong in words, which name the JSON Schema keyword it breaks.
fn classify(pointer: &str, message: &str) -> (String, &'static str, String) {
    let quoted = |prefix: &str| message.strip_prefix(prefix).and_then(|rest| rest.split('`').next()).map(str::to_owned);
    if let Some(field) = quoted("missing field `") {
        let pointer = format!("{pointer}/{}", field.replace('~', "~0").replace('/', "~1"));
        return (pointer, "required", "is required".to_owned());
    }
    if let Some(field) = quoted("unknown field `") {
        let pointer = format!("{pointer}/{}", field.replace('~', "~0").replace('/', "~1"));
        return (pointer, "additionalProperties", "is not a property the API description allows".to_owned());
    }
    // The run-time's own formats (`Email`, `Uri`, `Base64`) say which
    // format and why, never quoting the value.
    if let Some(rest) = message.strip_prefix("not a valid `") {
        return (pointer.to_owned(), "format", format!("must be a valid `{rest}"));
    }
    let keyword = if message.starts_with("unknown variant") {
        "enum"
    } else if message.starts_with("invalid type") || message.starts_with("invalid value") {
        "type"
    } else if message.contains("format")
        || message.starts_with("input contains invalid characters")
        || message.starts_with("UUID parsing failed")
        || message.starts_with("premature end of input")
    {
        "format"
    } else {
        "type"
    };
    // serde's messages quote the offending value (`invalid type: string
    // "hunter2"`): say only what was expected, never the value, and in
    // JSON's words rather than Rust's (`i64`).
    let expected = message.split(", expected ").nth(1).map(|e| format!("must be {}", json_words(e)));
    let message = match keyword {
        "enum" => expected.unwrap_or_else(|| "is not one of the allowed values".to_owned()),
        "format" => "is not in the format the API description states".to_owned(),
        _ => expected.unwrap_or_else(|| "does not have the type the API description states".to_owned()),
    };
    (pointer.to_owned(), keyword, message)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hundred_violations_are_kept_and_the_rest_counted() {
        let root = At::root("/body");
        let mut violations = Violations::new();
        for i in 0..1_000_000 {
            violations.push(&root.index(i), "type", "must be a string");
        }
        assert_eq!((violations.len(), violations.omitted(), violations.iter().count()), (1_000_000, 999_900, 100));
        let mut more = Violations::new();
        more.push(&root, "required", "is required");
        more.extend(violations);
        assert_eq!((more.len(), more.iter().next().map(|v| v.keyword)), (1_000_001, Some("required")));
        assert!(more.to_string().ends_with("; and 999901 more"), "{}", more.to_string().len());
    }
}
