//! Readers' comments: the blocks of the repeated items of a section whose
//! class or id marks comments, which the first labels dropped as
//! boilerplate. The section's own headings ("12 responses"), its reply
//! form and the bare links after an item's text ("Reply", "Report") stay
//! boilerplate. Items are the section's elements marked as comments that
//! repeat or carry a comment's identifier (`id="comment-309282"`), or
//! where none does, the children of one shape found below the section's
//! wrappers ([`unmarked_items`]).

use std::collections::HashMap;
use std::hash::Hash;

use super::Decision;
use super::container::{blocks_per_subtree, children, plain_words_per_subtree};
use crate::model::{Label, Reason};
use crate::segment::{NONE, Segmented};
use crate::{text, tuning};

/// Relabels the comment blocks among the dropped ones [`Label::Comment`],
/// each with its item (the comment's element) in [`Decision::comment`].
pub(super) fn label_comments(seg: &Segmented, items: &Items, decisions: &mut [Decision]) {
    if items.item.is_empty() {
        return;
    }
    let mut last_item = NONE;
    // Whether the item has shown a block with plain words yet.
    let mut spoke = false;
    for (b, d) in seg.blocks.iter().zip(decisions.iter_mut()) {
        if b.comment_anc == NONE || b.owner == NONE || b.words == 0 {
            continue;
        }
        let owner = b.owner as usize;
        let item = items.item[owner];
        // An unmarked item is taken for a comment only in the container: a
        // sidebar's list of recent comments is not the page's.
        if item == NONE || items.form[owner] || items.unmarked[item as usize] && !d.in_main {
            continue;
        }
        if item != last_item {
            last_item = item;
            spoke = false;
        }
        // Links before the comment's text are its author line; after it,
        // its controls ("Reply"), unless they date it.
        let controls = spoke && b.link_words == b.words && !text::is_dateline(&b.text);
        spoke |= b.link_words < b.words;
        let dropped = d.label == Label::Boilerplate
            && matches!(
                d.reason,
                Reason::ClassHint | Reason::OutsideMain | Reason::LinkDense
            );
        // A count or a score ("12", "+3") says nothing by itself; a date
        // ("10/31/2012") says when the comment was written.
        let words = b.text.chars().any(char::is_alphabetic) || text::is_dateline(&b.text);
        if dropped && !controls && words {
            d.label = Label::Comment;
            d.reason = Reason::Comment;
            d.comment = item;
        }
    }
}

/// Per element, in pre-order: its comment item and whether it is in a
/// section's reply form. Empty on a page without comment sections.
pub(super) struct Items {
    /// The innermost comment-marked element at or above it that repeats:
    /// one of several siblings of its shape, or nested in one of its shape
    /// (a reply in a comment; both are items). [`NONE`] outside any item.
    item: Vec<u32>,
    form: Vec<bool>,
    /// The item is one of [`unmarked_items`].
    unmarked: Vec<bool>,
    /// The outermost comment-marked element at or above each element.
    section: Vec<u32>,
    /// Per element, for a section's outermost element: whether the
    /// section holds an item.
    with_items: Vec<bool>,
}

impl Items {
    pub(super) fn new(seg: &Segmented) -> Items {
        if seg.blocks.iter().all(|b| b.comment_anc == NONE) {
            return Items {
                item: Vec::new(),
                form: Vec::new(),
                unmarked: Vec::new(),
                section: Vec::new(),
                with_items: Vec::new(),
            };
        }
        let n = seg.elems.len();
        // The outermost comment-marked element at or above each element.
        let mut section = vec![NONE; n];
        let mut form = vec![false; n];
        // The nearest comment-marked element above each element.
        let mut marked_above = vec![NONE; n];
        let mut shapes: HashMap<(u32, u32), u32> = HashMap::new();
        // Per shape, the sections of that shape (outermost marked elements).
        let mut sections: HashMap<u32, u32> = HashMap::new();
        for (e, el) in seg.elems.iter().enumerate() {
            let (above, form_above) = match el.parent {
                NONE => (NONE, false),
                p => (section[p as usize], form[p as usize]),
            };
            section[e] = match above {
                NONE if el.comment => e as u32,
                s => s,
            };
            form[e] = section[e] != NONE && (form_above || el.form);
            if above != NONE {
                let p = el.parent as usize;
                marked_above[e] = if seg.elems[p].comment {
                    el.parent
                } else {
                    marked_above[p]
                };
            }
            if section[e] != NONE && el.comment {
                *shapes.entry((el.parent, el.shape)).or_default() += 1;
            }
            if section[e] == e as u32 {
                *sections.entry(el.shape).or_default() += 1;
            }
        }
        let plain = plain_words_per_subtree(seg);
        let mut repeats = marked_items(seg, &section, &marked_above, &shapes, &plain);
        let mut unmarked = unmarked_items(seg, &section, &mut repeats);
        scattered_items(
            seg,
            &section,
            &sections,
            &plain,
            &mut repeats,
            &mut unmarked,
        );
        let mut item = vec![NONE; n];
        for (e, el) in seg.elems.iter().enumerate() {
            let above = match el.parent {
                NONE => NONE,
                p => item[p as usize],
            };
            item[e] = if repeats[e] { e as u32 } else { above };
        }
        let mut with_items = vec![false; n];
        for (e, &s) in section.iter().enumerate() {
            if s != NONE && item[e] != NONE {
                with_items[s as usize] = true;
            }
        }
        Items {
            item,
            form,
            unmarked,
            section,
            with_items,
        }
    }

    /// Whether the element is in a comment section that holds items
    /// (comments found by their mark or their shape).
    pub(super) fn in_section_with_items(&self, e: u32) -> bool {
        e != NONE
            && self
                .section
                .get(e as usize)
                .is_some_and(|&s| s != NONE && self.with_items[s as usize])
    }
}

