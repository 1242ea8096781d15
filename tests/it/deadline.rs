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
