//! Pages built from grammar pieces, for the structure-aware fuzz target
//! (`grammar`) and `tests/grammar.rs`: every string of bytes is a list of
//! choices, so every input the fuzzer tries is a page with JSON-LD, metas,
//! dates, links, charsets, tables, `<pre>`, line breaks and inline nests
//! around text of several-byte characters, and the repeated shapes that
//! once made the cost grow faster than the page. Byte-level fuzzing of
//! mostly-ASCII seeds reaches none of that.

/// The most bytes the repeated shapes of one page may add: repeats nest,
/// and a page must stay small enough to run thousands of times a minute.
const REPEAT_BUDGET: usize = 256 * 1024;

/// The choices: the fuzzer's bytes, then zeros; and what is left of the
/// page's repeat budget.
pub struct Choices<'a> {
    bytes: &'a [u8],
    at: usize,
    budget: usize,
}

impl<'a> Choices<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        Choices {
            bytes,
            at: 0,
            budget: REPEAT_BUDGET,
        }
    }

    fn byte(&mut self) -> u8 {
        let b = self.bytes.get(self.at).copied().unwrap_or(0);
        self.at += 1;
        b
    }

    fn done(&self) -> bool {
        self.at >= self.bytes.len()
    }

    /// A number below `n` (at least 1).
    fn below(&mut self, n: usize) -> usize {
        let v = (self.byte() as usize) << 8 | self.byte() as usize;
        v % n.max(1)
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }
}

/// Words: plain, several-byte, character references of every kind (some
/// that the standard replaces), markdown and HTML syntax, odd spaces.
const WORDS: &[&str] = &[
    "the",
    "bridge",
    "council",
    "voted",
    "é",
    "☆☆☆",
    "😀",
    "Gebäck,süß,",
    "日本語の文章",
    "Привет",
    "مرحبا",
    "&amp;",
    "&raquo;",
    "&#8217;",
    "&#x2019",
    "&notit;",
    "&not",
    "&#0;",
    "&#xD800;",
    "&#x80;",
    "&#99999999999;",
    "&ééé",
    "& ",
    "&",
    "<",
    ">",
    "\"",
    "'",
    "*",
    "_",
    "`",
    "#",
    "|",
    "[x]",
    "\\",
    "!",
    "1.",
    "-",
    "\u{a0}",
    "\u{200b}",
    "\t",
    "\r\n",
    "\n",
    "\u{feff}",
    "\u{fffd}",
    "a\u{301}",
    "ﬁ",
    "İ",
    "K",
    " | ",
    " • ",
    " - ",
    " – ",
    "¶",
    "§",
    "↩︎",
    "(latimes.com) 87",
    "(a.) 1",
    "Example.co.uk",
    "Node.js",
    ".com",
    "## ",
    "Thread: ",
    "\u{ad}",
    "ÉditorialNovember",
    "aÑ",
    "By ",
    "Official Site",
    "ByTrevor",
    "by:Élise",
    "Posted by",
    "Posted on",
    "Published",
    "originally published on",
    "Authors:",
    "Contributors:",
    "©",
    "»",
    "●",
    "Sat,",
    "Jan",
    "Ph.D.",
    "Jr.",
];

/// Dates as pages write them, good and bad.
const DATES: &[&str] = &[
    "2024-02-31",
    "2024-01-02T10:30:00+05:30",
    "2023-12-31T23:59:60Z",
    "12 März 2024",
    "4 de janeiro de 2021",
    "1 января 2020",
    "2023年1月7日",
    "31/12/2023",
    "20/13/2020",
    "Dec 17, 2025Julian",
    "EditorialNovember 22, 2018",
    "04-ago-2021",
    "1700000000",
    "99999999999999999999",
    "T25:61",
    "2024",
    "Posted on 3 Mai 2019 à 10h",
    "-0001-01-01",
    "２０２４年",
    "2024-03-05 23:30:15,123456789123+0100",
    "2024-03-05T10:00:00-99",
    "2024-03-05t1٠:00z",
    "2024-02-29T00:00:00.",
    "2023 Jan 7;15(1)",
    "1999 Dezembre 32",
    "2024 ago 31",
    "15-Mar-2024",
    "3 dic 2019",
    "15/12/2025 at 19:00",
    "2025-12-19T03:05:00+00:00",
    "2025-12-18T19:05:00-08:00",
    "2025-12-18T19:05:00-14:59",
    "0000-01-01T00:00:00Z",
    "",
];

