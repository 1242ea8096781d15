//! Finding contact details in a policy's text, with the sentence each came from.
//!
//! Hand-written scanners (no regular expressions): e-mail addresses (also
//! `name[at]example.com` and full-width `＠`), phone numbers (Chinese mobile,
//! landline, 400/800 and 95xxx service numbers, international `+` numbers, and
//! any number a 电话/phone label introduces), and postal addresses (after a
//! 地址/Address label, or a Chinese address shape such as 省…市…区…路…号).
//!
//! Each candidate gets a score from 0 to 100: what it is, whether its sentence
//! names the privacy contact (个人信息保护负责人, DPO …), and whether it sits
//! under a heading such as 联系我们 / "How to contact us". Nothing here is
//! trusted blindly: the user confirms before a value is used.

use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// What a candidate is, and which holder field accepting it fills.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum ContactKind {
    Email,
    Phone,
    Address,
}

impl ContactKind {
    pub const ALL: [ContactKind; 3] = [Self::Email, Self::Phone, Self::Address];

    pub fn code(self) -> &'static str {
        match self {
            Self::Email => "email",
            Self::Phone => "phone",
            Self::Address => "address",
        }
    }

    /// Parses `email`, `phone` or `address` (also `e-mail`, `tel`, `post`).
    pub fn parse(s: &str) -> Option<ContactKind> {
        match s.trim().to_ascii_lowercase().as_str() {
            "email" | "e-mail" | "mail" => Some(Self::Email),
            "phone" | "tel" | "telephone" => Some(Self::Phone),
            "address" | "post" | "postal" => Some(Self::Address),
            _ => None,
        }
    }
}

/// One contact found in a page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ContactCandidate {
    pub kind: ContactKind,
    /// The value as it would be stored (an address, a number, a postal address).
    pub value: String,
    /// The sentence it was found in (with the line before it when the sentence is only a label).
    pub sentence: String,
    /// The nearest heading above it, when that heading is about contacting the company.
    pub heading: Option<String>,
    /// 0–100: higher is more likely the privacy contact.
    pub score: u8,
    /// 1-based line of the page text where it first appears.
    pub line: usize,
    /// How many times the page mentions it.
    pub mentions: u32,
}

/// Words that name the person or office responsible for personal data.
const DPO_WORDS: &[&str] = &[
    "个人信息保护负责人",
    "个人信息保护专职",
    "个人信息保护机构",
    "个人信息保护部门",
    "个人信息保护专员",
    "个人信息保护团队",
    "数据保护官",
    "数据保护负责人",
    "隐私保护负责人",
    "隐私负责人",
    "data protection officer",
    "dpo",
    "privacy officer",
    "privacy team",
    "privacy office",
];

/// Words that put a sentence in the privacy context.
const PRIVACY_WORDS: &[&str] = &[
    "个人信息",
    "隐私",
    "数据保护",
    "privacy",
    "data protection",
    "personal information",
    "personal data",
    "gdpr",
];

/// Headings of the "how to reach us" section.
const CONTACT_HEADINGS: &[&str] = &[
    "联系我们",
    "联系方式",
    "与我们联系",
    "如何联系",
    "contact us",
    "contact information",
    "contact details",
    "how to contact",
    "how can you contact",
    "contacting us",
];

const PHONE_WORDS: &[&str] = &[
    "电话",
    "热线",
    "专线",
    "客服",
    "致电",
    "拨打",
    "手机",
    "座机",
    "tel",
    "phone",
    "call",
    "hotline",
    "联系方式",
];

const FAX_WORDS: &[&str] = &["传真", "fax"];

/// Words that introduce a number that is not a phone number.
const NOT_PHONE_WORDS: &[&str] = &[
    "icp",
    "备",
    "编号",
    "邮编",
    "邮政编码",
    "postcode",
    "post code",
    "zip",
    "信用代码",
    "证号",
    "登记号",
    "许可证",
    "版本",
    "version",
    "日期",
    "date",
];

const ADDRESS_LABELS: &[&str] = &[
    "通讯地址",
    "通信地址",
    "联系地址",
    "注册地址",
    "办公地址",
    "邮寄地址",
    "公司地址",
    "地址",
    "postal address",
    "mailing address",
    "registered office",
    "registered address",
    "address",
];

