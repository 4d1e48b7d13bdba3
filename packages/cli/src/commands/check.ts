import path from 'node:path'
import {availableParallelism} from 'node:os'
import {Option, type Command} from 'commander'
import {VFile} from 'vfile'
import {applyEdits, buildReport, compareMessages, editFromMessage, fixText, sortMessages, type Report, type ReportInput, type ReportSummary} from '@jiaodui/core'
import {isCorpusRule} from '@jiaodui/lint-rule'
import {extractClaims, useClaimsExtractor} from '@jiaodui/claims'
import {rules} from '@jiaodui/preset'
import {describe} from '../config.js'
import {checkFile, checkRead, collectGarbage, packMessageList, packMessages, readInput, SharedStrings, unpackLazily, unpackMessages, type FileOutcome, type FileTask} from '../check-file.js'
import type {VFileMessage} from 'vfile-message'
import {FileCache} from '../cache.js'
import {encode} from '../decode.js'
import {RunConfigs} from '../engines.js'
import {displayPath, gatherInputs, parseMegabytes} from '../inputs.js'
import {exitCodes, FatalError, type Io, wholeNumberFromEnvironment} from '../io.js'
import {checkInWorkers, withoutConditions} from '../pool.js'
import {ClaimsThread} from '../claims-thread.js'
import {Progress} from '../progress.js'
import {rendererFor, reportFormats, type ReportFormat} from '../reporters/formats.js'
import {writeJsonStream} from '../reporters/json.js'
import {chunked, writeToFile} from '../stream.js'
import {version} from '../version.js'
import {SpillStore, type Stored} from '../spill.js'
import {forgetSpilledText, spillText} from '../spilled-text.js'
import {encodeFixed, writeAtomically, WriteRefused} from '../write.js'
import {addIndexOptions, indexStepRuns, runIndexStep, takeIndexFlag, type CheckIndexOptions} from './index-command.js'

/** Options of `jiaodui check`, as commander parses them. */
export interface CheckOptions extends CheckIndexOptions {
  stdin?: boolean
  stdinFilename?: string
  format: ReportFormat
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
  cache?: boolean
  region?: string
  staged?: boolean
  /** `--claims-thread` / `--no-claims-thread`: extract claims on a thread of their own (`ClaimsThread`); undefined: by the size of the run (`claimsThreadWanted`). */
  claimsThread?: boolean
}

/** Register `jiaodui check` on the program. */
export function registerCheck(program: Command, io: Io, setExit: (code: number) => void): void {
  const command = program
    .command('check')
    .description('check articles for boilerplate, mixed scripts and clashing numbers')
    .argument('[paths...]', 'files, folders (walked for .txt .md .html) or globs', [])
    .option('--stdin', 'read the text from standard input')
    .option('--stdin-filename <name>', 'path to report for standard input; its extension picks the format')
    .option('--staged', 'check the content staged for commit in git (the index, not the work tree)')
    .addOption(new Option('--region <region>', 'judge scripts by this region\'s standard (overrides settings.region; default: the config, else detected per article)').choices(regions))
    .addOption(new Option('-f, --format <name>', 'report format').choices(reportFormats).default('stylish'))
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option('-c, --config <file>', 'use this config file (no discovery)')
    .option('-q, --quiet', 'report errors only')
    .option('--max-warnings <n>', 'number of warnings allowed before the exit code is 1', parseCount)
    .option('--fix', 'apply automatic fixes to the files (with --stdin: print the fixed text)')
    .option('--dry-run', 'with --fix: print the diff of the fixes instead of writing them')
    .option('--encoding <name>', 'read files in this encoding instead of detecting it (utf-8, utf-16le, utf-16be, gb18030, big5)')
    .option('--threads <n>', 'worker threads for the per-file phase (default: automatic; 1 = none)', parseThreads)
    .option('--claims-thread', `extract numeric claims on a thread of their own while the other rules run (default: on for runs of ${minFilesForClaimsThread} files or more on 2 or more cores)`)
    .option('--no-claims-thread', 'extract numeric claims on the main thread, whatever the size of the run')
    .option('--max-file-size <MB>', 'largest file to check, in megabytes', parseMegabytes, 16)
    .option('--cache', 'remember each file\'s result in .jiaodui/cache; unchanged files are not checked again')
    .option('--no-color', 'no colours in the stylish report')
  addIndexOptions(command).action(async (paths: string[], options: CheckOptions) => {
    setExit(await check(paths, options, io))
  })
}

