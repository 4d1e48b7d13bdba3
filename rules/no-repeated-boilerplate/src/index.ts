import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {corpusRule, placeOf, type OptionsOf} from '@jiaodui/lint-rule'
import {toString} from 'nlcst-to-string'
import {defaultTemplateOptions, findRepeatedLines, sourceOf, type FileData} from './templates.js'

export {findRepeatedLines, sourceOf} from './templates.js'
export type {FileData, Finding, LineData, TemplateOptions} from './templates.js'

/** Options of `no-repeated-boilerplate`: the schema is the one place each option is written. */
const optionsSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    minFiles: {
      type: 'integer',
      minimum: 2,
      default: 3,
      description: 'A line is boilerplate when it occurs in at least this many files of the run.'
    },
    minShare: {
      type: 'number',
      minimum: 0,
      maximum: 1,
      default: 0,
      description: 'And in at least this share of the files of the run (0: no share needed).'
    },
    minLength: {type: 'integer', minimum: 1, default: 2, description: 'Lines with fewer visible characters are ignored.'},
    maxLength: {
      type: 'integer',
      minimum: 1,
      default: 200,
      description: 'Lines with more visible characters are ignored: paragraphs are not boilerplate lines.'
    }
  }
} as const

/** Options of `no-repeated-boilerplate`, as the factory hands them to the rule (defaults filled in). */
export type Options = OptionsOf<typeof optionsSchema>

/** One line of a file, as recorded by the per-file phase. */
export interface LineFingerprint {
  /** Hash of the normalised line (whitespace collapsed and trimmed). */
  key: string
  /** Offsets of the line (deletion span: line ending included in `.txt`). */
  start: number
  end: number
  /** Offsets of the visible line, without its ending. */
  textStart: number
  textEnd: number
  /** The line, for the message (at most 40 characters). */
  preview: string
  /** A sentence or quotation: reported only as a site's opening or closing line. */
  sentence: boolean
  /** Position among the non-blank lines of the file, from the start and from the end. */
  rank: number
  fromEnd: number
  /**
   * Already reported by `no-scraped-boilerplate` in the per-file phase: one
   * message per line is enough. Decided then, not in the corpus phase, which
   * must not read other rules' messages (the CLI packs them away after the
   * per-file phase to keep a run's memory small).
   */
  scraped?: boolean
}

declare module 'vfile' {
  interface DataMap {
    /** Line fingerprints recorded by `no-repeated-boilerplate` for its corpus phase. */
    lineFingerprints: LineFingerprint[]
    /** The source the file belongs to (folder and name without its number), for site templates. */
    lineSource: string
  }
}

const spaces = /[\s\u3000\u00A0\uFEFF\u200B]+/g

/** Whitespace-normalised text of a line. */
export function normaliseLine(text: string): string {
  return text.replace(spaces, ' ').trim()
}

/** 53-bit FNV-1a style hash of a string, base 36: short keys that survive structured cloning. */
export function hashLine(text: string): string {
  let h1 = 0x811c9dc5
  let h2 = 0x01000193
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    h1 = Math.imul(h1 ^ code, 0x01000193)
    h2 = Math.imul(h2 ^ code, 0x5bd1e995)
  }
  return ((h1 >>> 0) + (h2 >>> 11) * 0x100000000).toString(36)
}

/**
 * `[...text.replace(/ /g, '')].length` without an array of one string per character: code points
 * once the spaces are gone (a high and a low surrogate on either side of a space join).
 */
function codePointsWithoutSpaces(text: string): number {
  let count = 0
  let high = false
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index)
    if (unit === 0x20) continue
    if (high && unit >= 0xdc00 && unit <= 0xdfff) {
      high = false
      continue
    }
    count++
    high = unit >= 0xd800 && unit <= 0xdbff
  }
  return count
}

/**
 * Lines of a quotation are the story's own words, never page furniture, even
 * when two articles share them; a sentence is reported only when it opens or
 * closes most articles of one source (a site template).
 */
