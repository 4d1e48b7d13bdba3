import {findPlaces, parentOf, relativeScope, resolveRelative, type Place} from '@jiaodui/gazetteer'
import {findQuantities, type Quantity} from '@jiaodui/zh-number'
import {isListTotal, nounAfter, predicateOf, qualifierOf, roleOf, unitClassOf} from './metric.js'
import {resolvePeriod, timeMentions, type TimeMention} from './period.js'
import {WordIndex, type Word} from './segment.js'
import {clauseSubject, nounOfWords, phraseBefore} from './phrase.js'
import {clauseStart, contentHash, foldText, lineIndex, sentences, type Span} from './text.js'
import type {Claim, ClaimMetric, ClaimPart, ClaimScope, ExtractInput} from './types.js'

/** Capitals whose datelines file national news: 北京 (11), 台北 (7101). */
const CAPITALS = new Set(['11', '7101'])

/** Longest stretch read back from a number for its clause, predicate and list words. */
const CLAUSE_WINDOW = 160

/** Kinds of quantity that own the noun after them (a year or a date does not: `2025年春节假期`). */
const AMOUNT_KINDS = new Set(['count', 'money', 'percent', 'permille', 'percentage-point', 'range', 'fraction'])

/** Count units that are not amounts of a thing (levels, editions, issues). */
const SKIP_UNITS = new Set(['级', '届', '版', '号', '期', '代', '岁', '周岁', '倍', '楼', '层', '次方'])

const LEVEL_RANK: Record<string, number> = {country: 0, province: 1, city: 2, county: 3, township: 4, village: 5}

const SCOPE_WEIGHT = {explicit: 1, relative: 0.95, 'first-person': 0.85, 'previous-sentence': 0.75, document: 0.5, unknown: 0.1}
const METRIC_WEIGHT = {noun: 1, before: 0.9, subject: 0.8, inherited: 0.75, none: 0.2}
const PERIOD_WEIGHT = {explicit: 1, relative: 0.95, 'previous-sentence': 0.85, 'article-date': 0.7, none: 0.4}

interface ScopeMention {
  start: number
  end: number
  text: string
  place: Place
  via: 'explicit' | 'relative' | 'first-person'
}

/** A time phrase that opens its sentence (`2017年，…`, `今年以来，…`, `目前，…`) and frames the next ones. */
interface TopicTime {
  paragraph: number
  mention: TimeMention
  text: string
}

