import {statSync} from 'node:fs'
import {open, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {createInterface} from 'node:readline'
import {Readable} from 'node:stream'
import {Option, type Command} from 'commander'
import type {VFile} from 'vfile'
import {
  checkAgainstIndex,
  documentEntry,
  isPostgresUrl,
  otherKeyVersionWarning,
  IndexError,
  resolveIndexLocation,
  withIndex,
  type ClaimStore,
  type DocumentEntry,
  type IndexLocation,
  type IndexSettings,
  type OpenOptions
} from '@jiaodui/claim-index'
import {isCalendarDate} from '@jiaodui/lint-rule'
import {rules} from '@jiaodui/preset'
import {claimEngines} from '../claim-engines.js'
import {describe, type LoadedConfig} from '../config.js'
import {RunConfigs} from '../engines.js'
import {forEachText, gatherInputs, parseMegabytes} from '../inputs.js'
import {exitCodes, FatalError, type Io} from '../io.js'

/** Options every `jiaodui index` subcommand takes. */
interface IndexOptions {
  index?: string
  config?: string
}

/** Register `jiaodui index add|stats|remove|prune|export|import`. */
export function registerIndex(program: Command, io: Io, setExit: (code: number) => void): void {
  const index = program
    .command('index')
    .description('the claim index: every published claim, for checking new articles against (SQLite file by default, PostgreSQL when shared)')
  const sub = (name: string, description: string) =>
    index
      .command(name)
      .description(description)
      .option('--index <path|url>', 'SQLite file or postgres:// URL (default: JIAODUI_INDEX_URL, settings.index.location, .jiaodui/claims.db beside the config)')
      .option('-c, --config <file>', 'use this config file (no discovery)')
      // `run` sets these on top-level commands only; a subcommand must not exit the process either.
      .exitOverride()
      .configureOutput({writeOut: (text) => io.stdout(text), writeErr: (text) => io.stderr(text)})
  const act =
    <A extends unknown[]>(work: (...args: A) => Promise<number>) =>
    async (...args: A) =>
      setExit(await asFatal(() => work(...args)))

  sub('add', 'extract the claims of the articles and record them (a changed article replaces its older version)')
    .argument('[paths...]', 'files, folders or globs', [])
    .option('--stdin', 'read one article from standard input')
    .option('--stdin-filename <name>', 'path to record for standard input; its extension picks the format')
    .option('--encoding <name>', 'read files in this encoding instead of detecting it')
    .option('--max-file-size <MB>', 'largest file to read, in megabytes', parseMegabytes, 16)
    .option('--date <YYYY-MM-DD>', 'article date for texts without one (overrides config `settings.date`)')
    .option('--source <name>', 'where the articles come from (a site, a desk), recorded with them')
    .option('--batch <n>', 'articles per transaction (bigger batches rewrite fewer index pages per claim)', parseBatch, 1000)
    .action(act((paths: string[], options: AddOptions) => add(paths, options, io)))
  sub('stats', 'print counts and dates of the index')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['text', 'json']).default('text'))
    .action(act((options: IndexOptions & {format: 'text' | 'json'}) => stats(options, io)))
  sub('remove', 'remove articles from the index by the path they were recorded with')
    .argument('<paths...>', 'recorded paths')
    .action(act((paths: string[], options: IndexOptions) => remove(paths, options, io)))
  sub('prune', 'remove the articles dated before a day (undated ones stay)')
    .requiredOption('--before <YYYY-MM-DD>', 'first day to keep')
    .action(act((options: IndexOptions & {before: string}) => prune(options, io)))
  sub('export', 'print every article of the index with its claims, one JSON object per line')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['jsonl']).default('jsonl'))
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .action(act((options: IndexOptions & {output?: string}) => exportIndex(options, io)))
  sub('import', 'record the articles of an export (JSON lines), replacing changed ones')
    .argument('[file]', 'the export; standard input when absent or `-`')
    .action(act((file: string | undefined, options: IndexOptions) => importIndex(file, options, io)))
}

