import {readFileSync, statSync} from 'node:fs'
import {deserialize as v8Deserialize, getHeapStatistics, serialize as v8Serialize, setFlagsFromString} from 'node:v8'
import {runInNewContext} from 'node:vm'
import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {fixText, type Engine, type Format, type ReportError} from '@jiaodui/core'
import {describe} from './config.js'
import {decode, DecodeError, label, type Decoded, type Encoding} from './decode.js'
import type {SpillStore, Stored} from './spill.js'

/** One file (or stdin) to check. */
export interface FileTask {
  /** Path shown in reports. */
  display: string
  /** Absolute path on disk; undefined for stdin. */
  absolute?: string | undefined
  format: Format
  /** Config file that applies (undefined = defaults). */
  configPath?: string | undefined
  /** Settings from the command line over the config's (`--region`), for worker threads. */
  settings?: Record<string, unknown> | undefined
  /** `file.data` keys kept for after the check (`RunConfigs.keepData`), for worker threads. */
  keepData?: readonly string[] | undefined
  fix: boolean
  encoding?: Encoding | undefined
  /** Largest file checked, in bytes; bigger files are reported as `too-large`. */
  maxBytes: number
  /** The bytes to check when they are not read from `absolute` (`--staged`: the blob in the git index). */
  content?: Uint8Array | undefined
}

/** What the per-file phase found out about one file. */
export interface FileOutcome {
  task: FileTask
  /** The bytes read; dropped once decoded where nothing will write them back (see `checkFile`). */
  bytes?: Uint8Array
  /** How many bytes were read. */
  size?: number
  decoded?: Decoded
  encoding?: string
  file?: VFile
  /** Text after fixes (with `fix`). */
  output?: string
  fixed?: number
  error?: ReportError
  /**
   * Without `fix`, a text the engine checked in sections: each section's
   * messages, packed (`packMessageList`) as soon as the section was checked;
   * `file.messages` is then empty until the corpus phase.
   */
  sections?: Uint8Array[]
  /**
   * The same, when `checkRead` was given somewhere to keep them
   * (`SectionKeeping`): handles into the run's store rather than the bytes.
   */
  storedSections?: Stored[]
}

/**
 * Read and decode one input: `bytes`/`decoded`/`encoding` on success, `error`
 * (unreadable, too large, binary, undecodable) otherwise; never throws for bad input.
 */
export async function readInput(task: FileTask, readStdin: () => Promise<Uint8Array>): Promise<FileOutcome> {
  const outcome: FileOutcome = {task}
  let bytes: Uint8Array
  try {
    // Refuse an oversized file before reading it: reading 100 MB to say "too large" costs the memory the limit protects.
    const size = task.absolute ? statSync(task.absolute).size : 0
    if (size > task.maxBytes) {
      outcome.error = tooLarge(size, task.maxBytes)
      return outcome
    }
    if (size > memoryBound(task)) {
      outcome.error = tooLargeForMemory(size, task)
      return outcome
    }
    // Synchronous: files are checked one after another, and each step of an
    // asynchronous read waits for the event loop (most of the idle time of a run).
    bytes = task.content ?? (task.absolute ? readFileSync(task.absolute) : await readStdin())
  } catch (error) {
    outcome.error = {code: 'unreadable', message: `cannot be read (${describe(error)})`}
    return outcome
  }
  outcome.bytes = bytes
  outcome.size = bytes.length
  if (bytes.length > task.maxBytes) {
    outcome.error = tooLarge(bytes.length, task.maxBytes)
    return outcome
  }
  if (bytes.length > memoryBound(task)) {
    outcome.error = tooLargeForMemory(bytes.length, task)
    return outcome
  }
  try {
    outcome.decoded = decode(bytes, task.encoding)
  } catch (error) {
    if (!(error instanceof DecodeError)) throw error
    outcome.error = {code: error.code, message: error.message}
    return outcome
  }
  outcome.encoding = label(outcome.decoded.encoding)
  return outcome
}

/**
 * Where a large text checked in sections keeps what it makes as it goes (the
 * run's `SpillStore`): each section's packed messages and its claims, on disk
 * past the store's budget. `compact`: what the run's corpus phase reads of a
 * file's data (the engine of that phase's `Engine.compact`), applied to each section.
 */
export interface SectionKeeping {
  store: Pick<SpillStore, 'put' | 'get'>
  compact?: ((file: VFile) => void) | undefined
}

