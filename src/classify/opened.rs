//! Readers' comments that no class or id marks: a section opened by a
//! heading that names them ("Comments", "12 Comments", "Have your say",
//! "Comments are now closed for this story") after the article, on pages
//! whose template predates comment plugins (a `<div class="yvhd">Comments</div>`
//! over rows of `<p class="story">`).

use super::Decision;
use crate::model::{BlockKind, Label, Reason};
use crate::segment::{NONE, Segmented};
use crate::{text, tuning};

/// Relabels the content blocks of an unmarked comment section
/// [`Label::Comment`]: the section that the first line naming comments
/// ([`is_comments_heading`]) opens ([`opened_section`]), each comment the
/// section's child; the heading line itself is dropped. Nothing is done on
/// a thread (`thread`: its replies are the content) or on a page whose
/// comments were found by their mark.
pub(super) fn label_opened_comments(seg: &Segmented, thread: bool, decisions: &mut [Decision]) {
    if thread || decisions.iter().any(|d| d.label == Label::Comment) {
        return;
    }
    let Some((opener, section)) = opened_section(seg, decisions) else {
        return;
    };
    decisions[opener].label = Label::Boilerplate;
    decisions[opener].reason = Reason::Comment;
    for_kept_after(seg, decisions, opener, section, |owner, d| {
        // The comment: the section's child that holds the block (the
        // section itself for its own text).
        let mut item = owner;
        while item != section && seg.elems[item as usize].parent != section {
            item = seg.elems[item as usize].parent;
        }
        d.label = Label::Comment;
        d.reason = Reason::Comment;
        d.comment = item;
    });
}

/// The section that a comment heading opens: the first kept heading or
/// paragraph in the container, without links and not a table's row or cell
/// (a column's "Comments:"), that names comments, after at least
/// [`tuning::COMMENTS_HEADING_MIN_ARTICLE_WORDS`] kept words (a count of
/// comments under a headline opens nothing); and the nearest element around
/// it, at most [`tuning::COMMENTS_HEADING_MAX_DEPTH`] levels up, that holds
/// kept text after it. Gives the heading's block and the element.
fn opened_section(seg: &Segmented, decisions: &[Decision]) -> Option<(usize, u32)> {
    let mut before = 0;
    let mut opener = None;
    for (i, (b, d)) in seg.blocks.iter().zip(decisions).enumerate() {
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
            && b.words <= tuning::COMMENTS_HEADING_MAX_BLOCK_WORDS
            && b.owner != NONE
            && is_comments_heading(&b.text)
        {
            opener = Some(i);
            break;
        }
        before += b.words;
    }
    let opener = opener?;
    let kept_after = |e: u32| {
        let end = seg.elems[e as usize].end;
        seg.blocks[opener + 1..]
            .iter()
            .zip(&decisions[opener + 1..])
            .any(|(b, d)| d.label == Label::Content && (e..=end).contains(&b.owner))
    };
    let mut section = seg.blocks[opener].owner;
    for _ in 0..tuning::COMMENTS_HEADING_MAX_DEPTH {
        if kept_after(section) {
            return Some((opener, section));
        }
        section = seg.elems[section as usize].parent;
        if section == NONE {
            return None;
        }
    }
    kept_after(section).then_some((opener, section))
}

/// Calls `f` with the owner and the decision of each kept block after
/// `opener` inside `section`.
fn for_kept_after(
    seg: &Segmented,
    decisions: &mut [Decision],
    opener: usize,
    section: u32,
    mut f: impl FnMut(u32, &mut Decision),
) {
    let end = seg.elems[section as usize].end;
    for (b, d) in seg.blocks[opener + 1..]
        .iter()
        .zip(&mut decisions[opener + 1..])
    {
        if d.label == Label::Content && (section..=end).contains(&b.owner) {
            f(b.owner, d);
        }
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
    let words = text::key_words(text);
    let number = |w: &&str| w.bytes().all(|b| b.is_ascii_digit());
    let mut w: Vec<&str> = words.iter().map(String::as_str).collect();
    let counted = w.first().is_some_and(number);
    if counted {
        w.remove(0);
    }
    // "Comments (26)".
    if w.len() > 1 && w.last().is_some_and(number) {
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
