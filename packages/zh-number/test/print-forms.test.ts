import {describe, expect, test} from 'vitest'
import {findQuantities} from '@jiaodui/zh-number'

// Invented sentences in forms met in unlabelled real news (issue 18: `jiaodui numbers` precision
// and recall on every numeral of an article, not only on labelled claims).
const read = (text: string) => findQuantities(text).map((q) => [q.kind, text.slice(q.start, q.end), q.value])

describe('print forms of numbers', () => {
  test('a full-width comma between ASCII digits groups thousands where a list cannot be meant', () => {
    expect(read('指数收报12，345.67点。')).toEqual([['count', '12，345.67点', 12345.67]])
    expect(read('全年共接待3，050人次。')).toEqual([['count', '3，050人次', 3050]])
    // A list of three-digit values stays a list.
    expect(read('队员得分为98，100，102分。').map(([, , value]) => value)).toEqual([98, 100, 102])
  })

  test('pct after a number is percentage points; bp basis points', () => {
    expect(read('毛利率同比提升1.5pct。')).toEqual([['percentage-point', '1.5pct', 1.5]])
    expect(read('央行下调利率25bp。').map(([kind, text]) => [kind, text])).toEqual([['count', '25bp']])
  })
})

describe('numbers that name a period or a place on the page', () => {
  test('a quarter or a half of a year is a period, not a count or a duration; consecutive quarters are a duration', () => {
    expect(read('公司四季度营收增长，前三季度利润下降。')).toEqual([])
    expect(read('预计第一季度回升，上半年持平。')).toEqual([])
    expect(read('利润连续三季度增长，历时三个季度。').map(([kind, text]) => [kind, text])).toEqual([['duration', '三季度'], ['duration', '三个季度']])
  })
  test('a year after a comparison is a year; a round number of years of history stays a length', () => {
    expect(read('今年机会大于2017年。').map(([kind, text]) => [kind, text])).toEqual([['year', '2017年']])
    expect(read('这座城有超过2000年的历史。').map(([kind, text]) => [kind, text])).toEqual([['duration', '超过2000年']])
  })
  test('table and figure numbers, six-digit share codes and item numbers are not counts', () => {
    expect(read('详见表1和图2。')).toEqual([])
    expect(read('新进600123某某股份4.5%，(000321)为混合型基金。').map(([kind, text]) => [kind, text])).toEqual([['percent', '4.5%']])
    expect(read('结论是：1)估值不高；2)仍有空间。')).toEqual([])
    // A six-digit count standing alone stays a count.
    expect(read('点击数为123456，创新高。').map(([, , value]) => value)).toEqual([123456])
  })
  test('一 + classifier as an article is not a count; as a number it is', () => {
    expect(read('另一张照片显示，这是一个好办法，成为一种新选择。')).toEqual([])
    expect(read('新一轮改革启动，一人一句。')).toEqual([])
    expect(read('事故造成一人死亡，仅一家企业受损。').map(([, text]) => text)).toEqual(['一人', '一家'])
    expect(read('剩下一个名额，数据每小时更新一次。').map(([, text]) => text)).toEqual(['一个', '一次'])
    expect(read('又一轮调整开始，作为一家老店，这样一只基金像一座山。')).toEqual([])
    expect(read('又有一人受伤。').map(([, text]) => text)).toEqual(['一人'])
  })
})

describe('codes, prize numbers, bullets and demonstratives', () => {
  test('share and fund codes after an exchange prefix or a label, or before an exchange suffix', () => {
    expect(read('某公司（SZ.002345）公告，基金代码：150123，另见（300123.SZ）。')).toEqual([])
  })
  test('a prize number quoted or after a colon is not a count; a quoted amount with its unit is', () => {
    expect(read('特別獎獎號：「12345678」，頭獎「87654321」。')).toEqual([])
    expect(read('獎金為「1000萬元」。').map(([kind]) => kind)).toEqual(['money'])
  })
  test('an item number after a bullet is an item number; a table in a ranking (分榜2) a reference', () => {
    expect(read('*1. 學生會回應\n*2. 校方回應\n（見分榜2）')).toEqual([])
  })
  test('这/那 + 一 + any unit is a demonstrative; 有一天 and 再一次 are set phrases', () => {
    expect(read('在这一年里，那一天终有一天会来，再一次说明。')).toEqual([])
    expect(read('用了一年时间。').map(([kind, text]) => [kind, text])).toEqual([['duration', '一年']])
  })
})

describe('points of an argument and short years', () => {
  test('第二， at the start of a paragraph is a point of an argument; 排名第二， a rank', () => {
    expect(read('\n　　第二，成本在下降。')).toEqual([])
    expect(read('该校排名第二，仅次于某校。').map(([kind, text]) => [kind, text])).toEqual([['ordinal', '第二']])
  })
  test('a two-digit year with a leading zero is a year, not a number of years', () => {
    expect(findQuantities('他在08年入行。').map((q) => [q.kind, q.date])).toEqual([['year', '2008']])
  })
})

