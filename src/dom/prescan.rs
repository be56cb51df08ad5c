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

use std::borrow::Cow;

use crate::tuning;

/// The bytes that end names and values in tags, as bit sets in
/// [`STOPS`]: whitespace (a CR is a newline to the tokenizer), `/`, `>`
/// and `=`.
const SPACE: u8 = 1;
const SLASH: u8 = 2;
const GT: u8 = 4;
const EQ: u8 = 8;

static STOPS: [u8; 256] = {
    let mut table = [0u8; 256];
    table[b'\t' as usize] = SPACE;
    table[b'\n' as usize] = SPACE;
    table[0x0C] = SPACE;
    table[b'\r' as usize] = SPACE;
    table[b' ' as usize] = SPACE;
    table[b'/' as usize] = SLASH;
    table[b'>' as usize] = GT;
    table[b'=' as usize] = EQ;
    table
};

/// Whether `b` is in the set `stops` of [`STOPS`] bits.
fn stops(b: u8, stops: u8) -> bool {
    STOPS[b as usize] & stops != 0
}

/// Past the bytes from `i` that are none of `set`.
fn skip_until(b: &[u8], mut i: usize, set: u8) -> usize {
    while i < b.len() && !stops(b[i], set) {
        i += 1;
    }
    i
}

/// Past the whitespace from `i`.
fn skip_space(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && stops(b[i], SPACE) {
        i += 1;
    }
    i
}

/// Ends a tag name in the raw-text states' "appropriate end tag" test.
fn ends_name(b: Option<&u8>) -> bool {
    b.is_some_and(|&b| stops(b, SPACE | SLASH | GT))
}

/// Room for the longest element name the model tells apart (SVG's
/// `feComponentTransfer` has 19 bytes).
const NAME_BYTES: usize = 24;

/// A tag name, ASCII-lowercased, if it fits in [`NAME_BYTES`]: longer
/// names are none the model looks for, and are read as empty.
#[derive(Clone, Copy, PartialEq)]
struct Name {
    bytes: [u8; NAME_BYTES],
    len: usize,
}

impl Name {
    fn read(raw: &[u8]) -> Name {
        let mut name = Name {
            bytes: [0; NAME_BYTES],
            len: 0,
        };
        if raw.len() <= NAME_BYTES {
            name.len = raw.len();
            for (d, s) in name.bytes.iter_mut().zip(raw) {
                *d = s.to_ascii_lowercase();
            }
        }
        name
    }

    fn as_bytes(&self) -> &[u8] {
        &self.bytes[..self.len]
    }
}

/// A start or end tag read from the source.
struct Tag {
    name: Name,
    /// Past the closing `>`.
    end: usize,
    self_closing: bool,
    /// For a `<script>`, the value of its first `type` attribute, if any.
    type_value: Option<(usize, usize)>,
    /// For a `<font>`, whether it has a `color`, `face` or `size`
    /// attribute (it then breaks out of foreign content).
    font_attr: bool,
    /// For a `<link>` or a `<meta>`, whether it has an attribute the walk
    /// reads on one: a link's `itemprop` or a `rel` that may be
    /// `canonical`; a meta's `property`, `name` or `itemprop` that may be
    /// one the metadata reads ([`reads_meta`](crate::meta_names::reads_meta)),
    /// or `itemprop="price"`.
    read: bool,
    /// How many attributes it has, repeated names included.
    attributes: usize,
}

/// Whether anything reads an attribute of this name (ASCII, any case): the
/// walk and the metadata reader (`class`, `id`, `href`, `role`, `style`,
/// `hidden`, `itemprop`, a button's `aria-expanded`, `<meta>`'s and
/// `<time>`'s, an image's sources and size), html5ever's tree builder (an
/// `<input>`'s `type`, a `<font>`'s
/// `color`, `face` and `size`, `<annotation-xml>`'s `encoding`, a
/// `<template>`'s declarative shadow root, `<meta charset>`) and the
/// decoder. [`prescan`] cuts every other attribute from start tags:
/// `data-*`, `aria-*` (but `aria-hidden` and `aria-expanded`), event
/// handlers and the like are
/// a tenth of what the tokenizer reads on real pages, and an attribute
/// costs it more than any other byte of markup.
///
/// Code that reads a new attribute adds its name here (`dom::attr`
/// asserts it in debug builds).
pub(crate) fn is_read(name: &[u8]) -> bool {
    let mut lower = [0u8; 24];
    let Some(lower) = lower.get_mut(..name.len()) else {
        return false;
    };
    for (d, s) in lower.iter_mut().zip(name) {
        *d = s.to_ascii_lowercase();
    }
    matches!(
        &*lower,
        b"class"
            | b"id"
            | b"href"
            | b"role"
            | b"style"
            | b"hidden"
            | b"popover"
            | b"aria-hidden"
            | b"aria-expanded"
            | b"itemprop"
            | b"type"
            | b"rel"
            | b"lang"
            | b"name"
            | b"property"
            | b"content"
            | b"datetime"
            | b"start"
            | b"alt"
            | b"src"
            | b"srcset"
            | b"width"
            | b"height"
            | b"data-src"
            | b"data-srcset"
            | b"data-lazy-src"
            | b"data-original"
            | b"color"
            | b"face"
            | b"size"
            | b"encoding"
            | b"charset"
            | b"http-equiv"
            | b"shadowrootmode"
            | b"shadowrootclonable"
            | b"shadowrootdelegatesfocus"
            | b"shadowrootserializable"
    )
}

/// The formatting elements whose attributes the tree builder compares (its
/// "Noah's Ark" rule keeps at most three equal ones open): their
/// attributes are not cut, unless there are more unread ones than
/// [`FORMATTING_UNREAD_MAX`](tuning::FORMATTING_UNREAD_MAX). `<a>` is not
/// among them: a new `<a>` closes the open one, so no three are ever open
/// together.
fn compares_attributes(name: &[u8]) -> bool {
    matches!(
        name,
        b"b" | b"big"
            | b"code"
            | b"em"
            | b"font"
            | b"i"
            | b"nobr"
            | b"s"
            | b"small"
            | b"strike"
            | b"strong"
            | b"tt"
            | b"u"
    )
}

