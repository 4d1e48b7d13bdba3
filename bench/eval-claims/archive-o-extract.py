#!/usr/bin/env python3
"""Archive O (bench/eval-claims/README.md, mirror-sources-o.json): September 2023 (agora0/2309), whose WSJ posts were in archive F,
extracted and sampled as archive H (archive-h-extract.py) from its other outlets: RTHK, CNA, RFI, Kyodo, DW and Al Jazeera."""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from archive_extract import main, month_sources  # noqa: E402

SOURCES = month_sources('2309', 'e195abacb0c5bb8fbf55cad5fbb3509e3ad3902c', [
  ('RTHK', 'md', 400, 'Hong Kong (RTHK 香港電台, Sep 2023)'),
  ('CNA', 'html', 400, 'Taiwan (CNA 中央社, Sep 2023)'),
  ('RFI', 'html', 200, 'world, Taiwan, China (RFI 法國國際廣播電台 Chinese, mostly AFP copy, simplified, Sep 2023)'),
  ('KYODO', 'html', 150, 'Japan (Kyodo 共同社 Chinese, simplified, Sep 2023)'),
  ('DW', 'html', 150, 'Germany, Europe, China (DW 德國之聲 Chinese, simplified, Sep 2023)'),
  ('AJ', 'html', 150, 'world, Middle East, China (Al Jazeera 半島電視台 Chinese, simplified, Sep 2023)'),
])
OUT = sys.argv[1] if len(sys.argv) > 1 else '/tmp/heldout16'

main(SOURCES, OUT, drop_scripts=True)
