//! Drafting letters: requests to holders, reminders, complaints to regulators.
//!
//! The prose lives in `locales/<lang>/letters.ftl`; which articles a letter
//! cites is data (`basis.toml`); this module only picks, checks and
//! assembles. A citation is used only if the law catalogue says it may be
//! cited on the letter's date (binding, checked wording or a confirmed number,
//! in force); anything else is left out, never quoted.

mod basis;
mod citations;
mod followup;
mod format;

pub use basis::{Basis, GroundClause, basis_for, ground_clause};
pub use format::{format_date, identifier_label};

use crate::deadline::{ClockState, Due, Rule, Unit};
use crate::holder::{Holder, HolderKind, Identifier};
use crate::i18n::{Arg, Locale, Localizer};
use crate::jurisdiction::Jurisdiction;
use crate::law::{Article, Catalogue, Confidence, LegalStatus};
use crate::request::{Event, RequestKind};
use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

/// Complaint reasons a user can pick, each with its own legal basis.
pub const COMPLAINT_REASONS: [&str; 6] = [
    "no-response",
    "refused",
    "repeated-consent-prompts",
    "service-refused",
    "forced-biometrics",
    "cancellation-blocked",
];

/// Why the data should be deleted (`request new --type deletion --ground …`):
/// PIPL Art. 47 ¶1 (一)–(四), GDPR Art. 17(1)(a), (b), (d).
pub const DELETION_GROUNDS: [&str; 5] =
    ["purpose-achieved", "service-ended", "retention-expired", "consent-withdrawn", "unlawful"];

/// The longest correction text a letter carries (it is one statement, not an essay).
pub const MAX_CORRECTION_CHARS: usize = 2000;

/// Who signs the letter (as much as the user chooses to give).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase", default)]
pub struct Sender {
    pub name: Option<String>,
    /// Phone or e-mail for the reply.
    pub contact: Option<String>,
    /// Postal address (needed for letters delivered by post or hand).
    pub address: Option<String>,
}

/// The request a reminder or complaint follows up.
#[derive(Debug, Clone, Copy)]
pub struct ParentRequest<'a> {
    pub kind: RequestKind,
    pub sent_on: Option<NaiveDate>,
    /// When the holder received it (the delivery date for post and hand delivery):
    /// which UK time limit governs it follows this date, not the follow-up's.
    pub received_on: Option<NaiveDate>,
    pub due: Option<Due>,
    pub state: Option<ClockState>,
    pub events: &'a [Event],
    /// The rule the original request ran on: says whether its date was law or a reference.
    pub rule: Option<&'a Rule>,
}

/// Everything a letter is drafted from.
#[derive(Debug, Clone, Copy)]
pub struct LetterInput<'a> {
    pub kind: RequestKind,
    pub reason: Option<&'a str>,
    /// Deletion requests: why the data should be deleted (one of [`DELETION_GROUNDS`]).
    pub ground: Option<&'a str>,
    /// Correction requests: what is wrong and what it should be, in the user's words.
    pub correction: Option<&'a str>,
    pub jurisdiction: Jurisdiction,
    pub locale: Locale,
    pub date: NaiveDate,
    pub holder: &'a Holder,
    /// Only these identifiers appear in the letter (data minimisation).
    pub identifiers: &'a [Identifier],
    pub sender: &'a Sender,
    pub rule: &'a Rule,
    /// When the answer is due if the letter is sent on its date.
    pub due: Due,
    pub parent: Option<ParentRequest<'a>>,
}

/// An article as a letter cites it, for display beside the letter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct CitedArticle {
    pub id: String,
    pub cite_zh: String,
    pub cite_en: String,
    pub text: String,
    pub gist_en: String,
    pub gist_zh: String,
    pub status: LegalStatus,
    pub confidence: Confidence,
    pub source: String,
}

impl From<&Article> for CitedArticle {
    fn from(a: &Article) -> Self {
        let c = Catalogue::official();
        CitedArticle {
            id: a.id.clone(),
            cite_zh: c.cite_zh(a),
            cite_en: c.cite_en(a),
            text: a.text.clone(),
            gist_en: a.gist_en.clone(),
            gist_zh: a.gist_zh.clone(),
            status: a.status,
            confidence: a.confidence,
            source: a.source.clone(),
        }
    }
}

