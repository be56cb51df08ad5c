"""deboiler.extract_warc and WarcReader over WARC files the tests write from
the corpus pages: every page, in order, with the Rust library's text; every
other record skipped and counted; broken input never a crash."""

from __future__ import annotations

import gzip
import os

import pytest

import deboiler
from warcfile import CORPUS, corpus_pages, crawl, expected_text, gzipped, http, record

PAGES = corpus_pages()


@pytest.fixture(scope="module")
def plain() -> bytes:
    return b"".join(crawl(PAGES))


@pytest.mark.parametrize("form", ["plain", "gzip", "path"])
def test_every_page_in_order_with_the_librarys_text(plain, form, tmp_path):
    source = {"plain": plain, "gzip": gzipped(crawl(PAGES))}.get(form)
    if form == "path":
        source = tmp_path / "crawl.warc.gz"
        source.write_bytes(gzipped(crawl(PAGES)))
    pages = deboiler.extract_warc(source)
    seen = [(page.url, page.document.text) for page in pages]
    assert seen == [(url, expected_text(url)) for url, _ in PAGES]
    stats = pages.stats
    # Per ten pages an image (not HTML) and a redirect (not 2xx); the
    # warcinfo and the requests are not responses.
    extra = len(PAGES) // 10
    assert stats["pages"] == len(PAGES)
    assert stats["not_html"] == extra and stats["not_ok"] == extra
    assert stats["not_response"] == len(PAGES) + 1
    assert stats["records"] == 1 + 2 * len(PAGES) + 2 * extra
    assert stats["skipped"] == stats["records"] - stats["pages"]
    assert stats["stopped"] is None


def test_str_path_and_zstd_if_available(tmp_path):
    zstd = pytest.importorskip("zstandard")
    path = tmp_path / "crawl.warc.zst"
    compressor = zstd.ZstdCompressor()
    path.write_bytes(b"".join(compressor.compress(r) for r in crawl(PAGES[:5])))
    urls = [page.url for page in deboiler.extract_warc(str(path))]
    assert urls == [url for url, _ in PAGES[:5]]


def test_records_carry_the_warc_fields(plain):
    docs = list(deboiler.extract_warc(plain))
    first = docs[0]
    assert first.url == PAGES[0][0]
    assert first.record_id == "<urn:uuid:00000000-0000-0000-0000-000000000002>"
    assert first.date == "2026-12-05T00:00:00Z"
    assert first.error is None and first.document.base_url == first.url
    # offsets are where each record starts, in increasing order
    offsets = [d.offset for d in docs]
    assert offsets == sorted(offsets) and len(set(offsets)) == len(offsets)


def test_to_dict_is_the_example_binarys_line(plain):
    page = next(iter(deboiler.extract_warc(plain)))
    line = page.to_dict()
    assert list(line) == ["url", "record_id", "date", "offset", "title", "text", "metadata"]
    assert line["text"] == page.document.text
    assert line["metadata"] == page.document.to_dict()["metadata"]
    assert page.to_dict("markdown")["markdown"] == page.document.to_markdown()
    assert page.to_dict(body="html")["html"] == page.document.to_html()
    with pytest.raises(deboiler.InvalidSettingError):
        page.to_dict("pdf")


def test_settings_reach_the_pages(plain):
    case = "blog_with_comments"
    url = f"https://corpus.example/{case}/"
    pages = {p.url: p for p in deboiler.extract_warc(plain, comments=True)}
    want = (CORPUS / case / "expected.comments.txt").read_text(encoding="utf-8")
    assert pages[url].document.text == want


def test_reader_gives_unextracted_records(plain):
    reader = deboiler.WarcReader(plain)
    records = list(reader)
    assert [r.url for r in records] == [url for url, _ in PAGES]
    assert [r.body for r in records] == [body for _, body in PAGES]
    assert all(r.charset is None for r in records)
    assert reader.stats["pages"] == len(PAGES)
    # A record's body through Extractor.extract is the page's text.
    ex = deboiler.Extractor()
    assert ex.extract(records[3].body, url=records[3].url).text == expected_text(records[3].url)


def test_http_charset_is_the_hint():
    body = "<p>Ça coûte 120 € pour un café au bord du fleuve, dit le maire.</p>".encode("cp1252")
    response = http("200 OK", "text/html; charset=windows-1252", body)
    warc = record("response", 1, "https://x.example/", response)
    [page] = list(deboiler.extract_warc(warc))
    assert page.document.charset == "windows-1252"
    assert "120 €" in page.document.text
    [rec] = list(deboiler.WarcReader(warc))
    assert rec.charset == "windows-1252"


