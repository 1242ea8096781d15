//! Both languages are complete and every file parses.

use rightsdesk::ErrorCode;
use rightsdesk::i18n::{Locale, Localizer, SOURCES};

#[test]
fn every_fluent_file_parses() {
    Localizer::from_sources(&SOURCES).expect("all .ftl files parse without errors");
    for (locale, files) in SOURCES {
        for (name, text) in files {
            let res = fluent_syntax::parser::parse(*text);
            assert!(res.is_ok(), "{locale}/{name}: {:?}", res.err().map(|e| e.1));
        }
    }
}

#[test]
fn zh_cn_and_en_us_have_the_same_message_ids() {
    let zh = Localizer::message_ids(Locale::ZhCn);
    let en = Localizer::message_ids(Locale::EnUs);
    let only_zh: Vec<_> = zh.iter().filter(|id| !en.contains(id)).collect();
    let only_en: Vec<_> = en.iter().filter(|id| !zh.contains(id)).collect();
    assert!(
        only_zh.is_empty() && only_en.is_empty(),
        "missing in en-US: {only_zh:?}; missing in zh-CN: {only_en:?}"
    );
}

#[test]
fn every_error_code_has_a_message_in_both_languages() {
    let l = Localizer::embedded();
    for code in ErrorCode::ALL {
        for loc in Locale::ALL {
            assert!(
                l.has(loc, &format!("error-{}", code.as_str())),
                "error-{} missing in {loc}",
                code.as_str()
            );
        }
    }
}
