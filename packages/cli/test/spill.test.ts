import {readdirSync, readlinkSync} from 'node:fs'
import path from 'node:path'
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
    const store = new SpillStore(10)
    const small = store.put(new Uint8Array([1, 2, 3]))
    const large = store.put(new Uint8Array(64).fill(7))
    expect(small).toBeInstanceOf(Uint8Array)
    expect(large).toEqual({at: 0, length: 64})
    expect(store.get(large)).toEqual(new Uint8Array(64).fill(7))
    // The spill file is unlinked when opened: every open file of this process in a spill folder is a deleted
    // one. (Read from the process's open files, not by counting the temporary folder: other test files
    // running at the same time create and unlink their own spill files.)
    const spills = readdirSync('/proc/self/fd').flatMap((fd) => {
      try {
        const target = readlinkSync(`/proc/self/fd/${fd}`)
        return target.includes(`${path.sep}jiaodui-spill-`) ? [target] : []
      } catch {
        return []
      }
    })
    expect(spills.length).toBeGreaterThan(0)
    for (const target of spills) expect(target).toMatch(/ \(deleted\)$/)
    store.close()
  })
})
