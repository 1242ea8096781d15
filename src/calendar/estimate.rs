//! Counting working days past the installed calendar: the provisional date
//! (statutory holidays and weekends only) and the earliest and latest date
//! any arrangement within the model's limits could give.

use super::provisional::{Flex, YearModel};
use super::{CalendarError, CnCalendar};
use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

/// A deadline counted (partly) on a year whose notice is not installed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ProvisionalDate {
    /// The date if the notice adds nothing to the statutory days (暂定).
    pub date: NaiveDate,
    /// The earliest date the notice could give.
    pub earliest: NaiveDate,
    /// The latest date the notice could give (最晚不超过).
    pub latest: NaiveDate,
    /// The first year the count runs into whose arrangement is not published.
    pub year: i32,
}

/// The result of a working-day count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counted {
    /// Every day counted is in the installed calendar.
    Official(NaiveDate),
    /// The count crossed days only the law and the model can speak for.
    Provisional(ProvisionalDate),
}

impl Counted {
    /// The date to act on: the official one, or the provisional one.
    pub fn date(self) -> NaiveDate {
        match self {
            Counted::Official(d) => d,
            Counted::Provisional(p) => p.date,
        }
    }
}

/// Year models are costly to build (lunar and solar-term arithmetic) and
/// depend only on the year, so clones of a calendar share them.
#[derive(Debug, Clone, Default)]
pub(crate) struct ModelCache(Arc<Mutex<BTreeMap<i32, Option<Arc<YearModel>>>>>);

impl ModelCache {
    fn get(&self, year: i32) -> Option<Arc<YearModel>> {
        // A poisoned lock only means another thread panicked mid-insert; the map is still usable.
        let mut map = self.0.lock().unwrap_or_else(|e| e.into_inner());
        map.entry(year).or_insert_with(|| YearModel::new(year).map(Arc::new)).clone()
    }
}

/// What is known of one date.
pub(crate) enum Lookup {
    Official(bool),
    Model { model: Arc<YearModel>, working: bool, flex: Flex },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scenario {
    Expected,
    Earliest,
    Latest,
}

impl CnCalendar {
    /// What is known of `d`: the installed arrangement, or the model of its year.
    pub(crate) fn lookup(&self, d: NaiveDate) -> Result<Lookup, CalendarError> {
        let unknown = || CalendarError::Unknown {
            date: d,
            covered_from: self.coverage.from,
            covered_until: self.coverage.until,
        };
        let modelled = |year: i32, official: Option<bool>| -> Result<Lookup, CalendarError> {
            let model = self.models.get(year).ok_or_else(unknown)?;
            let (working, flex) = model.day(d, official);
            Ok(Lookup::Model { model, working, flex })
        };
        if self.coverage.contains(d) {
            let official = self.is_working_day(d)?;
            // Late December of the last installed year: next year's notice may still move it.
            if d.month() == 12
                && d.year() == self.coverage.until.year()
                && let Some(next) = self.models.get(d.year() + 1)
                && d >= next.reaches_back_to()
            {
                return modelled(d.year() + 1, Some(official));
            }
            return Ok(Lookup::Official(official));
        }
        if d < self.coverage.from {
            // A date an installed notice reaches back to (2018-12-29) is still known.
            if self.makeup_workdays.contains(&d) {
                return Ok(Lookup::Official(true));
            }
            if self.holidays.contains(&d) {
                return Ok(Lookup::Official(false));
            }
        }
        modelled(d.year(), None)
    }

    /// The `n`th working day strictly after `from`, official where the
    /// calendar covers every day counted and provisional (with its bounds)
    /// where it does not. Fails only outside the modelled years.
    pub fn count_working_days(&self, from: NaiveDate, n: u32) -> Result<Counted, CalendarError> {
        let (date, touched) = self.count(from, n, Scenario::Expected)?;
        let Some(year) = touched else {
            return Ok(Counted::Official(date));
        };
        let (earliest, _) = self.count(from, n, Scenario::Earliest)?;
        let (latest, _) = self.count(from, n, Scenario::Latest)?;
        Ok(Counted::Provisional(ProvisionalDate { date, earliest, latest, year }))
    }

    /// Whether `d` is a working day as far as it is known, and whether that
    /// answer is provisional (for the month view).
    pub fn expected_working_day(&self, d: NaiveDate) -> Result<(bool, bool), CalendarError> {
        Ok(match self.lookup(d)? {
            Lookup::Official(w) => (w, false),
            Lookup::Model { working, .. } => (working, true),
        })
    }

    /// Working days in `(after, through]`, provisional ones counted as expected.
    pub fn expected_working_days_between(
        &self,
        after: NaiveDate,
        through: NaiveDate,
    ) -> Result<u32, CalendarError> {
        let mut n = 0u32;
        let mut day = after;
        while day < through {
            day = day.succ_opt().ok_or(CalendarError::OutOfRange { after })?;
            if self.expected_working_day(day)?.0 {
                n = n.saturating_add(1);
            }
        }
        Ok(n)
    }

    /// Counts under one scenario. Earliest: the first make-up days each
    /// festival group allows are taken as working; latest: the first extra
    /// rest weekdays it allows are taken as rest. Taking them as early as
    /// possible is what moves the Nth day furthest, so these are true bounds.
    fn count(
        &self,
        from: NaiveDate,
        n: u32,
        scenario: Scenario,
    ) -> Result<(NaiveDate, Option<i32>), CalendarError> {
        let mut used: BTreeMap<(i32, usize), u32> = BTreeMap::new();
        let mut touched = None;
        let mut day = from;
        let mut counted = 0u32;
        while counted < n {
            day = day.succ_opt().ok_or(CalendarError::OutOfRange { after: from })?;
            let working = match self.lookup(day)? {
                Lookup::Official(w) => w,
                Lookup::Model { model, working, flex } => {
                    touched.get_or_insert(model.year);
                    let mut take = |g: usize, limit: fn(&super::provisional::Group) -> u32| {
                        let n = used.entry((model.year, g)).or_insert(0);
                        let ok = *n < limit(&model.groups[g]);
                        if ok {
                            *n += 1;
                        }
                        ok
                    };
                    match (scenario, flex) {
                        (Scenario::Earliest, Flex::MayWork(g)) if take(g, |g| g.makeup) => true,
                        (Scenario::Latest, Flex::MayRest(g)) if take(g, |g| g.extra_rest) => false,
                        _ => working,
                    }
                }
            };
            if working {
                counted += 1;
            }
        }
        Ok((day, touched))
    }
}
