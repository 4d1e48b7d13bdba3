// Writes src/generated/bmp-classes.ts, the BMP class table the lexer reads at run time,
// from the Unicode properties of the running Node (src/chars.ts, buildBmpTable). Run after
// `tsc -b`: node scripts/generate-classes.js  (from packages/parser-zh).
// test/bmp-classes.test.ts fails on drift.
import {writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

const outputPath = fileURLToPath(new URL('../src/generated/bmp-classes.ts', import.meta.url))
const {renderClassModule} = await import('../dist/build-classes.js')
writeFileSync(outputPath, renderClassModule())
process.stderr.write(`wrote ${outputPath}\n`)
