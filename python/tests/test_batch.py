"""Batches and Arrow arrays: parallel, in order, nulls kept, the same as one page at a time."""

from __future__ import annotations

import multiprocessing
import threading

import pyarrow as pa
import pytest

import dechaff


def test_clean_batch_keeps_order_and_matches_clean(pages):
    cleaner = dechaff.Cleaner()
    texts = [text for _, text in pages] * 3
    for threads in [None, 1, 2, 7]:
        batch = cleaner.clean_batch(texts, threads=threads)
        assert [c.text for c in batch] == [cleaner.clean(t).text for t in texts]
        assert [c.removed for c in batch] == [cleaner.clean(t).removed for t in texts]


def test_clean_batch_takes_any_iterable_and_passes_nulls():
    cleaner = dechaff.Cleaner(threads=2)
    out = cleaner.clean_batch(iter(["Home > News\n\nThe river rose two metres overnight and flooded the old town, the mayor said.", None, ""]))
    assert out[0].text.startswith("The river rose") and out[1] is None and out[2].text == ""
    assert cleaner.clean_batch([]) == []


def test_a_cleaner_is_shared_by_threads(pages):
    cleaner = dechaff.Cleaner()
    want = [cleaner.clean(t).text for _, t in pages]
    got = {}

    def work(k):
        got[k] = [cleaner.clean(t).text for _, t in pages]

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(v == want for v in got.values())


def _clean_in_child(queue):
    queue.put([c.text for c in _FORKED.clean_batch(["Home\n\nThe river rose two metres overnight and flooded the old town, the mayor said on Sunday."] * 64)])


_FORKED = dechaff.Cleaner(threads=2)


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="no fork on this platform")
def test_batches_work_in_a_process_forked_after_a_batch():
    # A batch before the fork: a pool kept alive by it would deadlock the child.
    assert len(_FORKED.clean_batch(["a", "b", "c", "d"])) == 4
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    child = context.Process(target=_clean_in_child, args=(queue,))
    child.start()
    texts = queue.get(timeout=60)
    child.join(timeout=60)
    assert child.exitcode == 0
    assert len(texts) == 64 and texts[0].startswith("The river rose")


FIELDS = ["text", "title", "byline", "authors", "date", "published", "updated", "language", "page_type", "removed"]


@pytest.mark.parametrize("kind", [pa.string(), pa.large_string(), pa.string_view()])
def test_clean_arrow_matches_clean_for_every_string_type(pages, kind):
    cleaner = dechaff.Cleaner()
    texts = [text for _, text in pages] + [None]
    out = cleaner.clean_arrow(pa.array(texts, kind))
    assert isinstance(out, pa.StructArray)
    assert [f.name for f in out.type] == FIELDS
    # A null text is a row of nulls (test_contract.py), not a null row.
    assert len(out) == len(texts) and out.null_count == 0 and out.field("text").null_count == 1
    for text, row in zip(texts[:-1], out.to_pylist()[:-1]):
        want = cleaner.clean(text).to_dict()
        assert row["text"] == want["text"]
        assert (row["title"], row["byline"], row["authors"], row["date"]) == (want["title"], want["byline"], want["authors"], want["date"])
        assert (row["published"], row["updated"], row["language"]) == (want["published"], want["updated"], want["language"])
        assert row["page_type"] == want["page_type"]
        assert dict(row["removed"]) == want["removed"]


def test_clean_arrow_takes_slices_chunked_arrays_and_lists(pages):
    cleaner = dechaff.Cleaner(threads=2)
    texts = [text for _, text in pages]
    want = [cleaner.clean(t).text for t in texts]
    sliced = pa.array(texts)[3:9]
    assert cleaner.clean_arrow(sliced).field("text").to_pylist() == want[3:9]
    chunked = cleaner.clean_arrow(pa.chunked_array([texts[:5], texts[5:12]]))
    assert isinstance(chunked, pa.ChunkedArray) and chunked.num_chunks == 2
    assert [row["text"] for row in chunked.to_pylist()] == want[:12]
    assert cleaner.clean_arrow(pa.chunked_array([], pa.string())).num_chunks == 0
    assert cleaner.clean_arrow(texts[:4]).field("text").to_pylist() == want[:4]
    assert len(cleaner.clean_arrow(pa.array([], pa.string()))) == 0


def test_clean_arrow_refuses_what_is_not_strings():
    with pytest.raises(TypeError, match="strings"):
        dechaff.Cleaner().clean_arrow(pa.array([1, 2, 3]))
