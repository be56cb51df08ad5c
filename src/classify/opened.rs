//! Readers' comments that no class or id marks: a section opened by a
//! heading that names them ("Comments", "12 Comments", "Have your say",
//! "Comments are now closed for this story") after the article, on pages
//! whose template predates comment plugins (a `<div class="yvhd">Comments</div>`
//! over rows of `<p class="story">`).

use super::Decision;
use crate::model::{BlockKind, Label, Reason};
use crate::segment::{NONE, Segmented};
use crate::tuning;

/// Relabels the content blocks of an unmarked comment section
/// [`Label::Comment`]: the blocks after the first kept heading or
/// paragraph, without links and not a table's row or cell (a column's
/// "Comments:"), that names comments ([`is_comments_heading`]) inside the
/// nearest element around it, at most
/// [`tuning::COMMENTS_HEADING_MAX_DEPTH`] levels up, that holds more kept
/// text; each comment is that element's child. The heading line itself is dropped. Nothing is done on a thread
/// (`thread`: its replies are the content), on a page whose comments were
/// found by their mark, or when less than
/// [`tuning::COMMENTS_HEADING_MIN_ARTICLE_WORDS`] kept words come before
/// the heading (a count of comments under a headline is no section).
pub(super) fn label_opened_comments(seg: &Segmented, thread: bool, decisions: &mut [Decision]) {
    if thread || decisions.iter().any(|d| d.label == Label::Comment) {
        return;
    }
    let mut before = 0;
    let mut opener = None;
    for (i, (b, d)) in seg.blocks.iter().zip(decisions.iter()).enumerate() {
        if d.label != Label::Content || !d.in_main {
            continue;
        }
        if before >= tuning::COMMENTS_HEADING_MIN_ARTICLE_WORDS
            && matches!(
                b.kind,
                BlockKind::Heading | BlockKind::Paragraph | BlockKind::TableCell
            )
            && !in_table_row(&b.tag_path)
            && b.link_words == 0
            && b.owner != NONE
            && is_comments_heading(&b.text)
        {
            opener = Some(i);
            break;
        }
        before += b.words;
    }
    let Some(opener) = opener else {
        return;
    };
    let kept_after = |lo: u32, hi: u32| {
        seg.blocks[opener + 1..]
            .iter()
            .zip(&decisions[opener + 1..])
            .any(|(b, d)| d.label == Label::Content && (lo..=hi).contains(&b.owner))
    };
    // The section: the nearest element around the heading that holds kept
    // text after it, a few levels up at most (a table's "Comments:" column
    // heading is a row in a table of its own).
    let mut section = seg.blocks[opener].owner;
    for _ in 0..=tuning::COMMENTS_HEADING_MAX_DEPTH {
        if section == NONE || kept_after(section, seg.elems[section as usize].end) {
            break;
        }
        section = seg.elems[section as usize].parent;
    }
    if section == NONE || !kept_after(section, seg.elems[section as usize].end) {
        return;
    }
    let end = seg.elems[section as usize].end;
    decisions[opener].label = Label::Boilerplate;
    decisions[opener].reason = Reason::Comment;
    for (b, d) in seg.blocks[opener + 1..]
        .iter()
        .zip(&mut decisions[opener + 1..])
    {
        if d.label != Label::Content || !(section..=end).contains(&b.owner) {
            continue;
        }
        // The comment: the section's child that holds the block (the
        // section itself for its own text).
        let mut item = b.owner;
        while item != section && seg.elems[item as usize].parent != section {
            item = seg.elems[item as usize].parent;
        }
        d.label = Label::Comment;
        d.reason = Reason::Comment;
        d.comment = item;
    }
}

/// Whether a block's own element is a table's row or cell: a column's
/// "Comments:" heads its cells, not a section.
fn in_table_row(tag_path: &str) -> bool {
    matches!(tag_path.rsplit('>').next(), Some("tr" | "td" | "th"))
}

/// Whether a line is the heading of a comment section: "Comments",
/// "12 comments", "Comments (26)", "Readers' comments", "Comments are now
/// closed for this story", "Have your say", "92 Responses to “Depth”",
/// "3 thoughts on …", "Reader feedback", "Add your comment".
fn is_comments_heading(text: &str) -> bool {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let number = |w: &String| w.chars().all(|c| c.is_ascii_digit());
    let counted = words.first().is_some_and(number);
    let mut w: Vec<&str> = words.iter().map(String::as_str).collect();
    if counted {
        w.remove(0);
    }
    // "Comments (26)".
    if w.len() > 1
        && w.last()
            .is_some_and(|l| l.chars().all(|c| c.is_ascii_digit()))
    {
        w.pop();
    }
    match w.as_slice() {
        ["comment" | "comments"] => true,
        [
            "reader" | "readers" | "user" | "your" | "visitor",
            "comments",
        ] => true,
        ["reader", "feedback" | "reactions"] => true,
        ["comments", "are", "closed", ..] | ["comments", "are", "now", "closed", ..] => {
            w.len() <= tuning::COMMENTS_HEADING_MAX_WORDS
        }
        ["have", "your", "say", ..] | ["add", "your" | "a", "comment" | "comments", ..] => {
            w.len() <= tuning::COMMENTS_HEADING_MAX_WORDS
        }
        // "92 Responses to …", "12 comments on …", "3 thoughts on …": the
        // count is what says that this is the section's heading.
        [
            "responses" | "comments" | "thoughts" | "response" | "comment" | "thought",
            "to" | "on",
            ..,
        ] => counted,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::is_comments_heading;

    #[test]
    fn comment_section_headings() {
        for line in [
            "Comments",
            "12 Comments",
            "Comments (26)",
            "Comments:",
            "Readers' comments",
            "Reader Feedback:",
            "Comments are now closed for this story",
            "Have your say",
            "HAVE YOUR SAY",
            "Add your comment",
            "92 Responses to \"Depth Composition\"",
            "3 thoughts on “A walk in the park”",
        ] {
            assert!(is_comments_heading(line), "{line}");
        }
        for line in [
            "Responses to the consultation",
            "Comments on the draft budget were due by Friday",
            "No comment",
            "Comment and analysis",
            "Discussion",
            "12 replies",
            "Leave a reply",
            "",
        ] {
            assert!(!is_comments_heading(line), "{line}");
        }
    }
}
