import {existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import type {FileOutcome, FileTask} from '../src/check-file.js'
import {checkInWorkers} from '../src/pool.js'

// Worker threads hand each outcome back as soon as it is made, so that a run
// of 100 000 files never holds them all: the caller settles each one before
// later files are even read.

describe('checkInWorkers', () => {
  it('hands over each outcome before the last files are read', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'jiaodui-pool-'))
    const task = (name: string): FileTask => ({display: name, absolute: path.join(folder, name), format: 'txt', fix: false, maxBytes: 1e6})
    const names = ['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt', 'last.txt']
    // Every file but the last exists; the last is written when the first outcome is handed over.
    for (const name of names.slice(0, -1)) writeFileSync(path.join(folder, name), `${name}：全县共有学校12所。\n`)
    const seen: Array<{position: number; outcome: FileOutcome}> = []
    try {
      await checkInWorkers(names.map(task), 2, (position, outcome) => {
        if (seen.length === 0) writeFileSync(path.join(folder, 'last.txt'), '最后一篇：全县共有学校12所。\n')
        seen.push({position, outcome})
      })
      expect(seen.map(({position}) => position).sort()).toEqual([0, 1, 2, 3, 4, 5])
      const last = seen.find(({position}) => position === 5)!.outcome
      // Had the outcomes been gathered first, the last file would have been read before it existed.
      expect(last.error).toBeUndefined()
      expect(String(last.file?.value)).toContain('最后一篇')
    } finally {
      if (existsSync(folder)) rmSync(folder, {recursive: true, force: true})
    }
  }, 60_000)
})
