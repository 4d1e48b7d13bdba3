/** Text helpers shared by the classifier and the metadata reader. */

// Pinyin left behind by flattened ruby markup: `發(fā)`, `網(wǎng)`. Only
// parenthesised Latin with a tone mark right after a hanzi is taken as pinyin.
const pinyin = /(?<=\p{Script=Han})\((?=[a-zü]{0,6}[\u00E0-\u00FC\u0100-\u01DC])[a-z\u00E0-\u00FC\u0100-\u01DC]{1,7}\)/gu
const spaces = /[\s\u3000\u00A0\uFEFF\u200B]+/g

/**
 * The text of a line as patterns see it: pinyin debris removed, whitespace
 * runs (including U+3000 and no-break spaces) collapsed to one space, trimmed.
 */
export function normalise(text: string): string {
  const withoutPinyin = (text.includes('(') ? text.replace(pinyin, '') : text).replace(/[︰﹕]/g, '：')
  // Separators left at the edges of a line by flattened markup (`| 发布时间: …`).
  return withoutPinyin.replace(spaces, ' ').trim().replace(/^[|｜丨]\s?|\s?[|｜丨]$/gu, '')
}

/** Visible characters (code points, spaces excluded) of normalised text. */
export function visibleLength(normalised: string): number {
  let count = 0
  for (const char of normalised) if (char !== ' ') count++
  return count
}

/** Letters and hanzi in a line (a title has words, not only digits and symbols). */
export function wordCount(normalised: string): number {
  return countLetters(normalised)
}

/**
 * How many code points of `text` a one-character pattern matches, without a
 * match object per character (the line metrics of every line were a tenth of
 * the rule's time, most of it garbage): each BMP code unit is tested once per
 * process and remembered, astral code points are tested as they come. Counts
 * what a global `u` regular expression of the same class counts by `exec`.
 */
export function codePointCounter(pattern: RegExp): (text: string) => number {
  if (pattern.global || pattern.sticky) throw new Error('codePointCounter: a pattern without the g and y flags')
  // 0: not yet tested, 1: matches, 2: does not.
  const known = new Uint8Array(0x10000)
  return (text) => {
    let count = 0
    for (let index = 0; index < text.length; ) {
      const code = text.codePointAt(index)!
      if (code > 0xffff) {
        if (pattern.test(String.fromCodePoint(code))) count++
        index += 2
        continue
      }
      index++
      let state = known[code]!
      if (state === 0) {
        state = pattern.test(String.fromCharCode(code)) ? 1 : 2
        known[code] = state
      }
      if (state === 1) count++
    }
    return count
  }
}

const countLetters = codePointCounter(/\p{L}/u)

/** Clause and sentence punctuation marks in a line. */
export function punctuationCount(normalised: string): number {
  // What `/[，。！？；、]|[,;!?](?!\d)/g` counts: full-width marks, and half-width ones not before a digit (`1,000`).
  let count = 0
  for (let index = 0; index < normalised.length; index++) {
    const unit = normalised.charCodeAt(index)
    if (fullWidthClause.has(unit)) count++
    else if (halfWidthClause.has(unit)) {
      // (Not read past the end: an out-of-bounds read deoptimises the loop.)
      const next = index + 1 < normalised.length ? normalised.charCodeAt(index + 1) : 0
      if (!(next >= 0x30 && next <= 0x39)) count++
    }
  }
  return count
}

const fullWidthClause = new Set([...'，。！？；、'].map((mark) => mark.charCodeAt(0)))
const halfWidthClause = new Set([...',;!?'].map((mark) => mark.charCodeAt(0)))

/** Whether a line ends like a sentence (。？！, or `?` / `.` after hanzi). */
export function endsLikeSentence(normalised: string): boolean {
  return /(?:[。？！?…]|(?<=[^\x00-\x7F])\.)["”」』’）)]?$/u.test(normalised)
}

/** Whether a line ends with any clause punctuation (a fragment of prose broken over lines). */
export function endsWithPunctuation(normalised: string): boolean {
  return /[。！？；，、：…!?;,:]["”」』’）)]?$/u.test(normalised)
}

/** Whether a line has clause punctuation (，；) inside. */
export function hasClause(normalised: string): boolean {
  return /[，；,;](?!\d)/.test(normalised)
}

/** Quote text for a message reason: at most `max` characters, backticks replaced. */
export function quote(text: string, max = 30): string {
  const chars = [...text.replace(spaces, ' ').trim().replace(/`/g, "'")]
  return chars.length > max ? chars.slice(0, max - 1).join('') + '…' : chars.join('')
}
