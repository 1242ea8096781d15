//! The commands as the window calls them: through IPC on Tauri's mock runtime
//! (no display needed), against a database in a temporary folder.

use rightsdesk::clock::TimeSource;
use rightsdesk_app::AppState;
use rightsdesk_app::dialogs::DialogMode;
use serde_json::{Value, json};
use std::path::Path;
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{INVOKE_KEY, MockRuntime, mock_builder, mock_context, noop_assets};
use tauri::webview::InvokeRequest;
use tauri::{App, WebviewWindow, WebviewWindowBuilder};

struct TestApp {
    // Kept alive for the test: the database lives in it.
    _dir: tempfile::TempDir,
    _app: App<MockRuntime>,
    window: WebviewWindow<MockRuntime>,
}

fn app_with_state(state: AppState, dir: tempfile::TempDir) -> TestApp {
    let app = rightsdesk_app::setup(mock_builder().manage(state))
        .build(mock_context(noop_assets()))
        .expect("the app builds on the mock runtime");
    let window = WebviewWindowBuilder::new(&app, "main", Default::default()).build().expect("a window");
    TestApp { _dir: dir, _app: app, window }
}

/// The day every shell test runs on: after the requests they send, whatever the real date.
const TEST_DAY: &str = "2026-04-01";

fn on_test_day() -> TimeSource {
    TimeSource::starting_on(TEST_DAY).expect("a date")
}

fn app() -> TestApp {
    let dir = tempfile::tempdir().expect("temp dir");
    let state = AppState::open_with(dir.path().join("data"), DialogMode::Native, on_test_day());
    assert!(state.open_error().is_none(), "a fresh folder must open: {:?}", state.open_error());
    app_with_state(state, dir)
}

impl TestApp {
    /// Calls `cmd` as the UI would; `Ok` is the reply payload, `Err` the error object.
    fn invoke(&self, cmd: &str, args: Value) -> Result<Value, Value> {
        tauri::test::get_ipc_response(
            &self.window,
            InvokeRequest {
                cmd: cmd.into(),
                callback: CallbackFn(0),
                error: CallbackFn(1),
                url: "tauri://localhost".parse().unwrap(),
                body: InvokeBody::from(args),
                headers: Default::default(),
                invoke_key: INVOKE_KEY.to_string(),
            },
        )
        .map(|body| body.deserialize::<Value>().expect("a JSON reply"))
    }
}

#[test]
fn a_holder_added_through_ipc_is_listed() {
    let app = app();
    let added = app
        .invoke(
            "add_holder",
            json!({"fields": {"name": "  Meituan ", "nameZh": "美团", "jurisdiction": "CN", "kind": "app",
                              "email": "privacy@meituan.com"}}),
        )
        .expect("a valid holder is added");
    assert_eq!(added["name"], "Meituan", "names are trimmed by the core");
    assert!(added["id"].is_number(), "ids travel as numbers: {added}");

    let list = app.invoke("list_holders", json!({})).expect("the list loads");
    let rows = list.as_array().expect("a list");
    assert_eq!(rows.len(), 1, "one holder was added: {list}");
    assert_eq!(rows[0]["holder"]["nameZh"], "美团");
    assert_eq!(rows[0]["holder"]["jurisdiction"], "CN");
    assert_eq!(rows[0]["accounts"], 0);
    assert_eq!(rows[0]["openRequests"], 0);
}

#[test]
fn an_empty_name_is_refused_with_invalid_input() {
    let app = app();
    let err =
        app.invoke("add_holder", json!({"fields": {"name": "   "}})).expect_err("a holder needs a name");
    assert_eq!(err["code"], "invalid-input", "the UI shows error-invalid-input: {err}");
    let message = err["message"].as_str().expect("a message string");
    assert!(message.contains("name"), "the detail names the field: {message}");
    assert_eq!(err.as_object().unwrap().len(), 2, "the wire shape is exactly {{code, message}}: {err}");
}

#[test]
fn an_unknown_id_is_not_found() {
    let app = app();
    for (cmd, args) in [
        ("get_holder", json!({"id": 4242})),
        ("delete_holder", json!({"id": 4242})),
        ("get_request", json!({"id": 4242})),
        ("delete_account", json!({"id": 4242})),
    ] {
        let err = app.invoke(cmd, args).expect_err("nothing has id 4242");
        assert_eq!(err["code"], "not-found", "{cmd}: {err}");
    }
}

