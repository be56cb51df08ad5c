//! The one error type of the crate.

use std::io;
use std::time::Duration;

/// Everything that can make an extraction fail.
///
/// Malformed HTML is never an error (browsers parse anything, and so does
/// deboiler), and a page without main content is an empty
/// [`Document`](crate::Document), not an error. What remains are limits the
/// caller set, settings that make no sense, and I/O.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input is longer than
    /// [`ExtractorBuilder::max_input_bytes`](crate::ExtractorBuilder::max_input_bytes).
    ///
    /// Raise the limit if the page is legitimate, or skip it: the check is
    /// made before any parsing, so it costs nothing.
    #[error("input of {len} bytes is over the limit of {limit} bytes")]
    InputTooLarge {
        /// Length of the input in bytes.
        len: usize,
        /// The limit in force.
        limit: usize,
    },

    /// The document has more element nodes than
    /// [`ExtractorBuilder::max_nodes`](crate::ExtractorBuilder::max_nodes):
    /// start tags counted by a byte scan before parsing, or elements counted
    /// while the tree is built (the parser reopens unclosed formatting
    /// elements in every new paragraph, so a few bytes can make hundreds).
    ///
    /// Raise the limit if the page is legitimate; a page over the default
    /// is almost always generated junk.
    #[error("document has more than {limit} element nodes")]
    TooManyNodes {
        /// The limit in force.
        limit: usize,
    },

    /// Elements nest deeper than
    /// [`ExtractorBuilder::max_depth`](crate::ExtractorBuilder::max_depth).
    ///
    /// The depth is estimated by a byte scan before parsing, and counted
    /// again while the tree is built (for the ways to nest that the scan
    /// does not model), because html5ever's tree builder spends time
    /// proportional to depth for every tag: a page 100,000 elements deep
    /// would take minutes. Real pages nest a few dozen deep; raise the
    /// limit only for a page you trust.
    #[error("elements nest {depth} deep, over the limit of {limit}")]
    NestingTooDeep {
        /// The depth found: the scan's estimate, or the depth the tree
        /// had reached when the parse stopped.
        depth: usize,
        /// The limit in force.
        limit: usize,
    },

    /// A tag has more attributes than
    /// [`ExtractorBuilder::max_attributes`](crate::ExtractorBuilder::max_attributes).
    ///
    /// Counted by the byte scan before parsing, because html5ever's
    /// tokenizer spends time proportional to the square of a tag's
    /// attribute count. Real tags have a few dozen at most.
    #[error("a tag has {count} attributes, over the limit of {limit}")]
    TooManyAttributes {
        /// The attribute count of the tag with the most.
        count: usize,
        /// The limit in force.
        limit: usize,
    },

    /// The extraction took longer than
    /// [`ExtractorBuilder::max_time`](crate::ExtractorBuilder::max_time).
    ///
    /// Every stage's cost grows linearly with the page, so this is a page
    /// far larger than most on a slow or busy machine: raise the limit, or
    /// skip the page. The clock is looked at between stages and every
    /// 8 KiB of the parse, so the extraction ends soon after the limit.
    #[error("extraction took longer than the limit of {limit:?}")]
    TimedOut {
        /// The limit in force.
        limit: Duration,
    },

    /// The input is not text: a compressed body, an image, a PDF, or bytes
    /// of which many are control characters that text never holds (see
    /// [`Extractor::extract_bytes`](crate::Extractor::extract_bytes)).
    ///
    /// `kind` names what it looks like: `"gzip data"`, `"a PDF
    /// document"`, `"binary data"`... Decompress or convert it first, or
    /// skip it.
    #[error("input is {kind}, not HTML")]
    Binary {
        /// What the input looks like.
        kind: &'static str,
    },

    /// A builder setting is out of range; the message names it.
    ///
    /// Fix the setting: this is returned by
    /// [`ExtractorBuilder::build`](crate::ExtractorBuilder::build) only.
    #[error("invalid configuration: {0}")]
    InvalidConfig(String),

    /// Reading the input failed
    /// ([`Extractor::extract_reader`](crate::Extractor::extract_reader)).
    ///
    /// The underlying error says why; retrying makes sense only if the
    /// reader's failure was transient.
    #[error("reading the input failed")]
    Io(#[from] io::Error),
}
