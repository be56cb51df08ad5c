//! The author from the page's byline, cleaned of its prefix and tails.

use super::*;
use crate::model::SpanKind;
use crate::segment::{NONE, RawBlock};

/// A visible byline: the first short block whose class or id names the
/// author or byline, or that starts with "By ", that holds a name once
/// cleaned; a lone "By" or "Written by" takes the next block's name.
pub(super) fn byline(seg: &Segmented) -> Option<String> {
    let blocks = &seg.blocks;
    blocks.iter().enumerate().find_map(|(i, b)| {
        // A reader's comment is signed by the reader.
        if b.words == 0 || b.words > tuning::BYLINE_BLOCK_MAX_WORDS || b.comment_anc != NONE {
            return None;
        }
        // Longer lines are bylines only when they open with "By" or a
        // date before it ("Posted by Ann Lee on Friday December 19, 2025
        // @08:00PM"): a long text under an `author` class is a bio.
        let short = b.words <= tuning::BYLINE_MAX_WORDS;
        // Most short blocks are neither: tested without allocating.
        let named = short
            && ["author", "byline"]
                .iter()
                .any(|w| text::contains_ignore_ascii_case(&b.class_id, w));
        let by = BY_PREFIXES
            .iter()
            .any(|p| text::starts_with_ignore_ascii_case(&b.text, p))
            || glued_by(&b.text);
        // A label alone ("Written by", "Author:") names the next block.
        let label = b.words <= 3 && is_byline_label(&b.text);
        // "September 1st, 2023 By Emily Norwood", "12/19 · by ibby".
        let dated = if by || label {
            None
        } else {
            by_after_date(&b.text)
        };
        if !(named || by || label || dated.is_some()) {
            return None;
        }
        if in_menu(b) {
            return None;
        }
        let name = clean_author(dated.unwrap_or(&b.text))
            .filter(|_| !label)
            .or_else(|| {
                let next = blocks
                    .get(i + 1)
                    .filter(|n| n.words <= tuning::BYLINE_MAX_WORDS)?;
                label.then(|| clean_author(&next.text)).flatten()
            });
        name.filter(|n| looks_like_name(n))
    })
}

/// Whether a block is in a menu: inside a `<nav>`, or under a class or id
/// naming a nav or menu. A menu's "Contributors" and "By Brand" are ways
/// through the site, not names.
fn in_menu(b: &RawBlock) -> bool {
    ["nav", "menu"]
        .iter()
        .any(|w| text::contains_ignore_ascii_case(&b.class_id, w))
        || b.tag_path.split('>').any(|t| t == "nav")
}

/// Whether a text opens with "By" glued to a capitalised name
/// ("ByTrevor Jones").
fn glued_by(text: &str) -> bool {
    text.strip_prefix("By")
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_uppercase()))
}

/// The byline after the date at a block's start: "September 1st, 2023 By
/// Emily Norwood", "Published August 7, 2023 by Nicole Burke",
/// "11/19/2025 | By Jerra Toms". What stands before "by" must read as a
/// date, so a title's "by" ("Cards Series 1 by Ann Lee") and a copyright
/// line's ("© 2025 by Acme Inc.") are left alone.
fn by_after_date(text: &str) -> Option<&str> {
    let at = text.find(" By ").or_else(|| text.find(" by "))?;
    let before = text[..at].trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '|' | '·' | '•' | '—' | '–' | '-' | ',')
    });
    // Every date form read has a year: most text before a "by" has no
    // digit and is passed over before any pattern is tried.
    let date = before.bytes().any(|c| c.is_ascii_digit())
        && !before.contains('©')
        && before.split_whitespace().count() <= tuning::BYLINE_PREFIX_WORDS + 3
        && is_date_text(before);
    date.then(|| &text[at + 1..])
}

/// Whether a block is only a byline's label: "Written by", "By:",
/// "Author", "About the author".
fn is_byline_label(text: &str) -> bool {
    let text = text.trim().trim_end_matches(':').trim();
    by_stems()
        .chain(BYLINE_LABELS.iter().copied())
        .any(|l| l.eq_ignore_ascii_case(text))
}

/// [`BY_PREFIXES`] without their space or colon: "posted by", "by".
pub(super) fn by_stems() -> impl Iterator<Item = &'static str> {
    BY_PREFIXES
        .iter()
        .map(|p| p.trim_end().trim_end_matches(':'))
}

/// Labels that stand before an author's name in a block of their own.
const BYLINE_LABELS: &[&str] = &["author", "authors", "article by", "about the author"];

