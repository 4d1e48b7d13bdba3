import {unresolvedReference} from './subject.js'
import {BARE_TRADE} from './taxonomy.js'
import {foldText} from './text.js'
import type {Claim, ClaimValue, ClashKind} from './types.js'

type Interval = Pick<ClaimValue, 'low' | 'high' | 'lowInclusive' | 'highInclusive'>

/**
 * The key of a claim: scope, metric (with its source/destination qualifier, its action, predicate class and
 * unit class; percentages also with their role, share or rate) and period (with its day, when a day is named or the figure is a flow),
 * and whether it is planned (`@plan`) or forecast (`@forecast#<document>`: compared only inside its article). `undefined`
 * when the scope or the metric is unknown, or the figure is a portion of its scope (`portionOfScope`): such a claim is never compared.
 */
export function claimKey(claim: Claim): string | undefined {
  if (claim.scope.id === 'unknown' || claim.metric.id === '' || portionOfScope(claim)) return undefined
  const unit = claim.unitClass === 'percent' ? `percent:${claim.metric.role}` : claim.unitClass
  const qualified = claim.metric.qualifier ? `${claim.metric.id}@${claim.metric.qualifier}` : claim.metric.id
  const metric = claim.metric.action ? `${qualified}~${claim.metric.action}` : qualified
  // (The clause before the figure read once: the day's edition and the mode both look at it.)
  const clause = clauseBefore(claim)
  const mode = modeOf(claim, clause)
  // (A market's move or level within a day, `指数上涨0.5%` at noon and `上涨1.12%` at the close, is of its report only.)
  // (So is a body's vote, `安理会以14票赞成…通过`: one resolution's, and another article may tell another resolution's.)
  // (And a trade volume of goods it does not name, `12月进口量…至512,332吨`: the goods of its article, whichever they are.)
  const local = marketMove(claim) || BODY_VOTE.test(claim.metric.id) || unnamedGoods(claim)
  const modeSuffix = mode === 'plan' ? '@plan' : mode === 'forecast' ? `@forecast#${claim.document.hash}` : local ? `#${claim.document.hash}` : ''
  return `${claim.scope.id}|${metric}|${claim.metric.predicate}|${unit}|${claim.period.id}${dayOf(claim, clause)}${modeSuffix}`
}

/** The toll of an event and its first measures: revised while the event is reported (`受伤`, `死亡`, `失踪`, `震源深度`, `震级`). */
const UNFOLDING = /受伤|伤者|死亡|死者|遇难|罹难|丧生|身亡|失踪|伤亡|震源深度|震级|^(?:地震)?规模$|^(?:伤|死|重伤|轻伤)$/

/**
 * Whether a claim counts the toll of an event or gives its first measures (`4000人受伤`, later `约5000人受伤`; `震源深度60公里`):
 * figures revised while the event is reported, so two values of one are two moments, not a contradiction to be sure of.
 */
export function unfoldingFigure(claim: Pick<Claim, 'metric'>): boolean {
  return UNFOLDING.test(claim.metric.id)
}

/** What a market quotes and moves within a day: indices, prices of oil and gold, rates and yields, currencies. */
const MARKET_METRIC = /指数|股指|股市|大盘|恒指|原油|油价|金价|黄金|汇率|收益率|期货|股价|交易所|交割|^(?:人民币|美元|欧元|日圆|日元|英镑|港元|港币|新台币)$/

/** Whether a claim is a market's move or quote (`MSCI…指数上涨0.5%`, `美国原油上涨0.09美元`), not a statistic of a period. */
export function marketMove(claim: Claim): boolean {
  if (!MARKET_METRIC.test(claim.metric.id) || claim.period.type !== 'as-of' || !(claim.unitClass === 'percent' || claim.kind === 'money' || claim.unit === '点')) return false
  // (A close or a settlement, `结算价上涨0.6%`, `收盘报…`, is the day's one figure: compared with other reports of the day.)
  const at = Math.max(0, claim.place.start.offset - claim.sentence.start)
  return !DAY_CLOSE.test(foldText(claim.sentence.text.slice(0, at)))
}

