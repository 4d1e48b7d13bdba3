// Converting a paragraph stretch by stretch (between characters no phrase holds) gives, at every
// index the caller wants, what converting the whole paragraph gives: a property test on random
// paragraphs of characters chosen to make phrases, straddles and barriers likely.
import {convertChars, phraseStraddles, simplifiedPhraseTable, traditionalPhraseTable} from '@jiaodui/zh-script'
import {describe, expect, test} from 'vitest'
import {convertWanted, isBarrier} from '../src/stretches.js'

/** A small deterministic generator (mulberry32), so a failure can be run again. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

// Pieces of phrases of both tables, single characters of both scripts (shared ones with several
// counterparts among them), and barriers.
const pieces = ['干部', '幹部', '后来', '後來', '发展', '發展', '头发', '頭髮', '去干涉', '去幹涉', '只有', '衹有', '台风', '颱風', '里面', '裡面', '面条', '麵條', '干', '后', '发', '里', '台', '面', '只', '系', '乾', '幹', '髮', '後', '裏', '們', '们', '的', '是', '，', '。', '、', '1', 'a', ' ', '（', '）']

function paragraph(next: () => number): string[] {
  const chars: string[] = []
  const length = 1 + Math.floor(next() * 30)
  for (let k = 0; k < length; k++) chars.push(...Array.from(pieces[Math.floor(next() * pieces.length)]!))
  return chars
}

describe('convertWanted', () => {
  test('punctuation, digits and Latin letters are barriers; hanzi are not', () => {
    expect(['，', '。', '1', 'a', ' '].every(isBarrier)).toBe(true)
    expect(['干', '幹', '的', '们'].some(isBarrier)).toBe(false)
  })

  test('at every wanted index, the same value, phrase and span as the whole conversion, one stage and two', () => {
    const next = random(20261206)
    for (let run = 0; run < 2000; run++) {
      const chars = paragraph(next)
      const wantedSet = new Set(chars.map((_, index) => index).filter(() => next() < 0.2))
      const wanted = (index: number) => wantedSet.has(index)
      // One stage (a simplified text checked for traditional characters).
      const whole = convertChars(chars, 'simplified')
      const parts = convertWanted(chars, wanted, (part) => convertChars(part, 'simplified'))
      // Two stages (a traditional text: to simplified and back), with the first stage's values.
      const wholeSimplified = convertChars(chars, 'simplified').value
      const wholeTwice = convertChars(wholeSimplified, 'traditional')
      const simplified = chars.slice()
      const twice = convertWanted(chars, wanted, (part, at) => {
        const value = convertChars(part, 'simplified').value
        value.forEach((char, k) => (simplified[at + k] = char))
        return convertChars(value, 'traditional')
      })
      for (const index of wantedSet) {
        const at = `run ${run} index ${index} of ${chars.join('')}`
        expect([parts.value[index], parts.phrase[index], parts.start[index], parts.end[index]], at).toEqual([whole.value[index], whole.phrase[index], whole.start[index], whole.end[index]])
        expect([twice.value[index], twice.phrase[index], twice.start[index], twice.end[index], simplified[index]], at).toEqual([wholeTwice.value[index], wholeTwice.phrase[index], wholeTwice.start[index], wholeTwice.end[index], wholeSimplified[index]])
        // The straddle test the rule runs on the phrase around a wanted index reads the same.
        expect(phraseStraddles(simplified, twice.start[index]!, twice.end[index]!, traditionalPhraseTable()), at).toBe(phraseStraddles(wholeSimplified, wholeTwice.start[index]!, wholeTwice.end[index]!, traditionalPhraseTable()))
        expect(phraseStraddles(chars, parts.start[index]!, parts.end[index]!, simplifiedPhraseTable()), at).toBe(phraseStraddles(chars, whole.start[index]!, whole.end[index]!, simplifiedPhraseTable()))
      }
    }
  })
})
