//! The one walk over the DOM: cuts the page into text blocks at block-level
//! boundaries and gives each block its features.
//!
//! The walk keeps an explicit stack of open elements, so its stack use does
//! not grow with the nesting depth of the input. Every element it enters is
//! numbered in pre-order and recorded in a flat arena (`Elem`), with the
//! number of its last descendant, so "is block B inside element E" is two
//! integer comparisons for the classifier.

use std::sync::LazyLock;

use html5ever::{Attribute, LocalName, local_name};

use crate::dom;
use crate::dom::tree::{Dom, NO_NODE, NodeId};
use crate::model::{BlockKind, ListPos, Span, SpanKind};
use crate::text::density::{Wrap, text_density};
use crate::text::words::count_words;
use crate::text::{self, collapse, floor_char_boundary, push_collapsed, truncate_at_char};
use crate::tuning;

mod block;
mod disclosure;
mod elements;
mod head;
mod hints;

use block::*;
use disclosure::Disclosed;
use elements::*;
use head::*;

pub(crate) use head::Head;
use hints::*;

/// "No element": the parent of the root, and "no hinted ancestor".
pub(crate) const NONE: u32 = u32::MAX;

/// One element of the page, in pre-order.
#[derive(Debug, Clone)]
pub(crate) struct Elem {
    pub(crate) parent: u32,
    /// Pre-order number of the last element inside this one (itself if none).
    pub(crate) end: u32,
    /// -1 boilerplate hint (tag, role, class or id), +1 main-content hint, 0 none.
    pub(crate) hint: i8,
    /// The class, id or role names something that is never a page's
    /// content (see `tuning::NEVER_CONTENT_SUBSTRINGS`).
    pub(crate) never_content: bool,
    /// A boilerplate hint that names a sidebar: an `<aside>`, or a class or
    /// id with `sidebar` in it.
    pub(crate) sidebar: bool,
    /// A boilerplate hint whose class or id marks comments (see
    /// `tuning::COMMENT_SUBSTRINGS`): a comment section, or one comment.
    pub(crate) comment: bool,
    /// Inside a comment section, a `<form>` or an element whose class or id
    /// names one (`comment-form`, `respond`): the reply form, not a comment.
    pub(crate) form: bool,
    /// A comment-marked element whose id is one comment's identifier
    /// (`comment-309282`, `div-comment-28685`, `Blog1_cmt-4524…`): a
    /// comment, even the only one.
    pub(crate) comment_id: bool,
    /// A `<main>` element or one with `role="main"`.
    pub(crate) landmark_main: bool,
    /// A hash of the tag and the first class token: siblings that share it
    /// are built from one template (the posts of a thread, the cards of a
    /// listing, the items of a menu).
    pub(crate) shape: u32,
    /// The element's node in the DOM the walk read.
    pub(crate) node: NodeId,
    /// For a boilerplate hint that a block points to, once
    /// [`Segmented::name_hints`] has run: the element as
    /// `tag#id.class[role=…]`, a range of [`Segmented::hint_names`] (empty
    /// otherwise).
    pub(crate) hint_name: (u32, u32),
}

/// A block as the walk cut it, before it is scored.
#[derive(Debug, Clone)]
pub(crate) struct RawBlock {
    pub(crate) text: String,
    pub(crate) kind: BlockKind,
    /// 1–6 for headings, 0 otherwise.
    pub(crate) level: u8,
    pub(crate) words: u32,
    /// Words inside links, cards included.
    pub(crate) link_words: u32,
    /// Of `link_words`, those of a card: a block wrapped whole in a link, or a
    /// heading that is all link (a card's title).
    pub(crate) card_words: u32,
    /// Words of the link that opens the block, before any plain word: a
    /// title linking to another page, when a summary follows it.
    pub(crate) lead_link_words: u32,
    pub(crate) text_density: f32,
    /// The innermost element that holds all of the block's text.
    pub(crate) owner: u32,
    /// The nearest ancestor with a boilerplate hint, or [`NONE`].
    pub(crate) neg_anc: u32,
    /// The innermost `<nav>`, `<aside>` or `<footer>` (or an element of
    /// their ARIA roles, or one whose class or id is `sidebar`) at or above
    /// the block, or [`NONE`]: a landmark that HTML itself (or a template's
    /// name for the column beside the post) names as no part of the
    /// content around it.
    pub(crate) landmark_anc: u32,
    /// The nearest ancestor whose class or id marks comments, or [`NONE`].
    pub(crate) comment_anc: u32,
    pub(crate) tag_path: String,
    pub(crate) class_id: String,
    /// Inline formatting, links and table cells, as byte ranges of `text`.
    pub(crate) spans: Vec<Span>,
    /// For a list item: its list's nesting depth (1 outermost), whether the
    /// list is ordered, and the item's number in it.
    pub(crate) list: ListPos,
    /// For a table row: every cell is a header cell, or the row is in
    /// `<thead>`.
    pub(crate) header_row: bool,
    /// For preformatted text: the language its `class` names
    /// (`language-rust`, `lang-py`), if any.
    pub(crate) code_lang: Option<String>,
}

