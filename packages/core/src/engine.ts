import type {Root as NlcstRoot} from 'nlcst'
import type {Processor} from 'unified'
import {unified} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import retextChinese from '@jiaodui/parser-zh'
import {checkDataOrder, contentHash, isCorpusRule, resolveSeverity, type AnyRule, type RuleSettings, type SeveritySetting} from '@jiaodui/lint-rule'
import {widenDeletions} from './blocks.js'
import {applyDirectives, findDirectives, keepUnsilenced} from './directives.js'
import {FileSet} from './file-set.js'
import {SectionData, shiftMessage, splitSections, type Section} from './sections.js'

/** Input formats the engine understands. */
export type Format = 'txt' | 'md' | 'html'

/** Configuration after discovery and validation: what the engine runs. */
export interface ResolvedConfig {
  /** Rule id → settings. Rules absent here run with their defaults. */
  rules?: Record<string, RuleSettings | SeveritySetting> | undefined
  /** Shared settings every rule can read from `file.data.settings`. */
  settings?: Record<string, unknown> | undefined
}

/** One text to check. */
export interface CheckInput {
  value: string
  format: Format
  /** Path used in messages and reports; no file is read. */
  path?: string | undefined
  /** Extra data attached to the file before rules run (e.g. encoding). */
  data?: Record<string, unknown> | undefined
  /**
   * For a text checked in sections (longer than the engine's `sectionedAbove`):
   * each section's finished messages (positions in the whole text, directives
   * applied, sorted; sections in order) are handed here as soon as the
   * section is checked, instead of being gathered in `file.messages`, so a
   * caller can store them compactly. Unused for texts checked whole.
   */
  takeMessages?: ((messages: VFileMessage[]) => void) | undefined
  /**
   * For a text checked in sections: each section's claims (`data.claims`,
   * positions in the whole text) are handed here as soon as the section is
   * checked, and the function returned gives them back. The file's `claims`
   * are then read through these functions when first read, so a caller can
   * keep a long text's claims off the heap (on disk) while its later sections
   * are checked instead of letting them add up. Unused for texts checked whole.
   */
  keepClaims?: ((claims: unknown[]) => () => unknown[]) | undefined
  /**
   * For a text checked in sections: applied to each section's file before its
   * data is gathered (a runner's `Engine.compact`, of the engine whose corpus
   * phase will read the data; the whole file then needs none), so what the
   * corpus phase will not read is dropped as the sections are checked.
   */
  compactSection?: ((file: VFile) => void) | undefined
  /**
   * For a text checked in sections: check the next section while one waits (a rule awaiting work
   * done on another thread, as the claim rules do with the CLI's claims thread), two at a time
   * after the first (whose metadata dates the others). Messages, data and `takeMessages` stay in
   * section order. Without such waiting it gains nothing and keeps two sections' trees.
   */
  overlapSections?: boolean | undefined
}

declare module 'vfile' {
  interface DataMap {
    /** Shared settings from the config. */
    settings: Record<string, unknown>
  }
}

/** How an engine is made beyond rules and config. */
export interface EngineOptions {
  /**
   * The run's file set: corpus rules register their completers on it. Give the
   * same set to engines whose files are completed together; by default each
   * engine has its own.
   */
  fileSet?: FileSet | undefined
  /**
   * Plain-text inputs checked in sections (see `sectionedAbove`) are cut into
   * sections of about this many characters (UTF-16 code units), at paragraph
   * boundaries, so that only one section's tree and messages are in memory
   * at a time (packages/core/README.md, "Large files"). Default
   * `defaultSectionSize`; `Infinity` checks every text whole.
   */
  sectionSize?: number | undefined
  /**
   * Plain-text inputs longer than this many characters are checked in
   * sections. Default: `sectionSize` when that is given (a test or benchmark
   * sets one number for both), else `defaultSectionedAbove`.
   */
  sectionedAbove?: number | undefined
  /**
   * `file.data` keys the caller reads after the check (the CLI's index step reads `claims`). A
   * rule turned off runs only when its data is needed: by a rule that is on, by the report
   * (`region`) or by the caller; otherwise it is not attached at all (turning the four claim rules
   * off used to save nothing: they still extracted every claim).
   */
  keepData?: readonly string[] | undefined
}

