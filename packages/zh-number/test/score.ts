/**
 * Scoring of the peer conformance suites against `findQuantities`.
 *
 * The rules are written down in the package README ("Peer suites"); in short:
 * an expected item matches one of our quantities when the span is equal to
 * the whole mention or to the numeral inside it, the value is equal (or, for
 * an approximate item, inside our interval), the kind is compatible and the
 * unit (when the peer gives one) is the same. Cases marked `quirk` are scored
 * by overlap and value. Recognizers-Text splits numbers, percentages,
 * ordinals and currencies into separate models; a case of one model is
 * compared only with our quantities of that model's kinds.
 */

import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {findQuantities, type Quantity, type QuantityKind} from '@jiaodui/zh-number'

export interface Expected {
  text: string
  value: number | string | null
  kind: string
  unit: string | null
  start: number
  end: number
  approx?: boolean
  digits?: string
  lo?: number
  hi?: number
}

export interface Case {
  id: string
  input: string
  expect: Expected[]
  tags?: string[]
  quirk?: string
}

/** Where the shared material lives: `../shared` next to the repository root. */
export function sharedPath(rel: string): string {
  return fileURLToPath(new URL(`../../../../shared/${rel}`, import.meta.url))
}

export function loadSuite(file: string): Case[] {
  return readFileSync(sharedPath(`conformance/numbers/${file}`), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Case)
}

const PERCENT_KINDS: readonly QuantityKind[] = ['percent', 'permille', 'percentage-point']

/** The model a Recognizers case belongs to decides which of our kinds it can see. */
function visible(id: string, q: Quantity): boolean {
  // A range is seen by the model of its ends (二三十个百分点 is the Percent model's business).
  const kind = q.kind === 'range' && q.of !== undefined ? q.of : q.kind
  if (id.startsWith('rt-percent')) return PERCENT_KINDS.includes(kind)
  if (id.startsWith('rt-ordinal')) return kind === 'ordinal'
  if (id.startsWith('rt-currency')) return kind === 'money'
  if (id.startsWith('rt-number')) return kind !== 'money' && !PERCENT_KINDS.includes(kind)
  return true
}

/** Unit names of the peers that are not ISO codes. */
const UNIT_ALIASES: Readonly<Record<string, string>> = {Dollar: 'USD', Bitcoin: 'BTC'}

function kindOk(e: Expected, q: Quantity): boolean {
  switch (e.kind) {
    case 'number':
      return q.kind !== 'money' && !PERCENT_KINDS.includes(q.kind) && q.kind !== 'date' && q.kind !== 'time'
    case 'percent':
      return PERCENT_KINDS.includes(q.kind)
    default:
      return e.kind === q.kind
  }
}

function close(a: number, b: number): boolean {
  // Relative: the suites print 15 significant digits (350.333333333333), and 1e-16 is not 0.
  return a === b || Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b))
}

function valueOk(e: Expected, q: Quantity): boolean {
  if (e.kind === 'date') return q.date === e.value
  if (e.kind === 'time') return q.time === e.value
  if (e.kind === 'range') return q.lo === e.lo && q.hi === e.hi
  if (e.value === null) return q.value === null
  if (typeof e.value !== 'number') return false
  if (q.value !== null && close(q.value, e.value)) return true
  // An approximate expectation is met by an interval that contains the peer's base value.
  if (e.approx === true && q.approx && q.low !== null && q.high !== null) return q.low <= e.value && e.value <= q.high
  return false
}

function spanOk(e: Expected, q: Quantity, lenient: boolean): boolean {
  if (lenient) return e.start < q.end && q.start < e.end
  return (e.start === q.start && e.end === q.end) || (e.start === q.numStart && e.end === q.numEnd)
}

function matches(e: Expected, q: Quantity, lenient: boolean): boolean {
  if (!spanOk(e, q, lenient) || !valueOk(e, q)) return false
  if (lenient) return true
  if (!kindOk(e, q)) return false
  if (e.unit !== null && (UNIT_ALIASES[e.unit] ?? e.unit) !== q.unit) return false
  if (e.approx === true && !q.approx) return false
  if (e.digits !== undefined && q.digits !== e.digits) return false
  return true
}

export interface Outcome {
  pass: boolean
  got: Quantity[]
  why?: string
}

export interface ScoreOptions {
  /** Ignore the Recognizers model split and the number-inside-a-mention rule. */
  raw?: boolean
  /** Score strictly even when the case is marked `quirk` (for our own expectations). */
  strict?: boolean
}

/** Score one case against the expectations it carries. */
export function scoreAgainst(c: Case, expect: readonly Expected[], score: ScoreOptions = {}): Outcome {
  const got = findQuantities(c.input, {currencyNames: true})
  const seen = score.raw === true ? got : got.filter((q) => visible(c.id, q))
  const lenient = c.quirk !== undefined && score.strict !== true
  const used = new Set<number>()
  for (const e of expect) {
    const k = seen.findIndex((q, idx) => !used.has(idx) && matches(e, q, lenient))
    if (k >= 0) {
      used.add(k)
      continue
    }
    // The Number model also reports the number inside a money or percent mention
    // (四十九兆…億元): our mention matches when its numeral span and value are the same.
    const inner =
      score.raw !== true &&
      c.id.startsWith('rt-number') &&
      got.some((q) => !visible(c.id, q) && (lenient ? e.start < q.end && q.start < e.end : q.numStart === e.start && q.numEnd === e.end) && typeof e.value === 'number' && q.value !== null && close(q.value, e.value))
    if (!inner) return {pass: false, got, why: `missing ${e.text}=${String(e.value)}`}
  }
  const extra = seen.filter((q, idx) => !used.has(idx) && !(lenient && expect.some((e) => e.start < q.end && q.start < e.end)))
  if (extra.length > 0) return {pass: false, got, why: `extra ${extra.map((q) => q.text).join(', ')}`}
  return {pass: true, got}
}

/** Render our output compactly for failure listings. */
export function show(qs: readonly Quantity[]): string {
  return qs
    .map((q) => {
      const v = q.kind === 'range' ? `${q.lo}..${q.hi}` : q.kind === 'date' || q.kind === 'year' ? q.date : q.kind === 'time' ? q.time : q.value
      return `${q.text}@${q.start}[${q.numStart},${q.numEnd})=${String(v)}:${q.kind}${q.unit === null ? '' : `/${q.unit}`}${q.approx ? '~' : ''}`
    })
    .join(' | ')
}
