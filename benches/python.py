"""Throughput of the Python package against `dechaff jsonl` and datatrove's C4 filter.

    python benches/python.py [SHARD.jsonl] [--dechaff target/release/dechaff] [--rounds 3]

SHARD is JSON Lines with a `text` field (the README builds a 50 MB one from the development
pages); without it, a 10 MB shard is made from `corpus/`. MB/s are of the text field's UTF-8
bytes (for `jsonl`, of the file), the best of the rounds. Run it with no other load on the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import dechaff

REPO = Path(__file__).resolve().parents[1]


def corpus_shard(size: int) -> Path:
    paths = sorted((REPO / "corpus").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    path = Path(tempfile.mkdtemp()) / "corpus.jsonl"
    written = 0
    with path.open("w", encoding="utf-8") as out:
        while written < size:
            for text in texts:
                line = json.dumps({"text": text}, ensure_ascii=False) + "\n"
                out.write(line)
                written += len(line.encode())
    return path


def best(rounds: int, run) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shard", nargs="?")
    parser.add_argument("--dechaff", default=str(REPO / "target" / "release" / "dechaff"))
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--c4-records", type=int, default=2000, help="records for the slow C4 filter")
    args = parser.parse_args()

    shard = Path(args.shard) if args.shard else corpus_shard(10_000_000)
    with shard.open(encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f]
    mb = sum(len(t.encode()) for t in texts) / 1e6
    rows = []

    def row(name: str, seconds: float, size: float = mb) -> None:
        rows.append((name, size / seconds))
        print(f"{name:<44} {size / seconds:7.1f} MB/s", file=sys.stderr)

    cores = os.cpu_count() or 1
    if Path(args.dechaff).exists():
        file_mb = shard.stat().st_size / 1e6
        for threads in sorted({1, cores}):
            cmd = [args.dechaff, "jsonl", "-q", "--threads", str(threads), str(shard), "-o", os.devnull]
            row(f"dechaff jsonl, {threads} thread(s)", best(args.rounds, lambda: subprocess.run(cmd, check=True)), file_mb)
    cleaner = dechaff.Cleaner()
    row("clean(), one page at a time", best(args.rounds, lambda: [cleaner.clean(t) for t in texts]))
    for threads in sorted({1, cores}):
        one = dechaff.Cleaner(threads=threads)
        row(f"clean_batch(), {threads} thread(s)", best(args.rounds, lambda: one.clean_batch(texts)))
    try:
        import pyarrow as pa

        array = pa.array(texts, pa.large_string())
        for threads in sorted({1, cores}):
            one = dechaff.Cleaner(threads=threads)
            row(f"clean_arrow(), {threads} thread(s)", best(args.rounds, lambda: one.clean_arrow(array)))
    except ImportError:
        print("pyarrow is not installed: no clean_arrow row", file=sys.stderr)

    # Per-call overhead: an empty page costs nothing to clean, so this is the call itself.
    calls = 200_000
    seconds = best(args.rounds, lambda: [cleaner.clean("") for _ in range(calls)])
    name = 'clean("") per call'
    print(f"{name:<44} {seconds / calls * 1e6:7.2f} µs", file=sys.stderr)

    try:
        from datatrove.data import Document
        from datatrove.pipeline.filters import C4QualityFilter

        some = texts[: args.c4_records]
        some_mb = sum(len(t.encode()) for t in some) / 1e6
        c4 = C4QualityFilter(filter_no_terminal_punct=False)
        row(
            f"datatrove C4QualityFilter ({len(some)} records)",
            best(1, lambda: [c4.filter(Document(text=t, id=str(i))) for i, t in enumerate(some)]),
            some_mb,
        )
    except ImportError as e:
        print(f"no C4 row: {e}", file=sys.stderr)


if __name__ == "__main__":
    main()
