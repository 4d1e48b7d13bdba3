// Frame rules of the fourteenth round of issue 18 (kinds of error read on the misses of heldout9,
// Hong Kong business and statistics news), each on invented sentences.
import {describe, expect, test} from 'vitest'
import {extractClaims} from '../src/index.js'
import {find} from './find-claim.js'

describe('a word of manner before the verb of change is not the metric', () => {
  test('`实质`, `月均` before a verb leave the noun before them as the metric', () => {
    const real = extractClaims({text: '統計處表示，第二季私人消費開支按年實質下跌6.4%，貨品出口實質上升3.1%。', region: 'HK', date: '2021-08-02'})
    expect(find(real, '6.4%').metric.id).toBe('私人消费开支')
    expect(find(real, '3.1%').metric.id).toBe('货品出口')
    const monthly = extractClaims({text: '上月全港用電量月均增加2.5%。', region: 'HK', date: '2021-08-02'})
    expect(find(monthly, '2.5%').metric.id).toBe('用电量')
  })

  test('a word of manner before a noun still modifies it', () => {
    const claims = extractClaims({text: '該商場月均營業額為3500萬元。', region: 'HK', date: '2021-08-02'})
    expect(find(claims, '3500萬元').metric.id).toContain('月均营业额')
  })

  test('Hong Kong’s names of GDP and of an annualised return are whole nouns', () => {
    const gdp = extractClaims({text: '第三季本地生產總值按年上升5.4%。', region: 'HK', date: '2021-11-01'})
    expect(find(gdp, '5.4%').metric.id).toBe('本地生产总值')
    const fund = extractClaims({text: '截至6月底，債券基金的年率化回報為2.7%。', region: 'HK', date: '2021-08-02'})
    expect(find(fund, '2.7%').metric.id).toContain('年率化回报')
  })
})
