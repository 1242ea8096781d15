//! The clock of one request: from its events and a given "today", when it is
//! due and how much time is left (or how late it is).

use super::{DeadlineError, Due, Rule, Unit, acknowledge_by, advance, due_date, extended_due_date};
use crate::calendar::us::UsFederal;
use crate::calendar::{CnCalendar, ProvisionalDate, WorkingDays};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Something that happened to a request and moves its clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "kind", content = "on", rename_all = "camelCase")]
pub enum ClockEvent {
    /// The request reached the holder (the clock starts; this day is day 0).
    Sent(NaiveDate),
    /// The holder said it is extending the deadline.
    ExtensionNotified(NaiveDate),
    /// A reply, fulfilment or refusal: the holder has answered, the clock stops.
    Stopped(NaiveDate),
}

/// Where a request stands today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum ClockState {
    /// `days` left after today, up to and including the due date: working days
    /// for a working-day rule, calendar days otherwise.
    DueIn {
        days: u32,
        unit: Unit,
    },
    DueToday,
    /// `days` elapsed after the due date, up to and including today, in the
    /// same unit. It can be 0 for a working-day rule when only rest days have
    /// passed since the due date: late, but no working day lost yet.
    Overdue {
        days: u32,
        unit: Unit,
    },
    Stopped {
        on: NaiveDate,
    },
    NotSent,
    /// A duty to act at once ("立即"): outstanding until the clock stops.
    Immediate,
    /// A duty to act promptly ("及时") with no number of days: `days` calendar
    /// days have passed since receipt, and there is no date to be late against.
    Promptly {
        days: u32,
    },
    /// Past a provisional due date but not past its latest bound: late if the
    /// notice adds nothing, on time if it adds rest days. `days` as in `Overdue`.
    PastProvisional {
        days: u32,
        unit: Unit,
        latest: NaiveDate,
        /// The year whose arrangement is not yet published.
        year: i32,
    },
}

impl std::fmt::Display for ClockState {
    /// The clock in words, as the command line prints it.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ClockState::DueIn { days, unit } => write!(f, "due in {}", count(*days, *unit)),
            ClockState::DueToday => f.write_str("due today"),
            ClockState::Overdue { days: 0, .. } => {
                f.write_str("overdue (the due date has passed; no working day lost yet)")
            }
            ClockState::Overdue { days, unit } => write!(f, "overdue by {}", count(*days, *unit)),
            ClockState::Stopped { on } => write!(f, "answered on {on}: the clock stopped"),
            ClockState::NotSent => f.write_str("not sent yet: the clock starts when you send it"),
            ClockState::Immediate => f.write_str("due at once: outstanding until they answer"),
            ClockState::Promptly { days } => write!(
                f,
                "to be dealt with promptly (the law sets no number of days); {} since receipt",
                count(*days, Unit::CalendarDays)
            ),
            ClockState::PastProvisional { days, unit, latest, year } => write!(
                f,
                "past the provisional due date by {} (the {year} holiday arrangement is not yet published); overdue after {latest} at the latest",
                count(*days, *unit)
            ),
        }
    }
}

/// "1 working day", "15 calendar days".
fn count(n: u32, unit: Unit) -> String {
    let (one, many) = match unit {
        Unit::CnWorkingDays => ("working day", "working days"),
        Unit::UsBusinessDays => ("business day", "business days"),
        Unit::CalendarMonths => ("month", "months"),
        Unit::CalendarDays | Unit::Immediate | Unit::Promptly => ("day", "days"),
    };
    format!("{n} {}", if n == 1 { one } else { many })
}

/// A request's clock as of one day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Clock {
    pub rule_id: String,
    pub sent_on: Option<NaiveDate>,
    /// `None` until the request is sent.
    pub due: Option<Due>,
    /// Whether a timely extension notice moved `due`.
    pub extended: bool,
    /// When receipt must be confirmed, for rules that require it (CCPA).
    pub acknowledge_by: Option<Due>,
    pub state: ClockState,
}

