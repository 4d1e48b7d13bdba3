import {existsSync, mkdirSync} from 'node:fs'
import path from 'node:path'
import type Database from 'libsql'
import {IndexError} from './errors.js'
import {documentOfRow, nearestClashes, rowsPerSide, type ClashRow} from './nearest.js'
import {claimFromRow, keyHash, rowOf, type ClaimRow, type DocumentEntry} from './rows.js'
import {CLAIM_KEY_VERSION} from '@jiaodui/claims'
import {applicationName, consistencySql, otherKeyVersionSql, pendingMigrations, schemaVersion, sqliteApplicationId, tables} from './schema.js'
import type {AddResult, ClaimStore, ClashQuery, IndexStats, LookupOptions, StoredClaim} from './store.js'

type Connection = Database.Database

/** Options of `openSqliteIndex`. */
export interface SqliteOptions {
  /** Create the file (and its folder) when it does not exist; otherwise a missing file is an error. */
  create: boolean
  /** How long a writer waits for another writer's lock before failing, in milliseconds. */
  busyTimeout: number
}

/** Open (and create or migrate) an index file. Throws `IndexError` with a clear cause. */
export async function openSqliteIndex(file: string, options: SqliteOptions): Promise<ClaimStore> {
  if (!existsSync(file)) {
    if (!options.create) throw new IndexError('missing', `no claim index at \`${file}\` (create one with \`jiaodui index add\`)`)
    mkdirSync(path.dirname(file), {recursive: true})
  }
  const {default: Sqlite} = await import('libsql')
  let db: Connection
  try {
    db = new Sqlite(file)
  } catch (error) {
    throw sqliteError(error, file, options.busyTimeout)
  }
  try {
    db.exec(`PRAGMA busy_timeout = ${Math.max(0, Math.round(options.busyTimeout))}`)
    prepareSchema(db, file, options.busyTimeout)
    db.exec('PRAGMA synchronous = NORMAL')
    db.exec('PRAGMA foreign_keys = ON')
    // 256 MB at most, used only as pages are read: the two key indexes of 10^6 claims fit, so bulk
    // loads stop thrashing once the index outgrows the default 2 MB cache.
    db.exec('PRAGMA cache_size = -262144')
  } catch (error) {
    db.close()
    throw sqliteError(error, file, options.busyTimeout)
  }
  return new SqliteStore(db, file, options.busyTimeout)
}

/** Map libsql's errors to the ones a user can act on. */
function sqliteError(error: unknown, file: string, busyTimeout: number): Error {
  if (error instanceof IndexError) return error
  const code = (error as {code?: unknown} | null)?.code
  if (code === 'SQLITE_NOTADB') {
    return new IndexError('not-a-database', `\`${file}\` is not a claim index: it is not an SQLite database`, {cause: error})
  }
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return new IndexError(
      'locked',
      `the claim index \`${file}\` is being written by another process; gave up after waiting ${busyTimeout} ms (settings.index.busyTimeout)`,
      {cause: error}
    )
  }
  return error instanceof Error ? error : new Error(String(error))
}

/** Check that the file is an index (or empty), refuse a newer schema, apply pending migrations. */
function prepareSchema(db: Connection, file: string, busyTimeout: number): void {
  let version = readVersion(db, file)
  if (version > schemaVersion) throw newerSchema(file, version)
  // WAL lets readers go on while one writer writes; set once, it stays with the file.
  db.exec('PRAGMA journal_mode = WAL')
  if (version === schemaVersion) return
  db.exec('BEGIN IMMEDIATE')
  try {
    // Another process may have migrated while this one waited for the lock.
    version = readVersion(db, file)
    if (version > schemaVersion) throw newerSchema(file, version)
    for (const migration of pendingMigrations('sqlite', version)) {
      for (const statement of migration.statements) db.exec(statement)
      setMeta(db, 'application', applicationName)
      setMeta(db, 'schema_version', String(migration.version))
    }
    db.exec(`PRAGMA application_id = ${sqliteApplicationId}`)
    db.exec('COMMIT')
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK')
    throw sqliteError(error, file, busyTimeout)
  }
}

