// Frame rules of the twelfth round of issue 18 (kinds of error read on the misses of heldout5,
// heldout6, heldout7 and heldout8, each seen on two articles or more), each on invented sentences.
import {describe, expect, test} from 'vitest'
import {extractClaims} from '../src/index.js'
import {find} from './find-claim.js'

describe('a stock index named right before its move', () => {
  test('points and percentages after an index and a verb of rising or falling are its rise or fall', () => {
    const close = extractClaims({text: '隔夜道指涨120.5点，或0.5%，报24100.3点；纳指跌10.2点，或0.2%，报6900.1点。', region: 'CN'})
    expect(find(close, '120.5点').metric.id).toBe('涨幅')
    expect(find(close, '0.5%').metric.id).toBe('涨幅')
    expect(find(close, '10.2点').metric.id).toBe('跌幅')
    expect(find(close, '0.2%').metric.id).toBe('跌幅')
    expect(find(close, '24100.3点').metric.id).toBe('收报')
    expect(find(close, '6900.1点').metric.id).toBe('收报')
    const board = extractClaims({text: '昨天上证指数大涨40点，报收3300点。', region: 'CN'})
    expect(find(board, '40点').metric.id).toBe('涨幅')
    expect(find(board, '3300点').metric.id).toBe('收报')
  })

  test('a statistic named before the verb keeps its name', () => {
    const cpi = extractClaims({text: '上月居民消费价格指数上涨2.1%。', region: 'CN'})
    expect(find(cpi, '2.1%').metric.id).toContain('价格指数')
    const gdp = extractClaims({text: '今年一季度国内生产总值增长5.2%。', region: 'CN'})
    expect(find(gdp, '5.2%').metric.id).not.toBe('涨幅')
  })
})

describe('a comparison base of an earlier year', () => {
  test('the figure after 较/比 a year and 的 is the same statistic as the figure it is compared with', () => {
    const assets = extractClaims({text: '某公司2017年总资产1350亿元，较2016年的1160亿元增长16%。', region: 'CN'})
    expect(find(assets, '1160亿元').metric.id).toBe('总资产')
    // (A balance dated by its year is as of its end: see the last kind below.)
    expect(find(assets, '1160亿元').period.id).toBe('asof:2016-12')
    const wages = extractClaims({text: '今年应付职工薪酬为1200万元，比去年的870万元增加330万元。', region: 'CN'})
    expect(find(wages, '870万元').metric.id).toBe('应付职工薪酬')
  })

  test('a base of the same span of another year, or in another unit, is left unnamed', () => {
    // (`去年同期` of a half year is no year's figure: its period would be the whole year.)
    const half = extractClaims({text: '今年上半年手机销量约240万部，相较于去年同期的220万部增长6%。', region: 'CN'})
    expect(find(half, '220万部').metric.id).toBe('')
    // (`上年` is no time the period reader reads: the base would take the compared figure's period.)
    const previous = extractClaims({text: '软件业收入为812亿元，比上年的730亿元增长11.2%。', region: 'CN', date: '2024-08-15'})
    expect(find(previous, '730亿元').metric.id).toBe('')
    const unit = extractClaims({text: '某公司2017年总资产1350亿元，较2016年的12%有所提高。', region: 'CN'})
    expect(find(unit, '12%').metric.id).not.toBe('总资产')
  })
})

describe('money linked by 的 to a noun of money after it', () => {
  test('the money noun after 的 names the amount; the phrase before is whose or for whom it is', () => {
    const care = extractClaims({text: '他每月要与哥哥分担妈妈1万5000元的看护费用。', region: 'TW'})
    expect(find(care, '1万5000元').metric.id).toBe('看护费用')
    const home = extractClaims({text: '住安养中心平均2万元的费用后，仅剩8000元。', region: 'TW'})
    expect(find(home, '2万元').metric.id).toBe('费用')
    const grant = extractClaims({text: '政府向某某半导体公司提供50亿美元的赠款和贷款。', region: 'TW'})
    expect(find(grant, '50亿美元').metric.id).toContain('赠款')
  })

  test('a money noun before the amount, or no money noun after it, keeps the phrase before', () => {
    const total = extractClaims({text: '去年全县投入扶贫资金3000万元的项目有12个。', region: 'CN'})
    expect(find(total, '3000万元').metric.id).toContain('资金')
    const project = extractClaims({text: '某市文化中心投资5亿元的场馆今天开放。', region: 'CN'})
    expect(find(project, '5亿元').metric.id).not.toBe('场馆')
  })
})

describe('a wage named by a verb of earning per month or per day', () => {
  test('money after 月赚, 月挣 or 一天赚 is the monthly or daily income (via verb, never compared)', () => {
    const month = extractClaims({text: '先生在工厂上班，月赚3万2，太太做清洁工月挣约1万元。', region: 'TW'})
    expect(find(month, '3万2').metric.id).toBe('月收入')
    expect(find(month, '3万2').unit).toBe('TWD')
    expect(find(month, '约1万元').metric.id).toBe('月收入')
    expect(find(month, '约1万元').metric.via).toBe('verb')
    const day = extractClaims({text: '他在工地做临时工，一天才赚700元。', region: 'TW'})
    expect(find(day, '700元').metric.id).toBe('日收入')
  })

  test('a company that earns in a year, or money after 赚 without a span, keeps its reading', () => {
    const company = extractClaims({text: '某某公司去年赚了5亿元。', region: 'TW'})
    expect(find(company, '5亿元').metric.id).not.toBe('月收入')
    expect(find(company, '5亿元').metric.id).not.toBe('日收入')
  })
})

