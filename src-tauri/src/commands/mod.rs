//! The IPC surface: one command per `rightsdesk::api` function, with the same
//! name. Commands lock the store, read the clock, call the api and convert
//! the error; they hold no logic and no SQL.
//!
//! All run off the main thread (`async`), so a long one (a PDF, an import, a
//! key derivation, a fetch) never freezes the window while it holds the store.
//!
//! They live in modules (not at the crate root) because `#[tauri::command]`
//! defines a hidden `__cmd__<name>` macro that clashes with the `generate_handler!`
//! call site otherwise (E0255).

pub mod calendar;
pub mod data;
pub mod discovery;
pub mod files;
pub mod holders;
pub mod requests;
pub mod safety;
pub mod settings;

/// Every command the window may call.
pub fn handler<R: tauri::Runtime>() -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        settings::app_info,
        settings::current_time,
        settings::get_sender,
        settings::save_sender,
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
        requests::verify_store,
        requests::log_reply_eml,
        requests::timestamp_request,
        requests::tsa_settings,
        requests::set_tsa,
        calendar::calendar_years,
        calendar::preview_notice,
        calendar::import_notice,
        data::pack_location,
        data::set_pack_location,
        data::check_data_packs_now,
        files::export_evidence,
        files::save_letter_pdf,
        files::pick_attachments,
        files::export_bundle,
        files::pick_eml,
        safety::unlock_store,
        safety::encrypt_store,
        safety::change_passphrase,
        safety::list_backups,
        safety::backup_store,
        safety::pick_backup_file,
        safety::restore_backup,
        discovery::search_directory,
        discovery::add_from_directory,
        discovery::data_licences,
        discovery::pick_import_file,
        discovery::preview_import,
        discovery::cancel_import,
        discovery::confirm_import,
        discovery::fetch_policy,
        discovery::policy_candidates,
        discovery::accept_contact,
    ]
}
