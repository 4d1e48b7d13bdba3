import {describe, expect, test} from 'vitest'
// The evaluation of bench/eval-script (plain JavaScript over the built rules).
// @ts-expect-error: no type declarations for the bench scripts
import {evaluate} from '../../../bench/eval-script/score.js'

type Counts = {tp: number; fp: number; fn: number}
const regions = ['zh-CN', 'zh-HK', 'zh-TW']

describe('the script rules on the development set (bench/eval-script)', () => {
  test('precision ≥ 0.97 and recall ≥ 0.95 per rule; at most 3% of clean lines flagged per region', async () => {
    const {counts, clean} = (await evaluate()) as {counts: Map<string, Counts>; clean: Map<string, {lines: number; flagged: number}>}
    const perRule = new Map<string, Counts>()
    for (const [key, value] of counts) {
      const rule = key.split('\t')[0]!
      const total = perRule.get(rule) ?? {tp: 0, fp: 0, fn: 0}
      perRule.set(rule, {tp: total.tp + value.tp, fp: total.fp + value.fp, fn: total.fn + value.fn})
    }
    for (const [rule, {tp, fp, fn}] of perRule) {
      if (tp + fp > 0) expect({rule, precision: tp / (tp + fp) >= 0.97}).toEqual({rule, precision: true})
      if (tp + fn > 0) expect({rule, recall: tp / (tp + fn) >= 0.95}).toEqual({rule, recall: true})
    }
    for (const region of regions) {
      const tally = clean.get(region)!
      expect(tally.lines).toBeGreaterThan(100)
      expect({region, share: tally.flagged / tally.lines <= 0.03}).toEqual({region, share: true})
    }
  })
})
