//! Issue #8: encryption at rest, backups, restore, archives, damaged stores,
//! read-only folders and full disks.

use crate::support::*;
use rightsdesk::api::{self, DraftInput, KdfParams, LogInput, Passphrase, SendInput};
use rightsdesk::holder::HolderKind;
use rightsdesk::i18n::Locale;
use rightsdesk::ids::RequestId;
use rightsdesk::jurisdiction::Jurisdiction;
use rightsdesk::request::{EventKind, RequestKind};
use rightsdesk::store::{DB_FILE_NAME, SCHEMA_VERSION, Store, StoreError, StoreOptions, key_info_path};
use rightsdesk::{Error, ErrorCode};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const HOLDER_MARK: &str = "SECRET-HOLDER-7731";
const NOTE_MARK: &str = "SECRET-NOTE-4409";
const FILE_MARK: &[u8] = b"SECRET-ATTACHMENT-BYTES-2218";

fn pass(s: &str) -> Passphrase {
    Passphrase::new(s).unwrap()
}

fn fast() -> StoreOptions {
    StoreOptions { read_only: false, kdf: KdfParams::fast_for_tests() }
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// Every file under `dir` with the SHA-256 of its bytes.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, String> {
    files(dir).into_iter().map(|(p, b)| (p, rightsdesk::request::chain::sha256_hex(&b))).collect()
}

/// Every file under `dir` with its bytes.
fn files(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.insert(p.clone(), std::fs::read(&p).unwrap());
            }
        }
    }
    out
}

/// A holder, a sent request, a note and an attachment, all carrying marker strings.
fn fill(store: &mut Store, dir: &Path) -> RequestId {
    let h = holder(store, HOLDER_MARK, Jurisdiction::Cn, HolderKind::App);
    account(store, &h, &["13800138000"], &[]);
    let d = api::create_request(
        store,
        &DraftInput {
            holder_id: h.id,
            kind: RequestKind::Deletion,
            jurisdiction: None,
            language: Locale::ZhCn,
            reason: None,
            ground: None,
            correction: None,
            letter_date: Some(date("2026-02-10")),
            identifiers: None,
            parent_id: None,
            sender: None,
        },
        &now("2026-02-10"),
    )
    .unwrap();
    let id = d.request.id;
    api::mark_sent(
        store,
        id,
        &SendInput { date: date("2026-02-10"), channel: None, tracking: None },
        &now("2026-02-10"),
    )
    .unwrap();
    let file = dir.join("reply.txt");
    std::fs::write(&file, FILE_MARK).unwrap();
    log(store, id, NOTE_MARK, vec![file]);
    id
}

fn log(store: &mut Store, id: RequestId, text: &str, files: Vec<PathBuf>) {
    api::log_event(
        store,
        id,
        &LogInput { kind: EventKind::Note, date: date("2026-02-20"), text: text.into(), files },
        &now("2026-02-20"),
    )
    .unwrap();
}

/// What must survive any safety operation: rows per table and every chain digest.
fn fingerprint(store: &Store) -> (BTreeMap<String, i64>, Vec<String>) {
    let report = store.verify().unwrap();
    assert!(report.is_intact(), "{:?}", report.problems);
    (store.table_counts().unwrap(), report.digests.into_iter().map(|(_, d)| d).collect())
}

fn attachment_bytes(store: &Store, id: RequestId) -> Vec<u8> {
    let events = store.list_events(id).unwrap();
    // The user's file, not the copy of the letter kept when it was sent.
    let a = events
        .iter()
        .filter(|e| e.kind != rightsdesk::request::EventKind::Sent)
        .flat_map(|e| &e.attachments)
        .next()
        .expect("an attachment");
    store.read_attachment(a).unwrap()
}

fn assert_no_plaintext(dir: &Path) {
    for (path, bytes) in files(dir) {
        for mark in [HOLDER_MARK.as_bytes(), NOTE_MARK.as_bytes(), FILE_MARK] {
            assert!(
                !contains(&bytes, mark),
                "{} holds {:?} in plain text",
                path.display(),
                String::from_utf8_lossy(mark)
            );
        }
    }
}

fn encrypted_store(dir: &Path, p: &Passphrase) -> (Store, RequestId) {
    let path = dir.join(DB_FILE_NAME);
    let mut store = Store::open_with_options(&path, Some(p), &fast()).unwrap();
    let id = fill(&mut store, dir);
    (store, id)
}

#[test]
fn an_encrypted_store_is_readable_only_with_its_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(DB_FILE_NAME);
    let p = pass("correct horse battery");
    let (store, id) = encrypted_store(dir.path(), &p);
    assert!(store.is_encrypted());
    let before = fingerprint(&store);
    assert_eq!(attachment_bytes(&store, id), FILE_MARK);
    drop(store);
    std::fs::remove_file(dir.path().join("reply.txt")).unwrap();

    assert_no_plaintext(dir.path());
    let head = std::fs::read(&path).unwrap();
    assert!(!head.starts_with(b"SQLite format 3"), "an encrypted file has no plain header");
    let info = std::fs::read_to_string(key_info_path(&path)).unwrap();
    assert!(info.contains("argon2id") && !info.contains("correct horse"), "the key file holds no secret");

    let locked = Store::open(&path).err().expect("locked");
    assert!(matches!(locked, StoreError::Locked), "{locked:?}");
    assert_eq!(Error::from(locked).code(), ErrorCode::StoreLocked);
    let raw = rusqlite::Connection::open(&path).unwrap();
    let err = raw.query_row("SELECT count(*) FROM holders", [], |r| r.get::<_, i64>(0)).unwrap_err();
    assert!(err.to_string().contains("not a database"), "plain SQLite cannot read it: {err}");
    drop(raw);

    let store = Store::open_with(&path, Some(&p)).unwrap();
    assert_eq!(fingerprint(&store), before);
    assert_eq!(attachment_bytes(&store, id), FILE_MARK);
    assert_eq!(store.list_holders().unwrap()[0].fields.name, HOLDER_MARK);
}

