//! The one error type of the generator: every failure names the file, the
//! JSON pointer inside it, and what is wrong.

use std::fmt;
use std::path::{Path, PathBuf};

/// A problem with an input document, or with writing the output.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    /// Whose the problem is: the document's, this generator's limits, or
    /// this generator's own.
    pub kind: ErrorKind,
    /// The document the problem is in.
    pub file: PathBuf,
    /// A JSON pointer (RFC 6901) to the part of the document at fault; empty
    /// for the whole document.
    pub pointer: String,
    /// Line and column (1-based) where the parser knows them.
    pub location: Option<(usize, usize)>,
    /// What is wrong, in words.
    pub message: String,
}

/// Whose a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// The document is wrong: it does not read, or breaks a rule of
    /// OpenAPI or JSON Schema.
    Document,
    /// The document is right, but uses what this generator does not
    /// support.
    Unsupported,
    /// A defect of this generator (generated code that does not parse, say):
    /// a bug to report, whatever the document.
    Internal,
}

impl Error {
    /// A fault of the document at `pointer` in `file`.
    pub fn new(file: &Path, pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Self { kind: ErrorKind::Document, file: file.to_path_buf(), pointer: pointer.into(), location: None, message: message.into() }
    }

    /// What the document says at `pointer` that this generator does not
    /// support: `message` names it.
    pub fn unsupported(file: &Path, pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Self { kind: ErrorKind::Unsupported, ..Self::new(file, pointer, message) }
    }

    /// A defect of this generator, found while it worked on `file`.
    pub fn internal(file: &Path, message: impl Into<String>) -> Self {
        Self { kind: ErrorKind::Internal, ..Self::new(file, "", message) }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some((line, column)) = self.location {
            write!(f, ":{line}:{column}")?;
        }
        let pointer = if self.pointer.is_empty() { "(document root)" } else { &self.pointer };
        let internal = if self.kind == ErrorKind::Internal { "internal error: " } else { "" };
        write!(f, ": at {pointer}: {internal}{}", self.message)
    }
}

impl std::error::Error for Error {}

/// A problem of the document that did not stop generation: found by any
/// stage, reported with the [`crate::ir::Api`] it was found in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// Where it is: a JSON pointer into the document, or into `file`.
    pub pointer: String,
    /// The file the pointer is in, when it is not the document itself (a
    /// file the document refers to).
    pub file: Option<PathBuf>,
    /// What is wrong and what was done about it.
    pub message: String,
}

impl Warning {
    /// A warning at `pointer` of the document.
    pub fn new(pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Self { pointer: pointer.into(), file: None, message: message.into() }
    }

    /// `file: at pointer: message`, the file being the warning's own or else
    /// `document`.
    pub fn display(&self, document: &Path) -> String {
        match self.file {
            Some(_) => self.to_string(),
            None => format!("{}: {self}", document.display()),
        }
    }
}

/// `at pointer: message`, after `file: ` when the warning is in a file the
/// document refers to: the warning as it reads beside the document's name
/// (see [`Warning::display`]).
impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(file) = &self.file {
            write!(f, "{}: ", file.display())?;
        }
        write!(f, "at {}: {}", self.pointer, self.message)
    }
}

/// Builds JSON pointers (RFC 6901) one reference token at a time.
pub fn pointer_push(base: &str, token: &str) -> String {
    let mut out = String::with_capacity(base.len() + token.len() + 1);
    out.push_str(base);
    out.push('/');
    for c in token.chars() {
        match c {
            '~' => out.push_str("~0"),
            '/' => out.push_str("~1"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointers_escape_their_tokens() {
        let p = pointer_push(&pointer_push("", "paths"), "/api/{id}~x");
        assert_eq!(p, "/paths/~1api~1{id}~0x");
    }

    #[test]
    fn display_names_file_location_and_pointer() {
        let mut e = Error::new(Path::new("a.yaml"), "/paths", "bad");
        assert_eq!(e.to_string(), "a.yaml: at /paths: bad");
        e.location = Some((3, 7));
        e.pointer.clear();
        assert_eq!(e.to_string(), "a.yaml:3:7: at (document root): bad");
        let e = Error::internal(Path::new("a.yaml"), "the generated code does not parse");
        assert_eq!(e.to_string(), "a.yaml: at (document root): internal error: the generated code does not parse");
    }

    #[test]
    fn warnings_name_their_own_file_or_the_document() {
        let mut w = Warning::new("/paths", "odd");
        assert_eq!(w.to_string(), "at /paths: odd");
        assert_eq!(w.display(Path::new("a.yaml")), "a.yaml: at /paths: odd");
        w.file = Some("b.yaml".into());
        assert_eq!(w.to_string(), "b.yaml: at /paths: odd");
        assert_eq!(w.display(Path::new("a.yaml")), "b.yaml: at /paths: odd");
    }
}
