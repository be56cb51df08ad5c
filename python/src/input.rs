//! What Python hands in: a page as `str` or `bytes`, and a WARC source as
//! a path or `bytes`.

use std::path::PathBuf;

use deboiler::{Document, Error, Extractor, Page};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::pybacked::{PyBackedBytes, PyBackedStr};
use pyo3::types::{PyByteArray, PyBytes, PyString};

/// A page, borrowed from its Python object without a copy (a `bytearray`
/// is copied once).
pub(crate) enum Html {
    /// Decoded text: extracted as it is.
    Text(PyBackedStr),
    /// Bytes: decoded as the library decodes them (BOM, the `charset`
    /// given, `<meta charset>`, UTF-8, a guess).
    Bytes(PyBackedBytes),
}

impl Html {
    /// `html` as a page, or `TypeError` for anything but `str`, `bytes` and `bytearray`.
    pub(crate) fn from_py(html: &Bound<'_, PyAny>) -> PyResult<Html> {
        if html.is_instance_of::<PyString>() {
            return Ok(Html::Text(html.extract()?));
        }
        if html.is_instance_of::<PyBytes>() || html.is_instance_of::<PyByteArray>() {
            return Ok(Html::Bytes(html.extract()?));
        }
        Err(PyTypeError::new_err(format!(
            "html must be str, bytes or bytearray, not {}",
            html.get_type().name()?
        )))
    }

    /// Whether the page is already text (a `charset` makes no sense then).
    pub(crate) fn is_text(&self) -> bool {
        matches!(self, Html::Text(_))
    }

    /// Extracts the page with `extractor`; call it with the interpreter's
    /// lock released.
    pub(crate) fn extract(
        &self,
        extractor: &Extractor,
        url: Option<&str>,
        charset: Option<&str>,
    ) -> Result<Document, Error> {
        let mut page = Page::new();
        if let Some(url) = url {
            page = page.url(url);
        }
        match self {
            Html::Text(text) if url.is_none() => extractor.extract(text),
            // A str is UTF-8 inside: said so, so that no `<meta charset>`
            // in it is believed.
            Html::Text(text) => extractor.extract_page(text.as_bytes(), &page.charset("utf-8")),
            Html::Bytes(bytes) => {
                if let Some(charset) = charset {
                    page = page.charset(charset);
                }
                extractor.extract_page(bytes, &page)
            }
        }
    }
}

/// A WARC source: the bytes of a whole file, or a path to one.
pub(crate) enum Source {
    /// The file's bytes (compressed or not).
    Bytes(Vec<u8>),
    /// A path (`str` or `os.PathLike`).
    Path(PathBuf),
}

impl Source {
    /// `source` as a WARC source, or `TypeError`.
    pub(crate) fn from_py(source: &Bound<'_, PyAny>) -> PyResult<Source> {
        if source.is_instance_of::<PyBytes>() || source.is_instance_of::<PyByteArray>() {
            return Ok(Source::Bytes(source.extract()?));
        }
        match source.extract::<PathBuf>() {
            Ok(path) => Ok(Source::Path(path)),
            Err(_) => Err(PyTypeError::new_err(format!(
                "a WARC source is a path or bytes, not {}",
                source.get_type().name()?
            ))),
        }
    }
}
