//! The inline walk shared by the markdown and HTML renderers: a block's
//! spans (emphasis, strong, code, links), trimmed, resolved and properly
//! nested, fed to a [`Sink`] in text order with the text between them.

use crate::link;
use crate::model::Block;
use crate::model::SpanKind;
use crate::render::Options;
use crate::text::floor_char_boundary;

/// What a span renders as.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Mark {
    Emphasis,
    Strong,
    Code,
    /// A link and its target, resolved.
    Link(String),
}

/// The images of `b` (none without `opts.images`): their place in the
/// text, resolved source and alternative text.
pub(crate) fn images<'a>(
    b: &'a Block,
    opts: Options<'a>,
) -> impl Iterator<Item = (usize, String, &'a str)> + 'a {
    b.spans.iter().filter_map(move |s| {
        let SpanKind::Image { start, alt, end } = s.kind else {
            return None;
        };
        if !opts.images {
            return None;
        }
        let src = opts.hrefs.get(start as usize..alt as usize)?;
        let alt = opts.hrefs.get(alt as usize..end as usize)?;
        Some((s.start, link::resolve(opts.base, src)?, alt))
    })
}

/// Feeds the images of `b` to `sink` and none of its text (a figure
/// whose caption is dropped), `between` parting each from the next.
pub(crate) fn images_alone(b: &Block, opts: Options, between: After, sink: &mut impl Sink) {
    let mut images = images(b, opts).peekable();
    while let Some((_, src, alt)) = images.next() {
        let after = if images.peek().is_some() {
            between
        } else {
            After::Nothing
        };
        sink.image(&src, alt, after);
    }
}

/// What goes between an image and the text after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum After {
    /// Nothing: no text follows, or the image is glued to it.
    Nothing,
    /// A space: the image stood between two words.
    Space,
    /// A line break: the image opens the block (a figure over its caption,
    /// a lead image over a paragraph).
    Break,
}

/// What the walk feeds: marks opened and closed, code spans whole, and
/// ranges of plain text.
pub(crate) trait Sink {
    fn open(&mut self, mark: &Mark);
    fn close(&mut self, mark: &Mark);
    fn code(&mut self, code: &str);
    fn text(&mut self, from: usize, to: usize);
    /// An image, its source resolved, its alternative text, and what
    /// parts it from the text after it.
    fn image(&mut self, src: &str, alt: &str, after: After);
}

/// Walks `b.text[start..end]`: its spans trimmed of whitespace at their
/// edges (CommonMark's flanking rules), links only with `opts.links`, only
/// properly nested spans, nothing inside a code span and no mark inside
/// one of its own kind. Images (with `opts.images`) come at their places,
/// before a mark that opens there; one at the block's end after the marks
/// close; none inside a code span.
pub(crate) fn walk(b: &Block, start: usize, end: usize, opts: Options, sink: &mut impl Sink) {
    let text = &b.text;
    // Every offset below is one of these, a span's or an image's, each
    // checked to be a char boundary.
    let (start, end) = (
        floor_char_boundary(text, start),
        floor_char_boundary(text, end),
    );
    let at_end = end >= text.len();
    let images: Vec<(usize, String, &str)> = images(b, opts)
        .filter(|i| {
            ((start..end).contains(&i.0) || at_end && i.0 == end) && text.is_char_boundary(i.0)
        })
        .collect();
    let mut image = 0;
    let mut spans: Vec<(usize, usize, Mark)> = b
        .spans
        .iter()
        .filter_map(|s| {
            let mark = match &s.kind {
                SpanKind::Emphasis => Mark::Emphasis,
                SpanKind::Strong => Mark::Strong,
                SpanKind::Code => Mark::Code,
                SpanKind::Link { start, end } if opts.links => {
                    let href = opts.hrefs.get(*start as usize..*end as usize)?;
                    Mark::Link(link::resolve(opts.base, href)?)
                }
                SpanKind::Link { .. } | SpanKind::Cell | SpanKind::Image { .. } => return None,
            };
            let (s0, s1) = (s.start.max(start), s.end.min(end));
            let inner = text.get(s0..s1)?;
            let lead = inner.len() - inner.trim_start().len();
            let trail = inner.len() - inner.trim_end().len();
            let (s0, s1) = (s0 + lead, s1 - trail);
            (s0 < s1).then_some((s0, s1, mark))
        })
        .collect();
    spans.sort_by_key(|&(s0, s1, _)| (s0, std::cmp::Reverse(s1)));
    let mut kept: Vec<(usize, usize, Mark)> = Vec::new();
    let mut open: Vec<(usize, usize, Mark)> = Vec::new();
    for sp in spans {
        while open.last().is_some_and(|o| o.1 <= sp.0) {
            open.pop();
        }
        let fits = open.last().is_none_or(|o| sp.1 <= o.1 && o.2 != Mark::Code);
        let same = open
            .iter()
            .any(|o| std::mem::discriminant(&o.2) == std::mem::discriminant(&sp.2));
        if fits && !same {
            kept.push(sp.clone());
            open.push(sp);
        }
    }
    let mut at = start;
    let mut open: Vec<(usize, &Mark)> = Vec::new();
    let mut next = 0;
    let close_to = |sink: &mut dyn FnMut(&Mark), open: &mut Vec<(usize, &Mark)>, upto: usize| {
        while let Some(&(e, mark)) = open.last() {
            if e > upto {
                break;
            }
            sink(mark);
            open.pop();
        }
    };
    'text: while at < end {
        close_to(&mut |m| sink.close(m), &mut open, at);
        while let Some((pos, src, alt)) = images.get(image)
            && *pos <= at
        {
            if *pos == at {
                let glued = !text[at..].starts_with(char::is_whitespace);
                let after = if at == 0 {
                    After::Break
                } else if glued && text[..at].ends_with(char::is_whitespace) {
                    After::Space
                } else {
                    After::Nothing
                };
                sink.image(src, alt, after);
            }
            image += 1;
        }
        while next < kept.len() && kept[next].0 == at {
            let (_, e, mark) = &kept[next];
            let e = *e;
            next += 1;
            if *mark == Mark::Code {
                sink.code(&text[at..e]);
                at = e;
                continue 'text;
            }
            sink.open(mark);
            open.push((e, mark));
        }
        if at >= end {
            break;
        }
        // The text up to the next boundary.
        let boundary = [
            kept.get(next).map_or(end, |k| k.0),
            open.last().map_or(end, |o| o.0),
            images.get(image).map_or(end, |i| i.0),
            end,
        ]
        .into_iter()
        .filter(|&x| x > at)
        .min()
        .unwrap_or(end);
        sink.text(at, boundary);
        at = boundary;
    }
    close_to(&mut |m| sink.close(m), &mut open, usize::MAX);
    for (pos, src, alt) in &images[image..] {
        if *pos >= at {
            sink.image(src, alt, After::Nothing);
        }
    }
}
