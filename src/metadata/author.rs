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
        // A menu's "By Brand", "By Occasion" is a way to shop, not a name.
        let menu = ["nav", "menu"]
            .iter()
            .any(|w| text::contains_ignore_ascii_case(&b.class_id, w));
        if !(named || by) || menu {
            return None;
        }
        let name = clean_author(&b.text).or_else(|| {
            let lower = b.text.to_lowercase();
            let lone = BY_PREFIXES
                .iter()
                .any(|p| p.trim_end() == lower.trim_end_matches(':'));
            let next = blocks
                .get(i + 1)
                .filter(|n| n.words <= tuning::BYLINE_MAX_WORDS)?;
            lone.then(|| clean_author(&next.text)).flatten()
        });
        name.filter(|n| looks_like_name(n))
    })
}

/// Whether a byline's text has the shape of a name, not of an interface
/// label that a class or a leading "By" made look like one ("By Gender &
/// Age" in a shop's menu, "Sign In" in an `author-links` box, "business
/// type"): it starts with a capital letter and holds none of [`UI_WORDS`].
fn looks_like_name(name: &str) -> bool {
    name.starts_with(char::is_uppercase)
        && !name
            .split(|c: char| !c.is_alphabetic())
            .any(|w| UI_WORDS.iter().any(|u| u.eq_ignore_ascii_case(w)))
}

/// Words of interface labels, never of a name.
const UI_WORDS: &[&str] = &[
    "sign",
    "log",
    "login",
    "menu",
    "price",
    "category",
    "categories",
    "collection",
    "product",
    "products",
    "type",
    "comment",
    "comments",
    "skip",
    "content",
    "follow",
    "visit",
    "store",
    "shop",
    "contact",
    "click",
    "here",
    "size",
    "sector",
    "authorized",
    "article",
    "written",
    "subscribe",
    "subscribing",
    "review",
    "reviews",
    "testimonial",
    "countries",
    "search",
    "gender",
];

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
pub(super) const BYLINE_SEPARATORS: &[&str] = &[
    " | ", " - ", "- ", " – ", " — ", " · ", " • ", " ⋅ ", " on ",
];

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
    s = after_by(s);
    if let Some(cut) = BYLINE_SEPARATORS.iter().filter_map(|sep| s.find(sep)).min() {
        s = &s[..cut];
    }
    s = before_role(s);
    let s =
        s.trim_matches(|c: char| c.is_whitespace() || matches!(c, ':' | ',' | '"' | '\'' | '&'));
    let words = s.split_whitespace().count();
    let lower = s.to_lowercase();
    let bad = s.is_empty()
        || BY_PREFIXES
            .iter()
            .any(|p| p.trim_end().trim_end_matches(':') == lower)
        || s.contains("://")
        || s.starts_with("www.")
        || s.starts_with('@')
        || ACCOUNT_NAMES.iter().any(|n| n.eq_ignore_ascii_case(s))
        || s.chars().any(|c| c.is_ascii_digit())
        || words > tuning::BYLINE_MAX_WORDS as usize;
    (!bad).then(|| s.to_string())
}

/// A declared author (structured data, a `<meta>`, a post's attribute)
/// cleaned as [`clean_author`] cleans a byline, except that a handle may
/// hold digits: one word of letters, digits, `.`, `_` and `-` with a
/// letter among them ("user3080392", "Alphabyte1"), where a byline's
/// digits would be a date or a count.
pub(super) fn clean_declared_author(s: &str) -> Option<String> {
    clean_author(s).or_else(|| {
        let s = s.trim();
        let handle = !ACCOUNT_NAMES.iter().any(|n| n.eq_ignore_ascii_case(s))
            && s.chars().any(char::is_alphabetic)
            && s.chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '-'))
            && s.chars().count() <= tuning::HANDLE_MAX_CHARS;
        handle.then(|| s.to_string())
    })
}

/// `s` after a "by" among its first words: "Written By: Tom May", "Recipe
/// by PJ Hamel", "Guide by Will Judd", glued "Written byAAA Travel". A
/// credit for pictures ("Photo by", "Illustration by") is no author's
/// line and is left whole, and so is a sponsor's ("Sponsored by").
fn after_by(s: &str) -> &str {
    let mut rest = s;
    for _ in 0..=tuning::BYLINE_PREFIX_WORDS {
        let word_end = rest.find(' ').unwrap_or(rest.len());
        let word = &rest[..word_end];
        let lower = word.to_ascii_lowercase();
        if OTHER_CREDITS.iter().any(|p| lower.starts_with(p)) {
            return s;
        }
        let by = lower.trim_end_matches(':');
        if by == "by" {
            return rest[word_end..].trim_start();
        }
        // "ByTrevor", "byAAA": a capital right after "by".
        if lower.starts_with("by")
            && word.is_char_boundary(2)
            && word[2..].starts_with(|c: char| c.is_uppercase())
        {
            return &rest[2..];
        }
        if word_end == rest.len() {
            break;
        }
        rest = rest[word_end..].trim_start();
    }
    s
}

/// Words that open a picture's or a sponsor's credit rather than a byline.
const OTHER_CREDITS: &[&str] = &[
    "photo",
    "image",
    "illustrat",
    "video",
    "graphic",
    "picture",
    "sponsor",
    "powered",
];

/// `s` before the role that follows the name: "Keith Barry Senior Autos
/// Reporter", "Emma Ryan Writer", "Mairi Sloan, Transport Reporter": cut at
/// the first word of [`tuning::BYLINE_ROLE_WORDS`] after the name's first
/// two words, or at a comma whose tail holds one.
fn before_role(s: &str) -> &str {
    let is_role = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        tuning::BYLINE_ROLE_WORDS
            .iter()
            .any(|r| w.eq_ignore_ascii_case(r))
    };
    if let Some(comma) = s.find(',')
        && s[comma + 1..].split_whitespace().any(is_role)
    {
        return &s[..comma];
    }
    let mut seen = 0;
    for (at, word) in s.split(' ').scan(0, |at, w| {
        let start = *at;
        *at += w.len() + 1;
        Some((start, w))
    }) {
        if word.is_empty() {
            continue;
        }
        if seen >= 2 && is_role(word) {
            // A name is a few words: more before the role is a sentence
            // ("Ann Lee is a staff writer"), left for the length check.
            return if seen <= tuning::BYLINE_NAME_MAX_WORDS {
                s[..at].trim_end()
            } else {
                s
            };
        }
        seen += 1;
    }
    s
}

/// A blog platform's default accounts: a post signed by one names no
/// person.
const ACCOUNT_NAMES: &[&str] = &["admin", "administrator", "webmaster", "site admin"];