/// The clock of a request under `rule`, as it stands at the end of `today`.
///
/// Events dated after `today` are ignored: the clock shows what was known
/// that day. The earliest `Sent` starts it. An extension moves the due date
/// only if the rule allows one and the notice came between sending and the
/// end of the notice window (inclusive); a late notice changes nothing, since
/// the law makes a timely notice the condition of the extension. The earliest
/// `Stopped` on or after sending stops the clock.
pub fn clock(
    rule: &Rule,
    events: &[ClockEvent],
    today: NaiveDate,
    cal: &CnCalendar,
) -> Result<Clock, DeadlineError> {
    let known = |pick: fn(&ClockEvent) -> Option<NaiveDate>| {
        events.iter().filter_map(pick).filter(move |d| *d <= today)
    };
    let Some(sent) = known(|e| match e {
        ClockEvent::Sent(d) => Some(*d),
        _ => None,
    })
    .min() else {
        return Ok(Clock {
            rule_id: rule.id.clone(),
            sent_on: None,
            due: None,
            extended: false,
            acknowledge_by: None,
            state: ClockState::NotSent,
        });
    };
    // A stop dated before sending cannot be an answer to this request.
    let stopped = known(|e| match e {
        ClockEvent::Stopped(d) => Some(*d),
        _ => None,
    })
    .filter(|d| *d >= sent)
    .min();

    let mut due = due_date(rule, sent, cal)?;
    let mut extended = false;
    if let Some(ext) = &rule.extension {
        // Without a known window end we cannot tell whether a notice was in time.
        if let Due::On(window_end) = advance(sent, ext.notice_within_amount, ext.notice_within_unit, cal)? {
            let timely = known(|e| match e {
                ClockEvent::ExtensionNotified(d) => Some(*d),
                _ => None,
            })
            .any(|d| sent <= d && d <= window_end && stopped.is_none_or(|s| d <= s));
            if timely && let Some(longer) = extended_due_date(rule, sent, cal)? {
                due = longer;
                extended = true;
            }
        }
    }

    let state = match (stopped, due) {
        (Some(on), _) => ClockState::Stopped { on },
        (None, Due::Immediate) => ClockState::Immediate,
        (None, Due::Promptly) => {
            let days = (today - sent).num_days().max(0);
            ClockState::Promptly { days: u32::try_from(days).unwrap_or(u32::MAX) }
        }
        (None, Due::Provisional(p)) if p.date < today && today <= p.latest => {
            let (days, unit) = span(rule.unit, p.date, today, cal);
            ClockState::PastProvisional { days, unit, latest: p.latest, year: p.year }
        }
        // Past the latest bound it is late whatever the notice says; count from the bound.
        (None, Due::Provisional(p)) if p.latest < today => {
            let (days, unit) = span(rule.unit, p.latest, today, cal);
            ClockState::Overdue { days, unit }
        }
        (None, Due::On(d) | Due::Provisional(ProvisionalDate { date: d, .. })) if d == today => {
            ClockState::DueToday
        }
        (None, Due::On(d) | Due::Provisional(ProvisionalDate { date: d, .. })) if today < d => {
            let (days, unit) = span(rule.unit, today, d, cal);
            ClockState::DueIn { days, unit }
        }
        (None, Due::On(d) | Due::Provisional(ProvisionalDate { date: d, .. })) => {
            let (days, unit) = span(rule.unit, d, today, cal);
            ClockState::Overdue { days, unit }
        }
    };

    Ok(Clock {
        rule_id: rule.id.clone(),
        sent_on: Some(sent),
        due: Some(due),
        extended,
        acknowledge_by: acknowledge_by(rule, sent, cal)?,
        state,
    })
}

