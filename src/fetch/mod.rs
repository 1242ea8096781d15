//! Bounded HTTP: the only module that talks to the network, and the only
//! `reqwest` user.
//!
//! One call, [`fetch`], gets one document with hard limits: `http`/`https`
//! only (also for every redirect), a bounded number of redirects, a connect
//! timeout and a total timeout that covers the body, a size cap enforced while
//! the body streams in, no cookie store, TLS verified by the platform's
//! verifier. For addresses that come from data (a policy page named in an
//! inventory, a redirect) rather than from the user's own settings, it also
//! refuses the local network: every name is resolved first and the connection
//! is refused if any address is loopback, link-local, private, unique-local or
//! unspecified (a resolver hook of the HTTP client, so the address checked is
//! the address connected to); an address written as an IP is checked the same
//! way; a redirect from https to http is refused; and the page must say it is
//! `text/html` or `text/plain`. Every way it can fail is a [`FetchError`] variant the UI can name.
//!
//! The core is synchronous: each call drives the request on a small
//! current-thread tokio runtime of its own. Do not call it from inside an
//! async runtime (the desktop shell runs it on a blocking thread).
//!
//! Callers: `api::policy` (privacy-policy pages), `api::datapack` (data
//! packs) and `api::timestamp_request` (a POST to a time-stamping authority). It knows nothing about holders, packs or the store.

use std::net::{IpAddr, SocketAddr, ToSocketAddrs};
use std::sync::Arc;
use std::time::Duration;

/// In a debug build, set to `1` to let policy fetches reach loopback and private
/// addresses (the CLI and shell tests serve pages on 127.0.0.1). A release
/// build ignores it.
pub const LOCAL_FETCH_ENV: &str = "RIGHTSDESK_TEST_LOCAL_FETCH";

/// Limits and identity for one kind of download.
#[derive(Debug, Clone)]
pub struct FetchConfig {
    /// From the start of the request until the last byte of the body.
    pub total_timeout: Duration,
    /// For the TCP connect (and, in practice, the TLS handshake start).
    pub connect_timeout: Duration,
    /// Largest body accepted, in bytes; the download stops as soon as it is exceeded.
    pub max_bytes: u64,
    /// Redirects followed at most (each must be `http` or `https`).
    pub max_redirects: usize,
    /// Refuse bodies that are not a web page or plain text (`text/html`,
    /// `application/xhtml+xml`, `text/plain`); a missing `Content-Type` is refused too.
    pub require_text: bool,
    /// The address comes from data, not from the user's settings: refuse
    /// loopback, link-local, private, unique-local and unspecified addresses
    /// (after DNS resolution and after every redirect) and https → http redirects.
    pub public_only: bool,
    /// Test-only (debug builds): with `public_only`, `127.0.0.1` on this port
    /// (a test server) is still let through when named by its IP; everything
    /// else, names resolving to loopback included, is refused as usual.
    #[cfg(debug_assertions)]
    pub test_server_port: Option<u16>,
    /// Use the proxy named by `HTTP_PROXY`/`HTTPS_PROXY`/`ALL_PROXY` (respecting `NO_PROXY`).
    pub use_env_proxy: bool,
    pub user_agent: String,
}

/// Default cap for a privacy-policy page.
pub const POLICY_MAX_BYTES: u64 = 5 * 1024 * 1024;
/// Default cap for a data pack (the directory pack carries about 3 MB of JSON, base64-encoded).
pub const PACK_MAX_BYTES: u64 = 32 * 1024 * 1024;

impl FetchConfig {
    /// Limits for fetching a company's privacy-policy page.
    pub fn policy_page() -> FetchConfig {
        FetchConfig {
            total_timeout: Duration::from_secs(30),
            connect_timeout: Duration::from_secs(10),
            max_bytes: POLICY_MAX_BYTES,
            max_redirects: 5,
            require_text: true,
            public_only: !local_fetch_allowed(),
            #[cfg(debug_assertions)]
            test_server_port: None,
            use_env_proxy: true,
            user_agent: format!("RightsDesk/{} (personal-data rights assistant)", env!("CARGO_PKG_VERSION")),
        }
    }

