/**
 * Numeral scanning: one numeral expression (Arabic, Chinese, mixed, digit
 * strings, vague 几/数/多/余 slots, `三五十` pairs) starting at a position,
 * evaluated exactly, with the precision facts the interval rules need.
 *
 * Tokenising is greedy and permissive; evaluation is strict and, when a
 * token cannot continue the numeral (`十二五`), the scanner retries with the
 * longest valid prefix. Every loop moves forward, so the cost is linear in
 * the numeral's length.
 */

import {
  AR_DIGIT,
  LIANG,
  ZERO_CHAR,
  ZH_DIGIT,
  ZH_MAG,
  ZH_TENS,
  ZH_UNIT,
  AMBIGUOUS_FINANCIAL,
  FINANCIAL,
  isLatin,
  skipSpaces
} from './chars.js'
import {type Dec, ZERO, decAdd, decFromDigits, decFromInt, decIsZero, decShift, decToNumber} from './dec.js'

const D = 0 // Chinese digit (零 included)
const A = 1 // Arabic literal
const U = 2 // 十 百 千
const M = 3 // 万 亿 兆, k, M
const P = 4 // 点 decimal point
const J = 5 // 几 slot
const V = 6 // 多/余 inside (before a unit or magnitude)
const S = 7 // 数 leading vague coefficient

interface ArabicLit {
  int: string
  frac: string
  exp: number
  pow: number | null
  /** `1,234`, `1 234`: grouped thousands. */
  grouped: boolean
}

interface Token {
  t: number
  v: number
  s: number
  e: number
  lit?: ArabicLit
  /** The character code of the token's first character. */
  c: number
}

/** A scanned numeral with the facts the interval rules need. */
export interface Numeral {
  start: number
  end: number
  /** End of the sign, i.e. where the digits begin. */
  bodyStart: number
  neg: boolean
  /** Base value, unsigned. */
  value: number
  /** True when every stated digit is a unit digit: no decimals, no magnitude on the last group. */
  exact: boolean
  /** Exponent of the unit of the last stated digit (the precision), when not exact. */
  prec: number
  /** Exponent of the unit of the last non-zero stated digit (for 多/余). */
  lastNZ: number
  /** Exponent of the last magnitude applied (万 → 4), -1 when none. */
  mag: number
  /** 几/数/internal 多余: [lo, hi) unsigned. */
  vague: boolean
  /** The vagueness is only an internal 多/余 (十余万): reported as `more`, not `vague`. */
  moreInside: boolean
  lo: number
  hi: number
  /** Digit string as written for Arabic literals and Chinese digit strings. */
  digits?: string
  /** Chinese digit string (一二三, 二〇一七) rather than a positional numeral. */
  digitSeq: boolean
  /** Exactly two adjacent digits that read as a pair (七八, 三五): range or digit string. */
  pair: boolean
  /** `三五十`, `十七八`: the two readings. */
  range?: {lo: Numeral; hi: Numeral}
  /** Count of tokens. */
  tokens: number
  hasChinese: boolean
  hasArabic: boolean
  /** Only financial forms that double as ordinary words (伍 陆 拾 肆). */
  ambiguousOnly: boolean
  /** Uses financial forms (壹 贰 …). */
  financial: boolean
  /** A unit with no coefficient and nothing else (百, 千). */
  bareUnit: boolean
  /** `2^5`-type power, evaluated in floating point. */
  isPower: boolean
}

