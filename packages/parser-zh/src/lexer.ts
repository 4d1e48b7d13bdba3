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
  new Lexer(value, to, emit, words).scan(from)
}

/**
 * One run of the lexer over `value` up to `to`. State lives in fields (not
 * closures or returned objects) so the per-character loops allocate nothing.
 */
class Lexer {
  private readonly table = bmpTable()
  /** Width (1 or 2) of the last character read by `classAt`. */
  private width = 1
  /** Code point of the last character read by `classAt`. */
  private codePoint = 0
  /** The segmenter's current window `[windowStart, windowEnd)` of `value`. */
  private segments: Intl.Segments | undefined
  private windowStart = 0
  private windowEnd = 0
  /** While reading a word: the class of its last letter or digit, and whether it has no letter. */
  private wordLast = 0
  private digitsOnly = true

  constructor(
    private readonly value: string,
    private readonly to: number,
    private readonly emit: Emit,
    private readonly words: HanWords
  ) {}

  /** Emit every token from `from` to the end. */
  scan(from: number): void {
    let index = from
    while (index < this.to) index = this.token(index)
  }

  /** Emit the token (or tokens, for a Han run) that starts at `start`; returns its end. */
  private token(start: number): number {
    const {value, to, table} = this
    const kind = this.classAt(start)
    const code = this.codePoint
    let index = start + this.width

    if (kind === SPACE || kind === BREAK) {
      while (index < to) {
        const next = table[value.charCodeAt(index)]
        if (next !== SPACE && next !== BREAK) break
        index++
      }

      this.emit(K_WHITESPACE, start, index)
    } else if (kind === HAN) {
      while (index < to) {
        const next = this.classAt(index)
        if (next !== HAN && next !== MARK) break
        index += this.width
      }

      this.han(start, index)
    } else if (kind === LETTER || kind === DIGIT) {
      index = code < 0x80 ? this.urlOrEmail(start) : start
      if (index === start) index = this.word(start, kind)
    } else if (kind === PUNCT) {
      if (this.width === 1 && !isQuoteOrBracket(code)) {
        while (index < to && value.charCodeAt(index) === code) index++
      }

      this.emit(K_PUNCTUATION, start, index)
    } else if (kind === INVISIBLE) {
      this.emit(K_INVISIBLE, start, index)
    } else if (kind === LONE) {
      this.emit(K_SYMBOL, start, index)
    } else if (isPictographic(code) || isRegionalIndicator(code)) {
      index = this.emoji(start)
      this.emit(K_EMOJI, start, index)
    } else {
      // Symbol, or a combining mark with nothing to combine with.
      if (this.width === 1 && kind !== MARK) {
        while (index < to && value.charCodeAt(index) === code) index++
      }

      index = this.marks(index)
      this.emit(K_SYMBOL, start, index)
    }

    return index
  }

  /** Class of the character at `at`; sets `width` and `codePoint`. */
  private classAt(at: number): number {
    const code = this.value.charCodeAt(at)
    const kind = this.table[code]!
    this.width = 1
    this.codePoint = code

    if (kind === HIGH) {
      const next = at + 1 < this.to ? this.value.charCodeAt(at + 1) : 0
      if (next >= 0xdc00 && next <= 0xdfff) {
        this.width = 2
        this.codePoint = (code - 0xd800) * 0x400 + next - 0xdc00 + 0x10000
        return astralClass(this.codePoint)
      }

      return LONE
    }

    return kind === LOW ? LONE : kind
  }

  /** Skip combining marks from `at`. */
  private marks(at: number): number {
    while (at < this.to && this.classAt(at) === MARK) at += this.width
    return at
  }

  /** Emit the dictionary words of the Han run `[start, end)`. */
  private han(start: number, end: number): void {
    if (end - start === 1 || this.words === 'run') {
      this.emit(K_HAN, start, end)
      return
    }

    let at = start

    while (at < end) {
      if (!this.segments || at < this.windowStart || at >= this.windowEnd) this.openWindow(at)
      at = this.emitWindowWords(at, end)
    }
  }

  /** Segment a new window of at most `chunkSize` code units from `at`. */
  private openWindow(at: number): void {
    const {value, to} = this
    this.windowStart = at
    this.windowEnd = Math.min(to, at + chunkSize)
    // Never cut a surrogate pair.
    const last = value.charCodeAt(this.windowEnd - 1)
    if (this.windowEnd < to && last >= 0xd800 && last <= 0xdbff) this.windowEnd--
    this.segments = getSegmenter().segment(value.slice(this.windowStart, this.windowEnd))
  }

