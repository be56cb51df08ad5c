//! Checks an HTML fragment from `Document::to_html`: every tag is one the
//! renderer may write, with no attribute but `href` (on `a`), `start` (on
//! `ol`) and `src` then `alt` (on `img`), and every element but the void
//! `br` and `img` is closed in order.

/// The tags the renderer writes.
const TAGS: &[&str] = &[
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "p",
    "ul",
    "ol",
    "li",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "pre",
    "code",
    "blockquote",
    "em",
    "strong",
    "a",
    "br",
    "img",
];

/// `Err` with the first problem found.
pub fn check(html: &str) -> Result<(), String> {
    let mut open: Vec<String> = Vec::new();
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        let after = &rest[lt + 1..];
        let gt = after.find('>').ok_or("unclosed <")?;
        let tag = &after[..gt];
        rest = &after[gt + 1..];
        if let Some(name) = tag.strip_prefix('/') {
            match open.pop() {
                Some(o) if o == name => {}
                other => return Err(format!("</{name}> closes {other:?}")),
            }
            continue;
        }
        let mut parts = tag.splitn(2, ' ');
        let name = parts.next().unwrap_or_default();
        if !TAGS.contains(&name) {
            return Err(format!("unexpected <{tag}>"));
        }
        if let Some(attrs) = parts.next() {
            let quotes = attrs.matches('"').count();
            let allowed = (name == "a" && attrs.starts_with("href=\"") && quotes == 2)
                || (name == "ol" && attrs.starts_with("start=\"") && quotes == 2)
                || (name == "img"
                    && attrs.starts_with("src=\"")
                    && attrs.contains("\" alt=\"")
                    && quotes == 4);
            if !allowed {
                return Err(format!("unexpected attributes in <{tag}>"));
            }
        }
        if name != "br" && name != "img" {
            open.push(name.to_string());
        }
    }
    if open.is_empty() {
        Ok(())
    } else {
        Err(format!("left open: {open:?}"))
    }
}
