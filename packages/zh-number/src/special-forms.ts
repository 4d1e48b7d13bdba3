/**
 * Quantities that do not start with a plain numeral: 第N ordinals, 半, currency
 * symbols (￥12), currency names alone, 百分之N, 上万 orders of magnitude, spaced
 * discounts (7 2 折).
 */

import {AR_DIGIT, matchSpaced, skipSpaces, ZH_MAG, ZH_UNIT} from './chars.js'
import type {Interval} from './interval.js'
import {CURRENCY_SYMBOLS} from './lexicon.js'
import {type Numeral, scanNumeral} from './numeral.js'
import type {Quantity} from './types.js'
import {type ScanContext, makeQuantity} from './context.js'
import {currencyAt, prefixBefore, TITLE_INDEX, unitAt} from './words.js'
import {afterUnit, emptyTail, readTail} from './tail.js'
import {editionInBrackets} from './not-amounts.js'
import {buildQuantity} from './build.js'

/** `7 2 折`: two digits written apart before 折 are one discount (72%). */
export function spacedDiscount(ctx: ScanContext, num: Numeral): Quantity | null {
  const {text, n} = ctx
  if (!(num.hasArabic && !num.hasChinese && num.exact && num.value < 10 && num.end - num.bodyStart === 1 && !num.neg)) return null
  const k = skipSpaces(text, num.end, n)
  if (k === num.end || k >= n || AR_DIGIT[text.charCodeAt(k)]! < 0) return null
  const z = skipSpaces(text, k + 1, n)
  if (text[z] !== '折') return null
  const v = num.value * 10 + AR_DIGIT[text.charCodeAt(k)]!
  ctx.skip = z + 1
  return makeQuantity(ctx, num.start, z + 1, num.start, k + 1, v, {low: v, high: v, lowInclusive: true, highInclusive: true, approx: false}, 'percent', '折')
}

/** 第N with its classifier (第3届, 第一百零一号); titles such as 第一书记 are not ordinals. */
export function ordinal(ctx: ScanContext, at: number): Quantity | null {
  const j = skipSpaces(ctx.text, at + 1, ctx.n)
  if (j - at > 3) return null
  return ordinalFrom(ctx, at, j)
}

/** Words between the numbers of a list of ordinals (`第58、132及1004宗`). */
const ORDINAL_LIST_SEP = /^(?:、|以及|及|和|與|与|或)/

/**
 * The numbers listed after `第N、` with no 第 of their own (`第58、132、351及1004宗個案`, `第一、二、三名`):
 * every one of them an ordinal, as the first is (not a count of 132 cases). Marked once, from the
 * first, so a long list is read in one pass: same script as the first, whole numbers, up to the
 * first one that a unit or anything but a separator follows.
 */
function markOrdinalList(ctx: ScanContext, first: Numeral): void {
  const {text, n} = ctx
  let p = first.end
  for (;;) {
    const sep = ORDINAL_LIST_SEP.exec(text.slice(p, p + 2))
    if (sep === null) return
    const k = p + sep[0].length
    if (k >= n || (AR_DIGIT[text.charCodeAt(k)]! >= 0) !== first.hasArabic) return
    const num = scanNumeral(text, k, n, false)
    if (num === null || num.vague || num.range !== undefined || !Number.isInteger(num.value) || num.hasArabic !== first.hasArabic || num.hasChinese !== first.hasChinese) return
    ;(ctx.listOrdinals ??= new Set()).add(k)
    p = num.end
  }
}

