import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

/**
 * Sectioned checking of large plain-text files (packages/core/README.md,
 * "Large files"): the text is cut into sections at paragraph boundaries, each
 * section is parsed and checked as its own file, and what the rules found is
 * moved to the positions of the whole file here.
 */

/** One section of a text: `[start, end)` in UTF-16 offsets, with the line and column it starts at. */
export interface Section {
  start: number
  end: number
  /** 1-based line of the whole file the section starts on. */
  line: number
  /** 1-based column of the whole file the section starts at (1 unless a single line was cut). */
  column: number
}

/**
 * Cut `text` into sections of at most about `size` characters. A cut falls,
 * by preference, after a blank line in the second half of the window, else
 * after the last line break in the window. Only a single line longer than
 * `size` is cut inside, into pieces of at most a quarter of `size`, each
 * after a sentence end (`。！？!?；`) in its second half, else at its end
 * (never inside a surrogate pair or a CRLF):
 * the parse of one line costs more than linear time (a growing tree the
 * collector marks again and again), so a line of a megabyte checked as four
 * whole sections took 1.5 times as long per character as a line of a quarter
 * megabyte (bench/complexity, `masks`).
 */
export function splitSections(text: string, size: number): Section[] {
  const sections: Section[] = []
  let start = 0
  let line = 1
  let column = 1
  // The next line break from `start` on (the text's length if none), found again only once passed: linear in all.
  let lineEnd = -1
  while (start < text.length) {
    if (lineEnd < start) {
      lineEnd = text.indexOf('\n', start)
      if (lineEnd === -1) lineEnd = text.length
    }
    const end = longLinePiece(text, start, size, lineEnd, column > 1) ?? (text.length - start <= size ? text.length : cutPoint(text, start, size))
    sections.push({start, end, line, column})
    const breaks = lineBreaks(text, start, end)
    if (breaks.count > 0) {
      line += breaks.count
      column = end - breaks.after + 1
    } else {
      column += end - start
    }
    start = end
  }
  return sections
}

/**
 * Where a piece of a long line starting at `start` ends (see `splitSections`):
 * when the line (ending at `lineEnd`) is longer than `size`, or `start` is
 * inside a line already cut (`midLine`) and the rest of it is longer than a
 * piece; otherwise undefined.
 */
function longLinePiece(text: string, start: number, size: number, lineEnd: number, midLine: boolean): number | undefined {
  const piece = Math.floor(size / 4)
  // Sections this small are tests of the cutting itself: no pieces.
  if (piece < 8 || lineEnd - start <= (midLine ? piece : size)) return undefined
  return sentenceCut(text, start + piece, start + Math.floor(piece / 2))
}

/** After the last sentence end (`。！？!?；`) before `limit` and not before `floor`, else at `limit`; never inside a surrogate pair or a CRLF. */
function sentenceCut(text: string, limit: number, floor: number): number {
  for (let index = limit - 1; index >= floor; index--) {
    const code = text.charCodeAt(index)
    // 。！？!?；
    if (code === 0x3002 || code === 0xff01 || code === 0xff1f || code === 0x21 || code === 0x3f || code === 0xff1b) return safeCut(text, index + 1)
  }
  return safeCut(text, limit)
}

/**
 * Where the section starting at `start` ends (see `splitSections`). Every
 * search stays inside the window: a text without line breaks must not be
 * scanned from its start for each section.
 */
function cutPoint(text: string, start: number, size: number): number {
  const limit = start + size
  const half = start + Math.floor(size / 2)
  // A blank line: a line break followed by optional white space and another line break.
  for (let index = lastLineBreak(text, limit - 1, half); index !== -1; index = lastLineBreak(text, index - 1, half)) {
    let before = index - 1
    while (before >= start && (text[before] === ' ' || text[before] === '\t' || text[before] === '\r' || text[before] === '\u3000')) before--
    if (before >= start && text[before] === '\n') return index + 1
  }
  const lineEnd = lastLineBreak(text, limit - 1, start)
  if (lineEnd !== -1) return lineEnd + 1
  return sentenceCut(text, limit, half)
}

