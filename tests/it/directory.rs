//! The built-in directory: loading, merging, search, provenance, adding entries
//! to the inventory and refreshing them without losing the user's edits (issue #7).

use crate::support::{cli_on, now, temp_store};
use rightsdesk::api;
use rightsdesk::directory::{
    Confidence, DATA_LICENCES, DataSource, Directory, MatchKind, MatchedField, Sources,
};
use rightsdesk::holder::HolderFields;
use rightsdesk::jurisdiction::Jurisdiction;
use rightsdesk::{ErrorCode, Store};
use std::time::Instant;

#[test]
fn builtin_directory_loads_once_and_quickly() {
    // Parse the shipped data afresh (the shared instance may already be loaded by another test).
    let t = Instant::now();
    let fresh = Directory::from_sources(&Sources::builtin()).unwrap();
    let first = t.elapsed();
    let dir = Directory::builtin();
    assert_eq!(fresh.entries().len(), dir.entries().len());
    let t = Instant::now();
    let again = Directory::builtin();
    let second = t.elapsed();
    assert!(std::ptr::eq(dir, again), "parsed once and shared");
    eprintln!(
        "directory: {} entries, {} authorities; parse {first:?}, shared instance {second:?}",
        dir.entries().len(),
        dir.authorities().len()
    );
    // Speed is measured by `cargo bench --bench search`, not asserted here.
    assert!(dir.entries().len() > 5_000, "cn + Datenanfragen + JustDeleteMe: {}", dir.entries().len());
    assert_eq!(dir.authorities().len(), 57, "every supervisory authority is kept");
    let mut ids: Vec<&str> = dir.entries().iter().map(|e| e.id.as_str()).collect();
    ids.sort();
    let before = ids.len();
    ids.dedup();
    assert_eq!(before, ids.len(), "entry ids are unique");
}

#[test]
fn search_finds_taobao_by_chinese_english_domain_alias_and_url() {
    let dir = Directory::builtin();
    for q in
        ["淘宝", "Taobao", "taobao", "TAOBAO.COM", "taobao.com", "手机淘宝", "https://www.taobao.com/x?y=1"]
    {
        let t = Instant::now();
        let hits = dir.search(q, 10);
        let took = t.elapsed();
        assert_eq!(hits.first().map(|h| h.entry.id.as_str()), Some("cn:taobao"), "query {q}: {hits:?}");
        assert_eq!(hits[0].kind, MatchKind::Exact, "query {q} matches exactly");
        eprintln!("search {q:?}: {took:?}");
    }
}

#[test]
fn search_finds_chinese_names_by_pinyin_in_full_and_by_initials() {
    let dir = Directory::builtin();
    let ids = |q: &str| dir.search(q, 10).iter().map(|h| h.entry.id.clone()).collect::<Vec<_>>();
    for (q, id) in
        [("tb", "cn:taobao"), ("taob", "cn:taobao"), ("mt", "cn:meituan"), ("meituan", "cn:meituan")]
    {
        assert!(ids(q).iter().any(|x| x == id), "query {q}: {:?}", ids(q));
    }
    let hit = dir.search("tb", 50).into_iter().find(|h| h.entry.id == "cn:taobao").unwrap();
    assert_eq!((hit.field, hit.kind), (MatchedField::Pinyin, MatchKind::Exact));
    // Pinyin is a key of its own: a name with no Chinese gets none.
    assert!(dir.search("zzzqqq", 10).is_empty());
}

