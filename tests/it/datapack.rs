//! Signed data packs: a good pack installs; a tampered, older, malformed or
//! invalid one is refused with a clear error and the data in use stays as it
//! was. Packs are signed with the TEST key in tests/fixtures/packs/ and served
//! from a local HTTP server on 127.0.0.1.

use crate::fetch::{LocalServer, Reply, test_config};
use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use chrono::NaiveDate;
use rightsdesk::api::{self, UpdateOutcome};
use rightsdesk::datapack::{self, BUILTIN_VERSION, PackData, PackError, PackKind, PackSource};
use rightsdesk::{Error, ErrorCode};
use std::path::{Path, PathBuf};

#[path = "../common/pack_key.rs"]
mod pack_key;
use pack_key::{test_key, test_seed};

const SHIPPED_CALENDAR: &str = include_str!("../../src/calendar/data/cn-workdays.json");
const SHIPPED_RULES: &str = include_str!("../../src/deadline/rules.toml");

/// The shipped calendar plus an invented 2027 (TEST data: weekends only, no holidays).
fn calendar_with_test_2027() -> Vec<u8> {
    let mut cal: serde_json::Value = serde_json::from_str(SHIPPED_CALENDAR).unwrap();
    cal["coverage"]["end"] = "2027-12-31".into();
    cal["years"]["2027"] = serde_json::json!({
        "notice": "TEST ONLY: not a real notice",
        "notice_date": "2026-11-30",
        "amendments": [],
        "holidays": [],
        "makeup_workdays": []
    });
    cal["unverified_years"] = serde_json::json!({});
    serde_json::to_vec_pretty(&cal).unwrap()
}

fn pack(kind: PackKind, version: u64, files: Vec<(&str, Vec<u8>)>) -> Vec<u8> {
    datapack::build(
        &PackSource {
            kind,
            version,
            created: "2026-12-01T08:00:00Z".into(),
            notes: Some("test pack".into()),
            expires: None,
            files: files.into_iter().map(|(n, b)| (n.to_string(), b)).collect(),
        },
        &test_seed(),
    )
    .unwrap()
}

fn calendar_pack(version: u64) -> Vec<u8> {
    pack(PackKind::Calendar, version, vec![("cn-workdays.json", calendar_with_test_2027())])
}

fn law_files() -> Vec<(&'static str, Vec<u8>)> {
    let mut files: Vec<(&str, Vec<u8>)> =
        rightsdesk::law::OFFICIAL_SOURCES.iter().map(|(n, t)| (*n, t.as_bytes().to_vec())).collect();
    files.push(("rules.toml", SHIPPED_RULES.as_bytes().to_vec()));
    files
}

/// Every file under the packs folder with its contents: "the data in use" on disk.
fn snapshot(data_dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    fn walk(dir: &Path, out: &mut Vec<(PathBuf, Vec<u8>)>) {
        let Ok(entries) = std::fs::read_dir(dir) else { return };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else {
                out.push((p.clone(), std::fs::read(&p).unwrap()));
            }
        }
    }
    let mut out = Vec::new();
    walk(&data_dir.join(api::PACKS_DIR), &mut out);
    out.sort();
    out
}

fn installed(data_dir: &Path, kind: PackKind) -> Option<u64> {
    api::installed_data_versions_with_key(data_dir, &test_key())
        .into_iter()
        .find(|v| v.kind == kind)
        .unwrap()
        .installed
}

/// Installs, expects a refusal with `code`, and checks nothing on disk changed.
fn refused(data_dir: &Path, bytes: &[u8], code: ErrorCode) -> Error {
    let before = snapshot(data_dir);
    let err =
        api::install_data_pack_with_key(data_dir, bytes, &test_key()).expect_err("the pack must be refused");
    assert_eq!(err.code(), code, "{err}");
    assert_eq!(snapshot(data_dir), before, "a refused pack leaves the installed data as it was ({err})");
    err
}

