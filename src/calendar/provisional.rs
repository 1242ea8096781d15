//! What can honestly be said about a year whose State Council notice is not
//! installed: the statutory holidays (fixed by law, see [`super::statutory`])
//! are rest days for certain, and around each festival the notice may add
//! rest weekdays (调休放假) and make-up weekend workdays (调休上班) within the
//! limits every 2019–2026 notice kept to. Those limits are the constants
//! below; `tests::the_2019_to_2026_notices_keep_within_the_model` checks each
//! of them against the shipped notices, so a loosened pattern fails a test.

use super::statutory::{self, is_weekend};
use chrono::{Days, NaiveDate};

/// Extra rest weekdays were seen at most 1 day before a festival's first
/// statutory day (e.g. 除夕 2019-02-04 under the old law); one day of margin.
pub const REST_BEFORE_DAYS: u64 = 2;
/// ... and at most 4 days after its last rest day (e.g. 2026-02-23); one day of margin.
pub const REST_AFTER_DAYS: u64 = 5;
/// Make-up workdays were seen at most 8 days before a festival (2023-04-23 for
/// 劳动节 on 5-01, old law); one day of margin.
pub const WORK_BEFORE_DAYS: u64 = 9;
/// ... and at most 10 days after it (2024-05-11); one day of margin.
pub const WORK_AFTER_DAYS: u64 = 11;
/// At most 3 extra rest weekdays for one festival (春节 2020 with its COVID extension).
pub const EXTRA_REST_PER_FESTIVAL: u32 = 3;
/// At most 2 make-up workdays for one festival (Art. 7: at most six working days in a row
/// around a holiday keeps it to that in practice).
pub const MAKEUP_PER_FESTIVAL: u32 = 2;

/// Festivals whose windows touch, with their limits added up (中秋 next to 国庆).
#[derive(Debug, Clone)]
pub(crate) struct Group {
    pub rest_from: NaiveDate,
    pub rest_until: NaiveDate,
    pub work_from: NaiveDate,
    pub work_until: NaiveDate,
    pub extra_rest: u32,
    pub makeup: u32,
}

/// The provisional model of one year.
#[derive(Debug, Clone)]
pub(crate) struct YearModel {
    pub year: i32,
    /// Statutory days and the weekdays owed in lieu: rest whatever the notice says.
    pub rest: Vec<NaiveDate>,
    pub groups: Vec<Group>,
}

/// What the model says of one date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Flex {
    /// Certain (a statutory day, or a date outside every window).
    Fixed,
    /// A working day the notice may make a rest day, within group `n`'s limit.
    MayRest(usize),
    /// A rest day the notice may make a working day, within group `n`'s limit.
    MayWork(usize),
}

impl YearModel {
    pub fn new(year: i32) -> Option<YearModel> {
        let festivals = statutory::festivals(year)?;
        let mut rest: Vec<NaiveDate> =
            festivals.iter().flat_map(|f| f.days.iter().chain(&f.in_lieu).copied()).collect();
        rest.sort();
        let mut groups: Vec<Group> = Vec::new();
        for f in &festivals {
            let (first, last) = f.span();
            let g = Group {
                rest_from: first.checked_sub_days(Days::new(REST_BEFORE_DAYS))?,
                rest_until: last.checked_add_days(Days::new(REST_AFTER_DAYS))?,
                work_from: first.checked_sub_days(Days::new(WORK_BEFORE_DAYS))?,
                work_until: last.checked_add_days(Days::new(WORK_AFTER_DAYS))?,
                extra_rest: EXTRA_REST_PER_FESTIVAL,
                makeup: MAKEUP_PER_FESTIVAL,
            };
            match groups.last_mut() {
                Some(prev) if g.work_from <= prev.work_until => {
                    prev.rest_until = prev.rest_until.max(g.rest_until);
                    prev.work_until = prev.work_until.max(g.work_until);
                    prev.extra_rest += g.extra_rest;
                    prev.makeup += g.makeup;
                }
                _ => groups.push(g),
            }
        }
        Some(YearModel { year, rest, groups })
    }

