/**
 * The state of one `findQuantities` pass and the small helpers every stage shares:
 * building a `Quantity` (rounded, JSON-safe) and reading the small numerals of dates,
 * times and money chains.
 */

import {AR_DIGIT, ZH_DIGIT, ZH_UNIT} from './chars.js'
import type {Interval} from './interval.js'
import {type Numeral, scanNumeral} from './numeral.js'
import type {FindOptions, Quantity, QuantityKind} from './types.js'

/** State of one `findQuantities` pass over `text`. */
export interface ScanContext {
  text: string
  /** `text.length`. */
  n: number
  /** Quantities found so far, in text order. */
  out: Quantity[]
  /** End of the last quantity found: prefix words and exclusions never reach before it. */
  lastEnd: number
  /** Where the pass resumes when the current candidate is rejected (skips a rejected run at once). */
  skip: number
  /** First and last non-space offsets: a numeral spanning them is the whole input. */
  wsStart: number
  wsEnd: number
  opts: FindOptions
  /** Bare round numerals with a classifier that the text uses as a name (`百本`), looked up once each. */
  names?: Map<string, boolean>
  /** The years the text writes in full with 年 (`2016年`), as their last two digits → century, found once (`shortYearCentury`). */
  fullYears?: Map<string, number>
  /** Whether the text is written in traditional characters, looked up once (see `isTraditional`). */
  traditional?: boolean
  /** Offsets of the numbers that rank the lines of a numbered list (`numberedListRanks`), found once. */
  listRanks?: Set<number>
  /** Offsets of the numbers listed after `第N、` without a 第 of their own (`第58、132及1004宗`): ordinals. */
  listOrdinals?: Set<number>
  /** Offsets of the numbers `N、` opening lines next to a line opening with `N-1、` or `N+1、` (`numberedLineLabels`), found once. */
  lineLabels?: Set<number>
  /** The line a results-line score was last looked for on, and how many spaced scores it holds (`resultsLineScore`). */
  scoreLine?: {start: number; end: number; scores: number}
}

const TRADITIONAL_MARKS = /[們這來時為說對從發會與國區現處間場顆條項過還經將應並無開關點歲萬億報導據務]/g
const SIMPLIFIED_MARKS = /[们这来时为说对从发会与国区现处间场颗条项过还经将应并无开关点岁万亿报导据务]/g

/** Whether the text of the pass is written in traditional characters (more of them than simplified ones). */
export function isTraditional(ctx: ScanContext): boolean {
  ctx.traditional ??= (ctx.text.match(TRADITIONAL_MARKS)?.length ?? 0) > (ctx.text.match(SIMPLIFIED_MARKS)?.length ?? 0)
  return ctx.traditional
}

/** True when [start, end) covers the whole (trimmed) input. */
export function isWhole(ctx: ScanContext, start: number, end: number): boolean {
  return start <= ctx.wsStart && end >= ctx.wsEnd
}

/** Round away binary noise and -0 so values are JSON-safe and stable. */
export function round(value: number): number {
  if (value === 0) return 0 // -0 is not JSON-safe (负零)
  if (!Number.isFinite(value)) return value
  // At most 15 digits: `toPrecision(15)` gives the number back; most values are such counts.
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return value
  // Undo binary noise of interval arithmetic (77.6 - 0.05 = 77.54999999999998) but keep true
  // long expansions (1/3): only take the 15-digit form when it is much shorter.
  const r = Number(value.toPrecision(15))
  return String(r).length + 3 < String(value).length ? r : value
}

/** Build a `Quantity` from offsets, the stated value, an interval, a kind and a unit. */
export function makeQuantity(
  ctx: ScanContext,
  start: number,
  end: number,
  numStart: number,
  numEnd: number,
  value: number | null,
  interval: Interval,
  kind: QuantityKind,
  unit: string | null
): Quantity {
  const q: Quantity = {
    start,
    end,
    text: ctx.text.slice(start, end),
    numStart,
    numEnd,
    value: value === null ? null : round(value),
    low: interval.low === null ? null : round(interval.low),
    high: interval.high === null ? null : round(interval.high),
    lowInclusive: interval.lowInclusive,
    highInclusive: interval.highInclusive,
    approx: interval.approx,
    kind,
    unit
  }
  if (interval.qualifier !== undefined) q.qualifier = interval.qualifier
  return q
}

/** Read a small numeral (0–99) for money chains and time parts. */
export function smallNumeral(ctx: ScanContext, at: number): Numeral | null {
  if (at >= ctx.n) return null
  const c = ctx.text.charCodeAt(at)
  if (AR_DIGIT[c]! < 0 && ZH_DIGIT[c]! < 0 && ZH_UNIT[c]! !== 1) return null
  const num = scanNumeral(ctx.text, at, ctx.n, false)
  if (num === null || num.vague || num.range !== undefined || !num.exact || num.value > 99) return null
  return num
}

/** Two-digit zero padding for dates and times. */
export function pad(value: number): string {
  return value < 10 ? `0${value}` : String(value)
}

/** A non-negative exact integer with no vagueness, range or decimals. */
export function isPlainInt(num: Numeral | null): num is Numeral {
  return num !== null && !num.neg && num.exact && !num.vague && num.range === undefined && Number.isInteger(num.value) && !(num.digits ?? '').includes('.')
}
