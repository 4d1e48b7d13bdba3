#!/usr/bin/env python3
"""Archive X (bench/eval-claims/README.md): as archive S (archive-s-extract.py), other articles again: 新闻联播 stories of
days that none of archives B and S and none of the sets fresh10, fresh12, fresh13 and fresh14 (bench/eval-numbers) took
a story from, and 眾新聞 posts neither archive B nor S used. Archive S's description follows.
Archive S: mainland television news and Hong Kong online news, outlets of archive B but
other articles. 新闻联播 transcripts (DuckBurnIncense/xin-wen-lian-bo @ ae8d591d, one file a day, `### title` then one
HTML paragraph line per story): every story of a day archive B took no story from becomes a file `YYYYMMDD_NN.txt`
(title, date, the paragraphs), archive B's days excluded by the list of its files given as the second argument (a folder
holding them: /tmp/heldout3/DuckBurnIncense+xin-wen-lian-bo); 眾新聞 (hkarchivist/hkcnews-article-archive @ 635cc02f,
Markdown kept whole), archive B's articles excluded likewise (third argument). At least 300 Han characters and one digit
run per 100; random.Random(20261207) sample of N per source, sorted by name."""
import json, os, random, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from archive_extract import DIGITS, HAN, git, html_to_paragraphs  # noqa: E402

OUT = sys.argv[1] if len(sys.argv) > 1 else '/tmp/heldout25'
B_XWLB = sys.argv[2] if len(sys.argv) > 2 else '/tmp/heldout3/DuckBurnIncense+xin-wen-lian-bo'
B_HKCNEWS = sys.argv[3] if len(sys.argv) > 3 else '/tmp/heldout3/hkarchivist+hkcnews-article-archive'
S_XWLB = sys.argv[4] if len(sys.argv) > 4 else '/tmp/heldout20/xwlb'
S_HKCNEWS = sys.argv[5] if len(sys.argv) > 5 else '/tmp/heldout20/hkcnews'
HERE = os.path.dirname(os.path.abspath(__file__))
# Days the held-out number sets took stories from (their documents name `news/YYYYMMDD.md`).
SET_DAYS = set()
for name in ('fresh10', 'fresh12', 'fresh13', 'fresh14'):
    with open(os.path.join(HERE, '..', 'eval-numbers', f'{name}-docs.json'), encoding='utf-8') as f:
        SET_DAYS |= set(re.findall(r'news/(\d{8})\.md', f.read()))
XWLB = ('DuckBurnIncense/xin-wen-lian-bo', 'ae8d591d', 800)
HKCNEWS = ('hkarchivist/hkcnews-article-archive', '635cc02f3c0fcd3d8c829c68cd2fe07f50adfc25', 400)

def eligible(text):
    han = len(HAN.findall(text))
    return han >= 300 and len(DIGITS.findall(text)) * 100 >= han

def stories(day, raw):
    """The stories of one day's transcript: (file name, content)."""
    detail = raw.split('## 详细新闻', 1)
    if len(detail) < 2:
        return []
    out = []
    for k, part in enumerate(re.split(r'^### ', detail[1], flags=re.M)[1:], 1):
        title, _, body = part.partition('\n')
        body = re.sub(r'\[查看原文\]\([^)]*\)', '', body)
        text = html_to_paragraphs(body)
        date = f'{day[:4]}-{day[4:6]}-{day[6:]}'
        out.append((f'{day}_{k:02d}.txt', f'{title.strip()}\n{date}\n{text}'))
    return out

def write(name, picked, manifest, repo, commit, candidates, n_eligible, region):
    folder = os.path.join(OUT, name)
    os.makedirs(folder, exist_ok=True)
    for base, content in picked:
        with open(os.path.join(folder, base), 'w', encoding='utf-8') as f:
            f.write(content)
    manifest.append(dict(name=name, repo=repo, commit=commit, candidates=candidates, eligible=n_eligible, written=len(picked), region=region))
    print(name, candidates, n_eligible, len(picked))

manifest = []
repo, commit, n = XWLB
b_days = {f[:8] for f in os.listdir(B_XWLB)} | {f[:8] for f in os.listdir(S_XWLB)} | SET_DAYS
days = [p for p in git(repo, 'ls-tree', '-r', '--name-only', commit, 'news').split('\n') if re.match(r'^news/\d{8}\.md$', p)]
candidates = []
for path in days:
    day = path[5:13]
    if day in b_days:
        continue
    candidates += stories(day, git(repo, 'show', f'{commit}:{path}'))
ok = [s for s in candidates if eligible(s[1])]
picked = sorted(random.Random(20261208).sample(ok, min(n, len(ok))))
write('xwlb', picked, manifest, repo, commit, len(candidates), len(ok), 'mainland (新闻联播 CCTV evening news, simplified, 2022-2026; days archives B and S and sets fresh10-14 did not use)')

repo, commit, n = HKCNEWS
b_articles = set(os.listdir(B_HKCNEWS)) | set(os.listdir(S_HKCNEWS))
paths = [p for p in git(repo, 'ls-tree', '-r', '--name-only', commit, 'articles').split('\n') if p.endswith('.md') and os.path.basename(p) not in b_articles]
rng = random.Random(20261208)
rng.shuffle(paths)
picked = []
looked = 0
for path in paths:
    if len(picked) >= n:
        break
    looked += 1
    raw = git(repo, 'show', f'{commit}:{path}')
    if eligible(raw):
        picked.append((os.path.basename(path), raw))
write('hkcnews', sorted(picked), manifest, repo, commit, looked, len(picked), 'Hong Kong (眾新聞 online news, traditional, 2017-2021; articles archives B and S did not use)')
with open(os.path.join(OUT, 'manifest.json'), 'w') as f:
    json.dump(manifest, f, ensure_ascii=False, indent=1)