/** Whether a claim is a volume of trade (`进口量…512,332吨`) in a physical unit whose goods are not named (`goods:`). */
function unnamedGoods(claim: Claim): boolean {
  if (!BARE_TRADE.test(claim.metric.id) || (claim.metric.qualifier ?? '').includes('goods:')) return false
  return claim.kind === 'count' && claim.unitClass !== 'count' && claim.unitClass !== 'persons'
}

/** Votes cast for or against a motion (`赞成票`, `反对票`, `弃权`): a count of one vote. */
const BODY_VOTE = /赞成|反对票|弃权/

/** Words of a market's close or settlement for the day. */
const DAY_CLOSE = /收盘|收市|结算|收报|报收|终场|尾盘|收于|收在|收高|收低|收涨|收跌/

/** The trade partner a metric's qualifier names (`with:美国`), if any. */
export function partnerOfQualifier(qualifier: string | undefined): string | undefined {
  return /with:([^@:]+?)(?=of:|goods:|at:|vs:|in:|$)/.exec(qualifier ?? '')?.[1]
}

/** The level of a place that `全县`, `全省`… (and `本港`, `全港`) name. */
const WHOLE_LEVEL: Readonly<Record<string, ReadonlyArray<Claim['scope']['level']>>> = {
  国: ['country'],
  省: ['province'],
  市: ['city', 'county'],
  州: ['city'],
  县: ['county'],
  区: ['county', 'city'],
  旗: ['county'],
  镇: ['township'],
  乡: ['township'],
  港: ['province', 'city'],
  澳: ['province', 'city'],
  台: ['province', 'country']
}
/** A share of the whole place right after a figure (`…9.2万只，约占全县养殖总量的13.2%`): the figure is a portion. */
const SHARE_OF_WHOLE = /^[^，,。；;！？]{0,12}[，,]\s*(?:约|仅|只|已|共)?占(?:了)?(?:全|本)([国省市州县區区旗镇乡港澳台])/

/**
 * Whether a claim's figure is a portion of its own scope's total: a share of the whole place follows it
 * (`全县有贫困养殖户526户，…他们养殖竹鼠9.2572万只，约占全县养殖总量的13.2%`): some group's figure, not the
 * county's, so it is compared with nothing (the group is not known). A place's own total with its share
 * of a larger one (`广东省GDP 13万亿元，占全国的10.9%`) is not a portion of its scope.
 */
export function portionOfScope(claim: Claim): boolean {
  const at = Math.max(0, claim.place.end.offset - claim.sentence.start)
  // (Folded: `約佔全縣` is `约占全县`.)
  const level = SHARE_OF_WHOLE.exec(foldText(claim.sentence.text.slice(at, at + 24)))?.[1]
  return level !== undefined && (WHOLE_LEVEL[level] ?? []).includes(claim.scope.level)
}

/**
 * Words of a plan or a target before a figure (`计划投资`, `目标是`, `力争`): what is meant to be, another
 * statistic than what is (`计划投资100亿元…实际完成投资120亿元`). (Not 计划生育, family planning; not 模拟 or 虚拟.)
 */
const PLAN_WORDS = /计划(?!生育)|规划|方案|目标|(?<![模虚比])拟|力争|争取/
/**
 * Words of a forecast or an expectation (`预计超过`, `有望达到`, `料将`): what someone expects, also another
 * statistic than what is; and two forecasters' figures differ without contradicting each other (`IMF预计…8.1%` /
 * `世行预计…7.9%`), so a forecast is compared only inside its own article.
 */
