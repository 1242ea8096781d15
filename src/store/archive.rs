//! Whole-store archives: the database, its key file and every attachment in
//! one tar file, to move a store to another computer or keep it off-site.
//!
//! An archive of an encrypted store stays encrypted: the database inside is
//! the SQLCipher file and the attachments are the sealed files, so the archive
//! opens only with the store's passphrase. A manifest (first entry) lists
//! every file with its size and SHA-256; import checks every byte against it,
//! accepts only the names it expects (no links, no `..`, no absolute paths),
//! limits sizes, and then checks the imported store like a restore does before
//! swapping it in.

use super::crypto::{KeyInfo, Passphrase, key_info_path};
use super::safety::{self, BACKUPS_DIR, STAGING_DIR, Swap, data_dir_of, sync_dir};
use super::{MAX_ATTACHMENT_BYTES, SCHEMA_VERSION, Store, StoreError, StoreOptions};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

const MANIFEST: &str = "manifest.json";
const DATABASE: &str = "rightsdesk.sqlite3";
const KEY_INFO: &str = "rightsdesk.keyinfo";
const ARCHIVE_FORMAT: &str = "rightsdesk-archive";
/// Limits on what an archive may contain (a hostile file must not fill the disk).
const MAX_MANIFEST_BYTES: u64 = 16 * 1024 * 1024;
const MAX_KEY_INFO_BYTES: u64 = 16 * 1024;
const MAX_DATABASE_BYTES: u64 = 8 * 1024 * 1024 * 1024;
const MAX_ENTRIES: usize = 200_000;
/// A sealed file is its plaintext plus magic, nonce and tag.
const SEAL_OVERHEAD: u64 = 4 + 24 + 16;

/// The archive's table of contents.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Manifest {
    format: String,
    version: u32,
    created_at: String,
    schema_version: i64,
    encrypted: bool,
    files: Vec<ManifestFile>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct ManifestFile {
    path: String,
    size: u64,
    sha256: String,
}

/// What an archive holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ArchiveSummary {
    pub path: PathBuf,
    pub encrypted: bool,
    pub schema_version: i64,
    pub attachments: usize,
    pub bytes: u64,
    /// Where the replaced store was kept, on import.
    pub previous: Option<PathBuf>,
}

fn io_err(path: &Path) -> impl Fn(std::io::Error) -> StoreError + '_ {
    move |source| StoreError::Io { path: path.display().to_string(), source }
}

fn bad(msg: impl Into<String>) -> StoreError {
    StoreError::Archive(msg.into())
}

/// Whether `name` is one of the paths an archive may hold.
fn allowed_entry(name: &str) -> bool {
    if name == MANIFEST || name == DATABASE || name == KEY_INFO {
        return true;
    }
    let parts: Vec<&str> = name.split('/').collect();
    let hex = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
    parts.len() == 3
        && parts[0] == "attachments"
        && hex(parts[1], 2)
        && hex(parts[2], 64)
        && parts[2].starts_with(parts[1])
}

fn limit_for(name: &str) -> u64 {
    match name {
        MANIFEST => MAX_MANIFEST_BYTES,
        KEY_INFO => MAX_KEY_INFO_BYTES,
        DATABASE => MAX_DATABASE_BYTES,
        _ => MAX_ATTACHMENT_BYTES + SEAL_OVERHEAD,
    }
}

fn hash_file(path: &Path) -> Result<(u64, String), StoreError> {
    let mut f = std::fs::File::open(path).map_err(io_err(path))?;
    let mut h = Sha256::new();
    let mut buf = vec![0u8; 64 * 1024];
    let mut size = 0u64;
    loop {
        let n = f.read(&mut buf).map_err(io_err(path))?;
        if n == 0 {
            break;
        }
        size += n as u64;
        h.update(&buf[..n]);
    }
    Ok((size, hex::encode(h.finalize())))
}

