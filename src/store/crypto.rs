//! Encryption at rest: the passphrase, the key file beside the database, the
//! keys derived from them, and the sealing of attachment files.
//!
//! A passphrase is stretched with Argon2id (memory-hard) and the store's own
//! random salt into a master secret; HKDF-SHA-256 splits that into three
//! independent values: the raw SQLCipher key of the database, the key that
//! seals attachment files (XChaCha20-Poly1305, a fresh random nonce per file),
//! and a check value kept in the key file so that a wrong passphrase is
//! recognised before the database is touched. The key file holds no secret:
//! only the format, the KDF parameters, the salt and the check value.
//!
//! Secrets live in [`Zeroizing`] buffers and have no `Debug` output.

use super::StoreError;
use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use hkdf::Hkdf;
use serde::{Deserialize, Serialize};
use sha2::Sha256;
use std::path::{Path, PathBuf};
use zeroize::Zeroizing;

/// Shortest passphrase accepted when encryption is turned on or the passphrase changed.
pub const MIN_PASSPHRASE_CHARS: usize = 8;
/// Longest passphrase accepted (bytes); anything longer is a mistake (a whole file).
pub const MAX_PASSPHRASE_BYTES: usize = 1024;
/// Largest key file read; a real one is about 400 bytes.
const MAX_KEY_INFO_BYTES: u64 = 16 * 1024;
/// What every sealed attachment file starts with.
const BLOB_MAGIC: &[u8; 4] = b"RDX1";
const NONCE_LEN: usize = 24;
const TAG_LEN: usize = 16;
const KEY_INFO_FORMAT: &str = "rightsdesk-keyinfo";

/// A passphrase held in memory that is wiped when dropped and never printed.
#[derive(Clone)]
pub struct Passphrase(Zeroizing<String>);

impl Passphrase {
    /// Wraps a passphrase; an empty one is refused (it would protect nothing).
    pub fn new(text: impl Into<String>) -> Result<Passphrase, StoreError> {
        let text = Zeroizing::new(text.into());
        if text.is_empty() {
            return Err(StoreError::PassphraseTooShort { min: MIN_PASSPHRASE_CHARS });
        }
        if text.len() > MAX_PASSPHRASE_BYTES {
            return Err(StoreError::PassphraseTooLong { max: MAX_PASSPHRASE_BYTES });
        }
        Ok(Passphrase(text))
    }

    /// Reads a passphrase from a file: its first line, without the line ending.
    pub fn from_file(path: &Path) -> Result<Passphrase, StoreError> {
        let io = |source| StoreError::Io { path: path.display().to_string(), source };
        let meta = std::fs::metadata(path).map_err(io)?;
        if meta.len() > MAX_PASSPHRASE_BYTES as u64 + 2 {
            return Err(StoreError::PassphraseTooLong { max: MAX_PASSPHRASE_BYTES });
        }
        let bytes = Zeroizing::new(std::fs::read(path).map_err(io)?);
        let text = std::str::from_utf8(&bytes).map_err(|_| {
            io(std::io::Error::new(std::io::ErrorKind::InvalidData, "the passphrase file is not UTF-8"))
        })?;
        let line = text.split(['\n', '\r']).next().unwrap_or("");
        Passphrase::new(line.to_string())
    }

    /// Refuses a passphrase too short to be set as a new one.
    pub fn check_strength(&self) -> Result<(), StoreError> {
        if self.0.chars().count() < MIN_PASSPHRASE_CHARS {
            return Err(StoreError::PassphraseTooShort { min: MIN_PASSPHRASE_CHARS });
        }
        Ok(())
    }

    fn bytes(&self) -> &[u8] {
        self.0.as_bytes()
    }
}

impl std::fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Passphrase(<redacted>)")
    }
}

/// Argon2id cost settings, recorded in the key file so a store opens with the
/// settings it was created with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct KdfParams {
    pub memory_kib: u32,
    pub iterations: u32,
    pub parallelism: u32,
}