/** `料` as a verb of expecting (`某银行料…`), not inside 材料, 资料, 饮料, 不料… */
const EXPECTS = '(?<![材资原饮香燃肥塑史照涂草布物不意])料'
const FORECAST_WORDS = new RegExp(`预计|预期|预测|预估|有望|${EXPECTS}(?![理子想])|将达|将会|将要|将有|(?<!或)或(?:将|会|可)?(?:收缩|萎缩|增长|增加|上升|上涨|下跌|下降|减少|回落|回升|反弹|达到?|超过|录得)`)
/**
 * A sentence that opens on a forecast (`该行预期，…`, `另外，某投资预期，…`, `市场估计：…`, a survey's `…预估中值显示，…`): every figure of it is
 * what someone expects.
 */
const FORECAST_OPENING = new RegExp(`^(?:(?:另外|此外|同时|至于)[，,]?)?(?:[^，,；;。]{0,20}(?:预计|预期|预测|预估|估计|${EXPECTS})|[^，,；;。]{0,40}(?:预计|预期|预测|预估|估计)(?:的)?(?:中值|中位数|均值)(?:显示|为|认为)?)[，,：:]`)
/** A sentence that opens on a plan (`按照重整方案，…`, `根据规划，…`): every figure of it is planned. */
const PLAN_OPENING = /^[^，,；;。]{0,4}(?:按照|根据|依照|依据|按)[^，,；;。]{0,20}(?:计划|规划|方案|目标)[^，,；;。]{0,4}[，,]/

/** Whether a claim's figure is planned (a plan or a target) or forecast, by its clause or by a sentence opening on a plan. */
export function modeOf(claim: Claim, before = clauseBefore(claim)): 'plan' | 'forecast' | undefined {
  // (Folded: Hong Kong's and Taiwan's `預計`, `計劃` are `预计`, `计划`.)
  const clause = foldText(before)
  const opening = foldText(claim.sentence.text.slice(0, 40)).trimStart()
  if (FORECAST_WORDS.test(clause) || FORECAST_OPENING.test(opening)) return 'forecast'
  if (PLAN_WORDS.test(clause) || PLAN_OPENING.test(opening)) return 'plan'
  // (A figure of a period still to come, `明年回落至1.8%`, is expected, whoever says so.)
  const date = claim.document.date
  return date !== undefined && claim.period.start !== undefined && claim.period.start > date ? 'forecast' : undefined
}

/**
 * Whether two claims are figures of different subjects: both name one (`Claim.subject`) and the names
 * differ (`某某科技` and `某某控股` raising different sums in one round-up). A claim whose subject is not
 * named compares with any. The one test every comparison of claims of one key goes through (the claim
 * rules and the claim index).
 */
export function subjectsDiffer(a: SubjectOf, b: SubjectOf): boolean {
  // (A company the text refers back to without naming it, `该公司…`, is some company of its own article: its
  // figure is no other article's, whatever that one names.)
  if ((unnamed(a) || unnamed(b)) && a.document?.hash !== b.document?.hash) return true
  return a.subject !== undefined && b.subject !== undefined && a.subject.name !== b.subject.name
}

/** What `subjectsDiffer` reads of a claim (or of a claim index's query, which has no document). */
type SubjectOf = {subject?: Claim['subject'] | undefined; document?: {hash: string} | undefined}

/** A subject read from a word that refers back (`该公司`) to a company the text never names. */
function unnamed(claim: {subject?: Claim['subject'] | undefined}): boolean {
  return claim.subject !== undefined && unresolvedReference(claim.subject)
}

/** A day of the month in the period's words (`截至2月5日`, `2月10日`, `5号`). */
const NAMED_DAY = /(?:\d{1,2}|[一二三四五六七八九十廿卅]{1,3})\s*[日号號]/

/**
 * The day of an as-of period, as a suffix of the key, when it matters: when the text names the
 * day (`截至2月4日…死亡18例` and `截至2月5日…死亡25例` are two days of a running count, not one
 * statistic twice), and for a flow read against the article's date (`今天新增…2618例` is that day's).
 */