function parseThreads(value: string): number {
  const count = Number(value)
  if (!Number.isInteger(count) || count < 1) throw new FatalError(`--threads expects a whole number ≥ 1, not \`${value}\``)
  return count
}

function parseCount(value: string): number {
  const count = Number(value)
  if (!Number.isInteger(count) || count < 0) throw new FatalError(`--max-warnings expects a whole number ≥ 0, not \`${value}\``)
  return count
}

/** The values of `--region` (`settings.region`). */
const regions = ['auto', 'zh-CN', 'zh-HK', 'zh-TW', 'zh-MO']

/** Files below which threads cost more (start-up) than they save. */
const minFilesForThreads = 400

/**
 * Cores below which threads are not used unless asked for: on 2 cores two
 * workers were 14% slower than one thread (each repeats the set-up, and every
 * result is copied back), see bench/scale.
 */
const minCoresForThreads = 4

/**
 * Files from which the claims thread is on unless `--no-claims-thread` says otherwise. Measured on
 * this project's 2-core machine (bench/claims-scale/README.md, runs of 5 KB articles): 200 files
 * no faster with it, 400 files 10 % faster, 600 13 %, 1 000 17 % (the same CPU time; 40–50 MB more
 * peak memory for the thread's own heap). Not for one large text, where the thread's heap would
 * break the memory bound per input byte (packages/core/README.md).
 */
export const minFilesForClaimsThread = 300

/** Whether a run of `files` files on `cores` cores extracts claims on a thread of its own: `--[no-]claims-thread`, else by the run's size. */
export function claimsThreadWanted(option: boolean | undefined, files: number, cores: number, env: Io['env'] = {}): boolean {
  if (option !== undefined) return option
  const from = wholeNumberFromEnvironment(env, 'JIAODUI_CLAIMS_THREAD_FILES', 1, 'files') ?? minFilesForClaimsThread
  return files >= from && cores >= 2
}

/** Most rounds of corpus fixes (each followed by a re-check) in one run. */
const maxCorpusRounds = 3

/**
 * Bytes of messages and texts a run keeps as they are (objects on the heap)
 * before it packs them into its spill store. Packing is what lets 100 000
 * articles fit, but for a small run it is pure cost: 9% of the user CPU time
 * of checking 200 articles of 5 KB (`v8.serialize` and back, texts spilled and
 * read again; bench/throughput's small corpus, about 20 MB by this estimate,
 * is not packed). The price on a large run is constant: peak memory of 3 000
 * articles 578 MB packing every file, 637 MB with 16 MB, 680 MB with 32 MB,
 * 761 MB with 64 MB. `JIAODUI_UNPACKED_BYTES` sets it (0: pack every file).
 */
const defaultUnpackedBytes = 32 * 1024 * 1024

/** What a kept message costs on the heap, about (bench/scale: 141 KB for ~190 messages per article). */
const bytesPerKeptMessage = 750

/**
 * Whether each file of a run, in the order they are settled, is packed: none
 * while the files kept as they are (their messages, and their texts as UTF-16)
 * fit in `budget` bytes; from the file that goes past it, that file and every
 * later one. `budget` 0 packs every file, `Infinity` none.
 */
export function packingPolicy(budget: number): (messages: number, characters: number) => boolean {
  let left = budget
  return (messages, characters) => {
    if (left === Infinity) return false
    if (left <= 0) return true
    left -= messages * bytesPerKeptMessage + 2 * characters
    return left < 0
  }
}

/** Everything known about one input: what the report shows, and the outcome behind it. */
export interface Checked extends ReportInput {
  outcome: FileOutcome
  /** The per-file phase's messages, packed off the heap (`packMessages`, kept by the run's `SpillStore`); `file.messages` then holds the corpus phase's. */
  packed?: Stored | undefined
  /** The corpus phase's messages, packed the same way as they are made (`drainCorpusMessages`); `file.messages` then holds the index step's. */
  corpusPacked?: Stored[] | undefined
  /** A file checked in sections: each section's packed messages, in order (kept by the run's `SpillStore`). */
  sections?: Stored[] | undefined
  /** `--quiet`: only errors are reported. */
  errorsOnly?: boolean | undefined
}