/// Reads a tag whose name starts at `at`, as the tokenizer's tag name,
/// attribute and self-closing states do. `None` if the input ends first
/// (the tokenizer then drops the tag).
///
/// With `cuts`, the attributes that nothing reads ([`is_read`]) are added
/// to it as byte ranges to cut, from the first byte of the name to the last
/// of the value: what is left is the same tag less those attributes.
fn read_tag(b: &[u8], at: usize, mut cuts: Option<&mut Vec<(usize, usize, bool)>>) -> Option<Tag> {
    let mut i = skip_until(b, at, SPACE | SLASH | GT);
    let mut tag = Tag {
        name: Name::read(&b[at..i]),
        end: 0,
        self_closing: false,
        type_value: None,
        font_attr: false,
        read: false,
        attributes: 0,
    };
    // Only the attributes of a script (its type), a font, a link and a
    // meta matter here.
    let name = tag.name.as_bytes();
    let (script, font, link, meta) = (
        name == b"script",
        name == b"font",
        name == b"link",
        name == b"meta",
    );
    // A formatting element's unread attributes are cut like any other's,
    // then put back at its end unless there are too many of them (see
    // FORMATTING_UNREAD_MAX).
    let formatting = compares_attributes(name);
    let cuts_before = cuts.as_ref().map_or(0, |c| c.len());
    let mut self_closing = false;
    loop {
        // Before an attribute name: whitespace and slashes are skipped, a
        // slash right before `>` makes the tag self-closing.
        let c = *b.get(i)?;
        match STOPS[c as usize] {
            SPACE => {
                i += 1;
                self_closing = false;
                continue;
            }
            SLASH => {
                i += 1;
                self_closing = true;
                continue;
            }
            GT => {
                tag.end = i + 1;
                tag.self_closing = self_closing;
                if formatting
                    && let Some(cuts) = cuts.as_deref_mut()
                    && cuts.len() - cuts_before <= tuning::FORMATTING_UNREAD_MAX
                {
                    cuts.truncate(cuts_before);
                }
                return Some(tag);
            }
            _ => {}
        }
        self_closing = false;
        tag.attributes += 1;
        // The attribute's name: its first character may be anything (even
        // `=`), the rest runs to whitespace, `/`, `>` or `=`.
        let name_start = i;
        i = skip_until(b, i + 1, SPACE | SLASH | GT | EQ);
        let name = &b[name_start..i];
        // Cut from the name to the end of the value, unless a `/` stands
        // before it: `<svg/x>` less `x` would close itself.
        let cut = cuts.is_some() && b[name_start - 1] != b'/' && !is_read(name);
        if link && name.eq_ignore_ascii_case(b"itemprop") {
            tag.read = true;
        }
        let name_end = i;
        i = skip_space(b, i);
        if b.get(i) != Some(&b'=') {
            if cut && let Some(cuts) = cuts.as_deref_mut() {
                cuts.push((name_start, name_end, false));
            }
            continue;
        }
        i = skip_space(b, i + 1);
        let (start, end) = match *b.get(i)? {
            q @ (b'"' | b'\'') => {
                let start = i + 1;
                let end = start + memchr::memchr(q, &b[start..])?;
                i = end + 1;
                (start, end)
            }
            b'>' => (i, i),
            _ => {
                let start = i;
                i = skip_until(b, i, SPACE | GT);
                (start, i)
            }
        };
        if cut && let Some(cuts) = cuts.as_deref_mut() {
            cuts.push((name_start, i, false));
        }
        // A character reference could spell any name: such a value is read.
        let value = &b[start..end];
        if link && name.eq_ignore_ascii_case(b"rel") {
            tag.read |=
                value.contains(&b'&') || crate::text::find_ci(value, 0, b"canonical").is_some();
        }
        if meta
            && [&b"property"[..], b"name", b"itemprop"]
                .iter()
                .any(|a| name.eq_ignore_ascii_case(a))
        {
            tag.read |=
                value.contains(&b'&') || std::str::from_utf8(value).is_ok_and(meta_name_read);
        }
        if script && tag.type_value.is_none() && name.eq_ignore_ascii_case(b"type") {
            tag.type_value = Some((start, end));
        }
        if font
            && ["color", "face", "size"]
                .iter()
                .any(|a| name.eq_ignore_ascii_case(a.as_bytes()))
        {
            tag.font_attr = true;
        }
    }
}

/// Past the end of a comment whose body starts at `at` (after `<!--`), as
/// the tokenizer's comment states end it: `<!-->`, `<!--->`, or `-->`
/// / `--!>` after the body.
fn comment_end(b: &[u8], at: usize) -> usize {
    match b.get(at..) {
        Some([b'>', ..]) => return at + 1,
        Some([b'-', b'>', ..]) => return at + 2,
        _ => {}
    }
    let mut i = at;
    while let Some(p) = memchr::memchr(b'-', &b[i.min(b.len())..]) {
        // A run of dashes; two or more followed by `>` or `!>` end it.
        let start = i + p;
        let mut j = start;
        while b.get(j) == Some(&b'-') {
            j += 1;
        }
        if j - start >= 2 {
            match b.get(j..) {
                Some([b'>', ..]) => return j + 1,
                Some([b'!', b'>', ..]) => return j + 2,
                _ => {}
            }
        }
        i = j;
    }
    b.len()
}

/// Where the appropriate end tag `</name` of a raw-text or RCDATA element
/// starts, looking from `at`; the end of the input if there is none.
fn raw_text_end(b: &[u8], at: usize, name: &[u8]) -> usize {
    let mut i = at;
    while let Some(p) = memchr::memmem::find(&b[i..], b"</") {
        let lt = i + p;
        let n = lt + 2;
        if b.get(n..n + name.len())
            .is_some_and(|x| x.eq_ignore_ascii_case(name))
            && ends_name(b.get(n + name.len()))
        {
            return lt;
        }
        i = n;
    }
    b.len()
}

/// Where a script's end tag starts, looking from `at` (just past its start
/// tag), through the tokenizer's script data states: `</script` ends it
/// unless an escaped `<!--` is followed by a `<script` that has not been
/// closed again. The end of the input if nothing ends it.
fn script_end(b: &[u8], at: usize) -> usize {
    #[derive(Clone, Copy, PartialEq)]
    enum State {
        Plain,
        Escaped,
        DoubleEscaped,
    }
    let is_script = |i: usize| {
        b.get(i..i + 6)
            .is_some_and(|x| x.eq_ignore_ascii_case(b"script"))
            && ends_name(b.get(i + 6))
    };
    let mut state = State::Plain;
    // Dashes seen in a row in the escaped states (`-->` leaves them).
    let mut dashes = 0usize;
    let mut i = at;
    while i < b.len() {
        let c = b[i];
        match state {
            State::Plain => {
                let Some(p) = memchr::memchr(b'<', &b[i..]) else {
                    return b.len();
                };
                let lt = i + p;
                if b.get(lt + 1) == Some(&b'/') && is_script(lt + 2) {
                    return lt;
                }
                if b.get(lt + 1..lt + 4) == Some(b"!--") {
                    // Script data escape start: `<!--`, whose dashes count
                    // towards a `-->` at once (`<!-->` leaves it again).
                    state = State::Escaped;
                    dashes = 2;
                    i = lt + 4;
                    continue;
                }
                i = lt + 1;
                continue;
            }
            State::Escaped | State::DoubleEscaped => {
                if c == b'-' {
                    dashes += 1;
                    i += 1;
                    continue;
                }
                if c == b'>' && dashes >= 2 {
                    state = State::Plain;
                    dashes = 0;
                    i += 1;
                    continue;
                }
                dashes = 0;
                if c == b'<' {
                    if state == State::Escaped {
                        if b.get(i + 1) == Some(&b'/') && is_script(i + 2) {
                            return i;
                        }
                        if is_script(i + 1) {
                            state = State::DoubleEscaped;
                            i += 7;
                            continue;
                        }
                    } else if b.get(i + 1) == Some(&b'/') && is_script(i + 2) {
                        state = State::Escaped;
                        i += 8;
                        continue;
                    }
                }
                i += 1;
            }
        }
    }
    b.len()
}

