//! US federal business days: Monday–Friday except the federal legal public
//! holidays of 5 U.S.C. §6103(a), moved to their observed day.
//!
//! The holidays are computed from their statutory rules rather than listed,
//! so there is no coverage gap to maintain. Observance follows the federal
//! rule (5 U.S.C. §6103(b), Executive Order 11582): a holiday on a Saturday is
//! observed the Friday before, one on a Sunday the Monday after. Closures
//! ordered ad hoc by the President (e.g. an extra day at Christmas) are not
//! statutory holidays and are not modelled.
//!
//! The present set of rules has held since 1986 (the first Martin Luther King
//! Jr. Day), with Juneteenth added from 2021; earlier dates are refused
//! rather than answered under rules that did not yet apply.

use super::{CalendarError, WorkingDays};
use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde::Serialize;

/// The first date the modern holiday rules apply to.
pub const RULES_VALID_FROM: NaiveDate = match NaiveDate::from_ymd_opt(1986, 1, 1) {
    Some(d) => d,
    None => panic!("1986-01-01 is a valid date"),
};

/// Juneteenth National Independence Day Act, signed and effective 17 June 2021.
const JUNETEENTH_FIRST_YEAR: i32 = 2021;

/// A US federal legal public holiday.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum FederalHoliday {
    NewYearsDay,
    MartinLutherKingJrDay,
    /// Washington's Birthday, commonly called Presidents' Day.
    WashingtonsBirthday,
    MemorialDay,
    Juneteenth,
    IndependenceDay,
    LaborDay,
    ColumbusDay,
    VeteransDay,
    ThanksgivingDay,
    ChristmasDay,
}

/// A holiday of a given year: its statutory date and the day it is observed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ObservedHoliday {
    pub holiday: FederalHoliday,
    pub date: NaiveDate,
    /// May fall in the previous year: New Year's Day on a Saturday is observed
    /// on 31 December.
    pub observed: NaiveDate,
}

/// The federal holidays of `year` in date order, or an empty list for a year
/// chrono cannot represent in full.
pub fn federal_holidays(year: i32) -> Vec<ObservedHoliday> {
    use FederalHoliday::*;
    let fixed = |m: u32, day: u32| NaiveDate::from_ymd_opt(year, m, day);
    let nth = |m: u32, wd: Weekday, n: u8| NaiveDate::from_weekday_of_month_opt(year, m, wd, n);
    let mut list: Vec<(FederalHoliday, Option<NaiveDate>)> = vec![
        (NewYearsDay, fixed(1, 1)),
        (MartinLutherKingJrDay, nth(1, Weekday::Mon, 3)),
        (WashingtonsBirthday, nth(2, Weekday::Mon, 3)),
        (MemorialDay, last_weekday_of_month(year, 5, Weekday::Mon)),
    ];
    if year >= JUNETEENTH_FIRST_YEAR {
        list.push((Juneteenth, fixed(6, 19)));
    }
    list.extend([
        (IndependenceDay, fixed(7, 4)),
        (LaborDay, nth(9, Weekday::Mon, 1)),
        (ColumbusDay, nth(10, Weekday::Mon, 2)),
        (VeteransDay, fixed(11, 11)),
        (ThanksgivingDay, nth(11, Weekday::Thu, 4)),
        (ChristmasDay, fixed(12, 25)),
    ]);
    let mut out = Vec::with_capacity(list.len());
    for (holiday, date) in list {
        // Every entry exists in any representable year; the checks only keep
        // chrono's extreme years from panicking.
        let Some(date) = date else { return Vec::new() };
        let Some(observed) = observed_day(date) else {
            return Vec::new();
        };
        out.push(ObservedHoliday { holiday, date, observed });
    }
    out
}

/// The federal holiday observed on `d`, if any.
pub fn observed_holiday_on(d: NaiveDate) -> Option<FederalHoliday> {
    // Next year's New Year's Day is observed on 31 December when it is a Saturday.
    let next = d.year().checked_add(1).map(federal_holidays).unwrap_or_default();
    federal_holidays(d.year()).into_iter().chain(next).find(|h| h.observed == d).map(|h| h.holiday)
}

/// Monday–Friday except observed federal holidays.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct UsFederal;

