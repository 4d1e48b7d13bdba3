import { PLACES, SOURCE_ALIASES } from './generated/places.js'
import { foldToSimplified } from './fold.js'
import {
  CITY_SHORT_STOP,
  COUNTY_SHORT_STOP,
  ETHNONYMS,
  GENERIC_FULL_NAMES,
  STOP_PHRASES,
} from './lexicon.js'
import { CharTrie } from './trie.js'
import type { AdminLevel, AdminPlace } from './types.js'

/** Code of the country entry. */
export const COUNTRY_CODE = 'CN'

const LEVEL_RANK: Record<AdminLevel, number> = { country: 0, province: 1, city: 2, county: 3, township: 4 }

/** A name in the index: which place, whether it is a short form, and whether it needs a chain. */
export interface Entry {
  readonly place: AdminPlace
  readonly alias: boolean
  /** Guarded names are accepted only right after a mention of one of the place's ancestors. */
  readonly guarded: boolean
}

export interface Gazetteer {
  readonly byCode: Map<string, AdminPlace>
  readonly children: Map<string, AdminPlace[]>
  /** Folded name → entries. */
  readonly names: Map<string, Entry[]>
  /** Trie over folded names; node 0 is the root. */
  readonly trie: CharTrie
  /** Entries ending at a node, or `STOP` for a stop phrase. */
  readonly terminals: (readonly Entry[] | typeof STOP | undefined)[]
  /** 1 for each UTF-16 code unit that starts a name (has a child of the root). */
  readonly starts: Uint8Array
}

export const STOP = 'stop' as const

let cached: Gazetteer | undefined

/** The parsed gazetteer, built on first use. */
export function gazetteer(): Gazetteer {
  cached ??= load()
  return cached
}

function levelOfCode(code: string): AdminLevel {
  switch (code.length) {
    case 2:
      return 'province'
    case 4:
      return 'city'
    case 6:
      return 'county'
    case 9:
      return 'township'
    default:
      return 'country'
  }
}

const ETHNO_SORTED = [...ETHNONYMS].sort((a, b) => b.length - a.length).map((e) => ({ e, withZu: `${e}族` }))

/** Strips trailing ethnonyms (`阿坝藏族羌族` → `阿坝`, `博尔塔拉蒙古` → `博尔塔拉`). */
export function stripEthnonyms(base: string): string {
  let b = base
  for (;;) {
    let cut = false
    for (const { e, withZu } of ETHNO_SORTED) {
      if (b.endsWith(withZu) && b.length - withZu.length >= 2) {
        b = b.slice(0, -withZu.length)
        cut = true
        break
      }
      if (e.length >= 2 && b.endsWith(e) && b.length - e.length >= 2) {
        b = b.slice(0, -e.length)
        cut = true
        break
      }
    }
    if (!cut) break
  }
  // `东乡族自治县` has no base left: its name is the ethnonym.
  if (b !== base) return b
  const zu = /^(.+)族$/u.exec(base)
  return zu?.[1] ?? base
}

const DEV_ZONE_RE = /(开发区|园区|管理区|示范区|实验区|聚集区|新城|委员会|群岛|工业园|风景名胜区|合作区|试验区)$/u

interface Alias {
  readonly name: string
  readonly guarded: boolean
}

/**
 * Names a place is known by besides its official name. Rules (see README, "Aliases"):
 * provinces and cities drop 省/市/自治区/特别行政区/地区/盟 and ethnonyms; 自治州 gives `X州` and `X`;
 * counties drop 县/区/市/旗/林区/特区/新区 (and Taiwan's 镇/乡) when at least two characters remain,
 * autonomous counties give `X县`; townships drop 镇/乡/街道/苏木/地区. Short forms on the stoplists,
 * all township short forms and one-character-base townships are guarded.
 */