    /// Limits for asking a time-stamping authority (RFC 3161 over HTTP): a reply
    /// is a few kilobytes. The address is one the user chose in Settings (a
    /// public TSA, or their own on their network), so no address is refused for being local.
    pub fn timestamp() -> FetchConfig {
        FetchConfig {
            total_timeout: Duration::from_secs(30),
            max_bytes: 256 * 1024,
            max_redirects: 3,
            require_text: false,
            public_only: false,
            ..FetchConfig::policy_page()
        }
    }

    /// Test-only: let this configuration reach loopback and private addresses
    /// (a test server on 127.0.0.1). Not in release builds.
    #[cfg(debug_assertions)]
    pub fn allowing_local_network_for_tests(self) -> FetchConfig {
        FetchConfig { public_only: false, ..self }
    }

    /// Test-only: refuse the local network except `127.0.0.1:port`, a test
    /// server (so that what it redirects to is checked). Not in release builds.
    #[cfg(debug_assertions)]
    pub fn allowing_test_server(self, port: u16) -> FetchConfig {
        FetchConfig { public_only: true, test_server_port: Some(port), ..self }
    }

    /// Limits for downloading a signed data pack (from the pack location the
    /// user set, which may well be on their own network).
    pub fn data_pack() -> FetchConfig {
        FetchConfig {
            total_timeout: Duration::from_secs(120),
            max_bytes: PACK_MAX_BYTES,
            require_text: false,
            public_only: false,
            ..FetchConfig::policy_page()
        }
    }
}

#[cfg(debug_assertions)]
fn local_fetch_allowed() -> bool {
    std::env::var_os(LOCAL_FETCH_ENV).is_some_and(|v| v == "1")
}

#[cfg(not(debug_assertions))]
fn local_fetch_allowed() -> bool {
    false
}

/// A document as the server sent it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FetchedPage {
    /// The URL asked for.
    pub requested_url: String,
    /// The URL the body came from, after redirects.
    pub final_url: String,
    /// The HTTP status of the final response (always 2xx here).
    pub status: u16,
    /// The `Content-Type` header, as sent.
    pub content_type: Option<String>,
    pub body: Vec<u8>,
}

/// Why a document could not be fetched. Each variant names the URL at fault.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FetchError {
    /// The text is not a URL at all.
    #[error("`{url}` is not a valid web address: {message}")]
    BadUrl { url: String, message: String },
    /// Only `http` and `https` are fetched.
    #[error("`{url}` uses the `{scheme}` scheme; only http and https addresses are fetched")]
    BadScheme { url: String, scheme: String },
    /// A redirect pointed to a scheme other than `http`/`https` (e.g. `file:` or `ftp:`).
    #[error("`{url}` redirected to `{target}`; only redirects to http and https addresses are followed")]
    BadRedirect { url: String, target: String },
    /// More redirects than the limit.
    #[error("`{url}` redirected more than {limit} times")]
    TooManyRedirects { url: String, limit: usize },
    /// The host name could not be resolved.
    #[error("the server of `{url}` could not be found (DNS): {message}")]
    Dns { url: String, message: String },
    /// No connection could be made (refused, unreachable, reset).
    #[error("could not connect to `{url}`: {message}")]
    Connect { url: String, message: String },
    /// The TLS handshake failed or the certificate was not trusted.
    #[error("secure connection to `{url}` failed (TLS/certificate): {message}")]
    Tls { url: String, message: String },
    /// The server answered with an error status (404, 500 …) or an unfollowed 3xx.
    #[error("`{url}` answered HTTP {status}")]
    Status { url: String, status: u16 },
    /// The body is larger than the cap.
    #[error("`{url}` is larger than the limit of {limit} bytes; the download was stopped")]
    TooLarge { url: String, limit: u64 },
    /// The request did not finish in time.
    #[error("`{url}` did not answer within {seconds} seconds")]
    Timeout { url: String, seconds: u64 },
    /// The body is not text (an image, a PDF, a download …).
    #[error("`{url}` is not a text or HTML page (content type `{content_type}`)")]
    NotText { url: String, content_type: String },
    /// The address is on this computer or the local network, and it came from
    /// data (a page address, a redirect), so it was not fetched.
    #[error(
        "`{url}` leads to {address}, an address on this computer or the local network; such addresses are not fetched for a page address"
    )]
    PrivateAddress { url: String, address: String },
    /// A secure (https) page redirected to an insecure (http) one.
    #[error(
        "`{url}` redirected from a secure address to the insecure `{target}`; such redirects are not followed"
    )]
    Downgrade { url: String, target: String },
    /// The connection broke while the body was being read, or another transport error.
    #[error("fetching `{url}` failed: {message}")]
    Transport { url: String, message: String },
}

