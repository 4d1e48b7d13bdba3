import type {Root} from 'nlcst'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import type {Point, Position} from 'unist'
import {createRequire} from 'node:module'
import type {Ajv2020} from 'ajv/dist/2020.js'
import type {ErrorObject, ValidateFunction} from 'ajv'
import {VFileMessage} from 'vfile-message'

export {checkDataOrder, dataKeys, type DataKey} from './data.js'
export type {OptionsOf} from './options.js'
import type {DataKey} from './data.js'
export {candidateTexts, paragraphsOf, paragraphText, type ParagraphPiece, type ParagraphText} from './tree.js'
export {joinLeaves, joinNode, leavesOf, locate, sourceOf, type FileSpan, type JoinedText, type Leaf, type Piece, type TreeNode} from './text.js'

/** Severity of a message as reported: `error` (fatal), `warning`, `info`. */
export type Severity = 'error' | 'warning' | 'info'

/** Severity as written in configuration; `off` disables the rule. */
export type SeveritySetting = 'off' | 'info' | 'warn' | 'error'

/** The rule families of jiaodui, used by `jiaodui rules` and the docs. */
export type RuleFamily = 'boilerplate' | 'script' | 'numbers' | 'general'

/** JSON Schema (2020-12) object, kept loose on purpose: ajv checks it. */
export type JsonSchema = Record<string, unknown>

/** Base address of rule documentation; `<base><rule-id>#readme`. */
export const docsBase = 'https://github.com/jiaodui/jiaodui/tree/main/rules/'

/** Static description of a rule: everything the CLI, docs and schemas need. */
export interface RuleMeta {
  /** `jiaodui:<rule-id>`: splits into `source` and `ruleId`. */
  origin: `jiaodui:${string}`
  family: RuleFamily
  /** One line: what the rule finds. */
  description: string
  /** Severity when the config does not say. */
  defaultSeverity: Severity
  /** Whether messages carry an automatic fix (`expected[0]`). */
  fixable: boolean
  /** JSON Schema of the options object; absent = the rule takes no options. */
  optionsSchema?: JsonSchema
  /** Documentation URL; derived from the rule id when absent. */
  url?: string
  /** Keys of `file.data` this rule writes for later plugins (see `dataKeys`); it runs for them even when off. */
  produces?: DataKey[]
  /** Keys of `file.data` this rule reads; their producers must run before it (`checkDataOrder`). */
  consumes?: DataKey[]
}

/** Per-rule settings after config resolution. */
export interface RuleSettings<Options = unknown> {
  severity?: SeveritySetting | undefined
  options?: Options | undefined
}

/** What a rule passes to `report`: where, and what to say. */
export interface ReportOptions {
  /** Node or position the message is about. */
  place: Position | Point | {position?: Position | undefined}
  /** The exact source slice (defaults to the slice at `place` when the text is known). */
  actual?: string | undefined
  /**
   * Replacements: `undefined` = not fixable, `[]` = fixable but no single
   * suggestion, `[x, …]` = `x` is the autofix, `['']` = delete.
   */
  expected?: string[] | undefined
  /** Longer explanation: why, and the standard cited. */
  note?: string | undefined
  /** Rule-specific data (e.g. the boilerplate kind). Must be JSON-serialisable. */
  data?: Record<string, unknown> | undefined
  /** For cross-file findings: the other place. */
  cause?: Error | VFileMessage | undefined
  /**
   * The rule is unsure (a name it cannot tell, a frame it inferred): the
   * message is `info`, whatever the configured severity, and its data says
   * `uncertain: true`. When unsure, say less.
   */
  uncertain?: boolean | undefined
}

declare module 'vfile-message' {
  interface VFileMessage {
    /** Rule-specific, JSON-serialisable data. */
    data?: Record<string, unknown> | undefined
  }
}

/** Function a rule calls to emit one message. */
export type Report = (reason: string, options: ReportOptions) => VFileMessage

/** Context handed to a rule on each run. */
export interface RuleContext<Options> {
  options: Options
  report: Report
  severity: Severity
}

/** The body of a per-file rule. */
export type RuleFunction<Options> = (
  tree: Root,
  file: VFile,
  context: RuleContext<Options>
) => void | Promise<void>

