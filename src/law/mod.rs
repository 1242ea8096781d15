//! The law catalogue: the verbatim texts of the articles RightsDesk's letters may
//! cite (China, EU, UK, California), each with its legal status, its verification
//! mark and its effective dates, plus the complaint channels and the routing table
//! that picks a regulator.
//!
//! This module owns:
//! - the data (`data/*.toml`, one file per instrument, and `data/channels.toml`),
//!   embedded in the binary and transcribed from the project's legal reference
//!   notes (`articles.md`); texts are copied verbatim, never reworded;
//! - the loader and its validation (unique ids, quotes that are exact substrings,
//!   sane date ranges, references that resolve);
//! - the citation rules: [`Article::citable_in_letter`] is the single gate a letter
//!   must pass before naming an article as its legal basis. Drafts, regulators'
//!   references, standards, unverified wording, unconfirmed numbers and articles
//!   not in force on the letter's date are all refused, because a wrong article
//!   or a draft cited as law hurts the user.
//!
//! It does not own deadlines (see `deadline`) or the letters' own wording (locale
//! files).

pub mod status;

mod catalogue;
mod channel;
mod error;

pub use catalogue::{Article, Catalogue, CiteRefusal, Instrument};
pub use channel::{ANY, Channel, HOLDER_KINDS, Route, SITUATIONS};
pub use error::LawError;
pub use status::{Confidence, LegalStatus};

/// The embedded data files, as `(file name, contents)`. A test checks that this
/// list and the `data/` directory agree, so a new file cannot be forgotten.
pub const OFFICIAL_SOURCES: &[(&str, &str)] = &[
    ("pipl.toml", include_str!("data/pipl.toml")),
    ("ndsmr.toml", include_str!("data/ndsmr.toml")),
    ("ndsmr-draft-2021.toml", include_str!("data/ndsmr-draft-2021.toml")),
    ("ecommerce.toml", include_str!("data/ecommerce.toml")),
    ("consumer.toml", include_str!("data/consumer.toml")),
    ("consumer-regs.toml", include_str!("data/consumer-regs.toml")),
    ("csl.toml", include_str!("data/csl.toml")),
    ("civil-code.toml", include_str!("data/civil-code.toml")),
    ("minors.toml", include_str!("data/minors.toml")),
    ("face-recognition.toml", include_str!("data/face-recognition.toml")),
    ("face-draft-2023.toml", include_str!("data/face-draft-2023.toml")),
    ("spc-face.toml", include_str!("data/spc-face.toml")),
    ("app-draft-2026.toml", include_str!("data/app-draft-2026.toml")),
    ("rdff-2019.toml", include_str!("data/rdff-2019.toml")),
    ("gbt35273.toml", include_str!("data/gbt35273.toml")),
    ("gdpr.toml", include_str!("data/gdpr.toml")),
    ("uk-gdpr.toml", include_str!("data/uk-gdpr.toml")),
    ("uk-dpa-2018.toml", include_str!("data/uk-dpa-2018.toml")),
    ("ccpa.toml", include_str!("data/ccpa.toml")),
    ("cppa-regs.toml", include_str!("data/cppa-regs.toml")),
    ("channels.toml", include_str!("data/channels.toml")),
];

#[cfg(test)]
mod tests;
