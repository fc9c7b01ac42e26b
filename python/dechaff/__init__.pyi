from typing import Sequence, TypedDict, Union

import pyarrow

from ._dechaff import Block as Block
from ._dechaff import Cleaned as Cleaned
from ._dechaff import Cleaner as Cleaner
from ._dechaff import __version__ as __version__
from ._dechaff import families as families
from ._dechaff import languages as languages

__all__ = ["Block", "Cleaned", "Cleaner", "Rule", "clean", "clean_table", "families", "languages", "__version__"]

class Rule(TypedDict, total=False):
    """A user rule for `Cleaner(rules=[...])`, checked as a rules file's table: `name` is the
    reason of what it removes (not empty, not a built-in reason's such as "body"); give `phrases`
    and/or `regex`, each a string or a list of strings, and no other key."""

    name: str
    phrases: Union[str, Sequence[str]]
    regex: Union[str, Sequence[str]]

def clean(text: str, url: str | None = None, **settings: object) -> Cleaned:
    """Cleans one page; `settings` are `Cleaner`'s keyword arguments (none: the defaults)."""

def clean_table(table: object, column: str = "text", *, cleaner: Cleaner | None = None, prefix: str = "") -> pyarrow.Table:
    """Cleans the string column `column` of a table (pyarrow, pandas, Polars, a dict of columns)
    into a pyarrow `Table`: its columns, `column` cleaned, then title, byline, authors, date,
    published, updated, language, page_type and removed, each name after `prefix`. A null text stays null,
    with null metadata, no authors and nothing removed.

    Raises:
        KeyError: the table has no column `column`.
        TypeError: the column does not hold strings.
        ValueError: the table already has a column of an added name (give a `prefix`).
        ImportError: pyarrow is not installed (`pip install "dechaff[arrow]"`).
    """