function scanArabic(text: string, i: number, end: number): {lit: ArabicLit; end: number} | null {
  let j = i
  let int = ''
  while (j < end) {
    const d = AR_DIGIT[text.charCodeAt(j)]!
    if (d < 0) break
    int += String.fromCharCode(48 + d)
    j++
  }
  let grouped = false
  if (int.length > 0 && int.length <= 3 && j < end) {
    // Thousands grouping: every group exactly three digits and not followed by another digit.
    const sep = text.charCodeAt(j)
    const lastWide = text.charCodeAt(j - 1) >= 0xff10
    const okSep =
      sep === 0x2c ||
      (sep === 0xff0c && lastWide) ||
      sep === 0x20 ||
      sep === 0xa0 ||
      sep === 0x2009 ||
      sep === 0x202f
    if (okSep) {
      let k = j
      let acc = int
      let groups = 0
      while (k < end && text.charCodeAt(k) === sep) {
        const a = AR_DIGIT[text.charCodeAt(k + 1)] ?? -1
        const b = AR_DIGIT[text.charCodeAt(k + 2)] ?? -1
        const c = AR_DIGIT[text.charCodeAt(k + 3)] ?? -1
        const after = k + 4 < end ? text.charCodeAt(k + 4) : -1
        if (a < 0 || b < 0 || c < 0 || (after >= 0 && (AR_DIGIT[after]! >= 0 || (sep === 0x20 && (after === 0x2f || after === 0xff0f || after === 0x3a))))) break
        acc += String.fromCharCode(48 + a, 48 + b, 48 + c)
        k += 4
        groups++
      }
      if (groups > 0) {
        int = acc
        j = k
        grouped = true
      }
    }
  }
  let frac = ''
  if (j < end) {
    const ch = text.charCodeAt(j)
    if ((ch === 0x2e || ch === 0xff0e) && j + 1 < end && AR_DIGIT[text.charCodeAt(j + 1)]! >= 0) {
      let k = j + 1
      while (k < end) {
        const d = AR_DIGIT[text.charCodeAt(k)]!
        if (d < 0) break
        frac += String.fromCharCode(48 + d)
        k++
      }
      j = k
    }
  }
  if (int.length === 0 && frac.length === 0) return null
  let exp = 0
  let pow: number | null = null
  if (j < end) {
    const ch = text.charCodeAt(j)
    if (ch === 0x65 || ch === 0x45 || ch === 0xff45) {
      // e-notation: e, optional sign, digits, then no further letter.
      let k = j + 1
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
      if (digits.length > 0 && digits.length <= 3 && !(k < end && isLatin(text.charCodeAt(k)))) {
        exp = sign * Number(digits)
        j = k
      }
    } else if (ch === 0x5e) {
      let k = j + 1
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
      if (digits.length > 0 && digits.length <= 3) {
        pow = sign * Number(digits)
        j = k
      }
    }
  }
  return {lit: {int, frac, exp, pow, grouped}, end: j}
}

function litDec(lit: ArabicLit): Dec {
  const d = decFromDigits(lit.int + lit.frac, lit.frac.length)
  return lit.exp === 0 ? d : decShift(d, lit.exp)
}

/** Exponent of the last stated digit of a literal. */
function litLast(lit: ArabicLit): number {
  return lit.exp - lit.frac.length
}

/** Exponent of the last non-zero digit of a literal. */
function litLastNZ(lit: ArabicLit): number {
  const all = lit.int + lit.frac
  let k = all.length - 1
  while (k > 0 && all.charCodeAt(k) === 48) k--
  return lit.exp - lit.frac.length + (all.length - 1 - k)
}

const SI_AFTER_ZHAO = '瓦赫帕焦欧歐字位比伏安'

