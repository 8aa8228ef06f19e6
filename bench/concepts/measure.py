#!/usr/bin/env python3
"""Measures the US-GAAP element Tickmark gives each statement row of releases that are not in the repo.

Usage: measure.py DIR [--cli PATH] [--show-held-out]
       measure.py DIR --check   (checks the truth against the documents; runs nothing)
  DIR holds the releases get_releases.py copied (bench/tables/releases.tsv), named by id.
  --cli PATH: another build's tickmark.dll (or tickmark executable), for a before/after.
  --show-held-out: also list the misses of held-out companies (see HELD_OUT); only counts otherwise.
  --check: each typed row's label words must be found in the document's readable text (../prose/doc.py),
  its first figure printed within 400 characters after them.

truth/<id>.tsv holds every row of the face statements (and of the non-GAAP / reconciliation tables) typed
by hand from the document: statement, section, label as printed, the row's first figure as printed, and
the element: a bare us-gaap name, several joined by '|' (each acceptable), '-' (the line has no standard
element) or 'non-gaap' (a row of a non-GAAP table: no GAAP element at all).

A row is found as score_corpus.py finds one: among the table facts, by its label words (footnote markers
ignored; a fact's section words count too) and its first printed figure (at scale 1, thousands or
millions, sign ignored), preferring facts of the typed statement kind, then document order; its facts
are that fact and the ones right after it with the same statement, label and section, in its unit.

Per release: rows right / typed; 'null' = rows with an element whose facts carry none; 'wrong' = rows
given another element; 'gaap on non-gaap' = non-GAAP rows given a GAAP element; 'lost' = rows not
found among the facts (their figures not read as a row with that label); 'no-element rows' = rows typed
'-' given an element (counted apart, not in right/typed: a careful analyst could differ there); non-GAAP
rows whose facts are not all basis non-gaap; face rows whose facts carry another statement kind. Then
the misses, by kind and statement.
"""
import json, os, re, signal, subprocess, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DEFAULT_CLI = os.path.join(ROOT, 'src', 'Tickmark.Cli', 'bin', 'Release', 'net10.0', 'tickmark.dll')
# Companies held out of HarvestedXbrlRowTests: their rows are measured, their misses are not listed by default
# (no rule may be written from them).
HELD_OUT = ('ORCL',)
FOOTNOTE = re.compile(r"\((?:\d{1,2}|[a-z]|see notes?|notes?(?: \d+)?)\)", re.I)
TRAILING_MARK = re.compile(r'(?:\s+\d{1,2}(?:\s*,\s*\d{1,2})*)+\s*$')
DASHES = {'-', '--', '---', '\u2014', '\u2013', ''}
SCALES = (1, 1e3, 1e6, 1e9)
STATEMENT_OF_TRUTH = {'non_gaap': ('other', 'income_statement', 'balance_sheet', 'cash_flow')}


def tokens(s):
    return re.findall(r'[a-z0-9]+', (s or '').lower().replace('\u2019', "'"))


def label_tokens(label):
    """Words of a label, footnote markers left out: '(1)', '(a)', and bare superscript digits at the end ('Profit 1', 'Impairment 1 , 3')."""
    return tokens(TRAILING_MARK.sub('', FOOTNOTE.sub(' ', label or '')))


def parse_printed(s):
    t = (s or '').replace('$', '').replace(',', '').replace('%', '').strip().strip('()').strip()
    if t in DASHES:
        return 0.0
    try:
        return abs(float(t))
    except ValueError:
        return None


def close(a, b):
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def printed_match(value, printed):
    if value is None:
        return False
    v = abs(float(value))
    return v == 0 if printed == 0 else any(close(v, printed * k) for k in SCALES)


def truth(rid):
    path = os.path.join(HERE, 'truth', rid + '.tsv')
    if not os.path.exists(path):
        return None
    rows = []
    for n, line in enumerate(open(path, encoding='utf-8'), 1):
        if line.startswith('#') or not line.strip():
            continue
        statement, section, label, first, element = line.rstrip('\n').split('\t')
        rows.append(dict(line=n, statement=statement, section=section, label=label, first=first,
                         element=element, printed=parse_printed(first)))
    return rows


def find_runs(rows, facts):
    """Each truth row's facts (a list, empty when not found), by the score_corpus rule."""
    used, out = set(), []
    for row in rows:
        want = set(label_tokens(row['label']))
        prefer = STATEMENT_OF_TRUTH.get(row['statement'], (row['statement'],))
        cands = [i for i, f in enumerate(facts)
                 if i not in used and printed_match(f.get('value'), row['printed'])
                 and want <= set(label_tokens(f.get('label'))) | set(tokens(f.get('section')))]
        cands.sort(key=lambda i: (prefer.index(facts[i].get('statement')) if facts[i].get('statement') in prefer
                                  else len(prefer), i))
        run = []
        if cands:
            i = cands[0]
            key = (facts[i].get('statement'), facts[i].get('label'), facts[i].get('section'))
            j = i
            while j < len(facts) and (facts[j].get('statement'), facts[j].get('label'), facts[j].get('section')) == key:
                if j not in used and facts[j].get('unit') == facts[i].get('unit'):
                    run.append(facts[j])
                    used.add(j)
                j += 1
        out.append(run)
    return out


def bare(concept):
    return concept.split(':', 1)[1] if concept and ':' in concept else concept