describe('hours read from their neighbours', () => {
  test('N点 before a word of schedule, or ending a range of hours, is an hour; after a change of points it is points', () => {
    expect(findQuantities('交易所15点前未撤单的委托作废。').map((q) => [q.kind, q.time])).toEqual([['time', '15:00']])
    expect(findQuantities('从14点30分到16点暂停。').map((q) => [q.kind, q.time])).toEqual([['time', '14:30'], ['time', '16:00']])
    expect(read('指数跌15点后反弹，收报3000点。').map(([kind, text]) => [kind, text])).toEqual([['count', '15点'], ['count', '3000点']])
  })
})

describe('years of the Republic of China calendar', () => {
  test('N年 after 民國, or before a month or 度, is the year 1911 + N; a bare length of years stays a length', () => {
    expect(findQuantities('民國105年通過新法。').map((q) => [q.kind, q.date])).toEqual([['year', '2016']])
    expect(findQuantities('預計108年3月完工。').map((q) => [q.kind, q.date])).toEqual([['date', '2019-03']])
    expect(findQuantities('107年度預算增加。').map((q) => [q.kind, q.date])).toEqual([['year', '2018']])
    expect(read('這家老店已有105年歷史。').map(([kind, text]) => [kind, text])).toEqual([['duration', '105年']])
  })
})

describe('lists of years', () => {
  test('the first years of a list that shares one 年 are years; a list of counts stays counts', () => {
    expect(findQuantities('公司2014、2015年连续亏损。').map((q) => [q.kind, q.date])).toEqual([['year', '2014'], ['year', '2015']])
    expect(read('两校分别有2014、2015人报名。').map(([kind]) => kind)).toEqual(['count', 'count'])
  })
})

describe('names with numbers of market reports', () => {
  test('a moving average named by its days, a newspaper and a search engine are names', () => {
    expect(read('股价跌破20日均线，站上60均線。')).toEqual([])
    expect(read('据《第一财经日报》和百度百科的资料。')).toEqual([])
  })
})

describe('dates whose words are spaced off from their digits', () => {
  const dates = (text: string) => findQuantities(text).map((q) => [q.kind, text.slice(q.start, q.end), q.date])

  test('a year, month and day written with spaces around the digits read as without them', () => {
    expect(dates('報名期為 5 月 12 日至 5 月 30 日。')).toEqual([
      ['date', '5 月 12 日', '--05-12'],
      ['date', '5 月 30 日', '--05-30']
    ])
    expect(dates('新館預計 2026 年 3 月 1 日開放。')).toEqual([['date', '2026 年 3 月 1 日', '2026-03-01']])
    expect(dates('工程要到 2027 年底才完成。')).toEqual([['year', '2027 年', '2027']])
    expect(dates('會議於 9 月舉行。')).toEqual([['date', '9 月', '--09']])
    expect(dates('於2019年4月8 日提出申請。')).toEqual([['date', '2019年4月8 日', '2019-04-08']])
  })

  test('spaced counts keep their units, and a spaced number is no date unless it can be one', () => {
    expect(read('全校共有 18 人參賽，歷時 2 年。')).toEqual([
      ['count', '18 人', 18],
      ['duration', '2 年', 2]
    ])
    expect(read('車費 13 日元。')).toEqual([['money', '13 日元', 13]])
    expect(dates('共 13 月').filter(([kind]) => kind === 'date')).toEqual([])
    // Chinese numerals are never spaced off: `三 月` is not March here.
    expect(dates('分 三 月 付清')).not.toContainEqual(['date', '三 月', '--03'])
  })
})

describe('points of an argument after a clause break, and copyright years', () => {
  test('第一、… 第二，… 第三点、… after a colon, semicolon or full stop are points, not ranks', () => {
    expect(read('原因有三：第一、成本低；第二，见效快；第三点、风险小。').filter(([kind]) => kind === 'ordinal')).toEqual([])
    expect(read('他在比赛中排名第一，获得奖金5000元。')).toEqual([
      ['ordinal', '第一', 1],
      ['money', '5000元', 5000]
    ])
  })

  test('a year after © or Copyright is a year, not a count', () => {
    expect(findQuantities('Copyright © 2018 某某新闻网').map((q) => [q.kind, q.date])).toEqual([['year', '2018']])
    expect(findQuantities('版权所有(c)2019').map((q) => [q.kind, q.value])).toEqual([['year', 2019]])
    expect(findQuantities('© 1998 - 2012 某某公司').map((q) => [q.kind, q.date])).toEqual([
      ['year', '1998'],
      ['year', '2012']
    ])
    expect(read('共有2017人参加')).toEqual([['count', '2017人', 2017]])
  })
})

describe('halves and fractions written with 份', () => {
  test('一半 is a half, as 二分之一; 两半 and a length after 一半 are left as they were', () => {
    expect(read('其中約一半在場外等候。')).toEqual([['fraction', '約一半', 0.5]])
    expect(read('成本减少了一半。')).toEqual([['fraction', '一半', 0.5]])
    expect(read('一个大西瓜切两半')).toEqual([
      ['count', '一个', 1],
      ['count', '两半', 2]
    ])
  })

  test('三份之一 is a third, as 三分之一; 三份 alone is three portions', () => {
    expect(read('可獲得三份之一補貼。')).toEqual([['fraction', '三份之一', 1 / 3]])
    expect(read('他做三份工作。')).toEqual([['count', '三份', 3]])
  })
})
