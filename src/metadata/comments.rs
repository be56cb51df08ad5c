//! The readers' comments as [`Comment`]s: the blocks labelled
//! [`Label::Comment`], grouped by the comment they belong to, with the
//! author and date their first line gives.

use std::collections::HashMap;

use super::author::{BY_PREFIXES, by_stems, clean_author};
use super::dates::normalize_date;
use crate::model::{Block, Comment, Label};
use crate::tuning;

/// The page's comments in page order. `items[i]` is the comment of
/// `blocks[i]` (any value for a block that is not a comment).
pub(crate) fn comments(blocks: &[Block], items: &[u32]) -> Vec<Comment> {
    let mut order: Vec<Vec<&Block>> = Vec::new();
    let mut index: HashMap<u32, usize> = HashMap::new();
    for (b, &item) in blocks.iter().zip(items) {
        if b.label != Label::Comment {
            continue;
        }
        let at = *index.entry(item).or_insert_with(|| {
            order.push(Vec::new());
            order.len() - 1
        });
        order[at].push(b);
    }
    order.into_iter().map(|parts| comment(&parts)).collect()
}

/// One comment from its blocks. Its head is the run of short blocks at
/// its start, before the last, that give a date or read as a name line
/// (links, or a colon at the end): the author is the first head block's
/// name, the date the first the head gives. A comment without a head may
/// have a footer instead: a short last block that links or dates; one
/// whose head gives no date may have a footer that dates it.
fn comment(parts: &[&Block]) -> Comment {
    let short = |b: &Block| b.features.words <= tuning::COMMENT_HEAD_MAX_WORDS;
    let date_of = |b: &Block| {
        if short(b) {
            b.text.lines().find_map(normalize_date)
        } else {
            None
        }
    };
    // The date of each block that may be part of the head, read once.
    let mut dates = Vec::new();
    for b in parts[..parts.len() - 1]
        .iter()
        .take(tuning::COMMENT_HEAD_MAX_BLOCKS)
    {
        let date = date_of(b);
        let heads = short(b)
            && (b.features.link_words > 0 || b.text.trim_end().ends_with(':') || date.is_some());
        if !heads {
            break;
        }
        dates.push(date);
    }
    let head = dates.len();
    let last = parts[parts.len() - 1];
    let mut author = parts[..head].iter().find_map(|b| author_of(&b.text));
    let mut date = dates.into_iter().flatten().next();
    let mut end = parts.len();
    // A footer, a short last block after the text, where the head gives no
    // date: without a head, one that links or dates names the author and
    // the date ("Posted by: Tomas | July 3, 2024"); under a head, one that
    // dates gives the date (Blogger's "Ann said...", the text, the time).
    if date.is_none() && end > head + 1 && short(last) {
        let footer_date = date_of(last);
        let links = head == 0 && last.features.link_words > 0;
        if links || footer_date.is_some() {
            if head == 0 {
                author = author_of(&last.text);
            }
            date = footer_date;
            end -= 1;
        }
    }
    let mut text = joined(&parts[head..end]);
    // A footer inside the comment's last block, after its text ("…the
    // bell.\nPosted by Ann on January 10, 2008 5:58 PM\nReport this
    // comment"), where nothing else dated it.
    if date.is_none()
        && let Some((at, line)) = footer_line(&text)
    {
        date = normalize_date(line);
        if author.is_none() {
            author = author_of(line);
        }
        text.truncate(at);
        text.truncate(text.trim_end().len());
    }
    Comment { author, date, text }
}

/// The footer line at the end of a comment's text: one of the last
/// [`tuning::COMMENT_FOOTER_LINES`] lines, after at least one line of text,
/// of at most [`tuning::COMMENT_HEAD_MAX_WORDS`] words, that opens with a
/// byline's prefix ("Posted by", "Posted by:", "By") and dates the
/// comment. Gives the line's byte offset and the line; what follows it (a
/// "Report this comment" link) goes with it.
fn footer_line(text: &str) -> Option<(usize, &str)> {
    let mut end = text.len();
    for _ in 0..tuning::COMMENT_FOOTER_LINES {
        let start = text[..end].rfind('\n').map_or(0, |i| i + 1);
        if start == 0 {
            return None;
        }
        let line = text[start..end].trim();
        let words = line.split_whitespace().count();
        // "Posted by Ann", "Posted by: Ann", "By Ann".
        let signed = by_stems().any(|stem| {
            crate::text::starts_with_ignore_ascii_case(line, stem)
                && line[stem.len()..].starts_with([' ', ':'])
        });
        if words > 0
            && words <= tuning::COMMENT_HEAD_MAX_WORDS as usize
            && signed
            && normalize_date(line).is_some()
        {
            return Some((start, line));
        }
        end = start - 1;
    }
    None
}

