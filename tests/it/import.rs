//! Imports that discover holders, hostile inputs, and the interchange formats (issue #7).

use crate::support::{self, cli_on, fixture, now, temp_store};
use proptest::prelude::*;
use rightsdesk::api::{self, ImportPreview};
use rightsdesk::clock::Now;
use rightsdesk::holder::{DiscoverySource, HolderKind, IdentifierKind};
use rightsdesk::i18n::Locale;
use rightsdesk::import::{Control, ImportError, ImportSource, Progress, mbox, passwords, sms};
use rightsdesk::interchange::inventory::{self, InventoryFormat};
use rightsdesk::jurisdiction::Jurisdiction;
use rightsdesk::request::RequestKind;
use rightsdesk::{ErrorCode, Store};
use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

const PASSWORD_FILES: [(&str, &str); 7] = [
    ("chrome-edge.csv", "Chrome or Edge"),
    ("firefox.csv", "Firefox"),
    ("safari.csv", "Safari"),
    ("bitwarden.csv", "Bitwarden"),
    ("1password.csv", "1Password"),
    ("keepassxc.csv", "KeePassXC"),
    ("lastpass.csv", "LastPass"),
];

/// Every secret planted in the fixtures starts with this.
const SECRET_MARK: &str = "FAKE-";

fn preview_file(
    store: &Store,
    source: ImportSource,
    path: &Path,
) -> Result<ImportPreview, rightsdesk::Error> {
    api::import_preview_path(store, source, path, &mut Control::none())
}

fn password_fixture(name: &str) -> PathBuf {
    fixture(&format!("imports/passwords/{name}"))
}

/// All bytes of the database files (main file and WAL) in a store's folder.
fn database_bytes(dir: &Path) -> Vec<u8> {
    let mut all = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let p = entry.unwrap().path();
        if p.is_file() {
            all.extend(std::fs::read(&p).unwrap());
        }
    }
    all
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle.as_bytes())
}

#[test]
fn every_password_manager_layout_is_detected_and_passwords_never_leave_the_parse() {
    let (dir, mut store) = temp_store();
    for (file, format) in PASSWORD_FILES {
        let path = password_fixture(file);
        let raw = std::fs::read_to_string(&path).unwrap();
        assert!(raw.contains(SECRET_MARK), "{file} plants fake passwords");
        let preview = preview_file(&store, ImportSource::Passwords, &path).unwrap();
        assert_eq!(preview.format, format, "{file}");
        assert!(!preview.proposals.is_empty(), "{file} proposes holders");
        let debug = format!("{preview:?}");
        let json = serde_json::to_string(&preview).unwrap();
        assert!(
            !debug.contains(SECRET_MARK),
            "{file}: a password, note or TOTP seed reached the preview: {debug}"
        );
        assert!(!json.contains(SECRET_MARK), "{file}: a secret reached the preview JSON");
        api::import_confirm(&mut store, &preview, &now("2026-03-02")).unwrap();
    }
    drop(store);
    let bytes = database_bytes(dir.path());
    assert!(!bytes.is_empty());
    assert!(!contains(&bytes, SECRET_MARK), "no password is in the database files");
    assert!(contains(&bytes, "lilei_bili"), "usernames are kept (sanity check of the byte search)");
}

#[test]
fn chrome_export_proposes_directory_holders_with_usernames_and_skips_non_sites() {
    let (_dir, store) = temp_store();
    let p = preview_file(&store, ImportSource::Passwords, &password_fixture("chrome-edge.csv")).unwrap();
    let by_entry = |id: &str| p.proposals.iter().find(|x| x.entry_id.as_deref() == Some(id));
    let taobao = by_entry("cn:taobao").expect("login.taobao.com → 淘宝");
    assert_eq!(taobao.holder.name_zh.as_deref(), Some("淘宝"));
    assert_eq!(taobao.accounts[0].identifiers[0].value, "li.lei@example.cn");
    assert_eq!(taobao.accounts[0].identifiers[0].kind, IdentifierKind::Email);
    assert_eq!(taobao.accounts[0].source, DiscoverySource::ImportPasswords);
    let jd = by_entry("cn:jd").unwrap();
    assert_eq!(jd.accounts[0].identifiers[0].kind, IdentifierKind::Phone);
    assert!(by_entry("cn:bilibili").is_some());
    let unknown = p.proposals.iter().find(|x| x.key == "domain:example-shop.cn").unwrap();
    assert!(unknown.unresolved && unknown.entry_id.is_none());
    assert!(unknown.selected, "a saved login is an account, known company or not");
    let reasons: Vec<&str> = p.skipped.iter().map(|s| s.reason.as_str()).collect();
    assert!(reasons.iter().any(|r| r.contains("IP address")), "{reasons:?}");
    assert!(reasons.iter().any(|r| r.contains("app entry")), "{reasons:?}");
    assert!(p.skipped.iter().all(|s| s.at.starts_with("line ")));
    assert!(
        taobao.unconfirmed_contacts.is_empty() || taobao.holder.notes.as_deref().unwrap().contains("Confirm")
    );
}

