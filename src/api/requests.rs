//! Request use cases: draft, send, log what happened, see where it stands.

use crate::calendar::CnCalendar;
use crate::clock::Now;
use crate::deadline::{self, Clock, ClockEvent, ClockState, Due, Rule};
use crate::error::{Error, Result};
use crate::evidence::Integrity;
use crate::holder::{Holder, HolderFields, Identifier};
use crate::i18n::{Locale, Localizer};
use crate::ids::{HolderId, RequestId};
use crate::jurisdiction::Jurisdiction;
use crate::law::Catalogue;
use crate::letter::{self, CitedArticle, LetterDraft, LetterInput, Sender};
use crate::request::{DeliveryChannel, Event, EventKind, Request, RequestKind, RequestStatus};
use crate::store::{NewEvent, NewRequest, Store};
use crate::validate::{self, Invalid};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// What the user chose in the new-request wizard (or on the command line).
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DraftInput {
    pub holder_id: HolderId,
    pub kind: RequestKind,
    /// Proposed from the holder when absent.
    #[serde(default)]
    pub jurisdiction: Option<Jurisdiction>,
    pub language: Locale,
    /// For complaints: `no-response`, `refused`, `repeated-consent-prompts`, `service-refused`,
    /// `forced-biometrics`, `cancellation-blocked`.
    #[serde(default)]
    pub reason: Option<String>,
    /// For deletion requests: why the data should be deleted (`purpose-achieved`,
    /// `service-ended`, `retention-expired`, `consent-withdrawn`, `unlawful`).
    #[serde(default)]
    pub ground: Option<String>,
    /// For correction requests: what is wrong and what it should be.
    #[serde(default)]
    pub correction: Option<String>,
    /// The date on the letter; today when absent.
    #[serde(default)]
    pub letter_date: Option<NaiveDate>,
    /// Identifiers to include; all of the user's identifiers at the holder when absent.
    #[serde(default)]
    pub identifiers: Option<Vec<Identifier>>,
    /// The request a reminder or complaint follows up.
    #[serde(default)]
    pub parent_id: Option<RequestId>,
    #[serde(default)]
    pub sender: Option<Sender>,
}

/// A letter as it would be sent, with its legal basis and deadline, before anything is saved.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct LetterPreview {
    pub draft: LetterDraft,
    pub jurisdiction: Jurisdiction,
    pub rule: Rule,
    /// The texts the rule's figure comes from, by name (a reference is shown as one).
    pub rule_sources: Vec<CitedArticle>,
    /// When it would be due if sent on the letter's date.
    pub due_if_sent_today: Due,
}

/// A request with everything a request page shows.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct RequestDetail {
    pub request: Request,
    pub holder: Holder,
    /// Status as of today (adds `overdue` to the stored status).
    pub status: RequestStatus,
    pub events: Vec<Event>,
    pub rule: Option<Rule>,
    /// The texts the rule's figure comes from, by name.
    pub rule_sources: Vec<CitedArticle>,
    pub clock: Option<Clock>,
    pub citations: Vec<CitedArticle>,
    /// The record's head (hex): what `verify` prints and the evidence PDF shows.
    pub digest: String,
    /// The holder as the letter addressed it (taken when it was sent; the holder as it is for a draft).
    pub addressed_to: HolderFields,
    /// What checking the record found.
    pub integrity: Integrity,
}

/// A request as listed on the dashboard and the calendar.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct RequestSummary {
    pub id: RequestId,
    pub holder_id: HolderId,
    pub holder_name: String,
    pub holder_name_zh: Option<String>,
    pub kind: RequestKind,
    pub jurisdiction: Jurisdiction,
    pub status: RequestStatus,
    pub letter_date: NaiveDate,
    pub sent_on: Option<NaiveDate>,
    pub clock: Option<Clock>,
}

