//! Dates: the one a reader sees near the headline, and every form the
//! page may write one in, normalised to `YYYY-MM-DD` when the calendar
//! has it.

use super::*;
use crate::segment::{NONE, RawBlock};

/// A date shown near the headline: the first short block around the
/// first `<h1>` (block `h1`; the top of a page without one) that holds a date
/// ("August 16, 2019 - Updated July 9, 2025", "Dr. Ann Smith - Mar 27,
/// 2024"), else a short block whose class or id names a date, else a date
/// line anywhere.
///
/// A date in a comment section (a comment's "Posted by Ann | January 7,
/// 2008") dates the comment, not the page, and is never taken.
pub(super) fn visible_date(seg: &Segmented, h1: Option<usize>) -> Option<String> {
    near_headline(seg, h1)
        .map(|(_, b)| b)
        .filter(|b| may_date(b))
        .find_map(|b| normalize_date(&b.text))
        .or_else(|| {
            // A short block whose class or id names a date, anywhere.
            seg.blocks
                .iter()
                .filter(|b| may_date(b) && text::contains_ignore_ascii_case(&b.class_id, "date"))
                .find_map(|b| normalize_date(&b.text))
        })
        .or_else(|| {
            // A date line outside comment sections, of any length.
            seg.blocks
                .iter()
                .filter(|b| b.comment_anc == NONE && b.is_date_line())
                .find_map(|b| normalize_date(&b.text))
        })
}

/// The blocks around the first `<h1>` (the top of a page without one),
/// with their indexes: [`tuning::DATE_BLOCKS_BEFORE_TITLE`] before it to
/// [`tuning::DATE_BLOCKS_AFTER_TITLE`] after it.
fn near_headline(seg: &Segmented, h1: Option<usize>) -> impl Iterator<Item = (usize, &RawBlock)> {
    let from = h1
        .unwrap_or(0)
        .saturating_sub(tuning::DATE_BLOCKS_BEFORE_TITLE);
    seg.blocks
        .iter()
        .enumerate()
        .skip(from)
        .take(tuning::DATE_BLOCKS_BEFORE_TITLE + 1 + tuning::DATE_BLOCKS_AFTER_TITLE)
}

/// Whether a block may give the page's date: outside comment sections
/// (a comment's date is the comment's) and at most
/// [`tuning::DATE_BLOCK_MAX_WORDS`] words.
fn may_date(b: &RawBlock) -> bool {
    b.comment_anc == NONE && b.words <= tuning::DATE_BLOCK_MAX_WORDS
}

/// The date a short line near the headline shows alone ("August 25,
/// 2024", "Dec 18, 2025 · 3 min read"): the first date [`visible_date`]
/// finds around the first `<h1>`, when its block has at most
/// [`tuning::SHOWN_DATE_MAX_WORDS`] words, so that a sentence's date ("As
/// of July 31, 2025, the FDA has received") or a version in a title
/// ("2024.4.4 -> 2024.5.0 issue") is not taken for one; the search stops
/// at the first heading all link after the `<h1>` (a related story's
/// title over its date).
pub(super) fn shown_date(seg: &Segmented, h1: Option<usize>) -> Option<String> {
    let at = h1.unwrap_or(0);
    near_headline(seg, h1)
        // The headline's lines end at a linked heading after it: a date
        // under another page's title is that page's (a related story's).
        .take_while(|&(i, b)| i <= at || b.kind != BlockKind::Heading || b.link_words < b.words)
        .map(|(_, b)| b)
        .filter(|b| may_date(b))
        .find_map(|b| Some((b.words, normalize_date(&b.text)?)))
        .and_then(|(words, date)| (words <= tuning::SHOWN_DATE_MAX_WORDS).then_some(date))
}

/// The date a page gives as its first publication: a block outside comment
/// sections that says "originally published" ("This article was
/// originally published on 26 Sep 2019 at 4:12pm but has been regularly
/// updated"), read after those words.
pub(super) fn originally_published(seg: &Segmented) -> Option<String> {
    // "published" first: its `p` is rarer than the `o` of "originally".
    const CUE: &[u8] = b"published";
    const BEFORE: &[u8] = b"originally ";
    seg.blocks.iter().filter(|b| may_date(b)).find_map(|b| {
        let bytes = b.text.as_bytes();
        let mut from = 0;
        while let Some(at) = text::find_ci(bytes, from, CUE) {
            let after = at + CUE.len();
            if at >= BEFORE.len() && bytes[at - BEFORE.len()..at].eq_ignore_ascii_case(BEFORE) {
                return normalize_date(b.text.get(after..)?);
            }
            from = after;
        }
        None
    })
}

