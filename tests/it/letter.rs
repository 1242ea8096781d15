//! Letters: a snapshot of every type × jurisdiction × language × holder kind
//! (where it changes the letter) × first letter / reminder / complaint, and the
//! citation guard: no letter cites anything that is not binding, checked and in
//! force, quotes anything unverified, or carries an internal note or placeholder.

use crate::support::*;
use rightsdesk::calendar::CnCalendar;
use rightsdesk::deadline::{self, ClockEvent};
use rightsdesk::holder::{Holder, HolderFields, HolderKind, Identifier};
use rightsdesk::i18n::{Locale, Localizer};
use rightsdesk::ids::HolderId;
use rightsdesk::jurisdiction::Jurisdiction;
use rightsdesk::law::Catalogue;
use rightsdesk::letter::{
    self, COMPLAINT_REASONS, DELETION_GROUNDS, LetterDraft, LetterError, LetterInput, ParentRequest, Sender,
};
use rightsdesk::request::RequestKind;

const JURISDICTIONS: [Jurisdiction; 5] = Jurisdiction::ALL;
const CORRECTION: &str = "手机号登记为13800138001，应为13800138000。";

/// The first-letter kinds that exist in a jurisdiction (California has its own opt-out and limit).
fn first_kinds(j: Jurisdiction) -> Vec<RequestKind> {
    RequestKind::ALL
        .into_iter()
        .filter(|k| !matches!(k, RequestKind::Reminder | RequestKind::Complaint))
        .filter(|k| letter::kind_in(*k, j) == *k)
        .filter(|k| {
            j == Jurisdiction::UsCa || !matches!(k, RequestKind::OptOut | RequestKind::LimitSensitive)
        })
        .collect()
}

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

/// What a letter is drafted from, beyond its kind and place.
#[derive(Clone, Copy)]
struct Case<'a> {
    on: &'a str,
    hk: HolderKind,
    reason: Option<&'a str>,
    ground: Option<&'a str>,
    parent: RequestKind,
}

impl Default for Case<'_> {
    fn default() -> Self {
        Case {
            on: "2026-07-01",
            hk: HolderKind::App,
            reason: None,
            ground: None,
            parent: RequestKind::Deletion,
        }
    }
}