/// Fetches one document within the limits of `config`.
pub fn fetch(url: &str, config: &FetchConfig) -> Result<FetchedPage, FetchError> {
    send(url, None, config)
}

/// Posts `body` as `content_type` and reads the answer within the limits of
/// `config` (a time-stamp query, see [`FetchConfig::timestamp`]).
pub fn post(
    url: &str,
    content_type: &str,
    body: &[u8],
    config: &FetchConfig,
) -> Result<FetchedPage, FetchError> {
    send(url, Some((content_type, body)), config)
}

fn send(url: &str, body: Option<(&str, &[u8])>, config: &FetchConfig) -> Result<FetchedPage, FetchError> {
    let parsed = check_url(url)?;
    if let Some(ip) = refused_literal(&parsed, config) {
        return Err(FetchError::PrivateAddress { url: url.to_string(), address: ip.to_string() });
    }
    let run = || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| FetchError::Transport { url: url.to_string(), message: e.to_string() })?;
        runtime.block_on(fetch_async(url, parsed, body, config))
    };
    // A caller already inside an async runtime (a desktop command) cannot block
    // its thread on another runtime: the download then gets a thread of its own.
    if tokio::runtime::Handle::try_current().is_ok() {
        std::thread::scope(|scope| scope.spawn(run).join()).unwrap_or_else(|_| {
            Err(FetchError::Transport { url: url.to_string(), message: "the download thread failed".into() })
        })
    } else {
        run()
    }
}

/// Parses a URL and refuses every scheme but `http` and `https`.
pub fn check_url(url: &str) -> Result<reqwest::Url, FetchError> {
    let parsed = reqwest::Url::parse(url.trim())
        .map_err(|e| FetchError::BadUrl { url: url.to_string(), message: e.to_string() })?;
    if !is_web_scheme(parsed.scheme()) {
        return Err(FetchError::BadScheme { url: url.to_string(), scheme: parsed.scheme().to_string() });
    }
    if parsed.host_str().is_none_or(str::is_empty) {
        return Err(FetchError::BadUrl { url: url.to_string(), message: "no host name".into() });
    }
    Ok(parsed)
}

fn is_web_scheme(s: &str) -> bool {
    s.eq_ignore_ascii_case("http") || s.eq_ignore_ascii_case("https")
}

/// The host of a URL when it is written as an IP address (no DNS is asked for it).
fn literal_ip(url: &reqwest::Url) -> Option<IpAddr> {
    // The URL parser has already put IPv4 in dotted form (`0x7f.1` → `127.0.0.1`).
    url.host_str()?.trim_start_matches('[').trim_end_matches(']').parse().ok()
}

/// The IP of a URL written with a local-network IP, when `config` refuses it.
fn refused_literal(url: &reqwest::Url, config: &FetchConfig) -> Option<IpAddr> {
    let ip = literal_ip(url).filter(|ip| config.public_only && !is_public(*ip))?;
    #[cfg(debug_assertions)]
    if config.test_server_port.is_some()
        && url.port_or_known_default() == config.test_server_port
        && ip == IpAddr::from([127, 0, 0, 1])
    {
        return None;
    }
    Some(ip)
}