/** Read, decode and check (or fix) one file; failures become `error`, never throws for bad input. */
export async function checkFile(task: FileTask, engine: Engine, readStdin: () => Promise<Uint8Array>, keeping?: SectionKeeping, overlapSections = false): Promise<FileOutcome> {
  // The bytes stay until the file is settled, though only `--fix` and the cache read them again:
  // dropped here, a large file's buffer (mapped memory of its own) raised glibc's threshold for
  // such mappings to its size once freed, so the buffers of every later section came from the
  // process heap and fragmented it (the 5 MB file peaked about 5 MB higher, bench/memory).
  return checkRead(await readInput(task, readStdin), engine, keeping, overlapSections)
}

/**
 * Check (or fix) an input already read by `readInput`; failures become `error`.
 * A text checked in sections hands each section's packed messages and its
 * claims to `keeping.store` when given (held until the file was done, its
 * messages were 45 MB and its claims about 15 MB of the 5 MB file's peak),
 * else keeps the messages in `sections`. `overlapSections`: see `CheckInput.overlapSections`
 * (with the claims thread).
 */
export async function checkRead(outcome: FileOutcome, engine: Engine, keeping?: SectionKeeping, overlapSections = false): Promise<FileOutcome> {
  const {task} = outcome
  if (!outcome.decoded) return outcome
  const sections: Stored[] = []
  const input = {
    value: outcome.decoded.text,
    format: task.format,
    path: task.display,
    data: {encoding: outcome.encoding},
    ...(overlapSections ? {overlapSections} : {}),
    // A text checked in sections hands over each section's messages, packed at once: one section's objects at a time.
    ...(task.fix
      ? {}
      : {
          takeMessages: (messages: VFileMessage[]) => {
            const packed = packMessageList(messages)
            sections.push(keeping ? keeping.store.put(packed, true) : packed)
            collectGarbage()
          },
          ...(keeping ? {keepClaims: keepClaimsIn(keeping.store), compactSection: keeping.compact} : {})
        })
  }
  try {
    if (task.fix) {
      const fixed = await fixText(engine, input)
      outcome.file = fixed.file
      outcome.output = fixed.output
      outcome.fixed = fixed.fixed.length
    } else {
      outcome.file = await engine.check(input)
      if (sections.length > 0 && keeping) outcome.storedSections = sections
      else if (sections.length > 0) outcome.sections = sections as Uint8Array[]
    }
  } catch (error) {
    outcome.error = {code: 'check-failed', message: `could not be checked (${describe(error)})`}
  }
  return outcome
}

/** `CheckInput.keepClaims` over a store: a section's claims as one buffer of their structured-clone form. */
function keepClaimsIn(store: Pick<SpillStore, 'put' | 'get'>): (claims: unknown[]) => () => unknown[] {
  return (claims) => {
    const stored = store.put(v8Serialize(claims), true)
    return () => v8Deserialize(store.get(stored)) as unknown[]
  }
}

/**
 * A message as it crosses a thread boundary or sits in the cache. Rule id,
 * source, note and url are indexes into the file's `strings`: a file's
 * messages share a few of them, and a note (a long explanation) repeated in
 * every message was half of a cache entry.
 */
interface SerialMessage {
  reason: string
  place: VFileMessage['place']
  ruleId?: number | undefined
  source?: number | undefined
  fatal?: boolean | null | undefined
  url?: number | undefined
  actual?: string | undefined
  expected?: string[] | undefined
  note?: number | undefined
  data?: Record<string, unknown> | undefined
  /** The other place of a finding about two places (path, place, reason). */
  cause?: {reason: string; file?: string | undefined; place: VFileMessage['place']} | undefined
}

/** A `FileOutcome` in structured-clone form (VFile and messages flattened). */
export interface SerialOutcome extends Omit<FileOutcome, 'file'> {
  file?: {value: string; path?: string | undefined; data: Record<string, unknown>; messages: SerialMessage[]; strings: string[]}
}

/**
 * One copy of each message text (reason, note, actual) for a whole run. Rules
 * build these with templates, so every message holds its own copy of a note
 * that thousands of messages share; keeping one copy cut the memory kept per
 * checked article by 30% (200 → 141 KB on the scale archive).
 */
export class SharedStrings {
  private readonly table = new Map<string, string>()

  /** Point the outcome's messages at the run's copies of their texts; returns the outcome. */
  share(outcome: FileOutcome): FileOutcome {
    for (const message of outcome.file?.messages ?? []) {
      const reason = this.copyOf(message.reason)
      if (message.message === message.reason) message.message = reason
      message.reason = reason
      if (message.note !== undefined) message.note = this.copyOf(message.note)
      if (message.actual !== undefined) message.actual = this.copyOf(message.actual)
    }
    return outcome
  }

  private copyOf(value: string): string {
    const known = this.table.get(value)
    if (known !== undefined) return known
    this.table.set(value, value)
    return value
  }
}

