// Periods of claims: the time words a number belongs to, and time phrases that frame later sentences.

import type {Quantity} from '@jiaodui/zh-number'
import type {SegmentContext, SentenceState} from './context.js'
import {resolvePeriod, type TimeMention} from './period.js'
import type {Span} from './text.js'
import type {ClaimPeriod} from './types.js'
import {partition} from './spans.js'
import {opensContrast} from './text.js'

/** A time phrase that opens its sentence (`2017年，…`, `今年以来，…`, `目前，…`) and frames the next ones. */
export interface TopicTime {
  paragraph: number
  mention: TimeMention
  text: string
}

/**
 * The period of a number: the nearest time words before it in the sentence, else the time phrase
 * that opened an earlier sentence of the paragraph (`2017年，…。其中，…`). A time word that is only a
 * comparison base (`较去年同期增长`) or the start of a change (`去年的56.1分升至60.5分`) is skipped.
 */
export function periodOfNumber(ctx: SegmentContext, sentence: SentenceState, q: Quantity): ClaimPeriod {
  const {folded, source, article} = ctx
  const respective = respectiveTime(folded, sentence, q, article.region)
  if (respective) return resolvePeriod(respective.mention, article.date, respective.text, article.local)
  // (`单产约在360公斤（2016年）`: a year in brackets right after a figure is the figure's own.)
  const bracketed = BRACKET_YEAR.exec(folded.slice(q.end, q.end + 12))
  if (bracketed) {
    const at = q.end + bracketed[0].indexOf(bracketed[1] as string)
    const mention = sentence.times.find((time) => time.start === at)
    if (mention && mention.form.type === 'year') return resolvePeriod(mention, article.date, source.slice(mention.start, mention.end), article.local)
  }
  const time = fiscalYearBefore(periodWordsFor(folded, marksOf(ctx), sentence.times, q, sentence.quantities, sentence.topic !== undefined), sentence)
  // (`调降第3季的出货量预估至4000万支`, `第四季度GDP（预估为0.4%）`: a forecast's span may be still to come;
  // `今年第1季…。前三季营收…`: after 今年 in the paragraph, a span without a year is this year's as said.)
  // (The paragraph is read back YEAR_REACH characters at most: a long paragraph stays linear.)
  // (Its line break is looked for in that window only: `lastIndexOf` from the number went back to the
  // paragraph's start for every number, quadratic in a paragraph of thousands of sentences.)
  const reach = Math.max(0, q.start - YEAR_REACH)
  const window = folded.slice(reach, q.start)
  const asSaid = FORECAST_NEAR.test(folded.slice(Math.max(sentence.span.start, q.start - 30), Math.min(sentence.span.end, q.end + 4))) || THIS_YEAR.test(window.slice(window.lastIndexOf('\n') + 1))
  let period = resolvePeriod(time, article.date, time ? source.slice(time.start, time.end) : '', article.local, asSaid)
  const topic = sentence.topic
  // (`2019年度…。…全年缺课30天以上的…517起`: `全年` alone is the whole of the year the paragraph is about.)
  const wholeYear = time?.form.type === 'relative-year' && time.form.whole === true
  if ((!time || wholeYear) && topic) {
    const carried = resolvePeriod(topic.mention, article.date, topic.text, article.local)
    period = carried.via === 'none' ? carried : {...carried, via: 'previous-sentence'}
  } else if (!time && article.headlineTime && q.start + ctx.offset > (article.headlineTime.lead?.end ?? article.headlineTime.mention.end)) {
    // A figure with no time words of its own in an article whose headline names one statistical
    // period (`今年前7个月…进出口超30万亿元`, `2025年全社会用电量…`) is a figure of that period, not of the
    // day the article appeared.
    const {mention, text} = article.headlineTime
    const carried = resolvePeriod(mention, article.date, text, article.local)
    if (carried.via !== 'none') {
      period = {...carried, via: 'previous-sentence'}
      // (A figure restated from elsewhere in the article still takes that figure's period: see restated.ts.)
      if (article.headlineTime.lead) FROM_LEAD.add(period)
    }
  }
  return period
}

/**
 * `提交2019／20年度財務報告，…總收入約1.88億元，較去年的1,949萬元`: after a fiscal year from April (Hong Kong, Macau,
 * Japan) named earlier in the sentence or opening its paragraph, `去年` is the fiscal year before it.
 */
