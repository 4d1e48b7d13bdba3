/**
 * Dates and times: ISO-like dates (2017-11-14), years with months and days, month-day
 * dates, days, clock times (10:31, 下午3点半).
 */

import {AR_DIGIT, isHanzi, isLatin} from './chars.js'
import type {Numeral} from './numeral.js'
import type {Quantity, QuantityKind} from './types.js'
import {type ScanContext, isPlainInt, makeQuantity, pad, smallNumeral} from './context.js'
import {prefixBefore} from './words.js'

const TIME_CONTEXT = ['上午', '下午', '晚上', '凌晨', '早上', '中午', '傍晚', '夜里', '夜裡', '时间', '時間', '今天', '明天', '昨天', '当天', '當天', '每天', '日', '晚', '早', '清晨', '早晨', '深夜', '半夜', '午夜', '黄昏', '黃昏', '晚间', '晚間']
const PM_CONTEXT = ['下午', '晚上', '傍晚', '夜里', '夜裡', '晚', '黄昏', '黃昏', '晚间', '晚間']

/** 2017-11-14, 2017/11/14, 2017.11.14 at `at`, or null. */
/** The time of an ISO 8601 stamp after its date: `T09:58`, `T09:58:23.5`, a zone `Z` or `+08:00`. */
const ISO_TIME = /^T[0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-][0-2]\d:?[0-5]\d)?(?![\dA-Za-z])/

export function isoDate(ctx: ScanContext, at: number): Quantity | null {
  const {text, n} = ctx
  // 2017-11-14, 2017/11/14, 2017.11.14: digits, separator, 1–2 digits, same separator, 1–2 digits.
  let k = at
  let y = 0
  while (k < n && k - at < 4 && AR_DIGIT[text.charCodeAt(k)]! >= 0) y = y * 10 + AR_DIGIT[text.charCodeAt(k++)]!
  if (k - at !== 4 || y < 1000 || y > 2199) return null
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
  // ISO 8601 (`2020-04-27T09:58:23+08:00`, `…T09:58Z`): the time after T and its zone are part of the stamp.
  const iso = sep === '-' && dl === 2 && text[end] === 'T' ? ISO_TIME.exec(text.slice(end, end + 30)) : null
  if (dl === 0 || d < 1 || d > 31 || (end < n && !glued && iso === null && (AR_DIGIT[text.charCodeAt(end)]! >= 0 || isLatin(text.charCodeAt(end))))) return null
  const q = makeQuantity(ctx, at, iso !== null ? end + iso[0].length : end, at, end, null, {low: null, high: null, lowInclusive: false, highInclusive: false, approx: false}, 'date', null)
  q.date = `${y}-${pad(m)}-${pad(d)}`
  return q
}

function hasTimeContext(ctx: ScanContext, numStart: number): boolean {
  for (const w of TIME_CONTEXT) if (ctx.text.startsWith(w, numStart - w.length)) return true
  return false
}

/** A preposition of time before a year of the Republic of China written without 民國. */
const MINGUO_BEFORE = /(?:於|于|在|自|從|从|迄|截至|至)\s*$/
/** What after `N年` makes it a length of years or a decade (`於100年內`, `至100年前`, `从80年代`). */
const LENGTH_AFTER = /^(?:内|內|间|間|来|來|前|后|後|多|余|餘|以|之|的|歷|历|代)/

/**
 * A year of the Republic of China calendar, as Taiwan writes it (`民國102年`, `102年4月`, `106年度`):
 * 1–199 after 民國/民国, or before a month or 度 (a length of years is never followed by a month
 * without 个, nor by 度), or 80–130 before 底/初/末 or a span to another such year (`108年底`, `107年至108年`). The year is
 * 1911 + N. (`有102年歷史` stays a length: nothing marks it.)
 */
