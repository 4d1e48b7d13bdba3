import {createEngine} from '@jiaodui/core'
import type {Claim} from '@jiaodui/claims'
import {describe, expect, test} from 'vitest'
import rule from '../src/index.js'

// A runner holding many files until the corpus phase calls `engine.compact`
// after each file's per-file phase: only claims the corpus phase compares
// (confidence ≥ minConfidence) stay, and the clashes found are the same.
// Articles written for this test.

const a = '2024年3月5日\n截至2023年底，婺源县共有小学128所，在校学生约1.2万人。青溪县共有公办幼儿园36所。\n'
const b = '2024年3月9日\n截至2023年底，婺源县共有小学182所。\n'

async function run(compact: boolean, settings?: unknown) {
  const engine = createEngine([rule], settings === undefined ? {} : {rules: {'consistent-numeric-claims': settings as never}})
  const files = [await engine.check({value: a, format: 'txt', path: 'a.txt'}), await engine.check({value: b, format: 'txt', path: 'b.txt'})]
  const before = files.map((file) => (file.data['claims'] as Claim[] | undefined)?.length)
  if (compact) for (const file of files) engine.compact(file)
  await engine.complete(files)
  return {files, before}
}

describe('compact', () => {
  test('keeps only claims at or above minConfidence, and the same clash is found', async () => {
    const settings = {options: {minConfidence: 0.45}}
    const full = await run(false, settings)
    const compacted = await run(true, settings)
    const kept = compacted.files.map((file) => file.data['claims'] as Claim[])
    // The article names an invented county: that claim's frame is weaker and goes; the others stay.
    expect(kept[0]!.length).toBeLessThan(compacted.before[0]!)
    expect(kept[0]!.length).toBeGreaterThan(0)
    for (const claims of kept) for (const claim of claims) expect(claim.confidence).toBeGreaterThanOrEqual(0.45)
    const reasons = (files: typeof full.files) => files.flatMap((file) => file.messages.map((message) => `${file.path}: ${message.reason}`))
    expect(reasons(full.files).length).toBeGreaterThan(0)
    expect(reasons(compacted.files)).toEqual(reasons(full.files))
  })

  test('with a minConfidence above every claim none stays (and nothing is compared); a rule turned off records and trims nothing', async () => {
    const strict = await run(true, {options: {minConfidence: 0.95}})
    expect(strict.before.every((count) => count > 0)).toBe(true)
    expect(strict.files.map((file) => (file.data['claims'] as Claim[]).length)).toEqual([0, 0])
    expect(strict.files.flatMap((file) => file.messages)).toEqual([])
    const off = await run(true, 'off')
    expect(off.files.map((file) => file.data['claims'])).toEqual([undefined, undefined])
  })
})
