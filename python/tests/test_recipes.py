"""The recipes of examples/ (datatrove, pandas, Polars, Hugging Face datasets), run as a user runs
them, on a shard made from the corpus: each writes every record as the CLI cleans it."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys

import pytest

from conftest import REPO

EXAMPLES = REPO / "examples"


def run_example(name: str, *args: str, cwd, timeout: int = 120) -> subprocess.CompletedProcess:
    """`python examples/<name> args...` in `cwd`; it must finish in `timeout` seconds and succeed.
    The cache of `datasets` goes to `cwd`, not the user's."""
    env = {**os.environ, "HF_DATASETS_CACHE": str(cwd / "hf-cache")}
    run = subprocess.run(
        [sys.executable, str(EXAMPLES / name), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout
    )
    assert run.returncode == 0, run.stdout + run.stderr
    return run


def a_clone(tmp_path):
    """A folder with what the examples read when given no arguments: examples/records.jsonl."""
    (tmp_path / "examples").mkdir()
    (tmp_path / "examples" / "records.jsonl").write_bytes((EXAMPLES / "records.jsonl").read_bytes())
    return tmp_path


def check_records(records: list[dict], expected: dict[str, dict], languages: dict[str, str | None]) -> None:
    """Every corpus record once, cleaned as the CLI cleans it, with its metadata columns."""
    assert sorted(r["id"] for r in records) == sorted(expected)
    for r in records:
        want = expected[r["id"]]
        assert r["text"] == want["text"], r["id"]
        meta = want["dechaff"]
        assert (r["title"], r["byline"], r["authors"], r["date"]) == (meta["title"], meta["byline"], meta["authors"], meta["date"]), r["id"]
        assert (r["published"], r["updated"], r["language"]) == (meta["published"], meta["updated"], languages[r["id"]]), r["id"]
        removed = r["removed"]
        if isinstance(removed, list):  # datasets has no map type: a list of {"reason", "count"}
            removed = {item["reason"]: item["count"] for item in removed}
        assert removed == meta["removed"], r["id"]


def read_jsonl(path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


@pytest.mark.parametrize(
    "example, module",
    [("pandas_clean.py", "pandas"), ("polars_clean.py", "polars"), ("hf_datasets_clean.py", "datasets")],
)
def test_a_dataframe_recipe_cleans_a_shard_like_the_cli(tmp_path, shard, expected, languages, example, module):
    pytest.importorskip(module)
    out = tmp_path / "cleaned.jsonl"
    run_example(example, str(shard), str(out), cwd=tmp_path)
    check_records(read_jsonl(out), expected, languages)


@pytest.mark.parametrize(
    "example, module",
    [("pandas_clean.py", "pandas"), ("polars_clean.py", "polars"), ("hf_datasets_clean.py", "datasets")],
)
def test_a_dataframe_recipe_runs_without_arguments_in_a_clone(tmp_path, example, module):
    pytest.importorskip(module)
    clone = a_clone(tmp_path)
    run_example(example, cwd=clone)
    assert [r["language"] for r in read_jsonl(clone / "cleaned.jsonl")] == ["en", "de"]


def test_the_datatrove_recipe_cleans_a_shard_with_two_workers_in_time(tmp_path, shard, expected, languages):
    pytest.importorskip("datatrove")
    src = tmp_path / "shards"
    src.mkdir()
    (src / "corpus.jsonl").write_bytes(shard.read_bytes())
    out = tmp_path / "cleaned"
    run_example("datatrove_clean.py", str(src), str(out), "--tasks", "2", "--workers", "2", cwd=tmp_path)
    records = []
    for path in sorted(out.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as f:
            records += [json.loads(line) for line in f]
    check_records([{**r, **r["metadata"]["dechaff"]} for r in records], expected, languages)


def test_the_datatrove_recipe_runs_without_arguments_in_a_clone(tmp_path):
    pytest.importorskip("datatrove")
    clone = a_clone(tmp_path)
    run_example("datatrove_clean.py", cwd=clone)
    with gzip.open(clone / "cleaned" / "00000.jsonl.gz", "rt", encoding="utf-8") as f:
        records = [json.loads(line) for line in f]
    assert [r["metadata"]["dechaff"]["language"] for r in records] == ["en", "de"]
