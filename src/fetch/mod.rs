//! Bounded HTTP: the only module that talks to the network, and the only
//! `reqwest` user.
//!
//! One call, [`fetch`], gets one document with hard limits: `http`/`https`
//! only (also for every redirect), a bounded number of redirects, a connect
//! timeout and a total timeout that covers the body, a size cap enforced while
//! the body streams in, no cookie store, TLS verified by the platform's
//! verifier. Every way it can fail is a [`FetchError`] variant the UI can name.
//!
//! The core is synchronous: each call drives the request on a small
//! current-thread tokio runtime of its own. Do not call it from inside an
//! async runtime (the desktop shell runs it on a blocking thread).
//!
//! Callers: `api::policy` (privacy-policy pages), `api::datapack` (data
//! packs) and `api::timestamp_request` (a POST to a time-stamping authority). It knows nothing about holders, packs or the store.

use std::time::Duration;

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
    /// Refuse bodies that are not text (HTML, XHTML, plain text, XML, JSON).
    pub require_text: bool,
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
            ..FetchConfig::policy_page()
        }
    }

    /// Limits for downloading a signed data pack.
    pub fn data_pack() -> FetchConfig {
        FetchConfig {
            total_timeout: Duration::from_secs(120),
            max_bytes: PACK_MAX_BYTES,
            require_text: false,
            ..FetchConfig::policy_page()
        }
    }
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

/// Carried through reqwest's redirect error so [`classify`] can name it.
#[derive(Debug)]
enum RedirectRefusal {
    Scheme(String),
    TooMany(usize),
}

impl std::fmt::Display for RedirectRefusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Scheme(target) => write!(f, "redirect to a non-web address {target}"),
            Self::TooMany(limit) => write!(f, "more than {limit} redirects"),
        }
    }
}

impl std::error::Error for RedirectRefusal {}

fn client(config: &FetchConfig) -> Result<reqwest::Client, reqwest::Error> {
    let limit = config.max_redirects;
    let policy = reqwest::redirect::Policy::custom(move |attempt| {
        if !is_web_scheme(attempt.url().scheme()) {
            let target = attempt.url().to_string();
            attempt.error(RedirectRefusal::Scheme(target))
        } else if attempt.previous().len() > limit {
            attempt.error(RedirectRefusal::TooMany(limit))
        } else {
            attempt.follow()
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
        if config.require_text
            && let Some(ct) = &content_type
            && !is_text_type(ct)
        {
            return Err(FetchError::NotText { url: final_url, content_type: ct.clone() });
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
        if config.require_text && content_type.is_none() && looks_binary(&body) {
            return Err(FetchError::NotText {
                url: final_url,
                content_type: "(none, binary content)".into(),
            });
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

/// Whether a `Content-Type` names something the extractor can read.
pub fn is_text_type(content_type: &str) -> bool {
    let mime = content_type.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    mime.starts_with("text/")
        || mime.ends_with("+xml")
        || mime == "application/xml"
        || mime == "application/json"
        || mime.is_empty()
}

fn looks_binary(body: &[u8]) -> bool {
    body.iter().take(1024).any(|&b| b == 0)
}

/// Turns a reqwest error into the variant a person can act on.
fn classify(e: reqwest::Error, url: &str, config: &FetchConfig) -> FetchError {
    let url = e.url().map(|u| u.to_string()).unwrap_or_else(|| url.to_string());
    if let Some(refusal) = find_source::<RedirectRefusal>(&e) {
        return match refusal {
            RedirectRefusal::Scheme(target) => FetchError::BadRedirect { url, target: target.clone() },
            RedirectRefusal::TooMany(limit) => FetchError::TooManyRedirects { url, limit: *limit },
        };
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
    fn text_types_are_recognised() {
        assert!(is_text_type("text/html; charset=GBK"));
        assert!(is_text_type("application/xhtml+xml"));
        assert!(!is_text_type("application/pdf"));
        assert!(!is_text_type("image/png"));
    }
}
