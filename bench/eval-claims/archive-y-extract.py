#!/usr/bin/env python3
"""Archive Y (bench/eval-claims/README.md): March 2021 (agora0/2103), a month no archive or set used: RTHK 香港電台 (Hong
Kong, traditional), CNA 中央社 (Taiwan, traditional), RFI, Reuters, Kyodo, DW, JoongAng and BBC (simplified). Extracted
and sampled as archives C, D, H–W (archive_extract.main)."""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from archive_extract import main, month_sources  # noqa: E402

SOURCES = month_sources('2103', '433f0addc038bc962fd23bbd13273d70aa8293a2', [
  ('RTHK', 'md', 400, 'Hong Kong (RTHK 香港電台, Mar 2021)'),
  ('CNA', 'html', 500, 'Taiwan (CNA 中央社, Mar 2021)'),
  ('RFI', 'html', 150, 'world, Taiwan, China (RFI 法國國際廣播電台 Chinese, simplified, Mar 2021)'),
  ('REUTERS', 'html', 150, 'mainland/world economy (Reuters 路透中文, simplified, Mar 2021)'),
  ('KYODO', 'html', 100, 'Japan (Kyodo 共同社 Chinese, simplified, Mar 2021)'),
  ('DW', 'html', 100, 'Germany, Europe, China (DW 德國之聲 Chinese, simplified, Mar 2021)'),
  ('JOINS', 'html', 60, 'Korea (JoongAng 中央日報 Chinese, simplified, Mar 2021)'),
  ('BBC', 'html', 60, 'world, China, Hong Kong (BBC 中文, simplified, Mar 2021)'),
])
OUT = sys.argv[1] if len(sys.argv) > 1 else '/tmp/heldout26'

main(SOURCES, OUT, drop_scripts=True)
