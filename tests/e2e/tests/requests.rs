//! A request from start to evidence: account → new request with preview →
//! create → mark as sent → log a reply; the dashboard and the Chinese UI on the way.
//! Then two whole journeys on fixed dates: a Chinese deletion request (15
//! working days) and a GDPR one (one month), each ending in an evidence PDF.

use rightsdesk_e2e::Session;

#[tokio::test(flavor = "multi_thread")]
async fn a_deletion_request_is_drafted_sent_and_answered() {
    let s = Session::start("requests", "2026-05-12").await;
    s.use_language("en-US").await;
    s.go("#/holders?add=1").await;
    s.type_into("#holder-name", "Taobao").await;
    s.type_into("#holder-name-zh", "淘宝").await;
    s.select("#holder-kind", "ecommerce").await;
    s.type_into("#holder-email", "privacy@taobao.example").await;
    s.click("#holder-save").await;
    s.wait_for_text(".holder-row", "Taobao").await;
    s.click(".holder-row a").await;

    // An account with a phone number and biometric data.
    s.wait_for("#holder-title").await;
    s.click("#account-add").await;
    s.type_into("#account-id-value-0", "13800138000").await;
    s.click("#account-category-biometrics").await;
    s.click("#account-category-purchase-history").await;
    s.screenshot("10-account-form").await;
    s.click("#account-save").await;
    s.wait_for_text(".account-row", "13800138000").await;
    s.screenshot("11-holder-page").await;

    // The wizard previews the letter with its legal basis and deadline.
    s.click("#new-request").await;
    s.click("#request-kind-deletion").await;
    let letter = s.wait_for_text("#letter-preview", "13800138000").await;
    assert!(!letter.is_empty());
    s.wait_for("#rule-label").await;
    s.screenshot("12-new-request-preview").await;
    s.click("#request-create").await;

    // The request page: a draft, then sent, then answered.
    s.wait_for_text("#request-status", "Draft").await;
    s.wait_for("#mark-sent").await;
    s.select("#sent-channel", "email").await;
    s.screenshot("13-request-draft").await;
    s.click("#mark-sent").await;
    s.wait_for_text("#request-status", "Sent").await;
    // Sent "today": the app's today, from the core's clock, not the machine's date.
    s.wait_for_text(".event-row[data-kind=sent]", "2026-05-12").await;
    let countdown = s.text_of("#request-countdown").await;
    assert!(countdown.contains("left") || countdown.contains("today"), "a running clock: {countdown:?}");
    s.click("#log-reply").await;
    s.type_into("#log-text", "They say the data will be deleted within 15 working days.").await;
    s.click("#log-save").await;
    s.wait_for_text("#request-status", "Answered").await;
    assert_eq!(s.count(".event-row").await, 3, "created, sent, reply");
    s.screenshot("14-request-answered").await;

    // The smallest window the app allows still shows the page whole.
    s.window_size(1024, 700).await;
    s.screenshot("14b-request-1024x700").await;
    let overflow: bool = s
        .client
        .execute("return document.documentElement.scrollWidth > window.innerWidth;", vec![])
        .await
        .expect("measure the page")
        .as_bool()
        .unwrap_or(true);
    assert!(!overflow, "no horizontal scrolling at 1024 × 700");

    // The dashboard counts it; the Chinese UI switches live.
    s.click("#nav-dashboard").await;
    s.wait_for("#dashboard-counts").await;
    s.select("#lang-switch", "zh-CN").await;
    s.wait_for_text("#nav-dashboard", "概览").await;
    s.screenshot("15-dashboard-zh").await;
    s.go("#/holders").await;
    s.wait_for_text(".holder-row", "淘宝").await;
    s.screenshot("16-inventory-zh").await;
    s.finish().await;
}

