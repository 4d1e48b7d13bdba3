// Bad input for the claim extraction, timed at n and 4n (the ratio should be about 4: linear), and
// the cost of the segmenter. On demand only; tests check correctness, never time.
// Run: npx tsc -b packages/claims && node --expose-gc bench/claims-scale/robustness.js
import {readFileSync} from 'node:fs'
import {extractClaims} from '../../packages/claims/dist/index.js'
import {WordIndex, segmenter} from '../../packages/claims/dist/segment.js'

const time = (f) => {
  globalThis.gc?.()
  const start = performance.now()
  const out = f()
  return {ms: performance.now() - start, out}
}

// Start-up: the first extraction loads the segmenter's dictionary (lazily, once).
const rss0 = process.memoryUsage().rss
const first = time(() => extractClaims({text: '目前，贵州共有8542名第一书记。', date: '2019-06-26'}))
console.log(`segmenter: ${segmenter().name} (JIAODUI_SEGMENTER=wasm for the WebAssembly one)`)
console.log(`start-up (first extraction, segmenter and gazetteer loaded): ${first.ms.toFixed(0)} ms, +${((process.memoryUsage().rss - rss0) / 1e6).toFixed(0)} MB RSS`)

const cases = {
  '其中 + 50%、 × n on one line': (n) => '全省共有党员100万名，其中' + '50%、'.repeat(n) + '。',
  'no punctuation, n × 23 characters': (n) => '贵州共有第一书记8542名目前全省有党员3万名'.repeat(n),
  'a sentence of n × 25 digits': (n) => `全省共有${'1234567890123456789012345'.repeat(n)}名党员。`,
  // (Until 2026-12-07 every 分别 read its list back to the text's start: quadratic, out of memory at 8 000 repeats.)
  'lists before 分别 without a comma or a sentence end, n × 17 characters': (n) => '对甲地、乙地、丙地进出口分别增长9%'.repeat(n),
  // (Until 2026-12-07 markParts copied the rest of the sentence for every 其中, and a row's line was looked for back
  // to the text's start from every figure: 16 000 repeats 8.2 s, 4 000 1.5 s.)
  '其中 without a comma, a line break or a sentence end, n × 17 characters': (n) => '净损失4亿元其中增加1亿元损失5亿元'.repeat(n)
}
for (const [name, make] of Object.entries(cases)) {
  const n = name.includes('digits') ? 1000 : 4000
  const a = time(() => extractClaims({text: make(n), date: '2018-01-01'}).length)
  const b = time(() => extractClaims({text: make(4 * n), date: '2018-01-01'}).length)
  console.log(`${name}: n=${n} ${a.ms.toFixed(0)} ms (${a.out} claims), 4n ${b.ms.toFixed(0)} ms (${b.out} claims), ratio ${(b.ms / a.ms).toFixed(2)}`)
}

// A 10 MB article (the seeds repeated), and the segmenter alone on it.
const seeds = new URL('../../../shared/corpus/seeds/', import.meta.url)
let base = ''
for (const name of ['000_467eccf48051f7c2.txt', '001_b6dc41007ac65ed3.txt', '002_a8e2ffcc3b22423d.txt']) base += readFileSync(new URL(name, seeds), 'utf8')
const big = base.repeat(Math.ceil(10e6 / Buffer.byteLength(base)))
const mb = Buffer.byteLength(big) / 1e6
const rss1 = process.memoryUsage().rss
const whole = time(() => extractClaims({text: big, date: '2018-06-30'}).length)
console.log(`10 MB article: ${mb.toFixed(1)} MB, ${whole.out} claims in ${(whole.ms / 1000).toFixed(1)} s (${(mb / (whole.ms / 1000)).toFixed(2)} MB/s), +${((process.memoryUsage().rss - rss1) / 1e6).toFixed(0)} MB RSS`)
const index = new WordIndex(big)
const seg = time(() => {
  let words = 0
  for (let at = 0; at < big.length; at += 4000) words += index.wordsIn(at, Math.min(big.length, at + 4000)).length
  return words
})
console.log(`segmenter (${segmenter().name}, tagged in 4000-character chunks): ${(mb / (seg.ms / 1000)).toFixed(2)} MB/s, ${seg.out} words`)
