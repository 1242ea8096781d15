//! Data-pack commands: where to look for signed updates (off by default) and
//! "check now", which installs any newer signed pack found there.

use crate::error::CommandError;
use crate::state::AppState;
use rightsdesk::api::{self, PackLocation, PackLocationInput, UpdateOutcome};
use tauri::State;

#[tauri::command(async)]
pub fn pack_location(state: State<'_, AppState>) -> Result<PackLocation, CommandError> {
    Ok(api::pack_location(&*state.store()?)?)
}

#[tauri::command(async)]
pub fn set_pack_location(
    state: State<'_, AppState>,
    input: PackLocationInput,
) -> Result<PackLocation, CommandError> {
    Ok(api::set_pack_location(&*state.store()?, &input)?)
}

#[tauri::command(async)]
pub fn check_data_packs_now(state: State<'_, AppState>) -> Result<Vec<UpdateOutcome>, CommandError> {
    Ok(api::check_data_packs_now(&*state.store()?, &state.data_dir, &state.now())?)
}
