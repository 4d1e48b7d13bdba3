/**
 * jieba's segmentation and tagging, as jieba-rs does it with HMM off (`cut(text, false)`, `tag`),
 * in JavaScript over a dictionary compiled once into flat typed arrays: nothing is built when it
 * loads (the file is read and viewed), so the first claim costs a read of about 12 MB instead of
 * jieba-rs's 110 ms of dictionary building, and the dictionary takes that much memory instead of
 * about 60 MB. The same words and tags as `@node-rs/jieba` on every sentence of the shared corpus
 * (bench/segmenter); `test/jieba.test.ts` checks the algorithm's parts on dictionaries of its own.
 *
 * The algorithm (jieba-rs 0.10, `cut_internal` with `cut_dag_no_hmm`): the text is split into runs
 * of hanzi, ASCII letters and digits and `+#&._%-` (blocks), and everything else; each other
 * character is a word of its own (`\r\n` one word). In a block, every dictionary word starting at
 * each character is an edge; the route from the end back picks at each character the edge with
 * the greatest `ln(freq) - ln(total) + route[end]` (ties: the longer word), a lone character with
 * frequency 1 when no word starts there. Consecutive one-character ASCII letters or digits on the
 * route are joined. A word's tag is its dictionary tag, else `m` (digits), `eng` (other ASCII
 * letters) or `x`.
 */

/** The compiled dictionary's format; a file of another version is compiled anew. */
const FORMAT_VERSION = 1
const MAGIC = 0x4a_42_44_4a // "JDBJ" little-endian
/** Header: 16 Uint32 slots, then `ln(total)` as a Float64. */
const HEADER_BYTES = 72
/** `freqClass` of an entry that is only the prefix of longer words, not a word. */
const PREFIX_ONLY = 0xff_ff

/** Where a compiled dictionary came from, to tell whether it is still the one to use. */
export interface DictionarySource {
  /** Byte length of the main dictionary file. */
  mainBytes: number
  /** FNV-1a hash of the user dictionary's text. */
  userHash: number
}

/**
 * A dictionary compiled for lookups without building anything: an open-addressing hash table of
 * entries (every word and every proper prefix of a word, as UTF-16 code units), each entry with
 * its frequency class (index into the natural logarithms) and tag.
 */
export interface CompiledDictionary {
  logTotal: number
  keyStart: Uint32Array
  keys: Uint16Array
  freqClass: Uint16Array
  logs: Float64Array
  tagOf: Uint8Array
  tags: string[]
  table: Int32Array
  source: DictionarySource
}

/** FNV-1a's offset basis and prime: the route search extends a hash one code unit at a time with them. */
const FNV_BASIS = 0x81_1c_9d_c5
const FNV_PRIME = 0x01_00_01_93

/** FNV-1a over UTF-16 code units (the hash of the table, and of a user dictionary's text). */
export function fnv(text: string): number {
  let hash = FNV_BASIS
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME)
  return hash >>> 0
}

/** One dictionary entry as jieba-rs's `load_dict` keeps it. */
interface Entry {
  freq: number
  tag: string
}

/**
 * The words of jieba dictionaries (`word [freq [tag]]` per line) as jieba-rs's `load_dict` reads
 * them one after the other: a word seen again takes the new frequency and keeps its first tag; a
 * missing frequency is 0.
 */
function readEntries(texts: readonly string[]): Map<string, Entry> {
  const entries = new Map<string, Entry>()
  for (const text of texts) {
    let lineNumber = 0
    for (const line of text.split('\n')) {
      lineNumber++
      const [word, freqText = '0', tag = ''] = line.split(/\s+/).filter((part) => part.length > 0)
      if (word === undefined) continue
      if (!/^\d+$/.test(freqText)) throw new Error(`jieba dictionary line ${lineNumber}: frequency ${freqText} is not a whole number`)
      const freq = Number(freqText)
      const known = entries.get(word)
      if (known) known.freq = freq
      else entries.set(word, {freq, tag})
    }
  }
  return entries
}

/**
 * Compile jieba dictionaries (the main one, then a user dictionary, as `Jieba.withDict` and
 * `loadDict` take them) into the flat form `JiebaTagger` reads.
 */
