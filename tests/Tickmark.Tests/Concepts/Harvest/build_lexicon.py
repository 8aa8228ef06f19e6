#!/usr/bin/env python3
"""Build the concept stage's learned lexicon (src/Tickmark/Concepts/lexicon.tsv) and the FSDS test rows.

A labelled example is (company, statement, unit, wording, element): a face-statement line as a filer
printed it beside the us-gaap element it tagged. Sources, none of them held out:
- the SEC Financial Statement Data Sets (pre.txt: adsh, stmt, inpth, tag, version, plabel; sub.txt: adsh, cik,
  name; tag.txt: datatype, iord, crdr) of the quarters given with --fsds, filers whose CIK's MD5 starts 8-f only
  (0-7 are the FSDS test side), never a held-out company of HarvestedXbrlRowTests nor NVIDIA; only taxonomy
  (non-custom) tags, not parenthetical, on BS / IS / CF;
- the tuning companies' rows of Harvest/face-rows.tsv (no dimensional row, no company element);
- common-lines.tsv (one pseudo-company).
A wording is the label normalized as ConceptMap.Normalize does, then its words (a-z, 0-9) joined by spaces.
Per (statement, unit, wording): the element most companies give it, with the count and its share; kept when the
share is at least --share and the element's period type fits the statement (balance sheet: instant; income
statement: duration). The close-wording threshold is chosen by leave-one-company-out cross-validation over the
tuning companies' face rows (each company's rows measured against a lexicon built without that company);
the chosen threshold and margin are written in the lexicon's header, where Lexicon.cs reads them.

--test-out writes the FSDS test rows: filers 0-7 of --test-quarter (a quarter the lexicon is not built from),
one line per distinct (statement, unit, part, label, element) with the number of filers that print it (part: from the
first total label at or after the line, as Lexicon.cs finds it in a release's table).
--elements rewrites the last block of elements.tsv: the lexicon's elements the rest lacks, period type and balance from tag.txt.

Usage: build_lexicon.py --fsds Q1DIR,Q2DIR,... --test-quarter DIR --test-out ../fsds-test-rows.tsv --elements > ../../../../src/Tickmark/Concepts/lexicon.tsv
"""
import argparse, csv, hashlib, math, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
CONCEPTS = os.path.dirname(HERE)
REPO = os.path.dirname(os.path.dirname(os.path.dirname(CONCEPTS)))

TUNING = {"aapl", "abbv", "adbe", "amzn", "ba", "crm", "googl", "hubs", "ibm", "ko", "ma", "meta", "wfc", "msft", "aeon", "clx", "t", "adi"}
# Held-out companies of HarvestedXbrlRowTests (CIKs from the FSDS sub.txt names, EDGAR's company index for the others) and NVIDIA.
HELD_OUT_CIKS = {
    "769397",   # Autodesk
    "1138724",  # Global Arena Holding (gahc)
    "1476765",  # Golub Capital BDC
    "354950",   # Home Depot
    "200406",   # Johnson & Johnson
    "19617",    # JPMorgan Chase
    "1065280",  # Netflix
    "320187",   # Nike
    "1341439", "777676",  # Oracle (and the Oracle before 2005)
    "80424",    # Procter & Gamble
    "1318605",  # Tesla
    "731766",   # UnitedHealth
    "100885",   # Union Pacific
    "1403161",  # Visa
    "104169",   # Walmart
    "34088",    # Exxon Mobil
    "1045810",  # NVIDIA
}
HELD_OUT_NAMES = re.compile(r"autodesk|global arena|golub capital|home depot|johnson & johnson|j ?p ?morgan|netflix|nike|oracle|procter|tesla|unitedhealth|union pacific|visa inc|wal[ -]?mart|exxon|nvidia", re.I)

STATEMENTS = {"BS": "balance_sheet", "IS": "income_statement", "CF": "cash_flow"}
UNITS = {"monetary": "USD", "perShare": "USD/share", "shares": "shares"}

