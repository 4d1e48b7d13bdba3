import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {renderScriptModule} from '../src/build-scripts.js'
import {SCRIPT_RUNS} from '../src/generated/scripts.js'
import {buildScriptTable, charScript, codePointScript, decodeScriptRuns} from '../src/variants.js'

const outputPath = new URL('../src/generated/scripts.ts', import.meta.url)
const regenerate = 'run `npx tsc -b && node scripts/generate-scripts.js` in packages/zh-script'
const names = ['neutral', 'shared', 'traditional', 'simplified']

describe('shipped script table', () => {
  it('equals, byte for byte, the table built from the OpenCC tables at test time (no drift)', () => {
    const built = buildScriptTable()
    const shipped = decodeScriptRuns(SCRIPT_RUNS)
    expect(shipped.length).toBe(0x110000)
    expect(Buffer.from(shipped).equals(Buffer.from(built)), `src/generated/scripts.ts is stale: ${regenerate}`).toBe(true)
  })

  it('is the module the generator writes (no drift)', () => {
    expect(renderScriptModule() === readFileSync(outputPath, 'utf8'), `src/generated/scripts.ts is stale: ${regenerate}`).toBe(true)
  })

  it('answers codePointScript and charScript for every code point as the built table does', () => {
    const built = buildScriptTable()
    const differing: string[] = []
    for (let code = 0; code < 0x110000; code++) {
      if (codePointScript(code) !== names[built[code]!]) differing.push(`U+${code.toString(16)}`)
    }
    expect(differing.slice(0, 20)).toEqual([])
    expect([codePointScript(-1), codePointScript(0x110000), charScript(''), charScript('发展')]).toEqual(['neutral', 'neutral', 'neutral', 'neutral'])
    expect([charScript('后'), charScript('發'), charScript('发'), charScript('人'), charScript('𠗣')]).toEqual(['shared', 'traditional', 'simplified', 'neutral', names[built[0x205e3]!]])
  })

  it('rejects runs that do not cover every code point', () => {
    // One run of 0x8000 simplified code points: (0x8000 << 2) | 3 as LEB128 is 83 80 08.
    expect(() => decodeScriptRuns(Buffer.from([0x83, 0x80, 0x08]).toString('base64'))).toThrow(/cover 32768 code points/)
  })
})