/// Why a redirect from `previous` (oldest first) to `next` is not followed, if it is not.
fn redirect_refusal(
    previous: &[reqwest::Url],
    next: &reqwest::Url,
    config: &FetchConfig,
) -> Option<RedirectRefusal> {
    let target = next.to_string();
    if !is_web_scheme(next.scheme()) {
        return Some(RedirectRefusal::Scheme(target));
    }
    let downgrade = next.scheme().eq_ignore_ascii_case("http")
        && previous.iter().any(|u| u.scheme().eq_ignore_ascii_case("https"));
    if config.public_only && downgrade {
        return Some(RedirectRefusal::Downgrade(target));
    }
    if let Some(ip) = refused_literal(next, config) {
        return Some(RedirectRefusal::Private(target, ip));
    }
    (previous.len() > config.max_redirects).then_some(RedirectRefusal::TooMany(config.max_redirects))
}

/// Whether an address is out on the internet: not loopback, link-local,
/// private (RFC 1918), shared (100.64/10), unique-local (fc00::/7),
/// unspecified, broadcast, multicast or documentation; IPv4 inside IPv6
/// (mapped or compatible) is judged as IPv4.
pub fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => {
            let o = v4.octets();
            !(v4.is_loopback()
                || v4.is_private()
                || v4.is_link_local()
                || v4.is_unspecified()
                || v4.is_broadcast()
                || v4.is_multicast()
                || v4.is_documentation()
                || o[0] == 0
                || (o[0] == 100 && (64..128).contains(&o[1]))
                || (o[0] == 192 && o[1] == 0 && o[2] == 0)
                || (o[0] == 198 && (18..20).contains(&o[1]))
                || o[0] >= 240)
        }
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return is_public(IpAddr::V4(v4));
            }
            let s = v6.segments();
            if s[..6] == [0, 0, 0, 0, 0, 0] && !(v6.is_loopback() || v6.is_unspecified()) {
                // IPv4-compatible (deprecated), e.g. ::127.0.0.1.
                return is_public(IpAddr::V4(std::net::Ipv4Addr::new(
                    (s[6] >> 8) as u8,
                    s[6] as u8,
                    (s[7] >> 8) as u8,
                    s[7] as u8,
                )));
            }
            !(v6.is_loopback()
                || v6.is_unspecified()
                || v6.is_multicast()
                || (s[0] & 0xfe00) == 0xfc00
                || (s[0] & 0xffc0) == 0xfe80
                || (s[0] & 0xffc0) == 0xfec0
                || (s[0] == 0x2001 && s[1] == 0x0db8)
                || (s[0] == 0x64 && s[1] == 0xff9b && s[2] == 0 && s[3] == 0 && s[4] == 0 && s[5] == 0 && {
                    let v4 =
                        std::net::Ipv4Addr::new((s[6] >> 8) as u8, s[6] as u8, (s[7] >> 8) as u8, s[7] as u8);
                    !is_public(IpAddr::V4(v4))
                }))
        }
    }
}

/// Carried through the resolver's error so [`classify`] can name it.
#[derive(Debug)]
struct PrivateRefusal {
    host: String,
    address: IpAddr,
}

impl std::fmt::Display for PrivateRefusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} resolves to {}, a local-network address", self.host, self.address)
    }
}

impl std::error::Error for PrivateRefusal {}

/// The HTTP client's resolver for data-sourced addresses: resolves with the
/// system resolver, then refuses the name if any of its addresses is not
/// public (a name that also points inside could be made to connect there).
/// Proxies named in the environment are exempt: the user configured them.
struct PublicOnlyResolver {
    proxies: Vec<String>,
}

