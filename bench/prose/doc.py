#!/usr/bin/env python3
"""The text a release's offsets count, as Tickmark decodes it, and a readable view of it for typing truth.

decode(path): UTF-8 (BOM dropped) else Windows-1252; an EDGAR submission or plain text is then normalized
as TextDecoder.Normalize does (CRLF/CR made LF, tabs to 8-column stops, form feed, vertical tab and
no-break space made spaces); an HTML file (no submission wrapper in its first 4,096 characters) is left
as decoded.
readable(text): (view, where) with tags dropped, entities decoded and white space runs made one space;
where[i] is the offset in text of view[i], so a figure found in the view is placed in the document.

Usage: doc.py FILE [FROM [TO]]   prints the readable view (characters FROM..TO of it), for reading.
"""
import html, re, sys

SUBMISSION = re.compile(r"<SEC-DOCUMENT>|<SEC-HEADER>|<IMS-HEADER>|^\s*<DOCUMENT>\s*$", re.I | re.M)


def normalize(raw):
    out, col, i = [], 0, 0
    while i < len(raw):
        c = raw[i]
        if c == "\r":
            if not (i + 1 < len(raw) and raw[i + 1] == "\n"):
                out.append("\n"); col = 0
        elif c == "\n":
            out.append("\n"); col = 0
        elif c == "\t":
            pad = 8 - col % 8
            out.append(" " * pad); col += pad
        elif c in "\f\v\u00a0":
            out.append(" "); col += 1
        else:
            out.append(c); col += 1
        i += 1
    return "".join(out)


def decode(path):
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        text = raw[3:].decode("utf-8")
    else:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("cp1252", errors="replace")
    if SUBMISSION.search(text[:4096]) or "<" not in text[:65536]:
        return normalize(text)
    return text


TOKEN = re.compile(r"<[^>]*>|&#?\w+;|\s+|.", re.S)
BLOCK = re.compile(r"<(/?(p|div|tr|br|li|h\d|table|td)\b)", re.I)


def readable(text):
    view, where = [], []
    for m in TOKEN.finditer(text):
        t = m.group()
        if t.startswith("<") and len(t) > 1:
            if BLOCK.match(t):
                if not view or view[-1] != "\n":
                    view.append("\n"); where.append(m.start())
            elif view and view[-1] not in " \n":
                pass
            continue
        if t.startswith("&") and t.endswith(";") and len(t) > 2:
            t = html.unescape(t)
            if t in ("\u00a0", "\u200b"):
                t = " "
        if t.isspace():
            if view and view[-1] not in " \n":
                view.append(" "); where.append(m.start())
            continue
        for ch in t:
            view.append(ch); where.append(m.start())
    return "".join(view), where


def line_col(text, offset):
    return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    v, _ = readable(decode(sys.argv[1]))
    a = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    b = int(sys.argv[3]) if len(sys.argv) > 3 else len(v)
    print(v[a:b])
