// Frame rules of the fifteenth round of issue 18 (kinds of error read on the misses of heldout2–heldout9
// and the brief's list of kinds), each on invented sentences.
import {describe, expect, test} from 'vitest'
import {extractClaims} from '../src/index.js'
import {find} from './find-claim.js'

describe('a news agency’s dateline is the dateline, not the subject', () => {
  test('a wire’s dateline city (`路透某地…日 -`) is not carried as the subject of national figures', () => {
    const claims = extractClaims({text: '路透上海4月10日 - 中国央行周五公布，3月新增人民币贷款2.85万亿元。一季度人民币贷款增加7.1万亿元。', region: 'CN', date: '2020-04-10'})
    expect(find(claims, '2.85万亿元').scope.id).toBe('CN')
    expect(find(claims, '7.1万亿元').scope.id).toBe('CN')
  })

  test('a dateline of a day without its month (`台北3日電`) is a byline; the agency is no subject', () => {
    const claims = extractClaims({text: '（中央社記者王小明台北3日電）主計總處今天公布，4月失業率為3.7%，失業人數45萬人。', region: 'TW', date: '2020-04-10'})
    expect(find(claims, '3.7%').scope.id).toBe('71')
    expect(find(claims, '45萬人').scope.id).toBe('71')
  })

  test('a city named in the text after the dateline is still the scope of its figures', () => {
    const claims = extractClaims({text: '中央社記者王小明台中3日電 台中市政府今天表示，今年前5月觀光人次達120萬。', region: 'TW', date: '2020-04-10'})
    expect(find(claims, '120萬').scope.id).toBe('7104')
    const local = extractClaims({text: '新华社上海4月10日电 一季度居民人均收入增加7.1%。', region: 'CN', date: '2020-04-10'})
    expect(find(local, '7.1%').scope.id).toBe('31')
  })
})

describe('a company named by its short name at the head of the lead', () => {
  const story = [
    '',
    '佳美截至3月底止，港澳業務全年虧損3.2億元，去年同期則錄得盈利4.4億元。若撇除撥備，集團港澳業務虧損為1.2億元。',
    '',
    '期內，港澳零售銷售額跌28.1%。',
    '',
    '中國業務方面，集團去年上半年虧損收窄12%。',
    '',
    '至3月底，集團在港澳經營98間店舖。'
  ].join('\n')

  test('is the scope of the story’s figures, also where the body calls it 集團 or names no place', () => {
    const claims = extractClaims({text: story, region: 'HK', date: '2020-06-18'})
    for (const figure of ['3.2億元', '4.4億元', '1.2億元', '28.1%', '12%', '98間']) expect(find(claims, figure).scope.id).toBe('org:佳美')
  })

  test('a speaker, or a whole word the segmenter knows as a person, opening the lead is no company', () => {
    const speaker = extractClaims({text: story.replace('佳美截至3月底止，', '佳美認為，截至3月底止，'), region: 'HK', date: '2020-06-18'})
    expect(find(speaker, '28.1%').scope.id).not.toBe('org:佳美')
    const person = extractClaims({text: story.replace('佳美截至', '张宁截至'), region: 'HK', date: '2020-06-18'})
    expect(find(person, '28.1%').scope.id).not.toBe('org:张宁')
  })

  test('without 集團 or 公司 at the head of its clauses the story is not a company’s', () => {
    const claims = extractClaims({text: story.replace(/集團/g, '本港'), region: 'HK', date: '2020-06-18'})
    expect(find(claims, '28.1%').scope.id).toBe('81')
  })
})

describe('a bare word of change is not the metric when the text names what changed', () => {
  test('a second move of a thing on another basis of comparison (`按月…，按年…`) is that thing’s', () => {
    const claims = extractClaims({text: '今年首季零售總額按月下跌2.5%，按年下跌1.9%。上月港元貨幣供應量M1按月升1.3%，按年升0.4%。', region: 'HK', date: '2020-05-04'})
    expect(find(claims, '1.9%').metric.id).toBe('零售总额')
    expect(find(claims, '0.4%').metric.id).toBe('港元货币供应量M1')
  })

  test('a later move without a basis of comparison stays a move (a stock’s fall over a session)', () => {
    const claims = extractClaims({text: '某石油股开盘时段曾挫逾8%，最终下跌3.2%。', region: 'HK', date: '2020-05-04'})
    expect(find(claims, '3.2%').metric.id).toBe('跌幅')
  })

  test('`N%的（實質）跌幅` after a noun is that noun’s change', () => {
    const claims = extractClaims({text: '首季貨品出口總額按年錄得9.7%的實質跌幅。今年訪港旅客人數平均每月都有約3成的減幅。', region: 'HK', date: '2020-05-04'})
    expect(find(claims, '9.7%').metric.id).toBe('货品出口总额')
    expect(find(claims, '約3成').metric.id).toBe('访港旅客人数')
  })

  test('a comparison base (`較去年第4季2.9%的跌幅`) is not given the figure’s thing', () => {
    const claims = extractClaims({text: '首季私人消費開支按年實質下跌10.2%，較去年第4季2.9%的跌幅加劇。', region: 'HK', date: '2020-05-04'})
    expect(find(claims, '2.9%').metric.id).not.toBe('私人消费开支')
  })
})

