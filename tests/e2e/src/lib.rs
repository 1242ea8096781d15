//! Harness for the end-to-end tests: starts `tauri-driver` (which starts
//! WebKitWebDriver, which starts the app) with a fresh data folder, connects a
//! WebDriver client, and offers the few waits and screenshots the tests need.
//!
//! Needs an X display (`xvfb-run -a cargo test`), `tauri-driver` on PATH or in
//! `~/.cargo/bin`, and the app built at `target/debug/rightsdesk-app`.

use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use std::net::{TcpListener, TcpStream};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The repository root (this crate lives in `tests/e2e`).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().expect("repository root")
}

/// The debug app binary, or `RIGHTSDESK_APP` when set; under `CARGO_TARGET_DIR` when that is set,
/// as cargo puts it there.
pub fn app_binary() -> PathBuf {
    let target =
        std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| repo_root().join("target"));
    let path = std::env::var_os("RIGHTSDESK_APP")
        .map(PathBuf::from)
        .unwrap_or_else(|| target.join("debug/rightsdesk-app"));
    assert!(
        path.is_file(),
        "the app binary {} does not exist: build it first with `cargo build -p rightsdesk-app` at the repository root",
        path.display()
    );
    path
}

fn require_display() {
    let display = std::env::var("DISPLAY").unwrap_or_default();
    assert!(
        !display.is_empty(),
        "DISPLAY is not set: the app needs an X server. Run the e2e tests as `xvfb-run -a cargo test` in tests/e2e"
    );
}

fn tauri_driver() -> PathBuf {
    if let Some(paths) = std::env::var_os("PATH") {
        for dir in std::env::split_paths(&paths) {
            let candidate = dir.join("tauri-driver");
            if candidate.is_file() {
                return candidate;
            }
        }
    }
    let home = std::env::var_os("HOME").map(PathBuf::from).unwrap_or_default();
    let candidate = home.join(".cargo/bin/tauri-driver");
    assert!(
        candidate.is_file(),
        "tauri-driver is not installed: `cargo install tauri-driver --version '^2' --locked`"
    );
    candidate
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("a free local port").port()
}

/// Where screenshots go: `target/e2e-screens/` at the repository root.
pub fn screens_dir() -> PathBuf {
    let dir = repo_root().join("target/e2e-screens");
    std::fs::create_dir_all(&dir).expect("create target/e2e-screens");
    dir
}

/// A small but real PNG (1 × 1 pixel), for attachments.
pub const TINY_PNG: &[u8] = &[
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00,
    0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89, 0x00,
    0x00, 0x00, 0x0d, 0x49, 0x44, 0x41, 0x54, 0x78, 0xda, 0x63, 0x64, 0x60, 0xf8, 0x5f, 0x0f, 0x00, 0x02,
    0x87, 0x01, 0x80, 0xeb, 0x47, 0xba, 0x92, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42,
    0x60, 0x82,
];

/// A running app under WebDriver, with its own data folder. Dropping it ends the driver.
pub struct Session {
    pub client: Client,
    driver: Option<Child>,
    /// tauri-driver's port, to open another WebDriver session (a restarted app).
    port: u16,
    /// The app's data folder (RIGHTSDESK_DATA_DIR), removed at the end.
    pub data_dir: tempfile::TempDir,
    /// Stands in for the native file dialogs (RIGHTSDESK_TEST_DIALOGS): "open"
    /// picks every file in `pick/`, "save" writes into `save/`.
    pub dialogs: PathBuf,
}