/** A rule: a unified plugin with its meta attached. */
export type Rule<Options = unknown> = Plugin<
  [(RuleSettings<Options> | SeveritySetting | undefined)?],
  Root,
  Root
> & {meta: Required<Pick<RuleMeta, 'url'>> & RuleMeta & {ruleId: string}}

/**
 * The set of files of one run, as unified-engine's `FileSet` offers it to
 * plugins: a plugin attached with a file set registers a completer, which runs
 * once after every file of the set went through the per-file phase.
 */
export interface FileSetLike {
  /** Every file of the run (filled in by whoever runs the set). */
  readonly files: VFile[]
  /** Register a completer; completers with the same `pluginId` run once. */
  use(completer: Completer): unknown
  /**
   * Told each time a completer reported a message on a file, when the runner
   * wants to take the corpus phase's messages away as they are made (a run of
   * 100 000 articles gets hundreds of thousands of them).
   */
  reported?: ((file: VFile) => void) | undefined
}

/** A function run once over the whole file set. */
export type Completer = ((set: FileSetLike) => void | Promise<void>) & {pluginId?: string | symbol}

/**
 * A corpus rule: a unified plugin like any rule (its transformer records facts
 * in `file.data`), whose comparison across files runs in a completer. Attached
 * with a file set (`processor.use(rule, settings, fileSet)`) it registers the
 * completer there; attached without one (a user's own pipeline) it compares the
 * single file it sees, right after collecting.
 */
export type CorpusRule<Options = unknown> = Plugin<
  [(RuleSettings<Options> | SeveritySetting | undefined)?, (FileSetLike | undefined)?],
  Root,
  Root
> & {
  meta: Rule['meta'] & {corpus: true}
  /** Run the corpus phase over `files` directly (tests, and engines without a file set). */
  complete(files: VFile[], settings?: RuleSettings<Options> | SeveritySetting): Promise<void>
  /**
   * After a file's per-file phase: drop what this rule recorded in `file.data`
   * that its corpus phase will not read (a runner holding thousands of files
   * calls it; nothing else may need the data afterwards).
   */
  compact(file: VFile, settings?: RuleSettings<Options> | SeveritySetting): void
}

/** Error thrown when a rule's options do not validate. */
export class RuleOptionsError extends Error {
  readonly ruleId: string
  readonly errors: Array<{pointer: string; message: string}>
  constructor(ruleId: string, errors: Array<{pointer: string; message: string}>) {
    super(
      `Invalid options for rule \`${ruleId}\`: ` +
        errors.map((error) => `${error.pointer || '/'} ${error.message}`).join('; ')
    )
    this.name = 'RuleOptionsError'
    this.ruleId = ruleId
    this.errors = errors
  }
}

/** Whether `value` is a real calendar date written YYYY-MM-DD (JSON Schema's `format: date`; not 2018-13-45). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/** The formats jiaodui's schemas use, for every ajv instance that compiles them. */
export const schemaFormats = {date: isCalendarDate} as const

// Loaded and made on first compile: loading ajv (about 80 modules) and creating it
// (which compiles the 2020-12 meta-schema) cost more than the rest of start-up, and a
// run whose rules all take their default options never needs them. `require` keeps
// `compileSchema` synchronous, as its callers are.
let ajv: Ajv2020 | undefined
const validators = new WeakMap<JsonSchema, ValidateFunction>()

/**
 * Compile a JSON Schema (strict, all errors, defaults filled in), once per
 * schema object. Rules and their data share one ajv instance, so the 2020-12
 * meta-schema that checks each schema is compiled once per process.
 */
export function compileSchema(schema: JsonSchema): ValidateFunction {
  let validate = validators.get(schema)
  if (!validate) {
    if (!ajv) {
      const {Ajv2020: Ajv} = createRequire(import.meta.url)('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js')
      ajv = new Ajv({strict: true, allErrors: true, useDefaults: true, formats: schemaFormats})
    }
    validate = ajv.compile(schema)
    validators.set(schema, validate)
  }
  return validate
}

