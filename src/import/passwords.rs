//! Browser and password-manager CSV exports: which sites the user has logins at,
//! and under which usernames.
//!
//! The layout is detected from the header row. Only the site (URL and title) and
//! the username are read; the password column, notes and one-time-password
//! seeds are skipped in place by [`super::csv::Reader`] and never copied, logged
//! or put into any value this module returns. Error messages name lines and
//! columns, never cell contents.

use super::csv::{Reader, Record};
use super::{
    Candidate, Control, ImportError, Parsed, Skipped, check_size, identifier_from_username, push_unique,
};
use crate::directory::{normalize_host, registrable_domain};
use std::collections::BTreeMap;
use zeroize::Zeroize;

/// Largest export accepted (tens of thousands of logins fit easily).
pub const MAX_BYTES: u64 = 64 * 1024 * 1024;

/// A known export layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    ChromeEdge,
    Firefox,
    Safari,
    Bitwarden,
    OnePassword,
    KeePassXc,
    LastPass,
}

impl Format {
    pub fn label(self) -> &'static str {
        match self {
            Self::ChromeEdge => "Chrome or Edge",
            Self::Firefox => "Firefox",
            Self::Safari => "Safari",
            Self::Bitwarden => "Bitwarden",
            Self::OnePassword => "1Password",
            Self::KeePassXc => "KeePassXC",
            Self::LastPass => "LastPass",
        }
    }
}

const KNOWN: &str = "Chrome/Edge, Firefox, Safari, Bitwarden, 1Password, KeePassXC, LastPass";

/// Column names that may appear in a header; only these are ever echoed in an error.
const COLUMN_NAMES: [&str; 34] = [
    "name",
    "url",
    "username",
    "password",
    "note",
    "httprealm",
    "formactionorigin",
    "guid",
    "timecreated",
    "timelastused",
    "timepasswordchanged",
    "title",
    "notes",
    "otpauth",
    "folder",
    "favorite",
    "type",
    "fields",
    "reprompt",
    "login_uri",
    "login_username",
    "login_password",
    "login_totp",
    "archived",
    "tags",
    "group",
    "totp",
    "icon",
    "last modified",
    "created",
    "extra",
    "grouping",
    "fav",
    "website",
];

/// Where the wanted columns are in a detected layout.
#[derive(Debug, Clone, Copy)]
struct Layout {
    format: Format,
    url: usize,
    title: Option<usize>,
    username: usize,
    /// Bitwarden: the `type` column (only `login` rows are logins).
    kind: Option<usize>,
}

fn detect(header: &[String]) -> Result<Layout, ImportError> {
    let col = |name: &str| header.iter().position(|h| h == name);
    let has = |name: &str| col(name).is_some();
    let layout = |format, url: Option<usize>, title, username: Option<usize>, kind| match (url, username) {
        (Some(url), Some(username)) => Some(Layout { format, url, title, username, kind }),
        _ => None,
    };
    let found = if has("login_uri") && has("login_username") {
        layout(Format::Bitwarden, col("login_uri"), col("name"), col("login_username"), col("type"))
    } else if has("group") && has("title") && has("url") && has("username") {
        layout(Format::KeePassXc, col("url"), col("title"), col("username"), None)
    } else if has("grouping") && has("extra") && has("url") && has("username") {
        layout(Format::LastPass, col("url"), col("name"), col("username"), None)
    } else if has("url") && has("username") && (has("httprealm") || has("formactionorigin") || has("guid")) {
        layout(Format::Firefox, col("url"), None, col("username"), None)
    } else if has("title") && has("username") && (has("favorite") || has("archived") || has("tags")) {
        let url = col("url").or_else(|| col("website"));
        layout(Format::OnePassword, url, col("title"), col("username"), None)
    } else if has("title") && has("url") && has("username") && has("password") {
        layout(Format::Safari, col("url"), col("title"), col("username"), None)
    } else if has("name") && has("url") && has("username") && has("password") {
        layout(Format::ChromeEdge, col("url"), col("name"), col("username"), None)
    } else {
        None
    };
    found.ok_or_else(|| {
        let recognised: Vec<&str> =
            header.iter().filter(|h| COLUMN_NAMES.contains(&h.as_str())).map(String::as_str).collect();
        let others = header.len() - recognised.len();
        let mut text = if recognised.is_empty() { "none".to_string() } else { recognised.join(", ") };
        if others > 0 {
            text.push_str(&format!(" (and {others} other cell(s), not shown)"));
        }
        ImportError::UnknownFormat { recognised: text, known: KNOWN }
    })
}

/// Reads the header row: every cell is copied here, since a header holds no secret.
/// If the first row is data instead (no header), it is only compared, never echoed.
fn header(reader: &mut Reader<'_>) -> Result<Vec<String>, ImportError> {
    let rec = reader.next_record(&|_| true, &|c| format!("#{}", c + 1))?.ok_or(ImportError::Empty)?;
    Ok(rec
        .fields
        .into_iter()
        .map(|f| f.unwrap_or_default().trim().trim_matches('"').to_lowercase())
        .collect())
}