# ConceptMap.Normalize, the same steps in the same order.
FOOTNOTE = re.compile(r"\s*(\(\s*\d{1,2}\s*\)|\(\s*[a-z]\s*\)|\(\s*see notes?\s*\)|\(\s*notes?(\s+\d+)?\s*\)|\*+|\b\d\s*$)")
UNIT_NOTE = re.compile(r"\s*\(in (shares|dollars per share|usd per share|\$ per share|dollars per unit)\b[^)]*\)")
DASH_NET = re.compile(r"\s*-\s*net\b")
WORD = re.compile(r"[a-z0-9]+")


def normalize(text):
    t = text.lower().replace("\u2019", "'").replace("\u2014", "-").replace("\u2013", "-").replace("&", " and ")
    t = FOOTNOTE.sub(" ", t)
    t = UNIT_NOTE.sub(" ", t)
    t = DASH_NET.sub(", net", t)
    t = re.sub(r"\s+", " ", t).strip().rstrip(":. *-,").rstrip()
    return t


def wording(label):
    """The label's words; "non" joins the word after it ("non-current", "non current": "noncurrent"), as Lexicon.cs does."""
    return re.sub(r"\bnon ", "non", " ".join(WORD.findall(normalize(label))))


# The part of a statement a line sits in: from its own (deepest) heading, else from the first total at or after it
# (in the data sets, the first total's tag). Written into lexicon.tsv as "part" lines, where Lexicon.cs reads them.
# part, statement, heading pattern, total-label pattern, total tags (FSDS).
PARTS = [
    ("current assets", "balance_sheet", r"^current assets$", r"^total current assets$", {"AssetsCurrent"}),
    ("current liabilities", "balance_sheet", r"^current liabilities$", r"^total current liabilities$", {"LiabilitiesCurrent"}),
    ("assets", "balance_sheet", r"^assets$", r"^total assets$", {"Assets"}),
    ("liabilities", "balance_sheet", r"^liabilities$", r"^total liabilities$", {"Liabilities"}),
    # Not total liabilities and equity: it closes both sides, so the rows above it may be liabilities or equity.
    ("equity", "balance_sheet", r"^((stockholders|shareholders|shareowners)'? equity|equity)( \(deficit\))?$",
     r"^total ((stockholders|shareholders|shareowners)'? )?equity( \(deficit\))?$",
     {"StockholdersEquity", "StockholdersEquityIncludingPortionAttributableToNoncontrollingInterest"}),
    ("operating", "cash_flow", r"operating activities", r"^(net )?cash (flows? )?(provided|used|generated|from|\(used\)|\(used in\)).*operating activities$",
     {"NetCashProvidedByUsedInOperatingActivities", "NetCashProvidedByUsedInOperatingActivitiesContinuingOperations"}),
    ("investing", "cash_flow", r"investing activities", r"^(net )?cash (flows? )?(provided|used|generated|from|\(used\)|\(used in\)).*investing activities$",
     {"NetCashProvidedByUsedInInvestingActivities", "NetCashProvidedByUsedInInvestingActivitiesContinuingOperations"}),
    ("financing", "cash_flow", r"financing activities", r"^(net )?cash (flows? )?(provided|used|generated|from|\(used\)|\(used in\)).*financing activities$",
     {"NetCashProvidedByUsedInFinancingActivities", "NetCashProvidedByUsedInFinancingActivitiesContinuingOperations"}),
]
PART_OF_TAG = {(st, tag): name for name, st, _h, _t, tags in PARTS for tag in tags}


def part_of(statement, section, labels, index):
    """The part of a release's (or a 10-Q page's) row: its deepest heading, else the first total label at or after it (Lexicon.cs: Part)."""
    heading = section.split(" > ")[-1] if section else ""
    for name, st, h, _t, _tags in PARTS:
        if st == statement and heading and re.search(h, heading):
            return name
    for label in labels[index:]:
        for name, st, _h, t, _tags in PARTS:
            if st == statement and re.search(t, label):
                return name
    return ""


def md5_side(cik):
    return "build" if hashlib.md5(cik.encode()).hexdigest()[0] in "89abcdef" else "test"


def read_tsv(path):
    with open(path, encoding="utf-8", errors="replace", newline="") as f:
        reader = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        for row in reader:
            if len(row) >= len(header):
                yield dict(zip(header, row))


