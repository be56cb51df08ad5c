//! CommonMark with GFM tables, over the kept blocks: each block by its
//! kind (heading, paragraph, list item, table row, code, quote), inline
//! emphasis and code from the block's spans, and the page's text escaped
//! wherever markdown would read it as syntax.

use std::fmt::Write as _;

use crate::model::{Block, BlockKind};
use crate::render::Options;
use crate::render::inline::{After, Mark, Sink, images_alone, walk};
use crate::text::floor_char_boundary;

/// Renders the content blocks of `blocks` as markdown.
pub(crate) fn render(blocks: &[Block], opts: Options) -> String {
    let mut out = String::new();
    for group in super::content_groups(blocks, opts) {
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        let b = group[0];
        if super::figure_images(b, opts) {
            let mut sink = Markdown {
                out: String::new(),
                text: "",
                in_cell: false,
            };
            images_alone(b, opts, After::Space, &mut sink);
            out.push_str(&sink.out);
            continue;
        }
        let text = || inline(b, 0, b.text.len(), false, opts);
        match b.kind {
            BlockKind::Heading => {
                let level = b.level.clamp(1, 6) as usize;
                let text = text().replace('\n', " ");
                let _ = write!(out, "{} {}", "#".repeat(level), text.trim());
            }
            BlockKind::ListItem => list(&mut out, &group, opts),
            BlockKind::TableCell => table(&mut out, &group, opts),
            BlockKind::Code => code(&mut out, b),
            BlockKind::Quote => {
                let quoted: Vec<String> = text().lines().map(|l| format!("> {l}")).collect();
                out.push_str(&quoted.join("\n"));
            }
            _ => out.push_str(&hard_breaks(&text())),
        }
    }
    out
}

/// A paragraph's line breaks (`<br>`) as CommonMark hard breaks.
fn hard_breaks(text: &str) -> String {
    text.lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\\\n")
}

/// List items, each indented four spaces a level deeper than the item it
/// nests under: levels come from the items' list depths, as a stack (an
/// item shallower than all before it, a `<dd>` after an `<ol>`, starts
/// again at the left).
fn list(out: &mut String, items: &[&Block], opts: Options) {
    let levels = super::list_levels(items);
    for (n, b) in items.iter().enumerate() {
        if n > 0 {
            out.push('\n');
        }
        let (level, continues) = levels[n];
        // An ordered item numbered other than 1 cannot interrupt the
        // paragraph of the item above it unless it continues a list: a
        // blank line ends that paragraph first.
        if n > 0 && b.list.ordered && b.list.number != 1 && !continues {
            out.push('\n');
        }
        let indent = "    ".repeat(level);
        let marker = if b.list.ordered {
            format!("{}.", b.list.number.min(999_999_999))
        } else {
            "-".to_string()
        };
        let text = inline(b, 0, b.text.len(), false, opts);
        let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
        let first = lines.next().unwrap_or_default();
        let _ = write!(out, "{indent}{marker} {first}");
        // Continuation lines of the item, indented past the marker.
        let pad = " ".repeat(indent.len() + marker.len() + 1);
        for line in lines {
            let _ = write!(out, "\\\n{pad}{line}");
        }
    }
}

/// Table rows as a GFM table: the first row is the header (a table
/// without header cells gets its first row as one).
fn table(out: &mut String, rows: &[&Block], opts: Options) {
    let cells: Vec<Vec<String>> = rows.iter().map(|b| row_cells(b, opts)).collect();
    let width = cells.iter().map(Vec::len).max().unwrap_or(1).max(1);
    for (n, row) in cells.iter().enumerate() {
        if n > 0 {
            out.push('\n');
        }
        out.push('|');
        for c in 0..width {
            let cell = row.get(c).map_or("", String::as_str);
            let _ = write!(out, " {cell} |");
        }
        if n == 0 {
            out.push_str("\n|");
            for _ in 0..width {
                out.push_str(" --- |");
            }
        }
    }
}

