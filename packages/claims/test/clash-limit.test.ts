import {describe, expect, test} from 'vitest'
import {extractClaims, findClashes} from '../src/index.js'

// A statistic that many documents state with disagreeing values gives at most
// `maxPerKey` findings; the last counts the rest. Articles generated here from
// one invented sentence with a different number each.

const documents = Array.from({length: 60}, (_, index) =>
  extractClaims({text: `截至2023年底，婺源县共有小学${100 + index * 3}所。`, date: '2024-03-01', path: `a${index}.txt`})
)

describe('findClashes with maxPerKey', () => {
  test('without a limit every claim finds its nearest clashing claims', () => {
    const all = findClashes(documents, {minConfidence: 0.5, maxPerClaim: 3})
    expect(all.length).toBeGreaterThan(100)
    expect(all.some((finding) => 'moreInKey' in finding.data)).toBe(false)
  })

  test('with a limit the findings stop at it and the last counts what was left out', () => {
    const all = findClashes(documents, {minConfidence: 0.5, maxPerClaim: 3})
    const limited = findClashes(documents, {minConfidence: 0.5, maxPerClaim: 3, maxPerKey: 20})
    const sameKey = limited.filter((finding) => finding.reason === 'same-key')
    expect(sameKey).toHaveLength(20)
    expect(sameKey.at(-1)!.data['moreInKey']).toBe(all.filter((finding) => finding.reason === 'same-key').length - 20)
    expect(sameKey.slice(0, -1).some((finding) => 'moreInKey' in finding.data)).toBe(false)
  })
})