function isMinguoYear(ctx: ScanContext, num: Numeral): boolean {
  const {text} = ctx
  if (!num.hasArabic || num.hasChinese || !isPlainInt(num) || num.value < 1 || num.value > 199) return false
  if (/(?:民國|民国)\s*$/.test(text.slice(Math.max(0, num.start - 3), num.start))) return true
  if (num.value < 40) return false
  if (text[num.end + 1] === '度') return true
  // A recent year after a preposition of time (`於102年由`, `在103年承包`, `自105年起`), not a length (`於100年內`).
  if (num.value >= 80 && num.value <= 130 && MINGUO_BEFORE.test(text.slice(Math.max(0, num.start - 2), num.start)) && !LENGTH_AFTER.test(text.slice(num.end + 1, num.end + 3))) return true
  // A recent year's end or start (`108年底`, `109年初`: a length of years has neither), and the first of a span of two
  // recent years (`107年至108年底`).
  if (num.value >= 80 && num.value <= 130 && (/^[底初末]/.test(text[num.end + 1] ?? '') || RECENT_YEAR_AFTER.test(text.slice(num.end + 1, num.end + 6)))) return true
  const month = smallNumeral(ctx, num.end + 1)
  return isPlainInt(month) && month.value >= 1 && month.value <= 12 && text[month.end] === '月'
}

/** A span to another recent year of the Republic after `N年` (`至108年`, `到110年`). */
const RECENT_YEAR_AFTER = /^(?:至|到|－|-|~|～)\s*(?:1[0-2]\d|[89]\d)\s*年/

/** Prefix codes of a bound (more than, at least, less than, at most). */
const BOUNDS: ReadonlySet<string> = new Set(['gt', 'ge', 'lt', 'le'])

/** The end of a range of hours before an hour (`18点--24点`, `14点57分到15点`). */
const AFTER_HOUR_RANGE = /[点點分]\s*(?:--|-|—|–|～|~|至|到)\s*$/
/** What after `N点` makes it an hour of the day (`15点前`, `15点收盘`, `9点开始`). */
const HOUR_AFTER = /^[点點](?:前|以前|之前|后|以后|之后|後|以後|开始|開始|收盘|收盤|收市|开盘|開盤|开市|開市|截止|结束|結束|整|\s*(?:--|-|—|–|～|~|至|到)\s*\d{1,2}[点點]|(?:人民币|人民幣)?(?:兑|兌)?[^，,。；;\d]{0,6}?(?:参考汇率|參考匯率|中间价|中間價|定盘价|定盤價))/
/** A change or a level of points before `N点` (`跌15点后`, `收报15点`, `约15点`): points, not an hour. */
const POINTS_BEFORE = /(?:跌|涨|漲|升|降|挫|弹|彈|报|報|收|至|到|达|達|破|逾|超|近|约|約|共|计|計|了|高|低)$/

/**
 * `N点` read as an hour from its neighbours when no time word precedes it: the end of a range of
 * hours, or a word of schedule after it (`15点前未撤单`, `每个交易日15点收盘`), or a rate fixed at that hour
 * (`更新的16点人民币兑美元参考汇率`), unless a change or
 * level of points comes before (an index moves by points: `跌15点后反弹`).
 */
function hourByNeighbours(ctx: ScanContext, num: Numeral): boolean {
  const {text} = ctx
  if (!isPlainInt(num) || num.value > 24) return false
  const before = text.slice(Math.max(0, num.start - 6), num.start)
  if (AFTER_HOUR_RANGE.test(before)) return true
  // The second of two neighbouring hours (`晚上5、6点`, `一般8、9点`).
  const pair = /(?:^|[^\d.．])(\d{1,2})、$/.exec(before)
  if (pair !== null && Number(pair[1]) + 1 === num.value) {
    const first = num.start - pair[1]!.length - 1
    return !POINTS_BEFORE.test(text.slice(Math.max(0, first - 6), first))
  }
  return HOUR_AFTER.test(text.slice(num.end, num.end + 16)) && !POINTS_BEFORE.test(before)
}

