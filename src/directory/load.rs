//! Parses the four data files and merges them into directory entries.
//!
//! Order matters: Chinese apps first, then Datenanfragen controllers, then
//! JustDeleteMe. A JustDeleteMe record that shares a host with an earlier
//! entry is merged into it (it adds the deletion path); Chinese and European
//! records are different legal entities and stay apart even when they share a
//! domain.

use super::{
    Authority, Confidence, Contacts, DataSource, Difficulty, DirectoryEntry, Provenance, Sourced,
    normalize_host,
};
use crate::holder::HolderKind;
use crate::jurisdiction::Jurisdiction;
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};

/// The date of the Datenanfragen snapshot (commit 0a29c3d6).
pub const DATENANFRAGEN_DATE: &str = "2026-07-21";
/// The date the JustDeleteMe snapshot was taken.
pub const JUSTDELETEME_DATE: &str = "2026-11-23";

/// The raw text of the four data files (plus our alias list).
#[derive(Debug, Clone, Copy)]
pub struct Sources<'a> {
    pub cn_holders: &'a str,
    pub cn_aliases: &'a str,
    pub companies: &'a str,
    pub authorities: &'a str,
    pub justdeleteme: &'a str,
}

impl Sources<'static> {
    /// The files shipped inside the app.
    pub fn builtin() -> Sources<'static> {
        Sources {
            cn_holders: include_str!("data/cn-holders.json"),
            cn_aliases: include_str!("data/cn-aliases.toml"),
            companies: include_str!("data/datenanfragen/companies.json"),
            authorities: include_str!("data/datenanfragen/supervisory-authorities.json"),
            justdeleteme: include_str!("data/justdeleteme/sites.json"),
        }
    }
}

/// The directory data could not be used.
#[derive(Debug, thiserror::Error)]
pub enum DirectoryError {
    /// A data file is not what the loader expects.
    #[error("directory data `{file}` is malformed: {message}")]
    Malformed { file: &'static str, message: String },
    /// Two records claim the same id.
    #[error("directory data `{file}` has the id `{id}` twice")]
    DuplicateId { file: &'static str, id: String },
    /// No entry has that id.
    #[error("`{0}` is not in the directory")]
    UnknownEntry(String),
}

#[derive(Deserialize)]
struct CnFile {
    generated: Option<String>,
    holders: Vec<CnHolder>,
}

#[derive(Deserialize)]
struct CnHolder {
    id: String,
    name_zh: Option<String>,
    name_en: Option<String>,
    operator_zh: Option<String>,
    operator_en: Option<String>,
    category: Option<String>,
    #[serde(default)]
    ecommerce: bool,
    #[serde(default)]
    telecom: bool,
    #[serde(default)]
    domains: Vec<String>,
    privacy_email: Option<String>,
    privacy_phone: Option<String>,
    postal_address: Option<String>,
    registered_address: Option<String>,
    #[serde(default)]
    other_channels: Vec<String>,
    policy_url: Option<String>,
    policy_date: Option<String>,
    source: Option<String>,
    #[serde(default)]
    sources: Vec<String>,
    confidence: Option<String>,
    #[serde(default)]
    field_confidence: BTreeMap<String, String>,
    notes: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "kebab-case")]
struct DaCompany {
    slug: String,
    #[serde(default)]
    relevant_countries: Vec<String>,
    #[serde(default)]
    categories: Vec<String>,
    name: String,
    #[serde(default)]
    runs: Vec<String>,
    address: Option<String>,
    phone: Option<String>,
    fax: Option<String>,
    email: Option<String>,
    webform: Option<String>,
    web: Option<String>,
    #[serde(default)]
    sources: Vec<String>,
    request_language: Option<String>,
    quality: Option<String>,
    #[serde(default)]
    comments: Vec<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "kebab-case")]
struct DaAuthority {
    slug: String,
    #[serde(default)]
    relevant_countries: Vec<String>,
    name: String,
    address: Option<String>,
    phone: Option<String>,
    fax: Option<String>,
    email: Option<String>,
    webform: Option<String>,
    web: Option<String>,
    #[serde(default)]
    sources: Vec<String>,
    complaint_language: Option<String>,
    #[serde(default)]
    comments: Vec<String>,
}

#[derive(Deserialize)]
struct JdmSite {
    name: String,
    url: Option<String>,
    difficulty: Option<String>,
    notes: Option<String>,
    email: Option<String>,
    #[serde(default)]
    domains: Vec<String>,
}