/**
 * Characters of plain text above which a text is checked in sections: 256 Ki
 * characters (about 750 KB of Chinese in UTF-8), far above any article, so
 * that an article, or a long report, is always checked whole (a cut has its
 * deliberate differences, README "Large files").
 */
export const defaultSectionedAbove = 256 * 1024

/**
 * Characters of one section of a text checked in sections: 32 Ki (about
 * 100 KB of Chinese). A section's tree and messages take about 250 bytes per
 * character while it is checked, and V8 lets that garbage pile up between
 * collections: on the 5 MB file of bench/memory, sections of 256 Ki peaked at
 * 441–452 MB and 32 Ki at 334–338 MB, in the same user CPU (the report is
 * identical there; every cut is a place where the differences listed in the
 * README can occur).
 */
export const defaultSectionSize = 32 * 1024

/** Map an extension to a format; `undefined` when jiaodui does not check it. */
export function formatFromPath(path: string): Format | undefined {
  const match = /\.([a-z\d]+)$/i.exec(path)
  switch (match?.[1]?.toLowerCase()) {
    case 'txt':
    case 'text':
      return 'txt'
    case 'md':
    case 'markdown':
    case 'mdown':
    case 'mkd':
      return 'md'
    case 'html':
    case 'htm':
    case 'xhtml':
      return 'html'
    default:
      return undefined
  }
}

type AnyProcessor = Processor<any, any, any, any, any>

/** A configured engine: holds the frozen processors, one per format. */
export interface Engine {
  readonly rules: readonly AnyRule[]
  /** The rules attached to its processors: those that are on, and those whose data is needed (`rulesToRun`). */
  readonly attached: readonly AnyRule[]
  /** The file set corpus rules registered their completers on. */
  readonly fileSet: FileSet
  /** Check one text; messages sorted by position. */
  check(input: CheckInput): Promise<VFile>
  /**
   * Run the corpus phase of corpus rules over files checked by this engine.
   * With `drain`, the corpus phase's messages leave the files as they are made:
   * whenever `hold` of them (default 20 000) wait, each file's new messages are
   * finished (deletions widened, directives applied, sorted) and handed to
   * `drain`, so a run of many files never holds them all.
   */
  complete(files: VFile[], options?: CompleteOptions): Promise<void>
  /** The nlcst tree of a text (positions into the original), without running rules. */
  parse(input: CheckInput): Promise<{tree: NlcstRoot; file: VFile}>
  /**
   * Drop what a checked file's data holds that this engine's corpus phase will
   * not read (each corpus rule's `compact`): for runners holding many files
   * until the corpus phase, and only when nothing else reads that data later.
   */
  compact(file: VFile): void
}

/** How `Engine.complete` hands over the corpus phase's messages. */
export interface CompleteOptions {
  /** Takes a file's finished corpus messages (sorted); the file keeps none of them. */
  drain?: ((file: VFile, messages: VFileMessage[]) => void) | undefined
  /** Messages waiting before they are drained. */
  hold?: number | undefined
}

/** Look up a rule's settings in a config. */
export function settingsFor(
  config: ResolvedConfig,
  ruleId: string
): RuleSettings | SeveritySetting | undefined {
  return config.rules?.[ruleId]
}

/**
 * Create an engine for a set of rules and a resolved config. Rule options are
 * validated here, once (throws `RuleOptionsError`).
 */
