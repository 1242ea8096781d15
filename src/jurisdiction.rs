//! Where a holder is regulated. The jurisdiction picks the law a letter cites,
//! the deadline rule a request runs on, and the regulator a complaint goes to.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A legal system RightsDesk knows how to write to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Jurisdiction {
    /// Mainland China: PIPL, NDSMR, E-Commerce Law, Cybersecurity Law.
    #[serde(rename = "CN")]
    Cn,
    /// European Union / EEA: GDPR.
    #[serde(rename = "EU")]
    Eu,
    /// United Kingdom: UK GDPR and the Data Protection Act 2018.
    #[serde(rename = "UK")]
    Uk,
    /// California: CCPA as amended by the CPRA.
    #[serde(rename = "US-CA")]
    UsCa,
    /// Anywhere else: no statute is cited.
    #[serde(rename = "OTHER")]
    Other,
}

impl Jurisdiction {
    pub const ALL: [Jurisdiction; 5] = [Self::Cn, Self::Eu, Self::Uk, Self::UsCa, Self::Other];

    /// The stable code used in data files, the CLI and the database.
    pub fn code(self) -> &'static str {
        match self {
            Self::Cn => "CN",
            Self::Eu => "EU",
            Self::Uk => "UK",
            Self::UsCa => "US-CA",
            Self::Other => "OTHER",
        }
    }
}

impl fmt::Display for Jurisdiction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The text was not one of `CN`, `EU`, `UK`, `US-CA`, `OTHER`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown jurisdiction `{0}` (expected CN, EU, UK, US-CA or OTHER)")]
pub struct UnknownJurisdiction(pub String);

impl FromStr for Jurisdiction {
    type Err = UnknownJurisdiction;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let upper = s.trim().to_ascii_uppercase();
        Self::ALL
            .into_iter()
            .find(|j| j.code() == upper || (upper == "USCA" && *j == Self::UsCa))
            .ok_or_else(|| UnknownJurisdiction(s.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_through_from_str() {
        for j in Jurisdiction::ALL {
            assert_eq!(j.code().parse::<Jurisdiction>().unwrap(), j);
        }
        assert_eq!("us-ca".parse::<Jurisdiction>().unwrap(), Jurisdiction::UsCa);
        assert!("XX".parse::<Jurisdiction>().is_err(), "unknown codes must be refused");
    }
}
