//! The public output: [`Document`] and its [`Block`]s.

use std::fmt;

use crate::metadata::Metadata;
use crate::model::{Block, Comment, Image};

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
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub(crate) metadata: Metadata,
    /// Markdown renders links.
    pub(crate) links: bool,
    /// Markdown and HTML render images.
    pub(crate) images: bool,
    /// Every format renders the comments after the main content.
    pub(crate) with_comments: bool,
    pub(crate) comments: Vec<Comment>,
    /// What link targets are resolved against.
    pub(crate) base: Option<url::Url>,
    /// The name of the encoding the page was read in.
    pub(crate) charset: &'static str,
    /// The page's link targets, which the blocks' link spans point into.
    pub(crate) hrefs: String,
    pub(crate) blocks: Vec<Block>,
    pub(crate) text: String,
}

/// An empty document, as of a page without content, read as UTF-8.
impl Default for Document {
    fn default() -> Self {
        Document {
            metadata: Metadata::default(),
            links: false,
            images: false,
            with_comments: false,
            comments: Vec::new(),
            base: None,
            charset: encoding_rs::UTF_8.name(),
            hrefs: String::new(),
            blocks: Vec::new(),
            text: String::new(),
        }
    }
}

impl Document {
    /// The main content as plain text: one block a paragraph, paragraphs
    /// separated by a blank line, consecutive list items by a line break.
    /// The title is not part of it.
    #[must_use]
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The page's headline: [`Metadata::title`].
    #[must_use]
    pub fn title(&self) -> Option<&str> {
        self.metadata.title()
    }

    /// What is known about the page besides its text: title, authors,
    /// dates, site, language, page type...
    #[must_use]
    pub fn metadata(&self) -> &Metadata {
        &self.metadata
    }

    /// The encoding the page was read in, by its WHATWG name (`"UTF-8"`,
    /// `"windows-1252"`, `"Shift_JIS"`): declared, detected or guessed (see
    /// [`Extractor::extract_bytes`](crate::Extractor::extract_bytes)).
    /// `"UTF-8"` for a page given as a string.
    #[must_use]
    pub fn charset(&self) -> &'static str {
        self.charset
    }

    /// The URL the page's link and image targets were made absolute
    /// against: its `<base href>` resolved against the caller's URL
    /// ([`Page::url`](crate::Page::url), else
    /// [`ExtractorBuilder::base_url`](crate::ExtractorBuilder::base_url)),
    /// or the caller's URL alone; written as the URL standard serialises it
    /// (`https://example.com/`). `None` when neither gives an absolute URL.
    #[must_use]
    pub fn base_url(&self) -> Option<&str> {
        self.base.as_ref().map(url::Url::as_str)
    }

    /// Every block of the page, content and boilerplate, in page order.
    #[must_use]
    pub fn blocks(&self) -> &[Block] {
        &self.blocks
    }

    /// The readers' comments under the main content, in page order, with
    /// their authors and dates where the page marks them: the blocks
    /// labelled [`Label::Comment`](crate::Label::Comment), whether or not
    /// [`ExtractorBuilder::comments`](crate::ExtractorBuilder::comments)
    /// renders them. A comment is one of the repeated items of a section
    /// whose class or id names comments (`comments`, `comment-list`,
    /// `disqus`); on a thread (a short post, or a page whose structured
    /// data declares a discussion or a question), where the replies are
    /// the main content, they are content blocks and not here.
    ///
    /// # Example
    ///
    /// ```
    /// let html = "<article><p>The bridge is two kilometres long and took nine years to \
    ///     build; it opened in the spring, and the ferry stopped running a week later.</p></article>\
    ///     <ol class=comment-list>\
    ///     <li class=comment><div class=comment-meta><a href=/u/ann>Ann</a> says: 3 May 2024</div>\
    ///     <p>I took the ferry for twenty years and I will miss it.</p></li>\
    ///     <li class=comment><div class=comment-meta><a href=/u/bo>Bo</a> says: 4 May 2024</div>\
    ///     <p>The bridge is faster.</p></li></ol>";
    /// let doc = deboiler::extract(html)?;
    /// assert!(!doc.text().contains("ferry for twenty"));
    /// let comments = doc.comments();
    /// assert_eq!(comments.len(), 2);
    /// assert_eq!(comments[0].author.as_deref(), Some("Ann"));
    /// assert_eq!(comments[0].date.as_deref(), Some("2024-05-03"));
    /// assert_eq!(comments[1].text, "The bridge is faster.");
    ///
    /// let with = deboiler::Extractor::builder().comments(true).build()?.extract(html)?;
    /// assert!(with.text().ends_with("Bo says: 4 May 2024\nThe bridge is faster."));
    /// # Ok::<(), deboiler::Error>(())
    /// ```
    #[must_use]
    pub fn comments(&self) -> &[Comment] {
        &self.comments
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
    #[must_use]
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
    #[must_use]
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
    #[must_use]
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
            comments: self.with_comments,
            base: self.base.as_ref(),
            hrefs: &self.hrefs,
        }
    }

    /// The document as JSON: `title`, `base_url` ([`Document::base_url`],
    /// or null), `charset` ([`Document::charset`]), `text`, `metadata` (every field of
    /// [`Metadata`], `page_type` in lower case), `images` ([`Document::images`],
    /// each with `src` and `alt`), `comments` ([`Document::comments`], each
    /// with `author`, `date` and `text`) and `blocks`, each with
    /// `text`, `kind`, `level` (1–6 for headings, else 0), `label`,
    /// `score`, `reason` (snake case: `main_container`, `link_dense`...)
    /// and `features` (the fields of [`Features`](crate::Features)). Fields may be added in
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
    #[must_use]
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a document serialises: string keys, no maps")
    }

    /// Whether no main content text was found: [`text`](Self::text) is
    /// empty. With [`ExtractorBuilder::images`](crate::ExtractorBuilder::images)
    /// on, the markdown and HTML of such a document may still hold the
    /// content's images (a figure without a caption).
    #[must_use]
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
        let mut s = serializer.serialize_struct("Document", 8)?;
        s.serialize_field("title", &self.title())?;
        s.serialize_field("base_url", &self.base_url())?;
        s.serialize_field("charset", &self.charset)?;
        s.serialize_field("text", &self.text)?;
        s.serialize_field("metadata", &self.metadata)?;
        s.serialize_field("images", &self.images())?;
        s.serialize_field("comments", &self.comments)?;
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
            [
                "base_url", "blocks", "charset", "comments", "images", "metadata", "text", "title"
            ]
        );
        assert_eq!(json["title"], "Bridge vote");
        assert_eq!(json["charset"], "UTF-8");
        assert!(json["base_url"].is_null());
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
