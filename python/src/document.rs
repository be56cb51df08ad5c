//! The extraction's result as Python objects: [`Document`] and what it
//! holds ([`Metadata`], [`Block`], [`Comment`], [`Image`]).

use pyo3::prelude::*;
use pyo3::types::PyDict;

/// The main content of a page: its text, its renderings, its metadata and
/// every block with the label it was given.
#[pyclass(frozen, module = "deboiler")]
pub struct Document {
    inner: deboiler::Document,
}

impl Document {
    pub(crate) fn new(inner: deboiler::Document) -> Document {
        Document { inner }
    }

    /// The library's document.
    pub(crate) fn inner(&self) -> &deboiler::Document {
        &self.inner
    }
}

/// `metadata` as a dict, with the field set of the library's JSON.
pub(crate) fn metadata_dict<'py>(
    py: Python<'py>,
    metadata: &deboiler::Metadata,
) -> PyResult<Bound<'py, PyAny>> {
    let json = serde_json::to_string(metadata)
        .map_err(|error| pyo3::exceptions::PyValueError::new_err(error.to_string()))?;
    json_loads(py, json)
}

/// `json` parsed by Python's `json` module into dicts and lists.
fn json_loads(py: Python<'_>, json: String) -> PyResult<Bound<'_, PyAny>> {
    py.import("json")?.call_method1("loads", (json,))
}

#[pymethods]
impl Document {
    /// The main content as plain text: blocks apart by blank lines.
    #[getter]
    fn text(&self) -> &str {
        self.inner.text()
    }

    /// The page's title, or `None`.
    #[getter]
    fn title(&self) -> Option<&str> {
        self.inner.title()
    }

    /// The page's metadata.
    #[getter]
    fn metadata(&self) -> Metadata {
        Metadata {
            inner: self.inner.metadata().clone(),
        }
    }

    /// The encoding the page was decoded from (`"UTF-8"`, `"windows-1252"`).
    #[getter]
    fn charset(&self) -> &'static str {
        self.inner.charset()
    }

    /// The URL links and images were made absolute against, or `None`.
    #[getter]
    fn base_url(&self) -> Option<&str> {
        self.inner.base_url()
    }

    /// Whether no content was found.
    #[getter]
    fn is_empty(&self) -> bool {
        self.inner.is_empty()
    }

    /// Every block of the page in document order, content or not.
    #[getter]
    fn blocks(&self) -> Vec<Block> {
        let blocks = self.inner.blocks().iter();
        blocks
            .map(|block| Block {
                inner: block.clone(),
            })
            .collect()
    }

    /// The readers' comments found (kept in the text only with
    /// `comments=True`).
    #[getter]
    fn comments(&self) -> Vec<Comment> {
        let comments = self.inner.comments().iter();
        comments
            .map(|comment| Comment::from(comment.clone()))
            .collect()
    }

    /// The images of the content (with `images=True`).
    #[getter]
    fn images(&self) -> Vec<Image> {
        let images = self.inner.images().into_iter();
        images
            .map(|image| Image {
                src: image.src,
                alt: image.alt,
            })
            .collect()
    }

    /// The main content as Markdown.
    fn to_markdown(&self) -> String {
        self.inner.to_markdown()
    }

    /// The main content as an HTML fragment.
    fn to_html(&self) -> String {
        self.inner.to_html()
    }

    /// The document as JSON: text, title, metadata, blocks.
    fn to_json(&self) -> String {
        self.inner.to_json()
    }

    /// The document as `to_json` has it, parsed into dicts and lists.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        json_loads(py, self.inner.to_json())
    }

    fn __repr__(&self) -> String {
        let words = self.inner.text().split_whitespace().count();
        match self.inner.title() {
            Some(title) => format!("<Document title={title:?} words={words}>"),
            None => format!("<Document words={words}>"),
        }
    }
}

/// What the page says about itself: title, authors, dates, site, language,
/// description, canonical URL, image, tags, page type.
#[pyclass(frozen, module = "deboiler")]
pub struct Metadata {
    inner: deboiler::Metadata,
}

#[pymethods]
impl Metadata {
    /// The title, or `None`.
    #[getter]
    fn title(&self) -> Option<&str> {
        self.inner.title()
    }

    /// The authors, in the page's order.
    #[getter]
    fn authors(&self) -> Vec<String> {
        self.inner.authors().to_vec()
    }

    /// The publication date, `YYYY-MM-DD`, or `None`.
    #[getter]
    fn published(&self) -> Option<&str> {
        self.inner.published()
    }

    /// The publication date and time as the page gives it (ISO 8601), or
    /// `None`.
    #[getter]
    fn published_at(&self) -> Option<&str> {
        self.inner.published_at()
    }

    /// The date of the last change, `YYYY-MM-DD`, or `None`.
    #[getter]
    fn modified(&self) -> Option<&str> {
        self.inner.modified()
    }

    /// The date and time of the last change (ISO 8601), or `None`.
    #[getter]
    fn modified_at(&self) -> Option<&str> {
        self.inner.modified_at()
    }

