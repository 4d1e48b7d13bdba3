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