#[test]
fn a_good_calendar_pack_installs_and_makes_2027_deadlines_computable() {
    let dir = tempfile::tempdir().unwrap();
    let v = BUILTIN_VERSION + 100;
    let p = api::install_data_pack_with_key(dir.path(), &calendar_pack(v), &test_key()).unwrap();
    assert_eq!((p.kind, p.version, p.previous), (PackKind::Calendar, v, BUILTIN_VERSION));
    assert_eq!(installed(dir.path(), PackKind::Calendar), Some(v));
    let stored = dir.path().join(format!("packs/calendar-{v}/files/cn-workdays.json"));
    assert_eq!(std::fs::read(stored).unwrap(), calendar_with_test_2027(), "the files are kept readable");

    let loaded = api::load_installed_data(dir.path(), &test_key());
    let [(PackKind::Calendar, version, Ok(PackData::Calendar(cal)))] = loaded.as_slice() else {
        panic!("one calendar pack loads: {loaded:?}")
    };
    assert_eq!(*version, v);
    let day = NaiveDate::from_ymd_opt(2027, 3, 1).unwrap();
    assert_eq!(cal.is_working_day(day), Ok(true), "2027 is covered by the installed calendar");
    assert!(
        rightsdesk::calendar::CnCalendar::official().is_working_day(day).is_err(),
        "the shipped one is not"
    );
}

#[test]
fn a_law_pack_with_rules_installs() {
    let dir = tempfile::tempdir().unwrap();
    let v = BUILTIN_VERSION + 1;
    api::install_data_pack_with_key(dir.path(), &pack(PackKind::Law, v, law_files()), &test_key()).unwrap();
    let loaded = api::load_installed_data(dir.path(), &test_key());
    assert!(matches!(loaded.as_slice(), [(PackKind::Law, _, Ok(PackData::Law { rules: Some(_), .. }))]));
}

#[test]
fn a_tampered_byte_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let good = calendar_pack(BUILTIN_VERSION + 5);
    // Change one byte inside the signed manifest: a holiday moves by a day.
    let mut envelope: serde_json::Value = serde_json::from_slice(&good).unwrap();
    let mut manifest = BASE64.decode(envelope["manifest"].as_str().unwrap()).unwrap();
    let i = manifest.iter().position(|b| *b == b'7').unwrap();
    manifest[i] = b'8';
    envelope["manifest"] = BASE64.encode(&manifest).into();
    let err = refused(dir.path(), &serde_json::to_vec(&envelope).unwrap(), ErrorCode::PackBadSignature);
    assert!(err.to_string().contains("signature"), "{err}");

    // A flipped byte in the signature, too.
    let mut envelope: serde_json::Value = serde_json::from_slice(&good).unwrap();
    let mut sig = BASE64.decode(envelope["signature"].as_str().unwrap()).unwrap();
    sig[10] ^= 1;
    envelope["signature"] = BASE64.encode(&sig).into();
    refused(dir.path(), &serde_json::to_vec(&envelope).unwrap(), ErrorCode::PackBadSignature);
}

#[test]
fn a_pack_signed_with_the_test_key_is_refused_by_the_app_key() {
    let dir = tempfile::tempdir().unwrap();
    let err = api::install_data_pack(dir.path(), &calendar_pack(BUILTIN_VERSION + 5)).unwrap_err();
    assert_eq!(err.code(), ErrorCode::PackBadSignature, "the built-in key is the only one trusted");
    assert!(snapshot(dir.path()).is_empty());
}

#[test]
fn an_older_or_equal_version_is_refused_and_the_installed_one_stays() {
    let dir = tempfile::tempdir().unwrap();
    let v = BUILTIN_VERSION + 10;
    api::install_data_pack_with_key(dir.path(), &calendar_pack(v), &test_key()).unwrap();
    for older in [v, v - 1, BUILTIN_VERSION, 1] {
        let err = refused(dir.path(), &calendar_pack(older), ErrorCode::PackOutdated);
        assert!(matches!(err, Error::Pack(PackError::Outdated { current, .. }) if current == v), "{err}");
    }
    assert_eq!(installed(dir.path(), PackKind::Calendar), Some(v));
}

