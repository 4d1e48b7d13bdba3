import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {buildReport, createEngine} from '@jiaodui/core'
import {rules} from '@jiaodui/preset'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {checkFile, unpackLazily} from '../src/check-file.js'
import {checkFiles} from '../src/commands/check.js'
import {RunConfigs} from '../src/engines.js'
import {gatherInputs} from '../src/inputs.js'
import type {Io} from '../src/io.js'
import {Progress} from '../src/progress.js'
import {json} from '../src/reporters/json.js'
import {SpillStore} from '../src/spill.js'
import {version} from '../src/version.js'
import {capture} from './helpers.js'

// A plain text longer than the engine's section size is checked in sections;
// the CLI packs each section's messages as it is checked and streams them into
// the report. On invented text where sectioning cannot change a finding, the
// report must be the one of checking every file whole.

const paragraphs = [
  (n: number) => `青石镇第${n}届农具展在周六开幕,展出犁耙一百二十件。`,
  (n: number) => `镇上的合作社今年收购茶叶${n + 3}吨,比去年多两成。`,
  (n: number) => `负责人张**说,新仓库\u200B将在秋天启用。`,
  (n: number) => `全镇${(n % 7) + 2}个村的参与率达到了百分之${120 + (n % 5)}。`,
  () => '游客可以在镇口的停车场免费停车,步行十分钟即到。',
  // A finding with claims in its data (ids, lines): parts that add up to more than their whole.
  () => '截至2018年底，全县共有学校120所，其中小学80所、中学50所。'
]

/** Invented text of at least `length` characters; `seed` makes each file's numbers its own. */
function inventedText(length: number, seed: number, credits = false): string {
  const lines: string[] = []
  let size = 0
  for (let index = 0; size < length; index++) {
    // A credit line is boilerplate (an error); where it is reported depends on the page's structure, which sections cut.
    const line = credits && index % 40 === 39 ? '（责任编辑：王小明）' : paragraphs[index % paragraphs.length]!(index * 7 + seed)
    lines.push(line)
    size += line.length + 1
    if (index % 3 === 2) lines.push('')
  }
  return `${lines.join('\n')}\n`
}

/** The JSON report of checking the texts whole, corpus phase included. */
async function wholeReport(files: Array<{path: string; value: string}>): Promise<unknown> {
  const engine = createEngine(rules, {}, {sectionSize: Infinity})
  const checked = []
  for (const {path: name, value} of files) checked.push(await engine.check({value, format: 'txt', path: name, data: {encoding: 'UTF-8'}}))
  await engine.complete(checked)
  const report = buildReport(
    files.map(({path: name}, index) => ({path: name, file: checked[index], format: 'txt', encoding: 'UTF-8'})),
    version
  )
  return JSON.parse(json(report))
}

