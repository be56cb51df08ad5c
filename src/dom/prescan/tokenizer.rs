//! The tokenizer's half of the model: tags and their attributes, comments,
//! raw text and RCDATA, and the script data escape states, read a byte at
//! a time without building anything.

use super::*;

/// The bytes that end names and values in tags, as bit sets in
/// [`STOPS`]: whitespace (a CR is a newline to the tokenizer), `/`, `>`
/// and `=`.
pub(super) const SPACE: u8 = 1;

pub(super) const SLASH: u8 = 2;

pub(super) const GT: u8 = 4;

pub(super) const EQ: u8 = 8;

pub(super) static STOPS: [u8; 256] = {
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
pub(super) fn stops(b: u8, stops: u8) -> bool {
    STOPS[b as usize] & stops != 0
}

/// Past the bytes from `i` that are none of `set`.
pub(super) fn skip_until(b: &[u8], mut i: usize, set: u8) -> usize {
    while i < b.len() && !stops(b[i], set) {
        i += 1;
    }
    i
}

/// Past the whitespace from `i`.
pub(super) fn skip_space(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && stops(b[i], SPACE) {
        i += 1;
    }
    i
}

/// Ends a tag name in the raw-text states' "appropriate end tag" test.
pub(super) fn ends_name(b: Option<&u8>) -> bool {
    b.is_some_and(|&b| stops(b, SPACE | SLASH | GT))
}

/// Room for the longest element name the model tells apart (SVG's
/// `feComponentTransfer` has 19 bytes).
pub(super) const NAME_BYTES: usize = 24;

/// A tag name, ASCII-lowercased, if it fits in [`NAME_BYTES`]: longer
/// names are none the model looks for, and are read as empty.
#[derive(Clone, Copy, PartialEq)]
pub(super) struct Name {
    pub(super) bytes: [u8; NAME_BYTES],
    pub(super) len: usize,
}

impl Name {
    pub(super) fn read(raw: &[u8]) -> Name {
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

    pub(super) fn as_bytes(&self) -> &[u8] {
        &self.bytes[..self.len]
    }
}

/// A start or end tag read from the source.
pub(super) struct Tag {
    pub(super) name: Name,
    /// Past the closing `>`.
    pub(super) end: usize,
    pub(super) self_closing: bool,
    /// For a `<script>`, the value of its first `type` attribute, if any.
    pub(super) type_value: Option<(usize, usize)>,
    /// For a `<font>`, whether it has a `color`, `face` or `size`
    /// attribute (it then breaks out of foreign content).
    pub(super) font_attr: bool,
    /// For a `<link>` or a `<meta>`, whether it has an attribute the walk
    /// reads on one: a link's `itemprop` or a `rel` that may be
    /// `canonical`; a meta's `property`, `name` or `itemprop` that may be
    /// one the metadata reads ([`reads_meta`](crate::meta_names::reads_meta)),
    /// or `itemprop="price"`.
    pub(super) read: bool,
    /// How many attributes it has, repeated names included.
    pub(super) attributes: usize,
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
            | b"aria-controls"
            | b"itemprop"
            | b"itemscope"
            | b"data-author"
            | b"data-author-username"
            | b"author"
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
pub(super) fn compares_attributes(name: &[u8]) -> bool {
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
pub(super) fn read_tag(
    b: &[u8],
    at: usize,
    mut cuts: Option<&mut Vec<(usize, usize, bool)>>,
) -> Option<Tag> {
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
    let reads = match name {
        b"script" => Reads::Script,
        b"font" => Reads::Font,
        b"link" => Reads::Link,
        b"meta" => Reads::Meta,
        _ => Reads::Nothing,
    };
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
        if reads == Reads::Link && name.eq_ignore_ascii_case(b"itemprop") {
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
        if reads != Reads::Nothing {
            tag.note(reads, name, &b[start..end], (start, end));
        }
    }
}

/// The tags whose attributes the prescan reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Reads {
    Nothing,
    /// `type`.
    Script,
    /// `color`, `face`, `size`.
    Font,
    /// `rel`, `itemprop`.
    Link,
    /// `property`, `name`, `itemprop`.
    Meta,
}

impl Tag {
    /// Notes what an attribute (`name`, `value` at `range`) of a tag that
    /// `reads` says.
    fn note(&mut self, reads: Reads, name: &[u8], value: &[u8], range: (usize, usize)) {
        // A character reference could spell any name: such a value is read.
        match reads {
            Reads::Link if name.eq_ignore_ascii_case(b"rel") => {
                self.read |=
                    value.contains(&b'&') || crate::text::find_ci(value, 0, b"canonical").is_some();
            }
            Reads::Meta
                if [&b"property"[..], b"name", b"itemprop"]
                    .iter()
                    .any(|a| name.eq_ignore_ascii_case(a)) =>
            {
                self.read |=
                    value.contains(&b'&') || std::str::from_utf8(value).is_ok_and(meta_name_read);
            }
            Reads::Script if self.type_value.is_none() && name.eq_ignore_ascii_case(b"type") => {
                self.type_value = Some(range);
            }
            Reads::Font
                if ["color", "face", "size"]
                    .iter()
                    .any(|a| name.eq_ignore_ascii_case(a.as_bytes())) =>
            {
                self.font_attr = true;
            }
            _ => {}
        }
    }
}

/// Past the end of a comment whose body starts at `at` (after `<!--`), as
/// the tokenizer's comment states end it: `<!-->`, `<!--->`, or `-->`
/// / `--!>` after the body.
pub(super) fn comment_end(b: &[u8], at: usize) -> usize {
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
pub(super) fn raw_text_end(b: &[u8], at: usize, name: &[u8]) -> usize {
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
pub(super) fn script_end(b: &[u8], at: usize) -> usize {
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