#[test]
fn malformed_packs_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    api::install_data_pack_with_key(dir.path(), &calendar_pack(BUILTIN_VERSION + 1), &test_key()).unwrap();
    let seed = test_seed();
    let v = BUILTIN_VERSION + 2;
    let hostile_manifests: Vec<String> = vec![
        // Not JSON at all, once signed.
        "not json".into(),
        // A file name that climbs out of the pack folder.
        format!(
            r#"{{"format":1,"kind":"calendar","version":{v},"created":"2026-12-01T00:00:00Z",
               "files":{{"../../evil.json":{{"base64":"e30=","sha256":"44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a"}}}}}}"#
        ),
        // Contents that do not match their hash.
        format!(
            r#"{{"format":1,"kind":"calendar","version":{v},"created":"2026-12-01T00:00:00Z",
               "files":{{"cn-workdays.json":{{"base64":"e30=","sha256":"00"}}}}}}"#
        ),
        // An unknown kind, a future format, a bad date.
        format!(
            r#"{{"format":1,"kind":"fonts","version":{v},"created":"2026-12-01T00:00:00Z","files":{{}}}}"#
        ),
        format!(
            r#"{{"format":9,"kind":"calendar","version":{v},"created":"2026-12-01T00:00:00Z","files":{{}}}}"#
        ),
        format!(r#"{{"format":1,"kind":"calendar","version":{v},"created":"yesterday","files":{{}}}}"#),
    ];
    for m in hostile_manifests {
        refused(dir.path(), &datapack::seal(m.as_bytes(), &seed), ErrorCode::PackMalformed);
    }
    let junk: [&[u8]; 4] =
        [b"", b"<html>not a pack</html>", b"{\"format\":\"rightsdesk-data-pack/1\"}", &[0xff; 64]];
    for junk in junk {
        refused(dir.path(), junk, ErrorCode::PackMalformed);
    }
    assert!(
        !dir.path().join("evil.json").exists() && !dir.path().parent().unwrap().join("evil.json").exists()
    );
}

#[test]
fn contents_that_fail_their_own_validation_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let v = BUILTIN_VERSION + 3;
    // A make-up workday on a Wednesday is a typo the calendar loader refuses.
    let mut cal: serde_json::Value = serde_json::from_slice(&calendar_with_test_2027()).unwrap();
    cal["years"]["2027"]["makeup_workdays"] = serde_json::json!(["2027-03-03"]);
    let bad_calendar =
        pack(PackKind::Calendar, v, vec![("cn-workdays.json", serde_json::to_vec(&cal).unwrap())]);
    let err = refused(dir.path(), &bad_calendar, ErrorCode::PackInvalidContent);
    assert!(err.to_string().contains("make-up workday"), "the message names the problem: {err}");

    let broken_law = pack(PackKind::Law, v, vec![("pipl.toml", b"[[article]\nid = ".to_vec())]);
    refused(dir.path(), &broken_law, ErrorCode::PackInvalidContent);

    let mut dropped = law_files();
    dropped.retain(|(n, _)| *n != "pipl.toml" && *n != "channels.toml");
    refused(dir.path(), &pack(PackKind::Law, v, dropped), ErrorCode::PackInvalidContent);

    let mut bad_rules = law_files();
    bad_rules.retain(|(n, _)| *n != "rules.toml");
    bad_rules.push(("rules.toml", b"[[rule]]\nid = \"x\"\n".to_vec()));
    refused(dir.path(), &pack(PackKind::Law, v, bad_rules), ErrorCode::PackInvalidContent);

    let wrong_file = pack(PackKind::Calendar, v, vec![("holidays.json", calendar_with_test_2027())]);
    refused(dir.path(), &wrong_file, ErrorCode::PackInvalidContent);
    assert!(snapshot(dir.path()).is_empty(), "nothing was ever installed");
}

#[test]
fn a_directory_pack_is_verified_and_validated_before_it_is_installed() {
    let dir = tempfile::tempdir().unwrap();
    let data = format!("{}/src/directory/data", env!("CARGO_MANIFEST_DIR"));
    let read = |rel: &str| std::fs::read(format!("{data}/{rel}")).unwrap();
    let files = vec![
        ("cn-holders.json", read("cn-holders.json")),
        ("cn-aliases.toml", read("cn-aliases.toml")),
        ("companies.json", read("datenanfragen/companies.json")),
        ("supervisory-authorities.json", read("datenanfragen/supervisory-authorities.json")),
        ("sites.json", read("justdeleteme/sites.json")),
    ];
    let v = BUILTIN_VERSION + 1;
    api::install_data_pack_with_key(dir.path(), &pack(PackKind::Directory, v, files), &test_key()).unwrap();
    assert_eq!(installed(dir.path(), PackKind::Directory), Some(v));
    let broken = pack(PackKind::Directory, v + 1, vec![("cn-holders.json", b"{}".to_vec())]);
    refused(dir.path(), &broken, ErrorCode::PackInvalidContent);
}

