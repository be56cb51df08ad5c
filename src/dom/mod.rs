//! The private DOM: html5ever's parse into an arena of our own ([`tree`]),
//! and the few helpers the walk needs. Nothing here is public.

mod prescan;
pub(crate) mod tree;

pub(crate) use prescan::{Prescan, prescan};

use std::borrow::Cow;
use std::time::Instant;

use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::{LocalName, ParseOpts, local_name, parse_document};

/// [`parse_sized`] without a size estimate or limits, for tests.
#[cfg(test)]
pub(crate) fn parse(html: &str) -> tree::Dom {
    parse_sized(Cow::Borrowed(html), 1, Limits::NONE).expect("no limits")
}

/// What stops a parse before the end of the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Limits {
    /// The deepest the tree may nest.
    pub(crate) max_depth: usize,
    /// The most elements the tree may have.
    pub(crate) max_nodes: usize,
    /// When the parse must have ended.
    pub(crate) deadline: Option<Instant>,
}

impl Limits {
    /// No limit: for the benches' stage groups and the tests.
    pub(crate) const NONE: Limits = Limits {
        max_depth: usize::MAX,
        max_nodes: usize::MAX,
        deadline: None,
    };
}

/// Why a parse stopped early.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Stopped {
    /// The tree nests this deep, over [`Limits::max_depth`].
    TooDeep(usize),
    /// The tree has this many elements, over [`Limits::max_nodes`].
    TooManyNodes(usize),
    /// The deadline passed.
    OutOfTime,
}

/// The longest page html5ever can take: its buffers count their bytes in
/// a `u32`.
pub(crate) const MAX_PARSE_BYTES: usize = u32::MAX as usize;

/// The parse is fed this many bytes at a time (cut back to a char
/// boundary), and the tree's depth, its element count and the clock are
/// looked at after each piece. The tree builder spends time proportional
/// to the depth on every tag, so the piece bounds the work done past the
/// limit: at most a piece of three-byte tags, each at most a piece's worth
/// deeper than the limit.
const PIECE_BYTES: usize = 8 * 1024;

/// Parses a whole document. html5ever never fails: malformed markup is
/// repaired the way browsers repair it; what stops it is a limit.
///
/// Scripting is off, as for a crawler: `<noscript>` content is parsed as
/// markup, because some sites (Discourse forums among them) serve their
/// whole content there to clients without JavaScript.
///
/// `nodes`, the prescan's estimate of the tree's size, sizes the arena. The
/// parser works on a copy of `html` (its own buffer, which text nodes
/// share); `html` itself, the prescan's cut copy of the page when it is
/// one, is dropped before the parse.
///
/// The prescan estimates the depth before anything is built, but it does
/// not model every rule that nests elements (`<li>` inside `<dt>`, `<rt>`
/// outside `<ruby>`): the tree's own depth, counted as it is built, is
/// the check that holds for every page.
pub(crate) fn parse_sized(
    html: Cow<'_, str>,
    nodes: usize,
    limits: Limits,
) -> Result<tree::Dom, Stopped> {
    let mut opts = ParseOpts::default();
    opts.tree_builder.scripting_enabled = false;
    let input = StrTendril::from_slice(&html);
    drop(html);
    let mut parser = parse_document(tree::Sink::with_capacity(nodes), opts);
    let mut at = 0;
    while at < input.len() {
        // Past `at` by at least a byte: a char is at most four.
        let end = crate::text::floor_char_boundary(&input, at + PIECE_BYTES);
        // Pieces share the input's buffer, as the text nodes do.
        parser.process(input.subtendril(at as u32, (end - at) as u32));
        at = end;
        let sink = &parser.tokenizer.sink.sink;
        if sink.deepest() > limits.max_depth {
            return Err(Stopped::TooDeep(sink.deepest()));
        }
        if sink.elements() > limits.max_nodes {
            return Err(Stopped::TooManyNodes(sink.elements()));
        }
        if limits.deadline.is_some_and(|d| Instant::now() > d) {
            return Err(Stopped::OutOfTime);
        }
    }
    Ok(parser.finish())
}

