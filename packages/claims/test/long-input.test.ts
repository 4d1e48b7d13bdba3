import {describe, expect, test} from 'vitest'
import {extractClaims} from '../src/index.js'

// Long inputs (issues 17 and 18): results on shapes whose reading was once quadratic. No timing is
// asserted here; bench/complexity/run.js measures the shapes (bench/claims-scale/README.md).
describe('long sentences and paragraphs', () => {
  test('values after 分别 in one sentence of 1 000 figures: one claim each; a list of years still dates its values', () => {
    const sentence = '各县的增速分别为' + Array.from({length: 1000}, (_, i) => `${(i % 90) + 1}.5%`).join('、') + '。'
    expect(extractClaims({text: sentence, date: '2023-05-01'})).toHaveLength(1000)
    const years = '2021、2022年，该市的外贸额分别为310亿元和352亿元。'
    const claims = extractClaims({text: years.repeat(500), date: '2023-05-01'})
    expect(claims).toHaveLength(1000)
    expect(claims.slice(-2).map((c) => c.period.text)).toEqual(['2021', '2022'])
  })
  test('parts in one sentence of 300 totals and their 分别 lists: the first list is of the first total', () => {
    const clauses = Array.from({length: 300}, (_, i) => `全县共有学校${100 + i}所，分别为小学${60 + i}所和中学40所`)
    const claims = extractClaims({text: clauses.join('，') + '。', date: '2023-05-01'})
    expect(claims).toHaveLength(900)
    const [total, primary, middle] = claims
    expect(total?.part).toBeUndefined()
    expect(primary?.part).toEqual({of: total?.id, link: '分别', index: 0})
    expect(middle?.part).toEqual({of: total?.id, link: '分别', index: 1})
  })
  test('a sentence of 800 figures after one metric: the last figures still inherit it', () => {
    const figures = Array.from({length: 800}, (_, i) => `${100 + i}万吨，比上年增长${(i % 9) + 1}.5%，`).join('')
    const claims = extractClaims({text: `全市粮食产量${figures}创历史新高。`, date: '2023-05-01'})
    expect(claims).toHaveLength(1600)
    expect(claims.slice(-2).map((c) => c.metric.text)).toEqual(['粮食产量', '粮食产量'])
  })
  test('a sentence of 1 000 amounts after the one year that opens it: the last amount is still of that year', () => {
    const amounts = Array.from({length: 1000}, (_, i) => `${100 + i}万吨`).join('、')
    const claims = extractClaims({text: `2018年全县各乡镇粮食产量为${amounts}。`, date: '2023-05-01'})
    expect(claims).toHaveLength(1000)
    expect(claims.at(-1)?.period.id).toBe('year:2018')
  })
  test('a sentence of 1 000 growths each after a comparison base: the last is read as the first', () => {
    const growths = Array.from({length: 1000}, (_, i) => `比${2000 + (i % 20)}年增长${(i % 9) + 1}.5%`).join('，')
    const claims = extractClaims({text: `全县粮食产量${growths}。`, date: '2023-05-01'})
    expect(claims).toHaveLength(1000)
    expect(claims.at(-1)?.period).toEqual(claims[0]?.period)
    expect(claims.at(-1)?.metric.text).toBe(claims[0]?.metric.text)
  })
})
