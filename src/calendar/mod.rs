//! Working-day calendars for counting legal deadlines.
//!
//! This module owns the question "is this date a working day?", and nothing
//! else: it never reads the clock or the filesystem.
//!
//! - [`CnCalendar`] is the official mainland-China calendar (工作日), built from
//!   the State Council General Office's yearly holiday notices shipped in
//!   `data/cn-workdays.json`. A working day is a make-up workday (调休上班日),
//!   or a Monday–Friday that is not a holiday. Outside the years the data
//!   covers the answer is [`CalendarError::Unknown`]: a future year's
//!   arrangement is not known until its notice is issued, so guessing from the
//!   weekday would give a person a wrong deadline.
//! - [`us::UsFederal`] is Monday–Friday minus the US federal holidays, computed
//!   from their statutory rules (used for the CCPA's "business days").
//!
//! Both implement [`WorkingDays`], which provides the counting used by the
//! deadline engine: the Nth working day after a date, and the number of
//! working days in a span.

pub mod backtest;
mod estimate;
pub mod notice;
mod provisional;
pub mod statutory;
pub mod us;

pub use estimate::{Counted, ProvisionalDate};
pub use statutory::Festival;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

/// The calendar data shipped with the app (a copy of the shared, hand-checked file).
const OFFICIAL_JSON: &str = include_str!("data/cn-workdays.json");

/// Why a working-day question could not be answered.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CalendarError {
    /// The date lies outside the years the calendar has official data for.
    #[error(
        "no official working-day calendar for {date}: the calendar covers {covered_from} to {covered_until}"
    )]
    Unknown { date: NaiveDate, covered_from: NaiveDate, covered_until: NaiveDate },
    /// An imported notice may not replace an official year.
    #[error("{year} already has the official arrangement; an imported notice cannot replace it")]
    AlreadyOfficial { year: i32 },
    /// A year can only be added right after the years already covered.
    #[error("cannot add {year}: the next year the calendar can take is {next}")]
    NotNextYear { year: i32, next: i32 },
    /// Counting ran past the last date chrono can represent.
    #[error("counting working days after {after} runs past the last representable date")]
    OutOfRange { after: NaiveDate },
    /// The calendar data could not be read; the message names the key or value at fault.
    #[error("malformed calendar data: {0}")]
    Malformed(String),
}

/// A calendar that can say whether a date is a working (business) day.
///
/// The counting helpers are provided here once, so the Chinese and the US
/// calendars cannot drift apart in how they count.
pub trait WorkingDays {
    /// Whether `d` is a working day, or why that is not known.
    fn is_working_day(&self, d: NaiveDate) -> Result<bool, CalendarError>;

    /// The `n`th working day strictly after `from`.
    ///
    /// `from` itself is day 0 and never counted, whatever kind of day it is
    /// (a request received on a holiday starts counting on the next working
    /// day). `n == 0` gives `from`. Fails on the first date whose status is
    /// unknown, so a count never silently crosses a gap in the data.
    fn nth_working_day_after(&self, from: NaiveDate, n: u32) -> Result<NaiveDate, CalendarError> {
        let mut day = from;
        let mut counted = 0u32;
        while counted < n {
            day = day.succ_opt().ok_or(CalendarError::OutOfRange { after: from })?;
            if self.is_working_day(day)? {
                counted += 1;
            }
        }
        Ok(day)
    }

    /// The number of working days in `(after, through]`; 0 when `through <= after`.
    fn working_days_between(&self, after: NaiveDate, through: NaiveDate) -> Result<u32, CalendarError> {
        let mut count = 0u32;
        let mut day = after;
        while day < through {
            // `day < through` guarantees a successor exists.
            day = day.succ_opt().ok_or(CalendarError::OutOfRange { after })?;
            if self.is_working_day(day)? {
                count = count.saturating_add(1);
            }
        }
        Ok(count)
    }
}

/// The span of dates a calendar has official data for (both ends inclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Coverage {
    pub from: NaiveDate,
    pub until: NaiveDate,
}

impl Coverage {
    pub fn contains(&self, d: NaiveDate) -> bool {
        self.from <= d && d <= self.until
    }
}

