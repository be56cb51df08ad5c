#!/usr/bin/env python3
"""Runs trafilatura's metadata extraction over a folder of pages, for
`examples/evaluate --peer-meta` to score with deboiler's own comparison.

    pip install trafilatura lxml_html_clean
    python3 benches/peers/trafilatura_metadata.py HTML_DIR OUT_DIR

Writes OUT_DIR/<id>.json with "title", "author" and "date" (trafilatura's
values, or null). Not run by CI: the numbers it gave are in README.md.
"""
import json
import os
import sys

import trafilatura


def main():
    src, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    for name in sorted(os.listdir(src)):
        if not name.endswith(".html"):
            continue
        with open(os.path.join(src, name), "rb") as f:
            html = f.read()
        try:
            meta = trafilatura.extract_metadata(html)
        except Exception:  # a page trafilatura cannot read scores as empty
            meta = None
        value = {
            "title": meta.title if meta else None,
            "author": meta.author if meta else None,
            "date": meta.date if meta else None,
        }
        with open(os.path.join(out, name[: -len(".html")] + ".json"), "w") as f:
            json.dump(value, f, ensure_ascii=False)


if __name__ == "__main__":
    main()