/** Whether a quantity is the kind of number a claim is made of. */
export function isClaimQuantity(q: Quantity, numeral?: string): boolean {
  if (q.low === null && q.high === null) return false
  // One Chinese numeral character (`一次`, `两个`, `四个覆盖`, `百名`) enumerates or is rhetoric.
  const kind = q.kind === 'range' ? q.of : q.kind
  // (`七成` is a share, not a count: the rule is for counts.)
  if (kind === 'count' && numeral !== undefined && numeral.length === 1 && /[一二两三四五六七八九十百千万壹兩]/.test(numeral)) return false
  switch (kind) {
    case 'count':
      // A count without a unit is a statistic when it is written with 万 or 亿 (`用户达8.89亿`, `观众60万`).
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

/** Scope id of a place: its code, or `village:<parent>:<name>` for villages. */
export function scopeIdOf(place: Place): string {
  return place.code ?? `village:${place.parentCode ?? '?'}:${place.name}`
}

/** The article date and place from its first lines: `2018年01月08日10:31 来源:…`, `人民网贵阳6月26日电`. */
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
  return out
}

function placeOfText(text: string): Place | undefined {
  const mentions = findPlaces(text)
  for (let k = mentions.length - 1; k >= 0; k--) {
    const place = mentions[k]?.place
    if (place) return place
  }
  return undefined
}

/**
 * Numeric claims of one article: every count, sum of money and percentage, with its scope
 * (place), metric (counted thing and predicate class), value interval, period and a confidence.
 * Pure: no unified, no state between calls.
 */
export function extractClaims(input: ExtractInput): Claim[] {
  const text = input.text
  const hash = input.hash ?? contentHash(text)
  const local = input.path ?? hash
  const header = input.date !== undefined && input.place !== undefined ? {} : scanDateline(foldText(text))
  const date = input.date ?? header.date ?? input.defaultDate
  const placeText = input.place ?? header.place
  const region = input.region ?? regionOfText(text)
  // A dateline in the capital (`新华社北京…电`, `記者…／台北報導`) files national news: the capital
  // is where the reporter sits, not what the figures are about; the region stands instead.
  const datelinePlace = placeText ? placeOfText(foldText(placeText)) : undefined
  const documentPlace = datelinePlace && input.place === undefined && CAPITALS.has(String(datelinePlace.code)) ? undefined : datelinePlace
  const point = lineIndex(text)
  const document: Claim['document'] = {
    ...(input.path !== undefined ? {path: input.path} : {}),
    hash,
    ...(date !== undefined ? {date} : {}),
    ...(input.source !== undefined ? {source: input.source} : {})
  }
  const claims: Claim[] = []
  const context: Place[] = documentPlace ? [documentPlace] : []
  let paragraph = 0
  const counts = new Map<string, {place: Place; count: number}>()
  let mentions = 0
  // First pass: the places of every segment (relative words resolved in document order), so that
  // an article without a dateline place can be given the place it mostly names before claims are made.
  const segments = (input.segments ?? [{text, offset: 0}]).map((segment) => {
    const folded = foldText(segment.text)
    const scopes = scopeMentions(folded, context)
    for (const s of scopes) {
      if (s.via !== 'explicit') continue
      const id = scopeIdOf(s.place)
      const entry = counts.get(id)
      if (entry) entry.count++
      else counts.set(id, {place: s.place, count: 1})
      mentions++
    }
    return {segment, folded, scopes}
  })
  // No dateline or metadata place: an article that mostly names one place is about it. A mention
  // counts for the place and its ancestors (`娄烦县` counts for 太原市 and 山西省);
  // the most specific place named at least 3 times in its own name with at least half of all
  // mentions within it wins (seed 002: 太原 with its counties and villages); the country only when
  // nothing more specific qualifies.
  let articlePlace = documentPlace
  // Hong Kong and Macau articles are about the region unless metadata or the dateline says
  // otherwise: hospital clusters and districts (`九龍西`, `九龍中`) are named often but are not the subject.
  if (!articlePlace && (region === 'HK' || region === 'MO')) articlePlace = regionPlace(region)
  if (!articlePlace) {
    const within = new Map<string, {place: Place; count: number; own: number}>()
    for (const [id, entry] of counts) {
      for (let p: Place | undefined = entry.place, depth = 0; p && depth < 6; p = parentOf(p), depth++) {
        const key = p === entry.place ? id : scopeIdOf(p)
        const sum = within.get(key) ?? {place: p, count: 0, own: 0}
        sum.count += entry.count
        if (p === entry.place) sum.own += entry.count
        within.set(key, sum)
      }
    }
    let best: {place: Place; count: number; own: number} | undefined
    for (const entry of within.values()) {
      // The country holds every place: it counts only its own mentions (`中国`, `全国` are not counted).
      const count = entry.place.code === 'CN' ? entry.own : entry.count
      if (entry.own < 3 || count * 2 < mentions) continue
      const rank = LEVEL_RANK[entry.place.level] ?? -1
      const bestRank = best ? (LEVEL_RANK[best.place.level] ?? -1) : -2
      if (rank > bestRank || (rank === bestRank && best && entry.count > best.count)) best = entry
    }
    // Else the region of the article (metadata, or guessed from its script): a mainland article
    // without a place of its own reports national figures; a Hong Kong one, Hong Kong's.
    articlePlace = best?.place ?? regionPlace(region)
  }
  for (const {segment, folded, scopes: placeScopes} of segments) {
    const offset = segment.offset
    // `folded.indexOf(noun, from)` and `folded.lastIndexOf(noun, upTo)`, unchanged in result: the
    // sentence is searched first; only a noun absent from it (pinyin debris skipped, trimmed words)
    // falls back to every position of the noun in the segment, listed once per noun instead of
    // scanning the whole segment for each claim.
    const positions = new Map<string, number[]>()
    const positionsOf = (noun: string): number[] => {
      let list = positions.get(noun)
      if (!list) {
        list = []
        for (let i = folded.indexOf(noun); i >= 0; i = folded.indexOf(noun, i + 1)) list.push(i)
        positions.set(noun, list)
      }
      return list
    }
    const nounFrom = (noun: string, from: number, sentenceEnd: number): number => {
      const near = folded.slice(from, sentenceEnd).indexOf(noun)
      if (near >= 0) return from + near
      const list = positionsOf(noun)
      let lo = 0
      let hi = list.length
      while (lo < hi) {
        const mid = (lo + hi) >> 1
        if ((list[mid] as number) < from) lo = mid + 1
        else hi = mid
      }
      return lo < list.length ? (list[lo] as number) : -1
    }
    const nounUpTo = (noun: string, upTo: number, sentenceStart: number): number => {
      const near = folded.slice(sentenceStart, upTo + noun.length).lastIndexOf(noun)
      if (near >= 0) return sentenceStart + near
      const list = positionsOf(noun)
      let lo = 0
      let hi = list.length
      while (lo < hi) {
        const mid = (lo + hi) >> 1
        if ((list[mid] as number) <= upTo) lo = mid + 1
        else hi = mid
      }
      return lo > 0 ? (list[lo - 1] as number) : -1
    }
    const quantities = findQuantities(folded)
    const words = new WordIndex(folded)
    const scopes = withRegionWords(folded, region, withForeign(folded, withOrganisations(folded, articlePlace ? withFirstPerson(folded, placeScopes, articlePlace) : placeScopes)))
    const spans = sentences(folded, 0, folded.length, paragraph)
    paragraph = (spans.at(-1)?.paragraph ?? paragraph) + 1
    let qi = 0
    let si = 0
    let subject: {paragraph: number; mention: ScopeMention} | undefined
    let topic: TopicTime | undefined
    let lastMetric: {text: string; end: number} | undefined
    let sentenceMetrics: Array<{text: string; end: number}> = []
    let currentSentence: Quantity[] = []
    for (const span of spans) {
      lastMetric = undefined
      sentenceMetrics = []
      const inSentence: Quantity[] = []
      while (qi < quantities.length && (quantities[qi] as Quantity).start < span.end) {
        const q = quantities[qi++] as Quantity
        if (q.start >= span.start) inSentence.push(q)
      }
      const withClaims = inSentence.some((q) => isClaimQuantity(q, folded.slice(q.numStart, q.numEnd)))
      const sentenceScopes: ScopeMention[] = []
      while (si < scopes.length && (scopes[si] as ScopeMention).start < span.end) {
        const s = scopes[si++] as ScopeMention
        // Place names are checked against the segmenter only in sentences with a claim: the
        // segmenter is the costly part of extraction, and other sentences only carry a subject.
        if (s.start >= span.start && (!withClaims || isWordOfText(words, s))) sentenceScopes.push(s)
      }
      if (subject && subject.paragraph !== span.paragraph) subject = undefined
      if (topic && topic.paragraph !== span.paragraph) topic = undefined
      const times = timeMentions(folded, span.start, span.end, inSentence, region)
      currentSentence = inSentence
      const made: Array<{claim: Claim; q: Quantity}> = []
      inSentence.forEach((q, k) => {
        if (!isClaimQuantity(q, folded.slice(q.numStart, q.numEnd))) return
        made.push({claim: claimOf(q, k, span, sentenceScopes, times, inSentence, subject?.mention, topic), q})
      })
      markParts(folded, span, made, sentenceScopes)
      // The subject carried to the next sentences: the first place not introduced by a locative
      // preposition (`在金水镇…举行` names where, not who); without one the subject stays.
      // A place listed after a locative one or nested in it (`在金水镇碗牛坝、黄安镇三道岭`, `在杨兴乡坪里村`) is locative too.
      let locative = false
      let head: ScopeMention | undefined
      for (let k = 0; k < sentenceScopes.length && !head; k++) {
        const s = sentenceScopes[k] as ScopeMention
        const before = folded.slice(Math.max(span.start, s.start - 2), s.start)
        const gap = k > 0 ? folded.slice((sentenceScopes[k - 1] as ScopeMention).end, s.start) : ''
        locative = LOCATIVE.test(before) || (locative && /^(?:[\u4e00-\u9fff]{0,6}[、和与及])?$/.test(gap))
        if (!locative) head = s
      }
      if (head) subject = {paragraph: span.paragraph, mention: head}
      const opening = topicTimeOf(folded, span, times)
      if (opening) topic = {paragraph: span.paragraph, mention: opening, text: segment.text.slice(opening.start, opening.end)}
      for (const {claim} of made) claims.push(claim)
    }

    function claimOf(q: Quantity, index: number, span: Span, scopesHere: ScopeMention[], times: TimeMention[], quantitiesHere: Quantity[], previous: ScopeMention | undefined, topicHere: TopicTime | undefined): Claim {
      // Backward scans stop CLAUSE_WINDOW characters before the number: a text without punctuation
      // is one long sentence, and reading back to its start for every number would be quadratic.
      const floor = Math.max(span.start, q.start - CLAUSE_WINDOW)
      const cs = clauseStart(folded, floor, q.start)
      // Scope: nearest place before the number in the sentence, else the paragraph's subject, else the article's.
      let scope: ClaimScope
      const mention = lastBefore(scopesHere, q.start)
      // `Zune在美国市场份额是9%`, `华为在中国的销量`: a subject named before `在` is what the number is
      // about; the place is only where. Without a recognised subject the scope is unknown.
      const located = mention !== undefined && otherSubject(folded, cs, mention, scopesHere, times)
      if (located) scope = {id: 'unknown', name: '', level: 'unknown', via: 'unknown'}
      else if (mention) scope = listScope(folded, scopesHere, mention, offset, segment.text) ?? scopeFrom(mention, mention.via, offset, segment.text)
      else if (previous) scope = scopeFrom(previous, 'previous-sentence', offset, segment.text)
      else if (articlePlace) scope = {id: scopeIdOf(articlePlace), name: articlePlace.name, level: articlePlace.level, via: 'document'}
      else scope = {id: 'unknown', name: '', level: 'unknown', via: 'unknown'}
      // Period: nearest time words before the number in the sentence, else the time phrase that
      // opened an earlier sentence of the paragraph (`2017年，…。其中，…`). A time word that is only
      // a comparison base (`较去年同期增长`) or the start of a change (`去年的56.1分升至60.5分`) is skipped.
      const time = periodWordsFor(folded, times, q, quantitiesHere)
      let period = resolvePeriod(time, date, time ? segment.text.slice(time.start, time.end) : '', local)
      if (!time && topicHere) {
        const carried = resolvePeriod(topicHere.mention, date, topicHere.text, local)
        period = carried.via === 'none' ? carried : {...carried, via: 'previous-sentence'}
      }
      // Metric: the noun after the number, else the noun phrase before it (places and times blanked).
      // A number earlier in the clause owns the words up to the end of its noun (`110个贫困村和6个…`).
      // Only the numbers of this clause are looked at (sorted; walked back from this one), so a
      // sentence of thousands of numbers costs linear time.
      const inClause: Quantity[] = []
      for (let k = index - 1; k >= 0; k--) {
        const other = quantitiesHere[k] as Quantity
        if (other.end < cs) break
        if (other.end <= q.start) inClause.push(other)
      }
      let from = cs
      for (const other of inClause) {
        if (!AMOUNT_KINDS.has(other.kind)) continue
        from = Math.max(from, other.end + (nounAfter(folded, other, span.end)?.length ?? 0))
      }
      const chars = folded.slice(cs, q.start).split('')
      for (let k = cs; k < from; k++) chars[k - cs] = ' '
      const blockers = [...overlapping(scopesHere, cs, q.start), ...overlapping(times, cs, q.start), ...inClause]
      for (const s of blockers) {
        for (let k = Math.max(s.start, cs); k < Math.min(s.end, q.start); k++) chars[k - cs] = ' '
      }
      const before = chars.join('')
      // Money is named before the amount (`投入扶持资金2042万元`) more often than after it.
      // A count right after a list of names (`中国外文局、…、中国华电6个单位`) counts the list: no metric.
      const listTotal = isListTotal(folded, span.start, cs, q.start)
      // `每个县至少配备6名`, `户均增收1.5万元`, `人均每年8000元`: an amount per unit, not a total of the
      // scope: the per-word goes into the qualifier, so it compares only with amounts per the same unit.
      const perUnit = PER_UNIT.exec(folded.slice(cs, q.start))?.[0]
      const found = listTotal ? undefined : metricOf(q, cs, from, span, blockers, inClause)
      const noun = found?.text
      const via = found?.via ?? 'none'
      if (found && via !== 'inherited') {
        lastMetric = {text: found.text, end: q.end}
        sentenceMetrics.push(lastMetric)
      }
      let surface = ''
      if (noun) {
        const at = found?.start ?? (via === 'noun' ? nounFrom(noun, q.end, span.end) : nounUpTo(noun, q.start, span.start))
        surface = at >= 0 ? segment.text.slice(at, at + noun.length) : noun
      }
      const clause = folded.slice(cs, q.start)
      // Predicate words reach back over `、` lists to the last comma (`先后调整和召回…、…的第一书记23名`).
      let ps = q.start
      while (ps > floor && !/[，,：:]/.test(folded[ps - 1] as string)) ps--
      const predicateClause = folded.slice(ps, q.start)
      const where = noun ? qualifierOf(predicateClause, via === 'noun' ? folded.slice(q.end + noun.length, Math.min(span.end, q.end + noun.length + 8)) : '') : undefined
      const entity = noun ? entityBefore(words, Math.max(span.start, q.start - 60), q.start, scopesHere) : undefined
      // An organisation named in the sentence is what a figure without a place of its own is about
      // (`医管局…批出合约2.12亿元`, `广交会…13万名境外采购商`), rather than the article's region.
      if (entity && (scope.via === 'document' || scope.via === 'previous-sentence' || scope.via === 'unknown') && ORGANISATION_WORD.test(entity)) {
        scope = {id: `org:${entity}`, name: entity, level: 'organisation', via: 'explicit'}
      }
      // `医管局$2億`: a "metric" that is the subject's own name says nothing about what is counted.
      const namesSubject = noun !== undefined && entity !== undefined && (entity.endsWith(noun) || noun.endsWith(entity))
      // Market reports move within a day (`午间…跌844点`, `截至14:18分…涨24点`): the time of day is part of the frame.
      const intraday = INTRADAY.exec(folded.slice(floor, q.start))?.[0] ?? (inClauseWindow(quantitiesHere, index, floor).some((o) => o.kind === 'time') ? 'clock' : undefined)
      const qualifier = [noun && perUnit ? `${perUnit}${where ?? ''}` : where, entity && `of:${entity}`, intraday && `at:${intraday}`].filter(Boolean).join('') || undefined
      const start = q.start + offset
      const end = q.end + offset
      const claim: Claim = {
        id: `${local}#${start}`,
        document,
        place: {start: point(start), end: point(end)},
        text: segment.text.slice(q.start, q.end),
        sentence: sentenceOf(segment.text, span, q, offset),
        scope,
        metric: {
          id: namesSubject ? '' : (noun ?? ''),
          text: namesSubject ? '' : surface,
          predicate: predicateOf(predicateClause, period.type),
          role: roleOf(q.kind === 'range' ? (q.of ?? 'count') : q.kind, clause, folded.slice(q.end, q.end + 6)),
          via: namesSubject ? 'none' : via,
          ...(qualifier ? {qualifier} : {})
        },
        value: {
          low: q.low,
          high: q.high,
          lowInclusive: q.lowInclusive,
          highInclusive: q.highInclusive,
          approx: q.approx,
          value: q.value,
          text: segment.text.slice(q.numStart, q.numEnd),
          ...(q.qualifier ? {qualifier: q.qualifier} : {})
        },
        kind: q.kind,
        unit: regionalUnit(q, region, folded),
        unitClass: unitClassOf({...q, unit: regionalUnit(q, region, folded)}),
        period,
        confidence: round(SCOPE_WEIGHT[scope.via] * METRIC_WEIGHT[namesSubject ? 'none' : via] * PERIOD_WEIGHT[period.via])
      }
      return claim
    }

    /**
     * `A、B分别增长x%和y%`: the i-th value after `分别` is about the i-th of the subjects listed before
     * it (a head noun written once at the end is shared: `装备制造业、数字产品制造业销售收入` → both
     * `…销售收入`); with no list there, about the i-th of the previous numbers' metrics
     * (`外商投资企业进出口3.47万亿元，国有企业进出口1.56万亿元，分别增长16.1%、8%`).
     */
    function respectiveMetric(q: Quantity, span: Span, sentenceQuantities: Quantity[]): {text: string; via: ClaimMetric['via']} | undefined {
      const floor = Math.max(span.start, q.start - CLAUSE_WINDOW)
      const near = folded.slice(floor, q.start).lastIndexOf('分别')
      if (near < 0) return undefined
      const at = floor + near
      const values = sentenceQuantities.filter((o) => AMOUNT_KINDS.has(o.kind) && o.start > at && o.start < at + CLAUSE_WINDOW)
      const index = values.indexOf(q)
      if (index < 0 || /[，,；;：:]/.test(folded.slice(at, q.start))) return undefined
      const listStart = clauseStartNoList(folded, span.start, at)
      const pieces = folded.slice(listStart, at).split(/[、和与及]/)
      if (pieces.length >= 2 && pieces.length === values.length) {
        const cleaned = pieces.map((piece, k) => {
          const start = listStart + pieces.slice(0, k).reduce((sum, p) => sum + p.length + 1, 0)
          return phraseBefore(words.wordsIn(start, start + piece.length).filter((w) => w.end <= start + piece.length), () => false)
        })
        const last = cleaned.at(-1)
        const lastWords = last ? words.wordsIn(last.start, last.end) : []
        const head = lastWords.length > 1 ? (lastWords.at(-1) as Word).word : undefined
        const mine = cleaned[index]
        if (!mine) return undefined
        const text = head && index < cleaned.length - 1 && !mine.text.endsWith(head) ? mine.text + head : mine.text
        return {text, via: 'before'}
      }
      const earlier = sentenceMetrics.filter((m) => m.end <= at)
      if (pieces.length === 1 && earlier.length >= values.length && values.length >= 2) {
        const mine = earlier[earlier.length - values.length + index]
        return mine ? {text: mine.text, via: 'inherited'} : undefined
      }
      return undefined
    }

    /**
     * What a number counts, best first: the noun after its classifier (`8542名第一书记`), the noun
     * phrase right before it (`工业增加值同比增长5.1%`), the subject of its clause, or the metric of
     * the previous number of the sentence (`出口6.85万亿元，增长11.9%`: the growth is of 出口). Money
     * is named before the amount more often than after it. The segmenter decides what is a noun.
     */
    function metricOf(q: Quantity, cs: number, from: number, span: Span, blockers: Array<{start: number; end: number}>, inClause: Quantity[]): {text: string; via: ClaimMetric['via']; start?: number} | undefined {
      const blocked = (w: Word) => w.start < from || blockers.some((b) => b.start < w.end && b.end > w.start)
      const clauseWords = words.wordsIn(cs, q.start).filter((w) => w.end <= q.start)
      const rawAfter = nounAfter(folded, q, span.end)
      let after: string | undefined
      if (rawAfter) {
        const at = folded.indexOf(rawAfter, q.end)
        // The segmenter re-reads zh-number's noun a little past its end (`境外采购商线|下参会` is cut
        // inside the word 线下) and keeps its leading nouns: cut at the first verb or adverb, and
        // completed to a word boundary. When it keeps nothing, zh-number's noun stands.
        const cut = at >= 0 && at - q.end < 4 ? nounOfWords(words.wordsIn(at, Math.min(span.end, at + rawAfter.length + 4)).filter((w) => w.start >= at)) : rawAfter
        after = cut && (cut.startsWith(rawAfter) || rawAfter.startsWith(cut)) ? (cut.length > rawAfter.length + 3 ? rawAfter : cut) : rawAfter
      }
      const respective = respectiveMetric(q, span, currentSentence)
      if (respective) return respective
      // `1767人(占29.5%)`: a bracketed share is the share of the figure right before it.
      if (lastMetric && /[(（]\s*(?:占|约占|佔)?$/.test(folded.slice(Math.max(0, q.start - 3), q.start)) && q.start - lastMetric.end <= 4) {
        return {text: lastMetric.text, via: 'inherited'}
      }
      const before = phraseBefore(clauseWords, blocked)
      const subject = before ? undefined : clauseSubject(clauseWords, blocked)
      const asBefore = before && {text: before.text, via: 'before' as const, start: before.start}
      const asAfter = after && {text: after, via: 'noun' as const}
      const first = q.kind === 'money' ? (asBefore ?? asAfter) : (asAfter ?? asBefore)
      if (first) return first
      if (subject) return {text: subject.text, via: 'subject', start: subject.start}
      // `预期192.5万`: a forecast of the figure before it is not a statement of it.
      if (/^(?:市场)?(?:预期|预计|预测|目标|计划)/.test(folded.slice(cs, q.start))) return undefined
      // A value listed right after another (`增长13%、11%`, `7天和8天`) is about something else of the list.
      if (lastMetric && !rawAfter && inClause.length === 0 && !/^[、和及与\s]*$/.test(folded.slice(lastMetric.end, q.start)) && /^[，,：:]/.test(folded[cs - 1] ?? '')) {
        return {text: lastMetric.text, via: 'inherited'}
      }
      return undefined
    }
  }
  return claims
}

/**
 * Whether the place nearest before a number is only where something else happens: it follows `在`,
 * and the clause names a subject before `在` that is not a place or time (`Zune在美国`, `某某公司在中国`).
 */
function otherSubject(folded: string, clauseStart: number, mention: ScopeMention, scopes: ScopeMention[], times: TimeMention[]): boolean {
  if (folded[mention.start - 1] !== '在' || mention.start - 1 <= clauseStart) return false
  const chars = folded.slice(clauseStart, mention.start - 1).split('')
  for (const s of [...overlapping(scopes, clauseStart, mention.start), ...overlapping(times, clauseStart, mention.start)]) {
    for (let k = Math.max(s.start, clauseStart); k < Math.min(s.end, mention.start - 1); k++) chars[k - clauseStart] = ' '
  }
  const subject = chars.join('').trim().split(/\s+/).at(-1) ?? ''
  // A Latin name (`Zune`, `iPod`) or a company (`…公司`, `…集团`); other Chinese words before `在` are
  // as often verbs (`隐藏在浙江15个古村落`) as subjects, and are left alone.
  if (/[A-Za-z]/.test(subject)) return true
  return /(?:公司|集团|股份|银行|科技)$/.test(subject)
}

/** Words of an amount per unit (`每个`, `每年`, `人均`, `户均`, `平均`). */
const PER_UNIT = /每[个年月天日周人户村亩位名家次]?|[户人村亩]均|平均/

/** Prepositions before a place that make it a location, destination or beneficiary, not the subject. */
const LOCATIVE = /(?:在|到|赴|于|向|往|至|对|从|为|给|先后在|分别在)$/

/** Connectives that may come before a sentence-opening time phrase (`据悉，近年来，…`). */
const TOPIC_LEAD = /^[\s\d.、()（）“”"]*(?:据悉|据了解|据统计|同时|此外|另外|其中|而|在|自|从)?[，,\s]*$/
/** A source or viewpoint clause before the opening time phrase (`据海关统计，`, `从贸易方式看，`, `记者从…了解到，`). */
const SOURCE_LEAD = /^[^，,。]{0,30}(?:统计|显示|介绍|获悉|了解到|了解|公布|表示|指出|称|看|来看)[，,]\s*$/
/** Framing clauses before the opening time phrase, without numbers (`从工业看，受…等因素影响，1—2月份，…`). */
const FRAMING_LEAD = /^[^\d０-９。；;]{0,80}[，,]\s*$/

/**
 * The time phrase that opens a sentence and ends its first clause (`2017年，…`, `截至2018年底，…`,
 * `今年以来，…`, `目前，…`): the frame of the sentences after it in the paragraph. A date inside a
 * sentence (`汪洋同志2015年12月在宁德调研时指出`) is an event, not a frame, and is not carried.
 */
function topicTimeOf(folded: string, span: Span, times: TimeMention[]): TimeMention | undefined {
  const first = times[0]
  if (!first) return undefined
  const lead = folded.slice(span.start, first.start)
  if (!TOPIC_LEAD.test(lead) && !SOURCE_LEAD.test(lead) && !FRAMING_LEAD.test(lead)) return undefined
  // Two time words in a row (`2017年5月以来`) are one phrase; the last one is the frame.
  let last = first
  for (const t of times) if (t.start >= last.start && t.start <= last.end + 1) last = t
  const after = folded.slice(last.end, last.end + 1)
  return /[，,]/.test(after) ? last : undefined
}

/**
 * Confidence for comparing two claims of one article: scope × metric only, since both share the
 * article's date (`目前` means the same day in both, known or not).
 */
export function confidenceWithinArticle(claim: Claim): number {
  return round(SCOPE_WEIGHT[claim.scope.via] * METRIC_WEIGHT[claim.metric.via])
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}

function scopeFrom(mention: ScopeMention, via: ClaimScope['via'], offset: number, source: string): ClaimScope {
  return {
    id: scopeIdOf(mention.place),
    name: mention.place.name,
    level: mention.place.level,
    text: source.slice(mention.start, mention.end),
    start: mention.start + offset,
    end: mention.end + offset,
    via
  }
}

/**
 * A list of places (`娄烦、阳曲两个贫困县`, `江苏和浙江`): the number is about all of them, not the last
 * one. The scope id joins the sorted codes (`140122+140123`).
 */
function listScope(folded: string, scopes: ScopeMention[], last: ScopeMention, offset: number, source: string): ClaimScope | undefined {
  const members = [last]
  for (let k = indexOfMention(scopes, last) - 1; k >= 0; k--) {
    const previous = scopes[k] as ScopeMention
    const between = folded.slice(previous.end, (members[0] as ScopeMention).start)
    if (!/^(?:[省市县区])?[、和与及]$/.test(between) || previous.via !== 'explicit') break
    members.unshift(previous)
  }
  if (members.length < 2) return undefined
  const first = members[0] as ScopeMention
  const ids = [...new Set(members.map((m) => scopeIdOf(m.place)))].sort()
  if (ids.length < 2) return undefined
  return {
    id: ids.join('+'),
    name: members.map((m) => m.place.name).join('、'),
    level: last.place.level,
    text: source.slice(first.start, last.end),
    start: first.start + offset,
    end: last.end + offset,
    via: last.via
  }
}

/** Place and relative-scope mentions of a text, relative ones resolved; `context` grows in document order. */
function scopeMentions(folded: string, context: Place[]): ScopeMention[] {
  const explicit = findPlaces(folded)
  const relative = relativeScope(folded)
  const out: ScopeMention[] = []
  let r = 0
  const flushRelative = (until: number) => {
    while (r < relative.length && (relative[r] as (typeof relative)[number]).start < until) {
      const rel = relative[r++] as (typeof relative)[number]
      const place = resolveRelative(rel, context)
      if (place) out.push({start: rel.start, end: rel.end, text: rel.text, place, via: 'relative'})
    }
  }
  for (const mention of explicit) {
    flushRelative(mention.start)
    // Overlaps with a relative word (`全省` inside a longer name) are left to the explicit name.
    if (!mention.place) continue
    out.push({start: mention.start, end: mention.end, text: mention.text, place: mention.place, via: 'explicit'})
    context.push(mention.place)
  }
  flushRelative(Infinity)
  return out.sort((a, b) => a.start - b.start)
}

/**
 * An organisation named after a place (`中国外文局`, `贵州省人社厅`, `中山大学`): the place name followed
 * by at most 8 more characters (no verb, preposition or punctuation) and an organisation word. Party
 * committees and governments (`宁德市委`, `县政府`) are the place itself and are not listed.
 */
const ORGANISATION = /^[\u4e00-\u9fff]{0,8}?(?:局|厅|署|协会|学会|公司|集团|大学|学院|银行|研究所|研究院|医院|股份|电视台|日报|报社)/
const NOT_IN_ORGANISATION = /[从在对向为把将的和与及是有了等共已]|选派|抽调|建立|开展|发放|投入|选拔|选调|组建|成立/

function organisationPlace(name: string): Place {
  // Not a gazetteer place: the level is only read back into the claim's scope.
  return {code: `org:${name}`, name, shortName: name, level: 'organisation', path: []} as unknown as Place
}

/** Turn places that head an organisation name into that organisation (scope id `org:<name>`). */
function withOrganisations(folded: string, scopes: ScopeMention[]): ScopeMention[] {
  let out: ScopeMention[] | undefined
  scopes.forEach((s, k) => {
    if (s.via !== 'explicit') return
    const match = ORGANISATION.exec(folded.slice(s.end, s.end + 12))
    if (!match || NOT_IN_ORGANISATION.test(match[0])) return
    // `中国华电`, `中国人保`: not recognised (no organisation word), the place stays.
    const end = s.end + match[0].length
    if (scopes.some((other) => other !== s && other.start < end && other.end > s.end)) return
    out ??= [...scopes]
    const name = folded.slice(s.start, end)
    out[k] = {start: s.start, end, text: name, place: organisationPlace(name), via: 'explicit'}
  })
  return out ?? scopes
}

/**
 * Countries (and a few capitals) outside the gazetteer. A number about them must not fall back to a
 * Chinese place, and `全国` after one in the same sentence (`法国国家铁路公司宣布…全国铁路…`) is that
 * country, not China. Scope id `foreign:<name>`.
 */
const FOREIGN_NAMES = [
  '印度尼西亚', '澳大利亚', '马来西亚', '巴基斯坦', '阿富汗', '意大利', '加拿大', '新加坡', '叙利亚', '以色列', '土耳其', '乌克兰',
  '菲律宾', '墨西哥', '西班牙', '阿根廷', '新西兰', '伊拉克', '柬埔寨', '俄罗斯', '葡萄牙', '比利时', '奥地利', '蒙古国', '沙特',
  '美国', '英国', '法国', '德国', '日本', '韩国', '朝鲜', '印度', '泰国', '越南', '巴西', '伊朗', '埃及', '南非', '荷兰', '瑞士', '瑞典',
  '挪威', '芬兰', '丹麦', '波兰', '希腊', '缅甸', '老挝', '欧盟'
]
const FOREIGN_CITIES = ['华盛顿', '莫斯科', '巴黎', '伦敦', '纽约', '东京', '首尔', '柏林']
const FOREIGN_LONGEST_FIRST = [...FOREIGN_NAMES, ...FOREIGN_CITIES].sort((a, b) => b.length - a.length)

function foreignPlace(name: string): Place {
  const city = FOREIGN_CITIES.includes(name)
  return {code: `foreign:${name}`, name, shortName: name, level: city ? 'city' : 'country', path: []}
}

/** Add foreign places (they win over overlapping gazetteer names) and re-point `全国` after one. */
function withForeign(folded: string, scopes: ScopeMention[]): ScopeMention[] {
  let found: ScopeMention[] = []
  // One indexOf per name (fast native scans), longest names first so `印度尼西亚` wins over `印度`.
  for (const name of FOREIGN_LONGEST_FIRST) {
    for (let i = folded.indexOf(name); i >= 0; i = folded.indexOf(name, i + name.length)) {
      // `朝鲜族`, `日本语`: a people or a language, not the country.
      if (/[族语文菜式]/.test(folded[i + name.length] ?? '')) continue
      if (found.some((f) => f.start < i + name.length && f.end > i)) continue
      found.push({start: i, end: i + name.length, text: name, place: foreignPlace(name), via: 'explicit'})
    }
  }
  if (found.length === 0) return scopes
  found = found.sort((a, b) => a.start - b.start)
  const out = scopes.filter((s) => !found.some((f) => f.start < s.end && f.end > s.start))
  for (let k = 0; k < out.length; k++) {
    const s = out[k] as ScopeMention
    if (s.via !== 'relative' || s.place.code !== 'CN' || !s.text.endsWith('国')) continue
    let country: ScopeMention | undefined
    for (const f of found) if (f.end <= s.start && f.place.level === 'country') country = f
    if (country && !/[。！？；!?;\n]/.test(folded.slice(country.end, s.start))) out[k] = {...s, place: country.place}
  }
  return [...out, ...found].sort((a, b) => a.start - b.start)
}

/** First-person scope words of a speaker or official (`我市`, `我县`, `我省`, `我区`). */
const FIRST_PERSON = /我(?:们)?([省市县区州旗镇乡])|我们(?![党国的这那一])/g

/**
 * Add first-person scopes: `我市`/`我县`/… resolve like `该市`/`该县` against the places before
 * them; a bare `我们` outside quotation marks is the article's place (the speaker's: `我是来自福建省宁德市的代表`).
 */
function withFirstPerson(folded: string, scopes: ScopeMention[], articlePlace: Place): ScopeMention[] {
  if (!folded.includes('我')) return scopes
  const out = [...scopes]
  let quoteDepth = 0
  let checked = 0
  const inQuote = (at: number) => {
    for (; checked < at; checked++) {
      const c = folded[checked]
      if (c === '“' || c === '「' || c === '『') quoteDepth++
      else if ((c === '”' || c === '」' || c === '』') && quoteDepth > 0) quoteDepth--
      else if (c === '\n') quoteDepth = 0
    }
    return quoteDepth > 0
  }
  for (const match of folded.matchAll(FIRST_PERSON)) {
    const start = match.index
    const end = start + match[0].length
    if (inQuote(start)) continue
    if (out.some((s) => s.start < end && s.end > start)) continue
    let place: Place | undefined
    const suffix = match[1]
    if (suffix) {
      const context = [articlePlace, ...scopes.filter((s) => s.end <= start).map((s) => s.place)]
      const level = suffix === '省' ? 'province' : suffix === '市' || suffix === '州' ? 'city' : suffix === '镇' || suffix === '乡' ? 'township' : 'county'
      place = resolveRelative({suffix, level}, context)
    } else place = articlePlace
    if (place) out.push({start, end, text: match[0], place, via: suffix ? 'relative' : 'first-person'})
  }
  return out.sort((a, b) => a.start - b.start)
}

/** Link parts to their whole: `…其中A x个，B y个`, `…分别为`, `N个X中，…`. */
function markParts(folded: string, span: Span, made: Array<{claim: Claim; q: Quantity}>, scopes: ScopeMention[]): void {
  if (made.length < 2) return
  const sentence = folded.slice(span.start, span.end)
  const links: Array<{at: number; link: ClaimPart['link']}> = []
  for (const match of sentence.matchAll(/其中(包括|包含)?|分别/g)) {
    const link = match[0] === '分别' ? '分别' : match[1] ? '其中包括' : '其中'
    links.push({at: span.start + match.index, link})
  }
  for (const {q} of made) {
    const tail = /^[^，。；、,\d]{0,12}?中(?=[，,的])/.exec(folded.slice(q.end, Math.min(span.end, q.end + 14)))
    if (tail && !/其中$/.test(tail[0])) links.push({at: q.end + tail[0].length - 1, link: '中'})
  }
  links.sort((a, b) => a.at - b.at)
  for (const {at, link} of links) {
    const after = made.filter(({q}) => q.start > at)
    const first = after[0]
    if (!first || first.claim.part) continue
    // The whole: the nearest claim before the word, of the same unit class as the parts.
    let whole: Claim | undefined
    for (const {claim, q} of made) {
      if (q.end > at) break
      if (link !== '分别' || claim.unitClass === first.claim.unitClass) whole = claim
    }
    if (!whole || whole.unitClass !== first.claim.unitClass || whole.part) continue
    // `A和B分别增长x%和y%` lists values of different subjects; 分别 makes parts only after a stated
    // total (`共有…，分别是…`). Percentages stated as shares of another base (`占X的…`) are not parts.
    if (link === '分别' && !/共|合计|总计|总共|一共|累计/.test(folded.slice(span.start, at))) continue
    if (whole.unitClass === 'percent' && after.some(({q}) => /占/.test(folded.slice(Math.max(span.start, q.start - 12), q.start)))) continue
    let index = 0
    let previousEnd = at
    for (const {claim, q} of after) {
      if (claim.unitClass !== whole.unitClass || claim.kind !== whole.kind) break
      // A new place before this number starts a new statement.
      if (index > 0 && scopes.some((s) => s.start >= previousEnd && s.end <= q.start)) break
      if (links.some((l) => l.at > at && l.at < q.start && l.link !== '分别')) break
      // `其中自然人30.33万，较前一周的26.56万`: a comparison base is not a part.
      if (/(?:较|比|相比|同比|环比)[^，,；;]{0,12}$/.test(folded.slice(Math.max(previousEnd, q.start - 14), q.start))) break
      // `N个X中的M个，建成…Y个`: the parts of `中` are in its own clause.
      if (link === '中' && index > 0 && /[，,；;]/.test(folded.slice(previousEnd, q.start))) break
      claim.part = {of: whole.id, link, index: index++}
      previousEnd = q.end
    }
  }
}

/** The last mention (sorted by start) that ends at or before `at`: binary search, then a short walk back. */
function lastBefore<T extends {start: number; end: number}>(sorted: readonly T[], at: number): T | undefined {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((sorted[mid] as T).start < at) lo = mid + 1
    else hi = mid
  }
  for (let k = lo - 1; k >= 0 && k >= lo - 8; k--) if ((sorted[k] as T).end <= at) return sorted[k]
  return undefined
}

/** Mentions (sorted by start, short) that overlap `[from, to)`. */
function overlapping<T extends {start: number; end: number}>(sorted: readonly T[], from: number, to: number): T[] {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((sorted[mid] as T).start < to) lo = mid + 1
    else hi = mid
  }
  const out: T[] = []
  for (let k = lo - 1; k >= 0; k--) {
    const m = sorted[k] as T
    if (m.end > from) out.push(m)
    else if (m.start < from - 64) break
  }
  return out
}

/** Words before a time phrase that make it a comparison base (`较去年同期`, `比上年`), not the claim's period. */
const BASE_BEFORE = /(?:较|比|比较|相比|相较|同比|与|和|跟|对比)(?:上年|去年|前年|上月|上届)?$/
/** Verbs of change: a number after `升至`/`降到` is the new level, not a figure of the period named before the old one. */
const CHANGE_TO = /(?:升至|升到|增至|增到|降至|降到|减至|减到|提高到|提高至|提升至|提升到|下降到|下降至|上升到|上升至|增长到|增长至|跌至|涨至|回落至|扩大到|缩小到|变为|变成)/

/**
 * The time words that give a number its period: the nearest before it in its sentence, skipping a
 * comparison base (`较去年同期增长6.8%` is this year's growth) and, after a change verb, the time
 * of the old value (`由去年的56.1分升至60.5分`: 60.5 is now).
 */
function periodWordsFor(folded: string, times: readonly TimeMention[], q: Quantity, quantities: readonly Quantity[]): TimeMention | undefined {
  // Times are sorted by start: from the last one starting before the number, back to the sentence start.
  let lo = 0
  let hi = times.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((times[mid] as TimeMention).start < q.start) lo = mid + 1
    else hi = mid
  }
  for (let k = lo - 1; k >= 0; k--) {
    const t = times[k] as TimeMention
    if (!(t.start < q.start && t.end <= q.end)) continue
    if (BASE_BEFORE.test(folded.slice(Math.max(0, t.start - 4), t.start))) continue
    const between = folded.slice(t.end, q.start)
    if (between.length < 200 && CHANGE_TO.test(between) && quantities.some((o) => o.start >= t.end && o.end <= q.start)) return undefined
    return t
  }
  return undefined
}

