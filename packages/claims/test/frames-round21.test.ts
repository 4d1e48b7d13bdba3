// Round 21 (the lead, after archive H was scored held out). Daily reports of wire copy name their day alone
// (`中國17日新增93例`): it is that day, of the article's month; the sentences after a day's report take its day.
// COVID-19's names hold a year and a place (`2019冠狀病毒疾病`, `武漢肺炎`) that are neither the figures' year nor
// their place. `上季` is the calendar quarter before the article's; `首三個財季` a company's quarters so far. A trade
// partner named in a sentence's first trade clause is the later clauses' too. Forecasts compare only inside their
// article; plans and targets are statistics of their own. Invented texts.
import {describe, expect, test} from 'vitest'
import {claimKey, extractClaims, modeOf} from '../src/index.js'
import {find} from './find-claim.js'

describe('days of daily reports', () => {
  test('a day named alone is a day of the article month, or of the month before when still to come', () => {
    const claims = extractClaims({text: '某国17日新增确诊病例93例。某国30日新增确诊病例41例。', region: 'CN', date: '2021-01-18'})
    expect(find(claims, '93例').period).toMatchObject({type: 'as-of', end: '2021-01-17', daily: '2021-01-17'})
    expect(find(claims, '41例').period).toMatchObject({end: '2020-12-30', daily: '2020-12-30'})
  })

  test('two days of one running report are two statistics', () => {
    const a = extractClaims({text: '台湾22日新增2例本土病例。', region: 'TW', date: '2021-01-23', hash: 'a'})
    const b = extractClaims({text: '台湾23日新增1例本土病例。', region: 'TW', date: '2021-01-23', hash: 'b'})
    expect(claimKey(find(a, '2例'))).not.toBe(claimKey(find(b, '1例')))
  })

  test('a number of days is not a day of the month', () => {
    const claims = extractClaims({text: '该公司将在30日内裁员300人。', region: 'CN', date: '2021-01-18'})
    expect(find(claims, '300人').period).toMatchObject({end: '2021-01-18', via: 'article-date'})
  })

  test('the sentences after a day report, its place before the day, take the day', () => {
    const claims = extractClaims({text: '根据卫健委通报，大陆地区10日新增确诊病例103例，其中境外输入病例18例；本土病例85例，包括河北82例。', region: 'CN', date: '2021-01-11'})
    expect(find(claims, '85例').period).toMatchObject({via: 'previous-sentence', daily: '2021-01-10'})
  })
})

describe("COVID-19's names", () => {
  test('2019冠状病毒疾病 names no year, 武汉肺炎 no place', () => {
    const claims = extractClaims({text: '中国17日新增93例本土2019冠状病毒疾病（COVID-19，武汉肺炎）确诊，其中河北病例增加至14例。', region: 'CN', date: '2021-01-18'})
    const claim = find(claims, '93例')
    expect(claim.period.id).not.toBe('year:2019')
    expect(claim.scope.id).toBe('CN')
  })
})