fn parse<T: serde::de::DeserializeOwned>(file: &'static str, text: &str) -> Result<T, DirectoryError> {
    serde_json::from_str(text).map_err(|e| DirectoryError::Malformed { file, message: e.to_string() })
}

fn clean(s: Option<String>) -> Option<String> {
    s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}

pub(super) fn load(src: &Sources<'_>) -> Result<(Vec<DirectoryEntry>, Vec<Authority>), DirectoryError> {
    let cn: CnFile = parse("cn-holders.json", src.cn_holders)?;
    let aliases: BTreeMap<String, Vec<String>> = toml::from_str(src.cn_aliases)
        .map_err(|e| DirectoryError::Malformed { file: "cn-aliases.toml", message: e.to_string() })?;
    let companies: Vec<DaCompany> = parse("datenanfragen/companies.json", src.companies)?;
    let authorities: Vec<DaAuthority> = parse("datenanfragen/supervisory-authorities.json", src.authorities)?;
    let sites: Vec<JdmSite> = parse("justdeleteme/sites.json", src.justdeleteme)?;

    let mut entries: Vec<DirectoryEntry> =
        Vec::with_capacity(cn.holders.len() + companies.len() + sites.len());
    let mut ids: HashMap<String, usize> = HashMap::new();
    let generated = cn.generated.clone();
    for h in cn.holders {
        let extra = aliases.get(&h.id).cloned().unwrap_or_default();
        let e = cn_entry(h, extra, generated.as_deref());
        if ids.insert(e.id.clone(), entries.len()).is_some() {
            return Err(DirectoryError::DuplicateId { file: "cn-holders.json", id: e.id });
        }
        entries.push(e);
    }
    for key in aliases.keys() {
        if !ids.contains_key(&format!("cn:{key}")) {
            return Err(DirectoryError::Malformed {
                file: "cn-aliases.toml",
                message: format!("`{key}` is not an id in cn-holders.json"),
            });
        }
    }
    for c in companies {
        let e = da_entry(c);
        if ids.insert(e.id.clone(), entries.len()).is_some() {
            return Err(DirectoryError::DuplicateId { file: "datenanfragen/companies.json", id: e.id });
        }
        entries.push(e);
    }
    // host → entries of the earlier sources, for merging JustDeleteMe records.
    let mut hosts: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, e) in entries.iter().enumerate() {
        for d in &e.domains {
            hosts.entry(d.clone()).or_default().push(i);
        }
    }
    for site in sites {
        let domains: Vec<String> =
            dedup(site.domains.iter().map(|d| normalize_host(d)).filter(|d| !d.is_empty()));
        let Some(first) = domains.first().cloned() else { continue };
        let mut id = format!("jdm:{first}");
        if ids.contains_key(&id) {
            let mut n = 2;
            while ids.contains_key(&format!("jdm:{first}~{n}")) {
                n += 1;
            }
            id = format!("jdm:{first}~{n}");
        }
        let mut targets: Vec<usize> = Vec::new();
        for d in &domains {
            for &t in hosts.get(d).map(Vec::as_slice).unwrap_or(&[]) {
                if !targets.contains(&t) {
                    targets.push(t);
                }
            }
        }
        let contacts = jdm_contacts(&site);
        if targets.is_empty() {
            let jurisdiction = guess_from_domain(&first);
            let e = DirectoryEntry {
                id: id.clone(),
                merged: Vec::new(),
                name_en: Some(site.name.trim().to_string()),
                name_zh: None,
                operator: None,
                aliases: Vec::new(),
                brands: Vec::new(),
                domains,
                countries: Vec::new(),
                jurisdiction,
                kind: HolderKind::App,
                categories: Vec::new(),
                contacts,
                request_language: None,
                remarks: Vec::new(),
                sources: site.url.iter().cloned().collect(),
            };
            ids.insert(id, entries.len());
            entries.push(e);
        } else {
            // The record's id resolves to the first entry it was merged into.
            ids.insert(id.clone(), targets[0]);
            for t in targets {
                let e = &mut entries[t];
                e.merged.push(id.clone());
                let name = site.name.trim();
                let known = e.name_en.as_deref() == Some(name)
                    || e.name_zh.as_deref() == Some(name)
                    || e.aliases.iter().any(|a| a.eq_ignore_ascii_case(name));
                if !known && !name.is_empty() {
                    e.aliases.push(name.to_string());
                }
                // Only the hosts this record shares: its other hosts may belong to a sibling service.
                let c = &mut e.contacts;
                c.deletion_url = c.deletion_url.take().or_else(|| contacts.deletion_url.clone());
                c.deletion_difficulty = c.deletion_difficulty.take().or(contacts.deletion_difficulty.clone());
                c.deletion_notes = c.deletion_notes.take().or_else(|| contacts.deletion_notes.clone());
                c.deletion_email = c.deletion_email.take().or_else(|| contacts.deletion_email.clone());
            }
        }
    }
    let authorities = authorities.into_iter().map(authority).collect();
    Ok((entries, authorities))
}