/// What one row gave: a host (or an app id) and a username.
enum Row {
    Login { host: String, title: Option<String>, username: Option<String> },
    Skip(&'static str),
}

fn read_row(rec: &Record, layout: &Layout) -> Row {
    if let Some(kind) = rec.get(layout.kind)
        && !kind.eq_ignore_ascii_case("login")
    {
        return Row::Skip("not a login (a note, card or identity)");
    }
    let Some(url) = rec.get(Some(layout.url)) else { return Row::Skip("no web address") };
    // Bitwarden keeps several addresses in one cell; the first names the site.
    let url = url.split([',', '\n']).map(str::trim).find(|u| !u.is_empty()).unwrap_or("");
    let lower = url.to_ascii_lowercase();
    if lower.starts_with("android://") || lower.starts_with("androidapp://") || lower.starts_with("ios://") {
        return Row::Skip("an app entry, not a web address");
    }
    let host = normalize_host(url);
    if host.is_empty() || !host.contains('.') {
        return Row::Skip("not a web address (a secure note or a local name)");
    }
    if host.starts_with('[') || host.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return Row::Skip("an IP address (a router or local device)");
    }
    if host.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Row::Skip("not a web address");
    }
    Row::Login {
        host,
        title: rec.get(layout.title).map(str::to_string),
        username: rec.get(Some(layout.username)).map(str::to_string),
    }
}

/// Parses an export. The input buffer is the only place the passwords ever are:
/// callers should zeroize it after this returns.
pub fn parse(data: &[u8], ctl: &mut Control<'_>) -> Result<Parsed, ImportError> {
    check_size("a password export", data.len(), MAX_BYTES)?;
    if data.starts_with(&[0xFF, 0xFE]) || data.starts_with(&[0xFE, 0xFF]) {
        return Err(ImportError::BadEncoding { line: 1, column: None });
    }
    let mut reader = Reader::new(data);
    let mut header = header(&mut reader)?;
    let layout = match detect(&header) {
        Ok(l) => l,
        Err(e) => {
            // Without a known header the first row may be data, password included.
            header.zeroize();
            return Err(e);
        }
    };
    let width = header.len();
    let names = |c: usize| header.get(c).cloned().unwrap_or_else(|| format!("#{}", c + 1));
    let wanted = [Some(layout.url), layout.title, Some(layout.username), layout.kind];
    // The column after the last is read too, only to tell a trailing empty
    // column from a shifted row; its text is wiped at once.
    let keep = |c: usize| wanted.contains(&Some(c)) || c == width;
    let mut groups: BTreeMap<String, Candidate> = BTreeMap::new();
    let mut skipped = Vec::new();
    let mut records = 0u64;
    let total = Some(data.len() as u64);
    while let Some(mut rec) = reader.next_record(&keep, &names)? {
        ctl.check(reader.position() as u64, total)?;
        // A trailing empty column (`…,password,`) is a common export quirk; a
        // non-empty one means the row is shifted (an unquoted comma in a
        // password, say) and its kept columns cannot be trusted.
        let extra_empty = rec.len == width + 1 && rec.get(Some(width)).is_none();
        if let Some(Some(extra)) = rec.fields.get_mut(width) {
            extra.zeroize();
        }
        if rec.len != width && !extra_empty && !(rec.len == 1 && rec.get(Some(0)).is_none()) {
            return Err(ImportError::FieldCount {
                line: rec.line,
                record: rec.number,
                found: rec.len,
                expected: width,
            });
        }
        records += 1;
        match read_row(&rec, &layout) {
            Row::Skip(reason) => {
                skipped.push(Skipped { at: format!("line {}", rec.line), reason: reason.into() })
            }
            Row::Login { host, title, username } => {
                let domain = registrable_domain(&host);
                let c = groups.entry(domain.clone()).or_insert_with(|| Candidate {
                    key: domain.clone(),
                    label: domain.clone(),
                    domains: vec![domain.clone()],
                    hosts: Vec::new(),
                    identifiers: Vec::new(),
                    count: 0,
                    first_seen: None,
                    last_seen: None,
                });
                c.count += 1;
                push_unique(&mut c.hosts, host);
                if let Some(t) = title
                    && c.label == domain
                    && t.chars().count() <= 100
                    && !t.contains("://")
                {
                    c.label = t;
                }
                if let Some(id) = username.as_deref().and_then(identifier_from_username) {
                    push_unique(&mut c.identifiers, id);
                }
            }
        }
    }
    ctl.check(data.len() as u64, total)?;
    Ok(Parsed {
        format: layout.format.label().to_string(),
        candidates: groups.into_values().collect(),
        skipped,
        records,
        identifier: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Result<Parsed, ImportError> {
        parse(text.as_bytes(), &mut Control::none())
    }

    #[test]
    fn chrome_rows_group_by_registrable_domain() {
        let p = run("name,url,username,password\n\
                     taobao.com,https://login.taobao.com/member,alice,pw1\n\
                     taobao.com,https://www.taobao.com/,13800138000,pw2\n")
        .unwrap();
        assert_eq!(p.format, "Chrome or Edge");
        assert_eq!(p.candidates.len(), 1);
        let c = &p.candidates[0];
        assert_eq!(c.key, "taobao.com");
        assert_eq!(c.count, 2);
        assert_eq!(c.identifiers.len(), 2);
        assert!(!format!("{p:?}").contains("pw1"), "passwords never reach the result");
    }

    #[test]
    fn a_header_without_known_columns_is_refused_without_echoing_it() {
        let err = run("example.com,alice,hunter2\n").unwrap_err();
        assert!(matches!(err, ImportError::UnknownFormat { .. }));
        assert!(!err.to_string().contains("hunter2"), "{err}");
    }

    #[test]
    fn a_short_row_names_its_line() {
        let err = run("name,url,username,password\nx,https://x.com,a,b\ny,https://y.com\n").unwrap_err();
        assert_eq!(err, ImportError::FieldCount { line: 3, record: 3, found: 2, expected: 4 });
    }
}
