import {
  CHILD_COUNT,
  EDGE_CHAR,
  ENTRY_FLAGS,
  ENTRY_PLACE,
  NODE_ENTRIES,
  SHORT_LENGTH,
  STOP_NODES,
  WIDE_CHILD_COUNT,
  WIDE_NODE_ENTRIES,
} from './generated/index.js'
import { PLACES } from './generated/places.js'
import { COUNTRY_CODE, levelOfCode } from './aliases.js'
import type { AdminLevel, AdminPlace } from './types.js'

export { aliasesOf, COUNTRY_CODE, levelOfCode, stripEthnonyms } from './aliases.js'

const LEVEL_RANK: Record<AdminLevel, number> = { country: 0, province: 1, city: 2, county: 3, township: 4 }

/** A name in the index: which place, whether it is a short form, and whether it needs a chain. */
export interface Entry {
  readonly place: AdminPlace
  readonly alias: boolean
  /** Guarded names are accepted only right after a mention of one of the place's ancestors. */
  readonly guarded: boolean
}

/** The name index, read from the arrays generated at build time (`src/build-index.ts`). */
export interface Gazetteer {
  readonly byCode: { get(code: string): AdminPlace | undefined }
  /** Direct children of a place, by its code (`CN` for the provinces). */
  childrenOf(code: string): readonly AdminPlace[]
  /** Entries of exactly this folded name, stop phrases included. */
  namesOf(name: string): readonly Entry[] | undefined
  /** Trie over folded names; node 0 is the root. */
  readonly trie: { get(node: number, ch: number): number }
  /** Whether a name or a stop phrase ends at a node. */
  isTerminal(node: number): boolean
  /** Entries ending at a node, or `STOP` for a stop phrase. */
  terminal(node: number): readonly Entry[] | typeof STOP | undefined
  /** 1 for each UTF-16 code unit that starts a name (has a child of the root). */
  readonly starts: Uint8Array
}

export const STOP = 'stop' as const

let cached: Gazetteer | undefined

/** The gazetteer, read on first use. */
export function gazetteer(): Gazetteer {
  cached ??= load()
  return cached
}

/** Bytes of a base64 string, in a buffer of their own (typed-array views need aligned offsets). */
function bytes(base64: string): Uint8Array {
  if (typeof Buffer === 'function') {
    const decoded = Buffer.from(base64, 'base64')
    const out = new Uint8Array(decoded.length)
    out.set(decoded)
    return out
  }
  const text = atob(base64)
  const out = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i)
  return out
}

/** A generated little-endian Uint16 array (every platform Node and the browsers run on is little-endian). */
function uint16(base64: string): Uint16Array {
  const b = bytes(base64)
  return new Uint16Array(b.buffer, 0, b.length >> 1)
}

/** Counts stored as bytes, 255 standing for the count in `wide`. */
function counts(base64: string, wide: Readonly<Record<number, number>>): Int32Array {
  const b = bytes(base64)
  const out = new Int32Array(b.length)
  for (let i = 0; i < b.length; i++) out[i] = b[i] === 255 ? (wide[i] as number) : (b[i] as number)
  return out
}

/** The trie in breadth-first arrays: children of node n are consecutive, found by a table at the root. */
function readTrie(): { get(node: number, ch: number): number; starts: Uint8Array; size: number } {
  const count = counts(CHILD_COUNT, WIDE_CHILD_COUNT)
  const edge = uint16(EDGE_CHAR)
  const size = count.length
  const first = new Int32Array(size + 1)
  first[0] = 1
  for (let n = 0; n < size; n++) first[n + 1] = (first[n] as number) + (count[n] as number)
  const root = new Int32Array(65536).fill(-1)
  const starts = new Uint8Array(65536)
  for (let c = 1; c <= (count[0] as number); c++) {
    root[edge[c] as number] = c
    starts[edge[c] as number] = 1
  }
  const get = (node: number, ch: number): number => {
    if (node === 0) return root[ch] as number
    let lo = first[node] as number
    let hi = lo + (count[node] as number)
    while (hi - lo > 8) {
      const mid = (lo + hi) >> 1
      if ((edge[mid] as number) <= ch) lo = mid
      else hi = mid
    }
    for (let c = lo; c < hi; c++) if (edge[c] === ch) return c
    return -1
  }
  return { get, starts, size }
}