function tokenize(text: string, start: number, end: number, toks: Token[]): number {
  let i = start
  let inFrac = false
  while (i < end) {
    const j = toks.length === 0 ? i : skipSpaces(text, i, end)
    if (j >= end) break
    const c = text.charCodeAt(j)
    const prev = toks.length === 0 ? -1 : toks[toks.length - 1]!.t
    const ad = AR_DIGIT[c]!
    if (ad >= 0 || (c === 0x2e && toks.length === 0 && j + 1 < end && AR_DIGIT[text.charCodeAt(j + 1)]! >= 0)) {
      // Arabic after Chinese only follows a unit, a magnitude, 零 or a point (3万4000, 1千零1, 一百点123).
      if (prev === A || prev === J || prev === V || prev === S) break
      if (prev === D && (inFrac || toks[toks.length - 1]!.v !== 0)) break
      if (inFrac && prev !== P) break
      const r = scanArabic(text, j, end)
      if (r === null) break
      if (inFrac && (r.lit.frac.length > 0 || r.lit.exp !== 0 || r.lit.pow !== null || r.lit.grouped)) break
      toks.push({t: A, v: 0, s: j, e: r.end, lit: r.lit, c})
      i = r.end
      // Latin multipliers: 40k, 2.5 M, 15Ｋ.
      if (!inFrac) {
        const k = skipSpaces(text, i, end)
        if (k < end && k - i <= 1) {
          const m = text.charCodeAt(k)
          const exp = m === 0x6b || m === 0x4b || m === 0xff2b || m === 0xff4b ? 3 : m === 0x4d || m === 0xff2d ? 6 : -1
          if (exp > 0 && !(k + 1 < end && isLatin(text.charCodeAt(k + 1)))) {
            toks.push({t: M, v: exp, s: k, e: k + 1, c: m})
            i = k + 1
          }
        }
      }
      continue
    }
    const zd = ZH_DIGIT[c]!
    if (zd >= 0) {
      if (prev === A || prev === J || prev === S) break
      if (inFrac && prev === P && LIANG[c] === 1) break
      if (inFrac && prev !== P && prev !== D) break
      toks.push({t: D, v: zd, s: j, e: j + 1, c})
      i = j + 1
      continue
    }
    const zt = ZH_TENS[c]!
    if (zt >= 0) {
      if (inFrac || prev === D || prev === A || prev === J) break
      toks.push({t: D, v: zt, s: j, e: j + 1, c})
      toks.push({t: U, v: 1, s: j, e: j + 1, c})
      i = j + 1
      continue
    }
    const zu = ZH_UNIT[c]!
    if (zu >= 0) {
      if (inFrac) break
      // 百分之/千分之 after a numeral is a fraction's denominator unit: keep it; 分 is handled later.
      toks.push({t: U, v: zu, s: j, e: j + 1, c})
      i = j + 1
      continue
    }
    const zm = ZH_MAG[c]!
    if (zm >= 0) {
      if (toks.length === 0) break
      if (prev === P) break
      if (c === 0x5146 && j + 1 < end && SI_AFTER_ZHAO.includes(text[j + 1]!)) break
      toks.push({t: M, v: zm, s: j, e: j + 1, c})
      inFrac = false
      i = j + 1
      continue
    }
    if (c === 0x70b9 || c === 0x9ede) {
      // 点/點 is a decimal point only when a decimal digit follows (一点两小时 is not 1.2).
      if (inFrac || toks.length === 0 || prev === J || prev === V || prev === S) break
      const k = skipSpaces(text, j + 1, end)
      if (k >= end) break
      const n = text.charCodeAt(k)
      const ok = (ZH_DIGIT[n]! >= 0 && LIANG[n] === 0 && n !== 0x5e7a) || AR_DIGIT[n]! >= 0
      if (!ok) break
      toks.push({t: P, v: 0, s: j, e: j + 1, c})
      inFrac = true
      i = j + 1
      continue
    }
    if (c === 0x51e0 || c === 0x5e7e) {
      // 几/幾: a vague digit slot (十几, 一百零几) or a vague leading coefficient (几十, 几万).
      if (inFrac || prev === A || prev === J || prev === V || prev === S || prev === P) break
      if (prev === D && toks[toks.length - 1]!.v !== 0) break
      if (toks.length === 0) {
        const k = skipSpaces(text, j + 1, end)
        if (k >= end || (ZH_UNIT[text.charCodeAt(k)]! < 0 && ZH_MAG[text.charCodeAt(k)]! < 0)) break
      }
      toks.push({t: J, v: 0, s: j, e: j + 1, c})
      i = j + 1
      continue
    }
    if (c === 0x6570 || c === 0x6578) {
      // 数/數 only leads: 数十, 数百, 数万.
      if (toks.length !== 0) break
      const k = skipSpaces(text, j + 1, end)
      if (k >= end || (ZH_UNIT[text.charCodeAt(k)]! < 0 && ZH_MAG[text.charCodeAt(k)]! < 0)) break
      toks.push({t: S, v: 0, s: j, e: j + 1, c})
      i = j + 1
      continue
    }
    if (c === 0x591a || c === 0x4f59 || c === 0x9918) {
      // 多/余/餘 inside a numeral only before a unit or magnitude (十余万, 一千多万); a trailing one is the caller's.
      if (toks.length === 0 || inFrac || prev === P || prev === J || prev === V || prev === S) break
      const k = skipSpaces(text, j + 1, end)
      if (k >= end) break
      const n = text.charCodeAt(k)
      if (ZH_MAG[n]! < 0 && ZH_UNIT[n]! < 0) break
      toks.push({t: V, v: 0, s: j, e: j + 1, c})
      i = j + 1
      continue
    }
    break
  }
  return i
}

