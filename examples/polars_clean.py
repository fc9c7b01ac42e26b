"""Clean the text column of a Polars DataFrame with dechaff: JSONL in, JSONL out.

    pip install "./python[arrow]" polars
    python examples/polars_clean.py examples/records.jsonl cleaned.jsonl

Polars hands its strings to `dechaff.clean_table` through the Arrow C interface without a copy;
`pl.from_arrow` takes the result back: the frame's columns, the text cleaned, then title, byline,
authors, date, published, updated, language, page_type and removed (a list of reason and count).
"""

from __future__ import annotations

import sys

import polars as pl

import dechaff


def clean_frame(frame: pl.DataFrame, column: str = "text") -> pl.DataFrame:
    """The frame with `column` cleaned and dechaff's metadata columns added."""
    return pl.from_arrow(dechaff.clean_table(frame, column))


if __name__ == "__main__":
    source, target = sys.argv[1:3] if len(sys.argv) > 2 else ("examples/records.jsonl", "cleaned.jsonl")
    frame = clean_frame(pl.read_ndjson(source))
    frame.write_ndjson(target)
    print(frame.select("title", "language", "removed"))