/** The last `\n` at or before `from` and not before `floor`, or -1. */
function lastLineBreak(text: string, from: number, floor: number): number {
  for (let index = from; index >= floor; index--) if (text.charCodeAt(index) === 10) return index
  return -1
}

/** `offset`, moved back so that it does not split a surrogate pair or a CRLF. */
function safeCut(text: string, offset: number): number {
  const code = text.charCodeAt(offset)
  if (code >= 0xdc00 && code <= 0xdfff) return offset - 1
  if (text[offset] === '\n' && text[offset - 1] === '\r') return offset - 1
  return offset
}

/** Line breaks in `[start, end)`, and the offset just after the last one (or -1). */
function lineBreaks(text: string, start: number, end: number): {count: number; after: number} {
  let count = 0
  let after = -1
  for (let index = start; index < end; index++) {
    if (text.charCodeAt(index) === 10) {
      count++
      after = index + 1
    }
  }
  return {count, after}
}

interface Point {
  line?: number | undefined
  column?: number | undefined
  offset?: number | undefined
}

/** A point of a section, as a new point of the whole file. */
export function shiftPoint<Value extends Point>(point: Value, section: Section): Value {
  const shifted = {...point}
  if (typeof point.line === 'number') {
    shifted.line = point.line + section.line - 1
    // Only the section's first line starts inside a line of the file.
    if (point.line === 1 && typeof point.column === 'number') shifted.column = point.column + section.column - 1
  }
  if (typeof point.offset === 'number') shifted.offset = point.offset + section.start
  return shifted
}

type Place = VFileMessage['place']

function shiftPlace(place: Place, section: Section): Place {
  if (!place) return place
  if ('start' in place) return {start: shiftPoint(place.start, section), end: shiftPoint(place.end, section)}
  return shiftPoint(place, section)
}

/**
 * Move a section's message to the whole file: its place, line and column, its
 * name, the place of a `cause` in the same file, and the positions rules put
 * in `data` (`line`, `lines`, and claim ids `<path>#<offset>` in `id`/`of`).
 * New point and data objects are made: rules share points between messages.
 */
export function shiftMessage(message: VFileMessage, section: Section, idPrefix: string): void {
  if (section.start === 0 && section.line === 1 && section.column === 1) return
  message.place = shiftPlace(message.place, section)
  const start = message.place && 'start' in message.place ? message.place.start : message.place
  message.line = start?.line
  message.column = start?.column
  message.name = nameOf(message.place, message.file)
  if (message.data) message.data = shiftData(message.data, section, idPrefix) as Record<string, unknown>
  const cause = message.cause as VFileMessage | undefined
  if (cause && typeof cause === 'object' && 'place' in cause && (!cause.file || cause.file === message.file)) {
    cause.place = shiftPlace(cause.place, section)
    const from = cause.place && 'start' in cause.place ? cause.place.start : cause.place
    cause.line = from?.line
    cause.column = from?.column
    cause.name = nameOf(cause.place, cause.file)
  }
}

/** `path:line:column-line:column`, as vfile names a message. */
function nameOf(place: Place, path: string | undefined): string {
  const point = (value: Point | undefined) => `${value?.line || 1}:${value?.column || 1}`
  const at = !place ? '1:1' : 'start' in place ? `${point(place.start)}-${point(place.end)}` : point(place)
  return path ? `${path}:${at}` : at
}

/** A copy of message data with its positions moved (see `shiftMessage`). */
function shiftData(value: unknown, section: Section, idPrefix: string, key?: string): unknown {
  if (Array.isArray(value)) {
    if (key === 'lines') return value.map((item) => (typeof item === 'number' ? item + section.line - 1 : item))
    return value.map((item) => shiftData(item, section, idPrefix))
  }
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const copy: Record<string, unknown> = {}
    for (const [name, item] of Object.entries(value)) copy[name] = shiftData(item, section, idPrefix, name)
    return copy
  }
  if (key === 'line' && typeof value === 'number') return value + section.line - 1
  if ((key === 'id' || key === 'of') && typeof value === 'string') return shiftId(value, section, idPrefix)
  return value
}

