//! The IPC surface: one command per `rightsdesk::api` function, with the same
//! name. Commands lock the store, read the clock, call the api and convert
//! the error; they hold no logic and no SQL.
//!
//! They live in modules (not at the crate root) because `#[tauri::command]`
//! defines a hidden `__cmd__<name>` macro that clashes with the `generate_handler!`
//! call site otherwise (E0255).

pub mod holders;
pub mod requests;
pub mod settings;

/// Every command the window may call.
pub fn handler<R: tauri::Runtime>() -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        settings::app_info,
        holders::list_holders,
        holders::get_holder,
        holders::add_holder,
        holders::update_holder,
        holders::delete_holder,
        holders::add_account,
        holders::update_account,
        holders::delete_account,
        requests::preview_letter,
        requests::create_request,
        requests::update_draft_letter,
        requests::mark_sent,
        requests::log_event,
        requests::get_request,
        requests::list_requests,
    ]
}