def tag_info(dirs):
    info = {}
    for d in dirs:
        p = os.path.join(d, "tag.txt")
        if not os.path.exists(p):
            continue
        for r in read_tsv(p):
            if r["custom"] == "0" and r["abstract"] == "0" and r["version"].startswith("us-gaap/"):
                info.setdefault(r["tag"], (r["datatype"], r["iord"], r["crdr"]))
    return info


def fsds_rows(d, tags, side, parts_from_labels=False):
    """(company, statement, unit, part, label, element) of one quarter's filers on one side of the MD5 split. The part
    comes from the first total tag at or after a line, or (parts_from_labels, as a release's table gives it) from its label."""
    subs = {}
    for r in read_tsv(os.path.join(d, "sub.txt")):
        if r["cik"] in HELD_OUT_CIKS or HELD_OUT_NAMES.search(r["name"]) or md5_side(r["cik"]) != side:
            continue
        subs[r["adsh"]] = r["cik"]
    reports = defaultdict(list)
    for r in read_tsv(os.path.join(d, "pre.txt")):
        statement = STATEMENTS.get(r["stmt"])
        if r["adsh"] in subs and statement is not None and r["inpth"] == "0":
            reports[(r["adsh"], r["report"])].append((int(r["line"]), statement, r))
    for (adsh, _report), lines in reports.items():
        lines.sort(key=lambda x: x[0])
        part = ""
        parts = []
        for _n, statement, r in reversed(lines):
            part = PART_OF_TAG.get((statement, r["tag"]), part) if r["version"].startswith("us-gaap/") else part
            parts.append(part)
        parts.reverse()
        if parts_from_labels:
            labels = [normalize(r["plabel"]) for _n, _s, r in lines]
            parts = [part_of(statement, "", labels, i) for i, (_n, statement, _r) in enumerate(lines)]
        for (_n, statement, r), part in zip(lines, parts):
            t = tags.get(r["tag"])
            if not r["version"].startswith("us-gaap/") or t is None or t[0] not in UNITS:
                continue
            yield "cik" + subs[adsh], statement, UNITS[t[0]], part, r["plabel"], r["tag"]


def tuning_rows():
    """The tuning companies' face rows, each statement's rows in order (HarvestedXbrlRowTests reads them so), with the filing's year."""
    statements = defaultdict(list)
    for r in read_tsv(os.path.join(HERE, "face-rows.tsv")):
        statements[(r["file"], r["statement"])].append(r)
    for (file, statement), rows in statements.items():
        company = file.split("-")[0]
        if company not in TUNING:
            continue
        labels = [normalize(r["label"]) for r in rows]
        year = re.search(r"-((?:19|20)\d\d)", file)
        for i, r in enumerate(rows):
            if r["dimensions"] or not r["element"].startswith("us-gaap:"):
                continue
            yield (company, statement, r["unit"], part_of(statement, normalize(r["section"]), labels, i), r["label"], r["element"][len("us-gaap:"):],
                   int(year.group(1)) if year else None)


