import {describe, expect, test} from 'vitest'
import {findQuantities} from '@jiaodui/zh-number'

// Invented sentences for the kinds read on set fresh10 of bench/eval-numbers (新闻联播 and 眾新聞, scored held out,
// 2026-12-08): a month listed before the month that carries 月, the factors of a product naming an event, 顶 as a
// classifier.
const texts = (text: string) => findQuantities(text).map((q) => text.slice(q.start, q.end))

describe('months listed, products, tents', () => {
  test('10和11月 is two months, no count of ten', () => {
    expect(texts('假设10和11月的平均值约为5.1%。')).toEqual(['11月', '约为5.1%'])
    expect(texts('1、2月出口增长6%。')).toEqual(['2月', '6%'])
  })

  test('a month span keeps its reading, and a count before 和 another count stays one', () => {
    expect(texts('1至3月增长5%。')).toEqual(['3月', '5%'])
    expect(texts('共有10和12个项目。')).toContain('12个')
  })

  test('4×100米接力 names an event: its factors count nothing', () => {
    expect(texts('甲队在4×100米接力中以40秒夺冠，3x3篮球赛有8支队伍。')).not.toContain('4')
    expect(texts('3x3篮球赛有8支队伍。')).toContain('8支')
    expect(texts('3x3篮球赛有8支队伍。')).not.toContain('3')
  })

  test('顶 counts tents', () => {
    expect(texts('调配帐篷4500顶、折叠床9600张。')).toEqual(['4500顶', '9600张'])
  })

  test('2019／20年度 with a full-width slash is a fiscal year, no fraction', () => {
    const [year] = findQuantities('基金提交2019／20年度財務報告。')
    expect(year?.kind).toBe('year')
  })

  test('劑 counts doses (set fresh11)', () => {
    expect(texts('流感疫苗半個月打了300.5萬劑，幼兒約3萬劑。')).toEqual(['半個月', '300.5萬劑', '約3萬劑'])
  })

  test('角 after one Arabic digit is a dime (set fresh12), not part of a word', () => {
    const [dime] = findQuantities('汽油每公升漲3角，柴油漲2角。')
    expect(dime?.kind).toBe('money')
    expect(dime?.value).toBeCloseTo(0.3)
    expect(texts('汽油每公升漲3角，柴油漲2角。')).toEqual(['3角', '2角'])
    expect(findQuantities('畫一個3角形。').some((q) => q.kind === 'money')).toBe(false)
  })

  test('an octane grade before 無鉛 names a fuel (set fresh12)', () => {
    expect(texts('95無鉛汽油每公升24.5元，98無鉛為26.5元。')).toEqual(['24.5元', '26.5元'])
  })

  test('a recent year of the Republic before 底/初 or in a span of two is a year (set fresh11), a length stays one', () => {
    expect(findQuantities('107年至108年底戶數均有增加。').map((q) => q.date)).toEqual(['2018', '2019'])
    expect(findQuantities('109年初啟用新館。')[0]?.date).toBe('2020')
    expect(findQuantities('公司成立100年来首次亏损。')[0]?.kind).toBe('duration')
  })
})
