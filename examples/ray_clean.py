"""Clean a text column with dechaff on Ray Data: JSONL or Parquet in, Parquet out.

    pip install "./python[ray]"
    python examples/ray_clean.py examples/records.jsonl cleaned/ --concurrency 1

Batches reach `Cleaner.clean_arrow` as Arrow tables (`batch_format="pyarrow"`), so the text is
never converted to Python strings. Workers are actors that build their cleaner once. The output
keeps the input's columns, with the text column cleaned, and adds title, byline, authors, date,
published, updated, language, page_type and removed. A null text stays null, with null metadata, no
authors and nothing removed.
"""

from __future__ import annotations

import argparse

import pyarrow as pa

import dechaff

class CleanBatch:
    """A Ray Data callable class: one cleaner per actor, reused for every batch."""

    def __init__(self, column: str = "text", **settings):
        self.column = column
        self.cleaner = dechaff.Cleaner(threads=1, **settings)

    def __call__(self, batch: pa.Table) -> pa.Table:
        return dechaff.clean_table(batch, self.column, cleaner=self.cleaner)


def clean_dataset(dataset, column: str = "text", concurrency: int | None = None, **settings):
    """The dataset with `column` cleaned and dechaff's metadata columns added.

    `concurrency` is the number of cleaning actors (each takes one CPU); `None` lets Ray scale
    them. Leave a CPU for reading: on a 2-CPU cluster, use 1.
    """
    options = {} if concurrency is None else {"concurrency": concurrency}
    return dataset.map_batches(
        CleanBatch,
        fn_constructor_kwargs={"column": column, **settings},
        batch_format="pyarrow",
        **options,
    )


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", help="JSONL or Parquet file or folder")
    parser.add_argument("output", help="Parquet folder to write")
    parser.add_argument("--column", default="text")
    parser.add_argument("--concurrency", type=int, default=None, help="cleaning actors (default: Ray decides)")
    args = parser.parse_args(argv)

    import ray

    ray.init(ignore_reinit_error=True)
    # Rows come out in the order they went in.
    ray.data.DataContext.get_current().execution_options.preserve_order = True
    read = ray.data.read_parquet if args.input.endswith(".parquet") else ray.data.read_json
    clean_dataset(read(args.input), args.column, args.concurrency).write_parquet(args.output)


if __name__ == "__main__":
    main()
