import {type Numeral, scanNumeral} from './numeral.js'
import type {Quantity} from './types.js'
import {type Ctx, make} from './context.js'

/** 3比1, 1:3 (a colon with a one-digit right side or without time context). */
export function ratioAt(ctx: Ctx, N: Numeral): Quantity | null {
  const {text, n} = ctx
  if (N.vague || N.range !== undefined || N.end >= n) return null
  const c = text[N.end]!
  if (c !== '比' && c !== ':' && c !== '：' && c !== '∶') return null
  const M = scanNumeral(text, N.end + 1, n, false)
  if (M === null || M.vague || M.range !== undefined || M.value === 0) return null
  if (c !== '比' && !(N.hasArabic && M.hasArabic)) return null
  if (c === '比' && N.hasArabic !== M.hasArabic) return null
  ctx.skip = M.end
  const value = (N.neg ? -N.value : N.value) / M.value
  const q = make(ctx, N.start, M.end, N.start, M.end, value, {low: value, high: value, li: true, hi: true, approx: false}, 'ratio', null)
  return q
}
