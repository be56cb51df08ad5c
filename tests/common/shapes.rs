//! Pages built by repeating one piece of markup `n` times: the shapes that
//! make an extractor's cost grow faster than its input when something in
//! it copies, rescans or nests per repetition. Shared by `tests/linear.rs`
//! (which doubles `n` and checks that the cost doubles) and
//! `examples/shapes.rs` (which runs one shape for callgrind).

/// A shape: its name, what it stands for, and its page for `n`.
#[allow(dead_code)] // `what` is for the reader
pub struct Shape {
    pub name: &'static str,
    pub what: &'static str,
    pub page: fn(usize) -> String,
    /// The `n` at which the tests measure it (and at twice that), chosen so
    /// the page is some hundreds of kilobytes.
    pub n: usize,
}

/// A long run of one letter, for names and values.
fn long(c: char, len: usize) -> String {
    std::iter::repeat_n(c, len).collect()
}

fn repeat(piece: &str, n: usize) -> String {
    piece.repeat(n)
}

/// Six formatting elements with `attrs` opened in a paragraph and left
/// open, then `n` paragraphs, into each of which the parser reopens them.
fn reopened_six(attrs: &str, n: usize) -> String {
    let open: String = ["b", "i", "u", "s", "em", "strong"]
        .iter()
        .map(|t| format!("<{t} {attrs}>"))
        .collect();
    format!("<p>{open}t{}", repeat("<p>t", n))
}

fn json_ld(json: &str) -> String {
    format!(
        "<html><head><script type=\"application/ld+json\">{json}</script></head>\
         <body><article><p>The story of the page, long enough to be its main content.</p>\
         </article></body></html>"
    )
}

