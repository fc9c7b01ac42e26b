"""`dechaff jsonl` against `wc -w` and a C4-style line filter, timed side by side.

    python benches/side_by_side.py SHARD.jsonl [--dechaff BIN ...] [--rounds 3] [--threads 1 2]

Each round runs every command once, in turn, so that a busy machine slows them alike; the table
gives each command's MB/s of the shard file (min-max over the rounds) and its time over `wc -w`'s
in the same round. `--dechaff` may be given several times (a build before a change and after it).
The C4-style filter is the line rules of C4 (Raffel et al. 2020) in plain Python: keep a line
that ends in terminal punctuation, has at least five words and no "javascript" or "lorem ipsum",
and keep a page with at least three sentences left. Run it with no other load on the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

C4_FILTER = r"""
import json, sys
out = sys.stdout
for record in sys.stdin:
    doc = json.loads(record)
    kept = []
    for line in (doc.get("text") or "").splitlines():
        line = line.strip()
        lower = line.lower()
        if not line.endswith((".", "!", "?", '"')) or len(line.split()) < 5:
            continue
        if "javascript" in lower or "lorem ipsum" in lower or "{" in line:
            continue
        kept.append(line)
    text = "\n".join(kept)
    if sum(text.count(p) for p in ".!?") >= 3:
        doc["text"] = text
        out.write(json.dumps(doc, ensure_ascii=False) + "\n")
"""


def timed(cmd: list[str], stdin: Path) -> float:
    with stdin.open("rb") as f:
        start = time.perf_counter()
        subprocess.run(cmd, stdin=f, stdout=subprocess.DEVNULL, check=True)
        return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shard")
    parser.add_argument("--dechaff", action="append", help="a dechaff binary (repeatable)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--threads", type=int, nargs="+", default=[1, os.cpu_count() or 1])
    args = parser.parse_args()
    shard = Path(args.shard)
    mb = shard.stat().st_size / 1e6
    binaries = args.dechaff or [str(REPO / "target" / "release" / "dechaff")]
    commands: dict[str, list[str]] = {"wc -w": ["wc", "-w"]}
    for binary in binaries:
        for threads in sorted(set(args.threads)):
            name = f"{binary} jsonl, {threads} thread(s)"
            commands[name] = [binary, "jsonl", "-q", "--threads", str(threads), "-o", os.devnull]
    commands["C4-style line filter (Python)"] = [sys.executable, "-c", C4_FILTER]
    seconds: dict[str, list[float]] = {name: [] for name in commands}
    ratios: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.rounds):
        this_round = {name: timed(cmd, shard) for name, cmd in commands.items()}
        for name, s in this_round.items():
            seconds[name].append(s)
            ratios[name].append(s / this_round["wc -w"])
    print(f"{mb:.1f} MB, {args.rounds} rounds; MB/s (min-max), time over wc -w's in the same round (min-max)")
    for name in commands:
        speeds = [mb / s for s in seconds[name]]
        print(
            f"{name:<60} {min(speeds):7.1f}-{max(speeds):<7.1f} MB/s"
            f"  x{min(ratios[name]):.1f}-{max(ratios[name]):.1f} wc -w"
        )


if __name__ == "__main__":
    main()
