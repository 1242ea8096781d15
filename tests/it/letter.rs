//! Letters: a snapshot of every type × jurisdiction × language, and the rule
//! that no letter cites anything that is not binding, checked and in force.

use crate::support::*;
use rightsdesk::calendar::CnCalendar;
use rightsdesk::deadline;
use rightsdesk::holder::{Holder, HolderFields, HolderKind, Identifier};
use rightsdesk::i18n::{Locale, Localizer};
use rightsdesk::ids::HolderId;
use rightsdesk::jurisdiction::Jurisdiction;
use rightsdesk::law::Catalogue;
use rightsdesk::letter::{self, COMPLAINT_REASONS, LetterDraft, LetterInput, ParentRequest, Sender};
use rightsdesk::request::RequestKind;

const KINDS: [RequestKind; 8] = RequestKind::ALL;
const JURISDICTIONS: [Jurisdiction; 4] =
    [Jurisdiction::Cn, Jurisdiction::Eu, Jurisdiction::UsCa, Jurisdiction::Other];

fn sample_holder(j: Jurisdiction, kind: HolderKind) -> Holder {
    Holder {
        id: HolderId(1),
        fields: HolderFields {
            name: "Example App".into(),
            name_zh: Some("示例应用".into()),
            operator: Some(if kind == HolderKind::Property {
                "示例物业服务有限公司".into()
            } else {
                "示例网络科技有限公司".into()
            }),
            jurisdiction: Some(j),
            kind: Some(kind),
            email: Some("privacy@example.com".into()),
            ..Default::default()
        },
        created_at: "2026-01-01T00:00:00Z".into(),
        updated_at: "2026-01-01T00:00:00Z".into(),
    }
}

fn draft(
    kind: RequestKind,
    j: Jurisdiction,
    loc: Locale,
    on: &str,
    hk: HolderKind,
    reason: Option<&str>,
) -> LetterDraft {
    let holder = sample_holder(j, hk);
    let ids = [Identifier::parse("13800138000").unwrap(), Identifier::parse("li@example.cn").unwrap()];
    let sender =
        Sender { name: Some("李雷 Li Lei".into()), contact: Some("li@example.cn".into()), address: None };
    let rule = deadline::default_rule(j);
    let d = date(on);
    let due = deadline::due_date(rule, d, CnCalendar::official()).unwrap();
    let parent = ParentRequest {
        kind: RequestKind::Deletion,
        sent_on: Some(date("2026-02-10")),
        due: Some(deadline::Due::On(date("2026-03-09"))),
        state: Some(deadline::ClockState::Overdue { days: 5, unit: deadline::Unit::CnWorkingDays }),
        events: &[],
    };
    let follow_up = matches!(kind, RequestKind::Reminder | RequestKind::Complaint);
    letter::draft(
        &LetterInput {
            kind,
            reason,
            jurisdiction: j,
            locale: loc,
            date: d,
            holder: &holder,
            identifiers: &ids,
            sender: &sender,
            rule,
            due,
            parent: if follow_up { Some(parent) } else { None },
        },
        Localizer::embedded(),
        Catalogue::official(),
    )
    .unwrap()
}

/// Every cited article must be citable on the letter's date, checked independently of the drafter.
fn assert_citations_are_law(d: &LetterDraft, on: &str) {
    let c = Catalogue::official();
    for cited in &d.citations {
        let a = c.article(&cited.id).unwrap();
        assert!(
            a.citable_in_letter(date(on)).is_ok(),
            "{} cited on {on}: {:?}",
            a.id,
            a.cite_refusals(date(on))
        );
    }
    for needle in ["{", "}", "征求意见稿", "draft"] {
        assert!(!d.body.contains(needle), "letter contains `{needle}`:\n{}", d.body);
    }
}

