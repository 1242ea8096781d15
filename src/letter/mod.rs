//! Drafting letters: requests to holders, reminders, complaints to regulators.
//!
//! The prose lives in `locales/<lang>/letters.ftl`; which articles a letter
//! cites is data (`basis.toml`); this module only picks, checks and
//! assembles. A citation is used only if the law catalogue says it may be
//! cited on the letter's date (binding, checked wording, confirmed number, in
//! force); anything else is left out, never quoted.

mod basis;
mod format;

pub use basis::{Basis, basis_for};
pub use format::{format_date, identifier_label};

use crate::deadline::{ClockState, Due, Rule, Unit};
use crate::holder::{Holder, HolderKind, Identifier};
use crate::i18n::{Arg, Locale, Localizer};
use crate::jurisdiction::Jurisdiction;
use crate::law::{Article, Catalogue, Confidence, LegalStatus};
use crate::request::{Event, EventKind, RequestKind};
use chrono::NaiveDate;
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
    pub due: Option<Due>,
    pub state: Option<ClockState>,
    pub events: &'a [Event],
}

/// Everything a letter is drafted from.
#[derive(Debug, Clone, Copy)]
pub struct LetterInput<'a> {
    pub kind: RequestKind,
    pub reason: Option<&'a str>,
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
    /// Complaint channels named in the letter (ids from the law catalogue).
    pub channels: Vec<String>,
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
}

