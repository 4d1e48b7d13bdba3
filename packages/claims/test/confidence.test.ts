import {describe, expect, test} from 'vitest'
import {
  FULL_POWER,
  PERIOD_WEIGHT,
  SCOPE_METRIC_WEIGHT,
  WITHIN_POWER,
  frameConfidence,
  scopeMetricConfidence,
  type ClaimVias
} from '../src/confidence.js'
import {confidenceWithinArticle, extractClaims} from '../src/index.js'

// Each field's vias from the most to the least direct reading (the order of ScopeVia and the
// metric and period vias in types.ts): a more direct reading never weighs less.
const RANK = {
  scope: ['explicit', 'relative', 'first-person', 'previous-sentence', 'document', 'unknown'],
  metric: ['noun', 'before', 'subject', 'inherited', 'verb', 'none'],
  period: ['explicit', 'relative', 'previous-sentence', 'restated', 'article-date', 'none']
} as const

/** Every combination of vias. */
function everyVias(): ClaimVias[] {
  return RANK.scope.flatMap((scope) => RANK.metric.flatMap((metric) => RANK.period.map((period) => ({scope, metric, period}))))
}

describe('calibrated confidence (src/confidence.ts)', () => {
  test('every pair of scope and metric vias and every period via has a weight, and no other', () => {
    expect(Object.keys(SCOPE_METRIC_WEIGHT).sort()).toEqual([...RANK.scope].sort())
    for (const scope of RANK.scope) expect(Object.keys(SCOPE_METRIC_WEIGHT[scope]).sort()).toEqual([...RANK.metric].sort())
    expect(Object.keys(PERIOD_WEIGHT).sort()).toEqual([...RANK.period].sort())
  })

  test('both confidences lie in [0, 1] for every combination of vias', () => {
    for (const via of everyVias()) {
      for (const value of [frameConfidence(via), scopeMetricConfidence(via)]) {
        expect(value).toBeGreaterThanOrEqual(0)
        expect(value).toBeLessThanOrEqual(1)
      }
    }
  })

  test('monotone in each via’s rank: a more direct reading of one field, the others fixed, never lowers either confidence', () => {
    for (const via of everyVias()) {
      for (const field of ['scope', 'metric', 'period'] as const) {
        const rank = RANK[field] as readonly string[]
        const at = rank.indexOf(via[field])
        if (at === 0) continue
        const better = {...via, [field]: rank[at - 1]} as ClaimVias
        expect(frameConfidence(better), `${field} ${rank[at - 1]} vs ${via[field]}`).toBeGreaterThanOrEqual(frameConfidence(via))
        expect(scopeMetricConfidence(better)).toBeGreaterThanOrEqual(scopeMetricConfidence(via))
      }
    }
  })

  test('the fitted constants are what the confidences are made of', () => {
    const via: ClaimVias = {scope: 'previous-sentence', metric: 'before', period: 'article-date'}
    const pair = SCOPE_METRIC_WEIGHT['previous-sentence'].before
    expect(frameConfidence(via)).toBe(Math.round((pair * PERIOD_WEIGHT['article-date']) ** FULL_POWER * 100) / 100)
    expect(scopeMetricConfidence(via)).toBe(Math.round(pair ** WITHIN_POWER * 100) / 100)
    // The numbers fitted on the first-scored held-out sets (bench/eval-claims/fit-confidence.js).
    expect(frameConfidence({scope: 'explicit', metric: 'noun', period: 'explicit'})).toBe(0.62)
    expect(scopeMetricConfidence({scope: 'explicit', metric: 'noun'})).toBe(0.69)
    // The article's place with the counted noun weighs less than a place from the sentence before
    // with the noun phrase before the number: the pairs are fitted, not a product of two fields.
    expect(scopeMetricConfidence({scope: 'document', metric: 'noun'})).toBe(0.36)
    expect(scopeMetricConfidence({scope: 'previous-sentence', metric: 'before'})).toBe(0.46)
  })

  test('a claim without a metric is almost never right, whatever else was found', () => {
    expect(frameConfidence({scope: 'explicit', metric: 'none', period: 'explicit'})).toBeLessThan(0.05)
    expect(scopeMetricConfidence({scope: 'explicit', metric: 'none'})).toBeLessThan(0.05)
  })

  test('extractClaims and confidenceWithinArticle use it', () => {
    // Invented sentences: a place and a counted noun in the clause, then a place carried over.
    const claims = extractClaims({text: '截至2023年底，婺源县共有128所小学。全县共有在校学生1.2万人。', date: '2024-03-01', path: 'a.txt', region: 'CN'})
    expect(claims.length).toBeGreaterThan(1)
    for (const claim of claims) {
      const via = {scope: claim.scope.via, metric: claim.metric.via, period: claim.period.via}
      expect(claim.confidence).toBe(frameConfidence(via))
      expect(confidenceWithinArticle(claim)).toBe(scopeMetricConfidence(via))
    }
  })
})