/// How a letter went out.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct SendInput {
    pub date: NaiveDate,
    #[serde(default)]
    pub channel: Option<DeliveryChannel>,
    /// Postal tracking number, or the name of who signed for a hand delivery.
    #[serde(default)]
    pub tracking: Option<String>,
}

/// Something that happened to a request, as the user logs it.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct LogInput {
    pub kind: EventKind,
    pub date: NaiveDate,
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(type = "string[]"))]
    pub files: Vec<PathBuf>,
}

fn holder_of(store: &Store, id: HolderId) -> Result<Holder> {
    store.get_holder(id)?.ok_or(Error::NotFound { what: "holder", id: id.0 })
}

fn request_of(store: &Store, id: RequestId) -> Result<Request> {
    store.get_request(id)?.ok_or(Error::NotFound { what: "request", id: id.0 })
}

/// The deadline rule a request runs on: the e-commerce cancellation rule where
/// it applies, "promptly" where Chinese law sets no number of days and the
/// 15-working-day reference does not cover the request, the s.164A
/// acknowledgement for a UK complaint, otherwise the jurisdiction's default.
pub fn rule_for(kind: RequestKind, jurisdiction: Jurisdiction, holder: &Holder) -> &'static Rule {
    use crate::holder::HolderKind;
    let named = |id: &str| deadline::rule(id);
    let kind = letter::kind_in(kind, jurisdiction);
    let property = holder.fields.kind == Some(HolderKind::Property);
    let chosen = match (jurisdiction, kind) {
        // California opt-out and limit requests have no statutory period (the 45 days
        // cover know, delete and correct): an unverified reference date only.
        (Jurisdiction::UsCa, RequestKind::OptOut | RequestKind::LimitSensitive) => {
            named("ccpa-opt-out-15-business-days-unverified")
        }
        (Jurisdiction::Cn, RequestKind::AccountCancellation)
            if holder.fields.kind == Some(HolderKind::Ecommerce) =>
        {
            named("cn-ecommerce-cancellation-immediate")
        }
        // The reference (认定方法 2019 六.3/六.5) covers correction, deletion,
        // cancellation and complaints at apps: not access, not consent withdrawal,
        // not a property manager (issue 14 item 10).
        (Jurisdiction::Cn, RequestKind::Access | RequestKind::ConsentWithdrawal) => named("cn-promptly"),
        (Jurisdiction::Cn, k) if property && !matches!(k, RequestKind::Reminder | RequestKind::Complaint) => {
            named("cn-promptly")
        }
        (Jurisdiction::Uk, RequestKind::Complaint) => named("uk-complaint-acknowledge-30-days"),
        _ => None,
    };
    chosen.unwrap_or(deadline::default_rule(jurisdiction))
}

/// The rule a stored request's clock runs on, given when it was received.
///
/// The stored rule is the one chosen when the letter was drafted. Two choices
/// depend on the date of receipt, which is known only later: a UK request
/// received before 5 February 2026 keeps the old Art. 12(3) (SI 2026/82 reg. 4),
/// and a UK complaint to the controller has the s.164A clock only if received
/// from 19 June 2026 (reg. 7). A Chinese request stored on the 15-working-day
/// reference that the reference does not cover runs on "promptly". Complaints to
/// a regulator have no clock: the regulator's handling time is not ours to count.
fn rule_in_effect(req: &Request, holder: &Holder, received: Option<NaiveDate>) -> Option<&'static Rule> {
    let stored = req.rule_id.as_deref().and_then(deadline::rule)?;
    let catalogue = Catalogue::official();
    let s164a = |d: NaiveDate| catalogue.in_force("uk-dpa-2018-164a", d).is_some();
    match stored.id.as_str() {
        // A UK complaint dated from 19 June 2026 went to the controller; its duty to
        // acknowledge exists only if the controller received it from that day.
        _ if req.kind == RequestKind::Complaint => {
            let to_controller = req.jurisdiction == Jurisdiction::Uk && s164a(req.letter_date);
            let duty = to_controller && received.is_none_or(s164a);
            duty.then(|| deadline::rule("uk-complaint-acknowledge-30-days")).flatten()
        }
        "uk-one-month" | "uk-one-month-before-12a" => {
            Some(received.map_or(stored, |d| uk_time_rule(stored, d)))
        }
        "cn-reference-15-working-days" if req.kind != RequestKind::Reminder => {
            Some(rule_for(req.kind, req.jurisdiction, holder))
        }
        _ => Some(stored),
    }
}