/// Elements that end foreign content (SVG, MathML) when they start in it.
fn breaks_out(name: &[u8]) -> bool {
    matches!(
        name,
        b"b" | b"big"
            | b"blockquote"
            | b"body"
            | b"br"
            | b"center"
            | b"code"
            | b"dd"
            | b"div"
            | b"dl"
            | b"dt"
            | b"em"
            | b"embed"
            | b"h1"
            | b"h2"
            | b"h3"
            | b"h4"
            | b"h5"
            | b"h6"
            | b"head"
            | b"hr"
            | b"i"
            | b"img"
            | b"li"
            | b"listing"
            | b"menu"
            | b"meta"
            | b"nobr"
            | b"ol"
            | b"p"
            | b"pre"
            | b"ruby"
            | b"s"
            | b"small"
            | b"span"
            | b"strong"
            | b"strike"
            | b"sub"
            | b"sup"
            | b"table"
            | b"tt"
            | b"u"
            | b"ul"
            | b"var"
    )
}

/// Elements inside SVG and MathML whose content the parser reads as HTML.
fn integrates_html(name: &[u8]) -> bool {
    matches!(
        name,
        b"foreignobject"
            | b"desc"
            | b"title"
            | b"mi"
            | b"mo"
            | b"mn"
            | b"ms"
            | b"mtext"
            | b"annotation-xml"
    )
}

/// Elements whose start tag switches the tokenizer to raw text or RCDATA
/// (scripting off: `<noscript>` is markup).
fn is_raw_text(name: &[u8]) -> bool {
    matches!(
        name,
        b"title" | b"textarea" | b"style" | b"xmp" | b"iframe" | b"noembed" | b"noframes"
    )
}

