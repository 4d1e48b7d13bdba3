// Rebuilds the texts of set `fresh` (held-out articles from public GitHub repositories, never copied
// into this repository) from local bare mirrors, under a root folder (default /tmp/fresh).
//   node bench/eval-numbers/fresh-text.js [--root /tmp/fresh] [--mirrors /work/.mirror]
//   node bench/eval-numbers/fresh-text.js --set fresh2 --root /tmp/fresh2   # set `fresh2` (fresh2-docs.json)
//   node bench/eval-numbers/fresh-text.js --set fresh4 --root /tmp/fresh4   # set `fresh4` (fresh4-docs.json, agora0/2010)
//   node bench/eval-numbers/fresh-text.js --set fresh5 --root /tmp/fresh5   # set `fresh5` (fresh5-docs.json, agora0/pen)
//   node bench/eval-numbers/fresh-text.js --set fresh8 --root /tmp/fresh8   # set `fresh8` (fresh8-docs.json, agora0/2201 and agora0/2104)
//   node bench/eval-numbers/fresh-text.js --set fresh9 --root /tmp/fresh9   # set `fresh9` (fresh9-docs.json, agora0/2011 and agora0/2402)
//   node bench/eval-numbers/fresh-text.js --set fresh10 --root /tmp/fresh10 # set `fresh10` (fresh10-docs.json, 新闻联播 stories and 眾新聞 posts)
//   node bench/eval-numbers/fresh-text.js --set fresh11 --root /tmp/fresh11 # set `fresh11` (fresh11-docs.json, agora0/2010 CNA and RTHK posts)
//   node bench/eval-numbers/fresh-text.js --set fresh12 --root /tmp/fresh12 # set `fresh12` (fresh12-docs.json, 新闻联播 stories and agora0/2012 CNA and RTHK posts)
//   node bench/eval-numbers/fresh-text.js --set fresh13 --root /tmp/fresh13 # set `fresh13` (fresh13-docs.json, 新闻联播 stories and agora0/2106 CNA and RTHK posts)
//   node bench/eval-numbers/fresh-text.js --set fresh14 --root /tmp/fresh14 # set `fresh14` (fresh14-docs.json, 新闻联播 stories and agora0/2102 CNA and RTHK posts)
//   node bench/eval-numbers/fresh-text.js --set fresh15 --root /tmp/fresh15 # set `fresh15` (fresh15-docs.json, 新闻联播 stories and agora0/2104 CNA and RTHK posts)
//   node bench/eval-numbers/fresh-text.js --set fresh16 --root /tmp/fresh16 # set `fresh16` (fresh16-docs.json, 新闻联播 stories, agora0/2309 CNA and agora0/2007 RTHK posts)
// Each document of the set is named `github:<owner>/<repo>@<commit>:<path>`; its text is the blob at
// that commit (`git show <commit>:<path>`), decoded as UTF-8, with one change only: a Markdown post
// that opens with a YAML front matter (`---` … `---` lines) loses that front matter, its closing line
// and the line break after it (so does a Jekyll post stored as `.html`, as in set `fresh2`; `fresh` has none). Nothing else is touched (no HTML or Markdown is stripped), so offsets in
// sets/fresh.jsonl are UTF-16 offsets into exactly this text.
// A document whose entry says `"cut": "article"` (set `fresh5`: whole rendered pages of a built Jekyll site, agora0/pen)
// keeps only its <article> element, from `<article` to the end of the first `</article>` after it (site header,
// navigation, <head> and footer dropped); nothing inside it is changed.
// A document whose entry says `"cut": "paragraphs"` (set `fresh8`: agora0/2201 and agora0/2104, CNA, Reuters, BBC and RFI posts;
// set `fresh9`: agora0/2011 and agora0/2402, CNA, Reuters, WSJ and BBC posts; all stored as `.html`) loses its front matter and has its HTML turned into plain paragraphs by
// bench/eval-claims/archive_extract.py's html_to_paragraphs (as archives E–I are made: <script>, <style>, <figure> dropped,
// block tags -> blank line, other tags dropped, entities unescaped); a Markdown post (RTHK) only loses its front matter.
// A document whose entry says `"cut": "story"` (set `fresh10`: one story of a day's 新闻联播 transcript of
// DuckBurnIncense/xin-wen-lian-bo) is named `github:<owner>/<repo>@<commit>:news/YYYYMMDD.md#N`: its text is story N (from 1)
// of that day, as archive S makes it (`stories` below, the function of bench/eval-claims/archive-s-extract.py): the day's
// part after `## 详细新闻` cut at each `### ` line, the title line kept, `[查看原文](…)` links dropped, the story's HTML paragraph
// line turned into plain paragraphs by html_to_paragraphs, and the text is the title, the date `YYYY-MM-DD` and the paragraphs,
// one a line. A Markdown post of 眾新聞 (hkarchivist/hkcnews-article-archive, set `fresh10`) only loses its front matter, as
// RTHK's do (its <figure> tags, image addresses and subscription footer are kept).
// The mirror of owner/repo is looked for at <mirrors>/<owner>+<repo>/repo (a bare git directory),
// else <mirrors>/<owner>+<repo>.
import {execFileSync} from 'node:child_process'
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {freshFile, parseFreshDoc} from './items.js'

