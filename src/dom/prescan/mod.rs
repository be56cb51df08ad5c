//! Cutting what the extractor never reads before the parser sees it.
//!
//! On real pages more than half of the bytes are the bodies of `<script>`
//! and `<style>` elements (53% on the AEB benchmark's pages, and SVG 4%
//! more), and html5ever tokenizes and copies every byte of them into nodes
//! that the walk then skips. [`prescan`] finds them with a model of the HTML
//! tokenizer's states (data, tags and their quoted attribute values,
//! comments, raw text and RCDATA, the script data escape states) and of the
//! few tree-construction rules that choose them (foreign content, `<select>`,
//! `<frameset>`), and cuts them. The parse of the result is the parse of the
//! page less what was cut: nothing else in the tree changes (the tests check
//! this against html5ever on every corpus page and on random tag soup).
//! One cut changes the tree on purpose, to read the page as a browser
//! running scripts does: an unclosed `<iframe>` in a `<noscript>`, which
//! would swallow the rest of the page ([`Prescan::view_cuts`]).
//!
//! The model is conservative: where the tokenizer's state depends on more
//! than it tracks (a CDATA section, `<plaintext>`, a frameset, raw-text
//! elements inside `<select>` or inside HTML embedded in SVG or MathML), it
//! stops cutting and leaves the rest of the page as it is.
//!
//! The content of `<svg>` and `<math>` elements (icons, mostly: paths by the
//! hundred) is cut too, whole, where the model has followed it from start
//! tag to end tag: the walk never reads it. Inside them `<script>` and
//! `<style>` are ordinary elements and are not cut on their own.
//!
//! Kept: the bodies of `<script type="application/ld+json">` (the page's
//! structured data, read for metadata).
//!
//! Where the model knows the tree builder's context well enough (in the
//! head or the body, outside tables, templates and the like: [`Drops`]),
//! those scripts and style sheets go whole, with their tags, as do the
//! `<link>`s and `<meta>`s nothing reads (style sheets, preloads, icons,
//! viewports, verification codes).
//!
//! Runs of whitespace that indent the markup are shortened to their first
//! byte outside `<pre>` ([`shorten_spaces`]): the tree is the same but for
//! the length of those runs, which the walk collapses anyway, and html5ever
//! no longer reads and links them (a tenth of the bytes left, and 5% of the
//! extraction's instructions).

mod rules;
mod tokenizer;

use rules::*;
use tokenizer::*;

pub(crate) use tokenizer::is_read;

use std::borrow::Cow;

use crate::tuning;

/// What one scan of the source before parsing gives: the counts the limits
/// are checked against, and the page to parse.
pub(crate) struct Prescan<'a> {
    pub(crate) tags: TagScan,
    /// The page less the bodies of its `<script>` (other than JSON-LD) and
    /// `<style>` elements and the content of its `<svg>` and `<math>`
    /// elements; borrowed when nothing was cut.
    pub(crate) html: Cow<'a, str>,
    /// The cuts among those that change the tree on purpose, so that it is
    /// the tree a browser running scripts builds (see
    /// [`Scanner::iframe_in_noscript`]); the tests parse the page less these
    /// as the tree to match.
    #[cfg_attr(not(test), allow(dead_code))]
    pub(crate) view_cuts: Vec<(usize, usize)>,
}

/// Counts from a byte scan of the source, before parsing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TagScan {
    /// Start tags in the source, plus the few elements the parser always
    /// adds: an upper bound on the elements the page parses into.
    pub(crate) start_tags: usize,
    /// The deepest nesting of elements whose end tag is required (`div`,
    /// `span`, `b`, `table`...), counting start tags up and end tags down.
    /// Elements with optional end tags (`p`, `li`, `td`...) and void ones are
    /// left out, since the parser closes them itself. An estimate of the
    /// parsed tree's depth, close for the inputs that make it deep.
    pub(crate) max_depth: usize,
    /// The most attributes on one tag, start or end tag.
    pub(crate) max_attributes: usize,
    /// Start tags, runs of text between tags, comments and the like: an
    /// estimate of the nodes of the parsed tree, to size the arena once.
    pub(crate) nodes: usize,
}

