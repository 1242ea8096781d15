//! The commands as the window calls them: through IPC on Tauri's mock runtime
//! (no display needed), against a database in a temporary folder.

use rightsdesk_app::AppState;
use serde_json::{Value, json};
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

fn app() -> TestApp {
    let dir = tempfile::tempdir().expect("temp dir");
    let state = AppState::open(dir.path().to_path_buf());
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
    let state = AppState::open(dir.path().to_path_buf());
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
