#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod classify;
mod config;
mod decode;
mod document;
mod dom;
mod error;
mod metadata;
mod render;
mod segment;
mod tuning;

use std::sync::LazyLock;

pub use config::{
    DEFAULT_MAX_DEPTH, DEFAULT_MAX_INPUT_BYTES, DEFAULT_MAX_NODES, Extractor, ExtractorBuilder,
    Favor,
};
pub use document::{Block, BlockKind, Document, Features, Label, Reason};
pub use error::Error;

static DEFAULT: LazyLock<Extractor> = LazyLock::new(Extractor::default);

/// Extracts the main content of an HTML page with the default settings.
///
/// # Errors
///
/// [`Error::InputTooLarge`], [`Error::TooManyNodes`] or
/// [`Error::NestingTooDeep`] when the page is over a default limit
/// ([`DEFAULT_MAX_INPUT_BYTES`], [`DEFAULT_MAX_NODES`], [`DEFAULT_MAX_DEPTH`]).
///
/// # Example
///
/// ```
/// let html = r#"<html><body>
///   <nav><a href="/">Home</a> <a href="/world">World</a></nav>
///   <article><h1>Bridge vote</h1>
///     <p>The council voted on Tuesday to rebuild the old bridge, a project
///        discussed for more than ten years.</p>
///     <ul class="share"><li><a href="/fb">Facebook</a></li></ul></article>
/// </body></html>"#;
/// let doc = deboiler::extract(html)?;
/// assert!(doc.text().starts_with("The council voted"));
/// assert!(!doc.text().contains("Facebook"));
/// # Ok::<(), deboiler::Error>(())
/// ```
pub fn extract(html: &str) -> Result<Document, Error> {
    DEFAULT.extract(html)
}

/// Words in the blocks labelled content.
fn kept_words(seg: &segment::Segmented, decisions: &[classify::Decision]) -> u32 {
    seg.blocks
        .iter()
        .zip(decisions)
        .filter(|(_, d)| d.label == Label::Content)
        .map(|(b, _)| b.words)
        .sum()
}

/// The pipeline after decoding: parse, segment, classify, render.
pub(crate) fn pipeline(config: &Extractor, html: &str) -> Result<Document, Error> {
    let scan = dom::scan_tags(html);
    if scan.start_tags > config.max_nodes {
        return Err(Error::TooManyNodes {
            limit: config.max_nodes,
        });
    }
    if scan.max_depth > config.max_depth {
        return Err(Error::NestingTooDeep {
            depth: scan.max_depth,
            limit: config.max_depth,
        });
    }
    let dom = dom::parse(html);
    let mut seg = segment::segment(&dom.document, segment::Hiding::Respect);
    let mut decisions = classify::classify(&seg, config.favor);
    if seg.hidden_skipped > 0 && kept_words(&seg, &decisions) == 0 {
        // Nothing visible carries the page: it may hide its whole body with
        // a class or style until a script runs. Read it as scripts would
        // show it, and keep that reading only if it finds content.
        let shown = segment::segment(&dom.document, segment::Hiding::AttributeOnly);
        let shown_decisions = classify::classify(&shown, config.favor);
        if kept_words(&shown, &shown_decisions) > 0 {
            seg = shown;
            decisions = shown_decisions;
        }
    }
    drop(dom);
    let title = metadata::title(&seg);
    let total = seg.blocks.len().max(1) as f32;
    let blocks: Vec<Block> = seg
        .blocks
        .into_iter()
        .zip(decisions)
        .enumerate()
        .map(|(i, (b, d))| Block {
            features: Features {
                words: b.words,
                link_words: b.link_words,
                link_density: if b.words == 0 {
                    0.0
                } else {
                    b.link_words as f32 / b.words as f32
                },
                text_density: b.text_density,
                tag_path: b.tag_path,
                class_id: b.class_id,
                position: i as f32 / total,
                in_main: d.in_main,
            },
            text: b.text,
            kind: b.kind,
            level: b.level,
            label: d.label,
            score: d.score,
            reason: d.reason,
        })
        .collect();
    let text = render::text::render(&blocks);
    Ok(Document {
        title,
        blocks,
        text,
    })
}