describe('a balance at a year end, a flow over a year', () => {
  test('a balance-sheet stock dated by its year is as of the year end; a flow as of a year end is over the year', () => {
    const year = extractClaims({text: '2017年某公司总资产1356亿元，负债100亿元，货币资金41亿元，营业收入43亿元。', region: 'CN'})
    expect(find(year, '1356亿元').period.id).toBe('asof:2017-12')
    expect(find(year, '100亿元').period.id).toBe('asof:2017-12')
    expect(find(year, '41亿元').period.id).toBe('asof:2017-12')
    expect(find(year, '43亿元').period.id).toBe('year:2017')
    const end = extractClaims({text: '截至2017年末，某公司总资产1356亿元，营业收入43亿元，净利润32亿元。', region: 'CN'})
    expect(find(end, '1356亿元').period.id).toBe('asof:2017-12')
    expect(find(end, '43亿元').period.id).toBe('year:2017')
    expect(find(end, '32亿元').period.id).toBe('year:2017')
  })

  test('other figures, and flows as of another month, keep their period', () => {
    // (The change of a balance over the year is over the year.)
    const change = extractClaims({text: '2017年某公司总资产1356亿元，较2016年的1160亿元增长16.8%，增加196亿元。', region: 'CN'})
    expect(find(change, '16.8%').period.id).toBe('year:2017')
    expect(find(change, '196亿元').period.id).toBe('year:2017')
    const count = extractClaims({text: '截至2017年末，全市共有养老机构120家。', region: 'CN'})
    expect(find(count, '120家').period.id).toBe('asof:2017-12')
    const month = extractClaims({text: '截至2017年9月末，某公司营业收入43亿元。', region: 'CN'})
    expect(find(month, '43亿元').period.id).not.toBe('year:2017')
  })
})

describe('a stock index that opens its sentence', () => {
  test('is what the points and percentages later in the sentence are about', () => {
    const record = extractClaims({text: '恒指史上单日最大跌幅（以点数计）出现在2008年1月的某一天，当日收市报21000.5点，跌2000.2点，跌幅达8.6%。', region: 'CN'})
    expect(find(record, '2000.2点').scope.id).toBe('org:恒指')
    expect(find(record, '8.6%').scope.id).toBe('org:恒指')
    const example = extractClaims({text: '以上证指数为例，沪指从去年最后一个交易日收盘的3300.1点上升到今日的3500.2点，涨幅为6.1%。', region: 'CN'})
    expect(find(example, '6.1%').scope.id).toBe('org:上证指数')
    const sourced = extractClaims({text: '据某某财经网了解，恒指史上单日最大升幅出现在2008年1月的某一天，当日收市报24000.1点，升2300.5点。', region: 'CN'})
    expect(find(sourced, '2300.5点').scope.id).toBe('org:恒指')
  })

  test('not when a place, another index or money comes between, nor far from the head', () => {
    const place = extractClaims({text: '恒指今日收市报21000.5点，而在深圳，当地一家企业的股价下跌了某个幅度，其营收跌幅达8.6%。', region: 'CN'})
    expect(find(place, '8.6%').scope.id).not.toBe('org:恒指')
    const later = extractClaims({text: '台股今日休市，香港股市开高走高，终场收涨1310.1点，短短两周时间涨势超过20%。', region: 'TW'})
    expect(find(later, '超过20%').scope.id).not.toBe('org:台股')
    const money = extractClaims({text: '恒指今日收市报21000.5点，全日成交额达到1000.2亿港元，比上个交易日多出不少。', region: 'HK'})
    expect(find(money, '1000.2亿港元').scope.id).not.toBe('org:恒指')
  })
})

describe('a count of people with a relative clause before the people', () => {
  test('the people after 的 are what the count counts, when the words before 的 name no people', () => {
    const cadres = extractClaims({text: '去年从县直单位抽调312名基层经验丰富的干部组建工作队。', region: 'CN'})
    expect(find(cadres, '312名').metric.id).toBe('干部')
    const graded = extractClaims({text: '镇里对15名年度考评较差的村干部暂停发放补贴。', region: 'CN'})
    expect(find(graded, '15名').metric.id).toBe('村干部')
  })

  test('people before 的 stay what is counted', () => {
    const patients = extractClaims({text: '医院为20名患者的家属提供了住宿。', region: 'CN'})
    expect(find(patients, '20名').metric.id).toBe('患者')
    const students = extractClaims({text: '学校召集了30名学生的家长开会。', region: 'CN'})
    expect(find(students, '30名').metric.id).not.toBe('家长')
  })
})