impl Session {
    /// Starts the app on `today` (`YYYY-MM-DD`, the app's clock in a debug
    /// build, whatever the machine's date) and waits until its navigation is on screen.
    pub async fn start(name: &str, today: &str) -> Session {
        require_display();
        let app = app_binary();
        let driver_bin = tauri_driver();
        let data_dir = tempfile::Builder::new().prefix("rightsdesk-e2e-").tempdir().expect("temp data dir");
        let (port, native_port) = (free_port(), free_port());
        let log =
            std::fs::File::create(screens_dir().join(format!("{name}-driver.log"))).expect("driver log");
        // The app inherits tauri-driver's environment, so its data folder is set here,
        // and so are the XDG folders: the webview keeps localStorage (the UI language)
        // under them, which must not leak from one run into the next.
        let xdg = |name: &str| {
            let dir = data_dir.path().join("xdg").join(name);
            std::fs::create_dir_all(&dir).expect("xdg dir");
            dir
        };
        let dialogs = data_dir.path().join("dialogs");
        std::fs::create_dir_all(dialogs.join("pick")).expect("dialogs/pick dir");
        let driver = Command::new(&driver_bin)
            .args(["--port", &port.to_string(), "--native-port", &native_port.to_string()])
            .env("RIGHTSDESK_DATA_DIR", data_dir.path())
            .env("RIGHTSDESK_TODAY", today)
            .env("RIGHTSDESK_TEST_DIALOGS", &dialogs)
            .env("XDG_DATA_HOME", xdg("data"))
            .env("XDG_CONFIG_HOME", xdg("config"))
            .env("XDG_CACHE_HOME", xdg("cache"))
            // Its own process group: tauri-driver leaves WebKitWebDriver running
            // when it is killed, so the whole group is ended (see `stop_driver`).
            .process_group(0)
            .stdout(Stdio::from(log.try_clone().expect("log handle")))
            .stderr(Stdio::from(log))
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", driver_bin.display()));
        let mut session = SessionStart { driver: Some(driver) };

        let deadline = Instant::now() + Duration::from_secs(20);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "tauri-driver did not listen on port {port} within 20 s");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }

        let client = connect(port, &app).await;
        let session = Session { client, driver: session.driver.take(), port, data_dir, dialogs };
        session.wait_for("#nav-inventory").await;
        session
    }

    /// Quits the app and starts it again on the same data folder (a new
    /// WebDriver session through the same driver). Waits for the page only,
    /// since a locked store shows the unlock screen rather than the screens.
    pub async fn restart(&mut self) {
        let _ = self.client.clone().close().await;
        self.client = connect(self.port, &app_binary()).await;
        self.wait_for("body").await;
    }

    /// Puts a file where the stand-in "open" dialog picks it (`dialogs/pick/<name>`).
    pub fn put_pick_file(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let path = self.dialogs.join("pick").join(name);
        std::fs::write(&path, bytes).unwrap_or_else(|e| panic!("writing {}: {e}", path.display()));
        path
    }

    /// Empties `dialogs/pick/`, so the next "open" dialog picks nothing old.
    pub fn clear_pick_files(&self) {
        for entry in std::fs::read_dir(self.dialogs.join("pick")).expect("dialogs/pick").flatten() {
            let _ = std::fs::remove_file(entry.path());
        }
    }

    /// The files the stand-in "save" dialog has written so far (`dialogs/save/`), sorted.
    pub fn saved_files(&self) -> Vec<PathBuf> {
        let mut files: Vec<PathBuf> = std::fs::read_dir(self.dialogs.join("save"))
            .map(|entries| entries.flatten().map(|e| e.path()).filter(|p| p.is_file()).collect())
            .unwrap_or_default();
        files.sort();
        files
    }

    /// The saved files whose contents start with `%PDF-`.
    pub fn saved_pdfs(&self) -> Vec<PathBuf> {
        self.saved_files()
            .into_iter()
            .filter(|p| std::fs::read(p).map(|b| b.starts_with(b"%PDF-")).unwrap_or(false))
            .collect()
    }

    /// Sets an input's value from script and fires `input`, as the UI listens
    /// for; for `<input type="date">`, which WebDriver cannot type into reliably.
    pub async fn set_value(&self, css: &str, value: &str) {
        let input = self.wait_for(css).await;
        self.client
            .execute(
                "const el = arguments[0]; el.value = arguments[1];\
                 el.dispatchEvent(new Event('input', {bubbles: true}));\
                 el.dispatchEvent(new Event('change', {bubbles: true}));\
                 return el.value;",
                vec![serde_json::to_value(&input).expect("element reference"), serde_json::json!(value)],
            )
            .await
            .map(|v| assert_eq!(v.as_str(), Some(value), "`{css}` did not take the value {value:?}"))
            .unwrap_or_else(|e| panic!("setting `{css}` to {value:?}: {e}"));
    }

    /// Waits (up to 15 s) for an element matching `css`.
    pub async fn wait_for(&self, css: &str) -> Element {
        match self.client.wait().at_most(Duration::from_secs(15)).for_element(Locator::Css(css)).await {
            Ok(element) => element,
            Err(e) => {
                self.failure_screenshot().await;
                panic!("`{css}` did not appear: {e}")
            }
        }
    }

    /// Clicks the element matching `css`, retrying for a few seconds while it is
    /// covered (a closing modal's backdrop) or replaced by a re-render.
    pub async fn click(&self, css: &str) {
        let deadline = Instant::now() + Duration::from_secs(5);
        loop {
            let result = self.wait_for(css).await.click().await;
            match result {
                Ok(()) => return,
                Err(e) if Instant::now() < deadline => {
                    let _ = e;
                    tokio::time::sleep(Duration::from_millis(150)).await;
                }
                Err(e) => panic!("clicking `{css}`: {e:?}"),
            }
        }
    }

    /// Waits until nothing matches `css`.
    pub async fn wait_gone(&self, css: &str) {
        let deadline = Instant::now() + Duration::from_secs(15);
        while self.count(css).await > 0 {
            assert!(Instant::now() < deadline, "`{css}` is still there after 15 s");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Replaces the text of the input matching `css` with `text`, as typing would.
    pub async fn type_into(&self, css: &str, text: &str) {
        let input = self.wait_for(css).await;
        input.clear().await.unwrap_or_else(|e| panic!("clearing `{css}`: {e}"));
        if text.is_empty() {
            // WebDriver's clear fires no `input` event, which is what the UI listens to.
            self.client
                .execute(
                    "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
                    vec![serde_json::to_value(&input).expect("element reference")],
                )
                .await
                .unwrap_or_else(|e| panic!("clearing `{css}`: {e}"));
        } else {
            input.send_keys(text).await.unwrap_or_else(|e| panic!("typing into `{css}`: {e}"));
        }
    }

    pub async fn select(&self, css: &str, value: &str) {
        self.wait_for(css)
            .await
            .select_by_value(value)
            .await
            .unwrap_or_else(|e| panic!("selecting {value} in `{css}`: {e}"));
    }

    pub async fn text_of(&self, css: &str) -> String {
        self.wait_for(css).await.text().await.unwrap_or_else(|e| panic!("text of `{css}`: {e}"))
    }

    /// Waits until the text of `css` contains `needle`, and returns that text.
    pub async fn wait_for_text(&self, css: &str, needle: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let text = match self.client.find(Locator::Css(css)).await {
                Ok(e) => e.text().await.unwrap_or_default(),
                Err(_) => String::new(),
            };
            if text.contains(needle) {
                return text;
            }
            if Instant::now() >= deadline {
                self.failure_screenshot().await;
                panic!("`{css}` never contained {needle:?}; last text: {text:?}");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits until exactly `n` elements match `css` (15 s at most).
    pub async fn wait_count(&self, css: &str, n: usize) {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let now = self.count(css).await;
            if now == n {
                return;
            }
            assert!(Instant::now() < deadline, "`{css}` matched {now} elements, not {n}, after 15 s");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    pub async fn count(&self, css: &str) -> usize {
        self.client.find_all(Locator::Css(css)).await.map(|v| v.len()).unwrap_or(0)
    }

    /// Goes to a screen by its hash route (`#/holders`).
    pub async fn go(&self, hash: &str) {
        self.client
            .execute("window.location.hash = arguments[0];", vec![serde_json::json!(hash)])
            .await
            .unwrap_or_else(|e| panic!("going to {hash}: {e}"));
    }

    /// Switches the UI language with the switch in the sidebar.
    pub async fn use_language(&self, lang: &str) {
        self.select("#lang-switch", lang).await;
        let expected = if lang == "zh-CN" { "概览" } else { "Dashboard" };
        self.wait_for_text("#nav-dashboard", expected).await;
    }

    /// Resizes the window (the app's minimum is 1024 × 700).
    pub async fn window_size(&self, width: u32, height: u32) {
        self.client
            .set_window_size(width, height)
            .await
            .unwrap_or_else(|e| panic!("resizing to {width}×{height}: {e}"));
    }

    /// Whether the page scrolls sideways (wider than the window).
    pub async fn scrolls_sideways(&self) -> bool {
        self.client
            .execute("return document.documentElement.scrollWidth > window.innerWidth;", vec![])
            .await
            .expect("measure the page")
            .as_bool()
            .unwrap_or(true)
    }

    /// Saves a screenshot as `target/e2e-screens/<name>.png`, after letting the page paint.
    pub async fn screenshot(&self, name: &str) -> PathBuf {
        tokio::time::sleep(Duration::from_millis(600)).await;
        let png = self.client.screenshot().await.unwrap_or_else(|e| panic!("screenshot {name}: {e}"));
        let path = screens_dir().join(format!("{name}.png"));
        std::fs::write(&path, png).expect("write screenshot");
        path
    }

    /// What the window showed when a wait gave up: `target/e2e-screens/FAILED-<time>.png`.
    pub async fn failure_screenshot(&self) {
        let stamp = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_millis())
            .unwrap_or_default();
        if let Ok(png) = self.client.screenshot().await {
            let _ = std::fs::write(screens_dir().join(format!("FAILED-{stamp}.png")), png);
        }
        // The whole page's text too: the screenshot shows only what fits in the window.
        if let Ok(text) = self.client.execute("return document.body.innerText;", vec![]).await {
            let _ = std::fs::write(
                screens_dir().join(format!("FAILED-{stamp}.txt")),
                text.as_str().unwrap_or(""),
            );
        }
    }

    /// Ends the WebDriver session (closing the app) and the driver.
    pub async fn finish(mut self) {
        let _ = self.client.clone().close().await;
        stop_driver(&mut self.driver);
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        stop_driver(&mut self.driver);
    }
}

/// Ends tauri-driver and everything in its process group (WebKitWebDriver,
/// and the app if a failed test left it open), then reaps the driver.
/// Until it is reaped here, the driver's pid (its group's id) cannot be reused.
fn stop_driver(driver: &mut Option<Child>) {
    let Some(mut driver) = driver.take() else { return };
    let _ = Command::new("kill")
        .args(["-TERM", "--", &format!("-{}", driver.id())])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
    let _ = driver.kill();
    let _ = driver.wait();
}

/// A new WebDriver session through tauri-driver on `port`, which starts the app.
async fn connect(port: u16, app: &Path) -> Client {
    let mut caps = serde_json::Map::new();
    caps.insert("browserName".into(), "wry".into());
    caps.insert("tauri:options".into(), serde_json::json!({ "application": app.to_string_lossy() }));
    // tauri-driver accepts connections before its WebKitWebDriver is ready; a
    // session asked for too early is dropped mid-reply. Ask again a few times.
    let mut attempt = 0;
    loop {
        attempt += 1;
        match ClientBuilder::new(HttpConnector::new())
            .capabilities(caps.clone())
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
        {
            Ok(client) => return client,
            Err(e) if attempt < 5 => {
                eprintln!("WebDriver session attempt {attempt} failed ({e}); trying again");
                tokio::time::sleep(Duration::from_millis(500 * attempt)).await;
            }
            Err(e) => panic!("a WebDriver session with the app: {e:?}"),
        }
    }
}

/// Kills the driver if starting the session fails half-way.
struct SessionStart {
    driver: Option<Child>,
}

impl Drop for SessionStart {
    fn drop(&mut self) {
        stop_driver(&mut self.driver);
    }
}
