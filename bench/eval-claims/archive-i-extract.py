#!/usr/bin/env python3
"""Archive I (bench/eval-claims/README.md, mirror-sources-i.json): extract sampled articles from pinned bare mirrors.
Archive I takes a month of the `agora0/<yymm>` family not used before, June 2021 (agora0/2106), with outlets of
archives C, D and E: RTHK 香港電台 (Hong Kong, traditional), CNA 中央社 (Taiwan, traditional), Al Jazeera 半島電視台,
Reuters 路透中文, RFI 法廣 and BBC 中文 (simplified). The outlets' style is known to the rules; these articles are not.
One UTF-8 file per article, as in archives C and D: Markdown posts (.md, RTHK) kept whole, front matter included;
posts stored as .html keep their YAML front matter as is and the body's HTML is turned into plain paragraphs
(block tags -> blank line, other tags dropped, entities unescaped, CNA's 'Google News' follow box, <script> and
<style> blocks dropped), written as .md.
Selection: at least 300 Han characters in the body and at least one run of digits per 100 Han characters;
random.Random(20261207) sample of N per source, sorted by path."""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from archive_extract import main  # noqa: E402

C2106 = '7465a0d590464f8c41c7fe5e6f54ddb1b6f246cc'
SOURCES = [
  dict(name='agora0+2106-rthk', repo='agora0/2106', commit=C2106, pattern=r'^_posts/2021-06-\d\d-RTHK-.*\.md$', n=300, region='Hong Kong (RTHK 香港電台, Jun 2021)'),
  dict(name='agora0+2106-cna', repo='agora0/2106', commit=C2106, pattern=r'^_posts/2021-06-\d\d-CNA-.*\.html$', n=350, region='Taiwan (CNA 中央社, Jun 2021)'),
  dict(name='agora0+2106-aj', repo='agora0/2106', commit=C2106, pattern=r'^_posts/2021-06-\d\d-AJ-.*\.html$', n=250, region='world, Middle East, China (Al Jazeera 半島電視台 Chinese, simplified, Jun 2021)'),
  dict(name='agora0+2106-reuters', repo='agora0/2106', commit=C2106, pattern=r'^_posts/2021-06-\d\d-REUTERS-.*\.html$', n=250, region='mainland/world economy (Reuters 路透中文, simplified, Jun 2021)'),
  dict(name='agora0+2106-rfi', repo='agora0/2106', commit=C2106, pattern=r'^_posts/2021-06-\d\d-RFI-.*\.html$', n=200, region='world, Taiwan, China (RFI 法國國際廣播電台 Chinese, mostly AFP copy, simplified, Jun 2021)'),
  dict(name='agora0+2106-bbc', repo='agora0/2106', commit=C2106, pattern=r'^_posts/2021-06-\d\d-BBC-.*\.html$', n=150, region='world, China, Hong Kong (BBC 中文, simplified, Jun 2021)'),
]
OUT = sys.argv[1] if len(sys.argv) > 1 else '/tmp/heldout10'

main(SOURCES, OUT, drop_scripts=True)
