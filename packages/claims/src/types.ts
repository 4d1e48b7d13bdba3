import type {QuantityKind, Qualifier} from '@jiaodui/zh-number'

/** A point in the document: 1-based line and column, 0-based UTF-16 offset. */
export interface ClaimPoint {
  line: number
  column: number
  offset: number
}

/** How the scope of a claim was found, best first. */
export type ScopeVia = 'explicit' | 'relative' | 'first-person' | 'previous-sentence' | 'document' | 'unknown'

/** The place or organisation a number is about. */
export interface ClaimScope {
  /**
   * Canonical id: the gazetteer code (`52` = 贵州省, `CN` = the country), `village:<parent code>:<name>`
   * for villages, `org:<name>` for an organisation named after a place (`org:贵州省人社厅`),
   * `foreign:<name>` for a country outside the gazetteer (`foreign:法国`), codes joined by `+` for a
   * list of places (`140122+140123`), `unknown` when no scope was found.
   */
  id: string
  /** Canonical name (`贵州省`), empty when unknown. */
  name: string
  level: 'country' | 'province' | 'city' | 'county' | 'township' | 'village' | 'organisation' | 'unknown'
  /** The words in the text that gave the scope (`貴州`, `全省`), when any. */
  text?: string
  /** Offsets of those words in the document. */
  start?: number
  end?: number
  via: ScopeVia
}

/**
 * Predicate class of a claim: a stock (`共有`, `现有`, `在岗`: a level at a time), a flow (`新增`,
 * `减少`: a change during a period) or a cumulative total (`累计`, `先后`, `…以来`). Claims of
 * different classes never share a key: `累计选派` and `在岗` do not clash.
 */
export type Predicate = 'stock' | 'flow' | 'cumulative'

/** What a percentage is: a share of a whole, a growth rate, or unclear. Other kinds: `amount`. */
export type MetricRole = 'share' | 'rate' | 'percent' | 'amount'

/** The counted thing. */
export interface ClaimMetric {
  /** Canonical metric: the counted noun folded to simplified (`第一書記` → `第一书记`); empty when none. */
  id: string
  /** The surface text (source characters). */
  text: string
  predicate: Predicate
  role: MetricRole
  /**
   * `noun`: the noun after the number's classifier; `before`: the noun phrase right before it;
   * `subject`: the subject of its clause; `inherited`: the metric of the previous number of the
   * sentence (`出口4.27万亿元，增长8.6%`); `verb`: money named only by the verb that allocates it
   * (`增拨3亿元`, `政府增拨的3亿元`): one allocation, not a statistic, so weighted below every
   * comparison threshold; `none`.
   */
  via: 'noun' | 'before' | 'subject' | 'inherited' | 'verb' | 'none'
  /**
   * An amount per unit (`每个`, `人均`, `户均`, `每年`) and where the counted people or things come
   * from or go to (`从省直单位`, `到贫困县`, `从各市县到乡镇`), when the clause says so; part of the
   * key (two selections from different sources are two statistics; a per-village amount is not a total).
   */
  qualifier?: string
  /**
   * What the clause says the counted people or things do or undergo (`感染`, `接诊`, `调查`): its
   * content words other than the counted noun, places, times, figures and words that only state or
   * report a level (`有`, `共计`, `达到`, `通报`), sorted, joined by `+`; part of the key (`3019名医务人员感染`
   * and `14000名医务人员…支援` are different statistics).
   */
  action?: string
}

/** The stated value as an interval (from `@jiaodui/zh-number`; `null` = unbounded). */
export interface ClaimValue {
  low: number | null
  high: number | null
  lowInclusive: boolean
  highInclusive: boolean
  approx: boolean
  /** The stated base value (`19.5万` → 195000); `null` for ranges. */
  value: number | null
  /** The numeral as written (`19.5萬`). */
  text: string
  qualifier?: Qualifier
}

/** Period kinds; see the README for when two periods are the same. */
export type PeriodType = 'as-of' | 'year' | 'month' | 'range' | 'since' | 'window'