function parseBatch(value: string): number {
  const count = Number(value)
  if (!Number.isInteger(count) || count < 1) throw new FatalError(`--batch expects a whole number ≥ 1, not \`${value}\``)
  return count
}

/** Index errors (not an index, newer schema, locked, unreachable) end the run with 2 and their message. */
async function asFatal(work: () => Promise<number>): Promise<number> {
  try {
    return await work()
  } catch (error) {
    if (error instanceof IndexError) throw new FatalError(error.message)
    throw error
  }
}

/** Where the index is and how to open it, from `--index`, the environment and the working folder's config. */
function indexTarget(options: IndexOptions, io: Io, configs = new RunConfigs(rules, io.cwd, options.config)): {location: IndexLocation; open: OpenOptions} {
  const flag = options.index
  const config = configs.root
  const settings = config.config.settings?.['index'] as IndexSettings | undefined
  const location = resolveIndexLocation({flag, env: io.env, settings, configPath: config.path, cwd: io.cwd})
  return {location, open: {busyTimeout: settings?.busyTimeout ?? 5000}}
}

function shown(location: IndexLocation, io: Io): string {
  return location.backend === 'postgres' ? new URL(location.url).host : path.relative(io.cwd, location.file) || location.file
}

/** Options of `jiaodui index add`. */
interface AddOptions extends IndexOptions {
  stdin?: boolean
  stdinFilename?: string
  encoding?: string
  maxFileSize?: number
  date?: string
  source?: string
  batch: number
}

async function add(paths: string[], options: AddOptions, io: Io): Promise<number> {
  if (options.date !== undefined && !isCalendarDate(options.date)) throw new FatalError(`invalid --date \`${options.date}\`: expected a calendar date YYYY-MM-DD`)
  const configs = new RunConfigs(rules, io.cwd, options.config, options.date ? {date: options.date} : {})
  const target = indexTarget(options, io, configs)
  const {tasks} = await gatherInputs(paths, {...options, engines: false}, io, configs)
  const engineFor = claimEngines()
  let read = true
  const totals = await writeInBatches(target, options.batch, async (push) => {
    read = await forEachText(tasks, io, async (task, text) => {
      const engine = engineFor(configs.configFor(task.absolute ?? path.join(io.cwd, task.display)).config.settings ?? {})
      const file = await engine.check({value: text, format: task.format, path: task.display})
      await push(documentEntry(file, options.source))
    })
  })
  printTotals(target, totals, io)
  return read ? exitCodes.clean : exitCodes.fatal
}

/** What recording articles did, summed over the batches. */
type Totals = {added: number; replaced: number; unchanged: number; claims: number}

/**
 * Record articles in the index in transactions of `size` articles: `produce`
 * pushes them one at a time; a process killed in between leaves whole batches.
 */
async function writeInBatches(
  target: {location: IndexLocation; open: OpenOptions},
  size: number,
  produce: (push: (entry: DocumentEntry) => Promise<void>) => Promise<void>
): Promise<Totals> {
  const totals: Totals = {added: 0, replaced: 0, unchanged: 0, claims: 0}
  await withIndex(target.location, {...target.open, create: true}, async (store) => {
    let batch: DocumentEntry[] = []
    const flush = async () => {
      const result = await store.add(batch)
      for (const key of Object.keys(totals) as Array<keyof Totals>) totals[key] += result[key]
      batch = []
    }
    await produce(async (entry) => {
      batch.push(entry)
      if (batch.length >= size) await flush()
    })
    if (batch.length > 0) await flush()
  })
  return totals
}

function printTotals(target: {location: IndexLocation}, totals: Totals, io: Io): void {
  io.stdout(`${shown(target.location, io)}: ${totals.added} added, ${totals.replaced} replaced, ${totals.unchanged} unchanged (${totals.claims} claims recorded)\n`)
}

