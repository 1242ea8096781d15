//! The built-in directory of organisations that may hold the user's data, and
//! where to write to them.
//!
//! Four data files ship inside the app (see `data/README.md`): Chinese apps
//! (`cn-holders.json`), EU/UK controllers and data-protection authorities
//! (Datenanfragen, CC0) and account-deletion paths (JustDeleteMe, MIT). The
//! loader merges them into one [`Directory`] of [`DirectoryEntry`], deduplicated
//! across sources by domain; every contact keeps its [`Provenance`] (source,
//! confidence, date), and a contact that is not confirmed must be shown as such
//! ("confirm before sending").
//!
//! Pure: no store, file system or clock. The data is parsed once, lazily, on the
//! first call to [`Directory::builtin`]. `api` turns entries into holders.

mod load;
mod search;

pub use load::{DirectoryError, Sources};
pub use search::{MatchKind, MatchedField, SearchHit};

use crate::holder::{HolderFields, HolderKind};
use crate::jurisdiction::Jurisdiction;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::OnceLock;

/// Where a value in the directory comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum DataSource {
    /// `cn-holders.json`: Chinese apps, compiled for RightsDesk from policy copies.
    CnHolders,
    /// The Datenanfragen.de open database (CC0).
    Datenanfragen,
    /// The JustDeleteMe list of account-deletion paths (MIT).
    JustDeleteMe,
    /// Derived by RightsDesk (a guess from other fields, or our alias list).
    Rightsdesk,
}

impl DataSource {
    pub fn label(self) -> &'static str {
        match self {
            Self::CnHolders => "cn-holders",
            Self::Datenanfragen => "Datenanfragen.de",
            Self::JustDeleteMe => "JustDeleteMe",
            Self::Rightsdesk => "RightsDesk",
        }
    }
}

/// How far a value can be relied on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum Confidence {
    /// Checked by the source's maintainers against the organisation's own pages.
    Confirmed,
    /// Seen in a copy, an excerpt or a scrape: confirm before sending.
    Unconfirmed,
    /// Inferred by RightsDesk from other fields (e.g. a jurisdiction from an address).
    Guessed,
}

/// Where one value comes from and how reliable it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Provenance {
    pub source: DataSource,
    pub confidence: Confidence,
    /// The source's own word for it (`direct`, `secondary`, `verified`, `scraped` …) or our reason for a guess.
    pub basis: Option<String>,
    /// The date of the data (a policy date, the data set's date), as the source gives it.
    pub date: Option<String>,
    /// Where the source read it, if it says.
    pub url: Option<String>,
}

/// A value with its provenance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Sourced<T> {
    pub value: T,
    pub provenance: Provenance,
}

impl<T> Sourced<T> {
    /// Whether the user must check the value before relying on it (before sending a letter to it).
    pub fn needs_confirmation(&self) -> bool {
        self.provenance.confidence != Confidence::Confirmed
    }
}

/// How hard JustDeleteMe says it is to delete an account.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum Difficulty {
    Easy,
    Medium,
    Hard,
    Limited,
    Impossible,
}

impl Difficulty {
    pub fn code(self) -> &'static str {
        match self {
            Self::Easy => "easy",
            Self::Medium => "medium",
            Self::Hard => "hard",
            Self::Limited => "limited",
            Self::Impossible => "impossible",
        }
    }
}

/// Every way to reach an organisation about personal data, each with its provenance.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Contacts {
    /// The privacy e-mail address.
    pub email: Option<Sourced<String>>,
    pub phone: Option<Sourced<String>>,
    pub fax: Option<Sourced<String>>,
    /// Where privacy letters go by post.
    pub address: Option<Sourced<String>>,
    /// The registered address (注册地址): valid for formal notice, not a privacy desk.
    pub registered_address: Option<Sourced<String>>,
    pub webform: Option<Sourced<String>>,
    pub policy_url: Option<Sourced<String>>,
    /// Where the account can be deleted (JustDeleteMe).
    pub deletion_url: Option<Sourced<String>>,
    pub deletion_difficulty: Option<Sourced<Difficulty>>,
    /// JustDeleteMe's steps to delete the account (English).
    pub deletion_notes: Option<Sourced<String>>,
    /// The address to write to where deletion is by e-mail.
    pub deletion_email: Option<Sourced<String>>,
    /// Other channels the source lists (customer service pages …).
    pub other: Vec<Sourced<String>>,
}