function fiscalYearBefore(time: TimeMention | undefined, sentence: SentenceState): TimeMention | undefined {
  if (!time || time.form.type !== 'relative-year' || time.form.offset !== -1 || time.form.edge !== undefined || time.form.whole) return time
  const earlier = [...sentence.times.filter((t) => t.end <= time.start), ...(sentence.topic ? [sentence.topic.mention] : [])]
  const fiscal = earlier.find((t) => t.form.type === 'span' && t.form.from === 4 && t.form.to === 3 && t.form.year !== undefined && t.form.toYear === t.form.year + 1)
  if (!fiscal || fiscal.form.type !== 'span' || fiscal.form.year === undefined) return time
  return {start: time.start, end: time.end, form: {type: 'span', year: fiscal.form.year - 1, from: 4, to: 3, toYear: fiscal.form.year}}
}

/** A year in brackets right after a figure (`（2016年）`, `(2016)`), its digits captured. */
const BRACKET_YEAR = /^\s*[（(]\s*((?:19|20)\d{2})\s*年?\s*[)）]/

/** Periods carried from the article's lead (not from its headline): a restated figure's period comes before them. */
export const FROM_LEAD = new WeakSet<ClaimPeriod>()

/** How far back in its paragraph 今年 makes a span without a year this year's, in characters. */
const YEAR_REACH = 400
/** The article's own year named (`今年`, `本年`). */
const THIS_YEAR = /今年|本年/

/** Words of a forecast or a plan near a number (`全港將會有…失業`: what will be). */
const FORECAST_NEAR = /预估|预计|预测|预期|展望|目标|计划|有望|料将|将达|将于|将会|将有|将要/

/** A list of years or fiscal years before 分别 (`2017、2018年…分别`, `2015-16、2016-17年度分别为`). */
const YEAR_LIST = /((?:\d{4}(?:\s*[-－—至\/]\s*\d{2,4})?\s*年?(?:度)?\s*[、和及与]\s*)+\d{4}(?:\s*[-－—至\/]\s*\d{2,4})?)\s*(年度|财政年度|年)[^。；;！？\d]{0,16}?分别/g
/** Values after 分别 that are amounts (not dates). */
const AMOUNTS = new Set(['count', 'money', 'percent', 'permille', 'percentage-point', 'range'])

/** A list of months before 分别 or 各 (`2021年2月和1月…分别`, `5月和4月同比各涨`); at most twelve (a longer run is read in pieces, each a bounded match). */
const MONTH_LIST = /((?:\d{4}\s*年\s*)?\d{1,2}\s*月份?(?:\s*[、和及与]\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月份?){1,11})[^。；;！？\d]{0,16}?(?:分别|各(?=[涨跌增降减为是达占上下]))/g
/**
 * A list of months and, after a verb, as many values listed one after another (`7月、8月、9月连续萎缩-9.2%、-3.2%和-0.6%`,
 * `11月和12月延续增长势头，增1.7%和3.8%`): without 分别, one value per month in order.
 */
const MONTH_LIST_BARE = /((?:\d{4}\s*年\s*)?\d{1,2}\s*月份?(?:\s*[、和及与]\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月份?){1,11})(?=[^。；;！？\d]{0,12}?[-－+]?\d)/g
/** Each month of a span before 分别 (`1至3月各月同比涨幅分别为…`). */
const MONTH_SPAN_EACH = /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*(?:至|到|[—\-－–]{1,3}|~|～)\s*(\d{1,2})\s*月份?(?:各月|每月|逐月)[^。；;！？\d]{0,16}?分别/g

/**
 * `投考人数在2017-18、2018-19年度分别为7,734及7,350人`, `2021年2月和1月，…分别下降0.2%、0.3%`, `1至3月各月…
 * 分别为…`: values after 分别 (or 各) that match a list of years, fiscal years or months one for one are
 * each of its item, in order (in Hong Kong and Macau a fiscal year runs April to March). The values
 * of a list are the amounts after it, up to the next list of the sentence. Other lists (`A和B分别…`,
 * fewer or more values than items) are left alone.
 */