interface PosResult {
  value: Dec
  exact: boolean
  prec: number
  lastNZ: number
  mag: number
}

/** Evaluate a positional numeral; returns the index of the first bad token on failure. */
function evalPositional(toks: readonly Token[], n: number, mode: 0 | 1 | 2): PosResult | number {
  let total = ZERO
  let group = ZERO
  let lastMag = -1
  let pend = -1
  let pendLit: ArabicLit | null = null
  let prevUnit = -1
  let prevFromMag = false
  let zero = false
  let groupHas = false
  let inFrac = false
  let fracPlace = 0
  let lastPlace = 0
  let lastNZ = 0
  let prec = 0
  let scaled = false
  let hasFrac = false

  const flush = (elide: boolean): void => {
    if (pendLit !== null) {
      group = decAdd(group, litDec(pendLit))
      lastPlace = litLast(pendLit)
      if (pendLit.int.replace(/0/g, '') !== '' || pendLit.frac.replace(/0/g, '') !== '') lastNZ = litLastNZ(pendLit)
      hasFrac = lastPlace < 0
      scaled = false
      pendLit = null
      groupHas = true
    } else if (pend >= 0) {
      // 三万五, 一百二: a lone digit after a unit stands for the next lower place, but only at the end.
      const elided = elide && !zero && prevUnit > 1
      const place = elided ? prevUnit - 1 : 0
      group = decAdd(group, decShift(decFromInt(pend), place))
      lastPlace = place
      if (pend !== 0) lastNZ = place
      scaled = elided && prevFromMag
      if (scaled) prec = place
      hasFrac = false
      pend = -1
      groupHas = true
    }
  }

  for (let i = 0; i < n; i++) {
    const tok = toks[i]!
    switch (tok.t) {
      case D: {
        if (inFrac) {
          fracPlace--
          group = decAdd(group, decShift(decFromInt(tok.v), fracPlace))
          lastPlace = fracPlace
          if (tok.v !== 0) lastNZ = fracPlace
          hasFrac = true
          groupHas = true
          break
        }
        if (pend >= 0 || pendLit !== null) return i
        if (tok.v === 0) {
          zero = true
          break
        }
        pend = tok.v
        break
      }
      case A: {
        const lit = tok.lit!
        if (inFrac) {
          const len = lit.int.length
          group = decAdd(group, decShift(decFromDigits(lit.int, 0), fracPlace - len))
          fracPlace -= len
          lastPlace = fracPlace
          const nz = litLastNZ(lit)
          if (lit.int.replace(/0/g, '') !== '') lastNZ = fracPlace + nz
          hasFrac = true
          groupHas = true
          break
        }
        if (pend >= 0 || pendLit !== null) return i
        pendLit = lit
        break
      }
      case U: {
        if (inFrac) return i
        // 十百, 百百: a unit may not repeat or grow inside one group.
        if (prevUnit >= 0 && !prevFromMag && tok.v >= prevUnit) return i
        if (pendLit !== null) {
          const lit = pendLit
          group = decAdd(group, decShift(litDec(lit), tok.v))
          lastPlace = tok.v + litLast(lit)
          lastNZ = tok.v + litLastNZ(lit)
          pendLit = null
        } else {
          const coef = pend >= 0 ? pend : 1
          group = decAdd(group, decShift(decFromInt(coef), tok.v))
          lastPlace = tok.v
          lastNZ = tok.v
          pend = -1
        }
        prevUnit = tok.v
        prevFromMag = false
        zero = false
        groupHas = true
        scaled = false
        hasFrac = false
        break
      }
      case M: {
        inFrac = false
        flush(false)
        const e = tok.v
        if (!groupHas) {
          if (lastMag < 0) return i
          // 万亿, 万万: a magnitude on a magnitude multiplies everything so far.
          total = decShift(total, e)
          lastMag += e
          lastPlace += e
          lastNZ += e
          prec += e
          scaled = true
          prevUnit = lastMag
          prevFromMag = true
          zero = false
          break
        }
        if (lastMag >= 0 && e === lastMag) return i
        if (lastMag < 0 || e > lastMag) {
          total = decShift(decAdd(total, group), e)
        } else {
          total = decAdd(total, decShift(group, e))
        }
        lastMag = e
        lastPlace += e
        lastNZ += e
        prec = Math.min(lastPlace, e)
        scaled = true
        hasFrac = false
        group = ZERO
        groupHas = false
        prevUnit = e
        prevFromMag = true
        zero = false
        break
      }
      case P: {
        flush(true)
        if (!groupHas && decIsZero(total) && !zero) {
          // A point needs something before it; 零点五 has its 零.
          if (i === 0) return i
        }
        inFrac = true
        fracPlace = 0
        groupHas = true
        break
      }
      case J:
      case S: {
        const next = i + 1 < n ? toks[i + 1]!.t : -1
        const leading = !groupHas && pend < 0 && pendLit === null && (next === U || next === M)
        if (leading) {
          pend = mode === 0 ? 1 : mode === 1 ? 2 : 10
          break
        }
        if (tok.t === S) return i
        if (pend >= 0 || pendLit !== null) return i
        const place = zero || prevUnit < 0 ? 0 : prevUnit - 1
        const slot = mode === 0 ? 0 : mode === 1 ? 1 : 10
        group = decAdd(group, decShift(decFromInt(slot), place))
        lastPlace = place
        groupHas = true
        break
      }
      case V: {
        flush(false)
        if (!groupHas) return i
        if (mode === 2) group = decAdd(group, decShift(decFromInt(1), lastNZ))
        break
      }
      default:
        return i
    }
  }
  if (inFrac && fracPlace === 0) return n - 1
  flush(true)
  if (!groupHas && lastMag < 0) {
    // Only zeros: 零, 〇.
    return zero ? {value: ZERO, exact: true, prec: 0, lastNZ: 0, mag: -1} : 0
  }
  return {value: decAdd(total, group), exact: !scaled && !hasFrac, prec: hasFrac ? lastPlace : prec, lastNZ, mag: lastMag}
}

