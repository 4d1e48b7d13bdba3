import type {Quantity} from '@jiaodui/zh-number'
import type {ClaimPeriod} from './types.js'
import {partition} from './spans.js'

/** A time expression in a sentence, before resolution. */
export interface TimeMention {
  start: number
  end: number
  /** What the words say, independent of the article date. */
  form:
    | {type: 'year'; year: number; edge?: 'end' | 'start' | 'since'; asOf?: boolean}
    | {type: 'month'; year?: number; month: number; edge?: 'end' | 'since'; asOf?: boolean; relativeYear?: number}
    | {type: 'day'; year?: number; month: number; day: number; edge?: 'since'; relativeYear?: number; daily?: boolean}
    | {type: 'now'}
    | {type: 'relative-year'; offset: number; edge?: 'end' | 'start' | 'since'; whole?: boolean}
    | {type: 'relative-month'; offset: number; edge?: 'end' | 'since'}
    | {type: 'relative-day'; offset: number}
    | {type: 'month-day'; day: number; edge?: 'since'}
    | {type: 'relative-quarter'; offset: number}
    | {type: 'weekday'; weekday: number; lastWeek: boolean}
    | {type: 'window'; years?: number; days?: number}
    | {type: 'span'; year?: number; relativeYear?: number; from: number; to: number; toYear?: number; toRelativeYear?: number; fromDay?: number; toDay?: number; fiscalBack?: number; fiscalEnd?: number; lunar?: boolean}
    | {type: 'holiday'; name: string; year?: number; relativeYear?: number}
    | {type: 'fiscal'; year?: number; offset?: number; quarter?: number; quarterOffset?: number; throughQuarter?: number}
}

/**
 * Month of the first day of the lunar new year, 2000–2040 (one digit a year: 1 = January,
 * 2 = February), from the Chinese calendar: `春节假期` is a holiday of that month.
 */
const SPRING_FESTIVAL_MONTH = '21221212212212122122122121221221212212212'
/** Public holidays of a fixed solar month. */
const HOLIDAY_MONTH: Record<string, number> = {元旦: 1, 清明: 4, 五一: 5, 劳动节: 5, 国庆: 10}

/** The month a holiday of the year falls in (`春节` by the lunar calendar), when known. */
export function holidayMonth(name: string, year: number): number | undefined {
  if (name === '春节') {
    const digit = SPRING_FESTIVAL_MONTH[year - 2000]
    return digit === undefined ? undefined : Number(digit)
  }
  return HOLIDAY_MONTH[name]
}

/** A holiday period (`2026年春节假期`, `今年国庆黄金周`, `超长春节假期`): the holiday's month. */
const HOLIDAY = /(?:(\d{4})年|(今年|去年|前年))?(?:超长|小长假)?(春节|元旦|清明|五一|劳动节|国庆)(?:节)?(?:假期|长假|小长假|黄金周|假日|期间|档期|档)/g

/** Holiday mentions of a sentence (see HOLIDAY). */
function holidayMentions(sentence: string, from: number): TimeMention[] {
  const out: TimeMention[] = []
  for (const m of sentence.matchAll(HOLIDAY)) {
    // (A holiday no year names is of the year named before it, else the article's: it names no year for what follows.)
    const relativeYear = m[2] === undefined ? undefined : (YEAR_WORD_OFFSET[m[2]] ?? 0)
    const form = {type: 'holiday' as const, name: m[3] as string, ...(m[1] ? {year: Number(m[1])} : {}), ...(relativeYear !== undefined ? {relativeYear} : {})}
    out.push({start: from + m.index, end: from + m.index + m[0].length, form})
  }
  return out
}

/** The animals of the Chinese zodiac, from the rat (2020 was a year of the rat). */
const ZODIAC = '鼠牛虎兔龙蛇马羊猴鸡狗猪'
/** A year of the zodiac (`鼠年`, `上一个龙年`), not `猴年马月` (never) or a word of 年 (`牛年代`). */
const ZODIAC_YEAR = /(上一个|上个|上一)?([鼠牛虎兔龙蛇马羊猴鸡狗猪])年(?![代级纪度轻龄份])/g

/**
 * Years of the zodiac of a sentence, given the article date (`恒指鼠年累计升2223点` in February 2021): the lunar
 * year of that animal nearest the article's year, or twelve years before it per `上一个`, from its Spring Festival's
 * month to the next one's (`range:2020-01..2021-02`). Without the article date, none.
 */
function zodiacMentions(sentence: string, from: number, date: string | undefined): TimeMention[] {
  if (date === undefined || !/[鼠牛虎兔龙蛇马羊猴鸡狗猪]年/.test(sentence)) return []
  const articleYear = Number(date.slice(0, 4))
  const out: TimeMention[] = []
  for (const m of sentence.matchAll(ZODIAC_YEAR)) {
    if (m[2] === '猴' && sentence.startsWith('马月', m.index + m[0].length)) continue
    const animal = ZODIAC.indexOf(m[2] as string)
    let offset = (((animal - (articleYear - 2020)) % 12) + 12) % 12
    if (offset > 6) offset -= 12
    const year = articleYear + offset - (m[1] ? 12 : 0)
    const first = holidayMonth('春节', year) ?? 2
    const next = holidayMonth('春节', year + 1) ?? 2
    out.push({start: from + m.index, end: from + m.index + m[0].length, form: {type: 'span', year, from: first, to: next, toYear: year + 1, lunar: true}})
  }
  return out
}

/**
 * A five-year plan's period (`“十四五”以来`, `十三五期间`): since its first year, or its five years. A plan named
 * alone (`十四五规划提出`) is a document, not a period.
 */
const PLAN_PERIOD = /[“"「]?十([一二三四五六])五[”"」]?(?:规划)?(以来|期间|时期)/g

/**
 * Five-year plan periods of a sentence (see PLAN_PERIOD): the 11th plan is 2006–2010. A plan still under way at the
 * article date (`“十四五”期间` in 2025) is so far: since its first year.
 */
function planMentions(sentence: string, from: number, date: string | undefined): TimeMention[] {
  const out: TimeMention[] = []
  for (const m of sentence.includes('五') ? sentence.matchAll(PLAN_PERIOD) : []) {
    const year = 2006 + 5 * ('一二三四五六'.indexOf(m[1] as string))
    const underWay = date !== undefined && Number(date.slice(0, 4)) <= year + 4
    const form: TimeMention['form'] = m[2] === '以来' || underWay ? {type: 'year', year, edge: 'since'} : {type: 'span', year, from: 1, to: 12, toYear: year + 4}
    out.push({start: from + m.index, end: from + m.index + m[0].length, form})
  }
  return out
}

const CN_DIGIT: Record<string, number> = {一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12}
/** A month number written in digits or Chinese (`9`, `九`, `十一`). */
function monthNumber(text: string | undefined): number | undefined {
  if (text === undefined) return undefined
  const n = /^\d+$/.test(text) ? Number(text) : CN_DIGIT[text]
  return n !== undefined && n >= 1 && n <= 12 ? n : undefined
}

/**
 * Spans of months of one year: year to date (`1—2月份`, `1至9月`, `1月至5月`, `前7个月`, `前五個月`, Taiwan's
 * `前5月`), halves (`上半年`), quarters (`一季度`, `第二季度`, `前三季度`, Taiwan's `第1季`, `前三季`), Hong Kong's `首两月`, `头三个月` and
 * `首季` (the first N months, the first quarter), `首3季` (the first three quarters), optionally after a year (`2024年`, `今年`).
 * Followed by 末 or 底 (`二季度末`), the last day of the span instead.
 */
const SPAN = /(?:(\d{4})年|(今年|去年|前年|本年))?(?:(\d{1,2}|[一二三四五六七八九十]{1,2})(?:月份?)?\s*(?:[—\-－–]{1,3}|[~～至到])\s*(\d{1,2}|[一二三四五六七八九十]{1,2})月份?|(?<![当提目之以从此事])前(\d{1,2}|[一二两三四五六七八九十]{1,2})个?月(?!份?(?:[—\-－–]{1,3}|[~～至到]))|(上半年|下半年)|[前首头]([一二三1-3])(?:个)?季度?|(?:第([一二三四1-4])季度?|([一二三四1-4])季度)|(?:首|头)(\d{1,2}|[一二两三四五六七八九十]{1,2})个?月|(首季)度?)/g

/** A span across years: `2018年3月至2019年1月`, `2017年5月到2018年4月期间`. */
const CROSS_YEAR = /(\d{4})年(\d{1,2})月份?\s*(?:至|到|[—－\-–]{1,3}|~|～)\s*(\d{4})年(\d{1,2})月份?/g

