/**
 * `findQuantities`: one left-to-right pass over the text. Characters that
 * cannot start a quantity cost one typed-array read; at a candidate the
 * numeral is scanned, then what follows it (fraction, unit, date parts,
 * approximation and bound words, the counted noun) and a few structural
 * checks decide whether it is a quantity, a name or an idiom.
 */

import {
  AR_DIGIT,
  TRIGGER,
  ZH_DIGIT,
  ZH_MAG,
  ZH_UNIT,
  isHanzi,
  isInlineSpace,
  isLatin,
  matchSpaced,
  skipSpaces
} from './chars.js'
import {type Iv, applyQualifier, finish, more, negate, scale, stated} from './interval.js'
import {
  BARE_OK_FOLLOWERS,
  CURRENCIES,
  CURRENCY_SYMBOLS,
  EXCLUSION_GROUPS,
  type Exclusion,
  MORE_AFTER_UNIT,
  NOUN_STOP_WORDS,
  ORDINAL_TITLES,
  PLACE_TAILS,
  PLACE_TAIL_BLOCKERS,
  PREFIX_BLOCKERS,
  PREFIX_QUALIFIERS,
  type QualifierCode,
  SUFFIX_QUALIFIERS,
  UNITS,
  type UnitEntry
} from './lexicon.js'
import {type Numeral, scanNumeral, scanStop} from './numeral.js'
import type {FindOptions, Qualifier, Quantity, QuantityKind} from './types.js'

// ---------------------------------------------------------------------------
// Constant lookup structures, built once.

interface ExIndexEntry {
  word: string
  offset: number
  unless: string
}

const EXCLUDE_INDEX = new Map<number, ExIndexEntry[]>()
for (const group of EXCLUSION_GROUPS) {
  for (const item of group.words) {
    const ex: Exclusion = typeof item === 'string' ? {word: item} : item
    // Index the word under every character a scan could start at, so that 进一步 is seen from 一.
    for (let k = 0; k < ex.word.length; k++) {
      const c = ex.word.charCodeAt(k)
      if (TRIGGER[c] !== 1) continue
      let list = EXCLUDE_INDEX.get(c)
      if (list === undefined) EXCLUDE_INDEX.set(c, (list = []))
      list.push({word: ex.word, offset: k, unless: ex.unless ?? ''})
    }
  }
}

function byFirstChar<T extends {surface: string}>(items: readonly T[]): Map<number, T[]> {
  const map = new Map<number, T[]>()
  for (const item of items) {
    const c = item.surface.charCodeAt(0)
    let list = map.get(c)
    if (list === undefined) map.set(c, (list = []))
    list.push(item)
  }
  for (const list of map.values()) list.sort((a, b) => b.surface.length - a.surface.length)
  return map
}

const UNIT_INDEX = byFirstChar(UNITS)
const CURRENCY_INDEX = byFirstChar(CURRENCIES.map(([surface, code]) => ({surface, code})))
const PREFIXES = [...PREFIX_QUALIFIERS].sort((a, b) => b[0].length - a[0].length)
const SUFFIX_INDEX = byFirstChar(SUFFIX_QUALIFIERS.map(([surface, code]) => ({surface, code})))
const TITLE_INDEX = byFirstChar(ORDINAL_TITLES.map((surface) => ({surface})))
const STOP_WORD_INDEX = byFirstChar(NOUN_STOP_WORDS.map((surface) => ({surface})))
const CURRENCY_FIRST = new Uint8Array(0x10000)
for (const [surface] of CURRENCIES) if (surface.length > 1) CURRENCY_FIRST[surface.charCodeAt(0)] = 1

const NOUN_STOP_ANY = new Uint8Array(0x10000)
for (const ch of '的和与與及或、在是为為被把将將对對从從向到了着著过過已都也还還就等并並而于於给給让讓使由又再即不') {
  NOUN_STOP_ANY[ch.charCodeAt(0)] = 1
}
const NOUN_STOP_INNER = new Uint8Array(0x10000)
for (const ch of '中里裡上下前后後间間时時共均各每其占佔达達至约約近超逾余餘多来來以所能可要会會需应應') {
  NOUN_STOP_INNER[ch.charCodeAt(0)] = 1
}
const BARE_OK = new Uint8Array(0x10000)
for (const ch of BARE_OK_FOLLOWERS) BARE_OK[ch.charCodeAt(0)] = 1
const PLACE_TAIL = new Uint8Array(0x10000)
for (const ch of PLACE_TAILS) PLACE_TAIL[ch.charCodeAt(0)] = 1
const PLACE_BLOCK = new Uint8Array(0x10000)
for (const ch of PLACE_TAIL_BLOCKERS) PLACE_BLOCK[ch.charCodeAt(0)] = 1

const TIME_CONTEXT = ['上午', '下午', '晚上', '凌晨', '早上', '中午', '傍晚', '夜里', '夜裡', '时间', '時間', '今天', '明天', '昨天', '当天', '當天', '每天', '日', '晚', '早']
const PM_CONTEXT = ['下午', '晚上', '傍晚', '夜里', '夜裡', '晚']
const MORE_CHARS = '多余餘'
const LAI = '来來'
const QUOTE_OPEN = '“「『‘"《'
const QUOTE_CLOSE = '”」』’"》'

/** Ranges: separators between two numbers. */
const RANGE_SEPS = '至到~～〜-－—–―'

const LATIN_UNITS: readonly (readonly [string, string])[] = [
  ['kWh', 'kWh'], ['km', 'km'], ['kg', 'kg'], ['cm', 'cm'], ['mm', 'mm'], ['kW', 'kW'], ['MW', 'MW'], ['GW', 'GW'],
  ['KB', 'KB'], ['MB', 'MB'], ['GB', 'GB'], ['TB', 'TB'], ['kHz', 'kHz'], ['MHz', 'MHz'], ['GHz', 'GHz'],
  ['Hz', 'Hz'], ['mg', 'mg'], ['ml', 'ml'], ['mL', 'ml'], ['m', 'm'], ['g', 'g'], ['t', 't'], ['L', 'L'], ['W', 'W'],
  ['V', 'V']
]

// ---------------------------------------------------------------------------

interface Ctx {
  text: string
  n: number
  out: Quantity[]
  lastEnd: number
  skip: number
  wsStart: number
  wsEnd: number
  opts: FindOptions
}

/**
 * Find every quantity mention in `text`: counts, money, percentages, ranges,
 * dates, times, durations, ordinals, each with its interval, unit and noun.
 */
export function findQuantities(text: string, options: FindOptions = {}): Quantity[] {
  const n = text.length
  let wsStart = 0
  while (wsStart < n && /\s/.test(text[wsStart]!)) wsStart++
  let wsEnd = n
  while (wsEnd > wsStart && /\s/.test(text[wsEnd - 1]!)) wsEnd--
  const ctx: Ctx = {text, n, out: [], lastEnd: 0, skip: 0, wsStart, wsEnd, opts: options}
  const names = options.currencyNames === true
  let i = 0
  while (i < n) {
    const c = text.charCodeAt(i)
    if (TRIGGER[c] === 0 && !(names && (CURRENCY_FIRST[c] === 1 || c === 0x5143))) {
      i++
      continue
    }
    ctx.skip = i + 1
    const q = TRIGGER[c] === 1 ? matchAt(ctx, i) : currencyName(ctx, i)
    if (q === null) {
      i = Math.max(ctx.skip, i + 1)
      continue
    }
    ctx.out.push(q)
    ctx.lastEnd = q.end
    i = q.end
  }
  return ctx.out
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f
}

