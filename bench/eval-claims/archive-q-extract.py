#!/usr/bin/env python3
"""Archive Q (bench/eval-claims/README.md, mirror-sources-q.json): November 2025 (agora0/2511), whose RTHK and CNA posts were in
archive C, extracted and sampled as archive H (archive-h-extract.py) from its other outlets: Al Jazeera, Kyodo, DW, BBC, Chosun
and the New York Times Chinese."""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from archive_extract import main, month_sources  # noqa: E402

SOURCES = month_sources('2511', '1565bc51662e64ee8b132a9df1e33e16750e3fc4', [
  ('AJ', 'html', 300, 'world, Middle East, China (Al Jazeera 半島電視台 Chinese, simplified, Nov 2025)'),
  ('KYODO', 'html', 250, 'Japan (Kyodo 共同社 Chinese, simplified, Nov 2025)'),
  ('DW', 'html', 200, 'Germany, Europe, China (DW 德國之聲 Chinese, simplified, Nov 2025)'),
  ('BBC', 'html', 200, 'world, China, Hong Kong (BBC 中文, simplified, Nov 2025)'),
  ('CHOSUN', 'html', 150, 'Korea (Chosun Ilbo 朝鮮日報 Chinese, simplified, Nov 2025)'),
  ('NYT', 'html', 100, 'world, China (New York Times Chinese, simplified, Nov 2025)'),
])
OUT = sys.argv[1] if len(sys.argv) > 1 else '/tmp/heldout18'

main(SOURCES, OUT, drop_scripts=True)
