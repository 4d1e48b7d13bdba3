import {
  hongKongVariantPhrases,
  hongKongVariants,
  simplifiedDefaultShare,
  simplifiedOnly,
  simplifiedToTraditional,
  taiwanVariantPhrases,
  taiwanVariants,
  traditionalDefaultShare,
  traditionalOnly,
  traditionalToSimplified
} from './generated/variants.js'
import {simplifiedPhrases, traditionalPhrases} from './generated/phrases.js'
import {SCRIPT_RUNS} from './generated/scripts.js'
import {decodeRuns} from '@jiaodui/parser-zh'

/**
 * Script of a character: `simplified` (used only in simplified text),
 * `traditional` (only in traditional text), `shared` (both, with a counterpart:
 * 后, 干, 余, 里) or `neutral` (no counterpart at all: 人, 中, punctuation).
 */
export type CharScript = 'simplified' | 'traditional' | 'shared' | 'neutral'

/** Direction of a conversion. */
export type Target = 'traditional' | 'simplified'

/** Region whose standard forms differ from OpenCC's traditional forms. */
export type Region = 'tw' | 'hk'

/** The regional tables (Taiwan and Hong Kong forms), parsed together. */
interface RegionalTables {
  regional: Record<Region, Map<string, string>>
  /** Regional form → OpenCC form, for both regions. */
  regionalBase: Map<string, string[]>
  regionalKeep: Record<Region, Phrases>
}

const scriptNames: readonly CharScript[] = ['neutral', 'shared', 'traditional', 'simplified']

/** A phrase dictionary for longest-match conversion. */
export interface Phrases {
  map: Map<string, string>
  /** Longest phrase (in code points) starting with a character. */
  longest: Map<string, number>
}

// Each table is parsed on first use, on its own: a simplified article's
// check needs the traditional → simplified counterparts only, not the shares,
// the other direction or the regional forms.
const counterpartTables: Partial<Record<Target, Map<string, readonly string[]>>> = {}
const shareTables: Partial<Record<Target, Map<string, number>>> = {}
let regionalTables: RegionalTables | undefined
/** Script of each code point (index into `scriptNames`); rules and region detection ask for every character of a file. */
let scripts: Uint8Array | undefined
let phrasesTraditional: Phrases | undefined
let phrasesSimplified: Phrases | undefined

/**
 * Parse groups separated by spaces, each a character then its counterparts.
 * A loop over code points rather than `Array.from` of each group: this runs at
 * the start of every check of Chinese text (3–4 ms the other way).
 */
function groups(value: string): Map<string, readonly string[]> {
  const map = new Map<string, readonly string[]>()
  for (let start = 0; start < value.length; ) {
    let end = value.indexOf(' ', start)
    if (end === -1) end = value.length
    const keyEnd = start + (value.codePointAt(start)! > 0xffff ? 2 : 1)
    const rest: string[] = []
    for (let at = keyEnd; at < end; ) {
      const size = value.codePointAt(at)! > 0xffff ? 2 : 1
      rest.push(value.slice(at, at + size))
      at += size
    }
    if (end > start && rest.length > 0) map.set(value.slice(start, keyEnd), rest)
    start = end + 1
  }
  return map
}

function shares(value: string): Map<string, number> {
  const map = new Map<string, number>()
  for (const item of value.split(' ')) {
    const [key] = Array.from(item)
    if (key) map.set(key, Number(item.slice(key.length)) / 100)
  }
  return map
}

function pairs(value: string): Map<string, string> {
  const list = Array.from(value)
  const map = new Map<string, string>()
  for (let index = 0; index + 1 < list.length; index += 2) map.set(list[index]!, list[index + 1]!)
  return map
}

/**
 * Parse phrases separated by spaces: `key+value` (halves of equal length),
 * keys only (`keysOnly`), or the compact form of `simplifiedPhrases`
 * (`deriveKey`: the value alone, or `key|value`).
 */
