// Writes src/generated/scripts.ts, the script of every code point that codePointScript reads
// at run time, from the OpenCC tables of src/generated/variants.ts (src/variants.ts,
// buildScriptTable). Run after `tsc -b`: node scripts/generate-scripts.js  (from
// packages/zh-script). test/scripts-data.test.ts fails on drift.
import {writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

const outputPath = fileURLToPath(new URL('../src/generated/scripts.ts', import.meta.url))
const {renderScriptModule} = await import('../dist/build-scripts.js')
writeFileSync(outputPath, renderScriptModule())
process.stderr.write(`wrote ${outputPath}\n`)
