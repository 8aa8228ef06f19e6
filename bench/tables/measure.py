#!/usr/bin/env python3
"""Measures statement cells on releases that are not in the repo.

Usage: measure.py DIR [--cli PATH]   (DIR holds the releases get_releases.py copied, named by id)

Two figures per release:
- truth cells: each line of truth/<id>.tsv (typed by hand from the document: "section > label",
  period, value in base units) is right when a table fact with that label (and, if given, a section
  containing the words before " > ") and that period has that value; wrong when such facts exist
  but none has it; lost when no table fact has the label and period.
- dated cells: the share of the table facts of statements (change columns aside) that carry a period:
  a cell without one is lost to every period series. No truth behind it, every cell counted.
"""
import json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))

def period_key(p):
    if p is None:
        return None
    return '@' + p['instant'] if 'instant' in p else p['start'] + '..' + p['end']

def norm(s):
    return ' '.join(s.replace('\u2019', "'").split()).lower()

def truth(rid):
    path = os.path.join(HERE, 'truth', rid + '.tsv')
    if not os.path.exists(path):
        return []
    cells = []
    for n, line in enumerate(open(path, encoding='utf-8'), 1):
        if line.startswith('#') or not line.strip():
            continue
        label, period, value = line.rstrip('\n').split('\t')
        section, _, own = label.rpartition(' > ')
        cells.append((n, section, own, period, float(value)))
    return cells

def main():
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    cli = os.path.join(HERE, '..', '..', 'src', 'Tickmark.Cli', 'bin', 'Release', 'net10.0', 'tickmark')
    if '--cli' in args:
        cli = args[args.index('--cli') + 1]
    folder = args[0]
    total = [0, 0, 0, 0, 0]  # right, wrong, lost, dated, cells
    print(f"{'release':16} {'truth right':>12} {'wrong':>6} {'lost':>5} {'dated cells':>14}")
    for name in sorted(os.listdir(folder)):
        rid = os.path.splitext(name)[0]
        out = subprocess.run([cli, 'extract', os.path.join(folder, name), '--format', 'json'], capture_output=True, text=True)
        doc = json.loads(out.stdout)
        table = [f for f in doc['facts'] if f['origin'] == 'table']
        right = wrong = lost = 0
        for n, section, label, period, value in truth(rid):
            same = [f for f in table if norm(f['label']) == norm(label) and period_key(f['period']) == period
                    and norm(section) in norm(f.get('section') or '')]
            if any(abs(f['value'] - value) <= 1e-9 * max(1, abs(value)) for f in same):
                right += 1
            else:
                wrong += bool(same)
                lost += not same
                print(f"    {rid} line {n}: {'wrong' if same else 'lost'} {section + ' > ' if section else ''}{label} {period} {value:g}"
                      + (f" (got {', '.join(format(f['value'], 'g') for f in same)})" if same else ''))
        cells = [f for f in table if 'change' not in (f.get('dimensions') or {})]
        dated = sum(1 for f in cells if f['period'] is not None)
        n = right + wrong + lost
        print(f"{rid:16} {right:>5}/{n:<6} {wrong:>6} {lost:>5} {dated:>6}/{len(cells):<7}")
        for i, v in enumerate((right, wrong, lost, dated, len(cells))):
            total[i] += v
    n = total[0] + total[1] + total[2]
    print(f"{'total':16} {total[0]:>5}/{n:<6} {total[1]:>6} {total[2]:>5} {total[3]:>6}/{total[4]:<7}")
    if n:
        print(f"truth cells right: {100 * total[0] / n:.1f}%   dated cells: {100 * total[3] / max(1, total[4]):.1f}%")

if __name__ == '__main__':
    main()
