//! The inventory: who holds the user's data ([`Holder`]) and what the user has
//! there ([`Account`]). Pure types and validation; the store persists them.

use crate::ids::{AccountId, HolderId};
use crate::jurisdiction::Jurisdiction;
use crate::validate::{self, Invalid};
use serde::{Deserialize, Serialize};

/// What sort of organisation a holder is; it picks the regulator a complaint goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum HolderKind {
    /// An app or website.
    App,
    /// An online shop or marketplace (E-Commerce Law applies).
    Ecommerce,
    /// A telecom operator or internet service provider.
    Telecom,
    /// A bank or insurer (complaints: the National Financial Regulatory Administration).
    Bank,
    /// A non-bank payment institution or credit-reporting agency (complaints: the People's Bank).
    Payment,
    /// A residential property manager (物业) or other offline organisation: letters go by post or hand.
    Property,
    /// Anything else.
    Other,
}

impl HolderKind {
    pub const ALL: [HolderKind; 7] =
        [Self::App, Self::Ecommerce, Self::Telecom, Self::Bank, Self::Payment, Self::Property, Self::Other];

    pub fn code(self) -> &'static str {
        match self {
            Self::App => "app",
            Self::Ecommerce => "ecommerce",
            Self::Telecom => "telecom",
            Self::Bank => "bank",
            Self::Payment => "payment",
            Self::Property => "property",
            Self::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Result<Self, Invalid> {
        let s = s.trim().to_ascii_lowercase();
        let s = match s.as_str() {
            "e-commerce" => "ecommerce".to_string(),
            "website" => "app".to_string(),
            _ => s,
        };
        Self::ALL.into_iter().find(|k| k.code() == s).ok_or_else(|| Invalid::Choice {
            field: "holder kind",
            value: s.clone(),
            allowed: Self::ALL.map(Self::code).join(", "),
        })
    }
}

/// A company or app that holds the user's personal data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Holder {
    pub id: HolderId,
    #[serde(flatten)]
    pub fields: HolderFields,
    /// When the holder was added (RFC 3339, UTC).
    pub created_at: String,
    pub updated_at: String,
}

impl Holder {
    /// The name to show in a given language, falling back to the other.
    pub fn display_name(&self, chinese: bool) -> &str {
        match (&self.fields.name_zh, chinese) {
            (Some(zh), true) => zh,
            _ => &self.fields.name,
        }
    }
}

/// Everything about a holder that the user can edit.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase", default)]
pub struct HolderFields {
    /// The name in English or the brand's Latin name (required).
    pub name: String,
    /// The Chinese name, if any.
    pub name_zh: Option<String>,
    /// The operator's legal name (运营主体), the addressee of a letter.
    pub operator: Option<String>,
    pub aliases: Vec<String>,
    pub domains: Vec<String>,
    pub jurisdiction: Option<Jurisdiction>,
    pub kind: Option<HolderKind>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub address: Option<String>,
    pub webform_url: Option<String>,
    pub policy_url: Option<String>,
    pub notes: Option<String>,
    /// The built-in directory entry this holder was created from, if any.
    pub directory_ref: Option<String>,
}

impl HolderFields {
    /// Trims, normalises and checks every field; the error names the field at fault.
    pub fn validated(self) -> Result<HolderFields, Invalid> {
        Ok(HolderFields {
            name: validate::required("name", &self.name)?,
            name_zh: validate::optional("Chinese name", self.name_zh.as_deref())?,
            operator: validate::optional("operator", self.operator.as_deref())?,
            aliases: clean_list("alias", self.aliases)?,
            domains: clean_list(
                "domain",
                self.domains.into_iter().map(|d| d.to_ascii_lowercase()).collect(),
            )?,
            jurisdiction: self.jurisdiction,
            kind: self.kind,
            email: validate::email(self.email.as_deref())?,
            phone: validate::optional("phone", self.phone.as_deref())?,
            address: validate::optional("postal address", self.address.as_deref())?,
            webform_url: validate::url("web form", self.webform_url.as_deref())?,
            policy_url: validate::url("privacy policy", self.policy_url.as_deref())?,
            notes: match self.notes.as_deref().map(str::trim) {
                None | Some("") => None,
                Some(n) => Some(validate::text("notes", n)?),
            },
            directory_ref: self.directory_ref,
        })
    }
}

fn clean_list(field: &'static str, items: Vec<String>) -> Result<Vec<String>, Invalid> {
    let mut out: Vec<String> = Vec::new();
    for item in items {
        let v = validate::short(field, &item)?;
        if !v.is_empty() && !out.contains(&v) {
            out.push(v);
        }
    }
    Ok(out)
}

/// The fixed taxonomy of data a holder may have. Six are sensitive under PIPL Art. 28.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum DataCategory {
    Biometrics,
    IdDocument,
    FinancialAccount,
    LocationTrack,
    Health,
    #[serde(rename = "minor-under-14")]
    MinorUnder14,
    ContactDetails,
    ContactsList,
    Photos,
    BrowsingUsage,
    PurchaseHistory,
    DeviceIds,
    Other,
}

impl DataCategory {
    pub const ALL: [DataCategory; 13] = [
        Self::Biometrics,
        Self::IdDocument,
        Self::FinancialAccount,
        Self::LocationTrack,
        Self::Health,
        Self::MinorUnder14,
        Self::ContactDetails,
        Self::ContactsList,
        Self::Photos,
        Self::BrowsingUsage,
        Self::PurchaseHistory,
        Self::DeviceIds,
        Self::Other,
    ];

