//! Markdown read back with pulldown-cmark (a CommonMark parser with GFM
//! tables), its block structure set beside what the document's content
//! blocks say it should be. Shared by `tests/markdown.rs` (the corpus) and
//! `examples/evaluate.rs` (the benchmark pages).

use deboiler::{BlockKind, Document, Label, Reason};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// One top-level block of markdown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shape {
    Heading(u8),
    Paragraph,
    /// A list (adjacent lists merged) and its items at every level.
    List(usize),
    /// A table and its rows, the header row included.
    Table(usize),
    Code,
    Quote,
}

/// The top-level blocks the content blocks of `doc` should render as;
/// with `images`, a figure's caption dropped inside the main content
/// renders as a paragraph of its images; with `comments`, the comments'
/// blocks follow.
pub fn expected(doc: &Document, images: bool, comments: bool) -> Vec<Shape> {
    let mut out: Vec<Shape> = Vec::new();
    let comment_blocks = doc
        .blocks()
        .iter()
        .filter(|b| comments && b.label() == Label::Comment);
    for (i, b) in doc.blocks().iter().chain(comment_blocks).enumerate() {
        let is_comment = i >= doc.blocks().len();
        let figure = images
            && i < doc.blocks().len()
            && !b.is_content()
            && b.reason() == Reason::FigureCaption
            && b.features().in_main
            && b.has_images();
        if figure {
            out.push(Shape::Paragraph);
            continue;
        }
        if !b.is_content() && !is_comment {
            continue;
        }
        let shape = match b.kind() {
            BlockKind::Heading => Shape::Heading(b.heading_level().unwrap_or(1)),
            BlockKind::ListItem => Shape::List(1),
            BlockKind::TableCell => Shape::Table(1),
            BlockKind::Code => Shape::Code,
            BlockKind::Quote => Shape::Quote,
            _ => Shape::Paragraph,
        };
        push(&mut out, shape);
    }
    out
}

/// Adds a block, merging it into the list or table before it.
fn push(out: &mut Vec<Shape>, shape: Shape) {
    match (out.last_mut(), &shape) {
        (Some(Shape::List(n)), Shape::List(k)) | (Some(Shape::Table(n)), Shape::Table(k)) => {
            *n += k
        }
        _ => out.push(shape),
    }
}

/// What a CommonMark reader finds in `markdown`: its top-level blocks,
/// and the raw HTML it met (there should be none).
pub fn parsed(markdown: &str) -> (Vec<Shape>, usize) {
    let mut out: Vec<Shape> = Vec::new();
    let mut depth = 0usize;
    let mut html = 0usize;
    for event in Parser::new_ext(markdown, Options::ENABLE_TABLES) {
        match event {
            Event::Start(tag) => {
                if depth == 0 {
                    let shape = match &tag {
                        Tag::Heading { level, .. } => Some(Shape::Heading(*level as u8)),
                        Tag::Paragraph => Some(Shape::Paragraph),
                        Tag::List(_) => Some(Shape::List(0)),
                        Tag::Table(_) => Some(Shape::Table(0)),
                        Tag::CodeBlock(_) => Some(Shape::Code),
                        Tag::BlockQuote(_) => Some(Shape::Quote),
                        Tag::HtmlBlock => {
                            html += 1;
                            None
                        }
                        _ => None,
                    };
                    if let Some(shape) = shape {
                        push(&mut out, shape);
                    }
                }
                match (&tag, out.last_mut()) {
                    (Tag::Item, Some(Shape::List(n))) => *n += 1,
                    (Tag::TableHead | Tag::TableRow, Some(Shape::Table(n))) => *n += 1,
                    _ => {}
                }
                depth += 1;
            }
            Event::End(TagEnd::HtmlBlock) => depth -= 1,
            Event::End(_) => depth -= 1,
            Event::Html(_) | Event::InlineHtml(_) => html += 1,
            _ => {}
        }
    }
    (out, html)
}
