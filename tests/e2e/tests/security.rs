//! Encryption from Settings: refused when the two passphrases differ, turned
//! on otherwise; after a restart the app is locked, refuses a wrong
//! passphrase and opens with the right one, with the data still there.

use rightsdesk_e2e::Session;

const PASSPHRASE: &str = "correct horse battery staple";

#[tokio::test(flavor = "multi_thread")]
async fn encryption_turned_on_in_settings_locks_the_next_start() {
    let mut s = Session::start("security", "2026-12-02").await;
    s.use_language("en-US").await;
    s.go("#/holders?add=1").await;
    s.type_into("#holder-name", "Bilibili").await;
    s.type_into("#holder-name-zh", "哔哩哔哩").await;
    s.click("#holder-save").await;
    s.wait_for_text(".holder-row", "Bilibili").await;

    s.click("#nav-settings").await;
    let security = "section[aria-labelledby=security-title]";
    s.wait_for_text(security, "not encrypted").await;
    s.screenshot("60-settings").await;

    // Two different passphrases are refused before anything happens.
    s.type_into("#encrypt-new", PASSPHRASE).await;
    s.type_into("#encrypt-repeat", "correct horse battery stapler").await;
    s.click("#encrypt-submit").await;
    s.wait_for_text("#encrypt-problem", "not the same").await;
    s.type_into("#encrypt-repeat", PASSPHRASE).await;
    s.click("#encrypt-submit").await;
    s.wait_for("#rekey-form").await;
    let text = s.wait_for_text(security, "Your data is encrypted").await;
    assert!(!text.contains("not encrypted"), "the page no longer says it is unencrypted: {text:?}");
    s.screenshot("61-settings-encrypted").await;

    // The next start asks for the passphrase.
    s.restart().await;
    s.wait_for("#unlock-passphrase").await;
    assert_eq!(s.count(".holder-row").await, 0, "nothing is shown while locked");
    s.type_into("#unlock-passphrase", "wrong horse").await;
    s.click("#unlock-submit").await;
    s.wait_for("#unlock-error").await;
    s.wait_for("#unlock-passphrase").await;
    s.screenshot("62-unlock-wrong-passphrase").await;
    s.type_into("#unlock-passphrase", PASSPHRASE).await;
    s.click("#unlock-submit").await;
    s.wait_gone("#unlock-form").await;
    s.go("#/holders").await;
    s.wait_for_text(".holder-row", "哔哩哔哩").await;
    s.click("#nav-settings").await;
    s.wait_for_text(security, "Your data is encrypted").await;
    s.finish().await;
}
