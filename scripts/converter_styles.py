#!/usr/bin/env python3
"""Render every dechaff corpus document in several HTML-to-text converter styles.

Usage: python3 scripts/converter_styles.py [CORPUS_DIR] [OUT_DIR]
       (defaults: corpus  /tmp/dechaff-styles)

For each style S in plain, markdown, lynx, html2text, nobreaks it writes
  OUT/S/NNNN.txt        the page text in that style
  OUT/S/NNNN.gold.txt   the body lines exactly as they appear in NNNN.txt
                        (one paragraph per block, blocks joined by a blank line)
  OUT/meta/S/NNNN.tsv   per output line: out_line, label, orig_line, shape, text
                        (label = corpus label; inserted lines get `image` / `references`)
  OUT/index.tsv         NNNN -> corpus document name

Styles (modelled on real converters):
  plain     the corpus document unchanged
  markdown  pandoc / trafilatura-markdown like: links `[t](url)`, nav runs as `* [t](url)`,
            `# Title`, `## header` of headline lists, `![alt](img)` before captions, 1-2 links
            and maybe one **bold** span inside body paragraphs; one element per block
  lynx      `lynx -dump` like: `[12]text` links, 3-space indent, wrapped at 77 columns,
            `   * item` lists, a trailing `References` list of URLs
  html2text python html2text like: markdown, paragraphs wrapped at 78 columns, `  * ` bullets
  nobreaks  plain without any blank line (BeautifulSoup get_text("\\n") like)

Deterministic: every document gets its own random.Random seeded from its name.
"""
import os
import random
import re
import sys
import textwrap
import unicodedata
import zlib

import argparse

ap = argparse.ArgumentParser(description="render the dechaff corpus in converter styles")
ap.add_argument("corpus", nargs="?", default="corpus")
ap.add_argument("out", nargs="?", default="/tmp/dechaff-styles")
ap.add_argument("--style", action="append", help="only these styles (repeatable)")
ap.add_argument("--without", default="",
                help="ablation: comma list of features to switch off: links (link syntax on "
                     "boilerplate), bullets, headings, images, bodymarkup (links/bold in body), "
                     "split (one element per block; off = corpus block structure), wrap, indent, refs")
ap.add_argument("--dir-suffix", default="", help="write OUT/STYLE+SUFFIX instead of OUT/STYLE")
ARGS = ap.parse_args()
CORPUS, OUT = ARGS.corpus, ARGS.out
WITHOUT = set(filter(None, ARGS.without.split(",")))
STYLES = ARGS.style or ["plain", "markdown", "lynx", "html2text", "nobreaks"]
LINKY = {"navigation", "social", "unrelated-headlines", "teaser"}
LISTY = {"navigation", "social", "unrelated-headlines"}
SEP_RE = re.compile(r"\s+(\||·|›|»|>|/)\s+")
TEASER_RE = re.compile(r"^([A-ZÀ-Ýa-zà-ÿ][^:.]{1,25}[:.])\s+(.+)$")
WORD_RE = re.compile(r"^\w[\w’'\-]*$")
SECTIONS = ["news", "local", "sport", "culture", "business", "opinion", "tag", "author"]


def slug(text, n=6):
    t = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    words = re.findall(r"[a-z0-9]+", t)[:n]
    return "-".join(words) or "page"


