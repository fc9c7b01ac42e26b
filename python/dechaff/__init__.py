"""dechaff strips boilerplate from the plain text of article pages.

    >>> import dechaff
    >>> page = "Skip to main content\\n\\nThe river rose two metres overnight and flooded the old town, " \\
    ...        "the mayor said on Sunday.\\n\\n© 2025 Example Media. All rights reserved."
    >>> dechaff.clean(page).text
    'The river rose two metres overnight and flooded the old town, the mayor said on Sunday.'

`clean` uses the default settings; build a `Cleaner` once to choose others and to clean batches
(`clean_batch`) or Arrow arrays (`clean_arrow`) in parallel.
"""

from ._dechaff import Block, Cleaned, Cleaner, __version__, families, languages

__all__ = ["Block", "Cleaned", "Cleaner", "clean", "families", "languages", "__version__"]

_DEFAULT = Cleaner()


def clean(text, url=None, **settings):
    """Cleans one page, fetched from `url` when given (a day in its path is the publication date);
    `settings` are `Cleaner`'s keyword arguments (none: the defaults)."""
    return (Cleaner(**settings) if settings else _DEFAULT).clean(text, url)


def _cleaner(settings):
    """Rebuilds a pickled `Cleaner` from its settings."""
    return Cleaner(**settings)
