// Round 18 (the lead, after archive F). A month span whose dash is typed as hyphens or doubled (`1---8月`, `1——7月`, `1--4月`), as news sites
// that turn an em dash into three hyphens print it: the span is the period, not its last month (a held-out
// archive's release gave `8月份…上涨0.1%` and `1---8月平均…上涨0.5%`, read as one month and reported as clashing).
import {describe, expect, test} from 'vitest'
import {claimKey, extractClaims} from '../src/index.js'
import {findQuantities} from '@jiaodui/zh-number'
import {find} from './find-claim.js'

describe('month spans with a dash of several characters', () => {
  const text = '统计局今天公布，8月份全国居民消费价格同比上涨0.1%。1---8月平均，全国居民消费价格同比上涨0.5%。'

  test('the span is the period of its figure, and the month of the other figure stays its own', () => {
    const claims = extractClaims({text, region: 'CN', date: '2023-09-09'})
    expect(find(claims, '0.5%').period.id).toBe('range:2023-01..2023-08')
    expect(find(claims, '0.1%').period.id).toBe('month:2023-08')
    expect(claimKey(find(claims, '0.5%'))).not.toBe(claimKey(find(claims, '0.1%')))
  })

  test('doubled and tripled dashes alike; the start of the span is no count', () => {
    for (const dash of ['---', '--', '——', '－－']) {
      const claims = extractClaims({text: `今年1${dash}4月，某省出口增长6.2%。`, region: 'CN', date: '2023-05-10'})
      expect(find(claims, '6.2%').period.id).toBe('range:2023-01..2023-04')
      expect(findQuantities(`1${dash}4月平均上涨1.0%`).map((q) => q.text)).toEqual(['4月', '1.0%'])
    }
  })
})

describe('trade with a partner', () => {
  test('trade with one partner and with another are two statistics', () => {
    const text = '海关数据显示，中国与美国的贸易增长了23%，与欧洲的贸易增长了29%。同期中国与印度的贸易增长了49%，我国对东盟出口增长12%。'
    const claims = extractClaims({text, region: 'CN', date: '2022-12-29'})
    const keys = ['23%', '29%', '49%'].map((figure) => claimKey(find(claims, figure)))
    expect(new Set(keys).size).toBe(3)
    expect(find(claims, '29%').metric.qualifier).toContain('with:欧洲')
    expect(find(claims, '12%').metric.qualifier).toContain('with:东盟')
  })

  test('the same partner in two sentences is one statistic', () => {
    const claims = extractClaims({text: '今年前三季度，中国与印度的贸易增长了12%。另据统计，今年前三季度中国与印度的贸易增长了15%。', region: 'CN', date: '2022-10-20'})
    expect(claimKey(claims[0]!)).toBe(claimKey(claims[1]!))
  })
})

describe('a rate of change named alone, after the figure of what changes', () => {
  test('the two `降幅…收窄` of one release are the revenue\'s and the profit\'s', () => {
    const text = '1-8月，某省规模以上企业营业收入同比下降0.5%，降幅较1-7月收窄0.3个百分点。1-8月份，某省规模以上企业实现利润总额1234.5亿元，同比下降9.6%，降幅比1-7月份收窄2.1个百分点。'
    const claims = extractClaims({text, region: 'CN', date: '2023-09-27'})
    expect(find(claims, '0.3个百分点').metric.id).toBe('规模以上企业营业收入降幅')
    expect(claimKey(find(claims, '0.3个百分点'))).not.toBe(claimKey(find(claims, '2.1个百分点')))
  })

  test('the same rate of the same thing in two sentences stays one statistic', () => {
    const text = '今年前三季度，某市社会消费品零售总额同比增长6.1%，增幅较上半年扩大0.4个百分点。另据统计，今年前三季度某市社会消费品零售总额同比增长6.1%，增幅较上半年扩大0.6个百分点。'
    const claims = extractClaims({text, region: 'CN', date: '2023-10-20'})
    expect(claimKey(find(claims, '0.4个百分点'))).toBe(claimKey(find(claims, '0.6个百分点')))
  })
})

describe('an amount converted into another currency', () => {
  test('`…元（约合…美元）` and `…港元，约合…美元` restate the amount before: no claim of their own', () => {
    const text = '报告显示，双边协议总金额约为人民币3万亿元（约合4,200亿美元）。该集团去年盈利250亿港元，约合32亿美元。'
    const claims = extractClaims({text, region: 'CN', date: '2022-12-28'})
    expect(claims.map((c) => c.text)).toEqual(['3万亿元', '250亿港元'])
  })

  test('an amount in the same currency, or after a percentage, is a figure of its own', () => {
    const text = '去年营收为60亿元，约20亿元来自海外。出口增长5%（约合90亿美元）。'
    const claims = extractClaims({text, region: 'CN', date: '2022-12-28'})
    expect(claims.map((c) => c.text)).toEqual(['60亿元', '约20亿元', '5%', '约合90亿美元'])
  })
})