/// Drafts a letter. Pure: the same input always gives the same text.
pub fn draft(
    input: &LetterInput<'_>,
    l10n: &Localizer,
    catalogue: &Catalogue,
) -> Result<LetterDraft, LetterError> {
    let reason = match (input.kind, input.reason) {
        (RequestKind::Complaint, None) => return Err(LetterError::MissingReason),
        (_, Some(r)) if !COMPLAINT_REASONS.contains(&r) => {
            return Err(LetterError::UnknownReason(r.to_string()));
        }
        (RequestKind::Complaint, Some(r)) => Some(r),
        _ => None,
    };
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
    let addressee = input.holder.fields.operator.clone().unwrap_or_else(|| holder_name.clone());
    let kind = input.kind.code();
    // A reminder cites what its original request cited, plus the reminder basis.
    let basis_kind = input.kind;
    let citations = cited_articles(catalogue, basis_kind, input, reason, holder_kind);
    let parent_kind = input.parent.map(|p| p.kind.code()).unwrap_or(kind);
    let date = format_date(input.date, loc);
    let j = input.jurisdiction.code();

    let channels: Vec<String> = if input.kind == RequestKind::Complaint || input.kind == RequestKind::Reminder
    {
        let situation = match reason {
            Some("refused")
            | Some("service-refused")
            | Some("forced-biometrics")
            | Some("cancellation-blocked") => "refused",
            _ => "no-response",
        };
        catalogue
            .route(input.jurisdiction, holder_kind.code(), situation)
            .into_iter()
            .map(|c| c.id.clone())
            .collect()
    } else {
        catalogue
            .route(input.jurisdiction, holder_kind.code(), "no-response")
            .into_iter()
            .map(|c| c.id.clone())
            .collect()
    };
    let channel_names = channels
        .iter()
        .filter_map(|id| catalogue.channel(id))
        .map(|c| if zh { c.name_zh.clone() } else { c.name_en.clone() })
        .collect::<Vec<_>>()
        .join(if zh { "、" } else { "; " });

    let args_base: Vec<(&str, Arg<'_>)> = vec![
        ("kind", Arg::Str(kind)),
        ("jurisdiction", Arg::Str(j)),
        ("holder", Arg::Str(&holder_name)),
        ("holderkind", Arg::Str(holder_kind.code())),
        ("reason", Arg::Str(reason.unwrap_or("none"))),
        ("parentkind", Arg::Str(parent_kind)),
    ];

    let subject = l10n.msg(loc, "letter-subject", &join(&args_base, &[]));
    let mut body = Vec::<String>::new();
    if input.kind == RequestKind::Complaint {
        body.push(l10n.msg(
            loc,
            "letter-complaint-to",
            &join(&args_base, &[("channels", Arg::Str(&channel_names))]),
        ));
    } else {
        body.push(l10n.msg(
            loc,
            "letter-to",
            &join(
                &args_base,
                &[("addressee", Arg::Str(&addressee)), ("hasoperator", Arg::Str(has_operator))],
            ),
        ));
    }
    body.push(String::new());
    body.push(l10n.msg(loc, "letter-subject-line", &[("subject", Arg::Str(&subject))]));
    body.push(String::new());
    body.push(l10n.msg(loc, "letter-greeting", &join(&args_base, &[])));
    body.push(String::new());

    match input.kind {
        RequestKind::Reminder | RequestKind::Complaint => {
            let sent = input
                .parent
                .and_then(|p| p.sent_on)
                .map(|d| format_date(d, loc))
                .unwrap_or_else(|| l10n.msg(loc, "letter-date-unknown", &[]));
            let (due_text, overdue) = parent_due(input.parent, loc, l10n);
            body.push(l10n.msg(
                loc,
                "letter-followup-intro",
                &join(
                    &args_base,
                    &[
                        ("operator", Arg::Str(&addressee)),
                        ("sent", Arg::Str(&sent)),
                        ("due", Arg::Str(&due_text)),
                        ("overdue", Arg::Num(overdue)),
                    ],
                ),
            ));
            let facts = input.parent.map(|p| p.events.iter().any(|e| e.kind != EventKind::Created));
            if input.kind == RequestKind::Complaint && facts == Some(true) {
                body.push(String::new());
                body.push(l10n.msg(loc, "letter-complaint-facts", &join(&args_base, &[])));
                if let Some(p) = input.parent {
                    for e in p.events.iter().filter(|e| e.kind != EventKind::Created) {
                        let what = l10n.msg(loc, "letter-event-kind", &[("kind", Arg::Str(e.kind.code()))]);
                        let text = e.text.lines().next().unwrap_or("").trim();
                        let line = if text.is_empty() {
                            format!("  - {} {}", format_date(e.occurred_on, loc), what)
                        } else {
                            format!("  - {} {}: {}", format_date(e.occurred_on, loc), what, text)
                        };
                        body.push(line);
                    }
                }
            }
        }
        _ => body.push(l10n.msg(loc, "letter-intro", &join(&args_base, &[]))),
    }

    if !input.identifiers.is_empty() && input.kind != RequestKind::Complaint {
        body.push(String::new());
        body.push(l10n.msg(loc, "letter-identifiers-intro", &join(&args_base, &[])));
        for id in input.identifiers {
            body.push(format!(
                "  - {}{}{}",
                identifier_label(id.kind, loc, l10n),
                if zh { "：" } else { ": " },
                id.value
            ));
        }
    } else if !input.identifiers.is_empty() {
        body.push(String::new());
        body.push(l10n.msg(loc, "letter-complaint-identifiers", &join(&args_base, &[])));
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
    body.push(l10n.msg(loc, "letter-asks", &join(&args_base, &[])));

    if !citations.is_empty() {
        body.push(String::new());
        body.push(l10n.msg(loc, "letter-basis-intro", &join(&args_base, &[])));
        for (n, (article, quoted)) in citations.iter().enumerate() {
            let cite = if zh { catalogue.cite_zh(article) } else { catalogue.cite_en(article) };
            let original_english =
                matches!(article.jurisdiction, Jurisdiction::Eu | Jurisdiction::UsCa | Jurisdiction::Uk);
            let line = match (quoted, zh, original_english) {
                (true, true, _) => format!("  {}. {}：“{}”", n + 1, cite, article.quoted_words()),
                (true, false, true) => format!("  {}. {}: \"{}\"", n + 1, cite, article.quoted_words()),
                // A Chinese text quoted in an English letter: the original is authoritative, the gist helps.
                (true, false, false) => format!(
                    "  {}. {} ({}): “{}”\n     ({})",
                    n + 1,
                    cite,
                    catalogue.cite_zh(article),
                    article.quoted_words(),
                    article.gist_en
                ),
                (false, true, _) => format!("  {}. {}（{}）", n + 1, cite, article.gist_zh),
                (false, false, _) => format!("  {}. {} ({})", n + 1, cite, article.gist_en),
            };
            body.push(line);
        }
    }

    if input.kind != RequestKind::Complaint {
        // A reminder asks for an answer at once; a fresh period would reward the delay.
        if input.kind != RequestKind::Reminder {
            body.push(String::new());
            body.push(deadline_paragraph(input, l10n, &args_base));
        }
        body.push(String::new());
        body.push(l10n.msg(
            loc,
            "letter-escalation",
            &join(&args_base, &[("channels", Arg::Str(&channel_names))]),
        ));
    } else {
        body.push(String::new());
        body.push(l10n.msg(loc, "letter-complaint-attachments", &join(&args_base, &[])));
    }

    body.push(String::new());
    body.push(l10n.msg(loc, "letter-closing", &join(&args_base, &[])));
    let unnamed = l10n.msg(loc, "letter-sender-unnamed", &[]);
    body.push(input.sender.name.clone().unwrap_or(unnamed));
    if let Some(c) = &input.sender.contact {
        body.push(l10n.msg(loc, "letter-sender-contact", &[("contact", Arg::Str(c))]));
    }
    if let Some(a) = &input.sender.address {
        body.push(l10n.msg(loc, "letter-sender-address", &[("address", Arg::Str(a))]));
    }
    body.push(date);

    Ok(LetterDraft {
        subject,
        body: body.join("\n"),
        recipient: if input.kind == RequestKind::Complaint {
            None
        } else {
            input.holder.fields.email.clone()
        },
        citations: citations.iter().map(|(a, _)| CitedArticle::from(*a)).collect(),
        channels,
    })
}

fn join<'a>(base: &[(&'a str, Arg<'a>)], extra: &[(&'a str, Arg<'a>)]) -> Vec<(&'a str, Arg<'a>)> {
    let mut v = base.to_vec();
    v.extend_from_slice(extra);
    v
}

