import {describe, expect, test} from 'vitest'
import {findQuantities} from '@jiaodui/zh-number'

// Invented sentences for the kinds of set k of bench/eval-numbers (a metric prefix after a
// magnitude, years heading a table, periods named relative to another, indicator windows).
const readings = (text: string) => findQuantities(text).map((q) => [q.kind, text.slice(q.start, q.end), q.date ?? q.value])
const units = (text: string) => findQuantities(text).map((q) => [q.value, q.unit])

describe('千 after 万 or 亿 opens a metric unit', () => {
  test('千瓦, 千克, 千米 after a magnitude: the value is the numeral before them', () => {
    expect(units('该省风电装机达到3.2亿千瓦。')).toEqual([[3.2e8, '千瓦']])
    expect(units('全年发电量突破12万亿千瓦时。')).toEqual([[1.2e13, '千瓦时']])
    expect(units('仓库存粮约4.5万千克，')).toEqual([[45000, '千克']])
    expect(units('铁路延伸了128万千米？')).toEqual([[1280000, '千米']])
  })
  test('千 inside a numeral is still a thousand', () => {
    expect(units('他捐了3万2千元。').map((r) => r[0])).toEqual([32000])
    expect(units('全村共有1万3千人。').map((r) => r[0])).toEqual([13000])
  })

  test('千 after digits, or opening the numeral, before 瓦, 克, 米… is the unit\'s prefix', () => {
    // 100 kWh is an energy: not 100 000 W with the hour dropped.
    expect(units('功率为5千瓦。')).toEqual([[5, '千瓦']])
    expect(units('全年用电100千瓦时。')).toEqual([[100, '千瓦时']])
    expect(units('每戶用電120千瓦時。')).toEqual([[120, '千瓦时']])
    expect(units('包裹重2.5千克。')).toEqual([[2.5, '千克']])
    // Per kilogram, per kilowatt-hour: a unit, no quantity.
    expect(units('猪肉每千克26元。')).toEqual([[26, 'CNY']])
    expect(units('每千瓦时电价下调。')).toEqual([])
    // A Chinese numeral before 千 keeps its thousand, as it does before people.
    expect(units('全村共有三千人。')).toEqual([[3000, '人']])
  })
})

describe('units of Hong Kong and Taiwan usage, commodities and engineering', () => {
  test('the unit is part of the quantity, named as the mainland names it', () => {
    expect(units('單位面積約500平方呎。')).toEqual([[500, '平方英尺']])
    // (A bare 元 is read as CNY here; the claims take the region's currency.)
    expect(units('每坪售價80萬元，總面積30坪。')).toEqual([[800000, 'CNY'], [30, '坪']])
    expect(units('大樓高101公尺，身高180公分。')).toEqual([[101, '米'], [180, '厘米']])
    expect(units('出口了20萬公噸，容量20公升。')).toEqual([[200000, '吨'], [20, '升']])
    expect(units('产量削减220万桶，金价每盎司2700美元。').map((r) => r[1])).toEqual(['桶', 'USD'])
    expect(units('裝機50吉瓦，嬰兒重8磅7安士。')).toEqual([[50, '吉瓦'], [8, '磅'], [7, '盎司']])
  })
})

describe('years heading a table', () => {
  test('a row of years over the columns, a column of years down the rows', () => {
    const heading = '| 地區 | 2019 | 2020 | 2021 |\n| --- | --- | --- | --- |\n| 北區 | 3120 | 3345 | 3518 |'
    expect(readings(heading).map((r) => r[0])).toEqual(['year', 'year', 'year', 'count', 'count', 'count'])
    const rows = '| 年份 | 人數 |\n| --- | --- |\n| 2008 | 15,200 |\n| 2004 | 13,950 |'
    expect(readings(rows).map((r) => [r[0], r[2]])).toEqual([['year', '2008'], ['count', 15200], ['year', '2004'], ['count', 13950]])
  })
  test('a lone number of that size in a table of counts stays a count', () => {
    const counts = '| 分區 | 人數 |\n| --- | --- |\n| 東區 | 2013 |\n| 西區 | 1987 |'
    expect(readings(counts).map((r) => r[0])).toEqual(['count', 'count'])
    expect(readings('| 2015 | 新書 | 42 |').map((r) => r[0])).toEqual(['count', 'count'])
  })
})

describe('an indicator named by its window', () => {
  test('moving averages and volatilities of a window are names', () => {
    expect(readings('恒指失守120天线，')).toEqual([])
    expect(readings('股价跌穿100天移动平均线。')).toEqual([])
    expect(readings('白银60天波动率升至高位。')).toEqual([])
  })
  test('lengths before other words stay lengths', () => {
    expect(readings('展览连续3天线上开放。').map((r) => r[1])).toEqual(['3天'])
    expect(readings('他们用了30天完成。').map((r) => r[1])).toEqual(['30天'])
    expect(readings('从4小时图上看，').map((r) => r[1])).toEqual(['4小时'])
  })
})

