//! The public output: [`Document`] and its [`Block`]s.

use std::fmt;

use crate::metadata::Metadata;
use crate::segment::{ListPos, Span};

/// What kind of text a block is, from the element that holds it.
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize),
    serde(rename_all = "snake_case")
)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BlockKind {
    /// `<h1>` to `<h6>`; [`Block::heading_level`] says which.
    Heading,
    /// A paragraph, or text in any other block-level element.
    Paragraph,
    /// `<li>`, `<dt>` or `<dd>`.
    ListItem,
    /// A table row; its cells are separated by ` | `.
    TableCell,
    /// `<pre>`: preformatted text or code, whitespace kept.
    Code,
    /// `<blockquote>`.
    Quote,
    /// The caption of a figure (an image, a chart, a video): a
    /// `<figcaption>`, or plain text inside a `<figure>` (a photo credit).
    /// A table's `<caption>` is a paragraph.
    Caption,
}

impl BlockKind {
    /// The kind's name in snake case, as JSON has it.
    ///
    /// ```
    /// assert_eq!(deboiler::BlockKind::ListItem.as_str(), "list_item");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            BlockKind::Heading => "heading",
            BlockKind::Paragraph => "paragraph",
            BlockKind::ListItem => "list_item",
            BlockKind::TableCell => "table_cell",
            BlockKind::Code => "code",
            BlockKind::Quote => "quote",
            BlockKind::Caption => "caption",
        }
    }
}

/// Whether a block is part of the main content.
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize),
    serde(rename_all = "snake_case")
)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Label {
    /// Main content: rendered.
    Content,
    /// Navigation, widgets, promos, footers...: not rendered.
    Boilerplate,
}

impl Label {
    /// The label's name in snake case, as JSON has it.
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Content => "content",
            Label::Boilerplate => "boilerplate",
        }
    }
}

/// The rule that decided a block's label.
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize),
    serde(rename_all = "snake_case")
)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Reason {
    /// Inside the main container, and nothing marks it as boilerplate.
    MainContainer,
    /// Outside the main container, but long, plain text without boilerplate
    /// hints.
    DenseOutside,
    /// Outside the main container.
    OutsideMain,
    /// Most of its words are inside links.
    LinkDense,
    /// An element between it and the main container has a boilerplate tag,
    /// role, class or id (`nav`, `share-bar`, `comments`...).
    ClassHint,
    /// It repeats the page's title, which is not part of the text.
    Title,
    /// The page has no main content: the best container is a small
    /// boilerplate element such as a footer.
    NoMainContent,
    /// Too short to keep when favouring precision (a byline, a date, a
    /// button label).
    TooShort,
    /// Part of a teaser beside the main text: one of a run of items, each a
    /// linked title over a summary ("related stories", "more from").
    Teaser,
    /// It repeats an earlier kept block word for word.
    Repeat,
    /// The caption of a figure: figures are not part of the text, and a
    /// caption without its image is a stray line (kept with
    /// [`Favor::Recall`](crate::Favor::Recall)).
    FigureCaption,
    /// A heading with nothing kept under it before the next heading of its
    /// level: the title of a list of links or teasers that was dropped
    /// ("Related posts", "Share this article").
    EmptySection,
    /// A line that only dates the page ("Updated Nov. 20, 2019, 9:28 AM"):
    /// metadata, not text. A page with more date lines than a published and
    /// an updated one dates its posts or items, and keeps them (kept with
    /// [`Favor::Recall`](crate::Favor::Recall)).
    Dateline,
}