/// The author a link names by its target: the first short block outside
/// menus (`<nav>`, a class naming a nav or menu) and comment sections with a link to an author's page
/// (`/author/<name>`, `/authors/<name>`) whose text has the shape of a
/// name.
pub(super) fn author_link(seg: &Segmented) -> Option<String> {
    seg.blocks
        .iter()
        .filter(|b| {
            b.words <= tuning::BYLINE_MAX_WORDS
                && b.link_words > 0
                && b.comment_anc == NONE
                && !in_menu(b)
        })
        .find_map(|b| {
            b.spans.iter().find_map(|span| {
                let SpanKind::Link { start, end } = span.kind else {
                    return None;
                };
                let href = seg.hrefs.get(start as usize..end as usize)?;
                if !is_author_page(href) {
                    return None;
                }
                let name = clean_author(b.text.get(span.start..span.end)?)?;
                looks_like_name(&name).then_some(name)
            })
        })
}

/// Whether a link's target is an author's page: a path segment `author`
/// or `authors` followed by another.
fn is_author_page(href: &str) -> bool {
    let path = href.split(['?', '#']).next().unwrap_or(href);
    let mut segments = path
        .split('/')
        .skip_while(|s| !(s.eq_ignore_ascii_case("author") || s.eq_ignore_ascii_case("authors")));
    segments.next().is_some() && segments.next().is_some_and(|s| !s.is_empty())
}

/// Whether a byline's text has the shape of a name, not of an interface
/// label that a class or a leading "By" made look like one ("By Gender &
/// Age" in a shop's menu, "Sign In" in an `author-links` box, "business
/// type"): it starts with a capital letter and holds none of [`UI_WORDS`].
fn looks_like_name(name: &str) -> bool {
    name.starts_with(char::is_uppercase)
        && !is_phrase(name)
        && !glued(name)
        && !name
            .split(|c: char| !c.is_alphabetic())
            .any(|w| UI_WORDS.iter().any(|u| u.eq_ignore_ascii_case(w)))
}

/// Whether a text is menu items joined without spaces ("Wedding
/// ChecklistsJust EngagedWedding Planning"): twice a capital after four
/// lowercase letters (a name's "McNally" has fewer, a handle's
/// "StarredSkies" has it once).
fn glued(text: &str) -> bool {
    let (mut lower_run, mut joints) = (0, 0);
    for c in text.chars() {
        if c.is_uppercase() && lower_run >= 4 {
            joints += 1;
        }
        lower_run = if c.is_lowercase() { lower_run + 1 } else { 0 };
    }
    joints >= 2
}

/// Whether a text of two words or more has no capital after its first
/// word: a phrase ("Personal finance", "Get to know them"), where a name
/// has at least one more ("Ludwig van Beethoven", "The Currency editors").
fn is_phrase(text: &str) -> bool {
    let mut words = text.split_whitespace().skip(1).peekable();
    words.peek().is_some() && words.all(|w| !w.starts_with(char::is_uppercase))
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
    "articles",
    "author",
    "updated",
    "view",
    "posts",
    "home",
    "published",
    "page",
];

/// What comes before an author's name.
pub(super) const BY_PREFIXES: &[&str] = &[
    "written by:",
    "written by ",
    "posted by ",
    "text by ",
    "words by ",
    "by: ",
    "by ",
    "authors: ",
    "author: ",
    "contributors: ",
    "contributor: ",
    "von ",
    "par ",
    "por ",
];

/// Separators between a name and what follows it, wherever the name was
/// read (a date, a role, a count of posts).
pub(super) const NAME_SEPARATORS: &[&str] = &[
    " | ", " - ", "- ", " – ", " — ", " · ", " • ", " ⋅ ", " » ", " ● ", " on ",
];

/// Separators that end a name only before a capital or a digit ("By Ann
/// Lee in Lisbon", "By Ann Lee at 9:14"): a name may hold them before
/// lowercase words ("Human in the Loop", "ann at example dot com").
const PLACE_SEPARATORS: &[&str] = &[" in ", " at "];