/// A drafted letter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct LetterDraft {
    pub subject: String,
    pub body: String,
    /// Where to send it (the holder's privacy e-mail), if known.
    pub recipient: Option<String>,
    pub citations: Vec<CitedArticle>,
    /// Complaint channels for this case, by name; a complaint letter is addressed
    /// to the first, the others are further options.
    pub channels: Vec<ChannelOption>,
}

/// A complaint channel as the screens show it: by name in both languages, with
/// what the catalogue says about how far its details were checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ChannelOption {
    pub id: String,
    pub name_zh: String,
    pub name_en: String,
    pub confidence: Confidence,
    pub phone: Option<String>,
    pub web: Option<String>,
    /// E.g. "No verified channel: …" where none was found.
    pub note_en: Option<String>,
    pub note_zh: Option<String>,
}

impl From<&crate::law::Channel> for ChannelOption {
    fn from(c: &crate::law::Channel) -> Self {
        ChannelOption {
            id: c.id.clone(),
            name_zh: c.name_zh.clone(),
            name_en: c.name_en.clone(),
            confidence: c.confidence,
            phone: c.phone.clone(),
            web: c.web.clone(),
            note_en: c.note_en.clone(),
            note_zh: c.note_zh.clone(),
        }
    }
}

/// Why a letter could not be drafted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LetterError {
    /// The complaint reason is not one RightsDesk knows.
    #[error("`{0}` is not a complaint reason (expected one of: {list})", list = COMPLAINT_REASONS.join(", "))]
    UnknownReason(String),
    /// A complaint needs a reason.
    #[error("a complaint needs a reason (one of: {list})", list = COMPLAINT_REASONS.join(", "))]
    MissingReason,
    /// The deletion ground is not one RightsDesk knows.
    #[error("`{0}` is not a deletion ground (expected one of: {list})", list = DELETION_GROUNDS.join(", "))]
    UnknownGround(String),
    /// A correction letter must say what is wrong and what it should be.
    #[error("a correction request must say what is wrong and what it should be (--correction \"…\")")]
    MissingCorrection,
    /// The correction text is longer than a letter should carry.
    #[error("the correction text is longer than {MAX_CORRECTION_CHARS} characters")]
    CorrectionTooLong,
    /// This kind of request exists only under another law (opt-out and limit: California).
    #[error(
        "a `{kind}` request exists only under California law (holder jurisdiction US-CA), not {jurisdiction}"
    )]
    NotInJurisdiction { kind: &'static str, jurisdiction: Jurisdiction },
}

/// The kind of letter a request really is in a jurisdiction: California has no
/// "consent withdrawal" or "biometric objection"; those become its own opt-out
/// (§1798.120) and limit-sensitive (§1798.121) requests.
pub fn kind_in(kind: RequestKind, jurisdiction: Jurisdiction) -> RequestKind {
    match (kind, jurisdiction) {
        (RequestKind::ConsentWithdrawal, Jurisdiction::UsCa) => RequestKind::OptOut,
        (RequestKind::BiometricObjection, Jurisdiction::UsCa) => RequestKind::LimitSensitive,
        _ => kind,
    }
}

/// The date that decides which time limit governs the request a letter is about:
/// the date the holder received it (SI 2026/82 reg. 4 keeps the old UK Art. 12(3)
/// for requests received before 5 February 2026). A first letter is read as
/// received on its own date ("if this letter reaches you today"); a follow-up
/// is about the original request, received when it was delivered.
fn time_rule_date(input: &LetterInput<'_>) -> NaiveDate {
    match (input.kind, input.parent) {
        (RequestKind::Reminder | RequestKind::Complaint, Some(p)) => {
            p.received_on.or(p.sent_on).unwrap_or(input.date)
        }
        _ => input.date,
    }
}

/// Whether a UK complaint goes to the controller first: DPA 2018 s.164A is in
/// force on the letter's date (the catalogue knows from when).
fn complaint_to_controller(input: &LetterInput<'_>, catalogue: &Catalogue) -> bool {
    input.kind == RequestKind::Complaint
        && input.jurisdiction == Jurisdiction::Uk
        && catalogue.in_force("uk-dpa-2018-164a", input.date).is_some()
}

