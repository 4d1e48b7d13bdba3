import type {VFile} from 'vfile'
import {codePointScript} from './variants.js'
import {parseVariant, variantFromFrontMatter} from './variant.js'

/** The regions whose standards the script rules know. */
export type RegionTag = 'zh-CN' | 'zh-HK' | 'zh-TW' | 'zh-MO'

/** Values of the `settings.region` config setting. */
export const regionSettings = ['auto', 'zh-CN', 'zh-HK', 'zh-TW', 'zh-MO'] as const

/** The region a file is checked against, and why. */
export interface RegionDecision {
  region: RegionTag
  /** `false` when the config or the front matter says so, `true` when jiaodui guessed. */
  detected: boolean
  /** One phrase naming the evidence (`settings.region`, `outlet 自由時報`, `vocabulary 嘅 ×4`). */
  reason: string
}

/** What a file says about its source (the fields of `file.data.meta` used here). */
export interface RegionMeta {
  outlet?: string | undefined
  source?: string | undefined
  place?: string | undefined
  edition?: {publication?: string | undefined} | undefined
  dateline?: {outlet?: string | undefined; place?: string | undefined} | undefined
}

declare module 'vfile' {
  interface DataMap {
    /** The region the script rules checked the file against (`regionOf`). */
    region: RegionDecision
  }
}

// Outlets whose articles follow one region's standard. Apple Daily (蘋果日報)
// published in both Hong Kong and Taiwan, so it is not listed.
const outlets: ReadonlyArray<[RegionTag, readonly string[]]> = [
  ['zh-HK', ['眾新聞', '香港電台', 'RTHK', '明報', '東方日報', '星島', '信報', '香港01', '立場新聞', '大公報', '文匯報', '香港經濟日報', '無綫新聞', 'TVB', '有線新聞', '商業電台', '獨立媒體', '頭條日報', 'am730', '港台']],
  ['zh-TW', ['中央社', '中央通訊社', '自由時報', '自由電子報', '聯合報', '聯合新聞網', 'ETtoday', '東森', 'TVBS', '華視', '中時', '中國時報', '三立', '民視', '公視', '鏡週刊', '今周刊', '風傳媒', '工商時報', '經濟日報']],
  ['zh-MO', ['澳門日報', '澳廣視', 'TDM', '論盡媒體', '力報', '市民日報', '正報', '華僑報']]
]

// Words that only one region's news uses. Strong: Cantonese particles and
// spellings (報道 in Hong Kong, 報導 in Taiwan; 衞 and 裏 in Hong Kong, 裡 in
// Taiwan), two votes each. Weak: places and institutions, one vote, since
// each region reports on the other. `澳門` alone is not enough for Macau.
const vocabulary: ReadonlyArray<[RegionTag, RegExp, number]> = [
  ['zh-HK', /嘅|咗|哋|佢|唔|嚟|睇|冇|喺|啲|㗎|報道|衞/g, 2],
  ['zh-HK', /特首|立法會|港府|港元|港幣|區議會|新界|九龍|醫管局|政務司|律政司|港島|屋苑|港鐵|警務處|香港|港人|特區政府|建制派|民建聯|泛民|旺角|沙田|元朗|屯門|荃灣|將軍澳|觀塘|灣仔|銅鑼灣|尖沙咀|公屋|居屋/g, 1],
  ['zh-TW', /報導|裡/g, 2],
  ['zh-TW', /臺灣|台灣|臺北|台北|新北|臺中|台中|臺南|台南|高雄|桃園|立委|行政院|立法院|總統府|民進黨|國民黨|新台幣|新臺幣|捷運|縣長|里長/g, 1],
  ['zh-MO', /澳門特區|澳門元|澳門幣|澳葡|氹仔|路氹|澳門政府/g, 2]
]

// Below this many regional votes the region is a default, and says so.
const minimumVotes = 2
// The winning region needs this many times the votes of the next one.
const winningRatio = 1.5
// The majority script must have this share of the script-specific characters.
const majorityShare = 2 / 3

