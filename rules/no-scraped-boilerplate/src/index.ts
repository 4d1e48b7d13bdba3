import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {lintRule, placeOf, type OptionsOf, type Report} from '@jiaodui/lint-rule'
import {classify, type Analysis} from './classify.js'
import {kinds, notes, type Kind} from './kinds.js'
import {extractMeta, type MetaLine} from './meta.js'
import {loadPatterns, type Pattern} from './patterns.js'
import {gluedSpans} from './spans.js'
import {quote} from './text.js'
import {blockUnits, lineUnits, type Unit} from './units.js'

export type {Kind} from './kinds.js'
export {kinds} from './kinds.js'
export type {ArticleMeta} from './meta.js'
export {extractMeta, parseDate, parseLead, parseTime} from './meta.js'
export {classify, matchLine, scores} from './classify.js'
export type {Analysis, Verdict, Zone} from './classify.js'
export {compilePatterns, loadPatterns, PatternDataError} from './patterns.js'
export type {Pattern, PatternEntry} from './patterns.js'
export {patternsSchema} from './schema.js'

/** Options of `no-scraped-boilerplate`: the schema is the one place each option is written. */
const optionsSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    kinds: {
      type: 'object',
      description: 'Per-kind switch (`{"byline": false}` keeps bylines); every kind is reported unless set to false.',
      additionalProperties: false,
      properties: Object.fromEntries(kinds.map((kind) => [kind, {type: 'boolean'} as const])) as Record<Kind, {readonly type: 'boolean'}>
    },
    structure: {
      type: 'boolean',
      default: true,
      description: 'Use the structure of the page (body, header, footer, lists); false = line patterns only.'
    }
  }
} as const

/** Options of `no-scraped-boilerplate`, as the factory hands them to the rule (defaults filled in). */
export type Options = OptionsOf<typeof optionsSchema>

const base = lintRule<Options>(
  {
    origin: 'jiaodui:no-scraped-boilerplate',
    family: 'boilerplate',
    description:
      'Lines left over from the scraped web page: breadcrumbs, datelines, bylines, credits, promos, related links and more',
    defaultSeverity: 'error',
    produces: ['meta'],
    fixable: true,
    optionsSchema
  },
  function (tree: Root, file, {options, report}) {
    const patterns = loadPatterns()
    const value = String(file.value)
    // `file.data.format` is set by the engine (@jiaodui/core); plain unified use defaults to text.
    const given = (file.data as {format?: unknown}).format
    const format = given === 'md' || given === 'html' ? given : 'txt'
    const units: Unit[] = format === 'txt' ? lineUnits(value) : blockUnits(tree, value, format)
    const analysis = classify(
      units.map((unit) => unit.text),
      patterns,
      {structure: options.structure}
    )
    file.data.meta = extractMeta(metaLines(units, analysis))
    const context: Context = {file, report, units, analysis, format, value, enabled: (kind) => options.kinds?.[kind] !== false}
    reportLineRuns(context)
    reportGluedSpans(context, patterns)
  }
)

/** What the reporting steps share. */
interface Context {
  file: VFile
  report: Report
  units: readonly Unit[]
  analysis: Analysis
  format: 'txt' | 'md' | 'html'
  value: string
  enabled: (kind: Kind) => boolean
}

/**
 * One message per boilerplate line, or per run of lines of the same kind
 * (blank lines between them included). HTML blocks are reported one by one:
 * deleting across elements could unbalance the markup.
 */
function reportLineRuns(context: Context): void {
  const {units, analysis, format, enabled} = context
  const {verdicts} = analysis
  let index = 0
  while (index < units.length) {
    const verdict = verdicts[index]!
    if (!verdict.boilerplate || !verdict.kind || !enabled(verdict.kind)) {
      index++
      continue
    }
    let last = index
    if (format !== 'html') {
      for (let next = index + 1; next < units.length; next++) {
        const candidate = verdicts[next]!
        if (candidate.blank) continue
        if (candidate.boilerplate && candidate.kind === verdict.kind) last = next
        else break
      }
    }
    reportRun(context, index, last, verdict.kind, verdict.id)
    index = last + 1
  }
}

