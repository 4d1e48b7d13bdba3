// Parts and wholes: `其中`, `分别`, `N个X中` link the claims of a sentence to the total they break down.

import type {Quantity} from '@jiaodui/zh-number'
import type {ScopeMention} from './scopes.js'
import type {Span} from './text.js'
import {partition} from './spans.js'
import type {Claim, ClaimPart} from './types.js'

/** Link parts to their whole: `…其中A x个，B y个`, `…分别为`, `N个X中，…`. */
export function markParts(folded: string, span: Span, made: Array<{claim: Claim; q: Quantity}>, scopes: ScopeMention[]): void {
  if (made.length < 2) return
  const sentence = folded.slice(span.start, span.end)
  const links = linksOf(folded, span, made)
  // Read once per sentence, not once per link or per part (a sentence of thousands of figures and
  // links was quadratic): `made` is in the order of its numbers (by start), so the claims after a
  // link are a suffix, found by binary search; the claims whose number ends by a link are those
  // before the first whose end passes it (the running maximum of ends finds it, ends in any order).
  const maxEnd: number[] = []
  for (const {q} of made) maxEnd.push(Math.max(q.end, maxEnd.at(-1) ?? -Infinity))
  const byClass = new Map<string, number[]>()
  made.forEach(({claim}, k) => {
    const list = byClass.get(claim.unitClass)
    if (list) list.push(k)
    else byClass.set(claim.unitClass, [k])
  })
  // Whether a claim from k on follows 占 (`占X的…`), for every k.
  const shareFrom = new Array<boolean>(made.length + 1).fill(false)
  for (let k = made.length - 1; k >= 0; k--) {
    const {q} = made[k] as {q: Quantity}
    shareFrom[k] = (shareFrom[k + 1] as boolean) || /占/.test(folded.slice(Math.max(span.start, q.start - 12), q.start))
  }
  // Where the first total word of the sentence ends (`共`, `合计`, …): one before a link is one in the text before it.
  const totalEnd = Math.min(...TOTAL_WORDS.map((word) => {
    const found = sentence.indexOf(word)
    return found < 0 ? Infinity : span.start + found + word.length
  }))
  // For every link, the position of the first link from it on that is not 分别.
  const nextNotRespective = new Array<number>(links.length + 1).fill(Infinity)
  for (let k = links.length - 1; k >= 0; k--) {
    const l = links[k] as {at: number; link: ClaimPart['link']}
    nextNotRespective[k] = l.link !== '分别' ? l.at : (nextNotRespective[k + 1] as number)
  }
  for (const {at, link} of links) {
    const firstAfter = partition(made, ({q}) => q.start <= at)
    // (Read by index from firstAfter: a copy of the rest for every link was quadratic in a sentence of thousands of 其中.)
    const first = made[firstAfter]
    if (!first || first.claim.part) continue
    // The whole: the nearest claim before the word, of the same unit class as the parts.
    const ended = partition(maxEnd, (end) => end <= at)
    let wholeAt = ended - 1
    if (link === '分别') {
      const same = byClass.get(first.claim.unitClass) ?? []
      wholeAt = same[partition(same, (k) => k < ended) - 1] ?? -1
    }
    const whole: Claim | undefined = made[wholeAt]?.claim
    if (!whole || whole.unitClass !== first.claim.unitClass || whole.part) continue
    // `A和B分别增长x%和y%` lists values of different subjects; 分别 makes parts only after a stated
    // total (`共有…，分别是…`). Percentages stated as shares of another base (`占X的…`) are not parts.
    if (link === '分别' && !(totalEnd <= at)) continue
    // `共死亡57606人，失踪及被俘6973人，其中，美军阵亡36570人`: after a list of figures of one kind, 其中 may be
    // of any of them, not only the nearest: no whole is taken; unless a bracket ties it to the nearest (`8項（其中2項…）`).
    const before = made[wholeAt - 1]
    if (link.startsWith('其中') && !openBracketBefore(folded, span.start, at) && before && before.claim.unitClass === whole.unitClass && before.claim.kind === whole.kind && !before.claim.part) continue
    if (whole.unitClass === 'percent' && shareFrom[firstAfter]) continue
    const nextLink = nextNotRespective[partition(links, (l) => l.at <= at)] as number
    let index = 0
    let previousEnd = at
    const listEnds = listEnd(folded, span, at, first.q, (made[wholeAt] as {q: Quantity}).q)
    for (let k = firstAfter; k < made.length; k++) {
      const {claim, q} = made[k] as {claim: Claim; q: Quantity}
      if (index > 0 && listEnds(previousEnd, q)) break
      if (claim.unitClass !== whole.unitClass || claim.kind !== whole.kind) break
      // A new place before this number starts a new statement.
      if (index > 0 && placeBetween(scopes, previousEnd, q.start)) break
      // So does a new time after a comma (`2011年…登记82818人，其中48482人投票，在2016年90877人登记`).
      if (index > 0 && NEW_TIME.test(folded.slice(previousEnd, q.start))) break
      if (nextLink < q.start) break
      // (`其中本土101例，包括：陕西92例…、浙江9例`: what a part includes breaks that part down, not the whole.)
      // (Only a figure in the clause of 包括 itself: `陽性2人，包含案151…，7人檢驗中` goes on with the list.)
      if (index > 0 && /(?:包括|包含)[：:]?[^，,；;。]*$/.test(folded.slice(previousEnd, q.start))) break
      // `其中个人18.64万，较前一周的15.09万`: a comparison base is not a part.
      if (/(?:较|比|相比|同比|环比)[^，,；;]{0,12}$/.test(folded.slice(Math.max(previousEnd, q.start - 14), q.start))) break
      // `N个X中的M个，建成…Y个`: the parts of `中` are in its own clause.
      if (link === '中' && index > 0 && /[，,；;]/.test(folded.slice(previousEnd, q.start))) break
      claim.part = {of: whole.id, link, index: index++}
      previousEnd = q.end
    }
  }
}

