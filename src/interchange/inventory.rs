//! The inventory (holders and their accounts) as CSV or JSON.
//!
//! JSON: `{"format": "rightsdesk-inventory", "version": 1, "holders": [{…holder fields…, "accounts": […]}]}`.
//! CSV: one row per account (a holder without accounts has one row with empty
//! account columns); the `holder` column groups the rows of one holder; lists
//! are separated by `;`; identifiers are written `kind:value`.

use crate::holder::{AccountFields, DataCategory, DiscoverySource, HolderFields, HolderKind, Identifier};
use crate::import::csv::{Reader, quote};
use crate::import::{ImportError, check_size};
use crate::jurisdiction::Jurisdiction;
use serde::{Deserialize, Serialize};

/// The `format` value of a JSON inventory.
pub const FORMAT: &str = "rightsdesk-inventory";
/// The current version of the file format.
pub const VERSION: u32 = 1;
/// Largest inventory file accepted.
pub const MAX_BYTES: u64 = 64 * 1024 * 1024;

/// Which file format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum InventoryFormat {
    Csv,
    Json,
}

impl std::str::FromStr for InventoryFormat {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.trim().to_ascii_lowercase().as_str() {
            "csv" => Ok(Self::Csv),
            "json" => Ok(Self::Json),
            other => Err(format!("`{other}` is not an inventory format (expected csv or json)")),
        }
    }
}

/// An account as it is exported (no ids or timestamps: those belong to one database).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct InventoryAccount {
    #[serde(default)]
    pub identifiers: Vec<Identifier>,
    #[serde(default)]
    pub categories: Vec<DataCategory>,
    /// How it was first found; `import-inventory` when the file does not say.
    #[serde(default)]
    pub source: Option<DiscoverySource>,
    #[serde(default)]
    pub notes: Option<String>,
}

impl InventoryAccount {
    pub fn from_fields(f: &AccountFields) -> InventoryAccount {
        InventoryAccount {
            identifiers: f.identifiers.clone(),
            categories: f.categories.clone(),
            source: Some(f.source),
            notes: f.notes.clone(),
        }
    }

    pub fn into_fields(self) -> AccountFields {
        AccountFields {
            identifiers: self.identifiers,
            categories: self.categories,
            source: self.source.unwrap_or(DiscoverySource::ImportInventory),
            notes: self.notes,
        }
    }
}

/// A holder with its accounts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct InventoryHolder {
    #[serde(flatten)]
    pub fields: HolderFields,
    #[serde(default)]
    pub accounts: Vec<InventoryAccount>,
}

#[derive(Serialize, Deserialize)]
struct JsonFile {
    format: String,
    version: u32,
    holders: Vec<InventoryHolder>,
}

/// The inventory as pretty-printed JSON.
pub fn to_json(holders: &[InventoryHolder]) -> String {
    let file = JsonFile { format: FORMAT.into(), version: VERSION, holders: holders.to_vec() };
    let mut s = serde_json::to_string_pretty(&file).expect("plain data serialises");
    s.push('\n');
    s
}

/// Reads a JSON inventory; a problem names the line (syntax) or the holder record.
pub fn from_json(data: &[u8]) -> Result<Vec<InventoryHolder>, ImportError> {
    check_size("an inventory file", data.len(), MAX_BYTES)?;
    let text = std::str::from_utf8(data).map_err(|e| ImportError::BadEncoding {
        line: data[..e.valid_up_to()].iter().filter(|&&b| b == b'\n').count() as u64 + 1,
        column: None,
    })?;
    let value: serde_json::Value = serde_json::from_str(text)
        .map_err(|e| ImportError::Malformed { line: e.line() as u64, message: e.to_string() })?;
    let format = value.get("format").and_then(|f| f.as_str()).unwrap_or("");
    if format != FORMAT {
        return Err(ImportError::Malformed {
            line: 1,
            message: format!("not a RightsDesk inventory (`format` must be `{FORMAT}`)"),
        });
    }
    let version = value.get("version").and_then(|v| v.as_u64()).unwrap_or(0);
    if version == 0 || version > VERSION as u64 {
        return Err(ImportError::Malformed {
            line: 1,
            message: format!(
                "inventory version {version} is not supported (this RightsDesk reads up to {VERSION})"
            ),
        });
    }
    let Some(list) = value.get("holders").and_then(|h| h.as_array()) else {
        return Err(ImportError::Malformed { line: 1, message: "no `holders` list".into() });
    };
    list.iter()
        .enumerate()
        .map(|(i, h)| {
            serde_json::from_value::<InventoryHolder>(h.clone())
                .map_err(|e| ImportError::BadRecord { record: i as u64 + 1, message: e.to_string() })
        })
        .collect()
}

