//! The deadline engine: how long a holder has to answer a request, and where
//! a request's clock stands on a given day.
//!
//! This module owns the rules (data in `rules.toml`, see [`Rule`]), the date
//! arithmetic for each [`Unit`] ([`due_date`]), and the request clock built
//! from a request's events ([`clock`]). It is pure: every date comes in as an
//! argument, and "today" is always passed by the caller, never read here.
//!
//! Counting conventions (the same for every unit): the day the request was
//! received is day 0 and never counted. N working days is the Nth working day
//! after it; N calendar days is the date N days later; N months is the same
//! date N months later, clamped to the last day of a shorter month.

mod clock;
mod rule;

pub use clock::{Clock, ClockEvent, ClockState, clock};
pub use rule::{Acknowledgement, Extension, Rule, RuleSet, RulesError, Unit};

use crate::calendar::us::UsFederal;
use crate::calendar::{CalendarError, CnCalendar, Counted, ProvisionalDate, WorkingDays};
use crate::jurisdiction::Jurisdiction;
use chrono::{Datelike, Days, Months, NaiveDate};
use serde::Serialize;
use std::sync::OnceLock;

const RULES_TOML: &str = include_str!("rules.toml");

/// When a request (or an acknowledgement) is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "kind", content = "value", rename_all = "camelCase")]
pub enum Due {
    /// Due by the end of this date.
    On(NaiveDate),
    /// Due at once ("立即"): there is no number of days to show.
    Immediate,
    /// To be dealt with promptly ("及时", "without undue delay"): the law sets no
    /// number of days and no reference covers the request, so no date is shown.
    Promptly,
    /// The count runs into a year whose holiday notice is not installed: a
    /// provisional date from the statutory holidays, with the earliest and
    /// latest date the notice could give. Always shown as provisional.
    Provisional(ProvisionalDate),
}

impl Due {
    /// The date to act on (remind, count down): the provisional one where no
    /// official one exists yet.
    pub fn date(self) -> Option<NaiveDate> {
        match self {
            Due::On(d) => Some(d),
            Due::Provisional(p) => Some(p.date),
            Due::Immediate | Due::Promptly => None,
        }
    }

    /// The provisional date and its bounds, when the date is provisional.
    pub fn provisional(self) -> Option<ProvisionalDate> {
        match self {
            Due::Provisional(p) => Some(p),
            _ => None,
        }
    }
}

/// Why a deadline could not be computed at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DeadlineError {
    /// The result would lie outside the dates chrono can represent.
    #[error("{amount} {unit:?} after {from} is outside the supported date range")]
    OutOfRange { from: NaiveDate, amount: u32, unit: Unit },
    /// The count reaches a year no calendar (official or provisional) covers
    /// (before 2014 in China, when other holiday rules applied).
    #[error("no working-day calendar for {year}, not even a provisional one")]
    NoCalendar { year: i32 },
}

/// Every deadline rule shipped with the app.
pub fn rules() -> &'static [Rule] {
    rule_set().rules()
}

/// The rule with this id, if it exists (ids are stored with each request).
pub fn rule(id: &str) -> Option<&'static Rule> {
    rule_set().rule(id)
}

/// The rule a new request in `j` runs on.
pub fn default_rule(j: Jurisdiction) -> &'static Rule {
    rule_set().default_rule(j)
}

/// The embedded rule set.
///
/// # Panics
/// Only if the embedded `rules.toml` is invalid, which the tests rule out.
pub fn rule_set() -> &'static RuleSet {
    RULES.get_or_init(|| {
        RuleSet::from_toml(RULES_TOML)
            .unwrap_or_else(|e| panic!("embedded deadline rules.toml is invalid: {e}"))
    })
}

/// The rule set in use: the embedded rules, or a data pack installed at startup.
static RULES: OnceLock<RuleSet> = OnceLock::new();

/// Puts rules from a verified data pack in place of the embedded ones.
///
/// Only before the first call to [`rule_set`]: the rules in use never change
/// under running code, so a late call hands them back.
pub fn install_rule_set_override(rules: RuleSet) -> Result<(), RuleSet> {
    RULES.set(rules)
}

