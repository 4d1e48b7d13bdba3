import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {renderClassModule} from '../src/build-classes.js'
import {BREAK, HAN, LETTER, PUNCT, bmpTable, buildBmpTable, decodeClassRuns} from '../src/chars.js'
import {BMP_CLASS_RUNS} from '../src/generated/bmp-classes.js'

const outputPath = new URL('../src/generated/bmp-classes.ts', import.meta.url)
const regenerate = 'run `npx tsc -b && node scripts/generate-classes.js` in packages/parser-zh (or this Node has another Unicode version than the header names)'

describe('shipped BMP class table', () => {
  it('equals, byte for byte, the table built from the Unicode properties at test time (no drift)', () => {
    const built = buildBmpTable()
    const shipped = bmpTable()
    const differing: string[] = []
    for (let cp = 0; cp < 0x10000; cp++) if (built[cp] !== shipped[cp]) differing.push(`U+${cp.toString(16)}: shipped ${shipped[cp]}, built ${built[cp]}`)
    expect(differing.slice(0, 20), `src/generated/bmp-classes.ts is stale: ${regenerate}`).toEqual([])
    expect(Buffer.from(shipped).equals(Buffer.from(built))).toBe(true)
  })

  it('is the module the generator writes (no drift)', () => {
    expect(renderClassModule() === readFileSync(outputPath, 'utf8'), `src/generated/bmp-classes.ts is stale: ${regenerate}`).toBe(true)
  })

  it('decodes the runs in order and rejects runs that do not cover the BMP', () => {
    const table = decodeClassRuns(BMP_CLASS_RUNS)
    expect([table[10], table['中'.charCodeAt(0)], table['a'.charCodeAt(0)], table['。'.charCodeAt(0)]]).toEqual([BREAK, HAN, LETTER, PUNCT])
    // One run of 0x10000 letters: (0x10000 << 4) | 5 as LEB128 is 85 80 40.
    expect(decodeClassRuns(Buffer.from([0x85, 0x80, 0x40]).toString('base64')).every((cls) => cls === LETTER)).toBe(true)
    expect(() => decodeClassRuns(Buffer.from([0x85, 0x80, 0x20]).toString('base64'))).toThrow(/cover 32768 code points/)
  })
})
