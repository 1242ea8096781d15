//! The inventory through the real window: add a company with the form, see it
//! listed, find it with the search box, and see the core's refusal of an empty name.

use rightsdesk_e2e::Session;

#[tokio::test(flavor = "multi_thread")]
async fn a_holder_added_through_the_form_appears_in_the_inventory() {
    let s = Session::start("inventory", "2026-12-02").await;
    s.use_language("en-US").await;
    s.wait_for("#dashboard-empty").await;
    s.screenshot("01-dashboard-empty").await;

    s.click("#nav-inventory").await;
    s.wait_for("#holders-empty").await;
    s.click("#add-holder").await;
    s.type_into("#holder-name", "Meituan").await;
    s.type_into("#holder-name-zh", "美团").await;
    s.type_into("#holder-operator", "北京三快在线科技有限公司").await;
    s.select("#holder-jurisdiction", "CN").await;
    s.select("#holder-kind", "app").await;
    s.type_into("#holder-email", "privacy@meituan.com").await;
    s.screenshot("02-add-holder-form").await;
    s.click("#holder-save").await;

    let row = s.wait_for_text(".holder-row", "Meituan").await;
    assert!(row.contains("美团"), "both names are listed: {row:?}");
    assert_eq!(s.count(".holder-row").await, 1, "exactly the one holder added");
    s.wait_for("#holder-added").await;
    s.screenshot("03-inventory-one-holder").await;

    // The search box matches the Chinese name, and says so when nothing matches.
    s.type_into("#holder-search", "美").await;
    assert_eq!(s.count(".holder-row").await, 1, "美 matches 美团");
    s.type_into("#holder-search", "taobao").await;
    s.wait_for("#holders-no-match").await;
    assert_eq!(s.count(".holder-row").await, 0);
    s.type_into("#holder-search", "").await;

    // An empty name is refused by the core, and the form shows it inline.
    s.click("#add-holder").await;
    s.click("#holder-save").await;
    let error = s.wait_for("#holder-form-error").await;
    assert_eq!(error.attr("data-code").await.unwrap().as_deref(), Some("invalid-input"));
    s.screenshot("04-add-holder-invalid").await;
    s.click("#holder-cancel").await;
    assert_eq!(s.count(".holder-row").await, 1, "nothing was added by the refused form");

    // Deleting asks first; cancelling keeps the holder, confirming removes it.
    s.click(".holder-row a").await;
    s.wait_for_text("#holder-title", "Meituan").await;
    s.click("#holder-delete").await;
    s.wait_for("#confirm-delete[open]").await;
    s.screenshot("05-delete-confirm").await;
    s.click("#confirm-delete [data-testid=confirm-cancel]").await;
    s.wait_gone("#confirm-delete[open]").await;
    s.wait_for("#holder-title").await;
    s.click("#holder-delete").await;
    s.wait_for("#confirm-delete[open]").await;
    s.click("#confirm-delete [data-testid=confirm-ok]").await;
    s.wait_for("#holders-empty").await;
    assert_eq!(s.count(".holder-row").await, 0, "the holder was deleted");
    s.finish().await;
}
