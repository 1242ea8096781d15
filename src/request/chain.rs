//! The hash chain over a request's events.
//!
//! Each event's hash covers its own content and the previous event's hash, so
//! changing, removing or reordering any event changes every later hash and the
//! final digest printed in the evidence PDF. The encoding is explicit and
//! length-prefixed so that no two different events can encode the same.

use sha2::{Digest, Sha256};

/// What an event's hash covers.
pub struct EventContent<'a> {
    pub request_id: i64,
    pub kind: &'a str,
    pub occurred_on: &'a str,
    pub recorded_at: &'a str,
    pub text: &'a str,
    pub tracking: Option<&'a str>,
    pub channel: Option<&'a str>,
    /// SHA-256 (hex) of each attached file, in attachment order.
    pub attachment_hashes: &'a [String],
}

/// SHA-256 (hex) of the event content chained to `prev_hash`.
pub fn event_hash(prev_hash: &str, content: &EventContent<'_>) -> String {
    let mut h = Sha256::new();
    let mut field = |name: &str, value: &str| {
        h.update(name.as_bytes());
        h.update((value.len() as u64).to_be_bytes());
        h.update(value.as_bytes());
    };
    field("rightsdesk-event-v1", "");
    field("prev", prev_hash);
    field("request", &content.request_id.to_string());
    field("kind", content.kind);
    field("occurred", content.occurred_on);
    field("recorded", content.recorded_at);
    field("text", content.text);
    field("tracking", content.tracking.unwrap_or(""));
    field("channel", content.channel.unwrap_or(""));
    for a in content.attachment_hashes {
        field("attachment", a);
    }
    hex::encode(h.finalize())
}

/// SHA-256 (hex) of a file's bytes.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn content(text: &str) -> EventContent<'_> {
        EventContent {
            request_id: 1,
            kind: "reply",
            occurred_on: "2026-03-01",
            recorded_at: "2026-03-01T10:00:00Z",
            text,
            tracking: None,
            channel: None,
            attachment_hashes: &[],
        }
    }

    #[test]
    fn any_change_of_text_or_predecessor_changes_the_hash() {
        let a = event_hash("", &content("we deleted it"));
        assert_eq!(a.len(), 64);
        assert_ne!(a, event_hash("", &content("we deleted it.")));
        assert_ne!(a, event_hash("00", &content("we deleted it")));
        assert_eq!(a, event_hash("", &content("we deleted it")), "hashing is deterministic");
    }

    #[test]
    fn field_boundaries_cannot_be_shifted() {
        let mut one = content("ab");
        one.tracking = Some("c");
        let mut two = content("a");
        two.tracking = Some("bc");
        assert_ne!(event_hash("", &one), event_hash("", &two));
    }
}
