#!/usr/bin/env python3
"""Archive T (bench/eval-claims/README.md): November 2020 (agora0/2011), a month no archive used (four of its posts are
in set fresh9/heldout16, labelled for numbers and frames; they may be drawn here too): RTHK 香港電台 (Hong Kong,
traditional), CNA 中央社 (Taiwan, traditional), Reuters, RFI, Kyodo, DW, JoongAng and BBC (simplified). Extracted and
sampled as archives C, D, H–R (archive_extract.main)."""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from archive_extract import main, month_sources  # noqa: E402

SOURCES = month_sources('2011', '504dacc1110a6511f378d651297e662b8e98dcdb', [
  ('RTHK', 'md', 400, 'Hong Kong (RTHK 香港電台, Nov 2020)'),
  ('CNA', 'html', 500, 'Taiwan (CNA 中央社, Nov 2020)'),
  ('REUTERS', 'html', 200, 'mainland/world economy (Reuters 路透中文, simplified, Nov 2020)'),
  ('RFI', 'html', 150, 'world, Taiwan, China (RFI 法國國際廣播電台 Chinese, simplified, Nov 2020)'),
  ('KYODO', 'html', 100, 'Japan (Kyodo 共同社 Chinese, simplified, Nov 2020)'),
  ('DW', 'html', 100, 'Germany, Europe, China (DW 德國之聲 Chinese, simplified, Nov 2020)'),
  ('JOINS', 'html', 60, 'Korea (JoongAng 中央日報 Chinese, simplified, Nov 2020)'),
  ('BBC', 'html', 60, 'world, China, Hong Kong (BBC 中文, simplified, Nov 2020)'),
])
OUT = sys.argv[1] if len(sys.argv) > 1 else '/tmp/heldout21'

main(SOURCES, OUT, drop_scripts=True)
