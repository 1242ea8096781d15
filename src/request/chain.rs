//! The hash chain over a request's events, and the head that seals a whole record.
//!
//! Each event's hash covers its own content and the previous event's hash, so
//! changing, removing or reordering any event changes every later hash and the
//! final digest printed in the evidence PDF. The encoding is explicit and
//! length-prefixed so that no two different events can encode the same.

use super::{DeliveryChannel, Event, EventKind, Request, RequestStatus, status_after};
use crate::holder::HolderFields;
use crate::ids::RequestId;
use crate::store::HolderAttachment;
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

/// The link hash an event should have, given the previous link: the one
/// function both `verify` and the evidence PDF use (channel as its kebab-case code).
pub fn link_hash(prev_hash: &str, e: &Event) -> String {
    let occurred = e.occurred_on.to_string();
    let hashes: Vec<String> = e.attachments.iter().map(|a| a.sha256.clone()).collect();
    event_hash(
        prev_hash,
        &EventContent {
            request_id: e.request_id.0,
            kind: e.kind.code(),
            occurred_on: &occurred,
            recorded_at: &e.recorded_at,
            text: &e.text,
            tracking: e.tracking.as_deref(),
            channel: e.channel.map(DeliveryChannel::code),
            attachment_hashes: &hashes,
        },
    )
}

/// Whether each event still matches its link (its content and its place in the chain).
pub fn links_intact(events: &[Event]) -> Vec<bool> {
    let mut prev = String::new();
    events
        .iter()
        .map(|e| {
            let ok = e.prev_hash == prev && e.hash == link_hash(&prev, e);
            prev = e.hash.clone();
            ok
        })
        .collect()
}

/// The version of the record head written by this build. Version 1 stores
/// had only the event links; version 2 seals the whole record (see [`record_head`]).
pub const RECORD_CHAIN_VERSION: i64 = 2;

/// Everything the evidence PDF shows about one request, as the record head covers it.
pub struct RecordContent<'a> {
    pub request: &'a Request,
    /// The holder as the letter addressed it (a snapshot taken when it was sent;
    /// the current holder for a draft).
    pub addressed: &'a HolderFields,
    /// The events the head covers, oldest first.
    pub events: &'a [Event],
    /// The holder's kept pages the head covers, oldest first.
    pub pages: &'a [HolderAttachment],
}

/// Length-prefixed fields, with absent and empty told apart.
struct Fields(Sha256);

impl Fields {
    fn new(tag: &str) -> Fields {
        let mut f = Fields(Sha256::new());
        f.text("tag", tag);
        f
    }
    fn text(&mut self, name: &str, value: &str) {
        self.0.update((name.len() as u64).to_be_bytes());
        self.0.update(name.as_bytes());
        self.0.update([1u8]);
        self.0.update((value.len() as u64).to_be_bytes());
        self.0.update(value.as_bytes());
    }
    fn opt(&mut self, name: &str, value: Option<&str>) {
        match value {
            Some(v) => self.text(name, v),
            None => {
                self.0.update((name.len() as u64).to_be_bytes());
                self.0.update(name.as_bytes());
                self.0.update([0u8]);
            }
        }
    }
    fn num(&mut self, name: &str, value: i64) {
        self.text(name, &value.to_string());
    }
    fn finish(self) -> String {
        hex::encode(self.0.finalize())
    }
}

/// The head of a request's record (version 2): the letter as sent (subject,
/// body, citations, letter date, language, kind, reason, follow-up), the
/// holder's identity as addressed, the rule and jurisdiction, every event with
/// its link, channel, tracking and attachments (name, media type, size, hash),
/// and the holder's kept pages (addresses, fetch time and body hash).
///
/// The stored status, sending date and channel are not hashed: they follow
/// from the events and are checked against them ([`derived_fields_match`]), so
/// that a head stamped earlier can be recomputed from a prefix of the events.
pub fn record_head(c: &RecordContent<'_>) -> String {
    let r = c.request;
    let mut f = Fields::new("rightsdesk-record-v2");
    f.num("request", r.id.0);
    f.num("holder", r.holder_id.0);
    f.text("kind", r.kind.code());
    f.text("jurisdiction", r.jurisdiction.code());
    f.text("language", r.language.code());
    f.opt("reason", r.reason.as_deref());
    f.opt("parent", r.parent_id.map(|p| p.0.to_string()).as_deref());
    f.text("subject", &r.subject);
    f.text("body", &r.body);
    f.num("citations", r.citations.len() as i64);
    for c in &r.citations {
        f.text("citation", c);
    }
    f.text("letter-date", &r.letter_date.to_string());
    f.opt("rule", r.rule_id.as_deref());
    f.text("created", &r.created_at);
    let h = c.addressed;
    f.text("holder-name", &h.name);
    f.opt("holder-name-zh", h.name_zh.as_deref());
    f.opt("holder-operator", h.operator.as_deref());
    f.opt("holder-jurisdiction", h.jurisdiction.map(|j| j.code()));
    f.opt("holder-kind", h.kind.map(|k| k.code()));
    f.opt("holder-email", h.email.as_deref());
    f.opt("holder-phone", h.phone.as_deref());
    f.opt("holder-address", h.address.as_deref());
    f.opt("holder-webform", h.webform_url.as_deref());
    f.opt("holder-policy", h.policy_url.as_deref());
    f.num("events", c.events.len() as i64);
    for e in c.events {
        f.num("event", e.id.0);
        f.text("link", &e.hash);
        f.text("prev", &e.prev_hash);
        f.text("event-kind", e.kind.code());
        f.text("occurred", &e.occurred_on.to_string());
        f.text("recorded", &e.recorded_at);
        f.text("text", &e.text);
        f.opt("tracking", e.tracking.as_deref());
        f.opt("channel", e.channel.map(DeliveryChannel::code));
        f.num("attachments", e.attachments.len() as i64);
        for a in &e.attachments {
            f.text("name", &a.original_name);
            f.text("media-type", &a.media_type);
            f.num("size", a.size as i64);
            f.text("sha256", &a.sha256);
        }
    }
    f.num("pages", c.pages.len() as i64);
    for p in c.pages {
        page_fields(&mut f, p);
    }
    f.finish()
}