#[test]
fn preview_writes_nothing_and_confirm_deduplicates_against_the_inventory() {
    let (_dir, mut store) = temp_store();
    let path = password_fixture("chrome-edge.csv");
    let first = preview_file(&store, ImportSource::Passwords, &path).unwrap();
    assert!(store.list_holders().unwrap().is_empty(), "a preview writes nothing");
    assert!(first.proposals.iter().all(|p| p.existing_holder.is_none()));
    let outcome = api::import_confirm(&mut store, &first, &now("2026-03-02")).unwrap();
    assert_eq!(outcome.created.len(), first.proposals.iter().filter(|p| p.selected).count());
    let holders = store.list_holders().unwrap();
    let taobao = holders.iter().find(|h| h.fields.directory_ref.as_deref() == Some("cn:taobao")).unwrap();
    assert!(store.get_directory_snapshot(taobao.id).unwrap().is_some(), "directory holders keep a snapshot");
    let accounts = store.list_accounts(None).unwrap().len();

    let second = preview_file(&store, ImportSource::Passwords, &path).unwrap();
    assert!(
        second.proposals.iter().all(|p| p.existing_holder.is_some()),
        "everything is already there: {second:?}"
    );
    let again = api::import_confirm(&mut store, &second, &now("2026-03-03")).unwrap();
    assert!(again.created.is_empty() && again.accounts_added == 0, "{again:?}");
    assert_eq!(store.list_holders().unwrap().len(), holders.len());
    assert_eq!(store.list_accounts(None).unwrap().len(), accounts);

    // A holder the user added by hand is recognised by its domain.
    let (_d2, mut store2) = temp_store();
    let h = support::holder(&store2, "My Zhihu", Jurisdiction::Cn, HolderKind::App);
    let mut f = h.fields.clone();
    f.domains = vec!["zhihu.com".into()];
    api::update_holder(&store2, h.id, f, &now("2026-03-01")).unwrap();
    let p = preview_file(&store2, ImportSource::Passwords, &password_fixture("firefox.csv")).unwrap();
    let zhihu = p.proposals.iter().find(|x| x.entry_id.as_deref() == Some("cn:zhihu")).unwrap();
    assert_eq!(zhihu.existing_holder, Some(h.id));
    let out = api::import_confirm(&mut store2, &p, &now("2026-03-02")).unwrap();
    assert!(out.updated.contains(&h.id), "the existing holder gets the new identifier");
    assert_eq!(
        store2
            .list_holders()
            .unwrap()
            .iter()
            .filter(|x| x.fields.domains.contains(&"zhihu.com".into()))
            .count(),
        1
    );
}

#[test]
fn confirm_writes_in_one_transaction() {
    let (_dir, mut store) = temp_store();
    let mut preview =
        preview_file(&store, ImportSource::Passwords, &password_fixture("chrome-edge.csv")).unwrap();
    // The user (or a buggy UI) breaks the last proposal: nothing at all may be written.
    let last = preview.proposals.last_mut().unwrap();
    last.entry_id = None;
    last.holder.name = "   ".into();
    last.selected = true;
    let err = api::import_confirm(&mut store, &preview, &now("2026-03-02")).unwrap_err();
    assert!(err.to_string().contains(&format!("record {}", preview.proposals.len())), "{err}");
    assert!(store.list_holders().unwrap().is_empty(), "earlier proposals were rolled back");
    assert!(store.list_accounts(None).unwrap().is_empty());
}

#[test]
fn unselected_and_resolved_proposals_are_honoured() {
    let (_dir, mut store) = temp_store();
    let mut preview =
        preview_file(&store, ImportSource::Sms, &fixture("imports/sms/01-documented.txt")).unwrap();
    let unknown = preview.proposals.iter_mut().find(|p| p.label == "某某优选").unwrap();
    assert!(unknown.unresolved && !unknown.selected, "unknown names are listed, not added");
    // The user says who it is.
    unknown.entry_id = Some("cn:vipshop".into());
    unknown.selected = true;
    preview.proposals.iter_mut().find(|p| p.label == "抖音").unwrap().selected = false;
    api::import_confirm(&mut store, &preview, &now("2026-03-02")).unwrap();
    let refs: Vec<String> =
        store.list_holders().unwrap().into_iter().filter_map(|h| h.fields.directory_ref).collect();
    assert!(refs.contains(&"cn:vipshop".to_string()));
    assert!(!refs.contains(&"cn:douyin".to_string()));
    assert!(refs.contains(&"cn:alipay".to_string()));
}