/** The message of one run of boilerplate lines, with a fix that deletes them. */
function reportRun(context: Context, first: number, last: number, kind: Kind, id: string | undefined): void {
  const {file, report, units, analysis} = context
  const from = units[first]!
  const to = units[last]!
  const lines = [placeOf(file, from.start, from.start).start.line, placeOf(file, to.end, to.end).start.line]
  let blank = 0
  for (let index = first; index <= last; index++) if (analysis.verdicts[index]!.blank) blank++
  const count = last - first + 1 - blank
  const what = count > 1 ? `${kind} block \`${quote(from.text)}\` (${count} lines)` : `${kind} \`${quote(from.text)}\``
  report(`Unexpected ${what}, expected nothing`, {
    place: placeOf(file, from.deleteStart, to.deleteEnd),
    expected: [''],
    note: `${notes[kind]} Delete the line${count > 1 ? 's' : ''} before publication; turn the kind off with \`{"kinds": {"${kind}": false}}\` to keep ${count > 1 ? 'them' : 'it'}.`,
    data: {kind, lines, ...decidedBy(id)}
  })
}

function decidedBy(id: string | undefined): {patternId?: string; structure?: string} {
  if (id === undefined) return {}
  return id.startsWith('structure:') ? {structure: id.slice(10)} : {patternId: id}
}

/**
 * Spans glued to the start or end of a paragraph that is content: only the
 * span is reported and deleted. In Markdown and HTML only where the block's
 * text is its source, so that offsets in the text are offsets in the file.
 */
function reportGluedSpans(context: Context, patterns: readonly Pattern[]): void {
  const {file, report, units, analysis, format, value, enabled} = context
  units.forEach((unit, index) => {
    const verdict = analysis.verdicts[index]!
    if (verdict.blank || verdict.boilerplate) return
    if (format !== 'txt' && value.slice(unit.start, unit.end) !== unit.text) return
    const spans = gluedSpans(unit.text, patterns)
    if (analysis.pageTitleSuffix?.line === index) {
      spans.push({start: analysis.pageTitleSuffix.start, end: unit.text.length, kind: 'glued-source', id: 'structure:page-title', position: 'end'})
    }
    const line = placeOf(file, unit.start, unit.start).start.line
    for (const span of spans) {
      if (!enabled(span.kind)) continue
      const text = unit.text.slice(span.start, span.end)
      report(`Unexpected ${span.kind} \`${quote(text)}\` at the ${span.position} of the paragraph, expected nothing`, {
        place: placeOf(file, unit.start + span.start, unit.start + span.end),
        expected: [''],
        note: `${notes[span.kind]} Delete the span; turn the kind off with \`{"kinds": {"${span.kind}": false}}\` to keep it.`,
        data: {kind: span.kind, span: true, position: span.position, lines: [line, line], ...decidedBy(span.id)}
      })
    }
  })
}

/**
 * The rule: loads (and checks) the pattern data when attached to a processor,
 * once per process, so bad data fails before any file is read.
 */
const rule = function (this: unknown, ...parameters: Parameters<typeof base>) {
  loadPatterns()
  return base.apply(this as never, parameters)
} as typeof base
Object.defineProperty(rule, 'name', {value: base.meta.ruleId})
rule.meta = base.meta

/** Lines for the metadata reader: every unit with its kind, the title and the first lines of the body. */
function metaLines(units: readonly Unit[], analysis: Analysis): MetaLine[] {
  const bodyStart = analysis.body?.[0]
  let leadLeft = 3
  return units.map((unit, index) => {
    const verdict = analysis.verdicts[index]!
    const line: MetaLine = {text: unit.text, kind: verdict.boilerplate ? verdict.kind : undefined}
    if (index === analysis.title) line.title = true
    if (bodyStart !== undefined && index >= bodyStart && !verdict.blank && !verdict.boilerplate && leadLeft > 0) {
      line.lead = true
      leadLeft--
    }
    return line
  })
}

export default rule