fn letter_input(store: &Store, input: &DraftInput, now: &Now) -> Result<(LetterInputOwned, &'static Rule)> {
    let today = now.today;
    let holder = holder_of(store, input.holder_id)?;
    let jurisdiction = input.jurisdiction.or(holder.fields.jurisdiction).unwrap_or(Jurisdiction::Other);
    let date = input.letter_date.unwrap_or(today);
    not_in_future("letter", date, now)?;
    let identifiers = match &input.identifiers {
        Some(ids) => ids.clone(),
        None => store.list_accounts(Some(holder.id))?.into_iter().flat_map(|a| a.fields.identifiers).fold(
            Vec::new(),
            |mut acc, id| {
                if !acc.contains(&id) {
                    acc.push(id);
                }
                acc
            },
        ),
    };
    let parent = match input.parent_id {
        Some(p) => {
            let req = request_of(store, p)?;
            let detail = detail_of(store, req, today)?;
            Some(detail)
        }
        None => None,
    };
    if matches!(input.kind, RequestKind::Reminder) && parent.is_none() {
        return Err(
            Invalid::Other("a reminder follows up an earlier request: choose which one".into()).into()
        );
    }
    let rule = match &parent {
        Some(p) if input.kind == RequestKind::Reminder => p
            .rule
            .as_ref()
            .and_then(|r| deadline::rule(&r.id))
            .unwrap_or(deadline::default_rule(jurisdiction)),
        // A first letter is read as received on its date ("if this letter reaches you today").
        _ => uk_time_rule(rule_for(input.kind, jurisdiction, &holder), date),
    };
    let kind = letter::kind_in(input.kind, jurisdiction);
    // One stored column, `reason`, carries the user's choice for the kinds that have one.
    let choice = match kind {
        RequestKind::Complaint => input.reason.clone(),
        RequestKind::Deletion => input.ground.clone(),
        RequestKind::Correction => input.correction.clone(),
        _ => None,
    }
    .map(|s| s.trim().to_string())
    .filter(|s| !s.is_empty());
    Ok((
        LetterInputOwned {
            kind,
            reason: choice,
            jurisdiction,
            locale: input.language,
            date,
            holder,
            identifiers,
            sender: input.sender.clone().unwrap_or_default(),
            parent,
        },
        rule,
    ))
}

/// Owned inputs for [`letter::draft`].
struct LetterInputOwned {
    kind: RequestKind,
    reason: Option<String>,
    jurisdiction: Jurisdiction,
    locale: Locale,
    date: NaiveDate,
    holder: Holder,
    identifiers: Vec<Identifier>,
    sender: Sender,
    parent: Option<RequestDetail>,
}

fn draft_letter(i: &LetterInputOwned, rule: &Rule, cal: &CnCalendar) -> Result<(LetterDraft, Due)> {
    let due = deadline::due_date(rule, i.date, cal).map_err(|e| Invalid::Other(e.to_string()))?;
    let choice = |k: RequestKind| if i.kind == k { i.reason.as_deref() } else { None };
    let draft = letter::draft(
        &LetterInput {
            kind: i.kind,
            reason: choice(RequestKind::Complaint),
            ground: choice(RequestKind::Deletion),
            correction: choice(RequestKind::Correction),
            jurisdiction: i.jurisdiction,
            locale: i.locale,
            date: i.date,
            holder: &i.holder,
            identifiers: &i.identifiers,
            sender: &i.sender,
            rule,
            due,
            parent: i.parent.as_ref().map(|p| letter::ParentRequest {
                kind: p.request.kind,
                sent_on: p.request.sent_on,
                received_on: p.clock.as_ref().and_then(|c| c.sent_on).or_else(|| received_on(&p.events)),
                due: p.clock.as_ref().and_then(|c| c.due),
                state: p.clock.as_ref().map(|c| c.state),
                events: &p.events,
                rule: p.rule.as_ref(),
            }),
        },
        Localizer::embedded(),
        Catalogue::official(),
    )?;
    Ok((draft, due))
}

