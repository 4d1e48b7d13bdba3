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
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from archive_extract import main  # noqa: E402

SOURCES = [
  dict(name='agora0+2010-rfi', repo='agora0/2010', commit='5c5fb7eeb79549794984d37cbf650f6d394123e1', pattern=r'^_posts/2020-10-\d\d-RFI-.*\.html$', n=500, region='world, Taiwan, China (RFI 法國國際廣播電台 Chinese, mostly AFP copy, simplified, Oct 2020)'),
  dict(name='agora0+2010-kyodo', repo='agora0/2010', commit='5c5fb7eeb79549794984d37cbf650f6d394123e1', pattern=r'^_posts/2020-10-\d\d-KYODO-.*\.html$', n=400, region='Japan (Kyodo 共同社 Chinese, simplified, Oct 2020)'),
  dict(name='agora0+2010-dw', repo='agora0/2010', commit='5c5fb7eeb79549794984d37cbf650f6d394123e1', pattern=r'^_posts/2020-10-\d\d-DW-.*\.html$', n=300, region='Germany, Europe, China (DW 德國之聲 Chinese, simplified, Oct 2020)'),
  dict(name='agora0+2010-bbc', repo='agora0/2010', commit='5c5fb7eeb79549794984d37cbf650f6d394123e1', pattern=r'^_posts/2020-10-\d\d-BBC-.*\.html$', n=200, region='world, China, Hong Kong (BBC 中文, simplified, Oct 2020)'),
  dict(name='agora0+2010-joins', repo='agora0/2010', commit='5c5fb7eeb79549794984d37cbf650f6d394123e1', pattern=r'^_posts/2020-10-\d\d-JOINS-.*\.html$', n=200, region='South Korea (JoongAng Ilbo 中央日報 Chinese, simplified, Oct 2020)'),
]
OUT = sys.argv[1] if len(sys.argv) > 1 else '/tmp/heldout5'

main(SOURCES, OUT, drop_scripts=True)
