"""deboiler: the main content of a web page, without the chrome around it.

Give it the HTML of a page; it returns the article, the forum thread, the
product description or the docs page without the navigation, share widgets,
promo links, related-article teasers, cookie banners and footers::

    >>> import deboiler
    >>> doc = deboiler.extract("<nav><a href='/'>Home</a></nav><article><p>The council "
    ...     "voted on Tuesday to rebuild the old bridge across the river.</p></article>")
    >>> doc.text
    'The council voted on Tuesday to rebuild the old bridge across the river.'

The work is done by the Rust library ``deboiler`` with the interpreter's lock
released, so threads that extract pages run in parallel. Settings used for
many pages go in an :class:`Extractor`; ``extract_warc`` reads the HTML pages
of a WARC file (plain, gzip, zstd or lz4) and extracts each.
"""

from __future__ import annotations

import functools
import os
from typing import Literal, Optional, Union

from . import errors
from ._deboiler import (
    Block,
    Comment,
    Document,
    Extractor,
    Image,
    Metadata,
    WarcDocument,
    WarcDocuments,
    WarcReader,
    WarcRecord,
    __version__,
)
from .errors import (
    BinaryInputError,
    DeboilerError,
    ExtractionTimeoutError,
    InputTooLargeError,
    InvalidSettingError,
    NestingTooDeepError,
    TooManyAttributesError,
    TooManyNodesError,
    WarcFormatError,
)

__all__ = [
    "extract",
    "extract_warc",
    "Extractor",
    "Document",
    "Metadata",
    "Block",
    "Comment",
    "Image",
    "WarcReader",
    "WarcRecord",
    "WarcDocument",
    "WarcDocuments",
    "errors",
    "__version__",
    # deboiler.errors.__all__, written out so that type checkers see them.
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


#: What to favour when a block could go either way.
Favor = Literal["balanced", "precision", "recall"]


@functools.lru_cache(maxsize=16)
def _extractor(favor: Favor, comments: bool, links: bool, images: bool) -> Extractor:
    # One extractor for each set of settings, built once: building one is
    # cheap, but a crawl calls extract() millions of times.
    return Extractor(favor=favor, comments=comments, links=links, images=images)


def extract(
    html: Union[str, bytes, bytearray],
    *,
    url: Optional[str] = None,
    charset: Optional[str] = None,
    favor: Favor = "balanced",
    comments: bool = False,
    links: bool = False,
    images: bool = False,
) -> Document:
    """Extracts the main content of one page.

    ``html`` is the page as ``str`` (used as it is) or ``bytes`` (decoded
    from its BOM, ``charset``, its ``<meta charset>``, UTF-8, or a guess).
    ``url`` is the address it came from: links and images are made absolute
    against it. ``charset`` is the encoding its server declared (``bytes``
    only). ``favor`` is ``"balanced"``, ``"precision"`` (less chrome, at the
    risk of a lost paragraph) or ``"recall"`` (the other way); ``comments``
    puts the readers' comments after the main text in every output;
    ``links`` and ``images`` keep them in the Markdown and HTML renderings.

    A page with no main content gives an empty document, not an error.

    Raises :class:`InvalidSettingError` for a setting out of range,
    :class:`BinaryInputError` for bytes that are not text, and the other
    :class:`DeboilerError` subclasses for a page over a limit; ``TypeError``
    for an ``html`` that is not ``str``, ``bytes`` or ``bytearray``.
    """
    extractor = _extractor(favor, bool(comments), bool(links), bool(images))
    return extractor.extract(html, url=url, charset=charset)


def extract_warc(
    source: Union[str, "os.PathLike[str]", bytes, bytearray],
    *,
    favor: Favor = "balanced",
    comments: bool = False,
    links: bool = False,
    images: bool = False,
    max_payload_bytes: Optional[int] = None,
) -> WarcDocuments:
    """Extracts every HTML page of a WARC file, in the file's order.

    ``source`` is a path or the file's bytes, plain or compressed (gzip,
    zstd, lz4). Each ``response`` record with an HTML payload and a 2xx
    status gives one :class:`WarcDocument` (``url``, ``record_id``,
    ``date``, ``offset``, and its ``document``, or the ``error`` that page
    failed with); every other record is skipped and counted in the
    iterator's ``stats``. Payloads over ``max_payload_bytes`` (64 MiB by
    default) are skipped unread. The settings are those of :func:`extract`.

    Raises ``OSError`` (``FileNotFoundError``...) for a path that cannot be
    opened; iterating raises :class:`WarcFormatError` when not one record
    could be read.
    """
    extractor = _extractor(favor, bool(comments), bool(links), bool(images))
    return extractor.extract_warc(source, max_payload_bytes=max_payload_bytes)
