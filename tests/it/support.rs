//! Shared helpers: temporary stores, fixed dates, a sample inventory.

use chrono::NaiveDate;
use rightsdesk::api;
use rightsdesk::clock::Now;
use rightsdesk::holder::{
    AccountFields, DataCategory, DiscoverySource, Holder, HolderFields, HolderKind, Identifier,
};
use rightsdesk::jurisdiction::Jurisdiction;
use rightsdesk::store::{DB_FILE_NAME, Store};
use tempfile::TempDir;

pub fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// A file-backed store in a fresh temporary folder (attachments work).
pub fn temp_store() -> (TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join(DB_FILE_NAME)).unwrap();
    (dir, store)
}

pub fn now(s: &str) -> Now {
    Now::fixed(date(s))
}

pub fn holder(store: &Store, name: &str, j: Jurisdiction, kind: HolderKind) -> Holder {
    api::add_holder(
        store,
        HolderFields {
            name: name.into(),
            name_zh: Some(format!("{name}（中文名）")),
            operator: Some(format!("{name} Operator Ltd.")),
            jurisdiction: Some(j),
            kind: Some(kind),
            email: Some("privacy@example.com".into()),
            ..Default::default()
        },
        &now("2026-01-05"),
    )
    .unwrap()
}

pub fn account(store: &Store, h: &Holder, ids: &[&str], cats: &[DataCategory]) {
    api::add_account(
        store,
        h.id,
        AccountFields {
            identifiers: ids.iter().map(|s| Identifier::parse(s).unwrap()).collect(),
            categories: cats.to_vec(),
            source: DiscoverySource::Manual,
            notes: None,
        },
        &now("2026-01-05"),
    )
    .unwrap();
}

/// A file or folder under `tests/fixtures/`.
pub fn fixture(rel: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(rel)
}

/// The day the CLI tests run on, whatever the real date: after every date they send.
pub const CLI_TODAY: &str = "2026-06-01";

/// The CLI on the database `db`, on [`CLI_TODAY`], with no data folder or proxy from the environment.
pub fn cli_on(db: &std::path::Path) -> assert_cmd::Command {
    let mut c = assert_cmd::Command::cargo_bin("rightsdesk").unwrap();
    c.arg("--db").arg(db).env_remove("RIGHTSDESK_DATA_DIR").env(rightsdesk::clock::TODAY_ENV, CLI_TODAY);
    for proxy in ["HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"] {
        c.env_remove(proxy);
    }
    c
}

/// The CLI on the database `t.sqlite3` in `dir` (see [`cli_on`]).
pub fn cli(dir: impl AsRef<std::path::Path>) -> assert_cmd::Command {
    cli_on(&dir.as_ref().join("t.sqlite3"))
}

/// Runs the CLI, which must succeed, and returns what it printed (trimmed).
pub fn out(dir: impl AsRef<std::path::Path>, args: &[&str]) -> String {
    let o = cli(dir).args(args).output().unwrap();
    assert!(o.status.success(), "{args:?} failed: {}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8(o.stdout).unwrap().trim().to_string()
}
