//! Mail archives: who has been writing to the user.
//!
//! Reads mbox files and single .eml messages, headers only: for each message
//! the `From:` address's domain and the `Date:`. Bodies are skipped line by
//! line without being kept (or, for .eml, not read past the headers). The
//! result is one candidate per registrable sender domain with a message count
//! and the first and last dates.
//!
//! [`Scanner`] takes one line at a time, so `api` can stream a multi-gigabyte
//! mbox from disk; [`parse`] feeds it from bytes in memory.

use super::{Candidate, Control, ImportError, Parsed, Skipped, check_size, push_unique};
use crate::directory::registrable_domain;
use chrono::{DateTime, NaiveDate};
use std::collections::BTreeMap;

/// Largest archive accepted in memory; larger ones are streamed from disk by `api`.
pub const MAX_BYTES: u64 = 256 * 1024 * 1024;
/// Largest archive streamed from disk.
pub const MAX_STREAM_BYTES: u64 = 64 * 1024 * 1024 * 1024;
/// Longest header line accepted (RFC 5322 allows 998 characters; real mail stays far below this).
pub const MAX_HEADER_LINE: usize = 1024 * 1024;
/// Most header bytes of one message that are looked at.
const MAX_HEADER_FIELD: usize = 64 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// Before the first message: an mbox `From ` line or a header decides what this is.
    Start,
    Headers,
    Body,
}

#[derive(Debug, Default)]
struct Message {
    from: Option<String>,
    date: Option<String>,
    /// The header the previous line belonged to (for folded continuation lines).
    current: Option<&'static str>,
}

#[derive(Debug, Default)]
struct Sender {
    hosts: Vec<String>,
    count: u64,
    first: Option<NaiveDate>,
    last: Option<NaiveDate>,
}

/// Collects sender domains from one or more archives, line by line.
#[derive(Debug)]
pub struct Scanner {
    state: State,
    line: u64,
    /// Whether the current input is an mbox (`From ` separated) or a single message.
    mbox: bool,
    message: Message,
    senders: BTreeMap<String, Sender>,
    messages: u64,
    without_sender: u64,
    skipped: Vec<Skipped>,
    files: u64,
    mbox_files: u64,
}

impl Default for Scanner {
    fn default() -> Self {
        Self::new()
    }
}

impl Scanner {
    pub fn new() -> Scanner {
        Scanner {
            state: State::Start,
            line: 0,
            mbox: false,
            message: Message::default(),
            senders: BTreeMap::new(),
            messages: 0,
            without_sender: 0,
            skipped: Vec::new(),
            files: 0,
            mbox_files: 0,
        }
    }

    /// Starts a new file (an mbox or one .eml): line numbers restart at 1.
    pub fn begin_file(&mut self) {
        self.finish_message();
        self.state = State::Start;
        self.line = 0;
        self.mbox = false;
        self.files += 1;
    }

    /// Drops what was read of a file that failed, so that none of it is counted.
    pub fn abandon_file(&mut self) {
        self.message = Message::default();
        self.state = State::Start;
    }

    /// Notes a file that was passed over (in a folder), with the reason.
    pub fn skip_file(&mut self, name: &str, reason: String) {
        self.skipped.push(Skipped { at: format!("file {name}"), reason });
    }

    /// Feeds one line without its line ending. `truncated` says the reader cut
    /// it at [`MAX_HEADER_LINE`] bytes (it was longer). Returns `false` once a
    /// single message's headers are done and the rest of the file can be skipped.
    pub fn line(&mut self, raw: &[u8], truncated: bool) -> Result<bool, ImportError> {
        self.line += 1;
        let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
        let is_separator = raw.starts_with(b"From ");
        match self.state {
            State::Body => {
                if self.mbox && is_separator {
                    self.state = State::Headers;
                    self.message = Message::default();
                }
                // Body lines are not looked at, whatever their length.
                Ok(true)
            }
            State::Start => {
                if raw.iter().all(u8::is_ascii_whitespace) && !truncated {
                    return Ok(true);
                }
                if raw.contains(&0) {
                    return Err(ImportError::Binary { line: self.line });
                }
                if is_separator {
                    self.mbox = true;
                    self.mbox_files += 1;
                    self.state = State::Headers;
                    self.message = Message::default();
                    return Ok(true);
                }
                if looks_like_header(raw) {
                    self.state = State::Headers;
                    self.message = Message::default();
                    return self.header_line(raw, truncated);
                }
                Err(ImportError::NotMail {
                    line: self.line,
                    reason: "the first line is neither an mbox `From ` line nor a mail header",
                })
            }
            State::Headers => {
                if raw.is_empty() && !truncated {
                    self.finish_message();
                    self.state = State::Body;
                    // A single message: nothing after the headers is read.
                    return Ok(self.mbox);
                }
                if self.mbox && is_separator {
                    // A message with no body at all.
                    self.finish_message();
                    self.state = State::Headers;
                    self.message = Message::default();
                    return Ok(true);
                }
                self.header_line(raw, truncated)
            }
        }
    }