/// Scans `html` once: counts its tags for [`TagScan`] and cuts the bodies
/// it never reads (see the module's documentation).
pub(crate) fn prescan(html: &str) -> Prescan<'_> {
    let mut scan = Scanner::new(html);
    let b = html.as_bytes();
    while let Some(p) = memchr::memchr(b'<', &b[scan.i..]) {
        let lt = scan.i + p;
        scan.text_up_to(lt);
        scan.i = lt + 1;
        let go_on = match b.get(scan.i) {
            Some(b'!') => {
                scan.markup_declaration();
                true
            }
            Some(b'?') => {
                scan.i = memchr::memchr(b'>', &b[scan.i..]).map_or(b.len(), |p| scan.i + p + 1);
                true
            }
            Some(b'/') => scan.end_tag(lt),
            Some(c) if c.is_ascii_alphabetic() => scan.start_tag(lt),
            // A `<` that starts no tag is text.
            Some(_) => {
                scan.text_before = true;
                true
            }
            None => false,
        };
        if !go_on {
            break;
        }
    }
    scan.finish()
}

/// Whether an element may be cut whole ([`Scanner::drop_whole`]): where it
/// starts, whether the model knows that the parser inserts it and nothing
/// else there (see [`Drops`]), and the cuts before its start tag (its
/// attributes' cuts are replaced by the one cut).
#[derive(Debug, Clone, Copy)]
struct WholeCut {
    allowed: bool,
    at: usize,
    cuts_before: usize,
}

/// The prescan under way: the counts, the cuts, and the model of the
/// tokenizer's and tree builder's state.
struct Scanner<'a> {
    html: &'a str,
    b: &'a [u8],
    /// Where the scan is.
    i: usize,
    tags: TagScan,
    /// Runs of text, comments, doctypes and processing instructions.
    other_nodes: usize,
    depth: usize,
    /// What to cut, in order: byte ranges, and whether each is the content
    /// of an SVG or MathML element.
    cuts: Vec<(usize, usize, bool)>,
    /// The cuts that change the tree on purpose ([`Prescan::view_cuts`]).
    view_cuts: Vec<(usize, usize)>,
    /// Cleared where the model stops following the parser: the rest is
    /// counted, not cut.
    cutting: bool,
    /// Open elements of foreign content (SVG, MathML), outermost first: the
    /// part of the parser's stack of open elements above the HTML.
    foreign: Vec<Name>,
    /// Whether the model has lost the parser's stack in foreign content: a
    /// tag inside an element whose content is HTML, an end tag that closes
    /// none of the open foreign elements (it may close an HTML element
    /// below them, or nothing), a name too long to tell apart. From then on
    /// the next raw-text element ends the cutting.
    unsure: bool,
    /// Where the content of the outermost open `<svg>` or `<math>` starts,
    /// while the model has followed it exactly: cut when it closes.
    foreign_start: Option<usize>,
    in_select: bool,
    /// Open `<pre>` and `<listing>` elements (each closed only by its own
    /// end tag), whose whitespace the walk keeps; and whether one may be
    /// open uncounted: once an element that bounds the parser's scope opens
    /// inside one, a `</pre>` may close nothing, and the count no longer
    /// says.
    pre_depth: [usize; 2],
    pre_lost: bool,
    /// Where elements the walk never reads may go whole ([`Drops`]).
    drops: Drops,
    /// Whether the last text before here ends in a word, which an element
    /// here may be all that keeps from the text after it: tags between do
    /// not count, as the parser ignores some (`</div>` with no `<div>`
    /// open, a second `<body>`).
    text_before: bool,
}

impl<'a> Scanner<'a> {
    fn new(html: &'a str) -> Self {
        Scanner {
            html,
            b: html.as_bytes(),
            i: 0,
            tags: TagScan {
                start_tags: 4, // html, head, body and one implied tbody or so
                max_depth: 0,
                max_attributes: 0,
                nodes: 0,
            },
            other_nodes: 1, // the document
            depth: 0,
            cuts: Vec::new(),
            view_cuts: Vec::new(),
            cutting: true,
            foreign: Vec::new(),
            unsure: false,
            foreign_start: None,
            in_select: false,
            pre_depth: [0; 2],
            pre_lost: false,
            drops: Drops::default(),
            text_before: false,
        }
    }

