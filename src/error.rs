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
    #[error("{}", too_large(*len, *limit))]
    InputTooLarge {
        /// Length of the input in bytes; `None` for a reader
        /// ([`Extractor::extract_reader`](crate::Extractor::extract_reader)),
        /// which is not read past the limit, so its length is not known.
        len: Option<usize>,
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
    #[error("document has {count} element nodes or more, over the limit of {limit}")]
    TooManyNodes {
        /// The elements counted when the check tripped: the scan's count of
        /// start tags, or the tree's elements when the parse stopped (the
        /// page may have more).
        count: usize,
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
    /// `kind` says what it looks like ([`BinaryKind::Gzip`],
    /// [`BinaryKind::Pdf`], [`BinaryKind::ControlBytes`]...). Decompress
    /// or convert it first, or skip it.
    #[error("input is {kind}, not HTML")]
    Binary {
        /// What the input looks like.
        kind: BinaryKind,
    },

    /// A setting is out of range: a builder setting
    /// ([`ExtractorBuilder::build`](crate::ExtractorBuilder::build)) or a
    /// page's own ([`Page`](crate::Page)).
    ///
    /// Fix the setting; `setting` names it as its method does
    /// (`"max_nodes"`, `"base_url"`), `reason` says what is wrong.
    #[error("invalid setting {setting}: {reason}")]
    InvalidConfig {
        /// The setting, named as its method is.
        setting: &'static str,
        /// What is wrong with its value.
        reason: String,
    },

    /// Reading the input failed
    /// ([`Extractor::extract_reader`](crate::Extractor::extract_reader)).
    ///
    /// The underlying error says why; retrying makes sense only if the
    /// reader's failure was transient.
    #[error("reading the input failed")]
    Io(#[from] io::Error),
}

/// [`Error::InputTooLarge`]'s message.
fn too_large(len: Option<usize>, limit: usize) -> String {
    match len {
        Some(len) => format!("input of {len} bytes is over the limit of {limit} bytes"),
        None => format!("input is over the limit of {limit} bytes (a stream, not read further)"),
    }
}

/// What an input that is not text looks like ([`Error::Binary`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BinaryKind {
    /// gzip-compressed data (a body nobody decompressed).
    Gzip,
    /// zstd-compressed data.
    Zstd,
    /// bzip2-compressed data.
    Bzip2,
    /// xz-compressed data.
    Xz,
    /// A zip archive (also an Office document or an EPUB).
    Zip,
    /// A PDF document.
    Pdf,
    /// A PNG image.
    Png,
    /// A JPEG image.
    Jpeg,
    /// A GIF image.
    Gif,
    /// A WebAssembly module.
    WebAssembly,
    /// An ELF executable.
    Executable,
    /// No known format, but at least one byte in 32 of its start is a
    /// control byte that text never holds.
    ControlBytes,
}

impl BinaryKind {
    /// What the input looks like, in words: `"gzip data"`, `"a PDF
    /// document"`, `"binary data"`.
    ///
    /// # Example
    ///
    /// ```
    /// use deboiler::{BinaryKind, Error, Extractor};
    ///
    /// let err = Extractor::default().extract_bytes(b"%PDF-1.7 ...", None).unwrap_err();
    /// assert!(matches!(err, Error::Binary { kind: BinaryKind::Pdf }));
    /// assert_eq!(err.to_string(), "input is a PDF document, not HTML");
    /// ```
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            BinaryKind::Gzip => "gzip data",
            BinaryKind::Zstd => "zstd data",
            BinaryKind::Bzip2 => "bzip2 data",
            BinaryKind::Xz => "xz data",
            BinaryKind::Zip => "a zip archive",
            BinaryKind::Pdf => "a PDF document",
            BinaryKind::Png => "a PNG image",
            BinaryKind::Jpeg => "a JPEG image",
            BinaryKind::Gif => "a GIF image",
            BinaryKind::WebAssembly => "WebAssembly",
            BinaryKind::Executable => "an executable",
            BinaryKind::ControlBytes => "binary data",
        }
    }
}

impl std::fmt::Display for BinaryKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
