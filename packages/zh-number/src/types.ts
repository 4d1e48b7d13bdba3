/** What a quantity mention measures. */
export type QuantityKind =
  | 'count'
  | 'money'
  | 'percent'
  | 'permille'
  | 'percentage-point'
  | 'ratio'
  | 'fraction'
  | 'ordinal'
  | 'range'
  | 'date'
  | 'time'
  | 'year'
  | 'duration'

/** Which approximation or bound word shaped the interval (see the README's rule table). */
export type Qualifier =
  | 'more' // 多 余 餘 来 來 有余 出头: up to one unit of the last non-zero digit
  | 'vague' // 几 幾 数 數 inside the numeral, 三五十-type pairs
  | 'about' // 约 約 大约 左右 上下: ±5 %, never narrower than the stated precision
  | 'near' // 近 将近 接近: [0.9x, x]
  | 'gt' // 超过 逾 超: open above, exclusive
  | 'ge' // 以上 突破 不低于 至少 不少于: open above, inclusive
  | 'lt' // 不到 不足 低于 少于: open below, exclusive
  | 'le' // 以下 不超过 以内 至多: open below, inclusive
  | 'order' // 上万 上千: the order of magnitude [10^k, 10^(k+1))

/**
 * One quantity mention found in text.
 *
 * Offsets are UTF-16 code-unit indices (JavaScript string indices), `end`
 * exclusive, and `text === input.slice(start, end)` always holds. The object
 * is JSON-serialisable: unbounded interval ends are `null`, never Infinity.
 */
export interface Quantity {
  /** Start of the whole mention: approximation words, sign, numeral, unit and trailing qualifiers. */
  start: number
  /** End of the whole mention (exclusive). */
  end: number
  /** `input.slice(start, end)`. */
  text: string
  /** Start of the numeral itself (with its sign, internal 多/余/几, and 第 for ordinals). */
  numStart: number
  /** End of the numeral itself (exclusive). */
  numEnd: number
  /**
   * The stated base value, fully scaled (`1.97万` → 19700, `十余万` → 100000). Percent-like kinds
   * are in percentage points (`千分之一` → 0.1). `null` for ranges, dates, times and currency names
   * without an amount.
   */
  value: number | null
  /** Lower end of the interval the mention denotes; `null` when unbounded below. */
  low: number | null
  /** Upper end of the interval; `null` when unbounded above. */
  high: number | null
  lowInclusive: boolean
  highInclusive: boolean
  /** True when an approximation word, a vague numeral or an open bound is present. */
  approx: boolean
  kind: QuantityKind
  /**
   * Classifier or measure word (`名`, `户`, `公顷`, `月` for `个月`), `%`/`‰`/`‱`/`百分点`/`成`/`折`
   * for percent-like kinds, the ISO 4217 code for money, `null` when there is none.
   */
  unit: string | null
  /** The counted noun after the unit (`19.5万名第一书记` → `第一书记`). */
  noun?: string
  /** The digits as written, for digit strings (`零零三` → `003`, `12.30` → `12.30`). */
  digits?: string
  /** Lower end of a range (`3至5万` → 30000). */
  lo?: number
  /** Upper end of a range. */
  hi?: number
  /** For ranges: the kind of each end (`money` for `3至5万元`). */
  of?: QuantityKind
  /** ISO-8601-like date for `date` and `year` kinds, partial allowed: `2017-11-14`, `2017-11`, `--09-09`, `---22`, `2018`. */
  date?: string
  /** `HH:MM` or `HH:MM:SS` for the `time` kind. */
  time?: string
  /** The approximation or bound that shaped the interval. */
  qualifier?: Qualifier
  /** `近5年来`, `两年来`: a time window reaching back from the present, not an approximate length. */
  window?: boolean
}

/** The value of one numeral string, as returned by `parseNumber`. */
export interface NumberValue {
  value: number
  low: number
  high: number
  lowInclusive: boolean
  highInclusive: boolean
  approx: boolean
  digits?: string
}

/** Options of `findQuantities`. */
export interface FindOptions {
  /**
   * Also report currency names without an amount (`人民币`, `美元`) as money with `value: null`.
   * Off by default: in news text these are names, not quantities.
   */
  currencyNames?: boolean
}
