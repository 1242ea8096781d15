//! Why a set of law data files was refused. Every variant names the file or the
//! id at fault, so a bad edit to `data/*.toml` fails the test suite with a message
//! that points at the line to fix.

use thiserror::Error;

/// The law data could not be loaded or is inconsistent.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum LawError {
    /// A file is not valid TOML, has an unknown or missing field, or a bad value.
    #[error("{file}: {message}")]
    Parse { file: String, message: String },
    /// Two instruments, articles, channels or routes share an id.
    #[error("duplicate id `{0}`")]
    DuplicateId(String),
    /// An article's `quote` is not an exact substring of its `text`.
    #[error("article `{id}`: `quote` is not a verbatim part of `text`")]
    QuoteNotInText { id: String },
    /// A channel's legal basis or a route's channel names something that does not exist.
    #[error("`{from}` refers to `{to}`, which is not in the catalogue")]
    UnknownReference { from: String, to: String },
    /// Effective dates run backwards, or an article claims dates outside its instrument's.
    #[error("`{id}`: effective dates are out of order or outside its instrument's")]
    BadDateRange { id: String },
    /// Two articles carrying the same rule (`key`) are in force on the same day,
    /// so "which article carries this rule on date D" would have two answers.
    #[error("articles `{first}` and `{second}` share key `{key}` and overlap in time")]
    OverlappingKey { key: String, first: String, second: String },
    /// Any other inconsistency (e.g. an empty text marked as verified).
    #[error("`{id}`: {reason}")]
    Invalid { id: String, reason: String },
}