describe('the start of a record is no span of the figures after it', () => {
  test('`自1974年首季有紀錄以來` does not give its year to a later `首季`', () => {
    const claims = extractClaims({text: '\n首季出口下跌8.9%，是自1974年首季有紀錄以來的最大跌幅。\n\n首季進口下跌5.3%。', region: 'HK', date: '2020-05-04'})
    expect(find(claims, '5.3%').period.id).toBe('range:2020-01..2020-03')
  })

  test('a span named with its year earlier still gives it to the span named again', () => {
    const claims = extractClaims({text: '\n2022年首季，出口下跌8.9%。\n\n首季進口下跌5.3%。', region: 'HK', date: '2023-05-04'})
    expect(find(claims, '5.3%').period.id).toBe('range:2022-01..2022-03')
  })
})

describe('a diary’s entries headed by their own days', () => {
  const diary = [
    '抗疫日记',
    '',
    '### 日记一 2020年02月10日',
    '',
    '封城第十天。某省今天新增确诊人数2100例。',
    '',
    '### 日记二 2020年02月12日',
    '',
    '封城第十二天。某省今天新增确诊人数1600例，全省累计确诊33000例。'
  ].join('\n')

  test('a figure read against the article’s date is the figure of its entry’s day', () => {
    const claims = extractClaims({text: diary, region: 'CN', date: '2020-02-17'})
    expect(find(claims, '2100例').period.daily).toBe('2020-02-10')
    expect(find(claims, '1600例').period.daily).toBe('2020-02-12')
    expect(find(claims, '33000例').period.daily).toBe('2020-02-12')
  })

  test('one dated heading, or dates in brackets under a page’s links, make no entries', () => {
    const one = extractClaims({text: diary.replace('### 日记二 2020年02月12日', '### 日记二'), region: 'CN', date: '2020-02-17'})
    // (The diary reads as a daily report: its figures are the article's day, as before.)
    expect(find(one, '1600例').period.daily).toBe('2020-02-17')
    const links = extractClaims({text: '标题一\n(2024年09月30日)\n某店卖出3万瓶。\n标题二\n(2024年09月28日)\n某店卖出7万瓶。', region: 'TW', date: '2024-10-01'})
    // (No entries: the figure is the article's day, as every figure read against the article's date.)
    expect(find(links, '7万瓶').period.daily).toBe('2024-10-01')
  })
})

describe('parts of a 其中 list', () => {
  test('in a list of bare counts, a later count its own group names starts a new subject', () => {
    const claims = extractClaims({text: '某市擴大採檢420人，其中110人陰性，300檢驗中，外送員工650人快篩結果全數陰性。', region: 'TW', date: '2022-01-10'})
    expect(find(claims, '110人').part).toBeDefined()
    expect(find(claims, '650人').part).toBeUndefined()
    // (A list whose items go on with 另有 stays one list.)
    const injured = extractClaims({text: '事故造成30人受伤，其中3人重伤，另有27人轻伤。', region: 'CN', date: '2022-01-10'})
    expect(find(injured, '27人').part).toBeDefined()
  })

  test('a list opened by 其中 inside brackets ends with them', () => {
    const claims = extractClaims({text: '新版評鑑總計新增5項指標、刪除8項指標（其中2項併入他題）、修正21項指標，並調整3項指標。', region: 'TW', date: '2019-12-10'})
    expect(find(claims, '2項').part).toBeDefined()
    expect(find(claims, '21項').part).toBeUndefined()
  })
})

describe('a place at the head of a name in a list of names', () => {
  test('a county’s name that begins a fund’s name among other funds is no scope', () => {
    const claims = extractClaims({text: '国富弹性、华夏优增、华安宏利和中信红利4只基金的净值涨幅超过80%。', region: 'CN', date: '2008-09-10'})
    expect(find(claims, '4只').scope.id).toBe('CN')
  })

  test('places listed with places keep their reading', () => {
    const claims = extractClaims({text: '华安、南靖和平和3个县的茶园面积共12万亩。', region: 'CN', date: '2008-09-10'})
    expect(find(claims, '12万亩').scope.id).not.toBe('CN')
  })
})

describe('a currency’s name before a noun names the statistic’s kind', () => {
  test('`港元存款`, `美元存款`, `港元貸存比率` keep the currency; an amount’s unit does not join the noun after it', () => {
    const claims = extractClaims({text: '2月港元存款減少1.2%，港元貸存比率升至89.9%，美元存款增加3%，共有100港元存款。', region: 'HK', date: '2020-03-31'})
    expect(find(claims, '1.2%').metric.id).toBe('港元存款')
    expect(find(claims, '89.9%').metric.id).toBe('港元贷存比率')
    expect(find(claims, '3%').metric.id).toBe('美元存款')
    expect(find(claims, '100港元').metric.id).toBe('存款')
  })
})

