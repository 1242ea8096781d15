//! Reading a State Council holiday notice into one year's arrangement.
//!
//! Two inputs: the notice text as published (gov.cn, Xinhua and the papers
//! reprint it: "一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。"),
//! with any later amendment pasted after it (国办发明电〔2019〕3号 changed 劳动节,
//! 〔2020〕1号 extended 春节); or a holiday-cn style JSON file
//! (`{"year":2026,"days":[{"name":"元旦","date":"2026-01-01","isOffDay":true},…]}`).
//!
//! The reading is strict: a weekday in brackets that does not match its
//! date, a "共N天" that does not match the range, a make-up day that is not a
//! weekend, a festival missing: each is an error naming the line, and
//! nothing is returned. The holiday convention is the shipped file's: every
//! day of each rest period, weekends inside it included, and a single day
//! "与周末连休" joined with the adjoining Saturday and Sunday.

use super::YearArrangement;
use super::statutory::is_weekend;
use chrono::{Datelike, NaiveDate, Weekday};
use regex::Regex;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::sync::LazyLock;

/// What went wrong, and on which line (1-based; 0 for the whole text).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {problem}")]
pub struct NoticeError {
    pub line: usize,
    pub problem: NoticeProblem,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NoticeProblem {
    #[error("the text names no year (expected e.g. “关于2027年部分节假日安排的通知”)")]
    NoYear,
    #[error("the text names both {0} and {1}; paste one year's notice at a time")]
    MixedYears(i32, i32),
    #[error("`{0}` is not a real date")]
    BadDate(String),
    #[error("{date} is a {actual}, but the notice says {said}")]
    WrongWeekday { date: NaiveDate, actual: String, said: String },
    #[error("the notice says {said} days, but {from} to {until} is {actual} days")]
    CountMismatch { said: i64, actual: i64, from: NaiveDate, until: NaiveDate },
    #[error("the range ends ({until}) before it starts ({from})")]
    EndBeforeStart { from: NaiveDate, until: NaiveDate },
    #[error("make-up workday {date} is a {weekday}; make-up workdays are always Saturdays or Sundays")]
    MakeupNotWeekend { date: NaiveDate, weekday: String },
    #[error("{0} is both a rest day and a make-up workday")]
    RestAndWork(NaiveDate),
    #[error("{date} is not in {year} (or the December before)")]
    OutsideYear { date: NaiveDate, year: i32 },
    #[error("this section has dates but no “放假” range: `{0}`")]
    NoRange(String),
    #[error("this festival section names no festival: `{0}`")]
    NoFestival(String),
    #[error("the notice has no arrangement for {0}: it is incomplete")]
    Missing(String),
    #[error("not a holiday-cn calendar file: {0}")]
    Json(String),
}

fn err(line: usize, problem: NoticeProblem) -> NoticeError {
    NoticeError { line, problem }
}

/// One festival section as read, for the preview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct NoticeSection {
    /// The festival names as the notice gives them, e.g. "国庆节、中秋节".
    pub names: String,
    pub rest_from: NaiveDate,
    pub rest_until: NaiveDate,
    pub makeup_workdays: Vec<NaiveDate>,
    /// The line it was read from (1-based).
    pub line: usize,
}

/// A notice read successfully.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ParsedNotice {
    pub year: i32,
    /// The first title line, e.g. 国务院办公厅关于2027年部分节假日安排的通知.
    pub title: Option<String>,
    pub sections: Vec<NoticeSection>,
    pub arrangement: YearArrangement,
}

const FESTIVALS: [&str; 7] = ["元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"];

static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日(?:\(([^)]*)\))?").expect("valid date pattern")
});
static YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:关于|调整|延长)(\d{4})年").expect("valid year pattern"));
static SECTION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[一二三四五六七八九十]+、(.*)$").expect("valid section pattern"));
static COUNT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:共|放假)(\d+)天").expect("valid count pattern"));

/// Full-width brackets and punctuation as ASCII, so both spellings read alike.
fn normalise(line: &str) -> String {
    line.trim()
        .chars()
        .map(|c| match c {
            '（' => '(',
            '）' => ')',
            '：' => ':',
            '，' => ',',
            '　' => ' ',
            c => c,
        })
        .filter(|c| *c != ' ')
        .collect()
}

/// A date in a sentence, with what the brackets after it said.
struct DateToken {
    date: NaiveDate,
    note: Option<String>,
    start: usize,
}