/**
 * The year of a span named again without it (`2022年前三季度，…。…前三季度净利率为12.5%`): the same span
 * with a year in the 400 characters before.
 */
function yearNamedBefore(folded: string, at: number, span: string): string | undefined {
  const before = folded.slice(Math.max(0, at - 400), at)
  let found: string | undefined
  for (let i = before.indexOf(span); i >= 0; i = before.indexOf(span, i + 1)) {
    const year = /(\d{4})年$/.exec(before.slice(Math.max(0, i - 5), i))
    // (`是自1974年首季有紀錄以來最大`: the start of a record names when the series began, not the span of the figures after it.)
    if (year && !SINCE_RECORD.test(before.slice(i + span.length, i + span.length + 14)) && !/[自从]$/.test(before.slice(Math.max(0, i - 6), i - 5))) found = year[1]
  }
  return found
}

/** What follows the start of a series' record (`…统计期有纪录以来`, `…以来最大`). */
const SINCE_RECORD = /^[^，,。；;！？\d]{0,10}以来/

/** A fiscal year (`2018-19年度`, `2011至12年度`, `2019/20财政年度`, `2019／20年度`). */
const FISCAL_YEAR = /(\d{4})\s*(?:至|-|－|—|\/|／)\s*(\d{2}|\d{4})\s*(?:的?财政年度|的?財政年度|年度|财年|財年)/g
/** In Hong Kong and Macau, a fiscal year in two two-digit years (`08/09年度`, `02-03财政年度`). */
const FISCAL_YEAR_TWO = /(?<![\d.])(\d{2})\s*(?:-|－|—|\/|／)\s*(\d{2})\s*(?:的?财政年度|的?財政年度|年度)/g
/**
 * In Hong Kong and Macau, the fiscal year before the current one (`去年度`, `上年度`, `上一财政年度`), and a
 * company's year to a month (`截至3月底止，…全年亏损…`: the twelve months to that month's end).
 */
const LAST_FISCAL = /(?:去年度|上年度|上一?个?财政年度)/g
const YEAR_TO_MONTH = /(?:截至|截止)\s*(\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:底|末|份)止?[^。；;！？\d]{0,20}?全年/g
/** In Hong Kong and Macau, a pair of years with the second in two digits is a fiscal year without 年度 too (`2019-20年`). */
const FISCAL_YEAR_SHORT = /(\d{4})\s*(?:至|-|－|—|\/|／)\s*(\d{2})\s*年(?![度份])/g
/** In a story about Japan, a fiscal year named by its first year alone (`2019年度`; not `2018-19年度`). */
const JAPAN_FISCAL_YEAR = /(?<![\d\-－—\/至])(\d{4})\s*年度/g
/** A fiscal year to date: `…年度截至2月底`, `…年截至2020年2月`. */
const FISCAL_TO_DATE = /^\s*(?:期间|期內|期内)?\s*[，,]?\s*(?:截至|截止|至)\s*(?:(\d{4})年)?(\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:底|末|份|\d{1,2}日)?/

/**
 * A company's fiscal year or quarter, whose months the words do not give (`2023财年`, `上财年`,
 * `本财年第二季度`, `第三财季`, `上一财季`): a period of its own, never the article's month or a
 * calendar year. Not `2018-19财年` (two years: FISCAL_YEAR) nor, in Hong Kong and Macau, `上年度`
 * (LAST_FISCAL). `year`: named by a year; `offset`: by a word relative to the current fiscal year.
 */
const COMPANY_FISCAL = /(?:(?<![\d\-－—\/至.])(\d{4})\s*年?\s*|(上一?个?|前一?个?|本|今|这一?个?|当|下一?个?|新一?个?)(?=财))(?:财年|财政年度)(?:第?([一二三四1-4])(?:财季|季度|季))?|(?:(?<![\d\-－—\/至.])(\d{4})\s*年?\s*)?第([一二三四1-4])(?:个)?财季|(上一?个?|本|今|这一?个?|当|下一?个?)财季/g
const FISCAL_OFFSET: Record<string, number> = {上: -1, 上一: -1, 上个: -1, 上一个: -1, 前: -1, 前一: -1, 前个: -1, 前一个: -1, 本: 0, 今: 0, 这: 0, 这一: 0, 这个: 0, 这一个: 0, 当: 0, 下: 1, 下一: 1, 下个: 1, 下一个: 1, 新: 1, 新一: 1, 新个: 1, 新一个: 1}
const QUARTER: Record<string, number> = {一: 1, 二: 2, 三: 3, 四: 4, 1: 1, 2: 2, 3: 3, 4: 4}

/** A year to a month's end (`截至6月的财年`, `截至2023年9月30日止的12个月`): the twelve months to that month. */
const YEAR_ENDING = /(?:截至|截止)\s*(?:(\d{4})\s*年\s*)?(\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:\d{1,2}日)?(?:底|末)?(?:止|为止)?的?(?:财年|财政年度|年度|12个月|十二个月)/g

/**
 * A quarter named relative to the article (`上季`, `上一季度`, `本季度`): the calendar quarter before the article's
 * (or its own), as companies and statistics offices mostly report; and the quarters of a company's fiscal year so far
 * (`首三個財季`), compared only inside the article. Not a quarter's end (`上季度末`) nor a sports season's
 * (`上季联赛`, `上季赛`).
 */
const RELATIVE_QUARTER = /(?<![第首前头一二三四\d])(上一?个?|本|今|这一?个?|当)季度?(?![末底初节赛])/g
const QUARTERS_SO_FAR = /(?:首|前|头)([二三两23])个?财季/g

/** A company's fiscal years and quarters of a sentence (COMPANY_FISCAL, YEAR_ENDING), and quarters relative to the article. */
function companyFiscalMentions(sentence: string, from: number, region: string | undefined): TimeMention[] {
  const out: TimeMention[] = []
  if (sentence.includes('季')) {
    for (const m of sentence.matchAll(RELATIVE_QUARTER)) out.push({start: from + m.index, end: from + m.index + m[0].length, form: {type: 'relative-quarter', offset: FISCAL_OFFSET[m[1] as string] as number}})
    for (const m of sentence.matchAll(QUARTERS_SO_FAR)) out.push({start: from + m.index, end: from + m.index + m[0].length, form: {type: 'fiscal', throughQuarter: m[1] === '两' ? 2 : (QUARTER[m[1] as string] as number)}})
  }
  if (!/财年|财政年度|财季|年度|12个月|十二个月/.test(sentence)) return out
  for (const m of sentence.matchAll(YEAR_ENDING)) {
    const month = monthNumber(m[2])
    if (month === undefined || month < 1 || month > 12) continue
    const form: TimeMention['form'] = m[1]
      ? {type: 'span', year: month === 12 ? Number(m[1]) : Number(m[1]) - 1, from: (month % 12) + 1, to: month, toYear: Number(m[1])}
      : {type: 'span', from: (month % 12) + 1, to: month, fiscalBack: 0, fiscalEnd: month}
    out.push({start: from + m.index, end: from + m.index + m[0].length, form})
  }
  const ending = overlapTest(out.map((t) => [t.start, t.end] as [number, number]))
  for (const m of sentence.matchAll(COMPANY_FISCAL)) {
    // (In Hong Kong and Macau `…财政年度` alone is the government's year from April: FISCAL_YEAR and LAST_FISCAL.)
    if (((region === 'HK' || region === 'MO') && m[0].includes('财政年度') && m[1] === undefined) || ending(from + m.index, from + m.index + m[0].length)) continue
    const year = m[1] ?? m[4]
    const word = m[2] ?? m[6]
    const quarter = m[3] ?? m[5]
    const form: TimeMention['form'] = {type: 'fiscal', ...(year ? {year: Number(year)} : {}), ...(quarter ? {quarter: QUARTER[quarter] as number} : {})}
    // `上一财季` moves the quarter; `上财年` the year.
    if (word !== undefined && m[6] !== undefined) form.quarterOffset = FISCAL_OFFSET[word] as number
    else if (word !== undefined) form.offset = FISCAL_OFFSET[word] as number
    out.push({start: from + m.index, end: from + m.index + m[0].length, form})
  }
  return out
}

/**
 * Fiscal years of a sentence: in Hong Kong and Macau April to March (`2018-19年度` is 2018-04..2019-03),
 * elsewhere the calendar years they name.
 */
