// Frame rules of the sixteenth round of issue 18 (kinds of error read on the misses of heldout11 and
// heldout12: foreign news in simplified Chinese, RFA, Al Jazeera, NYT and NHK pages), each on invented sentences.
import {describe, expect, test} from 'vitest'
import {extractClaims} from '../src/index.js'
import {find} from './find-claim.js'

describe('a line that opens by naming a breakdown goes on with the thing of the paragraph before it', () => {
  const text = [
    '<p>今年前三个月，入境游客人数比上年减少42.5%。</p>',
    '<p>按国家划分，泰国减少61.2%，为31,560人；越南减少55.4%，为20,118人。</p>'
  ].join('\n')

  test('a place and its change in the breakdown take the earlier thing', () => {
    const claims = extractClaims({text, region: 'CN', date: '2020-05-10'})
    expect(find(claims, '42.5%').metric.id).toBe('入境游客人数')
    expect(find(claims, '61.2%').metric.id).toBe('入境游客人数')
    expect(find(claims, '55.4%').metric.id).toBe('入境游客人数')
  })

  test('a line that names no breakdown does not take it', () => {
    const plain = text.replace('按国家划分，', '')
    const claims = extractClaims({text: plain, region: 'CN', date: '2020-05-10'})
    expect(find(claims, '61.2%').metric.id).not.toBe('入境游客人数')
  })
})

describe('the level after a place’s change, in a list of places, is of the thing the change was of', () => {
  test('`泰国减少61.2%，为31,560人`: the count after the change takes the inherited thing', () => {
    const text = '<p>今年前三个月，入境游客人数比上年减少42.5%。</p>\n<p>按国家划分，泰国减少61.2%，为31,560人；越南减少55.4%，为20,118人。</p>'
    const claims = extractClaims({text, region: 'CN', date: '2020-05-10'})
    expect(find(claims, '31,560人').metric.id).toBe('入境游客人数')
    expect(find(claims, '20,118人').metric.id).toBe('入境游客人数')
  })
})

describe('a share of a survey’s answers measures the quoted answer, not who answered', () => {
  test('`N%受訪者表示「…」`: the answer after the share', () => {
    const claims = extractClaims({text: '大學的民調發現，41.5%受訪者表示「有打算轉行」，較去年的39.2%上升。', region: 'HK', date: '2024-11-20'})
    expect(find(claims, '41.5%').metric.id).toBe('有打算转行')
  })

  test('`其次是「…」，佔N%` and `「…」（N%）`: the answer before the share, its first choice before a slash', () => {
    const claims = extractClaims({text: '最多人選的原因是「工時太長/太辛苦」，佔21.4%；其次是「人工太低」，佔12.2%。其他還有「前景欠佳」（8.1%）。', region: 'HK', date: '2024-11-20'})
    expect(find(claims, '21.4%').metric.id).toBe('工时太长')
    expect(find(claims, '12.2%').metric.id).toBe('人工太低')
    expect(find(claims, '8.1%').metric.id).toBe('前景欠佳')
  })

  test('`回答称…“转好”或“略有转好”的企业为N%`: the first of the answers', () => {
    const claims = extractClaims({text: '调查显示，回答称今年销售将“转好”或“略有转好”的企业为37%，与上次持平。', region: 'CN', date: '2024-11-20'})
    expect(find(claims, '37%').metric.id).toBe('转好')
  })

  test('a quoted name that is no answer before a count is not read', () => {
    const claims = extractClaims({text: '公司推出“春风”计划，投入资金1200万元。', region: 'CN', date: '2024-11-20'})
    expect(find(claims, '1200万元').metric.id).not.toBe('春风')
  })
})

describe('a national news agency’s dateline makes its country the article’s place', () => {
  test('`【共同社…电】` then a ministry of Japan: figures that name no place are Japan’s', () => {
    const text = '<p>【共同社5月12日电】11日从日本厚生劳动省获悉，2019年度全国托儿所的待机儿童为12,439人，较上年度减少3,356人。</p>\n<p>其中小学生为6,210人。</p>'
    const claims = extractClaims({text, region: 'CN', date: '2020-05-12'})
    expect(find(claims, '12,439人').scope.id).toBe('foreign:日本')
    expect(find(claims, '6,210人').scope.id).toBe('foreign:日本')
  })

  test('a world wire’s dateline (`法新社`) does not; nor a national agency’s story about China’s places', () => {
    const wire = extractClaims({text: '<p>（法新社东京11日电）日本厚生劳动省今天发布报告。</p>\n<p>待机儿童为12,439人。</p>', region: 'CN', date: '2020-05-12'})
    const kyodo = extractClaims({text: '<p>【共同社5月11日电】日本厚生劳动省今天发布报告。</p>\n<p>待机儿童为12,439人。</p>', region: 'CN', date: '2020-05-12'})
    expect(find(kyodo, '12,439人').scope.id).toBe('foreign:日本')
    expect(find(wire, '12,439人').scope.id).not.toBe('foreign:日本')
    const china = extractClaims({text: '<p>【共同社5月12日电】日本企业在上海的投资增加，上海市统计局称，上海外资企业达5.2万家，北京为3.1万家，广州为1.1万家。</p>', region: 'CN', date: '2020-05-12'})
    expect(find(china, '5.2万家').scope.id).toBe('31')
  })
})

