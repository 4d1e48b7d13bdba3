#!/usr/bin/env python3
"""Archive R (bench/eval-claims/README.md, mirror-sources-r.json): September 2020 (agora0/2009), whose Reuters posts were in
archive C, from its other outlets: RTHK 香港電台 (Hong Kong, traditional), DW, RFI, Kyodo, BBC, Asahi and JoongAng
(simplified). Extracted and sampled as archives C, D, H–Q (archive_extract.main)."""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from archive_extract import main, month_sources  # noqa: E402

SOURCES = month_sources('2009', '9dc016ddd0682bb48ecb92c0b01a8df1c9da08d3', [
  ('RTHK', 'md', 450, 'Hong Kong (RTHK 香港電台, Sep 2020)'),
  ('DW', 'html', 200, 'Germany, Europe, China (DW 德國之聲 Chinese, simplified, Sep 2020)'),
  ('RFI', 'html', 150, 'world, Taiwan, China (RFI 法國國際廣播電台 Chinese, simplified, Sep 2020)'),
  ('KYODO', 'html', 150, 'Japan (Kyodo 共同社 Chinese, simplified, Sep 2020)'),
  ('BBC', 'html', 150, 'world, China, Hong Kong (BBC 中文, simplified, Sep 2020)'),
  ('ASAHI', 'html', 60, 'Japan (Asahi 朝日新聞 Chinese, simplified, Sep 2020)'),
  ('JOINS', 'html', 40, 'Korea (JoongAng 中央日報 Chinese, simplified, Sep 2020)'),
])
OUT = sys.argv[1] if len(sys.argv) > 1 else '/tmp/heldout19'

main(SOURCES, OUT, drop_scripts=True)
