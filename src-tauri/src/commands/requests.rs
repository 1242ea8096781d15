//! Request commands: draft, send, log, read.

use crate::dialogs::Purpose;
use crate::error::CommandError;
use crate::state::AppState;
use rightsdesk::api::{
    self, DraftInput, EmlInput, LetterPreview, LogInput, RequestDetail, RequestSummary, SendInput,
    TsaSettings,
};
use rightsdesk::ids::RequestId;
use rightsdesk::store::VerifyReport;
use tauri::State;

#[tauri::command(async)]
pub fn preview_letter(state: State<'_, AppState>, input: DraftInput) -> Result<LetterPreview, CommandError> {
    Ok(api::preview_letter(&*state.store()?, &input, &state.now())?)
}

#[tauri::command(async)]
pub fn create_request(state: State<'_, AppState>, input: DraftInput) -> Result<RequestDetail, CommandError> {
    Ok(api::create_request(&mut *state.store()?, &input, &state.now())?)
}

#[tauri::command(async)]
pub fn update_draft_letter(
    state: State<'_, AppState>,
    id: RequestId,
    subject: String,
    body: String,
) -> Result<RequestDetail, CommandError> {
    Ok(api::update_draft_letter(&*state.store()?, id, &subject, &body, &state.now())?)
}

#[tauri::command(async)]
pub fn mark_sent(
    state: State<'_, AppState>,
    id: RequestId,
    input: SendInput,
) -> Result<RequestDetail, CommandError> {
    Ok(api::mark_sent(&mut *state.store()?, id, &input, &state.now())?)
}

#[tauri::command(async)]
pub fn log_event(
    state: State<'_, AppState>,
    id: RequestId,
    input: LogInput,
) -> Result<RequestDetail, CommandError> {
    // Attachments come only from what the user chose in `pick_attachments`.
    state.dialogs.check_picked(&input.files, Purpose::Attachment)?;
    Ok(api::log_event(&mut *state.store()?, id, &input, &state.now())?)
}

#[tauri::command(async)]
pub fn get_request(state: State<'_, AppState>, id: RequestId) -> Result<RequestDetail, CommandError> {
    Ok(api::get_request(&*state.store()?, id, &state.now())?)
}

#[tauri::command(async)]
pub fn list_requests(state: State<'_, AppState>) -> Result<Vec<RequestSummary>, CommandError> {
    Ok(api::list_requests(&*state.store()?, &state.now())?)
}

/// Recomputes every hash chain and attachment hash ("Check integrity").
#[tauri::command(async)]
pub fn verify_store(state: State<'_, AppState>) -> Result<VerifyReport, CommandError> {
    Ok(api::verify_store(&*state.store()?)?)
}

/// Logs a reply from its raw message (`.eml`) the user chose in `pick_eml`.
#[tauri::command(async)]
pub fn log_reply_eml(
    state: State<'_, AppState>,
    id: RequestId,
    input: EmlInput,
) -> Result<RequestDetail, CommandError> {
    state.dialogs.check_picked(std::slice::from_ref(&input.path), Purpose::Attachment)?;
    Ok(api::log_reply_eml(&mut *state.store()?, id, &input, &state.now())?)
}

/// Asks the chosen time-stamping authority to sign the request's record head (the only network call it makes).
#[tauri::command(async)]
pub fn timestamp_request(state: State<'_, AppState>, id: RequestId) -> Result<RequestDetail, CommandError> {
    Ok(api::timestamp_request(&*state.store()?, id, None, &state.now())?)
}

/// The public time-stamping authorities and the one in use.
#[tauri::command(async)]
pub fn tsa_settings(state: State<'_, AppState>) -> Result<TsaSettings, CommandError> {
    Ok(api::tsa_settings(&*state.store()?)?)
}

/// Chooses the time-stamping authority (its address is only contacted when the user asks for a timestamp).
#[tauri::command(async)]
pub fn set_tsa(state: State<'_, AppState>, url: String) -> Result<TsaSettings, CommandError> {
    Ok(api::set_tsa(&*state.store()?, &url)?)
}
