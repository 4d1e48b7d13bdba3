// Scope and period rules of issue 18 (kinds of error), each on invented sentences.
import {describe, expect, test} from 'vitest'
import {extractClaims} from '../src/index.js'
import {find} from './find-claim.js'

describe('scopes', () => {
  test('a byline place is where the reporter files from, not the scope', () => {
    const text = '〔記者王小明／高雄報導〕交通部公布上月全台機車事故共3200件。'
    const claim = find(extractClaims({text, region: 'TW', date: '2019-03-02'}), '3200件')
    expect(claim.scope.id).toBe('71')
    const slash = find(extractClaims({text: '【林小華╱台北報導】主計總處公布全台失業率3.8%。', region: 'TW', date: '2019-03-02'}), '3.8%')
    expect(slash.scope.id).toBe('71')
    const plain = find(extractClaims({text: '高雄市上月機車事故共300件。', region: 'TW', date: '2019-03-02'}), '300件')
    expect(plain.scope.id).not.toBe('71')
  })

  test('a byline outside the capital still names the article place', () => {
    const text = '〔記者陳大文／台中報導〕台中市政府昨公布，台中市上月登記新車2100輛，台中市交通局表示將增設停車位。\n議員指出，停車位仍缺約3000個。'
    const claim = find(extractClaims({text, region: 'TW', date: '2019-03-02'}), '約3000個')
    expect(claim.scope.id).toBe('7104')
  })

  test('a foreign country before a visitor count is where visitors come from', () => {
    const text = '上月來台旅客中，韓國8.1萬人次居首，其次是日本6.5萬人次。'
    const claims = extractClaims({text, region: 'TW', date: '2019-03-02'})
    expect(find(claims, '8.1萬人次').scope.id).toBe('71')
    expect(find(claims, '6.5萬人次').scope.id).toBe('71')
    // Not about arrivals: the country is the scope.
    const other = find(extractClaims({text: '日本去年出生人口约80万人。', date: '2024-03-02'}), '约80万人')
    expect(other.scope.id).toBe('foreign:日本')
  })

  test('people who travel from a country are counted where they arrive', () => {
    const claims = extractClaims({text: '昨日新增輸入個案中，3人由泰國返港。', region: 'HK', date: '2020-08-01'})
    expect(find(claims, '3人').scope.id).toBe('81')
  })

  test('a trade partner is not the scope; nationalities are not places; one id per country in every script', () => {
    const trade = extractClaims({text: '上半年，我国对东盟进出口3.1万亿元，与加拿大及墨西哥贸易总值增长8.2%。', date: '2024-07-20'})
    expect(find(trade, '3.1万亿元').scope.id).toBe('CN')
    expect(find(trade, '8.2%').scope.id).toBe('CN')
    const wife = find(extractClaims({text: '他的印尼外配每月收入約2萬元。', region: 'TW', date: '2019-03-02'}), '約2萬元')
    expect(wife.scope.id).not.toBe('foreign:印度尼西亚')
    const korea = find(extractClaims({text: '南韓上月出口增長5.1%。', region: 'TW', date: '2019-03-02'}), '5.1%')
    expect(korea.scope.id).toBe('foreign:韩国')
  })

  test('an edition of a fair is the scope of its figures, and of the next sentence; the host city is not', () => {
    const text = '第12届华南茶叶博览会昨天在广州开幕，共有800多家企业参展。本届茶博会设3个展馆。'
    const claims = extractClaims({text, date: '2023-05-02'})
    expect(find(claims, '800多家').scope.id).toBe('org:第12届华南茶叶博览会')
    expect(find(claims, '3个').scope.id).toMatch(/^org:/)
  })

  test('a named bridge or railway is the scope of its length', () => {
    const text = '甲乙城际铁路今天通车。甲乙城际铁路全长96公里，设车站7座。'
    const claims = extractClaims({text, date: '2023-05-02'})
    expect(find(claims, '96公里').scope.id).toBe('org:甲乙城际铁路')
    // A span that reads as a name but has a verb in it is not a facility.
    const verb = find(extractClaims({text: '目前全国共有高铁线路40条。', date: '2023-05-02'}), '40条')
    expect(verb.scope.id).toBe('CN')
  })

  test('an agency named after a place that gives the figures reports on its place', () => {
    const text = '中国气象局今天发布的数据显示，今年全国平均降水量为600毫米。'
    expect(find(extractClaims({text, date: '2023-12-20'}), '600毫米').scope.id).toBe('CN')
    const according = find(extractClaims({text: '据广东省统计局测算，全省去年旅游收入约1.1万亿元。', date: '2023-12-20'}), '约1.1万亿元')
    expect(according.scope.id).toBe('44')
    // A university's study is not about the place in its name; an organisation that is the subject keeps its own scope.
    expect(find(extractClaims({text: '北京大学一项研究显示，青少年近视率达52%。', date: '2023-12-20'}), '52%').scope.id).toBe('org:北京大学')
    expect(find(extractClaims({text: '目前，北京大学共有教师4000名。', date: '2023-12-20'}), '4000名').scope.id).toBe('org:北京大学')
  })

  test('a table row is about the organisation in its first cell', () => {
    const text = '合约由两间公司投得：\n| 公司 | 金额 |\n| --- | --- |\n| 甲乙护理服务有限公司 | 3.2亿元 |\n| 丙丁护理介绍所\n Bing Ding Agency | 1.5亿元 |'
    const claims = extractClaims({text, region: 'HK'})
    expect(find(claims, '3.2亿元').scope.id).toBe('org:甲乙护理服务有限公司')
    expect(find(claims, '1.5亿元').scope.id).toBe('org:丙丁护理介绍所')
  })

  test('a road named after a place is an address; a listed company named after a place is the company', () => {
    const road = find(extractClaims({text: '兰州市城关区文昌路一家商店被盗，损失约3万元。', date: '2023-12-20'}), '约3万元')
    expect(road.scope.id).not.toBe('469005')
    const listed = extractClaims({text: '保险板块中，中国安信(601999)收报45.2元；华远中国(01999)收报3.1元。', date: '2023-12-20'})
    expect(find(listed, '45.2元').scope.id).toBe('org:中国安信')
    expect(find(listed, '3.1元').scope.id).toBe('org:华远中国')
    const traded = extractClaims({text: '海丰国际收入增长12.1%；贵州茅台股价下跌3.2%。', date: '2023-12-20'})
    expect(find(traded, '12.1%').scope.id).toBe('org:海丰国际')
    expect(find(traded, '3.2%').scope.id).toBe('org:贵州茅台')
  })

  test('a company named in full once and then by its short form', () => {
    const text = '合約由甲乙護理服務有限公司投得。甲乙主席表示，截至去年底，在甲乙登記的護士有3000人。\n根據紀錄，甲乙成立於2010年，股東各持股50%。'
    const claims = extractClaims({text, region: 'HK', date: '2019-03-02'})
    expect(find(claims, '3000人').scope.id).toBe('org:甲乙护理服务有限公司')
    expect(find(claims, '50%').scope.id).toBe('org:甲乙护理服务有限公司')
    // Used alone only once: not taken for the company.
    const once = extractClaims({text: '合約由丙丁護理服務有限公司投得。\n丙丁一帶有居民500人。', region: 'HK', date: '2019-03-02'})
    expect(find(once, '500人').scope.id).not.toBe('org:丙丁护理服务有限公司')
  })

  test('a company used as a channel (透過「…」) is not the subject carried to the next sentence', () => {
    const text = '三人透過「甲乙同盟有限公司」刊登廣告2份。本案合共有4項控罪。'
    const claims = extractClaims({text, region: 'HK', date: '2019-03-02'})
    expect(find(claims, '4項').scope.id).toBe('81')
  })

  test('a place inside a quoted theme is not a scope', () => {
    const text = '本届论坛以“走进云南 共享未来”为主题，将举办60多场活动。'
    const claim = find(extractClaims({text, date: '2023-05-02'}), '60多场')
    expect(claim.scope.id).not.toBe('53')
  })
})