impl reqwest::dns::Resolve for PublicOnlyResolver {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let host = name.as_str().to_string();
        let exempt = self.proxies.iter().any(|p| p.eq_ignore_ascii_case(&host));
        Box::pin(async move {
            let lookup = host.clone();
            let addrs: Vec<SocketAddr> = tokio::task::spawn_blocking(move || {
                (lookup.as_str(), 0).to_socket_addrs().map(Iterator::collect)
            })
            .await
            .map_err(|e| Box::new(e) as Box<dyn std::error::Error + Send + Sync>)??;
            if !exempt && let Some(bad) = addrs.iter().find(|a| !is_public(a.ip())) {
                return Err(Box::new(PrivateRefusal { host, address: bad.ip() }) as _);
            }
            Ok(Box::new(addrs.into_iter()) as reqwest::dns::Addrs)
        })
    }
}

/// The host names of the proxies the environment configures.
fn env_proxy_hosts() -> Vec<String> {
    ["HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .filter_map(|v| {
            let with_scheme = if v.contains("://") { v } else { format!("http://{v}") };
            reqwest::Url::parse(&with_scheme).ok()?.host_str().map(|h| h.trim_matches(['[', ']']).to_string())
        })
        .collect()
}

/// Carried through reqwest's redirect error so [`classify`] can name it.
#[derive(Debug)]
enum RedirectRefusal {
    Scheme(String),
    TooMany(usize),
    Downgrade(String),
    Private(String, IpAddr),
}

impl std::fmt::Display for RedirectRefusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Scheme(target) => write!(f, "redirect to a non-web address {target}"),
            Self::TooMany(limit) => write!(f, "more than {limit} redirects"),
            Self::Downgrade(target) => write!(f, "redirect from https to http {target}"),
            Self::Private(target, ip) => write!(f, "redirect to the local-network address {ip} ({target})"),
        }
    }
}

impl std::error::Error for RedirectRefusal {}

fn client(config: &FetchConfig) -> Result<reqwest::Client, reqwest::Error> {
    let checks = config.clone();
    let policy = reqwest::redirect::Policy::custom(move |attempt| {
        match redirect_refusal(attempt.previous(), attempt.url(), &checks) {
            Some(refusal) => attempt.error(refusal),
            None => attempt.follow(),
        }
    });
    let mut builder = reqwest::Client::builder()
        .redirect(policy)
        .timeout(config.total_timeout)
        .connect_timeout(config.connect_timeout)
        .user_agent(config.user_agent.clone())
        .referer(false);
    if !config.use_env_proxy {
        builder = builder.no_proxy();
    }
    if config.public_only {
        let proxies = if config.use_env_proxy { env_proxy_hosts() } else { Vec::new() };
        builder = builder.dns_resolver(Arc::new(PublicOnlyResolver { proxies }));
    }
    builder.build()
}

async fn fetch_async(
    url: &str,
    parsed: reqwest::Url,
    body: Option<(&str, &[u8])>,
    config: &FetchConfig,
) -> Result<FetchedPage, FetchError> {
    let seconds = config.total_timeout.as_secs().max(1);
    let work = async {
        let client = client(config).map_err(|e| classify(e, url, config))?;
        let request = match body {
            Some((content_type, bytes)) => {
                client.post(parsed).header(reqwest::header::CONTENT_TYPE, content_type).body(bytes.to_vec())
            }
            None => client.get(parsed),
        };
        let mut response = request
            .header(
                reqwest::header::ACCEPT,
                if config.require_text {
                    "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1"
                } else {
                    "*/*"
                },
            )
            .send()
            .await
            .map_err(|e| classify(e, url, config))?;
        let final_url = response.url().to_string();
        let status = response.status();
        if status.is_redirection()
            && let Some(target) = refused_redirect_target(&response)
        {
            // reqwest hands back, unfollowed, a redirect to a scheme it cannot fetch.
            return Err(FetchError::BadRedirect { url: final_url, target });
        }
        if !status.is_success() {
            return Err(FetchError::Status { url: final_url, status: status.as_u16() });
        }
        let content_type = response
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        if config.require_text && !content_type.as_deref().is_some_and(is_page_type) {
            let content_type = content_type.unwrap_or_else(|| "(none)".into());
            return Err(FetchError::NotText { url: final_url, content_type });
        }
        if response.content_length().is_some_and(|n| n > config.max_bytes) {
            return Err(FetchError::TooLarge { url: final_url, limit: config.max_bytes });
        }
        let mut body = Vec::new();
        while let Some(chunk) = response.chunk().await.map_err(|e| classify(e, &final_url, config))? {
            if body.len() as u64 + chunk.len() as u64 > config.max_bytes {
                return Err(FetchError::TooLarge { url: final_url, limit: config.max_bytes });
            }
            body.extend_from_slice(&chunk);
        }
        Ok(FetchedPage {
            requested_url: url.to_string(),
            final_url,
            status: status.as_u16(),
            content_type,
            body,
        })
    };
    // reqwest's own total timeout covers the same span; this one also bounds anything around it.
    match tokio::time::timeout(config.total_timeout + Duration::from_millis(250), work).await {
        Ok(result) => result,
        Err(_) => Err(FetchError::Timeout { url: url.to_string(), seconds }),
    }
}

