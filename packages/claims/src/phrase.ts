import {isGoverningVerb} from './metric.js'
import {isNominal, isPerson, type Word} from './segment.js'
import {CASE_NOUNS} from './taxonomy.js'

/** A noun phrase found by the segmenter: its folded text and where it is. */
export interface Phrase {
  text: string
  start: number
  end: number
}

/** Words before 调整 that make it a seasonal adjustment (`按季调整`, `经季节性调整`), and the words that open one. */
const SEASON = new Set(['季', '季节', '季节性', '季度'])
const ADJUSTED_BY = new Set(['按', '经', '经过'])

/** Whether the words at `k` are a seasonal adjustment (`季/调整`, `季节性/调整`). */
function isSeasonalAdjustment(words: readonly Word[], k: number): boolean {
  return SEASON.has(words[k]?.word ?? '') && words[k + 1]?.word === '调整'
}

/** Whether the word at `k` is part of a seasonal adjustment (`季` or `调整` of `按季调整后`). */
export function inSeasonalAdjustment(words: readonly Word[], k: number): boolean {
  return isSeasonalAdjustment(words, k) || (words[k]?.word === '调整' && isSeasonalAdjustment(words, k - 1))
}

/** Words that introduce a comparison base: what is measured comes before them (`销售额较去年增长`). */
const COMPARISON = new Set(['较', '比', '比上', '较上', '较去', '比去', '同比', '环比', '相比', '相较', '较之', '比上年', '较上年', '比去年', '较去年'])

/** Words that never head a counted noun phrase: time, discourse and direction words, bare measures. */
const NOT_HEAD = new Set([
  '当时', '同期', '此前', '此后', '今后', '接下来', '目前', '届时', '其中', '此外', '同时', '随后', '最终', '最后', '分别', '全部', '东部', '西部', '南部', '北部',
  '中部', '时间', '期间', '时', '后', '前', '年', '月', '日', '之间', '左右', '以上', '以下', '方面', '数据', '资料', '统计', '报告',
  '消息', '记者', '人士', '数字', '水平', '情况', '一次', '首次', '历史', '同比', '环比', '上年', '去年', '同期', '合共', '合计', '共计', '总计', '预期', '预计', '预估', '预测', '目标', '市场预期',
  // Which release of a figure (`前值为2.1%`), not what it measures.
  '前值', '初值', '终值', '修正值', '预期值', '预估值',
  // How final a figure is (`賦稅收入初步統計為…`): the figure's standing, not what it measures.
  '初步统计', '初步估计', '初步数字', '初步数据', '最新数字', '最新数据', '统计数字',
  // A record reached (`粮食产量再创新高，达到…`): what happened to the figure, not what it measures.
  '再创新高', '创新高', '创历史新高', '再创历史新高', '历史新高',
  // The state of a thing (`外銷訂單概況`, `申報狀況`): a report's heading word, not what is counted.
  '概况', '状况', '情形', '走势', '动态'
])

/** Forecast, time and discourse words that open a clause, never a noun phrase (`预估接下来…`). */
const LEAD_DISCOURSE = new Set(['预估', '预计', '预期', '预测', '接下来', '此后', '今后', '目前', '当时', '此前', '同时', '随后', '此外', '届时'])

/** Leading words that qualify but do not name what is counted (`各类养老机构` → `养老机构`). */
const LEADING = new Set(['各类', '各种', '全部', '所有', '其中', '共', '总共', '一共', '另', '另有', '还有', '共有', '现有', '累计', '合共', '合计', '共计', '该批', '这批', '总计'])

/** Words before a phrase that make it the base of a share, not its subject (`占外贸总值的28%`). */
const SHARE_OF = new Set(['占', '占到', '占了', '占据', '约占'])

/** Statistics named by their Latin acronym (`GDP增长5%`): the only all-Latin phrases kept as metrics. */
export const STATISTIC_ACRONYM: ReadonlySet<string> = new Set(['GDP', 'GNP', 'GNI', 'CPI', 'PPI', 'PMI', 'M0', 'M1', 'M2', 'FDI', 'ODI', 'TEU'])

/** Longest phrase kept, in words: a counted noun phrase is short. */
const MAX_WORDS = 6

