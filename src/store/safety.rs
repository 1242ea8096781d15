//! Keeping the data safe on disk: backups, restore, turning encryption on,
//! changing the passphrase, and the crash-safe swap they all end with.
//!
//! Nothing here changes a store in place. A new version of the store is
//! written to a staging folder, opened and checked there (integrity check,
//! hash chain, every attachment decrypted and hashed, row counts), and only
//! then swapped in by renames recorded in a journal (`<name>.swap`). If the
//! process dies half-way, the next open finds the journal and puts every file
//! back where it was. The old files are kept until the new ones are verified.

use super::crypto::{KeyInfo, Passphrase, StoreKeys, key_info_path};
use super::{SCHEMA_VERSION, Store, StoreError, StoreOptions};
use crate::request::chain::sha256_hex;
use chrono::NaiveDate;
use rusqlite::{Connection, OpenFlags, params};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Folder (inside the data folder) where backups are written.
pub const BACKUPS_DIR: &str = "backups";
/// How many daily backups are kept; older ones are deleted.
pub const DAILY_BACKUPS_KEPT: usize = 7;
/// Where a new version of the store is assembled before it is swapped in.
pub(super) const STAGING_DIR: &str = ".rightsdesk-staging";
/// Where replaced files wait until the new ones are verified.
const OLD_DIR: &str = ".rightsdesk-old";

fn io_err(path: &Path) -> impl Fn(std::io::Error) -> StoreError + '_ {
    move |source| StoreError::Io { path: path.display().to_string(), source }
}

/// The folder a database file lives in.
pub(super) fn data_dir_of(db: &Path) -> PathBuf {
    db.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new(".")).to_path_buf()
}

fn file_name_of(db: &Path) -> String {
    db.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| super::DB_FILE_NAME.into())
}

/// Appends `suffix` to a file name (`x.sqlite3` → `x.sqlite3-wal`).
fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}

/// The journal of an unfinished swap of the store at `db`.
pub(super) fn swap_journal_path(db: &Path) -> PathBuf {
    db.with_extension("swap")
}

/// Whether a file that is not a plain SQLite file looks encrypted (no long
/// printable run in its first 4 KiB): used only to word a report.
fn looks_encrypted(path: &Path) -> bool {
    use std::io::Read;
    let mut head = vec![0u8; 4096];
    let n = std::fs::File::open(path).and_then(|mut f| f.read(&mut head)).unwrap_or(0);
    let mut run = 0;
    for &b in &head[..n] {
        run = if b.is_ascii_graphic() || b == b' ' { run + 1 } else { 0 };
        if run >= 32 {
            return false;
        }
    }
    n > 0
}

/// Whether the file starts like an unencrypted SQLite database.
pub(super) fn has_plain_header(path: &Path) -> bool {
    use std::io::Read;
    let mut head = [0u8; 16];
    std::fs::File::open(path).and_then(|mut f| f.read_exact(&mut head)).is_ok()
        && &head == b"SQLite format 3\0"
}

/// Flushes a folder's entries (renames, new files) to disk.
pub(super) fn sync_dir(dir: &Path) -> Result<(), StoreError> {
    std::fs::File::open(dir).and_then(|f| f.sync_all()).map_err(io_err(dir))
}

/// Writes a whole file so that it is either the old or the new version after a crash.
pub(super) fn write_file_durably(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let tmp = with_suffix(path, ".tmp");
    std::fs::write(&tmp, bytes).map_err(io_err(&tmp))?;
    std::fs::File::open(&tmp).and_then(|f| f.sync_all()).map_err(io_err(&tmp))?;
    std::fs::rename(&tmp, path).map_err(io_err(path))?;
    sync_dir(&data_dir_of(path))
}

fn exists(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok()
}

fn remove_path(path: &Path) -> Result<(), StoreError> {
    match std::fs::symlink_metadata(path) {
        Ok(m) if m.is_dir() => std::fs::remove_dir_all(path).map_err(io_err(path)),
        Ok(_) => std::fs::remove_file(path).map_err(io_err(path)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(io_err(path)(e)),
    }
}

/// Removes a file or folder after overwriting every regular file in it with
/// zeros (and syncing), so the old bytes do not stay in the freed blocks where
/// the filesystem writes in place. Symbolic links are removed, never followed.
pub(super) fn wipe_path(path: &Path) -> Result<(), StoreError> {
    let meta = match std::fs::symlink_metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(io_err(path)(e)),
    };
    if meta.is_dir() {
        for entry in std::fs::read_dir(path).map_err(io_err(path))? {
            wipe_path(&entry.map_err(io_err(path))?.path())?;
        }
        return std::fs::remove_dir(path).map_err(io_err(path));
    }
    if meta.is_file() && meta.len() > 0 {
        overwrite_with_zeros(path, meta.len()).map_err(io_err(path))?;
    }
    std::fs::remove_file(path).map_err(io_err(path))
}

