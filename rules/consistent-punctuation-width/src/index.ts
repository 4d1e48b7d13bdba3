import type {Root} from 'nlcst'
import {type JoinedText, type Report, candidateTexts, lintRule, locate, placeOf, type OptionsOf} from '@jiaodui/lint-rule'
import {allowedMask, allowedWords} from '@jiaodui/zh-script'
import {asciiOf, chinesePunctuationOf} from '@jiaodui/zh-script'

/** Options of `consistent-punctuation-width`. */
/** Options of `consistent-punctuation-width`: the schema is the one place each option is written. */
const optionsSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    punctuation: {type: 'boolean', default: true, description: 'Report half-width `, : ; ! ? ( )` in Chinese text.'},
    alphanumeric: {type: 'boolean', default: true, description: 'Report full-width Latin letters and digits.'}
  }
} as const

/** Options of `consistent-punctuation-width`, as the factory hands them to the rule (defaults filled in). */
export type Options = OptionsOf<typeof optionsSchema>

// What counts as Chinese on either side of a punctuation mark: hanzi, CJK
// punctuation and the quotation marks and dashes Chinese text uses.
const chineseChar = /[\p{Script=Han}\u3001-\u303F\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65\u201C\u201D\u2018\u2019\u2026\u2014\u00B7]/u
const han = /\p{Script=Han}/u
const digit = /^\d$/
const kana = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u
const space = /[ \t\u00A0\u3000]/
// Spans never touched: URLs, e-mail addresses, file paths and domain names.
const protectedSpan = /\b(?:[a-z][a-z\d+.-]*:\/\/|www\.)[^\s\p{Script=Han}\u3000-\u303F\uFF01-\uFF65“”‘’<>]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[a-z]{2,})+(?:\/[^\s\p{Script=Han}\u3000-\u303F\uFF01-\uFF65“”‘’<>]*)?/giu
const halfwidth = /[,:;!?()]/g
const fullwidthAlphanumeric = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]+/g

