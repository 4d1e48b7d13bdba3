// Converting a paragraph stretch by stretch (between characters no phrase holds) gives, at every
// index the caller wants, what converting the whole paragraph gives: a property test (fast-check) on
// paragraphs of pieces chosen to make phrases, straddles and barriers likely.
import {convertChars, phraseStraddles, simplifiedPhraseTable, traditionalPhraseTable} from '@jiaodui/zh-script'
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {convertWanted, isBarrier} from '../src/stretches.js'

// Pieces of phrases of both tables, single characters of both scripts (shared ones with several
// counterparts among them), and barriers.
const pieces = ['干部', '幹部', '后来', '後來', '发展', '發展', '头发', '頭髮', '去干涉', '去幹涉', '只有', '衹有', '台风', '颱風', '里面', '裡面', '面条', '麵條', '干', '后', '发', '里', '台', '面', '只', '系', '乾', '幹', '髮', '後', '裏', '們', '们', '的', '是', '，', '。', '、', '1', 'a', ' ', '（', '）']

/** A paragraph of pieces, and for each of its characters whether the caller wants it. */
const paragraphs = fc
  .array(fc.constantFrom(...pieces), {minLength: 1, maxLength: 30})
  .map((list) => list.flatMap((piece) => Array.from(piece)))
  .chain((chars) => fc.tuple(fc.constant(chars), fc.array(fc.boolean(), {minLength: chars.length, maxLength: chars.length})))

describe('convertWanted', () => {
  test('punctuation, digits and Latin letters are barriers; hanzi are not', () => {
    expect(['，', '。', '1', 'a', ' '].every(isBarrier)).toBe(true)
    expect(['干', '幹', '的', '们'].some(isBarrier)).toBe(false)
  })

  test('at every wanted index, the same value, phrase and span as the whole conversion, one stage and two', () => {
    fc.assert(
      fc.property(paragraphs, ([chars, wants]) => {
        const wanted = (index: number) => wants[index] === true
        // One stage (a simplified text checked for traditional characters).
        const whole = convertChars(chars, 'simplified')
        const parts = convertWanted(chars, wanted, (part) => convertChars(part, 'simplified'))
        // Two stages (a traditional text: to simplified and back), with the first stage's values.
        const wholeSimplified = whole.value
        const wholeTwice = convertChars(wholeSimplified, 'traditional')
        const simplified = chars.slice()
        const twice = convertWanted(chars, wanted, (part, at) => {
          const value = convertChars(part, 'simplified').value
          value.forEach((char, k) => (simplified[at + k] = char))
          return convertChars(value, 'traditional')
        })
        for (let index = 0; index < chars.length; index++) {
          if (!wanted(index)) continue
          expect([parts.value[index], parts.phrase[index], parts.start[index], parts.end[index]]).toEqual([whole.value[index], whole.phrase[index], whole.start[index], whole.end[index]])
          expect([twice.value[index], twice.phrase[index], twice.start[index], twice.end[index], simplified[index]]).toEqual([wholeTwice.value[index], wholeTwice.phrase[index], wholeTwice.start[index], wholeTwice.end[index], wholeSimplified[index]])
          // The straddle test the rule runs on the phrase around a wanted index reads the same.
          expect(phraseStraddles(simplified, twice.start[index]!, twice.end[index]!, traditionalPhraseTable())).toBe(phraseStraddles(wholeSimplified, wholeTwice.start[index]!, wholeTwice.end[index]!, traditionalPhraseTable()))
          expect(phraseStraddles(chars, parts.start[index]!, parts.end[index]!, simplifiedPhraseTable())).toBe(phraseStraddles(chars, whole.start[index]!, whole.end[index]!, simplifiedPhraseTable()))
        }
      }),
      {numRuns: 2000}
    )
  })
})
