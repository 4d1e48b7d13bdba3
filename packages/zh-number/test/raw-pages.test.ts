import {describe, expect, test} from 'vitest'
import {findQuantities} from '@jiaodui/zh-number'

// Invented sentences for the kinds of set m of bench/eval-numbers (saved whole pages of news sites:
// lists of links whose titles start with a number, menus, phone lines, headlines run together).
const texts = (text: string) => findQuantities(text).map((q) => text.slice(q.start, q.end))
const readings = (text: string) => findQuantities(text).map((q) => [q.kind, text.slice(q.start, q.end), q.date ?? q.time ?? q.value])

describe('a numbered list of links whose titles start with a number', () => {
  test('a rank glued to a title that opens with a date or a number goes on with the list', () => {
    // `5日…` reads as a date and `36家…` as 36 after the ranks 1–4: still the ranks 5 and 3.
    expect(texts('热点\n1城东公园改造完工\n2夜市延长营业\n3老街换新路灯\n4图书馆新馆开放\n5日起地铁加开班次\n6河道清淤')).toEqual([])
    expect(texts('排行\n1市民热议新规\n2城西菜场重开\n36家书店联合办展\n4大桥夜间封闭\n5公交线路调整')).toEqual([])
    // A list whose first title opens with 日 (`1日韩航线…`) and goes on clean.
    expect(texts('要闻\n1日韩航线恢复\n2港口扩建\n3机场新航站楼\n4高铁提速')).toEqual([])
  })
  test('dates and amounts opening lines stay what they are', () => {
    expect(readings('安排\n1日开工\n2日验收\n3日交付').map((r) => r[0])).toEqual(['date', 'date', 'date'])
    expect(texts('年会\n1\n2019年会议纪要\n2\n第五届论坛\n3\n2018年总结')).toEqual(['2019年', '第五届', '2018年'])
    expect(texts('今天\n3人受伤\n5人送医')).toEqual(['3人', '5人'])
  })
})

describe('words for parts that open with 零', () => {
  test('零件, 零部件, 零組件 are parts, not none of them', () => {
    expect(texts('工厂生产汽车零部件和电子零件。')).toEqual([])
    expect(texts('車用零組件出口成長12%。')).toEqual(['12%'])
  })
  test('a zero before a classifier is still zero', () => {
    expect(texts('本周零宗新增个案。')).toEqual(['零宗'])
  })
})

describe('a figure that ends in a magnitude, a space, then the next words', () => {
  test('a headline runs a figure into the count that opens the next phrase', () => {
    expect(texts('修路费用可达18億 4家公司承包')).toEqual(['18億', '4家'])
    expect(texts('獎金高達2.5億 9:30開賣')).toEqual(['高達2.5億', '9:30'])
  })
  test('a figure with a smaller magnitude of its own after the space is one figure', () => {
    expect(readings('共2億 3000萬元')).toEqual([['money', '2億 3000萬元', 230000000]])
  })
})

describe('clock times written with a one-digit hour', () => {
  test('minutes with a leading zero, or a range to another time, make a clock', () => {
    expect(readings('門市週一至週五 9:00~17:30 營業')).toEqual([['time', '9:00', '09:00'], ['time', '17:30', '17:30']])
    expect(readings('片長0:00 / 3:05')).toEqual([['time', '0:00', '00:00'], ['time', '3:05', '03:05']])
    expect(readings('上午8:30-11:45開放').map((r) => r[0])).toEqual(['time', 'time'])
  })
  test('a score or a ratio stays one', () => {
    expect(texts('主队以3:1获胜')).toEqual([])
    expect(readings('男女比例为1:1.2').map((r) => r[0])).toEqual(['ratio'])
  })
})

describe('the day of an event written with a middle dot', () => {
  test('`“8·15”大火`, `3·21事故`: the month and day name the event', () => {
    expect(texts('调查组公布“8·15”大火的12名遇难者')).toEqual(['12名'])
    expect(texts('3·21事故后，全市排查了40家工厂')).toEqual(['40家'])
  })
  test('a dot between numbers without an event word is not taken', () => {
    expect(texts('一共有4·25人')).toEqual(['4', '25人'])
  })
})

describe('phone numbers as Hong Kong pages print them', () => {
  test('two groups of four after a colon, a slash or a line start', () => {
    expect(texts('查詢熱線：\n3456 7890\n廣告部 : 2345 6789（日報）/ 2345 6790（周刊）')).toEqual([])
  })
  test('the extensions of a phone line', () => {
    expect(texts('客服專線：(02) 2345-6789 #1234 #5678\n')).toEqual([])
  })
  test('amounts side by side in a sentence stay amounts', () => {
    expect(texts('去年收入3456 7890人')).toEqual(['3456', '7890人'])
    expect(texts('表\n2012 2013')).toEqual(['2012', '2013'])
  })
})

describe('counters, codes and sizes of saved pages', () => {
  test('a response counter in brackets is a count', () => {
    expect(readings('发表看法 我要评论(0)')).toEqual([['count', '0', 0]])
    expect(texts('网友留言（15）')).toEqual(['15'])
  })
  test('an item number in brackets stays a label', () => {
    expect(texts('理由如下：(1)价格高，(2)路程远')).toEqual([])
  })
  test('a bare number alone in lenticular brackets is a code or a label', () => {
    expect(texts('【2388】中銀香港獲評級上調')).toEqual([])
    expect(texts('共【12】家公司')).toEqual(['12'])
  })
  test('a second size after a slash in the unit of the first', () => {
    expect(texts('平板（6GB/128GB）開賣')).toEqual(['6GB', '128GB'])
    expect(texts('網址 /news/2021/305.htm')).toEqual([])
  })
})

describe('scores named by the result after them or the word before', () => {
  test('反勝, 大破, 大炒, 踢成', () => {
    expect(texts('客隊3:2反勝主隊')).toEqual([])
    expect(texts('兩隊上半場踢成0:0')).toEqual(['兩隊'])
    expect(texts('東隊4:0大炒西隊')).toEqual([])
  })
  test('a ratio in prose stays a ratio', () => {
    expect(readings('男女比例为3:2').map((r) => r[0])).toEqual(['ratio'])
  })
})

describe('a Chinese numeral with a large magnitude glued to its noun', () => {
  test('a digit with 千, 万 or 亿 counts the noun after it', () => {
    expect(readings('工会组织了三千工人参加')).toEqual([['count', '三千', 3000]])
    expect(readings('投入八千万资金修路')).toEqual([['count', '八千万', 80000000]])
    expect(texts('这家公司两万亿资产')).toEqual(['两万亿'])
  })
  test('idioms and names on small numerals stay words', () => {
    expect(texts('此事十万火急')).toEqual([])
    expect(texts('说法差了十万八千里')).toEqual([])
    expect(texts('他读完了一千零一夜')).toEqual([])
    expect(texts('十九大代表')).toEqual([])
  })
})

describe('a round number before a threshold word', () => {
  test('`突破一千大關至…`: the threshold is left to the figure after it', () => {
    expect(texts('累計突破一千大關至1050宗')).toEqual(['1050宗'])
  })
})
