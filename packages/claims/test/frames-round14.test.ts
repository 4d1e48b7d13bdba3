// Frame rules of the fourteenth round of issue 18 (kinds of error read on the misses of heldout9,
// Hong Kong business and statistics news), each on invented sentences.
import {describe, expect, test} from 'vitest'
import {extractClaims} from '../src/index.js'
import {find} from './find-claim.js'

describe('a word of manner before the verb of change is not the metric', () => {
  test('`实质`, `月均` before a verb leave the noun before them as the metric', () => {
    const real = extractClaims({text: '統計處表示，第二季私人消費開支按年實質下跌6.4%，貨品出口實質上升3.1%。', region: 'HK', date: '2021-08-02'})
    expect(find(real, '6.4%').metric.id).toBe('私人消费开支')
    expect(find(real, '3.1%').metric.id).toBe('货品出口')
    const monthly = extractClaims({text: '上月全港用電量月均增加2.5%。', region: 'HK', date: '2021-08-02'})
    expect(find(monthly, '2.5%').metric.id).toBe('用电量')
  })

  test('a word of manner before a noun still modifies it', () => {
    const claims = extractClaims({text: '該商場月均營業額為3500萬元。', region: 'HK', date: '2021-08-02'})
    expect(find(claims, '3500萬元').metric.id).toContain('月均营业额')
  })

  test('Hong Kong’s names of GDP and of an annualised return are whole nouns', () => {
    const gdp = extractClaims({text: '第三季本地生產總值按年上升5.4%。', region: 'HK', date: '2021-11-01'})
    expect(find(gdp, '5.4%').metric.id).toBe('本地生产总值')
    const fund = extractClaims({text: '截至6月底，債券基金的年率化回報為2.7%。', region: 'HK', date: '2021-08-02'})
    expect(find(fund, '2.7%').metric.id).toContain('年率化回报')
  })
})

describe('Hong Kong fiscal years and company years', () => {
  test('a fiscal year with 的 before 財政年度 and its end day after a comma', () => {
    const claims = extractClaims({text: '消防處表示，2021/22的財政年度期間，截至2022年1月31日，共處理3200宗火警。', region: 'HK', date: '2022-03-10'})
    expect(find(claims, '3200宗').period.id).toBe('range:2021-04..2022-01')
  })

  test('a fiscal year in two two-digit years', () => {
    const claims = extractClaims({text: '該基金在10/11年度的回報為5.5%。', region: 'HK', date: '2022-03-10'})
    expect(find(claims, '5.5%').period.id).toBe('range:2010-04..2011-03')
  })

  test('去年度 and 上年度 are the last fiscal year ended before the article', () => {
    const june = extractClaims({text: '醫管局表示，去年度急症室求診人次為210萬。', region: 'HK', date: '2021-06-20'})
    expect(find(june, '210萬').period.id).toBe('range:2020-04..2021-03')
    const march = extractClaims({text: '醫管局表示，上年度急症室求診人次為210萬。', region: 'HK', date: '2021-03-20'})
    expect(find(march, '210萬').period.id).toBe('range:2019-04..2020-03')
    const toDate = extractClaims({text: '運輸署表示，上年度截至一月底共發出5200張告票。', region: 'HK', date: '2021-04-20'})
    expect(find(toDate, '5200張').period.id).toBe('range:2020-04..2021-01')
  })

  test('a company’s year to a month end (`截至…月底止，…全年`) and 去年同期 the year before it', () => {
    const claims = extractClaims({text: '某連鎖餐廳截至9月底止，全年盈利3.2億元，去年同期則錄得盈利2.8億元。', region: 'HK', date: '2021-12-01'})
    expect(find(claims, '3.2億元').period.id).toBe('range:2020-10..2021-09')
    expect(find(claims, '2.8億元').period.id).toBe('range:2019-10..2020-09')
  })

  test('去年同期 after a quarter is that quarter a year earlier; 截至 a month without 全年 stays a point', () => {
    const quarter = extractClaims({text: '首季訪港旅客為120萬人次，去年同期為900萬人次。', region: 'HK', date: '2021-05-01'})
    expect(find(quarter, '900萬人次').period.id).toBe('range:2020-01..2020-03')
    const point = extractClaims({text: '截至9月底止，該公司共有員工3200人。', region: 'HK', date: '2021-12-01'})
    expect(find(point, '3200人').period.id).toBe('asof:2021-09')
  })
})

describe('the period the lead opens with frames the article', () => {
  const deposits = [
    '統計處數據顯示，本港4月零售業總銷貨價值為250億元，按年下跌3.2%。',
    '',
    '至於網上銷售則升12.5%，佔總銷貨價值的8.1%。',
    '',
    '珠寶首飾類別的銷貨價值跌15.4%。'
  ].join('\n')

  test('a month named in the lead before its first figure is the period of later figures without time words', () => {
    const claims = extractClaims({text: deposits, region: 'HK', date: '2021-06-02'})
    expect(find(claims, '12.5%').period.id).toBe('month:2021-04')
    expect(find(claims, '15.4%').period.id).toBe('month:2021-04')
  })

  test('also after a headline without a time, and a company year of the lead', () => {
    const text = ['連鎖餐廳盈利倒退', '某連鎖餐廳截至9月底止，全年盈利3.2億元。', '期內，同店銷售跌6.5%。'].join('\n')
    const claims = extractClaims({text, region: 'HK', date: '2021-12-01'})
    expect(find(claims, '6.5%').period.id).toBe('range:2020-10..2021-09')
  })

  test('not a day or an as-of month of the lead, and not a time named after its first figure', () => {
    const day = extractClaims({text: ['消防處5月3日接報一宗火警，涉及30名住客。', '', '事件中有5人受傷。'].join('\n'), region: 'HK', date: '2021-06-02'})
    expect(find(day, '5人').period.id).toBe('asof:2021-06')
    const late = extractClaims({text: ['該會共有會員1200人，較4月增加30人。', '', '當中女性佔55%。'].join('\n'), region: 'HK', date: '2021-06-02'})
    expect(find(late, '55%').period.id).toBe('asof:2021-06')
  })
})

describe('a basis of calculation after 按 is not the metric', () => {
  test('`按当地货币计算`, `按固定汇率计` leave the noun before them', () => {
    const claims = extractClaims({text: '期內，該集團營業額按當地貨幣計算下跌8.2%，毛利率按固定匯率計上升1.5個百分點。', region: 'HK', date: '2021-06-02'})
    expect(find(claims, '8.2%').metric.id).toContain('营业额')
    expect(find(claims, '1.5個百分點').metric.id).toBe('毛利率')
  })

  test('same-store sales are one noun', () => {
    const claims = extractClaims({text: '期內，本港同店銷售增加4.4%。', region: 'HK', date: '2021-06-02'})
    expect(find(claims, '4.4%').metric.id).toBe('同店销售')
  })
})