    /// The text from where the scan is to the `<` at `lt`.
    fn text_up_to(&mut self, lt: usize) {
        let b = self.b;
        if lt > self.i {
            self.text_before = !stops(b[lt - 1], SPACE);
        }
        self.other_nodes += usize::from(lt > self.i);
        if self.cutting
            && !self.unsure
            && self.foreign.is_empty()
            && self.pre_depth == [0, 0]
            && !self.pre_lost
        {
            shorten_spaces(b, self.i, lt, &mut self.cuts);
        }
    }

    /// `<!`: a comment (its body cut), a CDATA section, a doctype or a
    /// bogus comment.
    fn markup_declaration(&mut self) {
        let (b, i) = (self.b, self.i);
        self.other_nodes += 1;
        if b.get(i + 1..i + 3) == Some(b"--") {
            let body = i + 3;
            self.i = comment_end(b, body);
            // The body, up to the `-->` or `--!>` that ends it (a comment
            // node carries no text in our tree); what is left, `<!---->`,
            // is still one comment. Not inside SVG or MathML, whose content
            // is cut whole.
            let close = match &b[..self.i] {
                [.., b'-', b'-', b'!', b'>'] => 4,
                [.., b'-', b'-', b'>'] => 3,
                _ => 0, // unterminated: the comment runs to the end
            };
            let body_end = if self.i == b.len() && close == 0 {
                self.i
            } else {
                self.i - close
            };
            if self.cutting && self.foreign_start.is_none() && body_end > body {
                self.cuts.push((body, body_end, false));
            }
            return;
        }
        let cdata = b.get(i + 1..i + 8) == Some(b"[CDATA[");
        // A CDATA section in foreign content (not followed), else a doctype
        // or a bogus comment: to the next `>`.
        self.cutting &= !cdata;
        let close: &[u8] = if cdata && !self.foreign.is_empty() {
            b"]]>"
        } else {
            b">"
        };
        self.i = memchr::memmem::find(&b[i..], close).map_or(b.len(), |p| i + p + close.len());
    }

    /// `</`, at `lt`: an end tag, `</>` or a bogus comment. False where
    /// the rest of the page is text.
    fn end_tag(&mut self, lt: usize) -> bool {
        let b = self.b;
        match b.get(self.i + 1) {
            Some(c) if c.is_ascii_alphabetic() => {}
            Some(b'>') => {
                self.i += 2;
                return true;
            }
            Some(_) => {
                // A bogus comment.
                self.i = memchr::memchr(b'>', &b[self.i..]).map_or(b.len(), |p| self.i + p + 1);
                return true;
            }
            None => return false,
        }
        let Some(tag) = read_tag(b, self.i + 1, None) else {
            return false;
        };
        self.i = tag.end;
        self.tags.max_attributes = self.tags.max_attributes.max(tag.attributes);
        let name = tag.name.as_bytes();
        if !closes_itself(name) {
            self.depth = self.depth.saturating_sub(1);
        }
        if let Some(k) = keeps_spaces(name) {
            self.pre_depth[k] = self.pre_depth[k].saturating_sub(1);
        }
        self.drops.end_tag(name);
        if self.unsure {
            return true;
        }
        if let Some(current) = self.foreign.last() {
            match name {
                // `</br>` and `</p>` end foreign content as their start tags
                // do; in an element whose content is HTML they open an HTML
                // element.
                b"br" | b"p" if integrates_html(current.as_bytes()) => self.unsure = true,
                b"br" | b"p" => {
                    self.foreign.clear();
                    self.foreign_start = None;
                }
                _ => match self.foreign.iter().rposition(|f| *f == tag.name) {
                    Some(at) if !name.is_empty() => {
                        self.foreign.truncate(at);
                        if at == 0
                            && let Some(start) = self.foreign_start.take()
                            && self.cutting
                        {
                            self.cuts.push((start, lt, true));
                        }
                    }
                    _ => self.unsure = true,
                },
            }
        } else if name == b"select" {
            self.in_select = false;
        }
        true
    }