fn overwrite_with_zeros(path: &Path, len: u64) -> std::io::Result<()> {
    use std::io::{Seek, Write};
    let mut f = std::fs::OpenOptions::new().write(true).open(path)?;
    f.seek(std::io::SeekFrom::Start(0))?;
    let zeros = [0u8; 64 * 1024];
    let mut left = len;
    while left > 0 {
        let n = left.min(zeros.len() as u64) as usize;
        f.write_all(&zeros[..n])?;
        left -= n as u64;
    }
    f.sync_all()
}

fn fresh_dir(path: &Path) -> Result<(), StoreError> {
    remove_path(path)?;
    std::fs::create_dir_all(path).map_err(io_err(path))
}

/// Gives a connection its SQLCipher key (or none).
pub(super) fn key_connection(
    conn: &Connection,
    schema: &str,
    keys: Option<&StoreKeys>,
) -> Result<(), StoreError> {
    if let Some(keys) = keys {
        let sql =
            zeroize::Zeroizing::new(format!("PRAGMA {schema}.key = \"{}\";", keys.sqlcipher_key().as_str()));
        conn.execute_batch(&sql).map_err(StoreError::from_sqlite)?;
    }
    Ok(())
}

fn path_text(path: &Path) -> Result<&str, StoreError> {
    path.to_str().ok_or_else(|| {
        io_err(path)(std::io::Error::new(std::io::ErrorKind::InvalidInput, "the path is not valid Unicode"))
    })
}

/// Opens a database file read-only with its key and checks that it is a whole
/// RightsDesk store this version can read. Writes nothing.
pub(super) fn check_database_file(path: &Path, keys: Option<&StoreKeys>) -> Result<i64, StoreError> {
    if std::fs::metadata(path).map_err(io_err(path))?.len() == 0 {
        return Err(StoreError::NotADatabase("the file is empty".into()));
    }
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI,
    )
    .map_err(StoreError::from_sqlite)?;
    conn.pragma_update(None, "cipher_log_level", "NONE").map_err(StoreError::from_sqlite)?;
    key_connection(&conn, "main", keys)?;
    let tables: i64 = conn
        .query_row("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'events'", [], |r| {
            r.get(0)
        })
        .map_err(StoreError::from_sqlite)?;
    let check: String =
        conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).map_err(StoreError::from_sqlite)?;
    if check != "ok" {
        return Err(StoreError::Corrupt(check));
    }
    let version: i64 =
        conn.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(StoreError::from_sqlite)?;
    if version > SCHEMA_VERSION {
        return Err(StoreError::NewerSchema { found: version, supported: SCHEMA_VERSION });
    }
    if version < 1 || tables == 0 {
        return Err(StoreError::NotADatabase("a SQLite file, but not a RightsDesk store".into()));
    }
    Ok(version)
}

/// Copies the database at `src` (key `src_keys`) into a new file `dst` encrypted
/// with `dst_keys` (or plain), with `sqlcipher_export`. `src` is only read.
pub(super) fn export_database(
    src: &Path,
    src_keys: Option<&StoreKeys>,
    dst: &Path,
    dst_keys: Option<&StoreKeys>,
) -> Result<(), StoreError> {
    for p in
        [dst.to_path_buf(), with_suffix(dst, "-wal"), with_suffix(dst, "-shm"), with_suffix(dst, "-journal")]
    {
        remove_path(&p)?;
    }
    let conn = Connection::open(dst).map_err(StoreError::from_sqlite)?;
    conn.pragma_update(None, "cipher_log_level", "NONE").map_err(StoreError::from_sqlite)?;
    key_connection(&conn, "main", dst_keys)?;
    let src_key = src_keys.map(|k| k.sqlcipher_key()).unwrap_or_default();
    conn.execute("ATTACH DATABASE ?1 AS src KEY ?2", params![path_text(src)?, src_key.as_str()])
        .map_err(StoreError::from_sqlite)?;
    let version: i64 =
        conn.query_row("PRAGMA src.user_version", [], |r| r.get(0)).map_err(StoreError::from_sqlite)?;
    conn.query_row("SELECT sqlcipher_export('main', 'src')", [], |_| Ok(()))
        .map_err(StoreError::from_sqlite)?;
    // sqlcipher_export copies schema and rows but not the schema version.
    conn.pragma_update(None, "user_version", version).map_err(StoreError::from_sqlite)?;
    conn.execute_batch("DETACH DATABASE src").map_err(StoreError::from_sqlite)?;
    drop(conn);
    std::fs::File::open(dst).and_then(|f| f.sync_all()).map_err(io_err(dst))
}

/// A backup file found in the backups folder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct BackupInfo {
    pub path: PathBuf,
    pub kind: BackupKind,
    pub size: u64,
    /// Last modified, RFC 3339 UTC.
    pub modified: Option<String>,
    /// Whether it is encrypted (it then has a `.keyinfo` file beside it).
    pub encrypted: bool,
}

/// Why a backup was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum BackupKind {
    /// The first open of a day.
    Daily,
    /// Just before a schema upgrade.
    PreMigration,
    /// Anything else put in the folder (a manual backup).
    Other,
}

