// Frame rules of the fifteenth round of issue 18 (kinds of error read on the misses of heldout2–heldout9
// and the brief's list of kinds), each on invented sentences.
import {describe, expect, test} from 'vitest'
import {extractClaims} from '../src/index.js'
import {find} from './find-claim.js'

describe('a news agency’s dateline is the dateline, not the subject', () => {
  test('a wire’s dateline city (`路透某地…日 -`) is not carried as the subject of national figures', () => {
    const claims = extractClaims({text: '路透上海4月10日 - 中国央行周五公布，3月新增人民币贷款2.85万亿元。一季度人民币贷款增加7.1万亿元。', region: 'CN', date: '2020-04-10'})
    expect(find(claims, '2.85万亿元').scope.id).toBe('CN')
    expect(find(claims, '7.1万亿元').scope.id).toBe('CN')
  })

  test('a dateline of a day without its month (`台北3日電`) is a byline; the agency is no subject', () => {
    const claims = extractClaims({text: '（中央社記者王小明台北3日電）主計總處今天公布，4月失業率為3.7%，失業人數45萬人。', region: 'TW', date: '2020-04-10'})
    expect(find(claims, '3.7%').scope.id).toBe('71')
    expect(find(claims, '45萬人').scope.id).toBe('71')
  })

  test('a city named in the text after the dateline is still the scope of its figures', () => {
    const claims = extractClaims({text: '中央社記者王小明台中3日電 台中市政府今天表示，今年前5月觀光人次達120萬。', region: 'TW', date: '2020-04-10'})
    expect(find(claims, '120萬').scope.id).toBe('7104')
    const local = extractClaims({text: '新华社上海4月10日电 一季度居民人均收入增加7.1%。', region: 'CN', date: '2020-04-10'})
    expect(find(local, '7.1%').scope.id).toBe('31')
  })
})
