//! Store round trips, migrations, transactions and the append-only log.

use crate::support::*;
use rightsdesk::api::{self, DraftInput, LogInput, SendInput};
use rightsdesk::deadline;
use rightsdesk::holder::{DataCategory, HolderFields, HolderKind, IdentifierKind};
use rightsdesk::i18n::Locale;
use rightsdesk::ids::{HolderId, RequestId};
use rightsdesk::jurisdiction::Jurisdiction;
use rightsdesk::request::{DeliveryChannel, EventKind, RequestKind, RequestStatus};
use rightsdesk::store::{DB_FILE_NAME, NewEvent, SCHEMA_VERSION, Store, StoreError};
use rightsdesk::{Error, ErrorCode};

fn deletion(holder: HolderId, lang: Locale, d: &str) -> DraftInput {
    DraftInput {
        holder_id: holder,
        kind: RequestKind::Deletion,
        jurisdiction: None,
        language: lang,
        reason: None,
        ground: None,
        correction: None,
        letter_date: Some(date(d)),
        identifiers: None,
        parent_id: None,
        sender: None,
    }
}

#[test]
fn a_fresh_file_is_migrated_to_the_current_schema_with_wal_and_foreign_keys() {
    let (_dir, store) = temp_store();
    let conn = store.raw_connection();
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(version, SCHEMA_VERSION, "an empty file must be brought to the current schema");
    let mode: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
    assert_eq!(mode, "wal");
    let fk: i64 = conn.query_row("PRAGMA foreign_keys", [], |r| r.get(0)).unwrap();
    assert_eq!(fk, 1, "foreign keys must be enforced");
    store.integrity_check().unwrap();
}

#[test]
fn holder_and_account_round_trip_every_field() {
    let (_dir, store) = temp_store();
    let fields = HolderFields {
        name: "Meituan".into(),
        name_zh: Some("美团".into()),
        operator: Some("北京三快在线科技有限公司".into()),
        aliases: vec!["大众点评".into()],
        domains: vec!["Meituan.com".into()],
        jurisdiction: Some(Jurisdiction::Cn),
        kind: Some(HolderKind::Ecommerce),
        email: Some("privacy@meituan.example".into()),
        phone: Some("10107888".into()),
        address: Some("北京市朝阳区".into()),
        webform_url: Some("https://example.com/form".into()),
        policy_url: Some("https://example.com/privacy".into()),
        notes: Some("found on my phone".into()),
        directory_ref: Some("cn:meituan".into()),
    };
    let h = api::add_holder(&store, fields.clone(), &now("2026-01-05")).unwrap();
    let back = store.get_holder(h.id).unwrap().unwrap();
    assert_eq!(back.fields.domains, vec!["meituan.com"], "domains are stored lower-case");
    assert_eq!(back.fields.name_zh, fields.name_zh);
    assert_eq!(back.fields.aliases, fields.aliases);
    assert_eq!(back.fields.kind, Some(HolderKind::Ecommerce));
    assert_eq!(back.fields.policy_url, fields.policy_url);

    account(
        &store,
        &h,
        &["13800138000", "email:li@example.cn"],
        &[DataCategory::Biometrics, DataCategory::Photos],
    );
    let detail = api::get_holder(&store, h.id).unwrap();
    assert_eq!(detail.accounts.len(), 1);
    let acc = &detail.accounts[0];
    assert_eq!(acc.fields.identifiers[0].kind, IdentifierKind::Phone);
    assert_eq!(acc.fields.identifiers[0].value, "13800138000", "identifiers are kept as entered");
    assert!(acc.fields.holds_sensitive());
    let summary = api::list_holders(&store).unwrap();
    assert!(summary[0].biometric && summary[0].sensitive);
}