/**
 * The noun phrase right before a number (the words of its clause up to the number): trailing verbs,
 * adverbs and particles dropped (`工业增加值同比增长` → `工业增加值`), cut before a comparison base
 * (`订单量比去年国庆假期增长` → `订单量`), never a person, never a bare time or discourse word.
 * `blocked` marks words already read as a place, time or number: they end the phrase.
 */
/** Names of currencies, as a word of their own before an amount. */
const CURRENCY_NAME = /^(?:人民币|美元|港元|港币|新台币|台币|澳门币|澳元|欧元|日元|日圆|英镑|韩元|卢布|加元|新元)$/

export function phraseBefore(words: readonly Word[], blocked: (word: Word) => boolean): Phrase | undefined {
  let end = words.length
  // What follows a comparison word is the base (`比上届增长`): the phrase is before it, or none.
  for (let k = words.length - 1; k >= 0; k--) {
    if (COMPARISON.has((words[k] as Word).word)) {
      end = k
      break
    }
  }
  // (`失业率，按季调整后升至6.6%`: a seasonal adjustment qualifies the figure; what is measured is named before it, or not here.)
  for (let k = end - 1; k > 0; k--) {
    if (!isSeasonalAdjustment(words, k - 1)) continue
    end = k - 1 - (ADJUSTED_BY.has(words[k - 2]?.word ?? '') ? 1 : 0)
    break
  }
  // `陈大山等25人`: a count after names and 等 counts the names, it does not name a thing.
  const lastWord = words[end - 1]?.word
  if (lastWord === '等' || lastWord === '等等') return undefined
  let last = end - 1
  // (`为人民币114.9万亿元`: a currency's name right before the amount says in what, not what is counted.)
  while (last >= 0 && CURRENCY_NAME.test((words[last] as Word).word) && last === end - 1) last--
  while (last >= 0 && (!isNominal(words[last] as Word) || blocked(words[last] as Word))) {
    // A phrase after a place, time or number word (`2017年…`) is not read across it backwards.
    if (blocked(words[last] as Word) && last < end - 1) return undefined
    last--
  }
  if (last < 0) return undefined
  const run = coordinated(words, verbMeasure(words, last, blocked) ?? nominalRun(words, last, blocked), blocked)
  if (!run) return undefined
  // `占外贸总值的28%`: the phrase after 占 is the whole the share is of, not what is measured.
  let k = run.first - 1
  while (k >= 0 && blocked(words[k] as Word)) k--
  const previous = words[k]
  if (previous && SHARE_OF.has(previous.word)) return undefined
  return phraseOf(words, run.first, last)
}

/**
 * The subject of a clause: the first noun phrase after its leading places, times and connectives
 * (`我国贫困人口最高时…` → `贫困人口`). Used when nothing names the counted thing right before the number.
 */
export function clauseSubject(words: readonly Word[], blocked: (word: Word) => boolean): Phrase | undefined {
  let first = 0
  while (first < words.length && (!isNominal(words[first] as Word) || blocked(words[first] as Word))) {
    const w = words[first] as Word
    // The subject comes before the verb: a clause that starts with a verb has none (`增长11.9%`);
    // one that starts with a comparison word names the base after it (`比上届增长8.1%`).
    if (/^v/.test(w.tag) && w.tag !== 'vn' && !blocked(w)) return undefined
    if (COMPARISON.has(w.word) || w.word === '比' || w.word === '较') return undefined
    first++
  }
  // (`按季调整后升至6.6%`: a seasonal adjustment is no subject.)
  if (isSeasonalAdjustment(words, first)) return undefined
  if (first >= words.length) return undefined
  let last = first
  while (last + 1 < words.length && continues(words, last + 1, blocked) && last + 1 - first < MAX_WORDS) last++
  // (`至於強/a 積金/n 總資產…`: an adjective glued to the subject's first noun is part of its name, as in a run read backwards.)
  const modifier = words[first - 1]
  if (modifier !== undefined && !blocked(modifier) && isModifier(modifier, words[first] as Word)) first--
  // `现场观众的人数`: a noun of measure after 的 is what is counted of the subject (`现场观众人数`).
  const measure = words[last + 2]
  if (words[last + 1]?.word === '的' && measure && isNominal(measure) && MEASURE_HEAD.test(measure.word)) last += 2
  if (isPerson(words[first] as Word)) return undefined
  return phraseOf(words, first, last)
}

