#!/usr/bin/env python3
"""Harvest labelled examples from inline-XBRL 10-Q/10-K face statements.

For each face statement (balance sheet, income statement, cash flows) of an inline-XBRL filing, every
row that prints a tagged figure becomes one example: statement kind, the heading the row sits under,
the row label as printed, the element the filer tagged, its period type (from the fact's context),
whether the figure is printed in parentheses, whether the filer's fact is negative (ix sign="-"), and
the dimensions of the fact's context. Output: TSV on stdout, one line per example, with the source.

Usage: harvest_ixbrl.py SOURCE_LABEL FILE [FILE...]
Reads only the files named; run it on filings you may use (never NVIDIA's own 10-Q/10-K).
"""
import re, sys
from html.parser import HTMLParser

FACE = {
    "balance_sheet": {"us-gaap:Assets", "us-gaap:LiabilitiesAndStockholdersEquity"},
    "income_statement": {"us-gaap:EarningsPerShareBasic", "us-gaap:EarningsPerShareDiluted", "us-gaap:EarningsPerShareBasicAndDiluted"},
    "cash_flow": {"us-gaap:NetCashProvidedByUsedInOperatingActivities", "us-gaap:NetCashProvidedByUsedInOperatingActivitiesContinuingOperations"},
}


class Doc(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.contexts, self.ctx, self.in_period, self.dims = {}, None, None, []
        self.units, self.unit = {}, None
        self.tables, self.table, self.row, self.cell = [], None, None, None
        self.fact, self.tagstack, self.member = None, [], None
        self.texttarget = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        t = tag.lower()
        if t == "xbrli:context":
            self.ctx = {"id": a.get("id"), "type": None, "dims": []}
        elif t in ("xbrli:instant",) and self.ctx is not None:
            self.ctx["type"] = "instant"
        elif t in ("xbrli:startdate",) and self.ctx is not None:
            self.ctx["type"] = "duration"
        elif t == "xbrldi:explicitmember" and self.ctx is not None:
            self.member = [a.get("dimension"), ""]
        elif t == "xbrli:unit":
            self.unit = [a.get("id"), ""]
        elif t == "table":
            self.table = {"rows": []}
            self.tables.append(self.table)
        elif t == "tr" and self.table is not None:
            self.row = {"cells": [], "facts": []}
            self.table["rows"].append(self.row)
        elif t in ("td", "th") and self.row is not None:
            self.cell = []
            self.row["cells"].append(self.cell)
        elif t == "ix:nonfraction" and self.row is not None:
            self.fact = {"name": a.get("name"), "ctx": a.get("contextref"), "sign": a.get("sign", ""), "unit": a.get("unitref", ""),
                         "cell": len(self.row["cells"]) - 1, "text": ""}
            self.row["facts"].append(self.fact)

    def handle_endtag(self, tag):
        t = tag.lower()
        if t == "xbrli:context" and self.ctx is not None:
            self.contexts[self.ctx["id"]] = self.ctx
            self.ctx = None
        elif t == "xbrldi:explicitmember" and self.member is not None:
            self.ctx["dims"].append(f"{self.member[0]}={self.member[1].strip()}")
            self.member = None
        elif t == "ix:nonfraction":
            self.fact = None
        elif t == "xbrli:unit" and self.unit is not None:
            m = self.unit[1].lower()
            self.units[self.unit[0]] = "USD/share" if "usd" in m and "shares" in m else "USD" if "usd" in m else "shares" if "shares" in m else "pure"
            self.unit = None
        elif t == "table":
            self.table = None
            self.row = None
        elif t == "tr":
            self.row = None
        elif t in ("td", "th"):
            self.cell = None

    def handle_data(self, data):
        if self.member is not None:
            self.member[1] += data
        if self.unit is not None:
            self.unit[1] += data
        if self.cell is not None:
            self.cell.append(data)
        if self.fact is not None:
            self.fact["text"] += data


def clean(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def rows_of(table):
    out = []
    for r in table["rows"]:
        cells = [clean("".join(c)) for c in r["cells"]]
        out.append((cells, r["facts"]))
    return out


def kind_of(table):
    names = {f["name"] for r in table["rows"] for f in r["facts"]}
    for kind, anchors in FACE.items():
        if names & anchors:
            if kind == "income_statement" and "us-gaap:ComprehensiveIncomeNetOfTax" in names and len(names) < 8:
                continue
            return kind
    return None


def unit_of(name):
    """The unit an element's name implies, for filings whose unit declarations are out of reach."""
    if re.search(r"PerShare|PerUnit|Per(Basic|Diluted)(Share|Unit)", name):
        return "USD/share"
    if re.search(r"NumberOf.*Shares|SharesOutstanding|SharesIssued", name):
        return "shares"
    return "USD"


def main():
    source, files = sys.argv[1], sys.argv[2:]
    print("\t".join(["source", "file", "statement", "section", "label", "element", "unit", "period_type", "printed_negative", "fact_negative", "dimensions"]))
    for path in files:
        doc = Doc()
        doc.feed(open(path, encoding="utf-8", errors="replace").read())
        seen = set()
        for table in doc.tables:
            kind = kind_of(table)
            if kind is None or kind in seen:
                continue
            seen.add(kind)
            section = ""
            for cells, facts in rows_of(table):
                at = next((i for i, c in enumerate(cells) if c and not re.fullmatch(r"[\$\(\)\d,.\-—–%\s]*", c)), -1)
                label = cells[at] if at >= 0 else ""
                # A figure inside the label ("less allowances of $62") is not the row's own figure.
                facts = [f for f in facts if f["cell"] > at]
                if not facts:
                    if label and not re.search(r"\b(19|20)\d\d\b|\bin (millions|thousands|billions)\b|except per share", label, re.I):
                        section = label.rstrip(":")
                    continue
                f = facts[0]
                ctx = doc.contexts.get(f["ctx"], {})
                cell = cells[f["cell"]] if 0 <= f["cell"] < len(cells) else ""
                after = " ".join(cells[f["cell"] + 1:f["cell"] + 2])
                printed_negative = "(" in cell or after.startswith(")")
                print("\t".join([source, path.split("/")[-1], kind, section, label, f["name"] or "", doc.units.get(f["unit"]) or unit_of(f["name"] or ""), ctx.get("type") or "",
                                 "1" if printed_negative else "0", "1" if f["sign"] == "-" else "0", ";".join(ctx.get("dims", []))]))
                if label.lower().startswith("total"):
                    section = ""


if __name__ == "__main__":
    main()
