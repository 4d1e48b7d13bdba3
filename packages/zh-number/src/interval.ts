/**
 * Interval arithmetic for stated numbers and the approximation words of
 * DESIGN.md ("Numeric claims: semantics"); the README has the rule table.
 */

import type {QualifierCode} from './lexicon.js'
import type {Numeral} from './numeral.js'
import type {Qualifier} from './types.js'

/** A possibly open interval; `null` ends are unbounded. */
export interface Interval {
  low: number | null
  high: number | null
  lowInclusive: boolean
  highInclusive: boolean
  approx: boolean
  qualifier?: Qualifier
}

/** The interval a numeral states on its own, unsigned. */
export function stated(num: Pick<Numeral, 'value' | 'vague' | 'moreInside' | 'vagueLow' | 'vagueHigh' | 'exact' | 'prec'>): Interval {
  if (num.vague) return {low: num.vagueLow, high: num.vagueHigh, lowInclusive: true, highInclusive: false, approx: true, qualifier: num.moreInside ? 'more' : 'vague'}
  if (num.exact) return {low: num.value, high: num.value, lowInclusive: true, highInclusive: true, approx: false}
  // Half a unit of the last stated digit on each side: 19.5万 → [194 500, 195 500).
  const half = 10 ** num.prec / 2
  return {low: num.value - half, high: num.value + half, lowInclusive: true, highInclusive: false, approx: false}
}

/** 多/余/来 after a numeral: up to one unit of the last non-zero digit (8500多 → [8500, 8600)). */
export function more(num: Pick<Numeral, 'value' | 'lastNZ'>): Interval {
  return {low: num.value, high: num.value + 10 ** num.lastNZ, lowInclusive: true, highInclusive: false, approx: true, qualifier: 'more'}
}

/** Apply a bound or approximation word to an unsigned interval around the base value `base`. */
export function applyQualifier(interval: Interval, code: QualifierCode, base: number): Interval {
  switch (code) {
    case 'about': {
      // ±5 %, never narrower than what the number already states.
      const d = Math.abs(base) * 0.05
      const low = interval.low === null ? null : Math.min(interval.low, base - d)
      const high = interval.high === null ? null : Math.max(interval.high, base + d)
      return {
        low,
        high,
        lowInclusive: low === interval.low ? interval.lowInclusive : true,
        highInclusive: high === interval.high ? interval.highInclusive : true,
        approx: true,
        qualifier: 'about'
      }
    }
    case 'near':
      // (Ordered: near a negative value, `近负10`, is [-10, -9].)
      return {low: Math.min(base * 0.9, base), high: Math.max(base * 0.9, base), lowInclusive: true, highInclusive: true, approx: true, qualifier: 'near'}
    case 'gt':
      return {low: interval.low, high: null, lowInclusive: interval.low === base ? false : interval.lowInclusive, highInclusive: false, approx: true, qualifier: 'gt'}
    case 'ge':
      return {low: interval.low, high: null, lowInclusive: interval.lowInclusive, highInclusive: false, approx: true, qualifier: 'ge'}
    case 'lt':
      return {low: base >= 0 ? 0 : null, high: interval.high, lowInclusive: base >= 0, highInclusive: interval.high === base ? false : interval.highInclusive, approx: true, qualifier: 'lt'}
    case 'le':
      return {low: base >= 0 ? 0 : null, high: interval.high, lowInclusive: base >= 0, highInclusive: interval.high === base ? true : interval.highInclusive, approx: true, qualifier: 'le'}
    case 'more':
      return {...interval, low: interval.low, high: interval.high === null ? null : Math.max(interval.high, base + magnitudeUnit(base)), highInclusive: false, approx: true, qualifier: 'more'}
    case 'none':
      return interval
  }
}

/** The unit of the last non-zero digit of an integer-ish value (for 有余 after a unit). */
function magnitudeUnit(value: number): number {
  if (value === 0) return 1
  let u = 1
  let x = Math.abs(value)
  if (!Number.isInteger(x)) return 10 ** Math.floor(Math.log10(x))
  while (x % 10 === 0) {
    x /= 10
    u *= 10
  }
  return u
}

/** Multiply an interval by a positive factor. */
export function scale(interval: Interval, factor: number): Interval {
  if (factor === 1) return interval
  return {...interval, low: interval.low === null ? null : interval.low * factor, high: interval.high === null ? null : interval.high * factor}
}

/** Negate an interval (swap the ends and their inclusiveness). */
export function negate(interval: Interval): Interval {
  return {
    ...interval,
    low: interval.high === null ? null : -interval.high,
    high: interval.low === null ? null : -interval.low,
    lowInclusive: interval.highInclusive,
    highInclusive: interval.lowInclusive
  }
}

/** Normalise an interval for output (unbounded ends are never inclusive). */
export function finish(interval: Interval): Interval {
  return {...interval, lowInclusive: interval.low === null ? false : interval.lowInclusive, highInclusive: interval.high === null ? false : interval.highInclusive}
}
