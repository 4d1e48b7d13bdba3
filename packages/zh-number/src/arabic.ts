/**
 * Arabic literals inside a numeral: digits of any width, thousands groups (`1,234`, `1 234`,
 * `４，５６５`), decimals, `e` exponents and `^` powers, with the place facts of the last digits.
 */

import {AR_DIGIT, isLatin} from './chars.js'
import {type Dec, decFromDigits, decShift} from './dec.js'

/** An Arabic literal as written: integer and fraction digits (ASCII), exponent, power. */
export interface ArabicLit {
  int: string
  frac: string
  exp: number
  pow: number | null
  /** `1,234`, `1 234`: grouped thousands. */
  grouped: boolean
}

/** The run of Arabic digits (any width) at `at`, as ASCII, and where it stops. */
function readArabicDigits(text: string, at: number, end: number): {digits: string; end: number} {
  let j = at
  let digits = ''
  while (j < end) {
    const d = AR_DIGIT[text.charCodeAt(j)]!
    if (d < 0) break
    digits += String.fromCharCode(48 + d)
    j++
  }
  return {digits, end: j}
}

/** Thousands grouping after the first 1–3 digits (`1,234`, `1 234`): every group exactly three digits. */
function readThousandsGroups(text: string, int: string, at: number, end: number): {int: string; end: number} | null {
  const sep = text.charCodeAt(at)
  const lastWide = text.charCodeAt(at - 1) >= 0xff10
  // A full-width comma between ASCII digits is a thousands separator only where a list cannot be
  // meant: the groups end in a decimal fraction (`25，075.13点`) or a group starts with 0 (`1，050`).
  const narrowWideComma = sep === 0xff0c && !lastWide
  const okSep =
    sep === 0x2c ||
    sep === 0xff0c ||
    sep === 0x20 ||
    sep === 0xa0 ||
    sep === 0x2009 ||
    sep === 0x202f
  if (!okSep) return null
  let k = at
  let acc = int
  let groups = 0
  let zeroLed = false
  while (k < end && text.charCodeAt(k) === sep) {
    const a = AR_DIGIT[text.charCodeAt(k + 1)] ?? -1
    const b = AR_DIGIT[text.charCodeAt(k + 2)] ?? -1
    const c = AR_DIGIT[text.charCodeAt(k + 3)] ?? -1
    const after = k + 4 < end ? text.charCodeAt(k + 4) : -1
    if (a < 0 || b < 0 || c < 0 || (after >= 0 && (AR_DIGIT[after]! >= 0 || (sep === 0x20 && (after === 0x2f || after === 0xff0f || after === 0x3a))))) break
    acc += String.fromCharCode(48 + a, 48 + b, 48 + c)
    if (a === 0) zeroLed = true
    k += 4
    groups++
  }
  if (narrowWideComma && !zeroLed && !(text.charCodeAt(k) === 0x2e && (AR_DIGIT[text.charCodeAt(k + 1)] ?? -1) >= 0)) return null
  return groups > 0 ? {int: acc, end: k} : null
}

/** e-notation at `at`: e, optional sign, 1–3 digits, then no further letter. */
function readExponent(text: string, at: number, end: number): {exp: number; end: number} | null {
  let k = at + 1
  let sign = 1
  const sc = text.charCodeAt(k)
  if (sc === 0x2b) k++
  else if (sc === 0x2d || sc === 0xff0d || sc === 0x2212) {
    sign = -1
    k++
  }
  let digits = ''
  while (k < end && AR_DIGIT[text.charCodeAt(k)]! >= 0) {
    digits += String.fromCharCode(48 + AR_DIGIT[text.charCodeAt(k)]!)
    k++
  }
  if (digits.length > 0 && digits.length <= 3 && !(k < end && isLatin(text.charCodeAt(k)))) return {exp: sign * Number(digits), end: k}
  return null
}

/** A power after `^` at `at`: any run of signs, then 1–3 digits. */
function readPower(text: string, at: number, end: number): {pow: number; end: number} | null {
  let k = at + 1
  let sign = 1
  while (k < end) {
    const sc = text.charCodeAt(k)
    if (sc === 0x2b) k++
    else if (sc === 0x2d) {
      sign = -sign
      k++
    } else break
  }
  let digits = ''
  while (k < end && AR_DIGIT[text.charCodeAt(k)]! >= 0) {
    digits += String.fromCharCode(48 + AR_DIGIT[text.charCodeAt(k)]!)
    k++
  }
  if (digits.length > 0 && digits.length <= 3) return {pow: sign * Number(digits), end: k}
  return null
}

/** One Arabic literal at `at`: digits, thousands groups, decimals, then an exponent or a power. */
export function scanArabic(text: string, at: number, end: number): {lit: ArabicLit; end: number} | null {
  const head = readArabicDigits(text, at, end)
  let int = head.digits
  let j = head.end
  let grouped = false
  if (int.length > 0 && int.length <= 3 && j < end) {
    const groups = readThousandsGroups(text, int, j, end)
    if (groups !== null) {
      int = groups.int
      j = groups.end
      grouped = true
    }
  }
  let frac = ''
  if (j < end) {
    const ch = text.charCodeAt(j)
    if ((ch === 0x2e || ch === 0xff0e) && j + 1 < end && AR_DIGIT[text.charCodeAt(j + 1)]! >= 0) {
      const tail = readArabicDigits(text, j + 1, end)
      frac = tail.digits
      j = tail.end
    }
  }
  if (int.length === 0 && frac.length === 0) return null
  let exp = 0
  let pow: number | null = null
  if (j < end) {
    const ch = text.charCodeAt(j)
    if (ch === 0x65 || ch === 0x45 || ch === 0xff45) {
      const e = readExponent(text, j, end)
      if (e !== null) {
        exp = e.exp
        j = e.end
      }
    } else if (ch === 0x5e) {
      const p = readPower(text, j, end)
      if (p !== null) {
        pow = p.pow
        j = p.end
      }
    }
  }
  return {lit: {int, frac, exp, pow, grouped}, end: j}
}

/** The exact value of a literal (exponent applied, power not). */
export function litDec(literal: ArabicLit): Dec {
  const d = decFromDigits(literal.int + literal.frac, literal.frac.length)
  return literal.exp === 0 ? d : decShift(d, literal.exp)
}

/** Exponent of the last stated digit of a literal. */
export function litLast(literal: ArabicLit): number {
  return literal.exp - literal.frac.length
}

/** Exponent of the last non-zero digit of a literal. */
export function litLastNZ(literal: ArabicLit): number {
  const all = literal.int + literal.frac
  let k = all.length - 1
  while (k > 0 && all.charCodeAt(k) === 48) k--
  return literal.exp - literal.frac.length + (all.length - 1 - k)
}
