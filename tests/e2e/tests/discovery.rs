//! Finding holders: the 一证通查 SMS pasted into Import, previewed, confirmed
//! and listed in the inventory; then requests to them in every state, for the
//! dashboard (and its README screenshot).

use fantoccini::Locator;
use rightsdesk_e2e::{Session, screens_dir};

const SMS: &str = "【工业和信息化部】您的手机号码关联的互联网账号：微信(1个)、支付宝(2个)、美团(1个)。";

/// Opens the holder whose inventory row contains `name`.
async fn open_holder(s: &Session, name: &str) {
    s.go("#/holders").await;
    s.wait_for_text("#holders-table", name).await;
    for row in s.client.find_all(Locator::Css(".holder-row")).await.expect("holder rows") {
        if row.text().await.unwrap_or_default().contains(name) {
            row.find(Locator::Css("a")).await.expect("row link").click().await.expect("open holder");
            s.wait_for_text("#holder-title", name).await;
            return;
        }
    }
    panic!("no inventory row contains {name:?}");
}

/// Drafts a deletion request to the holder named `name` and, when `sent` is
/// given, marks it sent on that date; returns with the request page shown.
async fn deletion_request(s: &Session, name: &str, jurisdiction: Option<&str>, sent: Option<&str>) {
    open_holder(s, name).await;
    s.click("#new-request").await;
    s.click("#situation-delete-data").await;
    if let Some(j) = jurisdiction {
        s.select("#request-jurisdiction", j).await;
    }
    if let Some(date) = sent {
        // A letter recorded after the fact carries the date it was written.
        s.set_value("#letter-date", date).await;
    }
    s.wait_for("#letter-preview").await;
    s.click("#request-create").await;
    s.wait_for_text("#request-status", "Draft").await;
    if let Some(date) = sent {
        s.set_value("#sent-date", date).await;
        s.select("#sent-channel", "webform").await;
        s.click("#mark-sent").await;
        s.wait_for("#log-reply").await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn holders_from_the_miit_sms_are_imported_and_fill_the_dashboard() {
    let s = Session::start("discovery", "2026-11-24").await;
    s.use_language("en-US").await;

    // Paste the SMS, read it, see one row per app.
    s.click("#nav-import").await;
    s.click("#import-source-sms").await;
    s.type_into("#import-sms", SMS).await;
    s.click("#import-start").await;
    s.wait_count(".import-row", 3).await;
    let preview = s.text_of("#import-preview").await;
    for name in ["微信", "支付宝", "美团"] {
        assert!(preview.contains(name), "{name} is proposed: {preview:?}");
    }
    assert_eq!(s.count(".import-row[data-unresolved=true]").await, 0, "all three are in the directory");
    s.screenshot("50-import-sms-preview").await;
    let confirm = s.text_of("#import-confirm").await;
    assert!(confirm.contains('3'), "all three are chosen: {confirm:?}");
    s.click("#import-confirm").await;
    let outcome = s.wait_for_text("#import-outcome", "3 added").await;
    assert!(outcome.contains("0 updated"), "{outcome:?}");
    s.wait_gone("#import-preview").await;

    // The inventory lists them, with their English and Chinese names.
    s.click("#import-outcome a").await;
    s.wait_count(".holder-row", 3).await;
    let table = s.text_of("#holders-table").await;
    for name in ["WeChat", "微信", "Alipay", "支付宝", "Meituan", "美团"] {
        assert!(table.contains(name), "{name} is listed: {table:?}");
    }
    s.screenshot("51-inventory-imported").await;

    // Requests in different states: overdue, due this week, waiting, draft, answered.
    deletion_request(&s, "Meituan", None, Some("2026-03-02")).await;
    s.wait_for_text("#request-status", "Overdue").await;
    deletion_request(&s, "WeChat", None, Some("2026-11-23")).await;
    s.wait_for_text("#request-status", "Sent").await;
    deletion_request(&s, "Alipay", None, None).await;
    // One month from 26 October (GDPR) falls within the week.
    s.click("#nav-inventory").await;
    s.click("#add-from-directory").await;
    s.type_into("#directory-query", "spotify").await;
    s.click(".directory-hit[data-entry='da:spotify'] button").await;
    s.wait_for_text("#holder-title", "Spotify").await;
    deletion_request(&s, "Spotify", None, Some("2026-10-26")).await;
    s.wait_for_text("#due-date", "2026-11-26").await;
    deletion_request(&s, "WeChat", None, Some("2026-10-12")).await;
    s.click("#log-reply").await;
    s.set_value("#log-date", "2026-10-20").await;
    s.type_into("#log-text", "已收到，处理中。").await;
    s.click("#log-save").await;
    s.wait_for_text("#request-status", "Answered").await;

    s.click("#nav-dashboard").await;
    s.wait_for_text("#dashboard-overdue", "Meituan").await;
    s.wait_for_text("#dashboard-due-week", "Spotify").await;
    s.wait_for_text("#dashboard-waiting", "WeChat").await;
    s.wait_for_text("#dashboard-drafts", "Alipay").await;
    assert_eq!(
        s.count("#dashboard-waiting [data-testid=dashboard-request]").await,
        1,
        "the answered one waits no more"
    );
    assert_eq!(s.count("[data-testid=dashboard-request]").await, 4, "overdue, due this week, waiting, draft");
    s.wait_for("#dashboard-counts-title").await;
    let shot = s.screenshot("52-dashboard-several-states").await;
    std::fs::copy(&shot, screens_dir().join("dashboard-readme.png")).expect("dashboard-readme.png");

    // Every screen, with data, at the smallest window the app allows: nothing
    // scrolls sideways.
    s.window_size(1024, 700).await;
    let screens: [(&str, &str, &str); 6] = [
        ("#/", "#dashboard-overdue", "53-small-dashboard"),
        ("#/holders", ".holder-row", "54-small-inventory"),
        ("#/calendar?month=2026-11", "td[data-date='2026-11-26'] .cal-item", "55-small-calendar"),
        ("#/import", "#import-source-sms", "56-small-import"),
        ("#/settings", "#encrypt-form", "57-small-settings"),
        ("#/holders?add=1", "#holder-form", "58-small-add-holder"),
    ];
    for (hash, ready, shot) in screens {
        s.go(hash).await;
        s.wait_for(ready).await;
        s.screenshot(shot).await;
        assert!(!s.scrolls_sideways().await, "{hash} scrolls sideways at 1024 × 700");
    }
    open_holder(&s, "Spotify").await;
    s.screenshot("59a-small-holder").await;
    assert!(!s.scrolls_sideways().await, "the holder page scrolls sideways at 1024 × 700");
    s.click("#new-request").await;
    s.wait_for("#letter-preview").await;
    s.screenshot("59b-small-wizard").await;
    assert!(!s.scrolls_sideways().await, "the wizard scrolls sideways at 1024 × 700");
    s.finish().await;
}
