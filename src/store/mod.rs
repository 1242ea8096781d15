//! The SQLite store: the only module that speaks SQL.
//!
//! One file per table (`holders.rs`, `accounts.rs`, `requests.rs`,
//! `events.rs`). Every multi-step write runs in one transaction. Attachments
//! are copied into `<data folder>/attachments/` under their SHA-256.
//!
//! Safety lives here too: encryption at rest (`crypto.rs`: SQLCipher for the
//! database, sealed attachment files, Argon2id keys), backups, restore,
//! re-keying and the crash-safe swap of whole stores (`safety.rs`), and
//! whole-store archives (`archive.rs`).

mod accounts;
mod archive;
mod chain_heads;
mod crypto;
mod error;
mod events;
mod holder_attachments;
mod holders;
mod migrations;
mod pack_location;
mod permissions;
mod requests;
mod safety;
mod settings;
mod timestamps;

pub use archive::{ArchiveSummary, check_archive, import_archive};
pub use chain_heads::{RecordCheck, RecordParts, StoredHead};
pub use crypto::{KdfParams, KeyInfo, MIN_PASSPHRASE_CHARS, Passphrase, key_info_path};
pub use error::StoreError;
pub use events::{NewEvent, VerifyProblem, VerifyReport};
pub use holder_attachments::{HolderAttachment, NewHolderAttachment};
pub use migrations::SCHEMA_VERSION;
pub use pack_location::StoredPackLocation;
pub use permissions::make_new_files_private;
pub use requests::NewRequest;
pub use safety::{
    BACKUPS_DIR, BackupInfo, BackupKind, DAILY_BACKUPS_KEPT, LeftCopy, LeftReason, RestoreReport,
    RewriteReport, latest_backup, list_backups, restore_database, rewrite_store,
};
pub use settings::MAX_SETTING_BYTES;
pub use timestamps::{NewTimestamp, StoredTimestamp, TimestampCheck};

use crypto::StoreKeys;
use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Largest attachment accepted (a long PDF or a big screenshot fits).
pub const MAX_ATTACHMENT_BYTES: u64 = 50 * 1024 * 1024;

/// File name of the database inside a data folder.
pub const DB_FILE_NAME: &str = "rightsdesk.sqlite3";

/// An open RightsDesk database plus its attachments folder.
pub struct Store {
    conn: Connection,
    attachments_dir: Option<PathBuf>,
    /// The database file, for backups (`None` in memory).
    path: Option<PathBuf>,
    /// Set when the store is encrypted: the keys and the key file they came from.
    keys: Option<Arc<StoreKeys>>,
    key_info: Option<KeyInfo>,
}

/// How [`Store::open_with_options`] opens a store.
#[derive(Debug, Clone, Default)]
pub struct StoreOptions {
    /// Open without writing anything (no upgrade, no WAL switch); every write then
    /// fails with [`StoreError::ReadOnly`] before any file is touched.
    pub read_only: bool,
    /// Argon2id cost for a store created encrypted by this call (default 64 MiB, t=3).
    pub kdf: KdfParams,
}

