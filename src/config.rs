//! [`Extractor`], its builder and the documented defaults.

use std::time::Duration;

use crate::error::Error;

/// Default for [`ExtractorBuilder::max_input_bytes`]: 64 MiB.
///
/// The largest page of the public benchmarks we measure on is under 6 MB;
/// the limit leaves room for generated dumps while refusing gigabyte inputs
/// before they are parsed.
pub const DEFAULT_MAX_INPUT_BYTES: usize = 64 * 1024 * 1024;

/// Default for [`ExtractorBuilder::max_nodes`]: 1 million element nodes.
///
/// Real pages have a few thousand (the most in the 1,678 pages of the
/// benchmarks we measure on is under 16,000). Memory grows with the
/// elements: the worst case, a page of nothing but one-character
/// paragraphs, peaks at about 430 bytes per element, so a million keeps
/// any page under about half a gigabyte.
pub const DEFAULT_MAX_NODES: usize = 1_000_000;

/// Default for [`ExtractorBuilder::max_depth`]: 512 levels of nesting.
///
/// The deepest of the 1,678 pages of the benchmarks we measure on nests 130
/// elements deep (median 15); html5ever's parse slows in proportion to
/// depth, so the limit keeps hostile inputs from costing minutes.
pub const DEFAULT_MAX_DEPTH: usize = 512;

/// Default for [`ExtractorBuilder::max_attributes`]: 1,024 attributes on
/// one tag.
///
/// The most on one tag in the 1,678 pages of the benchmarks we measure on
/// is 185 (real pages rarely pass 30). html5ever checks each attribute of
/// a tag against the ones before it, so a tag's cost grows with the square
/// of its attribute count: 200,000 attributes on one tag (a 1.3 MB page)
/// take over half a minute to parse. With the limit, a tag costs at most
/// about half a million comparisons.
pub const DEFAULT_MAX_ATTRIBUTES: usize = 1024;

/// Which side of the precision/recall trade-off to favour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Favor {
    /// The default: the setting that scores best on the benchmarks.
    #[default]
    Balanced,
    /// Drop doubtful blocks: less boilerplate, some content lost. Only the
    /// main container counts (no sibling sections, no dense text outside
    /// it); inside it, blocks more than 30% link text and blocks of fewer
    /// than five words (headings aside) are dropped.
    Precision,
    /// Keep doubtful blocks: all content, some boilerplate kept. Blocks up
    /// to 80% link text stay, and plain text of 15 words or more outside
    /// the main container is kept.
    Recall,
}

/// A configured extractor: cheap to clone, `Send + Sync`, reusable for any
/// number of pages.
///
/// # Example
///
/// ```
/// use deboiler::{Extractor, Favor};
///
/// let extractor = Extractor::builder().favor(Favor::Precision).build()?;
/// let doc = extractor.extract("<p>Short page.</p>")?;
/// assert!(doc.text().len() <= "Short page.".len());
/// # Ok::<(), deboiler::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Extractor {
    pub(crate) favor: Favor,
    pub(crate) links: bool,
    pub(crate) images: bool,
    pub(crate) comments: bool,
    pub(crate) base_url: Option<url::Url>,
    pub(crate) max_input_bytes: usize,
    pub(crate) max_nodes: usize,
    pub(crate) max_depth: usize,
    pub(crate) max_attributes: usize,
    pub(crate) max_time: Option<Duration>,
}

impl Default for Extractor {
    fn default() -> Self {
        Extractor {
            favor: Favor::Balanced,
            links: false,
            images: false,
            comments: false,
            base_url: None,
            max_input_bytes: DEFAULT_MAX_INPUT_BYTES,
            max_nodes: DEFAULT_MAX_NODES,
            max_depth: DEFAULT_MAX_DEPTH,
            max_attributes: DEFAULT_MAX_ATTRIBUTES,
            max_time: None,
        }
    }
}

impl Extractor {
    /// A builder starting from the defaults.
    #[must_use]
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder {
            config: Extractor::default(),
            base_url: None,
        }
    }
}

/// Builds an [`Extractor`]; every setting is checked in
/// [`build`](Self::build).
///
/// # Example
///
/// ```
/// use deboiler::{Extractor, Favor};
///
/// let extractor = Extractor::builder()
///     .favor(Favor::Recall)
///     .max_input_bytes(8 << 20)
///     .build()?;
/// # Ok::<(), deboiler::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct ExtractorBuilder {
    config: Extractor,
    /// [`base_url`](Self::base_url) as given, parsed in
    /// [`build`](Self::build).
    base_url: Option<String>,
}

impl ExtractorBuilder {
    /// Which side of the precision/recall trade-off to favour.
    ///
    /// # Default
    ///
    /// [`Favor::Balanced`].
    pub fn favor(&mut self, favor: Favor) -> &mut Self {
        self.config.favor = favor;
        self
    }