#[test]
fn a_wrong_passphrase_is_refused_and_leaves_every_file_byte_identical() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(DB_FILE_NAME);
    drop(encrypted_store(dir.path(), &pass("correct horse battery")));
    let before = snapshot(dir.path());
    for wrong in ["correct horse batterY", "x", "correct horse battery "] {
        let err = Store::open_with(&path, Some(&pass(wrong))).err().expect("refused");
        assert!(matches!(err, StoreError::WrongPassphrase), "{err:?}");
        assert_eq!(Error::from(err).code(), ErrorCode::StoreWrongPassphrase);
    }
    let err = api::change_passphrase(
        &path,
        &pass("nope nope nope"),
        &pass("another one"),
        KdfParams::fast_for_tests(),
    )
    .unwrap_err();
    assert_eq!(err.code(), ErrorCode::StoreWrongPassphrase);
    let err = api::check_passphrase(&path, &pass("correct horse batterY")).unwrap_err();
    assert_eq!(err.code(), ErrorCode::StoreWrongPassphrase, "checked without opening");
    api::check_passphrase(&path, &pass("correct horse battery")).expect("the right passphrase fits");
    assert_eq!(snapshot(dir.path()), before, "nothing on disk changed");
    // A plain store given a passphrase says so instead of guessing.
    let plain = tempfile::tempdir().unwrap();
    drop(Store::open(&plain.path().join(DB_FILE_NAME)).unwrap());
    let err = Store::open_with(&plain.path().join(DB_FILE_NAME), Some(&pass("whatever1"))).err().unwrap();
    assert_eq!(Error::from(err).code(), ErrorCode::StoreNotEncrypted);
    let err = api::check_passphrase(&plain.path().join(DB_FILE_NAME), &pass("whatever1")).unwrap_err();
    assert_eq!(err.code(), ErrorCode::StoreNotEncrypted);
}

#[test]
fn changing_the_passphrase_re_encrypts_everything_and_keeps_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(DB_FILE_NAME);
    let old = pass("correct horse battery");
    let new = pass("a different phrase");
    let (store, id) = encrypted_store(dir.path(), &old);
    store.auto_backup(date("2026-02-20")).unwrap().expect("a daily backup");
    let before = fingerprint(&store);
    let old_blob = snapshot(&dir.path().join("attachments"));
    drop(store);

    let err = api::change_passphrase(&path, &old, &pass("short"), KdfParams::fast_for_tests()).unwrap_err();
    assert_eq!(err.code(), ErrorCode::PassphraseTooShort);
    let report = api::change_passphrase(&path, &old, &new, KdfParams::fast_for_tests()).unwrap();
    assert_eq!(report.attachments, 2, "the reply's file and the letter as sent");
    assert_eq!(report.backups_converted, 1, "the daily backup follows the new passphrase");

    assert!(matches!(Store::open_with(&path, Some(&old)), Err(StoreError::WrongPassphrase)));
    let store = Store::open_with(&path, Some(&new)).unwrap();
    assert_eq!(fingerprint(&store), before);
    assert_eq!(attachment_bytes(&store, id), FILE_MARK);
    assert_ne!(snapshot(&dir.path().join("attachments")), old_blob, "attachments were sealed again");
    drop(store);
    for leftover in [".rightsdesk-staging", ".rightsdesk-old", "rightsdesk.swap"] {
        assert!(!dir.path().join(leftover).exists(), "{leftover} was cleaned up");
    }
    // The converted backup restores with the new passphrase.
    let backup = api::latest_backup(dir.path()).unwrap();
    api::restore_backup(&path, &backup, Some(&new), None, &now("2026-02-21")).unwrap();
    let store = Store::open_with(&path, Some(&new)).unwrap();
    assert_eq!(fingerprint(&store), before);
}

#[test]
fn encrypting_an_existing_plain_store_keeps_every_record_attachment_and_backup() {
    let (dir, mut store) = temp_store();
    let path = dir.path().join(DB_FILE_NAME);
    let id = fill(&mut store, dir.path());
    store.auto_backup(date("2026-02-20")).unwrap().expect("a plain daily backup");
    let before = fingerprint(&store);
    drop(store);
    std::fs::remove_file(dir.path().join("reply.txt")).unwrap();
    assert!(contains(&std::fs::read(&path).unwrap(), HOLDER_MARK.as_bytes()), "plain before");

    let p = pass("correct horse battery");
    let err = api::encrypt_store(&path, &pass("short"), KdfParams::fast_for_tests()).unwrap_err();
    assert_eq!(err.code(), ErrorCode::PassphraseTooShort);
    let report = api::encrypt_store(&path, &p, KdfParams::fast_for_tests()).unwrap();
    assert_eq!(report.backups_converted, 1);
    assert!(report.left.is_empty());
    assert_eq!(report.rows, before.0);

    assert_no_plaintext(dir.path());
    let store = Store::open_with(&path, Some(&p)).unwrap();
    assert_eq!(fingerprint(&store), before, "rows and hash chains are unchanged");
    assert_eq!(attachment_bytes(&store, id), FILE_MARK);
    assert_eq!(api::list_backups(dir.path()).unwrap().iter().filter(|b| b.encrypted).count(), 1);
    drop(store);
    let again = api::encrypt_store(&path, &p, KdfParams::fast_for_tests()).unwrap_err();
    assert_eq!(again.code(), ErrorCode::StoreAlreadyEncrypted);

    // And off again: the same data, in plain SQLite.
    api::decrypt_store(&path, &p).unwrap();
    let store = Store::open(&path).unwrap();
    assert_eq!(fingerprint(&store), before);
    assert_eq!(attachment_bytes(&store, id), FILE_MARK);
}

