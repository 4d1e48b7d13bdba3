import type {Format, ReportMessage} from '@jiaodui/core'

/** A request from the page to the engine worker. */
export type WorkerRequest =
  | {kind: 'check'; id: number; text: string; format: Format}
  | {
      kind: 'fix'
      id: number
      text: string
      format: Format
      /** Fixes to apply: each replaces `actual` at `[start, end)` (UTF-16 offsets) of `text`. */
      edits: Array<{start: number; end: number; actual: string; replacement: string}>
    }

/** The worker's answer: the (possibly fixed) text and its findings. */
export type WorkerResponse =
  | {kind: 'result'; id: number; text: string; messages: PageMessage[]; applied: number; milliseconds: number}
  | {kind: 'failed'; id: number; message: string}
  | {kind: 'ready'; milliseconds: number}

/** A finding as the page shows it: the report's message with its rule's note and documentation url. */
export type PageMessage = ReportMessage & {note?: string | undefined; url?: string | undefined}
