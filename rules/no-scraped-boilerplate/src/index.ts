import type {Root} from 'nlcst'
import {lintRule, placeOf} from '@jiaodui/lint-rule'
import {classify, type Analysis} from './classify.js'
import {kinds, notes, type Kind} from './kinds.js'
import {extractMeta, type MetaLine} from './meta.js'
import {loadPatterns} from './patterns.js'
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
export {assertSafePattern, isSafePattern, UnsafePatternError} from './regex-safety.js'
export {patternsSchema} from './schema.js'

/** Options of `no-scraped-boilerplate`. */
export interface Options {
  /** Per-kind switch: `{"byline": false}` keeps bylines. Every kind is on by default. */
  kinds?: Partial<Record<Kind, boolean>>
  /** Use the structure of the page (body, header, footer, lists); `false` = line patterns only. */
  structure?: boolean
}

const base = lintRule<Options>(
  {
    origin: 'jiaodui:no-scraped-boilerplate',
    family: 'boilerplate',
    description:
      'Lines left over from the scraped web page: breadcrumbs, datelines, bylines, credits, promos, related links and more',
    defaultSeverity: 'error',
    produces: ['meta'],
    fixable: true,
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        kinds: {
          type: 'object',
          description: 'Per-kind switch; every kind is reported unless set to false.',
          additionalProperties: false,
          properties: Object.fromEntries(kinds.map((kind) => [kind, {type: 'boolean'}]))
        },
        structure: {
          type: 'boolean',
          default: true,
          description: 'Use the structure of the page (body, header, footer, lists); false = line patterns only.'
        }
      }
    }
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
      {structure: options.structure !== false}
    )
    file.data.meta = extractMeta(metaLines(units, analysis))

    const enabled = (kind: Kind) => options.kinds?.[kind] !== false
    const {verdicts} = analysis
    let index = 0
    while (index < units.length) {
      const verdict = verdicts[index]!
      if (!verdict.boilerplate || !verdict.kind || !enabled(verdict.kind)) {
        index++
        continue
      }
      // A run: this line and the next ones of the same kind (blank lines between
      // them included). HTML blocks are reported one by one: deleting across
      // elements could unbalance the markup.
      let last = index
      if (format !== 'html') {
        for (let next = index + 1; next < units.length; next++) {
          const candidate = verdicts[next]!
          if (candidate.blank) continue
          if (candidate.boilerplate && candidate.kind === verdict.kind) last = next
          else break
        }
      }
      emit(index, last, verdict.kind, verdict.id)
      index = last + 1
    }

    function emit(first: number, last: number, kind: Kind, id: string | undefined) {
      const from = units[first]!
      const to = units[last]!
      const start = from.deleteStart
      const end = to.deleteEnd
      const lines = [placeOf(file, from.start, from.start).start.line, placeOf(file, to.end, to.end).start.line]
      const count = last - first + 1 - countBlank(first, last)
      const what = count > 1 ? `${kind} block \`${quote(from.text)}\` (${count} lines)` : `${kind} \`${quote(from.text)}\``
      report(`Unexpected ${what}, expected nothing`, {
        place: placeOf(file, start, end),
        expected: [''],
        note: `${notes[kind]} Delete the line${count > 1 ? 's' : ''} before publication; turn the kind off with \`{"kinds": {"${kind}": false}}\` to keep ${count > 1 ? 'them' : 'it'}.`,
        data: {kind, lines, ...(id && !id.startsWith('structure:') ? {patternId: id} : {}), ...(id?.startsWith('structure:') ? {structure: id.slice(10)} : {})}
      })
    }

    function countBlank(first: number, last: number): number {
      let blank = 0
      for (let index = first; index <= last; index++) if (verdicts[index]!.blank) blank++
      return blank
    }
  }
)

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