/// Link targets of every form.
const HREFS: &[&str] = &[
    "../x/./y?q#f",
    "//host/p",
    "?q=1",
    "#top",
    "javascript:alert(1)",
    "mailto:a@b.c",
    " https://a b/ ",
    "\\foo\\bar",
    "https:foo",
    "http://[::1]:80/é",
    "data:text/html,x",
    "https://EXAMPLE.com:443/%zz",
    "",
    "#",
    "/☆/😀?é=ü",
    "http://a\tb\nc/",
    "https://www.news.example.co.uk/2024/03/05/a",
    "https://Bücher.example/x",
    "https://a..b/",
    "https://blog.example%2Farticles%2F2025-12-15%2Bx",
    "%2F%2F%2f2024%2f13%2f45",
    "/author/ann-lee",
    "/authors/",
];

/// Charset labels, known and not.
const CHARSETS: &[&str] = &[
    "utf-8",
    "windows-1252",
    "shift_jis",
    "gbk",
    "utf-16",
    "utf-16le",
    "x-user-defined",
    "replacement",
    "koi8-r",
    "nonsense",
    "",
    "\"utf-8",
    "UTF8",
];

const TYPES: &[&str] = &[
    "NewsArticle",
    "Article",
    "BlogPosting",
    "DiscussionForumPosting",
    "Product",
    "WebPage",
    "Person",
    "Organization",
    "https://schema.org/Article",
    "schema:Person",
];

fn text(c: &mut Choices, out: &mut String) {
    for _ in 0..1 + c.below(8) {
        out.push_str(c.pick(WORDS));
        out.push(' ');
    }
}

/// A JSON string holding text (escaped as JSON, entities left in).
fn json_string(c: &mut Choices) -> String {
    let mut s = String::new();
    text(c, &mut s);
    serde_json::to_string(&s).expect("a string")
}

fn json_value(c: &mut Choices, depth: usize) -> String {
    match c.below(if depth > 3 { 3 } else { 7 }) {
        0 => json_string(c),
        1 => format!("{{\"@id\":\"#e{}\"}}", c.below(8)),
        2 => serde_json::to_string(c.pick(DATES)).expect("a string"),
        3 => format!(
            "[{}]",
            (0..c.below(6))
                .map(|_| json_value(c, depth + 1))
                .collect::<Vec<_>>()
                .join(",")
        ),
        4 => format!(
            "{{\"@type\":\"{}\",\"name\":{}}}",
            c.pick(TYPES),
            json_value(c, depth + 1)
        ),
        5 => json_object(c, depth + 1),
        _ => c
            .pick(&["null", "1", "true", "{}", "[]", "-1e999"])
            .to_string(),
    }
}

fn json_object(c: &mut Choices, depth: usize) -> String {
    let keys = [
        "@type",
        "@id",
        "headline",
        "name",
        "author",
        "datePublished",
        "dateModified",
        "keywords",
        "mainEntity",
        "publisher",
        "@graph",
        "image",
        "url",
        "description",
    ];
    let fields: Vec<String> = (0..1 + c.below(6))
        .map(|_| {
            let key = c.pick(&keys);
            let value = match key {
                "@type" => format!("\"{}\"", c.pick(TYPES)),
                "@id" => format!("\"#e{}\"", c.below(8)),
                _ => json_value(c, depth),
            };
            format!("\"{key}\":{value}")
        })
        .collect();
    format!("{{{}}}", fields.join(","))
}

fn json_ld(c: &mut Choices, out: &mut String) {
    let body = match c.below(4) {
        0 => format!(
            "{{\"@graph\":[{}]}}",
            (0..1 + c.below(8))
                .map(|_| json_object(c, 0))
                .collect::<Vec<_>>()
                .join(",")
        ),
        1 => format!("<!--{}-->", json_object(c, 0)),
        // Not JSON at all, or cut short.
        2 => {
            let o = json_object(c, 0);
            let cut = floor(&o, c.below(o.len() + 1));
            o[..cut].to_string()
        }
        _ => json_object(c, 0),
    };
    out.push_str("<script type=\"application/ld+json\">");
    out.push_str(&body);
    out.push_str("</script>");
}