fn page_fields(f: &mut Fields, p: &HolderAttachment) {
    f.num("page", p.id);
    f.num("page-holder", p.holder_id.0);
    f.text("page-kind", &p.kind);
    f.text("url", &p.url);
    f.text("final-url", &p.final_url);
    f.num("http-status", i64::from(p.http_status));
    f.opt("content-type", p.content_type.as_deref());
    f.text("page-sha256", &p.sha256);
    f.num("page-size", p.size as i64);
    f.text("fetched", &p.fetched_at);
}

/// The head over the whole store: every request (by id, with its stored head,
/// or none) and every kept page, so that removing or adding a request or a
/// page outside RightsDesk is seen.
pub fn store_head(requests: &[(RequestId, Option<String>)], pages: &[HolderAttachment]) -> String {
    let mut f = Fields::new("rightsdesk-store-v2");
    f.num("requests", requests.len() as i64);
    for (id, head) in requests {
        f.num("request", id.0);
        f.opt("head", head.as_deref());
    }
    f.num("pages", pages.len() as i64);
    for p in pages {
        page_fields(&mut f, p);
    }
    f.finish()
}

/// Whether the stored status, sending date and channel are what the events say.
pub fn derived_fields_match(r: &Request, events: &[Event]) -> bool {
    let status = events.iter().fold(RequestStatus::Draft, |s, e| status_after(s, e.kind));
    let sent = events.iter().find(|e| e.kind == EventKind::Sent);
    status == r.status
        && sent.map(|e| e.occurred_on) == r.sent_on
        && sent.and_then(|e| e.channel) == r.channel
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

    fn record_with(tracking: Option<&str>, name: &str) -> String {
        use crate::ids::{AttachmentId, EventId, HolderId};
        use crate::request::{Attachment, RequestKind};
        let request = Request {
            id: RequestId(1),
            holder_id: HolderId(1),
            kind: RequestKind::Deletion,
            jurisdiction: crate::jurisdiction::Jurisdiction::Cn,
            language: crate::i18n::Locale::ZhCn,
            reason: None,
            parent_id: None,
            subject: "s".into(),
            body: "b".into(),
            citations: vec!["pipl-47".into()],
            channel: None,
            letter_date: chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(),
            sent_on: None,
            rule_id: None,
            status: RequestStatus::Draft,
            created_at: "2026-03-01T10:00:00Z".into(),
        };
        let mut e = Event {
            id: EventId(1),
            request_id: RequestId(1),
            kind: EventKind::Note,
            occurred_on: request.letter_date,
            recorded_at: "2026-03-01T10:00:00Z".into(),
            text: String::new(),
            tracking: tracking.map(str::to_string),
            channel: None,
            attachments: vec![Attachment {
                id: AttachmentId(1),
                sha256: "00".repeat(32),
                original_name: name.into(),
                media_type: "image/png".into(),
                size: 3,
            }],
            prev_hash: String::new(),
            hash: String::new(),
        };
        e.hash = link_hash("", &e);
        let addressed = HolderFields { name: "Acme".into(), ..Default::default() };
        record_head(&RecordContent { request: &request, addressed: &addressed, events: &[e], pages: &[] })
    }

    #[test]
    fn the_record_head_tells_absent_from_empty_and_covers_attachment_names() {
        let base = record_with(None, "a.png");
        assert_eq!(base, record_with(None, "a.png"), "deterministic");
        assert_ne!(base, record_with(Some(""), "a.png"), "an empty tracking number is not an absent one");
        assert_ne!(base, record_with(None, "b.png"), "the attachment's name is covered");
    }
}