    /// Whether [`Document::to_markdown`](crate::Document::to_markdown)
    /// renders links (`[text](target)`); without them a link is its text.
    /// A link that goes nowhere (`javascript:`, empty) is always its text.
    ///
    /// # Default
    ///
    /// `false`.
    pub fn links(&mut self, links: bool) -> &mut Self {
        self.config.links = links;
        self
    }

    /// Whether [`Document::to_markdown`](crate::Document::to_markdown) and
    /// [`Document::to_html`](crate::Document::to_html) render the images of
    /// the kept content (`![alt](source)`, `<img>`). An image goes with the
    /// text it stands in; one alone (a figure over its caption, a lead
    /// image over the first paragraph) goes at the start of the next
    /// block with text inside its parent, else nowhere. A lazily loaded
    /// image's real source (`data-src`, `srcset`) is used; tracking pixels
    /// and inline `data:` images are left out.
    ///
    /// # Default
    ///
    /// `false`.
    pub fn images(&mut self, images: bool) -> &mut Self {
        self.config.images = images;
        self
    }

    /// Whether the readers' comments under the main content are part of
    /// the output: after the main text in [`Document::text`](crate::Document::text),
    /// [`to_markdown`](crate::Document::to_markdown),
    /// [`to_html`](crate::Document::to_html) and the JSON `text`, in page
    /// order, each with its author line. Turn it on where comments are
    /// content (a blog's discussion, a Q&A thread, a corpus of web
    /// conversation); leave it off for the article alone (an index of
    /// articles, a summary, a reader view). Either way the blocks of a
    /// comment are labelled [`Label::Comment`](crate::Label::Comment) and
    /// [`Document::comments`](crate::Document::comments) gives them with
    /// their authors and dates. On a thread (a short post, then replies,
    /// or a page whose structured data declares a `DiscussionForumPosting`,
    /// `QAPage` or `Question`) the replies are the main content whatever
    /// this says.
    ///
    /// # Default
    ///
    /// `false`.
    pub fn comments(&mut self, comments: bool) -> &mut Self {
        self.config.comments = comments;
        self
    }

    /// The URL link targets are made absolute against, for every page this
    /// extractor reads that does not give its own with [`Page::url`] (and
    /// against the page's `<base href>`, itself resolved against it), as a
    /// browser resolves them (the WHATWG URL standard). Without one,
    /// targets stay as the page wrote them, and links within the page
    /// (`#top`) are dropped. For a crawl, give each page its URL with
    /// [`Extractor::extract_page`] instead.
    ///
    /// # Default
    ///
    /// None.
    pub fn base_url(&mut self, url: impl Into<String>) -> &mut Self {
        self.base_url = Some(url.into());
        self
    }

    /// The longest input accepted, in bytes; longer input is refused with
    /// [`Error::InputTooLarge`] before it is parsed. Whatever the setting,
    /// a page of more than 4 GiB less a byte once decoded is refused the
    /// same way: html5ever's buffers count their bytes in a `u32`.
    ///
    /// # Default
    ///
    /// [`DEFAULT_MAX_INPUT_BYTES`] (64 MiB).
    pub fn max_input_bytes(&mut self, limit: usize) -> &mut Self {
        self.config.max_input_bytes = limit;
        self
    }

    /// The most element nodes a document may have, counted in its start
    /// tags before parsing and in the elements the parser makes (which may
    /// be more: it reopens unclosed formatting elements in each paragraph);
    /// more is refused with [`Error::TooManyNodes`]. Memory follows the
    /// element count: about 430 bytes an element at most, so the default
    /// bounds an extraction at about 0.6 GB whatever the page.
    ///
    /// # Default
    ///
    /// [`DEFAULT_MAX_NODES`] (1 million).
    pub fn max_nodes(&mut self, limit: usize) -> &mut Self {
        self.config.max_nodes = limit;
        self
    }

    /// The deepest nesting of elements accepted, as estimated by a byte scan
    /// before parsing (elements whose end tag is required, such as `div`,
    /// `span` or `b`) and counted while the tree is built (for the rest:
    /// `<li>` in `<dt>` in `<li>`...); deeper input is refused with
    /// [`Error::NestingTooDeep`].
    ///
    /// # Default
    ///
    /// [`DEFAULT_MAX_DEPTH`] (512).
    pub fn max_depth(&mut self, limit: usize) -> &mut Self {
        self.config.max_depth = limit;
        self
    }

    /// The most attributes accepted on one tag, counted by the same byte
    /// scan (a repeated name counts each time); a tag with more is refused
    /// with [`Error::TooManyAttributes`].
    ///
    /// # Default
    ///
    /// [`DEFAULT_MAX_ATTRIBUTES`] (1,024).
    pub fn max_attributes(&mut self, limit: usize) -> &mut Self {
        self.config.max_attributes = limit;
        self
    }