describe('a change on a basis shorter than the year is another statistic', () => {
  test('`按月`, `环比` changes carry their basis in the qualifier; a change on the year does not', () => {
    const claims = extractClaims({text: '今年首季零售總額按月下跌2.5%，按年下跌1.9%。上月工业增加值环比增长1.2%。', region: 'HK', date: '2020-05-04'})
    expect(find(claims, '2.5%').metric.qualifier).toBe('vs:month')
    expect(find(claims, '1.9%').metric.qualifier).toBeUndefined()
    expect(find(claims, '1.2%').metric.qualifier).toBe('vs:previous')
  })
})

describe('a list of places is no subject of the next sentences', () => {
  test('places listed with their bracketed figures do not carry to the next sentence', () => {
    const claims = extractClaims({text: '3月本港出口貨值按年下跌5.8%。新加坡（升9.8%）和台灣（升9.7%）的進口貨值則錄得升幅。今年首季，商品整體出口貨值按年下跌9.7%。', region: 'HK', date: '2020-04-27'})
    expect(find(claims, '9.7%', 1).scope.id).toBe('81')
  })
})

describe('a listed company named after a place', () => {
  test('a headline’s place name that the body gives with its stock code is the article’s company', () => {
    const text = '獐子岛戴帽ST\n\n獐子岛（SZ.002069）公告，预计全年亏损5亿元。2016年末，獐子岛净资产为9.8亿元。'
    const claims = extractClaims({text, region: 'CN', date: '2018-01-30'})
    expect(find(claims, '9.8亿元').scope.id).toBe('org:獐子岛')
  })

  test('`ST` in a headline is a stock’s status, no brand', () => {
    const text = '某某股份戴帽ST\n\n某某股份被实施ST，全年亏损5亿元。年内被实施ST的股票共有80只。'
    const claims = extractClaims({text, region: 'CN', date: '2018-01-30'})
    expect(find(claims, '80只').scope.id).not.toBe('org:ST')
  })
})

describe('a noun cut short at its head', () => {
  test('an adjective glued to the first noun of a clause’s subject is part of it (`至於強/a 積金/n…`)', () => {
    const claims = extractClaims({text: '至於強積金總資產則由今年3月底的8500億元，升至4月底的8900億元。', region: 'HK', date: '2020-05-04'})
    expect(find(claims, '8500億元').metric.id).toBe('强积金总资产')
    expect(find(claims, '8900億元').metric.id).toBe('强积金总资产')
  })
})

describe('a clause of only a noun phrase before a move names what moved', () => {
  test('`…港元貨幣供應量M2，按月均下跌0.5%` is the money supply’s fall, not `跌幅`', () => {
    const claims = extractClaims({text: '另外，2月港元貨幣供應量M2，按月均下跌0.5%。', region: 'HK', date: '2020-03-31'})
    expect(find(claims, '0.5%').metric.id).toBe('港元货币供应量M2')
  })

  test('a topic (`…方面，`) or a stock index before the move is not', () => {
    const topic = extractClaims({text: '科技股方面，平均下跌0.5%。', region: 'HK', date: '2020-03-31'})
    expect(find(topic, '0.5%').metric.id).not.toBe('科技股')
  })
})

describe('an aspect particle between a verb of people and the count', () => {
  test('`拘捕了120人` counts arrests, as `拘捕120人` does', () => {
    const claims = extractClaims({text: '警方就示威事件拘捕了120人。', region: 'HK', date: '2020-04-08'})
    expect(find(claims, '120人').metric.id).toBe('拘捕')
  })
})

describe('months of a forecast', () => {
  test('a span of months still to come said with 將會 is this year’s, not last year’s', () => {
    const claims = extractClaims({text: '有調查估計，2月至5月期間，全港將會有超過9000名侍應失業。', region: 'HK', date: '2020-04-20'})
    expect(find(claims, '超過9000名').period.id).toBe('range:2020-02..2020-05')
  })
})

describe('去年為 after a point in time', () => {
  test('the figure a year before the month’s end just named (`至3月底…，去年為118間`)', () => {
    const claims = extractClaims({text: '至3月底，該店在本港經營95間分店，去年為101間。', region: 'HK', date: '2020-06-18'})
    expect(find(claims, '101間').period.id).toBe('asof:2019-03')
  })

  test('after a year (`今年…，去年為…`) it stays last year', () => {
    const claims = extractClaims({text: '今年全市共有充电桩3200个，去年为2100个。', region: 'CN', date: '2020-08-18'})
    expect(find(claims, '2100个').period.id).toBe('year:2019')
  })
})
