import type {Client as PgClient} from 'pg'
import {IndexError} from './errors.js'
import {documentOfRow, nearestClashes, rowsPerSide, type ClashRow} from './nearest.js'
import {claimFromRow, keyHash, rowOf, type ClaimRow, type DocumentEntry} from './rows.js'
import {CLAIM_KEY_VERSION} from '@jiaodui/claims'
import {applicationName, consistencySql, otherKeyVersionSql, pendingMigrations, schemaVersion} from './schema.js'
import type {AddResult, ClaimStore, ClashQuery, IndexStats, LookupOptions, StoredClaim} from './store.js'

/** Options of `openPostgresIndex`. */
export interface PostgresOptions {
  /** Create the tables when the database has none yet (otherwise a database without an index is an error). */
  create: boolean
}

/** A `postgres://` URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = '***'
    return parsed.toString()
  } catch {
    return url.replace(/:[^:@/]*@/, ':***@')
  }
}

/** Advisory lock key that serialises migrations of one database (any constant shared by all jiaodui processes). */
const migrationLock = 0x4a444349

/** Connect to a PostgreSQL index and create or migrate its tables. Throws `IndexError` with a clear cause. */
export async function openPostgresIndex(url: string, options: PostgresOptions): Promise<ClaimStore> {
  const {default: pg} = await import('pg')
  const location = redactUrl(url)
  const client = new pg.Client({connectionString: url})
  // A connection the server drops while idle is reported by the next query; without a listener
  // the 'error' event would end the process.
  client.on('error', () => {})
  try {
    await client.connect()
  } catch (error) {
    throw new IndexError('unreachable', `cannot connect to the claim index \`${location}\` (${(error as Error).message || String(error)})`, {cause: error})
  }
  try {
    await prepareSchema(client, location, options)
  } catch (error) {
    await client.end().catch(() => {})
    throw error
  }
  return new PostgresStore(client, location)
}

async function prepareSchema(client: PgClient, location: string, options: PostgresOptions): Promise<void> {
  await client.query('BEGIN')
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [migrationLock])
    const version = await readVersion(client, location)
    if (version > schemaVersion) {
      throw new IndexError(
        'newer-schema',
        `the claim index \`${location}\` has schema version ${version}, newer than this jiaodui knows (${schemaVersion}): upgrade jiaodui; the index is never downgraded`
      )
    }
    if (version === 0 && !options.create) {
      throw new IndexError('missing', `no claim index in \`${location}\` (create one with \`jiaodui index add\`)`)
    }
    for (const migration of pendingMigrations('postgres', version)) {
      for (const statement of migration.statements) await client.query(statement)
      const upsert = 'INSERT INTO index_meta (name, value) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET value = excluded.value'
      await client.query(upsert, ['application', applicationName])
      await client.query(upsert, ['schema_version', String(migration.version)])
    }
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    throw error
  }
}

/** 0 when the database has no index tables; throws when index-like tables are not an index. */
async function readVersion(client: PgClient, location: string): Promise<number> {
  const found = await client.query<{name: string}>(
    "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name IN ('index_meta', 'indexed_documents', 'indexed_claims')"
  )
  const names = found.rows.map((row) => row.name)
  if (names.length === 0) return 0
  const notAnIndex = () =>
    new IndexError('not-an-index', `\`${location}\` has tables named like a claim index (${names.join(', ')}) that are not one`)
  if (!names.includes('index_meta')) throw notAnIndex()
  const meta = new Map((await client.query<{name: string; value: string}>('SELECT name, value FROM index_meta')).rows.map((row) => [row.name, row.value]))
  const version = Number(meta.get('schema_version'))
  if (meta.get('application') !== applicationName || !Number.isInteger(version)) throw notAnIndex()
  return version
}

