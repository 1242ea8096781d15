//! A request from start to evidence: account → new request with preview →
//! create → mark as sent → log a reply; the dashboard and the Chinese UI on the way.

use rightsdesk_e2e::Session;

#[tokio::test(flavor = "multi_thread")]
async fn a_deletion_request_is_drafted_sent_and_answered() {
    let s = Session::start("requests").await;
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