/// The largest char boundary of `s` at or before `at`.
pub fn floor(s: &str, at: usize) -> usize {
    (0..=at.min(s.len()))
        .rev()
        .find(|&i| s.is_char_boundary(i))
        .unwrap_or(0)
}

fn meta(c: &mut Choices, out: &mut String) {
    let names = [
        "og:title",
        "author",
        "article:published_time",
        "description",
        "og:site_name",
        "twitter:label1",
        "twitter:data1",
        "citation_author",
        "date",
        "og:image",
        "keywords",
        "article:author",
        "ms.date",
        "og:locale",
        "og:url",
        "name",
        "datePublished",
        "dateCreated",
        "dateModified",
        "published-date",
    ];
    let mut value = String::new();
    match c.below(3) {
        0 => value.push_str(c.pick(DATES)),
        1 => value.push_str(c.pick(HREFS)),
        _ => text(c, &mut value),
    }
    let value = value.replace('"', "&quot;");
    match c.below(3) {
        0 => out.push_str(&format!(
            "<meta property=\"{}\" content=\"{value}\">",
            c.pick(&names)
        )),
        1 => out.push_str(&format!(
            "<meta name=\"{}\" content=\"{value}\">",
            c.pick(&names)
        )),
        _ => out.push_str(&format!(
            "<meta itemprop=\"{}\" content=\"{value}\">",
            c.pick(&names)
        )),
    }
}

