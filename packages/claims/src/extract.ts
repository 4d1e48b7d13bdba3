import {findPlaces, type Place} from '@jiaodui/gazetteer'
import {findQuantities, inputEnd, inputStart, withoutTypesetSpaces, type Quantity, type TagFreeView} from '@jiaodui/zh-number'
import {actionOf, clauseEndAfter} from './action.js'
import {bareCountedNoun} from './bare-count.js'
import {headlineTimeOf, leadTimeOf, OPENS_BREAKDOWN, periodOfNumber, topicTimeOf, type TopicTime} from './claim-period.js'
import {companyName, openingName, referredSubject, subjectOfFigure} from './subject.js'
import {AMOUNT_KINDS, CHANGE_ALONE, metricOfNumber, ORGANISATION_WORD, qualifierOfNumber, entityBefore, rememberMetric, type NumberAt} from './claim-metric.js'
import {frameConfidence, scopeMetricConfidence} from './confidence.js'
import {CLAUSE_WINDOW, NounPositions, withoutColumnTag, type ArticleFrame, type SegmentContext, type SentenceState} from './context.js'
import {PASSED_MARK_WORDS, predicateOf, roleOf, unitClassOf} from './metric.js'
import {organisationId, reportingBody} from './news-words.js'
import {markParts} from './parts.js'
import {clauseBefore, partnerOfQualifier} from './key.js'
import {timeMentions} from './period.js'
import {currencyScope, regionalUnit, regionOfText} from './region.js'
import {restatedPeriods} from './restated.js'
import {articleSubject, calledCompany, indexAt, indexBefore, latinNameAfter, latinNameBefore, listedBefore, MARKET_NAMES, personBefore, protagonistOf} from './topic.js'
import {articlePlaceOf, documentPlaceOf, isWordOfText, listScope, otherSubject, scopeFrom, scopeIdOf, scopeMentions, scopesOfSegment, sectionCountry, sectionHeadings, sentenceSubject, type ScopeMention} from './scopes.js'
import {WordIndex} from './segment.js'
import {lastBefore, overlapping, partition} from './spans.js'
import {contentHash} from '@jiaodui/lint-rule'
import {actorBeforeAt, latinSubject, organisationSubject} from './clause-subject.js'
import {clauseStart, foldText, inContrastClause, lineIndex, sentences, type Span} from './text.js'
import type {Claim, ClaimPeriod, ClaimPoint, ClaimScope, ExtractInput} from './types.js'

/**
 * A threshold passed on the way to the figure stated after it (`跌破三万点大关至29800点`): not itself a
 * figure. (`突破10万亿元大关` alone says the figure is above it, and stays a claim.)
 */
const THRESHOLD_AFTER = new RegExp(`^(?:${PASSED_MARK_WORDS})(?:后)?[，,]?(?:至|到|报|收于|收报)`)

/** Count units that are not amounts of a thing (levels, editions, issues). */
const SKIP_UNITS = new Set(['级', '届', '版', '号', '期', '代', '岁', '周岁', '倍', '楼', '层', '次方'])


/**
 * Units of measure written after a bare number that the number reader leaves out (Hong Kong's
 * `平方呎`, air quality's `微克/立方米`, futures' `手`, prices in `美分`/`港仙`, counts of days `日`).
 */
const MEASURE_AFTER = /^(?:平方呎|平方尺|平方英尺|平方公尺|微克\/立方米|微克每立方米|毫克\/立方米|手(?![机表段续术工艺法脚足])|美分|港仙|日(?![期子报内前后间元币圆本均用常]))/
/** Words before a number of days that make it a count, not a day of the month (`有44日`, `比去年的26日`). */
const DAYS_COUNTED = /(?:有|共|达|为|的|约|逾|超过|近|多达|高达|工期|延)$/

/**
 * Bare counts followed by a unit of measure the number reader does not know get that unit: they
 * are statistics (`人均居住面积为161平方呎`, `总成交12,626手`, `高风险日数有44日`).
 */
function withMeasureUnits(folded: string, quantities: Quantity[]): Quantity[] {
  return quantities.map((q) => {
    if (q.kind !== 'count' || q.unit !== null || q.value === null) return q
    const unit = MEASURE_AFTER.exec(folded.slice(q.end, q.end + 8))?.[0]
    if (!unit) {
      // `同案13被告`, `3金2银3铜`: the noun is the unit; the count keeps its text (the noun is not its unit of measure).
      const noun = bareCountedNoun(folded, q)
      return noun ? {...q, unit: noun} : q
    }
    // A whole number up to 31 before 日 is a day of the month unless a counting word comes first.
    if (unit === '日' && Number.isInteger(q.value) && q.value <= 31 && !DAYS_COUNTED.test(folded.slice(Math.max(0, q.start - 4), q.start))) return q
    // (`倒计时100日`: a countdown is a date to come, not a number of days that happened.)
    if (unit === '日' && /(?:倒计时|倒数|第)$/.test(folded.slice(Math.max(0, q.start - 3), q.start))) return q
    const end = q.end + unit.length
    return {...q, end, text: folded.slice(q.start, end), unit}
  })
}

/**
 * Units of concrete things and people counted: one Chinese numeral character before one of them
 * (`两名被告`, `三家银行`, `四人被捕`) is a count like any other. Not the abstract and event
 * classifiers (`两个要求`, `三项措施`, `一次`, `两度`) that enumerate or are rhetoric.
 */
const CONCRETE_UNIT = /^(?:人|名|位|户|戶|口|家|间|間|所|座|栋|棟|枚|艘|辆|輛|架|台|列|宗|张|張|票|件|本|部|只|隻|头|頭|匹)$/
/** Words that name a count, and a copula after them, right before a number without a unit (`数目为`, `人数只有`). */
const COUNT_NAMED_BEFORE = /(?:数目|数字|数量|总数|人数|次数|票数|宗数|个案数|人次)(?:为|是|达|达到|约为|共|共有|只有|仅有|仅|只得|录得)$/

/** A ratio's name and its copula right before a multiple (`求人倍率为1.04倍`, `市盈率达20倍`, `覆盖率升至1.5倍`). */
const RATIO_VALUE_BEFORE = /(?:倍率|倍数|率|比)(?:为|是|达|达到|录得|升至|降至|回升至|回落至|上升至|下降至)$/

/** An index, by name or acronym, and its copula right before a number without a unit (`发展指数为89.8`, `景气指数录得52.1`, `制造业PMI为51.5`). */
const INDEX_VALUE_BEFORE = /(?:指数|PMI|CPI|PPI)[)）]?(?:[^，,。；;\d]{0,4}?(?:升至|降至|回升至|回落至|上升至|下降至|反弹至|跌至|涨至)|为|是|报|达|达到|录得)$/i

/**
 * Whether quantity `q` of `folded` is the kind of number a claim is made of (`isClaimQuantity`), or
 * a count of one Chinese numeral character before a unit of concrete things or people (`两名被告`).
 * (Bare digits before a noun, `同案13被告`, count only before a closed list of nouns, see
 * `bareCountedNoun`: fund names, street numbers and comment counters read the same way.)
 */
export function isClaimQuantityIn(q: Quantity, folded: string): boolean {
  // (`每百萬人口死亡數為0.4人`, `每10萬人口`, `每千人有3名醫生`: the base of a rate per head is no figure of its own.)
  if (folded[q.start - 1] === '每' && q.kind === 'count' && (q.unit === '人' || q.unit === '户' || q.unit === '名')) return false
  const numeral = folded.slice(q.numStart, q.numEnd)
  if (isClaimQuantity(q, numeral)) return true
  // `录得数目为488396`: a number without a unit after a word that names a count and its copula is that count.
  if (q.kind === 'count' && q.unit === null && /^\d[\d,]*$/.test(numeral) && COUNT_NAMED_BEFORE.test(folded.slice(Math.max(0, q.start - 8), q.start))) return true
  // `有效求人倍率为1.04倍`, `市净率为1.2倍`: a ratio named right before it, with its copula, is a level, not a change.
  if (q.kind === 'ratio' && RATIO_VALUE_BEFORE.test(folded.slice(Math.max(0, q.start - 6), q.start))) return true
  // `全省消费信心指数为104.6`: the value of an index named right before it, with its copula.
  if (q.kind === 'count' && q.unit === null && /^\d+(?:\.\d+)?$/.test(numeral) && INDEX_VALUE_BEFORE.test(folded.slice(Math.max(0, q.start - 12), q.start))) return true
  return q.kind === 'count' && q.unit !== null && /^[二两兩三四五六七八九十]$/.test(numeral) && CONCRETE_UNIT.test(q.unit)
}

/** How many names cut with mixed tags an article keeps as candidates for its story's person. */
const MAX_LOOSE_NAMES = 32

/**
 * The scope a name before the figure gives one with no place of its own: a person of a family story,
 * and a stock index named after the sentence's last place; `person` says the scope is a person's.
 */
