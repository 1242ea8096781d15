//! The 一证通查 result SMS: the MIIT check of which internet platforms hold
//! accounts registered with the user's phone number.
//!
//! The reply lists platform names, usually with counts:
//! `您的手机号码在以下平台注册了账号：微信(1)、支付宝(2)、淘宝(1)…`. Punctuation and
//! spacing vary (、，, ；; full- and half-width parentheses, `1个`, `：1个`, one
//! platform per line), so the text is normalised first and then split into
//! items. Names are returned as written; matching them to the directory is
//! [`super::propose`]'s job, and names it cannot match are listed for the user.

use super::{Candidate, Control, ImportError, Parsed, Skipped, check_size};
use crate::directory::normalize_name;
use crate::holder::{Identifier, IdentifierKind};

/// Largest text accepted (a pasted SMS is a few hundred bytes).
pub const MAX_BYTES: u64 = 64 * 1024;
/// Longest platform name accepted.
const MAX_NAME_CHARS: usize = 24;

/// Words that mark a sentence of the message, not a platform name.
const SENTENCE_WORDS: [&str; 22] = [
    "您",
    "请",
    "如有",
    "如非",
    "如需",
    "查询",
    "号码",
    "以下",
    "详情",
    "回复",
    "退订",
    "感谢",
    "工业和信息化部",
    "本人",
    "拨打",
    "客服",
    "注册了",
    "结果",
    "关联",
    "尊敬",
    "谢谢",
    "咨询",
];

/// Full-width punctuation, digits and letters to their ASCII forms.
fn normalise(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' | '\u{00A0}' => ' ',
            '\r' => '\n',
            _ => c,
        })
        .collect()
}

/// Removes `【工业和信息化部】`-style tags.
fn strip_tags(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '【' => depth += 1,
            '】' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// An unmasked mainland mobile number in the text (`138****8000` is masked and ignored).
fn phone_in(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() {
            let start = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            let run: String = chars[start..i].iter().collect();
            let masked_next = chars.get(i) == Some(&'*');
            let masked_before = start > 0 && chars[start - 1] == '*';
            if run.len() == 11 && run.starts_with('1') && !masked_next && !masked_before {
                return Some(run);
            }
        } else {
            i += 1;
        }
    }
    None
}

fn is_separator(c: char) -> bool {
    matches!(c, '、' | ',' | ';' | '\n' | '。' | '!' | '?' | '|' | '；' | '，')
}

/// Splits the list into items: at separators, and between `name(1) name(2)` or
/// `name 1个 name 2个` items that only spaces separate.
fn items(region: &str) -> Vec<String> {
    let chars: Vec<char> = region.chars().collect();
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if is_separator(c) {
            out.push(std::mem::take(&mut cur));
            i += 1;
            continue;
        }
        cur.push(c);
        // `…(1)` or `…1个`, then spaces, then more text: the next item starts.
        let closes_count = c == ')' || (c == '个' && i > 0 && chars[i - 1].is_ascii_digit());
        if closes_count {
            let mut j = i + 1;
            while j < chars.len() && chars[j] == ' ' {
                j += 1;
            }
            if j > i + 1 && j < chars.len() && !is_separator(chars[j]) && chars[j] != '账' {
                out.push(std::mem::take(&mut cur));
                i = j;
                continue;
            }
        }
        i += 1;
    }
    out.push(cur);
    out.into_iter().map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect()
}

/// Strips a list marker: `1.`, `1)`, `①`, `-`, `•`, `·`.
fn strip_marker(item: &str) -> &str {
    let s = item.trim_start_matches(['-', '•', '·', '*', ' ']);
    let s = s.trim_start_matches(|c: char| ('\u{2460}'..='\u{2473}').contains(&c)).trim_start();
    let digits = s.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && digits <= 2 {
        let rest = &s[digits..];
        if let Some(r) = rest.strip_prefix('.').or_else(|| rest.strip_prefix(')')) {
            return r.trim_start();
        }
    }
    s
}