impl RawBlock {
    /// Whether the block is a paragraph without links that is a date line
    /// ([`text::is_dateline`]).
    pub(crate) fn is_date_line(&self) -> bool {
        self.kind == BlockKind::Paragraph
            && self.link_words == 0
            && self.words as usize <= tuning::DATELINE_MAX_WORDS
            && text::is_dateline(&self.text)
    }
}

/// The walk's result.
#[derive(Debug, Default)]
pub(crate) struct Segmented {
    pub(crate) blocks: Vec<RawBlock>,
    pub(crate) elems: Vec<Elem>,
    pub(crate) head: Head,
    /// Elements skipped because they were hidden from readers.
    pub(crate) hidden_skipped: u32,
    /// `<noscript>` elements skipped.
    pub(crate) noscript_skipped: u32,
    /// The targets of the page's links, one after another (see
    /// [`SpanKind::Link`]).
    pub(crate) hrefs: String,
    /// The names of the boilerplate-hinted elements, one after another (see
    /// [`Elem::hint_name`]).
    pub(crate) hint_names: String,
    /// The last link target pushed: where its text is in the DOM (the
    /// attribute value's address and length) and its range in `hrefs`.
    last_href: Option<(usize, usize, u32, u32)>,
}

impl Segmented {
    /// The name of a boilerplate-hinted element (a block's
    /// [`RawBlock::neg_anc`]: `aside`, `div#comments.comments-area`), or ""
    /// for [`NONE`].
    pub(crate) fn hint_name(&self, elem: u32) -> &str {
        let Some(elem) = self.elems.get(elem as usize) else {
            return "";
        };
        let (start, end) = elem.hint_name;
        self.hint_names
            .get(start as usize..end as usize)
            .unwrap_or_default()
    }

    /// Names the boilerplate-hinted elements that blocks point to
    /// ([`RawBlock::neg_anc`]), reading their attributes in `dom`, the DOM
    /// the walk read: the names are shown only with blocks, so elements no
    /// block points to are never named.
    pub(crate) fn name_hints(&mut self, dom: &Dom) {
        for b in &self.blocks {
            let Some(elem) = self.elems.get_mut(b.neg_anc as usize) else {
                continue;
            };
            if elem.hint_name.1 > elem.hint_name.0 {
                continue;
            }
            if let Some((name, attrs)) = dom.element(elem.node) {
                let start = self.hint_names.len();
                name_element(&mut self.hint_names, &name.local, attrs);
                elem.hint_name = (start as u32, self.hint_names.len() as u32);
            }
        }
    }

    /// Appends a link target to [`Segmented::hrefs`]; its range. The
    /// parser reopens a link in every paragraph it stays open across, each
    /// time with the same attribute value (the same buffer): that value is
    /// stored once, so n paragraphs cost one copy of the target, not n.
    fn push_href(&mut self, href: &str) -> (u32, u32) {
        let at = (href.as_ptr() as usize, href.len());
        if let Some((ptr, len, start, end)) = self.last_href
            && (ptr, len) == at
        {
            return (start, end);
        }
        let start = self.hrefs.len() as u32;
        self.hrefs.push_str(href);
        let end = self.hrefs.len() as u32;
        self.last_href = Some((at.0, at.1, start, end));
        (start, end)
    }
}