describe('jiaodui check on a text checked in sections', () => {
  // Sections of 12 000 characters, texts checked in sections from that length on
  // (`JIAODUI_SECTION_SIZE`, read by the run and by its worker threads): the code of the default
  // 32 Ki / 256 Ki, on a tenth of the text (this file took a fifth of the test suite's time).
  const sectionSize = 12_000
  const env = {JIAODUI_SECTION_SIZE: String(sectionSize)}
  const sectioned = sectionSize * 2
  beforeAll(() => {
    process.env['JIAODUI_SECTION_SIZE'] = env.JIAODUI_SECTION_SIZE
  })
  afterAll(() => {
    delete process.env['JIAODUI_SECTION_SIZE']
  })
  const dir = mkdtempSync(path.join(tmpdir(), 'jiaodui-sectioned-'))
  // A claim each file states differently, in its last section: the corpus phase reports the clash in both,
  // and its messages are merged into the streamed ones by position.
  const big = `${inventedText(sectioned + 20_000, 1)}截至2018年底，贵州省共有贫困村2760个。\n`
  const other = `${inventedText(sectioned + 5_000, 2)}截至2018年底，贵州省共有贫困村2800个。\n${inventedText(3000, 4)}`
  writeFileSync(path.join(dir, 'big.txt'), big)
  writeFileSync(path.join(dir, 'other.txt'), other)
  writeFileSync(path.join(dir, 'credits.txt'), inventedText(sectioned + 5_000, 3, true))

  it('writes the report of checking it whole, on one thread and on two', async () => {
    const expected = await wholeReport([{path: 'big.txt', value: big}, {path: 'other.txt', value: other}])
    const wholeReason = (expected as {files: Array<{region: {reason: string}}>}).files[0]!.region.reason
    for (const threads of ['1', '2']) {
      const run = await capture(['check', '--format', 'json', '--threads', threads, 'big.txt', 'other.txt'], dir, {env})
      expect(run.code).toBe(1)
      const got = JSON.parse(run.stdout)
      // The region's reason counts the characters of the first section only (a listed difference).
      expect(got.files[0].region.reason).toMatch(/^simplified script \(\d+ of \d+ script-specific characters\)$/)
      // (Which shows that the text was checked in sections, on the worker threads too.)
      expect(got.files[0].region.reason).not.toBe(wholeReason)
      for (const report of [got, expected as typeof got]) for (const file of report.files) delete file.region.reason
      expect(got.files.map((file: {messages: Array<{ruleId: string}>}) => file.messages.filter((message) => message.ruleId === 'consistent-numeric-claims').length)).toEqual([1, 1])
      expect(got).toEqual(expected)
    }
  }, 120_000)

  it('counts and filters streamed messages: --quiet keeps errors, summary counts match', async () => {
    const all = JSON.parse((await capture(['check', '--format', 'json', 'credits.txt'], dir, {env})).stdout)
    const quiet = JSON.parse((await capture(['check', '--format', 'json', '--quiet', 'credits.txt'], dir, {env})).stdout)
    const errors = all.files[0].messages.filter((message: {severity: string}) => message.severity === 'error')
    expect(errors.length).toBeGreaterThan(0)
    expect(quiet.files[0].messages).toEqual(errors)
    expect(all.summary.errors + all.summary.warnings + all.summary.infos).toBe(all.files[0].messages.length)
    expect(quiet.summary.errors).toBe(errors.length)
  }, 120_000)

  it('is the same from the cache', async () => {
    const first = await capture(['check', '--format', 'json', '--cache', 'big.txt'], dir, {env})
    const second = await capture(['check', '--format', 'json', '--cache', 'big.txt'], dir, {env})
    expect(second.stdout).toBe(first.stdout)
  }, 120_000)

  it('fixes it idempotently', async () => {
    const fixDir = mkdtempSync(path.join(tmpdir(), 'jiaodui-sectioned-fix-'))
    writeFileSync(path.join(fixDir, 'big.txt'), big)
    const first = await capture(['check', '--fix', '--format', 'json', 'big.txt'], fixDir, {env})
    const fixed = readFileSync(path.join(fixDir, 'big.txt'), 'utf8')
    expect(fixed).not.toBe(big)
    expect(JSON.parse(first.stdout).files[0].fixed).toBeGreaterThan(0)
    const second = await capture(['check', '--fix', '--format', 'json', 'big.txt'], fixDir, {env})
    expect(readFileSync(path.join(fixDir, 'big.txt'), 'utf8')).toBe(fixed)
    expect(JSON.parse(second.stdout).files[0].fixed ?? 0).toBe(0)
  }, 120_000)

  it('refuses, before reading, a Markdown file or a fix larger than the heap can hold (plain text is checked in sections)', async () => {
    const hugeDir = mkdtempSync(path.join(tmpdir(), 'jiaodui-sectioned-huge-'))
    // 40 MB: over the bound of a whole parse (150 bytes per input byte of a 4 GB heap), under that of sections.
    writeFileSync(path.join(hugeDir, 'huge.md'), Buffer.alloc(40_000_000, 0x61))
    writeFileSync(path.join(hugeDir, 'huge.txt'), Buffer.alloc(40_000_000, 0x61))
    const markdown = JSON.parse((await capture(['check', '--format', 'json', '--max-file-size', '200', 'huge.md'], hugeDir)).stdout)
    expect(markdown.files[0].error.code).toBe('too-large')
    expect(markdown.files[0].error.message).toMatch(/checking it would take about [\d.]+ GB, more than this process's heap/)
    const fix = JSON.parse((await capture(['check', '--fix', '--format', 'json', '--max-file-size', '200', 'huge.txt'], hugeDir)).stdout)
    expect(fix.files[0].error.code).toBe('too-large')
    expect(fix.files[0].error.message).toMatch(/fixing it would take/)
    rmSync(hugeDir, {recursive: true, force: true})
  })
})

describe('a large text checked on one thread without a cache', () => {
  it('hands each section\'s packed messages to the run\'s store while the text is being checked', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'jiaodui-sectioned-store-'))
    // Sections of 12 000 characters (`JIAODUI_SECTION_SIZE`): more than eight of them in a third of the default's text.
    writeFileSync(path.join(folder, 'big.txt'), inventedText(12_000 * 9 + 5_000, 5))
    const io: Io = {cwd: folder, stdout: () => undefined, stderr: () => undefined, readStdin: async () => new Uint8Array(), color: false, env: {}}
    const configs = new RunConfigs(rules, folder)
    configs.env = {JIAODUI_SECTION_SIZE: '12000'}
    const options = {format: 'json', maxFileSize: 16, threads: 1} as const
    const {tasks} = await gatherInputs(['.'], {...options, maxBytes: 16e6}, io, configs)
    // Budget 0: every record goes to the spill file at once, as a large run's would past the budget.
    const store = new SpillStore(0)
    const callers: boolean[] = []
    const put = store.put.bind(store)
    store.put = (bytes) => {
      callers.push(/checkInSections/.test(new Error().stack ?? ''))
      return put(bytes)
    }
    try {
      const [result] = await checkFiles(tasks, configs, options, io, new Progress(tasks.length, io), store)
      expect(result!.sections!.length).toBeGreaterThan(8)
      // Every section went to the store from inside the check, none after the file was done.
      expect(callers.slice(0, result!.sections!.length)).toEqual(result!.sections!.map(() => true))
      expect(result!.sections!.every((section) => !(section instanceof Uint8Array))).toBe(true)
      const messages = [...unpackLazily(store.get(result!.sections![0]!), 'big.txt')]
      expect(messages.length).toBeGreaterThan(0)
    } finally {
      store.close()
      rmSync(folder, {recursive: true, force: true})
    }
  }, 120_000)
})

