import path from 'node:path'
import {Option, type Command} from 'commander'
import {formatFromPath, type Format} from '@jiaodui/core'
import {parseEncoding} from './decode.js'
import type {RunConfigs} from './engines.js'
import {expandPaths, IgnoreMatcher} from './files.js'
import {readInput, type FileTask} from './check-file.js'
import {exitCodes, FatalError, type Io} from './io.js'
import {stagedBlobs} from './staged.js'

/** Input options shared by the commands that read articles. */
export interface InputOptions {
  stdin?: boolean
  stdinFilename?: string
  encoding?: string
  config?: string
  /** Largest file read, in megabytes (`--max-file-size`). */
  maxFileSize?: number
}

/** Parse `--max-file-size`. */
export function parseMegabytes(value: string): number {
  const size = Number(value)
  if (!Number.isFinite(size) || size <= 0) throw new FatalError(`--max-file-size expects a size in megabytes, not \`${value}\``)
  return size
}

/** Largest input the read-only commands accept (as `check --max-file-size` 16). */
const defaultMaxBytes = 16e6

/** What a command asks of the inputs beyond `InputOptions`. */
export interface GatherOptions extends InputOptions {
  fix?: boolean | undefined
  maxBytes?: number | undefined
  /** Make each config's engine now, so bad rule options fail before any work (default true). */
  engines?: boolean | undefined
  /** Check the content staged in the git index instead of the files (`check --staged`). */
  staged?: boolean | undefined
}

/** The inputs of a run. */
export interface Gathered {
  tasks: FileTask[]
  /** Files named explicitly but ignored by an ignore file. */
  ignored: string[]
  /** Files found in folders that are not regular files (FIFOs, devices), with why. */
  skipped: Array<{path: string; reason: string}>
}

/**
 * The inputs named on the command line (stdin, files, folders, globs, minus
 * ignored files), each with the config that applies to it; every such config is
 * loaded and validated here, before any work. A path that matches nothing, and
 * a path named explicitly that is not a regular file, are fatal.
 */
export async function gatherInputs(
  paths: readonly string[],
  options: GatherOptions,
  io: Io,
  configs: RunConfigs
): Promise<Gathered> {
  const encoding = options.encoding === undefined ? undefined : parseEncoding(options.encoding)
  if (options.encoding !== undefined && !encoding) {
    throw new FatalError(`unknown encoding \`${options.encoding}\` (use utf-8, utf-16le, utf-16be, gb18030 or big5)`)
  }
  if (options.stdin && paths.length > 0) throw new FatalError('give either --stdin or paths, not both')
  const task = (display: string, absolute: string | undefined, format: Format): FileTask => {
    const loaded = configs.configFor(absolute)
    if (options.engines !== false) configs.engineFor(loaded)
    return {display, absolute, format, configPath: loaded.path, ...(Object.keys(configs.settings).length > 0 ? {settings: configs.settings} : {}), ...(configs.keepData.length > 0 ? {keepData: configs.keepData} : {}), fix: Boolean(options.fix), encoding, maxBytes: options.maxBytes ?? (options.maxFileSize === undefined ? defaultMaxBytes : Math.round(options.maxFileSize * 1e6))}
  }
  if (options.staged) return gatherStaged(paths, options, io, configs, task)
  if (options.stdin) {
    const name = options.stdinFilename ?? '<stdin>'
    return {tasks: [task(name, undefined, formatFromPath(name) ?? 'txt')], ignored: [], skipped: []}
  }
  const matcher = new IgnoreMatcher(io.cwd, configs.root.config.ignorePatterns ?? [])
  const args = paths.length > 0 ? paths : ['.']
  const expanded = await expandPaths(args, io.cwd, matcher)
  const named = new Set(args.map((arg) => path.resolve(io.cwd, arg)))
  const problems = [
    ...expanded.skipped.filter((entry) => named.has(entry.path)).map((entry) => `\`${displayPath(io.cwd, entry.path)}\` ${entry.reason}`),
    ...expanded.unmatched.map((arg) => `no files matching \`${arg}\` (after ignore files)`)
  ]
  if (problems.length > 0) throw new FatalError(problems.join('\n'))
  return {
    tasks: expanded.files.map((absolute) => task(displayPath(io.cwd, absolute), absolute, formatFromPath(absolute) ?? 'txt')),
    ignored: expanded.ignored,
    skipped: expanded.skipped
  }
}