/// Reads the dates of one sentence; a missing year or month is the one
/// before it (the range end "至7日"), the first ones default to the notice year.
fn dates(sentence: &str, year: i32, line: usize) -> Result<Vec<DateToken>, NoticeError> {
    let mut out: Vec<DateToken> = Vec::new();
    for c in DATE.captures_iter(sentence) {
        let whole = c.get(0).map_or("", |m| m.as_str());
        let prev = out.last().map(|t| t.date);
        let y = match c.get(1) {
            Some(m) => m.as_str().parse().map_err(|_| err(line, NoticeProblem::BadDate(whole.into())))?,
            None => prev.map_or(year, |p| p.year()),
        };
        let m = match c.get(2) {
            Some(m) => m.as_str().parse().map_err(|_| err(line, NoticeProblem::BadDate(whole.into())))?,
            None => match prev {
                Some(p) => p.month(),
                None => return Err(err(line, NoticeProblem::BadDate(whole.into()))),
            },
        };
        let d: u32 = c[3].parse().map_err(|_| err(line, NoticeProblem::BadDate(whole.into())))?;
        let date = NaiveDate::from_ymd_opt(y, m, d)
            .ok_or_else(|| err(line, NoticeProblem::BadDate(whole.into())))?;
        let note = c.get(4).map(|m| m.as_str().to_string());
        if let Some(said) = note.as_deref().and_then(weekday_in)
            && said != date.weekday()
        {
            return Err(err(
                line,
                NoticeProblem::WrongWeekday {
                    date,
                    actual: weekday_zh(date.weekday()).into(),
                    said: weekday_zh(said).into(),
                },
            ));
        }
        if !(date.year() == year || (date.year() == year - 1 && date.month() == 12)) {
            return Err(err(line, NoticeProblem::OutsideYear { date, year }));
        }
        out.push(DateToken { date, note, start: c.get(0).map_or(0, |m| m.start()) });
    }
    Ok(out)
}

/// The weekday a bracket note names (周四, 星期日), if any.
fn weekday_in(note: &str) -> Option<Weekday> {
    let names = [
        ('一', Weekday::Mon),
        ('二', Weekday::Tue),
        ('三', Weekday::Wed),
        ('四', Weekday::Thu),
        ('五', Weekday::Fri),
        ('六', Weekday::Sat),
        ('日', Weekday::Sun),
        ('天', Weekday::Sun),
    ];
    for prefix in ["星期", "周"] {
        if let Some(i) = note.find(prefix) {
            let c = note[i + prefix.len()..].chars().next()?;
            return names.iter().find(|(n, _)| *n == c).map(|(_, w)| *w);
        }
    }
    None
}

fn weekday_zh(w: Weekday) -> &'static str {
    ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"][w.num_days_from_monday() as usize]
}

/// The section being read, before it is checked against the others.
struct Section {
    names: Vec<&'static str>,
    rest: (NaiveDate, NaiveDate),
    makeups: Vec<NaiveDate>,
    line: usize,
}

/// Reads one festival section's body ("1月1日(周四)至3日(周六)放假调休,共3天。1月4日(周日)上班。").
fn section(
    body: &str,
    names: Vec<&'static str>,
    year: i32,
    line: usize,
) -> Result<Option<Section>, NoticeError> {
    let mut rest = None;
    let mut makeups = Vec::new();
    for sentence in body.split('。').filter(|s| !s.is_empty()) {
        // "鼓励…安排职工在除夕(2月9日)休息" is advice, not a rest day.
        if sentence.contains("鼓励") {
            continue;
        }
        let tokens = dates(sentence, year, line)?;
        if tokens.is_empty() {
            continue;
        }
        if let Some(at) = sentence.find("放假") {
            let before: Vec<&DateToken> = tokens.iter().filter(|t| t.start < at).collect();
            let (from, until) = match before.as_slice() {
                [one] => (one.date, one.date),
                [a, b, ..] => (a.date, b.date),
                [] => return Err(err(line, NoticeProblem::NoRange(sentence.into()))),
            };
            if until < from {
                return Err(err(line, NoticeProblem::EndBeforeStart { from, until }));
            }
            let (from, until) = if sentence.contains("与周末连休") {
                joined_with_weekend(from, until)
            } else {
                (from, until)
            };
            if let Some(c) = COUNT.captures(sentence) {
                let said: i64 = c[1].parse().unwrap_or(-1);
                let actual = (until - from).num_days() + 1;
                if said != actual {
                    return Err(err(line, NoticeProblem::CountMismatch { said, actual, from, until }));
                }
            }
            rest = Some((from, until));
            // Anything after the range in the same sentence that says 上班 is a make-up day.
            if sentence[at..].contains("上班") {
                makeups.extend(tokens.iter().filter(|t| t.start > at).map(|t| t.date));
            }
        } else if sentence.contains("上班") {
            makeups.extend(tokens.iter().map(|t| t.date));
        } else if tokens.iter().any(|t| t.note.is_some()) {
            return Err(err(line, NoticeProblem::NoRange(sentence.into())));
        }
    }
    for d in &makeups {
        if !is_weekend(*d) {
            return Err(err(
                line,
                NoticeProblem::MakeupNotWeekend { date: *d, weekday: weekday_zh(d.weekday()).into() },
            ));
        }
    }
    match rest {
        Some(rest) => Ok(Some(Section { names, rest, makeups, line })),
        None if makeups.is_empty() => Ok(None),
        None => Err(err(line, NoticeProblem::NoRange(body.into()))),
    }
}

