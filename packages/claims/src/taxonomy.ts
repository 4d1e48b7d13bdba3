import {foldText} from './text.js'

/** Generic endings that do not change what is counted (`进出口总值` = `进出口`, `党员人数` = `党员`, `超标次数` = `超标`). */
const GENERIC_END = /(?:总数|总量|总额|总值|数量|规模|人数|数目|次数)$/
/** Words naming a rate of change (`涨幅`, `增速`), as a regex alternation: the one list the claim readers build theirs from. */
export const RATE_OF_CHANGE = '涨幅|增幅|升幅|降幅|跌幅|减幅|增速|增长率|变幅'
/** A rate of change ending a metric (`增值税增速`, `房价涨幅`). */
const RATE_END = new RegExp(`(?:${RATE_OF_CHANGE})$`)
/** Qualifying words at the start that do not change what is counted (`各类养老机构` = `养老机构`, `全社会用电量` = `用电量`: the economy-wide total is the total; but `现有病例`, active cases, are not all cases). */
/** Nouns of a disease's cases: `现有` before one names the active cases, not a qualifier to drop. */
export const CASE_NOUNS = '病例|确诊|个案|患者|病人|感染者'
const GENERIC_START = new RegExp(`^(?:各类|各种|全部|所有|现有(?![^病确个患感]{0,4}(?:${CASE_NOUNS}))|全体|全社会)`)

/** A few synonyms, each mapped to one canonical name. */
const SYNONYMS: Record<string, string> = {
  贫困群众: '贫困人口',
  贫困人数: '贫困人口',
  确诊个案: '确诊病例',
  确诊人数: '确诊病例',
  进出口总额: '进出口',
  外贸进出口: '进出口',
  货物进出口: '货物贸易进出口',
  // A count of votes however worded (`得票`, `票数`, `总得票`, a bare `票`): one statistic of a candidate or list.
  票: '得票',
  票数: '得票',
  得票数: '得票',
  总得票: '得票',
  // Statistics named by their acronym (kept as metrics by the phrase reader) are their Chinese names.
  GDP: '国内生产总值',
  gdp: '国内生产总值',
  CPI: '居民消费价格',
  cpi: '居民消费价格',
  PPI: '工业生产者出厂价格',
  ppi: '工业生产者出厂价格',
  // The same price indices and totals by their other names (mainland, Hong Kong and press wordings).
  消费者价格指数: '居民消费价格',
  居民消费价格指数: '居民消费价格',
  消费物价指数: '居民消费价格',
  综合消费物价指数: '居民消费价格',
  生产者价格指数: '工业生产者出厂价格',
  工业生产者出厂价格指数: '工业生产者出厂价格',
  本地生产总值: '国内生产总值',
  地区生产总值: '国内生产总值',
  // The economy's growth is its output's (`经济增长8.1%`, `全年经济增速`, `经济实质增长`; rates only, by the claim's role).
  经济: '国内生产总值',
  经济增长: '国内生产总值',
  全年经济: '国内生产总值',
  // (`零售总额` loses its generic end first.)
  零售: '社会消费品零售',
  社零: '社会消费品零售',
  消费品零售: '社会消费品零售',
  规上工业增加值: '规模以上工业增加值',
  // A market's closing level however the report words it (`收报`, `报收`, `收市`, `收盘`).
  收报: '收盘',
  报收: '收盘',
  收市: '收盘'
}

/**
 * The canonical name of a metric: folded to simplified (`第一書記` = `第一书记`), generic starts and
 * ends dropped (`各类养老机构` = `养老机构`, `进出口总值` = `进出口`), a share named …比重 named …占比,
 * synonyms mapped.
 */
export function canonicalMetric(metric: string): string {
  let m = foldText(metric).replace(GENERIC_START, '')
  // `增值税增速` = `增值税`: a rate of change is read as a rate of its thing (the claim's role says it is a rate).
  if (m.length > 3) m = m.replace(RATE_END, '')
  if (m.length > 3) m = m.replace(GENERIC_END, '')
  // `服务业增加值比重` = `服务业增加值占比`: two words for one share (extraction names shares …占比 too).
  if (m.length > 2 && m.endsWith('比重')) m = m.slice(0, -2) + '占比'
  const mapped = SYNONYMS[m]
  // (A synonym's canonical name loses its generic end as any name does: `GDP` = `国内生产总值` = `国内生产`.)
  return mapped === undefined ? m : mapped.length > 3 ? mapped.replace(GENERIC_END, '') : mapped
}

/** How two metrics relate: the same thing, one narrower than the other, or unrelated. */
export type MetricRelation = 'same' | 'narrower' | 'broader' | 'unrelated'

/**
 * `农村贫困人口` is narrower than `贫困人口` (a qualified kind of it: the broader name ends the
 * narrower one), `贫困人口` and `贫困群众` are the same. Relation of `a` to `b`.
 */
export function relateMetrics(a: string, b: string): MetricRelation {
  const x = canonicalMetric(a)
  const y = canonicalMetric(b)
  if (x === '' || y === '') return 'unrelated'
  if (x === y) return 'same'
  if (y.length >= 2 && x.length > y.length && x.endsWith(y)) return 'narrower'
  if (x.length >= 2 && y.length > x.length && y.endsWith(x)) return 'broader'
  return 'unrelated'
}

/** A trade measure that names no goods (`进口`, `出口量`, `进出口总额`): the goods are named elsewhere, or not at all. */
export const BARE_TRADE = /^(?:进口|出口|进出口)(?:额|量|数量|值|金额|总额|总值)?$/