/// Where an address value stops: the next labelled field.
const ADDRESS_STOPS: &[&str] = &[
    "邮编",
    "邮政编码",
    "联系电话",
    "电话",
    "邮箱",
    "电子邮件",
    "电子邮箱",
    "email",
    "e-mail",
    "tel:",
    "tel.",
    "phone",
    "postcode",
    "post code",
    "zip",
];

/// At most this many distinct values are kept; later new values are not read
/// (mentions of the kept ones are still counted). A real policy page lists a
/// handful of contacts; a hostile one must not make the finder slow.
pub const MAX_CANDIDATES: usize = 1_000;

/// Longer lines are read in pieces of at most this many chars (each piece keeps
/// its line number), so no scan around a value covers more than one piece.
pub const MAX_LINE_CHARS: usize = 4_096;

/// How far the sentence around a value is looked for on either side (chars).
const SENTENCE_REACH: usize = 300;

/// Finds every candidate contact in a page's text (lines as `page_text` makes them),
/// best first. Values are deduplicated; the best-scoring occurrence is kept.
///
/// Linear in the length of the text: deduplication is by hash, lines are read in
/// pieces of [`MAX_LINE_CHARS`], every scan around a value is bounded, and at
/// most [`MAX_CANDIDATES`] distinct values are kept.
pub fn extract_contacts(text: &str) -> Vec<ContactCandidate> {
    let lines: Vec<Line> = split_lines(text);
    let mut found = Found::default();
    for (index, line) in lines.iter().enumerate() {
        let mut heading: Option<Option<Heading>> = None;
        let mut add = |kind: ContactKind, value: String, start: usize, end: usize, bonus: i32| {
            let key = (kind, dedup_key(kind, &value));
            if found.seen(&key) == Seen::Full {
                return;
            }
            let heading = heading.get_or_insert_with(|| section_heading(&lines, index));
            let mut sentence = sentence_around(&lines, index, start, end);
            if !sentence.contains(value.as_str()) {
                // The value came from the next line(s), after a label standing alone.
                sentence = format!("{sentence} {value}");
            }
            let score = score(kind, &value, &sentence, heading.as_ref(), bonus);
            found.push(
                key,
                ContactCandidate {
                    kind,
                    value,
                    sentence,
                    heading: heading.as_ref().map(|h| h.text.clone()),
                    score,
                    line: line.number,
                    mentions: 1,
                },
            );
        };
        for (value, start, end) in emails(line) {
            add(ContactKind::Email, value, start, end, 0);
        }
        for (value, start, end, bonus) in phones(line) {
            add(ContactKind::Phone, value, start, end, bonus);
        }
        for (value, start, end, bonus) in addresses(&lines, index) {
            add(ContactKind::Address, value, start, end, bonus);
        }
    }
    let mut found = found.list;
    found.sort_by(|a, b| b.score.cmp(&a.score).then(a.kind.cmp(&b.kind)).then(a.line.cmp(&b.line)));
    found
}

/// The lines of `text`, those longer than [`MAX_LINE_CHARS`] cut into pieces
/// (at a space or a sentence end near the limit when there is one).
fn split_lines(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let chars: Vec<char> = raw.chars().collect();
        let mut from = 0;
        loop {
            let rest = chars.len() - from;
            if rest <= MAX_LINE_CHARS {
                out.push(Line::new(&chars[from..], i + 1));
                break;
            }
            let hard = from + MAX_LINE_CHARS;
            let soft = (hard - MAX_LINE_CHARS / 8..hard)
                .rev()
                .find(|&k| chars[k].is_whitespace() || matches!(chars[k], '。' | '；' | ';' | '，' | ','))
                .map_or(hard, |k| k + 1);
            out.push(Line::new(&chars[from..soft], i + 1));
            from = soft;
        }
    }
    out
}

#[derive(PartialEq, Eq)]
enum Seen {
    Known,
    New,
    /// New, but [`MAX_CANDIDATES`] values are already kept.
    Full,
}

/// The candidates so far, indexed by kind and deduplication key.
#[derive(Default)]
struct Found {
    list: Vec<ContactCandidate>,
    index: HashMap<(ContactKind, String), usize>,
}