/// A line that opens with a label of the publication date, anywhere
/// outside comment sections: "Published August 13, 2025", "Posted on
/// December 18, 2025 Posted by John Scalzi 59 Comments"; the label makes
/// a longer line than [`shown_date`] takes a date line.
pub(super) const PUBLISHED_LABELS: &[&str] = &[
    "published on",
    "published:",
    "published",
    "date published:",
    "posted on",
];

/// The date of the first line that [`PUBLISHED_LABELS`] opens.
pub(super) fn labelled_published(seg: &Segmented) -> Option<String> {
    seg.blocks.iter().filter(|b| may_date(b)).find_map(|b| {
        let t = b.text.trim_start();
        let rest = PUBLISHED_LABELS
            .iter()
            .find(|l| text::starts_with_ignore_ascii_case(t, l))
            .map(|l| &t[l.len()..])?;
        normalize_date(rest)
    })
}

/// Month names in English, German, French, Spanish, Portuguese, Italian
/// and Dutch (and their common abbreviations: "ene", "ago", "dic"), by
/// number.
pub(super) const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("januar", 1),
    ("janvier", 1),
    ("ene", 1),
    ("gen", 1),
    ("enero", 1),
    ("janeiro", 1),
    ("gennaio", 1),
    ("januari", 1),
    ("february", 2),
    ("feb", 2),
    ("februar", 2),
    ("février", 2),
    ("fevrier", 2),
    ("febrero", 2),
    ("fevereiro", 2),
    ("fev", 2),
    ("febbraio", 2),
    ("februari", 2),
    ("march", 3),
    ("mar", 3),
    ("märz", 3),
    ("maerz", 3),
    ("mars", 3),
    ("marzo", 3),
    ("março", 3),
    ("maart", 3),
    ("mrz", 3),
    ("april", 4),
    ("apr", 4),
    ("avril", 4),
    ("abril", 4),
    ("aprile", 4),
    ("abr", 4),
    ("may", 5),
    ("mai", 5),
    ("mayo", 5),
    ("maio", 5),
    ("maggio", 5),
    ("mei", 5),
    ("june", 6),
    ("jun", 6),
    ("juni", 6),
    ("juin", 6),
    ("junio", 6),
    ("junho", 6),
    ("giugno", 6),
    ("giu", 6),
    ("july", 7),
    ("jul", 7),
    ("juli", 7),
    ("juillet", 7),
    ("julio", 7),
    ("julho", 7),
    ("luglio", 7),
    ("lug", 7),
    ("august", 8),
    ("aug", 8),
    ("août", 8),
    ("aout", 8),
    ("agosto", 8),
    ("augustus", 8),
    ("ago", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("septembre", 9),
    ("septiembre", 9),
    ("setembro", 9),
    ("settembre", 9),
    ("set", 9),
    ("october", 10),
    ("oct", 10),
    ("oktober", 10),
    ("octobre", 10),
    ("octubre", 10),
    ("outubro", 10),
    ("ottobre", 10),
    ("okt", 10),
    ("ott", 10),
    ("november", 11),
    ("nov", 11),
    ("novembre", 11),
    ("noviembre", 11),
    ("novembro", 11),
    ("december", 12),
    ("dec", 12),
    ("dezember", 12),
    ("décembre", 12),
    ("decembre", 12),
    ("diciembre", 12),
    ("dezembro", 12),
    ("dicembre", 12),
    ("dic", 12),
    ("dez", 12),
];

/// `2024-03-05`, `2024/03/05`, `2024.03.05`, and ISO 8601 date-times.
pub(super) static YMD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?:\b|T)").expect("valid regex")
});

/// `March 5, 2024`, `Mar. 5th 2024`, and glued to what follows (`Dec 17,
/// 2025Julian`).
pub(super) static MDY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)(?:\b|[A-Z])")
        .expect("valid regex")
});