/// Backups in `<data_dir>/backups/`, newest first. The copies of a replaced
/// store kept in `before-restore-*` / `before-import-*` folders are not listed:
/// they may be the very store that was damaged.
pub fn list_backups(data_dir: &Path) -> Result<Vec<BackupInfo>, StoreError> {
    let dir = data_dir.join(BACKUPS_DIR);
    let entries = match std::fs::read_dir(&dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(io_err(&dir)(e)),
    };
    let mut out = Vec::new();
    for entry in entries {
        let entry = entry.map_err(io_err(&dir))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let meta = entry.metadata().map_err(io_err(&dir))?;
        if !meta.is_file() || !name.ends_with(".sqlite3") || name.starts_with('.') {
            continue;
        }
        let kind = if name.starts_with("daily-") {
            BackupKind::Daily
        } else if name.starts_with("pre-migration-") {
            BackupKind::PreMigration
        } else {
            BackupKind::Other
        };
        let modified = meta.modified().ok().map(|t| {
            chrono::DateTime::<chrono::Utc>::from(t).to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
        });
        let path = entry.path();
        let encrypted = key_info_path(&path).exists();
        out.push((meta.modified().ok(), BackupInfo { path, kind, size: meta.len(), modified, encrypted }));
    }
    out.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| b.1.path.cmp(&a.1.path)));
    Ok(out.into_iter().map(|(_, b)| b).collect())
}

/// The newest backup in `<data_dir>/backups/`, to offer when the store cannot be opened.
pub fn latest_backup(data_dir: &Path) -> Option<PathBuf> {
    list_backups(data_dir).ok()?.into_iter().next().map(|b| b.path)
}

impl Store {
    /// Writes a consistent copy of the open store to `dest` with SQLite's online
    /// backup API (same encryption; an encrypted copy gets its `.keyinfo` beside
    /// it). The copy is checked before it takes the name `dest`.
    pub fn backup_to(&self, dest: &Path) -> Result<(), StoreError> {
        let dir = data_dir_of(dest);
        std::fs::create_dir_all(&dir).map_err(io_err(&dir))?;
        let tmp = dir.join(format!(".{}.tmp", file_name_of(dest)));
        for p in [tmp.clone(), with_suffix(&tmp, "-journal")] {
            remove_path(&p)?;
        }
        {
            let mut dst = Connection::open(&tmp).map_err(StoreError::from_sqlite)?;
            dst.pragma_update(None, "cipher_log_level", "NONE").map_err(StoreError::from_sqlite)?;
            key_connection(&dst, "main", self.keys.as_deref())?;
            {
                let backup =
                    rusqlite::backup::Backup::new(&self.conn, &mut dst).map_err(StoreError::from_sqlite)?;
                backup
                    .run_to_completion(256, std::time::Duration::from_millis(5), None)
                    .map_err(StoreError::from_sqlite)?;
            }
            // A backup is one self-contained file: no WAL beside it.
            let _: String = dst
                .query_row("PRAGMA journal_mode=DELETE", [], |r| r.get(0))
                .map_err(StoreError::from_sqlite)?;
            let check: String =
                dst.query_row("PRAGMA quick_check", [], |r| r.get(0)).map_err(StoreError::from_sqlite)?;
            if check != "ok" {
                return Err(StoreError::Corrupt(format!("the new backup fails its check: {check}")));
            }
        }
        std::fs::File::open(&tmp).and_then(|f| f.sync_all()).map_err(io_err(&tmp))?;
        let sidecar = key_info_path(dest);
        match &self.key_info {
            Some(info) => info.write(&sidecar)?,
            None => remove_path(&sidecar)?,
        }
        std::fs::rename(&tmp, dest).map_err(io_err(dest))?;
        sync_dir(&dir)
    }

    fn backups_dir(&self) -> Option<PathBuf> {
        self.path.as_deref().map(|p| data_dir_of(p).join(BACKUPS_DIR))
    }

