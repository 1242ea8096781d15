//! Evidence PDFs (issue #6) and the printable letter (issue #9): what the PDF
//! says (read back with poppler's `pdftotext`), that it is reproducible, and
//! that tampering with the store is caught.

use crate::support::*;
use predicates::prelude::*;
use rightsdesk::api::{self, DraftInput, EvidenceOptions, ExportTarget, LogInput, SendInput};
use rightsdesk::clock::Now;
use rightsdesk::evidence::{self, FileCheck, FileState, PictureRef, Reader, RequestRecord};
use rightsdesk::holder::{DataCategory, Holder, HolderFields, HolderKind};
use rightsdesk::i18n::{Locale, Localizer};
use rightsdesk::ids::RequestId;
use rightsdesk::jurisdiction::Jurisdiction;
use rightsdesk::letter::{Sender, format_date};
use rightsdesk::request::{DeliveryChannel, EventKind, RequestKind};
use rightsdesk::store::{Store, VerifyProblem};
use std::collections::BTreeMap;
use std::path::Path;

/// A small but real PNG: a red bar on white.
fn png_bytes(w: u32, h: u32) -> Vec<u8> {
    let mut px = vec![255u8; (w * h * 3) as usize];
    for x in 0..w as usize {
        px[x * 3 + 1] = 0;
        px[x * 3 + 2] = 0;
    }
    let mut out = Vec::new();
    let mut enc = png::Encoder::new(&mut out, w, h);
    enc.set_color(png::ColorType::Rgb);
    enc.set_depth(png::BitDepth::Eight);
    let mut writer = enc.write_header().unwrap();
    writer.write_image_data(&px).unwrap();
    writer.finish().unwrap();
    out
}

