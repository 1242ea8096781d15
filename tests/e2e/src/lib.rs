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
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The repository root (this crate lives in `tests/e2e`).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().expect("repository root")
}

/// The debug app binary, or `RIGHTSDESK_APP` when set.
pub fn app_binary() -> PathBuf {
    let path = std::env::var_os("RIGHTSDESK_APP")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo_root().join("target/debug/rightsdesk-app"));
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

/// A running app under WebDriver, with its own data folder. Dropping it ends the driver.
pub struct Session {
    pub client: Client,
    driver: Child,
    /// The app's data folder (RIGHTSDESK_DATA_DIR), removed at the end.
    pub data_dir: tempfile::TempDir,
}

impl Session {
    /// Starts the app and waits until its navigation is on screen.
    pub async fn start(name: &str) -> Session {
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
        let driver = Command::new(&driver_bin)
            .args(["--port", &port.to_string(), "--native-port", &native_port.to_string()])
            .env("RIGHTSDESK_DATA_DIR", data_dir.path())
            .env("XDG_DATA_HOME", xdg("data"))
            .env("XDG_CONFIG_HOME", xdg("config"))
            .env("XDG_CACHE_HOME", xdg("cache"))
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

        let mut caps = serde_json::Map::new();
        caps.insert("browserName".into(), "wry".into());
        caps.insert("tauri:options".into(), serde_json::json!({ "application": app.to_string_lossy() }));
        let client = ClientBuilder::new(HttpConnector::new())
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
            .expect("a WebDriver session with the app");
        let session = Session { client, driver: session.driver.take().expect("driver"), data_dir };
        session.wait_for("#nav-inventory").await;
        session
    }

    /// Waits (up to 15 s) for an element matching `css`.
    pub async fn wait_for(&self, css: &str) -> Element {
        self.client
            .wait()
            .at_most(Duration::from_secs(15))
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("`{css}` did not appear: {e}"))
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
            assert!(Instant::now() < deadline, "`{css}` never contained {needle:?}; last text: {text:?}");
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

    /// Saves a screenshot as `target/e2e-screens/<name>.png`, after letting the page paint.
    pub async fn screenshot(&self, name: &str) -> PathBuf {
        tokio::time::sleep(Duration::from_millis(600)).await;
        let png = self.client.screenshot().await.unwrap_or_else(|e| panic!("screenshot {name}: {e}"));
        let path = screens_dir().join(format!("{name}.png"));
        std::fs::write(&path, png).expect("write screenshot");
        path
    }

    /// Ends the WebDriver session (closing the app) and the driver.
    pub async fn finish(mut self) {
        let _ = self.client.clone().close().await;
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

/// Kills the driver if starting the session fails half-way.
struct SessionStart {
    driver: Option<Child>,
}

impl Drop for SessionStart {
    fn drop(&mut self) {
        if let Some(mut d) = self.driver.take() {
            let _ = d.kill();
            let _ = d.wait();
        }
    }
}