#[test]
fn backup_and_restore_round_trip_and_the_replaced_store_is_kept() {
    let (dir, mut store) = temp_store();
    let path = dir.path().join(DB_FILE_NAME);
    let id = fill(&mut store, dir.path());
    let before = fingerprint(&store);
    let out = dir.path().join("elsewhere").join("manual.sqlite3");
    api::backup_store(&store, &out).unwrap();
    log(&mut store, id, "written after the backup", vec![]);
    let later = fingerprint(&store);
    drop(store);

    let report = api::restore_backup(&path, &out, None, None, &now("2026-03-01")).unwrap();
    let store = Store::open(&path).unwrap();
    assert_eq!(fingerprint(&store), before, "the store is the backup again");
    drop(store);
    let previous = report.previous.expect("the replaced store is kept");
    assert!(previous.starts_with(dir.path().join("backups")));
    let kept = Store::open(&previous).unwrap();
    assert_eq!(kept.table_counts().unwrap(), later.0, "nothing written after the backup is lost");
}

#[test]
fn restore_refuses_a_damaged_newer_or_foreign_file_and_keeps_the_current_store() {
    let (dir, mut store) = temp_store();
    let path = dir.path().join(DB_FILE_NAME);
    fill(&mut store, dir.path());
    let good = dir.path().join("good.sqlite3");
    store.backup_to(&good).unwrap();
    drop(store);
    let bytes = std::fs::read(&good).unwrap();

    let mut candidates: Vec<(&str, Vec<u8>)> = Vec::new();
    let mut flipped = bytes.clone();
    for b in &mut flipped[100..900] {
        *b ^= 0x5a;
    }
    candidates.push(("damaged page", flipped));
    candidates.push(("truncated", bytes[..bytes.len() / 2].to_vec()));
    candidates.push(("not a database", b"hello, this is a shopping list".repeat(100)));
    candidates.push(("empty", Vec::new()));
    let foreign = dir.path().join("foreign.sqlite3");
    rusqlite::Connection::open(&foreign)
        .unwrap()
        .execute_batch("CREATE TABLE t(x); INSERT INTO t VALUES (1);")
        .unwrap();
    candidates.push(("another program's database", std::fs::read(&foreign).unwrap()));
    let newer = dir.path().join("newer.sqlite3");
    std::fs::write(&newer, &bytes).unwrap();
    rusqlite::Connection::open(&newer)
        .unwrap()
        .pragma_update(None, "user_version", SCHEMA_VERSION + 1)
        .unwrap();
    candidates.push(("newer schema", std::fs::read(&newer).unwrap()));

    let current = snapshot(dir.path());
    for (what, content) in candidates {
        let file = dir.path().join("candidate.bin");
        std::fs::write(&file, &content).unwrap();
        let err = api::restore_backup(&path, &file, None, None, &now("2026-03-01")).unwrap_err();
        println!("restore of {what}: {err}");
        assert_eq!(err.code(), ErrorCode::BackupRefused, "{what}: {err}");
        std::fs::remove_file(&file).unwrap();
        assert_eq!(snapshot(dir.path()), current, "{what}: the current store is untouched");
    }
    let missing =
        api::restore_backup(&path, &dir.path().join("nope"), None, None, &now("2026-03-01")).unwrap_err();
    assert_eq!(missing.code(), ErrorCode::BackupRefused);
    assert!(Store::open(&path).unwrap().verify().unwrap().is_intact());
}

#[test]
fn archives_round_trip_plain_and_encrypted_and_refuse_tampering() {
    for encrypted in [false, true] {
        let src = tempfile::tempdir().unwrap();
        let p = pass("correct horse battery");
        let mut store = if encrypted {
            Store::open_with_options(&src.path().join(DB_FILE_NAME), Some(&p), &fast()).unwrap()
        } else {
            Store::open(&src.path().join(DB_FILE_NAME)).unwrap()
        };
        let id = fill(&mut store, src.path());
        let before = fingerprint(&store);
        let out = src.path().join("all.tar");
        let summary = api::export_archive(&store, &out, &now("2026-03-01")).unwrap();
        // The reply's file and the letter as sent.
        assert_eq!((summary.encrypted, summary.attachments), (encrypted, 2));
        drop(store);
        let archive = std::fs::read(&out).unwrap();
        if encrypted {
            for mark in [HOLDER_MARK.as_bytes(), NOTE_MARK.as_bytes(), FILE_MARK] {
                assert!(!contains(&archive, mark), "an encrypted archive holds no plain text");
            }
        }

        // Into a folder with another store in it: that one is kept aside.
        let dst = tempfile::tempdir().unwrap();
        let target = dst.path().join(DB_FILE_NAME);
        let other = Store::open(&target).unwrap();
        holder(&other, "Old store", Jurisdiction::Cn, HolderKind::App);
        other.checkpoint().unwrap();
        drop(other);
        let pass_for_import = encrypted.then_some(&p);
        if encrypted {
            let err =
                api::import_archive(&target, &out, Some(&pass("wrong wrong wrong")), &now("2026-03-02"))
                    .unwrap_err();
            assert_eq!(err.code(), ErrorCode::StoreWrongPassphrase);
            let err = api::import_archive(&target, &out, None, &now("2026-03-02")).unwrap_err();
            assert_eq!(err.code(), ErrorCode::StoreLocked);
        }
        let mut tampered = archive.clone();
        let at = tampered.len() / 2;
        tampered[at] ^= 1;
        let bad = src.path().join("tampered.tar");
        std::fs::write(&bad, &tampered).unwrap();
        let untouched = snapshot(dst.path());
        let err = api::import_archive(&target, &bad, pass_for_import, &now("2026-03-02")).unwrap_err();
        assert!(
            matches!(err.code(), ErrorCode::ArchiveInvalid | ErrorCode::BackupRefused),
            "tampered archive: {err}"
        );
        assert_eq!(snapshot(dst.path()), untouched, "a refused import changes nothing");

        let imported = api::import_archive(&target, &out, pass_for_import, &now("2026-03-02")).unwrap();
        assert!(imported.previous.is_some());
        let store = Store::open_with(&target, pass_for_import).unwrap();
        assert_eq!(store.is_encrypted(), encrypted);
        assert_eq!(fingerprint(&store), before);
        assert_eq!(attachment_bytes(&store, id), FILE_MARK);
    }
}

