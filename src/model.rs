//! The vocabulary every stage speaks: a [`Block`] of text with its
//! [`Features`], [`Label`] and [`Reason`], its inline [`Span`]s and list
//! position, and the [`Image`]s of the content. A leaf: it imports no
//! stage.

use std::fmt;

/// What kind of text a block is, from the element that holds it.
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
    #[must_use]
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

/// Serialised as [`as_str`](BlockKind::as_str) names it: one source of truth.
#[cfg(feature = "serde")]
impl serde::Serialize for BlockKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// Whether a block is part of the main content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Label {
    /// Main content: rendered.
    Content,
    /// Navigation, widgets, promos, footers...: not rendered.
    Boilerplate,
    /// A reader's comment under the main content (its author line, date and
    /// text): rendered after the main content with
    /// [`ExtractorBuilder::comments`](crate::ExtractorBuilder::comments),
    /// and given by [`Document::comments`](crate::Document::comments) either
    /// way.
    Comment,
}

impl Label {
    /// The label's name in snake case, as JSON has it.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Content => "content",
            Label::Boilerplate => "boilerplate",
            Label::Comment => "comment",
        }
    }
}

/// Serialised as [`as_str`](Label::as_str) names it: one source of truth.
#[cfg(feature = "serde")]
impl serde::Serialize for Label {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// The rule that decided a block's label.
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
    /// Part of a reader's comment: a block of one of the repeated items of
    /// a section whose class or id marks comments, outside the reply form
    /// and the items' own links ("Reply", "Report"); or, where nothing marks
    /// the section, a block after a heading line that names comments
    /// ("Comments", "Have your say") under the article, or that heading.
    Comment,
    /// The rules kept almost nothing beside a run of prose elsewhere on the
    /// page (a story under a misleading class name, a page without a
    /// container that wins): the run is kept instead of an empty page.
    Fallback,
    /// Script source printed as text (a page whose markup ends a
    /// `<script>` early): braces and script syntax (`);`, `&&`,
    /// `function (…) {`) throughout.
    ScriptText,
}

impl Reason {
    /// The rule's name in snake case, as JSON has it; [`Display`](fmt::Display)
    /// says it in words.
    ///
    /// ```
    /// assert_eq!(deboiler::Reason::LinkDense.as_str(), "link_dense");
    /// assert_eq!(deboiler::Reason::LinkDense.to_string(), "link-dense");
    /// ```
    #[must_use]
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
            Reason::Comment => "comment",
            Reason::Fallback => "fallback",
            Reason::ScriptText => "script_text",
        }
    }
}

/// Serialised as [`as_str`](Reason::as_str) names it: one source of truth.
#[cfg(feature = "serde")]
impl serde::Serialize for Reason {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
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
            Reason::Comment => "a reader's comment",
            Reason::Fallback => "fallback: the longest run of prose",
            Reason::ScriptText => "script source shown as text",
        })
    }
}

/// A reader's comment: its author and date where the page marks them, and
/// its text. See [`Document::comments`](crate::Document::comments).
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct Comment {
    /// The commenter's name, from the comment's first line when it is a
    /// short line that names them (a link, or "Name says:"), cleaned of
    /// "says"/"wrote" and the date.
    pub author: Option<String>,
    /// The date the comment was posted, `YYYY-MM-DD`, when its first lines
    /// give one.
    pub date: Option<String>,
    /// The comment's text without its author line: one block a paragraph,
    /// separated by blank lines.
    pub text: String,
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
    /// The nearest enclosing element whose tag, role, class or id hints
    /// boilerplate, as `tag#id.class[role=…]` (`aside`,
    /// `div#comments.comments-area`), or "" when there is none: what a
    /// `class_hint` reason read.
    pub hint: String,
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
    #[must_use]
    pub fn text(&self) -> &str {
        &self.text
    }

    /// What kind of block it is.
    #[must_use]
    pub fn kind(&self) -> BlockKind {
        self.kind
    }

    /// 1 to 6 for a heading, `None` for other kinds.
    #[must_use]
    pub fn heading_level(&self) -> Option<u8> {
        (self.kind == BlockKind::Heading).then_some(self.level)
    }

    /// Content or boilerplate.
    #[must_use]
    pub fn label(&self) -> Label {
        self.label
    }

    /// Whether the block is part of the main content.
    #[must_use]
    pub fn is_content(&self) -> bool {
        self.label == Label::Content
    }

    /// The block's own weight as evidence of content: its words outside
    /// links, less the cost of its link words and boilerplate hints.
    /// Positive is content-like.
    #[must_use]
    pub fn score(&self) -> f32 {
        self.score
    }

    /// The rule that decided the label.
    #[must_use]
    pub fn reason(&self) -> Reason {
        self.reason
    }

    /// The features the decision was based on.
    #[must_use]
    pub fn features(&self) -> &Features {
        &self.features
    }

    /// Whether images stand in the block (`<img>` in its text, or alone
    /// just before it: see [`ExtractorBuilder::images`](crate::ExtractorBuilder::images)).
    #[must_use]
    pub fn has_images(&self) -> bool {
        self.spans
            .iter()
            .any(|s| matches!(s.kind, SpanKind::Image { .. }))
    }
}

/// An image of the main content.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Image {
    /// Its source, resolved against the base URL when one is given; a
    /// lazily loaded image's real source.
    pub src: String,
    /// Its alternative text, whitespace collapsed; empty if it has none.
    pub alt: String,
}

/// What a span of a block's text is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum SpanKind {
    /// `<em>`, `<i>`.
    Emphasis,
    /// `<strong>`, `<b>`.
    Strong,
    /// `<code>`, `<kbd>`, `<samp>` outside `<pre>`.
    Code,
    /// `<a href>`: the link's target as the page gives it, as a byte range
    /// of the walk's `hrefs` buffer (one buffer a page: a page's hundreds of
    /// navigation links cost no allocation each).
    Link { start: u32, end: u32 },
    /// One cell of a table row (`<td>`, `<th>`).
    Cell,
    /// `<img>`, empty (it stands at a place in the text): its source and
    /// alternative text, one after the other in the walk's `hrefs` buffer
    /// (`start..alt` and `alt..end`).
    Image { start: u32, alt: u32, end: u32 },
}

/// A range of a block's text, in bytes, and what it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Span {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) kind: SpanKind,
}

/// Where a list item stands in its list.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct ListPos {
    /// 0 outside any `<ul>`, `<ol>`, `<menu>` or `<dl>`, else 1 for the
    /// outermost list.
    pub(crate) depth: u8,
    pub(crate) ordered: bool,
    /// The item's number in an ordered list (from the list's `start`).
    pub(crate) number: u32,
}