export function createEngine(
  rules: readonly AnyRule[],
  config: ResolvedConfig = {},
  options: EngineOptions = {}
): Engine {
  const known = checkRuleSet(rules, config)
  const fileSet = options.fileSet ?? new FileSet()
  const sectionSize = options.sectionSize ?? defaultSectionSize
  if (!(sectionSize >= 1)) throw new Error(`sectionSize must be at least 1, not ${sectionSize}`)
  const sectionedAbove = options.sectionedAbove ?? options.sectionSize ?? defaultSectionedAbove
  if (!(sectionedAbove >= 1)) throw new Error(`sectionedAbove must be at least 1, not ${sectionedAbove}`)
  const processors = new Map<Format, AnyProcessor>()
  const parsers = new Map<Format, AnyProcessor>()
  const attached = rulesToRun(rules, config, options.keepData ?? [])

  /** The frozen processor for a format, with the rules attached or (`withRules` false) parsing only. */
  function processorFor(format: Format, withRules = true): AnyProcessor {
    const cache = withRules ? processors : parsers
    let processor = cache.get(format)
    if (!processor) {
      processor = buildProcessor(format, withRules ? attached : [], config, fileSet)
      cache.set(format, processor)
    }
    return processor
  }

  // Attach the rules once up front so bad options fail before any file (the
  // other formats attach the same rules with the same options).
  processorFor('txt')

  return {
    rules,
    attached,
    fileSet,
    async check(input) {
      await loadParsersFor(input.format)
      if (input.format === 'txt' && input.value.length > sectionedAbove) {
        return checkInSections(input, config, processorFor('txt'), sectionSize)
      }
      const file = createFile(input, config)
      await runProcessor(processorFor(input.format), file, input.format)
      finishMessages(file, known)
      return file
    },
    async parse(input) {
      await loadParsersFor(input.format)
      const file = createFile(input, config)
      const tree = await runProcessor(processorFor(input.format, false), file, input.format)
      return {tree, file}
    },
    compact(file) {
      // Optional call: corpus rules made before `compact` existed lack it.
      for (const rule of rules) if (isCorpusRule(rule)) rule.compact?.(file, settingsFor(config, rule.meta.ruleId) as never)
    },
    async complete(files, options = {}) {
      fileSet.files = files
      const before = files.map((file) => file.messages.length)
      if (options.drain) return completeDraining(fileSet, files, before, known, options.drain, options.hold ?? 20_000)
      await fileSet.complete()
      // Only the corpus phase's messages are new: widening twice would take a further blank line.
      files.forEach((file, index) => finishMessages(file, known, before[index]))
    }
  }
}

/**
 * Check that the config names only known rules and that the rules can run in
 * their order (data a rule reads comes from a rule before it); returns the
 * known rule ids.
 */
function checkRuleSet(rules: readonly AnyRule[], config: ResolvedConfig): Set<string> {
  const known = new Set(rules.map((rule) => rule.meta.ruleId))
  for (const id of Object.keys(config.rules ?? {})) {
    if (!known.has(id)) throw new Error(`Unknown rule \`${id}\``)
  }
  const problems = checkDataOrder(rules)
  if (problems.length > 0) throw new Error(`Rules in an order that cannot work: ${problems.join('; ')}`)
  return known
}

let formatParsers: typeof import('./format-parsers.js') | undefined

/** Load the Markdown and HTML parsers before the first input that needs them. */
async function loadParsersFor(format: Format): Promise<void> {
  if (format !== 'txt') formatParsers ??= await import('./format-parsers.js')
}

/** The unified parser chain that turns one input format into an nlcst tree. */
function parserChain(format: Format): AnyProcessor {
  if (format === 'txt') return unified().use(retextChinese) as AnyProcessor
  if (!formatParsers) throw new Error(`The ${format} parser is not loaded (loadParsersFor)`)
  return format === 'md' ? formatParsers.markdownChain() : formatParsers.htmlChain()
}

/** A frozen processor for one format with `rules` attached (their options validated now). */
function buildProcessor(format: Format, rules: readonly AnyRule[], config: ResolvedConfig, fileSet: FileSet): AnyProcessor {
  const base = parserChain(format)
  // One word node per Han run: rules read paragraph text, and dictionary
  // segmentation was the largest cost of parsing (packages/core/README.md).
  base.data('nlcstHanWords', 'run')
  for (const rule of rules) {
    base.use(rule as never, settingsFor(config, rule.meta.ruleId) as never, fileSet as never)
  }
  return base.freeze()
}

/**
 * The rules to attach: every rule that is on, and a rule that is off only when it produces data
 * that an attached rule consumes, that the report reads (`region`) or that the caller keeps.
 */
