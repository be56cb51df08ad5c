"""Type stubs of deboiler's compiled half (import ``deboiler``, not this module)."""

import os
from typing import Any, Dict, Iterator, List, Literal, Optional, Union, final

__all__ = [
    "Block",
    "Comment",
    "Document",
    "Extractor",
    "Image",
    "Metadata",
    "WarcDocument",
    "WarcDocuments",
    "WarcReader",
    "WarcRecord",
    "__version__",
]
__version__: str

_Favor = Literal["balanced", "precision", "recall"]
_Html = Union[str, bytes, bytearray]
_WarcSource = Union[str, "os.PathLike[str]", bytes, bytearray]

@final
class Extractor:
    """An extractor with its settings; ``Extractor()`` has the defaults.

    Its methods release the interpreter's lock while they work, so threads
    that share one extractor extract pages in parallel.
    """

    def __new__(
        cls,
        *,
        favor: _Favor = "balanced",
        comments: bool = False,
        links: bool = False,
        images: bool = False,
        base_url: Optional[str] = None,
        max_input_bytes: Optional[int] = None,
        max_nodes: Optional[int] = None,
        max_depth: Optional[int] = None,
        max_attributes: Optional[int] = None,
        max_time: Optional[float] = None,
    ) -> Extractor: ...
    def extract(
        self, html: _Html, *, url: Optional[str] = None, charset: Optional[str] = None
    ) -> Document:
        """Extracts the main content of ``html`` (``str``, or ``bytes`` to be decoded)."""
    def extract_warc(
        self, source: _WarcSource, *, max_payload_bytes: Optional[int] = None
    ) -> WarcDocuments:
        """The HTML pages of a WARC file (a path, or its bytes), each extracted."""

@final
class Document:
    """The main content of a page: its text, renderings, metadata and blocks."""

    @property
    def text(self) -> str: ...
    @property
    def title(self) -> Optional[str]: ...
    @property
    def metadata(self) -> Metadata: ...
    @property
    def charset(self) -> str: ...
    @property
    def base_url(self) -> Optional[str]: ...
    @property
    def is_empty(self) -> bool: ...
    @property
    def blocks(self) -> List[Block]: ...
    @property
    def comments(self) -> List[Comment]: ...
    @property
    def images(self) -> List[Image]: ...
    def to_markdown(self) -> str: ...
    def to_html(self) -> str: ...
    def to_json(self) -> str: ...
    def to_dict(self) -> Dict[str, Any]: ...

@final
class Metadata:
    """What the page says about itself."""

    @property
    def title(self) -> Optional[str]: ...
    @property
    def authors(self) -> List[str]: ...
    @property
    def published(self) -> Optional[str]: ...
    @property
    def published_at(self) -> Optional[str]: ...
    @property
    def modified(self) -> Optional[str]: ...
    @property
    def modified_at(self) -> Optional[str]: ...
    @property
    def site_name(self) -> Optional[str]: ...
    @property
    def language(self) -> Optional[str]: ...
    @property
    def description(self) -> Optional[str]: ...
    @property
    def canonical_url(self) -> Optional[str]: ...
    @property
    def image(self) -> Optional[str]: ...
    @property
    def tags(self) -> List[str]: ...
    @property
    def page_type(self) -> str: ...
    def to_dict(self) -> Dict[str, Any]: ...

@final
class Block:
    """One block of the page with its label, the reason for it and its features."""

    @property
    def text(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def heading_level(self) -> Optional[int]: ...
    @property
    def label(self) -> str: ...
    @property
    def is_content(self) -> bool: ...
    @property
    def score(self) -> float: ...
    @property
    def reason(self) -> str: ...
    @property
    def has_images(self) -> bool: ...
    @property
    def features(self) -> Dict[str, Any]: ...

@final
class Comment:
    """A reader's comment."""

    author: Optional[str]
    date: Optional[str]
    text: str

@final
class Image:
    """An image of the content."""

    src: str
    alt: str

@final
class WarcReader:
    """The HTML pages of a WARC file, not extracted: an iterator of ``WarcRecord``."""

    def __new__(
        cls, source: _WarcSource, *, max_payload_bytes: Optional[int] = None
    ) -> WarcReader: ...
    def __iter__(self) -> Iterator[WarcRecord]: ...
    def __next__(self) -> WarcRecord: ...
    @property
    def stats(self) -> Dict[str, Any]: ...

@final
class WarcRecord:
    """One HTML page of a WARC file, not extracted."""

    url: Optional[str]
    record_id: Optional[str]
    date: Optional[str]
    charset: Optional[str]
    offset: int
    body: bytes

@final
class WarcDocuments:
    """The HTML pages of a WARC file, each extracted: an iterator of ``WarcDocument``."""

    def __iter__(self) -> Iterator[WarcDocument]: ...
    def __next__(self) -> WarcDocument: ...
    @property
    def stats(self) -> Dict[str, Any]: ...

@final
class WarcDocument:
    """One HTML page of a WARC file, extracted, or the error it failed with."""

    url: Optional[str]
    record_id: Optional[str]
    date: Optional[str]
    offset: int
    document: Optional[Document]
    error: Optional[Exception]
    def to_dict(self, body: Literal["text", "markdown", "html"] = "text") -> Dict[str, Any]: ...
