//! Installed data packs are put in use at start-up. This runs in its own test
//! process: the data in use is set once per process, and the other test
//! binaries must keep the shipped data.

use rightsdesk::api;
use rightsdesk::datapack::{self, BUILTIN_VERSION, PackKind, PackSource};
use rightsdesk::directory::Directory;

#[path = "common/pack_key.rs"]
mod pack_key;
use pack_key::{test_key, test_seed};

fn read(rel: &str) -> Vec<u8> {
    std::fs::read(format!("{}/src/directory/data/{rel}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

/// The shipped directory plus one invented company (TEST data).
fn directory_files() -> Vec<(String, Vec<u8>)> {
    let mut companies: Vec<serde_json::Value> =
        serde_json::from_slice(&read("datenanfragen/companies.json")).unwrap();
    companies.push(serde_json::json!({
        "slug": "zz-packtest", "relevant-countries": ["all"], "categories": ["commerce"],
        "name": "Packtest Example GmbH", "email": "privacy@packtest.example", "web": "https://packtest.example",
        "sources": ["https://packtest.example/privacy"], "quality": "verified"
    }));
    vec![
        ("cn-holders.json".into(), read("cn-holders.json")),
        ("cn-aliases.toml".into(), read("cn-aliases.toml")),
        ("companies.json".into(), serde_json::to_vec(&companies).unwrap()),
        ("supervisory-authorities.json".into(), read("datenanfragen/supervisory-authorities.json")),
        ("sites.json".into(), read("justdeleteme/sites.json")),
    ]
}

#[test]
fn an_installed_directory_pack_is_what_the_app_searches_after_start_up() {
    let dir = tempfile::tempdir().unwrap();
    let (seed, key) = (test_seed(), test_key());
    let version = BUILTIN_VERSION + 1;
    let pack = datapack::build(
        &PackSource {
            kind: PackKind::Directory,
            version,
            created: "2026-12-01T08:00:00Z".into(),
            notes: Some("test pack".into()),
            expires: None,
            files: directory_files(),
        },
        &seed,
    )
    .unwrap();
    api::install_data_pack_with_key(dir.path(), &pack, &key).expect("a valid pack installs");
    assert!(!Directory::builtin_is_loaded(), "nothing looked anything up yet");

    let activations = api::activate_installed_data_with_key(dir.path(), &key);
    let directory = activations.iter().find(|a| a.kind == PackKind::Directory).expect("the directory pack");
    assert!(directory.active, "put in use: {directory:?}");
    assert_eq!(directory.version, version);

    let hits = api::search_directory("Packtest", 5);
    assert_eq!(
        hits.first().map(|h| h.entry.contacts.email.as_ref().map(|e| e.value.clone())),
        Some(Some("privacy@packtest.example".into()))
    );
    assert!(!api::search_directory("淘宝", 5).is_empty(), "the shipped entries are still there");

    // A second activation in the same process is refused, not half-applied.
    let again = api::activate_installed_data_with_key(dir.path(), &key);
    let late = again.iter().find(|a| a.kind == PackKind::Directory).unwrap();
    assert!(!late.active && late.problem.as_deref().unwrap_or("").contains("next start"), "{late:?}");
}
