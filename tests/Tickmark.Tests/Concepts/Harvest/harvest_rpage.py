#!/usr/bin/env python3
"""Harvest labelled examples from the rendered XBRL report pages of a filing (EDGAR's R2.htm, R4.htm...).

EDGAR renders each statement of an XBRL filing as an HTML page: one row per line item, the row's label as
the filer's presentation prints it, and the element in the row's link (defref_us-gaap_Revenues). Headings
are the abstracts' rows. Output: the columns of harvest_ixbrl.py (statement kind from the page's title,
nearest heading, label, element, unit from the element's name, period type from the statement, printed
sign from the first figure, fact sign left empty; rows under a member heading are marked dimensional).

Usage: harvest_rpage.py SOURCE_LABEL FILE [FILE...]   (FILE's name should start with the ticker: adi_2019_R2.htm)
Reads only the files named; run it on filings you may use (never NVIDIA's own 10-Q/10-K).
"""
import re, sys
from html import unescape

from harvest_linkbase import unit_of  # the unit an element's name implies, as for linkbases

ROW = re.compile(r"<tr([^>]*)>(.*?)</tr>", re.S | re.I)
CELL = re.compile(r"<td([^>]*)>(.*?)</td>", re.S | re.I)
DEFREF = re.compile(r"defref_([a-z0-9\-]+)_([A-Za-z0-9_]+)'")
TITLE = re.compile(r"<th class=\"tl\"[^>]*>.*?<strong>(.*?)</strong>", re.S | re.I)


def text(html):
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", html)).replace("\u00a0", " ")).strip()


def kind_of(title):
    t = title.lower()
    if "parenthetical" in t or ("comprehensive" in t and not re.search(r"operations|earnings|income and", t)):
        return None
    if "cash flow" in t:
        return "cash_flow"
    if re.search(r"balance sheet|financial position|financial condition|statements? of condition", t):
        return "balance_sheet"
    if re.search(r"income|operations|earnings", t):
        return "income_statement"
    return None


def main():
    source, files = sys.argv[1], sys.argv[2:]
    print("\t".join(["source", "file", "statement", "section", "label", "element", "unit", "period_type", "printed_negative", "fact_negative", "dimensions"]))
    for path in files:
        html = open(path, encoding="utf-8", errors="replace").read()
        title = TITLE.search(html)
        kind = kind_of(text(title.group(1))) if title else None
        if kind is None:
            continue
        section, member = "", ""
        for attrs, row in ROW.findall(html):
            if 'class="rh"' in attrs:
                # A member heading (defref_srt_ProductOrServiceAxis=us-gaap_EquipmentMember): the rows below it are its parts.
                axis = re.search(r"defref_([^'=]+)=([^']+)'", row)
                member = f"{axis.group(1).replace('_', ':', 1)}={axis.group(2).replace('_', ':', 1)}" if axis else "member"
                continue
            cells = CELL.findall(row)
            if not cells or "pl" not in cells[0][0]:
                continue
            ref = DEFREF.search(cells[0][1])
            if not ref:
                continue
            prefix, name = ref.group(1), ref.group(2)
            label = text(cells[0][1])
            if name.endswith("Abstract"):
                section = label.rstrip(":")  # the member, once printed, holds to the end: R pages print the totals first, then each member
                continue
            if re.search(r"(Member|Axis|Domain)$", name):
                member = f"{prefix}:{name}"
                continue
            figures = [(attrs, text(body)) for attrs, body in cells[1:] if re.search(r"\bnum", attrs)]
            if not figures:
                continue
            first = figures[0][1]
            period = "instant" if kind == "balance_sheet" or (kind == "cash_flow" and re.search(r"beginning|end of (the )?(period|year)", label, re.I)) else "duration"
            print("\t".join([source, path.split("/")[-1], kind, section, label, f"{prefix}:{name}", unit_of(name), period,
                             "1" if "(" in first else "0", "", member]))


if __name__ == "__main__":
    main()
