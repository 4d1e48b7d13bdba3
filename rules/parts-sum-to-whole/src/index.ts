import type {Root} from 'nlcst'
import {lintRule, type OptionsOf} from '@jiaodui/lint-rule'
import {calibratedOption, claimData, claimsReady, FIRST_SIGHT, foldedTextOf, formatInterval, modeOf, positionOf, record, textBefore, type Claim, type TreeLike} from '@jiaodui/claims'

/** Options of `parts-sum-to-whole`: the schema is the one place each option is written. */
const optionsSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    nearComplete: {
      type: 'number',
      exclusiveMinimum: 0,
      maximum: 1,
      default: 0.9,
      description: 'Parts adding up to at least this share of the whole are taken to be all of it.'
    },
    calibrated: calibratedOption
  }
} as const

/** Options of `parts-sum-to-whole`, as the factory hands them to the rule (defaults filled in). */
export type Options = OptionsOf<typeof optionsSchema>

/** Words of the rest of a whole (`其余`, `其他`…). */
const REST_WORDS = '其余|其他|其它|剩余|余下'
/** Words that make a part the remainder: the parts are then all of the whole. */
const REMAINDER = new RegExp(`${REST_WORDS}|另有`)
/** Words before the last part's figure, in its clause, that make it the rest: the list is then all of the whole. */
const CLOSING = new RegExp(`(?:${REST_WORDS}|剩下)[^，,、；;。]*$`)

/**
 * Whether the last part is the rest of the whole (`…，其余养殖场25家`): the list is closed, the parts are
 * all of it. (Read in the text: the claim's metric leaves `其余` out as a qualifier.)
 */
function closedByRemainder(text: string, last: Claim): boolean {
  return CLOSING.test(textBefore(text, last, 16))
}

/** Outcomes so far of a running count of cases (`出院`, `治愈`, `死亡`): they leave those still in care. */
const OUTCOME = /出院|治愈|康复|痊愈|死亡|病逝|离世/
/** The same outcomes right after a part's figure (`15270人死亡`, `…人治愈`). */
const OUTCOME_AFTER = /^[^，,。；;\d]{0,3}(?:出院|治愈|康复|痊愈|死亡|病逝|离世)/

/**
 * Whether the parts read as parts of `whole` at all (each kind seen on real articles):
 * - the whole counts something named, and is not the rest of a group (`其他两名演员…其中四人`: the
 *   parts may be of all of it);
 * - no remainder is named between the whole and its parts (`仅1人为家长，其余人员…，其中…`: the parts
 *   are of the remainder);
 * - percentages are shares of one base: a whole and parts that are all shares, none of another named
 *   base (`占GDP的5.6%，其中政府负担17%`, `增速回落6.1%，其中客运下降23.9%`, `项目总出资额的20%`);
 * - the parts are of one kind of figure: not stocks mixed with running totals (`累计死亡病例`,
 *   `现有疑似病例`);
 * - a part of `…中` counts what its whole counts (`40个国家中，…95个人获奖`), and `中` is "among", not
 *   "under way" after a verb of process (`4例调查中`);
 * - the list is the whole's own: no other count picked out after `其中` (`其中一人…`), no contrast
 *   (`而…`), no nested breakdown, and no averages, prices or extremes;
 * - the whole is no rate per unit (`每发放10元…其中2元`) and no second batch (`又有15家…，其中28家`).
 */
/** Whether a claim stands inside quotation marks opened earlier in its sentence (`“…`, `「…`). */
function inQuote(text: string, claim: Claim): boolean {
  const before = text.slice(claim.sentence.start, claim.place.start.offset)
  return (before.match(/[“「『]/g)?.length ?? 0) > (before.match(/[”」』]/g)?.length ?? 0)
}

/** A balance, whose parts add with their signs (`顺差`, `逆差`, `盈余`, `赤字`, `净…`, `所得税净税损`: a rise of one tax and a loss of another). */
const BALANCE = /顺差|逆差|盈余|赤字|差额|净/

/** An extreme named right after a figure (`2822例最多`, `…为最高`, `居首`). */
const EXTREME_AFTER = /^[^，,。；;]{0,3}?(?:最多|最高|最大|最少|最低|最小|为最|居首|居冠)/
/** A figure per day or per month (`单日都有`, `每日`, `日均`, `月均`), before the whole in its clause. */
const PER_PERIOD = /(?:单日|每日|每天|日均|单月|每月|月均)[^，,。；;]{0,6}$/

