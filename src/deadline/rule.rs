//! Deadline rules as data: the types, the loader for `rules.toml`, and the
//! checks that keep a malformed rule from ever reaching a person's deadline.

use crate::jurisdiction::Jurisdiction;
use crate::law::LegalStatus;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// What a rule's amount counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum Unit {
    /// Chinese working days (工作日) under the official holiday notices.
    CnWorkingDays,
    CalendarDays,
    /// Same date N months later, clamped to the last day of a shorter month.
    CalendarMonths,
    /// Monday–Friday except US federal holidays.
    UsBusinessDays,
    /// "立即" and the like: due at once, with no number of days.
    Immediate,
    /// "及时" / "without undue delay" with no number of days and no reference
    /// that covers the request: there is no date to show or to be late against.
    Promptly,
}

impl Unit {
    /// Whether the unit has no number of days (immediate or promptly).
    pub fn is_dateless(self) -> bool {
        matches!(self, Unit::Immediate | Unit::Promptly)
    }
}

/// How far the holder may extend a deadline, and by when it must say so.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename_all = "camelCase"))]
// Read from snake_case TOML, sent as camelCase; ts-rs does not read the split
// serde form, hence its own `rename_all` above.
#[serde(rename_all(serialize = "camelCase", deserialize = "snake_case"), deny_unknown_fields)]
pub struct Extension {
    pub amount: u32,
    pub unit: Unit,
    /// The notice of extension counts only if given within this period of receipt.
    pub notice_within_amount: u32,
    pub notice_within_unit: Unit,
    pub note_en: String,
    pub note_zh: String,
}

/// When the holder must confirm that it received the request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Acknowledgement {
    pub amount: u32,
    pub unit: Unit,
}

/// One deadline rule, e.g. "GDPR: one month, extendable by two".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename_all = "camelCase"))]
// Read from snake_case TOML, sent as camelCase; ts-rs does not read the split
// serde form, hence its own `rename_all` above.
#[serde(rename_all(serialize = "camelCase", deserialize = "snake_case"), deny_unknown_fields)]
pub struct Rule {
    pub id: String,
    pub jurisdiction: Jurisdiction,
    /// The rule a new request in this jurisdiction runs on.
    #[serde(default)]
    pub default: bool,
    pub unit: Unit,
    pub amount: u32,
    /// Legal weight of the figure itself (a reference is not a statutory deadline).
    pub status: LegalStatus,
    /// Law-catalogue article ids the figure comes from.
    pub sources: Vec<String>,
    /// Binding article ids a letter may cite as the basis for a timely answer.
    pub binding_duty_ids: Vec<String>,
    /// The period begins with the day of receipt, which counts as day 1 (DPA 2018
    /// s.164A(3): "within the period of 30 days beginning when the complaint is
    /// received"); otherwise the day of receipt is day 0 and never counted.
    #[serde(default)]
    pub receipt_is_day_one: bool,
    pub label_en: String,
    pub label_zh: String,
    pub note_en: String,
    pub note_zh: String,
    #[serde(default)]
    pub extension: Option<Extension>,
    #[serde(default)]
    pub acknowledgement: Option<Acknowledgement>,
}

/// Why a rules file was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RulesError {
    #[error("rules file is not valid TOML for deadline rules: {0}")]
    Parse(String),
    #[error("rule `{id}`: {problem}")]
    Invalid { id: String, problem: String },
    #[error("jurisdiction {0} has no default rule")]
    NoDefault(Jurisdiction),
    #[error("jurisdiction {0} has more than one default rule")]
    SeveralDefaults(Jurisdiction),
}

/// A validated set of rules, with the default for every jurisdiction.
#[derive(Debug, Clone)]
pub struct RuleSet {
    rules: Vec<Rule>,
    /// Index into `rules` of each jurisdiction's default, in `Jurisdiction::ALL` order.
    defaults: [usize; Jurisdiction::ALL.len()],
}

