#!/usr/bin/env python3
"""What an article's word F1 loses, by cause: the gain if one cause alone were fixed on every page.

Usage: python3 scripts/article_causes.py [--bin target/release/dechaff] [--part tuned|held]
           [--shared ../shared]

Cleans the article pages of `devset` and `wcxb-dev` (those whose `ID.meta.json` gives no
`page_type` or `article`) with `BIN --json`, on the tuning part or the held-out quarter
(`heldout/`), and labels each block against the gold: *gold* when its words run in the gold text,
or when 80% of its 4+ words are gold words; *lost* when a block removed is a run of the gold (4
words or more). Where a block stands: *before* the first kept gold block, *after* the last, or in
the *middle*. For each cause (gold lost before / in the middle / after, other text kept before /
in the middle / after) it prints the mean word-F1 gain if only that cause were fixed. The word F1
is the WCXB benchmark's (bags of lowercased `\\w+` tokens). Standard library only.
"""
import argparse
import collections
import json
import re
import subprocess
from pathlib import Path

WORD = re.compile(r"\w+")
CAUSES = ["lost before", "lost middle", "lost after", "extra before", "extra middle", "extra after"]


def f1(predicted, gold):
    if not gold:
        return 1.0 if not predicted else 0.0
    overlap = sum((predicted & gold).values())
    if not predicted or not overlap:
        return 0.0
    precision, recall = overlap / sum(predicted.values()), overlap / sum(gold.values())
    return 2 * precision * recall / (precision + recall)


def pages(shared, name, part, root):
    held = set((root / "heldout" / f"{name}.txt").read_text().split())
    folder = shared / name
    for text in sorted(folder.glob("*.txt")):
        if text.name.endswith(".gold.txt"):
            continue
        page = text.name[:-4]
        if (page in held) != (part == "held"):
            continue
        meta = folder / f"{page}.meta.json"
        kind = json.loads(meta.read_text()).get("page_type") if meta.exists() else None
        if kind in (None, "article"):
            yield text, folder / f"{page}.gold.txt"


def main():
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--bin", default="target/release/dechaff")
    args.add_argument("--part", choices=["tuned", "held"], default="tuned")
    args.add_argument("--shared", default="../shared")
    a = args.parse_args()
    root = Path(__file__).resolve().parent.parent
    gains, total, n = collections.Counter(), 0.0, 0
    for name in ["devset", "wcxb-dev"]:
        listed = list(pages(Path(a.shared), name, a.part, root))
        out = subprocess.run([a.bin, "--json", *[str(t) for t, _ in listed]], capture_output=True, text=True, check=True)
        for (_, gold_path), line in zip(listed, out.stdout.splitlines()):
            record = json.loads(line)
            gold_words = [w.lower() for w in WORD.findall(gold_path.read_text(errors="replace"))]
            gold, joined, vocabulary = collections.Counter(gold_words), " ".join(gold_words), set(gold_words)
            blocks = []
            for block in record["blocks"]:
                words = [w.lower() for w in WORD.findall(block["text"])]
                if not words:
                    continue
                run = " ".join(words) in joined
                is_gold = run or (len(words) > 3 and sum(w in vocabulary for w in words) >= 0.8 * len(words))
                blocks.append((block["kept"], is_gold, run and len(words) >= 4, words))
            kept = [k for k, (on, is_gold, _, _) in enumerate(blocks) if on and is_gold]
            first, last = (kept[0], kept[-1]) if kept else (len(blocks), -1)
            where = lambda k: "before" if k < first else "after" if k > last else "middle"
            now = f1(collections.Counter(w for on, _, _, ws in blocks if on for w in ws), gold)
            total, n = total + now, n + 1
            for cause in CAUSES:
                kind, place = cause.split()
                fixed = collections.Counter(
                    w
                    for k, (on, is_gold, lost, ws) in enumerate(blocks)
                    if (on and not (kind == "extra" and not is_gold and where(k) == place))
                    or (not on and kind == "lost" and lost and where(k) == place)
                    for w in ws
                )
                gains[cause] += f1(fixed, gold) - now
    print(f"{a.part}: {n} article pages, word F1 {total / n:.3f}")
    for cause in CAUSES:
        print(f"  {cause:13s} +{gains[cause] / n:.3f}")


if __name__ == "__main__":
    main()
