// Frame rules of the third round of issue 18 (kinds of error found on the held-out labels and the
// development misses), each on invented sentences.
import {describe, expect, test} from 'vitest'
import {extractClaims} from '../src/index.js'
import {find} from './find-claim.js'

describe('people counted by what happened to them', () => {
  test('a verb after the count names it; one-character headline verbs are read in full', () => {
    const claims = extractClaims({text: '南山省昨日發生車禍，造成9死逾20人傷。', region: 'HK'})
    expect(find(claims, '逾20人').metric.id).toBe('受伤')
    const deaths = extractClaims({text: '洪水來襲　至今已有14人死', region: 'HK'})
    expect(find(deaths, '14人').metric.id).toBe('死亡')
  })

  test('deaths of a cause are not all deaths: 死于X counts X死亡人数', () => {
    const claims = extractClaims({text: '去年有2,345人死於這類慢性某某疾病。', region: 'HK'})
    expect(find(claims, '2,345人').metric.id).toBe('慢性某某疾病死亡人数')
  })

  test('a verb before the count names it, not who acted; new and cumulative counts stay apart', () => {
    const claims = extractClaims({text: '全市新增死亡8人，累計死亡120人。消防員共救出6人。警方拘捕15人。', region: 'HK'})
    expect(find(claims, '8人').metric.id).toBe('新增死亡')
    expect(find(claims, '120人').metric.id).toBe('累计死亡')
    expect(find(claims, '6人').metric.id).toBe('救出')
    expect(find(claims, '15人').metric.id).toBe('拘捕')
  })

  test('other counts of people keep their noun phrase', () => {
    const claims = extractClaims({text: '全省共有黨員120人。事故造成7名乘客死亡。', region: 'TW'})
    expect(find(claims, '120人').metric.id).toBe('党员')
    expect(find(claims, '7名').metric.id).toBe('乘客')
  })
})

describe('respective lists across clauses', () => {
  test('a 分别 clause naming only a rate of change is about the list of the clause before', () => {
    const text = '3種物質AB 1 、CD 2 及EF 3 去年的平均含量分別較前年增加，升幅分別為12%、7%及4%。'
    const claims = extractClaims({text, region: 'HK'})
    expect(find(claims, '12%').metric.id).toBe('AB1平均含量')
    expect(find(claims, '7%').metric.id).toBe('CD2平均含量')
    expect(find(claims, '4%').metric.id).toBe('EF3平均含量')
  })

  test('Chinese names in the earlier list share its head noun', () => {
    const claims = extractClaims({text: '煤炭和石油的消費量分別較前年下降，跌幅分別為4%及2%。', region: 'HK'})
    expect(find(claims, '4%').metric.id).toBe('煤炭消费量')
    expect(find(claims, '2%').metric.id).toBe('石油消费量')
  })

  test('a list of another length is not taken', () => {
    const claims = extractClaims({text: '煤炭和石油的消費量分別較前年下降，跌幅分別為4%、3%及2%。', region: 'HK'})
    expect(find(claims, '4%').metric.id).not.toBe('煤炭消费量')
  })
})

describe('money named by what follows it', () => {
  test('a purpose after 用于 names the money by the noun closing the clause, as one allocation', () => {
    const claims = extractClaims({text: '翻查去年的撥款，有3.1億元用於支付甲乙兩類人員的薪酬，另有1.2億元為「其他開支」。', region: 'HK'})
    const pay = find(claims, '3.1億元')
    expect(pay.metric.id).toBe('薪酬')
    expect(pay.metric.via).toBe('verb')
    expect(pay.confidence).toBeLessThan(0.5)
    expect(find(claims, '1.2億元').metric.id).toBe('其他开支')
  })

  test('an allocating verb right after the amount (a headline) names it', () => {
    const claims = extractClaims({text: '某局$5,000萬外判請臨時工', region: 'HK'})
    expect(find(claims, '$5,000萬').metric.id).toBe('外判')
  })

  test('a verb of a relative clause before the amount still wins', () => {
    const claims = extractClaims({text: '是否由政府增撥的2億元支付，署方未有回應。', region: 'HK'})
    expect(find(claims, '2億元').metric.id).toBe('增拨')
  })
})