const rule = lintRule<Options>(
  {
    origin: 'jiaodui:consistent-punctuation-width',
    family: 'script',
    description: 'Half-width punctuation between hanzi, and full-width Latin letters and digits',
    defaultSeverity: 'warning',
    fixable: true,
    optionsSchema
  },
  function (tree: Root, file, {options, report}) {
    const source = String(file.value)
    const allow = allowedWords(file)
    for (const joined of candidateTexts(tree, source, /[,:;!?()\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/)) {
      const text = joined.text
      // Words of the project's allow-list are skipped like protected spans.
      const skip = allowedMask(text, allow) ?? new Uint8Array(text.length)
      for (const match of text.matchAll(protectedSpan)) skip.fill(1, match.index, match.index + match[0].length)
      // Japanese and Korean clauses have their own conventions.
      if (kana.test(text)) {
        for (const match of text.matchAll(/[^。！？!?\n]+[。！？!?]?/g)) {
          if (kana.test(match[0])) skip.fill(1, match.index, match.index + match[0].length)
        }
      }
      if (options.punctuation) checkPunctuation(text, skip, joined, file, report)
      if (options.alphanumeric) checkAlphanumeric(text, skip, joined, file, report)
    }
  }
)

export default rule

type File = Parameters<Parameters<typeof lintRule<Options>>[1]>[1]

/** The nearest character before `index` that is not a space, or ''. */
function before(text: string, index: number): string {
  let at = index - 1
  while (at >= 0 && space.test(text[at]!)) at--
  return at >= 0 ? text[at]! : ''
}

/** The nearest character from `index` on that is not a space, or ''. */
function after(text: string, index: number): string {
  let at = index
  while (at < text.length && space.test(text[at]!)) at++
  return at < text.length ? text[at]! : ''
}

function checkPunctuation(text: string, skip: Uint8Array, joined: JoinedText, file: File, report: Report): void {
  if (!/[,:;!?()]/.test(text)) return
  const pairs = parenthesisPairs(text)
  for (const match of text.matchAll(halfwidth)) {
    const index = match.index
    const char = match[0]
    if (skip[index]) continue
    let chinese: boolean
    if (char === '(' || char === ')') {
      const other = pairs.get(index)
      if (other === undefined) continue
      const [open, close] = char === '(' ? [index, other] : [other, index]
      // A bracket pair is Chinese when what it encloses has hanzi: `(责编:黄瑾)`,
      // not `(Beijing)`, `(1)` or a pinyin reading `(fā)`.
      chinese = han.test(text.slice(open + 1, close)) && !skip[open] && !skip[close]
    } else {
      const previous = before(text, index)
      const next = after(text, index + 1)
      const previousAt = text.lastIndexOf(previous, index - 1)
      // Between Chinese on both sides, or between Chinese and a number
      // (`户,10月`, `77.6%,其余`), never between two digits (`1,000`, `10:31`);
      // all but `,` may also end the paragraph (`同志们:`).
      // A closing bracket of a Chinese pair (`(服务团),做到`) or of a pinyin
      // reading (`精準(zhǔn),深入`) counts as Chinese.
      const previousChinese = chineseChar.test(previous) || (previous === ')' && chineseBracket(text, pairs, previousAt))
      const nextChinese = chineseChar.test(next)
      chinese =
        (previousChinese && (nextChinese || digit.test(next) || (next === '' && char !== ','))) ||
        (nextChinese && (digit.test(previous) || previous === '%'))
    }
    if (!chinese) continue
    const wide = chinesePunctuationOf(char)!
    const span = locate(joined, index, 1)
    if (!span) continue
    report(`Unexpected half-width \`${char}\` in Chinese text, expected \`${wide}\``, {
      place: placeOf(file, span.start, span.exact ? span.start + 1 : span.end),
      expected: span.exact ? [wide] : undefined,
      note: 'Chinese text uses full-width punctuation between hanzi (GB/T 15834-2011 Punctuation marks, section 4); half-width commas, colons and brackets come from typing with an English input method or from conversions.',
      data: {kind: 'half-width-punctuation', character: char}
    })
  }
}

/** Whether the `)` at `close` ends a pair with hanzi inside or right before it. */
function chineseBracket(text: string, pairs: Map<number, number>, close: number): boolean {
  const open = pairs.get(close)
  if (open === undefined) return false
  return han.test(text.slice(open + 1, close)) || (open > 0 && han.test(text[open - 1]!))
}

/** Matching parentheses `(`/`)` of a text: offset → offset of its partner. */
function parenthesisPairs(text: string): Map<number, number> {
  const pairs = new Map<number, number>()
  const stack: number[] = []
  for (let index = 0; index < text.length; index++) {
    // Char codes, not `text[index]`: that allocates a string per hanzi.
    const code = text.charCodeAt(index)
    if (code === 0x28) stack.push(index)
    else if (code === 0x29) {
      const open = stack.pop()
      if (open !== undefined) {
        pairs.set(open, index)
        pairs.set(index, open)
      }
    }
  }
  return pairs
}

function checkAlphanumeric(text: string, skip: Uint8Array, joined: JoinedText, file: File, report: Report): void {
  if (!/[\uFF10-\uFF5A]/.test(text)) return
  for (const match of text.matchAll(fullwidthAlphanumeric)) {
    if (skip[match.index]) continue
    const run = match[0]
    const ascii = Array.from(run, (char) => asciiOf(char) ?? char).join('')
    const span = locate(joined, match.index, run.length)
    if (!span) continue
    report(`Unexpected full-width \`${run}\`, expected \`${ascii}\``, {
      place: placeOf(file, span.start, span.exact ? span.start + run.length : span.end),
      expected: span.exact ? [ascii] : undefined,
      note: 'Latin letters and Arabic numerals in Chinese text are written half-width (GB/T 15834-2011; GB/T 15835-2011 Use of numerals in publications); full-width forms break search, numbers and sorting.',
      data: {kind: 'full-width-alphanumeric'}
    })
  }
}
