import fc from 'fast-check'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {intervalsOverlap, type Claim} from '@jiaodui/claims'
import type {ClaimStore} from '../src/index.js'
import {highOf, keyFrame, lowOf} from '../src/rows.js'
import {clusterTimeout, entry, freshStore, postgresBackend, postgresBin, sqliteBackend, type Backend} from './helpers.js'

const template = entry('t.txt', '人民网贵阳2019年1月10日电 截至2018年底，贵州共有8542名第一书记。', '2019-01-10').claims[0]!

interface Interval {
  low: number | null
  high: number | null
  lowInclusive: boolean
  highInclusive: boolean
}

/** Intervals on a small grid, so touching ends and ties are common; some ends unbounded. */
const interval: fc.Arbitrary<Interval> = fc
  .record({
    a: fc.option(fc.integer({min: 0, max: 20}), {freq: 6}),
    width: fc.integer({min: 0, max: 4}),
    open: fc.option(fc.constant(true), {freq: 8}),
    lowInclusive: fc.boolean(),
    highInclusive: fc.boolean()
  })
  .map(({a, width, open, lowInclusive, highInclusive}) => {
    const low = a
    const high = open ? null : (a ?? 0) + width
    // A point is closed at both ends, as zh-number states it.
    const point = low !== null && low === high
    return {low, high, lowInclusive: point || lowInclusive, highInclusive: point || highInclusive}
  })

function claimWith(value: Interval, metric: string, index: number): Claim {
  return {
    ...template,
    id: `p#${index}`,
    place: {start: {line: 1, column: index + 1, offset: index}, end: {line: 1, column: index + 2, offset: index + 1}},
    metric: {...template.metric, id: metric},
    value: {...template.value, ...value, value: null, text: String(index)}
  }
}

/** Distance from the query to a claim entirely below or above it. */
function gap(query: Interval, other: Interval): number {
  const q = {low: lowOf({value: query as Claim['value']}), high: highOf({value: query as Claim['value']})}
  const o = {low: lowOf({value: other as Claim['value']}), high: highOf({value: other as Claim['value']})}
  return o.high <= q.low ? q.low - o.high : o.low - q.high
}

function suite(name: string, make: () => Promise<Backend>, runs: number) {
  describe(`clash lookups on ${name} agree with a brute-force comparison`, () => {
    let backend: Backend
    let store: ClaimStore
    let run = 0
    beforeAll(async () => {
      backend = await make()
      store = (await freshStore(backend)).store
    }, clusterTimeout)
    afterAll(async () => {
      await store?.close()
      await backend?.teardown()
    }, clusterTimeout)

    test('returns min(limit, clashing) claims, each clashing, and the nearest ones', async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(interval, {maxLength: 25}), interval, fc.integer({min: 1, max: 4}), async (stored, query, limit) => {
          // A key of its own per run: runs share one index.
          const metric = `第一书记${++run}`
          await store.add(stored.map((value, index) => ({document: {path: `p${run}/${index}.txt`, hash: 'h'}, claims: [claimWith(value, metric, index)]})))
          const asked = claimWith(query, metric, 999)
          const [found] = await store.clashes(
            [{...keyFrame(asked)!, low: lowOf(asked), high: highOf(asked), lowInclusive: query.lowInclusive, highInclusive: query.highInclusive}],
            {minConfidence: 0, limit}
          )
          const clashing = stored.filter((value) => !intervalsOverlap(value, query))
          expect(found).toHaveLength(Math.min(limit, clashing.length))
          for (const item of found!) expect(intervalsOverlap(item.claim.value, query)).toBe(false)
          const best = clashing.map((value) => gap(query, value)).sort((a, b) => a - b).slice(0, limit)
          expect(found!.map((item) => gap(query, item.claim.value)).sort((a, b) => a - b)).toEqual(best)
        }),
        {numRuns: runs}
      )
    })
  })
}

suite('SQLite', async () => sqliteBackend(), 150)
if (postgresBin) suite('PostgreSQL', postgresBackend, 60)
else describe.skip('clash lookups on PostgreSQL (skipped: PostgreSQL server binaries not installed)', () => test('skipped', () => {}))