#[test]
fn accounts_and_a_request_go_through_the_same_commands() {
    let app = app();
    let holder = app
        .invoke(
            "add_holder",
            json!({"fields": {"name": "Taobao", "jurisdiction": "CN", "kind": "ecommerce"}}),
        )
        .unwrap();
    let id = holder["id"].clone();
    let account = app
        .invoke(
            "add_account",
            json!({"holderId": id, "fields": {
                "identifiers": [{"kind": "phone", "value": "13800138000"}],
                "categories": ["purchase-history", "biometrics"],
                "source": "manual", "notes": null}}),
        )
        .expect("an account is added");
    assert_eq!(account["holderId"], id);

    let detail = app.invoke("get_holder", json!({"id": id})).unwrap();
    assert_eq!(detail["accounts"].as_array().unwrap().len(), 1);
    let list = app.invoke("list_holders", json!({})).unwrap();
    assert_eq!(list[0]["sensitive"], true, "biometrics is sensitive under PIPL Art. 28");

    let input = json!({"holderId": id, "kind": "deletion", "language": "zh-CN", "letterDate": "2026-03-02"});
    let preview = app.invoke("preview_letter", json!({"input": input})).expect("a preview");
    assert_eq!(preview["jurisdiction"], "CN", "proposed from the holder");
    assert!(
        preview["draft"]["body"].as_str().unwrap().contains("13800138000"),
        "the letter names the account"
    );

    let created = app.invoke("create_request", json!({"input": input})).expect("a request is created");
    assert_eq!(created["status"], "draft");
    let rid = created["request"]["id"].clone();

    let err = app
        .invoke(
            "log_event",
            json!({"id": rid, "input": {"kind": "reply-received", "date": "2026-03-05", "text": "ok"}}),
        )
        .expect_err("a reply before sending");
    assert_eq!(err["code"], "not-sent");

    // The app's clock says TEST_DAY (2026-04-01): a sending date days later has not happened.
    let future = app
        .invoke("mark_sent", json!({"id": rid, "input": {"date": "2026-04-10", "channel": "email"}}))
        .expect_err("sent in the future");
    assert_eq!(future["code"], "date-in-future");
    let sent = app
        .invoke("mark_sent", json!({"id": rid, "input": {"date": "2026-03-02", "channel": "email"}}))
        .expect("marked as sent");
    assert_eq!(sent["request"]["sentOn"], "2026-03-02");
    let again =
        app.invoke("mark_sent", json!({"id": rid, "input": {"date": "2026-03-03"}})).expect_err("twice");
    assert_eq!(again["code"], "already-sent");

    let requests = app.invoke("list_requests", json!({})).unwrap();
    assert_eq!(requests.as_array().unwrap().len(), 1);
    let in_use = app.invoke("delete_holder", json!({"id": id})).expect_err("its request is evidence");
    assert_eq!(in_use["code"], "holder-in-use");
}

#[test]
fn a_store_that_cannot_open_still_answers_with_its_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join(rightsdesk::store::DB_FILE_NAME),
        b"this is not sqlite, just text ".repeat(200),
    )
    .unwrap();
    let state = AppState::open(dir.path().to_path_buf(), on_test_day());
    assert!(state.open_error().is_some(), "a text file is not a database");
    let app = app_with_state(state, dir);

    let err = app.invoke("list_holders", json!({})).expect_err("no store");
    assert_eq!(err["code"], "store-not-a-database", "{err}");
    let info = app.invoke("app_info", json!({})).expect("app_info never fails");
    assert_eq!(info["storeError"]["code"], "store-not-a-database");
    assert!(info["schemaVersion"].as_i64().unwrap() >= 1);
}

#[test]
fn app_info_names_the_data_folder() {
    let app = app();
    let info = app.invoke("app_info", json!({})).unwrap();
    assert!(info["dbFile"].as_str().unwrap().ends_with("rightsdesk.sqlite3"), "{info}");
    assert_eq!(info["storeError"], Value::Null);
    assert_eq!(info["version"], env!("CARGO_PKG_VERSION"));
}

/// An app whose file dialogs answer from `<dir>/dialogs` (pick/ and save/).
fn app_with_scripted_dialogs() -> (TestApp, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let dialogs = dir.path().join("dialogs");
    std::fs::create_dir_all(dialogs.join("pick")).unwrap();
    let state =
        AppState::open_with(dir.path().join("data"), DialogMode::Folder(dialogs.clone()), on_test_day());
    (app_with_state(state, dir), dialogs)
}