function setMeta(db: Connection, name: string, value: string): void {
  db.prepare('INSERT INTO index_meta (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value').run(name, value)
}

function newerSchema(file: string, version: number): IndexError {
  return new IndexError(
    'newer-schema',
    `the claim index \`${file}\` has schema version ${version}, newer than this jiaodui knows (${schemaVersion}): upgrade jiaodui; the index is never downgraded`
  )
}

/** The schema version of an index file: 0 when it is empty; throws when it is another database. */
function readVersion(db: Connection, file: string): number {
  const names = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as Array<{name: string}>).map(
    (row) => row.name
  )
  if (names.length === 0) return 0
  // libsql's `pragma(…, {simple: true})` returns the row, not the value.
  const applicationId = Number((db.prepare('PRAGMA application_id').get() as {application_id?: unknown} | undefined)?.application_id)
  if (!names.includes('index_meta') || applicationId !== sqliteApplicationId) {
    throw notAnIndex(file, names)
  }
  const meta = new Map(
    (db.prepare('SELECT name, value FROM index_meta').all() as Array<{name: string; value: string}>).map((row) => [row.name, row.value])
  )
  const version = Number(meta.get('schema_version'))
  if (meta.get('application') !== applicationName || !Number.isInteger(version)) throw notAnIndex(file, names)
  return version
}

function notAnIndex(file: string, names: readonly string[]): IndexError {
  const shown = names.slice(0, 5).map((name) => `\`${name}\``).join(', ')
  return new IndexError(
    'not-an-index',
    `\`${file}\` is an SQLite database but not a claim index (its tables: ${shown}${names.length > 5 ? ', …' : ''}; an index has ${tables.join(', ')})`
  )
}

const insertSql = 'INSERT INTO indexed_claims (document_id, key_hash, scope, metric, period, low, high, low_inclusive, high_inclusive, confidence, line, col, claim) VALUES '
const rowPlaceholders = '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'
/** Rows per INSERT statement: one call into SQLite per 64 rows instead of per row (bulk load about twice as fast). */
const rowsPerInsert = 64

/** A function that inserts claim rows (of any documents), `rowsPerInsert` rows per statement. */
function claimInserter(db: Connection): (rows: ReadonlyMap<number, readonly ClaimRow[]>) => void {
  const many = db.prepare(insertSql + Array.from({length: rowsPerInsert}, () => rowPlaceholders).join(', '))
  const one = db.prepare(insertSql + rowPlaceholders)
  const values = ({documentId, row}: {documentId: number; row: ClaimRow}) =>
    [documentId, row.keyHash, row.scope, row.metric, row.period, row.low, row.high, row.lowInclusive ? 1 : 0, row.highInclusive ? 1 : 0, row.confidence, row.line, row.column, row.claim] as const
  return (byDocument) => {
    const rows = [...byDocument].flatMap(([documentId, list]) => list.map((row) => ({documentId, row})))
    let start = 0
    for (; start + rowsPerInsert <= rows.length; start += rowsPerInsert) many.run(...rows.slice(start, start + rowsPerInsert).flatMap(values))
    for (; start < rows.length; start++) one.run(...values(rows[start]!))
  }
}

const claimColumns = 'c.claim, c.low, c.high, d.path, d.hash, d.date, d.source'

/** The embedded backend: one SQLite file in WAL mode. */
class SqliteStore implements ClaimStore {
  readonly backend = 'sqlite' as const
  constructor(
    private readonly db: Connection,
    readonly location: string,
    private readonly busyTimeout: number
  ) {}

  private guard<T>(work: () => T): T {
    try {
      return work()
    } catch (error) {
      throw sqliteError(error, this.location, this.busyTimeout)
    }
  }

