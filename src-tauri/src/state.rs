//! What the shell keeps between commands: the store (open, locked behind a
//! passphrase, or failed to open) and the file dialogs.
//!
//! Opening can fail (a damaged file, a database from a newer RightsDesk, a
//! read-only folder). The window must still come up and say so, so the
//! failure is kept here and every command that needs the store returns it.

use crate::dialogs::{DialogMode, Dialogs};
use crate::error::CommandError;
use rightsdesk::api::{self, Passphrase};
use rightsdesk::clock::{Now, TimeSource};
use rightsdesk::store::DB_FILE_NAME;
use rightsdesk::{ErrorCode, Store};
use std::ops::{Deref, DerefMut};
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::sync::{Mutex, MutexGuard};

/// Overrides the data folder (tests, a portable copy, a second profile).
pub const DATA_DIR_ENV: &str = "RIGHTSDESK_DATA_DIR";

/// Where the store stands.
pub enum Slot {
    Open(Box<Store>),
    /// Encrypted and waiting for the passphrase (the unlock screen).
    Locked,
    /// Could not be opened; the error says why.
    Failed(CommandError),
}

pub struct AppState {
    /// The folder that holds the database and the attachments.
    pub data_dir: PathBuf,
    slot: Mutex<Slot>,
    pub dialogs: Dialogs,
    /// Set by `cancel_import` to stop the running import preview.
    pub import_cancel: AtomicBool,
    /// Where "now" comes from: the system clock, or a test's date (debug builds).
    time: TimeSource,
}

/// The open store, locked for one command.
pub struct StoreGuard<'a>(MutexGuard<'a, Slot>);

impl Deref for StoreGuard<'_> {
    type Target = Store;
    fn deref(&self) -> &Store {
        match &*self.0 {
            Slot::Open(store) => store,
            _ => unreachable!("a StoreGuard is only made for an open store"),
        }
    }
}

impl DerefMut for StoreGuard<'_> {
    fn deref_mut(&mut self) -> &mut Store {
        match &mut *self.0 {
            Slot::Open(store) => store,
            _ => unreachable!("a StoreGuard is only made for an open store"),
        }
    }
}

impl AppState {
    /// Opens (or creates) the database in `data_dir`, or waits for the
    /// passphrase if it is encrypted; a failure is kept, not raised.
    pub fn open(data_dir: PathBuf, time: TimeSource) -> AppState {
        Self::open_with(data_dir, DialogMode::from_env(), time)
    }

    pub fn open_with(data_dir: PathBuf, dialogs: DialogMode, time: TimeSource) -> AppState {
        let db = db_path(&data_dir);
        let slot = if api::store_status(&db).encrypted {
            Slot::Locked
        } else {
            match api::open_store(&db, None, &time.now()) {
                Ok(store) => Slot::Open(Box::new(store)),
                Err(e) => Slot::Failed(e.into()),
            }
        };
        AppState {
            data_dir,
            slot: Mutex::new(slot),
            dialogs: Dialogs::new(dialogs),
            import_cancel: AtomicBool::new(false),
            time,
        }
    }

    /// A state whose store could not even be located.
    pub fn failed(data_dir: PathBuf, error: CommandError, time: TimeSource) -> AppState {
        AppState {
            data_dir,
            slot: Mutex::new(Slot::Failed(error)),
            dialogs: Dialogs::new(DialogMode::from_env()),
            import_cancel: AtomicBool::new(false),
            time,
        }
    }

    /// The moment a command acts at: every command asks here, never the system clock.
    pub fn now(&self) -> Now {
        self.time.now()
    }

    fn slot(&self) -> MutexGuard<'_, Slot> {
        // A panic in an earlier command poisons the lock, but SQLite rolled back
        // whatever that command had not committed, so the store is still sound.
        self.slot.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The store, locked for one command; `store-locked` before the passphrase is given.
    pub fn store(&self) -> Result<StoreGuard<'_>, CommandError> {
        let slot = self.slot();
        match &*slot {
            Slot::Open(_) => Ok(StoreGuard(slot)),
            Slot::Locked => Err(CommandError::new(ErrorCode::StoreLocked, "the store is locked")),
            Slot::Failed(e) => Err(e.clone()),
        }
    }

    /// Why the store could not be opened, if it could not.
    pub fn open_error(&self) -> Option<CommandError> {
        match &*self.slot() {
            Slot::Failed(e) => Some(e.clone()),
            _ => None,
        }
    }

    pub fn is_locked(&self) -> bool {
        matches!(&*self.slot(), Slot::Locked)
    }

    pub fn db(&self) -> PathBuf {
        db_path(&self.data_dir)
    }

    /// Opens the store with `passphrase` (or none). A wrong passphrase leaves
    /// the state as it was, so the user can try again.
    pub fn unlock(&self, passphrase: Option<&Passphrase>) -> Result<(), CommandError> {
        let mut slot = self.slot();
        if matches!(&*slot, Slot::Open(_)) {
            return Ok(());
        }
        let store = api::open_store(&self.db(), passphrase, &self.now())?;
        activate_data(&store, &self.data_dir);
        *slot = Slot::Open(Box::new(store));
        Ok(())
    }

    /// Puts the installed data packs in use, checked against the versions the
    /// store has seen, if the store is open (an encrypted store does this on unlock).
    pub fn activate_data(&self) {
        if let Slot::Open(store) = &*self.slot() {
            activate_data(store, &self.data_dir);
        }
    }

    /// Closes the store for `work` (which replaces its files), then reopens it
    /// with `reopen_with`; if `work` fails the store is reopened as it was.
    pub fn with_store_closed<T>(
        &self,
        current: Option<&Passphrase>,
        reopen_with: Option<&Passphrase>,
        work: impl FnOnce(&Path) -> Result<T, CommandError>,
    ) -> Result<T, CommandError> {
        let mut slot = self.slot();
        // Dropping the store closes the database file.
        *slot = Slot::Locked;
        let db = self.db();
        let result = work(&db);
        let reopen = match &result {
            Ok(_) => reopen_with,
            Err(_) => current,
        };
        *slot = match api::open_store(&db, reopen, &self.now()) {
            Ok(store) => Slot::Open(Box::new(store)),
            Err(e) => match CommandError::from(e) {
                e if matches!(e.code, ErrorCode::StoreLocked | ErrorCode::StoreWrongPassphrase) => {
                    Slot::Locked
                }
                e => Slot::Failed(e),
            },
        };
        result
    }
}

/// Signed data updates (law, calendar, directory) take effect before any lookup;
/// a pack older than one installed before (a rolled-back data folder) is not used.
fn activate_data(store: &Store, data_dir: &Path) {
    if !data_dir.join(api::PACKS_DIR).exists() {
        return;
    }
    match api::activate_installed_data_checked(store, data_dir, &rightsdesk::datapack::DATA_PUBLIC_KEY) {
        Ok(list) => {
            for a in list.into_iter().filter(|a| a.problem.is_some()) {
                eprintln!(
                    "rightsdesk: {} data pack {} not used: {}",
                    a.kind,
                    a.version,
                    a.problem.unwrap_or_default()
                );
            }
        }
        Err(e) => eprintln!("rightsdesk: the installed data packs are not used: {e}"),
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