describe('periods', () => {
  test('a holiday is its month; the lunar new year moves between January and February', () => {
    const a = find(extractClaims({text: '2025年春节假期，全国电影票房达到95亿元。', date: '2025-02-06'}), '95亿元')
    expect(a.period.id).toBe('month:2025-01')
    const b = find(extractClaims({text: '今年春节假期，全国电影票房达到70亿元。', date: '2024-02-20'}), '70亿元')
    expect(b.period.id).toBe('month:2024-02')
    const c = find(extractClaims({text: '今年国庆假期，全市接待游客120万人次。', date: '2023-10-08'}), '120万人次')
    expect(c.period.id).toBe('month:2023-10')
  })

  test('an as-of date wins over a year that names a programme', () => {
    const claim = find(extractClaims({text: '截至5月10日，2023年家电下乡补贴惠及80万户。', date: '2023-05-20'}), '80万户')
    expect(claim.period.id).toBe('asof:2023-05')
    const year = find(extractClaims({text: '2023年全国粮食产量达6.95亿吨。', date: '2024-01-20'}), '6.95亿吨')
    expect(year.period.id).toBe('year:2023')
  })

  test('自 a date … 以来 is a period since that date', () => {
    const claim = find(extractClaims({text: '自2019年5月新馆开放以来，累计接待观众300万人次。', date: '2023-05-20'}), '300万人次')
    expect(claim.period.id).toBe('since:2019-05..2023-05')
  })

  test('only the time next to the old value is skipped after a change verb', () => {
    const claim = find(extractClaims({text: '1—4月份，全市投资由去年全年下降2.1%转为增长3.5%。', date: '2024-05-20'}), '3.5%')
    expect(claim.period.id).toBe('range:2024-01..2024-04')
    const old = find(extractClaims({text: '全市满意度由去年的70.2分升至75.1分。', date: '2024-05-20'}), '75.1分')
    expect(old.period.id).not.toBe('year:2023')
  })

  test('a statistical period opening a clause frames the next sentence without a comma', () => {
    const text = '受多种因素影响，一季度全省工业增加值增长5.1%。其中，制造业增长6.3%。'
    const claim = find(extractClaims({text, date: '2024-04-20'}), '6.3%')
    expect(claim.period.id).toBe('range:2024-01..2024-03')
  })

  test('a time phrase after a source clause with a date in brackets frames the next sentence', () => {
    const text = '省统计局今天（5月6日）发布的数据显示，截至4月底，全省累计建成基站12万个。其中，农村基站3万个。'
    const claim = find(extractClaims({text, date: '2024-05-06'}), '3万个')
    expect(claim.period.id).toBe('asof:2024-04')
  })

  test('a date in brackets closed before the number is an aside', () => {
    const text = '该局于2020年3月2日批出一份合约，合约期2年（2020年3月2日至2022年3月1日），合约额为300万元。'
    const claim = find(extractClaims({text, date: '2021-01-01'}), '300万元')
    expect(claim.period.id).toBe('asof:2020-03')
  })

  test('a date embedded in an earlier clause is the time of that clause’s event', () => {
    const text = '截至6月3日中午12时，该会共接获20宗投诉；另有5宗涉及6月1日晚部分乘客被拒登机，20宗个案涉及金额共8万元。'
    const claims = extractClaims({text, date: '2024-06-03'})
    expect(find(claims, '8万元').period.id).toBe('asof:2024-06')
    expect(find(claims, '5宗').period.id).toBe('asof:2024-06')
  })

  test('a fiscal year in Hong Kong runs from April; a span named again takes the year it had', () => {
    const hk = find(extractClaims({text: '2019-20年度，醫管局開支達800億元。', region: 'HK'}), '800億元')
    expect(hk.period.id).toBe('range:2019-04..2020-03')
    const text = '2022年前三季度，该公司营业收入50亿元。利润率总体平稳，前三季度净利率为12.5%。'
    expect(find(extractClaims({text}), '12.5%').period.id).toBe('range:2022-01..2022-09')
  })

  test('a span from last year into this year', () => {
    const dated = find(extractClaims({text: '該署於去年6月至今年3月期間，批出合約共800萬元。', region: 'HK', date: '2018-06-01'}), '800萬元')
    expect(dated.period.id).toBe('range:2017-06..2018-03')
    const undated = find(extractClaims({text: '該署於去年6月至今年3月期間，批出合約共800萬元。', region: 'HK', path: 'a.txt'}), '800萬元')
    expect(undated.period.id).toBe('range:Y-1-06..Y-03?#a.txt')
  })

  test('至今 after a date is a period since it; alone it is now; 截至今年 is not 至今', () => {
    const since = find(extractClaims({text: '2019年3月至今，该县共建成学校12所。', date: '2020-08-01'}), '12所')
    expect(since.period.id).toBe('since:2019-03..2020-08')
    const now = find(extractClaims({text: '他去年底患病，至今瘦了12公斤。', date: '2020-08-01'}), '12公斤')
    expect(now.period.id).toBe('asof:2020-08')
    const asOf = find(extractClaims({text: '截至今年6月，全市共有养老机构52个。', date: '2020-08-01'}), '52个')
    expect(asOf.period.id).toBe('asof:2020-06')
  })

  test('months named relative to the article date', () => {
    expect(find(extractClaims({text: '觀光局公布上月來台旅客達82.2萬人次。', region: 'TW', date: '2018-01-10'}), '82.2萬人次').period.id).toBe('month:2017-12')
    expect(find(extractClaims({text: '截至上月底，全市共有企业3万家。', date: '2018-03-10'}), '3万家').period.id).toBe('asof:2018-02')
    expect(find(extractClaims({text: '上月全市新增就业2000人。', path: 'b.txt'}), '2000人').period.id).toBe('month:M-1?#b.txt')
    // After a month named in the sentence, 上月 is the month before that one.
    expect(find(extractClaims({text: '2017年1月份出口持平，上月为增长3%。', date: '2018-03-10'}), '3%').period.id).toBe('month:2016-12')
  })

  test('去年 before a count is last year', () => {
    const claim = find(extractClaims({text: '去年3个监测站的读数超标。', date: '2024-06-03'}), '3个')
    expect(claim.period.id).toBe('year:2023')
  })
})

