// Character classes used by the lexer.  The classes are plain numbers (no
// `const enum`: the repo compiles with `isolatedModules`).

import {BMP_CLASS_RUNS} from './generated/bmp-classes.js'
import {decodeRuns} from './runs.js'

/** Symbol: `\p{S}`, controls, private use, unassigned, and a few `\p{P}`. */
export const SYMBOL = 0
/** White space other than a line ending. */
export const SPACE = 1
/** Line ending character: `\n` or `\r` (what `vfile-location` counts). */
export const BREAK = 2
/** Invisible format character (`\p{Cf}`): zero-width, bidi, BOM, soft hyphen. */
export const INVISIBLE = 3
/** Character that goes to the dictionary segmenter: Han, kana, hangul, bopomofo. */
export const HAN = 4
/** Other letter (Latin, Greek, Cyrillic, full-width Latin…), `\p{Nl}`, plain `\p{No}`. */
export const LETTER = 5
/** Decimal digit (`\p{Nd}`), including full-width digits. */
export const DIGIT = 6
/** Combining mark (`\p{M}`), including variation selectors. */
export const MARK = 7
/** Punctuation (`\p{P}`) minus the symbol overrides. */
export const PUNCT = 8
/** High surrogate (only in the BMP table; resolved by `classAt`). */
export const HIGH = 9
/** Low surrogate (only in the BMP table; a lone one is a symbol). */
export const LOW = 10

const whiteSpace =
  /[\t\v\f \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/
const format = /\p{Cf}/u
const cjk =
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Bopomofo}\u30FC\u3099-\u309C]/u
const digit = /\p{Nd}/u
const letter = /[\p{L}\p{Nl}]/u
const otherNumber = /\p{No}/u
const mark = /\p{M}/u
const punctuation = /\p{P}/u
const pictographic = /\p{Extended_Pictographic}/u

// Enclosed and parenthesised numbers (`①`, `⑴`, `⒈`, `❶`, `㈠`, `㊀`, `🄂`) are
// list markers and footnote marks, not parts of words.
const enclosedNumber =
  /[\u2460-\u24FF\u2776-\u2793\u3220-\u3229\u3248-\u324F\u3251-\u325F\u3280-\u3289\u32B1-\u32BF\u{1F100}-\u{1F10C}]/u

// Characters in `\p{P}` that editors treat as symbols, not punctuation.
const symbolOverride = new Set([
  '#', '%', '&', '*', '@', '\\',
  '\uFF03', '\uFF05', '\uFF06', '\uFF0A', '\uFF20', '\uFF3C',
  '\uFE5F', '\uFE60', '\uFE61', '\uFE68', '\uFE6A', '\uFE6B',
  '\u2030', '\u2031'
])

/** The class of one code point, by the Unicode properties above (tests compare the table with it). */
export function classify(cp: number): number {
  if (cp >= 0xd800 && cp <= 0xdbff) return HIGH
  if (cp >= 0xdc00 && cp <= 0xdfff) return LOW
  if (cp === 10 || cp === 13) return BREAK
  const char = String.fromCodePoint(cp)
  if (whiteSpace.test(char)) return SPACE
  if (format.test(char)) return INVISIBLE
  if (cjk.test(char)) return HAN
  if (digit.test(char)) return DIGIT
  if (letter.test(char)) return LETTER
  if (otherNumber.test(char)) return enclosedNumber.test(char) ? SYMBOL : LETTER
  if (mark.test(char)) return MARK
  if (punctuation.test(char)) return symbolOverride.has(char) ? SYMBOL : PUNCT
  return SYMBOL
}

let table: Uint8Array | undefined
const astral = new Map<number, number>()

/**
 * Get the class table for the BMP, decoded on first use (not at import time)
 * from the runs shipped in `src/generated/bmp-classes.ts`: building it from the
 * Unicode properties (`buildBmpTable`) took 6–9 ms of every start
 * (bench/startup); decoding the 1 200 runs takes a fraction of a millisecond.
 */
