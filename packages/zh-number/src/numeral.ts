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

// Token kinds.
const DIGIT = 0 // Chinese digit (零 included)
const ARABIC = 1 // Arabic literal
const UNIT = 2 // 十 百 千
const MAGNITUDE = 3 // 万 亿 兆, k, M
const POINT = 4 // 点 decimal point
const JI_SLOT = 5 // 几 slot
const MORE_INSIDE = 6 // 多/余 inside (before a unit or magnitude)
const SHU_LEAD = 7 // 数 leading vague coefficient

interface ArabicLit {
  int: string
  frac: string
  exp: number
  pow: number | null
  /** `1,234`, `1 234`: grouped thousands. */
  grouped: boolean
}

interface Token {
  /** One of the token kinds above. */
  kind: number
  /** Digit value, unit or magnitude exponent; 0 for the other kinds. */
  value: number
  start: number
  end: number
  lit?: ArabicLit
  /** The character code of the token's first character. */
  code: number
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

/** The run of Arabic digits (any width) at `i`, as ASCII, and where it stops. */
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
  const okSep =
    sep === 0x2c ||
    (sep === 0xff0c && lastWide) ||
    sep === 0x20 ||
    sep === 0xa0 ||
    sep === 0x2009 ||
    sep === 0x202f
  if (!okSep) return null
  let k = at
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
  return groups > 0 ? {int: acc, end: k} : null
}

/** e-notation at `j`: e, optional sign, 1–3 digits, then no further letter. */
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

/** A power after `^` at `j`: any run of signs, then 1–3 digits. */
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

