import {describe, expect, test} from 'vitest'
import {findQuantities} from '@jiaodui/zh-number'

// Invented sentences for the kinds of set i of bench/eval-numbers (codes, cases, event dates, results lines, streaks, totals).
const readings = (text: string) => findQuantities(text).map((q) => [q.kind, text.slice(q.start, q.end), q.date ?? q.value])

describe('numbers that refer rather than measure', () => {
  test('a share code joined to its market by a hyphen is a code', () => {
    expect(readings('招商银行(600036-CN)(03968-HK)H股报38.5元。')).toEqual([['money', '38.5元', 38.5]])
    expect(readings('聯發科(2454-TW)收漲2%。')).toEqual([['percent', '2%', 2]])
    // A hyphen between two counts is still a range.
    expect(readings('每班收30-40人。').map((r) => r[0])).toEqual(['range'])
  })
  test('a case numbered within its year, and the run of cases after a court code, are names', () => {
    expect(readings('（案件編號：HCCC 512/2019、88/2021）')).toEqual([])
    expect(readings('案件編號ESCC1201-1203，共3名被告。')).toEqual([['count', '3名', 3]])
    // A fraction over a small number stays a fraction.
    expect(readings('只有3/8的學生合格。')).toEqual([['fraction', '3/8', 3 / 8]])
  })
  test('a month and a day written as one number before a word of the event name the event', () => {
    expect(readings('她在8.31當晚身在旺角，9.28集會也有到場。')).toEqual([])
    expect(readings('【512地震事件】記者重訪災區')).toEqual([])
    // Without such a word the number is an amount.
    expect(readings('股價收報8.31元，全日升0.5。')).toEqual([['money', '8.31元', 8.31], ['count', '0.5', 0.5]])
  })
  test('the scores of a results line are not ratios; a lone ratio is', () => {
    expect(readings('獅隊 3:5 象隊  猿隊 7:2 熊隊')).toEqual([])
    // The stamps of a live report stay times.
    expect(readings('[09:15] 獅隊先馳得點 [09:48] 象隊追平').map((r) => r[0])).toEqual(['time', 'time'])
    expect(readings('男女比例為 3:2，與去年相同。')).toEqual([['ratio', '3:2', 1.5]])
  })
})

describe('a number in brackets', () => {
  test('beside a figure it is a figure too (a total, last year\'s figure); opening a line or a clause it is a label', () => {
    expect(readings('甲組 12（18）\n乙組 7 (9)').map((r) => r[2])).toEqual([12, 18, 7, 9])
    expect(readings('（1）申請人須年滿18歲。').map((r) => r[1])).toEqual(['18歲'])
    expect(readings('理由如下：(2)資金不足。')).toEqual([])
  })
})

describe('a bare Chinese numeral glued to what it counts', () => {
  test('a streak is a count, as its Arabic form is; 一连 and 二连浩特 are words', () => {
    expect(readings('恒指录得八连升，创下三連勝。').map((r) => [r[0], r[2]])).toEqual([['count', 8], ['count', 3]])
    expect(readings('指数收出5连阳。').map((r) => r[2])).toEqual([5])
    expect(readings('他一连串发问，一连三天没睡，去了二连浩特。').map((r) => r[1])).toEqual(['三天'])
  })
  test('零 before an outcome is none of it; 零售 and 零星 are words', () => {
    expect(readings('去年经济零增长，本地零確診。').map((r) => [r[0], r[2]])).toEqual([['count', 0], ['count', 0]])
    expect(readings('零售商只有零星生意。')).toEqual([])
  })
})

describe('two numbers joined by 、 before one magnitude', () => {
  test('a digit before a round neighbour shares its magnitude: two or three thousand', () => {
    // (The low end is read as a rounded figure, as in `3至5万`: 2 000 to the nearest thousand.)
    expect(findQuantities('每月約有2、3000元收入。').map((q) => [q.kind, q.text, q.low! <= 2000 && q.low! > 1000, q.high])).toEqual([['range', '約有2、3000元', true, 3000]])
    expect(findQuantities('每人捐了5、6萬元。').map((q) => [q.kind, q.text, q.high])).toEqual([['range', '5、6萬元', 65000]])
  })
  test('without a magnitude they stay a list', () => {
    // (`兩子`, two sons, is read as a count since two glued to children counts them.)
    expect(readings('每組3、4人，兩子16、17歲，捐了3、40元。').map((r) => r[1])).toEqual(['3', '4人', '兩', '16', '17歲', '3', '40元'])
  })
})

describe('a bare magnitude of money', () => {
  test('before 餘元 or 多元 it is more than one of it', () => {
    expect(readings('每月僅靠萬餘元過活。').map((r) => [r[0], r[1]])).toEqual([['money', '萬餘元']])
  })
  test('in a shop\'s offer, 滿萬送千, both are amounts', () => {
    expect(readings('家電滿萬送千，滿千減百。').map((r) => r[2])).toEqual([10000, 1000, 1000, 100])
    // 萬一 and 千萬 are words, not offers.
    expect(readings('萬一下雨，千萬別去。')).toEqual([])
  })
})

describe('a dash between two dates', () => {
  test('joins them; it is not the minus of the second', () => {
    const kinds = (text: string) => findQuantities(text).map((q) => [q.kind, q.value !== null && q.value < 0])
    expect(kinds('活動期間為2019年11月30日-2020年1月5日。').some(([, negative]) => negative)).toBe(false)
    expect(kinds('他任職2015年3月－2018年9月。').some(([, negative]) => negative)).toBe(false)
    // A minus after a word of change stays one.
    expect(findQuantities('利润增长-3.5%。').map((q) => q.value)).toEqual([-3.5])
  })
})

describe('the circle ○ written for zero', () => {
  test('inside a numeral it is zero; alone or opening one it is a mark', () => {
    expect(readings('他於二○一六年當選，任期至二○二○年。').map((r) => r[0])).toEqual(['year', 'year'])
    expect(readings('第一百○五期')).toEqual([['ordinal', '第一百○五期', 105]])
    expect(readings('林○○表示，○○國小有學生○人。')).toEqual([])
  })
})

describe('Cantonese hours', () => {
  test('個鐘 after a number is hours', () => {
    expect(findQuantities('排隊要4個鐘，見面一至兩個鐘。').map((q) => [q.kind, q.text, q.unit, q.low, q.high])).toEqual([
      ['duration', '4個鐘', '小时', 4, 4],
      ['range', '一至兩個鐘', '小时', 1, 2]
    ])
  })
})

describe('a range of Chinese numerals with 至', () => {
  test('is read as one range, as with 到 or with digits', () => {
    expect(findQuantities('刑期三至五年，每天二至三小時。').map((q) => [q.kind, q.text, q.low, q.high])).toEqual([
      ['range', '三至五年', 3, 5],
      ['range', '二至三小時', 2, 3]
    ])
  })
})

describe('military aircraft names', () => {
  test('歼-20 and 运-20B are names; a minus after other words stays one', () => {
    expect(readings('3架歼-20战机与运-20B运输机同行。')).toEqual([['count', '3架', 3]])
    expect(findQuantities('利润增长-20%，气温-5℃。').map((q) => q.value)).toEqual([-20, -5])
  })
})