    /// The expected status of `d` (statutory rest, weekends off, nothing
    /// else moved) and how the notice may change it. `official` is the
    /// installed status of a late-December date of the year before, which the
    /// notice of `self.year` may still change (the 2019 notice moved 2018-12-29).
    pub fn day(&self, d: NaiveDate, official: Option<bool>) -> (bool, Flex) {
        if self.rest.binary_search(&d).is_ok() {
            return (false, Flex::Fixed);
        }
        let working = official.unwrap_or(!is_weekend(d));
        let window = |from: fn(&Group) -> NaiveDate, until: fn(&Group) -> NaiveDate| {
            self.groups.iter().position(|g| from(g) <= d && d <= until(g))
        };
        let flex = if working {
            window(|g| g.rest_from, |g| g.rest_until).map_or(Flex::Fixed, Flex::MayRest)
        } else {
            window(|g| g.work_from, |g| g.work_until).map_or(Flex::Fixed, Flex::MayWork)
        };
        (working, flex)
    }

    /// The first date this year's notice may change (its 元旦 window may reach into December).
    pub fn reaches_back_to(&self) -> NaiveDate {
        self.groups.first().map_or_else(|| first_of(self.year), |g| g.work_from.min(g.rest_from))
    }
}

fn first_of(year: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(NaiveDate::MIN)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::CnCalendar;
    use chrono::Datelike;

    /// Every shipped notice must fit the model: statutory days off, every other
    /// change inside a window and within the group's limits. This is where the
    /// constants come from; widening a pattern in a future notice fails here.
    #[test]
    fn the_2019_to_2026_notices_keep_within_the_model() {
        let cal = CnCalendar::official();
        for year in 2019..=2026 {
            let m = YearModel::new(year).unwrap();
            let (holidays, makeups) = cal.year_lists(year).unwrap();
            for d in &m.rest {
                assert!(holidays.contains(d), "{year}: statutory {d} must be a rest day");
            }
            let mut extra = vec![0u32; m.groups.len()];
            let mut made = vec![0u32; m.groups.len()];
            for d in holidays.iter().filter(|d| !is_weekend(**d) && !m.rest.contains(d)) {
                match m.day(*d, None) {
                    (true, Flex::MayRest(g)) => extra[g] += 1,
                    other => panic!("{year}: rest weekday {d} is outside every rest window: {other:?}"),
                }
            }
            for d in makeups {
                match m.day(*d, None) {
                    (false, Flex::MayWork(g)) => made[g] += 1,
                    other => panic!("{year}: make-up day {d} is outside every window: {other:?}"),
                }
            }
            for (i, g) in m.groups.iter().enumerate() {
                assert!(
                    extra[i] <= g.extra_rest,
                    "{year}: {} extra rest days near {}",
                    extra[i],
                    g.rest_from
                );
                assert!(made[i] <= g.makeup, "{year}: {} make-up days near {}", made[i], g.work_from);
            }
            assert!(m.reaches_back_to().year() >= year - 1);
        }
    }

    #[test]
    fn the_windows_are_no_wider_than_the_data_needs() {
        // Without the margins at least one shipped notice would fall outside:
        // the tightest values that still fit are one day less than each constant.
        let cal = CnCalendar::official();
        let mut max_before = 0i64;
        let mut max_after = 0i64;
        for year in 2019..=2026 {
            let festivals = statutory::festivals(year).unwrap();
            let (_, makeups) = cal.year_lists(year).unwrap();
            for d in makeups {
                let nearest = festivals
                    .iter()
                    .map(|f| {
                        let (a, b) = f.span();
                        if *d < a { (a - *d).num_days() } else { -(*d - b).num_days() }
                    })
                    .min_by_key(|x| x.abs())
                    .unwrap();
                if nearest > 0 {
                    max_before = max_before.max(nearest);
                } else {
                    max_after = max_after.max(-nearest);
                }
            }
        }
        assert_eq!((max_before + 1, max_after + 1), (WORK_BEFORE_DAYS as i64, WORK_AFTER_DAYS as i64));
    }
}
