//! Unlock, passphrase, backups and restore: the commands behind the unlock
//! screen and the "Security and backups" part of Settings.
//!
//! Passphrases arrive as strings and are moved straight into
//! [`Passphrase`], which wipes them from memory when dropped; they are never
//! logged or returned.

use crate::commands::files::SavedFile;
use crate::dialogs::{Filter, Purpose};
use crate::error::CommandError;
use crate::state::AppState;
use rightsdesk::ErrorCode;
use rightsdesk::api::{self, BackupInfo, KdfParams, Passphrase, RestoreReport, RewriteReport};
use std::path::{Path, PathBuf};
use tauri::{AppHandle, Runtime, State};

const DATABASE: Filter =
    Filter { name: "RightsDesk backup", extensions: &["sqlite3", "db", "sqlite", "bak"] };

fn passphrase(text: String) -> Result<Passphrase, CommandError> {
    Ok(Passphrase::new(text)?)
}

/// Opens an encrypted store with its passphrase. A wrong one changes nothing.
#[tauri::command]
pub async fn unlock_store(state: State<'_, AppState>, passphrase: String) -> Result<(), CommandError> {
    let p = self::passphrase(passphrase)?;
    state.unlock(Some(&p))
}

/// Turns encryption on for the open store; everything is kept. The report
/// names any copy in the data folder that could not be converted.
#[tauri::command]
pub async fn encrypt_store(
    state: State<'_, AppState>,
    passphrase: String,
) -> Result<RewriteReport, CommandError> {
    let p = self::passphrase(passphrase)?;
    p.check_strength()?;
    state.store()?; // only an open store can be encrypted
    state.with_store_closed(None, Some(&p), |db| Ok(api::encrypt_store(db, &p, KdfParams::default())?))
}

/// Re-encrypts the store under a new passphrase. The old one is checked first,
/// so a typo never closes the store. The report names any copy left unconverted.
#[tauri::command]
pub async fn change_passphrase(
    state: State<'_, AppState>,
    old: String,
    new: String,
) -> Result<RewriteReport, CommandError> {
    let (old, new) = (passphrase(old)?, passphrase(new)?);
    new.check_strength()?;
    state.store()?;
    api::check_passphrase(&state.db(), &old)?;
    state.with_store_closed(Some(&old), Some(&new), |db| {
        Ok(api::change_passphrase(db, &old, &new, KdfParams::default())?)
    })
}

/// The backups in the data folder, newest first.
#[tauri::command]
pub fn list_backups(state: State<'_, AppState>) -> Result<Vec<BackupInfo>, CommandError> {
    Ok(api::list_backups(&state.data_dir)?)
}

/// Asks where to save, then writes a consistent copy of the database there.
#[tauri::command]
pub async fn backup_store<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    title: String,
) -> Result<Option<SavedFile>, CommandError> {
    state.store()?;
    let name = format!("rightsdesk-backup-{}.sqlite3", state.now().today);
    let Some(path) = state.dialogs.save(&app, &title, &name, DATABASE) else { return Ok(None) };
    api::backup_store(&*state.store()?, &path)?;
    let bytes = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    Ok(Some(SavedFile { path: path.display().to_string(), bytes }))
}

/// Lets the user choose a backup file from elsewhere (a USB stick, another
/// machine). `None`: cancelled. Only a file picked here or one listed by
/// `list_backups` can be restored.
#[tauri::command]
pub async fn pick_backup_file<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    title: String,
) -> Result<Option<String>, CommandError> {
    let picked = state.dialogs.pick(&app, &title, DATABASE, false, Purpose::Backup);
    Ok(picked.first().map(|p| p.display().to_string()))
}

fn in_backups_folder(data_dir: &Path, file: &Path) -> bool {
    api::list_backups(data_dir).map(|all| all.iter().any(|b| b.path == file)).unwrap_or(false)
}

/// Replaces the database by a backup after checking it; the current database
/// is kept aside. Works also when the store failed to open (that is when it
/// is needed most). `passphrase` is the store's, when it is encrypted.
#[tauri::command]
pub async fn restore_backup(
    state: State<'_, AppState>,
    file: String,
    passphrase: Option<String>,
) -> Result<RestoreReport, CommandError> {
    let file = PathBuf::from(file);
    if !in_backups_folder(&state.data_dir, &file) {
        state.dialogs.check_picked(std::slice::from_ref(&file), Purpose::Backup)?;
    }
    let p = passphrase.map(self::passphrase).transpose()?;
    if let Some(p) = &p {
        api::check_passphrase(&state.db(), p).or_else(|e| match e.code() {
            // A store that is not encrypted (or whose key file is gone) needs no check.
            ErrorCode::StoreNotEncrypted => Ok(()),
            _ => Err(e),
        })?;
    }
    state.with_store_closed(p.as_ref(), p.as_ref(), |db| {
        Ok(api::restore_backup(db, &file, p.as_ref(), p.as_ref(), &state.now())?)
    })
}
