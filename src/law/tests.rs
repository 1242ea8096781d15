//! Unit tests for the law catalogue. They pin the legal facts letters depend on
//! (which article carries a rule on a date, what may never be cited) as well as
//! the loader's validation.

use super::*;
use crate::jurisdiction::Jurisdiction;
use chrono::NaiveDate;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
}

fn cat() -> &'static Catalogue {
    Catalogue::official()
}

fn route_ids(j: Jurisdiction, kind: &str, situation: &str) -> Vec<&'static str> {
    cat().route(j, kind, situation).into_iter().map(|c| c.id.as_str()).collect()
}

#[test]
fn official_catalogue_loads_with_every_instrument_populated() {
    let c = cat();
    assert!(c.instruments().count() >= 19, "instruments: {}", c.instruments().count());
    assert!(c.articles().count() >= 140, "articles: {}", c.articles().count());
    for inst in c.instruments() {
        assert!(c.articles_of(&inst.id).next().is_some(), "{} has no articles", inst.id);
        for a in c.articles_of(&inst.id) {
            assert_eq!(a.jurisdiction, inst.jurisdiction, "{}", a.id);
            assert_eq!(a.status(), inst.status, "{}", a.id);
            assert_eq!(c.instrument_of(a).map(|i| i.id.as_str()), Some(inst.id.as_str()));
        }
    }
}

