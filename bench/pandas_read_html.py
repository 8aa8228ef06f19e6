#!/usr/bin/python3
"""MB/s of pandas.read_html (lxml flavour) reading every table of the same HTML releases Tickmark's
HTML benchmark reads, for a side-by-side figure. Files are read into memory first, so only parsing
is timed, as in `Tickmark.Bench throughput html`.

Needs Debian's python3-pandas and python3-lxml (apt-get install python3-pandas python3-lxml);
run with the system interpreter: /usr/bin/python3 bench/pandas_read_html.py [DIR]
"""
import io
import pathlib
import sys
import time

import pandas

root = pathlib.Path(__file__).resolve().parent.parent
corpus = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else root.parent / "shared" / "corpus" / "html"
files = sorted(p for p in corpus.rglob("*") if p.suffix.lower() in (".htm", ".html"))
texts = [p.read_bytes().decode("utf-8", errors="replace") for p in files]
size = sum(p.stat().st_size for p in files)


def read_all():
    tables = 0
    for text in texts:
        try:
            tables += len(pandas.read_html(io.StringIO(text), flavor="lxml"))
        except ValueError:  # a page without tables
            pass
    return tables


read_all()  # warm up
rounds, tables, start = 0, 0, time.perf_counter()
while time.perf_counter() - start < 10 or rounds < 2:
    tables = read_all()
    rounds += 1
seconds = time.perf_counter() - start
print(f"{len(files)} releases, {size / 1e6:.2f} MB, {tables} tables per pass")
print(f"pandas {pandas.__version__} read_html (lxml), 1 core: {size * rounds / 1e6 / seconds:.1f} MB/s, {len(files) * rounds / seconds:.1f} releases/s")
