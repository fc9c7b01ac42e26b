#!/usr/bin/env python3
"""Train dechaff's learned layer and write it as Rust tables (src/learned/tables.rs).

    python scripts/train.py DATA_DIR [DATA_DIR ...] --skip-ids heldout/devset.txt heldout/wcxb-dev.txt

Each DATA_DIR holds pages as ID.txt with their gold text ID.gold.txt (the article, or the page's
content) and, optionally, ID.meta.json with a "page_type"; or with ID.snippets.json (pieces of the
page that must and must not be kept: only the blocks they cover are labelled, and --snippet-kind
gives the pages' kind). The script runs `dechaff features` over
the folders (the features of every block as the stages alone judge it), labels each block by
whether its words are in the gold, and trains two gradient-boosted models with LightGBM:

- the block model: the probability that a block is content, from its features, its neighbours'
  and its page's; each page weighs the same and each block by its words, as word F1 counts;
- the page model: the page's kind (article, forum, listing, ...) from the page features.

Pages whose id is listed in a --skip-ids file (the held-out quarter of each dev set) are never
trained on. Training is deterministic: the same data gives the same tables.
Needs: pip install lightgbm numpy (not a dependency of dechaff; only this script uses them).
"""

import argparse
import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import lightgbm as lgb
import numpy as np

PAGE_TYPES = ["article", "forum", "listing", "collection", "product", "documentation", "service"]

BLOCK_PARAMS = {
    "objective": "binary",
    "num_leaves": 15,
    "learning_rate": 0.1,
    "min_data_in_leaf": 40,
    "lambda_l2": 1.0,
    "deterministic": True,
    "force_row_wise": True,
    "num_threads": 1,
    "seed": 27,
    "verbose": -1,
}
BLOCK_TREES = 60

PAGE_PARAMS = {
    "objective": "multiclass",
    "num_class": len(PAGE_TYPES),
    "num_leaves": 7,
    "learning_rate": 0.1,
    "min_data_in_leaf": 10,
    "lambda_l2": 1.0,
    "deterministic": True,
    "force_row_wise": True,
    "num_threads": 1,
    "seed": 27,
    "verbose": -1,
}
PAGE_TREES = 40

WORD = re.compile(r"\w+", re.UNICODE)


def tokens(text):
    return [w.lower() for w in WORD.findall(text)]


def label(block_tokens, gold_joined, gold_counts, used=None):
    """1 when the block's words are a run of the gold's, or (a long block) mostly in it. `used`
    counts the runs already taken, so a block repeated more often than the gold repeats it is
    content only as often as the gold has it."""
    if not block_tokens:
        return 0
    run = " " + " ".join(block_tokens) + " "
    if run in gold_joined:
        if used is None:
            return 1
        used[run] = used.get(run, 0) + 1
        return int(used[run] <= gold_joined.count(run))
    if len(block_tokens) >= 8:
        counts = Counter(block_tokens)
        found = sum(min(n, gold_counts.get(w, 0)) for w, n in counts.items())
        return int(found >= 0.8 * len(block_tokens))
    return 0


def read_ids(paths):
    ids = set()
    for path in paths or []:
        for line in Path(path).read_text().splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                ids.add(line)
    return ids


def run_features(binary, dirs, with_model=False):
    flags = ["--with-model"] if with_model else []
    out = subprocess.run([binary, "features", *flags, *map(str, dirs)], check=True, capture_output=True, text=True)
    lines = out.stdout.splitlines()
    return json.loads(lines[0]), (json.loads(line) for line in lines[1:])


def snippet_labels(page, snippets):
    """Labels from a page's snippets: a block holding a `with` snippet (or held in one) is content,
    one holding a `without` snippet is not; the others are not labelled (None)."""
    collapse = lambda t: " ".join(t.split())
    wanted = [collapse(s) for s in snippets.get("with", []) if s.strip()]
    unwanted = [collapse(s) for s in snippets.get("without", []) if s.strip()]
    labels = []
    for _, text, _, _, _ in page["blocks"]:
        text = collapse(text)
        if len(text) >= 8 and any(text in s or s in text for s in wanted):
            labels.append(1)
        elif len(text) >= 8 and any(text in s or s in text for s in unwanted):
            labels.append(0)
        else:
            labels.append(None)
    return labels


