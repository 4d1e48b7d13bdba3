// Frame rules of the thirteenth round of issue 18 (kinds of error read on the misses of heldout4,
// heldout5, heldout6 and heldout7, each seen on two articles or more), each on invented sentences.
import {describe, expect, test} from 'vitest'
import {extractClaims} from '../src/index.js'
import {find} from './find-claim.js'

describe('the person of a family story whose name the segmenter cuts with mixed tags', () => {
  // (`柯/nr 芷/ns 源/ng`: a common surname, then two pieces of a name the dictionary lacks.)
  const family = [
    '單親媽罹癌 難撐一家',
    '41歲的柯芷源去年確診乳癌，仍得照顧2名幼子。',
    '柯芷源丈夫前年離家後，家中只剩母子3人。',
    '柯芷源白天在餐廳洗碗，晚上還要做手工。',
    '里長說，這個家每月房租就要8000元。'
  ].join('\n')

  test('a figure that fell back to the region is that person’s when the story names the family with the name', () => {
    const claims = extractClaims({text: family, region: 'TW'})
    expect(find(claims, '8000元').scope.id).toBe('org:柯芷源')
    expect(find(claims, '8000元').scope.via).toBe('document')
  })

  test('not a person in the news whose family is never named, and not a sentence’s scope on its own', () => {
    const hiker = [
      '男子登山失蹤 消防搜山',
      '41歲的柯芷源前日與2名友人上山。',
      '柯芷源至今仍未尋回，柯芷源的手機已無訊號。',
      '消防處昨日出動30名消防員搜索。'
    ].join('\n')
    const claims = extractClaims({text: hiker, region: 'HK'})
    expect(find(claims, '30名').scope.id).not.toBe('org:柯芷源')
    // (A name cut with mixed tags right before a figure does not make the figure the person's.)
    const one = extractClaims({text: '昨日柯芷源帶領5名隊員入山。', region: 'TW'})
    expect(find(one, '5名').scope.id).not.toBe('org:柯芷源')
  })
})

describe('a one-character noun right after a count of things', () => {
  test('is what the count counts when the noun ends there', () => {
    const rooms = extractClaims({text: '这家护老院目前已涉及4间房，院方正安排检疫。', region: 'HK'})
    expect(find(rooms, '4间').metric.id).toBe('房')
    const states = extractClaims({text: '该公司已取得美国31个州的营业执照。', region: 'TW'})
    expect(find(states, '31个').metric.id).toBe('州')
    const sheep = extractClaims({text: '去年底某牧场共养了215只羊，今年又多了一倍。', region: 'CN'})
    expect(find(sheep, '215只').metric.id).toBe('羊')
  })

  test('not after a unit of measure or points, and not a piece of a longer noun', () => {
    const distance = extractClaims({text: '震中周边150公里内，近3年发生地震共12次。', region: 'CN'})
    expect(find(distance, '150公里').metric.id).not.toBe('内')
    const points = extractClaims({text: '恒指周二低开900点报28000点。', region: 'HK'})
    expect(find(points, '900点').metric.id).not.toBe('报')
    const longer = extractClaims({text: '全市新建5个房车营地。', region: 'CN'})
    expect(find(longer, '5个').metric.id).not.toBe('房')
  })
})