impl Store {
    /// Opens (creating if needed) the unencrypted database at `path` and brings
    /// its schema up to date. An encrypted store is refused with `Locked`.
    ///
    /// A file that is not a database, is corrupt, or was written by a newer
    /// RightsDesk is refused with a specific error and left untouched.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        Store::open_with(path, None)
    }

    /// Opens the store at `path`, unlocking it with `passphrase` if it is encrypted.
    ///
    /// With a passphrase and no store yet, creates an encrypted store. A wrong
    /// passphrase gives `WrongPassphrase` and never touches the files; an
    /// encrypted store without one gives `Locked`; a passphrase for a plain store
    /// gives `NotEncrypted`. Before a schema upgrade, a backup is written to
    /// `<folder>/backups/`.
    pub fn open_with(path: &Path, passphrase: Option<&Passphrase>) -> Result<Store, StoreError> {
        Store::open_with_options(path, passphrase, &StoreOptions::default())
    }

    /// [`Store::open_with`] with options (read-only, KDF cost for a new encrypted store).
    pub fn open_with_options(
        path: &Path,
        passphrase: Option<&Passphrase>,
        options: &StoreOptions,
    ) -> Result<Store, StoreError> {
        if options.read_only {
            if safety::swap_journal_path(path).exists() {
                return Err(StoreError::ReadOnly(
                    "an interrupted encryption, restore or import must be undone first; open the store normally once"
                        .into(),
                ));
            }
        } else {
            safety::recover_interrupted_swap(path)?;
        }
        Store::open_unrecovered(path, passphrase, options)
    }

    /// Opens without looking for an interrupted swap (the swap itself uses this).
    pub(super) fn open_unrecovered(
        path: &Path,
        passphrase: Option<&Passphrase>,
        options: &StoreOptions,
    ) -> Result<Store, StoreError> {
        let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        if !dir.exists() && !options.read_only {
            std::fs::create_dir_all(dir)
                .map_err(|source| StoreError::Io { path: dir.display().to_string(), source })?;
        }
        let key_path = crypto::key_info_path(path);
        let existing = std::fs::metadata(path).map(|m| m.len() > 0).unwrap_or(false);
        let (key_info, keys) = match (KeyInfo::read(&key_path)?, passphrase) {
            (Some(info), Some(p)) => {
                let keys = info.unlock(p)?;
                (Some(info), Some(keys))
            }
            (Some(_), None) => return Err(StoreError::Locked),
            (None, Some(p)) if !existing && !options.read_only => {
                p.check_strength()?;
                let (info, keys) = KeyInfo::create(p, options.kdf)?;
                // The key file first: a database without its key file could never be opened.
                info.write(&key_path)?;
                (Some(info), Some(keys))
            }
            (None, Some(_)) => return Err(StoreError::NotEncrypted),
            (None, None) => (None, None),
        };
        let mut flags = OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI;
        flags |= if options.read_only {
            OpenFlags::SQLITE_OPEN_READ_ONLY
        } else {
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE
        };
        let conn = Connection::open_with_flags(path, flags).map_err(StoreError::from_sqlite)?;
        let mut store = Store {
            conn,
            attachments_dir: Some(dir.join("attachments")),
            path: Some(path.to_path_buf()),
            keys: keys.map(Arc::new),
            key_info,
        };
        store.apply_key()?;
        store.prepare(true, options.read_only).map_err(|e| match e {
            StoreError::NotADatabase(m) if store.keys.is_some() => {
                // The passphrase was proven right by the key file, so this is damage.
                StoreError::Corrupt(format!("the encrypted file fails its integrity check ({m})"))
            }
            StoreError::NotADatabase(m) if existing && !safety::has_plain_header(path) => {
                StoreError::NotADatabase(format!(
                    "{m} (if this is an encrypted RightsDesk store, its key file {} is missing)",
                    key_path.display()
                ))
            }
            other => other,
        })?;
        if !options.read_only {
            // A store from an older RightsDesk may have been created 0644/0755.
            permissions::tighten(
                path,
                &[&key_path, &dir.join("attachments"), &dir.join(safety::BACKUPS_DIR)],
            )
            .map_err(|source| StoreError::Io { path: path.display().to_string(), source })?;
            // An encrypted store from before issue #17 named its files by the plaintext hash.
            store.rename_legacy_blobs()?;
        }
        Ok(store)
    }

    /// A fresh in-memory store (tests, previews). Attachments are refused.
    pub fn open_in_memory() -> Result<Store, StoreError> {
        let conn = Connection::open_in_memory().map_err(StoreError::from_sqlite)?;
        let mut store = Store { conn, attachments_dir: None, path: None, keys: None, key_info: None };
        store.prepare(false, false)?;
        Ok(store)
    }

    /// SQLCipher needs the key before anything else reads the file.
    fn apply_key(&self) -> Result<(), StoreError> {
        // Silences SQLCipher's own stderr lines on a failed page check; errors still come back.
        self.conn.pragma_update(None, "cipher_log_level", "NONE").map_err(StoreError::from_sqlite)?;
        if let Some(keys) = &self.keys {
            safety::key_connection(&self.conn, "main", Some(keys))?;
        }
        Ok(())
    }

    fn prepare(&mut self, file_backed: bool, read_only: bool) -> Result<(), StoreError> {
        // Reading the schema first turns "not a database" into an error before anything is written.
        let _: i64 = self
            .conn
            .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))
            .map_err(StoreError::from_sqlite)?;
        self.conn.pragma_update(None, "foreign_keys", "ON").map_err(StoreError::from_sqlite)?;
        self.conn.busy_timeout(std::time::Duration::from_secs(5)).map_err(StoreError::from_sqlite)?;
        if file_backed {
            // A truncated or damaged file is refused here, before any write.
            let check: String = self
                .conn
                .query_row("PRAGMA quick_check", [], |r| r.get(0))
                .map_err(StoreError::from_sqlite)?;
            if check != "ok" {
                return Err(StoreError::Corrupt(check));
            }
        }
        let found: i64 =
            self.conn.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(StoreError::from_sqlite)?;
        if read_only {
            if found > SCHEMA_VERSION {
                return Err(StoreError::NewerSchema { found, supported: SCHEMA_VERSION });
            }
            if found < SCHEMA_VERSION {
                return Err(StoreError::ReadOnly(format!(
                    "the store (schema {found}) needs an upgrade to {SCHEMA_VERSION}, which a read-only open cannot do"
                )));
            }
            return Ok(());
        }
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
            if found > 0 && found < SCHEMA_VERSION {
                // Always keep a copy of the old schema before changing it.
                self.backup_before_migration(found)?;
            }
        }
        migrations::migrate(&mut self.conn)
    }

    /// Whether the store is encrypted at rest.
    pub fn is_encrypted(&self) -> bool {
        self.keys.is_some()
    }

    /// The database file (`None` for an in-memory store).
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
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

    /// Runs `f` in one transaction: everything it wrote is kept if it returns
    /// `Ok`, and nothing is if it returns `Err` (or the commit fails).
    pub fn with_transaction<T, E: From<StoreError>>(
        &mut self,
        f: impl FnOnce(&Store) -> Result<T, E>,
    ) -> Result<T, E> {
        // rusqlite's Transaction rolls back when dropped: on an error from `f`, a
        // failed COMMIT, and a panic inside `f` (which must not leave the
        // connection inside a transaction whose later writes would be lost).
        let tx = rusqlite::Transaction::new_unchecked(&self.conn, rusqlite::TransactionBehavior::Immediate)
            .map_err(StoreError::from_sqlite)?;
        let value = f(self)?;
        tx.commit().map_err(StoreError::from_sqlite)?;
        Ok(value)
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
