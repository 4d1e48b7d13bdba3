/**
 * Numerals that are not amounts: list enumerators, slogans, labels, link parts,
 * phone numbers, game clocks (issue 18 of the README's "Not amounts").
 */

import {AR_DIGIT, isHanzi, isInlineSpace, ZH_DIGIT, ZH_MAG, ZH_UNIT} from './chars.js'
import type {Numeral} from './numeral.js'
import type {Quantity} from './types.js'
import {type ScanContext, makeQuantity} from './context.js'
import {currencyAt, unitAt} from './words.js'
import {dateQuantity} from './calendar.js'

const QUOTE_OPEN = '“「『‘"《'
const QUOTE_CLOSE = '”」』’"》'

/** A numeral inside a short quoted slogan (“两学一做”, “三农”). */
export function inSlogan(ctx: ScanContext, start: number, end: number): boolean {
  const {text, n} = ctx
  let a = start - 1
  while (a >= 0 && start - a <= 12 && isHanzi(text.charCodeAt(a))) a--
  if (a < 0 || !QUOTE_OPEN.includes(text[a]!)) return false
  let b = end
  while (b < n && b - end <= 12 && isHanzi(text.charCodeAt(b))) b++
  if (b >= n || !QUOTE_CLOSE.includes(text[b]!)) return false
  const inner = text.slice(a + 1, b)
  if (inner.length > 12) return false
  // “两学一做”, “五抓五促”, “千名干部进万家”: several numeral-led chunks; “三农”, “两委”: one numeral + one or two characters.
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

function lineStart(text: string, at: number): boolean {
  let k = at - 1
  while (k >= 0 && isInlineSpace(text.charCodeAt(k))) k--
  return k < 0 || text[k] === '\n' || text[k] === '\r'
}

/** A list enumerator (1. 2、 (3) 一、) rather than an amount. */
export function isEnumerator(ctx: ScanContext, num: Numeral): boolean {
  const {text, n} = ctx
  const next = num.end < n ? text[num.end]! : ''
  const prevCh = num.start > 0 ? text[num.start - 1]! : ''
  if (num.hasArabic && !num.hasChinese && num.exact && num.value < 100) {
    if (lineStart(text, num.start) && '.．、)）'.includes(next) && next !== '' && !(num.end + 1 < n && AR_DIGIT[text.charCodeAt(num.end + 1)]! >= 0)) return true
    if ((prevCh === '(' || prevCh === '（') && (next === ')' || next === '）')) return true
  }
  if (num.hasChinese && !num.hasArabic && num.value <= 20 && num.end - num.start <= 2) {
    const boundary = prevCh === '' || '\n\r，。；：,;:！？!?　 '.includes(prevCh) || lineStart(text, num.start)
    if (boundary && (next === '、' || next === '是')) return true
    if ((prevCh === '(' || prevCh === '（') && (next === ')' || next === '）')) return true
  }
  return false
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
export function notAnAmount(ctx: ScanContext, num: Numeral): Quantity | null | undefined {
  const {text} = ctx
  const body = text.slice(num.bodyStart, num.end)
  const before = text.charCodeAt(num.start - 1)
  if (num.hasArabic && !num.hasChinese && (before === 0x20 || before === 0xa0) && /[A-Z]/.test(text[num.start - 2] ?? '') && body.length <= 4) {
    const next = text[num.end] ?? ''
    if (next === '' || /[\s）)、，,及和與与的]/.test(next)) {
      ctx.skip = num.end
      return null
    }
  }
  if (num.value >= 1 && num.value <= 12 && Number.isInteger(num.value) && MONTH_SPAN_AFTER.test(text.slice(num.end, num.end + 8))) {
    ctx.skip = num.end
    return null
  }
  // Path and link parts (`/k2/1794429-20250305.htm`), phone numbers with a leading zero (`0809-008585`).
  if (num.hasArabic && !num.hasChinese && (before === 0x2f || before === 0x3d || before === 0x5f)) {
    let end = num.end
    while (end < text.length && /[0-9A-Za-z._\-]/.test(text[end] as string)) end++
    ctx.skip = end
    return null
  }
  if (num.hasArabic && !num.hasChinese && /^0\d{2,}$/.test(body) && /^[-－]\d{4,}/.test(text.slice(num.end, num.end + 6))) {
    let end = num.end + 1
    while (end < text.length && /\d/.test(text[end] as string)) end++
    ctx.skip = end
    return null
  }
  // A bare year in a name or title (`2024青年电影周`, `《…·2025》`, `「空氣質素2017」`): a year, not a count.
  if (num.hasArabic && !num.hasChinese && /^(?:19[5-9]\d|20\d\d)$/.test(body) && num.start === num.bodyStart) {
    const next = text[num.end] ?? ''
    const glued = /[》」』”"·•]/.test(next) || /[《「『“·•]/.test(text[num.start - 1] ?? '') || (isHanzi(text.charCodeAt(num.end)) && unitAt(ctx, num.end) === null && currencyAt(ctx, num.end) === null && !/[年万萬亿億多余餘]/.test(next))
    if (glued) {
      const q = dateQuantity(ctx, num.start, num.end, body, 'year')
      ctx.skip = num.end
      return q
    }
  }
  const clock = CLOCK.exec(body)
  if (clock && text[num.end] === '分' && Number(clock[1]) <= 24 && Number(clock[2]) < 60) {
    const q = makeQuantity(ctx, num.start, num.end + 1, num.start, num.end + 1, null, {low: null, high: null, lowInclusive: false, highInclusive: false, approx: false}, 'time', null)
    q.time = `${clock[1]!.padStart(2, '0')}:${clock[2]}`
    ctx.skip = num.end + 1
    return q
  }
  const game = /^(?:分\d{1,2}秒|秒\d{1,2}(?!\d))/.exec(text.slice(num.end, num.end + 5))
  if (game && num.hasArabic && num.value < 100) {
    ctx.skip = num.end + game[0].length
    return null
  }
  return undefined
}
