//! The working-day calendar in use: the official years, the years the user
//! imported from a pasted notice, and the provisional years after them; and
//! importing a notice, with the deadlines that moved because of it.

use crate::calendar::notice::{self, ParsedNotice};
use crate::calendar::{CnCalendar, YearArrangement, YearNotice, YearOrigin};
use crate::clock::Now;
use crate::deadline::Due;
use crate::error::Result;
use crate::ids::RequestId;
use crate::store::Store;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// The settings key holding the imported years (JSON list of [`StoredYear`]).
const IMPORTED_KEY: &str = "calendar.imported-years";
/// How many years after the last installed one the calendar screen lists as provisional.
const PROVISIONAL_YEARS_SHOWN: i32 = 2;

/// A year imported by the user, as kept in the store.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct StoredYear {
    arrangement: YearArrangement,
    title: Option<String>,
    source_url: Option<String>,
    imported_on: NaiveDate,
}

fn stored_years(store: &Store) -> Result<Vec<StoredYear>> {
    let Some(json) = store.get_setting(IMPORTED_KEY)? else { return Ok(Vec::new()) };
    // A damaged entry must not hide every deadline: it is reported, never guessed around.
    serde_json::from_str(&json).map_err(|e| {
        crate::validate::Invalid::Other(format!(
            "the imported calendar years in the store are unreadable: {e}"
        ))
        .into()
    })
}

fn notice_of(y: &StoredYear) -> YearNotice {
    YearNotice {
        year: y.arrangement.year,
        title: y
            .title
            .clone()
            .unwrap_or_else(|| format!("国务院办公厅关于{}年部分节假日安排的通知", y.arrangement.year)),
        document_number: None,
        notice_date: y.imported_on,
        amendments: Vec::new(),
        origin: YearOrigin::Imported { source_url: y.source_url.clone(), imported_on: y.imported_on },
    }
}

/// The calendar every deadline is counted on: the official one (shipped or
/// from a signed pack) plus the user's imported years. An official year
/// always wins over an imported one, so a pack replaces the user's import.
pub fn calendar_in_use(store: &Store) -> Result<CnCalendar> {
    with_imports(CnCalendar::official(), &stored_years(store)?)
}

fn with_imports(official: &CnCalendar, years: &[StoredYear]) -> Result<CnCalendar> {
    let mut cal = official.clone();
    let mut sorted: Vec<&StoredYear> = years.iter().collect();
    sorted.sort_by_key(|y| y.arrangement.year);
    for y in sorted {
        let covered =
            cal.years().iter().any(|n| n.year == y.arrangement.year && n.origin == YearOrigin::Official);
        if covered {
            continue;
        }
        cal = cal.with_year(y.arrangement.clone(), notice_of(y))?;
    }
    Ok(cal)
}

/// What the user pastes or picks: the notice text, or a holiday-cn JSON file.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct NoticeInput {
    pub text: String,
    /// Where the user found it (gov.cn, Xinhua …); kept with the year.
    #[serde(default)]
    pub source_url: Option<String>,
}

/// One open request whose due date the notice changes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct MovedDeadline {
    pub request_id: RequestId,
    pub holder_name: String,
    pub before: Due,
    pub after: Due,
}

/// A read notice and what it would change; nothing is stored yet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct NoticePreview {
    pub notice: ParsedNotice,
    pub source_url: Option<String>,
    /// Whether an earlier import of the same year would be replaced.
    pub replaces_import: bool,
    pub moved: Vec<MovedDeadline>,
}

fn parse(input: &NoticeInput) -> Result<(ParsedNotice, Option<String>)> {
    if input.text.trim_start().starts_with('{') {
        let (parsed, papers) = notice::parse_holiday_cn_json(&input.text)?;
        let url = input.source_url.clone().or_else(|| papers.into_iter().next());
        Ok((parsed, url))
    } else {
        Ok((notice::parse_notice_text(&input.text)?, input.source_url.clone()))
    }
}

fn plan(store: &Store, now: &Now, input: &NoticeInput) -> Result<(NoticePreview, Vec<StoredYear>)> {
    let (parsed, source_url) = parse(input)?;
    if CnCalendar::official().years().iter().any(|n| n.year == parsed.year) {
        return Err(crate::calendar::CalendarError::AlreadyOfficial { year: parsed.year }.into());
    }
    let mut years = stored_years(store)?;
    let before = with_imports(CnCalendar::official(), &years)?;
    let replaces_import = years.iter().any(|y| y.arrangement.year == parsed.year);
    years.retain(|y| y.arrangement.year != parsed.year);
    years.push(StoredYear {
        arrangement: parsed.arrangement.clone(),
        title: parsed.title.clone(),
        source_url: source_url.clone(),
        imported_on: now.today,
    });
    let after = with_imports(CnCalendar::official(), &years)?;
    let old = super::list_requests_on(store, now, &before)?;
    let new = super::list_requests_on(store, now, &after)?;
    let moved = old
        .iter()
        .zip(&new)
        .filter_map(|(o, n)| {
            let (b, a) = (o.clock.as_ref()?.due?, n.clock.as_ref()?.due?);
            (b != a).then(|| MovedDeadline {
                request_id: o.id,
                holder_name: o.holder_name.clone(),
                before: b,
                after: a,
            })
        })
        .collect();
    Ok((NoticePreview { notice: parsed, source_url, replaces_import, moved }, years))
}

