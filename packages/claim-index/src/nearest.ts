import type {ClashQuery, StoredClaim} from './store.js'
import type {IndexedDocument} from './rows.js'
import {claimFromRow} from './rows.js'

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
  const picked: ClashRow[] = []
  let i = 0
  let j = 0
  while (picked.length < limit && (i < below.length || j < above.length)) {
    const down = below[i]
    const up = above[j]
    const takeDown = down !== undefined && (up === undefined || query.low - down.high <= up.low - query.high)
    if (takeDown) {
      picked.push(down)
      i++
    } else if (up !== undefined) {
      picked.push(up)
      j++
    }
  }
  return picked.map((row) => {
    const document = documentOfRow(row)
    return {claim: claimFromRow(row.claim, document), document}
  })
}
