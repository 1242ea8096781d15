//! Translations: one Fluent bundle per language, built from `locales/<lang>/*.ftl`.
//!
//! The same files feed the web UI, so a message id means the same thing on both
//! sides. Letters and PDFs ask for a language explicitly; nothing here reads a
//! global "current language".

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

use crate::validate::Invalid;

/// A language RightsDesk writes in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Locale {
    #[serde(rename = "zh-CN")]
    ZhCn,
    #[serde(rename = "en-US")]
    EnUs,
}

impl Locale {
    pub const ALL: [Locale; 2] = [Self::ZhCn, Self::EnUs];

    pub fn code(self) -> &'static str {
        match self {
            Self::ZhCn => "zh-CN",
            Self::EnUs => "en-US",
        }
    }

    pub fn is_chinese(self) -> bool {
        self == Self::ZhCn
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Locale {
    type Err = Invalid;
    fn from_str(s: &str) -> Result<Self, Invalid> {
        match s.trim().to_ascii_lowercase().replace('_', "-").as_str() {
            "zh-cn" | "zh" | "zh-hans" => Ok(Self::ZhCn),
            "en-us" | "en" => Ok(Self::EnUs),
            _ => Err(Invalid::Choice {
                field: "language",
                value: s.to_string(),
                allowed: "zh-CN, en-US".into(),
            }),
        }
    }
}

/// The Fluent sources of one language, embedded at build time.
pub const SOURCES: [(Locale, &[(&str, &str)]); 2] = [
    (
        Locale::EnUs,
        &[
            ("ui.ftl", include_str!("../../locales/en-US/ui.ftl")),
            ("tools.ftl", include_str!("../../locales/en-US/tools.ftl")),
            ("errors.ftl", include_str!("../../locales/en-US/errors.ftl")),
            ("letters.ftl", include_str!("../../locales/en-US/letters.ftl")),
            ("evidence.ftl", include_str!("../../locales/en-US/evidence.ftl")),
        ],
    ),
    (
        Locale::ZhCn,
        &[
            ("ui.ftl", include_str!("../../locales/zh-CN/ui.ftl")),
            ("tools.ftl", include_str!("../../locales/zh-CN/tools.ftl")),
            ("errors.ftl", include_str!("../../locales/zh-CN/errors.ftl")),
            ("letters.ftl", include_str!("../../locales/zh-CN/letters.ftl")),
            ("evidence.ftl", include_str!("../../locales/zh-CN/evidence.ftl")),
        ],
    ),
];

/// A Fluent file failed to parse or repeated a message id.
#[derive(Debug, thiserror::Error)]
#[error("{locale}/{file}: {message}")]
pub struct L10nError {
    pub locale: Locale,
    pub file: String,
    pub message: String,
}

/// Formats messages in either language.
pub struct Localizer {
    bundles: Vec<(Locale, FluentBundle<FluentResource>)>,
}

impl Localizer {
    /// The localizer over the embedded files (parsed once; tests prove they are valid).
    pub fn embedded() -> &'static Localizer {
        static L: OnceLock<Localizer> = OnceLock::new();
        L.get_or_init(|| Localizer::from_sources(&SOURCES).expect("embedded Fluent files are valid"))
    }

    pub fn from_sources(sources: &[(Locale, &[(&str, &str)])]) -> Result<Localizer, L10nError> {
        let mut bundles = Vec::new();
        for (locale, files) in sources {
            let langid = locale.code().parse().map_err(|_| L10nError {
                locale: *locale,
                file: String::new(),
                message: "bad language id".into(),
            })?;
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            // Letters and PDFs are not shown in a bidi context: no isolation marks.
            bundle.set_use_isolating(false);
            for (file, text) in *files {
                let res = FluentResource::try_new((*text).to_string()).map_err(|(_, errs)| L10nError {
                    locale: *locale,
                    file: (*file).to_string(),
                    message: format!("{errs:?}"),
                })?;
                bundle.add_resource(res).map_err(|errs| L10nError {
                    locale: *locale,
                    file: (*file).to_string(),
                    message: format!("{errs:?}"),
                })?;
            }
            bundles.push((*locale, bundle));
        }
        Ok(Localizer { bundles })
    }

    fn bundle(&self, locale: Locale) -> &FluentBundle<FluentResource> {
        &self.bundles.iter().find(|(l, _)| *l == locale).expect("both locales are loaded").1
    }

    pub fn has(&self, locale: Locale, id: &str) -> bool {
        self.bundle(locale).has_message(id)
    }

    /// Formats message `id`; a missing message or variable shows as `{id}` rather than failing,
    /// and tests make sure none is missing.
    pub fn msg(&self, locale: Locale, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.format(locale, id, None, args)
    }

    /// Formats an attribute (`id.attr`) of a message.
    pub fn attr(&self, locale: Locale, id: &str, attr: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.format(locale, id, Some(attr), args)
    }

    fn format(&self, locale: Locale, id: &str, attr: Option<&str>, args: &[(&str, Arg<'_>)]) -> String {
        let bundle = self.bundle(locale);
        let Some(message) = bundle.get_message(id) else { return format!("{{{id}}}") };
        let pattern = match attr {
            None => message.value(),
            Some(a) => message.get_attribute(a).map(|at| at.value()),
        };
        let Some(pattern) = pattern else { return format!("{{{id}}}") };
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            match v {
                Arg::Str(s) => fargs.set(*k, FluentValue::from(*s)),
                Arg::Num(n) => fargs.set(*k, FluentValue::from(*n)),
            }
        }
        let mut errors = Vec::new();
        bundle.format_pattern(pattern, Some(&fargs), &mut errors).into_owned()
    }

    /// Every message id of a language (for completeness tests).
    pub fn message_ids(locale: Locale) -> Vec<String> {
        let files = SOURCES.iter().find(|(l, _)| *l == locale).map(|(_, f)| *f).unwrap_or(&[]);
        let mut ids = Vec::new();
        for (_, text) in files {
            if let Ok(res) = FluentResource::try_new((*text).to_string()) {
                for entry in res.entries() {
                    if let fluent_syntax::ast::Entry::Message(m) = entry {
                        ids.push(m.id.name.to_string());
                    }
                }
            }
        }
        ids.sort();
        ids
    }
}

/// A value passed into a message.
#[derive(Debug, Clone, Copy)]
pub enum Arg<'a> {
    Str(&'a str),
    Num(i64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Str(s)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Str(s)
    }
}

impl From<i64> for Arg<'_> {
    fn from(n: i64) -> Self {
        Arg::Num(n)
    }
}
