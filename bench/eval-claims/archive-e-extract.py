#!/usr/bin/env python3
"""Archive E (bench/eval-claims/README.md, mirror-sources-e.json): extract sampled articles from pinned bare mirrors.
Archive E takes `agora0/pen` (the family's site for November 2024, folder `2411/<outlet>/`: a BUILT Jekyll site, each
article a whole rendered HTML page with no front matter) with outlets other than CNA and RTHK: RFA 自由亞洲電台
(traditional; Hong Kong, Taiwan and the mainland), NHK 日本放送協會 Chinese, Al Jazeera 半島電視台 Chinese, NYT 紐約時報
中文網, Kyodo 共同社 and DW 德國之聲 (simplified), and `agora0/2008` (August 2020) Asahi 朝日新聞 Chinese.
One UTF-8 file per article, written as .md:
- a page of agora0/pen: the <article> element only (site header, navigation, footer and <head> dropped); its headline
  (<h1>) and the date of its path become a front matter written by this script (`title:`, `date: YYYY-MM-DD`), then
  the headline as first line and the date as second line, then the body's HTML turned into plain paragraphs;
- a Jekyll post stored as .html (agora0/2008): its YAML front matter kept as is, the body's HTML to paragraphs.
HTML to paragraphs as in archive D: block tags -> blank line, other tags dropped, entities unescaped, <script>/<style>
dropped; new in E: <figure>/<figcaption> and the 'read more' boxes of Al Jazeera (<h2>阅读更多…</ul>) dropped.
Selection: at least 300 Han characters in the body and at least one run of digits per 100 Han characters;
random.Random(20261207) sample of N per source (all when fewer are eligible), sorted by path."""
import html, json, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from archive_extract import html_to_paragraphs, sample_sources, split_front  # noqa: E402

PEN = '82d22e801d7579f9f7a71c4788efc367d23650fc'
A2008 = '8f8cde5dab74de5debf8bfe807d6794a490d436d'
SOURCES = [
  dict(name='agora0+pen-rfa', repo='agora0/pen', commit=PEN, pattern=r'^2411/rfa/2024/11/\d\d/RFA-.*\.html$', n=400, kind='page', region='Hong Kong, Taiwan, mainland (RFA 自由亞洲電台 Cantonese and Mandarin services, traditional, Nov 2024)'),
  dict(name='agora0+pen-nhk', repo='agora0/pen', commit=PEN, pattern=r'^2411/nhk/2024/11/\d\d/NHK-.*\.html$', n=400, kind='page', region='Japan (NHK 日本放送協會 Chinese, simplified, Nov 2024)'),
  dict(name='agora0+pen-aj', repo='agora0/pen', commit=PEN, pattern=r'^2411/aj/2024/11/\d\d/AJ-.*\.html$', n=400, kind='page', region='Middle East, world (Al Jazeera 半島電視台 Chinese, simplified, Nov 2024)'),
  dict(name='agora0+pen-nyt', repo='agora0/pen', commit=PEN, pattern=r'^2411/nyt/2024/11/\d\d/NYT-.*\.html$', n=400, kind='page', region='US, China, world (NYT 紐約時報中文網, simplified, Nov 2024)'),
  dict(name='agora0+pen-kyodo', repo='agora0/pen', commit=PEN, pattern=r'^2411/kyodo/2024/11/\d\d/KYODO-.*\.html$', n=400, kind='page', region='Japan (Kyodo 共同社 Chinese, simplified, Nov 2024)'),
  dict(name='agora0+pen-dw', repo='agora0/pen', commit=PEN, pattern=r'^2411/dw/2024/11/\d\d/DW-.*\.html$', n=400, kind='page', region='Germany, Europe, China (DW 德國之聲 Chinese, simplified, Nov 2024)'),
  dict(name='agora0+2008-asahi', repo='agora0/2008', commit=A2008, pattern=r'^_posts/2020-08-\d\d-ASAHI-.*\.(html|md)$', n=200, kind='post', region='Japan (Asahi 朝日新聞 Chinese, simplified, Aug 2020)'),
]
OUT = sys.argv[1] if len(sys.argv) > 1 else '/tmp/heldout6'

def html_to_text(body):
    return html_to_paragraphs(body, drop=(r"<div class='gmailNews'>[\s\S]*?</div></div>", r'<h2>阅读更多[\s\S]*?</ul>'))

def page_article(raw, name):
    """(content, body text) of a rendered page of agora0/pen: its <article> element, headline and path date."""
    i, j = raw.find('<article'), raw.find('</article>')
    if i < 0 or j < 0:
        return None
    art = raw[i:j]
    h1 = re.search(r'<h1[^>]*>([\s\S]*?)</h1>', art)
    title = html.unescape(re.sub(r'<[^>]+>', '', h1.group(1))).strip() if h1 else ''
    date = '-'.join(re.search(r'/(\d{4})/(\d\d)/(\d\d)/', name).groups())
    k = art.find('itemprop="articleBody"')
    body = art[art.find('>', k) + 1:] if k >= 0 else art
    text = html_to_text(body)
    front = '---\ntitle: ' + json.dumps(title, ensure_ascii=False) + '\ndate: ' + date + '\n---\n'
    return front + title + '\n' + date + '\n\n' + text, text

def article_of(s, name, raw):
    if s['kind'] == 'page':
        return page_article(raw, name)
    front, body = split_front(raw)
    text = html_to_text(body) if name.endswith('.html') else body
    return (front + '\n' + text if name.endswith('.html') else raw), text

def base_of(s, name):
    base = re.sub(r'\.html$', '.md', os.path.basename(name))
    if s['kind'] == 'page':
        base = '-'.join(re.search(r'/(\d{4})/(\d\d)/(\d\d)/', name).groups()) + '-' + base
    return base

sample_sources(SOURCES, OUT, article_of, base_of)