function fiscalYearMentions(sentence: string, from: number, region: string | undefined): TimeMention[] {
  const out: TimeMention[] = []
  const april = region === 'HK' || region === 'MO'
  // (Japan's fiscal year, `2019年度`, is April 2019 to March 2020: a Japanese story names it by its first year.)
  if (region === 'JP' && sentence.includes('年度')) {
    for (const m of sentence.matchAll(JAPAN_FISCAL_YEAR)) {
      const year = Number(m[1])
      out.push({start: from + m.index, end: from + m.index + m[0].length, form: {type: 'span', year, from: 4, to: 3, toYear: year + 1}})
    }
  }
  const matches = [...sentence.matchAll(FISCAL_YEAR), ...(april ? [...sentence.matchAll(FISCAL_YEAR_SHORT), ...sentence.matchAll(FISCAL_YEAR_TWO)] : [])]
  for (const m of matches) {
    // (`08/09年度`: a year of two digits is of this century below 50, else of the last.)
    const first = (m[1] as string).length === 2 ? Number(m[1]) + (Number(m[1]) < 50 ? 2000 : 1900) : Number(m[1])
    const second = (m[2] as string).length === 2 ? Math.floor(first / 100) * 100 + Number(m[2]) : Number(m[2])
    if (second !== first + 1) continue
    let end = m.index + m[0].length
    let to = april ? 3 : 12
    let toYear = second
    // `2019-20年度截至2月底`: the fiscal year to the end of that month (April 2019 to February 2020).
    const toDate = april ? FISCAL_TO_DATE.exec(sentence.slice(end, end + 16)) : null
    if (toDate) {
      const month = monthNumber(toDate[2]) ?? 0
      const year = toDate[1] ? Number(toDate[1]) : month >= 4 ? first : second
      if (month >= 1 && month <= 12 && (year === first || year === second) && year * 12 + month >= first * 12 + 4) {
        to = month
        toYear = year
        end += toDate[0].length
      }
    }
    out.push({start: from + m.index, end: from + end, form: {type: 'span', year: first, from: april ? 4 : 1, to, toYear}})
  }
  if (!april) return out
  for (const m of sentence.matchAll(LAST_FISCAL)) {
    // `上年度截至二月底`: the last fiscal year to the end of that month.
    let end = m.index + m[0].length
    let to = 3
    const toDate = FISCAL_TO_DATE.exec(sentence.slice(end, end + 16))
    const month = toDate && !toDate[1] ? monthNumber(toDate[2]) : undefined
    if (toDate && month !== undefined) {
      to = month
      end += toDate[0].length
    }
    out.push({start: from + m.index, end: from + end, form: {type: 'span', from: 4, to, fiscalBack: 0, fiscalEnd: 3}})
  }
  for (const m of sentence.matchAll(YEAR_TO_MONTH)) {
    const month = monthNumber(m[1])
    if (month === undefined) continue
    const edge = m[0].indexOf('月') + 2 + (m[0][m[0].indexOf('月') + 2] === '止' ? 1 : 0)
    out.push({start: from + m.index, end: from + m.index + edge, form: {type: 'span', from: (month % 12) + 1, to: month, fiscalBack: 0, fiscalEnd: month}})
  }
  return out
}

/**
 * Days from one to another (`1月1日至15日`, `2019年1月1日—1月15日`, `去年12月25日至今年1月3日`,
 * `2018年12月25日至2019年1月3日`): the figures of the whole span, not of its first day.
 */
const DAY_SPAN = /(?:(\d{4})\s*年|(今年|去年|前年))?\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?\s*(?:至|到|[—－\-–]{1,3}|~|～)\s*(?:(?:(\d{4})\s*年|(今年|去年|前年))?\s*(\d{1,2})\s*月)?\s*(\d{1,2})\s*[日号](?!\s*(?:以来|起|前))/g

/** Day spans of a sentence (see DAY_SPAN); a span that ends before it starts, or a day no month has, is not one. */
function daySpanMentions(sentence: string, from: number): TimeMention[] {
  const out: TimeMention[] = []
  // (Most sentences name no month: not scanned.)
  if (!sentence.includes('月')) return out
  for (const m of sentence.matchAll(DAY_SPAN)) {
    const [month, day, toDay] = [Number(m[3]), Number(m[4]), Number(m[8])]
    const toMonth = m[7] === undefined ? month : Number(m[7])
    const year = m[1] === undefined ? undefined : Number(m[1])
    const relativeYear = m[2] === undefined ? undefined : RELATIVE_YEAR_OFFSET[m[2]]
    const toYear = m[5] === undefined ? undefined : Number(m[5])
    const toRelativeYear = m[6] === undefined ? undefined : RELATIVE_YEAR_OFFSET[m[6]]
    if (month < 1 || month > 12 || toMonth < 1 || toMonth > 12 || day < 1 || day > 31 || toDay < 1 || toDay > 31) continue
    // Later in the year unless the second date names a later year (`12月25日至1月3日` without years is not read).
    const laterYear = (toYear !== undefined && year !== undefined && toYear > year) || (toRelativeYear !== undefined && relativeYear !== undefined && toRelativeYear > relativeYear)
    if (!laterYear && (toYear !== undefined || toRelativeYear !== undefined) && (toYear ?? toRelativeYear) !== (year ?? relativeYear)) continue
    if (!laterYear && toMonth * 32 + toDay <= month * 32 + day) continue
    const form: TimeMention['form'] = {
      type: 'span',
      ...(year !== undefined ? {year} : {}),
      ...(relativeYear !== undefined ? {relativeYear} : {}),
      from: month,
      to: toMonth,
      fromDay: day,
      toDay,
      ...(laterYear && toYear !== undefined ? {toYear} : {}),
      ...(laterYear && toRelativeYear !== undefined ? {toRelativeYear} : {})
    }
    out.push({start: from + m.index, end: from + m.index + m[0].length, form})
  }
  return out
}

/** Whole years from one to another: `2012至2016年间`, `2012年至2016年`, `2015-2019年`. */
const YEAR_RANGE = /(\d{4})\s*年?\s*(?:至|到|[—－\-–]{1,3}|~|～)\s*(\d{4})\s*年(?![度份]|\s*\d{1,2}\s*月)/g
/**
 * `2012-2016年净利润分别为a、b、c、d、e`: as many values after 分别 as years are one value a year, not
 * figures of the whole span (which then keeps its old reading).
 */
function yearByYear(after: string, years: number): boolean {
  const respective = after.indexOf('分别')
  if (respective < 0) return false
  return (after.slice(respective).match(/-?\d[\d.,]*/g) ?? []).length === years
}

/** Fiscal years from one to another in Hong Kong and Macau: `2018-19至2027-28年度`. */
const FISCAL_RANGE = /(\d{4})\s*[-－—\/]\s*(\d{2})\s*(?:至|到)\s*(\d{4})\s*[-－—\/]\s*(\d{2})\s*(?:财政年度|年度|年)/g

/**
 * Periods of several whole years (`2012至2016年间` is January 2012 to December 2016) and, in Hong
 * Kong and Macau, of several fiscal years (`2018-19至2027-28年度` is April 2018 to March 2028): the
 * figure is of the whole span, not of its last year.
 */
function yearRangeMentions(sentence: string, from: number, region: string | undefined): TimeMention[] {
  const out: TimeMention[] = []
  for (const m of sentence.matchAll(YEAR_RANGE)) {
    const [y1, y2] = [Number(m[1]), Number(m[2])]
    if (y2 <= y1 || y2 - y1 > 50 || yearByYear(sentence.slice(m.index + m[0].length), y2 - y1 + 1)) continue
    out.push({start: from + m.index, end: from + m.index + m[0].length, form: {type: 'span', year: y1, from: 1, to: 12, toYear: y2}})
  }
  if (region !== 'HK' && region !== 'MO') return out
  for (const m of sentence.matchAll(FISCAL_RANGE)) {
    const [y1, y2] = [Number(m[1]), Number(m[3])]
    const last = Math.floor(y2 / 100) * 100 + Number(m[4])
    if (y2 <= y1 || last !== y2 + 1 || y2 - y1 > 50) continue
    out.push({start: from + m.index, end: from + m.index + m[0].length, form: {type: 'span', year: y1, from: 4, to: 3, toYear: last}})
  }
  return out
}

/** A span across years named relative to the article (`去年6月至今年3月`, `去年3月到今年1月期间`). */
const CROSS_RELATIVE_YEAR = /(去年|前年)(\d{1,2})月份?\s*(?:至|到|[—－\-–]{1,3}|~|～)\s*(今年|去年|本年)(\d{1,2})月份?/g
const RELATIVE_YEAR_OFFSET: Record<string, number> = {今年: 0, 本年: 0, 去年: -1, 前年: -2}

