/**
 * Fractions: 三分之一, 负４分之负二百六十三, 二百四十又5分之2, 1/2, 1 4/3.
 */

import {AR_DIGIT, skipSpaces} from './chars.js'
import {applyQualifier, finish, type Interval} from './interval.js'
import {type Numeral, scanNumeral} from './numeral.js'
import type {Quantity} from './types.js'
import {type ScanContext, makeQuantity} from './context.js'
import {prefixBefore} from './words.js'
import {afterFraction, emptyTail} from './tail.js'
import {addNoun} from './build.js'

/** Units after 一半 that make it a length (`一半天`), not the half of something. */
const HALF_OF = /[年天月日小个個周週斤吨噸米里亩畝]/

/** 三分之一, 负４分之负二百六十三, 二百四十又5分之2, 1/2, -3/2, 1 4/3. */
export function fraction(ctx: ScanContext, num: Numeral): Quantity | null | undefined {
  const {text, n} = ctx
  if (num.vague || num.range !== undefined) return undefined
  const sign = (x: Numeral): number => (x.neg ? -x.value : x.value)
  const arabicInt = (x: Numeral | null): x is Numeral =>
    x !== null && x.hasArabic && !x.hasChinese && x.exact && x.mag < 0 && !x.vague && x.range === undefined
  let j = skipSpaces(text, num.end, n)
  let whole: Numeral | null = null
  let den = num
  if (j < n && text[j] === '又') {
    const denominator = scanNumeral(text, skipSpaces(text, j + 1, n), n, false)
    if (denominator === null || denominator.vague || denominator.range !== undefined) return undefined
    whole = num
    den = denominator
    j = skipSpaces(text, denominator.end, n)
  }
  let value: number
  let end: number
  // (`三份之一`: Hong Kong writes 份 for 分 in a fraction as often as not.)
  if (j < n && (text[j] === '分' || text[j] === '份') && text[skipSpaces(text, j + 1, n)] === '之') {
    const numerator = scanNumeral(text, skipSpaces(text, skipSpaces(text, j + 1, n) + 1, n), n, true)
    if (numerator === null || numerator.vague || numerator.range !== undefined || den.value === 0) return undefined
    value = sign(numerator) / sign(den)
    end = numerator.end
  } else if (whole === null && j === num.end && text[j] === '半' && num.value === 1 && num.hasChinese && !num.hasArabic && num.end - num.start === 1 && !HALF_OF.test(text[j + 1] ?? '')) {
    // 一半 (约一半市民, 减少一半): half, as 二分之一; `一半天` and the like are lengths, read elsewhere.
    value = 0.5
    end = j + 1
  } else if (whole === null && j === num.end && (text[j] === '/' || text[j] === '／') && arabicInt(num)) {
    const bottom = j + 1 < n && AR_DIGIT[text.charCodeAt(j + 1)]! >= 0 ? scanNumeral(text, j + 1, n, false) : null
    if (!arabicInt(bottom) || bottom.value === 0) return undefined
    // (`2020/9月`, a table's head: a year and a month; `16/10/2020`, a day, a month and a year: dates, read elsewhere.)
    if (num.value >= 1900 && num.value <= 2099 && bottom.value <= 12 && text[bottom.end] === '月') return undefined
    if (/^[/／](?:19|20)\d\d(?![0-9])/.test(text.slice(bottom.end, bottom.end + 6))) return undefined
    value = sign(num) / bottom.value
    end = bottom.end
  } else if (whole === null && j > num.end && j < n && arabicInt(num) && AR_DIGIT[text.charCodeAt(j)]! >= 0) {
    // 1 4/3: a whole number, a space, then a slash fraction.
    const top = scanNumeral(text, j, n, false)
    if (!arabicInt(top) || top.end >= n || (text[top.end] !== '/' && text[top.end] !== '／')) return undefined
    const bottom = AR_DIGIT[text.charCodeAt(top.end + 1)]! >= 0 ? scanNumeral(text, top.end + 1, n, false) : null
    if (!arabicInt(bottom) || bottom.value === 0) return undefined
    whole = num
    value = top.value / bottom.value
    end = bottom.end
  } else {
    return undefined
  }
  if (whole !== null) {
    // The sign of a mixed number covers all of it: 负一又二分之一 = -1.5.
    const mag = whole.value + Math.abs(value)
    value = whole.neg ? -mag : mag
  }
  ctx.skip = end
  const tail = afterFraction(ctx, emptyTail(end), end)
  let iv: Interval = {low: value, high: value, lowInclusive: true, highInclusive: true, approx: false}
  if (tail.suffix !== null) iv = applyQualifier(iv, tail.suffix, value)
  const pre = prefixBefore(ctx, num.start)
  if (pre !== null && pre.code !== 'none') iv = applyQualifier(iv, pre.code, value)
  const start = pre !== null ? pre.start : num.start
  const q = makeQuantity(ctx, start, tail.end, num.start, end, value, finish(iv), 'fraction', null)
  if (iv.qualifier !== undefined && q.approx) q.qualifier = iv.qualifier
  addNoun(ctx, q, tail)
  return q
}
