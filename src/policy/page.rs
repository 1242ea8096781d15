//! From fetched bytes to lines of plain text: charset decoding and a small,
//! forgiving HTML-to-text pass (no DOM; policy pages are often malformed).

use encoding_rs::{Encoding, GB18030, UTF_8};
use serde::Serialize;

/// A page reduced to plain text, one block (paragraph, list item, cell row) per line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct PageText {
    pub text: String,
    /// The encoding the bytes were decoded with (WHATWG name, e.g. `UTF-8`, `GBK`, `gb18030`).
    pub encoding: String,
    /// The `<title>`, if the page has one.
    pub title: Option<String>,
}

/// Decodes `bytes` (using the `Content-Type` header if given) and, for HTML, strips the markup.
pub fn page_text(bytes: &[u8], content_type: Option<&str>) -> PageText {
    let (decoded, encoding) = decode(bytes, content_type);
    let html = content_type.map(|ct| ct.to_ascii_lowercase()).map_or_else(
        || looks_like_html(&decoded),
        |ct| {
            ct.contains("html")
                || ct.contains("xml")
                || (ct.starts_with("text/plain") && looks_like_html(&decoded))
        },
    );
    if html {
        let title = title_of(&decoded);
        PageText { text: html_to_text(&decoded), encoding: encoding.name().to_string(), title }
    } else {
        PageText { text: tidy_lines(&decoded), encoding: encoding.name().to_string(), title: None }
    }
}

/// Decodes bytes: byte-order mark, then the header's charset, then a `<meta>`
/// charset, then UTF-8 if the bytes are valid UTF-8, else GB18030 (a superset
/// of GBK and GB2312, the usual legacy encodings of Chinese pages).
///
/// A page declared UTF-8 that is not valid UTF-8 is retried with its `<meta>`
/// charset or GB18030: mislabelled headers are common.
pub fn decode(bytes: &[u8], content_type: Option<&str>) -> (String, &'static Encoding) {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        return (text.into_owned(), enc);
    }
    let from_header = content_type.and_then(charset_param).and_then(|l| Encoding::for_label(l.as_bytes()));
    let from_meta = meta_charset(bytes).and_then(|l| Encoding::for_label(l.as_bytes()));
    let declared = from_header.or(from_meta).map(replace_utf16);
    let chosen = declared.unwrap_or_else(|| if std::str::from_utf8(bytes).is_ok() { UTF_8 } else { GB18030 });
    let (text, had_errors) = chosen.decode_without_bom_handling(bytes);
    if had_errors && chosen == UTF_8 {
        let fallback = from_meta.filter(|e| *e != UTF_8).unwrap_or(GB18030);
        let (retry, retry_errors) = fallback.decode_without_bom_handling(bytes);
        if !retry_errors {
            return (retry.into_owned(), fallback);
        }
    }
    (text.into_owned(), chosen)
}

/// A page cannot really be UTF-16 if it declared that in ASCII (WHATWG rule).
fn replace_utf16(enc: &'static Encoding) -> &'static Encoding {
    if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE { UTF_8 } else { enc }
}

/// The `charset` parameter of a `Content-Type` value.
fn charset_param(content_type: &str) -> Option<String> {
    content_type.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim().eq_ignore_ascii_case("charset").then(|| v.trim().trim_matches(['"', '\'']).to_string())
    })
}

/// The charset a `<meta charset>` or `<meta http-equiv content="…charset=…">` declares
/// in the first 4 KiB, as the HTML spec's prescan does.
fn meta_charset(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(pos) = find(&lower[from..], b"<meta") {
        let start = from + pos;
        let end = find(&lower[start..], b">").map_or(lower.len(), |e| start + e);
        let tag = &lower[start..end];
        if let Some(c) = find(tag, b"charset") {
            let rest = &tag[c + b"charset".len()..];
            let rest = rest.iter().skip_while(|b| b.is_ascii_whitespace()).copied().collect::<Vec<u8>>();
            if let Some(after_eq) = rest.strip_prefix(b"=") {
                let value: String = after_eq
                    .iter()
                    .skip_while(|b| b.is_ascii_whitespace() || **b == b'"' || **b == b'\'')
                    .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':'))
                    .map(|&b| b as char)
                    .collect();
                if !value.is_empty() {
                    return Some(value);
                }
            }
        }
        from = end;
    }
    None
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn looks_like_html(text: &str) -> bool {
    let start: String = text.trim_start().chars().take(512).collect::<String>().to_ascii_lowercase();
    start.starts_with('<') || start.contains("<html") || start.contains("<body") || start.contains("<p>")
}

