"""The interpreter's lock is released while a page is extracted, so
threads run in parallel, and a shared Extractor gives each the same."""

from __future__ import annotations

import sys
import threading
from concurrent.futures import ThreadPoolExecutor

import deboiler
from warcfile import corpus_pages

PAGES = corpus_pages()


def big_page() -> bytes:
    paragraph = (
        "<p>The council voted on Tuesday to rebuild the old bridge across the river, "
        "a project that has been discussed for more than ten years.</p>"
    )
    return ("<html><body><article>" + paragraph * 40_000 + "</article></body></html>").encode()


def test_the_lock_is_released_during_extraction():
    # With a switch interval of minutes, the interpreter never takes the
    # lock from a thread that holds it: the main thread runs while the
    # worker extracts only if extract() gave the lock up.
    page = big_page()
    state = {"done": False}
    started = threading.Event()

    def work():
        started.set()
        deboiler.extract(page)
        state["done"] = True

    old = sys.getswitchinterval()
    sys.setswitchinterval(600)
    try:
        worker = threading.Thread(target=work)
        worker.start()
        started.wait()
        seen_running = not state["done"]
        worker.join()
    finally:
        sys.setswitchinterval(old)
    assert seen_running, "the main thread ran only after the extraction ended"
    assert state["done"]


def test_threads_share_one_extractor():
    extractor = deboiler.Extractor(comments=True)
    alone = [extractor.extract(body).text for _, body in PAGES]
    with ThreadPoolExecutor(4) as pool:
        threaded = list(pool.map(lambda p: extractor.extract(p[1]).text, PAGES * 3))
    assert threaded == alone * 3