/** Month spans of a sentence (see SPAN, CROSS_YEAR and CROSS_RELATIVE_YEAR). */
function spanMentions(folded: string, sentence: string, from: number): TimeMention[] {
  const out: TimeMention[] = []
  for (const m of sentence.matchAll(CROSS_RELATIVE_YEAR)) {
    const [r1, m1, r2, m2] = [RELATIVE_YEAR_OFFSET[m[1] as string] as number, Number(m[2]), RELATIVE_YEAR_OFFSET[m[3] as string] as number, Number(m[4])]
    if (m1 < 1 || m1 > 12 || m2 < 1 || m2 > 12 || r2 * 12 + m2 < r1 * 12 + m1) continue
    out.push({start: from + m.index, end: from + m.index + m[0].length, form: {type: 'span', relativeYear: r1, from: m1, to: m2, toRelativeYear: r2}})
  }
  for (const m of sentence.matchAll(CROSS_YEAR)) {
    const [y1, m1, y2, m2] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])]
    if (m1 < 1 || m1 > 12 || m2 < 1 || m2 > 12 || y2 * 12 + m2 < y1 * 12 + m1) continue
    out.push({start: from + m.index, end: from + m.index + m[0].length, form: {type: 'span', year: y1, from: m1, to: m2, toYear: y2}})
  }
  for (const m of sentence.matchAll(SPAN)) {
    let first: number | undefined
    let last: number | undefined
    if (m[3] !== undefined) {
      first = monthNumber(m[3])
      last = monthNumber(m[4])
    } else if (m[5] !== undefined) {
      first = 1
      last = monthNumber(m[5])
    } else if (m[6] !== undefined) {
      ;[first, last] = m[6] === '上半年' ? [1, 6] : [7, 12]
    } else if (m[7] !== undefined) {
      first = 1
      last = 3 * (/\d/.test(m[7]) ? Number(m[7]) : (CN_DIGIT[m[7]] ?? 0))
    } else if (m[8] !== undefined || m[9] !== undefined) {
      const q = (m[8] ?? m[9]) as string
      const quarter = /\d/.test(q) ? Number(q) : (CN_DIGIT[q] ?? 0)
      ;[first, last] = [3 * quarter - 2, 3 * quarter]
    } else if (m[10] !== undefined) {
      first = 1
      last = monthNumber(m[10])
    } else if (m[11] !== undefined) {
      ;[first, last] = [1, 3]
    }
    if (first === undefined || last === undefined || last < first) continue
    const relativeYear = m[2] === undefined ? undefined : (YEAR_WORD_OFFSET[m[2]] ?? 0)
    const year = m[1] ?? (m[2] === undefined ? yearNamedBefore(folded, from + m.index, m[0]) : undefined)
    const form = {type: 'span' as const, ...(year ? {year: Number(year)} : {}), ...(relativeYear !== undefined ? {relativeYear} : {}), from: first, to: last}
    if (out.some((o) => o.start < from + m.index + m[0].length && o.end > from + m.index)) continue
    // (`二季度末外债余额`, `上半年末`, `前三季度末`: the end of the span, a day a stock is held at, not the span.)
    if (m[3] === undefined && /^[末底]/.test(sentence.slice(m.index + m[0].length))) {
      const years = {...(form.year !== undefined ? {year: form.year} : {}), ...(form.relativeYear !== undefined ? {relativeYear: form.relativeYear} : {})}
      out.push({start: from + m.index, end: from + m.index + m[0].length + 1, form: {type: 'month', ...years, month: last, edge: 'end'}})
      continue
    }
    out.push({start: from + m.index, end: from + m.index + m[0].length, form})
  }
  return out
}

/** As of the article date: `目前`, `如今`, `至今`, and a day of the article's week after 截至 (`截至昨日`, `截至上周五`). */
const NOW = /(?:截至|截止|到)?(?:目前|当前|现在|如今|眼下|近日|日前|当下|时下)|(?<![截止])(?:至今|迄今)(?![年日天])/g

/**
 * A day named relative to the article (`今日`, `昨天`, `前日`, `今早`) or a day of its week (`周一`,
 * `星期五`, `上周五`, `禮拜三`), also after 截至: the figure is that day's (`周一成交量` and `今日成交量`
 * of one market report are two days). Not a name (`今日头条`, `今日美国`), not a span of weekdays
 * (`周一至周五`), not a recurring day (`每周一`), not one still to come (`下周一`, `明日`).
 */
const RELATIVE_DAY = /(?:(今|昨)(?:日|天|早|晨|晚|午)|(?<![当提目之以从此事空超向])(前)(?:日|天)(?!数)|(?<![每下明至到\-~～、])(上|本|这)?(?:周|星期|礼拜)([一二三四五六日天]))(?![头美俄说报至到日均\-~～、])/g
const DAY_OFFSET: Record<string, number> = {今: 0, 昨: -1, 前: -2}
const WEEKDAY: Record<string, number> = {一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 0, 天: 0}
const RELATIVE_YEAR = /(?:截至|截止)?(今年|去年|前年|本年度?|当年|明年|(?<![前之以])后年|上一年(?![度级轻纪])|上年(?=年?[底末]))(以来|年初|年底|年末|底|末|初)?/g
/**
 * `全年` alone (`全年國內生產總值增長5.2%`, `全年出口237726亿元`): the whole year, the article's, or last year's in a
 * report of its first quarter (annual figures come out from January to March); not after a year (`2023年全年`, `今年全年`).
 */
const WHOLE_YEAR = /(?<![年度])全年(?![度期])/g
/** What `YEAR_TO_MONTH` reads before its `全年` (`截至3月底止，`). */
const YEAR_TO_MONTH_BEFORE = /(?:截至|截止)\s*(?:\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:底|末|份)止?[^。；;！？\d]{0,20}?$/
/** Years named relative to the article, by their offset (`明年回落至1.8%` is next year's, what someone expects; `上一年为…`, `上年末` last year's; `上年` alone is left to the comparison words, `比上年`). */
const YEAR_WORD_OFFSET: Readonly<Record<string, number>> = {今年: 0, 本年: 0, 当年: 0, 去年: -1, 上年: -1, 上一年: -1, 前年: -2, 明年: 1, 后年: 2}
/** The year fields of a month form moved by `shift` years (`{year: 2017}` or `{relativeYear: -1}`). */
function monthYearOf(form: {year?: number; relativeYear?: number}, shift: number): {year?: number; relativeYear?: number} {
  if (form.year !== undefined) return {year: form.year + shift}
  if (form.relativeYear !== undefined || shift !== 0) return {relativeYear: (form.relativeYear ?? 0) + shift}
  return {}
}

/** Months named relative to the article (`上月`, `上个月`, `本月`), with an as-of word or an edge (`截至上月底`, `本月以来`). */
const RELATIVE_MONTH = /(截至|截止)?(本月|这个月|上月|上个月|上一个月)份?(底|末|以来)?/g
const WINDOW = /近年来|近几年来?|近些年来?|多年来|几年来|连续多年|过去(?:几|数|多|这些)年/g
/** Party congresses that anchor `…以来` periods (`党的十八大以来` = since 2012-11): a stable start month. */
const EVENTS: Record<string, [number, number]> = {十六大: [2002, 11], 十七大: [2007, 10], 十八大: [2012, 11], 十九大: [2017, 10], 二十大: [2022, 10]}
const EVENT = /(?:党的)?(十[六七八九]大|二十大)以来/g

/** What follows the year in the names of COVID-19 (`2019冠状病毒病`, `2019新型冠状病毒`, `2019-nCoV`). */
const DISEASE_AFTER_YEAR = /^(?:新型)?冠状病毒|^新冠|^-?ncov/i
/** A day without its month as zh-number gives it (`17日` → `---17`). */
const MONTH_DAY = /^---\d{2}$/
/** Words after a month that make it a futures contract's month (`1月交割`, `3月期货`, `5月合约`). */
const CONTRACT_AFTER = /^(?:交割|期货|合约|到期)/
/** Words after `N日` that make it a number of days (`30日内`, `7日后`), not a day of the month. */
const NOT_A_DAY_AFTER = /^(?:内|后|前|以内|以后|之内|之后|以前|左右|间|来)/

