//! The private DOM: html5ever's parse into `markup5ever_rcdom`, and the few
//! helpers the walk needs. Nothing here is public.

use html5ever::tendril::TendrilSink;
use html5ever::{ParseOpts, parse_document};
use markup5ever_rcdom::{Handle, NodeData, RcDom};

/// Parses a whole document. html5ever never fails: malformed markup is
/// repaired the way browsers repair it.
///
/// Scripting is off, as for a crawler: `<noscript>` content is parsed as
/// markup, because some sites (Discourse forums among them) serve their
/// whole content there to clients without JavaScript.
pub(crate) fn parse(html: &str) -> RcDom {
    let mut opts = ParseOpts::default();
    opts.tree_builder.scripting_enabled = false;
    parse_document(RcDom::default(), opts).one(html)
}

/// An upper bound on the number of elements `html` parses into: the number
/// of start tags in the source, plus the few the parser always adds.
/// Counting is a byte scan, so it bounds memory before anything is built.
pub(crate) fn start_tag_bound(html: &str) -> usize {
    let bytes = html.as_bytes();
    let mut count = 4; // html, head, body and one implied tbody or so
    let mut i = 0;
    while let Some(at) = bytes[i..].iter().position(|&b| b == b'<') {
        i += at + 1;
        if bytes.get(i).is_some_and(u8::is_ascii_alphabetic) {
            count += 1;
        }
    }
    count
}

/// The value of attribute `name` on an element node.
pub(crate) fn attr(node: &Handle, name: &str) -> Option<String> {
    match &node.data {
        NodeData::Element { attrs, .. } => attrs
            .borrow()
            .iter()
            .find(|a| &*a.name.local == name)
            .map(|a| a.value.to_string()),
        _ => None,
    }
}

/// Whether an element is hidden from readers by its own attributes:
/// `hidden`, `aria-hidden="true"`, or an inline `display:none` /
/// `visibility:hidden` style.
///
/// One exception: React's streamed server rendering sends each finished
/// Suspense segment as `<div hidden id="S:n">`, which its inline script
/// moves into the page at once; readers see that content.
pub(crate) fn is_hidden(attrs: &[html5ever::Attribute]) -> bool {
    let react_segment = attrs.iter().any(|a| {
        &*a.name.local == "id"
            && a.value
                .strip_prefix("S:")
                .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    });
    attrs.iter().any(|a| match &*a.name.local {
        "hidden" => !react_segment,
        "aria-hidden" => a.value.trim().eq_ignore_ascii_case("true"),
        "style" => {
            let style: String = a
                .value
                .chars()
                .filter(|c| !c.is_ascii_whitespace())
                .map(|c| c.to_ascii_lowercase())
                .collect();
            style.contains("display:none") || style.contains("visibility:hidden")
        }
        _ => false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn start_tags_are_counted_not_text() {
        assert_eq!(start_tag_bound("a < b <p>x</p><div>"), 4 + 2);
    }

    #[test]
    fn hidden_forms() {
        let dom = parse(
            r#"<p hidden>a</p><p aria-hidden="TRUE">b</p><p style="display : none">c</p><p style="color:red">d</p><div hidden id="S:2">e</div><div hidden id="S:x">f</div>"#,
        );
        let body = dom.document.children.borrow()[0].children.borrow()[1].clone();
        let hidden: Vec<bool> = body
            .children
            .borrow()
            .iter()
            .map(|p| match &p.data {
                NodeData::Element { attrs, .. } => is_hidden(&attrs.borrow()),
                _ => false,
            })
            .collect();
        assert_eq!(hidden, [true, true, true, false, false, true]);
    }
}