#[test]
fn search_ranks_exact_before_prefix_before_substring() {
    let dir = Directory::builtin();
    let hits = dir.search("QQ", 50);
    assert_eq!(hits[0].entry.id, "cn:qq", "{:?}", hits.iter().map(|h| &h.entry.id).collect::<Vec<_>>());
    let kinds: Vec<MatchKind> = hits.iter().map(|h| h.kind).collect();
    let mut sorted = kinds.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(kinds, sorted, "exact, then prefix, then substring");
    assert!(hits.iter().any(|h| h.entry.id == "cn:qq-music" && h.kind == MatchKind::Prefix));
    // A brand (Datenanfragen `runs`) is searchable too.
    let brand = dir.entries().iter().find(|e| !e.brands.is_empty()).unwrap();
    let hits = dir.search(&brand.brands[0], 50);
    assert!(hits.iter().any(|h| h.entry.id == brand.id), "brand {} finds {}", brand.brands[0], brand.id);
    assert!(dir.search("", 10).is_empty());
    assert!(dir.search("zzzz-no-such-company-zzzz", 10).is_empty());
}

#[test]
fn justdeleteme_records_merge_into_entries_with_the_same_domain() {
    let dir = Directory::builtin();
    let wechat = dir.get("cn:wechat").unwrap();
    assert!(wechat.merged.iter().any(|m| m.starts_with("jdm:")), "{:?}", wechat.merged);
    let deletion = wechat.contacts.deletion_url.as_ref().expect("WeChat gets JustDeleteMe's deletion path");
    assert_eq!(deletion.provenance.source, DataSource::JustDeleteMe);
    // The merged record's id still resolves, to the entry it was merged into.
    let merged_id = wechat.merged.iter().find(|m| m.starts_with("jdm:")).unwrap();
    assert_eq!(dir.get(merged_id).unwrap().id, "cn:wechat");
    // No separate JustDeleteMe entry for a domain a Chinese entry has.
    assert!(dir.entries().iter().filter(|e| e.domains.contains(&"zhihu.com".to_string())).count() == 1);
}

#[test]
fn hosts_match_the_most_specific_entry() {
    let dir = Directory::builtin();
    let first = |h: &str| dir.match_host(h).first().map(|e| e.id.clone());
    assert_eq!(first("weixin.qq.com").as_deref(), Some("cn:wechat"));
    assert_eq!(first("mail.qq.com").as_deref(), Some("cn:qq"));
    assert_eq!(first("passport.bilibili.com").as_deref(), Some("cn:bilibili"));
    assert_eq!(first("2.taobao.com").as_deref(), Some("cn:xianyu"));
    assert_eq!(first("login.taobao.com").as_deref(), Some("cn:taobao"));
    assert_eq!(first("nothing-here.example"), None);
}

#[test]
fn every_contact_keeps_its_provenance_and_unconfirmed_ones_say_so() {
    let dir = Directory::builtin();
    let didi = dir.get("cn:didi").unwrap();
    let email = didi.contacts.email.as_ref().unwrap();
    assert_eq!(email.value, "gerenxinxibaohu@didiglobal.com");
    assert_eq!(email.provenance.source, DataSource::CnHolders);
    assert_eq!(email.provenance.basis.as_deref(), Some("direct"));
    assert!(email.needs_confirmation(), "cn-holders: confirm every contact against the live policy");
    assert!(didi.holder_fields().notes.unwrap().contains("before sending"));
    for e in dir.entries() {
        let c = &e.contacts;
        for s in
            [&c.email, &c.phone, &c.address, &c.webform, &c.policy_url, &c.deletion_url].into_iter().flatten()
        {
            assert!(s.provenance.date.is_some(), "{}: every contact carries the date of its data", e.id);
        }
        assert_eq!(e.jurisdiction.provenance.confidence, Confidence::Guessed, "{}", e.id);
    }
    let confirmed = dir
        .entries()
        .iter()
        .filter_map(|e| e.contacts.email.as_ref())
        .filter(|s| s.provenance.source == DataSource::Datenanfragen)
        .any(|s| s.provenance.confidence == Confidence::Confirmed);
    assert!(confirmed, "Datenanfragen `verified` records count as confirmed");
}