#[test]
fn a_schema_upgrade_is_preceded_by_a_backup_of_the_old_version() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(DB_FILE_NAME);
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(include_str!("../../src/store/migrations/0001_init.sql")).unwrap();
        conn.execute_batch("INSERT INTO settings VALUES ('marker', 'v1 data')").unwrap();
        conn.pragma_update(None, "user_version", 1).unwrap();
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(store.get_setting("marker").unwrap().as_deref(), Some("v1 data"));
    let backups = api::list_backups(dir.path()).unwrap();
    let pre =
        backups.iter().find(|b| b.kind == api::BackupKind::PreMigration).expect("a pre-migration backup");
    let conn = rusqlite::Connection::open(&pre.path).unwrap();
    let v: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(v, 1, "the backup holds the old schema");
}

#[test]
fn daily_backups_are_made_once_a_day_and_only_seven_are_kept() {
    let (dir, store) = temp_store();
    holder(&store, "Acme", Jurisdiction::Cn, HolderKind::App);
    for day in 1..=10 {
        let made = store.auto_backup(date(&format!("2026-03-{day:02}"))).unwrap();
        assert!(made.is_some());
        assert!(store.auto_backup(date(&format!("2026-03-{day:02}"))).unwrap().is_none(), "once a day");
    }
    let list = api::list_backups(dir.path()).unwrap();
    let mut names: Vec<String> =
        list.iter().map(|b| b.path.file_name().unwrap().to_string_lossy().into_owned()).collect();
    names.sort();
    assert_eq!(names.len(), 7);
    assert_eq!(names[0], "daily-2026-03-04.sqlite3");
    assert_eq!(names[6], "daily-2026-03-10.sqlite3");
    assert!(api::latest_backup(dir.path()).is_some());
}

#[test]
fn a_truncated_store_is_reported_left_alone_and_the_latest_backup_named() {
    let (dir, mut store) = temp_store();
    let path = dir.path().join(DB_FILE_NAME);
    let id = fill(&mut store, dir.path());
    for i in 0..60 {
        log(&mut store, id, &format!("note {i} {}", "x".repeat(2000)), vec![]);
    }
    api::open_store(&path, None, &now("2026-03-01")).unwrap(); // the day's backup
    drop(store);
    let bytes = std::fs::read(&path).unwrap();
    assert!(bytes.len() > 100_000, "big enough to cut: {}", bytes.len());
    std::fs::write(&path, &bytes[..bytes.len() / 2]).unwrap();
    let cut = std::fs::read(&path).unwrap();

    let err = Store::open(&path).err().expect("a truncated store is refused");
    let code = Error::from(err).code();
    assert!(matches!(code, ErrorCode::StoreCorrupt | ErrorCode::StoreNotADatabase), "{code:?}");
    assert_eq!(std::fs::read(&path).unwrap(), cut, "never repaired or overwritten");
    let backup = api::latest_backup(dir.path()).expect("a backup to offer");
    assert!(api::store_status(&path).latest_backup.is_some());

    let o = std::process::Command::new(env!("CARGO_BIN_EXE_rightsdesk"))
        .arg("--db")
        .arg(&path)
        .env(rightsdesk::clock::TODAY_ENV, crate::support::CLI_TODAY)
        .args(["holder", "list"])
        .env_remove("RIGHTSDESK_PASSPHRASE")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(!o.status.success());
    assert!(stderr.contains("damaged") || stderr.contains("not a RightsDesk database"), "{stderr}");
    assert!(stderr.contains(&backup.display().to_string()), "names the latest backup: {stderr}");
    assert_eq!(std::fs::read(&path).unwrap(), cut);

    api::restore_backup(&path, &backup, None, None, &now("2026-03-02")).unwrap();
    assert!(Store::open(&path).unwrap().verify().unwrap().is_intact());
}

#[test]
fn a_read_only_store_refuses_writes_before_writing_any_file() {
    let (dir, mut store) = temp_store();
    let path = dir.path().join(DB_FILE_NAME);
    let id = fill(&mut store, dir.path());
    drop(store);
    let before = snapshot(dir.path());
    let mut ro = api::open_store_read_only(&path, None).unwrap();
    assert_eq!(ro.list_holders().unwrap().len(), 1, "reading works");
    let file = dir.path().join("new-reply.txt");
    std::fs::write(&file, b"new bytes never stored").unwrap();
    let err = api::log_event(
        &mut ro,
        id,
        &LogInput {
            kind: EventKind::Note,
            date: date("2026-02-21"),
            text: "x".into(),
            files: vec![file.clone()],
        },
        &now("2026-02-21"),
    )
    .unwrap_err();
    assert_eq!(err.code(), ErrorCode::StoreReadOnly, "{err}");
    let fields = rightsdesk::holder::HolderFields { name: "Blocked".into(), ..Default::default() };
    let err = api::add_holder(&ro, fields, &now("2026-02-21")).unwrap_err();
    assert_eq!(err.code(), ErrorCode::StoreReadOnly, "{err}");
    drop(ro);
    std::fs::remove_file(&file).unwrap();
    // SQLite may leave an empty -wal and a -shm index beside a read-only connection; no data.
    const EMPTY: &str = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    let data = |m: BTreeMap<PathBuf, String>| -> BTreeMap<PathBuf, String> {
        m.into_iter()
            .filter(|(p, h)| {
                let name = p.to_string_lossy();
                !name.ends_with("-shm") && (!name.ends_with("-wal") || h != EMPTY)
            })
            .collect()
    };
    let (after, before) = (data(snapshot(dir.path())), data(before));
    assert_eq!(after, before, "no attachment file or row was written");
}

/// Makes a folder or file immutable (`chattr +i`), which stops even root;
/// undone on drop. `None` where the file system or the user cannot do it.
struct Immutable(Vec<PathBuf>);

impl Immutable {
    fn set(paths: &[&Path]) -> Option<Immutable> {
        let mut done = Immutable(Vec::new());
        for p in paths {
            let ok = std::process::Command::new("chattr").arg("+i").arg(p).status().map(|s| s.success());
            if !matches!(ok, Ok(true)) {
                return None;
            }
            done.0.push(p.to_path_buf());
        }
        Some(done)
    }
}

