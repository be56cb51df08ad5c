"""deboiler.extract and Extractor: the same text as the Rust library gives
(the corpus's expected files, which `cargo test --test corpus` holds), every
rendering, and the settings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import deboiler
from warcfile import CORPUS

CASES = sorted(p.name for p in CORPUS.iterdir() if (p / "input.html").is_file())
BASE_URL = "https://example.org/section/page.html"

ARTICLE = (
    "<html><head><title>Bridge vote | Courier</title></head><body>"
    "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
    "<article><h1>Bridge vote</h1><p>The council voted on Tuesday to rebuild the old "
    "bridge across the river, a project that has been discussed for more than ten years.</p>"
    "<p>Work starts in <a href='/spring'>the spring</a>, and the ferry runs until then.</p>"
    "<ul class='share'><li><a href='/fb'>Facebook</a></li><li><a href='/x'>X</a></li></ul>"
    "</article><footer>Copyright 2024 The Courier</footer></body></html>"
)


def read(case: str, name: str) -> str:
    return (CORPUS / case / name).read_text(encoding="utf-8")


def test_corpus_has_cases():
    assert len(CASES) >= 50


@pytest.mark.parametrize("case", CASES)
def test_corpus_text_is_the_rust_librarys(case):
    page = (CORPUS / case / "input.html").read_bytes()
    assert deboiler.extract(page).text == read(case, "expected.txt")


@pytest.mark.parametrize(
    "case", [c for c in CASES if (CORPUS / c / "expected.comments.txt").exists()]
)
def test_corpus_comments(case):
    page = (CORPUS / case / "input.html").read_bytes()
    doc = deboiler.extract(page, comments=True)
    assert doc.text == read(case, "expected.comments.txt")
    expected = json.loads(read(case, "expected.comments.json"))
    got = [{"author": c.author, "date": c.date, "text": c.text} for c in doc.comments]
    assert got == expected
    # The comments are found either way; only the text changes.
    assert len(deboiler.extract(page).comments) == len(expected)


@pytest.mark.parametrize(
    "case,name",
    [(c, n) for c in CASES for n in ("expected.md", "expected.html", "expected.json")
     if (CORPUS / c / n).exists()],
)
def test_corpus_renderings(case, name):
    page = (CORPUS / case / "input.html").read_bytes()
    extractor = deboiler.Extractor(links=True, images=True, base_url=BASE_URL)
    doc = extractor.extract(page)
    if name == "expected.md":
        assert doc.to_markdown() == read(case, name)
    elif name == "expected.html":
        assert doc.to_html() == read(case, name)
    else:
        assert doc.to_dict() == json.loads(read(case, name))


@pytest.mark.parametrize(
    "case", [c for c in CASES if (CORPUS / c / "expected.meta.json").exists()]
)
def test_corpus_metadata(case):
    doc = deboiler.extract((CORPUS / case / "input.html").read_bytes())
    assert doc.metadata.to_dict() == json.loads(read(case, "expected.meta.json"))
    assert doc.metadata.title == doc.title


def test_str_and_bytes_agree():
    doc = deboiler.extract(ARTICLE)
    assert doc.text.startswith("The council voted")
    assert "Facebook" not in doc.text and "Copyright" not in doc.text
    assert doc.title == "Bridge vote"
    assert deboiler.extract(ARTICLE.encode()).text == doc.text
    assert deboiler.extract(bytearray(ARTICLE.encode())).text == doc.text


def test_bytes_are_decoded_by_the_charset_given():
    page = "<p>Ça coûte cher, dit le maire: 120 € pour un café au bord du fleuve.</p>"
    latin = page.encode("cp1252")
    assert deboiler.extract(latin, charset="windows-1252").text == page[3:-4]
    assert deboiler.extract(latin, charset="windows-1252").charset == "windows-1252"
    assert deboiler.extract(page).charset == "UTF-8"


def test_url_resolves_links():
    doc = deboiler.extract(ARTICLE, url="https://courier.example/news/bridge", links=True)
    assert doc.base_url == "https://courier.example/news/bridge"
    assert "(https://courier.example/spring)" in doc.to_markdown()
    assert 'href="https://courier.example/spring"' in doc.to_html()
    assert "](" not in deboiler.extract(ARTICLE).to_markdown()


def test_document_parts():
    doc = deboiler.extract(ARTICLE)
    assert not doc.is_empty
    assert "Bridge vote" in repr(doc)
    labels = {b.label for b in doc.blocks}
    assert labels <= {"content", "boilerplate", "comment"} and "content" in labels
    share = next(b for b in doc.blocks if b.text == "Facebook")
    assert not share.is_content and share.reason
    assert share.features["hint"] == "ul.share"
    kept = [b.text for b in doc.blocks if b.is_content]
    assert "\n\n".join(kept) == doc.text
    features = doc.blocks[0].features
    assert set(features) >= {"words", "link_density", "tag_path", "position", "hint"}
    as_dict = doc.to_dict()
    assert as_dict == json.loads(doc.to_json())
    assert as_dict["text"] == doc.text and as_dict["title"] == doc.title
    assert doc.metadata.page_type == as_dict["metadata"]["page_type"]


def test_images_only_when_asked():
    page = (
        "<article><p>The council voted on Tuesday to rebuild the old bridge across the river, "
        "a project discussed for years.</p><figure><img src='/b.jpg' alt='The bridge'>"
        "<figcaption>The bridge in 1930, before the flood took its middle arch away.</figcaption>"
        "</figure></article>"
    )
    with_images = deboiler.extract(page, images=True, url="https://c.example/a/")
    assert [(i.src, i.alt) for i in with_images.images] == [("https://c.example/b.jpg", "The bridge")]
    assert "![The bridge](https://c.example/b.jpg)" in with_images.to_markdown()
    assert "![" not in deboiler.extract(page).to_markdown()


def test_empty_page_is_an_empty_document():
    for page in ("", "<html></html>", b"", "<nav><a href=/>Home</a></nav>"):
        doc = deboiler.extract(page)
        assert doc.text == "" and doc.is_empty


def test_favor_changes_settings_not_types():
    for favor in ("balanced", "precision", "recall"):
        assert deboiler.extract(ARTICLE, favor=favor).text.startswith("The council")
    assert repr(deboiler.Extractor(favor="precision", links=True)) == (
        "Extractor(favor=\"precision\", links=True)"
    )


def test_extractor_is_reused_for_the_same_settings():
    deboiler._extractor.cache_clear()
    deboiler.extract(ARTICLE)
    deboiler.extract(ARTICLE.encode())
    deboiler.extract(ARTICLE, comments=True)
    info = deboiler._extractor.cache_info()
    assert (info.hits, info.misses) == (1, 2)


def test_version():
    assert deboiler.__version__.count(".") == 2