/// The `Location` of a redirect response when it points to a non-web scheme (`file:`, `ftp:` …).
fn refused_redirect_target(response: &reqwest::Response) -> Option<String> {
    let location = response.headers().get(reqwest::header::LOCATION)?.to_str().ok()?;
    let target = response.url().join(location).ok()?;
    (!is_web_scheme(target.scheme())).then(|| target.to_string())
}

/// Whether a `Content-Type` names a web page or plain text, the only bodies a
/// policy fetch accepts.
pub fn is_page_type(content_type: &str) -> bool {
    let mime = content_type.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    matches!(mime.as_str(), "text/html" | "text/plain" | "application/xhtml+xml")
}

/// Turns a reqwest error into the variant a person can act on.
fn classify(e: reqwest::Error, url: &str, config: &FetchConfig) -> FetchError {
    let url = e.url().map(|u| u.to_string()).unwrap_or_else(|| url.to_string());
    if let Some(refusal) = find_source::<RedirectRefusal>(&e) {
        return match refusal {
            RedirectRefusal::Scheme(target) => FetchError::BadRedirect { url, target: target.clone() },
            RedirectRefusal::TooMany(limit) => FetchError::TooManyRedirects { url, limit: *limit },
            RedirectRefusal::Downgrade(target) => FetchError::Downgrade { url, target: target.clone() },
            RedirectRefusal::Private(target, ip) => {
                FetchError::PrivateAddress { url: target.clone(), address: ip.to_string() }
            }
        };
    }
    if let Some(refusal) = find_source::<PrivateRefusal>(&e) {
        return FetchError::PrivateAddress { url, address: refusal.address.to_string() };
    }
    let message = chain_text(&e);
    if e.is_timeout() || message.contains("timed out") || message.contains("deadline has elapsed") {
        return FetchError::Timeout { url, seconds: config.total_timeout.as_secs().max(1) };
    }
    if e.is_builder() {
        return FetchError::BadUrl { url, message };
    }
    if e.is_redirect() {
        return FetchError::TooManyRedirects { url, limit: config.max_redirects };
    }
    let lower = message.to_ascii_lowercase();
    if looks_like_tls(&lower) {
        return FetchError::Tls { url, message };
    }
    if e.is_dns() || lower.contains("dns error") || lower.contains("failed to lookup address") {
        return FetchError::Dns { url, message };
    }
    if e.is_connect() {
        return FetchError::Connect { url, message };
    }
    FetchError::Transport { url, message }
}

/// rustls reports through io errors, so its messages are recognised by their words.
fn looks_like_tls(lower: &str) -> bool {
    [
        "certificate",
        "tls",
        "handshake",
        "corrupt message",
        "invalidcontenttype",
        "received fatal alert",
        "peer is incompatible",
        "peer misbehaved",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

fn find_source<'a, T: std::error::Error + 'static>(
    e: &'a (dyn std::error::Error + 'static),
) -> Option<&'a T> {
    let mut current = Some(e);
    while let Some(err) = current {
        if let Some(found) = err.downcast_ref::<T>() {
            return Some(found);
        }
        current = err.source();
    }
    None
}

