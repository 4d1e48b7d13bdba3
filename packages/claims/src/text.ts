import {counterparts} from '@jiaodui/zh-script'
import type {ClaimPoint} from './types.js'

// Folded code unit of each BMP code unit (0: not looked up yet), and folded astral characters.
const bmpFolds = new Uint16Array(0x10000)
const astralFolds = new Map<string, string>()

function fold(char: string): string {
  const first = counterparts(char, 'simplified')[0]
  return first !== undefined && first.length === char.length ? first : char
}

/**
 * Fold traditional characters to simplified, one code point at a time and only when the
 * counterpart has the same UTF-16 length, so offsets into the result are offsets into the input
 * (`第一書記` → `第一书记`).
 */
export function foldText(text: string): string {
  // Unchanged stretches are copied as slices: most of a text folds to itself.
  let out = ''
  let copied = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x2e80) continue
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      const char = text.slice(i, i + 2)
      let folded = astralFolds.get(char)
      if (folded === undefined) {
        folded = fold(char)
        astralFolds.set(char, folded)
      }
      if (folded !== char) {
        out += text.slice(copied, i) + folded
        copied = i + 2
      }
      i++
      continue
    }
    let folded = bmpFolds[code]!
    if (folded === 0) {
      folded = fold(String.fromCharCode(code)).charCodeAt(0)
      bmpFolds[code] = folded
    }
    if (folded !== code) {
      out += text.slice(copied, i) + String.fromCharCode(folded)
      copied = i + 1
    }
  }
  return copied === 0 ? text : out + text.slice(copied)
}

/** Characters that end a sentence for claim attachment. */
export const SENTENCE_END = new Set(['。', '！', '？', '；', '!', '?', ';', '\n', '﹔', '﹒'])
/** Characters that end a clause. */
export const CLAUSE_END = new Set(['，', '、', '：', ',', ':', '﹐', '﹑'])

/** A sentence: `[start, end)` in the text, and the paragraph (line or segment) it belongs to. */
export interface Span {
  start: number
  end: number
  paragraph: number
}

/** Split `[from, to)` of `text` into sentences on `。！？；` and line breaks. */
export function sentences(text: string, from: number, to: number, paragraph: number): Span[] {
  const out: Span[] = []
  let start = from
  let para = paragraph
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i)
    if (!isSentenceEnd(code)) continue
    // Keep closing quotes and brackets with the sentence they close.
    let end = i + 1
    while (end < to && isCloser(text.charCodeAt(end))) end++
    if (end > start) out.push({start, end, paragraph: para})
    if (code === 0x0a) para++
    start = end
    i = end - 1
  }
  if (to > start) out.push({start, end: to, paragraph: para})
  return out
}

/** Whether `code` is one of `SENTENCE_END` (without building a string per character). */
function isSentenceEnd(code: number): boolean {
  switch (code) {
    case 0x3002: // 。
    case 0xff01: // ！
    case 0xff1f: // ？
    case 0xff1b: // ；
    case 0x21: // !
    case 0x3f: // ?
    case 0x3b: // ;
    case 0x0a: // \n
    case 0xfe54: // ﹔
    case 0xfe52: // ﹒
      return true
    default:
      return false
  }
}

/** Whether `code` is a closing quote or bracket: `”’」』）)`. */
function isCloser(code: number): boolean {
  return code === 0x201d || code === 0x2019 || code === 0x300d || code === 0x300f || code === 0xff09 || code === 0x29
}

/** Whether `code` is one of `CLAUSE_END` (by code: `text[i]` makes a string of each CJK character). */
function isClauseEnd(code: number): boolean {
  switch (code) {
    case 0xff0c: // ，
    case 0x3001: // 、
    case 0xff1a: // ：
    case 0x2c: // ,
    case 0x3a: // :
    case 0xfe50: // ﹐
    case 0xfe51: // ﹑
      return true
    default:
      return false
  }
}

/** Start of the clause containing `at` inside `[from, at)`. */
export function clauseStart(text: string, from: number, at: number): number {
  for (let i = at - 1; i >= from; i--) if (isClauseEnd(text.charCodeAt(i))) return i + 1
  return from
}

/** End of the clause containing `at` inside `[at, to)`. */
export function clauseEnd(text: string, at: number, to: number): number {
  for (let i = at; i < to; i++) {
    const code = text.charCodeAt(i)
    if (isClauseEnd(code) || isSentenceEnd(code)) return i
  }
  return to
}

/** Whether `c` is a CJK ideograph (BMP). */
export function isHan(c: string | undefined): boolean {
  if (c === undefined) return false
  const code = c.charCodeAt(0)
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff)
}

/** Line/column lookup for offsets of one text. */
export function lineIndex(text: string): (offset: number) => ClaimPoint {
  const starts = [0]
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1)
  return (offset) => {
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((starts[mid] as number) <= offset) lo = mid
      else hi = mid - 1
    }
    return {line: lo + 1, column: offset - (starts[lo] as number) + 1, offset}
  }
}


/** Whether `code` is one of `，,。；;：:！？!?` or a line break: the marks before a clause of contrast. */
function opensContrastClause(code: number): boolean {
  switch (code) {
    case 0xff0c: // ，
    case 0x2c: // ,
    case 0x3002: // 。
    case 0xff1b: // ；
    case 0x3b: // ;
    case 0xff1a: // ：
    case 0x3a: // :
    case 0xff01: // ！
    case 0xff1f: // ？
    case 0x21: // !
    case 0x3f: // ?
    case 0x0a: // \n
      return true
    default:
      return false
  }
}

/** Words that open a clause of contrast or comparison (`相较…`, `有别于…`, `与…不同`). */
const CONTRAST_OPEN = /^[\s“"]*(?:此外|另外|而|但|不过)?[，,\s]*(?:相较|相比|比起|有别于|不同于|有异于|对比|较之|与其他|跟其他)/

/**
 * Whether `[start, end)` lies in a clause of contrast that closes before `at` (`相较去年…在2017年5月至
 * 2018年4月期间7次招标，最近5次招标…`, `有别于…集中于九龙西，近期5次招标…`): the time and place
 * of that clause belong to what is compared with, not to a figure of a later clause.
 */
export function inContrastClause(text: string, floor: number, start: number, end: number, at: number): boolean {
  if (!/[，,；;]/.test(text.slice(end, at))) return false
  return opensContrast(text, floor, start)
}

/** Whether the clause holding `start` (a clause break known to follow) opens with a word of contrast. */
export function opensContrast(text: string, floor: number, start: number): boolean {
  // The clause runs back to a comma or a full stop (a list mark `、` does not end it), 60 characters at most.
  let open = start
  const limit = Math.max(floor, start - 60)
  while (open > limit && !opensContrastClause(text.charCodeAt(open - 1))) open--
  return CONTRAST_OPEN.test(text.slice(open, start))
}
