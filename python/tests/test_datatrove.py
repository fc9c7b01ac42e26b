"""The datatrove step, alone and under datatrove's local executor."""

from __future__ import annotations

import gzip
import json

import pytest

datatrove = pytest.importorskip("datatrove")

from datatrove.data import Document  # noqa: E402
from datatrove.executor import LocalPipelineExecutor  # noqa: E402
from datatrove.pipeline.readers import JsonlReader  # noqa: E402
from datatrove.pipeline.writers import JsonlWriter  # noqa: E402

import dechaff  # noqa: E402
from dechaff.datatrove import DechaffFilter  # noqa: E402


def test_the_step_rewrites_text_and_records_metadata_and_stats():
    docs = [
        Document(text="Home > News\n\nThe river rose two metres overnight and flooded the old town, the mayor said on Sunday.\n\n© 2025 Example Media. All rights reserved.", id="a"),
        Document(text="Skip to main content\n\nSign up for our newsletter", id="b"),
    ]
    kind = dechaff.clean(docs[0].text).page_type
    step = DechaffFilter(batch_size=2)
    out = list(step.run(iter(docs)))
    assert [d.id for d in out] == ["a"]
    assert out[0].text.startswith("The river rose") and "©" not in out[0].text
    assert out[0].metadata["dechaff"]["removed"]["legal"] == 1
    assert "text" not in out[0].metadata["dechaff"]
    # The page's kind, with the other fields: a name or None.
    assert out[0].metadata["dechaff"]["page_type"] == kind
    stats = step.stats.to_dict() if hasattr(step.stats, "to_dict") else step.stats
    text = json.dumps(stats, default=str)
    assert "removed_legal" in text and "dropped_empty" in text


def test_the_url_in_the_metadata_dates_the_page():
    text = "The river rose two metres overnight and flooded the old town, the mayor said on Sunday."
    docs = [
        Document(text=text, id="a", metadata={"url": "https://example.com/2025/03/03/river"}),
        Document(text=text, id="b", metadata={"link": "https://example.com/2025/03/04/river"}),
        Document(text=text, id="c", metadata={"url": 12}),
    ]
    out = list(DechaffFilter(batch_size=3).run(iter(docs)))
    assert [d.metadata["dechaff"]["published"] for d in out] == ["2025-03-03", None, None]
    out = list(DechaffFilter(url_key="link").run(iter([docs[1]])))
    assert out[0].metadata["dechaff"]["published"] == "2025-03-04"


def test_empty_documents_are_kept_when_asked():
    doc = Document(text="Skip to main content", id="b")
    out = list(DechaffFilter(drop_empty=False, metadata_key=None).run(iter([doc])))
    assert len(out) == 1 and out[0].text == "" and out[0].metadata == {}


def test_settings_or_a_cleaner_not_both():
    assert DechaffFilter(disable=["legal"]).cleaner.settings["disable"] == ["legal"]
    assert DechaffFilter(learned=False).cleaner.settings["learned"] is False
    with pytest.raises(ValueError):
        DechaffFilter(cleaner=dechaff.Cleaner(), disable=["legal"])


def test_the_local_executor_cleans_a_shard_like_the_cli(tmp_path, shard, expected):
    src = tmp_path / "in"
    src.mkdir()
    (src / "corpus.jsonl").write_bytes(shard.read_bytes())
    out = tmp_path / "out"
    LocalPipelineExecutor(
        pipeline=[
            JsonlReader(str(src)),
            DechaffFilter(drop_empty=False, batch_size=16),
            JsonlWriter(str(out), output_filename="${rank}.jsonl.gz"),
        ],
        tasks=1,
        logging_dir=str(tmp_path / "logs"),
    ).run()
    with gzip.open(out / "00000.jsonl.gz", "rt", encoding="utf-8") as f:
        records = [json.loads(line) for line in f]
    assert [r["id"] for r in records] == list(expected)
    for r in records:
        assert r["text"] == expected[r["id"]]["text"], r["id"]
        assert r["metadata"]["dechaff"]["title"] == expected[r["id"]]["dechaff"]["title"], r["id"]
        assert r["metadata"]["dechaff"]["page_type"] == expected[r["id"]]["dechaff"]["page_type"], r["id"]
