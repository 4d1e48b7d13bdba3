// Metrics: what a number counts (the noun after it, the phrase before it, an inherited one) and what narrows it.

import {TOLL_UNITS, type Quantity} from '@jiaodui/zh-number'
import {isBareCount} from './bare-count.js'
import {classifierNoun, householdCount} from './classifier-noun.js'
import {namesPerson} from './clause-subject.js'
import {CLAUSE_WINDOW, type SegmentContext, type SentenceState} from './context.js'
import {isGoverningVerb, isListTotal, isMoneyNoun, isPassedMark, nounAfter, qualifierOf, unitClassOf} from './metric.js'
import {clauseSubject, inSeasonalAdjustment, nounOfWords, phraseBefore, STATISTIC_ACRONYM, type Phrase} from './phrase.js'
import {FOREIGN_PLACE_NAMES, type ScopeMention} from './scopes.js'
import {MARKET_SHORT_NAMES} from './news-words.js'
import {stockMover} from './stock-mover.js'
import {isNominal, type Word, type WordIndex} from './segment.js'
import {inClauseWindow, indexOfMention, overlapping, partition} from './spans.js'
import {clauseStart} from './text.js'
import {indexBefore} from './topic.js'
import {BARE_TRADE, RATE_OF_CHANGE} from './taxonomy.js'
import type {ClaimMetric} from './types.js'

/**
 * Whether the values after `分别` share the phrase before it (`投考督察的人数分别为7,734及7,350人`): the
 * previous value's metric is a phrase written right before `分别` (not a member of a list: `综合、地产`),
 * and only a verb stands between `分别` and the first value (`分别以…` is a means, not a statement).
 */
function sharesBeforeRespective(folded: string, sentenceStart: number, lastMetric: {text: string; end: number}): boolean {
  const window = folded.slice(Math.max(sentenceStart, lastMetric.end - 40), lastMetric.end)
  const respective = /(?:分别|分別)((?:[^，,。；;]|(?<=\d),(?=\d))*)$/.exec(window)
  if (!respective || /^(?:以|对|對|在|从|從|由|向|将|將|把)/.test(respective[1] as string)) return false
  // (Read without 的: `投考督察的人数` is the phrase `投考督察人数`.)
  const before = window.slice(0, respective.index).replace(/的/g, '')
  const at = before.lastIndexOf(lastMetric.text)
  if (at < 0 || at + lastMetric.text.length + 4 < before.length) return false
  return !/[、和及与與]/.test(before[at - 1] ?? '')
}

/** Between the old and the new value of a change: a verb of change, 到/至, and the new value's time (`减少到2019年的`). */
const NEW_VALUE = /^(?:[^，,。；;\d]{0,4})(?:增加|减少|增长|下降|上升|降低|提高|提升|回落|扩大|缩小|增|减|升|降|涨|跌)(?:到|至)(?:\d{4}年|去年|今年|上年|前年)?(?:底|末)?的?$/

/**
 * A count followed by what it is (`当中10宗为输入个案`, `其中3人是女性`, `5宗属本地个案`): the noun phrase
 * after the copula names the counted things, when it closes the clause.
 */
function categoryAfter(ctx: SegmentContext, q: Quantity, sentenceEnd: number): {text: string; linked: boolean} | undefined {
  if (q.kind !== 'count' || q.unit === null) return undefined
  const {folded, words} = ctx
  const copula = /^(?:为|為|是|属|屬)/.exec(folded.slice(q.end, q.end + 2))
  if (!copula) return undefined
  const from = q.end + copula[0].length
  let end = from
  while (end < sentenceEnd && end - from < 16 && !/[，,。；;！？!?\n（(]/.test(folded[end] as string)) end++
  if (end - from < 2 || (end < sentenceEnd && !/[，,。；;！？!?\n]/.test(folded[end] as string))) return undefined
  const list = words.wordsIn(from, end).filter((w) => w.start >= from && w.end <= end)
  const whole = list.map((w) => w.word).join('')
  // (`输入/v 个案/n`: a verb before the noun that closes the clause modifies it.)
  const modified = list.length >= 2 && /^v/.test((list[0] as Word).tag) && list.slice(1).every((w) => isNominal(w)) ? whole : undefined
  const text = nounOfWords(list) ?? modified
  // The phrase must be the whole rest of the clause (`为输入个案。`), not the start of a predicate (`为期两年`).
  return text !== undefined && whole === text && list[0]?.start === from ? {text, linked: false} : undefined
}

/** Speech right after a clause's subject (`警方则指最多有…`, `大会称…`): the subject is who speaks. */
const SPEECH_AFTER = /^(?:则|也|亦|又|更|就)?(?:指|指出|称|說|说|表示|透露|估计|估算|认为|強調|强调)/

/** The clause subject, unless it is who speaks (`警方则指最多有33.8万人` counts no 警方). */
function spokenBy(folded: string, subject: Phrase | undefined): Phrase | undefined {
  if (subject === undefined) return undefined
  // (`大会/n 指/n`: the segmenter may read the speech verb 指 or 称 into the subject.)
  const glued = /[指称稱]$/.test(subject.text) && SPEECH_AFTER.test(folded.slice(subject.end - 1, subject.end + 3))
  return glued || SPEECH_AFTER.test(folded.slice(subject.end, subject.end + 4)) ? undefined : subject
}

/** An age with a bound after it (`65岁以上`, `18岁以下`, `60周岁及以上`), ending right before a noun phrase. */
const AGE_BOUND = /(?:\d{1,3}|[一二三四五六七八九十]{1,3})(?:周)?岁(?:及|或)?(?:以上|以下)$/
const AGE_UNIT = /^(?:岁|周岁)$/

/** Whether a quantity is an age followed by 以上/以下 (a qualifier of the noun after it). */
function ageBoundAt(folded: string, q: Quantity): boolean {
  return q.unit !== null && AGE_UNIT.test(q.unit) && (/(?:以上|以下)$/.test(folded.slice(q.start, q.end)) || /^(?:及|或)?(?:以上|以下)/.test(folded.slice(q.end, q.end + 3)))
}

/** A phrase read right after an age bound takes it (`65岁以上人口`: the old, not the whole population). */
function withAgeBound(folded: string, found: Found | undefined): Found | undefined {
  if (found?.start === undefined) return found
  const bound = AGE_BOUND.exec(folded.slice(Math.max(0, found.start - 8), found.start))
  return bound ? {...found, text: bound[0] + found.text, start: found.start - bound[0].length} : found
}

/** A noun right after `N人` that the people have (`两人总得票`), not a bound or a link (`千人以上的`). */
const PEOPLE_OWN = /^(?!以上|以下|以内|左右|的|及|和|与|或|之)[\u4e00-\u9fff]/

/** Only a copula between a subject and its figure (`…失业率为5.7%`, `…收入达`). */
const COPULA_ONLY = /^(?:为|為|是|达|達|达到|達到|约为|約為|约|約)?$/
/** Nouns of a rate or an amount, which a count before them qualifies (`31个大城市城镇失业率`). */
const RATE_OR_AMOUNT = /(?:率|比重|占比|比例|额|价格|收入|指数|总值|产值|增加值)$/

/** Kinds of quantity that own the noun after them (a year or a date does not: `2025年春节假期`). */
export const AMOUNT_KINDS = new Set(['count', 'money', 'percent', 'permille', 'percentage-point', 'range', 'fraction'])

/** Units of grades and tiers (`一级毒品`, `三类`, `二线城市`): part of a noun, not a number of the clause. */
const GRADE_UNIT = /^[级級类類线線星]$/

/** Whether a quantity is a grade or tier written inside a noun phrase (`海洛因等一级毒品`). */
function isGrade(q: Quantity): boolean {
  return q.kind === 'count' && GRADE_UNIT.test(q.unit ?? '')
}

/** A number being read: its index in the sentence, and how far back its clause and window reach. */
export interface NumberAt {
  readonly q: Quantity
  readonly index: number
  /** Backward scans stop here, CLAUSE_WINDOW characters before the number at most. */
  readonly floor: number
  readonly clauseStart: number
}

/** What a number counts: the metric's folded text, how it was found, and its text as written. */
export interface NumberMetric {
  readonly noun: string | undefined
  readonly via: ClaimMetric['via']
  readonly surface: string
  /** For a figure in a table, the first cell of its row. */
  readonly row?: string | undefined
  /** Whether a partner phrase (`对X`, `与X`) came right before the metric. */
  readonly partner?: boolean
  /** The verb of a market report cut from the end of the metric (`恒指收报` → `收报`): the closing level, when the rest only names the subject. */
  readonly report?: string | undefined
  /** The stock a market report's figure is of (`中海油急升14%`): the figure's scope (`stock-mover.ts`). */
  readonly mover?: string | undefined
  /** Where the whole a breakdown's figure is part of starts (`新增221例…分布在台南市197例`): the figure is counted as the whole is. */
  readonly whole?: number | undefined
}

/**
 * The metric of a number: the noun after it, else the noun phrase before it (places and times
 * blanked). A number earlier in the clause owns the words up to the end of its noun
 * (`96个行政村和4个…`). Only the numbers of this clause are looked at (sorted; walked back from
 * this one), so a sentence of thousands of numbers costs linear time. Records the metric in the
 * sentence for the numbers after it.
 */
export function metricOfNumber(ctx: SegmentContext, sentence: SentenceState, at: NumberAt): NumberMetric {
  const {folded, source} = ctx
  const {span} = sentence
  const {q, index, clauseStart: cs} = at
  const mover = stockMover(ctx, sentence, q, index)
  if (mover) return {noun: mover.metric, via: 'verb', surface: mover.metric, mover: mover.name}
  // (`6死14傷`: the unit of a toll is what it counts, the dead and the injured.)
  if (q.kind === 'count' && q.unit !== null && TOLL_UNITS.has(q.unit)) return {noun: q.unit === '死' ? '死' : '伤', via: 'noun', surface: source.slice(q.end - 1, q.end)}
  const inClause: Quantity[] = []
  for (let k = index - 1; k >= 0; k--) {
    const other = sentence.quantities[k] as Quantity
    if (other.end < cs) break
    if (other.end <= q.start && !isGrade(other)) inClause.push(other)
  }
  let from = cs
  const asides = [...folded.slice(cs, q.start).matchAll(/[（(][^（）()]{1,30}[）)]/g)].map((m) => ({start: cs + m.index, end: cs + m.index + m[0].length}))
  for (const other of inClause) {
    if (!AMOUNT_KINDS.has(other.kind)) continue
    // (`月退休所得（含18%優存）為7萬元`: a number in an aside closed before this one is not what this one follows.)
    if (asides.some((a) => other.start >= a.start && other.end <= a.end)) continue
    // (`65岁以上人口达350万人`: an age bound qualifies the phrase after it; it counts nothing.)
    if (ageBoundAt(folded, other)) continue
    // (`两人总得票较上届大增6000票`: 人 is itself what a count of people counts; the noun after it is
    // what the people have, which the later figure measures.)
    if (other.kind === 'count' && other.unit === '人' && q.unit !== '人' && PEOPLE_OWN.test(folded.slice(other.end, other.end + 3))) continue
    const noun = nounAfter(folded, other, span.end)
    // `31个大城市城镇失业率为5.7%`: a count inside the subject of a rate or amount qualifies it; the
    // phrase after the count is what the figure measures.
    if (noun && other.kind === 'count' && q.kind !== 'count' && COPULA_ONLY.test(folded.slice(other.end + noun.length, q.start)) && RATE_OR_AMOUNT.test(noun)) {
      from = Math.max(from, other.end)
      continue
    }
    // (The noun as the segmenter cuts it: `335名乘客有武汉乘客116人` — zh-number's noun runs on past 有.)
    const owned = noun ? (nounAfterOnWords(ctx.words, noun, other, span.end) ?? noun) : ''
    from = Math.max(from, other.end + (noun && noun.startsWith(owned) ? owned.length : (noun?.length ?? 0)))
  }
  const blockers = [...overlapping(sentence.scopes, cs, q.start), ...overlapping(sentence.times, cs, q.start), ...inClause, ...causesIn(folded, cs, q.start)]
  // Money is named before the amount (`投入扶持资金1380万元`) more often than after it.
  // A count right after a list of names (`东川农科院、…、北湖电力6个单位`) counts the list: no metric.
  const listTotal = isListTotal(folded, span.start, cs, q.start)
  const read = withoutReportEnd(withAgeBound(folded, listTotal ? undefined : metricOf(ctx, sentence, q, cs, from, blockers, inClause)))
  const own = trimmedEnds(votesOf(folded, q, restOf(folded, q, ctx.article.region === 'CN' ? read : priceKindOnly(read))))
  // (`拖欠率最高的是某组（0.84%）`: the group in a ranking is who ranks, the ranked thing what its bracketed figure measures.)
  const listed = placeListThing(folded, span.start, span.end, q, own) ?? (own === undefined || rankedGroupFigure(folded, span.start, q) ? rankedThing(ctx, span.start, q, sentence.scopes) : undefined) ?? own
  // (A row's own label, `甲区：61.5%`, is the row (`of:`), not what the heading above the rows names.)
  const heading = listed === undefined || listed.text === labelOfLine(folded, q) ? headingOfRows(folded, q) : undefined
  const found = withEventVerb(ctx, sentence, q, referredMetric(ctx, span.paragraph, listed) ?? changeOfLast(ctx, sentence, q, cs, listed) ?? (listed === undefined ? nextInEnumeration(folded, sentence, q, index) : undefined) ?? heading ?? listed ?? objectBefore(ctx, sentence, q, cs))
  const noun = found?.text
  const via = found?.via ?? 'none'
  // (A verb names one allocation, not a statistic: numbers after it do not inherit it.)
  // (A metric referred back to, `该指标`, is named in the sentence: later figures of it go on with it.)
  if (found && (via !== 'inherited' || found !== listed) && via !== 'verb') {
    sentence.lastMetric = {text: found.text, end: q.end}
    sentence.metrics.push(sentence.lastMetric)
  }
  const partner = found?.partner === true || (found?.start !== undefined && /[对與与][\u3400-\u9fff]{0,3}$/.test(folded.slice(Math.max(0, found.start - 4), found.start)))
  let surface = ''
  if (found && noun) {
    const position = positionOf(ctx, sentence, q, found)
    surface = position >= 0 ? source.slice(position, found.end ?? position + noun.length) : noun
  }
  return {noun, via, surface, row: found?.row ?? buildingOpening(folded, cs, q.start), partner, report: found?.report, whole: found?.whole}
}

/** Where a metric found for `q` starts in the text: where it was read, else its nearest place after (a noun after the figure) or before. */
function positionOf(ctx: SegmentContext, sentence: SentenceState, q: Quantity, found: Found): number {
  const {span} = sentence
  return found.start ?? (found.via === 'noun' ? ctx.nouns.from(found.text, q.end, span.end) : ctx.nouns.upTo(found.text, q.start, span.start))
}

/** Events a count is named by, the verb before its counting noun (`遷入人口數`, `結婚對數`, `死亡個案`, `净增人口`). */
const EVENT_VERB = /(?:净增|新增|净迁入|净迁出|迁入|迁出|移入|移出|结婚|离婚|出生|死亡|确诊|出院|住院|入境|出境|就业|失业|受伤|遇难|失踪|感染|治愈|参保|投保|登记|入学|毕业|报名|投考|录取|复电|修复)$/
/** Nouns that count without saying what (`人口數`, `對數`, `個案`): the event before them says it. */
const COUNTING_NOUN = /^(?:人口数?|对数|人数|件数|户数|次数|人次|宗数|个案|病例)(?:部分)?$/

/**
 * A counting noun read as the metric with the event it counts right before it (`8月遷入人口數為10萬3978人`, `離婚對數為4767對`,
 * `本土死亡個案`): the segmenter cut the verb off as a predicate; the statistic is the event's count (`迁入人口数`, `离婚对数`).
 */
function withEventVerb(ctx: SegmentContext, sentence: SentenceState, q: Quantity, found: Found | undefined): Found | undefined {
  if (!found || found.via === 'inherited' || !COUNTING_NOUN.test(found.text)) return found
  const position = positionOf(ctx, sentence, q, found)
  if (position < 0) return found
  const verb = EVENT_VERB.exec(ctx.folded.slice(Math.max(0, position - 3), position))?.[0]
  const noun = found.text.replace(/部分$/, '')
  return verb === undefined ? found : {...found, text: verb + noun, start: position - verb.length, end: position + noun.length}
}

/** A cause named before a move (`受美股拖累`, `受外需带动`, `因疫情影响`): what made the figure move, not what it measures. */
const CAUSE = /(?:受到?|因|随)([^，,。；;：:、]{1,10}?)(?:的)?(?:拖累|带动|影响|牵连|波及|拖低|推动|提振|打压|冲击)/g

/** A stock market's short name (`台股`, `港股`): the scope of its figures (`org:`), never what they measure. */
const MARKET_WORD = new RegExp(MARKET_SHORT_NAMES.join('|'), 'g')

/** The causes, the markets' short names and what a causative verb follows between `from` and `to`, as spans that end a noun phrase. */
function causesIn(folded: string, from: number, to: number): Array<{start: number; end: number}> {
  const out: Array<{start: number; end: number}> = []
  const window = folded.slice(from, to)
  for (const m of window.matchAll(CAUSE)) out.push({start: from + m.index, end: from + m.index + m[0].length})
  for (const m of window.matchAll(MARKET_WORD)) out.push({start: from + m.index, end: from + m.index + m[0].length})
  // (`早前的大型新股認購活動令銀行存款…增加6.4%`: what a causative verb follows made the figure move; what it measures comes after.)
  const causative = CAUSATIVE.exec(window)
  if (causative) out.push({start: from, end: from + causative.index + causative[0].length})
  return out
}

/** A causative verb (`令`, `使得`, `导致`) after the cause that opens a clause, not inside a word (`命令`, `大使`, `使用`). */
const CAUSATIVE = /(?<![命法指口禁政号律司大即行假纵])(?:令|使得|使|导致|致使|促使)(?![用馆命节团者人民])/

/** A building named at the opening of a clause, before a verb of having or recording (`映葵楼有87宗个案`, `某某大厦录得…`). */
const BUILDING_OPENING = /^\s*([\u4e00-\u9fff]{1,4}(?:楼|座|阁|苑|大厦|大楼))(?:有|录得|共有|涉及)/

/**
 * `映葵樓有87宗個案、涉及47個單位` in a report on an estate (`葵涌邨…涉及超過200個單位`): a building named at the opening of the
 * figure's clause is the figure's row (`of:映葵楼`), a part of the estate the scope names, not the estate.
 */
function buildingOpening(folded: string, cs: number, at: number): string | undefined {
  // (From the last comma or sentence end, 30 characters back at most: `、涉及47个单位` goes on with the building's clause.)
  const back = folded.slice(Math.max(0, cs - 30), at)
  const mark = Math.max(back.lastIndexOf('，'), back.lastIndexOf('；'), back.lastIndexOf('。'), back.lastIndexOf(','), back.lastIndexOf('\n'))
  return BUILDING_OPENING.exec(back.slice(mark + 1, mark + 17))?.[1]
}

/**
 * `出口增长-0.8%；6月降幅进一步加大至-8.3%`: a bare rate of change before a figure, with no comparison base, is the change
 * of the thing the sentence counted last (carried, so weighed as inherited).
 */
function changeOfLast(ctx: SegmentContext, sentence: SentenceState, q: Quantity, cs: number, found: Found | undefined): Found | undefined {
  if (found?.via !== 'before' || found.start === undefined || !CHANGE_ALONE.test(found.text)) return undefined
  // (Only after a time that opens the clause, as in a month-by-month account: `跌幅2.94%` of a market report stays a move.)
  if (!onlyTimesBetween(ctx.folded, sentence, cs, found.start)) return undefined
  // (The sentence's own, else the paragraph's: `；` ends a sentence.)
  const paragraph = earlier.get(ctx)
  const last = sentence.lastMetric?.text ?? (paragraph?.paragraph === sentence.span.paragraph ? paragraph.thing : undefined)
  if (last === undefined || CHANGE_ALONE.test(last)) return undefined
  if (/(?:比|较)[^，,。；;]{0,12}$/.test(ctx.folded.slice(Math.max(cs, q.start - 14), q.start))) return undefined
  return {text: last, via: 'inherited'}
}

/**
 * `连续萎缩-9.2%、-3.2%和-0.6%`, `增长2%、3%和4%`: a value listed right after another of its kind, nothing but `、` or
 * `和` between, measures what the one before it measures.
 */
function nextInEnumeration(folded: string, sentence: SentenceState, q: Quantity, index: number): Found | undefined {
  const previous = sentence.quantities[index - 1]
  const last = sentence.lastMetric
  if (previous === undefined || last === undefined || last.end !== previous.end || previous.kind !== q.kind) return undefined
  // (Values after 分别 are each their own item's: `甲公司和乙公司分别以500亿元和400亿元居前`.)
  if (folded.slice(Math.max(sentence.span.start, previous.start - 24), previous.start).includes('分别')) return undefined
  return /^\s*[、和及与]\s*$/.test(folded.slice(previous.end, q.start)) ? {text: last.text, via: 'inherited'} : undefined
}

/** Whether `[from, to)` holds one time mention or more and nothing else but spaces and list marks. */
function onlyTimesBetween(folded: string, sentence: SentenceState, from: number, to: number): boolean {
  let rest = folded.slice(from, to)
  const times = overlapping(sentence.times, from, to)
  if (times.length === 0) return false
  for (const t of [...times].sort((a, b) => b.start - a.start)) rest = rest.slice(0, Math.max(0, t.start - from)) + rest.slice(Math.max(0, t.end - from))
  return /^[\s、，,和及与]*$/.test(rest)
}

/** A word for a figure that refers back (`该指标`, `这一数据`): what it measures was named before. */
const REFERRING_METRIC = /^(?:指标|数据|数字|数值|读数|增速|增幅)$/
const REFERRING_WORD = /(?:该|这一|这个|此|上述)$/

/**
 * `社会消费品零售总额…增长4.6%。该指标7月份增长2.5%`: a metric that is only a word for a figure, after a word
 * that refers back, is the thing the paragraph or the one before it last counted (carried, so weighed as
 * inherited). A bare `增速` after 该 is that thing's growth.
 */
function referredMetric(ctx: SegmentContext, paragraph: number, found: Found | undefined): Found | undefined {
  if (found?.start === undefined || !REFERRING_METRIC.test(found.text) || !REFERRING_WORD.test(ctx.folded.slice(Math.max(0, found.start - 2), found.start))) return undefined
  const last = earlier.get(ctx)
  if (last?.thing === undefined || paragraph - last.paragraph > 2 || REFERRING_METRIC.test(last.thing)) return undefined
  const text = /^增/.test(found.text) ? `${last.thing}增速` : last.thing
  return {text, via: 'inherited'}
}

/** A place's name before its bracketed figure in a list (`某某区(0.11%)`): the name ends like a district, city, county, province or state. */
const PLACE_ITEM = /([\u4e00-\u9fff]{1,8}[区市县道州省])$/
/** Another item of such a list after the figure (`、某某区(0.10%)`). */
const NEXT_PLACE_ITEM = /^[)）][、和及与][\u4e00-\u9fff]{1,10}[（(][^（()）、，,。；;]{1,14}(?=[)）])/
/** What the list's places share, named after the list and 的 (`…的全租价格都大幅上涨`, `…的上升率较高`). */
const LIST_THING = /^[)）]的([\u4e00-\u9fff]{2,8}?)(?=都|均|也|皆|较|分别|上涨|上升|下跌|下降|增长|减少|涨|升|跌|降|[，,。；;]|$)/
/** How many items of a list are read after a figure for what the list's places share (a list of any length stays linear). */
const PLACE_LIST_REACH = 20

/**
 * `某某区(0.11%)、某某区(0.10%)…的上升率较高`, `某某市(0.32%)、某某区(0.27%)的全租价格都大幅上涨`: figures in
 * brackets after places of a list measure what the list's places share, named after the list and 的, not
 * the place (a district the gazetteer does not hold was read as the thing). Only where nothing other than
 * the place's name was read as the figure's thing.
 */