#[test]
fn request_event_and_attachment_round_trip_with_a_valid_hash_chain() {
    let (dir, mut store) = temp_store();
    let h = holder(&store, "Weibo", Jurisdiction::Cn, HolderKind::App);
    account(&store, &h, &["13800138000"], &[]);
    let created =
        api::create_request(&mut store, &deletion(h.id, Locale::ZhCn, "2026-02-10"), &now("2026-02-10"))
            .unwrap();
    let id = created.request.id;
    assert_eq!(created.request.status, RequestStatus::Draft);
    assert!(created.request.body.contains("13800138000"));
    api::mark_sent(
        &mut store,
        id,
        &SendInput { date: date("2026-02-10"), channel: None, tracking: None },
        &now("2026-02-10"),
    )
    .unwrap();
    let shot = dir.path().join("reply.png");
    std::fs::write(&shot, b"\x89PNG fake screenshot bytes").unwrap();
    let after = api::log_event(
        &mut store,
        id,
        &LogInput {
            kind: EventKind::ReplyReceived,
            date: date("2026-02-20"),
            text: "已删除".into(),
            files: vec![shot],
        },
        &now("2026-02-20"),
    )
    .unwrap();
    assert_eq!(after.status, RequestStatus::Answered);
    assert_eq!(after.request.sent_on, Some(date("2026-02-10")));
    let reply = after.events.last().unwrap();
    assert_eq!(reply.attachments.len(), 1);
    assert_eq!(reply.attachments[0].media_type, "image/png");
    assert_eq!(store.read_attachment(&reply.attachments[0]).unwrap(), b"\x89PNG fake screenshot bytes");
    let report = store.verify().unwrap();
    assert!(report.is_intact(), "{:?}", report.problems);
    assert_eq!(report.events, 3);
    assert_eq!(report.digests[0].1, after.digest, "verify and the request page agree on the digest");
}

#[test]
fn events_cannot_be_updated_or_deleted() {
    let (_dir, mut store) = temp_store();
    let h = holder(&store, "Douyin", Jurisdiction::Cn, HolderKind::App);
    let d = api::create_request(&mut store, &deletion(h.id, Locale::ZhCn, "2026-02-10"), &now("2026-02-10"))
        .unwrap();
    let conn = store.raw_connection();
    let upd = conn.execute("UPDATE events SET text = 'forged' WHERE request_id = ?1", [d.request.id.0]);
    assert!(upd.unwrap_err().to_string().contains("append-only"));
    let del = conn.execute("DELETE FROM events", []);
    assert!(del.unwrap_err().to_string().contains("append-only"));
    assert_eq!(store.list_events(d.request.id).unwrap().len(), 1, "the event is still there");
}

#[test]
fn a_sent_letter_can_no_longer_be_edited() {
    let (_dir, mut store) = temp_store();
    let h = holder(&store, "Kuaishou", Jurisdiction::Cn, HolderKind::App);
    let id = api::create_request(&mut store, &deletion(h.id, Locale::ZhCn, "2026-02-10"), &now("2026-02-10"))
        .unwrap()
        .request
        .id;
    api::update_draft_letter(&store, id, "subject", "edited body", &now("2026-02-10")).unwrap();
    api::mark_sent(
        &mut store,
        id,
        &SendInput { date: date("2026-02-11"), channel: None, tracking: None },
        &now("2026-02-11"),
    )
    .unwrap();
    let err = api::update_draft_letter(&store, id, "subject", "sneaky", &now("2026-02-12")).unwrap_err();
    assert_eq!(err.code(), ErrorCode::AlreadySent);
    let raw = store.update_letter(id, "s", "sneaky", "2026-03-02T12:00:00Z");
    assert!(matches!(raw, Err(StoreError::AppendOnly(_))), "the schema itself refuses: {raw:?}");
    assert_eq!(store.get_request(id).unwrap().unwrap().body, "edited body");
}

#[test]
fn a_letter_cannot_be_sent_before_the_date_it_bears() {
    let (_dir, mut store) = temp_store();
    let h = holder(&store, "Bilibili", Jurisdiction::Cn, HolderKind::App);
    let id = api::create_request(&mut store, &deletion(h.id, Locale::ZhCn, "2026-02-10"), &now("2026-02-10"))
        .unwrap()
        .request
        .id;
    let send = |d: &str| SendInput { date: date(d), channel: None, tracking: None };
    let err = api::mark_sent(&mut store, id, &send("2026-02-09"), &now("2026-02-12")).unwrap_err();
    assert_eq!(err.code(), ErrorCode::SentBeforeLetter, "{err}");
    assert!(err.to_string().contains("2026-02-10"), "the message names the letter date: {err}");
    assert_eq!(store.list_events(id).unwrap().len(), 1, "nothing was recorded");
    api::mark_sent(&mut store, id, &send("2026-02-10"), &now("2026-02-12")).expect("the same day is fine");
}

