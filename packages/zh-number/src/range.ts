/**
 * Ranges between two numbers: 3至5万, 3-5万元, 1-2个月, 3%到5%, 2017-2018年.
 */

import {AR_DIGIT, skipSpaces, ZH_DIGIT, ZH_UNIT} from './chars.js'
import {applyQualifier, finish, type Interval, scale, stated} from './interval.js'
import {type Numeral, scanNumeral} from './numeral.js'
import type {Quantity, QuantityKind} from './types.js'
import {type ScanContext, makeQuantity, round} from './context.js'
import type {Prefix} from './words.js'
import {afterUnit, readTail, type Tail} from './tail.js'
import {addNoun} from './build.js'

/** Ranges: separators between two numbers. */
const RANGE_SEPS = '至到~～〜-－—–―'

/**
 * The factor of a round upper end that a one-digit number before `、` shares (`2、3000元`: 1000,
 * `1、2千元`, `5、6萬元`): a speaker's "two or three thousand", said with the magnitude once. 0 when
 * the two are a list (`3、4人`, `晚上5、6點`, `16、17歲`: no magnitude after the second).
 */
function roundNeighbour(num: Numeral, upper: Numeral): number {
  if (!Number.isInteger(num.value) || num.value < 1 || num.value > 8 || num.end - num.bodyStart !== 1 || num.neg) return 0
  const factor = upper.value / (num.value + 1)
  return factor >= 100 && Number.isInteger(Math.log10(factor)) ? factor : 0
}

/**
 * `2、3`: one digit and the next one after `、` (1–9, same script, no sign, nothing glued before
 * the second's digit): the two ends of "two or three".
 */
function nextDigit(num: Numeral, upper: Numeral, k: number): boolean {
  if (num.neg || !num.exact || !upper.exact || num.end - num.bodyStart !== 1 || upper.end - k !== 1 || upper.start !== k) return false
  if (num.hasArabic !== upper.hasArabic) return false
  return Number.isInteger(num.value) && num.value >= 1 && num.value <= 8 && upper.value === num.value + 1
}

/** Two four-digit years (`1997-2020`), the second after the first by less than 200. */
function twoYears(num: Numeral, upper: Numeral, k: number): boolean {
  return num.hasArabic && upper.hasArabic && num.exact && upper.exact && num.end - num.bodyStart === 4 && upper.end - k === 4 &&
    num.value >= 1000 && upper.value <= 2199 && upper.value > num.value && upper.value - num.value < 200
}

/** The separator after a number and the number after it, the range's upper end, or null. */
function upperEnd(ctx: ScanContext, num: Numeral, tail: Tail): {sep: string; k: number; upper: Numeral; listed: boolean} | null {
  const {text, n} = ctx
  const j = skipSpaces(text, tail.hasUnit ? tail.end : tail.numEnd, n)
  // `、` between two numbers is a list, except before a round neighbour (`2、3000元`, `5、6萬元`).
  const listed = j < n && text[j] === '、' && !tail.hasUnit
  if (j >= n || (!RANGE_SEPS.includes(text[j]!) && !listed)) return null
  const k = skipSpaces(text, j + 1, n)
  if (k >= n) return null
  const kc = text.charCodeAt(k)
  if (AR_DIGIT[kc]! < 0 && ZH_DIGIT[kc]! < 0 && ZH_UNIT[kc]! < 0) return null
  // 3至五万: mixed scripts across a range are rare and usually two facts.
  if (num.hasArabic !== (AR_DIGIT[kc]! >= 0) && !(num.hasChinese && num.hasArabic)) return null
  const upper = scanNumeral(text, k, n, false)
  if (upper === null || upper.vague || upper.range !== undefined) return null
  return {sep: text[j]!, k, upper, listed}
}