/// When a request received on `from` is due under `rule`, before any extension.
pub fn due_date(rule: &Rule, from: NaiveDate, cal: &CnCalendar) -> Result<Due, DeadlineError> {
    // "30 days beginning when it is received": the day of receipt is day 1, so the
    // last day is 29 days after it.
    let amount = if rule.receipt_is_day_one { rule.amount.saturating_sub(1) } else { rule.amount };
    advance(from, amount, rule.unit, cal)
}

/// The latest date `rule` allows if the holder extends in time, or `None` when
/// the rule has no extension.
///
/// When the extension is in the same unit as the base period it is counted
/// from receipt as one period (GDPR: "two further months" after one month is
/// three months from receipt, so 31 January runs to 30 April, not to 28 April
/// by way of 28 February). Otherwise it is added to the base due date.
pub fn extended_due_date(
    rule: &Rule,
    from: NaiveDate,
    cal: &CnCalendar,
) -> Result<Option<Due>, DeadlineError> {
    let Some(ext) = &rule.extension else {
        return Ok(None);
    };
    if ext.unit == rule.unit {
        let total = rule.amount.checked_add(ext.amount).ok_or(DeadlineError::OutOfRange {
            from,
            amount: u32::MAX,
            unit: rule.unit,
        })?;
        return advance(from, total, rule.unit, cal).map(Some);
    }
    match due_date(rule, from, cal)? {
        Due::On(base) => advance(base, ext.amount, ext.unit, cal).map(Some),
        other => Ok(Some(other)),
    }
}

/// When receipt of a request received on `from` must be confirmed, if the rule says.
pub fn acknowledge_by(rule: &Rule, from: NaiveDate, cal: &CnCalendar) -> Result<Option<Due>, DeadlineError> {
    rule.acknowledgement.map(|a| advance(from, a.amount, a.unit, cal)).transpose()
}