/** A claim id `<prefix>#<offset>` of the section, as the whole file's. */
export function shiftId(id: string, section: Section, idPrefix: string): string {
  if (!id.startsWith(`${idPrefix}#`)) return id
  const offset = Number(id.slice(idPrefix.length + 1))
  return Number.isInteger(offset) ? `${idPrefix}#${offset + section.start}` : id
}

/** What the per-file phase of a section left in `file.data` that the file keeps. */
type DataOfSection = Record<string, unknown>

interface ClaimLike {
  id: string
  document?: {hash?: string}
  period?: {id?: string}
  place: {start: Point; end: Point}
  sentence: {start: number; end: number}
  scope?: {start?: number; end?: number}
  part?: {of: string}
}

/**
 * Make `data[key]` the concatenation of what `parts` give back, read the first
 * time it is read (it is then a plain property); setting it first drops the parts.
 */
function readOnFirstUse(data: Record<string, unknown>, key: string, parts: ReadonlyArray<() => unknown[]>): void {
  const settle = (value: unknown): void => {
    Object.defineProperty(data, key, {configurable: true, enumerable: true, writable: true, value})
  }
  Object.defineProperty(data, key, {
    configurable: true,
    enumerable: true,
    get() {
      const value = parts.flatMap((part) => part())
      settle(value)
      return value
    },
    set: settle
  })
}

/**
 * `no-repeated-boilerplate`'s line fingerprints, in columns: per line a hash, six numbers
 * (start, end, textStart, textEnd, rank, fromEnd) and flags (previews only for Markdown and
 * HTML, which are never sectioned).
 */
interface FingerprintColumns {
  keys: Float64Array
  spans: Int32Array
  flags: Uint8Array
}

const STRIDE = 6
const RANK = 4
const FROM_END = 5

function isFingerprintColumns(value: unknown): value is FingerprintColumns {
  return typeof value === 'object' && value !== null && (value as FingerprintColumns).keys instanceof Float64Array && (value as FingerprintColumns).spans instanceof Int32Array
}

/**
 * Gathers the `file.data` of the sections into the whole file's: claims and
 * line fingerprints are joined (positions moved; a fingerprint's rank counts
 * the lines of earlier sections), every other key keeps the first section's
 * value (the article's metadata, its region, the line source).
 */
export class SectionData {
  private readonly claims: ClaimLike[] = []
  /** With `keep`: the sections' claims, each section's to be read back through its function. */
  private readonly keptClaims: Array<() => unknown[]> = []
  private readonly fingerprints: FingerprintColumns[] = []
  private hasClaims = false
  private hasFingerprints = false
  private ranks = 0
  private readonly first: Record<string, unknown> = {}

  /**
   * `idPrefix`: the path claim ids start with; `hash`: the whole text's
   * `contentHash`, which claims carry; `keep` (`CheckInput.keepClaims`): where
   * each section's claims wait instead of in this object.
   */
  constructor(
    private readonly idPrefix: string,
    private readonly hash: string,
    private readonly keep?: ((claims: unknown[]) => () => unknown[]) | undefined
  ) {}

  /** Take what one section's check left in its `data`. */
  add(data: DataOfSection, section: Section): void {
    for (const [key, value] of Object.entries(data)) {
      if (key === 'claims' && Array.isArray(value)) {
        this.hasClaims = true
        if (this.keep) {
          if (value.length > 0) this.keptClaims.push(this.keep((value as ClaimLike[]).map((claim) => this.shiftClaim(claim, section))))
        } else {
          for (const claim of value as ClaimLike[]) this.claims.push(this.shiftClaim(claim, section))
        }
      } else if (key === 'lineFingerprints' && isFingerprintColumns(value)) {
        this.hasFingerprints = true
        this.addFingerprints(value, section)
      } else if (!(key in this.first)) {
        this.first[key] = value
      }
    }
  }