/** The first of two neighbouring hours (`5、6点`): an hour too, read as the second one is. */
function firstOfHourPair(ctx: ScanContext, num: Numeral): Quantity | undefined {
  const {text} = ctx
  if (!isPlainInt(num) || num.value > 23 || text[num.end] !== '、' || POINTS_BEFORE.test(text.slice(Math.max(0, num.start - 6), num.start))) return undefined
  const next = smallNumeral(ctx, num.end + 1)
  if (!isPlainInt(next) || next.value !== num.value + 1 || !/[点點]/.test(text[next.end] ?? '')) return undefined
  const q = timeQuantity(ctx, num.start, num.end, 'time')
  q.time = `${pad(num.value)}:00`
  ctx.skip = num.end
  return q
}

/** A quantity with no value and no interval (dates and times). */
function timeQuantity(ctx: ScanContext, start: number, end: number, kind: QuantityKind): Quantity {
  return makeQuantity(ctx, start, end, start, end, null, {low: null, high: null, lowInclusive: false, highInclusive: false, approx: false}, kind, null)
}

/** A date or year quantity with its ISO-8601-like `date`. */
export function dateQuantity(ctx: ScanContext, start: number, end: number, date: string, kind: QuantityKind): Quantity {
  const q = timeQuantity(ctx, start, end, kind)
  q.date = date
  return q
}

/**
 * Where the word after an Arabic numeral ending at `at` is: `at`, or past one space when the
 * text spaces digits off from the hanzi around them (`6 月 18 日`, `2024 年 3 月`, the spacing
 * Hong Kong and Taiwan sites and Markdown often use). Chinese numerals are never spaced off.
 */
function wordAfter(ctx: ScanContext, num: Numeral, at = num.end): number {
  return num.hasArabic && !num.hasChinese && ctx.text[at] === ' ' && isHanzi(ctx.text.charCodeAt(at + 1)) ? at + 1 : at
}

/** Where a numeral after a calendar word ending at `at` starts: `at`, or past one space before an Arabic digit. */
function numeralAfter(ctx: ScanContext, at: number): number {
  return ctx.text[at] === ' ' && (AR_DIGIT[ctx.text.charCodeAt(at + 1)] ?? -1) >= 0 ? at + 1 : at
}

/** A day of the month (1–31) followed by 日/号/號 at `pos`: the day and the end of its word, or null. */
function dayAt(ctx: ScanContext, at: number): {day: Numeral; end: number} | null {
  const {text} = ctx
  const day = smallNumeral(ctx, numeralAfter(ctx, at))
  if (!isPlainInt(day) || day.value < 1 || day.value > 31) return null
  const word = wordAfter(ctx, day)
  return text[word] === '日' || text[word] === '号' || text[word] === '號' ? {day, end: word + 1} : null
}

/** A range mark and another clock time after a time (`~12:00`, `-18:30`, `至 9:15`). */
const CLOCK_RANGE_AFTER = /^\s?(?:[~～\-－—–]|至|到)\s?\d{1,2}[:：]\d\d/

