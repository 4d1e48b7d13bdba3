/**
 * Tails: what follows a numeral (多/余/来, 打, the unit, 多/半 after it, an approximation
 * word, 来 of a time window) and where the counted noun starts.
 */

import {isHanzi, isLatin, matchSpaced, skipSpaces, ZH_DIGIT} from './chars.js'
import {MORE_AFTER_UNIT, type QualifierCode, type UnitEntry} from './lexicon.js'
import type {Numeral} from './numeral.js'
import type {QuantityKind} from './types.js'
import {type ScanContext, smallNumeral} from './context.js'
import {currencyAt, LAI, LATIN_UNITS, MORE_CHARS, suffixAt, unitAt} from './words.js'

/** What follows a numeral, as read by `readTail`. */
export interface Tail {
  end: number
  /** End of the numeral including a trailing 多/余/来 and 打. */
  numEnd: number
  more: boolean
  dozen: boolean
  kind: QuantityKind
  unit: string | null
  /** Multiply value and interval by this (percent-like units, 成, 千分之). */
  factor: number
  discount: boolean
  /** Extra amount added after scaling (成 tenths, 角 and 分 of money). */
  extra: number
  extraExact: boolean
  suffix: QualifierCode | null
  /** `N年来`: a time window. */
  window: boolean
  nounFrom: number
  /** A unit was matched (classifier, measure, currency, percent sign…). */
  hasUnit: boolean
  role: UnitEntry['role'] | 'money' | 'percent' | null
}

/** A tail with nothing read yet, ending at `at`. */
export function emptyTail(at: number): Tail {
  return {
    end: at,
    numEnd: at,
    more: false,
    dozen: false,
    kind: 'count',
    unit: null,
    factor: 1,
    discount: false,
    extra: 0,
    extraExact: true,
    suffix: null,
    window: false,
    nounFrom: -1,
    hasUnit: false,
    role: null
  }
}

/** Characters after 打 that make it the start of a word (打开, 打击, 打点 a run batted in, 打席 a plate appearance), not a dozen. */
const DOZEN_BLOCK = '开開听聽算造击擊工电電破赢贏球扫掃响響通包车車仗卡折点點席数數者线線'

/**
 * A trailing 多/余/来 (8500多名, 5000余名, 十来个) and 打 (dozens: 一打, 十打苹果) right after
 * the numeral; sets `more`, `dozen` and `numEnd`.
 */
function readNumeralSuffix(ctx: ScanContext, num: Numeral, tail: Tail): void {
  const {text, n} = ctx
  let j = num.end
  if (j < n && !num.vague && num.range === undefined) {
    const ch = text[j]!
    if (MORE_CHARS.includes(ch) || LAI.includes(ch)) {
      const k = j + 1
      const atEnd = k >= n || !isHanzi(text.charCodeAt(k))
      const unitNext = k < n && (unitAt(ctx, k) !== null || currencyAt(ctx, k) !== null)
      const isLai = LAI.includes(ch)
      // 多个/多名 right after a number is "more than N"; but 余/多 before 年/天 too. 来 needs a unit (十来个), never 年来.
      if ((unitNext && !(isLai && text[k] === '年')) || (!isLai && atEnd)) {
        tail.more = true
        j = k
      }
    }
  }
  if (j < n && text.charCodeAt(j) === 0x6253 && !(j + 1 < n && DOZEN_BLOCK.includes(text[j + 1]!))) {
    tail.dozen = true
    j++
  }
  tail.numEnd = j
  tail.end = j
}

/** Percent signs (% ‰ ‱) and 百分点 at `at`; null when there is none. */
function readPercentUnit(ctx: ScanContext, tail: Tail, at: number): Tail | null {
  const {text, n} = ctx
  const uc = text.charCodeAt(at)
  if (uc === 0x25 || uc === 0xff05 || uc === 0x2030 || uc === 0x2031 || uc === 0xfe6a) {
    tail.kind = uc === 0x2030 || uc === 0x2031 ? 'permille' : 'percent'
    tail.unit = uc === 0x2030 ? '‰' : uc === 0x2031 ? '‱' : '%'
    tail.factor = uc === 0x2030 ? 0.1 : uc === 0x2031 ? 0.01 : 1
    tail.role = 'percent'
    return afterUnit(ctx, tail, at + 1)
  }
  let pp = matchSpaced(text, at, n, '个百分点')
  if (pp < 0) pp = matchSpaced(text, at, n, '個百分點')
  if (pp < 0) pp = matchSpaced(text, at, n, '百分点')
  if (pp < 0) pp = matchSpaced(text, at, n, '百分點')
  // Brokers' notes write percentage points `pct` (`提升11pct`), as a word of its own.
  if (pp < 0 && /^pct(?![A-Za-z])/i.test(text.slice(at, at + 4))) pp = at + 3
  if (pp > 0) {
    tail.kind = 'percentage-point'
    tail.unit = '百分点'
    tail.role = 'percent'
    return afterUnit(ctx, tail, pp)
  }
  return null
}