    /// A start tag at `lt`: counted, followed into foreign content and raw
    /// text, and cut whole or in part where the walk never reads it. False
    /// where the rest of the page is text.
    fn start_tag(&mut self, lt: usize) -> bool {
        let b = self.b;
        // Unread attributes are cut where the model follows the tokenizer,
        // but not inside content that is cut whole.
        let cuts_before = self.cuts.len();
        let attribute_cuts =
            (self.cutting && self.foreign_start.is_none()).then_some(&mut self.cuts);
        let Some(tag) = read_tag(b, self.i, attribute_cuts) else {
            return false;
        };
        self.i = tag.end;
        self.tags.max_attributes = self.tags.max_attributes.max(tag.attributes);
        let name = tag.name.as_bytes();
        self.tags.start_tags += 1;
        // In SVG and MathML `<path/>` closes itself; in HTML `<div/>` does
        // not.
        let closed =
            tag.self_closing && (!self.foreign.is_empty() || matches!(name, b"svg" | b"math"));
        if !closed && !closes_itself(name) {
            self.depth += 1;
            self.tags.max_depth = self.tags.max_depth.max(self.depth);
        }
        if let Some(k) = keeps_spaces(name) {
            self.pre_depth[k] += 1;
        } else if self.pre_depth != [0, 0] && bounds_scope(name) {
            self.pre_lost = true;
        }
        let raw = name == b"script" || is_raw_text(name);
        // An element that ends foreign content (a `<meta>` in SVG) does more
        // than insert itself.
        let was_foreign = !self.foreign.is_empty();
        if self.unsure && (raw || name == b"plaintext") {
            // Maybe HTML, maybe not: no longer followed.
            self.cutting = false;
        } else if let Some(current) = self.foreign.last() {
            if integrates_html(current.as_bytes()) || name.is_empty() {
                // Read by HTML's rules, or not told apart.
                self.unsure = true;
                return true;
            }
            if breaks_out(name) || (name == b"font" && tag.font_attr) {
                self.foreign.clear();
                self.foreign_start = None;
            } else {
                if !tag.self_closing {
                    self.foreign.push(tag.name);
                }
                return true;
            }
        }
        self.drops.start_tag(name);
        // Whether the element that starts here can go whole, if it ends at
        // `end`: in the body or head where the model knows that the parser
        // inserts it and nothing else (see [`Drops`]), and not gluing text
        // to text.
        let droppable = self.cutting
            && !self.unsure
            && !was_foreign
            && self.foreign_start.is_none()
            && self.pre_depth == [0, 0]
            && !self.pre_lost
            && !self.in_select
            && self.drops.allowed();
        let drop = WholeCut {
            allowed: droppable,
            at: lt,
            cuts_before,
        };
        match name {
            b"link" | b"meta" if !tag.read && self.drop_whole(drop, self.i) => {}
            // A template whose content starts with a `<col>` is a column
            // group, which ignores every other start tag: `<script>` and
            // `<style>` no longer switch the tokenizer to raw text.
            b"col" if self.drops.templates > 0 => self.cutting = false,
            b"svg" | b"math" if !self.unsure && !tag.self_closing => {
                self.foreign.push(tag.name);
                // In `<select>` the parser may drop the tags and keep the
                // text.
                self.foreign_start = (!self.in_select).then_some(self.i);
            }
            // The rest is text.
            b"plaintext" => return false,
            b"frameset" => {
                // Text in SVG (in the page, not in the cut one) tells the
                // parser that a `<frameset>` comes too late.
                self.cuts.retain(|&(_, _, foreign)| !foreign);
                self.cutting = false;
            }
            b"select" => self.in_select = true,
            _ if self.in_select && raw => self.cutting = false,
            b"script" | b"style" => self.script_or_style(&tag, drop),
            b"iframe" if self.iframe_in_noscript(drop) => {}
            _ if raw => self.i = raw_text_end(b, self.i, name),
            _ => {}
        }
        true
    }

