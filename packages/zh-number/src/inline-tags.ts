// Text with leftover inline markup: a page saved as text, or scraped with its formatting tags, splits
// numbers with them (`2</span>萬<span>5</span>千多名`, `比<span>2022</span>年`). Quantities are read
// on the text without those tags and mapped back, so that they keep the offsets of the input.

import {AR_DIGIT, ZH_DIGIT, ZH_MAG, ZH_UNIT} from './chars.js'

/** Names of inline formatting tags, which split no word when a browser shows the page. */
const INLINE_NAMES = 'span|strong|b|em|i|u|font|a|small|big|mark|abbr|time|ins'

/** An inline tag: opening, closing or empty. */
const INLINE_TAG = new RegExp(`<\\/?(?:${INLINE_NAMES})(?:\\s[^<>]{0,300})?\\/?>`, 'gi')

/** A first test: an inline tag name after `<` or `</` somewhere in the text. */
const MAY_HAVE_INLINE_TAG = new RegExp(`<\\/?(?:${INLINE_NAMES})[\\s>/]`, 'i')

/** The text without its inline tags, and where each of its code units stands in the input. */
export interface TagFreeView {
  text: string
  /** `at[k]`: the input offset of the view's code unit `k` (`at[text.length]`: the input's length). */
  at: Int32Array
}

/**
 * The input without its inline tags, or undefined when it has none next to a digit or a Chinese
 * numeral (then nothing is gained by reading it apart, and nothing changes).
 */
export function withoutInlineTags(input: string): TagFreeView | undefined {
  if (!input.includes('<') || !MAY_HAVE_INLINE_TAG.test(input)) return undefined
  const tags: Array<[number, number]> = []
  let touchesNumeral = false
  for (const match of input.matchAll(INLINE_TAG)) {
    const start = match.index
    const end = start + match[0].length
    tags.push([start, end])
    if (!touchesNumeral && (isNumeralAt(input, start - 1) || isNumeralAt(input, end))) touchesNumeral = true
  }
  if (!touchesNumeral) return undefined
  const at = new Int32Array(input.length + 1)
  const parts: string[] = []
  let length = 0
  let from = 0
  for (const [start, end] of [...tags, [input.length, input.length] as [number, number]]) {
    parts.push(input.slice(from, start))
    for (let k = from; k < start; k++) at[length++] = k
    from = end
  }
  at[length] = input.length
  return {text: parts.join(''), at: at.subarray(0, length + 1)}
}

/** A digit, a full-width digit or a Chinese numeral character at `index` (the scanner's own tables). */
function isNumeralAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false
  const code = text.charCodeAt(index)
  return AR_DIGIT[code]! >= 0 || ZH_DIGIT[code]! >= 0 || ZH_UNIT[code]! >= 0 || ZH_MAG[code]! >= 0
}

/** The input offset of the view's start offset `start`. */
export function inputStart(view: TagFreeView, start: number): number {
  return view.at[start]!
}

/** The input offset of the view's end offset `end` (exclusive): just after the input unit of its last code unit. */
export function inputEnd(view: TagFreeView, end: number): number {
  return end === 0 ? view.at[0]! : view.at[end - 1]! + 1
}
