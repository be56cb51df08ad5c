"""WARC files written by the tests themselves from the corpus pages.

Each page is a ``response`` record (target URI ``https://corpus.example/<case>/``)
among the records a crawl also holds: a ``warcinfo`` first, a ``request``
before each page, and after every tenth page an image and a redirect, which
are not pages. The same shape as the Rust tests' ``tests/common/warc_file.rs``.

Run as a script, it writes such files for the Spark job in CI::

    python tests/warcfile.py OUT_DIR [--files N]
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path
from typing import List, Tuple

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def record(kind: str, rid: int, uri: str, block: bytes) -> bytes:
    """A WARC/1.1 record of type ``kind`` with ``block`` as its content."""
    content_type = {
        "response": "application/http; msgtype=response",
        "request": "application/http; msgtype=request",
    }.get(kind, "application/warc-fields")
    head = (
        f"WARC/1.1\r\nWARC-Type: {kind}\r\n"
        f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{rid:012d}>\r\n"
        f"WARC-Date: 2026-12-05T00:00:00Z\r\nWARC-Target-URI: {uri}\r\n"
        f"Content-Type: {content_type}\r\nContent-Length: {len(block)}\r\n\r\n"
    )
    return head.encode() + block + b"\r\n\r\n"


def http(status: str, content_type: str, body: bytes) -> bytes:
    """An HTTP/1.1 response."""
    return f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n\r\n".encode() + body


def corpus_pages() -> List[Tuple[str, bytes]]:
    """The corpus pages, sorted by case: (URL, bytes)."""
    cases = sorted(p for p in CORPUS.iterdir() if (p / "input.html").is_file())
    return [(f"https://corpus.example/{c.name}/", (c / "input.html").read_bytes()) for c in cases]


def expected_text(url: str) -> str:
    """The Rust library's text for the corpus page at ``url`` (its
    ``expected.txt``, which `cargo test --test corpus` holds)."""
    case = url.rstrip("/").rsplit("/", 1)[1]
    return (CORPUS / case / "expected.txt").read_text(encoding="utf-8")


def crawl(pages: List[Tuple[str, bytes]], first_id: int = 1) -> List[bytes]:
    """The records of a crawl of ``pages``."""
    records = [record("warcinfo", first_id - 1, "", b"software: deboiler tests\r\n")]
    rid = first_id
    for i, (url, body) in enumerate(pages):
        request = b"GET / HTTP/1.1\r\nHost: corpus.example\r\n\r\n"
        records.append(record("request", rid, url, request))
        records.append(record("response", rid + 1, url, http("200 OK", "text/html", body)))
        rid += 2
        if i % 10 == 9:
            png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"
            records.append(record("response", rid, url + "logo.png", http("200 OK", "image/png", png)))
            moved = http("301 Moved Permanently", "text/html", b"<a href=/>moved</a>")
            records.append(record("response", rid + 1, url + "old", moved))
            rid += 2
    return records


def gzipped(records: List[bytes]) -> bytes:
    """The records as a ``.warc.gz``: one gzip member a record."""
    return b"".join(gzip.compress(r, mtime=0) for r in records)


def write_crawl(out: Path, files: int) -> List[Path]:
    """The corpus split over ``files`` gzipped WARC files in ``out``."""
    pages = corpus_pages()
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(files):
        part = pages[n::files]
        path = out / f"corpus-{n:02d}.warc.gz"
        path.write_bytes(gzipped(crawl(part, first_id=1 + n * 10_000)))
        paths.append(path)
    return paths


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: warcfile.py OUT_DIR [--files N]")
    count = int(sys.argv[3]) if len(sys.argv) > 3 and sys.argv[2] == "--files" else 4
    for written in write_crawl(Path(sys.argv[1]), count):
        print(written)
