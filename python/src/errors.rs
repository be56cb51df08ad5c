//! The library's [`Error`] as the Python exceptions of `deboiler.errors`,
//! each with the error's details as attributes (`limit`, `count`, `kind`,
//! `setting`...).

use deboiler::{BinaryKind, Error};
use pyo3::prelude::*;
use pyo3::types::PyDict;

/// The Python exception for `error`.
pub(crate) fn to_py(py: Python<'_>, error: Error) -> PyErr {
    exception(py, error).unwrap_or_else(|failed| failed)
}

/// An [`Error::InvalidConfig`] of the binding's own (a setting the library
/// never sees, such as a charset given with a `str`).
pub(crate) fn invalid(py: Python<'_>, setting: &'static str, reason: impl Into<String>) -> PyErr {
    let reason = reason.into();
    to_py(py, Error::InvalidConfig { setting, reason })
}

fn exception(py: Python<'_>, error: Error) -> PyResult<PyErr> {
    let message = error.to_string();
    let details = PyDict::new(py);
    let class = match error {
        Error::InputTooLarge { len, limit } => {
            details.set_item("length", len)?;
            details.set_item("limit", limit)?;
            "InputTooLargeError"
        }
        Error::TooManyNodes { count, limit } => {
            details.set_item("count", count)?;
            details.set_item("limit", limit)?;
            "TooManyNodesError"
        }
        Error::NestingTooDeep { depth, limit } => {
            details.set_item("depth", depth)?;
            details.set_item("limit", limit)?;
            "NestingTooDeepError"
        }
        Error::TooManyAttributes { count, limit } => {
            details.set_item("count", count)?;
            details.set_item("limit", limit)?;
            "TooManyAttributesError"
        }
        Error::TimedOut { limit } => {
            details.set_item("limit", limit.as_secs_f64())?;
            "ExtractionTimeoutError"
        }
        Error::Binary { kind } => {
            details.set_item("kind", binary_kind(kind))?;
            "BinaryInputError"
        }
        Error::InvalidConfig { setting, reason } => {
            details.set_item("setting", setting)?;
            details.set_item("reason", reason)?;
            "InvalidSettingError"
        }
        // FileNotFoundError, PermissionError... by the error's kind.
        Error::Io(io) => return Ok(PyErr::from(io)),
        _ => "DeboilerError",
    };
    new_error(py, class, message, Some(&details))
}

/// An exception of class `class` of `deboiler.errors`, with `message` and
/// `details` as its attributes.
pub(crate) fn new_error(
    py: Python<'_>,
    class: &str,
    message: String,
    details: Option<&Bound<'_, PyDict>>,
) -> PyResult<PyErr> {
    let class = py.import("deboiler.errors")?.getattr(class)?;
    Ok(PyErr::from_value(class.call((message,), details)?))
}

/// [`BinaryKind`] as one lower-case word, for `BinaryInputError.kind`.
fn binary_kind(kind: BinaryKind) -> &'static str {
    match kind {
        BinaryKind::Gzip => "gzip",
        BinaryKind::Zstd => "zstd",
        BinaryKind::Bzip2 => "bzip2",
        BinaryKind::Xz => "xz",
        BinaryKind::Zip => "zip",
        BinaryKind::Pdf => "pdf",
        BinaryKind::Png => "png",
        BinaryKind::Jpeg => "jpeg",
        BinaryKind::Gif => "gif",
        BinaryKind::WebAssembly => "wasm",
        BinaryKind::Executable => "executable",
        BinaryKind::ControlBytes => "control_bytes",
        // A kind a later version of the library adds.
        _ => "binary",
    }
}