impl WorkingDays for UsFederal {
    fn is_working_day(&self, d: NaiveDate) -> Result<bool, CalendarError> {
        if d < RULES_VALID_FROM {
            return Err(CalendarError::Unknown {
                date: d,
                covered_from: RULES_VALID_FROM,
                covered_until: NaiveDate::MAX,
            });
        }
        let weekend = matches!(d.weekday(), Weekday::Sat | Weekday::Sun);
        Ok(!weekend && observed_holiday_on(d).is_none())
    }
}

fn observed_day(date: NaiveDate) -> Option<NaiveDate> {
    match date.weekday() {
        Weekday::Sat => date.checked_sub_days(Days::new(1)),
        Weekday::Sun => date.checked_add_days(Days::new(1)),
        _ => Some(date),
    }
}

fn last_weekday_of_month(year: i32, month: u32, wd: Weekday) -> Option<NaiveDate> {
    let first_of_next = if month == 12 {
        NaiveDate::from_ymd_opt(year.checked_add(1)?, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)?
    };
    let last = first_of_next.pred_opt()?;
    let back = (7 + last.weekday().num_days_from_monday() - wd.num_days_from_monday()) % 7;
    last.checked_sub_days(Days::new(u64::from(back)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn observed(year: i32) -> Vec<NaiveDate> {
        federal_holidays(year).iter().map(|h| h.observed).collect()
    }

    #[test]
    fn holidays_2025_match_the_published_federal_list() {
        let want = [
            "2025-01-01",
            "2025-01-20",
            "2025-02-17",
            "2025-05-26",
            "2025-06-19",
            "2025-07-04",
            "2025-09-01",
            "2025-10-13",
            "2025-11-11",
            "2025-11-27",
            "2025-12-25",
        ];
        assert_eq!(observed(2025), want.map(d).to_vec());
    }

    #[test]
    fn weekend_holidays_move_to_friday_or_monday() {
        // 2021: Juneteenth Sat -> Fri 06-18; Independence Day Sun -> Mon 07-05;
        // Christmas Sat -> Fri 12-24.
        let h = observed(2021);
        for s in ["2021-06-18", "2021-07-05", "2021-12-24"] {
            assert!(h.contains(&d(s)), "{s} is an observed holiday in 2021");
        }
        // New Year's Day 2022 was a Saturday, observed Fri 2021-12-31.
        assert_eq!(observed_holiday_on(d("2021-12-31")), Some(FederalHoliday::NewYearsDay));
        assert!(!UsFederal.is_working_day(d("2021-12-31")).unwrap());
        // Memorial Day 2026 is the last Monday, 25 May (May has five Mondays only sometimes).
        assert_eq!(observed_holiday_on(d("2026-05-25")), Some(FederalHoliday::MemorialDay));
        assert_eq!(observed_holiday_on(d("2020-05-25")), Some(FederalHoliday::MemorialDay));
    }

    #[test]
    fn juneteenth_only_from_2021() {
        assert_eq!(observed_holiday_on(d("2020-06-19")), None);
        assert!(UsFederal.is_working_day(d("2020-06-19")).unwrap());
        assert_eq!(federal_holidays(2020).len(), 10);
        assert_eq!(federal_holidays(2022).len(), 11);
    }

    #[test]
    fn ten_business_days_across_thanksgiving() {
        // Mon 2025-11-17 + 10 business days skips Thanksgiving (Thu 11-27) -> Tue 12-02.
        assert_eq!(UsFederal.nth_working_day_after(d("2025-11-17"), 10).unwrap(), d("2025-12-02"));
    }

    #[test]
    fn dates_before_the_modern_rules_are_refused_and_extremes_do_not_panic() {
        assert!(matches!(UsFederal.is_working_day(d("1985-12-31")), Err(CalendarError::Unknown { .. })));
        assert!(UsFederal.is_working_day(NaiveDate::MAX).is_ok());
        assert!(federal_holidays(NaiveDate::MAX.year()).len() <= 11);
        assert!(federal_holidays(NaiveDate::MIN.year()).len() <= 11);
        assert!(UsFederal.nth_working_day_after(NaiveDate::MAX, 1).is_err());
    }
}