function phrases(value: string, layout: 'pairs' | 'keys' | 'compact' = 'pairs'): Phrases {
  const map = new Map<string, string>()
  const longest = new Map<string, number>()
  for (const entry of value.split(' ')) {
    if (!entry) continue
    let key: string[]
    let result: string
    if (layout === 'keys') {
      key = Array.from(entry)
      result = entry
    } else if (layout === 'compact') {
      const bar = entry.indexOf('|')
      if (bar === -1) {
        key = Array.from(entry).map((char) => counterparts(char, 'simplified')[0] ?? char)
        result = entry
      } else {
        key = Array.from(entry.slice(0, bar))
        result = entry.slice(bar + 1)
      }
    } else {
      const list = Array.from(entry)
      key = list.slice(0, list.length / 2)
      result = list.slice(list.length / 2).join('')
    }
    map.set(key.join(''), result)
    const first = key[0]!
    if ((longest.get(first) ?? 0) < key.length) longest.set(first, key.length)
  }
  return {map, longest}
}

/** A character's counterparts in the `target` script, parsed on first use (nothing happens at import time). */
function counterpartTable(target: Target): Map<string, readonly string[]> {
  counterpartTables[target] ??= groups(target === 'traditional' ? simplifiedToTraditional : traditionalToSimplified)
  return counterpartTables[target]
}

/** How often the default counterpart in the `target` script is used, parsed on first use. */
function shareTable(target: Target): Map<string, number> {
  shareTables[target] ??= shares(target === 'traditional' ? traditionalDefaultShare : simplifiedDefaultShare)
  return shareTables[target]
}

/** The Taiwan and Hong Kong forms, parsed on first use. */
function regionalTable(): RegionalTables {
  if (regionalTables) return regionalTables
  const tw = pairs(taiwanVariants)
  const hk = pairs(hongKongVariants)
  const regionalBase = new Map<string, string[]>()
  for (const map of [tw, hk]) {
    for (const [base, form] of map) regionalBase.set(form, [...(regionalBase.get(form) ?? []), base])
  }
  regionalTables = {
    regional: {tw, hk},
    regionalBase,
    regionalKeep: {tw: phrases(taiwanVariantPhrases, 'keys'), hk: phrases(hongKongVariantPhrases)}
  }
  return regionalTables
}

/**
 * Build the script of every code point from the OpenCC tables, the way
 * `scripts/generate-scripts.js` does (and the drift test checks): a character
 * with a counterpart is shared, then marked traditional-only, then
 * simplified-only (later marks win).
 */
export function buildScriptTable(): Uint8Array {
  const result = new Uint8Array(0x110000)
  for (const value of [simplifiedToTraditional, traditionalToSimplified]) for (const char of groups(value).keys()) result[char.codePointAt(0)!] = 1
  for (const char of traditionalOnly) result[char.codePointAt(0)!] = 2
  for (const char of simplifiedOnly) result[char.codePointAt(0)!] = 3
  return result
}

/** The table of `src/generated/scripts.ts` (runs of `(run length << 2) | script`, see parser-zh's runs.ts). */
export function decodeScriptRuns(base64: string): Uint8Array {
  return decodeRuns(base64, 0x110000, 2, (covered) => `zh-script: the script runs cover ${covered} code points, not 0x110000 (regenerate src/generated/scripts.ts)`)
}

/**
 * The script table, decoded on first use from the runs shipped in
 * `src/generated/scripts.ts` without parsing the OpenCC tables: building it
 * with them took about 9 ms of every start, and region detection needs only the scripts.
 */
function scriptTable(): Uint8Array {
  scripts ??= decodeScriptRuns(SCRIPT_RUNS)
  return scripts
}

/** Script of one character (a code point). */
export function charScript(char: string): CharScript {
  const code = char.codePointAt(0)
  // The tables hold single code points only.
  if (code === undefined || char.length !== (code > 0xffff ? 2 : 1)) return 'neutral'
  return codePointScript(code)
}

