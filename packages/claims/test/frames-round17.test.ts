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
    const claims = extractClaims({text: '其中，南阳市新装设备最多，年底前可达860台。', region: 'CN', date: '2021-03-01'})
    expect(find(claims, '860台').metric.id).toBe('新装设备')
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

describe('a time phrase that opens a paragraph of a saved page frames the sentences after it', () => {
  const page = (open: string) =>
    `<p>前言：车企公布业绩。</p>\n<p></p>\n${open}今年前三季度，甲车企營收1071億歐元，同比下滑4.7%；淨利潤為78億歐元，同比下滑31.4%。</span></p>\n`

  test('after `<p dir="ltr"><span>`, as after nothing', () => {
    for (const open of ['<p dir="ltr"><span>', '<P>　　', '']) {
      const claims = extractClaims({text: page(open), date: '2024-11-22', region: 'TW'})
      expect(find(claims, '78億歐元').period.id).toBe('range:2024-01..2024-09')
    }
  })

  test('a clause with a figure before the time phrase still stops it (`<p>…裁員300人，今年…`)', () => {
    const claims = extractClaims({text: page('<p dir="ltr"><span>甲車企上月裁員300人，'), date: '2024-11-22', region: 'TW'})
    expect(find(claims, '78億歐元').period.id).not.toBe('range:2024-01..2024-09')
  })
})

describe('`单看第三季度，`: a word that narrows the view before an opening time phrase', () => {
  test('the quarter frames the sentences after it', () => {
    const text = '今年前三季度，甲车企营收1071亿欧元。\n单看第三季度，甲车企在中国销量为17.07万辆，同比下滑12.9%；乙车企在中国的销量同比下滑29.8%，仅为14.77万辆。\n'
    const claims = extractClaims({text, date: '2024-11-22', region: 'CN'})
    expect(find(claims, '14.77万辆').period.id).toBe('range:2024-07..2024-09')
    expect(find(claims, '29.8%').period.id).toBe('range:2024-07..2024-09')
  })
})

describe('figures in brackets after the places of a list measure what the list’s places share', () => {
  test('`某市(0.32%)、某区(0.27%)的租金价格都大幅上涨`: the thing named after the list and 的, not the place', () => {
    const claims = extractClaims({text: '北道的租金价格上涨0.3%，其中东川市(0.32%)、南河区(0.27%)、西林区(0.21%)的租金价格都大幅上涨。', region: 'CN', date: '2020-10-16'})
    expect(find(claims, '0.32%').metric.id).toBe('租金价格')
    expect(find(claims, '0.27%').metric.id).toBe('租金价格')
    expect(find(claims, '0.21%').metric.id).toBe('租金价格')
  })

  test('a list with no thing after it keeps its reading', () => {
    const claims = extractClaims({text: '租金价格上涨较多的是东川市(0.32%)、南河区(0.27%)。', region: 'CN', date: '2020-10-16'})
    expect(find(claims, '0.27%').metric.id).not.toBe('租金价格')
  })

  test('linear: a list of 2 000 and 8 000 places', () => {
    const time = (n: number) => {
      const text = `其中${'东川市(0.32%)、'.repeat(n)}南河区(0.27%)的租金价格都大幅上涨。`
      const start = process.cpuUsage()
      extractClaims({text, region: 'CN', date: '2020-10-16'})
      const used = process.cpuUsage(start)
      return used.user + used.system
    }
    time(200)
    const small = time(2000)
    expect(time(8000) / small).toBeLessThan(6)
  })
})
