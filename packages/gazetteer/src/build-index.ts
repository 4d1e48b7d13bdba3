// Builds the name index the recogniser walks (places, names and aliases, trie) from the generated
// place table, and renders it as `src/generated/index.ts`. Run at build time by
// `scripts/generate-index.js`; `test/index-data.test.ts` rebuilds it and fails on drift. Building it at
// start-up cost 250–800 ms per process (42 520 places, 63 214 names, 82 320 trie nodes).
import { FOLD, PLACES, SOURCE_ALIASES } from './generated/places.js'
import { aliasesOf, COUNTRY_CODE, levelOfCode } from './aliases.js'
import { GENERIC_FULL_NAMES, STOP_PHRASES } from './lexicon.js'
import type { AdminLevel } from './types.js'

const LEVEL_RANK: Record<AdminLevel, number> = { country: 0, province: 1, city: 2, county: 3, township: 4 }

/** A place of the built index, in the order of the place table (see `placeOrder`). */
export interface BuiltPlace {
  readonly code: string
  readonly name: string
  readonly shortName: string
  readonly level: AdminLevel
}

/** A name's meaning: a place index, and the flags of the runtime `Entry`. */
export interface BuiltEntry {
  readonly place: number
  readonly alias: boolean
  readonly guarded: boolean
}

/** The index before encoding: the places and folded name → entries. */
export interface BuiltIndex {
  readonly places: readonly BuiltPlace[]
  readonly names: ReadonlyMap<string, readonly BuiltEntry[]>
}

/** Whether the official name itself must be guarded (generic words, one-character townships). */
function fullNameGuarded(place: { name: string; level: AdminLevel }): boolean {
  if (GENERIC_FULL_NAMES.includes(place.name)) return true
  if (place.level === 'township') {
    const m = /^(.+?)(街道|苏木|地区|镇|乡)$/u.exec(place.name)
    return !m?.[1] || m[1].length < 2
  }
  return false
}

/**
 * Every place in the generated table in the order the runtime numbers them: the country, then each
 * line of `PLACES` followed by its townships.
 */
export function placeOrder(): { code: string; name: string; level: AdminLevel }[] {
  const raw: { code: string; name: string; level: AdminLevel }[] = [{ code: COUNTRY_CODE, name: '中国', level: 'country' }]
  for (const line of PLACES.split('\n')) {
    const [code, name, towns] = line.split('\t') as [string, string, string | undefined]
    raw.push({ code, name, level: levelOfCode(code) })
    if (towns) {
      for (const t of towns.split(',')) raw.push({ code: code + t.slice(0, 3), name: t.slice(3), level: 'township' })
    }
  }
  return raw
}

/**
 * The places with their parents and short forms, and every name (official, alias, source alias) with
 * the places it may mean: a short form that is also the name or short form of a higher-level place
 * belongs to that place only (`吉林` is the province, not 吉林市).
 */
export function buildIndex(): BuiltIndex {
  const raw = placeOrder()
  const extra = new Map<string, string[]>()
  for (const line of SOURCE_ALIASES ? SOURCE_ALIASES.split('\n') : []) {
    const [code, alias] = line.split('\t') as [string, string]
    extra.set(code, [...(extra.get(code) ?? []), alias])
  }
  const places: BuiltPlace[] = []
  const names = new Map<string, BuiltEntry[]>()
  const addName = (key: string, entry: BuiltEntry): void => {
    const list = names.get(key)
    if (!list) names.set(key, [entry])
    else if (!list.some((e) => e.place === entry.place)) list.push(entry)
  }
  raw.forEach((r, i) => {
    const { shortName, aliases } = aliasesOf(r)
    places.push({ code: r.code, name: r.name, shortName, level: r.level })
    addName(r.name, { place: i, alias: false, guarded: fullNameGuarded(r) })
    for (const a of aliases) addName(a.name, { place: i, alias: true, guarded: a.guarded })
    for (const a of extra.get(r.code) ?? []) addName(a, { place: i, alias: true, guarded: false })
  })
  const rank = (e: BuiltEntry): number => LEVEL_RANK[(places[e.place] as BuiltPlace).level]
  for (const [key, list] of names) {
    if (list.length < 2) continue
    const top = Math.min(...list.map(rank))
    const kept = list.filter((e) => !e.alias || rank(e) === top)
    kept.sort((a, b) => rank(a) - rank(b) || ((places[a.place] as BuiltPlace).code < (places[b.place] as BuiltPlace).code ? -1 : 1))
    names.set(key, kept)
  }
  return { places, names }
}

interface TrieNode {
  readonly children: Map<number, TrieNode>
  entries: readonly BuiltEntry[]
  stop: boolean
}

