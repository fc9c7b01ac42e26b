"""One contract for a record in every front end: a null text passes through with null metadata
(text, title, byline, date, published, updated, language and page_type null, no authors, nothing
removed); a text that is not a string is a `TypeError` that names where it is; a missing column is
a `KeyError`; `language` and `page_type` are in every output."""

from __future__ import annotations

import pyarrow as pa
import pytest

import dechaff

ARTICLE = "Home > News\n\nThe river rose two metres overnight and flooded the old town, the mayor said on Sunday."
COLUMNS = ["text", "title", "byline", "authors", "date", "published", "updated", "language", "page_type", "removed"]
NULL = {
    "text": None,
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


def _rows(table: pa.Table) -> list[dict]:
    """The rows of a table, maps as dicts."""
    return [{**row, "removed": dict(row["removed"])} for row in table.to_pylist()]


def test_clean_batch_gives_none_for_none_and_names_the_index_of_what_is_not_a_string():
    cleaner = dechaff.Cleaner(threads=2)
    out = cleaner.clean_batch([ARTICLE, None])
    assert out[1] is None and out[0].language == "en"
    with pytest.raises(TypeError, match=r"^texts\[2\] is int, not a str or None$"):
        cleaner.clean_batch([ARTICLE, None, 3])
    with pytest.raises(TypeError, match=r"^texts\[0\] is bytes"):
        cleaner.clean_batch([ARTICLE.encode()])
    with pytest.raises(TypeError, match=r"^urls\[1\] is float"):
        cleaner.clean_batch([ARTICLE, ARTICLE], urls=[None, 1.5])


@pytest.mark.parametrize("kind", [pa.string(), pa.large_string(), pa.string_view()])
def test_clean_arrow_gives_a_null_text_a_row_of_null_metadata(kind):
    out = dechaff.Cleaner().clean_arrow(pa.array([ARTICLE, None], kind))
    assert [field.name for field in out.type] == COLUMNS
    assert out.null_count == 0
    first, second = out.to_pylist()
    assert {**second, "removed": dict(second["removed"])} == NULL
    assert first["text"].startswith("The river rose") and first["language"] == "en"


def test_clean_table_adds_the_metadata_columns_after_the_table_s_own():
    table = pa.table({"id": [1, 2, 3], "text": [ARTICLE, None, "Skip to main content"], "url": ["a", "b", "c"]})
    out = dechaff.clean_table(table)
    assert out.column_names == ["id", "text", "url"] + COLUMNS[1:]
    rows = _rows(out)
    want = dechaff.clean(ARTICLE).to_dict()
    assert rows[0] == {"id": 1, "url": "a", **want}
    assert rows[1] == {"id": 2, "url": "b", **NULL}
    assert rows[2]["text"] == "" and rows[2]["removed"] == {"navigation": 1}


def test_clean_table_takes_batches_dicts_chunks_and_a_prefix():
    texts = [ARTICLE, None, ARTICLE]
    want = _rows(dechaff.clean_table({"text": texts}))
    assert _rows(dechaff.clean_table(pa.RecordBatch.from_pydict({"text": texts}))) == want
    chunked = pa.table({"text": pa.chunked_array([texts[:1], texts[1:]])})
    assert _rows(dechaff.clean_table(chunked)) == want
    prefixed = dechaff.clean_table({"body": texts, "title": ["x", "y", "z"]}, "body", prefix="dechaff_")
    assert prefixed.column_names == ["body", "title"] + ["dechaff_" + c for c in COLUMNS[1:]]
    assert prefixed.column("title").to_pylist() == ["x", "y", "z"]
    assert prefixed.column("dechaff_language").to_pylist() == ["en", None, "en"]
    cleaner = dechaff.Cleaner(disable=["navigation"])
    assert dechaff.clean_table({"text": texts}, cleaner=cleaner).column("text")[0].as_py().startswith("Home > News")
    assert dechaff.clean_table(pa.table({"text": pa.array([], pa.string())})).num_rows == 0


def test_clean_table_names_a_missing_column_a_column_of_other_values_and_a_clash():
    with pytest.raises(KeyError, match="'body'.*columns: id, text"):
        dechaff.clean_table({"id": [1], "text": [ARTICLE]}, "body")
    with pytest.raises(TypeError, match="column 'text': clean_arrow takes strings"):
        dechaff.clean_table({"text": [1, 2]})
    with pytest.raises(ValueError, match="title.*prefix"):
        dechaff.clean_table({"text": [ARTICLE], "title": ["t"]})


def test_pandas_and_polars_frames_give_the_same_table():
    pd = pytest.importorskip("pandas")
    pl = pytest.importorskip("polars")
    texts = [ARTICLE, None]
    want = _rows(dechaff.clean_table({"text": texts}))
    assert _rows(dechaff.clean_table(pd.DataFrame({"text": texts}))) == want
    assert _rows(dechaff.clean_table(pl.DataFrame({"text": texts}))) == want


def test_the_datatrove_step_drops_a_document_without_text_with_null_metadata():
    pytest.importorskip("datatrove")
    from datatrove.data import Document

    from dechaff.datatrove import DechaffFilter

    # datatrove measures every document a step passes, so one without a text cannot go on.
    docs = [Document(text=ARTICLE, id="a"), Document(text=None, id="b")]
    step = DechaffFilter(batch_size=2, drop_empty=False)
    out = list(step.run(iter(docs)))
    assert [d.id for d in out] == ["a"]
    assert docs[1].text is None
    assert docs[1].metadata["dechaff"] == {key: value for key, value in NULL.items() if key != "text"}
    assert "dropped_null_text" in str(step.stats)
    # The same record as every other front end gives.
    row = _rows(dechaff.clean_table({"text": [ARTICLE]}))[0]
    assert {"text": out[0].text, **out[0].metadata["dechaff"]} == row
