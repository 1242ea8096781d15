//! The calendar past the published notices: provisional deadlines, importing a
//! notice, and the real 2019–2026 notice texts read back to the shipped data.

use crate::support::{account, cli_on, date, fixture, holder, now, out, temp_store};
use rightsdesk::api::{self, DraftInput, NoticeInput, SendInput, YearSource};
use rightsdesk::calendar::CnCalendar;
use rightsdesk::calendar::notice::parse_notice_text;
use rightsdesk::deadline::{ClockState, Due};
use rightsdesk::holder::{DataCategory, HolderKind};
use rightsdesk::i18n::Locale;
use rightsdesk::ids::RequestId;
use rightsdesk::jurisdiction::Jurisdiction;
use rightsdesk::request::{DeliveryChannel, RequestKind};
use rightsdesk::store::Store;

fn notice(name: &str) -> String {
    std::fs::read_to_string(fixture(&format!("holiday-notices/{name}"))).unwrap()
}

#[test]
fn every_real_notice_from_2019_to_2026_reads_back_to_the_shipped_calendar_exactly() {
    let cal = CnCalendar::official();
    for year in 2019..=2026 {
        let text = notice(&format!("{year}.txt"));
        assert!(
            text.lines().any(|l| l.starts_with("# source: http")),
            "{year}: the fixture names its source"
        );
        let parsed = parse_notice_text(&text).unwrap_or_else(|e| panic!("{year}: {e}"));
        assert_eq!(parsed.year, year);
        let (holidays, makeups) = cal.year_lists(year).unwrap();
        assert_eq!(&parsed.arrangement.holidays, holidays, "{year}: holidays");
        assert_eq!(&parsed.arrangement.makeup_workdays, makeups, "{year}: make-up workdays");
    }
}

#[test]
fn a_full_width_copy_reads_the_same_as_the_stored_half_width_one() {
    let text = notice("2024.txt");
    let wide: String = text
        .chars()
        .map(|c| match c {
            '(' => '（',
            ')' => '）',
            ':' => '：',
            ',' => '，',
            c => c,
        })
        .collect();
    assert_eq!(parse_notice_text(&wide).unwrap().arrangement, parse_notice_text(&text).unwrap().arrangement);
}

fn sent_cn_request(store: &mut Store, on: &str) -> RequestId {
    let h = holder(store, "Taobao", Jurisdiction::Cn, HolderKind::Ecommerce);
    account(store, &h, &["phone:13800138000"], &[DataCategory::ContactDetails]);
    let t = now(on);
    let input = DraftInput {
        holder_id: h.id,
        kind: RequestKind::Deletion,
        jurisdiction: None,
        language: Locale::ZhCn,
        reason: None,
        ground: None,
        correction: None,
        letter_date: Some(date(on)),
        identifiers: None,
        parent_id: None,
        sender: None,
    };
    let r = api::create_request(store, &input, &t).unwrap();
    let send = SendInput { date: date(on), channel: Some(DeliveryChannel::Email), tracking: None };
    api::mark_sent(store, r.request.id, &send, &t).unwrap();
    r.request.id
}

/// The "done" scenario, on a fixed 2026-12-15.
#[test]
fn a_request_sent_on_2026_12_15_is_provisional_then_overdue_then_exact_once_2027_is_imported() {
    let (_dir, mut store) = temp_store();
    let id = sent_cn_request(&mut store, "2026-12-15");
    let today = now("2026-12-15");

    let d = api::get_request(&store, id, &today).unwrap();
    let clock = d.clock.expect("a sent request has a clock");
    let p = clock.due.and_then(Due::provisional).expect("the due date is provisional, never unknown");
    assert_eq!((p.date, p.year), (date("2027-01-06"), 2027));
    assert!(p.earliest <= p.date && p.date < p.latest, "{p:?}");
    assert!(matches!(clock.state, ClockState::DueIn { days: 15, .. }), "{:?}", clock.state);

    // The letter states the provisional date as such.
    let (_, letter) = api::letter_text(&store, id, None, &today).unwrap();
    assert!(letter.contains("暂定") && letter.contains("2027 年放假安排尚未发布"), "{letter}");

    // The ICS reminder fires on the provisional date and says so.
    let ics = api::export_ics(&store, &today).unwrap();
    assert!(ics.contains("DTSTART;VALUE=DATE:20270106") && ics.contains("provisional"), "{ics}");

    // Past the latest bound it is overdue, whatever the notice turns out to say.
    let after = p.latest.succ_opt().unwrap();
    let late = api::get_request(&store, id, &rightsdesk::clock::Now::fixed(after)).unwrap();
    assert_eq!(late.status.code(), "overdue");
    let on_bound = api::get_request(&store, id, &rightsdesk::clock::Now::fixed(p.latest)).unwrap();
    assert_ne!(on_bound.status.code(), "overdue", "on the latest bound it is not yet certainly late");

    // The (invented) 2027 notice: previewing stores nothing …
    let input = NoticeInput {
        text: notice("invented-2027-TEST-ONLY.txt"),
        source_url: Some("https://example.invalid/2027".into()),
    };
    let preview = api::preview_notice(&store, &today, &input).unwrap();
    assert_eq!(preview.moved.len(), 1);
    assert!(
        api::get_request(&store, id, &today).unwrap().clock.unwrap().due.unwrap().provisional().is_some()
    );

    // … importing it gives the exact date at once, and reports the move.
    let done = api::import_notice(&mut store, &today, &input).unwrap();
    assert_eq!(done.moved.len(), 1);
    assert_eq!(done.moved[0].after, Due::On(date("2027-01-07")));
    let d = api::get_request(&store, id, &today).unwrap();
    assert_eq!(d.clock.unwrap().due, Some(Due::On(date("2027-01-07"))));
    assert!(p.earliest <= date("2027-01-07") && date("2027-01-07") <= p.latest, "the bound held");

    let years = api::calendar_years(&store, &today).unwrap();
    let y2027 = years.iter().find(|y| y.year == 2027).unwrap();
    assert!(
        matches!(&y2027.source, YearSource::Imported { source_url: Some(u), .. } if u.contains("example.invalid"))
    );
    assert!(matches!(years.iter().find(|y| y.year == 2028).unwrap().source, YearSource::Provisional));
    assert!(matches!(years.iter().find(|y| y.year == 2026).unwrap().source, YearSource::Official));
}

