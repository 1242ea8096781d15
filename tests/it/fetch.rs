//! The policy-contact finder against a local HTTP server on 127.0.0.1: bounded
//! fetching (schemes, redirects, size, time, status, TLS), contact extraction
//! from Chinese (UTF-8 and GBK) and English pages, and the page kept as evidence.

use crate::support::{now, temp_store};
use rightsdesk::api;
use rightsdesk::fetch::{self, FetchConfig, FetchError};
use rightsdesk::holder::{Holder, HolderFields};
use rightsdesk::policy::ContactKind;
use rightsdesk::store::Store;
use rightsdesk::{Error, ErrorCode};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// What the test server answers on one path.
#[derive(Clone)]
pub enum Reply {
    Page {
        content_type: &'static str,
        body: Vec<u8>,
    },
    Redirect(String),
    Status(u16),
    /// Waits this long before answering (the client should have given up).
    Slow(Duration),
    /// Streams this many bytes with no Content-Length.
    Endless(usize),
    /// Declares a Content-Length larger than the cap (and sends a little).
    Declared(u64),
}

/// A tiny HTTP/1.1 server on a loopback port, one thread per connection; it
/// stops when dropped. Serves only what the test put in its table.
pub struct LocalServer {
    pub port: u16,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl LocalServer {
    pub fn start(routes: Vec<(&str, Reply)>) -> LocalServer {
        let routes: Arc<HashMap<String, Reply>> =
            Arc::new(routes.into_iter().map(|(p, r)| (p.to_string(), r)).collect());
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind a loopback port");
        let port = listener.local_addr().unwrap().port();
        let stop = Arc::new(AtomicBool::new(false));
        let stopping = stop.clone();
        let thread = std::thread::spawn(move || {
            // Bounded: at most 200 connections per server, and it ends when the test drops it.
            for stream in listener.incoming().take(200) {
                if stopping.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                let routes = routes.clone();
                std::thread::spawn(move || serve(stream, &routes));
            }
        });
        LocalServer { port, stop, thread: Some(thread) }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }
}

impl Drop for LocalServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the accept loop so it sees the flag.
        let _ = TcpStream::connect(("127.0.0.1", self.port));
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn serve(mut stream: TcpStream, routes: &HashMap<String, Reply>) {
    stream.set_read_timeout(Some(Duration::from_secs(5))).ok();
    let mut request = Vec::new();
    let mut buf = [0u8; 1024];
    while !request.windows(4).any(|w| w == b"\r\n\r\n") && request.len() < 16 * 1024 {
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => request.extend_from_slice(&buf[..n]),
        }
        // A TLS ClientHello (0x16) is not HTTP: answer in plain text, as a misconfigured server would.
        if request.first() == Some(&0x16) {
            let _ = stream.write_all(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
            return;
        }
    }
    let text = String::from_utf8_lossy(&request);
    let path = text.split_whitespace().nth(1).unwrap_or("/").to_string();
    let head = |status: &str, extra: &str| format!("HTTP/1.1 {status}\r\nConnection: close\r\n{extra}\r\n");
    let _ = match routes.get(&path) {
        Some(Reply::Page { content_type, body }) => stream
            .write_all(
                head(
                    "200 OK",
                    &format!("Content-Type: {content_type}\r\nContent-Length: {}\r\n", body.len()),
                )
                .as_bytes(),
            )
            .and_then(|()| stream.write_all(body)),
        Some(Reply::Redirect(to)) => stream
            .write_all(head("302 Found", &format!("Location: {to}\r\nContent-Length: 0\r\n")).as_bytes()),
        Some(Reply::Status(code)) => stream
            .write_all(
                head(&format!("{code} Oops"), "Content-Type: text/html\r\nContent-Length: 5\r\n").as_bytes(),
            )
            .and_then(|()| stream.write_all(b"oops!")),
        Some(Reply::Slow(wait)) => {
            std::thread::sleep(*wait);
            stream.write_all(head("200 OK", "Content-Type: text/html\r\nContent-Length: 2\r\n").as_bytes())
        }
        Some(Reply::Endless(n)) => {
            let mut r = stream.write_all(head("200 OK", "Content-Type: text/html\r\n").as_bytes());
            let chunk = vec![b'a'; 16 * 1024];
            let mut sent = 0;
            while r.is_ok() && sent < *n {
                r = stream.write_all(&chunk);
                sent += chunk.len();
            }
            r
        }
        Some(Reply::Declared(len)) => stream
            .write_all(
                head("200 OK", &format!("Content-Type: text/html\r\nContent-Length: {len}\r\n")).as_bytes(),
            )
            .and_then(|()| stream.write_all(b"<p>")),
        None => stream.write_all(head("404 Not Found", "Content-Length: 0\r\n").as_bytes()),
    };
    let _ = stream.shutdown(Shutdown::Both);
}

/// Short limits so the failure tests are quick; no proxy, so loopback stays
/// loopback; the test server is on 127.0.0.1, so the local network is allowed
/// (the test-only switch).
pub fn test_config() -> FetchConfig {
    public_config().allowing_local_network_for_tests()
}

/// [`test_config`] as a real policy fetch has it: the local network refused.
pub fn public_config() -> FetchConfig {
    FetchConfig {
        total_timeout: Duration::from_secs(2),
        connect_timeout: Duration::from_secs(1),
        max_bytes: 256 * 1024,
        max_redirects: 3,
        use_env_proxy: false,
        ..FetchConfig::policy_page()
    }
}

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/tests/fixtures/policy/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn fixture_server() -> LocalServer {
    LocalServer::start(vec![
        ("/zh", Reply::Page { content_type: "text/html; charset=utf-8", body: fixture("zh-utf8.html") }),
        ("/gbk", Reply::Page { content_type: "text/html", body: fixture("zh-gbk.html") }),
        ("/en", Reply::Page { content_type: "text/html; charset=UTF-8", body: fixture("en.html") }),
        ("/moved", Reply::Redirect("/en".into())),
        ("/to-file", Reply::Redirect("file:///etc/passwd".into())),
        ("/to-ftp", Reply::Redirect("ftp://127.0.0.1/policy.html".into())),
        ("/loop", Reply::Redirect("/loop".into())),
        ("/huge", Reply::Endless(1024 * 1024)),
        ("/declared-huge", Reply::Declared(50 * 1024 * 1024)),
        ("/slow", Reply::Slow(Duration::from_secs(4))),
        ("/gone", Reply::Status(404)),
        ("/broken", Reply::Status(500)),
        ("/logo", Reply::Page { content_type: "image/png", body: vec![0x89, b'P', b'N', b'G', 0, 0] }),
        ("/json", Reply::Page { content_type: "application/json", body: b"{\"email\":\"a@b.cn\"}".to_vec() }),
        ("/untyped", Reply::Page { content_type: "", body: b"privacy@example.cn".to_vec() }),
        ("/to-metadata", Reply::Redirect("http://169.254.169.254/latest/meta-data/".into())),
        ("/to-http", Reply::Redirect("http://example.com/".into())),
    ])
}

fn holder_with_policy(store: &Store, url: &str) -> Holder {
    api::add_holder(
        store,
        HolderFields { name: "Example".into(), policy_url: Some(url.into()), ..Default::default() },
        &now("2026-03-02"),
    )
    .unwrap()
}

fn fetch_err(url: &str) -> FetchError {
    fetch::fetch(url, &test_config()).expect_err("the fetch must be refused")
}

#[test]
fn finds_the_dpo_email_phone_and_address_in_a_chinese_policy_with_their_sentences() {
    let server = fixture_server();
    let (_dir, store) = temp_store();
    let h = holder_with_policy(&store, &server.url("/zh"));
    let found = api::fetch_policy_with(&store, h.id, &test_config(), &now("2026-03-02")).unwrap();

    let best = &found.candidates[0];
    assert_eq!(
        (best.kind, best.value.as_str()),
        (ContactKind::Email, "pi@example-zh.cn"),
        "{:#?}",
        found.candidates
    );
    assert!(best.sentence.contains("个人信息保护负责人"), "the sentence is shown: {}", best.sentence);
    assert_eq!(best.heading.as_deref(), Some("十、如何联系我们"));

    let phone = found.candidates.iter().find(|c| c.kind == ContactKind::Phone).unwrap();
    assert_eq!(phone.value, "400-100-2000", "the privacy line outranks the customer-service number");
    assert!(phone.sentence.contains("个人信息保护专线"), "{}", phone.sentence);
    let address = found.candidates.iter().find(|c| c.kind == ContactKind::Address).unwrap();
    assert!(address.value.starts_with("北京市海淀区中关村南大街5号"), "{}", address.value);
    assert!(!address.value.contains("100081"), "the postcode label ends the address: {}", address.value);

    let values: Vec<&str> = found.candidates.iter().map(|c| c.value.as_str()).collect();
    for noise in ["js-only@example-zh.cn", "13900000000", "12345678", "010-8888 6600", "2024-05-01"] {
        assert!(!values.iter().any(|v| v.contains(noise)), "{noise} is not a contact: {values:?}");
    }
    let service = found.candidates.iter().find(|c| c.value == "service@example-zh.cn").unwrap();
    assert!(service.score < best.score, "customer service ranks below the privacy officer");
    assert_eq!(found.title.as_deref(), Some("示例科技隐私政策"));
}

#[test]
fn the_fetched_page_is_kept_as_a_holder_attachment_with_its_hash_and_status() {
    let server = fixture_server();
    let (_dir, store) = temp_store();
    let h = holder_with_policy(&store, &server.url("/zh"));
    let found = api::fetch_policy_with(&store, h.id, &test_config(), &now("2026-03-02")).unwrap();
    let body = fixture("zh-utf8.html");
    let a = &found.attachment;
    assert_eq!(a.sha256, hex::encode(Sha256::digest(&body)), "the SHA-256 of the bytes as served");
    assert_eq!((a.http_status, a.size), (200, body.len() as u64));
    assert_eq!(a.url, server.url("/zh"));
    assert_eq!(a.fetched_at, "2026-03-02T12:00:00Z", "the time passed in, not the clock");
    assert_eq!(a.content_type.as_deref(), Some("text/html; charset=utf-8"));
    assert_eq!(store.read_holder_attachment(a).unwrap(), body, "the body itself is stored");
    assert_eq!(api::list_holder_attachments(&store, h.id).unwrap(), vec![a.clone()]);
    let again = api::policy_candidates(&store, a.id).unwrap();
    assert_eq!(again, found.candidates, "the stored copy gives the same candidates");

    // verify checks the kept page like any other evidence.
    let report = api::verify_store(&store).unwrap();
    assert_eq!((report.pages, report.problems.len()), (1, 0), "{report:?}");
    let path = store.attachment_path(&a.sha256).unwrap();
    std::fs::write(&path, b"<html>edited later</html>").unwrap();
    let report = api::verify_store(&store).unwrap();
    assert_eq!(
        report.problems,
        vec![rightsdesk::store::VerifyProblem::PageAltered {
            holder: h.id,
            page: a.id,
            url: a.final_url.clone()
        }]
    );
    std::fs::remove_file(&path).unwrap();
    let report = api::verify_store(&store).unwrap();
    assert!(
        matches!(report.problems.as_slice(), [rightsdesk::store::VerifyProblem::PageMissing { page, .. }] if *page == a.id),
        "{report:?}"
    );
}

#[test]
fn a_gbk_page_is_decoded_from_its_meta_charset() {
    let server = fixture_server();
    let (_dir, store) = temp_store();
    let h = holder_with_policy(&store, &server.url("/gbk"));
    let found = api::fetch_policy_with(&store, h.id, &test_config(), &now("2026-03-02")).unwrap();
    assert_eq!(found.encoding, "GBK");
    let get = |k: ContactKind| found.candidates.iter().find(|c| c.kind == k).unwrap().value.clone();
    assert_eq!(get(ContactKind::Email), "privacy@yi-example.com.cn", "［at］ is read as @");
    assert_eq!(get(ContactKind::Phone), "0571-8765 4321");
    assert_eq!(get(ContactKind::Address), "浙江省杭州市西湖区文三路90号东部软件园");
    assert!(found.candidates.iter().all(|c| c.heading.as_deref() == Some("八、联系我们")));
}

#[test]
fn an_english_policy_gives_the_dpo_address_number_and_postal_address() {
    let server = fixture_server();
    let (_dir, store) = temp_store();
    let h = holder_with_policy(&store, &server.url("/moved"));
    let found = api::fetch_policy_with(&store, h.id, &test_config(), &now("2026-03-02")).unwrap();
    assert_eq!(found.attachment.final_url, server.url("/en"), "an http redirect is followed");
    assert_eq!(found.candidates[0].value, "dpo@example-cloud.test", "{:#?}", found.candidates);
    assert!(found.candidates[0].sentence.contains("Data Protection Officer"));
    let phone = found.candidates.iter().find(|c| c.kind == ContactKind::Phone).unwrap();
    assert_eq!(phone.value, "+44 20 7946 0958");
    let address = found.candidates.iter().find(|c| c.kind == ContactKind::Address).unwrap();
    assert_eq!(
        address.value,
        "Example Cloud Ltd, Attn: Data Protection Officer, 1 Sample Street, London EC1A 1AA, United Kingdom"
    );
    let noreply = found.candidates.iter().find(|c| c.value.starts_with("noreply@")).unwrap();
    assert!(noreply.score < 30, "a no-reply address is a poor contact: {}", noreply.score);
}

#[test]
fn redirects_to_file_or_ftp_are_refused() {
    let server = fixture_server();
    for path in ["/to-file", "/to-ftp"] {
        let err = fetch_err(&server.url(path));
        assert!(matches!(err, FetchError::BadRedirect { .. }), "{path}: {err:?}");
        assert!(Error::from(err).code() == ErrorCode::FetchBadUrl);
    }
    assert!(matches!(fetch_err(&server.url("/loop")), FetchError::TooManyRedirects { limit: 3, .. }));
}

#[test]
fn only_http_and_https_addresses_are_fetched() {
    for url in ["file:///etc/passwd", "ftp://127.0.0.1/x", "gopher://127.0.0.1/"] {
        assert!(matches!(fetch_err(url), FetchError::BadScheme { .. }), "{url}");
    }
}

#[test]
fn a_body_over_the_cap_is_refused_while_streaming_or_when_declared() {
    let server = fixture_server();
    let started = Instant::now();
    assert!(matches!(fetch_err(&server.url("/huge")), FetchError::TooLarge { limit: 262144, .. }));
    assert!(matches!(fetch_err(&server.url("/declared-huge")), FetchError::TooLarge { .. }));
    assert!(started.elapsed() < Duration::from_secs(3), "stopped early, not after the whole body");
}

#[test]
fn a_slow_server_times_out() {
    let server = fixture_server();
    let started = Instant::now();
    let err = fetch_err(&server.url("/slow"));
    assert!(matches!(err, FetchError::Timeout { .. }), "{err:?}");
    assert!(started.elapsed() < Duration::from_millis(3500), "gave up at the limit: {:?}", started.elapsed());
    assert_eq!(Error::from(err).code(), ErrorCode::FetchTimeout);
}

#[test]
fn http_errors_are_named_and_nothing_is_stored() {
    let server = fixture_server();
    let (_dir, store) = temp_store();
    for (path, status) in [("/gone", 404), ("/broken", 500)] {
        let h = holder_with_policy(&store, &server.url(path));
        let err = api::fetch_policy_with(&store, h.id, &test_config(), &now("2026-03-02")).unwrap_err();
        assert_eq!(err.code(), ErrorCode::FetchHttpStatus);
        assert!(err.to_string().contains(&format!("HTTP {status}")), "{err}");
        assert!(
            api::list_holder_attachments(&store, h.id).unwrap().is_empty(),
            "no evidence of a failed fetch"
        );
    }
}

#[test]
fn an_image_is_not_a_policy_page() {
    let server = fixture_server();
    let err = fetch_err(&server.url("/logo"));
    assert!(matches!(err, FetchError::NotText { .. }), "{err:?}");
}

#[test]
fn a_policy_page_must_say_it_is_html_or_plain_text() {
    let server = fixture_server();
    for path in ["/json", "/untyped"] {
        let err = fetch_err(&server.url(path));
        assert!(matches!(err, FetchError::NotText { .. }), "{path}: {err:?}");
    }
    assert!(fetch::fetch(&server.url("/zh"), &test_config()).is_ok());
}

#[test]
fn the_local_network_is_refused_for_a_policy_address_after_resolving_it() {
    let server = fixture_server();
    let config = public_config();
    let refused = |url: &str| fetch::fetch(url, &config).expect_err(url);
    // By IP, in any spelling the URL parser accepts, and by a name that resolves to loopback.
    for url in [
        server.url("/zh"),
        format!("http://localhost:{}/zh", server.port),
        format!("http://127.1:{}/zh", server.port),
        format!("http://0x7f000001:{}/zh", server.port),
        format!("http://[::ffff:127.0.0.1]:{}/zh", server.port),
        "http://[::1]:9/".into(),
        "http://10.0.0.1/".into(),
        "http://192.168.1.1/".into(),
        "http://169.254.169.254/latest/meta-data/".into(),
        "http://0.0.0.0:9/".into(),
        "http://[fd00::1]/".into(),
    ] {
        let err = refused(&url);
        assert!(matches!(err, FetchError::PrivateAddress { .. }), "{url}: {err:?}");
        assert_eq!(Error::from(err).code(), ErrorCode::FetchPrivateAddress);
    }
    // The API's own fetch stores nothing for a refused address.
    let (_dir, store) = temp_store();
    let h = holder_with_policy(&store, &format!("http://localhost:{}/zh", server.port));
    let err = api::fetch_policy_with(&store, h.id, &config, &now("2026-03-02")).unwrap_err();
    assert_eq!(err.code(), ErrorCode::FetchPrivateAddress, "{err}");
    assert!(api::list_holder_attachments(&store, h.id).unwrap().is_empty());
    // The message names the problem in both languages.
    let l10n = rightsdesk::i18n::Localizer::embedded();
    for locale in [rightsdesk::i18n::Locale::EnUs, rightsdesk::i18n::Locale::ZhCn] {
        assert!(l10n.has(locale, "error-fetch-private-address"), "{locale:?}");
    }
}

#[test]
fn a_redirect_into_the_local_network_is_refused() {
    let server = fixture_server();
    let other = fixture_server();
    // Only the test server itself is let through; everything it redirects to is checked.
    let config = public_config().allowing_test_server(server.port);
    assert!(fetch::fetch(&server.url("/moved"), &config).is_ok(), "a redirect on the same server");
    let err = fetch::fetch(&server.url("/to-metadata"), &config).expect_err("to the metadata address");
    assert!(matches!(err, FetchError::PrivateAddress { .. }), "{err:?}");
    let to_other = LocalServer::start(vec![("/", Reply::Redirect(other.url("/zh")))]);
    let config = public_config().allowing_test_server(to_other.port);
    let err = fetch::fetch(&to_other.url("/"), &config).expect_err("to another loopback port");
    assert!(matches!(err, FetchError::PrivateAddress { .. }), "{err:?}");
    // A name that resolves to loopback is refused by the resolver even on the allowed port.
    let err = fetch::fetch(&format!("http://localhost:{}/zh", server.port), &config).expect_err("by name");
    assert!(matches!(err, FetchError::PrivateAddress { .. }), "{err:?}");
}

#[test]
fn connection_refused_and_tls_failures_have_their_own_errors() {
    let port = {
        let l = TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let err = fetch_err(&format!("http://127.0.0.1:{port}/"));
    assert!(matches!(err, FetchError::Connect { .. }), "{err:?}");
    assert_eq!(Error::from(err).code(), ErrorCode::FetchConnect);

    let server = fixture_server();
    let err = fetch_err(&format!("https://127.0.0.1:{}/zh", server.port));
    assert!(matches!(err, FetchError::Tls { .. }), "a plain-text answer to TLS: {err:?}");
    assert_eq!(Error::from(err).code(), ErrorCode::FetchTls);
}

#[test]
fn accepting_a_candidate_updates_the_holder_field() {
    let server = fixture_server();
    let (_dir, store) = temp_store();
    let h = holder_with_policy(&store, &server.url("/zh"));
    let found = api::fetch_policy_with(&store, h.id, &test_config(), &now("2026-03-02")).unwrap();
    for c in found.candidates.iter().filter(|c| c.score >= 60) {
        api::accept_contact(&store, h.id, c.kind, &c.value, &now("2026-03-03")).unwrap();
    }
    let f = api::get_holder(&store, h.id).unwrap().holder.fields;
    assert_eq!(f.email.as_deref(), Some("pi@example-zh.cn"));
    assert_eq!(f.phone.as_deref(), Some("400-100-2000"));
    assert!(f.address.unwrap().starts_with("北京市海淀区"));
    let bad = api::accept_contact(&store, h.id, ContactKind::Email, "not-an-address", &now("2026-03-03"));
    assert_eq!(bad.unwrap_err().code(), ErrorCode::InvalidInput, "accepted values are validated");
}

#[test]
fn a_holder_without_a_policy_address_is_told_so() {
    let (_dir, store) = temp_store();
    let h = api::add_holder(
        &store,
        HolderFields { name: "No policy".into(), ..Default::default() },
        &now("2026-03-02"),
    )
    .unwrap();
    let err = api::fetch_policy_with(&store, h.id, &test_config(), &now("2026-03-02")).unwrap_err();
    assert_eq!(err.code(), ErrorCode::HolderNoPolicyUrl);
}

#[test]
fn cli_fetch_policy_lists_candidates_and_accepts_one() {
    let server = fixture_server();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("rd.sqlite3");
    let run = |args: &[&str]| {
        // The test server is on loopback: the debug-build switch lets the CLI reach it.
        let out = crate::support::cli_on(&db).env(fetch::LOCAL_FETCH_ENV, "1").args(args).output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    };
    let id = run(&["holder", "add", "--name", "Example", "--policy", &server.url("/zh")]);
    let id = id.trim();
    let refused = crate::support::cli_on(&db).args(["holder", "fetch-policy", id]).output().unwrap();
    assert!(!refused.status.success(), "a loopback policy address is refused without the switch");
    let listing = run(&["holder", "fetch-policy", id, "--accept", "1"]);
    assert!(listing.contains("  1. [email]"), "{listing}");
    assert!(listing.contains("pi@example-zh.cn") && listing.contains("个人信息保护负责人"), "{listing}");
    assert!(listing.contains("kept as holder attachment #1"), "{listing}");
    let shown = run(&["holder", "show", id]);
    assert!(shown.contains("e-mail: pi@example-zh.cn"), "{shown}");
}

#[test]
fn a_fetch_from_inside_an_async_runtime_works_like_any_other() {
    // The desktop shell runs its commands on a tokio runtime.
    let server = fixture_server();
    let url = server.url("/zh");
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let page = runtime.block_on(async { fetch::fetch(&url, &test_config()) }).expect("fetched");
    assert_eq!(page.status, 200);
    assert_eq!(page.body, fixture("zh-utf8.html"));
}

#[test]
fn a_stored_page_is_read_for_contacts_without_holding_the_store() {
    use std::sync::{Mutex, mpsc};
    let (_dir, store) = temp_store();
    let h = holder_with_policy(&store, "https://example.com/privacy");
    // About 2.5 MB of distinct addresses: reading it takes a noticeable moment.
    let body: String = (0..200_000).map(|i| format!("u{i:06}@e{}.cn ", i % 100)).collect();
    let page = fetch::FetchedPage {
        requested_url: "https://example.com/privacy".into(),
        final_url: "https://example.com/privacy".into(),
        status: 200,
        content_type: Some("text/plain; charset=utf-8".into()),
        body: body.into_bytes(),
    };
    let attachment = api::keep_policy_page(&store, h.id, &page, &now("2026-03-02")).unwrap();
    let shared = Mutex::new(store);
    let (taken, when_taken) = mpsc::channel();
    let reading_done = AtomicBool::new(false);
    std::thread::scope(|s| {
        let reader = s.spawn(|| {
            let lend = || {
                let guard = shared.lock().unwrap();
                taken.send(()).unwrap();
                Ok::<_, Error>(guard)
            };
            let found = api::policy_candidates_unlocked(lend, attachment.id).unwrap();
            reading_done.store(true, Ordering::SeqCst);
            found
        });
        when_taken.recv().unwrap();
        // Another command waits only for the stored page to be read, not for the contacts.
        let other = shared.lock().unwrap();
        let while_reading = !reading_done.load(Ordering::SeqCst);
        assert_eq!(api::list_holders(&other).unwrap().len(), 1);
        drop(other);
        let found = reader.join().unwrap();
        assert!(while_reading, "the store was free while the page was read for contacts");
        assert_eq!(found.len(), rightsdesk::policy::contacts::MAX_CANDIDATES);
    });
    assert_eq!(when_taken.try_iter().count(), 0, "the store was taken once");
}
