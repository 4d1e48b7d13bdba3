// Frame rules of the fifth round of issue 18 (kinds of error read on the development, first and
// second held-out labels; the third held-out set was not read), each on invented sentences.
import {describe, expect, test} from 'vitest'
import {extractClaims} from '../src/index.js'
import {find} from './find-claim.js'

describe('the named subject of the headline is the scope of figures without a place of their own', () => {
  test('a company the segmenter does not know, named again in the sentence', () => {
    const text = '週年慶開跑 禾豐百貨業績拚成長\n禾豐百貨今年週年慶共推出超過40個品牌優惠。禾豐百貨的會員人數已達12萬人。'
    const claims = extractClaims({text, region: 'TW', date: '2030-10-01'})
    expect(find(claims, '超過40個').scope.id).toBe('org:禾丰百货')
    expect(find(claims, '12萬人').scope.id).toBe('org:禾丰百货')
  })

  test('a Latin brand in the headline', () => {
    const text = '新款掃地機 Zorvo搶攻年終市場\nZorvo新機售價1萬2900元，比舊款便宜2000元。業者指出，Zorvo去年在台銷量成長3成。'
    const claims = extractClaims({text, region: 'TW', date: '2030-11-01'})
    expect(find(claims, '1萬2900元').scope.id).toBe('org:Zorvo')
    expect(find(claims, '3成').scope.id).toBe('org:Zorvo')
  })

  test('a sentence that names a place keeps the place; one that does not name the subject keeps the region', () => {
    const text = '禾豐百貨週年慶 首日業績2億元\n禾豐百貨在台中的分店首日業績達5000萬元。全台今年百貨業營收預估成長2%。'
    const claims = extractClaims({text, region: 'TW', date: '2030-10-01'})
    expect(find(claims, '5000萬元').scope.id).toBe('7104')
    expect(find(claims, '2%').scope.id).not.toMatch(/^org:/)
  })

  test('a speaker, a receiver, a quoted title and a technology are not the subject', () => {
    const speaker = extractClaims({text: '林志遠：明年經濟可望好轉\n林志遠表示，全港失業率為3.1%。林志遠又指出，去年出口增長4%。', region: 'HK'})
    expect(find(speaker, '3.1%').scope.id).toBe('81')
    const receiver = extractClaims({text: '康健局獲增撥款項\n政府向康健局增撥5億元。康健局說，會用於增聘人手。', region: 'HK'})
    expect(find(receiver, '5億元').scope.id).not.toBe('org:康健局')
    const quoted = extractClaims({text: '「金禾號」拍賣無人問津\n「金禾號」底價為300萬元，「金禾號」已流標兩次。', region: 'TW', date: '2030-05-01'})
    expect(find(quoted, '300萬元').scope.id).not.toMatch(/^org:/)
    const technology = extractClaims({text: '5G用戶持續增長\n全國5G用戶已達3億戶，5G基站超過100萬個。', region: 'CN', date: '2030-05-01'})
    expect(find(technology, '3億戶').scope.id).toBe('CN')
  })
})

describe('Taiwan pension and Hong Kong housing words the segmenter tags as verbs', () => {
  test('所得替代率, 月退休所得, 優存 name what is counted', () => {
    const text = '南山縣退休教師年改上路\n年資滿30年者，所得替代率自70％，分8年降至55％。改革前月退休所得為6萬2000元，優存降為8%。'
    const claims = extractClaims({text, region: 'TW', date: '2030-07-01'})
    expect(find(claims, '70％').metric.id).toBe('所得替代率')
    expect(find(claims, '6萬2000元').metric.id).toMatch(/退休所得$/)
    expect(find(claims, '8%').metric.id).toMatch(/^优存/)
  })

  test('votes for and against, and flats completed', () => {
    const votes = extractClaims({text: '議會表決結果以「40票對20票」通過，共有40張贊成票。', region: 'TW', date: '2030-07-01'})
    expect(find(votes, '40張').metric.id).toBe('赞成票')
    const flats = extractClaims({text: '房署預計今年公營房屋落成量為12,300個，較去年少。', region: 'HK'})
    expect(find(flats, '12,300個').metric.id).toMatch(/落成量|公营房屋/)
  })
})