/// Upper bounds that no real response period comes near; they keep a typo
/// (15000 for 15) from producing a date centuries away, and keep counting loops short.
fn max_amount(unit: Unit) -> u32 {
    match unit {
        Unit::CnWorkingDays | Unit::UsBusinessDays => 260,
        Unit::CalendarDays => 366,
        Unit::CalendarMonths => 12,
        Unit::Immediate | Unit::Promptly => 0,
    }
}

impl RuleSet {
    /// Parses and checks a rules file (the embedded one, or a later signed update).
    pub fn from_toml(text: &str) -> Result<RuleSet, RulesError> {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct File {
            rule: Vec<Rule>,
        }
        let file: File = toml::from_str(text).map_err(|e| RulesError::Parse(e.to_string()))?;

        let mut seen = HashSet::new();
        for r in &file.rule {
            let invalid = |problem: String| RulesError::Invalid { id: r.id.clone(), problem };
            if r.id.is_empty()
                || !r.id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            {
                return Err(invalid("id must be non-empty lowercase kebab-case".into()));
            }
            if !seen.insert(r.id.as_str()) {
                return Err(invalid("id is used twice".into()));
            }
            check_amount(r.amount, r.unit).map_err(invalid)?;
            if r.status.is_citable_as_law() && r.binding_duty_ids.is_empty() {
                return Err(invalid("a binding rule must name the binding articles a letter cites".into()));
            }
            if r.unit == Unit::CnWorkingDays && r.jurisdiction != Jurisdiction::Cn {
                return Err(invalid("Chinese working days only apply to CN rules".into()));
            }
            for text in [&r.label_en, &r.label_zh, &r.note_en, &r.note_zh] {
                if text.trim().is_empty() {
                    return Err(invalid("labels and notes must not be empty".into()));
                }
            }
            if let Some(ext) = &r.extension {
                if r.unit.is_dateless() {
                    return Err(invalid("a duty without a number of days cannot be extended".into()));
                }
                check_amount(ext.amount, ext.unit).map_err(&invalid)?;
                check_amount(ext.notice_within_amount, ext.notice_within_unit).map_err(&invalid)?;
                if ext.amount == 0 || ext.unit.is_dateless() {
                    return Err(invalid("an extension must add a positive period".into()));
                }
            }
            if r.receipt_is_day_one && r.unit != Unit::CalendarDays {
                return Err(invalid(
                    "only a period of calendar days can count the day of receipt as day 1".into(),
                ));
            }
            if let Some(ack) = &r.acknowledgement {
                check_amount(ack.amount, ack.unit).map_err(invalid)?;
            }
        }

        let mut defaults = [0usize; Jurisdiction::ALL.len()];
        for (slot, j) in defaults.iter_mut().zip(Jurisdiction::ALL) {
            let mut found = file.rule.iter().enumerate().filter(|(_, r)| r.default && r.jurisdiction == j);
            *slot = match (found.next(), found.next()) {
                (Some((i, _)), None) => i,
                (None, _) => return Err(RulesError::NoDefault(j)),
                (Some(_), Some(_)) => return Err(RulesError::SeveralDefaults(j)),
            };
        }
        Ok(RuleSet { rules: file.rule, defaults })
    }

    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    pub fn rule(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.id == id)
    }

    pub fn default_rule(&self, j: Jurisdiction) -> &Rule {
        let slot = Jurisdiction::ALL.iter().position(|x| *x == j).unwrap_or_default();
        // `from_toml` filled every slot with a valid index.
        &self.rules[self.defaults[slot]]
    }
}

fn check_amount(amount: u32, unit: Unit) -> Result<(), String> {
    if unit.is_dateless() && amount != 0 {
        return Err("a duty without a number of days has amount 0".into());
    }
    if !unit.is_dateless() && amount == 0 {
        return Err(format!("amount must be positive for {unit:?}"));
    }
    if amount > max_amount(unit) {
        return Err(format!(
            "amount {amount} is above the sanity limit of {} for {unit:?}",
            max_amount(unit)
        ));
    }
    Ok(())
}