/** Flatten an outcome so it can be posted between threads or cached. */
export function serialize(outcome: FileOutcome): SerialOutcome {
  const {file, ...rest} = outcome
  if (!file) return rest
  const {messages, strings} = flattenMessages(file.messages)
  return {...rest, file: {value: String(file.value), path: file.path, data: file.data as Record<string, unknown>, messages, strings}}
}

/** Rebuild an outcome posted by a worker or read from the cache. */
export function deserialize(serial: SerialOutcome): FileOutcome {
  const {file: flat, ...rest} = serial
  if (!flat) return rest
  const file = new VFile({value: flat.value, path: flat.path})
  Object.assign(file.data, flat.data)
  file.messages = rebuildMessages(flat.messages, flat.strings, file.path ?? '')
  return {...rest, file}
}

/**
 * Move a checked file's messages out of the heap: they become one buffer of
 * their flat form and `file.messages` is left empty for the corpus phase.
 * Messages were two thirds of the memory a run keeps per article (about
 * 190 of them, 137 KB as objects); packed they take a few KB off the heap.
 */
export function packMessages(file: VFile): Uint8Array {
  const all = file.messages
  file.messages = []
  return packMessageList(all)
}

/** Pack a list of messages as `packMessages` does; the list is emptied as it is packed. */
export function packMessageList(all: VFileMessage[]): Uint8Array {
  const batches: Uint8Array[] = []
  // In batches, each batch's messages let go once packed: a file with 100 000
  // messages never has them twice, as objects and in flat form.
  for (let start = 0; start < all.length; start += packBatch) {
    batches.push(v8Serialize(flattenMessages(all.slice(start, start + packBatch))))
    all.fill(undefined as never, start, start + packBatch)
  }
  all.length = 0
  return v8Serialize(batches)
}

/** Messages packed together (each batch has its own string table). */
const packBatch = 4096

/** The messages `packMessages` packed, as `VFileMessage`s of the file at `path` again. */
export function unpackMessages(packed: Uint8Array, path: string): VFileMessage[] {
  const messages: VFileMessage[] = []
  for (const message of unpackLazily(packed, path)) messages.push(message)
  return messages
}

/** The messages `packMessages` packed, rebuilt one batch at a time as they are read. */
export function* unpackLazily(packed: Uint8Array, path: string): Generator<VFileMessage> {
  for (const batch of v8Deserialize(packed) as Uint8Array[]) {
    const {messages: flat, strings} = v8Deserialize(batch) as {messages: SerialMessage[]; strings: string[]}
    yield* rebuildMessages(flat, strings, path)
  }
}

/** Messages in flat form, rule ids, sources, urls and notes interned in `strings`. */
function flattenMessages(list: readonly VFileMessage[]): {messages: SerialMessage[]; strings: string[]} {
  const strings: string[] = []
  const indexes = new Map<string, number>()
  const intern = (value: string | null | undefined): number | undefined => {
    if (value === undefined || value === null) return undefined
    let index = indexes.get(value)
    if (index === undefined) {
      index = strings.push(value) - 1
      indexes.set(value, index)
    }
    return index
  }
  const messages = list.map((message) => ({
    reason: message.reason,
    place: message.place,
    ruleId: intern(message.ruleId),
    source: intern(message.source),
    fatal: message.fatal,
    url: intern(message.url),
    actual: message.actual,
    expected: message.expected,
    note: intern(message.note),
    data: message.data,
    cause: causeOf(message)
  }))
  return {messages, strings}
}

/** `VFileMessage`s from their flat form (the inverse of `flattenMessages`). */
function rebuildMessages(flat: readonly SerialMessage[], strings: readonly string[], path: string): VFileMessage[] {
  const rebuilt: VFileMessage[] = []
  // As when rules report: a message is an Error, and capturing a stack per
  // message would cost more than the rest of rebuilding it.
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    for (const message of flat) {
      const ruleId = message.ruleId === undefined ? undefined : strings[message.ruleId]
      const source = message.source === undefined ? undefined : strings[message.source]
      const one = new VFileMessage(message.reason, {
        place: message.place,
        ...(ruleId ? {ruleId} : {}),
        ...(source ? {source} : {})
      })
      one.file = path
      one.fatal = message.fatal
      if (message.url !== undefined) one.url = strings[message.url]
      if (message.actual !== undefined) one.actual = message.actual
      if (message.expected !== undefined) one.expected = message.expected
      if (message.note !== undefined) one.note = strings[message.note]
      if (message.data !== undefined) one.data = message.data
      if (message.cause) {
        const cause = new VFileMessage(message.cause.reason, {place: message.cause.place})
        cause.file = message.cause.file ?? ''
        one.cause = cause
      }
      rebuilt.push(one)
    }
  } finally {
    Error.stackTraceLimit = limit
  }
  return rebuilt
}

