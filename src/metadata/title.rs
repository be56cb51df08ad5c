//! The headline among the page's titles, less the site's name.

use crate::entity;
use crate::text::{collapse, key_words};
use crate::tuning;

/// What the page says its title is, source by source, as the page gives
/// them.
#[derive(Default)]
pub(super) struct Titles<'a> {
    /// The first visible `<h1>`.
    pub(super) h1: Option<&'a str>,
    /// The structured data's `headline`.
    pub(super) headline: Option<&'a str>,
    /// `og:title` (or `twitter:title`).
    pub(super) og_title: Option<&'a str>,
    /// The `<title>`.
    pub(super) title: Option<&'a str>,
}

/// The headline among the page's titles: the `<h1>` when a declared title
/// agrees with it (they are the same, one is part of the other, or at
/// least [`tuning::TITLE_H1_MIN_SHARED`] of the `<h1>`'s words are in the
/// declared titles) and it is not the site's name; else the first declared
/// title, the structured headline before the OpenGraph title before the
/// `<title>`, each less the site's name; else the `<h1>`.
pub(super) fn choose_title(titles: &Titles, site: &Site) -> Option<String> {
    choose(titles, site).map(|t| headline_part(&t).to_string())
}

/// [`choose_title`] before the headline is cut from what follows it.
fn choose(titles: &Titles, site: &Site) -> Option<String> {
    let raw_title = titles.title.map(tidy);
    // An `<h1>` can carry the site's name too ("Headline – Artlyst").
    let h1 = titles
        .h1
        .map(|h| site.strip(&tidy(h)).0)
        .filter(|h| !h.is_empty());
    // The `<title>`'s parts but the last, where sites put their name:
    // "News | The Society" names the page "News" whatever the site is
    // called, and an `<h1>` that is the last part is the site's name.
    let mut parts = raw_title.as_deref().map(parts).unwrap_or_default();
    let last = parts.pop();
    let h1_is_last = match (h1.as_deref(), last) {
        (Some(h), Some(l)) => h.eq_ignore_ascii_case(l),
        _ => false,
    };
    let headline = titles.headline.map(|t| site.strip(&tidy(t)).0);
    // The OpenGraph title loses only the parts that name the site:
    // otherwise it may be "Product – what the product is".
    let og_title = titles.og_title.map(|t| site.strip(&tidy(t)).0);
    let title = raw_title.as_deref().map(|t| match site.strip(t) {
        (stripped, true) => stripped,
        // The site named by the `<h1>` in the masthead.
        _ if h1_is_last => parts.join(separator(t).unwrap_or(" ")),
        // A `<title>` with no part known as the site's: the headline is
        // its longest part.
        _ => longest_part(t).to_string(),
    });
    // A structured headline cut short at a length ("… Solutions
    // (Including"): the declared title it begins, which goes on.
    let headline = headline.map(|h| {
        [og_title.as_deref(), title.as_deref()]
            .into_iter()
            .flatten()
            .find(|t| cut_from(&h, t))
            .map_or(h, str::to_string)
    });
    let declared = [headline.as_deref(), og_title.as_deref(), title.as_deref()];
    let headline_h1 = h1.as_deref().filter(|h| !h1_is_last && !site.names(h));
    if let Some(h1) = headline_h1 {
        // The same words spelt better: the declared title, where the
        // `<h1>` is in capitals only or has words glued ("AlternativesTop").
        if shouts_or_glues(h1) {
            let same = declared.iter().flatten().find(|d| key(d) == key(h1));
            if let Some(same) = same {
                return Some(same.to_string());
            }
        }
        let candidates = declared.iter().flatten().copied().chain(parts);
        if agrees(h1, candidates) || shares_words(h1, declared.iter().flatten().copied()) {
            return Some(h1.to_string());
        }
    }
    declared
        .into_iter()
        .flatten()
        .find(|t| !t.is_empty())
        .map(str::to_string)
        .or(h1)
}