impl Found {
    fn seen(&mut self, key: &(ContactKind, String)) -> Seen {
        if let Some(&i) = self.index.get(key) {
            // Counted here, so that a mention costs nothing more than the lookup.
            self.list[i].mentions += 1;
            Seen::Known
        } else if self.list.len() >= MAX_CANDIDATES {
            Seen::Full
        } else {
            Seen::New
        }
    }

    fn push(&mut self, key: (ContactKind, String), c: ContactCandidate) {
        match self.index.get(&key) {
            Some(&i) => {
                let existing = &mut self.list[i];
                if c.score > existing.score {
                    let mentions = existing.mentions;
                    *existing = ContactCandidate { mentions, ..c };
                }
            }
            None => {
                self.index.insert(key, self.list.len());
                self.list.push(c);
            }
        }
    }
}

fn dedup_key(kind: ContactKind, value: &str) -> String {
    match kind {
        ContactKind::Email => value.to_lowercase(),
        ContactKind::Phone => {
            let digits: String = value.chars().filter(char::is_ascii_digit).collect();
            digits.strip_prefix("86").filter(|d| d.len() >= 10).unwrap_or(&digits).to_string()
        }
        ContactKind::Address => value.chars().filter(|c| !c.is_whitespace() && !",，".contains(*c)).collect(),
    }
}

/// A line of text and its normalised twin: full-width ASCII and the usual dash
/// and space variants mapped to ASCII, one char for one char, so a match in the
/// normalised text has the same offsets in the original.
struct Line {
    orig: Vec<char>,
    norm: Vec<char>,
    lower: String,
    /// 1-based line of the page text (pieces of a long line share it).
    number: usize,
}

impl Line {
    fn new(chars: &[char], number: usize) -> Line {
        let orig: Vec<char> = chars.to_vec();
        let norm: Vec<char> = orig.iter().map(|&c| normalise(c)).collect();
        // One char for one char, so offsets agree with `norm`.
        let lower = norm.iter().map(|c| c.to_lowercase().next().unwrap_or(*c)).collect();
        Line { orig, norm, lower, number }
    }

    fn text(&self) -> String {
        self.orig.iter().collect()
    }

    fn slice_norm(&self, start: usize, end: usize) -> String {
        self.norm[start..end].iter().collect()
    }

    fn len(&self) -> usize {
        self.orig.len()
    }

    /// Lower-cased normalised text before `pos` (at most `n` chars).
    fn before(&self, pos: usize, n: usize) -> String {
        self.norm[pos.saturating_sub(n)..pos].iter().collect::<String>().to_lowercase()
    }
}

fn normalise(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' | '\u{00A0}' => ' ',
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE63}' => '-',
        _ => c,
    }
}

fn contains_any(haystack: &str, words: &[&str]) -> bool {
    words.iter().any(|w| haystack.contains(w))
}

/// A heading above a line that is about contacting the company or its privacy officer.
struct Heading {
    text: String,
    dpo: bool,
}

/// Whether a line reads like a heading: short, or numbered like "十、如何联系我们" / "9. Contact us".
fn is_heading_like(line: &Line) -> bool {
    let n = line.len();
    if n == 0 || n > 40 {
        return false;
    }
    let t = &line.lower;
    let numbered = {
        let first = line.norm[0];
        first.is_ascii_digit()
            || "一二三四五六七八九十".contains(first)
            || (first == '(' && n > 1)
            || t.starts_with("第")
    };
    numbered || n <= 24 && !t.ends_with('.') && !t.ends_with('。') && !t.contains('@')
}

fn heading_about_contact(line: &Line) -> Option<Heading> {
    let t = &line.lower;
    let dpo = contains_any(t, DPO_WORDS);
    (dpo || contains_any(t, CONTACT_HEADINGS)).then(|| Heading { text: line.text(), dpo })
}

