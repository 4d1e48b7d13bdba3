"""Shared by the archive extraction scripts (archive-c-extract.py … archive-i-extract.py): reading pinned bare mirrors,
Jekyll front matter, HTML to paragraphs, the sampled extraction of archives C, D, H and I, the sampling of E and F, the
sources of one month of the agora0 family, and the 新闻联播 and 眾新聞 archives S and X."""
import html, json, os, random, re, subprocess

MIRRORS = '/work/.mirror'
HAN = re.compile(r'[\u4e00-\u9fff]')
DIGITS = re.compile(r'\d+')

def git(repo, *args, binary=False):
    d = os.path.join(MIRRORS, repo.replace('/', '+'), 'repo')
    r = subprocess.run(['git', '--git-dir', d, *args], capture_output=True, check=True)
    return r.stdout if binary else r.stdout.decode('utf-8')

def split_front(raw):
    m = re.match(r'^---\r?\n[\s\S]*?\r?\n---[ \t]*\r?\n', raw)
    return (raw[:m.end()], raw[m.end():]) if m else ('', raw)

def front_value(front, key):
    """The value of `key:` in a Markdown front matter, without quotes around it ('' when absent)."""
    m = re.search(r'^' + key + r':\s*(.*)$', front, re.M)
    if not m:
        return ''
    v = m.group(1).strip()
    if len(v) >= 2 and v[0] == v[-1] and v[0] in '"\'':
        v = v[1:-1]
    return v

def html_to_text(body, drop_scripts=False):
    body = re.sub(r"<div class='gmailNews'>[\s\S]*?</div></div>", '', body)
    if drop_scripts:
        body = re.sub(r'(?i)<(script|style)\b[\s\S]*?</\1>', '', body)  # archive D: BBC pages carry scripts
    body = re.sub(r'(?i)<br\s*/?>', '\n', body)
    body = re.sub(r'(?i)</?(p|div|h[1-6]|li|ul|ol|table|tr|blockquote)\b[^>]*>', '\n\n', body)
    body = re.sub(r'<[^>]+>', '', body)
    body = html.unescape(body)
    body = re.sub(r'[ \t]+\n', '\n', body)
    body = re.sub(r'\n{3,}', '\n\n', body)
    return body.strip() + '\n'

def main(SOURCES, OUT, drop_scripts=False):
    manifest = []
    for s in SOURCES:
        names = [n for n in git(s['repo'], '-c', 'core.quotepath=off', 'ls-tree', '-r', '-z', '--name-only', s['commit'], '_posts').split('\0') if n and re.match(s['pattern'], n)]
        eligible = []
        for name in names:
            raw = git(s['repo'], 'show', f"{s['commit']}:{name}")
            front, body = split_front(raw)
            text = html_to_text(body, drop_scripts) if name.endswith('.html') else body
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

def html_to_paragraphs(body, drop=()):
    """HTML to paragraphs as archives E and F make them: the regexes of `drop` removed first, <script>, <style> and
    <figure> dropped, block tags (also section, header, footer, address, figcaption) -> blank line, other tags dropped,
    entities unescaped, spaces around line ends trimmed."""
    for pattern in drop:
        body = re.sub(pattern, '', body)
    body = re.sub(r'(?i)<(script|style|figure)\b[\s\S]*?</\1>', '', body)
    body = re.sub(r'(?i)<br\s*/?>', '\n', body)
    body = re.sub(r'(?i)</?(p|div|h[1-6]|li|ul|ol|table|tr|blockquote|section|header|footer|address|figcaption)\b[^>]*>', '\n\n', body)
    body = re.sub(r'<[^>]+>', '', body)
    body = html.unescape(body)
    body = re.sub(r'[ \t]+\n', '\n', body)
    body = re.sub(r'\n[ \t]+', '\n', body)
    body = re.sub(r'\n{3,}', '\n\n', body)
    return body.strip() + '\n'

def sample_sources(SOURCES, OUT, article_of, base_of):
    """Archives E and F: per source, the files under its pattern's first folder; `article_of(source, name, raw)` gives
    (content, body text) or None; those with at least 300 Han characters and a run of digits per 100 are eligible;
    random.Random(20261207) sample of N, sorted by path, written as `base_of(source, name)`; manifest.json beside."""
    manifest = []
    for s in SOURCES:
        under = s['pattern'][1:].split('/')[0]
        names = [n for n in git(s['repo'], '-c', 'core.quotepath=off', 'ls-tree', '-r', '-z', '--name-only', s['commit'], under).split('\0') if n and re.match(s['pattern'], n)]
        eligible = []
        for name in names:
            got = article_of(s, name, git(s['repo'], 'show', f"{s['commit']}:{name}"))
            if not got:
                continue
            content, text = got
            han = len(HAN.findall(text))
            if han >= 300 and len(DIGITS.findall(text)) * 100 >= han:
                eligible.append((name, content))
        rng = random.Random(20261207)
        picked = sorted(rng.sample(eligible, min(s['n'], len(eligible))))
        folder = os.path.join(OUT, s['name'])
        os.makedirs(folder, exist_ok=True)
        for name, content in picked:
            with open(os.path.join(folder, base_of(s, name)), 'w', encoding='utf-8') as f:
                f.write(content)
        manifest.append(dict(name=s['name'], repo=s['repo'], commit=s['commit'], pattern=s['pattern'], candidates=len(names), eligible=len(eligible), written=len(picked), region=s['region']))
        print(s['name'], len(names), len(eligible), len(picked))
    with open(os.path.join(OUT, 'manifest.json'), 'w') as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)