/** One-character nouns of measure that make a noun of a verb before them (`出生/v 数/n`, `成交/v 值/n`, `销售/v 量`). */
const VERB_MEASURE = /^[数值量额率]$/

/**
 * `出生数为3万4917人`, `成交值为4362.98亿元`: a verb and a one-character noun of measure glued to it are one noun
 * (the number of births, the value traded), which the segmenter cuts in two; the run starts at the verb.
 */
function verbMeasure(words: readonly Word[], last: number, blocked: (word: Word) => boolean): {first: number} | undefined {
  const measure = words[last] as Word
  const verb = words[last - 1]
  if (!VERB_MEASURE.test(measure.word) || !verb || verb.end !== measure.start || blocked(verb) || !/^v/.test(verb.tag) || verb.word.length < 2) return undefined
  return nominalRun(words, last - 1, blocked) ?? {first: last - 1}
}

/** Conjunctions that join two nouns into one counted phrase (`养老机构和设施`). */
const JOINING = new Set(['和', '及', '与', '以及'])

/**
 * A noun run extended over a conjunction to the noun run before it: `文化场馆和体育设施860个` counts
 * both, not the facilities alone; `大型商场和超市月均营业额` is one phrase. Only two nouns
 * joined directly (a `、` list before 分别 is read elsewhere), neither a place nor a person.
 */
function coordinated(words: readonly Word[], run: {first: number} | undefined, blocked: (word: Word) => boolean): {first: number} | undefined {
  if (!run || run.first < 2) return run
  const conjunction = words[run.first - 1] as Word
  const before = words[run.first - 2] as Word
  if (!JOINING.has(conjunction.word) || blocked(before) || isPerson(before) || !isNominal(before) || /^(?:t|m|q|r|f|ns)$/.test(before.tag)) return run
  return nominalRun(words, run.first - 2, blocked) ?? run
}

/** Quotation marks around a name inside a noun phrase (`“丝路电商”伙伴国`). */
const OPENING = new Set(['“', '「', '『', '《', '"'])
const CLOSING = new Set(['”', '」', '』', '》', '"'])
/** Longest quoted name read as one word of a noun phrase, in characters. */
const MAX_QUOTED = 12

/**
 * The index of the opening mark of a short quoted name whose closing mark is word `k`, when the
 * name is in one piece (no punctuation, at most MAX_QUOTED characters); -1 otherwise.
 */
function quotedNameEndingAt(words: readonly Word[], k: number): number {
  if (!CLOSING.has((words[k] as Word).word)) return -1
  let chars = 0
  for (let j = k - 1; j >= 0 && chars <= MAX_QUOTED; j--) {
    const w = words[j] as Word
    if (OPENING.has(w.word)) return j < k - 1 && w.end === (words[j + 1] as Word).start ? j : -1
    if (/[\s，,。；;：:、！？()（）]/.test(w.word)) return -1
    chars += w.word.length
  }
  return -1
}

/** The index of the opening bracket of a short aside whose closing bracket is word `k`; -1 otherwise. */
function asideEndingAt(words: readonly Word[], k: number): number {
  if (!/^[)）]$/.test((words[k] as Word).word)) return -1
  let chars = 0
  for (let j = k - 1; j >= 0 && chars <= MAX_QUOTED; j--) {
    const w = words[j] as Word
    if (/^[(（]$/.test(w.word)) return j < k - 1 ? j : -1
    if (/[，,。；;：:！？]/.test(w.word) || /^m$/.test(w.tag)) return -1
    chars += w.word.length
  }
  return -1
}

