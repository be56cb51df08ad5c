"""Bad input through every door: a typed exception with the details, never
a crash."""

from __future__ import annotations

import gzip

import pytest

import deboiler
from deboiler import errors


def test_every_error_is_a_deboiler_error():
    for name in errors.__all__:
        cls = getattr(errors, name)
        assert issubclass(cls, deboiler.DeboilerError)
        assert getattr(deboiler, name) is cls
    assert issubclass(deboiler.InvalidSettingError, ValueError)


@pytest.mark.parametrize(
    "payload,kind",
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "pdf"),
        (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0", "png"),
        (gzip.compress(b"<p>hello</p>" * 50), "gzip"),
        (b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0", "executable"),
        (bytes(range(32)) * 8, "control_bytes"),
    ],
)
def test_binary_input(payload, kind):
    with pytest.raises(deboiler.BinaryInputError) as raised:
        deboiler.extract(payload)
    assert raised.value.kind == kind
    assert "not HTML" in str(raised.value)


def test_input_too_large():
    extractor = deboiler.Extractor(max_input_bytes=1000)
    with pytest.raises(deboiler.InputTooLargeError) as raised:
        extractor.extract(b"<p>" + b"word " * 1000 + b"</p>")
    assert (raised.value.length, raised.value.limit) == (5007, 1000)
    with pytest.raises(deboiler.InputTooLargeError):
        extractor.extract("<p>" + "wörd " * 1000 + "</p>")


def test_nesting_too_deep_and_too_many_nodes():
    deep = "<div>" * 5000 + "<p>text</p>"
    with pytest.raises(deboiler.NestingTooDeepError) as raised:
        deboiler.Extractor(max_depth=100).extract(deep)
    assert raised.value.limit == 100 and raised.value.depth > 100
    with pytest.raises(deboiler.TooManyNodesError) as raised:
        deboiler.Extractor(max_nodes=50).extract("<p>x</p>" * 200)
    assert raised.value.limit == 50
    # The defaults answer a hostile page with the error, not a crash.
    with pytest.raises(deboiler.NestingTooDeepError) as raised:
        deboiler.extract("<div>" * 100_000)
    assert raised.value.depth == 100_000


def test_too_many_attributes():
    tag = "<p " + " ".join(f"a{i}=1" for i in range(300)) + ">x</p>"
    with pytest.raises(deboiler.TooManyAttributesError) as raised:
        deboiler.Extractor(max_attributes=100).extract(tag)
    assert raised.value.limit == 100


@pytest.mark.parametrize(
    "settings,setting",
    [
        ({"favor": "fast"}, "favor"),
        ({"max_time": -1.0}, "max_time"),
        ({"max_time": float("nan")}, "max_time"),
        ({"max_input_bytes": 0}, "max_input_bytes"),
        ({"base_url": "not a url"}, "base_url"),
    ],
)
def test_invalid_settings(settings, setting):
    with pytest.raises(deboiler.InvalidSettingError) as raised:
        deboiler.Extractor(**settings)
    assert raised.value.setting == setting
    assert raised.value.reason


def test_invalid_call_arguments():
    with pytest.raises(deboiler.InvalidSettingError) as raised:
        deboiler.extract("<p>x</p>", charset="utf-8")
    assert raised.value.setting == "charset"
    # A server's charset that names no encoding is ignored, as the library
    # documents: the page is decoded from its own declaration or a guess.
    doc = deboiler.extract("<p>café au lait</p>".encode(), charset="no-such-charset")
    assert doc.charset == "UTF-8" and doc.text == "café au lait"
    with pytest.raises(deboiler.InvalidSettingError) as raised:
        deboiler.extract("<p>x</p>", url="::not a url")
    assert raised.value.setting == "url"
    with pytest.raises(deboiler.InvalidSettingError):
        deboiler.extract("<p>x</p>", favor="none")
    with pytest.raises(TypeError):
        deboiler.extract(12)
    with pytest.raises(TypeError):
        deboiler.extract(None)
    with pytest.raises(OverflowError):
        deboiler.Extractor(max_nodes=-1)


def test_odd_text_is_no_error():
    for page in ("\ud800 lone surrogate", "\0\0<p>nul</p>", "<" * 10_000, "&#xffffffff;"):
        try:
            deboiler.extract(page)
        except UnicodeEncodeError:
            # A str with a lone surrogate has no UTF-8 form; Python says so.
            assert "\ud800" in page


def test_the_package_exports_what_errors_defines():
    assert set(errors.__all__) <= set(deboiler.__all__)
    for name in deboiler.__all__:
        assert hasattr(deboiler, name), name