function placeListThing(folded: string, sentenceStart: number, sentenceEnd: number, q: Quantity, own: Found | undefined): Found | undefined {
  if (!/[（(]/.test(folded[q.start - 1] ?? '') || !/[)）]/.test(folded[q.end] ?? '')) return undefined
  const place = PLACE_ITEM.exec(folded.slice(Math.max(sentenceStart, q.start - 10), q.start - 1))?.[1]
  if (place === undefined || (own !== undefined && !place.includes(own.text))) return undefined
  let at = q.end
  for (let k = 0; k < PLACE_LIST_REACH && at < sentenceEnd; k++) {
    const rest = folded.slice(at, Math.min(sentenceEnd, at + 40))
    const thing = LIST_THING.exec(rest)
    if (thing) return {text: thing[1] as string, via: 'subject', start: at + 2, end: at + 2 + (thing[1] as string).length}
    const next = NEXT_PLACE_ITEM.exec(rest)
    if (!next) return undefined
    at += next[0].length
  }
  return undefined
}

/** A superlative that ranks a thing, and what may come between it and the figure (`…最高，达到`, `…最低的是某组（`). */
const RANKED = /(最高|最低|最大|最小|最多|最少)(?:的是|的为|是|为)?[^，,。；;]{0,12}?[，,]?\s*(?:达到|达|为|是)?[^，,。；;]{0,12}?[（(]?$/
/** How far back a ranking is looked for in the sentence, in characters. */
const RANKED_REACH = 40
/** The rest of a ranking after its first (`…最高，…，其后依次是某组（…）、某组（`): the ranked thing goes on to the groups listed. */
const RANKED_ON = /(最高|最低|最大|最小|最多|最少)[^。；;]{0,60}?(?:依次|其次)(?:是|为)[^。；;]{0,30}?[（(]$/
/** How far back the start of a ranking is looked for from a group listed after it. */
const RANKED_ON_REACH = 110

/** A figure in brackets after a group that a ranking names (`最高的是某组（`, `其后依次是某组（`). */
function rankedGroupFigure(folded: string, sentenceStart: number, q: Quantity): boolean {
  if (!/[（(]$/.test(folded.slice(q.start - 1, q.start))) return false
  const before = folded.slice(Math.max(sentenceStart, q.start - RANKED_ON_REACH), q.start)
  return /(?:最高|最低|最大|最小|最多|最少)的(?:是|为)[^，,。；;（(]{1,12}[（(]$/.test(before) || RANKED_ON.test(before)
}

/**
 * `某组的平均贷款额度最高，达到6205万元`, `拖欠率最高的是某组（0.84%）`: a figure that names no thing of its own
 * after a superlative in its sentence is the ranked thing's, the noun phrase right before the superlative
 * (not a figure's clause of its own: only when nothing else named the figure's thing).
 */
function rankedThing(ctx: SegmentContext, sentenceStart: number, q: Quantity, scopes: readonly ScopeMention[]): Found | undefined {
  if (!AMOUNT_KINDS.has(q.kind)) return undefined
  let from = Math.max(sentenceStart, q.start - RANKED_REACH)
  let m = RANKED.exec(ctx.folded.slice(from, q.start))
  if (!m) {
    from = Math.max(sentenceStart, q.start - RANKED_ON_REACH)
    m = RANKED_ON.exec(ctx.folded.slice(from, q.start))
  }
  if (!m) return undefined
  const at = from + m.index
  const words = ctx.words.wordsIn(Math.max(sentenceStart, at - 16), at).filter((w) => w.end <= at)
  // (`周口市新建数量最多`: a place before the thing is its scope, not part of it.)
  const phrase = phraseBefore(words, (w) => w.start < sentenceStart || /[，,。；;]/.test(w.word) || placeOver(scopes, w))
  if (phrase && phrase.end === at && phrase.text.length >= 2) return {text: phrase.text, via: 'subject', start: phrase.start, end: phrase.end}
  return clauseOfContentWords(words, sentenceStart, at)
}

/**
 * The whole clause before `at` when it is made of content words only (`贷款/n 拖欠/v 率/v`, a statistic's
 * name the segmenter cuts into a verb), after a conjunction opening it (`而…`): two to ten characters.
 */
function clauseOfContentWords(words: readonly Word[], sentenceStart: number, at: number): Found | undefined {
  let k = words.length
  while (k > 0 && !/[，,。；;：:\s]/.test((words[k - 1] as Word).word) && (words[k - 1] as Word).start >= sentenceStart) k--
  // (The words read reach 16 characters back: a clause that starts before them is not read whole.)
  if (k === 0 && (words[0] === undefined || (words[0] as Word).start > sentenceStart)) return undefined
  const clause = words.slice(k).filter((w, j) => !(j === 0 && w.tag === 'c'))
  const first = clause[0]
  if (first === undefined || clause.some((w) => !/^[\u4e00-\u9fff]+$/.test(w.word) || !/^(?:n|nz|vn|v|b|j|l|ng)$/.test(w.tag))) return undefined
  const text = clause.map((w) => w.word).join('')
  if (text.length < 2 || text.length > 10 || !/^n/.test(first.tag)) return undefined
  return {text, via: 'subject', start: first.start, end: at}
}

/**
 * A count of 票 counts votes, whatever name or place the words before it give (`民主派…增加超过8,800票`,
 * `某界别299票`, `某会也大增4700多票`): 得票, as a count of 席 counts seats. A kind of vote already read
 * (`赞成票`, `提名票`, `得票率`) stays, and so do the cheques a flat sale receives (`收150票`).
 */
function votesOf(folded: string, q: Quantity, found: Found | undefined): Found | undefined {
  if (q.kind !== 'count' || q.unit !== '票' || found?.text.includes('票') === true) return found
  // (`首日收150票`, `累收近2700票`: cheques a new flat development receives, not votes.)
  if (/收$/.test(folded.slice(Math.max(0, q.start - 1), q.start)) || /收[近约逾超过]$/.test(folded.slice(Math.max(0, q.start - 2), q.start))) return found
  return {text: '得票', via: 'noun'}
}

/** Words before a count that make it the rest of a group (`其他219名乘客`, `其余3人`). */
const REST = /(?:其他|其它|其余|其餘|余下|餘下|剩下|剩余)$/

/**
 * `机上335名乘客…其他219名乘客在…`: a count after 其他/其余 counts the rest of a group, another
 * statistic than the group; the metric says so (`其他乘客`). Only for a noun read after the count.
 */
function restOf(folded: string, q: Quantity, found: Found | undefined): Found | undefined {
  if (!found || found.via !== 'noun' || !REST.test(folded.slice(Math.max(0, q.start - 2), q.start))) return found
  return {...found, text: '其他' + found.text.replace(/^(?:其他|其它|其余)/, '')}
}

/**
 * Readings of a figure that its own words settle before any other: bare digits before a noun of the
 * closed list (`同案13被告`), a stock's line (`腾讯(00700)跌7.03%`), a count that says what its things
 * are (`3个为路边监测站`), people counted by what they did not do (`15人未进行强制检测`).
 */
function ownReading(ctx: SegmentContext, q: Quantity, sentenceStart: number): Found | undefined {
  const {folded} = ctx
  if (isBareCount(folded, q)) return {text: q.unit as string, via: 'noun'}
  return stockQuote(folded, q, sentenceStart) ?? countIs(ctx, q) ?? negatedEvent(folded, q)
}

/** `16个监测站，13个为一般监测站、3个为路边监测站`: a count whose clause says what the counted things are. */
function countIs(ctx: SegmentContext, q: Quantity): Found | undefined {
  const kind = q.kind === 'count' && q.unit !== null ? COUNT_IS.exec(ctx.folded.slice(q.end, q.end + 14))?.[1] : undefined
  if (!kind) return undefined
  const end = q.end + 1 + kind.length
  // (A noun phrase, not a rank or a predicate: `20万人次为最大宗`, `68只为回售到期`.)
  const kindWords = ctx.words.wordsIn(q.end + 1, end)
  const last = kindWords.at(-1)
  if (/^[最主首第其]/.test(kind) || !last || !isNominal(last) || kindWords.some((w) => /^v/.test(w.tag) && w.end === end)) return undefined
  return {text: kind, via: 'noun', start: q.end + 1, end}
}

/** A count followed by 为/是 and a noun phrase closing the clause (`3个为路边监测站。`). */
const COUNT_IS = /^[为是]([\u4e00-\u9fff]{2,10})(?=[，,、；;。！？\n]|$)/

/** A stock's move right after its code (`腾讯(00700)跌7.03%`): the verb says whether it is a rise or a fall. */
const STOCK_MOVE = /[)）]\s*(?:(上涨|上升|急升|大涨|飙升|扬升|涨|升)|(下跌|下挫|急挫|大跌|重挫|急跌|下泻|泻|挫|跌|回落))$/
/** A stock's price after its code and its move (`腾讯(00700)跌7.03%，报410港元`). */
const STOCK_PRICE = /[)）][^，,；;。()（）]{0,14}[，,]\s*(?:收)?报$/

/**
 * The metric of a figure in a market report's line on one stock, named by its code in brackets:
 * a percentage after the move is 涨幅 or 跌幅, the amount after 报 is the closing price (收报).
 */
function stockQuote(folded: string, q: Quantity, sentenceStart: number): Found | undefined {
  if (q.kind !== 'percent' && q.kind !== 'money') return undefined
  const before = folded.slice(Math.max(sentenceStart, q.start - 24), q.start)
  if (!/[)）]/.test(before)) return undefined
  const move = q.kind === 'percent' ? STOCK_MOVE.exec(before) : null
  if (move) return {text: move[1] ? '涨幅' : '跌幅', via: 'noun'}
  return q.kind === 'money' && STOCK_PRICE.test(before) ? {text: '收报', via: 'noun'} : undefined
}

/** Kinds of price of Hong Kong and Taiwan retail news, longest first (`快闪价`, `会员价`, `市价`). */
const PRICE_KIND = /(?:会员价|快闪价|优惠价|促销价|网购价|团购价|市价|特价|原价|售价)$/

/**
 * A price kind with the product written before it (`48X市价`, `电视会员价`, `单机售价`): the metric is
 * the kind of price; the product is what the price is of, the figure's scope, not its statistic.
 * Only in Hong Kong and Taiwan articles (mainland statistics name the priced thing: `猪肉零售价`).
 */
function priceKindOnly(found: Found | undefined): Found | undefined {
  const kind = found && found.via !== 'inherited' ? PRICE_KIND.exec(found.text)?.[0] : undefined
  if (!found || !kind || kind === found.text) return found
  const cut = found.text.length - kind.length
  return found.start === undefined ? {...found, text: kind} : {...found, text: kind, start: found.start + cut}
}

/**
 * What ends a phrase read before an amount without naming the thing: the currency the amount is in
 * (`罚款新台币24万元`, `现金港币5万元`) and the verb of a market report (`恒指收报`, `结算价报每磅`).
 * Closed lists: currencies, and the few verbs a closing price is reported with.
 */
const REPORT_END = /(?:新台币|台币|港币|人民币|美元|日元|日圆|欧元|英镑|澳门币|收市报|收报|报收|(?<=[价指])报)$/

/** A verb of change closing a metric read before its figure (`食品价格下降2.9%`, `服务价格上涨0.8%`): the figure's change, not the thing. */
const CHANGE_END = /(?:下降|上涨|上升|下跌|增长|减少|增加|回落|回升|提高|降低|攀升|下滑)$/
/** Words of time opening a metric read before its figure (`同期总劳动人口`, `上季营运开支`): the figure's period, not the thing. */
const TIME_START = /^(?:同期|期内|上季|本季|当季|上月|本月|当月|上年|去年|今年|本年|当年|同年|全年)/

/**
 * A metric read before its figure without a verb of change at its end or a word of time at its
 * start, when a name of two characters or more is left: the noun phrase the figure measures.
 */
/** Words of a scope opening a metric (`全市GDP`, `本港失业率`, `中国CPI`; not `中国移动`, `国内生产总值`: names). */
const SCOPE_START = /^(?:全国|全市|全省|全区|全县|全州|全港|全澳|全台|全岛|本港|本澳|本市|本省|本县|本区|我国|我市|我省|我区|我县|中国(?=[A-Z]{2,4}(?![A-Za-z])))/
/** Bodies named with such a word (`全国人大代表`, `中国人民银行`): a name, kept whole. */
const BODY_AFTER_SCOPE = /^(?:人大|政协|总工会|妇联|工商联|人民|统一|共产党|国民党|证监会|银保监|奥委会|足协|篮协)/

function trimmedEnds(found: Found | undefined): Found | undefined {
  if (!found || (found.via !== 'before' && found.via !== 'subject')) return found
  let {text} = found
  let start = found.start
  let end = found.end
  const change = CHANGE_END.exec(text)?.[0]
  if (change && text.length - change.length >= 2) {
    text = text.slice(0, -change.length)
    if (end !== undefined) end -= change.length
  }
  const time = TIME_START.exec(text)?.[0]
  if (time && text.length - time.length >= 2) {
    text = text.slice(time.length)
    if (start !== undefined) start += time.length
  }
  // (`中国CPI`, `全市GDP`: the place is the scope's, not part of what is counted.)
  const place = SCOPE_START.exec(text)?.[0]
  if (place && text.length - place.length >= 2 && !BODY_AFTER_SCOPE.test(text.slice(place.length))) {
    text = text.slice(place.length)
    if (start !== undefined) start += place.length
  }
  return text === found.text ? found : {...found, text, ...(start !== undefined ? {start} : {}), ...(end !== undefined ? {end} : {})}
}

/**
 * Kinship words that open a metric read before a number (`婆婆老人年金`, `丈夫月薪`): whose the money is,
 * not what it is. Closed list of the kinship terms of family stories.
 */
const KIN_START = /^(?:婆婆|公公|先生|太太|丈夫|妻子|老公|老婆|儿子|女儿|父亲|母亲|爸爸|妈妈|阿嬷|阿公|奶奶|爷爷|外婆|外公|哥哥|姐姐|弟弟|妹妹|孙子|孙女)/

/**
 * A metric read before the number without its currency or report verb at the end or a kinship word
 * at the start, when a name of two characters or more is left.
 */
function withoutReportEnd(found: Found | undefined): Found | undefined {
  if (!found || (found.via !== 'before' && found.via !== 'subject')) return found
  const kin = KIN_START.exec(found.text)?.[0]
  if (kin && found.text.length - kin.length >= 2) {
    found = {...found, text: found.text.slice(kin.length), ...(found.start !== undefined ? {start: found.start + kin.length} : {})}
  }
  const end = REPORT_END.exec(found.text)
  if (!end || found.text.length - end[0].length < 2) return found
  const text = found.text.slice(0, -end[0].length)
  const report = /报/.test(end[0]) ? '收报' : undefined
  return {...found, text, ...(found.end !== undefined ? {end: found.end - end[0].length} : {}), ...(report ? {report} : {})}
}

/**
 * Remember the metric a claim ended with, for the next sentences of its paragraph (`另有3宗…`). An
 * inherited metric keeps the partner phrase of the one it came from.
 */
export function rememberMetric(ctx: SegmentContext, paragraph: number, metric: NumberMetric, id: string): void {
  if (!id || metric.via === 'verb') return
  const last = earlier.get(ctx)
  const partner = metric.partner === true || (metric.via === 'inherited' && last?.text === id && last.partner)
  // (`涨幅比上月回落…`: a bare rate of change names no thing; the paragraph keeps the thing before it.)
  const thing = BARE_CHANGE.test(id) ? (last?.paragraph === paragraph ? last.thing : undefined) : id
  earlier.set(ctx, {paragraph, text: id, partner, thing})
}

/** A rate of change named alone (`涨幅`, `增速`): what changes is named elsewhere. */
const BARE_CHANGE = new RegExp(`^(?:${RATE_OF_CHANGE})$`)
/**
 * `9.7%的實質跌幅`, `較去年第4季2.9%的跌幅`: a bare rate of change after the figure names no thing; the thing
 * is the phrase before it, or the thing the figure before it in the sentence was named by (not for a
 * comparison base: its period is the base's, which the figure's frame does not read).
 */
function thingChanged(folded: string, q: Quantity, cs: number, before: Found | undefined, lastMetric: SentenceState['lastMetric']): Found | undefined {
  if (before && !CHANGE_ALONE.test(before.text)) return before
  if (before || !lastMetric || CHANGE_ALONE.test(lastMetric.text) || /(?:比|较)[^，,。；;]{0,12}$/.test(folded.slice(Math.max(cs, q.start - 14), q.start))) return undefined
  return {text: lastMetric.text, via: 'inherited'}
}

/** Words of a basis of comparison for a change (`按年升0.4%`, `同比增长`, `按月`). */
const COMPARISON_BASIS = /按年|按月|按季|按周|同比|环比/

/** Where a number's clause starts, from its words (the first word's start), else the number's own start. */
function clauseStartOf(clauseWords: readonly Word[], q: Quantity): number {
  return clauseWords[0] !== undefined && clauseWords[0].start < q.start ? clauseWords[0].start : q.start
}

/** A rate of change named alone, in real or nominal terms (`实质跌幅`). */
export const CHANGE_ALONE = new RegExp(`^(?:实质|名义)?(?:${RATE_OF_CHANGE})$`)

/**
 * What narrows a metric, joined: the per-unit word with the predicate's qualifier (`每个县`,
 * `户均`: an amount per unit compares only with amounts per the same unit), the named subject
 * or the table row (`of:…`) and the time of a trading day (`at:…`).
 */
export function qualifierOfNumber(ctx: SegmentContext, sentence: SentenceState, at: NumberAt, metric: NumberMetric, predicateClause: string, entity: string | undefined): string | undefined {
  const {folded} = ctx
  const {q, floor, clauseStart: cs} = at
  const {noun, via} = metric
  // `每个县至少配备6名`, `户均增收1.5万元`, `人均每年8000元`: an amount per unit, not a total of the scope.
  const perUnit = PER_UNIT.exec(folded.slice(cs, q.start))?.[0]
  const where = noun ? qualifierOf(predicateClause, via === 'noun' ? folded.slice(q.end + noun.length, Math.min(sentence.span.end, q.end + noun.length + 8)) : '') : undefined
  // Market reports move within a day (`午间…跌844点`, `截至14:18分…涨24点`): the time of day is part of the frame.
  // (A time of day named before it, `在下午2時，…颱風…東南偏東約140公里`, `在下午5時…約110公里`: the figure is of that hour.)
  const clock = inClauseWindow(sentence.quantities, at.index, floor).find((o) => o.kind === 'time')
  const intraday = INTRADAY.exec(folded.slice(floor, q.start))?.[0] ?? (clock ? `clock:${PART_OF_DAY.exec(folded.slice(Math.max(0, clock.start - 2), clock.start))?.[0] ?? ''}${folded.slice(clock.start, clock.end)}` : undefined)
  const of = metric.row ?? entity ?? labelOfLine(folded, q)
  // (`以人民币计价，进口增长1.4%` / `以美元计价，进口增长1%`: a rate on another currency basis is another statistic; amounts carry their currency.)
  const basis = q.kind === 'percent' ? currencyBasis(folded.slice(sentence.span.start, q.start)) : undefined
  // `按月下跌2.5%，按年下跌1.9%`: a change on the month or quarter before is another statistic than the change on the
  // year (or one that names no basis, which is most often the year's).
  const shortBasis = q.kind === 'percent' || q.kind === 'percentage-point' ? SHORT_BASIS.exec(folded.slice(Math.max(cs, q.start - 12), q.start))?.[1] : undefined
  // (`中国对美国出口同比增长7.9%，进口增长9.8%，贸易顺差3169亿美元`: the partner of the sentence's first trade clause is
  // the later clauses' too, until one names another.)
  // (`中国对美国出口2.48万亿元，增长3.6%`: a rate inheriting the trade metric inherits its partner.)
  const tradeClause = TRADE_WORD.test(folded.slice(cs, q.start)) || (via === 'inherited' && noun !== undefined && TRADE_WORD.test(noun))
  const partner = tradePartner(folded.slice(cs, q.start)) ?? PARTNER_WITHOUT_HEAD.exec(commaClause(folded, sentence.span.start, q.start))?.[1] ?? (tradeClause ? tradePartner(folded.slice(Math.max(sentence.span.start, cs - 80), cs)) : undefined)
  const goods = noun ? tradedGoods(folded, sentence, q, cs, noun) : undefined
  return [noun && perUnit ? `${perUnit}${where ?? ''}` : where, of && `of:${of}`, partner && `with:${partner}`, goods && `goods:${goods}`, intraday && `at:${intraday}`, shortBasis && `vs:${SHORT_BASIS_NAME[shortBasis]}`, basis && `in:${basis}`]
    .filter(Boolean)
    .join('') || undefined
}

/** A trade measure named without its goods (`进口额`, `出口量`, `进口`). */
/** An earlier metric of the sentence naming goods and a trade measure (`牛肉进口量`). */
const GOODS_MEASURE = /^([\u4e00-\u9fff]{1,8}?)(?:进口|出口|进出口)(?:额|量|值|金额|总额|总值)?$/
/** Goods right after a verb of trade before a quantity (`进口鲜冷冻猪肉81.87万吨`). */
const TRADE_THEN_GOODS = /(?:进口|出口)(?![额量值总金])([\u4e00-\u9fff]{1,8}?)[\d０-９]/

/**
 * `中国牛肉进口量…69.77万吨，…，进口额32.56亿美元` / `中国进口鲜冷冻猪肉81.87万吨，…进口额达15.34亿美元`: a trade measure
 * named without its goods, after a clause of its sentence that names them, is of those goods (`goods:` in its key): the
 * beef's value and the pork's are two statistics. Read back 80 characters at most.
 */
function tradedGoods(folded: string, sentence: SentenceState, q: Quantity, cs: number, noun: string): string | undefined {
  if (!BARE_TRADE.test(noun)) return undefined
  // (The last few metrics before the clause, read back: `…进口额32.56亿美元，同比增长53.9%` goes on with the beef too.)
  // (Metrics are recorded in order: a binary search finds the last before the clause, in a sentence of any length.)
  const metrics = sentence.metrics
  const last = partition(metrics, (m) => m.end <= cs) - 1
  for (let k = last; k >= 0 && k > last - 3; k--) {
    const m = metrics[k] as (typeof metrics)[number]
    const named = BARE_TRADE.test(m.text) ? undefined : GOODS_MEASURE.exec(m.text)?.[1]
    if (named) return named
  }
  const before = folded.slice(Math.max(sentence.span.start, cs - 80), cs)
  return [...before.matchAll(new RegExp(TRADE_THEN_GOODS, 'g'))].at(-1)?.[1]
}

/** Words of a trade figure. */
const TRADE_WORD = /贸易|进出口|经贸|出口|进口|顺差|逆差/

/** Trade with a partner (`与印度的贸易`, `同欧盟之间的双边贸易额`) or to or from one (`对美出口`, `自日本进口`), in the figure's clause; not `…贸易伙伴`, `…进出口银行`. */
const TRADE_PARTNER = /(?:(?:与|同|和|跟)([^\s，,。；;、与同和跟的之—]{1,8}?)(?:之间)?的?(?:双边)?(?:贸易|进出口|经贸)|(?:对|向|自|从)([^\s，,。；;、对向自从的]{1,4}?)的?(?:进出口|出口|进口|贸易顺差|贸易逆差|顺差|逆差))(?!伙伴|银行|公司|集团|商会)/g

/**
 * The partner of a trade figure, the last named in its clause before it: trade with one partner is another
 * statistic than trade with another (`与欧洲的贸易增长了29%` / `与印度的贸易增长了49%`).
 */
function tradePartner(clause: string): string | undefined {
  if (!TRADE_WORD.test(clause)) return undefined
  let last: string | undefined
  for (const match of clause.matchAll(TRADE_PARTNER)) last = match[1] ?? match[2]
  return last === undefined ? undefined : (SHORT_PARTNER[last] ?? last)
}

/** The text from the last comma (or the sentence's start) to `end`, 24 characters at most: a list with `、` stays in it. */
function commaClause(folded: string, floor: number, end: number): string {
  const text = folded.slice(Math.max(floor, end - 24), end)
  return text.slice(Math.max(text.lastIndexOf('，'), text.lastIndexOf(','), text.lastIndexOf('；'), text.lastIndexOf(';')) + 1)
}

/** A partner named without its trade noun right before a change (`对欧盟、日本均增长`, `对非洲增长`). */
const PARTNER_WITHOUT_HEAD = /(?:对|与)([^，,。；;分]{2,12}?)(?:均|也|都|则)?(?:增长|下降|增|降)$/

/** A part of the day before a clock time (`下午`, `凌晨`). */
const PART_OF_DAY = /(?:上午|下午|中午|凌晨|晚上|早上|傍晚|深夜|午间|晚间)$/

/** Partners named by one character (`对美出口`, `对欧顺差`): the same partner as named in full. */
const SHORT_PARTNER: Readonly<Record<string, string>> = {美: '美国', 日: '日本', 欧: '欧盟', 韩: '韩国', 俄: '俄罗斯', 英: '英国', 德: '德国', 法: '法国', 印: '印度', 澳: '澳大利亚', 加: '加拿大'}

/**
 * The label a line opens with when the figure comes right after it (`某某博物馆：77万访客：…`, a gallery's or
 * a ranking's lines): whose figure it is, as a table row's first cell; lines with other labels are
 * other subjects, not one statistic restated.
 */
function labelOfLine(folded: string, q: Quantity): string | undefined {
  // (Only the 16 characters before the figure are looked at: a line of any length costs the same.)
  const from = Math.max(0, q.start - 17)
  const newline = folded.slice(from, q.start).lastIndexOf('\n')
  const lineStart = newline >= 0 ? from + newline + 1 : from === 0 ? 0 : -1
  if (lineStart < 0 || q.start - lineStart > 16) return undefined
  return /^[\s#*>-]*([^\s：:，,。；;！？!?（）()]{2,12})[：:]\s*$/.exec(folded.slice(lineStart, q.start))?.[1]
}

/**
 * `公布本港去年10至12月的失业率，按季调整后升至6.6%`: a clause of only a verb and its qualifiers, with no noun, goes on
 * with the noun phrase that ends the clause before it, when that clause states no amount (a time, `去年10至12月`, is none).
 */
function objectBefore(ctx: SegmentContext, sentence: SentenceState, q: Quantity, cs: number): Found | undefined {
  const {folded, words} = ctx
  const start = sentence.span.start
  if (cs <= start + 1 || !/[，,]/.test(folded[cs - 1] as string)) return undefined
  const own = words.wordsIn(cs, q.start).filter((w) => w.start >= cs && w.end <= q.start)
  if (own.length === 0 || own.some((w, k) => isNominal(w) && !inSeasonalAdjustment(own, k))) return undefined
  // (The clause before is read back 80 characters at most: a clause of any length costs the same for every number after it.)
  const before = clauseStartNoList(folded, Math.max(start, cs - 1 - CLAUSE_BEFORE_REACH), cs - 1)
  if (sentence.quantities.some((o) => o.start >= before && o.end <= cs && AMOUNT_KINDS.has(o.kind))) return undefined
  // (Not a place: `他前往北京，增加了5%`.)
  const phrase = phraseBefore(words.wordsIn(before, cs - 1).filter((w) => w.start >= before && w.end <= cs - 1), (w) => placeOver(sentence.scopes, w))
  // (Not a speaker: `该县负责人表示，今年投入…` names who speaks, not what is counted.)
  if (SPEECH_END.test(folded.slice(Math.max(before, cs - 5), cs - 1))) return undefined
  return phrase && /^[\u4e00-\u9fff]{2,10}$/.test(phrase.text) ? {text: phrase.text, via: 'inherited', start: phrase.start, end: phrase.end} : undefined
}

/** How far back `objectBefore` reads the clause before a number's own. */
const CLAUSE_BEFORE_REACH = 80

/** Verbs of saying or reporting that end a clause naming a speaker (`负责人表示，`). */
const SPEECH_END = /(?:表示|指出|称|说|说道|认为|介绍|透露|强调|宣布|预计|估计|表明|显示|提到|坦言|直言)$/

/** A line that is a row of a list: a short label, a colon and the figure (`荃湾　：71.46%`). */
const ROW_LINE = /^[\s#*>-]*[^\s：:，,。；;！？!?（）()\d]{1,12}\s*[：:]\s*[^\n]{0,40}$/
/** A heading line that introduces rows (`**18区投票率一览（截至晚上9时30分）：**`), its words before the colon captured. */
const HEADING_LINE = /^[\s#*>]*([^：:\n]{2,40}?)\s*(?:[（(][^（）()\n]{0,30}[）)])?\s*[：:]\s*\**\s*$/
/** Words around a heading's metric that name no thing counted: a count of the rows (`18区`, `各区`) before it, a word for a list after it. */
const HEADING_WORDS = /^(?:\d+|[一二三四五六七八九十]+|各)[^\d\s]?|(?:一览|一覽|如下|排名|排行|列表|名单|名單|统计|統計|详情|詳情|分布|分佈)$/g

/**
 * `**18区投票率一览（截至晚上9时30分）：**` and below it `荃湾　：71.46%`, `沙田　：71.18%`: a figure alone on a row of a
 * list, with no metric of its own, measures what the heading line above the rows names. At most 40 lines are read back
 * (rows and blank lines), 4 000 characters.
 */
function headingOfRows(folded: string, q: Quantity): Found | undefined {
  // (The line break is looked for 17 characters back and ROW_REACH on at most: a text without one stays linear.)
  const back = folded.slice(Math.max(0, q.start - 17), q.start)
  const breakAt = back.lastIndexOf('\n')
  if (breakAt < 0 && q.start > 17) return undefined
  const lineStart = breakAt < 0 ? 0 : q.start - back.length + breakAt + 1
  const ahead = folded.slice(q.end, q.end + ROW_REACH)
  const lineEnd = ahead.indexOf('\n')
  if (q.start - lineStart > 16 || !ROW_LINE.test(folded.slice(lineStart, lineEnd < 0 ? q.end + ahead.length : q.end + lineEnd))) return undefined
  const floor = Math.max(0, lineStart - 4000)
  let end = lineStart - 1
  for (let lines = 0; end > floor && lines < 40; lines++) {
    const start = folded.lastIndexOf('\n', end - 1) + 1
    const line = folded.slice(start, end)
    end = start - 1
    if (line.trim() === '' || ROW_LINE.test(line)) continue
    const heading = HEADING_LINE.exec(line)?.[1]
    const text = heading?.replace(/\*/g, '').trim().replace(HEADING_WORDS, '')
    return text && /^[\u4e00-\u9fff]{2,10}$/.test(text) ? {text, via: 'inherited'} : undefined
  }
  return undefined
}

/** How far after a figure its row's line end is looked for, in characters. */
const ROW_REACH = 200

/** A currency a rate is computed in (`以美元计价`, `按人民币计`, `以本币计算`), named before the figure in its sentence. */
const CURRENCY_BASIS = /(?:以|按)(人民币|美元|港元|港币|新台币|台币|澳门币|欧元|日元|日圆|英镑|本币|本地货币|当地货币)计(?:价|算)?/g

/** The last currency basis named in `before`, if any. */
function currencyBasis(before: string): string | undefined {
  if (!before.includes('计')) return undefined
  let last: string | undefined
  for (const match of before.matchAll(CURRENCY_BASIS)) last = match[1]
  return last === '港币' ? '港元' : last === '台币' ? '新台币' : last
}

/** A basis of comparison shorter than the year (`按月`, `环比`, `较上季`), before a change in its clause. */
const SHORT_BASIS = /(按月|环比|较上月|比上月|按季|较上季|比上季|按周|较上周|比上周)/
const SHORT_BASIS_NAME: Record<string, string> = {按月: 'month', 环比: 'previous', 较上月: 'month', 比上月: 'month', 按季: 'quarter', 较上季: 'quarter', 比上季: 'quarter', 按周: 'week', 较上周: 'week', 比上周: 'week'}

/**
 * The last metric found in each text being read, with its paragraph and whether a partner phrase
 * came before it (`对X进出口`): what the next sentence of the paragraph can refer back to.
 */
const earlier = new WeakMap<SegmentContext, {paragraph: number; text: string; partner: boolean; thing: string | undefined}>()

/** The last metric of paragraph `paragraph` that names a thing (not a bare rate of change), if any. */
function paragraphMetric(ctx: SegmentContext, paragraph: number): string | undefined {
  const last = earlier.get(ctx)
  return last && last.paragraph === paragraph ? last.thing : undefined
}

/** A line that opens by naming a breakdown (`从国家和地区来看，`, `按地区划分，`, `分行业看，`). */
const BREAKDOWN_OPENER = /^[\s>*#-]*(?:<p[^>]*>)?\s*(?:从|按|就|以|分)[\u3400-\u9fff]{1,10}(?:来看|看|而言|来说|划分|区分|分)[，,：:]/

/**
 * `从国家和地区来看，韩国减少88.6%…；中国减少77.6%…`: a line that opens by naming a breakdown lists the
 * figures of the thing the paragraph before it counted, by group; a place and a change in it go on with
 * that thing. Only the line's first 200 characters are read back.
 */
function brokenDownMetric(ctx: SegmentContext, sentence: SentenceState): string | undefined {
  const last = earlier.get(ctx)
  const {paragraph, start} = sentence.span
  if (!last || last.thing === undefined || last.paragraph >= paragraph || paragraph - last.paragraph > 2) return undefined
  const from = Math.max(0, start - 200)
  const head = ctx.folded.slice(from, start + 24)
  const line = head.lastIndexOf('\n', start - from)
  if (line < 0 && from > 0) return undefined
  return BREAKDOWN_OPENER.test(head.slice(line + 1)) ? last.thing : undefined
}

/** Quoted answers closing the words before a share (`“恶化”或“稍微恶化”`); the first is read, up to a slash (`「政治爭拗太多/不穩定」`). */
const QUOTED_RUN = /(?:[「“]([^」”「“]{1,24})[」”]或)?[「“]([^」”「“]{1,24})[」”]$/
/** Between a quoted answer (and a second one, `“恶化”或“稍微恶化”`) and its share: a bracket, or who answered and 占/为. */
const ANSWER_TO_SHARE = /^(?:或[「“][^」”「“]{1,20}[」”])?(?:[（(]|[，,]?(?:的[\u3400-\u9fff]{1,3})?(?:仅|只)?(?:占(?:全体的|所有[\u3400-\u9fff]{1,3}的?)?|为))$/
/** After a share: who answered and how (`34.1%受訪者表示「有打算移民」`). */
const SHARE_ANSWERED = /^的?(?:受访者|受访市民|受访企业|受访人士|企业|市民|居民|港人|民众)(?:表示|认为|回答|称|选择)[「“]([^」”「“/／，。]{1,20})(?:[/／][^」”「“]{0,30})?[」”]/

/**
 * A share of the answers of a survey (`34.1%受訪者表示「有打算移民」`, `其次是「香港政制不民主」，佔9.2%`,
 * `「自由」（10.4%）`, `“恶化”或“稍微恶化”的企业为64%`): the quoted answer is what the share measures, not
 * who answered. Only percentages; the quote must close the words before the share or open those after it.
 */
function surveyAnswer(folded: string, sentenceStart: number, q: Quantity): Found | undefined {
  if (q.kind !== 'percent') return undefined
  const after = SHARE_ANSWERED.exec(folded.slice(q.end, q.end + 40))
  if (after?.[1]) return {text: after[1], via: 'noun'}
  const from = Math.max(sentenceStart, q.start - 80)
  const before = folded.slice(from, q.start)
  const close = Math.max(before.lastIndexOf('」'), before.lastIndexOf('”'))
  if (close < 0 || !ANSWER_TO_SHARE.test(before.slice(close + 1))) return undefined
  // (The first answer of `“A”或“B”`: the quote that opens the run of answers before the share.)
  const run = QUOTED_RUN.exec(before.slice(0, close + 1))
  const first = (run?.[1] ?? run?.[2])?.split(/[/／]/)[0]
  return first && !/[，。,]/.test(first) ? {text: first, via: 'noun'} : undefined
}

/** A metric found for a number, with where its text is when it was read in the sentence. */
type Found = {text: string; via: ClaimMetric['via']; start?: number; end?: number; row?: string | undefined; partner?: boolean; report?: string; whole?: number}

/**
 * What a number counts, best first: the noun after its classifier (`7315名第一书记`), the noun
 * phrase right before it (`工业增加值同比增长4.3%`), the subject of its clause, or the metric of
 * the previous number of the sentence (`出口4.27万亿元，增长8.6%`: the growth is of 出口). Money
 * is named before the amount more often than after it. The segmenter decides what is a noun. A
 * change in percentage points after a growth rate or a share is a change of that rate or share.
 */
function metricOf(ctx: SegmentContext, sentence: SentenceState, q: Quantity, cs: number, from: number, blockers: Array<{start: number; end: number}>, inClause: Quantity[]): Found | undefined {
  const found = counted(ctx, sentence, q, cs, from, blockers, inClause)
  return found && q.kind === 'percentage-point' ? rateChanged(ctx, sentence, q, found) : found
}

/** The column header of a figure in a pipe-table cell, when the figure is in one. */
function tableCellHeader(ctx: SegmentContext, q: Quantity): Found | undefined {
  const near = ctx.folded.slice(Math.max(0, q.start - 200), q.start)
  return near.includes('|') && near.includes('\n') ? tableHeader(ctx.folded, q) : undefined
}

/**
 * The words of the clause before a number that can name it, and which words a blocker (another
 * number, a place) stops the reading at. `月退休所得（含18%優存）為7萬元`: an aside in brackets closed
 * before the number is skipped; the noun before it is what the number is (a number inside the aside
 * does not stop the reading: `metricOfNumber` reads from before the aside).
 */
function clauseReading(ctx: SegmentContext, q: Quantity, cs: number, from: number, blockers: Array<{start: number; end: number}>): {blocked: (w: Word) => boolean; clauseWords: Word[]} {
  const {folded, words} = ctx
  const asides = [...folded.slice(cs, q.start).matchAll(/[（(][^（）()]{1,30}[）)]/g)].map((m) => ({start: cs + m.index, end: cs + m.index + m[0].length}))
  // (`第三产业`: an ordinal inside a longer word of the segmenter is part of that word, not a number before it.)
  const inWord = (b: {start: number; end: number}) => words.wordsIn(b.start, b.end).some((w) => w.start <= b.start && w.end >= b.end && w.end - w.start > b.end - b.start)
  const blocked = (w: Word) => w.start < from || blockers.some((b) => b.start < w.end && b.end > w.start && !asides.some((a) => b.start >= a.start && b.end <= a.end) && !inWord(b))
  const clauseWords = words.wordsIn(cs, q.start).filter((w) => w.end <= q.start && !asides.some((a) => w.start >= a.start && w.end <= a.end))
  return {blocked, clauseWords}
}

/**
 * Readings that a figure's place decides before its words are read: the new level of a change (`上涨0.1%至…`), a table
 * cell's column header, a survey's answer, a reading of its own, a classifier's noun.
 */
function fixedReading(ctx: SegmentContext, sentence: SentenceState, q: Quantity): Found | undefined {
  const {folded} = ctx
  const {span} = sentence
  // (A figure in a table cell counts what its column header names; the words before it are another cell.)
  return newLevelOfChange(folded, sentence, q) ?? tableCellHeader(ctx, q) ?? surveyAnswer(folded, span.start, q) ?? ownReading(ctx, q, span.start) ?? countedByClassifier(folded, q)
}

function counted(ctx: SegmentContext, sentence: SentenceState, q: Quantity, cs: number, from: number, blockers: Array<{start: number; end: number}>, inClause: Quantity[]): Found | undefined {
  const {folded, words} = ctx
  const {span, lastMetric} = sentence
  const {blocked, clauseWords} = clauseReading(ctx, q, cs, from, blockers)
  const fixed = fixedReading(ctx, sentence, q)
  if (fixed) return fixed
  const after = counterNoun(ctx, q, span.end) ?? categoryAfter(ctx, q, span.end)
  // `12人死亡`, `3人死于肺病`, `拘捕15人`, `新增死亡8人`: people counted by what happened to them.
  const happened = peopleEvent(ctx, clauseWords, q, span.end)
  if (happened && (!after || after.text === happened.verb)) return happened
  const partnered = partnerOf(ctx, sentence, q)
  if (partnered) return partnered
  const respective = respectiveMetric(ctx, sentence, q)
  if (respective) return respective
  const bracketed = bracketedShare(folded, q, lastMetric)
  if (bracketed) return bracketed
  // `政府增拨的5亿元`: money named by the verb of a relative clause; the noun before is who pays.
  const allocation = q.kind === 'money' && !after ? moneyVerb(clauseWords) : undefined
  // (`3亿元用于支付薪酬`, `2亿元为「其他开支」`, `$7,000万外判`: money named by what follows it; `月赚3万2`,
  // `一天才赚700元`: a wage named by a verb of earning per month or per day.)
  const moneyNamed = (allocation?.linked ? allocation : q.kind === 'money' && !after ? moneyPurpose(ctx, q, span.end) : undefined) ?? wageEarned(folded, q, cs)
  if (moneyNamed) return moneyNamed
  // `40个工业大类中的31个`: a count of some of the things just counted counts the same things.
  if (!after && lastMetric && PART_OF.test(folded.slice(lastMetric.end, q.start).slice(lastMetric.text.length)) && folded.startsWith(lastMetric.text, lastMetric.end)) {
    return {text: lastMetric.text, via: 'inherited'}
  }
  // `发病过3次`: a count of events right after its verb counts the action, whatever noun stands before the verb.
  const event = after ? undefined : eventVerb(clauseWords, q)
  if (event) return event
  const share = shareOfWhole(clauseWords, blocked) ?? shareOfNamedWhole(clauseWords, q, blocked)
  if (share) return share
  const priced = pricedPerUnit(clauseWords, q, blocked)
  if (priced) return priced
  // `负评比率为56.9%`, `所得替代率`: a rate whose name the segmenter cut into verbs.
  const rate = q.kind === 'percent' || q.kind === 'percentage-point' || q.kind === 'permille' ? rateNameBefore(clauseWords, blocked) : undefined
  if (rate) return rate
  // `累计突破一千大关至1287宗`: a threshold passed on the way names no thing; what passed it is before the verb.
  // (`上一年度同期为35,894,732吨`: a period named relative to another is when, not what.)
  const read = phraseBefore(clauseWords, blocked)
  const before = (read && (isThreshold(folded, read) || RELATIVE_PERIOD.test(read.text)) ? undefined : read) ?? changedObject(ctx, sentence, q, cs)
  const rated = rateOrMove(ctx, sentence, q, clauseWords, before, after)
  if (rated) return rated
  const structural = structuralMetric(ctx, sentence, q, clauseWords, after !== undefined, before)
  if (structural) return structural
  // `占全省进出口总值的比重升至31.2%`: a bare share word is the share of the figure before it.
  if (before && SHARE_WORD.test(before.text) && lastMetric) return {text: lastMetric.text + before.text, via: 'inherited'}
  const spoken = before ? undefined : spokenBy(folded, clauseSubject(clauseWords, blocked))
  const subject = spoken && RELATIVE_PERIOD.test(spoken.text) ? undefined : spoken
  const asBefore = before && {text: before.text, via: 'before' as const, start: before.start, end: before.end}
  const asAfter = after && {text: after.text, via: 'noun' as const}
  // `占地约3万平方米的体育馆`: a noun linked by 的 is described by the amount; a phrase before names it better.
  // (`投得医管局1.01亿元合约`: an organisation before money is who pays, the money noun after names it.)
  const agent = before !== undefined && after !== undefined && isAgent(words.wordsIn(before.start, before.end))
  // (`政府向医管局增拨5亿元`: a body before the allocating verb receives or pays; the verb names the money.)
  if (allocation && before && isAgent(words.wordsIn(before.start, before.end))) return allocation
  // (`基金会每月补助共2万元`: a phrase a verb of giving separates from the amount is who gives, unless
  // it names money; before a verb of paying it is what is paid: `房贷要缴8千元`.)
  if (allocation && before && GIVING.test(allocation.text) && before.end <= (allocation.start ?? 0) && !isMoneyNoun(before.text)) return allocation
  // `派出消防车21辆救援`: a noun right before a count and its classifier is what is counted; a verb
  // after them says what the counted things do.
  const countedBefore = asBefore !== undefined && asBefore.end === q.start && q.kind === 'count' && q.unit !== null && verbAfter(words, q, span.end)
  // (`前议员分别获得6,512票`: the phrase before a verb of receiving is who received the votes.)
  const votes = !after ? votesReceived(clauseWords, q, folded, lastMetric) : undefined
  if (votes) return votes
  // (`分担妈妈1万元的看护费用`, `提供50亿美元的赠款`: money linked by 的 to a noun of money after it is that
  // money; a phrase before that names no money is whose it is or who gets it.)
  const moneyAfter = q.kind === 'money' && after?.linked === true && before !== undefined && isMoneyNoun(after.text) && !isMoneyNoun(before.text)
  const changed = after && CHANGE_ALONE.test(after.text) ? thingChanged(folded, q, cs, asBefore, lastMetric) : undefined
  if (changed) return changed
  const price = after ? undefined : sharePrice(ctx, clauseWords, span.start, q, cs, before)
  if (price) return price
  const first = moneyAfter ? asAfter : ((q.kind === 'money' || after?.linked) && !agent) || countedBefore ? (asBefore ?? asAfter) : (asAfter ?? asBefore)
  if (first) return first
  return unnamedMetric(ctx, sentence, q, cs, inClause, {clauseWords, blocked, after, before, subject, allocation})
}

/** What joins a change to the new level it reached (`上涨0.1%至每盎司2738美元`, `增加0.7个百分点，至13.8%`): 至/到 and a unit price's 每…. */
const TO_LEVEL = /^\s*[，,]?\s*(?:至|到|升至|降至|达到?)\s*(?:每[\u4e00-\u9fff]{1,3}\s*)?$/

/**
 * `即时交易金价上涨0.1%至每盎司2738.29美元`, `铂金价格下跌0.81%，至每盎司1000.47美元`: the level a change reached is the new
 * value of what changed, the metric the change's figure took (not `每盎司`, a unit's price).
 */
function newLevelOfChange(folded: string, sentence: SentenceState, q: Quantity): Found | undefined {
  const {lastMetric} = sentence
  const previous = sentence.quantities[indexOfMention(sentence.quantities, q) - 1]
  if (!lastMetric || !previous || previous.end !== lastMetric.end || (previous.kind !== 'percent' && previous.kind !== 'percentage-point')) return undefined
  if (q.kind === 'percentage-point' || !TO_LEVEL.test(folded.slice(previous.end, q.start))) return undefined
  return {text: lastMetric.text, via: 'inherited'}
}

/** `1767人(占29.5%)`: a bracketed share is the share of the figure right before it. */
function bracketedShare(folded: string, q: Quantity, lastMetric: {text: string; end: number} | undefined): Found | undefined {
  if (!lastMetric || !/[(（]\s*(?:占|约占|佔)?$/.test(folded.slice(Math.max(0, q.start - 3), q.start)) || q.start - lastMetric.end > 4) return undefined
  return {text: lastMetric.text, via: 'inherited'}
}

/**
 * A percentage named by a rate next to it (`失业率为5.1%`, `26.1%得票率`), or the size of a market's
 * move (`上证50上涨25%`). (`零售总额2,130亿元，按年下跌20.5%`: after an amount just named, the change is
 * that amount's, which the inherited reading gives.)
 */
function rateOrMove(ctx: SegmentContext, sentence: SentenceState, q: Quantity, clauseWords: readonly Word[], before: Phrase | undefined, after: {text: string} | undefined): Found | undefined {
  const rated = rateAroundShare(ctx, q, sentence.span.end, before, after)
  if (rated) return rated
  // (By binary search: `indexOf` read the sentence's quantities from its start for every number.)
  const previous = sentence.quantities[indexOfMention(sentence.quantities, q) - 1]
  const amountBefore = previous !== undefined && sentence.lastMetric !== undefined && previous.kind !== 'percent' && !(previous.kind === 'count' && previous.unit === '点')
  // (`貨幣供應量M1按月升1.3%，按年升0.4%`: a second move of a thing a noun named just before, in its own clause,
  // is that thing's, which the inherited reading gives; a move of a move, `跌1.2%，本周累计跌3%`, stays a move.)
  // (Only a move on another basis of comparison, `按年`, `同比`: `竞价时段曾挫逾9%，最终下跌4.59%` is a stock's move.)
  const thingMoved = previous !== undefined && previous.kind === 'percent' && sentence.lastMetric !== undefined && previous.end === sentence.lastMetric.end && !BARE_CHANGE.test(sentence.lastMetric.text) && before === undefined && COMPARISON_BASIS.test(ctx.folded.slice(Math.max(clauseStartOf(clauseWords, q), q.start - 16), q.start))
  if (after || amountBefore || thingMoved) return undefined
  // (`2月港元貨幣供應量M2及M3，按月均下跌0.5%`: a clause of only a noun phrase before the move's clause is what moved.)
  const move = marketMove(ctx, clauseWords, q, before)
  if (!move || before !== undefined || (previous !== undefined && AMOUNT_KINDS.has(previous.kind))) return move
  return subjectClauseBefore(ctx, sentence, clauseStartOf(clauseWords, q)) ?? move
}

/**
 * The noun phrase of a clause made of it alone (with times), right before the clause that starts at `cs`
 * (`…港元貨幣供應量M2及M3，按月均下跌0.5%`): no verb, no figure, no place, no stock index.
 */
function subjectClauseBefore(ctx: SegmentContext, sentence: SentenceState, cs: number): Found | undefined {
  const {folded} = ctx
  if (!/[，,]/.test(folded[cs - 1] ?? '')) return undefined
  const end = cs - 1
  let start = end
  while (start > sentence.span.start && end - start < CLAUSE_REACH && !/[，,。；;：:！？\n]/.test(folded[start - 1] as string)) start--
  if (start > sentence.span.start && !/[，,。；;：:！？\n]/.test(folded[start - 1] as string)) return undefined
  // (`科技股方面，`: a topic, whose parts follow; `消息指，`: a source.)
  if (TOPIC.test(folded.slice(start, end)) || SPEECH.test(folded.slice(start, end))) return undefined
  const words = ctx.words.wordsIn(start, end).filter((w) => w.end <= end)
  const last = words.at(-1)
  if (!last || !(isNominal(last) || last.tag === 'eng') || words.some((w) => (/^[vpd]/.test(w.tag) && w.tag !== 'vn') || (w.tag === 'c' && !/^(?:和|及|与)$/.test(w.word)))) return undefined
  if (overlapping(sentence.scopes, start, end).length > 0 || indexBefore(folded, start, end) !== undefined) return undefined
  const times = overlapping(sentence.times, start, end)
  const phrase = clauseSubject(words, (w) => times.some((t) => t.start < w.end && t.end > w.start))
  return phrase ? {text: phrase.text, via: 'subject', start: phrase.start, end: phrase.end} : undefined
}

/** How far back a clause of only a noun phrase is read, in characters. */
const CLAUSE_REACH = 30

/** What `counted` has read of a number's clause by the time no noun names the number. */
interface ClauseReadings {
  clauseWords: Word[]
  blocked: (word: Word) => boolean
  after: {text: string; linked: boolean} | undefined
  before: Phrase | undefined
  subject: Phrase | undefined
  allocation: (Found & {linked: boolean}) | undefined
}

/**
 * The metric of a number no noun right before or after names: the verb of an event, an allocation,
 * the clause's subject, the paragraph's or the list's thing, or the figure before it in the sentence;
 * `undefined` for a forecast or a comparison base.
 */
function unnamedMetric(ctx: SegmentContext, sentence: SentenceState, q: Quantity, cs: number, inClause: Quantity[], read: ClauseReadings): Found | undefined {
  const {folded, words} = ctx
  const {span, lastMetric} = sentence
  const {clauseWords, blocked, after, before, subject, allocation} = read
  // (`医管局…额外预留5亿元`: a subject that is an organisation or a person is who allocates, not what.)
  if (allocation && subject && isAgent(words.wordsIn(subject.start, subject.end))) return allocation
  // (`长春市累计投入近90亿元`: with only a place or a time before it, the allocating verb is all that names the money.)
  // (Not after a clause of speech, `该县负责人表示，今年投入3000万元`: the speaker's figure is left unnamed.)
  if (allocation && !subject && !before && !after && !SPEECH.test(folded.slice(span.start, cs))) return allocation
  // `预期192.5万`, `专家预估今年仍有150万人次`: a forecast is not a statement of the figure; its
  // subject is who forecasts. (`預估` is how Taiwan news writes 预计.)
  if (FORECAST.test(folded.slice(cs, q.start))) return undefined
  if (subject) return {text: subject.text, via: 'subject', start: subject.start, end: subject.end}
  // `较深圳的300平方呎、新加坡的270平方呎`: another place's figure, compared with the sentence's, is the same statistic there.
  const elsewhere = placeCompared(folded, sentence, q, cs)
  if (elsewhere) return elsewhere
  // `较2016年的1160亿元`: a base named by a year of its own is the compared figure's statistic in that year.
  const based = yearBase(folded, sentence, q, cs)
  if (based) return based
  // (Any other comparison base, `较去年同期的…`, is not inherited: its period is not the base's own.)
  if (COMPARISON_BASE.test(folded.slice(cs, q.start))) return undefined
  const referred = !after && !lastMetric ? anotherOf(ctx, sentence, q, cs) : undefined
  if (referred) return referred
  // `其中，北京上涨0.1%`: a clause of only a place and a change goes on with the paragraph's thing.
  if (!after && !before && !subject && (frameOnlyChange(clauseWords, blocked, sentence.scopes, q) || frameOnlyChange(clauseWords, blocked, sentence.times, q))) {
    const text = paragraphMetric(ctx, span.paragraph) ?? brokenDownMetric(ctx, sentence)
    // (`韩国减少88.6%，为427,195人`: the level after the place's change is of the same thing.)
    if (text) sentence.lastMetric = {text, end: q.end}
    if (text) return {text, via: 'inherited'}
  }
  // `香港确诊病例26宗、台湾16宗、澳门10宗`: a list item of only a place and a count in the same unit
  // counts what the first item of the list counts, in that place.
  if (!after && !before && lastMetric && placeListed(ctx, sentence, q, lastMetric.end)) return {text: lastMetric.text, via: 'inherited'}
  if (!after && !before && !subject && !lastMetric) {
    const group = groupItem(ctx, sentence, clauseWords, cs)
    if (group) return group
  }
  if (after || !lastMetric) return after ? undefined : sentenceSubject(ctx, sentence, q, cs)
  return inheritedFromLast(ctx, sentence, q, cs, inClause, lastMetric)
}

/** Words of direction the segmenter tags as locatives (`西部`, `东边`): places, not groups. */
const DIRECTION = /^(?:东|南|西|北|中|上|下|前|后|左|右|内|外|东南|东北|西南|西北)(?:部|方|边|面|侧)?$/

/**
 * `…的认知数量在小学达到…；初中为106起（增加8起）；高中为…`: an item of a list, after `；`, made of a group
 * the segmenter tags as a locative or a place word (`初中/f`, `高中/s`; not a direction, `西部/f`) and `为`/`达` before the
 * figure names the group the figure is of (the metric had been empty); the paragraph has to have named a
 * thing before (the list goes on with it).
 */
function groupItem(ctx: SegmentContext, sentence: SentenceState, clauseWords: readonly Word[], cs: number): Found | undefined {
  const {folded} = ctx
  const {span} = sentence
  if (cs !== span.start || !/[；;]$/.test(folded.slice(Math.max(0, span.start - 1), span.start))) return undefined
  if (paragraphMetric(ctx, span.paragraph) === undefined) return undefined
  const words = clauseWords.filter((w) => w.word.trim() !== '')
  const [group, verb] = words
  if (words.length !== 2 || !group || !verb || (group.tag !== 'f' && group.tag !== 's') || group.word.length < 2 || DIRECTION.test(group.word) || !/^(?:为|达|达到)$/.test(verb.word)) return undefined
  return {text: group.word, via: 'subject', start: group.start, end: group.end}
}

/**
 * A comparison base named by a whole year of its own (`较2016年的`, `比去年的`, `较前年末的`), right before
 * its figure: years the period reader reads as the base's own time. (`比上年的` is not one: the figure would
 * take the period of the figure it is compared with, and the two would clash as one statistic.)
 */
const YEAR_BASE = /(?:比|较|相较于?|相比于?|相对于)(?:\d{4}年|去年|前年)(?:末|底|全年)?的$/

/**
 * A comparison base of another year (`总资产1350亿元，较2016年的1160亿元增长16%`): the figure compared with
 * the one before it, in the same unit, is the same statistic, in the base's year (its period reads the
 * year). Not a base of the same span of another year (`较去年同期的`): that period would be a whole year.
 */
function yearBase(folded: string, sentence: SentenceState, q: Quantity, cs: number): Found | undefined {
  const {lastMetric, quantities} = sentence
  if (!lastMetric || !YEAR_BASE.test(folded.slice(Math.max(cs, q.start - 16), q.start))) return undefined
  // (The year of the base is a quantity of the sentence too: the figure compared is the amount before it,
  // the one the last metric read names: `总资产1350亿元`, `薪酬为1200万元`.)
  let k = indexOfQuantity(quantities, q) - 1
  while (k >= 0 && !AMOUNT_KINDS.has((quantities[k] as Quantity).kind)) k--
  const previous = quantities[k]
  if (!previous || previous.unit !== q.unit || previous.kind !== q.kind || previous.end !== lastMetric.end) return undefined
  return {text: lastMetric.text, via: 'inherited'}
}

/** A place and 的 before a figure, after 较/比 or a list's 、 (`较深圳的`, `、新加坡的`): the place is all the clause names. */
const PLACE_BASE = /(?:^|[、比较較])\s*([^，,、；;。比较較]{1,12})的$/

/**
 * A figure of another place compared with the sentence's figure, or listed after it (`香港的人均居住
 * 面积是161平方呎，较深圳的300平方呎、新加坡的270平方呎`): the same statistic, in that place, when the
 * clause names only the place and the figure is in the same unit as the one before it.
 */
function placeCompared(folded: string, sentence: SentenceState, q: Quantity, cs: number): Found | undefined {
  const {lastMetric, quantities} = sentence
  if (!lastMetric) return undefined
  const clause = folded.slice(Math.max(cs, q.start - 16), q.start)
  const m = PLACE_BASE.exec(clause)
  if (!m) return undefined
  const start = q.start - 1 - (m[1] as string).length
  if (!sentence.scopes.some((p) => p.start === start && p.end === q.start - 1)) return undefined
  const previous = quantities[indexOfQuantity(quantities, q) - 1]
  if (!previous || previous.unit !== q.unit || previous.kind !== q.kind) return undefined
  return {text: lastMetric.text, via: 'inherited'}
}

/** The index of `q` in the quantities of its sentence (sorted by start), or -1. */
function indexOfQuantity(list: readonly Quantity[], q: Quantity): number {
  let low = 0
  let high = list.length - 1
  while (low <= high) {
    const mid = (low + high) >> 1
    const start = (list[mid] as Quantity).start
    if (start === q.start) return list[mid] === q ? mid : list.indexOf(q)
    if (start < q.start) low = mid + 1
    else high = mid - 1
  }
  return -1
}

/**
 * What may stand between two items of a list of places besides the places: a separator, 的, 则/也, a copula or the start of a
 * change (`、新北市为…`, `，新北市从…`).
 */
const PLACE_LIST_GAP = /^[、，,;；]?(?:而|则|也|的|及|和|与|以及)*(?:为|是|达|从|由)?$/
/** A change to a new level between two figures (`从1万5500元升至1万5600元`): the second is the same thing's new value. */
const TO_NEW_LEVEL = /^(?:调|上|下)?(?:升|降|增|减|涨|跌|提高|下调|上调)(?:至|到)$/

/**
 * Whether the number is the last of a chain of list items, each a place and a count in the same unit
 * (`、台湾16宗`, `，澳门则10宗`), that goes back to the number whose metric ends at `metricEnd`.
 */
function placeListed(ctx: SegmentContext, sentence: SentenceState, q: Quantity, metricEnd: number): boolean {
  if (q.kind !== 'count' && q.kind !== 'money' && q.kind !== 'percent') return false
  const list = sentence.quantities
  // (Found by bisection on the sorted quantities: a sentence of thousands of numbers stays near-linear.)
  let k = indexOfQuantity(list, q)
  let current = q
  for (let steps = 0; k > 0 && steps < 12; steps++) {
    const previous = list[k - 1] as Quantity
    if (previous.kind !== q.kind || previous.unit !== q.unit || previous.end > current.start) return false
    let gap = ctx.folded.slice(previous.end, current.start)
    const places = sentence.scopes.filter((p) => p.start >= previous.end && p.end <= current.start)
    // (`新北市从1万5500元升至1万5600元`: the new level goes on with the figure it changes from.)
    if (places.length === 0 && TO_NEW_LEVEL.test(gap.trim())) {
      if (previous.end === metricEnd) return true
      current = previous
      k--
      continue
    }
    if (places.length === 0) return false
    // (Places are cut out from the last: offsets before them stay valid.)
    for (const p of [...places].reverse()) gap = gap.slice(0, p.start - previous.end) + gap.slice(p.end - previous.end)
    if (!PLACE_LIST_GAP.test(gap.trim())) return false
    if (previous.end === metricEnd) return true
    current = previous
    k--
  }
  return false
}

/**
 * The metric a number takes from the figure before it in its sentence (`lastMetric`) when the text
 * says they count the same thing: after 分别, a new value of a change, a list, or a clause with only
 * a predicate; `undefined` when it counts something else.
 */
function inheritedFromLast(ctx: SegmentContext, sentence: SentenceState, q: Quantity, cs: number, inClause: Quantity[], lastMetric: NonNullable<SentenceState['lastMetric']>): Found | undefined {
  const {folded, words} = ctx
  const {span} = sentence
  const shared = sharedAfterRespective(ctx, sentence, cs)
  if (shared) return shared
  // `…由2014年的5万人减少到2019年的0人`: the new value of a change is of the thing the old one was.
  if (NEW_VALUE.test(folded.slice(lastMetric.end, q.start))) return {text: lastMetric.text, via: 'inherited'}
  // A count or an amount is never the share or rate named before it (`占访客总数7成，…百万人次`).
  if (q.kind !== 'percent' && q.kind !== 'permille' && q.kind !== 'percentage-point' && (RATE_NAME.test(lastMetric.text) || lastMetric.text.startsWith('占'))) return undefined
  // A value listed right after another (`增长13%、11%`, `7天和8天`) is about something else of the list.
  const listed = /^[、和及与\s]*$/.test(folded.slice(lastMetric.end, q.start))
  // `兩年間報考司機的人數分別為7,000及6,500人`: values after 分别 whose subjects are times or places
  // (no list of things before it, or respectiveMetric would have read it) share the thing before 分别.
  if (listed && sharesBeforeRespective(folded, span.start, lastMetric)) return {text: lastMetric.text, via: 'inherited'}
  // (Dates in the clause do not count: `比1—5月份加快0.8个百分点` follows the growth before it.)
  const amounts = inClause.filter((o) => AMOUNT_KINDS.has(o.kind))
  if (!listed && amounts.length === 0 && /^[，,：:]/.test(folded[cs - 1] ?? '') && !otherCount(sentence, q, lastMetric.end) && !narrativeBetween(ctx, sentence, lastMetric.end, cs - 1)) return {text: lastMetric.text, via: 'inherited'}
  // `由下降3.8%转为增长1.8%`: a second value of the clause with only a predicate between is of the same thing.
  // (`比上年的730亿元增长11.2%`: after a comparison base, the growth is of the figure compared.)
  const previous = amounts[0]
  const base = previous !== undefined && COMPARISON_BASE.test(folded.slice(cs, previous.start))
  if (!listed && previous && (previous.end === lastMetric.end || base) && onlyPredicate(words.wordsIn(previous.end, q.start).filter((w) => w.end <= q.start))) {
    return {text: lastMetric.text, via: 'inherited'}
  }
  return undefined
}


/** Thresholds passed by a figure (`突破一千大关`, `跌破3000点关口`, `创下历史新高`). */
const THRESHOLD_WORD = /^(?:[^\s]{0,6}?)(?:大关|关口|关卡|门槛|新高|新低|纪录|记录|高位|低位)$/
const PASSING_VERB = /(?:突破|跌破|升破|冲破|攻破|击穿|站上|站稳|失守|逼近|创下|刷新|打破|越过)[^，,。；;]{0,8}$/

/** Whether a phrase before a number is a threshold the figure passed on its way (after a verb of passing). */
function isThreshold(folded: string, phrase: Phrase): boolean {
  return THRESHOLD_WORD.test(phrase.text) && PASSING_VERB.test(folded.slice(Math.max(0, phrase.start - 12), phrase.start + phrase.text.length))
}

/**
 * Whether a verbal noun right after a count's classifier closes its clause (`消防车21辆救援。`): it
 * says what the counted things do. (`13个跌停，` is a verb that is the counted thing; `1套防空导弹`
 * goes on to a noun.)
 */
function verbAfter(words: WordIndex, q: Quantity, sentenceEnd: number): boolean {
  const next = words.wordsIn(q.end, Math.min(sentenceEnd, q.end + 6)).find((w) => w.start >= q.end)
  if (next === undefined || next.start !== q.end || next.tag !== 'vn' || next.word.length < 2) return false
  return next.end >= sentenceEnd || /[，,。；;！？!?\n]/.test(words.text[next.end] ?? '')
}

/** A change written from its old value (`由400元提高至500元`, `由3%降至2%`): the clause opens with 由 and the number (or 由 follows the thing in the clause). */
const FROM_VALUE = /^[\s]*(?:并|将|再|亦|也)?(?:由|从)$/
const CHANGE_AFTER = /^(?:[^，,。；;]{0,4})(?:提高|提升|增加|增至|增到|上调|下调|降低|降至|降到|减少|减至|调整|调高|调低|上升|下降|升至|回落|扩大|缩减|放宽|收紧)/

/**
 * The thing whose change a clause opened by `由` gives (`提高交通补贴的补贴上限，由400元提高至500元`):
 * the noun phrase that ends the clause before, when it ends right before the comma.
 */
function changedObject(ctx: SegmentContext, sentence: SentenceState, q: Quantity, cs: number): Phrase | undefined {
  const {folded, words} = ctx
  if (!CHANGE_AFTER.test(folded.slice(q.end, q.end + 10))) return undefined
  // `建档立卡贫困人口由2014年的5万人减少到…`: the thing is right before 由 in the same clause, a time between.
  const inline = /由((?:\d{4}年|去年|前年|今年|上年)?(?:底|末|初)?的?)$/.exec(folded.slice(cs, q.start))
  if (inline && inline.index > 0) {
    const at = cs + inline.index
    const list = words.wordsIn(cs, at).filter((w) => w.end <= at)
    const blockedHere = (w: Word) => sentence.times.some((t) => t.start < w.end && t.end > w.start) || sentence.scopes.some((s) => s.start < w.end && s.end > w.start)
    return phraseBefore(list, blockedHere)
  }
  if (!FROM_VALUE.test(folded.slice(cs, q.start))) return undefined
  const comma = cs - 1
  if (comma <= sentence.span.start || !/[，,]/.test(folded[comma] as string)) return undefined
  const previousStart = clauseStart(folded, Math.max(sentence.span.start, comma - CLAUSE_WINDOW), comma)
  const list = words.wordsIn(previousStart, comma).filter((w) => w.end <= comma)
  const blockedTimes = (w: Word) => sentence.times.some((t) => t.start < w.end && t.end > w.start) || sentence.scopes.some((s) => s.start < w.end && s.end > w.start)
  return phraseBefore(list, blockedTimes)
}

/**
 * A figure in a cell of a pipe table (`| 機構 | 撥款額 (佔比) |`, then `| --- | --- |`, then the
 * rows) counts what its column's header names, without its bracketed aside. A row may run over
 * more than one line (a cell with a line break); the table is the block of lines above it that
 * start with `|`.
 */
function tableHeader(text: string, q: Quantity): Found | undefined {
  // Every scan stays within TABLE_REACH characters above the figure: a text of one long line
  // with pipes costs linear time, not quadratic.
  const floor = Math.max(0, q.start - TABLE_REACH)
  const lineStart = (at: number) => {
    let i = at
    while (i > floor && text[i - 1] !== '\n') i--
    return i
  }
  let rowStart = lineStart(q.start)
  for (let lines = 0; text[rowStart] !== '|' && lines < 3 && rowStart > floor; lines++) rowStart = lineStart(rowStart - 1)
  if (text[rowStart] !== '|' || (rowStart > 0 && text[rowStart - 1] !== '\n')) return undefined
  let headerStart = rowStart
  for (let rows = 0; headerStart > floor && rows < 200; rows++) {
    const previous = lineStart(headerStart - 1)
    if (previous === floor && floor > 0) return undefined
    if (text[previous] !== '|' && !text.slice(previous, headerStart).includes('|')) break
    headerStart = previous
  }
  const headerEnd = text.indexOf('\n', headerStart)
  const separatorEnd = headerEnd < 0 ? -1 : text.indexOf('\n', headerEnd + 1)
  const separator = text.slice(headerEnd + 1, separatorEnd < 0 ? undefined : separatorEnd)
  if (headerEnd < 0 || headerStart === rowStart || text[headerStart] !== '|' || !/^\|(?:\s*:?-{3,}:?\s*\|)+\s*$/.test(separator)) return undefined
  const column = (text.slice(rowStart, q.start).match(/\|/g) ?? []).length - 1
  const cell = text.slice(headerStart, headerEnd).split('|').slice(1, -1)[column]
  const name = cell?.replace(/[(（][^)）]*[)）]/g, '').trim()
  if (!name || !/^[\u3400-\u9fff]{2,8}$/.test(name)) return undefined
  // The row's first cell says which row (`新界西`, a company): figures of two rows are two figures.
  const row = text.slice(rowStart + 1, text.indexOf('|', rowStart + 1)).replace(/\s+/g, ' ').trim()
  return {text: name, via: 'subject', row: row || undefined}
}

/** How far above a figure its table's header may be, in characters. */
const TABLE_REACH = 8000

/** Words of forecasting: at the start of a clause, or after its subject. */
const FORECAST = /^(?:市场)?(?:预期|预计|预估|预测|目标|计划)|^[\u3400-\u9fff]{0,6}(?:预计|预估|预测)/

/** The words before a comparison base (`比上年的`, `较2017年的`). */
const COMPARISON_BASE = /(?:比|较|較)[^，,。；;]{0,12}的$/

/** Whether a phrase is an organisation or a person (its last word tagged so, or a body's name). */
function isAgent(phraseWords: readonly Word[]): boolean {
  const head = phraseWords.at(-1)
  // (A government pays or receives: `港府今年拨款50亿元` names the money by its verb.)
  const text = phraseWords.map((w) => w.word).join('')
  return head !== undefined && (head.tag === 'nt' || head.tag === 'nr' || ORGANISATION_WORD.test(text) || /(?:政府|港府|澳府|市府|县府)$/.test(text))
}

/**
 * Whether `q` counts in another unit than the count whose metric it would inherit (`41个行业门类…，
 * 带动就业2万人`): people are not industries. Counts only; a rate or an amount of money may follow a count.
 */
function otherCount(sentence: SentenceState, q: Quantity, metricEnd: number): boolean {
  const owner = firstEndingAt(sentence, metricEnd)
  const counts = (x: Quantity) => x.kind === 'count' || (x.kind === 'range' && (x.of ?? 'count') === 'count')
  return owner !== undefined && counts(owner) && counts(q) && owner.unit !== null && q.unit !== null && unitClassOf(owner) !== unitClassOf(q)
}

/** Characters that end a clause inside a sentence. */
const CLAUSE_BREAK = /[，,；;：:]/g

/**
 * Whether a clause without a figure of its own, about a person, stands between the figure a metric
 * was read for and the clause of a later figure (`嫁给身价千亿的某执行长，昨惊爆她曾和某富商来往，收下超过
 * 2.5亿元的钻石`): the story has moved on to someone, and the later figure is not of the same thing.
 * (`总值1260亿元，按不变价格计算，增长5.2%`, `首次突破万亿，此后增速加快，…突破2万亿`: a clause of
 * manner or time keeps it.)
 */
function narrativeBetween(ctx: SegmentContext, sentence: SentenceState, from: number, to: number): boolean {
  // Every clause read is one from a break of the sentence to the next (`to`, the break before the
  // figure's clause, is one): whether each is such a clause is read once per sentence, and the
  // clauses between `from` and `to` are counted by prefix sums, not read again for every figure
  // (quadratic when the figures of a long sentence all inherit one metric named at its start).
  const read = sentenceReadOf(sentence)
  const narrative = (read.narrative ??= narrativeClauses(ctx, sentence))
  const first = partition(narrative.breaks, (b) => b < from)
  const last = partition(narrative.breaks, (b) => b < to)
  if (narrative.breaks[last] !== to) return narrativeBetweenSlowly(ctx, sentence, from, to)
  return (narrative.counts[last] as number) - (narrative.counts[first] as number) > 0
}

/** The clause breaks of a sentence, and how many clauses about a person without a figure open before each. */
function narrativeClauses(ctx: SegmentContext, sentence: SentenceState): {breaks: number[]; counts: number[]} {
  const {span, quantities} = sentence
  const breaks = [...ctx.folded.slice(span.start, span.end).matchAll(CLAUSE_BREAK)].map((m) => span.start + m.index)
  const counts = [0]
  for (let k = 0; k < breaks.length; k++) {
    const start = breaks[k] as number
    // (The last break's clause is never read: a clause read ends at a break.)
    const end = k + 1 < breaks.length ? (breaks[k + 1] as number) : start
    counts.push((counts[k] as number) + (end - start > 1 && !amountWithin(quantities, start, end) && namesPerson(ctx.words.wordsIn(start + 1, end)) ? 1 : 0))
  }
  return {breaks, counts}
}

/** Whether an amount lies within `(start, end]` (quantities sorted by start). */
function amountWithin(quantities: readonly Quantity[], start: number, end: number): boolean {
  for (let k = partition(quantities, (o) => o.start <= start); k < quantities.length && (quantities[k] as Quantity).start < end; k++) {
    const o = quantities[k] as Quantity
    if (AMOUNT_KINDS.has(o.kind) && o.end <= end) return true
  }
  return false
}

/** `narrativeBetween` read clause by clause, for a `to` that is not a break (never, as called). */
function narrativeBetweenSlowly(ctx: SegmentContext, sentence: SentenceState, from: number, to: number): boolean {
  const breaks = [...ctx.folded.slice(from, to).matchAll(CLAUSE_BREAK)].map((m) => from + m.index)
  for (let k = 0; k < breaks.length; k++) {
    const start = breaks[k] as number
    const end = k + 1 < breaks.length ? (breaks[k + 1] as number) : to
    if (end - start <= 1 || amountWithin(sentence.quantities, start, end)) continue
    if (namesPerson(ctx.words.wordsIn(start + 1, end))) return true
  }
  return false
}

/**
 * What a sentence's numbers read alike, read once per sentence: its 分别 positions, its clause
 * breaks, the last rate before each quantity, the first quantity ending at each offset.
 */
interface SentenceRead {
  respective?: number[]
  narrative?: {breaks: number[]; counts: number[]}
  lastRate?: Array<Quantity | undefined>
  byEnd?: Map<number, Quantity>
}
const sentenceReads = new WeakMap<SentenceState, SentenceRead>()

function sentenceReadOf(sentence: SentenceState): SentenceRead {
  let read = sentenceReads.get(sentence)
  if (!read) sentenceReads.set(sentence, (read = {}))
  return read
}

/** Every position of `word` in `[start, end)`. */
function positionsIn(folded: string, start: number, end: number, word: string): number[] {
  const out: number[] = []
  for (let i = folded.indexOf(word, start); i >= 0 && i + word.length <= end; i = folded.indexOf(word, i + 1)) out.push(i)
  return out
}

/** The first quantity of the sentence (in its order) that ends at `end`. */
function firstEndingAt(sentence: SentenceState, end: number): Quantity | undefined {
  const read = sentenceReadOf(sentence)
  if (!read.byEnd) {
    read.byEnd = new Map()
    for (const o of sentence.quantities) if (!read.byEnd.has(o.end)) read.byEnd.set(o.end, o)
  }
  return read.byEnd.get(end)
}

/**
 * The last rate (percent, permille) of the sentence, in its order, that ends by `q.start`. The
 * quantities are sorted by start; when each also ends by the next one's start (no overlap), those
 * ending by `q.start` are those before `q`, and the last rate before each is listed once.
 * Otherwise the sentence is read as before.
 */
function lastRateBefore(sentence: SentenceState, q: Quantity): Quantity | undefined {
  const {quantities} = sentence
  const isRate = (o: Quantity) => o.kind === 'percent' || o.kind === 'permille'
  const read = sentenceReadOf(sentence)
  if (!read.lastRate) {
    const ordered = quantities.every((o, k) => k === 0 || (quantities[k - 1] as Quantity).end <= o.start)
    read.lastRate = []
    if (ordered) {
      let last: Quantity | undefined
      for (const o of quantities) {
        read.lastRate.push(last)
        if (isRate(o)) last = o
      }
      read.lastRate.push(last)
    }
  }
  if (read.lastRate.length === 0) return quantities.filter((o) => o.end <= q.start && isRate(o)).at(-1)
  // The quantities that end by q.start: those before q (found by its start; q is one of them).
  const index = partition(quantities, (o) => o.start < q.start)
  if (quantities[index] !== q) return quantities.filter((o) => o.end <= q.start && isRate(o)).at(-1)
  return read.lastRate[index]
}

/**
 * Whether a scope mention that is not an organisation overlaps the word (scopes sorted by start):
 * read back from the last one starting before the word's end while the running maximum of their
 * ends (listed once per list) still passes its start, not the whole sentence for every number.
 */
function placeOver(scopes: readonly ScopeMention[], w: Word): boolean {
  let ends = scopeEnds.get(scopes)
  if (!ends) {
    ends = []
    for (const s of scopes) ends.push(Math.max(s.end, ends.at(-1) ?? -Infinity))
    scopeEnds.set(scopes, ends)
  }
  for (let k = partition(scopes, (s) => s.start < w.end) - 1; k >= 0 && (ends[k] as number) > w.start; k--) {
    const s = scopes[k] as ScopeMention
    if (s.end > w.start && !String(s.place.code).startsWith('org:')) return true
  }
  return false
}
const scopeEnds = new WeakMap<readonly ScopeMention[], number[]>()

/** `中的`, `之中有` between a count's noun and another count: the second counts some of the first's. */
const PART_OF = /^(?:中的|之中的|当中的|中有|之中有|当中有|中)$/

/** A per-unit word of prices and densities (`每坪`, `每平方米`, `每呎`, `每公斤`). */
const PER_UNIT_WORD = /^每(?:坪|平方米|平方公尺|平方呎|平方英尺|呎|尺|公斤|斤|公升|升|吨|晚|小时|人|磅|盎司|桶|克|两)$/

/** Index of a per-unit word right before the number (after 约/平均 at most), if any. */
function perUnitBefore(clauseWords: readonly Word[]): number | undefined {
  let k = clauseWords.length - 1
  if (k >= 0 && /^(?:约|約|平均|均价|为|為)$/.test((clauseWords[k] as Word).word)) k--
  if (k < 1 || !PER_UNIT_WORD.test((clauseWords[k] as Word).word)) return undefined
  let before = k
  if (/^(?:约|約|平均|均)$/.test((clauseWords[before - 1] as Word).word)) before--
  return before
}

/** Words between a share word and its number (`比重为`, `比例达到`, `占比约`). */
const SHARE_TO_NUMBER = /^(?:为|達|达|达到|達到|是|约|約|约为|約為|已达|升至|提高到|提高至|降至|下降到)?$/

/**
 * `第三产业增加值占GDP比重为56.3%`, `A占全部B的比例达8%`: a share of a whole is the share of the
 * phrase before 占 (`第三产业增加值占比`), not the bare share word nor the whole after 占.
 */
function shareOfWhole(clauseWords: readonly Word[], blocked: (word: Word) => boolean): Found | undefined {
  let k = clauseWords.length - 1
  while (k >= 0 && SHARE_TO_NUMBER.test((clauseWords[k] as Word).word) && (clauseWords[k] as Word).word !== '') {
    if (SHARE_WORD.test((clauseWords[k] as Word).word)) break
    k--
  }
  const shareWord = clauseWords[k]
  if (!shareWord || !SHARE_WORD.test(shareWord.word)) return undefined
  let z = k - 1
  while (z >= 0 && k - z <= 8 && !/^[占佔]$/.test((clauseWords[z] as Word).word)) z--
  if (z < 0 || k - z > 8) return undefined
  const subject = phraseBefore(clauseWords.slice(0, z), blocked)
  return subject ? {text: subject.text + '占比', via: 'before', start: subject.start, end: subject.end} : undefined
}

/** Words a whole may be named with after 占 (nouns, verbal nouns, times, places, attributes, 全日/全年, 的). */
const WHOLE_PIECE = /^(?:n|nz|vn|ng|nt|ns|j|l|an|b|t|f|a|r|uj|m)$/

/**
 * `行政费占当天筹款总额约2%`, `A占全部B的三成`: a percentage right after the whole that 占 names is
 * the share of the phrase before 占 (`行政费占比`), not the whole. The whole is a noun phrase of at
 * most six words with no verb of its own; the phrase before 占 must not be a place or a time.
 */
function shareOfNamedWhole(clauseWords: readonly Word[], q: Quantity, blocked: (word: Word) => boolean): Found | undefined {
  if (q.kind !== 'percent') return undefined
  let z = clauseWords.length - 1
  while (z >= 0 && clauseWords.length - z <= 7 && !/^[占佔]$/.test((clauseWords[z] as Word).word)) z--
  const whole = clauseWords.slice(z + 1)
  if (z < 1 || whole.length === 0 || whole.length > 6 || (whole.at(-1) as Word).end !== q.start) return undefined
  if (!whole.every((w) => WHOLE_PIECE.test(w.tag)) || !whole.some((w) => /^n/.test(w.tag) || w.tag === 'vn')) return undefined
  const subject = phraseBefore(clauseWords.slice(0, z), blocked)
  if (!subject) return undefined
  // (`行政/n 费/v 占…`: a one-character word the phrase reading left before 占 is the end of its noun.)
  const rest = clauseWords.slice(0, z).filter((w) => w.start >= subject.end)
  const glued = rest.length <= 1 && rest.every((w) => isNominal(w) || (w.word.length === 1 && !NOT_NOUN_START.test(w.tag)))
  const text = subject.text + (glued ? rest.map((w) => w.word).join('') : '')
  // (`持股比例占总股本的2%`: a phrase that already names a share or a rate is the metric as it is.)
  return {text: RATE_NAME.test(text) ? text : text + '占比', via: 'before', start: subject.start, end: glued ? (rest.at(-1)?.end ?? subject.end) : subject.end}
}

/** Words between a rate's name and its value that only link the two (`为`, `达`, `约`). */
const RATE_TO_VALUE = /^(?:为|為|是|达|達|达到|達到|约|約|约为|約為|高达|高達|仅|僅|只有|在|维持在|錄得|录得)?$/

/**
 * A percentage and a rate's name next to it: the rate named right before its value is the metric,
 * also when 的 and a noun follow (`失业率为5.1%的水平`, `中小企业比例高达97.8%的产业结构`: the noun
 * after is what has the rate); a rate's name right after the value names it (`26.1%得票率`).
 */
function rateAroundShare(ctx: SegmentContext, q: Quantity, sentenceEnd: number, before: Phrase | undefined, after: {text: string} | undefined): Found | undefined {
  if (q.kind !== 'percent' && q.kind !== 'permille') return undefined
  // (A bare share or change word, `占比为55%`, `比例为5%`, is the share of the figure before it: read elsewhere.)
  const named = (text: string) => RATE_NAME.test(text) && !SHARE_WORD.test(text) && !BARE_CHANGE.test(text) && !/^(?:概率|几率|比率|利率|频率)$/.test(text)
  if (before && named(before.text) && RATE_TO_VALUE.test(ctx.folded.slice(before.end, q.start))) {
    return {text: before.text, via: 'before', start: before.start, end: before.end}
  }
  if (after) return undefined
  const list = ctx.words.wordsIn(q.end, Math.min(sentenceEnd, q.end + 8)).filter((w) => w.start >= q.end)
  let text = ''
  for (const w of list.slice(0, 3)) {
    if (w.start !== q.end + text.length || !(isNominal(w) || w.word === '率')) break
    text += w.word
    if (text.length >= 3 && named(text)) return {text, via: 'noun'}
  }
  return undefined
}

/** Verbs of a market's move right before its size (closed vocabulary), up and down; 了 may follow. */
const MOVE_UP = /(?:上涨|上升|大涨|急涨|急升|飙升|回升|反弹|急弹|收涨|收升|涨|升)了?(?:[\d,.]+点[，,]?或|[\d.]+%[、，,])?$/
const MOVE_DOWN = /(?:下跌|下挫|大跌|急跌|暴跌|暴泻|急挫|重挫|累挫|累跌|回落|收跌|收挫|跌|挫|泻)了?(?:[\d,.]+点[，,]?或|[\d.]+%[、，,])?$/
/** Words of comparison between a subject and its change (`按年`, `同比`). */
const COMPARED_BY = /^(?:按年|按月|按季|同比|环比|按周)$/
/** Words of a trading session before a move (`单日下跌`, `终场收涨`): when, not what moved. */
const SESSION = /^(?:单日|当日|全日|全周|盘中|早盘|午盘|尾盘|终场|收市|收盘|开市|开盘)$/

/**
 * `上证50上涨25%`, `单日下跌2.66%`, `周一暴泻1175点`: the size of a market's move (a percentage or
 * index points) right after a verb of rising or falling, with no noun right before the verb (a
 * number, a time, a session word or an idiom stand there), is the rise (`涨幅`) or the fall (`跌幅`)
 * of what the scope names. Named by the verb (`via: 'verb'`): two moves of one market over other
 * spans are not one statistic (`单日下跌2.66%，三天暴跌4.5%`). `GDP增长6.5%` keeps its noun. The
 * percentage after the points (`下跌1649点或5.1%`) is the same move.
 */
function marketMove(ctx: SegmentContext, clauseWords: readonly Word[], q: Quantity, before: Phrase | undefined): Found | undefined {
  if (q.kind !== 'percent' && !(q.kind === 'count' && q.unit === '点')) return undefined
  // (`暴泻1175点或4.6%`: the percentage after the points is the same move.)
  const near = ctx.folded.slice(Math.max(0, q.start - 20), q.start)
  const move = MOVE_DOWN.exec(near) ?? MOVE_UP.exec(near)
  if (!move) return undefined
  const verbStart = q.start - move[0].length
  // (The verb only: `跌1.02%、130.84点` moved by the points after the percentage.)
  const verbEnd = verbStart + move[0].search(/\d|$/)
  // The phrase before the verb is what moved (`价格按月上涨`), unless a number stands between (the
  // index's own name, `上证50上涨`) or it is an idiom (`紧随其后上涨`) or a session word (`单日下跌`).
  const ahead = clauseWords.filter((w) => w.end <= verbStart)
  if (before) {
    const numbered = ahead.some((w) => w.start >= before.end && w.tag === 'm' && /\d/.test(w.word))
    const idiom = ahead.some((w) => w.start === before.start && w.end === before.end && /^(?:i|l)$/.test(w.tag))
    if (!numbered && !idiom && !SESSION.test(before.text) && !indexMoves(ctx.folded, before.start, verbStart)) return undefined
  } else if (!indexMoves(ctx.folded, ahead[0]?.start ?? verbStart, verbStart) && ahead.some((w) => /^(?:ns|nr|nt|nz|n|vn|eng)$/.test(w.tag) && !SESSION.test(w.word))) {
    // (`汇率今年已下跌`, `北京上涨0.1%`: a noun or a place in the clause is what moved; read as before.)
    return undefined
  }
  return {text: MOVE_DOWN.test(near) ? '跌幅' : '涨幅', via: 'verb', start: verbStart, end: verbEnd}
}

/** What may stand between a stock index's name and its move: its futures, a day or session, a degree adverb (`道指期货大幅下跌`, `港股今日跌`). */
const AFTER_INDEX = /^(?:\d{1,2}月)?(?:期货)?(?:今日|昨日|今天|昨天|周[一二三四五]|盘中|早盘|午盘|尾盘|全日|终场)?(?:[大小]幅|一度|再度|再|又|亦|也|则|均)?$/

/**
 * Whether a stock index or market of the closed list of `indexBefore` is named right before a verb of
 * moving at `verbStart` (`道指涨120点`, `上证指数大涨40点`, `港股跌300点`), in words from `from` on: the
 * index is the figure's scope, and what it moved by is its rise or fall. (`居民消费价格指数上涨2.1%` is no
 * stock index: it keeps its name.)
 */
function indexMoves(folded: string, from: number, verbStart: number): boolean {
  // (The segmenter may cut the name, `道/q 指/n`: the name may begin a few characters before the words read.)
  const index = verbStart > from ? indexBefore(folded, Math.max(0, from - 4), verbStart) : undefined
  return index !== undefined && index.end > from && AFTER_INDEX.test(folded.slice(index.end, verbStart))
}

/** A verb of a share's move or close right before an amount of money (`跌7元`, `收437元`, `、至78元`). */
const PRICE_MOVE = /^(?:上涨|下跌|大涨|大跌|重挫|急挫|挫|涨|跌|收涨|收跌|收报|报收|收|至)$/
/** Words of a stock market's session or its shares, in the sentence or just before it. */
const STOCK_WORDS = /终场|收盘|收市|盘中|尾盘|开盘|股价|权值股|个股|股王|涨停|跌停|台股|港股|美股|A股|H股/
/** How far before a sentence its stock market words are looked for, in characters. */
const STOCK_REACH = 120
/** How far back from a figure its own sentence is read for them, in characters. */
const SENTENCE_REACH = 300

/**
 * `台积电终场…，跌7元、收437元`, `某某跌0.3元、至78元`: money right after a verb of moving or closing, in a
 * report of a stock market (its session or shares named in the sentence or just before), is a share's price
 * (its move or its close), not an amount a noun before it names; a noun of money or price before keeps its name.
 */
function sharePrice(ctx: SegmentContext, clauseWords: readonly Word[], sentenceStart: number, q: Quantity, cs: number, before: Phrase | undefined): Found | undefined {
  const {folded} = ctx
  if (q.kind !== 'money') return undefined
  // (The verb as a word of its own, right before the amount or before `在`/`于`: `税收1070亿元` is no close; `至` only after `、`.)
  const words = clauseWords.filter((w) => w.end <= q.start && w.word.trim() !== '')
  const last = words.at(-1)
  const verb = last && /^[在于]$/.test(last.word) ? words.at(-2) : last
  if (!verb || !PRICE_MOVE.test(verb.word) || !/^(?:v|p)/.test(verb.tag) || (verb.word === '至' && !/[、，,]$/.test(folded.slice(0, verb.start)))) return undefined
  if (before && (isMoneyNoun(before.text) || PRICE_NOUN.test(before.text))) return undefined
  // (`猪肉每斤涨3元`: a price per unit of goods is no share's.)
  if (/每|\//.test(folded.slice(cs, q.start))) return undefined
  // (At most STOCK_REACH characters before the sentence and SENTENCE_REACH back from the figure: a sentence without end stays linear.)
  const reach = folded.slice(Math.max(0, sentenceStart - STOCK_REACH, q.start - SENTENCE_REACH), q.start)
  if (!STOCK_WORDS.test(reach.slice(reach.lastIndexOf('\n') + 1))) return undefined
  return {text: '股价', via: 'verb'}
}

/** Words that name a share of a whole (`比重`, `占比`): alone they say only "the share of". */
const SHARE_WORD = /^(?:比重|占比|份额|比例)$/

/**
 * Whether words between two numbers are only a predicate: verbs, adverbs, prepositions and
 * comparison words (`转为同比增长`). A 的 or any noun means the first number modifies something
 * else (`年收益5万元以上的合作社达到41%`).
 */
function onlyPredicate(between: readonly Word[]): boolean {
  return between.length > 0 && between.every((w) => /^(?:v|vd|vg|d|p|c|ul|f)$/.test(w.tag) || /^(?:同比|环比)$/.test(w.word))
}

/**
 * Metrics read from the structure around a number with no noun of its own: a breakdown by place in
 * brackets counts what the figure before it counts (`死亡人数增至41人（甲省39人、乙省1人…）`); a
 * percentage right after a verb of price change measures that change (`某巴士公司获准加价9.8%`:
 * the phrase before it is who charges; a fare named before it, `票价加价`, still names it).
 */
function structuralMetric(ctx: SegmentContext, sentence: SentenceState, q: Quantity, clauseWords: readonly Word[], hasNounAfter: boolean, before: Phrase | undefined): Found | undefined {
  if (!hasNounAfter && !before && q.kind !== 'percent') {
    const whole = breakdownOf(ctx, sentence, q)
    if (whole) return whole
  }
  const repriced = priceChange(clauseWords, q)
  return repriced && !(before && PRICE_NOUN.test(before.text)) ? repriced : undefined
}

/**
 * The subject of the sentence's first clause, for a later clause that has none and follows no
 * other number (`出口增速逐月回升，8月份增长6.3%`). A growth of it is a growth of the thing
 * itself: `…增速` is dropped before 增长/下降 (the 7.4 % is growth of 进出口).
 */
function sentenceSubject(ctx: SegmentContext, sentence: SentenceState, q: Quantity, cs: number): Found | undefined {
  const {span} = sentence
  const main = mainGroup(ctx, sentence, cs)
  if (main) return main
  if (cs <= span.start) return undefined
  const subject = spokenBy(ctx.folded, firstSubject(ctx, sentence, cs))
  if (!subject) return undefined
  const growth = /(?:增长|下降|增|降|上涨|下跌)$/.test(ctx.folded.slice(cs, q.start))
  const text = growth ? subject.text.replace(/(?:增速|增幅)$/, '') : subject.text
  return text.length >= 2 ? {text, via: 'subject', start: subject.start, end: subject.start + text.length} : undefined
}

/**
 * The subject of the first clause before `cs` that has one, skipping clauses that report speech or
 * a source (`报告显示`, `…书记说`, `e公司讯`: who says, not what is counted), name a topic
 * (`…方面`) or a setting (`在…中`: opened by a preposition). Stops at the first clause with a
 * subject of any kind.
 */
function firstSubject(ctx: SegmentContext, sentence: SentenceState, cs: number): Phrase | undefined {
  let start = sentence.span.start
  for (let clauses = 0; start < cs && clauses < 4; clauses++) {
    // A clause running on past CLAUSE_WINDOW characters (`其中50%、50%、…`) names no subject for
    // what follows it: reading it for every number of it was quadratic.
    const limit = Math.min(cs, start + CLAUSE_WINDOW)
    const end = clauseEndOf(ctx.folded, start, limit)
    if (end === limit && limit < cs) return undefined
    const read = clauseRead(ctx, sentence, start, end)
    if (read === SKIP) {
      start = end + 1
      continue
    }
    return read
  }
  return undefined
}

/** A clause that names who speaks, a topic or only times and places: read on past it. */
const SKIP = Symbol('skip')

/**
 * Readings of the sentence's clauses by `firstSubject`, by start and end: a clause is read once
 * however many figures follow it (24 000 figures after one head clause re-read its words for each).
 */
const clauseReads = new WeakMap<SentenceState, Map<string, Phrase | undefined | typeof SKIP>>()

function clauseRead(ctx: SegmentContext, sentence: SentenceState, start: number, end: number): Phrase | undefined | typeof SKIP {
  let reads = clauseReads.get(sentence)
  if (!reads) clauseReads.set(sentence, (reads = new Map()))
  const key = `${start}:${end}`
  if (reads.has(key)) return reads.get(key)
  const text = ctx.folded.slice(start, end)
  const blockers = [...overlapping(sentence.scopes, start, end), ...overlapping(sentence.times, start, end)]
  const blocked = (w: Word) => blockers.some((b) => b.start < w.end && b.end > w.start)
  const words = ctx.words.wordsIn(start, end).filter((w) => w.end <= end)
  const opener = words.find((w) => !blocked(w))
  // (A clause of times and places only, `截至2017年6月`, is skipped too.)
  const read = SPEECH.test(text) || TOPIC.test(text) || !opener ? SKIP : isNominal(opener) ? clauseSubject(words, blocked) : undefined
  reads.set(key, read)
  return read
}

/** A clause that names a topic (`嫌疑犯性别方面`, `就业而言`): what follows is about parts of it. */
const TOPIC = /(?:方面|而言|来说|来看)$/

/**
 * `以女性居多，计有3120人`, `以三级毒品为主，计有640件`, `以北部贡献最多，…增加2万多人`: a clause
 * saying which group is the main one makes that group what the next clause counts.
 */
function mainGroup(ctx: SegmentContext, sentence: SentenceState, cs: number): Found | undefined {
  const previousEnd = cs - 1
  if (previousEnd <= sentence.span.start) return undefined
  const previousStart = clauseStartNoList(ctx.folded, Math.max(sentence.span.start, previousEnd - 40), previousEnd)
  // (`以港澳贡献最多`: how the group leads — its contribution, growth or share — is not part of the group.)
  const match = /以([^，,。；;：:]{1,16}?)(?:贡献|增长|增加|增幅|涨幅|占比|比重)?(?:为主|居多|最多|为最多|最大|最高)$/.exec(ctx.folded.slice(previousStart, previousEnd))
  if (!match) return undefined
  const start = previousStart + match.index + 1
  const end = start + (match[1] as string).length
  const phrase = phraseBefore(ctx.words.wordsIn(start, end).filter((w) => w.start >= start && w.end <= end), () => false)
  return phrase ? {text: phrase.text, via: 'subject', start: phrase.start, end: phrase.end} : undefined
}

/** Verbs of saying and reporting: a clause with one names a speaker or a source. */
const SPEECH = /说|表示|指出|称|透露|介绍|认为|讯|报道|报导|显示|发布|公布/

/** End of the first clause after `from`, before `limit`. */
function clauseEndOf(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) if (/[，,：:；;]/.test(text[i] as string)) return i
  return limit
}

/**
 * `增长6.4%，比上月加快0.8个百分点`: a change in percentage points of a metric whose last figure
 * was a growth rate is a change of its growth rate (`…增速`); after a share (`占…的55%`), of the
 * share (`…占比`). A metric that already names a rate or share is left as it is.
 */
function rateChanged(ctx: SegmentContext, sentence: SentenceState, q: Quantity, found: Found): Found {
  if (RATE_NAME.test(found.text)) return found
  const previous = lastRateBefore(sentence, q)
  if (!previous) return found
  const lead = ctx.folded.slice(Math.max(sentence.span.start, previous.start - 12), previous.start)
  const clause = lead.slice(Math.max(lead.search(/[，,：:][^，,：:]*$/) + 1, 0))
  if (/占|比重|占比/.test(clause)) return {text: `${found.text}占比`, via: found.via}
  if (/(?:增长|下降|增|降|上涨|下跌|回落|提高)$/.test(clause)) return {text: `${found.text}增速`, via: found.via}
  return found
}

/** Endings of metrics that already name a rate or a share. */
const RATE_NAME = /(?:增速|增幅|涨幅|降幅|跌幅|减幅|升幅|占比|比重|份额|比例|率)$/

/**
 * The counted noun after a number: zh-number's noun, or the segmenter's words when zh-number
 * stopped short, re-read on word boundaries. `linked` when 的 stands between (`2亿元的合约`).
 * Money names money after it (`合约`, `经费`), not what it buys.
 */
function counterNoun(ctx: SegmentContext, q: Quantity, end: number): {text: string; linked: boolean} | undefined {
  const {folded, words} = ctx
  const object = objectAfter(ctx, q, end)
  if (object) return {text: object, linked: false}
  const specified = nounAfterSpecification(ctx, q, end)
  if (specified) return {text: specified, linked: false}
  const household = householdCount(ctx, q, end)
  if (household) return {text: household, linked: false}
  const raw = nounAfter(folded, q, end, false) ?? wordNounAfter(words, q, end)
  // (`3个才读小学的孩子`, `2名就读中学子女`: a modifier between the classifier and its noun.)
  const read = (raw ? nounAfterOnWords(words, raw, q, end) : undefined) ?? classifierNoun(ctx, q, end) ?? singleNounAfter(words, q, end)
  // (`前10位的船舶海工企业`: after 的 a count of 位 is a rank, and the noun is a described thing.)
  const head = read && personCount(q) && folded[q.end] !== '的' ? personHead(words, read, q) : read
  // (`312名基层经验丰富的干部`: a relative clause the segmenter reads as a noun stands before the people.)
  const text = head && personCount(q) && !PERSON_NOUN_END.test(head) && !/生$/.test(head) ? (peopleAfterClause(words, q, end) ?? head) : head
  if (!text || (q.kind === 'money' && !isMoneyNoun(text)) || isPassedMark(q, text)) return undefined
  // A share is always linked by 的 (`68%的第一书记`): only an amount's 的 marks a described noun.
  const share = q.kind === 'percent' || q.kind === 'permille' || (q.kind === 'range' && (q.of === 'percent' || q.of === 'permille'))
  return {text, linked: folded[q.end] === '的' && !share}
}

/** One-character nouns that name a span of time or a measure, not a thing counted (`3个月`, `5间房` counts rooms). */
const NOT_SINGLE_THING = /^[年月日天周岁时分秒次倍成折]$/
/** Classifiers of things (not of people, measures, points or events): the noun after them is what is counted. */
const THING_CLASSIFIER = /^[个间只把张座家台辆艘架处所条块头匹棵株枚颗粒部本册件套栋幢户层份面门]$/

/**
 * `涉及3间房，`, `持有28个州的执照`: a one-character noun right after a count and its classifier is
 * what it counts (the readings above want two characters, as most one-character words after a number
 * are pieces of a longer word), when the noun ends there: punctuation, 的, or a word that is no noun
 * follows. Only after a classifier of things (not `名`, `公里`, `点`), not a word of time (`3个月`), only the tag `n`.
 */
function singleNounAfter(words: WordIndex, q: Quantity, end: number): string | undefined {
  if (q.kind !== 'count' || !THING_CLASSIFIER.test(q.unit ?? '') || !/^\d/.test(words.text.slice(q.numStart, q.numEnd))) return undefined
  const list = words.wordsIn(q.end, Math.min(end, q.end + 4)).filter((w) => w.start >= q.end)
  const noun = list[0]
  if (!noun || noun.start !== q.end || noun.word.length !== 1 || noun.tag !== 'n' || NOT_SINGLE_THING.test(noun.word)) return undefined
  const next = list[1]
  if (next && next.start === noun.end && (isNominal(next) || /^[\u4e00-\u9fff]/.test(next.word) && next.tag.startsWith('n'))) return undefined
  return noun.word
}

/** Whether `q` counts people (`8500多名`, `3位`, `12人`): 名, 位 or 人 as its classifier. */
function personCount(q: Quantity): boolean {
  return q.kind === 'count' && /^[名位人]$/.test(q.unit ?? '')
}

/** How nouns for people end (`党员`, `专家`, `航天员`, `工人`, `干部`, `第一书记`, `子女`). */
const PERSON_NOUN_END = /(?:[员人者师家民工手官士兵客友众童属匠]|干部|书记|代表|子女|孩子|村官|群众|老人|冠军|模范|标兵|先锋)$/

/**
 * The people a count of persons counts, when the noun read after it runs on into their predicate
 * (`8500多名党员创业`, `1.4万名专家入库`, `3名航天员按计划…`: the segmenter tags 创业, 入库, 按计划 as
 * nouns): the longest run of the noun's words from its start that ends in a word for people, when a
 * word that is not one follows. `read` is the noun found right after `q`; unchanged when no shorter
 * run of two characters or more names people.
 */
function personHead(words: WordIndex, read: string, q: Quantity): string {
  if (read.length < 3 || PERSON_NOUN_END.test(read)) return read
  const at = words.text.indexOf(read, q.end)
  if (at < 0 || at - q.end >= 4) return read
  let head = ''
  for (const w of words.wordsIn(at, at + read.length)) {
    if (w.start < at || w.end > at + read.length) continue
    const run = read.slice(0, w.end - at)
    if (run.length >= 2 && run.length < read.length && PERSON_NOUN_END.test(run)) head = run
  }
  return head || read
}

/**
 * The people a count of persons counts after a relative clause closed by 的 (`312名基层经验丰富的干部`,
 * `15名考核为一般等次的村干部`): the noun words right after the first 的 within a few words of the count,
 * with no punctuation between, when they end in a word for people. Read on at most 16 characters.
 */
function peopleAfterClause(words: WordIndex, q: Quantity, end: number): string | undefined {
  const list = words.wordsIn(q.end, Math.min(end, q.end + 16)).filter((w) => w.start >= q.end)
  const of = list.findIndex((w) => w.word === '的')
  if (of <= 0 || list.slice(0, of).some((w) => /^[，,。；;、：:！？\s]/.test(w.word))) return undefined
  let run = ''
  for (const w of list.slice(of + 1)) {
    if (!isNominal(w) || run.length + w.word.length > 6) break
    run += w.word
  }
  return run.length >= 2 && PERSON_NOUN_END.test(run) ? run : undefined
}

/** A size, weight or model written between a count and its noun (`100吨`, `55型`, `32吋`, `3层`). */
const SPECIFICATION = /^\d[\d.,]*\s*(?:万|千)?(?:吨|噸|公吨|米|公尺|公斤|千克|吋|寸|英寸|型|层|層|座|人座|千瓦|马力|馬力)(?:级|級)?(?:的)?/

/**
 * `28艘100吨巡防艇`, `3台55型电视`: a count with a classifier followed by the size of each thing
 * counts the noun after the size, not the words before the count.
 */
function nounAfterSpecification(ctx: SegmentContext, q: Quantity, end: number): string | undefined {
  if (q.kind !== 'count' || q.unit === null) return undefined
  const spec = SPECIFICATION.exec(ctx.folded.slice(q.end, Math.min(end, q.end + 16)))
  if (!spec) return undefined
  const at = q.end + spec[0].length
  const list = ctx.words.wordsIn(at, Math.min(end, at + 10)).filter((w) => w.start >= at)
  if (list[0]?.start !== at) return undefined
  // (`巡防/v 艇/n`: a verb glued to a one-character noun is the first part of that noun.)
  const first = list[0]
  const glued = /^v/.test(first.tag) && list[1] !== undefined && list[1].word.length === 1 && /^n/.test(list[1].tag)
  if (glued) return first.word + (list[1] as Word).word + (nounOfWords(list.slice(2)) ?? '')
  return isNominal(first) ? nounOfWords(list) : undefined
}

/**
 * `1年超标237次`: a count of events right after a verb counts that action (the same as
 * `超标次数`), also with an aspect particle or a bound between (`发病过3次`) and for posts and
 * messages (`留言逾700则`). Not after a verb that governs or compares (`达到`, `超过`, `增加`).
 */
function eventVerb(clauseWords: readonly Word[], q: Quantity): Found | undefined {
  if (q.kind !== 'count' || !(EVENT_UNIT.test(q.unit ?? '') || q.unit === '则')) return undefined
  let verb = clauseWords.at(-1)
  // (`发病过3次`, `施袭最少5次`: an aspect particle or a bound between the verb and its count.)
  const gap = verb !== undefined && verb.end === q.start && EVENT_GAP.test(verb.word) ? verb : undefined
  if (gap) verb = clauseWords.at(-2)
  if (!verb || verb.end !== (gap?.start ?? q.start) || verb.tag !== 'v' || verb.word.length !== 2 || isGoverningVerb(verb.word) || NOT_EVENT.test(verb.word) || REACH_END.test(verb.word)) return undefined
  return {text: verb.word, via: 'before', start: verb.start, end: verb.end}
}

/** Verbs that reach or become a value (`升至`, `增到`, `改为`): the count after them is a level, not events. */
const REACH_END = /[至到为達达成]$/

/** Words between an action and the count of its events: aspect particles and bounds. */
const EVENT_GAP = /^(?:过|了|过了|最少|至少|最多|共|共计|合共|多达)$/

/** Words between a rate's name and its value (`为`, `达到`, `升至`). */
const RATE_LINK = /^(?:为|為|是|达|達|达到|達到|约|約|约为|約為|升至|降至|跌至|增至|升到|降到|录得|錄得|仅|只有|高达|高達|逾|超过|不足|近)$/
/** Pieces a rate's name may be cut into: verbs, nouns, adjectives, abbreviations. */
const RATE_PIECE = /^(?:v|vn|n|ng|a|j|b|an|nz|vg|zg)$/

/**
 * The name of a rate right before its value when the segmenter cut it into verbs (`负/v 评比/v 率/v`,
 * `替代/n 率/v`): the last word ends in 率 and stands alone after pieces joined to it; the name is
 * those pieces back to a particle, pronoun, punctuation or place (two to four pieces, three characters
 * or more). Only when no noun phrase of the segmenter's own ends in that 率 (`失业率` is read as it is).
 */
function rateNameBefore(clauseWords: readonly Word[], blocked: (word: Word) => boolean): Found | undefined {
  let k = clauseWords.length - 1
  while (k >= 0 && RATE_LINK.test((clauseWords[k] as Word).word)) k--
  const rate = clauseWords[k]
  if (!rate || rate.word !== '率' || isNominal(rate) || blocked(rate)) return undefined
  let first = k
  while (first > 0 && k - first < 3) {
    const w = clauseWords[first - 1] as Word
    if (w.end !== (clauseWords[first] as Word).start || blocked(w) || !RATE_PIECE.test(w.tag) || isGoverningVerb(w.word)) break
    first--
  }
  const text = clauseWords.slice(first, k + 1).map((w) => w.word).join('')
  return first < k && text.length >= 3 ? {text, via: 'before', start: (clauseWords[first] as Word).start, end: rate.end} : undefined
}

/** Verbs of receiving: `获得14,877票`, `仅得5票`, `折算得7438.5票` count the votes a candidate got. */
const RECEIVE = /^(?:获|获得|得|得到|取得|赢得|夺得|拿到|拿下|囊括|折算得|共得|只得|仅得)$/
/** Words that may stand between the verb and the count (`获预期高的9212票`, `获出乎意料的`: adverbs, adjectives, idioms, 的). */
const VOTE_FILLER = new Set(['d', 'a', 'ad', 'uj', 'vn', 'l', 'i'])

/**
 * `两人分别获得14,877票`, `在劳工界60票仅得5票`: a count of votes with no noun of its own, after a
 * verb of receiving, is the votes received (`得票`); the classifier 票 is itself the counted thing.
 * Points of a game the same way (`单局攻下6分` → `得分`, `失2分` → `失分`): a bare `分` after no such
 * verb (a test score, minutes) is left alone.
 * At most three words (adverbs, adjectives, 的) between the verb and the count; the next count of
 * a list of them (`及12,333票`) is votes received too.
 */
function votesReceived(clauseWords: readonly Word[], q: Quantity, folded: string, lastMetric: SentenceState['lastMetric']): Found | undefined {
  if (q.kind !== 'count' || (q.unit !== '票' && q.unit !== '分')) return undefined
  const got = q.unit === '票' ? '得票' : '得分'
  // (`获得14,877票及12,333票`: the next count of a list of votes is votes received too.)
  if (lastMetric?.text === got && /^[、和及与\s]*$/.test(folded.slice(lastMetric.end, q.start))) return {text: got, via: 'inherited'}
  const words = clauseWords.filter((w) => w.word.trim() !== '')
  for (let k = words.length - 1, between = 0; k >= 0 && between <= 3; k--, between++) {
    const w = words[k] as Word
    // (`失/zg 2分`: the segmenter tags a one-character verb before a number as a bound morpheme.)
    const verb = /^v/.test(w.tag) || w.tag === 'ud' || (w.tag === 'zg' && w.word.length === 1)
    if (verb && (RECEIVE.test(w.word) || (q.unit === '分' && SCORE.test(w.word)))) return {text: got, via: 'before', start: w.start, end: w.end}
    // (`投4局失2分`: points conceded, a pitcher's or a team's.)
    if (verb && q.unit === '分' && LOSE.test(w.word)) return {text: '失分', via: 'before', start: w.start, end: w.end}
    if (!VOTE_FILLER.has(w.tag)) return undefined
  }
  return undefined
}

/** A count whose classifier says what is counted: votes cast for or against, seats. */
function countedByClassifier(folded: string, q: Quantity): Found | undefined {
  if (q.kind !== 'count') return undefined
  // `以35票反对、25票赞成`: a vote for, against or abstaining says which votes are counted.
  const stance = q.unit === '票' ? STANCE.exec(folded.slice(q.end, q.end + 3))?.[0] : undefined
  if (stance) return {text: STANCE_VOTE[stance] as string, via: 'noun'}
  // `民主派保4席`, `占据4席`: seats are what a count of 席 counts, whatever noun follows (`4席得票增`).
  return q.unit === '席' ? {text: '席', via: 'noun'} : undefined
}

/** A period named relative to another (`上一年度`, `前一周`, `上届`, `去年同期`, or its last word, `年度`), which names no thing counted. */
const RELATIVE_PERIOD = /^(?:(?:上一?|前一|下一?|去|今|本|同)(?:个|個)?)?(?:年度?|届|屆|季度?|月|周|週)(?:同期)?$|^同期$/

/** How a vote is cast, right after its count (`35票反对`), and the name of those votes. */
const STANCE = /^(?:赞成|贊成|反对|反對|弃权|棄權|支持)/
const STANCE_VOTE: Record<string, string> = {赞成: '赞成票', 贊成: '赞成票', 支持: '赞成票', 反对: '反对票', 反對: '反对票', 弃权: '弃权票', 棄權: '弃权票'}

/** Verbs of scoring points in a game (`单局攻下6分`, `独得30分`). */
const SCORE = /^(?:攻下|攻进|攻進|拿下|砍下|独得|獨得|进帐|進帳|进账|攻入|轰下|轟下)$/
/** Verbs of conceding points (`失2分`, `丢3分`). */
const LOSE = /^(?:失|丢|丟|掉|失掉|丢掉|被攻下)$/

/**
 * `为医管局额外预留5亿元`, `政府增拨的5亿元`: money with no noun of its own, right after the verb
 * that allocates it (or after the verb and 的), when a body gives or receives it (the verb's
 * subject, or a body before it, or the relative clause; `今年投入3000万元` alone names no money).
 * The verb is all that names the money, and it names
 * one allocation rather than a statistic: the metric is found `via: 'verb'`, weighted below every
 * comparison threshold, so two allocations of one article are never compared as one figure. Not
 * after a verb that reaches, compares or changes (`达`, `超过`, `增长`): the noun before those names
 * the figure.
 */
function moneyVerb(clauseWords: readonly Word[]): (Found & {linked: boolean}) | undefined {
  const words = clauseWords.filter((w) => w.word.trim() !== '')
  let verb = words.at(-1)
  // (`每月补助共2万元`: a bound or total word between the verb and the amount.)
  if (verb !== undefined && AMOUNT_BOUND.test(verb.word)) verb = words.at(-2)
  const linked = verb !== undefined && verb.word === '的'
  if (linked) verb = words.at(-2)
  if (!verb || verb.tag !== 'v' || !ALLOCATION.test(verb.word)) return undefined
  return {text: verb.word, via: 'verb', start: verb.start, end: verb.end, linked}
}

/** Allocating verbs of giving (the phrase before them is the giver), not of paying or levying. */
const GIVING = /^(?:[增追加另再]?拨|划拨|调拨|补|资助|捐|发放|批出|批给)/

/** Words between an allocating verb and its amount (`补助共2万元`, `拨款约3亿元`). */
const AMOUNT_BOUND = /^(?:共|共计|合共|合计|总共|约|約|近|逾|达|達)$/

/** Words after an amount that say what it is for (`用于`, `用作`). */
const FOR_PURPOSE = /^(?:用于|用於|用作|用来|用以|用在)$/

/**
 * `公寓约每坪750元`: the unit a price is per (`每坪`, `每平方米`) stands between the thing and the
 * amount; the thing before it is what is priced (the per-unit word stays in the qualifier). Only a
 * noun right before it: `经评估订定每坪840元` names the price by a verb, which is no thing.
 */
function pricedPerUnit(clauseWords: readonly Word[], q: Quantity, blocked: (word: Word) => boolean): Found | undefined {
  const perUnit = perUnitBefore(clauseWords)
  if (perUnit === undefined || q.kind === 'percent' || perUnit <= 0 || !isNominal(clauseWords[perUnit - 1] as Word)) return undefined
  const priced = phraseBefore(clauseWords.slice(0, perUnit), blocked)
  return priced ? {text: priced.text, via: 'before', start: priced.start, end: priced.end} : undefined
}

/** A verb of earning after a month or a day (`月赚`, `每月挣`, `一天才赚`, `日赚`), right before an amount. */
const WAGE_VERB = /(?:(?:每个?|一个?)?(月)|(?:每|一)?([天日]))(?:只|才|仅|就|可|能|也|则|约|大约)?(?:赚|挣)(?:了|到|得)?$/

/**
 * A wage named by a verb of earning per month or per day (`先生月赚3万2`, `太太做清洁工月挣约1万元`,
 * `一天才赚700元`): the monthly or daily income of whom the clause is about, not the job or the person
 * before the verb. Via `verb`: one family's wages, never compared (a husband's and a wife's monthly
 * income in one story are two figures). An amount without a unit (`3万2`) is then money. A company
 * that earns in a year (`去年赚了5亿元`) is left alone: that is a profit.
 */
function wageEarned(folded: string, q: Quantity, cs: number): Found | undefined {
  if (q.kind !== 'money' && !(q.kind === 'count' && q.unit === null)) return undefined
  const m = WAGE_VERB.exec(folded.slice(Math.max(cs, q.start - 8), q.start))
  if (!m) return undefined
  return {text: m[1] ? '月收入' : '日收入', via: 'verb', start: q.start - m[0].length, end: q.start}
}

/**
 * Money named by what follows it, when no noun does: a purpose (`3亿元用于支付员工的薪酬` →
 * `薪酬`: the noun phrase closing the clause, after its last 的), a category in quotation marks
 * (`2亿元为「其他开支」`) or an allocating verb right after it (`$7,000万外判…`, as headlines
 * write it). Each names one allocation, not a statistic: found `via: 'verb'`, so never compared.
 */
function moneyPurpose(ctx: SegmentContext, q: Quantity, sentenceEnd: number): Found | undefined {
  const {folded, words} = ctx
  let clauseEnd = q.end
  while (clauseEnd < Math.min(sentenceEnd, q.end + 60) && !/[，,。；;！？!?\n]/.test(folded[clauseEnd] as string)) clauseEnd++
  const rest = words.wordsIn(q.end, clauseEnd).filter((w) => w.start >= q.end && w.end <= clauseEnd && w.word.trim() !== '')
  const first = rest[0]
  if (!first || first.start !== q.end) return undefined
  const quoted = /^(?:为|是|為)[「“『]([\u3400-\u9fff]{2,10})[」”』]$/.exec(folded.slice(q.end, clauseEnd).trim())
  if (quoted) return {text: quoted[1] as string, via: 'verb'}
  if (FOR_PURPOSE.test(first.word)) {
    const tail = rest.slice(1)
    const lastLink = tail.map((w) => w.word).lastIndexOf('的')
    const object = phraseBefore(tail.slice(lastLink + 1), () => false)
    return object && object.end === tail.at(-1)?.end ? {text: object.text, via: 'verb', start: object.start, end: object.end} : undefined
  }
  if (first.tag === 'v' && ALLOCATION.test(first.word)) return {text: first.word, via: 'verb', start: first.start, end: first.end}
  // (`外/f 判/zg`: a verb the dictionary lacks is read from its two characters.)
  const two = folded.slice(q.end, q.end + 2)
  return first.word.length === 1 && ALLOCATION.test(two) ? {text: two, via: 'verb', start: q.end, end: q.end + 2} : undefined
}

/**
 * Verbs that give, keep aside, spend or levy money (`拨`, `预留`, `支付`, `斥资`, `捐`, `罚`, `赔偿`,
 * `外判`): the only verbs that name the money after them. Verbs that reach, change or trade
 * (`达`, `增至`, `报收`, `成交`) say nothing of what the money is.
 */
const ALLOCATION = /^(?:[增追加另再]?拨(?:款|出|付|给)?|划拨|调拨|(?:预|额外|另|再)?留|预留|(?:支|垫|多|代|先)付|支出|开支|耗资|斥资|出资|注资|投入|捐(?:出|款|助|赠)?|资助|补(?:贴|助)|发放|筹(?:集|得|措)|募(?:集|得)|追加|罚(?:款|没)?|赔(?:偿)?|求偿|索偿|索赔|外判|批出|批给|贷(?:款|出)?|授信|缴(?:纳|交)?)$/

/** Verbs before a count that compare or reach, naming no event (`多达`, `超过`, `共有`, `累计`). */
const NOT_EVENT = /^(?:多达|高达|达到|超过|突破|共有|累计|合计|共计|总计|只有|仅有|还有|已有|约有|至少|多于|少于|高于|低于|不足|接近|将近|进行|举行|举办|开展|组织|发生|出现|爆发|录得|接获|接到|收到|获得)$/

/**
 * `另有3宗…`: a sentence that opens with "another N" counts more of the last thing counted in its
 * paragraph.
 */
function anotherOf(ctx: SegmentContext, sentence: SentenceState, q: Quantity, cs: number): Found | undefined {
  const last = earlier.get(ctx)
  if (!last || last.paragraph !== sentence.span.paragraph || cs !== sentence.span.start || q.kind !== 'count') return undefined
  return /^(?:另有|还有|另外还有|其余)$/.test(ctx.folded.slice(cs, q.start)) ? {text: last.text, via: 'inherited'} : undefined
}

/**
 * `对欧盟、日本均增长3.1%，对非洲增长12.4%` after `对…国家进出口…`: a partner phrase whose head
 * is left out takes the head of the last partnered metric of the paragraph (`进出口`, with 非洲).
 */
function partnerOf(ctx: SegmentContext, sentence: SentenceState, q: Quantity): Found | undefined {
  const last = earlier.get(ctx)
  if (!last?.partner || last.paragraph !== sentence.span.paragraph) return undefined
  const head = /(?:进出口|出口|进口|贸易)$/.exec(last.text)?.[0]
  if (!head) return undefined
  let from = q.start
  while (from > sentence.span.start && !/[，,；;。]/.test(ctx.folded[from - 1] as string) && q.start - from < 24) from--
  const partner = /^(?:对|与)([^，,。；;]{2,12}?)(?:均|也|都|则)?(?:增长|下降|增|降)$/.exec(ctx.folded.slice(from, q.start))
  // (`与东盟其他成员国进出口增长12%` names its head: read as usual.)
  if (!partner || /(?:进出口|出口|进口|贸易|额|量)$/.test(partner[1] as string)) return undefined
  // (The partner goes to the qualifier, `with:非洲`, as a named one does: `对东盟进出口` is 进出口 with 东盟.)
  return {text: head, via: 'inherited', partner: true}
}

/**
 * The metric of the figure a bracketed breakdown follows (`41人（甲省39人、乙省1人）`): the last
 * claim of the paragraph, when a bracket opens right after a figure of the same kind and holds only
 * places and figures up to `q`.
 */
function breakdownOf(ctx: SegmentContext, sentence: SentenceState, q: Quantity): Found | undefined {
  const last = earlier.get(ctx)
  if (!last || last.paragraph !== sentence.span.paragraph) return undefined
  const listed = listedByPlace(ctx.folded, sentence, q)
  if (listed) return {text: last.text, via: 'inherited', whole: listed.start}
  const whole = bracketedBefore(ctx.folded, sentence.quantities, q)
  if (!whole || whole.kind !== q.kind || whole.unit !== q.unit) return undefined
  const inside = ctx.folded.slice(whole.end + 1, q.start)
  return q.start - whole.end <= 80 && !/[（）()，,。；;：:]/.test(inside) ? {text: last.text, via: 'inherited', whole: whole.start} : undefined
}

/** What introduces a whole's breakdown by place after it (`本土病例分布在`, `…病例，分別為`, `依序為`). */
const PLACE_BREAKDOWN_INTRO = /^[^，,。；;、]{0,16}?[，,]?\s*(?:分布在|分布于|分别为|分别是|分别在|依序为|依次为|依序是|依次是|包括|其中)[：:]?$/
/** How many places of a breakdown are read back from a figure (a list of any length stays linear). */
const PLACE_BREAKDOWN_REACH = 40

/**
 * `新增221例本土病例分布在台南市197例、高雄市16例…`, `累積1萬142例…病例，分別為台南市9141例、雲林縣414例…`: figures of
 * places listed after a whole of the same kind and unit, the list introduced by 分布在, 分别为, 依序为 or 包括, are
 * the whole's breakdown by place (each place its own scope, the whole's metric). Read back from `q` over the items
 * (a place, the figure, a separator) to the introduction and the whole, which it returns; anything else in between and
 * it is no breakdown.
 */
function listedByPlace(folded: string, sentence: SentenceState, q: Quantity): Quantity | undefined {
  const {quantities, scopes} = sentence
  let k = partition(quantities, (o) => o.start < q.start)
  let item = q
  for (let step = 0; step < PLACE_BREAKDOWN_REACH && k > 0; step++) {
    // The item's place: a scope mention of the sentence ending right before its figure (`為`/`有` may stand between).
    const start = item.start
    const place = scopes[partition(scopes, (s) => s.start < start) - 1]
    if (!place || place.end > start || !/^(?:为|有)?$/.test(folded.slice(place.end, start))) return undefined
    const previous = quantities[--k] as Quantity
    if (previous.end > place.start || previous.kind !== q.kind || previous.unit !== q.unit) return undefined
    const gap = folded.slice(previous.end, place.start)
    if (/^(?:[、，,]|及|以及|和)$/.test(gap)) {
      item = previous
      continue
    }
    return PLACE_BREAKDOWN_INTRO.test(gap) ? previous : undefined
  }
  return undefined
}

/**
 * The last amount before `q` in its sentence with a bracket right after it, if it ends at most 80
 * characters before `q` (further, `breakdownOf` takes none): read back from `q` and stopped there,
 * so that a sentence of thousands of figures stays linear.
 */
function bracketedBefore(folded: string, quantities: readonly Quantity[], q: Quantity): Quantity | undefined {
  for (let k = partition(quantities, (o) => o.start < q.start) - 1; k >= 0; k--) {
    const o = quantities[k] as Quantity
    if (o.end > q.start) continue
    if (q.start - o.end > 80) return undefined
    if (AMOUNT_KINDS.has(o.kind) && (folded[o.end] === '（' || folded[o.end] === '(')) return o
  }
  return undefined
}

/** Verbs of a change of price, rent, fee or pay (`加价`, `减租`, `调高收费`). */
const PRICE_VERB = /^(?:加价|减价|涨价|降价|提价|调价|加租|减租|加费|减费|加薪|减薪|调薪|加息|减息)$/
/** Nouns of a price, rent, fee or pay: a phrase ending so names what a price change measures. */
const PRICE_NOUN = /(?:价|价格|费|收费|费用|租|租金|车资|票价|薪|薪酬|工资|利率)$/

/** `加价9.8%`, `分两阶段加价共12%`: a percentage after a verb of price change (an adverb may stand between). */
function priceChange(clauseWords: readonly Word[], q: Quantity): Found | undefined {
  if (q.kind !== 'percent' && !(q.kind === 'range' && q.of === 'percent')) return undefined
  const words = clauseWords.filter((w) => w.word.trim() !== '')
  let k = words.length - 1
  if (k >= 0 && (words[k] as Word).tag === 'd') k--
  const verb = words[k]
  // (Found `via: 'verb'`, never compared: who raises the price is often a name the segmenter does
  // not know, and two companies' increases in one story are two statistics.)
  return verb && PRICE_VERB.test(verb.word) ? {text: verb.word, via: 'verb', start: verb.start, end: verb.end} : undefined
}

/** Classifiers that count people (and households, `160户停电`). */
const PERSON_UNIT = /^[人名位例户戶]$/

/**
 * Verbs of what happens to people in a report (dying, injury, diagnosis, arrest, rescue,
 * evacuation), with the one-character forms of headlines (`9死20伤`) read as their full verb.
 */
const PEOPLE_VERB = /^(?:死亡|死|丧生|遇难|罹难|身亡|殉职|受伤|伤|出动|停电|停水|断电|断水|受影响|受灾|重伤|轻伤|失踪|确诊|染疫|感染|被捕|拘捕|逮捕|被拘捕|被逮捕|拘留|被拘留|被检控|检控|起诉|被起诉|获救|救出|送院|送医|入院|留医|住院|出院|撤离|疏散|隔离|被控|受审|应讯|提讯|出庭)$/
/** Verbs that count cases (`确诊1287宗`, `新增感染30宗`). */
const CASE_VERB = /^(?:确诊|感染|染疫)$/
// (`6人被控暴动罪`: people charged are the case's defendants, the noun court reports count them by.)
const SHORT_VERB: Record<string, string> = {死: '死亡', 伤: '受伤', 被控: '被告'}
/** Words between a count of people and what happened to them all (`14人同被控…`, `3人均受伤`). */
const TOGETHER = /^(?:同|一同|共同|均|都|皆|亦|一并)$/
/** Words before such a verb that say whether the count is new or cumulative (`新增死亡`, `累计确诊`). */
const COUNT_ASPECT = /^(?:新增|累计|累积)$/
/** Demonstratives before a cause (`死于这类疾病`): not part of its name. */
const DEMONSTRATIVE = /^(?:这类|此类|该类|这种|此种|这些|该|此|这)/

/**
 * People counted by the verb of what happened to them: the verb right after the count
 * (`12人死亡`, `逾30人伤`; `死于X` makes `X死亡人数`: deaths of a cause are not all deaths) or
 * right before it with no noun after (`拘捕15人`, `新增死亡8人`: the phrase before such a verb is
 * who acts, not what is counted). `新增`/`累计` before the verb stay: new and cumulative counts are
 * two statistics. Only counts of people (`人`, `名`, `位`, `例`).
 */
function peopleEvent(ctx: SegmentContext, clauseWords: readonly Word[], q: Quantity, sentenceEnd: number): (Found & {verb: string}) | undefined {
  // (`确诊1287宗`: Hong Kong counts cases with 宗.)
  const cases = q.kind === 'count' && q.unit === '宗'
  if (q.kind !== 'count' || !(PERSON_UNIT.test(q.unit ?? '') || cases)) return undefined
  const {words} = ctx
  const next = words.wordsIn(q.end, Math.min(sentenceEnd, q.end + 24)).filter((w) => w.start >= q.end && w.end <= sentenceEnd)
  // (`160户暂时停电`: one adverb may stand between.)
  // (`14人同被控暴动罪`: a word of doing it together may stand between, whatever its tag.)
  const first = (next[0]?.tag === 'd' || TOGETHER.test(next[0]?.word ?? '')) && next[1] && next[0]?.start === q.end && next[0].end === next[1].start ? {...next[1], start: q.end} : next[0]
  if (first && !cases && first.start === q.end && /^v/.test(first.tag) && PEOPLE_VERB.test(first.word)) {
    const verb = SHORT_VERB[first.word] ?? first.word
    if (verb === '死亡' && (next[1]?.word === '于' || next[1]?.word === '於') && next[1].start === first.end) {
      const cause = causeAfter(next.slice(2))
      if (cause) return {text: `${cause}死亡人数`, via: 'noun', verb: first.word}
    }
    return {text: verb, via: 'noun', verb: first.word}
  }
  const spoken = clauseWords.filter((w) => w.word.trim() !== '')
  let last = spoken.at(-1)
  // (`拘捕了7613人`: an aspect particle between the verb and the count.)
  const end = last?.end
  if (last && ASPECT_PARTICLE.test(last.word) && last.end === q.start) {
    const verb = spoken.at(-2)
    if (verb && verb.end === last.start) last = verb
  }
  // (`共出动/l`: the dictionary keeps an adverb and the verb as one word.)
  const bare = last?.tag === 'l' ? last.word.replace(/^[共已再另]/, '') : last?.word
  if (!last || !bare || end !== q.start || !/^(?:v|l)/.test(last.tag) || !(cases ? CASE_VERB : PEOPLE_VERB).test(bare)) return undefined
  const verb = SHORT_VERB[bare] ?? bare
  const before = clauseWords[clauseWords.indexOf(last) - 1]
  const aspect = before && before.end === last.start && COUNT_ASPECT.test(before.word) ? before.word : ''
  return {text: aspect + verb, via: 'before', start: aspect ? (before as Word).start : last.start, end: last.end, verb: last.word}
}

/** Aspect particles between a verb and its count (`拘捕了`, `確診過`). */
const ASPECT_PARTICLE = /^(?:了|过)$/

/** A negated predicate closing the clause right after a count of people (`未进行强制检测`, `没人应门`, `无人认领`). */
const NEGATED_PREDICATE = /^(?:未|没有|沒有|没人|無人|无人|尚未|仍未|并未|不)[\u3400-\u9fff]{1,7}(?=[，,。；;、！？!?\s（(]|$)/

/**
 * The metric of people or households counted by what they did not do: the negated predicate that
 * closes the count's clause, as written (`有15人未进行强制检测` → 未进行强制检测). The negation is
 * part of the statistic: `93户没人应门` counts the households that did not answer, not 应门.
 */
function negatedEvent(folded: string, q: Quantity): Found | undefined {
  if (q.kind !== 'count' || !PERSON_UNIT.test(q.unit ?? '')) return undefined
  const predicate = NEGATED_PREDICATE.exec(folded.slice(q.end, q.end + 12))?.[0]
  if (!predicate || predicate.length < 3) return undefined
  return {text: predicate, via: 'noun', start: q.end, end: q.end + predicate.length}
}

/**
 * The cause after `死于`: the words closing its clause, without a leading demonstrative
 * (`死于这类慢性疾病` → `慢性疾病`); at most 12 characters of Chinese.
 */
function causeAfter(rest: readonly Word[]): string | undefined {
  let k = 0
  while (k < rest.length && /^(?:r|q|m|mq)$/.test((rest[k] as Word).tag)) k++
  let text = ''
  for (; k < rest.length; k++) {
    const w = rest[k] as Word
    if (!/^[\u3400-\u9fff]+$/.test(w.word)) break
    text += w.word
  }
  text = text.replace(DEMONSTRATIVE, '')
  return text.length >= 2 && text.length <= 12 ? text : undefined
}

/** Classifiers of events: a count of them counts an action. */
const EVENT_UNIT = /^[次回轮輪场場趟遍宗]$/

/**
 * What a count is of when a phrase stands between it and its noun: `3次就外判清洁服务招标` (a count
 * of events about a noun phrase closing the clause counts that phrase), `10宗与「…」相关的投诉`
 * (a phrase with 相关/有关 and 的 modifies the noun after it). The phrase must close the clause.
 */
function objectAfter(ctx: SegmentContext, q: Quantity, end: number): string | undefined {
  if (q.kind !== 'count') return undefined
  const {folded, words} = ctx
  const limit = Math.min(end, q.end + 60)
  let clauseEnd = q.end
  while (clauseEnd < limit && !/[，,：:；;。！？!?\n]/.test(folded[clauseEnd] as string)) clauseEnd++
  const rest = folded.slice(q.end, clauseEnd)
  let from = -1
  if (EVENT_UNIT.test(q.unit ?? '') && /^(?:就|对|為|为)/.test(rest)) from = q.end + 1
  else {
    const related = /^(?:与|和|跟|與)[^，,。；;]{1,30}(?:相关|有关|相關|有關)的/.exec(rest)
    if (related) from = q.end + related[0].length
  }
  if (from < 0) return undefined
  const list = words.wordsIn(from, clauseEnd).filter((w) => w.start >= from && w.end <= clauseEnd)
  const text = nounOfWords(list)
  const last = list.at(-1)
  // The phrase closes the clause: its last word ends where the clause does (`…招标，`, `…投诉`).
  const whole = text !== undefined && last !== undefined && last.end === clauseEnd && list.map((w) => w.word).join('') === text
  if (whole) return text
  // (`投诉` is tagged a verb: a verb closing the clause after 的 is a noun there.)
  return list.length === 1 && last?.end === clauseEnd && /^v/.test(last.tag) && last.word.length >= 2 && folded[from - 1] === '的' ? last.word : undefined
}

/**
 * zh-number's noun after a number (`rawAfter`) re-read by the segmenter. The segmenter reads a
 * little past its end (`中介护士合|约` is cut inside the word 合约) and keeps its leading nouns:
 * cut at the first verb or adverb, and completed to a word boundary. A noun that starts with a
 * verb, an adverb or a measure word (`60万缩减`, `3宗则涉及`, `98万公克`) is no counted noun. When the
 * segmenter keeps nothing, zh-number's noun stands, cut back to the last word boundary inside it
 * (`境外采购商线|下` → `境外采购商`).
 */
function nounAfterOnWords(words: WordIndex, rawAfter: string, q: Quantity, sentenceEnd: number): string | undefined {
  const at = words.text.indexOf(rawAfter, q.end)
  if (at < 0 || at - q.end >= 4) return rawAfter
  const list = words.wordsIn(at, Math.min(sentenceEnd, at + rawAfter.length + 4)).filter((w) => w.start >= at)
  if (!startsNoun(list, at, q, sentenceEnd, words.text)) return undefined
  const cut = nounOfWords(list)
  if (cut && (cut.startsWith(rawAfter) || rawAfter.startsWith(cut))) return cut.length > rawAfter.length + 3 ? rawAfter : cut
  if (cut) return rawAfter
  // `11位直选/v 议员 成功 连任`: a verb joined to the noun after it modifies it; the noun ends where
  // the nouns end, not at the predicate after them (only ever shortens zh-number's reading).
  const modified = list[0]?.start === at && list[0].tag === 'v' ? modifiedNoun(list) : undefined
  if (modified && rawAfter.startsWith(modified)) return modified
  let boundary = 0
  for (const w of list) {
    if (w.end > at + rawAfter.length) break
    // (`8家险企分别获批`: an adverb or a preposition after the first word ends the noun; zh-number's
    // reading ran on into the predicate.)
    if (boundary > 0 && NOT_NOUN_START.test(w.tag)) break
    boundary = w.end - at
  }
  // A noun that is one character up to the first boundary (`仍|不是`) is no noun.
  if (list.length > 0 && list[0]?.start === at && boundary < 2) return undefined
  return boundary >= 2 ? rawAfter.slice(0, boundary) : rawAfter
}

/** A verb and the noun run joined right after it (`直选议员`), when the run is a noun of two characters or more. */
function modifiedNoun(list: readonly Word[]): string | undefined {
  const [verb, next] = list
  if (!verb || !next || next.start !== verb.end || !isNominal(next) || isGoverningVerb(verb.word)) return undefined
  const noun = nounOfWords(list.slice(1))
  return noun ? verb.word + noun : undefined
}

/**
 * The noun after a number read from the segmenter's words alone, when the character reading
 * stopped on a character that also ends nouns (`2亿元的合约`: 约 is also "about"). Only right
 * after the number, or after a 的 that links an amount to its noun.
 */
function wordNounAfter(words: WordIndex, q: Quantity, sentenceEnd: number): string | undefined {
  let at = q.end
  const linked = words.text[at] === '的'
  if (linked) at++
  // (`加征34%的“对等关税”`: a quoted name after 的 is the noun, read inside its quotation marks.)
  if (linked && OPENING_QUOTE.test(words.text[at] ?? '')) at++
  const list = words.wordsIn(at, Math.min(sentenceEnd, at + 10)).filter((w) => w.start >= at)
  // `征收25%关税`: a share written right before a noun (no 的) is the rate of that noun.
  if (!linked && !AMOUNT_AFTER.has(q.kind) && !(q.kind === 'percent' && list[0] !== undefined && /^(?:n|nz)$/.test(list[0].tag) && list[0].word.length >= 2)) return undefined
  if (list[0]?.start !== at || !startsNoun(list, at, q, sentenceEnd, words.text)) return undefined
  const noun = nounOfWords(list)
  // (`60%占比`, `2.5%比例`: a bare share word names nothing; `0.8%收报…`: a market report goes on.)
  return noun && !linked && q.kind === 'percent' && (SHARE_WORD.test(noun) || BARE_CHANGE.test(noun) || /^(?:收报|报收|收市|收盘)/.test(noun)) ? undefined : noun
}

/** Opening quotation marks (folded text keeps the corner brackets of Hong Kong and Taiwan). */
const OPENING_QUOTE = /^[“「『"]$/

/** Kinds whose noun may follow right after them; a share names its noun only after 的 (`68%的第一书记`). */
const AMOUNT_AFTER = new Set(['count', 'money', 'range'])

/** One-character words that make a money noun of the verb before them (`签字费`, `违约金`, `补偿款`). */
const MONEY_MORPHEME = /^[金费款税]$/

/** Tags that never start a counted noun: adverbs, prepositions, conjunctions, particles, pronouns. */
const NOT_NOUN_START = /^(?:d|p|c|u|uj|ud|ul|r)$/

/**
 * Whether the words after a number can start its counted noun. A verb can when a noun follows it
 * or when it is the whole noun, closing the clause (`29人死亡。`, `10宗投诉`) or naming money (`5亿元拨款`); a verb
 * with more after it is the predicate (`60万缩减近一半`). A measure word alone is the unit
 * (`98万1809公克，`), not the thing (`20余项系列活动` is).
 */
function startsNoun(list: readonly Word[], at: number, q: Quantity, sentenceEnd: number, text: string): boolean {
  const first = list[0]
  if (!first || first.start !== at) return true
  if (NOT_NOUN_START.test(first.tag)) return false
  const closes = first.end >= sentenceEnd || /[，,。；;、：:！？()（）“”「」\s]/.test(text[first.end] ?? '')
  // A verb before a noun modifies it (`扶贫工作队`, `建档立卡贫困村`).
  const next = list[1]
  const joined = next !== undefined && next.start === first.end
  // `5亿元拨款`, `200万美元转会费`: a verb naming money, or a verb and a money morpheme (jieba tags
  // both as verbs), is a money noun.
  const moneyWord = q.kind === 'money' && (isMoneyNoun(first.word) || (joined && next.word.length === 1 && MONEY_MORPHEME.test(next.word)))
  if (/^v/.test(first.tag) && first.tag !== 'vn') return closes || moneyWord || (joined && (isNominal(next) || next.tag === 'zg'))
  // A bound morpheme before an adverb or a conjunction is an adverb itself (`仍/zg 不`), not a noun (`村/zg 主干`).
  if (first.tag === 'zg' && joined && /^(?:d|c|p)$/.test(next.tag)) return false
  if (first.tag === 'q') return !closes
  return true
}

/**
 * `A、B分别增长x%和y%`: the i-th value after `分别` is about the i-th of the subjects listed before
 * it (a head noun written once at the end is shared: `纺织业、家具制造业营业收入` → both
 * `…销售收入`); with no list there, about the i-th of the previous numbers' metrics
 * (`民营企业进出口2.16万亿元，外资企业进出口1.08万亿元，分别增长9.3%、4%`).
 */
function respectiveMetric(ctx: SegmentContext, sentence: SentenceState, q: Quantity): Found | undefined {
  const {folded, words} = ctx
  const {span} = sentence
  const floor = Math.max(span.start, q.start - CLAUSE_WINDOW)
  const near = folded.slice(floor, q.start).lastIndexOf('分别')
  if (near < 0) return undefined
  const at = floor + near
  // The values of 分别 are those of its clause (`分别为1.2%和1.8%，均较上月下调0.15个百分点`: not the 0.15).
  const valuesEnd = clauseEndOf(folded, at, Math.min(span.end, at + CLAUSE_WINDOW))
  // (The sentence's quantities are sorted by start: those of the clause are found by binary search,
  // not by filtering the whole sentence for every number, quadratic in a sentence of thousands.)
  const values: Quantity[] = []
  for (let k = partition(sentence.quantities, (o) => o.start <= at); k < sentence.quantities.length; k++) {
    const o = sentence.quantities[k] as Quantity
    if (o.start >= valuesEnd) break
    if (AMOUNT_KINDS.has(o.kind)) values.push(o)
  }
  const index = values.indexOf(q)
  if (index < 0 || /[，,；;：:]/.test(folded.slice(at, q.start))) return undefined
  const read = respectiveOf(sentence, at)
  let {pieces, cleaned} = (read.list ??= listBefore(ctx, span.start, at))
  // `甲和乙销售价格，按年分别上涨x和y`: a clause of only adverbs before 分别 leaves the list in the clause before.
  if (pieces.length === 1 && values.length >= 2) {
    const own = clauseStartNoList(folded, span.start, at)
    const ownWords = words.wordsIn(own, at).filter((w) => w.start >= own && w.end <= at)
    // Only when a verb alone stands between 分别 and the first value (`分别创造市值…`: 市值 is named
    // there), and the clause before holds no number (`2014、2015年…亏损`: years are no list of things).
    const firstValue = values[0] as Quantity
    const between = words.wordsIn(at + 2, firstValue.start).filter((w) => w.start >= at + 2 && w.end <= firstValue.start)
    const verbOnly = between.every((w) => !isNominal(w) && w.tag !== 'x')
    const listStart = clauseStartNoList(folded, span.start, own - 1)
    const numberless = !/[\d０-９]/.test(folded.slice(listStart, own))
    const previous = own > span.start + 1 && /[，,]/.test(folded[own - 1] as string) && ownWords.length > 0 && verbOnly && numberless && !phraseBefore(ownWords, () => false) ? listBefore(ctx, span.start, own - 1) : undefined
    if (previous && previous.pieces.length === values.length) ({pieces, cleaned} = previous)
  }
  // `北京和广州分别下跌a和b`: a list of places is the scopes of the values (scopeOfNumber), not their metric.
  if (pieces.length >= 2 && pieces.length === values.length && listOfPlaces(sentence, folded, pieces, at, read)) {
    const text = paragraphMetric(ctx, span.paragraph)
    return text ? {text, via: 'inherited'} : undefined
  }
  const rowed = pieces.length >= 2 && pieces.length === values.length ? rowedList(folded, at, pieces, index) : undefined
  if (rowed) return rowed
  if (pieces.length >= 2 && pieces.length === values.length) {
    const last = cleaned.at(-1)?.phrase
    const lastWords = last ? words.wordsIn(last.start, last.end) : []
    const head = lastWords.length > 1 ? (lastWords.at(-1) as Word).word : undefined
    const mine = cleaned[index]
    // `一年期和三年期定期存款利率`: pieces that differ only by a term share the whole phrase.
    if (mine && last && (mine.term || !mine.phrase) && (index === cleaned.length - 1 || !mine.phrase)) {
      return mine.term ? {text: mine.term + last.text, via: 'before'} : undefined
    }
    if (!mine?.phrase) return undefined
    // (`存款總額及港元存款分別下跌…`: a piece that already names the head, anywhere, does not take it again; nor does one
    // that ends on a measure of its own, `规模以上工业增加值、…、全国服务业生产指数分别增长…`.)
    const text = head && index < cleaned.length - 1 && !mine.phrase.text.includes(head) && !OWN_MEASURE.test(mine.phrase.text) ? mine.phrase.text + head : mine.phrase.text
    return {text, via: 'before'}
  }
  // `A、B及C的年均浓度分别较前年增加，升幅分别为x、y及z`: the list is in the clause before.
  if (pieces.length === 1 && values.length >= 2) {
    const crossing = listOfEarlierClause(ctx, sentence, at, values.length)
    if (crossing?.[index]) return {text: crossing[index] as string, via: 'before'}
  }
  const following = listAfter(ctx, values.at(-1) as Quantity, valuesEnd)
  if (following.length >= 2 && following.length === values.length) return {text: following[index] as string, via: 'noun'}
  // The last metrics named before 分别, as many as there are values, read back from the sentence's
  // last metric (filtering them all for every value was quadratic in a long sentence): those ending
  // after 分别 are of numbers after it, within the clause's window.
  const earlier: MetricMentionOf[] = []
  for (let k = sentence.metrics.length - 1; k >= 0 && earlier.length < values.length; k--) {
    const m = sentence.metrics[k] as MetricMentionOf
    if (m.end <= at) earlier.push(m)
  }
  if (pieces.length === 1 && earlier.length >= values.length && values.length >= 2) {
    // (`earlier` is read backwards: the value at `index` takes the metric `values.length - 1 - index` back.)
    const mine = earlier[values.length - 1 - index]
    return mine ? {text: mine.text, via: 'inherited'} : undefined
  }
  return pieces.length === 1 && values.length >= 2 ? sharedRespective(ctx, span.start, at, index) : undefined
}

/**
 * What every value of one 分别 (at `at` in a sentence) reads the same: the list before it, the
 * names of the places before it. Read once per 分别, not once per value (a sentence of thousands
 * of values was quadratic, a list of thousands of pieces cubic). The same by construction: the
 * sentence's span, scopes and words do not change while it is read.
 */
interface RespectiveRead {
  list?: ReturnType<typeof listBefore>
  places?: Set<string>
}
type MetricMentionOf = SentenceState['metrics'][number]
const respectiveReads = new WeakMap<SentenceState, Map<number, RespectiveRead>>()

function respectiveOf(sentence: SentenceState, at: number): RespectiveRead {
  let reads = respectiveReads.get(sentence)
  if (!reads) respectiveReads.set(sentence, (reads = new Map()))
  let read = reads.get(at)
  if (!read) reads.set(at, (read = {}))
  return read
}

/** Whether every piece of the list that ends at `at` is a place of the sentence's scope mentions. */
function listOfPlaces(sentence: SentenceState, folded: string, pieces: readonly string[], at: number, read: RespectiveRead): boolean {
  const names = (read.places ??= new Set(sentence.scopes.filter((s) => s.end <= at).map((s) => folded.slice(s.start, s.end))))
  return pieces.every((piece) => names.has(piece.trim()))
}

/**
 * What a list of countries has, named after its last one (`法国、英国、德国对我国投资` → `投资`): every piece but the
 * last a country's name, the last one a country's name and 2–8 Han characters after it (a partner `对我国` dropped).
 */
function afterCountryList(pieces: readonly string[]): {rest: string; last: string} | undefined {
  if (!pieces.slice(0, -1).every((piece) => FOREIGN_PLACE_NAMES.has(piece.trim()))) return undefined
  const last = (pieces.at(-1) as string).trim()
  let name = ''
  for (let n = Math.min(8, last.length - 2); n >= 2 && !name; n--) if (FOREIGN_PLACE_NAMES.has(last.slice(0, n))) name = last.slice(0, n)
  if (!name) return undefined
  const rest = last.slice(name.length).replace(/^(?:对|在)(?:我国|中国|华|大陆|内地)/, '')
  return /^[\u4e00-\u9fff]{2,8}$/.test(rest) ? {rest, last: name} : undefined
}

/** A phrase ending on a measure of its own (`…增加值`, `…零售总额`, `…指数`): a whole metric, which takes no shared head. */
const OWN_MEASURE = /(?:增加值|总值|总额|金额|收入|指数|价格|产量|销量|人数|比率|比例)$/

/**
 * A list before 分别 whose pieces are each value's row, one measure for all (`index`: the value's):
 * - `法国、英国、日本对我国投资分别增长…`: countries listed, then what each of them has (`投资`), said once after the last;
 *   trade partners listed before a trade measure (`partnerList`);
 * - `機電產品出口3.39萬億元…；其中，電腦及其零部件、汽車、船舶分別增長…`: goods listed after 其中 break down the trade
 *   measure named before it; each value is that measure of its goods (`of:汽车`).
 */
function rowedList(folded: string, at: number, pieces: readonly string[], index: number): Found | undefined {
  const owned = afterCountryList(pieces) ?? partnerList(pieces, folded.slice(at + 2, at + 6))
  if (owned) return {text: owned.rest, via: 'before', row: index < pieces.length - 1 ? partnerName((pieces[index] as string).trim()) : owned.last}
  const traded = brokenDownTrade(folded, at, pieces)
  return traded ? {text: traded, via: 'inherited', row: (pieces[index] as string).trim()} : undefined
}

/** How far before 分别 its list's `其中` and the trade measure before that are read, in characters. */
const BREAKDOWN_REACH = 160

/**
 * The trade measure (`出口`, `进口`, `进出口`) a list of goods opened by `其中` right before 分别 breaks down: named in the
 * sentence before 其中 (back to a sentence end or a line break). Every piece is a plain name of 2–10 Han characters.
 */
function brokenDownTrade(folded: string, at: number, pieces: readonly string[]): string | undefined {
  if (!pieces.every((piece) => /^[\u4e00-\u9fff]{2,10}$/.test(piece.trim()))) return undefined
  const head = folded.slice(Math.max(0, at - BREAKDOWN_REACH), at)
  const k = head.lastIndexOf('其中')
  // (The list follows 其中 and at most a comma: no figure or other clause between.)
  if (k < 0 || !/^[，,]?[^，,。；;！？\n\d０-９]*$/.test(head.slice(k + 2))) return undefined
  const before = head.slice(0, k)
  const own = before.slice(Math.max(before.lastIndexOf('。'), before.lastIndexOf('\n')) + 1)
  return /(进出口|出口|进口)(?![^；;]*(?:进出口|出口|进口))/.exec(own)?.[1]
}

/** Trade measured with partners, at the end of a list's last piece or right after 分别. */
const TRADE_MEASURE = /(?:进出口|出口|进口|贸易额|贸易)$/
const TRADE_MEASURE_AFTER = /^(?:进出口|出口|进口)/

/** A partner's name as listed (`我国对拉美` → `拉美`, `前3大贸易伙伴东盟` → `东盟`). */
function partnerName(piece: string): string {
  return piece.replace(/^[^、，,]*?(?:对|与|同)(?=[^对与同]{2,}$)/, '').replace(/^[^、，,]*(?:贸易伙伴|伙伴|市场)(?=[\u4e00-\u9fff]{2})/, '')
}

/**
 * Trade partners listed, then what is traded with each (`对拉美、非洲、中亚五国进出口分别增长…`, after `对`; or
 * `对前3大贸易伙伴东盟、欧盟、美国分别进出口…`, the measure right after 分别): each value is its partner's row, the
 * metric the trade measure. The partners may be regions and groups no gazetteer holds (`拉美`, `中亚五国`).
 */
function partnerList(pieces: readonly string[], afterRespective: string): {rest: string; last: string} | undefined {
  const first = (pieces[0] as string).trim()
  const last = (pieces.at(-1) as string).trim()
  const after = TRADE_MEASURE_AFTER.exec(afterRespective)?.[0]
  const measure = after ?? TRADE_MEASURE.exec(last)?.[0]
  if (measure === undefined) return undefined
  const partnered = /(?:对|与|同)[^对与同]{2,}$/.test(first) || /伙伴/.test(first)
  if (!partnered && !pieces.slice(0, -1).every((piece) => FOREIGN_PLACE_NAMES.has(piece.trim()))) return undefined
  const name = partnerName(after ? last : last.slice(0, -measure.length))
  const names = [...pieces.slice(0, -1).map((piece) => partnerName(piece.trim())), name]
  return names.every((n) => /^[\u4e00-\u9fff]{2,6}$/.test(n)) ? {rest: measure, last: name} : undefined
}

/** Verbs of a change of level. */
const CHANGE_VERB = /^(?:上涨|下跌|上升|下降|增长|下调|上调|回落|回升|减少|增加|萎缩|收缩|扩张|下滑|反弹|攀升|下挫|走低|走高|大增|大减|大涨|大跌|增|减|涨|跌|升|降)$/

/**
 * `其中，北京上涨0.1%`, `分季度看，一季度同比增长18.3%，二季度增长7.9%`: a clause of only places or only times (`frames`, the
 * sentence's scopes or times, sorted), a basis (`同比`), adverbs and a change goes on with the thing its paragraph, or the
 * paragraph it breaks down, counted. (Each word's frame is found by binary search: a sentence of thousands stays linear.)
 */
function frameOnlyChange(clauseWords: readonly Word[], blocked: (word: Word) => boolean, frames: ReadonlyArray<{start: number; end: number}>, q: Quantity): boolean {
  if (q.kind !== 'percent') return false
  const words = clauseWords.filter((w) => w.word.trim() !== '' && !/^[，,、]$/.test(w.word) && w.word !== '其中')
  const verb = words.at(-1)
  if (!verb || !CHANGE_VERB.test(verb.word)) return false
  const rest = words.slice(0, -1)
  const framed = (w: Word) => overlapping(frames, w.start, w.end).length > 0
  return rest.some(framed) && rest.every((w) => framed(w) || COMPARISON_BASIS.test(w.word) || ((w.tag === 'd' || STILL_WORD.test(w.word)) && !blocked(w)))
}

/** Words of going on that the segmenter may not tag as adverbs (`7月、8月、9月连续萎缩`). */
const STILL_WORD = /^(?:连续|持续|继续|进一步|再度|仍然|依然)$/


/** Names of rates of change: a 分别 clause of only one of them (`升幅分别为…`) is about a list named earlier. */
const CHANGE_NAME = /^(?:升幅|增幅|涨幅|降幅|跌幅|减幅|增速|变幅|升幅则|增幅则)?$/

/**
 * `甲、乙及丙的年均浓度分别较前年增加，升幅分别为x、y及z`: the values of a 分别 clause that
 * names only a rate of change are about the pieces of the 分别 list of the clause before, each
 * with the head noun that closes that list (`甲年均浓度`, `乙年均浓度`, …). `undefined` unless the
 * list has as many pieces as there are values.
 */
function listOfEarlierClause(ctx: SegmentContext, sentence: SentenceState, at: number, count: number): string[] | undefined {
  const {folded, words} = ctx
  const {span} = sentence
  const ownStart = clauseStartNoList(folded, span.start, at)
  if (!CHANGE_NAME.test(folded.slice(ownStart, at).replace(/\s+/g, '')) || ownStart <= span.start) return undefined
  const earlier = folded.slice(span.start, ownStart).lastIndexOf('分别')
  if (earlier < 0) return undefined
  const respective = span.start + earlier
  // (Only the clause right before: `…分别较前年增加，升幅分别为…`.)
  if (/[，,；;：:]/.test(folded.slice(respective, ownStart - 1))) return undefined
  const listStart = clauseStartNoList(folded, span.start, respective)
  const pieces = folded.slice(listStart, respective).split(/[、和与及]/)
  if (pieces.length !== count) return undefined
  const lastStart = respective - (pieces.at(-1) as string).length
  const timeBlocked = (w: Word) => sentence.times.some((t) => t.start < w.end && t.end > w.start)
  const lastWords = words.wordsIn(lastStart, respective).filter((w) => w.start >= lastStart && w.end <= respective)
  const head = phraseBefore(lastWords, timeBlocked)
  if (!head || head.end !== respective) return undefined
  // The last piece's own name is what stands before the head, without its times and 的.
  let lastName = ''
  for (const w of lastWords) if (w.end <= head.start && !timeBlocked(w) && w.word !== '的') lastName += w.word
  const names = [...pieces.slice(0, -1), lastName].map((piece) => pieceName(piece.replace(/\s+/g, '')))
  return names.every((name) => name !== undefined) ? names.map((name) => `${name}${head.text}`) : undefined
}

/** The name closing a piece of a list: a Latin name (`NO2`, `PM10`) or two to six characters of Chinese. */
function pieceName(piece: string): string | undefined {
  return /(?:[A-Za-z][A-Za-z0-9.]*|[\u3400-\u9fff]{2,6})$/.exec(piece)?.[0]
}

/**
 * `（PM2.5及NO2…，）死亡风险会分别升6.2%及3.9%`: with the things compared named elsewhere, every value
 * of 分别 measures the noun phrase of its clause. Each value is about another of those things: its
 * position in this list of this article is part of the key (`of:分别2@<article>#<offset>`), so the
 * values are never compared with each other nor with another article's list.
 */
function sharedRespective(ctx: SegmentContext, sentenceStart: number, at: number, index: number): Found | undefined {
  const clauseStart = clauseStartNoList(ctx.folded, sentenceStart, at)
  const clauseWords = ctx.words.wordsIn(clauseStart, at).filter((w) => w.start >= clauseStart && w.end <= at)
  while (clauseWords.length > 0 && /^(?:d|v|vd|p|c)$/.test((clauseWords.at(-1) as Word).tag)) clauseWords.pop()
  const phrase = phraseBefore(clauseWords, () => false)
  return phrase && phrase.end === clauseWords.at(-1)?.end ? {text: phrase.text, via: 'before', start: phrase.start, end: phrase.end, row: `分别${index + 1}@${ctx.article.local}#${at + ctx.offset}`} : undefined
}

/**
 * `分别有2.4%及1.1%患有糖尿病及痛风`: the list after the last value of 分别 (after its verb), when
 * the values name no thing of their own; each piece a short noun phrase.
 */
function listAfter(ctx: SegmentContext, last: Quantity, clauseEnd: number): string[] {
  const list = ctx.words.wordsIn(last.end, clauseEnd).filter((w) => w.start >= last.end && w.end <= clauseEnd)
  let k = 0
  while (k < list.length && /^v/.test((list[k] as Word).tag) && (list[k] as Word).tag !== 'vn') k++
  if (k === 0 || k >= list.length) return []
  const pieces = ctx.folded.slice((list[k] as Word).start, clauseEnd).split(/[。！？!?\n]/)[0]!.trim().split(/[、和与及]/)
  return pieces.every((piece) => /^(?:[\u3400-\u9fff]{2,10}|[A-Za-z][A-Za-z0-9.\- ]{1,15})$/.test(piece.trim())) ? pieces.map((piece) => piece.trim()) : []
}

/** The pieces of the `、`/和 list before `分别` at `at`, each read as a phrase and a term prefix. */
function listBefore(ctx: SegmentContext, sentenceStart: number, at: number): {pieces: string[]; cleaned: Array<{phrase: Phrase | undefined; term: string | undefined}>} {
  const {folded, words} = ctx
  // (Read LIST_REACH characters back at most, by clauseStartNoList: in a text without a sentence end or a comma, every
  // 分别 read the list from the text's start, quadratic, and out of memory at 160 000 characters.)
  const listStart = clauseStartNoList(folded, sentenceStart, at)
  // (`电脑及其零部件`: 及 before 其, "and its", joins a name's parts, not two pieces.)
  const pieces = folded.slice(listStart, at).split(/[、和与]|及(?!其)/)
  let start = listStart
  const cleaned = pieces.map((piece) => {
    const pieceStart = start
    start += piece.length + 1
    return readPiece(pieceStart, piece)
  })
  return {pieces, cleaned}

  function readPiece(start: number, piece: string): {phrase: Phrase | undefined; term: string | undefined} {
    const pieceWords = words.wordsIn(start, start + piece.length).filter((w) => w.end <= start + piece.length)
    return {phrase: phraseBefore(pieceWords, () => false), term: termPrefix(pieceWords)}
  }
}

/**
 * `A和B分别为x和y，均较此前下降z`: a clause opened by 均/都 after a 分别 clause is about what the
 * listed things share (the last piece's phrase without its term), not about the last one.
 */
function sharedAfterRespective(ctx: SegmentContext, sentence: SentenceState, cs: number): Found | undefined {
  if (!/^(?:均|都|皆)/.test(ctx.folded.slice(cs, cs + 1))) return undefined
  // (The sentence's 分别 are listed once: looking for the last one back from every number was quadratic.)
  const positions = (sentenceReadOf(sentence).respective ??= positionsIn(ctx.folded, sentence.span.start, sentence.span.end, '分别'))
  const found = positions[partition(positions, (p) => p + 2 <= cs) - 1]
  if (found === undefined) return undefined
  const read = respectiveOf(sentence, found)
  const {pieces, cleaned} = (read.list ??= listBefore(ctx, sentence.span.start, found))
  const last = cleaned.at(-1)?.phrase
  return pieces.length >= 2 && last ? {text: last.text, via: 'inherited'} : undefined
}

/**
 * The term or grade that opens a piece of a 分别 list (`一年期`, `五年期以上`, `二级`): the words
 * tagged as times, numerals or 以上/以下 before its first noun; `undefined` when there are none.
 */
function termPrefix(pieceWords: readonly Word[]): string | undefined {
  let text = ''
  for (const w of pieceWords) {
    if (!/^(?:t|m|mq|f)$/.test(w.tag) && !/^(?:以上|以下)$/.test(w.word)) break
    text += w.word
  }
  return /期|级|类/.test(text) ? text : undefined
}

/**
 * Words of an amount per unit (`每个`, `每年`, `人均`, `户均`, `日均`, `场均`, `平均`), of the extremes of a spread
 * (`平均一户有三条船，多则8条`) and of what is left out (`除九家银行外`): not a total of the scope.
 */
const PER_UNIT = /每[个年月天日周人户村亩位名家次]?|[户人村亩日月年周场店]均|平均|多则|少则|除(?:了)?$/

/** Start of the clause holding `at`, reading back over `、`-lists (`A、B分别…` is one clause here). */
/** How far back a list before 分别 is read, in characters (a list of names or things is far shorter). */
const LIST_REACH = 300

function clauseStartNoList(text: string, from: number, at: number): number {
  // (LIST_REACH characters back at most: a text without commas stays linear.)
  const floor = Math.max(from, at - LIST_REACH)
  for (let i = at - 1; i >= floor; i--) if (/[，,：:；;。]/.test(text[i] as string)) return i + 1
  return floor
}

/** Times of a trading day: figures of a market at different times of one day are different figures. */
const INTRADAY = /早盘|午盘|午间|尾盘|收盘|开盘|盘中|盘初|盘后|隔夜/

/** Names that are organisations, events or facilities (not persons, ordinals or terms). */
export const ORGANISATION_WORD = /(?:局|署|会|委|部|厅|院|所|集团|公司|股份|控股|银行|证券|医院|大学|学院|大桥|高铁|铁路|机场|港|博览会|交易会|洽谈会|广交会|投洽会)$/

/** Endings of company, index and product names (`上港集团`, `纳斯达克100指数`, `宁波港`). */
const ENTITY_END = /(?:集团|公司|股份|控股|银行|证券|基金|指数|期货|重工|科技|船业|航运|港口|锚链|国际|地产|保险|能源|电子|汽车|医药|食品|网|港|所|会|队)$/
/** Kinds of bodies: a word of the dictionary's common nouns ending so (`委员会`, `子公司`) is a kind, not a name. */
const GENERIC_BODY = /(?:公司|会|所|队|集团)$/
/** A preposition before a body that receives or benefits (`向医管局`, `为医管局`, `给…`). */
const RECIPIENT_BEFORE = /[向为給给替]$/
/** Words after a name that make it the source of the figures, not what they are about. */
const SOURCE_AFTER = /^(?:[^，。；]{0,6})(?:发布|显示|公布|介绍|表示|称|说|指出|透露|统计|获悉|了解|预计|测算|数据|消息|报道|回覆|回复|监测|调查|发票)/

/**
 * The named subject a number is about when it is not a place: the last company, organisation,
 * index or person named before the number in its sentence (segmenter tags `nt`, `nz`, `nr`,
 * Latin names, or a name ending in 集团/公司/指数/港…), unless it is only the source
 * (`市统计局公布的数字表明…`). Part of the key: the market value of one company is not the
 * market value of another, though both are `市值` in one place.
 */
export function entityBefore(words: WordIndex, from: number, to: number, scopes: readonly ScopeMention[]): string | undefined {
  // `第二次地震…8公里`, `30年期公债收益率`: an ordinal event or a term names which one.
  const which = /第[一二三四五六七八九十\d]+[次个届场轮期]|\d+(?:年|个月|天)期/.exec(words.text.slice(from, to).split(/[，,]/).at(-1) ?? '')
  if (which) return which[0]
  const list = words.wordsIn(from, to).filter((w) => w.end <= to)
  for (let k = list.length - 1; k >= 0; k--) {
    const w = list[k] as Word
    // A one-character "person" is a surname or a piece of an unknown word (`陆/nr 客`); one before a
    // verbal noun is a mistagged word (`养老/nr 服务`).
    const person = (w.tag === 'nr' || w.tag === 'nrt') && w.word.length >= 2 && list[k + 1]?.tag !== 'vn'
    // A common noun that ends like a name (`委员会`, `有限公司`, `基金会`, `子公司`) names no one by itself.
    // (`GDP`, `CPI` are statistics, not names.)
    const named = w.tag === 'nt' || w.tag === 'nz' || person || (w.tag === 'eng' && w.word.length >= 2 && !STATISTIC_ACRONYM.has(w.word.toUpperCase())) || (w.word.length >= 3 && ENTITY_END.test(w.word) && !(w.tag === 'n' && GENERIC_BODY.test(w.word)))
    if (!named) continue
    // `政府向医管局增拨5亿元`, `为医管局额外预留`: after 向/为/给 a body receives; it is not what the figure is about.
    if (RECIPIENT_BEFORE.test(words.text.slice(Math.max(0, w.start - 1), w.start))) continue
    if (placeOver(scopes, w)) continue
    if (SOURCE_AFTER.test(words.text.slice(w.end, w.end + 8))) continue
    return w.word
  }
  return undefined
}
