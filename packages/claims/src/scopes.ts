import type {Quantity} from '@jiaodui/zh-number'
// Scopes: the places, organisations and regions a sentence names, and the place an article is about.

import {findPlaces, parentOf, placeByCode, relativeScope, resolveRelative, type Place} from '@jiaodui/gazetteer'
import {overlapTest, type TimeMention} from './period.js'
import {NEWS_AGENCY, organisationId, REPORT_DAY} from './news-words.js'
import {regionPlace} from './region.js'
import type {WordIndex} from './segment.js'
import {indexOfMention, overlapping, partition} from './spans.js'
import {foldText, type Span} from './text.js'
import type {ClaimScope} from './types.js'

/** Capitals whose datelines file national news: 北京 (11), 台北 (7101). */
const CAPITALS = new Set(['11', '7101'])

const LEVEL_RANK: Record<string, number> = {country: 0, province: 1, city: 2, county: 3, township: 4, village: 5}

/** A place named (or implied: `该县`, `我市`, `全国`) in the text, resolved to a place. */
export interface ScopeMention {
  start: number
  end: number
  text: string
  place: Place
  via: 'explicit' | 'relative' | 'first-person'
  /** A byline's place (`／台中報導`): counts for the article's place, never the scope of a sentence. */
  byline?: true
  /** A company read only from the head of its clause: the scope of that sentence, not carried to the next. */
  local?: true
}

/** Scope id of a place: its code, or `village:<parent>:<name>` for villages. */
export function scopeIdOf(place: Place): string {
  return place.code ?? `village:${place.parentCode ?? '?'}:${place.name}`
}

/** The last place named in a text (a dateline's place words). */
function placeOfText(text: string): Place | undefined {
  const mentions = findPlaces(text)
  for (let k = mentions.length - 1; k >= 0; k--) {
    const place = mentions[k]?.place
    if (place) return place
  }
  return undefined
}

/**
 * The place of the article's dateline or metadata. A dateline in the capital (`新华社北京…电`,
 * `記者…／台北報導`) files national news: the capital is where the reporter sits, not what the
 * figures are about, so it counts only when metadata names it.
 */
export function documentPlaceOf(placeText: string | undefined, fromMetadata: boolean): Place | undefined {
  const datelinePlace = placeText ? placeOfText(foldText(placeText)) : undefined
  return datelinePlace && !fromMetadata && CAPITALS.has(String(datelinePlace.code)) ? undefined : datelinePlace
}

/**
 * The place a figure without a place of its own is about: the dateline or metadata place; else
 * for Hong Kong and Macau the region (hospital clusters and districts such as `九龍西`, `九龍中` are
 * named often but are not the subject); else the place the article mostly names; else the region
 * of the article (a mainland article without a place of its own reports national figures).
 */
export function articlePlaceOf(documentPlace: Place | undefined, region: string | undefined, segmentScopes: ReadonlyArray<readonly ScopeMention[]>, headline?: string): Place | undefined {
  if (documentPlace) return documentPlace
  // (`國家統計局公布，上月內地CPI…`: a Hong Kong, Macau or Taiwan story of a mainland release is the mainland's.)
  if ((region === 'HK' || region === 'MO' || region === 'TW') && headline !== undefined && MAINLAND_RELEASE.test(headline.trimStart())) return regionPlace('CN')
  if (region === 'HK' || region === 'MO') {
    const place = regionPlace(region)
    const elsewhere = place && headline !== undefined ? headlineElsewhere(headline, segmentScopes[0] ?? [], place) : undefined
    if (elsewhere) return elsewhere
    if (place) return place
  }
  const agency = headline !== undefined ? agencyCountry(headline) : undefined
  const ofAgency = agency !== undefined && headline !== undefined ? foreignArticlePlace(headline, segmentScopes, agency) : undefined
  return ofAgency ?? mostNamedPlace(segmentScopes) ?? (headline !== undefined ? foreignArticlePlace(headline, segmentScopes) : undefined) ?? regionPlace(region)
}

/** A lead that reports a release of the mainland's statistics bureau (`國家統計局公布，…`, `中國國家統計局今天發布…`). */
const MAINLAND_RELEASE = new RegExp(`^[^。\\n]{0,30}?(?:中国)?国家统计局(?:${REPORT_DAY})?(?:公布|发布|数据显示|表示|指出)`)