/** Turn ajv errors into `{pointer, message}` pairs. */
export function formatAjvErrors(
  errors: ErrorObject[] | null | undefined
): Array<{pointer: string; message: string}> {
  // `if`/`then`/`else` adds a summary error (`must match "else" schema`) after the real one: drop it.
  return (errors ?? []).filter((error) => error.keyword !== 'if').map((error) => {
    let message = error.message ?? 'is invalid'
    if (error.keyword === 'additionalProperties') {
      message = `has unknown property \`${String(error.params['additionalProperty'])}\``
    } else if (error.keyword === 'enum') {
      message += `: ${JSON.stringify(error.params['allowedValues'])}`
    }
    return {pointer: error.instancePath, message}
  })
}

/** Validate (and fill defaults of) `options` against the rule's schema; throws `RuleOptionsError`. */
export function validateOptions<Options>(meta: RuleMeta & {ruleId: string}, options: unknown): Options {
  const copy: unknown = options === undefined ? {} : structuredClone(options)
  if (!meta.optionsSchema) {
    if (options !== undefined && !(isPlainObject(options) && Object.keys(options).length === 0)) {
      throw new RuleOptionsError(meta.ruleId, [{pointer: '', message: 'takes no options'}])
    }
    return copy as Options
  }
  if (options === undefined || (isPlainObject(options) && Object.keys(options).length === 0)) {
    const defaults = schemaDefaults(meta.optionsSchema)
    if (defaults) return defaults as Options
  }
  const validate = compileSchema(meta.optionsSchema)
  if (!validate(copy)) {
    throw new RuleOptionsError(meta.ruleId, formatAjvErrors(validate.errors))
  }
  return copy as Options
}

/** Keywords `schemaDefaults` follows at the top of an options schema; any other sends the options to ajv. */
const followedKeywords = new Set(['type', 'properties', 'additionalProperties', 'description', 'title', '$comment'])

/**
 * The options ajv would produce from `{}` for an options schema: an object with
 * each property's `default`, read directly so that rules given no options do
 * not compile their schema. Returns `undefined` (ajv then decides) for schemas
 * this reading does not follow: other top-level keywords such as `required`,
 * or an object or array default whose schema holds more defaults.
 */
export function schemaDefaults(schema: JsonSchema): Record<string, unknown> | undefined {
  if (schema['type'] !== 'object' || !isPlainObject(schema['properties'])) return undefined
  for (const keyword of Object.keys(schema)) {
    if (!followedKeywords.has(keyword)) return undefined
  }
  const defaults: Record<string, unknown> = {}
  for (const [name, property] of Object.entries(schema['properties'])) {
    if (!isPlainObject(property)) return undefined
    if (!('default' in property)) continue
    const value = property['default']
    // ajv would go on to fill defaults inside an object or array default.
    if (typeof value === 'object' && value !== null && holdsDefault({...property, default: undefined})) return undefined
    defaults[name] = structuredClone(value)
  }
  return defaults
}

/** Whether a `default` keyword appears anywhere in a schema. */
function holdsDefault(schema: unknown): boolean {
  if (Array.isArray(schema)) return schema.some(holdsDefault)
  if (!isPlainObject(schema)) return false
  return Object.entries(schema).some(([key, value]) => (key === 'default' && value !== undefined) || holdsDefault(value))
}

/** Map a configured severity to the reported one; `undefined` for `off`. */
export function resolveSeverity(
  setting: SeveritySetting | undefined,
  fallback: Severity
): Severity | undefined {
  switch (setting) {
    case undefined:
      return fallback
    case 'off':
      return undefined
    case 'warn':
      return 'warning'
    default:
      return setting
  }
}

/** Split an origin `jiaodui:<rule-id>` and derive the rule's url. */
function completeMeta(meta: RuleMeta): Rule['meta'] {
  const match = /^jiaodui:([a-z][a-z\d]*(?:-[a-z\d]+)*)$/.exec(meta.origin)
  if (!match || !match[1]) {
    throw new Error(`Invalid rule origin \`${meta.origin}\`: expected \`jiaodui:<kebab-case-id>\``)
  }
  const ruleId = match[1]
  return {...meta, ruleId, url: meta.url ?? `${docsBase}${ruleId}#readme`}
}

function normaliseSettings<Options>(
  settings: RuleSettings<Options> | SeveritySetting | undefined
): RuleSettings<Options> {
  if (settings === undefined) return {}
  if (typeof settings === 'string') return {severity: settings}
  return settings
}