/// A platform as proposed: the name as written, the directory entry, the count.
type Platform = (String, Option<String>, u64);

fn sms_names(file: &str) -> (Vec<Platform>, Option<String>) {
    let (_dir, store) = temp_store();
    let p = preview_file(&store, ImportSource::Sms, &fixture(&format!("imports/sms/{file}"))).unwrap();
    let phone = p
        .proposals
        .first()
        .and_then(|x| x.accounts[0].identifiers.iter().find(|i| i.kind == IdentifierKind::Phone))
        .map(|i| i.value.clone());
    (p.proposals.into_iter().map(|x| (x.label, x.entry_id, x.count)).collect(), phone)
}

#[test]
fn sms_variants_are_all_recognised() {
    let id = |s: &str| Some(s.to_string());
    let (v, phone) = sms_names("01-documented.txt");
    assert_eq!(
        v,
        vec![
            ("微信".into(), id("cn:wechat"), 1),
            ("支付宝".into(), id("cn:alipay"), 2),
            ("淘宝".into(), id("cn:taobao"), 1),
            ("京东".into(), id("cn:jd"), 1),
            ("抖音".into(), id("cn:douyin"), 1),
            ("哔哩哔哩".into(), id("cn:bilibili"), 1),
            ("某某优选".into(), None, 1),
        ]
    );
    assert_eq!(phone, None, "a masked number is not an identifier");
    let (v, _) = sms_names("02-fullwidth-ge.txt");
    assert_eq!(
        v,
        vec![
            ("微信".into(), id("cn:wechat"), 1),
            ("QQ".into(), id("cn:qq"), 2),
            ("拼多多".into(), id("cn:pinduoduo"), 1),
            ("美团".into(), id("cn:meituan"), 1),
        ]
    );
    let (v, _) = sms_names("03-semicolons-spaces.txt");
    assert_eq!(
        v,
        vec![
            ("微信".into(), id("cn:wechat"), 1),
            ("支付宝".into(), id("cn:alipay"), 2),
            ("铁路12306".into(), id("cn:railway-12306"), 1),
            ("饿了么".into(), id("cn:eleme"), 1),
            ("星河云盘".into(), None, 1),
        ]
    );
    let (v, _) = sms_names("04-one-per-line.txt");
    assert_eq!(
        v,
        vec![
            ("微信".into(), id("cn:wechat"), 1),
            ("淘宝".into(), id("cn:taobao"), 2),
            ("小红书".into(), id("cn:xiaohongshu"), 1),
            ("滴滴出行".into(), id("cn:didi"), 1),
        ]
    );
    let (v, _) = sms_names("05-no-counts.txt");
    let names: Vec<&str> = v.iter().map(|x| x.0.as_str()).collect();
    assert_eq!(names, ["微信", "QQ", "淘宝", "知乎", "Keep"]);
    assert!(v.iter().all(|x| x.1.is_some()), "{v:?}");
    let (v, _) = sms_names("06-halfwidth-spaced.txt");
    assert_eq!(
        v,
        vec![
            ("微信".into(), id("cn:wechat"), 1),
            ("支付宝".into(), id("cn:alipay"), 1),
            ("百度".into(), id("cn:baidu"), 3),
            ("新浪微博".into(), id("cn:weibo"), 1),
            ("B站".into(), id("cn:bilibili"), 1),
        ]
    );
    let (v, phone) = sms_names("07-full-number.txt");
    assert_eq!(phone.as_deref(), Some("13800138000"), "an unmasked number becomes the account identifier");
    assert_eq!(v[1], ("华为账号".into(), id("cn:huawei-account"), 1));
    assert_eq!(v[2], ("中国移动".into(), id("cn:china-mobile"), 1));
}