impl Contacts {
    /// The labels of the letter-relevant contacts that must be confirmed before sending.
    pub fn unconfirmed(&self) -> Vec<&'static str> {
        [
            ("e-mail", &self.email),
            ("phone", &self.phone),
            ("postal address", &self.address),
            ("registered address", &self.registered_address),
            ("web form", &self.webform),
        ]
        .into_iter()
        .filter(|(_, v)| v.as_ref().is_some_and(Sourced::needs_confirmation))
        .map(|(label, _)| label)
        .collect()
    }
}

/// One organisation in the directory.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DirectoryEntry {
    /// Stable id: `cn:taobao`, `da:<slug>`, `jdm:<domain>`.
    pub id: String,
    /// Ids of records from other sources merged into this one (same domain).
    pub merged: Vec<String>,
    pub name_en: Option<String>,
    pub name_zh: Option<String>,
    /// The operator's legal name (运营主体), the addressee of a letter.
    pub operator: Option<Sourced<String>>,
    /// Other names of the same service.
    pub aliases: Vec<String>,
    /// Brands and services the organisation runs (Datenanfragen `runs`).
    pub brands: Vec<String>,
    /// Host names (lower case, without `www.`).
    pub domains: Vec<String>,
    /// Country codes the source says the entry is relevant for (`de`, `gb`, `all` …).
    pub countries: Vec<String>,
    pub jurisdiction: Sourced<Jurisdiction>,
    pub kind: HolderKind,
    /// The source's category (`social`, `e-commerce`, `commerce`, `telecommunication` …).
    pub categories: Vec<String>,
    pub contacts: Contacts,
    /// Language letters should be written in, if the source says (`de`, `en` …).
    pub request_language: Option<String>,
    /// Remarks from the sources (each with its provenance).
    pub remarks: Vec<Sourced<String>>,
    /// Pages the sources read.
    pub sources: Vec<String>,
}

impl DirectoryEntry {
    /// The name to show: Chinese or English as asked, falling back to the other, then the id.
    pub fn display_name(&self, chinese: bool) -> &str {
        let (first, second) =
            if chinese { (&self.name_zh, &self.name_en) } else { (&self.name_en, &self.name_zh) };
        first.as_deref().or(second.as_deref()).unwrap_or(&self.id)
    }

    /// Which source the entry comes from (the first in its id).
    pub fn source(&self) -> DataSource {
        match self.id.split_once(':').map(|(p, _)| p) {
            Some("cn") => DataSource::CnHolders,
            Some("da") => DataSource::Datenanfragen,
            Some("jdm") => DataSource::JustDeleteMe,
            _ => DataSource::Rightsdesk,
        }
    }

    /// The holder fields this entry proposes for the inventory.
    ///
    /// Contacts are copied whatever their confidence; the notes say which ones
    /// must be confirmed against the privacy policy before sending.
    pub fn holder_fields(&self) -> HolderFields {
        let c = &self.contacts;
        let value = |s: &Option<Sourced<String>>| s.as_ref().map(|s| s.value.clone());
        let name = self.name_en.clone().or_else(|| self.name_zh.clone()).unwrap_or_else(|| self.id.clone());
        let mut aliases: Vec<String> = Vec::new();
        for a in self.aliases.iter().chain(&self.brands) {
            if a != &name && Some(a) != self.name_zh.as_ref() && !aliases.contains(a) {
                aliases.push(a.clone());
            }
        }
        let email = value(&c.email).filter(|e| crate::validate::email(Some(e)).is_ok());
        let valid_url = |u: Option<String>| u.filter(|u| crate::validate::url("url", Some(u)).is_ok());
        let address = value(&c.address).or_else(|| value(&c.registered_address));
        HolderFields {
            name,
            name_zh: self.name_zh.clone(),
            operator: value(&self.operator),
            aliases,
            domains: self.domains.clone(),
            jurisdiction: Some(self.jurisdiction.value),
            kind: Some(self.kind),
            email,
            phone: value(&c.phone),
            address,
            webform_url: valid_url(value(&c.webform)),
            policy_url: valid_url(value(&c.policy_url)),
            notes: Some(self.notes_text()),
            directory_ref: Some(self.id.clone()),
        }
    }