/// One year's holiday notice, kept so the app can show what a count rests on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct YearNotice {
    /// The year the arrangement is for (the key in the data file).
    pub year: i32,
    /// The notice title, e.g. 国务院办公厅关于2025年部分节假日安排的通知.
    pub title: String,
    /// The document number, e.g. 国办发明电〔2024〕12号, when the data gives one.
    pub document_number: Option<String>,
    /// The date the notice was issued.
    pub notice_date: NaiveDate,
    /// In-year changes (e.g. the 2020 COVID extension), as free text.
    pub amendments: Vec<String>,
    /// Where this year's arrangement comes from.
    pub origin: YearOrigin,
}

/// Who vouches for a year's arrangement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum YearOrigin {
    /// Shipped with the app or installed from a signed data pack.
    Official,
    /// Parsed from a notice the user pasted or picked, and confirmed by them.
    #[serde(rename_all = "camelCase")]
    Imported { source_url: Option<String>, imported_on: NaiveDate },
}

/// One year's rest days and make-up workdays, as a notice gives them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct YearArrangement {
    pub year: i32,
    pub holidays: BTreeSet<NaiveDate>,
    pub makeup_workdays: BTreeSet<NaiveDate>,
}

/// A year the data file names as not yet available (e.g. its notice was not found).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct PendingYear {
    pub year: i32,
    pub status: String,
}

/// The calendar in use: the shipped data, or a data pack installed at startup.
static OFFICIAL: OnceLock<CnCalendar> = OnceLock::new();

/// The official mainland-China working-day calendar.
#[derive(Debug, Clone)]
pub struct CnCalendar {
    coverage: Coverage,
    /// Each year's own lists, kept so a year can be replaced or left out.
    by_year: BTreeMap<i32, YearArrangement>,
    /// Union of every year's rest days (dates are filed under the notice year,
    /// so a December date may come from the next year's notice).
    holidays: BTreeSet<NaiveDate>,
    /// Union of every year's make-up workdays (all Saturdays or Sundays).
    makeup_workdays: BTreeSet<NaiveDate>,
    years: Vec<YearNotice>,
    pending: Vec<PendingYear>,
    /// Provisional models of years past the coverage, built on first use.
    models: estimate::ModelCache,
}