    /// The day's automatic backup: made on the first open of `today`, into
    /// `backups/daily-<today>.sqlite3`; only the newest [`DAILY_BACKUPS_KEPT`]
    /// are kept. Returns the new file, or `None` if today's exists already.
    pub fn auto_backup(&self, today: NaiveDate) -> Result<Option<PathBuf>, StoreError> {
        let Some(dir) = self.backups_dir() else { return Ok(None) };
        if self.conn.is_readonly(rusqlite::MAIN_DB).map_err(StoreError::from_sqlite)? {
            return Ok(None);
        }
        let dest = dir.join(format!("daily-{today}.sqlite3"));
        if dest.exists() {
            return Ok(None);
        }
        self.backup_to(&dest)?;
        let mut daily: Vec<PathBuf> = std::fs::read_dir(&dir)
            .map_err(io_err(&dir))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                let n = file_name_of(p);
                n.starts_with("daily-") && n.ends_with(".sqlite3")
            })
            .collect();
        daily.sort();
        let excess = daily.len().saturating_sub(DAILY_BACKUPS_KEPT);
        for old in &daily[..excess] {
            remove_path(old)?;
            remove_path(&key_info_path(old))?;
        }
        Ok(Some(dest))
    }

    /// A copy of the store as it is before a schema upgrade from `from`.
    pub(super) fn backup_before_migration(&self, from: i64) -> Result<PathBuf, StoreError> {
        let dir = self.backups_dir().expect("only file-backed stores migrate with a backup");
        let mut dest = dir.join(format!("pre-migration-v{from}-to-v{SCHEMA_VERSION}.sqlite3"));
        let mut n = 2;
        while dest.exists() {
            dest = dir.join(format!("pre-migration-v{from}-to-v{SCHEMA_VERSION}-{n}.sqlite3"));
            n += 1;
        }
        self.backup_to(&dest)?;
        Ok(dest)
    }

    /// Row count of every table: what must survive a rewrite unchanged.
    pub fn table_counts(&self) -> Result<BTreeMap<String, i64>, StoreError> {
        let names: Vec<String> = {
            let mut stmt = self
                .conn
                .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
                .map_err(StoreError::from_sqlite)?;
            let rows = stmt.query_map([], |r| r.get(0)).map_err(StoreError::from_sqlite)?;
            rows.collect::<Result<_, _>>().map_err(StoreError::from_sqlite)?
        };
        let mut out = BTreeMap::new();
        for name in names {
            let n: i64 = self
                .conn
                .query_row(&format!("SELECT count(*) FROM \"{}\"", name.replace('"', "\"\"")), [], |r| {
                    r.get(0)
                })
                .map_err(StoreError::from_sqlite)?;
            out.insert(name, n);
        }
        Ok(out)
    }

    /// Points the attachments folder elsewhere (checking a staged copy against the real files).
    pub(super) fn set_attachments_dir(&mut self, dir: PathBuf) {
        self.attachments_dir = Some(dir);
    }

    /// Writes everything in the write-ahead log into the main file.
    pub fn checkpoint(&self) -> Result<(), StoreError> {
        self.conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)").map_err(StoreError::from_sqlite)
    }
}

/// One rename of a swap: `current` goes to `aside`, then `staged` (if any) becomes `current`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct SwapStep {
    current: PathBuf,
    aside: PathBuf,
    staged: Option<PathBuf>,
    had_current: bool,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct SwapJournal {
    format: String,
    steps: Vec<SwapStep>,
}

/// A set of renames that either all happen or are all undone, even across a crash.
pub(super) struct Swap {
    journal: PathBuf,
    steps: Vec<SwapStep>,
}

impl Swap {
    pub(super) fn new(db: &Path) -> Swap {
        Swap { journal: swap_journal_path(db), steps: Vec::new() }
    }

    /// Moves `current` to `aside` and, if given, `staged` to `current`.
    pub(super) fn replace(&mut self, current: PathBuf, staged: Option<PathBuf>, aside: PathBuf) {
        self.steps.push(SwapStep { current, aside, staged, had_current: false });
    }

    /// Records the plan durably, then renames. On an error half-way, undoes what was done.
    pub(super) fn commit(&mut self) -> Result<(), StoreError> {
        for s in &mut self.steps {
            s.had_current = exists(&s.current);
        }
        let journal = SwapJournal { format: "rightsdesk-swap-1".into(), steps: self.steps.clone() };
        write_file_durably(&self.journal, &serde_json::to_vec_pretty(&journal).expect("journal serialises"))?;
        let result = (|| {
            for (i, s) in self.steps.iter().enumerate() {
                crash_point(i);
                if s.had_current {
                    let parent = data_dir_of(&s.aside);
                    std::fs::create_dir_all(&parent).map_err(io_err(&parent))?;
                    std::fs::rename(&s.current, &s.aside).map_err(io_err(&s.current))?;
                }
                if let Some(staged) = &s.staged {
                    std::fs::rename(staged, &s.current).map_err(io_err(staged))?;
                }
                sync_dir(&data_dir_of(&s.current))?;
            }
            crash_point(self.steps.len());
            Ok(())
        })();
        if let Err(e) = result {
            let _ = self.rollback();
            return Err(e);
        }
        Ok(())
    }

    /// Puts every file back where it was and forgets the swap.
    pub(super) fn rollback(&self) -> Result<(), StoreError> {
        rollback_steps(&self.steps)?;
        remove_path(&self.journal)?;
        sync_dir(&data_dir_of(&self.journal))
    }

    /// Makes the swap final: from here the new files are the store.
    pub(super) fn finish(self) -> Result<(), StoreError> {
        remove_path(&self.journal)?;
        sync_dir(&data_dir_of(&self.journal))
    }
}

/// Test hook (debug builds only): dies like a killed process before swap step `n`,
/// so the crash tests can prove that every interruption is undone on the next open.
fn crash_point(n: usize) {
    #[cfg(debug_assertions)]
    if std::env::var("RIGHTSDESK_TEST_CRASH_AT_SWAP_STEP").ok().and_then(|v| v.parse().ok()) == Some(n) {
        std::process::abort();
    }
    let _ = n;
}

fn rollback_steps(steps: &[SwapStep]) -> Result<(), StoreError> {
    for s in steps.iter().rev() {
        if exists(&s.aside) {
            remove_path(&s.current)?;
            std::fs::rename(&s.aside, &s.current).map_err(io_err(&s.aside))?;
        } else if !s.had_current && s.staged.is_some() && exists(&s.current) {
            remove_path(&s.current)?;
        }
        sync_dir(&data_dir_of(&s.current))?;
    }
    Ok(())
}