/** Words of an interest rate or a yield before a figure in 厘 (`年息1.854厘`, `收益率為3.5厘`, `加息0.25厘`). */
const RATE_BEFORE = /(?:息|利率|收益率|回報率|回报率|票面|孳息|按揭|加息|減息|减息)[^。；;\n]{0,24}$/

/**
 * 厘 as Hong Kong and Taiwan write a rate of interest (`年息1.854厘` is 1.854 %) at `at`, after words of
 * interest or a yield in its clause; null otherwise (`5厘米`, `1厘` of a length or a weight).
 */
function readLi(ctx: ScanContext, num: Numeral, tail: Tail, at: number): Tail | null {
  const {text} = ctx
  // (`減息四分三厘` is three quarters of one: a fraction this reading does not make.)
  if (/^[米升克]/.test(text.slice(at + 1, at + 2)) || num.value > 30 || /分$/.test(text.slice(Math.max(0, num.start - 1), num.start))) return null
  if (!RATE_BEFORE.test(text.slice(Math.max(0, num.start - 30), num.start))) return null
  tail.kind = 'percent'
  tail.unit = '厘'
  tail.factor = 1
  tail.role = 'percent'
  return afterUnit(ctx, tail, at + 1)
}

/** 成 (tenths: 三成 = 30%, 七成五) at `at`; null when it is not one (成为, 成立…). */
function readCheng(ctx: ScanContext, num: Numeral, tail: Tail, at: number): Tail | null {
  const {text, n} = ctx
  const after = at + 1 < n ? text[at + 1]! : ''
  if ('为為立员員本果绩績功熟长長交就效型品都年人分群片'.includes(after) && after !== '') return null
  if (num.value > 10) return null
  tail.kind = 'percent'
  tail.unit = '成'
  tail.factor = 10
  tail.role = 'percent'
  let k = at + 1
  const k2 = skipSpaces(text, k, n)
  const d = k2 < n ? ZH_DIGIT[text.charCodeAt(k2)]! : -1
  // Hong Kong writes the tenths in Arabic digits too: `3成4` is 34 %, `約7成8` 78 %. One digit
  // glued to 成 (no space) after an Arabic whole number, and no other digit, point or mark of a
  // figure after it (`3成45`, `3成4.5`, `3成4%` are not tenths).
  const a = num.hasArabic && Number.isInteger(num.value) && k < n ? arabicDigitAt(text, k) : -1
  if (d > 0 && !countedAfter(ctx, k2 + 1)) {
    tail.extra = d
    k = k2 + 1
  } else if (a > 0 && !figureGoesOn(text, k + 1, n) && !countedAfter(ctx, k + 1)) {
    tail.extra = a
    k = k + 1
  } else if (k < n && text.charCodeAt(k) === 0x534a) {
    tail.extra = 5
    k++
  }
  return afterUnit(ctx, tail, k)
}

/** The figure goes on at `at`: a digit, a percent sign or a slash, or a point, comma or colon before a digit. */
function figureGoesOn(text: string, at: number, n: number): boolean {
  if (at >= n) return false
  if (arabicDigitAt(text, at) >= 0 || /[%％‰/／]/.test(text[at]!)) return true
  return /[.．,，:：]/.test(text[at]!) && at + 1 < n && arabicDigitAt(text, at + 1) >= 0
}

/** An Arabic digit (ASCII or full-width) at `at`, or -1. */
function arabicDigitAt(text: string, at: number): number {
  const c = text.charCodeAt(at)
  if (c >= 0x30 && c <= 0x39) return c - 0x30
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10
  return -1
}

/**
 * A unit at `at` that the digit before it counts (`3成4人` is 30 % and 4 people): a digit after
 * 成 is a tenth only when no unit follows it; 個案/个案, 個人/个人, 個別/个别, 個體/个体 are nouns,
 * not 個 (`1成7個案` is 17 % of cases).
 */