/** 3至5万, 3-5万元, 1-2个月, 3%到5%, 2017-2018年. */
export function rangeAfter(ctx: ScanContext, num: Numeral, tail: Tail, pre: Prefix | null): Quantity | null {
  const {text, n} = ctx
  if (num.vague || num.range !== undefined || tail.suffix !== null || tail.more || tail.window) return null
  const after = upperEnd(ctx, num, tail)
  if (after === null) return null
  const {sep, k, upper, listed} = after
  const listFactor = listed ? roundNeighbour(num, upper) : 1
  if (listFactor === 0 && !nextDigit(num, upper, k)) return null
  const skip = ctx.skip
  let upperTail = readTail(ctx, upper, false)
  // `2、3天`, `2、3個月`, `3、4成`: two neighbouring digits before a duration or 成 are "two or three",
  // one approximate range (`5、6点`, `4、5月`, `8、9局`, `3、4人` name or list items: no durations).
  const roundFactor = listFactor !== 0 ? listFactor : upperTail.hasUnit && (upperTail.kind === 'duration' || upperTail.unit === '成') && upperTail.extra === 0 ? 1 : 0
  if (roundFactor === 0) {
    ctx.skip = skip
    return null
  }
  const yearUnit = text.charCodeAt(skipSpaces(text, upperTail.numEnd, n)) === 0x5e74 && !upperTail.hasUnit
  if (yearUnit) {
    upperTail = afterUnit(ctx, {...upperTail, kind: 'duration', unit: '年', role: 'duration'}, skipSpaces(text, upperTail.numEnd, n) + 1)
  }
  if (tail.hasUnit && (!upperTail.hasUnit || upperTail.unit !== tail.unit || upperTail.kind !== tail.kind)) return null
  const dashLike = sep !== '至'
  // © 1997-2020: two four-digit years need no 年.
  const years = !upperTail.hasUnit && !tail.hasUnit && twoYears(num, upper, k)
  if (dashLike && !upperTail.hasUnit && upper.mag < 0 && !years) return null
  let loN = num.value
  let loIv = stated(num)
  if (num.mag < 0 && upper.mag >= 0) {
    // The magnitude written once covers both ends: 3至5万 → 3万 to 5万.
    loN = num.value * 10 ** upper.mag
    const d = {...num, value: loN, prec: num.exact ? upper.mag : num.prec + upper.mag, exact: false}
    loIv = stated(d)
  }
  if (roundFactor > 1 && upper.mag < 0) {
    // `2、3000元`: the magnitude written once, as zeros, covers both ends.
    loN = num.value * roundFactor
    loIv = stated({...num, value: loN, prec: (num.exact ? 0 : num.prec) + Math.round(Math.log10(roundFactor)), exact: false})
  }
  const hiN = upper.value
  if (loN > hiN) return null
  const hiIv = stated(upper)
  let iv: Interval = {low: loIv.low, high: hiIv.high, lowInclusive: loIv.lowInclusive, highInclusive: hiIv.highInclusive, approx: false}
  let kind = upperTail.kind
  let unit = upperTail.unit
  let of: QuantityKind = kind
  let lo = loN
  let hi = hiN
  if (years || (upperTail.unit === '年' && num.hasArabic && upper.hasArabic && num.end - num.bodyStart === 4 && k + 4 === upper.end && loN >= 1000 && hiN <= 2199)) {
    of = 'year'
    unit = '年'
  }
  if (upperTail.factor !== 1 || upperTail.extra !== 0) {
    iv = scale(iv, upperTail.factor)
    lo *= upperTail.factor
    hi *= upperTail.factor
  }
  // Tenths after 成 at either end (`3成4至4成`, `三成五至四成五`): 34 % to 40 %, 35 % to 45 %.
  const loExtra = tail.hasUnit && tail.unit === '成' ? tail.extra : 0
  const hiExtra = upperTail.unit === '成' ? upperTail.extra : 0
  lo += loExtra
  hi += hiExtra
  iv = {...iv, low: iv.low === null ? null : iv.low + loExtra, high: iv.high === null ? null : iv.high + hiExtra}
  if (num.neg) {
    lo = -lo
    iv = {...iv, low: iv.low === null ? null : -Math.abs(iv.low)}
  }
  if (pre !== null && pre.code !== 'none') iv = applyQualifier(iv, pre.code, lo)
  kind = 'range'
  ctx.skip = upperTail.end
  const start = pre !== null ? pre.start : num.start
  const q = makeQuantity(ctx, start, upperTail.end, num.start, upperTail.numEnd, null, finish(iv), kind, unit)
  q.lo = round(lo)
  q.hi = round(hi)
  q.of = of
  if (pre !== null && pre.code !== 'none' && q.approx && iv.qualifier !== undefined) q.qualifier = iv.qualifier
  addNoun(ctx, q, upperTail)
  return q
}