#[test]
fn a_bad_notice_is_refused_naming_the_line_and_nothing_is_stored() {
    let (_dir, mut store) = temp_store();
    let today = now("2026-12-15");
    let good = notice("invented-2027-TEST-ONLY.txt");
    // 2027-01-09 is a Saturday; saying Friday contradicts the date.
    let bad = good.replace("1月9日（周六）上班", "1月9日（周五）上班");
    let e = api::import_notice(&mut store, &today, &NoticeInput { text: bad, source_url: None }).unwrap_err();
    assert_eq!(e.code().as_str(), "calendar-notice");
    assert!(e.to_string().contains("line 6"), "{e}");
    let partial: String = good.lines().take(8).collect::<Vec<_>>().join("\n");
    let e =
        api::import_notice(&mut store, &today, &NoticeInput { text: partial, source_url: None }).unwrap_err();
    assert!(e.to_string().contains("incomplete") && e.to_string().contains("国庆节"), "{e}");
    let years = api::calendar_years(&store, &today).unwrap();
    assert!(matches!(years.iter().find(|y| y.year == 2027).unwrap().source, YearSource::Provisional));
    // An official year cannot be overridden by an import.
    let e =
        api::import_notice(&mut store, &today, &NoticeInput { text: notice("2026.txt"), source_url: None })
            .unwrap_err();
    assert!(e.to_string().contains("official"), "{e}");
}

#[test]
fn cli_import_notice_previews_without_yes_and_stores_with_it() {
    let (dir, _) = temp_store();
    let file = fixture("holiday-notices/invented-2027-TEST-ONLY.txt");
    let f = file.to_str().unwrap();
    let preview = out(dir.path(), &["calendar", "import-notice", f]);
    assert!(preview.contains("preview only") && preview.contains("班"), "{preview}");
    let years = out(dir.path(), &["calendar", "years"]);
    assert!(years.contains("2027\tprovisional"), "{years}");
    let stored =
        out(dir.path(), &["calendar", "import-notice", f, "--source", "https://example.invalid/n", "--yes"]);
    assert!(stored.contains("imported by the user"), "{stored}");
    let years = out(dir.path(), &["calendar", "years"]);
    assert!(years.contains("2027\timported by the user") && years.contains("2028\tprovisional"), "{years}");
}

#[test]
fn cli_import_notice_with_yes_prints_the_deadlines_that_moved() {
    let (dir, mut store) = temp_store();
    let id = sent_cn_request(&mut store, "2026-12-15");
    drop(store);
    let db = dir.path().join(rightsdesk::store::DB_FILE_NAME);
    let file = fixture("holiday-notices/invented-2027-TEST-ONLY.txt");
    let run = |args: &[&str]| {
        let o = cli_on(&db).env(rightsdesk::clock::TODAY_ENV, "2026-12-15").args(args).output().unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        String::from_utf8(o.stdout).unwrap()
    };
    let f = file.to_str().unwrap();
    let preview = run(&["calendar", "import-notice", f]);
    assert!(preview.contains(&format!("request #{id} (Taobao): due provisional 2027-01-06")), "{preview}");
    let stored = run(&["calendar", "import-notice", f, "--yes"]);
    assert!(stored.contains(&format!("request #{id} (Taobao): due provisional 2027-01-06")), "{stored}");
    assert!(stored.contains("-> 2027-01-07"), "{stored}");
    let json: serde_json::Value =
        serde_json::from_str(&run(&["calendar", "import-notice", f, "--yes", "--json"])).unwrap();
    assert!(json["moved"].as_array().unwrap().is_empty(), "already imported: nothing moves again");
}