def gold_labels(page, gold_text):
    """Labels from a page's gold text: see `label`."""
    gold = tokens(gold_text)
    gold_joined = " " + " ".join(gold) + " "
    gold_counts = Counter(gold)
    taken = {}
    return [label(tokens(text), gold_joined, gold_counts, taken) for _, text, _, _, _ in page["blocks"]]


def collect(header, pages, skip, snippet_kind):
    block_x, block_y, block_w = [], [], []
    page_x, page_y = [], []
    used = 0
    for page in pages:
        if page["id"] in skip or not page["blocks"]:
            continue
        folder = Path(page["dir"])
        gold_path = folder / f"{page['id']}.gold.txt"
        snippets_path = folder / f"{page['id']}.snippets.json"
        kind = None
        if gold_path.exists():
            labels = gold_labels(page, gold_path.read_text(encoding="utf-8"))
            meta_path = folder / f"{page['id']}.meta.json"
            if meta_path.exists():
                kind = json.loads(meta_path.read_text()).get("page_type")
        elif snippets_path.exists():
            labels = snippet_labels(page, json.loads(snippets_path.read_text(encoding="utf-8")))
            kind = snippet_kind
        else:
            continue
        words = [max(len(tokens(text)), 1) for _, text, _, _, _ in page["blocks"]]
        total = float(sum(w for w, y in zip(words, labels) if y is not None)) or 1.0
        for (_, _, _, _, x), w, y in zip(page["blocks"], words, labels):
            if y is not None:
                block_x.append(x)
                block_y.append(y)
                block_w.append(w / total)
        if kind in PAGE_TYPES:
            page_x.append(page["page"])
            page_y.append(PAGE_TYPES.index(kind))
        used += 1
    print(f"{used} pages, {len(block_x)} blocks ({sum(block_y)} content), {len(page_x)} pages with a kind",
          file=sys.stderr)
    return (np.array(block_x, dtype=np.float32), np.array(block_y), np.array(block_w),
            np.array(page_x, dtype=np.float32), np.array(page_y))


def f32(value):
    """A float as Rust writes it, exactly as f32 reads it."""
    text = str(np.float32(value))
    if text in ("inf", "-inf", "nan"):
        return {"inf": "f32::INFINITY", "-inf": "f32::NEG_INFINITY", "nan": "f32::NAN"}[text]
    return text if ("." in text or "e" in text) else text + ".0"


def flatten(tree):
    """The nodes of one LightGBM tree in preorder, children as offsets from the root."""
    nodes = []

    def visit(node):
        at = len(nodes)
        if "leaf_value" in node:
            nodes.append(["LEAF", 0.0, 0, 0, node["leaf_value"]])
            return at
        if node.get("decision_type", "<=") != "<=":
            raise SystemExit(f"unsupported split {node.get('decision_type')}")
        nodes.append([node["split_feature"], node["threshold"], 0, 0, node["internal_value"]])
        nodes[at][2] = visit(node["left_child"])
        nodes[at][3] = visit(node["right_child"])
        return at

    visit(tree["tree_structure"])
    return nodes


