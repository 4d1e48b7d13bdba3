import {fileURLToPath} from 'node:url'
import {describe, expect, test} from 'vitest'
import {createEngine} from '@jiaodui/core'
import noMaskedText from '../../no-masked-text/src/index.js'
import noRepeatedBoilerplate from '../../no-repeated-boilerplate/src/index.js'
import rule from '../src/index.js'
import {runCorpus, tabulate, type Row} from '../src/score.js'
// @ts-expect-error: plain JavaScript module of the evaluation.
import {evaluateRealtext, ratios} from '../../../bench/eval-boilerplate/realtext.js'

interface Counts {
  tp: number
  fp: number
  fn: number
  content?: number
}
interface Ratios {
  precision: number
  recall: number
  f1: number
  contentFlagged: number
}

// The same scoring as `bench/eval-boilerplate/run.js`, with floors a little
// under what the rules reach, so that a regression fails here first.
const corpus = new URL('../../../../shared/corpus/', import.meta.url)
const floors = {f1: 0.97, wronglyFlaggedShare: 0.01}

async function rowsOf(folder: string): Promise<Row[]> {
  const engine = createEngine([rule, noRepeatedBoilerplate, noMaskedText], {})
  return tabulate(await runCorpus(engine, fileURLToPath(new URL(folder, corpus))))
}

describe.each(['seeds', 'boilerplate-dev'])('corpus %s', (folder) => {
  test('F1 and wrongly flagged content per script, strict and lenient', async () => {
    const rows = await rowsOf(folder)
    expect(rows.map((row) => `${row.script} ${row.mode}`)).toEqual(['hans strict', 'hans lenient', 'hant strict', 'hant lenient'])
    for (const row of rows) {
      const label = `${folder} ${row.script} ${row.mode}`
      expect(row.metrics.f1, label).toBeGreaterThanOrEqual(floors.f1)
      expect(row.metrics.wronglyFlaggedShare, label).toBeLessThanOrEqual(floors.wronglyFlaggedShare)
    }
  })
})

// The labelled real pages of ../shared/corpus/realtext-dev (labels under
// bench/eval-boilerplate/labels), scored as `bench/eval-boilerplate/run.js`
// does, with floors a little under what the rules reach.
describe('realtext-dev: labelled real pages per region', () => {
  test('line F1, content wrongly flagged and glued spans', async () => {
    const {regions} = (await evaluateRealtext(createEngine, [rule, noRepeatedBoilerplate, noMaskedText], fileURLToPath(corpus))) as {
      regions: Record<string, {strict: Counts; lenient: Counts; spans: Counts}>
    }
    for (const region of ['mainland', 'hongkong', 'taiwan']) {
      const strict = ratios(regions[region]!.strict) as Ratios
      const lenient = ratios(regions[region]!.lenient) as Ratios
      expect(strict.f1, `${region} strict F1`).toBeGreaterThanOrEqual(0.97)
      expect(lenient.f1, `${region} lenient F1`).toBeGreaterThanOrEqual(0.98)
      expect(strict.contentFlagged, `${region} content flagged`).toBeLessThanOrEqual(0.01)
    }
    expect((ratios(regions['all']!.spans) as Ratios).f1, 'glued spans F1').toBeGreaterThanOrEqual(0.95)
  })
})