/// The comment-marked elements that are items, per element. An item
/// repeats: one of several siblings of its shape (`shapes`, per parent and
/// shape), or nested in a comment-marked element of its shape (a reply in
/// a comment), which is an item too unless it is the section itself; or
/// one of several of its shape that say something under the same nearest
/// marked element (a reply that a list nests in an unmarked `<ul
/// class="children">` beside its comment); or it carries a comment's own
/// identifier, alone or not.
fn marked_items(
    seg: &Segmented,
    section: &[u32],
    marked_above: &[u32],
    shapes: &HashMap<(u32, u32), u32>,
    plain: &[u32],
) -> Vec<bool> {
    let speaks = |e: usize| plain[e] >= tuning::COMMENT_ITEM_MIN_WORDS;
    let speaking = tally(
        (0..seg.elems.len()).filter(|&e| {
            section[e] != NONE && section[e] != e as u32 && seg.elems[e].comment && speaks(e)
        }),
        |e| (marked_above[e], seg.elems[e].shape),
    );
    let count = |map: &HashMap<(u32, u32), u32>, key| map.get(&key).copied().unwrap_or(0);
    let mut repeats = vec![false; seg.elems.len()];
    for (e, el) in seg.elems.iter().enumerate() {
        if el.parent == NONE || section[e] == NONE || !el.comment {
            continue;
        }
        let cousins = section[e] != e as u32
            && speaks(e)
            && count(&speaking, (marked_above[e], el.shape)) > 1;
        if el.comment_id || cousins || count(shapes, (el.parent, el.shape)) > 1 {
            repeats[e] = true;
        }
        let mut up = marked_above[e];
        for _ in 0..tuning::COMMENT_NESTING_LOOKUP {
            if up == NONE {
                break;
            }
            // A section is no comment of its own items: a `<div
            // id="comments">` around a `<div id="atp-comments">`, both
            // without a class, is one section inside another.
            if seg.elems[up as usize].shape == el.shape && section[up as usize] != up {
                repeats[e] = true;
                repeats[up as usize] = true;
                break;
            }
            up = marked_above[up as usize];
        }
    }
    repeats
}

/// Sections of one shape scattered over the page, each in a box of its
/// own (a template that wraps every comment in a table): items when at
/// least [`tuning::COMMENT_SCATTERED_ITEMS`] of them say something in
/// words outside links (a list of "12 comments" links, a sidebar's recent
/// topics are not comments). Like [`unmarked_items`], taken in the main
/// container only.
fn scattered_items(
    seg: &Segmented,
    section: &[u32],
    sections: &HashMap<u32, u32>,
    plain: &[u32],
    repeats: &mut [bool],
    unmarked: &mut [bool],
) {
    let frequent: Vec<usize> = (0..seg.elems.len())
        .filter(|&e| {
            section[e] == e as u32
                && !repeats[e]
                && sections.get(&seg.elems[e].shape).copied().unwrap_or(0)
                    >= tuning::COMMENT_SCATTERED_ITEMS
        })
        .collect();
    if frequent.is_empty() {
        return;
    }
    let speaking = tally(
        frequent
            .iter()
            .copied()
            .filter(|&e| plain[e] >= tuning::COMMENT_ITEM_MIN_WORDS),
        |e| seg.elems[e].shape,
    );
    for e in frequent {
        let shape = seg.elems[e].shape;
        if speaking.get(&shape).copied().unwrap_or(0) >= tuning::COMMENT_SCATTERED_ITEMS {
            repeats[e] = true;
            unmarked[e] = true;
        }
    }
}

/// The items of a comment section whose comments carry no mark of their
/// own (a `<dl class="comments">` of `<dt>` and `<dd>`, rows `coms_mid`
/// and `coms_mid_alt` under `comment_tpl`): the children holding blocks
/// whose shape repeats among them, at the first element, going down from
/// the section through its child with the most blocks, that has such
/// children. Sections with a repeating marked element keep those as their
/// items.
fn unmarked_items(seg: &Segmented, section: &[u32], repeats: &mut [bool]) -> Vec<bool> {
    let mut unmarked = vec![false; seg.elems.len()];
    let mut blocks: Option<Vec<u32>> = None;
    let mut e = 0;
    while e < seg.elems.len() {
        let end = seg.elems[e].end as usize;
        if section[e] != e as u32 || repeats[e..=end].iter().any(|&r| r) {
            e += 1;
            continue;
        }
        let blocks = blocks.get_or_insert_with(|| blocks_per_subtree(seg));
        let mut at = e as u32;
        // One path down: each element's children are read once.
        loop {
            let kids: Vec<u32> = children(seg, at)
                .filter(|&c| blocks[c as usize] > 0)
                .collect();
            let shapes = tally(kids.iter().map(|&c| c as usize), |c| seg.elems[c].shape);
            let mut found = false;
            for &c in &kids {
                if shapes[&seg.elems[c as usize].shape] > 1 {
                    repeats[c as usize] = true;
                    unmarked[c as usize] = true;
                    found = true;
                }
            }
            match kids.iter().max_by_key(|&&c| blocks[c as usize]) {
                Some(&widest) if !found => at = widest,
                _ => break,
            }
        }
        // Nothing in this section is a section of its own.
        e = end + 1;
    }
    unmarked
}

/// How many of the elements `elems` share each `key`.
fn tally<K: Eq + Hash>(
    elems: impl IntoIterator<Item = usize>,
    key: impl Fn(usize) -> K,
) -> HashMap<K, u32> {
    let mut counts = HashMap::new();
    for e in elems {
        *counts.entry(key(e)).or_default() += 1;
    }
    counts
}