    /// The longest one extraction may take, for a crawl that must not wait
    /// on one page; longer is stopped with [`Error::TimedOut`]. The clock is
    /// looked at between stages and every 8 KiB of the parse.
    ///
    /// Every stage's cost grows linearly with the page, so the input limit
    /// already bounds the time; this bounds it on a slow or busy machine.
    /// A page that times out on a loaded machine may not on an idle one:
    /// with a limit, the result can depend on the machine.
    ///
    /// # Default
    ///
    /// None.
    ///
    /// # Example
    ///
    /// ```
    /// use std::time::Duration;
    ///
    /// let extractor = deboiler::Extractor::builder()
    ///     .max_time(Duration::from_secs(2))
    ///     .build()?;
    /// assert_eq!(extractor.extract("<p>Quick.</p>")?.text(), "Quick.");
    /// # Ok::<(), deboiler::Error>(())
    /// ```
    pub fn max_time(&mut self, limit: Duration) -> &mut Self {
        self.config.max_time = Some(limit);
        self
    }

    /// Checks the settings and builds the extractor.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidConfig`] if a limit is zero or the base URL is not
    /// an absolute URL that can be a base (`https://…`, `file:///…`; not
    /// `mailto:` or `data:`).
    pub fn build(&self) -> Result<Extractor, Error> {
        if self.config.max_input_bytes == 0 {
            return Err(invalid("max_input_bytes", "must be at least 1"));
        }
        if self.config.max_time == Some(Duration::ZERO) {
            return Err(invalid("max_time", "must be more than zero"));
        }
        if self.config.max_nodes == 0 {
            return Err(invalid("max_nodes", "must be at least 1"));
        }
        if self.config.max_depth == 0 {
            return Err(invalid("max_depth", "must be at least 1"));
        }
        if self.config.max_attributes == 0 {
            return Err(invalid("max_attributes", "must be at least 1"));
        }
        let mut config = self.config.clone();
        if let Some(base) = &self.base_url {
            config.base_url = Some(parse_url("base_url", base)?);
        }
        Ok(config)
    }
}

/// `url` parsed as a base for link targets, or [`Error::InvalidConfig`]
/// for `setting`.
pub(crate) fn parse_url(setting: &'static str, url: &str) -> Result<url::Url, Error> {
    crate::link::parse_base(url).ok_or_else(|| {
        invalid(
            setting,
            format!("must be an absolute URL that can be a base (https://...), not {url:?}"),
        )
    })
}

/// What the caller knows about one page, for
/// [`Extractor::extract_page`]: the URL it was fetched from and the
/// charset its server declared. A crawl reads many pages with one
/// [`Extractor`]; each page brings its own context.
///
/// # Example
///
/// ```
/// use deboiler::{Extractor, Page};
///
/// let extractor = Extractor::builder().links(true).build()?;
/// let page = Page::new()
///     .url("https://example.com/news/today.html")
///     .charset("iso-8859-1");
/// let doc = extractor.extract_page(
///     b"<article><p>Caf\xe9 owners met on <a href=../town.html>the square</a> \
///       to talk about the new rules for terraces this summer.</p></article>",
///     &page,
/// )?;
/// assert_eq!(doc.charset(), "windows-1252");
/// assert_eq!(doc.base_url(), Some("https://example.com/news/today.html"));
/// assert!(doc.to_markdown().contains("[the square](https://example.com/town.html)"));
/// # Ok::<(), deboiler::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Page<'a> {
    pub(crate) url: Option<&'a str>,
    pub(crate) charset: Option<&'a str>,
}

impl<'a> Page<'a> {
    /// A page with nothing known about it.
    #[must_use]
    pub fn new() -> Page<'a> {
        Page::default()
    }

    /// The URL the page was fetched from (after redirects): link and image
    /// targets are made absolute against it, or against the page's
    /// `<base href>` resolved against it. It takes the place of
    /// [`ExtractorBuilder::base_url`] for this page. Its host's last label
    /// also helps guess an undeclared legacy encoding (`.ru`, `.jp`).
    ///
    /// It must be absolute and able to be a base (`https://…`,
    /// `file:///…`): [`Extractor::extract_page`] refuses another with
    /// [`Error::InvalidConfig`] (`setting` `"url"`).
    #[must_use]
    pub fn url(self, url: &'a str) -> Page<'a> {
        Page {
            url: Some(url),
            ..self
        }
    }

    /// The charset the page's server declared (the `charset` parameter of
    /// an HTTP `Content-Type` header), as a WHATWG encoding label
    /// (`utf-8`, `iso-8859-1`, `shift_jis`...). A byte order mark or
    /// UTF-16's zero bytes win over it; it wins over the page's own
    /// `<meta charset>`. A label that is not a known encoding is ignored.
    #[must_use]
    pub fn charset(self, label: &'a str) -> Page<'a> {
        Page {
            charset: Some(label),
            ..self
        }
    }
}

/// [`Error::InvalidConfig`] for `setting`.
pub(crate) fn invalid(setting: &'static str, reason: impl Into<String>) -> Error {
    Error::InvalidConfig {
        setting,
        reason: reason.into(),
    }
}
