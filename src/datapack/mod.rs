//! Signed data packs: updates of the law catalogue (with the deadline rules),
//! the working-day calendar and the company directory, delivered without a
//! new release of the app.
//!
//! A pack is one JSON file, the *envelope*:
//!
//! ```json
//! { "format": "rightsdesk-data-pack/1", "manifest": "<base64 of the manifest bytes>",
//!   "signature": "<base64 of the 64-byte ed25519 signature over exactly those bytes>" }
//! ```
//!
//! The manifest (JSON) says what the pack is and carries the files inline:
//! `{ "format": 1, "kind": "law" | "calendar" | "directory", "version": 2026120100,
//!    "created": "2026-12-01T00:00:00Z", "notes": "…",
//!    "files": { "cn-workdays.json": { "base64": "…", "sha256": "…" } } }`.
//! Versions are integers that only grow; by convention `YYYYMMDDNN`. The data
//! built into this release has version [`BUILTIN_VERSION`]. Two optional
//! manifest fields (issue #17): `"expires": "YYYY-MM-DD"`, the last day the
//! pack may be installed as an update (a stale pack replayed later is
//! refused), and `"keyId"`, the id ([`key_id`]) of the key that signed it, so
//! that a rotated publisher key can be told from the old one.
//!
//! An update address may serve a signed *index* instead of a pack, listing the
//! packs to fetch: `{ "format": "rightsdesk-data-index/1", "index": "<base64
//! of {"packs": ["law.json", …], "created": …, "expires": …}>", "signature": … }`.
//! An unsigned index is refused.
//!
//! A pack is accepted only if the signature verifies against the public key the
//! app carries ([`DATA_PUBLIC_KEY`]; tests pass their own key), its version is
//! newer than the data in use, it is well formed, and its contents pass the same
//! validation as the shipped data ([`Catalogue::from_sources`],
//! [`CnCalendar::from_json`], [`RuleSet::from_toml`], [`Directory::from_sources`]).
//!
//! Pure: no file system, network or clock. `api::datapack` fetches, stores and
//! activates packs.

use crate::calendar::CnCalendar;
use crate::deadline::RuleSet;
use crate::directory::{Directory, Sources};
use crate::error::ErrorCode;
use crate::law::Catalogue;
use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

/// The publisher's ed25519 public key: only packs signed with its private key
/// are installed. The private key is never in this repository.
pub const DATA_PUBLIC_KEY: [u8; 32] = [
    0x1e, 0x76, 0xe8, 0xfb, 0x8f, 0xb0, 0x89, 0x4b, 0x43, 0x75, 0x44, 0x7e, 0x68, 0x7c, 0x94, 0xa1, 0x2b,
    0xeb, 0x8b, 0x39, 0x23, 0xfc, 0xc7, 0xd4, 0xae, 0xe0, 0x94, 0xb6, 0x4a, 0xf9, 0x48, 0xbe,
];

/// The version of the data built into this release (all kinds): 2026-11-23, first of the day.
pub const BUILTIN_VERSION: u64 = 2026112300;

/// The envelope's format tag.
pub const ENVELOPE_FORMAT: &str = "rightsdesk-data-pack/1";
/// The signed index's format tag.
pub const INDEX_FORMAT: &str = "rightsdesk-data-index/1";
/// The manifest format this build reads.
pub const MANIFEST_FORMAT: u32 = 1;

/// Limits that keep a hostile pack from exhausting memory or the disk.
pub const MAX_PACK_BYTES: usize = 64 * 1024 * 1024;
const MAX_FILES: usize = 64;

/// The file the calendar pack must carry.
pub const CALENDAR_FILE: &str = "cn-workdays.json";
/// The optional deadline-rules file of a law pack.
pub const RULES_FILE: &str = "rules.toml";
/// The files a directory pack must carry, as the directory's loader names them.
pub const DIRECTORY_FILES: [&str; 5] =
    ["cn-holders.json", "cn-aliases.toml", "companies.json", "supervisory-authorities.json", "sites.json"];

/// The deadline rules built into this release (read again here, because
/// `deadline::rule_set()` must not be touched before a pack is put in use).
const SHIPPED_RULES: &str = include_str!("../deadline/rules.toml");

