import type {Quantity} from '@jiaodui/zh-number'
import {isHan} from './text.js'
import type {MetricRole, Predicate} from './types.js'

/** Characters that end a counted noun read after the unit. */
const NOUN_STOP = new Set('的和与及或在是为被把将对从向到了等并也都已就还而且以中里上下前后间时共每其达约近多来均'.split(''))
/** Verbs that end a noun read after the unit (`6200多名党员返乡创业`), from its third character on. */
const NOUN_END_WORDS = ['创业', '脱贫', '结对', '帮扶', '入库', '驻村', '挂职', '任职', '培训', '下沉', '奋战', '讲党课']
/** Verbs that are never part of the noun, wherever they start (`5户通过政策兜底`). */
const NOUN_END_ANY = ['通过', '参加', '参与', '深入', '进行', '开展', '实现', '得到', '获得', '组成', '成立', '担任', '接受', '走上', '加入', '提供', '发放', '投身', '参观', '需要', '完成', '达到']

/** Words before a number that belong to the predicate or are adverbs, not to the metric. */
const LEADING = ['并且', '而且', '且', '并', '的', '其中包括', '其中', '共有', '现有', '已有', '另有', '还有', '尚有', '拥有', '累计', '新增', '总共', '一共', '共计', '合计', '总计', '全部', '共', '有', '已', '仅', '均', '都', '再', '还', '另', '达']
/** Words a leading `共`/`有` must not be stripped from (`共产党员`, `有效`). */
const KEEP_PREFIX = ['共产', '共青', '共同', '共享', '有效', '有关', '有机', '有线']
const TRAILING = ['提高到', '提高至', '增加到', '增长到', '下降到', '降低到', '减少到', '上升到', '达到了', '达到', '占比达', '占比为', '占比', '占到', '占了', '总数为', '总数达', '总数', '总量', '数量', '人数为', '规模', '为', '是', '达', '占', '有', '约', '共', '计', '在', '超过', '突破', '高达', '多达', '逾', '近', '仅', '了', '已', '以及', '和', '与', '及', '的']
/** After the last of these the noun phrase starts (`向返乡青年发放创业贷款` → `创业贷款`). */
const CUT = ['共有', '现有', '拥有', '已有', '尚有', '还有', '另有', '共计', '总计', '合计', '新增', '增加', '减少', '配备', '至少', '节约', '包', '发放', '投入', '安排', '筹措', '协调', '选派', '选调', '选拔', '抽调', '组建', '培训', '招录', '提拔', '整顿', '调整', '带动', '扶持', '支持', '帮助', '解决', '走访', '化解', '建立', '成立', '推荐', '加派', '剩下', '表彰', '举办', '开展', '拨付', '下发', '对', '向', '为', '把', '将', '从', '在', '给', '的', '中', '之', '和', '与', '及']

/** Time and discourse words that are left before a number but never name what is counted (`Lumo当时是41%`). */
const NOT_METRIC = ['当时', '同期', '此前', '目前', '届时', '其中', '此外', '同时', '随后', '最终', '最后', '分别', '全部', '东部', '西部', '南部', '北部', '中部']

/**
 * Whether a verb is a predicate that governs the noun after it (`带动销售额`, `投入资金`), never a
 * part of that noun as `超标` is of `超标次数`.
 */
export function isGoverningVerb(word: string): boolean {
  return CUT.includes(word) || NOUN_END_ANY.includes(word) || NOUN_END_WORDS.includes(word) || FLOW.includes(word) || RATE.includes(word)
}

/** The verbs of CUT (two characters or more). */
const CUT_VERBS = CUT.filter((word) => word.length >= 2)

/** Cut characters that start words too (`中标价`): not cut at the start of the phrase. */
const PREFIX_WORDS = ['中', '之', '的', '和', '与', '及']