/// What one scan of the source before parsing gives: the counts the limits
/// are checked against, and the page to parse.
pub(crate) struct Prescan<'a> {
    pub(crate) tags: TagScan,
    /// The page less the bodies of its `<script>` (other than JSON-LD) and
    /// `<style>` elements and the content of its `<svg>` and `<math>`
    /// elements; borrowed when nothing was cut.
    pub(crate) html: Cow<'a, str>,
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
    let b = html.as_bytes();
    let mut tags = TagScan {
        start_tags: 4, // html, head, body and one implied tbody or so
        max_depth: 0,
        max_attributes: 0,
        nodes: 0,
    };
    // Runs of text, comments, doctypes and processing instructions.
    let mut other_nodes = 1; // the document
    let mut depth = 0usize;
    // What to cut, in order: byte ranges, and whether each is the content
    // of an SVG or MathML element.
    let mut cuts: Vec<(usize, usize, bool)> = Vec::new();
    // Cleared where the model stops following the parser: the rest is
    // counted, not cut.
    let mut cutting = true;
    // Open elements of foreign content (SVG, MathML), outermost first: the
    // part of the parser's stack of open elements above the HTML.
    let mut foreign: Vec<Name> = Vec::new();
    // Whether the model has lost the parser's stack in foreign content: a
    // tag inside an element whose content is HTML, an end tag that closes
    // none of the open foreign elements (it may close an HTML element below
    // them, or nothing), a name too long to tell apart. From then on the
    // next raw-text element ends the cutting.
    let mut unsure = false;
    // Where the content of the outermost open `<svg>` or `<math>` starts,
    // while the model has followed it exactly: cut when it closes.
    let mut foreign_start: Option<usize> = None;
    let mut in_select = false;
    // Open `<pre>` and `<listing>` elements (each closed only by its own
    // end tag), whose whitespace the walk keeps; and whether one may be
    // open uncounted: once an element that bounds the parser's scope opens
    // inside one, a `</pre>` may close nothing, and the count no longer
    // says.
    let mut pre_depth = [0usize; 2];
    let mut pre_lost = false;
    // Where elements the walk never reads may go whole ([`Drops`]).
    let mut drops = Drops::default();
    let mut text_before = false;
    let mut i = 0;
    while let Some(p) = memchr::memchr(b'<', &b[i..]) {
        let lt = i + p;
        // Whether the last text before here ends in a word, which an
        // element here may be all that keeps from the text after it: tags
        // between do not count, as the parser ignores some (`</div>` with
        // no `<div>` open, a second `<body>`).
        if lt > i {
            text_before = !stops(b[lt - 1], SPACE);
        }
        other_nodes += usize::from(lt > i);
        if cutting && !unsure && foreign.is_empty() && pre_depth == [0, 0] && !pre_lost {
            shorten_spaces(b, i, lt, &mut cuts);
        }
        i = lt + 1;
        match b.get(i) {
            Some(b'!') => {
                other_nodes += 1;
                if b.get(i + 1..i + 3) == Some(b"--") {
                    let body = i + 3;
                    i = comment_end(b, body);
                    // The body, up to the `-->` or `--!>` that ends it (a
                    // comment node carries no text in our tree); what is
                    // left, `<!---->`, is still one comment. Not inside
                    // SVG or MathML, whose content is cut whole.
                    let close = match &b[..i] {
                        [.., b'-', b'-', b'!', b'>'] => 4,
                        [.., b'-', b'-', b'>'] => 3,
                        _ => 0, // unterminated: the comment runs to the end
                    };
                    let body_end = if i == b.len() && close == 0 {
                        i
                    } else {
                        i - close
                    };
                    if cutting && foreign_start.is_none() && body_end > body {
                        cuts.push((body, body_end, false));
                    }
                    continue;
                }
                let cdata = b.get(i + 1..i + 8) == Some(b"[CDATA[");
                // A CDATA section in foreign content (not followed), else a
                // doctype or a bogus comment: to the next `>`.
                cutting &= !cdata;
                let close: &[u8] = if cdata && !foreign.is_empty() {
                    b"]]>"
                } else {
                    b">"
                };
                i = memchr::memmem::find(&b[i..], close).map_or(b.len(), |p| i + p + close.len());
            }
            Some(b'?') => {
                i = memchr::memchr(b'>', &b[i..]).map_or(b.len(), |p| i + p + 1);
            }
            Some(b'/') => match b.get(i + 1) {
                Some(c) if c.is_ascii_alphabetic() => {
                    let Some(tag) = read_tag(b, i + 1, None) else {
                        break;
                    };
                    i = tag.end;
                    tags.max_attributes = tags.max_attributes.max(tag.attributes);
                    let name = tag.name.as_bytes();
                    if !closes_itself(name) {
                        depth = depth.saturating_sub(1);
                    }
                    if let Some(k) = keeps_spaces(name) {
                        pre_depth[k] = pre_depth[k].saturating_sub(1);
                    }
                    drops.end_tag(name);
                    if unsure {
                        continue;
                    }
                    if let Some(current) = foreign.last() {
                        match name {
                            // `</br>` and `</p>` end foreign content as their
                            // start tags do; in an element whose content is
                            // HTML they open an HTML element.
                            b"br" | b"p" if integrates_html(current.as_bytes()) => unsure = true,
                            b"br" | b"p" => {
                                foreign.clear();
                                foreign_start = None;
                            }
                            _ => match foreign.iter().rposition(|f| *f == tag.name) {
                                Some(at) if !name.is_empty() => {
                                    foreign.truncate(at);
                                    if at == 0
                                        && let Some(start) = foreign_start.take()
                                        && cutting
                                    {
                                        cuts.push((start, lt, true));
                                    }
                                }
                                _ => unsure = true,
                            },
                        }
                    } else if name == b"select" {
                        in_select = false;
                    }
                }
                Some(b'>') => i += 2,
                Some(_) => {
                    // A bogus comment.
                    i = memchr::memchr(b'>', &b[i..]).map_or(b.len(), |p| i + p + 1);
                }
                None => break,
            },
            Some(c) if c.is_ascii_alphabetic() => {
                // Unread attributes are cut where the model follows the
                // tokenizer, but not inside content that is cut whole.
                let cuts_before = cuts.len();
                let attribute_cuts = (cutting && foreign_start.is_none()).then_some(&mut cuts);
                let Some(tag) = read_tag(b, i, attribute_cuts) else {
                    break;
                };
                i = tag.end;
                tags.max_attributes = tags.max_attributes.max(tag.attributes);
                let name = tag.name.as_bytes();
                tags.start_tags += 1;
                // In SVG and MathML `<path/>` closes itself; in HTML `<div/>`
                // does not.
                let closed =
                    tag.self_closing && (!foreign.is_empty() || matches!(name, b"svg" | b"math"));
                if !closed && !closes_itself(name) {
                    depth += 1;
                    tags.max_depth = tags.max_depth.max(depth);
                }
                if let Some(k) = keeps_spaces(name) {
                    pre_depth[k] += 1;
                } else if pre_depth != [0, 0] && bounds_scope(name) {
                    pre_lost = true;
                }
                let raw = name == b"script" || is_raw_text(name);
                // An element that ends foreign content (a `<meta>` in SVG)
                // does more than insert itself.
                let was_foreign = !foreign.is_empty();
                if unsure && (raw || name == b"plaintext") {
                    // Maybe HTML, maybe not: no longer followed.
                    cutting = false;
                } else if let Some(current) = foreign.last() {
                    if integrates_html(current.as_bytes()) || name.is_empty() {
                        // Read by HTML's rules, or not told apart.
                        unsure = true;
                        continue;
                    }
                    if breaks_out(name) || (name == b"font" && tag.font_attr) {
                        foreign.clear();
                        foreign_start = None;
                    } else {
                        if !tag.self_closing {
                            foreign.push(tag.name);
                        }
                        continue;
                    }
                }
                drops.start_tag(name);
                // Whether the element that starts here can go whole, if it
                // ends at `end`: in the body or head where the model knows
                // that the parser inserts it and nothing else (see
                // [`Drops`]), and not gluing text to text.
                let droppable = cutting
                    && !unsure
                    && !was_foreign
                    && foreign_start.is_none()
                    && pre_depth == [0, 0]
                    && !pre_lost
                    && !in_select
                    && drops.allowed();
                let drop_whole = |end: usize, cuts: &mut Vec<(usize, usize, bool)>| {
                    let go =
                        droppable && (!text_before || b.get(end).is_none_or(|&c| stops(c, SPACE)));
                    if go {
                        cuts.truncate(cuts_before);
                        cuts.push((lt, end, false));
                    }
                    go
                };
                match name {
                    b"link" | b"meta" if !tag.read && drop_whole(i, &mut cuts) => {}
                    // A template whose content starts with a `<col>` is a
                    // column group, which ignores every other start tag:
                    // `<script>` and `<style>` no longer switch the
                    // tokenizer to raw text.
                    b"col" if drops.templates > 0 => cutting = false,
                    b"svg" | b"math" if !unsure && !tag.self_closing => {
                        foreign.push(tag.name);
                        // In `<select>` the parser may drop the tags and
                        // keep the text.
                        foreign_start = (!in_select).then_some(i);
                    }
                    // The rest is text.
                    b"plaintext" => break,
                    b"frameset" => {
                        // Text in SVG (in the page, not in the cut one) tells
                        // the parser that a `<frameset>` comes too late.
                        cuts.retain(|&(_, _, foreign)| !foreign);
                        cutting = false;
                    }
                    b"select" => in_select = true,
                    _ if in_select && raw => cutting = false,
                    b"script" | b"style" => {
                        let end = if name == b"script" {
                            script_end(b, i)
                        } else {
                            raw_text_end(b, i, b"style")
                        };
                        // A character reference in a script's type could
                        // spell JSON-LD: such a script is kept.
                        let json_ld = tag.type_value.is_some_and(|(s, e)| {
                            let t = &html[s..e];
                            t.contains('&') || t.trim().eq_ignore_ascii_case("application/ld+json")
                        });
                        i = end;
                        if cutting && !json_ld {
                            // The whole element where it may go, else its body.
                            match (end < b.len())
                                .then(|| read_tag(b, end + 2, None))
                                .flatten()
                            {
                                Some(close) if drop_whole(close.end, &mut cuts) => {
                                    i = close.end;
                                    depth = depth.saturating_sub(1);
                                    tags.max_attributes = tags.max_attributes.max(close.attributes);
                                }
                                _ => cuts.push((tag.end, end, false)),
                            }
                        }
                    }
                    _ if raw => i = raw_text_end(b, i, name),
                    _ => {}
                }
            }
            // A `<` that starts no tag is text.
            Some(_) => text_before = true,
            None => break,
        }
    }
    // With room for what the parser adds (a `<tbody>` in every table, the
    // text a tag's repair splits): short by one node, the arena would
    // double.
    let nodes = tags.start_tags + other_nodes + usize::from(i < b.len());
    tags.nodes = nodes + nodes / 16 + 16;
    cuts.retain(|&(from, to, _)| to > from);
    let html = if cuts.is_empty() {
        Cow::Borrowed(html)
    } else {
        let mut out = String::with_capacity(html.len());
        let mut copied = 0;
        for (from, to, _) in cuts {
            out.push_str(&html[copied..from]);
            copied = to;
        }
        out.push_str(&html[copied..]);
        Cow::Owned(out)
    };
    Prescan { tags, html }
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
/// read: by the metadata ([`reads_meta`](crate::meta_names::reads_meta)), or
/// by the page-type signals (`itemprop="price"`).
fn meta_name_read(value: &str) -> bool {
    crate::meta_names::reads_meta(value) || value.trim() == "price"
}