impl CnCalendar {
    /// The calendar shipped with the app.
    ///
    /// # Panics
    /// Only if the embedded data file is malformed, which the tests rule out.
    pub fn official() -> &'static CnCalendar {
        OFFICIAL.get_or_init(|| {
            CnCalendar::from_json(OFFICIAL_JSON)
                .unwrap_or_else(|e| panic!("embedded cn-workdays.json is invalid: {e}"))
        })
    }

    /// Puts a calendar from a verified data pack in place of the shipped one.
    ///
    /// Only before the first call to [`CnCalendar::official`]: the calendar in
    /// use never changes under running code, so a late call hands it back (boxed: it is large).
    pub fn install_override(calendar: CnCalendar) -> Result<(), Box<CnCalendar>> {
        OFFICIAL.set(calendar).map_err(Box::new)
    }

    /// Builds a calendar from data in the `cn-workdays.json` format, checking it
    /// thoroughly: a signed update may replace the shipped file, and a typo in
    /// it would silently move people's deadlines.
    pub fn from_json(json: &str) -> Result<CnCalendar, CalendarError> {
        let raw: RawCalendar = serde_json::from_str(json)
            .map_err(|e| CalendarError::Malformed(format!("not a valid calendar file: {e}")))?;

        let coverage = Coverage {
            from: parse_date(&raw.coverage.start, "coverage.start")?,
            until: parse_date(&raw.coverage.end, "coverage.end")?,
        };
        if coverage.from > coverage.until {
            return Err(CalendarError::Malformed(format!(
                "coverage.start {} is after coverage.end {}",
                coverage.from, coverage.until
            )));
        }

        let mut by_year = BTreeMap::new();
        let mut years = Vec::with_capacity(raw.years.len());
        for (key, year) in &raw.years {
            let y = parse_year(key, "years")?;
            let context = format!("years.{key}");
            let mut holidays = BTreeSet::new();
            let mut makeup_workdays = BTreeSet::new();
            for (i, s) in year.holidays.iter().enumerate() {
                let d = parse_date(s, &format!("{context}.holidays[{i}]"))?;
                check_filed_under(d, y, s, &context)?;
                holidays.insert(d);
            }
            for (i, s) in year.makeup_workdays.iter().enumerate() {
                let where_ = format!("{context}.makeup_workdays[{i}]");
                let d = parse_date(s, &where_)?;
                check_filed_under(d, y, s, &context)?;
                // A make-up workday on a weekday would change nothing, so it can
                // only be a typo for some other date.
                if !is_weekend(d) {
                    return Err(CalendarError::Malformed(format!(
                        "{where_}: make-up workday `{s}` is a {:?}, but make-up workdays are always Saturdays or Sundays",
                        d.weekday()
                    )));
                }
                makeup_workdays.insert(d);
            }
            let (title, document_number) = split_notice(&year.notice);
            years.push(YearNotice {
                year: y,
                title,
                document_number,
                notice_date: parse_date(&year.notice_date, &format!("{context}.notice_date"))?,
                amendments: year.amendments.clone(),
                origin: YearOrigin::Official,
            });
            by_year.insert(y, YearArrangement { year: y, holidays, makeup_workdays });
        }

        // Coverage is a promise that every date in it is known; a covered year
        // with no notice would be counted as plain weekdays, which is exactly
        // the silent error this calendar exists to prevent.
        for y in coverage.from.year()..=coverage.until.year() {
            if !years.iter().any(|n| n.year == y) {
                return Err(CalendarError::Malformed(format!(
                    "coverage includes {y} but `years` has no entry for {y}"
                )));
            }
        }

        let mut pending = Vec::new();
        for (key, p) in &raw.unverified_years {
            pending.push(PendingYear {
                year: parse_year(key, "unverified_years")?,
                status: p.status.clone().unwrap_or_default(),
            });
        }

        CnCalendar::assemble(coverage, by_year, years, pending)
    }

    /// Builds the unions the lookups use, refusing a date that is both a
    /// holiday and a make-up workday (in one year's lists or across two).
    fn assemble(
        coverage: Coverage,
        by_year: BTreeMap<i32, YearArrangement>,
        years: Vec<YearNotice>,
        pending: Vec<PendingYear>,
    ) -> Result<CnCalendar, CalendarError> {
        let holidays: BTreeSet<NaiveDate> =
            by_year.values().flat_map(|y| y.holidays.iter().copied()).collect();
        let makeup_workdays: BTreeSet<NaiveDate> =
            by_year.values().flat_map(|y| y.makeup_workdays.iter().copied()).collect();
        if let Some(both) = holidays.intersection(&makeup_workdays).next() {
            return Err(CalendarError::Malformed(format!(
                "{both} is listed both as a holiday and as a make-up workday"
            )));
        }
        Ok(CnCalendar {
            coverage,
            by_year,
            holidays,
            makeup_workdays,
            years,
            pending,
            models: Default::default(),
        })
    }

    /// The same calendar with only the years up to `last_year` (for the
    /// backtest, which pretends later notices were never issued).
    pub fn truncated(&self, last_year: i32) -> Result<CnCalendar, CalendarError> {
        let until = NaiveDate::from_ymd_opt(last_year, 12, 31)
            .ok_or_else(|| CalendarError::Malformed(format!("{last_year} is out of range")))?;
        let coverage = Coverage { from: self.coverage.from, until: until.min(self.coverage.until) };
        let by_year = self.by_year.range(..=last_year).map(|(k, v)| (*k, v.clone())).collect();
        let years = self.years.iter().filter(|n| n.year <= last_year).cloned().collect();
        CnCalendar::assemble(coverage, by_year, years, Vec::new())
    }

    /// This calendar with one more year added (or an imported year replaced).
    ///
    /// The year must follow the coverage directly, or be a year already
    /// covered by an import: an official year is never overridden by an import.
    pub fn with_year(
        &self,
        arrangement: YearArrangement,
        notice: YearNotice,
    ) -> Result<CnCalendar, CalendarError> {
        let y = arrangement.year;
        if let Some(existing) = self.years.iter().find(|n| n.year == y) {
            if existing.origin == YearOrigin::Official && notice.origin != YearOrigin::Official {
                return Err(CalendarError::AlreadyOfficial { year: y });
            }
        } else if y != self.coverage.until.year() + 1 {
            return Err(CalendarError::NotNextYear { year: y, next: self.coverage.until.year() + 1 });
        }
        let mut by_year = self.by_year.clone();
        by_year.insert(y, arrangement);
        let mut years: Vec<YearNotice> = self.years.iter().filter(|n| n.year != y).cloned().collect();
        years.push(notice);
        years.sort_by_key(|n| n.year);
        let until = NaiveDate::from_ymd_opt(y, 12, 31)
            .ok_or(CalendarError::OutOfRange { after: self.coverage.until })?;
        let coverage = Coverage { from: self.coverage.from, until: until.max(self.coverage.until) };
        let pending = self.pending.iter().filter(|p| p.year != y).cloned().collect();
        CnCalendar::assemble(coverage, by_year, years, pending)
    }

    /// One year's own holiday and make-up lists, if the year is installed.
    pub fn year_lists(&self, year: i32) -> Option<(&BTreeSet<NaiveDate>, &BTreeSet<NaiveDate>)> {
        self.by_year.get(&year).map(|y| (&y.holidays, &y.makeup_workdays))
    }

    /// One year's arrangement, if installed.
    pub fn arrangement(&self, year: i32) -> Option<&YearArrangement> {
        self.by_year.get(&year)
    }

    /// Whether `d` is a working day (工作日) under the official notices.
    ///
    /// Make-up weekend workdays count; weekday holidays do not. A date outside
    /// [`coverage`](Self::coverage) is [`CalendarError::Unknown`], never a guess.
    pub fn is_working_day(&self, d: NaiveDate) -> Result<bool, CalendarError> {
        if !self.coverage.contains(d) {
            return Err(CalendarError::Unknown {
                date: d,
                covered_from: self.coverage.from,
                covered_until: self.coverage.until,
            });
        }
        Ok(self.makeup_workdays.contains(&d) || (!is_weekend(d) && !self.holidays.contains(&d)))
    }

    /// The dates this calendar can answer for.
    pub fn coverage(&self) -> Coverage {
        self.coverage
    }

    /// The notices behind the calendar, oldest first.
    pub fn years(&self) -> &[YearNotice] {
        &self.years
    }

    /// Years the data names as missing (e.g. a notice not yet found).
    pub fn pending_years(&self) -> &[PendingYear] {
        &self.pending
    }

    /// The `n`th working day strictly after `from` (see [`WorkingDays::nth_working_day_after`]).
    pub fn nth_working_day_after(&self, from: NaiveDate, n: u32) -> Result<NaiveDate, CalendarError> {
        WorkingDays::nth_working_day_after(self, from, n)
    }

    /// Working days in `(after, through]` (see [`WorkingDays::working_days_between`]).
    pub fn working_days_between(&self, after: NaiveDate, through: NaiveDate) -> Result<u32, CalendarError> {
        WorkingDays::working_days_between(self, after, through)
    }
}

