import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {corpusRule, placeOf, type OptionsOf} from '@jiaodui/lint-rule'
import {toString} from 'nlcst-to-string'
import {defaultTemplateOptions, findRepeatedLines, sourceOf, type FileData} from './templates.js'

export {findRepeatedLines, sourceOf} from './templates.js'
export type {FileData, Finding, TemplateOptions} from './templates.js'

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

/**
 * The lines of a file as recorded by the per-file phase, in columns: a run keeps them for every
 * file until the corpus phase, and at 100 000 articles an object and two strings per line (about
 * 200 bytes) were about a third of what a run kept per article; here a line is 33 bytes.
 */
export interface LineFingerprints {
  /** Hash of each normalised line (whitespace collapsed and trimmed): 53 bits, exact in a double. */
  keys: Float64Array
  /**
   * Six numbers per line: its offsets (the deletion span, line ending included in `.txt`), the
   * offsets of the visible line without its ending, and its position among the non-blank lines
   * of the file from the start and from the end.
   */
  spans: Int32Array
  /**
   * Per line: `sentence` (a sentence or quotation: reported only as a site's opening or closing
   * line) and `scraped` (already reported by `no-scraped-boilerplate` in the per-file phase: one
   * message per line is enough; decided then, not in the corpus phase, which must not read other
   * rules' messages, packed away by the CLI after the per-file phase).
   */
  flags: Uint8Array
  /** Markdown and HTML: each line's text as read from the tree, for the message (the source has markup). Plain text is re-read from the file. */
  previews?: string[]
}

/** Where each number of a line is in `LineFingerprints.spans`. */
const START = 0
const END = 1
const TEXT_START = 2
const TEXT_END = 3
const RANK = 4
const FROM_END = 5
const STRIDE = 6
/** `LineFingerprints.flags` bits. */
const SENTENCE = 1
const SCRAPED = 2

declare module 'vfile' {
  interface DataMap {
    /** Line fingerprints recorded by `no-repeated-boilerplate` for its corpus phase. */
    lineFingerprints: LineFingerprints
    /** The source the file belongs to (folder and name without its number), for site templates. */
    lineSource: string
  }
}

const spaces = /[\s\u3000\u00A0\uFEFF\u200B]+/g

/** Whitespace-normalised text of a line. */
export function normaliseLine(text: string): string {
  return text.replace(spaces, ' ').trim()
}

/** 53-bit FNV-1a style hash of a string: an integer exact in a double. */
export function hashLineNumber(text: string): number {
  let h1 = 0x811c9dc5
  let h2 = 0x01000193
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    h1 = Math.imul(h1 ^ code, 0x01000193)
    h2 = Math.imul(h2 ^ code, 0x5bd1e995)
  }
  return (h1 >>> 0) + (h2 >>> 11) * 0x100000000
}