impl Drop for Immutable {
    fn drop(&mut self) {
        for p in &self.0 {
            let _ = std::process::Command::new("chattr").arg("-i").arg(p).status();
        }
    }
}

#[test]
fn a_read_only_folder_gives_a_clear_error_and_no_partial_state() {
    let (dir, mut store) = temp_store();
    let path = dir.path().join(DB_FILE_NAME);
    fill(&mut store, dir.path());
    store.auto_backup(crate::support::date(crate::support::CLI_TODAY)).unwrap();
    drop(store);
    let before = snapshot(dir.path());
    // As root, chmod does not stop writes; the immutable attribute does.
    let attachments = dir.path().join("attachments");
    let backups = dir.path().join("backups");
    let Some(_guard) = Immutable::set(&[dir.path(), &path, &attachments, &backups]) else {
        println!(
            "chattr +i is not available here; the read-only folder case is covered by read-only opens only"
        );
        return;
    };
    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(file.path(), b"attachment for a read-only folder").unwrap();
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_rightsdesk"))
        .arg("--db")
        .arg(&path)
        .env(rightsdesk::clock::TODAY_ENV, crate::support::CLI_TODAY)
        .args(["request", "log", "1", "--kind", "note", "--text", "blocked", "--attach"])
        .arg(file.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&o.stderr);
    println!("read-only folder: {stderr}");
    assert!(!o.status.success());
    assert!(stderr.contains("cannot be written") || stderr.contains("read-only"), "{stderr}");
    drop(_guard);
    assert_eq!(snapshot(dir.path()), before, "nothing was written");
    assert!(Store::open(&path).unwrap().verify().unwrap().is_intact());
}

#[test]
fn a_full_disk_gives_a_clear_error_and_no_partial_state() {
    // A real full disk needs a mount; a file-size limit (RLIMIT_FSIZE, via prlimit)
    // makes the same short writes happen to the database and to attachment files.
    if std::process::Command::new("prlimit").arg("--version").output().is_err() {
        println!("prlimit is not available; skipping");
        return;
    }
    let (dir, mut store) = temp_store();
    let path = dir.path().join(DB_FILE_NAME);
    let id = fill(&mut store, dir.path());
    store.auto_backup(crate::support::date(crate::support::CLI_TODAY)).unwrap();
    store.checkpoint().unwrap();
    let before = fingerprint(&store);
    drop(store);
    let big = dir.path().join("big.bin");
    std::fs::write(&big, vec![7u8; 600_000]).unwrap();
    // Room for the database as it is, not for a note of 130 kB (just under the 128 KiB a single
    // command-line argument may have) in the write-ahead log.
    let limit = std::fs::metadata(&path).unwrap().len() + 8_000;
    let text = "N".repeat(130_000);
    let cases: Vec<Vec<String>> = vec![
        vec!["--text".into(), text],
        vec!["--text".into(), "with a big file".into(), "--attach".into(), big.display().to_string()],
    ];
    for extra in cases {
        let script = format!("trap '' XFSZ; exec prlimit --fsize={limit}:{limit} \"$@\"");
        let o = std::process::Command::new("sh")
            .args(["-c", &script, "sh", env!("CARGO_BIN_EXE_rightsdesk")])
            .arg("--db")
            .arg(&path)
            .env(rightsdesk::clock::TODAY_ENV, crate::support::CLI_TODAY)
            .args(["request", "log", &id.0.to_string(), "--kind", "note"])
            .args(&extra)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&o.stderr);
        println!("file-size limit {limit}: {stderr} / {}", String::from_utf8_lossy(&o.stdout));
        assert!(!o.status.success(), "the write cannot have fitted");
        assert!(stderr.contains("disk is full") || stderr.contains("Nothing was saved"), "{stderr}");
        let store = Store::open(&path).unwrap();
        store.integrity_check().unwrap();
        assert_eq!(fingerprint(&store), before, "the failed write left nothing behind");
        let stray: Vec<_> = snapshot(&dir.path().join("attachments"))
            .into_keys()
            .filter(|p| p.to_string_lossy().ends_with(".tmp"))
            .collect();
        assert!(stray.is_empty(), "no half-written attachment: {stray:?}");
    }
}

#[test]
fn the_cli_takes_the_passphrase_from_a_file_or_the_environment_never_an_argument() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join(DB_FILE_NAME);
    let pfile = dir.path().join("pass.txt");
    std::fs::write(&pfile, "correct horse battery\n").unwrap();
    let run = |args: &[&str], env: Option<&str>| {
        let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_rightsdesk"));
        c.arg("--db")
            .arg(&db)
            .args(args)
            .env(rightsdesk::clock::TODAY_ENV, crate::support::CLI_TODAY)
            .env_remove("RIGHTSDESK_PASSPHRASE")
            .env_remove("RIGHTSDESK_DATA_DIR");
        if let Some(v) = env {
            c.env("RIGHTSDESK_PASSPHRASE", v);
        }
        c.output().unwrap()
    };
    assert!(run(&["holder", "add", "--name", HOLDER_MARK], None).status.success());
    let o = run(&["--passphrase", "correct horse battery", "encrypt"], None);
    assert!(!o.status.success(), "there is no --passphrase argument");
    let o = run(&["--passphrase-file", pfile.to_str().unwrap(), "encrypt"], None);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(!contains(&std::fs::read(&db).unwrap(), HOLDER_MARK.as_bytes()));

    let o = run(&["holder", "list"], None);
    assert!(String::from_utf8_lossy(&o.stderr).contains("--passphrase-file"), "says how to unlock");
    let o = run(&["holder", "list"], Some("wrong passphrase"));
    assert!(String::from_utf8_lossy(&o.stderr).contains("wrong passphrase"));
    let o = run(&["holder", "list"], Some("correct horse battery"));
    assert!(String::from_utf8_lossy(&o.stdout).contains(HOLDER_MARK));
    let o = run(&["--passphrase-file", pfile.to_str().unwrap(), "holder", "list"], None);
    assert!(String::from_utf8_lossy(&o.stdout).contains(HOLDER_MARK));

    let newfile = dir.path().join("new.txt");
    std::fs::write(&newfile, "the new passphrase\n").unwrap();
    let o = run(
        &[
            "--passphrase-file",
            pfile.to_str().unwrap(),
            "rekey",
            "--new-passphrase-file",
            newfile.to_str().unwrap(),
        ],
        None,
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let o = run(&["holder", "list"], Some("the new passphrase"));
    assert!(String::from_utf8_lossy(&o.stdout).contains(HOLDER_MARK));

    let out = dir.path().join("b.sqlite3");
    let o = run(&["backup", "--out", out.to_str().unwrap()], Some("the new passphrase"));
    assert!(o.status.success() && out.exists() && key_info_path(&out).exists());
    let o = run(&["restore", out.to_str().unwrap()], Some("the new passphrase"));
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let tar = dir.path().join("all.tar");
    let o = run(&["archive", "export", "--out", tar.to_str().unwrap()], Some("the new passphrase"));
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let o = run(&["archive", "import", tar.to_str().unwrap()], Some("the new passphrase"));
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let o = run(&["verify"], Some("the new passphrase"));
    assert!(String::from_utf8_lossy(&o.stdout).contains("intact"));
}