/** The place of a region code (`CN`, `HK`, `TW`, `MO`): the country or the region as a gazetteer place. */
export function regionPlace(region: string | undefined): Place | undefined {
  const name = region === 'CN' ? '中国' : region === 'HK' ? '香港' : region === 'TW' ? '台湾' : region === 'MO' ? '澳门' : undefined
  return name ? findPlaces(name).find((m) => m.place)?.place : undefined
}

/** Words that name the whole region of the article (`我国`, `本港`, `全台`): `kind` says which region they need. */
const REGION_WORDS = /我国|本港|全港|本澳|全澳|全台|全臺|本市|我市|北市|高市/g

/**
 * Region words read against the article's region: `我国`/`全国` is the country of the article
 * (China in a mainland article, Taiwan's `全國` is Taiwan), `本港`/`全港` Hong Kong, `本澳` Macau,
 * `全台` Taiwan. Without a region, `我国` is China (the common case) and the others their own region.
 */
function withRegionWords(folded: string, region: string | undefined, scopes: ScopeMention[]): ScopeMention[] {
  const found: ScopeMention[] = []
  for (const match of folded.matchAll(REGION_WORDS)) {
    const word = match[0]
    if (word === '本市' || word === '我市') continue
    // Taiwan's short names of its two largest cities (`北市主計處`): only in a Taiwan article.
    if (word === '北市' || word === '高市') {
      const city = region === 'TW' ? findPlaces(word === '北市' ? '台北市' : '高雄市').find((m) => m.place)?.place : undefined
      const start = match.index
      if (city && !scopes.some((s) => s.start < start + 2 && s.end > start)) found.push({start, end: start + 2, text: word, place: city, via: 'explicit'})
      continue
    }
    const code = word === '我国' ? (region === 'TW' ? 'TW' : region === 'HK' || region === 'MO' ? 'CN' : 'CN') : /港/.test(word) ? 'HK' : /澳/.test(word) ? 'MO' : 'TW'
    const place = regionPlace(code)
    const start = match.index
    const end = start + word.length
    if (!place || scopes.some((s) => s.start < end && s.end > start)) continue
    found.push({start, end, text: word, place, via: 'relative'})
  }
  let out = found.length > 0 ? [...scopes, ...found].sort((a, b) => a.start - b.start) : scopes
  // `全国` in a Taiwan article is Taiwan.
  if (region === 'TW') out = out.map((s) => (s.via === 'relative' && s.place.code === 'CN' ? {...s, place: regionPlace('TW') ?? s.place} : s))
  return out
}

