#!/usr/bin/env python3
"""Archive K (bench/eval-claims/README.md, mirror-sources-k.json): a month of the `agora0/<yymm>` family not used before,
February 2021 (agora0/2102), extracted and sampled as archive H (archive-h-extract.py), with RTHK, CNA, Reuters, RFI,
Kyodo, BBC and DW."""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from archive_extract import main, month_sources  # noqa: E402

SOURCES = month_sources('2102', 'fefe315d3eb55d3001c891c524adc3d09ec53c16', [
  ('RTHK', 'md', 400, 'Hong Kong (RTHK 香港電台, Feb 2021)'),
  ('CNA', 'html', 400, 'Taiwan (CNA 中央社, Feb 2021)'),
  ('REUTERS', 'html', 250, 'mainland/world economy (Reuters 路透中文, simplified, Feb 2021)'),
  ('RFI', 'html', 200, 'world, Taiwan, China (RFI 法國國際廣播電台 Chinese, mostly AFP copy, simplified, Feb 2021)'),
  ('KYODO', 'html', 150, 'Japan (Kyodo 共同社 Chinese, simplified, Feb 2021)'),
  ('BBC', 'html', 150, 'world, China, Hong Kong (BBC 中文, simplified, Feb 2021)'),
  ('DW', 'html', 150, 'Germany, Europe, China (DW 德國之聲 Chinese, simplified, Feb 2021)'),
])
OUT = sys.argv[1] if len(sys.argv) > 1 else '/tmp/heldout12'

main(SOURCES, OUT, drop_scripts=True)
