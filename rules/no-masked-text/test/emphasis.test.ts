import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {isEmphasis, LineBounds} from '../src/index.js'

// `isEmphasis` tests bounded windows around a run instead of its whole line
// (whole lines made a line of many runs quadratic: 20 000 runs took 2 s,
// now 47 ms). It must answer as the whole-line tests did, on any text.

/** The whole-line tests, as they were. */
function reference(text: string, index: number, run: string): boolean {
  const lineStart = text.lastIndexOf('\n', index) + 1
  let lineEnd = text.indexOf('\n', index)
  if (lineEnd === -1) lineEnd = text.length
  const line = text.slice(lineStart, lineEnd)
  const at = index - lineStart
  const escaped = run.replace(/\*/g, '\\*')
  const after = line.slice(at + run.length)
  const before = line.slice(0, at)
  return new RegExp(`^\\S[^*]*?\\S?${escaped}`).test(after) || new RegExp(`${escaped}[^*]*?\\S$`).test(before)
}

const pieces = ['*', '**', '***', '＊＊', '＊', '加', '粗', '字', ' ', '\n', 'a', '，', '×']

describe('isEmphasis', () => {
  test('answers as the whole-line tests on random texts of stars, hanzi, spaces and line ends', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 40}), (parts) => {
        const text = parts.join('')
        const lines = new LineBounds(text)
        for (const match of text.matchAll(/\*+|＊+/g)) {
          expect(isEmphasis(text, match.index, match[0], lines)).toBe(reference(text, match.index, match[0]))
        }
      }),
      {numRuns: 2000}
    )
  })

  test('a pair of runs around a word is emphasis; a lone run between hanzi is not', () => {
    const text = '这是**加粗**的字\n那是** 缺'
    const lines = new LineBounds(text)
    expect(isEmphasis(text, 2, '**', lines)).toBe(true)
    expect(isEmphasis(text, 6, '**', lines)).toBe(true)
    expect(isEmphasis(text, 13, '**', lines)).toBe(false)
  })
})
