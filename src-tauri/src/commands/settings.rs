//! About the installation: where the data lives and which versions run.

use crate::error::CommandError;
use crate::state::{AppState, db_path};
use rightsdesk::clock::Now;
use serde::Serialize;
use tauri::State;

/// What the settings page and the start-up check show.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AppInfo {
    pub data_dir: String,
    pub db_file: String,
    pub version: String,
    /// The schema version this build writes.
    pub schema_version: i64,
    /// Why the database could not be opened, if it could not: the UI shows it
    /// instead of the screens, which would all fail with it.
    pub store_error: Option<CommandError>,
    /// Encrypted and waiting for the passphrase: the UI shows the unlock screen.
    pub locked: bool,
    /// The store has a passphrase.
    pub encrypted: bool,
    /// The newest automatic backup, offered when the store did not open.
    pub latest_backup: Option<String>,
}

/// Never fails, so the window can always explain a store that did not open.
#[tauri::command(async)]
pub fn app_info(state: State<'_, AppState>) -> Result<AppInfo, CommandError> {
    let status = rightsdesk::api::store_status(&db_path(&state.data_dir));
    Ok(AppInfo {
        data_dir: state.data_dir.display().to_string(),
        db_file: db_path(&state.data_dir).display().to_string(),
        version: env!("CARGO_PKG_VERSION").to_string(),
        schema_version: rightsdesk::store::SCHEMA_VERSION,
        store_error: state.open_error(),
        locked: state.is_locked(),
        encrypted: status.encrypted,
        latest_backup: status.latest_backup.map(|p| p.display().to_string()),
    })
}

/// Today's date and the moment, from the core's clock (the window never reads its own).
#[tauri::command(async)]
pub fn current_time(state: State<'_, AppState>) -> Result<Now, CommandError> {
    Ok(rightsdesk::api::current_time(&state.now()))
}

/// The user's own details for letters, from the store.
#[tauri::command(async)]
pub fn get_sender(state: State<'_, AppState>) -> Result<rightsdesk::letter::Sender, CommandError> {
    Ok(rightsdesk::api::get_sender(&*state.store()?)?)
}

/// Saves the user's own details for letters in the store; returns them as kept.
#[tauri::command(async)]
pub fn save_sender(
    state: State<'_, AppState>,
    sender: rightsdesk::letter::Sender,
) -> Result<rightsdesk::letter::Sender, CommandError> {
    Ok(rightsdesk::api::save_sender(&*state.store()?, &sender)?)
}
