//! Instruments and articles, the loader that turns `data/*.toml` into a
//! [`Catalogue`], and the rules that decide whether a letter may cite an article.

use super::channel::{self, ANY, Channel, HOLDER_KINDS, RawChannel, RawRoute, Route, SITUATIONS};
use super::error::LawError;
use super::status::{Confidence, LegalStatus};
use crate::jurisdiction::Jurisdiction;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::OnceLock;

/// A law, regulation, judicial interpretation, standard or draft.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Instrument {
    pub id: String,
    pub name_zh: String,
    pub name_en: String,
    /// How a Chinese letter names it, without the 《》 the caller adds.
    pub short_zh: String,
    pub short_en: String,
    pub jurisdiction: Jurisdiction,
    pub status: LegalStatus,
    /// Short description, e.g. "Administrative regulation".
    pub kind_en: String,
    pub kind_zh: String,
    /// `None` for drafts: a draft is never in force.
    pub effective_from: Option<NaiveDate>,
    pub effective_until: Option<NaiveDate>,
    /// Where the wording was checked (articles.md's source).
    pub source: String,
    /// Canonical address, not read when the texts were compiled.
    pub official_url: Option<String>,
}

impl Instrument {
    /// Whether the instrument has effect on `on` (drafts never do).
    pub fn is_in_force(&self, on: NaiveDate) -> bool {
        in_range(self.effective_from, self.effective_until, on)
    }
}

/// One citable unit: an article, paragraph, section or item, with its verbatim text.
/// Dates and source are already resolved against the instrument.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Article {
    /// Unique across the catalogue, e.g. `pipl-47`.
    pub id: String,
    /// The rule this article carries. Renumbered articles share one key, so
    /// [`Catalogue::in_force`] finds the number valid on a given date.
    pub key: String,
    pub instrument_id: String,
    /// Copied from the instrument.
    pub jurisdiction: Jurisdiction,
    /// Copied from the instrument.
    pub status: LegalStatus,
    /// As cited: "47", "17(1)", "1798.105(a)", "六.3". Empty when unknown.
    pub number: String,
    /// Chinese citation form: "第四十七条", "第17条第1款".
    pub number_zh: String,
    /// English citation form: "Art. 47", "§1798.105(a)", "Part VI item 3".
    pub cite_en: String,
    pub title_en: Option<String>,
    /// Verbatim wording (Chinese original for Chinese law). Empty only when no
    /// wording was available, which forces `confidence` to be UNVERIFIED.
    pub text: String,
    /// The operative part a letter quotes; always an exact substring of `text`.
    pub quote: Option<String>,
    pub gist_en: String,
    pub gist_zh: String,
    pub confidence: Confidence,
    /// False where the wording may be right but the article number is unconfirmed.
    pub number_verified: bool,
    /// The number and what the provision is about are confirmed but its wording
    /// is not (articles.md §11: "cite without quoting"): a letter may name it, with
    /// its gist, and never quotes it.
    pub number_only: bool,
    /// Resolved: the later of the article's and the instrument's start; `None`
    /// means never in force.
    pub effective_from: Option<NaiveDate>,
    /// Resolved: the earlier of the article's and the instrument's end.
    pub effective_until: Option<NaiveDate>,
    pub source: String,
}

/// Why a letter may not cite an article as its legal basis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, thiserror::Error)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "reason", content = "detail", rename_all = "camelCase")]
pub enum CiteRefusal {
    /// The wording was never checked against a text.
    #[error("the wording is unverified")]
    Unverified,
    /// The wording may be right but the article number is unconfirmed, and a
    /// citation is a number.
    #[error("the article number is unverified")]
    NumberUnverified,
    /// A draft, a regulators' reference or a recommended standard is not law.
    #[error("not law (status {0:?})")]
    NotLaw(LegalStatus),
    /// Not yet or no longer in force on the letter's date (`from` is `None` for
    /// texts that never took effect).
    #[error("not in force on the letter's date")]
    NotInForce { from: Option<NaiveDate>, until: Option<NaiveDate> },
}

impl Article {
    /// The legal force of the instrument this article belongs to.
    pub fn status(&self) -> LegalStatus {
        self.status
    }

    /// Whether the article has effect on `on` (its own range within its instrument's).
    pub fn is_in_force(&self, on: NaiveDate) -> bool {
        in_range(self.effective_from, self.effective_until, on)
    }