const CUMULATIVE = ['累计', '累积', '先后', '历年', '总计', '累加']
const FLOW = ['新增', '净增', '新建', '新招', '新发展', '新培育', '新吸收', '新认定', '增加', '减少', '下降', '增长', '降低', '减员']
const RATE = ['同比', '环比', '增长', '增加', '提高', '上升', '下降', '降低', '减少', '增幅', '涨幅', '降幅', '减幅', '增速', '上涨', '下跌', '提升', '回落', '扩大', '缩小', '增', '涨', '降', '升', '跌']
const SHARE = ['占比', '比例', '比重', '份额', '覆盖率', '占', '率']

/** Cut a noun at the first verb that ends it (`干部驻村任职` → `干部`); `undefined` when nothing is left. */
function trimNoun(noun: string): string | undefined {
  // The first verb of NOUN_END_ANY anywhere, or from the third character on one of NOUN_END_WORDS
  // or a verb of the CUT list (`贫困县拨付党费` → `贫困县`), ends the noun.
  let cut = noun.length
  const any = NOUN_END_ANY_RE.exec(noun)
  if (any) cut = any.index
  NOUN_END_LATE_RE.lastIndex = 2
  const late = cut > 2 ? NOUN_END_LATE_RE.exec(noun) : null
  if (late && late.index < cut) cut = late.index
  noun = noun.slice(0, cut)
  return noun.length >= 2 ? noun : undefined
}