/**
 * The region of an article from its text when no metadata says: simplified text is mainland;
 * traditional text is Hong Kong when it names Hong Kong more often than Taiwan, else Taiwan.
 */
export function regionOfText(text: string): string | undefined {
  const sample = text.slice(0, 20_000)
  const folded = foldText(sample)
  let changed = 0
  let han = 0
  for (let i = 0; i < sample.length; i++) {
    if (sample.charCodeAt(i) !== folded.charCodeAt(i)) changed++
    if (sample.charCodeAt(i) >= 0x4e00 && sample.charCodeAt(i) <= 0x9fff) han++
  }
  // Traditional text changes when folded: at least 2 characters and 2 % of the Han characters.
  if (changed < Math.max(2, han * 0.02)) return han > 0 ? 'CN' : undefined
  const hk = (sample.match(/香港|本港|港府|港元|港幣|全港|立法會|特首/g) ?? []).length
  const mo = (sample.match(/澳門|本澳|澳門元/g) ?? []).length
  const tw = (sample.match(/台灣|臺灣|台北|臺北|新台幣|全台|行政院|立法院|國人/g) ?? []).length
  if (mo > hk && mo > tw) return 'MO'
  // Traditional text that names neither: the region is not known (`全國` stays China).
  if (hk === 0 && tw === 0) return undefined
  return hk > tw ? 'HK' : 'TW'
}

