#!/usr/bin/env python3
"""Archive D (bench/eval-claims/README.md, mirror-sources-d.json): extract sampled articles from pinned bare mirrors.
Archive D takes the outlets of agora0/2010 (October 2020) other than CNA, RTHK and Reuters: RFI 法廣 (mostly AFP
wire copy), Kyodo 共同社, DW 德國之聲, BBC 中文 and JoongAng 中央日報 (JOINS), all in simplified characters.
One UTF-8 file per article. Markdown posts (.md) are kept whole, front matter included.
Posts stored as .html (all five outlets here) keep their YAML front matter as is; the body's HTML is turned
into plain paragraphs (block tags -> blank line, other tags dropped, entities unescaped, CNA's
'Google News' follow box dropped; new in D: <script> and <style> blocks dropped), written as .md.
Selection: at least 300 Han characters in the body and at least one run of digits per 100 Han
characters; random.Random(20261207) sample of N per source, sorted by path."""
import html, os, random, re, subprocess, sys, json

SOURCES = [
  dict(name='agora0+2010-rfi', repo='agora0/2010', commit='5c5fb7eeb79549794984d37cbf650f6d394123e1', pattern=r'^_posts/2020-10-\d\d-RFI-.*\.html$', n=500, region='world, Taiwan, China (RFI 法國國際廣播電台 Chinese, mostly AFP copy, simplified, Oct 2020)'),
  dict(name='agora0+2010-kyodo', repo='agora0/2010', commit='5c5fb7eeb79549794984d37cbf650f6d394123e1', pattern=r'^_posts/2020-10-\d\d-KYODO-.*\.html$', n=400, region='Japan (Kyodo 共同社 Chinese, simplified, Oct 2020)'),
  dict(name='agora0+2010-dw', repo='agora0/2010', commit='5c5fb7eeb79549794984d37cbf650f6d394123e1', pattern=r'^_posts/2020-10-\d\d-DW-.*\.html$', n=300, region='Germany, Europe, China (DW 德國之聲 Chinese, simplified, Oct 2020)'),
  dict(name='agora0+2010-bbc', repo='agora0/2010', commit='5c5fb7eeb79549794984d37cbf650f6d394123e1', pattern=r'^_posts/2020-10-\d\d-BBC-.*\.html$', n=200, region='world, China, Hong Kong (BBC 中文, simplified, Oct 2020)'),
  dict(name='agora0+2010-joins', repo='agora0/2010', commit='5c5fb7eeb79549794984d37cbf650f6d394123e1', pattern=r'^_posts/2020-10-\d\d-JOINS-.*\.html$', n=200, region='South Korea (JoongAng Ilbo 中央日報 Chinese, simplified, Oct 2020)'),
]
MIRRORS = '/work/.mirror'
OUT = sys.argv[1] if len(sys.argv) > 1 else '/tmp/heldout5'
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
    body = re.sub(r'(?i)<(script|style)\b[\s\S]*?</\1>', '', body)  # archive D: BBC pages carry scripts
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