/// Every file and folder under `dir` with its permission bits.
fn modes(dir: &std::path::Path) -> Vec<(std::path::PathBuf, u32)> {
    use std::os::unix::fs::PermissionsExt;
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let meta = entry.metadata().unwrap();
        out.push((entry.path(), meta.permissions().mode() & 0o777));
        if meta.is_dir() {
            out.extend(modes(&entry.path()));
        }
    }
    out
}

#[test]
fn the_store_its_attachments_backups_and_archives_are_private_files() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let run = |args: &[&str]| {
        let o = crate::support::cli_on(&data.join(DB_FILE_NAME)).args(args).output().unwrap();
        assert!(o.status.success(), "{args:?}: {}", String::from_utf8_lossy(&o.stderr));
    };
    run(&["holder", "add", "--name", "Private", "--jurisdiction", "CN"]);
    run(&["request", "new", "--holder", "1", "--type", "deletion", "--date", "2026-05-20"]);
    run(&["request", "send", "1", "--date", "2026-05-20"]);
    let shot = dir.path().join("reply.png");
    std::fs::write(&shot, b"png bytes").unwrap();
    run(&[
        "request",
        "log",
        "1",
        "--kind",
        "reply",
        "--date",
        "2026-05-25",
        "--attach",
        shot.to_str().unwrap(),
    ]);
    run(&["archive", "export", "--out", data.join("everything.tar").to_str().unwrap()]);
    let found = modes(&data);
    assert!(found.iter().any(|(p, _)| p.starts_with(data.join("attachments")) && p.is_file()), "{found:?}");
    assert!(found.iter().any(|(p, _)| p.starts_with(data.join("backups")) && p.is_file()), "{found:?}");
    for (path, mode) in &found {
        let want = if path.is_dir() { 0o700 } else { 0o600 };
        assert_eq!(*mode, want, "{} is {mode:o}", path.display());
    }
}

#[test]
fn a_store_made_with_open_permissions_is_tightened_when_opened() {
    use std::os::unix::fs::PermissionsExt;
    let (dir, mut store) = temp_store();
    fill(&mut store, dir.path());
    drop(store);
    let open = |p: &std::path::Path, mode| {
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode)).unwrap()
    };
    let db = dir.path().join(DB_FILE_NAME);
    open(&db, 0o644);
    open(&dir.path().join("attachments"), 0o755);
    drop(Store::open(&db).unwrap());
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&db), 0o600);
    assert_eq!(mode(&dir.path().join("attachments")), 0o700);
}