/** The ordinal whose mention starts at `at` and whose number starts at `j` (`第` before it, or an item of a list after `第N、`). */
export function ordinalFrom(ctx: ScanContext, at: number, j: number): Quantity | null {
  const {text, n} = ctx
  const num = scanNumeral(text, j, n, false)
  if (num === null) return null
  ctx.skip = num.end
  if (num.vague || num.range !== undefined) return null
  // 第一书记, 第一时间, 第三方: titles and set phrases.
  const k = skipSpaces(text, num.end, n)
  // 第一季度: a quarter of the year, a period the claims read from the text (as 四季度 is).
  if (Number.isInteger(num.value) && num.value >= 1 && num.value <= 4 && text.startsWith('季度', k)) {
    ctx.skip = k + 2
    return null
  }
  // Taiwan's 第3季 is the same quarter (a season of a show is 第3季 too, but 賽/節目 follows it then).
  if (Number.isInteger(num.value) && num.value >= 1 && num.value <= 4 && text[k] === '季' && !/^季(?:赛|賽|节目|節目|播出)/.test(text.slice(k, k + 3))) {
    ctx.skip = k + 1
    return null
  }
  // 第二，… (第三点、…) at the start of a paragraph or after a clause break (`以下三点：第一、…；第二、…`):
  // a point of an argument (firstly, secondly), not a rank.
  const point = text[k] === '点' || text[k] === '點' ? k + 1 : k
  if (point < n && '，,、：:'.includes(text[point]!) && startsPoint(text, at)) return null
  // `“第二个是…；第三是…`: the same point with 是 ("the second is"), after a break or an opening quote.
  if (/^(?:[个個点點条條])?是/.test(text.slice(k, k + 2)) && startsPoint(text, at, '\n\r：:；;。！？!?“「')) return null
  // 第一關：, 第三部分： opening a line: a heading that numbers a part of the text, not a rank.
  if (/^[\u4e00-\u9fff]{1,3}[：:]/.test(text.slice(k, k + 4)) && startsPoint(text, at, '\n\r')) return null
  // `（第三版）`: the page of a column, not a rank (see editionInBrackets).
  const edition = editionInBrackets(text, at, num.end)
  if (edition > 0) {
    ctx.skip = edition
    return null
  }
  const titles = TITLE_INDEX.get(text.charCodeAt(k))
  if (titles !== undefined && titles.some((t) => text.startsWith(t.surface, k))) {
    ctx.skip = k
    return null
  }
  const tail = readTail(ctx, num, false)
  const unit = tail.hasUnit ? tail.unit : null
  // (The list is marked from its 第 only: its items do not look ahead again.)
  if (at !== j && !tail.hasUnit && Number.isInteger(num.value)) markOrdinalList(ctx, num)
  const iv: Interval = {low: num.value, high: num.value, lowInclusive: true, highInclusive: true, approx: false}
  const end = tail.hasUnit ? tail.end : num.end
  const q = makeQuantity(ctx, at, end, at, num.end, num.value, iv, 'ordinal', tail.kind === 'money' ? null : unit)
  if (tail.kind === 'money' || (tail.hasUnit && tail.role === 'percent')) {
    q.end = num.end
    q.text = text.slice(at, num.end)
    q.unit = null
  }
  return q
}

/** 半 as a number: 半百, 半成, 半折, 半年, 半斤. */
export function half(ctx: ScanContext, at: number): Quantity | null {
  const {text, n} = ctx
  const next = at + 1 < n ? text[at + 1]! : ''
  if (next === '百') {
    const iv: Interval = {low: 50, high: 50, lowInclusive: true, highInclusive: true, approx: false}
    return makeQuantity(ctx, at, at + 2, at, at + 2, 50, iv, 'count', null)
  }
  if (next === '成' || next === '折') {
    const v = next === '成' ? 5 : 50
    return makeQuantity(ctx, at, at + 2, at, at + 2, v, {low: v, high: v, lowInclusive: true, highInclusive: true, approx: false}, 'percent', next)
  }
  // 上半年, 下半年: a half of the year, a period (as 四季度 is), not half a year.
  if (next === '年' && (text[at - 1] === '上' || text[at - 1] === '下')) return null
  const isTime = text.startsWith('个', at + 1) || text.startsWith('個', at + 1)
  const ue = unitAt(ctx, at + 1)
  if (ue === null || (ue.role !== 'duration' && ue.role !== 'count') || ue.surface === '半') return null
  if (ue.role === 'count' && !'斤公克吨噸米里亩畝升'.includes(ue.surface[0]!) && !isTime) return null
  const end = at + 1 + ue.surface.length
  const iv: Interval = {low: 0.5, high: 0.5, lowInclusive: true, highInclusive: true, approx: false}
  const q = makeQuantity(ctx, at, end, at, at + 1, 0.5, iv, ue.role === 'duration' ? 'duration' : 'count', ue.unit)
  return q
}