def judge(row, run):
    """(verdict, got): verdict one of right, null, wrong, gaap-on-non-gaap, lost, dash-ok, dash-given."""
    got = sorted(set(str(bare(f.get('concept'))) for f in run))
    if not run:
        return 'lost', got
    concepts = [bare(f.get('concept')) for f in run]
    if row['element'] == 'non-gaap':
        return ('right' if all(c is None for c in concepts) else 'gaap-on-non-gaap'), got
    if row['element'] == '-':
        return ('dash-ok' if all(c is None for c in concepts) else 'dash-given'), got
    want = set(row['element'].split('|'))
    if all(c in want for c in concepts):
        return 'right', got
    if all(c is None for c in concepts):
        return 'null', got
    return 'wrong', got


def extract(cli, path):
    cmd = (['dotnet', cli] if cli.endswith('.dll') else [cli]) + ['extract', path, '--format', 'jsonl']
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f'extract failed on {path}: {r.stderr.strip()[:300]}')
    facts = []
    for line in r.stdout.splitlines():  # one JSON document a line: a release with its facts
        if line.strip():
            facts += [f for f in json.loads(line).get('facts', []) if f.get('origin') == 'table']
    return sorted(facts, key=lambda f: ((f.get('source') or {}).get('offset') or 0))


def check(folder):
    """Rows of the truth whose label and first figure are not found in the document's readable text."""
    sys.path.insert(0, os.path.join(HERE, '..', 'prose'))
    import doc  # decode and readable, as the prose truth was read
    problems = rows_seen = 0
    for name in sorted(os.listdir(folder)):
        rid = os.path.splitext(name)[0]
        rows = truth(rid)
        if rows is None:
            continue
        view = doc.readable(doc.decode(os.path.join(folder, name)))[0].replace('\u2019', "'").lower()
        for row in rows:
            rows_seen += 1
            words = label_tokens(row['label'])
            figure = re.sub(r'[^0-9.]', '', row['first'])
            start = re.compile(r'[^a-z0-9]+'.join(map(re.escape, words))) if words else None
            places = [m.end() for m in start.finditer(view)] if start else [0]
            reach = 400 if start else len(view)  # an unlabelled row: its figure anywhere
            if not any(not figure.strip('.') or figure in view[p:p + reach].replace(',', '') for p in places):
                problems += 1
                print(f"{rid} line {row['line']}: {row['label']!r} with {row['first']!r} not found in the document")
    print(f"truth checked: {rows_seen} rows, {problems} problems")
    sys.exit(1 if problems else 0)


def main():
    args = sys.argv[1:]
    if not args or args[0].startswith('-'):
        sys.exit(__doc__)
    if '--check' in args:
        check(args[0])
    cli = args[args.index('--cli') + 1] if '--cli' in args else DEFAULT_CLI
    show_held = '--show-held-out' in args
    folder = args[0]
    kinds = ('right', 'null', 'wrong', 'gaap-on-non-gaap', 'lost', 'dash-given')
    total = Counter()
    by_statement = Counter()  # (statement, 'right' | 'typed')
    misses = []

    def line(name, c, note=''):
        print(f"{name:16} {c['right']:>5}/{c['typed']:<6} {c['null']:>5} {c['wrong']:>6} {c['gaap-on-non-gaap']:>17}"
              f" {c['lost']:>5} {c['dash-given']:>6}/{c['dash-ok'] + c['dash-given']:<19} {c['basis']:>6}/{c['nongaap']:<8}"
              f" {c['elsewhere']:>5}{note}")

    print(f"{'release':16} {'right/typed':>12} {'null':>5} {'wrong':>6} {'gaap on non-gaap':>17} {'lost':>5}"
          f" {'no-element rows given one':>26} {'non-gaap rows, basis not non-gaap':>34} {'face rows read as another statement':>36}")
    for name in sorted(os.listdir(folder)):
        rid = os.path.splitext(name)[0]
        rows = truth(rid)
        if rows is None:
            continue
        facts = extract(cli, os.path.join(folder, name))
        count = Counter()
        for row, run in zip(rows, find_runs(rows, facts)):
            verdict, got = judge(row, run)
            count[verdict] += 1
            if verdict not in ('dash-ok', 'dash-given'):
                by_statement[row['statement'], 'typed'] += 1
                by_statement[row['statement'], 'right'] += verdict == 'right'
            if run and row['statement'] != 'non_gaap' and run[0].get('statement') != row['statement']:
                count['elsewhere'] += 1  # a face-statement row whose table was given another statement kind
            if row['element'] == 'non-gaap':
                count['nongaap'] += 1
                # a non-GAAP row whose facts are not all marked basis non-gaap (issue 10, item 3)
                count['basis'] += bool(run) and any(f.get('basis') != 'non-gaap' for f in run)
            if verdict not in ('right', 'dash-ok') and (show_held or not rid.startswith(HELD_OUT)):
                misses.append((verdict, row['statement'], rid, row, got))
        # rows typed '-' are counted apart: right/typed counts the rows with an element or non-gaap
        count['typed'] = sum(count[k] for k in kinds) - count['dash-given']
        held = rid.startswith(HELD_OUT) and not show_held
        line(rid, count, '  (held out: misses not listed)' if held else '')
        total.update(count)
    line('total', total)
    if total['typed']:
        print(f"rows right: {100 * total['right'] / total['typed']:.1f}%; by statement: " + ', '.join(
            f"{k} {by_statement[k, 'right']}/{by_statement[k, 'typed']}"
            for k in ('income_statement', 'balance_sheet', 'cash_flow', 'non_gaap') if by_statement[k, 'typed']))
    order = {k: i for i, k in enumerate(kinds)}
    for verdict, statement, rid, row, got in sorted(misses, key=lambda m: (order[m[0]], m[1], m[2], m[3]['line'])):
        print(f"  {verdict:16} {statement:16} {rid:14} line {row['line']:>3}: {row['label']!r} ({row['first']})"
              f" want {row['element']}, got {', '.join(got) or '-'}")


if __name__ == '__main__':
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet when piped into head
    main()
