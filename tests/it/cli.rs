//! The command line: happy path and bad input.

use crate::support::{cli, fixture, out};
use predicates::prelude::*;

#[test]
fn journey_from_holder_to_reply_with_attachment() {
    let dir = tempfile::tempdir().unwrap();
    let h = out(
        &dir,
        &[
            "holder",
            "add",
            "--name",
            "Taobao",
            "--name-zh",
            "淘宝",
            "--jurisdiction",
            "CN",
            "--kind",
            "ecommerce",
            "--email",
            "privacy@example.cn",
        ],
    );
    assert_eq!(h, "1");
    out(&dir, &["account", "add", "--holder", &h, "--id", "phone:13800138000"]);
    let r = out(
        &dir,
        &["request", "new", "--holder", &h, "--type", "deletion", "--lang", "zh-CN", "--date", "2025-01-20"],
    );
    out(&dir, &["request", "send", &r, "--date", "2025-01-20"]);
    let shot = dir.path().join("reply.png");
    std::fs::write(&shot, b"png bytes").unwrap();
    out(
        &dir,
        &[
            "request",
            "log",
            &r,
            "--kind",
            "reply",
            "--text",
            "我们已删除",
            "--date",
            "2025-02-05",
            "--attach",
            shot.to_str().unwrap(),
        ],
    );
    let json: serde_json::Value =
        serde_json::from_str(&out(&dir, &["request", "show", &r, "--json"])).unwrap();
    assert_eq!(json["request"]["sentOn"], "2025-01-20");
    assert_eq!(json["clock"]["due"]["value"], "2025-02-14", "cn-workdays.md example 1");
    assert_eq!(json["status"], "answered");
    assert_eq!(json["events"].as_array().unwrap().len(), 3);
    assert_eq!(json["events"][2]["attachments"][0]["originalName"], "reply.png");
    let letter = out(&dir, &["letter", &r]);
    assert!(letter.contains("13800138000") && letter.contains("第四十七条"), "{letter}");
    let english = out(&dir, &["letter", &r, "--lang", "en-US"]);
    assert!(english.contains("PIPL Art. 47"), "{english}");
    assert!(out(&dir, &["verify"]).contains("intact"));
    let list = out(&dir, &["holder", "list", "--json"]);
    assert!(list.contains("淘宝"));
}