impl Default for KdfParams {
    /// 64 MiB, 3 passes, 1 lane: about half a second on a desktop.
    fn default() -> Self {
        KdfParams { memory_kib: 64 * 1024, iterations: 3, parallelism: 1 }
    }
}

impl KdfParams {
    /// Cheap settings for tests only; never for a real store.
    #[doc(hidden)]
    pub fn fast_for_tests() -> Self {
        KdfParams { memory_kib: 256, iterations: 1, parallelism: 1 }
    }

    fn check(&self) -> Result<(), StoreError> {
        // Bounds stop a tampered key file from asking for terabytes of memory.
        let ok = (8..=1024 * 1024).contains(&self.memory_kib)
            && (1..=64).contains(&self.iterations)
            && (1..=16).contains(&self.parallelism)
            && self.memory_kib >= 8 * self.parallelism;
        if ok { Ok(()) } else { Err(StoreError::KeyInfo(format!("unusable KDF settings {self:?}"))) }
    }
}

/// The key file beside an encrypted database (`<name>.keyinfo`). No secrets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct KeyInfo {
    pub format: String,
    pub version: u32,
    pub kdf: String,
    pub kdf_params: KdfParams,
    /// Random per store, hex.
    pub salt: String,
    /// HKDF output that proves a passphrase right without opening the database, hex.
    pub check: String,
    /// How the database and the attachments are encrypted.
    pub database_cipher: String,
    pub attachment_cipher: String,
}

impl KeyInfo {
    /// A fresh key file with a new random salt; returns it with the keys for `passphrase`.
    pub fn create(passphrase: &Passphrase, params: KdfParams) -> Result<(KeyInfo, StoreKeys), StoreError> {
        params.check()?;
        let salt = random_bytes::<16>()?;
        let keys = derive(passphrase, &salt, params)?;
        let info = KeyInfo {
            format: KEY_INFO_FORMAT.into(),
            version: 1,
            kdf: "argon2id-v19+hkdf-sha256".into(),
            kdf_params: params,
            salt: hex::encode(salt),
            check: hex::encode(keys.check),
            database_cipher: "sqlcipher-4-raw-key".into(),
            attachment_cipher: "xchacha20poly1305".into(),
        };
        Ok((info, keys))
    }

    /// Parses and checks a key file's text.
    pub fn parse(text: &[u8]) -> Result<KeyInfo, StoreError> {
        let info: KeyInfo =
            serde_json::from_slice(text).map_err(|e| StoreError::KeyInfo(format!("not a key file: {e}")))?;
        if info.format != KEY_INFO_FORMAT || info.version != 1 {
            return Err(StoreError::KeyInfo(format!(
                "unknown key file format {} version {}",
                info.format, info.version
            )));
        }
        info.kdf_params.check()?;
        let salt = hex::decode(&info.salt).map_err(|_| StoreError::KeyInfo("salt is not hex".into()))?;
        if !(16..=64).contains(&salt.len()) {
            return Err(StoreError::KeyInfo("salt has the wrong length".into()));
        }
        match hex::decode(&info.check) {
            Ok(c) if c.len() == 32 => Ok(info),
            _ => Err(StoreError::KeyInfo("check value has the wrong length".into())),
        }
    }

    /// Reads the key file at `path`; `Ok(None)` if there is none.
    pub fn read(path: &Path) -> Result<Option<KeyInfo>, StoreError> {
        let io = |source| StoreError::Io { path: path.display().to_string(), source };
        let meta = match std::fs::metadata(path) {
            Ok(m) => m,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(io(e)),
        };
        if meta.len() > MAX_KEY_INFO_BYTES {
            return Err(StoreError::KeyInfo(format!("{} is too large for a key file", path.display())));
        }
        let bytes = std::fs::read(path).map_err(io)?;
        KeyInfo::parse(&bytes).map(Some).map_err(|e| match e {
            StoreError::KeyInfo(m) => StoreError::KeyInfo(format!("{}: {m}", path.display())),
            other => other,
        })
    }