function countedAfter(ctx: ScanContext, at: number): boolean {
  const {text, n} = ctx
  if (at >= n || !isHanzi(text.charCodeAt(at))) return false
  if (/^(?:個案|个案|個人|个人|個別|个别|個體|个体)/.test(text.slice(at, at + 2))) return false
  return unitAt(ctx, at) !== null
}

/** 折 (discount: 九折 = 90%, 七五折 = 75%) at `at`; null when it is not one (十折, 折合…). */
function readZhe(ctx: ScanContext, num: Numeral, tail: Tail, at: number): Tail | null {
  const {text, n} = ctx
  const after = at + 1 < n ? text[at + 1]! : ''
  const twoDigit = num.exact && num.value >= 10 && num.value < 100 && Number.isInteger(num.value) && (num.digitSeq || num.hasArabic)
  if ('合算叠疊射线線服腾騰扣旧舊中返'.includes(after) && after !== '') return null
  if (!((num.value > 0 && num.value < 10) || twoDigit)) return null
  tail.kind = 'percent'
  tail.unit = '折'
  tail.factor = twoDigit ? 1 : 10
  tail.discount = true
  tail.role = 'percent'
  return afterUnit(ctx, tail, at + 1)
}

/** What after `角` makes it part of a word, not a dime (`3角形`, `4角褲`, `2角錢` is money and read as such). */
const JIAO_WORD_AFTER = /[形度楼樓落色膜架钢鋼柱锥錐裤褲尖]/

/** Cents of a currency (`美分`, Hong Kong's `美仙` and `港仙`, `歐分`) and its ISO code. */
const CENTS: ReadonlyArray<readonly [string, string]> = [['美分', 'USD'], ['美仙', 'USD'], ['港仙', 'HKD'], ['欧分', 'EUR'], ['歐分', 'EUR']]

/** Money at `at`: a currency name with its 元 角 分 chain, or 角/毛/分 alone with financial numerals. */
function readMoneyUnit(ctx: ScanContext, num: Numeral, tail: Tail, at: number): Tail | null {
  const {text, n} = ctx
  const uc = text.charCodeAt(at)
  const cur = currencyAt(ctx, at)
  if (cur !== null) {
    tail.kind = 'money'
    tail.unit = cur.code
    tail.role = 'money'
    let k = cur.end
    if (cur.code === 'CNY' && (text.startsWith('元', at) || text.startsWith('圆', at) || text.startsWith('圓', at))) {
      k = moneyChain(ctx, tail, k)
      for (const w of ['人民币', '人民幣']) if (text.startsWith(w, k)) k += w.length
      if (k < n && (text[k] === '整' || text[k] === '正')) k++
    }
    return afterUnit(ctx, tail, k)
  }
  // (`上漲99美分`, `升5港仙`: cents of a currency.)
  const cents = CENTS.find(([name]) => text.startsWith(name, at))
  if (cents) {
    tail.kind = 'money'
    tail.unit = cents[1]
    tail.role = 'money'
    tail.factor = 0.01
    return afterUnit(ctx, tail, at + cents[0].length)
  }
  // 角 and 分 alone are money only with financial numerals or inside a chain (肆角叁分, 壹分); 角 also after one Arabic
  // digit, as Taiwan prices fuel (`汽油漲4角`), not before a word it is part of (`3角形`).
  const arabicJiao = uc === 0x89d2 && num.exact && /^[1-9１-９]$/.test(text.slice(num.bodyStart, num.end)) && !JIAO_WORD_AFTER.test(text[at + 1] ?? '')
  if ((uc === 0x89d2 || uc === 0x6bdb) && num.value < 10 && (num.financial || arabicJiao || chainFollows(ctx, at + 1) || text[at + 1] === '钱' || text[at + 1] === '錢')) {
    tail.kind = 'money'
    tail.unit = 'CNY'
    tail.role = 'money'
    tail.factor = 0.1
    let k = at + 1
    if (text[k] === '钱' || text[k] === '錢') k++
    else {
      const f = smallNumeral(ctx, k)
      if (f !== null && f.value < 10 && text[f.end] === '分') {
        tail.extra = f.value / 100
        k = f.end + 1
      }
    }
    return afterUnit(ctx, tail, k)
  }
  if (uc === 0x5206 && num.financial && num.value < 10 && !(at + 1 < n && text[at + 1] === '之')) {
    tail.kind = 'money'
    tail.unit = 'CNY'
    tail.role = 'money'
    tail.factor = 0.01
    return afterUnit(ctx, tail, at + 1)
  }
  return null
}