impl Reason {
    /// The rule's name in snake case, as JSON has it; [`Display`](fmt::Display)
    /// says it in words.
    ///
    /// ```
    /// assert_eq!(deboiler::Reason::LinkDense.as_str(), "link_dense");
    /// assert_eq!(deboiler::Reason::LinkDense.to_string(), "link-dense");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::MainContainer => "main_container",
            Reason::DenseOutside => "dense_outside",
            Reason::OutsideMain => "outside_main",
            Reason::LinkDense => "link_dense",
            Reason::ClassHint => "class_hint",
            Reason::Title => "title",
            Reason::NoMainContent => "no_main_content",
            Reason::TooShort => "too_short",
            Reason::FigureCaption => "figure_caption",
            Reason::Teaser => "teaser",
            Reason::Repeat => "repeat",
            Reason::EmptySection => "empty_section",
            Reason::Dateline => "dateline",
        }
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Reason::MainContainer => "inside the main container",
            Reason::DenseOutside => "dense text outside the main container",
            Reason::OutsideMain => "outside the main container",
            Reason::LinkDense => "link-dense",
            Reason::ClassHint => "boilerplate tag, role, class or id",
            Reason::Title => "the page title",
            Reason::NoMainContent => "the page has no main content",
            Reason::TooShort => "too short for precision",
            Reason::FigureCaption => "a figure's caption",
            Reason::Teaser => "a teaser for another page",
            Reason::Repeat => "repeats an earlier block",
            Reason::EmptySection => "a heading over nothing kept",
            Reason::Dateline => "a date line",
        })
    }
}

/// The features a block was judged on.
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Features {
    /// Words (Unicode word boundaries, UAX #29).
    pub words: u32,
    /// Words inside links.
    pub link_words: u32,
    /// `link_words / words` (0 for a block without words).
    pub link_density: f32,
    /// Words per line when wrapped at 80 columns, as boilerpipe defines it.
    pub text_density: f32,
    /// The enclosing elements, outermost first, at most six: `div>article>p`.
    pub tag_path: String,
    /// The `class` and `id` values of the nearest enclosing elements.
    pub class_id: String,
    /// Where the block stands in the page: 0 first, 1 last.
    pub position: f32,
    /// Whether the block is inside the chosen main container.
    pub in_main: bool,
}

/// One block of text of the page, kept or dropped.
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    pub(crate) text: String,
    pub(crate) kind: BlockKind,
    pub(crate) level: u8,
    pub(crate) label: Label,
    pub(crate) score: f32,
    pub(crate) reason: Reason,
    pub(crate) features: Features,
    /// Inline formatting, links and cells: for the renderers.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub(crate) spans: Vec<Span>,
    #[cfg_attr(feature = "serde", serde(skip))]
    pub(crate) list: ListPos,
    #[cfg_attr(feature = "serde", serde(skip))]
    pub(crate) header_row: bool,
    #[cfg_attr(feature = "serde", serde(skip))]
    pub(crate) code_lang: Option<String>,
}

impl Block {
    /// The block's text, whitespace collapsed (kept inside `<pre>`).
    pub fn text(&self) -> &str {
        &self.text
    }

    /// What kind of block it is.
    pub fn kind(&self) -> BlockKind {
        self.kind
    }

    /// 1 to 6 for a heading, `None` for other kinds.
    pub fn heading_level(&self) -> Option<u8> {
        (self.kind == BlockKind::Heading).then_some(self.level)
    }

    /// Content or boilerplate.
    pub fn label(&self) -> Label {
        self.label
    }

    /// Whether the block is part of the main content.
    pub fn is_content(&self) -> bool {
        self.label == Label::Content
    }

    /// The block's own weight as evidence of content: its words outside
    /// links, less the cost of its link words and boilerplate hints.
    /// Positive is content-like.
    pub fn score(&self) -> f32 {
        self.score
    }

    /// The rule that decided the label.
    pub fn reason(&self) -> Reason {
        self.reason
    }

    /// The features the decision was based on.
    pub fn features(&self) -> &Features {
        &self.features
    }

    /// Whether images stand in the block (`<img>` in its text, or alone
    /// just before it: see [`ExtractorBuilder::images`](crate::ExtractorBuilder::images)).
    pub fn has_images(&self) -> bool {
        self.spans
            .iter()
            .any(|s| matches!(s.kind, crate::segment::SpanKind::Image { .. }))
    }
}

