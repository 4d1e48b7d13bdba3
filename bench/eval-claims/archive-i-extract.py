#!/usr/bin/env python3
"""Archive I (bench/eval-claims/README.md, mirror-sources-i.json): a month of the `agora0/<yymm>` family not used before,
June 2021 (agora0/2106), extracted and sampled as archive H (archive-h-extract.py), with outlets of archives C, D and E:
RTHK, CNA, Al Jazeera 半島電視台, Reuters, RFI and BBC 中文."""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from archive_extract import main, month_sources  # noqa: E402

SOURCES = month_sources('2106', '7465a0d590464f8c41c7fe5e6f54ddb1b6f246cc', [
  ('RTHK', 'md', 300, 'Hong Kong (RTHK 香港電台, Jun 2021)'),
  ('CNA', 'html', 350, 'Taiwan (CNA 中央社, Jun 2021)'),
  ('AJ', 'html', 250, 'world, Middle East, China (Al Jazeera 半島電視台 Chinese, simplified, Jun 2021)'),
  ('REUTERS', 'html', 250, 'mainland/world economy (Reuters 路透中文, simplified, Jun 2021)'),
  ('RFI', 'html', 200, 'world, Taiwan, China (RFI 法國國際廣播電台 Chinese, mostly AFP copy, simplified, Jun 2021)'),
  ('BBC', 'html', 150, 'world, China, Hong Kong (BBC 中文, simplified, Jun 2021)'),
])
OUT = sys.argv[1] if len(sys.argv) > 1 else '/tmp/heldout10'

main(SOURCES, OUT, drop_scripts=True)
