"""dechaff strips boilerplate from the plain text of article pages.

    >>> import dechaff
    >>> page = "Skip to main content\\n\\nThe river rose two metres overnight and flooded the old town, " \\
    ...        "the mayor said on Sunday.\\n\\n© 2025 Example Media. All rights reserved."
    >>> dechaff.clean(page).text
    'The river rose two metres overnight and flooded the old town, the mayor said on Sunday.'

`clean` uses the default settings; build a `Cleaner` once to choose others and to clean batches
(`clean_batch`) or Arrow arrays (`clean_arrow`) in parallel. `clean_table` cleans a column of a
pyarrow, pandas or Polars table, or of a Hugging Face `datasets` batch, into a table with the
metadata columns added.
"""

from ._dechaff import Block, Cleaned, Cleaner, __version__, families, languages

__all__ = [
    "Block",
    "Cleaned",
    "Cleaner",
    "Rule",
    "clean",
    "clean_table",
    "families",
    "languages",
    "__version__",
]

# The columns `clean_table` adds after the cleaned text, in order: `Cleaned.to_dict`'s keys but `text`.
_METADATA = ("title", "byline", "authors", "date", "published", "updated", "language", "page_type", "removed")


def __getattr__(name):
    """`Rule`, defined on first use: its base, `typing.TypedDict`, would make `import dechaff`
    import `typing` (about 40 million instructions, a third of the import and first `clean`)."""
    if name != "Rule":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    global Rule
    from typing import Sequence, TypedDict, Union

    class Rule(TypedDict, total=False):
        """A user rule for `Cleaner(rules=[...])`, checked as a rules file's table: `name` is the
        reason of what it removes (not empty, not a built-in reason's such as "body"); give `phrases`
        and/or `regex`, each a string or a list of strings, and no other key."""

        name: str
        phrases: Union[str, Sequence[str]]
        regex: Union[str, Sequence[str]]

    return Rule


def __dir__():
    """The module's names, `Rule` among them before its first use."""
    return sorted({*globals(), "Rule"})


_DEFAULT = Cleaner()


def clean(text, url=None, **settings):
    """Cleans one page, fetched from `url` when given (a day in its path is the publication date);
    `settings` are `Cleaner`'s keyword arguments (none: the defaults)."""
    return (Cleaner(**settings) if settings else _DEFAULT).clean(text, url)


def clean_table(table, column="text", *, cleaner=None, prefix=""):
    """Cleans the string column `column` of a table into a pyarrow `Table`: the table's columns in
    order, `column` holding the cleaned text, then title, byline, authors, date, published,
    updated, language, page_type and removed, each name after `prefix`.

    `table` is a pyarrow `Table` or `RecordBatch`, or anything `pyarrow.table` takes: a pandas or
    Polars DataFrame, a dict of columns (a `datasets` batch). `cleaner` defaults to `Cleaner()`.
    A null text stays null, with null metadata, no authors and nothing removed.

    Raises:
        KeyError: the table has no column `column`.
        TypeError: the column does not hold strings.
        ValueError: the table already has a column of an added name (give a `prefix`).
        ImportError: pyarrow is not installed (`pip install "dechaff[arrow]"`).
    """
    pa = _pyarrow("clean_table")
    if isinstance(table, pa.RecordBatch):
        table = pa.Table.from_batches([table])
    elif not isinstance(table, pa.Table):
        table = pa.table(table)
    names = table.column_names
    if column not in names:
        raise KeyError(f"no column {column!r} to clean (columns: {', '.join(names)})")
    clash = [prefix + name for name in _METADATA if prefix + name in names and prefix + name != column]
    if clash:
        raise ValueError(f"the table already has the column(s) {', '.join(clash)}: give clean_table a prefix")
    try:
        cleaned = (cleaner if cleaner is not None else _DEFAULT).clean_arrow(table.column(column))
    except TypeError as e:
        raise TypeError(f"column {column!r}: {e}") from None
    fields = dict(zip([field.name for field in cleaned.type], cleaned.flatten()))
    table = table.set_column(names.index(column), column, fields["text"])
    for name in _METADATA:
        table = table.append_column(prefix + name, fields[name])
    return table


def _pyarrow(needed_by):
    """pyarrow, or an `ImportError` that says how to install it."""
    try:
        import pyarrow
    except ImportError as e:
        raise ImportError(f'{needed_by} needs pyarrow: pip install "dechaff[arrow]"') from e
    return pyarrow


def _cleaner(settings):
    """Rebuilds a pickled `Cleaner` from its settings."""
    return Cleaner(**settings)
