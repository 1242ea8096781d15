//! The legal-basis list of a letter: which articles it cites, what exactly it
//! quotes from each, and how the lines read.

use super::LetterInput;
use super::basis::{basis_for, ground_clause};
use crate::holder::HolderKind;
use crate::jurisdiction::Jurisdiction;
use crate::law::{Article, Catalogue};
use crate::request::RequestKind;
use chrono::NaiveDate;

/// Keys of the time-limit articles whose version follows the date the request was
/// received rather than the letter's date (UK: DUAA s.76 applies only to requests
/// received from 5 February 2026, SI 2026/82 reg. 4).
const TIME_LIMIT_KEYS: [&str; 3] = ["uk-gdpr-12-3", "uk-gdpr-12-4", "uk-gdpr-12a"];

/// An article a letter cites, and the exact words it quotes (empty: cited with its gist).
pub(super) struct Cited<'c> {
    pub article: &'c Article,
    pub quoted: String,
}

/// The articles a letter cites, in the order of its basis row. Only citable ones.
pub(super) fn cited_articles<'c>(
    catalogue: &'c Catalogue,
    input: &LetterInput<'_>,
    time_date: NaiveDate,
    reason: Option<&str>,
    ground: Option<&str>,
    holder_kind: HolderKind,
    parent: Option<RequestKind>,
) -> Vec<Cited<'c>> {
    let Some(basis) = basis_for(input.kind, input.jurisdiction, reason, holder_kind, parent) else {
        return Vec::new();
    };
    let clause = ground.and_then(|g| ground_clause(g, input.jurisdiction));
    let mut out: Vec<Cited<'c>> = Vec::new();
    for key in &basis.cite {
        // A time limit is the one that governs the request, chosen by its date of receipt.
        let on = if TIME_LIMIT_KEYS.contains(&key.as_str()) { time_date } else { input.date };
        let article = catalogue.in_force(key, on).or_else(|| catalogue.article(key));
        let Some(article) = article else { continue };
        if article.citable_in_letter(on).is_err() || out.iter().any(|c| c.article.id == article.id) {
            continue;
        }
        let operative = article.quoted_words();
        let quoted = if operative.is_empty() || !basis.quote.contains(key) {
            String::new()
        } else if let Some(c) = clause.filter(|c| &c.key == key) {
            // The ground's point, after the article's introductory words.
            format!("{operative}{}{}", ellipsis(article.jurisdiction), c.clause)
        } else if let Some(end) = basis.quote_through.get(key) {
            passage(&article.text, operative, end).unwrap_or(operative).to_string()
        } else {
            operative.to_string()
        };
        out.push(Cited { article, quoted });
    }
    out
}

/// The text from the start of `from` through the end of `through`, if both occur in that order.
pub(super) fn passage<'t>(text: &'t str, from: &str, through: &str) -> Option<&'t str> {
    let start = text.find(from)?;
    let end = start + text[start..].find(through)? + through.len();
    Some(&text[start..end])
}

/// How an omission inside a quote is marked in the original's language.
fn ellipsis(j: Jurisdiction) -> &'static str {
    if j == Jurisdiction::Cn { "……" } else { " … " }
}

/// The numbered lines of the legal-basis list.
pub(super) fn lines(catalogue: &Catalogue, cited: &[Cited<'_>], zh: bool) -> Vec<String> {
    let mut out = Vec::new();
    for (n, c) in cited.iter().enumerate() {
        let a = c.article;
        let cite = if zh { catalogue.cite_zh(a) } else { catalogue.cite_en(a) };
        let original_english =
            matches!(a.jurisdiction, Jurisdiction::Eu | Jurisdiction::UsCa | Jurisdiction::Uk);
        // A quote of several lines (a list of points) keeps its lines, indented under the citation.
        let quoted = c.quoted.replace("\n\n", "\n").replace('\n', "\n     ");
        // Inside an English quote, the text's own double quotes become single ones.
        let quoted = if original_english && !zh { quoted.replace('"', "'") } else { quoted };
        // A quote that stops before the end of its sentence says that it goes on.
        let ends_sentence =
            quoted.ends_with(['.', '。', ';', '；', '!', '！', '?', '？', '"', '”', ')', '）']);
        let quoted = if quoted.is_empty() || ends_sentence || !a.text.contains(c.quoted.as_str()) {
            quoted
        } else {
            format!("{quoted}{}", if a.jurisdiction == Jurisdiction::Cn { "……" } else { " …" })
        };
        // … and one that starts inside a sentence, that it does not start at its beginning.
        let quoted = if original_english && quoted.starts_with(|ch: char| ch.is_lowercase()) {
            format!("… {quoted}")
        } else if starts_at_a_point(&quoted) && !a.text.trim_start().starts_with(quoted.as_str()) {
            // A Chinese quote of one point of a list: the chapeau before it is left out.
            format!("……{quoted}")
        } else {
            quoted
        };
        let line = match (!quoted.is_empty(), zh, original_english) {
            (true, true, _) => format!("  {}. {}：“{}”", n + 1, cite, quoted),
            (true, false, true) => format!("  {}. {}: \"{}\"", n + 1, cite, quoted),
            // A Chinese text quoted in an English letter: the original is authoritative, the gist helps.
            (true, false, false) => format!(
                "  {}. {} ({}): “{}”\n     ({})",
                n + 1,
                cite,
                catalogue.cite_zh(a),
                quoted,
                a.gist_en
            ),
            (false, true, _) => format!("  {}. {}（{}）", n + 1, cite, a.gist_zh),
            (false, false, _) => format!("  {}. {} ({})", n + 1, cite, a.gist_en),
        };
        out.push(line);
    }
    out
}

/// Whether a quote begins with a point marker such as "（五）".
fn starts_at_a_point(quoted: &str) -> bool {
    let mut chars = quoted.chars();
    chars.next() == Some('（') && chars.next().is_some_and(|c| "一二三四五六七八九十".contains(c))
}
