//! What can go wrong with the database, in terms a person can act on.

use crate::error::ErrorCode;

/// A store operation failed.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The file exists but is not a SQLite database (or is encrypted with another key).
    #[error("the file is not a RightsDesk database: {0}")]
    NotADatabase(String),
    /// SQLite found damage in the file.
    #[error("the database file is damaged: {0}")]
    Corrupt(String),
    /// The database was written by a newer RightsDesk.
    #[error(
        "the database has schema version {found}, but this RightsDesk only knows up to {supported}; update RightsDesk"
    )]
    NewerSchema { found: i64, supported: i64 },
    /// A migration failed; the store was left at its previous version.
    #[error("upgrading the database to version {version} failed: {message}")]
    Migration { version: i64, message: String },
    /// The folder or file cannot be written.
    #[error("the database cannot be written (read-only folder or file): {0}")]
    ReadOnly(String),
    /// The disk is full.
    #[error("the disk is full; nothing was saved: {0}")]
    DiskFull(String),
    /// Another program holds the database.
    #[error("the database is in use by another program: {0}")]
    Busy(String),
    /// Something tried to change the append-only history.
    #[error("the history of a request can only grow: {0}")]
    AppendOnly(String),
    /// A file in the data folder could not be read or written.
    #[error("{path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    /// The store is encrypted and no passphrase was given.
    #[error("the store is encrypted; enter its passphrase to open it")]
    Locked,
    /// The passphrase does not unlock this store. Nothing was changed.
    #[error("wrong passphrase; the store was not changed")]
    WrongPassphrase,
    /// A passphrase was given for a store that is not encrypted.
    #[error("the store is not encrypted; turn encryption on first (`rightsdesk encrypt`)")]
    NotEncrypted,
    /// Encryption was asked for a store that already has it.
    #[error("the store is already encrypted; change its passphrase instead")]
    AlreadyEncrypted,
    /// The new passphrase is too short to protect anything.
    #[error("the passphrase is too short: use at least {min} characters")]
    PassphraseTooShort { min: usize },
    /// The passphrase is implausibly long (a whole file was given?).
    #[error("the passphrase is longer than {max} bytes")]
    PassphraseTooLong { max: usize },
    /// The key file beside an encrypted store is missing parts or damaged.
    #[error("the store's key file is damaged: {0}")]
    KeyInfo(String),
    /// Encrypted data did not decrypt (changed on disk, or another key).
    #[error("encrypted data could not be read: {0}")]
    Crypto(String),
    /// A backup or archive was refused before anything was replaced.
    #[error("{path} was refused and the current store left as it was: {source}")]
    BackupRefused {
        path: String,
        #[source]
        source: Box<StoreError>,
    },
    /// An archive file is not a RightsDesk archive or is damaged.
    #[error("not a usable RightsDesk archive: {0}")]
    Archive(String),
    /// Any other SQLite error.
    #[error("database error: {0}")]
    Sqlite(#[source] rusqlite::Error),
}

impl StoreError {
    /// Classifies a SQLite error by its primary result code.
    pub fn from_sqlite(e: rusqlite::Error) -> StoreError {
        use rusqlite::ErrorCode as C;
        let text = e.to_string();
        if text.contains("append-only") {
            return StoreError::AppendOnly(text);
        }
        if let rusqlite::Error::SqliteFailure(f, _) = &e
            && [
                rusqlite::ffi::SQLITE_IOERR_WRITE,
                rusqlite::ffi::SQLITE_IOERR_FSYNC,
                rusqlite::ffi::SQLITE_IOERR_TRUNCATE,
            ]
            .contains(&f.extended_code)
        {
            // A short or refused write: a full disk or a file-size limit, in practice.
            return StoreError::DiskFull(format!("{text} (writing to the disk failed)"));
        }
        match e.sqlite_error_code() {
            Some(C::NotADatabase) => StoreError::NotADatabase(text),
            Some(C::DatabaseCorrupt) => StoreError::Corrupt(text),
            Some(C::ReadOnly) | Some(C::CannotOpen) | Some(C::PermissionDenied) => StoreError::ReadOnly(text),
            Some(C::DiskFull) => StoreError::DiskFull(text),
            Some(C::DatabaseBusy) | Some(C::DatabaseLocked) => StoreError::Busy(text),
            _ => StoreError::Sqlite(e),
        }
    }

    pub fn code(&self) -> ErrorCode {
        match self {
            Self::NotADatabase(_) => ErrorCode::StoreNotADatabase,
            Self::Corrupt(_) => ErrorCode::StoreCorrupt,
            Self::NewerSchema { .. } => ErrorCode::StoreNewerSchema,
            Self::ReadOnly(_) => ErrorCode::StoreReadOnly,
            Self::DiskFull(_) => ErrorCode::StoreDiskFull,
            Self::Busy(_) => ErrorCode::StoreBusy,
            Self::AppendOnly(_) => ErrorCode::AppendOnly,
            Self::Locked => ErrorCode::StoreLocked,
            Self::WrongPassphrase => ErrorCode::StoreWrongPassphrase,
            Self::NotEncrypted => ErrorCode::StoreNotEncrypted,
            Self::AlreadyEncrypted => ErrorCode::StoreAlreadyEncrypted,
            Self::PassphraseTooShort { .. } => ErrorCode::PassphraseTooShort,
            Self::PassphraseTooLong { .. } => ErrorCode::InvalidInput,
            Self::KeyInfo(_) => ErrorCode::StoreKeyInfoDamaged,
            Self::Crypto(_) => ErrorCode::StoreCorrupt,
            Self::BackupRefused { .. } => ErrorCode::BackupRefused,
            Self::Archive(_) => ErrorCode::ArchiveInvalid,
            Self::Io { source, .. }
                if matches!(
                    source.kind(),
                    std::io::ErrorKind::StorageFull | std::io::ErrorKind::FileTooLarge
                ) && source.raw_os_error().is_some() =>
            {
                ErrorCode::StoreDiskFull
            }
            Self::Io { source, .. } if source.kind() == std::io::ErrorKind::PermissionDenied => {
                ErrorCode::StoreReadOnly
            }
            Self::Io { .. } | Self::Migration { .. } | Self::Sqlite(_) => ErrorCode::StoreIo,
        }
    }
}
