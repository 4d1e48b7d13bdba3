import {claimKey, type Claim} from '@jiaodui/claims'

/** A document of the index: where it was, its content hash, its date and where it came from. */
export interface IndexedDocument {
  /** The path as given when it was added (relative to the working folder of `jiaodui index add`). */
  path: string
  /** SHA-256 of the decoded text, hex. */
  hash: string
  /** Article date `YYYY-MM-DD`, when known. */
  date?: string | undefined
  /** Where the article came from (a site, a desk), when given. */
  source?: string | undefined
  /**
   * The claim key version (`CLAIM_KEY_VERSION`) its claims were extracted under; absent in exports
   * made before it was recorded, which count as 0.
   */
  keyVersion?: number | undefined
}

/** One document and its claims: the unit of `add`, `export` and `import`. */
export interface DocumentEntry {
  document: IndexedDocument
  claims: Claim[]
}

/** The columns of one stored claim. */
export interface ClaimRow {
  /** `keyHash` of scope, metric and period. */
  keyHash: number
  scope: string
  metric: string
  period: string
  low: number
  high: number
  lowInclusive: boolean
  highInclusive: boolean
  confidence: number
  line: number
  column: number
  /** The claim as JSON, without its `document` (stored once, in the document row). */
  claim: string
}

/** The frame of a claim's key: the columns every lookup goes through. */
export interface KeyFrame {
  scope: string
  metric: string
  period: string
}

/**
 * The key of a claim split into the indexed columns: scope, everything between scope and period
 * (metric, qualifier, predicate, unit class, role: whatever `claimKey` puts there), period. Taking
 * the middle as one opaque column keeps the schema stable when `@jiaodui/claims` refines its frames.
 */
export function keyFrame(claim: Claim): KeyFrame | undefined {
  const key = claimKey(claim)
  if (key === undefined) return undefined
  const scope = claim.scope.id
  const period = claim.period.id
  if (key.startsWith(`${scope}|`) && key.endsWith(`|${period}`) && key.length > scope.length + period.length + 2) {
    return {scope, metric: key.slice(scope.length + 1, key.length - period.length - 1), period}
  }
  const parts = key.split('|')
  if (parts.length < 3) return undefined
  return {scope: parts[0]!, metric: parts.slice(1, -1).join('|'), period: parts.at(-1)!}
}

/**
 * A 53-bit hash of a key frame (two 32-bit FNV-style passes), exact in a JavaScript number, an
 * SQLite INTEGER and a PostgreSQL BIGINT. Equal frames give equal hashes; lookups compare the
 * frame's columns too, so a collision costs a row read, never a wrong answer.
 */
export function keyHash(frame: KeyFrame): number {
  const text = `${frame.scope}\u0000${frame.metric}\u0000${frame.period}`
  let a = 0x811c9dc5
  let b = 0x01000193
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    a = Math.imul(a ^ c, 0x01000193)
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 13)
  }
  return (b >>> 11) * 2 ** 32 + (a >>> 0)
}

/**
 * Whether a claim goes into the index: it has a key, a counted thing, and a period that means the
 * same in every article (relative periods of undated articles are local to their article).
 */
export function isIndexable(claim: Claim): boolean {
  return claim.metric.via !== 'none' && !claim.period.id.includes('?') && keyFrame(claim) !== undefined
}

/** An unbounded end is stored as the largest double, so both columns stay `NOT NULL` and indexable. */
export function lowOf(claim: Pick<Claim, 'value'>): number {
  return claim.value.low ?? -Number.MAX_VALUE
}

/** See `lowOf`. */
export function highOf(claim: Pick<Claim, 'value'>): number {
  return claim.value.high ?? Number.MAX_VALUE
}

/** The stored row of an indexable claim. */
export function rowOf(claim: Claim): ClaimRow | undefined {
  if (claim.metric.via === 'none' || claim.period.id.includes('?')) return undefined
  const frame = keyFrame(claim)
  if (!frame) return undefined
  const {document: _document, ...rest} = claim
  return {
    keyHash: keyHash(frame),
    ...frame,
    low: lowOf(claim),
    high: highOf(claim),
    lowInclusive: claim.value.lowInclusive,
    highInclusive: claim.value.highInclusive,
    confidence: claim.confidence,
    line: claim.place.start.line,
    column: claim.place.start.column,
    claim: JSON.stringify(rest)
  }
}

/** A stored claim read back, with its document. */
export function claimFromRow(json: string, document: IndexedDocument): Claim {
  const claim = JSON.parse(json) as Omit<Claim, 'document'>
  return {
    ...claim,
    document: {
      path: document.path,
      hash: document.hash,
      ...(document.date ? {date: document.date} : {}),
      ...(document.source ? {source: document.source} : {})
    }
  }
}