/**
 * Make the `report` function of one rule run: it owns `source`, `ruleId`,
 * `url`, severity and `actual`, so rules never set them by hand.
 */
export function createReporter(meta: Rule['meta'], file: VFile, severity: Severity): Report {
  const text = typeof file.value === 'string' ? file.value : undefined
  return function report(reason, options) {
    const place = toPlace(options.place)
    // A message is an Error: capturing its stack costs more than the rest of
    // reporting, and a message's place is its position, not a stack.
    const limit = Error.stackTraceLimit
    Error.stackTraceLimit = 0
    let message: VFileMessage
    try {
      message = file.message(reason, {
        place,
        ruleId: meta.ruleId,
        source: 'jiaodui',
        ...(options.cause ? {cause: options.cause} : {})
      })
    } finally {
      Error.stackTraceLimit = limit
    }
    message.fatal = options.uncertain ? undefined : severity === 'error' ? true : severity === 'warning' ? false : undefined
    message.url = meta.url
    let actual = options.actual
    if (
      actual === undefined &&
      text !== undefined &&
      place &&
      'start' in place &&
      place.start.offset !== undefined &&
      place.end.offset !== undefined
    ) {
      actual = ownCopy(text.slice(place.start.offset, place.end.offset))
    }
    if (actual !== undefined) message.actual = actual
    if (options.expected !== undefined) message.expected = options.expected
    if (options.note !== undefined) message.note = options.note
    if (options.data !== undefined || options.uncertain) message.data = {...options.data, ...(options.uncertain ? {uncertain: true} : {})}
    return message
  }
}