/** 10:31, 05:32:10 after an Arabic hour. */
function colonTime(ctx: ScanContext, num: Numeral): Quantity | undefined {
  const {text, n} = ctx
  const v = num.value
  const k = num.end + 1
  const a = AR_DIGIT[text.charCodeAt(k)] ?? -1
  const b = AR_DIGIT[text.charCodeAt(k + 1)] ?? -1
  const after = k + 2 < n ? text.charCodeAt(k + 2) : -1
  if (!(a >= 0 && b >= 0 && a * 10 + b < 60 && !(after >= 0 && AR_DIGIT[after]! >= 0))) return undefined
  const twoDigit = num.end - num.bodyStart === 2
  let end = k + 2
  let secs = ''
  if ((after === 0x3a || after === 0xff1a) && AR_DIGIT[text.charCodeAt(k + 3)]! >= 0 && AR_DIGIT[text.charCodeAt(k + 4)]! >= 0) {
    secs = `:${AR_DIGIT[text.charCodeAt(k + 3)]}${AR_DIGIT[text.charCodeAt(k + 4)]}`
    end = k + 5
  }
  // `9:14分59秒`, `9:15以前`, `9:15开始`: a word of the clock after it makes a one-digit hour a time.
  const clockWord = /^(?:分|以前|之前|前|开始|開始|以后|以後|之后|之後|后|後|收盘|收盤|开盘|開盤)/.exec(text.slice(end, end + 2))
  // Minutes written with a leading zero (`9:00`, `0:05`) or a range to another time (`9:30~12:00`)
  // are a clock's: a score or a ratio never writes them so.
  const clockForm = a === 0 || CLOCK_RANGE_AFTER.test(text.slice(end, end + 7))
  if (!(twoDigit || secs !== '' || clockWord !== null || clockForm || hasTimeContext(ctx, num.start))) return undefined
  if (clockWord?.[0] === '分') {
    end++
    const seconds = /^(\d{1,2})秒/.exec(text.slice(end, end + 3))
    if (seconds !== null && Number(seconds[1]) < 60) {
      secs = `:${seconds[1]!.padStart(2, '0')}`
      end += seconds[0].length
    }
  }
  const q = timeQuantity(ctx, num.start, end, 'time')
  q.time = `${pad(v)}:${a}${b}${secs}`
  ctx.skip = end
  return q
}

/** Words of comparison right before a year (`比2016年`, `较2016年`, `相對2009年`). */
const COMPARED_BEFORE = /(?:比|较|較|相对|相對|与|與)\s*$/

/** 2017年, 2017年11月, 2017年11月14日, 1990年代; undefined for 2000多年 and after a prefix word. */
function yearDate(ctx: ScanContext, num: Numeral, offset = 0, word = num.end): Quantity | undefined {
  const {text} = ctx
  const v = num.value + offset
  const prefix = prefixBefore(ctx, num.start)
  // 约2000年, 超过2000年: a length of years. A bound before a year nobody counts years in compares
  // with that year (`机会大于2017年`, `低于2016年同期`).
  if (prefix !== null && !(BOUNDS.has(prefix.code) && v >= 1950 && v <= 2099 && v % 100 !== 0)) return undefined
  if (text[word + 1] === '代') {
    const q = dateQuantity(ctx, num.start, word + 2, String(v).slice(0, 3), 'year')
    q.value = v
    q.unit = '年代'
    return q
  }
  let end = word + 1
  let date = String(v)
  const month = smallNumeral(ctx, numeralAfter(ctx, end))
  const monthWord = isPlainInt(month) ? wordAfter(ctx, month) : -1
  if (isPlainInt(month) && month.value >= 1 && month.value <= 12 && text[monthWord] === '月') {
    end = monthWord + 1
    date += `-${pad(month.value)}`
    const day = dayOfMonth(ctx, end)
    if (day !== null) {
      end = day.end
      date += `-${pad(day.value)}`
    }
    return dateQuantity(ctx, num.start, end, date, 'date')
  }
  // 2000多年, 2000年来: a length of time, not the year 2000 (2014年以来 is the year).
  // (After a word of comparison, 多 is "more than in that year": `比2016年多亏了`, `相對2009年多出`.)
  if ('多余餘来來'.includes(text[end] ?? '?') && !(text[end] === '多' && v >= 1950 && v <= 2099 && num.hasArabic && COMPARED_BEFORE.test(text.slice(Math.max(0, num.start - 2), num.start)))) return undefined
  const q = dateQuantity(ctx, num.start, end, date, 'year')
  q.value = v
  q.low = v
  q.high = v
  q.lowInclusive = true
  q.highInclusive = true
  q.unit = '年'
  return q
}

/** A day that starts a span of days closed by a later day with 日/号 (`23-25日`, `28至30日`, `5到7号`). */
const DAY_SPAN_END = /^\s*(?:-|－|—|–|~|～|至|到)\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号號]/

