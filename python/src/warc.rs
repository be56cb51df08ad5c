//! `deboiler.WarcReader` and `Extractor.extract_warc`: the HTML pages of a
//! WARC file, read (and extracted) with the interpreter's lock released.

use std::sync::{Arc, Mutex, MutexGuard};

use deboiler::warc::WarcPage;
use pyo3::exceptions::{PyOSError, PyRuntimeError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict};

use crate::document::{Document, metadata_dict};
use crate::errors::{new_error, to_py};
use crate::input::Source;

/// A reader over one WARC source, shared by the two iterators.
pub(crate) struct Reader {
    inner: Mutex<deboiler::warc::WarcReader>,
}

impl Reader {
    fn lock(&self) -> PyResult<MutexGuard<'_, deboiler::warc::WarcReader>> {
        self.inner.lock().map_err(|_| poisoned())
    }

    /// The next page, read with the lock released; `WarcFormatError` when
    /// the input held no record that could be read at all.
    fn next_page(&self, py: Python<'_>) -> PyResult<Option<WarcPage>> {
        let read = py.detach(|| {
            let mut reader = self.inner.lock().ok()?;
            let page = reader.next();
            let stats = reader.stats();
            let unreadable = page.is_none() && stats.pages == 0 && stats.records == 1;
            Some((page, stats.stopped.clone().filter(|_| unreadable)))
        });
        match read {
            None => Err(poisoned()),
            Some((_, Some(reason))) => Err(new_error(py, "WarcFormatError", reason, None)?),
            Some((page, None)) => Ok(page),
        }
    }

    /// What was read and skipped so far, as a dict.
    fn stats<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let reader = self.lock()?;
        let stats = reader.stats();
        let dict = PyDict::new(py);
        dict.set_item("records", stats.records)?;
        dict.set_item("pages", stats.pages)?;
        dict.set_item("skipped", stats.skipped())?;
        dict.set_item("not_response", stats.not_response)?;
        dict.set_item("not_html", stats.not_html)?;
        dict.set_item("not_ok", stats.not_ok)?;
        dict.set_item("too_large", stats.too_large)?;
        dict.set_item("truncated", stats.truncated)?;
        dict.set_item("malformed", stats.malformed)?;
        dict.set_item("stopped", stats.stopped.as_deref())?;
        Ok(dict)
    }
}

/// The error for a reader whose lock a panic poisoned (a bug of the
/// reader's, never seen).
fn poisoned() -> PyErr {
    PyRuntimeError::new_err("the WARC reader failed earlier and cannot go on")
}

/// The HTML pages of a WARC file (a path, or the file's bytes; plain,
/// gzip, zstd or lz4): an iterator of `WarcRecord`.
///
/// Records that are not HTML responses with a 2xx status, or whose
/// payload is over `max_payload_bytes` (default 64 MiB), are skipped and
/// counted in `stats`.
#[pyclass(frozen, module = "deboiler")]
pub struct WarcReader {
    reader: Reader,
}

impl WarcReader {
    pub(crate) fn open(
        py: Python<'_>,
        source: Source,
        max_payload_bytes: Option<usize>,
    ) -> PyResult<Reader> {
        let reader = match source {
            Source::Bytes(bytes) => deboiler::warc::WarcReader::from_bytes(bytes),
            Source::Path(path) => match deboiler::warc::WarcReader::open(&path) {
                Ok(reader) => reader,
                // OSError(errno, message, filename) is FileNotFoundError,
                // PermissionError... with the path in its message.
                Err(deboiler::Error::Io(io)) => {
                    let errno = io.raw_os_error().unwrap_or(0);
                    let path = path.display().to_string();
                    return Err(PyOSError::new_err((errno, io.to_string(), path)));
                }
                Err(error) => return Err(to_py(py, error)),
            },
        };
        let reader = match max_payload_bytes {
            Some(limit) => reader.max_payload_bytes(limit),
            None => reader,
        };
        Ok(Reader {
            inner: Mutex::new(reader),
        })
    }
}

#[pymethods]
impl WarcReader {
    #[new]
    #[pyo3(signature = (source, *, max_payload_bytes = None))]
    fn new(
        py: Python<'_>,
        source: &Bound<'_, PyAny>,
        max_payload_bytes: Option<usize>,
    ) -> PyResult<WarcReader> {
        let reader = WarcReader::open(py, Source::from_py(source)?, max_payload_bytes)?;
        Ok(WarcReader { reader })
    }

    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__(&self, py: Python<'_>) -> PyResult<Option<WarcRecord>> {
        let page = self.reader.next_page(py)?;
        Ok(page.map(|page| WarcRecord::new(py, page)))
    }

    /// Records read, pages given, records skipped by reason, and why
    /// reading stopped early (`None` if it did not).
    #[getter]
    fn stats<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        self.reader.stats(py)
    }
}

