// Times findPlaces on the five seeds repeated to ~5 MB. Build first: npx tsc -b packages/gazetteer
// Usage: node packages/gazetteer/scripts/timing.mjs [seed dir]
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { findPlaces, relativeScope } from '../dist/index.js'

const dir = process.argv[2] ?? join(import.meta.dirname ?? '.', '../../../../shared/corpus/seeds')
const seeds = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8'))
const unit = seeds.join('\n')
const target = 5 * 1024 * 1024
let big = ''
while (big.length < target / 2) big += unit // ~2.6 M UTF-16 units ≈ 5 MB of UTF-8 hanzi-rich text
const bytes = Buffer.byteLength(big)

let t = performance.now()
findPlaces('山西') // first call decodes the index
const load = performance.now() - t

t = performance.now()
const mentions = findPlaces(big)
const scanMs = performance.now() - t

t = performance.now()
const rel = relativeScope(big)
const relMs = performance.now() - t

t = performance.now()
const flat = findPlaces('京'.repeat(1_000_000) + '山西省太原市'.repeat(200_000))
const flatMs = performance.now() - t

console.log(
  JSON.stringify(
    {
      loadMs: Math.round(load),
      text: { chars: big.length, bytesUtf8: bytes },
      findPlaces: { ms: Math.round(scanMs), mentions: mentions.length, mbPerS: +(bytes / 1048576 / (scanMs / 1000)).toFixed(1) },
      relativeScope: { ms: Math.round(relMs), found: rel.length },
      adversarial: { chars: 2_200_000, ms: Math.round(flatMs), mentions: flat.length },
      rssMb: Math.round(process.memoryUsage().rss / 1048576),
    },
    null,
    2,
  ),
)
