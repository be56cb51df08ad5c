//! The prescan's tests: its parse is html5ever's parse of the page less
//! what it cut, on tiny pages, every bench page and random tag soup.

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
                    && !crate::dom::attr(attrs, &html5ever::local_name!("rel"))
                        .is_some_and(|r| crate::text::contains_ignore_ascii_case(r, "canonical"))
            }
            _ => false,
        }
}

/// Parsing the page less what is cut gives the page's tree less the
/// text of those elements and the attributes nothing reads.
fn same_tree(html: &str) {
    let scan = prescan(html);
    // The tree to match: the page's, less the cuts that change it on
    // purpose.
    let page = without(html, scan.view_cuts.iter().copied());
    let cut = scan.html;
    assert_eq!(
        outline(&crate::dom::parse(&page)),
        outline(&crate::dom::parse(&cut)),
        "input {html:?}\ncut {cut:?}"
    );
}

#[test]
fn an_unclosed_iframe_in_noscript_ends_with_the_noscript() {
    let html = "<body><noscript><iframe src=\"https://tags.example/ns.html\" height=\"0\" \
                style=\"display:none\" /></noscript><main><p>The story.</p></main>";
    let scan = prescan(html);
    assert_eq!(
        scan.html,
        "<body><noscript></noscript><main><p>The story.</p></main>"
    );
    assert_eq!(scan.view_cuts.len(), 1);
    same_tree(html);
    // Without the cut, the parser reads the rest of the page as the
    // iframe's text.
    assert!(!outline(&crate::dom::parse(html)).contains("<Html main\n"));
    assert!(outline(&crate::dom::parse(&scan.html)).contains("<Html main\n"));
    // An iframe closed in its noscript, one with markup before the
    // `</noscript>`, and one outside a noscript are the parser's.
    for html in [
        "<body><noscript><iframe src=x></iframe></noscript><p>a",
        "<body><noscript><iframe src=x><p>b</noscript><p>a",
        "<body><iframe src=x /><p>a</p></iframe><p>c",
        "<body><noscript></noscript><iframe src=x /></noscript><p>a",
    ] {
        assert!(prescan(html).view_cuts.is_empty(), "{html}");
        same_tree(html);
    }
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
        let html = crate::decode::decode(&bytes, crate::decode::Hints::default()).0;
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