/// The nearest heading-like line above (or on) `index`, within 15 lines, if it is about contact.
fn section_heading(lines: &[Line], index: usize) -> Option<Heading> {
    let first = index.saturating_sub(15);
    for i in (first..=index).rev() {
        let line = &lines[i];
        if !is_heading_like(line) {
            continue;
        }
        if let Some(h) = heading_about_contact(line) {
            return Some(h);
        }
        // A different numbered section ends the contact section.
        let c = line.norm[0];
        if i != index && (c.is_ascii_digit() || "一二三四五六七八九十第".contains(c)) {
            return None;
        }
    }
    None
}

/// The sentence holding chars `start..end` of line `index`; a bare label line
/// ("邮箱：x@y.cn") gets the line above it as context.
fn sentence_around(lines: &[Line], index: usize, start: usize, end: usize) -> String {
    let line = &lines[index];
    let stops = |c: char| matches!(c, '。' | '!' | '?' | ';' | '！' | '？' | '；');
    let (low, high) = (start.saturating_sub(SENTENCE_REACH), (end + SENTENCE_REACH).min(line.len()));
    let mut s = start;
    while s > low
        && !stops(line.norm[s - 1])
        && !(line.norm[s - 1] == ' ' && s >= 2 && line.norm[s - 2] == '.')
    {
        s -= 1;
    }
    let mut e = end;
    while e < high && !stops(line.norm[e]) && !(line.norm[e] == '.' && line.norm.get(e + 1) == Some(&' ')) {
        e += 1;
    }
    if e < line.len() {
        e += 1;
    }
    let mut sentence: String = line.orig[s..e].iter().collect::<String>().trim().to_string();
    if sentence.chars().count() < 40 && index > 0 {
        let prev = &lines[index - 1];
        if prev.len() <= 80 {
            sentence = format!("{} {}", prev.text(), sentence);
        }
    }
    const MAX: usize = 300;
    if sentence.chars().count() > MAX {
        sentence = sentence.chars().take(MAX).collect::<String>() + "…";
    }
    sentence
}

fn score(kind: ContactKind, value: &str, sentence: &str, heading: Option<&Heading>, bonus: i32) -> u8 {
    let mut s: i32 = match kind {
        ContactKind::Email => 40,
        ContactKind::Phone => 30,
        ContactKind::Address => 25,
    };
    let context = sentence.chars().map(normalise).collect::<String>().to_lowercase();
    if contains_any(&context, DPO_WORDS) {
        s += 35;
    } else if contains_any(&context, PRIVACY_WORDS) {
        s += 20;
    }
    if let Some(h) = heading {
        s += if h.dpo { 30 } else { 20 };
    }
    if kind == ContactKind::Email {
        let local = value.split('@').next().unwrap_or("").to_ascii_lowercase();
        let has = |words: &[&str]| words.iter().any(|w| local.contains(w));
        if has(&[
            "privacy",
            "dpo",
            "dataprotection",
            "data-protection",
            "gdpr",
            "pipl",
            "yinsi",
            "personalinfo",
        ]) || local == "pi"
        {
            s += 15;
        } else if has(&["noreply", "no-reply", "donotreply", "do-not-reply"]) {
            s -= 40;
        } else if has(&["abuse", "security", "press", "media", "invest", "career", "jobs", "hr"]) {
            s -= 10;
        }
    }
    (s + bonus).clamp(0, 100) as u8
}

// ---------------------------------------------------------------- e-mail

fn is_local_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-')
}

fn is_domain_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '.' | '-')
}

/// File extensions that follow an `@` in image names like `logo@2x.png`.
const NOT_TLDS: &[&str] = &["png", "jpg", "jpeg", "gif", "svg", "webp", "css", "js", "ico", "bmp", "pdf"];

