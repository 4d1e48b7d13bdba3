// Reliability of writers, with real processes: a writer killed in the middle of `jiaodui index
// add` of 1 000 articles, and two writers at once. Tier two: each run takes tens of seconds.
// It reads nothing from ../shared (the articles are generated), and needs the built CLI (`tsc -b`).
import {spawn, type ChildProcess} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {openIndex, type IndexLocation} from '../src/index.js'
import {clusterTimeout, generateArticles, postgresBackend, postgresBin, sqliteBackend, type Backend, useBackend} from './helpers.js'

const repository = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const bin = path.join(repository, 'packages', 'cli', 'bin', 'jiaodui.js')
const built = path.join(repository, 'packages', 'cli', 'dist', 'commands', 'index-command.js')

let folder: string
beforeAll(() => {
  if (!existsSync(built)) throw new Error('the CLI is not built: run `npx tsc -b` first (pnpm test:corpus does)')
  folder = mkdtempSync(path.join(tmpdir(), 'jiaodui-kill-'))
  const articles = path.join(folder, 'articles')
  mkdirSync(articles)
  const halves = [path.join(folder, 'first-half'), path.join(folder, 'second-half')]
  for (const half of halves) mkdirSync(half)
  generateArticles(1000, 7).forEach((article, index) => {
    writeFileSync(path.join(articles, article.name), article.text)
    writeFileSync(path.join(halves[index < 500 ? 0 : 1]!, article.name), article.text)
  })
})
afterAll(() => rmSync(folder, {recursive: true, force: true}))

function flag(location: IndexLocation): string {
  return location.backend === 'postgres' ? location.url : location.file
}

function addProcess(location: IndexLocation, args: string[]): {child: ChildProcess; exit: Promise<{code: number | null; signal: string | null; stderr: string}>} {
  const child = spawn(process.execPath, [bin, 'index', 'add', '--index', flag(location), ...args], {cwd: folder, stdio: ['ignore', 'ignore', 'pipe']})
  let stderr = ''
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exit = new Promise<{code: number | null; signal: string | null; stderr: string}>((resolve) =>
    child.on('exit', (code, signal) => resolve({code, signal, stderr}))
  )
  return {child, exit}
}

async function documents(location: IndexLocation): Promise<number> {
  try {
    const store = await openIndex(location)
    try {
      return (await store.stats()).documents
    } finally {
      await store.close()
    }
  } catch {
    return 0
  }
}

function suite(name: string, make: () => Promise<Backend>) {
  describe(`a writer killed during index add, on ${name}`, () => {
    const backend = useBackend(make)

    test('killed mid-run: whole batches only, counts and integrity hold; a second run completes it', async () => {
      const location = await backend.fresh()
      const {child, exit} = addProcess(location, ['articles', '--batch', '25'])
      // Kill once some batches are in, well before the end.
      let stored = 0
      while (stored < 150) {
        await new Promise((resolve) => setTimeout(resolve, 100))
        stored = await documents(location)
        const finished = child.exitCode !== null
        if (finished) throw new Error('index add finished before it could be killed')
      }
      child.kill('SIGKILL')
      expect((await exit).signal).toBe('SIGKILL')

      const store = await openIndex(location)
      const after = await store.stats()
      expect(after.documents).toBeGreaterThanOrEqual(150)
      expect(after.documents).toBeLessThan(1000)
      expect(after.documents % 25).toBe(0)
      expect(after.claims).toBe(after.documents * 4)
      expect(await store.verify()).toEqual([])
      await store.close()

      const rerun = addProcess(location, ['articles', '--batch', '25'])
      const done = await rerun.exit
      expect(done).toMatchObject({code: 0, stderr: ''})
      const reopened = await openIndex(location)
      const complete = await reopened.stats()
      expect([complete.documents, complete.claims]).toEqual([1000, 4000])
      expect(await reopened.verify()).toEqual([])
      await reopened.close()
    })
  })
}

/**
 * A child process that stores 10 documents, says so, then stores one batch of 100 000 documents
 * (a million claims) in one transaction, long enough to be killed inside it.
 */
function bigBatchWriter(location: IndexLocation): {child: ChildProcess; ready: Promise<void>} {
  const dist = path.join(repository, 'packages', 'claim-index', 'dist', 'index.js')
  const script = `
    import {openIndex} from ${JSON.stringify(dist)}
    import {extractClaims} from ${JSON.stringify(path.join(repository, 'packages', 'claims', 'dist', 'index.js'))}
    const claims = extractClaims({text: '人民网贵阳2019年1月10日电 截至2018年底，贵州共有8542名第一书记。', path: 'x'})
    const entries = (from, count) => Array.from({length: count}, (_, i) => ({
      document: {path: 'doc/' + (from + i), hash: 'h' + (from + i), date: '2019-01-10'},
      claims: Array.from({length: 10}, () => claims[0])
    }))
    const store = await openIndex(${JSON.stringify(location)}, {create: true})
    await store.add(entries(0, 10))
    process.stdout.write('committed\\n')
    for (;;) await store.add(entries(10, 100000))
  `
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {stdio: ['ignore', 'pipe', 'inherit']})
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('committed') && resolve())
    child.on('exit', (code) => reject(new Error(`writer exited early (${code})`)))
  })
  return {child, ready}
}

function bigBatchSuite(name: string, make: () => Promise<Backend>) {
  test(`${name}: killed inside a transaction of a million claims, the index keeps what was committed before`, async () => {
    const backend = await make()
    try {
      const location = await backend.fresh()
      const {child, ready} = bigBatchWriter(location)
      await ready
      // The first big batch is one transaction of several seconds; the later ones replace nothing (same hashes).
      await new Promise((resolve) => setTimeout(resolve, 700))
      child.kill('SIGKILL')
      await new Promise((resolve) => child.on('exit', resolve))
      const store = await openIndex(location)
      const stats = await store.stats()
      expect([stats.documents, stats.claims]).toEqual([10, 100])
      expect(await store.verify()).toEqual([])
      await store.close()
    } finally {
      await backend.teardown()
    }
  }, clusterTimeout)
}

describe('a writer killed inside a transaction', () => {
  bigBatchSuite('SQLite', async () => sqliteBackend())
  if (postgresBin) bigBatchSuite('PostgreSQL', postgresBackend)
})

suite('SQLite', async () => sqliteBackend())
if (postgresBin) suite('PostgreSQL', postgresBackend)
else describe.skip('kill test on PostgreSQL (skipped: PostgreSQL server binaries not installed)', () => test('skipped', () => {}))

describe('two writers at once on one SQLite index', () => {
  test('both finish (the second waits for the first at each batch), nothing lost or doubled', async () => {
    const backend = sqliteBackend()
    const location = await backend.fresh()
    // Create the index first, so both writers find it.
    await (await openIndex(location, {create: true})).close()
    const first = addProcess(location, ['first-half', '--batch', '50'])
    const second = addProcess(location, ['second-half', '--batch', '50'])
    const [a, b] = await Promise.all([first.exit, second.exit])
    expect([a.code, a.stderr, b.code, b.stderr]).toEqual([0, '', 0, ''])
    const store = await openIndex(location)
    const stats = await store.stats()
    expect([stats.documents, stats.claims]).toEqual([1000, 4000])
    expect(await store.verify()).toEqual([])
    await store.close()
    await backend.teardown()
  })
})
