import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {codePointCounter, punctuationCount, wordCount} from '../src/text.js'

/** What a global regular expression counts one `exec` at a time: the reference the counters replace. */
function execCount(text: string, pattern: RegExp): number {
  let count = 0
  pattern.lastIndex = 0
  while (pattern.exec(text) !== null) count++
  return count
}

// Hanzi (BMP and astral), letters of other scripts, digits, marks of both widths, lone and paired surrogates.
const pieces = ['中', '國', '〇', '々', '𠀀', '𪚥', 'a', 'Z', 'é', 'я', 'ㄅ', 'あ', '1', '９', '，', '。', '、', '！', '？', '；', ',', ';', '!', '?', ':', ' ', '\u3000', '\ud840', '\udc00', '😀', '·', '_']
const line = fc.array(fc.constantFrom(...pieces), {maxLength: 30}).map((parts) => parts.join(''))

describe('line metrics counted without a match per character', () => {
  test('wordCount counts what /\\p{L}/gu matches', () => {
    fc.assert(fc.property(line, (text) => {
      expect(wordCount(text)).toBe(execCount(text, /\p{L}/gu))
    }), {numRuns: 2000})
    expect(wordCount('责任编辑 Li 𠀀1')).toBe(7)
  })

  test('a hanzi counter counts what /\\p{Script=Han}/gu matches, astral hanzi once', () => {
    const hanzi = codePointCounter(/\p{Script=Han}/u)
    fc.assert(fc.property(line, (text) => {
      expect(hanzi(text)).toBe(execCount(text, /\p{Script=Han}/gu))
    }), {numRuns: 2000})
    expect(hanzi('〇𠀀中a')).toBe(3)
  })

  test('punctuationCount counts full-width clause marks and half-width ones not before a digit', () => {
    fc.assert(fc.property(line, (text) => {
      expect(punctuationCount(text)).toBe(execCount(text, /[，。！？；、]|[,;!?](?!\d)/g))
    }), {numRuns: 2000})
    expect(punctuationCount('1,000人，好!')).toBe(2)
  })

  test('a counter refuses a global or sticky pattern (its lastIndex would move)', () => {
    expect(() => codePointCounter(/a/g)).toThrow(/without the g and y flags/)
    expect(() => codePointCounter(/a/y)).toThrow(/without the g and y flags/)
  })
})
