//! Commands that read or write files the user chooses in a native dialog:
//! evidence PDFs, printable letters, and attachments for a reply.

use crate::dialogs::{Filter, Purpose, write_whole};
use crate::error::CommandError;
use crate::state::AppState;
use rightsdesk::api::{self, EvidenceOptions, ExportTarget};
use rightsdesk::i18n::Locale;
use rightsdesk::ids::RequestId;
use rightsdesk::letter::Sender;
use serde::Serialize;
use tauri::{AppHandle, Runtime, State};

const PDF: Filter = Filter { name: "PDF", extensions: &["pdf"] };
const ZIP: Filter = Filter { name: "ZIP", extensions: &["zip"] };
const EML: Filter = Filter { name: "E-mail (.eml)", extensions: &["eml"] };
const EVIDENCE_FILES: Filter = Filter {
    name: "Screenshots, PDFs, e-mails",
    extensions: &["png", "jpg", "jpeg", "gif", "webp", "pdf", "eml", "msg", "txt", "html", "htm"],
};

/// A file the app wrote where the user chose.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SavedFile {
    pub path: String,
    pub bytes: u64,
}

/// Asks where to save `bytes` (suggesting `name`), writes them whole there, and
/// says where they went; `None`: the user cancelled.
fn save_as<R: Runtime>(
    app: &AppHandle<R>,
    state: &AppState,
    title: &str,
    name: &str,
    filter: Filter,
    bytes: &[u8],
) -> Result<Option<SavedFile>, CommandError> {
    let Some(path) = state.dialogs.save(app, title, name, filter) else { return Ok(None) };
    write_whole(&path, bytes)?;
    Ok(Some(SavedFile { path: path.display().to_string(), bytes: bytes.len() as u64 }))
}

fn suggested_evidence_name(target: ExportTarget, today: chrono::NaiveDate) -> String {
    match target {
        ExportTarget::Request(id) => format!("rightsdesk-evidence-request-{id}-{today}.pdf"),
        ExportTarget::Holder(id) => format!("rightsdesk-dossier-holder-{id}-{today}.pdf"),
    }
}

/// Asks where to save, then writes the evidence PDF of a request or a holder
/// dossier there. `None`: the user cancelled the dialog.
///
/// Async so the window stays responsive (the UI shows progress) while the
/// dialog is open and the PDF is made.
#[tauri::command]
pub async fn export_evidence<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    target: ExportTarget,
    options: EvidenceOptions,
    title: String,
) -> Result<Option<SavedFile>, CommandError> {
    let now = state.now();
    // Fail before the dialog if the request or holder does not exist.
    let bytes = api::export_evidence(&*state.store()?, target, &options, &now)?;
    let name = suggested_evidence_name(target, now.today);
    save_as(&app, &state, &title, &name, PDF, &bytes)
}

/// Asks where to save, then writes a request's letter as a printable PDF
/// (sender, addressee, date, the letter and a signature line).
#[tauri::command]
pub async fn save_letter_pdf<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: RequestId,
    locale: Option<Locale>,
    sender: Sender,
    title: String,
) -> Result<Option<SavedFile>, CommandError> {
    let now = state.now();
    let bytes = api::letter_pdf(&*state.store()?, id, locale, &sender, &now)?;
    let name = format!("rightsdesk-letter-request-{id}.pdf");
    save_as(&app, &state, &title, &name, PDF, &bytes)
}

/// Lets the user choose evidence files for a reply; only these paths are then
/// accepted by `log_event`. An empty list: cancelled.
#[tauri::command]
pub async fn pick_attachments<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    title: String,
) -> Result<Vec<String>, CommandError> {
    let picked = state.dialogs.pick(&app, &title, EVIDENCE_FILES, true, Purpose::Attachment);
    Ok(picked.iter().map(|p| p.display().to_string()).collect())
}

/// Asks where to save, then writes the evidence package (a zip of the PDF,
/// the originals, the timestamp tokens, a manifest and a README) there.
#[tauri::command]
pub async fn export_bundle<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    target: ExportTarget,
    options: EvidenceOptions,
    title: String,
) -> Result<Option<SavedFile>, CommandError> {
    let now = state.now();
    let bytes = api::export_bundle(&*state.store()?, target, &options, &now)?;
    let name = suggested_evidence_name(target, now.today).replace(".pdf", ".zip");
    save_as(&app, &state, &title, &name, ZIP, &bytes)
}

/// Lets the user choose one raw e-mail (.eml) to log as a reply; `None`: cancelled.
#[tauri::command]
pub async fn pick_eml<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    title: String,
) -> Result<Option<String>, CommandError> {
    let picked = state.dialogs.pick(&app, &title, EML, false, Purpose::Attachment);
    Ok(picked.first().map(|p| p.display().to_string()))
}