/// `(1)`, `(1个)`, `(1个账号)`, `1个`, `:1个`, `x1`, `×1` at the end of an item.
fn split_count(item: &str) -> (String, Option<u64>) {
    let item = item.trim();
    // `1个账号` counts; a bare `账号` is part of a name (华为账号).
    let owned = match item.strip_suffix("个账号").or_else(|| item.strip_suffix("个账户")) {
        Some(x) => format!("{x}个"),
        None => item.to_string(),
    };
    let s = owned.as_str();
    // Parenthesised count.
    if let Some(inner_end) = s.strip_suffix(')')
        && let Some(open) = inner_end.rfind('(')
    {
        let inner = inner_end[open + 1..].trim();
        let inner = inner.strip_suffix("账号").or_else(|| inner.strip_suffix("账户")).unwrap_or(inner);
        let inner = inner.trim().strip_suffix('个').unwrap_or(inner).trim();
        if !inner.is_empty()
            && inner.len() <= 6
            && inner.chars().all(|c| c.is_ascii_digit())
            && let Ok(n) = inner.parse()
        {
            return (inner_end[..open].trim().to_string(), Some(n));
        }
        return (s.to_string(), None);
    }
    // A trailing number followed by 个 (a bare trailing number is part of a name: 铁路12306).
    if let Some(before) = s.strip_suffix('个') {
        let digits: String = before.chars().rev().take_while(char::is_ascii_digit).collect();
        if !digits.is_empty() && digits.len() <= 6 {
            let n: u64 = digits.chars().rev().collect::<String>().parse().unwrap_or(0);
            let name = &before[..before.len() - digits.len()];
            let name = name.trim_end().trim_end_matches([':', 'x', '×', '*']).trim_end();
            return (name.to_string(), Some(n));
        }
    }
    // `name:1`, `name x1`, `name×1`.
    for sep in [':', '×', '*'] {
        if let Some((name, n)) = s.rsplit_once(sep)
            && !n.trim().is_empty()
            && n.trim().len() <= 6
            && n.trim().chars().all(|c| c.is_ascii_digit())
        {
            return (name.trim().to_string(), n.trim().parse().ok());
        }
    }
    (s.to_string(), None)
}

fn clean_name(name: &str) -> String {
    let mut n = name.trim().trim_end_matches(':').trim();
    for suffix in ["等平台", "等"] {
        n = n.strip_suffix(suffix).unwrap_or(n).trim();
    }
    n.trim_matches(['"', '\'', '“', '”', '《', '》', '「', '」']).trim().to_string()
}

fn is_sentence(name: &str) -> bool {
    SENTENCE_WORDS.iter().any(|w| name.contains(w))
        || ["共", "合计", "总计"].iter().any(|p| name.starts_with(p))
}

fn plausible_name(name: &str) -> bool {
    let len = name.chars().count();
    (1..=MAX_NAME_CHARS).contains(&len)
        && name.chars().any(|c| c.is_alphanumeric())
        && !name.chars().all(|c| c.is_ascii_digit())
        && !name.contains("://")
}

/// Parses the SMS text.
pub fn parse(data: &[u8], ctl: &mut Control<'_>) -> Result<Parsed, ImportError> {
    check_size("an SMS text", data.len(), MAX_BYTES)?;
    let text = std::str::from_utf8(data).map_err(|e| {
        let line = data[..e.valid_up_to()].iter().filter(|&&b| b == b'\n').count() as u64 + 1;
        ImportError::BadEncoding { line, column: None }
    })?;
    if let Some(pos) = text.find('\0') {
        let line = text[..pos].matches('\n').count() as u64 + 1;
        return Err(ImportError::Binary { line });
    }
    ctl.check(0, Some(data.len() as u64))?;
    parse_text(text)
}

