// Throughput of @jiaodui/zh-number's findQuantities against Microsoft Recognizers-Text (Chinese
// number, ordinal and percentage models) on corpora built from the five seed articles.
// Run: npx tsc -b packages/zh-number && node --expose-gc bench/numbers/run.js
import {readFileSync, readdirSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import recognizers from '@microsoft/recognizers-text-number'
import {findQuantities} from '../../packages/zh-number/dist/index.js'

const seedDir = fileURLToPath(new URL('../../../shared/corpus/seeds/', import.meta.url))
const seeds = readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(seedDir + f, 'utf8'))

const bytes = (s) => Buffer.byteLength(s, 'utf8')

// The corpora of bench/throughput: the seeds repeated and concatenated into 200 files of ~5 KB
// (about 1 MB in all) and one 5 MB file. Files are cut at line ends so no line is split.
const ring = seeds.join('\n')
const ringLines = ring.split('\n')
function small(count, size) {
  const files = []
  let line = 0
  for (let f = 0; f < count; f++) {
    let text = ''
    while (bytes(text) < size) {
      text += ringLines[line % ringLines.length] + '\n'
      line++
    }
    files.push(text)
  }
  return files
}
function big(size) {
  const parts = []
  let total = 0
  while (total < size) {
    parts.push(ring, '\n')
    total += bytes(ring) + 1
  }
  return parts.join('')
}

const smallFiles = small(200, 5000)
const bigFile = big(5_000_000)
const smallMB = smallFiles.reduce((a, f) => a + bytes(f), 0) / 1e6
const bigMB = bytes(bigFile) / 1e6

/** Best of `runs` wall-clock timings (ms) of fn, after one warm-up; a full GC first when exposed. */
function time(fn, runs) {
  fn()
  let best = Infinity
  let result
  for (let r = 0; r < runs; r++) {
    globalThis.gc?.()
    const t = performance.now()
    result = fn()
    best = Math.min(best, performance.now() - t)
  }
  return {ms: best, result}
}

/** Time two functions in alternation so that neither pays for the other's garbage. */
function timePair(a, b, runs) {
  const ta = {ms: Infinity, result: undefined}
  const tb = {ms: Infinity, result: undefined}
  for (let r = 0; r < runs; r++) {
    for (const [fn, out] of [[a, ta], [b, tb]]) {
      const {ms, result} = time(fn, 1)
      out.ms = Math.min(out.ms, ms)
      out.result = result
    }
  }
  return [ta, tb]
}

const recognizer = new recognizers.NumberRecognizer(recognizers.Culture.Chinese)
const models = [recognizer.getNumberModel(), recognizer.getOrdinalModel(), recognizer.getPercentageModel()]
const rtParse = (text) => {
  let n = 0
  for (const m of models) n += m.parse(text).length
  return n
}

/** A prefix of about `mb` megabytes cut at a line end. */
function prefix(text, mb) {
  let cut = Math.min(text.length, Math.floor((mb * 1e6) / 3))
  while (cut < text.length && bytes(text.slice(0, cut)) < mb * 1e6) cut += 10000
  const nl = text.indexOf('\n', cut)
  return nl < 0 ? text : text.slice(0, nl + 1)
}

// Both sides keep their results alive until the end, as a real consumer does: results that
// survive young-generation GC cost more than results dropped right away.
const [oursSmall, oursBig] = timePair(
  () => smallFiles.map((f) => findQuantities(f)).reduce((a, r) => a + r.length, 0),
  () => [findQuantities(bigFile)].reduce((a, r) => a + r.length, 0),
  7
)
const ours = {small: oursSmall, big: oursBig}
const rtBigSample = prefix(bigFile, 1)
const rtBigMB = bytes(rtBigSample) / 1e6
const rt = {
  small: time(() => smallFiles.reduce((a, f) => a + rtParse(f), 0), 1),
  big: time(() => rtParse(rtBigSample), 1)
}

const mbps = (mb, ms) => (mb / (ms / 1000)).toFixed(2)
const perMB = (mb, ms) => (ms / mb).toFixed(1)
const rows = [
  ['corpus', 'tool', 'MB', 'ms', 'MB/s', 'ms/MB', 'mentions'],
  ['200 × 5 KB', 'zh-number', smallMB.toFixed(2), ours.small.ms.toFixed(1), mbps(smallMB, ours.small.ms), perMB(smallMB, ours.small.ms), ours.small.result],
  ['200 × 5 KB', 'recognizers', smallMB.toFixed(2), rt.small.ms.toFixed(1), mbps(smallMB, rt.small.ms), perMB(smallMB, rt.small.ms), rt.small.result],
  ['5 MB file', 'zh-number', bigMB.toFixed(2), ours.big.ms.toFixed(1), mbps(bigMB, ours.big.ms), perMB(bigMB, ours.big.ms), ours.big.result],
  ['5 MB file*', 'recognizers', rtBigMB.toFixed(2), rt.big.ms.toFixed(1), mbps(rtBigMB, rt.big.ms), perMB(rtBigMB, rt.big.ms), rt.big.result]
]
const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)))
for (const r of rows) console.log(r.map((v, c) => String(v).padStart(widths[c])).join('  '))

const ratioSmall = rt.small.ms / smallMB / (ours.small.ms / smallMB)
const ratioBig = rt.big.ms / rtBigMB / (ours.big.ms / bigMB)
console.log(`\n* Recognizers is timed once on a ${rtBigMB.toFixed(2)} MB prefix of the 5 MB file (it runs at ~1.5 MB/s); zh-number is best of 7 alternating runs${globalThis.gc ? ', each after a full GC' : ' (run with --expose-gc for steadier numbers)'}.`)
console.log(`speed ratio (zh-number / recognizers): ${ratioSmall.toFixed(1)}× on the small files, ${ratioBig.toFixed(1)}× on the big file`)

// Linearity: time per MB on growing prefixes of the big file should stay flat.
const lin = [0.5, 1, 2, 5].map((mb) => {
  const t = mb >= bigMB ? bigFile : prefix(bigFile, mb)
  const m = bytes(t) / 1e6
  const {ms} = time(() => findQuantities(t).length, 7)
  return `${m.toFixed(1)} MB: ${perMB(m, ms)} ms/MB`
})
console.log(`zh-number linearity (ms per MB on prefixes of the big file): ${lin.join(', ')}`)
console.log(
  `per-MB time, small files vs 5 MB file: ${perMB(smallMB, ours.small.ms)} vs ${perMB(bigMB, ours.big.ms)} ms/MB` +
    ` (${(ours.big.ms / bigMB / (ours.small.ms / smallMB)).toFixed(2)}× — target ≤ 1)`
)