/// A CN holder with an account and a request sent on 2026-03-02; returns the request id.
fn sent_request(app: &TestApp) -> Value {
    let holder = app
        .invoke("add_holder", json!({"fields": {"name": "Meituan", "nameZh": "美团", "jurisdiction": "CN"}}))
        .unwrap();
    app.invoke(
        "add_account",
        json!({"holderId": holder["id"], "fields": {"identifiers": [{"kind": "phone", "value": "13800138000"}],
               "categories": [], "source": "manual", "notes": null}}),
    )
    .unwrap();
    let input = json!({"holderId": holder["id"], "kind": "deletion", "language": "zh-CN", "letterDate": "2026-03-02"});
    let rid = app.invoke("create_request", json!({"input": input})).unwrap()["request"]["id"].clone();
    app.invoke("mark_sent", json!({"id": rid, "input": {"date": "2026-03-02", "channel": "email"}})).unwrap();
    rid
}

#[test]
fn a_reply_takes_only_files_the_user_picked_in_the_dialog() {
    let (app, dialogs) = app_with_scripted_dialogs();
    let rid = sent_request(&app);
    let shot = dialogs.join("pick").join("reply.png");
    std::fs::write(&shot, b"\x89PNG not really").unwrap();
    let secret = dialogs.join("secret.txt");
    std::fs::write(&secret, b"not picked").unwrap();

    let reply = |file: &Path| {
        json!({"id": rid, "input": {"kind": "reply-received", "date": "2026-03-05", "text": "ok",
               "files": [file.display().to_string()]}})
    };
    let err = app.invoke("log_event", reply(&shot)).expect_err("not picked yet");
    assert_eq!(err["code"], "invalid-input", "{err}");

    let picked = app.invoke("pick_attachments", json!({"title": "Choose"})).expect("the dialog answers");
    assert_eq!(picked, json!([shot.display().to_string()]));
    let err = app.invoke("log_event", reply(&secret)).expect_err("a path the window made up");
    assert_eq!(err["code"], "invalid-input");
    let detail = app.invoke("log_event", reply(&shot)).expect("a picked file is accepted");
    let events = detail["events"].as_array().unwrap();
    assert_eq!(events.last().unwrap()["attachments"][0]["originalName"], "reply.png", "{detail}");
}

#[test]
fn evidence_and_the_printable_letter_are_written_where_the_user_saves_them() {
    let (app, dialogs) = app_with_scripted_dialogs();
    let rid = sent_request(&app);
    let saved = app
        .invoke(
            "export_evidence",
            json!({"target": {"kind": "request", "id": rid}, "options": {"locale": "zh-CN"}, "title": "Save"}),
        )
        .expect("exported");
    let path = saved["path"].as_str().unwrap();
    assert!(path.starts_with(dialogs.join("save").to_str().unwrap()), "{saved}");
    let bytes = std::fs::read(path).unwrap();
    assert!(bytes.starts_with(b"%PDF-"), "a PDF");
    assert_eq!(saved["bytes"], bytes.len());

    let holder_id = app.invoke("list_holders", json!({})).unwrap()[0]["holder"]["id"].clone();
    let dossier = app
        .invoke(
            "export_evidence",
            json!({"target": {"kind": "holder", "id": holder_id}, "options": {"locale": "en-US"}, "title": "Save"}),
        )
        .expect("a holder dossier");
    assert!(dossier["path"].as_str().unwrap().contains("dossier"), "{dossier}");

    let letter = app
        .invoke(
            "save_letter_pdf",
            json!({"id": rid, "sender": {"name": "张三", "address": "北京市朝阳区"}, "title": "Save"}),
        )
        .expect("a printable letter");
    assert!(std::fs::read(letter["path"].as_str().unwrap()).unwrap().starts_with(b"%PDF-"));

    let report = app.invoke("verify_store", json!({})).expect("verified");
    assert_eq!(report["problems"], json!([]), "{report}");
    assert_eq!(report["events"], 2, "created and sent");

    let err = app
        .invoke(
            "export_evidence",
            json!({"target": {"kind": "request", "id": 999}, "options": {"locale": "zh-CN"}, "title": "Save"}),
        )
        .expect_err("no such request");
    assert_eq!(err["code"], "not-found");
}

