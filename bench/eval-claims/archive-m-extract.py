#!/usr/bin/env python3
"""Archive M (bench/eval-claims/README.md, mirror-sources-m.json): a month of the `agora0/<yymm>` family not used before,
August 2020 (agora0/2008), extracted and sampled as archive H (archive-h-extract.py): RTHK, Reuters, DW and BBC (its Asahi posts
were in archive E)."""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from archive_extract import main, month_sources  # noqa: E402

SOURCES = month_sources('2008', '8f8cde5dab74de5debf8bfe807d6794a490d436d', [
  ('RTHK', 'md', 500, 'Hong Kong (RTHK 香港電台, Aug 2020)'),
  ('REUTERS', 'html', 400, 'mainland/world economy (Reuters 路透中文, simplified, Aug 2020)'),
  ('DW', 'html', 250, 'Germany, Europe, China (DW 德國之聲 Chinese, simplified, Aug 2020)'),
  ('BBC', 'html', 150, 'world, China, Hong Kong (BBC 中文, simplified, Aug 2020)'),
])
OUT = sys.argv[1] if len(sys.argv) > 1 else '/tmp/heldout14'

main(SOURCES, OUT, drop_scripts=True)
