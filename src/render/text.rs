//! Plain text: a block a paragraph, separated by blank lines; consecutive
//! list items and table rows by a single line break.

use super::{Options, content_groups};
use crate::model::Block;

/// Renders the content blocks of `blocks` as plain text, then, with
/// `comments`, the comments' blocks: the renderers' groups, a blank line
/// between two, a line break between the items of a list or the rows of a
/// table.
pub(crate) fn render(blocks: &[Block], comments: bool) -> String {
    let opts = Options {
        comments,
        ..Options::default()
    };
    let mut out = String::new();
    for group in content_groups(blocks, opts) {
        for (i, b) in group.iter().enumerate() {
            if i > 0 {
                out.push('\n');
            } else if !out.is_empty() {
                out.push_str("\n\n");
            }
            out.push_str(&b.text);
        }
    }
    out
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
