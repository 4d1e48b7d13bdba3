import {findPlaces, relativeScope, resolveRelative, type Place} from '@jiaodui/gazetteer'
import {findQuantities, type Quantity} from '@jiaodui/zh-number'
import {nounAfter, nounBefore, predicateOf, roleOf, unitClassOf} from './metric.js'
import {resolvePeriod, timeMentions, type TimeMention} from './period.js'
import {clauseStart, contentHash, foldText, lineIndex, sentences, type Span} from './text.js'
import type {Claim, ClaimPart, ClaimScope, ExtractInput} from './types.js'

/** Count units that are not amounts of a thing (levels, editions, issues). */
const SKIP_UNITS = new Set(['级', '届', '版', '号', '期', '代', '岁', '周岁', '倍', '楼', '层', '次方'])

const SCOPE_WEIGHT = {explicit: 1, relative: 0.95, 'previous-sentence': 0.75, document: 0.5, unknown: 0.1}
const METRIC_WEIGHT = {noun: 1, before: 0.85, none: 0.2}
const PERIOD_WEIGHT = {explicit: 1, relative: 0.95, 'article-date': 0.7, none: 0.4}

interface ScopeMention {
  start: number
  end: number
  text: string
  place: Place
  via: 'explicit' | 'relative'
}

/** Whether a quantity is the kind of number a claim is made of. */
export function isClaimQuantity(q: Quantity, numeral?: string): boolean {
  if (q.low === null && q.high === null) return false
  // One Chinese numeral character (`一次`, `两个`, `四个覆盖`, `百名`) enumerates or is rhetoric.
  if (numeral !== undefined && numeral.length === 1 && /[一二两三四五六七八九十百千万壹兩]/.test(numeral)) return false
  const kind = q.kind === 'range' ? q.of : q.kind
  switch (kind) {
    case 'count':
      return q.unit !== null && !SKIP_UNITS.has(q.unit)
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
  const documentPlace = placeText ? placeOfText(foldText(placeText)) : undefined
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
  for (const segment of input.segments ?? [{text, offset: 0}]) {
    const folded = foldText(segment.text)
    const offset = segment.offset
    const quantities = findQuantities(folded)
    const scopes = scopeMentions(folded, context)
    for (const s of scopes) {
      if (s.via !== 'explicit') continue
      const id = scopeIdOf(s.place)
      const entry = counts.get(id)
      if (entry) entry.count++
      else counts.set(id, {place: s.place, count: 1})
      mentions++
    }
    const spans = sentences(folded, 0, folded.length, paragraph)
    paragraph = (spans.at(-1)?.paragraph ?? paragraph) + 1
    let qi = 0
    let si = 0
    let subject: {paragraph: number; mention: ScopeMention} | undefined
    for (const span of spans) {
      const inSentence: Quantity[] = []
      while (qi < quantities.length && (quantities[qi] as Quantity).start < span.end) {
        const q = quantities[qi++] as Quantity
        if (q.start >= span.start) inSentence.push(q)
      }
      const sentenceScopes: ScopeMention[] = []
      while (si < scopes.length && (scopes[si] as ScopeMention).start < span.end) {
        const s = scopes[si++] as ScopeMention
        if (s.start >= span.start) sentenceScopes.push(s)
      }
      if (subject && subject.paragraph !== span.paragraph) subject = undefined
      const times = timeMentions(folded, span.start, span.end, inSentence)
      const made: Array<{claim: Claim; q: Quantity}> = []
      for (const q of inSentence) {
        if (!isClaimQuantity(q, folded.slice(q.numStart, q.numEnd))) continue
        made.push({claim: claimOf(q, span, sentenceScopes, times, inSentence, subject?.mention), q})
      }
      markParts(folded, span, made, sentenceScopes)
      if (sentenceScopes[0]) subject = {paragraph: span.paragraph, mention: sentenceScopes[0]}
      for (const {claim} of made) claims.push(claim)
    }

    function claimOf(q: Quantity, span: Span, scopesHere: ScopeMention[], times: TimeMention[], quantitiesHere: Quantity[], previous: ScopeMention | undefined): Claim {
      const cs = clauseStart(folded, span.start, q.start)
      // Scope: nearest place before the number in the sentence, else the paragraph's subject, else the article's.
      let scope: ClaimScope
      let mention: ScopeMention | undefined
      for (const s of scopesHere) if (s.end <= q.start) mention = s
      if (mention) scope = scopeFrom(mention, mention.via, offset, segment.text)
      else if (previous) scope = scopeFrom(previous, 'previous-sentence', offset, segment.text)
      else if (documentPlace) scope = {id: scopeIdOf(documentPlace), name: documentPlace.name, level: documentPlace.level, via: 'document'}
      else scope = {id: 'unknown', name: '', level: 'unknown', via: 'unknown'}
      // Period: nearest time words before the number in the sentence.
      let time: TimeMention | undefined
      for (const t of times) if (t.start < q.start && t.end <= q.end) time = t
      const period = resolvePeriod(time, date, time ? segment.text.slice(time.start, time.end) : '', local)
      // Metric: the noun after the number, else the noun phrase before it (places and times blanked).
      // A number earlier in the clause owns the words up to the end of its noun (`110个贫困村和6个…`).
      let from = cs
      for (const other of quantitiesHere) {
        if (other.end > q.start || other.end < cs) continue
        from = Math.max(from, other.end + (nounAfter(folded, other, span.end)?.length ?? 0))
      }
      const chars = folded.slice(cs, q.start).split('')
      for (let k = cs; k < from; k++) chars[k - cs] = ' '
      for (const s of [...scopesHere, ...times, ...quantitiesHere]) {
        for (let k = Math.max(s.start, cs); k < Math.min(s.end, q.start); k++) chars[k - cs] = ' '
      }
      const before = chars.join('')
      const after = nounAfter(folded, q, span.end)
      // Money is named before the amount (`投入扶持资金2042万元`) more often than after it.
      const noun = q.kind === 'money' ? (nounBefore(before) ?? after) : (after ?? nounBefore(before))
      const via = noun === undefined ? 'none' : noun === after ? 'noun' : 'before'
      let surface = ''
      if (noun) {
        const at = via === 'noun' ? folded.indexOf(noun, q.end) : folded.lastIndexOf(noun, q.start)
        surface = at >= 0 ? segment.text.slice(at, at + noun.length) : noun
      }
      const clause = folded.slice(cs, q.start)
      // Predicate words reach back over `、` lists to the last comma (`先后调整和召回…、…的第一书记23名`).
      let ps = q.start
      while (ps > span.start && !/[，,：:]/.test(folded[ps - 1] as string)) ps--
      const predicateClause = folded.slice(ps, q.start)
      const start = q.start + offset
      const end = q.end + offset
      const claim: Claim = {
        id: `${local}#${start}`,
        document,
        place: {start: point(start), end: point(end)},
        text: segment.text.slice(q.start, q.end),
        sentence: {start: span.start + offset, end: span.end + offset, text: segment.text.slice(span.start, span.end).trim()},
        scope,
        metric: {
          id: noun ?? '',
          text: surface,
          predicate: predicateOf(predicateClause, period.type),
          role: roleOf(q.kind === 'range' ? (q.of ?? 'count') : q.kind, clause, folded.slice(q.end, q.end + 6)),
          via
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
        unit: q.unit,
        unitClass: unitClassOf(q),
        period,
        confidence: round(SCOPE_WEIGHT[scope.via] * METRIC_WEIGHT[via] * PERIOD_WEIGHT[period.via])
      }
      return claim
    }
  }
  // No dateline or metadata place: an article that mostly names one place is about it.
  if (!documentPlace) {
    let top: {place: Place; count: number} | undefined
    for (const entry of counts.values()) if (!top || entry.count > top.count) top = entry
    if (top && top.count >= 3 && top.count * 2 >= mentions) {
      for (const claim of claims) {
        if (claim.scope.via !== 'unknown') continue
        claim.scope = {id: scopeIdOf(top.place), name: top.place.name, level: top.place.level, via: 'document'}
        claim.confidence = round(SCOPE_WEIGHT.document * METRIC_WEIGHT[claim.metric.via] * PERIOD_WEIGHT[claim.period.via])
      }
    }
  }
  return claims
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
    let index = 0
    let previousEnd = at
    for (const {claim, q} of after) {
      if (claim.unitClass !== whole.unitClass || claim.kind !== whole.kind) break
      // A new place before this number starts a new statement.
      if (index > 0 && scopes.some((s) => s.start >= previousEnd && s.end <= q.start)) break
      if (links.some((l) => l.at > at && l.at < q.start && l.link !== '分别')) break
      claim.part = {of: whole.id, link, index: index++}
      previousEnd = q.end
    }
  }
}
