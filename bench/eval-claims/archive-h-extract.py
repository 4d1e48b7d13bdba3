#!/usr/bin/env python3
"""Archive H (bench/eval-claims/README.md, mirror-sources-h.json): a month of the `agora0/<yymm>` family not used before,
January 2021 (agora0/2101), with the outlets of archives C and D: RTHK 香港電台 (Hong Kong, traditional), CNA 中央社 (Taiwan,
traditional), Reuters 路透中文, RFI 法廣, Kyodo 共同社 and DW 德國之聲 (simplified). The outlets' style is known to the rules;
these articles are not. Extracted and sampled as archives C and D (archive_extract.main: Markdown posts kept whole, .html
posts' front matter kept and their body turned into plain paragraphs, <script>/<style> dropped; at least 300 Han characters
and one digit run per 100; random.Random(20261207) sample of N per source, sorted by path)."""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from archive_extract import main, month_sources  # noqa: E402

SOURCES = month_sources('2101', 'c199875167f96d5438520cca894d41bf23b6421c', [
  ('RTHK', 'md', 400, 'Hong Kong (RTHK 香港電台, Jan 2021)'),
  ('CNA', 'html', 400, 'Taiwan (CNA 中央社, Jan 2021)'),
  ('REUTERS', 'html', 250, 'mainland/world economy (Reuters 路透中文, simplified, Jan 2021)'),
  ('RFI', 'html', 250, 'world, Taiwan, China (RFI 法國國際廣播電台 Chinese, mostly AFP copy, simplified, Jan 2021)'),
  ('KYODO', 'html', 150, 'Japan (Kyodo 共同社 Chinese, simplified, Jan 2021)'),
  ('DW', 'html', 150, 'Germany, Europe, China (DW 德國之聲 Chinese, simplified, Jan 2021)'),
])
OUT = sys.argv[1] if len(sys.argv) > 1 else '/tmp/heldout9'

main(SOURCES, OUT, drop_scripts=True)