async function stats(options: IndexOptions & {format: 'text' | 'json'}, io: Io): Promise<number> {
  const target = indexTarget(options, io)
  const result = await withIndex(target.location, target.open, (store) => store.stats())
  if (options.format === 'json') {
    io.stdout(JSON.stringify(result, null, 2) + '\n')
    return exitCodes.clean
  }
  io.stdout(
    [
      `index:     ${result.location} (${result.backend}, schema ${result.schemaVersion})`,
      `documents: ${result.documents} (${result.undated} undated)`,
      `claims:    ${result.claims} under ${result.keys} keys (scope, metric, period)`,
      `dates:     ${result.oldest ?? '–'} to ${result.newest ?? '–'}`,
      `keys:      version ${result.keyVersion}; ${result.otherKeyVersion} documents indexed under another version (re-extracted by \`index add\`)`
    ].join('\n') + '\n'
  )
  return exitCodes.clean
}

async function remove(paths: string[], options: IndexOptions, io: Io): Promise<number> {
  const target = indexTarget(options, io)
  const removed = await withIndex(target.location, target.open, (store) => store.remove(paths))
  io.stdout(`${shown(target.location, io)}: ${removed} of ${new Set(paths).size} removed\n`)
  return exitCodes.clean
}

async function prune(options: IndexOptions & {before: string}, io: Io): Promise<number> {
  if (!isCalendarDate(options.before)) throw new FatalError(`invalid --before \`${options.before}\`: expected a calendar date YYYY-MM-DD`)
  const target = indexTarget(options, io)
  const removed = await withIndex(target.location, target.open, (store) => store.prune(options.before))
  io.stdout(`${shown(target.location, io)}: ${removed} documents dated before ${options.before} removed\n`)
  return exitCodes.clean
}

async function exportIndex(options: IndexOptions & {output?: string}, io: Io): Promise<number> {
  const target = indexTarget(options, io)
  const lines: string[] = []
  await withIndex(target.location, target.open, async (store: ClaimStore) => {
    for await (const entry of store.entries()) {
      const line = JSON.stringify(entry) + '\n'
      if (options.output) lines.push(line)
      else io.stdout(line)
    }
  })
  if (options.output) {
    try {
      await writeFile(path.resolve(io.cwd, options.output), lines.join(''))
    } catch (error) {
      throw new FatalError(`cannot write the export to \`${options.output}\` (${describe(error)})`)
    }
  }
  return exitCodes.clean
}

async function importIndex(file: string | undefined, options: IndexOptions, io: Io): Promise<number> {
  const target = indexTarget(options, io)
  const name = file === undefined || file === '-' ? '<stdin>' : file
  let input: Readable
  if (file === undefined || file === '-') input = Readable.from([Buffer.from(await io.readStdin())])
  else {
    // Opened before the index is, so a wrong name creates nothing.
    try {
      input = (await open(path.resolve(io.cwd, file))).createReadStream()
    } catch (error) {
      throw new FatalError(`cannot read \`${file}\` (${describe(error)})`)
    }
  }
  const totals = await writeInBatches(target, 500, async (push) => {
    let number = 0
    try {
      for await (const line of createInterface({input, crlfDelay: Infinity})) {
        number++
        if (line.trim() === '') continue
        await push(parseEntry(line, name, number))
      }
    } catch (error) {
      if (error instanceof FatalError) throw error
      throw new FatalError(`cannot read \`${name}\` (${describe(error)})`)
    }
  })
  printTotals(target, totals, io)
  return exitCodes.clean
}

/** One line of an export; anything else is refused with its line number, before the batch is written. */
function parseEntry(line: string, name: string, number: number): DocumentEntry {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch (error) {
    throw new FatalError(`${name}:${number}: not JSON (${describe(error)})`)
  }
  const entry = value as Partial<DocumentEntry> | null
  const document = entry?.document
  if (!document || typeof document.path !== 'string' || typeof document.hash !== 'string' || !Array.isArray(entry.claims)) {
    throw new FatalError(`${name}:${number}: not an index record (expected {"document": {"path", "hash", …}, "claims": […]})`)
  }
  return {document, claims: entry.claims}
}

