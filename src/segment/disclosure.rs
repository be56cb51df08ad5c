//! Disclosures: the panels that a trigger on the page opens and closes (an
//! accordion's answers, a "Read more", a tab's panel), read by the walk
//! though hidden, as one click shows them.

use std::collections::HashSet;

use html5ever::{Attribute, local_name};

use crate::dom;
use crate::dom::tree::{Dom, NodeId};
use crate::tuning;

/// The ids that the triggers met so far name, up to
/// [`tuning::MAX_DISCLOSED_IDS`].
#[derive(Default)]
pub(super) struct Disclosed {
    ids: HashSet<String>,
}

impl Disclosed {
    /// Notes the panels an element names in `aria-controls` when it is a
    /// trigger: an element with `aria-expanded` (an accordion's question,
    /// a "Read more" toggle), a button, a link or a tab. A form field's
    /// `aria-controls` (a combobox's list of suggestions) opens nothing
    /// worth reading.
    pub(super) fn note(&mut self, tag: &str, attrs: &[Attribute]) {
        if self.ids.len() >= tuning::MAX_DISCLOSED_IDS {
            return;
        }
        let Some(ids) = dom::attr(attrs, &local_name!("aria-controls")) else {
            return;
        };
        let trigger = matches!(tag, "button" | "a")
            || dom::attr(attrs, &local_name!("aria-expanded")).is_some()
            || dom::has_role(attrs, "button")
            || dom::has_role(attrs, "tab");
        if trigger {
            let ids = ids
                .split_ascii_whitespace()
                .take(tuning::MAX_IDS_PER_TRIGGER)
                .filter(|id| id.len() <= tuning::MAX_ID_BYTES);
            for id in ids {
                if !self.ids.contains(id) {
                    self.ids.insert(id.to_string());
                }
            }
        }
    }

    /// Whether a hidden element (`node`, with `attrs`) is a panel that a
    /// trigger before it named, or the wrapper hidden around one (its first
    /// element, two levels down at most: accordions that animate the
    /// height hide a wrapper in the panel's place).
    pub(super) fn opens(&self, dom: &Dom, node: NodeId, attrs: &[Attribute]) -> bool {
        if self.ids.is_empty() {
            return false;
        }
        let named = |attrs: &[Attribute]| {
            dom::attr(attrs, &local_name!("id"))
                .is_some_and(|id| id.len() <= tuning::MAX_ID_BYTES && self.ids.contains(id))
        };
        if named(attrs) {
            return true;
        }
        let mut node = node;
        for _ in 0..2 {
            let Some(first) = first_element_child(dom, node) else {
                return false;
            };
            if dom.element(first).is_some_and(|(_, attrs)| named(attrs)) {
                return true;
            }
            node = first;
        }
        false
    }
}

/// The first child of `node` that is an element, past blank text and
/// comments; `None` when text or nothing comes first. Each node is a leading
/// child of one parent only, so the scans of a walk stay linear.
fn first_element_child(dom: &Dom, node: NodeId) -> Option<NodeId> {
    dom.children(node)
        .find(|&c| dom.element(c).is_some() || dom.text(c).is_some_and(|t| !t.trim().is_empty()))
        .filter(|&c| dom.element(c).is_some())
}