/** Currency of a plain `元` or `$` by the article's region (`4萬元` in a Taiwan article is TWD). */
const REGION_CURRENCY: Record<string, string> = {HK: 'HKD', TW: 'TWD', MO: 'MOP'}

/**
 * The unit of a quantity with the article's region applied to money: `元`/`萬元` (read as CNY by
 * zh-number) is the region's currency unless the text says `人民币`/`RMB`; a bare `$` (read as USD)
 * is HKD in Hong Kong and TWD in Taiwan unless the text says `美元`/`US$`.
 */
export function regionalUnit(q: Quantity, region: string | undefined, folded: string): string | null {
  const kind = q.kind === 'range' ? q.of : q.kind
  const local = region ? REGION_CURRENCY[region] : undefined
  if (kind !== 'money' || !local) return q.unit
  const words = folded.slice(Math.max(0, q.start - 3), Math.min(folded.length, q.end + 4))
  if (q.unit === 'CNY' && !/人民币|rmb|RMB/.test(words)) return local
  if (q.unit === 'USD' && folded[q.start] === '$' && !/US|美/.test(words)) return local
  return q.unit
}

/** Start of the clause holding `at`, reading back over `、`-lists (`A、B分别…` is one clause here). */
function clauseStartNoList(text: string, from: number, at: number): number {
  for (let i = at - 1; i >= from; i--) if (/[，,：:；;。]/.test(text[i] as string)) return i + 1
  return from
}

