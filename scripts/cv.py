#!/usr/bin/env python3
"""Score the learned layer out of fold on the tuning parts of the development sets.

    python scripts/cv.py ../shared/devset ../shared/wcxb-dev ../shared/devset-multi \\
        --skip-ids heldout/devset.txt heldout/wcxb-dev.txt heldout/devset-multi.txt \\
        --snippet-kind article --python /tmp/train/bin/python

Tables trained on the tuning parts look better there than they are. This script splits the pages
that are not held out into folds by site (the host of the page's URL, as `scripts/heldout.py`
reads it; sites stratified by set and page type, seed 27), and for each fold: trains the tables
with `scripts/train.py` on the other folds, builds dechaff, and scores the fold's pages with
`dechaff eval --ids`. The figures are pooled over the folds (page-weighted) and printed as one
line per set: the last summary line of `dechaff eval` ("docs": shingle or snippet F1) and the word
F1 of each page type where the gold gives one. `src/learned/tables.rs` is put back as it was at
the end, whatever happens, and the command rebuilt. Run it from the repository root; it takes
one to two minutes a fold.
Needs what train.py needs (lightgbm, numpy) in the Python given by --python.
"""

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import heldout  # noqa: E402

TABLES = Path("src/learned/tables.rs")
DECHAFF = "target/release/dechaff"


def read_ids(paths):
    ids = set()
    for path in paths:
        for line in Path(path).read_text().splitlines():
            if line.strip() and not line.startswith("#"):
                ids.add(line.strip())
    return ids


def folds_by_site(dirs, skip, k, seed=27):
    """{(dir, id): fold}: each site's pages in one fold, the sites of each stratum (set and page
    type of most of the site's pages) dealt to the fold with the fewest of its pages so far."""
    sites = defaultdict(list)
    for folder in dirs:
        for page_id in heldout.pages(folder):
            if page_id in skip:
                continue
            url = heldout.url_of(folder, page_id)
            site = (heldout.host(url) if url else None) or f"{folder.name}:{page_id}"
            sites[site].append((folder, page_id, heldout.page_type(folder, page_id) or "none"))
    strata = defaultdict(dict)
    for site, pages in sites.items():
        stratum = Counter((str(folder), kind) for folder, _, kind in pages).most_common(1)[0][0]
        strata[stratum][site] = pages
    fold_of = {}
    for stratum in sorted(strata):
        names = sorted(strata[stratum])
        random.Random(seed).shuffle(names)
        counts = [0] * k
        for site in names:
            fold = min(range(k), key=lambda f: (counts[f], f))
            counts[fold] += len(strata[stratum][site])
            for folder, page_id, _ in strata[stratum][site]:
                fold_of[(folder, page_id)] = fold
    return fold_of


def scores(folder, ids_file):
    """{key: (pages, precision, recall, f1)} from `dechaff eval`: per page type when the gold
    gives one (word F1), and the last summary line (shingles or snippets) as "docs"."""
    out = subprocess.run([DECHAFF, "eval", str(folder), "--ids", str(ids_file)],
                         check=True, capture_output=True, text=True).stdout
    result = {}
    for line in out.splitlines():
        f = line.split()
        if len(f) >= 6 and f[0] == "type" and f[4] == "word-f1":
            result[f"type {f[1]}"] = (int(f[3]), None, None, float(f[5]))
        elif f and f[0] == "docs":
            result["docs"] = (int(f[1]), float(f[3]), float(f[5]), float(f[7]))
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dirs", nargs="+", type=Path)
    parser.add_argument("--skip-ids", nargs="*", default=[], help="files of held-out page ids: never read")
    parser.add_argument("--snippet-kind", help="passed to train.py")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--python", default=sys.executable, help="the Python that has lightgbm and numpy")
    args = parser.parse_args()

    fold_of = folds_by_site(args.dirs, read_ids(args.skip_ids), args.folds)
    work = Path(tempfile.mkdtemp(prefix="dechaff-cv-"))
    saved = work / "tables.rs"
    shutil.copy(TABLES, saved)
    pooled = defaultdict(lambda: [0, 0.0, 0.0, 0.0])
    try:
        for fold in range(args.folds):
            fold_ids = work / f"fold{fold}.txt"
            fold_ids.write_text("".join(f"{page_id}\n" for (_, page_id), f in sorted(fold_of.items()) if f == fold))
            train = [args.python, "scripts/train.py", *map(str, args.dirs), "--skip-ids", *args.skip_ids,
                     str(fold_ids)]
            if args.snippet_kind:
                train += ["--snippet-kind", args.snippet_kind]
            subprocess.run(["cargo", "build", "--release", "--quiet", "-p", "dechaff-cli"], check=True)
            subprocess.run(train, check=True, stderr=subprocess.DEVNULL)
            subprocess.run(["cargo", "build", "--release", "--quiet", "-p", "dechaff-cli"], check=True)
            for folder in args.dirs:
                ids = work / f"fold{fold}.{folder.name}.txt"
                ids.write_text("".join(f"{p}\n" for (d, p), f in sorted(fold_of.items()) if f == fold and d == folder))
                for key, (n, precision, recall, f1) in scores(folder, ids).items():
                    acc = pooled[(folder.name, key)]
                    acc[0] += n
                    acc[1] += n * (precision or 0.0)
                    acc[2] += n * (recall or 0.0)
                    acc[3] += n * f1
            print(f"fold {fold + 1} of {args.folds} done", file=sys.stderr)
    finally:
        shutil.copy(saved, TABLES)
        # The command built last read a fold's tables: build it again from the compiled ones.
        subprocess.run(["cargo", "build", "--release", "--quiet", "-p", "dechaff-cli"], check=False)
    for folder in args.dirs:
        keys = sorted(key for name, key in pooled if name == folder.name)
        parts = []
        for key in keys:
            n, precision, recall, f1 = pooled[(folder.name, key)]
            if key == "docs":
                p, r = precision / n, recall / n
                parts.append(f"docs {n} f1 {2 * p * r / (p + r):.4f}" if p + r else f"docs {n} f1 0")
            else:
                parts.append(f"{key.split()[1]} {f1 / n:.4f}")
        print(f"{folder.name}: " + "; ".join(parts))


if __name__ == "__main__":
    main()
