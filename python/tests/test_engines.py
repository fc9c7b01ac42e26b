"""The Spark and Ray examples, end to end on this machine, on a shard made from the corpus."""

from __future__ import annotations

import importlib.util
import shutil
import sys

import pytest

from conftest import NULL_RECORD, REPO

sys.path.insert(0, str(REPO / "examples"))

# What a record of null text gives (test_contract.py): a null text and metadata, no authors, nothing removed.
NULL_ROW = {
    "id": NULL_RECORD["id"],
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


def _read_parquet(folder):
    import pyarrow.parquet as pq

    return [{**row, "removed": dict(row["removed"])} for row in pq.read_table(str(folder)).to_pylist()]


def _check_null_row(rows):
    """The shard's last record, of null text, is one row of nulls."""
    nulls = [r for r in rows if r["id"] == NULL_RECORD["id"]]
    assert nulls == [NULL_ROW]
    return [r for r in rows if r["id"] != NULL_RECORD["id"]]


@pytest.mark.skipif(importlib.util.find_spec("pyspark") is None or shutil.which("java") is None, reason="needs pyspark and java")
def test_spark_local_cleans_every_record_like_the_cli(tmp_path, shard_with_null, expected, languages):
    import spark_clean

    out = tmp_path / "spark"
    spark_clean.main([str(shard_with_null), str(out), "--master", "local[2]"])
    rows = _check_null_row(_read_parquet(out))
    assert sorted(r["id"] for r in rows) == sorted(expected)
    for r in rows:
        want = expected[r["id"]]
        assert r["text"] == want["text"], r["id"]
        assert (r["title"], r["published"]) == (want["dechaff"]["title"], want["dechaff"]["published"]), r["id"]
        assert r["removed"] == want["dechaff"]["removed"], r["id"]
        assert r["language"] == languages[r["id"]], r["id"]


@pytest.mark.skipif(importlib.util.find_spec("pyspark") is None or shutil.which("java") is None, reason="needs pyspark and java")
def test_spark_names_a_missing_or_non_string_column_on_the_driver():
    from pyspark.sql import SparkSession

    import dechaff
    import spark_clean

    spark = SparkSession.builder.master("local[1]").appName("dechaff-checks").getOrCreate()
    try:
        frame = spark.createDataFrame([(1, "The river rose.", "A title")], ["id", "body", "title"])
        with pytest.raises(KeyError, match="'text'.*columns: id, body, title"):
            spark_clean.clean_frame(frame, dechaff.Cleaner())
        with pytest.raises(TypeError, match="'id' holds bigint, not strings"):
            spark_clean.clean_frame(frame, dechaff.Cleaner(), "id")
        with pytest.raises(ValueError, match="title"):
            spark_clean.clean_frame(frame, dechaff.Cleaner(), "body")
    finally:
        spark.stop()


@pytest.mark.skipif(importlib.util.find_spec("ray") is None, reason="needs ray")
def test_ray_local_cleans_every_record_in_order_like_the_cli(tmp_path, shard_with_null, expected, languages):
    import ray
    import ray.cloudpickle

    import ray_clean

    # Run as a script, the example's classes travel by value; imported here, they must be told to.
    ray.cloudpickle.register_pickle_by_value(ray_clean)
    ray.init(num_cpus=2, include_dashboard=False, ignore_reinit_error=True)
    try:
        out = tmp_path / "ray"
        ray_clean.main([str(shard_with_null), str(out), "--concurrency", "1"])
    finally:
        ray.shutdown()
    rows = _read_parquet(out)
    # Ray keeps the order within the written files; their names sort in the order written.
    assert [r["id"] for r in rows] == list(expected) + [NULL_RECORD["id"]]
    rows = _check_null_row(rows)
    for r in rows:
        want = expected[r["id"]]
        assert r["text"] == want["text"], r["id"]
        assert r["authors"] == want["dechaff"]["authors"], r["id"]
        assert r["removed"] == want["dechaff"]["removed"], r["id"]
        assert r["language"] == languages[r["id"]], r["id"]
