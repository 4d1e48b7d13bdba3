import {afterAll, beforeAll} from 'vitest'
import {createHash} from 'node:crypto'
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import pg from 'pg'
import {extractClaims} from '@jiaodui/claims'
import {CLAIM_KEY_VERSION, openIndex, type ClaimStore, type DocumentEntry, type IndexLocation} from '../src/index.js'
import {findPostgresBinaries, startThrowawayPostgres, type ThrowawayPostgres} from '../src/throwaway-postgres.js'

/** The PostgreSQL server binaries, or `undefined`; the PostgreSQL tests are skipped (and say so) without them. */
export const postgresBin = findPostgresBinaries()
if (!postgresBin) {
  console.warn('claim-index: PostgreSQL tests SKIPPED: no server binaries (initdb, pg_ctl) under /usr/lib/postgresql/*/bin; install them with `apt-get install -y postgresql`')
}

/**
 * How long starting or stopping a throwaway cluster may take: seconds on an idle machine, much
 * more on a shared, loaded one (vitest's default hook timeout is 10 s).
 */
export const clusterTimeout = 180_000

/** One backend under test: how to get a fresh, empty index location. */
export interface Backend {
  name: 'sqlite' | 'postgres'
  /** A location no other test uses. */
  fresh(): Promise<IndexLocation>
  /** Stop what `setup` started. */
  teardown(): Promise<void>
}

/** SQLite: a new file in a temporary folder per location. */
export function sqliteBackend(): Backend {
  const folder = mkdtempSync(path.join(tmpdir(), 'jiaodui-index-'))
  let count = 0
  return {
    name: 'sqlite',
    async fresh() {
      return {backend: 'sqlite', file: path.join(folder, `index-${++count}`, 'claims.db')}
    },
    async teardown() {
      rmSync(folder, {recursive: true, force: true})
    }
  }
}

/** PostgreSQL: one throwaway cluster, a new database per location. */
export async function postgresBackend(): Promise<Backend & {cluster: ThrowawayPostgres}> {
  const cluster = await startThrowawayPostgres()
  let count = 0
  return {
    name: 'postgres',
    cluster,
    async fresh() {
      const name = `index_${++count}`
      const client = new pg.Client({connectionString: cluster.url})
      await client.connect()
      await client.query(`CREATE DATABASE ${name}`)
      await client.end()
      return {backend: 'postgres', url: cluster.url.replace(/\/postgres$/, `/${name}`)}
    },
    async teardown() {
      await cluster.stop()
    }
  }
}

/** A fresh index of a backend, created. */
export async function freshStore(backend: Backend): Promise<{store: ClaimStore; location: IndexLocation}> {
  const location = await backend.fresh()
  return {store: await openIndex(location, {create: true, busyTimeout: 2000}), location}
}

/** An index entry for an invented article, its claims extracted under this code's key version. */
export function entry(pathName: string, text: string, date: string, source?: string): DocumentEntry {
  const claims = extractClaims({text, date, path: pathName})
  return {
    document: {path: pathName, hash: createHash('sha256').update(text).digest('hex'), date, ...(source ? {source} : {}), keyVersion: CLAIM_KEY_VERSION},
    claims
  }
}

/**
 * Turn an index (closed) back into schema version 1, as an index made before documents recorded
 * their claim key version: the column dropped, the version set to 1. The next open migrates it.
 */
export async function downgradeToVersion1(location: IndexLocation): Promise<void> {
  const statements = ['ALTER TABLE indexed_documents DROP COLUMN key_version', "UPDATE index_meta SET value = '1' WHERE name = 'schema_version'"]
  if (location.backend === 'postgres') {
    const client = new pg.Client({connectionString: location.url})
    await client.connect()
    for (const statement of statements) await client.query(statement)
    await client.end()
    return
  }
  const {default: Database} = await import('libsql')
  const db = new Database(location.file)
  for (const statement of statements) db.exec(statement)
  db.close()
}

const PLACES = ['贵州', '山西', '云南', '四川', '甘肃', '河南', '河北', '广西', '湖南', '湖北', '江西', '福建', '安徽', '吉林', '浙江', '江苏', '山东', '辽宁', '广东', '海南']
const CITIES: Record<string, string> = {贵州: '贵阳', 山西: '太原', 云南: '昆明', 四川: '成都', 甘肃: '兰州', 河南: '郑州', 河北: '石家庄', 广西: '南宁', 湖南: '长沙', 湖北: '武汉', 江西: '南昌', 福建: '福州', 安徽: '合肥', 吉林: '长春', 浙江: '杭州', 江苏: '南京', 山东: '济南', 辽宁: '沈阳', 广东: '广州', 海南: '海口'}

/** A deterministic random number source. */
export function random(seed: number): () => number {
  let s = seed >>> 0
  return () => ((s = Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32
}

/**
 * `count` invented articles from a few templates with perturbed numbers: a dateline, then
 * statistics of one province (第一书记, 驻村干部, 农村致富带头人, 扶持资金). Each has 4 keyed claims.
 */
export function generateArticles(count: number, seed = 1): Array<{name: string; text: string}> {
  const next = random(seed)
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T
  const articles: Array<{name: string; text: string}> = []
  for (let n = 0; n < count; n++) {
    const place = pick(PLACES)
    const year = 2016 + Math.floor(next() * 8)
    const month = 1 + Math.floor(next() * 12)
    const day = 1 + Math.floor(next() * 28)
    const number = (low: number, high: number) => low + Math.floor(next() * (high - low))
    const text =
      `人民网${CITIES[place]}${year}年${month}月${day}日电 截至${year - 1}年底，${place}共有${number(3000, 9000)}名第一书记，驻村干部${number(2, 9)}.${number(1, 9)}万名。\n` +
      `${year - 1}年，${place}新增农村致富带头人${number(500, 5000)}名，投入扶持资金${number(1000, 9000)}万元。\n` +
      '修好一条路，带富一方人。\n'
    articles.push({name: `${String(n).padStart(4, '0')}-${place}.txt`, text})
  }
  return articles
}

/**
 * Start a backend before the tests of the enclosing `describe` and stop it
 * after them. The returned object stands for the backend once started (its
 * methods are read when called), so tests use it like the backend itself.
 */
export function useBackend(make: () => Promise<Backend>): Backend {
  let started: Backend | undefined
  beforeAll(async () => {
    started = await make()
  }, clusterTimeout)
  afterAll(async () => {
    await started?.teardown()
  }, clusterTimeout)
  return new Proxy({} as Backend, {
    get(_, key) {
      if (!started) throw new Error('the backend is not started yet')
      return started[key as keyof Backend]
    }
  })
}
