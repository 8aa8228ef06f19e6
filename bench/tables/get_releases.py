#!/usr/bin/env python3
"""Copies the releases of releases.tsv out of bare git mirrors (as the session's fetch tool leaves them,
MIRRORS/owner+name/repo) into OUT, one file per release named by its id. A path may name a member after
'::': a file in a zip, or the response recorded for a URL in an HTTP cassette (.yaml, as vcrpy writes them).
Usage: get_releases.py MIRRORS OUT"""
import io, os, subprocess, sys, zipfile

def cassette(data, uri):
    import yaml  # only cassette members need it
    for step in yaml.safe_load(data)['interactions']:
        if step['request']['uri'] == uri:
            return step['response']['body']['string'].encode('utf-8')
    sys.exit(f'no response for {uri} in the cassette')

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
        if member and inner.strip().endswith('.yaml'):
            data = cassette(data, member.strip())
        elif member:
            data = zipfile.ZipFile(io.BytesIO(data)).read(member.strip())
        ext = '.txt'
        with open(os.path.join(out, rid + ext), 'wb') as f:
            f.write(data)
        print(rid, len(data), 'bytes')

if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