function dayOf(claim: Claim, clause: string): string {
  const {period} = claim
  const edition = EARLIER_EDITION.test(clause) ? '@earlier' : ''
  // (`中國官方19日通報，新增17例` is what was reported on the 19th, the day before's count; `中國19日新增23例` is the 19th's.)
  const reported = reportedOn(claim) ? 'reported:' : ''
  // (A day named against the article's date in another country, `英國今天新增…`, may be that country's day before:
  // it is compared inside its article only.)
  const local = claim.scope.id.startsWith('foreign:') && RELATIVE_DAY_WORD.test(period.text ?? '') ? `#${claim.document.hash}` : ''
  if (period.daily !== undefined) return `@${reported}${period.daily}${local}${edition}`
  if (period.type !== 'as-of') return edition
  // (Without the article's year the day is not resolved: its words stand for it, inside one document.)
  if (NAMED_DAY.test(period.text ?? '')) return `@${reported}${period.end ?? period.text}${edition}`
  return (claim.metric.predicate === 'flow' && period.end !== undefined ? `@${reported}${period.end}${local}` : '') + edition
}

/** Words naming a day against the article's date (`今天`, `今日`, `昨天`, `前日`). */
const RELATIVE_DAY_WORD = /^(?:今|昨|前)(?:天|日|早|晨|晚)/
/** Words of a report right after its day (`19日通報`, `今天公布`): the day is the report's, not the figure's. */
const REPORT_AFTER_DAY = /^\s*(?:通报|公布|宣布|发布|报告|表示|指出|称|说)/

/** Whether the day of a claim's period is the day its figure was reported (`中國官方19日通報，新增17例`). */
function reportedOn(claim: Claim): boolean {
  const words = claim.period.text
  if (words === undefined || words === '' || (claim.period.via !== 'explicit' && claim.period.via !== 'relative')) return false
  const at = Math.max(0, claim.place.start.offset - claim.sentence.start)
  const before = claim.sentence.text.slice(0, at)
  const k = before.lastIndexOf(words)
  return k >= 0 && REPORT_AFTER_DAY.test(foldText(before.slice(k + words.length, k + words.length + 4)))
}

/** An earlier edition of a recurring event named before a figure (`上届`, `上次`, `上一轮`, `前届`): its figure, not this one's. */
const EARLIER_EDITION = /(?:上|前)一?(?:届|屆|次|轮|輪|期|季|任)/

/** The clause of the sentence before a claim's figure (from the last comma or stop), at most 40 characters: a key costs the same in a sentence of any length. */
export function clauseBefore(claim: Claim): string {
  const at = Math.max(0, claim.place.start.offset - claim.sentence.start)
  const before = claim.sentence.text.slice(Math.max(0, at - 40), at)
  return before.slice(Math.max(before.lastIndexOf('，'), before.lastIndexOf(','), before.lastIndexOf('；')) + 1)
}

/**
 * Whether two stated values can be the same figure: their intervals with every end closed. A bound
 * and the figure it bounds do not contradict (`逾5000支` / `5000支`, `超过26%` / `26%`: the writer
 * hedged the same figure); figures whose rounding intervals only touch still do (`4.4万` / `4.3万`).
 */
export function valuesAgree(a: Interval & {value?: number | null}, b: Interval & {value?: number | null}): boolean {
  return meets(a, b) && meets(b, a)
}

/**
 * `a` starts at or before `b` ends, an open end counting as closed where it is the stated figure
 * itself (the bound of `逾5000`), not where it is a rounding limit (`4.4万` ends before 44 500).
 */
export function meets(a: Interval & {value?: number | null}, b: Interval & {value?: number | null}): boolean {
  if (a.low === null || b.high === null || a.low < b.high) return true
  return a.low === b.high && (a.lowInclusive || a.low === a.value) && (b.highInclusive || b.high === b.value)
}