export function compileDictionary(main: string, user: string, source: DictionarySource): Uint8Array {
  const entries = readEntries([main, user])
  let total = 0
  for (const {freq} of entries.values()) total += freq
  // Every word, then the proper prefixes that are not words themselves.
  const keys = [...entries.keys()]
  const prefixes = new Set<string>()
  for (const word of keys) for (let end = 1; end < word.length; end++) if (!entries.has(word.slice(0, end))) prefixes.add(word.slice(0, end))
  for (const prefix of prefixes) keys.push(prefix)
  const tags = [...new Set([...entries.values()].map((entry) => entry.tag))]
  const freqs = [...new Set([...entries.values()].map((entry) => entry.freq))]
  if (tags.length > 255 || freqs.length >= PREFIX_ONLY) throw new Error('jieba dictionary: too many distinct tags or frequencies to compile')
  const tagIndex = new Map(tags.map((tag, k) => [tag, k]))
  const freqIndex = new Map(freqs.map((freq, k) => [freq, k]))
  const units = keys.reduce((sum, key) => sum + key.length, 0)
  let tableSize = 1
  while (tableSize < keys.length * 2) tableSize *= 2
  const tagsJson = new TextEncoder().encode(JSON.stringify(tags))
  const layout = sections(keys.length, units, freqs.length, tableSize, tagsJson.length)
  const bytes = new Uint8Array(layout.size)
  const header = new Uint32Array(bytes.buffer, 0, 16)
  header.set([MAGIC, FORMAT_VERSION, keys.length, units, freqs.length, tableSize, tagsJson.length, source.mainBytes, source.userHash])
  new Float64Array(bytes.buffer, 64, 1)[0] = naturalLog(total)
  const tables = viewsOf(bytes, layout)
  let at = 0
  keys.forEach((key, k) => {
    tables.keyStart[k] = at
    for (let i = 0; i < key.length; i++) tables.keys[at++] = key.charCodeAt(i)
    const entry = entries.get(key)
    tables.freqClass[k] = entry ? (freqIndex.get(entry.freq) as number) : PREFIX_ONLY
    tables.tagOf[k] = entry ? (tagIndex.get(entry.tag) as number) : 0
    let slot = fnv(key) & (tableSize - 1)
    while (tables.table[slot] !== 0) slot = (slot + 1) & (tableSize - 1)
    tables.table[slot] = k + 1
  })
  tables.keyStart[keys.length] = at
  freqs.forEach((freq, k) => (tables.logs[k] = naturalLog(freq)))
  bytes.set(tagsJson, layout.tags)
  return bytes
}

/** Byte offsets of the compiled dictionary's sections, each 8-aligned. */
interface Layout {
  entries: number
  units: number
  classes: number
  tableSize: number
  keyStart: number
  keys: number
  freqClass: number
  logs: number
  tagOf: number
  table: number
  tags: number
  tagBytes: number
  size: number
}

function sections(entries: number, units: number, classes: number, tableSize: number, tagBytes: number): Layout {
  const align = (n: number) => Math.ceil(n / 8) * 8
  const keyStart = HEADER_BYTES
  const keys = align(keyStart + (entries + 1) * 4)
  const freqClass = align(keys + units * 2)
  const logs = align(freqClass + entries * 2)
  const tagOf = logs + classes * 8
  const table = align(tagOf + entries)
  const tags = table + tableSize * 4
  return {entries, units, classes, tableSize, keyStart, keys, freqClass, logs, tagOf, table, tags, tagBytes, size: tags + tagBytes}
}

/** Typed-array views of a compiled dictionary's sections (no copy). */
function viewsOf(bytes: Uint8Array, layout: Layout): Omit<CompiledDictionary, 'logTotal' | 'tags' | 'source'> {
  const buffer = bytes.buffer
  const base = bytes.byteOffset
  return {
    keyStart: new Uint32Array(buffer, base + layout.keyStart, layout.entries + 1),
    keys: new Uint16Array(buffer, base + layout.keys, layout.units),
    freqClass: new Uint16Array(buffer, base + layout.freqClass, layout.entries),
    logs: new Float64Array(buffer, base + layout.logs, layout.classes),
    tagOf: new Uint8Array(buffer, base + layout.tagOf, layout.entries),
    table: new Int32Array(buffer, base + layout.table, layout.tableSize)
  }
}

/**
 * Read a compiled dictionary; undefined when it is not one (another format version, or cut
 * short). Its bytes must start 8-aligned (copied otherwise).
 */
