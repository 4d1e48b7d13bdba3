#!/usr/bin/env python3
"""Archive W (bench/eval-claims/README.md): February 2024 (agora0/2402), a month no archive used (four of its posts are in
set fresh9/heldout16, labelled for numbers and frames; they may be drawn here too): RTHK 香港電台 (Hong Kong,
traditional), CNA 中央社 (Taiwan, traditional), RFI, Kyodo, DW, Al Jazeera and BBC (simplified); no WSJ, as archives N and
O. Extracted and sampled as archives C, D, H–V (archive_extract.main)."""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from archive_extract import main, month_sources  # noqa: E402

SOURCES = month_sources('2402', '18c257e8e98653bef9110c77d30e09e38720a56c', [
  ('RTHK', 'md', 400, 'Hong Kong (RTHK 香港電台, Feb 2024)'),
  ('CNA', 'html', 500, 'Taiwan (CNA 中央社, Feb 2024)'),
  ('RFI', 'html', 150, 'world, Taiwan, China (RFI 法國國際廣播電台 Chinese, simplified, Feb 2024)'),
  ('KYODO', 'html', 100, 'Japan (Kyodo 共同社 Chinese, simplified, Feb 2024)'),
  ('DW', 'html', 100, 'Germany, Europe, China (DW 德國之聲 Chinese, simplified, Feb 2024)'),
  ('AJ', 'html', 150, 'world, China (Al Jazeera 半島電視台 Chinese, simplified, Feb 2024)'),
  ('BBC', 'html', 60, 'world, China, Hong Kong (BBC 中文, simplified, Feb 2024)'),
])
OUT = sys.argv[1] if len(sys.argv) > 1 else '/tmp/heldout24'

main(SOURCES, OUT, drop_scripts=True)
