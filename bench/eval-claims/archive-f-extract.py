#!/usr/bin/env python3
"""Archive F (bench/eval-claims/README.md, mirror-sources-f.json): extract articles from pinned bare mirrors.
Archive F takes months of the `agora0/<yymm>` family not used before (December 2022, May and September 2023), and of
them only the outlets not used before: WSJ 華爾街日報中文網 (simplified; much of it China's economy and markets) and ABC
澳洲廣播公司 Chinese (simplified; Australia, China, the Pacific). No usable Hong Kong, Taiwan, Macau or mainland outlet
other than RTHK and CNA could be mirrored (see the README). CNA, RTHK, Reuters and the outlets of earlier archives are
left out.
One UTF-8 file per article, written as .md: the post's YAML front matter kept as is (its `title:` and `date:` as
the site gave them), then the headline as first line and the `YYYY-MM-DD` date as second line, then the body's HTML
turned into plain paragraphs:
- WSJ: only the <section subscriptions-section="content"> elements (the lead image, its caption, the update time and
  the share buttons dropped);
- ABC: the <header> (lead image and caption) and the first <div><i>timestamp</i></div> dropped.
HTML to paragraphs as in archive E (block tags -> blank line, other tags dropped, entities unescaped, <script>,
<style> and <figure> dropped).
Selection: at least 300 Han characters in the body and at least one run of digits per 100 Han characters;
random.Random(20261207) sample of N per source (all when fewer are eligible), sorted by path."""
import os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from archive_extract import front_value, html_to_paragraphs, sample_sources, split_front  # noqa: E402

C2212 = 'c41553fe179f66fee487e9e0035344b9e727adb7'
C2305 = '27d7893cb575fb90a9aa849bb8c17587a676bff4'
C2309 = 'e195abacb0c5bb8fbf55cad5fbb3509e3ad3902c'
SOURCES = [
  dict(name='agora0+2212-wsj', repo='agora0/2212', commit=C2212, pattern=r'^_posts/2022-12-\d\d-WSJ-.*\.html$', n=400, kind='wsj', region='China, US, world: economy and markets (WSJ 華爾街日報中文網, simplified, Dec 2022)'),
  dict(name='agora0+2212-abc', repo='agora0/2212', commit=C2212, pattern=r'^_posts/2022-12-\d\d-ABC-.*\.html$', n=400, kind='abc', region='Australia, China, Pacific (ABC 澳洲廣播公司 Chinese, simplified, Dec 2022)'),
  dict(name='agora0+2305-wsj', repo='agora0/2305', commit=C2305, pattern=r'^_posts/2023-05-\d\d-WSJ-.*\.html$', n=400, kind='wsj', region='China, US, world: economy and markets (WSJ 華爾街日報中文網, simplified, May 2023)'),
  dict(name='agora0+2309-wsj', repo='agora0/2309', commit=C2309, pattern=r'^_posts/2023-09-\d\d-WSJ-.*\.html$', n=400, kind='wsj', region='China, US, world: economy and markets (WSJ 華爾街日報中文網, simplified, Sep 2023)'),
]
OUT = sys.argv[1] if len(sys.argv) > 1 else '/tmp/heldout7'

def body_of(body, kind):
    if kind == 'wsj':
        return '\n'.join(re.findall(r'<section subscriptions-section="content">([\s\S]*?)</section>', body))
    body = re.sub(r'(?i)<header\b[\s\S]*?</header>', '', body)
    return re.sub(r'^\s*<div><i>[^<]*</i></div>', '', body)

def article_of(s, name, raw):
    front, body = split_front(raw)
    text = html_to_paragraphs(body_of(body, s['kind']))
    title = front_value(front, 'title')
    date = front_value(front, 'date')[:10] or re.search(r'/(\d{4}-\d\d-\d\d)-', name).group(1)
    return front + title + '\n' + date + '\n\n' + text, text

sample_sources(SOURCES, OUT, article_of, lambda s, name: re.sub(r'\.html$', '.md', os.path.basename(name)))