def ensemble_rust(name, doc, booster, classes):
    model = booster.dump_model()
    nodes, roots = [], []
    for tree in model["tree_info"]:
        roots.append(len(nodes))
        nodes.extend(flatten(tree))
    lines = [f"/// {doc}",
             f"pub(crate) static {name}: Ensemble = Ensemble {{ nodes: &{name}_NODES, roots: &{name}_ROOTS, classes: {classes} }};",
             "",
             f"static {name}_NODES: [Node; {len(nodes)}] = ["]
    for feature, threshold, left, right, value in nodes:
        feature = "LEAF" if feature == "LEAF" else str(feature)
        lines.append(f"    Node {{ feature: {feature}, threshold: {f32(threshold)}, left: {left}, right: {right}, "
                     f"value: {f32(value)} }},")
    lines.append("];")
    lines.append(f"static {name}_ROOTS: [u32; {len(roots)}] = {roots};")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dirs", nargs="+", type=Path, help="folders of ID.txt pages with ID.gold.txt")
    parser.add_argument("--skip-ids", nargs="*", default=[], help="files of page ids never to train on")
    parser.add_argument("--dechaff", default="target/release/dechaff", help="the dechaff command to run")
    parser.add_argument("--out", type=Path, default=Path("src/learned/tables.rs"))
    parser.add_argument("--snippet-kind", choices=PAGE_TYPES,
                        help="the kind of every page scored by snippets (ID.snippets.json, no gold text): "
                             "its blocks are labelled by the snippets, and its kind is this")
    parser.add_argument("--rounds", type=int, default=1,
                        help="rounds of training: the first on the pages as the stages alone leave them, each "
                             "later one also on the pages as the stages and the last round's model leave them "
                             "(the script rebuilds the command between rounds with cargo). One round, the "
                             "default, gives the compiled tables: they then depend on the stages alone, not on "
                             "how the layer applies the model")
    args = parser.parse_args()

    skip = read_ids(args.skip_ids)
    rounds = []
    for round_ in range(args.rounds):
        if round_ > 0:
            subprocess.run(["cargo", "build", "--release", "--quiet", "-p", "dechaff-cli"], check=True)
        header, pages = run_features(args.dechaff, args.dirs, with_model=round_ > 0)
        rounds.append(collect(header, pages, skip, args.snippet_kind))
        bx, by, bw = (np.concatenate([r[i] for r in rounds]) for i in range(3))
        # The page model reads the page as the first pass sees it, the same in every round.
        px, py = rounds[0][3], rounds[0][4]
        names = header["block_features"]
        blocks = lgb.train(BLOCK_PARAMS, lgb.Dataset(bx, by, weight=bw * 1000.0), num_boost_round=BLOCK_TREES)
        page = lgb.train(PAGE_PARAMS, lgb.Dataset(px, py), num_boost_round=PAGE_TREES)
        if round_ == 0:
            report_page_model(px, py)
        write_tables(args, names, blocks, page, len(by))
        print(f"round {round_ + 1}: wrote {args.out}", file=sys.stderr)


def report_page_model(px, py, folds=5):
    """The page model's kinds, cross-validated by page: how often a kind is given and how often it
    is right when given, at each threshold of its probability."""
    order = np.random.RandomState(27).permutation(len(py))
    probability = np.zeros((len(py), len(PAGE_TYPES)))
    for k in range(folds):
        test = order[k::folds]
        train = np.setdiff1d(order, test)
        model = lgb.train(PAGE_PARAMS, lgb.Dataset(px[train], py[train]), num_boost_round=PAGE_TREES)
        probability[test] = model.predict(px[test])
    best, top = probability.argmax(axis=1), probability.max(axis=1)
    for threshold in (0.5, 0.6, 0.7, 0.8, 0.9):
        given = top >= threshold
        right = (best[given] == py[given]).mean() if given.any() else 0.0
        print(f"page model, {folds}-fold: from p {threshold}: kind given on {given.mean():.2f} of pages, "
              f"right on {right:.3f} of those", file=sys.stderr)


def write_tables(args, names, blocks, page, rows):
    gain = blocks.feature_importance("gain")
    top = sorted(range(len(names)), key=lambda i: -gain[i])[:12]
    print("block model, top features by gain: " + "; ".join(names[i] for i in top), file=sys.stderr)
    text = "\n".join([
        "//! Written by `scripts/train.py`: do not edit. Retrain with the command in docs/learned.md.",
        f"//! Trained on {len(set(map(str, args.dirs)))} folders ({', '.join(d.name for d in args.dirs)}), "
        f"{rows} blocks; held out: {', '.join(Path(s).name for s in args.skip_ids) or 'none'}.",
        "",
        "use super::model::{Ensemble, LEAF, Node};",
        "",
        ensemble_rust("BLOCKS", "The block model: the probability that a block is the page's content.", blocks, 1),
        "",
        ensemble_rust("PAGES", "The page model: a score for each page kind, in the order of `PageType::ALL`.", page,
                      len(PAGE_TYPES)),
        "",
    ])
    args.out.write_text(text)
    # As `cargo fmt` leaves it, so that retraining on the same data changes nothing.
    subprocess.run(["rustfmt", "--edition", "2024", str(args.out)], check=True)


if __name__ == "__main__":
    main()