/**
 * Where each place is in `PLACES`, numbered as the index builder numbers them: the country (-1),
 * then each line followed by its townships. `holder` is the line a township sits on, -1 for lines.
 */
function placeOffsets(count: number): { start: Int32Array; holder: Int32Array; lines: number[] } {
  const start = new Int32Array(count)
  const holder = new Int32Array(start.length).fill(-1)
  const lines: number[] = []
  start[0] = -1
  let next = 1
  for (let at = 0; at < PLACES.length; ) {
    let end = PLACES.indexOf('\n', at)
    if (end === -1) end = PLACES.length
    const line = next++
    start[line] = at
    lines.push(line)
    const nameTab = PLACES.indexOf('\t', at)
    const townTab = PLACES.indexOf('\t', nameTab + 1)
    if (townTab !== -1 && townTab < end) {
      for (let t = townTab + 1; t < end; ) {
        let comma = PLACES.indexOf(',', t)
        if (comma === -1 || comma > end) comma = end
        holder[next] = line
        start[next++] = t
        t = comma + 1
      }
    }
    at = end + 1
  }
  if (next !== count) throw new Error(`gazetteer: ${next} places in the table, ${count} in the index (regenerate src/generated/index.ts)`)
  return { start, holder, lines }
}

/** Places by index, made on first use (most runs meet a few hundred of the 42 520), and by code. */
function readPlaces(): { placeAt(i: number): AdminPlace; byCode(code: string): number; size: number } {
  const shortLength = bytes(SHORT_LENGTH)
  const { start, holder, lines } = placeOffsets(shortLength.length)
  const places: (AdminPlace | undefined)[] = new Array(start.length)
  const lineCode = (i: number): string => PLACES.slice(start[i], PLACES.indexOf('\t', start[i]))
  // Lines are in code order: binary search; a township is then looked for on its holder's line.
  const lineByCode = (code: string): number => {
    let lo = 0
    let hi = lines.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (lineCode(lines[mid] as number) < code) lo = mid + 1
      else hi = mid
    }
    const found = lines[lo]
    return found !== undefined && lineCode(found) === code ? found : -1
  }
  const parentLine = (code: string): number => {
    for (const len of code.length === 9 ? [6, 4, 2] : code.length === 6 ? [4, 2] : code.length === 4 ? [2] : []) {
      const line = lineByCode(code.slice(0, len))
      if (line !== -1) return line
    }
    return -1
  }
  const byCode = (code: string): number => {
    if (code === COUNTRY_CODE) return 0
    const line = lineByCode(code)
    if (line !== -1 || code.length <= 3) return line
    // A township's code is its line's code and three digits (东莞's are seven digits long).
    const holderLine = lineByCode(code.slice(0, -3))
    if (holderLine === -1) return -1
    const digits = code.slice(-3)
    for (let t = holderLine + 1; t < start.length && holder[t] === holderLine; t++) if (PLACES.startsWith(digits, start[t])) return t
    return -1
  }
  const placeAt = (i: number): AdminPlace => {
    const known = places[i]
    if (known) return known
    let place: AdminPlace
    if (i === 0) place = { code: COUNTRY_CODE, name: '中国', shortName: '中国', level: 'country', path: [] }
    else {
      const at = start[i] as number
      const town = holder[i] !== -1
      const code = town ? placeAt(holder[i] as number).code + PLACES.slice(at, at + 3) : lineCode(i)
      const nameAt = town ? at + 3 : at + code.length + 1
      const nameEnd = PLACES.slice(nameAt).search(/[\t\n,]|$/u) + nameAt
      const name = PLACES.slice(nameAt, nameEnd)
      const level = town ? 'township' : levelOfCode(code)
      // The parent is the longest 6-, 4- or 2-digit prefix that is a place: none for 东莞's seven-digit townships.
      const parent = parentLine(code)
      const up = parent === -1 ? undefined : placeAt(parent)
      const path = [...(up?.path ?? []), name]
      const shortName = name.slice(0, shortLength[i])
      // Two literals rather than a conditional spread; the keys and their order are part of the output.
      place = up ? { code, name, shortName, level, parentCode: up.code, path } : { code, name, shortName, level, path }
    }
    places[i] = place
    return place
  }
  return { placeAt, byCode, size: start.length }
}