describe('spans of days', () => {
  test('a span of days is the period of its figures, not its first day', () => {
    const claims = extractClaims({text: '2021年3月1日至15日，全市共接待游客120万人次。', date: '2021-03-20'})
    expect(find(claims, '120万人次').period).toMatchObject({id: 'range:2021-03-01..2021-03-15', type: 'range', start: '2021-03-01', end: '2021-03-15', via: 'explicit'})
    // The second date may name its month, or its year, and the dash is a span too.
    const month = extractClaims({text: '3月1日—4月10日，本市新增就业岗位3000个。', date: '2021-05-02'})
    expect(find(month, '3000个').period).toMatchObject({id: 'range:2021-03-01..2021-04-10', via: 'relative'})
    const years = extractClaims({text: '2020年12月25日至2021年1月3日，全省铁路发送旅客410万人次。', date: '2021-01-05'})
    expect(find(years, '410万人次').period.id).toBe('range:2020-12-25..2021-01-03')
    const relative = extractClaims({text: '去年12月25日至今年1月3日，全省铁路发送旅客410万人次。', date: '2021-01-05'})
    expect(find(relative, '410万人次').period.id).toBe('range:2020-12-25..2021-01-03')
    // Two spans of one month are two statistics; the same span said twice is one.
    expect(find(claims, '120万人次').period.id).not.toBe(find(extractClaims({text: '2021年3月1日至31日，全市共接待游客120万人次。'}), '120万人次').period.id)
  })

  test('a later sentence that names its own day in brackets after 今天 keeps that day, not the span that opened the paragraph', () => {
    const text = '统计局3日称，3月2日至8日，全市新增病例796例。今天（3月9日），全市新增病例47例。'
    const claims = extractClaims({text, date: '2021-03-09'})
    expect(find(claims, '796例').period.id).toBe('range:2021-03-02..2021-03-08')
    expect(find(claims, '47例').period).toMatchObject({type: 'as-of', end: '2021-03-09'})
  })

  test('what only looks like a span of days is not one', () => {
    // Backwards without a later year, a day past the month's 31, and a span from a day to now.
    for (const text of ['12月25日至1月3日，全省铁路发送旅客410万人次。', '3月15日至3月1日，全市共接待游客120万人次。', '3月1日至今，全市共接待游客120万人次。']) {
      const claim = extractClaims({text, date: '2021-03-20'}).find((c) => /万人次$/.test(c.text))!
      expect(claim.period.type).not.toBe('range')
    }
    // Without the article's year the span keeps its days in the document's own year.
    const undated = find(extractClaims({text: '3月1日至15日，全市共接待游客120万人次。', path: 'a.txt'}), '120万人次')
    expect(undated.period.id).toMatch(/^range:Y-03-01\.\.Y-03-15\?#/)
  })
})