/** The time mention a year, date or year span quantity `q` of a sentence `[from, to)` makes, with the span it covers for later patterns. */
function quantityMention(folded: string, from: number, to: number, q: Quantity, region: string | undefined): {time: TimeMention; covers?: [number, number]} | undefined {
  const before = folded.slice(Math.max(from, q.start - 5), q.start)
  const after = folded.slice(q.end, Math.min(to, q.end + 3))
  // `截至今年6月`: the as-of word may come before a relative year.
  const asOfWord = /(截至|截止|到)(?:今年|去年|前年)?$/.exec(before)?.[1]
  const asOf = asOfWord !== undefined || undefined
  // Length of the as-of word the phrase starts with (`到` is one character, `截至` two).
  const asOfLength = asOfWord?.length ?? 0
  // `以来`, `起`, or `来` ending the phrase; `来台`, `来华` are arrivals, not since.
  // `自2019年6月新港启用以来`, `自今年2月爆发疫情以来`: 自/从 a date and 以来 closing its clause.
  const since = /^(?:以来|至今|迄今|起(?!来)|来(?![台华访京沪港澳到自看]))/.test(after) || (/[自从](?:今年|去年|前年|本年)?$/.test(before) && /^[^，,。；;：:\d]{1,14}以来/.test(folded.slice(q.end, Math.min(to, q.end + 17))))
  const end = /^(底|末|年底|年末)/.test(after)
  const start = /^(初|年初)/.test(after)
  let tail = 0
  if (since) tail = /^(?:以来|至今|迄今)/.test(after) ? 2 : 1
  else if (end || start) tail = /^年/.test(after) ? 2 : 1
  if (q.kind === 'year' && q.date && /^\d{4}$/.test(q.date)) {
    // `2019冠狀病毒疾病`, `2019新型冠状病毒`, `2019-nCoV`: a name, not a year of the figures.
    if (DISEASE_AFTER_YEAR.test(folded.slice(q.end, q.end + 6))) return undefined
    const edge = since ? 'since' : end ? 'end' : start ? 'start' : undefined
    return {time: {start: q.start - asOfLength, end: q.end + tail, form: {type: 'year', year: Number(q.date), ...(edge ? {edge} : {}), ...(asOf ? {asOf} : {})}}, covers: [q.start, q.end]}
  } else if (q.kind === 'date' && q.date && MONTH_DAY.test(q.date)) {
    // `中國17日新增93例`, `台灣22日新增2例`: a day of the article's month, as wire copy names it.
    if (NOT_A_DAY_AFTER.test(after) || /每月?$/.test(before)) return undefined
    const form: TimeMention['form'] = {type: 'month-day', day: Number(q.date.slice(3)), ...(since ? {edge: 'since' as const} : {})}
    return {time: {start: q.start - asOfLength, end: q.end + (since ? tail : 0), form}, covers: [q.start - asOfLength, q.end]}
  } else if (q.kind === 'date' && q.date) {
    const full = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(q.date)
    const partial = /^--(\d{2})(?:-(\d{2}))?$/.exec(q.date)
    const prefix = folded.slice(Math.max(from, q.start - 2), q.start)
    // (`2020年1-2月…；当年4月…`: 当年 is the year named before it, when its paragraph names one.)
    const that = prefix === '当年' && !full ? thatYear(folded, q.start - 2) : undefined
    const relativeYear = that !== undefined ? undefined : YEAR_WORD_OFFSET[prefix]
    const year = full ? Number(full[1]) : that
    const month = Number(full ? full[2] : partial?.[1])
    const day = full ? full[3] : partial?.[2]
    if (!Number.isFinite(month)) return undefined
    // (`原油1月交割價下跌3.05美元`: the month a futures contract delivers in, not the time of the figure.)
    if (day === undefined && CONTRACT_AFTER.test(after)) return undefined
    const s = q.start - asOfLength - (relativeYear !== undefined ? 2 : 0)
    const base = {...(year !== undefined ? {year} : {}), ...(relativeYear !== undefined ? {relativeYear} : {})}
    if (day !== undefined) {
      // `截至11月18日当周`: weekly and daily figures are of that day, not of the month.
      const daily = /^(?:当周|当日|当天|那周|一周|止一周)/.test(folded.slice(q.end, q.end + 3)) || undefined
      return {time: {start: s, end: q.end + (since ? tail : 0), form: {type: 'day', ...base, month, day: Number(day), ...(since ? {edge: 'since' as const} : {}), ...(daily ? {daily} : {})}}, covers: [s, q.end]}
    } else {
      const edge = since ? 'since' : end ? 'end' : undefined
      return {time: {start: s, end: q.end + tail, form: {type: 'month', ...base, month, ...(edge ? {edge} : {}), ...(asOf ? {asOf} : {})}}, covers: [s, q.end]}
    }
  } else if (region === 'TW' && q.kind === 'duration' && q.unit === '年' && !q.window && q.value !== null && Number.isInteger(q.value) && q.value >= 38 && q.value <= 130 && /^(?:民国)?\d{2,3}年$/.test(folded.slice(q.start, q.end)) && !/^(?:来|间|前|后|内|多|以上|以来)/.test(folded.slice(q.end, q.end + 2))) {
    // Taiwan dates years from 1912 (民國): `105年` is 2016.
    return {time: {start: q.start, end: q.end, form: {type: 'year', year: q.value + 1911}}}
  } else if (q.kind === 'duration' && q.window && q.unit === '年' && q.value !== null) {
    return {time: {start: q.start, end: q.end, form: {type: 'window', years: q.value}}}
  } else if (q.kind === 'duration' && q.value !== null && Number.isInteger(q.value) && q.value > 0 && (q.unit === '天' || q.unit === '日' || q.unit === '周' || q.unit === '星期') && (q.window || /(?:过去|最近|近)$/.test(before) || /^(?:内|以来|来)/.test(after) || /^[^，,。；;]{0,4}?(?:均值|均线|平均|均量)/.test(folded.slice(q.end, Math.min(to, q.end + 8))))) {
    // `一週來約新增1萬4000例`, `過去7天`, `28天內`: the days up to the article's, not its day nor its month.
    return {time: {start: q.start, end: q.end, form: {type: 'window', days: q.unit === '周' || q.unit === '星期' ? q.value * 7 : q.value}}}
  }
  return undefined
}

/**
 * `2022年CPI上涨2.0%，年内高位是9月的2.8%`, `2021年2月和1月…`: a month, day or span of months without a year
 * after a year named earlier in the sentence is of that year, not of the article's, until a word names
 * another year relative to the article (`今年`, `去年`, `目前`) or a period since a year (`2019年以来`).
 */
function withYearNamedBefore(mentions: TimeMention[]): TimeMention[] {
  // The year named last: a calendar year, or one relative to the article (`去年…，9月份…`).
  let named: {year: number} | {relativeYear: number} | undefined
  return mentions.map((t) => {
    const f = t.form
    switch (f.type) {
      case 'year':
        named = f.edge === 'since' ? undefined : {year: f.year}
        return t
      case 'relative-year':
        // (`2023年，…全年出口…`: the whole of the year named before.)
        // (It names no year for what follows: `全年…，3月…` leaves the month as said.)
        if (f.whole) return named === undefined || ('relativeYear' in named && named.relativeYear === 0) ? t : {...t, form: 'year' in named ? {type: 'year', year: named.year} : {type: 'relative-year', offset: named.relativeYear}}
        named = f.edge === 'since' ? undefined : {relativeYear: f.offset}
        return t
      case 'month':
      case 'day':
      case 'holiday':
      case 'span':
        if (f.year !== undefined || f.relativeYear !== undefined) {
          const since = 'edge' in f && f.edge === 'since'
          // (A span to another year, `2022年12月至2023年2月`, leaves its last year.)
          // (A year of the zodiac, `龙年…全年`, is mostly the calendar year it starts in.)
          if (f.year !== undefined) named = since ? undefined : {year: f.type === 'span' && !f.lunar ? (f.toYear ?? f.year) : f.year}
          else named = since || (f.type === 'span' && f.toRelativeYear !== undefined) ? undefined : {relativeYear: f.relativeYear as number}
          return t
        }
        if (named === undefined || (f.type === 'span' && (f.fiscalBack !== undefined || f.toRelativeYear !== undefined || f.toYear !== undefined))) return t
        return {...t, form: {...f, ...named}}
      case 'fiscal':
        return t
      default:
        named = undefined
        return t
    }
  })
}

/** How far back in its paragraph `当年` looks for the year it refers to, in characters. */
const THAT_YEAR_REACH = 300

/**
 * The year `当年` ("that year") at `at` refers to: the last year of four digits named before it in its
 * paragraph, within THAT_YEAR_REACH characters (`2022年12月…。当年9月…`, `2020年初…，当年1-2月…`).
 */