export function readDictionary(given: Uint8Array): CompiledDictionary | undefined {
  if (given.length < HEADER_BYTES) return undefined
  const bytes = given.byteOffset % 8 === 0 ? given : given.slice()
  const header = new Uint32Array(bytes.buffer, bytes.byteOffset, 16)
  if (header[0] !== MAGIC || header[1] !== FORMAT_VERSION) return undefined
  const slot = (k: number) => header[k] as number
  const layout = sections(slot(2), slot(3), slot(4), slot(5), slot(6))
  if (bytes.length !== layout.size) return undefined
  const tags = JSON.parse(new TextDecoder().decode(bytes.subarray(layout.tags, layout.tags + layout.tagBytes))) as string[]
  const logTotal = new Float64Array(bytes.buffer, bytes.byteOffset + 64, 1)[0] as number
  return {...viewsOf(bytes, layout), logTotal, tags, source: {mainBytes: slot(7), userHash: slot(8)}}
}

/**
 * `ln(n)` for a whole number, correctly rounded. jieba-rs takes `(freq as f64).ln()` from the C
 * library, which rounds correctly where V8's `Math.log` is one unit in the last place off for
 * about 1.5 % of jieba's frequencies; a near tie between two routes could then go the other way.
 * Fixed point with 2^-128 resolution: ln n = k ln 2 + 2 atanh((m - 1) / (m + 1)), m = n / 2^k in
 * [1, 2).
 */
export function naturalLog(n: number): number {
  if (n === 0) return -Infinity
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`naturalLog: ${n} is not a whole number`)
  const bits = 128n
  const one = 1n << bits
  let k = 0n
  while (BigInt(n) >> (k + 1n) > 0n) k++
  // m in [1, 2) in fixed point.
  const m = (BigInt(n) << bits) >> k
  const value = k * twiceAtanh(one / 3n, one) + twiceAtanh(((m - one) << bits) / (m + one), one)
  return Number(value) / 2 ** 128
}

/** 2 atanh(x) in fixed point (`one` = 1), by its series (ln 2 = 2 atanh(1/3)). */
function twiceAtanh(x: bigint, one: bigint): bigint {
  const square = (x * x) / one
  let term = x
  let sum = 0n
  for (let k = 1n; term !== 0n; k += 2n) {
    sum += term / k
    term = (term * square) / one
  }
  return 2n * sum
}

/** Whether a code point belongs in a block (jieba-rs `is_han_default`). */
function inBlock(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2b || c === 0x23 || c === 0x26 || c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2d
  return (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x2_00_00 && c <= 0x2_a6_df) || (c >= 0x2_a7_00 && c <= 0x2_eb_ef) || (c >= 0x2_f8_00 && c <= 0x2_fa_1f)
}

/** ASCII letter or digit. */
function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
}

/** Code units of the code point at `at`. */
function widthAt(text: string, at: number): number {
  const c = text.charCodeAt(at)
  if (c < 0xd8_00 || c > 0xdb_ff) return 1
  const low = text.charCodeAt(at + 1)
  return low >= 0xdc_00 && low <= 0xdf_ff ? 2 : 1
}

/** In the entries beside the words of a cut: not found by the route search, to be looked up by the word. */
const LOOK_UP = -2

/** Words with their tags, as jieba gives them. */
export type Tagged = Array<{word: string; tag: string}>

/** jieba's `tag(text, false)` over a compiled dictionary. */
export class JiebaTagger {
  readonly name = 'jieba-js'
  private route = new Float64Array(256)
  private next = new Int32Array(256)
  /** The entry of the word the best route takes from each position, -1 when it takes a character the dictionary lacks. */
  private chosen = new Int32Array(256)

  constructor(private readonly tables: CompiledDictionary) {}

  /** The words of `text` with their tags. */
  tag(text: string): Tagged {
    const words: string[] = []
    const entries: number[] = []
    this.split(text, words, entries)
    const out: Tagged = []
    // (A word of the route keeps the entry the route search found for it: it is not hashed and looked up again.)
    for (let k = 0; k < words.length; k++) out.push({word: words[k] as string, tag: this.tagOf(words[k] as string, entries[k] as number)})
    return out
  }

  /** The words of `text`, adding up to it. */
  cut(text: string): string[] {
    const words: string[] = []
    this.split(text, words, [])
    return words
  }

