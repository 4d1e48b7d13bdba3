import {spawn} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import path from 'node:path'
import pg from 'pg'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {openIndex, schemaVersion} from '../src/index.js'
import {startThrowawayPostgres, type ThrowawayPostgres} from '../src/throwaway-postgres.js'
import {clusterTimeout, entry, postgresBin} from './helpers.js'

const require = createRequire(import.meta.url)
const Sqlite = require('libsql') as typeof import('libsql')
const article = '人民网贵阳2019年1月10日电 截至2018年底，贵州共有8542名第一书记。'

let folder: string
beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'jiaodui-index-errors-'))
})
afterAll(() => rmSync(folder, {recursive: true, force: true}))

function file(name: string): string {
  const target = path.join(folder, name)
  mkdirSync(path.dirname(target), {recursive: true})
  return target
}

describe('SQLite: files that are not an index', () => {
  test('a file that is not a database is a clear error, and is left untouched', async () => {
    const target = file('notes.db')
    writeFileSync(target, '这不是数据库，只是一段文字。\n'.repeat(200))
    await expect(openIndex({backend: 'sqlite', file: target}, {create: true})).rejects.toMatchObject({
      code: 'not-a-database',
      message: `\`${target}\` is not a claim index: it is not an SQLite database`
    })
  })

  test('another SQLite database is a clear error naming its tables, and is not changed', async () => {
    const target = file('other.db')
    const other = new Sqlite(target)
    other.exec('CREATE TABLE readers (name TEXT)')
    other.close()
    await expect(openIndex({backend: 'sqlite', file: target}, {create: true})).rejects.toMatchObject({
      code: 'not-an-index',
      message: expect.stringContaining('is an SQLite database but not a claim index (its tables: `readers`')
    })
    const check = new Sqlite(target)
    expect(check.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all().map((row) => (row as {name: string}).name)).toEqual(['readers'])
    check.close()
  })

  test('an index of a newer schema version is refused, not downgraded', async () => {
    const target = file('newer/claims.db')
    const store = await openIndex({backend: 'sqlite', file: target}, {create: true})
    await store.add([entry('a.txt', article, '2019-01-10')])
    await store.close()
    const raw = new Sqlite(target)
    raw.prepare("UPDATE index_meta SET value = ? WHERE name = 'schema_version'").run(String(schemaVersion + 1))
    raw.close()
    await expect(openIndex({backend: 'sqlite', file: target}, {create: true})).rejects.toMatchObject({
      code: 'newer-schema',
      message: expect.stringContaining(`has schema version ${schemaVersion + 1}, newer than this jiaodui knows (${schemaVersion})`)
    })
  })

  test('a new index is in WAL mode and carries its application id', async () => {
    const target = file('wal/claims.db')
    await (await openIndex({backend: 'sqlite', file: target}, {create: true})).close()
    const raw = new Sqlite(target)
    expect((raw.prepare('PRAGMA journal_mode').get() as {journal_mode: string}).journal_mode).toBe('wal')
    expect((raw.prepare('PRAGMA application_id').get() as {application_id: number}).application_id).toBe(0x4a444349)
    raw.close()
  })
})

/** A child process that holds the write lock of `target` for `ms` milliseconds; resolves once it holds it. */
function holdWriteLock(target: string, ms: number): Promise<{done: Promise<void>}> {
  const script = `
    const Database = require(${JSON.stringify(require.resolve('libsql'))})
    const db = new Database(${JSON.stringify(target)})
    db.exec('BEGIN IMMEDIATE')
    db.exec("INSERT INTO index_meta (name, value) VALUES ('held', 'yes') ON CONFLICT (name) DO UPDATE SET value = 'yes'")
    process.stdout.write('locked\\n')
    setTimeout(() => { db.exec('COMMIT'); db.close() }, ${ms})
  `
  const child = spawn(process.execPath, ['-e', script], {stdio: ['ignore', 'pipe', 'inherit']})
  const done = new Promise<void>((resolve, reject) => child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`lock holder exited ${code}`)))))
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('locked')) resolve({done})
    })
    child.on('error', reject)
  })
}

