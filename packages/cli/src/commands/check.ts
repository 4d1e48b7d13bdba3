import {randomBytes} from 'node:crypto'
import {readFile, rename, stat, unlink, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {Option, type Command} from 'commander'
import {createTwoFilesPatch} from 'diff'
import type {VFile} from 'vfile'
import {availableParallelism} from 'node:os'
import {
  applyEdits,
  buildReport,
  createEngine,
  editFromMessage,
  formatFromPath,
  type Engine,
  type Format,
  type Report,
  type ReportInput
} from '@jiaodui/core'
import {isCorpusRule, RuleOptionsError, type AnyRule} from '@jiaodui/lint-rule'
import {rules as presetRules} from '@jiaodui/preset'
import {ConfigError, ConfigLoader, describe, type LoadedConfig} from '../config.js'
import {checkFile, type FileOutcome, type FileTask} from '../check-file.js'
import {DecodeError, encode, parseEncoding} from '../decode.js'
import {checkInWorkers} from '../pool.js'
import {expandPaths, IgnoreMatcher} from '../files.js'
import {exitCodes, FatalError, type Io} from '../io.js'
import {github} from '../reporters/github.js'
import {json} from '../reporters/json.js'
import {sarif} from '../reporters/sarif.js'
import {stylish} from '../reporters/stylish.js'
import {version} from '../version.js'

/** Options of `jiaodui check`, as commander parses them. */
export interface CheckOptions {
  stdin?: boolean
  stdinFilename?: string
  format: 'stylish' | 'json' | 'sarif' | 'github'
  output?: string
  config?: string
  quiet?: boolean
  maxWarnings?: number
  fix?: boolean
  dryRun?: boolean
  encoding?: string
  color?: boolean
  threads?: number
  maxFileSize: number
}

/** Register `jiaodui check` on the program. */
export function registerCheck(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('check')
    .description('check articles for boilerplate, mixed scripts and clashing numbers')
    .argument('[paths...]', 'files, folders (walked for .txt .md .html) or globs', [])
    .option('--stdin', 'read the text from standard input')
    .option('--stdin-filename <name>', 'path to report for standard input; its extension picks the format')
    .addOption(new Option('-f, --format <name>', 'report format').choices(['stylish', 'json', 'sarif', 'github']).default('stylish'))
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option('-c, --config <file>', 'use this config file (no discovery)')
    .option('-q, --quiet', 'report errors only')
    .option('--max-warnings <n>', 'number of warnings allowed before the exit code is 1', parseCount)
    .option('--fix', 'apply automatic fixes to the files (with --stdin: print the fixed text)')
    .option('--dry-run', 'with --fix: print the diff of the fixes instead of writing them')
    .option('--encoding <name>', 'read files in this encoding instead of detecting it (utf-8, utf-16le, utf-16be, gb18030, big5)')
    .option('--threads <n>', 'worker threads for the per-file phase (default: automatic; 1 = none)', parseThreads)
    .option('--max-file-size <MB>', 'largest file to check, in megabytes', parseMegabytes, 16)
    .option('--no-color', 'no colours in the stylish report')
    .action(async (paths: string[], options: CheckOptions) => {
      setExit(await check(paths, options, io))
    })
}

function parseMegabytes(value: string): number {
  const size = Number(value)
  if (!Number.isFinite(size) || size <= 0) {
    throw new FatalError(`--max-file-size expects a size in megabytes, not \`${value}\``)
  }
  return size
}

function parseThreads(value: string): number {
  const count = Number(value)
  if (!Number.isInteger(count) || count < 1) {
    throw new FatalError(`--threads expects a whole number ≥ 1, not \`${value}\``)
  }
  return count
}

/** Files below which threads cost more (start-up) than they save. */
const minFilesForThreads = 400

function parseCount(value: string): number {
  const count = Number(value)
  if (!Number.isInteger(count) || count < 0) {
    throw new FatalError(`--max-warnings expects a whole number ≥ 0, not \`${value}\``)
  }
  return count
}

/** Everything known about one input after the per-file phase. */
interface Checked extends ReportInput {
  outcome: FileOutcome
}

/** Run `jiaodui check`; returns the exit code. */
export async function check(paths: string[], options: CheckOptions, io: Io): Promise<number> {
  if (options.dryRun && !options.fix) options.fix = true
  const forced = options.encoding === undefined ? undefined : parseEncoding(options.encoding)
  if (options.encoding !== undefined && !forced) {
    throw new FatalError(`unknown encoding \`${options.encoding}\` (use utf-8, utf-16le, utf-16be, gb18030 or big5)`)
  }
  if (options.stdin && paths.length > 0) {
    throw new FatalError('give either --stdin or paths, not both')
  }

  const rules: readonly AnyRule[] = presetRules
  const loader = new ConfigLoader(rules)
  const explicit = options.config ? loader.load(path.resolve(io.cwd, options.config)) : undefined
  const rootConfig = explicit ?? loader.nearest(path.join(io.cwd, '.'))
  const engines = new Map<string, Engine>()
  const engineFor = (loaded: LoadedConfig): Engine => {
    const key = loaded.path ?? ''
    let engine = engines.get(key)
    if (!engine) {
      try {
        engine = createEngine(rules, loaded.config)
      } catch (error) {
        if (error instanceof RuleOptionsError) {
          throw new ConfigError(loaded.path ?? 'default config', error.errors.map((problem) => ({
            pointer: `/rules/${error.ruleId}/options${problem.pointer}`,
            message: problem.message
          })))
        }
        throw error
      }
      engines.set(key, engine)
    }
    return engine
  }
  const configFor = (absolute: string | undefined): LoadedConfig =>
    explicit ?? (absolute ? loader.nearest(absolute) : rootConfig)

  // Gather inputs; every config that applies is loaded and validated here, before any work.
  const tasks: FileTask[] = []
  const skipped: string[] = []
  const task = (display: string, absolute: string | undefined, format: Format): FileTask => {
    const loaded = configFor(absolute)
    engineFor(loaded)
    return {
      display,
      absolute,
      format,
      configPath: loaded.path,
      fix: Boolean(options.fix),
      encoding: forced,
      maxBytes: Math.round(options.maxFileSize * 1e6)
    }
  }
  if (options.stdin) {
    const name = options.stdinFilename ?? '<stdin>'
    tasks.push(task(name, undefined, formatFromPath(name) ?? 'txt'))
  } else {
    const matcher = new IgnoreMatcher(io.cwd, rootConfig.config.ignorePatterns ?? [])
    const expanded = await expandPaths(paths.length > 0 ? paths : ['.'], io.cwd, matcher)
    if (expanded.unmatched.length > 0) {
      throw new FatalError(
        expanded.unmatched.map((arg) => `no files matching \`${arg}\` (after ignore files)`).join('\n')
      )
    }
    skipped.push(...expanded.ignored)
    for (const absolute of expanded.files) {
      tasks.push(task(displayPath(io.cwd, absolute), absolute, formatFromPath(absolute) ?? 'txt'))
    }
  }
  for (const file of skipped) {
    io.stderr(`jiaodui: ${displayPath(io.cwd, file)}: ignored by an ignore file, not checked\n`)
  }

  // Phase one: per file, on worker threads when there are enough files.
  const threads = options.threads ?? (tasks.length >= minFilesForThreads ? Math.min(availableParallelism(), 4) : 1)
  let outcomes: FileOutcome[]
  if (threads > 1 && tasks.length > 1) {
    outcomes = await checkInWorkers(tasks, threads)
  } else {
    outcomes = []
    for (const item of tasks) {
      outcomes.push(await checkFile(item, engineFor(configFor(item.absolute)), io.readStdin))
    }
  }
  const results: Checked[] = outcomes.map((outcome) => ({
    outcome,
    path: outcome.task.display,
    format: outcome.task.format,
    file: outcome.file,
    encoding: outcome.encoding,
    fixed: outcome.fixed,
    error: outcome.error
  }))

  // Phase two: corpus rules see every file that was checked.
  const vfiles = results.map((result) => result.file).filter((file): file is VFile => file !== undefined)
  const rootEngine = engineFor(rootConfig)
  await rootEngine.complete(vfiles)
  if (options.fix) applyCorpusFixes(results, rootEngine)

  if (options.quiet) {
    for (const file of vfiles) file.messages = file.messages.filter((message) => message.fatal === true)
  }

  // Write fixes.
  let diff = ''
  for (const result of results) {
    const {outcome} = result
    if (outcome.output === undefined || !outcome.decoded || !result.file) continue
    const before = outcome.decoded.text
    if (outcome.output === before) continue
    if (options.stdin) continue
    if (options.dryRun) {
      diff += createTwoFilesPatch(`a/${result.path}`, `b/${result.path}`, before, outcome.output)
      continue
    }
    try {
      await writeAtomically(outcome.task.absolute!, outcome.bytes!, encode(outcome.output, outcome.decoded))
    } catch (error) {
      result.error = {
        code: error instanceof DecodeError ? error.code : 'write-failed',
        message: `not fixed: ${error instanceof Error ? error.message : String(error)}`
      }
      result.fixed = 0
    }
  }

  const report = buildReport(results, version)
  const rendered =
    options.format === 'json'
      ? json(report)
      : options.format === 'sarif'
        ? sarif(report, rules)
        : options.format === 'github'
          ? github(report)
          : stylish(report, {color: options.color !== false && io.color && !options.output})

  const writeReport = async (fallback: (text: string) => void) => {
    if (!options.output) return fallback(rendered)
    try {
      await writeFile(path.resolve(io.cwd, options.output), rendered)
    } catch (error) {
      throw new FatalError(`cannot write the report to \`${options.output}\` (${describe(error)})`)
    }
  }
  if (options.stdin && options.fix) {
    const fixed = results[0]
    if (!fixed?.error) io.stdout(fixed?.outcome.output ?? '')
    await writeReport(io.stderr)
  } else if (options.dryRun) {
    io.stdout(diff)
    await writeReport(io.stderr)
  } else {
    await writeReport(io.stdout)
  }

  return exitCodeFor(report, options.maxWarnings)
}

/**
 * 2 when a file could not be read or fixed; 1 when there are errors, or more
 * warnings than `--max-warnings` (default 0); info never fails a run.
 */
export function exitCodeFor(report: Report, maxWarnings = 0): number {
  if (report.summary.filesWithErrors > 0) return exitCodes.fatal
  if (report.summary.errors > 0 || report.summary.warnings > maxWarnings) return exitCodes.findings
  return exitCodes.clean
}

/**
 * Corpus rules report after the per-file fix passes: apply their fixes to the
 * fixed text in one more pass (not re-checked), and drop the applied messages.
 */
function applyCorpusFixes(results: Checked[], engine: Engine): void {
  const corpusIds = new Set(engine.rules.filter(isCorpusRule).map((rule) => rule.meta.ruleId))
  if (corpusIds.size === 0) return
  for (const result of results) {
    const {outcome} = result
    if (!result.file || outcome.output === undefined) continue
    const edits = result.file.messages
      .filter((message) => message.ruleId !== undefined && corpusIds.has(message.ruleId))
      .map(editFromMessage)
      .filter((edit) => edit !== undefined)
    if (edits.length === 0) continue
    const applied = applyEdits(outcome.output, edits)
    outcome.output = applied.output
    const done = new Set(applied.applied.map((edit) => edit.message))
    result.file.messages = result.file.messages.filter((message) => !done.has(message))
    result.fixed = (result.fixed ?? 0) + done.size
  }
}

/**
 * Write `next` over `file` without ever leaving it half-written: refuse when
 * the file changed since it was read, write a temporary file beside it, rename.
 */
async function writeAtomically(file: string, read: Uint8Array, next: Buffer): Promise<void> {
  const current = await readFile(file)
  if (!current.equals(Buffer.from(read.buffer, read.byteOffset, read.byteLength))) {
    throw new Error('the file changed since it was read; not overwritten')
  }
  const {mode} = await stat(file)
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.jiaodui-${randomBytes(6).toString('hex')}`)
  try {
    await writeFile(temporary, next, {mode})
    await rename(temporary, file)
  } catch (error) {
    await unlink(temporary).catch(() => {})
    throw error
  }
}

function displayPath(cwd: string, absolute: string): string {
  return path.relative(cwd, absolute).split(path.sep).join('/') || path.basename(absolute)
}
