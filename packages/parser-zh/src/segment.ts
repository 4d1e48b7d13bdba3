import {type TokenKind, kindNames, lex} from './lexer.js'

/** Kind of a word token. */
export type WordKind = Extract<TokenKind, 'han' | 'latin' | 'number' | 'url' | 'email'>

/** A token of `segment`: `value === text.slice(start, end)` (UTF-16 offsets). */
export interface Token<Kind extends TokenKind = TokenKind> {
  value: string
  start: number
  end: number
  kind: Kind
}

/**
 * Split text into all its tokens, exactly as the parser does (contiguous,
 * never empty, covering the whole text).
 *
 * Kinds: `han` (a dictionary word of Han, kana or hangul characters), `latin`
 * (letters and digits with inner `.` `-` `'` `_` `&`), `number` (digits with
 * inner `.`, thousands `,`, time `:`, `/` and `-`: `19.5`, `1,234`, `10:31`),
 * `url`, `email`, `punctuation`, `symbol`, `emoji`, `invisible` (one format
 * character such as U+200B or U+FEFF) and `whitespace`.
 */
export function segment(text: string): Token[] {
  const result: Token[] = []
  lex(text, 0, text.length, function (kind, start, end) {
    result.push({value: text.slice(start, end), start, end, kind: kindNames[kind]!})
  })
  return result
}

/**
 * Split text into words: the `han`, `latin`, `number`, `url` and `email`
 * tokens of `segment`, with UTF-16 offsets into `text`.
 *
 * @example
 *   segmentWords('全县共培训12.5万名新型农民')
 *   // 全县 共 培训 12.5 万名 新型 农民 (the segmenter's dictionary decides)
 */
export function segmentWords(text: string): Array<Token<WordKind>> {
  const result: Array<Token<WordKind>> = []
  lex(text, 0, text.length, function (kind, start, end) {
    if (kind <= 4) {
      result.push({
        value: text.slice(start, end),
        start,
        end,
        kind: kindNames[kind] as WordKind
      })
    }
  })
  return result
}
