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
    /// A hash of the tag and the first class token: siblings that share it
    /// are built from one template (the posts of a thread, the cards of a
    /// listing, the items of a menu).
    pub(crate) shape: u32,
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

/// What the page says about itself: `<head>`'s title, `<meta>` tags and
/// canonical link, `<html lang>`, JSON-LD scripts, and from the body
/// `<time datetime>` and microdata (`itemprop`). Bounded: see
/// [`tuning::MAX_METAS`] and its neighbours.
#[derive(Debug, Clone, Default)]
pub(crate) struct Head {
    pub(crate) title: Option<String>,
    pub(crate) og_title: Option<String>,
    /// `<meta>` and microdata properties in page order: the `property`,
    /// `name` or `itemprop` lowercased, and the `content` (for an element
    /// that is not `<meta>`: its `datetime`, `content` or text).
    pub(crate) metas: Vec<(String, String)>,
    /// `<link rel="canonical">`'s `href`.
    pub(crate) canonical: Option<String>,
    /// `<base href>`.
    pub(crate) base: Option<String>,
    /// `<html lang>`.
    pub(crate) lang: Option<String>,
    /// The text of each `<script type="application/ld+json">`.
    pub(crate) json_ld: Vec<String>,
    /// The `datetime` of `<time>` elements, in page order.
    pub(crate) times: Vec<String>,
    /// Counts of elements that tell the kind of page.
    pub(crate) signals: Signals,
}

/// Counts of elements that tell what kind of page this is, for a page
/// whose structured data does not say (see `metadata::structural_type`).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Signals {
    /// `<code>` and `<pre>` elements.
    pub(crate) code: u32,
    pub(crate) pre: u32,
    /// Elements whose class or id names a price (`price`, `product-price`).
    pub(crate) price: u32,
    /// ... an add-to-cart or buy button (`add-to-cart`, `addtobasket`).
    pub(crate) cart: u32,
    /// ... a user or an avatar (a post's author box).
    pub(crate) user: u32,
    /// ... a reply (`reply`, `comment-reply-link`).
    pub(crate) reply: u32,
    /// Microdata for an offer's price (`itemprop="price"`).
    pub(crate) itemprop_price: u32,
}

/// Class and id fragments of add-to-cart buttons (and `buy-now`).
const CART_WORDS: &[&str] = &[
    "add-to-cart",
    "addtocart",
    "add_to_cart",
    "add-to-basket",
    "addtobasket",
    "add_to_basket",
    "add-to-bag",
    "buy-now",
];

impl Signals {
    fn note(&mut self, tag: &str, itemprop: Option<&str>, marks: u8) {
        // What a page calls its scripts, style sheets, links and metas
        // says nothing of what a reader sees (`id="user-registration-css"`); the
        // prescan drops most of them.
        let marks = if matches!(tag, "script" | "style" | "link" | "meta") {
            0
        } else {
            marks
        };
        let bump = |n: &mut u32, yes: bool| *n = n.saturating_add(u32::from(yes));
        match tag {
            "code" => bump(&mut self.code, true),
            "pre" => bump(&mut self.pre, true),
            _ => {}
        }
        bump(&mut self.price, marks & mark::PRICE != 0);
        bump(&mut self.cart, marks & mark::CART != 0);
        bump(&mut self.user, marks & mark::USER != 0);
        bump(&mut self.reply, marks & mark::REPLY != 0);
        if let Some(itemprop) = itemprop {
            bump(&mut self.itemprop_price, itemprop.trim() == "price");
        }
    }
}

impl Head {
    /// Notes what an element says about the page, if anything: called for
    /// every element the walks meet, before they decide to skip it.
    fn note(&mut self, dom: &Dom, tag: &str, node: NodeId, attrs: &[Attribute], marks: u8) {
        let itemprop = dom::attr(attrs, &local_name!("itemprop"));
        self.signals.note(tag, itemprop, marks);
        let get = |name: LocalName| dom::attr(attrs, &name).map(str::trim);
        match tag {
            "html" => {
                if let Some(lang) = get(local_name!("lang")).filter(|l| !l.is_empty()) {
                    self.lang.get_or_insert_with(|| lang.to_string());
                }
            }
            "script"
                if get(local_name!("type"))
                    .is_some_and(|t| t.eq_ignore_ascii_case("application/ld+json")) =>
            {
                let used: usize = self.json_ld.iter().map(String::len).sum();
                let text = child_text(dom, node);
                if used + text.len() <= tuning::MAX_JSON_LD_BYTES {
                    self.json_ld.push(text);
                }
            }
            "link" => {
                let canonical = get(local_name!("rel")).is_some_and(|r| {
                    r.split_ascii_whitespace()
                        .any(|r| r.eq_ignore_ascii_case("canonical"))
                });
                if canonical && let Some(href) = get(local_name!("href")).filter(|h| !h.is_empty())
                {
                    self.canonical.get_or_insert_with(|| href.to_string());
                }
            }
            "base" => {
                if let Some(href) = get(local_name!("href")).filter(|h| !h.is_empty()) {
                    self.base.get_or_insert_with(|| href.to_string());
                }
            }
            "time" => {
                if let Some(t) = get(local_name!("datetime")).filter(|t| !t.is_empty())
                    && self.times.len() < tuning::MAX_TIMES
                {
                    self.times.push(t.to_string());
                }
            }
            _ => {}
        }
        if self.metas.len() >= tuning::MAX_METAS {
            return;
        }
        let key = if tag == "meta" {
            get(local_name!("property"))
                .or_else(|| get(local_name!("name")))
                .or_else(|| get(local_name!("itemprop")))
        } else {
            itemprop.map(str::trim)
        };
        let Some(key) = key.filter(|k| !k.is_empty()) else {
            return;
        };
        let value = match get(local_name!("content")).or_else(|| get(local_name!("datetime"))) {
            Some(v) => collapse(v),
            None if tag != "meta" => text_of(dom, node, tuning::MAX_META_CHARS),
            None => return,
        };
        if !value.is_empty() {
            self.metas.push((key.to_ascii_lowercase(), value));
        }
    }
}