fn dedup(items: impl Iterator<Item = String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for i in items {
        if !out.contains(&i) {
            out.push(i);
        }
    }
    out
}

/// Splits "WeChat (Weixin)" and "Ctrip / Trip.com" into a name and aliases.
fn split_english_name(name: &str) -> (String, Vec<String>) {
    let mut aliases = Vec::new();
    let mut main = name.trim().to_string();
    if let Some((before, after)) = main.split_once('(')
        && let Some(inner) = after.strip_suffix(')')
    {
        aliases.push(inner.trim().to_string());
        main = before.trim().to_string();
    }
    if main.contains(" / ") {
        let mut parts = main.split(" / ").map(|p| p.trim().to_string());
        let first = parts.next().unwrap_or_default();
        aliases.extend(parts);
        main = first;
    }
    // The full form stays searchable too.
    if main != name.trim() {
        aliases.push(name.trim().to_string());
    }
    (main, aliases)
}

fn cn_entry(h: CnHolder, extra_aliases: Vec<String>, generated: Option<&str>) -> DirectoryEntry {
    let url = clean(h.source.clone()).or_else(|| h.sources.iter().find(|s| s.starts_with("http")).cloned());
    let date = clean(h.policy_date.clone()).or_else(|| generated.map(str::to_string));
    let record_basis = h.confidence.clone().unwrap_or_else(|| "unverified".into());
    // cn-holders says to treat every contact as "to confirm against the live policy".
    let sourced = |field: &str, value: Option<String>| {
        clean(value).map(|value| Sourced {
            value,
            provenance: Provenance {
                source: DataSource::CnHolders,
                confidence: Confidence::Unconfirmed,
                basis: Some(h.field_confidence.get(field).cloned().unwrap_or_else(|| record_basis.clone())),
                date: date.clone(),
                url: url.clone(),
            },
        })
    };
    let operator = sourced("operator_zh", h.operator_zh.clone())
        .or_else(|| sourced("operator_en", h.operator_en.clone()));
    let contacts = Contacts {
        email: sourced("privacy_email", h.privacy_email.clone()),
        phone: sourced("privacy_phone", h.privacy_phone.clone()),
        fax: None,
        address: sourced("postal_address", h.postal_address.clone()),
        registered_address: sourced("registered_address", h.registered_address.clone()),
        webform: None,
        policy_url: sourced("policy_url", h.policy_url.clone()),
        deletion_url: None,
        deletion_difficulty: None,
        deletion_notes: None,
        deletion_email: None,
        other: h.other_channels.iter().filter_map(|c| sourced("other_channels", Some(c.clone()))).collect(),
    };
    let (name_en, mut aliases) = match clean(h.name_en.clone()) {
        Some(n) => {
            let (main, a) = split_english_name(&n);
            (Some(main), a)
        }
        None => (None, Vec::new()),
    };
    for a in extra_aliases {
        let a = a.trim().to_string();
        if !a.is_empty() && !aliases.contains(&a) && Some(&a) != name_en.as_ref() {
            aliases.push(a);
        }
    }
    let kind = if h.ecommerce {
        HolderKind::Ecommerce
    } else if h.telecom {
        HolderKind::Telecom
    } else if matches!(h.category.as_deref(), Some("bank" | "payment")) {
        HolderKind::Bank
    } else {
        HolderKind::App
    };
    let remarks = clean(h.notes.clone())
        .map(|n| Sourced {
            value: n,
            provenance: Provenance {
                source: DataSource::CnHolders,
                confidence: Confidence::Unconfirmed,
                basis: Some(record_basis.clone()),
                date: generated.map(str::to_string),
                url: None,
            },
        })
        .into_iter()
        .collect();
    DirectoryEntry {
        id: format!("cn:{}", h.id),
        merged: Vec::new(),
        name_en,
        name_zh: clean(h.name_zh),
        operator,
        aliases,
        brands: Vec::new(),
        domains: dedup(h.domains.iter().map(|d| normalize_host(d)).filter(|d| !d.is_empty())),
        countries: vec!["cn".into()],
        jurisdiction: Sourced {
            value: Jurisdiction::Cn,
            provenance: Provenance {
                source: DataSource::Rightsdesk,
                confidence: Confidence::Guessed,
                basis: Some("app operated in mainland China (cn-holders)".into()),
                date: None,
                url: None,
            },
        },
        kind,
        categories: h.category.into_iter().collect(),
        contacts,
        request_language: Some("zh".into()),
        remarks,
        sources: h.sources,
    }
}

