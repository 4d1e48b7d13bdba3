// The overlap checks of scope mentions (organisations, foreign countries, first-person and region
// words) are binary searches or marks, not a scan of every mention per match: same mentions, on a
// long segment too.
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {placeByCode} from '@jiaodui/gazetteer'
import {overlapTest} from '../src/period.js'
import {scopeMentions, scopesOfSegment} from '../src/scopes.js'

describe('overlapTest', () => {
  test('says what a scan of every range says, for empty and one-character stretches too', () => {
    const range = fc.tuple(fc.integer({min: 0, max: 60}), fc.integer({min: 0, max: 12})).map(([start, length]) => [start, start + length] as const)
    fc.assert(
      fc.property(fc.array(range, {maxLength: 30}), fc.array(range, {minLength: 1, maxLength: 20}), (ranges, queries) => {
        const overlaps = overlapTest(ranges)
        for (const [from, to] of queries) expect(overlaps(from, to)).toBe(ranges.some(([a, b]) => a < to && b > from))
      }),
      {numRuns: 500}
    )
  })
})

describe('scope mentions of a long segment', () => {
  // Invented: foreign names inside longer ones, an organisation after a place, region and first-person words.
  const sentence = '印度尼西亚和印度的人口增长，北京大学研究院称我国和我们全市的产量达到3万吨，美国东京。'
  const summary = (text: string, shift = 0) => {
    const places = scopeMentions(text, [])
    return scopesOfSegment(text, places, placeByCode('11'), 'CN').map((s) => `${s.start + shift}-${s.end + shift}:${s.text}:${String(s.place.code)}:${s.via}`)
  }

  test('are those of each sentence alone, shifted', () => {
    const one = summary(sentence)
    // `印度` inside `印度尼西亚` is not a second country; the one after `和` is.
    expect(one.filter((s) => s.startsWith('0-'))).toEqual(['0-5:印度尼西亚:foreign:印度尼西亚:explicit'])
    expect(one.some((s) => s.includes(':印度:'))).toBe(true)
    expect(one.some((s) => s.includes(':北京大学'))).toBe(true)
    expect(one.some((s) => s.includes(':我国:'))).toBe(true)
    expect(one.some((s) => s.includes(':我们:'))).toBe(true)
    const copies = 3000
    const all = summary(sentence.repeat(copies))
    expect(all).toEqual(Array.from({length: copies}, (_, k) => summary(sentence, k * sentence.length)).flat())
  })
})