describe('an aside in brackets before the number is skipped', () => {
  test('the noun before the aside names the number after it; the number inside names its own', () => {
    const claims = extractClaims({text: '調整前每月薪資（含10%加給）為5萬3200元。', region: 'TW', date: '2030-07-01'})
    expect(find(claims, '5萬3200元').metric.id).toMatch(/薪资$/)
    const count = extractClaims({text: '全市建立服务站（点）120个。', region: 'CN', date: '2030-07-01'})
    expect(find(count, '120个').metric.id).toMatch(/服务站/)
  })
})

describe('units of measure after a bare number make it a claim', () => {
  test('square feet, micrograms per cubic metre, lots and counts of days', () => {
    const area = extractClaims({text: '本港人均居住面積只有158平方呎。', region: 'HK'})
    expect(find(area, '158平方呎').unit).toBe('平方英尺')
    const air = extractClaims({text: '去年路邊站的二氧化氮平均濃度為48微克/立方米，高風險日數有37日。', region: 'HK'})
    expect(find(air, '48微克/立方米').metric.id).toMatch(/浓度$/)
    expect(find(air, '37日').text).toBe('37日')
    const lots = extractClaims({text: '南山期貨市場昨日總成交8,250手。', region: 'CN', date: '2030-03-02'})
    expect(find(lots, '8,250手').unit).toBe('手')
  })

  test('a day of the month is not a count of days', () => {
    const claims = extractClaims({text: '政府於12日公布，共有300人受影響。', region: 'HK'})
    expect(claims.some((c) => c.text === '12日')).toBe(false)
    const countdown = extractClaims({text: '南山港開港倒計時60日發布會今日舉行。', region: 'HK'})
    expect(countdown.some((c) => c.text === '60日')).toBe(false)
    expect(find(claims, '300人').text).toBe('300人')
  })
})

describe('periods of several years', () => {
  test('a span of whole years and a span of Hong Kong fiscal years', () => {
    const years = extractClaims({text: '南山區的長者人口在2014至2018年間增長31%。', region: 'HK'})
    expect(find(years, '31%').period.id).toBe('range:2014-01..2018-12')
    const fiscal = extractClaims({text: '政府於2021-22至2030-31年度的供應目標為30萬個公營房屋單位。', region: 'HK'})
    expect(find(fiscal, '30萬個').period.id).toBe('range:2021-04..2031-03')
  })

  test('one value a year after 分别 is not a figure of the whole span', () => {
    const claims = extractClaims({text: '该公司2014-2016年净利润分别为120万元、150万元和90万元。', region: 'CN', date: '2017-05-01'})
    expect(find(claims, '150万元').period.id).not.toBe('range:2014-01..2016-12')
  })
})

describe('a size between a count and its noun', () => {
  test('the count counts the noun after the size', () => {
    const claims = extractClaims({text: '南山局去年採購12艘60噸巡防艇，另添置5台65型電視。', region: 'TW', date: '2030-07-01'})
    expect(find(claims, '12艘').metric.id).toBe('巡防艇')
    expect(find(claims, '5台').metric.id).toBe('电视')
  })
})

describe('Hong Kong neighbourhoods are places below their districts', () => {
  test('a neighbourhood is the scope of its figures, and two of one district are two scopes', () => {
    const text = '政府封區強檢\n油麻地封區期間，政府到320戶家訪。佐敦封區期間，政府到2,900戶家訪。'
    const claims = extractClaims({text, region: 'HK'})
    const a = find(claims, '320戶').scope
    const b = find(claims, '2,900戶').scope
    expect(a.id).toBe('village:810201:油麻地')
    expect(b.id).toBe('village:810201:佐敦')
  })

  test('a corner and a road are not neighbourhoods', () => {
    const corner = extractClaims({text: '球場東北角有120個座位。', region: 'HK'})
    expect(find(corner, '120個').scope.id).not.toMatch(/北角/)
    const road = extractClaims({text: '旺角道一帶有30間商店。', region: 'HK'})
    expect(find(road, '30間').scope.id).not.toMatch(/旺角/)
  })
})