/// One piece of the body.
fn piece(c: &mut Choices, out: &mut String, depth: usize) {
    let open = |out: &mut String, tag: &str| out.push_str(&format!("<{tag}>"));
    match c.below(if depth > 6 { 6 } else { 38 }) {
        0..=2 => text(c, out),
        3 => out.push_str("<br>"),
        4 => out.push_str(&format!(
            "<time datetime=\"{}\">{}</time>",
            c.pick(DATES),
            c.pick(DATES)
        )),
        5 => out.push_str(&format!(
            "<img src=\"{}\" alt=\"{}\">",
            c.pick(HREFS),
            c.pick(WORDS)
        )),
        6 => {
            out.push_str(&format!("<a href=\"{}\">", c.pick(HREFS)));
            piece(c, out, depth + 1);
            if c.below(3) > 0 {
                out.push_str("</a>");
            }
        }
        7 => {
            out.push_str("<pre>");
            piece(c, out, depth + 1);
            piece(c, out, depth + 1);
        }
        8 => {
            out.push_str("<table>");
            for _ in 0..1 + c.below(4) {
                out.push_str(c.pick(&["<tr>", "<tr>  ", "<thead><tr>", "<caption>"]));
                for _ in 0..1 + c.below(4) {
                    out.push_str(c.pick(&["<td>", "<th>", "<td> <br>", "<td colspan=2>"]));
                    piece(c, out, depth + 1);
                }
            }
            if c.below(2) == 0 {
                out.push_str("</table>");
            }
        }
        9 => {
            let tag = c.pick(&["b", "i", "em", "strong", "code", "u", "s", "span", "small"]);
            open(out, tag);
            piece(c, out, depth + 1);
            if c.below(3) > 0 {
                out.push_str(&format!("</{tag}>"));
            }
        }
        10 => {
            let tag = c.pick(&[
                "p",
                "div",
                "section",
                "article",
                "main",
                "aside",
                "blockquote",
            ]);
            let class = c.pick(&[
                "", "share", "comments", "author", "related", "content", "hidden", "caption",
            ]);
            out.push_str(&format!("<{tag} class=\"{class}\">"));
            for _ in 0..1 + c.below(4) {
                piece(c, out, depth + 1);
            }
            out.push_str(&format!("</{tag}>"));
        }
        11 => {
            out.push_str(c.pick(&["<ul>", "<ol start=3>", "<dl>", "<menu>"]));
            for _ in 0..1 + c.below(5) {
                out.push_str(c.pick(&["<li>", "<dt>", "<dd>"]));
                piece(c, out, depth + 1);
            }
        }
        12 => out.push_str(&format!("<h{}>", 1 + c.below(6))),
        13 => out.push_str(c.pick(&[
            "</p>", "</div>", "</li>", "</table>", "</pre>", "</a>", "</b>", "</html>",
        ])),
        14 => {
            out.push_str(c.pick(&[
                "<ruby>",
                "<rt>",
                "<rp>",
                "<template>",
                "<noscript>",
                "<figure>",
                "<figcaption>",
                "<details>",
                "<summary>",
            ]));
            piece(c, out, depth + 1);
        }
        15 => {
            out.push_str(c.pick(&[
                "<svg><g><text>",
                "<math><mi>",
                "<svg><foreignObject><p>",
                "<svg><title>",
            ]));
            piece(c, out, depth + 1);
            out.push_str(c.pick(&["</svg>", "</math>", ""]));
        }
        16 => out.push_str(c.pick(&[
            "<!-- c -->",
            "<!---->",
            "<!--",
            "<![CDATA[x]]>",
            "<?pi?>",
            "<!DOCTYPE html>",
        ])),
        17 => out.push_str(c.pick(&[
            "<script>var x = '</p>';</script>",
            "<style>p{display:none}</style>",
            "<textarea><p>x</textarea>",
            "<select><option>o<p>x</select>",
            "<button aria-expanded=false>Open</button>",
            "<button aria-expanded=false aria-controls=\"p1 p2\">Open</button>",
            "<a href=# aria-expanded=true aria-controls=p3>More</a>",
            "<span role=tab aria-controls=p2>Tab</span><input role=combobox aria-controls=p1>",
        ])),
        // Hidden, or a disclosure's panel (named by a trigger above or not),
        // or the wrapper hidden around one.
        18 => {
            let word = c.pick(WORDS);
            out.push_str(&match c.below(4) {
                0 => format!("<div hidden>{word}</div>"),
                1 => format!("<div id=p{} hidden>{word}</div>", 1 + c.below(3)),
                2 => format!("<div style=display:none><div id=p2>{word}</div></div>"),
                _ => format!(
                    "<div aria-hidden=true><!-- c --> <section><p id=p3>{word}</p></section></div>"
                ),
            });
        }
        19 => json_ld(c, out),
        20 => meta(c, out),
        21 => out.push_str(&format!("<base href=\"{}\">", c.pick(HREFS))),
        22 => out.push_str(&format!(
            "<p itemprop=\"{}\">{}</p>",
            c.pick(&["author", "datePublished", "articleBody", "name"]),
            c.pick(DATES)
        )),
        23 => {
            // A repeated shape: one piece, many times.
            let mut one = String::new();
            piece(c, &mut one, depth + 1);
            let times = (1 + c.below(300)).min(c.budget / one.len().max(1)).max(1);
            c.budget = c.budget.saturating_sub(one.len() * times);
            out.push_str(&one.repeat(times));
        }
        24 => {
            let len = c.below(3000).min(c.budget);
            c.budget -= len;
            let tag = c.pick(&["x-custom-element-with-a-long-name", "b", "a href=/r"]);
            out.push_str(&format!("<{tag} class=\"{}\">", "c".repeat(len)));
        }
        26 => {
            // A microdata item, named or not, hidden or not, and a post's
            // author attribute.
            let hidden = c.pick(&["", " class=hidden", " hidden"]);
            out.push_str(&format!("<div{hidden}><div itemprop=author itemscope>"));
            if c.below(2) == 0 {
                let mut name = String::new();
                text(c, &mut name);
                out.push_str(&format!(
                    "<meta itemprop=name content=\"{}\">",
                    name.replace('"', "&quot;")
                ));
            }
            text(c, out);
            out.push_str("</div></div>");
            let attr = c.pick(&["data-author", "data-author-username", "author"]);
            let mut name = String::new();
            text(c, &mut name);
            out.push_str(&format!(
                "<article {attr}=\"{}\">",
                name.replace('"', "&quot;")
            ));
        }
        27 => out.push_str(&format!("<link rel=canonical href=\"{}\">", c.pick(HREFS))),
        28 => {
            open(out, "h1");
            text(c, out);
        }
        29 => {
            // A byline or a date line: a label, a date, a name, in any order
            // and under any class.
            let class = c.pick(&["byline", "author", "post-meta", "no-byline", "comment", ""]);
            out.push_str(&format!("<p class=\"{class}\">"));
            for _ in 0..1 + c.below(4) {
                match c.below(3) {
                    0 => out.push_str(c.pick(DATES)),
                    1 => out.push_str(c.pick(WORDS)),
                    _ => text(c, out),
                }
                out.push(' ');
            }
        }
        30 => out.push_str(&format!(
            "<time itemprop=\"{}\" datetime=\"{}\">{}</time>",
            c.pick(&["dateCreated", "datePublished", "dateModified"]),
            c.pick(DATES),
            c.pick(DATES)
        )),
        31 => {
            // Comments: scattered boxes of one shape, replies in a list
            // beside their comment, a list whose class names a preview.
            let list = c.pick(&[
                "<ol class=\"commentlist snap_preview\">",
                "<ul id=dsq-comments>",
                "<div class=comments>",
                "<ul class=widget_recent_comments>",
                "<div class=yvhd>Comments</div>",
                "<p>Comments (26)</p>",
                "<td><h3>Have your say</h3>",
                "",
            ]);
            out.push_str(list);
            for _ in 0..1 + c.below(5) {
                out.push_str(c.pick(&[
                    "<li class=\"comment even\">",
                    "<ul class=children><li class=comment>",
                    "<table><tr><td><p class=comment>",
                    "<div class=comment-body>",
                    "<li class=recentcomments>",
                    "<div class=comment-block><p><a href=/u>Ann</a> said...</p>",
                    "<p class=story>Posted by Ann on January 10, 2008 5:58 PM<br>Posted by: Bo | \
                     July 3, 2024 at 07:40 AM<br>By ☆ 2024-02-30<br>",
                ]));
                piece(c, out, depth + 1);
                if c.below(2) == 0 {
                    out.push_str(c.pick(&["</li>", "</ul>", "</table>", "</div>"]));
                }
            }
        }
        32 => {
            // A landmark inside whatever is open, by tag or by role.
            let tag = c.pick(&[
                "nav",
                "aside",
                "footer",
                "section role=complementary",
                "div role=navigation",
                "div role=contentinfo",
                "div class=no_toc_section",
                "div id=sidebar",
                "div class=\"sidebar section\"",
            ]);
            out.push_str(&format!("<{tag}>"));
            for _ in 0..1 + c.below(3) {
                piece(c, out, depth + 1);
            }
            if c.below(2) == 0 {
                out.push_str(&format!("</{}>", tag.split(' ').next().unwrap_or(tag)));
            }
        }
        33 => {
            // Script source spilled as text: assignments, line comments.
            out.push_str("<p>");
            for _ in 0..1 + c.below(8) {
                out.push_str(c.pick(&[
                    "hbx.acct=\"DM57\";//ACCOUNT ",
                    "document.write('') //write out ",
                    "x[1]='y' ",
                    "a = \"b\"; // c ",
                    "{ } ",
                    "http://example.com/a//b ",
                ]));
                if c.below(2) == 0 {
                    text(c, out);
                }
            }
        }
        25 => out.push_str(&format!(
            "<p style=\"{}\">",
            c.pick(&[
                "display:none",
                "DISPLAY : NONE",
                "visibility:hidden",
                "color:red"
            ])
        )),
        _ => {
            open(out, "p");
            text(c, out);
        }
    }
}