/// Drafts the letter without saving anything (the wizard's preview).
pub fn preview_letter(store: &Store, input: &DraftInput, now: &Now) -> Result<LetterPreview> {
    let (i, rule) = letter_input(store, input, now)?;
    let (draft, due) = draft_letter(&i, rule, &super::calendar_in_use(store)?)?;
    Ok(LetterPreview {
        draft,
        jurisdiction: i.jurisdiction,
        rule: rule.clone(),
        rule_sources: rule_sources(rule),
        due_if_sent_today: due,
    })
}

/// Drafts the letter and saves the request as a draft with its `created` event.
pub fn create_request(store: &mut Store, input: &DraftInput, now: &Now) -> Result<RequestDetail> {
    let (i, rule) = letter_input(store, input, now)?;
    let (draft, _) = draft_letter(&i, rule, &super::calendar_in_use(store)?)?;
    let req = store.insert_request(
        &NewRequest {
            holder_id: i.holder.id,
            kind: i.kind,
            jurisdiction: i.jurisdiction,
            language: i.locale,
            // The complaint reason, the deletion ground or the correction asked for.
            reason: i.reason.clone(),
            parent_id: input.parent_id,
            subject: draft.subject,
            body: draft.body,
            citations: draft.citations.iter().map(|c| c.id.clone()).collect(),
            letter_date: i.date,
            rule_id: Some(rule.id.clone()),
        },
        &now.stamp(),
    )?;
    // A reminder or complaint is itself an event in the history of the request it follows up.
    if let Some(parent) = input.parent_id {
        let kind = if i.kind == RequestKind::Complaint { EventKind::Escalated } else { EventKind::Reminder };
        let parent_req = request_of(store, parent)?;
        if parent_req.status != RequestStatus::Draft {
            store.append_event(
                parent,
                &NewEvent {
                    kind,
                    occurred_on: i.date,
                    text: format!("#{} {}", req.id, req.subject),
                    tracking: None,
                    channel: None,
                    files: Vec::new(),
                    inline: Vec::new(),
                },
                &now.stamp(),
            )?;
        }
    }
    get_request(store, req.id, now)
}

/// Replaces the text of a draft letter (refused once sent: a sent letter is evidence).
pub fn update_draft_letter(
    store: &Store,
    id: RequestId,
    subject: &str,
    body: &str,
    now: &Now,
) -> Result<RequestDetail> {
    let req = request_of(store, id)?;
    if req.status != RequestStatus::Draft {
        return Err(Error::AlreadySent(id.0));
    }
    let subject = validate::required("subject", subject)?;
    let body = validate::text("letter", body)?;
    store.update_letter(id, &subject, &body, &now.stamp())?;
    get_request(store, id, now)
}

