import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {CheckInput, Engine} from './engine.js'

/** One text edit: replace `[start, end)` (UTF-16 offsets) with `text`. */
export interface Edit {
  start: number
  end: number
  text: string
  /** The message the edit comes from. */
  message: VFileMessage
}

/** What happened to the edits offered in one pass. */
export interface EditResult {
  output: string
  applied: Edit[]
  /** Edits not applied: overlapping an earlier one, or stale (`actual` no longer matches). */
  skipped: Array<Edit & {why: 'overlap' | 'stale'}>
}

/** The autofix of a message, when it has one with usable offsets. */
export function editFromMessage(message: VFileMessage): Edit | undefined {
  const text = message.expected?.[0]
  const place = message.place
  if (text === undefined || !place || !('start' in place)) return undefined
  const start = place.start.offset
  const end = place.end.offset
  if (start === undefined || end === undefined || end < start) return undefined
  return {start, end, text, message}
}

/**
 * Apply edits to `value`. Edits are sorted by position; an edit that overlaps
 * one already taken is skipped (adjacent edits are both applied); an edit whose
 * message `actual` no longer matches the text is skipped, so a wrong position
 * can never destroy text.
 */
export function applyEdits(value: string, edits: readonly Edit[]): EditResult {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end)
  const applied: Edit[] = []
  const skipped: EditResult['skipped'] = []
  const parts: string[] = []
  let cursor = 0
  let lastInsertAt = -1
  for (const edit of sorted) {
    const actual = edit.message.actual
    if (edit.end > value.length || (actual !== undefined && value.slice(edit.start, edit.end) !== actual)) {
      skipped.push({...edit, why: 'stale'})
      continue
    }
    // Two insertions at one point have no defined order: keep the first.
    const overlaps =
      edit.start < cursor || (edit.start === edit.end && edit.start === lastInsertAt)
    if (overlaps) {
      skipped.push({...edit, why: 'overlap'})
      continue
    }
    parts.push(value.slice(cursor, edit.start), edit.text)
    cursor = edit.end
    if (edit.start === edit.end) lastInsertAt = edit.start
    applied.push(edit)
  }
  parts.push(value.slice(cursor))
  return {output: parts.join(''), applied, skipped}
}

/** Result of fixing one text. */
export interface FixResult {
  /** The fixed text (equal to the input when nothing was fixable). */
  output: string
  /** Messages whose fix was applied, across passes (positions refer to the text of their pass). */
  fixed: VFileMessage[]
  /** The file of the last check: what remains. */
  file: VFile
  /** Passes run (checks that applied at least one edit). */
  passes: number
}

/** Maximum fix passes: fixes can enable other fixes, but must converge fast. */
export const maxFixPasses = 5

/**
 * Check, apply every non-overlapping autofix, and re-check, until nothing is
 * left to fix or `maxFixPasses` passes ran.
 */
export async function fixText(engine: Engine, input: CheckInput): Promise<FixResult> {
  let value = input.value
  const fixed: VFileMessage[] = []
  let file = await engine.check(input)
  let passes = 0
  while (passes < maxFixPasses) {
    const edits = file.messages.map(editFromMessage).filter((edit) => edit !== undefined)
    if (edits.length === 0) break
    const result = applyEdits(value, edits)
    if (result.applied.length === 0 || result.output === value) break
    passes++
    fixed.push(...result.applied.map((edit) => edit.message))
    value = result.output
    file = await engine.check({...input, value})
  }
  return {output: value, fixed, file, passes}
}