    /// Sensitive personal information under PIPL Art. 28 (separate consent, stricter rules).
    pub fn is_sensitive(self) -> bool {
        matches!(
            self,
            Self::Biometrics
                | Self::IdDocument
                | Self::FinancialAccount
                | Self::LocationTrack
                | Self::Health
                | Self::MinorUnder14
        )
    }

    pub fn code(self) -> &'static str {
        match self {
            Self::Biometrics => "biometrics",
            Self::IdDocument => "id-document",
            Self::FinancialAccount => "financial-account",
            Self::LocationTrack => "location-track",
            Self::Health => "health",
            Self::MinorUnder14 => "minor-under-14",
            Self::ContactDetails => "contact-details",
            Self::ContactsList => "contacts-list",
            Self::Photos => "photos",
            Self::BrowsingUsage => "browsing-usage",
            Self::PurchaseHistory => "purchase-history",
            Self::DeviceIds => "device-ids",
            Self::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Result<Self, Invalid> {
        let s = s.trim().to_ascii_lowercase();
        Self::ALL.into_iter().find(|c| c.code() == s).ok_or_else(|| Invalid::Choice {
            field: "data category",
            value: s.clone(),
            allowed: Self::ALL.map(Self::code).join(", "),
        })
    }
}

/// What an identifier is: it decides how a letter names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum IdentifierKind {
    Phone,
    Email,
    Username,
    Other,
}

/// An identifier the user uses at a holder, stored exactly as entered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Identifier {
    pub kind: IdentifierKind,
    pub value: String,
}

impl Identifier {
    /// Parses `phone:138…`, `email:a@b.cn`, `username:alice`; a bare value is guessed.
    pub fn parse(s: &str) -> Result<Identifier, Invalid> {
        let (kind, value) = match s.split_once(':') {
            Some((k, v)) if ["phone", "email", "username", "other"].contains(&k.trim()) => {
                let kind = match k.trim() {
                    "phone" => IdentifierKind::Phone,
                    "email" => IdentifierKind::Email,
                    "username" => IdentifierKind::Username,
                    _ => IdentifierKind::Other,
                };
                (kind, v.trim())
            }
            _ => {
                let v = s.trim();
                let kind = if v.contains('@') {
                    IdentifierKind::Email
                } else if v.chars().filter(char::is_ascii_digit).count() >= 7
                    && v.chars().all(|c| c.is_ascii_digit() || " +-()".contains(c))
                {
                    IdentifierKind::Phone
                } else {
                    IdentifierKind::Username
                };
                (kind, v)
            }
        };
        Ok(Identifier { kind, value: validate::required("identifier", value)? })
    }
}

/// How a holder or account came into the inventory.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum DiscoverySource {
    Manual,
    Directory,
    ImportPasswords,
    ImportMbox,
    ImportSms,
    ImportInventory,
}

/// The user's relationship with a holder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Account {
    pub id: AccountId,
    pub holder_id: HolderId,
    #[serde(flatten)]
    pub fields: AccountFields,
    pub created_at: String,
}

/// The editable part of an account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct AccountFields {
    pub identifiers: Vec<Identifier>,
    pub categories: Vec<DataCategory>,
    pub source: DiscoverySource,
    pub notes: Option<String>,
}

impl AccountFields {
    pub fn validated(mut self) -> Result<AccountFields, Invalid> {
        let mut ids = Vec::new();
        for id in self.identifiers {
            let value = validate::required("identifier", &id.value)?;
            if !ids.iter().any(|i: &Identifier| i.value == value && i.kind == id.kind) {
                ids.push(Identifier { kind: id.kind, value });
            }
        }
        self.identifiers = ids;
        self.categories.sort();
        self.categories.dedup();
        self.notes = validate::optional("notes", self.notes.as_deref())?;
        Ok(self)
    }

    /// Whether any category held is sensitive (PIPL Art. 28).
    pub fn holds_sensitive(&self) -> bool {
        self.categories.iter().any(|c| c.is_sensitive())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn six_categories_are_sensitive_under_pipl_28() {
        let sensitive: Vec<_> = DataCategory::ALL.into_iter().filter(|c| c.is_sensitive()).collect();
        assert_eq!(sensitive.len(), 6, "PIPL Art. 28 categories in the taxonomy: {sensitive:?}");
        assert!(DataCategory::Biometrics.is_sensitive());
        assert!(!DataCategory::PurchaseHistory.is_sensitive());
    }

    #[test]
    fn identifiers_are_guessed_from_their_shape() {
        assert_eq!(Identifier::parse("13800138000").unwrap().kind, IdentifierKind::Phone);
        assert_eq!(Identifier::parse("li@example.cn").unwrap().kind, IdentifierKind::Email);
        assert_eq!(Identifier::parse("username:li_lei").unwrap().value, "li_lei");
        assert!(Identifier::parse("  ").is_err());
    }

    #[test]
    fn holder_needs_a_name_and_a_valid_email() {
        let empty = HolderFields::default().validated();
        assert_eq!(empty.unwrap_err(), Invalid::Empty { field: "name" });
        let bad = HolderFields { name: "X".into(), email: Some("nope".into()), ..Default::default() };
        assert!(matches!(bad.validated(), Err(Invalid::Email { .. })));
    }
}