fn step_paths(s: &SwapStep) -> impl Iterator<Item = &PathBuf> {
    [Some(&s.current), Some(&s.aside), s.staged.as_ref()].into_iter().flatten()
}

/// Whether `path` is `dir` or below it, judged on the path's components (no
/// `..`, the same root), without following links.
fn lies_inside(path: &Path, dir: &Path) -> bool {
    use std::path::Component;
    let plain = |p: &Path| p.components().all(|c| !matches!(c, Component::ParentDir));
    let abs = |p: &Path| {
        if p.is_absolute() { p.to_path_buf() } else { std::env::current_dir().unwrap_or_default().join(p) }
    };
    let (path, dir) = (abs(path), abs(dir));
    plain(&path) && plain(&dir) && path.starts_with(&dir) && path != dir
}

/// Undoes a swap that a crash interrupted (its journal is still there), and
/// clears leftovers of a finished one. Called by every read-write open.
pub(super) fn recover_interrupted_swap(db: &Path) -> Result<bool, StoreError> {
    let journal_path = swap_journal_path(db);
    let dir = data_dir_of(db);
    let mut recovered = false;
    if journal_path.exists() {
        let bytes = std::fs::read(&journal_path).map_err(io_err(&journal_path))?;
        let journal: SwapJournal = serde_json::from_slice(&bytes).map_err(|e| {
            StoreError::Corrupt(format!(
                "the journal {} of an interrupted swap is damaged: {e}",
                journal_path.display()
            ))
        })?;
        // A journal is data in the folder: it may only move files inside the folder.
        if let Some(outside) = journal.steps.iter().flat_map(step_paths).find(|p| !lies_inside(p, &dir)) {
            return Err(StoreError::Corrupt(format!(
                "the journal {} of an interrupted swap names {}, outside the data folder; nothing was moved",
                journal_path.display(),
                outside.display()
            )));
        }
        rollback_steps(&journal.steps)?;
        remove_path(&journal_path)?;
        sync_dir(&dir)?;
        recovered = true;
    }
    for leftover in [STAGING_DIR, OLD_DIR] {
        remove_path(&dir.join(leftover))?;
    }
    Ok(recovered)
}

/// What a change of encryption did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct RewriteReport {
    /// Rows per table, identical before and after.
    #[cfg_attr(feature = "ts", ts(type = "Record<string, number>"))]
    pub rows: BTreeMap<String, i64>,
    pub attachments: usize,
    /// Backups and kept copies (`before-restore-*`, `before-import-*`)
    /// re-encrypted along with the store.
    pub backups_converted: usize,
    /// Copies in the data folder that could not be converted and were left as
    /// they were: the user is told which, why, and what to do.
    pub left: Vec<LeftCopy>,
}

/// A copy of the store in the data folder that a change of encryption could not convert.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct LeftCopy {
    pub path: PathBuf,
    pub reason: LeftReason,
    /// The file is not encrypted: whoever can read the data folder can read it.
    pub plaintext: bool,
}

/// Why a copy was left as it was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum LeftReason {
    /// Encrypted under another passphrase (an older one, or another store's).
    OtherPassphrase,
    /// Damaged or not a RightsDesk store.
    Unreadable,
}

/// A copy of the store kept in the data folder: a backup, or the database a
/// restore or an import replaced (with that store's attachments, for an import).
struct KeptCopy {
    db: PathBuf,
    attachments: Option<PathBuf>,
}

/// Every copy of the store in `<dir>/backups/`: the backups themselves and the
/// databases inside its folders (`before-restore-*`, `before-import-*` …).
/// Files that are neither a plain SQLite file nor an encrypted one with its
/// key file are returned in `unknown`.
fn kept_copies(dir: &Path) -> Result<(Vec<KeptCopy>, Vec<PathBuf>), StoreError> {
    let mut copies: Vec<KeptCopy> =
        list_backups(dir)?.into_iter().map(|b| KeptCopy { db: b.path, attachments: None }).collect();
    let mut unknown = Vec::new();
    let backups = dir.join(BACKUPS_DIR);
    let Ok(entries) = std::fs::read_dir(&backups) else { return Ok((copies, unknown)) };
    let mut folders: Vec<PathBuf> = entries
        .filter_map(|e| e.ok())
        .filter(|e| {
            e.file_type().is_ok_and(|t| t.is_dir()) && !e.file_name().to_string_lossy().starts_with('.')
        })
        .map(|e| e.path())
        .collect();
    folders.sort();
    for folder in folders {
        let mut files: Vec<PathBuf> = std::fs::read_dir(&folder)
            .map_err(io_err(&folder))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        files.sort();
        let attachments = Some(folder.join("attachments")).filter(|a| a.is_dir());
        for file in files {
            let name = file_name_of(&file);
            let side = ["-wal", "-shm", "-journal", ".keyinfo", ".tmp"].iter().any(|s| name.ends_with(s));
            if !std::fs::symlink_metadata(&file).is_ok_and(|m| m.is_file()) || side || name.starts_with('.') {
                continue;
            }
            if has_plain_header(&file) || key_info_path(&file).exists() {
                copies.push(KeptCopy { db: file, attachments: attachments.clone() });
            } else {
                unknown.push(file);
            }
        }
    }
    Ok((copies, unknown))
}

