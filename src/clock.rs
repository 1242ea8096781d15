//! The only place that reads the system clock. Everything else is handed a
//! [`Now`] so that deadlines and letters can be tested on fixed dates.
//!
//! A running program (the CLI, the desktop shell) asks a [`TimeSource`] for
//! "now" at each action. In debug builds, `RIGHTSDESK_TODAY=YYYY-MM-DD` sets
//! the date it starts on, so the end-to-end, shell and CLI tests choose their
//! dates; a release build never reads that variable.

use chrono::{DateTime, Duration, Local, NaiveDate, SecondsFormat, Utc};
use serde::Serialize;

/// The variable that sets the starting date in debug (test) builds.
pub const TODAY_ENV: &str = "RIGHTSDESK_TODAY";

/// How far ahead of the user's today a date may lie and still count as today:
/// a letter written late in the evening in Beijing is "tomorrow" in UTC-terms
/// for a holder abroad, but two days ahead is a typing mistake.
pub const FUTURE_TOLERANCE_DAYS: i64 = 1;

/// A moment, with the user's local calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Now {
    pub instant: DateTime<Utc>,
    /// The user's date (local time zone): what "today" means for a deadline.
    pub today: NaiveDate,
}

impl Now {
    /// The real clock. Programs ask their [`TimeSource`] instead, which a test can set.
    #[allow(clippy::disallowed_methods)] // the one place that reads the clock
    pub fn system() -> Now {
        let local = Local::now();
        Now { instant: local.with_timezone(&Utc), today: local.date_naive() }
    }

    /// A fixed moment at noon UTC of `today` (tests, reproducible exports).
    pub fn fixed(today: NaiveDate) -> Now {
        let instant = today.and_hms_opt(12, 0, 0).expect("noon exists").and_utc();
        Now { instant, today }
    }

    /// RFC 3339 timestamp in UTC with seconds, as stored in the database.
    pub fn stamp(&self) -> String {
        self.instant.to_rfc3339_opts(SecondsFormat::Secs, true)
    }

    /// Whether `date` lies further ahead than a time-zone difference explains.
    pub fn is_future(&self, date: NaiveDate) -> bool {
        date > self.today + Duration::days(FUTURE_TOLERANCE_DAYS)
    }
}

/// Where a running program gets "now" from.
#[derive(Debug, Clone, Copy)]
pub enum TimeSource {
    /// The machine's clock.
    System,
    /// Test builds only: "today" stays `today`, and the instant starts at noon
    /// UTC of that day and moves on with real time, so events keep their order.
    StartingOn { today: NaiveDate, started: std::time::Instant },
}

impl TimeSource {
    /// The system clock, or in a debug build the date in `RIGHTSDESK_TODAY`.
    /// A value that is not a date is an error, so that a test never runs on
    /// the real date by mistake.
    pub fn from_env() -> Result<TimeSource, String> {
        if !cfg!(debug_assertions) {
            return Ok(TimeSource::System);
        }
        match std::env::var(TODAY_ENV) {
            Ok(value) if !value.trim().is_empty() => Self::starting_on(value.trim()),
            _ => Ok(TimeSource::System),
        }
    }

    /// A source that starts on `date` (`YYYY-MM-DD`).
    pub fn starting_on(date: &str) -> Result<TimeSource, String> {
        let today = NaiveDate::parse_from_str(date, "%Y-%m-%d")
            .map_err(|_| format!("{TODAY_ENV}={date:?} is not a date (YYYY-MM-DD)"))?;
        Ok(TimeSource::StartingOn { today, started: std::time::Instant::now() })
    }

    pub fn now(&self) -> Now {
        match self {
            #[allow(clippy::disallowed_methods)] // the system source is the real clock
            TimeSource::System => Now::system(),
            TimeSource::StartingOn { today, started } => {
                let mut now = Now::fixed(*today);
                now.instant += Duration::from_std(started.elapsed()).unwrap_or_default();
                now
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn a_source_starting_on_a_date_keeps_that_date_and_moves_the_instant_on() {
        let source = TimeSource::starting_on("2027-06-15").unwrap();
        let first = source.now();
        std::thread::sleep(std::time::Duration::from_millis(5));
        let second = source.now();
        assert_eq!(first.today, day("2027-06-15"));
        assert_eq!(second.today, day("2027-06-15"));
        assert!(second.instant > first.instant, "{first:?} then {second:?}");
        assert_eq!(first.stamp()[..13], *"2027-06-15T12");
    }

    #[test]
    fn a_starting_date_that_is_not_a_date_is_refused() {
        let e = TimeSource::starting_on("15/06/2027").unwrap_err();
        assert!(e.contains("RIGHTSDESK_TODAY") && e.contains("15/06/2027"), "{e}");
        assert!(TimeSource::starting_on("2027-02-30").is_err());
    }

    #[test]
    fn one_day_ahead_is_a_time_zone_two_days_ahead_is_the_future() {
        let now = Now::fixed(day("2026-12-02"));
        assert!(!now.is_future(day("2026-12-02")));
        assert!(!now.is_future(day("2026-12-03")));
        assert!(now.is_future(day("2026-12-04")));
        assert!(!now.is_future(day("2020-01-01")));
    }
}
