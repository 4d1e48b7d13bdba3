// Writes src/generated/index.ts, the name index the recogniser reads at run time, from
// src/generated/places.ts and src/lexicon.ts (see src/build-index.ts). Run after `tsc -b`:
// node scripts/generate-index.js  (from packages/gazetteer). test/index-data.test.ts fails on drift.
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const outputPath = fileURLToPath(new URL('../src/generated/index.ts', import.meta.url))
const { renderIndexModule } = await import('../dist/build-index.js')
writeFileSync(outputPath, renderIndexModule())
process.stderr.write(`wrote ${outputPath}\n`)