function causeOf(message: VFileMessage): SerialMessage['cause'] {
  const cause = message.cause
  if (!(cause instanceof VFileMessage)) return undefined
  return {reason: cause.reason, file: cause.file || undefined, place: cause.place}
}

let gc: (() => void) | undefined | null
/** Heap in use after the last collection `collectGarbage` ran. */
let liveAfterCollection = 0

/**
 * A full garbage collection between two sections of a large text, once the
 * heap grew by a quarter (at least 20 MB) since the last one. Each section
 * leaves its tree and messages as garbage; left to itself V8 let the heap
 * grow to several times what is alive (a 5 MB text peaked at 794 MB
 * resident, 443 MB with the heap capped at 300 MB, bench/memory). The bound
 * trades memory for CPU; on the 5 MB file of bench/memory, with sections of
 * 32 Ki characters (three runs each, loaded machine): never 334–338 MB and
 * 7.5–8.3 s user; at 40 MB 282–288 MB and 8.3–9.5 s; at 24 MB 270–272 MB and
 * 9.3–9.7 s; the earlier bound (a half, 96 MB) with sections of 256 Ki
 * 442–452 MB and 8.2–9.5 s. Once the sections' claims went to the run's
 * store (less alive, so each collection costs less), 32 MB instead of 40 gave
 * 186–189 MB instead of 193–204 at the same user time (8.5–8.9 s, three
 * interleaved runs, modules rather than the bundle); then, four interleaved
 * runs on a loaded machine: 32 MB 189–203 MB at 8.9–9.6 s, 20 MB 180–185 MB
 * at 9.6–10.2 s (5 % more), 16 MB 176–184 MB at 11.3–12.4 s (25 % more).
 * `--expose-gc` is set at run time as Jest does for `--logHeapUsage`; if that
 * fails, nothing is collected early.
 */
export function collectGarbage(): void {
  if (gc === undefined) {
    try {
      setFlagsFromString('--expose-gc')
      gc = runInNewContext('gc') as () => void
    } catch {
      gc = null
    }
  }
  if (!gc) return
  const used = getHeapStatistics().used_heap_size
  if (used < liveAfterCollection + Math.max(20 * 1024 * 1024, liveAfterCollection / 4)) return
  gc()
  liveAfterCollection = getHeapStatistics().used_heap_size
}

/** The nlcst tree takes many bytes of memory per byte of text: refuse clearly instead of running out of memory. */
function tooLarge(size: number, maxBytes: number): NonNullable<FileOutcome['error']> {
  return {
    code: 'too-large',
    message: `is ${(size / 1e6).toFixed(1)} MB, over the limit of ${(maxBytes / 1e6).toFixed(1)} MB (--max-file-size); split it or raise the limit`
  }
}

/**
 * Heap a check takes per byte of input, measured with `bench/memory`, with
 * room: Markdown and HTML are parsed whole (about 125 on a 5 MB file, tree,
 * messages and claims included); a large plain text is checked in sections
 * (packages/core/README.md), so what grows with it is its text, its corpus
 * data (claims, line fingerprints) and its packed messages up to the spill
 * store's budget (past it they go to disk): about 20 on 20 MB and more.
 * `--fix` keeps every message of the file as an object (`fixText` applies
 * them), so a fix is bounded as a whole parse is.
 */
function memoryPerInputByte(task: Pick<FileTask, 'format' | 'fix'>): number {
  return task.format === 'txt' && !task.fix ? 20 : 150
}

/** The largest input this process can check (or fix) without running out of heap, whatever --max-file-size says. */
function memoryBound(task: Pick<FileTask, 'format' | 'fix'>): number {
  return (getHeapStatistics().heap_size_limit * 0.8) / memoryPerInputByte(task)
}

/** Refuse a file the heap cannot hold the check of: a clear error instead of a crash after minutes. */
function tooLargeForMemory(size: number, task: Pick<FileTask, 'format' | 'fix'>): NonNullable<FileOutcome['error']> {
  const limit = getHeapStatistics().heap_size_limit
  return {
    code: 'too-large',
    message: `is ${(size / 1e6).toFixed(1)} MB; ${task.fix ? 'fixing' : 'checking'} it would take about ${((size * memoryPerInputByte(task)) / 1e9).toFixed(1)} GB, more than this process's heap of ${(limit / 1e9).toFixed(1)} GB (node --max-old-space-size raises it); split it`
  }
}