    /// Every reason a letter dated `on` may not cite this article, most
    /// fundamental first. Empty means citable.
    pub fn cite_refusals(&self, on: NaiveDate) -> Vec<CiteRefusal> {
        let mut refusals = Vec::new();
        if !self.status.is_citable_as_law() {
            refusals.push(CiteRefusal::NotLaw(self.status));
        }
        if !self.is_in_force(on) {
            refusals.push(CiteRefusal::NotInForce { from: self.effective_from, until: self.effective_until });
        }
        if !self.confidence.is_quotable() && !self.number_only {
            refusals.push(CiteRefusal::Unverified);
        }
        if !self.number_verified {
            refusals.push(CiteRefusal::NumberUnverified);
        }
        refusals
    }

    /// Whether a letter dated `on` may cite this article as the legal basis of a
    /// demand: binding law or a judicial interpretation, in force that day, with
    /// checked wording and a confirmed number. The error is the most fundamental
    /// reason (see [`Article::cite_refusals`] for all of them).
    pub fn citable_in_letter(&self, on: NaiveDate) -> Result<(), CiteRefusal> {
        match self.cite_refusals(on).first() {
            Some(reason) => Err(*reason),
            None => Ok(()),
        }
    }

    /// Whether a letter dated `on` may mention this text as a regulators'
    /// reference or a recommended standard (never as law): the text must be
    /// checked, its item number confirmed, and the document current.
    pub fn mentionable_as_reference(&self, on: NaiveDate) -> bool {
        matches!(self.status, LegalStatus::Reference | LegalStatus::Standard)
            && self.confidence.is_quotable()
            && self.number_verified
            && self.is_in_force(on)
    }

    /// The words a letter quotes: the operative `quote` if set, else the whole
    /// text; empty when the wording was not checked (never quoted then).
    pub fn quoted_words(&self) -> &str {
        if !self.confidence.is_quotable() {
            return "";
        }
        self.quote.as_deref().unwrap_or(&self.text)
    }
}

/// `from <= on <= until`, where a missing start means "never".
fn in_range(from: Option<NaiveDate>, until: Option<NaiveDate>, on: NaiveDate) -> bool {
    from.is_some_and(|f| f <= on) && until.is_none_or(|u| on <= u)
}

/// The catalogue in use: the embedded data, or a data pack installed at startup.
static OFFICIAL: OnceLock<Catalogue> = OnceLock::new();

/// All instruments, articles, complaint channels and routes, validated.
#[derive(Debug, Clone)]
pub struct Catalogue {
    instruments: Vec<Instrument>,
    articles: Vec<Article>,
    channels: Vec<Channel>,
    routes: Vec<Route>,
    instrument_index: HashMap<String, usize>,
    article_index: HashMap<String, usize>,
    channel_index: HashMap<String, usize>,
}