/** The words that link parts to a whole in a sentence (`其中`, `其中包括`, `分别`, `N个X中`), by position. */
function linksOf(folded: string, span: Span, made: ReadonlyArray<{q: Quantity}>): Array<{at: number; link: ClaimPart['link']}> {
  const links: Array<{at: number; link: ClaimPart['link']}> = []
  for (const match of folded.slice(span.start, span.end).matchAll(/其中(包括|包含)?|分别/g)) {
    const link = match[0] === '分别' ? '分别' : match[1] ? '其中包括' : '其中'
    links.push({at: span.start + match.index, link})
  }
  for (const {q} of made) {
    const tail = /^[^，。；、,\d]{0,12}?中(?=[，,的])/.exec(folded.slice(q.end, Math.min(span.end, q.end + 14)))
    // (`7項不在立法議程中`, `在审视中`: 中 of a place or a state, "in", not "among".)
    if (tail && !/其中$/.test(tail[0]) && !/在[^，,。；;]{0,10}中$/.test(tail[0])) links.push({at: q.end + tail[0].length - 1, link: '中'})
  }
  return links.sort((a, b) => a.at - b.at)
}

/**
 * Whether a list opened by the link at `at` has ended before `q` (the part before it ending at `previousEnd`):
 * `其中98人阴性，…，职场员工506人…`: in a list of bare counts, a later count its own group names starts a new
 * subject; `删除7项指标（其中1项…）、修正22项指标`: a list opened inside brackets ends with them.
 */
function listEnd(folded: string, span: Span, at: number, first: Quantity, whole: Quantity): (previousEnd: number, q: Quantity) => boolean {
  const bare = /^(?:其中|分别)?[，,：:\s]*$/.test(folded.slice(at, first.start))
  const bracketed = openBracketBefore(folded, span.start, at)
  const wholeEvent = eventAfter(folded, whole)
  // (`造成6人死亡，其中包括3名儿童，11人受伤`: a later count of another event, after a comma, starts a new statement.)
  const otherEvent = (previousEnd: number, q: Quantity) => {
    if (wholeEvent === undefined || !/[，,；;]/.test(folded.slice(previousEnd, q.start))) return false
    const event = eventAfter(folded, q)
    return event !== undefined && event !== wholeEvent
  }
  // (`212名…其中包括61名儿童——被杀，另有1000多人受伤`: after a list of whom a whole includes, 另有 names others.)
  const overlapping = /^其中(?:包括|包含)/.test(folded.slice(at, at + 4))
  return (previousEnd, q) =>
    (bare && NAMED_GROUP.test(folded.slice(Math.max(previousEnd, q.start - 12), q.start))) ||
    (bracketed && /[）)]/.test(folded.slice(previousEnd, q.start))) ||
    otherEvent(previousEnd, q) ||
    (overlapping && /另有|另外|此外/.test(folded.slice(previousEnd, q.start))) ||
    // (`…，其中在建项目计划总投资93.27亿元，尚需投入资金57.23亿元`: what is still to be spent is of the plan before it.)
    STILL_TO_COME.test(folded.slice(Math.max(previousEnd, q.start - 12), q.start)) ||
    // (`新增70例，其中69例是本土病例，且有23例传播源头不明`: counted by another criterion, across the list.)
    UNKNOWN_AFTER.test(folded.slice(q.end, q.end + 12)) ||
    // (`新增1萬4207人確診，其中莫斯科就有1818人，染疫總數達408萬6090人`: a total named after the parts is another figure.)
    TOTAL_BEFORE.test(folded.slice(Math.max(previousEnd, q.start - 10), q.start))
}