/// `5 March 2024`, `5. März 2024`, `5 de marzo de 2024`, `04-ago-2021`.
pub(super) static DMY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(\d{1,2})(?:st|nd|rd|th|er|\.)?(?:\s+|-)(?:de\s+)?(\p{L}+)\.?,?(?:\s+|-)(?:de\s+)?((?:19|20)\d\d)(?:\b|[A-Z])")
        .expect("valid regex")
});

/// `2023 Jan 7`, `2024 June 30` (a citation's date).
pub(super) static Y_MON_D: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b((?:19|20)\d\d) ([A-Za-z]{3,9})\.? (\d{1,2})\b").expect("valid regex")
});

/// `05/03/2024`, `05.03.2024` or `11-29-2024`: read only when the day is known (one of
/// the two numbers is over 12), or both are the same.
pub(super) static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)\b").expect("valid regex")
});

pub(super) fn month(name: &str) -> Option<u32> {
    let name = name.to_lowercase();
    MONTHS.iter().find(|(m, _)| *m == name).map(|&(_, n)| n)
}

/// The month a word ends with when a label is glued to it
/// ("EditorialNovember", "PublishedMar"): a month name of three letters or
/// more that starts with a capital right after a lowercase letter.
fn glued_month(word: &str) -> Option<u32> {
    // The byte offset of the capital after a lowercase letter: a char
    // boundary, since it starts a char.
    let ((at, _), _) = word
        .char_indices()
        .zip(word.chars().skip(1))
        .find(|((_, a), b)| a.is_lowercase() && b.is_uppercase())?;
    let lower = word[at..].chars().next()?;
    let rest = &word[at + lower.len_utf8()..];
    month(rest).filter(|_| rest.chars().count() >= 3)
}

pub(super) fn ymd(y: &str, m: u32, d: &str) -> Option<String> {
    let (y, d): (u32, u32) = (y.parse().ok()?, d.parse().ok()?);
    ((1..=12).contains(&m) && (1..=days_in_month(y, m)).contains(&d))
        .then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// The days of month `m` (1–12) of year `y` in the Gregorian calendar:
/// February has 29 in a year divisible by 4, but not by 100 unless by 400.
pub(super) fn days_in_month(y: u32, m: u32) -> u32 {
    match m {
        2 if y.is_multiple_of(4) && (!y.is_multiple_of(100) || y.is_multiple_of(400)) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// A date in any of the common forms, as `YYYY-MM-DD`.
pub(crate) fn normalize_date(s: &str) -> Option<String> {
    let s = s.trim();
    // Every form has a year of the 1900s or 2000s: text without one (most
    // of the blocks looked at) skips the regexes.
    if s.len() > tuning::MAX_DATE_CHARS
        || !s.as_bytes().windows(2).any(|w| matches!(w, b"19" | b"20"))
    {
        return None;
    }
    if let Some(c) = YMD.captures(s) {
        return ymd(&c[1], c[2].parse().ok()?, &c[3]);
    }
    if let Some(c) = MDY.captures(s)
        && let Some(m) = month(&c[1]).or_else(|| glued_month(&c[1]))
    {
        return ymd(&c[3], m, &c[2]);
    }
    if let Some(c) = DMY.captures(s)
        && let Some(m) = month(&c[2])
    {
        return ymd(&c[3], m, &c[1]);
    }
    if let Some(c) = Y_MON_D.captures(s)
        && let Some(m) = month(&c[2])
    {
        return ymd(&c[1], m, &c[3]);
    }
    if let Some(c) = NUMERIC.captures(s) {
        let (a, b): (u32, u32) = (c[1].parse().ok()?, c[2].parse().ok()?);
        let (d, m) = if a > 12 || a == b {
            (a, b)
        } else if b > 12 {
            (b, a)
        } else {
            return None;
        };
        return ymd(&c[3], m, &d.to_string());
    }
    None
}

/// An ISO 8601 date-time as the page wrote it (`2024-03-05T09:30`,
/// `2024-03-05 09:30:00.5+0100`, `…Z`): date, time of day, fraction and
/// UTC offset, each checked.
static TIMESTAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^((?:19|20)[0-9][0-9])-([0-9][0-9])-([0-9][0-9])[t ]([0-9][0-9]):([0-9][0-9])(?::([0-9][0-9])(?:[.,]([0-9]{1,9})[0-9]*)?)?\s*(z|[+-][0-9][0-9](?::?[0-9][0-9])?)?$",
    )
    .expect("valid regex")
});