/// Reads a notice and shows what importing it would do; stores nothing.
pub fn preview_notice(store: &Store, now: &Now, input: &NoticeInput) -> Result<NoticePreview> {
    Ok(plan(store, now, input)?.0)
}

/// Reads a notice and stores its year as "imported by the user"; every open
/// deadline is recounted on it, and the ones that moved are returned.
pub fn import_notice(store: &mut Store, now: &Now, input: &NoticeInput) -> Result<NoticePreview> {
    let (preview, years) = plan(store, now, input)?;
    let json = serde_json::to_string(&years)
        .map_err(|e| crate::validate::Invalid::Other(format!("cannot store the imported year: {e}")))?;
    store.set_setting(IMPORTED_KEY, &json)?;
    Ok(preview)
}

/// Where a year's working days come from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum YearSource {
    Official,
    #[serde(rename_all = "camelCase")]
    Imported {
        source_url: Option<String>,
        imported_on: NaiveDate,
    },
    /// No notice yet: statutory holidays and weekends only.
    Provisional,
}

/// One marked day of the month view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum DayMark {
    /// 休: a holiday rest day (weekends inside a holiday period included).
    Rest,
    /// 班: a weekend day worked (调休上班).
    Work,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct MarkedDay {
    pub date: NaiveDate,
    pub mark: DayMark,
}

/// One year of the calendar screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct CalendarYear {
    pub year: i32,
    pub source: YearSource,
    pub title: Option<String>,
    /// The 休/班 days of the year (for a provisional year: the statutory rest days).
    pub marks: Vec<MarkedDay>,
}

/// Every year the calendar can count on, with where it comes from.
pub fn calendar_years(store: &Store, now: &Now) -> Result<Vec<CalendarYear>> {
    let cal = calendar_in_use(store)?;
    let mut out: Vec<CalendarYear> = cal
        .years()
        .iter()
        .map(|n| {
            let marks = cal.arrangement(n.year).map(marks_of).unwrap_or_default();
            let source = match &n.origin {
                YearOrigin::Official => YearSource::Official,
                YearOrigin::Imported { source_url, imported_on } => {
                    YearSource::Imported { source_url: source_url.clone(), imported_on: *imported_on }
                }
            };
            CalendarYear { year: n.year, source, title: Some(n.title.clone()), marks }
        })
        .collect();
    let first = cal.coverage().until.year() + 1;
    for year in first..=(first + PROVISIONAL_YEARS_SHOWN - 1).max(now.today.year() + 1) {
        let marks = crate::calendar::statutory::festivals(year)
            .map(|fs| {
                let mut days: Vec<NaiveDate> =
                    fs.iter().flat_map(|f| f.days.iter().chain(&f.in_lieu).copied()).collect();
                days.sort();
                days.dedup();
                days.into_iter().map(|date| MarkedDay { date, mark: DayMark::Rest }).collect()
            })
            .unwrap_or_default();
        out.push(CalendarYear { year, source: YearSource::Provisional, title: None, marks });
    }
    Ok(out)
}

fn marks_of(a: &YearArrangement) -> Vec<MarkedDay> {
    let mut v: Vec<MarkedDay> = a
        .holidays
        .iter()
        .map(|d| MarkedDay { date: *d, mark: DayMark::Rest })
        .chain(a.makeup_workdays.iter().map(|d| MarkedDay { date: *d, mark: DayMark::Work }))
        .collect();
    v.sort_by_key(|m| m.date);
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn year_2027(rest: &[&str]) -> YearArrangement {
        YearArrangement {
            year: 2027,
            holidays: rest.iter().map(|s| d(s)).collect(),
            makeup_workdays: Default::default(),
        }
    }

    #[test]
    fn an_official_year_from_a_pack_replaces_the_users_import() {
        let imported = StoredYear {
            arrangement: year_2027(&["2027-01-01", "2027-01-04"]),
            title: None,
            source_url: Some("https://example.invalid/2027".into()),
            imported_on: d("2026-12-15"),
        };
        // Only the import: 2027-01-04 is a rest day and the year says "imported".
        let cal = with_imports(CnCalendar::official(), std::slice::from_ref(&imported)).unwrap();
        assert_eq!(cal.is_working_day(d("2027-01-04")), Ok(false));
        assert!(matches!(cal.years().last().unwrap().origin, YearOrigin::Imported { .. }));
        // A signed pack brings the official 2027 (here without 01-04): it wins.
        let mut official_notice = notice_of(&imported);
        official_notice.origin = YearOrigin::Official;
        let pack = CnCalendar::official().with_year(year_2027(&["2027-01-01"]), official_notice).unwrap();
        let cal = with_imports(&pack, &[imported]).unwrap();
        assert_eq!(cal.is_working_day(d("2027-01-04")), Ok(true));
        assert_eq!(cal.years().last().unwrap().origin, YearOrigin::Official);
    }
}
