"""Clean the text column of a Hugging Face dataset with dechaff in `Dataset.map(batched=True)`.

    pip install "./python[arrow]" datasets
    python examples/hf_datasets_clean.py examples/records.jsonl cleaned.jsonl

In the `arrow` format each batch reaches `dechaff.clean_table` as an Arrow table, with no Python
string per row; the function returns the batch with the text cleaned and title, byline, authors,
date, published, updated, language, page_type and removed added. `datasets` has no map type, so `removed`
becomes a list of {"reason", "count"}. Give `map` a `num_proc` to clean batches in several
processes (then give each a cleaner of one thread: `clean_table(..., cleaner=Cleaner(threads=1))`).
"""

from __future__ import annotations

import sys

import datasets
import pyarrow as pa

import dechaff


def clean_batch(batch: pa.Table, column: str = "text") -> pa.Table:
    """One batch of the dataset with `column` cleaned and the metadata added."""
    table = dechaff.clean_table(batch, column)
    removed = table.column("removed")
    as_list = pa.list_(pa.struct([("reason", removed.type.key_type), ("count", pa.int32())]))
    return table.set_column(table.column_names.index("removed"), "removed", removed.cast(as_list))


def clean_dataset(dataset: datasets.Dataset, column: str = "text") -> datasets.Dataset:
    """The dataset with `column` cleaned and dechaff's metadata columns added."""
    cleaned = dataset.with_format("arrow").map(clean_batch, batched=True, fn_kwargs={"column": column})
    return cleaned.with_format(None)


if __name__ == "__main__":
    source, target = sys.argv[1:3] if len(sys.argv) > 2 else ("examples/records.jsonl", "cleaned.jsonl")
    dataset = clean_dataset(datasets.Dataset.from_json(source))
    dataset.to_json(target, force_ascii=False)
    print(dataset.select_columns(["title", "language", "removed"]).to_pandas())