/** Script of a code point: `charScript` without making a string of it. */
export function codePointScript(code: number): CharScript {
  return scriptNames[scriptTable()[code] ?? 0]!
}

/**
 * Counterparts of a character in the other script, OpenCC's default first
 * (`发` → `發 髮`, `后` → `後 后`, `干` → `幹 乾 干 榦`); empty when it has none.
 */
export function counterparts(char: string, target: Target): readonly string[] {
  return counterpartTable(target).get(char) ?? []
}

/**
 * How often OpenCC's phrase tables use the default counterpart of a character
 * with several (0–1); 1 for characters with a single counterpart.
 */
export function defaultShare(char: string, target: Target): number {
  return shareTable(target).get(char) ?? 1
}

/** The form a region writes for an OpenCC traditional character (`爲` → `為` in Taiwan), if different. */
export function regionalForm(char: string, region: Region): string | undefined {
  return regionalTable().regional[region].get(char)
}

/**
 * The code units of the BMP characters `regionalForm` or `openccFormOf` can
 * answer for (1: a key of the regional tables), for callers that scan a whole
 * text and should look up only those; astral characters: `inRegionalTables`.
 */
export function regionalUnits(): Uint8Array {
  if (regionalUnitTable) return regionalUnitTable
  const table = new Uint8Array(0x10000)
  for (const char of regionalKeys()) if (char.length === 1) table[char.charCodeAt(0)] = 1
  regionalUnitTable = table
  return table
}

/** Whether `regionalForm` or `openccFormOf` can answer for `char` (one character). */
export function inRegionalTables(char: string): boolean {
  return regionalKeys().has(char)
}

let regionalUnitTable: Uint8Array | undefined
let regionalKeySet: Set<string> | undefined

function regionalKeys(): Set<string> {
  if (regionalKeySet) return regionalKeySet
  const {regional, regionalBase} = regionalTable()
  regionalKeySet = new Set([...regional.tw.keys(), ...regional.hk.keys(), ...regionalBase.keys()])
  return regionalKeySet
}

/** The OpenCC traditional character a region's form stands for (`裡` → `裏` in Taiwan), if `char` is one. */
export function openccFormOf(char: string, region: Region): string | undefined {
  const {regional, regionalBase} = regionalTable()
  return regionalBase.get(char)?.find((base) => regional[region].get(base) === char)
}

/**
 * Whether two traditional characters are the same character in different
 * regional standards (`裏`/`裡`, `臺`/`台`, `爲`/`為`).
 */
export function sameTraditional(a: string, b: string): boolean {
  if (a === b) return true
  const {regional, regionalBase} = regionalTable()
  if (regional.tw.get(a) === b || regional.hk.get(a) === b || regional.tw.get(b) === a || regional.hk.get(b) === a) return true
  const baseA = regionalBase.get(a) ?? [a]
  const baseB = regionalBase.get(b) ?? [b]
  return baseA.some((base) => baseB.includes(base))
}

/** Phrases in which a region keeps the OpenCC form (`林國樑` in Taiwan). */
export function regionalExceptions(region: Region): Phrases {
  return regionalTable().regionalKeep[region]
}

/** Exception phrases for converting simplified to traditional (`干净` → `乾淨`, `皇后` → `皇后`). */
export function traditionalPhraseTable(): Phrases {
  phrasesTraditional ??= phrases(simplifiedPhrases, 'compact')
  return phrasesTraditional
}

/** Phrases for converting traditional to simplified (`乾隆` → `乾隆`). */
export function simplifiedPhraseTable(): Phrases {
  phrasesSimplified ??= phrases(traditionalPhrases)
  return phrasesSimplified
}

/** Result of converting a list of characters, one entry per input character. */
export interface Conversion {
  /** The converted characters. */
  value: string[]
  /** Whether a phrase decided the character (rather than the character default). */
  phrase: boolean[]
  /** Start index of the phrase (or of the character itself) each character belongs to. */
  start: number[]
  /** End index (exclusive) of that phrase. */
  end: number[]
}