describe('verbs inside noun phrases', () => {
  test('an attributive verb between two nouns stays in the phrase', () => {
    const claims = extractClaims({text: '去年，航运相关服务营业收入同比增长12.5%。全省建成行业虚拟专网超过2万个。', region: 'CN', date: '2030-02-01'})
    expect(find(claims, '12.5%').metric.id).toBe('航运相关服务营业收入')
    expect(find(claims, '超过2万个').metric.id).toBe('行业虚拟专网')
  })

  test('a verb that is the predicate still ends the phrase', () => {
    const claims = extractClaims({text: '该公司相关负责人表示，公司员工300人。', region: 'CN', date: '2030-02-01'})
    expect(find(claims, '300人').metric.id).not.toContain('负责人')
  })
})

describe('breakdowns and case counts', () => {
  test('a breakdown by place in brackets counts what the figure before it counts', () => {
    const claims = extractClaims({text: '全國死亡人數增加16人至共41人（湖北39人、河北1人、黑龍江1人）。', region: 'HK'})
    const hubei = find(claims, '39人')
    expect(hubei.metric.id).toBe('死亡人数')
    expect(hubei.scope.id).toBe('42')
    expect(find(claims, '1人', 1).scope.id).toBe('23')
  })

  test('cases after 确诊 are counted as 确诊; people deployed after 出动', () => {
    const claims = extractClaims({text: '中國大陸（確診1287宗，死亡41人）。消防局共出動61人。', region: 'HK'})
    expect(find(claims, '1287宗').metric.id).toBe('确诊')
    expect(find(claims, '41人').metric.id).toBe('死亡')
    expect(find(claims, '61人').metric.id).toBe('出动')
  })
})

describe('Hong Kong stories about elsewhere', () => {
  test('a column tag opening the headline is no scope and no metric', () => {
    const claims = extractClaims({text: '【武漢疫情】全國確診增至300宗\n正文第一段。', region: 'HK'})
    const cases = find(claims, '300宗')
    expect(cases.scope.id).toBe('CN')
    expect(cases.metric.id).not.toBe('疫情')
  })

  test('a headline naming only a place outside Hong Kong makes it the article place, and its yuan stay CNY', () => {
    const text = '中國首季社會消費品零售大跌10%\n國家統計局今早公布數據。\n首季城鎮消費品零售額3,000億元，下跌9%。'
    const claim = find(extractClaims({text, region: 'HK'}), '3,000億元')
    expect(claim.scope.id).toBe('CN')
    expect(claim.unitClass).toBe('money:CNY')
  })

  test('a mainland place carried from another sentence does not make Hong Kong money yuan', () => {
    const text = '某局推出計劃\n書目涵蓋中國歷史和文化等主題。每名學生的津貼額為100元。'
    const claim = find(extractClaims({text, region: 'HK'}), '100元')
    expect(claim.unitClass).toBe('money:HKD')
  })

  test('a headline that names Hong Kong keeps Hong Kong, and its yuan are HKD', () => {
    const text = '香港與深圳合作　計劃撥款\n政府今日公布計劃。\n首年開支3億元，用作興建校舍。'
    const claim = find(extractClaims({text, region: 'HK'}), '3億元')
    expect(claim.scope.id).toBe('81')
    expect(claim.unitClass).toBe('money:HKD')
  })
})

describe('respective lists of places and lists in the clause before', () => {
  test('the i-th value of 分别 after a list of places is about the i-th place, and counts the paragraph metric', () => {
    const claims = extractClaims({text: '3月份二手住宅銷售價格環比上漲0.3%。其中，北京和廣州分別下跌0.4%和0.6%。', region: 'HK'})
    const beijing = find(claims, '0.4%')
    const guangzhou = find(claims, '0.6%')
    expect(beijing.scope.id).toBe('11')
    expect(guangzhou.scope.id).toBe('4401')
    expect(beijing.metric.id).toBe('二手住宅销售价格')
    expect(guangzhou.metric.id).toBe('二手住宅销售价格')
  })

  test('a list of places without 分别 is still one scope', () => {
    const claims = extractClaims({text: '北京和廣州的新建住宅共有3000套。', region: 'HK'})
    expect(find(claims, '3000套').scope.id).toBe('11+4401')
  })

  test('a clause of only adverbs before 分别 takes the list of the clause before', () => {
    const claims = extractClaims({text: '三線城市新建住宅和二手住宅租金，按年分別上升4.1%和2.7%。', region: 'HK'})
    expect(find(claims, '4.1%').metric.id).toBe('三线城市新建住宅租金')
    expect(find(claims, '2.7%').metric.id).toBe('二手住宅租金')
  })
})