/// `(value, start, end)` of every e-mail address in a line.
fn emails(line: &Line) -> Vec<(String, usize, usize)> {
    let n = &line.norm;
    let mut out = Vec::new();
    let mut i = 0;
    while i < n.len() {
        // The separator: `@`, or an obfuscation such as `[at]`, `(at)`, `{at}`.
        let sep = if n[i] == '@' {
            Some(1)
        } else if matches!(n[i], '[' | '(' | '{' | '<')
            && i + 3 < n.len()
            && n[i + 1].eq_ignore_ascii_case(&'a')
            && n[i + 2].eq_ignore_ascii_case(&'t')
            && matches!(n[i + 3], ']' | ')' | '}' | '>')
        {
            Some(4)
        } else {
            None
        };
        let Some(sep_len) = sep else {
            i += 1;
            continue;
        };
        let obfuscated = sep_len > 1;
        let mut ls = i;
        if obfuscated {
            while ls > 0 && n[ls - 1] == ' ' {
                ls -= 1;
            }
        }
        let local_end = ls;
        while ls > 0 && is_local_char(n[ls - 1]) {
            ls -= 1;
        }
        let mut ds = i + sep_len;
        if obfuscated {
            while ds < n.len() && n[ds] == ' ' {
                ds += 1;
            }
        }
        let domain_start = ds;
        let mut de = ds;
        while de < n.len() && is_domain_char(n[de]) {
            de += 1;
        }
        // Trim punctuation that ends the sentence rather than the address.
        while de > domain_start && matches!(n[de - 1], '.' | '-') {
            de -= 1;
        }
        while ls < local_end && matches!(n[ls], '.' | '-') {
            ls += 1;
        }
        let local = line.slice_norm(ls, local_end);
        let domain = line.slice_norm(domain_start, de).to_ascii_lowercase();
        if valid_email_parts(&local, &domain) {
            out.push((format!("{local}@{domain}"), ls, de));
            i = de.max(i + 1);
        } else {
            i += 1;
        }
    }
    out
}

fn valid_email_parts(local: &str, domain: &str) -> bool {
    if local.is_empty() || local.len() > 64 || local.contains("..") {
        return false;
    }
    let labels: Vec<&str> = domain.split('.').collect();
    if labels.len() < 2 || labels.iter().any(|l| l.is_empty() || l.starts_with('-') || l.ends_with('-')) {
        return false;
    }
    let tld = labels[labels.len() - 1];
    tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic()) && !NOT_TLDS.contains(&tld)
}

// ---------------------------------------------------------------- phone

/// `(value, start, end, score bonus)` of every phone number in a line.
fn phones(line: &Line) -> Vec<(String, usize, usize, i32)> {
    let n = &line.norm;
    let mut out = Vec::new();
    let mut i = 0;
    while i < n.len() {
        let c = n[i];
        let starts = c.is_ascii_digit() || (c == '+' && n.get(i + 1).is_some_and(|d| d.is_ascii_digit()));
        let starts = starts || (c == '(' && n.get(i + 1).is_some_and(|d| d.is_ascii_digit() || *d == '+'));
        // A number glued to letters or other digits is part of a code, not a phone number.
        if !starts
            || (i > 0 && (n[i - 1].is_ascii_alphanumeric() || matches!(n[i - 1], '_' | '/' | '.' | '#')))
        {
            i += 1;
            continue;
        }
        let mut e = i + 1;
        while e < n.len() {
            let ch = n[e];
            let next_digitish = n.get(e + 1).is_some_and(|d| d.is_ascii_digit() || *d == '(');
            if ch.is_ascii_digit() || matches!(ch, '(' | ')') || (matches!(ch, '-' | ' ') && next_digitish) {
                e += 1;
            } else {
                break;
            }
        }
        // Trim unmatched or trailing brackets.
        while e > i && !n[e - 1].is_ascii_digit() {
            e -= 1;
        }
        let end = e;
        let glued = n.get(end).is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '@' | '.' | '_'))
            && !(n.get(end) == Some(&'.') && n.get(end + 1).is_none_or(|c| !c.is_ascii_alphanumeric()));
        let raw = line.slice_norm(i, end);
        if !glued && let Some((value, bonus)) = classify_phone(&raw, &line.before(i, 14)) {
            out.push((value, i, end, bonus));
        }
        i = end.max(i + 1);
    }
    out
}

