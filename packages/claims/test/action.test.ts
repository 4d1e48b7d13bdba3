import {describe, expect, test} from 'vitest'
import {claimKey, extractClaims, type Claim} from '../src/index.js'

// Invented sentences: what a clause says its counted people do is part of the statistic.
const date = '2024-08-15'

function claimAt(text: string, numeral: string): Claim {
  const claims = extractClaims({text, date, region: 'CN'})
  const claim = claims.find((c) => c.text === numeral)
  if (!claim) throw new Error(`no claim \`${numeral}\` in ${claims.map((c) => c.text).join(' ')}`)
  return claim
}

describe('action: what the counted people or things do', () => {
  test('the verbs of the clause, not the counted noun, the place or the time', () => {
    const claim = claimAt('上周末，本市有40名社区志愿者参加了河道清洁行动。', '40名')
    expect(claim.metric.id).toBe('社区志愿者')
    expect(claim.metric.action).toBe(['参加', '河道', '清洁', '行动'].sort().join('+'))
  })
  test('words that only state, bound or report a level are no action', () => {
    expect(claimAt('截至目前，全市累计确诊病例达到230例。', '230例').metric.action).toBeUndefined()
    expect(claimAt('据统计，全市共有确诊病例230例。', '230例').metric.action).toBeUndefined()
    expect(claimAt('全市确诊病例已降至230例。', '230例').metric.action).toBeUndefined()
  })
  test('two figures of one noun with different actions have different keys', () => {
    const recruited = claimAt('今年以来，本市共招募社区志愿者150名。', '150名')
    const joined = claimAt('今年以来，本市有40名社区志愿者参加了河道清洁行动。', '40名')
    expect(recruited.metric.id).toBe(joined.metric.id)
    expect(claimKey(recruited)).not.toBe(claimKey(joined))
  })
  test('the same statistic stated with level words keeps one key', () => {
    const a = claimAt('今年以来，全市累计确诊病例230例。', '230例')
    const b = claimAt('今年以来，全市确诊病例共计达到2300例。', '2300例')
    expect(claimKey(a)).toBe(claimKey(b))
  })
  test('the clause ends at the next comma: a later clause is not the figure\'s action', () => {
    expect(claimAt('全市共有社区志愿者150名，他们每周参加河道清洁。', '150名').metric.action).toBeUndefined()
  })
})

describe('a named day is part of the statistic', () => {
  test('two days of a running count have different keys; the same day keeps one', () => {
    const fourth = claimAt('截至3月4日，武汉市累计报告确诊病例182例。', '182例')
    const fifth = claimAt('截至3月5日，武汉市累计报告确诊病例205例。', '205例')
    const again = claimAt('截至3月5日，武汉市累计报告确诊病例2050例。', '2050例')
    expect(fourth.period.id).toBe(fifth.period.id)
    expect(claimKey(fourth)).not.toBe(claimKey(fifth))
    expect(claimKey(fifth)).toBe(claimKey(again))
  })
  test('a flow without a named day is the article day\'s', () => {
    const today = claimAt('武汉市今天新增确诊病例26例。', '26例')
    const earlier = extractClaims({text: '武汉市今天新增确诊病例16例。', date: '2024-08-12', region: 'CN'}).find((c) => c.text === '16例') as Claim
    expect(today.period.id).toBe(earlier.period.id)
    expect(claimKey(today)).not.toBe(claimKey(earlier))
  })
})
