//! Imports that discover who holds the user's data, from what the user already
//! has: password-manager and browser exports ([`passwords`]), mail archives
//! ([`mbox`]) and the 一证通查 result SMS ([`sms`]).
//!
//! Every parser is pure: bytes or text in, [`Candidate`]s or a typed
//! [`ImportError`] naming the line or record out, within a size limit, never
//! panicking. [`propose`] matches candidates against the [`Directory`]; `api`
//! adds what the inventory already has, shows the preview, and writes nothing
//! until the user confirms.

pub mod csv;
pub mod mbox;
pub mod passwords;
pub mod sms;

use crate::directory::{Directory, DirectoryEntry};
use crate::error::ErrorCode;
use crate::holder::{AccountFields, DiscoverySource, HolderFields, Identifier, IdentifierKind};
use crate::ids::HolderId;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::sync::atomic::{AtomicBool, Ordering};

/// What is being imported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum ImportSource {
    /// A CSV export of a browser or password manager.
    Passwords,
    /// An mbox file, one .eml message, or a folder of them.
    Mbox,
    /// The text of the 一证通查 result SMS.
    Sms,
    /// A RightsDesk inventory export (CSV or JSON).
    Inventory,
}

impl ImportSource {
    pub fn code(self) -> &'static str {
        match self {
            Self::Passwords => "passwords",
            Self::Mbox => "mbox",
            Self::Sms => "sms",
            Self::Inventory => "inventory",
        }
    }

    /// How accounts found this way are recorded.
    pub fn discovery(self) -> DiscoverySource {
        match self {
            Self::Passwords => DiscoverySource::ImportPasswords,
            Self::Mbox => DiscoverySource::ImportMbox,
            Self::Sms => DiscoverySource::ImportSms,
            Self::Inventory => DiscoverySource::ImportInventory,
        }
    }

    /// The largest input accepted in memory, in bytes.
    pub fn limit(self) -> u64 {
        match self {
            Self::Passwords => passwords::MAX_BYTES,
            Self::Mbox => mbox::MAX_BYTES,
            Self::Sms => sms::MAX_BYTES,
            Self::Inventory => 64 * 1024 * 1024,
        }
    }
}

/// An import could not be read. Messages name the line or record and never
/// quote a cell that could hold a secret.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    /// The input is over the size limit for its kind.
    #[error("the input is {size} bytes; the limit for {what} is {limit} bytes")]
    TooLarge { what: &'static str, size: u64, limit: u64 },
    /// Nothing to read.
    #[error("the input is empty")]
    Empty,
    /// Text that is not UTF-8.
    #[error("line {line}: the text is not valid UTF-8{}; save the file as UTF-8 and try again", column.as_ref().map(|c| format!(" (column `{c}`)")).unwrap_or_default())]
    BadEncoding { line: u64, column: Option<String> },
    /// A NUL byte: a binary file, not a text export.
    #[error("line {line}: binary data (NUL byte); this is not a text export")]
    Binary { line: u64 },
    /// A line (or CSV record) longer than the parser accepts.
    #[error("line {line}: longer than {limit} bytes")]
    LineTooLong { line: u64, limit: u64 },
    /// A quoted CSV field runs to the end of the input.
    #[error("line {line}: a quoted field is never closed (is the file truncated?)")]
    UnterminatedQuote { line: u64 },
    /// A record has a different number of fields than the header.
    #[error("line {line} (record {record}): {found} fields, but the header has {expected}")]
    FieldCount { line: u64, record: u64, found: usize, expected: usize },
    /// The CSV header is not one of the known layouts.
    #[error(
        "line 1: the header row is not a known export layout ({known}); columns recognised: {recognised}"
    )]
    UnknownFormat { recognised: String, known: &'static str },
    /// Any other structural problem at a line.
    #[error("line {line}: {message}")]
    Malformed { line: u64, message: String },
    /// A record (of a JSON inventory, for instance) that cannot be used.
    #[error("record {record}: {message}")]
    BadRecord { record: u64, message: String },
    /// The input is not mail.
    #[error("line {line}: not an mbox file or e-mail message ({reason})")]
    NotMail { line: u64, reason: &'static str },
    /// The SMS text names no platform.
    #[error("no platform names were found in the text; paste the whole 一证通查 reply")]
    NothingFound,
    /// The user cancelled.
    #[error("the import was cancelled; nothing was changed")]
    Cancelled,
    /// A problem inside one file of a folder.
    #[error("{file}: {source}")]
    InFile {
        file: String,
        #[source]
        source: Box<ImportError>,
    },
    /// A file could not be read.
    #[error("cannot read {path}: {message}")]
    Unreadable { path: String, message: String },
}

impl ImportError {
    pub fn code(&self) -> ErrorCode {
        match self {
            Self::TooLarge { .. } => ErrorCode::ImportTooLarge,
            Self::BadEncoding { .. } | Self::Binary { .. } => ErrorCode::ImportBadEncoding,
            Self::UnknownFormat { .. } => ErrorCode::ImportUnknownFormat,
            Self::Cancelled => ErrorCode::ImportCancelled,
            Self::InFile { source, .. } => source.code(),
            _ => ErrorCode::Import,
        }
    }

    /// Names the file the error is in.
    pub fn in_file(self, file: &str) -> ImportError {
        match self {
            Self::Cancelled | Self::InFile { .. } => self,
            other => Self::InFile { file: file.to_string(), source: Box::new(other) },
        }
    }
}

/// How far a long import has got.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Progress {
    /// Bytes (or files, for a folder) done.
    pub done: u64,
    /// The total, when known.
    pub total: Option<u64>,
}