/// The messages of an error and all its sources, deduplicated, for the "details" line.
fn chain_text(e: &(dyn std::error::Error + 'static)) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut current = Some(e);
    while let Some(err) = current {
        let text = err.to_string();
        if !parts.iter().any(|p| p.contains(&text)) {
            parts.push(text);
        }
        current = err.source();
    }
    parts.join(": ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_schemes_are_accepted() {
        assert!(check_url("https://example.com/privacy").is_ok());
        assert!(check_url("HTTP://example.com/").is_ok());
        for bad in ["file:///etc/passwd", "ftp://example.com/x", "javascript:alert(1)", "data:text/html,hi"] {
            assert!(
                matches!(check_url(bad), Err(FetchError::BadScheme { .. }) | Err(FetchError::BadUrl { .. })),
                "{bad} must be refused"
            );
        }
        assert!(matches!(check_url("not a url"), Err(FetchError::BadUrl { .. })));
    }

    #[test]
    fn local_network_addresses_are_not_public() {
        for ip in [
            "127.0.0.1",
            "127.8.9.10",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "255.255.255.255",
            "::1",
            "::",
            "fe80::1",
            "fc00::1",
            "fd12:3456::1",
            "::ffff:127.0.0.1",
            "::ffff:10.0.0.1",
            "::127.0.0.1",
        ] {
            assert!(!is_public(ip.parse().unwrap()), "{ip} is local");
        }
        for ip in ["93.184.215.14", "8.8.8.8", "2606:4700::1111", "::ffff:1.1.1.1"] {
            assert!(is_public(ip.parse().unwrap()), "{ip} is public");
        }
    }

    #[test]
    fn redirects_from_https_to_http_or_into_the_local_network_are_refused() {
        let url = |s: &str| reqwest::Url::parse(s).unwrap();
        let config = FetchConfig::policy_page();
        let config = FetchConfig { public_only: true, ..config };
        let from_https = [url("https://example.com/privacy")];
        let verdict = |prev: &[reqwest::Url], next: &str| redirect_refusal(prev, &url(next), &config);
        assert!(matches!(verdict(&from_https, "http://example.com/p"), Some(RedirectRefusal::Downgrade(_))));
        assert!(verdict(&from_https, "https://www.example.com/p").is_none());
        assert!(
            verdict(&[url("http://example.com/")], "https://example.com/").is_none(),
            "upgrades are fine"
        );
        assert!(verdict(&[url("http://example.com/")], "http://example.org/").is_none());
        let back = [url("https://a.example/"), url("https://b.example/")];
        assert!(matches!(verdict(&back, "http://c.example/"), Some(RedirectRefusal::Downgrade(_))));
        assert!(matches!(verdict(&from_https, "https://10.0.0.1/"), Some(RedirectRefusal::Private(..))));
        assert!(matches!(verdict(&from_https, "https://[fe80::1]/"), Some(RedirectRefusal::Private(..))));
        assert!(matches!(verdict(&from_https, "file:///etc/passwd"), Some(RedirectRefusal::Scheme(_))));
        // A user-configured server (a data pack location) may redirect anywhere on the web.
        let packs = FetchConfig::data_pack();
        assert!(redirect_refusal(&from_https, &url("http://10.0.0.1/"), &packs).is_none());
    }

    #[test]
    fn only_pages_and_plain_text_are_policy_pages() {
        assert!(is_page_type("text/html; charset=GBK"));
        assert!(is_page_type("TEXT/PLAIN"));
        assert!(is_page_type("application/xhtml+xml"));
        for other in ["application/json", "text/xml", "image/svg+xml", "application/pdf", ""] {
            assert!(!is_page_type(other), "{other}");
        }
    }
}