describe('seats, sectors and the word 百分比', () => {
  test('a Chinese numeral before 席 counts seats, as an Arabic one does', () => {
    expect(readings('反对派力保三席，本可再多取两席。')).toEqual([['count', '三席', 3], ['count', '两席', 2]])
    expect(readings('該黨在選區奪下一席。')).toEqual([['count', '一席', 1]])
    expect(readings('她在业界占有一席之地，一席话令人信服。')).toEqual([])
  })
  test('the sectors of an economy named by their ordinal are names', () => {
    expect(readings('第一产业和第三产业的比重')).toEqual([])
    expect(readings('他在比赛中排第三。').map((r) => r[1])).toEqual(['第三'])
  })
  test('百分比 is the word percentage', () => {
    expect(readings('创下最大百分比涨幅。')).toEqual([])
    expect(readings('涨幅达百分之五。').map((r) => r[2])).toEqual([5])
  })
})

describe('上一 and 前一 before a period name the previous one', () => {
  test('the previous year, term, week or day, compared with', () => {
    expect(readings('营收较上一年度增长两成。').map((r) => r[1])).toEqual(['两成'])
    expect(readings('票数与上一屆比較，')).toEqual([])
    expect(readings('申请人数为23万，前一周为21万。').map((r) => r[1])).toEqual(['23万', '21万'])
    expect(readings('此前一周的数据被上修。')).toEqual([])
  })
  test('a length after a verb or with a bound stays a length', () => {
    expect(readings('他提前一天抵达。').map((r) => r[1])).toEqual(['一天'])
    expect(readings('新规在上线前一周公布。').map((r) => r[1])).toEqual(['一周'])
    expect(readings('疫苗在接种后前一周内有效。').map((r) => r[1])).toEqual(['一周'])
  })
})

describe('a day that names an event names it everywhere in the text', () => {
  test('once a word of the event follows it, the bare number is the name', () => {
    const text = '815基金今日公布帳目。基金成立於815事件之後，815基金已資助三百人。'
    expect(readings(text).map((r) => r[1])).toEqual(['三百人'])
  })
  test('a number with a unit, or one the text never ties to an event, stays an amount', () => {
    expect(readings('815事件後，共有815人受助。').map((r) => r[1])).toEqual(['815人'])
    expect(readings('815基金今日公布帳目。').map((r) => r[1])).toEqual(['815'])
  })
})

describe('the stage of a knockout', () => {
  test('the players left name a round', () => {
    expect(readings('這對組合挺進8強，上屆只打到32強。')).toEqual([])
  })
  test('a ranking named by its length is a name; a strong rise stays numbers', () => {
    // (Since the round num14 a ranking named by its length, `500强`, is the list's name, as set `fresh` judges it.)
    expect(readings('名列中国500强企业').map((r) => r[1])).toEqual([])
    expect(readings('指数从4强势反弹至5。').map((r) => r[1])).toEqual(['4', '5'])
  })
})

describe('numbers named as numbers in a list', () => {
  test('a list of two-digit numbers with a leading zero is picks, not counts', () => {
    expect(readings('本期可參考03、17、26、44，')).toEqual([])
    expect(readings('因此07、31機率也高。')).toEqual([])
  })
  test('lists without a leading zero or with a unit stay amounts or dates', () => {
    expect(readings('他們分別得到17、26分。').map((r) => r[1])).toEqual(['17', '26分'])
    expect(readings('今年分別錄取12、35人。').map((r) => r[2])).toEqual([12, 35])
  })
})

describe('a sector split into numbered parts', () => {
  test('a digit closing a sector name, or a row label before its figure', () => {
    expect(readings('選委會的工業界二及金融界三')).toEqual([])
    expect(readings('結果如下：\n 漁農 9（15）\n 商三 11（18）').map((r) => r[1])).toEqual(['9', '15', '11', '18'])
  })
  test('counts after such words stay counts', () => {
    expect(readings('業界一致反對，商界兩名代表離席。').map((r) => r[1])).toEqual(['兩名'])
    expect(readings('全港有三個界別。').map((r) => r[1])).toEqual(['三個'])
  })
})

describe('points of an argument with 是', () => {
  test('第二个是, 第三是, 二則是 after a break or a quote open a point', () => {
    expect(readings('他提出“三个不要”：“第一个是不要贪；第二个是不要急；第三是不要跟风。”').map((r) => r[1])).toEqual(['三个'])
    expect(readings('原因有兩個：一是成本，二則是人手。').map((r) => r[1])).toEqual(['兩個'])
  })
  test('a rank inside a clause stays a rank', () => {
    expect(readings('他是第二个到场的人。').map((r) => r[1])).toEqual(['第二个'])
    expect(readings('全班有二則是非題。').map((r) => r[1])).toEqual(['二則'])
  })
})

describe('a number inside a short title', () => {
  test('is part of the name of a magazine, a film or a book', () => {
    expect(readings('據《星期3周刊》報道，')).toEqual([])
    expect(readings('電影《英雄2》票房達5億元。').map((r) => r[1])).toEqual(['5億元'])
    expect(readings('剧集《二十不惑》热播。')).toEqual([])
  })
  test('a year in a title stays a year; an amount outside stays an amount', () => {
    expect(readings('《2024年度报告》显示增长3%。').map((r) => r[0])).toEqual(['year', 'percent'])
  })
})