#[test]
fn update_from_a_local_server_installs_a_pack_or_an_index_of_packs() {
    let dir = tempfile::tempdir().unwrap();
    let v = BUILTIN_VERSION + 20;
    let json = "application/json";
    let server = LocalServer::start(vec![
        ("/calendar.json", Reply::Page { content_type: json, body: calendar_pack(v) }),
        ("/law.json", Reply::Page { content_type: json, body: pack(PackKind::Law, v, law_files()) }),
        (
            "/index.json",
            Reply::Page {
                content_type: json,
                body: datapack::build_index(
                    &["calendar.json".into(), "/law.json".into()],
                    "2026-12-01T08:00:00Z",
                    Some(date("2026-12-31")),
                    &test_seed(),
                ),
            },
        ),
        (
            "/unsigned.json",
            Reply::Page {
                content_type: json,
                body: br#"{"packs": ["calendar.json", "/law.json"]}"#.to_vec(),
            },
        ),
        ("/page", Reply::Page { content_type: "text/html", body: b"<html>moved</html>".to_vec() }),
        ("/gone", Reply::Status(404)),
    ]);
    let config =
        rightsdesk::fetch::FetchConfig { max_bytes: rightsdesk::fetch::PACK_MAX_BYTES, ..test_config() };
    let update = |path: &str| {
        api::update_data_with(None, dir.path(), &server.url(path), &test_key(), &config, date("2026-12-02"))
    };
    // An index must be signed: an unsigned one (which anyone on the way could edit) is refused.
    assert_eq!(update("/unsigned.json").unwrap_err().code(), ErrorCode::PackMalformed);
    // And a signed one is refused after its expiry date.
    let late = api::update_data_with(
        None,
        dir.path(),
        &server.url("/index.json"),
        &test_key(),
        &config,
        date("2027-01-01"),
    );
    assert_eq!(late.unwrap_err().code(), ErrorCode::PackExpired);
    assert_eq!(installed(dir.path(), PackKind::Calendar), None);

    let first = update("/calendar.json").unwrap();
    assert!(matches!(first.as_slice(), [UpdateOutcome::Installed { pack, .. }] if pack.version == v));

    let second = update("/index.json").unwrap();
    assert!(
        matches!(
            second.as_slice(),
            [UpdateOutcome::UpToDate { kind: PackKind::Calendar, .. }, UpdateOutcome::Installed { pack, .. }]
                if pack.kind == PackKind::Law
        ),
        "{second:?}"
    );
    let before = snapshot(dir.path());
    assert_eq!(update("/page").unwrap_err().code(), ErrorCode::PackMalformed);
    assert_eq!(update("/gone").unwrap_err().code(), ErrorCode::FetchHttpStatus);
    assert_eq!(snapshot(dir.path()), before);
    assert_eq!(installed(dir.path(), PackKind::Law), Some(v));
}

#[test]
fn a_damaged_installed_pack_is_reported_and_not_used() {
    let dir = tempfile::tempdir().unwrap();
    let v = BUILTIN_VERSION + 7;
    api::install_data_pack_with_key(dir.path(), &calendar_pack(v), &test_key()).unwrap();
    let stored = dir.path().join(format!("packs/calendar-{v}/pack.json"));
    let mut bytes = std::fs::read(&stored).unwrap();
    let i = bytes.len() / 2;
    bytes[i] = if bytes[i] == b'A' { b'B' } else { b'A' };
    std::fs::write(&stored, bytes).unwrap();
    let status = api::installed_data_versions_with_key(dir.path(), &test_key());
    let cal = status.iter().find(|s| s.kind == PackKind::Calendar).unwrap();
    assert_eq!((cal.installed, cal.effective), (None, BUILTIN_VERSION), "the built-in data is used");
    assert!(cal.problem.is_some());
    assert!(matches!(api::load_installed_data(dir.path(), &test_key()).as_slice(), [(_, _, Err(_))]));
}

#[test]
fn cli_data_status_and_install_refuse_a_pack_not_signed_by_the_publisher() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("rd.sqlite3");
    let file = dir.path().join("calendar.pack.json");
    std::fs::write(&file, calendar_pack(BUILTIN_VERSION + 1)).unwrap();
    let cli = || crate::support::cli_on(&db);
    let out = cli().args(["data", "status"]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        out.status.success() && text.contains(&format!("calendar\tbuilt-in {BUILTIN_VERSION}")),
        "{text}"
    );
    let out = cli().args(["data", "install"]).arg(&file).output().unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("signature does not match"), "{err}");
    assert!(!dir.path().join("packs/calendar.current").exists());
}

