"""Extract the HTML pages of WARC files with PySpark, into Parquet or JSON lines.

    spark-submit spark_warc.py [--format parquet|jsonl] [--body text|markdown]
        [--comments] [--partitions N] OUT WARC...

Each WARC file is one task. A local path (or ``file:``) is opened by the
executor itself and read one record at a time; any other URL (``s3a://``,
``hdfs://``, ``gs://``) is read through Spark's file systems
(``binaryFiles``), whole, so give such files executor memory to match. The
output has one row per HTML page, in the columns of ``SCHEMA``: the
record's URL, id, date and offset, then the title, the content, the main
metadata, and ``error`` for a page that could not be extracted (binary, over
a limit). Records that are not HTML pages are counted, not written; the
counts are printed at the end.

Locally, with ``pip install pyspark`` and Java 17::

    python spark_warc.py --master 'local[2]' out/ crawl-00.warc.gz crawl-01.warc.gz
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Iterator, List, Optional, Sequence
from urllib.parse import urlparse

COUNTS = ("records", "pages", "not_response", "not_html", "not_ok", "too_large",
          "truncated", "malformed")


#: The output's columns, in order; "body" stands for the content's, which
#: is named for what it holds ("text" or "markdown").
COLUMNS = ("warc_file", "url", "record_id", "date", "offset", "title", "body", "authors",
           "published", "language", "site_name", "page_type", "error")
#: The columns taken from the page's metadata.
METADATA = ("authors", "published", "language", "site_name", "page_type")


def schema(body: str):
    """The output's columns; ``body`` names the content's."""
    from pyspark.sql.types import ArrayType, LongType, StringType, StructField, StructType

    def field(name: str) -> StructField:
        if name == "offset":
            return StructField(name, LongType(), False)
        if name == "authors":
            return StructField(name, ArrayType(StringType()), True)
        return StructField(body if name == "body" else name, StringType(), True)

    return StructType([field(name) for name in COLUMNS])


def row(body: str, warc_file: str, fields: dict) -> tuple:
    """One row from the fields of a page (``WarcDocument.to_dict``): a
    missing one is null, a missing offset 0."""
    metadata = fields.get("metadata") or {}
    values = {**fields, **{name: metadata.get(name) for name in METADATA}}
    values.update(warc_file=warc_file, body=fields.get(body), offset=fields.get("offset", 0))
    return tuple(values.get(name) for name in COLUMNS)


def rows(warc_file: str, source, body: str, comments: bool, counts) -> Iterator[tuple]:
    """The rows of one WARC file (a local path or its bytes)."""
    import deboiler

    pages = deboiler.extract_warc(source, comments=comments)
    try:
        for page in pages:
            yield row(body, warc_file, page.to_dict(body))
    except deboiler.WarcFormatError as error:
        # Not a WARC file: one row says so; the job goes on.
        yield row(body, warc_file, {"error": f"not a WARC file: {error}"})
    stats = pages.stats
    for name in COUNTS:
        counts[name].add(stats[name])


def is_local(path: str) -> bool:
    scheme = urlparse(path).scheme
    return scheme in ("", "file") or len(scheme) == 1  # `C:\...` on Windows


def local_path(path: str) -> str:
    return urlparse(path).path if path.startswith("file:") else path


def run(spark, paths: Sequence[str], out: str, fmt: str = "parquet", body: str = "text",
        comments: bool = False, partitions: Optional[int] = None) -> dict:
    """Extracts ``paths`` into ``out``; returns the record counts."""
    sc = spark.sparkContext
    # Imported rather than run, this module's functions are pickled by
    # reference: the workers need the file itself.
    sc.addPyFile(os.path.abspath(__file__))
    # Accumulators updated in a transformation count again if a task is
    # retried: the counts are a report, not an invariant.
    counts = {name: sc.accumulator(0) for name in COUNTS}
    local = [p for p in paths if is_local(p)]
    remote = [p for p in paths if not is_local(p)]
    parts = []
    if local:
        rdd = sc.parallelize(local, partitions or len(local))
        parts.append(rdd.flatMap(
            lambda p: rows(p, local_path(p), body, comments, counts)))
    if remote:
        files = sc.binaryFiles(",".join(remote), partitions or len(remote))
        parts.append(files.flatMap(
            lambda pb: rows(pb[0], bytes(pb[1]), body, comments, counts)))
    rdd = parts[0] if len(parts) == 1 else sc.union(parts)
    frame = spark.createDataFrame(rdd, schema(body))
    writer = frame.write.mode("overwrite")
    if fmt == "parquet":
        writer.parquet(out)
    else:
        writer.json(out)
    return {name: acc.value for name, acc in counts.items()}


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", help="output directory (Spark writes part files in it)")
    parser.add_argument("warc", nargs="+", help="WARC files: paths or s3a://, hdfs:// URLs")
    parser.add_argument("--format", choices=("parquet", "jsonl"), default="parquet")
    parser.add_argument("--body", choices=("text", "markdown"), default="text")
    parser.add_argument("--comments", action="store_true", help="keep readers' comments")
    parser.add_argument("--partitions", type=int, help="tasks (default: one per file)")
    parser.add_argument("--master", help="Spark master, e.g. local[2] (spark-submit sets it)")
    args = parser.parse_args(argv)

    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("deboiler-warc")
    if args.master:
        builder = builder.master(args.master)
        if args.master.startswith("local") and "PYSPARK_PYTHON" not in os.environ:
            # Local workers run this interpreter, where deboiler is
            # installed, not whatever `python3` is first on the PATH
            # (PySpark reads the variable when the context starts).
            os.environ["PYSPARK_PYTHON"] = sys.executable
    spark = builder.getOrCreate()
    try:
        counts = run(spark, args.warc, args.out, args.format, args.body, args.comments,
                     args.partitions)
    finally:
        spark.stop()
    print(" ".join(f"{name}={value}" for name, value in counts.items()), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
