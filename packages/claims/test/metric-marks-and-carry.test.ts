import {describe, expect, it, test} from 'vitest'
import {extractClaims} from '../src/index.js'
import {find} from './find-claim.js'

// A round mark a figure passes (`突破万亿大关`, `站上3000点关口`) is not what the figure counts: its
// metric is the thing that passed it. Sentences written for this test.

const metricOf = (text: string, numeral: string) => extractClaims({text, date: '2018-06-30'}).find((claim) => claim.text.includes(numeral))?.metric

describe('a threshold word after a number', () => {
  it('is never the metric: the subject or the figure before it is', () => {
    expect(metricOf('全市商品房成交额今年首次突破千亿大关。', '千亿')?.id).toBe('商品房成交额')
    expect(metricOf('截至6月底，全省上市公司市值共计1.2万亿元，继续突破万亿大关。', '突破万亿')?.id).toBe('上市公司市值')
    expect(metricOf('截至6月底，全省上市公司市值共计1.2万亿元，继续突破万亿大关。', '突破万亿')?.via).toBe('inherited')
    expect(metricOf('本港出口货值去年站上5000亿元关口。', '5000亿元')?.id).not.toMatch(/关口/)
  })

  it('leaves things counted with a classifier alone (关口 are also checkpoints)', () => {
    expect(metricOf('今年全省共设立5个关口，查验车辆12万辆。', '5个')?.id).toBe('关口')
  })
})

describe('a metric carried over to a later figure', () => {
  it('is not carried past a clause about a person without a figure of its own', () => {
    const text = '这位歌手嫁给身价千亿的某公司老板，昨天却传出她曾和一名富商来往，收下超过2亿元的珠宝。'
    expect(metricOf(text, '千亿')?.id).toBe('身价')
    expect(metricOf(text, '2亿元')?.id).not.toBe('身价')
  })

  it('is carried past a clause of manner or time (the same figure goes on)', () => {
    expect(metricOf('初步核算，全年地区生产总值8200亿元，按不变价格计算，比上年增长6.1%。', '6.1%')?.id).toBe('地区生产总值')
    expect(metricOf('全市财政收入1200亿元，比上年增长6%。', '6%')?.via).toBe('inherited')
  })
})

describe('counts zh-number reads anew', () => {
  test('a count of 席 counts seats, whatever noun follows it', () => {
    const claims = extractClaims({text: '民主派在本届选举中保住4席得票增加，另一阵营占据3席。', region: 'HK', date: '2021-12-20'})
    expect(find(claims, '4席').metric.id).toBe('席')
    expect(find(claims, '3席').metric.id).toBe('席')
  })

  test('a period named relative to another is when a figure is, not what it counts', () => {
    const text = '本年度迄今，全省小麦收购量累计为3,083万吨，上一年度同期为3,589万吨。'
    const claims = extractClaims({text, date: '2024-05-01'})
    expect(find(claims, '3,083万吨').metric.id).toBe('小麦收购量')
    expect(find(claims, '3,589万吨').metric.id).toBe('小麦收购量')
  })
})
