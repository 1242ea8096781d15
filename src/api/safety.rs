//! Keeping the user's data safe: unlock, encryption, passphrase change,
//! backups, restore and whole-store archives.
//!
//! Functions that replace files (`encrypt_store`, `change_passphrase`,
//! `restore_backup`, `import_archive`) take the database path and need every
//! [`Store`] on it to be closed first (drop it; reopen with [`open_store`]
//! afterwards). Each either finishes completely or leaves the store exactly as
//! it was, also across a crash: the next [`open_store`] undoes a half-done swap.

use crate::clock::Now;
use crate::error::Result;
use crate::store::{self, Store, StoreError, StoreOptions};
use serde::Serialize;
use std::path::{Path, PathBuf};

pub use crate::store::{
    ArchiveSummary, BackupInfo, BackupKind, KdfParams, LeftCopy, LeftReason, MIN_PASSPHRASE_CHARS,
    Passphrase, RestoreReport, RewriteReport,
};

/// What the shell needs to know before opening: whether to show the unlock screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct StoreStatus {
    /// A database file exists at the path.
    pub exists: bool,
    /// It is encrypted (a passphrase is needed to open it).
    pub encrypted: bool,
    /// The newest backup, to offer if opening fails.
    pub latest_backup: Option<PathBuf>,
}

/// Looks at the files only (no key derivation, nothing opened or written).
pub fn store_status(db: &Path) -> StoreStatus {
    StoreStatus {
        exists: db.exists(),
        encrypted: store::key_info_path(db).exists(),
        latest_backup: latest_backup(&data_dir(db)),
    }
}

fn data_dir(db: &Path) -> PathBuf {
    db.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new(".")).to_path_buf()
}

fn stamp(now: &Now) -> String {
    now.instant.format("%Y%m%dT%H%M%SZ").to_string()
}

/// Opens (unlocks) the store: undoes an interrupted swap, opens with the
/// passphrase if the store is encrypted, upgrades the schema (after a backup),
/// and makes the day's automatic backup on the first open of `now.today`.
///
/// Errors the unlock screen should handle: `store-locked` (ask for the
/// passphrase), `store-wrong-passphrase` (ask again; nothing was changed),
/// `store-corrupt` / `store-not-a-database` / `store-newer-schema` (offer
/// [`latest_backup`]).
pub fn open_store(db: &Path, passphrase: Option<&Passphrase>, now: &Now) -> Result<Store> {
    let store = Store::open_with(db, passphrase)?;
    store.auto_backup(now.today)?;
    Ok(store)
}

/// Opens without writing anything (no upgrade, no backup); every write then fails
/// with `store-read-only`.
pub fn open_store_read_only(db: &Path, passphrase: Option<&Passphrase>) -> Result<Store> {
    Ok(Store::open_with_options(db, passphrase, &StoreOptions { read_only: true, ..Default::default() })?)
}

/// Turns encryption on for a plain store (creating an empty encrypted store if
/// there is none). Everything is kept: rows, the hash chains, attachments
/// (sealed), and the automatic backups (re-written encrypted). Close the store first.
pub fn encrypt_store(db: &Path, passphrase: &Passphrase, kdf: KdfParams) -> Result<RewriteReport> {
    if store::key_info_path(db).exists() {
        return Err(StoreError::AlreadyEncrypted.into());
    }
    Ok(store::rewrite_store(db, None, Some(passphrase), &StoreOptions { read_only: false, kdf })?)
}

/// Changes the passphrase: new salt, new keys; the database, the attachments and
/// the backups are re-encrypted. A wrong `old` passphrase changes nothing.
pub fn change_passphrase(
    db: &Path,
    old: &Passphrase,
    new: &Passphrase,
    kdf: KdfParams,
) -> Result<RewriteReport> {
    if !store::key_info_path(db).exists() {
        return Err(StoreError::NotEncrypted.into());
    }
    Ok(store::rewrite_store(db, Some(old), Some(new), &StoreOptions { read_only: false, kdf })?)
}

/// Checks `passphrase` against the store's key file without opening or
/// changing anything: `store-wrong-passphrase` if it does not fit,
/// `store-not-encrypted` if the store has no passphrase.
pub fn check_passphrase(db: &Path, passphrase: &Passphrase) -> Result<()> {
    let info = store::KeyInfo::read(&store::key_info_path(db))?.ok_or(StoreError::NotEncrypted)?;
    info.unlock(passphrase)?;
    Ok(())
}

/// Turns encryption off again (everything decrypted, backups too).
pub fn decrypt_store(db: &Path, passphrase: &Passphrase) -> Result<RewriteReport> {
    if !store::key_info_path(db).exists() {
        return Err(StoreError::NotEncrypted.into());
    }
    Ok(store::rewrite_store(db, Some(passphrase), None, &StoreOptions::default())?)
}

/// Writes a consistent copy of the database to `out` (same encryption; an
/// encrypted copy gets `<out stem>.keyinfo` beside it). Attachments are not in
/// it: use [`export_archive`] for everything in one file.
pub fn backup_store(store: &Store, out: &Path) -> Result<()> {
    Ok(store.backup_to(out)?)
}

/// Replaces the database by the backup `file`, which is checked first
/// (integrity, schema version, hash chains); the current database is kept in
/// `backups/before-restore-<time>/`. `file_passphrase` is needed only when
/// the backup was made under another passphrase. Close the store first.
pub fn restore_backup(
    db: &Path,
    file: &Path,
    passphrase: Option<&Passphrase>,
    file_passphrase: Option<&Passphrase>,
    now: &Now,
) -> Result<RestoreReport> {
    Ok(store::restore_database(db, file, file_passphrase, passphrase, &stamp(now))?)
}

/// Writes the whole store (database, key file, attachments) to one archive file.
pub fn export_archive(store: &Store, out: &Path, now: &Now) -> Result<ArchiveSummary> {
    Ok(store.export_archive(out, &now.stamp())?)
}

/// Replaces the whole store by an archive's contents, after checking them; the
/// current store is kept in `backups/before-import-<time>/`. An encrypted
/// archive needs the passphrase it was made with. Close the store first.
pub fn import_archive(
    db: &Path,
    archive: &Path,
    passphrase: Option<&Passphrase>,
    now: &Now,
) -> Result<ArchiveSummary> {
    Ok(store::import_archive(db, archive, passphrase, &stamp(now))?)
}

/// The newest backup in `<data_dir>/backups/`, if any.
pub fn latest_backup(data_dir: &Path) -> Option<PathBuf> {
    store::latest_backup(data_dir)
}

/// Every backup in `<data_dir>/backups/`, newest first.
pub fn list_backups(data_dir: &Path) -> Result<Vec<BackupInfo>> {
    Ok(store::list_backups(data_dir)?)
}