/// The whole Chinese journey: first run → holder → deletion request in
/// Chinese → sent on 2026-03-02 → due 2026-03-23 on the page and in the
/// calendar → a reply with a screenshot → fulfilled → evidence PDF.
#[tokio::test(flavor = "multi_thread")]
async fn a_chinese_deletion_request_runs_from_first_start_to_evidence() {
    let s = Session::start("journey-zh", "2026-04-15").await;
    s.use_language("zh-CN").await;
    s.wait_for("#dashboard-empty").await;
    s.screenshot("20-zh-first-run").await;

    // A holder, added by hand.
    s.click("#dashboard-add-holder").await;
    s.type_into("#holder-name", "Xiaohongshu").await;
    s.type_into("#holder-name-zh", "小红书").await;
    s.select("#holder-jurisdiction", "CN").await;
    s.select("#holder-kind", "app").await;
    s.type_into("#holder-email", "privacy@xiaohongshu.example").await;
    s.click("#holder-save").await;
    let row = s.wait_for_text(".holder-row", "小红书").await;
    assert!(row.contains("Xiaohongshu"), "both names in the zh list: {row:?}");
    s.click(".holder-row a").await;
    s.wait_for_text("#holder-title", "小红书").await;
    s.click("#account-add").await;
    s.type_into("#account-id-value-0", "13900139000").await;
    s.click("#account-save").await;
    s.wait_for_text(".account-row", "13900139000").await;
    s.screenshot("21-zh-holder-page").await;

    // The wizard: a plain-words situation picks the request type; the letter is Chinese.
    s.click("#new-request").await;
    s.click("#situation-delete-data").await;
    assert!(s.wait_for("#request-kind-deletion").await.is_selected().await.unwrap(), "删除 is chosen");
    assert!(
        s.wait_for("#request-language-zh-CN").await.is_selected().await.unwrap(),
        "a Chinese letter for a CN holder"
    );
    let letter = s.wait_for_text("#letter-preview", "13900139000").await;
    assert!(letter.contains("删除"), "the letter asks for deletion in Chinese: {letter:?}");
    let rule = s.wait_for_text("[data-testid=rule]", "仅供参考").await;
    assert!(rule.contains("15"), "the 15-working-day reference: {rule:?}");
    s.screenshot("22-zh-wizard").await;
    // Recorded after the fact: the letter carries the date it was written.
    s.set_value("#letter-date", "2026-03-02").await;
    s.wait_for_text("#letter-preview", "2026年3月2日").await;
    s.click("#request-create").await;

    // Sent on a fixed date: due 2026-03-23 (15 working days), long overdue by today.
    s.wait_for_text("#request-status", "草稿").await;
    s.set_value("#sent-date", "2026-03-02").await;
    s.select("#sent-channel", "email").await;
    s.click("#mark-sent").await;
    s.wait_for_text("#request-status", "已超期").await;
    s.wait_for_text("#due-date", "2026-03-23").await;
    s.wait_for_text("[data-testid=rule]", "仅供参考").await;
    s.wait_for_text(".event-row[data-kind=sent]", "2026-03-02").await;
    let countdown = s.text_of("#request-countdown").await;
    assert!(countdown.contains("已超期"), "the clock says overdue: {countdown:?}");
    s.screenshot("23-zh-request-sent").await;

    // The calendar of March 2026 shows it on the 23rd, and nowhere else.
    s.go("#/calendar?month=2026-03").await;
    let day = s.wait_for_text("td[data-date='2026-03-23'] .cal-item", "小红书").await;
    assert!(day.contains("删除"), "the entry names the request: {day:?}");
    assert_eq!(s.count(".cal-item[data-kind=due]").await, 1, "one deadline in the month");
    let title = s.text_of("#calendar-month").await;
    assert!(title.contains("2026") && title.contains('3'), "the month shown: {title:?}");
    s.screenshot("24-zh-calendar-2026-03").await;

    // Back to the request through the calendar entry; a reply with a screenshot.
    s.click("td[data-date='2026-03-23'] .cal-item a").await;
    s.wait_for_text("#request-status", "已超期").await;
    s.put_pick_file("小红书回复.png", rightsdesk_e2e::TINY_PNG);
    s.click("#log-reply").await;
    s.set_value("#log-date", "2026-03-20").await;
    s.type_into("#log-text", "客服回复：将在15个工作日内删除。").await;
    s.click("#log-attach").await;
    s.wait_for_text("#log-form .attachments", "小红书回复.png").await;
    s.screenshot("25-zh-log-reply").await;
    s.click("#log-save").await;
    s.wait_for_text("#request-status", "已答复").await;
    let reply = s.wait_for_text(".event-row[data-kind=reply-received]", "小红书回复.png").await;
    assert!(reply.contains("2026-03-20"), "the reply's date: {reply:?}");
    s.clear_pick_files();

    // Fulfilled.
    s.click("#log-fulfilled").await;
    s.set_value("#log-date", "2026-03-22").await;
    s.type_into("#log-text", "已确认删除。").await;
    s.click("#log-save").await;
    s.wait_for_text("#request-status", "已办结").await;
    s.wait_count(".event-row", 4).await;
    s.screenshot("26-zh-request-fulfilled").await;

    // Evidence PDF, saved where the (stand-in) dialog says.
    assert!(s.saved_files().is_empty(), "nothing saved yet");
    s.click("#export-evidence").await;
    s.wait_for("#export-evidence-saved").await;
    let pdfs = s.saved_pdfs();
    assert_eq!(pdfs.len(), 1, "one evidence PDF in save/: {:?}", s.saved_files());
    assert!(std::fs::metadata(&pdfs[0]).unwrap().len() > 1000, "a real PDF, not an empty file");
    s.screenshot("27-zh-evidence-saved").await;

    s.click("#nav-dashboard").await;
    s.wait_for("#dashboard-counts-title").await;
    s.screenshot("28-zh-dashboard").await;
    s.finish().await;
}