impl Store {
    /// Writes the whole store (a consistent copy of the database, its key file,
    /// every attachment) to the tar file `out`. `created_at` is recorded in it.
    pub fn export_archive(&self, out: &Path, created_at: &str) -> Result<ArchiveSummary, StoreError> {
        let db = self.path.clone().ok_or_else(|| bad("an in-memory store cannot be archived"))?;
        let dir = data_dir_of(&db);
        let staging = dir.join(format!("{STAGING_DIR}-archive"));
        let _ = std::fs::remove_dir_all(&staging);
        std::fs::create_dir_all(&staging).map_err(io_err(&staging))?;
        let result = (|| {
            let snapshot = staging.join(DATABASE);
            self.backup_to(&snapshot)?;
            let mut files: Vec<(String, PathBuf)> = vec![(DATABASE.into(), snapshot.clone())];
            if self.key_info.is_some() {
                files.push((KEY_INFO.into(), key_info_path(&snapshot)));
            }
            let attachments_dir = dir.join("attachments");
            let mut attachments = Vec::new();
            if let Ok(shards) = std::fs::read_dir(&attachments_dir) {
                for shard in shards.flatten() {
                    let Ok(entries) = std::fs::read_dir(shard.path()) else { continue };
                    for e in entries.flatten() {
                        let name = format!(
                            "attachments/{}/{}",
                            shard.file_name().to_string_lossy(),
                            e.file_name().to_string_lossy()
                        );
                        if allowed_entry(&name) && e.path().is_file() {
                            attachments.push((name, e.path()));
                        }
                    }
                }
            }
            attachments.sort();
            let count = attachments.len();
            files.extend(attachments);
            let mut manifest = Manifest {
                format: ARCHIVE_FORMAT.into(),
                version: 1,
                created_at: created_at.into(),
                schema_version: SCHEMA_VERSION,
                encrypted: self.key_info.is_some(),
                files: Vec::new(),
            };
            for (name, path) in &files {
                let (size, sha256) = hash_file(path)?;
                manifest.files.push(ManifestFile { path: name.clone(), size, sha256 });
            }
            let out_dir = data_dir_of(out);
            std::fs::create_dir_all(&out_dir).map_err(io_err(&out_dir))?;
            let tmp = out_dir.join(format!(
                ".{}.tmp",
                out.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
            ));
            {
                let file = std::fs::File::create(&tmp).map_err(io_err(&tmp))?;
                let mut tar = tar::Builder::new(std::io::BufWriter::new(file));
                let append = |tar: &mut tar::Builder<_>, name: &str, size: u64, data: &mut dyn Read| {
                    let mut header = tar::Header::new_gnu();
                    header.set_size(size);
                    header.set_mode(0o600);
                    header.set_mtime(0);
                    header.set_entry_type(tar::EntryType::Regular);
                    tar.append_data(&mut header, name, data).map_err(io_err(&tmp))
                };
                let manifest_bytes = serde_json::to_vec_pretty(&manifest).expect("manifest serialises");
                append(&mut tar, MANIFEST, manifest_bytes.len() as u64, &mut manifest_bytes.as_slice())?;
                for (f, (name, path)) in manifest.files.iter().zip(&files) {
                    let mut data = std::fs::File::open(path).map_err(io_err(path))?;
                    append(&mut tar, name, f.size, &mut data)?;
                }
                let mut w = tar.into_inner().map_err(io_err(&tmp))?;
                w.flush().map_err(io_err(&tmp))?;
                w.get_ref().sync_all().map_err(io_err(&tmp))?;
            }
            std::fs::rename(&tmp, out).map_err(io_err(out))?;
            sync_dir(&out_dir)?;
            let bytes = std::fs::metadata(out).map_err(io_err(out))?.len();
            Ok(ArchiveSummary {
                path: out.to_path_buf(),
                encrypted: manifest.encrypted,
                schema_version: SCHEMA_VERSION,
                attachments: count,
                bytes,
                previous: None,
            })
        })();
        let _ = std::fs::remove_dir_all(&staging);
        result
    }
}