const lookupSql = `
SELECT q.i, x.side, x.claim, x.low, x.high, d.path, d.hash, d.date, d.source
FROM unnest($1::text[], $2::text[], $3::text[], $4::float8[], $5::float8[], $6::bool[], $7::bool[], $11::bigint[])
  WITH ORDINALITY AS q(scope, metric, period, low, high, low_inclusive, high_inclusive, key_hash, i)
CROSS JOIN LATERAL (
  (SELECT 'below' AS side, c.claim, c.low, c.high, c.document_id FROM indexed_claims c
    WHERE c.key_hash = q.key_hash AND c.scope = q.scope AND c.metric = q.metric AND c.period = q.period
      AND c.high <= q.low AND (c.high < q.low OR NOT (c.high_inclusive AND q.low_inclusive))
      AND c.confidence >= $8 AND c.document_id <> ALL($9::bigint[])
    ORDER BY c.high DESC LIMIT $10)
  UNION ALL
  (SELECT 'above' AS side, c.claim, c.low, c.high, c.document_id FROM indexed_claims c
    WHERE c.key_hash = q.key_hash AND c.scope = q.scope AND c.metric = q.metric AND c.period = q.period
      AND c.low >= q.high AND (c.low > q.high OR NOT (c.low_inclusive AND q.high_inclusive))
      AND c.confidence >= $8 AND c.document_id <> ALL($9::bigint[])
    ORDER BY c.low ASC LIMIT $10)
) x
JOIN indexed_documents d ON d.id = x.document_id`

/** Runs of consecutive entries with distinct paths. */
function uniquePathRuns(entries: readonly DocumentEntry[]): DocumentEntry[][] {
  const runs: DocumentEntry[][] = [[]]
  let seen = new Set<string>()
  for (const entry of entries) {
    if (seen.has(entry.document.path)) {
      runs.push([])
      seen = new Set()
    }
    seen.add(entry.document.path)
    runs.at(-1)!.push(entry)
  }
  return runs.filter((run) => run.length > 0)
}

/** Hash, date, source and claim count of documents, as columns for `unnest`. */
function documentColumns(
  items: ReadonlyArray<{entry: DocumentEntry; rows: readonly ClaimRow[]}>
): [string[], Array<string | null>, Array<string | null>, number[], number[]] {
  return [
    items.map((item) => item.entry.document.hash),
    items.map((item) => item.entry.document.date ?? null),
    items.map((item) => item.entry.document.source ?? null),
    items.map((item) => item.rows.length),
    items.map((item) => item.entry.document.keyVersion ?? 0)
  ]
}

/** The shared backend: tables in a PostgreSQL database, one connection per process. */
class PostgresStore implements ClaimStore {
  readonly backend = 'postgres' as const
  constructor(
    private readonly client: PgClient,
    readonly location: string
  ) {}

  private async write<T>(work: () => Promise<T>): Promise<T> {
    await this.client.query('BEGIN')
    try {
      const result = await work()
      await this.client.query('COMMIT')
      return result
    } catch (error) {
      await this.client.query('ROLLBACK').catch(() => {})
      throw error
    }
  }

  async add(entries: readonly DocumentEntry[]): Promise<AddResult> {
    return this.write(async () => {
      const result: AddResult = {added: 0, replaced: 0, unchanged: 0, claims: 0}
      const pending = new Map<string, ClaimRow[]>()
      // A path twice in one batch: the later version replaces the earlier, as if added one by one.
      for (const part of uniquePathRuns(entries)) await this.addUnique(part, result, pending)
      await this.insertClaims(pending)
      return result
    })
  }

  /**
   * Store entries with distinct paths: a few statements for the whole batch (lock the stored
   * versions, drop and update the changed ones, insert the new ones), not a round trip per document.
   */
  private async addUnique(
    entries: readonly DocumentEntry[],
    result: AddResult,
    pending: Map<string, ClaimRow[]>
  ): Promise<void> {
    const now = new Date().toISOString()
    const stored = await this.lockDocuments(entries.map((entry) => entry.document.path))
    const changed: Array<{id: string; entry: DocumentEntry; rows: ClaimRow[]}> = []
    const fresh: Array<{entry: DocumentEntry; rows: ClaimRow[]}> = []
    for (const entry of entries) {
      const existing = stored.get(entry.document.path)
      // Same text and claims of the same key version: nothing to do (another version: re-extracted claims replace them).
      if (existing && existing.hash === entry.document.hash && existing.keyVersion === (entry.document.keyVersion ?? 0)) {
        result.unchanged++
        continue
      }
      const rows = entry.claims.map(rowOf).filter((row) => row !== undefined)
      if (existing) changed.push({id: existing.id, entry, rows})
      else fresh.push({entry, rows})
    }
    if (changed.length > 0) {
      const ids = changed.map((item) => item.id)
      await this.client.query('DELETE FROM indexed_claims WHERE document_id = ANY($1::bigint[])', [ids])
      await this.client.query(
        `UPDATE indexed_documents d SET hash = u.hash, date = u.date, source = u.source, claim_count = u.claim_count, key_version = u.key_version, added_at = $7
         FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::int[], $6::int[]) AS u(id, hash, date, source, claim_count, key_version) WHERE d.id = u.id`,
        [ids, ...documentColumns(changed), now]
      )
      result.replaced += changed.length
      for (const item of changed) {
        // Rows of an earlier version in this batch are not stored yet: they are replaced here.
        result.claims += item.rows.length - (pending.get(item.id)?.length ?? 0)
        pending.set(item.id, item.rows)
      }
    }
    if (fresh.length === 0) return
    const inserted = await this.client.query<{id: string; path: string}>(
      `INSERT INTO indexed_documents (path, hash, date, source, claim_count, key_version, added_at)
       SELECT u.path, u.hash, u.date, u.source, u.claim_count, u.key_version, $7
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], $6::int[]) AS u(path, hash, date, source, claim_count, key_version)
       ON CONFLICT (path) DO NOTHING RETURNING id, path`,
      [fresh.map((item) => item.entry.document.path), ...documentColumns(fresh), now]
    )
    const idOf = new Map(inserted.rows.map((row) => [row.path, row.id]))
    const raced: DocumentEntry[] = []
    for (const item of fresh) {
      const id = idOf.get(item.entry.document.path)
      if (id === undefined) {
        raced.push(item.entry)
        continue
      }
      result.added++
      pending.set(id, item.rows)
      result.claims += item.rows.length
    }
    // Another writer stored some of these paths since they were looked up: they now exist, so this
    // second pass replaces (or leaves) them.
    if (raced.length > 0) await this.addUnique(raced, result, pending)
  }