/// The text of `node`'s own text children, as it stands (a `<title>`'s,
/// a `<script>`'s).
fn child_text(dom: &Dom, node: NodeId) -> String {
    let mut text = String::new();
    for t in dom.children(node).filter_map(|c| dom.text(c)) {
        text.push_str(t);
    }
    text
}

/// The text inside `node`, whitespace collapsed, up to about `max` bytes
/// of it (counted collapsed: how far the markup is indented does not
/// matter); read with an explicit stack.
fn text_of(dom: &Dom, node: NodeId, max: usize) -> String {
    let mut text = String::new();
    // Pre-order with an explicit stack of next siblings.
    let mut stack = vec![node];
    while let Some(n) = stack.pop() {
        if text.len() >= max {
            break;
        }
        if n != node && dom.next_sibling(n) != NO_NODE {
            stack.push(dom.next_sibling(n));
        }
        if let Some(t) = dom.text(n) {
            for word in t.split_whitespace() {
                if !text.is_empty() {
                    text.push(' ');
                }
                text.push_str(word);
            }
        } else if dom.element(n).is_none_or(|(name, _)| !holds_no_text(name))
            && dom.first_child(n) != NO_NODE
        {
            stack.push(dom.first_child(n));
        }
    }
    text
}

/// Elements whose content is never a reader's text: scripts, styles,
/// templates, and SVG and MathML (the walk skips them too; their titles
/// and labels are for screen readers).
fn holds_no_text(name: &dom::tree::Name) -> bool {
    matches!(
        &*name.local,
        "script" | "style" | "template" | "svg" | "math"
    )
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
    /// The last link target pushed: where its text is in the DOM (the
    /// attribute value's address and length) and its range in `hrefs`.
    last_href: Option<(usize, usize, u32, u32)>,
}

impl Segmented {
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
    in_pre: bool,
    /// Inside a data table (one with a header row): its links are the
    /// table's data, not navigation.
    in_data_table: bool,
    neg_anc: u32,
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

/// The text of the block being built, with whitespace collapsed as it
/// arrives.
#[derive(Default)]
struct Buffer {
    text: String,
    pending_space: bool,
    words: u32,
    link_words: u32,
    card_words: u32,
    /// Words inside links before the first plain word, and whether a plain
    /// word has arrived.
    lead_link_words: u32,
    plain_seen: bool,
    /// The text wrapped as it arrives, for its density, and the length in
    /// characters of the token still open at its end.
    wrap: Wrap,
    open_token: usize,
    /// Preformatted text arrived: its density is measured on the whole text.
    raw: bool,
    spans: Vec<Span>,
    /// Blocks flushed so far: tells a span whether its start is still in
    /// the buffer.
    generation: u64,
    /// Header and data cells of the row being built.
    header_cells: u32,
    data_cells: u32,
    /// Images met since the last block with text: they go with the next
    /// block that has some, unless their keeper closes first.
    images: Vec<PendingImage>,
    /// Room in which [`flush`] builds a block's class and id words.
    class_id: String,
}

/// An image waiting for its block. Its keeper is the parent of the
/// element holding it (looking through links, `<picture>` and `<span>`):
/// an image alone in a paragraph or a lead-image `<div>` goes with the
/// next paragraph; a logo alone in a header's `<div>` goes nowhere.
struct PendingImage {
    pos: usize,
    keeper: u32,
    kind: SpanKind,
}

impl Buffer {
    fn push_text(&mut self, s: &str, ctx: &Ctx) {
        let ascii = s.is_ascii();
        let words = count_words(s, ascii);
        self.words += words;
        if ctx.in_link {
            self.link_words += words;
        }
        if ctx.in_card {
            self.card_words += words;
        }
        if ctx.in_link && !self.plain_seen {
            self.lead_link_words += words;
        } else if words > 0 && !ctx.in_link {
            self.plain_seen = true;
        }
        if ctx.in_pre {
            self.text.push_str(s);
            self.raw = true;
            return;
        }
        if ascii {
            // The same as below, a byte at a time instead of a char.
            if s.starts_with(|c: char| c.is_ascii_whitespace()) {
                self.pending_space = true;
            }
            for piece in s.split_ascii_whitespace() {
                self.push_piece(piece, piece.len());
                self.pending_space = true;
            }
            self.pending_space = s.ends_with(|c: char| c.is_ascii_whitespace())
                || s.is_empty() && self.pending_space;
            return;
        }
        for (i, piece) in s.split(char::is_whitespace).enumerate() {
            if i > 0 {
                self.pending_space = true;
            }
            if !piece.is_empty() {
                self.push_piece(piece, piece.chars().count());
            }
        }
    }

    /// Appends a run of `chars` characters without whitespace, after one
    /// space if whitespace came before it.
    fn push_piece(&mut self, piece: &str, chars: usize) {
        // The last byte, not the last char: both are ASCII.
        let last = self.text.as_bytes().last().copied();
        if self.pending_space && last.is_some_and(|b| b != b'\n') {
            self.text.push(' ');
            self.close_token();
        } else if matches!(last, Some(b' ' | b'\n')) {
            self.close_token();
        }
        self.pending_space = false;
        self.text.push_str(piece);
        self.open_token += chars;
    }

    /// Wraps the token at the end of the text, if one is open.
    fn close_token(&mut self) {
        if self.open_token > 0 {
            self.wrap.token(self.open_token);
            self.open_token = 0;
        }
    }

    fn push_break(&mut self) {
        if !self.text.is_empty() {
            let trimmed = self.text.trim_end_matches(' ').len();
            self.text.truncate(trimmed);
            self.text.push('\n');
        }
        self.pending_space = false;
    }

