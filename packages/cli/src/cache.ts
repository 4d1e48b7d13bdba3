import {createHash} from 'node:crypto'
import {mkdirSync, readFileSync, renameSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {deserialize as unpack, serialize as pack} from 'node:v8'
import {deserialize, serialize, type FileOutcome, type FileTask, type SerialOutcome} from './check-file.js'
import type {LoadedConfig} from './config.js'

/**
 * Version of the entry format (`SerialOutcome` and the per-file data rules put in it): part of
 * every key. 3: `no-repeated-boilerplate`'s line fingerprints in columns.
 */
const entryFormat = 3

/** Where `--cache` keeps its entries, under the working folder. */
export const cacheFolder = path.join('.jiaodui', 'cache')

/**
 * `--cache`: each file's per-file result (its messages and the data corpus
 * rules read: claims, line fingerprints, blocks) kept on disk, keyed by the
 * file's bytes, its path, the config that applies and the tool version. A run
 * over an unchanged archive reads these and runs only the corpus phase.
 * Entries are whole files written by rename, so a run that stops half way
 * leaves no broken entry; an unreadable entry is a miss.
 */
export class FileCache {
  readonly folder: string
  private readonly configKeys = new Map<string, string>()

  constructor(cwd: string, private readonly toolKey: string) {
    this.folder = path.join(cwd, cacheFolder)
  }

  /** The cache key of a task read as `bytes` under `config`. */
  key(task: FileTask, bytes: Uint8Array, config: LoadedConfig): string {
    const configKey = config.path ?? ''
    let configHash = this.configKeys.get(configKey)
    if (configHash === undefined) {
      configHash = hash(JSON.stringify([config.path ?? null, config.config]))
      this.configKeys.set(configKey, configHash)
    }
    const head = JSON.stringify([entryFormat, this.toolKey, configHash, task.display, task.format, task.encoding ?? null])
    return createHash('sha256').update(head).update(bytes).digest('hex')
  }

  /** The cached outcome of a key, rebuilt; `undefined` when there is none or it cannot be read. */
  get(key: string, task: FileTask): FileOutcome | undefined {
    try {
      return {...deserialize(unpack(readFileSync(this.entry(key))) as SerialOutcome), task}
    } catch {
      return undefined
    }
  }

  /** Remember a checked file (not one that failed: a failure is retried). */
  set(key: string, outcome: FileOutcome): void {
    if (!outcome.file || outcome.error) return
    const {bytes, decoded, task, ...kept} = serialize(outcome)
    const file = this.entry(key)
    mkdirSync(path.dirname(file), {recursive: true})
    const temporary = `${file}.${process.pid}.tmp`
    writeFileSync(temporary, pack(kept))
    renameSync(temporary, file)
  }

  private entry(key: string): string {
    return path.join(this.folder, key.slice(0, 2), key.slice(2))
  }
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}
