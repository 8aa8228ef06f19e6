#!/usr/bin/env python3
"""List the US-GAAP elements that filings use, with the attributes the taxonomy gives them.

From each XBRL instance (.xml) or inline-XBRL document (.htm/.html): every us-gaap fact's element,
item type (from its unit: USD, USD per share, shares, pure) and period type (from its context:
instant or duration). From SEC viewer MetaLinks.json files: each element's balance ("crdr"), as the
taxonomy defines it. From calculation linkbases (_cal.xml): the balance of further elements, because
XBRL 2.1 requires a summation-item arc's weight to be positive exactly when parent and child have the
same balance. Output (TSV on stdout): name, type, period type, balance, the file that shows each.

Usage: build_elements.py FILE...   (never NVIDIA's own 10-Q/10-K)
"""
import json, re, sys
from collections import defaultdict

FACT = re.compile(r"<(?:ix:nonFraction|us-gaap:)([^>]*)>", re.I)


def attrs(s):
    return dict(re.findall(r'([\w:-]+)="([^"]*)"', s))


def contexts(text):
    out = {}
    for m in re.finditer(r"<(?:xbrli:)?context\b[^>]*\bid=\"([^\"]+)\"[^>]*>(.*?)</(?:xbrli:)?context>", text, re.S | re.I):
        body = m.group(2)
        out[m.group(1)] = "instant" if re.search(r"<(?:xbrli:)?instant>", body, re.I) else "duration"
    return out


def units(text):
    out = {}
    for m in re.finditer(r"<(?:xbrli:)?unit\b[^>]*\bid=\"([^\"]+)\"[^>]*>(.*?)</(?:xbrli:)?unit>", text, re.S | re.I):
        body = m.group(2).lower()
        if "divide" in body and "usd" in body and "shares" in body:
            out[m.group(1)] = "perShare"
        elif "iso4217:usd" in body:
            out[m.group(1)] = "monetary"
        elif "xbrli:shares" in body:
            out[m.group(1)] = "shares"
        elif "xbrli:pure" in body:
            out[m.group(1)] = "pure"
    return out


def main():
    seen = {}
    balance = {}
    arcs = []
    cal_seen = {}
    for path in sys.argv[1:]:
        name = path.split("/")[-1]
        text = open(path, encoding="utf-8", errors="replace").read()
        if name.endswith("MetaLinks.json"):
            for inst in json.loads(text)["instance"].values():
                for tag, t in inst["tag"].items():
                    if tag.startswith("us-gaap_") and t.get("crdr"):
                        balance.setdefault(tag[8:], (t["crdr"], name))
            continue
        if name.endswith("_cal.xml"):
            locs = {}
            for m in re.finditer(r"<link:loc\b([^>]*)>", text):
                a = attrs(m.group(1))
                e = re.search(r"#us-gaap_(\w+)$", a.get("xlink:href", ""))
                if e:
                    locs[a.get("xlink:label")] = e.group(1)
            for link in re.finditer(r"<link:calculationLink\b([^>]*)>(.*?)</link:calculationLink>", text, re.S):
                role = attrs(link.group(1)).get("xlink:role", "")
                # A calculation only adds facts of one context: a balance sheet's are instants, an income or cash-flow statement's durations.
                period = "instant" if re.search(r"BalanceSheet|FinancialCondition|FinancialPosition|StatementOfCondition", role, re.I) and not re.search(r"Parenthetical", role, re.I) \
                    else "duration" if re.search(r"(Income|Operations|Earnings|CashFlow)", role) and not re.search(r"Comprehensive|Parenthetical|Equity", role) else None
                for m in re.finditer(r"<link:calculationArc\b([^>]*)>", link.group(2)):
                    a = attrs(m.group(1))
                    p, c = locs.get(a.get("xlink:from")), locs.get(a.get("xlink:to"))
                    if p and c and "weight" in a:
                        arcs.append((p, c, float(a["weight"]), name))
                        if period:
                            for e in (p, c):
                                cal_seen.setdefault(e, ("monetary", period, name + " " + role.rsplit("/", 1)[-1]))
            continue
        ctx, unit = contexts(text), units(text)
        for m in re.finditer(r"<ix:nonFraction\b([^>]*)>", text, re.I):
            a = attrs(m.group(1))
            n = a.get("name", "")
            if n.startswith("us-gaap:") and a.get("contextRef") in ctx and a.get("unitRef") in unit:
                seen.setdefault(n[8:], (unit[a["unitRef"]], ctx[a["contextRef"]], name))
        for m in re.finditer(r"<us-gaap:(\w+)\b([^>]*)>", text):
            a = attrs(m.group(2))
            if a.get("contextRef") in ctx and a.get("unitRef") in unit:
                seen.setdefault(m.group(1), (unit[a["unitRef"]], ctx[a["contextRef"]], name))
    for n, v in cal_seen.items():
        seen.setdefault(n, v)
    # Balances spread along calculation arcs until nothing changes.
    changed = True
    while changed:
        changed = False
        for p, c, w, f in arcs:
            for a, b in ((p, c), (c, p)):
                if a in balance and b not in balance:
                    same = w > 0
                    bal = balance[a][0] if same else ("credit" if balance[a][0] == "debit" else "debit")
                    balance[b] = (bal, f + " from " + a)
                    changed = True
    print("# name\ttype\tperiod\tbalance\tseen in\tbalance from")
    for n in sorted(seen):
        t, period, f = seen[n]
        bal, bf = balance.get(n, ("-", ""))
        if t != "monetary":
            bal, bf = "-", ""
        print(f"{n}\t{t}\t{period}\t{bal}\t{f}\t{bf}")


if __name__ == "__main__":
    main()