/// Checks the user's choices before anything is drafted.
fn checked_choices<'a>(input: &LetterInput<'a>) -> Result<(Option<&'a str>, Option<&'a str>), LetterError> {
    let reason = match (input.kind, input.reason) {
        (RequestKind::Complaint, None) => return Err(LetterError::MissingReason),
        (RequestKind::Complaint, Some(r)) if !COMPLAINT_REASONS.contains(&r) => {
            return Err(LetterError::UnknownReason(r.to_string()));
        }
        (RequestKind::Complaint, Some(r)) => Some(r),
        (_, Some(r)) if !COMPLAINT_REASONS.contains(&r) => {
            return Err(LetterError::UnknownReason(r.to_string()));
        }
        _ => None,
    };
    let ground = match input.ground.map(str::trim).filter(|g| !g.is_empty()) {
        Some(g) if !DELETION_GROUNDS.contains(&g) => return Err(LetterError::UnknownGround(g.to_string())),
        g if input.kind == RequestKind::Deletion => g,
        _ => None,
    };
    if matches!(input.kind, RequestKind::OptOut | RequestKind::LimitSensitive)
        && input.jurisdiction != Jurisdiction::UsCa
    {
        return Err(LetterError::NotInJurisdiction {
            kind: input.kind.code(),
            jurisdiction: input.jurisdiction,
        });
    }
    if input.kind == RequestKind::Correction {
        let text = input.correction.map(str::trim).unwrap_or("");
        if text.is_empty() {
            return Err(LetterError::MissingCorrection);
        }
        if text.chars().count() > MAX_CORRECTION_CHARS {
            return Err(LetterError::CorrectionTooLong);
        }
    }
    Ok((reason, ground))
}

