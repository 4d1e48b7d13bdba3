#!/usr/bin/env python3
"""Archive H (bench/eval-claims/README.md, mirror-sources-h.json): extract sampled articles from pinned bare mirrors.
Archive H takes a month of the `agora0/<yymm>` family not used before, January 2021 (agora0/2101), with the outlets
of archives C and D: RTHK 香港電台 (Hong Kong, traditional), CNA 中央社 (Taiwan, traditional), Reuters 路透中文, RFI
法廣, Kyodo 共同社 and DW 德國之聲 (simplified). The outlets' style is known to the rules; these articles are not.
One UTF-8 file per article, as in archives C and D: Markdown posts (.md, RTHK) kept whole, front matter included;
posts stored as .html keep their YAML front matter as is and the body's HTML is turned into plain paragraphs
(block tags -> blank line, other tags dropped, entities unescaped, CNA's 'Google News' follow box, <script> and
<style> blocks dropped), written as .md.
Selection: at least 300 Han characters in the body and at least one run of digits per 100 Han characters;
random.Random(20261207) sample of N per source, sorted by path."""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from archive_extract import main  # noqa: E402

C2101 = 'c199875167f96d5438520cca894d41bf23b6421c'
SOURCES = [
  dict(name='agora0+2101-rthk', repo='agora0/2101', commit=C2101, pattern=r'^_posts/2021-01-\d\d-RTHK-.*\.md$', n=400, region='Hong Kong (RTHK 香港電台, Jan 2021)'),
  dict(name='agora0+2101-cna', repo='agora0/2101', commit=C2101, pattern=r'^_posts/2021-01-\d\d-CNA-.*\.html$', n=400, region='Taiwan (CNA 中央社, Jan 2021)'),
  dict(name='agora0+2101-reuters', repo='agora0/2101', commit=C2101, pattern=r'^_posts/2021-01-\d\d-REUTERS-.*\.html$', n=250, region='mainland/world economy (Reuters 路透中文, simplified, Jan 2021)'),
  dict(name='agora0+2101-rfi', repo='agora0/2101', commit=C2101, pattern=r'^_posts/2021-01-\d\d-RFI-.*\.html$', n=250, region='world, Taiwan, China (RFI 法國國際廣播電台 Chinese, mostly AFP copy, simplified, Jan 2021)'),
  dict(name='agora0+2101-kyodo', repo='agora0/2101', commit=C2101, pattern=r'^_posts/2021-01-\d\d-KYODO-.*\.html$', n=150, region='Japan (Kyodo 共同社 Chinese, simplified, Jan 2021)'),
  dict(name='agora0+2101-dw', repo='agora0/2101', commit=C2101, pattern=r'^_posts/2021-01-\d\d-DW-.*\.html$', n=150, region='Germany, Europe, China (DW 德國之聲 Chinese, simplified, Jan 2021)'),
]
OUT = sys.argv[1] if len(sys.argv) > 1 else '/tmp/heldout9'

main(SOURCES, OUT, drop_scripts=True)
