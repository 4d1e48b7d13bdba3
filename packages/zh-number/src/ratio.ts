/**
 * Ratios: 3比1, 1:3.
 */

import {type Numeral, scanNumeral} from './numeral.js'
import type {Quantity} from './types.js'
import {type ScanContext, makeQuantity} from './context.js'

/** 3比1, 1:3 (a colon with a one-digit right side or without time context). */
export function ratioAt(ctx: ScanContext, num: Numeral): Quantity | null {
  const {text, n} = ctx
  if (num.vague || num.range !== undefined || num.end >= n) return null
  const c = text[num.end]!
  if (c !== '比' && c !== ':' && c !== '：' && c !== '∶') return null
  const right = scanNumeral(text, num.end + 1, n, false)
  if (right === null || right.vague || right.range !== undefined || right.value === 0) return null
  if (c !== '比' && !(num.hasArabic && right.hasArabic)) return null
  if (c === '比' && num.hasArabic !== right.hasArabic) return null
  ctx.skip = right.end
  const value = (num.neg ? -num.value : num.value) / right.value
  const q = makeQuantity(ctx, num.start, right.end, num.start, right.end, value, {low: value, high: value, lowInclusive: true, highInclusive: true, approx: false}, 'ratio', null)
  return q
}
