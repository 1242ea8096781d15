//! Dates and identifier labels as a letter writes them.

use crate::holder::IdentifierKind;
use crate::i18n::{Arg, Locale, Localizer};
use chrono::{Datelike, NaiveDate};

/// `2026年3月9日` in Chinese, `9 March 2026` in English (unambiguous in both).
pub fn format_date(d: NaiveDate, loc: Locale) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    match loc {
        Locale::ZhCn => format!("{}年{}月{}日", d.year(), d.month(), d.day()),
        Locale::EnUs => format!("{} {} {}", d.day(), MONTHS[d.month0() as usize], d.year()),
    }
}

pub fn identifier_label(kind: IdentifierKind, loc: Locale, l10n: &Localizer) -> String {
    let code = match kind {
        IdentifierKind::Phone => "phone",
        IdentifierKind::Email => "email",
        IdentifierKind::Username => "username",
        IdentifierKind::Other => "other",
    };
    l10n.msg(loc, "letter-identifier-label", &[("kind", Arg::Str(code))])
}