function namedScope(ctx: SegmentContext, sentence: SentenceState, q: Quantity, scope: ClaimScope): {scope: ClaimScope; person: boolean} {
  const {folded} = ctx
  const {span} = sentence
  let person = false
  // `阿华一家5口目前靠2万1000元生活`: a person named before a figure with no place of its own is who the
  // figure is about (one family's money in a human-interest story), rather than the region.
  // (Taiwan and Hong Kong papers run such stories; mainland news names a person's figures by title and
  // place, and skipping the read there keeps the extraction's cost within its budget.)
  if ((scope.via === 'document' || scope.via === 'previous-sentence' || scope.via === 'unknown') && ctx.article.region !== 'CN') {
    // (Read back PERSON_REACH characters at most: a sentence of thousands of numbers stays linear.)
    const near = ctx.words.wordsIn(Math.max(span.start, q.start - PERSON_REACH), q.start)
    const name = personBefore(near, folded, q.start)
    if (name) {
      scope = {id: organisationId(name), name, level: 'organisation', via: 'document'}
      person = true
    } else {
      // (`妻子裴/nr 氏/ng 香/ns`: a name cut with mixed tags is only a candidate for the story's person.)
      const loose = personBefore(near, folded, q.start, true)
      // (At most MAX_LOOSE_NAMES names: each is searched through the article once, so the search stays linear.)
      if (loose && (ctx.article.looseNames?.size ?? MAX_LOOSE_NAMES) < MAX_LOOSE_NAMES) ctx.article.looseNames?.add(loose)
    }
    // `Dyson新代吸尘器Big Ball Turbinehead，售价22,900元`: a brand or product in Latin letters named
    // after the sentence's last place is what a price or count in consumer news is about. At document
    // weight, as a person: a name is not a statistic's frame that other articles share.
    // (`单机售价7790元的Nokia 6`: a product named right after the figure and 的 is the one it describes.)
    const described = name ? undefined : latinNameAfter(folded, q.end)
    const before = name || described ? undefined : latinNameBefore(folded, Math.max(0, q.start - PERSON_REACH), q.start)
    const brand = described ?? (before && !sentence.scopes.some((p) => p.end > before.end && p.end <= q.start) ? before.name : undefined)
    if (brand) scope = {id: organisationId(brand), name: brand, level: 'organisation', via: 'document'}
  }
  // `美国…，道指周一暴泻1175点…，恒指周二…低开1216点`: a stock index named after the sentence's last
  // place, at most INDEX_REACH characters before the figure, is what the figure is about. At document
  // weight: a report moves between an index, its futures and its constituents without saying so
  // (`标普500期货…点` and `标普500…点` read as one frame made a false clash), so such figures are not compared.
  // `腾讯(00700)跌7.03%，报410港元`: a company named with its stock code after the sentence's last place is
  // what its move and its price are about (at document weight, as an index).
  const listed = listedBefore(folded, Math.max(span.start, q.start - INDEX_REACH), q.start)
  // (Only in the company's own clause, or its price after its move: `在腾讯(00700)…之下，港股…泻1667点` is the market's.)
  const between = listed ? folded.slice(listed.end, q.start) : ''
  if (listed && !sentence.scopes.some((p) => p.end > listed.end && p.end <= q.start) && (!/[，,；;。]/.test(between) || /^[^，,；;。]{0,14}[，,]\s*(?:收)?报$/.test(between))) {
    scope = {id: organisationId(listed.name), name: listed.name, level: 'organisation', via: 'document'}
    person = false
  }
  const stockIndex = q.kind === 'money' ? undefined : (indexBefore(folded, Math.max(span.start, q.start - INDEX_REACH), q.start) ?? headIndex(folded, span.start, q))
  // (A market after a company the figure already belongs to is where the company is listed: `某公司A股收盘价`.)
  const listedCompany = MARKET_NAMES.has(stockIndex?.name ?? '') && scope.level === 'organisation'
  if (stockIndex && !listedCompany && !sentence.scopes.some((p) => p.end > stockIndex.end && p.end <= q.start)) {
    scope = {id: `org:${stockIndex.name}`, name: stockIndex.name, level: 'organisation', via: 'document'}
    person = false
  }
  return {scope, person}
}

/**
 * A stock index that opens the figure's sentence (`恒指史上单日最大跌幅…是在…，当日收市报…点，跌2061点，跌幅达8.6%`,
 * `以上证指数为例，沪指从…上升到…，涨幅为6.75%`): the points and percentages later in the sentence are
 * its, also past INDEX_REACH. Only points and percentages, only within INDEX_SENTENCE_REACH characters
 * of the sentence's start (a bounded read: a sentence of thousands of numbers stays linear); a place
 * named after it still takes the figure (`namedScope` checks the sentence's places).
 */
function headIndex(folded: string, sentenceStart: number, q: Quantity): {name: string; end: number} | undefined {
  if (q.kind !== 'percent' && !(q.kind === 'count' && q.unit === '点')) return undefined
  if (q.start - sentenceStart > INDEX_SENTENCE_REACH) return undefined
  // (The index is the sentence's first words, `恒指…`, `以上证指数为例`: not `在A股…`, `而今年A股…`, a caption.)
  // (After a source clause, `据某某网了解，恒指…`, the index still opens what is said.)
  const lead = INDEX_LEAD.exec(folded.slice(sentenceStart, sentenceStart + 32))?.[0].length ?? 0
  const head = indexAt(folded, sentenceStart + lead)
  if (head === undefined || head.end > q.start) return undefined
  // (Another index named later in the sentence, `台股休市，香港股市…涨势超过20%`, is what the figure is about,
  // or nothing is; the same index by another name, `以上证指数为例，沪指从…`, goes on.)
  const later = indexBefore(folded, head.end, q.start)
  return later === undefined || later.name === head.name ? head : undefined
}

/** What may stand before an index that opens a sentence: a source clause (`据某某网了解，`) and 以 (`以上证指数为例`). */
const INDEX_LEAD = /^\s*(?:据[^，,。；;]{1,20}(?:了解|显示|统计|报道)[，,]\s*)?以?/
/** How far into its sentence a figure is read as the index's that opens it, in characters. */
const INDEX_SENTENCE_REACH = 120

/** How far before a figure a person's name is read as who the figure is about, in characters. */
const PERSON_REACH = 80
/** How far before a figure a stock index's name is read as what the figure is about, in characters. */
const INDEX_REACH = 40

/** Whether a quantity is the kind of number a claim is made of. */
export function isClaimQuantity(q: Quantity, numeral?: string): boolean {
  if (q.low === null && q.high === null) return false
  // One Chinese numeral character (`一次`, `两个`, `四个覆盖`, `百名`) enumerates or is rhetoric.
  const kind = q.kind === 'range' ? q.of : q.kind
  // (`七成` is a share, not a count: the rule is for counts.)
  if (kind === 'count' && numeral !== undefined && numeral.length === 1 && /[一二两三四五六七八九十百千万壹兩]/.test(numeral)) return false
  switch (kind) {
    case 'count':
      // A count without a unit is a statistic when it is written with 万 or 亿 (`用户达3.2亿`, `观众60万`).
      if (q.unit === null) return numeral !== undefined && /[万亿萬億]/.test(numeral)
      return !SKIP_UNITS.has(q.unit)
    case 'money':
    case 'percent':
    case 'permille':
    case 'percentage-point':
      return true
    default:
      return false
  }
}