function thatYear(folded: string, at: number): number | undefined {
  const window = folded.slice(Math.max(0, at - THAT_YEAR_REACH), at)
  const paragraph = window.slice(window.lastIndexOf('\n') + 1)
  let year: number | undefined
  for (const m of paragraph.matchAll(/(?<!\d)((?:19|20)\d{2})\s*年(?![度代])/g)) year = Number(m[1])
  return year
}

/** Time expressions of one sentence `[from, to)` of the folded text, in order. */
export function timeMentions(folded: string, from: number, to: number, quantities: readonly Quantity[], region?: string, date?: string): TimeMention[] {
  const out: TimeMention[] = []
  const sentence = folded.slice(from, to)
  const covered: Array<[number, number]> = []
  for (const q of quantities) {
    if (q.start < from || q.end > to) continue
    const mention = quantityMention(folded, from, to, q, region)
    if (!mention) continue
    out.push(mention.time)
    if (mention.covers) covered.push(mention.covers)
  }
  const inside = overlapTest(covered)
  for (const match of sentence.matchAll(NOW)) {
    // `2010年至今` was taken with its date above, as a period since 2010.
    if (/^(?:至今|迄今)$/.test(match[0]) && out.some((t) => t.end === from + match.index + 2 && 'edge' in t.form && t.form.edge === 'since')) continue
    out.push({start: from + match.index, end: from + match.index + match[0].length, form: {type: 'now'}})
  }
  for (const match of sentence.matchAll(RELATIVE_YEAR)) {
    const at = from + match.index
    // `今年5月` was taken with its date above.
    if (inside(at) || /^(?:\d{1,2}|[一二三四五六七八九十]+)月/.test(folded.slice(at + match[0].length, at + match[0].length + 3))) continue
    const word = match[1] as string
    const offset = YEAR_WORD_OFFSET[word] ?? 0
    const tail = match[2]
    const edge = tail === '以来' ? 'since' : tail === '年初' || tail === '初' ? 'start' : tail ? 'end' : undefined
    const that = word === '当年' ? thatYear(folded, at) : undefined
    if (that !== undefined) out.push({start: at, end: at + match[0].length, form: {type: 'year', year: that, ...(edge ? {edge} : {})}})
    else out.push({start: at, end: at + match[0].length, form: {type: 'relative-year', offset, ...(edge ? {edge} : {})}})
  }
  for (const match of sentence.includes('全年') ? sentence.matchAll(WHOLE_YEAR) : []) {
    const at = from + match.index
    // (`截至9月底止，全年盈利…`: a company's year to that month, read with YEAR_TO_MONTH.)
    if (!inside(at) && !YEAR_TO_MONTH_BEFORE.test(sentence.slice(Math.max(0, match.index - 30), match.index))) out.push({start: at, end: at + 2, form: {type: 'relative-year', offset: 0, whole: true}})
  }
  for (const match of sentence.matchAll(RELATIVE_DAY)) {
    const at = from + match.index
    if (inside(at)) continue
    const form: TimeMention['form'] =
      match[4] === undefined
        ? {type: 'relative-day', offset: DAY_OFFSET[(match[1] ?? match[2]) as string] as number}
        : {type: 'weekday', weekday: WEEKDAY[match[4]] as number, lastWeek: match[3] === '上'}
    out.push({start: at, end: at + match[0].length, form})
  }
  for (const match of sentence.matchAll(RELATIVE_MONTH)) {
    const offset = /^(?:本|这)/.test(match[2] as string) ? 0 : -1
    const edge = match[3] === '以来' ? 'since' : match[3] || match[1] ? 'end' : undefined
    const at = from + match.index
    // `5月份…持平，上月為下跌0.3%`: after a month named in the sentence, 上月 is the month before it.
    const named = out.filter((t) => t.end <= at && (t.form.type === 'month' || t.form.type === 'day')).at(-1)
    const form: TimeMention['form'] =
      named && (named.form.type === 'month' || named.form.type === 'day')
        ? {type: 'month', month: named.form.month + offset < 1 ? 12 : named.form.month + offset, ...monthYearOf(named.form, named.form.month + offset < 1 ? -1 : 0), ...(edge === 'end' ? {edge} : {})}
        : {type: 'relative-month', offset, ...(edge ? {edge} : {})}
    out.push({start: at, end: at + match[0].length, form})
  }
  if (sentence.includes('大以来')) for (const match of sentence.matchAll(EVENT)) {
    const [year, month] = EVENTS[match[1] as string] as [number, number]
    out.push({start: from + match.index, end: from + match.index + match[0].length, form: {type: 'month', year, month, edge: 'since'}})
  }
  for (const match of sentence.matchAll(WINDOW)) {
    out.push({start: from + match.index, end: from + match.index + match[0].length, form: {type: 'window'}})
  }
  // (A company's fiscal year or quarter first: `2023财年第二季度` is not the calendar's second quarter.)
  const fiscal = companyFiscalMentions(sentence, from, region)
  const ranges = [...fiscal, ...yearRangeMentions(sentence, from, region)]
  const inRange = overlapTest(ranges.map((p) => [p.start, p.end] as [number, number]))
  const spans = [
    ...ranges,
    ...[...spanMentions(folded, sentence, from), ...daySpanMentions(sentence, from), ...holidayMentions(sentence, from), ...zodiacMentions(sentence, from, date), ...planMentions(sentence, from, date), ...fiscalYearMentions(sentence, from, region)].filter((t) => !inRange(t.start, t.end))
  ]
  const spanned = overlapTest(spans.map((p) => [p.start, p.end] as [number, number]))
  const kept = spans.length === 0 ? out : out.filter((t) => !spanned(t.start, t.end))
  const all = withYearNamedBefore([...kept, ...spans].sort((a, b) => a.start - b.start))
  return sentence.includes('去年同期') || sentence.includes('去年为') || sentence.includes('去年则为') ? withSamePeriodLastYear(sentence, from, all) : all
}

/**
 * `截至3月底止，全年亏损…，去年同期则录得盈利…`, `首季…，去年同期…`: 去年同期 after a span or a month named earlier
 * in the sentence is that span a year earlier, not the whole last year. One pass over the mentions in order.
 */
function withSamePeriodLastYear(sentence: string, from: number, mentions: readonly TimeMention[]): TimeMention[] {
  const out: TimeMention[] = []
  let previous: TimeMention | undefined
  for (const t of mentions) {
    const at = t.start - from
    const same = t.form.type === 'relative-year' && t.form.offset === -1 && !t.form.edge && sentence.startsWith('去年同期', at)
    // (`至3月底，…經營112間店舖，去年為118間`: the figure a year before the point or span just named.)
    const was = t.form.type === 'relative-year' && t.form.offset === -1 && !t.form.edge && /^去年(?:则)?为/.test(sentence.slice(at, at + 4))
    const shifted = (same || was) && previous ? yearEarlier(previous.form, was) : undefined
    if (shifted) {
      out.push({start: t.start, end: t.start + (same ? 4 : 2), form: shifted})
      continue
    }
    out.push(t)
    if (t.form.type === 'span' || t.form.type === 'month') previous = t
  }
  return out
}

/** A span or month one year earlier, when its year is said or relative (else undefined); `point`: a month's end or an as-of month too. */
function yearEarlier(f: TimeMention['form'], point = false): TimeMention['form'] | undefined {
  if (f.type === 'span') {
    if (f.fiscalBack !== undefined) return {...f, fiscalBack: f.fiscalBack + 1}
    if (f.fromDay !== undefined) return undefined
    if (f.year !== undefined) return {...f, year: f.year - 1, ...(f.toYear !== undefined ? {toYear: f.toYear - 1} : {})}
    if (f.toYear !== undefined || f.toRelativeYear !== undefined) return undefined
    return {...f, relativeYear: (f.relativeYear ?? 0) - 1}
  }
  // (A month's end or an as-of month, only for `去年为`: `去年同期` after `截至…月底` keeps its reading.)
  if (f.type === 'month' && ((!f.edge && !f.asOf) || point)) {
    if (f.year !== undefined) return {...f, year: f.year - 1}
    return {...f, relativeYear: (f.relativeYear ?? 0) - 1}
  }
  return undefined
}

/**
 * A test of whether `[start, end)` (or the point `start`) overlaps one of `ranges`, in O(log n) per
 * call: a sentence without punctuation has thousands of time words, and comparing each with every
 * other would be quadratic.
 */