/// An image of the main content.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Image {
    /// Its source, resolved against the base URL when one is given; a
    /// lazily loaded image's real source.
    pub src: String,
    /// Its alternative text, whitespace collapsed; empty if it has none.
    pub alt: String,
}

/// The result of an extraction: the page's blocks, labelled, and its title.
///
/// # Example
///
/// ```
/// let doc = deboiler::extract("<title>T</title><p>Hello, world.</p>")?;
/// assert_eq!(doc.text(), "Hello, world.");
/// assert_eq!(doc.title(), Some("T"));
/// assert_eq!(doc.to_string(), doc.text());
/// # Ok::<(), deboiler::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Document {
    pub(crate) metadata: Metadata,
    /// Markdown renders links.
    pub(crate) links: bool,
    /// Markdown and HTML render images.
    pub(crate) images: bool,
    /// What link targets are resolved against.
    pub(crate) base: Option<String>,
    /// The page's link targets, which the blocks' link spans point into.
    pub(crate) hrefs: String,
    pub(crate) blocks: Vec<Block>,
    pub(crate) text: String,
}

impl Document {
    /// The main content as plain text: one block a paragraph, paragraphs
    /// separated by a blank line, consecutive list items by a line break.
    /// The title is not part of it.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The page's headline: [`Metadata::title`].
    pub fn title(&self) -> Option<&str> {
        self.metadata.title()
    }

    /// What is known about the page besides its text: title, authors,
    /// dates, site, language, page type...
    pub fn metadata(&self) -> &Metadata {
        &self.metadata
    }

    /// Every block of the page, content and boilerplate, in page order.
    pub fn blocks(&self) -> &[Block] {
        &self.blocks
    }

    /// The content blocks only.
    pub fn content_blocks(&self) -> impl Iterator<Item = &Block> {
        self.blocks.iter().filter(|b| b.is_content())
    }

    /// The main content as CommonMark (with GFM tables): headings at
    /// their levels, paragraphs, nested ordered and unordered lists, tables
    /// with a header row, fenced code with its language, block quotes,
    /// emphasis and inline code; links with
    /// [`ExtractorBuilder::links`](crate::ExtractorBuilder::links), made
    /// absolute with [`ExtractorBuilder::base_url`](crate::ExtractorBuilder::base_url).
    /// Text that markdown would read as syntax is escaped.
    ///
    /// # Example
    ///
    /// ```
    /// let doc = deboiler::extract(
    ///     "<article><h2>Steps</h2><p>Do <em>this</em> first, then:</p>\
    ///      <ol><li>mix</li><li>bake</li></ol></article>",
    /// )?;
    /// assert_eq!(doc.to_markdown(), "## Steps\n\nDo *this* first, then:\n\n1. mix\n2. bake");
    /// # Ok::<(), deboiler::Error>(())
    /// ```
    pub fn to_markdown(&self) -> String {
        crate::render::markdown::render(&self.blocks, self.render_options())
    }

    /// The main content as a small, clean HTML fragment for a reader view:
    /// headings, paragraphs, nested lists, tables, code, quotes, emphasis,
    /// strong and code spans, and links with
    /// [`ExtractorBuilder::links`](crate::ExtractorBuilder::links). No
    /// class, style, id, script or event attribute; text and attribute
    /// values escaped.
    ///
    /// # Example
    ///
    /// ```
    /// let doc = deboiler::extract("<p class=lead onclick=x()>Fish &amp; <b>chips</b></p>")?;
    /// assert_eq!(doc.to_html(), "<p>Fish &amp; <strong>chips</strong></p>");
    /// # Ok::<(), deboiler::Error>(())
    /// ```
    pub fn to_html(&self) -> String {
        crate::render::html::render(&self.blocks, self.render_options())
    }

