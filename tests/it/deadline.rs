//! The deadline rules point at real catalogue entries with honest statuses.

use rightsdesk::deadline;
use rightsdesk::law::{Catalogue, LegalStatus};

#[test]
fn every_rule_source_and_binding_duty_exists_in_the_law_catalogue() {
    let c = Catalogue::official();
    for rule in deadline::rules() {
        for id in rule.sources.iter().chain(&rule.binding_duty_ids) {
            assert!(
                c.article(id).is_some() || c.instrument(id).is_some(),
                "rule {} names unknown source {id}",
                rule.id
            );
        }
    }
}

#[test]
fn the_cn_fifteen_working_days_rule_is_a_reference_not_a_statute_and_not_the_draft() {
    let rule = deadline::rule("cn-reference-15-working-days").unwrap();
    assert_eq!(rule.status, LegalStatus::Reference);
    assert_eq!(rule.amount, 15);
    let c = Catalogue::official();
    for id in &rule.sources {
        let status = c.article(id).map(|a| a.status).or_else(|| c.instrument(id).map(|i| i.status)).unwrap();
        assert_ne!(status, LegalStatus::Draft, "{id}: the 2021 draft is never the source of the 15 days");
        assert!(!status.is_citable_as_law(), "{id}: the 15-day figure has no statutory source");
    }
}

// --- which rule a request runs on (issue 14 items 2 and 10) ---

use crate::support::*;
use rightsdesk::api::{self, DraftInput, LogInput, SendInput};
use rightsdesk::deadline::{ClockState, Due};
use rightsdesk::holder::{DataCategory, HolderKind};
use rightsdesk::i18n::Locale;
use rightsdesk::ids::RequestId;
use rightsdesk::jurisdiction::Jurisdiction;
use rightsdesk::request::{DeliveryChannel, EventKind, RequestKind};
use rightsdesk::store::Store;

fn draft_input(holder: rightsdesk::ids::HolderId, kind: RequestKind, on: &str) -> DraftInput {
    DraftInput {
        holder_id: holder,
        kind,
        jurisdiction: None,
        language: Locale::EnUs,
        reason: (kind == RequestKind::Complaint).then(|| "no-response".into()),
        ground: None,
        correction: (kind == RequestKind::Correction).then(|| "My surname is Li, not Lee.".into()),
        letter_date: Some(date(on)),
        identifiers: None,
        parent_id: None,
        sender: None,
    }
}

fn sent(store: &mut Store, input: &DraftInput, on: &str, channel: DeliveryChannel) -> RequestId {
    let r = api::create_request(store, input, &now(on)).unwrap();
    let send = SendInput { date: date(on), channel: Some(channel), tracking: None };
    api::mark_sent(store, r.request.id, &send, &now(on)).unwrap();
    r.request.id
}

#[test]
fn chinese_access_consent_withdrawal_and_property_requests_run_on_promptly_not_the_15_days() {
    let (_dir, mut store) = temp_store();
    let app = holder(&store, "App", Jurisdiction::Cn, HolderKind::App);
    let estate = holder(&store, "Estate", Jurisdiction::Cn, HolderKind::Property);
    account(&store, &app, &["phone:13800138000"], &[DataCategory::ContactDetails]);
    let cases = [
        (app.id, RequestKind::Access, "cn-promptly"),
        (app.id, RequestKind::ConsentWithdrawal, "cn-promptly"),
        (app.id, RequestKind::Deletion, "cn-reference-15-working-days"),
        (app.id, RequestKind::Correction, "cn-reference-15-working-days"),
        (app.id, RequestKind::AccountCancellation, "cn-reference-15-working-days"),
        (estate.id, RequestKind::BiometricObjection, "cn-promptly"),
        (estate.id, RequestKind::Deletion, "cn-promptly"),
    ];
    for (h, kind, want) in cases {
        let id = sent(&mut store, &draft_input(h, kind, "2026-03-02"), "2026-03-02", DeliveryChannel::Email);
        let d = api::get_request(&store, id, &now("2026-05-01")).unwrap();
        assert_eq!(d.rule.as_ref().unwrap().id, want, "{kind:?} to holder {h}");
        assert_eq!(d.request.rule_id.as_deref(), Some(want), "{kind:?}: stored as chosen");
        if want == "cn-promptly" {
            let c = d.clock.unwrap();
            assert_eq!((c.due, c.state), (Some(Due::Promptly), ClockState::Promptly { days: 60 }));
            assert_ne!(d.status.code(), "overdue", "no number of days: never overdue by a number");
            let preview =
                api::preview_letter(&store, &draft_input(h, kind, "2026-03-02"), &now("2026-03-02"));
            let preview = preview.unwrap();
            assert_eq!(preview.due_if_sent_today, Due::Promptly);
            assert!(!preview.draft.body.contains("15 working days"), "{}", preview.draft.body);
            assert!(preview.rule_sources.iter().all(|s| s.status.is_citable_as_law()));
        }
    }
}

#[test]
fn a_request_stored_on_the_15_days_before_the_fix_is_counted_as_promptly() {
    let (dir, mut store) = temp_store();
    let app = holder(&store, "App", Jurisdiction::Cn, HolderKind::App);
    let t = now("2026-03-02");
    let r =
        api::create_request(&mut store, &draft_input(app.id, RequestKind::Access, "2026-03-02"), &t).unwrap();
    let id = r.request.id;
    // As an older build stored it.
    rusqlite::Connection::open(dir.path().join(rightsdesk::store::DB_FILE_NAME))
        .unwrap()
        .execute("UPDATE requests SET rule_id = 'cn-reference-15-working-days'", [])
        .unwrap();
    let send = SendInput { date: date("2026-03-02"), channel: Some(DeliveryChannel::Email), tracking: None };
    api::mark_sent(&mut store, id, &send, &t).unwrap();
    let d = api::get_request(&store, id, &now("2026-05-01")).unwrap();
    assert_eq!(d.rule.unwrap().id, "cn-promptly");
    let list = api::list_requests(&store, &now("2026-05-01")).unwrap();
    assert_eq!(list[0].clock.as_ref().unwrap().due, Some(Due::Promptly));
}