#[test]
fn an_mbox_gives_sender_domains_with_counts_and_dates_and_never_bodies() {
    let (_dir, store) = temp_store();
    let p = preview_file(&store, ImportSource::Mbox, &fixture("imports/mail/archive.mbox")).unwrap();
    assert_eq!(p.format, "mbox");
    assert_eq!(p.records, 4);
    let taobao = p.proposals.iter().find(|x| x.entry_id.as_deref() == Some("cn:taobao")).unwrap();
    assert_eq!(taobao.count, 2);
    assert_eq!(taobao.first_seen, Some(support::date("2025-01-01")));
    assert_eq!(taobao.last_seen, Some(support::date("2025-06-10")));
    assert!(taobao.selected);
    let gmail = p.proposals.iter().find(|x| x.domains == ["gmail.com"]).expect("folded From: header");
    assert!(!gmail.selected, "mail from people at a free-mail service is not proposed by default");
    let text = format!("{p:?}{}", serde_json::to_string(&p).unwrap());
    assert!(!text.contains("BODY-SECRET"), "bodies are never read into the result");
}

#[test]
fn a_folder_of_eml_files_is_scanned_recursively() {
    let (_dir, store) = temp_store();
    let p = preview_file(&store, ImportSource::Mbox, &fixture("imports/mail/eml")).unwrap();
    assert_eq!(p.records, 3, "three .eml files; notes.txt is not mail");
    assert!(p.proposals.iter().any(|x| x.entry_id.as_deref() == Some("cn:bilibili")));
    assert!(p.proposals.iter().any(|x| x.entry_id.as_deref() == Some("cn:weibo")), "in a subfolder");
    assert!(!format!("{p:?}").contains("BODY-SECRET"));
}

#[test]
fn large_imports_report_progress_and_can_be_cancelled() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.mbox");
    let mut text = String::new();
    for i in 0..20_000 {
        text.push_str(&format!(
            "From x Thu Jan  1 00:00:00 2025\nFrom: n{i}@mail.taobao.com\nDate: Wed, 1 Jan 2025 08:00:00 +0800\n\n{}\n\n",
            "body line ".repeat(10)
        ));
    }
    std::fs::write(&path, &text).unwrap();
    let (_d, store) = temp_store();
    let seen = RefCell::new(Vec::<Progress>::new());
    let record = |p: Progress| seen.borrow_mut().push(p);
    let cancel = AtomicBool::new(false);
    let p = api::import_preview_path(&store, ImportSource::Mbox, &path, &mut Control::new(&record, &cancel))
        .unwrap();
    assert_eq!(p.proposals[0].count, 20_000);
    let seen = seen.into_inner();
    assert!(seen.len() > 5, "progress is reported while reading: {}", seen.len());
    assert_eq!(seen.last().unwrap().done, text.len() as u64);
    assert!(seen.windows(2).all(|w| w[0].done <= w[1].done));

    let cancel = AtomicBool::new(false);
    let stop_early = |p: Progress| {
        if p.done > 100_000 {
            cancel.store(true, Ordering::Relaxed);
        }
    };
    let err =
        api::import_preview_path(&store, ImportSource::Mbox, &path, &mut Control::new(&stop_early, &cancel))
            .unwrap_err();
    assert_eq!(err.code(), ErrorCode::ImportCancelled);
    // The same through the in-memory parsers.
    let cancel = AtomicBool::new(true);
    let err = passwords::parse(
        b"name,url,username,password\nx,https://x.com,a,b\n",
        &mut Control::new(&|_| {}, &cancel),
    )
    .unwrap_err();
    assert_eq!(err, ImportError::Cancelled);
}

/// Runs a hostile input through the preview of a file-backed store and checks that the
/// error is the expected one and the database files did not change.
fn refuse(source: ImportSource, path: &Path, expect: impl Fn(&ImportError) -> bool) -> String {
    let (_dir, store) = temp_store();
    support::holder(&store, "Existing", Jurisdiction::Cn, HolderKind::App);
    let changes = store.raw_connection().total_changes();
    let err = preview_file(&store, source, path).unwrap_err();
    let rightsdesk::Error::Import(inner) = &err else {
        panic!("{}: not an import error: {err:?}", path.display())
    };
    let inner = match inner {
        ImportError::InFile { source, .. } => source.as_ref(),
        other => other,
    };
    assert!(expect(inner), "{}: unexpected error {inner:?}", path.display());
    assert_eq!(store.list_holders().unwrap().len(), 1);
    assert!(store.list_accounts(None).unwrap().is_empty());
    assert_eq!(store.raw_connection().total_changes(), changes, "{}: nothing was written", path.display());
    let text = err.to_string();
    assert!(!text.contains(SECRET_MARK), "errors never quote a secret: {text}");
    text
}

