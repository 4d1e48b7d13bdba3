#!/usr/bin/env python3
"""Archive C (bench/eval-claims/README.md, mirror-sources-c.json): extract sampled articles from pinned bare mirrors.
One UTF-8 file per article. Markdown posts (.md) are kept whole, front matter included.
Posts stored as .html (CNA, Reuters) keep their YAML front matter as is; the body's HTML is turned
into plain paragraphs (block tags -> blank line, other tags dropped, entities unescaped, CNA's
'Google News' follow box dropped), written as .md.
Selection: at least 300 Han characters in the body and at least one run of digits per 100 Han
characters; random.Random(20261207) sample of N per source, sorted by path."""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from archive_extract import main  # noqa: E402

SOURCES = [
  dict(name='agora0+2511-cna', repo='agora0/2511', commit='1565bc51662e64ee8b132a9df1e33e16750e3fc4', pattern=r'^_posts/2025-11-\d\d-CNA-.*\.html$', n=600, region='Taiwan (CNA 中央社, Nov 2025)'),
  dict(name='agora0+2511-rthk', repo='agora0/2511', commit='1565bc51662e64ee8b132a9df1e33e16750e3fc4', pattern=r'^_posts/2025-11-\d\d-RTHK-.*\.md$', n=600, region='Hong Kong (RTHK 香港電台, Nov 2025)'),
  dict(name='agora0+2009-reuters', repo='agora0/2009', commit='9dc016ddd0682bb48ecb92c0b01a8df1c9da08d3', pattern=r'^_posts/2020-09-\d\d-REUTERS-.*\.html$', n=400, region='mainland/world economy (Reuters 路透中文, simplified, Sep 2020)'),
]
OUT = sys.argv[1] if len(sys.argv) > 1 else '/tmp/heldout4'

main(SOURCES, OUT, drop_scripts=False)
