// The claim extraction's segmenter, three ways on the same sentences (every sentence of
// ../shared/corpus, or the seeds when only they are there): jieba in JavaScript over the compiled
// dictionary (`packages/claims/src/jieba.ts`, the default), `@node-rs/jieba` (jieba-rs, native)
// and `jieba-wasm` (jieba-rs in WebAssembly). Each in a process of its own: the time to load
// (first `tag`), to tag every sentence, the resident memory the loaded segmenter adds, and how
// many sentences come out different from `@node-rs/jieba`.
// Run: pnpm build && node bench/segmenter/run.js
import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const corpus = path.resolve(repo, '..', 'shared', 'corpus')

if (process.argv[2] === '--child') {
  const which = process.argv[3]
  const {jiebaTagger, nativeTagger} = await import(path.join(repo, 'packages/claims/dist/jieba-node.js'))
  const {createRequire} = await import('node:module')
  const {NEWS_WORDS} = await import(path.join(repo, 'packages/claims/dist/news-words.js'))
  const files = []
  const walk = (folder) => { for (const name of readdirSync(folder)) { const full = path.join(folder, name); statSync(full).isDirectory() ? walk(full) : files.push(full) } }
  walk(corpus)
  const pieces = files.flatMap((file) => readFileSync(file, 'utf8').split(/(?<=[。！？；\n])/).filter(Boolean))
  const before = process.memoryUsage().rss
  let start = performance.now()
  let tagger
  if (which === 'js') tagger = jiebaTagger()
  else if (which === 'native') tagger = nativeTagger()
  else {
    const wasm = createRequire(path.join(repo, 'packages/claims/package.json'))('jieba-wasm')
    for (const [word, tag] of NEWS_WORDS) wasm.add_word(word, 200_000, tag)
    tagger = {tag: (text) => wasm.tag(text, false)}
  }
  tagger.tag('今年全市新增就业岗位三万个。')
  const load = performance.now() - start
  const loaded = process.memoryUsage().rss
  start = performance.now()
  const out = pieces.map((piece) => tagger.tag(piece).map(({word, tag}) => `${word}/${tag}`).join(' '))
  const tagging = performance.now() - start
  writeFileSync(process.argv[4], JSON.stringify({load, tagging, added: (loaded - before) / 1048576, pieces: pieces.length, chars: pieces.reduce((sum, p) => sum + p.length, 0), out}))
  process.exit(0)
}

if (!existsSync(corpus)) throw new Error(`bench/segmenter: ${corpus} is not there (the shared corpus, beside the repository)`)
const results = {}
const scratch = mkdtempSync(path.join(tmpdir(), 'jiaodui-segmenter-'))
for (const which of ['native', 'js', 'wasm']) {
  const file = path.join(scratch, `${which}.json`)
  const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', which, file], {encoding: 'utf8'})
  if (run.status !== 0) throw new Error(`${which}: ${run.stderr}`)
  results[which] = JSON.parse(readFileSync(file, 'utf8'))
}
rmSync(scratch, {recursive: true, force: true})
const reference = results.native.out
const rows = Object.entries(results).map(([which, r]) => ({
  segmenter: {js: 'jieba in JavaScript (default)', native: '@node-rs/jieba', wasm: 'jieba-wasm'}[which],
  'load ms': r.load.toFixed(0),
  'tag ms': r.tagging.toFixed(0),
  'MB/s': (r.chars * 3 / 1e6 / (r.tagging / 1000)).toFixed(1),
  'RSS added MB': r.added.toFixed(0),
  'load vs native': (r.load / results.native.load).toFixed(2),
  'tag vs native': (r.tagging / results.native.tagging).toFixed(2),
  'sentences unlike native': r.out.filter((line, k) => line !== reference[k]).length
}))
console.log(`${results.native.pieces} sentences, ${results.native.chars} characters (UTF-8 MB/s counted as 3 bytes a character); node ${process.version}`)
console.table(rows)