/** The rest of a whole named without a figure after its parts (`仍有許多人`, `其餘`). */
const UNCOUNTED_REST = /(?:仍有|尚有|还有|還有|其余|其餘)(?![\d０-９一二两兩三四五六七八九十百千万萬])/

/** The text after a claim's figure to the end of its sentence (at most 40 characters). */
function restOfSentence(text: string, claim: Claim): string {
  const end = Math.min(claim.sentence.end, claim.place.end.offset + 40)
  return text.slice(claim.place.end.offset, end)
}

function partsOfWhole(text: string, whole: Claim, parts: readonly Claim[]): boolean {
  if ((whole.metric.id === '' || whole.metric.via === 'none') && !whole.metric.qualifier?.includes('of:')) return false
  if (/^(?:其他|其它|其余|另)/.test(whole.metric.id) || /(?:其他|其它|其余|另外|另有)$/.test(textBefore(text, whole, 3))) return false
  const first = parts[0] as Claim
  const between = text.slice(whole.place.end.offset, first.place.start.offset)
  const link = between.lastIndexOf(first.part?.link === '中' ? '中' : first.part?.link === '分别' ? '分别' : '其中')
  if (REMAINDER.test(link >= 0 ? between.slice(0, link) : between)) return false
  // (`828亿元的负资产问题，棘手之处还在于大量的涉诉资产…，其中包括…`: two clauses on, 其中 is of what the last one names.)
  if (link >= 0 && (between.slice(0, link).match(/[，,；;：:]/g)?.length ?? 0) > 1) return false
  // (`…是首批上市的25家科创新股之一`: a figure that the part is one of is no part.)
  if (parts.some((part) => /^[^，,。；;]{0,12}之一/.test(text.slice(part.place.end.offset, part.place.end.offset + 16)))) return false
  // (`其中一人坐在…，前后有10名…`, `其中一方…3人`, `其中一个站…1600位`: 其中 picks out one of something else first.)
  if (link >= 0 && COUNT.test(between.slice(link))) return false
  // (`而私立单位…1,705家中`: a contrast starts another group.)
  if (/[而但却另]/.test(between)) return false
  // (`特朗普形容这次会晤“值得10分中的12分”`: a figure of speech quoted, not a count.)
  if (inQuote(text, whole) && parts.every((part) => inQuote(text, part))) return false
  // (`聲押6名員警及多名業者，其中…`: the whole named with another group, 其中 is of both together.)
  if (/^[^，,。；;]{0,4}(?:以及|及|和|与|與)(?:多|数|數|几|幾|若干|[\d０-９一二两兩三四五六七八九十])/.test(between)) return false
  // (`高于以往常规25个基点的上浮幅度，其中…上浮达50个bp`: a figure compared with is a bound, not a whole.)
  if (/(?:高于|高於|低于|低於|多于|多於|少于|少於)[^，,。；;]{0,8}$/.test(textBefore(text, whole, 12))) return false
  // (`每发放10元贷款，…承担其中2元`: a whole counted per unit is a rate; its parts are per unit too, not the later totals.)
  if (/每[^，,。；;]{0,4}$/.test(textBefore(text, whole, 6))) return false
  // (`3月4日…15家，4月4日又有15家…，其中28家`: after a second batch, 其中 may be of all the batches together.)
  if (/(?:又|再|也)(?:有|新增|增加|列入)?$/.test(textBefore(text, whole, 4))) return false
  // (`一季度经常帐户逆差337亿美元，其中货物贸易顺差231亿美元，服务贸易逆差470亿美元`: a balance adds its parts with signs.)
  if (BALANCE.test(whole.metric.id) || parts.some((part) => BALANCE.test(part.metric.id))) return false
  // (`新订单指数环比上升0.3个点至52，其中，新出口订单回升0.7个点`: an index is no sum of its sub-indices.)
  if (/指数|PMI/i.test(whole.metric.id)) return false
  // (`其中新增债券完成全年发行计划（47,300亿元）的58.9%`: a plan or a target named inside is no part of what was done.)
  if (parts.some((part) => modeOf(part) !== modeOf(whole))) return false
  // (Averages, prices and extremes are not sums: `均价2.4万元，其中最高的3.5万元`, `平均学费…其中…最高`.)
  if (/平均|均价|人均|均值|中位/.test(whole.metric.id) || (whole.unit ?? '').includes('/')) return false
  if (parts.some((part) => /最高|最低|最多|最少|最大|最小/.test(textBefore(text, part, 10)))) return false
  // (`…约2000例，其中以17日的2822例最多`: the greatest of the days, named after the figure, is an extreme too.)
  if (parts.some((part) => EXTREME_AFTER.test(restOfSentence(text, part)))) return false
  // (`近日来单日都有约2000例`: a figure per day or per month is a rate; the days it is of are no parts.)
  if (PER_PERIOD.test(textBefore(text, whole, 8))) return false
  if (whole.unitClass === 'percent') {
    if (whole.metric.role !== 'share' || parts.some((part) => part.metric.role !== 'share')) return false
    // (`接种率74.6%，其中以12岁至17岁接种率86.6%最高`: rates of subgroups are not shares that add up; a part says 占.)
    if (parts.some((part) => !/占|比重|份额/.test(textBefore(text, part, 8)))) return false
    if (parts.some((part) => /的$/.test(textBefore(text, part, 1)))) return false
  }
  if (parts.some((part) => part.metric.predicate !== first.metric.predicate)) return false
  if (first.part?.link === '中') {
    // (`4例调查中，分别来自…（10例）`: 中 after a verb of process is "under way", not "among".)
    if (IN_PROGRESS.test(between.slice(0, link))) return false
    const head = whole.metric.id.at(-1) as string
    if (parts.some((part) => part.metric.id !== '' && !part.metric.id.includes(head))) return false
    // (`40个国家中，…95个人获奖`: a part that counts people, read with the whole's noun for want of its own.)
    if (parts.some((part) => part.metric.via === 'inherited' && text[part.place.end.offset] === '人' && !/[人者员民生工]/.test(whole.metric.id))) return false
  }
  return true
}