  /** The words of `text` into `words`, and beside each its dictionary entry (-1: none) or `LOOK_UP` into `entries`. */
  private split(text: string, words: string[], entries: number[]): void {
    let at = 0
    while (at < text.length) {
      const block = inBlock(text.codePointAt(at) as number)
      let end = at
      while (end < text.length && inBlock(text.codePointAt(end) as number) === block) end += widthAt(text, end)
      if (block) this.cutBlock(text, at, end, words, entries)
      else
        for (let i = at; i < end; ) {
          const width = text.charCodeAt(i) === 0x0d && text.charCodeAt(i + 1) === 0x0a && i + 1 < end ? 2 : widthAt(text, i)
          words.push(text.slice(i, i + width))
          entries.push(LOOK_UP)
          i += width
        }
      at = end
    }
  }

  /** The entry of `text.slice(from, to)`, else -1. */
  private find(text: string, from: number, to: number, hash: number): number {
    const {table, keyStart, keys} = this.tables
    const mask = table.length - 1
    for (let slot = (hash >>> 0) & mask; ; slot = (slot + 1) & mask) {
      const entry = (table[slot] as number) - 1
      if (entry < 0) return -1
      const start = keyStart[entry] as number
      if ((keyStart[entry + 1] as number) - start !== to - from) continue
      let i = 0
      while (i < to - from && keys[start + i] === text.charCodeAt(from + i)) i++
      if (i === to - from) return entry
    }
  }

  /** The best route through the block `[from, to)` (jieba-rs `calc`), as `next` positions. */
  private routeOf(text: string, from: number, to: number): void {
    const size = to - from + 1
    if (this.route.length < size) {
      this.route = new Float64Array(size * 2)
      this.next = new Int32Array(size * 2)
      this.chosen = new Int32Array(size * 2)
    }
    const {route, next, chosen} = this
    const {freqClass, logs, logTotal} = this.tables
    route[size - 1] = 0
    // Code point starts, from the end (a surrogate pair's second half is never a start).
    for (let at = to - 1; at >= from; at--) {
      const c = text.charCodeAt(at)
      if (c >= 0xdc_00 && c <= 0xdf_ff && at > from && widthAt(text, at - 1) === 2) continue
      let best = -Infinity
      let bestEnd = -1
      let bestEntry = -1
      let hash = FNV_BASIS
      for (let end = at; end < to; ) {
        const width = widthAt(text, end)
        for (let u = 0; u < width; u++) hash = Math.imul(hash ^ text.charCodeAt(end + u), FNV_PRIME)
        end += width
        const entry = this.find(text, at, end, hash)
        if (entry < 0) break
        const klass = freqClass[entry] as number
        if (klass === PREFIX_ONLY) continue
        const score = (logs[klass] as number) - logTotal + (route[end - from] as number)
        if (bestEnd < 0 || score > best || (score === best && end > bestEnd)) {
          best = score
          bestEnd = end
          bestEntry = entry
        }
      }
      if (bestEnd < 0) {
        bestEnd = at + widthAt(text, at)
        best = 0 - logTotal + (route[bestEnd - from] as number)
      }
      route[at - from] = best
      next[at - from] = bestEnd
      chosen[at - from] = bestEntry
    }
  }

  /** Words of the block `[from, to)` along its best route (jieba-rs `cut_dag_no_hmm`). */
  private cutBlock(text: string, from: number, to: number, words: string[], entries: number[]): void {
    this.routeOf(text, from, to)
    let left = -1
    for (let x = from; x < to; ) {
      const y = this.next[x - from] as number
      if (y - x === 1 && isAsciiAlnum(text.charCodeAt(x))) {
        if (left < 0) left = x
      } else {
        // (A run of single letters and digits is joined into one word, which no route step found.)
        if (left >= 0) {
          words.push(text.slice(left, x))
          entries.push(LOOK_UP)
        }
        left = -1
        words.push(text.slice(x, y))
        entries.push(this.chosen[x - from] as number)
      }
      x = y
    }
    if (left >= 0) {
      words.push(text.slice(left, to))
      entries.push(LOOK_UP)
    }
  }

  /** A word's dictionary tag, else jieba-rs's guess for a word it does not know; `known` is its entry when the route found it. */
  private tagOf(word: string, known: number): string {
    const entry = known === LOOK_UP ? this.find(word, 0, word.length, fnv(word)) : known
    if (entry >= 0 && this.tables.freqClass[entry] !== PREFIX_ONLY) return this.tables.tags[this.tables.tagOf[entry] as number] as string
    let letters = 0
    let digits = 0
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i)
      if (!isAsciiAlnum(c)) continue
      letters++
      if (c <= 0x39) digits++
    }
    if (letters === 0) return 'x'
    return letters === digits ? 'm' : 'eng'
  }
}
