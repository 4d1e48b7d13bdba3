import path from 'node:path'
import {IndexError} from './errors.js'
import type {ClaimStore} from './store.js'

/** Where the index is when nothing says otherwise: a file beside the config. */
export const defaultIndexFile = path.join('.jiaodui', 'claims.db')

/** The index settings of a config (`settings.index`). */
export interface IndexSettings {
  /** SQLite file (relative to the config's folder) or `postgres://` URL. */
  location?: string | undefined
  /** Record checked articles in the index (as `--index-update`). */
  update?: boolean | undefined
  /** Check against the index on every `jiaodui check`, without `--index`. */
  check?: boolean | undefined
  /** Milliseconds a SQLite writer waits for another writer before failing. */
  busyTimeout?: number | undefined
}

/** Where an index is: a SQLite file or a PostgreSQL URL. */
export type IndexLocation = {backend: 'sqlite'; file: string} | {backend: 'postgres'; url: string}

/** Whether `value` names a PostgreSQL database rather than a file. */
export function isPostgresUrl(value: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(value)
}

/**
 * Resolve the index location, first match wins: the value of `--index` (a path relative to the
 * working folder, or a URL); `JIAODUI_INDEX_URL`; `settings.index.location` of the config (a path
 * relative to the config's folder); `.jiaodui/claims.db` beside the config, or in the working
 * folder when there is no config.
 */
export function resolveIndexLocation(input: {
  flag?: string | undefined
  env?: Record<string, string | undefined> | undefined
  settings?: IndexSettings | undefined
  configPath?: string | undefined
  cwd: string
}): IndexLocation {
  const base = input.configPath ? path.dirname(input.configPath) : input.cwd
  const fromEnv = input.env?.['JIAODUI_INDEX_URL']
  const [value, relativeTo] =
    input.flag !== undefined && input.flag !== ''
      ? [input.flag, input.cwd]
      : fromEnv
        ? [fromEnv, input.cwd]
        : input.settings?.location
          ? [input.settings.location, base]
          : [defaultIndexFile, base]
  if (isPostgresUrl(value)) return {backend: 'postgres', url: value}
  return {backend: 'sqlite', file: path.resolve(relativeTo, value)}
}

/** Options of `openIndex`. */
export interface OpenOptions {
  /** Create the index when it does not exist (writers); readers get a clear error instead. */
  create?: boolean | undefined
  /** SQLite only: milliseconds to wait for another writer (default 5 000). */
  busyTimeout?: number | undefined
}

/**
 * Open a claim index: the SQLite file or the PostgreSQL database, migrated to the current schema.
 * The database client is loaded only here, so commands that never open an index do not pay for it.
 */
export async function openIndex(location: IndexLocation, options: OpenOptions = {}): Promise<ClaimStore> {
  if (location.backend === 'postgres') {
    const {openPostgresIndex} = await import('./postgres.js')
    return openPostgresIndex(location.url, {create: options.create ?? false})
  }
  const {openSqliteIndex} = await import('./sqlite.js')
  return openSqliteIndex(location.file, {create: options.create ?? false, busyTimeout: options.busyTimeout ?? 5000})
}

/** Open an index, run `work`, close it, whatever happens. */
export async function withIndex<T>(location: IndexLocation, options: OpenOptions, work: (store: ClaimStore) => Promise<T>): Promise<T> {
  const store = await openIndex(location, options)
  try {
    return await work(store)
  } finally {
    await store.close()
  }
}

export {IndexError}