    /// The note a holder created from this entry carries: where its data comes from,
    /// what must be confirmed, and how to delete the account.
    pub fn notes_text(&self) -> String {
        let mut sources: Vec<&str> = vec![self.source().label()];
        for m in &self.merged {
            let s = match m.split_once(':').map(|(p, _)| p) {
                Some("jdm") => DataSource::JustDeleteMe.label(),
                Some("da") => DataSource::Datenanfragen.label(),
                Some("cn") => DataSource::CnHolders.label(),
                _ => continue,
            };
            if !sources.contains(&s) {
                sources.push(s);
            }
        }
        let mut out = format!("From the RightsDesk directory ({}; entry {}).", sources.join(", "), self.id);
        let unconfirmed = self.contacts.unconfirmed();
        if !unconfirmed.is_empty() {
            out.push_str(&format!(
                "\nNot confirmed: {}. Confirm against the live privacy policy before sending.",
                unconfirmed.join(", ")
            ));
        }
        if let Some(p) = &self.contacts.policy_url {
            out.push_str(&format!("\nPrivacy policy: {}", p.value));
        }
        if let Some(d) = &self.contacts.deletion_url {
            let difficulty = self
                .contacts
                .deletion_difficulty
                .as_ref()
                .map(|d| format!(" (difficulty: {})", d.value.code()))
                .unwrap_or_default();
            out.push_str(&format!("\nAccount deletion: {}{difficulty}", d.value));
        }
        if let Some(n) = &self.contacts.deletion_notes {
            out.push_str(&format!("\nHow to delete: {}", n.value));
        }
        out
    }
}

/// A data-protection authority (GDPR complaint routing).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Authority {
    /// `dpa:<slug>`.
    pub id: String,
    pub name: String,
    /// Country codes it is competent for (`de`, `fr`, `gb` …).
    pub countries: Vec<String>,
    pub address: Option<String>,
    pub phone: Option<String>,
    pub fax: Option<String>,
    pub email: Option<String>,
    pub webform: Option<String>,
    pub web: Option<String>,
    /// Language complaints are accepted in (`de`, `en` …).
    pub complaint_language: Option<String>,
    pub comments: Vec<String>,
    pub provenance: Provenance,
}

/// The licence of a data set shipped with the app (shown in About).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DataLicence {
    pub data_set: &'static str,
    pub files: &'static str,
    pub licence: &'static str,
    /// The full notice, which must travel with the data.
    pub text: &'static str,
}

/// The data sets in the directory and their licences.
pub const DATA_LICENCES: [DataLicence; 3] = [
    DataLicence {
        data_set: "JustDeleteMe",
        files: "justdeleteme/sites.json",
        licence: "MIT",
        text: include_str!("data/justdeleteme/LICENSE"),
    },
    DataLicence {
        data_set: "Datenanfragen.de open data",
        files: "datenanfragen/companies.json, datenanfragen/supervisory-authorities.json",
        licence: "CC0-1.0",
        text: include_str!("data/datenanfragen/LICENSE"),
    },
    DataLicence {
        data_set: "RightsDesk directory of Chinese apps",
        files: "cn-holders.json, cn-aliases.toml",
        licence: "compiled facts, each with its source",
        text: "Compiled for RightsDesk from public privacy-policy copies; every value names its source.",
    },
];