class Doc:
    """One document: lines with labels, grouped into blocks of consecutive non-blank lines."""

    def __init__(self, name):
        self.name = name
        with open(os.path.join(CORPUS, name + ".txt"), encoding="utf-8") as f:
            self.lines = f.read().split("\n")
        if self.lines and self.lines[-1] == "":
            self.lines.pop()
        self.labels = {}
        with open(os.path.join(CORPUS, name + ".labels.tsv"), encoding="utf-8") as f:
            next(f)
            for row in f:
                parts = row.rstrip("\n").split("\t")
                self.labels[int(parts[0])] = parts[1]
        self.blocks = []  # list of list of (orig_line_no, text, label)
        cur = []
        for i, text in enumerate(self.lines, 1):
            if text.strip() == "":
                if cur:
                    self.blocks.append(cur)
                cur = []
            else:
                cur.append((i, text.strip(), self.labels.get(i, "unlabelled")))
        if cur:
            self.blocks.append(cur)
        self.rng = random.Random(zlib.crc32(name.encode()))
        self.plan = self.make_plan()

    def make_plan(self):
        """Style-independent decisions: per line a kind, link pieces, body spans, url seeds."""
        rng = self.rng
        plan = {}
        all_lines = [ln for b in self.blocks for ln in b]
        # runs of unrelated-headlines lines, ignoring blank lines
        hl_runs, run = [], []
        for ln in all_lines:
            if ln[2] == "unrelated-headlines":
                run.append(ln)
            else:
                if run:
                    hl_runs.append(run)
                run = []
        if run:
            hl_runs.append(run)
        headers = set()
        for r in hl_runs:
            first = r[0]
            if len(r) >= 3 and (len(first[1].split()) <= 5 or first[1].endswith(":")):
                headers.add(first[0])
        hl_bullets = rng.random() < 0.7  # most sites render headline lists as <ul>
        # list runs: >=2 consecutive lines of a listy label inside one original block
        in_list = set()
        for b in self.blocks:
            j = 0
            while j < len(b):
                k = j
                while k < len(b) and b[k][2] == b[j][2] and b[k][0] not in headers:
                    k += 1
                if k == j:
                    k = j + 1
                    j = k
                    continue
                if b[j][2] in LISTY and k - j >= 2 and all(
                    len(x[1].split()) <= 8 and not SEP_RE.search(x[1]) for x in b[j:k]
                ):
                    in_list.update(x[0] for x in b[j:k])
                j = k
        for r in hl_runs:  # headline items after a header are a list too (if bullets)
            if hl_bullets:
                in_list.update(x[0] for x in r if x[0] not in headers)
        body_spans = {}
        for no, text, label in all_lines:
            p = {"label": label}
            words = text.split()
            sec = rng.choice(SECTIONS)
            if no in headers:
                p["kind"] = "hl-header"
            elif label == "title":
                p["kind"] = "title"
            elif label in LINKY or (label == "legal" and SEP_RE.search(text)):
                pieces = self.link_pieces(text, label, sec)
                if pieces is None:
                    p["kind"] = "text"
                else:
                    p["kind"] = "links"
                    p["pieces"] = pieces
                    p["list"] = no in in_list
            elif label == "body" and len(words) >= 12:
                p["kind"] = "para"
                p["spans"] = self.choose_spans(words)
            elif label == "body":
                p["kind"] = "subhead"
            else:
                p["kind"] = "text"
            if label == "caption":
                p["kind"] = "caption"
            plan[no] = p
        # image line before the first line of each caption run
        prev_caption = False
        for no, text, label in all_lines:
            if label == "caption" and not prev_caption:
                alt = " ".join(re.sub(r"\s*(Foto|Photo|Bild|Fot\.|Fotografia)\b.*$", "", text).split()[:8])
                if not alt or alt.startswith("("):
                    alt = "Image"
                plan[no]["image"] = (alt, "https://example.org/img/%s-%d.jpg" % (slug(text, 4), rng.randrange(100, 999)))
            prev_caption = label == "caption"
        return plan

    def link_pieces(self, text, label, sec):
        """Split a line into [(is_link, text, url)] pieces; None when it would not be a link."""
        rng = self.rng

        def url(t):
            return "https://example.org/%s/%s" % (sec, slug(t))

        if label == "teaser":
            m = TEASER_RE.match(text)
            if m:
                return [(False, m.group(1) + " ", None), (True, m.group(2), url(m.group(2)))]
            return [(True, text, url(text))]
        parts = SEP_RE.split(text)
        if len(parts) > 1:
            pieces = []
            items = parts[0::2]
            seps = parts[1::2]
            for i, item in enumerate(items):
                pre = ""
                m = re.match(r"^(\w[\w ]{0,20}:)\s+(.*)$", item)  # "Tags: hiking"
                if i == 0 and m:
                    pre, item = m.group(1) + " ", m.group(2)
                if pre:
                    pieces.append((False, pre, None))
                breadcrumb_last = seps and all(s in "›»>/" for s in seps) and i == len(items) - 1
                if breadcrumb_last or re.match(r"^[©\d]", item):
                    pieces.append((False, item, None))
                else:
                    pieces.append((True, item, url(item)))
                if i < len(seps):
                    pieces.append((False, " %s " % seps[i], None))
            return pieces
        if label == "legal":
            return None
        if len(text.split()) > 8 and label != "unrelated-headlines":
            return None  # long prose prompt, not a link
        return [(True, text, url(text))]

    def choose_spans(self, words):
        """One or two 2-3 word link spans and maybe one bold span: [(start, end, kind)]."""
        rng = self.rng
        n_links = rng.choice([1, 1, 2])
        want = ["link"] * n_links + (["bold"] if rng.random() < 0.4 else [])
        spans = []
        for kind in want:
            for _ in range(30):
                k = rng.choice([2, 3])
                s = rng.randrange(0, max(1, len(words) - k))
                e = s + k
                if e > len(words):
                    continue
                if not all(WORD_RE.match(w) for w in words[s:e]):
                    continue
                if any(not (e <= a - 1 or s >= b + 1) for a, b, _ in spans):
                    continue
                spans.append((s, e, kind))
                break
        return sorted(spans)


