//! A small, clean HTML fragment of the kept blocks, for a reader view:
//! `h1`–`h6`, `p`, `ul`/`ol`/`li`, `table`/`thead`/`tbody`/`tr`/`th`/`td`,
//! `pre`/`code`, `blockquote`, `em`, `strong`, `code`, `br`, and `a href`
//! with links on. No class, style, id, script or event attribute; all text
//! and attribute values escaped, so the fragment is well-formed and safe.

use std::fmt::Write as _;

use crate::model::{Block, BlockKind};
use crate::render::Options;
use crate::render::inline::{After, Mark, Sink, images_alone, walk};
use crate::text::floor_char_boundary;

/// Renders the content blocks of `blocks` as an HTML fragment.
pub(crate) fn render(blocks: &[Block], opts: Options) -> String {
    let mut out = String::new();
    for group in super::content_groups(blocks, opts) {
        if !out.is_empty() {
            out.push('\n');
        }
        let b = group[0];
        if super::figure_images(b, opts) {
            let mut sink = Html {
                out: String::new(),
                text: "",
            };
            images_alone(b, opts, After::Nothing, &mut sink);
            let _ = write!(out, "<p>{}</p>", sink.out);
            continue;
        }
        let text = || inline(b, 0, b.text.len(), opts);
        match b.kind {
            BlockKind::Heading => {
                let level = b.level.clamp(1, 6);
                let _ = write!(out, "<h{level}>{}</h{level}>", text());
            }
            BlockKind::ListItem => list(&mut out, &group, opts),
            BlockKind::TableCell => table(&mut out, &group, opts),
            BlockKind::Code => {
                out.push_str("<pre><code>");
                escape_into(&mut out, &b.text);
                out.push_str("</code></pre>");
            }
            BlockKind::Quote => {
                let _ = write!(out, "<blockquote><p>{}</p></blockquote>", text());
            }
            _ => {
                let _ = write!(out, "<p>{}</p>", text());
            }
        }
    }
    out
}

/// List items as nested `ul`/`ol`: a deeper item opens a list inside the
/// item before it.
fn list(out: &mut String, items: &[&Block], opts: Options) {
    let levels = super::list_levels(items);
    // The lists open, innermost last: their tag.
    let mut open: Vec<&str> = Vec::new();
    for (b, &(level, continues)) in items.iter().zip(&levels) {
        let tag = if b.list.ordered { "ol" } else { "ul" };
        // Close deeper lists (and the items that hold them).
        while open.len() > level + 1 {
            let _ = write!(out, "</li></{}>", open.pop().unwrap_or("ul"));
        }
        if open.len() == level + 1 {
            // A sibling item: close the one before, and the list too when
            // this item starts another kind of list.
            out.push_str("</li>");
            if open.last() != Some(&tag) || b.list.ordered && !continues {
                let _ = write!(out, "</{}>", open.pop().unwrap_or("ul"));
            }
        }
        if open.len() < level + 1 {
            if b.list.ordered && b.list.number != 1 {
                let _ = write!(out, "<ol start=\"{}\">", b.list.number);
            } else {
                let _ = write!(out, "<{tag}>");
            }
            open.push(tag);
        }
        let _ = write!(out, "<li>{}", inline(b, 0, b.text.len(), opts));
    }
    while let Some(tag) = open.pop() {
        let _ = write!(out, "</li></{tag}>");
    }
}

/// Table rows: a first row of header cells in `thead`, the rest in
/// `tbody`.
fn table(out: &mut String, rows: &[&Block], opts: Options) {
    out.push_str("<table>");
    let head = rows.first().is_some_and(|r| r.header_row);
    let mut body = false;
    for (n, row) in rows.iter().enumerate() {
        let header = n == 0 && head;
        if header {
            out.push_str("<thead>");
        } else if !body {
            out.push_str("<tbody>");
            body = true;
        }
        out.push_str("<tr>");
        let cell = if header { "th" } else { "td" };
        for (start, end) in super::cell_ranges(row) {
            let _ = write!(
                out,
                "<{cell}>{}</{cell}>",
                inline(row, start, end, opts).trim()
            );
        }
        out.push_str("</tr>");
        if header {
            out.push_str("</thead>");
        }
    }
    if body {
        out.push_str("</tbody>");
    }
    out.push_str("</table>");
}

