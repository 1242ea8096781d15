//! The SQLite store: the only module that speaks SQL.
//!
//! One file per table (`holders.rs`, `accounts.rs`, `requests.rs`,
//! `events.rs`). Every multi-step write runs in one transaction. Attachments
//! are copied into `<data folder>/attachments/` under their SHA-256.

mod accounts;
mod error;
mod events;
mod holders;
mod migrations;
mod requests;

pub use error::StoreError;
pub use events::{NewEvent, VerifyProblem, VerifyReport};
pub use migrations::SCHEMA_VERSION;
pub use requests::NewRequest;

use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};

/// Largest attachment accepted (a long PDF or a big screenshot fits).
pub const MAX_ATTACHMENT_BYTES: u64 = 50 * 1024 * 1024;

/// File name of the database inside a data folder.
pub const DB_FILE_NAME: &str = "rightsdesk.sqlite3";

/// An open RightsDesk database plus its attachments folder.
pub struct Store {
    conn: Connection,
    attachments_dir: Option<PathBuf>,
}

impl Store {
    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    ///
    /// A file that is not a database, is corrupt, or was written by a newer
    /// RightsDesk is refused with a specific error and left untouched.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        if !dir.exists() {
            std::fs::create_dir_all(dir)
                .map_err(|source| StoreError::Io { path: dir.display().to_string(), source })?;
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(StoreError::from_sqlite)?;
        let mut store = Store { conn, attachments_dir: Some(dir.join("attachments")) };
        store.prepare(true)?;
        Ok(store)
    }

    /// A fresh in-memory store (tests, previews). Attachments are refused.
    pub fn open_in_memory() -> Result<Store, StoreError> {
        let conn = Connection::open_in_memory().map_err(StoreError::from_sqlite)?;
        let mut store = Store { conn, attachments_dir: None };
        store.prepare(false)?;
        Ok(store)
    }

    fn prepare(&mut self, file_backed: bool) -> Result<(), StoreError> {
        // Reading the schema first turns "not a database" into an error before anything is written.
        let _: i64 = self
            .conn
            .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))
            .map_err(StoreError::from_sqlite)?;
        self.conn.pragma_update(None, "foreign_keys", "ON").map_err(StoreError::from_sqlite)?;
        self.conn.busy_timeout(std::time::Duration::from_secs(5)).map_err(StoreError::from_sqlite)?;
        if file_backed {
            let mode: String = self
                .conn
                .query_row("PRAGMA journal_mode=WAL", [], |r| r.get(0))
                .map_err(StoreError::from_sqlite)?;
            if !mode.eq_ignore_ascii_case("wal") {
                return Err(StoreError::ReadOnly(format!("could not switch to WAL (journal mode {mode})")));
            }
            // FULL: a reply the user logged must survive a power cut, not only a crash.
            self.conn.pragma_update(None, "synchronous", "FULL").map_err(StoreError::from_sqlite)?;
        }
        migrations::migrate(&mut self.conn)
    }

    /// Where attachments are kept, if this store keeps files.
    pub fn attachments_dir(&self) -> Option<&Path> {
        self.attachments_dir.as_deref()
    }

    /// Runs SQLite's own consistency check; `Ok(())` when it says "ok".
    pub fn integrity_check(&self) -> Result<(), StoreError> {
        let result: String = self
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .map_err(StoreError::from_sqlite)?;
        if result == "ok" { Ok(()) } else { Err(StoreError::Corrupt(result)) }
    }

    /// A stored setting (language, reminder preferences …).
    pub fn get_setting(&self, key: &str) -> Result<Option<String>, StoreError> {
        use rusqlite::OptionalExtension;
        self.conn
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| r.get(0))
            .optional()
            .map_err(StoreError::from_sqlite)
    }

    pub fn set_setting(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.conn
            .execute(
                "INSERT INTO settings(key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, value],
            )
            .map(|_| ())
            .map_err(StoreError::from_sqlite)
    }

    /// Direct access for tests that must prove the schema's own guards (triggers, constraints).
    #[doc(hidden)]
    pub fn raw_connection(&self) -> &Connection {
        &self.conn
    }
}

/// Serialises a list for a JSON column.
fn to_json<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).expect("plain data always serialises")
}

/// Reads a JSON column, reporting the row if it was damaged.
fn from_json<T: serde::de::DeserializeOwned>(col: &str, raw: &str) -> rusqlite::Result<T> {
    serde_json::from_str(raw).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(
            0,
            rusqlite::types::Type::Text,
            format!("{col}: {e}").into(),
        )
    })
}

/// Reads a kebab-case enum column through serde.
fn enum_from_sql<T: serde::de::DeserializeOwned>(col: &str, raw: &str) -> rusqlite::Result<T> {
    from_json(col, &serde_json::to_string(raw).expect("string"))
}

/// Writes an enum as its serde (kebab-case) text.
fn enum_to_sql<T: serde::Serialize>(v: &T) -> String {
    match serde_json::to_value(v).expect("enum serialises") {
        serde_json::Value::String(s) => s,
        other => other.to_string(),
    }
}
