//! The facts of a case, worded for the reader: what the PDF says, before it is laid out.
//!
//! Pure: built from a request's record (request, holder, events, deadline,
//! citations) and the result of reading its attached files, in one language,
//! as of one day. Every date, label and status is final text here, so the
//! content of the evidence can be tested without a PDF. Whether the record
//! still matches its hashes comes from `Store::check_record`, the same check
//! `verify` runs, so a record changed behind RightsDesk's back is flagged in
//! the export itself.

use crate::deadline::{Clock, ClockState, Due, Rule, Unit};
use crate::holder::Holder;
use crate::i18n::{Arg, Locale, Localizer};
use crate::ids::RequestId;
use crate::law::{Catalogue, Confidence, LegalStatus};
use crate::letter::{CitedArticle, Sender, format_date};
use crate::request::{Event, EventKind, Request, RequestStatus};
use crate::store::VerifyProblem;
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::BTreeMap;

/// One request's record, as read from the store.
#[derive(Debug, Clone, Copy)]
pub struct RequestRecord<'a> {
    pub request: &'a Request,
    pub holder: &'a Holder,
    /// Status as of the export day.
    pub status: RequestStatus,
    pub events: &'a [Event],
    pub rule: Option<&'a Rule>,
    pub clock: Option<&'a Clock>,
    pub citations: &'a [CitedArticle],
    /// The record's head (hex), recomputed over what is shown.
    pub digest: &'a str,
    /// What the record check found: which event links hold, what no longer matches.
    pub integrity: &'a Integrity,
}

/// The record check of one request, as the PDF reports it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Integrity {
    /// Whether each event still matches its link.
    pub links: Vec<bool>,
    /// What no longer matches, besides file bytes (event links, the sealed record, the store's head).
    pub problems: Vec<VerifyProblem>,
    /// When the whole record began to be sealed together (chain version 2; RFC 3339).
    pub sealed_since: Option<String>,
    /// Whether the record already existed before then (an older store that was upgraded).
    pub upgraded: bool,
    /// Each kept trusted timestamp, checked offline against the part of the record it stamped.
    pub timestamps: Vec<crate::store::TimestampCheck>,
}

/// What reading an attached file showed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileState {
    /// The bytes match the recorded SHA-256.
    Intact,
    /// The bytes changed since they were recorded.
    Altered,
    /// The file is gone from the data folder.
    Missing,
}

/// A picture that will be shown, by its number in the list handed to the renderer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PictureRef {
    pub key: usize,
    pub width: u32,
    pub height: u32,
}

/// The check of one attached file (keyed by its recorded SHA-256).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileCheck {
    pub state: FileState,
    pub picture: Option<PictureRef>,
    /// Why an image file is not shown, in English (kept short; printed as a note).
    pub not_shown: Option<String>,
    /// What a kept raw e-mail's headers say (Message-ID, Date, From, DKIM).
    pub mail: Option<crate::mail::MailFacts>,
}

/// The whole case: one request, or every request to one holder.
#[derive(Debug, Clone, Serialize)]
pub struct EvidenceCase {
    pub locale: Locale,
    pub exported_on: String,
    pub dossier: bool,
    pub title: String,
    pub subtitle: String,
    pub header: String,
    /// Lines about the requester; empty when the user chose not to show them.
    pub requester: Vec<String>,
    pub holder: HolderFacts,
    pub requests: Vec<RequestCase>,
}

/// The holder, as it appears on the cover.
#[derive(Debug, Clone, Serialize)]
pub struct HolderFacts {
    pub name: String,
    pub operator: Option<String>,
    pub kind: Option<String>,
    pub contacts: Vec<String>,
}