/** 个 followed by 多/半 and a duration (三个多月, 一个半小时) or by a currency (20个比特币). */
function readClassifierThen(ctx: ScanContext, tail: Tail, at: number): Tail | null {
  const {text, n} = ctx
  const uc = text.charCodeAt(at)
  if (uc !== 0x4e2a && uc !== 0x500b) return null
  if (at + 2 < n && (MORE_CHARS.includes(text[at + 1]!) || text[at + 1] === '半')) {
    const ue = unitAt(ctx, at + 2)
    if (ue !== null && (ue.role === 'duration' || ue.role === 'month')) {
      if (text[at + 1] === '半') tail.extra = 0.5
      else tail.more = true
      tail.kind = 'duration'
      tail.unit = ue.unit
      tail.role = 'duration'
      return afterUnit(ctx, tail, at + 2 + ue.surface.length)
    }
  }
  if (at + 1 < n) {
    const c2 = currencyAt(ctx, at + 1)
    if (c2 !== null && c2.code !== 'CNY') {
      tail.kind = 'money'
      tail.unit = c2.code
      tail.role = 'money'
      return afterUnit(ctx, tail, c2.end)
    }
  }
  return null
}

/** A classifier or measure word from the lexicon at `at`, or a Latin unit after Arabic digits (5km, 3 GB). */
function readMeasureUnit(ctx: ScanContext, num: Numeral, tail: Tail, at: number): Tail {
  const {text, n} = ctx
  const uc = text.charCodeAt(at)
  const ue = unitAt(ctx, at)
  if (ue === null) {
    if (num.hasArabic && isLatin(uc)) {
      for (const [w, canon] of LATIN_UNITS) {
        if (text.startsWith(w, at) && !(at + w.length < n && isLatin(text.charCodeAt(at + w.length)))) {
          tail.unit = canon
          tail.hasUnit = true
          tail.role = 'count'
          return afterUnit(ctx, tail, at + w.length)
        }
      }
    }
    return tail
  }
  if (ue.role === 'clock') {
    // 点 that `calendar` did not read as a clock time is the classifier of 3点建议.
    tail.unit = '点'
    tail.role = 'count'
    return afterUnit(ctx, tail, at + 1)
  }
  if (ue.role === 'second' && num.end === at && !/分$/.test(text.slice(num.start - 1, num.start)) && !/^下一$/.test(text.slice(num.start - 1, num.end))) {
    // Clock and race times (`10时30分15秒`, `28秒76`) are read before the tail: a 秒 left here,
    // not after the minutes of a time (`3時42分53.8秒`) nor in `下一秒` (the next moment), ends a
    // length of seconds (`一秒`, `用了3秒`).
    tail.unit = '秒'
    tail.role = 'duration'
    tail.kind = 'duration'
    return afterUnit(ctx, tail, at + 1)
  }
  if (ue.role === 'month' || ue.role === 'day' || ue.role === 'hour' || ue.role === 'second') {
    // Calendar parts are read by `calendar`; here they only end the tail.
    return tail
  }
  // 分之 is a fraction, 年 a year or a duration: decided by the callers.
  if (ue.surface === '分' && text[at + 1] === '之') return tail
  tail.unit = ue.unit
  tail.role = ue.role
  tail.kind = ue.role === 'duration' ? 'duration' : ue.role === 'ordinal' ? 'ordinal' : ue.role === 'ratio' ? 'ratio' : 'count'
  return afterUnit(ctx, tail, at + ue.surface.length)
}

/**
 * What follows a numeral: 多/余/来 and 打, then the unit (percent signs, 百分点, 成, 折,
 * money, classifiers and measures), then 多/半, an approximation word and 来 after it.
 * `insidePercentOf` (the numeral of 百分之N) stops after percent units.
 */