pub const SHAPES: &[Shape] = &[
    Shape {
        name: "long_tag_names",
        what: "paragraphs under six nested custom elements with 2,000-byte names (tag paths)",
        page: |n| {
            let name = format!("x-{}", long('a', 2000));
            format!(
                "{}{}",
                format!("<{name}>").repeat(6),
                repeat("<p>word</p>", n)
            )
        },
        n: 20_000,
    },
    Shape {
        name: "long_tag_names_nested",
        what: "a paragraph in each of n nested custom elements with 2,000-byte names",
        page: |n| {
            let name = format!("x-{}", long('a', 2000));
            repeat(&format!("<{name}><p>word</p>"), n)
        },
        n: 200,
    },
    Shape {
        name: "long_class",
        what: "paragraphs under a div whose class is 20,000 bytes (class/id strings)",
        page: |n| {
            format!(
                "<div class=\"{}\">{}",
                long('c', 20_000),
                repeat("<p>word</p>", n)
            )
        },
        n: 20_000,
    },
    Shape {
        name: "long_class_spaces",
        what: "paragraphs under a div whose class is 20,000 spaces",
        page: |n| {
            format!(
                "<div class=\"{}\">{}",
                long(' ', 20_000),
                repeat("<p>word</p>", n)
            )
        },
        n: 20_000,
    },
    Shape {
        name: "long_class_nested",
        what: "a paragraph in each of n nested divs with 2,000-byte classes",
        page: |n| {
            repeat(
                &format!("<div class=\"{}\"><p>word</p>", long('c', 2000)),
                n,
            )
        },
        n: 200,
    },
    Shape {
        name: "li_dt",
        what: "<li>x<dt>y repeated: each nests in the last (refused as too deep)",
        page: |n| repeat("<li>x<dt>y", n),
        n: 50_000,
    },
    Shape {
        name: "rt",
        what: "<rt> outside <ruby> repeated: each nests in the last (refused as too deep)",
        page: |n| repeat("<rt>", n),
        n: 100_000,
    },
    Shape {
        name: "ld_author_fanout",
        what: "JSON-LD authors that all refer by @id to one person with a long name list",
        page: |n| {
            let names = format!("[{}\"Ann Lee\"]", "{},".repeat(2000));
            let refs = vec!["{\"@id\":\"#p\"}"; n].join(",");
            json_ld(&format!(
                "{{\"@graph\":[{{\"@id\":\"#p\",\"@type\":\"Person\",\"name\":{names}}},\
                 {{\"@type\":\"NewsArticle\",\"headline\":\"H\",\"author\":[{refs}]}}]}}"
            ))
        },
        n: 20_000,
    },
    Shape {
        name: "ld_id_web",
        what: "JSON-LD people that each refer to twenty others, and an article naming them all",
        page: |n| {
            let people: Vec<String> = (0..n)
                .map(|i| {
                    let knows: Vec<String> =
                        (0..20).map(|j| format!("{{\"@id\":\"#p{}\"}}", (i + j) % n)).collect();
                    format!(
                        "{{\"@id\":\"#p{i}\",\"@type\":\"Person\",\"name\":\"P{i}\",\"knows\":[{}]}}",
                        knows.join(",")
                    )
                })
                .collect();
            let refs: Vec<String> = (0..n).map(|i| format!("{{\"@id\":\"#p{i}\"}}")).collect();
            json_ld(&format!(
                "{{\"@graph\":[{},{{\"@type\":\"NewsArticle\",\"headline\":\"H\",\"author\":[{}]}}]}}",
                people.join(","),
                refs.join(",")
            ))
        },
        n: 1_000,
    },
    Shape {
        name: "ld_entities",
        what: "a JSON-LD headline of character references",
        page: |n| {
            json_ld(&format!(
                "{{\"@type\":\"NewsArticle\",\"headline\":\"{}\"}}",
                "&amp;&#8217;&raquo;é&notit;".repeat(n)
            ))
        },
        n: 20_000,
    },
    Shape {
        name: "reopened_link",
        what: "paragraphs into which the parser reopens a link with a 2,000-byte href",
        page: |n| format!("<p><a href=\"/{}\">t{}", long('h', 2000), repeat("<p>t", n)),
        n: 20_000,
    },
    Shape {
        name: "reopened_formatting",
        what: "paragraphs into which the parser reopens six formatting elements with long classes",
        page: |n| reopened_six(&format!("class=\"{}\"", long('c', 1000)), n),
        n: 20_000,
    },
    Shape {
        name: "reopened_many",
        what: "paragraphs into which the parser reopens 400 formatting elements (refused: too many nodes)",
        page: |n| {
            let open: String = (0..400).map(|i| format!("<b class=c{i}>")).collect();
            format!("<p>{open}t{}", repeat("<p>t", n))
        },
        n: 20_000,
    },
    Shape {
        name: "reopened_long_classes",
        what: "paragraphs into which the parser reopens six formatting elements with 100 KB classes and styles",
        page: |n| {
            let c = long('c', 100_000);
            reopened_six(&format!("class=\"{c}\" style=\"{c}\" id=\"{c}\""), n)
        },
        n: 20_000,
    },
    Shape {
        name: "reopened_disclosure",
        what: "paragraphs into which the parser reopens six disclosure triggers naming 100 KB panel ids",
        page: |n| {
            let c = long('c', 100_000);
            reopened_six(
                &format!("aria-expanded=false aria-controls=\"{c} d{c}\""),
                n,
            )
        },
        n: 20_000,
    },
    Shape {
        name: "reopened_hidden_panel",
        what: "paragraphs into which the parser reopens six hidden panels with 100 KB ids, named by a trigger",
        page: |n| {
            let c = long('c', 100_000);
            format!(
                "<button aria-controls=\"p {c}\">Open</button>{}",
                reopened_six(&format!("id=\"{c}\" hidden"), n)
            )
        },
        n: 20_000,
    },
    Shape {
        name: "reopened_attributes",
        what: "paragraphs into which the parser reopens a <b> with a thousand attributes",
        page: |n| {
            let attrs: String = (0..1000).map(|i| format!(" data-a{i}={i}")).collect();
            let paragraphs: String = (0..n).map(|i| format!("<p>t{i}")).collect();
            format!("<p><b{attrs}>t{paragraphs}")
        },
        n: 20_000,
    },
    Shape {
        name: "links_long_href",
        what: "links whose hrefs are 2,000 bytes each",
        page: |n| {
            let href = long('h', 2000);
            format!("<p>{}", repeat(&format!("<a href=\"/{href}\">x</a> "), n))
        },
        n: 200,
    },
    Shape {
        name: "images_long_src",
        what: "images with 2,000-byte sources and alternative texts in one paragraph",
        page: |n| {
            let v = long('s', 2000);
            format!(
                "<p>text {}",
                repeat(&format!("<img src=\"/{v}\" alt=\"{v}\"> word "), n)
            )
        },
        n: 100,
    },
    Shape {
        name: "pre_children",
        what: "a <pre> with n block children",
        page: |n| {
            format!(
                "<pre class=\"language-rust\">{}",
                repeat("<div>let x = 1;</div>", n)
            )
        },
        n: 20_000,
    },
    Shape {
        name: "one_row_cells",
        what: "one table row of n cells",
        page: |n| format!("<table><tr>{}</table>", repeat("<td>cell", n)),
        n: 50_000,
    },
    Shape {
        name: "table_rows",
        what: "a table of n rows",
        page: |n| {
            format!(
                "<table><tr><th>a<th>b{}</table>",
                repeat("<tr><td>1<td>2", n)
            )
        },
        n: 30_000,
    },
    Shape {
        name: "pre_table_br",
        what: "table cells in <pre> with line breaks and non-ASCII text",
        page: |n| {
            format!(
                "<pre><table>{}</table>",
                repeat("<tr>  <td><br>é ☆ <b>x</b> ", n)
            )
        },
        n: 20_000,
    },
    Shape {
        name: "br_run",
        what: "one paragraph of n lines",
        page: |n| format!("<p>{}", repeat("word é<br>", n)),
        n: 50_000,
    },
    Shape {
        name: "inline_run",
        what: "one paragraph of n emphasised, strong and code words",
        page: |n| {
            format!(
                "<p>{}",
                repeat("<em>a</em> <strong>b</strong> <code>c</code> ", n)
            )
        },
        n: 20_000,
    },
    Shape {
        name: "unclosed_formatting",
        what: "<b> and <i> left open n times (each nests: refused as too deep)",
        page: |n| repeat("<b class=x>a<i class=y>b", n),
        n: 50_000,
    },
    Shape {
        name: "unclosed_links",
        what: "links left open n times (each closes the last)",
        page: |n| repeat("<a href=/x>link text ", n),
        n: 50_000,
    },
    Shape {
        name: "link_cards",
        what: "a grid of n link cards",
        page: |n| {
            format!(
                "<main>{}</main>",
                repeat(
                    "<div class=card><h3><a href=/s>Story title here</a></h3><p>An excerpt of it.</p></div>",
                    n
                )
            )
        },
        n: 5_000,
    },
    Shape {
        name: "same_paragraph",
        what: "one paragraph repeated n times",
        page: |n| {
            repeat(
                "<p>The same paragraph, word for word, again and again.</p>",
                n,
            )
        },
        n: 10_000,
    },
    Shape {
        name: "headings",
        what: "n headings with a paragraph each",
        page: |n| {
            format!(
                "<title>T</title>{}",
                repeat("<h2>T</h2><p>Some text here.</p>", n)
            )
        },
        n: 10_000,
    },
    Shape {
        name: "metas",
        what: "n <meta> tags the metadata reads",
        page: |n| {
            format!(
                "<head>{}</head><p>text</p>",
                repeat(
                    "<meta property=og:title content=\"A title\"><meta name=author content=\"By Ann\">\
                     <meta property=article:published_time content=2024-01-02>",
                    n
                )
            )
        },
        n: 5_000,
    },
    Shape {
        name: "json_ld_scripts",
        what: "n JSON-LD scripts",
        page: |n| {
            format!(
                "<head>{}</head><p>text</p>",
                repeat(
                    "<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"headline\":\"H\",\"author\":{\"name\":\"Ann\"}}</script>",
                    n
                )
            )
        },
        n: 5_000,
    },
    Shape {
        name: "dates",
        what: "n date-like lines",
        page: |n| {
            format!(
                "<h1>T</h1>{}",
                repeat("<p>Posted on 12 March 2024, 10:30</p>", n)
            )
        },
        n: 10_000,
    },
    Shape {
        name: "hidden",
        what: "n hidden sections (a page that shows nothing is read again revealed)",
        page: |n| repeat("<div hidden><p>Hidden text of the page.</p></div>", n),
        n: 10_000,
    },
    Shape {
        name: "noscript",
        what: "n <noscript> sections (a page that shows little is read again with them)",
        page: |n| repeat("<noscript><p>Text for crawlers.</p></noscript>", n),
        n: 10_000,
    },
    Shape {
        name: "templates",
        what: "n nested templates (each nests in the last: refused as too deep)",
        page: |n| repeat("<template><p>x", n),
        n: 20_000,
    },
    Shape {
        name: "nested_lists",
        what: "a list item with a list in it, n times (each nests: refused as too deep)",
        page: |n| repeat("<ul><li>item", n),
        n: 20_000,
    },
    Shape {
        name: "shallow_nesting",
        what: "n sections each 300 elements deep",
        page: |n| {
            let open = "<div>".repeat(300);
            let close = "</div>".repeat(300);
            repeat(&format!("{open}<p>deep text</p>{close}"), n)
        },
        n: 100,
    },
    Shape {
        name: "base_and_links",
        what: "a <base href> and n relative links",
        page: |n| {
            format!(
                "<head><base href=\"https://example.com/a/b/\"></head><p>{}",
                repeat("<a href=\"../c/./d?q#f\">link</a> word ", n)
            )
        },
        n: 10_000,
    },
    Shape {
        name: "comments",
        what: "n comments between paragraphs",
        page: |n| repeat("<!-- a comment --><p>text</p>", n),
        n: 20_000,
    },
    Shape {
        name: "foreign",
        what: "n SVG and MathML islands",
        page: |n| {
            repeat(
                "<p>a<svg><g><text>t</text></g></svg><math><mi>x</mi></math>b</p>",
                n,
            )
        },
        n: 10_000,
    },
    Shape {
        name: "select_options",
        what: "a select with n options",
        page: |n| format!("<p>x<select>{}</select>", repeat("<option>choice", n)),
        n: 50_000,
    },
    Shape {
        name: "tiny_paragraphs",
        what: "n one-character paragraphs (memory follows the element count)",
        page: |n| repeat("<p>a", n),
        n: 50_000,
    },
];