/** Story `n` (from 1) of the 新闻联播 transcript of day `YYYYMMDD` (`raw`): title, date and paragraphs, as archive S makes it. */
const STORY_SCRIPT = `
import re, sys
sys.path.insert(0, sys.argv[1])
from archive_extract import html_to_paragraphs

def stories(day, raw):
    detail = raw.split('## 详细新闻', 1)
    if len(detail) < 2:
        return []
    out = []
    for k, part in enumerate(re.split(r'^### ', detail[1], flags=re.M)[1:], 1):
        title, _, body = part.partition('\\n')
        body = re.sub(r'\\[查看原文\\]\\([^)]*\\)', '', body)
        text = html_to_paragraphs(body)
        date = f'{day[:4]}-{day[4:6]}-{day[6:]}'
        out.append((f'{day}_{k:02d}.txt', f'{title.strip()}\\n{date}\\n{text}'))
    return out

day, n = sys.argv[2], int(sys.argv[3])
found = stories(day, sys.stdin.buffer.read().decode('utf-8'))
if not 1 <= n <= len(found):
    sys.exit(f'{day}: no story {n} (the day has {len(found)})')
sys.stdout.buffer.write(found[n - 1][1].encode('utf-8'))
`
export function storyText(raw, day, n) {
  const dir = fileURLToPath(new URL('../eval-claims/', import.meta.url))
  return execFileSync('python3', ['-c', STORY_SCRIPT, dir, day, String(n)], {input: raw, encoding: 'utf8', maxBuffer: 1 << 28})
}

/** The text of a blob as set `fresh` reads it: the front matter of a Markdown post dropped. */
export function freshText(raw, file, cut) {
  if (cut === 'story') {
    const match = /(?:^|\/)(\d{8})\.md#(\d+)$/.exec(file)
    if (!match) throw new Error(`${file}: a story is named news/YYYYMMDD.md#N`)
    return storyText(raw, match[1], Number(match[2]))
  }
  if (cut === 'article') {
    const start = raw.indexOf('<article')
    const end = raw.indexOf('</article>', start)
    if (start < 0 || end < 0) throw new Error(`${file}: no <article> element to cut`)
    return raw.slice(start, end + '</article>'.length)
  }
  if (cut === 'paragraphs' && /\.html$/.test(file)) {
    const body = freshText(raw, file)
    const script = 'import sys; sys.path.insert(0, sys.argv[1]); from archive_extract import html_to_paragraphs; ' +
      'sys.stdout.buffer.write(html_to_paragraphs(sys.stdin.buffer.read().decode("utf-8")).encode("utf-8"))'
    const dir = fileURLToPath(new URL('../eval-claims/', import.meta.url))
    return execFileSync('python3', ['-c', script, dir], {input: body, encoding: 'utf8', maxBuffer: 1 << 28})
  }
  if (/\.(md|markdown|html)$/.test(file)) {
    const match = /^---\r?\n[\s\S]*?\r?\n---[ \t]*\r?\n/.exec(raw)
    if (match) return raw.slice(match[0].length)
  }
  return raw
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)
if (isMain) {
  const {values} = parseArgs({options: {root: {type: 'string'}, mirrors: {type: 'string'}, set: {type: 'string'}}})
  const mirrors = values.mirrors ?? '/work/.mirror'
  const entries = JSON.parse(readFileSync(new URL(`${values.set ?? 'fresh'}-docs.json`, import.meta.url), 'utf8'))
  for (const {doc, cut} of entries) {
    const {owner, repo, commit, file} = parseFreshDoc(doc)
    const candidates = [path.join(mirrors, `${owner}+${repo}`, 'repo'), path.join(mirrors, `${owner}+${repo}`)]
    const gitDir = candidates.find((dir) => existsSync(dir))
    if (!gitDir) throw new Error(`no mirror of ${owner}/${repo} under ${mirrors}`)
    const blob = cut === 'story' ? file.replace(/#\d+$/, '') : file
    const raw = execFileSync('git', ['--git-dir', gitDir, 'show', `${commit}:${blob}`], {encoding: 'utf8', maxBuffer: 1 << 28})
    const target = freshFile(doc, values.root)
    mkdirSync(path.dirname(target), {recursive: true})
    writeFileSync(target, freshText(raw, file, cut))
    console.log(target)
  }
}
