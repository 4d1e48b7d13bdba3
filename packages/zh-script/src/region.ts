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

// Words that only one region's news uses (Cantonese particles and Hong Kong
// institutions; Taiwan's institutions, places and 報導 for 報道). Each
// occurrence is one vote; `澳門` alone is not enough for Macau, since Hong Kong
// and Taiwan outlets report on Macau too.
const vocabulary: ReadonlyArray<[RegionTag, RegExp]> = [
  ['zh-HK', /嘅|咗|哋|佢|唔|嚟|睇|冇|喺|啲|咁|㗎|特首|立法會|港府|港元|港幣|區議會|新界|九龍|醫管局|政務司|律政司|港島|屋苑|港鐵|警務處|報道|衞/g],
  ['zh-TW', /臺北|台北|新北|臺中|台中|臺南|台南|高雄|桃園|立委|行政院|立法院|總統府|民進黨|國民黨|新台幣|新臺幣|捷運|縣長|里長|報導|裡/g],
  ['zh-MO', /澳門特區|澳門元|澳門幣|澳葡|氹仔|路氹|澳門政府/g]
]

// Below this many regional votes the region is a default, and says so.
const minimumVotes = 2
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
  const fromText = regionFromOutletText(text.slice(0, 4000))
  if (fromText) return {region: fromText.region, detected: true, reason: `outlet ${fromText.outlet} named in the text`}
  const votes = vocabularyVotes(text)
  const ranked = [...votes].sort((a, b) => b[1].count - a[1].count)
  const [best, second] = ranked
  if (best && best[1].count >= minimumVotes && best[1].count >= 2 * (second?.[1].count ?? 0)) {
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

// An outlet named as a source line or credit: `《眾新聞》`, `（中央社）`, `〔記者…／台北報導〕`.
function regionFromOutletText(head: string): {region: RegionTag; outlet: string} | undefined {
  for (const [region, names] of outlets) {
    for (const outlet of names) {
      const at = head.indexOf(outlet)
      if (at === -1) continue
      const before = head[at - 1]
      const after = head[at + outlet.length]
      if ((before && '《（(〔【「'.includes(before)) || (after && '》）)〕】」'.includes(after))) return {region, outlet}
    }
  }
  if (/〔記者[^〕]{1,20}／[^〕]{1,6}報導〕/.test(head)) return {region: 'zh-TW', outlet: '〔記者…報導〕 (Taiwan credit)'}
  return undefined
}

function vocabularyVotes(text: string): Map<RegionTag, {count: number; examples: string[]}> {
  const votes = new Map<RegionTag, {count: number; examples: string[]}>()
  for (const [region, pattern] of vocabulary) {
    const seen = new Map<string, number>()
    let count = 0
    for (const match of text.matchAll(pattern)) {
      count++
      seen.set(match[0], (seen.get(match[0]) ?? 0) + 1)
    }
    const examples = [...seen].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([word, times]) => `${word} ×${times}`)
    votes.set(region, {count, examples})
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
