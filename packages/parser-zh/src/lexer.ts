import {
  BREAK,
  DIGIT,
  HAN,
  HIGH,
  INVISIBLE,
  LETTER,
  LOW,
  MARK,
  PUNCT,
  SPACE,
  astralClass,
  bmpTable,
  isEmojiModifier,
  isPictographic,
  isRegionalIndicator,
  isTag
} from './chars.js'
import {isQuoteOrBracket} from './marks.js'

// Token kinds (numbers, for speed; `kindNames` maps them to strings).
export const K_HAN = 0
export const K_LATIN = 1
export const K_NUMBER = 2
export const K_URL = 3
export const K_EMAIL = 4
export const K_PUNCTUATION = 5
export const K_SYMBOL = 6
export const K_EMOJI = 7
export const K_INVISIBLE = 8
export const K_WHITESPACE = 9

/** Kind of a token found by the lexer. */
export type TokenKind =
  | 'han'
  | 'latin'
  | 'number'
  | 'url'
  | 'email'
  | 'punctuation'
  | 'symbol'
  | 'emoji'
  | 'invisible'
  | 'whitespace'

export const kindNames: ReadonlyArray<TokenKind> = [
  'han',
  'latin',
  'number',
  'url',
  'email',
  'punctuation',
  'symbol',
  'emoji',
  'invisible',
  'whitespace'
]

/** Receives each token, in order; tokens are contiguous and never empty. */
export type Emit = (kind: number, start: number, end: number) => void

// A lone surrogate: its own symbol.
const LONE = 11

// Longest string given to `Intl.Segmenter` at once: V8's segmenter is
// quadratic on long strings, and 1024 code units cost about 0.7 ms.
const chunkSize = 1024