/// Parses SMS text that is already a string.
pub fn parse_text(text: &str) -> Result<Parsed, ImportError> {
    let norm = strip_tags(&normalise(text));
    let identifier = phone_in(&norm).map(|value| Identifier { kind: IdentifierKind::Phone, value });
    // The list follows the first colon ("…注册了账号：微信(1)…"), if there is one.
    let region = match norm.split_once(':') {
        Some((before, after)) if !is_count_tail(before) && !items(after).is_empty() => after,
        _ => norm.as_str(),
    };
    let parsed: Vec<(String, Option<u64>)> = items(region)
        .iter()
        .map(|item| {
            let (name, count) = split_count(strip_marker(item));
            (clean_name(&name), count)
        })
        .collect();
    let counted = parsed.iter().any(|(_, c)| c.is_some());
    let mut candidates: Vec<Candidate> = Vec::new();
    let mut skipped = Vec::new();
    for (i, (name, count)) in parsed.into_iter().enumerate() {
        // In "…账号 微信(1)" the name is the last word.
        let name = if name.chars().count() > MAX_NAME_CHARS || (count.is_some() && is_sentence(&name)) {
            name.rsplit(' ').next().unwrap_or("").to_string()
        } else {
            name
        };
        // A list with counts: an item without one is a sentence of the message.
        if (counted && count.is_none()) || is_sentence(&name) || !plausible_name(&name) {
            if count.is_some() {
                skipped.push(Skipped { at: format!("item {}", i + 1), reason: "not a platform name".into() });
            }
            continue;
        }
        let key = normalize_name(&name);
        match candidates.iter_mut().find(|c| c.key == key) {
            Some(c) => c.count += count.unwrap_or(1),
            None => candidates.push(Candidate {
                key,
                label: name,
                domains: Vec::new(),
                hosts: Vec::new(),
                identifiers: Vec::new(),
                count: count.unwrap_or(1),
                first_seen: None,
                last_seen: None,
            }),
        }
    }
    if candidates.is_empty() {
        return Err(ImportError::NothingFound);
    }
    Ok(Parsed {
        format: "一证通查 SMS".into(),
        records: candidates.len() as u64,
        candidates,
        skipped,
        identifier,
    })
}

/// Whether the text before a colon is itself an item (`微信:1个`), not a preamble.
fn is_count_tail(before: &str) -> bool {
    let last = before.rsplit(is_separator).next().unwrap_or(before).trim();
    !last.is_empty() && last.chars().count() <= 8 && !is_sentence(last)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<(String, u64)> {
        parse_text(text).unwrap().candidates.into_iter().map(|c| (c.label, c.count)).collect()
    }

    #[test]
    fn the_documented_form_parses() {
        assert_eq!(
            names("您的手机号码在以下平台注册了账号：微信(1)、支付宝(2)、淘宝(1)"),
            vec![("微信".into(), 1), ("支付宝".into(), 2), ("淘宝".into(), 1)]
        );
    }

    #[test]
    fn full_width_parentheses_and_ge_counts_parse() {
        assert_eq!(
            names("查询结果：微信（1个）；ＱＱ（2个账号）；铁路12306 1个"),
            vec![("微信".into(), 1), ("QQ".into(), 2), ("铁路12306".into(), 1)]
        );
    }

    #[test]
    fn items_separated_only_by_spaces_split() {
        assert_eq!(names("微信(1) 支付宝(2)"), vec![("微信".into(), 1), ("支付宝".into(), 2)]);
    }

    #[test]
    fn a_masked_number_is_not_an_identifier() {
        assert!(parse_text("您的号码138****8000：微信(1)").unwrap().identifier.is_none());
        let p = parse_text("号码13800138000：微信(1)").unwrap();
        assert_eq!(p.identifier.unwrap().value, "13800138000");
    }

    #[test]
    fn text_without_platforms_is_refused() {
        assert_eq!(parse_text("您好，请稍后再试。").unwrap_err(), ImportError::NothingFound);
    }
}
