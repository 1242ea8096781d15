//! The one error type every command returns: a stable code the UI translates
//! (Fluent `error-<code>`) and an English detail for logs and "details".

use rightsdesk::ErrorCode;
use serde::Serialize;

/// What a command sends back when it fails: `{ "code": "not-found", "message": "…" }`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[error("{code:?}: {message}")]
pub struct CommandError {
    pub code: ErrorCode,
    pub message: String,
}

impl CommandError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> CommandError {
        CommandError { code, message: message.into() }
    }
}

impl From<rightsdesk::Error> for CommandError {
    fn from(e: rightsdesk::Error) -> CommandError {
        CommandError { code: e.code(), message: e.to_string() }
    }
}

impl From<rightsdesk::store::StoreError> for CommandError {
    fn from(e: rightsdesk::store::StoreError) -> CommandError {
        rightsdesk::Error::from(e).into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serialises_as_code_and_message_with_a_kebab_case_code() {
        let e: CommandError = rightsdesk::Error::NotFound { what: "holder", id: 7 }.into();
        let json = serde_json::to_value(&e).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"code": "not-found", "message": "holder 7 does not exist"}),
            "the UI matches on `code` and shows `message` as detail"
        );
    }
}