/// What a pack updates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum PackKind {
    /// The law catalogue (`*.toml`, one per instrument, plus `channels.toml`) and optionally the deadline rules.
    Law,
    /// The official working-day calendar (`cn-workdays.json`).
    Calendar,
    /// The company directory (its five data files).
    Directory,
}

impl PackKind {
    pub const ALL: [PackKind; 3] = [Self::Law, Self::Calendar, Self::Directory];

    pub fn code(self) -> &'static str {
        match self {
            Self::Law => "law",
            Self::Calendar => "calendar",
            Self::Directory => "directory",
        }
    }

    pub fn parse(s: &str) -> Option<PackKind> {
        Self::ALL.into_iter().find(|k| k.code() == s.trim().to_ascii_lowercase())
    }
}

impl std::fmt::Display for PackKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// Why a pack was refused. The data in use never changes when one is returned.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PackError {
    /// The file is not a pack, or its manifest is not what this build reads.
    #[error("not a valid data pack: {0}")]
    Malformed(String),
    /// The signature does not verify against the trusted key (tampered, or signed by someone else).
    #[error("the data pack's signature does not match the RightsDesk publisher key; it was refused")]
    BadSignature,
    /// The pack is not newer than the data in use.
    #[error("the {kind} data pack has version {version}, but version {current} is already in use")]
    Outdated { kind: PackKind, version: u64, current: u64 },
    /// The data inside failed the same checks as the shipped data.
    #[error("the {kind} data pack's contents are invalid: {message}")]
    InvalidContent { kind: PackKind, message: String },
    /// The pack (or index) was offered after its expiry date.
    #[error("the {what} expired on {expires}; it was refused")]
    Expired { what: String, expires: chrono::NaiveDate },
}

