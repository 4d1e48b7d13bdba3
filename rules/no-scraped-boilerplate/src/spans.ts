import type {Kind} from './kinds.js'
import {containsAny, containsEach, includesAny, startsWithAny} from './required-characters.js'
import type {Pattern} from './patterns.js'
import {normalise, visibleLength} from './text.js'

/** Boilerplate glued to the start or end of a paragraph: offsets in the line. */
export interface GluedSpan {
  start: number
  end: number
  kind: Kind
  /** Pattern id, or `structure:<what>`. */
  id: string
  position: 'start' | 'end'
}

/** What must be left of a paragraph for its glued spans to be reported apart (else the line is judged whole). */
const minimumLeft = 6
/** End patterns are tried again on what is left, this many times at most (`（李明）(责编：王红)`). */
const maxEndSpans = 3

const space = /[\s\u3000\u00A0\uFEFF\u200B]/u

/**
 * The spans of boilerplate glued to the start and the end of one paragraph
 * (a line of a text file), found with the `start` and `end` patterns of the
 * data; at most one at the start and a few at the end. Offsets are in `raw`.
 */
export function gluedSpans(raw: string, patterns: readonly Pattern[]): GluedSpan[] {
  let from = 0
  let to = raw.length
  while (from < to && space.test(raw[from]!)) from++
  while (to > from && space.test(raw[to - 1]!)) to--
  if (to - from < minimumLeft) return []
  const spans: GluedSpan[] = []
  const starts = patterns.filter((pattern) => pattern.position === 'start')
  const ends = patterns.filter((pattern) => pattern.position === 'end')

  for (const pattern of starts) {
    const found = matchSpan(pattern, raw.slice(from, to))
    if (!found) continue
    spans.push({start: from + found.start, end: from + found.end, kind: pattern.kind, id: pattern.id, position: 'start'})
    from += found.consumed
    break
  }
  for (let round = 0; round < maxEndSpans; round++) {
    let matched = false
    for (const pattern of ends) {
      const found = matchSpan(pattern, raw.slice(from, to))
      if (!found) continue
      spans.push({start: from + found.start, end: from + found.end, kind: pattern.kind, id: pattern.id, position: 'end'})
      to = from + found.start
      while (to > from && space.test(raw[to - 1]!)) to--
      matched = true
      break
    }
    if (!matched) break
  }
  // A paragraph that is nothing but its glued parts is judged as a whole line.
  if (visibleLength(normalise(raw.slice(from, to))) < minimumLeft) return []
  return spans.sort((a, b) => a.start - b.start)
}

/**
 * One pattern on a paragraph: the span (the group `span` when the pattern has
 * one) and how far the match reaches. A start pattern sees only the head of
 * the paragraph and an end pattern only its tail, a few times its `maxLength`
 * long, so the cost per line is bounded however long the line.
 */
function matchSpan(pattern: Pattern, paragraph: string): {start: number; end: number; consumed: number} | undefined {
  // The required characters are looked up in the whole paragraph first: the same text for every
  // pattern, scanned once (the windows differ in length from pattern to pattern).
  if (pattern.requires !== undefined && !containsAny(paragraph, pattern.requires)) return undefined
  const window = pattern.maxLength * 4 + 64
  const offset = pattern.position === 'end' ? Math.max(0, paragraph.length - window) : 0
  const text = pattern.position === 'end' ? paragraph.slice(offset) : paragraph.slice(0, window)
  const found = matchIn(pattern, text)
  return found && {start: found.start + offset, end: found.end + offset, consumed: found.consumed + offset}
}

function matchIn(pattern: Pattern, text: string): {start: number; end: number; consumed: number} | undefined {
  if (pattern.starts !== undefined && !startsWithAny(text, pattern.starts)) return undefined
  if (pattern.requires !== undefined && !containsAny(text, pattern.requires)) return undefined
  if (pattern.requiresAlso !== undefined && !containsEach(text, pattern.requiresAlso)) return undefined
  if (pattern.literals !== undefined && !includesAny(text, pattern.literals)) return undefined
  const match = pattern.regex.exec(text)
  if (!match || match[0].length === 0) return undefined
  if (visibleLength(normalise(match[0])) > pattern.maxLength) return undefined
  const group = match.groups?.['span']
  if (group !== undefined) {
    const start = match.index + match[0].indexOf(group)
    return {start, end: start + group.length, consumed: match.index + match[0].length}
  }
  return {start: match.index, end: match.index + match[0].length, consumed: match.index + match[0].length}
}
