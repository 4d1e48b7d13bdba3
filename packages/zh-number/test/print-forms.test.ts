import {describe, expect, test} from 'vitest'
import {findQuantities} from '@jiaodui/zh-number'

// Invented sentences in forms met in unlabelled real news (issue 18: `jiaodui numbers` precision
// and recall on every numeral of an article, not only on labelled claims).
const read = (text: string) => findQuantities(text).map((q) => [q.kind, text.slice(q.start, q.end), q.value])

describe('print forms of numbers', () => {
  test('a full-width comma between ASCII digits groups thousands where a list cannot be meant', () => {
    expect(read('指数收报12，345.67点。')).toEqual([['count', '12，345.67点', 12345.67]])
    expect(read('全年共接待3，050人次。')).toEqual([['count', '3，050人次', 3050]])
    // A list of three-digit values stays a list.
    expect(read('队员得分为98，100，102分。').map(([, , value]) => value)).toEqual([98, 100, 102])
  })

  test('pct after a number is percentage points; bp basis points', () => {
    expect(read('毛利率同比提升1.5pct。')).toEqual([['percentage-point', '1.5pct', 1.5]])
    expect(read('央行下调利率25bp。').map(([kind, text]) => [kind, text])).toEqual([['count', '25bp']])
  })
})
