import {readdirSync} from 'node:fs'
import {tmpdir} from 'node:os'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {SpillStore} from '../src/spill.js'

describe('SpillStore', () => {
  it('gives back every record as it was put, in memory and past the budget in the spill file', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({maxLength: 300}), {maxLength: 40}), fc.integer({min: 0, max: 2000}), (records, budget) => {
        const store = new SpillStore(budget)
        try {
          const handles = records.map((record) => store.put(record))
          // Read back in another order than written.
          for (let index = records.length - 1; index >= 0; index--) expect(store.get(handles[index]!)).toEqual(records[index])
        } finally {
          store.close()
        }
      }),
      {numRuns: 60}
    )
  })

  it('keeps records under the budget in memory and the rest on disk, leaving no file behind', () => {
    const before = readdirSync(tmpdir()).filter((name) => name.startsWith('jiaodui-spill-')).length
    const store = new SpillStore(10)
    const small = store.put(new Uint8Array([1, 2, 3]))
    const large = store.put(new Uint8Array(64).fill(7))
    expect(small).toBeInstanceOf(Uint8Array)
    expect(large).toEqual({at: 0, length: 64})
    expect(store.get(large)).toEqual(new Uint8Array(64).fill(7))
    // The spill file is unlinked when opened: nothing in the temporary folder.
    expect(readdirSync(tmpdir()).filter((name) => name.startsWith('jiaodui-spill-')).length).toBe(before)
    store.close()
  })
})
