import {subjectsDiffer} from '@jiaodui/claims'
import type {ClashQuery, StoredClaim} from './store.js'
import type {IndexedDocument} from './rows.js'
import {claimFromRow} from './rows.js'

/**
 * Rows read per side of a query for at most `limit` clashes: more than `limit`, as the figures of
 * another named subject than the query's (`Claim.subject`) are left out after reading (the subject
 * is in the stored claim, not a column).
 */
export function rowsPerSide(limit: number): number {
  return limit * 4
}

/** A stored claim as a lookup returns it, before its JSON is read. */
export interface ClashRow {
  claim: string
  low: number
  high: number
  path: string
  hash: string
  date: string | null
  source: string | null
}

/** The document columns of a row as an `IndexedDocument`. */
export function documentOfRow(row: Pick<ClashRow, 'path' | 'hash' | 'date' | 'source'> & {key_version?: number | string}): IndexedDocument {
  return {
    path: row.path,
    hash: row.hash,
    ...(row.date ? {date: row.date} : {}),
    ...(row.source ? {source: row.source} : {}),
    ...(row.key_version !== undefined ? {keyVersion: Number(row.key_version)} : {})
  }
}

/**
 * The nearest `limit` clashing rows of one query: `below` are rows entirely below the query's
 * interval (nearest first), `above` entirely above it (nearest first). Like the run-wide rule, a
 * claim is shown the closest disagreeing figures, not the whole archive.
 */
export function nearestClashes(query: ClashQuery, below: readonly ClashRow[], above: readonly ClashRow[], limit: number): StoredClaim[] {
  const picked: StoredClaim[] = []
  let i = 0
  let j = 0
  while (picked.length < limit && (i < below.length || j < above.length)) {
    const down = below[i]
    const up = above[j]
    const takeDown = down !== undefined && (up === undefined || query.low - down.high <= up.low - query.high)
    const row = takeDown ? down : up
    if (takeDown) i++
    else j++
    if (row === undefined) continue
    const document = documentOfRow(row)
    const claim = claimFromRow(row.claim, document)
    // (Another named subject's figure is another statistic: `subjectsDiffer`.)
    if (subjectsDiffer(query, claim)) continue
    picked.push({claim, document})
  }
  return picked
}