/** A verb of a process before `中` (`调查中`, `治疗中`, `审理中`): the figure is in progress, not a group the next ones are among. */
const IN_PROGRESS = /(?:调查|调査|治疗|审理|观察|隔离|进行|施工|建设|研究|讨论|处理|检测|检验|评估|谈判|筹备|装修|维修|审查|审核|侦查|侦办|办理|申请|协商|追查|核实|确认|培训|康复|住院|就医|留观|排查|审视|跟进|复核|覆核)$/

/** A count picked out between the link and the first part (`其中一人`, `其中一个站`, `其中2家`). */
const COUNT = /[一二两兩三四五六七八九十\d]\s*[个個名位人家方站项項件所只隻户戶座辆輛台架艘条條栋棟套间間款种種类類笔筆批块塊张張部本]/

/** How many parts after one are tried as its breakdown (a list of any length stays linear). */
const NESTED_REACH = 12
/** How far after a part its bracketed breakdown may close, in characters. */
const BRACKET_REACH = 300

/**
 * The parts of a list that add up to the whole, each once (every kind seen on real articles):
 * - a breakdown nested in the list is left out, the figure it breaks down kept: parts in brackets after a
 *   part (`服务对象458人（自理老人80人，介助56人，介护322人），职工190人`), or parts right after one that they
 *   add up to (`通过其中21件，包括…6件、…8件、…7件`);
 * - a figure named again is one part, and one that opens a group of its own (`其中117次是赛外检查，而117次
 *   赛外检查中…`) or follows a word that refers back (`这1063位医护…`) ends the list;
 * - the list ends where the parts reach the whole: what follows is something else (`约200亿元现金，其中160亿元
 *   用于…，40亿元用于…，…179亿元…`).
 */
function topLevelParts(text: string, whole: Claim, parts: readonly Claim[]): Claim[] {
  const out: Claim[] = []
  const seen = new Set<string>()
  let low = 0
  let high = 0
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k] as Claim
    const before = textBefore(text, part, 16)
    if (/(?:这|该|此|上述)$/.test(before)) break
    // (`…，而它2018年的总收入才49.51亿元`: a contrast in the part's clause starts something else; `每个月花1亿元`: a figure per unit is no part.)
    if (k > 0 && /(?:^|[，,；;])\s*(?:而|但|却|不过)[^，,；;]*$/.test(before)) break
    if (/每[^，,；;。]{0,4}$/.test(before)) continue
    // (`13名移工中，其中12人…，13人都在…入境`: the whole's figure again with 都/均/全 is the whole restated, not a part.)
    if (part.value.low === whole.value.low && part.value.high === whole.value.high && /^\s*(?:都|均|全都|全部|全)/.test(text.slice(part.place.end.offset, part.place.end.offset + 3))) continue
    // (`而105次赛外检查中，有50次…`: a figure that opens a group of its own starts another breakdown.)
    if (k > 0 && /^[^，,。；;]{0,10}中[，,]/.test(text.slice(part.place.end.offset, part.place.end.offset + 12))) break
    const named = `${part.text}|${part.metric.id}`
    if (seen.has(named)) continue
    seen.add(named)
    out.push(part)
    low += part.value.low ?? 0
    high += part.value.high ?? Infinity
    k += breakdownAfter(text, parts, k)
    // (The parts so far are the whole: later figures are not among them.)
    if (k + 1 < parts.length && whole.value.low !== null && whole.value.high !== null && low <= whole.value.high && high >= whole.value.low && low > 0) break
  }
  return out
}

