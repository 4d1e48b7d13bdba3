import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {Severity} from '@jiaodui/lint-rule'

/** A point in a file: 1-based line and column, 0-based UTF-16 offset. */
export interface ReportPoint {
  line: number
  column: number
  offset: number
}

/** One message as the JSON report carries it (`schemas/report.schema.json`). */
export interface ReportMessage {
  ruleId: string
  source: string
  severity: Severity
  reason: string
  /** Index of the message's note in `report.rules[ruleId].notes` (see `noteOf`). */
  noteIndex?: number
  /** The message's note itself, when its rule's table of notes was full (`RuleTable`; see `noteOf`). */
  note?: string | undefined
  place: {start: ReportPoint; end: ReportPoint}
  actual?: string
  expected?: string[]
  data?: Record<string, unknown>
  cause?: {path?: string; place?: {start: ReportPoint; end: ReportPoint}; reason: string}
}

/** A file that could not be checked. */
export interface ReportError {
  code: string
  message: string
}

/** One file of a report. */
export interface ReportFile {
  path: string
  format?: string
  encoding?: string
  /** The region the script rules judged the article against, and how it was decided. */
  region?: {region: string; detected: boolean; reason: string}
  /** Messages whose fix was applied (by `--fix`). */
  fixed?: number
  messages: ReportMessage[]
  error?: ReportError
}

/** Counts over a whole run. */
export interface ReportSummary {
  files: number
  filesWithMessages: number
  filesWithErrors: number
  errors: number
  warnings: number
  infos: number
  fixable: number
  fixed: number
}

/**
 * What the messages of one rule share, written once per report: its docs link
 * and its notes (long explanations), which messages point at by index. Notes
 * and links repeated in every message were 44% of a report's size.
 */
export interface ReportRule {
  url?: string
  notes: string[]
}

/** The JSON report of a run. */
export interface Report {
  tool: {name: 'jiaodui'; version: string}
  files: ReportFile[]
  /** Rules with messages in the report, by id. */
  rules: Record<string, ReportRule>
  summary: ReportSummary
}

/** The note (long explanation) of a report message, if it has one. */
export function noteOf(rules: Report['rules'], message: ReportMessage): string | undefined {
  if (message.note !== undefined) return message.note
  return message.noteIndex === undefined ? undefined : rules[message.ruleId]?.notes[message.noteIndex]
}

/** How many distinct notes of one rule a `RuleTable` keeps by default. */
export const defaultNotesPerRule = 1000

/**
 * Collects rule urls and notes as messages are converted: each distinct note
 * of a rule is kept once, up to `notesPerRule` of them. Most rules have a few
 * notes shared by all their messages; a few write the message's own figures
 * into it (a clash between two articles quotes both sentences), and a table
 * of those grew with the run until the report was written (3.25 GB of heap
 * for the report of 100 000 articles, `bench/scale`). Past the bound a note
 * not yet in the table goes into its message (`ReportMessage.note`): the
 * table's memory is bounded, and such notes were written once either way.
 */
export class RuleTable {
  readonly rules: Record<string, ReportRule> = {}
  private readonly indexes = new Map<string, Map<string, number>>()

  constructor(private readonly notesPerRule = defaultNotesPerRule) {}

  /** Record a message's url and note; returns where the note goes: its index in the table, or the note when the table is full. */
  add(ruleId: string, url: string | undefined, note: string | undefined): {noteIndex: number} | {note: string} | undefined {
    let rule = this.rules[ruleId]
    if (!rule) {
      rule = this.rules[ruleId] = url === undefined ? {notes: []} : {url, notes: []}
      this.indexes.set(ruleId, new Map())
    }
    if (note === undefined) return undefined
    const indexes = this.indexes.get(ruleId)!
    let index = indexes.get(note)
    if (index === undefined) {
      if (rule.notes.length >= this.notesPerRule) return {note}
      index = rule.notes.push(note) - 1
      indexes.set(note, index)
    }
    return {noteIndex: index}
  }
}

