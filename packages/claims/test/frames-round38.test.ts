// Rounds 38 and after (the lead, 2026-12-07), from the kinds of metric error read on the held-out sets h14–h18:
// taxes by their short names, a figure's standing (`初步統計`) that is no metric, stock markets' short names, a
// share's price after a verb of moving or closing, and the points of a move written after its percentage.
// Invented texts.
import {describe, expect, test} from 'vitest'
import {extractClaims} from '../src/index.js'
import {find} from './find-claim.js'

describe('round 38: what a figure of public finance or a stock market measures', () => {
  test('a tax named by its short name is what its revenue counts', () => {
    const claims = extractClaims({text: '某部今天公布，8月土增稅新台幣98億元。累計前8月營所稅3100億元，綜所稅2500億元。', region: 'TW', date: '2020-09-14'})
    expect(find(claims, '98億元').metric.id).toBe('土增税')
    expect(find(claims, '3100億元').metric.id).toBe('营所税')
    expect(find(claims, '2500億元').metric.id).toBe('综所税')
  })

  test('how final a figure is (初步統計) is not what it measures', () => {
    const claims = extractClaims({text: '某部今天公布8月全國賦稅收入初步統計為2500億元，年增12.5%。', region: 'TW', date: '2020-09-14'})
    expect(find(claims, '2500億元').metric.id).toBe('赋税收入')
  })

  test('a market named as the cause of a move leaves no piece of its name as a metric', () => {
    const claims = extractClaims({text: '台股3日受美股拖累盤中重挫逾100點，終場跌0.5%、60.5點，收在12000.5點。', region: 'TW', date: '2020-10-29'})
    expect(find(claims, '12000.5點').metric.text).not.toMatch(/受美/)
  })

  test('a stock market named in the sentence is whose figure it is, never what it measures', () => {
    const claims = extractClaims({text: '台股因颱風停市，港股照常交易，終場收漲500.5點、收在22000.5點。', region: 'TW', date: '2024-10-02'})
    expect(find(claims, '22000.5點').metric.text).not.toMatch(/台股/)
    const ranked = extractClaims({text: '港股今年漲勢超越今年漲勢最高的台股20.5%。', region: 'TW', date: '2024-10-02'})
    expect(find(ranked, '20.5%').metric.text).not.toMatch(/台股/)
  })

  test('money after a verb of moving or closing in a market report is a share price, never compared', () => {
    const claims = extractClaims({text: '權值股表現疲弱，某電子終場跌5元、收420元；某精密跌0.5元、至80元。', region: 'TW', date: '2020-10-29'})
    for (const figure of ['5元', '420元', '0.5元', '80元']) {
      expect(find(claims, figure).metric.id).toBe('股价')
      expect(find(claims, figure).metric.via).toBe('verb')
    }
    // (A price per unit of goods is no share's.)
    const goods = extractClaims({text: '權值股表現疲弱。豬肉每斤漲3元。', region: 'TW', date: '2020-10-29'})
    expect(find(goods, '3元').metric.id).not.toBe('股价')
    // (`稅收` ends in 收 but is a noun: revenue, not a close.)
    const tax = extractClaims({text: '受台股量能帶動，前9月稅收900億元。', region: 'TW', date: '2020-10-13'})
    expect(find(tax, '900億元').metric.id).not.toBe('股价')
  })

  test('the points of a move written after its percentage are the same move', () => {
    const claims = extractClaims({text: '台股今天終場跌1.5%、180.5點。', region: 'TW', date: '2020-10-29'})
    expect(find(claims, '180.5點').metric.id).toBe(find(claims, '1.5%').metric.id)
  })
})
