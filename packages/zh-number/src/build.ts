/**
 * From a numeral and its tail to a `Quantity`: scaling, qualifiers, sign, range
 * readings, time windows and the counted noun.
 */

import {applyQualifier, finish, type Interval, more, negate, scale, stated} from './interval.js'
import type {Numeral} from './numeral.js'
import type {Qualifier, Quantity} from './types.js'
import {type ScanContext, makeQuantity, round} from './context.js'
import {type Prefix, readNoun} from './words.js'
import type {Tail} from './tail.js'

function baseInterval(num: Numeral, tail: Tail | null): Interval {
  if (num.range !== undefined) {
    return {low: num.range.lo.value, high: num.range.hi.value, lowInclusive: true, highInclusive: true, approx: true, qualifier: 'vague'}
  }
  const iv = tail !== null && tail.more ? more(num) : stated(num)
  return iv
}

/** Combine a numeral, its tail and a prefix word into a `Quantity` starting at `leadStart` (or the prefix). */
export function buildQuantity(ctx: ScanContext, num: Numeral, tail: Tail, pre: Prefix | null, leadStart: number): Quantity {
  const numStart = num.start
  let iv = baseInterval(num, tail)
  let value: number | null = num.value
  if (tail.dozen) {
    value *= 12
    iv = scale(iv, 12)
  }
  if (tail.factor !== 1 || tail.extra !== 0) {
    value = value * tail.factor + tail.extra
    iv = scale(iv, tail.factor)
    if (tail.extra !== 0) iv = {...iv, low: iv.low === null ? null : iv.low + tail.extra, high: iv.high === null ? null : iv.high + tail.extra}
  }
  let window = false
  let q: Qualifier | undefined = iv.qualifier
  const base = value
  if (pre !== null) {
    if (pre.code === 'near' && tail.kind === 'duration' && tail.unit !== null && '年月天周星期季度日'.includes(tail.unit) && (tail.window || num.value <= 20)) {
      // 近5年(来): the last five years, a window; 近2000年 stays "nearly 2000 years".
      window = true
    } else {
      iv = applyQualifier(iv, pre.code, base)
      if (pre.code !== 'none') q = iv.qualifier
    }
  }
  if (tail.suffix !== null) {
    iv = applyQualifier(iv, tail.suffix, base)
    q = iv.qualifier
  }
  if (tail.window) window = true
  if (num.neg) {
    value = -value
    iv = negate(iv)
  }
  const kind = tail.kind
  const unit = tail.unit
  if (num.range !== undefined) {
    const start = pre !== null ? pre.start : leadStart
    const f = (tail.dozen ? 12 : 1) * tail.factor
    const lo = num.range.lo.value * f
    const hi = num.range.hi.value * f
    const res = makeQuantity(ctx, start, tail.end, numStart, tail.numEnd, null, finish(iv), 'range', unit)
    res.lo = round(lo)
    res.hi = round(hi)
    res.of = kind
    res.approx = true
    res.qualifier = 'vague'
    addNoun(ctx, res, tail)
    return res
  }
  const start = pre !== null ? pre.start : leadStart
  const res = makeQuantity(ctx, start, tail.end, numStart, tail.numEnd, value, finish(iv), kind, unit)
  if (q !== undefined && res.approx) res.qualifier = q
  if (num.digits !== undefined && (num.tokens === 1 || num.digitSeq)) res.digits = (num.neg ? '-' : '') + num.digits
  if (window) {
    res.window = true
    res.approx = false
    delete res.qualifier
    const v = res.value
    res.low = v
    res.high = v
    res.lowInclusive = true
    res.highInclusive = true
  }
  addNoun(ctx, res, tail)
  return res
}

/** Attach the counted noun after the tail to count-like quantities. */
export function addNoun(ctx: ScanContext, quantity: Quantity, tail: Tail): void {
  if (!tail.hasUnit && quantity.kind !== 'percent' && quantity.kind !== 'fraction') return
  const k = quantity.kind === 'range' ? quantity.of : quantity.kind
  if (k === 'date' || k === 'time' || k === 'year' || k === 'ordinal' || k === 'duration' || quantity.window === true) return
  if (tail.nounFrom < 0) return
  const allowDe = quantity.kind !== 'count' || tail.suffix !== null
  const noun = readNoun(ctx, tail.nounFrom, allowDe)
  if (noun !== undefined) quantity.noun = noun
}
