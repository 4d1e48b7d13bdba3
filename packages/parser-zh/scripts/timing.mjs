// Parse throughput, run on demand (not a test):
//   npx tsc -b packages/parser-zh && node packages/parser-zh/scripts/timing.mjs
// Reads the seeds from `../shared/corpus/seeds` (relative to the repo root).
import {readFileSync, readdirSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {ParseChinese} from '../dist/index.js'

const seeds = fileURLToPath(new URL('../../../../shared/corpus/seeds/', import.meta.url))
const text = readdirSync(seeds)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(seeds + name, 'utf8'))
  .join('\n')
const target = 5 * 1024 * 1024
let doc = ''
while (Buffer.byteLength(doc) < target) doc += text + '\n'

function time(label, value) {
  const parser = new ParseChinese()
  parser.parse(value.slice(0, 100_000)) // warm up
  const start = performance.now()
  const tree = parser.parse(value)
  const ms = performance.now() - start
  const mb = Buffer.byteLength(value) / 1024 / 1024
  console.log(
    `${label}: ${mb.toFixed(2)} MB (${value.length} UTF-16 units) in ${ms.toFixed(0)} ms = ${(mb / (ms / 1000)).toFixed(2)} MB/s, ${tree.children.length} root children`
  )
}

console.log(`node ${process.version}, ICU ${process.versions.icu}`)
time('seeds repeated to 5 MB, one line per block', doc)
time('same text as one 5 MB line', doc.replace(/[\r\n]/g, ''))
// No sentence terminals, no punctuation: only the 1024-unit segmenter window
// keeps this linear.
time('one 5 MB line of Han only', doc.replace(/[^\p{sc=Han}]/gu, ''))
for (const size of [1, 2, 4]) {
  time(`scaling check: ${size} MB`, doc.slice(0, Math.floor((doc.length * size) / 5)))
}