#[test]
fn postal_delivery_keeps_the_tracking_number() {
    let dir = tempfile::tempdir().unwrap();
    let h = out(
        &dir,
        &[
            "holder",
            "add",
            "--name",
            "Sunshine Estate Property",
            "--kind",
            "property",
            "--jurisdiction",
            "CN",
        ],
    );
    let r = out(
        &dir,
        &["request", "new", "--holder", &h, "--type", "biometric-objection", "--date", "2026-03-02"],
    );
    out(
        &dir,
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
    let json: serde_json::Value =
        serde_json::from_str(&out(&dir, &["request", "show", &r, "--json"])).unwrap();
    assert_eq!(json["events"][1]["tracking"], "EMS1234567890CN");
    assert_eq!(json["events"][1]["channel"], "post");
    assert!(out(&dir, &["request", "show", &r]).contains("EMS1234567890CN"));
}

#[test]
fn unknown_id_bad_date_and_unreadable_attachment_fail_clearly() {
    let dir = tempfile::tempdir().unwrap();
    cli(&dir)
        .args(["holder", "show", "42"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("holder 42 does not exist"));
    let h = out(&dir, &["holder", "add", "--name", "X", "--jurisdiction", "CN"]);
    cli(&dir)
        .args(["request", "new", "--holder", &h, "--type", "deletion", "--date", "2026-02-30"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("not a date"));
    let r = out(&dir, &["request", "new", "--holder", &h, "--type", "deletion", "--date", "2026-02-03"]);
    out(&dir, &["request", "send", &r, "--date", "2026-02-03"]);
    cli(&dir)
        .args(["request", "log", &r, "--kind", "reply", "--attach", "/nonexistent/reply.pdf"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("cannot read attachment /nonexistent/reply.pdf"));
    cli(&dir)
        .args(["request", "new", "--holder", &h, "--type", "shred-everything"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("not a valid request type"));
    cli(&dir)
        .args(["request", "send", "77", "--date", "2026-02-03"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("request 77 does not exist"));
    // Nothing was damaged by the failures.
    assert!(out(&dir, &["verify"]).contains("intact"));
}

#[test]
fn a_file_that_is_not_a_database_is_reported_not_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.sqlite3");
    std::fs::write(&path, "hello, not sqlite".repeat(100)).unwrap();
    cli(&dir)
        .args(["holder", "list"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("not a RightsDesk database"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "hello, not sqlite".repeat(100));
}

#[test]
fn deadline_command_uses_the_jurisdiction_default_rule() {
    let dir = tempfile::tempdir().unwrap();
    let cn: serde_json::Value = serde_json::from_str(&out(
        &dir,
        &["deadline", "--jurisdiction", "CN", "--from", "2025-09-26", "--json"],
    ))
    .unwrap();
    assert_eq!(cn["due"]["value"], "2025-10-23", "cn-workdays.md example 2");
    assert_eq!(cn["rule"]["status"], "reference", "15 working days is not a statute");
    let eu: serde_json::Value = serde_json::from_str(&out(
        &dir,
        &["deadline", "--jurisdiction", "EU", "--from", "2026-01-31", "--json"],
    ))
    .unwrap();
    assert_eq!(eu["due"]["value"], "2026-02-28");
    let ca: serde_json::Value = serde_json::from_str(&out(
        &dir,
        &["deadline", "--jurisdiction", "US-CA", "--from", "2026-01-05", "--json"],
    ))
    .unwrap();
    assert_eq!(ca["due"]["value"], "2026-02-19");
    // Into 2027 (no notice yet): a provisional date with its bound, never "unknown".
    let provisional = out(&dir, &["deadline", "--jurisdiction", "CN", "--from", "2026-12-20"]);
    assert!(
        provisional.starts_with("due: provisional 2027-01-11 (the 2027 holiday arrangement is not yet published; at the latest 2027-01-14"),
        "{provisional}"
    );
    let json: serde_json::Value = serde_json::from_str(&out(
        &dir,
        &["deadline", "--jurisdiction", "CN", "--from", "2026-12-20", "--json"],
    ))
    .unwrap();
    assert_eq!(json["due"]["kind"], "provisional");
    assert_eq!(
        (json["due"]["value"]["date"].as_str(), json["due"]["value"]["latest"].as_str()),
        (Some("2027-01-11"), Some("2027-01-14"))
    );
}

/// Issue 16: `deadline` counts on the same calendar as the requests, with the
/// years the user imported.
#[test]
fn deadline_command_counts_on_the_users_imported_year() {
    let dir = tempfile::tempdir().unwrap();
    let before = out(&dir, &["deadline", "--jurisdiction", "CN", "--from", "2026-12-15"]);
    assert!(before.starts_with("due: provisional 2027-01-06"), "{before}");
    let notice = fixture("holiday-notices/invented-2027-TEST-ONLY.txt");
    out(&dir, &["calendar", "import-notice", notice.to_str().unwrap(), "--yes"]);
    let after = out(&dir, &["deadline", "--jurisdiction", "CN", "--from", "2026-12-15"]);
    // The invented notice makes 31 December a rest day: one working day later, and exact.
    assert!(after.starts_with("due: 2027-01-07\n"), "{after}");
    let json: serde_json::Value = serde_json::from_str(&out(
        &dir,
        &["deadline", "--jurisdiction", "CN", "--from", "2026-12-15", "--json"],
    ))
    .unwrap();
    assert_eq!(
        (json["due"]["kind"].as_str(), json["due"]["value"].as_str()),
        (Some("on"), Some("2027-01-07"))
    );
}

/// `request new --ground` and `--correction` reach the letter; a California
/// holder gets its own opt-out request; a bad ground is refused clearly.
#[test]
fn the_deletion_ground_the_correction_and_californian_requests_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let holder = |name: &str, j: &str| {
        out(&dir, &["holder", "add", "--name", name, "--kind", "app", "--jurisdiction", j])
    };
    let cn = holder("Weibo", "CN");
    let r = out(
        &dir,
        &[
            "request",
            "new",
            "--holder",
            &cn,
            "--type",
            "deletion",
            "--ground",
            "consent-withdrawn",
            "--date",
            "2026-03-02",
        ],
    );
    assert!(out(&dir, &["letter", &r]).contains("（三）个人撤回同意；"));
    let r = out(
        &dir,
        &[
            "request",
            "new",
            "--holder",
            &cn,
            "--type",
            "correction",
            "--correction",
            "生日应为1990-07-03",
            "--date",
            "2026-03-02",
        ],
    );
    assert!(out(&dir, &["letter", &r]).contains("生日应为1990-07-03"));
    cli(&dir)
        .args([
            "request",
            "new",
            "--holder",
            &cn,
            "--type",
            "deletion",
            "--ground",
            "bored",
            "--date",
            "2026-03-02",
        ])
        .assert()
        .failure()
        .stderr(predicate::str::contains("purpose-achieved"));
    let ca = holder("Shop", "US-CA");
    let r = out(
        &dir,
        &["request", "new", "--holder", &ca, "--type", "opt-out", "--lang", "en-US", "--date", "2026-03-02"],
    );
    let letter = out(&dir, &["letter", &r]);
    assert!(
        letter.contains("Do Not Sell or Share My Personal Information") && !letter.contains("45 days"),
        "{letter}"
    );
}

#[test]
fn a_date_days_ahead_is_refused_and_the_clock_is_printed_in_words() {
    // The CLI runs on CLI_TODAY (2026-06-01), whatever the machine's date.
    let dir = tempfile::tempdir().unwrap();
    let h = out(&dir, &["holder", "add", "--name", "X", "--jurisdiction", "CN"]);
    cli(&dir)
        .args(["request", "new", "--holder", &h, "--type", "deletion", "--date", "2026-06-20"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("dated 2026-06-20, after today (2026-06-01)"));
    let r = out(&dir, &["request", "new", "--holder", &h, "--type", "deletion", "--date", "2026-05-29"]);
    cli(&dir)
        .args(["request", "send", &r, "--date", "2026-06-15"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("after today"));
    let draft = out(&dir, &["request", "show", &r]);
    assert!(draft.contains("[draft]") && !draft.contains("sent: "), "still a draft: {draft}");
    assert!(draft.contains("clock: not sent yet: the clock starts when you send it"), "{draft}");

    // A day ahead is a time-zone difference, not the future.
    out(&dir, &["request", "send", &r, "--date", "2026-06-02"]);
    let sent = out(&dir, &["request", "show", &r]);
    assert!(sent.contains("clock: due in 15 working days"), "{sent}");
    assert!(!sent.contains("DueIn") && !sent.contains("CnWorkingDays"), "no debug output: {sent}");
    cli(&dir)
        .args(["request", "log", &r, "--kind", "reply", "--date", "2026-06-10", "--text", "ok"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("after today"));
    out(&dir, &["request", "log", &r, "--kind", "reply", "--date", "2026-06-02", "--text", "ok"]);
    assert!(out(&dir, &["request", "show", &r]).contains("clock: answered on 2026-06-02"));
}

#[test]
fn output_into_a_closed_pipe_ends_quietly_without_a_panic() {
    // More than a pipe buffer (64 KiB) of output, so some of it is written after the reader left.
    let dir = tempfile::tempdir().unwrap();
    let store = rightsdesk::Store::open(&dir.path().join("t.sqlite3")).unwrap();
    for i in 0..800 {
        let fields =
            rightsdesk::holder::HolderFields { name: format!("Holder number {i}"), ..Default::default() };
        rightsdesk::api::add_holder(&store, fields, &crate::support::now("2026-01-05")).unwrap();
    }
    drop(store);
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_rightsdesk"))
        .arg("--db")
        .arg(dir.path().join("t.sqlite3"))
        .args(["holder", "list", "--json"])
        .env(rightsdesk::clock::TODAY_ENV, crate::support::CLI_TODAY)
        .env_remove("RIGHTSDESK_DATA_DIR")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take()); // `| head -0`: the reader is gone before anything is read
    let o = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(!stderr.contains("panicked") && !stderr.contains("Broken pipe"), "{stderr}");
    assert!(stderr.is_empty(), "nothing to say about a reader that left: {stderr}");
    assert!(o.status.success(), "{:?}", o.status);
}
