// Frame rules read on the misses of heldout10 (wire and Hong Kong statistics news), each on invented sentences.
import {describe, expect, test} from 'vitest'
import {extractClaims} from '../src/index.js'
import {find} from './find-claim.js'

describe('the ends of a metric read before its figure', () => {
  test('a verb of change closing the phrase is the figure\'s change, not its thing', () => {
    const claims = extractClaims({text: '统计局称，上月蔬菜价格下降3.1%，交通费用上涨1.2%，工业产值增长6%。', date: '2024-05-11', region: 'CN'})
    expect(find(claims, '3.1%').metric.id).toBe('蔬菜价格')
    expect(find(claims, '1.2%').metric.id).toBe('交通费用')
    expect(find(claims, '6%').metric.id).toBe('工业产值')
  })

  test('a word of time opening the phrase is the figure\'s period, not its thing', () => {
    const claims = extractClaims({text: '統計處指出，同期總就業人數為365萬人，上季營運開支為12億元。', date: '2024-05-11', region: 'HK'})
    expect(find(claims, '365萬人').metric.id).toBe('总就业人数')
    expect(find(claims, '12億元').metric.id).toBe('营运开支')
  })

  test('a rate named with its change word, or a noun of time inside the phrase, is kept whole', () => {
    const claims = extractClaims({text: '该市人口增长率为0.8%，全年旅客人次为120万。', date: '2024-05-11', region: 'CN'})
    expect(find(claims, '0.8%').metric.id).toBe('人口增长率')
  })
})

describe('the value of an index named by its acronym', () => {
  test('`制造业PMI为51.5`, `CPI报102.1` are claims of the index', () => {
    const claims = extractClaims({text: '5月制造业PMI为49.5，非制造业PMI录得51.1，当月CPI报102.1。', date: '2024-06-01', region: 'CN'})
    expect(find(claims, '49.5').metric.id).toBe('制造业PMI')
    expect(find(claims, '51.1').metric.id).toBe('非制造业PMI')
    expect(find(claims, '102.1').metric.id).toContain('CPI')
  })

  test('a bare number after another word is still no claim', () => {
    expect(extractClaims({text: '该车型编号为51，售价便宜。', date: '2024-06-01', region: 'CN'}).map((c) => c.text)).toEqual([])
  })
})

describe('the end of a quarter or a half, and the first quarters', () => {
  test('`二季度末`, `上半年末`, `2019年四季度末` are as of the span\'s last day; `二季度` stays the span', () => {
    const claims = extractClaims({text: '二季度末外债余额为2万亿美元，二季度GDP增长3.2%。上半年末存款余额为50亿元。2019年四季度末贷款余额为80亿元。', date: '2020-09-25', region: 'CN'})
    expect(find(claims, '2万亿美元').period).toMatchObject({id: 'asof:2020-06', end: '2020-06-30'})
    expect(find(claims, '3.2%').period.id).toBe('range:2020-04..2020-06')
    expect(find(claims, '50亿元').period.id).toBe('asof:2020-06')
    expect(find(claims, '80亿元').period).toMatchObject({id: 'asof:2019-12', end: '2019-12-31'})
  })

  test('`今年首3季` is January to September, like 前三季度', () => {
    const claims = extractClaims({text: '今年首3季，新股上市數目69宗。', date: '2025-11-05', region: 'HK'})
    expect(find(claims, '69宗').period.id).toBe('range:2025-01..2025-09')
  })
})

describe('a foreign story written in Chinese', () => {
  test('a country named in the lead and more often than any place of China is the article\'s place', () => {
    const text = '日本政府今日公布，日本9月新车销量为38万辆。东京都的销量增长5%。\n经济产业省称，电动车销量为1.2万辆，占比3%。日本车企对此表示欢迎。'
    const claims = extractClaims({text, date: '2024-10-02', region: 'CN'})
    expect(find(claims, '1.2万辆').scope.id).toBe('foreign:日本')
  })

  test('a Chinese story that names a foreign country keeps China', () => {
    const text = '商务部表示，我国对美国出口增长3%。北京、上海、广州的出口分别增长5%、4%和2%。\n全国新增外贸企业1.2万家。'
    const claims = extractClaims({text, date: '2024-10-02', region: 'CN'})
    expect(find(claims, '1.2万家').scope.id).toBe('CN')
  })
})

describe('a ratio\'s level in multiples', () => {
  test('a multiple after a ratio named with its copula is a claim; a change in multiples is not', () => {
    const claims = extractClaims({text: '9月有效求人倍率为1.2倍，该行业市盈率达25倍，出口增长1.5倍。', date: '2024-10-02', region: 'CN'})
    expect(find(claims, '1.2倍').metric.id).toContain('求人倍率')
    expect(find(claims, '25倍').metric.id).toContain('市盈率')
    expect(claims.some((c) => c.text === '1.5倍')).toBe(false)
  })
})
