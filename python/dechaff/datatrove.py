"""A datatrove pipeline step that cleans each document's text with dechaff.

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from dechaff.datatrove import DechaffFilter

    LocalPipelineExecutor(
        pipeline=[JsonlReader("in/"), DechaffFilter(), JsonlWriter("out/")],
        tasks=4,
    ).run()

`doc.text` becomes the cleaned text (the URL in `doc.metadata["url"]`, when there is one, is read
for the publication date: `url_key` names another key, `None` none); `doc.metadata["dechaff"]` holds the title, byline, authors,
date (as written), published and updated (ISO 8601), language, page_type (the page's kind) and the
blocks removed per reason.
Documents left empty are dropped (reason `empty`, written to `exclusion_writer` if one is given)
unless `drop_empty=False`. A document whose text is `None` is dropped (reason `null_text`), with
the metadata every front end gives a null text (null fields, no authors, nothing removed): a
datatrove step measures `len(doc.text)` of each document it passes, and datatrove's readers skip
such records anyway. Statistics: `removed_<reason>` counts blocks removed per reason, `chars_in`
and `chars_out` the characters before and after.
"""

from __future__ import annotations

from datatrove.data import Document
from datatrove.pipeline.filters.base_filter import BaseFilter
from datatrove.pipeline.writers.disk_base import DiskWriter

from . import Cleaner


def _null_metadata() -> dict:
    """The metadata of a document whose text is None, as `clean_table` gives a null text."""
    return {
        "title": None,
        "byline": None,
        "authors": [],
        "date": None,
        "published": None,
        "updated": None,
        "language": None,
        "page_type": None,
        "removed": {},
    }


class DechaffFilter(BaseFilter):
    """Rewrites `doc.text` with dechaff's cleaned text and records what was removed.

    Args:
        cleaner: a `dechaff.Cleaner`; when `None`, one is built from `settings`.
        drop_empty: drop documents whose cleaned text is empty (reason `empty`).
        metadata_key: the key of `doc.metadata` that receives the metadata; `None` for none.
        batch_size: documents cleaned together, in parallel on the cleaner's threads.
        url_key: the key of `doc.metadata` holding the page's URL; `None` to read none.
        exclusion_writer: where dropped documents go, as for any datatrove filter.
        **settings: `Cleaner` keyword arguments, when `cleaner` is not given.
    """

    name = "🧹 dechaff"

    def __init__(
        self,
        cleaner: Cleaner | None = None,
        drop_empty: bool = True,
        metadata_key: str | None = "dechaff",
        batch_size: int = 256,
        exclusion_writer: DiskWriter | None = None,
        url_key: str | None = "url",
        **settings,
    ):
        super().__init__(exclusion_writer=exclusion_writer, batch_size=batch_size)
        if cleaner is not None and settings:
            raise ValueError("give a cleaner or its settings, not both")
        self.cleaner = cleaner if cleaner is not None else Cleaner(**settings)
        self.drop_empty = drop_empty
        self.metadata_key = metadata_key
        self.url_key = url_key

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        return self.filter_batch([doc])[0]

    def filter_batch(self, batch: list[Document]) -> list[bool | tuple[bool, str]]:
        results: list[bool | tuple[bool, str]] = []
        urls = None
        if self.url_key is not None:
            urls = [doc.metadata.get(self.url_key) for doc in batch]
            urls = [url if isinstance(url, str) else None for url in urls]
        for doc, cleaned in zip(batch, self.cleaner.clean_batch([doc.text for doc in batch], urls=urls)):
            if cleaned is None:
                if self.metadata_key is not None:
                    doc.metadata[self.metadata_key] = _null_metadata()
                results.append((False, "null_text"))
                continue
            self.stat_update("chars_in", value=len(doc.text))
            for reason, count in cleaned.removed.items():
                self.stat_update(f"removed_{reason}", value=count)
            doc.text = cleaned.text
            self.stat_update("chars_out", value=len(doc.text))
            if self.metadata_key is not None:
                doc.metadata[self.metadata_key] = cleaned.to_dict()
                del doc.metadata[self.metadata_key]["text"]
            results.append((False, "empty") if self.drop_empty and not doc.text else True)
        return results
