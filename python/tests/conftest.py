"""Fixtures: the repository's corpus as pages and as a JSONL shard, and the Rust CLI's output for
it, which the binding must reproduce exactly."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def corpus_pages() -> list[tuple[str, str]]:
    """Every document of `corpus/` (pages and extracts), by name, in a stable order."""
    paths = sorted((REPO / "corpus").glob("*.txt")) + sorted((REPO / "corpus" / "extracted").glob("*.txt"))
    pages = [(p.stem, p.read_text(encoding="utf-8")) for p in paths if not p.name.endswith(".gold.txt")]
    assert len(pages) >= 50, "the corpus is missing"
    return pages


@pytest.fixture(scope="session")
def pages() -> list[tuple[str, str]]:
    return corpus_pages()


@pytest.fixture(scope="session")
def cli() -> Path:
    """The `dechaff` binary: $DECHAFF_BIN, or built from this checkout."""
    if os.environ.get("DECHAFF_BIN"):
        return Path(os.environ["DECHAFF_BIN"])
    subprocess.run(["cargo", "build", "-q", "-p", "dechaff-cli"], cwd=REPO, check=True)
    meta = json.loads(
        subprocess.run(
            ["cargo", "metadata", "--format-version", "1", "--no-deps"], cwd=REPO, check=True, capture_output=True
        ).stdout
    )
    return Path(meta["target_directory"]) / "debug" / "dechaff"


@pytest.fixture(scope="session")
def shard(tmp_path_factory, pages) -> Path:
    """The corpus as a JSONL shard: {"id", "text"} per page."""
    path = tmp_path_factory.mktemp("shard") / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for name, text in pages:
            out.write(json.dumps({"id": name, "text": text}, ensure_ascii=False) + "\n")
    return path


@pytest.fixture(scope="session")
def expected(cli, shard) -> dict[str, dict]:
    """What `dechaff jsonl` makes of every corpus page: cleaned text and metadata, by id."""
    out = subprocess.run([str(cli), "jsonl", "-q", str(shard)], check=True, capture_output=True).stdout
    records = [json.loads(line) for line in out.decode("utf-8").splitlines()]
    return {r["id"]: r for r in records}


NULL_RECORD = {"id": "null-text", "text": None}
"""A record without a text: every front end passes it with null metadata (see test_contract.py)."""


@pytest.fixture(scope="session")
def shard_with_null(tmp_path_factory, shard) -> Path:
    """The corpus shard, then a record whose text is null."""
    path = tmp_path_factory.mktemp("shard_with_null") / "corpus.jsonl"
    path.write_text(shard.read_text(encoding="utf-8") + json.dumps(NULL_RECORD) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def languages(pages) -> dict[str, str | None]:
    """The language of every corpus page, by id, as `Cleaned.language` gives it."""
    import dechaff

    return {name: dechaff.clean(text).language for name, text in pages}
