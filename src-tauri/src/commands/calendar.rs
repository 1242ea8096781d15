//! Calendar commands: which years are official, imported or provisional, and
//! importing a pasted holiday notice.

use crate::error::CommandError;
use crate::state::AppState;
use rightsdesk::api::{self, CalendarYear, NoticeInput, NoticePreview};
use tauri::State;

#[tauri::command(async)]
pub fn calendar_years(state: State<'_, AppState>) -> Result<Vec<CalendarYear>, CommandError> {
    Ok(api::calendar_years(&*state.store()?, &state.now())?)
}

#[tauri::command(async)]
pub fn preview_notice(state: State<'_, AppState>, input: NoticeInput) -> Result<NoticePreview, CommandError> {
    Ok(api::preview_notice(&*state.store()?, &state.now(), &input)?)
}

#[tauri::command(async)]
pub fn import_notice(state: State<'_, AppState>, input: NoticeInput) -> Result<NoticePreview, CommandError> {
    Ok(api::import_notice(&mut *state.store()?, &state.now(), &input)?)
}
