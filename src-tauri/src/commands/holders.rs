//! Inventory commands: holders and the user's accounts at them.

use crate::error::CommandError;
use crate::state::AppState;
use rightsdesk::api::{self, HolderDetail, HolderSummary};
use rightsdesk::holder::{Account, AccountFields, Holder, HolderFields};
use rightsdesk::ids::{AccountId, HolderId};
use tauri::State;

#[tauri::command(async)]
pub fn list_holders(state: State<'_, AppState>) -> Result<Vec<HolderSummary>, CommandError> {
    Ok(api::list_holders(&*state.store()?)?)
}

#[tauri::command(async)]
pub fn get_holder(state: State<'_, AppState>, id: HolderId) -> Result<HolderDetail, CommandError> {
    Ok(api::get_holder(&*state.store()?, id)?)
}

#[tauri::command(async)]
pub fn add_holder(state: State<'_, AppState>, fields: HolderFields) -> Result<Holder, CommandError> {
    Ok(api::add_holder(&*state.store()?, fields, &state.now())?)
}

#[tauri::command(async)]
pub fn update_holder(
    state: State<'_, AppState>,
    id: HolderId,
    fields: HolderFields,
) -> Result<Holder, CommandError> {
    Ok(api::update_holder(&*state.store()?, id, fields, &state.now())?)
}

#[tauri::command(async)]
pub fn delete_holder(state: State<'_, AppState>, id: HolderId) -> Result<(), CommandError> {
    Ok(api::delete_holder(&mut *state.store()?, id)?)
}

#[tauri::command(async)]
pub fn add_account(
    state: State<'_, AppState>,
    holder_id: HolderId,
    fields: AccountFields,
) -> Result<Account, CommandError> {
    Ok(api::add_account(&*state.store()?, holder_id, fields, &state.now())?)
}

#[tauri::command(async)]
pub fn update_account(
    state: State<'_, AppState>,
    id: AccountId,
    fields: AccountFields,
) -> Result<Account, CommandError> {
    Ok(api::update_account(&*state.store()?, id, fields)?)
}

#[tauri::command(async)]
pub fn delete_account(state: State<'_, AppState>, id: AccountId) -> Result<(), CommandError> {
    Ok(api::delete_account(&*state.store()?, id)?)
}