const DAY_SPAN_MONTH_END = /^\s*(?:-|－|—|–|~|～|至|到)\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号號]/

/** 11月14日, 九月九日, 今年5月; 月份 is the same month. */
function monthDate(ctx: ScanContext, num: Numeral, word = num.end): Quantity {
  const {text} = ctx
  let end = word + 1
  let date = `--${pad(num.value)}`
  const day = dayOfMonth(ctx, end)
  if (day !== null) {
    end = day.end
    date += `-${pad(day.value)}`
  } else if (text[end] === '份') {
    end++
  }
  return dateQuantity(ctx, num.start, end, date, 'date')
}

/**
 * The day after a month ending at `at`: a day with 日/号, or the first day of a span of days in
 * that month (`1月23-25日`, `3月5至7日`: the day that closes the span is read as a day after it).
 */
function dayOfMonth(ctx: ScanContext, at: number): {value: number; end: number} | null {
  const day = dayAt(ctx, at)
  if (day !== null) return {value: day.day.value, end: day.end}
  const first = smallNumeral(ctx, numeralAfter(ctx, at))
  if (!isPlainInt(first) || first.value < 1 || first.value > 31) return null
  const close = DAY_SPAN_END.exec(ctx.text.slice(first.end, first.end + 8))
  // `3月30至4月9日`: a span of days that closes in the next month (its day has the 日).
  if (close === null) return DAY_SPAN_MONTH_END.test(ctx.text.slice(first.end, first.end + 12)) ? {value: first.value, end: first.end} : null
  const last = /^\d/.test(close[1]!) ? Number(close[1]) : null
  const closes = last === null ? first.hasChinese : first.hasArabic && last > first.value && last <= 31
  return closes ? {value: first.value, end: first.end} : null
}

/** 3点, 下午3点半, 10时30分15秒: an hour with minutes and seconds; undefined unless clearly a time. */
function clockTime(ctx: ScanContext, num: Numeral, unitCode: number): Quantity | undefined {
  const {text, n} = ctx
  const isShi = unitCode === 0x65f6 || unitCode === 0x6642
  const next = num.end + 1 < n ? text[num.end + 1]! : ''
  if (isShi && '间間期代候刻段节節效事尚装裝任'.includes(next) && next !== '') return undefined
  let end = num.end + 1
  let mm = 0
  let ss = -1
  let sure = isShi || hasTimeContext(ctx, num.start) || (!isShi && hourByNeighbours(ctx, num))
  if (next === '钟' || next === '鐘' || next === '整' || next === '许' || next === '許') {
    end++
    sure = true
  } else if (next === '半') {
    end++
    mm = 30
    sure = true
  } else {
    const minutes = smallNumeral(ctx, end)
    if (isPlainInt(minutes) && minutes.value < 60 && (text[minutes.end] === '分' || text[minutes.end] === '分') && text[minutes.end + 1] !== '之' && text[minutes.end + 1] !== '钟') {
      mm = minutes.value
      end = minutes.end + 1
      sure = true
      const seconds = smallNumeral(ctx, end)
      if (isPlainInt(seconds) && seconds.value < 60 && text[seconds.end] === '秒') {
        ss = seconds.value
        end = seconds.end + 1
      }
    }
  }
  if (!sure) return undefined
  let hh = num.value
  if (hh < 12 && PM_CONTEXT.some((w) => text.startsWith(w, num.start - w.length))) hh += 12
  const q = timeQuantity(ctx, num.start, end, 'time')
  q.time = `${pad(hh)}:${pad(mm)}${ss >= 0 ? `:${pad(ss)}` : ''}`
  ctx.skip = end
  return q
}

