#!/usr/bin/env python3
"""Archive G (bench/eval-claims/README.md, mirror-sources-g.json): extract articles from a pinned bare mirror.
Archive G takes `NodeBE4/oped2` (a Jekyll site of reposted articles, 2014-2021), and of it only the posts reposted from
nei.st whose `from:` front-matter field names a mainland Chinese or Hong Kong newsroom: 财新周刊 Caixin Weekly
(`nei.st/medium/caixin`), 端傳媒 Initium Media (Hong Kong, `initium`), 南方周末 Southern Weekly (`southern`,
`southern-weekly`), 第一财经 YiMagazine (`yimag`), 三联生活周刊 Lifeweek (`lifeweek`), 财经 Caijing (`caijing`) and
中国新闻周刊 China Newsweek (`china-newsweek`); and, to reach 800 articles, two foreign outlets not used by any earlier
archive, 經濟學人 The Economist (`economist`) and Bloomberg 彭博 (`bloomberg`, `bloomberg-businessweek`), in Chinese
translation. Other outlets of the same site (WSJ, NYT, FT, Atlantic…),
the iYouPort, 泡泡, 中参馆, 燕京书评 and Matters posts are left out.
One UTF-8 file per article, written as .md: the post's YAML front matter kept as is (its `title:` and `date:` as
the site gave them), then the headline as first line and the `YYYY-MM-DD` date as second line, then the body's HTML
turned into plain paragraphs: only the <article> element; its first <header> (the page title), the hero image block
(`featured-section`), the byline block (`postMetaLockup`), the empty advertisement blocks (`code-block`) and a paywall picture
(`BarrierFailsafe__fullBarrier`, "You've hit the wall.") dropped; cut at the first of the related-articles list
(`<section class="jsx-`, `<div class="streamItem`), the site's promotion blocks for other outlets (`<div class="dndo"`,
`<div class="bqdn"`, `<section class="wxyz"`: "No More.", "MORE", "The New York Times", "View") or the category footer
(`<footer class="entry-footer"`). HTML to paragraphs as in archives E and F (block tags -> blank line, other tags dropped,
entities unescaped, <script>, <style> and <figure> dropped).
Selection: at least 300 Han characters in the body and at least one run of digits per 100 Han characters;
random.Random(20261207) sample of N per source (all when fewer are eligible), sorted by path."""
import os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import functools  # noqa: E402
import archive_extract  # noqa: E402
from archive_extract import front_value, html_to_paragraphs, sample_sources, split_front  # noqa: E402

archive_extract.git = functools.lru_cache(maxsize=None)(archive_extract.git)  # every source reads the same 5 685 posts

COMMIT = '17cab5244554c2770507a1fa14a4dac6f7e618ee'
def source(name, slugs, region, n=2000):
    return dict(name='NodeBE4+oped2-' + name, repo='NodeBE4/oped2', commit=COMMIT, pattern=r'^_posts/.*', n=n, slugs=slugs, region=region)
SOURCES = [
  source('caixin', ('caixin',), 'mainland China: economy, finance, society (财新周刊 Caixin Weekly, simplified, 2019-2020, via nei.st)'),
  source('initium', ('initium',), 'Hong Kong, mainland, Taiwan, world (端傳媒 Initium Media, Hong Kong, simplified, 2019-2020, via nei.st)'),
  source('southern', ('southern', 'southern-weekly'), 'mainland China: society, culture (南方周末 Southern Weekly, simplified, 2019-2020, via nei.st)'),
  source('yimag', ('yimag',), 'mainland China: business, consumers (第一财经 YiMagazine, simplified, 2019-2020, via nei.st)'),
  source('lifeweek', ('lifeweek',), 'mainland China: society, culture, science (三联生活周刊 Lifeweek, simplified, 2019-2020, via nei.st)'),
  source('caijing-newsweek', ('caijing', 'china-newsweek'), 'mainland China: companies, epidemic (财经 Caijing and 中国新闻周刊 China Newsweek, simplified, 2019-2020, via nei.st)'),
  source('economist', ('economist',), 'world, China, US: economy and politics (經濟學人 The Economist, Chinese translation, simplified, 2019-2020, via nei.st; foreign)'),
  source('bloomberg', ('bloomberg', 'bloomberg-businessweek'), 'world, China, US: business and markets (Bloomberg 彭博, Chinese translation, simplified, 2019-2020, via nei.st; foreign)'),
]
OUT = sys.argv[1] if len(sys.argv) > 1 else '/tmp/heldout8'

def drop_block(body, cls):
    """Drops every <div> whose class contains `cls`, up to the </div> at its own indentation (the pages are
    pretty-printed, one tag per line)."""
    return re.sub(r'\n([ \t]*)<div class="[^"]*' + re.escape(cls) + r'[^"]*"[^>]*>[\s\S]*?\n\1</div>', '\n', body)

def body_of(body):
    start = body.find('<article')
    end = body.rfind('</article>')
    if start < 0 or end < 0:
        return None
    body = body[start:end]
    body = re.sub(r'<header\b[\s\S]*?</header>', '', body, count=1)
    for cls in ('featured-section', 'postMetaLockup', 'code-block', 'BarrierFailsafe__fullBarrier'):
        body = drop_block(body, cls)
    markers = ('<section class="jsx-', '<div class="streamItem', '<div class="dndo"', '<div class="bqdn"', '<section class="wxyz"', '<footer class="entry-footer"')
    cuts = [i for i in (body.find(m) for m in markers) if i >= 0]
    return body[:min(cuts)] if cuts else body

def article_of(s, name, raw):
    front, body = split_front(raw)
    m = re.search(r'^from: https://nei\.st/medium/([^/\s]+)', front, re.M)
    if not m or m.group(1) not in s['slugs']:
        return None
    inner = body_of(body)
    if inner is None:
        return None
    text = html_to_paragraphs(inner)
    title = front_value(front, 'title')
    date = front_value(front, 'date')[:10] or re.search(r'/(\d{4}-\d\d-\d\d)-', name).group(1)
    return front + title + '\n' + date + '\n\n' + text, text

def base_of(s, name):
    base = os.path.basename(name)
    return base if base.endswith('.md') else base + '.md'

sample_sources(SOURCES, OUT, article_of, base_of)
