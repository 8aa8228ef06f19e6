#!/usr/bin/env python3
"""Harvest labelled examples from the presentation and label linkbases of an XBRL filing.

A filing's presentation linkbase lists the face statements (balance sheet, income statement, cash flows)
row by row, in order, with the headings (abstracts) each row sits under; the label linkbase gives each
row's label in the role the statement prints it (terse, total, period-start, negated...). Each line item
becomes one example in the columns of harvest_ixbrl.py: statement kind, nearest heading, label, element,
unit (from the element's name), period type, printed/fact sign left empty (the linkbase has no figures),
no dimensions (rows under an axis are left out).

Usage: harvest_linkbase.py SOURCE_LABEL PRE_XML [PRE_XML...]   (each X_pre.xml beside its X_lab.xml)
Reads only the files named; run it on filings you may use (never NVIDIA's own 10-Q/10-K).
"""
import re, sys
import xml.etree.ElementTree as ET

XL = "{http://www.w3.org/1999/xlink}"
LINK = "{http://www.xbrl.org/2003/linkbase}"
LABEL_ROLE = "http://www.xbrl.org/2003/role/label"
# The role a statement's own words name it by; notes, tables, details and parentheticals are not face statements.
KINDS = [
    ("cash_flow", re.compile(r"cashflow", re.I)),
    ("balance_sheet", re.compile(r"balancesheet|financialcondition|statementsofcondition|statementofcondition|financialposition", re.I)),
    ("income_statement", re.compile(r"statementsof(consolidated)?(income|operations|earnings)|statementof(income|operations|earnings)|incomestatement", re.I)),
]
NOT_FACE = re.compile(r"parenthetical|details|tables|policies|narrative|comprehensive(?!incomeloss)|changes|equity|segment|quarterly|parent|schedule", re.I)
STRUCTURE = re.compile(r"(Axis|Member|Domain|Table|LineItems)$")


def element_of(href):
    frag = href.split("#", 1)[1]
    prefix, _, name = frag.partition("_")
    return prefix, name


def labels_of(path):
    tree = ET.parse(path)
    by_loc, by_res, arcs = {}, {}, []
    for link in tree.getroot().iter(LINK + "labelLink"):
        for loc in link.iter(LINK + "loc"):
            by_loc[loc.get(XL + "label")] = element_of(loc.get(XL + "href"))
        for res in link.iter(LINK + "label"):
            by_res.setdefault(res.get(XL + "label"), []).append((res.get(XL + "role") or LABEL_ROLE, "".join(res.itertext()).strip()))
        for arc in link.iter(LINK + "labelArc"):
            arcs.append((arc.get(XL + "from"), arc.get(XL + "to")))
    out = {}
    for frm, to in arcs:
        if frm in by_loc:
            for role, text in by_res.get(to, []):
                out.setdefault(by_loc[frm], {})[role] = text
    return out


def kind_of(role):
    last = role.rstrip("/").rsplit("/", 1)[-1]
    if NOT_FACE.search(last) and not re.search(r"comprehensive", last, re.I) or re.search(r"parenthetical|details|tables|policies", last, re.I):
        return None
    if re.search(r"comprehensive", last, re.I) and not re.search(r"operations|earnings|incomestatement|statementsofincomeand|statementofincomeand", last, re.I):
        return None
    for kind, pattern in KINDS:
        if pattern.search(last):
            return kind
    return None


def unit_of(name):
    if re.search(r"PerShare|PerUnit|Per(Basic|Diluted)(Share|Unit)", name):
        return "USD/share"
    if re.search(r"Shares(Outstanding|Issued)?$|NumberOfShares|SharesOutstanding|WeightedAverage.*Shares|StockSharesIssued", name) and "Value" not in name:
        return "shares"
    return "USD"


def period_of(kind, role):
    if role and ("periodStart" in role or "periodEnd" in role):
        return "instant"
    return "instant" if kind == "balance_sheet" else "duration"


def main():
    source, files = sys.argv[1], sys.argv[2:]
    print("\t".join(["source", "file", "statement", "section", "label", "element", "unit", "period_type", "printed_negative", "fact_negative", "dimensions"]))
    for pre in files:
        labels = labels_of(pre.replace("_pre.xml", "_lab.xml"))
        tree = ET.parse(pre)
        seen = set()
        for link in tree.getroot().iter(LINK + "presentationLink"):
            kind = kind_of(link.get(XL + "role") or "")
            if kind is None or kind in seen:
                continue
            locs = {l.get(XL + "label"): element_of(l.get(XL + "href")) for l in link.iter(LINK + "loc")}
            children, parents = {}, set()
            for arc in link.iter(LINK + "presentationArc"):
                frm, to = arc.get(XL + "from"), arc.get(XL + "to")
                children.setdefault(frm, []).append((float(arc.get("order") or 0), to, arc.get("preferredLabel")))
                parents.add(to)
            roots = [l for l in locs if l not in parents and l in children]
            rows = []

            def label(el, role):
                ls = labels.get(el, {})
                return ls.get(role or LABEL_ROLE) or ls.get("http://www.xbrl.org/2003/role/terseLabel") or ls.get(LABEL_ROLE) or ""

            def walk(loc, section, depth):
                if depth > 40:
                    return
                for _, to, role in sorted(children.get(loc, []), key=lambda c: c[0]):
                    el = locs[to]
                    name = el[1]
                    if name.endswith("Axis"):
                        continue
                    if STRUCTURE.search(name):
                        walk(to, section, depth + 1)
                    elif name.endswith("Abstract"):
                        walk(to, label(el, role).rstrip(":") or section, depth + 1)
                    else:
                        rows.append((section, label(el, role), f"{el[0]}:{name}", unit_of(name), period_of(kind, role)))
                        walk(to, section, depth + 1)

            for r in roots:
                walk(r, "", 0)
            if len(rows) < 8:
                continue
            seen.add(kind)
            for section, text, element, unit, period in rows:
                if not text:
                    continue
                print("\t".join([source, pre.split("/")[-1], kind, section, text, element, unit, period, "", "", ""]))


if __name__ == "__main__":
    main()
