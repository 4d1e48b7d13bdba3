/**
 * Lexicon lookups, indexed once by first character: units, currencies, approximation
 * words before and after a number, ordinal titles, noun stop words, excluded idioms.
 */

import {AR_DIGIT, isHanzi, TRIGGER, ZH_DIGIT} from './chars.js'
import {BARE_OK_FOLLOWERS, CURRENCIES, type Exclusion, EXCLUSION_GROUPS, NOUN_STOP_WORDS, ORDINAL_TITLES, PLACE_TAIL_BLOCKERS, PLACE_TAILS, PREFIX_BLOCKERS, PREFIX_QUALIFIERS, type QualifierCode, SUFFIX_QUALIFIERS, type UnitEntry, UNITS} from './lexicon.js'
import type {ScanContext} from './context.js'

interface ExIndexEntry {
  word: string
  offset: number
  unless: string
}

const EXCLUDE_INDEX = new Map<number, ExIndexEntry[]>()
for (const group of EXCLUSION_GROUPS) {
  for (const item of group.words) {
    const ex: Exclusion = typeof item === 'string' ? {word: item} : item
    // Index the word under every character a scan could start at, so that 进一步 is seen from 一.
    for (let k = 0; k < ex.word.length; k++) {
      const c = ex.word.charCodeAt(k)
      if (TRIGGER[c] !== 1) continue
      let list = EXCLUDE_INDEX.get(c)
      if (list === undefined) EXCLUDE_INDEX.set(c, (list = []))
      list.push({word: ex.word, offset: k, unless: ex.unless ?? ''})
    }
  }
}

function byFirstChar<T extends {surface: string}>(items: readonly T[]): Map<number, T[]> {
  const map = new Map<number, T[]>()
  for (const item of items) {
    const c = item.surface.charCodeAt(0)
    let list = map.get(c)
    if (list === undefined) map.set(c, (list = []))
    list.push(item)
  }
  for (const list of map.values()) list.sort((a, b) => b.surface.length - a.surface.length)
  return map
}

const UNIT_INDEX = byFirstChar(UNITS)
const CURRENCY_INDEX = byFirstChar(CURRENCIES.map(([surface, code]) => ({surface, code})))
const PREFIXES = [...PREFIX_QUALIFIERS].sort((a, b) => b[0].length - a[0].length)
const SUFFIX_INDEX = byFirstChar(SUFFIX_QUALIFIERS.map(([surface, code]) => ({surface, code})))
/** Titles and set phrases after 第N (第一书记), by first character. */
export const TITLE_INDEX = byFirstChar(ORDINAL_TITLES.map((surface) => ({surface})))
const STOP_WORD_INDEX = byFirstChar(NOUN_STOP_WORDS.map((surface) => ({surface})))
/** First characters of multi-character currency names (for `currencyNames`). */
export const CURRENCY_FIRST = new Uint8Array(0x10000)
for (const [surface] of CURRENCIES) if (surface.length > 1) CURRENCY_FIRST[surface.charCodeAt(0)] = 1

const NOUN_STOP_ANY = new Uint8Array(0x10000)
for (const ch of '的和与與及或、在是为為被把将將对對从從向到了着著过過已都也还還就等并並而于於给給让讓使由又再即不') {
  NOUN_STOP_ANY[ch.charCodeAt(0)] = 1
}
const NOUN_STOP_INNER = new Uint8Array(0x10000)
for (const ch of '中里裡上下前后後间間时時共均各每其占佔达達至约約近超逾余餘多来來以所能可要会會需应應') {
  NOUN_STOP_INNER[ch.charCodeAt(0)] = 1
}
/** Characters after a bare Chinese numeral that still leave it a number (`答案是四不是五`). */
export const BARE_OK = new Uint8Array(0x10000)
for (const ch of BARE_OK_FOLLOWERS) BARE_OK[ch.charCodeAt(0)] = 1
/** Place-name tails: a Chinese numeral + one character + one of these is a name (三道岭, 五台山). */
export const PLACE_TAIL = new Uint8Array(0x10000)
for (const ch of PLACE_TAILS) PLACE_TAIL[ch.charCodeAt(0)] = 1
/** Classifiers that keep `三个村` a count even before a place tail. */
export const PLACE_BLOCK = new Uint8Array(0x10000)
for (const ch of PLACE_TAIL_BLOCKERS) PLACE_BLOCK[ch.charCodeAt(0)] = 1

/** 多/余/餘: "more than". */
export const MORE_CHARS = '多余餘'
/** 来/來: "about" after a numeral, a time window after a duration. */
export const LAI = '来來'

/** Latin units after Arabic numbers (surface, canonical unit). */
export const LATIN_UNITS: readonly (readonly [string, string])[] = [
  ['kWh', 'kWh'], ['km', 'km'], ['kg', 'kg'], ['cm', 'cm'], ['mm', 'mm'], ['kW', 'kW'], ['MW', 'MW'], ['GW', 'GW'],
  ['KB', 'KB'], ['MB', 'MB'], ['GB', 'GB'], ['TB', 'TB'], ['kHz', 'kHz'], ['MHz', 'MHz'], ['GHz', 'GHz'],
  ['Hz', 'Hz'], ['mg', 'mg'], ['ml', 'ml'], ['mL', 'ml'], ['m', 'm'], ['g', 'g'], ['t', 't'], ['L', 'L'], ['W', 'W'],
  ['V', 'V'], ['pct', 'pct'], ['PCT', 'pct'], ['bp', 'bp'], ['bps', 'bps']
]