    fn header_line(&mut self, raw: &[u8], truncated: bool) -> Result<bool, ImportError> {
        if truncated || raw.len() > MAX_HEADER_LINE {
            return Err(ImportError::LineTooLong { line: self.line, limit: MAX_HEADER_LINE as u64 });
        }
        if raw.contains(&0) {
            return Err(ImportError::Binary { line: self.line });
        }
        // Headers should be ASCII; raw 8-bit names (GBK …) only affect display names, not addresses.
        let text = String::from_utf8_lossy(raw);
        let m = &mut self.message;
        if text.starts_with([' ', '\t']) {
            let target = match m.current {
                Some("from") => m.from.as_mut(),
                Some("date") => m.date.as_mut(),
                _ => None,
            };
            if let Some(v) = target
                && v.len() + text.len() <= MAX_HEADER_FIELD
            {
                v.push(' ');
                v.push_str(text.trim());
            }
            return Ok(true);
        }
        m.current = None;
        if let Some((name, value)) = text.split_once(':') {
            let name = name.trim().to_ascii_lowercase();
            let value = value.trim().chars().take(MAX_HEADER_FIELD).collect::<String>();
            match name.as_str() {
                "from" if m.from.is_none() => {
                    m.from = Some(value);
                    m.current = Some("from");
                }
                "date" if m.date.is_none() => {
                    m.date = Some(value);
                    m.current = Some("date");
                }
                _ => {}
            }
        }
        Ok(true)
    }

    fn finish_message(&mut self) {
        if self.state != State::Headers {
            return;
        }
        let m = std::mem::take(&mut self.message);
        self.state = State::Body;
        self.messages += 1;
        let Some(host) = m.from.as_deref().and_then(sender_domain) else {
            self.without_sender += 1;
            return;
        };
        let date = m.date.as_deref().and_then(parse_date);
        let domain = registrable_domain(&host);
        let s = self.senders.entry(domain).or_default();
        s.count += 1;
        if s.hosts.len() < 20 {
            push_unique(&mut s.hosts, host);
        }
        if let Some(d) = date {
            s.first = Some(s.first.map_or(d, |f| f.min(d)));
            s.last = Some(s.last.map_or(d, |l| l.max(d)));
        }
    }

    /// Ends the input: an unfinished message is counted, and a file that never
    /// had a message is refused.
    pub fn end_file(&mut self) -> Result<(), ImportError> {
        if self.state == State::Start {
            return Err(ImportError::NotMail { line: self.line.max(1), reason: "no message found" });
        }
        self.finish_message();
        Ok(())
    }

    /// The sender domains found, most messages first.
    pub fn finish(mut self) -> Parsed {
        self.finish_message();
        let mut candidates: Vec<Candidate> = self
            .senders
            .into_iter()
            .map(|(domain, s)| Candidate {
                key: domain.clone(),
                label: domain.clone(),
                domains: vec![domain],
                hosts: s.hosts,
                identifiers: Vec::new(),
                count: s.count,
                first_seen: s.first,
                last_seen: s.last,
            })
            .collect();
        candidates.sort_by(|a, b| b.count.cmp(&a.count).then(a.key.cmp(&b.key)));
        let mut skipped = self.skipped;
        if self.without_sender > 0 {
            skipped.push(Skipped {
                at: "messages".into(),
                reason: format!("{} message(s) without a readable From: address", self.without_sender),
            });
        }
        let format = if self.files > 1 {
            format!("{} mail file(s)", self.files)
        } else if self.mbox_files > 0 {
            "mbox".to_string()
        } else {
            "e-mail message".to_string()
        };
        Parsed { format, candidates, skipped, records: self.messages, identifier: None }
    }
}