def test_a_page_over_a_limit_is_one_error_not_the_file():
    pdf = http("200 OK", "text/html", b"%PDF-1.7\n1 0 obj")
    warc = (
        record("response", 1, "https://x.example/a", pdf)
        + b"".join(crawl(PAGES[:3], first_id=10))
    )
    docs = list(deboiler.extract_warc(warc))
    assert [d.url for d in docs] == ["https://x.example/a"] + [u for u, _ in PAGES[:3]]
    assert docs[0].document is None
    assert isinstance(docs[0].error, deboiler.BinaryInputError)
    assert docs[0].to_dict()["error"] == "input is a PDF document, not HTML"
    assert all(d.document is not None for d in docs[1:])


def test_empty_and_oversized_payloads_are_skipped():
    huge = http("200 OK", "text/html", b"<p>" + b"x" * 200_000 + b"</p>")
    warc = (
        record("response", 1, "https://x.example/empty", http("200 OK", "text/html", b""))
        + record("response", 2, "https://x.example/huge", huge)
        + b"".join(crawl(PAGES[:2], first_id=10))
    )
    pages = deboiler.extract_warc(warc, max_payload_bytes=100_000)
    urls = [p.url for p in pages]
    assert "https://x.example/huge" not in urls
    assert urls[-2:] == [u for u, _ in PAGES[:2]]
    assert pages.stats["too_large"] == 1
    # An empty payload, if given, is an empty document, not an error.
    for p in deboiler.extract_warc(warc):
        if p.url == "https://x.example/empty":
            assert p.document.text == ""


def test_truncated_gzip_ends_the_file_with_a_count():
    data = gzipped(crawl(PAGES[:6]))
    cut = data[: len(data) * 2 // 3]
    pages = deboiler.extract_warc(cut)
    urls = [p.url for p in pages]
    assert urls == [u for u, _ in PAGES[: len(urls)]]
    assert 0 < len(urls) < 6
    stats = pages.stats
    assert stats["truncated"] + stats["malformed"] >= 1 or stats["stopped"]


def test_not_a_warc_file():
    for junk in (b"<html><p>just a page</p></html>", b"\x00" * 1000, os.urandom(4096)):
        with pytest.raises(deboiler.WarcFormatError):
            list(deboiler.extract_warc(junk))
    assert list(deboiler.extract_warc(b"")) == []


def test_missing_file_is_an_os_error(tmp_path):
    with pytest.raises(FileNotFoundError) as raised:
        deboiler.extract_warc(tmp_path / "nope.warc.gz")
    assert "nope.warc.gz" in str(raised.value)
    with pytest.raises(TypeError):
        deboiler.extract_warc(12)


def test_mutated_input_never_crashes():
    data = bytearray(gzipped(crawl(PAGES[:8])))
    import random

    rng = random.Random(7)
    for _ in range(60):
        mutated = bytearray(data)
        for _ in range(rng.randint(1, 20)):
            mutated[rng.randrange(len(mutated))] = rng.randrange(256)
        try:
            for page in deboiler.extract_warc(bytes(mutated)):
                assert page.document is not None or page.error is not None
        except deboiler.WarcFormatError:
            pass
    plain = bytearray(b"".join(crawl(PAGES[:8])))
    for _ in range(60):
        mutated = bytearray(plain)
        start = rng.randrange(len(mutated))
        del mutated[start : start + rng.randint(1, 300)]
        try:
            for page in deboiler.extract_warc(bytes(mutated)):
                assert page.document is not None or page.error is not None
        except deboiler.WarcFormatError:
            pass


def test_to_dict_equals_the_rust_examples_json_lines(tmp_path):
    """Each page's to_dict() is the example binary's JSON line for it, field
    for field (DEBOILER_EXTRACT names the binary, built with the `warc`
    feature; CI sets it)."""
    import json
    import subprocess

    binary = os.environ.get("DEBOILER_EXTRACT")
    if not binary:
        pytest.skip("DEBOILER_EXTRACT is not set")
    path = tmp_path / "crawl.warc.gz"
    pdf = record("response", 1, "https://x.example/pdf", http("200 OK", "text/html", b"%PDF-1.7\n"))
    path.write_bytes(gzipped([pdf] + crawl(PAGES)))
    for body in ("text", "markdown"):
        run = subprocess.run([binary, "--warc", "--body", body, str(path)],
                             capture_output=True, check=False)
        lines = [json.loads(line) for line in run.stdout.decode().splitlines()]
        ours = [page.to_dict(body) for page in deboiler.extract_warc(path)]
        assert len(ours) == len(PAGES) + 1
        assert ours[1:] == lines[1:]
        # The failed page: the same fields and message.
        assert ours[0] == lines[0]