#[test]
fn jurisdictions_are_guessed_per_source() {
    let dir = Directory::builtin();
    assert_eq!(dir.get("cn:taobao").unwrap().jurisdiction.value, Jurisdiction::Cn);
    let uk = dir.get("da:1and1-gb").unwrap();
    assert_eq!(uk.jurisdiction.value, Jurisdiction::Uk, "{:?}", uk.jurisdiction);
    let de = dir.entries().iter().find(|e| e.countries == ["de"]).unwrap();
    assert_eq!(de.jurisdiction.value, Jurisdiction::Eu);
    let us = dir.get("da:123greetings").unwrap();
    assert_eq!(us.jurisdiction.value, Jurisdiction::Other, "a US address with `all` countries");
}

#[test]
fn supervisory_authorities_route_gdpr_complaints() {
    let dir = Directory::builtin();
    let fr = dir.authorities_for("fr");
    assert_eq!(fr.len(), 1);
    assert!(fr[0].name.contains("CNIL") || fr[0].id == "dpa:frcnil", "{:?}", fr[0]);
    assert!(dir.authorities_for("de").len() > 10, "federal and Länder authorities");
    assert_eq!(dir.authorities_for("uk")[0].id, "dpa:gbico");
    let de_entry = dir.entries().iter().find(|e| e.countries == ["de"]).unwrap();
    assert!(!api::complaint_authorities(&de_entry.id).unwrap().is_empty());
}

#[test]
fn the_justdeleteme_licence_ships_with_the_data() {
    let jdm = DATA_LICENCES.iter().find(|l| l.data_set == "JustDeleteMe").unwrap();
    assert_eq!(jdm.licence, "MIT");
    assert!(jdm.text.contains("Permission is hereby granted") && jdm.text.contains("Robb Lewis"));
    let da = DATA_LICENCES.iter().find(|l| l.licence == "CC0-1.0").unwrap();
    assert!(da.text.contains("CC0 1.0 Universal"));
    assert_eq!(api::data_licences().len(), DATA_LICENCES.len());
}

#[test]
fn adding_an_entry_creates_a_linked_holder_once() {
    let (_dir, mut store) = temp_store();
    let h = api::add_from_directory(&mut store, "cn:taobao", &now("2026-03-02")).unwrap();
    assert_eq!(h.fields.directory_ref.as_deref(), Some("cn:taobao"));
    assert_eq!(h.fields.name_zh.as_deref(), Some("淘宝"));
    assert_eq!(h.fields.jurisdiction, Some(Jurisdiction::Cn));
    assert!(h.fields.aliases.contains(&"手机淘宝".to_string()));
    assert!(
        store.get_directory_snapshot(h.id).unwrap().is_some(),
        "what came from the directory is kept apart"
    );
    let listed = api::list_holders(&store).unwrap();
    for spelling in ["taobao", "tb", "shoujitaobao", "sjtb"] {
        assert!(listed[0].spellings.iter().any(|s| s == spelling), "{spelling}: {:?}", listed[0].spellings);
    }
    let again = api::add_from_directory(&mut store, "cn:taobao", &now("2026-03-03")).unwrap();
    assert_eq!(again.id, h.id, "adding the same entry twice does not duplicate it");
    let err = api::add_from_directory(&mut store, "cn:no-such-app", &now("2026-03-03")).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotFound);
    assert_eq!(store.list_holders().unwrap().len(), 1);
}

/// The shipped sources with DiDi's e-mail, phone and policy changed, as a newer directory would have them.
fn newer_directory() -> Directory {
    let base = Sources::builtin();
    let mut cn: serde_json::Value = serde_json::from_str(base.cn_holders).unwrap();
    let didi = cn["holders"].as_array_mut().unwrap().iter_mut().find(|h| h["id"] == "didi").unwrap();
    didi["privacy_email"] = "privacy-new@didiglobal.com".into();
    didi["privacy_phone"] = "400-000-0000".into();
    didi["policy_url"] = "https://www.didiglobal.com/privacy-2027".into();
    let text = cn.to_string();
    Directory::from_sources(&Sources { cn_holders: &text, ..base }).unwrap()
}

