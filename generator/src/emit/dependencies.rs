//! The crates a generated crate depends on, and the one table of the
//! versions it asks for.

use super::RuntimeDependency;

/// A crate generated code names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Dependency {
    /// `chrono`: `date-time` and `date`.
    Chrono,
    /// `oapi-axum-runtime`: everything at run time.
    Runtime,
    /// `serde`: every model type.
    Serde,
    /// `serde_json`: untyped values and read errors.
    SerdeJson,
    /// `tokio`: the serving example of the crate's documentation (a
    /// development dependency).
    Tokio,
    /// `uuid`: `format: uuid`.
    Uuid,
}

impl Dependency {
    /// The crate whose name starts `path` (`serde_json::Value`), if generated
    /// code depends on it; `std` and the crate's own paths are no
    /// dependency.
    pub(super) fn of_path(path: &str) -> Option<Self> {
        match path.split("::").next().unwrap_or(path) {
            "chrono" => Some(Self::Chrono),
            "oapi_axum_runtime" => Some(Self::Runtime),
            "serde" => Some(Self::Serde),
            "serde_json" => Some(Self::SerdeJson),
            "tokio" => Some(Self::Tokio),
            "uuid" => Some(Self::Uuid),
            _ => None,
        }
    }

    /// The package's name, as a manifest lists it.
    pub fn package(self) -> &'static str {
        match self {
            Self::Chrono => "chrono",
            Self::Runtime => "oapi-axum-runtime",
            Self::Serde => "serde",
            Self::SerdeJson => "serde_json",
            Self::Tokio => "tokio",
            Self::Uuid => "uuid",
        }
    }

    /// `package = requirement`, as a manifest lists it: the version (or
    /// the runtime's path) and the features of the one table, and `more`
    /// features.
    pub(super) fn manifest_line(self, runtime: &RuntimeDependency, more: &[&str]) -> String {
        let mut parts = vec![match (self, runtime) {
            (Self::Runtime, RuntimeDependency::Path(path)) => format!("path = {}", quoted(path)),
            (Self::Runtime, RuntimeDependency::Version(version)) => format!("version = {}", quoted(version)),
            (other, _) => format!("version = {}", quoted(other.version())),
        }];
        if self == Self::Chrono {
            parts.push("default-features = false".to_owned());
        }
        let features: Vec<String> = self.features().iter().chain(more).map(|f| quoted(f)).collect();
        if !features.is_empty() {
            parts.push(format!("features = [{}]", features.join(", ")));
        }
        match (self, runtime, parts.as_slice()) {
            // A version alone is written as it is.
            (Self::Runtime, RuntimeDependency::Version(version), [_]) => format!("{} = {}", self.package(), quoted(version)),
            (_, _, [_]) if self != Self::Runtime => format!("{} = {}", self.package(), quoted(self.version())),
            _ => format!("{} = {{ {} }}", self.package(), parts.join(", ")),
        }
    }

    /// The version asked for: the one table.
    fn version(self) -> &'static str {
        match self {
            Self::Chrono => "0.4.42",
            Self::Runtime => env!("CARGO_PKG_VERSION"),
            Self::Serde => "1.0.228",
            Self::SerdeJson => "1.0.145",
            Self::Tokio => "1.48",
            Self::Uuid => "1.18",
        }
    }

    /// The features asked for.
    fn features(self) -> &'static [&'static str] {
        match self {
            Self::Chrono => &["serde", "std"],
            Self::Serde => &["derive"],
            Self::Uuid => &["serde"],
            Self::Tokio => &["macros", "net", "rt-multi-thread"],
            Self::Runtime | Self::SerdeJson => &[],
        }
    }
}

/// A TOML basic string.
fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