/// Issue #17 item 1: encrypting converts every copy in the data folder, the
/// copies kept by a restore and an import included, overwrites the old plain
/// files before unlinking them, and names what it could not convert.
#[test]
fn after_encrypting_no_plaintext_copy_is_left_anywhere_in_the_data_folder() {
    let (dir, mut store) = temp_store();
    let path = dir.path().join(DB_FILE_NAME);
    fill(&mut store, dir.path());
    let daily = store.auto_backup(date("2026-02-20")).unwrap().expect("a plain daily backup");
    let elsewhere = tempfile::tempdir_in(dir.path().parent().unwrap()).unwrap();
    let archive = elsewhere.path().join("all.rdarchive");
    api::export_archive(&store, &archive, &now("2026-02-20")).unwrap();
    drop(store);
    std::fs::remove_file(dir.path().join("reply.txt")).unwrap();
    // A restore keeps the replaced database in backups/before-restore-*/, an import
    // the replaced store (database and attachments) in backups/before-import-*/.
    api::restore_backup(&path, &daily, None, None, &now("2026-02-21")).unwrap();
    api::import_archive(&path, &archive, None, &now("2026-02-22")).unwrap();
    let kept: Vec<PathBuf> = std::fs::read_dir(dir.path().join("backups"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    assert_eq!(kept.len(), 2, "{kept:?}");
    assert!(kept.iter().any(|k| k.join("attachments").is_dir()), "the import kept the replaced attachments");
    let plain_before: Vec<PathBuf> = files(dir.path())
        .into_iter()
        .filter(|(_, b)| contains(b, HOLDER_MARK.as_bytes()))
        .map(|(p, _)| p)
        .collect();
    assert!(plain_before.len() >= 4, "plain copies before: {plain_before:?}");
    // A second name for the current database's bytes, outside the data folder:
    // it shows whether the old file was overwritten or only unlinked.
    let link = elsewhere.path().join("old-db-link");
    std::fs::hard_link(&path, &link).unwrap();

    let p = pass("correct horse battery");
    let report = api::encrypt_store(&path, &p, KdfParams::fast_for_tests()).unwrap();
    assert_eq!(report.backups_converted, 3, "the daily backup and both kept copies");
    assert!(report.left.is_empty(), "{:?}", report.left);
    assert_no_plaintext(dir.path());
    let old = std::fs::read(&link).unwrap();
    assert!(!old.is_empty() && old.iter().all(|&b| b == 0), "the old plain database was overwritten");
    // The kept copies are still whole, now under the passphrase.
    for k in &kept {
        let db = k.join(DB_FILE_NAME);
        assert!(key_info_path(&db).exists(), "{} has its key file", db.display());
        let copy =
            Store::open_with_options(&db, Some(&p), &StoreOptions { read_only: true, ..fast() }).unwrap();
        copy.integrity_check().unwrap();
        if k.join("attachments").is_dir() {
            // The copy an import kept has its attachments beside it, sealed under the new key.
            assert!(copy.verify().unwrap().is_intact(), "{}", k.display());
        }
    }
    let store = Store::open_with(&path, Some(&p)).unwrap();
    assert!(store.verify().unwrap().is_intact());
}

#[test]
fn a_copy_that_cannot_be_converted_is_reported_with_whether_it_is_plain_text() {
    let (dir, mut store) = temp_store();
    let path = dir.path().join(DB_FILE_NAME);
    fill(&mut store, dir.path());
    drop(store);
    let damaged_dir = dir.path().join("backups").join("before-restore-20260101T000000Z");
    std::fs::create_dir_all(&damaged_dir).unwrap();
    let damaged = damaged_dir.join(DB_FILE_NAME);
    let mut bytes = b"SQLite format 3\0".to_vec();
    bytes.extend_from_slice(&[7u8; 600]);
    bytes.extend_from_slice(HOLDER_MARK.as_bytes());
    std::fs::write(&damaged, &bytes).unwrap();

    let p = pass("correct horse battery");
    let report = api::encrypt_store(&path, &p, KdfParams::fast_for_tests()).unwrap();
    assert_eq!(
        report.left,
        vec![api::LeftCopy { path: damaged.clone(), reason: api::LeftReason::Unreadable, plaintext: true }]
    );
    assert_eq!(std::fs::read(&damaged).unwrap(), bytes, "left exactly as it was");

    // The command line names it, says it is not encrypted, and what to do.
    let cli_dir = tempfile::tempdir().unwrap();
    let db = cli_dir.path().join(DB_FILE_NAME);
    drop(Store::open(&db).unwrap());
    let copy_dir = cli_dir.path().join("backups").join("before-import-20260101T000000Z");
    std::fs::create_dir_all(&copy_dir).unwrap();
    std::fs::write(copy_dir.join(DB_FILE_NAME), &bytes).unwrap();
    let out =
        cli_on(&db).arg("encrypt").env("RIGHTSDESK_PASSPHRASE", "correct horse battery").output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(
        stdout.contains("NOT ENCRYPTED") && stdout.contains("before-import-20260101T000000Z"),
        "{stdout}"
    );
    assert!(stdout.contains("delete them if you do not need them"), "{stdout}");
}

/// Issue #17 item 5: in an encrypted store no file is named by the SHA-256 of
/// what it holds, so hashing a public privacy-policy page does not reveal
/// whether the store keeps it; the archive manifest does not list such hashes.
#[test]
fn an_encrypted_store_does_not_name_files_by_the_hash_of_a_known_page() {
    use rightsdesk::request::chain::sha256_hex;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(DB_FILE_NAME);
    let p = pass("correct horse battery");
    let (store, id) = encrypted_store(dir.path(), &p);
    let page_body =
        b"<html><body>Example Ltd privacy policy. Contact privacy@example.com</body></html>".to_vec();
    let h = holder(&store, "Example Ltd", Jurisdiction::Eu, HolderKind::App);
    let page = rightsdesk::fetch::FetchedPage {
        requested_url: "https://example.com/privacy".into(),
        final_url: "https://example.com/privacy".into(),
        status: 200,
        content_type: Some("text/html".into()),
        body: page_body.clone(),
    };
    let kept = api::keep_policy_page(&store, h.id, &page, &now("2026-02-20")).unwrap();
    let known = [sha256_hex(&page_body), sha256_hex(FILE_MARK)];
    assert_eq!(kept.sha256, known[0], "the plaintext hash is still recorded, inside the encrypted database");
    let names_known = |dir: &Path| -> Vec<PathBuf> {
        files(dir)
            .into_keys()
            .filter(|f| {
                let name = f.file_name().unwrap().to_string_lossy().into_owned();
                known.iter().any(|k| name.contains(k.as_str()))
            })
            .collect()
    };
    assert_eq!(names_known(dir.path()), Vec::<PathBuf>::new());
    assert!(files(&dir.path().join("attachments")).len() >= 2, "both files are kept");
    assert!(store.verify().unwrap().is_intact());
    assert_eq!(store.read_holder_attachment(&kept).unwrap(), page_body);
    // The archive's manifest lists the sealed files, not the plaintext hashes.
    let out = tempfile::tempdir().unwrap();
    let archive = out.path().join("store.rdarchive");
    api::export_archive(&store, &archive, &now("2026-02-20")).unwrap();
    let bytes = std::fs::read(&archive).unwrap();
    for k in &known {
        assert!(!contains(&bytes, k.as_bytes()), "the archive names {k}");
    }
    drop(store);
    // A new passphrase gives new names, still not the plaintext hashes.
    let before = snapshot(&dir.path().join("attachments"));
    let new = pass("a different phrase");
    api::change_passphrase(&path, &p, &new, KdfParams::fast_for_tests()).unwrap();
    let after = snapshot(&dir.path().join("attachments"));
    assert!(before.keys().all(|k| !after.contains_key(k)), "renamed under the new key");
    assert_eq!(names_known(dir.path()), Vec::<PathBuf>::new());
    let store = Store::open_with(&path, Some(&new)).unwrap();
    assert!(store.verify().unwrap().is_intact());
    assert_eq!(attachment_bytes(&store, id), FILE_MARK);
    drop(store);
    // And the archive imports into a fresh folder with every file readable.
    let other = tempfile::tempdir().unwrap();
    let other_db = other.path().join(DB_FILE_NAME);
    api::import_archive(&other_db, &archive, Some(&p), &now("2026-02-21")).unwrap();
    let imported = Store::open_with(&other_db, Some(&p)).unwrap();
    assert!(imported.verify().unwrap().is_intact());
    assert_eq!(attachment_bytes(&imported, id), FILE_MARK);
}

#[test]
fn an_encrypted_store_with_files_named_the_old_way_is_renamed_on_open() {
    use rightsdesk::request::chain::sha256_hex;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(DB_FILE_NAME);
    let p = pass("correct horse battery");
    let (store, id) = encrypted_store(dir.path(), &p);
    drop(store);
    // Put the sealed file back under its plaintext hash, as RightsDesk stored it before.
    let sha = sha256_hex(FILE_MARK);
    let stored: Vec<PathBuf> = files(&dir.path().join("attachments")).into_keys().collect();
    // Two files: the letter as sent (kept since the send) and the reply's attachment. The reply's
    // is the short one (a 28-byte mark, sealed), the letter is a page of text.
    assert_eq!(stored.len(), 2, "{stored:?}");
    let size = |p: &PathBuf| std::fs::metadata(p).unwrap().len();
    let mark = stored.iter().min_by_key(|p| size(p)).unwrap().clone();
    let legacy = dir.path().join("attachments").join(&sha[..2]).join(&sha);
    std::fs::create_dir_all(legacy.parent().unwrap()).unwrap();
    std::fs::rename(&mark, &legacy).unwrap();
    // Read-only, the file is read under its old name; nothing is renamed.
    let ro = Store::open_with_options(&path, Some(&p), &StoreOptions { read_only: true, ..fast() }).unwrap();
    assert_eq!(attachment_bytes(&ro, id), FILE_MARK);
    drop(ro);
    assert!(legacy.exists());
    // A normal open gives it its keyed name.
    let store = Store::open_with(&path, Some(&p)).unwrap();
    assert!(!legacy.exists(), "renamed");
    assert_eq!(files(&dir.path().join("attachments")).into_keys().collect::<Vec<_>>(), stored);
    assert_eq!(attachment_bytes(&store, id), FILE_MARK);
    assert!(store.verify().unwrap().is_intact());
}

/// Issue #17 item 9: a swap journal is data in the folder; one naming a path
/// outside the data folder is refused before anything is renamed or removed.
#[test]
fn a_swap_journal_naming_a_path_outside_the_data_folder_is_refused() {
    let (dir, store) = temp_store();
    let path = dir.path().join(DB_FILE_NAME);
    drop(store);
    let outside = tempfile::tempdir().unwrap();
    let victim = outside.path().join("important.txt");
    std::fs::write(&victim, b"keep me").unwrap();
    let aside = dir.path().join("planted");
    std::fs::write(&aside, b"planted").unwrap();
    let journal = serde_json::json!({
        "format": "rightsdesk-swap-1",
        "steps": [{"current": victim, "aside": aside, "staged": null, "hadCurrent": true}],
    });
    std::fs::write(dir.path().join("rightsdesk.swap"), serde_json::to_vec(&journal).unwrap()).unwrap();
    let err = Store::open(&path).err().expect("refused");
    assert_eq!(Error::from(err).code(), ErrorCode::StoreCorrupt);
    assert_eq!(std::fs::read(&victim).unwrap(), b"keep me", "nothing outside was touched");
    assert!(aside.exists(), "nothing inside was moved either");
    // With `..` the path only looks inside.
    let sneaky = dir.path().join("..").join(outside.path().file_name().unwrap()).join("important.txt");
    let journal = serde_json::json!({
        "format": "rightsdesk-swap-1",
        "steps": [{"current": sneaky, "aside": aside, "staged": null, "hadCurrent": true}],
    });
    std::fs::write(dir.path().join("rightsdesk.swap"), serde_json::to_vec(&journal).unwrap()).unwrap();
    assert!(Store::open(&path).is_err());
    assert_eq!(std::fs::read(&victim).unwrap(), b"keep me");
}

/// Issue #17 item 9: a plain archive imported into an encrypted store is
/// encrypted under the store's passphrase, not a way to turn encryption off.
#[test]
fn a_plain_archive_imported_into_an_encrypted_store_is_encrypted() {
    let (plain_dir, mut plain) = temp_store();
    let id = fill(&mut plain, plain_dir.path());
    let out = tempfile::tempdir().unwrap();
    let archive = out.path().join("plain.rdarchive");
    let summary = api::export_archive(&plain, &archive, &now("2026-02-20")).unwrap();
    assert!(!summary.encrypted);
    drop(plain);

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(DB_FILE_NAME);
    let p = pass("correct horse battery");
    let (store, _) = encrypted_store(dir.path(), &p);
    drop(store);
    let err = api::import_archive(&path, &archive, None, &now("2026-02-21")).unwrap_err();
    assert_eq!(err.code(), ErrorCode::StoreLocked, "the store's passphrase is needed to encrypt it");
    let imported = api::import_archive(&path, &archive, Some(&p), &now("2026-02-21")).unwrap();
    assert!(imported.encrypted, "{imported:?}");
    assert!(key_info_path(&path).exists(), "the store is still encrypted");
    assert!(matches!(Store::open(&path), Err(StoreError::Locked)));
    let store = Store::open_with(&path, Some(&p)).unwrap();
    assert!(store.verify().unwrap().is_intact());
    assert_eq!(attachment_bytes(&store, id), FILE_MARK);
    drop(store);
    // The live store holds nothing in plain text (the replaced store is kept encrypted aside).
    assert!(!contains(&std::fs::read(&path).unwrap(), HOLDER_MARK.as_bytes()));
    for (f, bytes) in files(&dir.path().join("attachments")) {
        assert!(!contains(&bytes, FILE_MARK), "{} is plain", f.display());
    }
}