  private async lockDocuments(paths: readonly string[]): Promise<Map<string, {id: string; hash: string; keyVersion: number}>> {
    const found = await this.client.query<{id: string; path: string; hash: string; key_version: number}>(
      'SELECT id, path, hash, key_version FROM indexed_documents WHERE path = ANY($1::text[]) ORDER BY path FOR UPDATE',
      [paths]
    )
    return new Map(found.rows.map((row) => [row.path, {id: row.id, hash: row.hash, keyVersion: Number(row.key_version)}]))
  }

  /**
   * All claims of a batch in one statement per 5 000 rows, sent as one JSON parameter: the server
   * parses it (`json_to_recordset`) much faster than the client escapes twelve array parameters.
   */
  private async insertClaims(byDocument: ReadonlyMap<string, readonly ClaimRow[]>): Promise<void> {
    const pending = [...byDocument].flatMap(([id, rows]) => rows.map((row) => ({id, row})))
    for (let start = 0; start < pending.length; start += 5000) {
      const records = pending.slice(start, start + 5000).map(({id, row}) => ({
        document_id: id,
        key_hash: row.keyHash,
        scope: row.scope,
        metric: row.metric,
        period: row.period,
        low: row.low,
        high: row.high,
        low_inclusive: row.lowInclusive,
        high_inclusive: row.highInclusive,
        confidence: row.confidence,
        line: row.line,
        col: row.column,
        claim: row.claim
      }))
      await this.client.query(
        `INSERT INTO indexed_claims (document_id, key_hash, scope, metric, period, low, high, low_inclusive, high_inclusive, confidence, line, col, claim)
         SELECT document_id, key_hash, scope, metric, period, low, high, low_inclusive, high_inclusive, confidence, line, col, claim
         FROM json_to_recordset($1::json) AS r(document_id bigint, key_hash bigint, scope text, metric text, period text, low float8, high float8,
           low_inclusive boolean, high_inclusive boolean, confidence float8, line int, col int, claim text)`,
        [JSON.stringify(records)]
      )
    }
  }

  async clashes(queries: readonly ClashQuery[], options: LookupOptions): Promise<StoredClaim[][]> {
    if (queries.length === 0) return []
    const excluded =
      options.excludePaths && options.excludePaths.length > 0
        ? (await this.client.query<{id: string}>('SELECT id FROM indexed_documents WHERE path = ANY($1::text[])', [[...options.excludePaths]])).rows.map(
            (row) => row.id
          )
        : []
    const pick = <T>(get: (query: ClashQuery) => T) => queries.map(get)
    const found = await this.client.query<ClashRow & {i: string; side: 'below' | 'above'}>(lookupSql, [
      pick((query) => query.scope),
      pick((query) => query.metric),
      pick((query) => query.period),
      pick((query) => query.low),
      pick((query) => query.high),
      pick((query) => query.lowInclusive),
      pick((query) => query.highInclusive),
      options.minConfidence,
      excluded,
      rowsPerSide(options.limit),
      pick((query) => keyHash(query))
    ])
    const below = queries.map((): ClashRow[] => [])
    const above = queries.map((): ClashRow[] => [])
    for (const row of found.rows) {
      const index = Number(row.i) - 1
      ;(row.side === 'below' ? below : above)[index]!.push(row)
    }
    return queries.map((query, index) => {
      const down = below[index]!.sort((a, b) => b.high - a.high)
      const up = above[index]!.sort((a, b) => a.low - b.low)
      return nearestClashes(query, down, up, options.limit)
    })
  }