function toPlace(place: ReportOptions['place']): Position | Point | undefined {
  if ('position' in place) return place.position
  return place as Position | Point
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Create a per-file rule: a unified plugin taking `{severity, options}` (or a
 * severity string), validating options once when attached.
 */
export function lintRule<Options = Record<string, never>>(
  meta: RuleMeta,
  rule: RuleFunction<Options>
): Rule<Options> {
  const full = completeMeta(meta)
  const plugin = function (settings?: RuleSettings<Options> | SeveritySetting) {
    const {severity: setting, options} = normaliseSettings(settings)
    const severity = resolveSeverity(setting, full.defaultSeverity)
    const resolved = validateOptions<Options>(full, options)
    if (!severity) {
      // A rule that is off still writes the data later plugins read; its messages are dropped.
      if (!full.produces?.length) return
      return async function (tree: Root, file: VFile) {
        const before = file.messages.length
        await rule(tree, file, {options: resolved, report: createReporter(full, file, 'info'), severity: 'info'})
        file.messages.length = before
      }
    }
    return async function (tree: Root, file: VFile) {
      const report = createReporter(full, file, severity)
      await rule(tree, file, {options: resolved, report, severity})
    }
  } as Rule<Options>
  Object.defineProperty(plugin, 'name', {value: full.ruleId})
  plugin.meta = full
  return plugin
}

/** What the corpus phase of a rule receives. */
export interface CompleteContext<Options> {
  options: Options
  severity: Severity
  reporter: (file: VFile) => Report
}

/**
 * Create a corpus rule: `collect` runs per file (in the plugin's transformer),
 * `complete` runs once over every file of the run, in a completer registered on
 * the file set the plugin was attached with (unified-engine's contract), or on
 * the single file when there is no file set. `compact`, when given, trims a
 * file's data to what `complete` reads (see `CorpusRule.compact`).
 */
export function corpusRule<Options = Record<string, never>>(
  meta: RuleMeta,
  collect: RuleFunction<Options>,
  complete: (files: VFile[], context: CompleteContext<Options>) => void | Promise<void>,
  compact?: (file: VFile, context: CompleteContext<Options>) => void
): CorpusRule<Options> {
  const full = {...completeMeta(meta), corpus: true as const}
  const contextFor = (settings: RuleSettings<Options> | SeveritySetting | undefined): CompleteContext<Options> | undefined => {
    const {severity: setting, options} = normaliseSettings(settings)
    const resolved = validateOptions<Options>(full, options)
    const severity = resolveSeverity(setting, full.defaultSeverity)
    if (!severity) return undefined
    return {options: resolved, severity, reporter: (file) => createReporter(full, file, severity)}
  }
  const plugin = function (settings?: RuleSettings<Options> | SeveritySetting, fileSet?: FileSetLike) {
    const context = contextFor(settings)
    if (!context) return
    if (fileSet) {
      const completer: Completer = async (set) => complete(set.files, set.reported ? telling(context, set.reported) : context)
      completer.pluginId = full.ruleId
      fileSet.use(completer)
    }
    return async function (tree: Root, file: VFile) {
      const report = context.reporter(file)
      await collect(tree, file, {options: context.options, report, severity: context.severity})
      if (!fileSet) await complete([file], context)
    }
  } as CorpusRule<Options>
  Object.defineProperty(plugin, 'name', {value: full.ruleId})
  plugin.meta = full
  plugin.complete = async (files, settings) => {
    const context = contextFor(settings)
    if (context) await complete(files, context)
  }
  plugin.compact = (file, settings) => {
    const context = contextFor(settings)
    if (context && compact) compact(file, context)
  }
  return plugin
}

/** A completer's context whose reporters also tell `reported` of each message. */
function telling<Options>(context: CompleteContext<Options>, reported: (file: VFile) => void): CompleteContext<Options> {
  return {
    ...context,
    reporter(file) {
      const report = context.reporter(file)
      return (reason, options) => {
        const message = report(reason, options)
        reported(file)
        return message
      }
    }
  }
}

/** Any rule the engine can run. */
export type AnyRule = Rule<any> | CorpusRule<any>

/** Whether a rule has a corpus phase. */
export function isCorpusRule(rule: AnyRule): rule is CorpusRule<any> {
  return 'corpus' in rule.meta && rule.meta.corpus === true
}

/**
 * A string that holds only its own characters. A slice of 13 or more
 * characters is, in V8, a view that keeps the whole text alive: a message's
 * `actual` would keep its file's text for as long as the message lives (runners
 * keep messages after they let the text go). Slicing a concatenation copies
 * the characters into a new string first, which the result then points into.
 */
function ownCopy(slice: string): string {
  return slice.length < 13 ? slice : (' ' + slice).slice(1)
}

/** Where each line after the first starts (after `\r\n`, `\r` or `\n`), and the text's length. */
interface LineStarts {
  starts: Int32Array
  length: number
}

/** Each file's line starts, made on the first `placeOf`: numbers only, so the cache never keeps a text alive. */
const lineStarts = new WeakMap<VFile, LineStarts>()

/**
 * The position of `[start, end)` (UTF-16 offsets into the file's text), with
 * line and column, for rules that find things by offset. Lines end as in
 * `vfile-location`: at `\r\n`, `\r` or `\n`.
 */
export function placeOf(file: VFile, start: number, end: number): Position {
  let lines = lineStarts.get(file)
  if (!lines) {
    lines = lineStartsOf(String(file))
    lineStarts.set(file, lines)
  }
  const from = pointAt(lines, start)
  const to = pointAt(lines, end)
  if (!from || !to) throw new RangeError(`Offsets ${start}–${end} are outside the file`)
  return {start: from, end: to}
}

function lineStartsOf(text: string): LineStarts {
  const starts: number[] = []
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 10) starts.push(index + 1)
    else if (code === 13) {
      if (text.charCodeAt(index + 1) === 10) index++
      starts.push(index + 1)
    }
  }
  return {starts: Int32Array.from(starts), length: text.length}
}

/** Line and column (1-based) of an offset, or undefined outside the text. */
function pointAt({starts, length}: LineStarts, offset: number): Point | undefined {
  if (!(offset >= 0 && offset <= length)) return undefined
  // The number of line starts at or before `offset`.
  let low = 0
  let high = starts.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (starts[middle]! <= offset) low = middle + 1
    else high = middle
  }
  return {line: low + 1, column: offset - (low > 0 ? starts[low - 1]! : 0) + 1, offset}
}

/**
 * A short content hash of a text (two FNV-1a 32-bit passes, hex): the document hash claims carry
 * (`@jiaodui/claims`), also of a text checked in sections (`@jiaodui/core`). Stable ids without a
 * crypto dependency.
 */
export function contentHash(text: string): string {
  let a = 0x811c9dc5
  let b = 0x01000193 ^ 0x5bd1e995
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    a = Math.imul(a ^ c, 0x01000193)
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15)
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0')
}
