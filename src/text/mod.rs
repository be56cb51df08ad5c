//! Text helpers every stage shares: byte offsets that are safe to slice
//! at (the one place that turns an offset that may fall inside a character
//! into one that does not), ASCII case-blind search, whitespace collapsing,
//! word counts ([`words`]) and text density ([`density`]). A leaf: it
//! imports no stage.

pub(crate) mod density;
pub(crate) mod script;
pub(crate) mod words;

use unicode_segmentation::UnicodeSegmentation;

use crate::tuning;

/// The largest char boundary of `s` at or before `at` (`s.len()` past the
/// end): an offset that is safe to slice at, whatever `at` is.
pub(crate) fn floor_char_boundary(s: &str, at: usize) -> usize {
    if at >= s.len() {
        return s.len();
    }
    // A char is at most four bytes: a boundary is at most three back.
    (at.saturating_sub(3)..=at)
        .rev()
        .find(|&i| s.is_char_boundary(i))
        .unwrap_or(0)
}

/// The first `max` bytes of `s` at most, cut back to a char boundary.
pub(crate) fn truncate_at_char(s: &str, max: usize) -> &str {
    &s[..floor_char_boundary(s, max)]
}

/// Where `needle` (ASCII) first occurs in `bytes` at or after `from`,
/// ASCII case ignored: only where its first byte occurs, in either case,
/// is the rest compared.
pub(crate) fn find_ci(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let hay = bytes.get(from..)?;
    let Some(&first) = needle.first() else {
        return Some(from);
    };
    let (lower, upper) = (first.to_ascii_lowercase(), first.to_ascii_uppercase());
    memchr::memchr2_iter(lower, upper, hay)
        .find(|&at| {
            hay.get(at..at + needle.len())
                .is_some_and(|part| part.eq_ignore_ascii_case(needle))
        })
        .map(|at| from + at)
}

/// Whether `haystack` contains `needle` (ASCII), ignoring ASCII case,
/// without allocating a lowercased copy.
pub(crate) fn contains_ignore_ascii_case(haystack: &str, needle: &str) -> bool {
    find_ci(haystack.as_bytes(), 0, needle.as_bytes()).is_some()
}

/// Whether `s` starts with `prefix` (ASCII), ignoring ASCII case.
pub(crate) fn starts_with_ignore_ascii_case(s: &str, prefix: &str) -> bool {
    s.as_bytes()
        .get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// Whether `s` ends with `suffix` (ASCII), ignoring ASCII case.
pub(crate) fn ends_with_ignore_ascii_case(s: &str, suffix: &str) -> bool {
    s.len()
        .checked_sub(suffix.len())
        .and_then(|at| s.as_bytes().get(at..))
        .is_some_and(|tail| tail.eq_ignore_ascii_case(suffix.as_bytes()))
}

/// Whether a link target (trimmed) runs a script instead of going
/// somewhere: a `javascript:` URL, in any case.
pub(crate) fn is_script_url(href: &str) -> bool {
    href.get(..11)
        .is_some_and(|p| p.eq_ignore_ascii_case("javascript:"))
}

/// Appends `s` to `out` with its whitespace collapsed and trimmed, at most
/// `max` characters of it.
pub(crate) fn push_collapsed(out: &mut String, s: &str, max: usize) {
    let mut left = max;
    for (k, word) in s.split_whitespace().enumerate() {
        if k > 0 && left > 0 {
            out.push(' ');
            left -= 1;
        }
        let n = word.chars().count().min(left);
        out.extend(word.chars().take(n));
        left -= n;
        if left == 0 {
            break;
        }
    }
}

/// Collapses runs of whitespace to one space and trims.
pub(crate) fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The lowercase words of `s`, letters and digits only ("Comments (26)"
/// is `comments`, `26`).
pub(crate) fn key_words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Whether a block is a date line ("Nov. 20, 2019, 9:28 AM UTC",
/// "Updated: Sat 8:31 PM, Feb 17, 2018"): at most
/// [`tuning::DATELINE_MAX_WORDS`] words, a year among them, and at least
/// six in ten of them numbers or abbreviations of three letters or fewer
/// (months, days, AM/PM, time zones), whatever the language.
pub(crate) fn is_dateline(text: &str) -> bool {
    let words: Vec<&str> = text.unicode_words().collect();
    if words.is_empty() || words.len() > tuning::DATELINE_MAX_WORDS {
        return false;
    }
    // "2019", or a year inside a numeric date ("20.11.2019").
    let year = words.iter().any(|w| {
        w.split(|c: char| !c.is_ascii_digit())
            .any(|d| d.len() == 4 && (d.starts_with("19") || d.starts_with("20")))
    });
    let datey = words
        .iter()
        .filter(|w| w.starts_with(|c: char| c.is_ascii_digit()) || w.chars().count() <= 3)
        .count();
    year && datey * 10 >= words.len() * 6
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ends_with_ignores_ascii_case_only() {
        assert!(ends_with_ignore_ascii_case("entry-Type-Post", "type-post"));
        assert!(!ends_with_ignore_ascii_case("post", "type-post"));
        assert!(!ends_with_ignore_ascii_case("typé-post", "type-post"));
        assert!(ends_with_ignore_ascii_case("é", ""));
    }

    #[test]
    fn date_lines() {
        for line in [
            "Nov. 20, 2019, 9:28 AM UTC",
            "Updated: Sat 8:31 PM, Feb 17, 2018",
            "Published November 20th, 2019 - 07:29 GMT",
            "20.11.2019 в 09:28",
        ] {
            assert!(is_dateline(line), "{line}");
        }
        for line in [
            "The bridge opened in 2019 after ten years of work.",
            "Keith Bradsher contributed reporting from Hong Kong.",
            "Room 101, 4 Mill Lane",
            "Nov. 20, 2019, 9:28 AM UTC, the day the council met again in the hall",
        ] {
            assert!(!is_dateline(line), "{line}");
        }
    }

    #[test]
    fn boundaries_never_fall_inside_a_char() {
        let s = "aé☆😀b";
        for at in 0..s.len() + 3 {
            let b = floor_char_boundary(s, at);
            assert!(s.is_char_boundary(b) && b <= at.min(s.len()), "{at} -> {b}");
            // The boundary is the nearest one: nothing between it and `at`.
            assert!((b + 1..=at.min(s.len())).all(|i| !s.is_char_boundary(i)));
        }
        assert_eq!(truncate_at_char("☆☆", 4), "☆");
        assert_eq!(truncate_at_char("☆☆", 6), "☆☆");
        assert_eq!(truncate_at_char("☆☆", 99), "☆☆");
        assert_eq!(truncate_at_char("☆", 2), "");
    }
}
