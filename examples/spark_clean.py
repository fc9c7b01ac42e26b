"""Clean a text column with dechaff on Spark: JSONL or Parquet in, Parquet out.

    spark-submit examples/spark_clean.py pages.jsonl cleaned/            # or python examples/...
    python examples/spark_clean.py pages/ cleaned/ --column text --master local[2]

Each executor cleans whole Arrow batches with `Cleaner.clean_arrow` inside `mapInArrow`: no row
is converted to a Python object. The output keeps the input's columns, with the text column
cleaned, and adds title, byline, authors, date, published, updated, language and removed.
"""

from __future__ import annotations

import argparse
import os
import sys

import pyarrow as pa

import dechaff

METADATA = ["title", "byline", "authors", "date", "published", "updated", "language", "removed"]


def clean_frame(frame, cleaner: dechaff.Cleaner, column: str = "text"):
    """The DataFrame with `column` cleaned and dechaff's metadata columns added."""
    from pyspark.sql.types import ArrayType, IntegerType, MapType, StringType, StructField, StructType

    added = {
        "authors": ArrayType(StringType()),
        "removed": MapType(StringType(), IntegerType()),
    }
    schema = StructType(frame.schema.fields + [StructField(name, added.get(name, StringType())) for name in METADATA])

    def clean_batches(batches):
        for batch in batches:
            cleaned = cleaner.clean_arrow(batch.column(column))
            columns = [cleaned.field("text") if name == column else batch.column(name) for name in batch.schema.names]
            columns += [cleaned.field(name) for name in METADATA]
            yield pa.RecordBatch.from_arrays(columns, names=batch.schema.names + METADATA)

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