  /** Run `work` in a write transaction taken up front, so two writers queue instead of deadlocking. */
  private write<T>(work: () => T): T {
    return this.guard(() => {
      this.db.exec('BEGIN IMMEDIATE')
      try {
        const result = work()
        this.db.exec('COMMIT')
        return result
      } catch (error) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK')
        throw error
      }
    })
  }

  async add(entries: readonly DocumentEntry[]): Promise<AddResult> {
    const find = this.db.prepare('SELECT id, hash, key_version FROM indexed_documents WHERE path = ?')
    const dropClaims = this.db.prepare('DELETE FROM indexed_claims WHERE document_id = ?')
    const update = this.db.prepare(
      'UPDATE indexed_documents SET hash = ?, date = ?, source = ?, claim_count = ?, added_at = ?, key_version = ? WHERE id = ?'
    )
    const insertDocument = this.db.prepare(
      'INSERT INTO indexed_documents (path, hash, date, source, claim_count, added_at, key_version) VALUES (?, ?, ?, ?, ?, ?, ?)'
    )
    const insertClaims = claimInserter(this.db)
    return this.write(() => {
      const result: AddResult = {added: 0, replaced: 0, unchanged: 0, claims: 0}
      const now = new Date().toISOString()
      // Claims are inserted at the end, many rows per statement; a path repeated in the batch replaces its pending rows.
      const pending = new Map<number, ClaimRow[]>()
      for (const {document, claims} of entries) {
        const existing = find.get(document.path) as {id: number; hash: string; key_version: number} | undefined
        // Same text and claims of the same key version: nothing to do. Same text under another
        // version: its claims are replaced by the entry's (re-extracted) ones.
        if (existing && existing.hash === document.hash && Number(existing.key_version) === (document.keyVersion ?? 0)) {
          result.unchanged++
          continue
        }
        const rows = claims.map(rowOf).filter((row) => row !== undefined)
        const fields = [document.hash, document.date ?? null, document.source ?? null, rows.length, now, document.keyVersion ?? 0] as const
        let id: number
        if (existing) {
          dropClaims.run(existing.id)
          update.run(...fields, existing.id)
          id = existing.id
          result.replaced++
        } else {
          id = Number(insertDocument.run(document.path, ...fields).lastInsertRowid)
          result.added++
        }
        result.claims += rows.length - (pending.get(id)?.length ?? 0)
        pending.set(id, rows)
      }
      insertClaims(pending)
      return result
    })
  }

  async clashes(queries: readonly ClashQuery[], options: LookupOptions): Promise<StoredClaim[][]> {
    return this.guard(() => {
      const excluded = this.documentIds(options.excludePaths ?? [])
      // Ids are integers read from the database, so inlining them is safe.
      const notExcluded = excluded.length > 0 ? `AND c.document_id NOT IN (${excluded.join(', ')})` : ''
      const join = 'FROM indexed_claims c JOIN indexed_documents d ON d.id = c.document_id'
      const key = 'c.key_hash = ? AND c.scope = ? AND c.metric = ? AND c.period = ?'
      const below = this.db.prepare(
        `SELECT ${claimColumns} ${join} WHERE ${key} AND c.high <= ? AND (c.high < ? OR NOT (c.high_inclusive AND ?)) AND c.confidence >= ? ${notExcluded} ORDER BY c.high DESC LIMIT ?`
      )
      const above = this.db.prepare(
        `SELECT ${claimColumns} ${join} WHERE ${key} AND c.low >= ? AND (c.low > ? OR NOT (c.low_inclusive AND ?)) AND c.confidence >= ? ${notExcluded} ORDER BY c.low ASC LIMIT ?`
      )
      return queries.map((query) => {
        const frame = [keyHash(query), query.scope, query.metric, query.period] as const
        const down = below.all(...frame, query.low, query.low, query.lowInclusive ? 1 : 0, options.minConfidence, rowsPerSide(options.limit)) as ClashRow[]
        const up = above.all(...frame, query.high, query.high, query.highInclusive ? 1 : 0, options.minConfidence, rowsPerSide(options.limit)) as ClashRow[]
        return nearestClashes(query, down, up, options.limit)
      })
    })
  }

  private documentIds(paths: readonly string[]): number[] {
    if (paths.length === 0) return []
    const find = this.db.prepare('SELECT id FROM indexed_documents WHERE path = ?')
    const ids: number[] = []
    for (const item of new Set(paths)) {
      const row = find.get(item) as {id: number} | undefined
      if (row) ids.push(Number(row.id))
    }
    return ids
  }

  async remove(paths: readonly string[]): Promise<number> {
    const find = this.db.prepare('SELECT id FROM indexed_documents WHERE path = ?')
    const dropClaims = this.db.prepare('DELETE FROM indexed_claims WHERE document_id = ?')
    const dropDocument = this.db.prepare('DELETE FROM indexed_documents WHERE id = ?')
    return this.write(() => {
      let removed = 0
      for (const item of new Set(paths)) {
        const row = find.get(item) as {id: number} | undefined
        if (!row) continue
        dropClaims.run(row.id)
        dropDocument.run(row.id)
        removed++
      }
      return removed
    })
  }

  async prune(before: string): Promise<number> {
    return this.write(() => {
      this.db.prepare('DELETE FROM indexed_claims WHERE document_id IN (SELECT id FROM indexed_documents WHERE date < ?)').run(before)
      return this.db.prepare('DELETE FROM indexed_documents WHERE date < ?').run(before).changes
    })
  }

  async stats(): Promise<IndexStats> {
    return this.guard(() => {
      const count = (sql: string) => Number((this.db.prepare(sql).get() as {n: number}).n)
      const dates = this.db.prepare('SELECT MIN(date) AS oldest, MAX(date) AS newest FROM indexed_documents').get() as {
        oldest: string | null
        newest: string | null
      }
      return {
        backend: this.backend,
        location: this.location,
        schemaVersion,
        documents: count('SELECT COUNT(*) AS n FROM indexed_documents'),
        claims: count('SELECT COUNT(*) AS n FROM indexed_claims'),
        keys: count('SELECT COUNT(*) AS n FROM (SELECT DISTINCT scope, metric, period FROM indexed_claims)'),
        ...(dates.oldest ? {oldest: dates.oldest} : {}),
        ...(dates.newest ? {newest: dates.newest} : {}),
        undated: count('SELECT COUNT(*) AS n FROM indexed_documents WHERE date IS NULL'),
        keyVersion: CLAIM_KEY_VERSION,
        otherKeyVersion: count(otherKeyVersionSql)
      }
    })
  }

  async otherKeyVersion(): Promise<number> {
    return this.guard(() => Number((this.db.prepare(otherKeyVersionSql).get() as {n: number}).n))
  }

  async *entries(): AsyncIterable<DocumentEntry> {
    const documents = this.guard(
      () => this.db.prepare('SELECT id, path, hash, date, source, key_version FROM indexed_documents ORDER BY path').all() as Array<ClashRow & {id: number}>
    )
    const claims = this.db.prepare('SELECT claim FROM indexed_claims WHERE document_id = ? ORDER BY id')
    for (const row of documents) {
      const document = documentOfRow(row)
      const rows = this.guard(() => claims.all(row.id) as Array<{claim: string}>)
      yield {document, claims: rows.map((claim) => claimFromRow(claim.claim, document))}
    }
  }

  async verify(): Promise<string[]> {
    return this.guard(() => {
      const problems: string[] = []
      const check = this.db.prepare('PRAGMA integrity_check').all() as Array<{integrity_check: string}>
      for (const row of check) if (row.integrity_check !== 'ok') problems.push(`integrity_check: ${row.integrity_check}`)
      problems.push(...consistencyProblems((sql) => this.db.prepare(sql).all() as Array<Record<string, unknown>>))
      return problems
    })
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close()
  }
}

function consistencyProblems(all: (sql: string) => Array<Record<string, unknown>>): string[] {
  const problems: string[] = []
  const orphans = Number(all(consistencySql.orphans)[0]?.['n'] ?? 0)
  if (orphans > 0) problems.push(`${orphans} claims without a document`)
  for (const row of all(consistencySql.counts)) {
    problems.push(`\`${String(row['path'])}\` should have ${String(row['stored'])} claims, has ${String(row['found'])}`)
  }
  return problems
}