  async remove(paths: readonly string[]): Promise<number> {
    return this.write(async () => {
      const ids = (await this.client.query<{id: string}>('SELECT id FROM indexed_documents WHERE path = ANY($1::text[]) FOR UPDATE', [[...new Set(paths)]])).rows.map(
        (row) => row.id
      )
      await this.client.query('DELETE FROM indexed_claims WHERE document_id = ANY($1::bigint[])', [ids])
      await this.client.query('DELETE FROM indexed_documents WHERE id = ANY($1::bigint[])', [ids])
      return ids.length
    })
  }

  async prune(before: string): Promise<number> {
    return this.write(async () => {
      await this.client.query('DELETE FROM indexed_claims WHERE document_id IN (SELECT id FROM indexed_documents WHERE date < $1)', [before])
      return (await this.client.query('DELETE FROM indexed_documents WHERE date < $1', [before])).rowCount ?? 0
    })
  }

  async stats(): Promise<IndexStats> {
    const count = async (sql: string) => Number((await this.client.query<{n: string}>(sql)).rows[0]?.n ?? 0)
    const dates = (await this.client.query<{oldest: string | null; newest: string | null}>('SELECT MIN(date) AS oldest, MAX(date) AS newest FROM indexed_documents'))
      .rows[0]
    return {
      backend: this.backend,
      location: this.location,
      schemaVersion,
      documents: await count('SELECT COUNT(*) AS n FROM indexed_documents'),
      claims: await count('SELECT COUNT(*) AS n FROM indexed_claims'),
      keys: await count('SELECT COUNT(*) AS n FROM (SELECT DISTINCT scope, metric, period FROM indexed_claims) k'),
      ...(dates?.oldest ? {oldest: dates.oldest} : {}),
      ...(dates?.newest ? {newest: dates.newest} : {}),
      undated: await count('SELECT COUNT(*) AS n FROM indexed_documents WHERE date IS NULL'),
      keyVersion: CLAIM_KEY_VERSION,
      otherKeyVersion: await this.otherKeyVersion()
    }
  }

  async otherKeyVersion(): Promise<number> {
    return Number((await this.client.query<{n: string}>(otherKeyVersionSql)).rows[0]?.n ?? 0)
  }

  async *entries(): AsyncIterable<DocumentEntry> {
    // Pages of documents by path, so a large index is never held in memory at once.
    let after = ''
    let first = true
    for (;;) {
      const page = await this.client.query<ClashRow & {id: string}>(
        `SELECT id, path, hash, date, source, key_version FROM indexed_documents ${first ? '' : 'WHERE path > $2'} ORDER BY path LIMIT $1`,
        first ? [500] : [500, after]
      )
      if (page.rows.length === 0) return
      first = false
      const claims = await this.client.query<{document_id: string; claim: string}>(
        'SELECT document_id, claim FROM indexed_claims WHERE document_id = ANY($1::bigint[]) ORDER BY document_id, id',
        [page.rows.map((row) => row.id)]
      )
      const byDocument = new Map<string, string[]>()
      for (const row of claims.rows) {
        const list = byDocument.get(row.document_id)
        if (list) list.push(row.claim)
        else byDocument.set(row.document_id, [row.claim])
      }
      for (const row of page.rows) {
        const document = documentOfRow(row)
        yield {document, claims: (byDocument.get(row.id) ?? []).map((json) => claimFromRow(json, document))}
      }
      after = page.rows.at(-1)!.path
    }
  }

  async verify(): Promise<string[]> {
    const problems: string[] = []
    const orphans = Number((await this.client.query<{n: string}>(consistencySql.orphans)).rows[0]?.n ?? 0)
    if (orphans > 0) problems.push(`${orphans} claims without a document`)
    for (const row of (await this.client.query<{path: string; stored: number; found: string}>(consistencySql.counts)).rows) {
      problems.push(`\`${row.path}\` should have ${row.stored} claims, has ${row.found}`)
    }
    return problems
  }

  async close(): Promise<void> {
    await this.client.end()
  }
}