  /**
   * Emit the words of the Han run `[at, end)` that lie in the current window;
   * returns where it stopped (the window's end, the run's end, or the start of
   * a word the window cut, after dropping the window).
   */
  private emitWindowWords(at: number, end: number): number {
    const {windowStart, windowEnd} = this
    const limit = Math.min(end, windowEnd)

    while (at < limit) {
      const segment = this.segments!.containing(at - windowStart)
      /* c8 ignore next -- `containing` is defined for every index inside. */
      if (!segment) break
      const segmentStart = windowStart + segment.index
      let segmentEnd = segmentStart + segment.segment.length

      if (segmentEnd >= windowEnd && windowEnd < end) {
        // The window cut this run: the last segment may be a cut word, so
        // segment again from its start, unless it fills the whole window.
        if (segmentStart > windowStart) {
          this.segments = undefined
          break
        }

        segmentEnd = windowEnd
      }

      if (segmentEnd > end) segmentEnd = end
      this.emit(K_HAN, at, segmentEnd)
      at = segmentEnd
    }

    return at
  }

  /** Latin word or number from `start`; returns its end. */
  private word(start: number, first: number): number {
    this.wordLast = first
    this.digitsOnly = true
    let at = this.alphanumerics(start)

    while (at + 1 < this.to && this.joinsWord(at)) {
      at = this.alphanumerics(at + 1)
    }

    this.emit(this.digitsOnly ? K_NUMBER : K_LATIN, start, at)
    return at
  }

  /** Skip letters, digits and combining marks from `at`, noting `wordLast` and `digitsOnly`; returns the end. */
  private alphanumerics(at: number): number {
    while (at < this.to) {
      const kind = this.classAt(at)
      if (kind === LETTER) this.digitsOnly = false
      else if (kind !== DIGIT && kind !== MARK) break
      if (kind !== MARK) this.wordLast = kind
      at += this.width
    }

    return at
  }

  /** Whether the character at `at` joins the word read so far to what follows it. */
  private joinsWord(at: number): boolean {
    switch (this.value.charCodeAt(at)) {
      // `.` `．` `-` `‐` `‑` `_`: inside any alphanumeric word.
      case 0x2e:
      case 0xff0e:
      case 0x2d:
      case 0x2010:
      case 0x2011:
      case 0x5f: {
        const next = this.classAt(at + 1)
        return next === LETTER || next === DIGIT
      }

      // `,` before exactly three digits: thousands separator.
      case 0x2c:
        return this.wordLast === DIGIT && this.thousands(at + 1)

      // `:` (time) and `/` (fraction, date) between digits.
      case 0x3a:
      case 0x2f:
        return this.wordLast === DIGIT && this.classAt(at + 1) === DIGIT

      // `'` `’` `&` between letters: `don't`, `it’s`, `R&D`.
      case 0x27:
      case 0x2019:
      case 0x26:
        return this.wordLast === LETTER && this.classAt(at + 1) === LETTER

      default:
        return false
    }
  }

  /** Whether three digits start at `at` and no fourth follows. */
  private thousands(at: number): boolean {
    const {value, to, table} = this
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
  private urlOrEmail(start: number): number {
    const end = this.urlEnd(start)
    if (end > start) {
      this.emit(K_URL, start, end)
      return end
    }

    email.lastIndex = start
    const match = email.exec(this.value)
    if (!match) return start
    let emailEnd = Math.min(this.to, start + match[0].length)
    while (this.value.charCodeAt(emailEnd - 1) === 0x2d) emailEnd--
    this.emit(K_EMAIL, start, emailEnd)
    return emailEnd
  }

  /** End of the URL at `start` without trailing punctuation or an unbalanced `)`; `start` if there is none. */
  private urlEnd(start: number): number {
    const {value} = this
    url.lastIndex = start
    const match = url.exec(value)
    if (!match) return start
    const prefix = match[0].indexOf('://')
    const bodyStart = start + (prefix === -1 ? 4 : prefix + 3)
    let end = Math.min(this.to, start + match[0].length)
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

    return end > bodyStart ? end : start
  }

  /** Emoji sequence from `start`; returns its end. */
  private emoji(start: number): number {
    const {to} = this
    let at = start

    while (true) {
      this.classAt(at)
      const base = this.codePoint
      at += this.width

      if (isRegionalIndicator(base) && at < to) {
        this.classAt(at)
        if (isRegionalIndicator(this.codePoint)) at += this.width
      }

      while (at < to) {
        const kind = this.classAt(at)
        if (kind === MARK || isEmojiModifier(this.codePoint) || isTag(this.codePoint)) {
          at += this.width
        } else break
      }

      if (at + 1 < to && this.value.charCodeAt(at) === 0x200d) {
        this.classAt(at + 1)
        if (isPictographic(this.codePoint)) {
          at++
          continue
        }
      }

      return at
    }
  }
}