/**
 * Guess the region of an article from its script (share of simplified-only
 * against traditional-only characters), the source metadata (`outlet`,
 * `source`, print edition, dateline) and words only one region uses.
 * Traditional text without regional evidence is `zh-TW`, said in `reason`.
 */
export function detectRegion(text: string, meta?: RegionMeta): RegionDecision {
  const {simplified, traditional} = scriptCounts(text)
  const total = simplified + traditional
  if (total > 0 && simplified / total >= majorityShare) {
    return {region: 'zh-CN', detected: true, reason: `simplified script (${simplified} of ${total} script-specific characters)`}
  }
  const fromMeta = regionFromMeta(meta)
  if (fromMeta) return {region: fromMeta.region, detected: true, reason: `outlet ${fromMeta.outlet}`}
  const votes = vocabularyVotes(text)
  // An outlet named in the text weighs as much as five regional words: a
  // Hong Kong outlet may credit a Taiwan one for a Taiwan story.
  for (const found of outletsInText(text)) {
    const vote = votes.get(found.region)!
    vote.count += outletWeight
    vote.examples.unshift(found.outlet)
  }
  const ranked = [...votes].sort((a, b) => b[1].count - a[1].count)
  const [best, second] = ranked
  if (best && best[1].count >= minimumVotes && best[1].count >= winningRatio * (second?.[1].count ?? 0)) {
    return {region: best[0], detected: true, reason: `vocabulary ${best[1].examples.join(' ')} (${best[1].count} against ${second?.[1].count ?? 0})`}
  }
  const script = total === 0 ? 'no script-specific characters' : `traditional script (${traditional} of ${total})`
  return {region: 'zh-TW', detected: true, reason: `${script}, no regional evidence (default zh-TW)`}
}

/** Simplified-only and traditional-only characters of a text. */
function scriptCounts(text: string): {simplified: number; traditional: number} {
  let simplified = 0
  let traditional = 0
  for (let offset = 0; offset < text.length; offset++) {
    const code = text.charCodeAt(offset)
    if (code < 0x3400) continue
    const script = codePointScript(code)
    if (script === 'simplified') simplified++
    else if (script === 'traditional') traditional++
  }
  return {simplified, traditional}
}

function outletIn(value: string | undefined): {region: RegionTag; outlet: string} | undefined {
  if (!value) return undefined
  for (const [region, names] of outlets) {
    for (const outlet of names) if (value.includes(outlet)) return {region, outlet}
  }
  return undefined
}

function regionFromMeta(meta: RegionMeta | undefined): {region: RegionTag; outlet: string} | undefined {
  if (!meta) return undefined
  return (
    outletIn(meta.outlet) ??
    outletIn(meta.dateline?.outlet) ??
    outletIn(meta.edition?.publication) ??
    outletIn(meta.source)
  )
}

// Web addresses of a region's outlets (`news.rthk.hk`, `ltn.com.tw`).
const domains: ReadonlyArray<[RegionTag, RegExp]> = [
  ['zh-HK', /[a-z0-9-]+\.(?:com\.)?hk\b|hkcnews\.com|hk01\.com|thestandnews\.com/i],
  ['zh-TW', /[a-z0-9-]+\.(?:com\.|org\.|gov\.)?tw\b|udn\.com|ettoday\.net/i],
  ['zh-MO', /[a-z0-9-]+\.(?:com\.)?mo\b/i]
]

// Outlet names too short or too common to count outside a credit's brackets
// (`港台` is also "Hong Kong and Taiwan"; `TVB` starts `TVBS`).
const bracketedOnly = new Set(['港台', 'TVB', '東森', '三立', '民視', '公視', '中時', '華視', '力報', '正報', 'TDM'])

const outletWeight = 5

let outletRegex: RegExp | undefined
let outletRegions: Map<string, RegionTag> | undefined

/** Every outlet name as one pattern, longest first (`TVBS` before `TVB`). */
function outletPattern(): RegExp {
  outletRegex ??= new RegExp(
    [...outletRegion().keys()].sort((a, b) => b.length - a.length).map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
    'g'
  )
  return outletRegex
}

function outletRegion(): Map<string, RegionTag> {
  outletRegions ??= new Map(outlets.flatMap(([region, names]) => names.map((name): [string, RegionTag] => [name, region])))
  return outletRegions
}