/** The run of nominal words ending at `last`, read backwards; a quoted name counts as one noun. */
function nominalRun(words: readonly Word[], last: number, blocked: (word: Word) => boolean): {first: number} | undefined {
  if (isPerson(words[last] as Word)) return undefined
  let first = last
  let size = 1
  const described = describedMeasure(words, last, blocked)
  if (described !== undefined) {
    first = described
    size = last - described
  }
  while (first > 0 && size < MAX_WORDS) {
    const opening = quotedNameEndingAt(words, first - 1)
    if (opening >= 0 && !blocked(words[opening] as Word)) {
      first = opening
      size++
      continue
    }
    // `餐饮(不含外送)工作人员`: an aside in brackets inside the phrase is skipped (and left out of its text).
    const aside = asideEndingAt(words, first - 1)
    if (aside > 0 && isNominal(words[aside - 1] as Word) && !blocked(words[aside - 1] as Word)) {
      first = aside
      continue
    }
    const w = words[first - 1] as Word
    if (blocked(w)) break
    // `养老/nr 服务/vn 机构`: a "person" right before a verbal noun is a word the dictionary mistags;
    // a one-character "person" before a one-character noun is a piece of an unknown word (`陆/nr 客/n`).
    if (isPerson(w) && (words[first] as Word).tag !== 'vn' && !(w.word.length === 1 && isWordDebris(words, first - 1, blocked))) break
    // `规模以上工业`, `东盟其他成员国`: 以上/以下/其他 inside a phrase, never at its start.
    const inner = INNER.has(w.word) && first - 2 >= 0 && isNominal(words[first - 2] as Word)
    const debris = isWordDebris(words, first - 1, blocked)
    const measured = w.tag === 'v' && w.word.length === 2 && first === last && MEASURE_HEAD.test((words[last] as Word).word) && w.end === (words[first] as Word).start && !isGoverningVerb(w.word)
    const attributive = isAttributive(words, first - 1, blocked)
    // `两/m 房型/n 租金`: a numeral character glued to a noun is part of its name, not a count of it.
    const numbered = w.tag === 'm' && /^[一二两兩三四五六七八九十]$/.test(w.word) && w.end === (words[first] as Word).start && !/^(?:m|mq|q)$/.test(words[first - 2]?.tag ?? '')
    // `受雇/v 员工/n 人数`, `接单/v 金额`: a verb of status or business glued to the noun names which of them are counted.
    const status = STATUS_VERB.test(w.word) && w.end === (words[first] as Word).start
    if (!isNominal(w) && !isPerson(w) && !inner && !debris && !measured && !attributive && !numbered && !status && !isModifier(w, words[first] as Word) && !GRADE.test(w.word)) break
    first--
    if (!debris) size++
  }
  return {first}
}

/** Verbs of a status, of business, of farm work or of travel that name a kind of the noun after them (`受雇员工`, `接单金额`, `登记选民`, `收获进度`, `播种面积`, `跨区域人员流动量`, `自驾出行量`). */
const STATUS_VERB = /^(?:受雇|受僱|接单|登记|注册|在职|在岗|参保|投保|待业|失业|就业|在校|在读|住院|确诊|新设|新建|收获|播种|收割|跨|自驾)$/

/**
 * A noun of measure after 的 and the verb phrase it measures (`投考/v 督察/v 的 人数`, `获得资助/v 的
 * 人数`): the start of `投考督察的人数` (read without 的: `投考督察人数`), when a verb and at most one
 * more word stand right before 的, at the start of the clause.
 */
function describedMeasure(words: readonly Word[], last: number, blocked: (word: Word) => boolean): number | undefined {
  const head = words[last] as Word
  const particle = words[last - 1]
  if (!MEASURE_HEAD.test(head.word) || particle?.word !== '的') return undefined
  let first = last - 1
  for (let k = last - 2; k >= 0 && k >= last - 3; k--) {
    const w = words[k] as Word
    if (blocked(w) || !/^(?:v|vn|n|nz|ng)$/.test(w.tag) || w.end !== (words[k + 1] as Word).start) break
    first = k
  }
  // Only a verb phrase (a verb first), and one that opens its clause: `该署的人数` is no such phrase.
  if (first === last - 1 || !/^v/.test((words[first] as Word).tag)) return undefined
  const before = words[first - 1]
  if (before && !blocked(before) && !/^[，,：:；;、\s]$/.test(before.word) && before.tag !== 'c' && before.tag !== 'p') return undefined
  return first
}

/**
 * Verbs that describe the noun after them (`旅游/vn 相关/v 服务`, `行业/n 虚拟/v 专网`, `公共/b 专用/v 设施`):
 * inside a noun phrase, written between two nominal words with no space, they modify; they are
 * never the predicate of a clause about a count.
 */
const ATTRIBUTIVE_VERB = new Set(['相关', '有关', '虚拟', '专用', '配套', '通用', '公用', '自营', '直营', '联网', '定制', '外资', '合资', '独资', '国有'])