/// The CSV columns, in order.
pub const CSV_COLUMNS: [&str; 19] = [
    "holder",
    "name",
    "name_zh",
    "operator",
    "aliases",
    "domains",
    "jurisdiction",
    "kind",
    "email",
    "phone",
    "address",
    "webform_url",
    "policy_url",
    "notes",
    "directory_ref",
    "identifiers",
    "categories",
    "account_source",
    "account_notes",
];

fn identifier_text(i: &Identifier) -> String {
    let kind = match i.kind {
        crate::holder::IdentifierKind::Phone => "phone",
        crate::holder::IdentifierKind::Email => "email",
        crate::holder::IdentifierKind::Username => "username",
        crate::holder::IdentifierKind::Other => "other",
    };
    format!("{kind}:{}", i.value)
}

fn code<T: Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

/// The inventory as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read Chinese correctly).
pub fn to_csv(holders: &[InventoryHolder]) -> String {
    let mut out = String::from("\u{FEFF}");
    out.push_str(&CSV_COLUMNS.join(","));
    out.push_str("\r\n");
    for (n, h) in holders.iter().enumerate() {
        let f = &h.fields;
        let opt = |v: &Option<String>| v.clone().unwrap_or_default();
        let holder_cells = vec![
            (n + 1).to_string(),
            f.name.clone(),
            opt(&f.name_zh),
            opt(&f.operator),
            f.aliases.join("; "),
            f.domains.join("; "),
            f.jurisdiction.map(|j| j.code().to_string()).unwrap_or_default(),
            f.kind.map(|k| k.code().to_string()).unwrap_or_default(),
            opt(&f.email),
            opt(&f.phone),
            opt(&f.address),
            opt(&f.webform_url),
            opt(&f.policy_url),
            opt(&f.notes),
            opt(&f.directory_ref),
        ];
        let accounts: Vec<Option<&InventoryAccount>> =
            if h.accounts.is_empty() { vec![None] } else { h.accounts.iter().map(Some).collect() };
        for a in accounts {
            let mut cells = holder_cells.clone();
            match a {
                Some(a) => {
                    cells.push(a.identifiers.iter().map(identifier_text).collect::<Vec<_>>().join("; "));
                    cells.push(a.categories.iter().map(|c| c.code()).collect::<Vec<_>>().join("; "));
                    cells.push(
                        a.source
                            .as_ref()
                            .map(code)
                            .unwrap_or_else(|| code(&DiscoverySource::ImportInventory)),
                    );
                    cells.push(opt(&a.notes));
                }
                None => cells.extend([String::new(), String::new(), String::new(), String::new()]),
            }
            out.push_str(&cells.iter().map(|c| quote(c)).collect::<Vec<_>>().join(","));
            out.push_str("\r\n");
        }
    }
    out
}

fn list(cell: Option<&str>) -> Vec<String> {
    cell.map(|c| c.split(';').map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).collect())
        .unwrap_or_default()
}