/** `hashLineNumber` in base 36: a short string key. */
export function hashLine(text: string): string {
  return hashLineNumber(text).toString(36)
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
    const recorded = new Recorder(given === 'md' || given === 'html')
    let rank = 0
    const add = (raw: string, textStart: number, textEnd: number, start: number, end: number) => {
      const text = normaliseLine(raw)
      if (text === '') return
      const length = codePointsWithoutSpaces(text)
      rank++
      // Table rows (`| --- | --- |`) repeat across articles with tables; they are content.
      if (length < minLength || length > maxLength || /^\|.*\|$/.test(text) || isQuotation(text)) return
      recorded.add(text, [start, end, textStart, textEnd, rank - 1], isSentence(text))
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
    file.data.lineFingerprints = recorded.finish(rank, coveredByScraped(file))
    file.data.lineSource = sourceOf(file.path)
  },
  function complete(files, {options, reporter}) {
    const data: FileData[] = files.map((file) => fileDataOf(file.data.lineSource ?? '', file.data.lineFingerprints))
    const findings = findRepeatedLines(data, {
      ...defaultTemplateOptions,
      minFiles: options.minFiles,
      minShare: options.minShare
    })
    for (const finding of findings) {
      const file = files[finding.file]!
      const fingerprints = file.data.lineFingerprints!
      if (fingerprints.flags[finding.line]! & SCRAPED) continue
      const at = finding.line * STRIDE
      const start = fingerprints.spans[at + START]!
      const end = fingerprints.spans[at + END]!
      const preview = fingerprints.previews?.[finding.line] ?? previewOf(String(file.value).slice(fingerprints.spans[at + TEXT_START], fingerprints.spans[at + TEXT_END]))
      const line = preview.replace(/`/g, "'")
      if (finding.reason === 'repeated') {
        reporter(file)(`Unexpected line \`${line}\` repeated in ${finding.files} files, expected nothing`, {
          place: placeOf(file, start, end),
          expected: [''],
          note: `The same line occurs verbatim in ${finding.files} of the ${files.length} files of this run: a site-wide line (promotion, slogan, account box) rather than part of the article. Delete it; raise \`minFiles\` if the run really shares it.`,
          data: {kind: 'repeated', files: finding.files}
        })
        continue
      }
      const source = file.data.lineSource || 'this run'
      reporter(file)(`Unexpected site template line \`${line}\` ${finding.reason === 'opening' ? 'opening' : 'closing'} ${finding.files} of ${finding.sourceFiles} articles of \`${source}\`, expected nothing`, {
        place: placeOf(file, start, end),
        expected: [''],
        note: `The same line ${finding.reason === 'opening' ? 'opens' : 'closes'} ${finding.files} of the ${finding.sourceFiles} articles from this source in the run: the site's template (a subscription appeal, a promotion), not part of this article, even though it reads as a sentence.`,
        data: {kind: 'site-template', files: finding.files, sourceFiles: finding.sourceFiles, position: finding.reason}
      })
    }
  }
)

/** The message's quotation of a line: its first 40 characters, whitespace normalised. */
function previewOf(text: string): string {
  return [...normaliseLine(text)].slice(0, 40).join('')
}

/** Builds a file's `LineFingerprints` line by line, in growing columns. */
class Recorder {
  private keys = new Float64Array(64)
  private spans = new Int32Array(64 * STRIDE)
  private flags = new Uint8Array(64)
  private readonly previews: string[] | undefined
  private count = 0

  constructor(keepPreviews: boolean) {
    this.previews = keepPreviews ? [] : undefined
  }

  /** One line: its normalised text, `[start, end, textStart, textEnd, rank]`, whether a sentence. */
  add(text: string, numbers: readonly [number, number, number, number, number], sentence: boolean): void {
    if (this.count === this.keys.length) this.grow()
    this.keys[this.count] = hashLineNumber(text)
    this.spans.set(numbers, this.count * STRIDE)
    this.flags[this.count] = sentence ? SENTENCE : 0
    this.previews?.push([...text].slice(0, 40).join(''))
    this.count++
  }

  /** The columns cut to size, with each line's rank from the end and whether `scraped` covers it. */
  finish(lines: number, scraped: (start: number, end: number) => boolean): LineFingerprints {
    const spans = this.spans.slice(0, this.count * STRIDE)
    const flags = this.flags.slice(0, this.count)
    for (let line = 0; line < this.count; line++) {
      const at = line * STRIDE
      spans[at + FROM_END] = lines - 1 - spans[at + RANK]!
      if (scraped(spans[at + TEXT_START]!, spans[at + TEXT_END]!)) flags[line]! |= SCRAPED
    }
    const fingerprints: LineFingerprints = {keys: this.keys.slice(0, this.count), spans, flags}
    if (this.previews) fingerprints.previews = this.previews
    return fingerprints
  }

  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2)
    keys.set(this.keys)
    this.keys = keys
    const spans = new Int32Array(this.spans.length * 2)
    spans.set(this.spans)
    this.spans = spans
    const flags = new Uint8Array(this.flags.length * 2)
    flags.set(this.flags)
    this.flags = flags
  }
}

/** A file's lines as `findRepeatedLines` reads them: its fingerprint columns. */
function fileDataOf(source: string, fingerprints: LineFingerprints | undefined): FileData {
  if (!fingerprints) return {source, keys: [], isSentence: () => false, rank: () => 0, fromEnd: () => 0}
  const {keys, flags, spans} = fingerprints
  return {
    source,
    keys,
    isSentence: (line) => (flags[line]! & SENTENCE) !== 0,
    rank: (line) => spans[line * STRIDE + RANK]!,
    fromEnd: (line) => spans[line * STRIDE + FROM_END]!
  }
}

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