def common_rows():
    with open(os.path.join(CONCEPTS, "common-lines.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            statement, section, label, unit, element = line.rstrip("\n").split("\t")[:5]
            yield "common-lines", statement, unit, part_of(statement, normalize(section), [normalize(label)], 0), label, element


ELEMENTS = os.path.join(REPO, "src", "Tickmark", "Concepts", "elements.tsv")
MARKER = "# ---------- Elements only the lexicon names (build_lexicon.py --elements; regenerated, keep this block last) ----------"


def catalog():
    """elements.tsv's elements above the lexicon's block."""
    out = {}
    with open(ELEMENTS, encoding="utf-8") as f:
        for line in f:
            if line.rstrip("\n") == MARKER:
                break
            if line.startswith("#") or not line.strip():
                continue
            f_ = line.split("\t")
            out[f_[0]] = f_[2]
    return out


def fits_statement(statement, period):
    return period is None or statement == "cash_flow" or (period == "instant") == (statement == "balance_sheet")


def build(examples, periods, share, min_companies=int(os.environ.get("MIN_COMPANIES", "2"))):
    """{(statement, unit, part, wording): (element, companies, share)} from examples, each company counted once per line.
    Part "" counts a wording in every part of the statement; a part's own line is kept only where it names another
    element than the wording does in any part (or the wording alone names none). A wording only one FSDS filer prints
    is left out (a filer's own phrasing), unless a tuning company or common-lines.tsv has it."""
    votes = defaultdict(Counter)
    vouched = set()
    for company, statement, unit, part, w, element in set(examples):
        if w and fits_statement(statement, periods.get(element)):
            for p in {"", part}:
                votes[(statement, unit, p, w)][element] += 1
                if not company.startswith("cik"):
                    vouched.add((statement, unit, p, w, element))
    lexicon = {}
    for key, counts in votes.items():
        (top, n), *rest = counts.most_common(2) + [(None, 0)]
        total = sum(counts.values())
        if rest and rest[0][1] == n:
            continue  # a tie names nothing
        # A part's own line is an exception to the wording's line in any part: it needs one company more.
        least = min_companies + (1 if key[2] else 0)
        if (n >= least or (*key, top) in vouched) and n / total >= share:
            lexicon[key] = (top, n, n / total)
    for key in [k for k in lexicon if k[2]]:
        anywhere = lexicon.get((key[0], key[1], "", key[3]))
        if anywhere and anywhere[0] == lexicon[key][0]:
            del lexicon[key]
    return lexicon


# From this year on the standards changed many face lines' elements (ASC 606 revenue, restricted cash in cash-flow totals,
# leases): a row of a table of 2018 or later takes the element recent filers give its wording where they differ from the older data sets.
MODERN = 2018


def build_eras(examples, modern, periods, share):
    """{(statement, unit, part, since, wording): (element, companies, share)}: the lines of build() over every example (since 0),
    and the lines of recent filings only (since MODERN; the tuning companies' filings of 2018 on and common-lines.tsv, each company
    enough alone) where they name another element than the older lines would give the same row."""
    base = build(examples, periods, share)
    lexicon = {(s, u, p, 0, w): v for (s, u, p, w), v in base.items()}
    older = Matcher(lexicon)
    for (s, u, p, w), v in build(modern, periods, share, min_companies=1).items():
        if older.exact(s, u, p, w, 0) != v[0]:
            lexicon[(s, u, p, MODERN, w)] = v
    return lexicon


# A close match stands on a wording at least this many companies print (Lexicon.cs: CloseMinCompanies).
CLOSE_MIN_COMPANIES = int(os.environ.get("CLOSE_MIN_COMPANIES", "2"))


class Matcher:
    """A part's own wording, else the wording in any part, else the closest wording (in any part) of the same statement
    and unit by shared words weighted by rarity (the sum of the shared words' idf over that of all words of either);
    the same arithmetic as Lexicon.cs."""

    def __init__(self, lexicon):
        self.lexicon = lexicon
        anywhere = [k for k in lexicon if not k[2] and not k[3]]
        df = Counter()
        for k in anywhere:
            df.update(set(k[4].split()))
        self.n = len(anywhere)
        self.idf = {word: math.log(1 + self.n / c) for word, c in df.items()}
        self.index = defaultdict(list)
        for key in anywhere:
            if lexicon[key][1] < CLOSE_MIN_COMPANIES:
                continue  # one company's wording is an exact match only
            for word in set(key[4].split()):
                self.index[(key[0], key[1], word)].append(key)

    def exact(self, statement, unit, part, w, year):
        """Recent filers' line (for a row of MODERN on), else the older: in the row's part, else in any part."""
        for since in ([MODERN, 0] if (year or 0) >= MODERN else [0]):
            hit = (part and self.lexicon.get((statement, unit, part, since, w))) or self.lexicon.get((statement, unit, "", since, w))
            if hit:
                return hit[0]
        return None

    def weight(self, word):
        return self.idf.get(word, math.log(1 + self.n))

    def close(self, statement, unit, w):
        """(best score, its element, best score of another element)."""
        words = set(w.split())
        if not words:
            return 0.0, None, 0.0
        shared = defaultdict(float)
        for word in words:
            for key in self.index.get((statement, unit, word), ()):
                shared[key] += self.weight(word)
        qw = sum(self.weight(x) for x in words)
        best = {}
        for key, s in shared.items():
            other = sum(self.weight(x) for x in set(key[4].split()) - words)
            score = s / (qw + other)
            element = self.lexicon[key][0]
            if score > best.get(element, 0.0):
                best[element] = score
        if not best:
            return 0.0, None, 0.0
        ranked = sorted(best.items(), key=lambda e: (-e[1], e[0]))
        return ranked[0][1], ranked[0][0], ranked[1][1] if len(ranked) > 1 else 0.0


def cross_validate(fsds, common, tuning, periods, share, thresholds, margins):
    """Leave-one-company-out over the tuning companies (tuning: (example, year) pairs): exact (right, wrong, left),
    and (threshold, margin) -> (right, wrong) of close matches."""
    results = defaultdict(lambda: [0, 0])
    exact = [0, 0, 0]
    for company in sorted({e[0] for e, _y in tuning}):
        others = [(e, y) for e, y in tuning if e[0] != company]
        m = Matcher(build_eras(fsds + common + [e for e, _y in others], common + [e for e, y in others if (y or 0) >= MODERN], periods, share))
        for (_c, statement, unit, part, w, want), year in set((e, y) for e, y in tuning if e[0] == company):
            hit = m.exact(statement, unit, part, w, year)
            if hit:
                exact[0 if hit == want else 1] += 1
                continue
            exact[2] += 1
            score, element, second = m.close(statement, unit, w)
            for t in thresholds:
                for g in margins:
                    if element and score >= t and score - second >= g:
                        results[(t, g)][0 if element == want else 1] += 1
    return exact, results


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--fsds", required=True, help="comma-separated quarter folders (pre.txt, sub.txt, tag.txt) to build from")
    ap.add_argument("--tags", default="", help="comma-separated folders whose tag.txt give datatype and period type")
    ap.add_argument("--test-quarter", default="", help="quarter folder whose 0-7 filers are the FSDS test rows")
    ap.add_argument("--test-out", default="")
    ap.add_argument("--elements", action="store_true", help="rewrite elements.tsv's last block: the lexicon's elements it lacks")
    ap.add_argument("--share", type=float, default=0.67)
    ap.add_argument("--no-cv", action="store_true")
    args = ap.parse_args()

    quarters = args.fsds.split(",")
    tags = tag_info(quarters + ([args.test_quarter] if args.test_quarter else []) + [t for t in args.tags.split(",") if t])
    periods = {t: ("instant" if i == "I" else "duration") for t, (_d, i, _c) in tags.items()}
    known = catalog()
    periods.update({k: v for k, v in known.items() if k not in periods})

    fsds = []
    for d in quarters:
        fsds += [(c, s, u, p, wording(l), e) for c, s, u, p, l, e in fsds_rows(d, tags, "build")]
    # A common line listed with several elements (filers split between them) names none.
    common = [(c, s, u, p, wording(l), e) for c, s, u, p, l, e in common_rows() if "|" not in e]
    tuning_years = [((c, s, u, p, wording(l), e), y) for c, s, u, p, l, e, y in tuning_rows()]
    tuning = [e for e, _y in tuning_years]
    modern = common + [e for e, y in tuning_years if (y or 0) >= MODERN]
    print(f"# examples: {len(set(fsds))} FSDS ({len({e[0] for e in fsds})} filers), {len(set(tuning))} tuning, {len(common)} common lines", file=sys.stderr)

    threshold, margin = 0.75, 0.05
    if not args.no_cv:
        thresholds = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9]
        margins = [0.05, 0.1, 0.15, 0.2, 0.25]  # a margin of none would let a tie name the alphabetically first element
        exact, results = cross_validate(fsds, common, tuning_years, periods, args.share, thresholds, margins)
        print(f"# leave-one-company-out: exact wording right {exact[0]}, wrong {exact[1]}; {exact[2]} tuning lines left to close matches", file=sys.stderr)
        for (t, g), (r, w) in sorted(results.items()):
            print(f"#   threshold {t:.2f} margin {g:.2f}: right {r} wrong {w} (net {r - 2 * w})", file=sys.stderr)
        # A wrong element costs twice a missing one (it is taken as the filer's meaning downstream; a null is visibly missing):
        # the threshold and margin of the best right - 2 x wrong, the highest of equals.
        best = max(results.items(), key=lambda kv: (kv[1][0] - 2 * kv[1][1], kv[0][0], kv[0][1]))
        threshold, margin = best[0]
        print(f"# chosen threshold {threshold} margin {margin}", file=sys.stderr)

    lexicon = build_eras(fsds + tuning + common, modern, periods, args.share)
    # Only elements whose period type and balance are known (elements.tsv, or the FSDS tag.txt) can be named.
    # A monetary element needs a balance (the sign of its XBRL value): one the taxonomy gives none is left out.
    lexicon = {k: v for k, v in lexicon.items() if v[0] in known or (v[0] in tags and (tags[v[0]][0] != "monetary" or tags[v[0]][2] in ("C", "D")))}
    out = sys.stdout
    out.write("# Learned wordings of face-statement lines (Harvest/build_lexicon.py): statement, unit, part, since, wording, element, companies, share.\n")
    out.write("# From the SEC Financial Statement Data Sets' filers whose CIK's MD5 starts 8-f (quarters " + ", ".join(os.path.basename(q.rstrip('/')) for q in quarters) + "),\n")
    out.write("# the tuning companies of Harvest/face-rows.tsv and common-lines.tsv; never a held-out company of HarvestedXbrlRowTests nor NVIDIA.\n")
    out.write("# A wording: the label normalized (ConceptMap.Normalize), its words joined by single spaces. Used only when no rule of concepts.tsv names a row.\n")
    out.write("# part\tname\tstatement\theading pattern (the row's deepest heading)\ttotal pattern (the first total label at or after the row)\n")
    for name, st, h, t, _tags in PARTS:
        out.write(f"part\t{name}\t{st}\t{h}\t{t}\n")
    out.write(f"close-match\t{threshold}\t{margin}\n")
    out.write(f"# statement\tunit\tpart (empty: any)\tsince (a year: recent filers' line for rows of that year on; empty: any year)\twording\telement\tcompanies\tshare\n")
    for (s, u, p, y, w), (e, n, sh) in sorted(lexicon.items()):
        out.write(f"{s}\t{u}\t{p}\t{y or ''}\t{w}\t{e}\t{n}\t{sh:.2f}\n")
    print(f"# lexicon: {len(lexicon)} wordings", file=sys.stderr)

    if args.elements:
        with open(ELEMENTS, encoding="utf-8") as f:
            text = f.read()
        head = text.split(MARKER + "\n")[0].rstrip("\n") + "\n"
        with open(ELEMENTS, "w", encoding="utf-8") as f:
            f.write(head + MARKER + "\n")
            for e in sorted({v[0] for v in lexicon.values()} - set(known)):
                datatype, iord, crdr = tags[e]
                typ = {"monetary": "monetary", "perShare": "perShare", "shares": "shares"}[datatype]
                bal = {"C": "credit", "D": "debit"}.get(crdr, "-")
                f.write(f"{e}\t{typ}\t{'instant' if iord == 'I' else 'duration'}\t{bal}\t\tfsds: the SEC Financial Statement Data Sets' tag.txt (taxonomy datatype, iord, crdr); named by lexicon.tsv\n")

    if args.test_quarter and args.test_out:
        counts = Counter()
        for c, s, u, p, l, e in set(fsds_rows(args.test_quarter, tags, "test", parts_from_labels=True)):
            counts[(s, u, p, l, e)] += 1
        with open(args.test_out, "w", encoding="utf-8") as f:
            f.write(f"# FSDS test rows: {os.path.basename(args.test_quarter.rstrip('/'))} filers whose CIK's MD5 starts 0-7 (build_lexicon.py): statement, unit, part, label, element, filers\n")
            for (s, u, p, l, e), n in sorted(counts.items()):
                f.write(f"{s}\t{u}\t{p}\t{l}\t{e}\t{n}\n")


if __name__ == "__main__":
    main()