/// An author's name as given, less "By" and what follows a separator:
/// `None` for a URL, an `@handle`, a text with digits (a date, a count)
/// or a long text.
pub(super) fn clean_author(s: &str) -> Option<String> {
    let s = collapse(s);
    // A copyright line names an owner, not an author.
    if s.contains('©') {
        return None;
    }
    let mut s = s.as_str();
    for prefix in BY_PREFIXES {
        if text::starts_with_ignore_ascii_case(s, prefix) {
            s = &s[prefix.len()..];
            break;
        }
    }
    s = after_by(s);
    let place = |sep: &&str| {
        s.match_indices(*sep)
            .find(|&(i, _)| {
                s[i + sep.len()..].starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            })
            .map(|(i, _)| i)
    };
    let cuts = NAME_SEPARATORS.iter().filter_map(|sep| s.find(sep));
    if let Some(cut) = cuts.chain(PLACE_SEPARATORS.iter().filter_map(place)).min() {
        s = &s[..cut];
    }
    s = before_role(before_date(s));
    let s = s
        .trim_start_matches(|c: char| {
            c.is_whitespace() || matches!(c, ':' | ',' | '"' | '\'' | '&' | '(' | '|')
        })
        .trim_end_matches(|c: char| {
            c.is_whitespace()
                || matches!(
                    c,
                    ':' | ',' | '"' | '\'' | '&' | '(' | '|' | '»' | '●' | '•' | '·' | '→'
                )
        });
    // A sentence's full stop ("Erik Demaine."), not an initial's or a
    // "Jr.".
    let s = match s.strip_suffix('.') {
        Some(t)
            if t.rsplit(' ')
                .next()
                .is_some_and(|w| w.chars().count() > 3 && !w.contains('.')) =>
        {
            t
        }
        _ => s,
    };
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
        || is_date_word(s)
        // A sentence about the writer ("Ann Lee is a staff writer at …").
        || s
            .split_whitespace()
            .any(|w| SENTENCE_WORDS.iter().any(|v| v.eq_ignore_ascii_case(w)))
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
        // "ByTrevor", "byAAA", "by:Elise": a capital right after "by".
        if lower.starts_with("by") {
            let glued = &rest[2..];
            let glued = glued.strip_prefix(':').unwrap_or(glued);
            if glued.starts_with(|c: char| c.is_uppercase()) {
                return glued;
            }
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

/// `s` before the date that follows the name: "Sofia Gonzalez December 2,
/// 2025", "Ann Lee 12/02/2025", "Jeff Foust Monday": cut at the first
/// word after the first that starts with a digit, that names a month
/// before one that does (a name may be "April" or "June"; "June 3" is a
/// date), or that is a day of the week or a label of a date
/// ([`DATE_LABELS`]).
fn before_date(s: &str) -> &str {
    let words: Vec<(usize, &str)> = s
        .split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .filter(|(_, w)| !w.is_empty())
        .collect();
    let digit = |w: &str| w.starts_with(|c: char| c.is_ascii_digit());
    for (i, &(at, word)) in words.iter().enumerate().skip(1) {
        let month = month(word.trim_end_matches(['.', ','])).is_some()
            && words.get(i + 1).is_some_and(|&(_, next)| digit(next));
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
        let tail = WEEKDAYS.iter().any(|d| d.eq_ignore_ascii_case(bare))
            || DATE_LABELS.iter().any(|l| l.eq_ignore_ascii_case(bare));
        if digit(word) || month || tail {
            return s[..at].trim_end();
        }
    }
    s
}

/// Verbs of a sentence about a writer, never in a name.
const SENTENCE_WORDS: &[&str] = &["is", "was", "are", "has", "have", "writes", "wrote"];

/// Words that open a date after a byline's name ("Chris Beaumont
/// Published …", "Moritz Bachmann publiziert am …", "Ryan McNeill Last
/// updated …").
const DATE_LABELS: &[&str] = &[
    "last",
    "published",
    "updated",
    "posted",
    "publiziert",
    "veröffentlicht",
    "aktualisiert",
    "publié",
    "publicado",
];

/// Whether a text reads as a date.
fn is_date_text(text: &str) -> bool {
    normalize_date(text).is_some() || dates::NUMERIC.is_match(text)
}

/// Whether a word names a month or a day of the week: what is left of a
/// date line once its numbers are cut, never a name.
fn is_date_word(s: &str) -> bool {
    let w = s.trim_end_matches('.').to_lowercase();
    month(&w).is_some()
        || WEEKDAYS
            .iter()
            .any(|d| w == *d || (w.len() >= 3 && d.starts_with(&w)))
}

/// Days of the week in English.
const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// A blog platform's default accounts: a post signed by one names no
/// person.
const ACCOUNT_NAMES: &[&str] = &["admin", "administrator", "webmaster", "site admin"];
