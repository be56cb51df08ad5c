#![doc = include_str!("../README.md")]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
// Every pure accessor says so: a new one without `#[must_use]` fails clippy.
#![warn(clippy::must_use_candidate)]

mod classify;
mod config;
mod decode;
mod document;
mod dom;
mod entity;
mod error;
mod link;
mod meta_names;
mod metadata;
mod model;
mod pipeline;
mod render;
mod segment;
mod text;
mod tuning;
#[cfg(feature = "warc")]
#[cfg_attr(docsrs, doc(cfg(feature = "warc")))]
pub mod warc;

use std::sync::LazyLock;

pub use config::{
    DEFAULT_MAX_ATTRIBUTES, DEFAULT_MAX_DEPTH, DEFAULT_MAX_INPUT_BYTES, DEFAULT_MAX_NODES,
    Extractor, ExtractorBuilder, Favor, Page,
};
pub use document::Document;
pub use error::{BinaryKind, Error};
pub use metadata::{Metadata, PageType};
pub use model::{Block, BlockKind, Comment, Features, Image, Label, Reason};
#[doc(hidden)]
pub use pipeline::stages as __stages;

static DEFAULT: LazyLock<Extractor> = LazyLock::new(Extractor::default);

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
