import {fileURLToPath} from 'node:url'
import {describe, expect, test} from 'vitest'
import {createEngine} from '@jiaodui/core'
import noMaskedText from '../../no-masked-text/src/index.js'
import noRepeatedBoilerplate from '../../no-repeated-boilerplate/src/index.js'
import rule from '../src/index.js'
import {runCorpus, tabulate, type Row} from '../src/score.js'

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