/// Reads an archive into `dest` (a fresh folder), checking every entry against
/// the manifest. Returns the manifest. Never writes outside `dest`.
fn unpack(archive: &Path, dest: &Path, db_name: &str) -> Result<Manifest, StoreError> {
    let file = std::fs::File::open(archive).map_err(io_err(archive))?;
    let mut tar = tar::Archive::new(std::io::BufReader::new(file));
    let mut manifest: Option<Manifest> = None;
    let mut seen = std::collections::BTreeMap::<String, (u64, String)>::new();
    let entries = tar.entries().map_err(|e| bad(format!("not a tar file: {e}")))?;
    for (index, entry) in entries.enumerate() {
        if index >= MAX_ENTRIES {
            return Err(bad(format!("more than {MAX_ENTRIES} entries")));
        }
        let mut entry = entry.map_err(|e| bad(format!("entry {index}: {e}")))?;
        if entry.header().entry_type() != tar::EntryType::Regular {
            return Err(bad(format!("entry {index} is not a plain file")));
        }
        let name = {
            let raw = entry.path_bytes();
            String::from_utf8(raw.into_owned())
                .map_err(|_| bad(format!("entry {index} has a name that is not UTF-8")))?
        };
        if !allowed_entry(&name) {
            return Err(bad(format!("unexpected entry {name:?}")));
        }
        if index == 0 && name != MANIFEST {
            return Err(bad("the manifest must come first"));
        }
        if seen.contains_key(&name) {
            return Err(bad(format!("entry {name:?} appears twice")));
        }
        let size = entry.header().size().map_err(|e| bad(format!("entry {name:?}: {e}")))?;
        if size > limit_for(&name) {
            return Err(bad(format!(
                "entry {name:?} is {size} bytes, over the limit of {}",
                limit_for(&name)
            )));
        }
        if name == MANIFEST {
            let mut text = Vec::new();
            (&mut entry)
                .take(MAX_MANIFEST_BYTES)
                .read_to_end(&mut text)
                .map_err(|e| bad(format!("manifest: {e}")))?;
            let m: Manifest = serde_json::from_slice(&text).map_err(|e| bad(format!("manifest: {e}")))?;
            if m.format != ARCHIVE_FORMAT || m.version != 1 {
                return Err(bad(format!("unknown archive format {} version {}", m.format, m.version)));
            }
            if m.files.len() > MAX_ENTRIES {
                return Err(bad("the manifest lists too many files"));
            }
            // Listed twice, a path would let another entry in unchecked.
            let mut listed = std::collections::BTreeSet::new();
            if let Some(twice) = m.files.iter().find(|f| !listed.insert(f.path.as_str())) {
                return Err(bad(format!("the manifest lists {:?} twice", twice.path)));
            }
            seen.insert(name, (size, String::new()));
            manifest = Some(m);
            continue;
        }
        let target = match name.as_str() {
            DATABASE => dest.join(db_name),
            KEY_INFO => key_info_path(&dest.join(db_name)),
            other => dest.join(other),
        };
        let parent = data_dir_of(&target);
        std::fs::create_dir_all(&parent).map_err(io_err(&parent))?;
        let mut out = std::fs::File::create(&target).map_err(io_err(&target))?;
        let mut h = Sha256::new();
        let mut buf = vec![0u8; 64 * 1024];
        let mut written = 0u64;
        let mut limited = (&mut entry).take(size);
        loop {
            let n = limited.read(&mut buf).map_err(|e| bad(format!("entry {name:?}: {e}")))?;
            if n == 0 {
                break;
            }
            written += n as u64;
            h.update(&buf[..n]);
            out.write_all(&buf[..n]).map_err(io_err(&target))?;
        }
        if written != size {
            return Err(bad(format!("entry {name:?} is cut short")));
        }
        out.sync_all().map_err(io_err(&target))?;
        seen.insert(name, (size, hex::encode(h.finalize())));
    }
    let manifest = manifest.ok_or_else(|| bad("no manifest"))?;
    if manifest.files.len() + 1 != seen.len() {
        return Err(bad(format!(
            "the manifest lists {} files but the archive holds {}",
            manifest.files.len(),
            seen.len() - 1
        )));
    }
    for f in &manifest.files {
        match seen.get(&f.path) {
            Some((size, sha)) if *size == f.size && *sha == f.sha256 => {}
            Some(_) => {
                return Err(bad(format!("{} does not match the manifest (changed or damaged)", f.path)));
            }
            None => return Err(bad(format!("{} is listed but missing", f.path))),
        }
    }
    if !seen.contains_key(DATABASE) {
        return Err(bad("the archive holds no database"));
    }
    if manifest.encrypted != seen.contains_key(KEY_INFO) {
        return Err(bad("the manifest and the key file disagree about encryption"));
    }
    if manifest.schema_version > SCHEMA_VERSION {
        return Err(StoreError::NewerSchema { found: manifest.schema_version, supported: SCHEMA_VERSION });
    }
    Ok(manifest)
}

