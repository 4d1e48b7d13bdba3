#!/usr/bin/env python3
"""Archive V (bench/eval-claims/README.md): January 2022 (agora0/2201), a month no archive used (a few of its posts are
in set fresh8/heldout15, labelled for numbers and frames; they may be drawn here too): RTHK 香港電台 (Hong Kong,
traditional), CNA 中央社 (Taiwan, traditional), Reuters, Al Jazeera, RFI, Kyodo, DW and BBC (simplified). Extracted and
sampled as archives C, D, H–R (archive_extract.main)."""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from archive_extract import main, month_sources  # noqa: E402

SOURCES = month_sources('2201', '66acfb6e055994ae65dbcd1232759bbfa6125a3e', [
  ('RTHK', 'md', 400, 'Hong Kong (RTHK 香港電台, Jan 2022)'),
  ('CNA', 'html', 500, 'Taiwan (CNA 中央社, Jan 2022)'),
  ('REUTERS', 'html', 200, 'mainland/world economy (Reuters 路透中文, simplified, Jan 2022)'),
  ('RFI', 'html', 150, 'world, Taiwan, China (RFI 法國國際廣播電台 Chinese, simplified, Jan 2022)'),
  ('KYODO', 'html', 100, 'Japan (Kyodo 共同社 Chinese, simplified, Jan 2022)'),
  ('DW', 'html', 100, 'Germany, Europe, China (DW 德國之聲 Chinese, simplified, Jan 2022)'),
  ('AJ', 'html', 150, 'world, China (Al Jazeera 半島電視台 Chinese, simplified, Jan 2022)'),
  ('BBC', 'html', 60, 'world, China, Hong Kong (BBC 中文, simplified, Jan 2022)'),
])
OUT = sys.argv[1] if len(sys.argv) > 1 else '/tmp/heldout23'

main(SOURCES, OUT, drop_scripts=True)