/**
 * Run `jiaodui check`: gather → check → complete (corpus, with fixes and
 * re-checks) → write → report → exit code. Returns the exit code.
 */
export async function check(paths: string[], options: CheckOptions, io: Io): Promise<number> {
  if (options.dryRun) options.fix = true
  takeIndexFlag(options, paths, io)
  const configs = new RunConfigs(rules, io.cwd, options.config, options.region ? {region: options.region} : {})
  configs.env = io.env
  // The index step reads every claim, whether or not a claim rule is on.
  if (indexStepRuns(options, configs.root)) configs.keepData = ['claims']
  const gathered = await gatherInputs(paths, {...options, maxBytes: Math.round(options.maxFileSize * 1e6)}, io, configs)
  for (const file of gathered.ignored) io.stderr(`jiaodui: ${displayPath(io.cwd, file)}: ignored by an ignore file, not checked\n`)
  for (const {path: file, reason} of gathered.skipped) io.stderr(`jiaodui: ${displayPath(io.cwd, file)}: ${reason}\n`)
  const store = new SpillStore()
  try {
    const results = await checkFiles(gathered.tasks, configs, options, io, new Progress(gathered.tasks.length, io), store)
    await completeCorpus(results, configs, Boolean(options.fix), store)
    const diff = await writeFixes(results, configs, options)
    await runIndexStep(results.flatMap((result) => (result.file ? [result.file] : [])), options, io, configs.root)
    if (options.quiet) dropNonErrors(results)
    const summary = await printReport(results, {...options, diff}, io, store)
    return exitCodeFor({summary}, options.maxWarnings)
  } finally {
    forgetSpilledText()
    store.close()
  }
}

/**
 * Step: the per-file phase, on worker threads when there are enough files to
 * pay for them; with `--cache`, files whose result is cached are not checked.
 * Each outcome is settled as soon as it is made (cached, and, unless fixing,
 * its messages packed off the heap and its bytes dropped), so a run keeps only
 * what the corpus phase and the report need of each file. (Exported for tests.)
 */