impl WorkingDays for CnCalendar {
    fn is_working_day(&self, d: NaiveDate) -> Result<bool, CalendarError> {
        CnCalendar::is_working_day(self, d)
    }
}

use statutory::is_weekend;

/// Strict `YYYY-MM-DD`: chrono alone would also accept `2025-1-5`, and a
/// loosely written date in a legal calendar is more likely a typo than intent.
fn parse_date(s: &str, key: &str) -> Result<NaiveDate, CalendarError> {
    let b = s.as_bytes();
    let shaped = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shaped {
        return Err(CalendarError::Malformed(format!("{key}: `{s}` is not a YYYY-MM-DD date")));
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| CalendarError::Malformed(format!("{key}: `{s}` is not a real calendar date")))
}

fn parse_year(key: &str, section: &str) -> Result<i32, CalendarError> {
    match key.parse::<i32>() {
        Ok(y) if key.len() == 4 && (1000..=9999).contains(&y) => Ok(y),
        _ => Err(CalendarError::Malformed(format!("{section}: key `{key}` is not a four-digit year"))),
    }
}

/// A notice may reach back into the previous December (e.g. the 2019 notice
/// made 2018-12-29 a workday), but no further; anything else is a typo.
fn check_filed_under(d: NaiveDate, year: i32, s: &str, context: &str) -> Result<(), CalendarError> {
    if d.year() == year || (d.year() == year - 1 && d.month() == 12) {
        Ok(())
    } else {
        Err(CalendarError::Malformed(format!(
            "{context}: `{s}` is not in {year} (or the December before), so it cannot belong to the {year} notice"
        )))
    }
}

/// Splits `title (document number)` as the data file writes it.
fn split_notice(notice: &str) -> (String, Option<String>) {
    let trimmed = notice.trim();
    if let Some(body) = trimmed.strip_suffix(')')
        && let Some(open) = body.rfind(" (")
    {
        let number = body[open + 2..].trim();
        if !number.is_empty() {
            return (body[..open].trim().to_string(), Some(number.to_string()));
        }
    }
    (trimmed.to_string(), None)
}