fn try_draft(
    kind: RequestKind,
    j: Jurisdiction,
    loc: Locale,
    c: Case<'_>,
) -> Result<LetterDraft, LetterError> {
    let holder = sample_holder(j, c.hk);
    let ids = [Identifier::parse("13800138000").unwrap(), Identifier::parse("li@example.cn").unwrap()];
    let sender =
        Sender { name: Some("李雷 Li Lei".into()), contact: Some("li@example.cn".into()), address: None };
    let d = date(c.on);
    let rule = rightsdesk::api::rule_for(kind, j, &holder);
    let due = deadline::due_date(rule, d, CnCalendar::official()).unwrap();
    // The original request went out 40 days before the follow-up; its clock as of the follow-up's date.
    let parent_rule = rightsdesk::api::rule_for(c.parent, j, &holder);
    let sent = d - chrono::Days::new(40);
    let parent_clock =
        deadline::clock(parent_rule, &[ClockEvent::Sent(sent)], d, CnCalendar::official()).unwrap();
    let parent = ParentRequest {
        kind: c.parent,
        sent_on: Some(sent),
        received_on: Some(sent),
        due: parent_clock.due,
        state: Some(parent_clock.state),
        events: &[],
        rule: Some(parent_rule),
    };
    let follow_up = matches!(kind, RequestKind::Reminder | RequestKind::Complaint);
    letter::draft(
        &LetterInput {
            kind,
            reason: c.reason.or((kind == RequestKind::Complaint).then_some("no-response")),
            ground: c.ground,
            correction: (kind == RequestKind::Correction).then_some(CORRECTION),
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
}

fn draft(kind: RequestKind, j: Jurisdiction, loc: Locale, c: Case<'_>) -> LetterDraft {
    let d = try_draft(kind, j, loc, c).unwrap_or_else(|e| panic!("{kind:?} {j:?} {loc:?}: {e}"));
    // A follow-up's time limit is the one that governs the original request,
    // received 40 days earlier (see `try_draft`).
    let received = if matches!(kind, RequestKind::Reminder | RequestKind::Complaint) {
        date(c.on) - chrono::Days::new(40)
    } else {
        date(c.on)
    };
    assert_letter_is_clean(&d, c.on, received);
    d
}

/// The letter with quoted law removed: what RightsDesk itself wrote.
fn own_words(body: &str) -> String {
    let mut out = String::new();
    let mut quoting: Option<char> = None;
    for ch in body.chars() {
        match (quoting, ch) {
            (None, '“') => quoting = Some('”'),
            (Some(end), c) if c == end => quoting = None,
            (Some(_), _) => {}
            (None, c) => out.push(c),
        }
    }
    // English quotes open after ": \"" and close at the end of the line.
    out.lines()
        .map(|l| match l.find(": \"") {
            Some(i) => &l[..i],
            None => l,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The citation guard, checked independently of the drafter.
fn assert_letter_is_clean(d: &LetterDraft, on: &str, received: chrono::NaiveDate) {
    let c = Catalogue::official();
    let on = date(on);
    for cited in &d.citations {
        let a = c.article(&cited.id).unwrap();
        // UK time limits follow the date the request was received (SI 2026/82 reg. 4).
        let at = if ["uk-gdpr-12-3", "uk-gdpr-12-4", "uk-gdpr-12a"].contains(&a.key.as_str()) {
            received
        } else {
            on
        };
        assert!(a.citable_in_letter(at).is_ok(), "{} cited on {at}: {:?}", a.id, a.cite_refusals(at));
    }
    // Nothing UNVERIFIED or NOT FOUND is quoted.
    for a in c.articles().filter(|a| !a.confidence.is_quotable() && a.text.chars().count() > 12) {
        let opening: String = a.text.chars().take(40).collect();
        assert!(!d.body.contains(&opening), "unverified {} quoted:\n{}", a.id, d.body);
    }
    // No catalogue id, rule id, internal note, placeholder or draft.
    let ids = c
        .articles()
        .map(|a| a.id.clone())
        .chain(c.channels().map(|ch| ch.id.clone()).filter(|id| id.contains('-')))
        .chain(deadline::rules().iter().map(|r| r.id.clone()));
    for id in ids {
        assert!(!d.body.contains(&id), "catalogue id `{id}` in the letter:\n{}", d.body);
    }
    for needle in [
        "{",
        "}",
        "征求意见稿",
        "draft",
        "TODO",
        "UNVERIFIED",
        "NOT FOUND",
        "unverified",
        "未经核实",
        "无具体天数",
        "no fixed number of days",
        "措辞未变",
        "原第",
        "（日期不详）",
        "(date unknown)",
        "立即前",
        "due by immediately",
        "by immediately",
        "致：\n",
        "To: \n",
        "（签名）前",
        "日期不详",
        "date unknown",
        "unknown date",
        "应于立即",
        "于立即",
        "immediately前",
        "by immediately",
        "until immediately",
        "(signature) by",
        "wording unchanged",
        "old Art.",
        "from 2026-01-01",
        "as amended from",
        "新增第",
        "起为第",
        "起经修订",
        "no day count",
        "no fixed hour",
        "无天数",
        "未核对",
        "not checked against",
    ] {
        assert!(!d.body.contains(needle), "letter contains `{needle}`:\n{}", d.body);
    }
    // The addressee line names someone, and only one (a choice between two is a
    // placeholder for the user to strike).
    let first = d.body.lines().next().unwrap_or("");
    let addressee = first.strip_prefix("致：").or_else(|| first.strip_prefix("To: ")).unwrap_or("");
    assert!(addressee.trim().chars().count() >= 2, "no addressee after `致：`/`To:`:\n{}", d.body);
    for alt in ["或", " or ", "/", "、"] {
        assert!(!addressee.contains(alt), "alternative addressees `{alt}`: {first}");
    }
    // A label is always followed by what it labels: no "联系方式：" with nothing after it.
    let lines: Vec<&str> = d.body.lines().collect();
    for (i, l) in lines.iter().enumerate() {
        let greeting = *l == "您好：" || l.starts_with("尊敬的") || l.starts_with("Dear ");
        if (l.ends_with('：') || l.ends_with(':')) && !greeting {
            let next = lines.get(i + 1).copied().unwrap_or("");
            assert!(
                next.starts_with("  ") || next.starts_with(|c: char| c.is_ascii_digit()),
                "`{l}` is followed by nothing it labels:\n{}",
                d.body
            );
        }
    }
    // No alternatives left for the user to strike, in RightsDesk's own words.
    let own = own_words(&d.body);
    for needle in ["（或", "(or ", "或对注销", "，或对", "业主（或", "（或者", "(or:", "and/or", "/或", "或/"]
    {
        assert!(!own.contains(needle), "alternative `{needle}` in:\n{own}");
    }
    // A fact slot (a name, a date, an authority) holds one fact: no "A或B" / "A/B"
    // between the parties of the letter.
    for slot in own.lines().filter(|l| !l.trim_start().starts_with(|c: char| c.is_ascii_digit())) {
        for pair in ["物业使用人", "业主或", "或业主", "owner or occupier", "owner/occupier"] {
            assert!(!slot.contains(pair), "party alternative `{pair}` in: {slot}");
        }
    }
    // A quote never stops at an introductory colon.
    for end in ["：”", ":\""] {
        assert!(!d.body.contains(end), "a quote stops at a colon:\n{}", d.body);
    }
}

fn snapshot(name: String, d: &LetterDraft) {
    insta::assert_snapshot!(name, format!("{}\n\n{}", d.subject, d.body));
}

#[test]
fn the_full_letter_matrix_matches_its_reviewed_snapshots() {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| {
        for j in JURISDICTIONS {
            for loc in Locale::ALL {
                let (jc, lc) = (j.code(), loc.code());
                for kind in first_kinds(j) {
                    let ground = (kind == RequestKind::Deletion).then_some("consent-withdrawn");
                    let d = draft(kind, j, loc, Case { ground, ..Case::default() });
                    snapshot(format!("letter-{}-{jc}-{lc}", kind.code()), &d);
                }
                for kind in [RequestKind::Reminder, RequestKind::Complaint] {
                    let d = draft(kind, j, loc, Case::default());
                    snapshot(format!("letter-{}-{jc}-{lc}", kind.code()), &d);
                }
            }
        }
        for loc in Locale::ALL {
            let lc = loc.code();
            // Holder kinds that change a Chinese letter.
            let property = Case { hk: HolderKind::Property, ..Case::default() };
            let ecommerce = Case { hk: HolderKind::Ecommerce, ..Case::default() };
            snapshot(
                format!("biometric-objection-property-CN-{lc}"),
                &draft(RequestKind::BiometricObjection, Jurisdiction::Cn, loc, property),
            );
            // A property manager: no 15-day reference, "promptly" only (issue 14 item 10).
            snapshot(
                format!("deletion-property-CN-{lc}"),
                &draft(
                    RequestKind::Deletion,
                    Jurisdiction::Cn,
                    loc,
                    Case { ground: Some("unlawful"), ..property },
                ),
            );
            // A follow-up of a request the law asks to be handled promptly, with no date.
            snapshot(
                format!("reminder-access-CN-{lc}"),
                &draft(
                    RequestKind::Reminder,
                    Jurisdiction::Cn,
                    loc,
                    Case { parent: RequestKind::Access, ..Case::default() },
                ),
            );
            snapshot(
                format!("account-cancellation-ecommerce-CN-{lc}"),
                &draft(RequestKind::AccountCancellation, Jurisdiction::Cn, loc, ecommerce),
            );
            for hk in [HolderKind::Bank, HolderKind::Payment, HolderKind::Property, HolderKind::Ecommerce] {
                let d = draft(RequestKind::Complaint, Jurisdiction::Cn, loc, Case { hk, ..Case::default() });
                snapshot(format!("complaint-no-response-CN-{}-{lc}", hk.code()), &d);
            }
            for reason in COMPLAINT_REASONS {
                let d = draft(
                    RequestKind::Complaint,
                    Jurisdiction::Cn,
                    loc,
                    Case { reason: Some(reason), ..Case::default() },
                );
                snapshot(format!("complaint-{reason}-CN-{lc}"), &d);
            }
            // Deletion without a ground: the whole list of grounds is quoted.
            for j in [Jurisdiction::Cn, Jurisdiction::Eu] {
                let d = draft(RequestKind::Deletion, j, loc, Case::default());
                snapshot(format!("deletion-no-ground-{}-{lc}", j.code()), &d);
            }
            // UK before the Data (Use and Access) Act time limits, and before s.164A.
            for (on, tag) in [("2026-01-20", "before-12a"), ("2026-03-16", "before-164a")] {
                for kind in [RequestKind::Access, RequestKind::Complaint] {
                    let d = draft(kind, Jurisdiction::Uk, loc, Case { on, ..Case::default() });
                    snapshot(format!("uk-{tag}-{}-{lc}", kind.code()), &d);
                }
            }
            // California follow-ups of an opt-out.
            for kind in [RequestKind::Reminder, RequestKind::Complaint] {
                let d = draft(
                    kind,
                    Jurisdiction::UsCa,
                    loc,
                    Case { parent: RequestKind::OptOut, ..Case::default() },
                );
                snapshot(format!("{}-opt-out-US-CA-{lc}", kind.code()), &d);
            }
        }
    });
}

#[test]
fn no_letter_on_any_date_cites_an_unverified_draft_or_out_of_force_text() {
    for on in
        ["2021-12-01", "2024-06-03", "2025-12-31", "2026-01-01", "2026-02-04", "2026-03-16", "2026-06-19"]
    {
        for j in JURISDICTIONS {
            for hk in HolderKind::ALL {
                for loc in Locale::ALL {
                    for kind in first_kinds(j) {
                        for ground in [None, Some("unlawful")] {
                            draft(kind, j, loc, Case { on, hk, ground, ..Case::default() });
                        }
                    }
                    for reason in COMPLAINT_REASONS {
                        draft(
                            RequestKind::Complaint,
                            j,
                            loc,
                            Case { on, hk, reason: Some(reason), ..Case::default() },
                        );
                    }
                    draft(RequestKind::Reminder, j, loc, Case { on, hk, ..Case::default() });
                }
            }
        }
    }
}

/// Issue item 2 and "done means": a letter of each type to a UK or a California
/// company cites only that jurisdiction's law.
#[test]
fn uk_and_california_letters_cite_only_their_own_law() {
    for j in [Jurisdiction::Uk, Jurisdiction::UsCa] {
        for loc in Locale::ALL {
            let kinds = first_kinds(j).into_iter().chain([RequestKind::Reminder, RequestKind::Complaint]);
            for kind in kinds {
                for on in ["2026-01-20", "2026-03-16", "2026-07-01"] {
                    let d = draft(kind, j, loc, Case { on, ..Case::default() });
                    assert!(!d.citations.is_empty(), "{kind:?} {j:?} {on} cites nothing");
                    for c in &d.citations {
                        let a = Catalogue::official().article(&c.id).unwrap();
                        assert_eq!(a.jurisdiction, j, "{kind:?} {j:?} cites {}", c.id);
                    }
                    let own = own_words(&d.body);
                    if j == Jurisdiction::Uk {
                        for eu in ["Article 12(3) GDPR", "GDPR Art.", "Article 77 GDPR", "GDPR第", "欧盟"]
                        {
                            let hits = own.matches(eu).count();
                            let uk = own.matches(&format!("UK {eu}")).count();
                            assert_eq!(hits, uk, "EU law `{eu}` in a UK letter:\n{}", d.body);
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn uk_time_limits_and_complaints_follow_the_commencement_dates() {
    let en = Locale::EnUs;
    let before =
        draft(RequestKind::Deletion, Jurisdiction::Uk, en, Case { on: "2026-02-04", ..Case::default() });
    assert!(before.body.contains("UK GDPR Art. 12(3) ("), "old Art. 12(3) cited by number:\n{}", before.body);
    assert!(!before.body.contains("12A"), "{}", before.body);
    let after =
        draft(RequestKind::Deletion, Jurisdiction::Uk, en, Case { on: "2026-02-05", ..Case::default() });
    assert!(after.body.contains("the applicable time period (see Article 12A)"), "{}", after.body);
    assert!(after.body.contains("ends on 5 March 2026"), "{}", after.body);
    // Complaints: to the Commissioner under Art. 77 until 18 June 2026, to the controller from 19 June.
    let to_ico =
        draft(RequestKind::Complaint, Jurisdiction::Uk, en, Case { on: "2026-06-18", ..Case::default() });
    assert!(to_ico.body.starts_with("To: the Information Commissioner"), "{}", to_ico.body);
    assert!(to_ico.body.contains("UK GDPR Art. 77"), "{}", to_ico.body);
    assert!(!to_ico.body.contains("164A"), "{}", to_ico.body);
    let to_controller =
        draft(RequestKind::Complaint, Jurisdiction::Uk, en, Case { on: "2026-06-19", ..Case::default() });
    assert!(
        to_controller.body.contains("section 164A of the Data Protection Act 2018"),
        "{}",
        to_controller.body
    );
    // 30 days beginning with receipt: the receipt day is day 1.
    assert!(
        to_controller.body.contains("(by 18 July 2026 if it reaches you today)"),
        "{}",
        to_controller.body
    );
    assert!(to_controller.body.contains("section 165"), "{}", to_controller.body);
    assert_eq!(to_controller.recipient.as_deref(), Some("privacy@example.com"));
    let zh = draft(
        RequestKind::Complaint,
        Jurisdiction::Uk,
        Locale::ZhCn,
        Case { on: "2026-06-19", ..Case::default() },
    );
    assert!(zh.body.contains("第164A条") && zh.body.contains("2026年7月18日前"), "{}", zh.body);
}

#[test]
fn california_opt_out_and_limit_are_their_own_requests_without_a_45_day_clock() {
    let holder = sample_holder(Jurisdiction::UsCa, HolderKind::App);
    for (kind, title, section) in [
        (RequestKind::OptOut, "Do Not Sell or Share My Personal Information", "§1798.120"),
        (RequestKind::LimitSensitive, "Limit the Use of My Sensitive Personal Information", "§1798.121"),
    ] {
        let rule = rightsdesk::api::rule_for(kind, Jurisdiction::UsCa, &holder);
        assert_eq!(rule.id, "ccpa-opt-out-15-business-days-unverified");
        assert!(!rule.status.is_citable_as_law(), "15 business days is never law");
        for loc in Locale::ALL {
            let d = draft(kind, Jurisdiction::UsCa, loc, Case::default());
            assert!(d.body.contains(title), "{}", d.body);
            assert!(d.citations.iter().any(|c| c.cite_en.contains(section)), "{kind:?}");
            assert!(d.citations.iter().any(|c| c.cite_en.contains("§1798.135(a)")), "{kind:?}");
            for no in ["45", "15 business days", "15个工作日", "15 个工作日"] {
                assert!(!d.body.contains(no), "`{no}` in a {kind:?} letter:\n{}", d.body);
            }
        }
    }
    // The old US-CA "consent withdrawal" and "biometric objection" letters become these requests.
    for (old, new) in [
        (RequestKind::ConsentWithdrawal, RequestKind::OptOut),
        (RequestKind::BiometricObjection, RequestKind::LimitSensitive),
    ] {
        let d = draft(old, Jurisdiction::UsCa, Locale::EnUs, Case::default());
        assert_eq!(d, draft(new, Jurisdiction::UsCa, Locale::EnUs, Case::default()));
        assert!(!d.body.contains("based on my consent"), "{}", d.body);
    }
    // Elsewhere these requests do not exist.
    let err = try_draft(RequestKind::OptOut, Jurisdiction::Eu, Locale::EnUs, Case::default()).unwrap_err();
    assert!(matches!(err, LetterError::NotInJurisdiction { .. }));
}

#[test]
fn a_chinese_complaint_goes_to_one_authority_and_never_to_a_court_or_an_association() {
    for loc in Locale::ALL {
        for (hk, authority) in [
            (HolderKind::App, ["致：网信部门", "To: Cyberspace administration (网信部门)"]),
            (HolderKind::Property, ["致：网信部门", "To: Cyberspace administration (网信部门)"]),
            (
                HolderKind::Bank,
                ["致：国家金融监督管理总局", "To: National Financial Regulatory Administration (NFRA)"],
            ),
            (HolderKind::Payment, ["致：中国人民银行", "To: People's Bank of China (PBOC)"]),
        ] {
            for reason in ["no-response", "refused"] {
                let d = draft(
                    RequestKind::Complaint,
                    Jurisdiction::Cn,
                    loc,
                    Case { hk, reason: Some(reason), ..Case::default() },
                );
                let first = d.body.lines().next().unwrap();
                let want = if loc == Locale::ZhCn { authority[0] } else { authority[1] };
                assert_eq!(first, want, "{hk:?}/{reason}");
                // A court may be mentioned as the right to sue, never as an addressee.
                for no in ["人民法院", "court", "12321", "12377"] {
                    assert!(!first.contains(no), "`{no}` addressed:\n{}", d.body);
                }
                for no in ["12321", "12377"] {
                    assert!(!d.body.contains(no), "`{no}` in a complaint:\n{}", d.body);
                }
            }
        }
        // A request letter names one authority and the right to sue, not a list of hotlines.
        let d = draft(RequestKind::Deletion, Jurisdiction::Cn, loc, Case::default());
        assert!(!d.body.contains("12377") && !d.body.contains("12321"), "{}", d.body);
    }
}

#[test]
fn follow_ups_report_the_reference_as_asked_in_the_rules_unit_and_name_the_original_request() {
    let zh = draft(RequestKind::Reminder, Jurisdiction::Cn, Locale::ZhCn, Case::default());
    assert!(
        zh.body.contains("向贵方（示例网络科技有限公司）发出《关于删除本人个人信息的请求》"),
        "{}",
        zh.body
    );
    assert!(zh.body.contains("前答复（监管参考时限），至今已过"), "{}", zh.body);
    assert!(zh.body.contains("个工作日"), "{}", zh.body);
    assert!(!zh.body.contains("本应于"), "{}", zh.body);
    let en = draft(RequestKind::Reminder, Jurisdiction::Cn, Locale::EnUs, Case::default());
    assert!(en.body.contains("my request \"Request to delete my personal data\""), "{}", en.body);
    assert!(en.body.contains("(the regulators' reference period);"), "{}", en.body);
    assert!(!en.body.contains("Your answer was due"), "{}", en.body);
    assert!(en.body.contains("working days have passed"), "{}", en.body);
    // GDPR: a binding month, counted in calendar days.
    let eu = draft(RequestKind::Reminder, Jurisdiction::Eu, Locale::EnUs, Case::default());
    assert!(eu.body.contains("calendar days overdue"), "{}", eu.body);
    assert!(!eu.body.contains("working days"), "{}", eu.body);
    // A follow-up never reports a date its original letter did not ask for.
    for (j, parent) in [(Jurisdiction::UsCa, RequestKind::OptOut), (Jurisdiction::Cn, RequestKind::Access)] {
        let d = draft(RequestKind::Reminder, j, Locale::EnUs, Case { parent, ..Case::default() });
        assert!(!d.body.contains("asked you to answer by") && !d.body.contains("was due"), "{}", d.body);
    }
    // Where no law sets a period, the date is the one the letter proposed, never a "regulators' reference".
    for kind in [RequestKind::Reminder, RequestKind::Complaint] {
        let other = draft(kind, Jurisdiction::Other, Locale::EnUs, Case::default());
        assert!(
            other.body.contains("the period I proposed") && !other.body.contains("regulators"),
            "{}",
            other.body
        );
        let zh = draft(kind, Jurisdiction::Other, Locale::ZhCn, Case::default());
        assert!(zh.body.contains("（本人提出的期限）") && !zh.body.contains("监管"), "{}", zh.body);
    }
    let eu_zh = draft(RequestKind::Complaint, Jurisdiction::Eu, Locale::ZhCn, Case::default());
    assert!(eu_zh.body.contains("现已逾期 9 日"), "{}", eu_zh.body);
}

#[test]
fn a_deletion_letter_states_and_quotes_its_ground() {
    for g in DELETION_GROUNDS {
        for j in [Jurisdiction::Cn, Jurisdiction::Eu] {
            let clause = letter::ground_clause(g, j).unwrap();
            for loc in Locale::ALL {
                let d = draft(RequestKind::Deletion, j, loc, Case { ground: Some(g), ..Case::default() });
                assert!(d.body.contains(&clause.clause), "{g}/{j:?}/{loc:?}:\n{}", d.body);
                let said = if loc == Locale::ZhCn {
                    "本人请求删除的理由是："
                } else {
                    "I ask for deletion because "
                };
                assert!(d.body.contains(said), "{}", d.body);
            }
        }
    }
    let err = try_draft(
        RequestKind::Deletion,
        Jurisdiction::Cn,
        Locale::ZhCn,
        Case { ground: Some("bored"), ..Case::default() },
    );
    assert_eq!(err.unwrap_err(), LetterError::UnknownGround("bored".into()));
}

#[test]
fn access_letters_list_what_the_law_lists() {
    let eu = draft(RequestKind::Access, Jurisdiction::Eu, Locale::EnUs, Case::default());
    assert!(eu.body.contains("(h) the existence of automated decision-making"), "{}", eu.body);
    let ca = draft(RequestKind::Access, Jurisdiction::UsCa, Locale::EnUs, Case::default());
    assert!(
        ca.body.contains("(2) The categories of sources from which the personal information is collected.")
    );
    assert!(ca.body.contains("the categories of sources from which it was collected"), "{}", ca.body);
    // The CCPA extension keeps its condition and the duty to explain.
    assert!(ca.body.contains("when reasonably necessary") && ca.body.contains("explain why"), "{}", ca.body);
}

#[test]
fn a_correction_letter_says_what_is_wrong() {
    for j in JURISDICTIONS {
        for loc in Locale::ALL {
            let d = draft(RequestKind::Correction, j, loc, Case::default());
            assert!(d.body.contains(CORRECTION), "{}", d.body);
            assert!(!d.body.contains("后续说明") && !d.body.contains("to follow"), "{}", d.body);
        }
    }
    let holder = sample_holder(Jurisdiction::Cn, HolderKind::App);
    let rule = deadline::default_rule(Jurisdiction::Cn);
    let input = LetterInput {
        kind: RequestKind::Correction,
        reason: None,
        ground: None,
        correction: Some("  "),
        jurisdiction: Jurisdiction::Cn,
        locale: Locale::ZhCn,
        date: date("2026-03-02"),
        holder: &holder,
        identifiers: &[],
        sender: &Sender::default(),
        rule,
        due: deadline::Due::Immediate,
        parent: None,
    };
    assert_eq!(
        letter::draft(&input, Localizer::embedded(), Catalogue::official()),
        Err(LetterError::MissingCorrection)
    );
}

#[test]
fn chinese_law_wording_stays_in_chinese_law_letters() {
    for j in [Jurisdiction::Eu, Jurisdiction::Uk, Jurisdiction::UsCa, Jurisdiction::Other] {
        let d = draft(RequestKind::Deletion, j, Locale::EnUs, Case::default());
        assert!(!d.body.contains("technically impossible"), "PIPL Art. 47 ¶2 in a {j:?} letter");
        let zh = draft(RequestKind::Deletion, j, Locale::ZhCn, Case::default());
        assert!(!zh.body.contains("技术上难以实现"), "{}", zh.body);
    }
    let cn = draft(RequestKind::Deletion, Jurisdiction::Cn, Locale::EnUs, Case::default());
    assert!(cn.body.contains("technically impossible"), "{}", cn.body);
}

#[test]
fn jishi_is_cited_from_the_articles_that_say_it_and_the_15_days_only_where_its_source_covers_it() {
    let with_reference = [RequestKind::Deletion, RequestKind::Correction, RequestKind::AccountCancellation];
    for loc in Locale::ALL {
        let reference = if loc == Locale::ZhCn { "15 个工作日" } else { "15 working days" };
        for kind in first_kinds(Jurisdiction::Cn) {
            let d = draft(kind, Jurisdiction::Cn, loc, Case::default());
            assert!(
                !d.body.contains("第五十条和")
                    && !d.body.contains("Article 50 of the Personal Information Protection Law and")
            );
            if with_reference.contains(&kind) {
                assert!(d.body.contains(reference), "{kind:?}:\n{}", d.body);
            }
            if matches!(kind, RequestKind::Access | RequestKind::ConsentWithdrawal) {
                assert!(!d.body.contains(reference), "{kind:?}:\n{}", d.body);
            }
        }
        let property = draft(
            RequestKind::BiometricObjection,
            Jurisdiction::Cn,
            loc,
            Case { hk: HolderKind::Property, ..Case::default() },
        );
        assert!(!property.body.contains(reference), "{}", property.body);
        for kind in [RequestKind::Deletion, RequestKind::Correction, RequestKind::AccountCancellation] {
            let d = draft(kind, Jurisdiction::Cn, loc, Case { hk: HolderKind::Property, ..Case::default() });
            assert!(!d.body.contains(reference), "{kind:?} to a property manager:\n{}", d.body);
        }
        // A reminder of an access request says what the law requires, with the days since receipt.
        let r = draft(
            RequestKind::Reminder,
            Jurisdiction::Cn,
            loc,
            Case { parent: RequestKind::Access, ..Case::default() },
        );
        let said = if loc == Locale::ZhCn {
            "依法贵方应当及时处理，贵方收到该请求至今已过 40 日"
        } else {
            "The law requires you to deal with it promptly; 40 calendar days have passed"
        };
        assert!(r.body.contains(said) && !r.body.contains(reference), "{}", r.body);
    }
    let access = draft(RequestKind::Access, Jurisdiction::Cn, Locale::ZhCn, Case::default());
    assert!(access.body.contains("《个人信息保护法》第四十五条第二款"), "{}", access.body);
}

#[test]
fn chinese_letters_close_properly_and_keep_names_tight() {
    for kind in first_kinds(Jurisdiction::Cn).into_iter().chain([RequestKind::Complaint]) {
        let d = draft(kind, Jurisdiction::Cn, Locale::ZhCn, Case::default());
        assert!(d.body.contains("此致\n敬礼！"), "{}", d.body);
        assert!(!d.body.contains("示例应用 ") && !d.body.contains(" 示例应用"), "{}", d.body);
        assert!(!d.body.contains("无不当延迟"), "{}", d.body);
    }
    let eu = draft(RequestKind::Deletion, Jurisdiction::Eu, Locale::ZhCn, Case::default());
    assert!(
        eu.body.contains("《通用数据保护条例》第12条第3款") && !eu.body.contains("第十二条第三款"),
        "{}",
        eu.body
    );
    // One spelling per law name: the name the citations use, in the letter's own words too.
    for (j, name, other) in [
        (Jurisdiction::Eu, "《通用数据保护条例》", "GDPR第"),
        (Jurisdiction::Uk, "《英国通用数据保护条例》", "英国《通用数据保护条例》"),
        (Jurisdiction::UsCa, "《加州消费者隐私法》", "加州民法典"),
    ] {
        for kind in first_kinds(j).into_iter().chain([RequestKind::Reminder, RequestKind::Complaint]) {
            let d = draft(kind, j, Locale::ZhCn, Case::default());
            let own = own_words(&d.body);
            assert!(!own.contains(other), "{kind:?} {j:?}: `{other}` beside `{name}`:\n{}", d.body);
            assert!(!own.contains("英国GDPR") && !own.contains("加利福尼亚州"), "{}", d.body);
        }
    }
    for kind in first_kinds(Jurisdiction::UsCa) {
        let d = draft(kind, Jurisdiction::UsCa, Locale::EnUs, Case::default());
        assert!(!d.body.contains("Civil Code §"), "{kind:?}: CCPA sections are cited as CCPA:\n{}", d.body);
    }
}

#[test]
fn a_2026_deletion_letter_cites_cybersecurity_law_article_45_not_43() {
    let on = |on| Case { on, ..Case::default() };
    let d = draft(RequestKind::Deletion, Jurisdiction::Cn, Locale::ZhCn, on("2026-01-05"));
    assert!(d.body.contains("《网络安全法》第四十五条"), "{}", d.body);
    assert!(!d.body.contains("《网络安全法》第四十三条"), "{}", d.body);
    let old = draft(RequestKind::Deletion, Jurisdiction::Cn, Locale::ZhCn, on("2025-12-31"));
    assert!(
        old.body.contains("《网络安全法》第四十三条"),
        "a letter dated 2025 cites the old number:\n{}",
        old.body
    );
}

#[test]
fn cn_letters_present_fifteen_working_days_as_a_reference_and_never_as_law() {
    for loc in Locale::ALL {
        let d =
            draft(RequestKind::Deletion, Jurisdiction::Cn, loc, Case { on: "2026-02-10", ..Case::default() });
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
            ground: None,
            correction: None,
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
    let app = draft(RequestKind::BiometricObjection, Jurisdiction::Cn, Locale::ZhCn, Case::default());
    let property = draft(
        RequestKind::BiometricObjection,
        Jurisdiction::Cn,
        Locale::ZhCn,
        Case { hk: HolderKind::Property, ..Case::default() },
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
    // Its reminder says what the law required, with no "due by immediately".
    let reminder = draft(
        RequestKind::Reminder,
        Jurisdiction::Cn,
        Locale::EnUs,
        Case { hk: HolderKind::Ecommerce, parent: RequestKind::AccountCancellation, ..Case::default() },
    );
    assert!(reminder.body.contains("The law required you to act immediately"), "{}", reminder.body);
}

#[test]
fn a_complaint_without_a_known_reason_is_refused() {
    let err = |reason| {
        try_draft(RequestKind::Complaint, Jurisdiction::Cn, Locale::ZhCn, Case { reason, ..Case::default() })
    };
    assert!(err(Some("annoyed")).is_err());
    let holder = sample_holder(Jurisdiction::Cn, HolderKind::App);
    let rule = deadline::default_rule(Jurisdiction::Cn);
    let input = LetterInput {
        kind: RequestKind::Complaint,
        reason: None,
        ground: None,
        correction: None,
        jurisdiction: Jurisdiction::Cn,
        locale: Locale::ZhCn,
        date: date("2026-03-02"),
        holder: &holder,
        identifiers: &[],
        sender: &Sender::default(),
        rule,
        due: deadline::Due::Immediate,
        parent: None,
    };
    assert_eq!(
        letter::draft(&input, Localizer::embedded(), Catalogue::official()),
        Err(LetterError::MissingReason)
    );
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
                ground: None,
                correction: None,
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
