#!/usr/bin/env python3
"""Archive X (bench/eval-claims/README.md): as archive S (archive-s-extract.py), other articles again: 800 新闻联播 stories of
days that none of archives B and S and none of the sets fresh10, fresh12, fresh13 and fresh14 (bench/eval-numbers) took a
story from, and 400 眾新聞 posts neither archive B nor S used; random.Random(20261208) samples
(archive_extract.xwlb_and_hkcnews). Arguments: the output folder, then archive B's and archive S's folders of each source."""
import os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from archive_extract import xwlb_and_hkcnews  # noqa: E402

OUT = sys.argv[1] if len(sys.argv) > 1 else '/tmp/heldout25'
B_XWLB = sys.argv[2] if len(sys.argv) > 2 else '/tmp/heldout3/DuckBurnIncense+xin-wen-lian-bo'
B_HKCNEWS = sys.argv[3] if len(sys.argv) > 3 else '/tmp/heldout3/hkarchivist+hkcnews-article-archive'
S_XWLB = sys.argv[4] if len(sys.argv) > 4 else '/tmp/heldout20/xwlb'
S_HKCNEWS = sys.argv[5] if len(sys.argv) > 5 else '/tmp/heldout20/hkcnews'
HERE = os.path.dirname(os.path.abspath(__file__))

# Days the held-out number sets took stories from (their documents name `news/YYYYMMDD.md`).
SET_DAYS = set()
for name in ('fresh10', 'fresh12', 'fresh13', 'fresh14'):
    with open(os.path.join(HERE, '..', 'eval-numbers', f'{name}-docs.json'), encoding='utf-8') as f:
        SET_DAYS |= set(re.findall(r'news/(\d{8})\.md', f.read()))

skip_days = {f[:8] for f in os.listdir(B_XWLB)} | {f[:8] for f in os.listdir(S_XWLB)} | SET_DAYS
skip_articles = set(os.listdir(B_HKCNEWS)) | set(os.listdir(S_HKCNEWS))
xwlb_and_hkcnews(OUT, skip_days, skip_articles, 800, 400, 20261208, [
  'mainland (新闻联播 CCTV evening news, simplified, 2022-2026; days archives B and S and sets fresh10-14 did not use)',
  'Hong Kong (眾新聞 online news, traditional, 2017-2021; articles archives B and S did not use)'])
