//! Which articles each kind of letter cites: `basis.toml`, loaded once.

use crate::holder::HolderKind;
use crate::jurisdiction::Jurisdiction;
use crate::request::RequestKind;
use serde::Deserialize;
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
    pub cite: Vec<String>,
    #[serde(default)]
    pub quote: Vec<String>,
}

#[derive(Deserialize)]
struct File {
    basis: Vec<Basis>,
}

/// Every row, as shipped.
pub fn all() -> &'static [Basis] {
    static B: OnceLock<Vec<Basis>> = OnceLock::new();
    B.get_or_init(|| {
        toml::from_str::<File>(include_str!("basis.toml")).expect("basis.toml is valid (tested)").basis
    })
}

/// The most specific row for a letter: reason, then holder kind, then the plain row.
pub fn basis_for(
    kind: RequestKind,
    jurisdiction: Jurisdiction,
    reason: Option<&str>,
    holder_kind: HolderKind,
) -> Option<&'static Basis> {
    all()
        .iter()
        .filter(|b| b.kind == kind && b.jurisdiction == jurisdiction)
        .filter(|b| b.reason.is_none() || b.reason.as_deref() == reason)
        .filter(|b| b.holder_kind.is_none() || b.holder_kind == Some(holder_kind))
        .max_by_key(|b| (b.reason.is_some() as u8) * 2 + b.holder_kind.is_some() as u8)
}
