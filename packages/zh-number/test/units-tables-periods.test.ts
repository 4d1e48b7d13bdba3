import {describe, expect, test} from 'vitest'
import {findQuantities} from '@jiaodui/zh-number'

// Invented sentences for the kinds of set k of bench/eval-numbers (a metric prefix after a
// magnitude, years heading a table, periods named relative to another, indicator windows).
const readings = (text: string) => findQuantities(text).map((q) => [q.kind, text.slice(q.start, q.end), q.date ?? q.value])
const units = (text: string) => findQuantities(text).map((q) => [q.value, q.unit])

describe('千 after 万 or 亿 opens a metric unit', () => {
  test('千瓦, 千克, 千米 after a magnitude: the value is the numeral before them', () => {
    expect(units('该省风电装机达到3.2亿千瓦。')).toEqual([[3.2e8, '千瓦']])
    expect(units('全年发电量突破12万亿千瓦时。')).toEqual([[1.2e13, '千瓦时']])
    expect(units('仓库存粮约4.5万千克，')).toEqual([[45000, '千克']])
    expect(units('铁路延伸了128万千米？')).toEqual([[1280000, '千米']])
  })
  test('千 inside a numeral is still a thousand', () => {
    expect(units('他捐了3万2千元。').map((r) => r[0])).toEqual([32000])
    expect(units('全村共有1万3千人。').map((r) => r[0])).toEqual([13000])
    expect(units('功率为5千瓦。').map((r) => r[0])).toEqual([5000])
  })
})