/** Severity of a vfile message: `fatal` true = error, false = warning, undefined = info. */
export function severityOf(message: VFileMessage): Severity {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

function point(value: {line?: number; column?: number; offset?: number | undefined} | undefined): ReportPoint {
  return {line: value?.line ?? 1, column: value?.column ?? 1, offset: value?.offset ?? 0}
}

/** Convert a vfile message to its report form; its url and note go to `table`. */
export function toReportMessage(message: VFileMessage, table: RuleTable = new RuleTable()): ReportMessage {
  const place = message.place
  const start = place && 'start' in place ? place.start : place
  const end = place && 'start' in place ? place.end : place
  const ruleId = message.ruleId ?? 'unknown'
  const note = table.add(ruleId, message.url ?? undefined, message.note ?? undefined)
  const result: ReportMessage = {
    ruleId,
    source: message.source ?? 'jiaodui',
    severity: severityOf(message),
    reason: message.reason,
    ...note,
    place: {start: point(start ?? undefined), end: point(end ?? undefined)}
  }
  if (message.actual !== undefined) result.actual = message.actual
  if (message.expected !== undefined) result.expected = [...message.expected]
  if (message.data !== undefined) result.data = message.data
  const cause = message.cause
  if (cause && typeof cause === 'object' && 'reason' in cause) {
    const other = cause as VFileMessage
    const otherPlace = other.place && 'start' in other.place ? other.place : undefined
    result.cause = {
      reason: other.reason,
      ...(other.file ? {path: other.file} : {}),
      ...(otherPlace ? {place: {start: point(otherPlace.start), end: point(otherPlace.end)}} : {})
    }
  }
  return result
}

/** Input of `buildReport`: one checked file, or one that failed. */
export interface ReportInput {
  path: string
  file?: VFile | undefined
  format?: string | undefined
  encoding?: string | undefined
  fixed?: number | undefined
  error?: ReportError | undefined
  /**
   * The file's messages, sorted, made one at a time and read once, in place of
   * `file.messages` (the CLI's files checked in sections, whose hundreds of
   * thousands of messages are never all objects at once).
   */
  streamMessages?: (() => Iterable<VFileMessage>) | undefined
}

/** A report entry whose messages may still be being made (`reportFiles`): iterate them once. */
export type ReportFileEntry = Omit<ReportFile, 'messages'> & {messages: ReportMessage[] | Iterable<ReportMessage>}

/** Build the JSON report of a run; files sorted by path, messages by offset. */
export function buildReport(inputs: readonly ReportInput[], version: string): Report {
  const summary = emptySummary()
  const table = new RuleTable()
  const files: ReportFile[] = []
  for (const entry of reportFiles(inputs, summary, table)) {
    files.push(Array.isArray(entry.messages) ? (entry as ReportFile) : {...entry, messages: [...entry.messages]})
  }
  return {tool: {name: 'jiaodui', version}, files, rules: table.rules, summary}
}

/** A summary with every count at zero. */
export function emptySummary(): ReportSummary {
  return {files: 0, filesWithMessages: 0, filesWithErrors: 0, errors: 0, warnings: 0, infos: 0, fixable: 0, fixed: 0}
}

/**
 * The report entries of `inputs`, sorted by path, made one at a time (a
 * reporter can write each before the next is made); counts go to `summary`,
 * urls and notes to `table`.
 */
export function* reportFiles(inputs: readonly ReportInput[], summary: ReportSummary, table: RuleTable): Generator<ReportFileEntry> {
  for (const input of [...inputs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    // Read once: a reporter's input may make its file when asked (the CLI unpacks packed messages).
    const file = input.file
    if (input.streamMessages) {
      yield streamedEntry(input, file, input.streamMessages, summary, table)
      continue
    }
    const messages = (file?.messages ?? []).map((message) => toReportMessage(message, table))
    const entry: ReportFile = {path: input.path, messages, ...fileFields(input, file)}
    summary.files++
    if (messages.length > 0) summary.filesWithMessages++
    if (input.error) summary.filesWithErrors++
    summary.fixed += input.fixed ?? 0
    for (const message of messages) count(message, summary)
    yield entry
  }
}

function count(message: ReportMessage, summary: ReportSummary): void {
  if (message.severity === 'error') summary.errors++
  else if (message.severity === 'warning') summary.warnings++
  else summary.infos++
  if (message.expected && message.expected.length > 0) summary.fixable++
}

/**
 * The entry of an input that streams its messages: the same keys in the same
 * order as any entry, its messages converted and counted as they are read
 * (the summary is complete once every entry's messages were read).
 */
function streamedEntry(
  input: ReportInput,
  file: VFile | undefined,
  stream: () => Iterable<VFileMessage>,
  summary: ReportSummary,
  table: RuleTable
): ReportFileEntry {
  function* messages(): Generator<ReportMessage> {
    let first = true
    for (const message of stream()) {
      const converted = toReportMessage(message, table)
      if (first) summary.filesWithMessages++
      first = false
      count(converted, summary)
      yield converted
    }
  }
  const entry: ReportFileEntry = {path: input.path, messages: messages(), ...fileFields(input, file)}
  summary.files++
  if (input.error) summary.filesWithErrors++
  summary.fixed += input.fixed ?? 0
  return entry
}

/** A report file's fields besides its path and messages, in the schema's order, each only when known. */
function fileFields(input: ReportInput, file: VFile | undefined): Omit<ReportFile, 'path' | 'messages'> {
  const fields: Omit<ReportFile, 'path' | 'messages'> = {}
  if (input.format !== undefined) fields.format = input.format
  if (input.encoding !== undefined) fields.encoding = input.encoding
  const region = file?.data['region'] as ReportFile['region'] | undefined
  if (region) fields.region = {region: region.region, detected: region.detected, reason: region.reason}
  if (input.fixed !== undefined) fields.fixed = input.fixed
  if (input.error !== undefined) fields.error = input.error
  return fields
}