#[test]
fn an_encrypted_store_opens_locked_and_unlocks_only_with_its_passphrase() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    {
        let app = app_with_state(
            AppState::open_with(data.clone(), DialogMode::Native, on_test_day()),
            tempfile::tempdir().unwrap(),
        );
        app.invoke("add_holder", json!({"fields": {"name": "Alipay"}})).unwrap();
        // The user's details for letters are kept in the store, so they are encrypted with it.
        let kept = app
            .invoke(
                "save_sender",
                json!({"sender": {"name": " Li Hua ", "contact": "", "address": "1 Road"}}),
            )
            .unwrap();
        assert_eq!(kept, json!({"name": "Li Hua", "contact": null, "address": "1 Road"}));
        let err = app.invoke("encrypt_store", json!({"passphrase": "short"})).expect_err("too short");
        assert_eq!(err["code"], "passphrase-too-short", "{err}");
        // A damaged plain copy in the data folder cannot be converted: the result names it.
        let kept_dir = data.join("backups").join("before-restore-20260101T000000Z");
        std::fs::create_dir_all(&kept_dir).unwrap();
        std::fs::write(kept_dir.join("rightsdesk.sqlite3"), b"SQLite format 3\0 damaged").unwrap();
        let report =
            app.invoke("encrypt_store", json!({"passphrase": "correct horse battery"})).expect("encrypted");
        let left = report["left"].as_array().expect("a list of copies left");
        assert_eq!(left.len(), 1, "{report}");
        assert_eq!(
            (left[0]["reason"].as_str(), left[0]["plaintext"].as_bool()),
            (Some("unreadable"), Some(true))
        );
        assert_eq!(app.invoke("get_sender", json!({})).unwrap()["name"], "Li Hua", "kept through encryption");
        assert_eq!(
            app.invoke("list_holders", json!({})).unwrap()[0]["holder"]["name"],
            "Alipay",
            "still open"
        );
        assert_eq!(app.invoke("app_info", json!({})).unwrap()["encrypted"], true);
        let err = app
            .invoke("change_passphrase", json!({"old": "wrong wrong wrong", "new": "another good one"}))
            .expect_err("the old passphrase is checked first");
        assert_eq!(err["code"], "store-wrong-passphrase");
        assert!(app.invoke("list_holders", json!({})).is_ok(), "a typo does not close the store");
        app.invoke("change_passphrase", json!({"old": "correct horse battery", "new": "another good one"}))
            .expect("re-keyed");
    }
    // The next start: locked until the passphrase is given.
    let app = app_with_state(AppState::open_with(data, DialogMode::Native, on_test_day()), dir);
    let info = app.invoke("app_info", json!({})).unwrap();
    assert_eq!(info["locked"], true, "{info}");
    assert_eq!(app.invoke("list_holders", json!({})).expect_err("locked")["code"], "store-locked");
    let err =
        app.invoke("unlock_store", json!({"passphrase": "correct horse battery"})).expect_err("old one");
    assert_eq!(err["code"], "store-wrong-passphrase");
    app.invoke("unlock_store", json!({"passphrase": "another good one"})).expect("unlocked");
    assert_eq!(app.invoke("list_holders", json!({})).unwrap()[0]["holder"]["name"], "Alipay");
    assert_eq!(app.invoke("app_info", json!({})).unwrap()["locked"], false);
}

#[test]
fn a_backup_is_saved_and_restored_and_only_known_files_are_restored() {
    let (app, dialogs) = app_with_scripted_dialogs();
    app.invoke("add_holder", json!({"fields": {"name": "Before backup"}})).unwrap();
    let saved = app.invoke("backup_store", json!({"title": "Save"})).expect("backed up");
    let backup = saved["path"].as_str().unwrap().to_string();
    app.invoke("add_holder", json!({"fields": {"name": "After backup"}})).unwrap();

    let err = app.invoke("restore_backup", json!({"file": backup})).expect_err("not picked nor listed");
    assert_eq!(err["code"], "invalid-input", "{err}");
    std::fs::rename(&backup, dialogs.join("pick").join("backup.sqlite3")).unwrap();
    let picked = app.invoke("pick_backup_file", json!({"title": "Open"})).unwrap();
    app.invoke("restore_backup", json!({"file": picked})).expect("restored");
    let names: Vec<Value> = app
        .invoke("list_holders", json!({}))
        .unwrap()
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["holder"]["name"].clone())
        .collect();
    assert_eq!(names, vec![json!("Before backup")], "the store is the backup's");
    let backups = app.invoke("list_backups", json!({})).unwrap();
    assert!(!backups.as_array().unwrap().is_empty(), "the daily backup is listed: {backups}");
}