/// Elements whose whitespace the walk keeps as it is (`<listing>` is a
/// `<pre>` to the parser), numbered.
fn keeps_spaces(name: &[u8]) -> Option<usize> {
    match name {
        b"pre" => Some(0),
        b"listing" => Some(1),
        _ => None,
    }
}

/// Elements that bound the parser's default scope (and `<select>`, inside
/// which `</pre>` is ignored): a `</pre>` inside one closes nothing.
fn bounds_scope(name: &[u8]) -> bool {
    matches!(
        name,
        b"table"
            | b"td"
            | b"th"
            | b"caption"
            | b"applet"
            | b"marquee"
            | b"object"
            | b"template"
            | b"select"
            | b"svg"
            | b"math"
    )
}

/// Void elements, elements whose end tag may be left out, and `<a>` and
/// `<nobr>`, which the parser closes when another one opens (an `<a>`
/// inside an `<a>` is never nested): for the depth estimate, elements that
/// unclosed do not make the tree deeper.
fn closes_itself(name: &[u8]) -> bool {
    matches!(
        name,
        b"area"
            | b"base"
            | b"br"
            | b"col"
            | b"embed"
            | b"hr"
            | b"img"
            | b"input"
            | b"link"
            | b"meta"
            | b"source"
            | b"track"
            | b"wbr"
            | b"param"
            | b"keygen"
            | b"frame"
            | b"basefont"
            | b"bgsound"
            | b"p"
            | b"li"
            | b"dt"
            | b"dd"
            | b"tr"
            | b"td"
            | b"th"
            | b"option"
            | b"optgroup"
            | b"tbody"
            | b"thead"
            | b"tfoot"
            | b"colgroup"
            | b"rt"
            | b"rp"
            | b"html"
            | b"head"
            | b"body"
            | b"caption"
            | b"image"
            | b"a"
            | b"nobr"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dom::tree::{Dom, NodeId, Ns};

    /// Each run of whitespace in `text` as its first character: what
    /// [`prescan`] leaves of the runs outside `<pre>`.
    fn short_spaces(text: &str) -> String {
        let mut out = String::new();
        let mut prev_space = false;
        for c in text.chars() {
            let space = c.is_ascii_whitespace();
            if !(space && prev_space) {
                out.push(c);
            }
            prev_space = space;
        }
        out
    }

    /// The tree as text, one node a line, leaving out the text of the
    /// elements that [`prescan`] may cut, and the length of runs of
    /// whitespace outside elements that keep them.
    fn outline(dom: &Dom) -> String {
        enum Item {
            Node(NodeId, usize, bool),
            Text(String, usize, bool),
        }
        let mut out = String::new();
        // Node or merged text, depth, and whether text keeps its whitespace.
        let mut stack = vec![Item::Node(Dom::DOCUMENT, 0, false)];
        while let Some(item) = stack.pop() {
            let (node, depth, mut keeps) = match item {
                Item::Node(node, depth, keeps) => (node, depth, keeps),
                Item::Text(text, depth, keeps) => {
                    let text = if keeps { text } else { short_spaces(&text) };
                    out.push_str(&format!("{}{text:?}\n", " ".repeat(depth)));
                    continue;
                }
            };
            let indent = " ".repeat(depth);
            let mut cuttable = false;
            if let Some((name, attrs)) = dom.element(node) {
                keeps |= keeps_spaces(name.local.as_bytes()).is_some()
                    || is_raw_text(name.local.as_bytes())
                    || matches!(&*name.local, "script" | "plaintext");
                out.push_str(&format!("{indent}<{:?} {}", name.ns, name.local));
                for a in attrs.iter().filter(|a| is_read(a.name.local.as_bytes())) {
                    out.push_str(&format!(" {}={:?}", a.name.local, a.value));
                }
                out.push('\n');
                cuttable = name.ns == Ns::Html
                    && (&*name.local == "style" || &*name.local == "script" && !is_json_ld(attrs));
                if name.ns != Ns::Html {
                    // The content of SVG and MathML is cut whole.
                    continue;
                }
            } else {
                out.push_str(&format!("{indent}#\n"));
            }
            // The children less the elements that may be dropped, and the
            // text on either side of one merged (with a space between, as
            // the prescan drops one only beside whitespace or a tag).
            let mut items = Vec::new();
            let mut text: Option<String> = None;
            let mut between = false;
            for c in dom.children(node) {
                if let Some(t) = dom.text(c) {
                    if cuttable {
                        continue;
                    }
                    match &mut text {
                        Some(merged) => {
                            let space = |c: char| c.is_ascii_whitespace();
                            if between && !merged.ends_with(space) && !t.starts_with(space) {
                                merged.push(' ');
                            }
                            merged.push_str(t);
                        }
                        None => text = Some(t.to_string()),
                    }
                    between = false;
                } else if may_drop(dom, c) {
                    between = text.is_some();
                } else {
                    if let Some(t) = text.take() {
                        items.push(Item::Text(t, depth + 1, keeps));
                    }
                    between = false;
                    items.push(Item::Node(c, depth + 1, keeps));
                }
            }
            if let Some(t) = text.take() {
                items.push(Item::Text(t, depth + 1, keeps));
            }
            stack.extend(items.into_iter().rev());
        }
        out
    }

    /// A JSON-LD script's attributes.
    fn is_json_ld(attrs: &[html5ever::Attribute]) -> bool {
        crate::dom::attr(attrs, &html5ever::local_name!("type"))
            .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"))
    }

    /// Whether the prescan may drop element `node` whole (see [`Drops`]).
    fn may_drop(dom: &Dom, node: NodeId) -> bool {
        let Some((name, attrs)) = dom.element(node) else {
            return false;
        };
        let has = |n: &str| attrs.iter().any(|a| &*a.name.local == n);
        name.ns == Ns::Html
            && match &*name.local {
                "script" => !is_json_ld(attrs),
                "style" => true,
                "meta" => !["property", "name", "itemprop"].iter().any(|n| {
                    attrs
                        .iter()
                        .filter(|a| &*a.name.local == *n)
                        .any(|a| meta_name_read(&a.value))
                }),
                "link" => {
                    !has("itemprop")
                        && !crate::dom::attr(attrs, &html5ever::local_name!("rel")).is_some_and(
                            |r| crate::text::contains_ignore_ascii_case(r, "canonical"),
                        )
                }
                _ => false,
            }
    }

    /// Parsing the page less what is cut gives the page's tree less the
    /// text of those elements and the attributes nothing reads.
    fn same_tree(html: &str) {
        let cut = prescan(html).html;
        assert_eq!(
            outline(&crate::dom::parse(html)),
            outline(&crate::dom::parse(&cut)),
            "input {html:?}\ncut {cut:?}"
        );
    }

    #[test]
    fn cuts_script_and_style_bodies() {
        let html = "<head><style>p > a { x: '</p>' }</style><script>if (a<b) x = '<p>';</script>\
                    <script type=' application/LD+JSON '>{\"a\":1}</script></head><p>Hi";
        assert_eq!(
            prescan(html).html,
            "<head><script type=' application/LD+JSON '>{\"a\":1}</script></head><p>Hi"
        );
        same_tree(html);
        // In a table, or before the head, the elements stay.
        for (html, cut) in [
            (
                "<body><table><tr><td>a<script>x</script>b<style>y</style></table>",
                "<body><table><tr><td>a<script></script>b<style></style></table>",
            ),
            (
                "<link rel=x href=y><script>x</script><p>a",
                "<link rel=x href=y><script></script><p>a",
            ),
        ] {
            assert_eq!(prescan(html).html, cut, "{html}");
            same_tree(html);
        }
    }

    #[test]
    fn drops_metas_nothing_reads() {
        let html = "<head><meta charset=utf-8>\n<meta name=viewport content=w>\n\
                    <meta property=OG:Title content=t>\n<meta name=robots content=r>\n\
                    <meta property=x name=author content=a>\n<meta name=date-published content=d>\n\
                    <meta itemprop=price content=1>\n<meta name=a&amp;b content=c></head>";
        assert_eq!(
            prescan(html).html,
            "<head>\n\n<meta property=OG:Title content=t>\n\n\
             <meta property=x name=author content=a>\n<meta name=date-published content=d>\n\
             <meta itemprop=price content=1>\n<meta name=a&amp;b content=c></head>"
        );
        same_tree(html);
    }

    #[test]
    fn drops_elements_nothing_reads_without_gluing_text() {
        let html = "<body>a<script>x</script>b c<script>y</script> d \
                    <link rel=stylesheet href=x>e<link rel=Canonical href=y>\
                    <link id=i rel=x><link rel=x>f <link id=j class=k><link itemprop=url href=z>\
                    </body><link rel=x>";
        assert_eq!(
            prescan(html).html,
            "<body>a<script></script>b c d e<link rel=Canonical href=y>\
             <link id=i rel=x><link rel=x>f <link itemprop=url href=z></body><link rel=x>"
        );
        same_tree(html);
    }

    #[test]
    fn cuts_comment_bodies() {
        for (html, cut) in [
            ("<p>a<!-- x -->b", "<p>a<!---->b"),
            ("<p>a<!-- x --!>b", "<p>a<!----!>b"),
            ("<p>a<!-- x --->b", "<p>a<!---->b"),
            ("<p>a<!-- x - -- y -->b", "<p>a<!---->b"),
            ("<p>a<!-- unterminated", "<p>a<!--"),
            ("<p>a<!-- x --", "<p>a<!--"),
            ("<p>a<!---->b<!-->c<!--->d", "<p>a<!---->b<!-->c<!--->d"),
            ("<svg><!-- x --></svg><!-- y -->", "<svg></svg><!---->"),
        ] {
            assert_eq!(prescan(html).html, cut, "{html}");
            same_tree(html);
        }
    }

    #[test]
    fn cuts_attributes_nothing_reads() {
        for (html, cut) in [
            (
                r#"<div data-x="1" class=a aria-label='b' ID=c onclick=go()>t</div>"#,
                r#"<div  class=a  ID=c >t</div>"#,
            ),
            // An unquoted value takes the slash: `<p x=1/>` has x="1/".
            ("<p x=1/>a", "<p >a"),
            ("<p x='1'/>a", "<p />a"),
            ("<p a b=>c", "<p  >c"),
            (r#"<p x="1"y='2'z>a"#, r#"<p >a"#),
            // A slash before the name: `<p/>` would differ from `<p/x>` in
            // foreign content.
            ("<div/x y><svg/x>", "<div/x ><svg/x>"),
            // Formatting elements compare their attributes.
            (
                "<b data-x=1>a</b><a data-x=1 href=/>b</a>",
                "<b data-x=1>a</b><a  href=/>b</a>",
            ),
            // End tags, and what is not a tag, keep theirs.
            (
                "</p x=1><title><p x=1></title>",
                "</p x=1><title><p x=1></title>",
            ),
            // The tree builder's: an input's type, a font's color.
            (
                "<input type=hidden><math><font color=red>",
                "<input type=hidden><math><font color=red>",
            ),
        ] {
            assert_eq!(prescan(html).html, cut, "{html}");
            same_tree(html);
        }
    }

    #[test]
    fn whitespace_runs_shorten_outside_pre() {
        for (html, cut) in [
            (
                "<ul>\n    <li>a  b\n      c</li>\n</ul>  ",
                "<ul>\n<li>a  b\nc</li>\n</ul>  ",
            ),
            ("<p> \t\r\n x</p>", "<p> x</p>"),
            // Kept in `<pre>` and `<listing>`, each closed by its own tag.
            (
                "<pre>\n\n  x\n  </pre>\n  <listing>  </pre>  </listing>  ",
                "<pre>\n\n  x\n  </pre>\n<listing>  </pre>  </listing>  ",
            ),
            // A `</pre>` in a table may close nothing: kept from then on.
            (
                "<pre><table><td></pre>  </table></pre>  <p>  x",
                "<pre><table><td></pre>  </table></pre>  <p>  x",
            ),
            // Not in raw text, RCDATA, comments or attribute values.
            (
                "<textarea>  a</textarea><title> \n </title><!--  --><p class='  '>",
                "<textarea>  a</textarea><title> \n </title><!----><p class='  '>",
            ),
        ] {
            assert_eq!(prescan(html).html, cut, "{html:?}");
            same_tree(html);
        }
    }

    /// Formatting elements that differ only in attributes nothing reads
    /// are different to the tree builder: of four equal ones, the new `<p>`
    /// would reopen three (html5lib's "Noah's Ark" case).
    #[test]
    fn formatting_elements_keep_their_attributes() {
        same_tree("<p><b data-a=1><b data-a=2><b data-a=3><b data-a=4><p>x");
        same_tree("<p><i x><i x=1><i x=2><i x=3><p>z");
        // Unless they are too many: the parser copies them all into every
        // paragraph it reopens the element in.
        let many: String = (0..=tuning::FORMATTING_UNREAD_MAX)
            .map(|k| format!(" data-a{k}={k}"))
            .collect();
        let html = format!("<p><b class=x{many}>t<p>u");
        let cut = prescan(&html).html;
        assert!(
            cut.starts_with("<p><b class=x ") && !cut.contains("data-a"),
            "{cut}"
        );
        same_tree(&html);
        let one_less = &many[..many.rfind(" data-a").unwrap()];
        let html = format!("<p><b class=x{one_less}>t<p>u");
        assert_eq!(prescan(&html).html, html);
        // `<a>`'s are cut: a new one closes the open one first.
        let links = "<p><a data-a=1 href=x><a data-a=2 href=x><a data-a=3 href=x><a href=x><p>y";
        assert!(!prescan(links).html.contains("data-a"));
        same_tree(links);
    }

    /// Every attribute name the crate's code spells out is one that the
    /// prescan keeps.
    #[test]
    fn attributes_the_code_reads_are_kept() {
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut dirs = vec![src];
        let mut names = 0;
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(dir).expect("src/ is readable") {
                let path = entry.expect("an entry").path();
                if path.is_dir() {
                    dirs.push(path);
                    continue;
                }
                let code = std::fs::read_to_string(&path).expect("a source file");
                for (at, _) in code.match_indices("local_name!(\"") {
                    let rest = &code[at + 13..];
                    let name = &rest[..rest.find('"').expect("a closing quote")];
                    assert!(is_read(name.as_bytes()), "{name} in {}", path.display());
                    names += 1;
                }
            }
        }
        assert!(names > 20, "only {names} attribute and tag names found");
    }

    #[test]
    fn nothing_to_cut_borrows() {
        assert!(matches!(prescan("<p>a</p>").html, Cow::Borrowed(_)));
        assert!(matches!(
            prescan("<script></script>").html,
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn tags_in_attributes_comments_and_rcdata_are_not_tags() {
        for html in [
            "<div title='<script>'>a</div><script>x</script><p>b",
            "<div title=\"a>b\" data-x=<script>>a</div><p>b",
            "<!-- <script> --><p>a</p><script>x</script>",
            "<!--><script>x</script><p>a",
            "<!---><script>x</script><p>a",
            "<!-- a --!><script>x</script><p>a",
            "<title><script>x</title><p>a</p><script>y</script>",
            "<textarea><style>x</textarea><style>y</style><p>a",
            "<xmp><script></xmp><script>y</script><p>a",
            "<iframe><script></iframe><p>a",
            "<p title=/x/>a<script>y</script>",
            "<?php echo '<script>' ?><p>a<script>y</script>",
            "</x title='>'><script>y</script>",
        ] {
            same_tree(html);
        }
    }

    #[test]
    fn script_escapes() {
        for html in [
            "<script><!--<script>--></script>x</script><p>after",
            "<script><!--<script></script>--></script><p>after",
            "<script><!-- a --></script><p>after",
            "<script><!--></script><p>after",
            "<script>a</scripts></script><p>after",
            "<script>a</SCRIPT\t><p>after",
            "<script><!--<script></script><p>a",
            "<script>unclosed <p>a",
            "<style>unclosed <p>a",
        ] {
            same_tree(html);
        }
    }

    #[test]
    fn svg_and_math_keep_their_scripts() {
        for html in [
            "<svg><style>a</style><script>b</script></svg><style>c</style><p>d",
            "<svg><title><script>x</script></title></svg><p>a",
            "<svg><foreignObject><style>x</style></foreignObject></svg><script>y</script>",
            "<svg><p>out</p><script>x</script>",
            "<svg><font color=red>out<script>x</script>",
            "<svg><font>in<script>x</script>",
            "<math><mi><style>x</style></mi></math><style>y</style>",
            "<svg/><script>x</script><p>a",
            "<svg><svg></svg><script>x</script></svg><script>y</script>",
            "<svg></math><script>x</script></svg><script>y</script>",
            "<svg><![CDATA[<script>]]></svg><script>x</script>",
        ] {
            same_tree(html);
        }
    }

    #[test]
    fn svg_content_is_cut_whole_where_followed() {
        let html = "<p>a<svg viewBox='0 0 1 1'><title>Icon</title><path d='M0 0'/></svg>b";
        assert_eq!(prescan(html).html, "<p>a<svg ></svg>b");
        same_tree(html);
        for html in [
            // A breakout: the parser leaves the SVG at the <div>.
            "<svg><g><div>out</div></g></svg><p>a",
            "<svg><path/>x</svg><frameset>",
            "<select><svg><g>x</g></svg></select>",
            "<math><mi>x</mi></math><p>a",
        ] {
            same_tree(html);
        }
        assert!(
            prescan("<svg><g><div>out</div></g></svg>")
                .html
                .contains("out")
        );
    }

    #[test]
    fn select_plaintext_and_frameset() {
        for html in [
            "<select><style>x</style><option>a</select><style>y</style>",
            "<select><script>x</script><option>a</select>",
            "<plaintext><script>x</script>",
            "<frameset><noframes><script>x</script></noframes></frameset><style>y</style>",
        ] {
            same_tree(html);
        }
    }

    #[test]
    fn start_tags_are_counted_not_text() {
        assert_eq!(prescan("a < b <p>x</p><div>").tags.start_tags, 4 + 2);
    }

    #[test]
    fn depth_counts_required_end_tags_only() {
        let s = prescan("<div><div><p>a<p>b<li>c</div><span></span></div><div>").tags;
        assert_eq!(s.max_depth, 2);
        assert_eq!(prescan(&"<div>".repeat(50)).tags.max_depth, 50);
        assert_eq!(prescan(&"<p>".repeat(50)).tags.max_depth, 0);
        assert_eq!(prescan(&"<div/>".repeat(50)).tags.max_depth, 50);
        assert_eq!(
            prescan(&format!("<svg>{}</svg>", "<path d='x'/>".repeat(50)))
                .tags
                .max_depth,
            1
        );
    }

    #[test]
    fn depth_skips_comments_and_scripts() {
        let s = prescan("<!-- <div><div> --><script>'<div><div><div>'</script><div></div>").tags;
        assert_eq!(s.max_depth, 1);
        assert_eq!(s.start_tags, 4 + 2);
    }

    /// Every corpus page, and with `DEBOILER_CUT_PAGES=DIR` every `*.html`
    /// in DIR (such as the unpacked benchmark pages).
    #[test]
    fn pages_parse_the_same() {
        let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let mut pages: Vec<_> = std::fs::read_dir(&corpus)
            .expect("corpus/ is readable")
            .filter_map(|e| Some(e.ok()?.path().join("input.html")))
            .collect();
        if let Some(dir) = std::env::var_os("DEBOILER_CUT_PAGES") {
            pages.extend(
                std::fs::read_dir(dir)
                    .expect("DEBOILER_CUT_PAGES is readable")
                    .filter_map(|e| Some(e.ok()?.path()))
                    .filter(|p| p.extension().is_some_and(|x| x == "html")),
            );
        }
        let mut cut = 0;
        for page in &pages {
            let bytes = std::fs::read(page).expect("page is readable");
            let html = crate::decode::decode(&bytes, None);
            cut += usize::from(matches!(prescan(&html).html, Cow::Owned(_)));
            same_tree(&html);
        }
        assert!(cut > 0, "no page of {} had anything cut", pages.len());
    }

    /// Random tag soup from the pieces the model must get right: 3,000
    /// documents, or `SOUP_N` of them from seed `SOUP_SEED` for a longer
    /// search (`SOUP_SEED=11 SOUP_N=200000 cargo test --release --lib
    /// random_soup`).
    #[test]
    fn random_soup_parses_the_same() {
        const PIECES: &[&str] = &[
            "<script>",
            "</script>",
            "<SCRIPT type=text/x>",
            "</Script >",
            "<script/>",
            "<script type=application/ld+json>",
            "<style>",
            "</style>",
            "<!--",
            "-->",
            "--!>",
            "-",
            "<!",
            "<!-->",
            "<svg>",
            "</svg>",
            "<math>",
            "</math>",
            "<svg/>",
            "<title>",
            "</title>",
            "<textarea>",
            "</textarea>",
            "<xmp>",
            "</xmp>",
            "<p>",
            "</p>",
            "</br>",
            "&#43;",
            "<div class=\"a>b\">",
            "</div>",
            "<b>",
            "<font color=red>",
            "<foreignObject>",
            "</foreignObject>",
            "<desc>",
            "<mi>",
            "<select>",
            "</select>",
            "<option>",
            "<table>",
            "<td>",
            "<br>",
            "<?x>",
            "</>",
            "</ x>",
            "<![CDATA[",
            "]]>",
            "<noscript>",
            "</noscript>",
            "<template>",
            "</template>",
            "<iframe>",
            "</iframe>",
            "x",
            " ",
            "<",
            ">",
            "/",
            "'",
            "\"",
            "=",
            "a=",
            "<a href=/x/>",
            "<plaintext>",
            "<frameset>",
            "<head>",
            "<body>",
            "\n",
            "<g>",
            "</g>",
            "<path/>",
            "<annotation-xml encoding=text/html>",
            "</annotation-xml>",
            "<mglyph>",
            "<SVG>",
            "</STYLE >",
            "<!--<script>",
            "<noembed>",
            "</noembed>",
            "<noframes>",
            "</noframes>",
            "</mi>",
            "</desc>",
            "<input>",
            "<caption>",
            "<colgroup>",
            "<tr>",
            "</body>",
            "</html>",
            "\0",
            "<a-custom-element-with-a-long-name>",
            "<b data-x=1>",
            "<b data-x=2>",
            "<i aria-label=x>",
            "<a href=1 data-y>",
            "<a data-y=2 href=1>",
            "<p class=c data-z='1' id=d>",
            "<div/x>",
            "<span x/>",
            "<svg data-a=1 viewBox=0>",
            "<path d=1 data-b/>",
            "<input data-a type=hidden>",
            "<font data-a size=2>",
            "<math data-a><mi x=1>",
            "<td data-col=1>",
            "<html data-a lang=en>",
            "<body data-b class=x>",
            "<img src=a data-x width=1>",
            "<b data-x=1 data-x=2>",
            "<a href=1 href=2 data-y>",
            "<input data-a type=hidden type=text>",
            "<font data-a color=red>",
            "<a xlink:href=x data-a>",
            "<template shadowrootmode=open data-x>",
            "</template>",
            "<div title='<p>' data-q=\"a>b\">",
            // Whitespace, and the elements that keep it.
            "\n    ",
            "  \t ",
            "\r\n  ",
            "\n\n",
            "<pre>",
            "</pre>",
            "<listing>",
            "</listing>",
            "</td>",
            "</table>",
            "<object>",
            // Elements that may go whole, and what bounds where.
            "<link rel=stylesheet href=x>",
            "<link REL=Canonical href=y>",
            "<link id=l rel=x>",
            "<link rel=a&amp;b>",
            "<meta name=viewport content=w>",
            "<meta property=og:title content=t>",
            "<meta itemprop=price content=1>",
            "<meta name=a&amp;b content=c>",
            "</head>",
            "<col>",
            "</colgroup>",
            "</caption>",
            "</select>",
            "a",
            "a ",
            " b",
            "<p data-x = 1 class = c>",
            "<p data-x=/ >",
            "<nobr data-x>",
            "<i data-x>",
            "<em id=1 data-z>",
            "<meta charset=utf-8 data-x>",
            "<link rel=canonical href=/c data-x>",
            "</a-custom-element-with-a-long-name>",
        ];
        let setting = |name: &str| std::env::var(name).ok().and_then(|v| v.parse().ok());
        let mut state: u64 = setting("SOUP_SEED").unwrap_or(0x2545_F491_4F6C_DD1D);
        let mut next = || crate::xorshift(&mut state);
        for _ in 0..setting("SOUP_N").unwrap_or(3000) {
            let n = 2 + next() % 40;
            let html: String = (0..n)
                .map(|_| PIECES[(next() % PIECES.len() as u64) as usize])
                .collect();
            same_tree(&html);
        }
    }
}