export function rulesToRun(rules: readonly AnyRule[], config: ResolvedConfig, keepData: readonly string[]): AnyRule[] {
  const isOn = (rule: AnyRule) => resolveSeverity(severityOf(settingsFor(config, rule.meta.ruleId)), rule.meta.defaultSeverity) !== undefined
  const needed = new Set<string>(['region', ...keepData])
  const kept = new Set(rules.filter(isOn))
  // Until nothing changes: a kept rule's own inputs may come from another rule that is off.
  for (let grew = true; grew; ) {
    grew = false
    for (const rule of kept) for (const key of rule.meta.consumes ?? []) needed.add(key)
    for (const rule of rules) {
      if (kept.has(rule) || !(rule.meta.produces ?? []).some((key) => needed.has(key))) continue
      kept.add(rule)
      grew = true
    }
  }
  return rules.filter((rule) => kept.has(rule))
}

/** The severity part of a rule's settings (a severity string, or `{severity, options}`). */
function severityOf(settings: RuleSettings | SeveritySetting | undefined): SeveritySetting | undefined {
  if (settings === undefined || typeof settings === 'string') return settings
  return settings.severity
}

/** The VFile for one input, carrying the shared settings, the format and the caller's data. */
function createFile(input: CheckInput, config: ResolvedConfig): VFile {
  const file = new VFile({value: input.value, path: input.path})
  file.data.settings = config.settings ?? {}
  file.data.format = input.format
  Object.assign(file.data, input.data)
  return file
}

/** Parse and run one file; a parser that runs out of stack becomes a plain error naming the format. */
async function runProcessor(processor: AnyProcessor, file: VFile, format: Format): Promise<NlcstRoot> {
  if (format === 'md') assertShallowMarkdown(String(file.value))
  try {
    return (await processor.run(processor.parse(file), file)) as NlcstRoot
  } catch (error) {
    // The unified parsers recurse per nesting level; say so instead of a bare RangeError.
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      throw new Error(
        `${format === 'html' ? 'HTML' : format === 'md' ? 'Markdown' : 'text'} nested too deeply to read (the parser ran out of stack)`,
        {cause: error}
      )
    }
    throw error
  }
}

/**
 * Check a long plain text in sections (`splitSections`): each section is
 * parsed and run through the rules as a file of its own, its messages moved
 * to the whole text's positions, filtered by the whole text's directives and
 * handed on (`takeMessages`) or gathered, and its tree dropped before the next
 * section. `file.data` gathers the sections' data (`SectionData`). Plain text
 * only: a line of text is a paragraph whatever surrounds it, so a cut between
 * lines changes no paragraph.
 */
async function checkInSections(input: CheckInput, config: ResolvedConfig, processor: AnyProcessor, size: number): Promise<VFile> {
  const {takeMessages, keepClaims, compactSection} = input
  const text = input.value
  const file = createFile(input, config)
  const directives = findDirectives(text)
  const idPrefix = input.path ?? ''
  const gathered = new SectionData(idPrefix, contentHash(text), keepClaims)
  const collected: VFileMessage[] = []
  let date: string | undefined
  const sections = splitSections(text, size)
  const run = async (section: Section): Promise<VFile> => {
    const part = createFile({...input, value: text.slice(section.start, section.end)}, config)
    // The article's date, as the first section's metadata gives it, stands for later sections that give none.
    if (date !== undefined && typeof part.data.settings?.['date'] !== 'string') part.data.settings = {...part.data.settings, date}
    await runProcessor(processor, part, 'txt')
    return part
  }
  const inFlight = new Map<number, Promise<VFile>>()
  let started = 0
  const ahead = input.overlapSections ? 2 : 1
  for (const [k, section] of sections.entries()) {
    // The first section alone (its metadata dates the others), then up to `ahead` at a time.
    while (started < sections.length && started < (k === 0 ? 1 : k + ahead)) {
      const running = run(sections[started] as Section)
      // (Its failure is thrown when it is awaited, in order; until then it is not unhandled.)
      running.catch(() => undefined)
      inFlight.set(started++, running)
    }
    const part = await (inFlight.get(k) as Promise<VFile>)
    inFlight.delete(k)
    for (const message of part.messages) shiftMessage(message, section, idPrefix)
    const messages = keepUnsilenced(part.messages, directives).sort(compareMessages)
    part.messages = []
    if (takeMessages) takeMessages(messages)
    else for (const message of messages) collected.push(message)
    compactSection?.(part)
    const {settings: _settings, format: _format, encoding: _encoding, ...data} = part.data as Record<string, unknown>
    if (section.start === 0) date = dateOf(data['meta'])
    gathered.add(data, section)
  }
  gathered.finish(file)
  file.messages = collected
  return file
}