/// Re-encrypts the attachment files `hashes` (plaintext SHA-256s, from the
/// database) from `src` (key `from`) into `dst` (key `to`), each under its name
/// for `to`. A file is looked for under its name for `from`, then under its
/// plaintext hash (an encrypted store from before keyed names). Only files
/// whose content still matches their hash are carried over.
pub(super) fn reseal_attachments(
    src: &Path,
    from: Option<&StoreKeys>,
    dst: &Path,
    to: Option<&StoreKeys>,
    hashes: &[String],
) -> Result<usize, StoreError> {
    use super::events::{blob_path, legacy_blob_path};
    fresh_dir(dst)?;
    let mut count = 0;
    for sha in hashes {
        let found = [blob_path(src, from, sha), legacy_blob_path(src, sha)].into_iter().find(|p| p.is_file());
        let Some(file) = found else { continue };
        let bytes = std::fs::read(&file).map_err(io_err(&file))?;
        let plain = match from {
            Some(k) => match k.open(sha, &bytes) {
                Ok(p) => zeroize::Zeroizing::new(p),
                Err(_) => continue,
            },
            None => zeroize::Zeroizing::new(bytes),
        };
        if sha256_hex(&plain) != *sha {
            continue; // damaged: verify reports it
        }
        let out = blob_path(dst, to, sha);
        let out_dir = data_dir_of(&out);
        std::fs::create_dir_all(&out_dir).map_err(io_err(&out_dir))?;
        match to {
            Some(k) => std::fs::write(&out, k.seal(sha, &plain)?),
            None => std::fs::write(&out, &*plain),
        }
        .map_err(io_err(&out))?;
        std::fs::File::open(&out).and_then(|f| f.sync_all()).map_err(io_err(&out))?;
        count += 1;
    }
    Ok(count)
}

/// The attachment hashes a database file refers to.
pub(super) fn hashes_in(db: &Path, keys: Option<&StoreKeys>) -> Result<Vec<String>, StoreError> {
    let conn =
        Connection::open_with_flags(db, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)
            .map_err(StoreError::from_sqlite)?;
    conn.pragma_update(None, "cipher_log_level", "NONE").map_err(StoreError::from_sqlite)?;
    key_connection(&conn, "main", keys)?;
    super::events::attachment_hashes(&conn)
}

/// Opens a store, proves it whole, and returns what must be identical afterwards.
fn whole_store_fingerprint(store: &Store) -> Result<(BTreeMap<String, i64>, Vec<String>), StoreError> {
    store.integrity_check()?;
    let report = store.verify()?;
    if !report.is_intact() {
        return Err(StoreError::Corrupt(format!(
            "{} record(s) no longer match their hashes (run `rightsdesk verify`)",
            report.problems.len()
        )));
    }
    Ok((store.table_counts()?, report.digests.into_iter().map(|(_, d)| d).collect()))
}

