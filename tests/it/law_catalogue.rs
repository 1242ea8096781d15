//! The shipped legal data is consistent.

use rightsdesk::holder::HolderKind;
use rightsdesk::jurisdiction::Jurisdiction;
use rightsdesk::law::Catalogue;
use rightsdesk::letter::basis_for;
use rightsdesk::request::RequestKind;

#[test]
fn every_key_in_the_letter_basis_exists_in_the_catalogue() {
    let c = Catalogue::official();
    let on = chrono::NaiveDate::from_ymd_opt(2026, 6, 1).unwrap();
    for kind in RequestKind::ALL {
        for j in [Jurisdiction::Cn, Jurisdiction::Eu, Jurisdiction::UsCa] {
            for hk in HolderKind::ALL {
                let Some(b) = basis_for(kind, j, None, hk) else { continue };
                for key in b.cite.iter().chain(&b.quote) {
                    assert!(
                        c.in_force(key, on).is_some() || c.article(key).is_some(),
                        "basis {kind:?}/{j:?} names unknown {key}"
                    );
                }
                for key in &b.quote {
                    assert!(b.cite.contains(key), "{key} is quoted but not cited");
                }
            }
        }
    }
}

#[test]
fn every_cn_eu_and_california_request_type_has_a_legal_basis() {
    for kind in [
        RequestKind::Deletion,
        RequestKind::ConsentWithdrawal,
        RequestKind::AccountCancellation,
        RequestKind::Access,
        RequestKind::Correction,
        RequestKind::BiometricObjection,
        RequestKind::Complaint,
    ] {
        for j in [Jurisdiction::Cn, Jurisdiction::Eu, Jurisdiction::UsCa] {
            assert!(basis_for(kind, j, None, HolderKind::App).is_some(), "no basis for {kind:?} in {j:?}");
        }
    }
}
