//! The element rules of the walk: which tags are skipped, which cut
//! blocks and of what kind, where an image's source is, which controls
//! and links go nowhere.

use super::*;

/// Elements whose content is never a reader's text: scripts, styles,
/// templates, and SVG and MathML (the walk skips them too; their titles
/// and labels are for screen readers).
pub(super) fn holds_no_text(name: &dom::tree::Name) -> bool {
    matches!(
        &*name.local,
        "script" | "style" | "template" | "svg" | "math"
    )
}

/// Whether a `<button>` (or a link that goes nowhere) holds a sentence
/// rather than a command: the question of an accordion ("How long does
/// delivery take?") is text, "Add to cart" is not. Walks the element's own
/// subtree, iteratively, and stops as soon as it has seen enough words.
pub(super) fn holds_sentence(dom: &Dom, button: NodeId) -> bool {
    let mut words = 0;
    let mut stack = vec![button];
    while let Some(node) = stack.pop() {
        if let Some(t) = dom.text(node) {
            words += t.split_whitespace().count();
            if words >= tuning::BUTTON_MIN_WORDS {
                return true;
            }
        } else if dom
            .element(node)
            .is_some_and(|(name, _)| !holds_no_text(name))
        {
            stack.extend(dom.children(node));
        }
    }
    false
}

/// Whether a link points into its own page (`href="#faq-3"`) and wraps a
/// heading: an accordion's or a tab's title that opens the panel below it,
/// read as the heading it is, not as the title of another page (a card).
/// Walks the link's own subtree, iteratively.
pub(super) fn toggles_heading(dom: &Dom, link: NodeId, href: &str) -> bool {
    if !points_into_page(href) {
        return false;
    }
    let mut stack: Vec<NodeId> = dom.children(link).collect();
    while let Some(node) = stack.pop() {
        if let Some((name, _)) = dom.element(node) {
            if matches!(&*name.local, "h1" | "h2" | "h3" | "h4" | "h5" | "h6") {
                return true;
            }
            if !holds_no_text(name) {
                stack.extend(dom.children(node));
            }
        }
    }
    false
}

/// Whether a table's first row has two or more header cells (`<th>`): a
/// data table, not a layout table. Looks at the first row only.
pub(super) fn has_header_row(dom: &Dom, table: NodeId) -> bool {
    let is = |node: NodeId, tags: &[&str]| {
        dom.element(node)
            .is_some_and(|(name, _)| tags.contains(&&*name.local))
    };
    let first_row = |parent: NodeId| dom.children(parent).find(|&c| is(c, &["tr"]));
    let row = first_row(table).or_else(|| {
        dom.children(table)
            .find(|&c| is(c, &["thead", "tbody"]))
            .and_then(first_row)
    });
    row.is_some_and(|r| dom.children(r).filter(|&c| is(c, &["th"])).count() >= 2)
}

/// Whether a link is a control for scripts (`<a role="button">` without an
/// `href`: "Click to expand", "Show more"), as a `<button>` is.
pub(super) fn is_script_control(attrs: &[html5ever::Attribute]) -> bool {
    dom::has_role(attrs, "button") && dom::attr(attrs, &local_name!("href")).is_none()
}

/// Whether a link's `href` points to a place on its own page (`#faq-3`).
pub(super) fn points_into_page(href: &str) -> bool {
    href.trim_start().starts_with('#')
}

/// Whether a link is a permalink mark (after a heading or a definition's
/// term) or a back-reference: it points into the page and its text is a
/// few symbols, no letter or digit (`¶`, `§`, `#`, `🔗`, `↑`). Reads the
/// link's own subtree and stops at the first letter or digit.
pub(super) fn is_permalink_mark(dom: &Dom, link: NodeId, attrs: &[Attribute]) -> bool {
    if !dom::attr(attrs, &local_name!("href")).is_some_and(points_into_page) {
        return false;
    }
    let mut chars = 0;
    for t in dom.descendants(link).filter_map(|node| dom.text(node)) {
        for c in t.chars().filter(|c| !c.is_whitespace()) {
            chars += 1;
            // Sentence punctuation linked into the page is the
            // sentence's ("standard<a href=#n>.</a>").
            let mark = !c.is_alphanumeric() && (!c.is_ascii() || "#^*+-~".contains(c));
            if !mark || chars > tuning::PERMALINK_MAX_CHARS {
                return false;
            }
        }
    }
    // An empty link may hold a line break, which stays.
    chars > 0
}

