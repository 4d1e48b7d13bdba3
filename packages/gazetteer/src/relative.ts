import { COUNTRY_CODE, gazetteer } from './data.js'
import { foldToSimplified } from './fold.js'
import { RELATIVE_BLOCKERS, RELATIVE_FIXED, RELATIVE_PREFIXES, RELATIVE_SUFFIXES } from './lexicon.js'
import type { Place, PlaceLevel } from './types.js'

/** Level a relative word points at; `world` and `local` (当地) have no administrative level. */
export type RelativeLevel = PlaceLevel | 'world' | 'local'

/** A relative scope word (`全市`, `该县`, `當地`) with UTF-16 offsets into the original text. */
export interface RelativeMention {
  readonly start: number
  readonly end: number
  readonly text: string
  /** `all` for 全…, `this` for 该/本/此… and 当地. */
  readonly kind: 'all' | 'this'
  /** The usual level: 市 → city, 县/区/旗 → county, 省 → province, 镇/乡 → township, 村 → village. */
  readonly level: RelativeLevel
  /** The administrative character (`市`, `县`, `区`…), `世界`, or `当地`: what resolution matches on. */
  readonly suffix: string
}

const SUFFIX_LEVEL: Record<string, RelativeLevel> = {
  国: 'country', 省: 'province', 市: 'city', 州: 'city', 盟: 'city', 县: 'county', 区: 'county', 旗: 'county',
  镇: 'township', 乡: 'township', 村: 'village', 世界: 'world', 当地: 'local',
}
/** Characters before 本 that make it part of another word (日本市场, 资本, 成本). */
const NOT_BEN = new Set('日资成基根样版脚剧课书原账')
const STARTS = new Set<string>([...Object.keys(RELATIVE_PREFIXES), ...Object.keys(RELATIVE_FIXED).map((w) => foldToSimplified(w)[0] as string)])
/** 1 for the code units that can start a relative word: a typed-array read per character of the text, not a set lookup. */
const STARTS_CODES = new Uint8Array(0x10000)
for (const c of STARTS) if (c.length === 1) STARTS_CODES[c.charCodeAt(0)] = 1
const fixed = Object.entries(RELATIVE_FIXED).map(([w, v]) => ({ w: foldToSimplified(w), ...v }))

/** Finds relative scope words (`全市`, `全县`, `该省`, `本市`, `当地`, `全国`, `全球`, `全世界`) in `text`. */
export function relativeScope(text: string): RelativeMention[] {
  const folded = foldToSimplified(text)
  const out: RelativeMention[] = []
  const n = folded.length
  for (let i = 0; i < n; i++) {
    // By code: `folded[i]` allocates a string per hanzi.
    if (STARTS_CODES[folded.charCodeAt(i)] !== 1) continue
    const c = folded[i] as string
    const f = fixedAt(folded, i)
    if (f) {
      if (blockedAt(folded, i + 1)) continue
      out.push(make(text, i, i + f.w.length, f.kind, f.suffix))
      i += f.w.length - 1
      continue
    }
    const kind = RELATIVE_PREFIXES[c]
    if (!kind || i + 1 >= n) continue
    const s = folded[i + 1] as string
    if (!RELATIVE_SUFFIXES.includes(s)) continue
    if (blockedAt(folded, i + 1)) continue
    if (c === '本' && i > 0 && NOT_BEN.has(folded[i - 1] as string)) continue
    out.push(make(text, i, i + 2, kind, s))
    i++
  }
  return out
}

// Helpers rather than closures over the loop index, which would give every iteration of the
// per-character loop its own context.
function fixedAt(folded: string, at: number): (typeof fixed)[number] | undefined {
  for (const x of fixed) if (folded.startsWith(x.w, at)) return x
  return undefined
}

function blockedAt(folded: string, at: number): boolean {
  for (const b of RELATIVE_BLOCKERS) if (folded.startsWith(b, at)) return true
  return false
}

function make(text: string, start: number, end: number, kind: 'all' | 'this', suffix: string): RelativeMention {
  return { start, end, text: text.slice(start, end), kind, level: SUFFIX_LEVEL[suffix] ?? 'local', suffix }
}

/**
 * The place a relative word refers to, given the places the text is about (nearest last, e.g. the
 * mentions before it in document order): the nearest context place, or its nearest ancestor, whose
 * name ends in the word's administrative character (`全市` → 太原市 from 娄烦县; `全区` → 广西壮族自治区
 * or 朝阳区), falling back to the level. `全国` gives the country, `全球` gives `undefined`, `当地` the
 * nearest context place.
 */
export function resolveRelative(relative: Pick<RelativeMention, 'suffix' | 'level'>, context: readonly Place[]): Place | undefined {
  const g = gazetteer()
  if (relative.level === 'world') return undefined
  if (relative.level === 'country') return g.byCode.get(COUNTRY_CODE)
  if (relative.level === 'local') return context[context.length - 1]
  const parentOf = (p: Place): Place | undefined =>
    p.parentCode ? g.byCode.get(p.parentCode) : p.level === 'province' ? g.byCode.get(COUNTRY_CODE) : undefined
  for (const byLevel of [false, true]) {
    for (let k = context.length - 1; k >= 0; k--) {
      for (let q: Place | undefined = context[k]; q; q = parentOf(q)) {
        const hit = byLevel
          ? q.level === relative.level
          : relative.suffix === '村'
            ? q.level === 'village'
            : q.name.endsWith(relative.suffix) && q.level !== 'country'
        if (hit) return q
      }
    }
  }
  return undefined
}
