//! Complaint channels (who to complain to) and the routing table that picks them
//! for a holder kind and a situation. Both are data (`data/channels.toml`); this
//! file holds the types and the fallback rule.

use super::status::Confidence;
use crate::jurisdiction::Jurisdiction;
use serde::{Deserialize, Serialize};

/// Holder kinds a route may name. Same codes as `holder::HolderKind::code()`, kept
/// as strings so the catalogue does not depend on the inventory module.
pub const HOLDER_KINDS: [&str; 7] = ["app", "ecommerce", "telecom", "bank", "payment", "property", "other"];

/// What went wrong with the holder.
pub const SITUATIONS: [&str; 3] = ["no-response", "refused", "data-theft"];

/// Route wildcard: matches any holder kind or any situation.
pub const ANY: &str = "*";

/// A regulator, hotline or court a user can turn to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Channel {
    pub id: String,
    pub jurisdiction: Jurisdiction,
    pub name_zh: String,
    pub name_en: String,
    pub operator_zh: String,
    pub operator_en: String,
    pub use_for_en: String,
    pub use_for_zh: String,
    pub phone: Option<String>,
    pub web: Option<String>,
    pub email: Option<String>,
    pub wechat: Option<String>,
    /// How well the contact details and scope were checked.
    pub confidence: Confidence,
    pub note_en: Option<String>,
    pub note_zh: Option<String>,
    /// Article ids that give the right to use this channel (e.g. PIPL Art. 65).
    pub legal_basis: Vec<String>,
}

/// Which channels to recommend, in order, for a jurisdiction, holder kind and situation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Route {
    pub jurisdiction: Jurisdiction,
    /// One of [`HOLDER_KINDS`] or [`ANY`].
    pub holder_kind: String,
    /// One of [`SITUATIONS`] or [`ANY`].
    pub situation: String,
    /// Channel ids, most recommended first.
    pub channels: Vec<String>,
}

impl Route {
    /// A short label for error messages, e.g. `route CN/app/no-response`.
    pub(super) fn label(&self) -> String {
        format!("route {}/{}/{}", self.jurisdiction, self.holder_kind, self.situation)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawChannel {
    id: String,
    jurisdiction: Jurisdiction,
    name_zh: String,
    name_en: String,
    operator_zh: String,
    operator_en: String,
    use_for_en: String,
    use_for_zh: String,
    phone: Option<String>,
    web: Option<String>,
    email: Option<String>,
    wechat: Option<String>,
    confidence: Confidence,
    note_en: Option<String>,
    note_zh: Option<String>,
    legal_basis: Vec<String>,
}

impl From<RawChannel> for Channel {
    fn from(r: RawChannel) -> Self {
        Channel {
            id: r.id,
            jurisdiction: r.jurisdiction,
            name_zh: r.name_zh,
            name_en: r.name_en,
            operator_zh: r.operator_zh,
            operator_en: r.operator_en,
            use_for_en: r.use_for_en,
            use_for_zh: r.use_for_zh,
            phone: r.phone,
            web: r.web,
            email: r.email,
            wechat: r.wechat,
            confidence: r.confidence,
            note_en: r.note_en,
            note_zh: r.note_zh,
            legal_basis: r.legal_basis,
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawRoute {
    jurisdiction: Jurisdiction,
    holder_kind: String,
    situation: String,
    channels: Vec<String>,
}

impl From<RawRoute> for Route {
    fn from(r: RawRoute) -> Self {
        Route {
            jurisdiction: r.jurisdiction,
            holder_kind: r.holder_kind,
            situation: r.situation,
            channels: r.channels,
        }
    }
}

/// Normalises a caller's holder kind: unknown kinds count as "other", so a new
/// kind in the inventory still gets the general route rather than nothing.
fn normalise_holder_kind(raw: &str) -> String {
    let s = raw.trim().to_ascii_lowercase();
    let s = match s.as_str() {
        "e-commerce" => "ecommerce".to_string(),
        "website" => "app".to_string(),
        _ => s,
    };
    if HOLDER_KINDS.contains(&s.as_str()) { s } else { "other".to_string() }
}

/// Normalises a situation: unknown situations count as "no-response", the
/// ordinary complaint after a company failed to act.
fn normalise_situation(raw: &str) -> String {
    let s = raw.trim().to_ascii_lowercase();
    if SITUATIONS.contains(&s.as_str()) { s } else { "no-response".to_string() }
}

/// The route for a case, most specific first:
/// exact kind and situation; the kind with any situation; any kind with the exact
/// situation (e.g. data theft is a police matter whoever held the data); then the
/// "other" kind's route, so kinds without their own rows (e.g. banks) get the
/// general route; finally a route for any kind and any situation.
pub(super) fn best_route<'a>(
    routes: &'a [Route],
    jurisdiction: Jurisdiction,
    holder_kind: &str,
    situation: &str,
) -> Option<&'a Route> {
    let kind = normalise_holder_kind(holder_kind);
    let sit = normalise_situation(situation);
    let preferences: [(&str, &str); 6] =
        [(&kind, &sit), (&kind, ANY), (ANY, &sit), ("other", &sit), ("other", ANY), (ANY, ANY)];
    preferences.iter().find_map(|(k, s)| {
        routes.iter().find(|r| r.jurisdiction == jurisdiction && r.holder_kind == *k && r.situation == *s)
    })
}