    /// The images of the main content in page order, whether or not
    /// [`ExtractorBuilder::images`](crate::ExtractorBuilder::images) is on:
    /// those that the markdown and HTML renderers write with it on.
    ///
    /// # Example
    ///
    /// ```
    /// let doc = deboiler::Extractor::builder()
    ///     .base_url("https://example.com/news/")
    ///     .build()?
    ///     .extract("<article><p>The bridge, <img src=b.jpg alt='at dusk'> seen from the \
    ///               river, is two kilometres long and took nine years to build.</p></article>")?;
    /// assert_eq!(doc.images()[0].src, "https://example.com/news/b.jpg");
    /// assert_eq!(doc.images()[0].alt, "at dusk");
    /// # Ok::<(), deboiler::Error>(())
    /// ```
    pub fn images(&self) -> Vec<Image> {
        let opts = crate::render::Options {
            images: true,
            ..self.render_options()
        };
        crate::render::content_groups(&self.blocks, opts)
            .into_iter()
            .flatten()
            .flat_map(|b| crate::render::inline::images(b, opts))
            .map(|(_, src, alt)| Image {
                src,
                alt: alt.to_string(),
            })
            .collect()
    }

    fn render_options(&self) -> crate::render::Options<'_> {
        crate::render::Options {
            links: self.links,
            images: self.images,
            base: self.base.as_deref(),
            hrefs: &self.hrefs,
        }
    }

    /// The document as JSON: `title`, `text`, `metadata` (every field of
    /// [`Metadata`], `page_type` in lower case), `images` ([`Document::images`],
    /// each with `src` and `alt`) and `blocks`, each with
    /// `text`, `kind`, `level` (1–6 for headings, else 0), `label`,
    /// `score`, `reason` (snake case: `main_container`, `link_dense`...)
    /// and `features` (the fields of [`Features`]). Fields may be added in
    /// a minor version; none is renamed or removed before 1.0 without a
    /// note in the changelog.
    ///
    /// # Example
    ///
    /// ```
    /// let doc = deboiler::extract("<title>T</title><p>Hello, world.</p>")?;
    /// let json: serde_json::Value = serde_json::from_str(&doc.to_json())?;
    /// assert_eq!(json["text"], "Hello, world.");
    /// assert_eq!(json["blocks"][0]["kind"], "paragraph");
    /// assert_eq!(json["blocks"][0]["reason"], "main_container");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[cfg(feature = "serde")]
    #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a document serialises: string keys, no maps")
    }

    /// Whether no main content text was found: [`text`](Self::text) is
    /// empty. With [`ExtractorBuilder::images`](crate::ExtractorBuilder::images)
    /// on, the markdown and HTML of such a document may still hold the
    /// content's images (a figure without a caption).
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }
}

impl fmt::Display for Document {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl serde::Serialize for Document {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Document", 5)?;
        s.serialize_field("title", &self.title())?;
        s.serialize_field("text", &self.text)?;
        s.serialize_field("metadata", &self.metadata)?;
        s.serialize_field("images", &self.images())?;
        s.serialize_field("blocks", &self.blocks)?;
        s.end()
    }
}

#[cfg(all(test, feature = "serde"))]
mod json_tests {
    #[test]
    fn the_documented_field_set() {
        let doc = crate::extract(
            "<html lang=en><title>Bridge vote | Paper</title><h1>Bridge vote</h1>\
             <p>The council voted on Tuesday to rebuild the old bridge.</p></html>",
        )
        .unwrap();
        let json: serde_json::Value = serde_json::from_str(&doc.to_json()).unwrap();
        let keys = |v: &serde_json::Value| {
            let mut k: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
            k.sort();
            k
        };
        assert_eq!(
            keys(&json),
            ["blocks", "images", "metadata", "text", "title"]
        );
        assert_eq!(json["title"], "Bridge vote");
        assert_eq!(json["metadata"]["language"], "en");
        assert_eq!(json["metadata"]["page_type"], "service");
        assert_eq!(
            keys(&json["blocks"][0]),
            [
                "features", "kind", "label", "level", "reason", "score", "text"
            ]
        );
        assert_eq!(json["blocks"][0]["kind"], "heading");
        assert_eq!(json["blocks"][0]["reason"], "title");
        assert_eq!(json["blocks"][1]["label"], "content");
        assert!(json["blocks"][1]["features"]["words"].as_u64().unwrap() > 5);
    }
}
