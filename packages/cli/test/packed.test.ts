import {createEngine} from '@jiaodui/core'
import {rules} from '@jiaodui/preset'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {packMessages, unpackMessages} from '../src/check-file.js'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {checkFiles, packingPolicy} from '../src/commands/check.js'
import {RunConfigs} from '../src/engines.js'
import {gatherInputs} from '../src/inputs.js'
import type {Io} from '../src/io.js'
import {Progress} from '../src/progress.js'
import {SpillStore} from '../src/spill.js'

// Without --fix the CLI packs each file's messages off the heap after the
// per-file phase and unpacks them while the report is written: what comes
// back must be the same messages, every field that reporters read.

const fields = (file: VFile) =>
  file.messages.map((message) => ({
    reason: message.reason,
    ruleId: message.ruleId,
    source: message.source,
    place: message.place,
    fatal: message.fatal,
    url: message.url,
    note: message.note,
    actual: message.actual,
    expected: message.expected,
    data: message.data,
    file: message.file,
    cause: message.cause instanceof Error ? {reason: (message.cause as VFile['messages'][number]).reason} : message.cause
  }))

describe('packed messages', () => {
  it('come back with every field after a check of an article written for this test', async () => {
    const engine = createEngine(rules)
    const text = '本报记者 王小明\n渡輪新航线明年开通,每日往返十二班\u200b。\n全县共有学校120所，其中小学80所、中学50所。\n责任编辑：李华\n'
    const file = await engine.check({value: text, format: 'txt', path: 'a.txt'})
    expect(file.messages.length).toBeGreaterThan(3)
    const before = fields(file)
    const packed = packMessages(file)
    expect(file.messages).toEqual([])
    const restored = new VFile({value: text, path: 'a.txt'})
    restored.messages = unpackMessages(packed, 'a.txt')
    expect(fields(restored)).toEqual(before)
  })

  it('keep a cause (the other place of a finding about two places)', () => {
    const file = new VFile({value: '甲', path: 'a.txt'})
    const cause = new VFile({path: 'b.txt'}).message('`1660` is stated here', {place: {start: {line: 2, column: 1, offset: 5}, end: {line: 2, column: 5, offset: 9}}})
    file.message('`1660万` disagrees', {place: {line: 1, column: 1}, ruleId: 'consistent-numeric-claims', source: 'jiaodui', cause})
    const [message] = unpackMessages(packMessages(file), 'a.txt')
    expect(message!.cause).toMatchObject({reason: '`1660` is stated here', file: 'b.txt', place: {start: {offset: 5}, end: {offset: 9}}})
  })
})

describe('which files of a run are packed', () => {
  it('none while the kept files fit the budget, then the file past it and every later one', () => {
    // 750 bytes per message, 2 per character: 10 messages and 1 000 characters cost 9 500.
    const packs = packingPolicy(20_000)
    expect([packs(10, 1000), packs(10, 1000), packs(10, 1000), packs(0, 0), packs(0, 10)]).toEqual([false, false, true, true, true])
  })

  it('packs every file with a budget of 0 and none with an infinite one', () => {
    const all = packingPolicy(0)
    const none = packingPolicy(Infinity)
    expect([all(0, 0), all(5, 100)]).toEqual([true, true])
    expect([none(1e6, 1e9), none(0, 0)]).toEqual([false, false])
  })
})

describe('the per-file phase packs by the budget', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'jiaodui-packing-'))
  for (let index = 0; index < 4; index++) writeFileSync(path.join(folder, `a${index}.txt`), `第${index}篇\u200b稿件，全县共有学校12所。\n`)
  const io: Io = {cwd: folder, stdout: () => undefined, stderr: () => undefined, readStdin: async () => new Uint8Array(), color: false, env: {}}

  async function packed(budget: string | undefined): Promise<boolean[]> {
    const configs = new RunConfigs(rules, folder)
    configs.env = {JIAODUI_UNPACKED_BYTES: budget}
    const options = {format: 'json', maxFileSize: 16, threads: 1} as const
    const {tasks} = await gatherInputs(['.'], {...options, maxBytes: 16e6}, io, configs)
    const store = new SpillStore()
    try {
      const results = await checkFiles(tasks, configs, {...options}, {...io, env: configs.env}, new Progress(tasks.length, io), store)
      return results.map((result) => result.packed !== undefined)
    } finally {
      store.close()
    }
  }

  it('packs every file with a budget of 0, none by default on a small run', async () => {
    expect(await packed('0')).toEqual([true, true, true, true])
    expect(await packed(undefined)).toEqual([false, false, false, false])
  })
})
