#!/usr/bin/env python3
"""Archive C (bench/eval-claims/README.md, mirror-sources-c.json): extract sampled articles from pinned bare mirrors.
One UTF-8 file per article. Markdown posts (.md) are kept whole, front matter included.
Posts stored as .html (CNA, Reuters) keep their YAML front matter as is; the body's HTML is turned
into plain paragraphs (block tags -> blank line, other tags dropped, entities unescaped, CNA's
'Google News' follow box dropped), written as .md.
Selection: at least 300 Han characters in the body and at least one run of digits per 100 Han
characters; random.Random(20261207) sample of N per source, sorted by path."""
import html, os, random, re, subprocess, sys, json

SOURCES = [
  dict(name='agora0+2511-cna', repo='agora0/2511', commit='1565bc51662e64ee8b132a9df1e33e16750e3fc4', pattern=r'^_posts/2025-11-\d\d-CNA-.*\.html$', n=600, region='Taiwan (CNA 中央社, Nov 2025)'),
  dict(name='agora0+2511-rthk', repo='agora0/2511', commit='1565bc51662e64ee8b132a9df1e33e16750e3fc4', pattern=r'^_posts/2025-11-\d\d-RTHK-.*\.md$', n=600, region='Hong Kong (RTHK 香港電台, Nov 2025)'),
  dict(name='agora0+2009-reuters', repo='agora0/2009', commit='9dc016ddd0682bb48ecb92c0b01a8df1c9da08d3', pattern=r'^_posts/2020-09-\d\d-REUTERS-.*\.html$', n=400, region='mainland/world economy (Reuters 路透中文, simplified, Sep 2020)'),
]
MIRRORS = '/work/.mirror'
OUT = sys.argv[1] if len(sys.argv) > 1 else '/tmp/heldout4'
HAN = re.compile(r'[\u4e00-\u9fff]')
DIGITS = re.compile(r'\d+')

def git(repo, *args, binary=False):
    d = os.path.join(MIRRORS, repo.replace('/', '+'), 'repo')
    r = subprocess.run(['git', '--git-dir', d, *args], capture_output=True, check=True)
    return r.stdout if binary else r.stdout.decode('utf-8')

def split_front(raw):
    m = re.match(r'^---\r?\n[\s\S]*?\r?\n---[ \t]*\r?\n', raw)
    return (raw[:m.end()], raw[m.end():]) if m else ('', raw)

def html_to_text(body):
    body = re.sub(r"<div class='gmailNews'>[\s\S]*?</div></div>", '', body)
    body = re.sub(r'(?i)<br\s*/?>', '\n', body)
    body = re.sub(r'(?i)</?(p|div|h[1-6]|li|ul|ol|table|tr|blockquote)\b[^>]*>', '\n\n', body)
    body = re.sub(r'<[^>]+>', '', body)
    body = html.unescape(body)
    body = re.sub(r'[ \t]+\n', '\n', body)
    body = re.sub(r'\n{3,}', '\n\n', body)
    return body.strip() + '\n'

def main():
    manifest = []
    for s in SOURCES:
        names = [n for n in git(s['repo'], '-c', 'core.quotepath=off', 'ls-tree', '-r', '-z', '--name-only', s['commit'], '_posts').split('\0') if n and re.match(s['pattern'], n)]
        eligible = []
        for name in names:
            raw = git(s['repo'], 'show', f"{s['commit']}:{name}")
            front, body = split_front(raw)
            text = html_to_text(body) if name.endswith('.html') else body
            han = len(HAN.findall(text))
            if han >= 300 and len(DIGITS.findall(text)) * 100 >= han:
                eligible.append((name, front + ('\n' if name.endswith('.html') else '') + text if name.endswith('.html') else raw))
        rng = random.Random(20261207)
        picked = sorted(rng.sample(eligible, min(s['n'], len(eligible))))
        folder = os.path.join(OUT, s['name'])
        os.makedirs(folder, exist_ok=True)
        for name, content in picked:
            base = os.path.basename(name)
            base = re.sub(r'\.html$', '.md', base)
            with open(os.path.join(folder, base), 'w', encoding='utf-8') as f:
                f.write(content)
        manifest.append(dict(name=s['name'], repo=s['repo'], commit=s['commit'], pattern=s['pattern'], candidates=len(names), eligible=len(eligible), written=len(picked), region=s['region']))
        print(s['name'], len(names), len(eligible), len(picked))
    with open(os.path.join(OUT, 'manifest.json'), 'w') as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)

main()