function isPairDigits(a: Token, b: Token): boolean {
  if (a.t !== D || b.t !== D || a.v === 0 || b.v === 0) return false
  if (ZERO_CHAR[a.c] === 1 || ZERO_CHAR[b.c] === 1) return false
  if (b.v === a.v + 1) return true
  return (a.v === 3 && b.v === 5) || (a.v === 1 && LIANG[b.c] === 1)
}

function blank(start: number, end: number): Numeral {
  return {
    start,
    end,
    bodyStart: start,
    neg: false,
    value: 0,
    exact: true,
    prec: 0,
    lastNZ: 0,
    mag: -1,
    vague: false,
    moreInside: false,
    lo: 0,
    hi: 0,
    digitSeq: false,
    pair: false,
    tokens: 0,
    hasChinese: false,
    hasArabic: false,
    ambiguousOnly: false,
    financial: false,
    bareUnit: false,
    isPower: false
  }
}

function describe(out: Numeral, toks: readonly Token[], n: number): void {
  let chinese = false
  let arabic = false
  let ambiguousOnly = true
  let financial = false
  for (let i = 0; i < n; i++) {
    const t = toks[i]!
    if (t.t === A) arabic = true
    else chinese = true
    if (AMBIGUOUS_FINANCIAL[t.c] !== 1) ambiguousOnly = false
    if (FINANCIAL[t.c] === 1) financial = true
  }
  out.hasChinese = chinese
  out.hasArabic = arabic
  out.ambiguousOnly = ambiguousOnly && n > 0
  out.financial = financial
  out.tokens = n
}

