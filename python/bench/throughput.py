"""Pages per second on one core: deboiler from Python, the Rust example
binary, resiliparse and trafilatura, on the same HTML files.

    pip install ./python resiliparse trafilatura lxml_html_clean
    cargo build --release --example extract
    python python/bench/throughput.py DIR_OR_FILES... [--repeat 3] [--threads 2]

Each Python extractor runs in this one process on one thread: read a file's
bytes, extract the main content, take its text (what the Rust example does
for each input with ``--jobs 1``). Each is timed over every page, best of
``--repeat`` passes after a warm-up pass. The Rust example reports its own
rate (``docs_per_s`` on its summary line, reading and writing included).
A peer that is not installed is left out and said so. ``--threads N`` adds
deboiler from N threads sharing one Extractor (the interpreter's lock is
released while a page is extracted).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Callable, List, Optional

ROOT = Path(__file__).resolve().parents[2]


def html_files(args: List[str]) -> List[Path]:
    files: List[Path] = []
    for arg in args:
        path = Path(arg)
        files += sorted(path.rglob("*.html")) if path.is_dir() else [path]
    return files


def best_rate(run: Callable[[], None], pages: int, repeat: int) -> float:
    run()  # warm-up: imports, caches, the allocator's first touch
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return pages / best


def python_extractors():
    """(name, function bytes -> text) for every extractor installed."""
    import deboiler

    extractor = deboiler.Extractor()
    found = [("deboiler (Python)", lambda b: extractor.extract(b).text)]
    try:
        from resiliparse.extract.html2text import extract_plain_text
        from resiliparse.parse.encoding import bytes_to_str, detect_encoding

        found.append((
            "resiliparse 2 (main_content=True)",
            lambda b: extract_plain_text(bytes_to_str(b, detect_encoding(b)), main_content=True),
        ))
    except ImportError:
        print("resiliparse is not installed: left out", file=sys.stderr)
    try:
        import trafilatura

        found.append(("trafilatura", lambda b: trafilatura.extract(b) or ""))
    except ImportError:
        print("trafilatura is not installed: left out", file=sys.stderr)
    return found


def rust_rate(binary: Path, files: List[Path], repeat: int) -> Optional[float]:
    """The example binary's own docs_per_s over ``files`` with one worker."""
    if not binary.exists():
        print(f"{binary} not found (cargo build --release --example extract): left out",
              file=sys.stderr)
        return None
    with tempfile.TemporaryDirectory() as tmp:
        # The binary takes directories: the files, linked into one.
        for n, f in enumerate(files):
            os.symlink(f.resolve(), Path(tmp) / f"{n:06d}.html")
        rates = []
        for _ in range(repeat + 1):
            out = tempfile.mkdtemp()
            run = subprocess.run([str(binary), "--jobs", "1", "--out", out, tmp],
                                 capture_output=True, text=True)
            match = re.search(r"docs_per_s=([0-9.]+)", run.stderr)
            if run.returncode != 0 or not match:
                print(f"the example binary failed: {run.stderr[-500:]}", file=sys.stderr)
                return None
            rates.append(float(match.group(1)))
        return max(rates[1:])


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", help="HTML files or directories (default: corpus/)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--threads", type=int, default=0)
    parser.add_argument("--rust", type=Path,
                        default=ROOT / "target" / "release" / "examples" / "extract")
    parser.add_argument("--only", help="run only the extractors whose name has this word")
    args = parser.parse_args(argv)

    files = html_files(args.paths or [str(ROOT / "corpus")])
    if not files:
        parser.error("no HTML files")
    pages = [f.read_bytes() for f in files]
    megabytes = sum(map(len, pages)) / 1e6
    print(f"{len(pages)} pages, {megabytes:.1f} MB, one core, best of {args.repeat}")

    rows = []
    rust = None if args.only and args.only not in "rust" else rust_rate(args.rust, files, args.repeat)
    if rust:
        rows.append(("deboiler (Rust example, --jobs 1)", rust))
    for name, extract in python_extractors():
        if args.only and args.only not in name:
            continue

        def run(extract=extract):
            for f in files:
                extract(f.read_bytes())

        rows.append((name, best_rate(run, len(pages), args.repeat)))
    if args.threads > 1:
        import deboiler

        extractor = deboiler.Extractor()

        def threaded():
            with ThreadPoolExecutor(args.threads) as pool:
                for _ in pool.map(lambda f: extractor.extract(f.read_bytes()).text, files):
                    pass

        rows.append((f"deboiler (Python, {args.threads} threads)",
                     best_rate(threaded, len(pages), args.repeat)))

    base = next((rate for name, rate in rows if name == "deboiler (Python)"), None)
    width = max(len(name) for name, _ in rows)
    print(f"{'extractor':<{width}}  pages/s    MB/s  vs deboiler (Python)")
    for name, rate in rows:
        ratio = f"{rate / base:.2f}x" if base else "-"
        print(f"{name:<{width}}  {rate:7.1f}  {rate * megabytes / len(pages):6.2f}  {ratio}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