describe('price changes and households', () => {
  test('a percentage after a verb of price change measures the change, as one company\'s figure', () => {
    const claims = extractClaims({text: '某某小巴獲准加價7.5%，另一公司則分兩階段加價共11%。', region: 'HK'})
    const first = find(claims, '7.5%')
    expect(first.metric.id).toBe('加价')
    expect(first.confidence).toBeLessThan(0.5)
    expect(find(claims, '11%').metric.id).toBe('加价')
  })

  test('a fare named before the verb still names it', () => {
    const claims = extractClaims({text: '某公司票價加價5%。', region: 'HK'})
    expect(find(claims, '5%').metric.id).toContain('票价')
  })

  test('households counted by what happened to them, with an adverb between', () => {
    const claims = extractClaims({text: '鄰近區域約160戶暫時停電。', region: 'TW'})
    expect(find(claims, '約160戶').metric.id).toBe('停电')
  })
})

describe('year to date in Hong Kong wording', () => {
  test('首两月, 头三个月 and 首季 are the first months of the year', () => {
    const two = extractClaims({text: '全國今年首兩月汽車類零售總額5萬億元。', region: 'HK'})
    expect(find(two, '5萬億元').period.id).toMatch(/^range:Y-01\.\.Y-02/)
    const three = extractClaims({text: '去年頭三個月出口增長3%。', region: 'HK'})
    expect(find(three, '3%').period.id).toMatch(/^range:Y-1-01\.\.Y-1-03/)
    const quarter = extractClaims({text: '2029年首季出口增長4%。', region: 'HK'})
    expect(find(quarter, '4%').period.id).toBe('range:2029-01..2029-03')
  })

  test('首个月 alone is no span', () => {
    const claims = extractClaims({text: '首個月的收入100萬元。', region: 'HK'})
    expect(find(claims, '100萬元').period.id).not.toMatch(/^range:/)
  })
})

describe('breakdowns by place after a statement', () => {
  const text = '她表示，據初步估算，3月份5個主要城市新建住宅租金按月持平。其中，北京上漲0.3%，廣州則下跌0.4%。二手住宅租金按月上漲0.6%，漲幅比上月回落0.2個百分點。其中，北京及廣州分別下跌0.7%及0.8%。'
  const claims = extractClaims({text, region: 'HK'})

  test('a statistical month after a source clause frames the sentences after it', () => {
    expect(find(claims, '0.3%').period.id).toMatch(/^month:Y-03/)
  })

  test('a clause of only a place and a change goes on with the paragraph metric', () => {
    const beijing = find(claims, '0.3%')
    expect(beijing.scope.id).toBe('11')
    expect(beijing.metric.id).not.toBe('')
  })

  test('places of a 其中 sentence are not carried as the next sentence\'s subject', () => {
    expect(find(claims, '0.6%').scope.id).toBe('81')
  })

  test('a bare rate of change (涨幅) is not what a later breakdown measures', () => {
    expect(find(claims, '0.7%').metric.id).toBe('二手住宅租金')
  })

  test('a month that is an event date does not frame the next sentence', () => {
    const event = extractClaims({text: '他說，3月份在北京開會時提到，有關計劃已完成。其中，共有20人參與。', region: 'HK'})
    expect(find(event, '20人').period.id).not.toMatch(/^month:/)
  })
})

describe('a unit written once after a list', () => {
  test('the counts of the list take the unit of its last value', () => {
    const claims = extractClaims({text: '三校學生分別為120、135和150人。', region: 'HK'})
    expect(find(claims, '120').unitClass).toBe('persons')
    expect(find(claims, '135').unitClass).toBe('persons')
  })

  test('a year before another year stays no claim', () => {
    const claims = extractClaims({text: '2017、2018年出口增長3%。', region: 'HK'})
    expect(claims.map((c) => c.text)).toEqual(['3%'])
  })
})
