"""The Spark job (examples/spark_warc.py) in local mode over WARC files
written from the corpus: every page comes out, with the text the Rust
library gives.

The Rust side is the example binary's JSON lines over the same files when
``DEBOILER_EXTRACT`` names it (CI builds it), else the corpus's expected
texts, which `cargo test --test corpus` holds to the library. Skipped
without pyspark or Java, unless ``DEBOILER_REQUIRE_SPARK`` is set (CI)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from warcfile import corpus_pages, expected_text, write_crawl

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
REQUIRED = bool(os.environ.get("DEBOILER_REQUIRE_SPARK"))


def need(module: str):
    if REQUIRED:
        return __import__(module)
    return pytest.importorskip(module)


@pytest.fixture(scope="module")
def spark(tmp_path_factory):
    need("pyspark")
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        if REQUIRED:
            pytest.fail("DEBOILER_REQUIRE_SPARK is set but Java is not on the PATH")
        pytest.skip("Spark needs Java")
    from pyspark.sql import SparkSession

    # Spark's Python workers run `python -m` in the driver's directory,
    # which puts it first on their path: from python/, the package's
    # sources (without the compiled module) would hide the installed one.
    here = os.getcwd()
    os.chdir(tmp_path_factory.mktemp("spark-cwd"))
    # The workers run this interpreter (where deboiler is installed), not
    # whatever `python3` is first on the PATH: PySpark reads the variable
    # when the context starts.
    worker_python = os.environ.get("PYSPARK_PYTHON")
    os.environ["PYSPARK_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2]")
        .appName("deboiler-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    yield session
    session.stop()
    os.chdir(here)
    if worker_python is None:
        del os.environ["PYSPARK_PYTHON"]
    else:
        os.environ["PYSPARK_PYTHON"] = worker_python


def rust_texts(paths) -> dict:
    """url -> text, from the Rust example binary or the corpus's expected files."""
    binary = os.environ.get("DEBOILER_EXTRACT")
    if binary:
        out = subprocess.run(
            [binary, "--warc", *map(str, paths)], check=True, capture_output=True
        ).stdout.decode()
        lines = [json.loads(line) for line in out.splitlines() if line.strip()]
        return {line["url"]: line["text"] for line in lines}
    return {url: expected_text(url) for url, _ in corpus_pages()}


@pytest.mark.parametrize("fmt", ["parquet", "jsonl"])
def test_spark_job_gives_every_page_with_the_rust_text(spark, tmp_path, fmt):
    sys.path.insert(0, str(EXAMPLES))
    import spark_warc

    paths = write_crawl(tmp_path / "warc", 3)
    # One file that is no WARC: a row with its error, not a failed job.
    junk = tmp_path / "warc" / "junk.warc"
    junk.write_bytes(b"<html>not a warc</html>")
    out = tmp_path / f"out-{fmt}"
    counts = spark_warc.run(spark, [str(p) for p in paths + [junk]], str(out), fmt=fmt)

    frame = spark.read.parquet(str(out)) if fmt == "parquet" else spark.read.json(str(out))
    got = {r["url"]: r for r in frame.collect() if r["url"] is not None}
    errors = [r for r in frame.collect() if r["url"] is None]
    want = rust_texts(paths)
    assert len(want) == len(corpus_pages())
    assert sorted(got) == sorted(want)
    different = [url for url in want if got[url]["text"] != want[url]]
    assert different == [], f"{len(different)} pages differ from the Rust API's text"
    assert all(r["error"] is None for r in got.values())
    assert [r["warc_file"].endswith("junk.warc") for r in errors] == [True]
    assert counts["pages"] == len(want)
    assert counts["not_html"] == counts["not_ok"] > 0


def test_spark_submit_on_a_cluster_with_a_packed_environment(tmp_path):
    """The README's cluster recipe: the package installed in a virtual
    environment packed with venv-pack (``DEBOILER_PACKED_ENV``, which CI
    makes), shipped with ``--archives``, and spark-submit on a local
    cluster whose executors are processes of their own, each running
    ``./environment/bin/python`` from the unpacked archive."""
    packed = os.environ.get("DEBOILER_PACKED_ENV")
    if not packed:
        if REQUIRED:
            pytest.fail("DEBOILER_REQUIRE_SPARK is set but DEBOILER_PACKED_ENV is not")
        pytest.skip("no packed environment (DEBOILER_PACKED_ENV)")
    pyspark = need("pyspark")
    home = os.path.dirname(pyspark.__file__)
    paths = write_crawl(tmp_path / "warc", 2)
    out = tmp_path / "out"
    env = dict(
        os.environ,
        SPARK_HOME=home,
        PYSPARK_DRIVER_PYTHON=sys.executable,
        PYSPARK_PYTHON="./environment/bin/python",
    )
    run = subprocess.run(
        [
            os.path.join(home, "bin", "spark-submit"),
            "--master", "local-cluster[2,1,1024]",
            "--conf", "spark.ui.enabled=false",
            "--archives", f"{packed}#environment",
            str(EXAMPLES / "spark_warc.py"),
            "--format", "jsonl", str(out), *map(str, paths),
        ],
        env=env, capture_output=True, text=True, timeout=600, cwd=tmp_path,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    # spark-submit's Python runner sends the driver's standard error to
    # standard output.
    assert f"pages={len(corpus_pages())} " in run.stdout + run.stderr
    lines = [json.loads(line) for part in sorted(out.glob("part-*")) for line in
             part.read_text(encoding="utf-8").splitlines()]
    got = {line["url"]: line["text"] for line in lines}
    want = rust_texts(paths)
    assert sorted(got) == sorted(want)
    assert [url for url in want if got[url] != want[url]] == []