/// How the page is read: what a reader sees, and the two fallbacks for a
/// page where that is nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum View {
    /// As a reader sees it with scripts on: every form of hiding
    /// [`dom::is_hidden`] knows is respected, and `<noscript>` (shown only
    /// without scripts, often a duplicate or a warning) is skipped.
    Reader,
    /// As a reader sees it with scripts off: `<noscript>` is read. For pages
    /// that serve their content there to crawlers.
    NoScript,
    /// As scripts would show it: only the `hidden` attribute hides. For
    /// pages that hide their whole body with a class or style until a
    /// script reveals it (a preloader's `class="root hide"`,
    /// `style="visibility:hidden"` on the app root).
    Revealed,
}

/// What an element passes down to the text inside it.
#[derive(Debug, Clone, Copy)]
struct Ctx {
    kind: BlockKind,
    level: u8,
    in_link: bool,
    /// Inside a block inside a link: a card wrapped whole in `<a>`.
    in_card: bool,
    /// Inside a link to a place on the page itself (`href="#…"`).
    in_anchor: bool,
    in_pre: bool,
    /// Inside a data table (one with a header row): its links are the
    /// table's data, not navigation.
    in_data_table: bool,
    neg_anc: u32,
    landmark_anc: u32,
    comment_anc: u32,
    list: ListPos,
    /// Inside `<thead>`.
    in_thead: bool,
}

struct Frame {
    node: NodeId,
    /// The next child to visit, or [`NO_NODE`].
    next_child: NodeId,
    elem: u32,
    ctx: Ctx,
    is_block: bool,
    name: LocalName,
    /// For an inline element that marks a span: what it marks, where in the
    /// buffer it starts, and the buffer's generation then (a block flushed
    /// inside it starts the rest of the span at 0).
    span: Option<(SpanKind, usize, u64)>,
    /// For `<ol>`/`<ul>`: the number of the next item.
    next_item: u32,
}

/// Walks the document once and cuts it into blocks.
pub(crate) fn segment(dom: &Dom, view: View) -> Segmented {
    let root_ctx = Ctx {
        kind: BlockKind::Paragraph,
        level: 0,
        in_link: false,
        in_card: false,
        in_anchor: false,
        in_pre: false,
        in_data_table: false,
        neg_anc: NONE,
        landmark_anc: NONE,
        comment_anc: NONE,
        list: ListPos::default(),
        in_thead: false,
    };
    let mut walk = Walk {
        dom,
        view,
        out: Segmented::default(),
        buf: Buffer::default(),
        disclosed: Disclosed::default(),
        stack: vec![Frame {
            node: Dom::DOCUMENT,
            next_child: dom.first_child(Dom::DOCUMENT),
            elem: NONE,
            ctx: root_ctx,
            is_block: false,
            name: LocalName::from(""),
            span: None,
            next_item: 1,
        }],
    };
    while let Some(top) = walk.stack.last_mut() {
        let child = top.next_child;
        if child == NO_NODE {
            walk.leave();
            continue;
        }
        top.next_child = dom.next_sibling(child);
        if let Some(text) = dom.text(child) {
            walk.buf.push_text(text, &top.ctx);
        } else if let Some((name, attrs)) = dom.element(child) {
            walk.enter(child, &name.local, attrs);
        }
    }
    walk.out
}

/// The walk under way: the open elements, the block being built, and what
/// has been cut so far.
struct Walk<'a> {
    dom: &'a Dom,
    view: View,
    out: Segmented,
    buf: Buffer,
    stack: Vec<Frame>,
    /// The panels that the triggers met so far open and close.
    disclosed: Disclosed,
}

