//! Requests and their append-only log of events.
//!
//! A [`Request`] is one letter to one holder. What happened to it is a list of
//! [`Event`]s that are never changed or removed; the request's status is
//! derived from them ([`status_after`]), and their hashes form a chain
//! ([`chain`]) that shows nothing was altered afterwards.

pub mod chain;

use crate::i18n::Locale;
use crate::ids::{AttachmentId, EventId, HolderId, RequestId};
use crate::jurisdiction::Jurisdiction;
use crate::validate::Invalid;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// What a request asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum RequestKind {
    Deletion,
    ConsentWithdrawal,
    AccountCancellation,
    Access,
    Correction,
    /// Refuse face recognition as the only way in, withdraw consent, delete face data.
    BiometricObjection,
    /// California: opt out of the sale and sharing of personal information (Civ. Code §1798.120).
    OptOut,
    /// California: limit the use of sensitive personal information (Civ. Code §1798.121).
    LimitSensitive,
    /// A follow-up once the deadline has passed.
    Reminder,
    /// A complaint to the competent regulator.
    Complaint,
}

impl RequestKind {
    pub const ALL: [RequestKind; 10] = [
        Self::Deletion,
        Self::ConsentWithdrawal,
        Self::AccountCancellation,
        Self::Access,
        Self::Correction,
        Self::BiometricObjection,
        Self::OptOut,
        Self::LimitSensitive,
        Self::Reminder,
        Self::Complaint,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::Deletion => "deletion",
            Self::ConsentWithdrawal => "consent-withdrawal",
            Self::AccountCancellation => "account-cancellation",
            Self::Access => "access",
            Self::Correction => "correction",
            Self::BiometricObjection => "biometric-objection",
            Self::OptOut => "opt-out",
            Self::LimitSensitive => "limit-sensitive",
            Self::Reminder => "reminder",
            Self::Complaint => "complaint",
        }
    }

    pub fn parse(s: &str) -> Result<Self, Invalid> {
        let s = s.trim().to_ascii_lowercase();
        Self::ALL.into_iter().find(|k| k.code() == s).ok_or_else(|| Invalid::Choice {
            field: "request type",
            value: s.clone(),
            allowed: Self::ALL.map(Self::code).join(", "),
        })
    }
}

/// Where a request stands. Derived from its events (and, for `Overdue`, from today's date).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum RequestStatus {
    Draft,
    Sent,
    Acknowledged,
    Extended,
    Answered,
    Fulfilled,
    Refused,
    Overdue,
    Escalated,
    Closed,
}

impl RequestStatus {
    pub const ALL: [RequestStatus; 10] = [
        Self::Draft,
        Self::Sent,
        Self::Acknowledged,
        Self::Extended,
        Self::Answered,
        Self::Fulfilled,
        Self::Refused,
        Self::Overdue,
        Self::Escalated,
        Self::Closed,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::Sent => "sent",
            Self::Acknowledged => "acknowledged",
            Self::Extended => "extended",
            Self::Answered => "answered",
            Self::Fulfilled => "fulfilled",
            Self::Refused => "refused",
            Self::Overdue => "overdue",
            Self::Escalated => "escalated",
            Self::Closed => "closed",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.code() == s)
    }

    /// Still waiting for the holder: the deadline clock is running.
    pub fn is_waiting(self) -> bool {
        matches!(self, Self::Sent | Self::Acknowledged | Self::Extended | Self::Overdue)
    }
}

/// How the letter was delivered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum DeliveryChannel {
    Email,
    Webform,
    Post,
    Hand,
    InApp,
    Other,
}

impl DeliveryChannel {
    pub const ALL: [DeliveryChannel; 6] =
        [Self::Email, Self::Webform, Self::Post, Self::Hand, Self::InApp, Self::Other];

    pub fn code(self) -> &'static str {
        match self {
            Self::Email => "email",
            Self::Webform => "webform",
            Self::Post => "post",
            Self::Hand => "hand",
            Self::InApp => "in-app",
            Self::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Result<Self, Invalid> {
        let s = s.trim().to_ascii_lowercase();
        Self::ALL.into_iter().find(|k| k.code() == s).ok_or_else(|| Invalid::Choice {
            field: "channel",
            value: s.clone(),
            allowed: Self::ALL.map(Self::code).join(", "),
        })
    }
}

/// One letter to one holder, and where it stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Request {
    pub id: RequestId,
    pub holder_id: HolderId,
    pub kind: RequestKind,
    pub jurisdiction: Jurisdiction,
    pub language: Locale,
    /// For complaints: why (e.g. `no-response`, `repeated-consent-prompts`).
    pub reason: Option<String>,
    /// The request this one follows up (reminders and complaints).
    pub parent_id: Option<RequestId>,
    pub subject: String,
    pub body: String,
    /// Law-catalogue ids of the articles the letter cites.
    pub citations: Vec<String>,
    pub channel: Option<DeliveryChannel>,
    /// The date written on the letter.
    pub letter_date: NaiveDate,
    pub sent_on: Option<NaiveDate>,
    /// The deadline rule the request runs on (see `deadline::rules`).
    pub rule_id: Option<String>,
    /// Stored status, derived from the events; `Overdue` is added when read with today's date.
    pub status: RequestStatus,
    pub created_at: String,
}