/// Decides whether a run of digits is a phone number, given the text just before it.
fn classify_phone(raw: &str, before: &str) -> Option<(String, i32)> {
    let digits: String = raw.chars().filter(char::is_ascii_digit).collect();
    let labelled = contains_any(before, PHONE_WORDS);
    if contains_any(before, FAX_WORDS) && !labelled {
        return None;
    }
    if contains_any(before, NOT_PHONE_WORDS) {
        return None;
    }
    if looks_like_date(raw) {
        return None;
    }
    let international = raw.starts_with('+') || raw.starts_with("(+") || digits.starts_with("00");
    let national = match () {
        _ if raw.starts_with("+86") || raw.starts_with("(+86)") => &digits[2..],
        _ if digits.starts_with("0086") => &digits[4..],
        _ => digits.as_str(),
    };
    let len = national.len();
    let b = national.as_bytes();
    let mobile = len == 11 && b[0] == b'1' && (b'3'..=b'9').contains(&b[1]);
    let service = len == 10 && (national.starts_with("400") || national.starts_with("800"));
    let landline = (10..=12).contains(&len) && b[0] == b'0' && b[1] != b'0';
    let short_service = len == 5 && (national.starts_with("95") || national.starts_with("96")) && labelled;
    let value = raw.trim().to_string();
    if mobile || service || landline || short_service {
        // A bare 11-digit run with no separators and no label is often an order or account number.
        let bonus = if labelled {
            5
        } else if raw.contains(['-', ' ', '(']) || service {
            0
        } else {
            -10
        };
        return Some((value, bonus));
    }
    if international && (8..=15).contains(&digits.len()) {
        return Some((value, if labelled { 5 } else { 0 }));
    }
    if labelled && (7..=15).contains(&digits.len()) {
        return Some((value, -5));
    }
    None
}

/// `2021-11-01`, `2021 11 01`, `20211101` and the like.
fn looks_like_date(raw: &str) -> bool {
    let groups: Vec<&str> = raw.split(['-', ' ']).filter(|g| !g.is_empty()).collect();
    let year = |g: &str| g.len() == 4 && (g.starts_with("19") || g.starts_with("20"));
    match groups.as_slice() {
        [y, m, d] => year(y) && m.len() <= 2 && d.len() <= 2,
        [y, m] => year(y) && m.len() <= 2,
        [one] => one.len() == 8 && year(&one[..4]) && &one[4..6] <= "12",
        _ => false,
    }
}

// ---------------------------------------------------------------- address

/// `(value, start, end, score bonus)` of postal addresses in line `index`.
fn addresses(lines: &[Line], index: usize) -> Vec<(String, usize, usize, i32)> {
    let line = &lines[index];
    if let Some(found) = labelled_address(lines, index) {
        return vec![found];
    }
    // An unlabelled Chinese address: a clause with 省/市 followed by 区/路/号 ….
    let mut out = Vec::new();
    let mut start = 0;
    for (i, &c) in line.norm.iter().chain(std::iter::once(&'。')).enumerate() {
        if matches!(c, '。' | ';' | ',' | ':' | '、' | '!' | '?' | '(' | ')') {
            if let Some((s, e)) = chinese_address_in(&line.norm[start..i]) {
                let value: String = line.orig[start + s..start + e].iter().collect();
                out.push((value.trim().to_string(), start + s, start + e, 0));
            }
            start = i + 1;
        }
    }
    out
}

/// The span of a Chinese address inside a clause, if the clause has one.
fn chinese_address_in(clause: &[char]) -> Option<(usize, usize)> {
    let n = clause.len();
    if !(6..=80).contains(&n) {
        return None;
    }
    let pos = |set: &str, from: usize| (from..n).find(|&i| set.contains(clause[i]));
    let region = pos("省市", 0)?;
    let street = pos("区县路街道号楼室镇", region + 1)?;
    let has_number = clause.iter().any(|c| c.is_ascii_digit() || "号室楼层".contains(*c));
    if !has_number || street <= region {
        return None;
    }
    let text: String = clause.iter().collect();
    // Clauses about the law or the business, not a place.
    if ["市场", "城市", "区域", "区分", "市面", "地区法律"].iter().any(|w| text.contains(w)) {
        return None;
    }
    // Start after a lead-in such as 位于 / 寄至 / 地址为, before the region.
    let lead_ins = ["位于", "地址为", "地址是", "寄送至", "寄至", "寄往", "邮寄至", "至", "在", "于", "为"];
    let head: String = clause[..region].iter().collect();
    let mut start = 0;
    for w in lead_ins {
        if let Some(p) = head.rfind(w) {
            start = start.max(head[..p + w.len()].chars().count());
        }
    }
    let end = trim_trailing(clause, start, n);
    (end > start + 4).then_some((start, end))
}

