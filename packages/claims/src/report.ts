import type {Claim} from './types.js'

/** Position of a claim in the shape unist/vfile expect. */
export function positionOf(claim: Claim): {start: {line: number; column: number; offset: number}; end: {line: number; column: number; offset: number}} {
  return {start: {...claim.place.start}, end: {...claim.place.end}}
}

/** A short label of a claim's key for messages: `第一书记, 贵州省, 2018-12`. */
export function describeKey(claim: Claim): string {
  const scope = claim.scope.name || 'unknown place'
  const period = claim.period.id.includes('?') ? 'article date' : claim.period.id.replace(/^asof:/, 'as of ').replace(/^year:/, '').replace(/^month:/, '').replace(/^since:/, 'since ').replace(/^window:recent\.\./, 'recent years to ')
  return `${claim.metric.id}${claim.subject ? ` of ${claim.subject.name}` : ''}, ${scope}, ${period}`
}

/** JSON-friendly summary of a claim for message data. */
export function claimData(claim: Claim): Record<string, unknown> {
  return {
    id: claim.id,
    text: claim.text,
    sentence: claim.sentence.text,
    interval: [claim.value.low, claim.value.high],
    inclusive: [claim.value.lowInclusive, claim.value.highInclusive],
    scope: claim.scope.id,
    metric: claim.metric.id,
    period: claim.period.id,
    ...(claim.subject ? {subject: claim.subject.name} : {}),
    confidence: claim.confidence,
    ...(claim.document.path !== undefined ? {path: claim.document.path} : {}),
    line: claim.place.start.line,
    column: claim.place.start.column
  }
}
