//! The opening of a reminder or a complaint: which request it follows up (type,
//! date, what it asked), what that request asked for by when, and what happened.
//!
//! A date the user asked for under a regulators' reference is reported as asked,
//! never as a deadline the holder missed; the overdue count is in the unit of
//! the rule the request ran on.

use super::{
    LetterInput, ParentRequest, format_date, join, names_a_date, provisional_due, rule_status, unit_code,
};
use crate::deadline::{ClockState, Due};
use crate::holder::HolderKind;
use crate::i18n::{Arg, Localizer};
use crate::request::EventKind;

/// What the parent request's due date was, as the follow-up may state it.
fn due_of(parent: &ParentRequest<'_>) -> (&'static str, Option<Due>) {
    match (parent.due, parent.rule) {
        (Some(Due::Immediate), _) => ("immediate", None),
        (Some(Due::Promptly), _) => ("promptly", None),
        // Where no law sets a period, the date is the one the letter itself proposed.
        (Some(due), Some(rule)) if rule.jurisdiction == crate::jurisdiction::Jurisdiction::Other => {
            ("proposed", Some(due))
        }
        (Some(due), Some(rule)) => (rule_status(rule), Some(due)),
        (Some(due), None) => ("reference", Some(due)),
        _ => ("none", None),
    }
}

pub(super) fn paragraphs(input: &LetterInput<'_>, l10n: &Localizer, base: &[(&str, Arg<'_>)]) -> Vec<String> {
    let loc = input.locale;
    let Some(parent) = input.parent else {
        let none = [
            ("hasparent", Arg::Str("no")),
            ("hassent", Arg::Str("no")),
            ("sent", Arg::Str("")),
            ("parentsubject", Arg::Str("")),
            ("duekind", Arg::Str("none")),
            ("due", Arg::Str("")),
            ("overdue", Arg::Num(0)),
            ("overdueunit", Arg::Str("calendar-days")),
        ];
        return vec![l10n.msg(loc, "letter-followup-intro", &join(base, &none))];
    };
    let sent = parent.sent_on.map(|d| format_date(d, loc)).unwrap_or_default();
    let holder_kind = input.holder.fields.kind.unwrap_or(HolderKind::Other);
    let (due_kind, due) = match due_of(&parent) {
        (kind, _)
            if !matches!(kind, "immediate" | "promptly")
                && !names_a_date(parent.rule, parent.kind, input.jurisdiction, holder_kind) =>
        {
            ("none", None)
        }
        other => other,
    };
    let due_text = match due {
        Some(Due::On(d)) => format_date(d, loc),
        // A date counted before the year's holiday notice is out is stated as provisional.
        Some(Due::Provisional(p)) => provisional_due(p, loc, l10n),
        Some(Due::Immediate | Due::Promptly) | None => String::new(),
    };
    let (overdue, unit) = match parent.state {
        Some(ClockState::Overdue { days, unit }) => (i64::from(days), unit_code(unit)),
        // No date to be late against: the days since they received it, in calendar days.
        Some(ClockState::Promptly { days }) => (i64::from(days), "calendar-days"),
        _ => (0, parent.rule.map_or("calendar-days", |r| unit_code(r.unit))),
    };
    let parent_subject =
        l10n.msg(loc, "letter-subject", &join(base, &[("kind", Arg::Str(parent.kind.code()))]));
    let extra = [
        ("hasparent", Arg::Str("yes")),
        ("hassent", Arg::Str(if parent.sent_on.is_some() { "yes" } else { "no" })),
        ("sent", Arg::Str(&sent)),
        ("parentsubject", Arg::Str(&parent_subject)),
        ("duekind", Arg::Str(due_kind)),
        ("due", Arg::Str(&due_text)),
        ("overdue", Arg::Num(overdue)),
        ("overdueunit", Arg::Str(unit)),
    ];
    let args = join(base, &extra);
    let mut out = vec![l10n.msg(loc, "letter-followup-intro", &args)];
    let facts: Vec<_> = parent.events.iter().filter(|e| e.kind != EventKind::Created).collect();
    if input.kind == crate::request::RequestKind::Complaint && !facts.is_empty() {
        out.push(String::new());
        out.push(l10n.msg(loc, "letter-complaint-facts", &args));
        for e in facts {
            let what = l10n.msg(loc, "letter-event-kind", &[("kind", Arg::Str(e.kind.code()))]);
            let text = e.text.lines().next().unwrap_or("").trim();
            let sep = if loc.is_chinese() { "：" } else { ": " };
            out.push(if text.is_empty() {
                format!("  - {} {}", format_date(e.occurred_on, loc), what)
            } else {
                format!("  - {} {}{sep}{}", format_date(e.occurred_on, loc), what, text)
            });
        }
    }
    out
}