#[test]
fn a_failed_multi_step_write_leaves_nothing_behind() {
    let (dir, mut store) = temp_store();
    let h = holder(&store, "Baidu", Jurisdiction::Cn, HolderKind::App);
    let id = api::create_request(&mut store, &deletion(h.id, Locale::ZhCn, "2026-02-10"), &now("2026-02-10"))
        .unwrap()
        .request
        .id;
    let before = store.list_events(id).unwrap();
    // One readable file and one that does not exist: the whole event must be refused.
    let good = dir.path().join("ok.txt");
    std::fs::write(&good, "ok").unwrap();
    let err = store
        .append_event(
            id,
            &NewEvent {
                kind: EventKind::Note,
                occurred_on: date("2026-02-11"),
                text: "note".into(),
                tracking: None,
                channel: None,
                files: vec![good, dir.path().join("missing.pdf")],
                inline: Vec::new(),
            },
            "2026-02-11T00:00:00Z",
        )
        .unwrap_err();
    assert!(matches!(err, StoreError::Io { .. }), "{err:?}");
    assert_eq!(store.list_events(id).unwrap(), before, "no event was added");
    let n: i64 =
        store.raw_connection().query_row("SELECT count(*) FROM attachments", [], |r| r.get(0)).unwrap();
    assert_eq!(n, 0, "no attachment row was added");

    // A failure inside the transaction (the request does not exist) rolls back too.
    let ghost = store.append_event(
        RequestId(999),
        &NewEvent {
            kind: EventKind::Note,
            occurred_on: date("2026-02-11"),
            text: "x".into(),
            tracking: None,
            channel: None,
            files: vec![],
            inline: Vec::new(),
        },
        "t",
    );
    assert!(ghost.is_err());
    let total: i64 =
        store.raw_connection().query_row("SELECT count(*) FROM events", [], |r| r.get(0)).unwrap();
    assert_eq!(total, 1);
}

#[test]
fn a_panic_inside_a_transaction_rolls_it_back_and_later_writes_are_kept() {
    let (dir, mut store) = temp_store();
    let name = |n: &str| HolderFields { name: n.into(), ..Default::default() };
    let panicked = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let _ = store.with_transaction(|s| -> Result<(), Error> {
            api::add_holder(s, name("Inside the panic"), &now("2026-02-10"))?;
            panic!("a bug inside the transaction");
        });
    }));
    assert!(panicked.is_err());
    assert!(store.raw_connection().is_autocommit(), "no transaction is left open");
    api::add_holder(&store, name("After the panic"), &now("2026-02-10")).unwrap();
    drop(store);
    let reopened = Store::open(&dir.path().join(DB_FILE_NAME)).unwrap();
    let names: Vec<String> = reopened.list_holders().unwrap().into_iter().map(|h| h.fields.name).collect();
    assert_eq!(names, vec!["After the panic".to_string()], "the panicking write is gone, the later one kept");
}

#[test]
fn a_holder_with_requests_cannot_be_deleted_but_one_without_can() {
    let (_dir, mut store) = temp_store();
    let keep = holder(&store, "Pinduoduo", Jurisdiction::Cn, HolderKind::Ecommerce);
    let gone = holder(&store, "Unused", Jurisdiction::Cn, HolderKind::App);
    account(&store, &gone, &["a@b.cn"], &[]);
    api::create_request(&mut store, &deletion(keep.id, Locale::ZhCn, "2026-02-10"), &now("2026-02-10"))
        .unwrap();
    let err = api::delete_holder(&mut store, keep.id).unwrap_err();
    assert_eq!(err.code(), ErrorCode::HolderInUse);
    api::delete_holder(&mut store, gone.id).unwrap();
    assert!(store.get_holder(gone.id).unwrap().is_none());
    assert!(store.list_accounts(Some(gone.id)).unwrap().is_empty(), "accounts go with their holder");
    assert_eq!(api::delete_holder(&mut store, gone.id).unwrap_err().code(), ErrorCode::NotFound);
}

#[test]
fn a_file_that_is_not_a_database_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(DB_FILE_NAME);
    let junk = b"this is a shopping list, not a database".repeat(200);
    std::fs::write(&path, &junk).unwrap();
    let err = Store::open(&path).err().expect("must be refused");
    assert!(matches!(err, StoreError::NotADatabase(_)), "{err:?}");
    assert_eq!(Error::from(err).code(), ErrorCode::StoreNotADatabase);
    assert_eq!(std::fs::read(&path).unwrap(), junk, "the file must not be changed");
}

#[test]
fn a_database_from_a_newer_version_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(DB_FILE_NAME);
    drop(Store::open(&path).unwrap());
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 5).unwrap();
    }
    let err = Store::open(&path).err().expect("must be refused");
    assert!(matches!(err, StoreError::NewerSchema { .. }), "{err:?}");
    let v: i64 = rusqlite::Connection::open(&path)
        .unwrap()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(v, SCHEMA_VERSION + 5, "the newer store is left as it was");
}