/// Whether an element is hidden from readers by its own attributes:
/// `hidden`, `aria-hidden="true"`, an inline `display:none` /
/// `visibility:hidden` style, or a class that every common CSS framework
/// hides ([`HIDDEN_TOKENS`](crate::tuning::HIDDEN_TOKENS)).
///
/// One exception: React's streamed server rendering sends each finished
/// Suspense segment as `<div hidden id="S:n">`, which its inline script
/// moves into the page at once; readers see that content.
///
/// And one kind of hiding that is not hiding from readers: a tab panel
/// (`role="tabpanel"`) waits one click away, like a closed `<details>`.
/// Documentation pages put their code for each language in one.
///
/// `class_may_hide`: whether a class token may be one of those (false when
/// the class has none of their parts, which the walk knows already).
pub(crate) fn is_hidden(attrs: &[html5ever::Attribute], class_may_hide: bool) -> bool {
    // One pass over the attributes (html5ever keeps one of each name).
    let (mut hidden_attribute, mut id, mut hides) = (false, None, false);
    for a in attrs {
        let name = &a.name.local;
        if *name == local_name!("role") {
            if a.value.trim().eq_ignore_ascii_case("tabpanel") {
                return false;
            }
        } else if *name == local_name!("hidden") || *name == local_name!("popover") {
            hidden_attribute = true;
        } else if *name == local_name!("id") {
            id = Some(&*a.value);
        } else if *name == local_name!("class") {
            hides |= class_may_hide
                && a.value.split_ascii_whitespace().any(|t| {
                    crate::tuning::HIDDEN_TOKENS
                        .iter()
                        .any(|h| h.eq_ignore_ascii_case(t))
                });
        } else if *name == local_name!("aria-hidden") {
            hides |= a.value.trim().eq_ignore_ascii_case("true");
        } else if *name == local_name!("style") {
            hides |= style_hides(&a.value);
        }
    }
    hides || hidden_attribute && !is_react_segment(id)
}

/// The value of attribute `name`, as the page wrote it. Names are compared
/// as html5ever interns them (`local_name!("href")`): one integer
/// comparison an attribute.
pub(crate) fn attr<'a>(attrs: &'a [html5ever::Attribute], name: &LocalName) -> Option<&'a str> {
    debug_assert!(
        prescan::is_read(name.as_bytes()),
        "the prescan cuts attribute {name} before the parse: add it to is_read"
    );
    attrs
        .iter()
        .find(|a| a.name.local == *name)
        .map(|a| &*a.value)
}

/// Whether an attribute's name is `class` or `id`.
pub(crate) fn is_class_or_id(name: &LocalName) -> bool {
    *name == local_name!("class") || *name == local_name!("id")
}

/// Whether the element's ARIA role is `role`, whatever the case.
pub(crate) fn has_role(attrs: &[html5ever::Attribute], role: &str) -> bool {
    attr(attrs, &local_name!("role")).is_some_and(|r| r.trim().eq_ignore_ascii_case(role))
}

/// Whether the element has the `hidden` attribute, React's streamed
/// segments (see [`is_hidden`]) excepted, or the `popover` attribute: a
/// popover is not shown until a script or a click opens it.
pub(crate) fn has_hidden_attribute(attrs: &[html5ever::Attribute]) -> bool {
    attrs
        .iter()
        .any(|a| a.name.local == local_name!("hidden") || a.name.local == local_name!("popover"))
        && !is_react_segment(attr(attrs, &local_name!("id")))
}

/// Whether an element's `id` is that of a segment of React's streamed
/// rendering (`S:` and a number).
fn is_react_segment(id: Option<&str>) -> bool {
    id.and_then(|id| id.strip_prefix("S:"))
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether an inline style says `display:none` or `visibility:hidden`,
/// whatever the case and spacing.
fn style_hides(style: &str) -> bool {
    let bytes = style.as_bytes();
    // Most styles say neither; tell that without building anything.
    let lower_hit = memchr::memmem::find(bytes, b"none").is_some()
        || memchr::memmem::find(bytes, b"hidden").is_some();
    if !lower_hit && !bytes.iter().any(u8::is_ascii_uppercase) {
        return false;
    }
    let style: Vec<u8> = bytes
        .iter()
        .filter(|b| !b.is_ascii_whitespace())
        .map(u8::to_ascii_lowercase)
        .collect();
    memchr::memmem::find(&style, b"display:none").is_some()
        || memchr::memmem::find(&style, b"visibility:hidden").is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn styles_that_hide() {
        assert!(style_hides("display:none"));
        assert!(style_hides("color: red; DISPLAY : NONE"));
        assert!(style_hides("visibility: hidden"));
        assert!(!style_hides("display: block; overflow: hidden"));
        assert!(!style_hides("color: red"));
    }

    #[test]
    fn hidden_forms() {
        let dom = parse(
            r#"<p hidden>a</p><p aria-hidden="TRUE">b</p><p style="display : none">c</p><p style="color:red">d</p><div hidden id="S:2">e</div><div hidden id="S:x">f</div><p class="x d-none">g</p><p class="label-hidden">h</p>"#,
        );
        let html = dom.first_child(tree::Dom::DOCUMENT);
        let body = dom.children(html).nth(1).expect("a body");
        let hidden: Vec<bool> = dom
            .children(body)
            .map(|p| {
                dom.element(p)
                    .is_some_and(|(_, attrs)| is_hidden(attrs, true))
            })
            .collect();
        assert_eq!(hidden, [true, true, true, false, false, true, true, false]);
    }
}