/** The article date and place from its first lines: `2018年01月08日10:31 来源:…`, `东川日报贵阳5月12日电`. */
export function scanDateline(text: string): {date?: string; place?: string} {
  const head = text.slice(0, 1500).split('\n').slice(0, 15)
  const out: {date?: string; place?: string} = {}
  for (const line of head) {
    const trimmed = line.trim()
    if (out.date === undefined) {
      const match = /(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?/.exec(trimmed)
      if (match) {
        const rest = trimmed.slice(match.index + match[0].length)
        const dateline = trimmed.length <= 60 || /^\s*\d{1,2}[:：]\d{2}/.test(rest) || /来源|來源|电|電|讯|訊|发布|發布/.test(trimmed.slice(0, 80))
        const month = Number(match[2])
        const day = Number(match[3])
        if (dateline && month >= 1 && month <= 12 && day >= 1 && day <= 31) {
          out.date = `${match[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
        }
      }
    }
    if (out.place === undefined) {
      const match = /^(.{0,24}?)(?:\d{1,2}月\d{1,2}日)?(?:电|電|讯|訊)/.exec(trimmed)
      if (match?.[1] && /(?:电|電|讯|訊)/.test(trimmed.slice(0, 40))) {
        const places = findPlaces(match[1]).filter((mention) => mention.place)
        const last = places.at(-1)
        if (last?.place) out.place = last.place.name
      }
    }
  }
  if (out.date === undefined) {
    const url = urlDate(head.join('\n')) ?? urlDate(text.slice(-600))
    if (url) out.date = url
  }
  return out
}

/**
 * The date a news site writes into an article's address (`…/1794429-20250305.htm`,
 * `…/20250305/…`, `…/2025/03/05/…`), for a source line at the head or the foot of the text.
 */
function urlDate(text: string): string | undefined {
  const url = /https?:\/\/[^\s，。]*?[-_/](\d{4})(?:(\d{2})(\d{2})|\/(\d{2})\/(\d{2}))(?=[-_./]|$|\s)/m.exec(text)
  if (!url) return undefined
  const year = Number(url[1])
  const month = Number(url[2] ?? url[4])
  const day = Number(url[3] ?? url[5])
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return undefined
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/**
 * Numeric claims of one article: every count, sum of money and percentage, with its scope
 * (place), metric (counted thing and predicate class), value interval, period and a confidence.
 * No unified, no state between calls.
 */
export function extractClaims(input: ExtractInput): Claim[] {
  // Text typeset with a space between hanzi and digits (`增长 6.3%`, `截至 2 月 11 日`) is read without those
  // spaces, as the words around a figure are written elsewhere; the claims keep the input's offsets.
  const view = withoutTypesetSpaces(input.text)
  if (view === undefined) return extractFrom(input)
  const inverse = inverseOf(view, input.text.length)
  const segments = input.segments?.map((segment) => {
    const start = inverse[segment.offset] as number
    const end = inverse[segment.offset + segment.text.length] as number
    return {text: view.text.slice(start, end), offset: start}
  })
  const claims = extractFrom({...input, text: view.text, hash: input.hash ?? contentHash(input.text), ...(segments ? {segments} : {})})
  const point = lineIndex(input.text)
  return claims.map((claim) => inInput(claim, view, input.text, point))
}

/** For every input offset, the view offset of the first code unit kept at or after it. */
function inverseOf(view: TagFreeView, inputLength: number): Int32Array {
  const inverse = new Int32Array(inputLength + 1)
  let k = 0
  for (let offset = 0; offset <= inputLength; offset++) {
    while (k < view.text.length && (view.at[k] as number) < offset) k++
    inverse[offset] = k
  }
  return inverse
}

/** A claim read on a view without typeset spaces, with the input's offsets, texts and ids. */
function inInput(claim: Claim, view: TagFreeView, text: string, point: (offset: number) => ClaimPoint): Claim {
  const start = inputStart(view, claim.place.start.offset)
  const end = inputEnd(view, claim.place.end.offset)
  const sentenceStart = inputStart(view, claim.sentence.start)
  const sentenceEnd = inputEnd(view, claim.sentence.end)
  // (The sentence's text may stop short of its end, a line break: its own end is mapped.)
  const sentenceTextEnd = inputEnd(view, claim.sentence.start + claim.sentence.text.length)
  // (Ids end in the figure's offset, `<document>#<offset>`; a qualifier may hold some: `of:分别1@<document>#<offset>`.)
  const offsetOf = (_: string, at: string) => `#${inputStart(view, Number(at))}`
  const idOf = (id: string) => id.replace(/#(\d+)$/, offsetOf)
  return {
    ...claim,
    id: idOf(claim.id),
    place: {start: point(start), end: point(end)},
    text: text.slice(start, end),
    sentence: {start: sentenceStart, end: sentenceEnd, text: text.slice(sentenceStart, sentenceTextEnd)},
    ...(claim.part ? {part: {...claim.part, of: idOf(claim.part.of)}} : {}),
    ...(claim.metric.qualifier?.includes('#') ? {metric: {...claim.metric, qualifier: claim.metric.qualifier.replace(/#(\d+)/g, offsetOf)}} : {})
  }
}

/** `extractClaims` on a text read as it is. */
function extractFrom(input: ExtractInput): Claim[] {
  const text = input.text
  const hash = input.hash ?? contentHash(text)
  // (A plain text is its own one segment: folded once for the dateline and the claims.)
  let foldedText: string | undefined
  const foldedWhole = () => (foldedText ??= foldText(text))
  const header = input.date !== undefined && input.place !== undefined ? {} : scanDateline(foldedWhole())
  const date = input.date ?? header.date ?? input.defaultDate
  const region = input.region ?? regionOfText(text)
  const documentPlace = documentPlaceOf(input.place ?? header.place, input.place !== undefined)
  const document: Claim['document'] = {
    ...(input.path !== undefined ? {path: input.path} : {}),
    hash,
    ...(date !== undefined ? {date} : {}),
    ...(input.source !== undefined ? {source: input.source} : {})
  }
  // First pass: the places of every segment (relative words resolved in document order), so that
  // an article without a dateline place can be given the place it mostly names before claims are made.
  const context: Place[] = documentPlace ? [documentPlace] : []
  const segments = (input.segments ?? [{text, offset: 0}]).map((segment, k) => {
    const folded = segment.offset === 0 ? headlineClauses(segment.text === text ? foldedWhole() : foldText(segment.text)) : foldText(segment.text)
    return {segment, folded, scopes: scopeMentions(folded, context)}
  })
  withoutStrayRegionPlaces(segments, region)
  const subject = articleSubject(text, foldedWhole())
  const place = articlePlaceOf(documentPlace, region, segments.map((s) => s.scopes), segments[0]?.folded)
  const timeRegion = timeRegionOf(region, place)
  const article: ArticleFrame = {
    local: input.path ?? hash,
    date,
    region,
    timeRegion,
    place,
    document,
    point: lineIndex(text),
    headlineTime: headlineTime(text, timeRegion) ?? leadTime(text, timeRegion) ?? surveyTime(foldedWhole(), timeRegion),
    subject,
    subjectCalledCompany: calledCompany(text, foldedWhole(), subject),
    looseNames: new Set<string>(),
    sections: segments.flatMap(({segment, folded}) => sectionHeadings(folded, segment.offset))
  }
  const claims: Claim[] = []
  let paragraph = 0
  for (const {segment, folded, scopes} of segments) {
    const ctx: SegmentContext = {article, source: segment.text, folded, offset: segment.offset, words: new WordIndex(folded), nouns: new NounPositions(folded)}
    paragraph = claimsOfSegment(ctx, scopes, paragraph, claims, withMeasureUnits(folded, findQuantities(folded)))
  }
  if (region !== 'CN') withProtagonist(claims, foldedWhole(), article.looseNames)
  for (const claim of restatedPeriods(claims, text)) claim.confidence = frameConfidence({scope: claim.scope.via, metric: claim.metric.via, period: claim.period.via})
  if (date !== undefined) withDailyPeriods(claims, date, DAILY_REPORT.test(foldedWhole()))
  // (After: an entry's own day replaces the article's.)
  if (date !== undefined) withEntryDays(claims, foldedWhole(), date)
  return claims
}

/**
 * A line that heads a diary's or a chronicle's entry with its day (`### 日记五 2020年02月10日`, `2月11日（星期二）`,
 * `【3月2日】`): a short line of a date and at most a few words, the date's year optional. (A date in brackets on
 * its own line, `(2024年09月30日)`, dates the link or item before it in a page's lists: no heading.)
 */
const ENTRY_HEADING = /^[ \t#*【[]*(?:[^\n\d，,。；;：:！？()（）]{0,8}?[ \t]*)?(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号](?:[ \t]*[（(]?(?:星期|周|礼拜)[一二三四五六日天][)）]?)?[ \t】\]*]*$/gm

/**
 * In a diary or a chronicle, entries headed by their own days under one article date (`### 日记六 2020年02月11日`,
 * then `### 日记七 2020年02月12日`): a figure of an entry read against the article's date, or a running total up
 * to it, is the figure of the entry's day (`湖北今天新增…`), as in a daily report. Two headed entries of different
 * days at least; a figure before the first entry keeps its period.
 */
function withEntryDays(claims: Claim[], folded: string, date: string): void {
  if (claims.length === 0 || !/\d\s*[日号]\s*[)）】\]]?\s*$/m.test(folded)) return
  const entries: Array<{start: number; day: string}> = []
  for (const m of folded.matchAll(ENTRY_HEADING)) {
    const year = m[1] ?? date.slice(0, 4)
    const month = Number(m[2])
    const day = Number(m[3])
    if (month < 1 || month > 12 || day < 1 || day > 31) continue
    entries.push({start: m.index, day: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`})
  }
  if (new Set(entries.map((e) => e.day)).size < 2) return
  let k = -1
  for (const claim of [...claims].sort((a, b) => a.place.start.offset - b.place.start.offset)) {
    while (k + 1 < entries.length && (entries[k + 1] as {start: number}).start < claim.place.start.offset) k++
    if (k < 0) continue
    const {period} = claim
    const toDate = period.via === 'article-date' || period.end === date || period.daily !== undefined || (period.type === 'since' && period.id.endsWith(date.slice(0, 7)))
    if (toDate && (period.type === 'as-of' || period.type === 'since')) claim.period = {...period, daily: (entries[k] as {day: string}).day}
  }
}

/** A report of the day's figures (`今日新增…`, `昨天…确诊`, `本日…个案`): its running counts are that day's. */
const DAILY_REPORT = /(?:今日|今天|本日|昨日|昨天|当日|当天)[^。\n]{0,12}(?:新增|确诊|个案|病例|死亡|出院|检测|采检|筛检|接种)/

/**
 * A figure read against the article's date, or a running total up to it, is the figure of that
 * day: `结算价上涨0.5%` in a market close, `今年累計錄得52宗` in a bulletin, `36人受傷` in a report of
 * one raid. Compared only with the same day's: the reports of two days of one month give two
 * days' figures, which differ by design, not one statistic twice. (The month was the key until
 * 2026-12: wire market closes and year-to-date bulletins of one month then all clashed.) In a daily
 * report (`今日新增…`) every as-of or since figure up to the month of its date is that day's too.
 */
const SO_FAR = /累[计計]|至今|迄今|以[来來]/

function withDailyPeriods(claims: Claim[], date: string, dailyReport: boolean): void {
  // One test per sentence, not per figure (a sentence of thousands of figures).
  const soFar = new Map<number, boolean>()
  const saysSoFar = (claim: Claim) => {
    let known = soFar.get(claim.sentence.start)
    if (known === undefined) soFar.set(claim.sentence.start, (known = SO_FAR.test(claim.sentence.text)))
    return known
  }
  let byId: Map<string, Claim> | undefined
  for (const claim of claims) {
    const {period} = claim
    if (period.daily !== undefined) continue
    const toDate = period.via === 'article-date' || period.end === date
    const toMonth = dailyReport && period.type === 'since' && period.id.endsWith(date.slice(0, 7))
    // `今年累計…52宗，3宗屬本地個案`, `年初至今`: the year so far, a running total of the day (and its parts), not the year's total.
    const yearSoFar = period.type === 'year' && period.end === date && (claim.metric.predicate === 'cumulative' || saysSoFar(claim))
    if (toDate && !dailyReport && !yearSoFar && (isDurableStock(claim) || isPartOfDurable(claim, (byId ??= new Map(claims.map((c) => [c.id, c])))))) continue
    if (((toDate || toMonth) && (period.type === 'as-of' || period.type === 'since')) || yearSoFar) claim.period = {...period, daily: date}
  }
}

/**
 * A part of a durable stock held (`全县共有建制村146个，其中通客车的村已达到193个`) lasts as its whole does,
 * when its own clause says nothing of change or event.
 */
function isPartOfDurable(claim: Claim, byId: ReadonlyMap<string, Claim>): boolean {
  const of = claim.part?.of
  if (of === undefined || claim.period.type !== 'as-of' || claim.metric.predicate !== 'stock') return false
  const whole = byId.get(of)
  if (whole === undefined || !isDurableStock(whole)) return false
  return !CHANGING.test(clauseBefore(claim))
}

/** Verbs of holding before a counted stock (`全县共有水库58座`, `現有學校12所`, `設有分店30間`). */
const HOLDING = /(?:共有|[拥擁]有|[现現]有|[设設]有|建有|[辖轄]有|共[设設])/
/** Words of change, of a running total or of an event in a clause: its figure is no durable stock. */
const CHANGING = /(?:增|减|減|升|降|涨|漲|跌|累[计計]|新|死|伤|傷|确诊|確診|成交|价|價)/

/**
 * A stock of things a place or a body holds, stated with a verb of holding and nothing of change
 * (`全县共有水库58座`, `全市現有公立學校120所`): it lasts, so two articles of one month compare
 * (a transposed `58`/`85` two days apart is a slip, not two days' figures). Read in the figure's clause.
 */
function isDurableStock(claim: Claim): boolean {
  if (claim.period.type !== 'as-of' || claim.metric.predicate !== 'stock' || claim.unitClass === 'percent') return false
  const clause = clauseBefore(claim)
  return HOLDING.test(clause) && !CHANGING.test(clause)
}

/**
 * `阿珠嬷…3孙`, `…月赚1万多元`: in a story about one person (named at least three times), a figure
 * that fell back to the article's place or region is that person's (a family's money, its children),
 * at document weight as any person's figure. Mainland news names a person's figures by title and place.
 */
function withProtagonist(claims: Claim[], folded: string, looseNames: Iterable<string> = []): void {
  const persons = claims.filter((c) => c.scope.level === 'organisation' && c.scope.via === 'document' && /^[\u4e00-\u9fff]{3}$/.test(c.scope.name)).map((c) => foldText(c.scope.name))
  const name = protagonistOf(folded, persons, looseNames)
  if (!name) return
  for (const claim of claims) {
    if (claim.scope.via === 'document' && claim.scope.level !== 'organisation') claim.scope = {id: organisationId(name), name, level: 'organisation', via: 'document'}
  }
}

/** Special regions by gazetteer code, and the words that show an article is talking about them. */
const SPECIAL_REGIONS: ReadonlyArray<{code: string; region: string; named: RegExp}> = [
  {code: '82', region: 'MO', named: /澳门/},
  {code: '71', region: 'TW', named: /台湾|臺灣|台北|全台|来台|访台|返台|赴台/}
]

/**
 * A small place of Macau or Taiwan read in an article of another region that never names that
 * region (`大堂`, a Macau parish, is a station's concourse in a Hong Kong report) is a word, not the
 * place: such names are ambiguous across regions, and a report about them names where they are.
 */
function withoutStrayRegionPlaces(segments: Array<{folded: string; scopes: ScopeMention[]}>, region: string | undefined): void {
  for (const special of SPECIAL_REGIONS) {
    if (region === special.region) continue
    const stray = (s: ScopeMention) => s.via === 'explicit' && typeof s.place.code === 'string' && s.place.code.startsWith(special.code) && s.place.code.length > 2
    if (!segments.some((seg) => seg.scopes.some(stray)) || segments.some((seg) => special.named.test(seg.folded))) continue
    for (const seg of segments) seg.scopes = seg.scopes.filter((s) => !stray(s))
  }
}

/**
 * A headline separates its clauses with spaces (`…突破140万亿元 同比增长5%`, `…零确诊　黄店…`): in the
 * first line, a space between words reads as the comma it stands for (same length, offsets kept).
 */
function headlineClauses(folded: string): string {
  const end = folded.indexOf('\n')
  if (end < 0 || end > 80) return folded
  const headline = folded.slice(0, end).replace(/(?<=[\u4e00-\u9fff\d%％)）」”])[ \u3000]+(?=[\u4e00-\u9fff「“])/g, (gap) => '，'.repeat(gap.length))
  return headline + folded.slice(end)
}

/**
 * The one statistical period named by the article's headline, if any: its first line, or, in a saved page
 * or a post with front matter, its `<h1>` or `title:` (`2019 年财政收入未达目标`). Offsets are the text's.
 */
function headlineTime(text: string, region: string | undefined): ArticleFrame['headlineTime'] {
  const titled = titleOf(text)
  const start = titled?.start ?? 0
  const end = titled ? start + titled.text.length : text.indexOf('\n')
  // A text of one line has no headline of its own; a long first line, or one of whole sentences
  // (`2017年，…120个。其中，…`), is a paragraph, not a headline.
  if (end < 0 || end - start > 80) return undefined
  const headline = foldText(text.slice(start, end))
  if (/[。；;！？!?]/.test(headline.replace(/[。！？!?]\s*$/, ''))) return undefined
  if (/[。]\s*$/.test(headline)) return undefined
  const found = headlineTimeOf(headline, timeMentions(headline, 0, headline.length, findQuantities(headline), region))
  return found && start > 0 ? {...found, mention: {...found.mention, start: found.mention.start + start, end: found.mention.end + start}} : found
}

/** A saved page's `<h1>` (in its first 6 000 characters) or a post's front-matter `title:`, with where it starts. */
const PAGE_TITLE = /<h1\b[^<>]{0,200}>\s*([^<>\n]{1,80}?)\s*<\/h1>/
const FRONT_TITLE = /^title:[ \t]*["']?([^"'\n]{1,80}?)["']?[ \t]*$/m

function titleOf(text: string): {text: string; start: number} | undefined {
  const head = text.slice(0, 6000)
  const front = FRONT_MATTER.exec(head)
  const match = front ? FRONT_TITLE.exec(front[0]) : /^\s*</.test(head) ? PAGE_TITLE.exec(head) : null
  if (!match) return undefined
  const title = match[1] as string
  return {text: title, start: match.index + match[0].indexOf(title)}
}

/**
 * The region whose calendar the article's times are read in: the script's region, or `JP` for a story
 * about Japan (its place is Japan: `【共同社…电】日本…`), whose fiscal years run from April.
 */
function timeRegionOf(region: string | undefined, place: Place | undefined): string | undefined {
  return place !== undefined && place.level === 'country' && place.name === '日本' ? 'JP' : region
}

/** Words of a survey or poll. */
const SURVEY_WORD = /民调|民意调查|调查|问卷|受访/
/** The month a survey was carried out in (`在今年10月以电话进行`, `于9月间进行`). */
const SURVEY_MONTH = /(?:在|于)((?:今年|去年)?\s*\d{1,2}\s*月)(?:份|间|期间)?[^。；！？\n]{0,12}?进行/
/** How far into the text the survey's month is looked for, in characters. */
const SURVEY_REACH = 4000

/**
 * The month a survey the article reports was carried out in (`研究所…在今年10月以電話進行，受訪人數為…`),
 * when its headline or first 300 characters are about a survey and no headline or lead names a period:
 * the survey's shares that name no time of their own are of that month, not of the day the article
 * appeared (a poll published in November asked its questions in October). Read from the first
 * SURVEY_REACH characters, the month's own sentence naming the survey too.
 */
function surveyTime(folded: string, region: string | undefined): ArticleFrame['headlineTime'] {
  if (!SURVEY_WORD.test(folded.slice(0, 300))) return undefined
  const head = folded.slice(0, SURVEY_REACH)
  const m = SURVEY_MONTH.exec(head)
  if (!m || m[1] === undefined) return undefined
  const sentenceStart = Math.max(head.lastIndexOf('。', m.index), head.lastIndexOf('\n', m.index)) + 1
  const sentenceEnd = head.slice(m.index).search(/[。\n]/)
  if (!SURVEY_WORD.test(head.slice(sentenceStart, sentenceEnd < 0 ? head.length : m.index + sentenceEnd)) && !/访问|取样|抽样/.test(head.slice(sentenceStart, m.index + m[0].length))) return undefined
  const text = m[1]
  const times = timeMentions(text, 0, text.length, findQuantities(text), region)
  const month = times.find((t) => t.form.type === 'month')
  if (!month) return undefined
  const at = m.index + m[0].indexOf(text)
  return {mention: {...month, start: at, end: at + text.length}, text, lead: {end: 0}}
}

/** How far into the text the lead paragraph may start (past a headline and a dateline), in characters. */
const LEAD_REACH = 200
/** How many short lines (headline, date, byline, credit) may come before the lead. */
const HEAD_LINES = 4
/** A Markdown front matter opening the text. */
const FRONT_MATTER = /^---[ \t]*\r?\n[\s\S]{0,4000}?\r?\n---[ \t]*(?:\r?\n|$)/

/** How far into a saved page its first paragraph of prose is looked for, in characters. */
const PAGE_REACH = 20_000
/** A paragraph element: its opening tag, then its text up to the next tag. */
const PARAGRAPH = /<p(?:\s[^<>]{0,200})?>\s*/g

/** Where the text of the first `<p>` holding a sentence of prose (a full stop after ten characters of hanzi) starts. */
function firstProseParagraph(text: string, from: number): number | undefined {
  PARAGRAPH.lastIndex = from
  for (let m = PARAGRAPH.exec(text); m !== null && m.index < from + PAGE_REACH; m = PARAGRAPH.exec(text)) {
    const at = m.index + m[0].length
    const close = text.indexOf('<', at)
    const inner = text.slice(at, close < 0 ? at + 300 : Math.min(close, at + 300))
    if (/[\u4e00-\u9fff][^。]{9,}。/.test(inner)) return at
  }
  return undefined
}

function skipSpace(text: string, from: number): number {
  let at = from
  while (at < text.length && /\s/.test(text[at] as string)) at++
  return at
}

/**
 * The statistical period the article's lead opens with, when no headline frames the article: in a
 * newsroom's text the headline is often apart, and the first sentence (`金管局数据显示，2月存款总额…`,
 * `某公司截至3月底止，全年亏损…`, `…2019/20的财政年度期间，…`) names the month or span that the
 * later figures without time words report. Only a month or a span of months named before the
 * sentence's first amount (a date or an as-of day is an event's time, a year too broad to be sure of).
 */
function leadTime(text: string, region: string | undefined): ArticleFrame['headlineTime'] {
  // (A saved page's front matter is no part of the lead: the body starts after it.)
  const body = FRONT_MATTER.exec(text)?.[0].length ?? 0
  let start = skipSpace(text, body)
  // (Short lines without a sentence end are a headline, a date, a byline: the lead is the paragraph after them.)
  for (let lines = 0; lines < HEAD_LINES; lines++) {
    const end = text.indexOf('\n', start)
    if (end <= start || end - start > 80 || /[。；！？]/.test(text.slice(start, end))) break
    start = skipSpace(text, end + 1)
  }
  // (A page saved with its markup: the lead is its first paragraph of prose, `<p>…。</p>`, past the page's header.)
  if (text[start] === '<') {
    const paragraph = firstProseParagraph(text, start)
    if (paragraph === undefined) return undefined
    start = paragraph
  } else if (start - body >= LEAD_REACH) return undefined
  // (A lead sentence that states no figure, `某公司周四公布，11月交付量激增…。`, hands on to the next one,
  // `…11月交付了14,178辆…`, once.)
  // (`本港9月出口及進口均反彈，同樣創近兩年以來最大升幅。出口貨值按年升9.1%…`: a lead sentence without a figure that
  // names the period hands it to the figures after it.)
  let named: NonNullable<ArticleFrame['headlineTime']> | undefined
  for (let sentences = 0; sentences < LEAD_SENTENCES; sentences++) {
    const stop = /[。；！？\n]/.exec(text.slice(start, start + 300))
    if (!stop) return undefined
    const sentence = foldText(text.slice(start, start + stop.index))
    const quantities = findQuantities(sentence)
    const firstAmount = quantities.find((q) => q.kind === 'count' || q.kind === 'money' || q.kind === 'percent')
    const times = timeMentions(sentence, 0, sentence.length, quantities, region)
    // (`上月` of a monthly release, `國家統計局公布，上月…CPI按年升2.5%`, is the release's month as a named month is.)
    const mention = times.find((t) => t.form.type === 'span' || (t.form.type === 'month' && !t.form.edge && !t.form.asOf) || (t.form.type === 'relative-month' && t.form.offset === -1))
    if (!firstAmount) {
      // (Only a month or span without a year, as a release names its latest period: `2018年3月` opening an essay is history.)
      const bare = mention !== undefined && !('year' in mention.form && mention.form.year !== undefined) && !('relativeYear' in mention.form && mention.form.relativeYear !== undefined)
      if (mention && bare && sentences === 0) named = {mention: {...mention, start: mention.start + start, end: mention.end + start}, text: sentence.slice(mention.start, mention.end), lead: {end: start + stop.index}}
      start = skipTagsAndSpace(text, start + stop.index + 1)
      continue
    }
    if (!mention && named && !times.some((t) => t.start < firstAmount.start)) return named
    if (!mention || mention.start > firstAmount.start) return undefined
    if (mention.form.type === 'span' && mention.form.fromDay !== undefined) return undefined
    // (The lead's own sentence reads its times by its own rules: `相较…、某年某月期间…，最近…`.)
    return {mention: {...mention, start: mention.start + start, end: mention.end + start}, text: sentence.slice(mention.start, mention.end), lead: {end: start + stop.index}}
  }
  return undefined
}

/** How many sentences the lead is looked for in: the first, or the next when the first states no figure. */
const LEAD_SENTENCES = 2

/** Past spaces and HTML tags (`</p>\n  <p>`), at most 300 characters on. */
function skipTagsAndSpace(text: string, from: number): number {
  const m = /^(?:\s|<\/?[a-zA-Z][^<>]{0,80}>){0,20}/.exec(text.slice(from, from + 300))
  return from + (m?.[0].length ?? 0)
}

/** Where the sentence loop of a segment is in its quantities and scope mentions. */
interface SegmentCursor {
  quantity: number
  scope: number
}

/**
 * Claims of one segment, sentence by sentence, pushed to `claims`; a sentence's subject place and
 * opening time phrase carry to the next sentences of its paragraph. Returns the paragraph number
 * of the next segment.
 */
function claimsOfSegment(ctx: SegmentContext, placeScopes: ScopeMention[], paragraph: number, claims: Claim[], quantities: Quantity[]): number {
  const {folded, article} = ctx
  const scopes = scopesOfSegment(folded, placeScopes, article.place, article.region)
  const spans = sentences(folded, 0, folded.length, paragraph)
  // (Any quantity, not only claims: a sentence's own reading can still make a claim of one, as a
  // list's unit written once after its last value does.)
  const ahead = claimsAhead(spans, quantities.map((q) => q.start))
  const cursor: SegmentCursor = {quantity: 0, scope: 0}
  let subject: {paragraph: number; mention: ScopeMention} | undefined
  let topic: TopicTime | undefined
  // The time the sentence before opened on without a comma, for a breakdown opening the next one only.
  let lead: (TopicTime & {sentence: number}) | undefined
  let named: CarriedName | undefined
  for (const [k, whole] of spans.entries()) {
    const span = withoutColumnTag(folded, whole)
    if (subject && subject.paragraph !== span.paragraph) subject = undefined
    if (named && named.paragraph !== span.paragraph) named = undefined
    if (topic && topic.paragraph !== span.paragraph) topic = undefined
    // No number from here to the paragraph's end: the subject and time this sentence would carry are never read.
    if (!ahead[k]) {
      skipSentence(span, quantities, scopes, cursor)
      continue
    }
    // (`去年本港銀行信貸按年增長1.2%。當中在港使用的貸款增長2.2%`: a breakdown takes the year of the figures it breaks down.)
    const breakdown = !topic && lead?.sentence === k - 1 && lead.paragraph === span.paragraph && OPENS_BREAKDOWN.test(folded.slice(span.start, span.start + 6))
    const sentence = readSentence(ctx, span, quantities, scopes, cursor, subject?.mention, breakdown ? lead : topic)
    const made: Array<{claim: Claim; q: Quantity}> = []
    sentence.quantities.forEach((q, k) => {
      if (!isClaimQuantityIn(q, folded)) return
      // (`十家子村`: a Chinese numeral inside a place name the scopes read is part of the name.)
      if (!isClaimQuantity(q, folded.slice(q.numStart, q.numEnd)) && sentence.scopes.some((p) => p.start < q.end && p.end > q.start)) return
      // `跌破三万点大关`: a round threshold a figure passes is not itself a figure of anything.
      if (THRESHOLD_AFTER.test(folded.slice(q.end, q.end + 10))) return
      // `人民币4万亿元（约合5,700亿美元）`: an amount converted into another currency restates the amount before it.
      if (isConversion(folded, sentence.quantities, k)) return
      made.push({claim: withSubject(ctx, span.start, sentence.scopes, claimOf(ctx, sentence, q, k), q), q})
    })
    markParts(folded, span, made, sentence.scopes)
    changesOfWhat(made)
    // (The opening name is read only when a later sentence of the paragraph may take it: tagging costs.)
    const later = k + 1 < spans.length && ahead[k + 1] === true && (spans[k + 1] as Span).paragraph === span.paragraph
    named = carriedSubject(ctx, span, sentence.scopes, made, named, later)
    const head = sentenceSubject(folded, span, sentence.scopes)
    if (head) subject = {paragraph: span.paragraph, mention: head}
    const opening = topicTimeOf(folded, span, sentence.times)
    if (opening) topic = {paragraph: span.paragraph, mention: opening, text: ctx.source.slice(opening.start, opening.end)}
    const leading = opening ? undefined : leadTimeOf(folded, span, sentence.times)
    lead = leading ? {paragraph: span.paragraph, mention: leading, text: ctx.source.slice(leading.start, leading.end), sentence: k} : undefined
    for (const {claim} of made) claims.push(claim)
  }
  return (spans.at(-1)?.paragraph ?? paragraph) + 1
}

/**
 * Words that open a conversion of an amount into another currency, in brackets or after a comma, right after the amount
 * or after a word saying what kind of amount it is (`893亿日元黑字，约合人民币58亿元`).
 */
const CONVERSION_BEFORE = /^(?:黑字|赤字|盈余|盈餘|亏损|虧損|盈利|左右|以上)?\s*(?:[（(]\s*|[，,]\s*)(?:约合|約合|合|折合|相当于|相當於|约|約)?(?:人民币|人民幣|美元|港元|港币|港幣|新台币|新台幣|欧元|歐元|日元|英镑|英鎊)?\s*$/

/** Names of currencies written before an amount in 元. */
const CURRENCY_BEFORE = /(人民币|新台币|台币|港币|澳门币)\s*$/

/** Whether `between` ends with a currency's name other than the one written before the amount `before`. */
function otherCurrencyNamed(folded: string, before: Quantity, between: string): boolean {
  const named = CURRENCY_BEFORE.exec(between)?.[1]
  return named !== undefined && named !== CURRENCY_BEFORE.exec(folded.slice(Math.max(0, before.start - 4), before.start))?.[1]
}

/**
 * Whether money quantity `k` converts the amount right before it into another currency (`4万亿元（约合5,700亿美元）`,
 * `128.2亿欧元（约合139.4亿美元）`, `300亿港元，约合38亿美元`): the same amount again, at an exchange rate.
 */
function isConversion(folded: string, quantities: readonly Quantity[], k: number): boolean {
  const q = quantities[k] as Quantity
  const before = quantities[k - 1]
  if (q.kind !== 'money' || before === undefined || before.kind !== 'money') return false
  // (The quantity's own approximation word, `约合38亿美元`, is part of what opens the conversion.)
  const between = folded.slice(before.end, q.numStart)
  // (`人民币65亿元（约新台币282亿元）`: both in 元, the currencies named before each differ.)
  if (before.unit === q.unit && !otherCurrencyNamed(folded, before, between)) return false
  return between.length <= 12 && /[（(]|约合|約合|折合|相当于|相當於/.test(between) && CONVERSION_BEFORE.test(between)
}

/**
 * `营业收入同比下降0.3%，降幅较1-7月收窄0.2个百分点` / `利润总额…同比下降11.7%，降幅比1-7月份收窄3.8个百分点`: a
 * change in percentage points of a rate named alone, after a figure of its sentence that names what changes, is
 * that thing's (`营业收入降幅`): the two `降幅…收窄` of one release are two statistics.
 */
function changesOfWhat(made: ReadonlyArray<{claim: Claim}>): void {
  let thing: string | undefined
  for (const {claim} of made) {
    const id = claim.metric.id
    if (!CHANGE_ALONE.test(id)) {
      if (id) thing = id
      continue
    }
    // (Only a change of the rate in percentage points: `跌58.83点或0.43%`, a market's move, is read as it was.)
    // (Named as the thing's rate, `国内增值税增速`: what an editor reads and what a label names.)
    if (thing && claim.unitClass === 'percentage-point' && !claim.metric.qualifier?.includes('of:')) claim.metric.id = `${thing}${id}`
  }
}

/**
 * `某某科技集资净额5亿元，…。香港公开发售占比维持10%；…`: a sentence that opens with a name gives it to the
 * later sentences of its paragraph whose figures name no subject of their own. Returns what the next
 * sentence is given.
 */
function carriedSubject(ctx: SegmentContext, span: Span, scopes: readonly ScopeMention[], made: ReadonlyArray<{claim: Claim; q: Quantity}>, named: CarriedName | undefined, later: boolean): CarriedName | undefined {
  // (`例如，某某农商行股本…`: a sentence that names a company or bank of its own before its figure, even one the
  // names reader does not know, is about that one, not the one carried.)
  // (Read at most OWN_BODY_REACH characters back from each figure: a sentence of thousands of figures stays linear.)
  if (named) for (const {claim, q} of made) if (claim.subject === undefined && !OWN_BODY.test(ctx.folded.slice(Math.max(span.start, q.start - OWN_BODY_REACH), q.start))) claim.subject = {name: named.name, via: 'paragraph'}
  const left = named && named.left > 1 ? {...named, left: named.left - 1} : undefined
  if (!later) return left
  const opening = openingName(ctx.words, ctx.folded, span.start, span.end, scopes)
  return opening ? {paragraph: span.paragraph, name: opening, left: CARRY_SENTENCES} : left
}

/** A company's or bank's word that does not refer back (`某某农商行`, `某某公司`; not `该公司`). */
const OWN_BODY = /(?<!该|这家|此|其)(?:农商行|银行|商行|公司|集团|控股|证券)/
/** How far back from a figure its sentence is read for a body of its own, in characters. */
const OWN_BODY_REACH = 60

/** A name carried to the next sentences of a paragraph, and to how many more. */
interface CarriedName {
  paragraph: number
  name: string
  left: number
}

/**
 * How many sentences after it a sentence's opening name is carried to: a company's paragraph of a round-up
 * goes on for a few sentences; a long paragraph of a market digest (`☆…`) moves on to other subjects.
 */
const CARRY_SENTENCES = 4

/**
 * A count of a list whose unit is written once, after its last value (`分别为7,734及7,350人`,
 * `120、135和150人`): the count takes that unit. Only digits with a separator of thousands or at
 * least two digits, and only between `、`, `及`, `和`, `与` (`2017、2018年` stays a year: its last value
 * is no count).
 */
function withListUnit(folded: string, quantities: readonly Quantity[], k: number): Quantity | undefined {
  const q = quantities[k] as Quantity
  if (q.kind !== 'count' || q.unit !== null || !/^\d[\d,]*\d$/.test(folded.slice(q.numStart, q.numEnd))) return undefined
  for (let j = k + 1; j < quantities.length && j <= k + 12; j++) {
    const previous = quantities[j - 1] as Quantity
    const next = quantities[j] as Quantity
    if (!/^\s*[、及和与]\s*$/.test(folded.slice(previous.end, next.start)) || next.kind !== 'count') return undefined
    if (next.unit !== null) return {...q, unit: next.unit}
  }
  return undefined
}

/** For each sentence, whether it or a later sentence of its paragraph holds a number that may be a claim (one starting at one of `starts`, sorted). */
function claimsAhead(spans: readonly Span[], starts: readonly number[]): boolean[] {
  const ahead = new Array<boolean>(spans.length).fill(false)
  let found = false
  for (let k = spans.length - 1; k >= 0; k--) {
    const span = spans[k] as Span
    if (k + 1 < spans.length && (spans[k + 1] as Span).paragraph !== span.paragraph) found = false
    const first = partition(starts, (start) => start < span.start)
    if (first < starts.length && (starts[first] as number) < span.end) found = true
    ahead[k] = found
  }
  return ahead
}

/** Move `cursor` past the quantities and scope mentions of a sentence that is not read (as `readSentence` does). */
function skipSentence(span: Span, quantities: readonly Quantity[], scopes: readonly ScopeMention[], cursor: SegmentCursor): void {
  while (cursor.quantity < quantities.length && (quantities[cursor.quantity] as Quantity).start < span.end) cursor.quantity++
  while (cursor.scope < scopes.length && (scopes[cursor.scope] as ScopeMention).start < span.end) cursor.scope++
}

/** The quantities, scope mentions and time words of a sentence, taken from the segment's sorted lists at `cursor`. */
function readSentence(ctx: SegmentContext, span: Span, quantities: Quantity[], scopes: ScopeMention[], cursor: SegmentCursor, subject: ScopeMention | undefined, topic: TopicTime | undefined): SentenceState {
  const {folded} = ctx
  const inSentence: Quantity[] = []
  while (cursor.quantity < quantities.length && (quantities[cursor.quantity] as Quantity).start < span.end) {
    const q = quantities[cursor.quantity++] as Quantity
    if (q.start >= span.start) inSentence.push(q)
  }
  for (let k = 0; k < inSentence.length; k++) inSentence[k] = withListUnit(folded, inSentence, k) ?? (inSentence[k] as Quantity)
  const withClaims = inSentence.some((q) => isClaimQuantityIn(q, folded))
  const sentenceScopes: ScopeMention[] = []
  while (cursor.scope < scopes.length && (scopes[cursor.scope] as ScopeMention).start < span.end) {
    const s = scopes[cursor.scope++] as ScopeMention
    // Place names are checked against the segmenter only in sentences with a claim: the
    // segmenter is the costly part of extraction, and other sentences only carry a subject.
    if (s.start >= span.start && (!withClaims || isWordOfText(ctx.words, s))) sentenceScopes.push(s)
  }
  const times = timeMentions(folded, span.start, span.end, inSentence, ctx.article.timeRegion, ctx.article.date)
  return {span, quantities: inSentence, scopes: sentenceScopes, times, subject, topic, lastMetric: undefined, metrics: [], mover: undefined}
}

/** The claim of the number `q`, the `index`-th quantity of the sentence. */
function claimOf(ctx: SegmentContext, sentence: SentenceState, q: Quantity, index: number): Claim {
  const {folded} = ctx
  const {span} = sentence
  // Backward scans stop CLAUSE_WINDOW characters before the number: a text without punctuation
  // is one long sentence, and reading back to its start for every number would be quadratic.
  const floor = Math.max(span.start, q.start - CLAUSE_WINDOW)
  const at: NumberAt = {q, index, floor, clauseStart: clauseStart(folded, floor, q.start)}
  let scope = scopeOfNumber(ctx, sentence, at)
  const metric = metricOfNumber(ctx, sentence, at)
  const noun = metric.noun
  const period = stockOrFlow(periodOfNumber(ctx, sentence, q), noun, CHANGED_BY.test(folded.slice(Math.max(span.start, q.start - 6), q.start)))
  const predicateClause = predicateClauseBefore(folded, floor, q.start)
  const entity = noun ? entityBefore(ctx.words, Math.max(span.start, q.start - 60), q.start, sentence.scopes) : undefined
  // An organisation that opens the figure's clause (`中海油去年市值由800亿元降至700亿元`, `某某股份：…中标价
  // 7亿元`) is what a figure without a place of its own is about, rather than the article's region, and
  // rather than an organisation named later as its client (`…中标某某公司工程，中标额…`). At document weight.
  const found = scope.via === 'document' || scope.via === 'previous-sentence' || scope.via === 'unknown' ? organisationSubject(ctx.words.wordsIn(floor, q.start), folded, sentence.scopes, q.start) : undefined
  // (`沽空股份有667只`, `上升股份378只`: a "company" that is, or ends with, the noun the figure counts is what
  // is counted, not whose figure.)
  const counted = found !== undefined && noun !== undefined && (noun.endsWith(found.word) || found.word.endsWith(noun))
  const opener = counted ? undefined : found
  // An organisation named in the sentence is what a figure without a place of its own is about
  // (`医管局…批出合约1.6亿元`, `农博会…5万名海外采购商`), rather than the article's region.
  // (A company named in full by its suffix, `某某股份`, is as explicit as a name the entity reading finds.)
  scope = opener ? {id: organisationId(opener.word), name: opener.word, level: 'organisation', via: opener.tag === 'ntc' ? 'explicit' : 'document'} : entityScope(ctx, q, scope, entity)
  // The article's named subject, named again in this sentence, is what a figure without a place of its
  // own is about (`某某百货周年庆…业绩增长3成`), rather than the region the article comes from.
  // (An organisation that opens the figure's own clause, `…共12%、九巴加价8.5%`, is nearer than the article's subject.)
  if (opener === undefined && subjectInSentence(ctx, sentence) && (scope.via === 'document' || scope.via === 'previous-sentence' || scope.via === 'unknown')) {
    const name = ctx.article.subject as string
    scope = {id: organisationId(name), name, level: 'organisation', via: 'document'}
  }
  const named = namedScope(ctx, sentence, q, scope)
  // (`中海油急升14%`: a market report's figure of a stock is the company's.)
  scope = metric.mover === undefined ? latinClauseScope(ctx, sentence, at, named.scope) : {id: organisationId(metric.mover), name: metric.mover, level: 'organisation', via: 'explicit'}
  const personScope = named.person
  // `医管局$2億`: a "metric" that is the subject's own name says nothing about what is counted.
  // A longer metric ending in a name-like word (`服务业生产指数` after the "entity" `生产指数`) is a metric.
  // (`阿华一家5口`: a "metric" that is the name of the person the figure is about names nothing counted either.)
  // (`台股…，收在12662.91點`: a stock market's short name is whose figure it is, never what it measures.)
  const namesSubject = noun !== undefined && ((entity !== undefined && (entity.endsWith(noun) || (noun.endsWith(entity) && ORGANISATION_WORD.test(entity)))) || (personScope && noun === foldText(scope.name)) || MARKET_NAMES.has(noun))
  // (A stock's move names its company in the scope: the index or the words of its clause qualify nothing.)
  const qualifier = metric.mover === undefined ? qualifierOfNumber(ctx, sentence, at, metric, predicateClause, entity) : undefined
  // (`恒指收报32245点`: what is left of a market report is the index's name; the figure is its closing level.)
  // (`港股…终场收在22,443.73点`: index points after a verb of closing, with no metric of their own, are the close.)
  const level = namesSubject || noun ? undefined : closingLevel(folded, q, scope)
  // (`上证指数大涨40点，报收3300点`: the subject named before, the closing verb right before the figure.)
  const closing = namesSubject ? (metric.report ?? closingLevel(folded, q, scope)) : level
  const reported = namesSubject || level !== undefined
  const via = level ? 'verb' : namesSubject && !closing ? 'none' : metric.via
  rememberMetric(ctx, span.paragraph, metric, reported ? (closing ?? '') : (noun ?? ''))
  const amount = moneyWithoutUnit(folded, q, noun) ?? q
  const action = metric.mover === undefined ? claimAction(ctx, sentence, at, reported ? closing : noun) : undefined
  return {
    id: `${ctx.article.local}#${q.start + ctx.offset}`,
    document: ctx.article.document,
    place: {start: ctx.article.point(q.start + ctx.offset), end: ctx.article.point(q.end + ctx.offset)},
    text: ctx.source.slice(q.start, q.end),
    sentence: sentenceOf(ctx.source, span, q, ctx.offset),
    scope,
    metric: {
      id: reported ? (closing ?? '') : shareName(withoutPartner(withoutOwnName(noun ?? '', scope), qualifier)),
      text: reported ? (closing ?? '') : metric.surface,
      predicate: predicateOf(metric.whole === undefined ? predicateClause : predicateClauseBefore(folded, floor, metric.whole), period.type),
      role: roleOf(q.kind === 'range' ? (q.of ?? 'count') : q.kind, folded.slice(at.clauseStart, q.start), folded.slice(q.end, q.end + 6)),
      via,
      ...(qualifier ? {qualifier} : {}),
      ...(action ? {action} : {})
    },
    value: valueOf(ctx.source, q),
    kind: amount.kind,
    unit: regionalUnit(amount, ctx.article.region, folded, currencyScope(scope, folded, ctx.offset, q.start)),
    unitClass: unitClassOf({...amount, unit: regionalUnit(amount, ctx.article.region, folded, currencyScope(scope, folded, ctx.offset, q.start))}),
    period,
    confidence: frameConfidence({scope: scope.via, metric: via, period: period.via})
  }
}

/**
 * The words before a figure its predicate is read from: back over `、` lists to the last comma (`先后调整和轮换…、…的第一书记17名`).
 * (For a part of a breakdown, those before its whole: `新增221例…分布在台南市197例` is new cases as the whole is.)
 */
function predicateClauseBefore(folded: string, floor: number, end: number): string {
  let ps = end
  while (ps > floor && !/[，,：:]/.test(folded[ps - 1] as string)) ps--
  return folded.slice(ps, end)
}

/** The claim with the subject its sentence names for the figure (`subject.ts`), when it names one. */
function withSubject(ctx: SegmentContext, sentenceStart: number, scopes: readonly ScopeMention[], claim: Claim, q: Quantity): Claim {
  const name = subjectOfFigure(ctx.words, ctx.folded, sentenceStart, q.start, scopes)
  if (name) return withSubjectScope({...claim, subject: {name, via: 'sentence'}})
  // (`该公司去年总收入为…`: the company the clause refers back to.)
  const referred = referredSubject(ctx.words, ctx.folded, sentenceStart, q.start, scopes, ctx.article.subject)
  return referred ? withSubjectScope({...claim, subject: {name: referred, via: 'reference'}}) : claim
}

/**
 * A company's figure (`某某汽车11月交付14,178辆`, `该公司去年总收入…`) whose place the text does not state is the
 * company's, not the region's the article comes from: its scope is the company (at document weight). Only a
 * subject of the figure's own sentence: one carried from an earlier sentence may be another company's.
 */
function withSubjectScope(claim: Claim): Claim {
  const {subject, scope} = claim
  if (!subject || !(scope.via === 'document' || scope.via === 'previous-sentence' || scope.via === 'unknown') || !companyName(subject.name)) return claim
  // (`沽空股份有667只`: a "company" that is what the figure counts is no subject of it.)
  const noun = claim.metric.id
  if (noun !== '' && (noun.endsWith(subject.name) || subject.name.endsWith(noun) || noun.startsWith(subject.name))) return claim
  return {...claim, scope: {id: organisationId(subject.name), name: subject.name, level: 'organisation', via: 'document'}}
}

/** What the figure's clause says its counted people or things do (`action.ts`), leaving out its places, times and other figures. */
function claimAction(ctx: SegmentContext, sentence: SentenceState, at: NumberAt, noun: string | undefined): string | undefined {
  let end = clauseEndAfter(ctx.folded, at.q.end, sentence.span.end, CLAUSE_WINDOW)
  let start = Math.max(at.clauseStart, at.floor)
  // (`7315名第一书记和2.6万名驻村干部`: another figure of the clause and what follows it are that figure's.)
  // (`取得1金1银2铜`, `3宗、5宗`: items of one list share what the clause says before the first one.)
  const first = listStart(ctx.folded, sentence.quantities, at.index)
  const previous = sentence.quantities[first - 1]
  const next = sentence.quantities[at.index + 1]
  if (previous && AMOUNT_KINDS.has(previous.kind) && previous.end > start) start = Math.min(previous.end, at.q.start)
  if (next && AMOUNT_KINDS.has(next.kind) && next.start < end) end = Math.max(next.start, at.q.end)
  // (Binary searches in the sentence's sorted mentions: a sentence of thousands of figures stays linear.)
  const skip = [...overlapping(sentence.scopes, start, end), ...overlapping(sentence.times, start, end), ...overlapping(sentence.quantities, start, end)]
  return actionOf(ctx.words.wordsIn(start, end), start, end, at.q, noun, skip)
}

/** What joins the items of a list of figures (`1金1银`, `3宗、5宗`, `2人和3人`): at most the previous item's one-character noun, then one mark or conjunction. */
const LIST_GLUE = /^[\u4e00-\u9fff]?[、和及与]?$/

/** The index of the first figure of the list the figure at `index` ends (itself when it follows no other figure directly). */
function listStart(folded: string, quantities: readonly Quantity[], index: number): number {
  let first = index
  // (At most 64 back: a sentence of thousands of figures stays linear.)
  while (first > 0 && index - first < 64) {
    const before = quantities[first - 1] as Quantity
    if (!AMOUNT_KINDS.has(before.kind) || !LIST_GLUE.test(folded.slice(before.end, (quantities[first] as Quantity).start))) break
    first--
  }
  return first
}

/** Balance-sheet items: stocks held at a date (`总资产`, `负债`, `货币资金`, `资产负债率`, `应付职工薪酬`). */
const BALANCE = /(?:资产|负债|货币资金|余额|资产负债率|应付职工薪酬)$/
/** A verb of change right before a figure (`增长16.83%`, `增加363万元`): the figure is a change, not a level. */
const CHANGED_BY = /(?:增长|增加|下降|减少|提高|降低|上升|下跌|上涨|增|减)了?(?:约|近|逾|超过)?$/
/** Flows of a company's accounts over a span (`营业收入`, `净利润`, `营收`). */
const FLOW = /(?:收入|营收|利润|净利|亏损)$/

/**
 * A company's balance and its flows read against a year (`2017年总资产1356亿元` is the balance at the end
 * of 2017: `asof:2017-12`; `截至2017年末，…营业收入43亿元` is the income over 2017: `year:2017`), so that
 * an annual report's figures compare with the same figures stated the other way. Only a whole year
 * said explicitly, and only a year end for a flow (`截至2017年9月末` stays as it is).
 */
function stockOrFlow(period: ClaimPeriod, noun: string | undefined, change: boolean): ClaimPeriod {
  // (`较2016年的…增长16.83%`: a balance's change over the year is over the year, as the year says.)
  if (noun === undefined || period.via !== 'explicit' || change) return period
  const year = /^year:(\d{4})$/.exec(period.id)
  if (year && BALANCE.test(noun)) {
    const {start: _start, ...rest} = period
    return {...rest, id: `asof:${year[1]}-12`, type: 'as-of', end: `${year[1]}-12-31`}
  }
  const end = /^asof:(\d{4})-12$/.exec(period.id)
  if (end && FLOW.test(noun) && /(?:年末|年底)$/.test(period.text ?? '')) {
    return {...period, id: `year:${end[1]}`, type: 'year', start: `${end[1]}-01-01`, end: `${end[1]}-12-31`}
  }
  return period
}

/**
 * The scope of a number: the nearest place before it in the sentence (or the list of places it
 * ends), else the paragraph's subject, else the article's place. `Lumo在日本市场份额是7%`,
 * `华为在中国的销量`: a subject named before `在` is what the number is about; the place is only
 * where, and without a recognised subject the scope is unknown.
 */
function scopeOfNumber(ctx: SegmentContext, sentence: SentenceState, at: NumberAt): ClaimScope {
  const {folded, source, offset} = ctx
  let mention = lastBefore(sentence.scopes, at.q.start)
  // (`有别于…的招标集中于九龙西，近期5次招标…`: the place of a clause of contrast is what is compared with.)
  if (mention && inContrastClause(folded, sentence.span.start, mention.start, mention.end, at.q.start)) mention = undefined
  const located = mention !== undefined && (otherSubject(folded, at.clauseStart, mention, sentence.scopes, sentence.times) || actedAt(ctx, at, mention))
  if (located || worldWide(folded, Math.max(at.clauseStart, mention?.end ?? 0), at.q) || (mention !== undefined && cityOfCountry(folded, mention, at.q.start)) || FOREIGN_UNIT_REFERRED.test(folded.slice(Math.max(sentence.span.start, at.q.start - 30), at.q.start))) return {id: 'unknown', name: '', level: 'unknown', via: 'unknown'}
  if (mention) return listScope(folded, sentence.scopes, mention, offset, source, sentence.quantities, at.q) ?? scopeFrom(mention, mention.via, offset, source)
  if (sentence.subject) return scopeFrom(sentence.subject, 'previous-sentence', offset, source)
  const place = ctx.article.place
  if (place) return {id: scopeIdOf(place), name: place.name, level: place.level, via: 'document'}
  return {id: 'unknown', name: '', level: 'unknown', via: 'unknown'}
}

/** A region referred back to by a word China's divisions do not use (`该邦`, `这个邦`): a state of another country, which the gazetteer does not know. */
const FOREIGN_UNIT_REFERRED = /(?:该|这个|此)邦/

/** A city of the country named right before (`乌克兰最大的城市之一，面积…`, `乌克兰第五大城市`): what the sentence counts is the city's. */
const CITY_OF_COUNTRY = /^[^。；;！？]{0,6}?(?:最大|第.大|重要|主要)?的?(?:城市|都市|首都|首府|港口|港市)/

/** Whether a foreign country's mention is followed by words making the sentence about one of its cities, which the gazetteer does not know. */
function cityOfCountry(folded: string, mention: ScopeMention, end: number): boolean {
  return mention.place.level === 'country' && String(mention.place.code).startsWith('foreign:') && CITY_OF_COUNTRY.test(folded.slice(mention.end, Math.min(end, mention.end + 12)))
}

/** The world named right before a figure in its clause (`迄今全球至少1亿…例确诊`, `全球累计`), not a share of it (`占全球的`). */
const WORLD_BEFORE = /(?:全球|全世界|世界各地|全球各地)[^，,。；;占的]{0,8}$/

/**
 * Whether the figure `q` is the world's, named after the place before it (`疫情…在中国爆发，迄今全球至少…`):
 * its place is not the figure's, and the world is no scope (the gazetteer has none), so it is unknown.
 */
function worldWide(folded: string, from: number, q: Quantity): boolean {
  return from < q.start && WORLD_BEFORE.test(folded.slice(Math.max(from, q.start - 14), q.start)) && !COUNTRIES_COUNTED.test(folded.slice(q.end, q.end + 12))
}

/** A count of the world's countries or regions after a figure (`全球120多个国家和地区的客商`): whose count it is stays to be read. */
const COUNTRIES_COUNTED = /^[^，,。；;]{0,4}?(?:国家|地区|经济体|城市)/

/**
 * A brand, product or company in Latin letters that opens the figure's clause is whose figure it is
 * (`Nexa的北美市场份额升至70%`), in any region's news: over the article's place, a subject carried from
 * the sentence before, or a place named in an earlier clause (`Lumo在日本…，Nexa当时是58%`), and over a
 * place it is `在` (`Lumo在日本市场份额是7%`: where it sold, not whose share). A place named later in
 * its clause keeps the figure (`Nexa的广东工厂…产量`), and so does an organisation another rule named.
 * At document weight, as the other names.
 */
function latinClauseScope(ctx: SegmentContext, sentence: SentenceState, at: NumberAt, scope: ClaimScope): ClaimScope {
  // (A name another rule already gave the figure, a brand with its model or a listed company, stays.)
  if (scope.level === 'organisation') return scope
  const name = latinSubject(ctx.words.wordsIn(at.clauseStart, at.q.start), ctx.folded)
  if (name === undefined) return scope
  const place = lastBefore(sentence.scopes, at.q.start)
  const carried = scope.via === 'document' || scope.via === 'previous-sentence' || scope.via === 'unknown'
  const placeBefore = place !== undefined && place.start < name.start
  const actedIn = place !== undefined && place.start === name.end + 1 && ctx.folded[name.end] === '在'
  if (!carried && !placeBefore && !actedIn) return scope
  return {id: organisationId(name.word), name: name.word, level: 'organisation', via: 'document'}
}

/** A verb a market's closing level is reported with, right before the figure (`收报`, `报收`, `收在`, `收于`, `报`). */
const CLOSING_VERB = /(?:收报|报收|收市报|收盘报|最新报|收[在于]|收盘[在于]|[^\u4e00-\u9fff]报)\s*$/

/**
 * The closing level of a market or index: points (`点`) of a figure about an organisation (the index or
 * market named before it), right after a verb of closing, read as `收报` (the metric `恒指收报32245点`
 * has). Via `verb`: a report verb names no statistic other articles share.
 */
function closingLevel(folded: string, q: Quantity, scope: ClaimScope): string | undefined {
  if (q.unit !== '点' || scope.level !== 'organisation') return undefined
  return CLOSING_VERB.test(folded.slice(Math.max(0, q.start - 6), q.start)) ? '收报' : undefined
}

/** Whether the place `mention` follows `在` after an organisation or a person who acts there (read in the place's clause). */
function actedAt(ctx: SegmentContext, at: NumberAt, mention: ScopeMention): boolean {
  if (ctx.folded[mention.start - 1] !== '在' || mention.start - 1 <= at.floor) return false
  const start = clauseStart(ctx.folded, at.floor, mention.start)
  return mention.start - 1 > start && actorBeforeAt(ctx.words.wordsIn(start, mention.start - 1), ctx.folded, mention.start)
}

/**
 * The scope an organisation named before a figure without a place of its own gives it (`某某集团…`): the organisation,
 * unless it is a ministry every country has, named without its country (`● 法國…衛生部另通報新增…`): then the foreign
 * country its section or the sentence before named, not an organisation two countries' ministries would share.
 */
function entityScope(ctx: SegmentContext, q: Quantity, scope: ClaimScope, entity: string | undefined): ClaimScope {
  if (!entity || !(scope.via === 'document' || scope.via === 'previous-sentence' || scope.via === 'unknown')) return scope
  if (GENERIC_MINISTRY.test(entity)) {
    if (scope.id.startsWith('foreign:')) return scope
    const country = sectionCountry(ctx.article.sections, q.start + ctx.offset)
    if (country) return {id: scopeIdOf(country), name: country.name, level: country.level, via: 'previous-sentence'}
  }
  // (`農委會分析，受損作物主要為…`: a council reporting figures is their source.)
  // (Looked for in the window the entity was read in: a name not found there does not send the search to the text's start.)
  const window = Math.max(0, q.start - 80)
  const found = ctx.folded.slice(window, q.start).lastIndexOf(entity)
  const at = found < 0 ? -1 : window + found
  if (at >= 0 && reportingBody(entity, ctx.folded.slice(at + entity.length, at + entity.length + 8))) return scope
  return ORGANISATION_WORD.test(entity) ? {id: organisationId(entity), name: entity, level: 'organisation', via: 'explicit'} : scope
}

/** Ministries and health authorities every country has, by their bare names (`衛生部`, `外交部`, `卫生当局`). */
const GENERIC_MINISTRY = /^(?:卫生部|外交部|国防部|内政部|司法部|教育部|商务部|财政部|交通部|劳动部|卫生当局|卫生部门|卫生署|卫生局|疾控中心|疾病管制中心)$/

/** Words of speech after a name: the name is who speaks. */
const SPOKEN_AFTER = /^[^，,。；]{0,4}?(?:表示|指出|强调|说|称|认为|透露|介绍|主持|会见|会谈|出席|回应|批评|质疑|呼吁)/

/** How far back in its paragraph a sentence looks for the article's subject named before it. */
const SUBJECT_PARAGRAPH_REACH = 2000

/** Whether the sentence names the article's subject (its headline's name, repeated in the body). */
function subjectInSentence(ctx: SegmentContext, sentence: SentenceState): boolean {
  const name = ctx.article.subject
  if (name === undefined) return false
  // The paragraph up to this sentence's end when it names no place at all: a name said at the
  // head of a paragraph goes on while no place takes over.
  // (At most 2 000 characters back: a one-paragraph text of any length costs the same per sentence.)
  const reach = Math.max(0, sentence.span.start - SUBJECT_PARAGRAPH_REACH)
  const paragraphStart = reach + ctx.folded.slice(reach, sentence.span.start).lastIndexOf('\n') + 1
  const placeless = sentence.scopes.length === 0 && sentence.subject === undefined
  const text = ctx.folded.slice(placeless ? paragraphStart : sentence.span.start, sentence.span.end)
  // (`政府向医管局增拨5亿元`: after 向/为/给 the subject receives; the figure is the giver's.)
  // (`李强强调…`, `某某表示…`: a speaker is not what the figures of the speech are about.)
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    if (!/[向为给替]/.test(text[i - 1] ?? '') && !SPOKEN_AFTER.test(text.slice(i + name.length, i + name.length + 8))) return true
  }
  // (`某某之家：…` then `前三季度，公司实现收入…`: a research note calls the company it is about `公司`.)
  // (`期內，總營業額下跌…`: in a story about one company, a paragraph that names no place goes on with the company.)
  return ctx.article.subjectCalledCompany === true && (placeless || COMPANY_CLAUSE.test(text))
}

/** `公司` or `集团` opening a clause (not `该公司`, `上市公司`: those are other companies or any). */
const COMPANY_CLAUSE = /(?:^|[\n，,。；;：:])\s*(?:公司|集团)(?!表示|称|公告)/

/**
 * `…比重` and `…占比` name one statistic (`服务业增加值比重` = `服务业增加值占比`): the id takes `占比`, so
 * two articles that word the share differently compare.
 */
function shareName(noun: string): string {
  return noun.length > 2 && noun.endsWith('比重') ? noun.slice(0, -2) + '占比' : noun
}

/**
 * `苹果股价` of a figure about 苹果: a company's own name before the word of its shares says again whose the
 * figure is, which the scope says; the metric is the shares' word and what follows (`股价`, `市值`).
 */
/** A trade figure's metric without the partner it opens with (`对美国出口` → 出口, `对美贸易顺差` → 贸易顺差): the partner is in the qualifier (`with:`). */
function withoutPartner(noun: string, qualifier: string | undefined): string {
  const partner = partnerOfQualifier(qualifier)
  if (partner === undefined) return noun
  // (The partner as written may be its one-character name: `对美贸易顺差` has 美国 in its qualifier.)
  for (const written of [partner, partner.slice(0, 1)]) {
    if (noun.startsWith(written) && TRADE_NOUN.test(noun.slice(written.length))) return noun.slice(written.length)
  }
  return noun
}
/** What is left of a trade metric once its partner is gone. */
const TRADE_NOUN = /^(?:的)?(?:出口|进口|贸易|进出口|顺差|逆差)/

function withoutOwnName(noun: string, scope: ClaimScope): string {
  if (scope.level !== 'organisation' || scope.via !== 'document') return noun
  const name = foldText(scope.name)
  const rest = noun.startsWith(name) ? noun.slice(name.length) : ''
  return name.length >= 2 && /^(?:股价|市值|股票|股份|成交)/.test(rest) ? rest : noun
}

/** Names of money that a count in 万/亿 without a unit measures (`开支预算约为257亿`, `营收达3.2亿`). */
const MONEY_NAME = /(?:预算|开支|支出|拨款|成本|投资|市值|利润|营收|营业额|收入|价值|薪金|资产|负债|储备|盈余|赤字|经费|资金|款项|金额|总额|税收)$/

/**
 * A count written with 万 or 亿 and no unit whose metric names money (`警务处的开支预算约为257亿`) is an
 * amount of money in yuan as written; the region turns it into its currency like a plain `元`.
 */
function moneyWithoutUnit(folded: string, q: Quantity, noun: string | undefined): Quantity | undefined {
  if (q.kind !== 'count' || q.unit !== null || noun === undefined || !MONEY_NAME.test(noun)) return undefined
  if (!/[万亿萬億]/.test(folded.slice(q.numStart, q.numEnd))) return undefined
  return {...q, kind: 'money', unit: 'CNY'}
}

/** The value interval of a quantity, with its number as written. */
function valueOf(source: string, q: Quantity): Claim['value'] {
  const text = source.slice(q.numStart, q.numEnd)
  // (`13萬8千張` is 13.8万 written out, as rounded as `13.8万`: half its last unit on each side, as zh-number gives `13.8万`.)
  const unit = MIXED_ROUNDED.exec(text)?.[1]
  const half = unit === undefined || q.value === null || q.low !== q.high ? 0 : unit === '千' ? 500 : 50
  return {
    low: q.low === null ? null : q.low - half,
    high: q.high === null ? null : q.high + half,
    lowInclusive: q.lowInclusive,
    highInclusive: half > 0 ? false : q.highInclusive,
    approx: q.approx,
    value: q.value,
    text,
    ...(q.qualifier ? {qualifier: q.qualifier} : {})
  }
}

/** A count of 万 with one digit of 千 or 百 after it and nothing below (`13萬8千`, `3万5千`, `2萬6百`). */
const MIXED_ROUNDED = /^\d+\s*[万萬]\s*[1-9一二三四五六七八九]\s*([千百])$/

/**
 * Confidence for comparing two claims of one article: scope × metric only, since both share the
 * article's date (`目前` means the same day in both, known or not).
 */
export function confidenceWithinArticle(claim: Claim): number {
  return scopeMetricConfidence({scope: claim.scope.via, metric: claim.metric.via})
}

/** Longest sentence kept whole in a claim; a longer one (a text without punctuation) is cut around the number. */
const SENTENCE_MAX = 300

/**
 * The sentence of a claim: the whole sentence, or for one longer than SENTENCE_MAX characters
 * the 150 characters either side of the number, so that claims of a text without punctuation do
 * not each carry a copy of the whole text.
 */
function sentenceOf(source: string, span: Span, q: Quantity, offset: number): Claim['sentence'] {
  const start = span.end - span.start > SENTENCE_MAX ? Math.max(span.start, q.start - SENTENCE_MAX / 2) : span.start
  const end = span.end - span.start > SENTENCE_MAX ? Math.min(span.end, q.end + SENTENCE_MAX / 2) : span.end
  return {start: start + offset, end: end + offset, text: source.slice(start, end).trim()}
}
