// Round 19 (the lead). A company's fiscal year or quarter (`上财年`, `本财年`, `2023财年第二季度`, `上一财季`)
// is a period of its own: read as nothing, its figures took the article's month and two fiscal years of one
// company clashed. A year to a month's end (`截至6月的财年`) is the twelve months to that month.
import {describe, expect, test} from 'vitest'
import {claimKey, extractClaims} from '../src/index.js'
import {find} from './find-claim.js'

describe("a company's fiscal years and quarters", () => {
  test('last and this fiscal year are two periods, neither the article month', () => {
    const claims = extractClaims({text: '某科技公司上财年营收为120亿美元，本财年营收预计为135亿美元。', region: 'CN', date: '2023-11-20'})
    const last = find(claims, '120亿美元').period
    const current = find(claims, '135亿美元').period
    expect(last.id).toMatch(/^range:FY-1\?#/)
    expect(current.id).toMatch(/^range:FY\?#/)
    expect(claimKey(find(claims, '120亿美元'))).not.toBe(claimKey(find(claims, '135亿美元')))
  })

  test('the same relative fiscal year in two sentences is one period; only inside its document', () => {
    const text = '某连锁集团上一财年收入为56亿元。该集团表示，上财年收入为58亿元。'
    const a = extractClaims({text, region: 'CN', date: '2024-02-01', hash: 'doc-a'})
    const b = extractClaims({text, region: 'CN', date: '2024-02-01', hash: 'doc-b'})
    expect(find(a, '56亿元').period.id).toBe(find(a, '58亿元').period.id)
    expect(find(a, '56亿元').period.id).not.toBe(find(b, '56亿元').period.id)
  })

  test('a fiscal year named by its year compares across articles; its quarter is not the calendar quarter', () => {
    const claims = extractClaims({text: '某芯片公司2023财年第二季度净利润为12亿美元，上一财季为15亿美元；2023财年全年净利润为50亿美元。', region: 'CN', date: '2023-08-30'})
    expect(find(claims, '12亿美元').period.id).toBe('range:FY2023Q2')
    expect(find(claims, '50亿美元').period.id).toBe('range:FY2023')
    expect(find(claims, '15亿美元').period.id).toMatch(/^range:FYQ-1\?#/)
    // (A calendar quarter stays one.)
    const calendar = extractClaims({text: '今年第二季度，某市地区生产总值增长5.1%。', region: 'CN', date: '2023-08-30'})
    expect(find(calendar, '5.1%').period.id).toBe('range:2023-04..2023-06')
  })

  test('traditional script and a fiscal quarter named alone', () => {
    const claims = extractClaims({text: '該公司第三財季營收按年增長8%，本財年營收預計增長10%。', region: 'TW', date: '2023-10-30'})
    expect(find(claims, '8%').period.id).toMatch(/^range:FYQ3\?#/)
    expect(find(claims, '10%').period.id).toMatch(/^range:FY\?#/)
  })

  test('a two-year fiscal year and Hong Kong’s government years keep their readings', () => {
    expect(find(extractClaims({text: '公司2018-19财年收入50亿元。', region: 'CN', date: '2020-01-01'}), '50亿元').period.id).toBe('range:2018-01..2019-12')
    const hk = extractClaims({text: '上年度政府開支為8000億元。', region: 'HK', date: '2024-06-01'})
    expect(find(hk, '8000億元').period.id).toBe('range:2023-04..2024-03')
  })
})

describe('a year to the end of a month', () => {
  test('the twelve months to that month, the last such before the article', () => {
    const claims = extractClaims({text: '截至6月的财年，某航空公司收入增长12%。', region: 'CN', date: '2023-11-20'})
    expect(find(claims, '12%').period.id).toBe('range:2022-07..2023-06')
  })

  test('with its year and day', () => {
    const claims = extractClaims({text: '在截至2023年9月30日的财年中，某手机公司营收为3830亿美元。', region: 'CN', date: '2023-11-20'})
    expect(find(claims, '3830亿美元').period.id).toBe('range:2022-10..2023-09')
  })
})

describe('a company the clause refers back to', () => {
  test('`该公司` is the company named before it in the paragraph', () => {
    const claims = extractClaims({text: '中国是晶岳电子公司的第二大市场，在该公司2022年850亿美元的总收入中占21%。', region: 'CN', date: '2023-09-11'})
    expect(find(claims, '850亿美元').subject).toEqual({name: '晶岳电子', via: 'reference'})
  })

  test('a Latin name counts; a gloss in brackets and a speaker do not', () => {
    const claims = extractClaims({text: 'Zentrix周三公布业绩，分析师Anna Lee说，这家公司收入增长11%。', region: 'CN', date: '2023-09-01'})
    expect(find(claims, '11%').subject).toEqual({name: 'Zentrix', via: 'reference'})
  })

  test('not a government, not a name of an earlier paragraph', () => {
    const claims = extractClaims({text: '某某控股发布公告。\n市政府表示支持，该公司去年营收为12亿元。', region: 'CN', date: '2023-09-01'})
    expect(find(claims, '12亿元').subject).toEqual({name: '该公司', via: 'reference'})
  })

  test("a company never named is some company of its own article: its figure clashes with no other article's", async () => {
    const {subjectsDiffer} = await import('../src/index.js')
    const a = extractClaims({text: '该公司去年总收入为95.7亿美元。', region: 'CN', date: '2023-05-04', hash: 'doc-a'})
    const b = extractClaims({text: '去年全国总收入为3940亿美元。', region: 'CN', date: '2023-09-11', hash: 'doc-b'})
    const c = extractClaims({text: '该公司去年总收入为96亿美元。', region: 'CN', date: '2023-05-04', hash: 'doc-a'})
    expect(subjectsDiffer(find(a, '95.7亿美元'), find(b, '3940亿美元'))).toBe(true)
    // (Inside its article it is the one company the article is about.)
    expect(subjectsDiffer(find(a, '95.7亿美元'), find(c, '96亿美元'))).toBe(false)
  })
})

describe('months named by a list or by a year before them in the sentence', () => {
  test('a list of months before 分别 or 各 gives each value its month', () => {
    const claims = extractClaims({text: '数据显示，2021年2月和1月，某省物价分别同比下降0.4%、0.6%；此前5月和4月同比各涨0.3%和0.2%。', region: 'CN', date: '2023-09-11'})
    expect(find(claims, '0.4%').period.id).toBe('month:2021-02')
    expect(find(claims, '0.6%').period.id).toBe('month:2021-01')
    expect(find(claims, '0.3%').period.id).toBe('month:2023-05')
    expect(find(claims, '0.2%').period.id).toBe('month:2023-04')
  })

  test('each month of a span before 分别; values that do not match the items one for one are left alone', () => {
    const claims = extractClaims({text: '今年1至3月各月某市出口增速分别为2.4%、1.3%和0.8%。', region: 'CN', date: '2023-09-11'})
    expect(['2.4%', '1.3%', '0.8%'].map((v) => find(claims, v).period.id)).toEqual(['month:2023-01', 'month:2023-02', 'month:2023-03'])
    const uneven = extractClaims({text: '5月和4月某市出口分别增长3.1%、2.2%和1.5%。', region: 'CN', date: '2023-09-11'})
    expect(find(uneven, '1.5%').period.id).not.toBe('month:2023-04')
  })

  test('a month after a year named earlier in its sentence is of that year, also a year relative to the article', () => {
    const claims = extractClaims({text: '2022年某市物价上涨2.2%，年内高位是9月的2.9%。去年某县产值增长5%，12月份增长3%。今年以来某县出口增长4%，8月份增长6%。', region: 'CN', date: '2023-10-20'})
    expect(find(claims, '2.9%').period.id).toBe('month:2022-09')
    expect(find(claims, '3%').period.id).toBe('month:2022-12')
    // (A period since a year names no year for what follows.)
    expect(find(claims, '6%').period.id).toBe('month:2023-08')
  })

  test('`此前7月份` is July, not the first seven months', () => {
    const claims = extractClaims({text: '此前7月份某市物价同比下降0.3%。今年前7月某市出口增长5%。', region: 'CN', date: '2023-09-11'})
    expect(find(claims, '0.3%').period.id).toBe('month:2023-07')
    expect(find(claims, '5%').period.id).toBe('range:2023-01..2023-07')
  })
})

describe('what a figure measures, named by reference or after the scope', () => {
  test('`该指标` is the thing counted before it, and later figures of its sentence go on with it', () => {
    const claims = extractClaims({text: '统计局周五公布，8月份某省社会消费品零售总额比上年同月增长4.1%。\n该指标7月份增长2.3%，6月份增长3.4%。', region: 'CN', date: '2023-09-15'})
    expect(find(claims, '2.3%').metric.id).toBe(find(claims, '4.1%').metric.id)
    expect(find(claims, '3.4%').metric.id).toBe(find(claims, '4.1%').metric.id)
    expect(find(claims, '2.3%').metric.via).toBe('inherited')
  })

  test('a scope word opening the metric is the scope’s; a name is kept whole', () => {
    const claims = extractClaims({text: '全市GDP增长5.5%，本港失业率为3.1%，中国移动用户数增长2%。', region: 'CN', date: '2023-09-15'})
    expect(find(claims, '5.5%').metric.id).toBe('GDP')
    expect(find(claims, '3.1%').metric.id).toBe('失业率')
    expect(find(claims, '2%').metric.id).toContain('中国移动')
  })
})

describe("a company's figure", () => {
  test('its scope is the company named in its sentence, not the region of the article', () => {
    const claims = extractClaims({text: '晶岳电子公司去年营收为850亿元。', region: 'CN', date: '2023-09-11'})
    expect(find(claims, '850亿元').scope.level).toBe('organisation')
    expect(find(claims, '850亿元').scope.name).toBe(find(claims, '850亿元').subject?.name)
  })

  test('not a company that is what the figure counts, nor one carried from an earlier sentence', () => {
    const counted = extractClaims({text: '当日沽空股份有667只。', region: 'HK', date: '2023-09-11'})
    expect(find(counted, '667只').scope.level).not.toBe('organisation')
  })
})

describe('a currency named before an amount', () => {
  test('is neither the metric nor an action: the noun phrase before it is what is counted', () => {
    const claims = extractClaims({text: '2021年，某省地区生产总值为人民币4.2万亿元，某银行净利润为人民币120亿元。', region: 'CN', date: '2022-03-01'})
    expect(find(claims, '4.2万亿元').metric.id).toBe('地区生产总值')
    expect(find(claims, '120亿元').metric.id).toContain('净利润')
    expect(find(claims, '4.2万亿元').metric.action ?? '').not.toContain('人民币')
  })
})

describe('当年, the year named before', () => {
  test('a month or a whole year after 当年 is of the last year its paragraph named', () => {
    const claims = extractClaims({text: '2022年12月，某市物价同比下降1.6%。当年9月某市零售额增速回落至2.4%。当年全年某市零售额增长2.1%。', region: 'CN', date: '2023-09-15'})
    expect(find(claims, '2.4%').period.id).toBe('month:2022-09')
    expect(find(claims, '2.1%').period.id).toBe('year:2022')
  })

  test('without a year named before it in the paragraph, 当年 is the article’s year as before', () => {
    const claims = extractClaims({text: '某市统计局表示。\n当年某市零售额增长3.3%。', region: 'CN', date: '2023-09-15'})
    expect(find(claims, '3.3%').period.id).toMatch(/^year:2023/)
  })
})

describe('a lead whose first sentence states no figure', () => {
  test('the next sentence with a figure gives the lead’s month to the figures after it', () => {
    const text = '<p>某汽车集团周四公布，11月汽车交付量激增。</p>\n<p>该集团表示，11月交付了12,150辆汽车，同比增长21.5%。交付量包括7,020辆SUV和5,130辆轿车。</p>'
    const claims = extractClaims({text, region: 'CN', date: '2022-12-02'})
    expect(find(claims, '7,020辆').period.id).toBe('month:2022-11')
  })
})

describe('after archive G (in sample from here)', () => {
  test('中国台湾 and 中国香港 are Taiwan and Hong Kong, not China', () => {
    const claims = extractClaims({text: '中国台湾共有665人感染，180人死亡。中国香港共有1755人感染。', region: 'CN', date: '2020-02-17'})
    expect(find(claims, '665人').scope.id).toBe('71')
    expect(find(claims, '1755人').scope.id).toBe('81')
  })

  test('a daily average (日均, 月均, 场均) is its own statistic, not the total', () => {
    const claims = extractClaims({text: '今年1-10月，全市生活垃圾清运量780.5万吨。据最新数据，1-10月全市生活垃圾清运量日均达2.57万吨。', region: 'CN', date: '2019-12-20'})
    expect(claimKey(find(claims, '2.57万吨'))).not.toBe(claimKey(find(claims, '780.5万吨')))
  })
})

describe('text typeset with spaces between hanzi and digits', () => {
  const unspaced = '截至2月11日，全省口罩产能利用率已达94%。今年1-8月全市出口增长6.3%，比上年同期加快1.2个百分点，其中一般贸易出口2560亿元。'
  const spaced = unspaced.replace(/(?<=[\u3400-\u9fff])(?=[0-9])|(?<=[0-9%])(?=[\u3400-\u9fff])/g, ' ')

  test('claims read as in the unspaced text: same keys, periods and parts', () => {
    const a = extractClaims({text: unspaced, region: 'CN', date: '2023-09-11', hash: 'doc'})
    const b = extractClaims({text: spaced, region: 'CN', date: '2023-09-11', hash: 'doc'})
    expect(b.map((c) => claimKey(c))).toEqual(a.map((c) => claimKey(c)))
    expect(b.map((c) => c.period.id)).toEqual(a.map((c) => c.period.id))
    expect(find(b, '1.2 个百分点').metric.id).toBe(find(a, '1.2个百分点').metric.id)
  })

  test('offsets, texts, lines and ids are the input’s', () => {
    const text = `标题\n${spaced}\n`
    for (const claim of extractClaims({text, region: 'CN', date: '2023-09-11', hash: 'doc'})) {
      expect(text.slice(claim.place.start.offset, claim.place.end.offset)).toBe(claim.text)
      expect(claim.id).toBe(`doc#${claim.place.start.offset}`)
      expect(claim.place.start.line).toBe(2)
      expect(text.slice(claim.sentence.start, claim.sentence.start + claim.sentence.text.length)).toBe(claim.sentence.text)
      if (claim.part) expect(extractClaims({text, region: 'CN', date: '2023-09-11', hash: 'doc'}).some((c) => c.id === claim.part?.of)).toBe(true)
    }
  })
})

describe('figures that are no total of their scope', () => {
  test('an extreme of a spread, what is left out, and a figure of the past few years', () => {
    const boats = extractClaims({text: '全县渔民平均一户有三条船，多则8条船。全县共1520条船。', region: 'CN', date: '2020-02-20'})
    expect(claimKey(find(boats, '8条'))).not.toBe(claimKey(find(boats, '1520条')))
    const banks = extractClaims({text: '全国4300家银行中有400家高风险。然而其中除七家银行外，其余都是农村银行。', region: 'CN', date: '2019-09-12'})
    expect(claimKey(find(banks, '七家'))).not.toBe(claimKey(find(banks, '4300家')))
    const rates = extractClaims({text: '过去几年，某国的失业率大概保持在3.6%左右。该国劳工部预计，4月份失业率超过14%。', region: 'CN', date: '2020-05-07'})
    expect(find(rates, '3.6%左右').period.id).not.toBe(find(rates, '超过14%').period.id)
  })
})

describe('a round-up of banks or companies', () => {
  test('each clause is its own bank’s: a place’s name before a bank’s ending is a name, and no other bank’s name is carried into a sentence that names a bank of its own', () => {
    const text = '临川银行股本90.5亿股，香港流通股23.1亿股；例如，某台农商行股本40.2亿股，香港流通股7.5亿股。'
    const claims = extractClaims({text, region: 'CN', date: '2020-04-14'})
    expect(find(claims, '23.1亿').subject?.name).toBe(find(claims, '90.5亿').subject?.name)
    expect(find(claims, '7.5亿').subject?.name).not.toBe(find(claims, '23.1亿').subject?.name)
  })
})