function alnumEnd(text: string, i: number): number {
  while (i < text.length && (isAsciiAlnum(text.charCodeAt(i)) || AR_DIGIT[text.charCodeAt(i)]! >= 0 || isLatin(text.charCodeAt(i)))) i++
  return i
}

function excludedAt(text: string, i: number, lastEnd: number): number {
  const list = EXCLUDE_INDEX.get(text.charCodeAt(i))
  if (list === undefined) return -1
  let best = -1
  for (const e of list) {
    const s = i - e.offset
    if (s < lastEnd && s < i) continue
    if (s < 0 || !text.startsWith(e.word, s)) continue
    const after = s + e.word.length
    if (e.unless !== '' && after < text.length && e.unless.includes(text[after]!)) continue
    if (after > best) best = after
  }
  return best
}

function matchAt(ctx: Ctx, i: number): Quantity | null {
  const {text, n} = ctx
  const c = text.charCodeAt(i)
  const prev = i > 0 ? text.charCodeAt(i - 1) : -1
  if ((AR_DIGIT[c]! >= 0 || c === 0x2e) && prev >= 0 && (isLatin(prev) || prev === 0x5f || (c === 0x2e && (AR_DIGIT[prev]! >= 0 || prev === 0x2e)))) {
    // Digits glued to letters are identifiers (4G, A2021…, H7N9, No.1).
    ctx.skip = alnumEnd(text, i)
    return null
  }
  if (c === 0x2e && !(i + 1 < n && AR_DIGIT[text.charCodeAt(i + 1)]! >= 0)) return null
  const ex = excludedAt(text, i, ctx.lastEnd)
  if (ex > i) {
    ctx.skip = ex
    return null
  }
  switch (c) {
    case 0x7b2c: // 第
      return ordinal(ctx, i)
    case 0x534a: // 半
      return half(ctx, i)
    case 0x5bf9:
    case 0x5c0d: // 对 對: 打对折
      if (prev === 0x6253 && text.charCodeAt(i + 1) === 0x6298) {
        return make(ctx, i, i + 2, i, i + 2, 50, {low: 50, high: 50, li: true, hi: true, approx: false}, 'percent', '折')
      }
      return null
    default:
      break
  }
  if (CURRENCY_SYMBOLS[text[i]!] !== undefined) return symbolMoney(ctx, i)
  if (ZH_UNIT[c]! >= 1 || ZH_MAG[c]! === 4) {
    const pct = percentOf(ctx, i)
    if (pct !== undefined) return pct
  }
  if ((ZH_MAG[c]! >= 4 || ZH_UNIT[c]! >= 2) && (prev === 0x4e0a) && !(ZH_DIGIT[text.charCodeAt(i + 1)]! >= 0)) {
    return order(ctx, i)
  }
  if (AR_DIGIT[c]! >= 0) {
    const d = isoDate(ctx, i)
    if (d !== null) return d
  }
  return fromNumeral(ctx, i)
}

// ---------------------------------------------------------------------------
// Building results.

function round(x: number): number {
  if (x === 0) return 0 // -0 is not JSON-safe (负零)
  if (!Number.isFinite(x)) return x
  // At most 15 digits: `toPrecision(15)` gives the number back; most values are such counts.
  if (Number.isInteger(x) && Math.abs(x) < 1e15) return x
  // Undo binary noise of interval arithmetic (77.6 - 0.05 = 77.54999999999998) but keep true
  // long expansions (1/3): only take the 15-digit form when it is much shorter.
  const r = Number(x.toPrecision(15))
  return String(r).length + 3 < String(x).length ? r : x
}

function make(
  ctx: Ctx,
  start: number,
  end: number,
  numStart: number,
  numEnd: number,
  value: number | null,
  iv: Iv,
  kind: QuantityKind,
  unit: string | null
): Quantity {
  const q: Quantity = {
    start,
    end,
    text: ctx.text.slice(start, end),
    numStart,
    numEnd,
    value: value === null ? null : round(value),
    low: iv.low === null ? null : round(iv.low),
    high: iv.high === null ? null : round(iv.high),
    lowInclusive: iv.li,
    highInclusive: iv.hi,
    approx: iv.approx,
    kind,
    unit
  }
  if (iv.q !== undefined) q.qualifier = iv.q
  return q
}

// ---------------------------------------------------------------------------
// Prefix and suffix words.

interface Prefix {
  start: number
  code: QualifierCode
  word: string
}

function prefixBefore(ctx: Ctx, s: number): Prefix | null {
  const {text} = ctx
  for (const [word, code] of PREFIXES) {
    const p = s - word.length
    if (p < ctx.lastEnd) continue
    if (!text.startsWith(word, p)) continue
    const blockers = PREFIX_BLOCKERS[word]
    if (blockers !== undefined && p > 0 && blockers.includes(text[p - 1]!)) continue
    return {start: p, code, word}
  }
  return null
}

function suffixAt(ctx: Ctx, j: number): {end: number; code: QualifierCode} | null {
  const {text, n} = ctx
  const list = SUFFIX_INDEX.get(text.charCodeAt(j))
  if (list === undefined) return null
  for (const s of list) {
    if (!text.startsWith(s.surface, j)) continue
    const after = j + s.surface.length
    if (s.surface === '上下' && after < n && isHanzi(text.charCodeAt(after)) && text[after] !== '的') continue
    return {end: after, code: s.code}
  }
  return null
}

// ---------------------------------------------------------------------------
// Nouns.

function readNoun(ctx: Ctx, j: number, allowDe: boolean): string | undefined {
  const {text, n} = ctx
  if (allowDe && j < n && text.charCodeAt(j) === 0x7684) j++
  let k = j
  while (k < n && k - j < 10) {
    const c = text.charCodeAt(k)
    if (!isHanzi(c)) break
    if (NOUN_STOP_ANY[c] === 1) break
    if (k > j && NOUN_STOP_INNER[c] === 1) break
    const words = STOP_WORD_INDEX.get(c)
    if (words !== undefined && words.some((w) => text.startsWith(w.surface, k))) break
    if (k > j && (AR_DIGIT[c]! >= 0 || (ZH_DIGIT[c]! >= 0 && k + 1 < n && unitAt(ctx, k + 1) !== null))) break
    k++
  }
  return k > j ? text.slice(j, k) : undefined
}

function unitAt(ctx: Ctx, j: number): UnitEntry | null {
  const list = UNIT_INDEX.get(ctx.text.charCodeAt(j))
  if (list === undefined) return null
  for (const u of list) if (ctx.text.startsWith(u.surface, j)) return u
  return null
}

function currencyAt(ctx: Ctx, j: number): {end: number; code: string} | null {
  const list = CURRENCY_INDEX.get(ctx.text.charCodeAt(j))
  if (list === undefined) return null
  for (const u of list) {
    if (!ctx.text.startsWith(u.surface, j)) continue
    // 块 is money only as 块钱; 元 before 旦/素/件/宵/首/老/帅/气 is another word.
    if (u.surface === '元' || u.surface === '圆' || u.surface === '圓') {
      const after = ctx.text.charCodeAt(j + 1)
      if ('旦素件宵首老帥帅气氣月'.includes(String.fromCharCode(after))) return null
    }
    return {end: j + u.surface.length, code: u.code}
  }
  return null
}

// ---------------------------------------------------------------------------
// Structural exclusions.

