//! The shipped legal data is consistent.

use rightsdesk::holder::HolderKind;
use rightsdesk::jurisdiction::Jurisdiction;
use rightsdesk::law::Catalogue;
use rightsdesk::letter::{DELETION_GROUNDS, basis_for, ground_clause, kind_in};
use rightsdesk::request::RequestKind;

const LAWS: [Jurisdiction; 4] = [Jurisdiction::Cn, Jurisdiction::Eu, Jurisdiction::Uk, Jurisdiction::UsCa];

#[test]
fn every_key_in_the_letter_basis_exists_in_the_catalogue() {
    let c = Catalogue::official();
    let on = chrono::NaiveDate::from_ymd_opt(2026, 6, 1).unwrap();
    for b in rightsdesk::letter::Basis::all() {
        let (kind, j) = (b.kind, b.jurisdiction);
        for key in b.cite.iter().chain(&b.quote).chain(b.quote_through.keys()) {
            assert!(
                c.in_force(key, on).is_some() || c.article(key).is_some(),
                "basis {kind:?}/{j:?} names unknown {key}"
            );
        }
        for key in b.quote.iter().chain(b.quote_through.keys()) {
            assert!(b.cite.contains(key), "{key} is quoted but not cited");
        }
        for key in b.quote_through.keys() {
            assert!(b.quote.contains(key), "{key} has a passage but is not quoted");
        }
        assert!(!b.relies_on.is_empty(), "basis {kind:?}/{j:?} records no facts it relies on");
    }
}

/// A passage to quote must run, in the article's own text, from the operative
/// words through the closing words: otherwise the letter would fall back to the
/// introductory words that end with a colon.
#[test]
fn every_quoted_passage_and_ground_clause_is_exact_text() {
    let c = Catalogue::official();
    for b in rightsdesk::letter::Basis::all() {
        for (key, end) in &b.quote_through {
            let a = c.article(key).unwrap_or_else(|| panic!("{key}"));
            let start = a.text.find(a.quoted_words()).unwrap_or_else(|| panic!("{key}: quote not in text"));
            assert!(a.text[start..].contains(end.as_str()), "{key}: `{end}` does not follow the quote");
        }
    }
    for j in [Jurisdiction::Cn, Jurisdiction::Eu] {
        for g in DELETION_GROUNDS {
            let clause = ground_clause(g, j).unwrap_or_else(|| panic!("no clause for {g} in {j}"));
            let a = c.article(&clause.key).unwrap();
            assert!(a.text.contains(&clause.clause), "{g}/{j}: clause not in {}", a.id);
            assert!(!a.quoted_words().ends_with(&clause.clause), "{g}/{j}");
        }
    }
}

#[test]
fn every_request_type_has_a_legal_basis_where_the_law_has_that_right() {
    for kind in RequestKind::ALL.into_iter().filter(|k| *k != RequestKind::Reminder) {
        for j in LAWS {
            let californian = matches!(kind, RequestKind::OptOut | RequestKind::LimitSensitive);
            if californian && j != Jurisdiction::UsCa {
                continue;
            }
            assert!(
                basis_for(kind_in(kind, j), j, None, HolderKind::App, None).is_some(),
                "no basis for {kind:?} in {j:?}"
            );
        }
    }
}