fn trim_trailing(chars: &[char], start: usize, mut end: usize) -> usize {
    while end > start && (chars[end - 1].is_whitespace() || ",，、.。:：;；-".contains(chars[end - 1])) {
        end -= 1;
    }
    end
}

/// An address after a label (地址： / Address:), on the same line or the next one.
fn labelled_address(lines: &[Line], index: usize) -> Option<(String, usize, usize, i32)> {
    let line = &lines[index];
    let lower_str = &line.lower;
    let (label_start, label) = ADDRESS_LABELS
        .iter()
        .filter_map(|l| lower_str.find(l).map(|byte| (lower_str[..byte].chars().count(), *l)))
        .min_by_key(|(pos, l)| (*pos, std::cmp::Reverse(l.len())))?;
    // "email address" / "IP address" / "web address" are not postal addresses.
    let before = line.before(label_start, 8);
    let before = before.trim_end();
    if label == "address" && ["mail", " ip", "web", "url", " mac", "e-"].iter().any(|w| before.ends_with(w)) {
        return None;
    }
    let mut s = label_start + label.chars().count();
    while s < line.len() && (line.norm[s] == ' ' || ":为是在位于".contains(line.norm[s])) {
        s += 1;
    }
    // A label standing alone (a table or a definition list) has its value on the next line.
    let (value_line, from) = if s >= line.len() { (index + 1, 0) } else { (index, s) };
    let vl = lines.get(value_line)?;
    let e = address_end(vl, from);
    let mut value: String = vl.orig[from..e].iter().collect();
    // An address broken over lines: "1 Example Way," / "Dublin 2, Ireland".
    let runs_on = |l: &Line, from: usize, e: usize| {
        l.norm.last() == Some(&',') && trim_trailing(&l.orig, from, l.len()) == e
    };
    let (mut cur, mut cur_from, mut cur_end) = (value_line, from, e);
    while runs_on(&lines[cur], cur_from, cur_end)
        && cur + 1 < lines.len()
        && cur < value_line + 3
        && lines[cur + 1].len() <= 80
    {
        cur += 1;
        let l = &lines[cur];
        cur_from = 0;
        cur_end = address_end(l, 0);
        value = format!("{}, {}", value.trim_end(), l.orig[..cur_end].iter().collect::<String>());
    }
    let (start, end) = if value_line == index { (from, e) } else { (label_start, line.len()) };
    let value = value.trim().trim_end_matches([',', '，', '、', '。', '.', ';', '；']).trim().to_string();
    let useful = value.chars().count() >= 6
        && value.chars().count() <= 200
        && (value.chars().any(|c| c.is_ascii_digit()) || value.chars().any(|c| "省市区县路街号".contains(c)));
    useful.then_some((value, start, end, 15))
}

