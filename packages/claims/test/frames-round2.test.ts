// Frame rules of the second round of issue 18 (kinds of error), each on invented sentences.
import {describe, expect, test} from 'vitest'
import {extractClaims} from '../src/index.js'
import {find} from './find-claim.js'

describe('restated figures', () => {
  test('a later reference to a figure of the lead takes its period', () => {
    const text = [
      '水務署在2019年2月至2020年1月期間批出合共3.45億元的合約。',
      '該批合共3.45億元合約，由4間公司投得，其中一間公司亦承辦維修工作。'
    ].join('\n')
    const claims = extractClaims({text, region: 'HK'})
    const again = find(claims, '3.45億元', 1)
    expect(again.period.id).toBe('range:2019-02..2020-01')
    expect(again.period.via).toBe('restated')
    // The count after it in its sentence has no time words either: the same frame.
    expect(find(claims, '4間').period.id).toBe('range:2019-02..2020-01')
  })

  test('a headline figure takes the period of the body that states it', () => {
    const text = '全国共有社区食堂2.6万个\n截至今年5月，全国共有社区食堂2.6万个，比上年末增加3000个。'
    const claims = extractClaims({text, date: '2030-07-01'})
    expect(find(claims, '2.6万个', 0).period.id).toBe('asof:2030-05')
    expect(find(claims, '2.6万个', 0).period.via).toBe('restated')
  })

  test('a list or table after a sentence ending with a colon shares the frame of that sentence', () => {
    const text = [
      '去年4月至今年3月，環保署共收到1,260宗投訴。',
      '該批1,260宗投訴，由兩個部門跟進：',
      '| 部門 | 宗數 |',
      '| --- | --- |',
      '| 甲組 | 700宗 |',
      '| 乙組 | 560宗 |',
      '署方表示，目前仍有80宗個案在跟進。'
    ].join('\n')
    const claims = extractClaims({text, region: 'HK', date: '2031-05-10'})
    expect(find(claims, '700宗').period.id).toBe('range:2030-04..2031-03')
    expect(find(claims, '560宗').period.id).toBe('range:2030-04..2031-03')
    // The list ends at the next sentence with a full stop; it keeps its own frame.
    expect(find(claims, '80宗').period.id).not.toBe('range:2030-04..2031-03')
  })

  test('the same numeral of another thing or another place is not a restatement', () => {
    const text = '2028年，甲市新建公园12个。乙县目前有学校12个。'
    const claims = extractClaims({text, date: '2030-07-01'})
    expect(find(claims, '12个', 1).period.via).not.toBe('restated')
  })
})

describe('visitors counted by country', () => {
  test('a country the segmenter tags as a person is still where visitors come from', () => {
    const claims = extractClaims({text: '上月來台旅客中，泰國9.1萬人次，南韓7.9萬人次，比去年同期成長12.5%。', region: 'TW', date: '2019-06-01'})
    expect(find(claims, '7.9萬人次').metric.id).toBe('南韩')
    expect(find(claims, '7.9萬人次').scope.id).toBe('71')
    expect(find(claims, '12.5%').metric.id).toBe('南韩')
  })
})

describe('money named only by the verb that allocates it', () => {
  test('the verb is the metric, weighted below every comparison threshold', () => {
    const claims = extractClaims({text: '運輸署表示，政府去年向運輸署增撥3億元，用於改善行人設施。', region: 'HK', date: '2030-03-01'})
    const claim = find(claims, '3億元')
    expect(claim.metric.id).toBe('增拨')
    expect(claim.metric.via).toBe('verb')
    expect(claim.confidence).toBeLessThan(0.5)
    // 運輸署 after 向 receives the money: it is not what the figure is about.
    expect(claim.scope.id).toBe('81')
  })

  test('a relative clause (政府增撥的3億元) names the money by its verb, not by who pays', () => {
    const claim = find(extractClaims({text: '至於新措施的開支，是否由政府增撥的3億元支付，運輸署未有回應。', region: 'HK', date: '2030-03-01'}), '3億元')
    expect(claim.metric.id).toBe('增拨')
  })

  test('a body before the verb keeps aside, the verb names the money; numbers after do not inherit it', () => {
    const claims = extractClaims({text: '水務署已預留2億元，以應付維修所需，並額外預留5000萬元應急。', region: 'HK', date: '2030-03-01'})
    expect(find(claims, '2億元').metric.id).toBe('预留')
    expect(find(claims, '5000萬元').metric.via).not.toBe('inherited')
  })

  test('verbs of change or level do not name money', () => {
    const claims = extractClaims({text: '该市去年工业利润增长5亿元，达到80亿元。', date: '2030-03-01'})
    expect(find(claims, '5亿元').metric.id).toBe('工业利润')
    expect(find(claims, '80亿元').metric.via).not.toBe('verb')
  })
})

describe('generic bodies', () => {
  test('a kind of body alone (委员会, 有限公司) is not an organisation scope', () => {
    const claims = extractClaims({text: '委员会去年共处理投诉320宗。', region: 'HK', date: '2030-03-01'})
    expect(find(claims, '320宗').scope.id).not.toBe('org:委员会')
  })
})