// --- the pack location setting (issue 16 item 4) ---

fn store_in(dir: &Path) -> rightsdesk::store::Store {
    rightsdesk::store::Store::open(&dir.join(rightsdesk::store::DB_FILE_NAME)).unwrap()
}

fn today() -> rightsdesk::clock::Now {
    rightsdesk::clock::Now::fixed(NaiveDate::from_ymd_opt(2026, 12, 15).unwrap())
}

#[test]
fn the_pack_location_is_off_by_default_and_nothing_is_contacted_until_it_is_turned_on() {
    let dir = tempfile::tempdir().unwrap();
    let store = store_in(dir.path());
    let loc = api::pack_location(&store).unwrap();
    assert!(!loc.enabled && loc.location.is_none() && loc.last_checked_on.is_none());
    // Off: a location is kept, but "check now" contacts nothing (port 9 would refuse a connection).
    let off = api::PackLocationInput {
        enabled: false,
        location: Some("http://127.0.0.1:9/packs/index.json".into()),
    };
    api::set_pack_location(&store, &off).unwrap();
    let e = api::check_data_packs_now_with(&store, dir.path(), &today(), &test_key(), &test_config())
        .unwrap_err();
    assert_eq!(e.code(), ErrorCode::PackLocationOff);
    assert!(snapshot(dir.path()).is_empty());
    assert!(api::pack_location(&store).unwrap().last_checked_on.is_none(), "no check happened");
    // On without a location, a relative or missing folder, or a bad address: refused, nothing saved.
    for bad in [None, Some("packs"), Some("/no/such/folder/rightsdesk"), Some("ftp://example.invalid/p")] {
        let input = api::PackLocationInput { enabled: true, location: bad.map(String::from) };
        let e = api::set_pack_location(&store, &input).unwrap_err();
        assert_eq!(e.code(), ErrorCode::PackLocationInvalid, "{bad:?}");
    }
    assert!(!api::pack_location(&store).unwrap().enabled);
}

#[test]
fn check_now_installs_a_newer_signed_calendar_pack_from_a_folder_and_records_the_check() {
    let dir = tempfile::tempdir().unwrap();
    let packs = tempfile::tempdir().unwrap();
    let store = store_in(dir.path());
    let v = BUILTIN_VERSION + 30;
    std::fs::write(packs.path().join("calendar-2027.pack"), calendar_pack(v)).unwrap();
    std::fs::write(packs.path().join("readme.txt"), "not a pack").unwrap();
    let on = api::PackLocationInput { enabled: true, location: Some(packs.path().display().to_string()) };
    let saved = api::set_pack_location(&store, &on).unwrap();
    assert!(saved.enabled);
    let check = || api::check_data_packs_now_with(&store, dir.path(), &today(), &test_key(), &test_config());
    let first = check().unwrap();
    assert!(
        matches!(first.as_slice(), [UpdateOutcome::Installed { pack, .. }] if pack.kind == PackKind::Calendar && pack.version == v),
        "{first:?}"
    );
    assert_eq!(installed(dir.path(), PackKind::Calendar), Some(v));
    let loc = api::pack_location(&store).unwrap();
    assert_eq!(loc.last_checked_on.as_deref(), Some("2026-12-15"));
    assert!(loc.last_result.as_deref().is_some_and(|r| r.contains("installed")), "{loc:?}");
    // Again: up to date, nothing changes.
    let before = snapshot(dir.path());
    assert!(matches!(check().unwrap().as_slice(), [UpdateOutcome::UpToDate { .. }]));
    assert_eq!(snapshot(dir.path()), before);
    // A pack signed with another key is refused and the data in use stays.
    std::fs::write(packs.path().join("z-forged.pack"), {
        let mut forged = calendar_pack(v + 1);
        let n = forged.len();
        forged[n / 2] ^= 1;
        forged
    })
    .unwrap();
    assert!(check().is_err());
    assert_eq!(installed(dir.path(), PackKind::Calendar), Some(v));
    assert!(api::pack_location(&store).unwrap().last_result.unwrap().starts_with("failed"));
}