fn pdftotext(dir: &Path, name: &str, pdf: &[u8]) -> String {
    let path = dir.join(name);
    std::fs::write(&path, pdf).unwrap();
    let out = std::process::Command::new("pdftotext")
        .arg("-enc")
        .arg("UTF-8")
        .arg(&path)
        .arg("-")
        .output()
        .expect("poppler's pdftotext is installed (apt-get install poppler-utils)");
    assert!(out.status.success(), "pdftotext failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn tool(dir: &Path, tool: &str, pdf: &[u8]) -> String {
    let path = dir.join(format!("{tool}.pdf"));
    std::fs::write(&path, pdf).unwrap();
    let out = std::process::Command::new(tool).arg(&path).output().unwrap();
    assert!(out.status.success(), "{tool} failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn draft(holder: &Holder, kind: RequestKind, d: &str) -> DraftInput {
    DraftInput {
        holder_id: holder.id,
        kind,
        jurisdiction: None,
        language: Locale::ZhCn,
        reason: None,
        ground: None,
        correction: None,
        letter_date: Some(date(d)),
        identifiers: None,
        parent_id: None,
        sender: None,
    }
}

struct Case {
    dir: tempfile::TempDir,
    store: Store,
    holder: Holder,
    request: RequestId,
    png_sha: String,
}

/// A deletion request to Taobao sent by post, acknowledged, answered with a screenshot.
fn case() -> Case {
    let (dir, mut store) = temp_store();
    let h = holder(&store, "Taobao", Jurisdiction::Cn, HolderKind::Ecommerce);
    account(&store, &h, &["phone:13800138000"], &[DataCategory::ContactDetails]);
    let t = now("2026-01-05");
    let r = api::create_request(&mut store, &draft(&h, RequestKind::Deletion, "2026-01-05"), &t).unwrap();
    let id = r.request.id;
    api::mark_sent(
        &mut store,
        id,
        &SendInput {
            date: date("2026-01-05"),
            channel: Some(DeliveryChannel::Post),
            tracking: Some("EMS1234567890CN".into()),
        },
        &t,
    )
    .unwrap();
    let shot = dir.path().join("reply-screenshot.png");
    let png = png_bytes(64, 40);
    std::fs::write(&shot, &png).unwrap();
    api::log_event(
        &mut store,
        id,
        &LogInput {
            kind: EventKind::ReplyReceived,
            date: date("2026-02-10"),
            text: "您好，我们无法删除您的信息。We cannot delete your data.".into(),
            files: vec![shot],
        },
        &now("2026-02-10"),
    )
    .unwrap();
    let png_sha = rightsdesk::request::chain::sha256_hex(&png);
    Case { dir, store, holder: h, request: id, png_sha }
}

fn options(locale: Locale) -> EvidenceOptions {
    EvidenceOptions {
        locale,
        sender: Some(Sender {
            name: Some("王小明".into()),
            contact: Some("wang@example.cn".into()),
            address: None,
        }),
    }
}

#[test]
fn a_request_pdf_has_chinese_and_english_text_dates_digest_and_attachment_hash() {
    let c = case();
    let at = now("2026-03-30");
    let detail = api::get_request(&c.store, c.request, &at).unwrap();
    let zh = api::export_evidence(&c.store, ExportTarget::Request(c.request), &options(Locale::ZhCn), &at)
        .unwrap();
    assert!(zh.starts_with(b"%PDF-"), "a PDF");
    let text = pdftotext(c.dir.path(), "zh.pdf", &zh);
    for needle in [
        "个人信息权利请求证据材料",
        "Taobao（中文名）（Taobao）",
        "Taobao Operator Ltd.",
        "王小明",
        "删除个人信息",
        "2026年1月5日",
        "2026年2月10日",
        "EMS1234567890CN",
        "我们无法删除您的信息。We cannot delete your data.",
        "13800138000",
        "reply-screenshot.png",
        "rightsdesk verify",
        "第 1 页",
        "导出日期：2026年3月30日",
        &detail.digest,
        &c.png_sha,
    ] {
        assert!(text.contains(needle), "the Chinese PDF must contain {needle:?}:\n{text}");
    }
    assert!(text.contains("《个人信息保护法》第四十七条"), "the legal basis is cited:\n{text}");
    for e in &detail.events {
        assert!(text.contains(&e.hash), "every event hash is printed (event {})", e.id);
    }

    let en = api::export_evidence(&c.store, ExportTarget::Request(c.request), &options(Locale::EnUs), &at)
        .unwrap();
    let text = pdftotext(c.dir.path(), "en.pdf", &en);
    for needle in [
        "Evidence of a personal-data request",
        "Taobao (Taobao（中文名）)",
        "5 January 2026",
        "10 February 2026",
        "Reply received",
        "by post",
        "Exported on 30 March 2026",
        "Page 1 of",
        &detail.digest,
        &c.png_sha,
    ] {
        assert!(text.contains(needle), "the English PDF must contain {needle:?}:\n{text}");
    }
}

/// The rows of a poppler listing (pdffonts, pdfimages -list): the lines under
/// its `-----` rule. A listing without the rule has no rows.
fn table_rows(listing: &str) -> Vec<&str> {
    listing.lines().skip_while(|l| !l.starts_with("---")).skip(1).filter(|l| !l.trim().is_empty()).collect()
}

#[test]
fn the_pdf_embeds_a_font_subset_and_the_screenshot_and_is_reproducible() {
    let c = case();
    let at = now("2026-03-30");
    let export =
        || api::export_evidence(&c.store, ExportTarget::Request(c.request), &options(Locale::ZhCn), &at);
    let pdf = export().unwrap();
    assert_eq!(pdf, export().unwrap(), "the same records and export time give the same bytes");
    assert!(pdf.len() < 150 * 1024, "a small case stays small with a subset font: {} bytes", pdf.len());

    let fonts = tool(c.dir.path(), "pdffonts", &pdf);
    let font_lines = table_rows(&fonts);
    assert_eq!(font_lines.len(), 2, "the text face and the mono face for hashes:\n{fonts}");
    assert!(font_lines[0].starts_with("RDSKAA+WenQuanYiMicroHei "), "a subset tag:\n{fonts}");
    assert!(font_lines[1].starts_with("RDSKAB+WenQuanYiMicroHeiMono"), "a subset tag:\n{fonts}");
    for line in font_lines {
        let cols: Vec<&str> = line.split_whitespace().collect();
        assert!(
            cols.windows(3).any(|w| w == ["yes", "yes", "yes"]),
            "embedded, subset, with ToUnicode:\n{fonts}"
        );
    }

    let path = c.dir.path().join("img.pdf");
    std::fs::write(&path, &pdf).unwrap();
    let list = std::process::Command::new("pdfimages").arg("-list").arg(&path).output().unwrap();
    let list = String::from_utf8(list.stdout).unwrap();
    let rows = table_rows(&list);
    assert_eq!(rows.len(), 1, "the screenshot is on a page:\n{list}");
    assert!(rows[0].contains("64") && rows[0].contains("40"), "at its pixel size:\n{list}");

    let info = tool(c.dir.path(), "pdfinfo", &pdf);
    assert!(info.contains(" pts (A4)"), "{info}");
    assert!(!info.contains("PDF/X"), "no claim of a PDF/X conformance it does not have:\n{info}");
    assert!(
        info.contains("CreationDate:    Mon Mar 30 12:00:00 2026 UTC"),
        "the export time, not the clock:\n{info}"
    );
}

#[test]
fn the_case_model_has_the_facts_timeline_attachments_and_hashes_without_any_pdf() {
    let c = case();
    let at = now("2026-03-30");
    let d = api::get_request(&c.store, c.request, &at).unwrap();
    let record = RequestRecord::from(&d);
    // Every file read back intact; the screenshot shown as a picture (the letter as sent is A1).
    let mut files: BTreeMap<String, FileCheck> = d
        .events
        .iter()
        .flat_map(|e| &e.attachments)
        .map(|a| {
            let check = FileCheck { state: FileState::Intact, picture: None, not_shown: None, mail: None };
            (a.sha256.clone(), check)
        })
        .collect();
    files.insert(
        c.png_sha.clone(),
        FileCheck {
            state: FileState::Intact,
            picture: Some(PictureRef { key: 0, width: 64, height: 40 }),
            not_shown: None,
            mail: None,
        },
    );
    let reader = Reader { locale: Locale::ZhCn, today: at.today, sender: None, l10n: Localizer::embedded() };
    let case = evidence::build(&[record], &c.holder, false, &files, reader);
    let r = &case.requests[0];
    let fact = |label: &str| r.facts.iter().find(|(l, _)| l == label).map(|(_, v)| v.as_str()).unwrap_or("");
    assert_eq!(fact("发送日期"), "2026年1月5日，邮寄\n邮件单号或签收人：EMS1234567890CN");
    let due = d.clock.as_ref().and_then(|c| c.due).and_then(|d| d.date()).unwrap();
    assert_eq!(fact("答复期限"), format_date(due, Locale::ZhCn));
    assert!(fact("期限依据").contains(&d.rule.as_ref().unwrap().label_zh), "the rule's label");
    assert!(fact("期限依据").contains("参考期限"), "a reference period is not called a statute");
    assert_eq!(fact("逾期情况"), "对方于 2026年2月10日 答复，已超过期限", "due {due}, answered later");
    assert_eq!(fact("最终摘要（SHA-256）"), d.digest);
    assert_eq!(r.timeline.len(), d.events.len(), "every event is in the timeline");
    assert_eq!(r.timeline[1].event, "发送请求");
    assert!(r.timeline[1].details.contains("附件 A1：letter-request-1.txt"), "the letter as sent is kept");
    assert!(r.timeline[2].details.contains("附件 A2：reply-screenshot.png"));
    assert_eq!(r.replies.len(), 1);
    assert_eq!(r.attachments[1].sha256, c.png_sha);
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    assert!(r.chain.iter().all(|l| l.intact));
    assert!(case.requester.is_empty(), "nothing about the requester unless they choose to show it");
}

#[test]
fn an_unanswered_request_shows_the_days_overdue() {
    let (_dir, mut store) = temp_store();
    let h = holder(&store, "Pinduoduo", Jurisdiction::Cn, HolderKind::App);
    let t = now("2026-01-05");
    let r = api::create_request(&mut store, &draft(&h, RequestKind::Deletion, "2026-01-05"), &t).unwrap();
    api::mark_sent(
        &mut store,
        r.request.id,
        &SendInput { date: date("2026-01-05"), channel: None, tracking: None },
        &t,
    )
    .unwrap();
    let at = now("2026-03-30");
    let d = api::get_request(&store, r.request.id, &at).unwrap();
    let case = evidence::build(
        &[RequestRecord::from(&d)],
        &h,
        false,
        &BTreeMap::new(),
        Reader { locale: Locale::EnUs, today: at.today, sender: None, l10n: Localizer::embedded() },
    );
    let overdue = &case.requests[0].facts.iter().find(|(l, _)| l == "Overdue").unwrap().1;
    assert!(
        overdue.starts_with("overdue by ") && overdue.contains("working days (as of 30 March 2026)"),
        "{overdue}"
    );
    let status = &case.requests[0].facts.iter().find(|(l, _)| l == "Current status").unwrap().1;
    assert_eq!(status, "overdue: no answer within the deadline");
}

#[test]
fn a_holder_dossier_contains_every_request_to_that_holder_and_no_other() {
    let (dir, mut store) = temp_store();
    let h = holder(&store, "Meituan", Jurisdiction::Cn, HolderKind::App);
    let other = holder(&store, "Douyin", Jurisdiction::Cn, HolderKind::App);
    let t = now("2026-01-07");
    let a = api::create_request(&mut store, &draft(&h, RequestKind::Deletion, "2026-01-05"), &t).unwrap();
    let b = api::create_request(&mut store, &draft(&h, RequestKind::Access, "2026-01-06"), &t).unwrap();
    let c = api::create_request(&mut store, &draft(&other, RequestKind::Deletion, "2026-01-07"), &t).unwrap();
    let at = now("2026-03-30");
    let pdf = api::export_evidence(&store, ExportTarget::Holder(h.id), &options(Locale::ZhCn), &at).unwrap();
    let text = pdftotext(dir.path(), "dossier.pdf", &pdf);
    assert!(text.contains("证据汇编"), "{text}");
    for r in [&a, &b] {
        assert!(
            text.contains(&format!("请求 #{}：", r.request.id)),
            "request {} is in the dossier",
            r.request.id
        );
        assert!(text.contains(&r.digest), "with its digest");
    }
    assert!(text.contains("查阅、复制个人信息") && text.contains("删除个人信息"));
    assert!(!text.contains(&format!("请求 #{}：", c.request.id)), "a request to another holder is not");
    assert!(!text.contains("Douyin"));
    let first = text.find(&format!("请求 #{}：", a.request.id)).unwrap();
    let second = text.find(&format!("请求 #{}：", b.request.id)).unwrap();
    assert!(first < second, "oldest first");
}

#[test]
fn tampering_with_an_event_or_an_attachment_is_caught_by_verify_and_flagged_in_the_next_export() {
    let c = case();
    let at = now("2026-03-30");
    let before =
        api::export_evidence(&c.store, ExportTarget::Request(c.request), &options(Locale::ZhCn), &at)
            .unwrap();
    assert!(c.store.verify().unwrap().is_intact());
    let events = c.store.list_events(c.request).unwrap();
    let sent = events.iter().find(|e| e.kind == EventKind::Sent).unwrap();
    let reply = events.iter().find(|e| e.kind == EventKind::ReplyReceived).unwrap();

    // An attacker with the file: drop the append-only guard and backdate the sending.
    let conn = c.store.raw_connection();
    conn.execute_batch("DROP TRIGGER events_no_update").unwrap();
    conn.execute("UPDATE events SET occurred_on = '2026-01-02' WHERE id = ?1", [sent.id.0]).unwrap();
    // … and swap the screenshot in the data folder.
    let blob = c.store.attachment_path(&c.png_sha).unwrap();
    std::fs::write(&blob, png_bytes(64, 41)).unwrap();

    let report = c.store.verify().unwrap();
    assert!(
        report.problems.contains(&VerifyProblem::EventAltered { request: c.request, event: sent.id }),
        "{:?}",
        report.problems
    );
    assert!(
        report.problems.contains(&VerifyProblem::AttachmentAltered {
            request: c.request,
            event: reply.id,
            name: "reply-screenshot.png".into()
        }),
        "{:?}",
        report.problems
    );

    let after = api::export_evidence(&c.store, ExportTarget::Request(c.request), &options(Locale::ZhCn), &at)
        .unwrap();
    assert_ne!(before, after);
    let text = pdftotext(c.dir.path(), "tampered.pdf", &after);
    // The event's link, the attachment's bytes and the sealed record (which covers the event's date).
    assert!(text.contains("警告：导出时发现 3 条记录与其哈希值不符"), "{text}");
    assert!(text.contains("与“数据权利助手”封存的记录不符"), "{text}");
    assert!(text.contains("事件 2 与其哈希值不符"), "{text}");
    assert!(text.contains("附件 A2（reply-screenshot.png）与其哈希值不符"), "{text}");
}

#[test]
fn the_printable_letter_has_sender_addressee_date_text_and_a_signature_line() {
    let (dir, mut store) = temp_store();
    let h = api::add_holder(
        &store,
        HolderFields {
            name: "Sunshine Estate Property".into(),
            name_zh: Some("阳光物业".into()),
            operator: Some("阳光物业服务有限公司".into()),
            jurisdiction: Some(Jurisdiction::Cn),
            kind: Some(HolderKind::Property),
            address: Some("上海市浦东新区阳光路1号物业服务中心".into()),
            ..Default::default()
        },
        &now("2026-03-01"),
    )
    .unwrap();
    let r = api::create_request(
        &mut store,
        &draft(&h, RequestKind::BiometricObjection, "2026-03-02"),
        &now("2026-03-02"),
    )
    .unwrap();
    let sender = Sender {
        name: Some("李华".into()),
        contact: Some("13900139000".into()),
        address: Some("上海市浦东新区阳光花园3号楼501".into()),
    };
    let pdf = api::letter_pdf(&store, r.request.id, None, &sender, &Now::fixed(date("2026-03-02"))).unwrap();
    let text = pdftotext(dir.path(), "letter.pdf", &pdf);
    for needle in [
        "寄件人",
        "李华",
        "上海市浦东新区阳光花园3号楼501",
        "收件人",
        "阳光物业服务有限公司",
        "上海市浦东新区阳光路1号物业服务中心",
        "日期：2026年3月2日",
        "签名：",
        "人脸",
        "第 1 页",
    ] {
        assert!(text.contains(needle), "the letter must contain {needle:?}:\n{text}");
    }
    for line in r.request.body.lines().filter(|l| l.chars().count() > 4 && l.chars().count() < 20) {
        assert!(text.contains(line.trim()), "line {line:?} of the stored letter is printed");
    }
    let en =
        api::letter_pdf(&store, r.request.id, Some(Locale::EnUs), &sender, &Now::fixed(date("2026-03-02")))
            .unwrap();
    let text = pdftotext(dir.path(), "letter-en.pdf", &en);
    assert!(text.contains("Signature:") && text.contains("Date: 2 March 2026"), "{text}");
}

#[test]
fn cli_exports_a_request_a_dossier_and_a_printable_letter() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let h = out(
        d,
        &[
            "holder",
            "add",
            "--name",
            "Sunshine Estate Property",
            "--name-zh",
            "阳光物业",
            "--kind",
            "property",
            "--jurisdiction",
            "CN",
            "--address",
            "上海市阳光路1号",
        ],
    );
    let r =
        out(d, &["request", "new", "--holder", &h, "--type", "biometric-objection", "--date", "2026-03-02"]);
    out(
        d,
        &[
            "request",
            "send",
            &r,
            "--date",
            "2026-03-02",
            "--channel",
            "post",
            "--tracking",
            "EMS1234567890CN",
        ],
    );

    let case = d.join("case.pdf");
    let said = out(d, &["evidence", &r, "--out", case.to_str().unwrap(), "--lang", "en-US"]);
    assert!(said.contains("case.pdf"), "{said}");
    let pdf = std::fs::read(&case).unwrap();
    let text = pdftotext(d, "case-read.pdf", &pdf);
    assert!(text.contains("Objection to face recognition") && text.contains("EMS1234567890CN"), "{text}");

    let dossier = d.join("dossier.pdf");
    out(d, &["evidence", "--holder", &h, "--out", dossier.to_str().unwrap()]);
    let text = pdftotext(d, "dossier-read.pdf", &std::fs::read(&dossier).unwrap());
    assert!(text.contains("证据汇编") && text.contains(&format!("请求 #{r}：")), "{text}");

    let letter = d.join("letter.pdf");
    out(
        d,
        &[
            "letter",
            &r,
            "--pdf",
            letter.to_str().unwrap(),
            "--sender-name",
            "李华",
            "--sender-address",
            "阳光花园3号楼501",
        ],
    );
    let text = pdftotext(d, "letter-read.pdf", &std::fs::read(&letter).unwrap());
    assert!(text.contains("李华") && text.contains("上海市阳光路1号") && text.contains("签名："), "{text}");
    // Without --pdf the letter is printed as before.
    assert!(out(d, &["letter", &r]).contains("人脸"));
}

#[test]
fn cli_evidence_errors_are_one_line_and_fail() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let o = cli(d).args(["evidence", "42", "--out", d.join("x.pdf").to_str().unwrap()]).output().unwrap();
    assert!(!o.status.success());
    let err = String::from_utf8(o.stderr).unwrap();
    assert_eq!(err.trim().lines().count(), 1, "one line: {err}");
    assert!(err.contains("request 42 does not exist"), "{err}");
    assert!(!d.join("x.pdf").exists(), "nothing is written on failure");
    cli(d)
        .args(["evidence", "--holder", "7", "--out", d.join("y.pdf").to_str().unwrap()])
        .assert()
        .failure()
        .stderr(predicate::str::contains("holder 7 does not exist"));
    cli(d).args(["evidence", "--out", "z.pdf"]).assert().failure();
    let h = out(d, &["holder", "add", "--name", "X", "--jurisdiction", "CN"]);
    let r = out(d, &["request", "new", "--holder", &h, "--type", "deletion", "--date", "2026-02-03"]);
    cli(d)
        .args(["evidence", &r, "--out", "/nonexistent-dir/case.pdf"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("cannot write /nonexistent-dir/case.pdf"));
}

/// Verify must fail and neither PDF may call the record intact.
fn assert_caught(c: &Case, name: &str, expected: impl Fn(&VerifyProblem) -> bool) {
    let report = c.store.verify().unwrap();
    assert!(!report.is_intact(), "verify passed after {name}");
    assert!(report.problems.iter().any(expected), "{name}: {:?}", report.problems);
    let at = now("2026-03-30");
    let target = ExportTarget::Request(c.request);
    let zh = api::export_evidence(&c.store, target, &options(Locale::ZhCn), &at).unwrap();
    let text = pdftotext(c.dir.path(), &format!("{name}-zh.pdf"), &zh);
    assert!(
        text.contains("本记录不完整"),
        "{name}: the Chinese PDF must say the record is not intact:\n{text}"
    );
    assert!(!text.contains("导出时已核验"), "{name}: the Chinese PDF must not call it checked:\n{text}");
    let en = api::export_evidence(&c.store, target, &options(Locale::EnUs), &at).unwrap();
    let text = pdftotext(c.dir.path(), &format!("{name}-en.pdf"), &en);
    assert!(text.contains("This record is NOT intact"), "{name}:\n{text}");
    assert!(!text.contains("Checked when exporting"), "{name}:\n{text}");
}

#[test]
fn the_intact_pdf_says_what_was_checked_since_when_and_that_no_one_else_confirmed_it() {
    let c = case();
    assert!(c.store.verify().unwrap().is_intact());
    let at = now("2026-03-30");
    let target = ExportTarget::Request(c.request);
    let zh = api::export_evidence(&c.store, target, &options(Locale::ZhCn), &at).unwrap();
    let text = pdftotext(c.dir.path(), "honest-zh.pdf", &zh);
    for needle in
        ["导出时已核验", "自 2026年1月5日 12:00:00 UTC 起记录于本应用", "无可信时间戳", "未经独立第三方确认"]
    {
        assert!(text.contains(needle), "{needle:?} in:\n{text}");
    }
    let en = api::export_evidence(&c.store, target, &options(Locale::EnUs), &at).unwrap();
    let text = pdftotext(c.dir.path(), "honest-en.pdf", &en);
    for needle in [
        "Recorded in this app since 5 January 2026 12:00:00 UTC",
        "No trusted timestamp: this record was kept by the sender and is not independently confirmed",
    ] {
        assert!(text.contains(needle), "{needle:?} in:\n{text}");
    }
    assert!(!text.contains("every event and every attached file matches"), "the old overclaim is gone");
}

#[test]
fn the_status_flip_forgery_of_a_sent_letter_is_refused_by_the_schema_and_caught_by_verify_and_the_pdf() {
    let c = case();
    let conn = c.store.raw_connection();
    let flip = conn.execute("UPDATE requests SET status = 'draft' WHERE id = ?1", [c.request.0]);
    assert!(flip.unwrap_err().to_string().contains("append-only"), "a sent request never becomes a draft");
    let edit = conn.execute("UPDATE requests SET body = 'forged' WHERE id = ?1", [c.request.0]);
    assert!(
        edit.unwrap_err().to_string().contains("append-only"),
        "whatever the status, the letter is frozen"
    );

    // Someone with the file and another tool removes the guards and does the three plain UPDATEs.
    conn.execute_batch(
        "DROP TRIGGER requests_never_back_to_draft; DROP TRIGGER requests_letter_frozen_after_send",
    )
    .unwrap();
    conn.execute("UPDATE requests SET status = 'draft' WHERE id = ?1", [c.request.0]).unwrap();
    conn.execute(
        "UPDATE requests SET body = 'a much milder letter', letter_date = '2026-01-04' WHERE id = ?1",
        [c.request.0],
    )
    .unwrap();
    conn.execute("UPDATE requests SET status = 'answered' WHERE id = ?1", [c.request.0]).unwrap();
    assert_caught(&c, "status-flip", |p| *p == VerifyProblem::RecordAltered { request: c.request });
}

#[test]
fn deleting_the_last_event_is_caught_by_verify_and_the_pdf() {
    let c = case();
    let last = c.store.list_events(c.request).unwrap().pop().unwrap();
    let conn = c.store.raw_connection();
    conn.execute_batch("DROP TRIGGER events_no_delete; DROP TRIGGER event_attachments_no_delete").unwrap();
    conn.execute("DELETE FROM event_attachments WHERE event_id = ?1", [last.id.0]).unwrap();
    conn.execute("DELETE FROM events WHERE id = ?1", [last.id.0]).unwrap();
    assert_eq!(c.store.list_events(c.request).unwrap().len(), 2, "the remaining chain is itself valid");
    assert_caught(&c, "truncated", |p| {
        matches!(p, VerifyProblem::RecordLengthChanged { sealed_events: 3, found_events: 2, .. })
    });
}

#[test]
fn backdating_a_kept_policy_page_is_caught_by_verify_and_the_pdf() {
    let c = case();
    let page = c
        .store
        .insert_holder_attachment(
            &rightsdesk::store::NewHolderAttachment {
                holder_id: c.holder.id,
                kind: "privacy-policy",
                url: "https://taobao.example/privacy",
                final_url: "https://taobao.example/privacy?v=2",
                http_status: 200,
                content_type: Some("text/html"),
                body: b"<html>we keep your data for 3 years</html>",
            },
            "2026-03-01T08:00:00Z",
        )
        .unwrap();
    assert!(c.store.verify().unwrap().is_intact(), "a page fetched in the app is sealed with the record");
    let conn = c.store.raw_connection();
    conn.execute_batch("DROP TRIGGER holder_attachments_no_update").unwrap();
    conn.execute(
        "UPDATE holder_attachments SET fetched_at = '2025-12-01T08:00:00Z' WHERE id = ?1",
        [page.id],
    )
    .unwrap();
    assert_caught(&c, "backdated-page", |p| *p == VerifyProblem::RecordAltered { request: c.request });
    assert!(c.store.verify().unwrap().problems.contains(&VerifyProblem::StoreAltered));
}

#[test]
fn renaming_an_attachment_is_caught_by_verify_and_the_pdf() {
    let c = case();
    let conn = c.store.raw_connection();
    conn.execute_batch("DROP TRIGGER attachments_no_update").unwrap();
    conn.execute("UPDATE attachments SET original_name = 'harmless.png' WHERE sha256 = ?1", [&c.png_sha])
        .unwrap();
    assert_caught(&c, "renamed", |p| *p == VerifyProblem::RecordAltered { request: c.request });
}

#[test]
fn a_change_outside_the_app_is_not_sealed_over_by_a_later_write_in_it() {
    let c = case();
    let conn = c.store.raw_connection();
    conn.execute_batch("DROP TRIGGER attachments_no_update").unwrap();
    conn.execute("UPDATE attachments SET original_name = 'harmless.png' WHERE sha256 = ?1", [&c.png_sha])
        .unwrap();
    let mut store = c.store;
    api::log_event(
        &mut store,
        c.request,
        &LogInput {
            kind: EventKind::Note,
            date: date("2026-03-01"),
            text: "called them".into(),
            files: vec![],
        },
        &now("2026-03-01"),
    )
    .unwrap();
    let report = store.verify().unwrap();
    assert!(!report.is_intact(), "logging in the app must not launder the edit: {:?}", report.problems);
}