def render_pieces(pieces, style, counter, refs):
    out = []
    for is_link, text, url in pieces:
        if not is_link or "links" in WITHOUT:
            out.append(text)
        elif style == "lynx":
            counter[0] += 1
            refs.append(url)
            out.append("[%d]%s" % (counter[0], text))
        else:
            out.append("[%s](%s)" % (text, url))
    return "".join(out)


def render_para(text, spans, style, counter, refs, sec):
    words = text.split()
    out = []
    i = 0
    if "bodymarkup" in WITHOUT:
        spans = []
    for s, e, kind in spans:
        out.extend(words[i:s])
        phrase = " ".join(words[s:e])
        if kind == "bold":
            out.append(phrase if style == "lynx" else "**%s**" % phrase)
        elif style == "lynx":
            counter[0] += 1
            refs.append("https://example.org/%s/%s" % (sec, slug(phrase)))
            out.append("[%d]%s" % (counter[0], phrase))
        else:
            out.append("[%s](https://example.org/%s/%s)" % (phrase, sec, slug(phrase)))
        i = e
    out.extend(words[i:])
    return " ".join(out)


def render(doc, style):
    """Returns a list of output blocks; a block is a list of (text, label, orig_line, shape)."""
    if style in ("plain", "nobreaks"):
        blocks = [[(doc.lines[no - 1], lab, no, "plain") for no, t, lab in b] for b in doc.blocks]
        if style == "nobreaks":
            return [[ln for b in blocks for ln in b]]
        return blocks
    counter, refs = [0], []
    sec_rng = random.Random(zlib.crc32((doc.name + "/sec").encode()))
    blocks = []
    indent = "   " if style == "lynx" and "indent" not in WITHOUT else ""
    width = None if "wrap" in WITHOUT else {"lynx": 77, "html2text": 78}.get(style)
    bullet = {"markdown": "* ", "html2text": "  * ", "lynx": "   * "}[style]
    if "indent" in WITHOUT:
        bullet = bullet.lstrip()
    if "bullets" in WITHOUT:
        bullet = ""
    h1, h2 = ("", "") if style == "lynx" or "headings" in WITHOUT else ("# ", "## ")
    origin = []  # corpus block index of every output block, for `--without split`

    def wrap(text, shape, label, no, first_indent=indent, rest_indent=indent):
        if width is None or len(first_indent + text) <= width:
            return [(first_indent + text, label, no, shape)]
        lines = textwrap.wrap(text, width=width, initial_indent=first_indent,
                              subsequent_indent=rest_indent, break_long_words=False,
                              break_on_hyphens=False)
        return [(l, label, no, shape + ("-wrap1" if i == 0 else "-wrapN")) for i, l in enumerate(lines)]

    for bi, b in enumerate(doc.blocks):
        cur_list = []
        origin.extend([bi - 1] * (len(blocks) - len(origin)))
        for no, text, label in b:
            p = doc.plan[no]
            kind = p["kind"]
            if kind != "links" or not p.get("list"):
                if cur_list:
                    blocks.append(cur_list)
                    cur_list = []
            if "image" in p and style != "lynx" and "images" not in WITHOUT:
                alt, url = p["image"]
                blocks.append([("![%s](%s)" % (alt, url), "image", 0, "image")])
            if kind == "title":
                t = h1 + text
                blocks.append([(indent + t, label, no, "title-h1")])
            elif kind == "hl-header":
                t = h2 + text
                blocks.append([(indent + t, label, no, "hl-header-h2")])
            elif kind == "links":
                t = render_pieces(p["pieces"], style, counter, refs)
                nlinks = sum(1 for x in p["pieces"] if x[0])
                shape = "%s-link%s" % (label, "s" if nlinks > 1 else "")
                if p["list"]:
                    if style == "html2text":
                        cur_list.append((bullet + t, label, no, shape + "-bullet"))
                    else:
                        cur_list.extend(wrap(t, shape + "-bullet", label, no, bullet, " " * len(bullet)))
                else:
                    blocks.append(wrap(t, shape, label, no))
            elif kind == "para":
                t = render_para(text, p["spans"], style, counter, refs, sec_rng.choice(SECTIONS))
                blocks.append(wrap(t, "para-marked", label, no))
            else:
                shape = {"subhead": "subhead", "caption": "caption"}.get(kind, "text")
                blocks.append(wrap(text, shape, label, no))
        if cur_list:
            blocks.append(cur_list)
        origin.extend([bi] * (len(blocks) - len(origin)))
    if "split" in WITHOUT:  # merge the output blocks of one corpus block again
        merged = []
        for k, blk in enumerate(blocks):
            if k > 0 and origin[k] == origin[k - 1]:
                merged[-1] = merged[-1] + blk
            else:
                merged.append(blk)
        blocks = merged
    if style == "lynx" and refs and "refs" not in WITHOUT:
        blocks.append([("References", "references", 0, "references-header")])
        blocks.append([("%4d. %s" % (i, u), "references", 0, "references-url") for i, u in enumerate(refs, 1)])
    return blocks