/** Whether word `k` is an attributive verb inside a noun phrase (a nominal word right before and after it). */
function isAttributive(words: readonly Word[], k: number, blocked: (word: Word) => boolean): boolean {
  const w = words[k] as Word
  const previous = words[k - 1]
  const next = words[k + 1]
  if (!ATTRIBUTIVE_VERB.has(w.word) || !previous || !next || blocked(previous)) return false
  return previous.end === w.start && w.end === next.start && (isNominal(previous) || JOINING.has(previous.word)) && isNominal(next)
}

/** Words that stand inside a noun phrase only, between two nouns (`规模以上工业`, `东盟其他成员国`). */
const INNER = new Set(['以上', '以下', '其他', '其它', '其余'])

/**
 * Nouns of measure that make a noun of the verb before them (`超标次数`, `死亡风险`, `开行数量`,
 * `查获重量`): what was done, counted or measured.
 */
const MEASURE_HEAD = /(?:数量|次数|人数|户数|件数|风险|重量|面积|金额|总量|总额|规模|比例|速度|幅度|频率|时长|订单量|成交量|销量|能力|容量|功率|个案|病例|[^\u3400-\u9fff]?[量额率])$/

/** Grades and tiers that modify the noun after them (`一级毒品`, `三线城市`, `五星级酒店`, `二手住宅`: tagged as numerals). */
const GRADE = /^(?:(?:[一二三四五六七八九十两兩]|\d{1,2})(?:星)?[级級类類线線]|[一二]手)$/

/** Tags of words that never join a noun as a piece of an unknown word: function words, numbers, measures, pronouns, times. */
const FUNCTION_TAG = /^(?:p|c|u|uj|ud|ul|uv|uz|ug|d|r|m|mq|q|t|x|y|e|o|zg)$/
/** Prefixes that make a noun of the noun after them (`无业者`, `非中客`, `未成年人`). */
const PRIVATIVE = new Set(['无', '非', '未'])

/**
 * Whether word `k` is a piece of a word the dictionary lacks, read into the noun after it. With
 * HMM off, jieba returns unknown words as single characters: `中/f 客/n` (中客), `具/v 身/ng`
 * (具身), `冰雪/n 游/v 消费/vn` (冰雪游消费). A single character joins the noun when the noun's first
 * word is a single character too, or between a noun and a verbal noun; a privative
 * prefix (`无/v 业者`, `非/h 中客`) always joins.
 */
function isWordDebris(words: readonly Word[], k: number, blocked: (word: Word) => boolean): boolean {
  const w = words[k] as Word
  const next = words[k + 1] as Word
  if (w.word.length !== 1 || w.end !== next.start || !/^[\u3400-\u9fff]$/.test(w.word)) return false
  if (w.tag === 'h' || PRIVATIVE.has(w.word)) return true
  if (FUNCTION_TAG.test(w.tag)) return false
  if (next.word.length === 1) return true
  // Between two nouns only before a verbal noun (`冰雪/n 游/v 消费/vn`): before a plain noun a verb is
  // the predicate (`干部/n 包/v 贫困户/n`), and a locative is a postposition (`主干/n 中/f 经济能人`).
  const previous = words[k - 1]
  return next.tag === 'vn' && w.tag !== 'f' && previous !== undefined && previous.end === w.start && isNominal(previous) && !blocked(previous)
}

/**
 * Whether `w` modifies the noun right after it: an adjective (`清洁/a 队员`, `新/a 质生产力`) or a
 * word of place that says where a thing is sold or done (`网上/s 零售额`, `线上/s 消费`).
 */
function isModifier(w: Word, next: Word): boolean {
  return (w.tag === 'a' || (w.tag === 's' && WHERE_DONE.has(w.word))) && w.end === next.start && isNominal(next)
}

/** Words of place that qualify a statistic (`网上零售额`, `境外游客`, `国内生产总值`); `当中`, `其中` do not. */
const WHERE_DONE = new Set(['网上', '线上', '线下', '境内', '境外', '国内', '国外', '海外', '省外', '市外', '区外'])
/** Whether the word at `k` continues a phrase read forwards. */
function continues(words: readonly Word[], k: number, blocked: (word: Word) => boolean): boolean {
  const w = words[k] as Word
  // An idiom after the subject is its predicate (`该署十分感谢市民`).
  if (blocked(w) || isPerson(w) || w.tag === 'i') return false
  if (isNominal(w)) return true
  return (w.word === '以上' || w.word === '以下') && k + 1 < words.length && isNominal(words[k + 1] as Word)
}