/// The headline of a title that carries more: the part before a " | "
/// (what follows is a section, a site or a tagline: "How meditation
/// rewires brains | Opinion") or a " - " after two words or more ("Travel
/// Insurance - Flight and Travel Insurance Quotes"; not "About - …" nor
/// "2024 - 2025"), without an archive's or a forum's label before it
/// ("Thread: ", "Collection: "). The hyphen, measured on WCXB dev's
/// titles: 17 pages right, 5 wrong ("Visual Studio Code - The open source
/// AI code editor" is the truth's title), 0.798 to 0.806; an en or em
/// dash: 5 right, 11 wrong, left alone.
fn headline_part(t: &str) -> &str {
    let t = match t.split_once(" | ") {
        Some((first, _)) if !first.trim().is_empty() => first.trim(),
        _ => t,
    };
    // A subtitle or tagline after a spaced hyphen, when the headline
    // before it has words enough to be one (not a section's label,
    // "About - …") and the hyphen is no range ("2024 - 2025").
    let t = match t.split_once(" - ") {
        Some((first, rest))
            if first.split_whitespace().count() >= 2
                && !rest.trim().is_empty()
                && !(first.ends_with(|c: char| c.is_ascii_digit())
                    && rest.starts_with(|c: char| c.is_ascii_digit())) =>
        {
            first.trim()
        }
        _ => t,
    };
    match t.split_once(": ") {
        Some((label, rest))
            if !rest.trim().is_empty()
                && TITLE_LABELS
                    .iter()
                    .any(|l| l.eq_ignore_ascii_case(label.trim())) =>
        {
            rest.trim()
        }
        _ => t,
    }
}

/// Labels that archive and forum pages put before the headline.
const TITLE_LABELS: &[&str] = &[
    "thread",
    "topic",
    "collection",
    "category",
    "tag",
    "archive",
    "archives",
    "subject",
    "browse subject",
    "blog",
];

/// Whether `short` is `long` cut off within its words: `long` begins with
/// it and goes on with a space and more words, not with a separator (then
/// `short` is the headline and the rest a tagline or the site).
fn cut_from(short: &str, long: &str) -> bool {
    !short.is_empty()
        && long.len() > short.len()
        && long.starts_with(short)
        && long[short.len()..].starts_with(' ')
        && !long[short.len()..]
            .trim_start()
            .starts_with(['|', '-', '–', '—', ':', '·', '•', '»', '/'])
}

/// Whether a declared title is the `<h1>`, holds it, or is at least half of
/// it (the `<h1>` with a subtitle glued on).
fn agrees<'a>(h1: &str, declared: impl Iterator<Item = &'a str>) -> bool {
    let h = h1.to_lowercase();
    declared.into_iter().any(|d| {
        let d = d.to_lowercase();
        !d.is_empty() && (d == h || d.contains(&h) || (h.contains(&d) && d.len() * 2 >= h.len()))
    })
}

/// Whether the `<h1>` has [`tuning::TITLE_H1_MIN_WORDS`] words or more and
/// at least [`tuning::TITLE_H1_MIN_SHARED`] of them are in the declared
/// titles: the same headline reworded for search results.
fn shares_words<'a>(h1: &str, declared: impl Iterator<Item = &'a str>) -> bool {
    let words = key_words(h1);
    if words.len() < tuning::TITLE_H1_MIN_WORDS {
        return false;
    }
    let known: Vec<String> = declared.flat_map(key_words).collect();
    let shared = words.iter().filter(|w| known.contains(w)).count();
    shared as f32 >= tuning::TITLE_H1_MIN_SHARED * words.len() as f32
}

/// Whether a heading is in capitals only, or has a lowercase letter glued
/// to an uppercase one (two lines of a heading joined without a space).
fn shouts_or_glues(h: &str) -> bool {
    let shouts = h.chars().any(char::is_alphabetic) && !h.chars().any(char::is_lowercase);
    let glues = h
        .chars()
        .zip(h.chars().skip(1))
        .any(|(a, b)| a.is_lowercase() && b.is_uppercase());
    shouts || glues
}