export function bmpTable(): Uint8Array {
  table ??= decodeClassRuns(BMP_CLASS_RUNS)
  return table
}

/** The table of `src/generated/bmp-classes.ts` (runs of `(run length << 4) | class`, see runs.ts). */
export function decodeClassRuns(base64: string): Uint8Array {
  return decodeRuns(base64, 0x10000, 4, (covered) => `parser-zh: the class runs cover ${covered} code points, not 65536 (regenerate src/generated/bmp-classes.ts)`)
}

/**
 * Build the class table for the BMP from the Unicode properties of the running
 * Node, the way `scripts/generate-classes.js` does (and the drift test checks).
 * By one global match per property over all BMP code points (runs of a class
 * filled at once, the later passes taking precedence as `classify`'s order
 * does), where testing each of the 65 536 code points against each property
 * took 15–30 ms.
 */
export function buildBmpTable(): Uint8Array {
  const result = new Uint8Array(0x10000).fill(SYMBOL)
  // Lone surrogates are left out of the matched text: a high one followed by a low one would be read as one astral code point.
  for (const [from, to] of [[0, 0xd800], [0xe000, 0x10000]] as const) fillClasses(result, from, to)
  result.fill(HIGH, 0xd800, 0xdc00)
  result.fill(LOW, 0xdc00, 0xe000)
  result[10] = BREAK
  result[13] = BREAK
  return result
}

/** The passes of `buildBmpTable`, lowest precedence first: each class, and the class of the exceptions within it. */
const passes: ReadonlyArray<readonly [RegExp, number, ((char: string) => boolean)?, number?]> = [
  [punctuation, PUNCT, (char) => symbolOverride.has(char), SYMBOL],
  [mark, MARK],
  [otherNumber, LETTER, (char) => enclosedNumber.test(char), SYMBOL],
  [letter, LETTER],
  [digit, DIGIT],
  [cjk, HAN],
  [format, INVISIBLE],
  [whiteSpace, SPACE]
]

/** Classify the code points `[from, to)` (no surrogates among them) into `result`. */
function fillClasses(result: Uint8Array, from: number, to: number): void {
  const codes = new Uint16Array(to - from)
  for (let cp = from; cp < to; cp++) codes[cp - from] = cp
  // (No byte order mark can start it: neither range starts at U+FEFF.)
  const text = new TextDecoder('utf-16le').decode(codes)
  for (const [property, cls, isException, exceptionCls] of passes) {
    const runs = new RegExp(`(?:${property.source})+`, 'gu')
    for (let match = runs.exec(text); match; match = runs.exec(text)) {
      const start = from + match.index
      result.fill(cls, start, start + match[0].length)
      if (!isException) continue
      for (let at = 0; at < match[0].length; at++) if (isException(match[0][at]!)) result[start + at] = exceptionCls!
    }
  }
}

/** Class of an astral code point (cached). */
export function astralClass(cp: number): number {
  let result = astral.get(cp)
  if (result === undefined) {
    result = classify(cp)
    astral.set(cp, result)
  }

  return result
}

/** Whether the code point is an emoji base (`\p{Extended_Pictographic}`). */
export function isPictographic(cp: number): boolean {
  return pictographic.test(String.fromCodePoint(cp))
}

/** Whether the code point is a regional indicator (flag half). */
export function isRegionalIndicator(cp: number): boolean {
  return cp >= 0x1f1e6 && cp <= 0x1f1ff
}

/** Whether the code point is an emoji skin-tone modifier. */
export function isEmojiModifier(cp: number): boolean {
  return cp >= 0x1f3fb && cp <= 0x1f3ff
}

/** Whether the code point is a tag character (emoji tag sequences). */
export function isTag(cp: number): boolean {
  return cp >= 0xe0020 && cp <= 0xe007f
}