#[test]
fn bad_input_gets_a_specific_error_and_changes_nothing() {
    let (_dir, store) = temp_store();
    let err =
        api::add_holder(&store, HolderFields { name: "  ".into(), ..Default::default() }, &now("2026-01-05"))
            .unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput);
    assert!(err.to_string().contains("name"), "{err}");
    let err = api::add_holder(
        &store,
        HolderFields {
            name: "X".into(),
            policy_url: Some("javascript:alert(1)".into()),
            ..Default::default()
        },
        &now("2026-01-05"),
    )
    .unwrap_err();
    assert!(err.to_string().contains("privacy policy"), "{err}");
    assert!(store.list_holders().unwrap().is_empty());
}

#[test]
fn deadline_and_overdue_status_come_from_the_events() {
    let (_dir, mut store) = temp_store();
    let h = holder(&store, "Xiaohongshu", Jurisdiction::Cn, HolderKind::App);
    let id = api::create_request(&mut store, &deletion(h.id, Locale::ZhCn, "2026-02-10"), &now("2026-02-10"))
        .unwrap()
        .request
        .id;
    api::mark_sent(
        &mut store,
        id,
        &SendInput { date: date("2026-02-10"), channel: None, tracking: None },
        &now("2026-02-10"),
    )
    .unwrap();
    let on_due = api::get_request(&store, id, &now("2026-03-09")).unwrap();
    assert_eq!(
        on_due.clock.as_ref().unwrap().due.unwrap().date(),
        Some(date("2026-03-09")),
        "cn-workdays.md example 3"
    );
    assert_eq!(on_due.status, RequestStatus::Sent);
    let late = api::get_request(&store, id, &now("2026-03-11")).unwrap();
    assert_eq!(late.status, RequestStatus::Overdue, "two working days after the due date");
    api::log_event(
        &mut store,
        id,
        &LogInput {
            kind: EventKind::ReplyReceived,
            date: date("2026-03-12"),
            text: "ok".into(),
            files: vec![],
        },
        &now("2026-03-12"),
    )
    .unwrap();
    let answered = api::get_request(&store, id, &now("2026-04-01")).unwrap();
    assert_eq!(answered.status, RequestStatus::Answered, "a reply stops the clock");
}

#[test]
fn logging_a_reply_before_sending_is_refused() {
    let (_dir, mut store) = temp_store();
    let h = holder(&store, "JD", Jurisdiction::Cn, HolderKind::Ecommerce);
    let id = api::create_request(&mut store, &deletion(h.id, Locale::ZhCn, "2026-02-10"), &now("2026-02-10"))
        .unwrap()
        .request
        .id;
    let err = api::log_event(
        &mut store,
        id,
        &LogInput {
            kind: EventKind::ReplyReceived,
            date: date("2026-02-11"),
            text: String::new(),
            files: vec![],
        },
        &now("2026-02-11"),
    )
    .unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotSent);
}

/// Issue 14 item 13: a letter by post or hand is received on the delivery date the
/// user records, not on the day it was posted; e-mail counts from the send date.
#[test]
fn the_clock_of_a_posted_letter_runs_from_its_delivery_date() {
    let (_dir, mut store) = temp_store();
    let h = holder(&store, "Estate", Jurisdiction::Eu, HolderKind::Property);
    let sent_by = |store: &mut Store, channel| {
        let r = api::create_request(store, &deletion(h.id, Locale::EnUs, "2026-03-02"), &now("2026-03-02"))
            .unwrap();
        api::mark_sent(
            store,
            r.request.id,
            &SendInput { date: date("2026-03-02"), channel: Some(channel), tracking: Some("RR123".into()) },
            &now("2026-03-02"),
        )
        .unwrap();
        r.request.id
    };
    let posted = sent_by(&mut store, DeliveryChannel::Post);
    let due = |store: &Store, id| api::get_request(store, id, &now("2026-03-20")).unwrap().clock.unwrap().due;
    // Until the delivery is recorded the sending date stands in for it.
    assert_eq!(due(&store, posted), Some(deadline::Due::On(date("2026-04-02"))));
    api::log_event(
        &mut store,
        posted,
        &LogInput {
            kind: EventKind::Acknowledged,
            date: date("2026-03-05"),
            text: "signed for".into(),
            files: vec![],
        },
        &now("2026-03-05"),
    )
    .unwrap();
    assert_eq!(due(&store, posted), Some(deadline::Due::On(date("2026-04-05"))));
    // An e-mail is received when sent: an acknowledgement does not move its clock.
    let mailed = sent_by(&mut store, DeliveryChannel::Email);
    api::log_event(
        &mut store,
        mailed,
        &LogInput {
            kind: EventKind::Acknowledged,
            date: date("2026-03-05"),
            text: String::new(),
            files: vec![],
        },
        &now("2026-03-05"),
    )
    .unwrap();
    assert_eq!(due(&store, mailed), Some(deadline::Due::On(date("2026-04-02"))));
}

