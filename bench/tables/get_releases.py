#!/usr/bin/env python3
"""Copies the releases of releases.tsv out of bare git mirrors (as the session's fetch tool leaves them,
MIRRORS/owner+name/repo) into OUT, one file per release named by its id. Usage: get_releases.py MIRRORS OUT"""
import io, os, subprocess, sys, zipfile

def main(mirrors, out):
    os.makedirs(out, exist_ok=True)
    here = os.path.dirname(os.path.abspath(__file__))
    for line in open(os.path.join(here, 'releases.tsv'), encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        rid, fmt, _industry, repo, commit, path = line.rstrip('\n').split('\t')
        git = os.path.join(mirrors, repo.replace('/', '+'), 'repo')
        inner, _, member = path.partition('::')
        data = subprocess.run(['git', f'--git-dir={git}', 'show', f'{commit}:{inner.strip()}'], capture_output=True, check=True).stdout
        if member:
            data = zipfile.ZipFile(io.BytesIO(data)).read(member.strip())
        ext = '.txt'
        with open(os.path.join(out, rid + ext), 'wb') as f:
            f.write(data)
        print(rid, len(data), 'bytes')

if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