/** How many parts after part `k` break it down: those in brackets opened right after it, or a run of the next ones adding up to it. */
function breakdownAfter(text: string, parts: readonly Claim[], k: number): number {
  const part = parts[k] as Claim
  const after = text.slice(part.place.end.offset, part.place.end.offset + 2)
  if (/^[^，,。；;]?[（(]/.test(after)) {
    // (Within BRACKET_REACH characters: a bracket never closed is not looked for to the text's end for every part.)
    const close = text.slice(part.place.end.offset, part.place.end.offset + BRACKET_REACH).search(/[)）]/)
    if (close >= 0) {
      const end = part.place.end.offset + close
      let n = 0
      while (k + n + 1 < parts.length && (parts[k + n + 1] as Claim).place.start.offset < end) n++
      if (n > 0) return n
    }
  }
  let low = 0
  let high = 0
  for (let n = 1; n <= NESTED_REACH && k + n < parts.length; n++) {
    const next = parts[k + n] as Claim
    low += next.value.low ?? 0
    high += next.value.high ?? Infinity
    if (n >= 2 && (part.value.low ?? 0) <= high && (part.value.high ?? Infinity) >= low && (part.value.low ?? 0) >= low * 0.999) return n
  }
  return 0
}

/**
 * How many times its whole a figure read as one part must be to be taken for a count of something
 * else: `接单56次，其中7月25日的直播获得观看81万次` (views, not orders), `企业资产总额1001.14万元（其中，
 * …认缴出资15840万元`, `酒厂为506家，其中…约为320家，加上…共有1700多家` (a new total). A slip in
 * writing a part makes it a little too large (`共有700人，其中…480人…200人…`), rarely twice the whole (though
 * `拘捕4名涉案學生，其中20人…已離開` is a sentence to mend): such findings are information.
 */
const ELSEWHERE = 2

/** Said of a list with a part at least `ELSEWHERE` times its whole. */
const ELSEWHERE_NOTE = ' One part alone is at least twice the whole, so it may count something else (views against orders, a new total after `加上`) rather than be one of its parts: this is information, not an error; if it is a part, one of the figures is wrong.'

/**
 * Said, calibrated, of parts not closed by a remainder (`其余…`): on news first seen, what read as a
 * whole and its parts was mostly something else (another event after the parts, a breakdown of one
 * part, a per-day level, a whole restated).
 */
const OPEN_NOTE = ` Nothing in the text closes the list (\`其余\`, \`另有\`), and on news first seen what read as a whole and its parts was mostly something else — another event after the parts, a breakdown of one part, a level per day, the whole restated (${record(FIRST_SIGHT.parts)} such errors right; bench/eval-claims/first-sight.md) — so this is information, not an error; if these are its parts, one of the figures is wrong.`

/** Whether one of the parts alone is at least `ELSEWHERE` times the whole: then it may count something else, and a finding is only information. */
function countsSomethingElse(whole: Claim, parts: readonly Claim[]): boolean {
  const high = whole.value.high
  if (high === null || high <= 0) return false
  return parts.some((part) => part.value.low !== null && part.value.low >= ELSEWHERE * high)
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(12)))
}