/** Days in each month (February with its leap day: no year is known here). */
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/**
 * A month and a day written with a slash (`12/3`, `7/31前`, `6/30~7/16`), as Taiwan and Hong Kong
 * write dates, rather than a fraction. A fraction in prose is proper (`1/3`, `前1/10`), and one
 * whose denominator is above 12 has the numerator 1 (`近1/20`); so `7/1` and `12/3` (not proper),
 * `6/22` and `7/31` (a numerator above 1 over a day above 12), or a leading zero (`06/30`) are
 * dates, and so is the end of a span from one (`7/7~7/8`). A lone `1/15` stays a fraction:
 * nothing tells it from one.
 */
function slashDate(ctx: ScanContext, num: Numeral): Quantity | undefined {
  const {text} = ctx
  if (!num.hasArabic || num.hasChinese || num.neg || num.value < 1 || num.value > 12 || num.end - num.bodyStart > 2) return undefined
  // Not a part of a path, a version or a longer date (`k2/17`, `2.7/8`, `2024/7/1` is read whole elsewhere).
  if (/[0-9A-Za-z./\\\-_:]/.test(text[num.start - 1] ?? ' ') || prefixBefore(ctx, num.start) !== null) return undefined
  const day = /^[/／](\d{1,2})(?![\d/／.．%％A-Za-z])/.exec(text.slice(num.end, num.end + 4))
  if (day === null) return undefined
  const month = num.value
  const d = Number(day[1])
  if (d < 1 || d > MONTH_DAYS[month - 1]!) return undefined
  const leadingZero = /^0/.test(text.slice(num.bodyStart, num.end)) || /^0/.test(day[1]!)
  // The end of a span that starts with such a date is one too (`7/7~7/8`).
  const last = ctx.out[ctx.out.length - 1]
  const spanEnd = last !== undefined && last.kind === 'date' && /[/／]/.test(last.text) && /^\s*[~～至到\-－—–]\s*$/.test(text.slice(last.end, num.start))
  if (!(leadingZero || month >= d || (d > 12 && month > 1) || spanEnd)) return undefined
  const end = num.end + day[0].length
  ctx.skip = end
  return dateQuantity(ctx, num.start, end, `--${pad(month)}-${pad(d)}`, 'date')
}

/** Words right after `N年` that make it a length of years (`17年来`, `16年前`, `3年多`), but not `前三季度`. */
const YEARS_LENGTH_AFTER = /^(?:[来來后後间間内內之以多半里裏期中]|前(?![一二三四1-4]季|[一二三四五六七八九十1-9]个月|[一二三四五六七八九十1-9]個月))/
/** Words right before `N年` that make it a length of years (`近17年`, `工作了17年`, `开了17年`, `长达`). */
const YEARS_LENGTH_BEFORE = /(?:近|过去|過去|这|這|约|約|逾|多|长达|長達|至|到|满|滿|了|的|每|共|历时|歷時|为期|為期|足足)$/

/**
 * The century of a year written with two digits (`较16年同期`, `17年前三季度`) when the text writes
 * the same year in full somewhere (`2016年`) and no word of length stands around it; null otherwise.
 */
function shortYearCentury(ctx: ScanContext, num: Numeral): number | null {
  const {text} = ctx
  const digits = text.slice(num.bodyStart, num.end)
  if (!num.hasArabic || num.hasChinese || num.start !== num.bodyStart || !/^\d{2}$/.test(digits)) return null
  if (/[\d.．\-－/、]$/.test(text.slice(num.start - 1, num.start))) return null
  if (YEARS_LENGTH_AFTER.test(text.slice(num.end + 1, num.end + 5)) || YEARS_LENGTH_BEFORE.test(text.slice(Math.max(0, num.start - 3), num.start))) return null
  return fullYearsOf(ctx).get(digits) ?? null
}

/**
 * The years the text writes in full with 年, by their last two digits (20xx before 19xx), found in one
 * pass: looking each `16年` up in the whole text was quadratic in a long text of many short years.
 */
