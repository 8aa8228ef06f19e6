#!/usr/bin/env python3
"""Measures prose figures on releases that are not in the repo.

Usage: measure.py DIR [--cli PATH] [--check] [ID...]
  DIR holds the releases get_releases.py copied (DIR/ID.txt); truth/ID.json the figures typed by hand.
  --cli PATH  another build's tickmark executable, for a before/after (default: this checkout's Release build)
  --check     only checks the truth against the documents (text at offset, line and column); runs nothing

A figure is right when a narrative fact sits at its offset with the same magnitude, unit and period, as
../shared/tools/score_corpus.py scores the corpus. Per release it prints right/total, then each miss
with what the CLI gave at that offset, then the total.
"""
import json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "shared", "tools"))
import doc  # noqa: E402
import score  # noqa: E402  (close, same_period: the scorer's own comparison)


def period_key(p):
    if not p:
        return None
    return "@" + p["instant"] if "instant" in p else p["start"] + ".." + p["end"]


def check(folder, truths):
    problems = 0
    for rid, gt in truths:
        text = doc.decode(os.path.join(folder, rid + ".txt"))
        for n in gt["narrative"]:
            o = n["offset"]
            if text[o:o + n["length"]] != n["text"] or doc.line_col(text, o) != (n["line"], n["column"]):
                problems += 1
                print(f"{rid}: {n['text']!r} at {o}: document has {text[o:o + n['length']]!r} at {doc.line_col(text, o)}")
    print(f"checked {sum(len(g['narrative']) for _, g in truths)} figures, {problems} problems")
    return problems == 0


def main():
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    cli = os.path.join(HERE, "..", "..", "src", "Tickmark.Cli", "bin", "Release", "net10.0", "tickmark")
    if "--cli" in args:
        i = args.index("--cli")
        cli = args[i + 1]
        del args[i:i + 2]
    only_check = "--check" in args
    args = [a for a in args if a != "--check"]
    folder, ids = args[0], args[1:]
    names = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, "truth")) if f.endswith(".json"))
    truths = [(rid, json.load(open(os.path.join(HERE, "truth", rid + ".json"), encoding="utf-8")))
              for rid in names if not ids or rid in ids]
    if only_check:
        sys.exit(0 if check(folder, truths) else 1)
    hit = total = 0
    for rid, gt in truths:
        r = subprocess.run([cli, "extract", os.path.join(folder, rid + ".txt"), "--format", "json"], capture_output=True, text=True)
        if r.returncode != 0:
            print(f"{rid}: extract failed (exit {r.returncode}): {r.stderr.strip()[:300]}")
            out = {"facts": []}
        else:
            out = json.loads(r.stdout)
        h, t, _ = score.score_narrative(gt, out)
        hit += h; total += t
        print(f"{rid}: prose figures {h}/{t}")
        at = {}
        for f in out.get("facts", []):
            if f.get("origin") == "narrative":
                at.setdefault((f.get("source") or {}).get("offset"), []).append(f)
        for n in gt["narrative"]:
            got = at.get(n["offset"], [])
            if any(f.get("unit") == n["unit"] and score.close(abs(f.get("value") or 0), n["value"])
                   and score.same_period(f.get("period"), n["period"]) for f in got):
                continue
            want = f"{n['value']:g} {n['unit']} {period_key(n['period'])}"
            gave = "; ".join(f"{abs(f.get('value') or 0):g} {f.get('unit')} {period_key(f.get('period'))} [{f.get('label')}]" for f in got) or "nothing"
            print(f"    miss {n['text']} at {n['line']}:{n['column']} ({n['measure']}): want {want}; got {gave}")
    print(f"external prose figures {hit}/{total}")


if __name__ == "__main__":
    main()
