//! Hostile input (issue #8): every parser of outside data gets random and
//! mutated input and must answer with a specific error, never a panic.
//! Case counts are fixed so the run time is bounded (a few seconds in debug);
//! raise them with PROPTEST_CASES for a longer run.
//!
//! The import parsers (CSV, SMS, mbox, inventory JSON/CSV) have their own
//! properties in `import.rs`.

use proptest::prelude::*;
use rightsdesk::calendar::CnCalendar;
use rightsdesk::deadline::RuleSet;
use rightsdesk::holder::Identifier;
use rightsdesk::law::Catalogue;
use rightsdesk::store::{DB_FILE_NAME, KeyInfo, Passphrase, Store, StoreError};
use rightsdesk::validate;
use std::path::PathBuf;
use std::sync::OnceLock;

const CALENDAR: &str = include_str!("../../src/calendar/data/cn-workdays.json");
const RULES: &str = include_str!("../../src/deadline/rules.toml");

/// Tokens that break parsers in interesting ways.
const NASTY: &[&str] = &[
    "\"",
    "'",
    "]",
    "[",
    "{",
    "}",
    "=",
    ",",
    ":",
    "\n",
    "\\",
    "\u{0}",
    "-1",
    "99999999999999999999",
    "1e309",
    "2026-02-30",
    "0000-00-00",
    "NaN",
    "true",
    "null",
    "[[rule]]",
    "id = \"\"",
    "\u{202e}",
    "数据",
    "\u{feff}",
];

/// One edit of a mutation: where, what kind, and a value to use.
type Edit = (usize, u8, u8, usize);

fn edits() -> impl Strategy<Value = Vec<Edit>> {
    proptest::collection::vec((any::<usize>(), 0u8..6, any::<u8>(), 0usize..200), 1..6)
}

/// Applies edits to valid input: truncate, delete, duplicate, flip a byte, insert a nasty token.
fn mutate(valid: &str, edits: &[Edit]) -> String {
    let mut b = valid.as_bytes().to_vec();
    for &(pos, kind, byte, len) in edits {
        if b.is_empty() {
            break;
        }
        let at = pos % b.len();
        let end = (at + len).min(b.len());
        match kind {
            0 => b.truncate(at),
            1 => {
                b.drain(at..end);
            }
            2 => {
                let copy = b[at..end].to_vec();
                b.splice(at..at, copy);
            }
            3 => b[at] = byte,
            4 => b[at] = b"0123456789-\"[]{}=.,:"[byte as usize % 20],
            _ => {
                let token = NASTY[byte as usize % NASTY.len()].as_bytes().to_vec();
                b.splice(at..at, token);
            }
        }
    }
    String::from_utf8_lossy(&b).into_owned()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, .. ProptestConfig::default() })]

    #[test]
    fn date_email_and_url_validation_never_panic(s in "\\PC{0,60}", bytes in proptest::collection::vec(any::<u8>(), 0..60)) {
        let lossy = String::from_utf8_lossy(&bytes).into_owned();
        for input in [&s, &lossy] {
            if let Ok(d) = validate::date(input) {
                prop_assert_eq!(validate::date(&d.to_string()).unwrap(), d, "a parsed date round-trips");
            }
            let _ = validate::email(Some(input));
            let _ = validate::url("webform", Some(input));
        }
    }

    #[test]
    fn identifier_parsing_never_panics(kind in "(phone|email|username|other|x|)", sep in "[:：]?", value in "\\PC{0,40}") {
        let input = format!("{kind}{sep}{value}");
        if let Ok(id) = Identifier::parse(&input) {
            prop_assert!(!id.value.is_empty() || value.trim().is_empty());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, .. ProptestConfig::default() })]

    #[test]
    fn the_calendar_loader_refuses_mutated_json_without_panicking(e in edits()) {
        let _ = CnCalendar::from_json(&mutate(CALENDAR, &e));
    }

    #[test]
    fn the_deadline_rules_loader_refuses_mutated_toml_without_panicking(e in edits()) {
        let _ = RuleSet::from_toml(&mutate(RULES, &e));
    }

    #[test]
    fn the_law_catalogue_loader_refuses_mutated_toml_without_panicking(which in any::<usize>(), e in edits()) {
        let sources = rightsdesk::law::OFFICIAL_SOURCES;
        let i = which % sources.len();
        let mutated = mutate(sources[i].1, &e);
        let mut files: Vec<(&str, &str)> = sources.to_vec();
        files[i].1 = &mutated;
        let _ = Catalogue::from_sources(&files);
    }

    #[test]
    fn key_files_are_parsed_strictly_without_panicking(e in edits()) {
        let valid = r#"{"format":"rightsdesk-keyinfo","version":1,"kdf":"argon2id-v19+hkdf-sha256","kdfParams":{"memoryKib":65536,"iterations":3,"parallelism":1},"salt":"00112233445566778899aabbccddeeff","check":"00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff","databaseCipher":"sqlcipher-4-raw-key","attachmentCipher":"xchacha20poly1305"}"#;
        prop_assert!(KeyInfo::parse(valid.as_bytes()).is_ok());
        match KeyInfo::parse(mutate(valid, &e).as_bytes()) {
            Ok(info) => prop_assert!(info.kdf_params.memory_kib <= 1024 * 1024, "no absurd KDF cost"),
            Err(err) => prop_assert!(matches!(err, StoreError::KeyInfo(_)), "{err:?}"),
        }
    }

    #[test]
    fn passphrase_files_with_any_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
        let f = tempfile::NamedTempFile::new().unwrap();
        std::fs::write(f.path(), &bytes).unwrap();
        if let Ok(p) = Passphrase::from_file(f.path()) {
            prop_assert_eq!(format!("{p:?}"), "Passphrase(<redacted>)");
        }
    }
}