/// Progress reporting and cancellation for a long import.
#[derive(Clone, Copy)]
pub struct Control<'a> {
    progress: &'a dyn Fn(Progress),
    cancel: &'a AtomicBool,
    last: u64,
}

fn no_progress(_: Progress) {}
static NEVER: AtomicBool = AtomicBool::new(false);

impl<'a> Control<'a> {
    /// Reports through `progress` and stops with [`ImportError::Cancelled`] once `cancel` is set.
    pub fn new(progress: &'a dyn Fn(Progress), cancel: &'a AtomicBool) -> Control<'a> {
        Control { progress, cancel, last: 0 }
    }

    /// Neither reports nor can be cancelled.
    pub fn none() -> Control<'static> {
        Control { progress: &no_progress, cancel: &NEVER, last: 0 }
    }

    /// Reports progress (at most every 64 KiB) and checks for cancellation.
    pub fn check(&mut self, done: u64, total: Option<u64>) -> Result<(), ImportError> {
        if self.cancel.load(Ordering::Relaxed) {
            return Err(ImportError::Cancelled);
        }
        if done < self.last || done - self.last >= 64 * 1024 || Some(done) == total {
            self.last = done;
            (self.progress)(Progress { done, total });
        }
        Ok(())
    }

    /// Reports unconditionally (a file of a folder done).
    pub fn report(&mut self, done: u64, total: Option<u64>) -> Result<(), ImportError> {
        if self.cancel.load(Ordering::Relaxed) {
            return Err(ImportError::Cancelled);
        }
        self.last = done;
        (self.progress)(Progress { done, total });
        Ok(())
    }
}

/// Something a parser found: a site, a sender or a platform name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Candidate {
    /// What groups it: a registrable domain (`taobao.com`) or a normalised name.
    pub key: String,
    /// What the source called it (a site title, a domain, a platform name as written).
    pub label: String,
    /// Registrable domains.
    pub domains: Vec<String>,
    /// Host names seen (`login.taobao.com`), for the most specific directory match.
    pub hosts: Vec<String>,
    /// The user's identifiers there (usernames from a password export).
    pub identifiers: Vec<Identifier>,
    /// How many logins, messages or accounts.
    pub count: u64,
    pub first_seen: Option<NaiveDate>,
    pub last_seen: Option<NaiveDate>,
}

/// A line or record the parser passed over, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Skipped {
    /// `line 12`, `record 3`, `file x.eml`.
    pub at: String,
    pub reason: String,
}

/// What a parser returns.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Parsed {
    /// The layout detected (`Chrome or Edge`, `mbox`, `一证通查 SMS` …).
    pub format: String,
    pub candidates: Vec<Candidate>,
    pub skipped: Vec<Skipped>,
    /// Rows, messages or items read.
    pub records: u64,
    /// An identifier that applies to every candidate (the phone number of an SMS check).
    pub identifier: Option<Identifier>,
}

