//! Reading a raw e-mail (`.eml`, RFC 5322 / MIME) for the evidence: the
//! headers a court or notary checks it by (Message-ID, Date, From, the
//! DKIM-Signature's domain and selector) and its plain-text body. Pure; the
//! MIME work is `mailparse`'s. The raw bytes themselves are kept unchanged
//! elsewhere (as the event's attachment): this only reads them.

use mailparse::{MailHeaderMap, ParsedMail};
use serde::Serialize;

/// One DKIM signature's signing domain (`d=`) and selector (`s=`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DkimTag {
    pub domain: String,
    pub selector: String,
}

/// What the evidence lists of a kept message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct MailFacts {
    pub message_id: Option<String>,
    /// The `Date` header as written.
    pub date: Option<String>,
    pub from: Option<String>,
    pub subject: Option<String>,
    /// Every DKIM-Signature header, in order.
    pub dkim: Vec<DkimTag>,
    /// The day the message was sent, in the sender's own time zone.
    pub sent_on: Option<chrono::NaiveDate>,
    /// The first plain-text part, decoded (empty when the message has none).
    pub text: String,
}

/// Reads a raw message. Refuses bytes that carry none of the headers every
/// message has (`From`, `Date`, `Message-ID`): a picture or a PDF is not a mail.
pub fn read(raw: &[u8]) -> Result<MailFacts, String> {
    let mail = mailparse::parse_mail(raw).map_err(|e| e.to_string())?;
    let h = &mail.headers;
    let one = |name: &str| {
        h.get_first_value(name)
            .map(|v| v.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|v| !v.is_empty())
    };
    let (message_id, date, from) = (one("Message-ID"), one("Date"), one("From"));
    if message_id.is_none() && date.is_none() && from.is_none() {
        return Err("it has no From, Date or Message-ID header".into());
    }
    let dkim = h.get_all_values("DKIM-Signature").iter().filter_map(|v| dkim_tags(v)).collect();
    let sent_on = date.as_deref().and_then(|d| {
        chrono::DateTime::parse_from_rfc2822(d).ok().map(|t| t.date_naive()).or_else(|| {
            mailparse::dateparse(d)
                .ok()
                .and_then(|s| chrono::DateTime::from_timestamp(s, 0))
                .map(|t| t.date_naive())
        })
    });
    Ok(MailFacts {
        message_id,
        date,
        from,
        subject: one("Subject"),
        dkim,
        sent_on,
        text: plain_text(&mail).unwrap_or_default(),
    })
}

/// `d=` and `s=` of a DKIM-Signature tag list (RFC 6376 §3.2: `tag=value` pairs separated by `;`).
fn dkim_tags(value: &str) -> Option<DkimTag> {
    let mut domain = None;
    let mut selector = None;
    for pair in value.split(';') {
        let Some((tag, v)) = pair.split_once('=') else { continue };
        let v: String = v.split_whitespace().collect();
        match tag.trim() {
            "d" => domain = Some(v),
            "s" => selector = Some(v),
            _ => {}
        }
    }
    Some(DkimTag { domain: domain?, selector: selector.unwrap_or_default() })
}

fn plain_text(part: &ParsedMail<'_>) -> Option<String> {
    if part.subparts.is_empty() {
        let is_attachment = part
            .headers
            .get_first_value("Content-Disposition")
            .is_some_and(|d| d.trim_start().to_ascii_lowercase().starts_with("attachment"));
        return (part.ctype.mimetype.eq_ignore_ascii_case("text/plain") && !is_attachment)
            .then(|| part.get_body().ok())
            .flatten()
            .map(|b| b.replace("\r\n", "\n").trim().to_string());
    }
    part.subparts.iter().find_map(plain_text)
}

#[cfg(test)]
mod tests {
    use super::*;

    const MAIL: &str = "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\r\n\td=shop.example.cn; s=mail2026;\r\n\tbh=abc=; b=def\r\nFrom: =?UTF-8?B?5a6i5pyN?= <privacy@shop.example.cn>\r\nTo: me@example.org\r\nDate: Thu, 5 Mar 2026 07:10:00 +0800\r\nMessage-ID: <reply-1@shop.example.cn>\r\nSubject: Re: deletion\r\nMIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=b1\r\n\r\n--b1\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n5oiR5Lus5bey5Yig6Zmk44CC\r\n--b1\r\nContent-Type: text/html\r\n\r\n<p>x</p>\r\n--b1--\r\n";

    #[test]
    fn headers_dkim_and_text_are_read() {
        let f = read(MAIL.as_bytes()).unwrap();
        assert_eq!(f.message_id.as_deref(), Some("<reply-1@shop.example.cn>"));
        assert_eq!(f.from.as_deref(), Some("客服 <privacy@shop.example.cn>"));
        assert_eq!(f.dkim, vec![DkimTag { domain: "shop.example.cn".into(), selector: "mail2026".into() }]);
        assert_eq!(f.sent_on, chrono::NaiveDate::from_ymd_opt(2026, 3, 5), "the sender's own day, not UTC's");
        assert_eq!(f.text, "我们已删除。");
    }

    #[test]
    fn a_file_that_is_not_a_mail_is_refused() {
        assert!(read(b"\x89PNG\r\n\x1a\n....").is_err());
        assert!(read(b"").is_err());
    }
}