  /** Write the gathered data into the whole file's `data`. */
  finish(file: VFile): void {
    for (const [key, value] of Object.entries(this.first)) (file.data as Record<string, unknown>)[key] = value
    if (this.hasClaims && this.keep) readOnFirstUse(file.data as Record<string, unknown>, 'claims', this.keptClaims)
    else if (this.hasClaims) (file.data as Record<string, unknown>)['claims'] = this.claims
    if (this.hasFingerprints) (file.data as Record<string, unknown>)['lineFingerprints'] = this.joinedFingerprints()
  }

  /**
   * A section's claim as the whole text's: positions moved, and the section's
   * content hash (document hash; id prefix and document-local period ids
   * without a path) replaced by the whole text's.
   */
  private shiftClaim(claim: ClaimLike, section: Section): ClaimLike {
    const own = claim.document?.hash
    const prefix = this.idPrefix || own || ''
    const rename = (id: string) => (this.idPrefix || !own ? id : id.replace(`${own}#`, `${this.hash}#`))
    const shifted: ClaimLike = {
      ...claim,
      id: rename(shiftId(claim.id, section, prefix)),
      place: {start: shiftPoint(claim.place.start, section), end: shiftPoint(claim.place.end, section)},
      sentence: {...claim.sentence, start: claim.sentence.start + section.start, end: claim.sentence.end + section.start}
    }
    if (claim.scope && typeof claim.scope.start === 'number' && typeof claim.scope.end === 'number') {
      shifted.scope = {...claim.scope, start: claim.scope.start + section.start, end: claim.scope.end + section.start}
    }
    if (claim.document) shifted.document = {...claim.document, hash: this.hash}
    if (claim.period?.id && own && !this.idPrefix) shifted.period = {...claim.period, id: claim.period.id.replace(`#${own}`, `#${this.hash}`)}
    if (claim.part) shifted.part = {...claim.part, of: rename(shiftId(claim.part.of, section, prefix))}
    return shifted
  }

  /**
   * A section's fingerprints, ranked after the lines of earlier sections. The
   * rule does not record how many lines a section has; `rank + fromEnd + 1` of
   * any fingerprint of the section gives it (a section without fingerprints
   * adds none, see the README's differences).
   */
  private addFingerprints(columns: FingerprintColumns, section: Section): void {
    const count = columns.keys.length
    const lines = count > 0 ? columns.spans[RANK]! + columns.spans[FROM_END]! + 1 : 0
    const spans = columns.spans.slice()
    for (let line = 0; line < count; line++) {
      const at = line * STRIDE
      for (let field = 0; field < 4; field++) spans[at + field]! += section.start
      spans[at + RANK]! += this.ranks
    }
    this.fingerprints.push({keys: columns.keys, spans, flags: columns.flags})
    this.ranks += lines
  }

  /** The sections' fingerprints as one file's, each line's rank from the end counted over the whole file. */
  private joinedFingerprints(): FingerprintColumns {
    const count = this.fingerprints.reduce((sum, part) => sum + part.keys.length, 0)
    const joined: FingerprintColumns = {keys: new Float64Array(count), spans: new Int32Array(count * STRIDE), flags: new Uint8Array(count)}
    let at = 0
    for (const part of this.fingerprints) {
      joined.keys.set(part.keys, at)
      joined.spans.set(part.spans, at * STRIDE)
      joined.flags.set(part.flags, at)
      at += part.keys.length
    }
    for (let line = 0; line < count; line++) joined.spans[line * STRIDE + FROM_END] = this.ranks - 1 - joined.spans[line * STRIDE + RANK]!
    return joined
  }
}