describe('checkFile without a fix and without a cache', () => {
  it('keeps the bytes it read until the run settles the file, which lets them go (kept with --fix, which writes them back)', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'jiaodui-bytes-'))
    const file = path.join(folder, 'a.txt')
    const text = '本市今年新增公办幼儿园学位一万二千个。\n'
    writeFileSync(file, text)
    const engine = createEngine(rules)
    const task = (fix: boolean): Parameters<typeof checkFile>[0] => ({absolute: file, display: 'a.txt', format: 'txt', fix, maxBytes: 1e6})
    const store = new SpillStore()
    try {
      const plain = await checkFile(task(false), engine, async () => new Uint8Array(), {store})
      expect(plain.bytes?.length).toBe(Buffer.byteLength(text))
      expect(plain.decoded?.text).toContain('幼儿园')
      const fixing = await checkFile(task(true), engine, async () => new Uint8Array(), {store})
      expect(fixing.bytes?.length).toBe(plain.size)
      const io: Io = {cwd: folder, stdout: () => undefined, stderr: () => undefined, readStdin: async () => new Uint8Array(), color: false, env: {}}
      const configs = new RunConfigs(rules, folder)
      const options = {format: 'json', maxFileSize: 1, threads: 1} as const
      const {tasks} = await gatherInputs(['.'], {...options, maxBytes: 1e6}, io, configs)
      const [result] = await checkFiles(tasks, configs, options, io, new Progress(tasks.length, io), store)
      expect(result!.outcome.size).toBe(Buffer.byteLength(text))
      expect(result!.outcome.bytes).toBeUndefined()
    } finally {
      store.close()
      rmSync(folder, {recursive: true, force: true})
    }
  })
})

describe('the claims of a text checked in sections with a store', () => {
  // Sections of 3 000 characters (an engine option), so that a text of 30 000 is cut as a large one is.
  const sectioned = () => createEngine(rules, {}, {sectionSize: 3000})
  const value = inventedText(30_000, 6)
  const task: Parameters<typeof checkFile>[0] = {display: 'big.txt', format: 'txt', fix: false, maxBytes: 16e6, content: Buffer.from(value)}

  it('wait in the store, section by section, and read back as the claims the check found', async () => {
    const engine = sectioned()
    const kept = await engine.check({value, format: 'txt', path: 'big.txt', data: {encoding: 'UTF-8'}, takeMessages: () => undefined})
    const store = new SpillStore(0)
    const puts: number[] = []
    const put = store.put.bind(store)
    store.put = (bytes, toDisk) => {
      puts.push(bytes.length)
      return put(bytes, toDisk)
    }
    try {
      const outcome = await checkFile(task, engine, async () => new Uint8Array(), {store})
      const data = outcome.file!.data as Record<string, unknown>
      // Not on the file until read: a getter over the store.
      expect(Object.getOwnPropertyDescriptor(data, 'claims')?.get).toBeTypeOf('function')
      const expected = kept.data['claims'] as Array<{id: string}>
      expect(expected.length).toBeGreaterThan(100)
      expect(data['claims']).toEqual(expected)
      // Read once, then a plain array.
      expect(Object.getOwnPropertyDescriptor(data, 'claims')?.value).toBe(data['claims'])
      expect(puts.length).toBeGreaterThan(16)
    } finally {
      store.close()
    }
  }, 120_000)

  it('compacted as each section is checked when asked, as compacting the whole file would', async () => {
    const engine = sectioned()
    const whole = await engine.check({value, format: 'txt', path: 'big.txt', data: {encoding: 'UTF-8'}, takeMessages: () => undefined})
    const all = (whole.data['claims'] as unknown[]).length
    engine.compact(whole)
    const expected = whole.data['claims'] as unknown[]
    // The invented text has claims under the threshold, which compaction drops.
    expect(expected.length).toBeLessThan(all)
    const store = new SpillStore(0)
    try {
      const outcome = await checkFile(task, engine, async () => new Uint8Array(), {store, compact: (file) => engine.compact(file)})
      expect(outcome.file!.data['claims']).toEqual(expected)
    } finally {
      store.close()
    }
  }, 120_000)
})