/** The index options of `jiaodui check`, as commander parses them. */
export interface CheckIndexOptions {
  /** `true` for a bare `--index` (the default location), else the location given. */
  index?: string | boolean
  indexUpdate?: boolean
}

/** Add `--index [path|url]` and `--index-update` to `jiaodui check`. */
export function addIndexOptions(command: Command): Command {
  return command
    .option('--index [path|url]', 'also check against the claim index (default .jiaodui/claims.db beside the config; a postgres:// URL for a shared one)')
    .option('--index-update', 'record the checked articles in the claim index (implies --index)')
}

const articleExtensions = /\.(?:txt|text|md|markdown|html?)$/i

/**
 * A bare `--index` followed by an article (`check --index drafts/a.md`) takes the article as the
 * option's value: give it back to the paths. A value is a location when it is a `postgres://` URL
 * or a path that does not name an article (`.txt`, `.md`, `.html`) nor an existing folder.
 */
export function takeIndexFlag(options: CheckIndexOptions, paths: string[], io: Io): void {
  const value = options.index
  if (typeof value !== 'string' || isPostgresUrl(value)) return
  if (articleExtensions.test(value) || isFolder(path.resolve(io.cwd, value))) {
    paths.unshift(value)
    options.index = true
  }
}

function isFolder(candidate: string): boolean {
  try {
    return statSync(candidate).isDirectory()
  } catch {
    return false
  }
}

/** Whether the command line asks for the index (`--index`, `--index-update`). */
function indexAsked(options: CheckIndexOptions): boolean {
  return options.index !== undefined || Boolean(options.indexUpdate)
}

/** Whether `runIndexStep` will run (and read every claim of the checked files): asked for, or `settings.index.check`. */
export function indexStepRuns(options: CheckIndexOptions, config: LoadedConfig): boolean {
  return indexAsked(options) || Boolean((config.config.settings?.['index'] as IndexSettings | undefined)?.check)
}

/**
 * The index step of `jiaodui check`, after the per-file and corpus phases: when `--index`,
 * `--index-update` or `settings.index.check` asks for it, add the clashes with indexed articles to
 * the files and, with `--index-update` or `settings.index.update`, record the files. Index errors
 * are fatal (exit 2) with their message.
 */
export async function runIndexStep(files: readonly VFile[], options: CheckIndexOptions, io: Io, config: LoadedConfig): Promise<void> {
  const settings = config.config.settings?.['index'] as IndexSettings | undefined
  const asked = indexAsked(options)
  if (!indexStepRuns(options, config)) return
  const update = Boolean(options.indexUpdate || settings?.update)
  const flag = typeof options.index === 'string' ? options.index : undefined
  const location = resolveIndexLocation({flag, env: io.env, settings, configPath: config.path, cwd: io.cwd})
  const rule = config.config.rules?.['consistent-numeric-claims']
  try {
    const result = await withIndex(location, {create: update, busyTimeout: settings?.busyTimeout ?? 5000}, (store) =>
      checkAgainstIndex(store, files, {update, ...(rule !== undefined ? {rule: rule as never} : {})})
    )
    if (result.otherKeyVersion > 0) io.stderr(otherKeyVersionWarning(shown(location, io), result.otherKeyVersion))
  } catch (error) {
    // Asked for by the config only: a project without an index yet is checked without it.
    if (!asked && error instanceof IndexError && error.code === 'missing') {
      io.stderr(`jiaodui: ${error.message}; checked without it (settings.index.check)\n`)
      return
    }
    if (error instanceof IndexError) throw new FatalError(error.message)
    throw error
  }
}
