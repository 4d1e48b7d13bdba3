// From set fresh16 (and fresh8, fresh13) of bench/eval-numbers, first scored held out: a toll written by its dead and
// injured (`3死`, `1死2傷`) and ships by their tonnage (`1235万载重吨`) are counts with their unit; idioms built on 死 are not.
// Invented texts.
import {describe, expect, test} from 'vitest'
import {findQuantities} from '@jiaodui/zh-number'

const spans = (text: string) => findQuantities(text).map((q) => [text.slice(q.start, q.end), q.kind, q.unit])

describe('round fresh16: tolls and tonnage', () => {
  test('the dead and the injured of a toll are counted with their unit', () => {
    expect(spans('連環車禍造成1死2傷，全球累計2263死。')).toEqual([['1死', 'count', '死'], ['2傷', 'count', '傷'], ['2263死', 'count', '死']])
    expect(spans('大火造成10死16伤。')).toEqual([['10死', 'count', '死'], ['16伤', 'count', '伤']])
  })

  test('ships are counted by their deadweight and gross tonnage', () => {
    expect(spans('一季度造船完工量1235万载重吨，某船22.5万总吨。')).toEqual([['1235万载重吨', 'count', '载重吨'], ['22.5万总吨', 'count', '总吨']])
  })

  test('idioms built on 死 count nothing', () => {
    for (const text of ['此行九死一生。', '他累得半死。', '不能一死了之。', '萬死不辭。']) expect(spans(text), text).toEqual([])
  })
})
