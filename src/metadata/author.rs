//! The author from the page's byline, cleaned of its prefix and tails.

use super::*;

/// A visible byline: the first short block whose class or id names the
/// author or byline, or that starts with "By ", that holds a name once
/// cleaned; a lone "By" or "Written by" takes the next block's name.
pub(super) fn byline(seg: &Segmented) -> Option<String> {
    let blocks = &seg.blocks;
    blocks.iter().enumerate().find_map(|(i, b)| {
        if b.words == 0 || b.words > tuning::BYLINE_MAX_WORDS {
            return None;
        }
        // Most short blocks are neither: tested without allocating.
        let named = ["author", "byline"]
            .iter()
            .any(|w| text::contains_ignore_ascii_case(&b.class_id, w));
        let by = BY_PREFIXES
            .iter()
            .any(|p| text::starts_with_ignore_ascii_case(&b.text, p));
        if !(named || by) {
            return None;
        }
        clean_author(&b.text).or_else(|| {
            let lower = b.text.to_lowercase();
            let lone = BY_PREFIXES
                .iter()
                .any(|p| p.trim_end() == lower.trim_end_matches(':'));
            let next = blocks
                .get(i + 1)
                .filter(|n| n.words <= tuning::BYLINE_MAX_WORDS)?;
            lone.then(|| clean_author(&next.text)).flatten()
        })
    })
}

/// What comes before an author's name.
pub(super) const BY_PREFIXES: &[&str] = &[
    "written by ",
    "posted by ",
    "text by ",
    "words by ",
    "by: ",
    "by ",
    "von ",
    "par ",
    "por ",
];

/// Separators between a name and what follows it on a byline (a date, a
/// role, a count of posts).
pub(super) const BYLINE_SEPARATORS: &[&str] =
    &[" | ", " - ", "- ", " – ", " — ", " · ", " • ", " on "];

/// An author's name as given, less "By" and what follows a separator:
/// `None` for a URL, an `@handle`, a text with digits (a date, a count)
/// or a long text.
pub(super) fn clean_author(s: &str) -> Option<String> {
    let s = collapse(s);
    let mut s = s.as_str();
    for prefix in BY_PREFIXES {
        if text::starts_with_ignore_ascii_case(s, prefix) {
            s = &s[prefix.len()..];
            break;
        }
    }
    if let Some(cut) = BYLINE_SEPARATORS.iter().filter_map(|sep| s.find(sep)).min() {
        s = &s[..cut];
    }
    let s = s.trim_matches(|c: char| c.is_whitespace() || matches!(c, ':' | ',' | '"' | '\''));
    let words = s.split_whitespace().count();
    let lower = s.to_lowercase();
    let bad = s.is_empty()
        || BY_PREFIXES
            .iter()
            .any(|p| p.trim_end().trim_end_matches(':') == lower)
        || s.contains("://")
        || s.starts_with("www.")
        || s.starts_with('@')
        || s.chars().any(|c| c.is_ascii_digit())
        || words > tuning::BYLINE_MAX_WORDS as usize;
    (!bad).then(|| s.to_string())
}