const rule = lintRule<Options>(
  {
    origin: 'jiaodui:parts-sum-to-whole',
    family: 'numbers',
    description: 'Parts introduced by 其中 or 分别 that exceed or do not add up to their whole',
    defaultSeverity: 'error',
    // Claims may come from the CLI's claims thread (`claimsReady`): the rule waits for them.
    consumes: ['meta', 'region'],
    produces: ['claims'],
    fixable: false,
    optionsSchema
  },
  async function (tree: Root, file, {options, report}) {
    const {nearComplete, calibrated} = options
    const claims = await claimsReady(file, tree as unknown as TreeLike)
    const text = foldedTextOf(file)
    const byId = new Map(claims.map((claim) => [claim.id, claim]))
    const groups = new Map<string, Claim[]>()
    for (const claim of claims) {
      if (!claim.part) continue
      const group = groups.get(claim.part.of)
      if (group) group.push(claim)
      else groups.set(claim.part.of, [claim])
    }
    for (const [id, listed] of groups) {
      const whole = byId.get(id)
      if (!whole || whole.value.high === null && whole.value.low === null) continue
      if (!partsOfWhole(text, whole, listed)) continue
      const parts = topLevelParts(text, whole, listed)
      if (parts.length === 0) continue
      const elsewhere = countsSomethingElse(whole, parts)
      const remainder = closedByRemainder(text, parts.at(-1) as Claim)
      // (Calibrated, only a list closed by a remainder is sure: `FIRST_SIGHT.parts`.)
      const open = calibrated && !remainder
      const doubt = elsewhere ? ELSEWHERE_NOTE : open ? OPEN_NOTE : ''
      const link = parts[0]?.part?.link
      const overlapping = link === '其中包括' || link === '中'
      const texts = parts.map((part) => `\`${part.text}\``).join(', ')
      const data = {link, whole: claimData(whole), parts: parts.map(claimData)}
      if (overlapping) {
        // Overlapping categories: each part alone must not exceed the whole.
        for (const part of parts) {
          if (part.value.low === null || whole.value.high === null) continue
          if (part.value.low > whole.value.high || (part.value.low === whole.value.high && !(part.value.lowInclusive && whole.value.highInclusive))) {
            report(`Part \`${part.text}\` is larger than its whole \`${whole.text}\`${elsewhere ? ' (it may count something else)' : open ? ' (if it is one of its parts)' : ''}`, {
              place: positionOf(part),
              note: `\`${part.text}\` (${formatInterval(part.value)}) is introduced by \`${link}\` as part of \`${whole.text}\` (${formatInterval(whole.value)}) but is larger than it. A part cannot exceed its whole; one of the two numbers is wrong.${doubt}`,
              data: {...data, part: claimData(part)},
              uncertain: elsewhere || open
            })
          }
        }
        continue
      }
      let low = 0
      let high: number | null = 0
      for (const part of parts) {
        low += part.value.low ?? 0
        high = high === null || part.value.high === null ? null : high + part.value.high
      }
      const wholeLow = whole.value.low ?? 0
      const wholeHigh = whole.value.high
      const sum = `[${fmt(low)}, ${high === null ? '∞' : fmt(high)}]`
      if (wholeHigh !== null && (low > wholeHigh || (low === wholeHigh && !whole.value.highInclusive && parts.every((p) => p.value.lowInclusive)))) {
        report(`Parts ${texts} add up to more than their whole \`${whole.text}\`${elsewhere ? ' (a part may count something else)' : open ? ' (if they are its parts)' : ''}`, {
          place: positionOf(whole),
          note: `The parts introduced by \`${link}\` add up to ${sum}, above \`${whole.text}\` (${formatInterval(whole.value)}). Parts of a whole cannot exceed it; if the categories overlap, write \`其中包括\`.${doubt}`,
          data: {...data, sum: [low, high]},
          uncertain: elsewhere || open
        })
        continue
      }
      if (parts.length < 2 || high === null) continue
      // (`累计确诊1万1848例，其中出院1万1576例，死亡210例`: the outcomes so far of a running count leave those still in care.)
      // (`感染人数达到1120087人，其中已有15270人死亡，另有1049166人治愈`: the outcome may follow the figure.)
      if (!remainder && parts.every((part) => OUTCOME.test(textBefore(text, part, 6)) || OUTCOME_AFTER.test(restOfSentence(text, part)))) continue
      // (`其中50多人逃脫、100多人獲釋，但仍有許多人至今未歸`: the rest is said, without a figure.)
      if (!remainder && UNCOUNTED_REST.test(restOfSentence(text, parts.at(-1) as Claim))) continue
      const complete = remainder || high >= nearComplete * wholeLow
      if (complete && (high < wholeLow || (high === wholeLow && !whole.value.lowInclusive))) {
        // (Only a remainder, `其余…`, says the parts are all of the whole: a list after 其中 is often of some of
        // its kinds, `确认债权533笔，其中购房债权357笔，担保债权1笔…`. Then this is information, not an error.)
        report(`Parts ${texts} add up to less than their whole \`${whole.text}\`${remainder ? '' : ' (if they are all of it)'}`, {
          place: positionOf(whole),
          note: `The parts introduced by \`${link}\` look like all of \`${whole.text}\` (${formatInterval(whole.value)}) but add up to ${sum}, outside its stated precision. ` + (remainder ? 'Check the parts and the total.' : 'Nothing in the text says that these are all the parts (a list after `其中` often names only some), so this is information, not an error: check whether a part is missing or a figure is wrong.'),
          data: {...data, sum: [low, high]},
          uncertain: !remainder
        })
      }
    }
  }
)

export default rule