/// Records that the letter went out, and how.
pub fn mark_sent(store: &mut Store, id: RequestId, input: &SendInput, now: &Now) -> Result<RequestDetail> {
    let req = request_of(store, id)?;
    if req.sent_on.is_some() {
        return Err(Error::AlreadySent(id.0));
    }
    not_in_future("sending date", input.date, now)?;
    // A sending date before the letter's own date would make the record contradict itself.
    if input.date < req.letter_date {
        return Err(Error::SentBeforeLetter { letter: req.letter_date, sent: input.date });
    }
    let tracking = validate::optional("tracking number", input.tracking.as_deref())?;
    let channel = input.channel.or(req.channel);
    // The channel and tracking number have their own fields; the text stays free for notes.
    let text = String::new();
    // The letter as sent is kept as a file too, beside the sealed text (a store
    // in memory keeps no files; the text is sealed in the record either way).
    let inline = match store.attachments_dir() {
        Some(_) => vec![(format!("letter-request-{}.txt", id.0), letter_as_sent(&req).into_bytes())],
        None => Vec::new(),
    };
    store.append_event(
        id,
        &NewEvent {
            kind: EventKind::Sent,
            occurred_on: input.date,
            text,
            tracking,
            channel,
            files: Vec::new(),
            inline,
        },
        &now.stamp(),
    )?;
    get_request(store, id, now)
}

/// Logs a reply, an extension notice, a refusal, a note … with optional attachments.
pub fn log_event(store: &mut Store, id: RequestId, input: &LogInput, now: &Now) -> Result<RequestDetail> {
    let req = request_of(store, id)?;
    if !input.kind.is_loggable() {
        return Err(Invalid::Other(format!(
            "`{}` is recorded by its own action, not logged",
            input.kind.code()
        ))
        .into());
    }
    let needs_sent = matches!(
        input.kind,
        EventKind::ReplyReceived
            | EventKind::Acknowledged
            | EventKind::ExtensionNotified
            | EventKind::Fulfilled
            | EventKind::Refused
    );
    if needs_sent && req.sent_on.is_none() {
        return Err(Error::NotSent(id.0));
    }
    not_in_future("event", input.date, now)?;
    let text = validate::text("text", input.text.trim())?;
    for f in &input.files {
        let meta = std::fs::metadata(f)
            .map_err(|source| Error::AttachmentUnreadable { path: f.display().to_string(), source })?;
        if meta.len() > crate::store::MAX_ATTACHMENT_BYTES {
            return Err(Error::AttachmentTooLarge {
                path: f.display().to_string(),
                size: meta.len(),
                limit: crate::store::MAX_ATTACHMENT_BYTES,
            });
        }
        std::fs::File::open(f)
            .map_err(|source| Error::AttachmentUnreadable { path: f.display().to_string(), source })?;
    }
    store.append_event(
        id,
        &NewEvent {
            kind: input.kind,
            occurred_on: input.date,
            text,
            tracking: None,
            channel: None,
            files: input.files.clone(),
            inline: Vec::new(),
        },
        &now.stamp(),
    )?;
    get_request(store, id, now)
}

/// The letter as sent, as a plain-text file: subject, date, then the body as stored.
pub fn letter_as_sent(req: &Request) -> String {
    format!("{}\n{}\n\n{}\n", req.subject, req.letter_date, req.body.trim_end())
}

/// A reply (or another answer) logged from its raw message (`.eml`).
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct EmlInput {
    /// What the message is; a reply when absent.
    #[serde(default)]
    pub kind: Option<EventKind>,
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub path: PathBuf,
    /// The day it arrived; the message's own `Date` when absent.
    #[serde(default)]
    pub date: Option<NaiveDate>,
}

