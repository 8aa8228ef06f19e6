#!/usr/bin/env python3
"""Builds truth/<id>.json from typed/<id>.tsv: the figures typed by hand from a release, each placed in
the document by its context.

Usage: place.py RELEASES_DIR ID...   (RELEASES_DIR as get_releases.py fills it: RELEASES_DIR/ID.txt)

typed/<id>.tsv lines (tab-separated; '#' lines are notes and are copied into the JSON's notes):
    context  value  unit  period  measure  basis
context is a phrase of the readable view (doc.py) with the figure's printed text in brackets,
"net income of $[53] million"; it must occur once in the view (end it with "#N" to take the N-th
occurrence). period is START..END or @INSTANT. The figure is placed at the document offset of its
first character and checked by slicing the decoded text.
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import doc  # noqa: E402

FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})


def parse_period(p):
    if p.startswith("@"):
        return {"instant": p[1:]}
    s, e = p.split("..")
    return {"start": s, "end": e}


def place(rel_dir, rid):
    text = doc.decode(os.path.join(rel_dir, rid + ".txt"))
    view, where = doc.readable(text)
    folded = view.translate(FOLD)
    narrative, notes, problems = [], [], []
    for n, line in enumerate(open(os.path.join(HERE, "typed", rid + ".tsv"), encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        if line.startswith("#"):
            notes.append(line.lstrip("# "))
            continue
        context, value, unit, period, measure, basis = line.split("\t")
        nth = 1
        if "#" in context and context.rsplit("#", 1)[1].isdigit():
            context, k = context.rsplit("#", 1)
            nth = int(k)
        a = context.index("[")
        b = context.index("]")
        figure = context[a + 1:b]
        plain = (context[:a] + figure + context[b + 1:]).translate(FOLD)
        hits, at = [], folded.find(plain)
        while at >= 0:
            hits.append(at)
            at = folded.find(plain, at + 1)
        if len(hits) < nth or (nth == 1 and len(hits) > 1 and "#" not in line.split("\t")[0]):
            problems.append(f"typed/{rid}.tsv:{n}: context {plain!r} found {len(hits)} times")
            continue
        vi = hits[nth - 1] + a
        off = where[vi]
        if text[off:off + len(figure)] != figure:
            problems.append(f"typed/{rid}.tsv:{n}: {figure!r} not contiguous in the document at {off}: {text[off:off + len(figure)]!r}")
            continue
        ln, col = doc.line_col(text, off)
        narrative.append({"offset": off, "length": len(figure), "line": ln, "column": col, "text": figure,
                          "value": float(value), "unit": unit, "period": parse_period(period), "measure": measure,
                          "dimensions": {}, "basis": basis})
    for p in problems:
        print(p)
    out = {"document": rid + ".txt", "narrative": narrative, "notes": notes}
    with open(os.path.join(HERE, "truth", rid + ".json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"{rid}: {len(narrative)} figures placed, {len(problems)} problems")
    return not problems


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    ok = all([place(sys.argv[1], rid) for rid in sys.argv[2:]])
    sys.exit(0 if ok else 1)