/// Drafts a letter. Pure: the same input always gives the same text.
pub fn draft(
    input: &LetterInput<'_>,
    l10n: &Localizer,
    catalogue: &Catalogue,
) -> Result<LetterDraft, LetterError> {
    let input = &LetterInput { kind: kind_in(input.kind, input.jurisdiction), ..*input };
    let (reason, ground) = checked_choices(input)?;
    let loc = input.locale;
    let zh = loc.is_chinese();
    let holder_kind = input.holder.fields.kind.unwrap_or(HolderKind::Other);
    let holder_name = input.holder.display_name(zh).to_string();
    // Without a known operator the letter is addressed to the brand alone ("淘宝", not "淘宝（淘宝）").
    // An operator spelled like the brand ("Spotify AB (Spotify AB)") counts as none.
    let operator = input.holder.fields.operator.as_deref().filter(|o| {
        *o != holder_name
            && *o != input.holder.fields.name
            && Some(*o) != input.holder.fields.name_zh.as_deref()
    });
    let has_operator = if operator.is_some() { "yes" } else { "no" };
    let addressee = operator.unwrap_or(&holder_name).to_string();
    let kind = input.kind.code();
    let parent_kind = input.parent.map(|p| kind_in(p.kind, input.jurisdiction));
    let time_date = time_rule_date(input);
    let cited =
        citations::cited_articles(catalogue, input, time_date, reason, ground, holder_kind, parent_kind);
    let to_controller = complaint_to_controller(input, catalogue);
    // UK complaints: to the controller once s.164A is in force, before that to the
    // Commissioner under Art. 77.
    let uk_stage = if input.jurisdiction != Jurisdiction::Uk {
        "none"
    } else if catalogue.in_force("uk-dpa-2018-164a", input.date).is_some() {
        "controller"
    } else {
        "art77"
    };
    let uk_time = if catalogue.in_force("uk-gdpr-12a", time_date).is_some() { "art12a" } else { "old" };

    let situation = match reason {
        Some("refused" | "service-refused" | "forced-biometrics" | "cancellation-blocked") => "refused",
        _ => "no-response",
    };
    let channels: Vec<ChannelOption> = catalogue
        .route(input.jurisdiction, holder_kind.code(), situation)
        .into_iter()
        .map(ChannelOption::from)
        .collect();
    // One authority: the first of the route (the others are options shown beside the letter).
    let authority =
        channels.first().map(|c| if zh { c.name_zh.clone() } else { c.name_en.clone() }).unwrap_or_default();
    let has_authority = if authority.is_empty() { "no" } else { "yes" };

    let parent_kind_code = parent_kind.map(RequestKind::code).unwrap_or(kind);
    let who = l10n.msg(
        loc,
        "letter-who",
        &[
            ("holder", Arg::Str(&holder_name)),
            ("addressee", Arg::Str(&addressee)),
            ("hasoperator", Arg::Str(has_operator)),
        ],
    );
    let args_base: Vec<(&str, Arg<'_>)> = vec![
        ("who", Arg::Str(&who)),
        ("kind", Arg::Str(kind)),
        ("jurisdiction", Arg::Str(input.jurisdiction.code())),
        ("holder", Arg::Str(&holder_name)),
        ("holderkind", Arg::Str(holder_kind.code())),
        ("reason", Arg::Str(reason.unwrap_or("none"))),
        ("parentkind", Arg::Str(parent_kind_code)),
        ("ground", Arg::Str(ground.unwrap_or("none"))),
        ("ukstage", Arg::Str(uk_stage)),
        ("uktime", Arg::Str(uk_time)),
        ("authority", Arg::Str(&authority)),
        ("hasauthority", Arg::Str(has_authority)),
        ("addressee", Arg::Str(&addressee)),
        ("hasoperator", Arg::Str(has_operator)),
    ];
    let msg = |id: &str, extra: &[(&str, Arg<'_>)]| l10n.msg(loc, id, &join(&args_base, extra));

    let subject = msg("letter-subject", &[]);
    let mut body = Vec::<String>::new();
    if input.kind == RequestKind::Complaint && !to_controller {
        body.push(msg("letter-complaint-to", &[]));
    } else {
        body.push(msg("letter-to", &[]));
    }
    body.push(String::new());
    body.push(l10n.msg(loc, "letter-subject-line", &[("subject", Arg::Str(&subject))]));
    body.push(String::new());
    body.push(msg("letter-greeting", &[]));
    body.push(String::new());

    match input.kind {
        RequestKind::Reminder | RequestKind::Complaint => {
            body.extend(followup::paragraphs(input, l10n, &args_base));
        }
        _ => {
            // The ground belongs to the opening paragraph: it is why the request is made.
            let mut intro = msg("letter-intro", &[]);
            if ground.is_some() {
                intro.push_str(if zh { "" } else { " " });
                intro.push_str(&msg("letter-ground", &[]));
            }
            body.push(intro);
        }
    }

    if !input.identifiers.is_empty() {
        body.push(String::new());
        let intro = if input.kind == RequestKind::Complaint && !to_controller {
            "letter-complaint-identifiers"
        } else {
            "letter-identifiers-intro"
        };
        body.push(msg(intro, &[]));
        for id in input.identifiers {
            body.push(format!(
                "  - {}{}{}",
                identifier_label(id.kind, loc, l10n),
                if zh { "：" } else { ": " },
                id.value
            ));
        }
    }

    body.push(String::new());
    if input.kind == RequestKind::Correction {
        let text = input.correction.map(str::trim).unwrap_or_default();
        body.push(msg("letter-correction-intro", &[]));
        body.extend(text.lines().map(|l| format!("  {}", l.trim_end())));
        body.push(String::new());
    }
    let ack_due = input.date.checked_add_days(Days::new(29)).map(|d| format_date(d, loc)).unwrap_or_default();
    body.push(msg("letter-asks", &[("ackdue", Arg::Str(&ack_due))]));

    if !cited.is_empty() {
        body.push(String::new());
        body.push(msg("letter-basis-intro", &[]));
        body.extend(citations::lines(catalogue, &cited, zh));
    }

    if input.kind != RequestKind::Complaint {
        // A reminder asks for an answer at once; a fresh period would reward the delay.
        if input.kind != RequestKind::Reminder {
            body.push(String::new());
            body.push(deadline_paragraph(input, l10n, &args_base));
        }
        body.push(String::new());
        body.push(msg("letter-escalation", &[]));
    } else if to_controller {
        body.push(String::new());
        body.push(msg("letter-escalation", &[]));
    } else {
        body.push(String::new());
        body.push(msg("letter-complaint-attachments", &[]));
    }

    body.push(String::new());
    body.push(msg("letter-closing", &[]));
    let unnamed = l10n.msg(loc, "letter-sender-unnamed", &[]);
    body.push(input.sender.name.clone().unwrap_or(unnamed));
    if let Some(c) = &input.sender.contact {
        body.push(l10n.msg(loc, "letter-sender-contact", &[("contact", Arg::Str(c))]));
    }
    if let Some(a) = &input.sender.address {
        body.push(l10n.msg(loc, "letter-sender-address", &[("address", Arg::Str(a))]));
    }
    body.push(format_date(input.date, loc));

    Ok(LetterDraft {
        subject,
        body: body.join("\n"),
        recipient: if input.kind == RequestKind::Complaint && !to_controller {
            None
        } else {
            input.holder.fields.email.clone()
        },
        citations: cited.iter().map(|c| CitedArticle::from(c.article)).collect(),
        channels,
    })
}

/// `base` with `extra` added; an `extra` argument replaces one of the same name
/// (Fluent would otherwise see the name twice and pick either).
fn join<'a>(base: &[(&'a str, Arg<'a>)], extra: &[(&'a str, Arg<'a>)]) -> Vec<(&'a str, Arg<'a>)> {
    let mut v: Vec<_> = base.iter().filter(|(k, _)| !extra.iter().any(|(e, _)| e == k)).cloned().collect();
    v.extend_from_slice(extra);
    v
}

/// Whether a letter of `kind` names a date to answer by (see `letter-deadline`):
/// not where the law says only "promptly" and no reference covers the request
/// (the rule is "promptly": Chinese access, consent withdrawal, anything asked
/// of a property manager), nor for California opt-out and limit requests, which
/// have no verified period. A follow-up never reports a date its original
/// letter did not ask for.
fn names_a_date(
    rule: Option<&Rule>,
    kind: RequestKind,
    jurisdiction: Jurisdiction,
    holder_kind: HolderKind,
) -> bool {
    if rule.is_some_and(|r| r.unit == Unit::Promptly) {
        return false;
    }
    match (jurisdiction, kind) {
        (_, RequestKind::OptOut | RequestKind::LimitSensitive) => false,
        (Jurisdiction::Cn, RequestKind::Access | RequestKind::ConsentWithdrawal) => false,
        (Jurisdiction::Cn, _) => holder_kind != HolderKind::Property,
        _ => true,
    }
}

/// The code a letter's wording selects on for a unit of time.
fn unit_code(unit: Unit) -> &'static str {
    match unit {
        Unit::CnWorkingDays => "cn-working-days",
        Unit::CalendarDays => "calendar-days",
        Unit::CalendarMonths => "calendar-months",
        Unit::UsBusinessDays => "us-business-days",
        Unit::Immediate => "immediate",
        Unit::Promptly => "promptly",
    }
}

