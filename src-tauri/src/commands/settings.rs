//! About the installation: where the data lives and which versions run.

use crate::error::CommandError;
use crate::state::{AppState, db_path};
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
}

/// Never fails, so the window can always explain a store that did not open.
#[tauri::command]
pub fn app_info(state: State<'_, AppState>) -> Result<AppInfo, CommandError> {
    Ok(AppInfo {
        data_dir: state.data_dir.display().to_string(),
        db_file: db_path(&state.data_dir).display().to_string(),
        version: env!("CARGO_PKG_VERSION").to_string(),
        schema_version: rightsdesk::store::SCHEMA_VERSION,
        store_error: state.open_error().cloned(),
    })
}
