// Rebuilds the texts of set `fresh` (held-out articles from public GitHub repositories, never copied
// into this repository) from local bare mirrors, under a root folder (default /tmp/fresh).
//   node bench/eval-numbers/fresh-text.js [--root /tmp/fresh] [--mirrors /work/.mirror]
//   node bench/eval-numbers/fresh-text.js --set fresh2 --root /tmp/fresh2   # set `fresh2` (fresh2-docs.json)
//   node bench/eval-numbers/fresh-text.js --set fresh4 --root /tmp/fresh4   # set `fresh4` (fresh4-docs.json, agora0/2010)
//   node bench/eval-numbers/fresh-text.js --set fresh5 --root /tmp/fresh5   # set `fresh5` (fresh5-docs.json, agora0/pen)
//   node bench/eval-numbers/fresh-text.js --set fresh8 --root /tmp/fresh8   # set `fresh8` (fresh8-docs.json, agora0/2201 and agora0/2104)
//   node bench/eval-numbers/fresh-text.js --set fresh9 --root /tmp/fresh9   # set `fresh9` (fresh9-docs.json, agora0/2011 and agora0/2402)
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
// The mirror of owner/repo is looked for at <mirrors>/<owner>+<repo>/repo (a bare git directory),
// else <mirrors>/<owner>+<repo>.
import {execFileSync} from 'node:child_process'
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {freshFile, parseFreshDoc} from './items.js'

/** The text of a blob as set `fresh` reads it: the front matter of a Markdown post dropped. */
export function freshText(raw, file, cut) {
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
    const raw = execFileSync('git', ['--git-dir', gitDir, 'show', `${commit}:${file}`], {encoding: 'utf8', maxBuffer: 1 << 28})
    const target = freshFile(doc, values.root)
    mkdirSync(path.dirname(target), {recursive: true})
    writeFileSync(target, freshText(raw, file, cut))
    console.log(target)
  }
}
