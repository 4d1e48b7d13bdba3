/** Why the index cannot be used; the CLI prints the message and exits with 2. */
export type IndexErrorCode =
  | 'not-a-database'
  | 'not-an-index'
  | 'newer-schema'
  | 'locked'
  | 'missing'
  | 'unreachable'
  | 'bad-record'

/** An index that cannot be opened, read or written, with a message that names it and the cause. */
export class IndexError extends Error {
  readonly code: IndexErrorCode
  constructor(code: IndexErrorCode, message: string, options?: {cause?: unknown}) {
    super(message, options)
    this.name = 'IndexError'
    this.code = code
  }
}