export function aliasesOf(place: { name: string; level: AdminLevel; code: string }): { shortName: string; aliases: Alias[] } {
  const { name, level } = place
  const out: Alias[] = []
  let shortName = name
  const add = (n: string, guarded: boolean): void => {
    if (n.length >= 2 && n !== name && !out.some((a) => a.name === n)) out.push({ name: n, guarded })
  }
  if (level === 'country') {
    add('中华人民共和国', false)
    return { shortName: '中国', aliases: out }
  }
  if (level === 'province') {
    const m = /^(.+?)(特别行政区|自治区|省|市)$/u.exec(name)
    if (m?.[1]) {
      shortName = m[2] === '自治区' ? stripEthnonyms(m[1]) : m[1]
      add(shortName, false)
      if (shortName === '内蒙古') add('内蒙', false)
    }
    return { shortName, aliases: out }
  }
  if (level === 'city') {
    let m: RegExpExecArray | null
    if ((m = /^(.+?)自治州$/u.exec(name)) && m[1]) {
      shortName = stripEthnonyms(m[1])
      add(`${shortName}州`, false)
      add(shortName, CITY_SHORT_STOP.includes(shortName))
    } else if ((m = /^(.+?)(市|地区|盟|县)$/u.exec(name)) && m[1]) {
      shortName = m[1]
      add(shortName, CITY_SHORT_STOP.includes(shortName))
    }
    return { shortName, aliases: out }
  }
  if (level === 'county') {
    if (DEV_ZONE_RE.test(name)) return { shortName, aliases: out }
    let m: RegExpExecArray | null
    if ((m = /^(.+?)自治(县|旗)$/u.exec(name)) && m[1] && m[2]) {
      shortName = stripEthnonyms(m[1])
      add(`${shortName}${m[2]}`, false)
      if (shortName.length >= 2) add(shortName, COUNTY_SHORT_STOP.includes(shortName))
    } else if ((m = /^(.+?)(林区|特区|新区|县|区|市|旗|镇|乡)$/u.exec(name)) && m[1] && m[1].length >= 2) {
      shortName = m[1]
      // Taiwan's 镇/乡/市 sit at county level here but are townships in size and naming: guard them.
      const taiwanTown = place.code.startsWith('71') && m[2] !== '区'
      add(shortName, taiwanTown || COUNTY_SHORT_STOP.includes(shortName))
    }
    return { shortName, aliases: out }
  }
  // township
  const m = /^(.+?)(街道|苏木|地区|镇|乡)$/u.exec(name)
  if (m?.[1]) {
    const base = m[2] === '乡' || m[2] === '苏木' ? stripEthnonyms(m[1].replace(/民族$/u, '')) : m[1]
    shortName = base
    add(base, true)
    if (base !== m[1] && base.length >= 1) add(`${base}${m[2]}`, true)
  }
  return { shortName, aliases: out }
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

function load(): Gazetteer {
  const byCode = new Map<string, AdminPlace>()
  const children = new Map<string, AdminPlace[]>()
  const raw: { code: string; name: string; level: AdminLevel }[] = [{ code: COUNTRY_CODE, name: '中国', level: 'country' }]
  for (const line of PLACES.split('\n')) {
    const [code, name, towns] = line.split('\t') as [string, string, string | undefined]
    raw.push({ code, name, level: levelOfCode(code) })
    if (towns) {
      for (const t of towns.split(',')) raw.push({ code: code + t.slice(0, 3), name: t.slice(3), level: 'township' })
    }
  }
  const codes = new Set(raw.map((r) => r.code))
  const parentCodeOf = (code: string): string | undefined => {
    const lens = code.length === 9 ? [6, 4, 2] : code.length === 6 ? [4, 2] : code.length === 4 ? [2] : []
    for (const len of lens) if (codes.has(code.slice(0, len))) return code.slice(0, len)
    return undefined
  }
  const extra = new Map<string, string[]>()
  for (const line of SOURCE_ALIASES ? SOURCE_ALIASES.split('\n') : []) {
    const [code, alias] = line.split('\t') as [string, string]
    extra.set(code, [...(extra.get(code) ?? []), alias])
  }

  const names = new Map<string, Entry[]>()
  const addName = (key: string, entry: Entry): void => {
    const list = names.get(key)
    if (!list) names.set(key, [entry])
    else if (!list.some((e) => e.place === entry.place)) list.push(entry)
  }
  // Raw is in code order within each level group, parents before children (the generator sorts by code).
  raw.sort((a, b) => (a.code.length !== b.code.length ? a.code.length - b.code.length : a.code < b.code ? -1 : 1))
  for (const r of raw) {
    const parentCode = r.level === 'country' ? undefined : parentCodeOf(r.code)
    const parent = parentCode ? byCode.get(parentCode) : undefined
    const { shortName, aliases } = aliasesOf(r)
    const path = r.level === 'country' ? [] : [...(parent?.path ?? []), r.name]
    // Two literals rather than a conditional spread, which is slow on 42k places; same keys, same order.
    const place: AdminPlace = parentCode
      ? { code: r.code, name: r.name, shortName, level: r.level, parentCode, path }
      : { code: r.code, name: r.name, shortName, level: r.level, path }
    byCode.set(r.code, place)
    if (parentCode ?? r.level === 'province') {
      const key = parentCode ?? COUNTRY_CODE
      const list = children.get(key)
      if (list) list.push(place)
      else children.set(key, [place])
    }
    addName(r.name, { place, alias: false, guarded: fullNameGuarded(r) })
    for (const a of aliases) addName(a.name, { place, alias: true, guarded: a.guarded })
    for (const a of extra.get(r.code) ?? []) addName(a, { place, alias: true, guarded: false })
  }

  // A short form that is also the name or a short form of a higher-level place belongs to that place
  // (`吉林` is the province, not 吉林市; `河南` is the province, not 河南蒙古族自治县).
  for (const [key, list] of names) {
    if (list.length < 2) continue
    const top = Math.min(...list.map((e) => LEVEL_RANK[e.place.level]))
    const kept = list.filter((e) => !e.alias || LEVEL_RANK[e.place.level] === top)
    kept.sort((a, b) => LEVEL_RANK[a.place.level] - LEVEL_RANK[b.place.level] || (a.place.code < b.place.code ? -1 : 1))
    names.set(key, kept)
  }

  const trie = new CharTrie(400_000)
  const terminals: (readonly Entry[] | typeof STOP | undefined)[] = []
  const starts = new Uint8Array(65536)
  const insert = (key: string, value: readonly Entry[] | typeof STOP): void => {
    if (key.length > 0) starts[key.charCodeAt(0)] = 1
    let node = 0
    for (let i = 0; i < key.length; i++) node = trie.child(node, key.charCodeAt(i))
    if (value === STOP || terminals[node] === undefined) terminals[node] = value
  }
  for (const [key, list] of names) insert(key, list)
  for (const p of STOP_PHRASES) insert(foldToSimplified(p), STOP)
  return { byCode, children, names, trie, terminals, starts }
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
