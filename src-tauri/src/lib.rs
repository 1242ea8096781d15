//! RightsDesk desktop shell: a Tauri window over the `rightsdesk` core.
//!
//! Boring on purpose: [`setup`] registers the plugins and the commands (which
//! only call `rightsdesk::api`), and opens the store in the app's data folder
//! unless a test already put an [`AppState`] in place.

pub mod commands;
pub mod dialogs;
pub mod error;
pub mod state;

pub use error::CommandError;
pub use state::AppState;

use tauri::{Builder, Manager, Runtime};

/// Plugins, commands and the store: everything but the context, so tests can
/// run the same app on the mock runtime.
pub fn setup<R: Runtime>(builder: Builder<R>) -> Builder<R> {
    builder
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .plugin(tauri_plugin_notification::init())
        .plugin(tauri_plugin_clipboard_manager::init())
        .invoke_handler(commands::handler())
        .setup(|app| {
            if app.try_state::<AppState>().is_none() {
                // A test's date (debug builds only); a malformed one must not fall back to today.
                let time = rightsdesk::clock::TimeSource::from_env().unwrap_or_else(|e| {
                    eprintln!("rightsdesk: {e}");
                    std::process::exit(2)
                });
                let state = match state::resolve_data_dir(app.path().app_data_dir()) {
                    Ok(dir) => {
                        // Signed data updates take effect before any lookup, checked against
                        // the versions the store has seen (an encrypted store: on unlock).
                        let state = AppState::open(dir, time);
                        state.activate_data();
                        state
                    }
                    Err(e) => AppState::failed(std::path::PathBuf::new(), e, time),
                };
                if let Some(e) = state.open_error() {
                    eprintln!("rightsdesk: the database in {} did not open: {e}", state.data_dir.display());
                }
                app.manage(state);
            }
            Ok(())
        })
}

/// Starts the desktop app.
pub fn run() {
    // The store, its backups and every export are the user's alone (0600 / 0700).
    rightsdesk::store::make_new_files_private();
    setup(tauri::Builder::default())
        .run(tauri::generate_context!())
        .expect("the RightsDesk window could not start");
}
