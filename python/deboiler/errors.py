"""The exceptions deboiler raises, one class for each of the library's errors.

Every class derives from :class:`DeboilerError`, so ``except DeboilerError``
catches them all; each carries the error's details as attributes (``limit``,
``count``, ``kind``, ``setting`` ...). A file that cannot be opened raises the
usual :class:`OSError` subclass (``FileNotFoundError``, ``PermissionError``).
"""

from __future__ import annotations

from typing import Any, Optional

__all__ = [
    "DeboilerError",
    "InputTooLargeError",
    "TooManyNodesError",
    "NestingTooDeepError",
    "TooManyAttributesError",
    "ExtractionTimeoutError",
    "BinaryInputError",
    "InvalidSettingError",
    "WarcFormatError",
]


class DeboilerError(Exception):
    """A page deboiler could not extract, or a setting it refused."""

    def __init__(self, message: str, **details: Any) -> None:
        super().__init__(message)
        self.message = message
        for name, value in details.items():
            setattr(self, name, value)


class InputTooLargeError(DeboilerError):
    """The page is over ``max_input_bytes``.

    ``length`` is its size in bytes (``None`` when it was a stream read no
    further), ``limit`` the setting. Raise the limit or skip the page.
    """

    length: Optional[int]
    limit: int


class TooManyNodesError(DeboilerError):
    """The page has more elements than ``max_nodes`` (``count``, ``limit``)."""

    count: int
    limit: int


class NestingTooDeepError(DeboilerError):
    """Elements nest deeper than ``max_depth`` (``depth``, ``limit``)."""

    depth: int
    limit: int


class TooManyAttributesError(DeboilerError):
    """A tag has more attributes than ``max_attributes`` (``count``, ``limit``)."""

    count: int
    limit: int


class ExtractionTimeoutError(DeboilerError):
    """The page took longer than ``max_time`` (``limit``, in seconds)."""

    limit: float


class BinaryInputError(DeboilerError):
    """The input is not text: ``kind`` says what it looks like.

    One of ``"gzip"``, ``"zstd"``, ``"bzip2"``, ``"xz"``, ``"zip"``, ``"pdf"``,
    ``"png"``, ``"jpeg"``, ``"gif"``, ``"wasm"``, ``"executable"``,
    ``"control_bytes"`` (no known format, but bytes text never holds) or
    ``"binary"``. A ``"gzip"`` body is one nobody decompressed.
    """

    kind: str


class InvalidSettingError(DeboilerError, ValueError):
    """A setting out of range: ``setting`` names it, ``reason`` says why."""

    setting: str
    reason: str


class WarcFormatError(DeboilerError):
    """The input is not a WARC file: not one record in it could be read.

    A WARC file with some bad records is no error: those are skipped and
    counted in the reader's ``stats``.
    """