/// One holder the import proposes, as the preview shows it and the confirm step writes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Proposal {
    /// Stable within the preview: the directory id, `domain:<d>` or `name:<n>`.
    pub key: String,
    /// What the source called it.
    pub label: String,
    pub domains: Vec<String>,
    pub hosts: Vec<String>,
    pub count: u64,
    pub first_seen: Option<NaiveDate>,
    pub last_seen: Option<NaiveDate>,
    /// The matched directory entry, if any. Set it to resolve an unknown name.
    pub entry_id: Option<String>,
    /// Other entries that matched as well (the user may pick one instead).
    pub alternatives: Vec<String>,
    /// Contacts of the matched entry that must be confirmed before sending.
    pub unconfirmed_contacts: Vec<String>,
    /// The holder that would be created.
    pub holder: HolderFields,
    /// The accounts that would be added (identifiers the user has there).
    pub accounts: Vec<AccountFields>,
    /// The holder already in the inventory, if any (then only new identifiers are added).
    pub existing_holder: Option<HolderId>,
    /// Nothing matched: the user should say who this is (or leave it out).
    pub unresolved: bool,
    /// Whether confirming writes this proposal.
    pub selected: bool,
}

/// Matches candidates against the directory and turns them into proposals
/// (without looking at the inventory: `api` fills `existing_holder`).
pub fn propose(source: ImportSource, parsed: &Parsed, dir: &Directory) -> Vec<Proposal> {
    let mut out: Vec<Proposal> = Vec::new();
    for c in &parsed.candidates {
        let matches = match_candidate(c, dir);
        let entry = matches.first().copied();
        let key = match entry {
            Some(e) => e.id.clone(),
            None if c.domains.is_empty() => format!("name:{}", c.key),
            None => format!("domain:{}", c.key),
        };
        let mut identifiers = c.identifiers.clone();
        if let Some(id) = &parsed.identifier
            && !identifiers.contains(id)
        {
            identifiers.push(id.clone());
        }
        let note = account_note(source, c);
        // Two candidates can meet at one entry (weixin.qq.com and wx.qq.com): merge them.
        if let Some(p) = out.iter_mut().find(|p| p.key == key) {
            p.count += c.count;
            p.first_seen = min_date(p.first_seen, c.first_seen);
            p.last_seen = max_date(p.last_seen, c.last_seen);
            for d in &c.domains {
                push_unique(&mut p.domains, d.clone());
            }
            for h in &c.hosts {
                push_unique(&mut p.hosts, h.clone());
            }
            if let Some(a) = p.accounts.first_mut() {
                for id in identifiers {
                    push_unique(&mut a.identifiers, id);
                }
                a.notes = Some(account_note_for(source, p.count, p.first_seen, p.last_seen, &p.label));
            }
            continue;
        }
        let holder = match entry {
            Some(e) => e.holder_fields(),
            None => {
                HolderFields { name: c.label.clone(), domains: c.domains.clone(), ..HolderFields::default() }
            }
        };
        let selected = match source {
            // Every row of a password export is an account the user has.
            ImportSource::Passwords | ImportSource::Inventory => true,
            // Mail from a known company is worth a look; the rest is often private mail,
            // and so is mail from people at a free-mail service.
            ImportSource::Mbox => entry.is_some() && !c.domains.iter().any(|d| is_freemail(d)),
            ImportSource::Sms => entry.is_some(),
        };
        out.push(Proposal {
            key,
            label: c.label.clone(),
            domains: c.domains.clone(),
            hosts: c.hosts.clone(),
            count: c.count,
            first_seen: c.first_seen,
            last_seen: c.last_seen,
            entry_id: entry.map(|e| e.id.clone()),
            alternatives: matches.iter().skip(1).map(|e| e.id.clone()).collect(),
            unconfirmed_contacts: entry
                .map(|e| e.contacts.unconfirmed().into_iter().map(str::to_string).collect())
                .unwrap_or_default(),
            holder,
            accounts: vec![AccountFields {
                identifiers,
                categories: Vec::new(),
                source: source.discovery(),
                notes: Some(note),
            }],
            existing_holder: None,
            unresolved: entry.is_none(),
            selected,
        });
    }
    out
}