/// HTML for the inline walk.
struct Html<'t> {
    out: String,
    text: &'t str,
}

impl Sink for Html<'_> {
    fn open(&mut self, mark: &Mark) {
        match mark {
            Mark::Emphasis => self.out.push_str("<em>"),
            Mark::Strong => self.out.push_str("<strong>"),
            Mark::Link(href) => {
                self.out.push_str("<a href=\"");
                escape_into(&mut self.out, href);
                self.out.push_str("\">");
            }
            Mark::Code => {}
        }
    }

    fn close(&mut self, mark: &Mark) {
        self.out.push_str(match mark {
            Mark::Emphasis => "</em>",
            Mark::Strong => "</strong>",
            Mark::Link(_) => "</a>",
            Mark::Code => "",
        });
    }

    fn code(&mut self, code: &str) {
        self.out.push_str("<code>");
        escape_into(&mut self.out, code);
        self.out.push_str("</code>");
    }

    fn text(&mut self, from: usize, to: usize) {
        // Line breaks inside a block are <br>s.
        let (from, to) = (
            floor_char_boundary(self.text, from),
            floor_char_boundary(self.text, to),
        );
        let text = self.text.get(from..to).unwrap_or_default();
        for (k, line) in text.split('\n').enumerate() {
            if k > 0 {
                self.out.push_str("<br>");
            }
            escape_into(&mut self.out, line);
        }
    }

    fn image(&mut self, src: &str, alt: &str, after: After) {
        self.out.push_str("<img src=\"");
        escape_into(&mut self.out, src);
        self.out.push_str("\" alt=\"");
        escape_into(&mut self.out, alt);
        self.out.push_str(match after {
            After::Nothing => "\">",
            After::Space => "\"> ",
            After::Break => "\"><br>",
        });
    }
}

fn inline(b: &Block, start: usize, end: usize, opts: Options) -> String {
    let mut sink = Html {
        out: String::new(),
        text: &b.text,
    };
    walk(b, start, end, opts, &mut sink);
    sink.out
}

/// Appends `s` with `&`, `<`, `>`, `"` and `'` as character references.
fn escape_into(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::extract;

    fn html(page: &str) -> String {
        extract(page).unwrap().to_html()
    }

    #[test]
    fn blocks_and_inline_marks() {
        assert_eq!(
            html(
                "<h2 class=x onclick=\"evil()\">Title</h2><p>A <em>b</em> &lt;c&gt; <code>d&amp;</code></p>"
            ),
            "<h2>Title</h2>\n<p>A <em>b</em> &lt;c&gt; <code>d&amp;</code></p>"
        );
    }

    #[test]
    fn nested_lists_and_tables() {
        assert_eq!(
            html("<ul><li>a<ol><li>a1</li><li>a2</li></ol></li><li>b</li></ul>"),
            "<ul><li>a<ol><li>a1</li><li>a2</li></ol></li><li>b</li></ul>"
        );
        assert_eq!(
            html("<table><tr><th>k</th><th>v</th></tr><tr><td>a</td><td>1</td></tr></table>"),
            "<table><thead><tr><th>k</th><th>v</th></tr></thead><tbody><tr><td>a</td><td>1</td></tr></tbody></table>"
        );
    }

    #[test]
    fn code_and_quotes_are_escaped() {
        assert_eq!(
            html("<pre>if a < b && c\n  go()</pre><blockquote>one<br>\"two\"</blockquote>"),
            "<pre><code>if a &lt; b &amp;&amp; c\n  go()</code></pre>\n<blockquote><p>one<br>&quot;two&quot;</p></blockquote>"
        );
    }
}