function fullYearsOf(ctx: ScanContext): Map<string, number> {
  if (ctx.fullYears) return ctx.fullYears
  const years = new Map<string, number>()
  for (const match of ctx.text.matchAll(/(19|20)(\d\d)年/g)) {
    const digits = match[2] as string
    if (match[1] === '20' || !years.has(digits)) years.set(digits, match[1] === '20' ? 2000 : 1900)
  }
  ctx.fullYears = years
  return years
}

/** A four-digit year written without 年 (a copyright line, a table's heading): a year whose value is the number. */
function bareYear(ctx: ScanContext, num: Numeral): Quantity {
  const q = dateQuantity(ctx, num.start, num.end, String(num.value), 'year')
  Object.assign(q, {value: num.value, low: num.value, high: num.value, lowInclusive: true, highInclusive: true})
  return q
}

/** A table cell that holds only a four-digit year (`| 2013 |`). */
const YEAR_CELL = /^\s*(?:19|20)\d\d\s*$/

/**
 * A year heading a table: a cell holding only the number, in a row with another such cell (`| 聯網 |
 * 2012 | 2013 |`, the years of the columns), or first in its row when the row above or below also
 * opens with a year (`| 2017 | 174,872 |`, the years of the rows). A table of counts never has
 * two cells that are each a lone number of 1900–2099 in one heading row or down its first column.
 */
function isTableYear(text: string, num: Numeral): boolean {
  // A cell's number has a pipe before and after it, spaces aside: checked first, so that a long line of
  // years outside a table is not sliced once per year (quadratic).
  if (!/[|｜]\s*$/.test(text.slice(Math.max(0, num.start - 64), num.start)) || !/^\s*[|｜]/.test(text.slice(num.end, num.end + 64))) return false
  const lineStart = text.lastIndexOf('\n', num.start - 1) + 1
  const lineEnd = text.indexOf('\n', num.end)
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd)
  const cells = line.split('|')
  const at = num.start - lineStart
  if (!/[|｜]\s*$/.test(line.slice(0, at)) || !/^\s*[|｜]/.test(line.slice(num.end - lineStart))) return false
  if (cells.filter((cell) => YEAR_CELL.test(cell)).length >= 2) return true
  if (!/^\s*[|｜]\s*$/.test(line.slice(0, at))) return false
  const opensWithYear = (row: string) => /^\s*[|｜]\s*(?:19|20)\d\d\s*[|｜]/.test(row)
  const above = text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, Math.max(0, lineStart - 1))
  const belowEnd = lineEnd < 0 ? -1 : text.indexOf('\n', lineEnd + 1)
  const below = lineEnd < 0 ? '' : text.slice(lineEnd + 1, belowEnd < 0 ? text.length : belowEnd)
  return opensWithYear(above) || opensWithYear(below)
}

/**
 * Years with months and days, month-day dates, days, clock times after a plain integer;
 * undefined leaves the numeral to the other readers.
 */
