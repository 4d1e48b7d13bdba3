import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {renderScriptModule} from '../src/build-scripts.js'
import {SCRIPT_RUNS} from '../src/generated/scripts.js'
import {simplifiedToTraditional, traditionalToSimplified} from '../src/generated/variants.js'
import {buildScriptTable, charScript, codePointScript, counterparts, decodeScriptRuns} from '../src/variants.js'

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

describe('counterpart tables parsed on their own', () => {
  // The way `load` parsed the groups before they were split per direction.
  function groupsByArrayFrom(value: string): Map<string, readonly string[]> {
    const map = new Map<string, readonly string[]>()
    for (const group of value.split(' ')) {
      const [key, ...rest] = Array.from(group)
      if (key && rest.length > 0) map.set(key, rest)
    }
    return map
  }

  it('gives every character the counterparts the whole-table parse gave, in both directions', () => {
    for (const [target, value] of [['traditional', simplifiedToTraditional], ['simplified', traditionalToSimplified]] as const) {
      const expected = groupsByArrayFrom(value)
      expect(expected.size).toBeGreaterThan(4000)
      const differing = [...expected].filter(([char, list]) => counterparts(char, target).join(' ') !== list.join(' '))
      expect(differing.slice(0, 10), target).toEqual([])
      // Characters outside the table (and astral ones in it) are answered alike.
      expect(counterparts('人', target)).toEqual([])
    }
    expect(counterparts('𠗣', 'simplified')).toEqual(groupsByArrayFrom(traditionalToSimplified).get('𠗣') ?? [])
  })
})