const url =
  /(?:[A-Za-z][A-Za-z\d+.-]{0,31}:\/\/|[Ww]{3}\.)[\w\-.~:/?#[\]@!$&'()*+,;=%]+/y
const email =
  /[A-Za-z\d][\w.%+-]{0,63}@[A-Za-z\d][A-Za-z\d-]{0,62}(?:\.[A-Za-z\d-]{1,63}){1,8}/y
const urlTrailing = new Set([...".,:;!?'\"*_~"])

let segmenter: Intl.Segmenter | undefined

/** The shared word segmenter (created on first use, then reused). */
function getSegmenter(): Intl.Segmenter {
  if (!segmenter) segmenter = new Intl.Segmenter('zh', {granularity: 'word'})
  return segmenter
}

/**
 * How Han runs become words: `dictionary` splits them into the words of
 * `Intl.Segmenter` (retext-style trees); `run` keeps each run of Han
 * characters one token, which costs nothing (the segmenter is most of the
 * lexing time, and no jiaodui rule reads Han word boundaries).
 */
export type HanWords = 'dictionary' | 'run'

/**
 * Split `value.slice(from, to)` into tokens and call `emit` for each.
 *
 * Linear in `to - from`: Han runs go to `Intl.Segmenter` in windows of at
 * most 1024 code units, and the URL and e-mail expressions are bounded.
 */
export function lex(value: string, from: number, to: number, emit: Emit, words: HanWords = 'dictionary'): void {
  const table = bmpTable()
  // Width (1 or 2) and code point of the last character read by `classAt`.
  let width = 1
  let codePoint = 0
  // Segmenter window.
  let segments: Intl.Segments | undefined
  let windowStart = 0
  let windowEnd = 0
  let index = from

  while (index < to) {
    const start = index
    const kind = classAt(index)
    const code = codePoint
    index += width

    if (kind === SPACE || kind === BREAK) {
      while (index < to) {
        const next = table[value.charCodeAt(index)]
        if (next !== SPACE && next !== BREAK) break
        index++
      }

      emit(K_WHITESPACE, start, index)
    } else if (kind === HAN) {
      while (index < to) {
        const next = classAt(index)
        if (next !== HAN && next !== MARK) break
        index += width
      }

      han(start, index)
    } else if (kind === LETTER || kind === DIGIT) {
      index = code < 0x80 ? urlOrEmail(start) : start

      if (index === start) {
        index = word(start, kind)
      }
    } else if (kind === PUNCT) {
      if (width === 1 && !isQuoteOrBracket(code)) {
        while (index < to && value.charCodeAt(index) === code) index++
      }

      emit(K_PUNCTUATION, start, index)
    } else if (kind === INVISIBLE) {
      emit(K_INVISIBLE, start, index)
    } else if (kind === LONE) {
      emit(K_SYMBOL, start, index)
    } else if (isPictographic(code) || isRegionalIndicator(code)) {
      index = emoji(start)
      emit(K_EMOJI, start, index)
    } else {
      // Symbol, or a combining mark with nothing to combine with.
      if (width === 1 && kind !== MARK) {
        while (index < to && value.charCodeAt(index) === code) index++
      }

      index = marks(index)
      emit(K_SYMBOL, start, index)
    }
  }

  /** Class of the character at `at`; sets `width` and `codePoint`. */
  function classAt(at: number): number {
    const code = value.charCodeAt(at)
    const kind = table[code]!
    width = 1
    codePoint = code

    if (kind === HIGH) {
      const next = at + 1 < to ? value.charCodeAt(at + 1) : 0
      if (next >= 0xdc00 && next <= 0xdfff) {
        width = 2
        codePoint = (code - 0xd800) * 0x400 + next - 0xdc00 + 0x10000
        return astralClass(codePoint)
      }

      return LONE
    }

    return kind === LOW ? LONE : kind
  }

  /** Skip combining marks from `at`. */
  function marks(at: number): number {
    while (at < to && classAt(at) === MARK) at += width
    return at
  }

  /** Emit the dictionary words of the Han run `[start, end)`. */
  function han(start: number, end: number): void {
    if (end - start === 1 || words === 'run') {
      emit(K_HAN, start, end)
      return
    }

    let at = start

    while (at < end) {
      if (!segments || at < windowStart || at >= windowEnd) {
        windowStart = at
        windowEnd = Math.min(to, at + chunkSize)
        // Never cut a surrogate pair.
        const last = value.charCodeAt(windowEnd - 1)
        if (windowEnd < to && last >= 0xd800 && last <= 0xdbff) windowEnd--
        segments = getSegmenter().segment(value.slice(windowStart, windowEnd))
      }

      const limit = Math.min(end, windowEnd)

      while (at < limit) {
        const segment = segments.containing(at - windowStart)
        /* c8 ignore next -- `containing` is defined for every index inside. */
        if (!segment) break
        const segmentStart = windowStart + segment.index
        let segmentEnd = segmentStart + segment.segment.length

        if (segmentEnd >= windowEnd && windowEnd < end) {
          // The window cut this run: the last segment may be a cut word, so
          // segment again from its start, unless it fills the whole window.
          if (segmentStart > windowStart) {
            segments = undefined
            break
          }

          segmentEnd = windowEnd
        }

        if (segmentEnd > end) segmentEnd = end
        emit(K_HAN, at, segmentEnd)
        at = segmentEnd
      }
    }
  }

  /** Latin word or number from `start`; returns its end. */
  function word(start: number, first: number): number {
    let at = start
    let last = first
    let digitsOnly = true

    run()

    while (at + 1 < to) {
      const code = value.charCodeAt(at)
      let join = false

      switch (code) {
        // `.` `．` `-` `‐` `‑` `_`: inside any alphanumeric word.
        case 0x2e:
        case 0xff0e:
        case 0x2d:
        case 0x2010:
        case 0x2011:
        case 0x5f: {
          const next = classAt(at + 1)
          join = next === LETTER || next === DIGIT
          break
        }

        // `,` before exactly three digits: thousands separator.
        case 0x2c: {
          join = last === DIGIT && thousands(at + 1)
          break
        }

        // `:` (time) and `/` (fraction, date) between digits.
        case 0x3a:
        case 0x2f: {
          join = last === DIGIT && classAt(at + 1) === DIGIT
          break
        }

        // `'` `’` `&` between letters: `don't`, `it’s`, `R&D`.
        case 0x27:
        case 0x2019:
        case 0x26: {
          join = last === LETTER && classAt(at + 1) === LETTER
          break
        }

        default:
      }

      if (!join) break
      at++
      run()
    }

    emit(digitsOnly ? K_NUMBER : K_LATIN, start, at)
    return at

    function run(): void {
      while (at < to) {
        const kind = classAt(at)
        if (kind === LETTER) digitsOnly = false
        else if (kind !== DIGIT && kind !== MARK) break
        if (kind !== MARK) last = kind
        at += width
      }
    }
  }

  /** Whether three digits start at `at` and no fourth follows. */
  function thousands(at: number): boolean {
    return (
      at + 2 < to &&
      table[value.charCodeAt(at)] === DIGIT &&
      table[value.charCodeAt(at + 1)] === DIGIT &&
      table[value.charCodeAt(at + 2)] === DIGIT &&
      (at + 3 >= to || table[value.charCodeAt(at + 3)] !== DIGIT)
    )
  }

  /**
   * URL or e-mail address at `start`; returns its end, or `start`.
   *
   * Both expressions are sticky and their prefixes bounded (a scheme of at
   * most 32 characters before `://`, a local part of at most 64 before `@`),
   * so a failed attempt costs a constant.
   */
  function urlOrEmail(start: number): number {
    url.lastIndex = start
    let match = url.exec(value)

    if (match) {
      const prefix = match[0].indexOf('://')
      const bodyStart = start + (prefix === -1 ? 4 : prefix + 3)
      let end = Math.min(to, start + match[0].length)
      let open = 0
      let close = 0

      for (let at = bodyStart; at < end; at++) {
        const code = value.charCodeAt(at)
        if (code === 0x28) open++
        else if (code === 0x29) close++
      }

      while (end > bodyStart) {
        const char = value.charAt(end - 1)
        if (urlTrailing.has(char)) end--
        else if (char === ')' && close > open) {
          close--
          end--
        } else break
      }

      if (end > bodyStart) {
        emit(K_URL, start, end)
        return end
      }
    }

    email.lastIndex = start
    match = email.exec(value)

    if (match) {
      let end = Math.min(to, start + match[0].length)
      while (value.charCodeAt(end - 1) === 0x2d) end--
      emit(K_EMAIL, start, end)
      return end
    }

    return start
  }

  /** Emoji sequence from `start`; returns its end. */
  function emoji(start: number): number {
    let at = start

    while (true) {
      classAt(at)
      const base = codePoint
      at += width

      if (isRegionalIndicator(base) && at < to) {
        classAt(at)
        if (isRegionalIndicator(codePoint)) at += width
      }

      while (at < to) {
        const kind = classAt(at)
        if (kind === MARK || isEmojiModifier(codePoint) || isTag(codePoint)) {
          at += width
        } else break
      }

      if (at + 1 < to && value.charCodeAt(at) === 0x200d) {
        classAt(at + 1)
        if (isPictographic(codePoint)) {
          at++
          continue
        }
      }

      return at
    }
  }
}
