// Text with leftover inline markup: a page saved as text, or scraped with its formatting tags, splits
// numbers with them (`2</span>萬<span>5</span>千多名`, `比<span>2022</span>年`); text typeset with a space
// between hanzi and digits (`超过 4 万亿元`, `2016 跟 2020`) splits a figure from its prefix and a year
// from its context. Quantities are read on the text without those tags and spaces and mapped back, so
// that they keep the offsets of the input.

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
 * A space between a hanzi and a digit, as typesetting that spaces Chinese from Latin letters and
 * digits puts it (`超过 4 万亿元`, `2016 跟 2020 的结果`, `在 2019 和 2020 年`): one space, no more. Not
 * around a score or a clock time (`小熊 1:6 國民`), after the digits of a Latin name (`PM 2.5 及SO 2 則`) nor
 * after a date (`1月 5.0 0.3`: a table's row, where `1月5` would be a day).
 */
const SPACE_BY_DIGIT = /(?<=[\u3400-\u9fff])(?<![0-9０-９][年月日号號])[ \u00a0\u2009\u202f](?=[0-9]+(?:\.[0-9]+)?(?![0-9.]*[:：]))|(?<=[0-9%])(?<![:：A-Za-z][ \u00a0\u2009\u202f]?[0-9.]*[0-9])[ \u00a0\u2009\u202f](?=[\u3400-\u9fff])/g
/** A first test for SPACE_BY_DIGIT: a digit next to a space at all. */
const MAY_HAVE_SPACE_BY_DIGIT = /[0-9][ \u00a0\u2009\u202f]|[ \u00a0\u2009\u202f][0-9]/

/**
 * The input read without its inline tags (when one is next to a digit or a Chinese numeral) and
 * without the spaces typeset between hanzi and digits, or undefined when it has neither (then nothing
 * is gained by reading it apart, and nothing changes). Spaced text reads as it would unspaced.
 */
export function withoutInlineTags(input: string): TagFreeView | undefined {
  return viewWithout(input, [...inlineTagsByNumerals(input), ...spacesByDigits(input)].sort((a, b) => a[0] - b[0]))
}

/**
 * The input without the spaces typeset between hanzi and digits only (inline tags kept), or undefined
 * when it has none: for readers of the words around figures (the claims), which see `增长 6.3%` as
 * `增长6.3%`. `at` maps the view's offsets back to the input's.
 */
export function withoutTypesetSpaces(input: string): TagFreeView | undefined {
  return viewWithout(input, spacesByDigits(input))
}

/** The input without the `cuts` (sorted, not overlapping), or undefined when there are none. */
function viewWithout(input: string, cuts: ReadonlyArray<[number, number]>): TagFreeView | undefined {
  if (cuts.length === 0) return undefined
  const at = new Int32Array(input.length + 1)
  const parts: string[] = []
  let length = 0
  let from = 0
  for (const [start, end] of [...cuts, [input.length, input.length] as [number, number]]) {
    parts.push(input.slice(from, start))
    for (let k = from; k < start; k++) at[length++] = k
    from = end
  }
  at[length] = input.length
  return {text: parts.join(''), at: at.subarray(0, length + 1)}
}

/** The inline tags of the input, when one of them is next to a digit or a Chinese numeral; else none. */
function inlineTagsByNumerals(input: string): Array<[number, number]> {
  if (!input.includes('<') || !MAY_HAVE_INLINE_TAG.test(input)) return []
  const tags: Array<[number, number]> = []
  let touchesNumeral = false
  for (const match of input.matchAll(INLINE_TAG)) {
    const start = match.index
    const end = start + match[0].length
    tags.push([start, end])
    if (!touchesNumeral && (isNumeralAt(input, start - 1) || isNumeralAt(input, end))) touchesNumeral = true
  }
  return touchesNumeral ? tags : []
}

/** The spaces typeset between hanzi and digits (SPACE_BY_DIGIT), each as a span of one code unit. */
function spacesByDigits(input: string): Array<[number, number]> {
  if (!MAY_HAVE_SPACE_BY_DIGIT.test(input)) return []
  // (Not after a Chinese numeral or magnitude, `涉款24億 3機構`, `商一 12`: there the space parts two figures;
  // nor before a score or a clock time, `小熊 1:6 國民`, where spaces part the fields of a line.)
  return [...input.matchAll(SPACE_BY_DIGIT)].filter((m) => !isChineseNumeralAt(input, m.index - 1)).map((m) => [m.index, m.index + 1] as [number, number])
}

/** A Chinese numeral or magnitude character at `index` (`一`, `十`, `萬`). */
function isChineseNumeralAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false
  const code = text.charCodeAt(index)
  return ZH_DIGIT[code]! >= 0 || ZH_UNIT[code]! >= 0 || ZH_MAG[code]! >= 0
}

/** A digit, a full-width digit or a Chinese numeral character at `index` (the scanner's own tables). */
function isNumeralAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false
  return AR_DIGIT[text.charCodeAt(index)]! >= 0 || isChineseNumeralAt(text, index)
}

/** The input offset of the view's start offset `start`. */
export function inputStart(view: TagFreeView, start: number): number {
  return view.at[start]!
}

/** The input offset of the view's end offset `end` (exclusive): just after the input unit of its last code unit. */
export function inputEnd(view: TagFreeView, end: number): number {
  return end === 0 ? view.at[0]! : view.at[end - 1]! + 1
}