#[test]
fn every_type_jurisdiction_and_language_matches_its_reviewed_snapshot() {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| {
        for kind in KINDS {
            for j in JURISDICTIONS {
                for loc in Locale::ALL {
                    let reason = (kind == RequestKind::Complaint).then_some("no-response");
                    let d = draft(kind, j, loc, "2026-03-16", HolderKind::App, reason);
                    assert_citations_are_law(&d, "2026-03-16");
                    let name = format!("letter-{}-{}-{}", kind.code(), j.code(), loc.code());
                    insta::assert_snapshot!(name, format!("{}\n\n{}", d.subject, d.body));
                }
            }
        }
        for reason in COMPLAINT_REASONS {
            for loc in Locale::ALL {
                let d = draft(
                    RequestKind::Complaint,
                    Jurisdiction::Cn,
                    loc,
                    "2026-03-16",
                    HolderKind::App,
                    Some(reason),
                );
                assert_citations_are_law(&d, "2026-03-16");
                insta::assert_snapshot!(
                    format!("complaint-{reason}-CN-{}", loc.code()),
                    format!("{}\n\n{}", d.subject, d.body)
                );
            }
        }
        for loc in Locale::ALL {
            let d = draft(
                RequestKind::BiometricObjection,
                Jurisdiction::Cn,
                loc,
                "2026-03-16",
                HolderKind::Property,
                None,
            );
            assert_citations_are_law(&d, "2026-03-16");
            insta::assert_snapshot!(
                format!("biometric-objection-property-CN-{}", loc.code()),
                format!("{}\n\n{}", d.subject, d.body)
            );
        }
    });
}

