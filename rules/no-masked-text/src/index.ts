import type {Root} from 'nlcst'
import {lintRule, paragraphsOf, paragraphText, placeOf, type OptionsOf, type ParagraphPiece} from '@jiaodui/lint-rule'

/** Options of `no-masked-text`: the schema is the one place each option is written. */
const optionsSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    minLength: {
      type: 'integer',
      minimum: 2,
      maximum: 20,
      default: 2,
      description: 'Shortest run of mask characters that is reported.'
    }
  }
} as const

/** Options of `no-masked-text`, as the factory hands them to the rule (defaults filled in). */
export type Options = OptionsOf<typeof optionsSchema>

/** Mask characters: asterisks, multiplication signs, squares, blocks, circles. */
const maskRun = /([*＊×✕╳□■█▇○●◯])\1+|[*＊]{2,}|[×✕]{2,}|[□■]{2,}/gu
const hanzi = /\p{Script=Han}/u
const chineseNumeral = /[〇○◯零一二三四五六七八九十百千万萬两兩]/u
const latinOrDigit = /[A-Za-z0-9０-９Ａ-Ｚａ-ｚ]/u

const rule = lintRule<Options>(
  {
    origin: 'jiaodui:no-masked-text',
    family: 'boilerplate',
    description: 'Masked or censored words such as *** or ×× that a person must restore',
    defaultSeverity: 'warning',
    fixable: false,
    optionsSchema
  },
  function (tree: Root, file, {options, report}) {
    const source = String(file.value)
    const {minLength} = options
    for (const paragraph of paragraphsOf(tree)) {
      const {pieces, text} = paragraphText(paragraph, source)
      check(pieces, text)
    }

    function check(pieces: readonly ParagraphPiece[], text: string) {
      if (!/[*＊×✕╳□■█▇○●◯]/u.test(text)) return
      const lines = new LineBounds(text)
      for (const match of text.matchAll(maskRun)) {
        const run = match[0]
        const index = match.index
        const length = [...run].length
        if (length < minLength) continue
        const before = [...text.slice(Math.max(0, index - 2), index)].at(-1) ?? ''
        const after = [...text.slice(index + run.length, index + run.length + 2)][0] ?? ''
        // Masking counts only between words: a run alone on a line is a separator
        // (`***`), next to digits or Latin it is a redacted number (`138****5678`,
        // a card's `****1234`) or arithmetic, both intended.
        if (!hanzi.test(before) && !hanzi.test(after)) continue
        if (latinOrDigit.test(before) || latinOrDigit.test(after)) continue
        // `**加粗**` in a text file: paired emphasis markers, not masking. Three or
        // more asterisks right between two hanzi (`造成***充血`) mask a word even
        // when another run follows on the line.
        const betweenHanzi = hanzi.test(before) && hanzi.test(after)
        if (/^[*＊]+$/u.test(run) && !(betweenHanzi && length >= 3) && isEmphasis(text, index, run, lines)) continue
        // `將軍澳** | 38 |`: asterisks right after a word and before a cell border, a space
        // (or, one or two of them, the end of the line) mark a footnote, not removed words.
        if (/^[*＊]{1,3}$/u.test(run) && hanzi.test(before) && (/[\s|｜]/u.test(after) || (after === '' && length <= 2))) continue
        // `二○○九年`: the circle is a zero among Chinese numerals, not a mask.
        if (/^[○〇◯]+$/u.test(run) && (chineseNumeral.test(before) || chineseNumeral.test(after))) continue
        // Bullets (`■ 标题`, `●●` as a rating) at the start of a line are layout.
        if (/^[■●○◯]+$/u.test(run) && (before === '' || /\s/.test(before))) continue
        const place = placeFor(pieces, index, run.length)
        if (!place) continue
        const context = quoteAround(text, index, run.length)
        report(`Unexpected masked text \`${run}\` in \`${context}\`, expected the original words`, {
          place,
          note:
            'Masked or censored words (*** , ××, □□) stand for words that were removed or could not be displayed; the sentence does not read without them. A person must restore the words from the original source; there is no automatic fix.',
          data: {kind: 'masked', length}
        })
      }
    }

    function placeFor(pieces: readonly ParagraphPiece[], index: number, length: number) {
      const first = pieces[lastAtOrBefore(pieces, index)]
      const last = pieces[lastAtOrBefore(pieces, index + length - 1)]
      if (!first || !last || first.start < 0 || last.end < 0) return undefined
      // Inside a node whose source is its value, offsets are exact; a node
      // written with escapes or entities (`\\*`, `&times;`) is taken whole.
      const start = first.exact ? first.start + (index - first.at) : first.start
      const end = last.exact ? Math.min(last.start + (index + length - last.at), last.end) : last.end
      return end > start ? placeOf(file, start, end) : undefined
    }
  }
)

/** Whether the asterisks at `index` open or close a `**…**` pair on the same line. */
export function isEmphasis(text: string, index: number, run: string, lines: LineBounds): boolean {
  const [lineStart, lineEnd] = lines.around(index)
  const end = index + run.length
  const escaped = run.replace(/\*/g, '\\*')
  // The same tests on the line as before, on windows that bound them: a match
  // cannot reach past the next (or before the previous) ASCII `*`, as `[^*]`
  // stops there. Testing whole lines was quadratic on a line of many runs.
  const ascii = run.includes('*')
  const nextStar = ascii ? text.indexOf('*', end + 1) : -1
  const afterEnd = nextStar === -1 || nextStar >= lineEnd ? lineEnd : Math.min(lineEnd, nextStar + 1 + run.length)
  const closes = new RegExp(`^\\S[^*]*?\\S?${escaped}`).test(text.slice(end, afterEnd))
  if (closes) return true
  if (!ascii) return new RegExp(`${escaped}[^*]*?\\S$`).test(text.slice(lineStart, index))
  // An opening run of `*` must hold the last `*` before this run (none between them).
  const previousStar = index >= 2 ? text.lastIndexOf('*', index - 2) : -1
  if (previousStar < lineStart) return false
  return new RegExp(`${escaped}[^*]*?\\S$`).test(text.slice(Math.max(lineStart, previousStar - run.length + 1), index))
}

/**
 * The line around an offset of one text, remembered between calls: runs are
 * visited in order, so each line is found once (searching for line ends from
 * every run of a long line was quadratic).
 */
export class LineBounds {
  private start = 0
  private end = -1

  constructor(private readonly text: string) {}

  around(index: number): [number, number] {
    if (index < this.start || index >= this.end) {
      this.start = this.text.lastIndexOf('\n', index) + 1
      const end = this.text.indexOf('\n', index)
      this.end = end === -1 ? this.text.length : end
    }
    return [this.start, this.end]
  }
}

/** Index of the last piece starting at or before `offset` (pieces are in text order); -1 when none. */
function lastAtOrBefore(pieces: readonly ParagraphPiece[], offset: number): number {
  let low = 0
  let high = pieces.length - 1
  let found = -1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (pieces[middle]!.at <= offset) {
      found = middle
      low = middle + 1
    } else high = middle - 1
  }
  return found
}

/** A short quote of the text around a match, for the reason. */
function quoteAround(text: string, index: number, length: number): string {
  const lineStart = Math.max(text.lastIndexOf('\n', index) + 1, index - 12)
  let lineEnd = text.indexOf('\n', index + length)
  if (lineEnd === -1) lineEnd = text.length
  lineEnd = Math.min(lineEnd, index + length + 12)
  return text.slice(lineStart, lineEnd).replace(/`/g, "'").trim()
}

export default rule