/** Pinyin in brackets after a character (`優(yōu)`, `對(duì)`): debris of scraped pages. */
const PINYIN = /[\u3400-\u9fff][(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]/
const PINYIN_AT = /^[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]/

const NOUN_END_ANY_RE = new RegExp(NOUN_END_ANY.join('|'))
const NOUN_END_LATE_RE = new RegExp([...NOUN_END_WORDS, ...CUT_VERBS].join('|'), 'g')

/** Whether a noun names money rather than what it buys (`资金`, `经费`, `贷款`). */
const MONEY_NOUN = /(?:[金费款额入资本息税薪酬]|费用|合约|合同|订单)$/

/**
 * The counted noun after a quantity (zh-number's when it has two characters or more). For
 * percentages only after `的` (`68%的第一书记`); for money only when it names money (`经费`).
 */
export function nounAfter(folded: string, q: Quantity, limit: number, moneyOnly = true): string | undefined {
  const share = q.kind === 'percent' || q.kind === 'permille'
  let i = q.end
  if (share) {
    if (folded[i] !== '的') return undefined
    i++
  } else if (folded[i] === '的' && (q.kind === 'money' || q.kind === 'count') && isHan(folded[i + 1])) {
    // `2亿元的合约`: an amount before 的 modifies the noun after it, as a share does.
    i++
  }
  let noun: string | undefined
  const near = folded.slice(Math.max(0, i - 1), Math.min(limit, i + 40))
  const debris = (near.includes('(') || near.includes('（')) && PINYIN.test(near)
  if (q.noun !== undefined && q.noun.length >= 2 && !debris && folded.startsWith(q.noun, i)) noun = trimNoun(q.noun)
  else {
    let run = ''
    while (i < limit && run.length < 8) {
      // Pinyin debris of a scraped page (`優(yōu)秀`) is skipped: the word is `优秀`.
      const pinyin = debris ? PINYIN_AT.exec(folded.slice(i, i + 12)) : null
      if (pinyin && (run.length > 0 || isHan(folded[i - 1]))) {
        i += pinyin[0].length
        continue
      }
      const c = folded[i]
      if (!isHan(c) || NOUN_STOP.has(c as string)) break
      run += c
      i++
    }
    noun = trimNoun(run)
  }
  if (noun && moneyOnly && q.kind === 'money' && !isMoneyNoun(noun)) return undefined
  // `突破万亿大关`, `站上3000点关口`: the round mark a figure passes is not what it counts.
  if (noun && isPassedMark(q, noun)) return undefined
  return noun
}

/** Words of a round mark an index or an amount passes (`突破万亿大关`, `3000点关口`), as regex alternatives. */
export const PASSED_MARK_WORDS = '大关|关口|整数关口|心理关口'

/** A noun that is such a mark, or a threshold (`门槛`). */
const THRESHOLD_NOUN = new RegExp(`^(?:${PASSED_MARK_WORDS}|门槛)`)

/**
 * Whether the noun after a number is the round mark the figure passes (`突破万亿大关`, `站上3000点关口`,
 * `5000亿元关口`), not what it counts. A count with a classifier of things counts them (`设立5个关口`:
 * checkpoints).
 */
export function isPassedMark(q: Quantity, noun: string): boolean {
  return THRESHOLD_NOUN.test(noun) && !(q.kind === 'count' && q.unit !== null && q.unit !== '点')
}

/** Whether a noun names money rather than what it buys (`资金`, `经费`, `合约`). */
export function isMoneyNoun(noun: string): boolean {
  return MONEY_NOUN.test(noun)
}

/**
 * The noun phrase right before a number in its clause, with place and time words blanked
 * (`贵州共有基层党组织` → `基层党组织`, `村干部中致富能手占比达到` → `致富能手`).
 */
export function nounBefore(phrase: string): string | undefined {
  // Blanked words (places, times) split the phrase: the metric is in the last piece.
  let text = phrase.split(/\s+/).filter(Boolean).at(-1) ?? ''
  text = text.replace(/[^\u3400-\u9fff]+$/u, '')
  for (let changed = true; changed && text.length > 0; ) {
    changed = false
    for (const word of TRAILING) {
      if (text.endsWith(word) && text.length > word.length) {
        text = text.slice(0, -word.length)
        changed = true
        break
      }
    }
  }
  // A phrase ending in a verb names no thing (`至少配备6名`); one ending in `等` lists examples
  // (`陈大山等25人`), it does not name what is counted.
  if (CUT.some((word) => word.length > 1 && text.endsWith(word))) return undefined
  if (text.endsWith('等')) return undefined
  // Reported speech (`红十字会官员说也门约85万人`) names a speaker, not what is counted.
  if (/(说|表示|称|指出|透露|介绍|认为)$/.test(text)) return undefined
  // Cut after the last verb or preposition that leaves two characters or more.
  let cut = -1
  for (const word of CUT) {
    for (let at = text.lastIndexOf(word); at >= 0; at = text.lastIndexOf(word, at - 1)) {
      // `中标价`, `之后`: at the start these characters are part of the word, not a cut.
      if (at === 0 && word.length === 1 && PREFIX_WORDS.includes(word)) break
      if (text.length - (at + word.length) >= 2) {
        if (at + word.length > cut) cut = at + word.length
        break
      }
      if (at === 0) break
    }
  }
  if (cut > 0) text = text.slice(cut)
  const hanStart = text.search(/[\u3400-\u9fff]+$/u)
  text = hanStart >= 0 ? text.slice(hanStart) : ''
  for (let changed = true; changed; ) {
    changed = false
    for (const word of LEADING) {
      if (text.startsWith(word) && text.length > word.length && !KEEP_PREFIX.some((keep) => text.startsWith(keep))) {
        text = text.slice(word.length)
        changed = true
        break
      }
    }
  }
  if (text.length > 8) text = text.slice(-8)
  return text.length >= 2 && !LEADING.includes(text) && !TRAILING.includes(text) && !NOT_METRIC.includes(text) ? text : undefined
}

/** Predicate class from the words of the clause before the number. */
export function predicateOf(before: string, periodType: string): Predicate {
  if (CUMULATIVE.some((w) => before.includes(w))) return 'cumulative'
  if (periodType === 'since' || periodType === 'window') return 'cumulative'
  for (const w of FLOW) {
    const at = before.lastIndexOf(w)
    // `增加到`, `下降至`: a level, not a change.
    if (at >= 0 && !/^[到至为]/.test(before.slice(at + w.length))) return 'flow'
  }
  return 'stock'
}

/** Whether a percentage is a share, a rate of change, or unclear. */
export function roleOf(kind: string, before: string, after: string): MetricRole {
  if (kind !== 'percent' && kind !== 'permille' && kind !== 'percentage-point') return 'amount'
  if (kind === 'percentage-point') return 'rate'
  const near = before.slice(-6)
  for (const w of RATE) {
    const at = near.lastIndexOf(w)
    if (at >= 0 && !/[到至为]/.test(near.slice(at + w.length))) return 'rate'
  }
  if (/^(以上|以下|左右)?的/.test(after)) return 'share'
  if (SHARE.some((w) => near.includes(w))) return 'share'
  return 'percent'
}

/** The unit class of the key: `8542名` and `8542人` compare; `个` and `名` do not. */
export function unitClassOf(q: Quantity): string {
  const kind = q.kind === 'range' ? (q.of ?? 'count') : q.kind
  if (kind === 'money') return `money:${q.unit ?? '?'}`
  if (kind === 'percent' || kind === 'permille') return 'percent'
  if (kind === 'percentage-point') return 'percentage-point'
  switch (q.unit) {
    case '名':
    case '人':
    case '位':
    case '员':
      return 'persons'
    case '户':
      return 'households'
    case '人次':
      return 'person-times'
    case null:
      return 'none'
    default:
      return q.unit
  }
}

/** Verbs of sending or selecting that end the source after `从` (`从省直单位加派`). */
const SOURCE_END = ['选派', '选调', '选拔', '抽调', '加派', '调派', '派出', '派驻', '下派', '招录', '招聘', '培养', '推荐', '遴选', '挑选', '筛选', '吸收', '调整', '提拔', '中']
/** Characters that end the destination after `到`/`赴` (`到贫困县挂职`). */
const DESTINATION_END = new Set('挂任工开蹲驻参担进学锻帮扶的和与及从为做当'.split(''))

/**
 * Where the counted people or things come from or go to, when the clause says so: `从X` before the
 * number (`从市直单位加派48名`) and `到Y`/`赴Y` right after the noun (`48名…干部到贫困县挂职`). Part of
 * the key: `从各区县选派120名骨干教师到乡镇` and `从省教育厅选派36名骨干教师到市县` are two selections.
 */
export function qualifierOf(predicateClause: string, afterNoun: string): string | undefined {
  const parts: string[] = []
  const from = predicateClause.lastIndexOf('从')
  if (from >= 0) {
    let source = ''
    for (let i = from + 1; i < predicateClause.length && source.length < 12; i++) {
      const c = predicateClause[i] as string
      if (!isHan(c) || SOURCE_END.some((w) => predicateClause.startsWith(w, i))) break
      source += c
    }
    if (source.length >= 2) parts.push(`从${source}`)
  }
  if (/^[到赴]/.test(afterNoun)) {
    let destination = ''
    for (let i = 1; i < afterNoun.length && destination.length < 6; i++) {
      const c = afterNoun[i] as string
      if (!isHan(c) || DESTINATION_END.has(c)) break
      destination += c
    }
    if (destination.length >= 2) parts.push(`${afterNoun[0]}${destination}`)
  }
  return parts.length > 0 ? parts.join('') : undefined
}

/**
 * Whether a number closes a list of names (`东川农科院、南山出版社、…、北湖电力10个单位`): at least two
 * `、` items before it in the sentence, none with a digit, each of at most 14 characters, the last
 * one running up to the number. Such a count counts the list, not a statistic of a place.
 */
export function isListTotal(folded: string, sentenceStart: number, clauseStart: number, at: number): boolean {
  if (folded[clauseStart - 1] !== '、') return false
  let items = 0
  let end = at
  for (let i = at - 1; i >= sentenceStart - 1; i--) {
    const c = i >= sentenceStart ? (folded[i] as string) : '，'
    if (c === '、' || /[，,：:；;。]/.test(c) || i < sentenceStart) {
      const item = folded.slice(i + 1, end)
      if (item.length === 0 || item.length > 14 || /[\d０-９]/.test(item)) return false
      // `…、小鹿等网红主播和200余名主播`: the list ended before `和`; the number starts a new phrase.
      if (end === at && /[和及与]/.test(item)) return false
      // `工业、农业、服务业分别增长8.4%、…`: values given to the items one by one, not a count of them.
      if (end === at && /分别|各自/.test(item)) return false
      items++
      end = i
      if (c !== '、') break
    }
  }
  return items >= 3
}
