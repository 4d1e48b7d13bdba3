// Round 55 (the lead, 2026-12-08, ninth stop), from heldout15 and heldout23 (in sample): a count named by the event it counts,
// the verb right before a counting noun the segmenter cut it from. Invented texts.
import {describe, expect, test} from 'vitest'
import {extractClaims} from '../src/index.js'
import {find} from './find-claim.js'

describe('round 55: a count named by its event', () => {
  test('the event before a counting noun is part of the metric', () => {
    const text = '內政部統計，5月遷入人口數為9萬8000人；遷出人口數部分8萬7000人。5月結婚對數合計6500對；離婚對數為4200對。'
    const claims = extractClaims({text, region: 'TW', date: '2024-06-10'})
    expect(find(claims, '9萬8000人').metric.id).toBe('迁入人口数')
    expect(find(claims, '8萬7000人').metric.id).toBe('迁出人口数')
    expect(find(claims, '6500對').metric.id).toBe('结婚对数')
    expect(find(claims, '4200對').metric.id).toBe('离婚对数')
  })

  test('a counting noun after a word that is no event keeps its own name', () => {
    const claims = extractClaims({text: '全市共有人口數120萬人，今年遷入人口數3萬人。', region: 'TW', date: '2024-06-10'})
    expect(find(claims, '120萬人').metric.id).not.toMatch(/^共有/)
    expect(find(claims, '3萬人').metric.id).toBe('迁入人口数')
  })
})
