//! Which articles each kind of letter cites, what it quotes and which facts of
//! the legal reference it relies on: `basis.toml`, loaded once.

use crate::holder::HolderKind;
use crate::jurisdiction::Jurisdiction;
use crate::request::RequestKind;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// One row of `basis.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Basis {
    pub kind: RequestKind,
    pub jurisdiction: Jurisdiction,
    #[serde(default)]
    pub reason: Option<String>,
    #[serde(default)]
    pub holder_kind: Option<HolderKind>,
    /// For reminders and complaints: the kinds of original request this row is for.
    #[serde(default)]
    pub parent: Vec<RequestKind>,
    pub cite: Vec<String>,
    /// Keys quoted with the article's own operative `quote`.
    #[serde(default)]
    pub quote: Vec<String>,
    /// Keys quoted from the start of the article's operative `quote` through the
    /// given closing words (inclusive), e.g. a paragraph with all its points, so a
    /// quote never stops at an introductory colon.
    #[serde(default)]
    pub quote_through: BTreeMap<String, String>,
    /// The facts of articles.md (section and item) the letter relies on beyond the
    /// cited articles themselves: deadlines, routing, commencement dates.
    pub relies_on: Vec<String>,
}

impl Basis {
    /// Every row, as shipped.
    pub fn all() -> &'static [Basis] {
        all()
    }
}

/// A deletion ground and the point of the article that carries it, quoted after
/// the article's introductory words.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GroundClause {
    pub ground: String,
    pub jurisdiction: Jurisdiction,
    /// Catalogue key of the article.
    pub key: String,
    /// Exact passage of the article's text (tested).
    pub clause: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    basis: Vec<Basis>,
    ground: Vec<GroundClause>,
}

fn file() -> &'static File {
    static B: OnceLock<File> = OnceLock::new();
    B.get_or_init(|| {
        toml::from_str::<File>(include_str!("basis.toml")).expect("basis.toml is valid (tested)")
    })
}

/// Every row, as shipped.
pub fn all() -> &'static [Basis] {
    &file().basis
}

/// Every ground clause, as shipped.
pub fn grounds() -> &'static [GroundClause] {
    &file().ground
}

/// The clause carrying `ground` in `jurisdiction`, if the law there has one.
pub fn ground_clause(ground: &str, jurisdiction: Jurisdiction) -> Option<&'static GroundClause> {
    grounds().iter().find(|g| g.ground == ground && g.jurisdiction == jurisdiction)
}

/// The most specific row for a letter: reason, then the original request's kind,
/// then holder kind, then the plain row.
pub fn basis_for(
    kind: RequestKind,
    jurisdiction: Jurisdiction,
    reason: Option<&str>,
    holder_kind: HolderKind,
    parent: Option<RequestKind>,
) -> Option<&'static Basis> {
    all()
        .iter()
        .filter(|b| b.kind == kind && b.jurisdiction == jurisdiction)
        .filter(|b| b.reason.is_none() || b.reason.as_deref() == reason)
        .filter(|b| b.parent.is_empty() || parent.is_some_and(|p| b.parent.contains(&p)))
        .filter(|b| b.holder_kind.is_none() || b.holder_kind == Some(holder_kind))
        .max_by_key(|b| {
            (b.reason.is_some() as u8) * 4 + (!b.parent.is_empty() as u8) * 2 + b.holder_kind.is_some() as u8
        })
}
