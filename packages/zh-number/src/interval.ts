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
  li: boolean
  hi: boolean
  approx: boolean
  q?: Qualifier
}

/** The interval a numeral states on its own, unsigned. */
export function stated(num: Pick<Numeral, 'value' | 'vague' | 'moreInside' | 'lo' | 'hi' | 'exact' | 'prec'>): Interval {
  if (num.vague) return {low: num.lo, high: num.hi, li: true, hi: false, approx: true, q: num.moreInside ? 'more' : 'vague'}
  if (num.exact) return {low: num.value, high: num.value, li: true, hi: true, approx: false}
  // Half a unit of the last stated digit on each side: 19.5万 → [194 500, 195 500).
  const half = 10 ** num.prec / 2
  return {low: num.value - half, high: num.value + half, li: true, hi: false, approx: false}
}

/** 多/余/来 after a numeral: up to one unit of the last non-zero digit (8500多 → [8500, 8600)). */
export function more(num: Pick<Numeral, 'value' | 'lastNZ'>): Interval {
  return {low: num.value, high: num.value + 10 ** num.lastNZ, li: true, hi: false, approx: true, q: 'more'}
}

/** Apply a bound or approximation word to an unsigned interval around base value `v`. */
export function applyQualifier(iv: Interval, code: QualifierCode, v: number): Interval {
  switch (code) {
    case 'about': {
      // ±5 %, never narrower than what the number already states.
      const d = Math.abs(v) * 0.05
      const low = iv.low === null ? null : Math.min(iv.low, v - d)
      const high = iv.high === null ? null : Math.max(iv.high, v + d)
      return {
        low,
        high,
        li: low === iv.low ? iv.li : true,
        hi: high === iv.high ? iv.hi : true,
        approx: true,
        q: 'about'
      }
    }
    case 'near':
      return {low: v * 0.9, high: v, li: true, hi: true, approx: true, q: 'near'}
    case 'gt':
      return {low: iv.low, high: null, li: iv.low === v ? false : iv.li, hi: false, approx: true, q: 'gt'}
    case 'ge':
      return {low: iv.low, high: null, li: iv.li, hi: false, approx: true, q: 'ge'}
    case 'lt':
      return {low: v >= 0 ? 0 : null, high: iv.high, li: v >= 0, hi: iv.high === v ? false : iv.hi, approx: true, q: 'lt'}
    case 'le':
      return {low: v >= 0 ? 0 : null, high: iv.high, li: v >= 0, hi: iv.high === v ? true : iv.hi, approx: true, q: 'le'}
    case 'more':
      return {...iv, low: iv.low, high: iv.high === null ? null : Math.max(iv.high, v + magnitudeUnit(v)), hi: false, approx: true, q: 'more'}
    case 'none':
      return iv
  }
}

/** The unit of the last non-zero digit of an integer-ish value (for 有余 after a unit). */
function magnitudeUnit(v: number): number {
  if (v === 0) return 1
  let u = 1
  let x = Math.abs(v)
  if (!Number.isInteger(x)) return 10 ** Math.floor(Math.log10(x))
  while (x % 10 === 0) {
    x /= 10
    u *= 10
  }
  return u
}

/** Multiply an interval by a positive factor. */
export function scale(iv: Interval, f: number): Interval {
  if (f === 1) return iv
  return {...iv, low: iv.low === null ? null : iv.low * f, high: iv.high === null ? null : iv.high * f}
}

/** Negate an interval (swap the ends and their inclusiveness). */
export function negate(iv: Interval): Interval {
  return {
    ...iv,
    low: iv.high === null ? null : -iv.high,
    high: iv.low === null ? null : -iv.low,
    li: iv.hi,
    hi: iv.li
  }
}

/** Normalise an interval for output (unbounded ends are never inclusive). */
export function finish(iv: Interval): Interval {
  return {...iv, li: iv.low === null ? false : iv.li, hi: iv.high === null ? false : iv.hi}
}
