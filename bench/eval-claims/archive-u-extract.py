#!/usr/bin/env python3
"""Archive U (bench/eval-claims/README.md): April 2021 (agora0/2104), a month no archive used (a few of its posts are
in set fresh8/heldout15, labelled for numbers and frames; they may be drawn here too): RTHK 香港電台 (Hong Kong,
traditional), CNA 中央社 (Taiwan, traditional), Reuters, RFI, Kyodo, DW, JoongAng and BBC (simplified). Extracted and
sampled as archives C, D, H–R (archive_extract.main)."""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from archive_extract import main, month_sources  # noqa: E402

SOURCES = month_sources('2104', '9ed833de44d02268d3d22f82071d7aa5c729dd68', [
  ('RTHK', 'md', 400, 'Hong Kong (RTHK 香港電台, Apr 2021)'),
  ('CNA', 'html', 500, 'Taiwan (CNA 中央社, Apr 2021)'),
  ('REUTERS', 'html', 200, 'mainland/world economy (Reuters 路透中文, simplified, Apr 2021)'),
  ('RFI', 'html', 150, 'world, Taiwan, China (RFI 法國國際廣播電台 Chinese, simplified, Apr 2021)'),
  ('KYODO', 'html', 100, 'Japan (Kyodo 共同社 Chinese, simplified, Apr 2021)'),
  ('DW', 'html', 100, 'Germany, Europe, China (DW 德國之聲 Chinese, simplified, Apr 2021)'),
  ('JOINS', 'html', 60, 'Korea (JoongAng 中央日報 Chinese, simplified, Apr 2021)'),
  ('BBC', 'html', 60, 'world, China, Hong Kong (BBC 中文, simplified, Apr 2021)'),
])
OUT = sys.argv[1] if len(sys.argv) > 1 else '/tmp/heldout22'

main(SOURCES, OUT, drop_scripts=True)