export function overlapTest(ranges: ReadonlyArray<readonly [number, number]>): (start: number, end?: number) => boolean {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0])
  const maxEnd: number[] = []
  for (const [k, range] of sorted.entries()) maxEnd.push(Math.max(range[1], k > 0 ? (maxEnd[k - 1] as number) : -Infinity))
  return (start, end = start + 1) => {
    // The last range starting before `end`; any range up to it overlaps when the furthest end passes `start`.
    const i = partition(sorted, (range) => range[0] < end) - 1
    return i >= 0 && (maxEnd[i] as number) > start
  }
}

const pad = (n: number) => String(n).padStart(2, '0')
const monthOf = (date: string) => date.slice(0, 7)

function lastDay(year: number, month: number): string {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return `${year}-${pad(month)}-${pad(days)}`
}

/** What resolving one mention needs of the article: its year, and the period makers of `resolvePeriod`. */
interface PeriodContext {
  year: number | undefined
  /** The article's month (1–12), when its date is known; undefined when a span is to be read as said (a forecast, after 今年). */
  month: number | undefined
  /** The article's month, also of a forecast. */
  articleMonth?: number
  words: {text?: string}
  asOf(day: string, via: ClaimPeriod['via']): ClaimPeriod
  since(start: string, via: ClaimPeriod['via']): ClaimPeriod
  unknown(type: ClaimPeriod['type'], relative: string): ClaimPeriod
}

/** The day `offset` days from `date` (YYYY-MM-DD). */
function shiftDay(date: string, offset: number): string {
  const day = new Date(`${date}T00:00:00Z`)
  day.setUTCDate(day.getUTCDate() + offset)
  return day.toISOString().slice(0, 10)
}

/**
 * The day of the week `weekday` (0 = Sunday) that a report of `date` names: this week's (weeks
 * start on Monday) when it is not after `date`, else last week's; `lastWeek` (`上周五`) the one of
 * the week before this one.
 */
function weekdayBefore(date: string, weekday: number, lastWeek: boolean): string {
  const today = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7
  const wanted = (weekday + 6) % 7
  const offset = wanted - today - (lastWeek || wanted > today ? 7 : 0)
  return shiftDay(date, offset)
}

/** `Y`, `Y-1`: the article's year (and one before) in ids of undated articles. */
function yearForm(offset: number | undefined): string {
  return offset ? `Y${offset}` : 'Y'
}

/** A month or a day (`5月`, `截至5月底`, `5月18日当周`) against the article's year. */
function resolveMonthOrDay(f: Extract<TimeMention['form'], {type: 'month' | 'day'}>, c: PeriodContext): ClaimPeriod {
  const {year, words, asOf, since, unknown} = c
  // (`3月出口同比增长23.4%` in a February report: a month still to come that no year names is last year's, as the
  // quarters of `resolveSpan` are; read as said, a forecast's, it is the article year's.)
  const unreported = f.type === 'month' && f.year === undefined && f.relativeYear === undefined && f.edge !== 'since' && c.month !== undefined && f.month > c.month
  const y = f.year ?? (year !== undefined ? year + (f.relativeYear ?? 0) - (unreported ? 1 : 0) : undefined)
  if (y === undefined || f.month < 1 || f.month > 12) {
    const ym = `${yearForm(f.relativeYear)}-${pad(f.month)}${f.type === 'day' && f.daily ? `-${pad(f.day)}` : ''}`
    return f.type === 'day' || f.edge === 'end' || f.asOf ? unknown('as-of', ym) : f.edge === 'since' ? unknown('since', ym) : unknown('month', ym)
  }
  const via = f.year !== undefined ? 'explicit' : 'relative'
  if (f.type === 'day') {
    const day = `${y}-${pad(f.month)}-${pad(f.day)}`
    if (f.daily && f.edge !== 'since') return {id: `asof:${day}`, type: 'as-of', end: day, ...words, via}
    return f.edge === 'since' ? since(day, via) : asOf(day, via)
  }
  if (f.edge === 'since') return since(`${y}-${pad(f.month)}-01`, via)
  if (f.edge === 'end' || f.asOf) return asOf(lastDay(y, f.month), via)
  return {id: `month:${y}-${pad(f.month)}`, type: 'month', start: `${y}-${pad(f.month)}-01`, end: lastDay(y, f.month), ...words, via}
}

/**
 * A year of twelve months to the end of month `f.to` counted back from the article (`去年度` in Hong Kong,
 * a company's `截至3月底止…全年`): back 0 is the last such year ended before the article's month, back 1
 * the one before it; `去年度` in a June article is April to March just ended, in a March article the year before.
 */
function resolveFiscal(f: Extract<TimeMention['form'], {type: 'span'}>, back: number, c: PeriodContext): ClaimPeriod {
  const {year, words, unknown} = c
  const fiscalEnd = f.fiscalEnd ?? f.to
  if (year === undefined || c.articleMonth === undefined) return unknown('range', `FY${back ? -back : ''}(${pad(fiscalEnd)}):${pad(f.from)}..${pad(f.to)}`)
  // The year the last fiscal year ended in, then where the span starts and stops within it.
  const ended = (c.articleMonth > fiscalEnd ? year : year - 1) - back
  const first = fiscalEnd === 12 ? ended : ended - 1
  const toYear = f.to <= fiscalEnd ? ended : ended - 1
  return {id: `range:${first}-${pad(f.from)}..${toYear}-${pad(f.to)}`, type: 'range', start: `${first}-${pad(f.from)}-01`, end: lastDay(toYear, f.to), ...words, via: 'relative'}
}

/**
 * A company's fiscal year or quarter: `range:FY2023`, `range:FY2023Q2` when named by its year (the
 * company's own numbering, so two articles compare); relative ones (`上财年`, `本财季`) only inside the
 * document, since where a company's fiscal year ends, and so which year `上财年` is, is not said.
 */
function resolveCompanyFiscal(f: Extract<TimeMention['form'], {type: 'fiscal'}>, text: string, local: string): ClaimPeriod {
  const quarter = f.quarter !== undefined ? `Q${f.quarter}` : f.quarterOffset !== undefined ? `Q${f.quarterOffset ? f.quarterOffset : ''}` : f.throughQuarter !== undefined ? `Q1..${f.throughQuarter}` : ''
  if (f.year !== undefined) return {id: `range:FY${f.year}${quarter}`, type: 'range', text, via: 'explicit'}
  const offset = f.offset ? `${f.offset}` : ''
  return {id: `range:FY${f.quarterOffset !== undefined ? '' : offset}${quarter}?#${local}`, type: 'range', text, via: 'relative'}
}

/** A span of months (`1-4月`, `去年5月至今年4月`, a fiscal year) against the article's year. */
function resolveSpan(f: Extract<TimeMention['form'], {type: 'span'}>, c: PeriodContext): ClaimPeriod {
  const {year, words, unknown} = c
  if (f.fiscalBack !== undefined) return resolveFiscal(f, f.fiscalBack, c)
  // `分季度看，一季度…增长4.5%` in a January article: a span named without a year that would end after
  // the article's month has not been reported yet in the article's year; it is last year's.
  const unreported = f.year === undefined && f.relativeYear === undefined && f.toYear === undefined && f.toRelativeYear === undefined && c.month !== undefined && f.to > c.month
  const y = f.year ?? (year !== undefined ? year + (f.relativeYear ?? 0) - (unreported ? 1 : 0) : undefined)
  const via = f.year !== undefined ? 'explicit' : 'relative'
  if (y === undefined) {
    const yf = yearForm(f.relativeYear)
    const toForm = f.toRelativeYear !== undefined ? yearForm(f.toRelativeYear) : yf
    if (f.fromDay !== undefined && f.toDay !== undefined) return unknown('range', `${yf}-${pad(f.from)}-${pad(f.fromDay)}..${toForm}-${pad(f.to)}-${pad(f.toDay)}`)
    return unknown(f.from === f.to && toForm === yf ? 'month' : 'range', f.from === f.to && toForm === yf ? `${yf}-${pad(f.from)}` : `${yf}-${pad(f.from)}..${toForm}-${pad(f.to)}`)
  }
  const toYear = f.toYear ?? (f.toRelativeYear !== undefined && year !== undefined ? year + f.toRelativeYear : undefined)
  if (f.fromDay !== undefined && f.toDay !== undefined) {
    const [first, last] = [`${y}-${pad(f.from)}-${pad(f.fromDay)}`, `${toYear ?? y}-${pad(f.to)}-${pad(f.toDay)}`]
    return {id: `range:${first}..${last}`, type: 'range', start: first, end: last, ...words, via}
  }
  if (toYear !== undefined && toYear !== y) {
    return {id: `range:${y}-${pad(f.from)}..${toYear}-${pad(f.to)}`, type: 'range', start: `${y}-${pad(f.from)}-01`, end: lastDay(toYear, f.to), ...words, via}
  }
  if (f.from === f.to) return {id: `month:${y}-${pad(f.from)}`, type: 'month', start: `${y}-${pad(f.from)}-01`, end: lastDay(y, f.to), ...words, via}
  return {id: `range:${y}-${pad(f.from)}..${y}-${pad(f.to)}`, type: 'range', start: `${y}-${pad(f.from)}-01`, end: lastDay(y, f.to), ...words, via}
}

