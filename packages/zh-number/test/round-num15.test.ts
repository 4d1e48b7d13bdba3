import {describe, expect, test} from 'vitest'
import {findQuantities} from '@jiaodui/zh-number'

// Invented sentences for the kinds of the round on the wrong mentions of set fresh2 (and fresh's
// `2、3天`) of bench/eval-numbers (branch num15).
const texts = (text: string) => findQuantities(text).map((q) => text.slice(q.start, q.end))
const values = (text: string) => findQuantities(text).map((q) => [text.slice(q.start, q.end), q.value ?? [q.lo, q.hi]])

describe('Hong Kong tenths written in Arabic digits, `3成4`', () => {
  test('one quantity with its tenth: 34 %, with 約/近/逾, traditional and simplified', () => {
    expect(values('調查發現有3成4受訪者不滿')).toEqual([['3成4', 34]])
    expect(values('约7成8市民支持')).toEqual([['约7成8', 78]])
    expect(values('近1成7個案要等候')).toEqual([['近1成7', 17]])
    expect(values('逾2成3的商户，表示生意下跌')).toEqual([['逾2成3', 23]])
  })
  test('a range whose lower end has a tenth: `3成4至4成` is 34 % to 40 %', () => {
    expect(values('當中約3成4至4成要等候')).toEqual([['約3成4至4成', [34, 40]]])
    expect(values('比例由三成五至四成五不等')).toEqual([['三成五至四成五', [35, 45]]])
  })
  test('guards: `3成` alone, Chinese `三成五`, a count after the tenths, a longer figure, 成 in words', () => {
    expect(values('只有3成同意')).toEqual([['3成', 30]])
    expect(values('三成五的人反對')).toEqual([['三成五', 35]])
    expect(values('佔3成，4人棄權')).toEqual([['3成', 30], ['4人', 4]])
    expect(texts('3成4人')).toEqual(['3成', '4人'])
    expect(texts('3成4月份')).toEqual(['3成', '4月份'])
    expect(texts('減3成4,500元')).toEqual(['3成', '4,500元'])
    expect(texts('约3成45岁以下')).toEqual(['约3成', '45岁以下'])
    expect(texts('成交3宗，成为4年来最多')).toEqual(['3宗', '4年来'])
  })
})

describe('a list of ordinals after `第N、`', () => {
  const kinds = (text: string) => findQuantities(text).map((q) => [text.slice(q.start, q.end), q.kind])
  test('every number listed after `第N、` is an ordinal, not a count', () => {
    expect(kinds('衞生署指第12、305、417及2210宗個案已出院')).toEqual([
      ['第12', 'ordinal'], ['305', 'ordinal'], ['417', 'ordinal'], ['2210宗', 'ordinal']
    ])
    expect(kinds('三人在比賽中分別取得第一、二、三名')).toEqual([
      ['三人', 'count'], ['第一', 'ordinal'], ['二', 'ordinal'], ['三名', 'ordinal']
    ])
    expect(kinds('两人分别排在第4和5位')).toEqual([['两人', 'count'], ['第4', 'ordinal'], ['5位', 'ordinal']])
  })
  test('guards: a count after the list, a point of an argument, an ordinal with its own unit', () => {
    expect(kinds('排名第5、有3人落選')).toEqual([['第5', 'ordinal'], ['3人', 'count']])
    expect(kinds('以下三点：第一、要做好防疫')).toEqual([['三点', 'count']])
    expect(kinds('局方發布第19、20號公告')).toEqual([['第19', 'ordinal'], ['20號', 'ordinal']])
    expect(kinds('他排第3名，共5人參賽')).toEqual([['第3名', 'ordinal'], ['5人', 'count']])
  })
  test('a long list is read in one pass', () => {
    const line = '個案為第1' + '、2'.repeat(20000) + '宗'
    const found = findQuantities(line)
    expect(found.length).toBe(20001)
    expect(found.every((q) => q.kind === 'ordinal')).toBe(true)
  })
})

