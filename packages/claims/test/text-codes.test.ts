// The clause scans of text.ts test character codes, not a string per character: same answers as
// the sets and the pattern they stand for.
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {CLAUSE_END, clauseEnd, clauseStart, inContrastClause, SENTENCE_END} from '../src/text.js'

const CHARS = [...'，,、：:﹐﹑。！？；!?;\n﹔﹒相较有别于但的在年增长5%“”𠀀 ']
const text = fc.array(fc.constantFrom(...CHARS), {maxLength: 40}).map((chars) => chars.join(''))

function plainClauseStart(s: string, from: number, at: number): number {
  for (let i = at - 1; i >= from; i--) if (CLAUSE_END.has(s[i] as string)) return i + 1
  return from
}

function plainClauseEnd(s: string, at: number, to: number): number {
  for (let i = at; i < to; i++) if (CLAUSE_END.has(s[i] as string) || SENTENCE_END.has(s[i] as string)) return i
  return to
}

describe('clause scans by character code', () => {
  test('clauseStart and clauseEnd', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (s, a, b) => {
        const [from, at] = [Math.min(a, b) % (s.length + 1), Math.max(a, b) % (s.length + 1)]
        expect(clauseStart(s, Math.min(from, at), at)).toBe(plainClauseStart(s, Math.min(from, at), at))
        expect(clauseEnd(s, Math.min(from, at), at)).toBe(plainClauseEnd(s, Math.min(from, at), at))
      }),
      {numRuns: 2000}
    )
  })

  test('inContrastClause reads back to the same mark', () => {
    const opening = /^[\s“"]*(?:此外|另外|而|但|不过)?[，,\s]*(?:相较|相比|比起|有别于|不同于|有异于|对比|较之|与其他|跟其他)/
    const plain = (s: string, floor: number, start: number, end: number, at: number) => {
      if (!/[，,；;]/.test(s.slice(end, at))) return false
      let open = start
      const limit = Math.max(floor, start - 60)
      while (open > limit && !/[，,。；;：:！？!?\n]/.test(s[open - 1] as string)) open--
      return opening.test(s.slice(open, start))
    }
    fc.assert(
      fc.property(text, fc.array(fc.nat(), {minLength: 4, maxLength: 4}), (s, points) => {
        const [floor, start, end, at] = points.map((p) => p % (s.length + 1)).sort((x, y) => x - y) as [number, number, number, number]
        expect(inContrastClause(s, floor, start, end, at)).toBe(plain(s, floor, start, end, at))
      }),
      {numRuns: 2000}
    )
    // (One case that holds: a clause of contrast closing before the figure.)
    expect(inContrastClause('去年，有别于九龙西，近期5次', 0, 6, 9, 13)).toBe(true)
  })
})
