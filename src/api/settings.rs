//! The user's own details for letters and the window's other settings, kept in
//! the store (inside the encrypted database when the store is encrypted, and in
//! every backup) rather than in the window's localStorage.

use crate::error::{Error, Result};
use crate::letter::Sender;
use crate::store::{MAX_SETTING_BYTES, Store};
use crate::validate::Invalid;

/// The settings key of the user's details.
const SENDER_KEY: &str = "sender";
/// Window settings are kept under this prefix (`ui.<name>`).
const UI_PREFIX: &str = "ui.";

fn clean(v: Option<String>) -> Option<String> {
    v.map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}

/// The user's details for letters (empty if never given).
pub fn get_sender(store: &Store) -> Result<Sender> {
    let Some(json) = store.get_setting(SENDER_KEY)? else { return Ok(Sender::default()) };
    // A damaged value counts as not given rather than blocking every letter.
    Ok(serde_json::from_str(&json).unwrap_or_default())
}

/// Saves the user's details for letters (blank fields are dropped).
pub fn save_sender(store: &Store, sender: &Sender) -> Result<Sender> {
    let sender = Sender {
        name: clean(sender.name.clone()),
        contact: clean(sender.contact.clone()),
        address: clean(sender.address.clone()),
    };
    let json = serde_json::to_string(&sender).expect("a sender serialises");
    if json.len() > MAX_SETTING_BYTES {
        return Err(Error::Invalid(Invalid::TooLong {
            field: "your details",
            len: json.len(),
            max: MAX_SETTING_BYTES,
        }));
    }
    store.set_setting(SENDER_KEY, &json)?;
    Ok(sender)
}

fn ui_key(name: &str) -> Result<String> {
    let ok = !name.is_empty()
        && name.len() <= 64
        && name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'));
    if !ok {
        return Err(Error::Invalid(Invalid::Other(format!(
            "`{name}` is not a setting name (letters, digits, '.', '-' or '_', at most 64)"
        ))));
    }
    Ok(format!("{UI_PREFIX}{name}"))
}

/// A window setting (JSON text), if set.
pub fn get_ui_setting(store: &Store, name: &str) -> Result<Option<String>> {
    Ok(store.get_setting(&ui_key(name)?)?)
}

/// Saves a window setting; `json` must be valid JSON of at most 64 KiB.
pub fn set_ui_setting(store: &Store, name: &str, json: &str) -> Result<()> {
    let key = ui_key(name)?;
    if json.len() > MAX_SETTING_BYTES || serde_json::from_str::<serde_json::Value>(json).is_err() {
        return Err(Error::Invalid(Invalid::Other(format!(
            "the value of setting `{name}` is not valid JSON of at most 64 KiB"
        ))));
    }
    Ok(store.set_setting(&key, json)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_senders_details_and_window_settings_are_kept_in_the_store() {
        let store = Store::open_in_memory().unwrap();
        assert_eq!(get_sender(&store).unwrap(), Sender::default());
        let given = Sender {
            name: Some("  Li Hua ".into()),
            contact: Some("".into()),
            address: Some("1 Road".into()),
        };
        let saved = save_sender(&store, &given).unwrap();
        assert_eq!(
            saved,
            Sender { name: Some("Li Hua".into()), contact: None, address: Some("1 Road".into()) }
        );
        assert_eq!(get_sender(&store).unwrap(), saved);
        assert_eq!(get_ui_setting(&store, "lang").unwrap(), None);
        set_ui_setting(&store, "lang", "\"zh-CN\"").unwrap();
        assert_eq!(get_ui_setting(&store, "lang").unwrap().as_deref(), Some("\"zh-CN\""));
        assert!(set_ui_setting(&store, "lang", "not json").is_err());
        assert!(set_ui_setting(&store, "../x", "1").is_err());
        // Window settings cannot overwrite the sender's record.
        assert!(get_ui_setting(&store, "sender").unwrap().is_none());
    }
}