/** The ISO date of an article's metadata (`file.data.meta.date`), if any. */
function dateOf(meta: unknown): string | undefined {
  const date = meta && typeof meta === 'object' ? (meta as {date?: unknown}).date : undefined
  return typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined
}

/** After the rules ran: widen deletions (of the messages from `from` on), apply inline directives, sort the messages. */
function finishMessages(file: VFile, known: ReadonlySet<string>, from = 0): void {
  widenDeletions(file, from)
  applyDirectives(file, known)
  sortMessages(file)
}

/** The corpus phase, its messages finished and drained from the files whenever `hold` of them wait (`Engine.complete`). */
async function completeDraining(
  fileSet: FileSet,
  files: readonly VFile[],
  before: readonly number[],
  known: ReadonlySet<string>,
  drain: (file: VFile, messages: VFileMessage[]) => void,
  hold: number
): Promise<void> {
  const indexOf = new Map(files.map((file, index) => [file, index]))
  const waiting = new Set<VFile>()
  let held = 0
  const flush = () => {
    for (const file of waiting) {
      const index = indexOf.get(file)
      if (index === undefined) continue
      // The new messages alone, finished as `complete` finishes them; the file keeps the older ones.
      const kept = file.messages.slice(0, before[index])
      file.messages = file.messages.slice(before[index])
      finishMessages(file, known)
      const finished = file.messages
      file.messages = kept
      if (finished.length > 0) drain(file, finished)
    }
    waiting.clear()
    held = 0
  }
  fileSet.reported = (file) => {
    waiting.add(file)
    if (++held >= hold) flush()
  }
  try {
    await fileSet.complete()
  } finally {
    fileSet.reported = undefined
  }
  flush()
}

/** Sort a file's messages by offset, then by rule id, so output is deterministic. */
export function sortMessages(file: VFile): void {
  file.messages.sort(compareMessages)
}

/** The order of `sortMessages`: offset, then rule id, then reason. */
export function compareMessages(a: VFileMessage, b: VFileMessage): number {
  return (
    (a.place && 'start' in a.place ? (a.place.start.offset ?? 0) : (a.place?.offset ?? 0)) -
      (b.place && 'start' in b.place ? (b.place.start.offset ?? 0) : (b.place?.offset ?? 0)) ||
    compareRuleIds(a.ruleId ?? '', b.ruleId ?? '') ||
    (a.reason === b.reason ? 0 : a.reason.localeCompare(b.reason))
  )
}

/**
 * Rule ids (`[a-z0-9-]`) in the order `localeCompare` gives them, without its
 * cost: the first `localeCompare` of a process loads ICU's collation data
 * (about 80 ms, a third of checking one article).
 */
function compareRuleIds(a: string, b: string): number {
  if (a === b) return 0
  if (!plainId.test(a) || !plainId.test(b)) return a.localeCompare(b)
  return a < b ? -1 : 1
}

const plainId = /^[a-z\d-]*$/

/** Deepest Markdown container nesting (lists, block quotes) jiaodui reads. */
export const maxMarkdownDepth = 100

/**
 * Refuse Markdown nested deeper than `maxMarkdownDepth`: the CommonMark parser
 * re-checks every open container on every line, so a list nested 1 000 deep
 * (1 MB) takes minutes. A container level needs at least two columns of
 * indentation or one `>`; articles never come near the limit.
 */
export function assertShallowMarkdown(text: string): void {
  let start = 0
  while (start < text.length) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    let columns = 0
    let quotes = 0
    let index = start
    for (; index < end; index++) {
      const code = text.charCodeAt(index)
      if (code === 0x20) columns++
      else if (code === 0x09) columns += 4
      else if (code === 0x3e) quotes++
      else break
    }
    if (quotes > maxMarkdownDepth || columns / 2 > maxMarkdownDepth) {
      throw new Error(`Markdown nested deeper than ${maxMarkdownDepth} levels (line ${lineNumber(text, start)}); jiaodui does not read it`)
    }
    start = end + 1
  }
}

function lineNumber(text: string, offset: number): number {
  let line = 1
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line++
  return line
}