/// What happened to a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum EventKind {
    Created,
    Sent,
    Acknowledged,
    ReplyReceived,
    ExtensionNotified,
    Fulfilled,
    Refused,
    Reminder,
    Escalated,
    Note,
    Closed,
}

impl EventKind {
    pub const ALL: [EventKind; 11] = [
        Self::Created,
        Self::Sent,
        Self::Acknowledged,
        Self::ReplyReceived,
        Self::ExtensionNotified,
        Self::Fulfilled,
        Self::Refused,
        Self::Reminder,
        Self::Escalated,
        Self::Note,
        Self::Closed,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::Created => "created",
            Self::Sent => "sent",
            Self::Acknowledged => "acknowledged",
            Self::ReplyReceived => "reply",
            Self::ExtensionNotified => "extension",
            Self::Fulfilled => "fulfilled",
            Self::Refused => "refused",
            Self::Reminder => "reminder",
            Self::Escalated => "escalated",
            Self::Note => "note",
            Self::Closed => "closed",
        }
    }

    /// Accepts the CLI's short words (`reply`, `extension`) and the full names.
    pub fn parse(s: &str) -> Result<Self, Invalid> {
        let s = s.trim().to_ascii_lowercase();
        let alias = match s.as_str() {
            "reply-received" => "reply",
            "extension-notified" => "extension",
            other => other,
        };
        Self::ALL.into_iter().find(|k| k.code() == alias).ok_or_else(|| Invalid::Choice {
            field: "event kind",
            value: s.clone(),
            allowed: Self::ALL.map(Self::code).join(", "),
        })
    }

    /// Events the user logs by hand (the others are written by actions like "send").
    pub fn is_loggable(self) -> bool {
        !matches!(self, Self::Created | Self::Sent)
    }
}

/// One entry of a request's append-only log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Event {
    pub id: EventId,
    pub request_id: RequestId,
    pub kind: EventKind,
    /// The day it happened (as the user says; e.g. the date of a reply).
    pub occurred_on: NaiveDate,
    /// When it was written into the store (RFC 3339, UTC).
    pub recorded_at: String,
    pub text: String,
    /// Postal tracking number, or who signed for a letter delivered by hand.
    pub tracking: Option<String>,
    pub channel: Option<DeliveryChannel>,
    pub attachments: Vec<Attachment>,
    /// SHA-256 of the previous event of this request (hex), empty for the first.
    pub prev_hash: String,
    /// SHA-256 over this event's content and `prev_hash` (hex).
    pub hash: String,
}

/// A file kept in the store's data folder under its SHA-256.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Attachment {
    pub id: AttachmentId,
    pub sha256: String,
    pub original_name: String,
    pub media_type: String,
    pub size: u64,
}

/// The status a request has after an event of `kind`, starting from `current`.
pub fn status_after(current: RequestStatus, kind: EventKind) -> RequestStatus {
    use EventKind as E;
    use RequestStatus as S;
    match kind {
        E::Created => S::Draft,
        E::Sent => S::Sent,
        E::Acknowledged if matches!(current, S::Sent | S::Overdue) => S::Acknowledged,
        E::Acknowledged => current,
        E::ExtensionNotified => S::Extended,
        E::ReplyReceived => S::Answered,
        E::Fulfilled => S::Fulfilled,
        E::Refused => S::Refused,
        E::Escalated => S::Escalated,
        E::Closed => S::Closed,
        E::Reminder | E::Note => current,
    }
}

/// Guesses a media type from a file name, for the evidence PDF and the UI.
pub fn media_type_for(name: &str) -> &'static str {
    let lower = name.to_ascii_lowercase();
    let ext = lower.rsplit('.').next().unwrap_or("");
    match ext {
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "pdf" => "application/pdf",
        "eml" => "message/rfc822",
        "txt" => "text/plain",
        "html" | "htm" => "text/html",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reply_after_send_makes_the_request_answered() {
        let s = status_after(RequestStatus::Draft, EventKind::Sent);
        assert_eq!(s, RequestStatus::Sent);
        assert_eq!(status_after(s, EventKind::ReplyReceived), RequestStatus::Answered);
        assert_eq!(status_after(RequestStatus::Answered, EventKind::Note), RequestStatus::Answered);
    }

    #[test]
    fn cli_words_parse_to_event_kinds() {
        assert_eq!(EventKind::parse("reply").unwrap(), EventKind::ReplyReceived);
        assert_eq!(EventKind::parse("extension").unwrap(), EventKind::ExtensionNotified);
        assert!(EventKind::parse("delete-everything").is_err());
    }
}