/// `amount` units after `from` (which is day 0 and never counted).
pub(crate) fn advance(
    from: NaiveDate,
    amount: u32,
    unit: Unit,
    cal: &CnCalendar,
) -> Result<Due, DeadlineError> {
    let out_of_range = DeadlineError::OutOfRange { from, amount, unit };
    let counted = |r: Result<Counted, CalendarError>| match r {
        Ok(Counted::Official(d)) => Ok(Due::On(d)),
        Ok(Counted::Provisional(p)) => Ok(Due::Provisional(p)),
        Err(CalendarError::Unknown { date, .. }) => Err(DeadlineError::NoCalendar { year: date.year() }),
        Err(_) => Err(out_of_range.clone()),
    };
    match unit {
        Unit::Immediate => Ok(Due::Immediate),
        Unit::Promptly => Ok(Due::Promptly),
        Unit::CalendarDays => {
            from.checked_add_days(Days::new(u64::from(amount))).map(Due::On).ok_or(out_of_range.clone())
        }
        // chrono clamps to the last day of the target month, which is the rule
        // we want (31 January + 1 month = 28/29 February).
        Unit::CalendarMonths => {
            from.checked_add_months(Months::new(amount)).map(Due::On).ok_or(out_of_range.clone())
        }
        Unit::CnWorkingDays => counted(cal.count_working_days(from, amount)),
        Unit::UsBusinessDays => counted(UsFederal.nth_working_day_after(from, amount).map(Counted::Official)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::law::LegalStatus;
    use proptest::prelude::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn cal() -> &'static CnCalendar {
        CnCalendar::official()
    }

    fn r(id: &str) -> &'static Rule {
        rule(id).unwrap_or_else(|| panic!("rule {id} must exist"))
    }

    fn due(id: &str, from: &str) -> Due {
        due_date(r(id), d(from), cal()).unwrap()
    }

    #[test]
    fn the_shipped_rules_load_with_one_default_per_jurisdiction() {
        let ids: Vec<&str> = rules().iter().map(|r| r.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "cn-reference-15-working-days",
                "cn-ecommerce-cancellation-immediate",
                "cn-promptly",
                "gdpr-one-month",
                "uk-one-month",
                "uk-one-month-before-12a",
                "uk-complaint-acknowledge-30-days",
                "ccpa-45-days",
                "ccpa-opt-out-15-business-days-unverified",
                "other-30-days"
            ]
        );
        let defaults = [
            (Jurisdiction::Cn, "cn-reference-15-working-days"),
            (Jurisdiction::Eu, "gdpr-one-month"),
            (Jurisdiction::Uk, "uk-one-month"),
            (Jurisdiction::UsCa, "ccpa-45-days"),
            (Jurisdiction::Other, "other-30-days"),
        ];
        for (j, id) in defaults {
            assert_eq!(default_rule(j).id, id, "default rule for {j}");
            assert_eq!(default_rule(j).jurisdiction, j);
        }
        assert!(rule("no-such-rule").is_none());
    }

    #[test]
    fn rule_statuses_say_honestly_what_is_law() {
        let cn = r("cn-reference-15-working-days");
        assert_eq!(cn.status, LegalStatus::Reference, "15 working days is not a statute");
        assert_eq!(cn.sources, ["rdff-6-3", "rdff-6-5", "gbt35273-8-5"]);
        assert_eq!(cn.binding_duty_ids, ["ndsmr-23", "pipl-46", "pipl-50"]);
        // 及时 is cited from the articles that say it, not from PIPL Art. 50 (issue 14 item 9).
        assert!(cn.note_en.contains("a refusal must give reasons (PIPL Art. 50)"), "{}", cn.note_en);
        assert!(!cn.note_en.contains("45, 46 and 50"), "{}", cn.note_en);
        assert!(cn.note_en.contains("not a statutory deadline") && cn.note_en.contains("及时"));
        assert!(cn.note_zh.contains("不是法定期限"));
        assert_eq!(r("cn-ecommerce-cancellation-immediate").status, LegalStatus::Binding);
        assert_eq!(r("gdpr-one-month").status, LegalStatus::Binding);
        // UK: verified since articles.md §11.1; the month starts at the latest of
        // receipt, identity information and fee, and pauses only for access scope.
        let uk = r("uk-one-month");
        assert_eq!(uk.status, LegalStatus::Binding);
        assert!(uk.label_en.contains("12A") && !uk.note_en.contains("UNVERIFIED"));
        assert!(
            uk.note_en.contains("latest of receipt") && uk.note_en.contains("Only for an access request")
        );
        // California opt-out and limit: 15 business days is an unverified reference, never law.
        let opt_out = r("ccpa-opt-out-15-business-days-unverified");
        assert_eq!(opt_out.status, LegalStatus::Reference);
        assert!(opt_out.binding_duty_ids.is_empty() && opt_out.note_en.contains("UNVERIFIED"));
        let other = r("other-30-days");
        assert_eq!(other.status, LegalStatus::Reference);
        assert!(other.sources.is_empty() && other.note_en.contains("not a legal deadline"));
        for rule in rules() {
            for text in [&rule.note_en, &rule.note_zh, &rule.label_en, &rule.label_zh] {
                assert!(
                    !text.contains('\n') && !text.contains("  "),
                    "{}: TOML line continuations left a stray break or double space: {text:?}",
                    rule.id
                );
            }
        }
    }

    #[test]
    fn cn_rule_gives_every_worked_example_exactly() {
        let cases = [
            ("2025-01-20", "2025-02-14"),
            ("2025-09-26", "2025-10-23"),
            ("2026-02-10", "2026-03-09"),
            ("2024-04-30", "2024-05-23"),
            ("2023-09-25", "2023-10-20"),
            ("2019-04-26", "2019-05-20"),
            ("2020-01-20", "2020-02-18"),
        ];
        for (from, want) in cases {
            assert_eq!(
                due("cn-reference-15-working-days", from),
                Due::On(d(want)),
                "15 working days after {from}"
            );
        }
    }

    #[test]
    fn cn_request_sent_on_a_saturday_or_holiday_starts_counting_next_working_day() {
        assert_eq!(due("cn-reference-15-working-days", "2025-03-08"), Due::On(d("2025-03-28")));
        assert_eq!(due("cn-reference-15-working-days", "2025-10-01"), Due::On(d("2025-10-28")));
    }

    #[test]
    fn cn_count_running_into_2027_is_provisional_with_its_bounds() {
        assert_eq!(due("cn-reference-15-working-days", "2026-12-01"), Due::On(d("2026-12-22")));
        // From 2026-12-15: 16–18, 21–25, 28–31 Dec (12), 元旦 Fri 1 Jan off, 4–6 Jan.
        let p = due("cn-reference-15-working-days", "2026-12-15").provisional().expect("provisional");
        assert_eq!((p.date, p.year), (d("2027-01-06"), 2027));
        assert!(p.earliest <= p.date && p.date < p.latest, "{p:?}");
        for from in ["2026-12-11", "2026-12-24", "2026-12-31", "2027-03-01", "2030-06-01"] {
            let p = due("cn-reference-15-working-days", from).provisional();
            assert!(p.is_some_and(|p| p.earliest <= p.date && p.date <= p.latest), "sent {from}: {p:?}");
        }
        // Years before the 2013 rules are not modelled: an error, not a guess.
        assert_eq!(
            due_date(r("cn-reference-15-working-days"), d("2012-06-01"), cal()),
            Err(DeadlineError::NoCalendar { year: 2012 })
        );
    }

    #[test]
    fn ecommerce_cancellation_is_immediate_not_a_number() {
        assert_eq!(due("cn-ecommerce-cancellation-immediate", "2025-01-20"), Due::Immediate);
        // Immediate needs no calendar, so it works in uncovered years too.
        assert_eq!(due("cn-ecommerce-cancellation-immediate", "2030-01-01"), Due::Immediate);
    }

    #[test]
    fn cn_promptly_shows_no_date_and_says_the_law_sets_no_number() {
        let r = r("cn-promptly");
        assert_eq!((r.unit, r.amount, r.status), (Unit::Promptly, 0, LegalStatus::Binding));
        assert!(r.label_en.contains("no number of days") && r.label_zh.contains("未规定具体天数"));
        assert!(
            !r.label_en.contains("15") && !r.note_en.contains("15 working days (") && r.extension.is_none()
        );
        assert_eq!(due("cn-promptly", "2025-01-20"), Due::Promptly);
        // No calendar is needed for a rule without days, so it works past every notice.
        assert_eq!(due("cn-promptly", "2031-01-01"), Due::Promptly);
        assert_eq!(Due::Promptly.date(), None);
        assert_eq!(serde_json::to_string(&Due::Promptly).unwrap(), r#"{"kind":"promptly"}"#);
    }

    #[test]
    fn uk_complaint_acknowledgement_counts_the_day_of_receipt_as_day_one() {
        let ack = r("uk-complaint-acknowledge-30-days");
        assert!(ack.receipt_is_day_one && ack.amount == 30);
        // Received 19 June 2026: day 1 is 19 June, day 30 is 18 July.
        assert_eq!(due("uk-complaint-acknowledge-30-days", "2026-06-19"), Due::On(d("2026-07-18")));
        assert_eq!(due("uk-complaint-acknowledge-30-days", "2026-07-01"), Due::On(d("2026-07-30")));
        // The old Art. 12(3) rule gives the same month, under its own label.
        let old = r("uk-one-month-before-12a");
        assert!(old.label_en.contains("before 5 February 2026"));
        assert_eq!(due("uk-one-month-before-12a", "2026-01-31"), Due::On(d("2026-02-28")));
    }

    #[test]
    fn only_calendar_days_may_count_receipt_as_day_one_and_dateless_rules_have_no_amount() {
        let err = |s: String| RuleSet::from_toml(&s).unwrap_err().to_string();
        let e = err(with(
            &format!("{VALID_EXTRA}\nreceipt_is_day_one = true")
                .replace("\"calendar-days\"", "\"calendar-months\""),
        ));
        assert!(e.contains("day 1"), "{e}");
        let e = err(with(&VALID_EXTRA.replace("\"calendar-days\"", "\"promptly\"")));
        assert!(e.contains("amount 0"), "{e}");
    }

    #[test]
    fn gdpr_month_clamps_to_the_end_of_february() {
        assert_eq!(due("gdpr-one-month", "2026-01-31"), Due::On(d("2026-02-28")));
        assert_eq!(due("gdpr-one-month", "2024-01-31"), Due::On(d("2024-02-29")));
        assert_eq!(due("gdpr-one-month", "2025-03-15"), Due::On(d("2025-04-15")));
        assert_eq!(due("gdpr-one-month", "2025-12-31"), Due::On(d("2026-01-31")));
        // GDPR does not depend on the Chinese calendar's coverage.
        assert_eq!(due("gdpr-one-month", "2030-05-31"), Due::On(d("2030-06-30")));
    }

    #[test]
    fn gdpr_extension_runs_to_three_months_from_receipt() {
        let ext = |from| extended_due_date(r("gdpr-one-month"), d(from), cal()).unwrap();
        assert_eq!(ext("2026-01-31"), Some(Due::On(d("2026-04-30"))));
        assert_eq!(ext("2025-11-30"), Some(Due::On(d("2026-02-28"))));
    }

    #[test]
    fn ccpa_is_45_days_or_90_with_extension_and_ack_in_10_business_days() {
        let ccpa = r("ccpa-45-days");
        assert_eq!(due("ccpa-45-days", "2025-11-17"), Due::On(d("2026-01-01")));
        assert_eq!(extended_due_date(ccpa, d("2025-11-17"), cal()).unwrap(), Some(Due::On(d("2026-02-15"))));
        // Ten business days from Mon 2025-11-17 skip Thanksgiving (Thu 11-27).
        assert_eq!(acknowledge_by(ccpa, d("2025-11-17"), cal()).unwrap(), Some(Due::On(d("2025-12-02"))));
        assert_eq!(acknowledge_by(r("gdpr-one-month"), d("2025-11-17"), cal()).unwrap(), None);
    }

    #[test]
    fn other_jurisdictions_get_the_30_days_the_letter_proposes() {
        assert_eq!(due("other-30-days", "2025-01-31"), Due::On(d("2025-03-02")));
    }

    #[test]
    fn dates_at_chronos_limits_are_errors_not_panics() {
        for rule in rules() {
            for from in [NaiveDate::MAX, NaiveDate::MIN] {
                // Any outcome but a panic is acceptable at the limits.
                let _ = due_date(rule, from, cal());
                let _ = extended_due_date(rule, from, cal());
                let _ = acknowledge_by(rule, from, cal());
            }
        }
        assert!(matches!(
            due_date(r("gdpr-one-month"), NaiveDate::MAX, cal()),
            Err(DeadlineError::OutOfRange { .. })
        ));
        assert!(matches!(
            acknowledge_by(r("ccpa-45-days"), NaiveDate::MAX, cal()),
            Err(DeadlineError::OutOfRange { .. })
        ));
        assert_eq!(
            acknowledge_by(r("ccpa-45-days"), NaiveDate::MIN, cal()),
            Err(DeadlineError::NoCalendar { year: NaiveDate::MIN.year() })
        );
    }

    #[test]
    fn due_serializes_as_a_tagged_camel_case_union() {
        let json = |v: Due| serde_json::to_string(&v).unwrap();
        assert_eq!(json(Due::On(d("2025-02-14"))), r#"{"kind":"on","value":"2025-02-14"}"#);
        assert_eq!(json(Due::Immediate), r#"{"kind":"immediate"}"#);
        let p = ProvisionalDate {
            date: d("2027-01-06"),
            earliest: d("2027-01-04"),
            latest: d("2027-01-11"),
            year: 2027,
        };
        assert_eq!(
            json(Due::Provisional(p)),
            r#"{"kind":"provisional","value":{"date":"2027-01-06","earliest":"2027-01-04","latest":"2027-01-11","year":2027}}"#
        );
        let rule_json = serde_json::to_value(r("ccpa-45-days")).unwrap();
        assert_eq!(rule_json["bindingDutyIds"][0], "ccpa-1798-130-a-2-a");
        assert_eq!(rule_json["unit"], "calendar-days");
        assert_eq!(rule_json["status"], "binding");
        assert_eq!(rule_json["jurisdiction"], "US-CA");
        assert_eq!(rule_json["extension"]["noticeWithinAmount"], 45);
        assert_eq!(rule_json["acknowledgement"]["unit"], "us-business-days");
    }

    // --- the rules loader refuses what would corrupt a deadline ---

    fn with(rule_fields: &str) -> String {
        // Keep every default the shipped file has, then add the rule under test.
        format!("{RULES_TOML}\n[[rule]]\n{rule_fields}\n")
    }

    const VALID_EXTRA: &str = r#"id = "extra"
jurisdiction = "EU"
unit = "calendar-days"
amount = 10
status = "reference"
sources = []
binding_duty_ids = []
label_en = "a"
label_zh = "a"
note_en = "a"
note_zh = "a""#;

    #[test]
    fn the_loader_accepts_a_valid_extra_rule() {
        let set = RuleSet::from_toml(&with(VALID_EXTRA)).unwrap();
        assert_eq!(set.rule("extra").map(|r| r.amount), Some(10));
    }

    #[test]
    fn the_loader_refuses_rules_that_would_mislead() {
        let err = |s: String| RuleSet::from_toml(&s).unwrap_err().to_string();
        let e = err(with(&VALID_EXTRA.replace("extra", "gdpr-one-month")));
        assert!(e.contains("used twice"), "{e}");
        let e = err(with(&VALID_EXTRA.replace("amount = 10", "amount = 1500")));
        assert!(e.contains("sanity limit"), "{e}");
        let e = err(with(&VALID_EXTRA.replace("status = \"reference\"", "status = \"binding\"")));
        assert!(e.contains("binding articles"), "{e}");
        let e = err(with(&VALID_EXTRA.replace("\"calendar-days\"", "\"cn-working-days\"")));
        assert!(e.contains("only apply to CN"), "{e}");
        let e = err(with(&VALID_EXTRA.replace("\"calendar-days\"", "\"fortnights\"")));
        assert!(e.contains("fortnights"), "{e}");
        let e = err(with(&format!("{VALID_EXTRA}\ndefault = true")));
        assert_eq!(e, "jurisdiction EU has more than one default rule");
        let e = err(with(&format!("{VALID_EXTRA}\ncolour = \"red\"")));
        assert!(e.contains("colour"), "unknown keys are typos: {e}");
        let no_uk = RULES_TOML.replace("jurisdiction = \"UK\"\ndefault = true", "jurisdiction = \"UK\"");
        assert_eq!(err(no_uk), "jurisdiction UK has no default rule");
        let e = err(with(&VALID_EXTRA.replace("amount = 10", "amount = 10\nextension = { amount = 0, unit = \"calendar-days\", notice_within_amount = 5, notice_within_unit = \"calendar-days\", note_en = \"a\", note_zh = \"a\" }")));
        assert!(e.contains("positive"), "{e}");
    }

    // --- properties over the whole covered range ---

    fn covered_date() -> impl Strategy<Value = NaiveDate> {
        let c = CnCalendar::official().coverage();
        let span = (c.until - c.from).num_days();
        (0..=span).prop_map(move |n| c.from + chrono::Duration::days(n))
    }

    proptest! {
        #[test]
        fn cn_due_is_the_15th_working_day_after_sending(from in covered_date()) {
            let rule = r("cn-reference-15-working-days");
            match due_date(rule, from, cal()).unwrap() {
                Due::On(due) => {
                    prop_assert!(due > from);
                    prop_assert!(cal().is_working_day(due).unwrap());
                    prop_assert_eq!(cal().working_days_between(from, due).unwrap(), 15);
                }
                Due::Provisional(p) => {
                    // Only counts that reach the next year's window are provisional.
                    prop_assert_eq!(p.year, cal().coverage().until.year() + 1);
                    prop_assert!(from > d("2026-12-01"));
                }
                Due::Immediate | Due::Promptly => prop_assert!(false, "a 15-day rule always has a date"),
            }
        }

        #[test]
        fn cn_due_never_moves_earlier_when_sending_later(from in covered_date(), gap in 0u64..40) {
            let rule = r("cn-reference-15-working-days");
            let later = from + Days::new(gap);
            if let (Due::On(a), Due::On(b)) =
                (due_date(rule, from, cal()).unwrap(), due_date(rule, later, cal()).unwrap())
            {
                prop_assert!(a <= b, "sent {from} due {a}, sent {later} due {b}");
            }
        }

        #[test]
        fn gdpr_due_is_28_to_31_days_after_receipt(
            from in (0i64..365 * 400).prop_map(|n| d("1900-01-01") + chrono::Duration::days(n))
        ) {
            let Due::On(due) = due_date(r("gdpr-one-month"), from, cal()).unwrap() else {
                return Err(TestCaseError::fail("GDPR always gives a date"));
            };
            let days = (due - from).num_days();
            prop_assert!((28..=31).contains(&days), "{from} -> {due} is {days} days");
        }
    }
}
