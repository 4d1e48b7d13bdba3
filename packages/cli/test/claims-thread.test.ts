import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest'
import {createEngine} from '@jiaodui/core'
import {extractClaims, useClaimsExtractor, type Claim, type ExtractInput} from '@jiaodui/claims'
import {rules} from '@jiaodui/preset'
import {ClaimsThread} from '../src/claims-thread.js'
import {capture} from './helpers.js'

// `--claims-thread`: claims are extracted on a thread of their own while the main thread runs the
// other rules of the next file or section. The report must be the one extraction on the main
// thread gives, byte for byte, whatever order the answers come in.

const articleA = '浙江人口统计公报\n新华社杭州3月5日电 2024年末，浙江省常住人口为6627万人，比上年末增加50万人。其中，城镇人口占76%，乡村人口占30%。\n'
const articleB = '浙江经济简讯\n本报杭州3月8日电 据统计，2024年末浙江省常住人口为6627人。全省生产总值9万亿元。\n'
/** A long text of many paragraphs, checked in sections when the section size is small. */
const longText = Array.from({length: 40}, (_, k) => `第${k + 1}段：2024年，某市第${k + 1}区共有学校${k + 12}所，学生${k + 3}万人，其中小学生占${40 + (k % 3) * 30}%，中学生占${50 + (k % 2) * 20}%。`).join('\n') + '\n'

let folder: string

beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'jiaodui-claims-thread-'))
  writeFileSync(path.join(folder, 'a.txt'), articleA)
  writeFileSync(path.join(folder, 'b.txt'), articleB)
  writeFileSync(path.join(folder, 'long.txt'), longText)
})

afterAll(() => rmSync(folder, {recursive: true, force: true}))

describe('jiaodui check --claims-thread', () => {
  it('gives the report of extraction on the main thread, files and sections alike', async () => {
    // 600 characters a section: the long text is checked in several sections, two at a time with the thread.
    const env = {JIAODUI_SECTION_SIZE: '600'}
    // (Counting what the thread is asked: without `--claims-thread` nothing, with it every file and section.)
    const asked = vi.spyOn(ClaimsThread.prototype, 'extract')
    const main = await capture(['check', '--threads', '1', '--format', 'json', '.'], folder, {env})
    expect(asked).not.toHaveBeenCalled()
    const thread = await capture(['check', '--threads', '1', '--claims-thread', '--format', 'json', '.'], folder, {env})
    expect(asked.mock.calls.length).toBeGreaterThan(3)
    asked.mockRestore()
    expect(thread.stderr).toBe(main.stderr)
    expect(thread.code).toBe(main.code)
    expect(thread.stdout).toBe(main.stdout)
    // The claim rules did see claims: the clash across files and the shares past 100%.
    const rulesFound = new Set((JSON.parse(thread.stdout).files as Array<{messages: Array<{ruleId: string}>}>).flatMap((file) => file.messages.map((m) => m.ruleId)))
    expect(rulesFound).toContain('consistent-numeric-claims')
    expect(rulesFound).toContain('no-impossible-percentage')
    // With the cache: checked (misses) and then read back (hits), both in order through the thread.
    for (let round = 0; round < 2; round++) {
      const cached = await capture(['check', '--threads', '1', '--claims-thread', '--cache', '--format', 'json', '.'], folder, {env})
      expect(cached.stdout).toBe(main.stdout)
    }
    const long = (JSON.parse(thread.stdout).files as Array<{path: string; messages: Array<{ruleId: string}>}>).find((file) => file.path === 'long.txt')!
    expect(long.messages.filter((m) => m.ruleId === 'no-impossible-percentage').length).toBeGreaterThan(5)
  }, 60_000)

  it('leaves the main thread extracting again after the run', async () => {
    await capture(['check', '--threads', '1', '--claims-thread', '--format', 'json', 'a.txt'], folder)
    // No extractor is left behind: a later engine in this process extracts in place.
    const engine = createEngine(rules, {})
    const file = await engine.check({value: articleA, format: 'txt', path: 'a.txt'})
    expect((file.data as {claims?: unknown[]}).claims?.length).toBeGreaterThan(0)
  })
})

describe('ClaimsThread', () => {
  it('starts its worker on the first extraction only (a run served from the cache starts none)', async () => {
    const idle = new ClaimsThread([])
    expect(idle.wasStarted).toBe(false)
    await idle.close()
    expect(idle.wasStarted).toBe(false)
    const used = new ClaimsThread([])
    try {
      expect((await used.extract({text: articleA, path: 'a.txt', region: 'CN'})).length).toBeGreaterThan(2)
      expect(used.wasStarted).toBe(true)
    } finally {
      await used.close()
    }
  }, 30_000)

  it('answers with the claims extractClaims makes here', async () => {
    const thread = new ClaimsThread([])
    try {
      const input: ExtractInput = {text: articleA, path: 'a.txt', region: 'CN'}
      const [there, again] = await Promise.all([thread.extract(input), thread.extract({text: articleB, path: 'b.txt'})])
      expect(there).toEqual(extractClaims(input))
      expect(there.length).toBeGreaterThan(2)
      expect(again).toEqual(extractClaims({text: articleB, path: 'b.txt'}))
    } finally {
      await thread.close()
    }
  }, 30_000)

  it('refuses work once closed, saying so', async () => {
    const thread = new ClaimsThread([])
    await thread.close()
    await expect(thread.extract({text: articleA})).rejects.toThrow(/claims thread/)
  })
})