impl Walk<'_> {
    /// Leaves the innermost open element: its span ends, the block it
    /// bounds is flushed, and its extent is known.
    fn leave(&mut self) {
        let frame = self.stack.pop().expect("stack is not empty");
        let buf = &mut self.buf;
        if let Some((kind, start, generation)) = &frame.span {
            let start = if *generation == buf.generation {
                *start
            } else {
                0
            };
            if buf.text.len() > start && buf.spans.len() < tuning::MAX_SPANS_PER_BLOCK {
                buf.spans.push(Span {
                    start,
                    end: buf.text.len(),
                    kind: kind.clone(),
                });
            }
        }
        if frame.is_block {
            flush(self.dom, buf, &mut self.out, &self.stack, &frame);
        }
        if !buf.images.is_empty() {
            buf.images.retain(|i| i.keeper != frame.elem);
        }
        if frame.elem != NONE {
            self.out.elems[frame.elem as usize].end = self.out.elems.len() as u32 - 1;
        }
    }

    /// Whether the walk skips an element whole: the head (read for its
    /// metadata), controls, scripts' stand-ins and what the view hides.
    fn skips(&mut self, child: NodeId, tag: &str, attrs: &[Attribute], marks: u16) -> bool {
        let dom = self.dom;
        if tag == "head" {
            read_head(dom, child, &mut self.out.head);
            return true;
        }
        self.out.head.note(dom, tag, child, attrs, marks);
        self.disclosed.note(tag, attrs);
        // A button is a control, unless it holds a sentence (an accordion's
        // question) or opens and closes a part of the page, which it names
        // (an accordion's "Description").
        if is_skipped(tag)
            && !(tag == "button"
                && (holds_sentence(dom, child)
                    || dom::attr(attrs, &local_name!("aria-expanded")).is_some()))
        {
            return true;
        }
        if tag == "noscript" && self.view != View::NoScript {
            self.out.noscript_skipped += 1;
            return true;
        }
        if tag == "a" && (is_script_control(attrs) || is_permalink_mark(dom, child, attrs)) {
            return true;
        }
        let hidden = match self.view {
            View::Reader | View::NoScript => {
                dom::is_hidden(attrs, marks & mark::HIDDEN != 0)
                    && !self.disclosed.opens(dom, child, attrs)
            }
            View::Revealed => dom::has_hidden_attribute(attrs),
        };
        if hidden {
            self.out.hidden_skipped += 1;
            read_hidden(dom, child, &mut self.out.head);
        }
        hidden
    }

    /// An `<img>`: its source and text, placed where it stands in the
    /// block, until the element that keeps it closes.
    fn image(&mut self, attrs: &[Attribute]) {
        let (buf, out) = (&mut self.buf, &mut self.out);
        let Some(src) = image_source(attrs) else {
            return;
        };
        if buf.images.len() >= tuning::MAX_PENDING_IMAGES {
            return;
        }
        let start = out.hrefs.len() as u32;
        out.hrefs.push_str(src);
        let alt = out.hrefs.len() as u32;
        if let Some(alt) = dom::attr(attrs, &local_name!("alt")) {
            push_collapsed(&mut out.hrefs, alt, tuning::MAX_ALT_CHARS);
        }
        let keeper = self
            .stack
            .iter()
            .rev()
            .skip_while(|f| matches!(&*f.name, "a" | "picture" | "span"))
            .nth(1)
            .map_or(NONE, |f| f.elem);
        buf.images.push(PendingImage {
            // After the space that text after it would bring.
            pos: buf.text.len() + usize::from(buf.pending_space && !buf.text.is_empty()),
            keeper,
            kind: SpanKind::Image {
                start,
                alt,
                end: out.hrefs.len() as u32,
            },
        });
    }

    /// Enters an element: skipped, or a line break, a cell separator, an
    /// image, or an element of its own with the context it gives the text
    /// inside it.
    fn enter(&mut self, child: NodeId, name: &LocalName, attrs: &[Attribute]) {
        let tag = &**name;
        let marks = class_marks(attrs);
        if self.skips(child, tag, attrs, marks) {
            return;
        }
        match tag {
            "br" => {
                self.buf.push_break();
                return;
            }
            "td" | "th" => {
                self.buf.push_separator(" | ");
                if tag == "th" {
                    self.buf.header_cells += 1;
                } else {
                    self.buf.data_cells += 1;
                }
            }
            "img" => {
                self.image(attrs);
                return;
            }
            "hr" | "wbr" | "area" | "source" | "track" | "link" | "meta" => return,
            _ => {}
        }
        let block = is_block(tag);
        let top = self.stack.last().expect("stack is not empty");
        if block {
            flush(self.dom, &mut self.buf, &mut self.out, &self.stack, top);
        }
        let hint = hint_of(tag, attrs, marks);
        let id = self.out.elems.len() as u32;
        let comment = hint < 0 && is_comment(marks);
        self.out.elems.push(Elem {
            parent: top.elem,
            end: id,
            hint,
            never_content: hint < 0 && is_never_content(attrs, marks),
            sidebar: hint < 0 && is_sidebar(tag, attrs, marks),
            comment,
            // Only inside a comment section: the form flag is read nowhere else.
            form: (top.ctx.comment_anc != NONE || comment) && is_form(tag, attrs),
            comment_id: comment && dom::attr(attrs, &local_name!("id")).is_some_and(is_comment_id),
            landmark_main: hint > 0 && (tag == "main" || dom::has_role(attrs, "main")),
            shape: shape_of(tag, attrs),
            node: child,
            hint_name: (0, 0),
        });
        let mut ctx = top.ctx;
        if hint < 0 {
            ctx.neg_anc = id;
        }
        // A landmark's tag or role, or a class or id that is `sidebar`
        // itself, is a boilerplate hint too: asked only of hinted elements.
        if hint < 0
            && (matches!(tag, "nav" | "aside" | "footer")
                || names_sidebar(attrs, marks)
                || tuning::LANDMARK_ROLES
                    .iter()
                    .any(|r| dom::has_role(attrs, r)))
        {
            ctx.landmark_anc = id;
        }
        if comment {
            ctx.comment_anc = id;
        }
        let target = if tag == "a" {
            dom::attr(attrs, &local_name!("href"))
        } else {
            None
        };
        self.inherit(&mut ctx, child, tag, target, block);
        let span = match tag {
            "em" | "i" | "cite" | "dfn" => Some(SpanKind::Emphasis),
            "strong" | "b" => Some(SpanKind::Strong),
            "code" | "kbd" | "samp" | "tt" if !ctx.in_pre => Some(SpanKind::Code),
            "a" if ctx.in_link => target
                .filter(|h| h.len() <= tuning::MAX_TARGET_BYTES)
                .map(|h| {
                    let (start, end) = self.out.push_href(h);
                    SpanKind::Link { start, end }
                }),
            "td" | "th" => Some(SpanKind::Cell),
            _ => None,
        };
        let next_item = if tag == "ol" {
            dom::attr(attrs, &local_name!("start"))
                .and_then(|n| n.trim().parse().ok())
                .unwrap_or(1)
        } else {
            1
        };
        self.stack.push(Frame {
            node: child,
            next_child: self.dom.first_child(child),
            elem: id,
            ctx,
            is_block: block,
            name: name.clone(),
            span: span.map(|k| (k, self.buf.text.len(), self.buf.generation)),
            next_item,
        });
    }

    /// What an element changes in the context its text is read in: the
    /// kind of block, links and cards, tables, `<pre>`, lists.
    fn inherit(
        &mut self,
        ctx: &mut Ctx,
        child: NodeId,
        tag: &str,
        target: Option<&str>,
        block: bool,
    ) {
        if tag == "figure" {
            // Plain text in a figure is its caption or credit.
            ctx.kind = BlockKind::Caption;
            ctx.level = 0;
        }
        if let Some((kind, level)) = kind_of(tag) {
            // A paragraph inside a list item or quote stays of the
            // outer kind; inside a table cell (a layout table) it is
            // a paragraph.
            if kind != BlockKind::Paragraph
                || matches!(ctx.kind, BlockKind::Paragraph | BlockKind::TableCell)
            {
                ctx.kind = kind;
                ctx.level = level;
            }
        }
        match tag {
            "a" if !ctx.in_data_table
                && target.is_some_and(|h| {
                    (goes_somewhere(h) || !holds_sentence(self.dom, child))
                        && !toggles_heading(self.dom, child, h)
                }) =>
            {
                ctx.in_link = true;
                ctx.in_anchor = target.is_some_and(points_into_page);
            }
            "table" => ctx.in_data_table = has_header_row(self.dom, child),
            "pre" => ctx.in_pre = true,
            "thead" => ctx.in_thead = true,
            "ul" | "ol" | "menu" | "dl" => {
                ctx.list = ListPos {
                    depth: ctx.list.depth.saturating_add(1),
                    ordered: tag == "ol",
                    number: 0,
                };
            }
            "li" => {
                if let Some(list) = self
                    .stack
                    .iter_mut()
                    .rev()
                    .find(|f| matches!(&*f.name, "ol" | "ul" | "menu"))
                {
                    ctx.list.number = list.next_item;
                    list.next_item = list.next_item.saturating_add(1);
                }
            }
            // A block inside a link is a card (a teaser or listing
            // item wrapped whole in `<a>`), not a navigation link.
            _ if block && ctx.in_link => {
                ctx.in_link = false;
                ctx.in_card = true;
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests;