/**
 * Outlets named in the first or last lines (a credit, a source line, a
 * promo, a web address): `《眾新聞》`, `（中央社）`, `〔記者…／台北報導〕`,
 * `news.rthk.hk`; each at most once.
 */
function outletsInText(text: string): Array<{region: RegionTag; outlet: string}> {
  const ends = text.length <= 8000 ? text : text.slice(0, 4000) + '\n' + text.slice(-4000)
  const found: Array<{region: RegionTag; outlet: string}> = []
  const seen = new Set<string>()
  for (const match of ends.matchAll(outletPattern())) {
    const outlet = match[0]
    if (seen.has(outlet)) continue
    const before = ends[match.index - 1]
    const after = ends[match.index + outlet.length]
    const bracketed = (before !== undefined && '《（(〔【「'.includes(before)) || (after !== undefined && '》）)〕】」'.includes(after))
    if (!bracketed && bracketedOnly.has(outlet)) continue
    seen.add(outlet)
    found.push({region: outletRegion().get(outlet)!, outlet})
  }
  if (/〔記者[^〕]{1,20}／[^〕]{1,6}報導〕/.test(ends)) found.push({region: 'zh-TW', outlet: '〔記者…報導〕'})
  for (const [region, pattern] of domains) {
    const match = pattern.exec(ends)
    if (match) found.push({region, outlet: match[0]})
  }
  return found
}

function vocabularyVotes(text: string): Map<RegionTag, {count: number; examples: string[]}> {
  const votes = new Map<RegionTag, {count: number; examples: string[]}>()
  const seen = new Map<RegionTag, Map<string, number>>()
  for (const region of ['zh-HK', 'zh-TW', 'zh-MO'] as const) {
    votes.set(region, {count: 0, examples: []})
    seen.set(region, new Map())
  }
  for (const [region, pattern, weight] of vocabulary) {
    const words = seen.get(region)!
    for (const match of text.matchAll(pattern)) {
      votes.get(region)!.count += weight
      words.set(match[0], (words.get(match[0]) ?? 0) + 1)
    }
  }
  for (const [region, words] of seen) {
    votes.get(region)!.examples = [...words].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([word, times]) => `${word} ×${times}`)
  }
  return votes
}

/** Parse a `settings.region` value; `undefined` for `auto` or anything unknown. */
export function parseRegion(value: unknown): RegionTag | undefined {
  if (typeof value !== 'string') return undefined
  const variant = parseVariant(value)
  switch (variant) {
    case 'zh-CN':
    case 'zh-SG':
    case 'zh-Hans':
      return 'zh-CN'
    case 'zh-HK':
    case 'zh-TW':
    case 'zh-MO':
      return variant
    default:
      return undefined
  }
}

/**
 * The region of a file, computed once per file and kept in
 * `file.data.region`: `settings.region` when it is not `auto`, then a regional
 * `settings.variant` or front-matter `variant:`, else `detectRegion` on the
 * text and `file.data.meta`.
 */
export function regionOf(file: VFile): RegionDecision {
  if (file.data.region) return file.data.region
  const settings = (file.data.settings ?? {}) as Record<string, unknown>
  const text = String(file.value ?? '')
  const frontMatter = (file.data as Record<string, unknown>)['format'] === 'md' ? variantFromFrontMatter(text) : undefined
  const declared: Array<[RegionTag | undefined, string]> = [
    [frontMatter && frontMatter !== 'zh-Hant' ? parseRegion(frontMatter) : undefined, 'front matter'],
    [parseRegion(settings['region']), 'settings.region'],
    [parseRegion(settings['variant']), 'settings.variant']
  ]
  let decision: RegionDecision | undefined
  for (const [region, source] of declared) {
    if (region) {
      decision = {region, detected: false, reason: source}
      break
    }
  }
  decision ??= detectRegion(text, (file.data as Record<string, unknown>)['meta'] as RegionMeta | undefined)
  file.data.region = decision
  return decision
}

/** Whether a region writes traditional characters. */
export function isTraditionalRegion(region: RegionTag): boolean {
  return region !== 'zh-CN'
}
