//! What the shell keeps between commands: the open store, or why it could not be opened.
//!
//! Opening can fail (a damaged file, a database from a newer RightsDesk, a
//! read-only folder). The window must still come up and say so, so the
//! failure is kept here and every command that needs the store returns it.

use crate::error::CommandError;
use rightsdesk::store::DB_FILE_NAME;
use rightsdesk::{ErrorCode, Store};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

/// Overrides the data folder (tests, a portable copy, a second profile).
pub const DATA_DIR_ENV: &str = "RIGHTSDESK_DATA_DIR";

pub struct AppState {
    /// The folder that holds the database and the attachments.
    pub data_dir: PathBuf,
    /// The open store, or the error opening it gave.
    pub store: Result<Mutex<Store>, CommandError>,
}

impl AppState {
    /// Opens (or creates) the database in `data_dir`; a failure is kept, not raised.
    pub fn open(data_dir: PathBuf) -> AppState {
        let store = Store::open(&db_path(&data_dir)).map(Mutex::new).map_err(CommandError::from);
        AppState { data_dir, store }
    }

    /// The store, locked for one command.
    pub fn store(&self) -> Result<MutexGuard<'_, Store>, CommandError> {
        let store = self.store.as_ref().map_err(Clone::clone)?;
        // A panic in an earlier command poisons the lock, but SQLite rolled back
        // whatever that command had not committed, so the store is still sound.
        Ok(store.lock().unwrap_or_else(|poisoned| poisoned.into_inner()))
    }

    /// Why the store could not be opened, if it could not.
    pub fn open_error(&self) -> Option<&CommandError> {
        self.store.as_ref().err()
    }
}

/// The database file inside a data folder.
pub fn db_path(data_dir: &Path) -> PathBuf {
    data_dir.join(DB_FILE_NAME)
}

/// `RIGHTSDESK_DATA_DIR` when set and not empty, otherwise the OS's app-data folder.
pub fn resolve_data_dir(os_app_data: Result<PathBuf, tauri::Error>) -> Result<PathBuf, CommandError> {
    match std::env::var_os(DATA_DIR_ENV) {
        Some(dir) if !dir.is_empty() => Ok(PathBuf::from(dir)),
        _ => os_app_data.map_err(|e| {
            CommandError::new(ErrorCode::StoreIo, format!("cannot find the app data folder: {e}"))
        }),
    }
}

impl AppState {
    /// A state whose store could not even be located.
    pub fn failed(data_dir: PathBuf, error: CommandError) -> AppState {
        AppState { data_dir, store: Err(error) }
    }
}