/** Words that total a figure (`国家合计进出口`): they qualify the predicate, never the noun. */
const TOTALLING = new Set(['合计', '共计', '总计', '累计', '合共'])

/** Cases of a disease, whose `现有` (active now) names another statistic than all cases so far. */
const CASE_NOUN = new RegExp(`(?:${CASE_NOUNS})$`)

/** `现有病例`, `现有确诊个案`: 现有 before cases names the active ones, not a qualifier to drop. */
function activeCases(words: readonly Word[], first: number, last: number): boolean {
  return (words[first] as Word).word === '现有' && CASE_NOUN.test((words[last] as Word).word)
}

/**
 * The phrase of words `[first, last]`, leading qualifiers dropped; `undefined` when it names
 * nothing. Quotation marks and totalling words inside are left out of its text
 * (`“丝路电商”伙伴国合计进出口` → `丝路电商伙伴国进出口`).
 */
function phraseOf(words: readonly Word[], first: number, last: number): Phrase | undefined {
  // Qualifiers, forecasts and discourse words before the phrase are not part of it (`预估接下来陆客减幅`).
  // (`合计的失业率`: a 的 left at the start once the qualifier is gone opens no phrase.)
  while (first < last && (LEADING.has((words[first] as Word).word) || LEAD_DISCOURSE.has((words[first] as Word).word) || (words[first] as Word).word === '的') && !activeCases(words, first, last)) first++
  // `服务贸易出口总额历史|同期`: a time or discourse word closing the run is not its head.
  while (last > first && NOT_HEAD.has((words[last] as Word).word)) last--
  const head = words[last] as Word
  if (NOT_HEAD.has(head.word) || /^(?:t|m|q|r|f|a|b)$/.test(head.tag)) return undefined
  const start = (words[first] as Word).start
  const end = head.end
  let text = ''
  let depth = 0
  for (let k = first; k <= last; k++) {
    const word = (words[k] as Word).word
    if (/^[(（]$/.test(word)) depth++
    else if (/^[)）]$/.test(word)) depth = Math.max(0, depth - 1)
    else if (depth === 0 && !OPENING.has(word) && !CLOSING.has(word) && !(k > first && k < last && (TOTALLING.has(word) || word === '的'))) text += word
  }
  if (text.length < 2 || LEADING.has(text) || NOT_HEAD.has(text) || (/^[\x00-\x7f]+$/.test(text) && !STATISTIC_ACRONYM.has(text.toUpperCase()))) return undefined
  return {text, start, end}
}

/** One-character heads of nouns of places and bodies that the segmenter tags as bound morphemes (`空壳/n 村/zg`). */
const BOUND_HEAD = /^[村户厂站店馆社庄园场队组校]$/

/**
 * Whether `w` is a bound morpheme (`zg`) heading the noun run it is joined to (`集体经济空壳村`,
 * `软弱涣散村党组织`), not a verb or an adverb the segmenter tags alike (`仍/zg 不`).
 */
function isBoundHead(w: Word, previous: Word | undefined): boolean {
  return w.tag === 'zg' && BOUND_HEAD.test(w.word) && previous !== undefined && previous.end === w.start && isNominal(previous)
}

/**
 * The counted noun read after a number (zh-number's noun), cut at its first verb, preposition or
 * particle with the segmenter (`企业参展参会` → `企业`, `干部驻村任职` → `干部`).
 */
export function nounOfWords(words: readonly Word[]): string | undefined {
  let last = -1
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as Word
    if ((!isNominal(w) && !isBoundHead(w, words[k - 1])) || isPerson(w)) break
    last = k
  }
  // `公司投|得`: a one-character verbal noun left at the end is the verb of the clause, not the noun's.
  while (last > 0 && (words[last] as Word).word.length === 1 && /^(?:vn|an|b|l|j|i)$/.test((words[last] as Word).tag)) last--
  // `督察组全部|实现`: a quantifier or time word closing the noun is not part of it.
  while (last > 0 && NOT_HEAD.has((words[last] as Word).word)) last--
  let text = ''
  for (let k = 0; k <= last; k++) text += (words[k] as Word).word
  return text.length >= 2 && !NOT_HEAD.has(text) ? text : undefined
}