describe('the months just before, `上兩個月`', () => {
  test('上 opening a clause or after a word of comparison: a period, not a duration', () => {
    expect(texts('零售額按年跌3%，較上兩個月合計為少')).toEqual(['3%'])
    expect(texts('出口与上三个月比较增长1.5%')).toEqual(['1.5%'])
    expect(texts('上4個月，當局共收到投訴')).toEqual([])
  })
  test('guards: 上 ending a verb, 以上, the past N months (a duration in the sets)', () => {
    expect(texts('他花上兩個月準備考試')).toEqual(['兩個月'])
    expect(texts('工程要等上三个月')).toEqual(['三个月'])
    expect(texts('以上三个月的数据')).toEqual(['三个月'])
    expect(texts('過去11個月的數據')).toEqual(['11個月'])
  })
})

describe('two neighbouring digits before a duration or 成, `2、3天`', () => {
  const ranges = (text: string) => findQuantities(text).map((q) => [text.slice(q.start, q.end), q.kind, q.lo, q.hi])
  test('"two or three": one range, not 2 and then 3 days', () => {
    expect(ranges('她每周只能做2、3天散工')).toEqual([['2、3天', 'range', 2, 3]])
    expect(ranges('他們交往4、5個月後分手')).toEqual([['4、5個月', 'range', 4, 5]])
    expect(ranges('价格比去年高了差不多3、4成')).toEqual([['3、4成', 'range', 30, 40]])
  })
  test('guards: a list of hours, months, innings, rooms; two digits not next to each other; counts', () => {
    expect(texts('晚上5、6点收工')).toEqual(['5', '6点'])
    expect(texts('持续到4、5月')).toEqual(['5月'])
    expect(texts('等了2、5天')).toEqual(['2', '5天'])
    expect(texts('他有3、4人陪同')).toEqual(['3', '4人'])
    expect(texts('最快2、3000元')).toEqual(['2、3000元'])
  })
})

describe('an ISO 8601 timestamp, `2020-04-27T09:58:23+08:00`', () => {
  const kinds = (text: string) => findQuantities(text).map((q) => [text.slice(q.start, q.end), q.kind])
  test('one date with its time and zone, no count, no ratio', () => {
    expect(kinds('更新 2021-03-05T14:20:07+08:00\n出口跌5%')).toEqual([['2021-03-05T14:20:07+08:00', 'date'], ['5%', 'percent']])
    expect(kinds('stamp 2019-11-02T08:15Z')).toEqual([['2019-11-02T08:15Z', 'date']])
  })
  test('guards: a date and a time apart, a date glued to other letters', () => {
    expect(kinds('2019-11-02 08:15:30')).toEqual([['2019-11-02', 'date'], ['08:15:30', 'time']])
    expect(kinds('共3人，2019-11-02')).toEqual([['3人', 'count'], ['2019-11-02', 'date']])
  })
})

describe('a column unit alone between brackets, `(亿元)`', () => {
  test('a table header names the unit of the column: no amount of one 亿', () => {
    expect(texts('新增贷款 (亿元)\n住户 12,300')).toEqual(['12,300'])
    expect(texts('各項存款（萬元）')).toEqual([])
  })
  test('guards: a bare magnitude as an amount elsewhere', () => {
    expect(texts('月入萬元有找')).toEqual(['萬元'])
    expect(texts('(约万元)')).toEqual(['约万元'])
  })
})

describe('a span of days that closes in the next month, `3月30至4月9日`', () => {
  const kinds = (text: string) => findQuantities(text).map((q) => [text.slice(q.start, q.end), q.kind])
  test('the first day without 日 is a day of its month, not a count', () => {
    expect(kinds('調查於5月28至6月3日進行')).toEqual([['5月28', 'date'], ['6月3日', 'date']])
    expect(kinds('活动12月29到1月2日举行')).toEqual([['12月29', 'date'], ['1月2日', 'date']])
  })
  test('guards: a month and a count, a span of months', () => {
    expect(kinds('5月28人至6月3日')).toEqual([['5月', 'date'], ['28人', 'count'], ['6月3日', 'date']])
    expect(kinds('3月，30至40人')).toEqual([['3月', 'date'], ['30至40人', 'range']])
  })
})
