import {AR_DIGIT, skipSpaces, ZH_DIGIT, ZH_UNIT} from './chars.js'
import {applyQualifier, finish, type Iv, scale, stated} from './interval.js'
import {type Numeral, scanNumeral} from './numeral.js'
import type {Quantity, QuantityKind} from './types.js'
import {type Ctx, make, round} from './context.js'
import type {Prefix} from './words.js'
import {afterUnit, readTail, type Tail} from './tail.js'
import {addNoun} from './build.js'

/** Ranges: separators between two numbers. */
const RANGE_SEPS = '至到~～〜-－—–―'

/** 3至5万, 3-5万元, 1-2个月, 3%到5%, 2017-2018年. */
export function rangeAfter(ctx: Ctx, N: Numeral, tail: Tail, pre: Prefix | null): Quantity | null {
  const {text, n} = ctx
  if (N.vague || N.range !== undefined || tail.suffix !== null || tail.more || tail.window) return null
  const j = skipSpaces(text, tail.hasUnit ? tail.end : tail.numEnd, n)
  if (j >= n || !RANGE_SEPS.includes(text[j]!)) return null
  const sep = text[j]!
  const k = skipSpaces(text, j + 1, n)
  if (k >= n) return null
  const kc = text.charCodeAt(k)
  if (AR_DIGIT[kc]! < 0 && ZH_DIGIT[kc]! < 0 && ZH_UNIT[kc]! < 0) return null
  if (N.hasArabic !== (AR_DIGIT[kc]! >= 0) && !(N.hasChinese && N.hasArabic)) {
    // 3至五万: mixed scripts across a range are rare and usually two facts.
    if (!(N.hasArabic && ZH_DIGIT[kc]! >= 0 && false)) return null
  }
  const M = scanNumeral(text, k, n, false)
  if (M === null || M.vague || M.range !== undefined) return null
  let t2 = readTail(ctx, M, false)
  const yearUnit = text.charCodeAt(skipSpaces(text, t2.numEnd, n)) === 0x5e74 && !t2.hasUnit
  if (yearUnit) {
    t2 = afterUnit(ctx, {...t2, kind: 'duration', unit: '年', role: 'duration'}, skipSpaces(text, t2.numEnd, n) + 1)
  }
  if (tail.hasUnit && (!t2.hasUnit || t2.unit !== tail.unit || t2.kind !== tail.kind)) return null
  const dashLike = sep !== '至'
  // © 1997-2020: two four-digit years need no 年.
  const years =
    !t2.hasUnit && !tail.hasUnit && N.hasArabic && M.hasArabic && N.exact && M.exact && N.end - N.bodyStart === 4 && M.end - k === 4 &&
    N.value >= 1000 && M.value <= 2199 && M.value > N.value && M.value - N.value < 200
  if (dashLike && !t2.hasUnit && M.mag < 0 && !years) return null
  let loN = N.value
  let loIv = stated(N)
  if (N.mag < 0 && M.mag >= 0) {
    // The magnitude written once covers both ends: 3至5万 → 3万 to 5万.
    loN = N.value * 10 ** M.mag
    const d = {...N, value: loN, prec: N.exact ? M.mag : N.prec + M.mag, exact: false}
    loIv = stated(d)
  }
  const hiN = M.value
  if (loN > hiN) return null
  const hiIv = stated(M)
  let iv: Iv = {low: loIv.low, high: hiIv.high, li: loIv.li, hi: hiIv.hi, approx: false}
  let kind = t2.kind
  let unit = t2.unit
  let of: QuantityKind = kind
  let lo = loN
  let hi = hiN
  if (years || (t2.unit === '年' && N.hasArabic && M.hasArabic && N.end - N.bodyStart === 4 && k + 4 === M.end && loN >= 1000 && hiN <= 2199)) {
    of = 'year'
    unit = '年'
  }
  if (t2.factor !== 1 || t2.extra !== 0) {
    iv = scale(iv, t2.factor)
    lo *= t2.factor
    hi *= t2.factor
  }
  if (N.neg) {
    lo = -lo
    iv = {...iv, low: iv.low === null ? null : -Math.abs(iv.low)}
  }
  if (pre !== null && pre.code !== 'none') iv = applyQualifier(iv, pre.code, lo)
  kind = 'range'
  ctx.skip = t2.end
  const start = pre !== null ? pre.start : N.start
  const q = make(ctx, start, t2.end, N.start, t2.numEnd, null, finish(iv), kind, unit)
  q.lo = round(lo)
  q.hi = round(hi)
  q.of = of
  if (pre !== null && pre.code !== 'none' && q.approx && iv.q !== undefined) q.qualifier = iv.q
  addNoun(ctx, q, t2)
  return q
}