describe('the article date from its source address', () => {
  test('a news address with the date in it dates an undated article', () => {
    const text = '區議會收到投訴\nhttps://news.example.hk/ch/item/5550123-20310412.htm\n目前，區議會共收到15宗投訴。'
    expect(find(extractClaims({text, region: 'HK'}), '15宗').period.id).toBe('asof:2031-04')
    const dated = '區議會收到投訴\nhttps://news.example.hk/2031/04/12/local/88.html\n目前，區議會共收到15宗投訴。'
    expect(find(extractClaims({text: dated, region: 'HK'}), '15宗').period.id).toBe('asof:2031-04')
  })

  test('an address without a real date gives none; a dateline wins over the address', () => {
    const text = '區議會收到投訴\nhttps://news.example.hk/ch/item/55501234-20311399.htm\n目前，區議會共收到15宗投訴。'
    expect(find(extractClaims({text, region: 'HK'}), '15宗').period.id).toContain('?')
    const both = '2031年05月02日 10:31 來源：某報\nhttps://news.example.hk/ch/item/1-20310412.htm\n目前，區議會共收到15宗投訴。'
    expect(find(extractClaims({text: both, region: 'HK'}), '15宗').period.id).toBe('asof:2031-05')
  })
})

describe('clauses of contrast and times of news reports', () => {
  test('the time of a clause of contrast (相較…) is not the period of the next clause', () => {
    const claims = extractClaims({text: '相較本報去年報道、水務署在2028年3月至12月期間6次招標，最近4次招標合約期較長。', region: 'HK', date: '2030-05-01'})
    expect(find(claims, '6次').period.id).toBe('range:2028-03..2028-12')
    expect(find(claims, '4次').period.id).not.toBe('range:2028-03..2028-12')
  })

  test('the place of a clause of contrast (有別於…) is not the scope of the next clause', () => {
    const claims = extractClaims({text: '有別於2028年的工程集中於沙田，今年8項工程涉及3個地區。', region: 'HK', date: '2030-05-01'})
    expect(find(claims, '8項').scope.id).toBe('81')
    // Without the contrast the place is the scope.
    const plain = extractClaims({text: '今年沙田的工程共有8項。', region: 'HK', date: '2030-05-01'})
    expect(find(plain, '8項').scope.id).not.toBe('81')
  })

  test('when the press reported (去年報道) is not the time of the figure; an agency publishing dates its data', () => {
    const claims = extractClaims({text: '本報去年報道的9宗個案，均已結案。', region: 'HK', date: '2030-05-01'})
    expect(find(claims, '9宗').period.id).not.toBe('year:2029')
    const published = extractClaims({text: '統計處在2029年10月公布，全港共有護理員8.1萬名。', region: 'HK', date: '2030-05-01'})
    expect(find(published, '8.1萬名').period.id).toBe('month:2029-10')
  })
})

describe('one id per public body', () => {
  test('a body named in full and by its short name is one scope', () => {
    const claims = extractClaims({text: '消費者委員會上月共接獲投訴2,100宗。\n消委會上月處理的個案有1,800宗。', region: 'HK', date: '2030-05-01'})
    expect(find(claims, '2,100宗').scope.id).toBe('org:消委会')
    expect(find(claims, '1,800宗').scope.id).toBe('org:消委会')
  })
})

describe('counted noun phrases', () => {
  test('levels of the industry classification are nouns (大类, 门类), not an adjective and a classifier', () => {
    const claims = extractClaims({text: '截至2030年6月，北斗应用已覆盖国民经济大类超六成。', date: '2030-07-01'})
    expect(find(claims, '超六成').metric.id).toBe('国民经济大类')
  })

  test('N个X中的M个: the second count counts the same things, as a part', () => {
    const claims = extractClaims({text: '截至2030年6月，北斗应用已进入41个行业门类中的30个，带动就业2万人。', date: '2030-07-01'})
    const part = find(claims, '30个')
    expect(part.metric.id).toBe('行业门类')
    expect(part.part?.link).toBe('中')
  })
})

describe('inherited metrics', () => {
  test('a count in another unit does not inherit the metric of the count before it', () => {
    const claims = extractClaims({text: '截至2030年6月，北斗应用已进入41个行业门类中的30个，带动就业2万人。', date: '2030-07-01'})
    expect(find(claims, '2万人').metric.id).not.toBe('行业门类')
    // A count in the same unit still inherits.
    const same = extractClaims({text: '2029年，该市新增农业合作社120个，比上年多出15个。', date: '2030-07-01'})
    expect(find(same, '15个').metric.id).toBe('农业合作社')
  })
})

describe('respective lists whose subjects are named elsewhere', () => {
  test('each value of 分别 measures the noun phrase of its clause, and keys differ by position', () => {
    const claims = extractClaims({text: '研究指出，二氧化硫及臭氧的濃度每增加10微克，入院風險會分別升2.1%及1.4%。', region: 'HK', date: '2030-05-01'})
    const first = find(claims, '2.1%')
    const second = find(claims, '1.4%')
    expect(second.metric.id).toBe('入院风险')
    expect(first.metric.id).toBe('入院风险')
    expect(first.metric.qualifier).not.toBe(second.metric.qualifier)
  })
})

describe('restated figures, abbreviated', () => {
  test('a headline that shortens the body’s noun phrase still restates its figure', () => {
    const text = '全国共有各类托育机构和设施9万个\n记者今天从有关部门了解到，截至今年5月，全国共有各类托育服务机构和设施9万个。'
    const claims = extractClaims({text, date: '2030-07-01'})
    expect(find(claims, '9万个', 0).period.id).toBe('asof:2030-05')
    // A different thing with the same numeral is not a restatement.
    const other = extractClaims({text: '全国共有各类体育公园9万个\n截至今年5月，全国共有各类托育服务机构和设施9万个。', date: '2030-07-01'})
    expect(find(other, '9万个', 0).period.via).not.toBe('restated')
  })
})

describe('the main group', () => {
  test('how the group leads (贡献, 增长) is not part of the group the next clause counts', () => {
    const claims = extractClaims({text: '上月入境旅客中，以东南亚贡献最多，较平常月份增加5万多人。', region: 'TW', date: '2019-06-01'})
    expect(find(claims, '5万多人').metric.id).toBe('东南亚')
  })
})