    /// Cuts the element that starts at `drop.at` and ends at `end` whole,
    /// if it may go (see [`WholeCut`]) and its going glues no text to text.
    fn drop_whole(&mut self, drop: WholeCut, end: usize) -> bool {
        let go =
            drop.allowed && (!self.text_before || self.b.get(end).is_none_or(|&c| stops(c, SPACE)));
        if go {
            self.cuts.truncate(drop.cuts_before);
            self.cuts.push((drop.at, end, false));
        }
        go
    }

    /// An `<iframe>` in a `<noscript>` that no `</iframe>` closes before
    /// the `</noscript>`, with nothing but text between (the tag-manager
    /// snippet written as JSX: `<noscript><iframe src=… /></noscript>`):
    /// cut from its start tag to the `</noscript>`, and true.
    ///
    /// The parse runs with scripting off, so that a `<noscript>`'s markup
    /// is read; then an `<iframe>` is raw text up to its end tag, and an
    /// unclosed one swallows the rest of the page as text. A browser
    /// running scripts reads the whole `<noscript>` as inert text ending at
    /// `</noscript>`, and shows the page after it. This cut changes the
    /// tree on purpose ([`Prescan::view_cuts`]); only where the model
    /// follows the tokenizer.
    fn iframe_in_noscript(&mut self, drop: WholeCut) -> bool {
        if self.drops.noscripts == 0 || !self.cutting || self.unsure || self.in_select {
            return false;
        }
        let b = self.b;
        let close = raw_text_end(b, self.i, b"noscript");
        // No `<` between: so no `</iframe>` either, and no markup cut.
        if close == b.len() || memchr::memchr(b'<', &b[self.i..close]).is_some() {
            return false;
        }
        self.cuts.truncate(drop.cuts_before);
        self.cuts.push((drop.at, close, false));
        self.view_cuts.push((drop.at, close));
        self.i = close;
        self.depth = self.depth.saturating_sub(1);
        true
    }

    /// A `<script>` (other than JSON-LD) or `<style>` whose start tag ends
    /// where the scan is: cut whole where it may go, else its body.
    fn script_or_style(&mut self, tag: &Tag, drop: WholeCut) {
        let b = self.b;
        let end = if tag.name.as_bytes() == b"script" {
            script_end(b, self.i)
        } else {
            raw_text_end(b, self.i, b"style")
        };
        // A character reference in a script's type could spell JSON-LD:
        // such a script is kept.
        let json_ld = tag.type_value.is_some_and(|(s, e)| {
            let t = &self.html[s..e];
            t.contains('&') || t.trim().eq_ignore_ascii_case("application/ld+json")
        });
        self.i = end;
        if !self.cutting || json_ld {
            return;
        }
        match (end < b.len())
            .then(|| read_tag(b, end + 2, None))
            .flatten()
        {
            Some(close) if self.drop_whole(drop, close.end) => {
                self.i = close.end;
                self.depth = self.depth.saturating_sub(1);
                self.tags.max_attributes = self.tags.max_attributes.max(close.attributes);
            }
            _ => self.cuts.push((tag.end, end, false)),
        }
    }

    /// The counts, and the page less the cuts.
    fn finish(mut self) -> Prescan<'a> {
        let (html, b) = (self.html, self.b);
        // With room for what the parser adds (a `<tbody>` in every table,
        // the text a tag's repair splits): short by one node, the arena
        // would double.
        let nodes = self.tags.start_tags + self.other_nodes + usize::from(self.i < b.len());
        self.tags.nodes = nodes + nodes / 16 + 16;
        self.cuts.retain(|&(from, to, _)| to > from);
        let html = if self.cuts.is_empty() {
            Cow::Borrowed(html)
        } else {
            Cow::Owned(without(
                html,
                self.cuts.iter().map(|&(from, to, _)| (from, to)),
            ))
        };
        Prescan {
            tags: self.tags,
            html,
            view_cuts: self.view_cuts,
        }
    }
}

/// `html` less the byte ranges `cuts`, which are in order and apart.
fn without(html: &str, cuts: impl IntoIterator<Item = (usize, usize)>) -> String {
    let mut out = String::with_capacity(html.len());
    let mut copied = 0;
    for (from, to) in cuts {
        out.push_str(&html[copied..from]);
        copied = to;
    }
    out.push_str(&html[copied..]);
    out
}