#[test]
fn hostile_files_are_refused_with_the_line_named_and_nothing_written() {
    let h = |f: &str| fixture(&format!("hostile/{f}"));
    use ImportError as E;
    let t = refuse(ImportSource::Passwords, &h("truncated.csv"), |e| {
        matches!(e, E::UnterminatedQuote { line: 3 })
    });
    assert!(t.contains("line 3"), "{t}");
    let t = refuse(ImportSource::Passwords, &h("wrong-header.csv"), |e| matches!(e, E::UnknownFormat { .. }));
    assert!(t.contains("line 1") && t.contains("not shown"), "{t}");
    let t = refuse(ImportSource::Passwords, &h("short-row.csv"), |e| {
        matches!(e, E::FieldCount { line: 3, found: 2, expected: 4, .. })
    });
    assert!(t.contains("line 3"), "{t}");
    let t = refuse(
        ImportSource::Passwords,
        &h("invalid-utf8.csv"),
        |e| matches!(e, E::BadEncoding { line: 3, column: Some(c) } if c == "url"),
    );
    assert!(t.contains("line 3") && t.contains("url"), "{t}");
    refuse(ImportSource::Passwords, &h("binary.bin"), |e| {
        matches!(e, E::Binary { .. } | E::UnknownFormat { .. })
    });
    refuse(ImportSource::Sms, &h("binary.bin"), |e| {
        matches!(e, E::BadEncoding { line: 1, .. } | E::Binary { .. })
    });
    refuse(ImportSource::Mbox, &h("binary.bin"), |e| {
        matches!(e, E::Binary { .. } | E::NotMail { line: 1, .. })
    });
    let t = refuse(ImportSource::Sms, &h("sms-invalid-utf8.txt"), |e| {
        matches!(e, E::BadEncoding { line: 2, .. })
    });
    assert!(t.contains("line 2"), "{t}");
    refuse(ImportSource::Mbox, &h("not-mail.mbox"), |e| matches!(e, E::NotMail { line: 1, .. }));
    refuse(ImportSource::Inventory, &h("inventory-bad-record.json"), |e| {
        matches!(e, E::BadRecord { record: 2, .. })
    });
    refuse(ImportSource::Inventory, &h("inventory-syntax.json"), |e| {
        matches!(e, E::Malformed { line: 6, .. })
    });
    refuse(ImportSource::Inventory, &h("binary.bin"), |e| {
        matches!(e, E::Binary { .. } | E::UnknownFormat { .. } | E::BadEncoding { .. })
    });
}

#[test]
fn huge_lines_and_oversized_files_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    use ImportError as E;
    // A 2 MB URL in a password export.
    let csv = dir.path().join("huge-line.csv");
    std::fs::write(
        &csv,
        format!("name,url,username,password\nx,https://{}.com,alice,FAKE-huge-pw\n", "a".repeat(2 << 20)),
    )
    .unwrap();
    refuse(ImportSource::Passwords, &csv, |e| matches!(e, E::LineTooLong { line: 2, .. }));
    // An mbox whose third line is a 10 MB header.
    let mbox = dir.path().join("huge-header.mbox");
    std::fs::write(
        &mbox,
        format!(
            "From x Thu Jan  1 00:00:00 2025\nFrom: a@taobao.com\nSubject: {}\n\nbody\n",
            "x".repeat(10 << 20)
        ),
    )
    .unwrap();
    let t = refuse(ImportSource::Mbox, &mbox, |e| matches!(e, E::LineTooLong { line: 3, .. }));
    assert!(t.contains("line 3"), "{t}");
    // The same mbox in memory.
    let bytes = std::fs::read(&mbox).unwrap();
    assert!(matches!(mbox::parse(&bytes, &mut Control::none()), Err(E::LineTooLong { line: 3, .. })));
    // A 10 MB line in a body is not a problem: bodies are skipped.
    let body = dir.path().join("huge-body.mbox");
    std::fs::write(
        &body,
        format!("From x Thu Jan  1 00:00:00 2025\nFrom: a@taobao.com\n\n{}\n", "x".repeat(10 << 20)),
    )
    .unwrap();
    let (_d, store) = temp_store();
    assert_eq!(preview_file(&store, ImportSource::Mbox, &body).unwrap().records, 1);
    // Over the size limit.
    let sms_file = dir.path().join("long.txt");
    std::fs::write(&sms_file, "微信(1)、".repeat(10_000)).unwrap();
    refuse(ImportSource::Sms, &sms_file, |e| matches!(e, E::TooLarge { .. }));
    let empty = dir.path().join("empty.csv");
    std::fs::write(&empty, "").unwrap();
    refuse(ImportSource::Passwords, &empty, |e| matches!(e, E::Empty));
    let err = preview_file(&store, ImportSource::Sms, &dir.path().join("missing.txt")).unwrap_err();
    assert!(err.to_string().contains("missing.txt"), "{err}");
}

