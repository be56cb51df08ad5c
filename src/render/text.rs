//! Plain text: a block a paragraph, separated by blank lines; consecutive
//! list items and table rows by a single line break.

use crate::model::{Block, BlockKind, Label};

/// Renders the content blocks of `blocks` as plain text, then, with
/// `comments`, the comments' blocks.
pub(crate) fn render(blocks: &[Block], comments: bool) -> String {
    let mut out = String::new();
    write(&mut out, blocks.iter().filter(|b| b.is_content()));
    if comments {
        write(
            &mut out,
            blocks.iter().filter(|b| b.label == Label::Comment),
        );
    }
    out
}

/// Appends `blocks` to `out`, after a blank line if `out` has text.
fn write<'b>(out: &mut String, blocks: impl Iterator<Item = &'b Block>) {
    let mut prev: Option<BlockKind> = None;
    for b in blocks {
        if prev.is_none() && !out.is_empty() {
            out.push_str("\n\n");
        }
        if let Some(p) = prev {
            let tight = p == b.kind && matches!(b.kind, BlockKind::ListItem | BlockKind::TableCell);
            out.push_str(if tight { "\n" } else { "\n\n" });
        }
        out.push_str(&b.text);
        prev = Some(b.kind);
    }
}

#[cfg(test)]
mod tests {
    use crate::extract;

    #[test]
    fn list_items_are_tight_paragraphs_are_not() {
        let doc = extract("<p>Intro.</p><ul><li>one</li><li>two</li></ul><p>End.</p>").unwrap();
        assert_eq!(doc.text(), "Intro.\n\none\ntwo\n\nEnd.");
    }
}
