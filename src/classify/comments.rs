//! Readers' comments: the blocks of the repeated items of a section whose
//! class or id marks comments, which the first labels dropped as
//! boilerplate. The section's own headings ("12 responses"), its reply
//! form and the bare links after an item's text ("Reply", "Report") stay
//! boilerplate.

use std::collections::HashMap;

use super::Decision;
use crate::model::{Label, Reason};
use crate::segment::{NONE, Segmented};
use crate::{text, tuning};

/// Relabels the comment blocks among the dropped ones [`Label::Comment`],
/// each with its item (the comment's element) in [`Decision::comment`].
pub(super) fn label_comments(seg: &Segmented, decisions: &mut [Decision]) {
    if seg.blocks.iter().all(|b| b.comment_anc == NONE) {
        return;
    }
    let items = Items::new(seg);
    let mut last_item = NONE;
    // Whether the item has shown a block with plain words yet.
    let mut spoke = false;
    for (b, d) in seg.blocks.iter().zip(decisions.iter_mut()) {
        if b.comment_anc == NONE || b.owner == NONE || b.words == 0 {
            continue;
        }
        let owner = b.owner as usize;
        let item = items.item[owner];
        if item == NONE || items.form[owner] {
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
        // A count or a score ("12", "+3") says nothing by itself.
        let words = b.text.chars().any(char::is_alphabetic);
        if dropped && !controls && words {
            d.label = Label::Comment;
            d.reason = Reason::Comment;
            d.comment = item;
        }
    }
}

/// Per element, in pre-order: its comment item and whether it is in a
/// section's reply form.
struct Items {
    /// The innermost comment-marked element at or above it that repeats:
    /// one of several siblings of its shape, or nested in one of its shape
    /// (a reply in a comment; both are items). [`NONE`] outside any item.
    item: Vec<u32>,
    form: Vec<bool>,
}

impl Items {
    fn new(seg: &Segmented) -> Items {
        let n = seg.elems.len();
        // The outermost comment-marked element at or above each element.
        let mut section = vec![NONE; n];
        let mut form = vec![false; n];
        let mut shapes: HashMap<(u32, u32), u32> = HashMap::new();
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
            if section[e] != NONE && el.comment {
                *shapes.entry((el.parent, el.shape)).or_default() += 1;
            }
        }
        // An item repeats: one of several siblings of its shape, or nested
        // in a comment-marked element of its shape (a reply in a comment),
        // which is an item too.
        let mut repeats = vec![false; n];
        // The nearest comment-marked element above each element.
        let mut marked_above = vec![NONE; n];
        for (e, el) in seg.elems.iter().enumerate() {
            if el.parent == NONE || section[e] == NONE {
                continue;
            }
            let p = el.parent as usize;
            marked_above[e] = if seg.elems[p].comment {
                el.parent
            } else {
                marked_above[p]
            };
            if !el.comment {
                continue;
            }
            if shapes.get(&(el.parent, el.shape)).copied().unwrap_or(0) > 1 {
                repeats[e] = true;
            }
            let mut up = marked_above[e];
            for _ in 0..tuning::COMMENT_NESTING_LOOKUP {
                if up == NONE {
                    break;
                }
                if seg.elems[up as usize].shape == el.shape {
                    repeats[e] = true;
                    repeats[up as usize] = true;
                    break;
                }
                up = marked_above[up as usize];
            }
        }
        let mut item = vec![NONE; n];
        for (e, el) in seg.elems.iter().enumerate() {
            let above = match el.parent {
                NONE => NONE,
                p => item[p as usize],
            };
            item[e] = if repeats[e] { e as u32 } else { above };
        }
        Items { item, form }
    }
}
