"""Clean the text column of a pandas DataFrame with dechaff: JSONL in, JSONL out.

    pip install "./python[arrow]" pandas
    python examples/pandas_clean.py examples/records.jsonl cleaned.jsonl

`dechaff.clean_table` cleans the column on all cores without a Python string per row and returns
an Arrow table: the frame's columns, the text cleaned, then title, byline, authors, date,
published, updated, language, page_type and removed (a dict of reason to count).
"""

from __future__ import annotations

import sys

import pandas as pd

import dechaff


def clean_frame(frame: pd.DataFrame, column: str = "text") -> pd.DataFrame:
    """The frame with `column` cleaned and dechaff's metadata columns added."""
    return dechaff.clean_table(frame, column).to_pandas(maps_as_pydicts="strict")


if __name__ == "__main__":
    source, target = sys.argv[1:3] if len(sys.argv) > 2 else ("examples/records.jsonl", "cleaned.jsonl")
    frame = clean_frame(pd.read_json(source, lines=True, dtype=False))
    frame.to_json(target, orient="records", lines=True, force_ascii=False)
    print(frame[["title", "language", "removed"]])