/// The page: bytes, since a charset declaration may say they are not
/// UTF-8 (and raw bytes of other encodings may follow).
pub fn page(c: &mut Choices) -> Vec<u8> {
    let mut head = String::new();
    let mut bytes = Vec::new();
    match c.below(8) {
        0 => bytes.extend_from_slice(b"\xEF\xBB\xBF"),
        1 => bytes.extend_from_slice(b"\xFF\xFE"),
        _ => {}
    }
    match c.below(4) {
        0 => head.push_str(&format!("<meta charset=\"{}\">", c.pick(CHARSETS))),
        1 => head.push_str(&format!(
            "<meta http-equiv=Content-Type content=\"text/html; charset={}\">",
            c.pick(CHARSETS)
        )),
        _ => {}
    }
    head.push_str("<title>");
    text(c, &mut head);
    head.push_str("</title>");
    for _ in 0..c.below(4) {
        if c.below(2) == 0 {
            json_ld(c, &mut head);
        } else {
            meta(c, &mut head);
        }
    }
    bytes.extend_from_slice(format!("<html><head>{head}</head><body>").as_bytes());
    let mut body = String::new();
    while !c.done() && body.len() < 64 * 1024 {
        piece(c, &mut body, 0);
        if c.below(16) == 0 {
            // Raw bytes in some other encoding, or none.
            bytes.extend_from_slice(body.as_bytes());
            body.clear();
            for _ in 0..c.below(8) {
                bytes.push(0x80 | c.byte());
            }
        }
    }
    bytes.extend_from_slice(body.as_bytes());
    bytes
}
