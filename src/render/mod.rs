//! Renderers over the kept blocks.

pub(crate) mod html;
pub(crate) mod inline;
pub(crate) mod markdown;
pub(crate) mod text;

use crate::model::{Block, BlockKind, Label, Reason};

/// How the markdown and HTML renderers write links and images: whether at
/// all, the base URL their targets are resolved against, and the targets.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Options<'a> {
    pub(crate) links: bool,
    pub(crate) images: bool,
    /// The comments are rendered after the main content.
    pub(crate) comments: bool,
    pub(crate) base: Option<&'a url::Url>,
    /// The page's link targets, which link spans point into.
    pub(crate) hrefs: &'a str,
}

/// Per list item of a run: its nesting level (0 outermost) and whether it
/// continues an ordered list at that level. Levels come from the items'
/// list depths, as a stack: an item shallower than all before it (a
/// `<dd>` after an `<ol>`) starts again at the left, and a level is at
/// most one deeper than the item before.
pub(crate) fn list_levels(items: &[&Block]) -> Vec<(usize, bool)> {
    // Per open level: its list depth, and whether its last item was ordered.
    let mut levels: Vec<(u8, bool)> = Vec::new();
    items
        .iter()
        .map(|b| {
            let depth = b.list.depth;
            while levels.last().is_some_and(|&(d, _)| d > depth) {
                levels.pop();
            }
            let continues = match levels.last_mut() {
                Some((d, ordered)) if *d == depth => std::mem::replace(ordered, b.list.ordered),
                _ => {
                    levels.push((depth, b.list.ordered));
                    false
                }
            };
            (levels.len() - 1, continues)
        })
        .collect()
}

/// The content blocks of `blocks` in the groups a renderer writes: a run
/// of list items (one list, nested by depth), a run of table rows (one
/// table), or a single block. With images on, a figure's caption that was
/// dropped inside the main content is a group too, for its images alone
/// (see [`figure_images`]). With comments on, the comments' blocks follow
/// in groups of their own.
pub(crate) fn content_groups<'b>(blocks: &'b [Block], opts: Options) -> Vec<Vec<&'b Block>> {
    let mut groups = Vec::new();
    let content = blocks
        .iter()
        .filter(|b| b.is_content() || figure_images(b, opts));
    push_groups(&mut groups, content);
    if opts.comments {
        // A new run: a list of comments does not continue the content's.
        push_groups(
            &mut groups,
            blocks.iter().filter(|b| b.label == Label::Comment),
        );
    }
    groups
}

/// Appends `blocks` to `groups` as runs: list items and table rows with
/// their own kind, other blocks alone.
fn push_groups<'b>(groups: &mut Vec<Vec<&'b Block>>, blocks: impl Iterator<Item = &'b Block>) {
    let start = groups.len();
    for b in blocks {
        let runs = matches!(b.kind, BlockKind::ListItem | BlockKind::TableCell);
        let open = groups.len() > start;
        match groups.last_mut() {
            Some(g) if open && runs && g[0].kind == b.kind => g.push(b),
            _ => groups.push(vec![b]),
        }
    }
}

/// Whether `b` is a dropped figure caption inside the main content whose
/// images are kept: the text of a caption is left out, its figure's
/// image is not.
pub(crate) fn figure_images(b: &Block, opts: Options) -> bool {
    opts.images
        && !b.is_content()
        && b.reason == Reason::FigureCaption
        && b.features.in_main
        // An image the renderers write: one whose source resolved (an
        // `<img src=" https://a b/ ">` did not, and a figure of it alone
        // would be an empty paragraph).
        && inline::images(b, opts).next().is_some()
}

/// A table row's cells as byte ranges of its text: from its cell spans,
/// else the whole row as one cell.
pub(crate) fn cell_ranges(row: &Block) -> Vec<(usize, usize)> {
    let cells: Vec<(usize, usize)> = row
        .spans
        .iter()
        .filter(|s| s.kind == crate::model::SpanKind::Cell)
        .map(|s| (s.start, s.end))
        .collect();
    if cells.is_empty() {
        vec![(0, row.text.len())]
    } else {
        cells
    }
}