fn title_of(html: &str) -> Option<String> {
    let lower = html.to_ascii_lowercase();
    let start = lower.find("<title")?;
    let open_end = start + lower[start..].find('>')? + 1;
    let close = open_end + lower[open_end..].find("</title")?;
    let title = collapse_spaces(&decode_entities(&html[open_end..close]));
    (!title.is_empty()).then_some(title)
}

/// Elements whose content is never text.
const SKIPPED: &[&str] = &["script", "style", "noscript", "template", "svg", "head", "iframe", "object"];

/// Elements that start a new line.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "br",
    "caption",
    "dd",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "tbody",
    "thead",
    "tfoot",
    "title",
    "tr",
    "ul",
];

/// Strips markup: one line per block element, cells separated by spaces,
/// `mailto:`/`tel:` link targets kept as text (a contact is often only in the link).
pub fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut text = String::new();
    let mut rest = html;
    let mut skipping: Option<String> = None;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            if skipping.is_none() {
                text.push_str(rest);
            }
            break;
        };
        if skipping.is_none() {
            text.push_str(&rest[..lt]);
        }
        rest = &rest[lt..];
        if rest.starts_with("<!--") {
            rest = rest.find("-->").map_or("", |e| &rest[e + 3..]);
            continue;
        }
        let Some((tag, after)) = read_tag(rest) else {
            // A lone `<` in text.
            if skipping.is_none() {
                text.push('<');
            }
            rest = &rest[1..];
            continue;
        };
        rest = after;
        if let Some(name) = &skipping {
            if tag.closing && &tag.name == name {
                skipping = None;
            }
            continue;
        }
        if !tag.closing && !tag.self_closing && SKIPPED.contains(&tag.name.as_str()) {
            // The head holds the title (read separately) and metadata, never body text.
            skipping = Some(tag.name.clone());
            continue;
        }
        let name = tag.name.as_str();
        if BLOCKS.contains(&name) {
            flush(&mut out, &mut text);
        } else if name == "td" || name == "th" {
            text.push(' ');
        }
        if name == "a"
            && let Some(target) = tag.link_target
        {
            text.push(' ');
            text.push_str(&target);
            text.push(' ');
        }
    }
    flush(&mut out, &mut text);
    out.trim_end().to_string()
}

fn flush(out: &mut String, text: &mut String) {
    let line = collapse_spaces(&decode_entities(text));
    if !line.is_empty() {
        out.push_str(&line);
        out.push('\n');
    }
    text.clear();
}

struct Tag {
    name: String,
    closing: bool,
    self_closing: bool,
    /// The address of a `mailto:` or `tel:` link.
    link_target: Option<String>,
}

/// Reads one tag at the start of `s` (which begins with `<`); `None` if it is not a tag.
fn read_tag(s: &str) -> Option<(Tag, &str)> {
    let body = &s[1..];
    let (closing, body) = match body.strip_prefix('/') {
        Some(b) => (true, b),
        None => (false, body),
    };
    let first = body.chars().next()?;
    if !(first.is_ascii_alphabetic() || (first == '!' || first == '?')) {
        return None;
    }
    // Scan to the closing `>`, honouring quoted attribute values.
    let mut quote: Option<char> = None;
    let mut end = None;
    for (i, c) in body.char_indices() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '"' || c == '\'' => quote = Some(c),
            None if c == '>' => {
                end = Some(i);
                break;
            }
            None => {}
        }
    }
    let end = end.unwrap_or(body.len());
    let inner = &body[..end];
    let rest = body.get(end + 1..).unwrap_or("");
    let name: String = inner
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == ':')
        .collect::<String>()
        .to_ascii_lowercase();
    let self_closing = inner.trim_end().ends_with('/');
    let link_target = if name == "a" && !closing { href_contact(inner) } else { None };
    Some((Tag { name, closing, self_closing, link_target }, rest))
}

