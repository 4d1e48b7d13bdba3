// Periods of figures that restate a figure of the same article, and of lists introduced by a colon.

import type {Claim, ClaimPeriod} from './types.js'
import {FROM_LEAD} from './claim-period.js'

/** Periods given by time words of the text and resolved (not the article date, not nothing). */
function hasOwnTime(period: ClaimPeriod): boolean {
  return (period.via === 'explicit' || period.via === 'relative' || period.via === 'previous-sentence') && !FROM_LEAD.has(period)
}

/** Whether a claim's sentence gave it no time words (its period is the article date, known or not). */
function untimed(period: ClaimPeriod): boolean {
  return period.via === 'article-date' || (period.via === 'none' && period.text === undefined) || FROM_LEAD.has(period)
}

/** Whether two claims may be about one thing by scope: the same, or one not named in its sentence. */
function sameScope(a: Claim, b: Claim): boolean {
  const named = (claim: Claim) => claim.scope.via === 'explicit' || claim.scope.via === 'relative'
  return a.scope.id === b.scope.id || !named(a) || !named(b)
}

/**
 * Whether one metric names the other more narrowly or abbreviates it (`中介护士合约` and `合约`; a
 * headline's `养老机构和设施` for the body's `养老服务机构和设施`): the shorter one's characters
 * appear in order in the longer one, which ends with the same character. Both non-empty.
 */
function sameMetric(a: Claim, b: Claim): boolean {
  const [short, long] = a.metric.id.length <= b.metric.id.length ? [a.metric.id, b.metric.id] : [b.metric.id, a.metric.id]
  if (short === '' || short.at(-1) !== long.at(-1)) return false
  let k = 0
  for (const char of long) if (char === short[k]) k++
  return k === short.length
}

/** Key of a figure as written: the numeral, its unit class and its kind (`2.12億元`, `5次`). */
function figureKey(claim: Claim): string {
  return `${claim.value.text}\u0000${claim.unitClass}\u0000${claim.kind}`
}

/**
 * News restates its figures: a headline gives the figure of the body (`全国共有…41万个` and, in the
 * body, `截至今年6月，全国共有…41万个`), a later paragraph refers back to one of the lead's
 * (`该批合共2.12亿元合约`, `近期5次招标`). A figure without time words of its own takes the period of
 * the same figure (numeral as written, unit, metric naming the same thing) stated with time words
 * elsewhere in the article: the first one (the original statement). The claims after it
 * in its sentence that have no time words either share its period (`该批…2.12亿元合约，由3间公司投得`),
 * and so does a list or table introduced by a sentence ending with a colon (`…由3间公司投得：`).
 * Changes `claims` in place; returns the claims changed.
 */
export function restatedPeriods(claims: Claim[], text: string): Set<Claim> {
  const changed = new Set<Claim>()
  const byFigure = new Map<string, Claim[]>()
  for (const claim of claims) {
    if (hasOwnTime(claim.period)) addFigure(byFigure, claim)
  }
  if (byFigure.size === 0) return changed
  let carried: {period: ClaimPeriod; sentenceStart: number; until: number} | undefined
  for (const claim of claims) {
    const start = claim.place.start.offset
    if (carried && start >= carried.until) carried = undefined
    // (`0条评论` on every item of a page is no figure restated.)
    if (!untimed(claim.period) || claim.value.value === 0) continue
    const source = sourceOf(claim, byFigure.get(figureKey(claim)))
    if (source) {
      claim.period = {...source.period, via: 'restated'}
      changed.add(claim)
      addFigure(byFigure, claim)
      carried = {period: claim.period, sentenceStart: claim.sentence.start, until: listEnd(text, claim.sentence.end)}
    } else if (carried) {
      claim.period = carried.period
      changed.add(claim)
      addFigure(byFigure, claim)
    }
  }
  return changed
}

function addFigure(byFigure: Map<string, Claim[]>, claim: Claim): void {
  const key = figureKey(claim)
  const list = byFigure.get(key)
  if (list) list.push(claim)
  else byFigure.set(key, [claim])
}

/**
 * The figure a claim restates: the first one stated with time words (the lead states a figure, later
 * paragraphs refer back to it; a headline comes before the body that states it).
 */
function sourceOf(claim: Claim, candidates: readonly Claim[] | undefined): Claim | undefined {
  if (!candidates) return undefined
  const at = claim.place.start.offset
  const same = candidates.filter((other) => other !== claim && sameMetric(claim, other) && sameScope(claim, other) && !ASSUMED.test(other.sentence.text))
  return same.find((other) => other.place.start.offset !== at)
}

/**
 * Words of an assumption or a forecast: a figure in such a sentence (`假设到2046年，人均居住面积仍维持
 * 161平方呎`) is a projection, whose period is not that of the same figure stated as a fact.
 */
const ASSUMED = /假设|假定|假使|预计|预期|预测|预估|估计|估算|目标|如果|若果/

/**
 * Where the frame of a sentence ends: the end of the sentence; for a sentence ending with a colon,
 * the end of the list after it: its first line, and the lines after that have no full stop (a
 * table's rows, a cell broken over two lines).
 */
function listEnd(text: string, sentenceEnd: number): number {
  let at = sentenceEnd
  while (at < text.length && /[ \t\u3000]/.test(text[at] as string)) at++
  if (!/[：:]$/.test(text.slice(Math.max(0, at - 2), at).trim())) return sentenceEnd
  const lineBreak = text.indexOf('\n', at)
  if (lineBreak < 0) return sentenceEnd
  let end = lineBreak + 1
  // A bounded reach: a list of 200 lines is as far as a colon frames.
  for (let lines = 0; lines < 200 && end < text.length; lines++) {
    const next = text.indexOf('\n', end)
    const line = text.slice(end, next < 0 ? text.length : next)
    const stop = /[。！？!?]/.test(line)
    if (stop && lines > 0) break
    end = next < 0 ? text.length : next + 1
    if (stop) break
  }
  return end
}
