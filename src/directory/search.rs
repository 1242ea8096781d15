//! Directory search: a linear scan over precomputed, normalised keys.
//!
//! About 5,700 entries with a handful of keys each: a scan takes well under a
//! millisecond in a release build, so no index beyond the keys is kept.

use super::{Directory, DirectoryEntry, normalize_host, normalize_name};
use serde::Serialize;

/// Which part of an entry matched a query.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum MatchedField {
    Name,
    Alias,
    Brand,
    Domain,
    Operator,
    /// The pinyin of a Chinese name or alias, in full or as initials ("taobao", "tb").
    Pinyin,
}

impl MatchedField {
    fn weight(self) -> u32 {
        match self {
            Self::Name => 4,
            Self::Alias | Self::Domain => 3,
            Self::Brand | Self::Pinyin => 2,
            Self::Operator => 1,
        }
    }
}

/// How well a key matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum MatchKind {
    Substring,
    Prefix,
    Exact,
}

/// One search result.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SearchHit<'a> {
    pub entry: &'a DirectoryEntry,
    pub field: MatchedField,
    pub kind: MatchKind,
    /// Higher is better: the match kind first, then the field.
    pub score: u32,
}

pub(super) fn search<'a>(dir: &'a Directory, query: &str, limit: usize) -> Vec<SearchHit<'a>> {
    let q = normalize_name(query);
    if q.is_empty() || limit == 0 {
        return Vec::new();
    }
    // A pasted address ("https://www.taobao.com/x") searches by its host.
    let host = if query.contains('.') { normalize_host(query) } else { q.clone() };
    let mut hits: Vec<SearchHit<'a>> = Vec::new();
    for (i, keys) in dir.keys.iter().enumerate() {
        let mut best: Option<(MatchKind, MatchedField)> = None;
        for (field, key) in keys {
            let needle = if *field == MatchedField::Domain { &host } else { &q };
            let kind = if key == needle {
                MatchKind::Exact
            } else if key.starts_with(needle.as_str()) {
                MatchKind::Prefix
            } else if key.contains(needle.as_str()) {
                MatchKind::Substring
            } else {
                continue;
            };
            let better = match best {
                None => true,
                Some((k, f)) => (kind, field.weight()) > (k, f.weight()),
            };
            if better {
                best = Some((kind, *field));
            }
        }
        if let Some((kind, field)) = best {
            let score = (kind as u32 + 1) * 10 + field.weight();
            hits.push(SearchHit { entry: &dir.entries[i], field, kind, score });
        }
    }
    // Stable sort: equal scores keep source order (Chinese apps, then European
    // controllers, then deletion paths); shorter names first among equals.
    hits.sort_by(|a, b| {
        b.score.cmp(&a.score).then_with(|| {
            let len = |h: &SearchHit<'_>| h.entry.display_name(true).chars().count();
            let src = |h: &SearchHit<'_>| h.entry.source() as u8;
            src(a).cmp(&src(b)).then(len(a).cmp(&len(b)))
        })
    });
    hits.truncate(limit);
    hits
}