/** End of an excluded word (进一步, 一些) covering `at`, or -1. */
export function excludedAt(text: string, at: number, lastEnd: number): number {
  const list = EXCLUDE_INDEX.get(text.charCodeAt(at))
  if (list === undefined) return -1
  let best = -1
  for (const e of list) {
    const s = at - e.offset
    if (s < lastEnd && s < at) continue
    if (s < 0 || !text.startsWith(e.word, s)) continue
    const after = s + e.word.length
    if (e.unless !== '' && after < text.length && e.unless.includes(text[after]!)) continue
    if (after > best) best = after
  }
  return best
}

/** An approximation or bound word before a number (约, 近, 超过). */
export interface Prefix {
  start: number
  code: QualifierCode
  word: string
}

/** The approximation or bound word ending at `numStart`, or null. */
export function prefixBefore(ctx: ScanContext, numStart: number): Prefix | null {
  const {text} = ctx
  for (const [word, code] of PREFIXES) {
    const p = numStart - word.length
    if (p < ctx.lastEnd) continue
    if (!text.startsWith(word, p)) continue
    const blockers = PREFIX_BLOCKERS[word]
    if (blockers !== undefined && p > 0 && blockers.includes(text[p - 1]!)) continue
    return {start: p, code, word}
  }
  return null
}

/** The approximation or bound word at `at` (左右, 以上, 上下), or null. */
export function suffixAt(ctx: ScanContext, at: number): {end: number; code: QualifierCode} | null {
  const {text, n} = ctx
  const list = SUFFIX_INDEX.get(text.charCodeAt(at))
  if (list === undefined) return null
  for (const s of list) {
    if (!text.startsWith(s.surface, at)) continue
    const after = at + s.surface.length
    if (s.surface === '上下' && after < n && isHanzi(text.charCodeAt(after)) && text[after] !== '的') continue
    return {end: after, code: s.code}
  }
  return null
}

/** The counted noun starting at `from` (up to 10 Han characters, stopping at function words). */
export function readNoun(ctx: ScanContext, from: number, allowDe: boolean): string | undefined {
  const {text, n} = ctx
  if (allowDe && from < n && text.charCodeAt(from) === 0x7684) from++
  let k = from
  while (k < n && k - from < 10) {
    const c = text.charCodeAt(k)
    if (!isHanzi(c)) break
    if (NOUN_STOP_ANY[c] === 1) break
    if (k > from && NOUN_STOP_INNER[c] === 1) break
    const words = STOP_WORD_INDEX.get(c)
    if (words !== undefined && words.some((w) => text.startsWith(w.surface, k))) break
    if (k > from && (AR_DIGIT[c]! >= 0 || (ZH_DIGIT[c]! >= 0 && k + 1 < n && unitAt(ctx, k + 1) !== null))) break
    k++
  }
  return k > from ? text.slice(from, k) : undefined
}

/** The longest unit of the lexicon at `at`, or null. */
export function unitAt(ctx: ScanContext, at: number): UnitEntry | null {
  const list = UNIT_INDEX.get(ctx.text.charCodeAt(at))
  if (list === undefined) return null
  for (const u of list) {
    if (!ctx.text.startsWith(u.surface, at)) continue
    const after = ctx.text[at + u.surface.length] ?? ''
    // (`較上週28.390升值0.01元`: 升 of a verb, rising in value, grade or temperature, is no litre.)
    if (u.surface === '升' && VERB_AFTER_SHENG.test(after)) return null
    // (`6死亡人數`, `2傷者`: 死 and 傷 of a toll only where no word goes on with them.)
    if (TOLL.has(u.surface) && WORD_AFTER_TOLL.test(after)) return null
    return u
  }
  return null
}

/** A toll's units: the dead and the injured (`1死2傷`). */
export const TOLL = new Set(['死', '伤', '傷'])
/** What after 死 or 傷 makes a word of them (`死亡`, `死者`, `傷者`, `傷亡`, `傷害`, `傷勢`, `死刑`). */
const WORD_AFTER_TOLL = /[亡者因刑缓緩角守忠党黨心害势勢口病员員残殘痕患]/

/** What after 升 makes it a verb (`升值`, `升级`, `升幅`, `升温`, `升息`, `升高`), not a litre. */
const VERB_AFTER_SHENG = /[值级級幅温溫息高]/

/** The currency name at `at` with its ISO code, or null. */
export function currencyAt(ctx: ScanContext, at: number): {end: number; code: string} | null {
  const list = CURRENCY_INDEX.get(ctx.text.charCodeAt(at))
  if (list === undefined) return null
  for (const u of list) {
    if (!ctx.text.startsWith(u.surface, at)) continue
    // 块 is money only as 块钱; 元 before 旦/素/件/宵/首/老/帅/气 is another word.
    if (u.surface === '元' || u.surface === '圆' || u.surface === '圓') {
      const after = ctx.text.charCodeAt(at + 1)
      if ('旦素件宵首老帥帅气氣月'.includes(String.fromCharCode(after))) return null
    }
    return {end: at + u.surface.length, code: u.code}
  }
  return null
}
