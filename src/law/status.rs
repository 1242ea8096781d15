//! How much legal weight a text carries. Shared by the law catalogue and the
//! deadline rules, because a letter must say honestly whether a figure is law.

use serde::{Deserialize, Serialize};

/// The legal force of an instrument (or of a deadline rule taken from it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum LegalStatus {
    /// Binding law in force: a statute, an administrative regulation, a departmental rule, an EU regulation.
    Binding,
    /// Binding on courts when they decide cases (e.g. a Supreme People's Court interpretation).
    JudicialInterpretation,
    /// A document regulators use as a yardstick (e.g. 认定方法 2019): not a statute.
    Reference,
    /// A recommended national standard (GB/T): not binding.
    Standard,
    /// A draft that never took effect or is not yet in force: never a legal basis.
    Draft,
}

impl LegalStatus {
    /// Whether a letter may cite this as the legal basis of a demand.
    pub fn is_citable_as_law(self) -> bool {
        matches!(self, Self::Binding | Self::JudicialInterpretation)
    }
}

/// How well the wording in the catalogue was checked (see the legal reference notes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Confidence {
    /// Checked against a complete copy of the instrument.
    #[serde(rename = "VERIFIED")]
    Verified,
    /// Checked against a third-party reproduction of the passage.
    #[serde(rename = "VERIFIED-REPRO")]
    VerifiedRepro,
    /// Not confirmed against any text: never quoted in a letter.
    #[serde(rename = "UNVERIFIED")]
    Unverified,
}

impl Confidence {
    /// Only checked wording may be quoted to a company or a regulator.
    pub fn is_quotable(self) -> bool {
        !matches!(self, Self::Unverified)
    }
}
