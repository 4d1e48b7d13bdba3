// Round 53 (the lead, 2026-12-08, ninth stop), from the kinds of error read on heldout23 when first scored: a whole's
// breakdown by place listed after it (`分布在…`, `分別為…`), and the mainland named `內地`/`大陸` in Hong Kong and Taiwan
// articles. Invented texts.
import {describe, expect, test} from 'vitest'
import {extractClaims} from '../src/index.js'
import {find} from './find-claim.js'

describe('round 53: a breakdown by place, and the mainland in Hong Kong and Taiwan', () => {
  test('places listed after a whole and 分布在 or 分別為 are its breakdown: the whole’s metric and predicate, each place its scope', () => {
    const text = '衛生單位今天公布新增85例腸病毒病例分布在台南市60例、高雄市20例、嘉義縣5例。\n\n全國累計3200例腸病毒病例，分別為台南市2100例、高雄市900例、嘉義縣200例。'
    const claims = extractClaims({text, region: 'TW', date: '2024-06-20'})
    const whole = find(claims, '85例')
    for (const figure of ['60例', '20例', '5例']) {
      expect(find(claims, figure).metric.id, figure).toBe(whole.metric.id)
      expect(find(claims, figure).metric.predicate, figure).toBe(whole.metric.predicate)
    }
    expect(find(claims, '60例').scope.id).toBe('7105')
    const cumulative = find(claims, '3200例')
    for (const figure of ['2100例', '900例', '200例']) {
      expect(find(claims, figure).metric.id, figure).toBe(cumulative.metric.id)
      expect(find(claims, figure).metric.predicate, figure).toBe(cumulative.metric.predicate)
    }
    // (The same place's new and cumulative cases are two statistics: their keys differ.)
    expect(find(claims, '60例').metric.predicate).not.toBe(find(claims, '2100例').metric.predicate)
  })

  test('a list of places with figures and no whole before it is no breakdown', () => {
    const claims = extractClaims({text: '今年台南市出生2100人、高雄市出生900人。全國累計3200例腸病毒病例，分別為台南市2100例、高雄市900例。', region: 'TW', date: '2024-06-20'})
    expect(find(claims, '900人').metric.via).not.toBe('inherited')
    // (The same places after a whole and 分別為 are its breakdown.)
    expect(find(claims, '900例').metric.via).toBe('inherited')
  })

  test('內地 and 大陸 name the mainland before its own statistics in Hong Kong and Taiwan articles, not the nouns they qualify', () => {
    const hk = extractClaims({text: '統計處公布，本港去年經濟收縮6%。內地上月居民消費價格指數按年升2.5%。內地上月CPI按月跌0.1%。\n\n去年內地旅客人次跌45%，輸往內地出口升8%。', region: 'HK', date: '2020-07-09'})
    expect(find(hk, '2.5%').scope.id).toBe('CN')
    expect(find(hk, '0.1%').scope.id).toBe('CN')
    expect(find(hk, '45%').scope.id).not.toBe('CN')
    expect(find(hk, '8%').scope.id).not.toBe('CN')
    const tw = extractClaims({text: '大陸上月出口年增5%。', region: 'TW', date: '2020-07-09'})
    expect(find(tw, '5%').scope.id).toBe('CN')
    // (In a mainland article `内地` is the inland, against the coast.)
    const cn = extractClaims({text: '内地出口增长6%，沿海出口增长9%。', region: 'CN', date: '2020-07-09'})
    expect(find(cn, '6%').scope.via).not.toBe('explicit')
  })
})