/// The directory entries a candidate matches, best first: by host (most specific
/// first), then by name.
fn match_candidate<'d>(c: &Candidate, dir: &'d Directory) -> Vec<&'d DirectoryEntry> {
    let mut found: Vec<&DirectoryEntry> = Vec::new();
    // The registrable domain first: it names the company; a more specific host
    // (weixin.qq.com) wins only when the whole group is that host.
    let mut hosts: Vec<&String> = c.domains.iter().collect();
    hosts.extend(c.hosts.iter().filter(|h| !c.domains.contains(h)));
    if c.hosts.len() == 1 && !c.domains.contains(&c.hosts[0]) {
        hosts.reverse();
    }
    for h in hosts {
        for e in dir.match_host(h) {
            if !found.iter().any(|f| f.id == e.id) {
                found.push(e);
            }
        }
    }
    if found.is_empty() {
        found = dir.match_name(&c.label);
    }
    found
}

/// Mail services where most senders are people, not the service itself.
const FREEMAIL: [&str; 24] = [
    "gmail.com",
    "googlemail.com",
    "outlook.com",
    "hotmail.com",
    "live.com",
    "msn.com",
    "yahoo.com",
    "icloud.com",
    "me.com",
    "proton.me",
    "protonmail.com",
    "gmx.de",
    "gmx.net",
    "web.de",
    "qq.com",
    "foxmail.com",
    "163.com",
    "126.com",
    "yeah.net",
    "sina.com",
    "sohu.com",
    "139.com",
    "aliyun.com",
    "outlook.cn",
];

/// Whether a registrable domain is a free-mail service.
pub fn is_freemail(domain: &str) -> bool {
    FREEMAIL.contains(&domain)
}

fn account_note(source: ImportSource, c: &Candidate) -> String {
    account_note_for(source, c.count, c.first_seen, c.last_seen, &c.label)
}

fn account_note_for(
    source: ImportSource,
    count: u64,
    first: Option<NaiveDate>,
    last: Option<NaiveDate>,
    label: &str,
) -> String {
    match source {
        ImportSource::Passwords => format!("Found in a password export ({count} saved login(s))."),
        ImportSource::Mbox => {
            let span = match (first, last) {
                (Some(f), Some(l)) if f != l => format!(", {f} to {l}"),
                (Some(f), _) => format!(", {f}"),
                _ => String::new(),
            };
            format!("Found in a mail archive: {count} message(s) from {label}{span}.")
        }
        ImportSource::Sms => {
            format!("一证通查: {count} account(s) registered with this phone number at {label}.")
        }
        ImportSource::Inventory => "Imported from an inventory file.".into(),
    }
}

fn min_date(a: Option<NaiveDate>, b: Option<NaiveDate>) -> Option<NaiveDate> {
    match (a, b) {
        (Some(x), Some(y)) => Some(x.min(y)),
        (x, y) => x.or(y),
    }
}

fn max_date(a: Option<NaiveDate>, b: Option<NaiveDate>) -> Option<NaiveDate> {
    match (a, b) {
        (Some(x), Some(y)) => Some(x.max(y)),
        (x, y) => x.or(y),
    }
}

pub(crate) fn push_unique<T: PartialEq>(v: &mut Vec<T>, item: T) {
    if !v.contains(&item) {
        v.push(item);
    }
}

/// Guesses what kind of identifier a username is from its shape.
pub fn identifier_from_username(username: &str) -> Option<Identifier> {
    let v = username.trim();
    if v.is_empty() || v.chars().count() > crate::validate::MAX_SHORT {
        return None;
    }
    let kind = if v.contains('@') && !v.starts_with('@') {
        IdentifierKind::Email
    } else if v.chars().filter(char::is_ascii_digit).count() >= 7
        && v.chars().all(|c| c.is_ascii_digit() || " +-()".contains(c))
    {
        IdentifierKind::Phone
    } else {
        IdentifierKind::Username
    };
    Some(Identifier { kind, value: v.to_string() })
}

/// Checks an input size against a limit.
pub(crate) fn check_size(what: &'static str, size: usize, limit: u64) -> Result<(), ImportError> {
    if size as u64 > limit {
        return Err(ImportError::TooLarge { what, size: size as u64, limit });
    }
    if size == 0 {
        return Err(ImportError::Empty);
    }
    Ok(())
}