#[test]
fn import_errors_map_to_translated_codes() {
    let e = |x: ImportError| rightsdesk::Error::from(x).code();
    assert_eq!(e(ImportError::BadEncoding { line: 1, column: None }), ErrorCode::ImportBadEncoding);
    assert_eq!(e(ImportError::TooLarge { what: "x", size: 2, limit: 1 }), ErrorCode::ImportTooLarge);
    assert_eq!(e(ImportError::Cancelled), ErrorCode::ImportCancelled);
    assert_eq!(
        e(ImportError::UnknownFormat { recognised: String::new(), known: "" }),
        ErrorCode::ImportUnknownFormat
    );
    assert_eq!(e(ImportError::Empty), ErrorCode::Import);
    let nested = ImportError::Binary { line: 2 }.in_file("a.eml");
    assert_eq!(e(nested), ErrorCode::ImportBadEncoding);
}

fn sample_inventory(store: &mut Store) {
    let n = now("2026-03-02");
    let h = api::add_from_directory(store, "cn:taobao", &n).unwrap();
    support::account(
        store,
        &h,
        &["phone:13800138000", "email:li@example.cn"],
        &[rightsdesk::holder::DataCategory::PurchaseHistory],
    );
    let p =
        support::holder(store, "Sunshine Property, \"East\" gate", Jurisdiction::Cn, HolderKind::Property);
    support::account(store, &p, &["username:room 1-101"], &[rightsdesk::holder::DataCategory::Biometrics]);
    support::holder(store, "No accounts; yet", Jurisdiction::Eu, HolderKind::Other);
}

#[test]
fn inventory_round_trips_through_csv_and_json() {
    for format in [InventoryFormat::Csv, InventoryFormat::Json] {
        let (_d1, mut a) = temp_store();
        sample_inventory(&mut a);
        let exported = api::export_inventory(&a, format).unwrap();
        let (_d2, mut b) = temp_store();
        let preview =
            api::import_preview(&b, ImportSource::Inventory, exported.as_bytes(), &mut Control::none())
                .unwrap();
        assert_eq!(preview.proposals.len(), 3, "{format:?}");
        api::import_confirm(&mut b, &preview, &now("2026-03-05")).unwrap();
        let again = api::export_inventory(&b, format).unwrap();
        assert_eq!(again, exported, "{format:?}: export → import → export is lossless");
        // The imported directory holder is still linked and can be refreshed.
        let taobao =
            b.list_holders().unwrap().into_iter().find(|h| h.fields.directory_ref.is_some()).unwrap();
        assert!(b.get_directory_snapshot(taobao.id).unwrap().is_some());
        // Importing the same file again adds nothing.
        let preview =
            api::import_preview(&b, ImportSource::Inventory, exported.as_bytes(), &mut Control::none())
                .unwrap();
        assert!(preview.proposals.iter().all(|p| p.existing_holder.is_some()));
        let out = api::import_confirm(&mut b, &preview, &now("2026-03-06")).unwrap();
        assert_eq!((out.created.len(), out.accounts_added), (0, 0), "{format:?}");
    }
    let csv = inventory::to_csv(&[]);
    assert!(csv.starts_with('\u{FEFF}'), "a BOM so spreadsheets read Chinese");
}

/// Unfolds an iCalendar text into content lines, checking CRLF and the 75-octet limit.
fn ics_lines(ics: &str) -> Vec<String> {
    assert!(ics.ends_with("\r\n"));
    let mut lines: Vec<String> = Vec::new();
    for raw in ics.split("\r\n").filter(|l| !l.is_empty()) {
        assert!(!raw.contains('\n') && !raw.contains('\r'), "bare line break in {raw:?}");
        assert!(raw.len() <= 75, "{} octets: {raw}", raw.len());
        match raw.strip_prefix(' ') {
            Some(cont) => lines.last_mut().expect("a continuation follows a line").push_str(cont),
            None => lines.push(raw.to_string()),
        }
    }
    lines
}