/** An amount after a currency symbol (￥12, $3.5). */
export function symbolMoney(ctx: ScanContext, at: number): Quantity | null {
  const {text, n} = ctx
  const code = CURRENCY_SYMBOLS[text[at]!]!
  const j = skipSpaces(text, at + 1, n)
  if (j - at > 2 || j >= n || AR_DIGIT[text.charCodeAt(j)]! < 0) return null
  const num = scanNumeral(text, j, n, false)
  if (num === null) return null
  ctx.skip = num.end
  const tail = emptyTail(num.end)
  tail.kind = 'money'
  tail.unit = code
  tail.role = 'money'
  tail.hasUnit = true
  // An explicit 元 after ￥ is the same currency.
  let end = num.end
  if (text[end] === '元') end++
  tail.end = end
  tail.nounFrom = end
  return buildQuantity(ctx, num, tail, prefixBefore(ctx, at), at)
}

/** A currency name with no amount (人民币), with `currencyNames`. */
export function currencyName(ctx: ScanContext, at: number): Quantity | null {
  const cur = currencyAt(ctx, at)
  if (cur === null || cur.end - at < 2) return null
  const iv: Interval = {low: null, high: null, lowInclusive: false, highInclusive: false, approx: false}
  return makeQuantity(ctx, at, cur.end, at, at, null, iv, 'money', cur.code)
}

/** 百分之八十, 千分之一, 万分之三 (and their spaced and traditional forms). */
export function percentOf(ctx: ScanContext, at: number): Quantity | null | undefined {
  const {text, n} = ctx
  const c = text[at]!
  const factor = c === '百' || c === '佰' ? 1 : c === '千' || c === '仟' ? 0.1 : c === '万' || c === '萬' ? 0.01 : 0
  if (factor === 0) return undefined
  let j = matchSpaced(text, at, n, `${c}分之`)
  if (j < 0) return undefined
  j = skipSpaces(text, j, n)
  const num = scanNumeral(text, j, n)
  if (num === null) return undefined
  ctx.skip = num.end
  const tail = readTail(ctx, num, true)
  if (tail.kind === 'percentage-point') return null
  tail.kind = factor === 1 ? 'percent' : 'permille'
  tail.unit = factor === 1 ? '%' : factor === 0.1 ? '‰' : '‱'
  tail.factor = factor
  tail.role = 'percent'
  tail.hasUnit = true
  const t = afterUnit(ctx, tail, tail.end)
  if (num.pair) {
    const a = Math.floor(num.value / 10)
    const b = num.value % 10
    num.range = {lo: {...num, value: a}, hi: {...num, value: b}}
    num.vague = true
  }
  return buildQuantity(ctx, num, t, prefixBefore(ctx, at), at)
}

/** 上万, 上千, 上百: the order of magnitude. */
export function order(ctx: ScanContext, at: number): Quantity | null {
  const {text} = ctx
  const c = text.charCodeAt(at)
  const e = ZH_MAG[c]! >= 0 ? ZH_MAG[c]! : ZH_UNIT[c]!
  const v = 10 ** e
  const num: Numeral = {
    start: at,
    end: at + 1,
    bodyStart: at,
    neg: false,
    value: v,
    exact: true,
    prec: 0,
    lastNZ: e,
    mag: -1,
    vague: false,
    moreInside: false,
    vagueLow: v,
    vagueHigh: v,
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
  const tail = readTail(ctx, num, false)
  if (!tail.hasUnit) return null
  const res = buildQuantity(ctx, num, tail, null, at)
  res.start = at - 1
  res.text = text.slice(res.start, res.end)
  res.low = v
  res.high = v * 10
  res.lowInclusive = true
  res.highInclusive = false
  res.approx = true
  res.qualifier = 'order'
  return res
}

/**
 * Whether `at` (spaces before it skipped) starts a line or follows a clause break of a list of
 * points (：；。！？): where `第一、`, `第二，` open a point of an argument; `breaks` narrows it
 * (to a line start for a heading).
 */
function startsPoint(text: string, at: number, breaks = '\n\r：:；;。！？!?'): boolean {
  let k = at - 1
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t' || text[k] === '\u3000' || text[k] === '\u00a0')) k--
  return k < 0 || breaks.includes(text[k]!)
}