export async function checkFiles(tasks: FileTask[], configs: RunConfigs, options: CheckOptions, io: Io, progress: Progress, store: SpillStore): Promise<Checked[]> {
  // (The section size, a knob for benchmarks, changes what a long text's result holds: part of the key.)
  const cache = options.cache && !options.fix && !options.stdin ? new FileCache(io.cwd, `${version} ${configs.rules.map((rule) => rule.meta.ruleId).join(',')} ${io.env['JIAODUI_SECTION_SIZE'] ?? ''}`) : undefined
  const strings = new SharedStrings()
  const results: Checked[] = new Array(tasks.length)
  const keys: Array<string | undefined> = new Array(tasks.length)
  const settle = (index: number, outcome: FileOutcome, size = outcome.size ?? 0): void => {
    progress.fileDone(size)
    if (cache && keys[index] !== undefined) cache.set(keys[index]!, outcome)
    const pack = packing(outcome)
    // (Read before `settled`, which moves the sections' messages to the result.)
    const stored = Boolean(outcome.storedSections)
    const sectioned = stored || Boolean(outcome.sections)
    // Packed messages are copies: sharing their texts would only keep every distinct text of the run alive.
    results[index] = settled(pack || sectioned ? outcome : strings.share(outcome), store, pack)
    // Claims and other corpus data only as far as the corpus phase reads them (the index step reads all claims);
    // a text checked in sections with the store had its sections' data compacted as they were checked.
    if (compactData && outcome.file && !stored) compactData.compact(outcome.file)
    // Until the corpus phase or the report reads it again, the text waits in the store (not with `--fix`: it is edited).
    if ((pack || sectioned) && outcome.file && !outcome.task.fix) spillText(outcome.file, store, keptData, keptStrings)
  }
  const misses: number[] = []
  const threads = threadCount(options, tasks.length)
  // Packing pays where many files wait for the corpus phase; for one file it only doubles the messages for a moment.
  // Once the files kept as they are would take more than the budget, this and every later file is packed.
  const packs = packingPolicy(options.fix || tasks.length <= 1 ? Infinity : (wholeNumberFromEnvironment(io.env, 'JIAODUI_UNPACKED_BYTES', 0, 'bytes') ?? defaultUnpackedBytes))
  const packing = (outcome: FileOutcome): boolean => packs(outcome.file?.messages.length ?? 0, outcome.decoded?.text.length ?? 0)
  const compactData = options.fix || indexStepRuns(options, configs.root) ? undefined : configs.rootEngine()
  // The data a file keeps for the corpus phase and the index step, copied off the text it slices.
  const keptData = ['claims', 'meta']
  const keptStrings = new Map<string, string>()
  const claimsThread = threads === 1 && claimsThreadWanted(options.claimsThread, tasks.length, availableParallelism(), io.env) ? startClaimsThread(options, configs, io) : undefined
  // With the claims thread, the next file is checked while one waits for its claims; outcomes are settled in order.
  const inOrder = new InOrder(claimsThread ? 2 : 1, settle)
  const overlap = Boolean(claimsThread)
  try {
    for (let index = 0; index < tasks.length; index++) {
      if (!cache) {
        misses.push(index)
        continue
      }
      const task = tasks[index]!
      const read = await readInput(task, io.readStdin)
      const key = read.bytes && read.decoded ? cache.key(task, read.bytes, configs.configFor(task.absolute)) : undefined
      const hit = key === undefined ? undefined : cache.get(key, task)
      if (hit || !read.decoded) {
        await inOrder.add(index, Promise.resolve(hit ?? read), read.size ?? 0)
        continue
      }
      keys[index] = key
      // Checked here, from the bytes already read, unless threads will check it.
      if (threads === 1) await inOrder.add(index, checkRead(read, configs.engineFor(configs.configFor(task.absolute)), undefined, overlap))
      else misses.push(index)
    }
    if (threadCount(options, misses.length) > 1 && misses.length > 1) {
      await checkInWorkers(misses.map((index) => tasks[index]!), threadCount(options, misses.length), (position, outcome) => settle(misses[position]!, outcome))
    } else {
      for (const index of misses) {
        const task = tasks[index]!
        // Without a cache, a large text's section messages go to the store as they are made (a cache entry wants their bytes).
        const keeping = cache ? undefined : {store, compact: compactData && ((file: VFile) => compactData.compact(file))}
        await inOrder.add(index, checkFile(task, configs.engineFor(configs.configFor(task.absolute)), io.readStdin, keeping, overlap))
      }
    }
    await inOrder.finish()
  } finally {
    if (claimsThread) {
      useClaimsExtractor(undefined)
      await claimsThread.close()
    }
  }
  progress.end()
  return results
}

/**
 * Outcomes of checks started one after another, at most `ahead` running at a time, settled in
 * the order they were started (the packing budget, the progress and the store see the order of
 * a run without overlap).
 */
class InOrder {
  private readonly running: Array<{index: number; outcome: Promise<FileOutcome>; size: number | undefined}> = []

  constructor(
    private readonly ahead: number,
    private readonly settle: (index: number, outcome: FileOutcome, size?: number) => void
  ) {}

  /** Start waiting for `outcome`; settles the oldest first when `ahead` are running. */
  async add(index: number, outcome: Promise<FileOutcome>, size?: number): Promise<void> {
    // (A failure is thrown when its turn comes; until then it is not unhandled.)
    outcome.catch(() => undefined)
    this.running.push({index, outcome, size})
    while (this.running.length >= this.ahead) await this.settleOldest()
  }

  /** Settle what is still running, in order. */
  async finish(): Promise<void> {
    while (this.running.length > 0) await this.settleOldest()
  }

  private async settleOldest(): Promise<void> {
    const {index, outcome, size} = this.running.shift()!
    // (An undefined size takes `settle`'s default, the outcome's own.)
    this.settle(index, await outcome, size)
  }
}

/**
 * The claims thread of a run checked on the main thread (wanted: `claimsThreadWanted`), or
 * undefined: not with `--fix` (a fix pass checks one file at a time) nor when no claim rule runs.
 * While it runs, the claim rules take their claims from it (`useClaimsExtractor`).
 */
function startClaimsThread(options: CheckOptions, configs: RunConfigs, io: Io): ClaimsThread | undefined {
  if (options.fix) return undefined
  if (!configs.rootEngine().attached.some((rule) => rule.meta.produces?.includes('claims'))) return undefined
  const thread = new ClaimsThread(withoutConditions(process.execArgv))
  useClaimsExtractor(thread.extractor(extractClaims, io.stderr))
  return thread
}