#[test]
fn a_directory_entry_becomes_a_holder_and_an_sms_import_is_previewed_then_confirmed() {
    let app = app();
    let hits = app.invoke("search_directory", json!({"query": "淘宝", "limit": 5})).expect("search");
    let first = &hits.as_array().expect("hits")[0];
    let entry_id = first["entry"]["id"].as_str().expect("an entry id").to_string();
    let holder = app.invoke("add_from_directory", json!({"entryId": entry_id})).expect("added");
    let again = app.invoke("add_from_directory", json!({"entryId": entry_id})).expect("added once");
    assert_eq!(holder["id"], again["id"], "adding twice gives the same holder");

    let sms = "【工业和信息化部】您的手机号码关联的互联网账号：微信(1个)、支付宝(2个)、美团(1个)。";
    let preview = app.invoke("preview_import", json!({"source": "sms", "text": sms})).expect("a preview");
    assert_eq!(
        app.invoke("list_holders", json!({})).unwrap().as_array().unwrap().len(),
        1,
        "nothing written yet"
    );
    assert!(preview["proposals"].as_array().unwrap().len() >= 3, "{preview}");
    let outcome = app.invoke("confirm_import", json!({"preview": preview})).expect("confirmed");
    assert!(outcome["created"].as_array().unwrap().len() >= 3, "{outcome}");
    let err = app
        .invoke("preview_import", json!({"source": "passwords", "file": "/etc/passwd"}))
        .expect_err("not picked");
    assert_eq!(err["code"], "invalid-input");
    let licences = app.invoke("data_licences", json!({})).unwrap();
    assert!(licences.to_string().contains("MIT"), "JustDeleteMe's licence is listed: {licences}");
}

#[test]
fn a_password_export_and_a_mail_archive_picked_in_the_dialog_are_previewed_then_imported() {
    let (app, dialogs) = app_with_scripted_dialogs();
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/imports");
    let pick = dialogs.join("pick");

    std::fs::copy(fixtures.join("passwords/chrome-edge.csv"), pick.join("passwords.csv")).unwrap();
    let file = app
        .invoke("pick_import_file", json!({"source": "passwords", "title": "Choose"}))
        .expect("the dialog answers");
    let preview =
        app.invoke("preview_import", json!({"source": "passwords", "file": file})).expect("a preview");
    assert!(preview["format"].as_str().unwrap().contains("Chrome"), "{}", preview["format"]);
    let proposals = preview["proposals"].as_array().unwrap().len();
    assert!(proposals > 0, "{preview}");
    assert!(!preview.to_string().contains("FAKE-chrome-pw"), "no password travels to the window");
    assert_eq!(
        app.invoke("list_holders", json!({})).unwrap().as_array().unwrap().len(),
        0,
        "nothing written yet"
    );
    let outcome = app.invoke("confirm_import", json!({"preview": preview})).expect("confirmed");
    assert!(!outcome["created"].as_array().unwrap().is_empty(), "{outcome}");

    std::fs::remove_file(pick.join("passwords.csv")).unwrap();
    std::fs::copy(fixtures.join("mail/archive.mbox"), pick.join("archive.mbox")).unwrap();
    let file = app.invoke("pick_import_file", json!({"source": "mbox", "title": "Choose"})).unwrap();
    let preview =
        app.invoke("preview_import", json!({"source": "mbox", "file": file})).expect("a mail preview");
    assert!(preview["records"].as_u64().unwrap() > 0, "{preview}");
    assert!(!preview["proposals"].as_array().unwrap().is_empty(), "senders are proposed: {preview}");
}

#[test]
fn fetching_a_policy_needs_a_policy_address_and_reports_a_refused_one() {
    let app = app();
    let holder = app.invoke("add_holder", json!({"fields": {"name": "No Policy Ltd"}})).unwrap();
    let err = app.invoke("fetch_policy", json!({"holderId": holder["id"]})).expect_err("no address");
    assert_eq!(err["code"], "holder-no-policy-url", "{err}");
    // A closed local port: the download fails, the store is untouched and still answers.
    let local = app
        .invoke("add_holder", json!({"fields": {"name": "Local", "policyUrl": "http://127.0.0.1:9/privacy"}}))
        .unwrap();
    let err = app.invoke("fetch_policy", json!({"holderId": local["id"]})).expect_err("nothing listens");
    assert!(err["code"].as_str().unwrap().starts_with("fetch"), "{err}");
    let pages = app.invoke("list_holders", json!({})).unwrap();
    assert_eq!(pages.as_array().unwrap().len(), 2, "the store still answers after a failed download");
}

#[test]
fn the_window_gets_today_from_the_apps_clock() {
    let app = app();
    let now = app.invoke("current_time", json!({})).expect("the time");
    assert_eq!(now["today"], TEST_DAY);
    assert!(now["instant"].as_str().unwrap().starts_with("2026-04-01T12:"), "{now}");
    // The store's records are stamped by the same clock.
    let added = app.invoke("add_holder", json!({"fields": {"name": "Clocked"}})).unwrap();
    assert!(added["createdAt"].as_str().unwrap().starts_with(TEST_DAY), "{added}");
}