describe('SQLite: two writers at once', () => {
  test('a second writer waits for the first and then writes', async () => {
    const target = file('wait/claims.db')
    const store = await openIndex({backend: 'sqlite', file: target}, {create: true, busyTimeout: 10_000})
    const holder = await holdWriteLock(target, 400)
    const result = await store.add([entry('a.txt', article, '2019-01-10')])
    expect(result.added).toBe(1)
    await holder.done
    expect(await store.verify()).toEqual([])
    await store.close()
  })

  test('a writer that waited longer than busyTimeout fails clearly and leaves the index as it was', async () => {
    const target = file('busy/claims.db')
    const store = await openIndex({backend: 'sqlite', file: target}, {create: true, busyTimeout: 100})
    const holder = await holdWriteLock(target, 1500)
    await expect(store.add([entry('a.txt', article, '2019-01-10')])).rejects.toMatchObject({
      code: 'locked',
      message: expect.stringContaining('is being written by another process; gave up after waiting 100 ms')
    })
    await holder.done
    expect((await store.stats()).documents).toBe(0)
    expect(await store.add([entry('a.txt', article, '2019-01-10')])).toMatchObject({added: 1})
    await store.close()
  })
})

describe.skipIf(!postgresBin)('PostgreSQL: databases that are not an index', () => {
  let cluster: ThrowawayPostgres
  beforeAll(async () => {
    cluster = await startThrowawayPostgres()
  }, clusterTimeout)
  afterAll(async () => {
    await cluster?.stop()
  }, clusterTimeout)

  async function database(name: string, setup: string[] = []): Promise<string> {
    const admin = new pg.Client({connectionString: cluster.url})
    await admin.connect()
    await admin.query(`CREATE DATABASE ${name}`)
    await admin.end()
    const url = cluster.url.replace(/\/postgres$/, `/${name}`)
    const client = new pg.Client({connectionString: url})
    await client.connect()
    for (const statement of setup) await client.query(statement)
    await client.end()
    return url
  }

  test('tables named like an index that are not one are a clear error', async () => {
    const url = await database('lookalike', ['CREATE TABLE indexed_claims (x int)'])
    await expect(openIndex({backend: 'postgres', url}, {create: true})).rejects.toMatchObject({code: 'not-an-index'})
  })

  test('a newer schema version is refused', async () => {
    const url = await database('newer')
    await (await openIndex({backend: 'postgres', url}, {create: true})).close()
    const client = new pg.Client({connectionString: url})
    await client.connect()
    await client.query("UPDATE index_meta SET value = $1 WHERE name = 'schema_version'", [String(schemaVersion + 1)])
    await client.end()
    await expect(openIndex({backend: 'postgres', url})).rejects.toMatchObject({code: 'newer-schema'})
  })

  test('a server that does not answer is a clear error naming the URL without its password', async () => {
    const url = `postgres://editor:secret@127.0.0.1:${cluster.port + 1}/newsroom`
    await expect(openIndex({backend: 'postgres', url})).rejects.toMatchObject({
      code: 'unreachable',
      message: expect.stringMatching(/^cannot connect to the claim index `postgres:\/\/editor:\*\*\*@127\.0\.0\.1:\d+\/newsroom`/)
    })
  })

  test('two connections opening a new database at once migrate it once (advisory lock)', async () => {
    const url = await database('race')
    const stores = await Promise.all([openIndex({backend: 'postgres', url}, {create: true}), openIndex({backend: 'postgres', url}, {create: true})])
    await Promise.all(stores.map((store) => store.add([entry('a.txt', article, '2019-01-10')])))
    const stats = await stores[0].stats()
    expect([stats.documents, stats.claims, stats.schemaVersion]).toEqual([1, 1, schemaVersion])
    await Promise.all(stores.map((store) => store.close()))
  })
})