function respectiveTime(folded: string, sentence: SentenceState, q: Quantity, region: string | undefined): {mention: TimeMention; text: string} | undefined {
  // Only an amount can be one of the values (checked first: a year or a date never is).
  if (!isRespectiveAmount(folded, q)) return undefined
  const {lists} = respectiveCacheOf(folded, sentence, region)
  // The last list that ends by the number (binary search: lists are in order and do not overlap).
  let low = 0
  let high = lists.length
  while (low < high) {
    const mid = (low + high) >> 1
    if ((lists[mid] as TimeList).end <= q.start) low = mid + 1
    else high = mid
  }
  const found = lists[low - 1]
  if (!found) return undefined
  const index = amountsAfter(folded, sentence, found, lists[low]).get(q)
  if (index === undefined) return undefined
  const item = found.items[index]
  return item && {mention: {start: found.start, end: found.end, form: item.form}, text: item.text}
}

/** A list of times before 分别, in the segment's offsets, with the time of each item. */
interface TimeList {
  start: number
  end: number
  items: Array<{form: TimeMention['form']; text: string}>
  /** The amounts after it (up to the next list), each with its index: listed once, when first asked for. */
  amounts?: Map<Quantity, number>
  /** A list without 分别: its values are one enumeration (`-9.2%、-3.2%和-0.6%`), nothing else between them. */
  bare?: boolean
}

/** Per sentence: its lists of times (read once). */
interface RespectiveCache {
  folded: string
  lists: TimeList[]
}
const respectiveCaches = new WeakMap<SentenceState, RespectiveCache>()

function respectiveCacheOf(folded: string, sentence: SentenceState, region: string | undefined): RespectiveCache {
  let cache = respectiveCaches.get(sentence)
  if (cache?.folded === folded) return cache
  const text = folded.slice(sentence.span.start, sentence.span.end)
  const lists: TimeList[] = []
  if (text.includes('分别') || text.includes('各')) {
    const at = (index: number, length: number) => ({start: sentence.span.start + index, end: sentence.span.start + index + length})
    if (text.includes('分别')) {
      for (const m of text.matchAll(YEAR_LIST)) {
        const items = yearItems(m[1] as string, region)
        if (items) lists.push({...at(m.index, m[0].length), items})
      }
    }
    for (const m of text.matchAll(MONTH_LIST)) lists.push({...at(m.index, m[0].length), items: monthItems(m[1] as string)})
    if (text.includes('分别')) {
      for (const m of text.matchAll(MONTH_SPAN_EACH)) {
        const [from, to] = [Number(m[2]), Number(m[3])]
        if (from < 1 || to > 12 || to <= from) continue
        const year = m[1] === undefined ? {} : {year: Number(m[1])}
        const items = Array.from({length: to - from + 1}, (_, k) => ({form: {type: 'month' as const, month: from + k, ...year}, text: `${from + k}月`}))
        lists.push({...at(m.index, m[0].length), items})
      }
    }
  }
  else {
    const at = (index: number, length: number) => ({start: sentence.span.start + index, end: sentence.span.start + index + length})
    for (const m of text.matchAll(MONTH_LIST_BARE)) lists.push({...at(m.index, m[0].length), items: monthItems(m[1] as string), bare: true})
  }
  // (In order, and without overlaps: a month list inside a longer match is dropped.)
  lists.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept = lists.filter((list, k) => !lists.slice(0, k).some((other) => other.end > list.start))
  cache = {folded, lists: kept}
  respectiveCaches.set(sentence, cache)
  return cache
}

/** The times of a `YEAR_LIST` match's items (years or fiscal years), or undefined when one is not a year. */
function yearItems(list: string, region: string | undefined): TimeList['items'] | undefined {
  const out: TimeList['items'] = []
  for (const raw of list.split(/\s*[、和及与]\s*/)) {
    const item = raw.replace(/年度?$/, '')
    const fiscal = /^(\d{4})\s*[-－—至\/]\s*(\d{2,4})$/.exec(item)
    if (!fiscal) {
      if (!/^\d{4}$/.test(item)) return undefined
      out.push({form: {type: 'year', year: Number(item)}, text: item})
      continue
    }
    const first = Number(fiscal[1])
    const second = (fiscal[2] as string).length === 2 ? Math.floor(first / 100) * 100 + Number(fiscal[2]) : Number(fiscal[2])
    if (second !== first + 1) return undefined
    const april = region === 'HK' || region === 'MO'
    out.push({form: {type: 'span', year: first, from: april ? 4 : 1, to: april ? 3 : 12, toYear: april ? second : first}, text: item})
  }
  return out
}