/** Tags of a whole word that is a place name spelled inside something else: an organisation, a verb, an adjective, an idiom (2-character county names the segmenter does not know come back as `nr` or `n`: kept). */
const NOT_A_PLACE_TAG = new Set(['nt', 'v', 'vn', 'a', 'd', 'i', 'l'])

/**
 * Whether a gazetteer mention is a word of the text: it starts and ends on word boundaries of the
 * segmenter (`长春` in `超长春节假期` does not), and is not one word tagged as a person, an
 * organisation or a common word (`通道` in `沿海通道`, `云阳子`), unless it says its level (`…县`).
 */
function isWordOfText(words: WordIndex, mention: ScopeMention): boolean {
  if (mention.via !== 'explicit' || /^(?:org|foreign):/.test(String(mention.place.code))) return true
  const covering = words.wordsIn(mention.start, mention.end)
  const first = covering[0]
  const last = covering.at(-1)
  if (!first || !last) return false
  // `北京大学` is one organisation word starting with a place: kept, read as the organisation later.
  if (first.start === mention.start && first.tag === 'nt') return true
  // A suffix the segmenter glued to the next word (`金水镇碗牛坝` → 金水/镇碗) still ends a place.
  const suffixed = /[省市县区州镇乡村旗盟]$/.test(mention.text)
  if (first.start !== mention.start || (last.end !== mention.end && !suffixed)) return false
  if (covering.length === 1 && NOT_A_PLACE_TAG.has(first.tag) && !/[省市县区州镇乡村旗盟]$/.test(mention.text)) return false
  return true
}