/// A title as a reader sees it: references the page escaped twice decoded,
/// soft hyphens and whitespace runs gone; quotes around it, a permalink
/// mark after it (`¶`, `§`, `#`), Markdown heading marks before it and a
/// separator dangling at either end removed.
fn tidy(t: &str) -> String {
    let t = collapse(&entity::decode(t).replace('\u{ad}', ""));
    let marks = |c: char| matches!(c, '¶' | '§' | '#' | '\u{1f517}') || c.is_whitespace();
    // A separator left at either end by a part the page left empty.
    let dangling =
        |c: char| matches!(c, '|' | '·' | '•' | '»' | '/' | '–' | '—') || c.is_whitespace();
    let t = without_source(t.trim_end_matches(marks).trim_matches(dangling));
    // A Markdown heading's marks ("## Title") where a page wrote them.
    let t = match t.trim_start_matches('#') {
        rest if rest.len() < t.len() && rest.starts_with(' ') => rest.trim_start(),
        _ => t,
    };
    let quoted = t.starts_with(['"', '\u{201c}']) && t.ends_with(['"', '\u{201d}']);
    if quoted {
        t.trim_matches(|c: char| matches!(c, '"' | '\u{201c}' | '\u{201d}') || c.is_whitespace())
            .to_string()
    } else {
        t.to_string()
    }
}

/// Separators between a headline and a site name in a `<title>`.
pub(super) const TITLE_SEPARATORS: &[&str] = &[
    " | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " / ",
];

/// The separator of any kind at `at` in `t`, by its length.
fn separator_at(t: &str, at: usize) -> Option<usize> {
    TITLE_SEPARATORS
        .iter()
        .find(|s| t[at..].starts_with(*s))
        .map(|s| s.len())
}

/// The last separator of any kind in `t`: where it starts, and its length.
/// Every separator starts with a space, so only spaces are tried.
fn last_separator(t: &str) -> Option<(usize, usize)> {
    t.rmatch_indices(' ')
        .find_map(|(at, _)| separator_at(t, at).map(|len| (at, len)))
}

/// The first separator of any kind in `t`, as [`last_separator`].
fn first_separator(t: &str) -> Option<(usize, usize)> {
    t.match_indices(' ')
        .find_map(|(at, _)| separator_at(t, at).map(|len| (at, len)))
}

/// The separator a title's parts are joined with, if any.
fn separator(t: &str) -> Option<&'static str> {
    TITLE_SEPARATORS.iter().copied().find(|s| t.contains(s))
}

/// A title's parts between its separators.
fn parts(t: &str) -> Vec<&str> {
    match separator(t) {
        Some(sep) => t.split(sep).map(str::trim).collect(),
        None => Vec::new(),
    }
}

/// The longest part of a title, the title itself when it has one part.
fn longest_part(t: &str) -> &str {
    parts(t)
        .into_iter()
        .max_by_key(|p| p.chars().count())
        .unwrap_or(t)
}

/// A title without the site name joined to it: the part that is not the
/// site name, else the longest part.
#[cfg(test)]
pub(super) fn strip_site_name(title: &str, site_name: Option<&str>) -> String {
    match Site::new(site_name, None).strip(title) {
        (stripped, true) => stripped,
        (t, false) => longest_part(&t).to_string(),
    }
}

/// The names a site goes by: its declared name, and the labels of its
/// host ("ifixit" for `www.ifixit.com`), as lowercase letters and digits.
pub(super) struct Site {
    /// The declared name's key.
    name: String,
    /// The host's keys: the whole host and its labels that name it.
    host: Vec<String>,
}

impl Site {
    /// The site called `name`, at `url` (the canonical URL).
    pub(super) fn new(name: Option<&str>, url: Option<&str>) -> Site {
        let host = url
            .and_then(crate::link::parse_base)
            .and_then(|u| u.host_str().map(str::to_ascii_lowercase))
            .map(|h| {
                let h = h.strip_prefix("www.").unwrap_or(&h).to_string();
                let labels: Vec<&str> = h.split('.').collect();
                let named = labels[..labels.len().saturating_sub(1)]
                    .iter()
                    .filter(|l| l.len() >= 3 && !GENERIC_LABELS.contains(l))
                    .map(|l| key(l));
                // "virtualbox.org" for `forums.virtualbox.org`.
                let domains =
                    (0..labels.len().saturating_sub(1)).map(|i| key(&labels[i..].concat()));
                domains.chain(named).collect()
            })
            .unwrap_or_default();
        Site {
            name: name.map(key).unwrap_or_default(),
            host,
        }
    }