/// A single rest day "与周末连休": the Saturday and Sunday next to it join the period.
fn joined_with_weekend(from: NaiveDate, until: NaiveDate) -> (NaiveDate, NaiveDate) {
    let mut a = from;
    while let Some(p) = a.pred_opt().filter(|p| is_weekend(*p)) {
        a = p;
    }
    let mut b = until;
    while let Some(n) = b.succ_opt().filter(|n| is_weekend(*n)) {
        b = n;
    }
    (a, b)
}

/// Reads a notice text (with any amendments after it).
pub fn parse_notice_text(text: &str) -> Result<ParsedNotice, NoticeError> {
    let lines: Vec<(usize, String)> = text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, normalise(l)))
        .filter(|(_, l)| !l.starts_with('#'))
        .collect();
    // The year: every title or heading that names one must name the same.
    let mut year = None;
    for (n, l) in &lines {
        for c in YEAR.captures_iter(l) {
            let y: i32 = c[1].parse().map_err(|_| err(*n, NoticeProblem::NoYear))?;
            match year {
                Some(prev) if prev != y => return Err(err(*n, NoticeProblem::MixedYears(prev, y))),
                _ => year = Some(y),
            }
        }
    }
    let year = year.ok_or_else(|| err(0, NoticeProblem::NoYear))?;
    let title = lines.iter().map(|(_, l)| l).find(|l| l.contains("部分节假日安排的通知")).cloned();

    let mut sections: Vec<Section> = Vec::new();
    // In an amendment ("关于调整2019年劳动节假期安排"), unnamed sections are about that festival.
    let mut amending: Option<&'static str> = None;
    for (n, l) in &lines {
        if l.starts_with("国务院办公厅关于") {
            amending =
                if l.contains("调整") { FESTIVALS.iter().copied().find(|f| l.contains(f)) } else { None };
            continue;
        }
        let Some(c) = SECTION.captures(l) else { continue };
        let rest = &c[1];
        if let Some(ext) = rest.strip_prefix("延长") {
            extend(&mut sections, ext, year, *n)?;
            continue;
        }
        let (names, body) = match rest.split_once(':') {
            Some((head, body)) if FESTIVALS.iter().any(|f| head.contains(f)) => {
                (FESTIVALS.iter().copied().filter(|f| head.contains(f)).collect::<Vec<_>>(), body)
            }
            _ => match amending {
                Some(f) => (vec![f], rest),
                None if rest.contains("放假") && DATE.is_match(rest) => {
                    return Err(err(*n, NoticeProblem::NoFestival(rest.into())));
                }
                None => continue,
            },
        };
        if let Some(s) = section(body, names, year, *n)? {
            // A later section for the same festival (an amendment) replaces the earlier one.
            sections.retain(|old| !old.names.iter().any(|f| s.names.contains(f)));
            sections.push(s);
        }
    }
    let last_line = lines.last().map_or(0, |(n, _)| *n);
    let missing: Vec<&str> =
        FESTIVALS.iter().copied().filter(|f| !sections.iter().any(|s| s.names.contains(f))).collect();
    if !missing.is_empty() {
        return Err(err(last_line, NoticeProblem::Missing(missing.join("、"))));
    }
    sections.sort_by_key(|s| s.rest.0);
    let mut arrangement =
        YearArrangement { year, holidays: BTreeSet::new(), makeup_workdays: BTreeSet::new() };
    for s in &sections {
        arrangement.holidays.extend(s.rest.0.iter_days().take_while(|d| *d <= s.rest.1));
    }
    for s in &sections {
        for d in &s.makeups {
            if arrangement.holidays.contains(d) {
                return Err(err(s.line, NoticeProblem::RestAndWork(*d)));
            }
            arrangement.makeup_workdays.insert(*d);
        }
    }
    let sections = sections
        .into_iter()
        .map(|s| NoticeSection {
            names: s.names.join("、"),
            rest_from: s.rest.0,
            rest_until: s.rest.1,
            makeup_workdays: s.makeups,
            line: s.line,
        })
        .collect();
    Ok(ParsedNotice { year, title, sections, arrangement })
}

