//! Finding who holds the user's data: the built-in directory, imports
//! (preview, then confirm), and the privacy-policy contact finder.

use crate::dialogs::{Filter, Purpose};
use crate::error::CommandError;
use crate::state::AppState;
use rightsdesk::api::{self, DirectoryHit, ImportOutcome, ImportPreview, PolicyFetch};
use rightsdesk::directory::DataLicence;
use rightsdesk::fetch::FetchConfig;
use rightsdesk::holder::Holder;
use rightsdesk::ids::HolderId;
use rightsdesk::import::{Control, ImportSource, Progress};
use rightsdesk::policy::{ContactCandidate, ContactKind};
use std::path::PathBuf;
use std::sync::atomic::Ordering;
use tauri::{AppHandle, Emitter, Runtime, State};

/// The event an import's progress is reported on: `{ done, total }`.
pub const IMPORT_PROGRESS_EVENT: &str = "import-progress";

/// At most this many directory hits go to the window.
const SEARCH_LIMIT_MAX: usize = 100;

#[tauri::command(async)]
pub fn search_directory(query: String, limit: Option<usize>) -> Vec<DirectoryHit> {
    api::search_directory(&query, limit.unwrap_or(30).min(SEARCH_LIMIT_MAX))
}

/// Adds a directory entry to the inventory (or returns the holder already linked to it).
#[tauri::command(async)]
pub fn add_from_directory(state: State<'_, AppState>, entry_id: String) -> Result<Holder, CommandError> {
    Ok(api::add_from_directory(&mut *state.store()?, &entry_id, &state.now())?)
}

/// The data sets shipped with the app and their licences (About).
#[tauri::command(async)]
pub fn data_licences() -> Vec<DataLicence> {
    api::data_licences()
}

fn import_filter(source: ImportSource) -> Filter {
    match source {
        ImportSource::Passwords | ImportSource::Inventory => {
            Filter { name: "CSV / JSON", extensions: &["csv", "json", "txt"] }
        }
        ImportSource::Mbox => Filter { name: "mbox / eml", extensions: &["mbox", "mbx", "eml", "txt"] },
        ImportSource::Sms => Filter { name: "Text", extensions: &["txt"] },
    }
}

/// Lets the user choose the file to import. `None`: cancelled.
#[tauri::command(async)]
pub fn pick_import_file<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    source: ImportSource,
    title: String,
) -> Option<String> {
    let picked = state.dialogs.pick(&app, &title, import_filter(source), false, Purpose::Import);
    picked.first().map(|p| p.display().to_string())
}

/// What importing a picked file (or pasted text, for the 一证通查 SMS) would
/// add. Writes nothing. Progress goes out on [`IMPORT_PROGRESS_EVENT`];
/// `cancel_import` stops it with `import-cancelled`.
#[tauri::command(async)]
pub fn preview_import<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    source: ImportSource,
    file: Option<String>,
    text: Option<String>,
) -> Result<ImportPreview, CommandError> {
    state.import_cancel.store(false, Ordering::Relaxed);
    let report = |p: Progress| {
        let _ = app.emit(IMPORT_PROGRESS_EVENT, p);
    };
    let mut ctl = Control::new(&report, &state.import_cancel);
    let store = state.store()?;
    let preview = match (file, text) {
        (Some(file), _) => {
            let path = PathBuf::from(file);
            state.dialogs.check_picked(std::slice::from_ref(&path), Purpose::Import)?;
            api::import_preview_path(&store, source, &path, &mut ctl)?
        }
        (None, Some(text)) => api::import_preview(&store, source, text.as_bytes(), &mut ctl)?,
        (None, None) => {
            return Err(CommandError::new(
                rightsdesk::ErrorCode::InvalidInput,
                "choose a file or paste the text to import",
            ));
        }
    };
    Ok(preview)
}

/// Stops a running import preview.
#[tauri::command(async)]
pub fn cancel_import(state: State<'_, AppState>) {
    state.import_cancel.store(true, Ordering::Relaxed);
}

/// Writes what the user kept of a preview, in one transaction.
#[tauri::command(async)]
pub fn confirm_import(
    state: State<'_, AppState>,
    preview: ImportPreview,
) -> Result<ImportOutcome, CommandError> {
    Ok(api::import_confirm(&mut *state.store()?, &preview, &state.now())?)
}

/// Fetches the holder's privacy policy, keeps the page as evidence, and
/// returns the contacts found in it for the user to accept. The store is not
/// held during the download or while the page is read, so other commands go on meanwhile.
#[tauri::command(async)]
pub fn fetch_policy(state: State<'_, AppState>, holder_id: HolderId) -> Result<PolicyFetch, CommandError> {
    api::fetch_policy_unlocked(|| state.store(), holder_id, &FetchConfig::policy_page(), &state.now())
}

/// The contacts of a page fetched earlier.
#[tauri::command(async)]
pub fn policy_candidates(
    state: State<'_, AppState>,
    attachment_id: i64,
) -> Result<Vec<ContactCandidate>, CommandError> {
    api::policy_candidates_unlocked(|| state.store(), attachment_id)
}

/// Writes an accepted contact into the holder.
#[tauri::command(async)]
pub fn accept_contact(
    state: State<'_, AppState>,
    holder_id: HolderId,
    kind: ContactKind,
    value: String,
) -> Result<Holder, CommandError> {
    Ok(api::accept_contact(&*state.store()?, holder_id, kind, &value, &state.now())?)
}
