import {describe, expect, test} from 'vitest'
// @ts-expect-error: plain JavaScript helper of the benchmarks (reads ../shared/corpus/seeds).
import {largeText} from '../../../bench/lib/corpus.js'
import {classify} from '../src/classify.js'
import {loadPatterns} from '../src/patterns.js'

describe('no-scraped-boilerplate on a large text', () => {
  test('a 5 MB text is classified line by line (timing: bench/eval-boilerplate/timing.js)', () => {
    const lines = (largeText() as string).split('\n')
    const analysis = classify(lines, loadPatterns(), {structure: true})
    expect(analysis.verdicts).toHaveLength(lines.length)
  })
})