/// Everything about one request.
#[derive(Debug, Clone, Serialize)]
pub struct RequestCase {
    pub id: RequestId,
    pub heading: String,
    pub kind: String,
    /// Label and value, in cover order.
    pub facts: Vec<(String, String)>,
    pub basis: Vec<Citation>,
    pub timeline: Vec<TimelineRow>,
    pub letter: LetterFacts,
    pub replies: Vec<Reply>,
    pub attachments: Vec<AttachmentRow>,
    pub chain: Vec<ChainRow>,
    pub digest: String,
    /// Records that no longer match their hashes, worded for the reader.
    pub problems: Vec<String>,
    /// What the check covers and since when, worded for the reader (one paragraph each).
    pub assurance: Vec<String>,
    /// The trusted timestamps kept with the request, worded for the reader.
    pub timestamps: Vec<TimestampRow>,
    pub summary: SummaryRow,
}

/// One trusted timestamp, as the PDF prints it.
#[derive(Debug, Clone, Serialize)]
pub struct TimestampRow {
    /// `T1`, `T2` …
    pub reference: String,
    /// The TSA's time, the TSA's address and its certificate, one per line.
    pub summary: String,
    /// The stamped digest (hex).
    pub digest: String,
    /// Whether it holds, and what it covers.
    pub status: String,
    pub holds: bool,
}

/// A cited article.
#[derive(Debug, Clone, Serialize)]
pub struct Citation {
    pub cite: String,
    pub status: String,
    pub text: String,
    /// A summary in the reader's language when the text is in the other one.
    pub gist: Option<String>,
}

/// One event in the timeline table.
#[derive(Debug, Clone, Serialize)]
pub struct TimelineRow {
    pub no: String,
    pub date: String,
    pub event: String,
    pub details: String,
}

/// The letter as sent.
#[derive(Debug, Clone, Serialize)]
pub struct LetterFacts {
    pub heading: String,
    pub body: String,
}

/// What the holder wrote back (or did), in full.
#[derive(Debug, Clone, Serialize)]
pub struct Reply {
    pub heading: String,
    pub text: String,
}

/// One attached file.
#[derive(Debug, Clone, Serialize)]
pub struct AttachmentRow {
    /// `A1`, `A2` … within the request.
    pub reference: String,
    pub name: String,
    pub sha256: String,
    /// Name, type, size, event and notes, one per line.
    pub description: String,
    /// Caption under the picture, when it is shown.
    pub caption: String,
    #[serde(skip)]
    pub picture: Option<PictureRef>,
}

/// One link of the hash chain.
#[derive(Debug, Clone, Serialize)]
pub struct ChainRow {
    pub no: String,
    pub date: String,
    pub recorded_at: String,
    pub hash: String,
    pub intact: bool,
}

/// A request in the dossier's overview table.
#[derive(Debug, Clone, Serialize)]
pub struct SummaryRow {
    pub request: String,
    pub sent: String,
    pub due: String,
    pub status: String,
}

/// Texts longer than this are shortened in the timeline (they are printed in full elsewhere).
const TIMELINE_TEXT_LIMIT: usize = 280;

struct Words<'a> {
    l10n: &'a Localizer,
    loc: Locale,
}

impl Words<'_> {
    fn msg(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.l10n.msg(self.loc, id, args)
    }
    fn date(&self, d: NaiveDate) -> String {
        format_date(d, self.loc)
    }
    fn zh(&self) -> bool {
        self.loc.is_chinese()
    }
    /// An RFC 3339 moment as a date in words and a UTC time (the text itself if it does not parse).
    fn moment(&self, rfc3339: &str) -> String {
        match chrono::DateTime::parse_from_rfc3339(rfc3339) {
            Ok(t) => {
                let t = t.with_timezone(&chrono::Utc);
                format!("{} {} UTC", self.date(t.date_naive()), t.format("%H:%M:%S"))
            }
            Err(_) => rfc3339.to_string(),
        }
    }
}

/// The kebab-case text serde gives an enum value.
fn code<T: Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

/// The holder's name in both languages, the reader's first.
pub fn holder_name(h: &Holder, loc: Locale) -> String {
    let en = h.fields.name.trim();
    match h.fields.name_zh.as_deref().map(str::trim).filter(|z| !z.is_empty() && *z != en) {
        Some(zh) if loc.is_chinese() => format!("{zh}（{en}）"),
        Some(zh) => format!("{en} ({zh})"),
        None => en.to_string(),
    }
}