function isQuotation(text: string): boolean {
  return /^[“「『"‘]/u.test(text)
}

function isSentence(text: string): boolean {
  return /[。！？][”」』"’]?$/u.test(text)
}

const rule = corpusRule<Options>(
  {
    origin: 'jiaodui:no-repeated-boilerplate',
    family: 'boilerplate',
    description: 'Lines that recur verbatim across several articles of the same run',
    defaultSeverity: 'error',
    produces: ['lineFingerprints', 'lineSource'],
    fixable: true,
    optionsSchema
  },
  function collect(tree: Root, file, {options}) {
    const value = String(file.value)
    const given = (file.data as {format?: unknown}).format
    const {minLength, maxLength} = options
    const fingerprints: LineFingerprint[] = []
    let rank = 0
    const add = (raw: string, textStart: number, textEnd: number, start: number, end: number) => {
      const text = normaliseLine(raw)
      if (text === '') return
      const length = codePointsWithoutSpaces(text)
      rank++
      // Table rows (`| --- | --- |`) repeat across articles with tables; they are content.
      if (length < minLength || length > maxLength || /^\|.*\|$/.test(text) || isQuotation(text)) return
      const sentence = isSentence(text)
      fingerprints.push({key: hashLine(text), start, end, textStart, textEnd, preview: [...text].slice(0, 40).join(''), sentence, rank: rank - 1, fromEnd: 0})
    }
    if (given === 'md' || given === 'html') {
      for (const child of tree.children) {
        if (child.type !== 'ParagraphNode') continue
        const start = child.position?.start.offset
        const end = child.position?.end.offset
        if (start === undefined || end === undefined) continue
        add(toString(child), start, end, start, end)
      }
    } else {
      let start = 0
      while (start < value.length) {
        let newline = value.indexOf('\n', start)
        if (newline === -1) newline = value.length
        const textEnd = newline > start && value.charCodeAt(newline - 1) === 13 ? newline - 1 : newline
        const end = newline < value.length ? newline + 1 : newline
        if (textEnd - start <= maxLength * 4) add(value.slice(start, textEnd), start, textEnd, start, end)
        start = newline + 1
      }
    }
    const scraped = coveredByScraped(file)
    for (const fingerprint of fingerprints) {
      fingerprint.fromEnd = rank - 1 - fingerprint.rank
      if (scraped(fingerprint.textStart, fingerprint.textEnd)) fingerprint.scraped = true
    }
    file.data.lineFingerprints = fingerprints
    file.data.lineSource = sourceOf(file.path)
  },
  function complete(files, {options, reporter}) {
    const data: FileData[] = files.map((file) => ({
      source: file.data.lineSource ?? '',
      lines: (file.data.lineFingerprints ?? []).map(({key, sentence, rank, fromEnd}) => ({key, sentence: sentence ?? false, rank: rank ?? 0, fromEnd: fromEnd ?? 0}))
    }))
    const findings = findRepeatedLines(data, {
      ...defaultTemplateOptions,
      minFiles: options.minFiles,
      minShare: options.minShare
    })
    for (const finding of findings) {
      const file = files[finding.file]!
      const fingerprint = file.data.lineFingerprints![finding.line]!
      if (fingerprint.scraped) continue
      const line = fingerprint.preview.replace(/`/g, "'")
      if (finding.reason === 'repeated') {
        reporter(file)(`Unexpected line \`${line}\` repeated in ${finding.files} files, expected nothing`, {
          place: placeOf(file, fingerprint.start, fingerprint.end),
          expected: [''],
          note: `The same line occurs verbatim in ${finding.files} of the ${files.length} files of this run: a site-wide line (promotion, slogan, account box) rather than part of the article. Delete it; raise \`minFiles\` if the run really shares it.`,
          data: {kind: 'repeated', files: finding.files}
        })
        continue
      }
      const source = file.data.lineSource || 'this run'
      reporter(file)(`Unexpected site template line \`${line}\` ${finding.reason === 'opening' ? 'opening' : 'closing'} ${finding.files} of ${finding.sourceFiles} articles of \`${source}\`, expected nothing`, {
        place: placeOf(file, fingerprint.start, fingerprint.end),
        expected: [''],
        note: `The same line ${finding.reason === 'opening' ? 'opens' : 'closes'} ${finding.files} of the ${finding.sourceFiles} articles from this source in the run: the site's template (a subscription appeal, a promotion), not part of this article, even though it reads as a sentence.`,
        data: {kind: 'site-template', files: finding.files, sourceFiles: finding.sourceFiles, position: finding.reason}
      })
    }
  }
)

/** Whether `[start, end)` of a file is inside a `no-scraped-boilerplate` message. */
function coveredByScraped(file: VFile): (start: number, end: number) => boolean {
  const spans: Array<[number, number]> = []
  for (const message of file.messages) {
    if (message.ruleId !== 'no-scraped-boilerplate') continue
    const place = message.place
    if (!place || !('start' in place)) continue
    const from = place.start.offset
    const to = place.end.offset
    if (from !== undefined && to !== undefined) spans.push([from, to])
  }
  if (spans.length === 0) return () => false
  spans.sort((a, b) => a[0] - b[0])
  return (start, end) => {
    // Binary search for the last span starting at or before `start`.
    let low = 0
    let high = spans.length - 1
    let found = -1
    while (low <= high) {
      const middle = (low + high) >> 1
      if (spans[middle]![0] <= start) {
        found = middle
        low = middle + 1
      } else high = middle - 1
    }
    return found !== -1 && spans[found]![1] >= end
  }
}

export default rule