export function readTail(ctx: ScanContext, num: Numeral, insidePercentOf: boolean): Tail {
  const {text, n} = ctx
  const tail = emptyTail(num.end)
  readNumeralSuffix(ctx, num, tail)
  const j = tail.end
  if (tail.dozen) {
    tail.hasUnit = true
    tail.nounFrom = j
    return tail
  }
  let u = skipSpaces(text, j, n)
  if (u - j > 6) u = j
  if (u >= n) return tail
  const percent = readPercentUnit(ctx, tail, u)
  if (percent !== null) return percent
  if (insidePercentOf) return tail
  const uc = text.charCodeAt(u)
  if (uc === 0x6210 && !num.neg) {
    const cheng = readCheng(ctx, num, tail, u)
    if (cheng !== null) return cheng
  }
  if (uc === 0x6298 && !num.neg) {
    const zhe = readZhe(ctx, num, tail, u)
    if (zhe !== null) return zhe
  }
  if (uc === 0x5398 && !num.neg) {
    const li = readLi(ctx, num, tail, u)
    if (li !== null) return li
  }
  return readMoneyUnit(ctx, num, tail, u) ?? readClassifierThen(ctx, tail, u) ?? readMeasureUnit(ctx, num, tail, u)
}

function chainFollows(ctx: ScanContext, at: number): boolean {
  const f = smallNumeral(ctx, at)
  return f !== null && f.value < 10 && ctx.text[f.end] === '分'
}

function moneyChain(ctx: ScanContext, tail: Tail, yuanEnd: number): number {
  const {text} = ctx
  // 50元6角三分, 壹元零壹分.
  let j = yuanEnd
  if (text[j] === '零') j++
  const jiao = smallNumeral(ctx, j)
  if (jiao !== null && jiao.value < 10 && (text[jiao.end] === '角' || text[jiao.end] === '毛')) {
    tail.extra += jiao.value / 10
    j = jiao.end + 1
    yuanEnd = j
    if (text[j] === '零') j++
  }
  const fen = smallNumeral(ctx, j)
  if (fen !== null && fen.value < 10 && text[fen.end] === '分' && text[fen.end + 1] !== '之' && text[fen.end + 1] !== '钟') {
    tail.extra += fen.value / 100
    yuanEnd = fen.end + 1
  }
  return yuanEnd
}

/** After a unit ending at `unitEnd`: 多/半 after it, an approximation word, 来/以来 of a time window. */
export function afterUnit(ctx: ScanContext, tail: Tail, unitEnd: number): Tail {
  const {text, n} = ctx
  tail.hasUnit = true
  tail.end = unitEnd
  // 一年多, 三倍多, 6元多.
  if (!tail.more && unitEnd < n && MORE_CHARS.includes(text[unitEnd]!) && tail.unit !== null && MORE_AFTER_UNIT.has(tail.unit === 'CNY' ? '元' : tail.unit)) {
    const after = unitEnd + 1 < n ? text.charCodeAt(unitEnd + 1) : -1
    const blocked = after >= 0 && (unitAt(ctx, unitEnd + 1) !== null || text[unitEnd + 1] === '少' || text[unitEnd + 1] === '数' || text[unitEnd + 1] === '數')
    if (!blocked) {
      tail.more = true
      unitEnd++
      tail.end = unitEnd
    }
  }
  if (!tail.more && tail.extra === 0 && unitEnd < n && text[unitEnd] === '半' && (tail.kind === 'duration' || tail.unit === '斤' || tail.unit === '公斤' || tail.unit === '吨' || tail.unit === '倍')) {
    // 三年半, 两斤半: the half belongs to the amount.
    tail.extra = 0.5
    unitEnd++
    tail.end = unitEnd
  }
  const s = unitEnd < n ? suffixAt(ctx, unitEnd) : null
  if (s !== null) {
    tail.suffix = s.code
    unitEnd = s.end
    tail.end = unitEnd
  }
  if (tail.kind === 'duration' && unitEnd < n && (text[unitEnd] === '来' || text[unitEnd] === '來')) {
    tail.window = true
    tail.end = unitEnd + 1
  } else if (tail.kind === 'duration' && (text.startsWith('以来', unitEnd) || text.startsWith('以來', unitEnd))) {
    tail.window = true
    tail.end = unitEnd + 2
  }
  tail.nounFrom = tail.end
  return tail
}

/** After a fraction ending at `fractionEnd`: only an approximation word. */
export function afterFraction(ctx: ScanContext, tail: Tail, fractionEnd: number): Tail {
  const s = fractionEnd < ctx.n ? suffixAt(ctx, fractionEnd) : null
  if (s !== null) {
    tail.suffix = s.code
    fractionEnd = s.end
  }
  tail.end = fractionEnd
  tail.nounFrom = fractionEnd
  return tail
}