/// Digits grouped by thousands (`49,321`).
fn grouped(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A record-level problem in the reader's words (event links and files are worded where they are listed).
fn record_problem(p: &VerifyProblem, w: &Words<'_>) -> Option<String> {
    let n = |v: usize| Arg::Num(v as i64);
    Some(match p {
        VerifyProblem::RecordAltered { .. } => w.msg("evidence-problem-record", &[]),
        VerifyProblem::RecordLengthChanged {
            sealed_events, found_events, sealed_pages, found_pages, ..
        } => w.msg(
            "evidence-problem-length",
            &[
                ("sealedEvents", n(*sealed_events)),
                ("foundEvents", n(*found_events)),
                ("sealedPages", n(*sealed_pages)),
                ("foundPages", n(*found_pages)),
            ],
        ),
        VerifyProblem::RecordUnsealed { .. } => w.msg("evidence-problem-unsealed", &[]),
        VerifyProblem::StoreAltered => w.msg("evidence-problem-store", &[]),
        VerifyProblem::TimestampInvalid { timestamp, .. } => {
            w.msg("evidence-problem-timestamp", &[("id", Arg::Num(*timestamp))])
        }
        VerifyProblem::EventAltered { .. }
        | VerifyProblem::AttachmentAltered { .. }
        | VerifyProblem::AttachmentMissing { .. }
        | VerifyProblem::PageAltered { .. }
        | VerifyProblem::PageMissing { .. } => return None,
    })
}

/// The headers a kept e-mail can be checked by, one per line.
fn mail_lines(m: &crate::mail::MailFacts, w: &Words<'_>) -> Vec<String> {
    let none = w.msg("evidence-none", &[]);
    let v = |o: &Option<String>| o.as_deref().map(printable).unwrap_or_else(|| none.clone());
    let mut lines = vec![
        w.msg("evidence-mail-message-id", &[("value", Arg::Str(&v(&m.message_id)))]),
        w.msg("evidence-mail-date", &[("value", Arg::Str(&v(&m.date)))]),
        w.msg("evidence-mail-from", &[("value", Arg::Str(&v(&m.from)))]),
    ];
    if m.dkim.is_empty() {
        lines.push(w.msg("evidence-mail-no-dkim", &[]));
    }
    for d in &m.dkim {
        lines.push(w.msg(
            "evidence-mail-dkim",
            &[("domain", Arg::Str(&printable(&d.domain))), ("selector", Arg::Str(&printable(&d.selector)))],
        ));
    }
    lines
}

/// Events that carry the holder's side of the story, printed in full.
fn is_response(kind: EventKind) -> bool {
    matches!(
        kind,
        EventKind::Acknowledged
            | EventKind::ReplyReceived
            | EventKind::ExtensionNotified
            | EventKind::Fulfilled
            | EventKind::Refused
    )
}

/// The text `mark_sent` writes when the user gave none of their own.
fn generated_send_text(e: &Event) -> String {
    match (e.channel, &e.tracking) {
        (Some(c), Some(t)) => format!("{} · {}", c.code(), t),
        (Some(c), None) => c.code().to_string(),
        (None, Some(t)) => t.clone(),
        (None, None) => String::new(),
    }
}

/// Turns control characters into something printable; tabs become spaces.
fn printable(s: &str) -> String {
    s.replace("\r\n", "\n")
        .chars()
        .filter_map(|c| match c {
            '\t' => Some(' '),
            '\n' => Some('\n'),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect()
}

/// For whom, in which language and as of which day a case is written.
#[derive(Clone, Copy)]
pub struct Reader<'a> {
    pub locale: Locale,
    /// The export day: "overdue" is counted up to it.
    pub today: NaiveDate,
    /// The requester's details, when the user chose to show them.
    pub sender: Option<&'a Sender>,
    pub l10n: &'a Localizer,
}

/// Builds the case. `files` holds the check of each attached file by its recorded SHA-256.
pub fn build(
    records: &[RequestRecord<'_>],
    holder: &Holder,
    dossier: bool,
    files: &BTreeMap<String, FileCheck>,
    reader: Reader<'_>,
) -> EvidenceCase {
    let Reader { locale: loc, today, sender, l10n } = reader;
    let w = Words { l10n, loc };
    let name = holder_name(holder, loc);
    let requests: Vec<RequestCase> =
        records.iter().map(|r| request_case(r, dossier, files, today, &w)).collect();
    let (title, subtitle, header) = if dossier {
        (
            w.msg("evidence-title-dossier", &[]),
            name.clone(),
            w.msg("evidence-header-dossier", &[("holder", Arg::Str(&name))]),
        )
    } else {
        let (id, kind) = requests.first().map(|r| (r.id.0, r.kind.clone())).unwrap_or_default();
        let args = [("holder", Arg::Str(&name)), ("id", Arg::Num(id)), ("kind", Arg::Str(&kind))];
        (
            w.msg("evidence-title-request", &[]),
            w.msg("evidence-subtitle-request", &args),
            w.msg("evidence-header-request", &args),
        )
    };
    let requester = sender
        .map(|s| {
            [&s.name, &s.address, &s.contact]
                .into_iter()
                .filter_map(|v| v.as_deref().map(str::trim).filter(|v| !v.is_empty()))
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    EvidenceCase {
        locale: loc,
        exported_on: w.date(today),
        dossier,
        title,
        subtitle,
        header,
        requester,
        holder: holder_facts(holder, &w),
        requests,
    }
}

fn holder_facts(h: &Holder, w: &Words<'_>) -> HolderFacts {
    let f = &h.fields;
    let contacts = [
        ("evidence-contact-email", &f.email),
        ("evidence-contact-phone", &f.phone),
        ("evidence-contact-address", &f.address),
        ("evidence-contact-webform", &f.webform_url),
        ("evidence-contact-policy", &f.policy_url),
    ]
    .into_iter()
    .filter_map(|(id, v)| v.as_deref().map(|v| w.msg(id, &[("value", Arg::Str(v))])))
    .collect();
    HolderFacts {
        name: holder_name(h, w.loc),
        operator: f.operator.clone(),
        kind: f.kind.map(|k| w.msg("evidence-holder-kind", &[("kind", Arg::Str(k.code()))])),
        contacts,
    }
}

fn law_status(s: LegalStatus) -> String {
    code(&s)
}

fn confidence_code(c: Confidence) -> &'static str {
    match c {
        Confidence::Verified => "verified",
        Confidence::VerifiedRepro => "verified-repro",
        Confidence::Unverified => "unverified",
    }
}

fn due_text(clock: Option<&Clock>, w: &Words<'_>) -> String {
    match clock.and_then(|c| c.due.map(|d| (d, c.extended))) {
        Some((Due::On(d), true)) => w.msg("evidence-due-extended", &[("date", Arg::Str(&w.date(d)))]),
        Some((Due::On(d), false)) => w.date(d),
        Some((Due::Immediate, _)) => w.msg("evidence-due-immediate", &[]),
        Some((Due::Promptly, _)) => w.msg("evidence-due-promptly", &[]),
        Some((Due::Provisional(p), _)) => w.msg(
            "evidence-due-provisional",
            &[
                ("date", Arg::Str(&w.date(p.date))),
                ("latest", Arg::Str(&w.date(p.latest))),
                ("year", Arg::Num(i64::from(p.year))),
            ],
        ),
        None => w.msg("evidence-due-after-sending", &[]),
    }
}

fn clock_text(clock: &Clock, today: NaiveDate, w: &Words<'_>) -> String {
    let today_s = w.date(today);
    let unit = |u: Unit| code(&u);
    match clock.state {
        ClockState::Overdue { days, unit: u } => w.msg(
            "evidence-clock-overdue",
            &[
                ("days", Arg::Num(i64::from(days))),
                ("unit", Arg::Str(&unit(u))),
                ("today", Arg::Str(&today_s)),
            ],
        ),
        ClockState::DueIn { days, unit: u } => w.msg(
            "evidence-clock-due-in",
            &[
                ("days", Arg::Num(i64::from(days))),
                ("unit", Arg::Str(&unit(u))),
                ("today", Arg::Str(&today_s)),
            ],
        ),
        ClockState::DueToday => w.msg("evidence-clock-due-today", &[("today", Arg::Str(&today_s))]),
        ClockState::Stopped { on } => {
            let late = match clock.due {
                Some(Due::On(d)) => on > d,
                Some(Due::Provisional(p)) => on > p.latest,
                _ => false,
            };
            let id = if late { "evidence-clock-answered-late" } else { "evidence-clock-answered" };
            w.msg(id, &[("date", Arg::Str(&w.date(on)))])
        }
        ClockState::NotSent => w.msg("evidence-clock-not-sent", &[]),
        ClockState::Immediate => w.msg("evidence-clock-immediate", &[("today", Arg::Str(&today_s))]),
        ClockState::Promptly { days } => w.msg(
            "evidence-clock-promptly",
            &[("days", Arg::Num(i64::from(days))), ("today", Arg::Str(&today_s))],
        ),
        ClockState::PastProvisional { latest, .. } => w.msg(
            "evidence-clock-past-provisional",
            &[("latest", Arg::Str(&w.date(latest))), ("today", Arg::Str(&today_s))],
        ),
    }
}

fn rule_text(rule: &Rule, w: &Words<'_>) -> String {
    let catalogue = Catalogue::official();
    let sources: Vec<String> = rule
        .sources
        .iter()
        .map(|id| match catalogue.article(id) {
            Some(a) if w.zh() => catalogue.cite_zh(a),
            Some(a) => catalogue.cite_en(a),
            None => id.clone(),
        })
        .collect();
    let (label, note) =
        if w.zh() { (&rule.label_zh, &rule.note_zh) } else { (&rule.label_en, &rule.note_en) };
    let sep = if w.zh() { "、" } else { "; " };
    let status = w.msg("evidence-rule-status", &[("status", Arg::Str(&law_status(rule.status)))]);
    let sources = w.msg("evidence-rule-sources", &[("sources", Arg::Str(&sources.join(sep)))]);
    let status = if w.zh() { format!("（{status}）") } else { format!(" ({status})") };
    format!("{label}\n{note}\n{sources}{status}")
}

fn request_case(
    r: &RequestRecord<'_>,
    dossier: bool,
    files: &BTreeMap<String, FileCheck>,
    today: NaiveDate,
    w: &Words<'_>,
) -> RequestCase {
    let req = r.request;
    let kind = w.msg("evidence-kind", &[("kind", Arg::Str(req.kind.code()))]);
    let heading = w.msg("evidence-request-heading", &[("id", Arg::Num(req.id.0)), ("kind", Arg::Str(&kind))]);
    let status = w.msg("evidence-status", &[("status", Arg::Str(r.status.code()))]);
    let intact: Vec<bool> =
        (0..r.events.len()).map(|n| r.integrity.links.get(n).copied().unwrap_or(false)).collect();
    let mut problems = Vec::new();
    for (n, ok) in intact.iter().enumerate() {
        if !ok {
            problems.push(w.msg("evidence-problem-event", &[("no", Arg::Num(n as i64 + 1))]));
        }
    }
    problems.extend(r.integrity.problems.iter().filter_map(|p| record_problem(p, w)));

    // Attachments, numbered A1, A2 … in event order.
    let mut attachments = Vec::new();
    let mut refs: Vec<Vec<String>> = Vec::new();
    for (n, e) in r.events.iter().enumerate() {
        let mut these = Vec::new();
        for a in &e.attachments {
            let reference = format!("A{}", attachments.len() + 1);
            let check = files.get(&a.sha256);
            let event_name = w.msg("evidence-event", &[("kind", Arg::Str(e.kind.code()))]);
            let date = w.date(e.occurred_on);
            let size = if a.size >= 1024 {
                let kb = format!("{:.1}", a.size as f64 / 1024.0);
                w.msg("evidence-size", &[("kb", Arg::Str(&kb)), ("bytes", Arg::Str(&grouped(a.size)))])
            } else {
                w.msg("evidence-size-small", &[("bytes", Arg::Str(&grouped(a.size)))])
            };
            let mut lines = vec![
                format!("{} · {} · {}", printable(&a.original_name), a.media_type, size),
                w.msg(
                    "evidence-attachment-event",
                    &[
                        ("no", Arg::Num(n as i64 + 1)),
                        ("event", Arg::Str(&event_name)),
                        ("date", Arg::Str(&date)),
                    ],
                ),
                format!("SHA-256 {}", a.sha256),
            ];
            let name_args = [("ref", Arg::Str(&reference)), ("name", Arg::Str(&a.original_name))];
            match check.map(|c| c.state) {
                Some(FileState::Intact) => {}
                Some(FileState::Altered) => {
                    lines.push(w.msg("evidence-attachment-altered", &[]));
                    problems.push(w.msg("evidence-problem-attachment", &name_args));
                }
                Some(FileState::Missing) | None => {
                    lines.push(w.msg("evidence-attachment-missing", &[]));
                    problems.push(w.msg("evidence-problem-missing", &name_args));
                }
            }
            if let Some(m) = check.and_then(|c| c.mail.as_ref()) {
                lines.extend(mail_lines(m, w));
            }
            let picture = check.and_then(|c| c.picture);
            if picture.is_some() {
                lines.push(w.msg("evidence-attachment-shown", &[]));
            } else if let Some(why) = check.and_then(|c| c.not_shown.as_deref()) {
                lines.push(w.msg("evidence-attachment-not-shown", &[("why", Arg::Str(why))]));
            }
            let caption = w.msg(
                "evidence-image-caption",
                &[
                    ("ref", Arg::Str(&reference)),
                    ("name", Arg::Str(&a.original_name)),
                    ("no", Arg::Num(n as i64 + 1)),
                    ("date", Arg::Str(&date)),
                    ("sha", Arg::Str(&a.sha256)),
                ],
            );
            these.push(w.msg("evidence-attachment-line", &name_args));
            attachments.push(AttachmentRow {
                reference,
                name: printable(&a.original_name),
                sha256: a.sha256.clone(),
                description: lines.join("\n"),
                caption: printable(&caption),
                picture,
            });
        }
        refs.push(these);
    }

    // Timeline and replies.
    let mut timeline = Vec::new();
    let mut replies = Vec::new();
    for (n, e) in r.events.iter().enumerate() {
        let event = w.msg("evidence-event", &[("kind", Arg::Str(e.kind.code()))]);
        let date = w.date(e.occurred_on);
        let mut details = Vec::new();
        let text = printable(e.text.trim());
        let own_text = e.kind != EventKind::Sent || text != generated_send_text(e);
        if !text.is_empty() && own_text {
            if is_response(e.kind) && text.chars().count() > TIMELINE_TEXT_LIMIT {
                let short: String = text.chars().take(TIMELINE_TEXT_LIMIT).collect();
                details.push(format!("{}{}", short.trim_end(), w.msg("evidence-see-full-text", &[])));
            } else {
                details.push(text.clone());
            }
        }
        if let Some(c) = e.channel {
            details.push(w.msg("evidence-channel", &[("channel", Arg::Str(c.code()))]));
        }
        if let Some(t) = &e.tracking {
            details.push(w.msg("evidence-tracking", &[("tracking", Arg::Str(t))]));
        }
        details.extend(refs[n].iter().cloned());
        timeline.push(TimelineRow {
            no: (n + 1).to_string(),
            date: date.clone(),
            event: event.clone(),
            details: details.join("\n"),
        });
        if is_response(e.kind) && !text.is_empty() {
            let heading = w.msg(
                "evidence-reply-heading",
                &[("event", Arg::Str(&event)), ("date", Arg::Str(&date)), ("no", Arg::Num(n as i64 + 1))],
            );
            replies.push(Reply { heading, text });
        }
    }

    let chain = r
        .events
        .iter()
        .zip(&intact)
        .enumerate()
        .map(|(n, (e, ok))| ChainRow {
            no: (n + 1).to_string(),
            date: w.date(e.occurred_on),
            recorded_at: e.recorded_at.clone(),
            hash: e.hash.clone(),
            intact: *ok,
        })
        .collect();

    let basis = r
        .citations
        .iter()
        .map(|c| {
            let cite = if w.zh() || c.cite_zh.is_empty() || c.cite_zh == c.cite_en {
                if w.zh() { c.cite_zh.clone() } else { c.cite_en.clone() }
            } else {
                format!("{} ({})", c.cite_en, c.cite_zh)
            };
            let status = format!(
                "{} · {}",
                w.msg("evidence-law-status", &[("status", Arg::Str(&law_status(c.status)))]),
                w.msg("evidence-confidence", &[("confidence", Arg::Str(confidence_code(c.confidence)))])
            );
            let text_is_chinese = c.text.chars().any(crate::evidence::layout::is_cjk);
            let gist = match (w.zh(), text_is_chinese) {
                (true, false) => Some(&c.gist_zh),
                (false, true) => Some(&c.gist_en),
                _ => None,
            }
            .filter(|g| !g.trim().is_empty())
            .map(|g| w.msg("evidence-gist", &[("gist", Arg::Str(g))]));
            // Statute paragraphs are separated by blank lines in the catalogue; one break reads better here.
            let text = printable(&c.text)
                .split('\n')
                .filter(|l| !l.trim().is_empty())
                .collect::<Vec<_>>()
                .join("\n");
            Citation { cite, status, text, gist }
        })
        .collect();

    // The cover facts.
    let mut facts = Vec::new();
    let mut fact = |id: &str, value: String| facts.push((w.msg(id, &[]), value));
    if !dossier {
        let h = holder_facts(r.holder, w);
        fact("evidence-field-holder", h.name);
        if let Some(op) = h.operator {
            fact("evidence-field-operator", op);
        }
        if let Some(k) = h.kind {
            fact("evidence-field-holder-kind", k);
        }
        let contacts =
            if h.contacts.is_empty() { w.msg("evidence-contact-none", &[]) } else { h.contacts.join("\n") };
        fact("evidence-field-contacts", contacts);
    }
    fact("evidence-field-kind", kind.clone());
    if let Some(reason) = &req.reason {
        fact("evidence-field-reason", w.msg("evidence-reason", &[("reason", Arg::Str(reason))]));
    }
    if let Some(p) = req.parent_id {
        fact("evidence-field-parent", w.msg("evidence-parent", &[("id", Arg::Num(p.0))]));
    }
    fact(
        "evidence-field-jurisdiction",
        w.msg("evidence-jurisdiction", &[("jurisdiction", Arg::Str(req.jurisdiction.code()))]),
    );
    fact("evidence-field-letter-date", w.date(req.letter_date));
    let sent_event = r.events.iter().find(|e| e.kind == EventKind::Sent);
    let sent = match (req.sent_on, sent_event) {
        (Some(d), Some(e)) => {
            let channel = e.channel.or(req.channel);
            let mut s = match channel {
                Some(c) => w.msg(
                    "evidence-sent-on",
                    &[
                        ("date", Arg::Str(&w.date(d))),
                        ("channel", Arg::Str(&w.msg("evidence-channel", &[("channel", Arg::Str(c.code()))]))),
                    ],
                ),
                None => w.date(d),
            };
            if let Some(t) = &e.tracking {
                s.push('\n');
                s.push_str(&w.msg("evidence-tracking", &[("tracking", Arg::Str(t))]));
            }
            s
        }
        (Some(d), None) => w.date(d),
        (None, _) => w.msg("evidence-not-sent", &[]),
    };
    fact("evidence-field-sent", sent.clone());
    let due = match r.rule {
        Some(_) => due_text(r.clock, w),
        None => w.msg("evidence-no-deadline", &[]),
    };
    fact("evidence-field-due", due.clone());
    if let Some(rule) = r.rule {
        fact("evidence-field-rule", rule_text(rule, w));
    }
    if let Some(c) = r.clock {
        fact("evidence-field-overdue", clock_text(c, today, w));
    }
    fact("evidence-field-status", status.clone());
    fact("evidence-field-events", r.events.len().to_string());
    fact("evidence-field-digest", r.digest.to_string());

    let none = w.msg("evidence-none", &[]);
    let summary = SummaryRow {
        request: format!("#{} {}", req.id.0, kind),
        sent: req.sent_on.map(|d| w.date(d)).unwrap_or_else(|| none.clone()),
        due: match r.clock.and_then(|c| c.due) {
            Some(Due::On(d)) => w.date(d),
            Some(_) => due,
            None => none,
        },
        status,
    };

    RequestCase {
        id: req.id,
        heading,
        kind,
        facts,
        basis,
        timeline,
        letter: LetterFacts {
            heading: w.msg("evidence-letter-heading", &[("date", Arg::Str(&w.date(req.letter_date)))]),
            body: printable(&req.body),
        },
        replies,
        attachments,
        chain,
        digest: r.digest.to_string(),
        assurance: assurance(r, w),
        timestamps: timestamp_rows(r, w),
        problems,
        summary,
    }
}

/// What was checked and what it proves, without claiming more.
fn assurance(r: &RequestRecord<'_>, w: &Words<'_>) -> Vec<String> {
    let mut out = Vec::new();
    match r.integrity.sealed_since.as_deref() {
        Some(since) => {
            let since = w.moment(since);
            let id = if r.integrity.upgraded {
                "evidence-integrity-since-upgraded"
            } else {
                "evidence-integrity-since"
            };
            out.push(w.msg(id, &[("since", Arg::Str(&since))]));
        }
        None => out.push(w.msg("evidence-integrity-events-only", &[])),
    }
    // The latest timestamp that holds covers the most; the others are listed below it.
    match r.integrity.timestamps.iter().rev().find(|t| t.holds()) {
        Some(t) => {
            let tsa = t.facts.as_ref().map(|f| f.signer.clone()).unwrap_or_default();
            let later = r.events.len().saturating_sub(t.events);
            out.push(w.msg(
                "evidence-integrity-timestamped",
                &[
                    ("time", Arg::Str(&w.moment(&t.gen_time))),
                    ("tsa", Arg::Str(&t.tsa_url)),
                    ("signer", Arg::Str(&tsa)),
                    ("digest", Arg::Str(&t.digest)),
                    ("covered", Arg::Num(t.events as i64)),
                    ("events", Arg::Num(r.events.len() as i64)),
                    ("later", Arg::Num(later as i64)),
                ],
            ));
        }
        None => out.push(w.msg("evidence-integrity-no-timestamp", &[])),
    }
    out
}

fn timestamp_rows(r: &RequestRecord<'_>, w: &Words<'_>) -> Vec<TimestampRow> {
    r.integrity
        .timestamps
        .iter()
        .enumerate()
        .map(|(n, t)| {
            let mut summary = vec![
                w.msg("evidence-timestamp-time", &[("time", Arg::Str(&w.moment(&t.gen_time)))]),
                w.msg("evidence-timestamp-tsa", &[("tsa", Arg::Str(&t.tsa_url))]),
            ];
            if let Some(f) = &t.facts {
                summary.push(w.msg(
                    "evidence-timestamp-signer",
                    &[("signer", Arg::Str(&printable(&f.signer))), ("sha", Arg::Str(&f.signer_sha256))],
                ));
            }
            let status = if t.holds() {
                w.msg(
                    "evidence-timestamp-holds",
                    &[("covered", Arg::Num(t.events as i64)), ("events", Arg::Num(r.events.len() as i64))],
                )
            } else {
                w.msg("evidence-timestamp-fails", &[])
            };
            TimestampRow {
                reference: format!("T{}", n + 1),
                summary: summary.join("\n"),
                digest: t.digest.clone(),
                status,
                holds: t.holds(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_grouped_by_thousands() {
        assert_eq!(grouped(7), "7");
        assert_eq!(grouped(49321), "49,321");
        assert_eq!(grouped(1234567), "1,234,567");
    }

    #[test]
    fn control_characters_are_not_printed() {
        assert_eq!(printable("a\tb\r\nc\u{7}"), "a b\nc");
    }
}
