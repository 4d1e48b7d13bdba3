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

import {AR_DIGIT, LIANG, ZERO_CHAR, ZH_DIGIT, ZH_MAG, ZH_UNIT, AMBIGUOUS_FINANCIAL, FINANCIAL, isLatin} from './chars.js'
import {decFromDigits, decToNumber} from './dec.js'
import {litDec} from './arabic.js'
import {ARABIC, DIGIT, JI_SLOT, MAGNITUDE, MORE_INSIDE, POINT, SHU_LEAD, UNIT, type Token, tokenize} from './tokens.js'
import {type PosResult, evalPositional} from './positional.js'
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
  /** 几/数/internal 多余: the value lies in [vagueLow, vagueHigh), unsigned. */
  vague: boolean
  /** The vagueness is only an internal 多/余 (十余万): reported as `more`, not `vague`. */
  moreInside: boolean
  /** Lowest reading of a vague numeral (几十 → 20; 三五十 → 30). */
  vagueLow: number
  /** Exclusive upper end of a vague numeral (几十 → 100), or the high reading of a pair (三五十 → 50). */
  vagueHigh: number
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

function isPairDigits(first: Token, second: Token): boolean {
  if (first.kind !== DIGIT || second.kind !== DIGIT || first.value === 0 || second.value === 0) return false
  if (ZERO_CHAR[first.code] === 1 || ZERO_CHAR[second.code] === 1) return false
  if (second.value === first.value + 1) return true
  return (first.value === 3 && second.value === 5) || (first.value === 1 && LIANG[second.code] === 1)
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
    vagueLow: 0,
    vagueHigh: 0,
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

function describe(out: Numeral, toks: readonly Token[], count: number): void {
  let chinese = false
  let arabic = false
  let ambiguousOnly = true
  let financial = false
  for (let i = 0; i < count; i++) {
    const t = toks[i]!
    if (t.kind === ARABIC) arabic = true
    else chinese = true
    if (AMBIGUOUS_FINANCIAL[t.code] !== 1) ambiguousOnly = false
    if (FINANCIAL[t.code] === 1) financial = true
  }
  out.hasChinese = chinese
  out.hasArabic = arabic
  out.ambiguousOnly = ambiguousOnly && count > 0
  out.financial = financial
  out.tokens = count
}

/** Try digit-string reading: only digits, optionally 点 and more digits. */
function evalDigitSeq(toks: readonly Token[], count: number, out: Numeral): boolean {
  let int = ''
  let frac = ''
  let inFrac = false
  for (let i = 0; i < count; i++) {
    const t = toks[i]!
    if (t.kind === POINT) {
      if (inFrac) return false
      inFrac = true
      continue
    }
    if (t.kind === ARABIC && inFrac) {
      frac += t.lit!.int
      continue
    }
    if (t.kind !== DIGIT || LIANG[t.code] === 1) return false
    if (inFrac) frac += String.fromCharCode(48 + t.value)
    else int += String.fromCharCode(48 + t.value)
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

function fill(out: Numeral, result: PosResult): void {
  out.value = decToNumber(result.value)
  out.exact = result.exact
  out.prec = result.prec
  out.lastNZ = result.lastNZ
  out.mag = result.mag
}

/** `interpret` succeeded: `out` holds the reading. */
const INTERPRETED = -2
/** `interpret` rejects the whole run: no shorter reading is tried. */
const REJECTED = -1

/** Adjacent Chinese digits in tokens [0, n) before any point (零 before a digit is a filler when there is a unit). */
function findDigitPairs(toks: readonly Token[], count: number): {firstPair: number; pairs: number; hasUnit: boolean} {
  let firstPair = -1
  let pairs = 0
  let hasUnit = false
  for (let i = 0; i < count; i++) {
    const t = toks[i]!.kind
    if (t === UNIT || t === MAGNITUDE || t === JI_SLOT || t === MORE_INSIDE || t === SHU_LEAD) hasUnit = true
  }
  for (let i = 0; i + 1 < count; i++) {
    const t = toks[i]!.kind
    // Digits after the point are a plain digit string; 零 before a digit is the zero filler of 一千零一.
    if (t === POINT) break
    if (t === DIGIT && toks[i + 1]!.kind === DIGIT && !(hasUnit && toks[i]!.value === 0)) {
      if (firstPair < 0) firstPair = i
      pairs++
    }
  }
  return {firstPair, pairs, hasUnit}
}

/** Leading digits with no unit anywhere: a digit string (一二三) or a pair (七八, 一两). */
function interpretDigitString(toks: readonly Token[], count: number, out: Numeral): number {
  const a = toks[0]!
  const b = toks[1]!
  if (count === 2 && isPairDigits(a, b)) {
    // 七八, 一两: the caller decides between a range and a digit string.
    out.pair = true
    if (!evalDigitSeq(toks, count, out)) out.value = a.value * 10 + b.value
    return INTERPRETED
  }
  if (evalDigitSeq(toks, count, out)) return INTERPRETED
  // 两两, 三三两两: not a digit string and not worth a shorter reading.
  return REJECTED
}

/** A digit pair inside a positional numeral (三五十, 十七八): both readings, or where to cut. */
function interpretPairRange(toks: readonly Token[], count: number, firstPair: number, pairs: number, out: Numeral): number {
  const a = toks[firstPair]!
  const b = toks[firstPair + 1]!
  const after = firstPair + 2 < count ? toks[firstPair + 2]!.kind : -1
  const before = firstPair > 0 ? toks[firstPair - 1]!.kind : -1
  const rangeOk =
    pairs === 1 &&
    isPairDigits(a, b) &&
    (after === UNIT || after === MAGNITUDE || (after === -1 && before === UNIT)) &&
    !toks.slice(0, count).some((t) => t.kind === JI_SLOT || t.kind === MORE_INSIDE || t.kind === SHU_LEAD || t.kind === POINT)
  if (!rangeOk) return firstPair + 1
  const loToks = toks.slice(0, count).filter((_, k) => k !== firstPair + 1)
  const hiToks = toks.slice(0, count).filter((_, k) => k !== firstPair)
  const lo = evalPositional(loToks, loToks.length, 'base')
  const hi = evalPositional(hiToks, hiToks.length, 'base')
  if (typeof lo === 'number' || typeof hi === 'number') return firstPair + 1
  const loN = blank(out.start, out.end)
  const hiN = blank(out.start, out.end)
  fill(loN, lo)
  fill(hiN, hi)
  out.range = {lo: loN, hi: hiN}
  fill(out, lo)
  out.vague = true
  out.vagueLow = loN.value
  out.vagueHigh = hiN.value
  return INTERPRETED
}

/** A positional numeral, with its vague low and high readings when it has 几/数/多/余. */
function interpretPositional(toks: readonly Token[], count: number, out: Numeral): number {
  const base = evalPositional(toks, count, 'base')
  if (typeof base === 'number') return base
  fill(out, base)
  let vague = false
  let onlyMore = true
  for (let i = 0; i < count; i++) {
    const t = toks[i]!.kind
    if (t === JI_SLOT || t === MORE_INSIDE || t === SHU_LEAD) vague = true
    if (t === JI_SLOT || t === SHU_LEAD) onlyMore = false
  }
  out.moreInside = vague && onlyMore
  if (vague) {
    const lo = evalPositional(toks, count, 'low')
    const hi = evalPositional(toks, count, 'high')
    if (typeof lo === 'number' || typeof hi === 'number') return 1
    out.vague = true
    out.vagueLow = decToNumber(lo.value)
    out.vagueHigh = decToNumber(hi.value)
  }
  // 百, 千万: units with no digit at all need a classifier after them (千名, 百个) to be a number.
  if (toks.slice(0, count).every((t) => t.kind === UNIT || t.kind === MAGNITUDE)) out.bareUnit = true
  return INTERPRETED
}

/** Interpret tokens [0, n); INTERPRETED, REJECTED, or the index at which to cut and retry. */
function interpret(toks: Token[], count: number, out: Numeral): number {
  const {firstPair, pairs, hasUnit} = findDigitPairs(toks, count)
  // Digit strings: two or more leading digits with no unit anywhere.
  if (firstPair === 0 && !hasUnit) return interpretDigitString(toks, count, out)
  if (firstPair >= 0) return interpretPairRange(toks, count, firstPair, pairs, out)
  // A lone Arabic literal keeps its digits; powers are evaluated in floating point.
  if (count === 1 && toks[0]!.kind === ARABIC) {
    const lit = toks[0]!.lit!
    if (lit.pow !== null) {
      out.value = Math.pow(decToNumber(litDec(lit)), lit.pow)
      out.exact = true
      out.isPower = true
      return INTERPRETED
    }
    out.digits = lit.frac.length > 0 ? `${lit.int}.${lit.frac}` : lit.int
  } else if (toks.slice(0, count).some((t) => t.kind === ARABIC && t.lit!.pow !== null)) {
    return toks.findIndex((t) => t.kind === ARABIC && t.lit!.pow !== null) || 1
  }
  return interpretPositional(toks, count, out)
}

/** Read a sign at `at`: returns the index after it, or `at` when there is none. */
/** The one-character classes of Chinese military aircraft names (`歼-20`, `运-20`, `轰-6`, `直-10`, `教-8`). */
export const AIRCRAFT_CLASS = '歼殲运運轰轟直教强強'
/** The number of such a name: one to three digits and a letter of the variant, no percent, no decimals. */
export const AIRCRAFT_NUMBER = /^[-－]\d{1,3}[A-Z]?(?![\d.．%％a-z])/

export function scanSign(text: string, at: number, end: number): number {
  if (at >= end) return at
  const c = text.charCodeAt(at)
  if (c === 0x8d1f || c === 0x8ca0) return at + 1 // 负 負
  if (c === 0x2d || c === 0xff0d || c === 0x2212) {
    if (at > 0) {
      const p = text.charCodeAt(at - 1)
      // After a digit or a letter a dash is a hyphen or a range dash, never a minus.
      if (AR_DIGIT[p]! >= 0 || isLatin(p) || ZH_DIGIT[p]! >= 0 || ZH_MAG[p]! >= 0 || ZH_UNIT[p]! >= 0) return at
      // In the name of an aircraft (`歼-20`, `運-20B`, `轟-6K`, `直-10`): a hyphen.
      if (AIRCRAFT_CLASS.includes(text[at - 1]!) && AIRCRAFT_NUMBER.test(text.slice(at, at + 6))) return at
      // After a dash (`15点30分--24点`) a second dash is part of the range dash.
      if (p === 0x2d || p === 0xff0d) return at
      // After a year (`2012年-2016年`) a dash joins two years; before a percentage (`2022年-10%的增速`) it is a minus.
      if (p === 0x5e74 && at > 1 && AR_DIGIT[text.charCodeAt(at - 2)]! >= 0 && !/^[-－−]\d+(?:\.\d+)?\s?[%％]/.test(text.slice(at, at + 12))) return at
      // After a day before another day (`5月1日-3日`) a dash joins two days; after any part of a date
      // before another date (`2017年12月28日-2018年1月12日`, `2012年12月－2017年9月`) it joins two dates.
      if ((p === 0x65e5 || p === 0x53f7 || p === 0x865f) && /^[-－]\d{1,2}[日号號]/.test(text.slice(at, at + 5))) return at
      if (/[0-9０-９][年月日号號]$/.test(text.slice(Math.max(0, at - 2), at)) && /^[-－]\s?\d{1,4}\s?[年月日号號]/.test(text.slice(at, at + 8))) return at
    }
    return at + 1
  }
  if (c === 0x96f6 && at + 1 < end && text.charCodeAt(at + 1) === 0x4e0b) return at + 2 // 零下
  return at
}

/**
 * A magnitude standing alone (`萬`, `億`, `万亿`) read as one of it: `萬元有找` is ten thousand
 * dollars. `scanNumeral` never starts a number with a magnitude (萬一, 萬華, 億載); the caller
 * decides where one stands for the amount.
 */
export function bareMagnitude(text: string, at: number): Numeral | null {
  const word = /^(?:万亿|萬億|万|萬|亿|億)/.exec(text.slice(at, at + 2))
  if (word === null) return null
  const exponent = word[0].length === 2 ? 12 : ZH_MAG[text.charCodeAt(at)]!
  const out = blank(at, at + word[0].length)
  out.value = 10 ** exponent
  out.exact = false
  out.prec = exponent
  out.lastNZ = exponent
  out.mag = exponent
  out.tokens = word[0].length
  out.hasChinese = true
  out.bareUnit = true
  return out
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
    const out = blank(start, toks[n - 1]!.end)
    out.bodyStart = body
    out.neg = body !== start
    const r = interpret(toks, n, out)
    if (r === INTERPRETED) {
      describe(out, toks, n)
      // A trailing magnitude that is really an SI prefix or a lone k was already excluded in tokenize.
      if (out.range !== undefined) {
        out.range.lo.end = out.end
        out.range.hi.end = out.end
      }
      return out
    }
    if (r === REJECTED) return null
    if (r === 0) {
      n = n - 1
    } else {
      n = Math.min(n - 1, r)
    }
    // A cut that leaves a dangling point or vague marker is cut again by interpret.
  }
  return null
}