/** One Arabic literal at `i`: digits, thousands groups, decimals, then an exponent or a power. */
function scanArabic(text: string, at: number, end: number): {lit: ArabicLit; end: number} | null {
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

function litDec(literal: ArabicLit): Dec {
  const d = decFromDigits(literal.int + literal.frac, literal.frac.length)
  return literal.exp === 0 ? d : decShift(d, literal.exp)
}

/** Exponent of the last stated digit of a literal. */
function litLast(literal: ArabicLit): number {
  return literal.exp - literal.frac.length
}

/** Exponent of the last non-zero digit of a literal. */
function litLastNZ(literal: ArabicLit): number {
  const all = literal.int + literal.frac
  let k = all.length - 1
  while (k > 0 && all.charCodeAt(k) === 48) k--
  return literal.exp - literal.frac.length + (all.length - 1 - k)
}

const SI_AFTER_ZHAO = '瓦赫帕焦欧歐字位比伏安'

/** Tokeniser state: the tokens so far and whether we are after a decimal point. */
interface Lexer {
  text: string
  end: number
  toks: Token[]
  inFrac: boolean
}

/** Sentinel of the lexing steps: the character cannot continue the numeral. */
const STOP = -1

/** The kind of the last token, -1 when there is none. */
function lastKind(toks: readonly Token[]): number {
  return toks.length === 0 ? -1 : toks[toks.length - 1]!.kind
}

/** An Arabic literal and a Latin multiplier after it (40k, 2.5 M, 15Ｋ). */
function lexArabic(lexer: Lexer, at: number, code: number): number {
  const {text, end, toks} = lexer
  const prev = lastKind(toks)
  // Arabic after Chinese only follows a unit, a magnitude, 零 or a point (3万4000, 1千零1, 一百点123).
  if (prev === ARABIC || prev === JI_SLOT || prev === MORE_INSIDE || prev === SHU_LEAD) return STOP
  if (prev === DIGIT && (lexer.inFrac || toks[toks.length - 1]!.value !== 0)) return STOP
  if (lexer.inFrac && prev !== POINT) return STOP
  const r = scanArabic(text, at, end)
  if (r === null) return STOP
  if (lexer.inFrac && (r.lit.frac.length > 0 || r.lit.exp !== 0 || r.lit.pow !== null || r.lit.grouped)) return STOP
  toks.push({kind: ARABIC, value: 0, start: at, end: r.end, lit: r.lit, code})
  const i = r.end
  if (lexer.inFrac) return i
  const k = skipSpaces(text, i, end)
  if (k < end && k - i <= 1) {
    const m = text.charCodeAt(k)
    const exp = m === 0x6b || m === 0x4b || m === 0xff2b || m === 0xff4b ? 3 : m === 0x4d || m === 0xff2d ? 6 : -1
    if (exp > 0 && !(k + 1 < end && isLatin(text.charCodeAt(k + 1)))) {
      toks.push({kind: MAGNITUDE, value: exp, start: k, end: k + 1, code: m})
      return k + 1
    }
  }
  return i
}

/** A Chinese digit, a tens form (廿 卅), a unit (十 百 千) or a magnitude (万 亿 兆). */
function lexChinese(lexer: Lexer, at: number, code: number): number {
  const {text, end, toks} = lexer
  const prev = lastKind(toks)
  const zd = ZH_DIGIT[code]!
  if (zd >= 0) {
    if (prev === ARABIC || prev === JI_SLOT || prev === SHU_LEAD) return STOP
    if (lexer.inFrac && prev === POINT && LIANG[code] === 1) return STOP
    if (lexer.inFrac && prev !== POINT && prev !== DIGIT) return STOP
    toks.push({kind: DIGIT, value: zd, start: at, end: at + 1, code})
    return at + 1
  }
  const zt = ZH_TENS[code]!
  if (zt >= 0) {
    if (lexer.inFrac || prev === DIGIT || prev === ARABIC || prev === JI_SLOT) return STOP
    toks.push({kind: DIGIT, value: zt, start: at, end: at + 1, code})
    toks.push({kind: UNIT, value: 1, start: at, end: at + 1, code})
    return at + 1
  }
  const zu = ZH_UNIT[code]!
  if (zu >= 0) {
    if (lexer.inFrac) return STOP
    // 百分之/千分之 after a numeral is a fraction's denominator unit: keep it; 分 is handled later.
    toks.push({kind: UNIT, value: zu, start: at, end: at + 1, code})
    return at + 1
  }
  const zm = ZH_MAG[code]!
  if (toks.length === 0) return STOP
  if (prev === POINT) return STOP
  if (code === 0x5146 && at + 1 < end && SI_AFTER_ZHAO.includes(text[at + 1]!)) return STOP
  toks.push({kind: MAGNITUDE, value: zm, start: at, end: at + 1, code})
  lexer.inFrac = false
  return at + 1
}

/** 点/點 is a decimal point only when a decimal digit follows (一点两小时 is not 1.2). */
function lexPoint(lexer: Lexer, at: number, code: number): number {
  const {text, end, toks} = lexer
  const prev = lastKind(toks)
  if (lexer.inFrac || toks.length === 0 || prev === JI_SLOT || prev === MORE_INSIDE || prev === SHU_LEAD) return STOP
  const k = skipSpaces(text, at + 1, end)
  if (k >= end) return STOP
  const n = text.charCodeAt(k)
  const ok = (ZH_DIGIT[n]! >= 0 && LIANG[n] === 0 && n !== 0x5e7a) || AR_DIGIT[n]! >= 0
  if (!ok) return STOP
  toks.push({kind: POINT, value: 0, start: at, end: at + 1, code})
  lexer.inFrac = true
  return at + 1
}

/** True when a unit or a magnitude follows `j` (after spaces). */
function unitOrMagnitudeAfter(text: string, at: number, end: number): boolean {
  const k = skipSpaces(text, at + 1, end)
  return !(k >= end || (ZH_UNIT[text.charCodeAt(k)]! < 0 && ZH_MAG[text.charCodeAt(k)]! < 0))
}

/** The vague markers: 几/幾 (a digit slot or a leading coefficient), 数/數 (leading only), inner 多/余/餘. */
function lexVague(lexer: Lexer, at: number, code: number): number {
  const {text, end, toks} = lexer
  const prev = lastKind(toks)
  if (code === 0x51e0 || code === 0x5e7e) {
    // 几/幾: a vague digit slot (十几, 一百零几) or a vague leading coefficient (几十, 几万).
    if (lexer.inFrac || prev === ARABIC || prev === JI_SLOT || prev === MORE_INSIDE || prev === SHU_LEAD || prev === POINT) return STOP
    if (prev === DIGIT && toks[toks.length - 1]!.value !== 0) return STOP
    if (toks.length === 0 && !unitOrMagnitudeAfter(text, at, end)) return STOP
    toks.push({kind: JI_SLOT, value: 0, start: at, end: at + 1, code})
    return at + 1
  }
  if (code === 0x6570 || code === 0x6578) {
    // 数/數 only leads: 数十, 数百, 数万.
    if (toks.length !== 0) return STOP
    if (!unitOrMagnitudeAfter(text, at, end)) return STOP
    toks.push({kind: SHU_LEAD, value: 0, start: at, end: at + 1, code})
    return at + 1
  }
  // 多/余/餘 inside a numeral only before a unit or magnitude (十余万, 一千多万); a trailing one is the caller's.
  if (toks.length === 0 || lexer.inFrac || prev === POINT || prev === JI_SLOT || prev === MORE_INSIDE || prev === SHU_LEAD) return STOP
  const k = skipSpaces(text, at + 1, end)
  if (k >= end) return STOP
  const n = text.charCodeAt(k)
  if (ZH_MAG[n]! < 0 && ZH_UNIT[n]! < 0) return STOP
  toks.push({kind: MORE_INSIDE, value: 0, start: at, end: at + 1, code})
  return at + 1
}

/** Lex one token (two for 廿 卅) at `j`; returns where the next one starts, or STOP. */
function lexOne(lexer: Lexer, at: number): number {
  const {text, end, toks} = lexer
  const c = text.charCodeAt(at)
  if (AR_DIGIT[c]! >= 0 || (c === 0x2e && toks.length === 0 && at + 1 < end && AR_DIGIT[text.charCodeAt(at + 1)]! >= 0)) {
    return lexArabic(lexer, at, c)
  }
  if (ZH_DIGIT[c]! >= 0 || ZH_TENS[c]! >= 0 || ZH_UNIT[c]! >= 0 || ZH_MAG[c]! >= 0) return lexChinese(lexer, at, c)
  if (c === 0x70b9 || c === 0x9ede) return lexPoint(lexer, at, c)
  if (c === 0x51e0 || c === 0x5e7e || c === 0x6570 || c === 0x6578 || c === 0x591a || c === 0x4f59 || c === 0x9918) {
    return lexVague(lexer, at, c)
  }
  return STOP
}

/**
 * Split the numeral at `start` into tokens (appended to `toks`); returns where
 * tokenising stopped. Greedy: evaluation decides how much of it is valid.
 */
function tokenize(text: string, start: number, end: number, toks: Token[]): number {
  const lx: Lexer = {text, end, toks, inFrac: false}
  let i = start
  while (i < end) {
    const j = toks.length === 0 ? i : skipSpaces(text, i, end)
    if (j >= end) break
    const next = lexOne(lx, j)
    if (next === STOP) break
    i = next
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

/**
 * Which value a vague numeral (几, 数, inner 多/余) is evaluated to: `base` is the stated
 * reading (几十 → 10, 十几 → 10), `low` the smallest (几十 → 20, 十几 → 11) and `high`
 * the exclusive upper end (几十 → 100, 十几 → 20, 十余 → 20).
 */
type VagueReading = 'base' | 'low' | 'high'

/** Running state of `evalPositional`, one group (below the last magnitude) at a time. */
interface PositionalState {
  /** Everything up to the last magnitude, scaled. */
  total: Dec
  /** The current group below that magnitude. */
  group: Dec
  /** Exponent of the last magnitude, -1 when none. */
  lastMag: number
  /** A Chinese digit waiting for its unit, -1 when none. */
  pendingDigit: number
  /** An Arabic literal waiting for its unit. */
  pendingLit: ArabicLit | null
  prevUnit: number
  prevFromMag: boolean
  /** A 零 filler was read in this group. */
  zero: boolean
  groupHas: boolean
  inFrac: boolean
  fracPlace: number
  lastPlace: number
  lastNZ: number
  prec: number
  scaled: boolean
  hasFrac: boolean
}

function newPositionalState(): PositionalState {
  return {
    total: ZERO,
    group: ZERO,
    lastMag: -1,
    pendingDigit: -1,
    pendingLit: null,
    prevUnit: -1,
    prevFromMag: false,
    zero: false,
    groupHas: false,
    inFrac: false,
    fracPlace: 0,
    lastPlace: 0,
    lastNZ: 0,
    prec: 0,
    scaled: false,
    hasFrac: false
  }
}

/** Add a pending digit or literal to the group; `elide` lets 三万五 mean 3.5万 (only at the end). */
function flushPending(state: PositionalState, elide: boolean): void {
  if (state.pendingLit !== null) {
    const lit = state.pendingLit
    state.group = decAdd(state.group, litDec(lit))
    state.lastPlace = litLast(lit)
    if (lit.int.replace(/0/g, '') !== '' || lit.frac.replace(/0/g, '') !== '') state.lastNZ = litLastNZ(lit)
    state.hasFrac = state.lastPlace < 0
    state.scaled = false
    state.pendingLit = null
    state.groupHas = true
  } else if (state.pendingDigit >= 0) {
    // 三万五, 一百二: a lone digit after a unit stands for the next lower place, but only at the end.
    const pend = state.pendingDigit
    const elided = elide && !state.zero && state.prevUnit > 1
    const place = elided ? state.prevUnit - 1 : 0
    state.group = decAdd(state.group, decShift(decFromInt(pend), place))
    state.lastPlace = place
    if (pend !== 0) state.lastNZ = place
    state.scaled = elided && state.prevFromMag
    if (state.scaled) state.prec = place
    state.hasFrac = false
    state.pendingDigit = -1
    state.groupHas = true
  }
}

/** A Chinese digit: a decimal place after a point, else a coefficient waiting for its unit. */
function stepDigit(state: PositionalState, tok: Token): boolean {
  if (state.inFrac) {
    state.fracPlace--
    state.group = decAdd(state.group, decShift(decFromInt(tok.value), state.fracPlace))
    state.lastPlace = state.fracPlace
    if (tok.value !== 0) state.lastNZ = state.fracPlace
    state.hasFrac = true
    state.groupHas = true
    return true
  }
  if (state.pendingDigit >= 0 || state.pendingLit !== null) return false
  if (tok.value === 0) state.zero = true
  else state.pendingDigit = tok.value
  return true
}

/** An Arabic literal: decimal digits after a point, else a coefficient waiting for its unit. */
function stepArabic(state: PositionalState, tok: Token): boolean {
  const lit = tok.lit!
  if (state.inFrac) {
    const len = lit.int.length
    state.group = decAdd(state.group, decShift(decFromDigits(lit.int, 0), state.fracPlace - len))
    state.fracPlace -= len
    state.lastPlace = state.fracPlace
    const nz = litLastNZ(lit)
    if (lit.int.replace(/0/g, '') !== '') state.lastNZ = state.fracPlace + nz
    state.hasFrac = true
    state.groupHas = true
    return true
  }
  if (state.pendingDigit >= 0 || state.pendingLit !== null) return false
  state.pendingLit = lit
  return true
}

/** 十 百 千: multiply the pending coefficient (1 when none) into the group. */
function stepUnit(state: PositionalState, tok: Token): boolean {
  if (state.inFrac) return false
  // 十百, 百百: a unit may not repeat or grow inside one group.
  if (state.prevUnit >= 0 && !state.prevFromMag && tok.value >= state.prevUnit) return false
  if (state.pendingLit !== null) {
    const lit = state.pendingLit
    state.group = decAdd(state.group, decShift(litDec(lit), tok.value))
    state.lastPlace = tok.value + litLast(lit)
    state.lastNZ = tok.value + litLastNZ(lit)
    state.pendingLit = null
  } else {
    const coef = state.pendingDigit >= 0 ? state.pendingDigit : 1
    state.group = decAdd(state.group, decShift(decFromInt(coef), tok.value))
    state.lastPlace = tok.value
    state.lastNZ = tok.value
    state.pendingDigit = -1
  }
  state.prevUnit = tok.value
  state.prevFromMag = false
  state.zero = false
  state.groupHas = true
  state.scaled = false
  state.hasFrac = false
  return true
}

/** 万 亿 兆 (and k, M): close the group and scale. */
function stepMagnitude(state: PositionalState, tok: Token): boolean {
  state.inFrac = false
  flushPending(state, false)
  const e = tok.value
  if (!state.groupHas) {
    if (state.lastMag < 0) return false
    // 万亿, 万万: a magnitude on a magnitude multiplies everything so far.
    state.total = decShift(state.total, e)
    state.lastMag += e
    state.lastPlace += e
    state.lastNZ += e
    state.prec += e
    state.scaled = true
    state.prevUnit = state.lastMag
    state.prevFromMag = true
    state.zero = false
    return true
  }
  if (state.lastMag >= 0 && e === state.lastMag) return false
  if (state.lastMag < 0 || e > state.lastMag) {
    state.total = decShift(decAdd(state.total, state.group), e)
  } else {
    state.total = decAdd(state.total, decShift(state.group, e))
  }
  state.lastMag = e
  state.lastPlace += e
  state.lastNZ += e
  state.prec = Math.min(state.lastPlace, e)
  state.scaled = true
  state.hasFrac = false
  state.group = ZERO
  state.groupHas = false
  state.prevUnit = e
  state.prevFromMag = true
  state.zero = false
  return true
}

/** 几 or 数: a leading coefficient before a unit or magnitude, or (几 only) a vague digit slot. */
function stepVagueDigit(state: PositionalState, toks: readonly Token[], count: number, index: number, reading: VagueReading): boolean {
  const tok = toks[index]!
  const next = index + 1 < count ? toks[index + 1]!.kind : -1
  const leading = !state.groupHas && state.pendingDigit < 0 && state.pendingLit === null && (next === UNIT || next === MAGNITUDE)
  if (leading) {
    state.pendingDigit = reading === 'base' ? 1 : reading === 'low' ? 2 : 10
    return true
  }
  if (tok.kind === SHU_LEAD) return false
  if (state.pendingDigit >= 0 || state.pendingLit !== null) return false
  const place = state.zero || state.prevUnit < 0 ? 0 : state.prevUnit - 1
  const slot = reading === 'base' ? 0 : reading === 'low' ? 1 : 10
  state.group = decAdd(state.group, decShift(decFromInt(slot), place))
  state.lastPlace = place
  state.groupHas = true
  return true
}

/** Apply token `i`; false when it cannot continue the numeral. */
function stepPositional(state: PositionalState, toks: readonly Token[], count: number, index: number, reading: VagueReading): boolean {
  const tok = toks[index]!
  switch (tok.kind) {
    case DIGIT:
      return stepDigit(state, tok)
    case ARABIC:
      return stepArabic(state, tok)
    case UNIT:
      return stepUnit(state, tok)
    case MAGNITUDE:
      return stepMagnitude(state, tok)
    case POINT:
      flushPending(state, true)
      // A point needs something before it; 零点五 has its 零.
      if (!state.groupHas && decIsZero(state.total) && !state.zero && index === 0) return false
      state.inFrac = true
      state.fracPlace = 0
      state.groupHas = true
      return true
    case JI_SLOT:
    case SHU_LEAD:
      return stepVagueDigit(state, toks, count, index, reading)
    case MORE_INSIDE:
      flushPending(state, false)
      if (!state.groupHas) return false
      if (reading === 'high') state.group = decAdd(state.group, decShift(decFromInt(1), state.lastNZ))
      return true
    default:
      return false
  }
}

/** Evaluate a positional numeral; returns the index of the first bad token on failure. */
function evalPositional(toks: readonly Token[], count: number, reading: VagueReading): PosResult | number {
  const st = newPositionalState()
  for (let i = 0; i < count; i++) {
    if (!stepPositional(st, toks, count, i, reading)) return i
  }
  if (st.inFrac && st.fracPlace === 0) return count - 1
  flushPending(st, true)
  if (!st.groupHas && st.lastMag < 0) {
    // Only zeros: 零, 〇.
    return st.zero ? {value: ZERO, exact: true, prec: 0, lastNZ: 0, mag: -1} : 0
  }
  return {
    value: decAdd(st.total, st.group),
    exact: !st.scaled && !st.hasFrac,
    prec: st.hasFrac ? st.lastPlace : st.prec,
    lastNZ: st.lastNZ,
    mag: st.lastMag
  }
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
  out.lo = loN.value
  out.hi = hiN.value
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
    out.lo = decToNumber(lo.value)
    out.hi = decToNumber(hi.value)
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

/** Read a sign at `i`: returns the index after it, or `i` when there is none. */
export function scanSign(text: string, at: number, end: number): number {
  if (at >= end) return at
  const c = text.charCodeAt(at)
  if (c === 0x8d1f || c === 0x8ca0) return at + 1 // 负 負
  if (c === 0x2d || c === 0xff0d || c === 0x2212) {
    if (at > 0) {
      const p = text.charCodeAt(at - 1)
      // After a digit or a letter a dash is a hyphen or a range dash, never a minus.
      if (AR_DIGIT[p]! >= 0 || isLatin(p) || ZH_DIGIT[p]! >= 0 || ZH_MAG[p]! >= 0 || ZH_UNIT[p]! >= 0) return at
    }
    return at + 1
  }
  if (c === 0x96f6 && at + 1 < end && text.charCodeAt(at + 1) === 0x4e0b) return at + 2 // 零下
  return at
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
