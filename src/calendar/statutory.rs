//! The statutory holidays of one year under the 全国年节及纪念日放假办法,
//! computed from the law alone (no State Council notice needed).
//!
//! Lunar dates (除夕, 春节, 端午, 中秋) and the solar term 清明 come from
//! `tyme4rs` (6tail's calendar, the same algorithms as the `lunar-python`
//! library used to check the 2027 dates in articles.md §11.4.2).

use chrono::{Datelike, NaiveDate, Weekday};
use serde::Serialize;
use tyme4rs::tyme::lunar::LunarDay;
use tyme4rs::tyme::solar::{SolarDay, SolarTerm};

/// The first year modelled: the 2013 revision of the 放假办法 (春节 初一–初三)
/// applies from 2014. Earlier years had other rules and are not modelled.
pub const FIRST_MODELLED_YEAR: i32 = 2014;
/// The last year modelled: far enough for any request, near enough that the
/// lunar tables are well tested.
pub const LAST_MODELLED_YEAR: i32 = 2099;
/// Decree 795 (2024 revision) in force from 2025-01-01: adds 除夕 and 5月2日.
const REVISION_2024_FROM: i32 = 2025;

/// One festival of Art. 2 (全体公民放假的节日).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum Festival {
    NewYear,
    SpringFestival,
    Qingming,
    LabourDay,
    DragonBoat,
    MidAutumn,
    NationalDay,
}

/// A festival's statutory days in one year, with the weekdays owed for the
/// ones lost to a weekend or to another festival (Art. 6 补假).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FestivalDays {
    pub festival: Festival,
    /// The statutory days, in order.
    pub days: Vec<NaiveDate>,
    /// The weekdays given in lieu, the first ones after the festival that are
    /// not themselves statutory (the placement every 2019–2026 notice used).
    pub in_lieu: Vec<NaiveDate>,
}

impl FestivalDays {
    /// The festival's first and last rest day (statutory or in lieu).
    pub fn span(&self) -> (NaiveDate, NaiveDate) {
        let first = self.days[0];
        let last = self.in_lieu.last().copied().unwrap_or(self.days[self.days.len() - 1]);
        (first, last.max(self.days[self.days.len() - 1]))
    }
}

/// The statutory holidays of `year`, or `None` outside the modelled years.
pub fn festivals(year: i32) -> Option<Vec<FestivalDays>> {
    if !(FIRST_MODELLED_YEAR..=LAST_MODELLED_YEAR).contains(&year) {
        return None;
    }
    let new_law = year >= REVISION_2024_FROM;
    let ymd = |m, d| NaiveDate::from_ymd_opt(year, m, d);
    let new_year_day = lunar(year, 1, 1)?;
    let eve = new_year_day.pred_opt()?;
    let mut spring = vec![new_year_day, new_year_day.succ_opt()?, new_year_day.succ_opt()?.succ_opt()?];
    if new_law {
        spring.insert(0, eve);
    }
    let labour = if new_law { vec![ymd(5, 1)?, ymd(5, 2)?] } else { vec![ymd(5, 1)?] };
    let raw = [
        (Festival::NewYear, vec![ymd(1, 1)?]),
        (Festival::SpringFestival, spring),
        (Festival::Qingming, vec![qingming(year)?]),
        (Festival::LabourDay, labour),
        (Festival::DragonBoat, vec![lunar(year, 5, 5)?]),
        (Festival::MidAutumn, vec![lunar(year, 8, 15)?]),
        (Festival::NationalDay, vec![ymd(10, 1)?, ymd(10, 2)?, ymd(10, 3)?]),
    ];
    let all: Vec<NaiveDate> = raw.iter().flat_map(|(_, d)| d.iter().copied()).collect();
    let mut out: Vec<FestivalDays> = Vec::with_capacity(raw.len());
    for (festival, days) in raw {
        // A day lost to a weekend, or shared with an earlier festival (中秋 on
        // 国庆, as in 2020), is owed as a weekday.
        let earlier: Vec<NaiveDate> = out.iter().flat_map(|f| f.days.iter().copied()).collect();
        let owed = days.iter().filter(|d| is_weekend(**d) || earlier.contains(d)).count();
        let mut in_lieu = Vec::with_capacity(owed);
        let mut d = *days.last()?;
        let taken: Vec<NaiveDate> = out.iter().flat_map(|f| f.in_lieu.iter().copied()).collect();
        while in_lieu.len() < owed {
            d = d.succ_opt()?;
            if !is_weekend(d) && !all.contains(&d) && !taken.contains(&d) {
                in_lieu.push(d);
            }
        }
        out.push(FestivalDays { festival, days, in_lieu });
    }
    Some(out)
}