/**
 * What the run keeps of an outcome. Without `--fix` the bytes are not needed
 * again; nor, when the messages are packed (`packMessages`) into the run's
 * `store`, is the decoded text;
 * `reportView` unpacks them one file at a time while the report is written.
 */
function settled(outcome: FileOutcome, store: SpillStore, pack: boolean): Checked {
  const result: Checked = {
    outcome,
    path: outcome.task.display,
    format: outcome.task.format,
    file: outcome.file,
    encoding: outcome.encoding,
    fixed: outcome.fixed,
    error: outcome.error
  }
  if (outcome.sections || outcome.storedSections) {
    // Checked in sections (a large text): its messages are packed already, section by section.
    result.sections = outcome.storedSections ?? outcome.sections!.map((section) => store.put(section))
    delete outcome.sections
    delete outcome.storedSections
    delete outcome.bytes
    delete outcome.decoded
  } else if (pack && outcome.file && !outcome.task.fix) {
    result.packed = store.put(packMessages(outcome.file))
    delete outcome.bytes
    delete outcome.decoded
  }
  // Read again only to write a fix back (the cache took its key before).
  if (!outcome.task.fix) delete outcome.bytes
  return result
}

/** Worker threads for `files` files: `--threads`, else none on small runs or machines with few cores. */
function threadCount(options: CheckOptions, files: number): number {
  const cores = availableParallelism()
  return options.threads ?? (files >= minFilesForThreads && cores >= minCoresForThreads ? Math.min(cores, 4) : 1)
}

/**
 * Step: the corpus phase over every checked file. With `fix`, corpus fixes are
 * applied and the changed files checked again (fix passes included) before the
 * corpus phase runs again, so every message of the report points into the text
 * that is written.
 */
async function completeCorpus(results: Checked[], configs: RunConfigs, fix: boolean, store: SpillStore): Promise<void> {
  const engine = configs.rootEngine()
  const files = () => results.flatMap((result) => (result.file ? [result.file] : []))
  if (!fix) {
    await engine.complete(files(), {drain: drainCorpusMessages(results, store)})
    return
  }
  // Each round checks the files the fixes of the round before made (`recheck` replaces them).
  for (let round = 0; ; round++) {
    await engine.complete(files())
    if (round === maxCorpusRounds) return
    const changed = applyCorpusFixes(results, configs)
    if (changed.length === 0) return
    for (const result of changed) await recheck(result, configs)
  }
}

/** Apply the fixes of corpus-rule messages to each file's fixed text; returns the files changed. */
function applyCorpusFixes(results: Checked[], configs: RunConfigs): Checked[] {
  const corpusIds = new Set(configs.rules.filter(isCorpusRule).map((rule) => rule.meta.ruleId))
  const changed: Checked[] = []
  for (const result of results) {
    const {outcome} = result
    if (!result.file || outcome.output === undefined) continue
    const edits = result.file.messages
      .filter((message) => message.ruleId !== undefined && corpusIds.has(message.ruleId))
      .map(editFromMessage)
      .filter((edit) => edit !== undefined)
    if (edits.length === 0) continue
    const applied = applyEdits(outcome.output, edits)
    if (applied.applied.length === 0) continue
    outcome.output = applied.output
    result.fixed = (result.fixed ?? 0) + applied.applied.length
    changed.push(result)
  }
  return changed
}

/** Check (and fix) a file's current output again, keeping the count of fixes made so far. */
async function recheck(result: Checked, configs: RunConfigs): Promise<void> {
  const {outcome} = result
  const engine = configs.engineFor(configs.configFor(outcome.task.absolute))
  const fixed = await fixText(engine, {
    value: outcome.output!,
    format: outcome.task.format,
    path: outcome.task.display,
    data: {encoding: outcome.encoding}
  })
  outcome.output = fixed.output
  result.fixed = (result.fixed ?? 0) + fixed.fixed.length
  result.file = outcome.file = fixed.file
}

/**
 * Where the corpus phase's messages go as they are made (`Engine.complete`'s
 * `drain`): packed off the heap, as the per-file phase's were, for files whose
 * messages were packed. An archive whose lines or figures recur gets several
 * corpus messages per article, each a `VFileMessage` with its own reason and
 * note; held until the report, 100 000 articles ran out of heap. A file
 * checked whole or in sections keeps them (`file.messages`).
 */
