"""Clean a text column with dechaff on Spark: JSONL or Parquet in, Parquet out.

    pip install "./python[spark]"        # and a Java runtime (17 or later) for Spark itself
    python examples/spark_clean.py examples/records.jsonl cleaned/ --master 'local[2]'
    spark-submit examples/spark_clean.py pages/ cleaned/ --column text    # on a cluster

Each executor cleans whole Arrow batches with `dechaff.clean_table` inside `mapInArrow`: no row
is converted to a Python object. The output keeps the input's columns, with the text column
cleaned, and adds title, byline, authors, date, published, updated, language, page_type and removed. A
null text stays null, with null metadata, no authors and nothing removed.
"""

from __future__ import annotations

import argparse
import os
import sys

import dechaff

METADATA = ["title", "byline", "authors", "date", "published", "updated", "language", "page_type", "removed"]


def clean_frame(frame, cleaner: dechaff.Cleaner, column: str = "text"):
    """The DataFrame with `column` cleaned and dechaff's metadata columns added.

    Raises `KeyError` when the frame has no `column`, `TypeError` when it is not of strings and
    `ValueError` when the frame already has a column of one of the added names.
    """
    from pyspark.sql.types import ArrayType, IntegerType, MapType, StringType, StructField, StructType

    # Checked here, on the driver, so the error is not buried in an executor's traceback.
    if column not in frame.columns:
        raise KeyError(f"no column {column!r} to clean (columns: {', '.join(frame.columns)})")
    if not isinstance(frame.schema[column].dataType, StringType):
        raise TypeError(f"column {column!r} holds {frame.schema[column].dataType.simpleString()}, not strings")
    clash = [name for name in METADATA if name in frame.columns and name != column]
    if clash:
        raise ValueError(f"the frame already has the column(s) {', '.join(clash)} that dechaff adds: rename them first")
    added = {
        "authors": ArrayType(StringType()),
        "removed": MapType(StringType(), IntegerType()),
    }
    schema = StructType(frame.schema.fields + [StructField(name, added.get(name, StringType())) for name in METADATA])

    def clean_batches(batches):
        for batch in batches:
            yield from dechaff.clean_table(batch, column, cleaner=cleaner).to_batches()

    return frame.mapInArrow(clean_batches, schema)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", help="JSONL or Parquet file or folder")
    parser.add_argument("output", help="Parquet folder to write")
    parser.add_argument("--column", default="text")
    parser.add_argument("--master", default=None, help="e.g. local[2]; default: spark-submit's")
    args = parser.parse_args(argv)

    from pyspark.sql import SparkSession

    # Local workers run this interpreter (a virtual environment's, say), where dechaff is installed.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)

    builder = SparkSession.builder.appName("dechaff")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    reader = spark.read.parquet if args.input.endswith(".parquet") else spark.read.json
    frame = reader(args.input)
    # The cleaner travels to the executors inside the closure, pickled by its settings.
    clean_frame(frame, dechaff.Cleaner(threads=1), args.column).write.mode("overwrite").parquet(args.output)
    spark.stop()


if __name__ == "__main__":
    main()