const EU_EEA: [&str; 30] = [
    "at", "be", "bg", "hr", "cy", "cz", "dk", "ee", "fi", "fr", "de", "gr", "hu", "ie", "it", "lv", "lt",
    "lu", "mt", "nl", "pl", "pt", "ro", "sk", "si", "es", "se", "is", "li", "no",
];

/// Country names as they end Datenanfragen addresses, in English and the local language.
const EU_COUNTRY_NAMES: [&str; 52] = [
    "germany",
    "deutschland",
    "austria",
    "österreich",
    "france",
    "frankreich",
    "italy",
    "italia",
    "spain",
    "españa",
    "netherlands",
    "the netherlands",
    "nederland",
    "niederlande",
    "belgium",
    "belgique",
    "belgië",
    "belgien",
    "ireland",
    "irland",
    "luxembourg",
    "luxemburg",
    "sweden",
    "sverige",
    "schweden",
    "denmark",
    "danmark",
    "dänemark",
    "finland",
    "suomi",
    "finnland",
    "poland",
    "polska",
    "polen",
    "portugal",
    "czech republic",
    "czechia",
    "česká republika",
    "greece",
    "cyprus",
    "malta",
    "estonia",
    "latvia",
    "lithuania",
    "slovakia",
    "slovenia",
    "hungary",
    "romania",
    "bulgaria",
    "croatia",
    "norway",
    "iceland",
];
const UK_NAMES: [&str; 7] =
    ["united kingdom", "uk", "england", "scotland", "wales", "great britain", "vereinigtes königreich"];

fn guessed(j: Jurisdiction, basis: String) -> Sourced<Jurisdiction> {
    Sourced {
        value: j,
        provenance: Provenance {
            source: DataSource::Rightsdesk,
            confidence: Confidence::Guessed,
            basis: Some(basis),
            date: None,
            url: None,
        },
    }
}

fn guess_da_jurisdiction(countries: &[String], address: Option<&str>) -> Sourced<Jurisdiction> {
    let eu: Vec<&String> = countries.iter().filter(|c| EU_EEA.contains(&c.as_str())).collect();
    if !eu.is_empty() {
        let list: Vec<&str> = eu.iter().map(|s| s.as_str()).collect();
        return guessed(Jurisdiction::Eu, format!("relevant for {} (EU/EEA: GDPR)", list.join(", ")));
    }
    if countries.iter().any(|c| c == "gb") {
        return guessed(Jurisdiction::Uk, "relevant for gb (UK GDPR)".into());
    }
    let last = address.and_then(|a| a.lines().map(str::trim).rfind(|l| !l.is_empty())).unwrap_or("");
    let lower = last.to_lowercase();
    if EU_COUNTRY_NAMES.contains(&lower.as_str()) {
        return guessed(Jurisdiction::Eu, format!("established in {last} (GDPR Art. 3(1))"));
    }
    if UK_NAMES.contains(&lower.as_str()) {
        return guessed(Jurisdiction::Uk, format!("established in {last} (UK GDPR)"));
    }
    let why = if countries.iter().any(|c| c == "ch") {
        "Switzerland: its data-protection act is not modelled".to_string()
    } else if last.is_empty() {
        "no European establishment known".to_string()
    } else {
        format!("established in {last}: no European establishment known")
    };
    guessed(Jurisdiction::Other, why)
}

fn guess_from_domain(host: &str) -> Sourced<Jurisdiction> {
    let tld = host.rsplit('.').next().unwrap_or("");
    let j = match tld {
        "cn" => Jurisdiction::Cn,
        "uk" => Jurisdiction::Uk,
        "eu" => Jurisdiction::Eu,
        t if EU_EEA.contains(&t) || t == "gr" => Jurisdiction::Eu,
        _ => Jurisdiction::Other,
    };
    let basis = if j == Jurisdiction::Other {
        "not known (JustDeleteMe lists no country)".to_string()
    } else {
        format!("country domain .{tld}")
    };
    guessed(j, basis)
}

