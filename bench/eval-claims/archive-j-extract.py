#!/usr/bin/env python3
"""Archive J (bench/eval-claims/README.md, mirror-sources-j.json): a month of the `agora0/<yymm>` family not used before,
December 2020 (agora0/2012), extracted and sampled as archive H (archive-h-extract.py), with RTHK, CNA, Reuters, RFI,
DW and, new among the archives, JOINS 中央日報 Chinese."""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from archive_extract import main, month_sources  # noqa: E402

SOURCES = month_sources('2012', 'f3d910ab990b80bcc8a308fe6488506014f7b5b1', [
  ('RTHK', 'md', 400, 'Hong Kong (RTHK 香港電台, Dec 2020)'),
  ('CNA', 'html', 400, 'Taiwan (CNA 中央社, Dec 2020)'),
  ('REUTERS', 'html', 250, 'mainland/world economy (Reuters 路透中文, simplified, Dec 2020)'),
  ('RFI', 'html', 200, 'world, Taiwan, China (RFI 法國國際廣播電台 Chinese, mostly AFP copy, simplified, Dec 2020)'),
  ('JOINS', 'html', 150, 'Korea, China (JoongAng Ilbo 中央日報 Chinese, simplified, Dec 2020)'),
  ('DW', 'html', 150, 'Germany, Europe, China (DW 德國之聲 Chinese, simplified, Dec 2020)'),
])
OUT = sys.argv[1] if len(sys.argv) > 1 else '/tmp/heldout11'

main(SOURCES, OUT, drop_scripts=True)
