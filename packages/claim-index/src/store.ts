import type {Claim, ClaimSubject} from '@jiaodui/claims'
import type {DocumentEntry, IndexedDocument, KeyFrame} from './rows.js'

/** What `add` did. */
export interface AddResult {
  /** Documents new to the index. */
  added: number
  /** Documents whose content changed: their claims were replaced. */
  replaced: number
  /** Documents already stored with the same content hash: left as they were. */
  unchanged: number
  /** Claims stored for the documents added or replaced (as they are after the batch). */
  claims: number
}

/** One lookup: the claims of the index with this key whose intervals do not overlap the given one. */
export interface ClashQuery extends KeyFrame {
  low: number
  high: number
  lowInclusive: boolean
  highInclusive: boolean
  /** The subject the query's claim names (`Claim.subject`): stored figures of another named subject do not clash with it. */
  subject?: ClaimSubject | undefined
}

/** Settings shared by the lookups of one check. */
export interface LookupOptions {
  /** Stored claims below this confidence are left out. */
  minConfidence: number
  /** At most this many clashing claims per query, nearest first. */
  limit: number
  /** Documents never returned (the articles being checked, when they are stored already). */
  excludePaths?: readonly string[] | undefined
}

/** A stored claim with the document it came from. */
export interface StoredClaim {
  claim: Claim
  document: IndexedDocument
}

/** Counts and dates of an index. */
export interface IndexStats {
  backend: 'sqlite' | 'postgres'
  /** The file, or the URL without its password. */
  location: string
  schemaVersion: number
  documents: number
  claims: number
  /** Distinct (scope, metric, period) keys. */
  keys: number
  oldest?: string | undefined
  newest?: string | undefined
  /** Documents without a date (never pruned by date). */
  undated: number
  /** The claim key version of this code (`CLAIM_KEY_VERSION` of `@jiaodui/claims`). */
  keyVersion: number
  /** Documents whose claims were extracted under another key version: compared only once added again. */
  otherKeyVersion: number
}

/**
 * The claim index: one interface, two backends (embedded SQLite, shared PostgreSQL) with the same
 * schema. Writes are transactions: a batch of documents is stored whole or not at all.
 */
export interface ClaimStore {
  readonly backend: 'sqlite' | 'postgres'
  readonly location: string
  /**
   * Store documents with their claims, in one transaction. A path already stored with another
   * content hash has its claims replaced; with the same hash it is left alone.
   */
  add(entries: readonly DocumentEntry[]): Promise<AddResult>
  /** For each query, the nearest clashing stored claims (at most `limit`), below and above. */
  clashes(queries: readonly ClashQuery[], options: LookupOptions): Promise<StoredClaim[][]>
  /** Remove documents by stored path; returns how many were removed. */
  remove(paths: readonly string[]): Promise<number>
  /** Remove documents dated before `date` (YYYY-MM-DD); undated ones stay. */
  prune(before: string): Promise<number>
  stats(): Promise<IndexStats>
  /**
   * How many documents hold claims extracted under another key version than this code's: their
   * figures no longer meet new claims' keys until `add` re-extracts them.
   */
  otherKeyVersion(): Promise<number>
  /** Every document with its claims, by path. */
  entries(): AsyncIterable<DocumentEntry>
  /**
   * Problems found by a consistency check (empty when none): the database's own check, claims
   * without a document, documents whose stored claim count differs from their claims.
   */
  verify(): Promise<string[]>
  close(): Promise<void>
}