    /// The site's name, or `None`.
    #[getter]
    fn site_name(&self) -> Option<&str> {
        self.inner.site_name()
    }

    /// The page's language (`"en"`, `"pt-BR"`), or `None`.
    #[getter]
    fn language(&self) -> Option<&str> {
        self.inner.language()
    }

    /// The page's description, or `None`.
    #[getter]
    fn description(&self) -> Option<&str> {
        self.inner.description()
    }

    /// The canonical URL, or `None`.
    #[getter]
    fn canonical_url(&self) -> Option<&str> {
        self.inner.canonical_url()
    }

    /// The page's preview image, or `None`.
    #[getter]
    fn image(&self) -> Option<&str> {
        self.inner.image()
    }

    /// The page's tags or keywords.
    #[getter]
    fn tags(&self) -> Vec<String> {
        self.inner.tags().to_vec()
    }

    /// What kind of page it is: `"article"`, `"forum"`, `"product"`...
    #[getter]
    fn page_type(&self) -> &'static str {
        self.inner.page_type().as_str()
    }

    /// The metadata as `Document.to_dict()["metadata"]` has it.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        metadata_dict(py, &self.inner)
    }

    fn __repr__(&self) -> String {
        format!(
            "<Metadata title={:?} page_type={:?}>",
            self.inner.title(),
            self.inner.page_type().as_str()
        )
    }
}

/// One block of the page (a paragraph, heading, list item, cell, code,
/// quote or caption) with its label, the reason for it, and its features.
#[pyclass(frozen, module = "deboiler")]
pub struct Block {
    inner: deboiler::Block,
}

#[pymethods]
impl Block {
    /// The block's text.
    #[getter]
    fn text(&self) -> &str {
        self.inner.text()
    }

    /// `"paragraph"`, `"heading"`, `"list_item"`, `"table_cell"`,
    /// `"code"`, `"quote"` or `"caption"`.
    #[getter]
    fn kind(&self) -> &'static str {
        self.inner.kind().as_str()
    }

    /// A heading's level, 1 to 6; `None` for other blocks.
    #[getter]
    fn heading_level(&self) -> Option<u8> {
        self.inner.heading_level()
    }

    /// `"content"`, `"boilerplate"` or `"comment"`.
    #[getter]
    fn label(&self) -> &'static str {
        self.inner.label().as_str()
    }

    /// Whether the block is in the text.
    #[getter]
    fn is_content(&self) -> bool {
        self.inner.is_content()
    }

    /// The score the labeller gave it.
    #[getter]
    fn score(&self) -> f32 {
        self.inner.score()
    }

    /// Why it got its label (`"main_container"`, `"link_dense"`...).
    #[getter]
    fn reason(&self) -> &'static str {
        self.inner.reason().as_str()
    }

    /// Whether it holds images.
    #[getter]
    fn has_images(&self) -> bool {
        self.inner.has_images()
    }

    /// The block's features: `words`, `link_words`, `link_density`,
    /// `text_density`, `tag_path`, `class_id`, `position`, `in_main`, `hint`.
    #[getter]
    fn features<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let features = self.inner.features();
        let dict = PyDict::new(py);
        dict.set_item("words", features.words)?;
        dict.set_item("link_words", features.link_words)?;
        dict.set_item("link_density", features.link_density)?;
        dict.set_item("text_density", features.text_density)?;
        dict.set_item("tag_path", &features.tag_path)?;
        dict.set_item("class_id", &features.class_id)?;
        dict.set_item("position", features.position)?;
        dict.set_item("in_main", features.in_main)?;
        dict.set_item("hint", &features.hint)?;
        Ok(dict)
    }

    fn __repr__(&self) -> String {
        let text: String = self.inner.text().chars().take(40).collect();
        format!(
            "<Block {} {} {text:?}>",
            self.inner.kind().as_str(),
            self.inner.label().as_str()
        )
    }
}

/// A reader's comment: its author and date when the page names them, and
/// its text.
#[pyclass(frozen, get_all, module = "deboiler")]
pub struct Comment {
    /// The author, or `None`.
    author: Option<String>,
    /// The date as the page writes it, or `None`.
    date: Option<String>,
    /// The comment's text.
    text: String,
}

impl From<deboiler::Comment> for Comment {
    fn from(comment: deboiler::Comment) -> Comment {
        Comment {
            author: comment.author,
            date: comment.date,
            text: comment.text,
        }
    }
}

#[pymethods]
impl Comment {
    fn __repr__(&self) -> String {
        let text: String = self.text.chars().take(40).collect();
        format!("<Comment author={:?} {text:?}>", self.author)
    }
}

/// An image of the content: its absolute source and its alt text.
#[pyclass(frozen, get_all, module = "deboiler")]
pub struct Image {
    /// The image's URL.
    src: String,
    /// Its alt text (may be empty).
    alt: String,
}

#[pymethods]
impl Image {
    fn __repr__(&self) -> String {
        format!("<Image src={:?} alt={:?}>", self.src, self.alt)
    }
}