#[derive(Deserialize)]
struct RawCalendar {
    coverage: RawCoverage,
    years: BTreeMap<String, RawYear>,
    #[serde(default)]
    unverified_years: BTreeMap<String, RawPending>,
}

#[derive(Deserialize)]
struct RawCoverage {
    start: String,
    end: String,
}

#[derive(Deserialize)]
struct RawYear {
    notice: String,
    notice_date: String,
    #[serde(default)]
    amendments: Vec<String>,
    holidays: Vec<String>,
    makeup_workdays: Vec<String>,
}

#[derive(Deserialize)]
struct RawPending {
    #[serde(default)]
    status: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn cal() -> &'static CnCalendar {
        CnCalendar::official()
    }

    fn due15(from: &str) -> NaiveDate {
        cal().nth_working_day_after(d(from), 15).unwrap()
    }

    #[test]
    fn official_calendar_covers_2019_to_2026_with_every_notice() {
        let c = cal();
        assert_eq!(c.coverage(), Coverage { from: d("2019-01-01"), until: d("2026-12-31") });
        let ys: Vec<i32> = c.years().iter().map(|n| n.year).collect();
        assert_eq!(ys, (2019..=2026).collect::<Vec<_>>());
        let y2025 = c.years().iter().find(|n| n.year == 2025).unwrap();
        assert_eq!(y2025.title, "国务院办公厅关于2025年部分节假日安排的通知");
        assert_eq!(y2025.document_number.as_deref(), Some("国办发明电〔2024〕12号"));
        assert_eq!(y2025.notice_date, d("2024-11-12"));
        let y2019 = c.years().iter().find(|n| n.year == 2019).unwrap();
        assert_eq!(y2019.amendments.len(), 1, "the 2019 May Day amendment is kept for display");
        assert_eq!(c.pending_years().first().map(|p| p.year), Some(2027));
    }

    #[test]
    fn worked_examples_from_the_data_notes_come_out_exactly() {
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
            assert_eq!(due15(from), d(want), "15 working days after {from}");
        }
    }

    #[test]
    fn make_up_weekend_days_count_and_weekday_holidays_do_not() {
        // 2025-01-26 (Sun) and 2025-02-08 (Sat) were 调休上班日 for the Spring Festival.
        assert!(cal().is_working_day(d("2025-01-26")).unwrap());
        assert!(cal().is_working_day(d("2025-02-08")).unwrap());
        // 2025-01-28 (Tue) was a holiday; 2025-02-01 (Sat) an ordinary weekend.
        assert!(!cal().is_working_day(d("2025-01-28")).unwrap());
        assert!(!cal().is_working_day(d("2025-02-01")).unwrap());
        // A plain Wednesday.
        assert!(cal().is_working_day(d("2025-03-05")).unwrap());
    }

    #[test]
    fn new_years_eve_2024_was_a_working_day() {
        // The 2024 notice only encouraged leave on 除夕 (Fri 2024-02-09).
        assert!(cal().is_working_day(d("2024-02-09")).unwrap());
    }

    #[test]
    fn cancelled_make_up_day_2020_02_01_is_a_rest_day() {
        // The COVID extension (国办发明电〔2020〕1号) cancelled this make-up Saturday.
        assert!(!cal().is_working_day(d("2020-02-01")).unwrap());
        assert!(!cal().is_working_day(d("2020-01-31")).unwrap());
        assert!(cal().is_working_day(d("2020-02-03")).unwrap());
    }

    #[test]
    fn dates_outside_coverage_are_unknown_not_weekdays() {
        for s in ["2027-01-04", "2018-12-28", "2018-12-29"] {
            // 2018-12-29 is in the 2019 notice's data but the 2018 calendar as a
            // whole is not, so coverage (from the file) still excludes it.
            assert_eq!(
                cal().is_working_day(d(s)),
                Err(CalendarError::Unknown {
                    date: d(s),
                    covered_from: d("2019-01-01"),
                    covered_until: d("2026-12-31"),
                }),
                "{s} must not be guessed from its weekday"
            );
        }
    }

    #[test]
    fn receipt_day_is_never_counted_even_on_a_holiday_or_saturday() {
        // Received on 国庆 (Wed 2025-10-01): counting starts Thu 10-09; make-up Sat 10-11 is day 3.
        assert_eq!(due15("2025-10-01"), d("2025-10-28"));
        // Received on a plain Saturday: the Monday after is day 1.
        assert_eq!(due15("2025-03-08"), d("2025-03-28"));
        // Received on a make-up Saturday (2025-02-08): it is still day 0.
        assert_eq!(due15("2025-02-08"), d("2025-02-28"));
        assert_eq!(cal().nth_working_day_after(d("2025-02-08"), 0).unwrap(), d("2025-02-08"));
    }

    #[test]
    fn counts_running_into_2027_are_refused_with_the_first_unknown_date() {
        assert_eq!(due15("2026-12-10"), d("2026-12-31"), "the last date still computable");
        let err = cal().nth_working_day_after(d("2026-12-11"), 15).unwrap_err();
        assert!(matches!(err, CalendarError::Unknown { date, .. } if date == d("2027-01-01")), "got {err:?}");
    }

    #[test]
    fn working_days_between_counts_the_half_open_span() {
        let c = cal();
        assert_eq!(c.working_days_between(d("2025-01-20"), d("2025-02-14")).unwrap(), 15);
        assert_eq!(c.working_days_between(d("2025-02-14"), d("2025-02-14")).unwrap(), 0);
        assert_eq!(c.working_days_between(d("2025-02-14"), d("2025-01-20")).unwrap(), 0);
        // Fri -> Sat: the span holds only a rest day.
        assert_eq!(c.working_days_between(d("2025-03-07"), d("2025-03-08")).unwrap(), 0);
    }

    // Each malformed file must be refused with a message naming the culprit.
    fn malformed(json: &str) -> String {
        match CnCalendar::from_json(json) {
            Err(CalendarError::Malformed(m)) => m,
            other => panic!("expected Malformed, got {other:?}"),
        }
    }

    fn one_year(holidays: &str, makeup: &str) -> String {
        format!(
            r#"{{"coverage":{{"start":"2025-01-01","end":"2025-12-31"}},
               "years":{{"2025":{{"notice":"T (N号)","notice_date":"2024-11-12",
               "holidays":[{holidays}],"makeup_workdays":[{makeup}]}}}}}}"#
        )
    }

    #[test]
    fn a_minimal_valid_file_loads_and_splits_the_notice() {
        let c = CnCalendar::from_json(&one_year(r#""2025-01-01""#, r#""2025-01-26""#)).unwrap();
        assert_eq!(c.years()[0].title, "T");
        assert_eq!(c.years()[0].document_number.as_deref(), Some("N号"));
        assert!(!c.is_working_day(d("2025-01-01")).unwrap());
        assert!(c.is_working_day(d("2025-01-26")).unwrap());
    }

    #[test]
    fn malformed_files_are_refused_with_specific_messages() {
        assert!(malformed("not json").contains("not a valid calendar file"));
        assert!(malformed(r#"{"years":{}}"#).contains("coverage"));
        let m = malformed(&one_year(r#""2025-02-30""#, ""));
        assert!(m.contains("years.2025.holidays[0]") && m.contains("2025-02-30"), "{m}");
        let m = malformed(&one_year(r#""2025-1-5""#, ""));
        assert!(m.contains("`2025-1-5` is not a YYYY-MM-DD date"), "{m}");
        let m = malformed(&one_year("", r#""2025-01-27""#));
        assert!(m.contains("makeup_workdays[0]") && m.contains("Mon"), "{m}");
        let m = malformed(&one_year(r#""2025-01-26""#, r#""2025-01-26""#));
        assert!(m.contains("both as a holiday and as a make-up workday"), "{m}");
        let m = malformed(&one_year(r#""2052-01-01""#, ""));
        assert!(m.contains("cannot belong to the 2025 notice"), "{m}");
        let m = malformed(&one_year("", "").replace("\"2025\":", "\"20x5\":"));
        assert!(m.contains("key `20x5`"), "{m}");
        let m = malformed(&one_year("", "").replace("2025-12-31", "2026-12-31"));
        assert!(m.contains("no entry for 2026"), "{m}");
        let m = malformed(&one_year("", "").replace("\"end\":\"2025-12-31\"", "\"end\":\"2024-12-31\""));
        assert!(m.contains("is after coverage.end"), "{m}");
    }

    #[test]
    fn counting_near_the_end_of_time_fails_without_panicking() {
        let c = CnCalendar::from_json(&one_year("", "")).unwrap();
        assert!(c.nth_working_day_after(NaiveDate::MAX, 1).is_err());
        assert!(c.working_days_between(NaiveDate::MIN, NaiveDate::MAX).is_err());
    }
}