/// Reads a CSV inventory (as written by [`to_csv`]; column order may differ).
pub fn from_csv(data: &[u8]) -> Result<Vec<InventoryHolder>, ImportError> {
    check_size("an inventory file", data.len(), MAX_BYTES)?;
    let mut reader = Reader::new(data);
    let header_rec = reader.next_record(&|_| true, &|c| format!("#{}", c + 1))?.ok_or(ImportError::Empty)?;
    let header: Vec<String> =
        header_rec.fields.into_iter().map(|f| f.unwrap_or_default().trim().to_ascii_lowercase()).collect();
    if !header.iter().any(|h| h == "name") {
        return Err(ImportError::UnknownFormat {
            recognised: header
                .iter()
                .filter(|h| CSV_COLUMNS.contains(&h.as_str()))
                .cloned()
                .collect::<Vec<_>>()
                .join(", "),
            known: "a RightsDesk inventory CSV with at least a `name` column",
        });
    }
    let col = |name: &str| header.iter().position(|h| h == name);
    let names = |c: usize| header.get(c).cloned().unwrap_or_else(|| format!("#{}", c + 1));
    let width = header.len();
    let mut out: Vec<InventoryHolder> = Vec::new();
    let mut last_group: Option<String> = None;
    while let Some(rec) = reader.next_record(&|_| true, &names)? {
        if rec.len != width {
            return Err(ImportError::FieldCount {
                line: rec.line,
                record: rec.number,
                found: rec.len,
                expected: width,
            });
        }
        let get = |name: &str| rec.get(col(name));
        let bad = |message: String| ImportError::Malformed { line: rec.line, message };
        let group = get("holder").map(str::to_string);
        let account = if get("account_source").is_some() || get("identifiers").is_some() {
            let mut identifiers = Vec::new();
            for text in list(get("identifiers")) {
                identifiers.push(Identifier::parse(&text).map_err(|e| bad(format!("identifiers: {e}")))?);
            }
            let mut categories = Vec::new();
            for text in list(get("categories")) {
                categories.push(DataCategory::parse(&text).map_err(|e| bad(e.to_string()))?);
            }
            let source = match get("account_source") {
                Some(s) => Some(
                    serde_json::from_value::<DiscoverySource>(serde_json::Value::String(s.to_string()))
                        .map_err(|_| bad(format!("`{s}` is not an account source")))?,
                ),
                None => None,
            };
            Some(InventoryAccount {
                identifiers,
                categories,
                source,
                notes: get("account_notes").map(str::to_string),
            })
        } else {
            None
        };
        if group.is_some() && group == last_group {
            if let (Some(h), Some(a)) = (out.last_mut(), account) {
                h.accounts.push(a);
            }
            continue;
        }
        let jurisdiction = match get("jurisdiction") {
            Some(j) => Some(j.parse::<Jurisdiction>().map_err(|e| bad(e.to_string()))?),
            None => None,
        };
        let kind = match get("kind") {
            Some(k) => Some(HolderKind::parse(k).map_err(|e| bad(e.to_string()))?),
            None => None,
        };
        let text = |name: &str| get(name).map(str::to_string);
        out.push(InventoryHolder {
            fields: HolderFields {
                name: text("name").unwrap_or_default(),
                name_zh: text("name_zh"),
                operator: text("operator"),
                aliases: list(get("aliases")),
                domains: list(get("domains")),
                jurisdiction,
                kind,
                email: text("email"),
                phone: text("phone"),
                address: text("address"),
                webform_url: text("webform_url"),
                policy_url: text("policy_url"),
                notes: text("notes"),
                directory_ref: text("directory_ref"),
            },
            accounts: account.into_iter().collect(),
        });
        last_group = group;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Vec<InventoryHolder> {
        vec![
            InventoryHolder {
                fields: HolderFields {
                    name: "Taobao".into(),
                    name_zh: Some("淘宝".into()),
                    aliases: vec!["手机淘宝".into(), "淘宝网".into()],
                    domains: vec!["taobao.com".into()],
                    jurisdiction: Some(Jurisdiction::Cn),
                    kind: Some(HolderKind::Ecommerce),
                    notes: Some("line one\nline \"two\", with comma".into()),
                    directory_ref: Some("cn:taobao".into()),
                    ..HolderFields::default()
                },
                accounts: vec![
                    InventoryAccount {
                        identifiers: vec![Identifier::parse("phone:13800138000").unwrap()],
                        categories: vec![DataCategory::PurchaseHistory],
                        source: Some(DiscoverySource::ImportPasswords),
                        notes: None,
                    },
                    InventoryAccount {
                        identifiers: vec![Identifier::parse("email:li@example.cn").unwrap()],
                        categories: Vec::new(),
                        source: Some(DiscoverySource::Manual),
                        notes: Some("second".into()),
                    },
                ],
            },
            InventoryHolder {
                fields: HolderFields { name: "No accounts".into(), ..HolderFields::default() },
                accounts: Vec::new(),
            },
        ]
    }

    #[test]
    fn csv_round_trips() {
        let csv = to_csv(&sample());
        assert_eq!(from_csv(csv.as_bytes()).unwrap(), sample());
    }

    #[test]
    fn json_round_trips() {
        let json = to_json(&sample());
        assert_eq!(from_json(json.as_bytes()).unwrap(), sample());
    }

    #[test]
    fn a_bad_holder_record_is_named() {
        let err = from_json(
            br#"{"format":"rightsdesk-inventory","version":1,"holders":[{"name":"A"},{"name":5}]}"#,
        )
        .unwrap_err();
        assert!(matches!(err, ImportError::BadRecord { record: 2, .. }), "{err:?}");
    }
}
