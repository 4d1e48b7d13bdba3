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
  | {kind: 'result'; id: number; text: string; messages: ReportMessage[]; applied: number; milliseconds: number}
  | {kind: 'failed'; id: number; message: string}
  | {kind: 'ready'; milliseconds: number}