/** The trie over the names (then the folded stop phrases), numbered breadth first, siblings by code unit. */
function breadthFirst(names: ReadonlyMap<string, readonly BuiltEntry[]>): { node: TrieNode; char: number }[] {
  const root: TrieNode = { children: new Map(), entries: [], stop: false }
  const walk = (key: string): TrieNode => {
    let node = root
    for (let i = 0; i < key.length; i++) {
      const ch = key.charCodeAt(i)
      let next = node.children.get(ch)
      if (!next) node.children.set(ch, (next = { children: new Map(), entries: [], stop: false }))
      node = next
    }
    return node
  }
  for (const [key, list] of names) walk(key).entries = list
  const fold = new Map<string, string>()
  for (let i = 0; i + 1 < FOLD.length; i += 2) fold.set(FOLD[i] as string, FOLD[i + 1] as string)
  // Folded as `foldToSimplified` does, from the source table (the runtime reads its copy of it from the output).
  for (const p of STOP_PHRASES) walk([...p].map((c) => fold.get(c) ?? c).join('')).stop = true
  const order = [{ node: root, char: 0 }]
  for (let k = 0; k < order.length; k++) {
    const { node } = order[k] as { node: TrieNode }
    for (const ch of [...node.children.keys()].sort((a, b) => a - b)) order.push({ node: node.children.get(ch) as TrieNode, char: ch })
  }
  return order
}

/** Little-endian bytes of a typed array, base64. */
function base64(array: Uint8Array | Uint16Array): string {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64')
}

/** Small counts as bytes, 255 standing for a count listed in `wide` (node → count). */
function counts(values: readonly number[]): { bytes: string; wide: Record<number, number> } {
  const wide: Record<number, number> = {}
  const out = new Uint8Array(values.length)
  values.forEach((v, i) => {
    if (v >= 255) wide[i] = v
    out[i] = Math.min(v, 255)
  })
  return { bytes: base64(out), wide }
}

/** The encoded index: base64 strings and small JSON values (see `src/generated/index.ts` for their meaning). */
export function encodeIndex({ places, names }: BuiltIndex): Record<string, string> {
  const order = breadthFirst(names)
  const edgeChar = new Uint16Array(order.length)
  const entryPlace: number[] = []
  const flags = new Uint8Array(Math.ceil([...names.values()].reduce((n, l) => n + l.length, 0) / 4))
  const stopNodes: number[] = []
  order.forEach(({ node, char }, i) => {
    edgeChar[i] = char
    if (node.stop) stopNodes.push(i)
    for (const e of node.entries) {
      const at = entryPlace.length
      flags[at >> 2] = (flags[at >> 2] as number) | (((e.alias ? 1 : 0) | (e.guarded ? 2 : 0)) << ((at & 3) * 2))
      entryPlace.push(e.place)
    }
  })
  if (places.length > 0xffff) throw new Error('gazetteer index: more places than a 16-bit index holds')
  const shortLength = new Uint8Array(
    places.map((p) => {
      if (!p.name.startsWith(p.shortName) || p.name.length > 255) throw new Error(`gazetteer index: short name ${p.shortName} of ${p.name} is not a prefix`)
      return p.shortName.length
    }),
  )
  const childCount = counts(order.map(({ node }) => node.children.size))
  const nodeEntries = counts(order.map(({ node }) => node.entries.length))
  return {
    SHORT_LENGTH: JSON.stringify(base64(shortLength)),
    CHILD_COUNT: JSON.stringify(childCount.bytes),
    WIDE_CHILD_COUNT: JSON.stringify(childCount.wide),
    EDGE_CHAR: JSON.stringify(base64(edgeChar)),
    NODE_ENTRIES: JSON.stringify(nodeEntries.bytes),
    WIDE_NODE_ENTRIES: JSON.stringify(nodeEntries.wide),
    STOP_NODES: JSON.stringify(stopNodes),
    ENTRY_PLACE: JSON.stringify(base64(new Uint16Array(entryPlace))),
    ENTRY_FLAGS: JSON.stringify(base64(flags)),
  }
}

/** The text of `src/generated/index.ts`. */
export function renderIndexModule(): string {
  const arrays = encodeIndex(buildIndex())
  const doc: Record<string, string> = {
    SHORT_LENGTH: 'Uint8 per place (the country, then each line of `PLACES` followed by its townships): length of the short name, a prefix of the name.',
    CHILD_COUNT: 'Uint8 per trie node (breadth-first, node 0 the root): its number of children, numbered consecutively; 255: see WIDE_CHILD_COUNT.',
    WIDE_CHILD_COUNT: 'Node → number of children, for counts from 255.',
    EDGE_CHAR: 'Uint16 per trie node: the UTF-16 code unit leading to it; siblings ascend.',
    NODE_ENTRIES: 'Uint8 per trie node: number of entries of the name ending there; 255: see WIDE_NODE_ENTRIES.',
    WIDE_NODE_ENTRIES: 'Node → number of entries, for counts from 255.',
    STOP_NODES: 'Nodes where a stop phrase ends.',
    ENTRY_PLACE: 'Uint16 per entry, in node order: the place index.',
    ENTRY_FLAGS: 'Two bits per entry, four entries a byte from the low bits: bit 0 alias, bit 1 guarded.',
  }
  const lines = [
    '// generated by scripts/generate-index.js from src/generated/places.ts and src/lexicon.ts, do not edit',
    '// Typed arrays are base64 of their little-endian bytes.',
  ]
  for (const [name, value] of Object.entries(arrays)) lines.push('', `/** ${doc[name]} */`, `export const ${name} = ${value}`)
  lines.push('')
  return lines.join('\n')
}