/// The deletion ground and the correction text reach the letter and survive a redraft in the other language.
#[test]
fn the_ground_and_the_correction_are_kept_with_the_request() {
    let (_dir, mut store) = temp_store();
    let h = holder(&store, "Weibo", Jurisdiction::Cn, HolderKind::App);
    let mut input = deletion(h.id, Locale::ZhCn, "2026-03-02");
    input.ground = Some("consent-withdrawn".into());
    let r = api::create_request(&mut store, &input, &now("2026-03-02")).unwrap();
    assert!(r.request.body.contains("（三）个人撤回同意；"), "{}", r.request.body);
    let (_, en) = api::letter_text(&store, r.request.id, Some(Locale::EnUs), &now("2026-03-02")).unwrap();
    assert!(en.contains("I have withdrawn my consent"), "{en}");
    input.kind = RequestKind::Correction;
    input.ground = None;
    assert!(
        api::create_request(&mut store, &input, &now("2026-03-02")).is_err(),
        "a correction says what is wrong"
    );
    input.correction = Some("生日登记为1990-03-07，应为1990-07-03。".into());
    let c = api::create_request(&mut store, &input, &now("2026-03-02")).unwrap();
    assert!(c.request.body.contains("生日登记为1990-03-07，应为1990-07-03。"));
    let (_, en) = api::letter_text(&store, c.request.id, Some(Locale::EnUs), &now("2026-03-02")).unwrap();
    assert!(en.contains("生日登记为1990-03-07，应为1990-07-03。"), "{en}");
}

#[test]
fn an_old_store_is_sealed_when_upgraded_and_keeps_verifying() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(rightsdesk::store::DB_FILE_NAME);
    let id = {
        let mut store = Store::open(&path).unwrap();
        let h = holder(&store, "Weibo", Jurisdiction::Cn, HolderKind::App);
        let id =
            api::create_request(&mut store, &deletion(h.id, Locale::ZhCn, "2026-02-10"), &now("2026-02-10"))
                .unwrap()
                .request
                .id;
        api::mark_sent(
            &mut store,
            id,
            &SendInput { date: date("2026-02-11"), channel: Some(DeliveryChannel::Email), tracking: None },
            &now("2026-02-11"),
        )
        .unwrap();
        id
    };
    // Take the store back to schema 3: events chained, no sealed heads, the old letter guard.
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(
            "DROP TABLE timestamps; DROP TABLE chain_heads; DROP TABLE store_head; DROP TABLE pack_versions;
             DROP TRIGGER requests_never_back_to_draft; DROP TRIGGER requests_addressee_frozen;
             DROP TRIGGER requests_no_delete_once_sent; DROP TRIGGER holder_attachments_no_delete_with_requests;
             DROP TRIGGER requests_letter_frozen_after_send;
             ALTER TABLE requests DROP COLUMN addressed_to;
             CREATE TRIGGER requests_letter_frozen_after_send
             BEFORE UPDATE OF subject, body, citations, letter_date, jurisdiction, language, kind ON requests
             WHEN OLD.status <> 'draft'
             BEGIN SELECT RAISE(ABORT, 'append-only: the letter of a sent request cannot be changed'); END;
             PRAGMA user_version = 3;",
        )
        .unwrap();
    }
    let mut store = Store::open(&path).unwrap();
    let report = store.verify().unwrap();
    assert!(report.is_intact(), "an upgraded store verifies: {:?}", report.problems);
    let detail = api::get_request(&store, id, &now("2026-03-01")).unwrap();
    assert!(detail.integrity.upgraded, "the record says the stronger chain began at the upgrade");
    assert_eq!(detail.addressed_to.name, "Weibo", "the addressee was taken from the holder");
    assert_eq!(report.digests[0].1, detail.digest);
    // From now on the old forgery is refused and a later write keeps it sealed.
    let flip = store.raw_connection().execute("UPDATE requests SET status = 'draft' WHERE id = ?1", [id.0]);
    assert!(flip.is_err());
    api::log_event(
        &mut store,
        id,
        &LogInput { kind: EventKind::Note, date: date("2026-03-01"), text: "phoned".into(), files: vec![] },
        &now("2026-03-01"),
    )
    .unwrap();
    assert!(store.verify().unwrap().is_intact());
}