function inSlogan(ctx: Ctx, start: number, end: number): boolean {
  const {text, n} = ctx
  let a = start - 1
  while (a >= 0 && start - a <= 12 && isHanzi(text.charCodeAt(a))) a--
  if (a < 0 || !QUOTE_OPEN.includes(text[a]!)) return false
  let b = end
  while (b < n && b - end <= 12 && isHanzi(text.charCodeAt(b))) b++
  if (b >= n || !QUOTE_CLOSE.includes(text[b]!)) return false
  const inner = text.slice(a + 1, b)
  if (inner.length > 12) return false
  // “两学一做”, “五抓五促”, “百队千人帮万户”: several numeral-led chunks; “三农”, “两委”: one numeral + one or two characters.
  let chunks = 0
  for (let k = 0; k < inner.length; k++) {
    const c = inner.charCodeAt(k)
    const isNum = ZH_DIGIT[c]! >= 0 || ZH_UNIT[c]! >= 0 || ZH_MAG[c]! >= 0
    const nextC = k + 1 < inner.length ? inner.charCodeAt(k + 1) : -1
    const nextNum = nextC >= 0 && (ZH_DIGIT[nextC]! >= 0 || ZH_UNIT[nextC]! >= 0 || ZH_MAG[nextC]! >= 0)
    if (isNum && nextC >= 0 && !nextNum) chunks++
  }
  if (chunks >= 2) return true
  return chunks === 1 && inner.length <= 3 && (ZH_DIGIT[inner.charCodeAt(0)]! >= 0 || ZH_UNIT[inner.charCodeAt(0)]! >= 0)
}

function lineStart(text: string, i: number): boolean {
  let k = i - 1
  while (k >= 0 && isInlineSpace(text.charCodeAt(k))) k--
  return k < 0 || text[k] === '\n' || text[k] === '\r'
}

function isEnumerator(ctx: Ctx, N: Numeral): boolean {
  const {text, n} = ctx
  const next = N.end < n ? text[N.end]! : ''
  const prevCh = N.start > 0 ? text[N.start - 1]! : ''
  if (N.hasArabic && !N.hasChinese && N.exact && N.value < 100) {
    if (lineStart(text, N.start) && '.．、)）'.includes(next) && next !== '' && !(N.end + 1 < n && AR_DIGIT[text.charCodeAt(N.end + 1)]! >= 0)) return true
    if ((prevCh === '(' || prevCh === '（') && (next === ')' || next === '）')) return true
  }
  if (N.hasChinese && !N.hasArabic && N.value <= 20 && N.end - N.start <= 2) {
    const boundary = prevCh === '' || '\n\r，。；：,;:！？!?　 '.includes(prevCh) || lineStart(text, N.start)
    if (boundary && (next === '、' || next === '是')) return true
    if ((prevCh === '(' || prevCh === '（') && (next === ')' || next === '）')) return true
  }
  return false
}

function isWhole(ctx: Ctx, start: number, end: number): boolean {
  return start <= ctx.wsStart && end >= ctx.wsEnd
}

// ---------------------------------------------------------------------------
// Tails: what follows a numeral.

