//! The provisional model against history: for each year, pretend its notice
//! (and every later one) was never issued, count 15 working days from every
//! start day whose count runs into that year, and compare with the official
//! answer.

use super::{CalendarError, CnCalendar, Counted};
use chrono::{Datelike, NaiveDate};
use std::fmt::Write as _;

/// How the provisional dates of one year compared with the official ones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BacktestYear {
    pub year: i32,
    /// Start days whose count ran into the pretended-unknown year.
    pub starts: u32,
    /// Of those, how many gave exactly the official date.
    pub exact: u32,
    /// Of those, how many had the official date inside [earliest, latest].
    pub within_bound: u32,
    /// The largest distance, in calendar days, between provisional and official.
    pub largest_error_days: i64,
    /// The widest bound seen (latest − earliest, calendar days).
    pub widest_bound_days: i64,
    /// Start days whose official deadline is past the official data (not checkable).
    pub unchecked: u32,
    /// The first start day whose bound missed, if any.
    pub first_miss: Option<NaiveDate>,
}

/// Backtests `year` with `n` working days, using `official` as the truth.
pub fn backtest_year(official: &CnCalendar, year: i32, n: u32) -> Result<BacktestYear, CalendarError> {
    let blind = official.truncated(year - 1)?;
    let first = NaiveDate::from_ymd_opt(year - 1, 11, 1)
        .ok_or(CalendarError::OutOfRange { after: NaiveDate::MIN })?;
    let last = NaiveDate::from_ymd_opt(year, 12, 31).ok_or(CalendarError::OutOfRange { after: first })?;
    let mut out = BacktestYear {
        year,
        starts: 0,
        exact: 0,
        within_bound: 0,
        largest_error_days: 0,
        widest_bound_days: 0,
        unchecked: 0,
        first_miss: None,
    };
    for from in first.iter_days().take_while(|d| *d <= last) {
        let Counted::Provisional(p) = blind.count_working_days(from, n)? else { continue };
        if p.year != year {
            continue;
        }
        let truth = match official.nth_working_day_after(from, n) {
            Ok(d) => d,
            Err(CalendarError::Unknown { .. }) => {
                out.unchecked += 1;
                continue;
            }
            Err(e) => return Err(e),
        };
        out.starts += 1;
        if p.date == truth {
            out.exact += 1;
        }
        if p.earliest <= truth && truth <= p.latest {
            out.within_bound += 1;
        } else if out.first_miss.is_none() {
            out.first_miss = Some(from);
        }
        out.largest_error_days = out.largest_error_days.max((p.date - truth).num_days().abs());
        out.widest_bound_days = out.widest_bound_days.max((p.latest - p.earliest).num_days());
    }
    Ok(out)
}

/// The report as a Markdown table (the README carries a copy).
pub fn report(rows: &[BacktestYear]) -> String {
    let mut s = String::from(
        "| year | start days | exact | exact % | bound held | largest error (days) | widest bound (days) |\n|---|---|---|---|---|---|---|\n",
    );
    let (mut starts, mut exact, mut held, mut err, mut wide) = (0, 0, 0, 0, 0);
    for r in rows {
        let pct = if r.starts == 0 { 0.0 } else { f64::from(r.exact) * 100.0 / f64::from(r.starts) };
        let _ = writeln!(
            s,
            "| {} | {} | {} | {pct:.1} | {}/{} | {} | {} |",
            r.year, r.starts, r.exact, r.within_bound, r.starts, r.largest_error_days, r.widest_bound_days
        );
        starts += r.starts;
        exact += r.exact;
        held += r.within_bound;
        err = err.max(r.largest_error_days);
        wide = wide.max(r.widest_bound_days);
    }
    let pct = if starts == 0 { 0.0 } else { f64::from(exact) * 100.0 / f64::from(starts) };
    let _ = writeln!(s, "| all | {starts} | {exact} | {pct:.1} | {held}/{starts} | {err} | {wide} |");
    s
}

/// The backtest over 2020–`until` with the Chinese 15-working-day reference.
pub fn backtest(official: &CnCalendar, until: i32) -> Result<Vec<BacktestYear>, CalendarError> {
    let from = official.coverage().from.year() + 1;
    (from..=until).map(|y| backtest_year(official, y, 15)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Run with `--nocapture` to see the table that README.md quotes.
    #[test]
    fn backtest_2020_to_2026_bound_always_holds() {
        let rows = backtest(CnCalendar::official(), 2026).unwrap();
        println!("{}", report(&rows));
        assert_eq!(rows.iter().map(|r| r.year).collect::<Vec<_>>(), (2020..=2026).collect::<Vec<_>>());
        for r in &rows {
            assert!(r.starts > 300, "{}: only {} start days were checked", r.year, r.starts);
            assert_eq!(r.within_bound, r.starts, "{}: bound missed, first on {:?}", r.year, r.first_miss);
            assert!(r.exact <= r.starts);
        }
    }
}
