//! The configuration file, `oapi-axum.toml` beside the document (or the
//! file `--config` names): the names a user gives operations and schemas
//! without editing the document, and the body limits of operations.
//!
//! ```toml
//! [operations]
//! # by operationId, or "GET /path" for an operation without one
//! list_organizations_endpoint_organizations_get = "list_organizations"
//!
//! [schemas]
//! app__schemas__Tenant = "Tenant"
//!
//! [body_limits]
//! # by operationId: the most bytes its request body may have
//! upload_file = "200 MiB"
//!
//! [streamed_bodies]
//! # by operationId: a body of octets or multipart read as it arrives, not whole
//! upload_file = true
//! ```

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::error::Error;
use crate::ir::Config;

/// The file name looked for beside a document.
pub const FILE_NAME: &str = "oapi-axum.toml";

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    operations: BTreeMap<String, String>,
    #[serde(default)]
    schemas: BTreeMap<String, String>,
    #[serde(default)]
    body_limits: BTreeMap<String, Size>,
    #[serde(default)]
    streamed_bodies: BTreeMap<String, bool>,
}

/// A number of bytes: `209715200`, or with a unit, `"200 MiB"`, `"64 KiB"`,
/// `"1 GB"`.
#[derive(Debug, Clone, Copy)]
struct Size(usize);

impl<'de> Deserialize<'de> for Size {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Written {
            Bytes(usize),
            Text(String),
        }
        match Written::deserialize(deserializer)? {
            Written::Bytes(bytes) => Ok(Size(bytes)),
            Written::Text(text) => parse_size(&text).map(Size).ok_or_else(|| {
                serde::de::Error::custom(format!("`{text}` is not a size: a number of bytes, or one with B, KB, KiB, MB, MiB, GB or GiB"))
            }),
        }
    }
}

/// `"200 MiB"` in bytes.
fn parse_size(text: &str) -> Option<usize> {
    let text = text.trim();
    let split = text.find(|c: char| !c.is_ascii_digit()).unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let number: usize = number.parse().ok()?;
    let factor: usize = match unit.trim() {
        "" | "B" => 1,
        "KB" | "kB" => 1_000,
        "KiB" => 1 << 10,
        "MB" => 1_000_000,
        "MiB" => 1 << 20,
        "GB" => 1_000_000_000,
        "GiB" => 1 << 30,
        _ => return None,
    };
    number.checked_mul(factor)
}

/// The configuration of the document at `spec`: that of `explicit` if given
/// (which must exist), else of `oapi-axum.toml` beside the document if
/// there is one, else none.
pub fn read(spec: &Path, explicit: Option<&Path>) -> Result<Config, Error> {
    let path: PathBuf = match explicit {
        Some(path) => path.to_path_buf(),
        None => {
            let beside = spec.with_file_name(FILE_NAME);
            if !beside.is_file() {
                return Ok(Config::default());
            }
            beside
        }
    };
    let text = std::fs::read_to_string(&path).map_err(|e| Error::new(&path, "", format!("cannot read the file: {e}")))?;
    let file: File = toml::from_str(&text).map_err(|e| {
        let mut error = Error::new(&path, "", format!("not a configuration of oapi-axum: {}", e.message()));
        if let Some(span) = e.span() {
            let before = &text[..span.start.min(text.len())];
            let line = before.matches('\n').count() + 1;
            let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            error.location = Some((line, column));
        }
        error
    })?;
    let body_limits = file.body_limits.into_iter().map(|(operation, Size(bytes))| (operation, bytes)).collect();
    let streamed_bodies = file.streamed_bodies.into_iter().filter(|(_, streamed)| *streamed).map(|(operation, _)| operation).collect();
    Ok(Config { file: Some(path), operations: file.operations, schemas: file.schemas, body_limits, streamed_bodies })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_file_and_names_bad_keys() {
        let dir = std::env::temp_dir().join(format!("oapi-axum-config-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("a scratch directory");
        let spec = dir.join("api.yaml");
        assert_eq!(read(&spec, None).expect("no file is no config"), Config::default());
        std::fs::write(dir.join(FILE_NAME), "[operations]\nlistOrgs = \"list\"\n[schemas]\nOrg_v2 = \"Org\"\n").expect("written");
        let found = read(&spec, None).expect("reads");
        assert_eq!(found.operations.get("listOrgs").map(String::as_str), Some("list"));
        assert_eq!(found.schemas.get("Org_v2").map(String::as_str), Some("Org"));
        std::fs::write(dir.join(FILE_NAME), "[body_limits]\nupload = \"200 MiB\"\nsmall = 4096\n").expect("written");
        let found = read(&spec, None).expect("reads");
        assert_eq!(found.body_limits.get("upload"), Some(&(200 << 20)));
        assert_eq!(found.body_limits.get("small"), Some(&4096));
        std::fs::write(dir.join(FILE_NAME), "[body_limits]\nupload = \"lots\"\n").expect("written");
        let error = read(&spec, None).expect_err("not a size");
        assert!(error.message.contains("`lots` is not a size"), "{error}");
        std::fs::write(dir.join(FILE_NAME), "[operation]\nlistOrgs = \"list\"\n").expect("written");
        let error = read(&spec, None).expect_err("an unknown table");
        assert!(error.message.contains("unknown field `operation`"), "{error}");
        assert_eq!(error.location.map(|(line, _)| line), Some(1), "{error}");
        assert!(read(&spec, Some(&dir.join("missing.toml"))).is_err());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
