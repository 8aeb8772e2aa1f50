//! The database: one SQLite file (or memory, for tests), the schema of
//! every API, and the API keys that prove who calls.
//!
//! One connection behind a mutex: SQLite writes one transaction at a time
//! anyway, and serializing them here means no write is lost to a race.
//! Files use WAL, so a crash loses nothing committed.

use std::path::Path;
use std::sync::{Mutex, PoisonError};

use rusqlite::{Connection, OptionalExtension, Transaction, params};
use sha2::{Digest, Sha256};

use crate::error::Failure;

/// The database of the server.
#[derive(Debug)]
pub struct Store {
    connection: Mutex<Connection>,
}

/// What went wrong talking to the database: the request fails with 500,
/// and the cause goes to the log, not to the client.
pub type Result<T> = std::result::Result<T, rusqlite::Error>;

/// The tables every API keeps, created when missing.
const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS api_keys (
    digest TEXT PRIMARY KEY,
    api TEXT NOT NULL,
    subject TEXT NOT NULL,
    created TEXT NOT NULL
);
";

impl Store {
    /// Opens (creating if needed) the database at `path`, or one in memory.
    pub fn open(path: Option<&Path>) -> Result<Self> {
        let connection = match path {
            Some(path) => {
                let connection = Connection::open(path)?;
                connection.pragma_update(None, "journal_mode", "WAL")?;
                connection
            }
            None => Connection::open_in_memory()?,
        };
        connection.pragma_update(None, "foreign_keys", "ON")?;
        connection.pragma_update(None, "busy_timeout", 5000)?;
        connection.execute_batch(SCHEMA)?;
        for schema in crate::SCHEMAS {
            connection.execute_batch(schema)?;
        }
        Ok(Self { connection: Mutex::new(connection) })
    }

    /// Runs `work` in one transaction, committed if it returns `Ok`.
    pub fn transaction<T>(&self, work: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        let mut connection = self.connection.lock().unwrap_or_else(PoisonError::into_inner);
        let transaction = connection.transaction()?;
        let result = work(&transaction)?;
        transaction.commit()?;
        Ok(result)
    }

    /// [`Store::transaction`] for a request: a database failure is the
    /// method's error (500).
    pub fn run<T>(&self, work: impl FnOnce(&Transaction<'_>) -> Result<T>) -> std::result::Result<T, Failure> {
        Ok(self.transaction(work)?)
    }

    /// Whether any key was issued for `api`.
    pub fn has_keys(&self, api: &str) -> Result<bool> {
        self.transaction(|tx| tx.query_row("SELECT EXISTS (SELECT 1 FROM api_keys WHERE api = ?1)", params![api], |row| row.get(0)))
    }

    /// Who the key `secret` was issued to, for `api`.
    pub fn key_subject(&self, api: &str, secret: &str) -> Result<Option<String>> {
        self.transaction(|tx| {
            tx.query_row("SELECT subject FROM api_keys WHERE digest = ?1 AND api = ?2", params![digest(secret), api], |row| row.get(0))
                .optional()
        })
    }
}

/// Whether the query `sql` (`SELECT 1 FROM ... WHERE ...`) finds a row.
pub fn exists(tx: &Transaction<'_>, sql: &str, params: impl rusqlite::Params) -> Result<bool> {
    tx.query_row(&format!("SELECT EXISTS ({sql})"), params, |row| row.get(0))
}

/// Issues a new key for `subject` of `api`: the secret is returned once and
/// only its digest is kept.
pub fn issue_key(tx: &Transaction<'_>, api: &str, subject: &str) -> Result<String> {
    let secret = format!("{api}_{}{}", uuid::Uuid::new_v4().simple(), uuid::Uuid::new_v4().simple());
    tx.execute(
        "INSERT INTO api_keys (digest, api, subject, created) VALUES (?1, ?2, ?3, ?4)",
        params![digest(&secret), api, subject, now()],
    )?;
    Ok(secret)
}

fn digest(secret: &str) -> String {
    Sha256::digest(secret.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

/// The current time, as stored: RFC 3339 in UTC.
pub fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
}