fn looks_like_header(raw: &[u8]) -> bool {
    let Some(colon) = raw.iter().position(|&b| b == b':') else { return false };
    colon > 0 && raw[..colon].iter().all(|&b| b.is_ascii_graphic() && b != b':')
}

/// The domain of the address in a `From:` value (`"淘宝网" <service@mail.taobao.com>`).
pub fn sender_domain(from: &str) -> Option<String> {
    let addr = match (from.rfind('<'), from.rfind('>')) {
        (Some(a), Some(b)) if a < b => &from[a + 1..b],
        _ => from.split_whitespace().find(|w| w.contains('@')).unwrap_or(""),
    };
    let domain = addr.rsplit_once('@')?.1;
    let domain =
        domain.trim().trim_matches(|c| matches!(c, '>' | '"' | ')' | '(' | ',' | ';')).trim_end_matches('.');
    let domain = domain.to_lowercase();
    let ok = domain.contains('.')
        && !domain.starts_with('.')
        && domain.len() <= 253
        && domain.chars().all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-' || !c.is_ascii());
    ok.then_some(domain)
}

/// Parses an RFC 5322 date (with or without a trailing `(CST)` comment) to the sender's calendar day.
pub fn parse_date(value: &str) -> Option<NaiveDate> {
    let v = match value.find('(') {
        Some(i) => &value[..i],
        None => value,
    };
    let v = v.split_whitespace().collect::<Vec<_>>().join(" ");
    DateTime::parse_from_rfc2822(&v).ok().map(|d| d.date_naive())
}

/// Scans a whole mbox file or .eml message held in memory.
pub fn parse(data: &[u8], ctl: &mut Control<'_>) -> Result<Parsed, ImportError> {
    check_size("a mail archive", data.len(), MAX_BYTES)?;
    let mut scanner = Scanner::new();
    scan_bytes(&mut scanner, data, ctl)?;
    Ok(scanner.finish())
}

/// Feeds one file held in memory into a scanner.
pub fn scan_bytes(scanner: &mut Scanner, data: &[u8], ctl: &mut Control<'_>) -> Result<(), ImportError> {
    scanner.begin_file();
    let total = Some(data.len() as u64);
    let mut pos = 0usize;
    while pos < data.len() {
        let end = data[pos..].iter().position(|&b| b == b'\n').map_or(data.len(), |i| pos + i);
        let line = &data[pos..end];
        pos = end + 1;
        let truncated = line.len() > MAX_HEADER_LINE;
        let line = if truncated { &line[..MAX_HEADER_LINE] } else { line };
        if !scanner.line(line, truncated)? {
            break;
        }
        ctl.check(pos.min(data.len()) as u64, total)?;
    }
    scanner.end_file()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sender_domains_are_extracted_from_display_forms() {
        assert_eq!(sender_domain("\"淘宝网\" <Service@Mail.Taobao.com>").as_deref(), Some("mail.taobao.com"));
        assert_eq!(sender_domain("news@jd.com (JD)").as_deref(), Some("jd.com"));
        assert_eq!(sender_domain("undisclosed-recipients:;"), None);
    }

    #[test]
    fn dates_with_zone_comments_parse() {
        assert_eq!(parse_date("Tue, 1 Jul 2025 10:52:37 +0800 (CST)"), NaiveDate::from_ymd_opt(2025, 7, 1));
        assert_eq!(parse_date("not a date"), None);
    }

    #[test]
    fn an_mbox_counts_messages_per_registrable_domain() {
        let mbox = "From a@b Thu Jan  1 00:00:00 2025\nFrom: x@mail.taobao.com\nDate: Wed, 1 Jan 2025 08:00:00 +0800\n\nbody\nFrom b@c Thu Jan  2 00:00:00 2025\nFrom: y@taobao.com\nDate: Fri, 3 Jan 2025 08:00:00 +0800\n\nbody\n";
        let p = parse(mbox.as_bytes(), &mut Control::none()).unwrap();
        assert_eq!(p.records, 2);
        assert_eq!(p.candidates.len(), 1);
        assert_eq!(p.candidates[0].count, 2);
        assert_eq!(p.candidates[0].first_seen, NaiveDate::from_ymd_opt(2025, 1, 1));
        assert_eq!(p.candidates[0].last_seen, NaiveDate::from_ymd_opt(2025, 1, 3));
    }
}