/// Replaces the store at `db` (database, key file, attachments) by the contents
/// of an archive, after unpacking it beside the store and checking it whole
/// (manifest hashes, passphrase, integrity check, hash chain, every attachment).
/// The replaced store is kept in `backups/before-import-<stamp>/`.
pub fn import_archive(
    db: &Path,
    archive: &Path,
    passphrase: Option<&Passphrase>,
    stamp: &str,
) -> Result<ArchiveSummary, StoreError> {
    safety::recover_interrupted_swap(db)?;
    let dir = data_dir_of(db);
    std::fs::create_dir_all(&dir).map_err(io_err(&dir))?;
    let name = db.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| DATABASE.into());
    let staging = dir.join(STAGING_DIR);
    let result = (|| {
        let _ = std::fs::remove_dir_all(&staging);
        std::fs::create_dir_all(&staging).map_err(io_err(&staging))?;
        let manifest = unpack(archive, &staging, &name)?;
        let staged_db = staging.join(&name);
        let staged_key = key_info_path(&staged_db);
        if manifest.encrypted {
            KeyInfo::read(&staged_key)?;
        }
        let attachments = manifest.files.iter().filter(|f| f.path.starts_with("attachments/")).count();
        std::fs::create_dir_all(staging.join("attachments")).map_err(io_err(&staging))?;
        {
            let pass = passphrase.filter(|_| manifest.encrypted);
            if manifest.encrypted && pass.is_none() {
                return Err(StoreError::Locked);
            }
            let staged =
                Store::open_unrecovered(&staged_db, pass, &StoreOptions::default()).map_err(|e| match e {
                    StoreError::WrongPassphrase | StoreError::Locked => e,
                    other => StoreError::BackupRefused {
                        path: archive.display().to_string(),
                        source: Box::new(other),
                    },
                })?;
            staged.integrity_check()?;
            let report = staged.verify()?;
            if !report.is_intact() {
                return Err(StoreError::BackupRefused {
                    path: archive.display().to_string(),
                    source: Box::new(StoreError::Corrupt(format!(
                        "{} record(s) in the archive do not match their hashes",
                        report.problems.len()
                    ))),
                });
            }
            staged.checkpoint()?;
        }
        // An upgrade on open leaves a pre-migration copy in the staging folder; it is not needed.
        let _ = std::fs::remove_dir_all(staging.join(BACKUPS_DIR));
        // A plain archive imported into an encrypted store is encrypted under the
        // store's passphrase, never a silent way to turn encryption off.
        let current_info = KeyInfo::read(&key_info_path(db))?;
        let encrypt_into = match (&current_info, manifest.encrypted) {
            (Some(info), false) => {
                let p = passphrase.ok_or(StoreError::Locked)?;
                Some((info.clone(), info.unlock(p)?))
            }
            _ => None,
        };
        if let Some((info, keys)) = &encrypt_into {
            let plain_db = staging.join("plain-import.sqlite3");
            std::fs::rename(&staged_db, &plain_db).map_err(io_err(&plain_db))?;
            let hashes = safety::hashes_in(&plain_db, None)?;
            safety::export_database(&plain_db, None, &staged_db, Some(keys))?;
            info.write(&staged_key)?;
            let sealed = staging.join("attachments-sealed");
            safety::reseal_attachments(&staging.join("attachments"), None, &sealed, Some(keys), &hashes)?;
            safety::wipe_path(&staging.join("attachments"))?;
            std::fs::rename(&sealed, staging.join("attachments")).map_err(io_err(&sealed))?;
            for suffix in ["", "-wal", "-shm", "-journal"] {
                safety::wipe_path(&PathBuf::from(format!("{}{suffix}", plain_db.display())))?;
            }
            let staged = Store::open_unrecovered(&staged_db, passphrase, &StoreOptions::default())?;
            if !staged.verify()?.is_intact() {
                return Err(StoreError::Corrupt(
                    "the archive did not encrypt whole; nothing was changed".into(),
                ));
            }
            staged.checkpoint()?;
        }
        let encrypted = manifest.encrypted || encrypt_into.is_some();
        let aside_dir = {
            let base = dir.join(BACKUPS_DIR).join(format!("before-import-{stamp}"));
            let mut p = base.clone();
            let mut n = 2;
            while p.exists() {
                p = PathBuf::from(format!("{}-{n}", base.display()));
                n += 1;
            }
            p
        };
        let had_store = db.exists();
        let mut swap = Swap::new(db);
        swap.replace(db.to_path_buf(), Some(staged_db.clone()), aside_dir.join(&name));
        for suffix in ["-wal", "-shm"] {
            let mut current = db.as_os_str().to_owned();
            current.push(suffix);
            swap.replace(PathBuf::from(current), None, aside_dir.join(format!("{name}{suffix}")));
        }
        let key_name = key_info_path(&aside_dir.join(&name));
        swap.replace(key_info_path(db), encrypted.then(|| staged_key.clone()), key_name);
        swap.replace(
            dir.join("attachments"),
            Some(staging.join("attachments")),
            aside_dir.join("attachments"),
        );
        swap.commit()?;
        let pass = passphrase.filter(|_| encrypted);
        let check =
            Store::open_unrecovered(db, pass, &StoreOptions::default()).and_then(|s| s.integrity_check());
        if let Err(e) = check {
            swap.rollback()?;
            return Err(e);
        }
        swap.finish()?;
        Ok(ArchiveSummary {
            path: archive.to_path_buf(),
            encrypted,
            schema_version: manifest.schema_version,
            attachments,
            bytes: std::fs::metadata(archive).map(|m| m.len()).unwrap_or(0),
            previous: had_store.then(|| aside_dir.join(&name)),
        })
    })();
    let _ = std::fs::remove_dir_all(&staging);
    result
}

/// Checks an archive without importing it: structure, sizes, manifest hashes.
/// Used by tests on hostile input; writes only into a temporary folder.
#[doc(hidden)]
pub fn check_archive(archive: &Path, scratch: &Path) -> Result<(), StoreError> {
    let _ = std::fs::remove_dir_all(scratch);
    std::fs::create_dir_all(scratch).map_err(io_err(scratch))?;
    let r = unpack(archive, scratch, DATABASE).map(|_| ());
    let _ = std::fs::remove_dir_all(scratch);
    r
}