/// The Gregorian date of lunar `month`/`day` in lunar year `year`.
fn lunar(year: i32, month: isize, day: usize) -> Option<NaiveDate> {
    let l = LunarDay::new(isize::try_from(year).ok()?, month, day).ok()?;
    to_naive(&l.get_solar_day())
}

/// 清明: the day of the solar term in `year` (always early April).
fn qingming(year: i32) -> Option<NaiveDate> {
    let term = SolarTerm::new(isize::try_from(year).ok()?, "清明").ok()?;
    let d = to_naive(&term.get_solar_day())?;
    // The term index is counted from the winter solstice, so check the year.
    (d.year() == year).then_some(d)
}

fn to_naive(s: &SolarDay) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(
        i32::try_from(s.get_year()).ok()?,
        u32::try_from(s.get_month()).ok()?,
        u32::try_from(s.get_day()).ok()?,
    )
}

pub(crate) fn is_weekend(d: NaiveDate) -> bool {
    matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn of(year: i32, f: Festival) -> FestivalDays {
        festivals(year).unwrap().into_iter().find(|x| x.festival == f).unwrap()
    }

    #[test]
    fn the_2027_dates_match_articles_11_4_2() {
        assert_eq!(
            of(2027, Festival::SpringFestival).days,
            [d("2027-02-05"), d("2027-02-06"), d("2027-02-07"), d("2027-02-08")]
        );
        assert_eq!(of(2027, Festival::Qingming).days, [d("2027-04-05")]);
        assert_eq!(of(2027, Festival::DragonBoat).days, [d("2027-06-09")]);
        assert_eq!(of(2027, Festival::MidAutumn).days, [d("2027-09-15")]);
        assert_eq!(of(2027, Festival::LabourDay).days, [d("2027-05-01"), d("2027-05-02")]);
        // Art. 6: 6–7 Feb, 1–2 May and 2–3 Oct fall on weekends.
        assert_eq!(of(2027, Festival::SpringFestival).in_lieu, [d("2027-02-09"), d("2027-02-10")]);
        assert_eq!(of(2027, Festival::LabourDay).in_lieu, [d("2027-05-03"), d("2027-05-04")]);
        assert_eq!(of(2027, Festival::NationalDay).in_lieu, [d("2027-10-04"), d("2027-10-05")]);
    }

    #[test]
    fn the_old_rules_apply_before_2025() {
        // 2024: 春节 初一–初三 only (除夕 2024-02-09 was a working day), 劳动节 one day.
        assert_eq!(
            of(2024, Festival::SpringFestival).days,
            [d("2024-02-10"), d("2024-02-11"), d("2024-02-12")]
        );
        assert_eq!(of(2024, Festival::LabourDay).days, [d("2024-05-01")]);
        assert_eq!(of(2025, Festival::SpringFestival).days[0], d("2025-01-28"));
    }

    #[test]
    fn mid_autumn_on_national_day_is_owed_a_weekday() {
        // 2020: 中秋 fell on 10-01; the notice gave 8 days (10-01..10-08).
        let mid = of(2020, Festival::MidAutumn);
        assert_eq!(mid.days, [d("2020-10-01")]);
        let national = of(2020, Festival::NationalDay);
        assert_eq!(national.in_lieu, [d("2020-10-05"), d("2020-10-06")]);
    }

    #[test]
    fn years_outside_the_model_are_refused() {
        assert!(festivals(2013).is_none());
        assert!(festivals(2100).is_none());
        assert!(festivals(2014).is_some());
    }
}