/// An `<img>`'s source as a browser loads it: `src`, or for a lazily
/// loaded image (no `src`, or a `data:` placeholder) `data-src` and its
/// kin or the first candidate of `srcset`. None for a tracking pixel (a
/// width or height of 0 or 1) and for an image with no usable source.
pub(super) fn image_source(attrs: &[Attribute]) -> Option<&str> {
    let get = |name: &LocalName| {
        dom::attr(attrs, name)
            .map(str::trim)
            .filter(|v| !v.is_empty())
    };
    if [local_name!("width"), local_name!("height")]
        .iter()
        .any(|n| get(n).is_some_and(|v| matches!(v, "0" | "1" | "0px" | "1px")))
    {
        return None;
    }
    let usable = |v: &&str| {
        v.len() <= tuning::MAX_TARGET_BYTES
            && !text::starts_with_ignore_ascii_case(v, "data:")
            && !text::is_script_url(v)
    };
    get(&local_name!("src"))
        .filter(usable)
        .or_else(|| LAZY_SOURCES.iter().find_map(|n| get(n).filter(usable)))
        .or_else(|| {
            [&local_name!("srcset"), &*DATA_SRCSET]
                .into_iter()
                .find_map(|n| {
                    get(n)?
                        .split(',')
                        .next()?
                        .split_whitespace()
                        .next()
                        .filter(usable)
                })
        })
}

/// `data-src`, `data-lazy-src` and `data-original`, and below
/// `data-srcset`: names html5ever interns at run time, interned once here.
pub(super) static LAZY_SOURCES: LazyLock<[LocalName; 3]> =
    LazyLock::new(|| ["data-src", "data-lazy-src", "data-original"].map(LocalName::from));

pub(super) static DATA_SRCSET: LazyLock<LocalName> =
    LazyLock::new(|| LocalName::from("data-srcset"));

/// Whether a link's `href` leads somewhere: it is neither empty, nor `#`
/// alone, nor a `javascript:` URL. A link that goes nowhere is a
/// script's control; one that holds a sentence (an accordion's question)
/// is read as plain text, as a long `<button>` is, and a short one
/// ("Load all comments", "Menu") stays a link.
pub(super) fn goes_somewhere(href: &str) -> bool {
    let href = href.trim();
    !(href.is_empty() || href == "#" || text::is_script_url(href))
}

/// Tags whose content is never the page's text: what a reader never sees
/// (scripts, styles, templates), embedded media, and form controls with their
/// labels.
pub(super) fn is_skipped(tag: &str) -> bool {
    matches!(
        tag,
        "script"
            | "style"
            | "template"
            | "svg"
            | "math"
            | "iframe"
            | "object"
            | "embed"
            | "canvas"
            | "select"
            | "button"
            | "input"
            | "textarea"
            | "option"
            | "datalist"
            | "label"
            | "dialog"
            | "title"
            | "head"
            | "video"
            | "audio"
            | "map"
    )
}

/// Tags that start and end a block.
pub(super) fn is_block(tag: &str) -> bool {
    matches!(
        tag,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "body"
            | "dd"
            | "details"
            | "div"
            | "dl"
            | "dt"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "form"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "header"
            | "hgroup"
            | "li"
            | "main"
            | "nav"
            | "ol"
            | "p"
            | "pre"
            | "section"
            | "summary"
            | "table"
            | "tbody"
            | "thead"
            | "tfoot"
            | "tr"
            | "caption"
            | "ul"
            | "center"
            | "legend"
            | "menu"
            | "html"
    )
}

/// The kind a tag gives to the blocks inside it, if it gives one.
pub(super) fn kind_of(tag: &str) -> Option<(BlockKind, u8)> {
    Some(match tag {
        "h1" => (BlockKind::Heading, 1),
        "h2" => (BlockKind::Heading, 2),
        "h3" => (BlockKind::Heading, 3),
        "h4" => (BlockKind::Heading, 4),
        "h5" => (BlockKind::Heading, 5),
        "h6" => (BlockKind::Heading, 6),
        "li" | "dt" | "dd" => (BlockKind::ListItem, 0),
        "tr" | "td" | "th" => (BlockKind::TableCell, 0),
        "pre" => (BlockKind::Code, 0),
        "blockquote" => (BlockKind::Quote, 0),
        "figcaption" => (BlockKind::Caption, 0),
        "p" | "caption" => (BlockKind::Paragraph, 0),
        _ => return None,
    })
}

/// Appends an element's name as CSS would write it, `tag#id.class.class`
/// and `[role=…]`, to `out`: at most [`tuning::HINT_NAME_MAX_BYTES`] bytes
/// (cut at a character boundary), for `--explain` and the hint's reckoning
/// in [`Features::hint`](crate::Features::hint).
pub(super) fn name_element(out: &mut String, tag: &str, attrs: &[Attribute]) {
    let start = out.len();
    out.push_str(tag);
    for (mark, name) in [
        ("#", local_name!("id")),
        (".", local_name!("class")),
        ("[role=", local_name!("role")),
    ] {
        let Some(value) = dom::attr(attrs, &name) else {
            continue;
        };
        for token in value.split_ascii_whitespace() {
            out.push_str(mark);
            out.push_str(token);
            if mark == "[role=" {
                out.push(']');
            }
            if out.len() - start > tuning::HINT_NAME_MAX_BYTES {
                break;
            }
        }
    }
    if out.len() - start > tuning::HINT_NAME_MAX_BYTES {
        let cut = floor_char_boundary(out, start + tuning::HINT_NAME_MAX_BYTES);
        out.truncate(cut);
    }
}