/// "binding" when the rule's figure is law, "reference" when it is a regulators'
/// reference, a standard or an unverified figure.
fn rule_status(rule: &Rule) -> &'static str {
    match rule.status {
        LegalStatus::Binding | LegalStatus::JudicialInterpretation => "binding",
        _ => "reference",
    }
}

/// A due date counted on a year whose holiday notice is not out yet, stated as such.
fn provisional_due(p: crate::calendar::ProvisionalDate, loc: Locale, l10n: &Localizer) -> String {
    let (date, latest) = (format_date(p.date, loc), format_date(p.latest, loc));
    let args =
        [("date", Arg::Str(&date)), ("latest", Arg::Str(&latest)), ("year", Arg::Num(i64::from(p.year)))];
    l10n.msg(loc, "letter-due-provisional", &args)
}

fn deadline_paragraph(input: &LetterInput<'_>, l10n: &Localizer, base: &[(&str, Arg<'_>)]) -> String {
    let loc = input.locale;
    let rule = input.rule;
    let (due_known, due_text) = match input.due {
        Due::On(d) => ("yes", format_date(d, loc)),
        Due::Immediate => ("immediate", String::new()),
        Due::Promptly => ("promptly", String::new()),
        Due::Provisional(p) => ("yes", provisional_due(p, loc, l10n)),
    };
    let args = join(
        base,
        &[
            ("unit", Arg::Str(unit_code(rule.unit))),
            ("amount", Arg::Num(i64::from(rule.amount))),
            ("dueknown", Arg::Str(due_known)),
            ("due", Arg::Str(&due_text)),
            ("rulestatus", Arg::Str(rule_status(rule))),
        ],
    );
    l10n.msg(loc, "letter-deadline", &args)
}

#[cfg(test)]
mod tests;