/// `s` as a timestamp, `YYYY-MM-DDTHH:MM:SS[.f][offset]` with the offset
/// as `Z` or `±HH:MM`: only a date-time the calendar and the clock have.
pub(super) fn timestamp(s: &str) -> Option<String> {
    let s = s.trim();
    if s.len() > tuning::MAX_DATE_CHARS {
        return None;
    }
    let c = TIMESTAMP.captures(s)?;
    let date = ymd(&c[1], c[2].parse().ok()?, &c[3])?;
    let num = |i: usize| c.get(i).map_or(Some(0), |m| m.as_str().parse::<u32>().ok());
    let (h, m, sec) = (num(4)?, num(5)?, num(6)?);
    // 24:00 and leap seconds are in ISO 8601 but no clock shows them.
    if h > 23 || m > 59 || sec > 59 {
        return None;
    }
    let mut out = format!("{date}T{h:02}:{m:02}:{sec:02}");
    if let Some(fraction) = c.get(7) {
        out.push('.');
        out.push_str(fraction.as_str());
    }
    match c.get(8).map(|o| o.as_str()) {
        None => {}
        Some("z" | "Z") => out.push('Z'),
        Some(offset) => {
            let digits: String = offset[1..].chars().filter(char::is_ascii_digit).collect();
            let (oh, om): (u32, u32) = (
                digits.get(..2)?.parse().ok()?,
                digits
                    .get(2..)
                    .filter(|d| !d.is_empty())
                    .map_or(Some(0), |d| d.parse().ok())?,
            );
            // Real offsets run from -12:00 to +14:00.
            if oh > 14 || om > 59 {
                return None;
            }
            out.push_str(&format!("{}{oh:02}:{om:02}", &offset[..1]));
        }
    }
    Some(out)
}

/// For a timestamp in UTC (`Z`, `+00:00`), the first of the page's
/// `<time>` values that is the same instant written with another offset:
/// the date the page's readers see, where UTC may have passed midnight.
pub(super) fn local_time(utc: &str, times: &[String]) -> Option<String> {
    let in_utc = |t: &str| t.ends_with('Z') || t.ends_with("+00:00") || t.ends_with("-00:00");
    if !in_utc(utc) {
        return None;
    }
    let instant = minutes(utc)?;
    times
        .iter()
        .filter_map(|t| timestamp(t))
        .filter(|t| !in_utc(t))
        .find(|t| minutes(t) == Some(instant) && t.get(..10) != utc.get(..10))
}

/// The days between two dates written `YYYY-MM-DD…`.
pub(super) fn days_apart(a: &str, b: &str) -> Option<i64> {
    let day = |d: &str| minutes(&format!("{}T00:00Z", d.get(..10)?));
    Some((day(a)? - day(b)?).abs() / 1440)
}

/// Minutes since 1970-01-01 00:00 UTC of a timestamp as [`timestamp`]
/// writes it; `None` without an offset (a local time of no known zone).
fn minutes(t: &str) -> Option<i64> {
    let num = |r: std::ops::Range<usize>| t.get(r)?.parse::<i64>().ok();
    let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (h, min) = (num(11..13)?, num(14..16)?);
    let offset = if t.ends_with('Z') {
        0
    } else {
        let o = t.get(t.len().checked_sub(6)?..)?;
        let sign = match o.as_bytes().first()? {
            b'+' => 1,
            b'-' => -1,
            _ => return None,
        };
        sign * (o.get(1..3)?.parse::<i64>().ok()? * 60 + o.get(4..6)?.parse::<i64>().ok()?)
    };
    // Days from the civil date (proleptic Gregorian), March-based year.
    let (y, m) = if m <= 2 { (y - 1, m + 9) } else { (y, m - 3) };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * m + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Some(days * 1440 + h * 60 + min - offset)
}

/// The first of `sources` that is a timestamp on `date`.
pub(super) fn timestamp_of(date: &str, sources: impl Iterator<Item = String>) -> Option<String> {
    sources
        .filter_map(|s| timestamp(&s))
        .find(|t| t.starts_with(date))
}
