import {expect, test} from 'vitest'
// The harness itself (bench/eval-claims/lib.js, over the built packages): no second copy here.
// @ts-expect-error -- plain ESM JavaScript without types.
import {evaluate, loadCorpus} from '../../../bench/eval-claims/lib.js'

interface Result {
  cases: number
  outside: number
  inside: number
  recall: number
  eligibleRecall: number
  precision: number
  classifierAccuracy: number
  falseFindings: unknown[]
}

test('mutation harness on two seeds: floors for recall and precision', async () => {
  const articles = (loadCorpus(['seeds']) as Array<{path: string}>).filter((article) => /\/00[13]_/.test(article.path))
  const result = (await evaluate(articles, {limit: 150})) as Result
  expect(result.cases).toBeGreaterThan(100)
  expect(result.inside).toBeGreaterThan(20)
  // Numbers moved inside their precision are never flagged; moved outside, on a claim with a full key, always.
  expect(result.falseFindings).toEqual([])
  expect(result.precision).toBe(1)
  expect(result.eligibleRecall).toBeGreaterThanOrEqual(0.95)
  expect(result.recall).toBeGreaterThanOrEqual(0.3)
  expect(result.classifierAccuracy).toBeGreaterThanOrEqual(0.9)
})