impl PackError {
    pub fn code(&self) -> ErrorCode {
        match self {
            Self::Malformed(_) => ErrorCode::PackMalformed,
            Self::BadSignature => ErrorCode::PackBadSignature,
            Self::Outdated { .. } => ErrorCode::PackOutdated,
            Self::InvalidContent { .. } => ErrorCode::PackInvalidContent,
            Self::Expired { .. } => ErrorCode::PackExpired,
        }
    }
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Envelope {
    format: String,
    manifest: String,
    signature: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Manifest {
    format: u32,
    kind: PackKind,
    version: u64,
    created: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    notes: Option<String>,
    /// Last day the pack may be installed (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    expires: Option<String>,
    /// [`key_id`] of the signing key.
    #[serde(default, rename = "keyId", skip_serializing_if = "Option::is_none")]
    key_id: Option<String>,
    files: BTreeMap<String, ManifestFile>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct IndexEnvelope {
    format: String,
    index: String,
    signature: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct IndexBody {
    packs: Vec<String>,
    created: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    expires: Option<String>,
}

/// A signed index of packs, verified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifiedIndex {
    /// Pack addresses, relative to the index's own.
    pub packs: Vec<String>,
    pub created: String,
    pub expires: Option<chrono::NaiveDate>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ManifestFile {
    base64: String,
    sha256: String,
}

/// A pack whose signature verified and whose manifest is well formed (contents not yet validated).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifiedPack {
    pub kind: PackKind,
    pub version: u64,
    /// When the publisher built it (RFC 3339).
    pub created: String,
    pub notes: Option<String>,
    /// Last day it may be installed, if the publisher set one.
    pub expires: Option<chrono::NaiveDate>,
    /// The id of the key that signed it, if the manifest names it.
    pub key_id: Option<String>,
    /// The files, by name, decoded.
    pub files: BTreeMap<String, String>,
}

/// A public key's id: the first 8 bytes of its SHA-256, in hex.
pub fn key_id(public_key: &[u8; 32]) -> String {
    hex::encode(&Sha256::digest(public_key)[..8])
}

fn parse_day(field: &str, text: &str) -> Result<chrono::NaiveDate, PackError> {
    chrono::NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|_| PackError::Malformed(format!("`{field}` is not a date YYYY-MM-DD: {text}")))
}

/// Refuses a pack offered after its expiry date.
pub fn check_not_expired(pack: &VerifiedPack, today: chrono::NaiveDate) -> Result<(), PackError> {
    match pack.expires {
        Some(expires) if today > expires => Err(PackError::Expired {
            what: format!("{} data pack version {}", pack.kind, pack.version),
            expires,
        }),
        _ => Ok(()),
    }
}

/// Checks a signed index with `key` (signature first, then its shape and expiry).
pub fn verify_index(
    bytes: &[u8],
    key: &[u8; 32],
    today: chrono::NaiveDate,
) -> Result<VerifiedIndex, PackError> {
    if bytes.len() > MAX_PACK_BYTES {
        return Err(PackError::Malformed(format!("{} bytes; the limit is {MAX_PACK_BYTES}", bytes.len())));
    }
    let envelope: IndexEnvelope = serde_json::from_slice(bytes)
        .map_err(|e| PackError::Malformed(format!("not a signed index of data packs: {e}")))?;
    if envelope.format != INDEX_FORMAT {
        return Err(PackError::Malformed(format!(
            "index format `{}` is not `{INDEX_FORMAT}`",
            envelope.format
        )));
    }
    let body = BASE64
        .decode(envelope.index.trim())
        .map_err(|e| PackError::Malformed(format!("the index is not base64: {e}")))?;
    verify_signature(&body, &envelope.signature, key)?;
    let index: IndexBody = serde_json::from_slice(&body)
        .map_err(|e| PackError::Malformed(format!("the index is not valid: {e}")))?;
    if index.packs.len() > MAX_FILES {
        return Err(PackError::Malformed(format!("the index lists {} packs", index.packs.len())));
    }
    let expires = index.expires.as_deref().map(|e| parse_day("expires", e)).transpose()?;
    if let Some(expires) = expires
        && today > expires
    {
        return Err(PackError::Expired { what: "index of data packs".into(), expires });
    }
    Ok(VerifiedIndex { packs: index.packs, created: index.created, expires })
}

/// Builds and signs an index (the publisher's side).
pub fn build_index(
    packs: &[String],
    created: &str,
    expires: Option<chrono::NaiveDate>,
    seed: &[u8; 32],
) -> Vec<u8> {
    let body = IndexBody {
        packs: packs.to_vec(),
        created: created.to_string(),
        expires: expires.map(|d| d.format("%Y-%m-%d").to_string()),
    };
    let body = serde_json::to_vec_pretty(&body).expect("an index serialises");
    let signature = SigningKey::from_bytes(seed).sign(&body);
    serde_json::to_vec_pretty(&IndexEnvelope {
        format: INDEX_FORMAT.into(),
        index: BASE64.encode(&body),
        signature: BASE64.encode(signature.to_bytes()),
    })
    .expect("an envelope serialises")
}

fn verify_signature(signed: &[u8], signature_b64: &str, key: &[u8; 32]) -> Result<(), PackError> {
    let signature = BASE64
        .decode(signature_b64.trim())
        .map_err(|e| PackError::Malformed(format!("the signature is not base64: {e}")))?;
    let signature: [u8; 64] = signature
        .try_into()
        .map_err(|s: Vec<u8>| PackError::Malformed(format!("the signature has {} bytes, not 64", s.len())))?;
    let key = VerifyingKey::from_bytes(key).map_err(|_| PackError::BadSignature)?;
    key.verify_strict(signed, &Signature::from_bytes(&signature)).map_err(|_| PackError::BadSignature)
}

/// The data of a pack, parsed and validated, ready to be put in use.
#[derive(Debug, Clone)]
pub enum PackData {
    Law { catalogue: Box<Catalogue>, rules: Option<Box<RuleSet>> },
    Calendar(Box<CnCalendar>),
    Directory(Box<Directory>),
}

/// Checks the envelope and the signature with `key`, then the manifest's shape.
///
/// The signature is checked before the manifest is parsed, so nothing an
/// untrusted party wrote is interpreted beyond the envelope.
pub fn verify(pack: &[u8], key: &[u8; 32]) -> Result<VerifiedPack, PackError> {
    if pack.len() > MAX_PACK_BYTES {
        return Err(PackError::Malformed(format!("{} bytes; the limit is {MAX_PACK_BYTES}", pack.len())));
    }
    let envelope: Envelope = serde_json::from_slice(pack)
        .map_err(|e| PackError::Malformed(format!("the file is not a data-pack envelope: {e}")))?;
    if envelope.format != ENVELOPE_FORMAT {
        return Err(PackError::Malformed(format!(
            "format `{}` is not `{ENVELOPE_FORMAT}` (a newer RightsDesk may be needed)",
            envelope.format
        )));
    }
    let manifest_bytes = BASE64
        .decode(envelope.manifest.trim())
        .map_err(|e| PackError::Malformed(format!("the manifest is not base64: {e}")))?;
    let signature = BASE64
        .decode(envelope.signature.trim())
        .map_err(|e| PackError::Malformed(format!("the signature is not base64: {e}")))?;
    let signature: [u8; 64] = signature
        .try_into()
        .map_err(|s: Vec<u8>| PackError::Malformed(format!("the signature has {} bytes, not 64", s.len())))?;
    let key = VerifyingKey::from_bytes(key).map_err(|_| PackError::BadSignature)?;
    key.verify_strict(&manifest_bytes, &Signature::from_bytes(&signature))
        .map_err(|_| PackError::BadSignature)?;
    let manifest: Manifest = serde_json::from_slice(&manifest_bytes)
        .map_err(|e| PackError::Malformed(format!("the manifest is not valid: {e}")))?;
    if let Some(id) = &manifest.key_id
        && *id != key_id(&key.to_bytes())
    {
        return Err(PackError::Malformed(format!(
            "the manifest says it was signed by key {id}, not the trusted key {}",
            key_id(&key.to_bytes())
        )));
    }
    check_manifest(manifest)
}

fn check_manifest(m: Manifest) -> Result<VerifiedPack, PackError> {
    let malformed = |msg: String| Err(PackError::Malformed(msg));
    if m.format != MANIFEST_FORMAT {
        return malformed(format!(
            "manifest format {} is not {MANIFEST_FORMAT} (a newer RightsDesk may be needed)",
            m.format
        ));
    }
    if chrono::DateTime::parse_from_rfc3339(&m.created).is_err() {
        return malformed(format!("`created` is not an RFC 3339 time: {}", m.created));
    }
    if m.files.is_empty() || m.files.len() > MAX_FILES {
        return malformed(format!("a pack carries 1 to {MAX_FILES} files, this one {}", m.files.len()));
    }
    let expires = m.expires.as_deref().map(|e| parse_day("expires", e)).transpose()?;
    let mut files = BTreeMap::new();
    for (name, file) in m.files {
        if !is_safe_file_name(&name) {
            return malformed(format!("the file name `{name}` is not allowed"));
        }
        let bytes = BASE64
            .decode(file.base64.trim())
            .map_err(|e| PackError::Malformed(format!("`{name}` is not base64: {e}")))?;
        if hex::encode(Sha256::digest(&bytes)) != file.sha256.trim().to_ascii_lowercase() {
            return malformed(format!("`{name}` does not match its SHA-256"));
        }
        let text = String::from_utf8(bytes)
            .map_err(|_| PackError::Malformed(format!("`{name}` is not UTF-8 text")))?;
        files.insert(name, text);
    }
    Ok(VerifiedPack {
        kind: m.kind,
        version: m.version,
        created: m.created,
        notes: m.notes,
        expires,
        key_id: m.key_id,
        files,
    })
}

/// Plain names only: no folders, no hidden files, no `..`.
fn is_safe_file_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 100
        && !name.starts_with('.')
        && name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
}

/// Refuses a pack that is not newer than the data in use.
pub fn check_newer(pack: &VerifiedPack, current: u64) -> Result<(), PackError> {
    if pack.version <= current {
        return Err(PackError::Outdated { kind: pack.kind, version: pack.version, current });
    }
    Ok(())
}

/// Parses the pack's files with the loaders of the shipped data; any failure refuses the pack.
pub fn validate(pack: &VerifiedPack) -> Result<PackData, PackError> {
    let invalid = |message: String| PackError::InvalidContent { kind: pack.kind, message };
    let file = |name: &str| {
        pack.files
            .get(name)
            .map(String::as_str)
            .ok_or_else(|| invalid(format!("the file `{name}` is missing")))
    };
    match pack.kind {
        PackKind::Calendar => {
            if let Some(extra) = pack.files.keys().find(|n| n.as_str() != CALENDAR_FILE) {
                return Err(invalid(format!(
                    "unexpected file `{extra}`; a calendar pack holds `{CALENDAR_FILE}`"
                )));
            }
            let calendar = CnCalendar::from_json(file(CALENDAR_FILE)?).map_err(|e| invalid(e.to_string()))?;
            Ok(PackData::Calendar(Box::new(calendar)))
        }
        PackKind::Law => {
            let sources: Vec<(&str, &str)> = pack
                .files
                .iter()
                .filter(|(name, _)| name.as_str() != RULES_FILE)
                .map(|(name, text)| (name.as_str(), text.as_str()))
                .collect();
            if let Some((bad, _)) = sources.iter().find(|(name, _)| !name.ends_with(".toml")) {
                return Err(invalid(format!("unexpected file `{bad}`; a law pack holds .toml files")));
            }
            if sources.is_empty() {
                return Err(invalid("the pack holds no law files".into()));
            }
            let catalogue = Catalogue::from_sources(&sources).map_err(|e| invalid(e.to_string()))?;
            // Stored letters cite article ids: an update may add and amend, never drop one.
            let shipped = Catalogue::from_sources(crate::law::OFFICIAL_SOURCES)
                .map_err(|e| invalid(format!("the built-in catalogue does not load: {e}")))?;
            if let Some(gone) = shipped.articles().find(|a| catalogue.article(&a.id).is_none()) {
                return Err(invalid(format!(
                    "the article `{}` of the current catalogue is missing",
                    gone.id
                )));
            }
            let rules = match pack.files.get(RULES_FILE) {
                Some(text) => {
                    let rules = RuleSet::from_toml(text).map_err(|e| invalid(e.to_string()))?;
                    // Stored requests name their rule by id: none may disappear.
                    let shipped = RuleSet::from_toml(SHIPPED_RULES)
                        .map_err(|e| invalid(format!("the built-in rules do not load: {e}")))?;
                    if let Some(gone) = shipped.rules().iter().find(|r| rules.rule(&r.id).is_none()) {
                        return Err(invalid(format!(
                            "the deadline rule `{}` of the current rules is missing",
                            gone.id
                        )));
                    }
                    Some(Box::new(rules))
                }
                None => None,
            };
            Ok(PackData::Law { catalogue: Box::new(catalogue), rules })
        }
        PackKind::Directory => {
            if let Some(extra) = pack.files.keys().find(|n| !DIRECTORY_FILES.contains(&n.as_str())) {
                return Err(invalid(format!("unexpected file `{extra}` in a directory pack")));
            }
            let sources = Sources {
                cn_holders: file(DIRECTORY_FILES[0])?,
                cn_aliases: file(DIRECTORY_FILES[1])?,
                companies: file(DIRECTORY_FILES[2])?,
                authorities: file(DIRECTORY_FILES[3])?,
                justdeleteme: file(DIRECTORY_FILES[4])?,
            };
            let directory = Directory::from_sources(&sources).map_err(|e| invalid(e.to_string()))?;
            Ok(PackData::Directory(Box::new(directory)))
        }
    }
}

/// What a publisher puts in a pack.
#[derive(Debug, Clone)]
pub struct PackSource {
    pub kind: PackKind,
    pub version: u64,
    /// RFC 3339.
    pub created: String,
    pub notes: Option<String>,
    /// Last day the pack may be installed, if any.
    pub expires: Option<chrono::NaiveDate>,
    /// `(file name, contents)`.
    pub files: Vec<(String, Vec<u8>)>,
}

/// Builds and signs a pack (the publisher's side; the tests use it with the test key).
///
/// `seed` is the 32-byte ed25519 private key. Nothing is validated here beyond
/// the file names: run [`verify`] and [`validate`] on the result before publishing.
pub fn build(source: &PackSource, seed: &[u8; 32]) -> Result<Vec<u8>, PackError> {
    let mut files = BTreeMap::new();
    for (name, bytes) in &source.files {
        if !is_safe_file_name(name) {
            return Err(PackError::Malformed(format!("the file name `{name}` is not allowed")));
        }
        files.insert(
            name.clone(),
            ManifestFile { base64: BASE64.encode(bytes), sha256: hex::encode(Sha256::digest(bytes)) },
        );
    }
    let manifest = Manifest {
        format: MANIFEST_FORMAT,
        kind: source.kind,
        version: source.version,
        created: source.created.clone(),
        notes: source.notes.clone(),
        expires: source.expires.map(|d| d.format("%Y-%m-%d").to_string()),
        key_id: Some(key_id(&public_key_of(seed))),
        files,
    };
    let manifest_bytes = serde_json::to_vec_pretty(&manifest).expect("a manifest serialises");
    Ok(seal(&manifest_bytes, seed))
}

/// Wraps manifest bytes, exactly as given, in a signed envelope.
///
/// The low-level half of [`build`], for publishing tools and for tests that
/// need a correctly signed but otherwise hostile manifest.
pub fn seal(manifest_bytes: &[u8], seed: &[u8; 32]) -> Vec<u8> {
    let signature = SigningKey::from_bytes(seed).sign(manifest_bytes);
    let envelope = Envelope {
        format: ENVELOPE_FORMAT.to_string(),
        manifest: BASE64.encode(manifest_bytes),
        signature: BASE64.encode(signature.to_bytes()),
    };
    serde_json::to_vec_pretty(&envelope).expect("an envelope serialises")
}

/// The public key that matches a private key (seed).
pub fn public_key_of(seed: &[u8; 32]) -> [u8; 32] {
    SigningKey::from_bytes(seed).verifying_key().to_bytes()
}

/// Reads a 32-byte key written as 64 hex digits (lines starting with `#` are comments).
pub fn parse_hex_key(text: &str) -> Option<[u8; 32]> {
    let hex_digits: String = text
        .lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .flat_map(|l| l.chars())
        .filter(|c| !c.is_whitespace())
        .collect();
    hex::decode(hex_digits).ok()?.try_into().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEED: [u8; 32] = [7; 32];

    fn calendar_pack(version: u64) -> Vec<u8> {
        build(
            &PackSource {
                kind: PackKind::Calendar,
                version,
                created: "2026-12-01T00:00:00Z".into(),
                notes: None,
                expires: None,
                files: vec![(
                    CALENDAR_FILE.into(),
                    include_bytes!("../calendar/data/cn-workdays.json").to_vec(),
                )],
            },
            &SEED,
        )
        .unwrap()
    }

    #[test]
    fn a_pack_signed_with_the_key_verifies_and_validates() {
        let pack = verify(&calendar_pack(2026120100), &public_key_of(&SEED)).unwrap();
        assert_eq!((pack.kind, pack.version), (PackKind::Calendar, 2026120100));
        assert!(matches!(validate(&pack), Ok(PackData::Calendar(_))));
        assert_eq!(check_newer(&pack, BUILTIN_VERSION), Ok(()));
        assert!(matches!(check_newer(&pack, 2026120100), Err(PackError::Outdated { .. })));
    }

    #[test]
    fn another_key_is_refused() {
        let err = verify(&calendar_pack(2026120100), &DATA_PUBLIC_KEY).unwrap_err();
        assert_eq!(err, PackError::BadSignature);
    }

    #[test]
    fn hostile_file_names_are_refused() {
        for bad in ["../x.toml", "a/b.toml", ".hidden", "", "c:\\x"] {
            assert!(!is_safe_file_name(bad), "{bad:?} must be refused");
        }
        assert!(is_safe_file_name("cn-workdays.json"));
    }

    #[test]
    fn hex_keys_parse_with_comments() {
        let text = "# test\n0707070707070707070707070707070707070707070707070707070707070707\n";
        assert_eq!(parse_hex_key(text), Some([7; 32]));
        assert_eq!(parse_hex_key("abcd"), None);
    }
}