/** National news agencies that report their own country's news in Chinese (not the world wires: 法新社, 路透社, 美联社). */
const NATIONAL_AGENCY: Record<string, string> = {共同社: '日本', 共同网: '日本', 时事社: '日本', 时事通讯社: '日本', 韩联社: '韩国', 韩国联合通讯社: '韩国'}
/** A dateline of one of them opening the text, from home (`【共同社10月2日电】`, `（韩联社首尔5月2日电）`; not `共同社北京…电`). */
const NATIONAL_DATELINE = /^[^【（(]{0,80}[【（(]\s*(共同社|共同网|时事社|时事通讯社|韩联社|韩国联合通讯社)\s*(?:东京|首尔)?\s*\d{1,2}月\d{1,2}日电\s*[】）)]/

/** The country of the national agency whose dateline opens the text, if one does. */
function agencyCountry(folded: string): string | undefined {
  const m = NATIONAL_DATELINE.exec(folded.slice(0, 140))
  return m?.[1] !== undefined ? NATIONAL_AGENCY[m[1]] : undefined
}

/** The country of a foreign capital (`东京` → 日本): an article from there is about that country. */
const CAPITAL_OF: Record<string, string> = {
  华盛顿: '美国', 纽约: '美国', 莫斯科: '俄罗斯', 巴黎: '法国', 伦敦: '英国', 东京: '日本', 首尔: '韩国', 柏林: '德国',
  阿布达比: '阿联酋', 阿布扎比: '阿联酋', 杜拜: '阿联酋', 迪拜: '阿联酋', 多哈: '卡塔尔', 利雅德: '沙特', 利雅得: '沙特'
}

/**
 * The country a foreign story is about (`【共同社10月2日电】日本总务省…`, a Seoul report of a Korean
 * paper): a country outside the gazetteer (or its capital) named at least 3 times, more often than
 * all the places of China together, and in the article's first 150 characters. Its figures that
 * name no place are that country's, not those of the region of the script they are written in.
 */
function foreignArticlePlace(folded: string, segmentScopes: ReadonlyArray<readonly ScopeMention[]>, agency?: string): Place | undefined {
  const domestic = segmentScopes.reduce((sum, scopes) => sum + scopes.filter((s) => s.via === 'explicit').length, 0)
  const counts = new Map<string, {count: number; first: number}>()
  for (const f of withForeign(folded, [])) {
    const country = countryOf(f.place)
    if (country === undefined) continue
    const entry = counts.get(country)
    if (entry) entry.count++
    else counts.set(country, {count: 1, first: f.start})
  }
  let best: [string, {count: number; first: number}] | undefined
  for (const entry of counts) if (!best || entry[1].count > best[1].count) best = entry
  // (After a national agency's dateline, its country needs only to be named in the lead, as often as China's places.)
  // (Counted as written, `从日本文部科学省` too: the journey reading does not apply to the agency's own country.)
  if (agency !== undefined) {
    let own = 0
    for (let i = folded.indexOf(agency); i >= 0; i = folded.indexOf(agency, i + agency.length)) own++
    const first = folded.indexOf(agency)
    return first >= 0 && first <= 200 && own >= domestic && (best === undefined || best[0] === agency || best[1].count < own) ? foreignPlace(agency) : undefined
  }
  if (!best || best[1].count < 3 || best[1].count <= domestic || best[1].first > 150) return undefined
  return foreignPlace(best[0])
}

/**
 * The place a Hong Kong or Macau story is about when its headline says it is elsewhere
 * (`某國首季出口大跌`, `某市今晨地震`): the first place the headline names, when every place it
 * names (past a column tag) is outside the region. `headline` is the first segment's folded text.
 */
function headlineElsewhere(folded: string, scopes: readonly ScopeMention[], region: Place): Place | undefined {
  // (A text of one line, or a first line longer than a headline, has no headline.)
  const end = folded.indexOf('\n')
  if (end < 0 || end > 60) return undefined
  const tag = /^\s*【[^【】\n]{1,20}】/.exec(folded)
  const start = tag ? tag[0].length : 0
  const named = scopes.filter((s) => s.start >= start && s.end <= end && s.via === 'explicit' && !s.byline)
  const code = String(region.code)
  const inside = (s: ScopeMention) => String(s.place.code ?? '').startsWith(code) || String(s.place.code ?? '').startsWith('org:')
  return named.length > 0 && !named.some(inside) ? named[0]?.place : undefined
}

/**
 * The place an article mostly names. A mention counts for the place and its ancestors (`娄烦县`
 * counts for 太原市 and 山西省); the most specific place named at least 3 times in its own name
 * with at least half of all mentions within it wins (seed 002: 太原 with its counties and
 * villages); the country only when nothing more specific qualifies.
 */
function mostNamedPlace(segmentScopes: ReadonlyArray<readonly ScopeMention[]>): Place | undefined {
  const counts = new Map<string, {place: Place; count: number}>()
  let mentions = 0
  for (const scopes of segmentScopes) {
    for (const s of scopes) {
      if (s.via !== 'explicit') continue
      const id = scopeIdOf(s.place)
      const entry = counts.get(id)
      if (entry) entry.count++
      else counts.set(id, {place: s.place, count: 1})
      mentions++
    }
  }
  const within = new Map<string, {place: Place; count: number; own: number}>()
  for (const [id, entry] of counts) {
    for (let p: Place | undefined = entry.place, depth = 0; p && depth < 6; p = parentOf(p), depth++) {
      const key = p === entry.place ? id : scopeIdOf(p)
      const sum = within.get(key) ?? {place: p, count: 0, own: 0}
      sum.count += entry.count
      if (p === entry.place) sum.own += entry.count
      within.set(key, sum)
    }
  }
  let best: {place: Place; count: number; own: number} | undefined
  for (const entry of within.values()) {
    // The country holds every place: it counts only its own mentions (`中国`, `全国` are not counted).
    const count = entry.place.code === 'CN' ? entry.own : entry.count
    if (entry.own < 3 || count * 2 < mentions) continue
    const rank = LEVEL_RANK[entry.place.level] ?? -1
    const bestRank = best ? (LEVEL_RANK[best.place.level] ?? -1) : -2
    if (rank > bestRank || (rank === bestRank && best && entry.count > best.count)) best = entry
  }
  return best?.place
}

/**
 * Every scope mention of a segment: its places (from {@link scopeMentions}), first-person words
 * when the article has a place, organisations named after a place, foreign countries, and words
 * naming the article's region.
 */
export function scopesOfSegment(folded: string, placeScopes: ScopeMention[], articlePlace: Place | undefined, region: string | undefined): ScopeMention[] {
  const inText = placeScopes.some((s) => s.byline) ? placeScopes.filter((s) => !s.byline) : placeScopes
  const withOwn = withOrganisations(folded, articlePlace ? withFirstPerson(folded, inText, articlePlace) : inText)
  const places = withoutThemes(folded, withForeign(folded, withOwn, region))
  return withNationOfStory(folded, withFlights(folded, withSubjectCompanies(folded, withRegionWords(folded, region, withCompanies(folded, withTableRows(folded, withEvents(folded, withoutNamesInLists(folded, places))))))), articlePlace)
}

/**
 * `【共同社…电】…全国国公私立小学…`: in a story a national agency files from home (its dateline opens the
 * segment and its country is the article's place), `全国` is that country's whole, not China's (as `全国`
 * after a country named in its sentence already is). Not in a Chinese story about a foreign country
 * (`美国…。全国一般公共预算收入…` is China's budget).
 */
function withNationOfStory(folded: string, scopes: ScopeMention[], articlePlace: Place | undefined): ScopeMention[] {
  if (articlePlace === undefined || articlePlace.level !== 'country' || agencyCountry(folded) !== articlePlace.name) return scopes
  return scopes.map((s) => (s.via === 'relative' && s.place.code === 'CN' && s.text === '全国' ? {...s, place: articlePlace} : s))
}

/** One item of a list of names: two to six characters between separators. */
const LIST_ITEM = /^[\u4e00-\u9fff]{2,6}$/
/** What may stand before the first item of a list: the start of a clause. */
const ITEM_START = /[\s，,。；;：:（(“「『]/
/** Separators of a list of names. */
const LIST_SEPARATOR = /[、和及与]/

/**
 * `国富弹性、华夏优增、华安宏利和中信红利4只基金`: a place that begins an item of a list of names and goes on
 * into more characters (`华安宏利`, a fund named after its company) is the head of a name when the items
 * next to it name no place: funds, brands and companies are listed so; places are listed with places
 * (`北京朝阳、上海浦东`).
 */
function withoutNamesInLists(folded: string, scopes: ScopeMention[]): ScopeMention[] {
  if (!folded.includes('、')) return scopes
  let dropped: Set<ScopeMention> | undefined
  const placeIn = (start: number, end: number) => {
    for (let k = partition(scopes, (s) => s.end <= start); k < scopes.length && (scopes[k] as ScopeMention).start < end; k++) return true
    return false
  }
  for (const s of scopes) {
    // (Counties and smaller places, whose short names are also the heads of names: `华安`; not `中国华电`'s country.)
    if (s.via !== 'explicit' || !/^(?:county|township|village)$/.test(s.place.level)) continue
    const end = itemEnd(folded, s.end)
    // The item goes on past the place (`华安宏利`), by a word that is not a place's suffix or 的, up to the next item.
    if (end === s.end || end - s.start > 6 || !LIST_SEPARATOR.test(folded[end] ?? '') || /^[省市县区州镇乡村路街的]/.test(folded.slice(s.end, s.end + 1))) continue
    if (!LIST_SEPARATOR.test(folded[s.start - 1] ?? '') && !ITEM_START.test(folded[s.start - 1] ?? '')) continue
    const items: Array<[number, number]> = [[end + 1, itemEnd(folded, end + 1)]]
    if (LIST_SEPARATOR.test(folded[s.start - 1] ?? '')) {
      const sep = s.start - 1
      let a = sep
      while (a > 0 && sep - a < 7 && /[\u4e00-\u9fff]/.test(folded[a - 1] as string) && !LIST_SEPARATOR.test(folded[a - 1] as string)) a--
      // (The item before is whole: it starts a clause or follows a separator, `…平方呎、` is no item.)
      if (a > 0 && !ITEM_START.test(folded[a - 1] as string) && !LIST_SEPARATOR.test(folded[a - 1] as string)) continue
      items.push([a, sep])
    }
    if (!items.every(([a, b]) => LIST_ITEM.test(folded.slice(a, b)) && !placeIn(a, b))) continue
    ;(dropped ??= new Set()).add(s)
  }
  return dropped ? scopes.filter((s) => !dropped?.has(s)) : scopes
}

/** Where a list item that runs from `from` ends: at the next separator or non-Han character, within 7 characters. */
function itemEnd(folded: string, from: number): number {
  let b = from
  while (b < folded.length && b - from < 7 && /[\u4e00-\u9fff]/.test(folded[b] as string) && !LIST_SEPARATOR.test(folded[b] as string)) b++
  return b
}

/** Endings of a company's registered name. */
const COMPANY_END = ['有限公司', '介绍所', '事务所']
/** Where a company's name starts, reading back from its ending: punctuation, particles, or a word ending in 公司 (`上市公司…`). */
const NAME_BOUNDARY = /[^\u4e00-\u9fff]|[的为是由和及与在向从对将把被给即任]/

/** First characters of company names that are common words (`南方基金…`, `中央结算…`), never a short form. */
const GENERIC_ALIAS = /^(?:东方|南方|西方|北方|中央|国际|联合|新华|人民|国家|全国|中华|华夏|世界|亚洲|环球|中国|香港|台湾|澳门)$/

/** The registered company names of a text (`甲乙護理服務有限公司`), each with its span. */
function companyNames(folded: string): Array<{start: number; end: number; name: string}> {
  const out: Array<{start: number; end: number; name: string}> = []
  for (const ending of COMPANY_END) {
    for (let i = folded.indexOf(ending); i >= 0; i = folded.indexOf(ending, i + ending.length)) {
      let start = i
      while (start > 0 && i - start < 16 && !NAME_BOUNDARY.test(folded[start - 1] as string) && !folded.startsWith('公司', start - 2)) start--
      if (i - start >= 2) out.push({start, end: i + ending.length, name: folded.slice(start, i + ending.length)})
    }
  }
  return out.sort((a, b) => a.start - b.start)
}

/**
 * Companies by their registered name and by its short form: `甲乙護理服務有限公司` is a scope, and so
 * is `甲乙` wherever the text uses it alone later (a company is named in full once, then short). The
 * short form is the name's first two characters, when they are not a place; both have the full name's id.
 */
function withCompanies(folded: string, scopes: ScopeMention[]): ScopeMention[] {
  if (!COMPANY_END.some((ending) => folded.includes(ending))) return scopes
  const names = companyNames(folded)
  if (names.length === 0) return scopes
  const found: ScopeMention[] = names.map(({start, end, name}) => ({start, end, text: name, place: organisationPlace(name), via: 'explicit' as const}))
  const inName = overlapTest(names.map((n) => [n.start, n.end] as const))
  const aliases = new Map<string, Place>()
  for (const {name} of names) {
    const alias = name.slice(0, 2)
    if (!aliases.has(alias) && !findPlaces(alias).some((m) => m.place && m.start === 0)) aliases.set(alias, organisationPlace(name))
  }
  for (const [alias, place] of aliases) {
    if (GENERIC_ALIAS.test(alias)) continue
    const uses: ScopeMention[] = []
    for (let i = folded.indexOf(alias); i >= 0; i = folded.indexOf(alias, i + alias.length)) {
      if (!inName(i, i + alias.length)) uses.push({start: i, end: i + alias.length, text: alias, place, via: 'explicit'})
    }
    // A short form the text really uses stands alone at least twice; once may be a word of its own.
    if (uses.length >= 2) found.push(...uses)
  }
  // A company's name wins over the places and organisations read inside it.
  const isCompany = overlapTest(found.map((f) => [f.start, f.end] as const))
  return [...scopes.filter((s) => !isCompany(s.start, s.end)), ...found].sort((a, b) => a.start - b.start)
}

/** A flight by its number (`TR188航机`, `CX888航班`, `MU5735号班机`). */
const FLIGHT = /(?<![A-Za-z0-9])([A-Z][A-Z0-9]\d{2,4})\s*[号號]?(?=航机|航機|航班|班机|班機|客机|客機)/g

/**
 * Flights named by their number are what the counts after them are about (`TR188航机抵达…。机上335名乘客`):
 * the flight, not the airport or city it flew to. Carried to the next sentences as any subject.
 */
function withFlights(folded: string, scopes: ScopeMention[]): ScopeMention[] {
  if (!/[航班][机機班]|客[机機]/.test(folded)) return scopes
  let found: ScopeMention[] | undefined
  for (const match of folded.matchAll(FLIGHT)) {
    const start = match.index as number
    const name = match[1] as string
    ;(found ??= []).push({start, end: start + match[0].length, text: name, place: organisationPlace(name), via: 'explicit'})
  }
  return found ? [...scopes, ...found].sort((a, b) => a.start - b.start) : scopes
}

/** Words that end a company's or an operator's name (`…百货`, `…超商`, `…航空`, `…巴士`, `…集团`). */
const COMPANY_KIND = '百货|超商|航空|巴士|集团|实业|控股|电信|电讯|地产|置业|酒店|船厂|制药|快递|石化'
/**
 * A company named at the head of a clause (after its start or a connective): a name of two to six
 * characters and a company word, then what is said of it (`大新百货去年到店卡友超过60万`,
 * `东方航空上半年载客量…`, `新大屿山巴士获准加价9.8%`).
 */
const SUBJECT_COMPANY = new RegExp(`(?<=^|[。！？；;，,\\n])(?:而|但|另|另外|此外|同时|其中|据悉)?[，,]?([\\u4e00-\\u9fff]{2,6}?(?:${COMPANY_KIND}))(?=[\\u4e00-\\u9fff])(?!管理|公司|局|署|会|委|部|厅|院|所|中心|协会|学会)`, 'g')
/** Speech after a company's name in its clause (`某某集团张三：恒指或试…`, `…航空表示，`). */
const SPEAKER_AFTER = /^[^，,。；;！？\n]{0,12}?(?:[：:]|表示|指出|认为|称|说|预计|预期|估计)/
/** Modifiers that make a company word a kind of company, not a name (`上市公司`, `各家银行`, `本地航空公司`). */
const KIND_OF_COMPANY = /^(?:上市|国有|国营|民营|私营|外资|外商|中资|港资|台资|各家?|多家|大型|中小型?|小型|本地|当地|相关|有关|其他|其它|这些|该|此|每家|一家|两家|部分|不少|多数|所有|全部|航空|保险|证券|科技|金融|电力|物流|快递|巴士|汽车|合资|独资|上游|下游|涉事|承建)|^(?:新|总|母|子|分)公司$/
/** Words that make the head of a clause a clause, not a name (`记者从国铁集团了解到`, `我国以保税物流…`, `全国企业`). */
const NOT_A_COMPANY_NAME = /[从在对向为把将的和与及是有了等共已以由据被给我全本该昨今\d一二两三四五六七八九十几]|多家|记者|要求|预计|透过|通过|上周|市场|板块/

/**
 * Companies that open a clause and are what its figures are about, when the text names no place
 * before them in the clause: `大新百货去年到店卡友超过60万` counts the store's card holders, not the
 * article region's. A place read inside the name is the company's (`新大屿山巴士`: an operator named
 * after an island). A kind of company (`上市公司…`, `各家银行…`) is no name.
 */
function withSubjectCompanies(folded: string, scopes: ScopeMention[]): ScopeMention[] {
  let found: ScopeMention[] | undefined
  for (const match of folded.matchAll(SUBJECT_COMPANY)) {
    const name = match[1] as string
    const start = (match.index as number) + match[0].length - name.length
    const end = start + name.length
    if (KIND_OF_COMPANY.test(name) || NOT_A_COMPANY_NAME.test(name) || name.length - companyKindLength(name) < 2) continue
    // A company that gives the figures (`…集团今天公布，`) or a speaker's employer (`某某集团张三：`)
    // reports them; it is not what they are about.
    if (isSource(folded, start, end) || SPEAKER_AFTER.test(folded.slice(end, end + 40))) continue
    // A place that ends before the name or an organisation already read there keeps its reading.
    if (scopes.some((s) => s.start < end && s.end > start && (s.start < start || s.end > end || String(s.place.code).startsWith('org:')))) continue
    ;(found ??= []).push({start, end, text: name, place: organisationPlace(name), via: 'explicit', local: true})
  }
  if (!found) return scopes
  const inName = overlapTest(found.map((f) => [f.start, f.end] as const))
  return [...scopes.filter((s) => !inName(s.start, s.end)), ...found].sort((a, b) => a.start - b.start)
}

/** Length of the company word that ends a name. */
function companyKindLength(name: string): number {
  return (new RegExp(`(?:${COMPANY_KIND})$`).exec(name)?.[0] ?? '').length
}

/** Endings of an organisation's name in a table cell (`…清洁服务有限公司`, `…家政介绍所`). */
const ORGANISATION_CELL = /[\u4e00-\u9fff（）()]{2,30}?(?:有限公司|公司|集团|介绍所|事务所|医院|大学|银行|协会|基金会|中心)/

/**
 * A table row's figures are about the row's name: when the first cell of a pipe-table row
 * (`| 某某护理服务有限公司 | 1.08亿元 (50.9%) |`) names an organisation, the name is a scope mention
 * of the row; when the cell is broken over two lines, a zero-width mention of it stands at the end
 * of the cell on the number's line, so that the number's nearest scope is its row.
 */
function withTableRows(folded: string, scopes: ScopeMention[]): ScopeMention[] {
  if (!folded.includes('|')) return scopes
  const found: ScopeMention[] = []
  let lineStart = 0
  let previous = ''
  while (lineStart < folded.length) {
    const newline = folded.indexOf('\n', lineStart)
    const lineEnd = newline < 0 ? folded.length : newline
    const line = folded.slice(lineStart, lineEnd)
    const bar = line.indexOf('|')
    if (bar >= 0 && /\d/.test(line.slice(bar))) {
      const trimmed = line.trimStart()
      // The row's first cell: on this line (`| name | …`), or begun on the line before (`| name` then `latin | …`).
      const cell = trimmed.startsWith('|') ? trimmed.slice(1).split('|')[0] ?? '' : previous.trimStart().startsWith('|') && previous.split('|').length === 2 ? previous.trimStart().slice(1) + line.slice(0, bar) : ''
      const name = ORGANISATION_CELL.exec(cell)?.[0]
      const own = trimmed.startsWith('|') && name !== undefined ? line.indexOf(name) : -1
      // On its own line the name itself is the mention; begun on the line before, a zero-width mention at the cell's end.
      if (name && own >= 0) found.push({start: lineStart + own, end: lineStart + own + name.length, text: name, place: organisationPlace(name), via: 'explicit'})
      else if (name) found.push({start: lineStart + bar, end: lineStart + bar, text: '', place: organisationPlace(name), via: 'explicit'})
    }
    previous = line
    lineStart = lineEnd + 1
  }
  return found.length === 0 ? scopes : [...scopes, ...found].sort((a, b) => a.start - b.start)
}

/** A quoted theme or slogan (`以“走进云南 共享未来”为主题`): the places in it are words of the slogan. */
const THEME = /[“「『"]([^”」』"\n]{2,24})[”」』"](?:为|作为)?(?:主题|口号|主旨|理念)/g

function withoutThemes(folded: string, scopes: ScopeMention[]): ScopeMention[] {
  if (!/主题|口号|主旨|理念/.test(folded)) return scopes
  const themes = [...folded.matchAll(THEME)].map((m) => [m.index, m.index + m[0].length] as const)
  if (themes.length === 0) return scopes
  return scopes.filter((s) => !themes.some(([a, b]) => s.start > a && s.end < b))
}

/**
 * Named events and facilities: an edition of a fair, festival or games (`第8届农博会`,
 * `第八届中国山地农业博览会`, `本届电影周`) and a bridge, railway or port (`港珠澳大桥`, `潍烟高铁`).
 * Figures of the sentences about them (`超过5万名海外采购商`, `线路全长186公里`) are theirs.
 */
const EVENT = /(?:第[一二三四五六七八九十百零〇\d]{1,6}届|本届|本次|今届)[\u4e00-\u9fff—－·]{0,16}?(?:博览会|展览会|交易会|洽谈会|运动会|锦标赛|联赛|艺术节|电影节|文化节|旅游节|购物节|电影周|时装周|论坛|峰会|大会|展会|广交会|投洽会|进博会|服贸会|消博会|高交会|文博会|世博会|冬奥会|奥运会|亚运会|全运会|会展|[会展节周赛])/g
const FACILITY = /(?<=^|[\s，,。；;：:、“”"（）()《》是在至到经从的])(?:(?![共有是了的和与及为将把对从向到等全各该这那此其前再出着过被在])[\u4e00-\u9fff]){2,5}?(?:跨海大桥|大桥|高铁|城际铁路|地铁\d*号线|机场|隧道)(?:口岸)?/g
/**
 * Words that make `本届`/`本次` something other than an event (`本次调查`, `本届政府`, `本次会议`, `本次会上`).
 * Words, not characters: `本次大会`, `本届展会` are the gathering the text reports on.
 */
const NOT_EVENT = /^(?:调查|普查|会议|会上|会后|会前|选举|政府)/

/**
 * Whether a place before `在`/`于` only says where the event before it happens (`…博览会在云南昆明开幕`):
 * the event is what the figures are about.
 */
function whereEventIs(folded: string, event: ScopeMention, place: ScopeMention): boolean {
  if (place.start < event.end) return false
  const between = folded.slice(event.end, place.start)
  return between.length <= 24 && /[在于]$/.test(between) && !/[，,。；;！？]/.test(between)
}

function withEvents(folded: string, scopes: ScopeMention[]): ScopeMention[] {
  const events: ScopeMention[] = []
  for (const match of folded.matchAll(EVENT)) {
    // (`本次会`: a bare 会, 展 or 节 after 本次 names no gathering.)
    if (/^(?:本届|本次|今届)/.test(match[0]) && (match[0].length > 8 || match[0].length < 4 || NOT_EVENT.test(match[0].slice(2, 4)))) continue
    events.push(eventMention(folded, match.index, match.index + match[0].length))
  }
  // Events win over facilities they overlap (`第5届港珠澳大桥马拉松赛`).
  const isEvent = overlapTest(events.map((e) => [e.start, e.end] as const))
  const found = [...events]
  for (const match of folded.matchAll(FACILITY)) {
    if (!isEvent(match.index, match.index + match[0].length)) found.push(eventMention(folded, match.index, match.index + match[0].length))
  }
  if (found.length === 0) return scopes
  // Non-overlapping and sorted, so their ends are sorted too: a place meets only the names ending just before or over it.
  found.sort((a, b) => a.start - b.start)
  const kept = scopes.filter((s) => {
    for (let j = partition(found, (f) => f.end + 25 <= s.start); j < found.length && (found[j] as ScopeMention).start < s.end; j++) {
      const f = found[j] as ScopeMention
      // The places inside the name, and the place where the event is held (up to 24 characters after it), are dropped.
      if ((f.start < s.end && f.end > s.start) || whereEventIs(folded, f, s)) return false
    }
    return true
  })
  return [...kept, ...found].sort((a, b) => a.start - b.start)
}

/**
 * The scope mention of an event or facility name at `[start, end)`; `本届…` names the edition the text is about.
 * A bare generic word after `本次`/`本届` (`本次大会`, `本届展会`) is the scope of its own sentence only: the
 * next sentences move to parts of the gathering (`并有135篇论文参与评选`) that the name does not tell apart.
 */
function eventMention(folded: string, start: number, end: number): ScopeMention {
  const name = folded.slice(start, end).replace(/^(?:本届|本次|今届)/, '')
  const generic = name.length <= 2 && name.length < end - start
  return {start, end, text: name, place: organisationPlace(name), via: 'explicit', ...(generic ? {local: true as const} : {})}
}

/** What stands between two places of a list: a separator, after the first place's bracketed figure or none. */
const PLACE_LIST_GAP = /^(?:[（(][^（()）\n]{0,16}[)）])?\s*[、和与及]\s*$/

/** Prepositions before a place that make it a location, destination or beneficiary, not the subject. */
const LOCATIVE = /(?:在|到|赴|于|向|往|至|对|从|为|给|先后在|分别在|通过|透过|经由|借由|藉由)[“「『]?$/

/**
 * The subject a sentence carries to the next ones: the first place not introduced by a locative
 * preposition (`在金水镇…举行` names where, not who). A place listed after a locative one or nested
 * in it (`在龙亭镇柳家湾、溢水镇石门岭`, `在杨兴乡坪里村`) is locative too. A sentence opened by
 * `其中` and a place (`其中，北京…`) carries none.
 */
export function sentenceSubject(folded: string, span: Span, scopes: readonly ScopeMention[]): ScopeMention | undefined {
  // `其中，北京上涨0.1%`: a breakdown names parts of what the paragraph is about, not its subject.
  const breakdown = /^\s*其中[，,]?\s*/.exec(folded.slice(span.start, span.start + 4))
  if (breakdown && scopes[0] && scopes[0].start <= span.start + breakdown[0].length + 1) return undefined
  let locative = false
  for (let k = 0; k < scopes.length; k++) {
    const s = scopes[k] as ScopeMention
    const before = folded.slice(Math.max(span.start, s.start - 3), s.start)
    const gap = k > 0 ? folded.slice((scopes[k - 1] as ScopeMention).end, s.start) : ''
    locative = LOCATIVE.test(before) || (locative && /^(?:[\u4e00-\u9fff]{0,6}[、和与及])?$/.test(gap))
    // (`新加坡（升9.8%）和台湾（升9.7%）的进口货值…`: the first of a list of places is no subject of the next sentences.)
    const next = scopes[k + 1]
    const listed = (next !== undefined && next.start < span.end && PLACE_LIST_GAP.test(folded.slice(s.end, next.start))) || (k > 0 && PLACE_LIST_GAP.test(folded.slice((scopes[k - 1] as ScopeMention).end, s.start)))
    if (!locative && listed) return undefined
    if (!locative) return s.local ? undefined : s
  }
  return undefined
}

/**
 * Whether the place nearest before a number is only where something else happens: it follows `在`,
 * and the clause names a subject before `在` that is not a place or time (`Lumo在日本`, `某某公司在中国`).
 */
export function otherSubject(folded: string, clauseStart: number, mention: ScopeMention, scopes: ScopeMention[], times: TimeMention[]): boolean {
  if (folded[mention.start - 1] !== '在' || mention.start - 1 <= clauseStart) return false
  const chars = folded.slice(clauseStart, mention.start - 1).split('')
  for (const s of [...overlapping(scopes, clauseStart, mention.start), ...overlapping(times, clauseStart, mention.start)]) {
    for (let k = Math.max(s.start, clauseStart); k < Math.min(s.end, mention.start - 1); k++) chars[k - clauseStart] = ' '
  }
  const subject = chars.join('').trim().split(/\s+/).at(-1) ?? ''
  // A Latin name (`Lumo`, `iPod`) or a company (`…公司`, `…集团`); other Chinese words before `在` are
  // as often verbs (`隐藏在江西12个古村落`) as subjects, and are left alone.
  if (/[A-Za-z]/.test(subject)) return true
  return /(?:公司|集团|股份|银行|科技)$/.test(subject)
}

/** The claim scope of a place mention, reached `via` the given route, with its offsets in the whole text. */
export function scopeFrom(mention: ScopeMention, via: ClaimScope['via'], offset: number, source: string): ClaimScope {
  return {
    id: scopeIdOf(mention.place),
    name: mention.place.name,
    level: mention.place.level,
    text: source.slice(mention.start, mention.end),
    start: mention.start + offset,
    end: mention.end + offset,
    via
  }
}

/**
 * A list of places (`娄烦、阳曲两县`, `江苏和浙江`): the number is about all of them, not the last
 * one. The scope id joins the sorted codes (`140122+140123`).
 */
export function listScope(folded: string, scopes: ScopeMention[], last: ScopeMention, offset: number, source: string, values?: readonly Quantity[], q?: Quantity): ClaimScope | undefined {
  const members = [last]
  for (let k = indexOfMention(scopes, last) - 1; k >= 0; k--) {
    const previous = scopes[k] as ScopeMention
    const between = folded.slice(previous.end, (members[0] as ScopeMention).start)
    if (!/^(?:[省市县区])?[、和与及]$/.test(between) || previous.via !== 'explicit') break
    members.unshift(previous)
  }
  if (members.length < 2) return undefined
  // `北京和广州分别下跌0.2%和0.1%`: the i-th value of 分别 is about the i-th place.
  const mine = values && q ? respectivePlace(folded, members, values, q) : undefined
  if (mine) return scopeFrom(mine, mine.via, offset, source)
  const first = members[0] as ScopeMention
  const ids = [...new Set(members.map((m) => scopeIdOf(m.place)))].sort()
  if (ids.length < 2) return undefined
  return {
    id: ids.join('+'),
    name: members.map((m) => m.place.name).join('、'),
    level: last.place.level,
    text: source.slice(first.start, last.end),
    start: first.start + offset,
    end: last.end + offset,
    via: last.via
  }
}

/**
 * The place of a list that a value of `分别` right after it is about: the list and 分别 in one
 * clause, and as many amounts after 分别 in that clause as there are places.
 */
function respectivePlace(folded: string, members: readonly ScopeMention[], values: readonly Quantity[], q: Quantity): ScopeMention | undefined {
  const end = (members.at(-1) as ScopeMention).end
  const between = folded.slice(end, q.start)
  const at = between.indexOf('分别')
  if (at < 0 || at > 12 || /[，,；;。：:]/.test(between)) return undefined
  let clauseEnd = q.start
  while (clauseEnd < folded.length && !/[，,；;。！？\n]/.test(folded[clauseEnd] as string)) clauseEnd++
  const listed = values.filter((v) => v.start > end + at && v.start < clauseEnd && /^(?:count|money|percent|permille|percentage-point|range)$/.test(v.kind))
  const index = listed.indexOf(q)
  return listed.length === members.length && index >= 0 ? members[index] : undefined
}

/** A byline's reporting place: `〔记者某某／台北报导〕`, `【某某╱苗栗报导】`, `(记者某某/高雄报道)`, `记者某某台中报导`, an agency's dateline. */
const BYLINE_BEFORE = new RegExp(`(?:记者|特派员|通讯员|本报|${NEWS_AGENCY})[^。！？\\n，,]{0,16}$|[／/╱]\\s*$`)
/**
 * What follows a byline's place: `报导`, `电` after an optional date (`台中3日電`: a day without its month),
 * or a wire's date and dash (`路透上海4月10日 -`).
 */
const BYLINE_AFTER = /^\s*(?:县|市)?(?:(?:\d{1,2}月)?\d{1,2}日)?(?:报导|报道|电|连线)|^\s*(?:\d{1,2}月)?\d{1,2}日\s*[-－—–]/

/**
 * Whether a place is where the reporter files from (`〔記者林小梅／台北報導〕`), not what the story
 * is about: it is followed by `报导`/`报道`/`电` and preceded by a reporter word or the byline slash.
 */
export function inByline(folded: string, start: number, end: number): boolean {
  if (!BYLINE_AFTER.test(folded.slice(end, end + 10))) return false
  return BYLINE_BEFORE.test(folded.slice(Math.max(0, start - 20), start))
}

/**
 * A direction that ends a place's name and names a part of it (`九龍東，`, `新界西方面`, `九龍西有9張名單`), not a word
 * of its own (`东方`, `东南亚`, `西部`: the segmenter's words decide those).
 */
const DIRECTION_AFTER = /^[东西南北](?=[，,。；;、：:\s有的]|方面|选区|地区|一带)/

/** Words after a place name that make it a road's name. */
const ROAD_AFTER = /^(?:路|街|巷|大道|大街|胡同)/

/** Place and relative-scope mentions of a text, relative ones resolved; `context` grows in document order. */
export function scopeMentions(folded: string, context: Place[]): ScopeMention[] {
  const explicit = findPlaces(folded)
  const relative = relativeScope(folded)
  const out: ScopeMention[] = []
  let r = 0
  const flushRelative = (until: number) => {
    while (r < relative.length && (relative[r] as (typeof relative)[number]).start < until) {
      const rel = relative[r++] as (typeof relative)[number]
      const place = resolveRelative(rel, context)
      if (place) out.push({start: rel.start, end: rel.end, text: rel.text, place, via: 'relative'})
    }
  }
  for (const mention of explicit) {
    flushRelative(mention.start)
    // Overlaps with a relative word (`全省` inside a longer name) are left to the explicit name.
    if (!mention.place) continue
    // `文昌路`, `中山大道`, `南京街`: a road named after a place is an address, not the place.
    if (ROAD_AFTER.test(folded.slice(mention.end, mention.end + 2)) && !/[省市县区州镇乡村]$/.test(mention.text)) continue
    // `中國業務方面，集團…`, `內地業務收入`: a company's business in a place is a line of the company, not the place.
    if (folded.startsWith('业务', mention.end)) continue
    const byline = inByline(folded, mention.start, mention.end)
    // A byline in the capital files national news (see documentPlaceOf): not even the article's place.
    if (byline && CAPITALS.has(String(mention.place.code))) continue
    // (`九龍東有6張名單`, `九龍西…9張`: a place and a direction name a part of it, another scope than the whole.)
    const part = DIRECTION_AFTER.test(folded.slice(mention.end, mention.end + 3)) && !explicit.some((m) => m.start === mention.end) ? folded[mention.end] as string : undefined
    if (part !== undefined && !byline) {
      const place = {...mention.place, code: `${scopeIdOf(mention.place)}:${part}`, name: `${mention.place.name}${part}`, shortName: `${mention.place.shortName}${part}`} as Place
      out.push({start: mention.start, end: mention.end + 1, text: mention.text + part, place, via: 'explicit'})
      continue
    }
    out.push({start: mention.start, end: mention.end, text: mention.text, place: mention.place, via: 'explicit', ...(byline ? {byline} : {})})
    context.push(mention.place)
  }
  flushRelative(Infinity)
  return withHongKongAreas(folded, withoutCountryBeforeRegion(folded, out)).sort((a, b) => a.start - b.start)
}

/** `中国台湾`, `中國香港`, `中国澳门`: the country named before one of its regions is no scope of its own; the region is. */
function withoutCountryBeforeRegion(folded: string, scopes: ScopeMention[]): ScopeMention[] {
  if (!folded.includes('中国')) return scopes
  return scopes.filter((s) => !(s.text === '中国' && /^(?:台湾|香港|澳门)/.test(folded.slice(s.end, s.end + 2)) && scopes.some((t) => t.start === s.end)))
}

/**
 * Hong Kong neighbourhoods, which the administrative gazetteer does not list, by the district they
 * lie in (the 18 districts' own names are in it). Source: typed by hand from the districts' areas as
 * the Hong Kong government's District Council constituency maps name them (folded to simplified).
 * Ambiguous names are left out (`太子`, `太古`, `天后` are also words; `马鞍山`, `蓝田` are mainland places).
 */
const HONG_KONG_AREAS: ReadonlyMap<string, string> = new Map([
  ...['中环', '上环', '西环', '西营盘', '坚尼地城', '石塘咀'].map((n) => [n, '810101'] as const),
  ...['铜锣湾', '跑马地', '大坑'].map((n) => [n, '810102'] as const),
  ...['北角', '鲗鱼涌', '柴湾', '筲箕湾', '杏花邨'].map((n) => [n, '810103'] as const),
  ...['香港仔', '鸭脷洲', '赤柱', '薄扶林', '黄竹坑'].map((n) => [n, '810104'] as const),
  ...['尖沙咀', '佐敦', '油麻地', '旺角', '大角咀'].map((n) => [n, '810201'] as const),
  ...['长沙湾', '石硖尾', '荔枝角', '美孚'].map((n) => [n, '810202'] as const),
  ...['红磡', '土瓜湾', '何文田', '九龙塘'].map((n) => [n, '810203'] as const),
  ...['钻石山', '慈云山', '新蒲岗'].map((n) => [n, '810204'] as const),
  ...['牛头角', '九龙湾', '秀茂坪', '油塘'].map((n) => [n, '810205'] as const),
  ...['青衣', '葵涌'].map((n) => [n, '810301'] as const),
  ...['天水围'].map((n) => [n, '810304'] as const),
  ...['上水', '粉岭'].map((n) => [n, '810305'] as const),
  ...['将军澳'].map((n) => [n, '810308'] as const),
  ...['东涌', '长洲', '大屿山'].map((n) => [n, '810309'] as const)
])
const HONG_KONG_AREA = new RegExp([...HONG_KONG_AREAS.keys()].join('|'), 'g')

/** Mentions of Hong Kong neighbourhoods, as places inside their districts, where no other place was read. */
function withHongKongAreas(folded: string, scopes: ScopeMention[]): ScopeMention[] {
  let added: ScopeMention[] | undefined
  let inside: ScopeMention[] = []
  for (const match of folded.matchAll(HONG_KONG_AREA)) {
    const start = match.index
    const end = start + match[0].length
    // (`九龙湾`: a place read inside the neighbourhood's name, `九龙`, gives way to the longer name.)
    const overlapping = scopes.filter((s) => s.start < end && s.end > start)
    if (overlapping.some((s) => s.start < start || s.end > end || (s.start === start && s.end === end))) continue
    // (`东北角`: a corner, not North Point; `旺角道`: a road.)
    if (/[东西]$/.test(folded[start - 1] ?? '') || ROAD_AFTER.test(folded.slice(end, end + 2)) || /^[道径]/.test(folded[end] ?? '')) continue
    const district = placeByCode(HONG_KONG_AREAS.get(match[0]) as string)
    if (!district) continue
    // A place below its district, as a village is below its township: two neighbourhoods of one
    // district are two scopes (`油麻地`, `佐敦` are both in 油尖旺区, and their figures differ).
    const place: Place = {code: undefined, name: match[0], shortName: match[0], level: 'village', parentCode: String(district.code), path: [...district.path, match[0]]}
    ;(added ??= []).push({start, end, text: match[0], place, via: 'explicit'})
    inside = inside.concat(overlapping)
  }
  if (!added) return scopes
  return [...scopes.filter((s) => !inside.includes(s)), ...added]
}

/**
 * An organisation named after a place (`中国外文局`, `贵州省人社厅`, `中山大学`): the place name followed
 * by at most 8 more characters (no verb, preposition or punctuation) and an organisation word. Party
 * committees and governments (`宁德市委`, `县政府`) are the place itself and are not listed.
 */
const ORGANISATION = /^[\u4e00-\u9fff]{0,8}?(?:局|厅|署|协会|学会|公司|集团|大学|学院|银行|研究所|研究院|医院|股份|控股|重工|电视台|日报|报社)/
/** A company word right after a place (`海丰国际`, `华安基金`, `亚东预拌`), not an event's name (`中国国际…博览会`). */
const COMPANY_WORD = /^(?:国际|基金|资本|置业|证券|预拌)(?![\u4e00-\u9fff]{0,4}[会展节赛])/
/** A company named by its shares (`贵州茅台股价`, `东方海外国际市值`): the name before the word. */
const TRADED = /^[\u4e00-\u9fff]{0,4}?(?=股价|市值|股票|A股|H股)/
/** A listed company: a name right before its stock code in brackets (`中国平安(601318-CN)`, `东方海外国际（00316）`). */
const LISTED = /^[\u4e00-\u9fff]{0,8}?(?=[(（]\d{4,6}(?:[.\-][A-Za-z]{2})?[)）])/
const NOT_IN_ORGANISATION = /[从在对向为把将的和与及是有了等共已]|选派|抽调|建立|开展|发放|投入|选拔|选调|组建|成立/

function organisationPlace(name: string): Place {
  // Not a gazetteer place: the level is only read back into the claim's scope.
  return {code: organisationId(name), name, shortName: name, level: 'organisation', path: []} as unknown as Place
}

/** A source clause after an organisation: it gives the figures that follow (`…今天公布，`, `…测算，`). */
const SOURCE_CLAUSE = /^[^。！？；\n]{0,100}?(?:数据显示|显示|测算|统计|公布|发布)[，,：:]/

/** Whether the organisation at `[start, end)` is the source of the sentence's figures, not their subject. */
function isSource(folded: string, start: number, end: number): boolean {
  if (/(?:据|根据|依据)$/.test(folded.slice(Math.max(0, start - 2), start))) return true
  return SOURCE_CLAUSE.test(folded.slice(end, end + 110)) || PUBLISHES_AFTER.test(folded.slice(end, end + 12))
}

/** A body publishing right after its name, the rest of the name between (`台灣證券|交易所今天公布全體證券商…`): the figures' source. */
const PUBLISHES_AFTER = new RegExp(`^[^，,。；;、]{0,5}?(?:${REPORT_DAY})?(?:公布|发布)`)

/** Turn places that head an organisation name into that organisation (scope id `org:<name>`). */
function withOrganisations(folded: string, scopes: ScopeMention[]): ScopeMention[] {
  let out: ScopeMention[] | undefined
  // (Binary searches, made on the first name: a `some` over every mention per name was quadratic on a long segment.)
  let overlaps: ((start: number, end: number) => boolean) | undefined
  scopes.forEach((s, k) => {
    if (s.via !== 'explicit') return
    const after = folded.slice(s.end, s.end + 22)
    const match = ORGANISATION.exec(after.slice(0, 12)) ?? LISTED.exec(after) ?? COMPANY_WORD.exec(after) ?? TRADED.exec(after)
    if (!match || NOT_IN_ORGANISATION.test(match[0])) return
    // `中国华电`, `中国人保`: not recognised (no organisation word), the place stays.
    const end = s.end + match[0].length
    // `融创中国(01918)`: the place ends the company's name, which starts before it.
    let start = s.start
    if (match[0] === '') while (start > 0 && s.start - start < 6 && /[\u4e00-\u9fff]/.test(folded[start - 1] as string)) start--
    if (start === s.start && match[0] === '') return
    if ((overlaps ??= overlapTest(scopes.map((other) => [other.start, other.end] as const)))(s.end, end)) return
    // `中国东方研究院…公布的数字显示，`, `据中国山地经济研究所估算，`: an agency giving figures reports on its place.
    // (Only public bodies: a university's or a company's study is not about the place in its name.)
    if (!/(?:大学|学院|公司|集团|股份|控股|重工|医院|日报|报社|电视台)$/.test(match[0]) && isSource(folded, s.start, end)) return
    out ??= [...scopes]
    const name = folded.slice(start, end)
    out[k] = {start, end, text: name, place: organisationPlace(name), via: 'explicit'}
  })
  return out ?? scopes
}

/**
 * Countries (and a few capitals) outside the gazetteer. A number about them must not fall back to a
 * Chinese place, and `全国` after one in the same sentence (`法国交通部说…全国高铁…`) is that
 * country, not China. Scope id `foreign:<name>`.
 */
const FOREIGN_NAMES = [
  '印度尼西亚', '澳大利亚', '马来西亚', '巴基斯坦', '阿富汗', '意大利', '加拿大', '新加坡', '叙利亚', '以色列', '土耳其', '乌克兰',
  '菲律宾', '墨西哥', '西班牙', '阿根廷', '新西兰', '伊拉克', '柬埔寨', '俄罗斯', '葡萄牙', '比利时', '奥地利', '蒙古国', '沙特',
  '美国', '英国', '法国', '德国', '日本', '韩国', '朝鲜', '印度', '泰国', '越南', '巴西', '伊朗', '埃及', '南非', '荷兰', '瑞士', '瑞典',
  '挪威', '芬兰', '丹麦', '波兰', '希腊', '缅甸', '老挝', '欧盟',
  // More countries and territories (names that are also common words, such as 海地 in 沿海地区 or 加纳 in 增加纳税, are left out).
  '孟加拉国', '斯里兰卡', '尼泊尔', '哈萨克斯坦', '乌兹别克斯坦', '吉尔吉斯斯坦', '塔吉克斯坦', '土库曼斯坦', '阿联酋', '卡塔尔',
  '科威特', '约旦', '黎巴嫩', '也门', '巴勒斯坦', '加沙地带', '约旦河西岸', '尼日利亚', '肯尼亚', '埃塞俄比亚', '坦桑尼亚',
  '安哥拉', '赞比亚', '津巴布韦', '摩洛哥', '阿尔及利亚', '突尼斯', '利比亚', '智利', '秘鲁', '哥伦比亚', '委内瑞拉', '爱尔兰',
  '冰岛', '捷克', '匈牙利', '罗马尼亚', '保加利亚', '塞尔维亚', '克罗地亚', '白俄罗斯', '格鲁吉亚', '亚美尼亚', '阿塞拜疆',
  '立陶宛', '拉脱维亚', '爱沙尼亚', '斯洛伐克', '斯洛文尼亚', '卢森堡', '文莱', '马尔代夫', '斐济', '巴拿马', '厄瓜多尔', '乌拉圭',
  '巴拉圭', '玻利维亚', '东盟',
  // Names used in Taiwan and Hong Kong (see FOREIGN_ALIAS).
  '南韩', '北韩', '澳洲', '纽西兰', '义大利', '星加坡', '印尼', '寮国', '俄国', '沙乌地阿拉伯', '沙特阿拉伯',
  // The Gulf, Africa, the Americas and the Pacific, with the names Taiwan gives them (`卡達`, `肯亞`, `瓜地馬拉`).
  '巴林', '卡达', '阿拉伯联合大公国', '阿曼苏丹国', '叶门', '约旦哈希米王国', '肯亚', '坦尚尼亚', '辛巴威', '奈及利亚', '衣索比亚',
  '乌干达', '卢安达', '塞内加尔', '迦纳', '象牙海岸', '喀麦隆', '马达加斯加', '莫三比克', '莫桑比克', '纳米比亚', '波札那',
  '博茨瓦纳', '索马利亚', '索马里', '苏丹', '南苏丹', '刚果', '古巴', '牙买加', '哥斯大黎加', '哥斯达黎加', '瓜地马拉', '危地马拉',
  '宏都拉斯', '洪都拉斯', '尼加拉瓜', '萨尔瓦多', '多明尼加', '多米尼加', '贝里斯', '伯利兹', '厄瓜多', '克罗埃西亚', '亚塞拜然',
  '哈萨克', '乌兹别克', '马尔地夫', '汶莱', '东帝汶', '巴布亚纽几内亚', '帛琉', '马绍尔群岛', '索罗门群岛', '所罗门群岛', '吐瓦鲁',
  '图瓦卢', '萨摩亚', '史瓦帝尼', '模里西斯', '毛里求斯', '塞席尔', '塞舌尔', '马拉威', '马拉维', '尚比亚', '孟加拉', '不丹', '南苏丹'
]
/** What after a country's name makes it part of another name (`巴林左旗` is a banner of Inner Mongolia, `孟加拉湾` a sea). */
const NOT_FOREIGN_AFTER: Readonly<Record<string, RegExp>> = {巴林: /^[左右]/, 孟加拉: /^[湾虎]/}
/** One id per country whatever the script or region calls it (`南韓` and `韩国` are `foreign:韩国`). */
const FOREIGN_ALIAS: Record<string, string> = {
  南韩: '韩国', 北韩: '朝鲜', 澳洲: '澳大利亚', 纽西兰: '新西兰', 义大利: '意大利', 星加坡: '新加坡', 印尼: '印度尼西亚', 寮国: '老挝',
  俄国: '俄罗斯', 沙乌地阿拉伯: '沙特', 沙特阿拉伯: '沙特',
  卡达: '卡塔尔', 阿拉伯联合大公国: '阿联酋', 阿曼苏丹国: '阿曼', 叶门: '也门', 约旦哈希米王国: '约旦', 肯亚: '肯尼亚',
  坦尚尼亚: '坦桑尼亚', 辛巴威: '津巴布韦', 奈及利亚: '尼日利亚', 衣索比亚: '埃塞俄比亚', 卢安达: '卢旺达', 迦纳: '加纳',
  象牙海岸: '科特迪瓦', 莫三比克: '莫桑比克', 波札那: '博茨瓦纳', 索马利亚: '索马里', 哥斯大黎加: '哥斯达黎加', 瓜地马拉: '危地马拉',
  宏都拉斯: '洪都拉斯', 多明尼加: '多米尼加', 贝里斯: '伯利兹', 厄瓜多: '厄瓜多尔', 克罗埃西亚: '克罗地亚', 亚塞拜然: '阿塞拜疆',
  哈萨克: '哈萨克斯坦', 乌兹别克: '乌兹别克斯坦', 马尔地夫: '马尔代夫', 汶莱: '文莱', 巴布亚纽几内亚: '巴布亚新几内亚', 帛琉: '帕劳',
  东京都: '东京', 索罗门群岛: '所罗门群岛', 吐瓦鲁: '图瓦卢', 模里西斯: '毛里求斯', 塞席尔: '塞舌尔', 马拉威: '马拉维', 尚比亚: '赞比亚', 孟加拉: '孟加拉国'
}
/**
 * Regions of foreign countries, named with their level (`神奈川縣`, `大阪府`, `京畿道`, `加州`): a figure of
 * one is not its country's, nor the capital's named before it (`鄰近東京都的神奈川縣今天新增231例`).
 */
const FOREIGN_REGION_OF: Record<string, string> = {
  ...Object.fromEntries(
    ('北海道 青森县 岩手县 宫城县 秋田县 山形县 福岛县 茨城县 栃木县 枥木县 群马县 埼玉县 千叶县 东京都 神奈川县 新潟县 富山县 石川县 福井县 山梨县 ' +
      '长野县 岐阜县 静冈县 爱知县 三重县 滋贺县 京都府 大阪府 兵库县 奈良县 和歌山县 鸟取县 岛根县 冈山县 广岛县 山口县 德岛县 香川县 ' +
      '爱媛县 高知县 福冈县 佐贺县 长崎县 熊本县 大分县 宫崎县 鹿儿岛县 冲绳县').split(' ').map((name) => [name, '日本'])
  ),
  ...Object.fromEntries('京畿道 江原道 忠清北道 忠清南道 全罗北道 全罗南道 庆尚北道 庆尚南道 济州道 济州岛 釜山 大邱 仁川'.split(' ').map((name) => [name, '韩国'])),
  ...Object.fromEntries(
    ('加州 加利福尼亚州 德州 得克萨斯州 德克萨斯州 佛州 佛罗里达州 纽约州 华盛顿州 伊利诺伊州 伊利诺州 密歇根州 密西根州 宾州 宾夕法尼亚州 ' +
      '亚利桑那州 佐治亚州 乔治亚州 俄亥俄州 麻州 马萨诸塞州 新泽西州 纽泽西州').split(' ').map((name) => [name, '美国'])
  )
}
/** Foreign capitals and big cities, the keys of `CAPITAL_OF`. */
const FOREIGN_CITIES = Object.keys(CAPITAL_OF)
const FOREIGN_LONGEST_FIRST = [...FOREIGN_NAMES, ...FOREIGN_CITIES, ...Object.keys(FOREIGN_REGION_OF)].sort((a, b) => b.length - a.length)
/** The foreign names by their first character, longest first. */
const FOREIGN_BY_FIRST = new Map<string, string[]>()
for (const name of FOREIGN_LONGEST_FIRST) {
  const list = FOREIGN_BY_FIRST.get(name[0] as string)
  if (list) list.push(name)
  else FOREIGN_BY_FIRST.set(name[0] as string, [name])
}
/** Names of countries and capitals outside the gazetteer, folded to simplified. */
export const FOREIGN_PLACE_NAMES: ReadonlySet<string> = new Set(FOREIGN_LONGEST_FIRST)

function foreignPlace(written: string): Place {
  const name = FOREIGN_ALIAS[written] ?? written
  const city = FOREIGN_CITIES.includes(name)
  const level = FOREIGN_REGION_OF[name] !== undefined ? 'province' : city ? 'city' : 'country'
  return {code: `foreign:${name}`, name, shortName: name, level, path: []}
}

/** Words of arrivals: a figure of visitors in the article's region, counted by where they come from. */
const ARRIVALS = /来台|来臺|访台|赴台|抵台|来港|访港|抵港|来澳|访澳|来华|访华|入境|旅客|游客|观光客|访客|过夜客/
/** What may stand between the country and its visitor count (`日本旅客14.6万人次`, `日本籍…`). */
const ORIGIN_GAP = /^(?:籍|方面|地区|市场)?(?:旅客|游客|观光客|访客|客)?(?:人数|人次)?(?:为|有|达|约|则为|共)?(?=[\d０-９一二两三四五六七八九十])/

/** A journey from a country (`2人由肯尼亞返港`, `从日本回国`): the people counted are the destination's. */
function isJourneyOrigin(folded: string, start: number, end: number): boolean {
  return /[由从自]$/.test(folded.slice(Math.max(0, start - 1), start)) && /^(?:返|回|来|抵|飞抵|入境|经)/.test(folded.slice(end, end + 2))
}

/** Words after a country that make it a person's nationality (`印尼外配`, `越南籍`, `日本男子`; `日本人口` stays the country). */
const NATIONALITY_AFTER = /^(?:籍|裔|外配|配偶|新娘|新住民|移工|外劳|看护|女子|男子|女童|男童|人(?![口均]))/

/** Trade with a partner (`对欧盟、日本均增长3.1%`, `与最大贸易伙伴——欧盟的贸易额`): the figure is the subject's. */
const PARTNER_BEFORE = /(?:对|与|同|和|向|自|从)(?:[^，,。；;！？\n]{0,10}(?:伙伴|国家)[—－\-:：]*)?$/
const TRADE_WORDS = /贸易|进出口|出口|进口|双边|往来|顺差|逆差/

/**
 * Whether a foreign country is a trade partner of the sentence's subject: it follows `对`/`与`/… and
 * the sentence is about trade. China's trade with ASEAN is a figure of China.
 */
function isTradePartner(folded: string, start: number, end: number): boolean {
  if (!PARTNER_BEFORE.test(folded.slice(Math.max(0, start - 14), start)) && !/^[、和与及]/.test(folded.slice(start - 1, start))) return false
  let a = start
  while (a > 0 && start - a < 200 && !/[。！？!?\n]/.test(folded[a - 1] as string)) a--
  let b = end
  while (b < folded.length && b - end < 200 && !/[。！？!?\n]/.test(folded[b] as string)) b++
  if (!TRADE_WORDS.test(folded.slice(a, b))) return false
  if (PARTNER_BEFORE.test(folded.slice(Math.max(0, start - 14), start))) return true
  // A country listed after a partner (`对巴西及阿根廷`) is a partner too.
  const previous = FOREIGN_LONGEST_FIRST.find((name) => folded.endsWith(name, start - 1))
  return previous !== undefined && isTradePartner(folded, start - 1 - previous.length, start - 1)
}

/**
 * Whether a foreign country is where visitors come from, not the scope of their count: it comes
 * right before the number (`東南亞8.2萬人次、韓國5.7萬人次`) in a sentence about arrivals. The count
 * is the article region's (Taiwan counts its visitors from Japan).
 */
function isVisitorOrigin(folded: string, start: number, end: number): boolean {
  if (!ORIGIN_GAP.test(folded.slice(end, end + 12))) return false
  let a = start
  while (a > 0 && start - a < 200 && !/[。！？!?\n]/.test(folded[a - 1] as string)) a--
  let b = end
  while (b < folded.length && b - end < 200 && !/[。！？!?\n]/.test(folded[b] as string)) b++
  return ARRIVALS.test(folded.slice(a, b))
}

/** Add foreign places (they win over overlapping gazetteer names) and re-point `全国` after one. */
function withForeign(folded: string, scopes: ScopeMention[], region?: string): ScopeMention[] {
  let found: ScopeMention[] = []
  // One pass over the text: at each character, the names that start with it, longest first (`印度尼西亚` wins
  // over `印度`); a name found covers its characters, and a name passed over does too (`由厄瓜多爾返港` is a
  // journey, and `厄瓜多` inside it no place). (One indexOf per name read the text some 330 times.)
  for (let i = 0; i < folded.length; i++) {
    const names = FOREIGN_BY_FIRST.get(folded[i] as string)
    if (names === undefined) continue
    const name = names.find((candidate) => folded.startsWith(candidate, i))
    if (name === undefined) continue
    if (isForeignPlaceAt(folded, name, i)) found.push({start: i, end: i + name.length, text: name, place: foreignPlace(name), via: 'explicit'})
    i += name.length - 1
  }
  if (found.length === 0) return scopes
  found = found.sort((a, b) => a.start - b.start)
  const overlapsFound = overlapTest(found.map((f) => [f.start, f.end] as const))
  const out = scopes.filter((s) => !overlapsFound(s.start, s.end))
  for (let k = 0; k < out.length; k++) {
    const s = out[k] as ScopeMention
    if (s.via !== 'relative' || s.place.code !== 'CN' || !s.text.endsWith('国')) continue
    let country: ScopeMention | undefined
    for (const f of found) if (f.end <= s.start && countryOf(f.place) !== undefined) country = f
    const between = country ? folded.slice(country.end, s.start) : ''
    // (In Taiwan and Hong Kong, whose own whole is `全台` or `全港`, `全國` in a paragraph about a foreign
    // country is that country: `巴林24日…。全國累計確診…`.)
    // (`该国` refers back to the country named last in its paragraph, wherever the article is from.)
    const paragraphWide = region === 'TW' || region === 'HK' || s.text === '该国'
    const reach = paragraphWide ? /\n/ : /[。！？；!?;\n]/
    const named = country && !reach.test(between) ? countryOf(country.place) : paragraphWide ? headingCountry(folded, s.start) : undefined
    if (named !== undefined) out[k] = {...s, place: foreignPlace(named)}
  }
  return [...out, ...found].sort((a, b) => a.start - b.start)
}

/** Characters that may stand right before a place's name without being part of another name (`在`, `的`, `除`, `、`). */
const BEFORE_PLACE = /[在于从由到至赴往向对与和及的是为将如除据或经连同跟以就即令让使把被但而且并共中]/

/** Whether a foreign region's name at `at` follows another name's last character (`英特爾|亞利桑那州`), not a word of the sentence or its country (`日本神奈川縣`). */
function gluedToName(folded: string, at: number): boolean {
  const previous = folded[at - 1] ?? ''
  if (!/[\u4e00-\u9fff]/.test(previous) || BEFORE_PLACE.test(previous)) return false
  return !FOREIGN_NAMES.some((country) => folded.endsWith(country, at))
}

/** Whether the foreign name at `i` is the place of what its sentence counts, not part of a word, a nationality, a mission, a site, a partner or an origin. */
function isForeignPlaceAt(folded: string, name: string, i: number): boolean {
  const end = i + name.length
  // `朝鲜族`, `日本语`: a people or a language, not the country.
  if (/[族语文菜式]/.test(folded[end] ?? '') || NOT_FOREIGN_AFTER[name]?.test(folded.slice(end, end + 1))) return false
  // `印尼外配`, `日本籍男子`: a person's nationality, not the place of the figure.
  if (NATIONALITY_AFTER.test(folded.slice(end, end + 3))) return false
  // `美國駐洪都拉斯大使館`: where a mission sits, part of its name; the mission is its country's.
  // (`亚太地区(除日本)指数`: a country left out of what is counted.)
  if (folded[i - 1] === '驻' || /[（(]除$/.test(folded.slice(Math.max(0, i - 2), i))) return false
  // `英特爾亞利桑那州`, `台積電亞利桑那廠`: a region glued to a company's name is its site, part of a name.
  if (FOREIGN_REGION_OF[name] !== undefined && gluedToName(folded, i)) return false
  // `JR东日本`, `NTT西日本`, `TCL美国`: a name glued to Latin letters, with at most a direction between, names a company.
  if (/[A-Za-z][东西南北]?$/.test(folded.slice(Math.max(0, i - 2), i))) return false
  return !isVisitorOrigin(folded, i, end) && !isTradePartner(folded, i, end) && !isJourneyOrigin(folded, i, end)
}

/** The country of a foreign place: itself, or the country of a capital or city (`阿布達比` → 阿联酋). */
function countryOf(place: Place): string | undefined {
  return place.level === 'country' ? place.name : (CAPITAL_OF[place.name] ?? FOREIGN_REGION_OF[place.name])
}

/** A heading line that is only a foreign country's name (`● 巴林`) right before the paragraph holding `at`. */
function headingCountry(folded: string, at: number): string | undefined {
  const paragraph = folded.lastIndexOf('\n', at - 1)
  if (paragraph < 0) return undefined
  let end = paragraph
  while (end > 0 && /\s/.test(folded[end - 1] as string)) end--
  const start = folded.lastIndexOf('\n', end - 1) + 1
  return headingLineCountry(folded.slice(start, end))
}

/** The country a heading line names when it is only a foreign country's name, maybe after a bullet (`● 巴林`). */
function headingLineCountry(line: string): string | undefined {
  if (line.length > 20) return undefined
  const name = line.replace(/^[\s●○■□◆◇▲△▶►•·*#\-－]+/, '').trim()
  return FOREIGN_PLACE_NAMES.has(name) ? countryOf(foreignPlace(name)) : undefined
}

/** How far back a section's heading is looked for, in characters. */
const SECTION_REACH = 1500

/** The lines of `folded` (a segment at `offset` in the whole text) that are only a foreign country's name (`● 法國`): a round-up's section headings. */
export function sectionHeadings(folded: string, offset: number): Array<{at: number; place: Place}> {
  const out: Array<{at: number; place: Place}> = []
  for (let start = 0; start < folded.length; ) {
    const end = folded.indexOf('\n', start)
    const stop = end < 0 ? folded.length : end
    const country = stop - start <= 20 ? headingLineCountry(folded.slice(start, stop)) : undefined
    if (country !== undefined) out.push({at: offset + start, place: foreignPlace(country)})
    start = stop + 1
  }
  return out
}

/** The country of the section heading nearest before `at` (within SECTION_REACH characters), as the place of a ministry named without its country. */
export function sectionCountry(sections: ReadonlyArray<{at: number; place: Place}> | undefined, at: number): Place | undefined {
  // (Sections are in document order: the last one before `at` by binary search, not a walk from the first for every figure.)
  const section = sections?.[partition(sections, (s) => s.at < at) - 1]
  return section !== undefined && at - section.at <= SECTION_REACH ? section.place : undefined
}

/** First-person scope words of a speaker or official (`我市`, `我县`, `我省`, `我区`). */
const FIRST_PERSON = /我(?:们)?([省市县区州旗镇乡])|我们(?![党国的这那一])/g

/**
 * Add first-person scopes: `我市`/`我县`/… resolve like `该市`/`该县` against the places before
 * them; a bare `我们` outside quotation marks is the article's place (the speaker's: `我是从福建省宁德市来的代表`).
 */
function withFirstPerson(folded: string, scopes: ScopeMention[], articlePlace: Place): ScopeMention[] {
  if (!folded.includes('我')) return scopes
  const out = [...scopes]
  let overlaps: ((start: number, end: number) => boolean) | undefined
  let quoteDepth = 0
  let checked = 0
  const inQuote = (at: number) => {
    for (; checked < at; checked++) {
      const c = folded[checked]
      if (c === '“' || c === '「' || c === '『') quoteDepth++
      else if ((c === '”' || c === '」' || c === '』') && quoteDepth > 0) quoteDepth--
      else if (c === '\n') quoteDepth = 0
    }
    return quoteDepth > 0
  }
  for (const match of folded.matchAll(FIRST_PERSON)) {
    const start = match.index
    const end = start + match[0].length
    if (inQuote(start)) continue
    // (The words added before this one end before it: only the mentions given can overlap it.)
    if ((overlaps ??= overlapTest(scopes.map((s) => [s.start, s.end] as const)))(start, end)) continue
    let place: Place | undefined
    const suffix = match[1]
    if (suffix) {
      const context = [articlePlace, ...scopes.filter((s) => s.end <= start).map((s) => s.place)]
      const level = suffix === '省' ? 'province' : suffix === '市' || suffix === '州' ? 'city' : suffix === '镇' || suffix === '乡' ? 'township' : 'county'
      place = resolveRelative({suffix, level}, context)
    } else place = articlePlace
    if (place) out.push({start, end, text: match[0], place, via: suffix ? 'relative' : 'first-person'})
  }
  return out.sort((a, b) => a.start - b.start)
}

/** Words that name the whole region of the article (`我国`, `本港`, `全台`), and the mainland in Hong Kong, Macau and Taiwan articles (`內地`, `大陸`). */
const REGION_WORDS = /我国|本港|全港|本澳|全澳|全台|全臺|本市|我市|北市|高市|内地|大陆/g
/**
 * `内地`/`大陆` glued into other words (`国内地区`, `市内地铁`) or after a preposition (`輸往內地`): no scope of the mainland.
 * (Read only in Hong Kong, Macau and Taiwan articles: in a mainland one `内地` is the inland, against the coast.)
 */
const NOT_MAINLAND_BEFORE = /[国境市省区县城镇村室校院厂园岛海体湖河往向对在到于与从自由赴回来去]$/
/**
 * What `内地` names the scope of: a statistic of the mainland's own, maybe after its time (`內地上月CPI`, `內地居民消費價格指數`,
 * `大陸出口`). Not a noun it qualifies in the article's own region (`內地旅客`, `內地店舖`, `內地相關貸款`), nor a
 * partner after a preposition (`輸往內地`): those figures are the region's or a company's.
 */
const MAINLAND_STATISTIC_AFTER = /^(?:(?:上月|本月|今年|去年|首季|上半年|下半年|全年|前[一二三四五六七八九十\d]{1,2}个?月|[一二三四1-4]季度?|\d{1,2}月份?|\d{4}年)[，,]?)?(?:CPI|PPI|GDP|PMI|经济|居民消费价格|消费价格|消费物价|物价|工业|规模以上|出口|进口|外贸|货物贸易|零售|社会消费品|固定资产投资|失业|城镇|确诊|新增|本土|房价|国内生产总值|人口|出生|粮食|用电|发电|财政|税收|货币供应|M2|新屋|楼价|猪肉|外汇储备)/

/**
 * Region words read against the article's region: `我国`/`全国` is the country of the article
 * (China in a mainland article, Taiwan's `全國` is Taiwan), `本港`/`全港` Hong Kong, `本澳` Macau,
 * `全台` Taiwan. Without a region, `我国` is China (the common case) and the others their own region.
 */
function withRegionWords(folded: string, region: string | undefined, scopes: ScopeMention[]): ScopeMention[] {
  const found: ScopeMention[] = []
  let overlapsScope: ((start: number, end: number) => boolean) | undefined
  const overlaps = (start: number, end: number) => (overlapsScope ??= overlapTest(scopes.map((s) => [s.start, s.end] as const)))(start, end)
  for (const match of folded.matchAll(REGION_WORDS)) {
    const word = match[0]
    if (word === '本市' || word === '我市') continue
    // Taiwan's short names of its two largest cities (`北市主計處`): only in a Taiwan article.
    if (word === '北市' || word === '高市') {
      const city = region === 'TW' ? findPlaces(word === '北市' ? '台北市' : '高雄市').find((m) => m.place)?.place : undefined
      const start = match.index
      if (city && !overlaps(start, start + 2)) found.push({start, end: start + 2, text: word, place: city, via: 'explicit'})
      continue
    }
    const start = match.index
    const end = start + word.length
    // (`內地居民消費價格指數`, `大陸出口`: in Hong Kong, Macau and Taiwan the mainland, a place as named as any.)
    if (word === '内地' || word === '大陆') {
      const mainland = region === 'HK' || region === 'MO' || region === 'TW' ? regionPlace('CN') : undefined
      if (mainland && !NOT_MAINLAND_BEFORE.test(folded.slice(Math.max(0, start - 1), start)) && MAINLAND_STATISTIC_AFTER.test(folded.slice(end, end + 16)) && !overlaps(start, end)) found.push({start, end, text: word, place: mainland, via: 'explicit'})
      continue
    }
    const code = word === '我国' ? (region === 'TW' ? 'TW' : 'CN') : /港/.test(word) ? 'HK' : /澳/.test(word) ? 'MO' : 'TW'
    const place = regionPlace(code)
    if (!place || overlaps(start, end)) continue
    found.push({start, end, text: word, place, via: 'relative'})
  }
  let out = found.length > 0 ? [...scopes, ...found].sort((a, b) => a.start - b.start) : scopes
  // `全国` in a Taiwan article is Taiwan.
  if (region === 'TW') out = out.map((s) => (s.via === 'relative' && s.place.code === 'CN' ? {...s, place: regionPlace('TW') ?? s.place} : s))
  return out
}

/** Tags of a whole word that is a place name spelled inside something else: an organisation, a verb, an adjective, an idiom (2-character county names the segmenter does not know come back as `nr` or `n`: kept). */
const NOT_A_PLACE_TAG = new Set(['nt', 'v', 'vn', 'a', 'd', 'i', 'l'])

/**
 * Whether a gazetteer mention is a word of the text: it starts and ends on word boundaries of the
 * segmenter (`长春` in `超长春节假期` does not), and is not one word tagged as a person, an
 * organisation or a common word (`通道` in `沿海通道`, `云阳子`), unless it says its level (`…县`).
 */
export function isWordOfText(words: WordIndex, mention: ScopeMention): boolean {
  if (mention.via !== 'explicit' || /^(?:org|foreign):/.test(String(mention.place.code))) return true
  const covering = words.wordsIn(mention.start, mention.end)
  const first = covering[0]
  const last = covering.at(-1)
  if (!first || !last) return false
  // `北京大学` is one organisation word starting with a place: kept, read as the organisation later.
  if (first.start === mention.start && first.tag === 'nt') return true
  // (`中国台湾`, `中国香港`: one word to the segmenter, whose region is the place.)
  if (covering.length === 1 && first.start === mention.start - 2 && first.end === mention.end && first.word.startsWith('中国')) return true
  // A suffix the segmenter glued to the next word (`金水镇碗牛坝` → 金水/镇碗) still ends a place.
  const suffixed = /[省市县区州镇乡村旗盟]$/.test(mention.text)
  if (first.start !== mention.start || (last.end !== mention.end && !suffixed)) return false
  if (covering.length === 1 && NOT_A_PLACE_TAG.has(first.tag) && !/[省市县区州镇乡村旗盟]$/.test(mention.text)) return false
  return true
}
