#!/usr/bin/env python3
"""Archive L (bench/eval-claims/README.md, mirror-sources-l.json): a month of the `agora0/<yymm>` family not used before,
July 2020 (agora0/2007), extracted and sampled as archive H (archive-h-extract.py): RTHK, Reuters, DW, BBC and, new
among the archives, Asahi 朝日新聞 Chinese."""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from archive_extract import main, month_sources  # noqa: E402

SOURCES = month_sources('2007', '534169778227616f9e4c6d74b54cc0b6ccac23d4', [
  ('RTHK', 'md', 500, 'Hong Kong (RTHK 香港電台, Jul 2020)'),
  ('REUTERS', 'html', 400, 'mainland/world economy (Reuters 路透中文, simplified, Jul 2020)'),
  ('DW', 'html', 250, 'Germany, Europe, China (DW 德國之聲 Chinese, simplified, Jul 2020)'),
  ('BBC', 'html', 150, 'world, China, Hong Kong (BBC 中文, simplified, Jul 2020)'),
  ('ASAHI', 'html', 150, 'Japan (Asahi 朝日新聞 Chinese, simplified, Jul 2020)'),
])
OUT = sys.argv[1] if len(sys.argv) > 1 else '/tmp/heldout13'

main(SOURCES, OUT, drop_scripts=True)