#[test]
fn no_letter_on_any_date_cites_an_unverified_draft_or_out_of_force_text() {
    for on in ["2021-12-01", "2024-06-03", "2025-12-31", "2026-01-01", "2026-03-16", "2026-11-23"] {
        for kind in KINDS {
            for j in JURISDICTIONS {
                for hk in HolderKind::ALL {
                    for loc in Locale::ALL {
                        let reasons: Vec<Option<&str>> = if kind == RequestKind::Complaint {
                            COMPLAINT_REASONS.iter().map(|r| Some(*r)).collect()
                        } else {
                            vec![None]
                        };
                        for reason in reasons {
                            assert_citations_are_law(&draft(kind, j, loc, on, hk, reason), on);
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn a_2026_deletion_letter_cites_cybersecurity_law_article_45_not_43() {
    let d = draft(RequestKind::Deletion, Jurisdiction::Cn, Locale::ZhCn, "2026-01-05", HolderKind::App, None);
    assert!(d.body.contains("《网络安全法》第四十五条"), "{}", d.body);
    assert!(!d.body.contains("《网络安全法》第四十三条"), "{}", d.body);
    let old =
        draft(RequestKind::Deletion, Jurisdiction::Cn, Locale::ZhCn, "2025-12-31", HolderKind::App, None);
    assert!(
        old.body.contains("《网络安全法》第四十三条"),
        "a letter dated 2025 cites the old number:\n{}",
        old.body
    );
}

#[test]
fn cn_letters_present_fifteen_working_days_as_a_reference_and_never_as_law() {
    for loc in Locale::ALL {
        let d = draft(RequestKind::Deletion, Jurisdiction::Cn, loc, "2026-02-10", HolderKind::App, None);
        let (due, reference) = match loc {
            Locale::ZhCn => ("2026年3月9日", "并非法律规定的期限"),
            Locale::EnUs => ("9 March 2026", "not a statutory deadline"),
        };
        assert!(d.body.contains(due), "due date computed on the official calendar:\n{}", d.body);
        assert!(d.body.contains(reference), "{}", d.body);
    }
}

#[test]
fn letters_contain_only_the_chosen_identifiers() {
    let holder = sample_holder(Jurisdiction::Cn, HolderKind::App);
    let only_phone = [Identifier::parse("13800138000").unwrap()];
    let rule = deadline::default_rule(Jurisdiction::Cn);
    let d = letter::draft(
        &LetterInput {
            kind: RequestKind::Deletion,
            reason: None,
            jurisdiction: Jurisdiction::Cn,
            locale: Locale::ZhCn,
            date: date("2026-03-02"),
            holder: &holder,
            identifiers: &only_phone,
            sender: &Sender::default(),
            rule,
            due: deadline::due_date(rule, date("2026-03-02"), CnCalendar::official()).unwrap(),
            parent: None,
        },
        Localizer::embedded(),
        Catalogue::official(),
    )
    .unwrap();
    assert!(d.body.contains("13800138000"));
    assert!(
        !d.body.contains("li@example.cn"),
        "an identifier the user did not choose leaked into the letter"
    );
}

#[test]
fn property_and_app_face_letters_rest_on_different_rules() {
    let app = draft(
        RequestKind::BiometricObjection,
        Jurisdiction::Cn,
        Locale::ZhCn,
        "2026-03-16",
        HolderKind::App,
        None,
    );
    let property = draft(
        RequestKind::BiometricObjection,
        Jurisdiction::Cn,
        Locale::ZhCn,
        "2026-03-16",
        HolderKind::Property,
        None,
    );
    let ids = |d: &LetterDraft| d.citations.iter().map(|c| c.id.clone()).collect::<Vec<_>>();
    assert!(
        ids(&property).contains(&"spc-face-10".to_string()),
        "property managers: SPC interpretation Art. 10"
    );
    assert!(!ids(&app).contains(&"spc-face-10".to_string()));
    assert!(ids(&app).contains(&"face-recognition-10".to_string()));
    assert!(property.body.contains("小区"));
}

#[test]
fn an_ecommerce_cancellation_is_due_immediately() {
    let holder = sample_holder(Jurisdiction::Cn, HolderKind::Ecommerce);
    let rule = rightsdesk::api::rule_for(RequestKind::AccountCancellation, Jurisdiction::Cn, &holder);
    assert_eq!(rule.id, "cn-ecommerce-cancellation-immediate");
    assert_eq!(
        deadline::due_date(rule, date("2026-03-02"), CnCalendar::official()).unwrap(),
        deadline::Due::Immediate
    );
}

#[test]
fn a_complaint_without_a_known_reason_is_refused() {
    let holder = sample_holder(Jurisdiction::Cn, HolderKind::App);
    let rule = deadline::default_rule(Jurisdiction::Cn);
    let sender = Sender::default();
    let input = |reason| LetterInput {
        kind: RequestKind::Complaint,
        reason,
        jurisdiction: Jurisdiction::Cn,
        locale: Locale::ZhCn,
        date: date("2026-03-02"),
        holder: &holder,
        identifiers: &[],
        sender: &sender,
        rule,
        due: deadline::Due::Immediate,
        parent: None,
    };
    assert!(letter::draft(&input(None), Localizer::embedded(), Catalogue::official()).is_err());
    assert!(letter::draft(&input(Some("annoyed")), Localizer::embedded(), Catalogue::official()).is_err());
}

#[test]
fn an_operator_spelled_like_the_brand_is_not_repeated_in_the_addressee() {
    let mut holder = sample_holder(Jurisdiction::Eu, HolderKind::App);
    holder.fields.name = "Spotify AB".into();
    holder.fields.name_zh = None;
    let ids = [Identifier::parse("li@example.cn").unwrap()];
    let rule = deadline::default_rule(Jurisdiction::Eu);
    let d = date("2026-03-02");
    let draft_for = |holder: &Holder| {
        letter::draft(
            &LetterInput {
                kind: RequestKind::Deletion,
                reason: None,
                jurisdiction: Jurisdiction::Eu,
                locale: Locale::EnUs,
                date: d,
                holder,
                identifiers: &ids,
                sender: &Sender::default(),
                rule,
                due: deadline::due_date(rule, d, CnCalendar::official()).unwrap(),
                parent: None,
            },
            Localizer::embedded(),
            Catalogue::official(),
        )
        .unwrap()
    };
    holder.fields.operator = Some("Spotify AB".into());
    let same = draft_for(&holder);
    assert!(!same.body.contains("Spotify AB (Spotify AB)"), "{}", same.body);
    assert!(same.body.contains("Spotify AB"));
    holder.fields.operator = Some("Spotify Technology S.A.".into());
    let other = draft_for(&holder);
    assert!(other.body.contains("Spotify Technology S.A."), "a different operator is named: {}", other.body);
}