function drainCorpusMessages(results: readonly Checked[], store: SpillStore): (file: VFile, messages: VFileMessage[]) => void {
  const byFile = new Map(results.flatMap((result) => (result.file ? [[result.file, result] as const] : [])))
  return (file, messages) => {
    const result = byFile.get(file)
    if (result?.packed) (result.corpusPacked ??= []).push(store.put(packMessageList(messages)))
    else {
      file.messages.push(...messages)
      sortMessages(file)
    }
  }
}

/**
 * Step: write the fixed texts (or, with `--dry-run`, make their diff). A fix
 * that cannot be written leaves the file as it was and the report says why; the
 * file's messages are then those of the text on disk.
 */
async function writeFixes(results: Checked[], configs: RunConfigs, options: CheckOptions): Promise<string> {
  let diff = ''
  // `diff` is loaded only for `--dry-run`: other runs never need it at start-up.
  const createTwoFilesPatch = options.fix && options.dryRun ? (await import('diff')).createTwoFilesPatch : undefined
  for (const result of results) {
    const {outcome} = result
    if (!options.fix || options.stdin || outcome.output === undefined || !outcome.decoded || !result.file) continue
    const before = outcome.decoded.text
    if (outcome.output === before) continue
    if (createTwoFilesPatch) {
      diff += createTwoFilesPatch(`a/${result.path}`, `b/${result.path}`, before, outcome.output)
      continue
    }
    try {
      await writeAtomically(outcome.task.absolute!, outcome.bytes!, encodeFixed(before, outcome.output, outcome.decoded, outcome.bytes!, outcome.task.encoding))
    } catch (error) {
      result.error = {
        code: error && typeof error === 'object' && 'code' in error && typeof error.code === 'string' ? error.code : 'write-failed',
        message: error instanceof WriteRefused ? error.message : `not fixed: ${describe(error)}`
      }
      result.fixed = 0
      const engine = configs.engineFor(configs.configFor(outcome.task.absolute))
      result.file = await engine.check({value: before, format: outcome.task.format, path: outcome.task.display, data: {encoding: outcome.encoding}})
    }
  }
  return diff
}

/** Step (`--quiet`): keep errors only (applied as each file is reported). */
function dropNonErrors(results: Checked[]): void {
  for (const result of results) result.errorsOnly = true
}

/**
 * A result as the reporters read it: with its packed messages unpacked into
 * a fresh file, after the corpus phase's, each time `file` is read (reporters
 * read it once per file), so only the file being written is held.
 */
function reportView(result: Checked, store: SpillStore): ReportInput {
  const {packed, corpusPacked, errorsOnly, file: live} = result
  if (live && result.sections) return sectionedView(result, live, result.sections, store)
  if (!live || (!packed && !errorsOnly)) return result
  return {
    ...reportFields(result),
    get file() {
      const file = new VFile({value: live.value, path: live.path})
      Object.assign(file.data, live.data)
      const unpack = (stored: Stored) => unpackMessages(store.get(stored), live.path ?? '')
      file.messages = [...(packed ? unpack(packed) : []), ...(corpusPacked ?? []).flatMap(unpack), ...live.messages]
      sortMessages(file)
      if (errorsOnly) file.messages = file.messages.filter((message) => message.fatal === true)
      return file
    }
  }
}

/** What a report says of a file besides its messages. */
function reportFields(result: Checked): Pick<ReportInput, 'path' | 'format' | 'encoding' | 'fixed' | 'error'> {
  return {path: result.path, format: result.format, encoding: result.encoding, fixed: result.fixed, error: result.error}
}

/**
 * A file checked in sections as the reporters read it: its messages streamed,
 * one packed section unpacked at a time, the corpus phase's merged in by
 * position (sections are in order, each sorted).
 */
function sectionedView(result: Checked, live: VFile, sections: readonly Stored[], store: SpillStore): ReportInput {
  const {errorsOnly} = result
  const path = live.path ?? ''
  return {
    ...reportFields(result),
    file: live,
    *streamMessages() {
      const corpus = [...live.messages].sort(compareMessages)
      for (const message of mergeSorted(sectionMessages(sections, store, path), corpus)) {
        if (!errorsOnly || message.fatal === true) yield message
      }
    }
  }
}

