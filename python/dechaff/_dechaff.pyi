"""Type stubs of dechaff's native module, re-exported by `dechaff`."""

from __future__ import annotations

import datetime
import os
from typing import Iterable, Mapping, Sequence, Union, final

import pyarrow

from . import Rule

__all__ = ["Cleaner", "Cleaned", "Block", "families", "languages", "__version__"]

__version__: str

# The native classes cannot be subclassed (`final`).
@final
class Block:
    """One block of the input with its verdict."""

    @property
    def start(self) -> int:
        """Character offset of the block's first character in the input string."""
    @property
    def end(self) -> int:
        """Character offset just past the block: `input[start:end] == text`."""
    @property
    def line(self) -> int:
        """1-based line number."""
    @property
    def kept(self) -> bool:
        """Whether the block is in the cleaned text."""
    @property
    def reason(self) -> str:
        """`body`, `restored` (kept by the learned layer though the heuristics removed it) or
        `unsure` (kept on a page that reads as no article, where the heuristics kept almost
        nothing) when kept, else what removed it: `navigation`, `legal`, a user rule's name ..."""
    @property
    def signals(self) -> str | None:
        """The signals that moved the learned layer to keep a `restored` block, comma-separated;
        None for any other block."""
    @property
    def text(self) -> str:
        """The block's text, trimmed: `input[start:end]`."""

@final
class Cleaned:
    """One page, cleaned."""

    @property
    def text(self) -> str:
        """The kept blocks: lines of one paragraph on consecutive lines, paragraphs apart by a blank line."""
    @property
    def title(self) -> str | None:
        """The headline, or None when the page shows none."""
    @property
    def byline(self) -> str | None:
        """The byline as written, without "By"."""
    @property
    def authors(self) -> list[str]:
        """The names in the byline, without roles, agencies or dates."""
    @property
    def date(self) -> str | None:
        """The publication date as written on the page."""
    @property
    def published(self) -> str | None:
        """The publication date in ISO 8601: `2025-03-03`, or `2025-03-03T10:00+01:00` when a time is written."""
    @property
    def updated(self) -> str | None:
        """The date the page says it was updated, in ISO 8601."""
    @property
    def language(self) -> str | None:
        """The language code whose stopwords were used, or None when no list describes the page."""
    @property
    def page_type(self) -> str | None:
        """The page's kind as the page model reads the text: `article`, `forum`, `listing`,
        `collection`, `product`, `documentation` or `service`; None when the model is not sure
        (probability under 0.5), with the heuristics or the learned layer off, and for an extract."""
    @property
    def found(self) -> dict[str, str | None]:
        """Where the title, byline and publication date were found: `{"title": "line 5",
        "byline": None, "published": "url"}`, a line of the input or the page's URL."""
    @property
    def blocks(self) -> list[Block]:
        """Every block of the input, in order, with character offsets (built on each access from
        the page's compact verdicts; a `Block` keeps its page alive)."""
    @property
    def removed(self) -> dict[str, int]:
        """Blocks removed, counted per reason."""
    def explain(self) -> str:
        """Every block on a line: `+` kept or `-` removed, line number, reason, text."""
    def to_dict(self) -> dict[str, object]:
        """text, title, byline, authors, date, published, updated, language, page_type and removed, as a dict."""

@final
class Cleaner:
    """Cleans article pages; reusable, thread-safe, picklable (by its settings)."""

    def __new__(
        cls,
        *,
        families: str | Iterable[str] | None = None,
        disable: str | Iterable[str] | None = None,
        rules: Iterable[Rule] | None = None,
        rules_file: str | os.PathLike[str] | None = None,
        rules_toml: str | None = None,
        thresholds: Mapping[str, float] | None = None,
        heuristics: bool = True,
        learned: bool = True,
        keep_title: bool = False,
        language: str | None = None,
        input: str = "auto",
        reference_time: Union[str, datetime.datetime, datetime.date, None] = None,
        threads: int | None = None,
    ) -> Cleaner:
        """
        Args:
            families: the only rule families to use (`dechaff.families()`); the others are off.
            disable: rule families to switch off (`dechaff.families()`), a list or comma-separated.
            rules: user rules, tried before the built-in families.
            rules_file: a TOML rules file (one table per rule, with `phrases` and/or `regex`), at most 16 MiB.
            rules_toml: the text of such a file.
            thresholds: heuristic thresholds by name, e.g. `{"headline_run": 5}`.
            heuristics: False for rules only.
            learned: False to let the heuristics decide alone, without the learned layer (which
                keeps blocks they removed that are very likely content, and reads `page_type`).
            keep_title: put the title at the start of the text.
            language: fix the language (`dechaff.languages()`) instead of detecting it.
            input: `page`, `extracted` (an HTML extractor's output) or `auto`.
            reference_time: when the pages were fetched, for relative dates ("2 hours ago").
            threads: threads for `clean_batch` and `clean_arrow`, 1 to 1024 (default: one per core).

        Raises:
            ValueError: an unknown name, an invalid rule (named), an out-of-range threshold or
                thread count, or a rules file over 16 MiB.
            TypeError: a rule that is not a dict, or a value of the wrong type in one.
        """
    @property
    def settings(self) -> dict[str, object]:
        """The keyword arguments that make this cleaner again."""
    def clean(self, text: str, url: str | None = None) -> Cleaned:
        """Cleans one page (the GIL is released while it runs); a day in `url`'s path is its
        publication date."""
    def clean_batch(
        self,
        texts: Iterable[str | None],
        *,
        urls: Iterable[str | None] | None = None,
        threads: int | None = None,
    ) -> list[Cleaned | None]:
        """Cleans many pages in parallel without the GIL; order kept, None in gives None out.

        `urls`: each page's URL (or None), one per text, read for the publication date.

        Raises:
            TypeError: a text or URL that is neither a str nor None (its index is named).
            KeyboardInterrupt: on Ctrl-C, after the pages in hand (signals are checked every 50 ms).
            RuntimeError: a thread could not be started.
        """
    def clean_arrow(
        self,
        array: pyarrow.Array | pyarrow.ChunkedArray | Sequence[str | None],
        *,
        threads: int | None = None,
    ) -> pyarrow.StructArray | pyarrow.ChunkedArray:
        """Cleans a string, large_string or string_view array without copying it.

        Returns a struct array with the fields text, title, byline, authors (list of strings),
        date, published, updated, language, page_type and removed (map of reason to count); a null text
        gives a row of a null text, null metadata, no authors and nothing removed. A chunked
        array gives a chunked array. The strings are `large_string` when the
        input is, or when a field's values would pass 2 GiB; else `string`.

        Raises:
            ValueError: a value that is not UTF-8 (its row is named), or a malformed array.
            TypeError: an array of something else than strings.
            KeyboardInterrupt: on Ctrl-C, after the pages in hand.
            ImportError: pyarrow is not installed (`pip install "dechaff[arrow]"`).
        """

def families() -> list[str]:
    """Every rule family's name."""

def languages() -> list[str]:
    """Every language code with a stopword list."""