/**
 * A quarter relative to the article's (`上季`: the calendar quarter before it), or a day of the article's month
 * (`17日`; of the month before when the day is still to come, `30日` in a report of the 2nd): that day's figure.
 */
function resolveRelativeToDate(f: Extract<TimeMention['form'], {type: 'relative-quarter' | 'month-day'}>, date: string | undefined, c: PeriodContext): ClaimPeriod {
  const {year, words, asOf, since, unknown} = c
  if (f.type === 'relative-quarter') {
    if (!date || year === undefined) return unknown('range', `Q${f.offset ? f.offset : ''}`)
    const index = year * 4 + Math.floor((Number(date.slice(5, 7)) - 1) / 3) + f.offset
    const [y, first] = [Math.floor(index / 4), (index % 4) * 3 + 1]
    return {id: `range:${y}-${pad(first)}..${y}-${pad(first + 2)}`, type: 'range', start: `${y}-${pad(first)}-01`, end: lastDay(y, first + 2), ...words, via: 'relative'}
  }
  if (!date || year === undefined) return unknown('as-of', `D=${pad(f.day)}`)
  const back = f.day > Number(date.slice(8, 10)) ? 1 : 0
  const index = year * 12 + Number(date.slice(5, 7)) - 1 - back
  const [y, m] = [Math.floor(index / 12), (index % 12) + 1]
  if (lastDay(y, m) < `${y}-${pad(m)}-${pad(f.day)}`) return unknown('as-of', `D=${pad(f.day)}`)
  const day = `${y}-${pad(m)}-${pad(f.day)}`
  return f.edge === 'since' ? since(day, 'relative') : {...asOf(day, 'relative'), daily: day}
}

/**
 * Resolve a time mention (or none) against the article date. `local` makes an id that only
 * compares inside one document, for relative words when the article date is unknown. Read `asSaid`, a
 * span without a year is the article year's even if it is still to come (a forecast: `预估第3季出货…`).
 */
export function resolvePeriod(mention: TimeMention | undefined, date: string | undefined, text: string, local: string, asSaid = false): ClaimPeriod {
  const year = date ? Number(date.slice(0, 4)) : undefined
  const words = mention ? {text} : {}
  if (!mention) {
    if (!date) return {id: `asof:now?#${local}`, type: 'as-of', via: 'none'}
    return {id: `asof:${monthOf(date)}`, type: 'as-of', end: date, via: 'article-date'}
  }
  const f = mention.form
  const asOf = (day: string, via: ClaimPeriod['via']): ClaimPeriod => ({id: `asof:${monthOf(day)}`, type: 'as-of', end: day, ...words, via})
  const since = (start: string, via: ClaimPeriod['via']): ClaimPeriod =>
    date
      ? {id: `since:${start.slice(0, start.endsWith('-01-01') ? 4 : 7)}..${monthOf(date)}`, type: 'since', start, end: date, ...words, via}
      : {id: `since:${start.slice(0, 7)}..?#${local}`, type: 'since', start, ...words, via: 'none'}
  // Without the article date a relative period keeps its meaning in `Y` (the article's year):
  // `year:Y-1?#<doc>` is 去年 in this document; it compares only inside it.
  const unknown = (type: ClaimPeriod['type'], relative: string): ClaimPeriod => ({id: `${type === 'as-of' ? 'asof' : type}:${relative}?#${local}`, type, ...words, via: 'none'})
  const context: PeriodContext = {year, month: date && !asSaid ? Number(date.slice(5, 7)) : undefined, ...(date ? {articleMonth: Number(date.slice(5, 7))} : {}), words, asOf, since, unknown}
  switch (f.type) {
    case 'year': {
      if (f.edge === 'since') return since(`${f.year}-01-01`, 'explicit')
      if (f.edge === 'end' || f.asOf) return asOf(`${f.year}-12-31`, 'explicit')
      if (f.edge === 'start') return asOf(`${f.year}-01-01`, 'explicit')
      return {id: `year:${f.year}`, type: 'year', start: `${f.year}-01-01`, end: `${f.year}-12-31`, ...words, via: 'explicit'}
    }
    case 'month':
    case 'day':
      return resolveMonthOrDay(f, context)
    case 'now':
      // Same as saying nothing: as of the article date.
      return date ? asOf(date, 'relative') : {id: `asof:now?#${local}`, type: 'as-of', ...words, via: 'none'}
    case 'span':
      return resolveSpan(f, context)
    case 'holiday': {
      const y = f.year ?? (year !== undefined ? year + (f.relativeYear ?? 0) : undefined)
      const month = y === undefined ? undefined : holidayMonth(f.name, y)
      if (y === undefined || month === undefined) return unknown('month', `${f.year ?? yearForm(f.relativeYear)}-${f.name}`)
      return {id: `month:${y}-${pad(month)}`, type: 'month', start: `${y}-${pad(month)}-01`, end: lastDay(y, month), ...words, via: f.year !== undefined ? 'explicit' : 'relative'}
    }
    case 'relative-year': {
      if (year === undefined) return unknown(f.edge === 'since' ? 'since' : f.edge ? 'as-of' : 'year', yearForm(f.offset))
      // (Read as said, a forecast's `全年` is the article year's.)
      const y = year + f.offset - (f.whole && context.month !== undefined && context.month <= 3 ? 1 : 0)
      if (y !== year + f.offset) return {id: `year:${y}`, type: 'year', start: `${y}-01-01`, end: `${y}-12-31`, ...words, via: 'relative'}
      if (f.edge === 'since') return since(`${y}-01-01`, 'relative')
      if (f.edge === 'end') return asOf(f.offset === 0 && date ? date : `${y}-12-31`, 'relative')
      if (f.edge === 'start') return asOf(`${y}-01-01`, 'relative')
      return {id: `year:${y}`, type: 'year', start: `${y}-01-01`, end: f.offset === 0 && date ? date : `${y}-12-31`, ...words, via: 'relative'}
    }
    case 'relative-month': {
      if (!date || year === undefined) return unknown(f.edge === 'since' ? 'since' : f.edge ? 'as-of' : 'month', `M${f.offset ? f.offset : ''}`)
      const index = year * 12 + Number(date.slice(5, 7)) - 1 + f.offset
      const [y, m] = [Math.floor(index / 12), (index % 12) + 1]
      if (f.edge === 'since') return since(`${y}-${pad(m)}-01`, 'relative')
      if (f.edge === 'end') return asOf(f.offset === 0 ? date : lastDay(y, m), 'relative')
      return {id: `month:${y}-${pad(m)}`, type: 'month', start: `${y}-${pad(m)}-01`, end: f.offset === 0 ? date : lastDay(y, m), ...words, via: 'relative'}
    }
    case 'relative-quarter':
    case 'month-day':
      return resolveRelativeToDate(f, date, context)
    case 'relative-day':
    case 'weekday': {
      if (!date) return unknown('as-of', f.type === 'weekday' ? `W${f.lastWeek ? '-1' : ''}:${f.weekday}` : `D${f.offset || ''}`)
      const day = f.type === 'weekday' ? weekdayBefore(date, f.weekday, f.lastWeek) : shiftDay(date, f.offset)
      return {...asOf(day, 'relative'), daily: day}
    }
    case 'fiscal':
      return resolveCompanyFiscal(f, text, local)
    case 'window': {
      if (!date || year === undefined) return unknown('window', f.years !== undefined ? `${f.years}y` : f.days !== undefined ? `${f.days}d` : 'recent')
      if (f.years !== undefined) return since(`${year - f.years}-01-01`, 'relative')
      if (f.days !== undefined) return {id: `window:${f.days}d..${date}`, type: 'window', end: date, ...words, via: 'relative'}
      return {id: `window:recent..${monthOf(date)}`, type: 'window', end: date, ...words, via: 'relative'}
    }
  }
}