/// Shortens each run of whitespace in the text `b[from..to]` to its first
/// byte, adding the rest of each run to `cuts`: the runs that indent the
/// markup (12% of what is left of the AEB pages after the other cuts).
/// Each still parses as whitespace, which is all the tree builder asks of
/// it, and the walk collapses every run to one space outside `<pre>`.
///
/// Only runs at the start of the text and from each newline on are looked
/// at: those are the indentation, and the rest would cost a look at every
/// byte of text.
fn shorten_spaces(b: &[u8], from: usize, to: usize, cuts: &mut Vec<(usize, usize, bool)>) {
    let mut shorten = |start: usize| {
        let end = skip_space(&b[..to], start + 1);
        if end > start + 1 {
            cuts.push((start + 1, end, false));
        }
        end
    };
    let mut at = from;
    if at < to && stops(b[at], SPACE) {
        at = shorten(at);
    }
    while let Some(p) = memchr::memchr(b'\n', &b[at.min(to)..to]) {
        at = shorten(at + p);
    }
}

/// Where the prescan may cut whole the elements that nothing reads:
/// scripts (but JSON-LD), style sheets, `<link>`s without an `itemprop`
/// or a canonical `rel`, and `<meta>`s the metadata does not read (most of
/// a page's `<head>`, and a tenth of what the parser still reads). In the head and the body, the tree
/// builder inserts such an element and pops it at once, and the tree less
/// it is the tree of the page less it, but for text on either side that
/// now joins (which [`prescan`] allows only where whitespace or a tag
/// stands between). Elsewhere one changes more, and the model does not
/// cut there: before the head (it would open it), after the body (it
/// reopens it), in a table (it splits the text the table fosters out and
/// closes a `<colgroup>`), in a `<noscript>` in the head (a script closes
/// it), in a `<select>`, `<pre>` or foreign content, and after any
/// `<template>` (whose contents the model does not follow).
#[derive(Default)]
struct Drops {
    /// A `<head>` or `<body>` start tag has been seen.
    opened: bool,
    /// `</body>` or `</html>` has been seen.
    closed: bool,
    /// Open `<table>`s, counted by their tags: a `</table>` closes one
    /// whenever one is open (outside templates).
    tables: usize,
    /// Open `<noscript>`s, counted by their tags; one closed otherwise
    /// stays counted, which only stops the cutting.
    noscripts: usize,
    /// A `<template>` has been seen.
    template: bool,
    /// Open `<template>`s, counted by their tags (only their end tag
    /// closes one).
    templates: usize,
}

impl Drops {
    fn start_tag(&mut self, name: &[u8]) {
        match name {
            b"head" | b"body" => self.opened = true,
            b"table" => self.tables += 1,
            b"noscript" => self.noscripts += 1,
            b"template" => {
                self.template = true;
                self.templates += 1;
            }
            _ => {}
        }
    }

    fn end_tag(&mut self, name: &[u8]) {
        match name {
            b"body" | b"html" => self.closed = true,
            b"table" => self.tables = self.tables.saturating_sub(1),
            b"noscript" => self.noscripts = self.noscripts.saturating_sub(1),
            b"template" => self.templates = self.templates.saturating_sub(1),
            _ => {}
        }
    }

    fn allowed(&self) -> bool {
        self.opened && !self.closed && self.tables == 0 && self.noscripts == 0 && !self.template
    }
}

/// Whether a `<meta>` whose `property`, `name` or `itemprop` is `value` is
/// read: by the metadata ([`reads_meta`](crate::meta_names::reads_meta)),
/// as a microdata item's name (`<meta itemprop="name">` inside an
/// `itemprop="author"` item), or by the page-type signals
/// (`itemprop="price"`).
fn meta_name_read(value: &str) -> bool {
    let value = value.trim();
    crate::meta_names::reads_meta(value) || value == "price" || value.eq_ignore_ascii_case("name")
}

#[cfg(test)]
mod tests;