/** The months of a `MONTH_LIST` match's items, a year given to one carried to those after it (`2021年2月和1月`). */
function monthItems(list: string): TimeList['items'] {
  let year: number | undefined
  return list.split(/\s*[、和及与]\s*/).map((item) => {
    const m = /^(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月/.exec(item)
    if (m?.[1] !== undefined) year = Number(m[1])
    return {form: {type: 'month', month: Number(m?.[2]), ...(year !== undefined ? {year} : {})}, text: item}
  })
}

/** Whether a number may be one of the values after 分别: an amount, a bare count only with a thousands comma. */
function isRespectiveAmount(folded: string, o: Quantity): boolean {
  return AMOUNTS.has(o.kind) && (o.kind !== 'count' || o.unit !== null || /[,，]/.test(folded.slice(o.numStart, o.numEnd)))
}

/**
 * The amounts of the sentence after a list, up to the next list, each with its index; an empty map
 * when they do not match the list's items one for one (listed once per list).
 */
function amountsAfter(folded: string, sentence: SentenceState, found: TimeList, next: TimeList | undefined): Map<Quantity, number> {
  if (!found.amounts) {
    const values = new Map<Quantity, number>()
    const stop = next?.start ?? sentence.span.end
    let previous: Quantity | undefined
    for (const o of sentence.quantities) {
      if (o.start < found.end || o.start >= stop || !isRespectiveAmount(folded, o)) continue
      if (found.bare && previous !== undefined && !/^\s*[、和及与]\s*$/.test(folded.slice(previous.end, o.start))) break
      values.set(o, values.size)
      previous = o
    }
    found.amounts = values.size === found.items.length ? values : new Map()
  }
  return found.amounts
}

/** Time forms a headline frames its article with: statistical periods, not a day (an event) or `目前`. */
const HEADLINE_FRAMES = new Set(['year', 'month', 'span', 'relative-year'])
/** What may come before the headline's opening time phrase: a column tag (`【…】`), spaces. */
const HEADLINE_LEAD = /^\s*(?:【[^【】]{1,20}】)?\s*$/

/**
 * The statistical period a headline opens with, when it names exactly one (`今年前5个月全省外贸进出口超3万亿元`,
 * `2025年国内生产总值…`): the frame of the article's figures that name no time. A headline with two
 * periods compares them, one with a day or `目前` reports an event, and a time later in the headline
 * is a comparison or an event's date (`这次与2008年危机有何不同`, `…2023年5月底受审`): none frames the article.
 * Offsets are the headline's (the article's first line).
 */
export function headlineTimeOf(headline: string, times: readonly TimeMention[]): {mention: TimeMention; text: string} | undefined {
  // (`一季度全国财政收入增幅创3年来同期新高`: a record over a window of years after the period is no second period.)
  const record = (t: TimeMention) => t !== times[0] && (t.form.type === 'window' || ('edge' in t.form && t.form.edge === 'since'))
  const periods = times.filter((t) => !record(t))
  if (periods.length !== 1) return undefined
  const mention = periods[0] as TimeMention
  if (!HEADLINE_FRAMES.has(mention.form.type)) return undefined
  if ('edge' in mention.form && mention.form.edge === 'since') return undefined
  if (!HEADLINE_LEAD.test(headline.slice(0, mention.start))) return undefined
  return {mention, text: headline.slice(mention.start, mention.end)}
}

/** Connectives that may come before a sentence-opening time phrase (`据悉，近年来，…`). */
/** HTML tags (`<p dir="ltr">`, `<span>`), removed from the words before a time phrase. */
const HTML_TAGS = /<\/?[a-zA-Z][^<>]{0,80}>/g
const TOPIC_LEAD = /^[\s\d.、()（）“”"]*(?:据悉|据了解|据统计|同时|此外|另外|其中|而|在|自|从|单看|单就|仅看|只看|光看|至于)?[，,\s]*$/
/** A source or viewpoint clause before the opening time phrase (`据海关统计，`, `从贸易方式看，`, `记者从…了解到，`). */
const SOURCE_LEAD = /^[^，,。]{0,30}(?:统计|显示|介绍|获悉|了解到|了解|公布|表示|指出|称|看|来看)[，,]\s*$/
/** A verb of publishing and at most a place before the period of what is published (`统计处今日公布本港`). */
const PUBLISHED_BEFORE = /(?:公布|发布|发表|公佈|發布|發表)(?:了)?[^，,。；;：:\d]{0,4}$/
/** Days a report is of (`10日`, `昨日`, `5月18日`, `周一`). */
const DAILY_FORMS: ReadonlySet<string> = new Set(['month-day', 'day', 'relative-day', 'weekday'])
/** A place or subject of a few characters, maybe after a source clause, or the source clause alone, before a day's report (`根據…通報，大陸地區`, `香港`, `某國官方發布，`). */
const DAY_REPORT_LEAD = /^(?:[^，,。；;\d]{0,40}[，,]\s*)?[\u4e00-\u9fff]{0,6}$/
/** What a day's report states right after its day (`新增`, `再增`, `通报`). */
const DAY_REPORT_AFTER = /^(?:新增|再增|又增|增加|通报|报告|确诊)/
/** Framing clauses before the opening time phrase, without numbers (`从外贸看，受…等多重因素拖累，1—4月份，…`). */
const FRAMING_LEAD = /^[^\d０-９。；;]{0,80}[，,]\s*$/

/** A clock time after a date (`2025年4月9日上午10时`): part of the same time phrase. */
const CLOCK_AFTER = /^(?:(?:上午|下午|中午|晚上|凌晨|早上)?\d{1,2}(?:时|点|:\d{2})(?:\d{1,2}分|半)?)/

/**
 * The time phrase that opens a sentence and ends its first clause (`2017年，…`, `截至2018年底，…`,
 * `今年以来，…`, `目前，…`, `省统计局今天（5月6日）发布的数据显示，截至4月底，…`): the frame of the
 * sentences after it in the paragraph. A statistical period (`1—2月份`, `一季度`) frames its
 * clause without a comma too (`受…拖累，1—4月份全省出口额…`). A date inside a sentence
 * (`李振华同志2016年3月在宁德考察时说`) is an event, not a frame, and is not carried.
 */
export function topicTimeOf(folded: string, span: Span, times: TimeMention[]): TimeMention | undefined {
  for (let k = 0; k < times.length; k++) {
    const first = times[k] as TimeMention
    // No lead pattern reaches past 120 characters: a sentence without punctuation is not read to its end.
    if (first.start - span.start > 120) break
    // (`<p dir="ltr"><span>今年前三季度，…`: the tags that open a paragraph of a saved page are no words before the time.)
    const lead = folded.slice(span.start, first.start).replace(HTML_TAGS, '')
    if (/[。；;]/.test(lead)) break
    // (`根據…通報，大陸地區10日新增確診病例103例，…；本土病例85例`: a day's report, its place before the day, frames the
    // sentences after it, as an opening time phrase does.)
    if (DAILY_FORMS.has(first.form.type) && DAY_REPORT_LEAD.test(lead) && DAY_REPORT_AFTER.test(folded.slice(first.end, first.end + 4))) return first
    // (`統計處今日公布本港去年10至12月的失業率，…`: the period of the statistic a release publishes frames the sentences after it.)
    if (first.form.type === 'span' && PUBLISHED_BEFORE.test(lead) && /^\s*的/.test(folded.slice(first.end, first.end + 2))) return first
    if (!TOPIC_LEAD.test(lead) && !SOURCE_LEAD.test(lead) && !FRAMING_LEAD.test(lead)) continue
    // Two time words in a row (`2017年5月以来`) are one phrase; the last one is the frame.
    let last = first
    for (let j = k + 1; j < times.length && (times[j] as TimeMention).start <= last.end + 1; j++) last = times[j] as TimeMention
    const clock = CLOCK_AFTER.exec(folded.slice(last.end, last.end + 10))
    // (`5月当月，…`: 当月 after a month names that month alone.)
    const alone = last.form.type === 'month' && folded.startsWith('当月', last.end) ? 2 : 0
    const end = last.end + (clock ? clock[0].length : alone)
    if (/[，,]/.test(folded.slice(end, end + 1))) return last
    // Without a comma, only a span whose clause states a figure (`1—4月份全省出口额同比增长5.2%`).
    const clause = /^[^，,。；;！？!?]*/.exec(folded.slice(end, end + 80))?.[0] ?? ''
    // (A statistical month too, `初步测算，2月份4个城市…价格持平`: 月份 names a month of statistics, never an event's date.)
    const statisticalMonth = last.form.type === 'month' && folded.slice(last.end - 2, last.end) === '月份'
    // (A company's fiscal period or a quarter named relative to the article likewise: `歐舒丹公布，上季銷售淨額約5.73億歐元`.)
    if ((last.form.type === 'span' || last.form.type === 'fiscal' || last.form.type === 'relative-quarter' || statisticalMonth) && !/[在于]/.test(folded.slice(end, end + 1)) && /\d/.test(clause)) return last
  }
  return undefined
}

/** Forms of a time that may open a sentence without a comma and still frame a breakdown after it (`去年本港銀行信貸按年增長1.2%。當中…`). */
const LEAD_FORMS: ReadonlySet<string> = new Set(['year', 'relative-year', 'span', 'month', 'fiscal', 'relative-quarter'])

/**
 * The time a sentence opens on, comma or not (`去年本港銀行信貸按年增長1.2%`): the period of a breakdown of its
 * figures that opens the next sentence (`當中在港使用的貸款增長2.2%`), which names no time of its own.
 */
export function leadTimeOf(folded: string, span: Span, times: readonly TimeMention[]): TimeMention | undefined {
  const first = times[0]
  if (!first || first.start - span.start > 40 || !LEAD_FORMS.has(first.form.type)) return undefined
  if ('edge' in first.form && first.form.edge === 'since') return undefined
  const lead = folded.slice(span.start, first.start).replace(HTML_TAGS, '')
  return TOPIC_LEAD.test(lead) ? first : undefined
}

/** A sentence that opens on a breakdown of the figures before it (`當中…`, `其中，…`). */
export const OPENS_BREAKDOWN = /^[\s“”"]*(?:当中|其中)/

/** Words before a time phrase that make it a comparison base (`较去年同期`, `比上年`), not the claim's period. */
const BASE_BEFORE = /(?:较|比|比较|相比|相较|相较于|相对于|同比|与|和|跟|对比|有别于|不同于|区别于|低于|高于|多于|少于)(?:上年|去年|前年|上月|上届)?$/
/** A comparison word and a modifier ending in 的 before a time (`比历史最多的上年年底`): a base too. */
const MODIFIED_BASE_BEFORE = /(?:较|比)[^，,。；;、：:\d较比]{1,8}的$/

/** Whether the time `t` is a comparison base (`BASE_BEFORE`, `MODIFIED_BASE_BEFORE`). */
function isBaseTime(folded: string, t: TimeMention): boolean {
  return BASE_BEFORE.test(folded.slice(Math.max(0, t.start - 4), t.start)) || MODIFIED_BASE_BEFORE.test(folded.slice(Math.max(0, t.start - 11), t.start))
}
/** What stands between a comparison base's time and the base's own figure (`去年的`, `2018-19年度有`). */
const BASE_OWN_VALUE = /^\s*(?:同期)?(?:的|有|为|為|是|共有|录得|錄得)\s*$/
/** Verbs of change: a number after `升至`/`降到` is the new level, not a figure of the period named before the old one. */
const CHANGE_TO = /(?:升至|升到|增至|增到|降至|降到|减至|减到|提高到|提高至|提升至|提升到|下降到|下降至|上升到|上升至|增长到|增长至|跌至|涨至|回落至|扩大到|缩小到|变为|变成|转为|转成)/

/**
 * The time words that give a number its period: the nearest before it in its sentence, skipping a
 * comparison base (`较去年同期增长6.8%` is this year's growth), after a change verb the time of the
 * old value (`由去年的56.1分升至60.5分`: 60.5 is not last year's), a date embedded in an earlier
 * clause (`另有5宗涉及6月1日晚…被拒登机，20宗个案…`: the date of the event told in that clause), and a
 * bare year naming a programme after an as-of date of the same year (`截至3月8日，2026年家电下乡补贴覆盖…`).
 */
function periodWordsFor(folded: string, marks: Marks, times: readonly TimeMention[], q: Quantity, quantities: readonly Quantity[], framed: boolean): TimeMention | undefined {
  // Times are sorted by start: from the last one starting before the number, back to the sentence start.
  const lo = partition(times, (time) => time.start < q.start)
  let oldSkipped = false
  const bases = basesOf(folded, times)
  for (let k = lo - 1; k >= 0; k--) {
    // A block of comparison bases whose text to the number holds a character that is no part of
    // `BASE_OWN_VALUE` is all skipped below: jumped over at once (each number walked back over every
    // base of the sentence, quadratic in a sentence of thousands of `比…年增长…`).
    if (bases.base[k] && (bases.runEnd[k] as number) < q.start) {
      k = bases.blockStart[k] as number
      continue
    }
    const t = times[k] as TimeMention
    if (!(t.start < q.start && t.end <= q.end)) continue
    const between = folded.slice(t.end, q.start)
    // (`跟去年2018-19年度有1,341名`, `比2017年的1516.2亿元增长…`: the base's own figure is of the base's time.)
    if (isBaseTime(folded, t) && !BASE_OWN_VALUE.test(between)) continue
    // Only the nearest time before the old value is its time (`1—8月份，…由去年全年下降2.1%转为…0.9%`).
    if (!oldSkipped && between.length < 200 && oldValueTime(between, t, quantities)) {
      oldSkipped = true
      continue
    }
    // (Whether a clause break or a bracket lies between the time and the number is looked up in the
    // segment's sorted marks: searching `between` for it read back to the time from every number,
    // quadratic in a long sentence whose only time opens it.)
    if (inAside(folded, marks, t, q.start)) continue
    const broken = firstAtOrAfter(marks.breaks, t.end) < q.start
    if (broken && opensContrast(folded, 0, t.start)) continue
    if (REPORT_AFTER.test(folded.slice(t.end, t.end + 4))) continue
    if (framed && embeddedEvent(folded, t, broken)) continue
    if (t.form.type === 'year' && t.form.edge === undefined && !t.form.asOf) {
      const asOf = earlierAsOf(folded, times, k, t.form.year)
      if (asOf) return asOf
    }
    return t
  }
  return undefined
}

/**
 * A news report right after a time word (`众新闻去年报道的7次招标`): when the press reported, not the
 * time of the figure. (An agency's `2017年10月披露`, `公布` dates its data and is kept.)
 */
const REPORT_AFTER = /^\s*(?:的)?(?:报道|报导)/

/** Whether a change verb follows right after a number that comes after the time `t` (`去年的56.1分升至`). */
function oldValueTime(between: string, t: TimeMention, quantities: readonly Quantity[]): boolean {
  const verb = CHANGE_TO.exec(between)
  if (!verb) return false
  const at = t.end + verb.index
  // (Quantities are sorted by start: only those from the time's end to the verb are read, not the
  // whole sentence for every time and number. One ending by `at` starts before it.)
  for (let k = partition(quantities, (o) => o.start < t.end); k < quantities.length && (quantities[k] as Quantity).start < at; k++) {
    const o = quantities[k] as Quantity
    if (o.end <= at && at - o.end <= 2) return true
  }
  return false
}

/**
 * Whether the time is in brackets closed before the number and restating a term
 * (`服务期1个月（2019年5月1日至31日），服务费为265万元`) or holding a figure of its own
 * (`（上一年为893亿日元），…`): an aside, not the period of a later figure.
 */
function inAside(folded: string, marks: Marks, t: TimeMention, numberStart: number): boolean {
  // (The first closing bracket after the time, before the number, and no opening one before it.)
  const close = firstAtOrAfter(marks.closes, t.end)
  if (close >= numberStart || firstAtOrAfter(marks.opens, t.end) < close) return false
  // The bracket restates a term given just before it (`合约期1个月（…）`, `为期两年（…）`); `上周(1月29日~2月2日)` names the period itself.
  // The bracket opens at most 40 characters before the time (a bounded look back: no scan of the whole text).
  const window = folded.slice(Math.max(0, t.start - 40), t.start)
  const at = Math.max(window.lastIndexOf('（'), window.lastIndexOf('('))
  if (at < 0 || /[）)]/.test(window.slice(at))) return false
  // (`（上一年为893亿日元黑字），…为5000亿日元`: a time in brackets that holds a figure of its own is that figure's time.)
  if (/[0-9０-９]/.test(folded.slice(t.end, close))) return true
  const open = t.start - window.length + at
  return /(?:\d+|[一二两三四五六七八九十]+)(?:个月|個月|年|天|日|周|週|星期)$|(?:合约期|合約期|期限|任期|工期|为期|為期|租期)$/.test(folded.slice(Math.max(0, open - 10), open))
}

/** A day word opening a clause, then an opening bracket (`今天（`, `昨日(`). */
const DAY_WORD_OPEN = /^\s*(?:今天|昨天|前天|今日|昨日|前日|当天|當天|当日|當日|本周|本週)\s*[（(]$/

/** A day date inside a clause before the number's (`涉及6月1日晚部分乘客…，20宗`): the date of that clause's event. */
function embeddedEvent(folded: string, t: TimeMention, broken: boolean): boolean {
  if (t.form.type !== 'day' || t.form.edge !== undefined || t.form.daily || /^(?:截至|截止|到)/.test(folded.slice(t.start, t.start + 2))) return false
  if (!broken) return false
  // Mid-clause: after a verb or noun of its clause, not opening it (`而截至…`, `3月4日，…` open theirs).
  const lead = /[^，,；;：:。！？!?\n]*$/.exec(folded.slice(Math.max(0, t.start - 30), t.start))?.[0] ?? ''
  // `今天（3月9日），…`: the date in brackets restates the day word that opens the clause.
  if (DAY_WORD_OPEN.test(lead)) return false
  return /[\u4e00-\u9fff]{2}/.test(lead.replace(/^(?:而|但|并|且|另|另有|同时|其中|此外)/, '')) && !/[在于自从至到]$/.test(lead)
}

/** An as-of time (`截至2月23日`) before the `k`-th time of the same year, when the sentence has one. */
function earlierAsOf(folded: string, times: readonly TimeMention[], k: number, year: number): TimeMention | undefined {
  for (let j = k - 1; j >= 0 && (times[k] as TimeMention).start - (times[j] as TimeMention).start < 200; j--) {
    const t = times[j] as TimeMention
    const f = t.form
    if (!/^(?:截至|截止)/.test(folded.slice(t.start, t.start + 2)) || (f.type !== 'month' && f.type !== 'day')) continue
    if (f.year === undefined || f.year === year) return t
  }
  return undefined
}

/** Sorted positions of a segment's clause breaks (`，,；;`) and brackets, listed once per segment. */
interface Marks {
  breaks: number[]
  closes: number[]
  opens: number[]
}
const segmentMarks = new WeakMap<SegmentContext, Marks>()

function marksOf(ctx: SegmentContext): Marks {
  let marks = segmentMarks.get(ctx)
  if (!marks) {
    marks = {breaks: [], closes: [], opens: []}
    const {folded} = ctx
    for (let i = 0; i < folded.length; i++) {
      const c = folded[i]
      if (c === '，' || c === ',' || c === '；' || c === ';') marks.breaks.push(i)
      else if (c === '）' || c === ')') marks.closes.push(i)
      else if (c === '（' || c === '(') marks.opens.push(i)
    }
    segmentMarks.set(ctx, marks)
  }
  return marks
}

/** The first of the sorted positions at or after `from`, or Infinity. */
function firstAtOrAfter(positions: readonly number[], from: number): number {
  return positions[partition(positions, (p) => p < from)] ?? Infinity
}

/** Characters `BASE_OWN_VALUE` is made of: a text with another one is no base's own value. */
const OWN_VALUE_CHARS = /[\s同期的有为為是共录得錄]/

/**
 * For the times of a sentence: which follow a comparison word (`BASE_BEFORE`), where each base
 * block (consecutive bases) starts, and the farthest end of a run of `OWN_VALUE_CHARS` from the end
 * of any base of the block up to this one (a number after it is read past all of them).
 */
interface Bases {
  base: boolean[]
  blockStart: number[]
  runEnd: number[]
}
const sentenceBases = new WeakMap<readonly TimeMention[], Bases>()

function basesOf(folded: string, times: readonly TimeMention[]): Bases {
  let bases = sentenceBases.get(times)
  if (bases) return bases
  bases = {base: [], blockStart: [], runEnd: []}
  for (let k = 0; k < times.length; k++) {
    const t = times[k] as TimeMention
    const base = isBaseTime(folded, t)
    let run = t.end
    while (run < folded.length && OWN_VALUE_CHARS.test(folded[run] as string)) run++
    const inBlock = base && k > 0 && bases.base[k - 1] === true
    bases.base.push(base)
    // (blockStart is the block's first index: the loop's `k--` then reads the time before the block.)
    bases.blockStart.push(inBlock ? (bases.blockStart[k - 1] as number) : k)
    bases.runEnd.push(inBlock ? Math.max(run, bases.runEnd[k - 1] as number) : run)
  }
  sentenceBases.set(times, bases)
  return bases
}