interface Tail {
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

function emptyTail(j: number): Tail {
  return {
    end: j,
    numEnd: j,
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

const DOZEN_BLOCK = '开開听聽算造击擊工电電破赢贏球扫掃响響通包车車仗卡折'

/** Read a small numeral (0–99) for money chains and time parts. */
function smallNumeral(ctx: Ctx, j: number): Numeral | null {
  if (j >= ctx.n) return null
  const c = ctx.text.charCodeAt(j)
  if (AR_DIGIT[c]! < 0 && ZH_DIGIT[c]! < 0 && ZH_UNIT[c]! !== 1) return null
  const N = scanNumeral(ctx.text, j, ctx.n, false)
  if (N === null || N.vague || N.range !== undefined || !N.exact || N.value > 99) return null
  return N
}

function readTail(ctx: Ctx, N: Numeral, pctContext: boolean): Tail {
  const {text, n} = ctx
  let j = N.end
  const tail = emptyTail(j)
  // Trailing 多/余/来 before the unit (8500多名, 5000余名, 十来个).
  if (j < n && !N.vague && N.range === undefined) {
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
  // 打: dozens (一打, 十打苹果).
  if (j < n && text.charCodeAt(j) === 0x6253 && !(j + 1 < n && DOZEN_BLOCK.includes(text[j + 1]!))) {
    tail.dozen = true
    j++
  }
  tail.numEnd = j
  tail.end = j
  if (tail.dozen) {
    tail.hasUnit = true
    tail.nounFrom = j
    return tail
  }
  let u = skipSpaces(text, j, n)
  if (u - j > 6) u = j
  if (u >= n) return tail
  const uc = text.charCodeAt(u)
  // Percent-like units.
  if (uc === 0x25 || uc === 0xff05 || uc === 0x2030 || uc === 0x2031 || uc === 0xfe6a) {
    tail.kind = uc === 0x2030 || uc === 0x2031 ? 'permille' : 'percent'
    tail.unit = uc === 0x2030 ? '‰' : uc === 0x2031 ? '‱' : '%'
    tail.factor = uc === 0x2030 ? 0.1 : uc === 0x2031 ? 0.01 : 1
    tail.role = 'percent'
    return afterUnit(ctx, tail, u + 1)
  }
  let pp = matchSpaced(text, u, n, '个百分点')
  if (pp < 0) pp = matchSpaced(text, u, n, '個百分點')
  if (pp < 0) pp = matchSpaced(text, u, n, '百分点')
  if (pp < 0) pp = matchSpaced(text, u, n, '百分點')
  if (pp > 0) {
    tail.kind = 'percentage-point'
    tail.unit = '百分点'
    tail.role = 'percent'
    return afterUnit(ctx, tail, pp)
  }
  if (pctContext) return tail
  if (uc === 0x6210 && !N.neg) {
    // 成: tenths (三成 = 30%); not 成为/成立/成员…
    const after = u + 1 < n ? text[u + 1]! : ''
    if (!'为為立员員本果绩績功熟长長交就效型品都年人分群片'.includes(after) || after === '') {
      if (N.value <= 10) {
        tail.kind = 'percent'
        tail.unit = '成'
        tail.factor = 10
        tail.role = 'percent'
        let k = u + 1
        const k2 = skipSpaces(text, k, n)
        const d = k2 < n ? ZH_DIGIT[text.charCodeAt(k2)]! : -1
        if (d > 0 && !(k2 + 1 < n && (isHanzi(text.charCodeAt(k2 + 1)) && unitAt(ctx, k2 + 1) !== null))) {
          tail.extra = d
          k = k2 + 1
        } else if (k < n && text.charCodeAt(k) === 0x534a) {
          tail.extra = 5
          k++
        }
        return afterUnit(ctx, tail, k)
      }
    }
  }
  if (uc === 0x6298 && !N.neg) {
    // 折: discount (九折 = 90%, 七五折 = 75%); 十折 is not a discount.
    const after = u + 1 < n ? text[u + 1]! : ''
    const twoDigit = N.exact && N.value >= 10 && N.value < 100 && Number.isInteger(N.value) && (N.digitSeq || N.hasArabic)
    if (!'合算叠疊射线線服腾騰扣旧舊中返'.includes(after) || after === '') {
      if ((N.value > 0 && N.value < 10) || twoDigit) {
        tail.kind = 'percent'
        tail.unit = '折'
        tail.factor = twoDigit ? 1 : 10
        tail.discount = true
        tail.role = 'percent'
        return afterUnit(ctx, tail, u + 1)
      }
    }
  }
  // Money: currency names and 元 角 分 chains.
  const cur = currencyAt(ctx, u)
  if (cur !== null) {
    tail.kind = 'money'
    tail.unit = cur.code
    tail.role = 'money'
    let k = cur.end
    if (cur.code === 'CNY' && (text.startsWith('元', u) || text.startsWith('圆', u) || text.startsWith('圓', u))) {
      k = moneyChain(ctx, tail, k)
      for (const w of ['人民币', '人民幣']) if (text.startsWith(w, k)) k += w.length
      if (k < n && (text[k] === '整' || text[k] === '正')) k++
    }
    return afterUnit(ctx, tail, k)
  }
  // 角 and 分 alone are money only with financial numerals or inside a chain (肆角叁分, 壹分).
  if ((uc === 0x89d2 || uc === 0x6bdb) && N.value < 10 && (N.financial || chainFollows(ctx, u + 1) || text[u + 1] === '钱' || text[u + 1] === '錢')) {
    tail.kind = 'money'
    tail.unit = 'CNY'
    tail.role = 'money'
    tail.factor = 0.1
    let k = u + 1
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
  if (uc === 0x5206 && N.financial && N.value < 10 && !(u + 1 < n && text[u + 1] === '之')) {
    tail.kind = 'money'
    tail.unit = 'CNY'
    tail.role = 'money'
    tail.factor = 0.01
    return afterUnit(ctx, tail, u + 1)
  }
  // 三个多月, 一个半小时.
  if ((uc === 0x4e2a || uc === 0x500b) && u + 2 < n && (MORE_CHARS.includes(text[u + 1]!) || text[u + 1] === '半')) {
    const ue = unitAt(ctx, u + 2)
    if (ue !== null && (ue.role === 'duration' || ue.role === 'month')) {
      if (text[u + 1] === '半') tail.extra = 0.5
      else tail.more = true
      tail.kind = 'duration'
      tail.unit = ue.unit
      tail.role = 'duration'
      return afterUnit(ctx, tail, u + 2 + ue.surface.length)
    }
  }
  // 20个比特币: classifier then currency.
  if ((uc === 0x4e2a || uc === 0x500b) && u + 1 < n) {
    const c2 = currencyAt(ctx, u + 1)
    if (c2 !== null && c2.code !== 'CNY') {
      tail.kind = 'money'
      tail.unit = c2.code
      tail.role = 'money'
      return afterUnit(ctx, tail, c2.end)
    }
  }
  const ue = unitAt(ctx, u)
  if (ue === null) {
    // Latin units after Arabic numbers: 5km, 3 GB.
    if (N.hasArabic && isLatin(uc)) {
      for (const [w, canon] of LATIN_UNITS) {
        if (text.startsWith(w, u) && !(u + w.length < n && isLatin(text.charCodeAt(u + w.length)))) {
          tail.unit = canon
          tail.hasUnit = true
          tail.role = 'count'
          return afterUnit(ctx, tail, u + w.length)
        }
      }
    }
    return tail
  }
  if (ue.role === 'clock') {
    // 点 that `calendar` did not read as a clock time is the classifier of 3点建议.
    tail.unit = '点'
    tail.role = 'count'
    return afterUnit(ctx, tail, u + 1)
  }
  if (ue.role === 'month' || ue.role === 'day' || ue.role === 'hour' || ue.role === 'second') {
    // Calendar parts are read by `calendar`; here they only end the tail.
    return tail
  }
  if (ue.surface === '年' || ue.surface === '分') {
    // 分之 is a fraction, 年 a year or a duration: decided by the callers.
    if (ue.surface === '分' && text[u + 1] === '之') return tail
  }
  tail.unit = ue.unit
  tail.role = ue.role
  tail.kind = ue.role === 'duration' ? 'duration' : ue.role === 'ordinal' ? 'ordinal' : ue.role === 'ratio' ? 'ratio' : 'count'
  return afterUnit(ctx, tail, u + ue.surface.length)
}

function chainFollows(ctx: Ctx, j: number): boolean {
  const f = smallNumeral(ctx, j)
  return f !== null && f.value < 10 && ctx.text[f.end] === '分'
}

function moneyChain(ctx: Ctx, tail: Tail, k: number): number {
  const {text} = ctx
  // 50元6角三分, 壹元零壹分.
  let j = k
  if (text[j] === '零') j++
  const jiao = smallNumeral(ctx, j)
  if (jiao !== null && jiao.value < 10 && (text[jiao.end] === '角' || text[jiao.end] === '毛')) {
    tail.extra += jiao.value / 10
    j = jiao.end + 1
    k = j
    if (text[j] === '零') j++
  }
  const fen = smallNumeral(ctx, j)
  if (fen !== null && fen.value < 10 && text[fen.end] === '分' && text[fen.end + 1] !== '之' && text[fen.end + 1] !== '钟') {
    tail.extra += fen.value / 100
    k = fen.end + 1
  }
  return k
}

function afterUnit(ctx: Ctx, tail: Tail, k: number): Tail {
  const {text, n} = ctx
  tail.hasUnit = true
  tail.end = k
  // 一年多, 三倍多, 6元多.
  if (!tail.more && k < n && MORE_CHARS.includes(text[k]!) && tail.unit !== null && MORE_AFTER_UNIT.has(tail.unit === 'CNY' ? '元' : tail.unit)) {
    const after = k + 1 < n ? text.charCodeAt(k + 1) : -1
    const blocked = after >= 0 && (unitAt(ctx, k + 1) !== null || text[k + 1] === '少' || text[k + 1] === '数' || text[k + 1] === '數')
    if (!blocked) {
      tail.more = true
      k++
      tail.end = k
    }
  }
  if (!tail.more && tail.extra === 0 && k < n && text[k] === '半' && (tail.kind === 'duration' || tail.unit === '斤' || tail.unit === '公斤' || tail.unit === '吨' || tail.unit === '倍')) {
    // 三年半, 两斤半: the half belongs to the amount.
    tail.extra = 0.5
    k++
    tail.end = k
  }
  const s = k < n ? suffixAt(ctx, k) : null
  if (s !== null) {
    tail.suffix = s.code
    k = s.end
    tail.end = k
  }
  if (tail.kind === 'duration' && k < n && (text[k] === '来' || text[k] === '來')) {
    tail.window = true
    tail.end = k + 1
  } else if (tail.kind === 'duration' && (text.startsWith('以来', k) || text.startsWith('以來', k))) {
    tail.window = true
    tail.end = k + 2
  }
  tail.nounFrom = tail.end
  return tail
}

// ---------------------------------------------------------------------------
// From a numeral to a quantity.

function baseInterval(N: Numeral, tail: Tail | null): Iv {
  if (N.range !== undefined) {
    return {low: N.range.lo.value, high: N.range.hi.value, li: true, hi: true, approx: true, q: 'vague'}
  }
  const iv = tail !== null && tail.more ? more(N) : stated(N)
  return iv
}

function fromNumeral(ctx: Ctx, i: number): Quantity | null {
  const {text, n} = ctx
  const N = scanNumeral(text, i, n)
  if (N === null) {
    if (scanStop > i) ctx.skip = scanStop
    return null
  }
  ctx.skip = N.end
  // Identifiers: digits glued to letters after them (4G, 5G, 3D) unless a Latin unit follows.
  if (N.end < n && N.hasArabic && isLatin(text.charCodeAt(N.end))) {
    const w = LATIN_UNITS.find(([u]) => text.startsWith(u, N.end) && !(N.end + u.length < n && isLatin(text.charCodeAt(N.end + u.length))))
    if (w === undefined) {
      ctx.skip = alnumEnd(text, N.end)
      return null
    }
  }
  if (isEnumerator(ctx, N)) return null
  const label = notAnAmount(ctx, N)
  if (label !== undefined) return label
  const tens = spacedDiscount(ctx, N)
  if (tens !== null) return tens
  if (N.ambiguousOnly && !isWhole(ctx, N.start, N.end)) {
    // 入伍, 大陆, 收拾: a lone 伍/陆/拾/肆 is a number only before a currency unit (伍元) or 分之.
    const k = skipSpaces(text, N.end, n)
    if (currencyAt(ctx, k) === null && text[k] !== '角' && !(text[k] === '分' && text[k + 1] === '之')) return null
  }
  const cal = calendar(ctx, N)
  if (cal !== undefined) return cal
  const frac = fraction(ctx, N)
  if (frac !== undefined) return frac
  const ratio = ratioAt(ctx, N)
  if (ratio !== null) return ratio
  // Two adjacent digits: a range before a unit (七八个, 一两天, 七八成), a digit string before 折 (七八折).
  if (N.pair && N.range === undefined && text[skipSpaces(text, N.end, n)] !== '折') {
    const a = Math.floor(N.value / 10)
    const b = N.value % 10
    N.range = {lo: {...N, value: a}, hi: {...N, value: b}}
    N.vague = true
    N.lo = a
    N.hi = b
    N.value = a
    const t = readTail(ctx, N, false)
    if (!t.hasUnit) return null
  }
  let tail = readTail(ctx, N, false)
  // Chinese digit strings are numbers only when clearly so (二〇一七, 零零三, 一二点三零, whole input).
  if (N.digitSeq && N.range === undefined && !N.hasArabic) {
    if (N.digits === undefined) return null
    const digits = N.digits ?? ''
    const ok =
      digits.length >= 3 || digits.includes('0') || digits.includes('.') || text.slice(N.bodyStart, N.end).includes('幺') ||
      tail.discount || isWhole(ctx, N.start, N.end)
    if (!ok) return null
  }
  if (N.bareUnit && !tail.hasUnit && !isWhole(ctx, N.start, N.end)) {
    const bu = text.charCodeAt(N.bodyStart)
    if (ZH_UNIT[bu]! >= 2) return null
  }
  const pre = prefixBefore(ctx, N.start)
  // Bare Chinese numerals glued to a following character are names or words (十九大, 十八洞村, 一举).
  if (N.hasChinese && !N.hasArabic && !tail.hasUnit && !tail.more && tail.suffix === null) {
    const nextIdx = tail.end
    const next = nextIdx < n ? text.charCodeAt(nextIdx) : -1
    const dangling = next === 0x5206 && text.charCodeAt(nextIdx + 1) === 0x4e4b
    if (next >= 0 && isHanzi(next) && BARE_OK[next] !== 1 && !dangling && !isWhole(ctx, N.start, N.end)) {
      if (!(pre !== null && (pre.code === 'about' || pre.code === 'near'))) return null
    }
  }
  // Place names: 三道岭, 五台山 (numeral + one character + a place tail).
  if (N.hasChinese && !N.hasArabic && tail.hasUnit && tail.kind === 'count' && tail.unit !== null) {
    const u = skipSpaces(text, tail.numEnd, n)
    const uc = text.charCodeAt(u)
    if (tail.end === u + 1 && PLACE_BLOCK[uc] !== 1 && tail.end < n && PLACE_TAIL[text.charCodeAt(tail.end)] === 1) return null
  }
  if (N.hasChinese && !N.hasArabic && inSlogan(ctx, N.start, tail.end)) {
    ctx.skip = tail.end
    return null
  }
  // 年 after a number that is not a year is a duration (3年, 94年来).
  if (!tail.hasUnit && text.charCodeAt(skipSpaces(text, tail.numEnd, n)) === 0x5e74) {
    const u = skipSpaces(text, tail.numEnd, n)
    tail.kind = 'duration'
    tail.unit = '年'
    tail.role = 'duration'
    tail = afterUnit(ctx, tail, u + 1)
  }
  const range = rangeAfter(ctx, N, tail, pre)
  if (range !== null) return range
  return build(ctx, N, tail, pre, N.start)
}

/** Month-range starts (`1—2月份`, `1至9月`): the span is a period, read as such by the claims. */
const MONTH_SPAN_AFTER = /^\s*[—\-－–~～至到]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月/
/** A clock time written with 点 (`22点30分`), a game clock or race time (`5分15秒`, `28秒76`). */
const CLOCK = /^(\d{1,2})[点點](\d{2})$/

/**
 * Numerals that are labels, spans or clocks rather than amounts: `PM 2.5`, `NO 2` (a formula
 * written with a space), the start of a month span (`1—2月份`), `22点30分`, `5分15秒`, `28秒76`.
 * `null` drops the numeral, a quantity replaces it, `undefined` leaves it to the other readers.
 */
function notAnAmount(ctx: Ctx, N: Numeral): Quantity | null | undefined {
  const {text} = ctx
  const body = text.slice(N.bodyStart, N.end)
  const before = text.charCodeAt(N.start - 1)
  if (N.hasArabic && !N.hasChinese && (before === 0x20 || before === 0xa0) && /[A-Z]/.test(text[N.start - 2] ?? '') && body.length <= 4) {
    const next = text[N.end] ?? ''
    if (next === '' || /[\s）)、，,及和與与的]/.test(next)) {
      ctx.skip = N.end
      return null
    }
  }
  if (N.value >= 1 && N.value <= 12 && Number.isInteger(N.value) && MONTH_SPAN_AFTER.test(text.slice(N.end, N.end + 8))) {
    ctx.skip = N.end
    return null
  }
  // Path and link parts (`/k2/1794429-20250305.htm`), phone numbers with a leading zero (`0809-008585`).
  if (N.hasArabic && !N.hasChinese && (before === 0x2f || before === 0x3d || before === 0x5f)) {
    let end = N.end
    while (end < text.length && /[0-9A-Za-z._\-]/.test(text[end] as string)) end++
    ctx.skip = end
    return null
  }
  if (N.hasArabic && !N.hasChinese && /^0\d{2,}$/.test(body) && /^[-－]\d{4,}/.test(text.slice(N.end, N.end + 6))) {
    let end = N.end + 1
    while (end < text.length && /\d/.test(text[end] as string)) end++
    ctx.skip = end
    return null
  }
  // A bare year in a name or title (`2024青年电影周`, `《…·2025》`, `「空氣質素2017」`): a year, not a count.
  if (N.hasArabic && !N.hasChinese && /^(?:19[5-9]\d|20\d\d)$/.test(body) && N.start === N.bodyStart) {
    const next = text[N.end] ?? ''
    const glued = /[》」』”"·•]/.test(next) || /[《「『“·•]/.test(text[N.start - 1] ?? '') || (isHanzi(text.charCodeAt(N.end)) && unitAt(ctx, N.end) === null && currencyAt(ctx, N.end) === null && !/[年万萬亿億多余餘]/.test(next))
    if (glued) {
      const q = dateQ(ctx, N.start, N.end, body, 'year')
      ctx.skip = N.end
      return q
    }
  }
  const clock = CLOCK.exec(body)
  if (clock && text[N.end] === '分' && Number(clock[1]) <= 24 && Number(clock[2]) < 60) {
    const q = make(ctx, N.start, N.end + 1, N.start, N.end + 1, null, {low: null, high: null, li: false, hi: false, approx: false}, 'time', null)
    q.time = `${clock[1]!.padStart(2, '0')}:${clock[2]}`
    ctx.skip = N.end + 1
    return q
  }
  const game = /^(?:分\d{1,2}秒|秒\d{1,2}(?!\d))/.exec(text.slice(N.end, N.end + 5))
  if (game && N.hasArabic && N.value < 100) {
    ctx.skip = N.end + game[0].length
    return null
  }
  return undefined
}

/** `7 2 折`: two digits written apart before 折 are one discount (72%). */
function spacedDiscount(ctx: Ctx, N: Numeral): Quantity | null {
  const {text, n} = ctx
  if (!(N.hasArabic && !N.hasChinese && N.exact && N.value < 10 && N.end - N.bodyStart === 1 && !N.neg)) return null
  const k = skipSpaces(text, N.end, n)
  if (k === N.end || k >= n || AR_DIGIT[text.charCodeAt(k)]! < 0) return null
  const z = skipSpaces(text, k + 1, n)
  if (text[z] !== '折') return null
  const v = N.value * 10 + AR_DIGIT[text.charCodeAt(k)]!
  ctx.skip = z + 1
  return make(ctx, N.start, z + 1, N.start, k + 1, v, {low: v, high: v, li: true, hi: true, approx: false}, 'percent', '折')
}

function build(ctx: Ctx, N: Numeral, tail: Tail, pre: Prefix | null, leadStart: number): Quantity {
  const numStart = N.start
  let iv = baseInterval(N, tail)
  let value: number | null = N.value
  if (tail.dozen) {
    value *= 12
    iv = scale(iv, 12)
  }
  if (tail.factor !== 1 || tail.extra !== 0) {
    value = value * tail.factor + tail.extra
    iv = scale(iv, tail.factor)
    if (tail.extra !== 0) iv = {...iv, low: iv.low === null ? null : iv.low + tail.extra, high: iv.high === null ? null : iv.high + tail.extra}
  }
  let window = false
  let q: Qualifier | undefined = iv.q
  const base = value
  if (pre !== null) {
    if (pre.code === 'near' && tail.kind === 'duration' && tail.unit !== null && '年月天周星期季度日'.includes(tail.unit) && (tail.window || N.value <= 20)) {
      // 近5年(来): the last five years, a window; 近2000年 stays "nearly 2000 years".
      window = true
    } else {
      iv = applyQualifier(iv, pre.code, base)
      if (pre.code !== 'none') q = iv.q
    }
  }
  if (tail.suffix !== null) {
    iv = applyQualifier(iv, tail.suffix, base)
    q = iv.q
  }
  if (tail.window) window = true
  if (N.neg) {
    value = -value
    iv = negate(iv)
  }
  const kind = tail.kind
  const unit = tail.unit
  if (N.range !== undefined) {
    const start = pre !== null ? pre.start : leadStart
    const f = (tail.dozen ? 12 : 1) * tail.factor
    const lo = N.range.lo.value * f
    const hi = N.range.hi.value * f
    const res = make(ctx, start, tail.end, numStart, tail.numEnd, null, finish(iv), 'range', unit)
    res.lo = round(lo)
    res.hi = round(hi)
    res.of = kind
    res.approx = true
    res.qualifier = 'vague'
    addNoun(ctx, res, tail)
    return res
  }
  const start = pre !== null ? pre.start : leadStart
  const res = make(ctx, start, tail.end, numStart, tail.numEnd, value, finish(iv), kind, unit)
  if (q !== undefined && res.approx) res.qualifier = q
  if (N.digits !== undefined && (N.tokens === 1 || N.digitSeq)) res.digits = (N.neg ? '-' : '') + N.digits
  if (window) {
    res.window = true
    res.approx = false
    delete res.qualifier
    const v = res.value
    res.low = v
    res.high = v
    res.lowInclusive = true
    res.highInclusive = true
  }
  addNoun(ctx, res, tail)
  return res
}

function addNoun(ctx: Ctx, q: Quantity, tail: Tail): void {
  if (!tail.hasUnit && q.kind !== 'percent' && q.kind !== 'fraction') return
  const k = q.kind === 'range' ? q.of : q.kind
  if (k === 'date' || k === 'time' || k === 'year' || k === 'ordinal' || k === 'duration' || q.window === true) return
  if (tail.nounFrom < 0) return
  const allowDe = q.kind !== 'count' || tail.suffix !== null
  const noun = readNoun(ctx, tail.nounFrom, allowDe)
  if (noun !== undefined) q.noun = noun
}

// ---------------------------------------------------------------------------
// Special forms.

function ordinal(ctx: Ctx, i: number): Quantity | null {
  const {text, n} = ctx
  const j = skipSpaces(text, i + 1, n)
  if (j - i > 3) return null
  const N = scanNumeral(text, j, n, false)
  if (N === null) return null
  ctx.skip = N.end
  if (N.vague || N.range !== undefined) return null
  // 第一书记, 第一时间, 第三方: titles and set phrases.
  const k = skipSpaces(text, N.end, n)
  const titles = TITLE_INDEX.get(text.charCodeAt(k))
  if (titles !== undefined && titles.some((t) => text.startsWith(t.surface, k))) {
    ctx.skip = k
    return null
  }
  const tail = readTail(ctx, N, false)
  const unit = tail.hasUnit ? tail.unit : null
  const iv: Iv = {low: N.value, high: N.value, li: true, hi: true, approx: false}
  const end = tail.hasUnit ? tail.end : N.end
  const q = make(ctx, i, end, i, N.end, N.value, iv, 'ordinal', tail.kind === 'money' ? null : unit)
  if (tail.kind === 'money' || (tail.hasUnit && tail.role === 'percent')) {
    q.end = N.end
    q.text = text.slice(i, N.end)
    q.unit = null
  }
  return q
}

function half(ctx: Ctx, i: number): Quantity | null {
  const {text, n} = ctx
  const next = i + 1 < n ? text[i + 1]! : ''
  if (next === '百') {
    const iv: Iv = {low: 50, high: 50, li: true, hi: true, approx: false}
    return make(ctx, i, i + 2, i, i + 2, 50, iv, 'count', null)
  }
  if (next === '成' || next === '折') {
    const v = next === '成' ? 5 : 50
    return make(ctx, i, i + 2, i, i + 2, v, {low: v, high: v, li: true, hi: true, approx: false}, 'percent', next)
  }
  const isTime = text.startsWith('个', i + 1) || text.startsWith('個', i + 1)
  const ue = unitAt(ctx, i + 1)
  if (ue === null || (ue.role !== 'duration' && ue.role !== 'count') || ue.surface === '半') return null
  if (ue.role === 'count' && !'斤公克吨噸米里亩畝升'.includes(ue.surface[0]!) && !isTime) return null
  const end = i + 1 + ue.surface.length
  const iv: Iv = {low: 0.5, high: 0.5, li: true, hi: true, approx: false}
  const q = make(ctx, i, end, i, i + 1, 0.5, iv, ue.role === 'duration' ? 'duration' : 'count', ue.unit)
  return q
}

function symbolMoney(ctx: Ctx, i: number): Quantity | null {
  const {text, n} = ctx
  const code = CURRENCY_SYMBOLS[text[i]!]!
  const j = skipSpaces(text, i + 1, n)
  if (j - i > 2 || j >= n || AR_DIGIT[text.charCodeAt(j)]! < 0) return null
  const N = scanNumeral(text, j, n, false)
  if (N === null) return null
  ctx.skip = N.end
  const tail = emptyTail(N.end)
  tail.kind = 'money'
  tail.unit = code
  tail.role = 'money'
  tail.hasUnit = true
  // An explicit 元 after ￥ is the same currency.
  let end = N.end
  if (text[end] === '元') end++
  tail.end = end
  tail.nounFrom = end
  return build(ctx, N, tail, prefixBefore(ctx, i), i)
}

function currencyName(ctx: Ctx, i: number): Quantity | null {
  const cur = currencyAt(ctx, i)
  if (cur === null || cur.end - i < 2) return null
  const iv: Iv = {low: null, high: null, li: false, hi: false, approx: false}
  return make(ctx, i, cur.end, i, i, null, iv, 'money', cur.code)
}

/** 百分之八十, 千分之一, 万分之三 (and their spaced and traditional forms). */
function percentOf(ctx: Ctx, i: number): Quantity | null | undefined {
  const {text, n} = ctx
  const c = text[i]!
  const factor = c === '百' || c === '佰' ? 1 : c === '千' || c === '仟' ? 0.1 : c === '万' || c === '萬' ? 0.01 : 0
  if (factor === 0) return undefined
  let j = matchSpaced(text, i, n, `${c}分之`)
  if (j < 0) return undefined
  j = skipSpaces(text, j, n)
  const N = scanNumeral(text, j, n)
  if (N === null) return undefined
  ctx.skip = N.end
  const tail = readTail(ctx, N, true)
  if (tail.kind === 'percentage-point') return null
  tail.kind = factor === 1 ? 'percent' : 'permille'
  tail.unit = factor === 1 ? '%' : factor === 0.1 ? '‰' : '‱'
  tail.factor = factor
  tail.role = 'percent'
  tail.hasUnit = true
  const t = afterUnit(ctx, tail, tail.end)
  if (N.pair) {
    const a = Math.floor(N.value / 10)
    const b = N.value % 10
    N.range = {lo: {...N, value: a}, hi: {...N, value: b}}
    N.vague = true
  }
  return build(ctx, N, t, prefixBefore(ctx, i), i)
}

/** 上万, 上千, 上百: the order of magnitude. */
function order(ctx: Ctx, i: number): Quantity | null {
  const {text} = ctx
  const c = text.charCodeAt(i)
  const e = ZH_MAG[c]! >= 0 ? ZH_MAG[c]! : ZH_UNIT[c]!
  const v = 10 ** e
  const N: Numeral = {
    start: i,
    end: i + 1,
    bodyStart: i,
    neg: false,
    value: v,
    exact: true,
    prec: 0,
    lastNZ: e,
    mag: -1,
    vague: false,
    moreInside: false,
    lo: v,
    hi: v,
    digitSeq: false,
    pair: false,
    tokens: 1,
    hasChinese: true,
    hasArabic: false,
    ambiguousOnly: false,
    financial: false,
    bareUnit: true,
    isPower: false
  }
  const tail = readTail(ctx, N, false)
  if (!tail.hasUnit) return null
  const res = build(ctx, N, tail, null, i)
  res.start = i - 1
  res.text = text.slice(res.start, res.end)
  res.low = v
  res.high = v * 10
  res.lowInclusive = true
  res.highInclusive = false
  res.approx = true
  res.qualifier = 'order'
  return res
}

function isoDate(ctx: Ctx, i: number): Quantity | null {
  const {text, n} = ctx
  // 2017-11-14, 2017/11/14, 2017.11.14: digits, separator, 1–2 digits, same separator, 1–2 digits.
  let k = i
  let y = 0
  while (k < n && k - i < 4 && AR_DIGIT[text.charCodeAt(k)]! >= 0) y = y * 10 + AR_DIGIT[text.charCodeAt(k++)]!
  if (k - i !== 4 || y < 1000 || y > 2199) return null
  const sep = text[k]
  if (sep !== '-' && sep !== '/' && sep !== '.' && sep !== '－' && sep !== '／') return null
  const two = (p: number): [number, number] => {
    let v = 0
    let q = p
    while (q < n && q - p < 2 && AR_DIGIT[text.charCodeAt(q)]! >= 0) v = v * 10 + AR_DIGIT[text.charCodeAt(q++)]!
    return [v, q - p]
  }
  const [m, ml] = two(k + 1)
  if (ml === 0 || m < 1 || m > 12 || text[k + 1 + ml] !== sep) return null
  const [d, dl] = two(k + 2 + ml)
  const end = k + 2 + ml + dl
  // Scraped pages glue the time to the day (2019-09-3008:14): two more digits and a colon are a time.
  const glued = dl === 2 && end + 2 < n && AR_DIGIT[text.charCodeAt(end)]! >= 0 && AR_DIGIT[text.charCodeAt(end + 1)]! >= 0 && (text[end + 2] === ':' || text[end + 2] === '：')
  if (dl === 0 || d < 1 || d > 31 || (end < n && !glued && (AR_DIGIT[text.charCodeAt(end)]! >= 0 || isLatin(text.charCodeAt(end))))) return null
  const q = make(ctx, i, end, i, end, null, {low: null, high: null, li: false, hi: false, approx: false}, 'date', null)
  q.date = `${y}-${pad(m)}-${pad(d)}`
  return q
}

function pad(v: number): string {
  return v < 10 ? `0${v}` : String(v)
}

function isPlainInt(N: Numeral | null): N is Numeral {
  return N !== null && !N.neg && N.exact && !N.vague && N.range === undefined && Number.isInteger(N.value) && !(N.digits ?? '').includes('.')
}

function hasTimeContext(ctx: Ctx, s: number): boolean {
  for (const w of TIME_CONTEXT) if (ctx.text.startsWith(w, s - w.length)) return true
  return false
}

function dateQ(ctx: Ctx, start: number, end: number, date: string, kind: QuantityKind): Quantity {
  const q = make(ctx, start, end, start, end, null, {low: null, high: null, li: false, hi: false, approx: false}, kind, null)
  q.date = date
  return q
}

/** Years with months and days, month-day dates, days, clock times. */
function calendar(ctx: Ctx, N: Numeral): Quantity | null | undefined {
  const {text, n} = ctx
  if (!isPlainInt(N) || N.end >= n) return undefined
  const c = text.charCodeAt(N.end)
  const v = N.value
  // 10:31, 05:32:10.
  if ((c === 0x3a || c === 0xff1a) && N.hasArabic && !N.hasChinese && v <= 24) {
    const k = N.end + 1
    const a = AR_DIGIT[text.charCodeAt(k)] ?? -1
    const b = AR_DIGIT[text.charCodeAt(k + 1)] ?? -1
    const after = k + 2 < n ? text.charCodeAt(k + 2) : -1
    if (a >= 0 && b >= 0 && a * 10 + b < 60 && !(after >= 0 && AR_DIGIT[after]! >= 0)) {
      const twoDigit = N.end - N.bodyStart === 2
      let end = k + 2
      let secs = ''
      if ((after === 0x3a || after === 0xff1a) && AR_DIGIT[text.charCodeAt(k + 3)]! >= 0 && AR_DIGIT[text.charCodeAt(k + 4)]! >= 0) {
        secs = `:${AR_DIGIT[text.charCodeAt(k + 3)]}${AR_DIGIT[text.charCodeAt(k + 4)]}`
        end = k + 5
      }
      if (twoDigit || secs !== '' || hasTimeContext(ctx, N.start)) {
        const q = make(ctx, N.start, end, N.start, end, null, {low: null, high: null, li: false, hi: false, approx: false}, 'time', null)
        q.time = `${pad(v)}:${a}${b}${secs}`
        ctx.skip = end
        return q
      }
    }
    return undefined
  }
  const yearLike =
    (N.hasArabic && !N.hasChinese && N.end - N.bodyStart === 4 && v >= 1000 && v <= 2199) ||
    (N.digitSeq && (N.digits ?? '').length === 4)
  if (c === 0x5e74 && yearLike) {
    if (prefixBefore(ctx, N.start) !== null) return undefined
    if (text[N.end + 1] === '代') {
      const q = dateQ(ctx, N.start, N.end + 2, String(v).slice(0, 3), 'year')
      q.value = v
      q.unit = '年代'
      return q
    }
    let end = N.end + 1
    let date = String(v)
    const M = smallNumeral(ctx, end)
    if (isPlainInt(M) && M.value >= 1 && M.value <= 12 && text[M.end] === '月') {
      end = M.end + 1
      date += `-${pad(M.value)}`
      const Dn = smallNumeral(ctx, end)
      if (isPlainInt(Dn) && Dn.value >= 1 && Dn.value <= 31 && (text[Dn.end] === '日' || text[Dn.end] === '号' || text[Dn.end] === '號')) {
        end = Dn.end + 1
        date += `-${pad(Dn.value)}`
      }
      return dateQ(ctx, N.start, end, date, 'date')
    }
    // 2000多年, 2000年来: a length of time, not the year 2000 (2014年以来 is the year).
    if ('多余餘来來'.includes(text[end] ?? '?')) return undefined
    const q = dateQ(ctx, N.start, end, date, 'year')
    q.value = v
    q.low = v
    q.high = v
    q.lowInclusive = true
    q.highInclusive = true
    q.unit = '年'
    return q
  }
  if (c === 0x6708 && v >= 1 && v <= 12 && N.hasChinese !== N.hasArabic) {
    // 11月14日, 九月九日, 今年5月. 月份 is the same month.
    let end = N.end + 1
    let date = `--${pad(v)}`
    const Dn = smallNumeral(ctx, end)
    if (isPlainInt(Dn) && Dn.value >= 1 && Dn.value <= 31 && (text[Dn.end] === '日' || text[Dn.end] === '号' || text[Dn.end] === '號')) {
      end = Dn.end + 1
      date += `-${pad(Dn.value)}`
    } else if (text[end] === '份') {
      end++
    }
    return dateQ(ctx, N.start, end, date, 'date')
  }
  if ((c === 0x53f7 || c === 0x865f) && v > 31) {
    // 京ICP备20027467号, 1000号: a number used as an identifier.
    return make(ctx, N.start, N.end + 1, N.start, N.end, v, {low: v, high: v, li: true, hi: true, approx: false}, 'ordinal', '号')
  }
  if ((c === 0x65e5 || c === 0x53f7 || c === 0x865f) && v >= 1 && v <= 31) {
    if (c !== 0x65e5 && N.end + 1 < n && isHanzi(text.charCodeAt(N.end + 1)) && !'晚早上下午凌中电電起至到前后後夜'.includes(text[N.end + 1]!)) {
      // 3号楼, 1号文件: a number, reported as an ordinal.
      const q = make(ctx, N.start, N.end + 1, N.start, N.end, v, {low: v, high: v, li: true, hi: true, approx: false}, 'ordinal', '号')
      return q
    }
    if (c === 0x65e5 && text[N.end + 1] === '元') return undefined
    return dateQ(ctx, N.start, N.end + 1, `---${pad(v)}`, 'date')
  }
  const clock = c === 0x65f6 || c === 0x6642 || c === 0x70b9 || c === 0x9ede
  if (clock && v <= 24) {
    const isShi = c === 0x65f6 || c === 0x6642
    const next = N.end + 1 < n ? text[N.end + 1]! : ''
    if (isShi && '间間期代候刻段节節效事尚装裝任'.includes(next) && next !== '') return undefined
    let end = N.end + 1
    let mm = 0
    let ss = -1
    let sure = isShi || hasTimeContext(ctx, N.start)
    if (next === '钟' || next === '鐘' || next === '整' || next === '许' || next === '許') {
      end++
      sure = true
    } else if (next === '半') {
      end++
      mm = 30
      sure = true
    } else {
      const Mn = smallNumeral(ctx, end)
      if (isPlainInt(Mn) && Mn.value < 60 && (text[Mn.end] === '分' || text[Mn.end] === '分') && text[Mn.end + 1] !== '之' && text[Mn.end + 1] !== '钟') {
        mm = Mn.value
        end = Mn.end + 1
        sure = true
        const Sn = smallNumeral(ctx, end)
        if (isPlainInt(Sn) && Sn.value < 60 && text[Sn.end] === '秒') {
          ss = Sn.value
          end = Sn.end + 1
        }
      }
    }
    if (!sure) return undefined
    let hh = v
    if (hh < 12 && PM_CONTEXT.some((w) => text.startsWith(w, N.start - w.length))) hh += 12
    const q = make(ctx, N.start, end, N.start, end, null, {low: null, high: null, li: false, hi: false, approx: false}, 'time', null)
    q.time = `${pad(hh)}:${pad(mm)}${ss >= 0 ? `:${pad(ss)}` : ''}`
    ctx.skip = end
    return q
  }
  return undefined
}

/** 三分之一, 负３分之负一百五十七, 三百五十又3分之1, 1/2, -3/2, 1 4/3. */
function fraction(ctx: Ctx, N: Numeral): Quantity | null | undefined {
  const {text, n} = ctx
  if (N.vague || N.range !== undefined) return undefined
  const sign = (x: Numeral): number => (x.neg ? -x.value : x.value)
  const arabicInt = (x: Numeral | null): x is Numeral =>
    x !== null && x.hasArabic && !x.hasChinese && x.exact && x.mag < 0 && !x.vague && x.range === undefined
  let j = skipSpaces(text, N.end, n)
  let whole: Numeral | null = null
  let den = N
  if (j < n && text[j] === '又') {
    const D2 = scanNumeral(text, skipSpaces(text, j + 1, n), n, false)
    if (D2 === null || D2.vague || D2.range !== undefined) return undefined
    whole = N
    den = D2
    j = skipSpaces(text, D2.end, n)
  }
  let value: number
  let end: number
  if (j < n && text[j] === '分' && text[skipSpaces(text, j + 1, n)] === '之') {
    const num = scanNumeral(text, skipSpaces(text, skipSpaces(text, j + 1, n) + 1, n), n, true)
    if (num === null || num.vague || num.range !== undefined || den.value === 0) return undefined
    value = sign(num) / sign(den)
    end = num.end
  } else if (whole === null && j === N.end && (text[j] === '/' || text[j] === '／') && arabicInt(N)) {
    const bottom = j + 1 < n && AR_DIGIT[text.charCodeAt(j + 1)]! >= 0 ? scanNumeral(text, j + 1, n, false) : null
    if (!arabicInt(bottom) || bottom.value === 0) return undefined
    value = sign(N) / bottom.value
    end = bottom.end
  } else if (whole === null && j > N.end && j < n && arabicInt(N) && AR_DIGIT[text.charCodeAt(j)]! >= 0) {
    // 1 4/3: a whole number, a space, then a slash fraction.
    const top = scanNumeral(text, j, n, false)
    if (!arabicInt(top) || top.end >= n || (text[top.end] !== '/' && text[top.end] !== '／')) return undefined
    const bottom = AR_DIGIT[text.charCodeAt(top.end + 1)]! >= 0 ? scanNumeral(text, top.end + 1, n, false) : null
    if (!arabicInt(bottom) || bottom.value === 0) return undefined
    whole = N
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
  let iv: Iv = {low: value, high: value, li: true, hi: true, approx: false}
  if (tail.suffix !== null) iv = applyQualifier(iv, tail.suffix, value)
  const pre = prefixBefore(ctx, N.start)
  if (pre !== null && pre.code !== 'none') iv = applyQualifier(iv, pre.code, value)
  const start = pre !== null ? pre.start : N.start
  const q = make(ctx, start, tail.end, N.start, end, value, finish(iv), 'fraction', null)
  if (iv.q !== undefined && q.approx) q.qualifier = iv.q
  addNoun(ctx, q, tail)
  return q
}

function afterFraction(ctx: Ctx, tail: Tail, k: number): Tail {
  const s = k < ctx.n ? suffixAt(ctx, k) : null
  if (s !== null) {
    tail.suffix = s.code
    k = s.end
  }
  tail.end = k
  tail.nounFrom = k
  return tail
}

/** 3比1, 1:3 (a colon with a one-digit right side or without time context). */
function ratioAt(ctx: Ctx, N: Numeral): Quantity | null {
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

/** 3至5万, 3-5万元, 1-2个月, 3%到5%, 2017-2018年. */
function rangeAfter(ctx: Ctx, N: Numeral, tail: Tail, pre: Prefix | null): Quantity | null {
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