impl Catalogue {
    /// The catalogue built from the data files embedded in the binary. Parsed once.
    ///
    /// # Panics
    /// Only if the embedded data is invalid, which the unit tests rule out.
    pub fn official() -> &'static Catalogue {
        OFFICIAL.get_or_init(|| {
            Catalogue::from_sources(super::OFFICIAL_SOURCES)
                .unwrap_or_else(|e| panic!("embedded law data is invalid: {e}"))
        })
    }

    /// Puts a catalogue from a verified data pack in place of the embedded one.
    ///
    /// Only before the first call to [`Catalogue::official`]: the catalogue in
    /// use never changes under running code, so a late call hands it back.
    pub fn install_override(catalogue: Catalogue) -> Result<(), Box<Catalogue>> {
        OFFICIAL.set(catalogue).map_err(Box::new)
    }

    /// Builds and validates a catalogue from `(file name, TOML contents)` pairs.
    pub fn from_sources(sources: &[(&str, &str)]) -> Result<Catalogue, LawError> {
        let mut cat = Catalogue {
            instruments: Vec::new(),
            articles: Vec::new(),
            channels: Vec::new(),
            routes: Vec::new(),
            instrument_index: HashMap::new(),
            article_index: HashMap::new(),
            channel_index: HashMap::new(),
        };
        for (file, contents) in sources {
            let raw: RawFile = toml::from_str(contents)
                .map_err(|e| LawError::Parse { file: file.to_string(), message: e.to_string() })?;
            cat.add_file(file, raw)?;
        }
        cat.check_keys()?;
        cat.check_channels()?;
        cat.check_routes()?;
        Ok(cat)
    }

    pub fn instrument(&self, id: &str) -> Option<&Instrument> {
        self.instrument_index.get(id).map(|&i| &self.instruments[i])
    }

    pub fn article(&self, id: &str) -> Option<&Article> {
        self.article_index.get(id).map(|&i| &self.articles[i])
    }

    pub fn channel(&self, id: &str) -> Option<&Channel> {
        self.channel_index.get(id).map(|&i| &self.channels[i])
    }

    /// Instruments in file order.
    pub fn instruments(&self) -> impl Iterator<Item = &Instrument> {
        self.instruments.iter()
    }

    /// Articles in file order.
    pub fn articles(&self) -> impl Iterator<Item = &Article> {
        self.articles.iter()
    }

    /// The articles of one instrument, in file order.
    pub fn articles_of<'a>(&'a self, instrument_id: &'a str) -> impl Iterator<Item = &'a Article> {
        self.articles.iter().filter(move |a| a.instrument_id == instrument_id)
    }

    pub fn channels(&self) -> impl Iterator<Item = &Channel> {
        self.channels.iter()
    }

    pub fn routes(&self) -> impl Iterator<Item = &Route> {
        self.routes.iter()
    }

    /// The instrument an article belongs to.
    pub fn instrument_of(&self, article: &Article) -> Option<&Instrument> {
        self.instrument(&article.instrument_id)
    }

    /// The article carrying rule `key` on date `on` (its own range and its
    /// instrument's both contain `on`). At most one exists: the loader refuses
    /// overlapping ranges. Drafts are never in force, so never returned.
    pub fn in_force(&self, key: &str, on: NaiveDate) -> Option<&Article> {
        self.articles.iter().find(|a| a.key == key && a.is_in_force(on))
    }

    /// Complaint channels for a holder kind (`app`, `ecommerce`, `telecom`, `bank`,
    /// `property`, `other`) and situation (`no-response`, `refused`, `data-theft`),
    /// most recommended first. Unknown kinds count as `other`, unknown situations
    /// as `no-response`; kinds without their own route get the `other` route.
    /// Empty when the jurisdiction has no route (e.g. `OTHER`).
    pub fn route(&self, jurisdiction: Jurisdiction, holder_kind: &str, situation: &str) -> Vec<&Channel> {
        channel::best_route(&self.routes, jurisdiction, holder_kind, situation)
            .map(|r| r.channels.iter().filter_map(|id| self.channel(id)).collect())
            .unwrap_or_default()
    }

    /// Chinese citation, e.g. `《个人信息保护法》第四十七条`.
    pub fn cite_zh(&self, article: &Article) -> String {
        let name = self.instrument_of(article).map_or("", |i| i.short_zh.as_str());
        format!("《{name}》{}", article.number_zh)
    }

    /// English citation, e.g. `PIPL Art. 47` or `CCPA §1798.105(a)`.
    pub fn cite_en(&self, article: &Article) -> String {
        let name = self.instrument_of(article).map_or("", |i| i.short_en.as_str());
        if article.cite_en.is_empty() { name.to_string() } else { format!("{name} {}", article.cite_en) }
    }

    fn add_file(&mut self, file: &str, raw: RawFile) -> Result<(), LawError> {
        if raw.instrument.is_none() && raw.channel.is_empty() && raw.route.is_empty() {
            return Err(LawError::Parse {
                file: file.to_string(),
                message: "no [instrument], [[channel]] or [[route]] table".to_string(),
            });
        }
        match raw.instrument {
            Some(inst) => self.add_instrument(inst, raw.article)?,
            None if !raw.article.is_empty() => {
                return Err(LawError::Parse {
                    file: file.to_string(),
                    message: "[[article]] entries need an [instrument] table in the same file".to_string(),
                });
            }
            None => {}
        }
        for c in raw.channel {
            let c = Channel::from(c);
            if self.channel_index.insert(c.id.clone(), self.channels.len()).is_some() {
                return Err(LawError::DuplicateId(c.id));
            }
            self.channels.push(c);
        }
        self.routes.extend(raw.route.into_iter().map(Route::from));
        Ok(())
    }

    fn add_instrument(&mut self, raw: RawInstrument, articles: Vec<RawArticle>) -> Result<(), LawError> {
        let inst = raw.into_instrument()?;
        if self.instrument_index.contains_key(&inst.id) {
            return Err(LawError::DuplicateId(inst.id));
        }
        if articles.is_empty() {
            return Err(invalid(&inst.id, "an instrument needs at least one [[article]]"));
        }
        for a in articles {
            let article = a.resolve(&inst)?;
            if self.article_index.insert(article.id.clone(), self.articles.len()).is_some() {
                return Err(LawError::DuplicateId(article.id));
            }
            self.articles.push(article);
        }
        self.instrument_index.insert(inst.id.clone(), self.instruments.len());
        self.instruments.push(inst);
        Ok(())
    }

    /// Articles sharing a key must not be in force on the same day.
    fn check_keys(&self) -> Result<(), LawError> {
        let mut by_key: HashMap<&str, Vec<&Article>> = HashMap::new();
        for a in &self.articles {
            by_key.entry(a.key.as_str()).or_default().push(a);
        }
        for (key, group) in by_key {
            for (i, a) in group.iter().enumerate() {
                for b in &group[i + 1..] {
                    if overlaps(a, b) {
                        return Err(LawError::OverlappingKey {
                            key: key.to_string(),
                            first: a.id.clone(),
                            second: b.id.clone(),
                        });
                    }
                }
            }
        }
        Ok(())
    }

    /// A channel's legal basis must exist and belong to the channel's jurisdiction.
    fn check_channels(&self) -> Result<(), LawError> {
        for c in &self.channels {
            for basis in &c.legal_basis {
                let article = self
                    .article(basis)
                    .ok_or_else(|| LawError::UnknownReference { from: c.id.clone(), to: basis.clone() })?;
                if article.jurisdiction != c.jurisdiction {
                    return Err(invalid(
                        &c.id,
                        &format!("legal basis `{basis}` is from another jurisdiction"),
                    ));
                }
            }
        }
        Ok(())
    }

    /// Routes use known kinds and situations, are unique, and name existing
    /// channels of their own jurisdiction.
    fn check_routes(&self) -> Result<(), LawError> {
        let mut seen = std::collections::HashSet::new();
        for r in &self.routes {
            let label = r.label();
            if r.holder_kind != ANY && !HOLDER_KINDS.contains(&r.holder_kind.as_str()) {
                return Err(invalid(&label, "unknown holder_kind"));
            }
            if r.situation != ANY && !SITUATIONS.contains(&r.situation.as_str()) {
                return Err(invalid(&label, "unknown situation"));
            }
            if r.channels.is_empty() {
                return Err(invalid(&label, "a route needs at least one channel"));
            }
            if !seen.insert((r.jurisdiction, r.holder_kind.as_str(), r.situation.as_str())) {
                return Err(LawError::DuplicateId(label));
            }
            for id in &r.channels {
                let c = self
                    .channel(id)
                    .ok_or_else(|| LawError::UnknownReference { from: label.clone(), to: id.clone() })?;
                if c.jurisdiction != r.jurisdiction {
                    return Err(invalid(&label, &format!("channel `{id}` is from another jurisdiction")));
                }
            }
        }
        Ok(())
    }
}

