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