/// The merged directory.
#[derive(Debug, Clone)]
pub struct Directory {
    entries: Vec<DirectoryEntry>,
    authorities: Vec<Authority>,
    /// id (including merged ids) → entry index.
    by_id: HashMap<String, usize>,
    /// host → entry indexes, best first.
    by_host: HashMap<String, Vec<usize>>,
    /// normalised name, alias or brand → entry indexes, best first.
    by_name: HashMap<String, Vec<usize>>,
    /// Per entry: the normalised search keys.
    keys: Vec<Vec<(MatchedField, String)>>,
}

static BUILTIN: OnceLock<Directory> = OnceLock::new();

impl Directory {
    /// The directory shipped with the app, parsed on first use.
    pub fn builtin() -> &'static Directory {
        BUILTIN.get_or_init(|| {
            Directory::from_sources(&Sources::builtin()).expect("the shipped directory data is valid")
        })
    }

    /// Puts a directory from a verified data pack in place of the shipped one.
    ///
    /// Only before the first call to [`Directory::builtin`]: the directory in use
    /// never changes under running code, so a late call hands it back.
    pub fn install_override(directory: Directory) -> Result<(), Box<Directory>> {
        BUILTIN.set(directory).map_err(Box::new)
    }

    /// Whether the built-in directory was already parsed (the first use pays the load).
    pub fn builtin_is_loaded() -> bool {
        BUILTIN.get().is_some()
    }

    /// Parses and merges the four sources.
    pub fn from_sources(sources: &Sources<'_>) -> Result<Directory, DirectoryError> {
        let (entries, authorities) = load::load(sources)?;
        Ok(Directory::index(entries, authorities))
    }

    fn index(entries: Vec<DirectoryEntry>, authorities: Vec<Authority>) -> Directory {
        let mut by_id = HashMap::new();
        let mut by_host: HashMap<String, Vec<usize>> = HashMap::new();
        let mut by_name: HashMap<String, Vec<usize>> = HashMap::new();
        let mut keys = Vec::with_capacity(entries.len());
        for (i, e) in entries.iter().enumerate() {
            by_id.insert(e.id.clone(), i);
            for m in &e.merged {
                by_id.entry(m.clone()).or_insert(i);
            }
            for d in &e.domains {
                let list = by_host.entry(d.clone()).or_default();
                if !list.contains(&i) {
                    list.push(i);
                }
            }
            let mut k = Vec::new();
            let names = e.name_zh.iter().chain(&e.name_en).map(|n| (MatchedField::Name, n));
            let aliases = e.aliases.iter().map(|n| (MatchedField::Alias, n));
            let brands = e.brands.iter().map(|n| (MatchedField::Brand, n));
            for (field, n) in names.chain(aliases).chain(brands) {
                let norm = normalize_name(n);
                if norm.is_empty() {
                    continue;
                }
                let list = by_name.entry(norm.clone()).or_default();
                if !list.contains(&i) {
                    list.push(i);
                }
                k.push((field, norm));
            }
            for n in e.name_zh.iter().chain(&e.aliases) {
                for spelling in crate::spelling::spellings(n) {
                    if !k.iter().any(|(_, key)| *key == spelling) {
                        k.push((MatchedField::Pinyin, spelling));
                    }
                }
            }
            for d in &e.domains {
                k.push((MatchedField::Domain, d.clone()));
            }
            if let Some(op) = &e.operator {
                let norm = normalize_name(&op.value);
                if !norm.is_empty() {
                    k.push((MatchedField::Operator, norm));
                }
            }
            keys.push(k);
        }
        // Entries are in source order (cn, da, jdm), so "first" is "best" in every list.
        Directory { entries, authorities, by_id, by_host, by_name, keys }
    }

    pub fn entries(&self) -> &[DirectoryEntry] {
        &self.entries
    }

    pub fn authorities(&self) -> &[Authority] {
        &self.authorities
    }

    /// An entry by its id, or by the id of a record merged into it.
    pub fn get(&self, id: &str) -> Option<&DirectoryEntry> {
        self.by_id.get(id.trim()).map(|&i| &self.entries[i])
    }

    /// The entries for a host name: the host itself, then each parent domain down
    /// to the registrable domain (`passport.bilibili.com` → `bilibili.com`). The
    /// most specific match wins (`weixin.qq.com` is WeChat, `mail.qq.com` is QQ).
    pub fn match_host(&self, host: &str) -> Vec<&DirectoryEntry> {
        let host = normalize_host(host);
        let registrable = registrable_domain(&host);
        let mut h = host.as_str();
        loop {
            if let Some(list) = self.by_host.get(h) {
                return list.iter().map(|&i| &self.entries[i]).collect();
            }
            if h == registrable {
                return Vec::new();
            }
            match h.split_once('.') {
                Some((_, parent)) if parent.contains('.') => h = parent,
                _ => return Vec::new(),
            }
        }
    }

    /// The entries whose name, alias or brand is exactly `name` (after normalising
    /// case, width and spacing), best first.
    pub fn match_name(&self, name: &str) -> Vec<&DirectoryEntry> {
        let norm = normalize_name(name);
        self.by_name.get(&norm).map(|l| l.iter().map(|&i| &self.entries[i]).collect()).unwrap_or_default()
    }

    /// Searches names (Chinese and English), aliases, brands, domains and operators.
    /// Case- and width-insensitive; exact matches rank above prefix matches, which
    /// rank above substring matches.
    pub fn search(&self, query: &str, limit: usize) -> Vec<SearchHit<'_>> {
        search::search(self, query, limit)
    }

    /// The authorities competent for a country code (`de`, `fr`, `gb` …).
    pub fn authorities_for(&self, country: &str) -> Vec<&Authority> {
        let c = country.trim().to_ascii_lowercase();
        let c = if c == "uk" { "gb".to_string() } else { c };
        self.authorities.iter().filter(|a| a.countries.iter().any(|x| x == &c)).collect()
    }

    /// The authorities a complaint about an entry could go to, from the countries
    /// it is relevant for (none for `all` or non-European entries).
    pub fn authorities_for_entry(&self, entry: &DirectoryEntry) -> Vec<&Authority> {
        let mut out: Vec<&Authority> = Vec::new();
        for c in &entry.countries {
            for a in self.authorities_for(c) {
                if !out.iter().any(|x| x.id == a.id) {
                    out.push(a);
                }
            }
        }
        out
    }
}

