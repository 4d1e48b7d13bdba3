// Round 47 (the lead, 2026-12-07, eighth stop), from the kinds of period and metric error read on heldout21 and on
// archive W when first scored: years of the zodiac, five-year plans' periods, a breakdown that opens a sentence
// after a sentence that opened on its year, and populations a verb names. Invented texts.
import {describe, expect, test} from 'vitest'
import {extractClaims} from '../src/index.js'
import {find} from './find-claim.js'

describe('round 47: periods named by the calendar of the news', () => {
  test('a year of the zodiac is the lunar year of that animal nearest the article, or twelve years before it', () => {
    const rat = extractClaims({text: '某指數鼠年累計升2223點，升幅近8%。', region: 'HK', date: '2021-02-11'})
    expect(find(rat, '2223點').period.id).toBe('range:2020-01..2021-02')
    expect(find(rat, '近8%').period.id).toBe('range:2020-01..2021-02')
    const dragon = extractClaims({text: '据官方统计，上一个龙年，全国全年出生人口1800万人。今年龙年，某市出生人口有望达到5万人。', region: 'CN', date: '2024-02-15'})
    expect(find(dragon, '1800万人').period.id).toBe('year:2012')
    expect(find(dragon, '1800万人').metric.id).toBe('出生人口')
    // (`猴年马月` is "never", no year.)
    const never = extractClaims({text: '这笔钱要等到猴年马月才能收回，某市去年共有企业3000家。', region: 'CN', date: '2021-02-11'})
    expect(find(never, '3000家').period.id).toBe('year:2020')
  })

  test('a five-year plan’s period is its five years once over, and so far while under way', () => {
    const during = extractClaims({text: '“十四五”期间，全国研发经费年均增长约6.5%。', region: 'CN', date: '2025-09-17'})
    expect(find(during, '约6.5%').period.id).toBe('since:2021..2025-09')
    const over = extractClaims({text: '“十四五”期间，全国研发经费年均增长约6.5%。', region: 'CN', date: '2026-03-05'})
    expect(find(over, '约6.5%').period.id).toBe('range:2021-01..2025-12')
    const earlier = extractClaims({text: '十三五时期，全省粮食产量年均增长2.1%。', region: 'CN', date: '2025-09-17'})
    expect(find(earlier, '2.1%').period.id).toBe('range:2016-01..2020-12')
    // (The plan named alone is a document: the figure is the article's.)
    const document = extractClaims({text: '十四五规划提出，全国研发经费年均增长7%以上。', region: 'CN', date: '2025-09-17'})
    expect(find(document, '7%以上').period.id).not.toMatch(/2021/)
  })

  test('a breakdown opening a sentence takes the year its sentence before opened on', () => {
    const text = '去年本港銀行信貸按年增長1.2%。當中在港使用的貸款增長2.2%，貿易融資貸款跌6.2%。另外，本港銀行存款增加5.4%。'
    const claims = extractClaims({text, region: 'HK', date: '2021-02-04'})
    expect(find(claims, '1.2%').period.id).toBe('year:2020')
    expect(find(claims, '2.2%').period.id).toBe('year:2020')
    expect(find(claims, '6.2%').period.id).toBe('year:2020')
    // (A sentence that is no breakdown keeps its own reading.)
    expect(find(claims, '5.4%').period.id).not.toBe('year:2020')
  })

  test('a piece of a 分别 list that already names the shared head does not take it again; indices jieba cuts are one name', () => {
    const listed = extractClaims({text: '上月本港認可機構的存款總額及港元存款分別下跌1.2%及2.2%。某地紡織業、家具製造業營業收入分別增長3%和4%。', region: 'HK', date: '2020-12-31'})
    expect(find(listed, '1.2%').metric.id).toBe('存款总额')
    expect(find(listed, '2.2%').metric.id).toBe('港元存款')
    expect(find(listed, '3%').metric.id).toBe('纺织业营业收入')
    // (A piece ending on a measure of its own takes no shared head.)
    const measures = extractClaims({text: '9月份，规模以上工业增加值、全国服务业生产指数分别同比增长5.4%、5.1%。', region: 'CN', date: '2024-10-18'})
    expect(find(measures, '5.4%').metric.id).toBe('规模以上工业增加值')
    const indices = extractClaims({text: '10月份，全国制造业采购经理指数为50.2%。美股收黑，道瓊工業指數下跌943.24點。', region: 'TW', date: '2020-10-31'})
    expect(find(indices, '50.2%').metric.id).toMatch(/采购经理指数$/)
    expect(find(indices, '943.24點').metric.id).toBe('道琼工业指数')
  })

  test('a council or ministry reporting figures is their source, not their scope; a body the figures are of stays one', () => {
    const text = '農委會3日公布，全國農業產物損失累計新台幣8億2451萬元。\n\n（中央社記者台北3日電）農委會今天公布，全國農業產物損失累計新台幣8億2451萬元。\n\n農委會分析，受損作物主要為芒果，被害面積1882公頃。'
    const claims = extractClaims({text, region: 'TW', date: '2021-06-03'})
    for (const claim of claims) expect(claim.scope.id).not.toBe('org:农委会')
    expect(find(claims, '1882公頃').scope.id).toBe('71')
    // (A body whose own figures they are keeps its scope: `某某協會會員達1200人`.)
    const own = extractClaims({text: '台灣某某協會成立10年，會員達1200人。', region: 'TW', date: '2021-06-03'})
    expect(find(own, '1200人').scope.id).not.toBe('71')
  })

  test('goods listed after 其中 break down the trade measure named before it; 及其 joins a name', () => {
    const text = '一季度，某类产品出口3.39万亿元，增长6.8%；其中，电脑及其零部件、汽车、船舶分别增长8.6%、21.7%、113.1%。'
    const claims = extractClaims({text, region: 'CN', date: '2024-04-12'})
    for (const value of ['8.6%', '21.7%', '113.1%']) expect(find(claims, value).metric.id).toBe('出口')
    expect(find(claims, '8.6%').metric.qualifier).toContain('of:电脑及其零部件')
    expect(find(claims, '21.7%').metric.qualifier).toContain('of:汽车')
    // (Without 其中 before the list, it is no breakdown of that measure.)
    const plain = extractClaims({text: '某地电脑、汽车分别增长8.6%、21.7%。', region: 'CN', date: '2024-04-12'})
    expect(find(plain, '8.6%').metric.id).not.toBe('出口')
  })
})