/**
 * `check --staged`: the staged content (the blob in the git index, what the
 * commit will hold) of the staged files jiaodui checks, limited to `paths`
 * when given (pre-commit passes the staged file names). Paths are reported as
 * in the work tree, where configs and ignore files are looked up too.
 */
function gatherStaged(
  paths: readonly string[],
  options: GatherOptions,
  io: Io,
  configs: RunConfigs,
  task: (display: string, absolute: string, format: Format) => FileTask
): Gathered {
  if (options.stdin) throw new FatalError('give either --stdin or --staged, not both')
  if (options.fix) {
    throw new FatalError('--staged cannot be combined with --fix: fixes go to the work tree, not the index. Run `jiaodui check --fix <files>`, review, then `git add` them')
  }
  const matcher = new IgnoreMatcher(io.cwd, configs.root.config.ignorePatterns ?? [])
  const gathered: Gathered = {tasks: [], ignored: [], skipped: []}
  for (const blob of stagedBlobs(io.cwd, paths)) {
    const format = formatFromPath(blob.absolute)
    if (!format) continue
    if (matcher.ignores(blob.absolute)) {
      if (paths.length > 0) gathered.ignored.push(blob.absolute)
      continue
    }
    gathered.tasks.push({...task(displayPath(io.cwd, blob.absolute), blob.absolute, format), content: blob.content})
  }
  return gathered
}

/** A path as reports show it: relative to the working folder, with `/`. */
export function displayPath(cwd: string, absolute: string): string {
  return path.relative(cwd, absolute).split(path.sep).join('/') || path.basename(absolute)
}

/**
 * A command that reads articles and prints records (`numbers`, `claims`): the
 * paths argument and the input and output options they share.
 */
export function recordCommand(program: Command, name: string, description: string): Command {
  return program
    .command(name)
    .description(description)
    .argument('[paths...]', 'files, folders or globs', [])
    .option('--stdin', 'read the text from standard input')
    .option('--stdin-filename <name>', 'path to report for standard input; its extension picks the format')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['jsonl', 'json']).default('jsonl'))
    .option('-c, --config <file>', 'use this config file (no discovery)')
    .option('--encoding <name>', 'read files in this encoding instead of detecting it')
    .option('--max-file-size <MB>', 'largest file to read, in megabytes', parseMegabytes, 16)
}

/**
 * Read each task and print the records `recordsOf` makes of its text, as JSON
 * lines or one JSON array. Unreadable inputs are reported on stderr and make
 * the exit code 2; the other inputs are still printed.
 */
export async function printRecords<Task extends FileTask>(
  tasks: readonly Task[],
  format: 'jsonl' | 'json',
  io: Io,
  recordsOf: (task: Task, text: string) => Promise<readonly object[]>
): Promise<number> {
  const all: object[] = []
  const read = await forEachText(tasks, io, async (task, text) => {
    for (const record of await recordsOf(task, text)) {
      if (format === 'jsonl') io.stdout(JSON.stringify(record) + '\n')
      else all.push(record)
    }
  })
  if (format === 'json') io.stdout(JSON.stringify(all, null, 2) + '\n')
  return read ? exitCodes.clean : exitCodes.fatal
}

/**
 * Read and decode each task in turn (the reading and errors of `check`) and
 * hand its text to `use`; an input that cannot be read is said on stderr and
 * skipped. Returns whether every input was read.
 */
export async function forEachText<Task extends FileTask>(
  tasks: readonly Task[],
  io: Io,
  use: (task: Task, text: string) => Promise<void>
): Promise<boolean> {
  let all = true
  for (const task of tasks) {
    const outcome = await readInput(task, io.readStdin)
    if (outcome.error || !outcome.decoded) {
      io.stderr(`jiaodui: ${task.display}: ${outcome.error?.message ?? 'not read'}\n`)
      all = false
      continue
    }
    await use(task, outcome.decoded.text)
  }
  return all
}
