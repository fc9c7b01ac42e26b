"""The Spark and Ray examples, end to end on this machine, on a shard made from the corpus."""

from __future__ import annotations

import importlib.util
import shutil
import sys

import pytest

from conftest import REPO

sys.path.insert(0, str(REPO / "examples"))


def _read_parquet(folder):
    import pyarrow.parquet as pq

    return pq.read_table(str(folder)).to_pylist()


@pytest.mark.skipif(importlib.util.find_spec("pyspark") is None or shutil.which("java") is None, reason="needs pyspark and java")
def test_spark_local_cleans_every_record_like_the_cli(tmp_path, shard, expected):
    import spark_clean

    out = tmp_path / "spark"
    spark_clean.main([str(shard), str(out), "--master", "local[2]"])
    rows = _read_parquet(out)
    assert sorted(r["id"] for r in rows) == sorted(expected)
    for r in rows:
        want = expected[r["id"]]
        assert r["text"] == want["text"], r["id"]
        assert (r["title"], r["published"]) == (want["dechaff"]["title"], want["dechaff"]["published"]), r["id"]
        assert dict(r["removed"]) == want["dechaff"]["removed"], r["id"]


@pytest.mark.skipif(importlib.util.find_spec("ray") is None, reason="needs ray")
def test_ray_local_cleans_every_record_in_order_like_the_cli(tmp_path, shard, expected):
    import ray
    import ray.cloudpickle

    import ray_clean

    # Run as a script, the example's classes travel by value; imported here, they must be told to.
    ray.cloudpickle.register_pickle_by_value(ray_clean)
    ray.init(num_cpus=2, include_dashboard=False, ignore_reinit_error=True)
    try:
        out = tmp_path / "ray"
        ray_clean.main([str(shard), str(out), "--concurrency", "1"])
    finally:
        ray.shutdown()
    rows = _read_parquet(out)
    # Ray keeps the order within the written files; their names sort in the order written.
    assert [r["id"] for r in rows] == list(expected)
    for r in rows:
        want = expected[r["id"]]
        assert r["text"] == want["text"], r["id"]
        assert r["authors"] == want["dechaff"]["authors"], r["id"]
        assert dict(r["removed"]) == want["dechaff"]["removed"], r["id"]