/** Times of a trading day: figures of a market at different times of one day are different figures. */
const INTRADAY = /早盘|午盘|午间|尾盘|收盘|开盘|盘中|盘初|盘后|隔夜/

/** Names that are organisations, events or facilities (not persons, ordinals or terms). */
const ORGANISATION_WORD = /(?:局|署|会|委|部|厅|院|所|集团|公司|股份|控股|银行|证券|医院|大学|学院|大桥|高铁|铁路|机场|港|博览会|交易会|洽谈会|广交会|投洽会)$/

/** Endings of company, index and product names (`上港集团`, `纳斯达克100指数`, `宁波港`). */
const ENTITY_END = /(?:集团|公司|股份|控股|银行|证券|基金|指数|期货|重工|科技|船业|航运|港口|锚链|国际|地产|保险|能源|电子|汽车|医药|食品|网|港|所|会|队)$/
/** Words after a name that make it the source of the figures, not what they are about. */
const SOURCE_AFTER = /^(?:[^，。；]{0,6})(?:发布|显示|公布|介绍|表示|称|说|指出|透露|统计|获悉|了解|预计|测算|数据|消息|报道|回覆|回复|监测|调查|发票)/

/**
 * The named subject a number is about when it is not a place: the last company, organisation,
 * index or person named before the number in its sentence (segmenter tags `nt`, `nz`, `nr`,
 * Latin names, or a name ending in 集团/公司/指数/港…), unless it is only the source
 * (`国家统计局发布的数据显示…`). Part of the key: the market value of one company is not the
 * market value of another, though both are `市值` in one place.
 */