/// The blocks' texts, a blank line between two.
fn joined(blocks: &[&Block]) -> String {
    blocks
        .iter()
        .map(|b| b.text.as_str())
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// The name on a comment's author line: its first line, cut at the first
/// digit (a date, a time), less a trailing "says:" ("said", "wrote",
/// "writes", "on"), separators, an ellipsis (Blogger's "Ann said...") and
/// a "Posted by:".
fn author_of(line: &str) -> Option<String> {
    let line = line.lines().next()?;
    let cut = line
        .find(|c: char| c.is_ascii_digit())
        .unwrap_or(line.len());
    let mut name = line[..cut].trim_end();
    loop {
        let trimmed = name.trim_end_matches(|c: char| {
            c.is_whitespace()
                || matches!(c, ':' | ',' | '|' | '-' | '·' | '•' | '–' | '—' | '@' | '…')
                || c == '.' && name.ends_with("...")
        });
        let word_start = trimmed
            .char_indices()
            .rfind(|(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8());
        let last = &trimmed[word_start..];
        if word_start > 0
            && tuning::COMMENT_VERBS
                .iter()
                .any(|v| last.eq_ignore_ascii_case(v))
        {
            name = &trimmed[..word_start];
        } else {
            name = trimmed;
            break;
        }
    }
    // "Posted by: Tomas": the prefix with a colon, which `clean_author`
    // does not know.
    let lower = name.to_ascii_lowercase();
    for prefix in BY_PREFIXES {
        let stem = prefix.trim_end();
        if let Some(rest) = lower.strip_prefix(stem)
            && rest.starts_with(':')
        {
            // ASCII lower-casing keeps every byte offset.
            name = &name[stem.len() + 1..];
            break;
        }
    }
    clean_author(name)
}

#[cfg(test)]
mod tests {
    use super::{author_of, footer_line};

    #[test]
    fn a_footer_line_signs_and_dates_the_text_above_it() {
        let text =
            "I will miss the bell.\nPosted by Ann on January 10, 2008 5:58 PM\nReport this comment";
        let (at, line) = footer_line(text).unwrap();
        assert_eq!(&text[..at], "I will miss the bell.\n");
        assert_eq!(line, "Posted by Ann on January 10, 2008 5:58 PM");
        assert_eq!(author_of(line).as_deref(), Some("Ann"));
        let colon = "Agreed.\nPosted by: Tomas | July 3, 2024 at 07:40 AM";
        assert!(footer_line(colon).is_some());
        for text in [
            // The only line, a line without a date, a name after "By"
            // that is a word ("Byron"), a line too long to be a footer.
            "Posted by Ann on January 10, 2008",
            "I will miss the bell.\nPosted by Ann",
            "I will miss the bell.\nByron wrote this on January 10, 2008",
            "Text.\nBy the time the ferry stopped on January 10, 2008 the town had \
             already voted twice on the bridge and once on the tolls",
        ] {
            assert!(footer_line(text).is_none(), "{text}");
        }
    }

    #[test]
    fn author_lines_lose_their_verbs_dates_and_separators() {
        for (line, name) in [
            (
                "Narayan Chabbi Says:\n23 October 2012 at 8:38 pm",
                Some("Narayan Chabbi"),
            ),
            ("harkol says:", Some("harkol")),
            ("Jane Doe on March 3, 2012 at 5:01 pm", Some("Jane Doe")),
            ("Jane Doe | 12 replies", Some("Jane Doe")),
            ("Bob wrote:", Some("Bob")),
            ("Maud said...", Some("Maud")),
            ("Maud said…", Some("Maud")),
            ("Ann Lee Jr.", Some("Ann Lee Jr.")),
            ("Posted by: Tomas | July 3, 2024 at 07:40 AM", Some("Tomas")),
            ("Zoë\u{3000}says:", Some("Zoë")),
            ("2012-03-03", None),
            ("", None),
        ] {
            assert_eq!(author_of(line).as_deref(), name, "{line:?}");
        }
    }
}
