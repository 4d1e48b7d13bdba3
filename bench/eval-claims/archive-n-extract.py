#!/usr/bin/env python3
"""Archive N (bench/eval-claims/README.md, mirror-sources-n.json): May 2023 (agora0/2305), whose WSJ posts were in archive F,
extracted and sampled as archive H (archive-h-extract.py) from its other outlets: RTHK, CNA, RFI, Kyodo, DW and Al Jazeera."""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from archive_extract import main, month_sources  # noqa: E402

SOURCES = month_sources('2305', '27d7893cb575fb90a9aa849bb8c17587a676bff4', [
  ('RTHK', 'md', 400, 'Hong Kong (RTHK 香港電台, May 2023)'),
  ('CNA', 'html', 400, 'Taiwan (CNA 中央社, May 2023)'),
  ('RFI', 'html', 200, 'world, Taiwan, China (RFI 法國國際廣播電台 Chinese, mostly AFP copy, simplified, May 2023)'),
  ('KYODO', 'html', 150, 'Japan (Kyodo 共同社 Chinese, simplified, May 2023)'),
  ('DW', 'html', 150, 'Germany, Europe, China (DW 德國之聲 Chinese, simplified, May 2023)'),
  ('AJ', 'html', 150, 'world, Middle East, China (Al Jazeera 半島電視台 Chinese, simplified, May 2023)'),
])
OUT = sys.argv[1] if len(sys.argv) > 1 else '/tmp/heldout15'

main(SOURCES, OUT, drop_scripts=True)
