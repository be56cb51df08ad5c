//! The tree builder's half of the model: the few rules of tree
//! construction that choose the tokenizer's state or bound where an
//! element may be dropped (foreign content, raw text, scopes, void
//! elements, whitespace that `<pre>` keeps).

/// Elements that end foreign content (SVG, MathML) when they start in it.
pub(super) fn breaks_out(name: &[u8]) -> bool {
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
pub(super) fn integrates_html(name: &[u8]) -> bool {
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
pub(super) fn is_raw_text(name: &[u8]) -> bool {
    matches!(
        name,
        b"title" | b"textarea" | b"style" | b"xmp" | b"iframe" | b"noembed" | b"noframes"
    )
}

/// Elements whose whitespace the walk keeps as it is (`<listing>` is a
/// `<pre>` to the parser), numbered.
pub(super) fn keeps_spaces(name: &[u8]) -> Option<usize> {
    match name {
        b"pre" => Some(0),
        b"listing" => Some(1),
        _ => None,
    }
}

/// Elements that bound the parser's default scope (and `<select>`, inside
/// which `</pre>` is ignored): a `</pre>` inside one closes nothing.
pub(super) fn bounds_scope(name: &[u8]) -> bool {
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
pub(super) fn closes_itself(name: &[u8]) -> bool {
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