/** The time a number is about. */
export interface ClaimPeriod {
  /**
   * Canonical id, part of the key: `asof:2018-12`, `year:2017`, `month:2017-05`,
   * `since:2014..2018-01`, `window:recent..2018-01`. When the article date is unknown and the
   * period is relative, the id is local to the document (`asof:?#<hash>`), so it only compares
   * inside that document.
   */
  id: string
  type: PeriodType
  /** First day covered (`YYYY-MM-DD`), when known. */
  start?: string
  /** Last day covered, or the as-of day (`YYYY-MM-DD`), when known. */
  end?: string
  /** The words that gave the period (`截至2018年底`, `目前`), when any. */
  text?: string
  /**
   * `explicit` date words; `relative` words resolved against the article date; `previous-sentence`
   * when the time phrase opened an earlier sentence of the paragraph (`2017年，…。其中，…`);
   * `article-date` when nothing was said; `none` when the date is unknown too; `restated` when the
   * figure restates one stated with time words elsewhere in the article (a headline, `该批…合约`),
   * or follows such a figure in its sentence or in the list its sentence introduces.
   */
  via: 'explicit' | 'relative' | 'previous-sentence' | 'restated' | 'article-date' | 'none'
  /**
   * The day (`YYYY-MM-DD`) the figure is of, part of the key: the article's day for a figure read
   * against the article's date (nothing said, `至今`, `今年累计`, every running count of a daily
   * report), or the day a relative word names (`昨日`, `周一`, `上周五`). The reports of two days
   * give two days' figures, which differ by design.
   */
  daily?: string
}

/** The subject of a figure (see `Claim.subject`). */
export interface ClaimSubject {
  /** The name as written in the folded text (`某某科技`). */
  name: string
  /**
   * `sentence`: named in the figure's sentence (its clause, or a clause its sentence opens or closes with the name);
   * `paragraph`: named at the head of an earlier sentence of the paragraph; `reference`: the company or body that
   * a word of the figure's clause refers back to (`该公司`, `这家银行`), named before it or the article's subject.
   */
  via: 'sentence' | 'paragraph' | 'reference'
}

/** A part of a whole stated in the same sentence (`其中`, `分别`, `…中`). */
export interface ClaimPart {
  /** `id` of the whole. */
  of: string
  /** The word that introduced the parts: `其中`, `其中包括`, `分别`, `中`. */
  link: '其中' | '其中包括' | '分别' | '中'
  /** Position of this part in its list (0-based). */
  index: number
}

/** One numeric claim (`schemas/claim.schema.json`). */
export interface Claim {
  /** `<path or hash>#<offset>`: unique within a run. */
  id: string
  document: {path?: string; hash: string; date?: string; source?: string}
  /** Where the quantity mention is. */
  place: {start: ClaimPoint; end: ClaimPoint}
  /** The quantity mention as written (`19.5万名`). */
  text: string
  sentence: {start: number; end: number; text: string}
  scope: ClaimScope
  metric: ClaimMetric
  value: ClaimValue
  kind: QuantityKind
  /** Unit as zh-number gives it (`名`, `CNY`, `%`). */
  unit: string | null
  /**
   * Unit class used in the key: `persons` (名 人 位), `households` (户), `person-times` (人次),
   * `money:CNY`, `percent`, otherwise the unit itself.
   */
  unitClass: string
  period: ClaimPeriod
  part?: ClaimPart
  /**
   * Whose figure it is, when the text names a person, organisation or company for it (`某某科技`,
   * `前总统某某`): not part of the key; two claims of one key are one statistic unless both name a
   * subject and the subjects differ (`subjectsDiffer`).
   */
  subject?: ClaimSubject
  /** 0–1: how sure the extraction is of scope, metric and period together. */
  confidence: number
}

/** Input of `extractClaims`. */
export interface ExtractInput {
  text: string
  /** Prose segments (paragraphs of Markdown or HTML) with their offsets; the whole text when absent. */
  segments?: ReadonlyArray<{text: string; offset: number}> | undefined
  path?: string | undefined
  /** Article date `YYYY-MM-DD` (metadata, config or `--date`); a dateline in the text is used when absent. */
  date?: string | undefined
  /** Fallback date when neither `date` nor a dateline gives one (config `settings.date`). */
  defaultDate?: string | undefined
  /** The place the article is about (dateline or metadata), as text (`贵阳`). */
  place?: string | undefined
  /**
   * Region of the article (`CN` mainland, `HK`, `TW`, `MO`): from metadata; guessed from the script
   * and the places named when absent. Decides what `我国`/`全国` mean, the currency of `元`, and the
   * scope of figures with no place of their own.
   */
  region?: string | undefined
  hash?: string | undefined
  source?: string | undefined
}

/** Why two claims with one key clash, as far as the numbers tell. */
export type ClashKind = 'magnitude-slip' | 'digit-transposition' | 'year-slip' | 'other'

export type {QuantityKind}