#[test]
fn ics_export_has_the_due_date_and_alarms_and_parses_back() {
    let (_d, mut store) = temp_store();
    let n = now("2025-01-20");
    let h = api::add_from_directory(&mut store, "cn:taobao", &n).unwrap();
    let draft = |kind| api::DraftInput {
        holder_id: h.id,
        kind,
        jurisdiction: None,
        language: Locale::ZhCn,
        reason: None,
        ground: None,
        correction: None,
        letter_date: Some(support::date("2025-01-20")),
        identifiers: None,
        parent_id: None,
        sender: None,
    };
    let sent = api::create_request(&mut store, &draft(RequestKind::Deletion), &n).unwrap();
    api::mark_sent(
        &mut store,
        sent.request.id,
        &api::SendInput { date: support::date("2025-01-20"), channel: None, tracking: None },
        &n,
    )
    .unwrap();
    // A draft has no due date and is not exported.
    api::create_request(&mut store, &draft(RequestKind::Access), &n).unwrap();
    let ics = api::export_ics(&store, &Now::fixed(support::date("2025-01-21"))).unwrap();
    let lines = ics_lines(&ics);
    assert_eq!(lines.first().map(String::as_str), Some("BEGIN:VCALENDAR"));
    assert_eq!(lines.last().map(String::as_str), Some("END:VCALENDAR"));
    let mut stack: Vec<String> = Vec::new();
    for l in &lines {
        if let Some(b) = l.strip_prefix("BEGIN:") {
            stack.push(b.to_string());
        } else if let Some(e) = l.strip_prefix("END:") {
            assert_eq!(stack.pop().as_deref(), Some(e), "components nest");
        }
    }
    assert!(stack.is_empty());
    assert!(lines.contains(&"VERSION:2.0".to_string()) && lines.iter().any(|l| l.starts_with("PRODID:")));
    assert_eq!(lines.iter().filter(|l| *l == "BEGIN:VEVENT").count(), 1, "only the sent request is due");
    // cn-workdays.md example 1: sent 2025-01-20, due 2025-02-14.
    assert!(lines.contains(&"DTSTART;VALUE=DATE:20250214".to_string()), "{lines:#?}");
    assert!(lines.contains(&"DTEND;VALUE=DATE:20250215".to_string()));
    assert!(lines.contains(&format!("UID:request-{}-due@rightsdesk", sent.request.id)));
    assert!(lines.iter().any(|l| l.starts_with("DTSTAMP:20250121T120000Z")));
    assert_eq!(lines.iter().filter(|l| *l == "BEGIN:VALARM").count(), 2);
    assert!(lines.contains(&"TRIGGER:-PT15H".to_string()) && lines.contains(&"ACTION:DISPLAY".to_string()));
    let summary = lines.iter().find(|l| l.starts_with("SUMMARY:")).unwrap();
    assert!(summary.contains("淘宝") && summary.contains("deletion"), "{summary}");
    let description = lines.iter().find(|l| l.starts_with("DESCRIPTION:")).unwrap();
    assert!(description.contains("\\n") && description.contains("\\,"), "escaped text: {description}");
}

fn run_ok(db: &Path, args: &[&str]) -> String {
    let o = cli_on(db).args(args).output().unwrap();
    assert!(o.status.success(), "{args:?} failed: {}", String::from_utf8_lossy(&o.stderr));
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(!out.contains(SECRET_MARK), "{args:?} printed a secret");
    out
}