/// GDPR in English: Spotify from the directory, one month to answer, the holder dossier.
#[tokio::test(flavor = "multi_thread")]
async fn a_gdpr_deletion_request_to_spotify_ends_in_a_dossier() {
    let s = Session::start("journey-gdpr", "2026-04-15").await;
    s.use_language("en-US").await;
    s.click("#nav-inventory").await;
    s.click("#add-from-directory").await;
    s.type_into("#directory-query", "spotify").await;
    let hit = s.wait_for_text(".directory-hit[data-entry='da:spotify']", "Spotify AB").await;
    assert!(hit.contains("privacy@spotify.com"), "the directory's contact: {hit:?}");
    s.screenshot("30-gdpr-directory-search").await;
    s.click(".directory-hit[data-entry='da:spotify'] button").await;
    s.wait_for_text("#holder-title", "Spotify").await;
    s.wait_for_text("#contacts-title + dl", "privacy@spotify.com").await;

    s.click("#account-add").await;
    s.select("#account-id-kind-0", "email").await;
    s.type_into("#account-id-value-0", "listener@example.org").await;
    s.click("#account-save").await;
    s.wait_for_text(".account-row", "listener@example.org").await;
    s.screenshot("31-gdpr-holder-page").await;

    s.click("#new-request").await;
    s.click("#situation-delete-data").await;
    let jurisdiction = s.wait_for("#request-jurisdiction").await.prop("value").await.unwrap();
    assert_eq!(jurisdiction.as_deref(), Some("EU"), "the directory's jurisdiction is proposed");
    assert!(s.wait_for("#request-language-en-US").await.is_selected().await.unwrap(), "an English letter");
    let letter = s.wait_for_text("#letter-preview", "listener@example.org").await;
    assert!(letter.contains("17"), "the letter cites GDPR Art. 17: {letter:?}");
    s.wait_for_text("#rule-label", "One month").await;
    s.screenshot("32-gdpr-wizard").await;
    s.set_value("#letter-date", "2026-03-02").await;
    s.click("#request-create").await;

    s.wait_for_text("#request-status", "Draft").await;
    s.set_value("#sent-date", "2026-03-02").await;
    s.select("#sent-channel", "email").await;
    s.click("#mark-sent").await;
    s.wait_for_text("#request-status", "Overdue").await;
    // One month from 2 March is 2 April (GDPR Art. 12(3)).
    s.wait_for_text("#due-date", "2026-04-02").await;
    s.wait_for_text("[data-testid=rule]", "Binding law").await;
    s.screenshot("33-gdpr-request-sent").await;

    s.put_pick_file("spotify-reply.png", rightsdesk_e2e::TINY_PNG);
    s.click("#log-reply").await;
    s.set_value("#log-date", "2026-03-30").await;
    s.type_into("#log-text", "Spotify confirms the account is scheduled for deletion.").await;
    s.click("#log-attach").await;
    s.wait_for_text("#log-form .attachments", "spotify-reply.png").await;
    s.click("#log-save").await;
    s.wait_for_text("#request-status", "Answered").await;
    s.wait_for_text(".event-row[data-kind=reply-received]", "spotify-reply.png").await;
    s.clear_pick_files();
    s.click("#log-fulfilled").await;
    s.set_value("#log-date", "2026-04-01").await;
    s.click("#log-save").await;
    s.wait_for_text("#request-status", "Fulfilled").await;
    s.wait_count(".event-row", 4).await;
    s.screenshot("34-gdpr-request-fulfilled").await;

    // The holder's dossier: every request to Spotify in one PDF.
    s.click(".crumbs a:nth-of-type(2)").await;
    s.wait_for_text("#holder-title", "Spotify").await;
    s.wait_for_text(".request-row", "Fulfilled").await;
    s.click("#export-dossier").await;
    s.wait_for("#export-dossier-saved").await;
    let pdfs = s.saved_pdfs();
    assert_eq!(pdfs.len(), 1, "one dossier PDF in save/: {:?}", s.saved_files());
    s.screenshot("35-gdpr-dossier-saved").await;
    s.finish().await;
}