fn da_kind(categories: &[String]) -> HolderKind {
    let has = |c: &str| categories.iter().any(|x| x == c);
    if has("telecommunication") {
        HolderKind::Telecom
    } else if has("finance") || has("credit agency") {
        HolderKind::Bank
    } else if has("commerce") {
        HolderKind::Ecommerce
    } else if has("social media") || has("entertainment") || has("ads") || has("travel") {
        HolderKind::App
    } else {
        HolderKind::Other
    }
}

fn da_entry(c: DaCompany) -> DirectoryEntry {
    let quality = c.quality.clone().unwrap_or_else(|| "unknown".into());
    let confidence = match quality.as_str() {
        "verified" | "tested" => Confidence::Confirmed,
        _ => Confidence::Unconfirmed,
    };
    let url = c.sources.iter().find(|s| s.starts_with("http") && !s.contains("github.com")).cloned();
    let sourced = |value: Option<String>| {
        clean(value).map(|value| Sourced {
            value,
            provenance: Provenance {
                source: DataSource::Datenanfragen,
                confidence,
                basis: Some(quality.clone()),
                date: Some(DATENANFRAGEN_DATE.into()),
                url: url.clone(),
            },
        })
    };
    let jurisdiction = guess_da_jurisdiction(&c.relevant_countries, c.address.as_deref());
    let web = clean(c.web.clone());
    let domains = web.iter().map(|w| normalize_host(w)).filter(|d| !d.is_empty()).collect();
    let contacts = Contacts {
        email: sourced(c.email.clone()),
        phone: sourced(c.phone.clone()),
        fax: sourced(c.fax.clone()),
        address: sourced(c.address.clone()),
        registered_address: None,
        webform: sourced(c.webform.clone()),
        // The sources a record was checked against usually start with its privacy policy.
        policy_url: sourced(
            c.sources.iter().find(|s| s.starts_with("http") && s.to_lowercase().contains("priva")).cloned(),
        ),
        deletion_url: None,
        deletion_difficulty: None,
        deletion_notes: None,
        deletion_email: None,
        other: Vec::new(),
    };
    DirectoryEntry {
        id: format!("da:{}", c.slug),
        merged: Vec::new(),
        name_en: Some(c.name.trim().to_string()),
        name_zh: None,
        operator: sourced(Some(c.name.clone())),
        aliases: Vec::new(),
        brands: c.runs.iter().map(|r| r.trim().to_string()).filter(|r| !r.is_empty()).collect(),
        domains,
        countries: c.relevant_countries.clone(),
        jurisdiction,
        kind: da_kind(&c.categories),
        categories: c.categories.clone(),
        contacts,
        request_language: clean(c.request_language.clone()),
        remarks: c.comments.iter().filter_map(|x| sourced(Some(x.clone()))).collect(),
        sources: c.sources,
    }
}

fn jdm_contacts(site: &JdmSite) -> Contacts {
    let sourced = |value: Option<String>| {
        clean(value).map(|value| Sourced {
            value,
            provenance: Provenance {
                source: DataSource::JustDeleteMe,
                confidence: Confidence::Unconfirmed,
                basis: Some("community list".into()),
                date: Some(JUSTDELETEME_DATE.into()),
                url: None,
            },
        })
    };
    let difficulty = match site.difficulty.as_deref().map(str::trim) {
        Some("easy") => Some(Difficulty::Easy),
        Some("medium") => Some(Difficulty::Medium),
        Some("hard") => Some(Difficulty::Hard),
        Some("limited") => Some(Difficulty::Limited),
        Some("impossible") => Some(Difficulty::Impossible),
        _ => None,
    };
    Contacts {
        deletion_url: sourced(site.url.clone()),
        deletion_difficulty: difficulty.and_then(|d| {
            sourced(Some(d.code().to_string())).map(|s| Sourced { value: d, provenance: s.provenance })
        }),
        deletion_notes: sourced(site.notes.clone()),
        deletion_email: sourced(site.email.clone()),
        ..Contacts::default()
    }
}

fn authority(a: DaAuthority) -> Authority {
    Authority {
        id: format!("dpa:{}", a.slug),
        name: a.name.trim().to_string(),
        countries: a.relevant_countries,
        address: clean(a.address),
        phone: clean(a.phone),
        fax: clean(a.fax),
        email: clean(a.email),
        webform: clean(a.webform),
        web: clean(a.web),
        complaint_language: clean(a.complaint_language),
        comments: a.comments,
        provenance: Provenance {
            source: DataSource::Datenanfragen,
            confidence: Confidence::Confirmed,
            basis: Some("supervisory-authorities".into()),
            date: Some(DATENANFRAGEN_DATE.into()),
            url: a.sources.into_iter().next(),
        },
    }
}