#[test]
fn cli_imports_preview_without_yes_and_write_with_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.sqlite3");
    let chrome = password_fixture("chrome-edge.csv");
    let out = run_ok(&db, &["import", "passwords", chrome.to_str().unwrap()]);
    assert!(
        out.contains("Chrome or Edge") && out.contains("淘宝") && out.contains("Nothing was changed"),
        "{out}"
    );
    assert!(run_ok(&db, &["holder", "list", "--json"]).trim() == "[]", "no --yes, no change");
    let out = run_ok(&db, &["import", "passwords", chrome.to_str().unwrap(), "--yes"]);
    assert!(out.contains("added 4 holder(s)"), "{out}");
    let sms_file = fixture("imports/sms/02-fullwidth-ge.txt");
    let out = run_ok(&db, &["import", "sms", sms_file.to_str().unwrap(), "--yes"]);
    assert!(out.contains("added 4 holder(s)"), "WeChat, QQ, Pinduoduo, Meituan: {out}");
    let mail = fixture("imports/mail/eml");
    let out = run_ok(&db, &["import", "mbox", mail.to_str().unwrap(), "--json"]);
    let preview: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(preview["source"], "mbox");
    let bili =
        preview["proposals"].as_array().unwrap().iter().find(|p| p["entryId"] == "cn:bilibili").unwrap();
    assert!(bili["existingHolder"].is_number(), "bilibili came in with the password export");

    let ics = dir.path().join("due.ics");
    assert!(run_ok(&db, &["export", "ics", "--out", ics.to_str().unwrap()]).contains("0 due date(s)"));
    assert!(std::fs::read_to_string(&ics).unwrap().starts_with("BEGIN:VCALENDAR\r\n"));
    let inv = dir.path().join("inventory.json");
    run_ok(&db, &["export", "inventory", "--format", "json", "--out", inv.to_str().unwrap()]);
    let csv = dir.path().join("inventory.csv");
    run_ok(&db, &["export", "inventory", "--format", "csv", "--out", csv.to_str().unwrap()]);
    let other = dir.path().join("other.sqlite3");
    run_ok(&other, &["import", "inventory", inv.to_str().unwrap(), "--yes"]);
    let a: serde_json::Value = serde_json::from_str(&run_ok(&db, &["holder", "list", "--json"])).unwrap();
    let b: serde_json::Value = serde_json::from_str(&run_ok(&other, &["holder", "list", "--json"])).unwrap();
    assert_eq!(a.as_array().unwrap().len(), b.as_array().unwrap().len());

    let bad = fixture("hostile/truncated.csv");
    cli_on(&db)
        .args(["import", "passwords", bad.to_str().unwrap(), "--yes"])
        .assert()
        .failure()
        .stderr(predicates::str::contains("line 3"));
    let bytes = std::fs::read(&db).unwrap();
    assert!(!contains(&bytes, SECRET_MARK));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, .. ProptestConfig::default() })]

    #[test]
    fn sms_parser_never_panics(text in "\\PC{0,200}") {
        let _ = sms::parse(text.as_bytes(), &mut Control::none());
    }

    #[test]
    fn sms_parser_never_panics_on_list_like_text(
        items in proptest::collection::vec(("[\\p{Han}A-Za-z0-9]{0,6}", "[(（]?[0-9个]{0,3}[)）]?", "[、，,；;：:\\n 。]{0,2}"), 0..12)
    ) {
        let text: String = items.iter().map(|(a, b, c)| format!("{a}{b}{c}")).collect();
        let _ = sms::parse(text.as_bytes(), &mut Control::none());
    }

    #[test]
    fn sms_parser_never_panics_on_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let _ = sms::parse(&bytes, &mut Control::none());
    }

    #[test]
    fn password_csv_parser_never_panics(body in "[a-z,\"\\r\\n:/.@ ]{0,300}") {
        let input = format!("name,url,username,password\n{body}");
        let _ = passwords::parse(input.as_bytes(), &mut Control::none());
        let _ = passwords::parse(body.as_bytes(), &mut Control::none());
    }

    #[test]
    fn csv_parsers_never_panic_on_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = passwords::parse(&bytes, &mut Control::none());
        let _ = inventory::from_csv(&bytes);
        let _ = inventory::from_json(&bytes);
        let _ = mbox::parse(&bytes, &mut Control::none());
    }

    #[test]
    fn password_rows_never_leak_the_password(
        user in "[a-z0-9@.]{1,12}",
        host in "[a-z]{1,10}\\.(com|cn|org)",
    ) {
        let input = format!("name,url,username,password\n{host},https://{host}/,{user},FAKE-prop-{user}\n");
        let parsed = passwords::parse(input.as_bytes(), &mut Control::none()).unwrap();
        let marker = format!("FAKE-prop-{user}");
        let text = format!("{parsed:?}");
        prop_assert!(!text.contains(&marker));
    }
}

#[test]
fn a_password_row_shifted_by_an_unquoted_comma_is_refused_by_line_without_its_content() {
    // KeePassXC: the URL column follows the password, so "pa,ss" would put "ss" where the URL belongs.
    let csv = "\"Group\",\"Title\",\"Username\",\"Password\",\"URL\",\"Notes\"\n\
               Root,Baidu,lilei,FAKE-pw-1,passport.baidu.com,\n\
               Root,Weibo,lilei,sec,ret-fragment,weibo.com,a note\n";
    let err = passwords::parse(csv.as_bytes(), &mut Control::none()).unwrap_err();
    assert!(matches!(err, ImportError::FieldCount { line: 3, found: 7, expected: 6, .. }), "{err:?}");
    let message = err.to_string();
    assert!(!message.contains("ret-fragment") && !message.contains("sec"), "{message}");
    // A trailing empty column is still the export quirk it always was.
    let quirk = "name,url,username,password\nExample,https://example.com,alice,pw,\n";
    assert!(passwords::parse(quirk.as_bytes(), &mut Control::none()).is_ok());
}