/// Whether two articles are in force on at least one common day.
fn overlaps(a: &Article, b: &Article) -> bool {
    let (Some(a_from), Some(b_from)) = (a.effective_from, b.effective_from) else {
        return false; // one of them never takes effect
    };
    let a_ok = b.effective_until.is_none_or(|bu| a_from <= bu);
    let b_ok = a.effective_until.is_none_or(|au| b_from <= au);
    a_ok && b_ok
}

fn invalid(id: &str, reason: &str) -> LawError {
    LawError::Invalid { id: id.to_string(), reason: reason.to_string() }
}

// ------------------------------------------------------------------ file schema

/// One data file: an instrument with its articles, and/or channels and routes.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    instrument: Option<RawInstrument>,
    #[serde(default)]
    article: Vec<RawArticle>,
    #[serde(default)]
    channel: Vec<RawChannel>,
    #[serde(default)]
    route: Vec<RawRoute>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawInstrument {
    id: String,
    name_zh: String,
    name_en: String,
    short_zh: String,
    short_en: String,
    jurisdiction: Jurisdiction,
    status: LegalStatus,
    kind_en: String,
    kind_zh: String,
    effective_from: Option<NaiveDate>,
    effective_until: Option<NaiveDate>,
    source: String,
    official_url: Option<String>,
}

