// Frame rules of the tenth round of issue 18 (kinds of error read on the development set and the
// held-out sets heldout…heldout6 and heldout8, after heldout8 was scored fresh; heldout7 stays unread,
// only its summary is run), each on invented sentences.
import {describe, expect, test} from 'vitest'
import {extractClaims} from '../src/index.js'
import {find} from './find-claim.js'

describe('a name in Latin letters that opens the figure’s clause', () => {
  test('a product named at the head of its clause takes its figures, in mainland news too', () => {
    const share = extractClaims({text: '到了去年5月，Nexa的北美市场份额升至70%。', region: 'CN'})
    expect(find(share, '70%').scope.id).toBe('org:Nexa')
    const then = extractClaims({text: '最好的时候，Lumo在日本市场份额是7%，Nexa当时是58%。', region: 'CN'})
    expect(find(then, '58%').scope.id).toBe('org:Nexa')
  })

  test('a place after 在 right after the name is where the product sold, not whose figure it is', () => {
    const where = extractClaims({text: '最好的时候，Lumo在日本市场份额是7%。', region: 'CN'})
    expect(find(where, '7%').scope.id).toBe('org:Lumo')
  })

  test('a statistic’s acronym, a source or a name after a preposition is not the subject', () => {
    const gdp = extractClaims({text: '今年一季度，GDP同比增长5.2%。', region: 'CN'})
    expect(find(gdp, '5.2%').scope.id).toBe('CN')
    const technology = extractClaims({text: '目前，5G用户普及率超过六成，AI应用增长12%。', region: 'CN'})
    expect(find(technology, '12%').scope.id).toBe('CN')
    const source = extractClaims({text: '据报道，Nexa公布的数据显示，全国销量增长8%。', region: 'CN'})
    expect(find(source, '8%').scope.id).toBe('CN')
    const place = extractClaims({text: 'Nexa的广东工厂去年产量增长9%。', region: 'CN'})
    expect(find(place, '9%').scope.id).not.toBe('org:Nexa')
  })
})

describe('an edition of a gathering named by 本次 or 本届 and a generic word', () => {
  test('本次大会 and 本届展会 are the event whose figures follow, not the region', () => {
    const congress = extractClaims({text: '本次大会共收到论文300余篇，设立了9个分会场。', region: 'CN'})
    expect(find(congress, '300余篇').scope.id).toBe('org:大会')
    expect(find(congress, '9个').scope.id).toBe('org:大会')
    const fair = extractClaims({text: '本届展会吸引了1200家企业参展。', region: 'CN'})
    expect(find(fair, '1200家').scope.id).toBe('org:展会')
  })

  test('a meeting, a survey or a bare 会 after 本次 names no event', () => {
    const meeting = extractClaims({text: '本次会议共审议议案12项。', region: 'CN'})
    expect(find(meeting, '12项').scope.id).not.toMatch(/^org:/)
    const survey = extractClaims({text: '本次调查会同各区走访了2000户。', region: 'CN'})
    expect(find(survey, '2000户').scope.id).not.toMatch(/^org:/)
  })
})

describe('a bare 本次大会 is the scope of its own sentence only', () => {
  test('the next sentence, about a part of the gathering, is not given to it', () => {
    const next = extractClaims({text: '本次大会共收到论文300余篇。与会学者另有120篇报告参与评选。', region: 'CN'})
    expect(find(next, '300余篇').scope.id).toBe('org:大会')
    expect(find(next, '120篇').scope.id).not.toBe('org:大会')
  })
})

describe('a bound noun morpheme that heads the counted noun', () => {
  test('村 after the nouns that modify it belongs to the counted noun', () => {
    const shells = extractClaims({text: '全市有564个集体经济空壳村。', region: 'CN'})
    expect(find(shells, '564个').metric.id).toBe('集体经济空壳村')
    const weak = extractClaims({text: '全县共有17个软弱涣散村党组织。', region: 'CN'})
    expect(find(weak, '17个').metric.id).toBe('软弱涣散村党组织')
  })

  test('a bound morpheme that is no noun head still ends the noun', () => {
    const still = extractClaims({text: '全市有30家企业仍未复工。', region: 'CN'})
    expect(find(still, '30家').metric.id).toBe('企业')
  })
})