function entityBefore(words: WordIndex, from: number, to: number, scopes: readonly ScopeMention[]): string | undefined {
  // `第二次地震…15公里`, `30年期公债收益率`: an ordinal event or a term names which one.
  const which = /第[一二三四五六七八九十\d]+[次个届场轮期]|\d+(?:年|个月|天)期/.exec(words.text.slice(from, to).split(/[，,]/).at(-1) ?? '')
  if (which) return which[0]
  const list = words.wordsIn(from, to).filter((w) => w.end <= to)
  for (let k = list.length - 1; k >= 0; k--) {
    const w = list[k] as Word
    const named = w.tag === 'nt' || w.tag === 'nz' || w.tag === 'nr' || w.tag === 'nrt' || (w.tag === 'eng' && w.word.length >= 2) || (w.word.length >= 3 && ENTITY_END.test(w.word))
    if (!named) continue
    if (scopes.some((s) => s.start < w.end && s.end > w.start && !String(s.place.code).startsWith('org:'))) continue
    if (SOURCE_AFTER.test(words.text.slice(w.end, w.end + 8))) continue
    return w.word
  }
  return undefined
}

/** Index of a mention in a list sorted by start (binary search; `indexOf` would be linear per claim). */
function indexOfMention<T extends {start: number}>(sorted: readonly T[], mention: T): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((sorted[mid] as T).start < mention.start) lo = mid + 1
    else hi = mid
  }
  for (let k = lo; k < sorted.length && (sorted[k] as T).start === mention.start; k++) if (sorted[k] === mention) return k
  return sorted.indexOf(mention)
}

/** Quantities of a sentence from `floor` up to (not including) the one at `index`, read back. */
function inClauseWindow(quantities: readonly Quantity[], index: number, floor: number): Quantity[] {
  const out: Quantity[] = []
  for (let k = index - 1; k >= 0 && (quantities[k] as Quantity).start >= floor; k--) out.push(quantities[k] as Quantity)
  return out
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