describe('Japan’s fiscal year runs from April', () => {
  const text = '<div>\n<p>【共同社5月12日电】11日从日本厚生劳动省获悉，2019年度托儿所的待机儿童为12,439人，较上年度减少3,356人。</p>\n<p>其中小学生为6,210人。</p>'

  test('`2019年度` in a story about Japan is April 2019 to March 2020, and frames the later figures', () => {
    const claims = extractClaims({text, region: 'CN', date: '2020-05-12'})
    expect(find(claims, '12,439人').period.id).toBe('range:2019-04..2020-03')
    expect(find(claims, '6,210人').period.id).toBe('range:2019-04..2020-03')
  })

  test('in a story about China, `2019年度` stays the calendar year', () => {
    const claims = extractClaims({text: '<p>国家统计局11日公布，2019年度全国托儿所的待机儿童为12,439人。</p>', region: 'CN', date: '2020-05-12'})
    expect(find(claims, '12,439人').period.id).toBe('year:2019')
  })
})

describe('`全国` in a story about a foreign country is that country', () => {
  test('after a national agency’s dateline, `全国…` figures are Japan’s', () => {
    const text = '<div>\n<p>【共同社5月12日电】11日从日本文部科学省就托儿所实施的调查获悉，全国国公私立托儿所的待机儿童为12,439人，较上年减少3,356人。</p>'
    const claims = extractClaims({text, region: 'CN', date: '2020-05-12'})
    expect(find(claims, '12,439人').scope.id).toBe('foreign:日本')
    expect(find(claims, '3,356人').scope.id).toBe('foreign:日本')
  })

  test('in a story about China it stays China', () => {
    const claims = extractClaims({text: '<p>国家统计局11日公布，全国托儿所的儿童为12,439人。</p>', region: 'CN', date: '2020-05-12'})
    expect(find(claims, '12,439人').scope.id).toBe('CN')
  })
})

describe('`全国` in a Chinese story about a foreign country stays China', () => {
  test('a story that names a foreign country most but no agency’s dateline', () => {
    const text = '<p>美国商务部称，美国8月出口增长3%。美国进口增长2%。美国逆差扩大。</p>\n<p>全国一般公共预算收入增长7.4%。</p>'
    const claims = extractClaims({text, region: 'CN', date: '2020-05-12'})
    expect(find(claims, '7.4%').scope.id).toBe('CN')
  })
})

describe('a survey’s shares are of the month it was carried out in', () => {
  const text = [
    '港大民調：41.5%市民打算轉行',
    '<p>大學的民調發現，41.5%受訪者表示「有打算轉行」，較去年的39.2%上升。</p>',
    '<p>調查在今年9月以電話進行，受訪人數為812人。其中28.3%稱已在找新工作。</p>'
  ].join('\n')

  test('a share with no time of its own takes the survey’s month, not the article’s', () => {
    const claims = extractClaims({text, region: 'HK', date: '2024-11-20'})
    expect(find(claims, '41.5%', 1).period.id).toBe('month:2024-09')
    expect(find(claims, '28.3%').period.id).toBe('month:2024-09')
    expect(find(claims, '39.2%').period.id).toBe('year:2023')
  })

  test('an article not about a survey is not framed by a month something was done in', () => {
    const polled = extractClaims({text: '<p>調查顯示，工程在今年9月進行。</p>\n<p>工程費用為1.2億元。</p>', region: 'HK', date: '2024-11-20'})
    expect(find(polled, '1.2億元').period.id).toBe('month:2024-09')
    const plain = '<p>政府公布，工程在今年9月進行。</p>\n<p>工程費用為1.2億元。</p>'
    const claims = extractClaims({text: plain, region: 'HK', date: '2024-11-20'})
    expect(find(claims, '1.2億元').period.id).not.toBe('month:2024-09')
  })
})

describe('a list item of a group and 为 names the group its figure is of', () => {
  test('`；初中为…人（增加…人）；高中为…人`: the school level, also for the change in brackets', () => {
    const claims = extractClaims({text: '托儿所的待机儿童在小学达到4,545人，增加701人；初中为1,524人（增加820人）；高中为352人。', region: 'CN', date: '2020-05-12'})
    expect(find(claims, '1,524人').metric.id).toBe('初中')
    expect(find(claims, '820人').metric.id).toBe('初中')
    expect(find(claims, '352人').metric.id).toBe('高中')
  })

  test('a direction (`西部为…`) is not a group', () => {
    const claims = extractClaims({text: '托儿所的数量在东部达到4,545所，增加701所；西部为1,524所。', region: 'CN', date: '2020-05-12'})
    expect(find(claims, '1,524所').metric.id).not.toBe('西部')
  })
})