/** Whether two intervals share a value (`null` ends are unbounded; inclusive flags respected). */
export function intervalsOverlap(a: Interval, b: Interval): boolean {
  return below(a, b) && below(b, a)
}

/** Whether `a` starts before `b` ends (they may touch only where both ends are inclusive). */
function below(a: Interval, b: Interval): boolean {
  if (a.low === null || b.high === null) return true
  return a.low < b.high || (a.low === b.high && a.lowInclusive && b.highInclusive)
}

const FULLWIDTH_DIGIT = /[０-９]/g

function digitsOf(text: string): string {
  return text.replace(FULLWIDTH_DIGIT, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
}

function pointOf(value: ClaimValue): number | undefined {
  if (value.value !== null) return value.value
  if (value.low !== null && value.high !== null) return (value.low + value.high) / 2
  return value.low ?? value.high ?? undefined
}

/** What the kind of a clash suggests, as a message's ending (`: likely transposed digits`). */
export const likelyCause: Readonly<Record<ClashKind, string>> = {
  'magnitude-slip': ': likely a magnitude slip',
  'digit-transposition': ': likely transposed digits',
  'year-slip': ': likely a year slip',
  other: ''
}

/**
 * Whether the digits themselves explain a clash (a magnitude slip, transposed digits, a year slip):
 * a disagreement they do not explain was, on news the project had not seen, two statistics read as
 * one far more often than an error (`FIRST_SIGHT`).
 */
export function explainedClash(kind: ClashKind): boolean {
  return kind !== 'other'
}

/**
 * The likely error behind two clashing claims: `magnitude-slip` when the stated values differ by a
 * power of ten (`1660人` / `1660万人`), `digit-transposition` when the numerals are the same
 * digits with two swapped (`8542` / `8452`), `year-slip` when both are year-like numbers (1949–2100)
 * one to three apart (a year typed for a count, or the previous year's figure), else `other`.
 */
export function classifyClash(a: Pick<Claim, 'value'>, b: Pick<Claim, 'value'>): {kind: ClashKind; factor?: number} {
  const x = pointOf(a.value)
  const y = pointOf(b.value)
  if (x !== undefined && y !== undefined && x > 0 && y > 0) {
    const ratio = Math.log10(x / y)
    const k = Math.round(ratio)
    if (k !== 0 && Math.abs(ratio - k) < 0.005) return {kind: 'magnitude-slip', factor: 10 ** Math.abs(k)}
  }
  const da = digitsOf(a.value.text)
  const db = digitsOf(b.value.text)
  if (da.length === db.length && da !== db) {
    const diff: number[] = []
    for (let i = 0; i < da.length && diff.length <= 2; i++) if (da[i] !== db[i]) diff.push(i)
    const [i, j] = diff
    if (diff.length === 2 && i !== undefined && j !== undefined && /\d/.test(da[i] as string) && /\d/.test(da[j] as string) && da[i] === db[j] && da[j] === db[i]) {
      return {kind: 'digit-transposition'}
    }
  }
  const yearish = (v: number | undefined) => v !== undefined && Number.isInteger(v) && v >= 1949 && v <= 2100
  if (yearish(x) && yearish(y) && Math.abs((x as number) - (y as number)) <= 3) return {kind: 'year-slip'}
  return {kind: 'other'}
}

/** The interval of a claim as text: `[194500, 195500)`, `[60, ∞)`. */
export function formatInterval(value: Interval): string {
  const low = value.low === null ? '−∞' : String(value.low)
  const high = value.high === null ? '∞' : String(value.high)
  if (value.low !== null && value.low === value.high) return String(value.low)
  return `${value.lowInclusive ? '[' : '('}${low}, ${high}${value.highInclusive ? ']' : ')'}`
}

/** Whether a claim is reliable enough to be compared: key known and confidence at least `min`. */
export function comparable(claim: Claim, min: number): boolean {
  return claim.confidence >= min && claimKey(claim) !== undefined
}