def main():
    global STYLES
    names = sorted(f[:-4] for f in os.listdir(CORPUS)
                   if f.endswith(".txt") and os.path.exists(os.path.join(CORPUS, f[:-4] + ".labels.tsv")))
    for s in STYLES:
        for d in (os.path.join(OUT, s + ARGS.dir_suffix), os.path.join(OUT, "meta", s + ARGS.dir_suffix)):
            os.makedirs(d, exist_ok=True)
            for f in os.listdir(d):
                os.remove(os.path.join(d, f))
    with open(os.path.join(OUT, "index.tsv"), "w", encoding="utf-8") as idx:
        for n, name in enumerate(names, 1):
            nid = "%04d" % n
            idx.write("%s\t%s\n" % (nid, name))
            doc = Doc(name)
            for s in STYLES:
                blocks = render(doc, s)
                txt_lines, meta, gold_paras = [], [], []
                for bi, b in enumerate(blocks):
                    if bi > 0 and s != "nobreaks":
                        txt_lines.append("")
                    para = []
                    for text, label, no, shape in b:
                        txt_lines.append(text)
                        meta.append("%d\t%s\t%d\t%s\t%s" % (len(txt_lines), label, no, shape, text))
                        if label == "body":
                            if shape.endswith("-wrapN") and para:
                                para.append(text)
                            else:
                                if para:
                                    gold_paras.append("\n".join(para))
                                para = [text]
                        else:
                            if para:
                                gold_paras.append("\n".join(para))
                            para = []
                    if para:
                        gold_paras.append("\n".join(para))
                if s == "plain":  # byte-identical copy; meta line numbers are the corpus ones
                    txt_lines = doc.lines
                    meta = ["%d\t%s\t%d\tplain\t%s" % (no, lab, no, t) for b in doc.blocks for no, t, lab in b]
                with open(os.path.join(OUT, s + ARGS.dir_suffix, nid + ".txt"), "w", encoding="utf-8") as f:
                    f.write("\n".join(txt_lines) + "\n")
                with open(os.path.join(OUT, s + ARGS.dir_suffix, nid + ".gold.txt"), "w", encoding="utf-8") as f:
                    f.write("\n\n".join(gold_paras) + "\n")
                with open(os.path.join(OUT, "meta", s + ARGS.dir_suffix, nid + ".tsv"), "w", encoding="utf-8") as f:
                    f.write("out_line\tlabel\torig_line\tshape\ttext\n" + "\n".join(meta) + "\n")
    print("wrote %d documents x %d styles under %s" % (len(names), len(STYLES), OUT))


if __name__ == "__main__":
    main()
