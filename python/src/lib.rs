//! `deboiler._deboiler`, the compiled half of the Python package
//! `deboiler`: the library's [`Extractor`](extractor::Extractor), its
//! [`Document`](document::Document) and the WARC reader, with the
//! interpreter's lock released while a page is read or extracted. The pure
//! Python half (`deboiler/__init__.py`, `deboiler/errors.py`) holds the
//! exception classes and the module-level `extract` and `extract_warc`.

use pyo3::prelude::*;

mod document;
mod errors;
mod extractor;
mod input;
mod warc;

/// The compiled part of deboiler; import `deboiler`, not this module.
#[pymodule]
mod _deboiler {
    #[pymodule_export]
    use crate::document::{Block, Comment, Document, Image, Metadata};
    #[pymodule_export]
    use crate::extractor::Extractor;
    #[pymodule_export]
    use crate::warc::{WarcDocument, WarcDocuments, WarcReader, WarcRecord};

    use pyo3::prelude::*;

    #[pymodule_init]
    fn init(m: &Bound<'_, PyModule>) -> PyResult<()> {
        m.add("__version__", env!("CARGO_PKG_VERSION"))
    }
}