const pairsOf = new WeakMap<Phrases, Set<string>>()

/**
 * The first two characters of every phrase of a table: a position whose two
 * characters open none is skipped with one lookup instead of one per length.
 */
function openingPairs(table: Phrases): Set<string> {
  let pairs = pairsOf.get(table)
  if (!pairs) {
    pairs = new Set()
    for (const phrase of table.map.keys()) {
      const [first, second] = Array.from(phrase)
      if (second !== undefined) pairs.add(first! + second)
    }
    pairsOf.set(table, pairs)
  }
  return pairs
}

/**
 * Longest-match conversion in OpenCC's manner: at each position take the
 * longest phrase of the table, else the character's default counterpart
 * (or `fallback(char)`). `chars` are code points; the result has the same length.
 */
export function convertChars(
  chars: readonly string[],
  target: Target,
  table?: Phrases,
  fallback?: (char: string) => string
): Conversion {
  const dictionary = table ?? (target === 'traditional' ? traditionalPhraseTable() : simplifiedPhraseTable())
  const pairs = openingPairs(dictionary)
  const defaults = counterpartTable(target)
  const size = chars.length
  const value: string[] = new Array<string>(size)
  const phrase: boolean[] = new Array<boolean>(size).fill(false)
  const start: number[] = new Array<number>(size)
  const end: number[] = new Array<number>(size)
  // Offsets of each character in the joined text, so that a candidate phrase
  // is one `slice` rather than a join.
  const text = chars.join('')
  const offsets = new Array<number>(size + 1)
  offsets[0] = 0
  for (let at = 0; at < size; at++) offsets[at + 1] = offsets[at]! + chars[at]!.length
  let index = 0
  while (index < size) {
    const char = chars[index]!
    let longest = Math.min(dictionary.longest.get(char) ?? 0, size - index)
    if (longest >= 3 && !pairs.has(text.slice(offsets[index], offsets[index + 2]))) longest = 0
    let matched = 0
    for (let length = longest; length >= 2; length--) {
      const replacement = dictionary.map.get(text.slice(offsets[index], offsets[index + length]))
      if (replacement === undefined) continue
      const list = Array.from(replacement)
      for (let offset = 0; offset < length; offset++) {
        value[index + offset] = list[offset] ?? chars[index + offset]!
        phrase[index + offset] = true
        start[index + offset] = index
        end[index + offset] = index + length
      }
      matched = length
      break
    }
    if (matched > 0) {
      index += matched
      continue
    }
    value[index] = fallback ? fallback(char) : (defaults.get(char)?.[0] ?? char)
    start[index] = index
    end[index] = index + 1
    index++
  }
  return {value, phrase, start, end}
}

/** Convert a text to traditional (OpenCC forms) with the shipped tables. */
export function toTraditional(text: string): string {
  const chars = Array.from(text)
  return convertChars(convertChars(chars, 'simplified').value, 'traditional').value.join('')
}

/** Convert a text to simplified with the shipped tables. */
export function toSimplified(text: string): string {
  return convertChars(Array.from(text), 'simplified').value.join('')
}

/**
 * Whether the phrase matched at `[from, to)` of `chars` straddles a word: a
 * longer phrase of `table` starts inside it and ends after it (`去干` in
 * `去干涉`, where `干涉` is the word). Longest match from the left takes
 * `去干`; a decision on such a phrase is not trusted.
 */
export function phraseStraddles(chars: readonly string[], from: number, to: number, table: Phrases): boolean {
  for (let start = from + 1; start < to; start++) {
    const longest = Math.min(table.longest.get(chars[start]!) ?? 0, chars.length - start)
    for (let length = longest; start + length > to; length--) {
      if (table.map.has(chars.slice(start, start + length).join(''))) return true
    }
  }
  return false
}
