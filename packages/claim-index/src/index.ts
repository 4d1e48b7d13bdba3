export {checkAgainstIndex, documentEntry, otherKeyVersionWarning, type IndexCheckOptions, type IndexCheckResult} from './check.js'
export {IndexError, type IndexErrorCode} from './errors.js'
export {
  defaultIndexFile,
  isPostgresUrl,
  openIndex,
  resolveIndexLocation,
  withIndex,
  type IndexLocation,
  type IndexSettings,
  type OpenOptions
} from './open.js'
export {redactUrl} from './postgres.js'
export {isIndexable, keyFrame, type ClaimRow, type DocumentEntry, type IndexedDocument, type KeyFrame} from './rows.js'
export {schemaVersion} from './schema.js'
export {CLAIM_KEY_VERSION} from '@jiaodui/claims'
export type {AddResult, ClaimStore, ClashQuery, IndexStats, LookupOptions, StoredClaim} from './store.js'