/// Where an address starting at `from` ends: at a sentence end or the next field label.
fn address_end(line: &Line, from: usize) -> usize {
    let mut end = line.len();
    for i in from..line.len() {
        if matches!(line.norm[i], '。' | ';' | '；') {
            end = i;
            break;
        }
    }
    let lower: Vec<char> = line.lower.chars().collect();
    for stop in ADDRESS_STOPS {
        let stop: Vec<char> = stop.chars().collect();
        if let Some(p) = (from..end).find(|&i| lower[i..].starts_with(&stop)) {
            end = end.min(p);
        }
    }
    trim_trailing(&line.orig, from, end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str, kind: ContactKind) -> Vec<String> {
        extract_contacts(text).into_iter().filter(|c| c.kind == kind).map(|c| c.value).collect()
    }

    #[test]
    fn emails_plain_obfuscated_and_full_width() {
        let text = "请联系 privacy@example.cn。或者 dpo [at] example.com，或 pi＠example.com.cn。logo@2x.png";
        let mut got = values(text, ContactKind::Email);
        got.sort();
        assert_eq!(got, ["dpo@example.com", "pi@example.com.cn", "privacy@example.cn"]);
    }

    #[test]
    fn chinese_phone_numbers_of_every_shape() {
        let text = "客服电话：400-820-8820；手机 138 0013 8000；座机 (010) 6552 9988；\
                    热线 95188；ICP备12345678号；更新日期 2024-05-01。";
        let mut got = values(text, ContactKind::Phone);
        got.sort();
        assert_eq!(got, ["(010) 6552 9988", "138 0013 8000", "400-820-8820", "95188"], "{got:?}");
    }

    #[test]
    fn international_numbers_need_a_plus_or_a_label() {
        assert_eq!(values("Call us on +44 20 7946 0958 today.", ContactKind::Phone), ["+44 20 7946 0958"]);
        assert!(values("Order 1234567 shipped", ContactKind::Phone).is_empty());
        assert_eq!(values("Phone: 1-800-555-0199", ContactKind::Phone), ["1-800-555-0199"]);
    }

    #[test]
    fn addresses_after_a_label_or_in_chinese_shape() {
        let got = values("通讯地址：北京市海淀区中关村大街1号，邮编：100080", ContactKind::Address);
        assert_eq!(got, ["北京市海淀区中关村大街1号"]);
        let got = values("您可以将信件寄至广东省深圳市南山区科技园路8号。", ContactKind::Address);
        assert_eq!(got, ["广东省深圳市南山区科技园路8号"]);
        let got = values("Address: Example Ltd, 1 Main Street,\nDublin 2, Ireland", ContactKind::Address);
        assert_eq!(got, ["Example Ltd, 1 Main Street, Dublin 2, Ireland"]);
        assert!(values("We collect your email address and IP address.", ContactKind::Address).is_empty());
    }

    #[test]
    fn the_privacy_contact_outranks_customer_service() {
        let text = "客服邮箱：service@example.cn\n十、如何联系我们\n\
                    您可以通过以下方式联系我们的个人信息保护负责人：pi@example.cn";
        let got = extract_contacts(text);
        assert_eq!(got[0].value, "pi@example.cn");
        assert!(got[0].sentence.contains("个人信息保护负责人"), "{:?}", got[0].sentence);
        assert_eq!(got[0].heading.as_deref(), Some("十、如何联系我们"));
        assert!(got[0].score > got[1].score);
    }

    /// `n` distinct addresses, `per_line` to a line (0: all on one line).
    pub(crate) fn hostile_page(n: usize, per_line: usize) -> String {
        let mut page = String::with_capacity(n * 16);
        for i in 0..n {
            page.push_str(&format!("u{i:06}@e{}.cn", i % 100));
            page.push(if per_line > 0 && (i + 1) % per_line == 0 { '\n' } else { ' ' });
        }
        page
    }

    #[test]
    fn a_hostile_page_is_read_in_linear_time_and_keeps_a_bounded_list() {
        // 1.3 MB in one line and in lines of 20: the quadratic finder took minutes on this.
        for per_line in [0, 20] {
            let page = hostile_page(100_000, per_line);
            let started = std::time::Instant::now();
            let got = extract_contacts(&page);
            let took = started.elapsed();
            assert_eq!(got.len(), MAX_CANDIDATES, "the list is capped");
            assert!(got.iter().all(|c| c.sentence.chars().count() <= 400), "sentences are bounded");
            assert!(took < std::time::Duration::from_secs(20), "{per_line}: {took:?}");
        }
    }

    #[test]
    fn mentions_are_counted_by_hash_and_long_lines_keep_their_numbers() {
        let mut page = String::from("Contact us\n");
        for _ in 0..5_000 {
            page.push_str("Write to privacy@example.com or PRIVACY@EXAMPLE.COM. ");
        }
        page.push_str("\nCall 400-820-8820.");
        let got = extract_contacts(&page);
        let email = got.iter().find(|c| c.kind == ContactKind::Email).unwrap();
        assert_eq!((email.mentions, email.line), (10_000, 2), "one value, counted each time, on line 2");
        let phone = got.iter().find(|c| c.kind == ContactKind::Phone).unwrap();
        assert_eq!(phone.line, 3, "the line after the long one");
        // The very long line was read in pieces; a value at its end is still found.
        let long = "x ".repeat(3 * MAX_LINE_CHARS) + "dpo@example.org";
        assert_eq!(values(&long, ContactKind::Email), ["dpo@example.org"]);
    }
}
