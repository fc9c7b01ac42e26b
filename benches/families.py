"""The generated page families of issues 15 and 24 (docs/guarantees.md), timed and counted.

    python benches/families.py [--dechaff BIN] [--mb 10] [--rounds 3] [--callgrind] [--dir DIR]

Each family is one line (or page) repeated to `--mb` MB and cleaned as one page by a fresh
`dechaff FILE -o /dev/null`; the table gives the best of `--rounds` wall times as MB/s and, with
`--callgrind`, the instructions a byte (valgrind's count for a page of `--callgrind-mb` MB less
its count for 10 KB of the same family, over the bytes between: the start-up left out). `--dev` names a directory of development pages for the family of two real pages
repeated (left out when it is not given).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SENTENCE = "The ferry will keep running through the winter, the council said after a long debate. "
CHINESE = "新大桥周一正式通车，两岸居民终于不用再绕行二十公里。"
SYLLABLES = ["ka", "ro", "mi", "ten", "sa", "lo", "ber", "na", "vi", "dor", "el", "han", "tu", "ri", "mon", "pe"]


def name(n: int) -> str:
    """A distinct two-word name for `n`."""
    words = []
    for _ in range(2):
        parts = []
        for _ in range(3):
            parts.append(SYLLABLES[n % len(SYLLABLES)])
            n //= len(SYLLABLES)
        words.append("".join(parts).capitalize())
    return " ".join(words)


def families(dev: Path | None):
    """(name, a function of n giving the n-th line) or (name, a fixed unit)."""
    yield "`a`, blank line", "a\n\n"
    yield "`a` on every line", "a\n"
    yield "one word per line", "council\n"
    yield "`- item` lines", "- item\n"
    yield "`By Jane Doe` repeated", "By Jane Doe\n"
    yield "distinct `By NAME` lines", lambda n: f"By {name(n)}\n"
    yield "table rows, `| a | b |`", "| a | b |\n"
    yield "one URL per line", lambda n: f"https://www.example.com/news/2024/05/story-{n}.html\n"
    yield "Chinese sentence per line", CHINESE + "\n"
    if dev is not None:
        pages = sorted(p for p in dev.glob("*.txt") if not p.name.endswith(".gold.txt"))[:2]
        yield "two dev pages repeated", "\n\n".join(p.read_text(errors="replace") for p in pages) + "\n\n"
    yield "prose on one line", SENTENCE
    yield "trigger words glued into one non-ASCII word", "éshareсookiesubscribeadvertisementnewsletterfollow"


def build(unit, size: int) -> bytes:
    if isinstance(unit, str):
        data = unit.encode()
        return (data * (size // len(data) + 1))[:size].decode(errors="ignore").encode()
    out, total, n = [], 0, 0
    while total < size:
        line = unit(n).encode()
        out.append(line)
        total += len(line)
        n += 1
    return b"".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dechaff", default=str(REPO / "target/release/dechaff"))
    parser.add_argument("--mb", type=float, default=10)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--callgrind", action="store_true")
    parser.add_argument("--callgrind-mb", type=float, default=2)
    parser.add_argument("--dev", type=Path)
    parser.add_argument("--dir", type=Path)
    args = parser.parse_args()
    size = int(args.mb * 1_000_000)
    work = args.dir or Path(tempfile.mkdtemp(prefix="dechaff-families-"))
    work.mkdir(parents=True, exist_ok=True)
    print("| page | MB/s (best of %d) | instructions a byte |" % args.rounds)
    print("| --- | --- | --- |")
    for i, (label, unit) in enumerate(families(args.dev)):
        page = work / f"family{i}.txt"
        data = build(unit, size)
        page.write_bytes(data)
        best = min(timed(args.dechaff, page) for _ in range(args.rounds))
        per_byte = ""
        if args.callgrind:
            # The start-up (the patterns a page's alphabet compiles) counted on 10 KB of the
            # same family and taken off, on a page of `--callgrind-mb` MB.
            small, large = build(unit, 10_000), build(unit, int(args.callgrind_mb * 1_000_000))
            counts = []
            for text in (small, large):
                page.write_bytes(text)
                counts.append(instructions(args.dechaff, page))
            per_byte = f"{(counts[1] - counts[0]) / (len(large) - len(small)):.0f}"
        print(f"| {label} | {len(data) / best / 1e6:.1f} | {per_byte} |", flush=True)
        page.unlink()


def instructions(binary: str, page: Path) -> int:
    run = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", binary, str(page), "-o", os.devnull],
        capture_output=True, text=True, check=True,
    )
    return int(re.search(r"Collected : (\d+)", run.stderr).group(1))


def timed(binary: str, page: Path) -> float:
    start = time.perf_counter()
    subprocess.run([binary, str(page), "-o", os.devnull], check=True)
    return time.perf_counter() - start


if __name__ == "__main__":
    sys.exit(main())