/// Logs a reply from its raw message: the bytes are kept unchanged as the
/// event's attachment (`message/rfc822`), the event's text is the message's
/// plain-text body, and the evidence lists its Message-ID, Date, From and DKIM
/// domain and selector, read from those same bytes.
pub fn log_reply_eml(store: &mut Store, id: RequestId, input: &EmlInput, now: &Now) -> Result<RequestDetail> {
    let path = &input.path;
    let shown = path.display().to_string();
    let meta = std::fs::metadata(path)
        .map_err(|source| Error::AttachmentUnreadable { path: shown.clone(), source })?;
    if meta.len() > crate::store::MAX_ATTACHMENT_BYTES {
        return Err(Error::AttachmentTooLarge {
            path: shown,
            size: meta.len(),
            limit: crate::store::MAX_ATTACHMENT_BYTES,
        });
    }
    let raw =
        std::fs::read(path).map_err(|source| Error::AttachmentUnreadable { path: shown.clone(), source })?;
    let mail =
        crate::mail::read(&raw).map_err(|message| Error::EmlUnreadable { path: shown.clone(), message })?;
    let kind = input.kind.unwrap_or(EventKind::ReplyReceived);
    let req = request_of(store, id)?;
    if !kind.is_loggable() {
        return Err(
            Invalid::Other(format!("`{}` is recorded by its own action, not logged", kind.code())).into()
        );
    }
    if req.sent_on.is_none() && kind != EventKind::Note {
        return Err(Error::NotSent(id.0));
    }
    // The message's own day, unless it claims one still to come (a wrong clock at the sender's).
    let date = input.date.or(mail.sent_on.filter(|d| !now.is_future(*d))).unwrap_or(now.today);
    not_in_future("event", date, now)?;
    let text = validate::text("text", mail.text.trim())?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "message".into());
    let name = if name.to_ascii_lowercase().ends_with(".eml") { name } else { format!("{name}.eml") };
    store.append_event(
        id,
        &NewEvent {
            kind,
            occurred_on: date,
            text,
            tracking: None,
            channel: None,
            files: Vec::new(),
            inline: vec![(name, raw)],
        },
        &now.stamp(),
    )?;
    get_request(store, id, now)
}

/// Refuses a date days after today: a letter or an event is recorded once it
/// has happened (a day ahead is allowed for time zones, see [`Now::is_future`]).
fn not_in_future(what: &'static str, date: NaiveDate, now: &Now) -> Result<()> {
    if now.is_future(date) {
        return Err(Error::DateInFuture { what, date, today: now.today });
    }
    Ok(())
}