/** Words of a total right before a figure in its clause (`总数达`, `累计`, `总计`): a figure of its own, not a part. */
const TOTAL_BEFORE = /(?:总数|总计|累计|共计|合计|总共|总额|总量|共有|最后统计)[^，,；;]{0,4}$/

/**
 * An attribute not known, or a link to other cases, right after a count (`23例传播源头不明`, `5人身份未明`,
 * `10宗個案與之前個案有關`): a count across a list's parts, not one of them. (A part named `不明`, `…及1例不明`,
 * is one; `有关部门` is no link.)
 */
const UNKNOWN_AFTER = /^[^，,。；;、\d]{1,10}?(?:不明|未明|待查|未知|待定|有关|相关|有关连|相关连)(?![部机单])/

/** What befell the people a count counts, right after it (`6人死亡`, `11人受伤`, `约1130万人流离失所`, `581人被军警击毙`). */
const EVENT_AFTER = /^[^，,。；;]{0,5}?(死亡|丧生|遇难|罹难|身亡|被杀|击毙|打死|杀害|枪杀|死|受伤|伤|被捕|失踪|获救|流离失所|面临|确诊)/
/** A verb of arrest right before a count in its clause (`逮捕近3500人`, `拘捕了12人`): the people counted were arrested. */
const ARREST_BEFORE = /(?:逮捕|拘捕|拘留|扣押|羁押)了?[^，,。；;\d]{0,2}$/

function eventAfter(folded: string, q: Quantity): string | undefined {
  const event = EVENT_AFTER.exec(folded.slice(q.end, q.end + 12))?.[1]
  if (event === undefined) return ARREST_BEFORE.test(folded.slice(Math.max(0, q.start - 6), q.start)) ? '被捕' : undefined
  return /^(?:死|丧生|遇难|罹难|身亡|被杀|击毙|打死|杀害|枪杀)$/.test(event) ? '死亡' : event === '伤' ? '受伤' : event
}

/** Whether a bracket opened in the 40 characters before `at` (from `floor` on) is still open there (`8項（其中2項…`). */
function openBracketBefore(folded: string, floor: number, at: number): boolean {
  const before = folded.slice(Math.max(floor, at - 40), at)
  return Math.max(before.lastIndexOf('（'), before.lastIndexOf('(')) > Math.max(before.lastIndexOf('）'), before.lastIndexOf(')'))
}

/**
 * A clause that opens with a group's name right before its count (`，职场员工506人`), not with a word that
 * goes on the list or the sentence (`，另有27人`, `，其余…`, `，并调整3项`).
 */
const NAMED_GROUP = /[，,；;]\s*(?![另还又尚仍并且再也则均都共已将而但和及与]|其余|其他|其它|余下|剩下|以及)[\u4e00-\u9fff]{2,8}$/

/** What is still to be spent or done (`尚需投入资金`, `还需`, `仍需`, `待投资`): a part of the figure before it, not of the whole. */
const STILL_TO_COME = /[，,；;][^，,；;]{0,2}(?:尚需|还需|仍需|尚待|尚未|待)[^，,；;]{0,8}$/

/** A clause opening on a time of its own (a year, a month, 今年/去年) before a figure: another statement. */
const NEW_TIME = /[，,；;][^，,；;]{0,6}?(?:\d{4}\s*年|今年|去年|前年|\d{1,2}\s*月|今天|今日|昨天|昨日)/

/** Words of a stated total before a 分别 list. */
const TOTAL_WORDS = ['共', '合计', '总计', '总共', '一共', '累计']

/** Whether a scope mention (sorted by start) lies within `[from, to)`: binary search, then the few that start there. */
function placeBetween(scopes: readonly ScopeMention[], from: number, to: number): boolean {
  for (let k = partition(scopes, (s) => s.start < from); k < scopes.length && (scopes[k] as ScopeMention).start < to; k++) {
    if ((scopes[k] as ScopeMention).end <= to) return true
  }
  return false
}
