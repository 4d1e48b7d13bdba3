import {expect, test} from 'vitest'
import {checkRecords, quantityPlace} from './records.js'
import {seedFiles} from './helpers.js'

// Tier two: on the real seed articles in ../shared.
test('jiaodui numbers on the seeds: schema-valid JSON lines whose text slices the file', async () => {
  const lines = await checkRecords('numbers', seedFiles(), 'quantity.schema.json', quantityPlace)
  expect(lines.length).toBeGreaterThan(100)
  // Seed 001: its count `19.5万名` of first secretaries (第一书记) is the interval [194 500, 195 500) of 第一书记.
  expect(lines).toContainEqual(
    expect.objectContaining({text: '19.5万名', low: 194_500, high: 195_500, kind: 'count', unit: '名', noun: '第一书记'})
  )
})
