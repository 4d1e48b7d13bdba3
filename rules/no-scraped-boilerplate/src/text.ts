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

const clause = /[，。！？；、]|[,;!?](?!\d)/g

/** Letters and hanzi in a line (a title has words, not only digits and symbols). */
export function wordCount(normalised: string): number {
  return countMatches(normalised, letter)
}

const letter = /\p{L}/gu

/**
 * How many times a global regular expression matches: counted one match at
 * a time, where `match(…).length` held every match of a line at once (a line
 * of a megabyte made arrays of hundreds of thousands of strings, and most of
 * the rule's time was garbage collection).
 */
export function countMatches(text: string, pattern: RegExp): number {
  let count = 0
  pattern.lastIndex = 0
  while (pattern.exec(text) !== null) count++
  return count
}

/** Clause and sentence punctuation marks in a line. */
export function punctuationCount(normalised: string): number {
  return countMatches(normalised, clause)
}

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