/// The length of `(after, through]` in the rule's own kind of day where it
/// counts working days, else in calendar days.
///
/// Chinese working days past the installed calendar are the provisional ones
/// (statutory holidays and weekends); where no calendar at all applies it
/// falls back to calendar days and says so through the unit.
fn span(rule_unit: Unit, after: NaiveDate, through: NaiveDate, cal: &CnCalendar) -> (u32, Unit) {
    let working = match rule_unit {
        Unit::CnWorkingDays => cal.expected_working_days_between(after, through).ok(),
        Unit::UsBusinessDays => UsFederal.working_days_between(after, through).ok(),
        _ => None,
    };
    match working {
        Some(n) => (n, rule_unit),
        None => {
            let days = (through - after).num_days();
            (u32::try_from(days).unwrap_or(u32::MAX), Unit::CalendarDays)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deadline::rule as rule_by_id;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn cn() -> &'static Rule {
        rule_by_id("cn-reference-15-working-days").unwrap()
    }

    fn run(rule: &Rule, events: &[ClockEvent], today: &str) -> Clock {
        clock(rule, events, d(today), CnCalendar::official()).unwrap()
    }

    use ClockEvent::{ExtensionNotified, Sent, Stopped};

    #[test]
    fn cn_clock_counts_working_days_left() {
        // Sent 2025-01-20, due 2025-02-14. On Fri 2025-01-24 the working days
        // after today are 1/26 (make-up Sun), 1/27, then after 春节 2/5–2/7,
        // 2/8 (make-up Sat), 2/10–2/14: 11 in all.
        let c = run(cn(), &[Sent(d("2025-01-20"))], "2025-01-24");
        assert_eq!(c.due, Some(Due::On(d("2025-02-14"))));
        assert_eq!(c.state, ClockState::DueIn { days: 11, unit: Unit::CnWorkingDays });
        assert_eq!(c.sent_on, Some(d("2025-01-20")));
        assert_eq!(c.rule_id, "cn-reference-15-working-days");
        // On a holiday in the middle of 春节 the count has not moved.
        let c = run(cn(), &[Sent(d("2025-01-20"))], "2025-01-30");
        assert_eq!(c.state, ClockState::DueIn { days: 9, unit: Unit::CnWorkingDays });
    }

    #[test]
    fn cn_clock_is_due_today_on_the_15th_working_day() {
        let c = run(cn(), &[Sent(d("2025-01-20"))], "2025-02-14");
        assert_eq!(c.state, ClockState::DueToday);
    }

    #[test]
    fn cn_clock_counts_overdue_working_days() {
        // Due Fri 2025-02-14; by Wed 2025-02-19 three working days have passed (17, 18, 19).
        let c = run(cn(), &[Sent(d("2025-01-20"))], "2025-02-19");
        assert_eq!(c.state, ClockState::Overdue { days: 3, unit: Unit::CnWorkingDays });
        // The Saturday right after the due date: late, but no working day lost.
        let c = run(cn(), &[Sent(d("2025-01-20"))], "2025-02-15");
        assert_eq!(c.state, ClockState::Overdue { days: 0, unit: Unit::CnWorkingDays });
    }

    #[test]
    fn a_count_into_late_december_is_provisional_and_overdue_counts_from_the_bound() {
        // 2026-12-31 by the 2026 calendar, but the 2027 notice may still make late
        // December rest days (the 2019 notice did: 2018-12-31), so it is provisional.
        let c = run(cn(), &[Sent(d("2026-12-10"))], "2027-01-10");
        let p = c.due.and_then(Due::provisional).expect("provisional");
        assert_eq!((p.date, p.latest), (d("2026-12-31"), d("2027-01-06")));
        // After the bound: 7 and 8 January are the provisional working days lost.
        assert_eq!(c.state, ClockState::Overdue { days: 2, unit: Unit::CnWorkingDays });
    }

    #[test]
    fn a_reply_stops_the_clock() {
        let events = [Sent(d("2025-01-20")), Stopped(d("2025-02-03"))];
        let c = run(cn(), &events, "2025-03-01");
        assert_eq!(c.state, ClockState::Stopped { on: d("2025-02-03") });
        assert_eq!(c.due, Some(Due::On(d("2025-02-14"))), "the due date is still shown");
        // A stop recorded before the request was sent is not an answer to it.
        let c = run(cn(), &[Stopped(d("2025-01-01")), Sent(d("2025-01-20"))], "2025-02-14");
        assert_eq!(c.state, ClockState::DueToday);
    }

    #[test]
    fn nothing_sent_means_no_clock_and_future_events_are_not_yet_known() {
        let c = run(cn(), &[], "2025-01-20");
        assert_eq!(c.state, ClockState::NotSent);
        assert_eq!(c.due, None);
        let c = run(cn(), &[Sent(d("2025-02-01"))], "2025-01-20");
        assert_eq!(c.state, ClockState::NotSent, "a send dated tomorrow has not happened yet");
        let events = [Sent(d("2025-01-20")), Stopped(d("2025-02-20"))];
        let c = run(cn(), &events, "2025-02-14");
        assert_eq!(c.state, ClockState::DueToday, "a later reply does not stop today's clock");
    }

    #[test]
    fn cn_clock_past_the_calendar_is_provisional_then_overdue_after_the_bound() {
        let events = [Sent(d("2026-12-15"))];
        let c = run(cn(), &events, "2026-12-15");
        let p = c.due.and_then(Due::provisional).expect("provisional due date");
        assert_eq!(p.date, d("2027-01-06"));
        // 16–18, 21–25, 28–31 Dec and 4–6 Jan: 15 working days left, counted provisionally.
        assert_eq!(c.state, ClockState::DueIn { days: 15, unit: Unit::CnWorkingDays });
        assert_eq!(run(cn(), &events, "2027-01-06").state, ClockState::DueToday);
        let between = run(cn(), &events, &p.latest.to_string()).state;
        assert!(
            matches!(between, ClockState::PastProvisional { latest, .. } if latest == p.latest),
            "on the latest bound it is not yet certainly late: {between:?}"
        );
        let after = p.latest.succ_opt().unwrap().to_string();
        assert!(
            matches!(run(cn(), &events, &after).state, ClockState::Overdue { .. }),
            "after the bound it is overdue"
        );
    }

    #[test]
    fn immediate_duty_is_outstanding_until_stopped() {
        let rule = rule_by_id("cn-ecommerce-cancellation-immediate").unwrap();
        let c = run(rule, &[Sent(d("2025-01-20"))], "2025-01-21");
        assert_eq!((c.due, c.state), (Some(Due::Immediate), ClockState::Immediate));
        let c = run(rule, &[Sent(d("2025-01-20")), Stopped(d("2025-01-20"))], "2025-01-21");
        assert_eq!(c.state, ClockState::Stopped { on: d("2025-01-20") });
    }

    #[test]
    fn a_promptly_duty_counts_the_days_since_receipt_and_is_never_overdue() {
        let rule = rule_by_id("cn-promptly").unwrap();
        let c = run(rule, &[Sent(d("2025-01-20"))], "2025-03-01");
        assert_eq!((c.due, c.state), (Some(Due::Promptly), ClockState::Promptly { days: 40 }));
        assert_eq!(
            c.state.to_string(),
            "to be dealt with promptly (the law sets no number of days); 40 days since receipt"
        );
        let c = run(rule, &[Sent(d("2025-01-20")), Stopped(d("2025-01-25"))], "2025-03-01");
        assert_eq!(c.state, ClockState::Stopped { on: d("2025-01-25") });
    }

    #[test]
    fn gdpr_extension_notified_in_time_moves_the_due_date() {
        let gdpr = rule_by_id("gdpr-one-month").unwrap();
        let events = [Sent(d("2026-01-31")), ExtensionNotified(d("2026-02-28"))];
        let c = run(gdpr, &events, "2026-03-10");
        assert!(c.extended);
        assert_eq!(c.due, Some(Due::On(d("2026-04-30"))));
        assert_eq!(c.state, ClockState::DueIn { days: 51, unit: Unit::CalendarDays });
    }

    #[test]
    fn gdpr_extension_notified_late_is_ignored() {
        let gdpr = rule_by_id("gdpr-one-month").unwrap();
        // The first month ended 2026-02-28; a notice on 03-01 is too late.
        let events = [Sent(d("2026-01-31")), ExtensionNotified(d("2026-03-01"))];
        let c = run(gdpr, &events, "2026-03-10");
        assert!(!c.extended);
        assert_eq!(c.due, Some(Due::On(d("2026-02-28"))));
        assert_eq!(c.state, ClockState::Overdue { days: 10, unit: Unit::CalendarDays });
    }

    #[test]
    fn ccpa_clock_runs_90_days_with_timely_extension_and_shows_the_ack_date() {
        let ccpa = rule_by_id("ccpa-45-days").unwrap();
        let c = run(ccpa, &[Sent(d("2025-11-17"))], "2025-11-18");
        assert_eq!(c.due, Some(Due::On(d("2026-01-01"))));
        assert_eq!(c.acknowledge_by, Some(Due::On(d("2025-12-02"))));
        assert_eq!(c.state, ClockState::DueIn { days: 44, unit: Unit::CalendarDays });
        let events = [Sent(d("2025-11-17")), ExtensionNotified(d("2026-01-01"))];
        let c = run(ccpa, &events, "2026-01-02");
        assert!(c.extended, "notice on day 45 is within the first 45 days");
        assert_eq!(c.due, Some(Due::On(d("2026-02-15"))));
        let events = [Sent(d("2025-11-17")), ExtensionNotified(d("2026-01-02"))];
        let c = run(ccpa, &events, "2026-01-03");
        assert!(!c.extended, "notice on day 46 is late");
        assert_eq!(c.state, ClockState::Overdue { days: 2, unit: Unit::CalendarDays });
    }

    #[test]
    fn extension_on_a_rule_without_one_changes_nothing() {
        let events = [Sent(d("2025-01-20")), ExtensionNotified(d("2025-01-21"))];
        let c = run(cn(), &events, "2025-01-22");
        assert!(!c.extended);
        assert_eq!(c.due, Some(Due::On(d("2025-02-14"))));
    }

    #[test]
    fn clock_at_chronos_limits_does_not_panic() {
        for rule in crate::deadline::rules() {
            for (sent, today) in [
                (NaiveDate::MAX, NaiveDate::MAX),
                (NaiveDate::MIN, NaiveDate::MAX),
                (NaiveDate::MIN, NaiveDate::MIN),
            ] {
                let _ = clock(rule, &[Sent(sent), ExtensionNotified(sent)], today, CnCalendar::official());
            }
        }
        let gdpr = rule_by_id("gdpr-one-month").unwrap();
        let c = clock(gdpr, &[Sent(NaiveDate::MIN)], NaiveDate::MAX, CnCalendar::official()).unwrap();
        assert!(matches!(c.state, ClockState::Overdue { unit: Unit::CalendarDays, .. }));
    }

    #[test]
    fn clock_state_serializes_with_a_kind_tag() {
        let s = serde_json::to_string(&ClockState::Overdue { days: 3, unit: Unit::CnWorkingDays }).unwrap();
        assert_eq!(s, r#"{"kind":"overdue","days":3,"unit":"cn-working-days"}"#);
        let e = serde_json::to_string(&Sent(d("2025-01-20"))).unwrap();
        assert_eq!(e, r#"{"kind":"sent","on":"2025-01-20"}"#);
    }
}
