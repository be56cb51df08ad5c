//! `deboiler.Extractor`: the library's settings, built once, used for
//! many pages, from any number of threads.

use std::sync::Arc;
use std::time::Duration;

use deboiler::{ExtractorBuilder, Favor};
use pyo3::prelude::*;

use crate::document::Document;
use crate::errors::{invalid, to_py};
use crate::input::{Html, Source};
use crate::warc::{WarcDocuments, WarcReader};

/// An extractor with its settings; `Extractor()` has the defaults.
///
/// Its methods release the interpreter's lock while they work, so threads
/// that share one extractor extract pages in parallel.
#[pyclass(frozen, module = "deboiler")]
pub struct Extractor {
    inner: Arc<deboiler::Extractor>,
    /// The settings as given, for `repr`.
    shown: String,
}

#[pymethods]
impl Extractor {
    /// Builds an extractor; raises `InvalidSettingError` for a setting out
    /// of range.
    #[new]
    #[pyo3(signature = (
        *,
        favor = "balanced",
        comments = false,
        links = false,
        images = false,
        base_url = None,
        max_input_bytes = None,
        max_nodes = None,
        max_depth = None,
        max_attributes = None,
        max_time = None,
    ))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        py: Python<'_>,
        favor: &str,
        comments: bool,
        links: bool,
        images: bool,
        base_url: Option<String>,
        max_input_bytes: Option<usize>,
        max_nodes: Option<usize>,
        max_depth: Option<usize>,
        max_attributes: Option<usize>,
        max_time: Option<f64>,
    ) -> PyResult<Extractor> {
        let mut builder = deboiler::Extractor::builder();
        builder
            .favor(parse_favor(py, favor)?)
            .comments(comments)
            .links(links)
            .images(images);
        let mut shown = vec![format!("favor={favor:?}")];
        for (name, on) in [("comments", comments), ("links", links), ("images", images)] {
            if on {
                shown.push(format!("{name}=True"));
            }
        }
        if let Some(url) = &base_url {
            builder.base_url(url.as_str());
            shown.push(format!("base_url={url:?}"));
        }
        let limits: [(&str, Option<usize>, Limit); 4] = [
            (
                "max_input_bytes",
                max_input_bytes,
                ExtractorBuilder::max_input_bytes,
            ),
            ("max_nodes", max_nodes, ExtractorBuilder::max_nodes),
            ("max_depth", max_depth, ExtractorBuilder::max_depth),
            (
                "max_attributes",
                max_attributes,
                ExtractorBuilder::max_attributes,
            ),
        ];
        for (name, limit, set) in limits {
            if let Some(limit) = limit {
                set(&mut builder, limit);
                shown.push(format!("{name}={limit}"));
            }
        }
        if let Some(seconds) = max_time {
            builder.max_time(parse_seconds(py, seconds)?);
            shown.push(format!("max_time={seconds}"));
        }
        let inner = builder.build().map_err(|error| to_py(py, error))?;
        Ok(Extractor {
            inner: Arc::new(inner),
            shown: shown.join(", "),
        })
    }

    /// Extracts the main content of `html` (`str`, or `bytes` to be
    /// decoded). `url` is the address the page came from (its links are
    /// made absolute against it); `charset` is the encoding its server
    /// declared, for `bytes` only.
    #[pyo3(signature = (html, *, url = None, charset = None))]
    fn extract(
        &self,
        py: Python<'_>,
        html: &Bound<'_, PyAny>,
        url: Option<&str>,
        charset: Option<&str>,
    ) -> PyResult<Document> {
        let html = Html::from_py(html)?;
        if html.is_text() && charset.is_some() {
            let reason = "a str is already decoded: pass bytes to have them decoded";
            return Err(invalid(py, "charset", reason));
        }
        let extractor = &*self.inner;
        let result = py.detach(|| html.extract(extractor, url, charset));
        result.map(Document::new).map_err(|error| to_py(py, error))
    }

    /// The HTML pages of a WARC file (a path, or its bytes), each extracted:
    /// an iterator of `WarcDocument`.
    #[pyo3(signature = (source, *, max_payload_bytes = None))]
    fn extract_warc(
        &self,
        py: Python<'_>,
        source: &Bound<'_, PyAny>,
        max_payload_bytes: Option<usize>,
    ) -> PyResult<WarcDocuments> {
        let reader = WarcReader::open(py, Source::from_py(source)?, max_payload_bytes)?;
        Ok(WarcDocuments::new(reader, Arc::clone(&self.inner)))
    }

    fn __repr__(&self) -> String {
        format!("Extractor({})", self.shown)
    }
}

/// One of the builder's limit setters.
type Limit = fn(&mut ExtractorBuilder, usize) -> &mut ExtractorBuilder;

/// `favor` as the library's [`Favor`].
fn parse_favor(py: Python<'_>, favor: &str) -> PyResult<Favor> {
    match favor {
        "balanced" => Ok(Favor::Balanced),
        "precision" => Ok(Favor::Precision),
        "recall" => Ok(Favor::Recall),
        _ => Err(invalid(
            py,
            "favor",
            format!("{favor:?} is not one of \"balanced\", \"precision\", \"recall\""),
        )),
    }
}

/// `max_time` in seconds as a [`Duration`] (zero is the library's to
/// refuse).
fn parse_seconds(py: Python<'_>, seconds: f64) -> PyResult<Duration> {
    Duration::try_from_secs_f64(seconds).map_err(|_| {
        let reason = format!("{seconds} is not a finite, non-negative number of seconds");
        invalid(py, "max_time", reason)
    })
}
