import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {corpusRule, placeOf} from '@jiaodui/lint-rule'
import {toString} from 'nlcst-to-string'

/** Options of `no-repeated-boilerplate`. */
export interface Options {
  /** A line is boilerplate when it occurs in at least this many files of the run (default 3). */
  minFiles?: number
  /** …and in at least this share of the files of the run, 0–1 (default 0: no share needed). */
  minShare?: number
  /** Lines with fewer visible characters are ignored (default 2). */
  minLength?: number
  /** Lines with more visible characters are ignored: paragraphs are not boilerplate lines (default 200). */
  maxLength?: number
}

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
}

declare module 'vfile' {
  interface DataMap {
    /** Line fingerprints recorded by `no-repeated-boilerplate` for its corpus phase. */
    lineFingerprints: LineFingerprint[]
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
 * Lines of a quotation or sentence are the story's own words, never page
 * furniture, even when two articles share them.
 */
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

function isQuoteOrSentence(text: string): boolean {
  return /^[“「『"‘]/u.test(text) || /[。！？][”」』"’]?$/u.test(text)
}

const rule = corpusRule<Options>(
  {
    origin: 'jiaodui:no-repeated-boilerplate',
    family: 'boilerplate',
    description: 'Lines that recur verbatim across several articles of the same run',
    defaultSeverity: 'error',
    produces: ['lineFingerprints'],
    fixable: true,
    optionsSchema: {
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
          description: 'And in at least this share of the files of the run.'
        },
        minLength: {type: 'integer', minimum: 1, default: 2, description: 'Shorter lines are ignored.'},
        maxLength: {type: 'integer', minimum: 1, default: 200, description: 'Longer lines are ignored.'}
      }
    }
  },
  function collect(tree: Root, file, {options}) {
    const value = String(file.value)
    const given = (file.data as {format?: unknown}).format
    const minLength = options.minLength ?? 2
    const maxLength = options.maxLength ?? 200
    const fingerprints: LineFingerprint[] = []
    const add = (raw: string, textStart: number, textEnd: number, start: number, end: number) => {
      const text = normaliseLine(raw)
      const length = codePointsWithoutSpaces(text)
      if (length < minLength || length > maxLength || isQuoteOrSentence(text)) return
      fingerprints.push({key: hashLine(text), start, end, textStart, textEnd, preview: [...text].slice(0, 40).join('')})
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
    file.data.lineFingerprints = fingerprints
  },
  function complete(files, {options, reporter}) {
    const minFiles = options.minFiles ?? 3
    const minShare = options.minShare ?? 0
    // In how many files each line occurs (a line repeated inside one file counts once).
    const counts = new Map<string, number>()
    for (const file of files) {
      const seen = new Set<string>()
      for (const fingerprint of file.data.lineFingerprints ?? []) {
        if (seen.has(fingerprint.key)) continue
        seen.add(fingerprint.key)
        counts.set(fingerprint.key, (counts.get(fingerprint.key) ?? 0) + 1)
      }
    }
    const needed = Math.max(minFiles, Math.ceil(minShare * files.length))
    for (const file of files) {
      const fingerprints = file.data.lineFingerprints ?? []
      if (fingerprints.length === 0) continue
      const covered = coveredByScraped(file)
      const report = reporter(file)
      for (const fingerprint of fingerprints) {
        const count = counts.get(fingerprint.key) ?? 0
        if (count < needed) continue
        // Already reported as scraped boilerplate: one message per line is enough.
        if (covered(fingerprint.textStart, fingerprint.textEnd)) continue
        report(`Unexpected line \`${fingerprint.preview.replace(/`/g, "'")}\` repeated in ${count} files, expected nothing`, {
          place: placeOf(file, fingerprint.start, fingerprint.end),
          expected: [''],
          note: `The same line occurs verbatim in ${count} of the ${files.length} files of this run: a site-wide line (promotion, slogan, account box) rather than part of the article. Delete it; raise \`minFiles\` if the run really shares it.`,
          data: {kind: 'repeated', files: count}
        })
      }
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