def month_sources(yymm, commit, outlets):
    """Sources of one month of the `agora0/<yymm>` family: `outlets` are (OUTLET as in the post names, extension, N,
    region), e.g. ('RTHK', 'md', 400, 'Hong Kong (RTHK 香港電台, Jan 2021)'); posts `_posts/20YY-MM-DD-OUTLET-….ext`."""
    year, month = '20' + yymm[:2], yymm[2:]
    return [dict(name=f'agora0+{yymm}-{outlet.lower()}', repo=f'agora0/{yymm}', commit=commit,
                 pattern=rf'^_posts/{year}-{month}-\d\d-{outlet}-.*\.{ext}$', n=n, region=region)
            for outlet, ext, n, region in outlets]


def xwlb_and_hkcnews(out, skip_days, skip_articles, n_xwlb, n_hkcnews, seed, regions):
    """Archives S and X: `n_xwlb` 新闻联播 stories (DuckBurnIncense/xin-wen-lian-bo @ ae8d591d, one file a day, `### title`
    then one HTML paragraph line per story) of days not in `skip_days`, each a file `YYYYMMDD_NN.txt` (title, date, the
    paragraphs), and `n_hkcnews` 眾新聞 posts (hkarchivist/hkcnews-article-archive @ 635cc02f, Markdown kept whole) whose
    file names are not in `skip_articles`: at least 300 Han characters and one digit run per 100, random.Random(seed)
    samples, sorted by name; `regions` names the two folders' regions in manifest.json."""
    xwlb = ('DuckBurnIncense/xin-wen-lian-bo', 'ae8d591d')
    hkcnews = ('hkarchivist/hkcnews-article-archive', '635cc02f3c0fcd3d8c829c68cd2fe07f50adfc25')

    def eligible(text):
        han = len(HAN.findall(text))
        return han >= 300 and len(DIGITS.findall(text)) * 100 >= han

    def stories(day, raw):
        """The stories of one day's transcript: (file name, content)."""
        detail = raw.split('## 详细新闻', 1)
        if len(detail) < 2:
            return []
        found = []
        for k, part in enumerate(re.split(r'^### ', detail[1], flags=re.M)[1:], 1):
            title, _, body = part.partition('\n')
            body = re.sub(r'\[查看原文\]\([^)]*\)', '', body)
            text = html_to_paragraphs(body)
            date = f'{day[:4]}-{day[4:6]}-{day[6:]}'
            found.append((f'{day}_{k:02d}.txt', f'{title.strip()}\n{date}\n{text}'))
        return found

    def write(name, picked, manifest, repo, commit, candidates, n_eligible, region):
        folder = os.path.join(out, name)
        os.makedirs(folder, exist_ok=True)
        for base, content in picked:
            with open(os.path.join(folder, base), 'w', encoding='utf-8') as f:
                f.write(content)
        manifest.append(dict(name=name, repo=repo, commit=commit, candidates=candidates, eligible=n_eligible, written=len(picked), region=region))
        print(name, candidates, n_eligible, len(picked))

    manifest = []
    repo, commit = xwlb
    days = [p for p in git(repo, 'ls-tree', '-r', '--name-only', commit, 'news').split('\n') if re.match(r'^news/\d{8}\.md$', p)]
    candidates = []
    for path in days:
        day = path[5:13]
        if day in skip_days:
            continue
        candidates += stories(day, git(repo, 'show', f'{commit}:{path}'))
    ok = [s for s in candidates if eligible(s[1])]
    picked = sorted(random.Random(seed).sample(ok, min(n_xwlb, len(ok))))
    write('xwlb', picked, manifest, repo, commit, len(candidates), len(ok), regions[0])

    repo, commit = hkcnews
    paths = [p for p in git(repo, 'ls-tree', '-r', '--name-only', commit, 'articles').split('\n') if p.endswith('.md') and os.path.basename(p) not in skip_articles]
    rng = random.Random(seed)
    rng.shuffle(paths)
    picked = []
    looked = 0
    for path in paths:
        if len(picked) >= n_hkcnews:
            break
        looked += 1
        raw = git(repo, 'show', f'{commit}:{path}')
        if eligible(raw):
            picked.append((os.path.basename(path), raw))
    write('hkcnews', sorted(picked), manifest, repo, commit, looked, len(picked), regions[1])
    with open(os.path.join(out, 'manifest.json'), 'w') as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)
