// Names a place is known by, derived from its official name: used by the index builder
// (src/build-index.ts) at build time and exported for callers and tests.
import { CITY_SHORT_STOP, COUNTY_SHORT_STOP, ETHNONYMS } from './lexicon.js'
import type { AdminLevel } from './types.js'

/** Code of the country entry. */
export const COUNTRY_CODE = 'CN'

/** Level of a place from the length of its code. */
export function levelOfCode(code: string): AdminLevel {
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
