#!/usr/bin/env python3
"""Harvest labelled face-statement rows of banks, insurers, utilities, REITs and broker-dealers from the SEC's
Financial Statement Data Sets (FSDS: sub.txt, pre.txt and, where there is one, tag.txt of a quarter).

pre.txt lists each filing's statements line by line (adsh, report, line, stmt BS/IS/CF, inpth, tag, version,
plabel: the label the statement prints); sub.txt gives the filer's CIK and SIC code. Each line of a balance
sheet, income statement or cash-flow statement (not parenthetical) of a 10-Q/10-K of a company of these SIC
codes becomes one example: industry, CIK, the filing, its period (the balance-sheet date), statement kind, label, element, unit (tag.txt's data
type, else from the element's name), period type (tag.txt's iord, else from the statement). pre.txt has no
headings (abstracts are not in it), so the rows carry none. One filing a company (its latest in the files
given), six companies of each industry on each side,
and its first statement of each kind (co-registrants' own statements left out), so no filer dominates.

Usage: harvest_fsds.py SOURCE_LABEL QUARTER_DIR [QUARTER_DIR...] > industry-rows.tsv
(each QUARTER_DIR a relative path, named as in the source: the source column is SOURCE_LABEL + QUARTER_DIR)
Never NVIDIA (CIK 1045810); companies already in face-rows.tsv (JPMorgan 19617, Wells Fargo 72971) are left out,
so they stay on the side HarvestedXbrlRowTests gives them.
"""
import csv, hashlib, os, re, sys

csv.field_size_limit(10**8)

INDUSTRIES = [
    ("bank", [(6020, 6036), (6110, 6199)]),
    ("insurer", [(6311, 6411)]),
    ("utility", [(4900, 4991)]),
    ("reit", [(6798, 6798)]),
    ("broker", [(6211, 6211)]),
]
LEFT_OUT = {"1045810", "19617", "72971"}
# Companies kept of each industry on each side (tuning: first hex digit of the MD5 of the decimal CIK 8-f; held out: 0-7),
# in the order of that MD5: the sample is chosen before any row is read.
PER_SIDE = 6


def side_of(cik):
    return "tuning" if hashlib.md5(cik.encode()).hexdigest()[0] in "89abcdef" else "held-out"
KINDS = {"BS": "balance_sheet", "IS": "income_statement", "CF": "cash_flow"}


def industry_of(sic):
    try:
        s = int(float(sic))
    except ValueError:
        return None
    return next((name for name, ranges in INDUSTRIES if any(lo <= s <= hi for lo, hi in ranges)), None)


def unit_of(name, datatype):
    if datatype == "perShare":
        return "USD/share"
    if datatype == "shares":
        return "shares"
    if datatype == "monetary":
        return "USD"
    if re.search(r"PerShare|PerUnit|Per(Basic|Diluted)(Share|Unit)", name):
        return "USD/share"
    if re.search(r"Shares(Outstanding|Issued)?$|NumberOfShares|SharesOutstanding|WeightedAverage.*Shares|StockSharesIssued", name) and "Value" not in name:
        return "shares"
    return "USD"


def read(path):
    with open(path, encoding="utf-8", errors="replace", newline="") as f:
        yield from csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)


def main():
    source, dirs = sys.argv[1], sys.argv[2:]
    tags, filings = {}, {}
    for d in dirs:
        if os.path.exists(os.path.join(d, "tag.txt")):
            for t in read(os.path.join(d, "tag.txt")):
                if t["custom"] == "0":
                    tags[t["tag"]] = (t["datatype"], t["iord"])
        for s in read(os.path.join(d, "sub.txt")):
            cik = str(int(float(s["cik"])))
            industry = industry_of(s["sic"])
            if industry is None or cik in LEFT_OUT or s["form"] not in ("10-Q", "10-K"):
                continue
            known = filings.get(cik)
            if known is None or s["filed"] > known["filed"]:
                filings[cik] = dict(s, cik=cik, industry=industry, dir=d)
    kept = {}
    for f in sorted(filings.values(), key=lambda f: hashlib.md5(f["cik"].encode()).hexdigest()):
        group = kept.setdefault((f["industry"], side_of(f["cik"])), [])
        if len(group) < PER_SIDE:
            group.append(f)
    wanted = {(f["dir"], f["adsh"]): f for group in kept.values() for f in group}
    print("\t".join(["source", "file", "industry", "cik", "sic", "company", "period", "statement", "label", "element", "unit", "period_type", "negating"]))
    for d in dirs:
        rows = {}
        for p in read(os.path.join(d, "pre.txt")):
            f = wanted.get((d, p["adsh"]))
            if f is None or p["stmt"] not in KINDS or p["inpth"] not in ("0", "0.0"):
                continue
            rows.setdefault((p["adsh"], p["stmt"]), []).append(p)
        for (adsh, stmt), lines in sorted(rows.items()):
            f = wanted[(d, adsh)]
            first = min(int(float(l["report"])) for l in lines)
            for p in sorted((l for l in lines if int(float(l["report"])) == first), key=lambda l: int(float(l["line"]))):
                tag, version = p["tag"], p["version"]
                element = ("us-gaap:" if version.startswith("us-gaap/") else ("dei:" if version.startswith("dei/") else "custom:")) + tag
                datatype, iord = tags.get(tag, ("", ""))
                period = {"I": "instant", "D": "duration"}.get(iord) or ("instant" if stmt == "BS" else "duration")
                label = re.sub(r"\s+", " ", p["plabel"]).strip()
                print("\t".join([source + d.rstrip("/"), adsh, f["industry"], f["cik"], str(int(float(f["sic"]))),
                                 f["name"], str(int(float(f["period"]))), KINDS[stmt], label, element, unit_of(tag, datatype), period, "1" if p["negating"] in ("1", "1.0") else "0"]))


if __name__ == "__main__":
    main()