#[test]
fn the_uk_time_limit_follows_the_date_of_receipt_not_the_letter_date() {
    let (_dir, mut store) = temp_store();
    let h = holder(&store, "UK Shop", Jurisdiction::Uk, HolderKind::Ecommerce);
    // Dated and posted on 2 February 2026, delivered (signed for) on 6 February: Art. 12A applies.
    let input = draft_input(h.id, RequestKind::Deletion, "2026-02-02");
    let id = sent(&mut store, &input, "2026-02-02", DeliveryChannel::Post);
    let before_delivery = api::get_request(&store, id, &now("2026-02-03")).unwrap();
    assert_eq!(before_delivery.rule.unwrap().id, "uk-one-month-before-12a", "until delivery: the send date");
    let log = LogInput {
        kind: EventKind::Acknowledged,
        date: date("2026-02-06"),
        text: String::new(),
        files: vec![],
    };
    api::log_event(&mut store, id, &log, &now("2026-02-06")).unwrap();
    let d = api::get_request(&store, id, &now("2026-02-10")).unwrap();
    assert_eq!(d.rule.unwrap().id, "uk-one-month");
    assert_eq!(d.clock.unwrap().due, Some(Due::On(date("2026-03-06"))));
    // The reminder cites the time limit that governs the request: Art. 12A, although
    // the request's letter is dated before 5 February.
    let mut reminder = draft_input(h.id, RequestKind::Reminder, "2026-03-20");
    reminder.parent_id = Some(id);
    let r = api::preview_letter(&store, &reminder, &now("2026-03-20")).unwrap();
    let ids: Vec<&str> = r.draft.citations.iter().map(|c| c.id.as_str()).collect();
    assert!(ids.contains(&"uk-gdpr-12a") && !ids.contains(&"uk-gdpr-12-3-2021"), "{ids:?}");
    // Received on 3 February (e-mail): the old Art. 12(3), even in a reminder dated after 5 February.
    let early = sent(
        &mut store,
        &draft_input(h.id, RequestKind::Deletion, "2026-02-03"),
        "2026-02-03",
        DeliveryChannel::Email,
    );
    let d = api::get_request(&store, early, &now("2026-03-20")).unwrap();
    assert_eq!(d.rule.unwrap().id, "uk-one-month-before-12a");
    let mut reminder = draft_input(h.id, RequestKind::Reminder, "2026-03-20");
    reminder.parent_id = Some(early);
    let r = api::preview_letter(&store, &reminder, &now("2026-03-20")).unwrap();
    let ids: Vec<&str> = r.draft.citations.iter().map(|c| c.id.as_str()).collect();
    assert!(ids.contains(&"uk-gdpr-12-3-2021") && !ids.contains(&"uk-gdpr-12a"), "{ids:?}");
}

#[test]
fn a_uk_complaint_to_the_controller_has_a_30_day_acknowledgement_clock_from_19_june_2026() {
    let (_dir, mut store) = temp_store();
    let h = holder(&store, "UK Shop", Jurisdiction::Uk, HolderKind::Ecommerce);
    let id = sent(
        &mut store,
        &draft_input(h.id, RequestKind::Complaint, "2026-06-19"),
        "2026-06-19",
        DeliveryChannel::Email,
    );
    let d = api::get_request(&store, id, &now("2026-07-18")).unwrap();
    assert_eq!(d.rule.as_ref().unwrap().id, "uk-complaint-acknowledge-30-days");
    let c = d.clock.unwrap();
    // 30 days beginning with 19 June: the receipt day is day 1, so 18 July is the last.
    assert_eq!((c.due, c.state), (Some(Due::On(date("2026-07-18"))), ClockState::DueToday));
    let late = api::get_request(&store, id, &now("2026-07-20")).unwrap();
    assert_eq!(late.status.code(), "overdue");
    // Their acknowledgement answers the duty and stops the clock.
    let log = LogInput {
        kind: EventKind::Acknowledged,
        date: date("2026-07-10"),
        text: String::new(),
        files: vec![],
    };
    api::log_event(&mut store, id, &log, &now("2026-07-20")).unwrap();
    let d = api::get_request(&store, id, &now("2026-07-20")).unwrap();
    assert_eq!(d.clock.unwrap().state, ClockState::Stopped { on: date("2026-07-10") });
    // Before 19 June the complaint goes to the Commissioner: no clock of ours.
    let ico = sent(
        &mut store,
        &draft_input(h.id, RequestKind::Complaint, "2026-06-18"),
        "2026-06-18",
        DeliveryChannel::Email,
    );
    let d = api::get_request(&store, ico, &now("2026-07-20")).unwrap();
    assert!(d.clock.is_none() && d.rule.is_none(), "{:?}", d.rule);
    // Other complaints go to a regulator: no clock either.
    let cn = holder(&store, "App", Jurisdiction::Cn, HolderKind::App);
    let cnc = sent(
        &mut store,
        &draft_input(cn.id, RequestKind::Complaint, "2026-06-19"),
        "2026-06-19",
        DeliveryChannel::Email,
    );
    assert!(api::get_request(&store, cnc, &now("2026-07-20")).unwrap().clock.is_none());
}