/// A row's cells as markdown: from its cell spans, else the whole row.
fn row_cells(b: &Block, opts: Options) -> Vec<String> {
    super::cell_ranges(b)
        .into_iter()
        .map(|(start, end)| {
            inline(b, start, end, true, opts)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

/// Preformatted text as a fenced code block, with the language when the
/// page names it; the fence is longer than any run of backticks inside.
fn code(out: &mut String, b: &Block) {
    let longest = longest_run(&b.text, '`');
    let fence = "`".repeat(longest.max(2) + 1);
    let lang = b.code_lang.as_deref().unwrap_or("");
    let _ = write!(out, "{fence}{lang}\n{}\n{fence}", b.text);
}

fn longest_run(s: &str, c: char) -> usize {
    let (mut best, mut run) = (0, 0);
    for x in s.chars() {
        run = if x == c { run + 1 } else { 0 };
        best = best.max(run);
    }
    best
}

/// Markdown for the inline walk: emphasis as `*`, strong as `**`, links as
/// `[text](target)`, code as a code span, the rest escaped.
struct Markdown<'t> {
    out: String,
    text: &'t str,
    in_cell: bool,
}

impl Sink for Markdown<'_> {
    fn open(&mut self, mark: &Mark) {
        self.out.push_str(match mark {
            Mark::Emphasis => "*",
            Mark::Strong => "**",
            Mark::Link(_) => "[",
            Mark::Code => "",
        });
    }

    fn close(&mut self, mark: &Mark) {
        match mark {
            Mark::Emphasis => self.out.push('*'),
            Mark::Strong => self.out.push_str("**"),
            Mark::Link(dest) => {
                self.out.push(']');
                destination(&mut self.out, dest, self.in_cell);
            }
            Mark::Code => {}
        }
    }

    fn code(&mut self, code: &str) {
        // Literal: only a table's cell separator is escaped.
        let code = if self.in_cell {
            code.replace('|', "\\|")
        } else {
            code.to_string()
        };
        let ticks = "`".repeat(longest_run(&code, '`') + 1);
        let pad = if code.starts_with('`') || code.ends_with('`') {
            " "
        } else {
            ""
        };
        let _ = write!(self.out, "{ticks}{pad}{code}{pad}{ticks}");
    }

    fn text(&mut self, from: usize, to: usize) {
        escape_into(&mut self.out, self.text, from, to, self.in_cell);
    }

    fn image(&mut self, src: &str, alt: &str, after: After) {
        self.out.push_str("![");
        escape_into(&mut self.out, alt, 0, alt.len(), self.in_cell);
        self.out.push(']');
        destination(&mut self.out, src, self.in_cell);
        if after != After::Nothing {
            self.out.push(' ');
        }
    }
}

/// Appends a link or image destination in parentheses; one with spaces,
/// parentheses or angle brackets goes in `<...>` (without the brackets).
/// In a table cell a `|` would end the cell: it is percent-encoded.
fn destination(out: &mut String, dest: &str, in_cell: bool) {
    let encoded;
    let dest = if in_cell && dest.contains('|') {
        encoded = dest.replace('|', "%7C");
        &encoded
    } else {
        dest
    };
    if dest.contains([' ', '(', ')', '<', '>']) {
        let _ = write!(out, "(<{}>)", dest.replace(['<', '>'], ""));
    } else {
        let _ = write!(out, "({dest})");
    }
}

/// The text of `b` from byte `start` to `end` as markdown (see
/// [`Markdown`]); in a table cell `|` is escaped too.
fn inline(b: &Block, start: usize, end: usize, in_cell: bool, opts: Options) -> String {
    let mut sink = Markdown {
        out: String::new(),
        text: &b.text,
        in_cell,
    };
    walk(b, start, end, opts, &mut sink);
    sink.out
}

/// Appends `text[from..to]` with what markdown would read as syntax
/// escaped: `\`, `` ` ``, `*`, `[`, `]`, `<`, an `_` or `&` that could
/// start emphasis or an entity, and at the start of a line `#`, `>`, a list
/// marker or a thematic break.
fn escape_into(out: &mut String, text: &str, from: usize, to: usize, in_cell: bool) {
    let (from, to) = (
        floor_char_boundary(text, from),
        floor_char_boundary(text, to),
    );
    let bytes = text.as_bytes();
    let mut line_start = from == 0 || bytes.get(from - 1) == Some(&b'\n');
    let slice = text.get(from..to).unwrap_or_default();
    let mut chars = slice.char_indices().peekable();
    // Where a backslash goes to keep a line from reading as block syntax.
    let mut escape_at = None;
    while let Some((i, c)) = chars.next() {
        let pos = from + i;
        let prev = text[..pos].chars().next_back();
        let next = chars.peek().map(|&(_, n)| n);
        if line_start && !c.is_whitespace() {
            line_start = false;
            escape_at = block_syntax_at(&text[pos..to]).map(|k| pos + k);
        }
        if escape_at == Some(pos) {
            out.push('\\');
        }
        let escape = match c {
            '\\' | '`' | '*' | '[' | ']' | '<' => true,
            '_' => {
                !(prev.is_some_and(char::is_alphanumeric)
                    && next.is_some_and(char::is_alphanumeric))
            }
            '&' => next.is_some_and(|n| n.is_alphanumeric() || n == '#'),
            '|' => in_cell,
            // Before a link's or image's `[` that a mark writes next.
            '!' => next == Some('[') || next.is_none() && to < text.len(),
            _ => false,
        };
        if escape {
            out.push('\\');
        }
        out.push(c);
        if c == '\n' {
            line_start = true;
        }
    }
}

/// Where a line starting with `rest` needs a backslash (as a byte offset)
/// not to be read as block syntax: a heading, a quote, a list item (`-`,
/// `+`, `1.`, `1)`: the backslash goes before the `.`), a thematic break
/// or setext underline, a fence.
fn block_syntax_at(rest: &str) -> Option<usize> {
    let first = rest.chars().next().unwrap_or(' ');
    match first {
        '#' | '>' | '=' | '~' => Some(0),
        '-' | '+' => (rest.len() == 1 || rest[1..].starts_with([' ', '\t', '-', '+'])).then_some(0),
        '0'..='9' => {
            let digits = rest.chars().take_while(char::is_ascii_digit).count();
            (digits <= 9 && rest[digits..].starts_with(['.', ')'])).then_some(digits)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::extract;

    fn md(html: &str) -> String {
        extract(html).unwrap().to_markdown()
    }

    #[test]
    fn links_when_asked_with_absolute_targets() {
        let html = "<p>Before you install anything, read <a href=\"/docs/a b\">the <em>docs</em></a> \
                    and <a href=\"../x?q=1#f\">x</a>, then <a href=\"javascript:go()\">go</a>.</p>";
        assert_eq!(
            md(html),
            "Before you install anything, read the *docs* and x, then go."
        );
        let doc = crate::Extractor::builder()
            .links(true)
            .base_url("https://example.com/guide/page")
            .build()
            .unwrap()
            .extract(html)
            .unwrap();
        assert_eq!(
            doc.to_markdown(),
            "Before you install anything, read [the *docs*](https://example.com/docs/a%20b) \
             and [x](https://example.com/x?q=1#f), then go."
        );
        // Without a base, a target with a space is kept as written, in the
        // angle brackets that let markdown hold it.
        let doc = crate::Extractor::builder()
            .links(true)
            .build()
            .unwrap()
            .extract(html)
            .unwrap();
        assert!(doc.to_markdown().contains("[the *docs*](</docs/a b>)"));
    }

    fn md_images(html: &str) -> String {
        crate::Extractor::builder()
            .images(true)
            .links(true)
            .build()
            .unwrap()
            .extract(html)
            .unwrap()
            .to_markdown()
    }

    #[test]
    fn images_when_asked_where_they_stand() {
        let html = "<header><div class=logo><a href=/><img src=logo.png alt=Logo></a></div>                    <nav><a href=/a>A</a> <a href=/b>B</a></nav></header><article>                    <div class=lead><img src='data:image/gif;base64,R0l' data-src=lead.jpg alt=Lead></div>                    <p>The first paragraph, long enough to be the content of the page for sure.</p>                    <p>A <img src=icon.png alt='[i]'> word and a pixel <img src=p.gif width=1 height=1>                    in the second paragraph of the page.</p></article>";
        assert_eq!(
            md(html),
            "The first paragraph, long enough to be the content of the page for sure.\n\n\
             A word and a pixel in the second paragraph of the page."
        );
        assert_eq!(
            md_images(html),
            "![Lead](lead.jpg) The first paragraph, long enough to be the content of the page for sure.\n\n\
             A ![\\[i\\]](icon.png) word and a pixel in the second paragraph of the page."
        );
    }

    #[test]
    fn a_figure_keeps_its_image_without_its_caption() {
        let html = "<article><p>The first paragraph, long enough to be the content of the page.</p>                    <figure><img src=chart.png alt=Chart><figcaption>Votes by party.</figcaption></figure>                    <p>The second paragraph, long enough to be the content of the page too.</p></article>";
        assert_eq!(
            md_images(html),
            "The first paragraph, long enough to be the content of the page.\n\n\
             ![Chart](chart.png)\n\n\
             The second paragraph, long enough to be the content of the page too."
        );
    }

    #[test]
    fn an_exclamation_mark_before_a_link_is_not_an_image() {
        assert_eq!(
            md_images("<p>That was a long and tiring day, wow!<a href=/x>more about it</a></p>"),
            "That was a long and tiring day, wow\\![more about it](/x)"
        );
    }

    #[test]
    fn headings_paragraphs_and_emphasis() {
        assert_eq!(
            md("<h2>Title</h2><p>Some <em>very</em> <strong>bold </strong>text.</p>"),
            "## Title\n\nSome *very* **bold** text."
        );
    }

    #[test]
    fn nested_lists() {
        assert_eq!(
            md("<ul><li>a<ul><li>a1</li><li>a2</li></ul></li><li>b</li></ul>"),
            "- a\n    - a1\n    - a2\n- b"
        );
        assert_eq!(md("<ol start=3><li>c</li><li>d</li></ol>"), "3. c\n4. d");
    }

    #[test]
    fn lists_of_mixed_kinds() {
        assert_eq!(
            md(
                "<ol><li>a</li><li>b</li></ol><dl><dt>t</dt><dd>d<ul><li>x</li></ul></dd></dl>\
                <ul><li>u</li></ul><ol start=3><li>c</li></ol>"
            ),
            "1. a\n2. b\n- t\n- d\n    - x\n- u\n\n3. c"
        );
    }

    #[test]
    fn tables_with_a_header_row() {
        assert_eq!(
            md(
                "<table><tr><th>k</th><th>v</th></tr><tr><td>a|b</td><td><code>x|y</code></td></tr></table>"
            ),
            "| k | v |\n| --- | --- |\n| a\\|b | `x\\|y` |"
        );
        assert_eq!(
            md("<p>The <code><i>condition</i></code> is <em><code>true</code> here</em>.</p>"),
            "The *`condition`* is *`true` here*."
        );
    }

    #[test]
    fn code_blocks_keep_their_language_and_backticks() {
        assert_eq!(
            md("<pre><code class=\"language-rust\">let a = `b`;\n```\n</code></pre>"),
            "````rust\nlet a = `b`;\n```\n````"
        );
    }

    #[test]
    fn text_that_looks_like_syntax_is_escaped() {
        assert_eq!(
            md("<p># not a heading</p><p>1. not a list, *not* [a link]</p><p>a_b and _c_</p>"),
            "\\# not a heading\n\n1\\. not a list, \\*not\\* \\[a link\\]\n\na_b and \\_c\\_"
        );
    }

    #[test]
    fn quotes_and_line_breaks() {
        assert_eq!(
            md("<blockquote>one<br>two</blockquote><p>x<br>y</p>"),
            "> one\n> two\n\nx\\\ny"
        );
    }
}
