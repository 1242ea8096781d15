//! Pinyin spellings of names, so that "taobao", "tb" and "淘宝" all find 淘宝.
//!
//! Each name with Chinese characters gets its spellings in full pinyin without tones
//! ("taobao") and as initials ("tb"); letters and digits in the name are kept as they are
//! ("QQ音乐" → "qqyinyue", "qqyy"). Characters with several readings (行 xíng/háng, 重
//! zhòng/chóng) give one spelling per reading, up to [`MAX_SPELLINGS`] per name, so that
//! "yinhang" finds 银行. Spellings are computed once when a list is built (the directory at
//! start-up, the inventory when it is listed), never per keystroke; a search then compares
//! plain strings. The readings come from the `pinyin` crate's tables.

use pinyin::ToPinyinMulti;

/// At most this many spellings per name and style: enough for two characters with two
/// readings each, and a bound on names made of many polyphonic characters.
pub const MAX_SPELLINGS: usize = 8;

/// The full-pinyin and initials spellings of a name (lower case, no spaces), each list
/// deduplicated; empty when the name has no Chinese character, since its own letters
/// already match.
pub fn spellings(name: &str) -> Vec<String> {
    let mut full: Vec<String> = vec![String::new()];
    let mut initials: Vec<String> = vec![String::new()];
    let mut chinese = false;
    for c in name.chars() {
        match c.to_pinyin_multi() {
            Some(readings) => {
                chinese = true;
                let syllables: Vec<&'static str> = readings.into_iter().map(|p| p.plain()).collect();
                let firsts: Vec<&'static str> = readings.into_iter().map(|p| p.first_letter()).collect();
                full = extend(&full, &syllables);
                initials = extend(&initials, &firsts);
            }
            None if c.is_alphanumeric() => {
                let lower: String = c.to_lowercase().collect();
                for s in full.iter_mut().chain(initials.iter_mut()) {
                    s.push_str(&lower);
                }
            }
            // Spaces, punctuation and symbols are not typed when searching by sound.
            None => {}
        }
    }
    if !chinese {
        return Vec::new();
    }
    let mut out = full;
    for s in initials {
        if !out.contains(&s) {
            out.push(s);
        }
    }
    out
}

/// Every spelling so far followed by every reading of the next character, keeping the
/// first readings (the common ones) when the product would pass the bound.
fn extend(sofar: &[String], readings: &[&str]) -> Vec<String> {
    let mut next = Vec::with_capacity(sofar.len() * readings.len());
    for (i, reading) in readings.iter().enumerate() {
        for s in sofar {
            if i > 0 && next.len() >= MAX_SPELLINGS {
                break;
            }
            let candidate = format!("{s}{reading}");
            if !next.contains(&candidate) {
                next.push(candidate);
            }
        }
    }
    next
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has(name: &str, spelling: &str) -> bool {
        spellings(name).iter().any(|s| s == spelling)
    }

    #[test]
    fn full_pinyin_and_initials() {
        assert!(has("淘宝", "taobao"));
        assert!(has("淘宝", "tb"));
        assert!(has("美团", "meituan"));
        assert!(has("美团", "mt"));
        assert!(!has("美团", "taobao"));
    }

    #[test]
    fn letters_and_digits_stay_and_punctuation_goes() {
        assert!(has("QQ音乐", "qqyinyue"));
        assert!(has("QQ音乐", "qqyy"));
        assert!(has("58同城", "58tc"));
        assert!(has("小红书 · App", "xhsapp"));
    }

    #[test]
    fn every_reading_of_a_polyphonic_character_is_kept_within_the_bound() {
        assert!(has("银行", "yinhang"), "{:?}", spellings("银行"));
        assert!(has("银行", "yinxing"), "{:?}", spellings("银行"));
        let many = spellings("重行长乐重行长乐重行长乐");
        assert!(many.len() <= 2 * MAX_SPELLINGS, "{}", many.len());
        assert!(!many.is_empty());
    }

    #[test]
    fn names_without_chinese_have_no_extra_spelling() {
        assert!(spellings("Spotify").is_empty());
        assert!(spellings("").is_empty());
    }
}
