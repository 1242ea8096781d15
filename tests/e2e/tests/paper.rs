//! A letter on paper: a property manager (物业) that makes residents use face
//! recognition at the gate has no e-mail address, so the objection is printed,
//! handed over, and the name of whoever signed for it goes into the record.

use rightsdesk_e2e::Session;

#[tokio::test(flavor = "multi_thread")]
async fn a_face_recognition_objection_is_printed_and_handed_to_the_property_manager() {
    let s = Session::start("paper", "2026-11-24").await;
    s.use_language("zh-CN").await;
    s.go("#/holders?add=1").await;
    s.type_into("#holder-name", "阳光花园物业").await;
    s.select("#holder-jurisdiction", "CN").await;
    s.select("#holder-kind", "property").await;
    s.type_into("#holder-address", "上海市浦东新区阳光花园小区物业服务中心").await;
    s.click("#holder-save").await;
    s.wait_for_text(".holder-row", "阳光花园物业").await;
    s.click(".holder-row a").await;
    s.wait_for_text("#holder-title", "阳光花园物业").await;

    // The situation in plain words picks the objection, and says it goes on paper.
    s.click("#new-request").await;
    s.wait_for("#request-situations").await;
    assert_eq!(s.count("#situation-paper-hint").await, 0, "no paper hint before a situation is chosen");
    s.click("#situation-face-recognition").await;
    s.wait_for("#situation-paper-hint").await;
    assert!(
        s.wait_for("#request-kind-biometric-objection").await.is_selected().await.unwrap(),
        "拒绝人脸识别 is chosen"
    );
    let letter = s.wait_for_text("#letter-preview", "人脸").await;
    assert!(letter.contains("阳光花园物业"), "the letter is addressed to the property manager: {letter:?}");
    s.screenshot("40-paper-wizard-face").await;
    // Another situation takes the hint away again.
    s.click("#situation-delete-data").await;
    s.wait_gone("#situation-paper-hint").await;
    s.click("#situation-face-recognition").await;
    s.wait_for("#situation-paper-hint").await;
    s.set_value("#letter-date", "2026-11-20").await;
    s.click("#request-create").await;

    // No e-mail to open; a PDF to print instead.
    s.wait_for_text("#request-status", "草稿").await;
    assert_eq!(s.count("#letter-mail").await, 0, "no e-mail button without an address");
    s.click("#letter-pdf").await;
    let saved = s.wait_for_text("#letter-pdf-saved", ".pdf").await;
    let pdfs = s.saved_pdfs();
    assert_eq!(pdfs.len(), 1, "one letter PDF in save/: {:?}", s.saved_files());
    let name = pdfs[0].file_name().unwrap().to_string_lossy().into_owned();
    assert!(saved.contains(&name), "the notice names the file written ({name}): {saved:?}");

    // Handed over: the channel is proposed, and the signer's name is recorded.
    let channel = s.wait_for("#sent-channel").await.prop("value").await.unwrap();
    assert_eq!(channel.as_deref(), Some("hand"), "a property manager gets the letter by hand");
    s.set_value("#sent-date", "2026-11-20").await;
    s.type_into("#sent-tracking", "王师傅").await;
    s.screenshot("41-paper-send-by-hand").await;
    s.click("#mark-sent").await;
    s.wait_for_text("#request-status", "已发出").await;
    let sent = s.wait_for_text(".event-row[data-kind=sent]", "王师傅").await;
    assert!(sent.contains("2026-11-20"), "the day it was handed over: {sent:?}");
    assert!(sent.contains("当面"), "the channel is named: {sent:?}");
    s.screenshot("42-paper-sent").await;
    s.finish().await;
}