    fn push_separator(&mut self, sep: &str) {
        if !self.text.trim().is_empty() {
            self.text.push_str(sep);
            self.close_token();
            for token in sep.split_whitespace() {
                self.wrap.token(token.chars().count());
            }
        }
        self.pending_space = false;
    }
}

/// Whether a `<button>` (or a link that goes nowhere) holds a sentence
/// rather than a command: the question of an accordion ("How long does
/// delivery take?") is text, "Add to cart" is not. Walks the element's own
/// subtree, iteratively, and stops as soon as it has seen enough words.
fn holds_sentence(dom: &Dom, button: NodeId) -> bool {
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

/// Whether a table's first row has two or more header cells (`<th>`): a
/// data table, not a layout table. Looks at the first row only.
fn has_header_row(dom: &Dom, table: NodeId) -> bool {
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
fn is_script_control(attrs: &[html5ever::Attribute]) -> bool {
    dom::has_role(attrs, "button") && dom::attr(attrs, &local_name!("href")).is_none()
}

/// An `<img>`'s source as a browser loads it: `src`, or for a lazily
/// loaded image (no `src`, or a `data:` placeholder) `data-src` and its
/// kin or the first candidate of `srcset`. None for a tracking pixel (a
/// width or height of 0 or 1) and for an image with no usable source.
fn image_source(attrs: &[Attribute]) -> Option<&str> {
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
static LAZY_SOURCES: LazyLock<[LocalName; 3]> =
    LazyLock::new(|| ["data-src", "data-lazy-src", "data-original"].map(LocalName::from));
static DATA_SRCSET: LazyLock<LocalName> = LazyLock::new(|| LocalName::from("data-srcset"));

/// Whether a link's `href` leads somewhere: it is neither empty, nor `#`
/// alone, nor a `javascript:` URL. A link that goes nowhere is a
/// script's control; one that holds a sentence (an accordion's question)
/// is read as plain text, as a long `<button>` is, and a short one
/// ("Load all comments", "Menu") stays a link.
fn goes_somewhere(href: &str) -> bool {
    let href = href.trim();
    !(href.is_empty() || href == "#" || text::is_script_url(href))
}

/// Tags whose content is never the page's text: what a reader never sees
/// (scripts, styles, templates), embedded media, and form controls with their
/// labels.
fn is_skipped(tag: &str) -> bool {
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
fn is_block(tag: &str) -> bool {
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
fn kind_of(tag: &str) -> Option<(BlockKind, u8)> {
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

/// The hint an element's tag, role, class and id give: -1 boilerplate,
/// +1 main content, 0 neither. A boilerplate hint wins over a content hint.
fn hint_of(tag: &str, attrs: &[Attribute], marks: u8) -> i8 {
    // The root and the body hold everything: their classes describe the page
    // (`vector-feature-main-menu-pinned`, `has-sidebar`), not a part of it.
    if matches!(tag, "html" | "body") {
        return 0;
    }
    let mut hint: i8 = match tag {
        "nav" | "aside" | "footer" | "header" => -1,
        "article" | "main" => 1,
        _ => 0,
    };
    for a in attrs {
        let name = &a.name.local;
        if dom::is_class_or_id(name) {
            if hint >= 0 {
                match class_hint_marked(&a.value, marks) {
                    -1 => hint = -1,
                    1 => hint = 1,
                    _ => {}
                }
            }
        } else if *name == local_name!("role") {
            let role = a.value.trim();
            if tuning::NEGATIVE_ROLES
                .iter()
                .any(|r| r.eq_ignore_ascii_case(role))
            {
                hint = -1;
            } else if hint == 0
                && (role.eq_ignore_ascii_case("main") || role.eq_ignore_ascii_case("article"))
            {
                hint = 1;
            }
        } else if *name == local_name!("itemprop") && a.value.contains("articleBody") && hint == 0 {
            hint = 1;
        }
    }
    hint
}

/// [`Elem::shape`]: FNV-1a over the tag and the first class token.
fn shape_of(tag: &str, attrs: &[Attribute]) -> u32 {
    let class = dom::attr(attrs, &local_name!("class"))
        .and_then(|c| c.split_ascii_whitespace().next())
        .unwrap_or("");
    let mut h: u32 = 0x811c_9dc5;
    for &b in tag.as_bytes().iter().chain(b" ").chain(class.as_bytes()) {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

/// What the words in an element's `class` and `id` say, as bits: found by
/// one automaton over both values (see [`class_marks`]).
mod mark {
    /// One of [`tuning::NEGATIVE_SUBSTRINGS`](super::tuning::NEGATIVE_SUBSTRINGS).
    pub(super) const NEGATIVE: u8 = 1;
    /// One of [`tuning::COMMENT_SUBSTRINGS`](super::tuning::COMMENT_SUBSTRINGS).
    pub(super) const COMMENT: u8 = 2;
    /// One of [`tuning::NEVER_CONTENT_SUBSTRINGS`](super::tuning::NEVER_CONTENT_SUBSTRINGS).
    pub(super) const NEVER_CONTENT: u8 = 4;
    /// A price (`price`, `product-price`).
    pub(super) const PRICE: u8 = 8;
    /// An add-to-cart or buy button ([`CART_WORDS`](super::CART_WORDS)).
    pub(super) const CART: u8 = 16;
    /// A user or an avatar (a post's author box).
    pub(super) const USER: u8 = 32;
    /// A reply (`reply`, `comment-reply-link`).
    pub(super) const REPLY: u8 = 64;
    /// One of [`tuning::HIDDEN_TOKENS`](super::tuning::HIDDEN_TOKENS) within
    /// the value: without it, no class token hides the element.
    pub(super) const HIDDEN: u8 = 128;
}

/// Every class and id word the walk looks for, with its [`mark`] bits,
/// in one automaton built once: a DFA, ASCII case ignored, reporting
/// overlapping matches.
static CLASS_WORDS: LazyLock<(aho_corasick::dfa::DFA, Vec<u8>)> = LazyLock::new(|| {
    let lists: [(&[&str], u8); 8] = [
        (tuning::NEGATIVE_SUBSTRINGS, mark::NEGATIVE),
        (tuning::COMMENT_SUBSTRINGS, mark::COMMENT),
        (tuning::NEVER_CONTENT_SUBSTRINGS, mark::NEVER_CONTENT),
        (&["price"], mark::PRICE),
        (CART_WORDS, mark::CART),
        (&["avatar", "user"], mark::USER),
        (&["reply"], mark::REPLY),
        (tuning::HIDDEN_TOKENS, mark::HIDDEN),
    ];
    // A word on several lists is one pattern with all their bits.
    let mut words: Vec<(String, u8)> = Vec::new();
    for (list, bit) in lists {
        for w in list {
            let w = w.to_ascii_lowercase();
            match words.iter_mut().find(|(x, _)| *x == w) {
                Some((_, bits)) => *bits |= bit,
                None => words.push((w, bit)),
            }
        }
    }
    let automaton = aho_corasick::dfa::DFA::builder()
        .ascii_case_insensitive(true)
        .start_kind(aho_corasick::StartKind::Unanchored)
        .build(words.iter().map(|(w, _)| w))
        .expect("the class words build an automaton");
    (automaton, words.into_iter().map(|(_, bits)| bits).collect())
});

/// The [`mark`] bits of the words in `s`: the automaton stepped a byte at a
/// time, every pattern that ends at a byte (overlapping ones too) adding
/// its bits. Stepping it by hand costs a third of its match iterator, which
/// does more (match positions) than this needs.
fn class_words(s: &str) -> u8 {
    use aho_corasick::Anchored;
    use aho_corasick::automaton::Automaton;
    let (dfa, bits) = &*CLASS_WORDS;
    let Ok(mut state) = dfa.start_state(Anchored::No) else {
        return 0;
    };
    let mut marks = 0;
    for &b in s.as_bytes() {
        state = dfa.next_state(Anchored::No, state, b);
        if dfa.is_special(state) && dfa.is_match(state) {
            for k in 0..dfa.match_len(state) {
                marks |= bits[dfa.match_pattern(state, k).as_usize()];
            }
        }
    }
    marks
}

/// The [`mark`] bits of an element's `class` and `id` values together.
fn class_marks(attrs: &[Attribute]) -> u8 {
    attrs
        .iter()
        .filter(|a| dom::is_class_or_id(&a.name.local))
        .fold(0, |acc, a| acc | class_words(&a.value))
}

/// Whether an element's class or id marks a comment.
fn is_comment(marks: u8) -> bool {
    marks & mark::COMMENT != 0
}

/// Whether an element's class or id names something that is never a page's
/// content (a cookie dialog), or its role is a dialog.
fn is_never_content(attrs: &[Attribute], marks: u8) -> bool {
    marks & mark::NEVER_CONTENT != 0
        || dom::has_role(attrs, "dialog")
        || dom::has_role(attrs, "alertdialog")
}

/// The hint of a `class` or `id` value, matched without regard to ASCII
/// case.
#[cfg(test)]
fn class_hint(s: &str) -> i8 {
    class_hint_marked(s, class_words(s))
}

/// A hint list entry and whether it is negative.
type PartEntry = (&'static [u8], bool);

/// [`tuning::NEGATIVE_PARTS`] (true) and [`tuning::POSITIVE_PARTS`]
/// (false) by their length: a part of a class token is compared with the
/// entries of its own length only.
static PARTS_BY_LENGTH: LazyLock<Vec<Vec<PartEntry>>> = LazyLock::new(|| {
    let entries = (tuning::NEGATIVE_PARTS.iter().map(|p| (p, true)))
        .chain(tuning::POSITIVE_PARTS.iter().map(|p| (p, false)));
    let mut by_length = Vec::new();
    for (part, negative) in entries {
        if by_length.len() <= part.len() {
            by_length.resize(part.len() + 1, Vec::new());
        }
        by_length[part.len()].push((part.as_bytes(), negative));
    }
    by_length
});

/// `class_hint`, with the [`mark`] bits of `s` (or of the element's class
/// and id together) known.
fn class_hint_marked(s: &str, marks: u8) -> i8 {
    if marks & mark::NEGATIVE != 0
        && s.split_ascii_whitespace()
            .any(|t| class_words(t) & mark::NEGATIVE != 0 && !says_nothing(t) && !is_type_style(t))
    {
        return -1;
    }
    let mut positive = false;
    for token in s.split_ascii_whitespace() {
        let (mut neg, mut pos) = (false, false);
        for part in token.as_bytes().split(|b| !b.is_ascii_alphanumeric()) {
            let Some(entries) = PARTS_BY_LENGTH.get(part.len()) else {
                continue;
            };
            for &(entry, negative) in entries {
                if entry.eq_ignore_ascii_case(part) {
                    neg |= negative;
                    pos |= !negative;
                }
            }
        }
        // Most tokens hint nothing: only those that do are looked at twice.
        if (neg || pos) && says_nothing(token) {
            continue;
        }
        if neg {
            return -1;
        }
        positive |= pos;
    }
    i8::from(positive)
}

/// Whether a class token says nothing about what the element holds: a
/// layout modifier, or a utility class with a variant or an arbitrary value
/// (Tailwind's `print:break-inside-avoid`, `md:hidden`, `[h2]:pt-0`), which
/// styles the element and names no part of a page.
fn says_nothing(token: &str) -> bool {
    token.contains([':', '[']) || is_layout_modifier(token)
}

/// Whether a class token names "caption" as a type style rather than as
/// what the text is: design systems call their small print a caption
/// (`text-caption`, `wt-text-caption`, `mdc-typography--caption`) and step
/// their type scale with a size (`caption-s`, `caption-m`).
fn is_type_style(token: &str) -> bool {
    let t = token.to_ascii_lowercase();
    let Some(at) = t.find("caption") else {
        return false;
    };
    let before = &t[..at];
    let after = &t[at + "caption".len()..];
    before.ends_with("text-")
        || before.ends_with("font-")
        || before.contains("typography")
        || matches!(
            after,
            "-xs" | "-s" | "-sm" | "-m" | "-md" | "-l" | "-lg" | "-xl"
        )
        || {
            let n = after.strip_prefix('-').unwrap_or(after);
            !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())
        }
}

/// Whether a class token describes the layout around an element rather than
/// the element: `has-sidebar`, `with-sidebar`, `no-sidebar` sit on the
/// wrapper that holds the content beside (or without) a sidebar. So does a
/// BEM modifier that says it: `page--has-sidebar`, `main--withSidebar`.
fn is_layout_modifier(token: &str) -> bool {
    let bytes = token.as_bytes();
    // The token itself, and each BEM modifier: what follows a `--`.
    let modifiers = (1..bytes.len())
        .filter(|&i| bytes[i - 1] == b'-' && bytes[i] == b'-')
        .map(|i| i + 1);
    std::iter::once(0).chain(modifiers).any(|start| {
        let part = &bytes[start..];
        tuning::LAYOUT_MODIFIER_PREFIXES.iter().any(|p| {
            let p = p.as_bytes();
            let stem = &p[..p.len() - 1];
            // `has-sidebar`, or camel case `hasSidebar`.
            part.get(..p.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(p))
                || part.get(..stem.len()).is_some_and(|h| {
                    h.eq_ignore_ascii_case(stem)
                        && part.get(stem.len()).is_some_and(u8::is_ascii_uppercase)
                })
        })
    })
}

/// Walks the document once and cuts it into blocks.
pub(crate) fn segment(dom: &Dom, view: View) -> Segmented {
    let mut out = Segmented::default();
    let mut buf = Buffer::default();
    let root_ctx = Ctx {
        kind: BlockKind::Paragraph,
        level: 0,
        in_link: false,
        in_card: false,
        in_pre: false,
        in_data_table: false,
        neg_anc: NONE,
        comment_anc: NONE,
        list: ListPos::default(),
        in_thead: false,
    };
    let mut stack = vec![Frame {
        node: Dom::DOCUMENT,
        next_child: dom.first_child(Dom::DOCUMENT),
        elem: NONE,
        ctx: root_ctx,
        is_block: false,
        name: LocalName::from(""),
        span: None,
        next_item: 1,
    }];

    while let Some(top) = stack.last_mut() {
        let child = top.next_child;
        if child != NO_NODE {
            top.next_child = dom.next_sibling(child);
            if let Some(text) = dom.text(child) {
                buf.push_text(text, &top.ctx);
                continue;
            }
        }
        if child == NO_NODE {
            let frame = stack.pop().expect("stack is not empty");
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
                flush(dom, &mut buf, &mut out, &stack, &frame);
            }
            if !buf.images.is_empty() {
                buf.images.retain(|i| i.keeper != frame.elem);
            }
            if frame.elem != NONE {
                out.elems[frame.elem as usize].end = out.elems.len() as u32 - 1;
            }
            continue;
        }
        let ctx = top.ctx;
        let Some((name, attrs)) = dom.element(child) else {
            continue;
        };
        let tag = &*name.local;
        if tag == "head" {
            read_head(dom, child, &mut out.head);
            continue;
        }
        let marks = class_marks(attrs);
        out.head.note(dom, tag, child, attrs, marks);
        // A button is a control, unless it holds a sentence (an accordion's
        // question) or opens and closes a part of the page, which it names
        // (an accordion's "Description").
        if is_skipped(tag)
            && !(tag == "button"
                && (holds_sentence(dom, child)
                    || dom::attr(attrs, &local_name!("aria-expanded")).is_some()))
        {
            continue;
        }
        if tag == "noscript" && view != View::NoScript {
            out.noscript_skipped += 1;
            continue;
        }
        if tag == "a" && is_script_control(attrs) {
            continue;
        }
        let hidden = match view {
            View::Reader | View::NoScript => dom::is_hidden(attrs, marks & mark::HIDDEN != 0),
            View::Revealed => dom::has_hidden_attribute(attrs),
        };
        if hidden {
            out.hidden_skipped += 1;
            continue;
        }
        match tag {
            "br" => {
                buf.push_break();
                continue;
            }
            "td" | "th" => {
                buf.push_separator(" | ");
                if tag == "th" {
                    buf.header_cells += 1;
                } else {
                    buf.data_cells += 1;
                }
            }
            "img" => {
                if let Some(src) = image_source(attrs)
                    && buf.images.len() < tuning::MAX_PENDING_IMAGES
                {
                    let start = out.hrefs.len() as u32;
                    out.hrefs.push_str(src);
                    let alt = out.hrefs.len() as u32;
                    if let Some(alt) = dom::attr(attrs, &local_name!("alt")) {
                        push_collapsed(&mut out.hrefs, alt, tuning::MAX_ALT_CHARS);
                    }
                    let keeper = stack
                        .iter()
                        .rev()
                        .skip_while(|f| matches!(&*f.name, "a" | "picture" | "span"))
                        .nth(1)
                        .map_or(NONE, |f| f.elem);
                    buf.images.push(PendingImage {
                        // After the space that text after it would bring.
                        pos: buf.text.len()
                            + usize::from(buf.pending_space && !buf.text.is_empty()),
                        keeper,
                        kind: SpanKind::Image {
                            start,
                            alt,
                            end: out.hrefs.len() as u32,
                        },
                    });
                }
                continue;
            }
            "hr" | "wbr" | "area" | "source" | "track" | "link" | "meta" => {
                continue;
            }
            _ => {}
        }
        let block = is_block(tag);
        if block {
            let top = stack.last().expect("stack is not empty");
            flush(dom, &mut buf, &mut out, &stack, top);
        }
        let hint = hint_of(tag, attrs, marks);
        let comment = hint < 0 && is_comment(marks);
        let never_content = hint < 0 && is_never_content(attrs, marks);
        let id = out.elems.len() as u32;
        let parent = stack.last().map_or(NONE, |f| f.elem);
        out.elems.push(Elem {
            parent,
            end: id,
            hint,
            never_content,
            shape: shape_of(tag, attrs),
        });
        let mut ctx = ctx;
        if hint < 0 {
            ctx.neg_anc = id;
        }
        if comment {
            ctx.comment_anc = id;
        }
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
        let target = if tag == "a" {
            dom::attr(attrs, &local_name!("href"))
        } else {
            None
        };
        match tag {
            "a" if !ctx.in_data_table
                && target.is_some_and(|h| goes_somewhere(h) || !holds_sentence(dom, child)) =>
            {
                ctx.in_link = true;
            }
            "table" => ctx.in_data_table = has_header_row(dom, child),
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
                if let Some(list) = stack
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
        let span = match tag {
            "em" | "i" | "cite" | "dfn" => Some(SpanKind::Emphasis),
            "strong" | "b" => Some(SpanKind::Strong),
            "code" | "kbd" | "samp" | "tt" if !ctx.in_pre => Some(SpanKind::Code),
            "a" if ctx.in_link => target
                .filter(|h| h.len() <= tuning::MAX_TARGET_BYTES)
                .map(|h| {
                    let (start, end) = out.push_href(h);
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
        stack.push(Frame {
            node: child,
            next_child: dom.first_child(child),
            elem: id,
            ctx,
            is_block: block,
            name: name.local.clone(),
            span: span.map(|k| (k, buf.text.len(), buf.generation)),
            next_item,
        });
    }
    out
}

/// Ends the block being built, owned by `owner` (the innermost open element
/// holding all its text), and records it if it has any text.
fn flush(dom: &Dom, buf: &mut Buffer, out: &mut Segmented, stack: &[Frame], owner: &Frame) {
    let text = if owner.ctx.in_pre {
        buf.text.trim_matches('\n').trim_end()
    } else {
        buf.text.trim()
    };
    if !text.is_empty() {
        let text = text.to_string();
        // The ancestors, innermost last: `stack` plus `owner` when the owner
        // has already been popped.
        let popped = stack.last().is_none_or(|f| f.elem != owner.elem);
        let chain = stack.iter().chain(popped.then_some(owner));
        let n = stack.len() + usize::from(popped);
        let path = chain
            .clone()
            .skip(n.saturating_sub(tuning::TAG_PATH_DEPTH))
            .filter(|f| f.elem != NONE);
        // Allocated at its length: one per block, and blocks can be many.
        let mut tag_path = String::with_capacity(
            path.clone()
                .map(|f| f.name.len() + 1)
                .sum::<usize>()
                .min(tuning::TAG_PATH_MAX_BYTES),
        );
        for f in path {
            if !tag_path.is_empty() {
                tag_path.push('>');
            }
            // Copied no further than the cap: names can be long.
            let room = tuning::TAG_PATH_MAX_BYTES.saturating_sub(tag_path.len());
            tag_path.push_str(truncate_at_char(&f.name, room));
        }
        // The class and id of the three innermost ancestors, read from the
        // DOM only here, for the blocks that need them: built in a buffer
        // kept from block to block, then copied out at its length.
        let class_id = &mut buf.class_id;
        class_id.clear();
        let mut innermost: [Option<&Frame>; 3] = [None; 3];
        for (slot, f) in innermost
            .iter_mut()
            .zip(chain.clone().skip(n.saturating_sub(3)))
        {
            *slot = Some(f);
        }
        for f in innermost.into_iter().rev().flatten() {
            if class_id.len() >= tuning::CLASS_ID_MAX_BYTES {
                break;
            }
            let Some((_, attrs)) = dom.element(f.node) else {
                continue;
            };
            let mut first = true;
            for a in attrs {
                // Only the head of a long value is looked at, not even
                // trimmed whole: each block reads it again.
                if !dom::is_class_or_id(&a.name.local) {
                    continue;
                }
                let value = truncate_at_char(&a.value, tuning::CLASS_ID_MAX_BYTES).trim();
                if value.is_empty() {
                    continue;
                }
                if !class_id.is_empty() {
                    class_id.push_str(if first { " / " } else { " " });
                }
                // Copied no further than the cap.
                let room = tuning::CLASS_ID_MAX_BYTES.saturating_sub(class_id.len());
                class_id.push_str(truncate_at_char(value, room));
                first = false;
            }
        }
        let class_id = class_id.clone();
        // Spans as ranges of the trimmed text.
        let kept = if owner.ctx.in_pre {
            buf.text.trim_start_matches('\n')
        } else {
            buf.text.trim_start()
        };
        let lead = buf.text.len() - kept.len();
        let mut spans: Vec<Span> = buf
            .spans
            .drain(..)
            .filter_map(|sp| {
                // A span's ends were taken as the text grew; trimming since
                // (spaces before a line break) may have moved a character
                // under them: cut back to a char boundary.
                let start = floor_char_boundary(&text, sp.start.max(lead) - lead);
                let end = floor_char_boundary(&text, sp.end.max(lead) - lead);
                (start < end).then_some(Span { start, end, ..sp })
            })
            .collect();
        for image in buf.images.drain(..) {
            if spans.len() < tuning::MAX_SPANS_PER_BLOCK {
                let pos = floor_char_boundary(&text, image.pos.max(lead) - lead);
                spans.push(Span {
                    start: pos,
                    end: pos,
                    kind: image.kind,
                });
            }
        }
        let code_lang = (owner.ctx.kind == BlockKind::Code)
            .then(|| code_language(dom, chain.clone()))
            .flatten();
        let words = buf.words;
        let link_words = (buf.link_words + buf.card_words).min(words);
        // A heading that is all link is a card's title.
        let card_words = if owner.ctx.kind == BlockKind::Heading && link_words == words {
            words
        } else {
            buf.card_words.min(words)
        };
        out.blocks.push(RawBlock {
            text_density: if buf.raw {
                text_density(&text, words)
            } else {
                buf.close_token();
                buf.wrap.density(words)
            },
            text,
            kind: owner.ctx.kind,
            level: owner.ctx.level,
            words,
            link_words,
            card_words,
            lead_link_words: buf.lead_link_words.min(words),
            owner: owner.elem,
            neg_anc: owner.ctx.neg_anc,
            comment_anc: owner.ctx.comment_anc,
            tag_path,
            class_id,
            spans,
            list: owner.ctx.list,
            header_row: owner.ctx.kind == BlockKind::TableCell
                && (owner.ctx.in_thead || buf.header_cells > 0 && buf.data_cells == 0),
            code_lang,
        });
    }
    // Images of a block without text wait for the next one, at its start.
    for image in &mut buf.images {
        image.pos = 0;
    }
    buf.text.clear();
    buf.pending_space = false;
    buf.words = 0;
    buf.link_words = 0;
    buf.card_words = 0;
    buf.lead_link_words = 0;
    buf.plain_seen = false;
    buf.wrap = Wrap::default();
    buf.open_token = 0;
    buf.raw = false;
    buf.spans.clear();
    buf.generation += 1;
    buf.header_cells = 0;
    buf.data_cells = 0;
}

/// The language a `<pre>` (or the `<code>` inside it) names in its class:
/// `language-rust`, `lang-py`, `highlight-source-js`.
fn code_language<'a>(dom: &Dom, chain: impl Iterator<Item = &'a Frame> + Clone) -> Option<String> {
    let pre = chain.filter(|f| &*f.name == "pre").last()?;
    std::iter::once(pre.node)
        .chain(dom.children(pre.node))
        .find_map(|n| {
            let (_, attrs) = dom.element(n)?;
            let class = dom::attr(attrs, &local_name!("class"))?;
            class.split_ascii_whitespace().find_map(|c| {
                ["language-", "lang-", "highlight-source-"]
                    .iter()
                    .find_map(|p| c.strip_prefix(p))
                    .filter(|l| !l.is_empty() && l.len() <= 32)
                    .map(str::to_ascii_lowercase)
            })
        })
}

/// Reads `<head>`: its `<title>`, and what [`Head::note`] notes of each
/// element; iteratively.
fn read_head(dom: &Dom, head: NodeId, out: &mut Head) {
    // Pre-order, so that properties are noted in page order.
    let mut stack: Vec<NodeId> = dom.children(head).collect();
    stack.reverse();
    while let Some(child) = stack.pop() {
        let Some((name, attrs)) = dom.element(child) else {
            continue;
        };
        let tag = &*name.local;
        out.note(dom, tag, child, attrs, class_marks(attrs));
        match tag {
            "title" => {
                // The last <title> is the page's.
                let title = collapse(&child_text(dom, child));
                if !title.is_empty() {
                    out.title = Some(title);
                }
            }
            "meta" => {
                // The first OpenGraph title in <head> is the page's.
                if out.og_title.is_none()
                    && let Some((_, title)) = out.metas.last().filter(|(k, _)| k == "og:title")
                {
                    out.og_title = Some(title.clone());
                }
            }
            "script" | "link" | "style" | "base" => {}
            _ => {
                let at = stack.len();
                stack.extend(dom.children(child));
                stack[at..].reverse();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seg(html: &str) -> Segmented {
        segment(&dom::parse(html), View::Reader)
    }

    #[test]
    fn a_link_the_parser_reopens_is_stored_once() {
        let href = format!("/{}", "h".repeat(500));
        let paragraphs: String = (0..100).map(|i| format!("<p>t{i}")).collect();
        let s = seg(&format!("<p><a href=\"{href}\">t{paragraphs}"));
        let links = s
            .blocks
            .iter()
            .flat_map(|b| &b.spans)
            .filter(|sp| matches!(sp.kind, SpanKind::Link { .. }))
            .count();
        assert_eq!(links, 101, "each paragraph holds the reopened link");
        assert_eq!(s.hrefs, href, "its target is stored once");
        // Two links with the same target are two copies: only the parser's
        // own copies share a buffer.
        let s = seg("<p><a href=/same>a</a> <a href=/same>b</a>");
        assert_eq!(s.hrefs, "/same/same");
    }

    fn texts(html: &str) -> Vec<String> {
        seg(html).blocks.into_iter().map(|b| b.text).collect()
    }

    #[test]
    fn blocks_split_at_block_tags_not_inline_tags() {
        assert_eq!(
            texts("<div>one <b>two</b> three<p>four</p>five</div>"),
            ["one two three", "four", "five"]
        );
    }

    #[test]
    fn whitespace_collapses_except_in_pre() {
        assert_eq!(
            texts("<p>  a \n\t b  </p><pre>x  y\n  z</pre>"),
            ["a b", "x  y\n  z"]
        );
    }

    #[test]
    fn dialogs_are_never_content_whatever_the_case_of_their_role() {
        for role in ["dialog", "Dialog", " alertdialog ", "ALERTDIALOG"] {
            let s = seg(&format!(
                "<div role=\"{role}\" class=\"box\"><p>Accept all cookies</p></div>"
            ));
            assert!(s.elems.iter().any(|e| e.never_content), "{role}");
        }
        let s = seg("<div role=\"dialogue\"><p>A play in one act</p></div>");
        assert!(!s.elems.iter().any(|e| e.never_content));
    }

    #[test]
    fn links_that_go_nowhere_are_controls() {
        let s = seg(
            "<div><a href=\"#\"><h3>Do I need to install any software?</h3></a>\
             <a href=\"#\">Show all</a> <a href=\"javascript:void(0)\">Menu</a>\
             <a href=\"#faq\">Questions</a></div>",
        );
        let by_text = |t: &str| s.blocks.iter().find(|b| b.text.contains(t)).unwrap();
        // A sentence in a link to nowhere is read as text.
        let question = by_text("install");
        assert_eq!(question.link_words, 0);
        // Short controls and in-page links stay links.
        let rest = by_text("Show all");
        assert_eq!(rest.link_words, rest.words);
    }

    #[test]
    fn br_is_a_line_break() {
        assert_eq!(texts("<p>line one<br>line two</p>"), ["line one\nline two"]);
    }

    #[test]
    fn a_buttons_styles_and_icons_are_not_its_sentence() {
        let t = texts(
            "<button><style>.b { color: red; margin: 0 auto; padding: 1px }</style>Commercial</button>\
             <button><svg><title>Choose the language of this whole site</title></svg>EN</button>\
             <button>How long does delivery take to my country?</button>",
        );
        assert_eq!(t, ["How long does delivery take to my country?"]);
    }

    /// A button that opens and closes a part of the page names that part.
    #[test]
    fn disclosure_buttons_are_read() {
        let t = texts(
            "<div><button aria-expanded=false aria-controls=p>Description</button>\
             <div id=p><p>A cream for dry skin.</p></div><button>Sign in</button></div>",
        );
        assert_eq!(t, ["Description", "A cream for dry skin."]);
    }

    #[test]
    fn hidden_and_script_text_is_never_seen() {
        assert_eq!(
            texts(
                "<p>seen</p><script>var x</script><div hidden>no</div><p aria-hidden=true>no</p>"
            ),
            ["seen"]
        );
    }

    #[test]
    fn closed_popovers_hide_and_tab_panels_do_not() {
        assert_eq!(
            texts(
                "<div popover><p>Allow notifications</p></div>\
                 <div role=tabpanel hidden><p>npm install</p></div>\
                 <div role=tabpanel style='display:none'><p>pip install</p></div>"
            ),
            ["npm install", "pip install"]
        );
    }

    #[test]
    fn links_in_a_data_table_are_its_data() {
        let s = seg("<table><tr><th>Name</th><th>Town</th></tr>\
                 <tr><td><a href=/a>Gull Rock</a></td><td><a href=/b>Westbay</a></td></tr></table>\
                 <table><tr><th><a href=/c>Other story</a></th></tr>\
                 <tr><td><a href=/d>Read more</a></td></tr></table>");
        let links: Vec<u32> = s.blocks.iter().map(|b| b.link_words).collect();
        // A header row of one cell is a layout table's: its links stay links.
        assert_eq!(links, [0, 0, 2, 2]);
    }

    #[test]
    fn link_words_and_kinds() {
        let s = seg("<ul><li><a href=/a>Home page</a> now</li></ul><h2>Title</h2>");
        assert_eq!(s.blocks[0].kind, BlockKind::ListItem);
        assert_eq!((s.blocks[0].words, s.blocks[0].link_words), (3, 2));
        assert_eq!(
            (s.blocks[1].kind, s.blocks[1].level),
            (BlockKind::Heading, 2)
        );
    }

    #[test]
    fn text_of_a_block_inside_a_link_is_card_text() {
        let s = seg(
            "<a href=/x><div><h3>Card title</h3><p>Card text here</p></div></a><p><a href=/y>Nav link</a></p>\
             <h2><a href=/z>Linked title</a></h2><h2>Half <a href=/z>linked</a></h2>",
        );
        let counts: Vec<(u32, u32, u32)> = s
            .blocks
            .iter()
            .map(|b| (b.words, b.link_words, b.card_words))
            .collect();
        // A heading that is all link is a card's title too.
        assert_eq!(
            counts,
            [(2, 2, 2), (3, 3, 3), (2, 2, 0), (2, 2, 2), (2, 1, 0)]
        );
    }

    /// A microdata property's text is capped on its words, not on the
    /// markup's indentation around them.
    #[test]
    fn property_text_is_capped_after_collapsing() {
        let indent = " ".repeat(2 * tuning::MAX_META_CHARS);
        let html = format!("<span itemprop=author>{indent}<b>Ann</b>{indent}<b>Smith</b></span>");
        let metas = seg(&html).head.metas;
        assert_eq!(metas, [("author".to_string(), "Ann Smith".to_string())]);
    }

    #[test]
    fn boilerplate_hints_pass_down() {
        let s =
            seg(r#"<div class="share-bar"><p>Share</p></div><nav><p>Menu</p></nav><p>Body</p>"#);
        let neg: Vec<bool> = s.blocks.iter().map(|b| b.neg_anc != NONE).collect();
        assert_eq!(neg, [true, true, false]);
    }

    #[test]
    fn text_split_across_nodes_keeps_one_space() {
        assert_eq!(texts("<p>a <b>b</b> c<i> d </i>e</p>"), ["a b c d e"]);
        assert_eq!(texts("<p>a<b>b</b>c</p>"), ["abc"]);
        assert_eq!(
            texts("<p>caf\u{e9} <b>\u{e9}t\u{e9}</b> x</p>"),
            ["caf\u{e9} \u{e9}t\u{e9} x"]
        );
    }

    #[test]
    fn every_hiding_class_is_marked() {
        for token in tuning::HIDDEN_TOKENS {
            assert_ne!(class_words(token) & mark::HIDDEN, 0, "{token}");
            let upper = token.to_ascii_uppercase();
            assert_ne!(
                class_words(&format!("x {upper} y")) & mark::HIDDEN,
                0,
                "{upper}"
            );
        }
    }

    #[test]
    fn class_hints() {
        assert_eq!(class_hint("post-content entry"), 1);
        assert_eq!(class_hint("postcomments"), -1);
        assert_eq!(class_hint("main-nav"), -1);
        assert_eq!(class_hint("header"), 0);
        assert_eq!(class_hint("shadow"), 0);
        assert_eq!(class_hint("field field--label-hidden"), 0);
        assert_eq!(class_hint("Post-Content"), 1);
        assert_eq!(class_hint("SocialShare"), -1);
    }

    #[test]
    fn captions_by_class_and_caption_type_styles() {
        for token in [
            "wp-caption-text",
            "imageEmbedCaption",
            "caption",
            "photo-gallery",
        ] {
            assert_eq!(class_hint(token), -1, "{token}");
        }
        for token in [
            "text-caption",
            "wt-text-caption",
            "mdc-typography--caption",
            "Caption-S",
            "caption-m",
            "caption2",
            "font-caption",
        ] {
            assert!(is_type_style(token), "{token}");
            assert_ne!(class_hint(token), -1, "{token}");
        }
        for token in ["caption-text", "captions", "caption-", "promo-text-link"] {
            assert!(!is_type_style(token), "{token}");
        }
    }

    #[test]
    fn layout_modifiers_say_nothing_about_the_element() {
        for token in [
            "has-sidebar",
            "With-Sidebar",
            "page--no-sidebar",
            "p-body-main--withSidebar",
            "layout--hasSidebar",
            "hide-from-toc",
        ] {
            assert!(is_layout_modifier(token), "{token}");
            assert_eq!(class_hint(token), 0, "{token}");
        }
        for token in ["print:break-inside-avoid", "md:nav-open", "[aside]:mt-0"] {
            assert!(says_nothing(token), "{token}");
            assert_eq!(class_hint(token), 0, "{token}");
        }
        for token in [
            "sidebar",
            "no",
            "has",
            "--no",
            "nosidebar",
            "withdrawals-sidebar",
        ] {
            assert!(!is_layout_modifier(token), "{token}");
        }
    }

    #[test]
    fn elements_know_their_extent() {
        let s = seg("<div><p>a</p><p>b</p></div><p>c</p>");
        // html, body, div, p, p, p
        let div = &s.elems[2];
        assert_eq!((div.parent, div.end), (1, 4));
        assert_eq!(s.blocks[2].owner, 5);
    }

    #[test]
    fn table_cells_share_a_row_block() {
        assert_eq!(
            texts("<table><tr><td>a</td><td>b</td></tr></table>"),
            ["a | b"]
        );
    }

    #[test]
    fn head_title() {
        let s = seg("<title> My  page </title><meta property=og:title content='OG'><p>x</p>");
        assert_eq!(s.head.title.as_deref(), Some("My page"));
        assert_eq!(s.head.og_title.as_deref(), Some("OG"));
    }
}