    /// Writes the key file durably (temporary name, fsync, rename).
    pub fn write(&self, path: &Path) -> Result<(), StoreError> {
        let text = serde_json::to_vec_pretty(self).expect("key info serialises");
        super::safety::write_file_durably(path, &text)
    }

    /// Derives the keys for `passphrase`; a wrong one gives `WrongPassphrase`.
    pub fn unlock(&self, passphrase: &Passphrase) -> Result<StoreKeys, StoreError> {
        let salt = hex::decode(&self.salt).map_err(|_| StoreError::KeyInfo("salt is not hex".into()))?;
        let keys = derive(passphrase, &salt, self.kdf_params)?;
        let expected = hex::decode(&self.check).unwrap_or_default();
        if constant_time_eq(&expected, &keys.check) { Ok(keys) } else { Err(StoreError::WrongPassphrase) }
    }
}

/// Where the key file of the database at `db` lives: same folder and stem, `.keyinfo`.
pub fn key_info_path(db: &Path) -> PathBuf {
    db.with_extension("keyinfo")
}

/// The keys of an unlocked store. Wiped on drop; never printed.
pub struct StoreKeys {
    database: Zeroizing<[u8; 32]>,
    files: Zeroizing<[u8; 32]>,
    check: [u8; 32],
}

impl std::fmt::Debug for StoreKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("StoreKeys(<redacted>)")
    }
}

impl StoreKeys {
    /// A second copy of the keys (one per connection that needs them).
    pub(super) fn duplicate(&self) -> StoreKeys {
        StoreKeys { database: self.database.clone(), files: self.files.clone(), check: self.check }
    }

    /// The SQLCipher raw-key literal, `x'…'`, in a buffer that is wiped on drop.
    pub(super) fn sqlcipher_key(&self) -> Zeroizing<String> {
        Zeroizing::new(format!("x'{}'", hex::encode(*self.database)))
    }

    /// Seals an attachment's bytes; `name` (its plaintext SHA-256) is bound in,
    /// so a sealed file moved under another name no longer opens.
    /// The file name of an attachment in an encrypted store: HMAC-SHA256, under
    /// the attachments key, of the plaintext's SHA-256 (hex). Without the key the
    /// name says nothing about the content, so hashing a public page does not
    /// tell whether the store holds it. The plaintext hash stays in the
    /// (encrypted) database for `verify`.
    pub(super) fn file_name(&self, sha256: &str) -> String {
        use hmac::Mac;
        let mut mac = <hmac::Hmac<sha2::Sha256> as Mac>::new_from_slice(&*self.files)
            .expect("HMAC takes a key of any length");
        mac.update(b"rightsdesk/v1/file-name\0");
        mac.update(sha256.as_bytes());
        hex::encode(mac.finalize().into_bytes())
    }

    pub(super) fn seal(&self, name: &str, plain: &[u8]) -> Result<Vec<u8>, StoreError> {
        let nonce = random_bytes::<NONCE_LEN>()?;
        let cipher = XChaCha20Poly1305::new(chacha20poly1305::Key::from_slice(&*self.files));
        let sealed = cipher
            .encrypt(XNonce::from_slice(&nonce), Payload { msg: plain, aad: name.as_bytes() })
            .map_err(|_| StoreError::Crypto("sealing an attachment failed".into()))?;
        let mut out = Vec::with_capacity(4 + NONCE_LEN + sealed.len());
        out.extend_from_slice(BLOB_MAGIC);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&sealed);
        Ok(out)
    }

    /// Opens a sealed attachment; any change to the file makes this fail.
    pub(super) fn open(&self, name: &str, sealed: &[u8]) -> Result<Vec<u8>, StoreError> {
        if sealed.len() < 4 + NONCE_LEN + TAG_LEN || &sealed[..4] != BLOB_MAGIC {
            return Err(StoreError::Crypto(format!("attachment {name} is not a sealed file")));
        }
        let cipher = XChaCha20Poly1305::new(chacha20poly1305::Key::from_slice(&*self.files));
        cipher
            .decrypt(
                XNonce::from_slice(&sealed[4..4 + NONCE_LEN]),
                Payload { msg: &sealed[4 + NONCE_LEN..], aad: name.as_bytes() },
            )
            .map_err(|_| StoreError::Crypto(format!("attachment {name} does not open with this store's key")))
    }
}