function* sectionMessages(sections: readonly Stored[], store: SpillStore, path: string): Generator<VFileMessage> {
  for (const section of sections) {
    yield* unpackLazily(store.get(section), path)
    // The section's messages and their report text are garbage now (see `collectGarbage`).
    collectGarbage()
  }
}

/** The messages of a sorted stream and a sorted list, in the order of `compareMessages`. */
function* mergeSorted(stream: Iterable<VFileMessage>, list: readonly VFileMessage[]): Generator<VFileMessage> {
  let next = 0
  for (const message of stream) {
    while (next < list.length && compareMessages(list[next]!, message) < 0) yield list[next++]!
    yield message
  }
  while (next < list.length) yield list[next++]!
}

/**
 * Step: print the report where it belongs. With `--stdin --fix` standard output
 * carries the fixed text in the input's own encoding and the report goes to
 * standard error; with `--dry-run` standard output carries the diff. JSON and
 * SARIF are written file by file, never held as one string.
 */
async function printReport(results: Checked[], options: CheckOptions & {diff: string}, io: Io, store: SpillStore): Promise<ReportSummary> {
  let fallback = io.stdout
  if (options.stdin && options.fix && !options.dryRun) {
    const {outcome, error} = results[0] ?? {}
    if (outcome?.decoded && outcome.output !== undefined && !error) io.stdout(encode(outcome.output, outcome.decoded))
    fallback = io.stderr
  } else if (options.dryRun) {
    io.stdout(options.diff)
    fallback = io.stderr
  }
  const produce = await reportWriter(results.map((result) => reportView(result, store)), options, io)
  if (!options.output) {
    const writer = chunked(fallback)
    const summary = produce((piece) => writer.write(piece))
    writer.end()
    return summary
  }
  try {
    return writeToFile(path.resolve(io.cwd, options.output), produce)
  } catch (error) {
    throw new FatalError(`cannot write the report to \`${options.output}\` (${describe(error)})`)
  }
}

/**
 * The report in its format, as a function that writes it piece by piece and
 * returns the summary. Every format but HTML is made file by file as it is
 * written (no report object is held); the HTML page, which shows every
 * checked text, renders a report built first.
 */
async function reportWriter(results: ReportInput[], options: CheckOptions, io: Io): Promise<(write: (piece: string) => void) => ReportSummary> {
  if (options.format === 'json') return (write) => writeJsonStream(results, version, write)
  // Only the chosen reporter is loaded.
  if (options.format === 'sarif') {
    const {writeSarifStream} = await import('../reporters/sarif.js')
    return (write) => writeSarifStream(results, version, rules, write)
  }
  if (options.format === 'junit') {
    const {writeJunitStream} = await import('../reporters/junit.js')
    return (write) => writeJunitStream(results, write)
  }
  if (options.format === 'stylish') {
    const {writeStylishStream} = await import('../reporters/stylish.js')
    return (write) => writeStylishStream(results, {color: options.color !== false && io.color && !options.output, dryRun: Boolean(options.dryRun)}, write)
  }
  if (options.format === 'github') {
    const {writeGithubStream} = await import('../reporters/github.js')
    return (write) => writeGithubStream(results, write)
  }
  const render = await rendererFor(options.format)
  return (write) => {
    const report = buildReport(results, version)
    const sources = options.format === 'html' ? checkedTexts(results) : undefined
    write(render(report, {rules, color: options.color !== false && io.color && !options.output, dryRun: Boolean(options.dryRun), sources}))
    return report.summary
  }
}

/**
 * Step: the exit code. 2 when a file could not be read or fixed; 1 when there
 * are errors, or more warnings than `--max-warnings` (default 0); info never
 * fails a run.
 */
export function exitCodeFor(report: Pick<Report, 'summary'>, maxWarnings = 0): number {
  if (report.summary.filesWithErrors > 0) return exitCodes.fatal
  if (report.summary.errors > 0 || report.summary.warnings > maxWarnings) return exitCodes.findings
  return exitCodes.clean
}

/** Each file's checked text by report path (the HTML report shows findings in context). */
function checkedTexts(results: readonly ReportInput[]): Map<string, string> {
  return new Map(results.flatMap((result) => (result.file ? [[result.path, String(result.file.value)] as const] : [])))
}