describe('values after 分别 that match a list of years one for one', () => {
  test('each value is of its year or fiscal year, in order', () => {
    const years = extractClaims({text: '南山公司2015、2016年連續兩年虧損，分別虧損3.2億元和1.1億元。', region: 'CN', date: '2017-04-01'})
    expect(find(years, '3.2億元').period.id).toBe('year:2015')
    expect(find(years, '1.1億元').period.id).toBe('year:2016')
    const fiscal = extractClaims({text: '報考人數在2016-17、2017-18年度分別為5,120及4,980人。', region: 'HK'})
    expect(find(fiscal, '5,120').period.id).toBe('range:2016-04..2017-03')
    expect(find(fiscal, '4,980人').period.id).toBe('range:2017-04..2018-03')
  })

  test('fewer values than years, or a list of things, are left alone', () => {
    const claims = extractClaims({text: '南山公司2014、2015及2016年的營收合計分別增長5%和7%。', region: 'CN', date: '2017-04-01'})
    expect(find(claims, '5%').period.id).not.toBe('year:2014')
  })
})

describe('a share of a whole is the share of the phrase before 占', () => {
  test('A占B比重为N% is A占比, also when A starts with an ordinal word', () => {
    const claims = extractClaims({text: '2030年，广东省第二产业增加值占地区生产总值比重为41.2%。旅游收入占全省服务业收入的比例达到18%。', region: 'CN', date: '2031-01-20'})
    expect(find(claims, '41.2%').metric.id).toBe('第二产业增加值占比')
    expect(find(claims, '18%').metric.id).toBe('旅游收入占比')
  })
})

describe('a price per unit is the price of the thing before the per-unit word', () => {
  test('公寓约每坪N元 prices the flats, per ping', () => {
    const claims = extractClaims({text: '周邊市場行情，公寓約每坪700元，電梯大樓約每坪950元。', region: 'TW', date: '2030-07-01'})
    expect(find(claims, '700元').metric.id).toBe('公寓')
    expect(find(claims, '700元').metric.qualifier).toMatch(/每坪/)
    expect(find(claims, '950元').metric.id).toMatch(/大楼$/)
  })

  test('a verb before the per-unit word names nothing', () => {
    const claims = extractClaims({text: '公宅經評估訂定每坪800元。', region: 'TW', date: '2030-07-01'})
    expect(find(claims, '800元').metric.id).not.toMatch(/评估/)
  })
})

describe('the named subject goes on through a paragraph that names no place', () => {
  test('a later sentence of the paragraph without the name or a place is still about it', () => {
    const text = '禾豐百貨年終慶開跑\n禾豐百貨今年年終慶推出40個品牌優惠，禾豐百貨會員人數突破12萬人。去年業績成長約3成。\n台中市今年百貨業營收成長2%。'
    const claims = extractClaims({text, region: 'TW', date: '2030-11-01'})
    expect(find(claims, '約3成').scope.id).toBe('org:禾丰百货')
    expect(find(claims, '2%').scope.id).toBe('7104')
  })
})

describe('a share named …比重 and …占比 is one statistic', () => {
  test('the id takes 占比', () => {
    const claims = extractClaims({text: '2030年，广东省制造业增加值比重保持在30%左右。', region: 'CN', date: '2031-01-20'})
    expect(find(claims, '30%左右').metric.id).toBe('制造业增加值占比')
  })
})

describe('a space between the clauses of a headline reads as a comma', () => {
  test('the growth after the space is of the figure before it', () => {
    const claims = extractClaims({text: '2030年广东省地区生产总值突破3万亿元 同比增长4%\n省统计局今天发布数据。', region: 'CN', date: '2031-01-20'})
    expect(find(claims, '4%').metric.id).toBe('地区生产总值')
  })
})