#[test]
fn embedded_list_matches_the_data_directory() {
    let dir = std::path::Path::new(file!()).parent().expect("law dir").join("data");
    let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.expect("dir entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".toml"))
        .collect();
    on_disk.sort();
    let mut embedded: Vec<String> = OFFICIAL_SOURCES.iter().map(|(n, _)| n.to_string()).collect();
    embedded.sort();
    assert_eq!(embedded, on_disk);
}

#[test]
fn every_required_article_exists() {
    let required = [
        // PIPL
        "pipl-13",
        "pipl-14",
        "pipl-15",
        "pipl-16",
        "pipl-17",
        "pipl-23",
        "pipl-28",
        "pipl-29",
        "pipl-31",
        "pipl-44",
        "pipl-45",
        "pipl-46",
        "pipl-47",
        "pipl-48",
        "pipl-50",
        "pipl-57",
        "pipl-60",
        "pipl-61",
        "pipl-65",
        "pipl-66",
        "pipl-69",
        "pipl-70",
        // NDSMR 2024
        "ndsmr-10",
        "ndsmr-11",
        "ndsmr-20",
        "ndsmr-21",
        "ndsmr-22",
        "ndsmr-23",
        "ndsmr-24",
        "ndsmr-25",
        "ndsmr-42",
        "ndsmr-44",
        "ndsmr-47",
        // E-Commerce Law, Consumer Law
        "ecommerce-24",
        "consumer-29",
        // Cybersecurity Law, both numberings
        "csl-2016-41",
        "csl-2016-42",
        "csl-2016-43",
        "csl-2016-49",
        "csl-2025-42",
        "csl-2025-43",
        "csl-2025-44",
        "csl-2025-45",
        "csl-2025-51",
        "csl-2025-71",
        // Civil Code, minors
        "civil-code-1034",
        "civil-code-1035",
        "civil-code-1037",
        "civil-code-1038",
        "minors-32",
        "minors-33",
        "minors-34",
        "minors-35",
        // GDPR
        "gdpr-6-1-a",
        "gdpr-7-3",
        "gdpr-7-4",
        "gdpr-12-3",
        "gdpr-12-4",
        "gdpr-15-1",
        "gdpr-15-3",
        "gdpr-16",
        "gdpr-17-1",
        "gdpr-17-3",
        "gdpr-18-1",
        "gdpr-19",
        "gdpr-20-1",
        "gdpr-21-1",
        "gdpr-21-2",
        "gdpr-77",
        // CCPA and CPPA regulations
        "ccpa-1798-100-a",
        "ccpa-1798-105-a",
        "ccpa-1798-105-c",
        "ccpa-1798-106-a",
        "ccpa-1798-110-a",
        "ccpa-1798-120-a",
        "ccpa-1798-121-a",
        "ccpa-1798-125-a-1",
        "ccpa-1798-130-a-2-a",
        "cppa-regs-7021-a",
        "cppa-regs-7021-b",
        // Face recognition (Measures, SPC)
        "face-recognition-2",
        "face-recognition-4",
        "face-recognition-6",
        "face-recognition-7",
        "face-recognition-8",
        "face-recognition-10",
        "face-recognition-11",
        "face-recognition-12",
        "face-recognition-13",
        "spc-face-1",
        "spc-face-2",
        "spc-face-4",
        "spc-face-5",
        "spc-face-10",
        "spc-face-11",
        "spc-face-12",
        "spc-face-16",
        // References, standards, drafts
        "rdff-6-3",
        "rdff-6-5",
        "rdff-3-2",
        "gbt35273-8-5",
        "gbt35273-8-7",
        "ndsmr-draft-2021-22",
        "app-draft-2026-cancellation",
    ];
    let missing: Vec<&str> = required.iter().copied().filter(|id| cat().article(id).is_none()).collect();
    assert!(missing.is_empty(), "missing articles: {missing:?}");
}

#[test]
fn cybersecurity_law_renumbering_follows_the_letter_date() {
    let c = cat();
    let old = c.in_force("csl-right-to-delete", d(2025, 12, 31)).expect("old deletion article");
    assert_eq!((old.id.as_str(), old.number.as_str()), ("csl-2016-43", "43"));
    assert_eq!(old.number_zh, "第四十三条");
    let new = c.in_force("csl-right-to-delete", d(2026, 1, 1)).expect("new deletion article");
    assert_eq!((new.id.as_str(), new.number.as_str()), ("csl-2025-45", "45"));
    assert_eq!(c.cite_zh(new), "《网络安全法》第四十五条");

    for (key, before, after) in [
        ("csl-collection-rules", "41", "43"),
        ("csl-data-security", "42", "44"),
        ("csl-complaint-system", "49", "51"),
    ] {
        assert_eq!(c.in_force(key, d(2025, 12, 31)).map(|a| a.number.as_str()), Some(before), "{key}");
        assert_eq!(c.in_force(key, d(2026, 1, 1)).map(|a| a.number.as_str()), Some(after), "{key}");
    }
    // Before the Law took effect nothing carries the rule.
    assert!(c.in_force("csl-right-to-delete", d(2017, 5, 31)).is_none());
    // The old number may not be cited in a 2026 letter, the new one not in a 2025 letter.
    assert!(matches!(old.citable_in_letter(d(2026, 1, 1)), Err(CiteRefusal::NotInForce { .. })));
    assert!(matches!(new.citable_in_letter(d(2025, 12, 31)), Err(CiteRefusal::NotInForce { .. })));
    assert_eq!(old.citable_in_letter(d(2025, 12, 31)), Ok(()));
    assert_eq!(new.citable_in_letter(d(2026, 1, 1)), Ok(()));
}

#[test]
fn renumbered_wording_is_identical() {
    // articles.md §9.4: new Arts. 43, 44, 45, 51 are identical to old 41–43, 49.
    let c = cat();
    let strip = |id: &str| {
        let t = &c.article(id).expect(id).text;
        t.split_once(' ').map(|(_, rest)| rest.to_string()).expect("article head")
    };
    assert_eq!(strip("csl-2016-43"), strip("csl-2025-45"));
}

#[test]
fn drafts_are_never_cited_and_never_in_force() {
    let c = cat();
    let mut seen = 0;
    for inst in ["ndsmr-draft-2021", "app-draft-2026", "face-draft-2023"] {
        for a in c.articles_of(inst) {
            seen += 1;
            for on in [d(2021, 12, 1), d(2025, 6, 1), d(2026, 3, 1), d(2030, 1, 1)] {
                assert_eq!(a.citable_in_letter(on), Err(CiteRefusal::NotLaw(LegalStatus::Draft)), "{}", a.id);
                assert!(!a.is_in_force(on), "{} in force on {on}", a.id);
                assert!(!a.mentionable_as_reference(on), "{}", a.id);
                assert!(c.in_force(&a.key, on).is_none_or(|f| f.status() != LegalStatus::Draft));
            }
        }
    }
    assert!(seen >= 8, "draft articles: {seen}");
}

#[test]
fn unverified_wording_and_numbers_are_refused() {
    let c = cat();
    let on = d(2026, 7, 1);
    for a in c.articles() {
        let refusals = a.cite_refusals(on);
        if !a.confidence.is_quotable() && !a.number_only {
            assert!(refusals.contains(&CiteRefusal::Unverified), "{}", a.id);
            assert!(a.citable_in_letter(on).is_err(), "{}", a.id);
        }
        if !a.number_verified {
            assert!(refusals.contains(&CiteRefusal::NumberUnverified), "{}", a.id);
        }
    }
    // Face recognition Measures: Art. 6's wording is reproduced but its number is not.
    let art6 = c.article("face-recognition-6").expect("face-recognition-6");
    assert_eq!(art6.confidence, Confidence::Unverified);
    assert!(!art6.number_verified);
    assert_eq!(art6.citable_in_letter(on), Err(CiteRefusal::Unverified));
    // ...while Art. 10 (number confirmed) may be cited once the Measures are in force.
    let art10 = c.article("face-recognition-10").expect("face-recognition-10");
    assert_eq!(art10.citable_in_letter(d(2025, 6, 1)), Ok(()));
    assert!(matches!(art10.citable_in_letter(d(2025, 5, 31)), Err(CiteRefusal::NotInForce { .. })));
    // UK (articles.md §11.1): Art. 12(3) as amended and 12A are quoted from
    // 2026-02-05; before that the old Art. 12(3) is cited by number only.
    let old = c.in_force("uk-gdpr-12-3", d(2026, 2, 4)).expect("old Art. 12(3)");
    assert!(old.number_only && old.quoted_words().is_empty());
    assert_eq!(old.citable_in_letter(d(2026, 2, 4)), Ok(()));
    let new = c.in_force("uk-gdpr-12-3", d(2026, 2, 5)).expect("Art. 12(3) as amended");
    assert_eq!(new.confidence, Confidence::Verified);
    assert!(new.quoted_words().contains("applicable time period (see Article 12A)"));
    assert!(c.in_force("uk-gdpr-12a", d(2026, 2, 4)).is_none());
    // Wording never read: never quoted, never cited unless its number is confirmed.
    for id in ["uk-gdpr-7-3", "uk-gdpr-20", "uk-gdpr-33"] {
        assert_eq!(c.article(id).expect(id).citable_in_letter(on), Err(CiteRefusal::Unverified), "{id}");
    }
    for id in ["uk-gdpr-15", "uk-gdpr-17", "uk-gdpr-21"] {
        let a = c.article(id).expect(id);
        assert!(a.number_only && a.quoted_words().is_empty() && a.citable_in_letter(on).is_ok(), "{id}");
    }
    // UK Art. 77 disappears on 2026-06-19; s.164A applies to complaints received from then.
    let uk77 = c.article("uk-gdpr-77").expect("uk-gdpr-77");
    assert!(uk77.is_in_force(d(2026, 6, 18)) && !uk77.is_in_force(d(2026, 6, 19)));
    let s164a = c.article("uk-dpa-2018-164a").expect("s.164A");
    assert!(!s164a.is_in_force(d(2026, 6, 18)) && s164a.is_in_force(d(2026, 6, 19)));
    // No unverified wording is ever quotable.
    for a in c.articles().filter(|a| !a.confidence.is_quotable()) {
        assert!(a.quoted_words().is_empty(), "{}", a.id);
    }
}

#[test]
fn citable_articles_are_complete() {
    let on = d(2026, 7, 1);
    let mut citable = 0;
    for a in cat().articles().filter(|a| a.citable_in_letter(on).is_ok()) {
        citable += 1;
        assert!(!a.number.is_empty() && !a.cite_en.is_empty(), "{}", a.id);
        assert!(a.status().is_citable_as_law() && a.number_verified, "{}", a.id);
        // Cited by number alone only where articles.md confirms the number but not the wording.
        assert!(a.confidence.is_quotable() != a.number_only, "{}", a.id);
        assert!(a.number_only || !a.text.is_empty(), "{}", a.id);
        assert!(a.text.contains(a.quoted_words()), "{}", a.id);
    }
    assert!(citable >= 100, "citable articles: {citable}");
}

#[test]
fn no_binding_chinese_text_carries_a_15_working_day_deadline() {
    // articles.md key finding 2: "15 个工作日" appears only in drafts, the 2019
    // reference document and a recommended standard; never in binding law.
    for a in cat().articles().filter(|a| a.jurisdiction == Jurisdiction::Cn && a.status().is_citable_as_law())
    {
        assert!(!a.text.contains("15个工作日") && !a.text.contains("十五个工作日"), "{}", a.id);
    }
    for a in cat().articles_of("ndsmr") {
        assert!(!a.text.contains("工作日"), "{}", a.id);
    }
    let draft = cat().article("ndsmr-draft-2021-22").expect("draft 22");
    assert!(draft.text.contains("十五个工作日"));
}

#[test]
fn references_are_mentioned_not_cited() {
    let c = cat();
    let on = d(2026, 1, 15);
    let item5 = c.article("rdff-6-5").expect("rdff-6-5");
    assert_eq!(item5.citable_in_letter(on), Err(CiteRefusal::NotLaw(LegalStatus::Reference)));
    assert!(item5.mentionable_as_reference(on));
    let item3 = c.article("rdff-6-3").expect("rdff-6-3");
    assert!(!item3.mentionable_as_reference(on), "六.3 is unverified");
    for a in c.articles_of("gbt35273") {
        assert!(matches!(a.citable_in_letter(on), Err(CiteRefusal::NotLaw(LegalStatus::Standard))));
        assert!(!a.mentionable_as_reference(on), "{} is unverified", a.id);
    }
    // Binding law is cited, not "mentioned as a reference".
    assert!(!c.article("pipl-47").expect("pipl-47").mentionable_as_reference(on));
}

#[test]
fn pipl_47_quote_is_verbatim_and_citable() {
    let a = cat().article("pipl-47").expect("pipl-47");
    let quote = a.quote.as_deref().expect("pipl-47 has a quote");
    assert_eq!(
        quote,
        "有下列情形之一的，个人信息处理者应当主动删除个人信息；个人信息处理者未删除的，个人有权请求删除："
    );
    assert!(a.text.contains(quote));
    assert!(a.text.starts_with("第四十七条 "));
    assert_eq!(a.confidence, Confidence::Verified);
    assert_eq!(a.citable_in_letter(d(2026, 1, 1)), Ok(()));
    assert_eq!(
        a.citable_in_letter(d(2021, 10, 31)),
        Err(CiteRefusal::NotInForce { from: Some(d(2021, 11, 1)), until: None })
    );
    assert_eq!(cat().cite_zh(a), "《个人信息保护法》第四十七条");
    assert_eq!(cat().cite_en(a), "PIPL Art. 47");
}

#[test]
fn spc_interpretation_is_citable_as_judicial_interpretation() {
    let a = cat().article("spc-face-10").expect("spc-face-10");
    assert_eq!(a.status(), LegalStatus::JudicialInterpretation);
    assert_eq!(a.citable_in_letter(d(2025, 1, 1)), Ok(()));
    assert!(a.citable_in_letter(d(2021, 7, 31)).is_err());
}

#[test]
fn routes_pick_one_authority_that_takes_complaints() {
    use Jurisdiction::*;
    // articles.md §11.3: no verified PI channel for apps, property managers or
    // anything else, so the 网信部门 (PIPL Arts. 60/65), never a 12377 default.
    for kind in ["app", "property", "other"] {
        for situation in ["no-response", "refused"] {
            assert_eq!(route_ids(Cn, kind, situation), ["cn-cac"], "{kind}/{situation}");
        }
    }
    // E-commerce: 12315's number and scope for PI complaints are UNVERIFIED (articles.md §6),
    // so the letter goes to the 网信部门 and 12315 is offered beside it.
    assert_eq!(route_ids(Cn, "ecommerce", "no-response"), ["cn-cac", "cn-12315"]);
    assert_eq!(route_ids(Cn, "telecom", "refused").first(), Some(&"cn-12300"));
    // Banks and insurers: NFRA; payment institutions and credit reporting: the PBOC.
    assert_eq!(route_ids(Cn, "bank", "no-response"), ["cn-nfra"]);
    assert_eq!(route_ids(Cn, "payment", "refused"), ["cn-pboc"]);
    for kind in HOLDER_KINDS {
        assert_eq!(route_ids(Cn, kind, "data-theft"), ["cn-110"], "{kind}");
        for situation in SITUATIONS {
            // A court is reached by suing; 12321 takes 举报 for an association.
            let ids = route_ids(Cn, kind, situation);
            assert!(!ids.contains(&"court") && !ids.contains(&"cn-12321") && !ids.contains(&"cn-12377"));
            assert!(!ids.is_empty(), "{kind}/{situation}");
            assert_eq!(route_ids(Eu, kind, situation), ["eu-dpa"]);
            assert_eq!(route_ids(Uk, kind, situation), ["uk-ico"]);
            assert_eq!(route_ids(UsCa, kind, situation), ["us-ca-cppa", "us-ca-ag"]);
        }
    }
    // Unknown kinds and situations fall back instead of yielding nothing.
    assert_eq!(route_ids(Cn, "spaceship", "no-response"), route_ids(Cn, "other", "no-response"));
    assert_eq!(route_ids(Cn, "website", "refused"), route_ids(Cn, "app", "refused"));
    assert!(route_ids(Other, "app", "refused").is_empty());
    // The channel without a verified address says so.
    let cac = cat().channel("cn-cac").expect("cn-cac");
    assert!(cac.note_en.as_deref().is_some_and(|n| n.starts_with("No verified channel")));
}

#[test]
fn channels_carry_their_legal_basis() {
    let c = cat();
    let ch = c.channel("cn-12377").expect("12377");
    assert!(ch.legal_basis.iter().any(|b| b == "pipl-65"));
    assert_eq!(ch.phone.as_deref(), Some("12377"));
    let ch = c.channel("cn-12300").expect("12300");
    assert!(ch.note_en.as_deref().is_some_and(|n| n.contains("after the company")));
    for ch in c.channels() {
        for basis in &ch.legal_basis {
            assert!(c.article(basis).is_some(), "{} -> {basis}", ch.id);
        }
    }
    for id in [
        "cn-12377",
        "cn-provincial-cac",
        "cn-12321",
        "cn-12300",
        "cn-12315",
        "cn-110",
        "cn-cac",
        "cn-nfra",
        "cn-pboc",
        "court",
        "eu-dpa",
        "uk-ico",
        "us-ca-cppa",
        "us-ca-ag",
    ] {
        assert!(c.channel(id).is_some(), "missing channel {id}");
    }
}

#[test]
fn articles_serialise_in_camel_case() {
    let json = serde_json::to_value(cat().article("pipl-47").expect("pipl-47")).expect("serialise");
    assert_eq!(json["instrumentId"], "pipl");
    assert_eq!(json["numberVerified"], true);
    assert_eq!(json["effectiveFrom"], "2021-11-01");
    assert_eq!(json["confidence"], "VERIFIED");
    assert_eq!(json["status"], "binding");
    let refusal = serde_json::to_value(CiteRefusal::NotLaw(LegalStatus::Draft)).expect("serialise");
    assert_eq!(refusal["reason"], "notLaw");
    assert_eq!(refusal["detail"], "draft");
}

// ------------------------------------------------------------------ loader validation

const INSTRUMENT: &str = r#"
[instrument]
id = "t"
name_zh = "测试法"
name_en = "Test Law"
short_zh = "测试法"
short_en = "TL"
jurisdiction = "CN"
status = "binding"
kind_en = "Law"
kind_zh = "法律"
effective_from = "2020-01-01"
source = "https://example.invalid/t"
"#;

fn article(id: &str, extra: &str) -> String {
    format!(
        r#"
[[article]]
id = "{id}"
number = "1"
number_zh = "第一条"
cite_en = "Art. 1"
text = """第一条 本法保护个人信息。"""
gist_en = "Protects personal information."
gist_zh = "保护个人信息。"
confidence = "VERIFIED"
number_verified = true
{extra}
"#
    )
}

fn load(files: &[(&str, String)]) -> Result<Catalogue, LawError> {
    let refs: Vec<(&str, &str)> = files.iter().map(|(n, c)| (*n, c.as_str())).collect();
    Catalogue::from_sources(&refs)
}

#[test]
fn loader_accepts_a_minimal_file_and_inherits_dates() {
    let cat = load(&[("t.toml", format!("{INSTRUMENT}{}", article("t-1", "")))]).expect("valid");
    let a = cat.article("t-1").expect("t-1");
    assert_eq!(a.key, "t-1", "key defaults to id");
    assert_eq!(a.effective_from, Some(d(2020, 1, 1)));
    assert_eq!(a.source, "https://example.invalid/t");
    assert_eq!(a.citable_in_letter(d(2020, 1, 1)), Ok(()));
}

#[test]
fn loader_rejects_duplicate_ids() {
    let file = format!("{INSTRUMENT}{}{}", article("t-1", ""), article("t-1", ""));
    assert_eq!(load(&[("t.toml", file)]).unwrap_err(), LawError::DuplicateId("t-1".into()));
    let one = format!("{INSTRUMENT}{}", article("t-1", ""));
    let two = format!("{}{}", INSTRUMENT.replace(r#"id = "t""#, r#"id = "u""#), article("t-1", ""));
    assert_eq!(load(&[("t.toml", one), ("u.toml", two)]).unwrap_err(), LawError::DuplicateId("t-1".into()));
}

#[test]
fn loader_rejects_a_quote_that_is_not_in_the_text() {
    let file = format!("{INSTRUMENT}{}", article("t-1", r#"quote = "本法保护隐私。""#));
    assert_eq!(load(&[("t.toml", file)]).unwrap_err(), LawError::QuoteNotInText { id: "t-1".into() });
}

#[test]
fn loader_rejects_bad_date_ranges() {
    let backwards = format!(
        "{INSTRUMENT}{}",
        article("t-1", "effective_from = \"2021-01-01\"\neffective_until = \"2020-06-01\"")
    );
    assert_eq!(load(&[("t.toml", backwards)]).unwrap_err(), LawError::BadDateRange { id: "t-1".into() });
    let before_instrument = format!("{INSTRUMENT}{}", article("t-1", "effective_from = \"2019-01-01\""));
    assert_eq!(
        load(&[("t.toml", before_instrument)]).unwrap_err(),
        LawError::BadDateRange { id: "t-1".into() }
    );
}

#[test]
fn loader_rejects_overlapping_renumbered_articles() {
    let file = format!(
        "{INSTRUMENT}{}{}",
        article("t-old", "key = \"k\"\neffective_until = \"2025-12-31\""),
        article("t-new", "key = \"k\"\neffective_from = \"2025-12-31\""),
    );
    assert!(matches!(load(&[("t.toml", file)]).unwrap_err(), LawError::OverlappingKey { .. }));
}

#[test]
fn loader_rejects_unknown_references() {
    let channels = r#"
[[channel]]
id = "x"
jurisdiction = "CN"
name_zh = "甲"
name_en = "X"
operator_zh = "甲"
operator_en = "X"
use_for_en = "x"
use_for_zh = "甲"
confidence = "VERIFIED"
legal_basis = ["nope-1"]
"#;
    let err = load(&[("c.toml", channels.to_string())]).unwrap_err();
    assert_eq!(err, LawError::UnknownReference { from: "x".into(), to: "nope-1".into() });
    let route = format!(
        "{}\n[[route]]\njurisdiction = \"CN\"\nholder_kind = \"app\"\nsituation = \"refused\"\nchannels = [\"ghost\"]\n",
        channels.replace(r#"["nope-1"]"#, "[]")
    );
    assert!(
        matches!(load(&[("c.toml", route)]).unwrap_err(), LawError::UnknownReference { to, .. } if to == "ghost")
    );
}

#[test]
fn loader_rejects_schema_errors() {
    // A misspelt field must not be silently ignored.
    let typo = format!("{INSTRUMENT}{}", article("t-1", "efective_until = \"2025-12-31\""));
    assert!(
        matches!(load(&[("t.toml", typo)]).unwrap_err(), LawError::Parse { file, .. } if file == "t.toml")
    );
    let bad_status = INSTRUMENT.replace("\"binding\"", "\"statute\"") + &article("t-1", "");
    assert!(matches!(load(&[("t.toml", bad_status)]).unwrap_err(), LawError::Parse { .. }));
    // No wording cannot be "verified".
    let empty = format!("{INSTRUMENT}{}", article("t-1", "").replace("第一条 本法保护个人信息。", ""));
    assert!(matches!(load(&[("t.toml", empty)]).unwrap_err(), LawError::Invalid { .. }));
    // A draft with a start date would count as in force.
    let draft = INSTRUMENT.replace("\"binding\"", "\"draft\"") + &article("t-1", "");
    assert!(matches!(load(&[("t.toml", draft)]).unwrap_err(), LawError::Invalid { .. }));
}

#[test]
fn number_unverified_is_its_own_refusal() {
    let file = format!(
        "{INSTRUMENT}{}",
        article("t-1", "").replace("number_verified = true", "number_verified = false")
    );
    let cat = load(&[("t.toml", file)]).expect("valid");
    let a = cat.article("t-1").expect("t-1");
    assert_eq!(a.citable_in_letter(d(2024, 1, 1)), Err(CiteRefusal::NumberUnverified));
}