/// Lower case, without scheme, path, port, trailing dot or a leading `www.`.
pub fn normalize_host(input: &str) -> String {
    let s = input.trim();
    let s = s.split_once("://").map(|(_, rest)| rest).unwrap_or(s);
    let s = s.split(['/', '?', '#']).next().unwrap_or("");
    let s = s.rsplit_once('@').map(|(_, h)| h).unwrap_or(s);
    let s = if s.starts_with('[') { s } else { s.split(':').next().unwrap_or("") };
    let s = s.trim_end_matches('.').to_lowercase();
    match s.strip_prefix("www.") {
        Some(rest) if rest.contains('.') => rest.to_string(),
        _ => s,
    }
}

/// The registrable domain of a host (`login.example.co.uk` → `example.co.uk`),
/// from the public-suffix list built into the app; the host itself when the
/// list has no answer (a bare suffix, an IP address).
pub fn registrable_domain(host: &str) -> String {
    psl::domain_str(host).map(str::to_string).unwrap_or_else(|| host.to_string())
}

/// Normalises a name for matching: full-width ASCII to half-width, lower case,
/// whitespace removed.
pub fn normalize_name(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            _ => c,
        })
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_are_normalised() {
        assert_eq!(normalize_host("https://WWW.Taobao.com/path?q=1"), "taobao.com");
        assert_eq!(normalize_host("user@login.example.co.uk:8443"), "login.example.co.uk");
        assert_eq!(normalize_host("www.com"), "www.com");
        assert_eq!(registrable_domain("login.example.co.uk"), "example.co.uk");
        assert_eq!(registrable_domain("passport.bilibili.com"), "bilibili.com");
    }

    #[test]
    fn names_are_normalised_across_width_and_case() {
        assert_eq!(normalize_name("ＱＱ 音乐"), "qq音乐");
        assert_eq!(normalize_name(" WeChat "), "wechat");
    }
}