#[test]
fn a_directory_update_keeps_the_users_own_edits() {
    let (_dir, mut store) = temp_store();
    let h = api::add_from_directory(&mut store, "cn:didi", &now("2026-03-02")).unwrap();
    // The user corrects the phone number and writes a note; e-mail and policy stay as they came.
    let edited = HolderFields {
        phone: Some("010-8888-8888".into()),
        notes: Some("my own note".into()),
        ..h.fields.clone()
    };
    api::update_holder(&store, h.id, edited, &now("2026-03-03")).unwrap();

    let report = api::refresh_from_directory(&mut store, &newer_directory(), &now("2026-04-01")).unwrap();
    assert_eq!(report.checked, 1);
    assert_eq!(report.updated, vec![h.id]);
    let after = store.get_holder(h.id).unwrap().unwrap().fields;
    assert_eq!(
        after.email.as_deref(),
        Some("privacy-new@didiglobal.com"),
        "untouched fields follow the directory"
    );
    assert_eq!(after.policy_url.as_deref(), Some("https://www.didiglobal.com/privacy-2027"));
    assert_eq!(after.phone.as_deref(), Some("010-8888-8888"), "the user's phone is kept");
    assert_eq!(after.notes.as_deref(), Some("my own note"), "the user's note is kept");
    assert_eq!(report.kept[0].fields, vec!["phone", "notes"]);
    // The snapshot now holds the newer directory values: a second refresh changes nothing.
    let again = api::refresh_from_directory(&mut store, &newer_directory(), &now("2026-04-02")).unwrap();
    assert!(again.updated.is_empty(), "{again:?}");
    // Going back to the shipped directory restores the e-mail (still unedited), not the phone.
    api::refresh_from_directory(&mut store, Directory::builtin(), &now("2026-04-03")).unwrap();
    let back = store.get_holder(h.id).unwrap().unwrap().fields;
    assert_eq!(back.email.as_deref(), Some("gerenxinxibaohu@didiglobal.com"));
    assert_eq!(back.phone.as_deref(), Some("010-8888-8888"));
}

#[test]
fn broken_directory_data_is_refused_with_the_file_named() {
    let base = Sources::builtin();
    let err = Directory::from_sources(&Sources { companies: "[{\"slug\": 5}]", ..base }).unwrap_err();
    assert!(err.to_string().contains("datenanfragen/companies.json"), "{err}");
    let err = rightsdesk::Error::from(err);
    assert_eq!(err.code(), ErrorCode::DirectoryInvalid);
}

#[test]
fn cli_searches_and_adds_directory_entries() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.sqlite3");
    let out = cli_on(&db).args(["directory", "search", "淘宝", "--json"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let hits: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(hits[0]["entry"]["id"], "cn:taobao");
    assert_eq!(hits[0]["entry"]["contacts"]["policyUrl"], serde_json::Value::Null);
    let text = cli_on(&db).args(["directory", "search", "bilibili"]).output().unwrap();
    assert!(String::from_utf8_lossy(&text.stdout).contains("cn:bilibili"));
    let added = cli_on(&db).args(["directory", "add", "cn:jd"]).output().unwrap();
    assert!(added.status.success(), "{}", String::from_utf8_lossy(&added.stderr));
    assert_eq!(String::from_utf8_lossy(&added.stdout).trim(), "1");
    let shown = cli_on(&db).args(["directory", "show", "cn:didi"]).output().unwrap();
    assert!(String::from_utf8_lossy(&shown.stdout).contains("confirm before sending"));
    let licences = cli_on(&db).args(["directory", "licences"]).output().unwrap();
    assert!(String::from_utf8_lossy(&licences.stdout).contains("Robb Lewis"));
    let store = Store::open(&db).unwrap();
    assert_eq!(store.list_holders().unwrap()[0].fields.directory_ref.as_deref(), Some("cn:jd"));
}