/** Try digit-string reading: only digits, optionally 点 and more digits. */
function evalDigitSeq(toks: readonly Token[], n: number, out: Numeral): boolean {
  let int = ''
  let frac = ''
  let inFrac = false
  for (let i = 0; i < n; i++) {
    const t = toks[i]!
    if (t.t === P) {
      if (inFrac) return false
      inFrac = true
      continue
    }
    if (t.t === A && inFrac) {
      frac += t.lit!.int
      continue
    }
    if (t.t !== D || LIANG[t.c] === 1) return false
    if (inFrac) frac += String.fromCharCode(48 + t.v)
    else int += String.fromCharCode(48 + t.v)
  }
  const d = decFromDigits(int + frac, frac.length)
  out.value = decToNumber(d)
  out.exact = frac.length === 0
  out.prec = -frac.length
  const all = int + frac
  let k = all.length - 1
  while (k > 0 && all.charCodeAt(k) === 48) k--
  out.lastNZ = -frac.length + (all.length - 1 - k)
  out.digitSeq = true
  out.digits = frac.length > 0 ? `${int}.${frac}` : int
  return true
}

function fill(out: Numeral, r: PosResult): void {
  out.value = decToNumber(r.value)
  out.exact = r.exact
  out.prec = r.prec
  out.lastNZ = r.lastNZ
  out.mag = r.mag
}

/** Interpret tokens [0, n); on failure returns the index at which to cut, or -1. */
function interpret(toks: Token[], n: number, out: Numeral): number {
  // Digit strings: two or more leading digits with no unit anywhere.
  let firstPair = -1
  let pairs = 0
  let hasUnit = false
  for (let i = 0; i < n; i++) {
    const t = toks[i]!.t
    if (t === U || t === M || t === J || t === V || t === S) hasUnit = true
  }
  for (let i = 0; i + 1 < n; i++) {
    const t = toks[i]!.t
    // Digits after the point are a plain digit string; 零 before a digit is the zero filler of 一千零一.
    if (t === P) break
    if (t === D && toks[i + 1]!.t === D && !(hasUnit && toks[i]!.v === 0)) {
      if (firstPair < 0) firstPair = i
      pairs++
    }
  }
  if (firstPair === 0 && !hasUnit) {
    const a = toks[0]!
    const b = toks[1]!
    if (n === 2 && isPairDigits(a, b)) {
      // 七八, 一两: the caller decides between a range and a digit string.
      out.pair = true
      if (!evalDigitSeq(toks, n, out)) out.value = a.v * 10 + b.v
      return -2
    }
    if (evalDigitSeq(toks, n, out)) return -2
    // 两两, 三三两两: not a digit string and not worth a shorter reading.
    return -1
  }
  if (firstPair >= 0) {
    const a = toks[firstPair]!
    const b = toks[firstPair + 1]!
    const after = firstPair + 2 < n ? toks[firstPair + 2]!.t : -1
    const before = firstPair > 0 ? toks[firstPair - 1]!.t : -1
    const rangeOk =
      pairs === 1 &&
      isPairDigits(a, b) &&
      (after === U || after === M || (after === -1 && before === U)) &&
      !toks.slice(0, n).some((t) => t.t === J || t.t === V || t.t === S || t.t === P)
    if (!rangeOk) return firstPair + 1
    const loToks = toks.slice(0, n).filter((_, k) => k !== firstPair + 1)
    const hiToks = toks.slice(0, n).filter((_, k) => k !== firstPair)
    const lo = evalPositional(loToks, loToks.length, 0)
    const hi = evalPositional(hiToks, hiToks.length, 0)
    if (typeof lo === 'number' || typeof hi === 'number') return firstPair + 1
    const loN = blank(out.start, out.end)
    const hiN = blank(out.start, out.end)
    fill(loN, lo)
    fill(hiN, hi)
    out.range = {lo: loN, hi: hiN}
    fill(out, lo)
    out.vague = true
    out.lo = loN.value
    out.hi = hiN.value
    return -2
  }
  // A lone Arabic literal keeps its digits; powers are evaluated in floating point.
  if (n === 1 && toks[0]!.t === A) {
    const lit = toks[0]!.lit!
    if (lit.pow !== null) {
      out.value = Math.pow(decToNumber(litDec(lit)), lit.pow)
      out.exact = true
      out.isPower = true
      return -2
    }
    out.digits = lit.frac.length > 0 ? `${lit.int}.${lit.frac}` : lit.int
  } else if (toks.slice(0, n).some((t) => t.t === A && t.lit!.pow !== null)) {
    return toks.findIndex((t) => t.t === A && t.lit!.pow !== null) || 1
  }
  const base = evalPositional(toks, n, 0)
  if (typeof base === 'number') return base
  fill(out, base)
  let vague = false
  let onlyMore = true
  for (let i = 0; i < n; i++) {
    const t = toks[i]!.t
    if (t === J || t === V || t === S) vague = true
    if (t === J || t === S) onlyMore = false
  }
  out.moreInside = vague && onlyMore
  if (vague) {
    const lo = evalPositional(toks, n, 1)
    const hi = evalPositional(toks, n, 2)
    if (typeof lo === 'number' || typeof hi === 'number') return 1
    out.vague = true
    out.lo = decToNumber(lo.value)
    out.hi = decToNumber(hi.value)
  }
  // 百, 千万: units with no digit at all need a classifier after them (千名, 百个) to be a number.
  if (toks.slice(0, n).every((t) => t.t === U || t.t === M)) out.bareUnit = true
  return -2
}

