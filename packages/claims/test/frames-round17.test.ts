// Frame rules of the seventeenth round of issue 18 (kinds of error read on the misses of heldout11), each on
// invented sentences.
import {describe, expect, test} from 'vitest'
import {extractClaims} from '../src/index.js'
import {find} from './find-claim.js'

describe('a ranking: the figures of its groups measure the ranked thing', () => {
  const text = '从年龄看，60多岁居民的平均存款额最高，达到420万元，其后依次是50多岁(380万元)、40多岁群体(310万元)。存款流失率最高的是20多岁群体(4.2%)，其次为30多岁(3.1%)，而存款流失率最低的是70岁以上群体(0.6%)。'

  test('`某组的平均存款额最高，达到…`: the figure after the superlative', () => {
    const claims = extractClaims({text, region: 'CN', date: '2021-03-01'})
    expect(find(claims, '420万元').metric.id).toBe('平均存款额')
  })

  test('`其后依次是某组（…）、某组（…）`: the groups listed after it', () => {
    const claims = extractClaims({text, region: 'CN', date: '2021-03-01'})
    expect(find(claims, '380万元').metric.id).toBe('平均存款额')
    expect(find(claims, '310万元').metric.id).toBe('平均存款额')
  })

  test('`流失率最高的是某组（4.2%）`: the ranked thing, not the group, even when the segmenter cuts it into a verb', () => {
    const claims = extractClaims({text, region: 'CN', date: '2021-03-01'})
    expect(find(claims, '4.2%').metric.id).toBe('存款流失率')
    expect(find(claims, '3.1%').metric.id).toBe('存款流失率')
    expect(find(claims, '0.6%').metric.id).toBe('存款流失率')
  })

  test('a place before the ranked thing is its scope, not part of it', () => {
    const claims = extractClaims({text: '其中，南阳市新建数量最多，到年底将达到860台。', region: 'CN', date: '2021-03-01'})
    expect(find(claims, '860台').metric.id).toBe('新建数量')
  })

  test('a figure that names its own thing keeps it', () => {
    const claims = extractClaims({text: '60多岁居民的平均存款额最高，其中定期存款达到300万元。', region: 'CN', date: '2021-03-01'})
    expect(find(claims, '300万元').metric.id).toBe('定期存款')
  })

  test('linear: a ranking repeated 2 000 and 8 000 times', () => {
    const line = '存款流失率最高的是20多岁群体(4.2%)，其次为30多岁(3.1%)。'
    const time = (n: number) => {
      const start = process.cpuUsage()
      extractClaims({text: line.repeat(n), region: 'CN', date: '2021-03-01'})
      const used = process.cpuUsage(start)
      return used.user + used.system
    }
    time(200)
    const small = time(2000)
    expect(time(8000) / small).toBeLessThan(6)
  })
})