impl RawInstrument {
    fn into_instrument(self) -> Result<Instrument, LawError> {
        if self.id.trim().is_empty() {
            return Err(invalid(&self.name_en, "instrument id is empty"));
        }
        // A draft with a start date would be "in force" and could slip into a
        // letter; a non-draft without one could never be cited. Both are data errors.
        match (self.status, self.effective_from) {
            (LegalStatus::Draft, Some(_)) => {
                return Err(invalid(&self.id, "a draft must not have effective_from"));
            }
            (status, None) if status != LegalStatus::Draft => {
                return Err(invalid(&self.id, "only drafts may omit effective_from"));
            }
            _ => {}
        }
        if let (Some(from), Some(until)) = (self.effective_from, self.effective_until)
            && from > until
        {
            return Err(LawError::BadDateRange { id: self.id });
        }
        Ok(Instrument {
            id: self.id,
            name_zh: self.name_zh,
            name_en: self.name_en,
            short_zh: self.short_zh,
            short_en: self.short_en,
            jurisdiction: self.jurisdiction,
            status: self.status,
            kind_en: self.kind_en,
            kind_zh: self.kind_zh,
            effective_from: self.effective_from,
            effective_until: self.effective_until,
            source: self.source,
            official_url: self.official_url,
        })
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawArticle {
    id: String,
    key: Option<String>,
    number: String,
    number_zh: String,
    cite_en: String,
    title_en: Option<String>,
    text: String,
    quote: Option<String>,
    gist_en: String,
    gist_zh: String,
    confidence: Confidence,
    number_verified: bool,
    #[serde(default)]
    number_only: bool,
    effective_from: Option<NaiveDate>,
    effective_until: Option<NaiveDate>,
    source: Option<String>,
}

impl RawArticle {
    /// Checks the article on its own and resolves dates and source against `inst`.
    fn resolve(self, inst: &Instrument) -> Result<Article, LawError> {
        let id = self.id;
        if id.trim().is_empty() {
            return Err(invalid(&inst.id, "an article has an empty id"));
        }
        let key = self.key.unwrap_or_else(|| id.clone());
        if key.trim().is_empty() {
            return Err(invalid(&id, "key is empty"));
        }
        // Without wording there is nothing to check, so it cannot claim to be checked.
        if self.text.trim().is_empty() && self.confidence.is_quotable() {
            return Err(invalid(&id, "an empty text must be marked UNVERIFIED"));
        }
        if self.number.trim().is_empty() && self.number_verified {
            return Err(invalid(&id, "an empty number cannot be number_verified"));
        }
        // "Cite without quoting" is for a confirmed number whose wording is not checked.
        if self.number_only
            && (self.confidence.is_quotable() || !self.number_verified || self.quote.is_some())
        {
            return Err(invalid(&id, "number_only needs UNVERIFIED wording, a verified number and no quote"));
        }
        if let Some(q) = &self.quote
            && (q.trim().is_empty() || !self.text.contains(q.as_str()))
        {
            return Err(LawError::QuoteNotInText { id });
        }
        let bad_dates = || LawError::BadDateRange { id: id.clone() };
        let effective_from = match (inst.effective_from, self.effective_from) {
            (None, None) => None,
            // An article cannot take effect when its instrument never does.
            (None, Some(_)) => return Err(bad_dates()),
            (Some(i), None) => Some(i),
            (Some(i), Some(a)) if a < i => return Err(bad_dates()),
            (Some(_), Some(a)) => Some(a),
        };
        let effective_until = match (inst.effective_until, self.effective_until) {
            (Some(i), Some(a)) if a > i => return Err(bad_dates()),
            (i, a) => a.or(i),
        };
        if let (Some(from), Some(until)) = (effective_from, effective_until)
            && from > until
        {
            return Err(bad_dates());
        }
        if let (None, Some(_)) = (effective_from, self.effective_until) {
            return Err(bad_dates());
        }
        Ok(Article {
            key,
            instrument_id: inst.id.clone(),
            jurisdiction: inst.jurisdiction,
            status: inst.status,
            number: self.number,
            number_zh: self.number_zh,
            cite_en: self.cite_en,
            title_en: self.title_en,
            text: self.text,
            quote: self.quote,
            gist_en: self.gist_en,
            gist_zh: self.gist_zh,
            confidence: self.confidence,
            number_verified: self.number_verified,
            number_only: self.number_only,
            effective_from,
            effective_until,
            source: self.source.unwrap_or_else(|| inst.source.clone()),
            id,
        })
    }
}
