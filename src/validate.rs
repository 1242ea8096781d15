//! Checks on what a person types, with messages that name the field.

use crate::error::ErrorCode;
use chrono::NaiveDate;

/// A value the user gave was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Invalid {
    /// A required field was empty.
    #[error("{field} must not be empty")]
    Empty { field: &'static str },
    /// A field was longer than the store accepts.
    #[error("{field} is too long ({len} characters; at most {max})")]
    TooLong { field: &'static str, len: usize, max: usize },
    /// An e-mail address did not look like one.
    #[error("`{value}` is not an e-mail address")]
    Email { value: String },
    /// A web address was not http(s).
    #[error("{field}: `{value}` is not an http(s) web address")]
    Url { field: &'static str, value: String },
    /// A date was not YYYY-MM-DD or not a real day.
    #[error("`{value}` is not a date (expected YYYY-MM-DD, e.g. 2026-03-09)")]
    Date { value: String },
    /// A value was not one of the allowed words.
    #[error("`{value}` is not a valid {field} (expected one of: {allowed})")]
    Choice { field: &'static str, value: String, allowed: String },
    /// Any other specific reason.
    #[error("{0}")]
    Other(String),
}

impl Invalid {
    pub fn code(&self) -> ErrorCode {
        match self {
            Self::Date { .. } => ErrorCode::InvalidDate,
            _ => ErrorCode::InvalidInput,
        }
    }
}

/// Longest free text the store accepts in one field (a long reply pasted in).
pub const MAX_TEXT: usize = 200_000;
/// Longest name, address or identifier.
pub const MAX_SHORT: usize = 1_000;

pub fn required(field: &'static str, value: &str) -> Result<String, Invalid> {
    let v = value.trim();
    if v.is_empty() {
        return Err(Invalid::Empty { field });
    }
    short(field, v)
}

pub fn short(field: &'static str, value: &str) -> Result<String, Invalid> {
    let len = value.chars().count();
    if len > MAX_SHORT {
        return Err(Invalid::TooLong { field, len, max: MAX_SHORT });
    }
    Ok(value.trim().to_string())
}

pub fn text(field: &'static str, value: &str) -> Result<String, Invalid> {
    let len = value.chars().count();
    if len > MAX_TEXT {
        return Err(Invalid::TooLong { field, len, max: MAX_TEXT });
    }
    Ok(value.to_string())
}

/// Optional short text: blank becomes `None`.
pub fn optional(field: &'static str, value: Option<&str>) -> Result<Option<String>, Invalid> {
    match value.map(str::trim) {
        None | Some("") => Ok(None),
        Some(v) => short(field, v).map(Some),
    }
}

pub fn email(value: Option<&str>) -> Result<Option<String>, Invalid> {
    let Some(v) = optional("e-mail", value)? else { return Ok(None) };
    let ok = match v.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !v.chars().any(char::is_whitespace)
        }
        None => false,
    };
    if ok { Ok(Some(v)) } else { Err(Invalid::Email { value: v }) }
}

pub fn url(field: &'static str, value: Option<&str>) -> Result<Option<String>, Invalid> {
    let Some(v) = optional(field, value)? else { return Ok(None) };
    let lower = v.to_ascii_lowercase();
    let rest = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://"));
    match rest {
        Some(r) if !r.is_empty() && !v.chars().any(char::is_whitespace) => Ok(Some(v)),
        _ => Err(Invalid::Url { field, value: v }),
    }
}

/// Parses `YYYY-MM-DD`, refusing impossible days like 2026-02-30.
pub fn date(value: &str) -> Result<NaiveDate, Invalid> {
    let v = value.trim();
    let shape_ok = v.len() == 10
        && v.bytes().enumerate().all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() });
    if !shape_ok {
        return Err(Invalid::Date { value: value.to_string() });
    }
    NaiveDate::parse_from_str(v, "%Y-%m-%d").map_err(|_| Invalid::Date { value: value.to_string() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_accepts_plain_addresses_and_refuses_junk() {
        assert_eq!(email(Some(" privacy@example.cn ")).unwrap().as_deref(), Some("privacy@example.cn"));
        assert_eq!(email(Some("")).unwrap(), None);
        for bad in ["privacy", "a@b", "@x.cn", "a b@x.cn", "a@.cn"] {
            assert!(email(Some(bad)).is_err(), "{bad} must be refused");
        }
    }

    #[test]
    fn date_refuses_impossible_days() {
        assert!(date("2026-02-30").is_err());
        assert!(date("26-2-3").is_err());
        assert_eq!(date("2026-03-09").unwrap(), NaiveDate::from_ymd_opt(2026, 3, 9).unwrap());
    }

    #[test]
    fn url_must_be_http_or_https() {
        assert!(url("privacy policy", Some("https://x.cn/p")).unwrap().is_some());
        assert!(url("privacy policy", Some("javascript:alert(1)")).is_err());
        assert!(url("privacy policy", Some("file:///etc/passwd")).is_err());
    }
}