export function calendar(ctx: ScanContext, num: Numeral): Quantity | null | undefined {
  const {text, n} = ctx
  if (!isPlainInt(num)) return undefined
  const fourDigitYear = num.hasArabic && !num.hasChinese && num.end - num.bodyStart === 4 && num.value >= 1900 && num.value <= 2099
  // `© 2017`, `Copyright © 1998 - 2018`: the years of a page's copyright line, not 2 017 of something.
  if (fourDigitYear && /(?:©|\(c\)|copyright)\s*(?:\d{4}\s*[-–—~]\s*)?$/i.test(text.slice(Math.max(0, num.start - 20), num.start))) return bareYear(ctx, num)
  if (fourDigitYear && isTableYear(text, num)) return bareYear(ctx, num)
  if (num.end >= n) return undefined
  // The word after the numeral: `6 月 18 日`, `2024 年` space a year, month or day off from its Arabic digits.
  const spaced = wordAfter(ctx, num)
  const word = spaced !== num.end && '年月日'.includes(text[spaced]!) ? spaced : num.end
  const c = text.charCodeAt(word)
  const v = num.value
  if ((c === 0x3a || c === 0xff1a) && num.hasArabic && !num.hasChinese && v <= 24) return colonTime(ctx, num)
  if (c === 0x2f || c === 0xff0f) return slashDate(ctx, num)
  if (c === 0x3001 && num.hasArabic && !num.hasChinese) return firstOfHourPair(ctx, num)
  const yearLike =
    (num.hasArabic && !num.hasChinese && num.end - num.bodyStart === 4 && v >= 1000 && v <= 2199) ||
    (num.digitSeq && (num.digits ?? '').length === 4)
  if (c === 0x5e74 && yearLike) return yearDate(ctx, num, 0, word)
  // A year of two digits with a leading zero (`08年大熊市`): 2008; eight years is written 8年.
  if (c === 0x5e74 && num.hasArabic && !num.hasChinese && /^0\d$/.test(text.slice(num.bodyStart, num.end))) return yearDate(ctx, num, 2000, word)
  if (c === 0x5e74 && isMinguoYear(ctx, num)) return yearDate(ctx, num, 1911, word)
  if (c === 0x5e74 && word === num.end) {
    const century = shortYearCentury(ctx, num)
    if (century !== null) return yearDate(ctx, num, century, word)
  }
  if (c === 0x6708 && v >= 1 && v <= 12 && num.hasChinese !== num.hasArabic) return monthDate(ctx, num, word)
  if ((c === 0x53f7 || c === 0x865f) && v > 31) {
    // 京ICP备20027467号, 1000号: a number used as an identifier.
    return makeQuantity(ctx, num.start, num.end + 1, num.start, num.end, v, {low: v, high: v, lowInclusive: true, highInclusive: true, approx: false}, 'ordinal', '号')
  }
  if ((c === 0x65e5 || c === 0x53f7 || c === 0x865f) && v >= 1 && v <= 31) {
    if (c !== 0x65e5 && num.end + 1 < n && isHanzi(text.charCodeAt(num.end + 1)) && !'晚早上下午凌中电電起至到前后後夜'.includes(text[num.end + 1]!)) {
      // 3号楼, 1号文件: a number, reported as an ordinal.
      return makeQuantity(ctx, num.start, num.end + 1, num.start, num.end, v, {low: v, high: v, lowInclusive: true, highInclusive: true, approx: false}, 'ordinal', '号')
    }
    if (c === 0x65e5 && text[word + 1] === '元') return undefined
    // `港股連升4日`, `土耳其10日遊`, `峇里島5日2萬8500元`: a number of days (a streak, a tour), not a day of the month.
    if (c === 0x65e5 && word === num.end && isDaysCount(text, num.start, num.bodyStart, word)) return undefined
    return dateQuantity(ctx, num.start, word + 1, `---${pad(v)}`, 'date')
  }
  const clock = c === 0x65f6 || c === 0x6642 || c === 0x70b9 || c === 0x9ede
  if (clock && v <= 24) return clockTime(ctx, num, c)
  return undefined
}

/** Whether `N日` (its numeral from `start`, `日` at `day`) counts days: after a streak, before a tour or a price. */
export function isDaysCount(text: string, start: number, bodyStart: number, day: number): boolean {
  return start === bodyStart && (DAYS_BEFORE.test(text.slice(Math.max(0, start - 3), start)) || DAYS_AFTER.test(text.slice(day + 1, day + 12)))
}

/** A streak before `N日` (`連升`, `连续`, `連跌`): a number of days. */
const DAYS_BEFORE = /(?:连|連)(?:续|續)?[升跌涨漲降增减減挫]?$/
/** A tour, a price or an average after `N日` (`遊`, `行程`, `2萬8500元`, `30日成交量均值`): a number of days. */
const DAYS_AFTER = /^(?:遊|游|行程|團|团|\d[\d萬万,.]*元|(?:成交量|成交额|成交額)?(?:均值|均线|均線|平均|均量))/
