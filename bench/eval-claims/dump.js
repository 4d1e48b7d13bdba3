// Print the candidate claims of shared articles for hand labelling (to stdout, never into the repo):
// one block per sentence with every quantity mention and digit run, its offset and the current frame.
// Usage: node bench/eval-claims/dump.js realtext-dev/mainland/cctv-001.txt [...]   (paths under ../shared/corpus)
import {readFileSync} from 'node:fs'
import {extractClaims} from '../../packages/claims/dist/index.js'
import {findQuantities} from '../../packages/zh-number/dist/index.js'
import {corpusDir} from './lib.js'
import {documentMeta} from './labels.js'

for (const path of process.argv.slice(2)) {
  const text = readFileSync(corpusDir + path, 'utf8')
  const meta = documentMeta(path)
  const claims = new Map(extractClaims({text, path, ...meta}).map((c) => [c.place.start.offset, c]))
  const mentions = findQuantities(text)
  console.log(`\n=== ${path} ${JSON.stringify(meta)}`)
  let last = -1
  const covered = new Uint8Array(text.length)
  for (const q of mentions) covered.fill(1, q.start, q.end)
  for (const m of text.matchAll(/[0-9０-９][0-9０-９.,]*/g)) {
    if (!covered[m.index]) console.log(`    ${m.index} ${m[0]} [UNFOUND]  ctx: ${text.slice(Math.max(0, m.index - 12), m.index + m[0].length + 8).replace(/\n/g, '/')}`)
  }
  for (const q of mentions) {
    if (!['count', 'money', 'percent', 'permille', 'percentage-point', 'range'].includes(q.kind)) continue
    const c = claims.get(q.start)
    const s = c ? c.sentence.start : q.start
    if (c && s !== last) {
      console.log(`  S@${s}: ${c.sentence.text.slice(0, 160)}`)
      last = s
    }
    const frame = c ? `${c.scope.name || c.scope.id}|${c.metric.id}|${c.period.id}|${c.confidence}` : 'NO-CLAIM'
    console.log(`    ${q.start} ${text.slice(q.start, q.end)} [${q.kind} ${q.low}..${q.high}] ${frame}${c ? '' : '  ctx: ' + text.slice(Math.max(0, q.start - 15), q.end + 10).replace(/\n/g, '/')}`)
  }
}
