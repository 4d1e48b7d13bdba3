import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { placesOf } from '../src/find.js'

// The second pass resumes the first one's mentions between the places where a confirmed village is
// written: it must give exactly what a whole second scan gives.
const PARTS = [
  '山西省', '娄烦县', '天池店乡', '河北村', '河北村党支部', '凤凰沟村', '十八洞村', '花垣县双龙镇', '双龙镇', '宁德', '赤溪村',
  '村民', '村委会', '的', '在', '全村', '贫困村', '坪里村', '鼓楼区', '朝阳区', '北京', '福州', '，', '。', '、', '；', '\n', '村', '5个', '共有',
]

function samePlaces(text: string): void {
  const fast = placesOf(text, {}, false)
  const whole = placesOf(text, {}, true)
  expect(fast.map((m) => [m.start, m.end, m.place?.name, m.place?.path.join('/'), m.resolvedBy, m.candidates.length])).toEqual(
    whole.map((m) => [m.start, m.end, m.place?.name, m.place?.path.join('/'), m.resolvedBy, m.candidates.length]),
  )
}

describe('second pass over known villages', () => {
  it('gives the mentions of a whole second scan on generated text', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...PARTS), fc.string({ maxLength: 3 })), { maxLength: 80 }), (parts) => samePlaces(parts.join(''))),
      { numRuns: 2000 },
    )
  })

  it('gives them where a village is known before its first mention with context', () => {
    // `坪里村` is confirmed by its second mention (village context after it); the first is found only by the second pass.
    const text = '今年坪里村有新变化。\n山西省娄烦县，天池店乡河北村，坪里村，的坪里村村民说，坪里村。河北村、凤凰沟村'
    samePlaces(text)
    expect(placesOf(text, {}, false).filter((m) => m.text === '坪里村').length).toBeGreaterThan(1)
  })
})