/// The address in `href="mailto:…"` or `href="tel:…"`, decoded.
fn href_contact(attrs: &str) -> Option<String> {
    let lower = attrs.to_ascii_lowercase();
    let at = lower.find("href")?;
    let after = attrs[at + 4..].trim_start().strip_prefix('=')?.trim_start();
    let value: String = match after.chars().next()? {
        q @ ('"' | '\'') => after[1..].chars().take_while(|c| *c != q).collect(),
        _ => after.chars().take_while(|c| !c.is_whitespace()).collect(),
    };
    let value = decode_entities(&value);
    let lower = value.to_ascii_lowercase();
    let target = if lower.starts_with("mailto:") {
        value[7..].split('?').next().unwrap_or("").to_string()
    } else if lower.starts_with("tel:") {
        value[4..].to_string()
    } else {
        return None;
    };
    let target = percent_decode(target.trim());
    (!target.is_empty()).then_some(target)
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let (Some(hi), Some(lo)) =
                ((bytes[i + 1] as char).to_digit(16), (bytes[i + 2] as char).to_digit(16))
        {
            out.push((hi * 16 + lo) as u8);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Decodes character references: the common named ones and every numeric one.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let semi = rest[1..].find(';').map(|i| i + 1).filter(|&i| i <= 12);
        let decoded = semi.and_then(|i| entity(&rest[1..i]).map(|c| (c, i)));
        match decoded {
            Some((c, i)) => {
                out.push(c);
                rest = &rest[i + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code).filter(|c| *c != '\0');
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" | "ensp" | "emsp" | "thinsp" => ' ',
        "middot" => '·',
        "bull" => '•',
        "hellip" => '…',
        "mdash" => '—',
        "ndash" => '–',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "laquo" => '«',
        "raquo" => '»',
        "copy" => '©',
        "reg" => '®',
        "times" => '×',
        _ => return None,
    })
}

/// Collapses every run of whitespace (including the ideographic space) into one space.
fn collapse_spaces(s: &str) -> String {
    s.split(|c: char| c.is_whitespace() || c == '\u{3000}' || c == '\u{200b}')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn tidy_lines(text: &str) -> String {
    text.lines().map(collapse_spaces).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gbk_pages_are_decoded_from_their_meta_charset() {
        let (bytes, _, _) = encoding_rs::GBK.encode("<meta charset=\"gbk\"><p>联系我们</p>");
        let page = page_text(&bytes, Some("text/html"));
        assert_eq!(page.text, "联系我们");
        assert_eq!(page.encoding, "GBK");
    }

    #[test]
    fn a_wrong_utf8_header_falls_back_to_gb18030() {
        let (bytes, _, _) = encoding_rs::GB18030.encode("<p>个人信息保护负责人</p>");
        let page = page_text(&bytes, Some("text/html; charset=utf-8"));
        assert_eq!(page.text, "个人信息保护负责人");
    }

    #[test]
    fn markup_scripts_and_entities_are_removed() {
        let html = "<html><head><title>隐私政策 &amp; 条款</title><style>p{}</style></head><body>\
                    <script>var a = '<p>no</p>';</script><h2>Contact&nbsp;us</h2><p>Write to \
                    <a href=\"mailto:dpo%40example.com?subject=x\">our DPO</a>.</p><!-- c --><table><tr>\
                    <td>电话</td><td>400-000-0000</td></tr></table></body></html>";
        let page = page_text(html.as_bytes(), Some("text/html; charset=UTF-8"));
        assert_eq!(page.title.as_deref(), Some("隐私政策 & 条款"));
        assert_eq!(page.text, "Contact us\nWrite to dpo@example.com our DPO.\n电话 400-000-0000");
    }

    #[test]
    fn numeric_references_decode_obfuscated_addresses() {
        assert_eq!(
            decode_entities("privacy&#64;example.com &#x4e2d; &bogus; & x"),
            "privacy@example.com 中 &bogus; & x"
        );
    }
}