/// A store with one of each record, shared by the JSON-column properties.
fn columns_store() -> Store {
    let store = Store::open_in_memory().unwrap();
    store
        .raw_connection()
        .execute_batch(
            "INSERT INTO holders (id, name, created_at, updated_at) VALUES (1, 'H', 't', 't');
             INSERT INTO accounts (id, holder_id, source, created_at) VALUES (1, 1, 'manual', 't');
             INSERT INTO requests (id, holder_id, kind, jurisdiction, language, subject, body, letter_date, status, created_at)
                 VALUES (1, 1, 'deletion', 'cn', 'zh-CN', 's', 'b', '2026-01-05', 'draft', 't');",
        )
        .unwrap();
    store
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 192, .. ProptestConfig::default() })]

    #[test]
    fn damaged_json_and_enum_columns_give_an_error_not_a_panic(
        column in 0usize..9,
        raw in prop_oneof![
            "\\PC{0,40}",
            Just("[".to_string()),
            Just("[{\"kind\":\"phone\"}]".to_string()),
            Just("[1,2,3]".to_string()),
            Just("{\"a\":1}".to_string()),
            Just("[\"biometrics\",\"no-such-category\"]".to_string()),
        ],
    ) {
        let store = columns_store();
        let (table, col) = [
            ("holders", "aliases"), ("holders", "domains"), ("holders", "jurisdiction"), ("holders", "kind"),
            ("accounts", "identifiers"), ("accounts", "categories"), ("accounts", "source"),
            ("requests", "citations"), ("requests", "status"),
        ][column];
        store.raw_connection().execute(&format!("UPDATE {table} SET {col} = ?1"), [&raw]).unwrap();
        let _ = store.get_holder(rightsdesk::ids::HolderId(1));
        let _ = store.list_holders();
        let _ = store.list_accounts(None);
        let _ = store.get_request(rightsdesk::ids::RequestId(1));
    }
}

/// A small valid archive, made once.
fn archive() -> &'static (tempfile::TempDir, Vec<u8>) {
    static ARCHIVE: OnceLock<(tempfile::TempDir, Vec<u8>)> = OnceLock::new();
    ARCHIVE.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join(DB_FILE_NAME)).unwrap();
        let h = crate::support::holder(
            &store,
            "Archive Co",
            rightsdesk::jurisdiction::Jurisdiction::Cn,
            rightsdesk::holder::HolderKind::App,
        );
        let d = rightsdesk::api::create_request(
            &mut store,
            &rightsdesk::api::DraftInput {
                holder_id: h.id,
                kind: rightsdesk::request::RequestKind::Deletion,
                jurisdiction: None,
                language: rightsdesk::i18n::Locale::EnUs,
                reason: None,
                ground: None,
                correction: None,
                letter_date: Some(crate::support::date("2026-01-05")),
                identifiers: None,
                parent_id: None,
                sender: None,
            },
            &crate::support::now("2026-01-05"),
        )
        .unwrap();
        let _ = d;
        let out = dir.path().join("a.tar");
        store.export_archive(&out, "2026-01-05T00:00:00Z").unwrap();
        let bytes = std::fs::read(&out).unwrap();
        (dir, bytes)
    })
}

fn scratch() -> PathBuf {
    archive().0.path().join(format!("scratch-{:?}", std::thread::current().id()))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, .. ProptestConfig::default() })]

    #[test]
    fn mutated_archives_are_refused_with_a_specific_error(e in edits()) {
        let (dir, valid) = archive();
        let mut bytes = valid.clone();
        for &(pos, kind, byte, len) in &e {
            if bytes.is_empty() { break; }
            let at = pos % bytes.len();
            match kind % 3 {
                0 => bytes[at] ^= byte | 1,
                1 => bytes.truncate(at),
                _ => { let end = (at + len).min(bytes.len()); bytes.drain(at..end); }
            }
        }
        let file = dir.path().join(format!("m-{:?}.tar", std::thread::current().id()));
        std::fs::write(&file, &bytes).unwrap();
        match rightsdesk::store::check_archive(&file, &scratch()) {
            Ok(()) => {} // the edit hit padding the format ignores
            Err(err) => prop_assert!(
                matches!(err, StoreError::Archive(_) | StoreError::NewerSchema { .. }),
                "unexpected error kind: {err:?}"
            ),
        }
    }

    #[test]
    fn random_bytes_are_never_restored(bytes in proptest::collection::vec(any::<u8>(), 0..5000)) {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join(DB_FILE_NAME);
        drop(Store::open(&db).unwrap());
        let before = std::fs::read(&db).unwrap();
        let file = dir.path().join("candidate");
        std::fs::write(&file, &bytes).unwrap();
        let err = rightsdesk::api::restore_backup(&db, &file, None, None, &crate::support::now("2026-01-05")).unwrap_err();
        prop_assert_eq!(err.code(), rightsdesk::ErrorCode::BackupRefused);
        prop_assert_eq!(std::fs::read(&db).unwrap(), before);
    }
}

#[test]
fn a_valid_archive_passes_the_same_check() {
    let (dir, valid) = archive();
    let file = dir.path().join("valid.tar");
    std::fs::write(&file, valid).unwrap();
    rightsdesk::store::check_archive(&file, &dir.path().join("scratch-valid")).unwrap();
}
