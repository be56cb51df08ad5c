#![doc = include_str!("../README.md")]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod classify;
mod config;
mod decode;
mod document;
mod dom;
mod entity;
mod error;
mod metadata;
mod render;
mod segment;
mod text;
mod tuning;

use std::sync::LazyLock;
use std::time::{Duration, Instant};

use segment::View;

pub use config::{
    DEFAULT_MAX_ATTRIBUTES, DEFAULT_MAX_DEPTH, DEFAULT_MAX_INPUT_BYTES, DEFAULT_MAX_NODES,
    Extractor, ExtractorBuilder, Favor,
};
pub use document::{Block, BlockKind, Document, Features, Image, Label, Reason};
pub use error::Error;
pub use metadata::{Metadata, PageType};

static DEFAULT: LazyLock<Extractor> = LazyLock::new(Extractor::default);

/// The pipeline's stages one at a time, for the stage groups of
/// `benches/extract.rs`. Not part of the API: no stability promise, and
/// nothing here checks limits.
#[doc(hidden)]
pub mod __stages {
    /// A parsed page (the private DOM).
    pub struct Parsed(crate::dom::tree::Dom);

    /// A walked page: its blocks with their features.
    pub struct Walked(crate::segment::Segmented);

    /// Bytes to text, as `extract_bytes` decodes them.
    pub fn decode(bytes: &[u8]) -> String {
        crate::decode::decode(bytes, None).into_owned()
    }

    /// A prescanned page: what html5ever gets, and the size of its tree.
    pub struct Prescanned {
        html: String,
        nodes: usize,
    }

    /// The page less what the extractor never reads, and its counts.
    pub fn prescan(html: &str) -> Prescanned {
        let scan = crate::dom::prescan(html);
        Prescanned {
            html: scan.html.into_owned(),
            nodes: scan.tags.nodes,
        }
    }

    /// html5ever's parse of the prescanned page into the private DOM.
    pub fn parse(page: &Prescanned) -> Parsed {
        let html = std::borrow::Cow::Borrowed(page.html.as_str());
        Parsed(
            crate::dom::parse_sized(html, page.nodes, crate::dom::Limits::NONE).expect("no limits"),
        )
    }

    /// The walk that segments the DOM into blocks.
    pub fn walk(parsed: &Parsed) -> Walked {
        Walked(crate::segment::segment(
            &parsed.0,
            crate::segment::View::Reader,
        ))
    }

    /// Scoring and labelling; the number of blocks labelled content.
    pub fn classify(walked: &Walked) -> usize {
        crate::classify::classify(&walked.0, crate::Favor::default())
            .iter()
            .filter(|d| d.label == crate::Label::Content)
            .count()
    }
}

/// The next number of a xorshift generator: the unit tests' random inputs,
/// the same on every run.
#[cfg(test)]
fn xorshift(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

/// Extracts the main content of an HTML page with the default settings.
///
/// # Errors
///
/// [`Error::InputTooLarge`], [`Error::TooManyNodes`] or
/// [`Error::NestingTooDeep`] or [`Error::TooManyAttributes`] when the page
/// is over a default limit ([`DEFAULT_MAX_INPUT_BYTES`], [`DEFAULT_MAX_NODES`],
/// [`DEFAULT_MAX_DEPTH`], [`DEFAULT_MAX_ATTRIBUTES`]);
/// [`Error::Binary`] when it is not text.
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
    // A limit too far to reach (`Duration::MAX`) is no deadline.
    let deadline = config
        .max_time
        .and_then(|limit| Some((Instant::now().checked_add(limit)?, limit)));
    let in_time = || match deadline {
        Some((at, limit)) if Instant::now() > at => Err(Error::TimedOut { limit }),
        _ => Ok(()),
    };
    // Decoding may make a page longer than its bytes.
    if html.len() > dom::MAX_PARSE_BYTES {
        return Err(Error::InputTooLarge {
            len: html.len(),
            limit: dom::MAX_PARSE_BYTES,
        });
    }
    let dom::Prescan { tags: scan, html } = dom::prescan(html);
    // The most specific refusal first: a page a million elements deep is
    // also a million elements.
    if scan.max_depth > config.max_depth {
        return Err(Error::NestingTooDeep {
            depth: scan.max_depth,
            limit: config.max_depth,
        });
    }
    if scan.max_attributes > config.max_attributes {
        return Err(Error::TooManyAttributes {
            count: scan.max_attributes,
            limit: config.max_attributes,
        });
    }
    if scan.start_tags > config.max_nodes {
        return Err(Error::TooManyNodes {
            limit: config.max_nodes,
        });
    }
    let limits = dom::Limits {
        max_depth: config.max_depth,
        max_nodes: config.max_nodes,
        deadline: deadline.map(|(at, _)| at),
    };
    let dom = dom::parse_sized(html, scan.nodes, limits).map_err(|stopped| match stopped {
        dom::Stopped::TooDeep(depth) => Error::NestingTooDeep {
            depth,
            limit: config.max_depth,
        },
        dom::Stopped::TooManyNodes(_) => Error::TooManyNodes {
            limit: config.max_nodes,
        },
        dom::Stopped::OutOfTime => Error::TimedOut {
            limit: deadline.map_or(Duration::ZERO, |(_, limit)| limit),
        },
    })?;
    in_time()?;
    let mut seg = segment::segment(&dom, View::Reader);
    let mut decisions = classify::classify(&seg, config.favor);
    in_time()?;
    let mut kept = kept_words(&seg, &decisions);
    // Little that a reader sees carries the page: it may serve its content
    // in <noscript> (to crawlers), or, when nothing at all is seen, hide
    // its whole body until a script runs. Read it those ways and keep the
    // reading that finds most. Hidden elements are lifted only for a page
    // that shows nothing: a short page's own hidden text stays hidden.
    let fallbacks = [
        (
            seg.noscript_skipped > 0 && kept < tuning::FALLBACK_MAX_WORDS,
            View::NoScript,
        ),
        (seg.hidden_skipped > 0 && kept == 0, View::Revealed),
    ];
    for (_, view) in fallbacks.into_iter().filter(|(worth, _)| *worth) {
        let other = segment::segment(&dom, view);
        let other_decisions = classify::classify(&other, config.favor);
        let other_kept = kept_words(&other, &other_decisions);
        if other_kept > kept {
            (seg, decisions, kept) = (other, other_decisions, other_kept);
        }
        in_time()?;
    }
    drop(dom);
    let content: Vec<bool> = decisions
        .iter()
        .map(|d| d.label == Label::Content)
        .collect();
    let metadata = metadata::read(&seg, &content);
    let hrefs = std::mem::take(&mut seg.hrefs);
    // Link targets resolve against the page's <base href>, itself
    // resolved against the caller's URL for the page.
    let base = match (&config.base_url, &seg.head.base) {
        (caller, Some(page)) => render::url::resolve(caller.as_deref(), page)
            .filter(|b| render::url::is_absolute(b))
            .or_else(|| caller.clone()),
        (caller, None) => caller.clone(),
    };
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
            spans: b.spans,
            list: b.list,
            header_row: b.header_row,
            code_lang: b.code_lang,
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
        metadata,
        links: config.links,
        images: config.images,
        base,
        hrefs,
        blocks,
        text,
    })
}
