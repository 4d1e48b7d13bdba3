import {AR_DIGIT, matchSpaced, skipSpaces, ZH_MAG, ZH_UNIT} from './chars.js'
import type {Iv} from './interval.js'
import {CURRENCY_SYMBOLS} from './lexicon.js'
import {type Numeral, scanNumeral} from './numeral.js'
import type {Quantity} from './types.js'
import {type Ctx, make} from './context.js'
import {currencyAt, prefixBefore, TITLE_INDEX, unitAt} from './words.js'
import {afterUnit, emptyTail, readTail} from './tail.js'
import {build} from './build.js'

/** `7 2 折`: two digits written apart before 折 are one discount (72%). */
export function spacedDiscount(ctx: Ctx, N: Numeral): Quantity | null {
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

export function ordinal(ctx: Ctx, i: number): Quantity | null {
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

export function half(ctx: Ctx, i: number): Quantity | null {
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

export function symbolMoney(ctx: Ctx, i: number): Quantity | null {
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

export function currencyName(ctx: Ctx, i: number): Quantity | null {
  const cur = currencyAt(ctx, i)
  if (cur === null || cur.end - i < 2) return null
  const iv: Iv = {low: null, high: null, li: false, hi: false, approx: false}
  return make(ctx, i, cur.end, i, i, null, iv, 'money', cur.code)
}

/** 百分之八十, 千分之一, 万分之三 (and their spaced and traditional forms). */
export function percentOf(ctx: Ctx, i: number): Quantity | null | undefined {
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
export function order(ctx: Ctx, i: number): Quantity | null {
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