/// One HTML page of a WARC file, not extracted: pass `body` (and `url`,
/// `charset`) to `Extractor.extract`.
#[pyclass(frozen, get_all, module = "deboiler")]
pub struct WarcRecord {
    /// The record's `WARC-Target-URI`, or `None`.
    url: Option<String>,
    /// The record's `WARC-Record-ID`, or `None`.
    record_id: Option<String>,
    /// The record's `WARC-Date`, or `None`.
    date: Option<String>,
    /// The charset of the HTTP `Content-Type`, or `None`.
    charset: Option<String>,
    /// Where the record starts in the (decompressed) input.
    offset: u64,
    /// The HTTP payload: the page's bytes, transfer encodings undone.
    body: Py<PyBytes>,
}

impl WarcRecord {
    fn new(py: Python<'_>, page: WarcPage) -> WarcRecord {
        WarcRecord {
            url: page.url().map(str::to_owned),
            record_id: page.record_id().map(str::to_owned),
            date: page.date().map(str::to_owned),
            charset: page.charset().map(str::to_owned),
            offset: page.offset(),
            body: PyBytes::new(py, page.body()).unbind(),
        }
    }
}

#[pymethods]
impl WarcRecord {
    fn __repr__(&self) -> String {
        format!("<WarcRecord url={:?} offset={}>", self.url, self.offset)
    }
}

/// The HTML pages of a WARC file, each extracted: an iterator of
/// `WarcDocument`, from `Extractor.extract_warc`.
#[pyclass(frozen, module = "deboiler")]
pub struct WarcDocuments {
    reader: Reader,
    extractor: Arc<deboiler::Extractor>,
}

impl WarcDocuments {
    pub(crate) fn new(reader: Reader, extractor: Arc<deboiler::Extractor>) -> WarcDocuments {
        WarcDocuments { reader, extractor }
    }
}

#[pymethods]
impl WarcDocuments {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__(&self, py: Python<'_>) -> PyResult<Option<WarcDocument>> {
        let Some(page) = self.reader.next_page(py)? else {
            return Ok(None);
        };
        let extractor = &*self.extractor;
        let result = py.detach(|| extractor.extract_page(page.body(), &page.page()));
        let (document, error) = match result {
            Ok(doc) => (Some(Py::new(py, Document::new(doc))?), None),
            Err(error) => (None, Some(to_py(py, error).into_value(py).into_any())),
        };
        Ok(Some(WarcDocument {
            url: page.url().map(str::to_owned),
            record_id: page.record_id().map(str::to_owned),
            date: page.date().map(str::to_owned),
            offset: page.offset(),
            document,
            error,
        }))
    }

    /// As `WarcReader.stats`.
    #[getter]
    fn stats<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        self.reader.stats(py)
    }
}

/// One HTML page of a WARC file, extracted: its record's URL, id, date and
/// offset, and either its `document` or the `error` that stopped it
/// (a page over a limit, or not text).
#[pyclass(frozen, get_all, module = "deboiler")]
pub struct WarcDocument {
    /// The record's `WARC-Target-URI`, or `None`.
    url: Option<String>,
    /// The record's `WARC-Record-ID`, or `None`.
    record_id: Option<String>,
    /// The record's `WARC-Date`, or `None`.
    date: Option<String>,
    /// Where the record starts in the (decompressed) input.
    offset: u64,
    /// The extracted page, or `None` when it failed.
    document: Option<Py<Document>>,
    /// The `DeboilerError` the page failed with, or `None`.
    error: Option<Py<PyAny>>,
}

#[pymethods]
impl WarcDocument {
    /// The page as the example binary's JSON line has it: `url`,
    /// `record_id`, `date`, `offset`, then `title`, the content under the
    /// name of `body` (`"text"`, `"markdown"` or `"html"`) and `metadata`,
    /// or `error` (its message) for a page that failed.
    #[pyo3(signature = (body = "text"))]
    fn to_dict<'py>(&self, py: Python<'py>, body: &str) -> PyResult<Bound<'py, PyDict>> {
        let render: fn(&deboiler::Document) -> String = match body {
            "text" => |doc| doc.text().to_owned(),
            "markdown" => deboiler::Document::to_markdown,
            "html" => deboiler::Document::to_html,
            _ => {
                let reason = format!("{body:?} is not one of \"text\", \"markdown\", \"html\"");
                return Err(crate::errors::invalid(py, "body", reason));
            }
        };
        let dict = PyDict::new(py);
        dict.set_item("url", &self.url)?;
        dict.set_item("record_id", &self.record_id)?;
        dict.set_item("date", &self.date)?;
        dict.set_item("offset", self.offset)?;
        if let Some(document) = &self.document {
            let doc = document.get().inner();
            dict.set_item("title", doc.title())?;
            dict.set_item(body, render(doc))?;
            dict.set_item("metadata", metadata_dict(py, doc.metadata())?)?;
        } else if let Some(error) = &self.error {
            dict.set_item("error", error.bind(py).str()?)?;
        }
        Ok(dict)
    }

    fn __repr__(&self) -> String {
        let state = if self.document.is_some() {
            "ok"
        } else {
            "error"
        };
        format!("<WarcDocument url={:?} {state}>", self.url)
    }
}