    /// Whether a title part names the site: its declared name (or at
    /// least half of it from the start: "Liberty University" for "Liberty
    /// University Online"),
    /// its host, or a phrase like "Official Site".
    pub(super) fn names(&self, part: &str) -> bool {
        let k = key(part);
        if k.is_empty() {
            return false;
        }
        let by_name = !self.name.is_empty()
            && (k == self.name
                || (k.len() >= SITE_PREFIX_MIN
                    && 2 * k.len() >= self.name.len()
                    && self.name.starts_with(&k)));
        by_name || self.host.contains(&k) || is_site_phrase(part) || is_host_name(part)
    }

    /// A byline's name less the site's name after it ("Brian Truitt USA
    /// TODAY"); `None` when the site's name starts it or is all of it
    /// ("Help Net Security Sponsored"): the site signing, not a person.
    pub(super) fn person(&self, byline: &str) -> Option<String> {
        let words: Vec<&str> = byline.split_whitespace().collect();
        if (1..=words.len()).any(|k| self.names(&words[..k].join(" "))) {
            return None;
        }
        let keep = (1..words.len())
            .find(|&k| self.names(&words[k..].join(" ")))
            .unwrap_or(words.len());
        Some(words[..keep].join(" "))
    }

    /// `t` less the parts at either end that name the site (never all of
    /// them), and whether any did. The parts may be cut by different
    /// separators ("Headline – Artlyst - Artlyst").
    pub(super) fn strip(&self, t: &str) -> (String, bool) {
        let mut t = t.trim();
        let before = t.len();
        // The last separator, then the first, while what it cuts off is the
        // site's name and something is left.
        while let Some((at, _)) =
            last_separator(t).filter(|&(at, len)| at > 0 && self.names(&t[at + len..]))
        {
            t = t[..at].trim();
        }
        while let Some((at, len)) = first_separator(t)
            .filter(|&(at, len)| !t[at + len..].trim().is_empty() && self.names(&t[..at]))
        {
            t = t[at + len..].trim();
        }
        (t.to_string(), t.len() < before)
    }
}

/// Second-level labels that name no one (`co` in `bbc.co.uk`).
const GENERIC_LABELS: &[&str] = &["com", "org", "net", "gov", "edu", "web", "www"];

/// The shortest key that may name a site by being the start of its name.
const SITE_PREFIX_MIN: usize = 4;

/// Top-level domains that a site's name written as its host ends in
/// ("SoundStageXperience.com", "Amazon.co.uk"): the common generic ones
/// and the largest countries'; not `js` ("Node.js") nor `ai`, `io`, `app`,
/// which name products as often as hosts.
const HOST_SUFFIXES: &[&str] = &[
    "com", "org", "net", "edu", "gov", "info", "uk", "de", "fr", "ca", "au", "nl", "es", "it",
];

/// Whether `part` is a host name: one word of letters, digits and hyphens
/// in two or more labels, the last a [`HOST_SUFFIXES`] entry.
fn is_host_name(part: &str) -> bool {
    let part = part.trim();
    let mut labels = part.split('.');
    let last = labels.next_back().unwrap_or("");
    part.contains('.')
        && HOST_SUFFIXES.iter().any(|s| last.eq_ignore_ascii_case(s))
        && labels.all(|l| !l.is_empty() && l.chars().all(|c| c.is_alphanumeric() || c == '-'))
}

/// A title less a link aggregator's source and count after it: "Grads Find
/// Jobs Scarce (latimes.com) 87" is "Grads Find Jobs Scarce".
fn without_source(t: &str) -> &str {
    let rest = t.trim_end_matches(|c: char| c.is_ascii_digit() || c.is_whitespace());
    match rest.strip_suffix(')').and_then(|r| r.rsplit_once(" (")) {
        Some((head, host)) if is_host_name(host) && !head.trim().is_empty() => head.trim_end(),
        _ => t,
    }
}

/// Whether a title part only says that this is the site ("Official Site",
/// "Home Page").
fn is_site_phrase(part: &str) -> bool {
    let words = key_words(part);
    !words.is_empty()
        && words.len() <= 3
        && words.iter().all(|w| {
            matches!(
                w.as_str(),
                "official" | "site" | "website" | "homepage" | "home" | "page" | "the"
            )
        })
}

/// `s` as lowercase letters and digits, for matching names however they
/// are spelled ("Patagonia® Worn Wear" and "patagonia worn wear").
fn key(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}
