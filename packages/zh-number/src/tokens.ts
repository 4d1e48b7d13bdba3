/**
 * Tokenising a numeral: greedy and permissive, one step per character class; evaluation
 * (`positional.ts`, `numeral.ts`) decides how much of the run is valid.
 */

import {AR_DIGIT, LIANG, ZH_DIGIT, ZH_MAG, ZH_TENS, ZH_UNIT, isLatin, skipSpaces} from './chars.js'
import {type ArabicLit, scanArabic} from './arabic.js'

// Token kinds.
export const DIGIT = 0 // Chinese digit (零 included)
export const ARABIC = 1 // Arabic literal
export const UNIT = 2 // 十 百 千
export const MAGNITUDE = 3 // 万 亿 兆, k, M
export const POINT = 4 // 点 decimal point
export const JI_SLOT = 5 // 几 slot
export const MORE_INSIDE = 6 // 多/余 inside (before a unit or magnitude)
export const SHU_LEAD = 7 // 数 leading vague coefficient

/** One token of a numeral. */
export interface Token {
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

const SI_AFTER_ZHAO = '瓦赫帕焦欧歐字位比伏安'
/** Units that 千 opens as a metric prefix (千瓦, 千克, 千米, 千焦, 千卡, 千伏, 千帕, 千赫). */
const SI_AFTER_QIAN = '瓦克米焦卡伏帕赫'

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
  if (prev === MAGNITUDE && toks[toks.length - 1]!.end < at && !magnitudeAfter(text, r.end, end)) {
    // Across a space after 億/萬 a figure goes on only into a smaller magnitude of its own
    // (`24億 3000萬`); `涉款24億 3內地機構` and `5.3億 12:00` are a figure and the next words.
    return STOP
  }
  if (lexer.inFrac && (r.lit.frac.length > 0 || r.lit.exp !== 0 || r.lit.pow !== null || r.lit.grouped)) return STOP
  toks.push({kind: ARABIC, value: 0, start: at, end: r.end, lit: r.lit, code})
  const i = r.end
  if (lexer.inFrac) return i
  const k = skipSpaces(text, i, end)
  if (k < end && k - i <= 1) {
    const m = text.charCodeAt(k)
    const exp = m === 0x6b || m === 0x4b || m === 0xff2b || m === 0xff4b ? 3 : m === 0x4d || m === 0xff2d ? 6 : -1
    if (exp > 0 && !(k + 1 < end && isLatin(text.charCodeAt(k + 1))) && !isResolution(text, at, k)) {
      toks.push({kind: MAGNITUDE, value: exp, start: k, end: k + 1, code: m})
      return k + 1
    }
  }
  return i
}

/** A Chinese magnitude or unit (`萬`, `千`, `百`) right after `at`, a space allowed between. */
function magnitudeAfter(text: string, at: number, end: number): boolean {
  const k = skipSpaces(text, at, end)
  if (k >= end || k - at > 1) return false
  const c = text.charCodeAt(k)
  return ZH_MAG[c]! > 0 || ZH_UNIT[c]! > 0
}

/** Words of screens and video after `4K`, `8K`, `2.8K`: a resolution, not thousands. */
const SCREEN_AFTER = /^\s?(?:LED|OLED|LCD|HDR|UHD|電視|电视|螢幕|屏幕|畫質|画质|解析|顯示|显示|超薄|影片|視頻|视频|錄影|录影|攝影|摄影)/

/** Whether the K at `k` after digits starting at `at` names a resolution (`55型4K LED`, `2.8K OLED`). */
function isResolution(text: string, at: number, k: number): boolean {
  const c = text.charCodeAt(k)
  if (c !== 0x4b && c !== 0xff2b) return false
  return SCREEN_AFTER.test(text.slice(k + 1, k + 6)) || /[型吋寸]/.test(text[at - 1] ?? '')
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
    // 千 right after 万 or 亿 cannot add a thousand (no numeral is written 万千): before 瓦, 克, 米…
    // it is the unit's prefix (`10万亿千瓦时`, `4.5万千克`), as 兆 is before 瓦.
    if (code === 0x5343 && prev === MAGNITUDE && at + 1 < end && SI_AFTER_QIAN.includes(text[at + 1]!)) return STOP
    // So is a 千 that opens the numeral (`每千克12元`, `每千瓦时`), or follows digits (`100千瓦时`, `2.5千克`:
    // 100 kWh, not 100 000 W and an hour; a thousand in digits is written 1000 or 1万).
    if (code === 0x5343 && (toks.length === 0 || prev === ARABIC) && at + 1 < end && SI_AFTER_QIAN.includes(text[at + 1]!)) return STOP
    // (`0.45百分點`: 百 before 分点 is the percentage point's, not a hundred.)
    if (code === 0x767e && (text.startsWith('分点', at + 1) || text.startsWith('分點', at + 1))) return STOP
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

/** Characters that make a word with 一 before them (一直, 一起, 一样, 一定, 一些, 一般, 一边, 一同, 一旦). */
const ONE_WORD_AFTER = '直起样樣定些般边邊同旦致齐齊律向切'

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
  // 一 that starts a word after 点 is no decimal (`7点一直`, `七点一起`, `三点一样`): the hour or the points, then the word.
  if (n === 0x4e00 && k + 1 < end && ONE_WORD_AFTER.includes(text[k + 1]!)) return STOP
  toks.push({kind: POINT, value: 0, start: at, end: at + 1, code})
  lexer.inFrac = true
  return at + 1
}

/** True when a unit or a magnitude follows `at` (after spaces). */
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

/** Lex one token (two for 廿 卅) at `at`; returns where the next one starts, or STOP. */
function lexOne(lexer: Lexer, at: number): number {
  const {text, end, toks} = lexer
  const c = text.charCodeAt(at)
  if (AR_DIGIT[c]! >= 0 || (c === 0x2e && toks.length === 0 && at + 1 < end && AR_DIGIT[text.charCodeAt(at + 1)]! >= 0)) {
    return lexArabic(lexer, at, c)
  }
  if (ZH_DIGIT[c]! >= 0 || ZH_TENS[c]! >= 0 || ZH_UNIT[c]! >= 0 || ZH_MAG[c]! >= 0) return lexChinese(lexer, at, c)
  if (c === 0x70b9 || c === 0x9ede) return lexPoint(lexer, at, c)
  // A full stop between Chinese numerals is a decimal point as 点 is (`九十七．八％` in Taiwan print).
  if ((c === 0xff0e || c === 0x2e) && lastKind(toks) !== ARABIC && toks.length > 0 && at + 1 < end && ZH_DIGIT[text.charCodeAt(at + 1)]! >= 0) return lexPoint(lexer, at, c)
  if (c === 0x51e0 || c === 0x5e7e || c === 0x6570 || c === 0x6578 || c === 0x591a || c === 0x4f59 || c === 0x9918) {
    return lexVague(lexer, at, c)
  }
  return STOP
}

/**
 * Split the numeral at `start` into tokens (appended to `toks`); returns where
 * tokenising stopped. Greedy: evaluation decides how much of it is valid.
 */
export function tokenize(text: string, start: number, end: number, toks: Token[]): number {
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
