// The numerals of one article as `jiaodui numbers` reads them, and every run of digits or Chinese
// numerals it does not cover, found by a regular expression of its own (so that a numeral the
// reader never sees can still be judged a missed quantity). Shared by judge.js and run.js.
import {execFileSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export const repo = fileURLToPath(new URL('../../', import.meta.url))
export const corpus = path.resolve(repo, '..', 'shared', 'corpus')
const cli = path.join(repo, 'packages', 'cli', 'bin', 'jiaodui.js')

/** Where the texts of set `fresh` are rebuilt by fresh-text.js (they are never in this repository). */
export const freshRoot = '/tmp/fresh'

/** `github:<owner>/<repo>@<commit>:<path>`, the name of a document of set `fresh`, taken apart. */
export function parseFreshDoc(doc) {
  const match = /^github:([^/]+)\/([^@]+)@([0-9a-f]{40}):(.+)$/.exec(doc)
  if (!match) throw new Error(`not a github document: ${doc}`)
  return {owner: match[1], repo: match[2], commit: match[3], file: match[4]}
}

/** The local text of a document of set `fresh`: <root>/<owner>+<repo>/<path>.txt. */
export function freshFile(doc, root = freshRoot) {
  const {owner, repo, file} = parseFreshDoc(doc)
  return path.join(root ?? freshRoot, `${owner}+${repo}`, `${file}.txt`)
}

/** The documents of set `fresh` (or another set of github documents, `fresh2`) and how each was turned into text (<set>-docs.json). */
export function freshDocs(set = 'fresh') {
  return JSON.parse(readFileSync(new URL(`${set}-docs.json`, import.meta.url), 'utf8')).map((entry) => entry.doc)
}

/** The file of a document: under ../shared/corpus, or for `github:` documents under the fresh root. */
export const fileOf = (doc, root) => (doc.startsWith('github:') ? freshFile(doc, root) : path.join(corpus, doc))

/** Digits (ASCII or full-width, with inner separators and a percent sign), or Chinese numerals. */
const candidate = /[0-9０-９](?:[0-9０-９]|[,，.．](?=[0-9０-９]))*%?|[零〇一二两兩三四五六七八九十百千万萬亿億]+/g

/** Kinds of mention that are positions in time, not quantities: judged apart (not in these sets), as are spans of years. */
export const timeKinds = new Set(['date', 'time', 'year'])

/** A date, a time, a year, or a span of years (`2011-2016年`, a range whose ends are years). */
const isTime = (m) => timeKinds.has(m.kind) || (m.kind === 'range' && m.of === 'year')

/**
 * The numeral runs of `doc` found by this folder's regular expression alone, without running `jiaodui numbers`
 * (set `fresh4`: judged from the text before anything of jiaodui was run on it). Each run with its UTF-16 start.
 */
export function textItemsOf(doc, root) {
  const text = readFileSync(fileOf(doc, root), 'utf8')
  const candidates = [...text.matchAll(candidate)].map((match) => ({source: 'candidate', start: match.index, end: match.index + match[0].length, text: match[0]}))
  return {text, candidates}
}

/**
 * The items of `doc` (a path under ../shared/corpus, or a `github:` document of set `fresh` under `root`): mentions of `jiaodui numbers` that are not
 * dates or times, and candidates no mention covers, each with its UTF-16 start and its text.
 */
export function itemsOf(doc, root) {
  const file = fileOf(doc, root)
  const text = readFileSync(file, 'utf8')
  const output = execFileSync(process.execPath, [cli, 'numbers', file], {encoding: 'utf8', maxBuffer: 1 << 28})
  const all = output.split('\n').filter(Boolean).map((line) => JSON.parse(line))
  const mentions = all.filter((m) => !isTime(m)).map((m) => ({source: 'mention', start: m.start, end: m.end, text: m.text, kind: m.kind, value: m.value}))
  const covered = (start, end) => all.some((m) => m.start <= start && end <= m.end)
  const candidates = []
  for (const match of text.matchAll(candidate)) {
    const start = match.index
    const end = start + match[0].length
    if (!covered(start, end)) candidates.push({source: 'candidate', start, end, text: match[0]})
  }
  return {text, mentions, candidates, dates: all.filter(isTime)}
}