/** Read a sign at `i`: returns the index after it, or `i` when there is none. */
export function scanSign(text: string, i: number, end: number): number {
  if (i >= end) return i
  const c = text.charCodeAt(i)
  if (c === 0x8d1f || c === 0x8ca0) return i + 1 // 负 負
  if (c === 0x2d || c === 0xff0d || c === 0x2212) {
    if (i > 0) {
      const p = text.charCodeAt(i - 1)
      // After a digit or a letter a dash is a hyphen or a range dash, never a minus.
      if (AR_DIGIT[p]! >= 0 || isLatin(p) || ZH_DIGIT[p]! >= 0 || ZH_MAG[p]! >= 0 || ZH_UNIT[p]! >= 0) return i
    }
    return i + 1
  }
  if (c === 0x96f6 && i + 1 < end && text.charCodeAt(i + 1) === 0x4e0b) return i + 2 // 零下
  return i
}

const scratch: Token[] = []

/** Where the last call to `scanNumeral` stopped tokenising: callers skip rejected runs in one step. */
export let scanStop = 0

/**
 * Scan one numeral at `start` (a sign, then digits). Returns null when no
 * numeral starts there. `allowSign` is false inside constructs that read
 * their own sign.
 */
export function scanNumeral(text: string, start: number, end: number, allowSign = true): Numeral | null {
  const body = allowSign ? scanSign(text, start, end) : start
  if (body >= end) return null
  const toks = scratch
  toks.length = 0
  scanStop = tokenize(text, body, end, toks)
  if (toks.length === 0) return null
  let n = toks.length
  while (n > 0) {
    const out = blank(start, toks[n - 1]!.e)
    out.bodyStart = body
    out.neg = body !== start
    const r = interpret(toks, n, out)
    if (r === -2) {
      describe(out, toks, n)
      // A trailing magnitude that is really an SI prefix or a lone k was already excluded in tokenize.
      if (out.range !== undefined) {
        out.range.lo.end = out.end
        out.range.hi.end = out.end
      }
      return out
    }
    if (r === -1) return null
    if (r === 0) {
      n = n - 1
    } else {
      n = Math.min(n - 1, r)
    }
    // A cut that leaves a dangling point or vague marker is cut again by interpret.
  }
  return null
}