/// The clock events of a request's history.
///
/// The period runs from receipt (GDPR Art. 12(3), UK Art. 12A, CCPA Regs
/// §7021(b)). An e-mail or web form is received the day it is sent; a letter
/// sent by post or handed over is received on the delivery date the user logs
/// as "receipt acknowledged" (tracking record or signature), and until then the
/// sending date stands in for it.
/// The UK one-month rule for a request received on `received`: Art. 12A from
/// 5 February 2026, the old Art. 12(3) before (SI 2026/82 reg. 4).
fn uk_time_rule(rule: &'static Rule, received: NaiveDate) -> &'static Rule {
    if !matches!(rule.id.as_str(), "uk-one-month" | "uk-one-month-before-12a") {
        return rule;
    }
    let old = Catalogue::official().in_force("uk-gdpr-12a", received).is_none();
    deadline::rule(if old { "uk-one-month-before-12a" } else { "uk-one-month" }).unwrap_or(rule)
}

fn clock_events(events: &[Event], acknowledgement_stops: bool) -> Vec<ClockEvent> {
    let sent = events.iter().find(|e| e.kind == EventKind::Sent);
    let on_paper =
        sent.is_some_and(|e| matches!(e.channel, Some(DeliveryChannel::Post | DeliveryChannel::Hand)));
    let received = received_on(events);
    // Where the duty is to acknowledge (s.164A), an acknowledgement answers it; on
    // paper the first "receipt acknowledged" is the delivery record, not their answer.
    let answers = events
        .iter()
        .filter(|e| e.kind == EventKind::Acknowledged && acknowledgement_stops)
        .skip(usize::from(on_paper))
        .map(|e| ClockEvent::Stopped(e.occurred_on));
    received
        .map(ClockEvent::Sent)
        .into_iter()
        .chain(events.iter().filter_map(|e| match e.kind {
            EventKind::ExtensionNotified => Some(ClockEvent::ExtensionNotified(e.occurred_on)),
            EventKind::ReplyReceived | EventKind::Fulfilled | EventKind::Refused | EventKind::Closed => {
                Some(ClockEvent::Stopped(e.occurred_on))
            }
            _ => None,
        }))
        .chain(answers)
        .collect()
}

/// When the holder received the request: the sending date for e-mail and web
/// forms, the logged delivery date for post and hand delivery (the sending date
/// until one is logged).
fn received_on(events: &[Event]) -> Option<NaiveDate> {
    let sent = events.iter().find(|e| e.kind == EventKind::Sent);
    let on_paper =
        sent.is_some_and(|e| matches!(e.channel, Some(DeliveryChannel::Post | DeliveryChannel::Hand)));
    let delivered = events.iter().find(|e| e.kind == EventKind::Acknowledged).map(|e| e.occurred_on);
    match (sent, delivered) {
        (Some(s), Some(d)) if on_paper && d >= s.occurred_on => Some(d),
        (Some(s), _) => Some(s.occurred_on),
        (None, _) => None,
    }
}

fn clock_of(
    req: &Request,
    holder: &Holder,
    events: &[Event],
    today: NaiveDate,
    cal: &CnCalendar,
) -> (Option<&'static Rule>, Option<Clock>) {
    let Some(rule) = rule_in_effect(req, holder, received_on(events)) else { return (None, None) };
    // A recorded date has happened: dates days ahead are refused when entered, and
    // one a day ahead (a time zone) must not leave the request "sent" with a clock
    // that has not started.
    let as_of = events.iter().map(|e| e.occurred_on).max().map_or(today, |last| last.max(today));
    let acknowledgement_stops = rule.id == "uk-complaint-acknowledge-30-days";
    let clock = deadline::clock(rule, &clock_events(events, acknowledgement_stops), as_of, cal).ok();
    (Some(rule), clock)
}

fn status_today(stored: RequestStatus, clock: Option<&Clock>) -> RequestStatus {
    match clock.map(|c| &c.state) {
        Some(ClockState::Overdue { .. }) if stored.is_waiting() => RequestStatus::Overdue,
        _ => stored,
    }
}

/// The catalogue articles a rule's figure comes from, so screens show their names, not ids.
fn rule_sources(rule: &Rule) -> Vec<CitedArticle> {
    let catalogue = Catalogue::official();
    rule.sources.iter().filter_map(|id| catalogue.article(id)).map(CitedArticle::from).collect()
}

fn detail_of(store: &Store, request: Request, today: NaiveDate) -> Result<RequestDetail> {
    let holder = holder_of(store, request.holder_id)?;
    let events = store.list_events(request.id)?;
    let (rule, clock) = clock_of(&request, &holder, &events, today, &super::calendar_in_use(store)?);
    let catalogue = Catalogue::official();
    let citations =
        request.citations.iter().filter_map(|id| catalogue.article(id)).map(CitedArticle::from).collect();
    let check =
        store.check_record(request.id)?.ok_or(Error::NotFound { what: "request", id: request.id.0 })?;
    let addressed_to =
        store.addressed_holder(request.id)?.ok_or(Error::NotFound { what: "request", id: request.id.0 })?;
    let sealed_since = check.stored.as_ref().map(|s| s.strong_since.clone());
    let integrity = Integrity {
        upgraded: sealed_since.as_deref().is_some_and(|s| s > request.created_at.as_str()),
        links: check.links,
        problems: check.problems,
        timestamps: check.timestamps,
        sealed_since,
    };
    Ok(RequestDetail {
        status: status_today(request.status, clock.as_ref()),
        digest: check.head,
        addressed_to,
        integrity,
        holder,
        events,
        rule_sources: rule.map(rule_sources).unwrap_or_default(),
        rule: rule.cloned(),
        clock,
        citations,
        request,
    })
}

pub fn get_request(store: &Store, id: RequestId, now: &Now) -> Result<RequestDetail> {
    let req = request_of(store, id)?;
    detail_of(store, req, now.today)
}

/// Every request with its clock as of today, newest first.
pub fn list_requests(store: &Store, now: &Now) -> Result<Vec<RequestSummary>> {
    list_requests_on(store, now, &super::calendar_in_use(store)?)
}

/// [`list_requests`] with the clocks counted on `cal` (to see what an import would move).
pub(crate) fn list_requests_on(store: &Store, now: &Now, cal: &CnCalendar) -> Result<Vec<RequestSummary>> {
    let holders = store.list_holders()?;
    let mut out = Vec::new();
    for req in store.list_requests(None)? {
        let events = store.list_events(req.id)?;
        let holder = holders.iter().find(|h| h.id == req.holder_id);
        let clock = holder.and_then(|h| clock_of(&req, h, &events, now.today, cal).1);
        out.push(RequestSummary {
            id: req.id,
            holder_id: req.holder_id,
            holder_name: holder.map(|h| h.fields.name.clone()).unwrap_or_default(),
            holder_name_zh: holder.and_then(|h| h.fields.name_zh.clone()),
            kind: req.kind,
            jurisdiction: req.jurisdiction,
            status: status_today(req.status, clock.as_ref()),
            letter_date: req.letter_date,
            sent_on: req.sent_on,
            clock,
        });
    }
    Ok(out)
}

/// The letter of a request: the stored text, or redrafted in another language
/// from the same inputs (holder, date, kind, identifiers of the holder's accounts).
pub fn letter_text(
    store: &Store,
    id: RequestId,
    language: Option<Locale>,
    now: &Now,
) -> Result<(String, String)> {
    let req = request_of(store, id)?;
    match language {
        Some(lang) if lang != req.language => {
            let preview = preview_letter(
                store,
                &DraftInput {
                    holder_id: req.holder_id,
                    kind: req.kind,
                    jurisdiction: Some(req.jurisdiction),
                    language: lang,
                    reason: req.reason.clone(),
                    ground: req.reason.clone(),
                    correction: req.reason.clone(),
                    letter_date: Some(req.letter_date),
                    identifiers: None,
                    parent_id: req.parent_id,
                    sender: None,
                },
                now,
            )?;
            Ok((preview.draft.subject, preview.draft.body))
        }
        _ => Ok((req.subject, req.body)),
    }
}

/// The due date a rule gives for a request sent on `from` (the `deadline` command).
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DeadlineAnswer {
    pub from: NaiveDate,
    pub due: Due,
    pub rule: Rule,
    pub extended_due: Option<Due>,
    pub acknowledge_by: Option<Due>,
}

/// Counted on the same calendar as the requests: the official years plus the
/// years the user imported (`store`), or the official calendar alone without a store.
pub fn compute_deadline(
    store: Option<&Store>,
    jurisdiction: Jurisdiction,
    from: NaiveDate,
    rule_id: Option<&str>,
) -> Result<DeadlineAnswer> {
    let rule = match rule_id {
        Some(id) => deadline::rule(id).ok_or_else(|| Invalid::Choice {
            field: "rule",
            value: id.to_string(),
            allowed: deadline::rules().iter().map(|r| r.id.as_str()).collect::<Vec<_>>().join(", "),
        })?,
        None => deadline::default_rule(jurisdiction),
    };
    let cal = match store {
        Some(store) => super::calendar_in_use(store)?,
        None => CnCalendar::official().clone(),
    };
    let bad = |e: deadline::DeadlineError| Error::from(Invalid::Other(e.to_string()));
    Ok(DeadlineAnswer {
        from,
        due: deadline::due_date(rule, from, &cal).map_err(bad)?,
        extended_due: deadline::extended_due_date(rule, from, &cal).map_err(bad)?,
        acknowledge_by: deadline::acknowledge_by(rule, from, &cal).map_err(bad)?,
        rule: rule.clone(),
    })
}
