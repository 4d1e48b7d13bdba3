#!/usr/bin/env python3
"""Archive S (bench/eval-claims/README.md): mainland television news and Hong Kong online news, outlets of archive B but
other articles. 新闻联播 transcripts (DuckBurnIncense/xin-wen-lian-bo @ ae8d591d, one file a day, `### title` then one
HTML paragraph line per story): every story of a day archive B took no story from becomes a file `YYYYMMDD_NN.txt`
(title, date, the paragraphs), archive B's days excluded by the list of its files given as the second argument (a folder
holding them: /tmp/heldout3/DuckBurnIncense+xin-wen-lian-bo); 眾新聞 (hkarchivist/hkcnews-article-archive @ 635cc02f,
Markdown kept whole), archive B's articles excluded likewise (third argument). At least 300 Han characters and one digit
run per 100; random.Random(20261207) sample of N per source, sorted by name (archive_extract.xwlb_and_hkcnews)."""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from archive_extract import xwlb_and_hkcnews  # noqa: E402

OUT = sys.argv[1] if len(sys.argv) > 1 else '/tmp/heldout20'
B_XWLB = sys.argv[2] if len(sys.argv) > 2 else '/tmp/heldout3/DuckBurnIncense+xin-wen-lian-bo'
B_HKCNEWS = sys.argv[3] if len(sys.argv) > 3 else '/tmp/heldout3/hkarchivist+hkcnews-article-archive'

xwlb_and_hkcnews(OUT, {f[:8] for f in os.listdir(B_XWLB)}, set(os.listdir(B_HKCNEWS)), 700, 400, 20261207, [
  'mainland (新闻联播 CCTV evening news, simplified, 2022-2026; days archive B did not use)',
  'Hong Kong (眾新聞 online news, traditional, 2017-2021; articles archive B did not use)'])