/// Rewrites the whole store under new encryption: `from` unlocks it now (None:
/// plain), `to` is the new passphrase (None: plain). Encrypting, re-keying and
/// decrypting are all this. The store must be closed by its other users.
pub fn rewrite_store(
    db: &Path,
    from: Option<&Passphrase>,
    to: Option<&Passphrase>,
    options: &StoreOptions,
) -> Result<RewriteReport, StoreError> {
    recover_interrupted_swap(db)?;
    let dir = data_dir_of(db);
    let name = file_name_of(db);
    let staging = dir.join(STAGING_DIR);
    let old = dir.join(OLD_DIR);
    let result = (|| {
        let current = Store::open_unrecovered(db, from, options)?;
        let (rows, digests) = whole_store_fingerprint(&current)?;
        current.checkpoint()?;
        let hashes = current.attachment_hashes()?;
        let old_keys: Option<std::sync::Arc<StoreKeys>> = current.keys.clone();
        drop(current);

        let new = match to {
            Some(p) => {
                p.check_strength()?;
                Some(KeyInfo::create(p, options.kdf)?)
            }
            None => None,
        };
        let new_keys = new.as_ref().map(|(_, k)| k);
        fresh_dir(&staging)?;
        let staged_db = staging.join(&name);
        export_database(db, old_keys.as_deref(), &staged_db, new_keys)?;
        if let Some((info, _)) = &new {
            info.write(&key_info_path(&staged_db))?;
        }
        let attachments = reseal_attachments(
            &dir.join("attachments"),
            old_keys.as_deref(),
            &staging.join("attachments"),
            new_keys,
            &hashes,
        )?;

        // Backups and the copies kept by restores and imports follow the store, so
        // no copy stays under the old key (or in plain text).
        let mut swap = Swap::new(db);
        let mut converted: Vec<(KeptCopy, PathBuf, Option<PathBuf>)> = Vec::new();
        let (copies, unknown) = kept_copies(&dir)?;
        let mut left: Vec<LeftCopy> = unknown
            .into_iter()
            .map(|path| LeftCopy { plaintext: !looks_encrypted(&path), path, reason: LeftReason::Unreadable })
            .collect();
        let staged_copies = staging.join(BACKUPS_DIR);
        for (i, copy) in copies.into_iter().enumerate() {
            let keys = match KeyInfo::read(&key_info_path(&copy.db)) {
                Ok(Some(info)) => match from.map(|p| info.unlock(p)) {
                    Some(Ok(k)) => Some(k),
                    _ => {
                        left.push(LeftCopy {
                            path: copy.db,
                            reason: LeftReason::OtherPassphrase,
                            plaintext: false,
                        });
                        continue;
                    }
                },
                Ok(None) if has_plain_header(&copy.db) => None,
                _ => {
                    let plaintext = has_plain_header(&copy.db);
                    left.push(LeftCopy { path: copy.db, reason: LeftReason::Unreadable, plaintext });
                    continue;
                }
            };
            let slot = staged_copies.join(i.to_string());
            fresh_dir(&slot)?;
            let staged = slot.join(file_name_of(&copy.db));
            let ok = export_database(&copy.db, keys.as_ref(), &staged, new_keys)
                .and_then(|_| check_database_file(&staged, new_keys).map(|_| ()));
            if ok.is_err() {
                left.push(LeftCopy {
                    plaintext: keys.is_none(),
                    path: copy.db,
                    reason: LeftReason::Unreadable,
                });
                continue;
            }
            if let Some((info, _)) = &new {
                info.write(&key_info_path(&staged))?;
            }
            let staged_attachments = match &copy.attachments {
                Some(src) => {
                    let dst = slot.join("attachments");
                    let hashes = hashes_in(&staged, new_keys)?;
                    reseal_attachments(src, keys.as_ref(), &dst, new_keys, &hashes)?;
                    Some(dst)
                }
                None => None,
            };
            converted.push((copy, staged, staged_attachments));
        }

        // Check the staged store exactly as it will be opened.
        {
            let staged = Store::open_unrecovered(&staged_db, to, options)?;
            let (rows_after, digests_after) = whole_store_fingerprint(&staged)?;
            if rows_after != rows || digests_after != digests {
                return Err(StoreError::Corrupt(format!(
                    "the re-encrypted copy differs (rows {rows:?} → {rows_after:?}); nothing was changed"
                )));
            }
            staged.checkpoint()?;
        }

        fresh_dir(&old)?;
        swap.replace(db.to_path_buf(), Some(staged_db.clone()), old.join(&name));
        for suffix in ["-wal", "-shm"] {
            swap.replace(with_suffix(db, suffix), None, old.join(format!("{name}{suffix}")));
        }
        let key_name = file_name_of(&key_info_path(db));
        swap.replace(key_info_path(db), new.as_ref().map(|_| key_info_path(&staged_db)), old.join(&key_name));
        swap.replace(dir.join("attachments"), Some(staging.join("attachments")), old.join("attachments"));
        for (i, (copy, staged, staged_attachments)) in converted.iter().enumerate() {
            let original = &copy.db;
            let aside = old.join(BACKUPS_DIR).join(format!("{i}-{}", file_name_of(original)));
            swap.replace(original.clone(), Some(staged.clone()), aside.clone());
            for suffix in ["-wal", "-shm", "-journal"] {
                swap.replace(with_suffix(original, suffix), None, with_suffix(&aside, suffix));
            }
            swap.replace(
                key_info_path(original),
                new.as_ref().map(|_| key_info_path(staged)),
                aside.with_extension("keyinfo"),
            );
            if let (Some(src), Some(dst)) = (&copy.attachments, staged_attachments)
                && !converted[..i].iter().any(|(c, _, _)| c.attachments.as_ref() == Some(src))
            {
                swap.replace(
                    src.clone(),
                    Some(dst.clone()),
                    old.join(BACKUPS_DIR).join(format!("{i}-attachments")),
                );
            }
        }
        swap.commit()?;
        let check = Store::open_unrecovered(db, to, options).and_then(|s| {
            let (rows_after, _) = whole_store_fingerprint(&s)?;
            if rows_after == rows { Ok(()) } else { Err(StoreError::Corrupt("row counts changed".into())) }
        });
        if let Err(e) = check {
            swap.rollback()?;
            return Err(e);
        }
        swap.finish()?;
        Ok(RewriteReport { rows, attachments, backups_converted: converted.len(), left })
    })();
    // The old files (possibly plain text) go only once the new ones are the store,
    // overwritten before they are unlinked.
    let _ = wipe_path(&staging);
    let _ = wipe_path(&old);
    result
}

/// What a restore did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct RestoreReport {
    /// Where the replaced store was kept (`None` if there was none).
    pub previous: Option<PathBuf>,
    /// Schema version of the restored file before any upgrade.
    pub restored_version: i64,
}

/// The keys a backup file needs: from its own `.keyinfo`, else plain, else the store's.
fn keys_for_file(
    file: &Path,
    passphrase: Option<&Passphrase>,
    current: Option<&StoreKeys>,
) -> Result<Option<StoreKeys>, StoreError> {
    match KeyInfo::read(&key_info_path(file))? {
        Some(info) => match passphrase {
            Some(p) => info.unlock(p).map(Some),
            None => Err(StoreError::Locked),
        },
        None if has_plain_header(file) => Ok(None),
        // An encrypted copy without its key file: perhaps under the store's own key.
        None => Ok(current.map(|k| k.duplicate())),
    }
}