describe('ClaimsThread.extractor', () => {
  it('leaves extraction to the main thread once the thread is gone, saying so once', async () => {
    const thread = new ClaimsThread([])
    const warnings: string[] = []
    const extract = thread.extractor(extractClaims, (message) => warnings.push(message))
    try {
      expect(await extract({text: articleB})).toEqual(extractClaims({text: articleB}))
      // The worker dies (as on running out of memory): the run goes on without it.
      await (thread as unknown as {worker: {terminate(): Promise<number>}}).worker.terminate()
      expect(thread.alive).toBe(false)
      expect(await extract({text: articleA})).toEqual(extractClaims({text: articleA}))
      expect(await extract({text: articleB})).toEqual(extractClaims({text: articleB}))
      expect(warnings).toHaveLength(1)
      expect(warnings[0]).toMatch(/claims thread stopped.*main thread/)
    } finally {
      await thread.close()
    }
  })

  it('passes on an extraction that fails while the thread is alive', async () => {
    const thread = new ClaimsThread([])
    const extract = thread.extractor(() => [], () => undefined)
    try {
      await expect(extract({text: null} as unknown as ExtractInput)).rejects.toThrow()
      expect(thread.alive).toBe(true)
    } finally {
      await thread.close()
    }
  })
})

describe('overlapping sections', () => {
  it('checks the next section while one waits for its claims, keeping the order of the report', async () => {
    const engine = createEngine(rules, {}, {sectionSize: 600})
    const alone = await engine.check({value: longText, format: 'txt', path: 'long.txt'})
    let waiting = 0
    let most = 0
    // Answers come late and in reverse order of asking: the second section asks before the first is answered.
    useClaimsExtractor(async (input) => {
      waiting++
      most = Math.max(most, waiting)
      await new Promise((resolve) => setTimeout(resolve, 30 - Math.min(25, waiting * 10)))
      waiting--
      return extractClaims(input) as Claim[]
    })
    try {
      const overlapped = await engine.check({value: longText, format: 'txt', path: 'long.txt', overlapSections: true})
      expect(most).toBe(2)
      expect(overlapped.messages.map(String)).toEqual(alone.messages.map(String))
      expect(overlapped.messages.length).toBeGreaterThan(5)
      expect(JSON.stringify(overlapped.data['claims'])).toBe(JSON.stringify(alone.data['claims']))
    } finally {
      useClaimsExtractor(undefined)
    }
  })
})

describe('the claims thread by default', () => {
  it('is on for large runs on two or more cores, off for small runs, one core, or when asked', async () => {
    const {claimsThreadWanted, minFilesForClaimsThread} = await import('../src/commands/check.js')
    expect(claimsThreadWanted(undefined, minFilesForClaimsThread, 2)).toBe(true)
    expect(claimsThreadWanted(undefined, minFilesForClaimsThread - 1, 2)).toBe(false)
    expect(claimsThreadWanted(undefined, 10 * minFilesForClaimsThread, 1)).toBe(false)
    expect(claimsThreadWanted(false, 10 * minFilesForClaimsThread, 8)).toBe(false)
    expect(claimsThreadWanted(true, 1, 1)).toBe(true)
    expect(claimsThreadWanted(undefined, 3, 2, {JIAODUI_CLAIMS_THREAD_FILES: '3'})).toBe(true)
    expect(() => claimsThreadWanted(undefined, 3, 2, {JIAODUI_CLAIMS_THREAD_FILES: 'many'})).toThrow(/JIAODUI_CLAIMS_THREAD_FILES/)
  })

  it('starts by itself from the run size on, with the same report; --no-claims-thread keeps it off', async () => {
    // (The threshold lowered to this folder's three files; the decision is the one a run of 300 files takes.)
    const env = {JIAODUI_CLAIMS_THREAD_FILES: '3'}
    const asked = vi.spyOn(ClaimsThread.prototype, 'extract')
    try {
      const main = await capture(['check', '--threads', '1', '--no-claims-thread', '--format', 'json', '.'], folder, {env})
      expect(asked).not.toHaveBeenCalled()
      const auto = await capture(['check', '--threads', '1', '--format', 'json', '.'], folder, {env})
      expect(asked.mock.calls.length).toBeGreaterThan(2)
      expect(auto.stdout).toBe(main.stdout)
      expect(auto.code).toBe(main.code)
      // A second run with the cache: every file is served from it, nothing is extracted. (The entries the
      // tests above left were made in sections of another size: not served here.)
      await capture(['check', '--threads', '1', '--cache', '--format', 'json', '.'], folder, {env})
      asked.mockClear()
      const warm = await capture(['check', '--threads', '1', '--cache', '--format', 'json', '.'], folder, {env})
      expect(asked).not.toHaveBeenCalled()
      expect(warm.stdout).toBe(main.stdout)
      // Two files: below the (lowered) threshold, no thread.
      asked.mockClear()
      await capture(['check', '--threads', '1', '--format', 'json', 'a.txt', 'b.txt'], folder, {env})
      expect(asked).not.toHaveBeenCalled()
    } finally {
      asked.mockRestore()
    }
  }, 60_000)
})
