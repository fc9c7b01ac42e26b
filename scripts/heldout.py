#!/usr/bin/env python3
"""Choose the held-out quarter of a development-set folder, by site, once.

Usage: python3 scripts/heldout.py DIR OUT [--share 0.25] [--seed 27]

DIR is a folder as `dechaff eval` reads it: `ID.txt` pages, each with a gold (`ID.gold.txt`,
`ID.labels.tsv` or `ID.snippets.json`). OUT receives the held-out ids, sorted, one a line; what was
chosen is summed up on standard error.

- A page's site is the host of its URL: `ID.url`, or the `url` of `ID.snippets.json`. A Wayback
  Machine URL (web.archive.org/web/TIME/URL) counts as the site it archived; `www.` is dropped.
  A page without a URL is a site of its own (named by its id).
- Pages are stratified by the `page_type` of `ID.meta.json` (pages without one form a stratum of
  their own): a site goes to the stratum of most of its pages, so every type gets held-out pages.
- In each stratum the sites are shuffled with a fixed seed and taken whole, in that order, whenever
  a site brings the held-out count closer to `share` of the stratum's pages.

The same folder, share and seed always give the same list. Standard library only.
"""
import argparse
import collections
import json
import random
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

GOLD_SUFFIXES = (".gold.txt", ".labels.tsv", ".snippets.json")
WAYBACK = re.compile(r"^/web/[^/]+/(.+)$")


def pages(folder):
    """Ids of the pages of `folder` that have a page text and a gold."""
    ids = set()
    for path in folder.iterdir():
        for suffix in GOLD_SUFFIXES:
            if path.name.endswith(suffix):
                page_id = path.name[: -len(suffix)]
                if (folder / f"{page_id}.txt").is_file():
                    ids.add(page_id)
    return sorted(ids)


def url_of(folder, page_id):
    """The page's URL, or None."""
    url_file = folder / f"{page_id}.url"
    if url_file.is_file():
        return url_file.read_text(encoding="utf-8").strip() or None
    snippets = folder / f"{page_id}.snippets.json"
    if snippets.is_file():
        return json.loads(snippets.read_text(encoding="utf-8")).get("url")
    return None


def host(url):
    """The site of a URL: its host without `www.`, the archived site's for a Wayback URL; or None."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    name = (parts.hostname or "").lower()
    archived = WAYBACK.match(parts.path)
    if name == "web.archive.org" and archived:
        inner = archived.group(1)
        return host(inner if "://" in inner else "http://" + inner)
    if not name or "." not in name:
        return None
    return name[4:] if name.startswith("www.") else name


def page_type(folder, page_id):
    """The `page_type` of the page's `ID.meta.json`, or None."""
    meta = folder / f"{page_id}.meta.json"
    if not meta.is_file():
        return None
    return json.loads(meta.read_text(encoding="utf-8")).get("page_type")


def sites_by_stratum(folder, ids):
    """{stratum: {site: [ids]}}: each site in the stratum of most of its pages."""
    sites = collections.defaultdict(list)
    types = {}
    for page_id in ids:
        site = host(url_of(folder, page_id) or "") or f"id:{page_id}"
        sites[site].append(page_id)
        types[page_id] = page_type(folder, page_id) or "(none)"
    strata = collections.defaultdict(dict)
    for site, members in sites.items():
        counts = collections.Counter(types[m] for m in members)
        stratum = min(counts, key=lambda t: (-counts[t], t))
        strata[stratum][site] = members
    return strata, types


def choose(sites, share, rng):
    """Whole sites, shuffled, taken while each brings the count closer to `share` of the pages."""
    order = sorted(sites)
    rng.shuffle(order)
    target = share * sum(len(m) for m in sites.values())
    held = []
    for site in order:
        if abs(len(held) + len(sites[site]) - target) < abs(len(held) - target):
            held.extend(sites[site])
    return held


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dir", type=Path, help="a development-set folder")
    parser.add_argument("out", type=Path, help="where to write the held-out ids")
    parser.add_argument("--share", type=float, default=0.25, help="the share of pages to hold out (0.25)")
    parser.add_argument("--seed", type=int, default=27, help="the shuffle's seed (27)")
    args = parser.parse_args()
    ids = pages(args.dir)
    if not ids:
        sys.exit(f"{args.dir}: no page with a gold")
    strata, types = sites_by_stratum(args.dir, ids)
    rng = random.Random(args.seed)
    held = sorted(page_id for stratum in sorted(strata) for page_id in choose(strata[stratum], args.share, rng))
    args.out.write_text("".join(f"{page_id}\n" for page_id in held), encoding="utf-8")
    sites = sum(len(s) for s in strata.values())
    print(f"{args.dir}: {len(held)} of {len(ids)} pages held out, {sites} sites", file=sys.stderr)
    everywhere = collections.Counter(types.values())
    out = collections.Counter(types[page_id] for page_id in held)
    for name in sorted(everywhere):
        print(f"  {name}: {out[name]} of {everywhere[name]}", file=sys.stderr)


if __name__ == "__main__":
    main()