/// The articles a letter cites, each with whether it is quoted. Only citable ones.
fn cited_articles<'c>(
    catalogue: &'c Catalogue,
    kind: RequestKind,
    input: &LetterInput<'_>,
    reason: Option<&str>,
    holder_kind: HolderKind,
) -> Vec<(&'c Article, bool)> {
    let Some(basis) = basis_for(kind, input.jurisdiction, reason, holder_kind) else { return Vec::new() };
    let mut out: Vec<(&Article, bool)> = Vec::new();
    for key in &basis.cite {
        let article = catalogue.in_force(key, input.date).or_else(|| catalogue.article(key));
        let Some(article) = article else { continue };
        if article.citable_in_letter(input.date).is_err() || out.iter().any(|(a, _)| a.id == article.id) {
            continue;
        }
        out.push((article, basis.quote.contains(key) && !article.quoted_words().is_empty()));
    }
    out
}

/// Text of the parent's due date and how many days it is overdue.
fn parent_due(parent: Option<ParentRequest<'_>>, loc: Locale, l10n: &Localizer) -> (String, i64) {
    let Some(p) = parent else { return (l10n.msg(loc, "letter-date-unknown", &[]), 0) };
    let due = match p.due {
        Some(Due::On(d)) => format_date(d, loc),
        Some(Due::Immediate) => l10n.msg(loc, "letter-due-immediate", &[]),
        Some(Due::Provisional(p)) => provisional_due(p, loc, l10n),
        None => l10n.msg(loc, "letter-date-unknown", &[]),
    };
    let overdue = match p.state {
        Some(ClockState::Overdue { days, .. }) => i64::from(days),
        _ => 0,
    };
    (due, overdue)
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
    let unit = match rule.unit {
        Unit::CnWorkingDays => "cn-working-days",
        Unit::CalendarDays => "calendar-days",
        Unit::CalendarMonths => "calendar-months",
        Unit::UsBusinessDays => "us-business-days",
        Unit::Immediate => "immediate",
    };
    let (due_known, due_text) = match input.due {
        Due::On(d) => ("yes", format_date(d, loc)),
        Due::Immediate => ("immediate", String::new()),
        Due::Provisional(p) => ("yes", provisional_due(p, loc, l10n)),
    };
    let mut args = base.to_vec();
    let status = match rule.status {
        LegalStatus::Binding | LegalStatus::JudicialInterpretation => "binding",
        _ => "reference",
    };
    args.extend_from_slice(&[
        ("unit", Arg::Str(unit)),
        ("amount", Arg::Num(i64::from(rule.amount))),
        ("dueknown", Arg::Str(due_known)),
        ("due", Arg::Str(&due_text)),
        ("rulestatus", Arg::Str(status)),
        ("ruleid", Arg::Str(&rule.id)),
    ]);
    l10n.msg(loc, "letter-deadline", &args)
}

#[cfg(test)]
mod tests;