/// "延长2020年春节假期至2月2日…": the festival's rest runs to that date, and
/// make-up days inside the longer rest are rest days after all.
fn extend(sections: &mut [Section], text: &str, year: i32, line: usize) -> Result<(), NoticeError> {
    let Some(f) = FESTIVALS.iter().copied().find(|f| text.contains(f)) else {
        return Err(err(line, NoticeProblem::NoFestival(text.into())));
    };
    let until = dates(text, year, line)?
        .first()
        .map(|t| t.date)
        .ok_or_else(|| err(line, NoticeProblem::NoRange(text.into())))?;
    let Some(s) = sections.iter_mut().find(|s| s.names.contains(&f)) else {
        return Err(err(line, NoticeProblem::Missing(f.into())));
    };
    if until < s.rest.0 {
        return Err(err(line, NoticeProblem::EndBeforeStart { from: s.rest.0, until }));
    }
    s.rest.1 = s.rest.1.max(until);
    let (from, to) = s.rest;
    s.makeups.retain(|d| *d < from || *d > to);
    Ok(())
}

#[derive(Deserialize)]
struct HolidayCn {
    year: i32,
    #[serde(default)]
    papers: Vec<String>,
    days: Vec<HolidayCnDay>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct HolidayCnDay {
    name: String,
    date: String,
    is_off_day: bool,
}

/// Reads a holiday-cn style JSON file. Returns the arrangement and the
/// source papers it names (the first one serves as the source URL).
pub fn parse_holiday_cn_json(json: &str) -> Result<(ParsedNotice, Vec<String>), NoticeError> {
    let raw: HolidayCn =
        serde_json::from_str(json).map_err(|e| err(e.line(), NoticeProblem::Json(e.to_string())))?;
    let year = raw.year;
    let mut arrangement =
        YearArrangement { year, holidays: BTreeSet::new(), makeup_workdays: BTreeSet::new() };
    let mut names: Vec<String> = Vec::new();
    for (i, day) in raw.days.iter().enumerate() {
        let at = i + 1;
        let date = NaiveDate::parse_from_str(&day.date, "%Y-%m-%d")
            .map_err(|_| err(at, NoticeProblem::BadDate(day.date.clone())))?;
        if !(date.year() == year || (date.year() == year - 1 && date.month() == 12)) {
            return Err(err(at, NoticeProblem::OutsideYear { date, year }));
        }
        if day.is_off_day {
            if arrangement.makeup_workdays.contains(&date) {
                return Err(err(at, NoticeProblem::RestAndWork(date)));
            }
            arrangement.holidays.insert(date);
        } else {
            if !is_weekend(date) {
                return Err(err(
                    at,
                    NoticeProblem::MakeupNotWeekend { date, weekday: weekday_zh(date.weekday()).into() },
                ));
            }
            if arrangement.holidays.contains(&date) {
                return Err(err(at, NoticeProblem::RestAndWork(date)));
            }
            arrangement.makeup_workdays.insert(date);
        }
        if !names.contains(&day.name) {
            names.push(day.name.clone());
        }
    }
    let missing: Vec<&str> = FESTIVALS
        .iter()
        .copied()
        .filter(|f| !names.iter().any(|n| n.contains(f.trim_end_matches('节'))))
        .collect();
    if !missing.is_empty() {
        return Err(err(0, NoticeProblem::Missing(missing.join("、"))));
    }
    let notice = ParsedNotice { year, title: None, sections: Vec::new(), arrangement };
    Ok((notice, raw.papers))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    const SHORT: &str = "国务院办公厅关于2026年部分节假日安排的通知
一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
三、清明节：4月4日（周六）至6日（周一）放假，共3天。
四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
五、端午节：6月19日（周五）至21日（周日）放假，共3天。
六、中秋节：9月25日（周五）至27日（周日）放假，共3天。
七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。";

    #[test]
    fn full_width_text_reads_like_the_published_notice() {
        let p = parse_notice_text(SHORT).unwrap();
        assert_eq!(p.year, 2026);
        assert_eq!(p.sections.len(), 7);
        assert_eq!(p.sections[1].rest_from, d("2026-02-15"));
        assert_eq!(p.sections[1].rest_until, d("2026-02-23"));
        assert_eq!(p.arrangement.makeup_workdays.len(), 6);
        assert_eq!(p.arrangement.holidays.len(), 33);
    }

    fn problem(text: &str) -> NoticeError {
        parse_notice_text(text).expect_err("must be refused")
    }

    #[test]
    fn contradictions_are_refused_naming_the_line() {
        let e = problem(&SHORT.replace("1月4日（周日）上班", "1月4日（周一）上班"));
        assert_eq!(e.line, 2);
        assert!(matches!(e.problem, NoticeProblem::WrongWeekday { .. }), "{e}");
        let e = problem(&SHORT.replace("共9天", "共8天"));
        assert_eq!(
            (e.line, matches!(e.problem, NoticeProblem::CountMismatch { said: 8, actual: 9, .. })),
            (3, true),
            "{e}"
        );
        let e = problem(&SHORT.replace("5月9日（周六）上班", "5月8日上班"));
        assert_eq!(e.line, 5);
        assert!(e.to_string().contains("make-up workday 2026-05-08"), "{e}");
        let e = problem(&SHORT.replace("1月4日（周日）上班", "1月3日（周六）上班"));
        assert_eq!((e.line, e.problem), (2, NoticeProblem::RestAndWork(d("2026-01-03"))));
        let e = problem(&SHORT.replace("2月28日", "2月30日"));
        assert!(matches!(e.problem, NoticeProblem::BadDate(_)) && e.line == 3, "{e}");
    }

    #[test]
    fn partial_or_yearless_text_is_refused() {
        let partial: String = SHORT.lines().take(5).collect::<Vec<_>>().join("\n");
        let e = problem(&partial);
        assert_eq!(e.problem, NoticeProblem::Missing("端午节、中秋节、国庆节".into()));
        assert_eq!(e.line, 5);
        let e = problem(&SHORT.replace("国务院办公厅关于2026年部分节假日安排的通知", ""));
        assert_eq!(e.problem, NoticeProblem::NoYear);
        let e = problem(&format!("{SHORT}\n国务院办公厅关于2027年部分节假日安排的通知"));
        assert_eq!(e.problem, NoticeProblem::MixedYears(2026, 2027));
        assert_eq!(problem("").problem, NoticeProblem::NoYear);
    }

    #[test]
    fn holiday_cn_json_reads_and_checks() {
        let json = r#"{"year":2026,"papers":["https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm"],"days":[
            {"name":"元旦","date":"2026-01-01","isOffDay":true},{"name":"元旦","date":"2026-01-04","isOffDay":false},
            {"name":"春节","date":"2026-02-15","isOffDay":true},{"name":"清明节","date":"2026-04-04","isOffDay":true},
            {"name":"劳动节","date":"2026-05-01","isOffDay":true},{"name":"端午节","date":"2026-06-19","isOffDay":true},
            {"name":"中秋节","date":"2026-09-25","isOffDay":true},{"name":"国庆节","date":"2026-10-01","isOffDay":true}]}"#;
        let (p, papers) = parse_holiday_cn_json(json).unwrap();
        assert_eq!(p.arrangement.makeup_workdays.iter().copied().collect::<Vec<_>>(), [d("2026-01-04")]);
        assert_eq!(papers.len(), 1);
        let bad = json.replace(r#""2026-01-04","isOffDay":false"#, r#""2026-01-05","isOffDay":false"#);
        let e = parse_holiday_cn_json(&bad).unwrap_err();
        assert_eq!(e.line, 2);
        assert!(matches!(e.problem, NoticeProblem::MakeupNotWeekend { .. }));
        assert!(matches!(parse_holiday_cn_json("{").unwrap_err().problem, NoticeProblem::Json(_)));
    }
}
