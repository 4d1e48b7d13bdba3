import {expect, test} from 'vitest'
import {checkRecords, claimPlace} from './records.js'
import {seedFiles} from './helpers.js'

// Tier two: on the real seed articles in ../shared.
test('jiaodui claims on the seeds: schema-valid JSON lines whose text slices the file', async () => {
  const lines = await checkRecords('claims', seedFiles(), 'claim.schema.json', claimPlace)
  expect(lines.length).toBeGreaterThan(80)
  // Seed 003 (traditional): 贵州共有8542名第一书记 is a claim about 贵州省 (code 52).
  expect(lines).toContainEqual(
    expect.objectContaining({text: '8542名', scope: expect.objectContaining({id: '52'}), metric: expect.objectContaining({id: '第一书记'})})
  )
})
