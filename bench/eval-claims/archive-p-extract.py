#!/usr/bin/env python3
"""Archive P (bench/eval-claims/README.md, mirror-sources-p.json): December 2022 (agora0/2212), whose WSJ and ABC posts were in archive F,
extracted and sampled as archive H (archive-h-extract.py) from its other outlets: RTHK, CNA, RFI, Kyodo, DW and BBC."""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from archive_extract import main, month_sources  # noqa: E402

SOURCES = month_sources('2212', 'c41553fe179f66fee487e9e0035344b9e727adb7', [
  ('RTHK', 'md', 400, 'Hong Kong (RTHK 香港電台, Dec 2022)'),
  ('CNA', 'html', 400, 'Taiwan (CNA 中央社, Dec 2022)'),
  ('RFI', 'html', 200, 'world, Taiwan, China (RFI 法國國際廣播電台 Chinese, mostly AFP copy, simplified, Dec 2022)'),
  ('KYODO', 'html', 150, 'Japan (Kyodo 共同社 Chinese, simplified, Dec 2022)'),
  ('DW', 'html', 150, 'Germany, Europe, China (DW 德國之聲 Chinese, simplified, Dec 2022)'),
  ('BBC', 'html', 100, 'world, China, Hong Kong (BBC 中文, simplified, Dec 2022)'),
])
OUT = sys.argv[1] if len(sys.argv) > 1 else '/tmp/heldout17'

main(SOURCES, OUT, drop_scripts=True)