describe('quarters relative to the article', () => {
  test('上季 is the calendar quarter before the article, and frames the sentences after it', () => {
    const claims = extractClaims({text: '某集团公布，上季销售净额约5.73亿欧元。按地区划分，香港销售额约4642万欧元。', region: 'HK', date: '2021-01-26'})
    expect(find(claims, '约5.73亿欧元').period.id).toBe('range:2020-10..2020-12')
    expect(find(claims, '约4642万欧元').period).toMatchObject({id: 'range:2020-10..2020-12', via: 'previous-sentence'})
  })

  test("a company's quarters so far are a period of their own, inside the article", () => {
    const claims = extractClaims({text: '某集团截至去年底，首三个财季销售额约11.89亿欧元。上季销售额约5.73亿欧元。', region: 'CN', date: '2021-01-26'})
    expect(find(claims, '约11.89亿欧元').period.id).toMatch(/^range:FYQ1\.\.3\?#/)
    expect(claimKey(find(claims, '约11.89亿欧元'))).not.toBe(claimKey(find(claims, '约5.73亿欧元')))
  })
})

describe('trade partners', () => {
  test("a partner named in a sentence's first trade clause is the later clauses' too", () => {
    const bilateral = extractClaims({text: '2020年，中国对美国出口增长7.9%，进口增长9.8%，贸易顺差3169亿美元。', region: 'CN', date: '2021-01-14', hash: 'a'})
    const total = extractClaims({text: '2020年，中国出口增长3.6%，进口下降1.1%，贸易顺差5350亿美元。', region: 'CN', date: '2021-01-14', hash: 'b'})
    expect(find(bilateral, '9.8%').metric.qualifier).toContain('with:美国')
    expect(claimKey(find(bilateral, '3169亿美元'))).not.toBe(claimKey(find(total, '5350亿美元')))
  })
})

describe('plans and forecasts', () => {
  test('a forecast compares only inside its article, a plan with plans', () => {
    const a = extractClaims({text: '某机构预计，今年全国经济增速将达到8.1%。全市今年计划新建住房1.2万套。', region: 'CN', date: '2021-01-26', hash: 'a'})
    const b = extractClaims({text: '另一机构预计，今年全国经济增速将达到8%。', region: 'CN', date: '2021-01-27', hash: 'b'})
    expect(modeOf(find(a, '8.1%'))).toBe('forecast')
    expect(modeOf(find(a, '1.2万套'))).toBe('plan')
    expect(claimKey(find(a, '8.1%'))).toMatch(/@forecast#a$/)
    expect(claimKey(find(b, '8%'))).toMatch(/@forecast#b$/)
    expect(claimKey(find(a, '1.2万套'))).toMatch(/@plan$/)
  })
})

describe("the headline of a saved page or a post's front matter", () => {
  test('an <h1> naming a year frames the figures that name no time', () => {
    const text = '<article>\n <header>\n  <h1 class="page-title">\n   2019 年某省财政收入未达目标\n  </h1>\n </header>\n <p>\n   数据显示，全省一般公共预算收入增长 3.8%，其中税收收入下降 1%。\n </p>\n</article>\n'
    const claims = extractClaims({text, region: 'CN', date: '2020-02-16'})
    expect(find(claims, '3.8%').period.id).toBe('year:2019')
  })

  test("a front matter's title naming a year does too", () => {
    const text = '---\ntitle: 2019年某省财政收入未达目标\ndate: 2020-02-16\n---\n\n数据显示，全省一般公共预算收入增长3.8%。\n'
    const claims = extractClaims({text, region: 'CN', date: '2020-02-16'})
    expect(find(claims, '3.8%').period.id).toBe('year:2019')
  })
})

describe('companies reporting their own figures', () => {
  test('a company that reports (表示, 公布) is the subject of its figures, also after a tag of a saved page', () => {
    for (const text of ['蓝天科技公司表示，11月交付了14,178辆电动汽车，同比增长30.3%。', '<p>蓝天科技公司周四公布，11月交付了14,178辆电动汽车。</p>']) {
      const claim = find(extractClaims({text, region: 'CN', date: '2022-12-02'}), '14,178辆')
      expect(claim.subject?.name).toBe('蓝天科技')
      expect(claim.scope.id).toBe('org:蓝天科技')
    }
  })

  test('a statistics office that reports is a source, not the subject', () => {
    const claim = find(extractClaims({text: '国家统计局公布，11月全国汽车产量为14,178辆。', region: 'CN', date: '2022-12-02'}), '14,178辆')
    expect(claim.subject).toBeUndefined()
  })
})

describe('the taxonomy of rates', () => {
  test("a thing's rate of change is a rate of the thing; the economy's growth is its output's", async () => {
    const {canonicalMetric} = await import('../src/taxonomy.js')
    expect(canonicalMetric('增值税增速')).toBe(canonicalMetric('增值税'))
    expect(canonicalMetric('社会消费品零售总额增速')).toBe(canonicalMetric('社会消费品零售总额'))
    expect(canonicalMetric('经济增长')).toBe(canonicalMetric('GDP'))
    expect(canonicalMetric('经济增速')).toBe(canonicalMetric('国内生产总值'))
    expect(canonicalMetric('增速')).toBe('增速')
  })
})

describe('a verb and a one-character noun of measure', () => {
  test('出生数, 成交值 and 销售量 are nouns the segmenter cut in two: they are the metric', () => {
    const claims = extractClaims({text: '今年第1季出生數為3萬4917人。未含盤後的成交值為4362.98億元。上月銷售量為300輛。', region: 'TW', date: '2021-04-10'})
    expect(find(claims, '3萬4917人').metric.id).toBe('出生数')
    expect(find(claims, '4362.98億元').metric.id).toBe('成交值')
    expect(find(claims, '300輛').metric.id).toBe('销售量')
  })
})

describe('a breakdown by time', () => {
  test('clauses of only a time and a change go on with the thing counted before', () => {
    const claims = extractClaims({text: '2021年全年经济同比增长8.1%。\n分季度看，一季度同比增长18.3%，二季度增长7.9%。', region: 'CN', date: '2022-01-17'})
    expect(find(claims, '18.3%').metric.id).toBe('经济')
    expect(find(claims, '7.9%').metric.id).toBe('经济')
  })
})

describe('traditional script', () => {
  test('a forecast (預計) and a portion (約佔全縣) are read in Hong Kong and Taiwan text too', () => {
    const forecast = find(extractClaims({text: '政府預計，今年本港經濟增長將達到3.5%。', region: 'HK', date: '2024-03-05', hash: 'hk'}), '3.5%')
    expect(modeOf(forecast)).toBe('forecast')
  })
})

describe('goods of a trade measure', () => {
  test('a trade measure named without its goods is of the goods its sentence named before', () => {
    const beef = extractClaims({text: '上半年，某国牛肉进口量累计达69.77万吨，同比增长52.9%，进口额32.56亿美元。', region: 'CN', date: '2019-09-21', hash: 'a'})
    const pork = extractClaims({text: '1至6月某国进口鲜冷冻猪肉81.87万吨，同比增26.3%，进口额达15.34亿美元。', region: 'CN', date: '2019-09-21', hash: 'b'})
    expect(find(beef, '32.56亿美元').metric.qualifier).toContain('goods:牛肉')
    expect(find(pork, '15.34亿美元').metric.qualifier).toContain('goods:鲜冷冻猪肉')
    expect(claimKey(find(beef, '32.56亿美元'))).not.toBe(claimKey(find(pork, '15.34亿美元')))
  })
})