#[test]
fn the_pack_location_lives_in_its_own_table_from_migration_7() {
    let dir = tempfile::tempdir().unwrap();
    let store = store_in(dir.path());
    let conn = store.raw_connection();
    let v: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert!(v >= 7, "{v}");
    let n: i64 = conn
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'pack_location'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(n, 1);
    // One row only.
    assert!(conn.execute("INSERT INTO pack_location(id, enabled) VALUES (2, 0)", []).is_err());
}

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// Issue #17 item 8: the store keeps the highest version ever installed, so
/// pointing `<kind>.current` back at an older signed pack (or installing one)
/// is refused, at install and at start-up.
#[test]
fn a_rolled_back_pack_is_refused_at_install_and_at_start_up() {
    let (dir, store) = crate::support::temp_store();
    let (old, new) = (BUILTIN_VERSION + 3, BUILTIN_VERSION + 9);
    let today = date("2026-12-02");
    api::install_data_pack_checked(&store, dir.path(), &calendar_pack(old), &test_key(), today).unwrap();
    let old_copy = std::fs::read(dir.path().join(format!("packs/calendar-{old}/pack.json"))).unwrap();
    api::install_data_pack_checked(&store, dir.path(), &calendar_pack(new), &test_key(), today).unwrap();
    assert_eq!(store.pack_floor("calendar").unwrap(), Some(new));
    assert!(!dir.path().join(format!("packs/calendar-{old}")).exists(), "the older pack folder is gone");

    // Someone with write access to the data folder puts the old signed pack back.
    let old_dir = dir.path().join(format!("packs/calendar-{old}"));
    std::fs::create_dir_all(&old_dir).unwrap();
    std::fs::write(old_dir.join("pack.json"), &old_copy).unwrap();
    std::fs::write(dir.path().join("packs/calendar.current"), format!("{old}\n")).unwrap();
    std::fs::remove_dir_all(dir.path().join(format!("packs/calendar-{new}"))).unwrap();
    // Without the store's record the folder alone would accept it again …
    let unchecked = tempfile::tempdir().unwrap();
    api::install_data_pack_with_key(unchecked.path(), &old_copy, &test_key()).unwrap();
    // … but the store refuses it, at install …
    let err = api::install_data_pack_checked(&store, dir.path(), &old_copy, &test_key(), today).unwrap_err();
    assert_eq!(err.code(), ErrorCode::PackOutdated, "{err}");
    // … and at start-up (checked before anything is put in use).
    let floors = api::pack_floors(&store).unwrap();
    assert_eq!(floors.get(&PackKind::Calendar), Some(&new));
    let loaded = api::load_installed_data(dir.path(), &test_key());
    assert!(
        matches!(loaded.as_slice(), [(PackKind::Calendar, v, Ok(_))] if *v == old),
        "the pack itself verifies"
    );
    // The record lives in the database: it survives a reopen.
    let path = store.path().unwrap().to_path_buf();
    drop(store);
    let store = rightsdesk::store::Store::open(&path).unwrap();
    assert_eq!(store.pack_floor("calendar").unwrap(), Some(new));
}

#[test]
fn an_expired_pack_is_refused_and_the_manifest_names_its_key() {
    let (dir, store) = crate::support::temp_store();
    let source = PackSource {
        kind: PackKind::Calendar,
        version: BUILTIN_VERSION + 4,
        created: "2026-12-01T08:00:00Z".into(),
        notes: None,
        expires: Some(date("2026-12-31")),
        files: vec![("cn-workdays.json".into(), calendar_with_test_2027())],
    };
    let bytes = datapack::build(&source, &test_seed()).unwrap();
    let verified = datapack::verify(&bytes, &test_key()).unwrap();
    assert_eq!(verified.expires, Some(date("2026-12-31")));
    assert_eq!(verified.key_id.as_deref(), Some(datapack::key_id(&test_key()).as_str()));
    let err = api::install_data_pack_checked(&store, dir.path(), &bytes, &test_key(), date("2027-01-01"))
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::PackExpired, "{err}");
    assert_eq!(store.pack_floor("calendar").unwrap(), None, "nothing recorded");
    api::install_data_pack_checked(&store, dir.path(), &bytes, &test_key(), date("2026-12-31")).unwrap();
    // A manifest that names another key than the one checking it is refused.
    let manifest = br#"{"format":1,"kind":"calendar","version":2026112399,"created":"2026-12-01T08:00:00Z","keyId":"0000000000000000","files":{"a.json":{"base64":"e30=","sha256":"44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a"}}}"#;
    let sealed = datapack::seal(manifest, &test_seed());
    assert!(
        matches!(datapack::verify(&sealed, &test_key()), Err(PackError::Malformed(m)) if m.contains("0000000000000000"))
    );
}