fn derive(passphrase: &Passphrase, salt: &[u8], params: KdfParams) -> Result<StoreKeys, StoreError> {
    let p = Params::new(params.memory_kib, params.iterations, params.parallelism, Some(32))
        .map_err(|e| StoreError::KeyInfo(format!("KDF settings: {e}")))?;
    let mut master = Zeroizing::new([0u8; 32]);
    Argon2::new(Algorithm::Argon2id, Version::V0x13, p)
        .hash_password_into(passphrase.bytes(), salt, &mut *master)
        .map_err(|e| StoreError::Crypto(format!("key derivation: {e}")))?;
    let hk = Hkdf::<Sha256>::new(Some(salt), &*master);
    let mut keys =
        StoreKeys { database: Zeroizing::new([0u8; 32]), files: Zeroizing::new([0u8; 32]), check: [0u8; 32] };
    let expand = |info: &[u8], out: &mut [u8]| {
        hk.expand(info, out).map_err(|_| StoreError::Crypto("HKDF expand".into()))
    };
    expand(b"rightsdesk/v1/database", &mut *keys.database)?;
    expand(b"rightsdesk/v1/attachments", &mut *keys.files)?;
    expand(b"rightsdesk/v1/check", &mut keys.check)?;
    Ok(keys)
}

/// Bytes from the operating system's random source.
pub(super) fn random_bytes<const N: usize>() -> Result<[u8; N], StoreError> {
    let mut out = [0u8; N];
    getrandom::fill(&mut out).map_err(|e| StoreError::Crypto(format!("no random source: {e}")))?;
    Ok(out)
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_come_from_passphrase_and_salt_and_a_wrong_passphrase_is_recognised() {
        let pass = Passphrase::new("correct horse").unwrap();
        let (info, keys) = KeyInfo::create(&pass, KdfParams::fast_for_tests()).unwrap();
        let again = info.unlock(&pass).unwrap();
        assert_eq!(*keys.database, *again.database, "same passphrase and salt, same key");
        assert_ne!(*keys.database, *keys.files, "the two subkeys are independent");
        let wrong = Passphrase::new("wrong horse").unwrap();
        assert!(matches!(info.unlock(&wrong), Err(StoreError::WrongPassphrase)));
        let (other, _) = KeyInfo::create(&pass, KdfParams::fast_for_tests()).unwrap();
        assert_ne!(other.salt, info.salt, "every store gets its own salt");
    }

    #[test]
    fn sealed_attachments_open_only_under_their_name_and_key() {
        let pass = Passphrase::new("correct horse").unwrap();
        let (_, keys) = KeyInfo::create(&pass, KdfParams::fast_for_tests()).unwrap();
        let sealed = keys.seal("abc", b"secret page").unwrap();
        assert!(!sealed.windows(6).any(|w| w == b"secret"));
        assert_eq!(keys.open("abc", &sealed).unwrap(), b"secret page");
        assert!(keys.open("abd", &sealed).is_err(), "moved under another name");
        let mut flipped = sealed.clone();
        *flipped.last_mut().unwrap() ^= 1;
        assert!(keys.open("abc", &flipped).is_err(), "a changed byte is detected");
        assert!(keys.open("abc", b"RDX1").is_err());
    }

    #[test]
    fn secrets_are_not_printed() {
        let pass = Passphrase::new("hunter22-secret").unwrap();
        assert!(!format!("{pass:?}").contains("hunter"));
        let (_, keys) = KeyInfo::create(&pass, KdfParams::fast_for_tests()).unwrap();
        assert_eq!(format!("{keys:?}"), "StoreKeys(<redacted>)");
    }
}