function load(): Gazetteer {
  const { placeAt, byCode: indexOfCode, size } = readPlaces()
  const byCodeMemo = new Map<string, AdminPlace | undefined>()
  const byCode = {
    get(code: string): AdminPlace | undefined {
      if (byCodeMemo.has(code)) return byCodeMemo.get(code)
      const i = indexOfCode(code)
      const place = i === -1 ? undefined : placeAt(i)
      byCodeMemo.set(code, place)
      return place
    },
  }
  let children: Map<string, AdminPlace[]> | undefined
  const childrenOf = (code: string): readonly AdminPlace[] => {
    if (!children) {
      children = new Map()
      for (let i = 1; i < size; i++) {
        const place = placeAt(i)
        if (!place.parentCode && place.level !== 'province') continue
        const key = place.parentCode ?? COUNTRY_CODE
        const list = children.get(key)
        if (list) list.push(place)
        else children.set(key, [place])
      }
    }
    return children.get(code) ?? []
  }

  const trie = readTrie()
  const nodeEntries = counts(NODE_ENTRIES, WIDE_NODE_ENTRIES)
  const stop = new Uint8Array(trie.size)
  for (const node of STOP_NODES) stop[node] = 1
  const entryPlace = uint16(ENTRY_PLACE)
  const entryFlags = bytes(ENTRY_FLAGS)
  const entryStart = new Int32Array(trie.size + 1)
  for (let n = 0; n < trie.size; n++) entryStart[n + 1] = (entryStart[n] as number) + (nodeEntries[n] as number)
  const entryCache: (Entry[] | undefined)[] = new Array(trie.size)
  const entriesAt = (node: number): Entry[] | undefined => {
    if (nodeEntries[node] === 0) return undefined
    let list = entryCache[node]
    if (!list) {
      list = []
      for (let e = entryStart[node] as number; e < (entryStart[node + 1] as number); e++) {
        const flags = ((entryFlags[e >> 2] as number) >> ((e & 3) * 2)) & 3
        list.push({ place: placeAt(entryPlace[e] as number), alias: (flags & 1) !== 0, guarded: (flags & 2) !== 0 })
      }
      entryCache[node] = list
    }
    return list
  }
  const namesOf = (name: string): readonly Entry[] | undefined => {
    let node = 0
    for (let i = 0; i < name.length && node !== -1; i++) node = trie.get(node, name.charCodeAt(i))
    return node === -1 ? undefined : entriesAt(node)
  }
  return {
    byCode,
    childrenOf,
    namesOf,
    trie,
    starts: trie.starts,
    isTerminal: (node) => nodeEntries[node] !== 0 || stop[node] === 1,
    terminal: (node) => (stop[node] === 1 ? STOP : entriesAt(node)),
  }
}

/** The parent place (`CN` for provinces), or undefined for the country. */
export function parentOf(place: AdminPlace): AdminPlace | undefined {
  if (place.level === 'country') return undefined
  const g = gazetteer()
  return g.byCode.get(place.parentCode ?? COUNTRY_CODE)
}

export function levelRank(level: AdminLevel): number {
  return LEVEL_RANK[level]
}