/// A name in `dir` that does not exist yet: `base`, `base-2`, …
fn unused_name(dir: &Path, base: &str) -> PathBuf {
    let mut p = dir.join(base);
    let mut n = 2;
    while exists(&p) {
        p = dir.join(format!("{base}-{n}"));
        n += 1;
    }
    p
}

/// The current store's keys, from its key file and passphrase (the database need not open).
pub(super) fn current_keys(
    db: &Path,
    passphrase: Option<&Passphrase>,
) -> Result<Option<StoreKeys>, StoreError> {
    match (KeyInfo::read(&key_info_path(db))?, passphrase) {
        (Some(info), Some(p)) => info.unlock(p).map(Some),
        (Some(_), None) => Err(StoreError::Locked),
        (None, _) => Ok(None),
    }
}

/// Replaces the store's database by a backup file, after checking the file
/// (read-only: integrity check, schema version), copying it beside the store in
/// the store's own encryption, and checking the copy (integrity, hash chain
/// against the attachments). The replaced database is kept in
/// `backups/before-restore-<stamp>/`. `stamp` names that folder.
pub fn restore_database(
    db: &Path,
    file: &Path,
    file_passphrase: Option<&Passphrase>,
    passphrase: Option<&Passphrase>,
    stamp: &str,
) -> Result<RestoreReport, StoreError> {
    recover_interrupted_swap(db)?;
    let refused = |e: StoreError| match e {
        StoreError::WrongPassphrase | StoreError::Locked => e,
        other => StoreError::BackupRefused { path: file.display().to_string(), source: Box::new(other) },
    };
    let current_info = KeyInfo::read(&key_info_path(db))?;
    let store_exists = db.exists() || current_info.is_some();
    let keys = current_keys(db, passphrase)?;
    if !file.is_file() {
        return Err(refused(io_err(file)(std::io::Error::new(std::io::ErrorKind::NotFound, "no such file"))));
    }
    let file_passphrase = file_passphrase.or(passphrase);
    let file_keys = keys_for_file(file, file_passphrase, keys.as_ref()).map_err(refused)?;
    let restored_version = check_database_file(file, file_keys.as_ref()).map_err(refused)?;
    // Restoring into an existing store keeps its encryption (its attachments are
    // sealed with its key); into an empty folder, the backup's own is kept.
    let (keys, key_info, passphrase) = if store_exists {
        let encrypted = keys.is_some();
        (keys, current_info, passphrase.filter(|_| encrypted))
    } else {
        let info = KeyInfo::read(&key_info_path(file))?.filter(|_| file_keys.is_some());
        let pass = file_passphrase.filter(|_| info.is_some());
        (file_keys.as_ref().filter(|_| info.is_some()).map(|k| k.duplicate()), info, pass)
    };

    let dir = data_dir_of(db);
    let name = file_name_of(db);
    let staging = dir.join(STAGING_DIR);
    let result = (|| {
        fresh_dir(&staging)?;
        let copy = staging.join("candidate.sqlite3");
        std::fs::copy(file, &copy).map_err(io_err(&copy))?;
        check_database_file(&copy, file_keys.as_ref()).map_err(refused)?;
        let staged_db = staging.join(&name);
        export_database(&copy, file_keys.as_ref(), &staged_db, keys.as_ref()).map_err(refused)?;
        if let Some(info) = &key_info {
            info.write(&key_info_path(&staged_db))?;
        }
        {
            let options = StoreOptions::default();
            let mut staged = Store::open_unrecovered(&staged_db, passphrase, &options).map_err(refused)?;
            staged.set_attachments_dir(dir.join("attachments"));
            whole_store_fingerprint(&staged).map_err(refused)?;
            staged.checkpoint()?;
        }
        let mut swap = Swap::new(db);
        let aside_dir = unused_name(&dir.join(BACKUPS_DIR), &format!("before-restore-{stamp}"));
        let had_store = db.exists();
        if !store_exists && key_info.is_some() {
            swap.replace(
                key_info_path(db),
                Some(key_info_path(&staged_db)),
                aside_dir.join("unused.keyinfo"),
            );
        }
        swap.replace(db.to_path_buf(), Some(staged_db), aside_dir.join(&name));
        for suffix in ["-wal", "-shm"] {
            swap.replace(with_suffix(db, suffix), None, aside_dir.join(format!("{name}{suffix}")));
        }
        swap.commit()?;
        if had_store && let Some(info) = &key_info {
            // The kept copy needs its key file to be opened on its own.
            info.write(&key_info_path(&aside_dir.join(&name)))?;
        }
        let check = Store::open_unrecovered(db, passphrase, &StoreOptions::default())
            .and_then(|s| s.integrity_check());
        if let Err(e) = check {
            swap.rollback()?;
            return Err(e);
        }
        swap.finish()?;
        Ok(RestoreReport { previous: had_store.then(|| aside_dir.join(&name)), restored_version })
    })();
    let _ = remove_path(&staging);
    result
}
